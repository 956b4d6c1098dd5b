<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessLogDialog</name>
    <message>
        <source>Passphrase set</source>
        <translation>设置了关怀密码</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Unlock failed: wrong passphrase</source>
        <translation>解锁失败：密码错误</translation>
    </message>
    <message>
        <source>Passphrase changed, records re-encrypted</source>
        <translation>修改密码，记录已重新加密</translation>
    </message>
    <message>
        <source>Passphrase change refused: wrong passphrase</source>
        <translation>修改密码被拒：原密码错误</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Care access log</source>
        <translation>关怀访问记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>File or note</source>
        <translation>文件 / 说明</translation>
    </message>
    <message>
        <source>The log records what was done and when, never what a record says.</source>
        <translation>访问记录只记下何时做了什么，从不记录关怀内容。</translation>
    </message>
</context>
<context>
    <name>AgentQuickActions</name>
    <message>
        <source>Record care</source>
        <translation>记录关怀</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Care</source>
        <translation>员工关怀</translation>
    </message>
</context>
<context>
    <name>AwardDialog</name>
    <message>
        <source>Record an award</source>
        <translation>记录表彰</translation>
    </message>
    <message>
        <source>Name of your own award, e.g. 暖心之星</source>
        <translation>自定义奖项名称，例如：暖心之星</translation>
    </message>
    <message>
        <source>What for — specific praise is the kind that is remembered</source>
        <translation>因为什么——越具体的表扬越让人记得住</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>奖项</translation>
    </message>
    <message>
        <source>Own award</source>
        <translation>自定义奖项</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>表彰理由</translation>
    </message>
</context>
<context>
    <name>BuddyCheckInDialog</name>
    <message>
        <source>Buddy check-in with %1</source>
        <translation>与伙伴 %1 的交流</translation>
    </message>
    <message>
        <source>How it is going — private matters go in a care record</source>
        <translation>近况如何——私人事项请记在关怀记录里</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>How it is going</source>
        <translation>近况</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>BuddyDialog</name>
    <message>
        <source>Arrange a buddy</source>
        <translation>安排伙伴</translation>
    </message>
    <message>
        <source>mood %1</source>
        <translation>情绪 %1</translation>
    </message>
    <message>
        <source>★ %1 (%2)</source>
        <translation>★ %1（%2）</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>e.g. lunch together in the first weeks</source>
        <translation>例如：前几周一起吃午饭</translation>
    </message>
    <message>
        <source>A buddy is a peer to talk to — unpaid, no goals, not the mentor. ★ marks agents of the same team in good spirits and with good grades.</source>
        <translation>伙伴是可以倾诉的同事——不发津贴、不设目标、不是师傅。★ 表示同组、情绪好、绩效好的推荐人选。</translation>
    </message>
    <message>
        <source>Buddy</source>
        <translation>伙伴</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CareActions</name>
    <message>
        <source>Care</source>
        <translation>关怀</translation>
    </message>
    <message>
        <source>Set the care passphrase on the Care page first.</source>
        <translation>请先在“关怀”页面设置关怀密码。</translation>
    </message>
