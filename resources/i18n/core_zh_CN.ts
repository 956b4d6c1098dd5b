<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1 does not exist; nothing was created. Only the demo command and the window create a database: for demo data run python main.py demo --db %1, for an empty one open it in the window (python main.py --db %1). Check the path for a typing mistake.</source>
        <translation>数据库 %1 不存在，未创建任何文件或文件夹。只有 demo 命令和软件窗口会新建数据库：要示例数据请运行 python main.py demo --db %1，要空数据库请在软件窗口中打开它（python main.py --db %1）。请检查路径是否写错。</translation>
    </message>
    <message>
        <source>Another program kept %1 locked; nothing was changed. Close any program that may have it open (a database viewer, a sync tool) and try again.</source>
        <translation>另一个程序锁住了数据库 %1，本次未做任何更改。请关闭可能打开它的程序（如数据库查看工具、同步盘软件）后再试。</translation>
    </message>
    <message>
        <source>Another program is writing to this database; waiting…</source>
        <translation>另一个程序正在写入该数据库，正在等待…</translation>
    </message>
    <message>
        <source>%1 is open in the app window; close the window first, then run this command again. Nothing was changed.</source>
        <translation>%1 已在软件窗口中打开，请先关闭软件窗口，再运行此命令。本次未做任何更改。</translation>
    </message>
    <message>
        <source>Another command kept writing to %1 for %2 seconds; nothing was changed. Try again when it has finished.</source>
        <translation>另一个命令已连续写入 %1 达 %2 秒，本次未做任何更改。请等它完成后再试。</translation>
    </message>
    <message>
        <source>Cannot write beside %1 (%2); check that the folder can be written to.</source>
        <translation>无法在 %1 旁写入文件（%2），请检查该文件夹是否可写。</translation>
    </message>
    <message>
        <source>%1 is not a Supervisor&apos;s Desk database; it was left untouched.</source>
        <translation>%1 不是本工作台的数据库，未做任何改动。</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of this app (schema %2); please upgrade the app.</source>
        <translation>%1 由更新版本的工作台创建（数据结构 %2），请先升级本软件。</translation>
    </message>
    <message>
        <source>This copy of the app has no PostgreSQL driver; install it with: pip install &quot;supervisors-desk[postgres]&quot;</source>
        <translation>此版本的软件不含 PostgreSQL 驱动；请用以下命令安装：pip install &quot;supervisors-desk[postgres]&quot;</translation>
    </message>
    <message>
        <source>Cannot reach the database server %1: %2</source>
        <translation>无法连接数据库服务器 %1：%2</translation>
    </message>
    <message>
        <source>%1 does not have the tables its version (%2) should have: %3. It was left untouched; restore a backup.</source>
        <translation>%1 的表结构与其版本（%2）应有的不一致：%3。文件未被改动；请恢复一个备份。</translation>
    </message>
    <message>
        <source>%1 has %2 records that point to missing records; it was left untouched. Restore a backup.</source>
        <translation>%1 中有 %2 条记录指向不存在的记录，文件未被改动。请恢复一个备份。</translation>
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
        <source>Sheets that look like KPIs: %1. Choose one with --sheet NAME.</source>
        <translation>像是绩效数据的工作表：%1。请用 --sheet 名称 选择一个。</translation>
    </message>
    <message>
        <source>Sheet %1, header on row %2.</source>
        <translation>工作表 %1，表头在第 %2 行。</translation>
    </message>
    <message>
        <source>Not employed in %1: row %2, %3 %4</source>
        <translation>%1 不在职：第 %2 行，%3 %4</translation>
    </message>
    <message>
        <source>Implausible: %1</source>
        <translation>不合常理：%1</translation>
    </message>
    <message>
        <source>… and %1 more problems.</source>
        <translation>……另有 %1 处问题未列出。</translation>
    </message>
    <message>
        <source>Month %1: %2 agents&apos; figures, %3 unknown employee numbers.</source>
        <translation>%1 月份：%2 名员工的数据，%3 个未知工号。</translation>
    </message>
    <message>
        <source>Not in the roster: row %1, %2 %3</source>
        <translation>不在花名册：第 %1 行，%2 %3</translation>
    </message>
    <message>
        <source>%1 already holds %2 agents&apos; figures; importing replaces them.</source>
        <translation>%1 已有 %2 名员工的数据；导入将替换它们。</translation>
    </message>
    <message>
        <source>%1 rows are for agents not employed in that month; check them, then pass --accept-out-of-tenure.</source>
        <translation>%1 行属于当月不在职的员工；核对后请加 --accept-out-of-tenure。</translation>
    </message>
    <message>
        <source>%1 figures are implausible; check them, then pass --accept-implausible.</source>
        <translation>%1 个数值不合常理；核对后请加 --accept-implausible。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何数据。</translation>
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
        <source>Imported %1 agents&apos; figures for %2 from sheet %3 and scored them.</source>
        <translation>已从工作表 %3 导入 %2 的 %1 名员工绩效数据并完成评分。</translation>
    </message>
    <message>
        <source>No scores for %1: import that month&apos;s KPIs first.</source>
        <translation>%1 没有绩效得分：请先导入该月的KPI数据。</translation>
    </message>
    <message>
        <source>公示 for %1 written to %2 (%3 agents).</source>
        <translation>%1 的绩效公示已写入 %2（%3 名员工）。</translation>
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
        <source>Column %1: what does &quot;%2&quot; mean (rows %3)? Say it with --value %4:%2=&lt;%5&gt;</source>
        <translation>列 %1：“%2”是什么意思（第 %3 行）？请用 --value %4:%2=&lt;%5&gt; 说明</translation>
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
        <source>--value must look like 岗位:客服专员=热线: %1</source>
        <translation>--value 的格式应为 岗位:客服专员=热线：%1</translation>
    </message>
    <message>
        <source>Sheets that look like a roster: %1. Choose one with --sheet NAME.</source>
        <translation>像是花名册的工作表：%1。请用 --sheet 名称 选择一个。</translation>
    </message>
    <message>
        <source>Some words in the file mean none of the known values; nothing was imported.</source>
        <translation>文件中有些词对应不到已知的取值；未导入任何数据。</translation>
    </message>
    <message>
        <source>Nothing to import: the roster already says all this (sheet %1).</source>
        <translation>无需导入：花名册已与文件一致（工作表 %1）。</translation>
    </message>
    <message>
        <source>Imported from sheet %1.</source>
        <translation>导入完成（工作表 %1）。</translation>
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
        <source>Month must look like 2026-10: %1</source>
        <translation>月份格式应为 2026-10：%1</translation>
    </message>
    <message>
        <source>Unknown sections: %1 (known: %2)</source>
        <translation>未知的报告内容：%1（可选：%2）</translation>
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
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>退出码：</translation>
    </message>
    <message>
        <source>  0  done</source>
        <translation>  0  完成</translation>
    </message>
    <message>
        <source>  1  check: the database has problems</source>
        <translation>  1  check：数据库有问题</translation>
    </message>
    <message>
        <source>  2  bad input: wrong arguments, or a file with errors (nothing was imported)</source>
        <translation>  2  输入有误：参数不对，或文件中有错误（未导入任何内容）</translation>
    </message>
    <message>
        <source>  3  refused: not our database, made by a newer version, already open, or already holds data</source>
        <translation>  3  被拒绝：不是本程序的数据库、由更新版本创建、已被打开，或已有数据</translation>
    </message>
    <message>
        <source>  4  a file could not be read or written (not found, no permission, open in Excel, disk full)</source>
        <translation>  4  文件无法读取或写入（找不到、没有权限、正在 Excel 中打开、磁盘已满）</translation>
    </message>
    <message>
        <source>  5  unexpected problem (details in the log)</source>
        <translation>  5  意外问题（详情见日志）</translation>
    </message>
    <message>
        <source>  6  busy: the window or another command is writing to this database; nothing was changed, try again</source>
        <translation>  6  忙：软件窗口或另一个命令正在写入该数据库；未做任何更改，请稍后再试</translation>
    </message>
    <message>
        <source>Supervisor&apos;s Desk: without a command, opens the window.</source>
        <translation>客服主管工作台：不带命令时打开窗口。</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>文件|网址</translation>
    </message>
    <message>
        <source>database file, or a shared PostgreSQL database: postgresql+psycopg://user@host/name</source>
        <translation>数据库文件，或共享的 PostgreSQL 数据库：postgresql+psycopg://用户@主机/库名</translation>
    </message>
    <message>
        <source>database file (default: in the user data folder), or a shared PostgreSQL database: postgresql+psycopg://user@host/name</source>
        <translation>数据库文件（默认在用户数据文件夹中），或共享的 PostgreSQL 数据库：postgresql+psycopg://用户@主机/库名</translation>
    </message>
    <message>
        <source>interface language (default: Chinese; the window remembers the choice in Settings)</source>
        <translation>界面语言（默认中文；窗口中的选择保存在“设置”里）</translation>
    </message>
    <message>
        <source>open the demo database, creating it if needed</source>
        <translation>打开演示数据库（不存在时创建）</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>write demo data into a new database</source>
        <translation>在新数据库中写入演示数据</translation>
    </message>
    <message>
        <source>N</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>headcount to keep</source>
        <translation>保留的在职人数</translation>
    </message>
    <message>
        <source>months of history</source>
        <translation>历史月数</translation>
    </message>
    <message>
        <source>random seed (the same seed gives the same data)</source>
        <translation>随机种子（相同的种子生成相同的数据）</translation>
    </message>
    <message>
        <source>integrity, foreign keys and schema version</source>
        <translation>检查完整性、外键和结构版本</translation>
    </message>
    <message>
        <source>back up the database (SQLite backup API, checked copy)</source>
        <translation>备份数据库（SQLite 备份接口，备份后校验）</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>folder for this copy (default: the backup folder)</source>
        <translation>本次备份存放的文件夹（默认：备份文件夹）</translation>
    </message>
    <message>
        <source>list the backups with their record counts</source>
        <translation>列出备份及其记录数</translation>
    </message>
    <message>
        <source>restore a backup into the database (the current state is kept)</source>
        <translation>将备份恢复到数据库（当前状态会另行保留）</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>restore over a shared (PostgreSQL) database, replacing what everyone wrote since</source>
        <translation>恢复到共享（PostgreSQL）数据库，覆盖所有人此后写入的内容</translation>
    </message>
    <message>
        <source>which supervisor each team belongs to, on a shared database</source>
        <translation>各班组归属哪位主管（共享数据库）</translation>
    </message>
    <message>
        <source>TEAM=LOGIN</source>
        <translation>班组=登录名</translation>
    </message>
    <message>
        <source>give a team to a supervisor (login name); TEAM= gives it back to nobody</source>
        <translation>把班组交给一位主管（登录名）；写成“班组=”则取消归属</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>a centre manager, who sees every team (repeat it; replaces the list)</source>
        <translation>中心经理，可查看所有班组（可重复；会替换原名单）</translation>
    </message>
    <message>
        <source>import a file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>what to import</source>
        <translation>导入内容</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>roster from .xlsx or .csv</source>
        <translation>从 .xlsx 或 .csv 导入花名册</translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>check and preview only; write nothing</source>
        <translation>只检查和预览，不写入</translation>
    </message>
    <message>
        <source>SHEET</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>the sheet to read (needed when several look like a roster, or hidden)</source>
        <translation>要读取的工作表（有多个像花名册的工作表，或要读隐藏工作表时需要）</translation>
    </message>
    <message>
        <source>COLUMN:WORD=MEANING</source>
        <translation>列:原词=取值</translation>
    </message>
    <message>
        <source>what a word in the file means, e.g. 岗位:客服专员=热线 (remembered)</source>
        <translation>文件中某个词的含义，例如 岗位:客服专员=热线（会记住）</translation>
    </message>
    <message>
        <source>monthly KPIs from the platform&apos;s .xlsx or .csv</source>
        <translation>从平台导出的 .xlsx 或 .csv 导入月度 KPI</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>年-月</translation>
    </message>
    <message>
        <source>the month the figures are for, YYYY-MM (else read from the file)</source>
        <translation>数据所属月份，格式 YYYY-MM（不填则从文件中读取）</translation>
    </message>
    <message>
        <source>replace a month already imported</source>
        <translation>替换已导入的月份</translation>
    </message>
    <message>
        <source>skip rows whose employee no. is not in the roster</source>
        <translation>跳过工号不在花名册中的行</translation>
    </message>
    <message>
        <source>the sheet to read (needed when several look like KPIs, or hidden)</source>
        <translation>要读取的工作表（有多个像绩效表的工作表，或要读隐藏工作表时需要）</translation>
    </message>
    <message>
        <source>import rows of agents who had left before the month or were hired after it</source>
        <translation>仍导入当月之前已离职或当月之后才入职员工的行</translation>
    </message>
    <message>
        <source>import figures listed as implausible (negative, over 100 %%, over 4 h, …)</source>
        <translation>仍导入被列为不合常理的数值（负数、超过 100%%、超过 4 小时……）</translation>
    </message>
    <message>
        <source>export a file</source>
        <translation>导出文件</translation>
    </message>
    <message>
        <source>what to export</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <source>roster to .xlsx</source>
        <translation>导出花名册为 .xlsx</translation>
    </message>
    <message>
        <source>the .xlsx file to write</source>
        <translation>要写入的 .xlsx 文件</translation>
    </message>
    <message>
        <source>the monthly report for HQ (.xlsx)</source>
        <translation>给总部的月度报告（.xlsx）</translation>
    </message>
    <message>
        <source>the month to report on</source>
        <translation>报告月份</translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>comma-separated section keys (default: all)</source>
        <translation>用逗号分隔的报告部分（默认：全部）</translation>
    </message>
    <message>
        <source>the monthly mentor allowance statement (.xlsx)</source>
        <translation>每月带教补贴明细（.xlsx）</translation>
    </message>
    <message>
        <source>the month of the statement</source>
        <translation>明细所属月份</translation>
    </message>
    <message>
        <source>the team&apos;s 公示 workbook: schemes, grades, what the next band needs</source>
        <translation>团队绩效公示工作簿：考核方案、等级、晋级所需</translation>
    </message>
    <message>
        <source>the month to publish</source>
        <translation>要公示的月份</translation>
    </message>
    <message>
        <source>Run %1 --help to see what it takes.</source>
        <translation>运行 %1 --help 查看用法。</translation>
    </message>
    <message>
        <source>A shared database is backed up by its server (pg_dump); the copies this app made are in %1.</source>
        <translation>共享数据库由其服务器备份（pg_dump）；本软件制作的副本在 %1。</translation>
    </message>
    <message>
        <source>%1 is a shared server database: the app&apos;s backup copies SQLite files only. Install PostgreSQL&apos;s client tools (pg_dump) and run this again, ask the server&apos;s administrator for its backups, or keep the app&apos;s exports (export roster, export report).</source>
        <translation>%1 是共享的服务器数据库：本软件的备份只能复制 SQLite 文件。请安装 PostgreSQL 客户端工具（pg_dump）后重新运行，或向服务器管理员索取备份，或保留本软件的导出文件（export roster、export report）。</translation>
    </message>
    <message>
        <source>pg_dump could not back up %1: %2</source>
        <translation>pg_dump 无法备份 %1：%2</translation>
    </message>
    <message>
        <source>Shared database %1 written by pg_dump to %2 (restore with: restore %2 --db URL --yes-overwrite-shared).</source>
        <translation>已用 pg_dump 将共享数据库 %1 备份到 %2（恢复命令：restore %2 --db 网址 --yes-overwrite-shared）。</translation>
    </message>
    <message>
        <source>%1 is a shared database: restoring replaces what every supervisor wrote since %2 was taken. Nothing was changed. If that is what you mean, run the command again with --yes-overwrite-shared.</source>
        <translation>%1 是共享数据库：恢复会覆盖所有主管在 %2 备份之后写入的内容。未做任何更改。如确实要这样做，请加上 --yes-overwrite-shared 重新运行。</translation>
    </message>
    <message>
        <source>%1 is not a pg_dump backup (.dump); a shared database is restored only from the copies the backup command writes for it. Nothing was changed.</source>
        <translation>%1 不是 pg_dump 备份（.dump）；共享数据库只能从 backup 命令为其制作的副本恢复。未做任何更改。</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s client tools (pg_restore) are not installed; nothing was changed.</source>
        <translation>未安装 PostgreSQL 客户端工具（pg_restore）；未做任何更改。</translation>
    </message>
    <message>
        <source>pg_restore could not restore %1: %2. It ran in one transaction: nothing was changed.</source>
        <translation>pg_restore 无法恢复 %1：%2。恢复在一个事务中进行，未做任何更改。</translation>
    </message>
    <message>
        <source>Restored %1 into the shared database %2.</source>
        <translation>已将 %1 恢复到共享数据库 %2。</translation>
    </message>
    <message>
        <source>Restored %1 into the shared database %2: %3 records copied in one transaction.</source>
        <translation>已将 %1 恢复到共享数据库 %2：在一个事务中复制了 %3 条记录。</translation>
    </message>
    <message>
        <source>the copy did not pass its integrity check, so the database itself may be damaged; run check</source>
        <translation>备份副本未通过完整性检查，数据库本身可能已损坏；请运行 check 检查</translation>
    </message>
    <message>
        <source>--owner must look like 热线一组=zhangsan: %1</source>
        <translation>--owner 的格式应为 热线一组=zhangsan：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No team has an owner: everyone sees every team.</source>
        <translation>尚无班组设置归属：所有人都能看到所有班组。</translation>
    </message>
    <message>
        <source>Centre managers (see every team): %1</source>
        <translation>中心经理（可查看所有班组）：%1</translation>
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
        <source>interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>window size and position</source>
        <translation>窗口大小和位置</translation>
    </message>
    <message>
        <source>last folder used</source>
        <translation>上次使用的文件夹</translation>
    </message>
    <message>
        <source>Some saved settings could not be used and were reset to their defaults: %1. You can change them again in Settings.</source>
        <translation>部分已保存的设置无法使用，已恢复为默认值：%1。可在“设置”中重新修改。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Another program is writing to %1; open it again when it has finished.</source>
        <translation>另一个程序正在写入 %1，请等它完成后再打开。</translation>
    </message>
    <message>
        <source>%1 is already open in another window of this app.</source>
        <translation>%1 已在本软件的另一个窗口中打开。</translation>
    </message>
    <message>
        <source>Settings reset</source>
        <translation>设置已恢复默认</translation>
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
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助并退出</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选项：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的值（应为 %(type)s）：%(value)r</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多需要一个值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>忽略了多余的值 %r</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>需要以下参数之一：%s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>未知的命令 %(parser_name)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>无法打开 &apos;%(filename)s&apos;：%(error)s</translation>
    </message>
