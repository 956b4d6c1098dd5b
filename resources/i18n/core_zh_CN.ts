<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <source>%1 is not a Supervisor's Desk database; it was left untouched.</source>
        <translation>%1 不是本工作台的数据库，未做任何改动。</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of this app (schema %2); please upgrade the app.</source>
        <translation>%1 由更新版本的工作台创建（数据结构 %2），请先升级本软件。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>Month must look like 2026-03: %1</source>
        <translation>月份格式应为 2026-03：%1</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <source>Month %1: %2 agents' figures, %3 unknown employee numbers.</source>
        <translation>%1 月份：%2 名员工的数据，%3 个未知工号。</translation>
    </message>
    <message>
        <source>Not in the roster: row %1, %2 %3</source>
        <translation>不在花名册：第 %1 行，%2 %3</translation>
    </message>
    <message>
        <source>%1 already holds %2 agents' figures; importing replaces them.</source>
        <translation>%1 已有 %2 名员工的数据；导入将替换它们。</translation>
    </message>
    <message>
        <source>Some employee numbers are not in the roster; add them first or pass --skip-unknown. Nothing was imported.</source>
        <translation>部分工号不在花名册中；请先添加这些员工，或加上 --skip-unknown 跳过。未导入任何数据。</translation>
    </message>
    <message>
        <source>%1 was already imported; pass --replace to replace it. Nothing was imported.</source>
        <translation>%1 的数据已经导入过；如需替换请加上 --replace。未导入任何数据。</translation>
    </message>
    <message>
        <source>Imported %1 agents' figures for %2 and scored them.</source>
        <translation>已导入 %2 的 %1 名员工绩效数据并完成评分。</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>工作表 %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>列 %1</translation>
    </message>
    <message>
        <source>%1 already holds data; demo data goes into a new file.</source>
        <translation>%1 中已有数据；演示数据只能写入新文件。</translation>
    </message>
    <message>
        <source>Demo data written to %1: %2 agents, %3 active.</source>
        <translation>演示数据已写入 %1：共 %2 名员工，在职 %3 名。</translation>
    </message>
    <message>
        <source>%1 problems; nothing was imported.</source>
        <translation>共 %1 处问题，未导入任何数据。</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged.</source>
        <translation>新增 %1 人，变更 %2 人，不变 %3 人。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何数据。</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <source>Month must look like 2026-10: %1</source>
        <translation>月份格式应为 2026-10：%1</translation>
    </message>
    <message>
        <source>Unknown sections: %1 (known: %2)</source>
        <translation>未知的报告内容：%1（可选：%2）</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Report for %1 written to %2 (%3 sheets).</source>
        <translation>%1 月报已写入 %2（共 %3 张工作表）。</translation>
    </message>
    <message>
        <source>%1 agents written to %2.</source>
        <translation>已将 %1 名员工写入 %2。</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>完整性检查：%1</translation>
    </message>
    <message>
        <source>Foreign key problems: %1</source>
        <translation>外键问题：%1 处</translation>
    </message>
    <message>
        <source>Schema version: %1 (this app: %2)</source>
        <translation>数据结构版本：%1（本软件：%2）</translation>
    </message>
    <message>
        <source>The database is healthy.</source>
        <translation>数据库状态良好。</translation>
    </message>
    <message>
        <source>The database has problems; restore a backup or contact support.</source>
        <translation>数据库存在问题，请从备份恢复或联系技术支持。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>已在使用中</translation>
    </message>
    <message>
        <source>%1 is already open in another window of this app.</source>
        <translation>%1 已在本软件的另一个窗口中打开。</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新数据库</translation>
    </message>
    <message>
        <source>A new database was created at %1.</source>
        <translation>已在 %1 创建新的数据库。</translation>
    </message>
    <message>
        <source>Database upgraded; a copy was kept at %1</source>
        <translation>数据库已升级，升级前的副本保存在 %1</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Roster</source>
        <translation>团队花名册</translation>
    </message>
</context>
<context>
    <name>Door</name>
    <message>
        <source>The action could not be completed; nothing was changed. The details are in the log.</source>
        <translation>操作未能完成，没有做任何更改。详情见日志。</translation>
    </message>
    <message>
        <source>Could not complete</source>
        <translation>无法完成</translation>
    </message>
</context>
<context>
    <name>ExportLinks</name>
    <message>
        <source>Open the file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