</context>
<context>
    <name>CareLabels</name>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Hospital stay</source>
        <translation>住院</translation>
    </message>
    <message>
        <source>Pregnancy and birth</source>
        <translation>孕产</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>住房</translation>
    </message>
    <message>
        <source>Bereavement</source>
        <translation>丧事</translation>
    </message>
    <message>
        <source>Financial hardship</source>
        <translation>经济困难</translation>
    </message>
    <message>
        <source>Psychological (EAP)</source>
        <translation>心理(EAP)</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>家访</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>跟进中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Service star</source>
        <translation>服务之星</translation>
    </message>
    <message>
        <source>Improvement star</source>
        <translation>改进之星</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>最佳案例</translation>
    </message>
    <message>
        <source>Outstanding mentor</source>
        <translation>优秀师傅</translation>
    </message>
    <message>
        <source>Own award</source>
        <translation>自定义奖项</translation>
    </message>
    <message>
        <source>On the call</source>
        <translation>通话中表扬</translation>
    </message>
    <message>
        <source>Online review</source>
        <translation>在线评价</translation>
    </message>
    <message>
        <source>Letter of thanks</source>
        <translation>表扬信</translation>
    </message>
    <message>
        <source>Silk banner</source>
        <translation>锦旗</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <source>Care records are protected by a passphrase</source>
        <translation>关怀记录由密码保护</translation>
    </message>
    <message>
        <source>Health, pregnancy and family matters are sensitive personal information. Before the first record, set a care passphrase: what happened, the support given and notes are encrypted with it, and without it nobody can read them — not even you, if you forget it.</source>
        <translation>健康、孕产、家庭等情况属于敏感个人信息。记录第一条关怀前，请先设置关怀密码：事情经过、支持措施和备注都会用它加密保存。没有密码，任何人都看不到这些内容；忘了密码，您自己也一样看不到。</translation>
    </message>
    <message>
        <source>Set the care passphrase…</source>
        <translation>设置关怀密码…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>访问记录</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Search agent name</source>
        <translation>搜索员工姓名</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>新增记录</translation>
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
        <source>No care records yet. Record a hospital visit, a birthday or a home visit with “New record”.</source>
        <translation>还没有关怀记录。住院探望、生日、家访等，都可以点“新增记录”记下来。</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Unlocked · locks after %1 minutes without use</source>
        <translation>已解锁 · 闲置 %1 分钟后自动锁定</translation>
    </message>
    <message>
        <source>Locked · only date, agent and category are shown</source>
        <translation>已锁定 · 仅显示日期、员工和类别</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>立即锁定</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>解锁…</translation>
    </message>
    <message>
        <source>Asks for the care passphrase first</source>
        <translation>先输入关怀密码，再新增记录</translation>
    </message>
    <message>
        <source>Showing %1 of %2 care records</source>
        <translation>显示 %1 / %2 条关怀记录</translation>
    </message>
    <message>
        <source>Unlock to see the details.</source>
        <translation>解锁后可查看详情。</translation>
    </message>
    <message>
        <source>follow up on %1</source>
        <translation>%1 回访</translation>
    </message>
    <message>
        <source>aid %1</source>
        <translation>补助 %1</translation>
    </message>
    <message>
        <source>acceptance not known</source>
        <translation>是否接受尚不清楚</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>未接受</translation>
    </message>
    <message>
        <source>Referred to EAP on %1, %2</source>
        <translation>%1 转介 EAP，%2</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事情经过</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>支持措施</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Passphrase changed; %1 records re-encrypted.</source>
        <translation>密码已修改，%1 条记录已重新加密。</translation>
    </message>
    <message>
        <source>%1 damaged records could not be read and were left as they were.</source>
        <translation>另有 %1 条损坏的记录无法读取，保持原样。</translation>
    </message>
    <message>
        <source>Could not complete</source>
        <translation>操作未完成</translation>
    </message>
    <message>
        <source>Care record saved</source>
        <translation>关怀记录已保存</translation>
    </message>
    <message>
        <source>Delete care record</source>
        <translation>删除关怀记录</translation>
    </message>
    <message>
        <source>Delete the %1 record of %2 from %3? This cannot be undone.</source>
        <translation>删除 %2 在 %3 的“%1”记录？删除后无法恢复。</translation>
    </message>
    <message>
        <source>Export care records</source>
        <translation>导出关怀记录</translation>
    </message>
    <message>
        <source>The exported workbook is NOT encrypted and holds sensitive personal information. Keep it only as long as needed and never send it to HQ. The export is recorded in the access log. Continue?</source>
        <translation>导出的 Excel 文件不加密，含有敏感个人信息。用完请及时删除，切勿发给总部。本次导出会写入访问记录。是否继续？</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 care records exported to %2</source>
        <translation>已导出 %1 条关怀记录到 %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>CareRecordDialog</name>
    <message>
        <source>Edit care record</source>
        <translation>编辑关怀记录</translation>
    </message>
    <message>
        <source>New care record</source>
        <translation>新增关怀记录</translation>
    </message>
    <message>
        <source>Type a name or employee no.</source>
        <translation>输入姓名或工号查找</translation>
    </message>
    <message>
        <source>What happened, in a few sentences</source>
        <translation>简要写下发生了什么</translation>
    </message>
    <message>
        <source>Visits, time off, aid applied for, referrals…</source>
        <translation>探望、调休、申请补助、转介 EAP 等</translation>
    </message>
    <message>
        <source>Agent *</source>
        <translation>员工 *</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>日期 *</translation>
    </message>
    <message>
        <source>Category *</source>
        <translation>类别 *</translation>
    </message>
    <message>
        <source>What happened *</source>
        <translation>事情经过 *</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>支持措施</translation>
    </message>
    <message>
        <source>Aid amount</source>
        <translation>补助金额</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>EAP</source>
        <translation>EAP 转介</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>What happened, support given, the EAP referral and notes are stored encrypted. Write only what you need to help: minimum necessary.</source>
        <translation>事情经过、支持措施、EAP 转介和备注加密保存。只记帮助员工所必需的内容（最小必要）。</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
