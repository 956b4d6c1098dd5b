<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Areas</name>
    <message>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <source>At-risk agents</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <source>At-risk rules</source>
        <translation>流失预警规则</translation>
    </message>
</context>
<context>
    <name>AtRiskPage</name>
    <message>
        <source>Open agent</source>
        <translation>打开员工</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>图表另存为 PNG…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Could not load the at-risk list</source>
        <translation>无法加载流失预警名单</translation>
    </message>
    <message>
        <source>Nobody is flagged by the rules switched on. The rules and what data they need are listed on the right.</source>
        <translation>按当前启用的规则，没有需要预警的员工。右侧列出了各条规则及其所需数据。</translation>
    </message>
    <message>
        <source>%1 active agents flagged; double-click a row to open the agent.</source>
        <translation>共 %1 名在职员工触发预警；双击一行可打开该员工。</translation>
    </message>
    <message>
        <source>Replaying the rules over the past year…</source>
        <translation>正在按过去一年的数据回测规则…</translation>
    </message>
    <message>
        <source>All generations</source>
        <translation>全部年代</translation>
    </message>
    <message>
        <source>Nobody of this generation is flagged. Choose “All generations” to see everyone flagged.</source>
        <translation>该年代没有人被预警。选择“全部年代”可查看所有被预警的人。</translation>
    </message>
    <message>
        <source>%1 of %2 flagged agents shown (%3); double-click a row to open the agent.</source>
        <translation>显示 %2 名预警员工中的 %1 名（%3）；双击一行打开员工档案。</translation>
    </message>
    <message>
        <source>Rules (change them in Settings → At-risk rules)</source>
        <translation>预警规则（在 设置 → 流失预警规则 中调整）</translation>
    </message>
    <message>
        <source>off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>no %1 recorded yet</source>
        <translation>尚无%1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>启用中</translation>
    </message>
    <message>
        <source>Replayed on %1 monthly snapshots (%2 to %3), counting each agent once per snapshot: of %4 flagged, %5 left within 90 days (%6); of %7 not flagged, %8 left (%9).</source>
        <translation>回测：按月取 %1 个时间点（%2 至 %3），每个时间点每名在职员工计 1 人次。被预警 %4 人次中，90 天内离职 %5 人次（%6）；未被预警 %7 人次中，离职 %8 人次（%9）。</translation>
    </message>
    <message>
        <source>Any rule</source>
        <translation>任一规则</translation>
    </message>
    <message>
        <source>nobody to compare with</source>
        <translation>没有可对比的人</translation>
    </message>
    <message>
        <source>precision %1, recall %2, lift %3× (95% CI %4–%5)</source>
        <translation>命中率 %1，覆盖率 %2，提升 %3 倍（95% 区间 %4–%5）</translation>
    </message>
    <message>
        <source>flagged agents left more often</source>
        <translation>被预警者离职更多</translation>
    </message>
    <message>
        <source>no evidence on your data</source>
        <translation>在您的数据上无证据</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>No agents on the roster in this period. Add or import agents in the roster.</source>
        <translation>所选期间花名册中没有员工。请先在花名册中添加或导入员工。</translation>
    </message>
    <message>
        <source>to date</source>
        <translation>月初至今</translation>
    </message>
    <message>
        <source>Headcount at month end</source>
        <translation>月末在岗人数</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Monthly attrition rate</source>
        <translation>月度流失率</translation>
    </message>
    <message>
        <source>Month to date (not final)</source>
        <translation>本月至今（未结束）</translation>
    </message>
    <message>
        <source>Attrition rate (%)</source>
        <translation>流失率（%）</translation>
    </message>
    <message>
        <source>Headcount and monthly attrition · %1 months: %2 left, %3 of average headcount</source>
        <translation>在岗人数与月度流失率 · 近 %1 个月离职 %2 人，占平均在岗人数 %3</translation>
    </message>
    <message>
        <source>%1: start %2, hired %3, left %4, end %5; attrition %6</source>
        <translation>%1：月初 %2 人，入职 %3 人，离职 %4 人，月末 %5 人；流失率 %6</translation>
    </message>
    <message>
        <source> (month to date, not final)</source>
        <translation>（本月至今，尚未结束）</translation>
    </message>
    <message>
        <source>No hires in the last two years, so there is no early attrition to show.</source>
        <translation>近两年没有入职记录，无法计算早期流失。</translation>
    </message>
    <message>
        <source>Left within 90 days (%)</source>
        <translation>90 天内离职（%）</translation>
    </message>
    <message>
        <source>Hire quarter (hatched: not all 90 days over yet)</source>
        <translation>入职季度（斜线：尚有人未满 90 天，数字可能上升）</translation>
    </message>
    <message>
        <source>Early attrition by hire quarter</source>
        <translation>按入职季度看早期流失（90 天内离职）</translation>
    </message>
    <message>
        <source>%1: %2 hired, %3 left within 90 days (%4)</source>
        <translation>%1：入职 %2 人，90 天内离职 %3 人（%4）</translation>
    </message>
    <message>
        <source>No hires in the last three years: survival curves need hire and leave dates.</source>
        <translation>近三年没有入职记录：留存曲线需要入职和离职日期。</translation>
    </message>
    <message>
        <source>%1 (n=%2, median %3)</source>
        <translation>%1（n=%2，中位留存 %3）</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>%1 · month %2: %3 still here (95% CI %4–%5), %6 at risk</source>
        <translation>%1 · 入职第 %2 个月：留存 %3（95% 置信区间 %4–%5），仍在观察 %6 人</translation>
    </message>
    <message>
        <source> 90 days</source>
        <translation> 90 天</translation>
    </message>
    <message>
        <source>Months since hire</source>
        <translation>入职后月数</translation>
    </message>
    <message>
        <source>Still employed (%)</source>
        <translation>仍在职比例（%）</translation>
    </message>
    <message>
        <source>Tenure survival (Kaplan–Meier, hires of the last 3 years; band: 95% CI)</source>
        <translation>在职留存曲线（Kaplan–Meier，近三年入职；阴影为 95% 置信区间）</translation>
    </message>
    <message>
        <source>log-rank p = %1: %2</source>
        <translation>log-rank 检验 p = %1：%2</translation>
    </message>
    <message>
        <source>the curves differ</source>
        <translation>两条曲线有差异</translation>
    </message>
    <message>
        <source>no evidence of a difference</source>
        <translation>没有证据表明有差异</translation>
    </message>
    <message>
        <source>Retention from day %1 of hires still employed on day %1 (landmark; mentored = paired by day %1)
