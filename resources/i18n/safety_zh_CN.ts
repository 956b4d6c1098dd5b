<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Areas</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backup and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>A backup is made automatically the first time the app opens each day, and before every import and upgrade. Restoring first backs up the current data, so a restore can itself be undone by restoring that copy.</source>
        <translation>每天第一次打开软件时会自动备份，每次导入和升级前也会自动备份。恢复前会先把当前数据备份一份，万一恢复错了，再恢复那一份即可。</translation>
    </message>
    <message>
        <source>No backups yet. Click “Back up now” to make the first one.</source>
        <translation>还没有备份。点击“立即备份”做第一份。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <source>Restore from another file…</source>
        <translation>从其他文件恢复…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation>备份文件夹：%1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backed up: %1</source>
        <translation>已备份：%1</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace all current data with the backup from %1?

The current data is backed up first, so you can go back to it later.</source>
        <translation>用 %1 的备份替换当前的全部数据吗？

当前数据会先备份一份，之后随时可以恢复回来。</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <source>Backups (*.sqlite);;All files (*)</source>
        <translation>备份文件 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>Restored: %1 agents, %2 records in all. The data from before the restore was kept as %3.</source>
        <translation>已恢复：坐席 %1 人，共 %2 条记录。恢复前的数据已另存为 %3。</translation>
    </message>
    <message>
        <source>Not restored: %1. Nothing was changed.</source>
        <translation>未恢复：%1。数据没有任何改动。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>操作失败：%1</translation>
    </message>
</context>
<context>
    <name>BackupSettingsTab</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Use default</source>
        <translation>使用默认位置</translation>
    </message>
    <message>
        <source>Leave empty to keep backups beside the data, in %1. Another disk or a USB drive protects against a broken hard disk.</source>
        <translation>留空则把备份放在数据旁边：%1。放到另一块硬盘或U盘上，硬盘坏了也不怕。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>Every day at first start, before every import and upgrade, and on demand. Kept: everything from today and yesterday, then one a day for 12 days, one a week for 10 weeks and one a month for 9 months. Copies made before an upgrade are always kept.</source>
        <translation>每天第一次启动时、每次导入和升级前自动备份，也可随时手动备份。保留规则：今天和昨天的全部保留，再往前每天留一份（12天）、每周留一份（10周）、每月留一份（9个月）。升级前的备份始终保留。</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Last automatic backup</source>
        <translation>上次自动备份</translation>
    </message>
    <message>
        <source>When and how many</source>
        <translation>备份时机与保留</translation>
    </message>
    <message>
        <source>Cannot use %1 for backups (%2); the backup folder was not changed.</source>
        <translation>无法把备份放到 %1（%2），备份文件夹未更改。</translation>
    </message>
</context>
<context>
    <name>BackupTable</name>
    <message>
        <source>Taken at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Records in all</source>
        <translation>记录总数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Daily (automatic)</source>
        <translation>每日自动</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