</context>
<context>
    <name>CareSection</name>
    <message>
        <source>Care</source>
        <translation>关怀</translation>
    </message>
    <message>
        <source>1:1 mood</source>
        <translation>一对一情绪</translation>
    </message>
    <message>
        <source>Buddy</source>
        <translation>伙伴</translation>
    </message>
    <message>
        <source>Award…</source>
        <translation>记录表彰…</translation>
    </message>
    <message>
        <source>Customer praise…</source>
        <translation>记录表扬…</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>认可</translation>
    </message>
    <message>
        <source>Life stage…</source>
        <translation>特殊时期…</translation>
    </message>
    <message>
        <source>Life stage</source>
        <translation>特殊时期</translation>
    </message>
    <message>
        <source>Link an earlier employment…</source>
        <translation>关联前一段任职…</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>任职</translation>
    </message>
    <message>
        <source>No mood noted in a 1:1 yet</source>
        <translation>一对一中还没有记录情绪</translation>
    </message>
    <message>
        <source>%1 (latest %2)</source>
        <translation>%1（最近 %2）</translation>
    </message>
    <message>
        <source>fell at each of the last two 1:1s</source>
        <translation>最近两次一对一连续下降</translation>
    </message>
    <message>
        <source>2 or below</source>
        <translation>低于或等于 2 分</translation>
    </message>
    <message>
        <source>needs a conversation: %1</source>
        <translation>需要谈一谈：%1</translation>
    </message>
    <message>
        <source>%1 since %2 · %3 check-ins</source>
        <translation>%1 自 %2 · 交流 %3 次</translation>
    </message>
    <message>
        <source>buddy to %1</source>
        <translation>担任 %1 的伙伴</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Buddy check-in…</source>
        <translation>记录伙伴交流…</translation>
    </message>
    <message>
        <source>Arrange a buddy…</source>
        <translation>安排伙伴…</translation>
    </message>
    <message>
        <source>last 12 months: %1 awards · %2 praises</source>
        <translation>近 12 个月：表彰 %1 次 · 表扬 %2 次</translation>
    </message>
    <message>
        <source>latest: %1 (%2)</source>
        <translation>最近：%1（%2）</translation>
    </message>
    <message>
        <source>review shifts by %1</source>
        <translation>复核排班：%1</translation>
    </message>
    <message>
        <source>%1 periods · counted tenure %2 days (%3)</source>
        <translation>%1 段任职 · 连续工龄 %2 天（%3）</translation>
    </message>
    <message>
        <source>one period</source>
        <translation>一段任职</translation>
    </message>
</context>
<context>
    <name>CareSettingsTab</name>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Care records lock themselves after this many minutes without use. The passphrase is never saved.</source>
        <translation>关怀记录闲置这么多分钟后自动锁定。关怀密码从不保存。</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>闲置自动锁定</translation>
    </message>
    <message>
        <source>Birthdays (from the birth date)</source>
        <translation>生日（按出生日期）</translation>
    </message>
    <message>
        <source>Work anniversaries</source>
        <translation>入职周年</translation>
    </message>
    <message>
        <source>Stage milestones: 1 month, 3 months (end of probation), 12 months</source>
        <translation>阶段节点：满1个月、满3个月（试用期结束）、满12个月</translation>
    </message>
    <message>
        <source>Care follow-ups falling due</source>
        <translation>关怀回访到期</translation>
    </message>
    <message>
        <source>A mentoring pairing&apos;s planned end</source>
        <translation>师徒带教计划结束</translation>
    </message>
    <message>
        <source>Review shifts of agents with a life-stage flag</source>
        <translation>为有特殊时期标记（孕期、哺乳期、外地单身）的坐席复核排班</translation>
    </message>
    <message>
        <source>Reminders on This week</source>
        <translation>本周待办中的提醒</translation>
    </message>
</context>
<context>
    <name>CareTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>补助</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事情经过</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>支持措施</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>数据损坏</translation>
    </message>