%2</source>
        <translation>入职第 %1 天仍在职者从第 %1 天起的留存（界标分析；带教 = 第 %1 天前已结对）
%2</translation>
    </message>
    <message>
        <source>No active agents: the tenure-stage and generation mix need an active roster.</source>
        <translation>没有在职员工：司龄阶段和代际结构需要在职名单。</translation>
    </message>
    <message>
        <source>Tenure stage (active agents)</source>
        <translation>司龄阶段（在职）</translation>
    </message>
    <message>
        <source>Birth date not recorded</source>
        <translation>未录入出生日期</translation>
    </message>
    <message>
        <source>Generation (active agents)</source>
        <translation>代际结构（在职）</translation>
    </message>
    <message>
        <source>Nobody left in the last %1 months, so there are no leave reasons to show.</source>
        <translation>近 %1 个月没有人离职，暂无离职原因可显示。</translation>
    </message>
    <message>
        <source>Voluntary</source>
        <translation>主动离职</translation>
    </message>
    <message>
        <source>Involuntary</source>
        <translation>被动离职</translation>
    </message>
    <message>
        <source>Leave reasons · last %1 months, %2 leavers</source>
        <translation>离职原因 · 近 %1 个月，共 %2 人</translation>
    </message>
    <message>
        <source>No 1:1 in this period noted a mood. Record the mood (1–5) when you hold a 1:1.</source>
        <translation>本期间的一对一都没有记录情绪。进行一对一时请记录情绪（1–5）。</translation>
    </message>
    <message>
        <source>Mood %1</source>
        <translation>情绪 %1</translation>
    </message>
    <message>
        <source>%1 · mood %2: %3 1:1s</source>
        <translation>%1 · 情绪 %2：%3 次一对一</translation>
    </message>
    <message>
        <source>Mood noted in 1:1s · last %1 months: %2 of %3 at 2 or below</source>
        <translation>一对一记录的情绪 · 近 %1 个月：%3 次中 %2 次在 2 分及以下</translation>
    </message>
    <message>
        <source>1:1s</source>
        <translation>一对一次数</translation>
    </message>
    <message>
        <source>No exit interviews and no rehires in the last %1 months. Record the exit interview when you mark someone as left.</source>
        <translation>近 %1 个月没有离职面谈，也没有返聘。办理离职时请记录离职面谈。</translation>
    </message>
    <message>
        <source>Leavers</source>
        <translation>离职人数</translation>
    </message>
    <message>
        <source>Where leavers went · last %1 months (%2 exit interviews)
