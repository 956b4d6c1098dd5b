<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppealDialog</name>
    <message>
        <source>Appeal for %1, %2</source>
        <translation>%1 的绩效申诉（%2）</translation>
    </message>
    <message>
        <source>e.g. the complaint was about a courier delay, not the service</source>
        <translation>例如：客户投诉的是物流延误，不是服务问题</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Figure on record</source>
        <translation>系统记录值</translation>
    </message>
    <message>
        <source>Figure the agent asks for</source>
        <translation>员工主张值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>申诉理由</translation>
    </message>
    <message>
        <source>Write down why the agent disputes the figure.</source>
        <translation>请写明员工对该数据有异议的理由。</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Performance</source>
        <translation>绩效</translation>
    </message>
    <message>
        <source>Scoring schemes</source>
        <translation>绩效方案</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decide the appeal of %1</source>
        <translation>处理 %1 的申诉</translation>
    </message>
    <message>
        <source>Accept: count the adjusted figure and rescore the month</source>
        <translation>同意：按调整后的数值计分，并重算当月绩效</translation>
    </message>
    <message>
        <source>Reject: the figure on record stands</source>
        <translation>驳回：维持系统记录值</translation>
    </message>
    <message>
        <source>Month / metric</source>
        <translation>月份 / 指标</translation>
    </message>
    <message>
        <source>On record → asked for</source>
        <translation>记录值 → 主张值</translation>
    </message>
    <message>
        <source>Agent&apos;s reason</source>
        <translation>员工理由</translation>
    </message>
    <message>
        <source>Adjusted figure</source>
        <translation>调整后数值</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>处理意见</translation>
    </message>
    <message>
        <source>Say who decided and why: the agent will see it.</source>
        <translation>请填写处理人和处理意见：员工会看到这些内容。</translation>
    </message>
</context>
<context>
    <name>ExplanationDialog</name>
    <message>
        <source>Why %1 got this grade</source>
        <translation>%1 的绩效等级说明</translation>
    </message>
    <message>
        <source>Export sheet…</source>
        <translation>导出说明单…</translation>
    </message>
    <message>
        <source>Export explanation</source>
        <translation>导出绩效说明</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported ✓</source>
        <translation>已导出 ✓</translation>
    </message>
</context>
<context>
    <name>ExplanationText</name>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>折算分</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>得分贡献</translation>
    </message>
    <message>
        <source>rank in team</source>
        <translation>按组内排名</translation>
    </message>
    <message>
        <source>(no figure: weight shared out)</source>
        <translation>（无数据：权重按比例分给其他指标）</translation>
    </message>
    <message>
        <source>(after appeal)</source>
        <translation>（申诉调整后）</translation>
    </message>
    <message>
        <source>Score %1 → %2</source>
        <translation>得分 %1 → %2</translation>
    </message>
    <message>
        <source> (the score alone gives %1)</source>
        <translation>（仅按得分为%1）</translation>
    </message>
    <message>
        <source>Scheme: %1, all stages, version %2</source>
        <translation>考核方案：%1（全部阶段），第 %2 版</translation>
    </message>
    <message>
        <source>Scheme: %1 · %2, version %3</source>
        <translation>考核方案：%1 · %2，第 %3 版</translation>
    </message>
    <message>
        <source>Grade lines: Excellent ≥ %1, Good ≥ %2, Pass ≥ %3, below that Needs improvement.</source>
        <translation>等级线：优秀 ≥ %1，良好 ≥ %2，合格 ≥ %3，低于合格线为待改进。</translation>
    </message>
    <message>
        <source>Floor rule: %1 was %2, %3 the line of %4, so the grade is capped at %5.</source>
        <translation>底线机制：%1 为 %2，%3底线 %4，因此等级最高为%5。</translation>
    </message>
    <message>
        <source>With %1 within %2 the grade would have been %3.</source>
        <translation>如果%1控制在 %2 以内，等级应为%3。</translation>
    </message>
    <message>
        <source>%1 more points would have reached %2 (%3 points above the line of the current grade).</source>
        <translation>再多 %1 分即可达到%2（目前高出本等级线 %3 分）。</translation>
    </message>
    <message>
        <source>Reaching %1 also needs %2 back within %3 (floor rule).</source>
        <translation>要达到%1，还需要把%2控制在 %3 以内（底线机制）。</translation>
    </message>
    <message>
        <source>This is the best grade; %1 points above its line.</source>
        <translation>已是最高等级，高出等级线 %1 分。</translation>
    </message>
    <message>
        <source>· %1 alone could not close the gap: it can add at most %2 points.</source>
        <translation>· 仅靠%1无法补足差距：该项最多还能加 %2 分。</translation>
    </message>
    <message>
        <source>· %1: %2 points (a higher place in the team) would do it.</source>
        <translation>· %1：折算分达到 %2（组内排名更靠前）即可。</translation>
    </message>
    <message>
        <source>· %1 at %2 instead, everything else the same.</source>
        <translation>· 其他不变，%1达到 %2 即可。</translation>
    </message>
    <message>
        <source>Appeal on %1: %2 → %3 (%4)</source>
        <translation>%1申诉：%2 → %3（%4）</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Role / team</source>
        <translation>岗位 / 班组</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>评分方案</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>%1 performance explanation</source>
        <translation>%1 绩效说明单</translation>
    </message>
    <message>
        <source>Performance explanation</source>
        <translation>绩效说明单</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>绩效说明</translation>
    </message>
    <message>
        <source>How the grade was reached</source>
        <translation>等级是怎么得出的</translation>
    </message>
    <message>
        <source>Questions about a figure? Talk to your supervisor or file an appeal within 5 working days.</source>
        <translation>对数据有疑问？请在 5 个工作日内找主管沟通或提出申诉。</translation>
    </message>
