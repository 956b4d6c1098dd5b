<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionItemRowWidget</name>
    <message>
        <source>e.g. listen back to three calls about refunds</source>
        <translation>例如：复听三通退款来电录音</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>KPI dimension…</source>
        <translation>针对指标…</translation>
    </message>
</context>
<context>
    <name>ActionItemsTab</name>
    <message>
        <source>Done %1</source>
        <translation>%1 完成</translation>
    </message>
    <message>
        <source>Overdue %1 days</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>行动项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Show done items</source>
        <translation>显示已完成</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>View profile</source>
        <translation>查看档案</translation>
    </message>
    <message>
        <source>%1 open · %2 overdue</source>
        <translation>进行中 %1 项 · 已逾期 %2 项</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Coaching</source>
        <translation>辅导</translation>
    </message>
</context>
<context>
    <name>CadenceTab</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Last 1:1</source>
        <translation>上次一对一</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>间隔天数</translation>
    </message>
    <message>
        <source>Next 1:1 due</source>
        <translation>下次应谈日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Record a 1:1</source>
        <translation>记录一对一</translation>
    </message>
    <message>
        <source>View profile</source>
        <translation>查看档案</translation>
    </message>
    <message>
        <source>%1 of %2 agents are overdue for a 1:1 (more than %3 days)</source>
        <translation>%2 名在职坐席中有 %1 名一对一已逾期（超过 %3 天）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
</context>
<context>
    <name>CaseLibrary</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
</context>
<context>
    <name>CaseLibraryTab</name>
    <message>
        <source>Search cases: 投诉, 退款, 情绪安抚 … (several words: all must match)</source>
        <translation>搜索案例：投诉、退款、情绪安抚……（多个词须同时匹配）</translation>
    </message>
    <message>
        <source>New case review</source>
        <translation>新建案例解剖</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>全部主题</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>共 %1 个案例</translation>
    </message>
    <message>
        <source>No case matches. Try a shorter word, or another topic.</source>
        <translation>没有匹配的案例。试试更短的词，或换个主题。</translation>
    </message>
    <message>
        <source>No case reviews yet. Record one after the weekly case meeting.</source>
        <translation>还没有案例。每周案例解剖会后记一笔吧。</translation>
    </message>
</context>
<context>
    <name>CoachingActions</name>
    <message>
        <source>left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Could not open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>Agent&apos;s own view</source>
        <translation>坐席自己的看法</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>行动项</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 截止</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>%1 已完成</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
</context>
<context>
    <name>CoachingLabels</name>
    <message>
        <source>1:1</source>
        <translation>一对一</translation>
    </message>
    <message>
        <source>Case review</source>
        <translation>案例解剖</translation>
    </message>
    <message>
        <source>QA feedback</source>
        <translation>质检反馈</translation>
    </message>
    <message>
        <source>Real-time intervention</source>
        <translation>实时介入</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>改进计划</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>做得好的</translation>
    </message>
    <message>
        <source>To improve</source>
        <translation>待改进</translation>
    </message>
    <message>
        <source>Customer&apos;s real need</source>
        <translation>客户真正的需求</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>哪里做得好</translation>
    </message>
    <message>
        <source>What could be better</source>
        <translation>哪里可以更好</translation>
    </message>
    <message>
        <source>1 · very low</source>
        <translation>1 · 很低落</translation>
    </message>
    <message>
        <source>2 · low</source>
        <translation>2 · 低落</translation>
    </message>
    <message>
        <source>3 · steady</source>
        <translation>3 · 平稳</translation>
    </message>
    <message>
        <source>4 · good</source>
        <translation>4 · 不错</translation>
    </message>
    <message>
        <source>5 · great</source>
        <translation>5 · 很好</translation>
    </message>
</context>
<context>
    <name>CoachingPage</name>
    <message>
        <source>Sessions</source>
        <translation>辅导记录</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>行动项</translation>
    </message>
    <message>
        <source>1:1 cadence</source>
        <translation>一对一节奏</translation>
    </message>
    <message>
        <source>Case library</source>
        <translation>案例库</translation>
    </message>
    <message>
        <source>Improvement plans</source>
        <translation>改进计划</translation>
    </message>
