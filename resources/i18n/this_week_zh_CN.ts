<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Areas</name>
    <message>
        <source>This week</source>
        <translation>本周待办</translation>
    </message>
</context>
<context>
    <name>ThisWeekActions</name>
    <message>
        <source>Record 1:1</source>
        <translation>记录一对一</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
</context>
<context>
    <name>ThisWeekPage</name>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>No 1:1 yet</source>
        <translation>还没有一对一</translation>
    </message>
    <message>
        <source>Last 1:1 on %1</source>
        <translation>上次一对一：%1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>View profile</source>
        <translation>查看档案</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Nothing is due this week. Well done.</source>
        <translation>本周没有待办，干得漂亮。</translation>
    </message>
    <message>
        <source>Week of %1 – %2</source>
        <translation>本周待办（%1 至 %2）</translation>
    </message>
    <message>
        <source>%1 overdue · %2 due this week</source>
        <translation>已逾期 %1 项 · 本周到期 %2 项</translation>
    </message>
</context>
</TS>