</context>
<context>
    <name>EapBox</name>
    <message>
        <source>Referred to EAP on</source>
        <translation>已转介 EAP，日期</translation>
    </message>
    <message>
        <source>Accepted: not known yet</source>
        <translation>是否接受：尚不清楚</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>未接受</translation>
    </message>
    <message>
        <source>Follow-up: sessions taken, how it helped, next check</source>
        <translation>跟进：已咨询几次、效果如何、下次何时了解</translation>
    </message>
</context>
<context>
    <name>LifeStage</name>
    <message>
        <source>Pregnant</source>
        <translation>孕期</translation>
    </message>
    <message>
        <source>Nursing</source>
        <translation>哺乳期</translation>
    </message>
    <message>
        <source>Single, far from home</source>
        <translation>外地单身</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>set (unlock care to see)</source>
        <translation>已设置（解锁关怀后可见）</translation>
    </message>
</context>
<context>
    <name>LifeStageDialog</name>
    <message>
        <source>Life stage</source>
        <translation>特殊时期</translation>
    </message>
    <message>
        <source>e.g. day shifts only from week 20; lives alone, 3 hours from home</source>
        <translation>例如：孕二十周起只排白班；独居，离家三小时车程</translation>
    </message>
    <message>
        <source>Stored encrypted like care details. 本周待办 only says that shifts are due a review, never why. Untick everything to remove the flags.</source>
        <translation>与关怀详情一样加密保存。本周待办只提示需要复核排班，不显示原因。全部取消勾选即删除标记。</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Review shifts on</source>
        <translation>复核排班日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Wrong passphrase</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>The passphrase needs at least 8 characters</source>
        <translation>密码至少需要 8 个字符</translation>
    </message>
    <message>
        <source>Set a care passphrase first</source>
        <translation>请先设置关怀密码</translation>
    </message>
    <message>
        <source>A care passphrase is already set</source>
        <translation>已经设置过关怀密码</translation>
    </message>
    <message>
        <source>The care key store is damaged; restore a backup of the database</source>
        <translation>关怀密钥数据已损坏，请从数据库备份恢复</translation>
    </message>
    <message>
        <source>Care records are locked; unlock them first</source>
        <translation>关怀记录已锁定，请先解锁</translation>
    </message>
    <message>
        <source>The care passphrase was changed; unlock again</source>
        <translation>关怀密码已修改，请重新解锁</translation>
    </message>
    <message>
        <source>This record&apos;s details are damaged and cannot be read</source>
        <translation>数据损坏：这条记录的详情无法读取</translation>
    </message>
    <message>
        <source>The date cannot be in the future</source>
        <translation>日期不能晚于今天</translation>
    </message>
    <message>
        <source>The follow-up cannot be before the date</source>
        <translation>回访日期不能早于记录日期</translation>
    </message>
    <message>
        <source>The amount must be between 0 and 1,000,000</source>
        <translation>金额须在 0 到 1,000,000 元之间</translation>
    </message>
    <message>
        <source>Several agents have this name; pick one from the list or type the employee no.</source>
        <translation>有多位同名坐席，请从列表中选择或输入工号</translation>
    </message>
    <message>
        <source>No current agent has this name or employee no.</source>
        <translation>没有在职坐席是这个姓名或工号</translation>
    </message>
    <message>
        <source>An agent cannot be their own buddy</source>
        <translation>不能给自己做伙伴</translation>
    </message>
    <message>
        <source>The mentor teaches; a buddy should be another peer</source>
        <translation>师傅负责带教，伙伴应是另一位同事</translation>
    </message>
    <message>
        <source>Both agents must be currently employed</source>
        <translation>双方都须在职</translation>
    </message>
    <message>
        <source>This agent already has a buddy; end that pairing first</source>
        <translation>该坐席已有伙伴，请先结束原伙伴关系</translation>
    </message>
    <message>
        <source>This buddy already supports two colleagues</source>
        <translation>这位伙伴已在陪伴两位同事</translation>
    </message>
    <message>
        <source>A record cannot be linked to itself</source>
        <translation>不能关联到自身</translation>
    </message>
    <message>
        <source>The earlier record must be a leaver</source>
        <translation>前一段任职记录必须是已离职人员</translation>
    </message>
    <message>
        <source>The earlier employment must end before this one starts</source>
        <translation>前一段任职必须在本次入职前结束</translation>
    </message>
    <message>
        <source>Choose 1 to 5</source>
        <translation>请选择 1 到 5</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Set the care passphrase</source>
        <translation>设置关怀密码</translation>
    </message>
    <message>
        <source>Change the care passphrase</source>
        <translation>修改关怀密码</translation>
    </message>
    <message>
        <source>Unlock care records</source>
        <translation>解锁关怀记录</translation>
    </message>
    <message>
        <source>I understand: if I forget it, nobody can recover the details</source>
        <translation>我已了解：忘记密码后，任何人都无法找回详情</translation>
    </message>
    <message>
        <source>Enter the care passphrase to see what happened and the support given.</source>
        <translation>输入关怀密码，查看事情经过和支持措施。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>All care records are re-encrypted with the new passphrase in one step: either all of them change, or none.</source>
        <translation>所有关怀记录会用新密码一次性重新加密：要么全部完成，要么一条都不改。</translation>
    </message>
    <message>
        <source>Care details (health, pregnancy, family) are sensitive personal information. They are stored encrypted with a key made from this passphrase. The passphrase is not saved anywhere.</source>
        <translation>关怀详情（健康、孕产、家庭）属于敏感个人信息，会用由此密码生成的密钥加密保存。密码本身不会保存在任何地方。</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>Forgotten means lost: without this passphrase the details cannot be recovered, by you or by anyone else. Write it down and keep it somewhere safe.</source>
        <translation>忘记即丢失：没有这个密码，您和任何人（包括软件作者）都无法恢复关怀详情。请写下来妥善保管。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Set passphrase</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Enter the passphrase</source>
        <translation>请输入密码</translation>
    </message>
    <message>
        <source>Enter the current passphrase</source>
        <translation>请输入当前密码</translation>
    </message>
    <message>
        <source>The two new passphrases differ</source>
        <translation>两次输入的新密码不一致</translation>
    </message>
    <message>
        <source>Tick the box to confirm you have kept the passphrase safe</source>
        <translation>请勾选确认：您已妥善记下密码</translation>
    </message>
