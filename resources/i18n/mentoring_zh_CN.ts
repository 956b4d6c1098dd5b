<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgentQuickActions</name>
    <message>
        <source>Add mentor check-in</source>
        <translation>记录带教反馈</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Mentoring</source>
        <translation>师徒与认证</translation>
    </message>
</context>
<context>
    <name>AttemptDialog</name>
    <message>
        <source>Record certification exam</source>
        <translation>录入认证考试</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Exam date</source>
        <translation>考试日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>A pass sets the agent&apos;s level in the roster to this level, dated on the exam day.</source>
        <translation>考试通过后，花名册中的认证等级将更新为此等级，生效日期为考试当天。</translation>
    </message>
</context>
<context>
    <name>CertificationTab</name>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Current level</source>
        <translation>当前等级</translation>
    </message>
    <message>
        <source>Hire to junior</source>
        <translation>入职到初级</translation>
    </message>
    <message>
        <source>Hire to intermediate</source>
        <translation>入职到中级</translation>
    </message>
    <message>
        <source>Hire to senior</source>
        <translation>入职到高级</translation>
    </message>
    <message>
        <source>Search name or employee no.</source>
        <translation>搜索姓名或工号</translation>
    </message>
    <message>
        <source>Record exam…</source>
        <translation>录入考试…</translation>
    </message>
    <message>
        <source>No exams recorded yet: “Record exam…” after each certification.</source>
        <translation>还没有考试记录。每次认证考试后，点击“录入考试…”。</translation>
    </message>
    <message>
        <source>Time from hire to each level (first pass)</source>
        <translation>入职到各等级用时（按首次通过计）</translation>
    </message>
    <message>
        <source>Roster level changed: %1 → %2</source>
        <translation>花名册认证等级已更新：%1 → %2</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Mentor check-in</source>
        <translation>带教反馈</translation>
    </message>
    <message>
        <source>%1 mentoring %2</source>
        <translation>师傅 %1 · 徒弟 %2</translation>
    </message>
    <message>
        <source>1 = just starting · 3 = handles common cases · 5 = works alone</source>
        <translation>1 = 刚起步 · 3 = 能处理常见问题 · 5 = 可独立上岗</translation>
    </message>
    <message>
        <source>What was practised, what is still hard, what comes next</source>
        <translation>练了什么、还有哪些难点、下一步怎么做</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>EndPairingDialog</name>
    <message>
        <source>End pairing</source>
        <translation>结束带教</translation>
    </message>
    <message>
        <source>%1 mentoring %2, since %3</source>
        <translation>师傅 %1 · 徒弟 %2，%3 起</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>顺利出师</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>提前结束</translation>
    </message>
    <message>
        <source>Why it ended early (required), or a closing note</source>
        <translation>提前结束的原因（必填），或结业评语</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>In progress</source>
        <translation>带教中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已出师</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>提前结束</translation>
    </message>
    <message>
        <source>Started this month</source>
        <translation>本月开始</translation>
    </message>
    <message>
        <source>Ended this month</source>
        <translation>本月结束</translation>
    </message>
    <message>
        <source>Apprentice left: paid to the leave date</source>
        <translation>徒弟离职，计至离职日</translation>
    </message>
    <message>
        <source>Mentor left: paid to the leave date</source>
        <translation>师傅离职，计至离职日</translation>
    </message>
    <message>
        <source>Still running after the planned end</source>
        <translation>已过计划结束日仍在带教</translation>
    </message>
</context>
<context>
    <name>MentoringActions</name>
    <message>
        <source>This agent is in no active mentoring pairing.</source>
        <translation>该员工目前没有进行中的师徒带教。</translation>
    </message>
    <message>
        <source>This mentor has several apprentices; check in from the Mentoring page.</source>
        <translation>这位师傅带着多名徒弟，请到“师徒与认证”页面选择徒弟后记录。</translation>
    </message>
    <message>
        <source>Mentor check-in</source>
        <translation>带教反馈</translation>
    </message>
</context>
<context>
    <name>MentoringCli</name>
    <message>
        <source>Month must look like 2026-10: %1</source>
        <translation>月份格式应为 2026-10：%1</translation>
    </message>
    <message>
        <source>Allowance statement for %1 written to %2: %3 lines, total ¥%4.</source>
        <translation>%1 辅导补贴表已写入 %2：明细 %3 条，合计 ¥%4。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
