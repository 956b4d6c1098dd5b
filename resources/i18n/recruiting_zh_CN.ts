<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Areas</name>
    <message>
        <source>Recruiting</source>
        <translation>招聘面试</translation>
    </message>
</context>
<context>
    <name>CalibrationView</name>
    <message>
        <source>Interviewer</source>
        <translation>面试官</translation>
    </message>
    <message>
        <source>Gap = the interviewer&apos;s mean minus the other interviewers&apos; mean on the same candidates, with its 95% interval. Lenient or harsh only when the gap is at least %1 points, its interval excludes 0 and they shared %2 or more candidates. Both spreads are standard deviations of individual interviewers&apos; scores, so they can be compared.</source>
        <translation>差值 = 该面试官的平均分减去其他面试官对同一批候选人的平均分，方括号内为 95% 区间。只有当差值至少 %1 分、区间不含 0、且共同面试过 %2 名或以上候选人时，才判定为偏松或偏严。两列离散度都是单个面试官打分的标准差，可以直接比较。</translation>
    </message>
    <message>
        <source>Overall (weighted total)</source>
        <translation>总览（加权总分）</translation>
    </message>
    <message>
        <source>No candidate has been scored by two interviewers yet.</source>
        <translation>还没有候选人被两位及以上面试官评过分。</translation>
    </message>
    <message>
        <source>On the weighted total: %1</source>
        <translation>按加权总分看：%1</translation>
    </message>
    <message>
        <source>No interviewer stands out from the panel on the weighted total.</source>
        <translation>按加权总分看，没有面试官明显偏松或偏严。</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Shared candidates (n)</source>
        <translation>共同候选人（n）</translation>
    </message>
    <message>
        <source>Own mean</source>
        <translation>本人均分</translation>
    </message>
    <message>
        <source>Own spread</source>
        <translation>本人离散度</translation>
    </message>
    <message>
        <source>Panel mean</source>
        <translation>其他面试官均分</translation>
    </message>
    <message>
        <source>Panel spread</source>
        <translation>其他面试官离散度</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差值</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>加权总分</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <source>Edit candidate</source>
        <translation>编辑候选人</translation>
    </message>
    <message>
        <source>Add candidate</source>
        <translation>新增候选人</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Applied role *</source>
        <translation>应聘岗位 *</translation>
    </message>
    <message>
        <source>Source channel *</source>
        <translation>来源渠道 *</translation>
    </message>
    <message>
        <source>Applied on *</source>
        <translation>投递日期 *</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>投递日期</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>评估表</translation>
    </message>
    <message>
        <source>Average total</source>
        <translation>平均总分</translation>
    </message>
    <message>
        <source>Knock-out</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>CandidateView</name>
    <message>
        <source>Enter scorecard…</source>
        <translation>录入评估表…</translation>
    </message>
    <message>
        <source>Not passed…</source>
        <translation>未通过…</translation>
    </message>
    <message>
        <source>Withdrew…</source>
        <translation>放弃…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Hire…</source>
        <translation>录用…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Choose a candidate on the left, or add one.</source>
        <translation>请在左侧选择候选人，或新增一位。</translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>%1 投递</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>当前阶段：%1</translation>
    </message>
    <message>
        <source>Hired as %1 %2 (%3) — open the agent</source>
        <translation>已录用为 %1 %2（%3）— 查看员工</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>进入：%1</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>流程记录：%1</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Earlier hires
(n=%1)</source>
        <translation>此前录用者
（n=%1）</translation>
    </message>
    <message>
        <source>Template version %1</source>
        <translation>评估表第 %1 版</translation>
    </message>
    <message>
        <source>Knock-out</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>加权总分</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>推荐意见</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>The radar appears once three or more dimensions are scored.</source>
        <translation>评分维度达到三个及以上后显示雷达图。</translation>
    </message>
    <message>
        <source>This candidate</source>
        <translation>该候选人</translation>
    </message>
    <message>
        <source>Earlier hires (n=%1)</source>
        <translation>此前录用者（n=%1）</translation>
    </message>
    <message>
        <source>Averages across interviewers and rounds, on the 1–5 scale.</source>
        <translation>各轮次、各面试官的平均分（1–5 分）。</translation>
    </message>