</context>
<context>
    <name>ImprovementPlans</name>
    <message>
        <source>waiting for %1 figures</source>
        <translation>等待 %1 数据</translation>
    </message>
    <message>
        <source>improved</source>
        <translation>已改善</translation>
    </message>
    <message>
        <source>not improved</source>
        <translation>未改善</translation>
    </message>
    <message>
        <source>Improvement plans</source>
        <translation>改进计划</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>面谈日期</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Weak month</source>
        <translation>薄弱月份</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>次月</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>未完成事项</translation>
    </message>
    <message>
        <source>Improvement plans whose action items name a KPI dimension: that figure in the weak month and in the month after.</source>
        <translation>行动项指定了绩效指标的改进计划：该指标在薄弱月份与次月的数值对比。</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Fell a band</source>
        <translation>等级下降</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Floor rule</source>
        <translation>触发底线</translation>
    </message>
    <message>
        <source>Open plans</source>
        <translation>进行中的改进计划</translation>
    </message>
    <message>
        <source>Plan due</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>hold one within 7 days</source>
        <translation>7天内需进行改进面谈</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weekly review · %1&lt;/b&gt; (against %2): %3 fell a band · %4 hit a floor rule · %5 still owe an improvement plan</source>
        <translation>&lt;b&gt;绩效回顾 · %1&lt;/b&gt;（对比 %2）：等级下降 %3 人 · 触发底线 %4 人 · 尚待改进面谈 %5 人</translation>
    </message>