</context>
<context>
    <name>Door</name>
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
        <source>Name, employee no., phone or pinyin initials</source>
        <translation>姓名、工号、手机号或拼音首字母（如 ZHM 即张华明）</translation>
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
        <source>Supervisor&apos;s Desk</source>
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
        <source>Open database…</source>
        <translation>打开数据库…</translation>
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
        <source>&lt;b&gt;Supervisor&apos;s Desk&lt;/b&gt; %1&lt;br&gt;An offline workbench for contact-center supervisors.&lt;br&gt;Nothing leaves this computer.&lt;br&gt;&lt;br&gt;Database: %2</source>
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
        <source>Not an Excel workbook (.xlsx, .xlsm or .xls)</source>
        <translation>不是 Excel 工作簿（.xlsx、.xlsm 或 .xls）</translation>
    </message>
    <message>
        <source>Unknown text encoding: save it as UTF-8 or GBK, or choose the encoding</source>
        <translation>无法确定文本编码：请另存为 UTF-8 或 GBK，或手动选择编码</translation>
    </message>
    <message>
        <source>Only .xlsx, .xlsm, .xls, .csv and .txt files can be imported</source>
        <translation>只能导入 .xlsx、.xlsm、.xls、.csv 和 .txt 文件</translation>
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
        <source>This team belongs to another supervisor; a centre manager can change it</source>
        <translation>该班组属于另一位主管；可由中心经理调整</translation>
    </message>
    <message>
        <source>Changed by %1 at %2 since you opened it; your edit was not saved. What you typed is kept: close and reopen to see their change, then edit again</source>
        <translation>已被 %1 于 %2 修改，您的修改未保存。您填写的内容仍保留：请关闭后重新打开查看对方的修改，再进行编辑</translation>
    </message>
    <message>
        <source>The database already holds data</source>
        <translation>数据库中已有数据</translation>
    </message>
    <message>
        <source>Two sheets have the same name; rename one in Excel and save again</source>
        <translation>工作簿中有两个同名工作表，请在 Excel 中改名后重新保存</translation>
    </message>
    <message>
        <source>The file holds too much text to import at once; split it</source>
        <translation>文件中的文字总量超出导入上限，请拆分后再导入</translation>
    </message>
    <message>
        <source>A cell holds more than 32,767 characters (Excel&apos;s limit)</source>
        <translation>有单元格超过 32,767 个字符（Excel 的上限）</translation>
    </message>
    <message>
        <source>A quotation mark is opened and never closed (see the row named)</source>
        <translation>文件中有未闭合的引号（见所示行）</translation>
    </message>
    <message>
        <source>This is a web page (HTML) saved as .xls; open it in Excel and save as .xlsx</source>
        <translation>这是另存为 .xls 的网页（HTML）表格，请在 Excel 中打开并另存为 .xlsx</translation>
    </message>
    <message>
        <source>The file could not be read: the reader stopped on it</source>
        <translation>读取该文件时读取程序意外终止，文件可能已损坏</translation>
    </message>
    <message>
        <source>The file needs more memory to read than is allowed</source>
        <translation>读取该文件所需内存超出上限</translation>
    </message>
    <message>
        <source>Reading the file took too long and was stopped</source>
        <translation>读取文件超时，已停止</translation>
    </message>
    <message>
        <source>The import was rejected; nothing was changed</source>
        <translation>导入被拒绝，数据未做任何改动</translation>
    </message>
    <message>
        <source>Unexpected problem (%1)</source>
        <translation>发生意外问题（%1）</translation>
    </message>
    <message>
        <source>Not a phone number: an 11-digit mobile (+86 allowed) or a landline with its area code</source>
        <translation>不是电话号码：应为 11 位手机号（可带 +86）或带区号的座机</translation>
    </message>
    <message>
        <source>Several sheets look like data; choose one (command line: --sheet NAME)</source>
        <translation>有多个工作表像是数据；请选择一个（命令行：--sheet 名称）</translation>
    </message>
    <message>
        <source>The data is only on a hidden sheet; it is read only if you choose it (--sheet NAME)</source>
        <translation>数据只在隐藏的工作表中；只有您选择它时才会读取（--sheet 名称）</translation>
    </message>
    <message>
        <source>The file has no sheet of that name</source>
        <translation>文件中没有这个名称的工作表</translation>
    </message>
    <message>
        <source>The file has a header but no data rows</source>
        <translation>文件只有表头，没有数据行</translation>
    </message>
    <message>
        <source>This word means none of the known values; choose what it means (command line: --value)</source>
        <translation>这个词对应不到已知的取值；请选择它的含义（命令行：--value）</translation>
    </message>
    <message>
        <source>The month chosen and the month written in the file disagree</source>
        <translation>所选月份与文件中写明的月份不一致</translation>
    </message>
    <message>
        <source>That month has not ended yet: figures for it cannot be final</source>
        <translation>该月份尚未到来，数据不可能是最终结果</translation>
    </message>
    <message>
        <source>The agent was not employed in that month (left before it or hired after it)</source>
        <translation>该员工当月不在职（当月之前已离职，或当月之后才入职）</translation>
    </message>
    <message>
        <source>Implausible value; check the file</source>
        <translation>数值不合常理；请核对文件</translation>
    </message>
    <message>
        <source>Negative value</source>
        <translation>数值为负</translation>
    </message>
    <message>
        <source>Rate above 100 %</source>
        <translation>比率超过 100%</translation>
    </message>
    <message>
        <source>Handle time over 4 hours</source>
        <translation>处理时长超过 4 小时</translation>
    </message>
    <message>
        <source>More complaints than contacts handled</source>
        <translation>投诉量多于接待量</translation>
    </message>
    <message>
        <source>More contacts than one agent can handle in a month</source>
        <translation>接待量超过一名员工一个月可能的数量</translation>
    </message>
    <message>
        <source>More calls answered than offered</source>
        <translation>接通量大于呼入量</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>%1 was not found. Check the name and the folder, then try again.</source>
        <translation>找不到 %1。请检查文件名和所在文件夹后重试。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it first, or choose another folder.</source>
        <translation>文件夹 %1 不存在。请先创建该文件夹，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the file may be open in Excel or another program, or you may not have permission to read it. Close it and try again.</source>
        <translation>无法打开 %1：文件可能正在 Excel 或其他程序中打开，或您没有读取权限。请关闭后重试。</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file may be open in Excel, or you may not have permission to write in that folder. Close it and try again, or choose another folder.</source>
        <translation>无法写入 %1：文件可能正在 Excel 中打开，请关闭后重试；也可能没有该文件夹的写入权限，请换一个文件夹。</translation>
    </message>
    <message>
        <source>The disk is full, so %1 could not be written. Free some space or choose another drive, then try again.</source>
        <translation>磁盘空间已满，无法写入 %1。请清理磁盘空间或换一个磁盘后重试。</translation>
    </message>
    <message>
        <source>%1 is on a read-only drive or folder. Choose another folder that can be written to.</source>
        <translation>%1 位于只读的磁盘或文件夹中。请选择一个可以写入的文件夹。</translation>
    </message>
    <message>
        <source>The path %1 is too long. Choose a shorter folder or file name.</source>
        <translation>路径 %1 太长。请选择较短的文件夹或文件名。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Type a file name, for example roster.xlsx.</source>
        <translation>%1 是一个文件夹，不是文件。请输入文件名，例如 花名册.xlsx。</translation>
    </message>
    <message>
        <source>Part of the path %1 is a file, not a folder. Check the path and try again.</source>
        <translation>路径 %1 中有一部分是文件而不是文件夹。请检查路径后重试。</translation>
    </message>
    <message>
        <source>%1 is in use by another program. Close that program and try again.</source>
        <translation>%1 正被其他程序使用。请关闭该程序后重试。</translation>
    </message>
    <message>
        <source>%1 could not be read (system error %2). Check that the drive is available and try again.</source>
        <translation>无法读取 %1（系统错误 %2）。请确认磁盘可用后重试。</translation>
    </message>
    <message>
        <source>%1 could not be written (system error %2). Check that the drive is available and try again.</source>
        <translation>无法写入 %1（系统错误 %2）。请确认磁盘可用后重试。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was changed. The details were written to the log%1.</source>
        <translation>发生了意外问题，未做任何更改。详情已写入日志%1。</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
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