We would rehire %3 · %4 might come back · %5 came back (rehired)</source>
        <translation>离职去向 · 近 %1 个月（%2 次离职面谈）
愿意返聘 %3 人 · 可能回流 %4 人 · 已返聘 %5 人</translation>
    </message>
    <message>
        <source>%1: %2 leavers (%3 voluntary, %4 involuntary)</source>
        <translation>%1：%2 人（主动 %3，被动 %4）</translation>
    </message>
    <message>
        <source>No agents were on the roster in the past year, so the rules cannot be replayed.</source>
        <translation>过去一年花名册中没有员工，无法回测规则。</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>未预警</translation>
    </message>
    <message>
        <source>Flagged (any rule)</source>
        <translation>已预警（任一规则）</translation>
    </message>
    <message>
        <source>no evidence on your data</source>
        <translation>在您的数据上无证据</translation>
    </message>
    <message>
        <source>Back-test: past year, monthly snapshots</source>
        <translation>规则回测：过去一年按月回放</translation>
    </message>
    <message>
        <source>%1: %2 of %3 agent-snapshots left within 90 days</source>
        <translation>%1：%3 人次中 %2 人次在 90 天内离职</translation>
    </message>
    <message>
        <source>No candidates applied in this period. Record candidates in Recruiting.</source>
        <translation>所选期间没有候选人投递记录。请在招聘模块中登记候选人。</translation>
    </message>
    <message>
        <source>Recruiting funnel (brackets: pass rate of the step)</source>
        <translation>招聘漏斗（括号内为本轮通过率）</translation>
    </message>
    <message>
        <source>%1: %2 candidates reached this step (%3 of the step before)</source>
        <translation>%1：%2 名候选人进入此环节（占上一环节 %3）</translation>
    </message>
    <message>
        <source>No monthly scores in this period. Import KPIs and compute scores in Performance.</source>
        <translation>所选期间没有月度绩效得分。请在绩效模块中导入 KPI 并计算得分。</translation>
    </message>
    <message>
        <source>%1 · %2: %3 agents</source>
        <translation>%1 · %2：%3 人</translation>
    </message>
    <message>
        <source>Team average score</source>
        <translation>团队平均分</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>%1: team average %2</source>
        <translation>%1：团队平均分 %2</translation>
    </message>
    <message>
        <source>Grade distribution and team average score by month</source>
        <translation>每月绩效等级分布与团队平均分</translation>
    </message>
    <message>
        <source>No 1:1s recorded yet. Record weekly 1:1s in Coaching to see the cadence.</source>
        <translation>还没有一对一沟通记录。在辅导模块中记录每周一对一沟通后即可查看节奏。</translation>
    </message>
    <message>
        <source>Active agents</source>
        <translation>在职人数</translation>
    </message>
    <message>
        <source>1:1 cadence: days since each agent&apos;s last 1:1</source>
        <translation>一对一沟通节奏：距上次一对一的天数</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Last %1 months</source>
        <translation>近 %1 个月</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>全部岗位</translation>
    </message>
    <message>
        <source>All generations</source>
        <translation>全部年代</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Headcount and attrition</source>
        <translation>人数与流失</translation>
    </message>
    <message>
        <source>Compare by</source>
        <translation>对比维度</translation>
    </message>
    <message>
        <source>Tenure survival</source>
        <translation>留存曲线</translation>
    </message>
    <message>
        <source>Team mix and leave reasons</source>
        <translation>团队结构与离职原因</translation>
    </message>
    <message>
        <source>Recruiting, grades and 1:1s</source>
        <translation>招聘、绩效与一对一</translation>
    </message>
    <message>
        <source>Answer rate vs CSAT</source>
        <translation>接通率与满意度</translation>
    </message>
    <message>
        <source>Mood and exits</source>
        <translation>情绪与离职</translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation>正在绘制图表…</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>图表另存为 PNG…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Could not load the dashboard</source>
        <translation>无法加载看板</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Needs improvement</source>
        <translation>待改进</translation>
    </message>
    <message>
        <source>≤ 7 days</source>
        <translation>≤ 7 天</translation>
    </message>
    <message>
        <source>8–14 days</source>
        <translation>8–14 天</translation>
    </message>
    <message>
        <source>15–30 days</source>
        <translation>15–30 天</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 天</translation>
    </message>
    <message>
        <source>&gt; 60 days</source>
        <translation>&gt; 60 天</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未沟通</translation>
    </message>
    <message>
        <source>Hired in %1</source>
        <translation>%1 年入职</translation>
    </message>
    <message>
        <source>Mentor within 30 days of hire</source>
        <translation>入职 30 天内有师傅</translation>
    </message>
    <message>
        <source>No mentor in the first 30 days</source>
        <translation>入职 30 天内无师傅</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Hire year</source>
        <translation>入职年份</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Mentored or not</source>
        <translation>是否带教</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>招聘渠道</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>1:1 records</source>
        <translation>一对一沟通记录</translation>
    </message>
    <message>
        <source>Mentoring records</source>
        <translation>师徒带教记录</translation>
    </message>
    <message>
        <source>Monthly scores</source>
        <translation>月度绩效得分</translation>
    </message>
    <message>
        <source>Score appeals</source>
        <translation>绩效申诉记录</translation>
    </message>
    <message>
        <source>Care follow-ups</source>
        <translation>关怀跟进记录</translation>
    </message>