</context>
<context>
    <name>KpiImportDialog</name>
    <message>
        <source>Import monthly KPIs</source>
        <translation>导入月度绩效数据</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>from the file</source>
        <translation>从文件读取</translation>
    </message>
    <message>
        <source>Skip the rows whose 工号 is not in the roster</source>
        <translation>跳过花名册中没有的工号</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Not in roster</source>
        <translation>不在花名册</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Choose the platform&apos;s monthly export (.xlsx, .xls, .csv or .txt).</source>
        <translation>选择平台导出的月度报表（.xlsx、.xls、.csv 或 .txt）。</translation>
    </message>
    <message>
        <source>Import the rows of agents not employed in that month</source>
        <translation>导入当月不在职员工的行</translation>
    </message>
    <message>
        <source>Import the implausible figures as they are (I checked them)</source>
        <translation>按原样导入不合常理的数据（我已核对）</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.csv *.txt)</source>
        <translation>表格文件 (*.xlsx *.xlsm *.xls *.csv *.txt)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <source>Sheet %1, header on row %2</source>
        <translation>工作表 %1，表头在第 %2 行</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Name in file</source>
        <translation>文件中的姓名</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>在职期间</translation>
    </message>
    <message>
        <source>Why it needs a look</source>
        <translation>需要核对的原因</translation>
    </message>
    <message>
        <source>Not in roster (%1)</source>
        <translation>不在花名册（%1）</translation>
    </message>
    <message>
        <source>To confirm (%1)</source>
        <translation>待确认 (%1)</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>错误（%1）</translation>
    </message>
    <message>
        <source>Month %1: %2 agents</source>
        <translation>%1 月份：%2 名员工</translation>
    </message>
    <message>
        <source>%1 not in the roster</source>
        <translation>%1 个工号不在花名册</translation>
    </message>
    <message>
        <source>replaces the %1 agents&apos; figures already imported for this month</source>
        <translation>将替换本月已导入的 %1 名员工数据</translation>
    </message>
    <message>
        <source>%1 rows to confirm</source>
        <translation>%1 行待确认</translation>
    </message>
    <message>
        <source>several sheets look like KPIs: choose one</source>
        <translation>有多个工作表像是绩效数据：请选择一个</translation>
    </message>
    <message>
        <source>%1 errors: fix them in the file (or choose the month) and load it again; nothing is imported while any remain</source>
        <translation>%1 处错误：请在文件中改正（或选择月份）后重新载入；有错误时不会导入任何数据</translation>
    </message>
    <message>
        <source>(the first %1 are listed)</source>
        <translation>（仅列出前 %1 条）</translation>
    </message>
    <message>
        <source>Replace %1 and import</source>
        <translation>替换 %1 并导入</translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation>百分点</translation>
    </message>
    <message>
        <source>fractions</source>
        <translation>小数</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>That month was already imported</source>
        <translation>该月份的数据已经导入过</translation>
    </message>
    <message>
        <source>Some employee numbers are not in the roster</source>
        <translation>部分工号不在花名册中</translation>
    </message>
    <message>
        <source>The file does not say which month it is; choose the month before importing</source>
        <translation>文件里没有写明月份；请先选择月份再导入</translation>
    </message>
    <message>
        <source>The file holds more than one month; import one month at a time</source>
        <translation>文件包含多个月份的数据；请每次导入一个月</translation>
    </message>
    <message>
        <source>This row is for a different month than the one chosen</source>
        <translation>这一行的月份与所选月份不一致</translation>
    </message>
    <message>
        <source>Not a valid month</source>
        <translation>不是有效的月份</translation>
    </message>
    <message>
        <source>No KPI columns found (e.g. 接通量, 满意度)</source>
        <translation>没有找到绩效指标列（如 接通量、满意度）</translation>
    </message>
    <message>
        <source>Value out of range</source>
        <translation>数值超出合理范围</translation>
    </message>
    <message>
        <source>The file has no rows to import</source>
        <translation>文件中没有可导入的数据行</translation>
    </message>
    <message>
        <source>No KPI figures for this agent in that month</source>
        <translation>该员工当月没有绩效数据</translation>
    </message>
    <message>
        <source>The scheme cannot be saved</source>
        <translation>评分方案无法保存</translation>
    </message>
    <message>
        <source>A scheme needs at least one metric</source>
        <translation>评分方案至少需要一个指标</translation>
    </message>
    <message>
        <source>Each metric may appear only once</source>
        <translation>每个指标只能出现一次</translation>
    </message>
    <message>
        <source>Weights must add up to 100</source>
        <translation>权重之和必须为 100</translation>
    </message>
    <message>
        <source>Weights cannot be negative</source>
        <translation>权重不能为负数</translation>
    </message>
    <message>
        <source>Targets must be above zero</source>
        <translation>目标值必须大于 0</translation>
    </message>
    <message>
        <source>The cap must be at least 1</source>
        <translation>封顶分至少为 1</translation>
    </message>
    <message>
        <source>Grade lines must rise: Pass &lt; Good &lt; Excellent</source>
        <translation>等级线必须逐级升高：合格 &lt; 良好 &lt; 优秀</translation>
    </message>
    <message>
        <source>Already recorded as service star for that month</source>
        <translation>该员工已是当月的服务之星</translation>
    </message>
    <message>
        <source>This appeal was already decided</source>
        <translation>该申诉已经处理过</translation>
    </message>