</context>
<context>
    <name>PraiseDialog</name>
    <message>
        <source>Record a customer&apos;s praise</source>
        <translation>记录客户表扬</translation>
    </message>
    <message>
        <source>What the customer said, in their words</source>
        <translation>客户的原话</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>客户原话</translation>
    </message>
</context>
<context>
    <name>RehireDialog</name>
    <message>
        <source>Link an earlier employment</source>
        <translation>关联前一段任职</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 to %4</source>
        <translation>%1（%2）· %3 至 %4</translation>
    </message>
    <message>
        <source>The same person came back. Tenure adds both periods when the break was a year or less; after a longer break it starts again. The stage follows that tenure.</source>
        <translation>同一人再次入职。间隔不超过一年时，两段司龄连续计算；间隔更长则重新计算。成长阶段按计算后的司龄确定。</translation>
    </message>
    <message>
        <source>Earlier record</source>
        <translation>前一段任职记录</translation>
    </message>
</context>
<context>
    <name>ThisWeek</name>
    <message>
        <source>Care follow-up: health</source>
        <translation>关怀回访：健康</translation>
    </message>
    <message>
        <source>Care follow-up: hospital stay</source>
        <translation>关怀回访：住院</translation>
    </message>
    <message>
        <source>Care follow-up: pregnancy and birth</source>
        <translation>关怀回访：孕产</translation>
    </message>
    <message>
        <source>Care follow-up: family</source>
        <translation>关怀回访：家庭</translation>
    </message>
    <message>
        <source>Care follow-up: housing</source>
        <translation>关怀回访：住房</translation>
    </message>
    <message>
        <source>Care follow-up: bereavement</source>
        <translation>关怀回访：丧事</translation>
    </message>
    <message>
        <source>Care follow-up: financial hardship</source>
        <translation>关怀回访：经济困难</translation>
    </message>
    <message>
        <source>Care follow-up: psychological (EAP)</source>
        <translation>关怀回访：心理(EAP)</translation>
    </message>
    <message>
        <source>Care follow-up: birthday</source>
        <translation>关怀回访：生日</translation>
    </message>
    <message>
        <source>Care follow-up: home visit</source>
        <translation>关怀回访：家访</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Work anniversary (hired on)</source>
        <translation>入职周年（入职日期）</translation>
    </message>
    <message>
        <source>One month since hiring</source>
        <translation>入职满一个月</translation>
    </message>
    <message>
        <source>Three months: end of the new-hire stage and probation</source>
        <translation>满三个月：新人期与试用期结束</translation>
    </message>
    <message>
        <source>Twelve months: now an expert</source>
        <translation>满一年：进入专家期</translation>
    </message>
    <message>
        <source>Review shifts (life stage)</source>
        <translation>复核排班（特殊时期）</translation>
    </message>