</context>
<context>
    <name>RiskRules</name>
    <message>
        <source>New agent without a mentor</source>
        <translation>新人未配师傅</translation>
    </message>
    <message>
        <source>In the first three months and still without a mentor %1 days after hire</source>
        <translation>入职三个月内，入职 %1 天后仍未配师傅</translation>
    </message>
    <message>
        <source>No mentor %1 days after hire</source>
        <translation>入职 %1 天仍未配师傅</translation>
    </message>
    <message>
        <source>No recent 1:1</source>
        <translation>久未一对一沟通</translation>
    </message>
    <message>
        <source>No 1:1 for more than %1 days (counted from hire if never)</source>
        <translation>超过 %1 天没有一对一沟通（从未沟通的从入职日算起）</translation>
    </message>
    <message>
        <source>No 1:1 for %1 days</source>
        <translation>已 %1 天未一对一沟通</translation>
    </message>
    <message>
        <source>Score falling</source>
        <translation>绩效连续下滑</translation>
    </message>
    <message>
        <source>Monthly score fell %1 months running</source>
        <translation>月度绩效得分连续 %1 个月下降</translation>
    </message>
    <message>
        <source>Score fell %1 months running</source>
        <translation>绩效连续 %1 个月下降</translation>
    </message>
    <message>
        <source>Complaint floor hit</source>
        <translation>触发投诉底线</translation>
    </message>
    <message>
        <source>The complaint floor capped the grade within the last %1 months</source>
        <translation>近 %1 个月内因投诉底线被限制绩效等级</translation>
    </message>
    <message>
        <source>Complaint floor hit in %1 recent months</source>
        <translation>近期有 %1 个月触发投诉底线</translation>
    </message>
    <message>
        <source>Open care follow-up</source>
        <translation>关怀待跟进</translation>
    </message>
    <message>
        <source>A care matter is still waiting for follow-up (count only, no details)</source>
        <translation>有尚未结束的关怀跟进事项（只计件数，不显示内容）</translation>
    </message>
    <message>
        <source>%1 care follow-ups open</source>
        <translation>%1 项关怀待跟进</translation>
    </message>
    <message>
        <source>Appeal rejected</source>
        <translation>申诉被驳回</translation>
    </message>
    <message>
        <source>A score appeal was rejected within the last %1 days</source>
        <translation>近 %1 天内绩效申诉被驳回</translation>
    </message>
    <message>
        <source>Appeal rejected %1 days ago</source>
        <translation>申诉被驳回（距今 %1 天）</translation>
    </message>
    <message>
        <source>New and from out of town</source>
        <translation>外地新人</translation>
    </message>
    <message>
        <source>In the first three months and from out of town (housing, loneliness)</source>
        <translation>入职三个月内的外地员工（住房、孤独感等压力）</translation>
    </message>
    <message>
        <source>From out of town, %1 days in</source>
        <translation>外地员工，入职第 %1 天</translation>
    </message>
    <message>
        <source>Mood falling</source>
        <translation>情绪下滑</translation>
    </message>
    <message>
        <source>Mood fell at each of the last two 1:1s, or is %1 or below</source>
        <translation>最近两次一对一情绪连续下降，或不高于 %1 分</translation>
    </message>
    <message>
        <source>Mood %1 at the last 1:1</source>
        <translation>最近一次一对一情绪 %1 分</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>RiskSettingsTab</name>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Data it needs</source>
        <translation>所需数据</translation>
    </message>