</context>
<context>
    <name>DimensionEditor</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Knock-out below</source>
        <translation>一票否决：低于</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>考察要点</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 分</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This candidate&apos;s process is closed</source>
        <translation>该候选人的流程已结束</translation>
    </message>
    <message>
        <source>This candidate has already been hired</source>
        <translation>该候选人已被录用</translation>
    </message>
    <message>
        <source>Applied date cannot be in the future</source>
        <translation>投递日期不能晚于今天</translation>
    </message>
    <message>
        <source>Interview date cannot be in the future</source>
        <translation>面试日期不能晚于今天</translation>
    </message>
    <message>
        <source>Every dimension needs a score from 1 to 5</source>
        <translation>每个维度都要打 1–5 分</translation>
    </message>
    <message>
        <source>A score is for a dimension not in this template</source>
        <translation>有评分不属于该评估表的维度</translation>
    </message>
    <message>
        <source>Give the reason for the rejection</source>
        <translation>请填写未通过的原因</translation>
    </message>
    <message>
        <source>Use Hire to hire a candidate</source>
        <translation>请通过“录用”来录用候选人</translation>
    </message>
    <message>
        <source>A template needs at least one dimension</source>
        <translation>评估表至少需要一个维度</translation>
    </message>
    <message>
        <source>Two dimensions have the same name</source>
        <translation>有两个维度同名</translation>
    </message>
    <message>
        <source>Weights cannot be negative</source>
        <translation>权重不能为负数</translation>
    </message>
    <message>
        <source>At least one dimension needs a weight above zero</source>
        <translation>至少要有一个维度的权重大于 0</translation>
    </message>
    <message>
        <source>A knock-out floor must be between 2 and 5</source>
        <translation>一票否决线须在 2 到 5 分之间</translation>
    </message>
    <message>
        <source>Each dimension needs five scale descriptions</source>
        <translation>每个维度需要五档行为描述</translation>
    </message>
</context>
<context>
    <name>PredictionView</name>
    <message>
        <source>Too few to tell</source>
        <translation>样本太少，暂无结论</translation>
    </message>
    <message>
        <source>Weak: higher scores did better</source>
        <translation>弱关联：分越高绩效越好</translation>
    </message>
    <message>
        <source>Clear: higher scores did better</source>
        <translation>明显关联：分越高绩效越好</translation>
    </message>
    <message>
        <source>Weak: higher scores did worse</source>
        <translation>弱关联：分越高绩效反而越差</translation>
    </message>
    <message>
        <source>Clear: higher scores did worse</source>
        <translation>明显关联：分越高绩效反而越差</translation>
    </message>
    <message>
        <source>Weak: higher scores stayed more</source>
        <translation>弱关联：分越高越留得住</translation>
    </message>
    <message>
        <source>Clear: higher scores stayed more</source>
        <translation>明显关联：分越高越留得住</translation>
    </message>
    <message>
        <source>Weak: higher scores left more</source>
        <translation>弱关联：分越高反而越易离开</translation>
    </message>
    <message>
        <source>Clear: higher scores left more</source>
        <translation>明显关联：分越高反而越易离开</translation>
    </message>
    <message>
        <source>%1-day retention by weighted total</source>
        <translation>按加权总分分段的 %1 天留存</translation>
    </message>
    <message>
        <source>Each dimension and staying %1 days (point-biserial r)</source>
        <translation>各维度与 %1 天留存的关联（点二列相关 r）</translation>
    </message>
    <message>
        <source>Each dimension and the first quarter&apos;s KPI score</source>
        <translation>各维度与入职首季度绩效分的关联</translation>
    </message>
    <message>
        <source>Not enough evidence yet (n = %1)</source>
        <translation>证据还不够（n = %1）</translation>
    </message>
    <message>
        <source>Counted: hires linked to their scorecards whose first %1 days are over. Scores are averages over every interviewer and round. r runs from −1 to 1; 0 means no link. A link is named only when its 95% interval (in brackets, the bar&apos;s whisker) excludes 0, and never below n=%2. A link is not proof of cause: use it to question the scorecard, not to judge a person.</source>
        <translation>统计对象：已关联面试评分表、且入职已满 %1 天的员工。分数为所有面试官、各轮的平均。r 取值 −1 到 1，0 表示无关联。只有当 95% 区间（方括号内，即条形上的误差线）不含 0 时才判定为有关联，且 n 少于 %2 时不下结论。关联不等于因果：用它来检视评分表，而不是评判某个人。</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>加权总分</translation>
    </message>
    <message>
        <source>%1 hires can be judged (joined at least %2 days ago); %3 of them stayed past day %2.</source>
        <translation>可判断的录用者 %1 人（入职已满 %2 天），其中 %3 人留过了第 %2 天。</translation>
    </message>
    <message>
        <source>%1 more are still in their first %2 days.</source>
        <translation>另有 %1 人入职未满 %2 天。</translation>
    </message>
    <message>
        <source>Too few to tell yet: at least %1 are needed.</source>
        <translation>样本太少，暂无结论：至少需要 %1 人。</translation>
    </message>
    <message>
        <source>Hires (n)</source>
        <translation>录用人数（n）</translation>
    </message>
    <message>
        <source>Stayed</source>
        <translation>留存人数</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存率</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean of those who stayed</source>
        <translation>留下者均分</translation>
    </message>
    <message>
        <source>Mean of those who left</source>
        <translation>离开者均分</translation>
    </message>
    <message>
        <source>Only complete first quarters count: the three full months after the hire month, all scored. Hires whose quarter is still running are left out until it is complete.</source>
        <translation>只统计完整的首季度：入职当月之后的三个完整月份都已有绩效分。首季度尚未结束的新人暂不计入，待完整后再纳入。</translation>
    </message>
    <message>
        <source>Link with staying %1 days (r, 95% interval)</source>
        <translation>与留任 %1 天的关联（r，95% 区间）</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>解读</translation>
    </message>
    <message>
        <source>r [95% interval]</source>
        <translation>r [95% 区间]</translation>
    </message>
    <message>
        <source>Appears once monthly KPI scores are recorded for new hires.</source>
        <translation>录入新员工的月度绩效后，这里会显示。</translation>
    </message>