</context>
<context>
    <name>MentoringPage</name>
    <message>
        <source>Pairings</source>
        <translation>师徒结对</translation>
    </message>
    <message>
        <source>Allowance statement</source>
        <translation>辅导补贴</translation>
    </message>
    <message>
        <source>Mentor outcomes</source>
        <translation>师傅成效</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>技能认证</translation>
    </message>
    <message>
        <source>%1 pairings in progress · %2 check-ins overdue</source>
        <translation>带教中 %1 对 · 反馈逾期 %2 对</translation>
    </message>
</context>
<context>
    <name>MentoringSettingsTab</name>
    <message>
        <source> yuan/month</source>
        <translation> 元/月</translation>
    </message>
    <message>
        <source> apprentices</source>
        <translation> 名徒弟</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>The allowance and planned length are defaults for new pairings; each pairing keeps its own. The apprentice limit applies when a pairing is started.</source>
        <translation>补贴标准和计划时长是新建结对时的默认值，已有结对保留各自的设置；带徒上限在新建结对时检查。</translation>
    </message>
    <message>
        <source>Monthly mentor allowance</source>
        <translation>每月辅导补贴</translation>
    </message>
    <message>
        <source>Most apprentices per mentor</source>
        <translation>每位师傅最多同时带</translation>
    </message>
    <message>
        <source>Planned length</source>
        <translation>计划带教时长</translation>
    </message>
    <message>
        <source>Check in every</source>
        <translation>带教反馈间隔</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The mentor has left; only an active agent can mentor</source>
        <translation>该师傅已离职，只有在职员工才能带徒弟</translation>
    </message>
    <message>
        <source>A mentor must be in the expert stage (over 12 months) or certified senior</source>
        <translation>师傅须为专家期（入职满12个月）或已通过高级认证的员工</translation>
    </message>
    <message>
        <source>This mentor already has %1 active apprentices, the most allowed (see Settings)</source>
        <translation>该师傅已在带 %1 名徒弟，达到上限（可在设置中调整）</translation>
    </message>
    <message>
        <source>The apprentice has left</source>
        <translation>该徒弟已离职</translation>
    </message>
    <message>
        <source>This apprentice already has an active mentor; end that pairing first</source>
        <translation>该徒弟已有正在带教的师傅，请先结束原结对</translation>
    </message>
    <message>
        <source>This apprentice already had a mentor from %1 to %2; pairings of one apprentice cannot overlap (each day is paid to one mentor only). Start the new pairing after %2</source>
        <translation>该徒弟在 %1 至 %2 已有师傅；同一徒弟的结对日期不能重叠（每一天只向一位师傅支付补贴）。新结对请从 %2 之后开始</translation>
    </message>
    <message>
        <source>Nobody can mentor themselves</source>
        <translation>师傅和徒弟不能是同一个人</translation>
    </message>
    <message>
        <source>This pairing has already ended</source>
        <translation>该结对已经结束</translation>
    </message>
    <message>
        <source>The start date cannot be in the future</source>
        <translation>开始日期不能晚于今天</translation>
    </message>
    <message>
        <source>The pairing cannot start before the apprentice was hired</source>
        <translation>开始日期不能早于徒弟的入职日期</translation>
    </message>
    <message>
        <source>The planned end must be after the start date</source>
        <translation>计划结束日期必须晚于开始日期</translation>
    </message>
    <message>
        <source>The allowance must be between 0 and 100,000 yuan</source>
        <translation>补贴金额须在 0 到 100,000 元之间</translation>
    </message>
    <message>
        <source>The allowance can have at most two decimals (fen)</source>
        <translation>补贴金额最多保留两位小数（到分）</translation>
    </message>
    <message>
        <source>Progress is from 1 to 5</source>
        <translation>进展评分为 1 到 5</translation>
    </message>
    <message>
        <source>The check-in date must fall within the pairing and not in the future</source>
        <translation>反馈日期须在带教期间内，且不能晚于今天</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date</source>
        <translation>结束日期不能早于开始日期</translation>
    </message>
    <message>
        <source>The end date cannot be in the future</source>
        <translation>结束日期不能晚于今天</translation>
    </message>
    <message>
        <source>The exam date cannot be in the future</source>
        <translation>考试日期不能晚于今天</translation>
    </message>
    <message>
        <source>The exam date cannot be before the hire date</source>
        <translation>考试日期不能早于入职日期</translation>
    </message>
    <message>
        <source>The score must be between 0 and 100</source>
        <translation>成绩须在 0 到 100 之间</translation>
    </message>
    <message>
        <source>The number is outside the allowed range</source>
        <translation>数值超出允许范围</translation>
    </message>
    <message>
        <source>now (still running)</source>
        <translation>至今（仍在进行）</translation>
    </message>