</context>
<context>
    <name>CheckDatabaseDialog</name>
    <message>
        <source>Check database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Shared database: %1</source>
        <translation>共享数据库：%1</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再检查一次</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>✔ No problems found</source>
        <translation>✔ 未发现问题</translation>
    </message>
    <message>
        <source>✖ Problems found</source>
        <translation>✖ 发现问题</translation>
    </message>
    <message>
        <source>✖ The check could not run</source>
        <translation>✖ 检查无法进行</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected problem</source>
        <translation>意外问题</translation>
    </message>
    <message>
        <source>Something went wrong inside the app.</source>
        <translation>软件内部出了点问题。</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>发生了什么：%1</translation>
    </message>
    <message>
        <source>Everything already saved is safe. What you were typing is still in its window: check it and save again. If it happens again, send the details to support.</source>
        <translation>已保存的数据都是安全的。您正在填写的内容还留在原来的窗口里，请核对后再保存一次。如果问题反复出现，请把详细信息发给技术支持。</translation>
    </message>
    <message>
        <source>Details were written to the log: %1</source>
        <translation>详细信息已记入日志：%1</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>The database is healthy.</source>
        <translation>数据库状态良好。</translation>
    </message>
    <message>
        <source>Integrity check: every page and index is intact.</source>
        <translation>完整性检查：所有数据页和索引都完好。</translation>
    </message>
    <message>
        <source>Integrity check found damage (SQLite says: %1).</source>
        <translation>完整性检查发现损坏（SQLite 报告：%1）。</translation>
    </message>
    <message>
        <source>Links between records: all intact.</source>
        <translation>记录之间的关联：全部完好。</translation>
    </message>
    <message>
        <source>Links between records: %1 records point to something missing.</source>
        <translation>记录之间的关联：有 %1 条记录指向已不存在的数据。</translation>
    </message>
    <message>
        <source>Structure version: up to date (%1).</source>
        <translation>结构版本：已是最新（%1）。</translation>
    </message>
    <message>
        <source>Structure version: %1, this app expects %2.</source>
        <translation>结构版本：%1，本软件需要 %2。</translation>
    </message>
    <message>
        <source>Structure: table %1 is missing.</source>
        <translation>表结构：缺少数据表 %1。</translation>
    </message>
    <message>
        <source>Structure: column %2 of table %1 is missing.</source>
        <translation>表结构：数据表 %1 缺少列 %2。</translation>
    </message>
    <message>
        <source>Structure: table %1 does not belong to this version.</source>
        <translation>表结构：数据表 %1 不属于该版本。</translation>
    </message>
    <message>
        <source>Structure differs from what its version should have: %1.</source>
        <translation>表结构与其版本应有的不一致：%1。</translation>
    </message>
    <message>
        <source>Stop entering data, restore the newest good backup (File → Backup and restore), then check again.</source>
        <translation>请先暂停录入，从最近一份完好的备份恢复（文件 → 备份与恢复），然后再检查一次。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The backup file does not exist</source>
        <translation>备份文件不存在</translation>
    </message>
    <message>
        <source>The file is not a backup of this app</source>
        <translation>这个文件不是本软件的备份</translation>
    </message>
    <message>
        <source>The backup file is damaged; choose another one</source>
        <translation>备份文件已损坏，请选择其他备份</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of this app; upgrade the app first</source>
        <translation>这份备份来自更新版本的软件，请先升级软件</translation>
    </message>
    <message>
        <source>The database is open in the app; close the window first</source>
        <translation>数据库正在软件中打开，请先关闭软件窗口</translation>
    </message>
    <message>
        <source>The backup&apos;s tables are not those of its version (a table or column is missing or extra); it is not a complete backup of this app</source>
        <translation>备份文件的表结构与其版本应有的不一致（缺少或多出表、列），不是本软件的完整备份</translation>
    </message>
    <message>
        <source>The backup has records that point to missing records; choose another one</source>
        <translation>备份文件中有记录指向不存在的记录，请选择另一个备份</translation>
    </message>
    <message>
        <source>Another program is writing to this database; nothing was changed. Try again when it has finished</source>
        <translation>另一个程序正在写入该数据库，本次未做任何更改。请等它完成后再试</translation>
    </message>
    <message>
        <source>The background process stopped during this action, so it may or may not have been done. Look at the data, then try again if it is not there</source>
        <translation>后台处理进程在这次操作中途停止，操作可能已完成，也可能没有完成。请先查看数据，如果没有完成再试一次</translation>
    </message>
    <message>
        <source>The file is not a database of this app; it was left untouched</source>
        <translation>该文件不是本软件的数据库，未做任何改动</translation>
    </message>
    <message>
        <source>The database was made by a newer version of this app; upgrade the app first</source>
        <translation>该数据库由更新版本的软件创建，请先升级软件</translation>
    </message>
    <message>
        <source>The database is damaged; restore a backup</source>
        <translation>数据库已损坏，请恢复一个备份</translation>
    </message>
    <message>
        <source>The database&apos;s tables are not those of its version; it was left untouched. Restore a backup</source>
        <translation>数据库的表结构与其版本应有的不一致，未做任何改动。请恢复一个备份</translation>
    </message>
    <message>
        <source>The database has records that point to missing records; restore a backup</source>
        <translation>数据库中有记录指向不存在的记录，请恢复一个备份</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>A database file on this computer (one supervisor)</source>
        <translation>本机上的数据库文件（一位主管使用）</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database (a centre)</source>
        <translation>共享的 PostgreSQL 数据库（整个中心使用）</translation>
    </message>
    <message>
        <source>e.g. D:\desk\desk.sqlite</source>
        <translation>例如 D:\坐席\desk.sqlite</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>e.g. postgresql+psycopg://zhangsan@dbhost/centre</source>
        <translation>例如 postgresql+psycopg://zhangsan@dbhost/centre</translation>
    </message>
    <message>
        <source>not saved; leave empty if the server needs none</source>
        <translation>不会保存；服务器不需要密码时留空</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>地址（URL）</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The app restarts on the chosen database and opens it at every start from now on.</source>
        <translation>程序将在所选数据库上重新启动，以后每次启动都打开它。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Database (*.sqlite *.db);;All files (*)</source>
        <translation>数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose or type the database file.</source>
        <translation>请选择或输入数据库文件。</translation>
    </message>
    <message>
        <source>A PostgreSQL address starts with postgresql+psycopg://, e.g. postgresql+psycopg://zhangsan@dbhost/centre</source>
        <translation>PostgreSQL 地址以 postgresql+psycopg:// 开头，例如 postgresql+psycopg://zhangsan@dbhost/centre</translation>
    </message>