</context>
<context>
    <name>PerformancePage</name>
    <message>
        <source>All roles</source>
        <translation>全部岗位</translation>
    </message>
    <message>
        <source>Search name or employee no.</source>
        <translation>搜索姓名或工号</translation>
    </message>
    <message>
        <source>Import KPIs…</source>
        <translation>导入绩效数据…</translation>
    </message>
    <message>
        <source>Scoring schemes…</source>
        <translation>评分方案…</translation>
    </message>
    <message>
        <source>Publish the month…</source>
        <translation>绩效公示…</translation>
    </message>
    <message>
        <source>No KPI figures yet. Import the platform&apos;s monthly export (.xlsx or .csv).</source>
        <translation>还没有绩效数据。请导入平台导出的月度绩效表（.xlsx 或 .csv）。</translation>
    </message>
    <message>
        <source>Why this grade?</source>
        <translation>等级说明</translation>
    </message>
    <message>
        <source>File an appeal…</source>
        <translation>登记申诉…</translation>
    </message>
    <message>
        <source>Service star…</source>
        <translation>评选服务之星…</translation>
    </message>
    <message>
        <source>Decide appeal…</source>
        <translation>处理申诉…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Appeals this month</source>
        <translation>本月申诉</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>绩效回顾</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>On record → asked</source>
        <translation>记录值 → 主张值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>%1 agents</source>
        <translation>共 %1 人</translation>
    </message>
    <message>
        <source>Service star: %1</source>
        <translation>服务之星：%1</translation>
    </message>
    <message>
        <source>Most improved: %1</source>
        <translation>改进之星：%1</translation>
    </message>
    <message>
        <source>Performance %1: %2 of %3 agents shown</source>
        <translation>绩效 %1：显示 %2 / %3 人</translation>
    </message>
    <message>
        <source>Select an agent to see their 12-month trend.</source>
        <translation>在表格中选中一名员工，查看近 12 个月走势。</translation>
    </message>
    <message>
        <source>Select an agent in the table.</source>
        <translation>请在表格中选中一名员工。</translation>
    </message>
    <message>
        <source>%1: score over 12 months</source>
        <translation>%1 近 12 个月得分</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Team average</source>
        <translation>班组平均</translation>
    </message>
    <message>
        <source>No scores in these 12 months.</source>
        <translation>近 12 个月没有得分记录。</translation>
    </message>
    <message>
        <source>Could not complete</source>
        <translation>无法完成</translation>
    </message>
    <message>
        <source>%1: %2 %3 → %4 %5</source>
        <translation>%1：%2 %3 → %4 %5</translation>
    </message>
</context>
<context>
    <name>PerformanceTableModel</name>
    <message>
        <source>Handled</source>
        <translation>接通量</translation>
    </message>
    <message>
        <source>Answer rate</source>
        <translation>接通率</translation>
    </message>
    <message>
        <source>AHT</source>
        <translation>平均处理时长</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应时长</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>FCR</source>
        <translation>一次解决率</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>投诉率</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>质检分</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Floor rule</source>
        <translation>触发底线</translation>
    </message>
    <message>
        <source>Open appeals</source>
        <translation>待处理申诉</translation>
    </message>
    <message>
        <source>Service star this month</source>
        <translation>本月服务之星</translation>
    </message>