</context>
<context>
    <name>RecruitingLabels</name>
    <message>
        <source>Campus</source>
        <translation>校招</translation>
    </message>
    <message>
        <source>Open market</source>
        <translation>社招</translation>
    </message>
    <message>
        <source>Employee referral</source>
        <translation>内推</translation>
    </message>
    <message>
        <source>Labour dispatch</source>
        <translation>劳务派遣</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已投递</translation>
    </message>
    <message>
        <source>HR screening</source>
        <translation>HR初筛</translation>
    </message>
    <message>
        <source>Supervisor interview</source>
        <translation>业务主管面</translation>
    </message>
    <message>
        <source>Veteran interview</source>
        <translation>老员工面</translation>
    </message>
    <message>
        <source>Offer intended</source>
        <translation>录用意向</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>已录用</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>HR screening round</source>
        <translation>HR 初筛</translation>
    </message>
    <message>
        <source>Supervisor round</source>
        <translation>业务主管</translation>
    </message>
    <message>
        <source>Veteran round</source>
        <translation>老员工</translation>
    </message>
    <message>
        <source>Strongly recommend</source>
        <translation>强烈推荐</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Do not recommend</source>
        <translation>不推荐</translation>
    </message>
    <message>
        <source>Strongly against</source>
        <translation>强烈不推荐</translation>
    </message>
    <message>
        <source>Too few to tell</source>
        <translation>样本太少</translation>
    </message>
    <message>
        <source>In line with the panel</source>
        <translation>与其他面试官一致</translation>
    </message>
    <message>
        <source>Lenient</source>
        <translation>偏松</translation>
    </message>
    <message>
        <source>Harsh</source>
        <translation>偏严</translation>
    </message>
