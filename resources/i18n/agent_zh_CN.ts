<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgentPage</name>
    <message>
        <source>(protected: open Care to read)</source>
        <translation>（受保护：请在员工关怀中查看）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Roster facts</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>辅导</translation>
    </message>
    <message>
        <source>Choose an agent above, or open one from the roster with &quot;View profile&quot;.</source>
        <translation>请在上方选择坐席，或在花名册中点“查看档案”。</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source> · left</source>
        <translation> · 已离职</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation>司龄</translation>
    </message>
    <message>
        <source>%1 days · %2</source>
        <translation>%1 天 · %2</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>技能认证</translation>
    </message>
    <message>
        <source>Career track</source>
        <translation>发展通道</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>代际</translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <source> (out of town)</source>
        <translation>（外地）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>%1 (%2 days ago)</source>
        <translation>%1（%2 天前）</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <source>Last 1:1</source>
        <translation>上次一对一</translation>
    </message>
    <message>
        <source>Next 1:1</source>
        <translation>下次一对一</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>未完成行动项</translation>
    </message>
    <message>
        <source>%1 (%2 overdue)</source>
        <translation>%1 项（逾期 %2 项）</translation>
    </message>
</context>
<context>
    <name>AgentQuickActions</name>
    <message>
        <source>Add 1:1</source>
        <translation>记录一对一</translation>
    </message>
    <message>
        <source>Add coaching note</source>
        <translation>记录辅导</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Agent profile</source>
        <translation>员工档案</translation>
    </message>
</context>
</TS>