</context>
<context>
    <name>CoachingSettingsTab</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>An agent with no 1:1 for longer than this is shown as overdue in the roster, on the coaching page and in This week. Weekly 1:1s with a week&apos;s slack: 14 days.</source>
        <translation>超过这个天数没有一对一沟通的坐席，会在花名册、辅导页和本周待办中标为逾期。每周一次、留一周余量，即 14 天。</translation>
    </message>
    <message>
        <source>1:1 overdue after</source>
        <translation>一对一逾期天数</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The session date cannot be in the future</source>
        <translation>辅导日期不能晚于今天</translation>
    </message>
    <message>
        <source>Mood is from 1 to 5</source>
        <translation>状态请在 1 到 5 之间选择</translation>
    </message>
    <message>
        <source>A case review needs a title, so it can be found later</source>
        <translation>案例需要一个标题，方便日后查找</translation>
    </message>
    <message>
        <source>Write down at least what was discussed</source>
        <translation>请至少写下聊了什么</translation>
    </message>
    <message>
        <source>A topic can have at most 12 characters</source>
        <translation>每个主题最多 12 个字</translation>
    </message>
    <message>
        <source>An action item needs a description</source>
        <translation>行动项需要写明做什么</translation>
    </message>
    <message>
        <source>An action item needs an owner</source>
        <translation>行动项需要负责人</translation>
    </message>
    <message>
        <source>An action item cannot be due before the session</source>
        <translation>行动项的截止日期不能早于辅导日期</translation>
    </message>
    <message>
        <source>An action item cannot be done before the session</source>
        <translation>行动项的完成日期不能早于辅导日期</translation>
    </message>
    <message>
        <source>Choose an agent from the roster</source>
        <translation>请从花名册中选择坐席</translation>
    </message>
    <message>
        <source>Choose between 1 and 90 days</source>
        <translation>请填写 1 到 90 天</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Edit coaching session</source>
        <translation>编辑辅导记录</translation>
    </message>
    <message>
        <source>New coaching session</source>
        <translation>新建辅导记录</translation>
    </message>
    <message>
        <source>A short subject, e.g. refund delayed, customer escalated</source>
        <translation>简短主题，例如：退款延迟、客户升级投诉</translation>
    </message>
    <message>
        <source>Topics, separated by commas: 投诉, 退款</source>
        <translation>主题，用逗号或顿号分隔：投诉、退款</translation>
    </message>
    <message>
        <source>Agent *</source>
        <translation>坐席 *</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>日期 *</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Agent&apos;s own view</source>
        <translation>坐席自己的看法</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>案例主题</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>添加行动项</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>行动项</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Case title *</source>
        <translation>案例标题 *</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>未完成行动项</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Filter by agent name or employee no.</source>
        <translation>按姓名或工号筛选</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新建辅导</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>View profile</source>
        <translation>查看档案</translation>
    </message>
    <message>
        <source>No coaching sessions yet. Record a 1:1 to start.</source>
        <translation>还没有辅导记录。从一次一对一开始吧。</translation>
    </message>
    <message>
        <source>Select a session to read it in full.</source>
        <translation>选择一条辅导记录以查看全文。</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>删除辅导记录</translation>
    </message>
    <message>
        <source>Delete the %1 with %2 on %3, with its action items?</source>
        <translation>删除 %3 与 %2 的这次%1及其行动项？</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>无法删除</translation>
    </message>
</context>
<context>
    <name>ThisWeek</name>
    <message>
        <source>1:1 due</source>
        <translation>一对一到期</translation>
    </message>
    <message>
        <source>Action item due</source>
        <translation>行动项到期</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Coaching</source>
        <translation>辅导</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>一对一</translation>
    </message>
    <message>
        <source>Case review</source>
        <translation>案例解剖</translation>
    </message>
    <message>
        <source>QA feedback</source>
        <translation>质检反馈</translation>
    </message>
    <message>
        <source>Real-time intervention</source>
        <translation>实时介入</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>改进计划</translation>
    </message>
    <message>
        <source>Action item done</source>
        <translation>行动项完成</translation>
    </message>
</context>
</TS>