</context>
<context>
    <name>RiskTableModel</name>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>司龄阶段</translation>
    </message>
    <message>
        <source>Days since hire</source>
        <translation>入职天数</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>预警项</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>预警原因</translation>
    </message>
</context>
<context>
    <name>TensionCharts</name>
    <message>
        <source>No agent has both an answer rate and CSAT this month. Import 呼入量/接通量 or 接通率.</source>
        <translation>本月没有同时具备接通率和满意度的员工。请导入呼入量/接通量或接通率。</translation>
    </message>
    <message>
        <source>%1 (%2): answer rate %3 · CSAT %4</source>
        <translation>%1（%2）：接通率 %3 · 满意度 %4</translation>
    </message>
    <message>
        <source>Team median answer rate %1</source>
        <translation>团队接通率中位数 %1</translation>
    </message>
    <message>
        <source>Team median CSAT %1</source>
        <translation>团队满意度中位数 %1</translation>
    </message>
    <message>
        <source>Answer rate (%)</source>
        <translation>接通率（%）</translation>
    </message>
    <message>
        <source>CSAT (%)</source>
        <translation>满意度（%）</translation>
    </message>
    <message>
        <source>%1: answer rate against CSAT, one point per agent</source>
        <translation>%1 接通率与满意度（每点一名员工）</translation>
    </message>
    <message>
        <source>No figures in the last 12 months.</source>
        <translation>近 12 个月没有数据。</translation>
    </message>
    <message>
        <source>Median answer rate</source>
        <translation>接通率中位数</translation>
    </message>
    <message>
        <source>Median CSAT</source>
        <translation>满意度中位数</translation>
    </message>
    <message>
        <source>The team&apos;s answer rate and CSAT by month</source>
        <translation>团队接通率与满意度月度走势</translation>
    </message>
</context>
<context>
    <name>TensionTab</name>
    <message>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
</context>
</TS>