</context>
<context>
    <name>FinderDialog</name>
    <message>
        <source>Find an agent</source>
        <translation>查找坐席</translation>
    </message>
    <message>
        <source>Name, employee no., phone or pinyin initials (zhm = 张华明)</source>
        <translation>姓名、工号、手机号或拼音首字母（zhm = 张华明）</translation>
    </message>
    <message>
        <source> · left</source>
        <translation> · 已离职</translation>
    </message>
    <message>
        <source>Enter opens the profile · ↑↓ choose · Esc closes</source>
        <translation>回车打开档案 · ↑↓ 选择 · Esc 关闭</translation>
    </message>
    <message>
        <source>No agent matches.</source>
        <translation>没有匹配的坐席。</translation>
    </message>
    <message>
        <source>Find agent…</source>
        <translation>查找坐席…</translation>
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
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Supervisor's Desk</source>
        <translation>客服主管工作台</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>导入花名册…</translation>
    </message>
    <message>
        <source>Export roster…</source>
        <translation>导出花名册…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Add agent…</source>
        <translation>新增员工…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>&lt;b&gt;Supervisor's Desk&lt;/b&gt; %1&lt;br&gt;An offline workbench for contact-center supervisors.&lt;br&gt;Nothing leaves this computer.&lt;br&gt;&lt;br&gt;Database: %2</source>
        <translation>&lt;b&gt;客服主管工作台&lt;/b&gt; %1&lt;br&gt;为客服中心主管打造的离线工作台。&lt;br&gt;所有数据只保存在本机。&lt;br&gt;&lt;br&gt;数据库：%2</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This field is required</source>
        <translation>此项必填</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>内容过长</translation>
    </message>
    <message>
        <source>Employee no. may only contain letters, digits, - and _ (at most 20)</source>
        <translation>工号只能包含字母、数字、- 和 _（最多 20 位）</translation>
    </message>
    <message>
        <source>Hire date cannot be in the future</source>
        <translation>入职日期不能晚于今天</translation>
    </message>
    <message>
        <source>Birth date gives an implausible age at hire</source>
        <translation>出生日期与入职日期推算的年龄不合理</translation>
    </message>
    <message>
        <source>Phone must be an 11-digit mobile or a landline like 0571-12345678</source>
        <translation>电话应为 11 位手机号或 0571-12345678 这样的座机号</translation>
    </message>
    <message>
        <source>Leave date cannot be before the hire date</source>
        <translation>离职日期不能早于入职日期</translation>
    </message>
    <message>
        <source>Leave date cannot be in the future</source>
        <translation>离职日期不能晚于今天</translation>
    </message>
    <message>
        <source>This employee no. is already in the roster</source>
        <translation>该工号已在花名册中</translation>
    </message>
    <message>
        <source>Employee no. appears twice in the file</source>
        <translation>该工号在文件中重复出现</translation>
    </message>
    <message>
        <source>The agent was changed after the preview was made; preview again</source>
        <translation>预览之后该员工信息已被修改，请重新预览</translation>
    </message>
    <message>
        <source>Required column is missing</source>
        <translation>缺少必需的列</translation>
    </message>
    <message>
        <source>No header row found (e.g. 工号, 姓名)</source>
        <translation>未找到表头行（如 工号、姓名）</translation>
    </message>
    <message>
        <source>Not a valid date</source>
        <translation>不是有效日期</translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>Not a valid percentage</source>
        <translation>不是有效的百分比</translation>
    </message>
    <message>
        <source>Not a valid duration</source>
        <translation>不是有效的时长</translation>
    </message>
    <message>
        <source>Expected yes or no</source>
        <translation>应填写 是 或 否</translation>
    </message>
    <message>
        <source>Not one of the allowed values</source>
        <translation>不是允许的取值</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>Not an Excel .xlsx workbook</source>
        <translation>不是 Excel .xlsx 工作簿</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete</source>
        <translation>文件已损坏或不完整</translation>
    </message>
    <message>
        <source>The workbook is password-protected; save it without a password</source>
        <translation>工作簿设置了密码，请取消密码后另存再导入</translation>
    </message>
    <message>
        <source>Old .xls format; save it as .xlsx in Excel first</source>
        <translation>这是旧版 .xls 格式，请先在 Excel 中另存为 .xlsx</translation>
    </message>
    <message>
        <source>The file has too many parts to be a normal workbook</source>
        <translation>文件内部结构异常（部件过多）</translation>
    </message>
    <message>
        <source>The file expands to an unsafe size</source>
        <translation>文件解压后体积异常，已拒绝</translation>
    </message>
    <message>
        <source>The file contains unsafe paths</source>
        <translation>文件包含不安全的路径</translation>
    </message>
    <message>
        <source>Too many rows</source>
        <translation>行数过多</translation>
    </message>
    <message>
        <source>Too many columns</source>
        <translation>列数过多</translation>
    </message>
    <message>
        <source>Unknown text encoding (use UTF-8 or GBK)</source>
        <translation>无法识别文本编码（请使用 UTF-8 或 GBK）</translation>
    </message>
    <message>
        <source>Only .xlsx, .xlsm and .csv files can be imported</source>
        <translation>只能导入 .xlsx、.xlsm 和 .csv 文件</translation>
    </message>
    <message>
        <source>The file contains unsafe XML</source>
        <translation>文件包含不安全的 XML 内容</translation>
    </message>
    <message>
        <source>A formula has no saved value; open and save in Excel</source>
        <translation>公式没有保存计算结果，请在 Excel 中打开并保存后再导入</translation>
    </message>
    <message>
        <source>The file could not be opened (is it open in another program?)</source>
        <translation>无法打开文件（是否正被其他程序占用？）</translation>
    </message>
    <message>
        <source>The file is too large to import</source>
        <translation>文件过大，无法导入</translation>
    </message>
    <message>
        <source>Not a text (CSV) file</source>
        <translation>不是文本（CSV）文件</translation>
    </message>
    <message>
        <source>Too many cells; split the file</source>
        <translation>单元格过多，请拆分文件后再导入</translation>
    </message>
    <message>
        <source>A value is required here</source>
        <translation>此处必须填写数值</translation>
    </message>
    <message>
        <source>Not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <source>Cannot undo: other records now depend on this</source>
        <translation>无法撤销：已有其他记录依赖此项</translation>
    </message>
    <message>
        <source>The record no longer exists</source>
        <translation>该记录已不存在</translation>
    </message>
    <message>
        <source>The database already holds data</source>
        <translation>数据库中已有数据</translation>
    </message>
    <message>
        <source>The import was rejected; nothing was changed</source>
        <translation>导入被拒绝，数据未做任何改动</translation>
    </message>
    <message>
        <source>Unexpected problem (%1)</source>
        <translation>发生意外问题（%1）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts.</source>
        <translation>新的界面语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>团队名称</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管姓名</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
</context>
</TS>