</context>
<context>
    <name>PerformanceWords</name>
    <message>
        <source>Handled</source>
        <translation>接通量</translation>
    </message>
    <message>
        <source>Avg handle time</source>
        <translation>平均处理时长</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>响应时长</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>一次解决率</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉量</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>投诉率</translation>
    </message>
    <message>
        <source>QA score</source>
        <translation>质检分</translation>
    </message>
    <message>
        <source>Attendance/adherence</source>
        <translation>出勤/遵从率</translation>
    </message>
    <message>
        <source>Inbound calls</source>
        <translation>呼入量</translation>
    </message>
    <message>
        <source>Answer rate</source>
        <translation>接通率</translation>
    </message>
    <message>
        <source>Training pass rate</source>
        <translation>培训考核通过率</translation>
    </message>
    <message>
        <source>Peer help</source>
        <translation>帮助同事次数</translation>
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
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>Against target</source>
        <translation>对比目标</translation>
    </message>
    <message>
        <source>Rank in team</source>
        <translation>组内排名</translation>
    </message>
    <message>
        <source>above</source>
        <translation>高于</translation>
    </message>
    <message>
        <source>below</source>
        <translation>低于</translation>
    </message>
    <message>
        <source>Top score</source>
        <translation>得分最高</translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation>主管提名</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>floor rule: %1</source>
        <translation>触发底线：%1</translation>
    </message>
</context>
<context>
    <name>PublishAction</name>
    <message>
        <source>Save the published results</source>
        <translation>保存绩效公示工作簿</translation>
    </message>
    <message>
        <source>published_%1.xlsx</source>
        <translation>绩效公示_%1.xlsx</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>绩效公示已生成</translation>
    </message>
</context>
<context>
    <name>PublishText</name>
    <message>
        <source>all stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>%1 · %2 (version %3)</source>
        <translation>%1 · %2（第 %3 版）</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Grade lines</source>
        <translation>等级线</translation>
    </message>
    <message>
        <source>Excellent ≥ %1, Good ≥ %2, Pass ≥ %3</source>
        <translation>优秀 ≥ %1，良好 ≥ %2，合格 ≥ %3</translation>
    </message>
    <message>
        <source>Floor rule</source>
        <translation>底线</translation>
    </message>
    <message>
        <source>%1 %2: the grade is at most %3</source>
        <translation>%1 %2：等级最高为%3</translation>
    </message>
    <message>
        <source>Score %1, %2</source>
        <translation>得分 %1，%2</translation>
    </message>
    <message>
        <source>; %1 %2 is %3 the floor line %4, so at most %5</source>
        <translation>；%1 %2 %3底线 %4，等级封顶为%5</translation>
    </message>
    <message>
        <source>; most points from %1 (%2)</source>
        <translation>；得分最多的是%1（%2）</translation>
    </message>
    <message>
        <source>Bring %1 back within %2 and the grade is %3</source>
        <translation>把%1控制在 %2 以内即为%3</translation>
    </message>
    <message>
        <source>Top grade; %1 points above its line</source>
        <translation>已是最高等级，高出等级线 %1 分</translation>
    </message>
    <message>
        <source>%1 more points for %2</source>
        <translation>再得 %1 分可达%2</translation>
    </message>
    <message>
        <source>, e.g. %1 at %2</source>
        <translation>，例如%1达到 %2</translation>
    </message>
    <message>
        <source>; and %1 back within %2</source>
        <translation>；并需把%1控制在 %2 以内</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Schemes</source>
        <translation>考核方案</translation>
    </message>
    <message>
        <source>Our team</source>
        <translation>本团队</translation>
    </message>
    <message>
        <source>%1 · scoring schemes in force for %2</source>
        <translation>%1 · %2 考核方案公示</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>考核方案</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>适用人数</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Target / line</source>
        <translation>目标 / 线</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>A figure missing for an agent shares its weight out over the others.</source>
        <translation>某项指标缺数据时，其权重按比例分配给其他指标。</translation>
    </message>
    <message>
        <source>A stage without a scheme of its own is scored by the role&apos;s scheme.</source>
        <translation>没有单独方案的司龄阶段按岗位方案计分。</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>等级公示</translation>
    </message>
    <message>
        <source>%1 · grades for %2</source>
        <translation>%1 · %2 绩效等级公示</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>For the next band</source>
        <translation>晋级所需</translation>
    </message>
    <message>
        <source>Questions about a figure? Talk to your supervisor or file an appeal within 5 working days.</source>
        <translation>对数据有疑问？请与主管沟通，或在5个工作日内提出申诉。</translation>
    </message>