</context>
<context>
    <name>SafetyCli</name>
    <message>
        <source>Backed up to %1: %2 agents, %3 records in all.</source>
        <translation>已备份到 %1：坐席 %2 人，共 %3 条记录。</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>No backups in %1 yet.</source>
        <translation>%1 中还没有备份。</translation>
    </message>
    <message>
        <source>Backups in %1 (newest first):</source>
        <translation>%1 中的备份（最新的在前）：</translation>
    </message>
    <message>
        <source>%1  %2  %3 agents, %4 records  %5</source>
        <translation>%1  %2  坐席 %3 人，共 %4 条记录  %5</translation>
    </message>
    <message>
        <source>Restored %1 into %2: %3 agents, %4 records in all.</source>
        <translation>已将 %1 恢复到 %2：坐席 %3 人，共 %4 条记录。</translation>
    </message>
    <message>
        <source>The state before the restore was kept in %1.</source>
        <translation>恢复前的数据已另存为 %1。</translation>
    </message>
    <message>
        <source>The backup was from an older version (schema %1) and was upgraded.</source>
        <translation>这份备份来自旧版本（结构 %1），已自动升级。</translation>
    </message>
    <message>
        <source>Not restored: %1. The database was not changed.</source>
        <translation>未恢复：%1。数据库没有任何改动。</translation>
    </message>
</context>
<context>
    <name>SafetyMenu</name>
    <message>
        <source>Backup of a shared database</source>
        <translation>共享数据库的备份</translation>
    </message>
    <message>
        <source>To restore, close the app and run: python main.py restore FILE.dump --db URL --yes-overwrite-shared (it replaces what every supervisor wrote since).</source>
        <translation>如需恢复，请关闭软件后运行：python main.py restore 文件.dump --db 网址 --yes-overwrite-shared（会覆盖所有主管此后写入的内容）。</translation>
    </message>
    <message>
        <source>This window works on the shared database %1. Its backups are made by the server: ask its administrator, or install PostgreSQL&apos;s client tools (pg_dump) so that the app can make a copy. Meanwhile the roster and report exports keep your data in Excel.</source>
        <translation>此窗口使用共享数据库 %1。它的备份由服务器完成：请联系服务器管理员，或安装 PostgreSQL 客户端工具（pg_dump）以便本软件制作副本。在此之前，可用花名册和月报导出把数据保存在 Excel 中。</translation>
    </message>
    <message>
        <source>This window works on the shared database %1. Back up now writes a pg_dump copy into %2.</source>
        <translation>此窗口使用共享数据库 %1。点击“立即备份”会用 pg_dump 把副本写入 %2。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Backup and restore…</source>
        <translation>备份与恢复…</translation>
    </message>
    <message>
        <source>Check database…</source>
        <translation>检查数据库…</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
</context>
<context>
    <name>SafetyStartup</name>
    <message>
        <source>Database check failed</source>
        <translation>数据库检查未通过</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup was not made, because the database failed its integrity check (%1). Your earlier backups are kept as they are. Use Help → Check database, and restore the newest good backup from File → Backup and restore.</source>
        <translation>数据库未通过完整性检查（%1），所以今天没有自动备份，以前的备份都原样保留。请用“帮助 → 检查数据库”查看，并在“文件 → 备份与恢复”中恢复最近一份完好的备份。</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup is done: %1</source>
        <translation>今天的自动备份已完成：%1</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
</context>
</TS>
