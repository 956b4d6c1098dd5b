<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Areas</name>
    <message>
        <source>Training &amp; careers</source>
        <translation>培训与发展</translation>
    </message>
</context>
<context>
    <name>CareerWords</name>
    <message>
        <source>at least %1 months</source>
        <translation>司龄至少 %1 个月</translation>
    </message>
    <message>
        <source> or above</source>
        <translation>及以上</translation>
    </message>
    <message>
        <source>%1 or better in each of the last %2 months</source>
        <translation>最近 %2 个月每月绩效均达到%1及以上</translation>
    </message>
    <message>
        <source>no complaint-floor month in the last %1 months</source>
        <translation>最近 %1 个月无投诉底线月份</translation>
    </message>
    <message>
        <source>at least %1 training items complete</source>
        <translation>至少完成 %1 项培训</translation>
    </message>
    <message>
        <source>at least %1 apprentices mentored to completion</source>
        <translation>至少带出 %1 名徒弟</translation>
    </message>
    <message>
        <source>hired %1, %2 months</source>
        <translation>%1 入职，%2 个月</translation>
    </message>
    <message>
        <source> (passed %1)</source>
        <translation>（%1 通过）</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>无成绩</translation>
    </message>
    <message>
        <source>floor in %1</source>
        <translation>%1 触发底线</translation>
    </message>
    <message>
        <source>none in %1</source>
        <translation>%1 均无</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>not ticked yet</source>
        <translation>尚未确认</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Plan item</source>
        <translation>培训计划项</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>培训项</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Weeks after hire (from – to)</source>
        <translation>入职后第几周（起 – 止）</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>考核方式</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>及格分</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Listening in</source>
        <translation>跟听</translation>
    </message>
    <message>
        <source>Role-play</source>
        <translation>角色扮演</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>知识</translation>
    </message>
    <message>
        <source>Emotion course</source>
        <translation>情绪课程</translation>
    </message>
    <message>
        <source>Case review</source>
        <translation>案例复盘</translation>
    </message>
    <message>
        <source>Certification prep</source>
        <translation>认证准备</translation>
    </message>
    <message>
        <source>Handbook writing</source>
        <translation>手册编写</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>授课</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>考试（及格分）</translation>
    </message>
    <message>
        <source>Mentor sign-off</source>
        <translation>师傅签字确认</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>需补考</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Tenure (months)</source>
        <translation>司龄（月）</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>技能认证</translation>
    </message>
    <message>
        <source>KPI grade</source>
        <translation>绩效等级</translation>
    </message>
    <message>
        <source>No complaint-floor month</source>
        <translation>无投诉底线月份</translation>
    </message>
    <message>
        <source>Training items complete</source>
        <translation>完成培训项</translation>
    </message>
    <message>
        <source>Apprentices mentored</source>
        <translation>带徒出师</translation>
    </message>
    <message>
        <source>Checked by hand</source>
        <translation>人工确认</translation>
    </message>
</context>
<context>
    <name>LaddersTab</name>
    <message>
        <source>Track</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>晋升标准</translation>
    </message>
    <message>
        <source>Edit level</source>
        <translation>编辑级别</translation>
    </message>
    <message>
        <source>Export for posting…</source>
        <translation>导出公示…</translation>
    </message>
    <message>
        <source>Export for posting</source>
        <translation>导出公示表</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Written to %1: %2 people listed</source>
        <translation>已导出到 %1：名单 %2 人</translation>
    </message>
</context>
<context>
    <name>LevelDialog</name>
    <message>
        <source>Career level</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Level name</source>
        <translation>级别名称</translation>
    </message>
    <message>
        <source>Minimum tenure (months)</source>
        <translation>最低司龄（月）</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>技能认证</translation>
    </message>
    <message>
        <source>KPI grade at least</source>
        <translation>绩效等级不低于</translation>
    </message>
    <message>
        <source>… over the last N months</source>
        <translation>…… 考察最近 N 个月</translation>
    </message>
    <message>
        <source>No complaint-floor month in the last N months</source>
        <translation>最近 N 个月无投诉底线月份</translation>
    </message>
    <message>
        <source>Training items complete</source>
        <translation>完成培训项数</translation>
    </message>
    <message>
        <source>Apprentices mentored to completion</source>
        <translation>带徒出师人数</translation>
    </message>
    <message>
        <source>Other criteria, one per line (ticked by hand)</source>
        <translation>其他条件，每行一条（人工确认）</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Please give it a name</source>
        <translation>请填写名称</translation>
    </message>
    <message>
        <source>Weeks run from 1 to 156, and the last week cannot come before the first</source>
        <translation>周数为 1–156，结束周不能早于开始周</translation>
    </message>
    <message>
        <source>A test needs a pass mark from 0 to 100; other checks have none</source>
        <translation>考试须设 0–100 的及格分；其他考核方式不设及格分</translation>
    </message>
    <message>
        <source>Results were recorded against this item; it cannot be removed</source>
        <translation>该培训项已有记录，不能删除</translation>
    </message>
    <message>
        <source>The date cannot be in the future</source>
        <translation>日期不能晚于今天</translation>
    </message>
    <message>
        <source>The date cannot be before the agent was hired</source>
        <translation>日期不能早于入职日期</translation>
    </message>
    <message>
        <source>This item is checked by a test: everyone who attended needs a score</source>
        <translation>该培训项以考试考核：每位出勤者都需填写成绩</translation>
    </message>
    <message>
        <source>A score is from 0 to 100</source>
        <translation>成绩应在 0–100 之间</translation>
    </message>
    <message>
        <source>This agent has left</source>
        <translation>该坐席已离职</translation>
    </message>
    <message>
        <source>Mark at least one agent as present or absent</source>
        <translation>请至少为一位坐席标记出勤或缺勤</translation>
    </message>
    <message>
        <source>Please give the session a topic</source>
        <translation>请填写培训主题</translation>
    </message>
    <message>
        <source>This level belongs to another track than the agent&apos;s career track</source>
        <translation>该级别不属于此坐席的发展序列</translation>
    </message>
    <message>
        <source>The agent is already at this level or above</source>
        <translation>该坐席已在此级别或更高</translation>
    </message>
    <message>
        <source>Please name the position</source>
        <translation>请填写职务名称</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date</source>
        <translation>结束日期不能早于开始日期</translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>周次</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>考核方式</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>培训项</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>讲师</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Passed / failed</source>
        <translation>通过 / 未通过</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>对应培训项</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>新增培训项</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>编辑培训项</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>删除培训项</translation>
    </message>
    <message>
        <source>Record a session…</source>
        <translation>记录一次培训…</translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <source>Add a position</source>
        <translation>新增职务</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