</context>
<context>
    <name>OutcomesTab</name>
    <message>
        <source>not yet</source>
        <translation>未满90天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>师傅</translation>
    </message>
    <message>
        <source>Apprentices</source>
        <translation>徒弟人数</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>带教中</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>带徒人次</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已出师</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>提前结束</translation>
    </message>
    <message>
        <source>90-day retention</source>
        <translation>90天留存</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>已获认证</translation>
    </message>
    <message>
        <source>Hire to first certification (median)</source>
        <translation>入职到首次认证（中位数）</translation>
    </message>
    <message>
        <source>KPI at pairing end (mean, n)</source>
        <translation>出师时KPI（均值，人次）</translation>
    </message>
    <message>
        <source>Hire to junior (n)</source>
        <translation>入职到初级（人数）</translation>
    </message>
    <message>
        <source>Hire to intermediate (n)</source>
        <translation>入职到中级（人数）</translation>
    </message>
    <message>
        <source>Hire to senior (n)</source>
        <translation>入职到高级（人数）</translation>
    </message>
    <message>
        <source>90-day retention: of apprentices whose pairing began at least 90 days ago (or who left sooner), how many were still here 90 days after it began. Times are medians in days from hire; n = apprentices who reached the level. KPI at pairing end: the apprentice&apos;s last monthly KPI score within the pairing, averaged over ended pairings.</source>
        <translation>90天留存：结对开始已满90天（或未满90天已离职）的徒弟中，结对开始90天后仍在职的人数。用时为从入职算起天数的中位数，括号内为达到该等级的徒弟人数。出师时KPI：带教期间徒弟最后一个月的KPI得分，按已结束的结对取平均。</translation>
    </message>
    <message>
        <source>Outcomes appear once mentors have apprentices.</source>
        <translation>师傅带过徒弟后，这里会显示带教成效。</translation>
    </message>
    <message>
        <source>Apprentices&apos; time from hire to each certification level, per mentor</source>
        <translation>各师傅所带徒弟从入职到各认证等级的用时</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <source>New mentoring pairing</source>
        <translation>新建师徒结对</translation>
    </message>
    <message>
        <source> yuan/month</source>
        <translation> 元/月</translation>
    </message>
    <message>
        <source>e.g. handle refund complaints alone; pass junior certification</source>
        <translation>例如：能独立处理退款投诉；通过初级认证</translation>
    </message>
    <message>
        <source>Apprentice</source>
        <translation>徒弟</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>师傅</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划结束</translation>
    </message>
    <message>
        <source>Mentor allowance</source>
        <translation>辅导补贴</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>带教目标</translation>
    </message>
    <message>
        <source>hired %1</source>
        <translation>%1 入职</translation>
    </message>
    <message>
        <source>— choose a mentor —</source>
        <translation>— 请选择师傅 —</translation>
    </message>
    <message>
        <source>A mentor is in the expert stage or certified senior.</source>
        <translation>师傅须为专家期或已通过高级认证的员工。</translation>
    </message>
    <message>
        <source>qualifies</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>does not qualify</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 of %4 apprentices now</source>
        <translation>%1 · %2 · 在带 %3/%4 名徒弟</translation>
    </message>