</context>
<context>
    <name>RecruitingPage</name>
    <message>
        <source>Search name or phone</source>
        <translation>搜索姓名或电话</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>全部岗位</translation>
    </message>
    <message>
        <source>Add candidate</source>
        <translation>新增候选人</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Scorecard templates</source>
        <translation>标准化评估表</translation>
    </message>
    <message>
        <source>Interviewer calibration</source>
        <translation>面试官校准</translation>
    </message>
    <message>
        <source>Does the interview predict retention?</source>
        <translation>面试能预测留存吗？</translation>
    </message>
    <message>
        <source>Template saved as a new version</source>
        <translation>评估表已另存为新版本</translation>
    </message>
    <message>
        <source>Everyone (%1)</source>
        <translation>全部（%1）</translation>
    </message>
    <message>
        <source>In process (%1)</source>
        <translation>进行中（%1）</translation>
    </message>
    <message>
        <source>Showing %1 of %2 candidates</source>
        <translation>显示 %1 / %2 名候选人</translation>
    </message>
    <message>
        <source>Could not complete</source>
        <translation>无法完成</translation>
    </message>
    <message>
        <source>Scorecard saved for %1</source>
        <translation>已保存 %1 的评估表</translation>
    </message>
    <message>
        <source>Knock-out: %1</source>
        <translation>一票否决：%1</translation>
    </message>
    <message>
        <source>Communication not clear enough</source>
        <translation>沟通表达不够清晰</translation>
    </message>
    <message>
        <source>Weak service attitude</source>
        <translation>服务意识不足</translation>
    </message>
    <message>
        <source>Scenario role-play handled poorly</source>
        <translation>情景模拟处理欠佳</translation>
    </message>
    <message>
        <source>Poor fit with the team</source>
        <translation>团队融合度低</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Why did %1 not pass?</source>
        <translation>%1 未通过的原因？</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Why did %1 withdraw? (optional)</source>
        <translation>%1 放弃的原因？（可不填）</translation>
    </message>
    <message>
        <source>Salary expectations</source>
        <translation>薪资期望不匹配</translation>
    </message>
    <message>
        <source>Took another offer</source>
        <translation>已接受其他 offer</translation>
    </message>
    <message>
        <source>Commute too long</source>
        <translation>通勤距离太远</translation>
    </message>
    <message>
        <source>Shift work</source>
        <translation>不接受倒班</translation>
    </message>
    <message>
        <source>Hire %1 — the new agent</source>
        <translation>录用 %1 — 新员工信息</translation>
    </message>
    <message>
        <source>%1 hired and added to the roster</source>
        <translation>%1 已录用并加入花名册</translation>
    </message>
</context>
<context>
    <name>ScorecardDialog</name>
    <message>
        <source>Scorecard — %1</source>
        <translation>评估表 — %1</translation>
    </message>
    <message>
        <source>Who interviewed</source>
        <translation>面试官姓名</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>按键 %1</translation>
    </message>
    <message>
        <source>Choose… (keys 1–4)</source>
        <translation>请选择…（按 1–4）</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Interviewer *</source>
        <translation>面试官 *</translation>
    </message>
    <message>
        <source>Interview date *</source>
        <translation>面试日期 *</translation>
    </message>
    <message>
        <source>Scenario used</source>
        <translation>情景模拟题</translation>
    </message>
    <message>
        <source>Scores (1–5) and evidence</source>
        <translation>评分（1–5）与依据</translation>
    </message>
    <message>
        <source>Recommendation *</source>
        <translation>推荐意见 *</translation>
    </message>
    <message>
        <source>Choose a recommendation before saving: nothing is preselected, so it cannot be saved by oversight.</source>
        <translation>请选择推荐意见后再保存：推荐意见不会预先选好，以免漏看时被误存。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>What this level looks like</source>
        <translation>该档行为表现</translation>
    </message>
    <message>
        <source>Evidence (what the candidate said or did)</source>
        <translation>依据（候选人说了什么、做了什么）</translation>
    </message>
    <message>
        <source>knock-out below %1</source>
        <translation>低于 %1 分一票否决</translation>
    </message>
    <message>
        <source>Weighted total: %1 / 5</source>
        <translation>加权总分：%1 / 5</translation>
    </message>
    <message>
        <source>(so far)</source>
        <translation>（未评完）</translation>
    </message>
    <message>
        <source>Knock-out: %1</source>
        <translation>一票否决：%1</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>One scenario per line, e.g. a refund asked after the deadline</source>
        <translation>每行一个情景，例如：客户超出退货期限仍要求退货</translation>
    </message>
    <message>
        <source>Add dimension</source>
        <translation>新增维度</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>另存为新版本</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Scenarios for role-play</source>
        <translation>情景模拟题库</translation>
    </message>
    <message>
        <source>Version %1, saved %2 · %3 versions kept; past scorecards keep theirs</source>
        <translation>第 %1 版，保存于 %2 · 共保留 %3 个版本；已录入的评估表沿用当时的版本</translation>
    </message>
    <message>
        <source>Share of the total: %1</source>
        <translation>占总分比例：%1</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Recruiting</source>
        <translation>招聘</translation>
    </message>
    <message>
        <source>Applied as a candidate</source>
        <translation>投递应聘</translation>
    </message>
    <message>
        <source>HR screening interview</source>
        <translation>HR 初筛面试</translation>
    </message>
    <message>
        <source>Supervisor interview</source>
        <translation>业务主管面试</translation>
    </message>
    <message>
        <source>Veteran interview</source>
        <translation>老员工面试</translation>
    </message>
    <message>
        <source>Hired from recruiting</source>
        <translation>经招聘录用</translation>
    </message>
</context>
</TS>