</context>
<context>
    <name>ThisWeekActions</name>
    <message>
        <source>Open in Care</source>
        <translation>到员工关怀查看</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Care: health</source>
        <translation>关怀：健康</translation>
    </message>
    <message>
        <source>Care: hospital stay</source>
        <translation>关怀：住院</translation>
    </message>
    <message>
        <source>Care: pregnancy and birth</source>
        <translation>关怀：孕产</translation>
    </message>
    <message>
        <source>Care: family</source>
        <translation>关怀：家庭</translation>
    </message>
    <message>
        <source>Care: housing</source>
        <translation>关怀：住房</translation>
    </message>
    <message>
        <source>Care: bereavement</source>
        <translation>关怀：丧事</translation>
    </message>
    <message>
        <source>Care: financial hardship</source>
        <translation>关怀：经济困难</translation>
    </message>
    <message>
        <source>Care: psychological (EAP)</source>
        <translation>关怀：心理(EAP)</translation>
    </message>
    <message>
        <source>Care: birthday</source>
        <translation>关怀：生日</translation>
    </message>
    <message>
        <source>Care: home visit</source>
        <translation>关怀：家访</translation>
    </message>
    <message>
        <source>Care follow-up due</source>
        <translation>关怀回访到期</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Buddy</source>
        <translation>伙伴</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>认可</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>离职</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>关怀</translation>
    </message>
    <message>
        <source>Exit interview: customer service elsewhere</source>
        <translation>离职面谈：去其他单位做客服</translation>
    </message>
    <message>
        <source>Exit interview: another industry</source>
        <translation>离职面谈：转行</translation>
    </message>
    <message>
        <source>Exit interview: study</source>
        <translation>离职面谈：深造</translation>
    </message>
    <message>
        <source>Exit interview: back home</source>
        <translation>离职面谈：回老家发展</translation>
    </message>
    <message>
        <source>Exit interview: family</source>
        <translation>离职面谈：回归家庭</translation>
    </message>
    <message>
        <source>Exit interview: undecided</source>
        <translation>离职面谈：去向未定</translation>
    </message>
    <message>
        <source>Exit interview</source>
        <translation>离职面谈</translation>
    </message>
    <message>
        <source>Award: service star</source>
        <translation>表彰：服务之星</translation>
    </message>
    <message>
        <source>Award: improvement star</source>
        <translation>表彰：改进之星</translation>
    </message>
    <message>
        <source>Award: best case</source>
        <translation>表彰：最佳案例</translation>
    </message>
    <message>
        <source>Award: outstanding mentor</source>
        <translation>表彰：优秀师傅</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>表彰</translation>
    </message>
    <message>
        <source>Customer praise (call)</source>
        <translation>客户表扬（通话）</translation>
    </message>
    <message>
        <source>Customer praise (online review)</source>
        <translation>客户表扬（在线评价）</translation>
    </message>
    <message>
        <source>Customer praise (letter)</source>
        <translation>客户表扬（表扬信）</translation>
    </message>
    <message>
        <source>Customer praise (silk banner)</source>
        <translation>客户表扬（锦旗）</translation>
    </message>
    <message>
        <source>Customer praise</source>
        <translation>客户表扬</translation>
    </message>
    <message>
        <source>Buddy arranged</source>
        <translation>安排伙伴</translation>
    </message>
    <message>
        <source>Became a buddy</source>
        <translation>担任伙伴</translation>
    </message>
    <message>
        <source>Buddy pairing ended</source>
        <translation>伙伴关系结束</translation>
    </message>
    <message>
        <source>Buddy check-in</source>
        <translation>伙伴交流</translation>
    </message>
</context>
<context>
    <name>TotalsView</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <source>Each cell: number of records · aid granted. Reports to HQ carry only these counts and amounts by category, never names; counts of 1–2 are shown as &lt;3 without the amount.</source>
        <translation>每格：记录条数 · 补助金额。上报总部时只按类别给出条数和金额，绝不含姓名；1–2 条的格子显示为 &lt;3，且不给金额。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Open follow-ups: %1 (overdue: %2)</source>
        <translation>待回访 %1 条（已逾期 %2 条）</translation>
    </message>
</context>
</TS>