</context>
<context>
    <name>PromotionDialog</name>
    <message>
        <source>Record a promotion</source>
        <translation>记录晋升</translation>
    </message>
    <message>
        <source>All criteria met.</source>
        <translation>已满足全部条件。</translation>
    </message>
    <message>
        <source>Not met yet: %1</source>
        <translation>尚未满足：%1</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>To level</source>
        <translation>晋升至</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The criteria and evidence as they stand are kept with the promotion.</source>
        <translation>当前各项条件及依据将随晋升记录一并保存。</translation>
    </message>
</context>
<context>
    <name>ReadinessTab</name>
    <message>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前职级</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一职级</translation>
    </message>
    <message>
        <source>Criteria not met</source>
        <translation>未满足条件数</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>满足</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Everyone on a track</source>
        <translation>全部（已选序列者）</translation>
    </message>
    <message>
        <source>Ready now</source>
        <translation>已满足晋升条件</translation>
    </message>
    <message>
        <source>One criterion away</source>
        <translation>差一项条件</translation>
    </message>
    <message>
        <source>Tick the selected criterion</source>
        <translation>确认所选条件</translation>
    </message>
    <message>
        <source>Record promotion…</source>
        <translation>记录晋升…</translation>
    </message>
    <message>
        <source>Add position…</source>
        <translation>新增职务…</translation>
    </message>
    <message>
        <source>End position today</source>
        <translation>今日卸任</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Positions (separate from the channel role)</source>
        <translation>职务（与渠道岗位分开记录）</translation>
    </message>
    <message>
        <source>Choose an agent on the left</source>
        <translation>请在左侧选择坐席</translation>
    </message>
    <message>
        <source>top of the track</source>
        <translation>已到序列最高级</translation>
    </message>
    <message>
        <source>Select a criterion checked by hand first</source>
        <translation>请先选择一条需人工确认的条件</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Present (1/0)</source>
        <translation>出勤（1/0）</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <source>Record a training session</source>
        <translation>记录培训</translation>
    </message>
    <message>
        <source>(no plan item)</source>
        <translation>（不对应培训项）</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>讲师</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>对应培训项</translation>
    </message>
    <message>
        <source>Type 1 for present, 0 for absent, or just type a score. Tab moves right, Enter moves down. Blank rows are not on this session.</source>
        <translation>输入 1 表示出勤、0 表示缺勤，或直接输入成绩。Tab 右移，回车下移。空白行不计入本次培训。</translation>
    </message>
</context>
<context>
    <name>ThisWeek</name>
    <message>
        <source>Training item due</source>
        <translation>培训项到期</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Training item done</source>
        <translation>完成培训项</translation>
    </message>
    <message>
        <source>Training test passed</source>
        <translation>培训考核通过</translation>
    </message>
    <message>
        <source>Training test failed</source>
        <translation>培训考核未通过</translation>
    </message>
    <message>
        <source>Absent from training</source>
        <translation>培训缺勤</translation>
    </message>
    <message>
        <source>Taught a training session</source>
        <translation>担任培训讲师</translation>
    </message>
    <message>
        <source>Took up a position</source>
        <translation>任职</translation>
    </message>
    <message>
        <source>Left a position</source>
        <translation>卸任</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>晋升</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Training plans and sessions</source>
        <translation>培训计划与记录</translation>
    </message>
    <message>
        <source>Promotion readiness</source>
        <translation>晋升准备</translation>
    </message>
    <message>
        <source>Career ladders</source>
        <translation>职业发展通道</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Training and growth</source>
        <translation>培训与成长</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>培训计划</translation>
    </message>
    <message>
        <source>%1 of %2 complete · %3 overdue</source>
        <translation>已完成 %1/%2 · 逾期 %3</translation>
    </message>
    <message>
        <source>pass rate %1 · helped colleagues %2</source>
        <translation>考核通过率 %1 · 帮助同事 %2 次</translation>
    </message>
    <message>
        <source>%1: top of the track</source>
        <translation>%1：已到序列最高级</translation>
    </message>
    <message>
        <source>%1 → %2: %3 criteria not met</source>
        <translation>%1 → %2：还差 %3 项条件</translation>
    </message>
</context>
</TS>