</context>
<context>
    <name>PairingsTab</name>
    <message>
        <source>Mentor</source>
        <translation>师傅</translation>
    </message>
    <message>
        <source>Apprentice</source>
        <translation>徒弟</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划结束</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Allowance/month</source>
        <translation>月补贴</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>反馈次数</translation>
    </message>
    <message>
        <source>Last progress</source>
        <translation>最近进展</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>最近反馈</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>下次反馈</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>带教中</translation>
    </message>
    <message>
        <source>All pairings</source>
        <translation>全部结对</translation>
    </message>
    <message>
        <source>New pairing…</source>
        <translation>新建结对…</translation>
    </message>
    <message>
        <source>Check-in…</source>
        <translation>带教反馈…</translation>
    </message>
    <message>
        <source>End pairing…</source>
        <translation>结束带教…</translation>
    </message>
    <message>
        <source>No pairings yet. Pair a new agent with an experienced mentor: “New pairing…”.</source>
        <translation>还没有师徒结对。给新人安排一位老师傅：点击“新建结对…”。</translation>
    </message>
    <message>
        <source>Select a pairing to see its goals and check-ins.</source>
        <translation>选中一个结对，查看带教目标和反馈记录。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation>带教目标：%1</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>还没有带教反馈。</translation>
    </message>
</context>
<context>
    <name>StatementTab</name>
    <message>
        <source>Mentor</source>
        <translation>师傅</translation>
    </message>
    <message>
        <source>Apprentice</source>
        <translation>徒弟</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>计费起</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>计费止</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Monthly rate</source>
        <translation>月补贴标准</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>应发金额</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Apprentices</source>
        <translation>带徒人次</translation>
    </message>
    <message>
        <source>Total due</source>
        <translation>应发合计</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>Export for HQ…</source>
        <translation>导出报总部…</translation>
    </message>
    <message>
        <source>Rule: monthly rate × calendar days active in the month ÷ days in the month, rounded half up to the fen. Start and end days both count; a leave date ends the payment. A whole month is paid in full.</source>
        <translation>计算规则：月补贴标准 × 本月带教自然日天数 ÷ 本月天数，四舍五入到分。起止日均计入；师傅或徒弟离职的计至离职日；整月带教全额发放。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Total ¥%1 · %2 mentors · %3 lines</source>
        <translation>合计 ¥%1 · 师傅 %2 人 · 明细 %3 条</translation>
    </message>
    <message>
        <source>No pairing was active in %1: nothing is owed.</source>
        <translation>%1没有进行中的师徒结对，无需发放补贴。</translation>
    </message>
    <message>
        <source>Export allowance statement</source>
        <translation>导出辅导补贴表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Allowance statement written to %1 (total ¥%2)</source>
        <translation>辅导补贴表已导出到 %1（合计 ¥%2）</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>ThisWeek</name>
    <message>
        <source>Mentor check-in due</source>
        <translation>带教反馈到期</translation>
    </message>
    <message>
        <source>Mentoring reaches its planned end</source>
        <translation>带教到计划结束日</translation>
    </message>
    <message>
        <source>Mentor or apprentice has left: end the pairing</source>
        <translation>师傅或徒弟已离职，请结束该结对</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Mentoring</source>
        <translation>师徒带教</translation>
    </message>
    <message>
        <source>Mentor assigned</source>
        <translation>安排师傅</translation>
    </message>
    <message>
        <source>Took on an apprentice</source>
        <translation>开始带徒弟</translation>
    </message>
    <message>
        <source>Mentoring completed</source>
        <translation>带教完成</translation>
    </message>
    <message>
        <source>Mentoring ended early</source>
        <translation>带教提前结束</translation>
    </message>
    <message>
        <source>Mentor check-in</source>
        <translation>带教反馈</translation>
    </message>
    <message>
        <source>Passed junior certification</source>
        <translation>通过初级认证</translation>
    </message>
    <message>
        <source>Did not pass junior certification</source>
        <translation>初级认证未通过</translation>
    </message>
    <message>
        <source>Passed intermediate certification</source>
        <translation>通过中级认证</translation>
    </message>
    <message>
        <source>Did not pass intermediate certification</source>
        <translation>中级认证未通过</translation>
    </message>
    <message>
        <source>Passed senior certification</source>
        <translation>通过高级认证</translation>
    </message>
    <message>
        <source>Did not pass senior certification</source>
        <translation>高级认证未通过</translation>
    </message>
</context>
</TS>
