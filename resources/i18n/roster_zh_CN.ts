<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgentDialog</name>
    <message>
        <source>Edit agent</source>
        <translation>编辑员工</translation>
    </message>
    <message>
        <source>Add agent</source>
        <translation>新增员工</translation>
    </message>
    <message>
        <source>From out of town (living away from family)</source>
        <translation>外地员工（远离家人独自在此）</translation>
    </message>
    <message>
        <source>Left voluntarily</source>
        <translation>主动离职</translation>
    </message>
    <message>
        <source>Employee no. *</source>
        <translation>工号 *</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <source>Role *</source>
        <translation>岗位 *</translation>
    </message>
    <message>
        <source>Team *</source>
        <translation>班组 *</translation>
    </message>
    <message>
        <source>Hire date *</source>
        <translation>入职日期 *</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>认证等级</translation>
    </message>
    <message>
        <source>Career track</source>
        <translation>职业序列</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Leave date</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Leave reason</source>
        <translation>离职原因</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ErrorModel</name>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
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
        <translation>单元格内容</translation>
    </message>
</context>
<context>
    <name>ExitInterview</name>
    <message>
        <source>Customer service elsewhere</source>
        <translation>其他单位做客服</translation>
    </message>
    <message>
        <source>Another industry</source>
        <translation>其他行业</translation>
    </message>
    <message>
        <source>Study or exams</source>
        <translation>深造或备考</translation>
    </message>
    <message>
        <source>Back to their home town</source>
        <translation>回老家发展</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>回归家庭</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>尚未确定</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>会</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>也许</translation>
    </message>
    <message>
        <source>No</source>
        <translation>不会</translation>
    </message>