</context>
<context>
    <name>SchemeDialog</name>
    <message>
        <source>Scoring schemes</source>
        <translation>绩效评分方案</translation>
    </message>
    <message>
        <source>Rescore %1?</source>
        <translation>重算 %1？</translation>
    </message>
    <message>
        <source>Rescore %1 with the new scheme? Other months keep the version they were scored with.</source>
        <translation>用新方案重算 %1 的绩效吗？其他月份保留原来计算时所用的方案版本。</translation>
    </message>
</context>
<context>
    <name>SchemeEditor</name>
    <message>
        <source>All stages (the role&apos;s scheme)</source>
        <translation>全部阶段（岗位方案）</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>计分方式</translation>
    </message>
    <message>
        <source>Cap (points)</source>
        <translation>封顶分</translation>
    </message>
    <message>
        <source>%1 from</source>
        <translation>%1 ≥</translation>
    </message>
    <message>
        <source>Floor rules: whatever the score, the grade is at most…</source>
        <translation>底线机制：无论得分多少，等级最高为…</translation>
    </message>
    <message>
        <source>caps at</source>
        <translation>等级封顶为</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Tenure stage</source>
        <translation>司龄阶段</translation>
    </message>
    <message>
        <source>Grade lines</source>
        <translation>等级线</translation>
    </message>
    <message>
        <source>No scheme of its own: scored by the role&apos;s scheme. Change it and save to give this stage its own.</source>
        <translation>本阶段没有单独方案：按岗位方案计分。修改并保存即为本阶段建立单独方案。</translation>
    </message>
    <message>
        <source>In force: version %1 (%2)</source>
        <translation>当前生效：第 %1 版（%2）</translation>
    </message>
    <message>
        <source>This stage&apos;s agents are scored by the role&apos;s scheme (see all stages).</source>
        <translation>本阶段员工按岗位方案计分（见“全部阶段”）。</translation>
    </message>
    <message>
        <source>Applies this month to %1 agents: %2</source>
        <translation>本月适用 %1 人：%2</translation>
    </message>
    <message>
        <source>Applies this month to nobody.</source>
        <translation>本月没有适用的员工。</translation>
    </message>
    <message>
        <source>Weights add up to %1%</source>
        <translation>权重合计 %1%</translation>
    </message>
    <message>
        <source>Scheme not saved</source>
        <translation>方案未保存</translation>
    </message>
</context>
<context>
    <name>StarDialog</name>
    <message>
        <source>Service star for %1</source>
        <translation>%1 服务之星</translation>
    </message>
    <message>
        <source>Suggested: the best score graded Excellent with no floor rule applied.</source>
        <translation>推荐：评为优秀且未触发底线的员工中得分最高者。</translation>
    </message>
    <message>
        <source>Nobody was graded Excellent this month; nominate someone.</source>
        <translation>本月没有人评为优秀，可由主管提名。</translation>
    </message>
    <message>
        <source>What they did, in a sentence the team will hear</source>
        <translation>一句话说明事迹，会在团队中宣读</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>表彰理由</translation>
    </message>
</context>
<context>
    <name>ThisWeek</name>
    <message>
        <source>Hold an improvement plan (within 7 days)</source>
        <translation>进行改进计划面谈（7天内）</translation>
    </message>
</context>
<context>
    <name>ThisWeekActions</name>
    <message>
        <source>Hold improvement plan</source>
        <translation>记录改进计划</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Performance</source>
        <translation>绩效</translation>
    </message>
    <message>
        <source>Monthly grade: excellent</source>
        <translation>月度绩效：优秀</translation>
    </message>
    <message>
        <source>Monthly grade: good</source>
        <translation>月度绩效：良好</translation>
    </message>
    <message>
        <source>Monthly grade: pass</source>
        <translation>月度绩效：合格</translation>
    </message>
    <message>
        <source>Monthly grade: needs improvement</source>
        <translation>月度绩效：待改进</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>提出绩效申诉</translation>
    </message>
    <message>
        <source>Appeal pending</source>
        <translation>申诉待处理</translation>
    </message>
    <message>
        <source>Appeal accepted</source>
        <translation>申诉已采纳</translation>
    </message>
    <message>
        <source>Appeal rejected</source>
        <translation>申诉未采纳</translation>
    </message>
    <message>
        <source>Service star of the month</source>
        <translation>当月服务之星</translation>
    </message>
</context>
</TS>
