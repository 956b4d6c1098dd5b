<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Areas</name>
    <message>
        <source>HQ report</source>
        <translation>总部月报</translation>
    </message>
</context>
<context>
    <name>ExportLogModel</name>
    <message>
        <source>HQ report</source>
        <translation>总部月报</translation>
    </message>
    <message>
        <source>Roster export</source>
        <translation>花名册导出</translation>
    </message>
    <message>
        <source>Roster import</source>
        <translation>花名册导入</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <source>Workforce</source>
        <translation>人员概况</translation>
    </message>
    <message>
        <source>Roster detail</source>
        <translation>人员明细</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>绩效</translation>
    </message>
    <message>
        <source>Recruiting</source>
        <translation>招聘</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>带教</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>辅导</translation>
    </message>
    <message>
        <source>Training and development</source>
        <translation>培养与发展</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>关怀</translation>
    </message>
    <message>
        <source>Leavers</source>
        <translation>离职</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>报告内容</translation>
    </message>
    <message>
        <source>The cover sheet is always included. Care data appears only as counts and aid totals by category — never a name, an employee no. or a detail.</source>
        <translation>封面始终包含。关怀数据仅以类别的次数和补助金额汇总呈现，绝不包含姓名、工号或任何详情。</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>导出月报…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>报告月份</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>导出记录</translation>
    </message>
    <message>
        <source>No report exported yet. Choose the month and the sheets above, then &quot;Export report…&quot;: each export is listed here with its file.</source>
        <translation>还没有导出过月报。在上方选好月份和要包含的内容，再点「导出月报…」；每次导出都会连同文件位置列在这里。</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出月报</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>Writing sheet %1 of %2…</source>
        <translation>正在写入第 %1 / %2 张工作表…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
</TS>