</context>
<context>
    <name>ExitInterviewBox</name>
    <message>
        <source>Exit interview (what we can learn from this leave)</source>
        <translation>离职面谈（从这次离职中能学到什么）</translation>
    </message>
    <message>
        <source>Why they are leaving, in their own words</source>
        <translation>离职原因，用员工自己的话</translation>
    </message>
    <message>
        <source>Company or city, if they said</source>
        <translation>去哪家单位或哪个城市（如愿意说）</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>员工原话</translation>
    </message>
    <message>
        <source>Going to</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>Would we rehire?</source>
        <translation>我们愿意再聘用吗？</translation>
    </message>
    <message>
        <source>Would they come back?</source>
        <translation>对方愿意回来吗？</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <source>From out of town</source>
        <translation>外地</translation>
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
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>认证等级</translation>
    </message>
    <message>
        <source>Career track</source>
        <translation>职业序列</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Leave date</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Leave reason</source>
        <translation>离职原因</translation>
    </message>
    <message>
        <source>Left voluntarily</source>
        <translation>主动离职</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ImportWidgets</name>
    <message>
        <source>Columns: how each one is read</source>
        <translation>各列的读取方式</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Words to decide (remembered for next time)</source>
        <translation>待确定的词（下次会记住）</translation>
    </message>
    <message>
        <source>(choose…)</source>
        <translation>（请选择…）</translation>
    </message>
    <message>
        <source>%1 “%2” (rows %3)</source>
        <translation>%1“%2”（第 %3 行）</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>%1 (chosen automatically)</source>
        <translation>%1（自动选择）</translation>
    </message>
    <message>
        <source>(choose a sheet…)</source>
        <translation>（请选择工作表…）</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1（隐藏）</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Hotline</source>
        <translation>热线</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新人</translation>
    </message>
    <message>
        <source>Growing</source>
        <translation>成长</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Before 1980</source>
        <translation>80前</translation>
    </message>
    <message>
        <source>Born 1980s</source>
        <translation>80后</translation>
    </message>
    <message>
        <source>Born 1990–94</source>
        <translation>90后</translation>
    </message>
    <message>
        <source>Born 1995–99</source>
        <translation>95后</translation>
    </message>
    <message>
        <source>Born 2000s</source>
        <translation>00后</translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation>未认证</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation>初级</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>中级</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Senior expert</source>
        <translation>资深专家</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Expert track</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>运营</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离职</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>薪酬</translation>
    </message>
    <message>
        <source>Work pressure</source>
        <translation>工作压力</translation>
    </message>
    <message>
        <source>Career development</source>
        <translation>职业发展</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭原因</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康原因</translation>
    </message>
    <message>
        <source>Further study</source>
        <translation>继续深造</translation>
    </message>
    <message>
        <source>Relocation</source>
        <translation>异地搬迁</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>绩效不达标</translation>
    </message>
    <message>
        <source>Misconduct</source>
        <translation>违纪</translation>
    </message>
    <message>
        <source>Contract ended</source>
        <translation>合同到期</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Mark as left</source>
        <translation>办理离职</translation>
    </message>
    <message>
        <source>%1 (%2) will be marked as left. Nothing is deleted: the history stays.</source>
        <translation>将为 %1（%2）办理离职。不会删除任何数据，历史记录完整保留。</translation>
    </message>
    <message>
        <source>Left voluntarily</source>
        <translation>主动离职</translation>
    </message>
    <message>
        <source>Leave date</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>离职原因</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Cannot undo: this agent&apos;s record was changed again since (perhaps on another page). Nothing was changed; edit the agent instead.</source>
        <translation>无法撤销：该员工的资料此后又被修改过（可能是在其他页面）。未做任何更改，请直接编辑该员工。</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
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
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
</context>
<context>
    <name>RosterCommand</name>
    <message>
        <source>Changed since: %1</source>
        <translation>此后已被改动的项：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import roster</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
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
        <source>Choose an .xlsx, .xls, .csv or .txt file from HQ.</source>
        <translation>选择总部发来的 .xlsx、.xls、.csv 或 .txt 文件。</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.csv *.txt)</source>
        <translation>表格文件 (*.xlsx *.xlsm *.xls *.csv *.txt)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Sheet %1, header on row %2</source>
        <translation>工作表 %1，表头在第 %2 行</translation>
    </message>
    <message>
        <source>%1 new · %2 changed · %3 unchanged · %4 errors</source>
        <translation>新增 %1 · 变更 %2 · 不变 %3 · 错误 %4</translation>
    </message>
    <message>
        <source>(the first %1 are listed)</source>
        <translation>（仅列出前 %1 条）</translation>
    </message>
    <message>
        <source>Several sheets look like a roster: choose one above.</source>
        <translation>有多个工作表像是花名册：请在上方选择一个。</translation>
    </message>
    <message>
        <source>Fix the errors in the file and choose it again: nothing is imported while any remain.</source>
        <translation>请修正文件中的错误后重新选择：存在任何错误时不会导入。</translation>
    </message>
    <message>
        <source>Decide what the words above mean, then import.</source>
        <translation>请先确定上面这些词的含义，再导入。</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>错误 (%1)</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Search name, employee no. or phone</source>
        <translation>搜索姓名、工号或手机号</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>全部岗位</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>All generations</source>
        <translation>全部年代</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Add agent</source>
        <translation>新增员工</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>办理离职</translation>
    </message>
    <message>
        <source>View profile</source>
        <translation>查看档案</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>No agents yet. Add one, or import HQ&apos;s roster spreadsheet.</source>
        <translation>还没有员工。请新增员工，或导入总部的花名册表格。</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <source>Showing %1 of %2 agents · %3 active</source>
        <translation>显示 %1 / 共 %2 人 · 在职 %3 人</translation>
    </message>
    <message>
        <source>Could not complete</source>
        <translation>无法完成</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>新增 %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 离职</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>导出花名册</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 agents exported to %2</source>
        <translation>已导出 %1 名员工到 %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>代际</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation>籍贯</translation>
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
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>司龄阶段</translation>
    </message>
    <message>
        <source>Tenure (days)</source>
        <translation>司龄(天)</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>认证等级</translation>
    </message>
    <message>
        <source>Career track</source>
        <translation>职业序列</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Leave date</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Leave reason</source>
        <translation>离职原因</translation>
    </message>
    <message>
        <source>Voluntary</source>
        <translation>主动离职</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Days since 1:1</source>
        <translation>距上次一对一(天)</translation>
    </message>
    <message>
        <source>From out of town</source>
        <translation>外地员工</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>入职</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>岗位变动</translation>
    </message>
    <message>
        <source>Team changed</source>
        <translation>调组</translation>
    </message>
    <message>
        <source>Certification changed</source>
        <translation>认证变更</translation>
    </message>
    <message>
        <source>Career track changed</source>
        <translation>发展通道变更</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>状态变更</translation>
    </message>
</context>
</TS>
