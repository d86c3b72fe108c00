<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>Cannot reach the shop&apos;s hub</source>
        <translation>连接不上店铺主机</translation>
    </message>
    <message>
        <source>{reason}

Try again now? (No closes ShopOwner. To work on this PC&apos;s own shop file instead: python main.py hub leave)</source>
        <translation>{reason}

现在再试一次吗？（选“否”将关闭掌柜私域。若要改用本机自己的店铺文件：python main.py hub leave）</translation>
    </message>
    <message>
        <source>Connecting to the shop&apos;s hub…</source>
        <translation>正在连接店铺主机…</translation>
    </message>
    <message>
        <source>Opening the shop…</source>
        <translation>正在打开店铺…</translation>
    </message>
    <message>
        <source>ShopOwner</source>
        <translation>掌柜私域</translation>
    </message>
    <message>
        <source>ShopOwner cannot open its data</source>
        <translation>掌柜私域无法打开数据</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Customer book</source>
        <translation>客户簿</translation>
    </message>
    <message>
        <source>Letters and insert cards</source>
        <translation>感谢信与包裹卡</translation>
    </message>
    <message>
        <source>Follow-ups and feedback</source>
        <translation>跟进与反馈</translation>
    </message>
    <message>
        <source>Daily review</source>
        <translation>每日回顾</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>朋友圈</translation>
    </message>
    <message>
        <source>Growth figures</source>
        <translation>经营数据</translation>
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
        <translation>显示这段帮助并退出</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>参数 %s 中必须给出一个</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能和参数 %s 一起使用</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多只能有一个值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>忽略了多余的参数 %r</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>无法打开“%(filename)s”：%(error)s</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>显示版本号并退出</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Could not save</source>
        <translation>没能保存</translation>
    </message>
    <message>
        <source>Could not read</source>
        <translation>没能读取</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>By you</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日自动</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>升级前自动</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入前自动</translation>
    </message>
    <message>
        <source>Set aside by a restore</source>
        <translation>恢复前保留的原文件</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>其他文件</translation>
    </message>
    <message>
        <source>&amp;Backups and restore…</source>
        <translation>备份与恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>恢复这份备份？</translation>
    </message>
    <message>
        <source>The shop file will be replaced by the backup of {backup}. Whatever was entered after that backup will no longer be in the shop. The current file is kept in the backups folder (shopowner-before-restore-….db), never deleted. Restore now?</source>
        <translation>店铺文件将换成 {backup} 的备份。这份备份之后录入的内容将不在店铺里。当前文件会保留在备份文件夹中（shopowner-before-restore-….db），不会被删除。现在恢复吗？</translation>
    </message>
    <message>
        <source>The hub&apos;s book will be replaced by the backup of {backup}, for every PC of the shop. Whatever anyone entered after that backup will no longer be in the shop. The book as it is now is kept in this PC&apos;s backups folder (shopowner-before-restore-….db), never deleted. Restore now?</source>
        <translation>店铺主机上的客户簿将换成 {backup} 的备份，店里每台电脑都一样。这份备份之后任何人录入的内容都不会再在店里。现在的客户簿会保留在本机的备份文件夹里（shopowner-before-restore-….db），永不删除。现在恢复吗？</translation>
    </message>
    <message>
        <source>Restore later</source>
        <translation>请稍后再恢复</translation>
    </message>
    <message>
        <source>ShopOwner is still working in the background (an import, printing or a backup). Wait until it has finished, then restore again.</source>
        <translation>掌柜私域还在后台工作（导入、打印或备份）。请等它完成后再恢复。</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message numerus="yes">
        <source>Backup restored: the shop holds %n customer(s).</source>
        <translation>
            <numerusform>备份已恢复：店铺里有 %n 位客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub&apos;s book is now the backup {backup}, for every PC. The book as it was is kept as {aside}.</source>
        <translation>店铺主机上的客户簿已换成备份 {backup}，每台电脑都一样。原来的客户簿保留为 {aside}。</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>The shop file is now the backup {backup}. The previous file was kept as {aside}.</source>
        <translation>店铺文件已换成备份 {backup}。原来的文件保留为 {aside}。</translation>
    </message>
    <message>
        <source>(there was none)</source>
        <translation>（原来没有文件）</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>备份没有恢复</translation>
    </message>
    <message>
        <source>{date} ({kind})</source>
        <translation>{date}（{kind}）</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>ShopOwner backs up the shop file by itself: at the first start of each day, before an update and before a big import. It keeps the newest {daily} daily, {weekly} weekly and {monthly} monthly backups; yours and the files set aside by a restore are never deleted. Copy the folder to a USB stick or a cloud drive now and then.</source>
        <translation>掌柜私域会自动备份店铺文件：每天第一次打开时、升级前、大批导入前。自动备份保留最近 {daily} 天、{weekly} 周、{monthly} 个月各一份；您手动做的备份和恢复前保留的原文件永不删除。建议不时把备份文件夹复制到 U 盘或网盘。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Copy the shop file to…</source>
        <translation>复制店铺文件到…</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>正在读取备份…</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>文件夹：{folder}</translation>
    </message>
    <message>
        <source>No backups yet. Click “Back up now”: ShopOwner will also make one by itself each day.</source>
        <translation>还没有备份。点“立即备份”；掌柜私域每天也会自动备份一次。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
</context>
<context>
    <name>ChannelKinds</name>
    <message>
        <source>Live streaming (直播)</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>Xiaohongshu (小红书)</source>
        <translation>小红书</translation>
    </message>
    <message>
        <source>Douyin (抖音)</source>
        <translation>抖音</translation>
    </message>
    <message>
        <source>CPS affiliates (CPS 分销)</source>
        <translation>CPS 分销</translation>
    </message>
    <message>
        <source>Parcel cards (包裹卡)</source>
        <translation>包裹卡</translation>
    </message>
    <message>
        <source>Offline (线下)</source>
        <translation>线下</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>There is no channel “{name}”. “channels list” shows them all.</source>
        <translation>没有名为“{name}”的渠道。“channels list”会列出所有渠道。</translation>
    </message>
    <message>
        <source>Give the channel a name, such as 小红书投放 or 抖音直播.</source>
        <translation>请给渠道起个名字，例如 小红书投放 或 抖音直播。</translation>
    </message>
    <message>
        <source>A channel&apos;s name has at most {n} characters.</source>
        <translation>渠道名称最多 {n} 个字。</translation>
    </message>
    <message>
        <source>There is already a channel called “{name}”.</source>
        <translation>已经有名为“{name}”的渠道了。</translation>
    </message>
    <message>
        <source>“{kind}” is not a kind of channel. Choose one of: {kinds}.</source>
        <translation>“{kind}”不是渠道类型。请从以下选择：{kinds}。</translation>
    </message>
    <message>
        <source>The shop has a parcel-card channel already: the cards&apos; adds are counted once, there.</source>
        <translation>店铺已有一个包裹卡渠道：卡片带来的加微只在那里统计一次。</translation>
    </message>
    <message>
        <source>“{text}” is not a day. Type it as 2026-11-05, or a month as 2026-11.</source>
        <translation>“{text}”不是日期。请写成 2026-11-05，或按月写成 2026-11。</translation>
    </message>
    <message>
        <source>The cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Type the cost in yuan, such as 3000.</source>
        <translation>请以元为单位填写费用，例如 3000。</translation>
    </message>
    <message>
        <source>Give both the first and the last day of the period (or neither, for this month).</source>
        <translation>请同时填写期间的第一天和最后一天（都不填则为本月）。</translation>
    </message>
    <message>
        <source>The period ends ({to}) before it starts ({first}).</source>
        <translation>期间的结束日（{to}）早于开始日（{first}）。</translation>
    </message>
    <message>
        <source>There is no channel {id}.</source>
        <translation>没有编号为 {id} 的渠道。</translation>
    </message>
    <message>
        <source>“{name}” is the parcel-card channel: its adds come back with the cards&apos; own codes, so it has no poster.</source>
        <translation>“{name}”是包裹卡渠道：它的加微来自卡片自己的暗号，所以没有海报。</translation>
    </message>
    <message>
        <source>Set your WeChat QR code first (Settings → Cards, or “settings set wechat-qr FILE”): the poster carries it.</source>
        <translation>请先设置你的微信二维码（设置 → 卡片，或“settings set wechat-qr 文件”）：海报上要印它。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>data folder (default: $SHOPOWNER_DATA_DIR or the system&apos;s app-data folder)</source>
        <translation>数据文件夹（默认：$SHOPOWNER_DATA_DIR 或系统的应用数据文件夹）</translation>
    </message>
    <message>
        <source>language of messages (default: 简体中文)</source>
        <translation>提示信息的语言（默认：简体中文）</translation>
    </message>
    <message>
        <source>team mode: work on the shop&apos;s hub at postgresql://user:password@host:5432/shop (default: $SHOPOWNER_DATABASE_URL, or the hub this data folder joined)</source>
        <translation>团队模式：使用位于 postgresql://用户:密码@主机:5432/店铺 的店铺主机（默认：$SHOPOWNER_DATABASE_URL，或此数据文件夹已加入的主机）</translation>
    </message>
    <message>
        <source>team mode: who runs the command, once the book has staff (default: $SHOPOWNER_STAFF; a PIN: $SHOPOWNER_PIN)</source>
        <translation>团队模式：谁在运行这条命令（店铺有员工名单后必填；默认：$SHOPOWNER_STAFF；PIN：$SHOPOWNER_PIN）</translation>
    </message>
    <message>
        <source>build the window offscreen, render a test card, check both and exit</source>
        <translation>在后台建立主窗口、生成一张测试卡片，检查两者后退出</translation>
    </message>
    <message>
        <source>ShopOwner (掌柜私域): customer book, thank-you insert cards and follow-ups. Without a command the window opens.</source>
        <translation>掌柜私域：客户簿、感谢信包裹卡与跟进记录。不带命令运行时打开主窗口。</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
    <message>
        <source>fill the data folder with a demo shop</source>
        <translation>在数据文件夹中建立演示店铺</translation>
    </message>
    <message>
        <source>print the counts as JSON</source>
        <translation>以 JSON 输出数量</translation>
    </message>
    <message>
        <source>The data folder {path} already holds a shop; the demo is only added to an empty one.</source>
        <translation>数据文件夹 {path} 里已经有店铺数据；演示店铺只能建在空文件夹里。</translation>
    </message>
    <message>
        <source>Demo shop created in {path}: {customers} customers, {orders} orders from the platforms and {private} sold over WeChat, {moments} Moments posts.</source>
        <translation>演示店铺已建在 {path}：{customers} 位客户，平台订单 {orders} 笔，微信私域订单 {private} 笔，朋友圈 {moments} 条。</translation>
    </message>
    <message>
        <source>show or change the shop&apos;s settings</source>
        <translation>查看或修改店铺设置</translation>
    </message>
    <message>
        <source>print one setting</source>
        <translation>显示一项设置</translation>
    </message>
    <message>
        <source>change one setting</source>
        <translation>修改一项设置</translation>
    </message>
    <message>
        <source>print every setting as JSON</source>
        <translation>以 JSON 显示全部设置</translation>
    </message>
    <message>
        <source>{key} is not set.</source>
        <translation>{key} 尚未设置。</translation>
    </message>
    <message>
        <source>{key} is cleared.</source>
        <translation>{key} 已清除。</translation>
    </message>
    <message>
        <source>{key} = {value}</source>
        <translation>{key} = {value}</translation>
    </message>
    <message>
        <source>write a consistent backup of the shop file</source>
        <translation>写一份完整一致的数据备份</translation>
    </message>
    <message>
        <source>backup file (default: backups/shopowner-DATE.db in the data folder)</source>
        <translation>备份文件（默认：数据文件夹里的 backups/shopowner-日期.db）</translation>
    </message>
    <message>
        <source>list the backups in the data folder (newest first)</source>
        <translation>列出数据文件夹里的备份（最新的在前）</translation>
    </message>
    <message>
        <source>with --list: as JSON</source>
        <translation>与 --list 一起用：输出 JSON</translation>
    </message>
    <message>
        <source>put a backup back as the shop file (the current file is kept aside)</source>
        <translation>用备份恢复店铺文件（当前文件会另外保留）</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>要恢复的备份文件</translation>
    </message>
    <message>
        <source>restore without asking first</source>
        <translation>不再询问，直接恢复</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>备份已保存到 {path}</translation>
    </message>
    <message>
        <source>No backups yet in {folder}. Make one with: python main.py backup</source>
        <translation>{folder} 里还没有备份。可以这样做一份：python main.py backup</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>文件夹：{folder}</translation>
    </message>
    <message>
        <source>{customers}, {orders}</source>
        <translation>{customers}，{orders}</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore the backup of {date} ({counts}) as the hub&apos;s book, for every PC of the shop? The book as it is now is kept aside in this PC&apos;s backups folder. [y/N] </source>
        <translation>用 {date} 的备份（{counts}）恢复店铺主机上的客户簿吗？店里每台电脑都会用它。现在的客户簿会保留在本机的备份文件夹里。[y/N] </translation>
    </message>
    <message>
        <source>Restore the backup of {date} ({counts}) as the shop file {path}? The current file is kept aside in the backups folder. [y/N] </source>
        <translation>用 {date} 的备份（{counts}）恢复店铺文件 {path} 吗？当前文件会保留在备份文件夹里。[y/N] </translation>
    </message>
    <message>
        <source>Not restored: add --yes to restore without being asked.</source>
        <translation>没有恢复：加上 --yes 可以不经询问直接恢复。</translation>
    </message>
    <message>
        <source>Not restored; nothing was changed.</source>
        <translation>没有恢复，什么都没有改动。</translation>
    </message>
    <message>
        <source>Restored {backup}: the shop now holds {counts}.</source>
        <translation>已恢复 {backup}：店铺现在有 {counts}。</translation>
    </message>
    <message>
        <source>The hub&apos;s book as it was is kept as {path}.</source>
        <translation>原来的客户簿保留为 {path}。</translation>
    </message>
    <message>
        <source>Files the backup names that neither the hub nor this PC has: {names}</source>
        <translation>备份里提到、但店铺主机和本机都没有的文件：{names}</translation>
    </message>
    <message>
        <source>The previous shop file was kept as {path}.</source>
        <translation>原来的店铺文件保留为 {path}。</translation>
    </message>
    <message>
        <source>list, show, write and restore the founder&apos;s letters</source>
        <translation>查看、显示、编写和恢复创始人的感谢信</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>every letter with its rules, current version, cards printed and WeChat adds</source>
        <translation>所有感谢信：适用规则、当前版本、已打印卡片和加微数</translation>
    </message>
    <message>
        <source>a letter&apos;s text and signature</source>
        <translation>一封感谢信的正文和落款</translation>
    </message>
    <message>
        <source>an older version (default: the current one)</source>
        <translation>旧版本（默认：当前版本）</translation>
    </message>
    <message>
        <source>a letter&apos;s versions, newest first, each with cards printed, adds and add-rate</source>
        <translation>一封感谢信的各个版本（最新的在前），以及各自的打印数、加微数和加微率</translation>
    </message>
    <message>
        <source>show at most N versions (default 50)</source>
        <translation>最多显示 N 个版本（默认 50）</translation>
    </message>
    <message>
        <source>write a letter from a text file (created if new; a new version when its words change)</source>
        <translation>用文本文件写一封感谢信（没有就新建；文字有变化时成为新版本）</translation>
    </message>
    <message>
        <source>the letter&apos;s text (UTF-8 or GBK), with merge fields such as {称呼}; - reads it from standard input</source>
        <translation>感谢信正文（UTF-8 或 GBK），可以包含 {称呼} 等插入字段；用 - 从标准输入读取</translation>
    </message>
    <message>
        <source>the signature, e.g. {创始人} (default: keep it; empty for a new letter)</source>
        <translation>落款，例如 {创始人}（默认：保持不变；新信为空）</translation>
    </message>
    <message>
        <source>who gets it: any, first (first order) or returning</source>
        <translation>发给谁：any（所有买家）、first（首次购买）或 returning（老客户复购）</translation>
    </message>
    <message>
        <source>only for orders from this platform (any: every platform)</source>
        <translation>只用于这个平台的订单（any：所有平台）</translation>
    </message>
    <message>
        <source>higher wins when several letters fit a parcel</source>
        <translation>多封信都适用时，优先级高的用</translation>
    </message>
    <message>
        <source>use the letter for printing</source>
        <translation>启用这封信</translation>
    </message>
    <message>
        <source>keep the letter but do not use it</source>
        <translation>保留这封信但不使用</translation>
    </message>
    <message>
        <source>check that the letter fits this card layout (default: the cards command&apos;s default layout)</source>
        <translation>检查感谢信能否放进这个卡片版式（默认：cards 命令的默认版式）</translation>
    </message>
    <message>
        <source>make an old version&apos;s words the current ones (as a new version; nothing is overwritten)</source>
        <translation>把旧版本的文字恢复为当前文字（作为新版本保存，不覆盖任何版本）</translation>
    </message>
    <message>
        <source>the version to restore</source>
        <translation>要恢复的版本</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>以 JSON 输出结果</translation>
    </message>
    <message>
        <source>No letters yet. Write one: letters set NAME --text-file FILE</source>
        <translation>还没有感谢信。写一封：letters set 名称 --text-file 文件</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>{name} — {audience} · {platform} · priority {priority} · {state}</source>
        <translation>{name} — {audience} · {platform} · 优先级 {priority} · {state}</translation>
    </message>
    <message numerus="yes">
        <source>version {n} of {count} · %n card(s) printed · WeChat adds: {rate}</source>
        <translation>
            <numerusform>第 {n} 版（共 {count} 个版本）· 已打印 %n 张 · 加微：{rate}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) printed with it · WeChat adds: {rate}</source>
        <translation>
            <numerusform>已用它打印 %n 张 · 加微：{rate}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>version {n} · written {when} · %n card(s) printed · WeChat adds: {rate}</source>
        <translation>
            <numerusform>第 {n} 版 · 写于 {when} · 已打印 %n 张 · 加微：{rate}</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} — version {n} of {count}, written {when}</source>
        <translation>{name} — 第 {n} 版（共 {count} 版），写于 {when}</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation>（当前）</translation>
    </message>
    <message>
        <source>Signature: {signature}</source>
        <translation>落款：{signature}</translation>
    </message>
    <message>
        <source>--limit must be 1 or more.</source>
        <translation>--limit 至少为 1。</translation>
    </message>
    <message>
        <source> · restored from version {n}</source>
        <translation> · 恢复自第 {n} 版</translation>
    </message>
    <message>
        <source>Letter “{name}” created (version {n}).</source>
        <translation>已新建感谢信“{name}”（第 {n} 版）。</translation>
    </message>
    <message>
        <source>Letter “{name}” saved as version {n}; the earlier versions are kept.</source>
        <translation>感谢信“{name}”已保存为第 {n} 版，之前的版本都保留着。</translation>
    </message>
    <message>
        <source>Letter “{name}” unchanged: version {n} already has these words.</source>
        <translation>感谢信“{name}”没有变化：第 {n} 版已经是这段文字。</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>注意：{message}</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>show or change the names products print under on the cards</source>
        <translation>查看或修改商品在卡片上印的名称</translation>
    </message>
    <message>
        <source>the products of the newest orders with their print names</source>
        <translation>列出最新订单中的商品及其印刷名称</translation>
    </message>
    <message>
        <source>where customers come from (渠道): costs, codes, posters and figures</source>
        <translation>客户从哪里来（渠道）：费用、暗号、海报和数据</translation>
    </message>
    <message>
        <source>add a channel (it gets its code)</source>
        <translation>添加渠道（会生成它的暗号）</translation>
    </message>
    <message>
        <source>the channel&apos;s name, such as 小红书投放</source>
        <translation>渠道名称，例如 小红书投放</translation>
    </message>
    <message>
        <source>what kind of channel</source>
        <translation>渠道类型</translation>
    </message>
    <message>
        <source>a note for yourself</source>
        <translation>给自己的备注</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>输出 JSON</translation>
    </message>
    <message>
        <source>rename a channel, or change its kind or notes</source>
        <translation>重命名渠道，或修改类型、备注</translation>
    </message>
    <message>
        <source>the channel&apos;s name or number</source>
        <translation>渠道名称或编号</translation>
    </message>
    <message>
        <source>its new name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <source>what a channel cost in a period</source>
        <translation>渠道在一段期间内的费用</translation>
    </message>
    <message>
        <source>what the cost was for</source>
        <translation>这笔费用的用途</translation>
    </message>
    <message>
        <source>the channels with their figures</source>
        <translation>各渠道及其数据</translation>
    </message>
    <message>
        <source>only the last N days (default: all time)</source>
        <translation>只看最近 N 天（默认：全部时间）</translation>
    </message>
    <message>
        <source>an A4 poster PDF with the channel&apos;s code and your WeChat QR</source>
        <translation>生成 A4 海报 PDF，印有渠道暗号和你的微信二维码</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>要写入的 PDF 文件</translation>
    </message>
    <message>
        <source>the cost in yuan</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>the period&apos;s first day (2026-11-01) or month (2026-11); without --from and --to: this month</source>
        <translation>期间的第一天（2026-11-01）或月份（2026-11）；不给 --from 和 --to 则为本月</translation>
    </message>
    <message>
        <source>the period&apos;s last day or month</source>
        <translation>期间的最后一天或月份</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>暗号</translation>
    </message>
    <message>
        <source>Adds</source>
        <translation>加微数</translation>
    </message>
    <message>
        <source>Cost per add</source>
        <translation>每个加微成本</translation>
    </message>
    <message>
        <source>Private orders</source>
        <translation>私域订单</translation>
    </message>
    <message>
        <source>Revenue since added</source>
        <translation>加微后营收</translation>
    </message>
    <message>
        <source>Cost per private order</source>
        <translation>每单私域订单成本</translation>
    </message>
    <message>
        <source>--from and --to give the period of --cost: add --cost too.</source>
        <translation>--from 和 --to 是 --cost 的期间：请同时给出 --cost。</translation>
    </message>
    <message>
        <source>Channel {id} “{name}” added, code {code}. Make its poster with: channels poster {name} --out poster.pdf</source>
        <translation>已添加渠道 {id}“{name}”，暗号 {code}。生成海报：channels poster {name} --out poster.pdf</translation>
    </message>
    <message>
        <source>Channel {id} “{name}” added: its adds are the redeemed cards.</source>
        <translation>已添加渠道 {id}“{name}”：它的加微数就是已核销的卡片。</translation>
    </message>
    <message>
        <source>say what to change: --name, --kind or --notes.</source>
        <translation>请说明要改什么：--name、--kind 或 --notes。</translation>
    </message>
    <message>
        <source>Channel “{name}”</source>
        <translation>渠道“{name}”</translation>
    </message>
    <message>
        <source>Channel {id} saved: “{name}”, {kind}.</source>
        <translation>渠道 {id} 已保存：“{name}”，{kind}。</translation>
    </message>
    <message>
        <source>“{name}” cost {cost} from {first} to {last}.</source>
        <translation>“{name}”在 {first} 至 {last} 的费用为 {cost}。</translation>
    </message>
    <message>
        <source>--days must be 1 or more.</source>
        <translation>--days 必须大于等于 1。</translation>
    </message>
    <message>
        <source>No channels yet: add one with channels add NAME --kind KIND.</source>
        <translation>还没有渠道：用 channels add 名称 --kind 类型 添加一个。</translation>
    </message>
    <message>
        <source>Poster for “{name}” (code {code}) written to {path}</source>
        <translation>“{name}”的海报（暗号 {code}）已写入 {path}</translation>
    </message>
    <message>
        <source>how many products (default 50)</source>
        <translation>列出多少个商品（默认 50）</translation>
    </message>
    <message>
        <source>give a product your own print name</source>
        <translation>为商品设置你自己的印刷名称</translation>
    </message>
    <message>
        <source>the product&apos;s title, as listed or as “list” shows it</source>
        <translation>商品标题：平台上的标题，或 “list” 显示的标题</translation>
    </message>
    <message>
        <source>the short name to print</source>
        <translation>要印的简短名称</translation>
    </message>
    <message>
        <source>go back to the automatic print name</source>
        <translation>恢复自动印刷名称</translation>
    </message>
    <message>
        <source>--limit must be at least 1.</source>
        <translation>--limit 至少为 1。</translation>
    </message>
    <message>
        <source>No products yet: import your orders first.</source>
        <translation>还没有商品：请先导入订单。</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>自定</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>“{key}” now prints as “{name}”.</source>
        <translation>“{key}” 现在印作 “{name}”。</translation>
    </message>
    <message>
        <source>“{key}” had no print name of yours; it prints as “{name}”.</source>
        <translation>“{key}” 没有你自定的印刷名称；它印作 “{name}”。</translation>
    </message>
    <message>
        <source>“{key}” prints as “{name}” again (automatic).</source>
        <translation>“{key}” 恢复印作 “{name}”（自动）。</translation>
    </message>
    <message>
        <source>{waiting} {seconds} s (Ctrl+C cancels)</source>
        <translation>{waiting}已等 {seconds} 秒（按 Ctrl+C 取消）</translation>
    </message>
    <message>
        <source>{waiting} (Ctrl+C cancels)</source>
        <translation>{waiting}（按 Ctrl+C 取消）</translation>
    </message>
    <message>
        <source>export all data (customers, orders, cards, follow-ups…) as XLSX and CSV</source>
        <translation>导出全部数据（客户、订单、包裹卡、跟进记录…）为 XLSX 和 CSV</translation>
    </message>
    <message>
        <source>folder to write into (a new dated folder is made inside it)</source>
        <translation>保存到的文件夹（会在其中新建一个带日期的文件夹）</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：没有写入任何文件。</translation>
    </message>
    <message>
        <source>Cannot write the export to {path} ({reason}). Choose another folder.</source>
        <translation>无法把导出写入 {path}（{reason}）。请换一个文件夹。</translation>
    </message>
    <message>
        <source>All data exported to {path}</source>
        <translation>全部数据已导出到 {path}</translation>
    </message>
    <message>
        <source>tag customers (the tag is made when new)</source>
        <translation>给客户打标签（标签不存在时新建）</translation>
    </message>
    <message>
        <source>the tag&apos;s colour, e.g. #27ae60</source>
        <translation>标签颜色，例如 #27ae60</translation>
    </message>
    <message>
        <source>take a tag off a customer</source>
        <translation>去掉客户的一个标签</translation>
    </message>
    <message>
        <source>set customers&apos; stage by hand (auto: by the rules again)</source>
        <translation>手动设置客户阶段（auto：改回按规则自动判断）</translation>
    </message>
    <message>
        <source>merge the second customer into the first (can be undone)</source>
        <translation>把第二位客户合并到第一位（可撤销）</translation>
    </message>
    <message>
        <source>keep OTHER&apos;s value of this field (repeatable): {fields}</source>
        <translation>这一项保留 OTHER 的值（可重复）：{fields}</translation>
    </message>
    <message>
        <source>undo the latest merge into a customer</source>
        <translation>撤销合并到这位客户的最近一次合并</translation>
    </message>
    <message>
        <source>set one of a customer&apos;s own fields (尺码, 生日…), as the detail pane&apos;s 自定义字段; no value removes it</source>
        <translation>设置客户的一个自定义字段（尺码、生日…），与详情栏的“自定义字段”相同；不给值即删除</translation>
    </message>
    <message>
        <source>remember that two customers are not the same person (never proposed as duplicates again)</source>
        <translation>记住两位客户不是同一个人（以后不再作为重复客户提出）</translation>
    </message>
    <message>
        <source>delete a customer with their orders, follow-ups and tags</source>
        <translation>删除客户及其订单、跟进记录和标签</translation>
    </message>
    <message>
        <source>confirm: this cannot be undone</source>
        <translation>确认：此操作无法撤销</translation>
    </message>
    <message>
        <source>Customer {id} was merged into customer {kept}. Use {kept}, or undo that merge with “customers unmerge {kept}”.</source>
        <translation>客户 {id} 已合并到客户 {kept}。请改用 {kept}，或用“customers unmerge {kept}”撤销那次合并。</translation>
    </message>
    <message numerus="yes">
        <source>Tag “{tag}” added to %n customer(s).</source>
        <translation>
            <numerusform>已给 %n 位客户加上标签“{tag}”。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no tag “{tag}”.</source>
        <translation>没有名为“{tag}”的标签。</translation>
    </message>
    <message>
        <source>Tag “{tag}” taken off customer {id}.</source>
        <translation>已去掉客户 {id} 的标签“{tag}”。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) staged by the rules again.</source>
        <translation>
            <numerusform>%n 位客户的阶段已改回按规则自动判断。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) set to the stage “{stage}”.</source>
        <translation>
            <numerusform>已把 %n 位客户的阶段设为“{stage}”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer {other} was merged into customer {keep}. To undo: customers unmerge {keep}</source>
        <translation>已把客户 {other} 合并到客户 {keep}。要撤销：customers unmerge {keep}</translation>
    </message>
    <message>
        <source>The merge was undone: customers {kept} and {merged} are separate again.</source>
        <translation>已撤销合并：客户 {kept} 和 {merged} 重新分开。</translation>
    </message>
    <message numerus="yes">
        <source>Deleting cannot be undone: customer {id} goes with their orders (%n), follow-ups and tags. To keep the orders, use “customers erase” instead. Run again with --yes to delete.</source>
        <translation>
            <numerusform>删除后无法恢复：客户 {id} 的订单（%n 笔）、跟进记录和标签会一起删除。要保留订单，请改用“customers erase”。确认删除请加 --yes 再运行一次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customer {id} was deleted with %n order(s).</source>
        <translation>
            <numerusform>已删除客户 {id}，连同 %n 笔订单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the field a name, such as 尺码 or 生日.</source>
        <translation>请给字段起个名字，例如 尺码 或 生日。</translation>
    </message>
    <message>
        <source>Customer {id} has no field “{key}”; nothing changed.</source>
        <translation>客户 {id} 没有“{key}”这个字段，没有改动。</translation>
    </message>
    <message>
        <source>Customer {id}: {key} = {value}.</source>
        <translation>客户 {id}：{key} = {value}。</translation>
    </message>
    <message>
        <source>Customer {id}: field “{key}” removed.</source>
        <translation>客户 {id}：已删除字段“{key}”。</translation>
    </message>
    <message>
        <source>Give two different customers.</source>
        <translation>请给出两位不同的客户。</translation>
    </message>
    <message>
        <source>Remembered: customers {a} and {b} are not the same person; they will not be proposed as duplicates again.</source>
        <translation>已记住：客户 {a} 和 {b} 不是同一个人，以后不会再作为重复客户提出。</translation>
    </message>
    <message>
        <source>show one customer: details, tags, orders and follow-ups</source>
        <translation>查看一位客户：资料、标签、订单和跟进</translation>
    </message>
    <message>
        <source>show whole phone numbers (masked by default)</source>
        <translation>显示完整手机号（默认打码）</translation>
    </message>
    <message>
        <source>at most N orders and N timeline lines (default 20)</source>
        <translation>最多显示 N 笔订单和 N 条时间线（默认 20）</translation>
    </message>
    <message>
        <source>print the details as JSON</source>
        <translation>以 JSON 输出资料</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups, feedback and WeChat adds (%n, newest first):</source>
        <translation>
            <numerusform>跟进、反馈和加微信（%n 条，最新的在前）：</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (customer {id})</source>
        <translation>{name}（客户 {id}）</translation>
    </message>
    <message>
        <source>Stage: {stage} (set by hand)</source>
        <translation>阶段：{stage}（手动设置）</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>阶段：{stage}</translation>
    </message>
    <message>
        <source>Orders: {n} · spent ¥{spent}</source>
        <translation>订单：{n} 笔 · 消费 ¥{spent}</translation>
    </message>
    <message>
        <source>WeChat: {status}</source>
        <translation>微信：{status}</translation>
    </message>
    <message>
        <source>Address: {place}</source>
        <translation>地址：{place}</translation>
    </message>
    <message>
        <source>Personal data erased on {when}</source>
        <translation>个人信息已于 {when} 清除</translation>
    </message>
    <message>
        <source>Open complaints: {n}</source>
        <translation>未解决的投诉：{n} 条</translation>
    </message>
    <message>
        <source>{kind} ({platform})</source>
        <translation>{kind}（{platform}）</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>标签：{tags}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>备注：{notes}</translation>
    </message>
    <message>
        <source>Version: {n} (customers edit --if-version {n} saves only over this one)</source>
        <translation>版本：{n}（customers edit --if-version {n} 只在仍是这个版本时保存）</translation>
    </message>
    <message>
        <source>Customer {merged} ({name}) was merged in on {when}; to undo: customers unmerge {id}</source>
        <translation>客户 {merged}（{name}）于 {when} 合并进来；要撤销：customers unmerge {id}</translation>
    </message>
    <message numerus="yes">
        <source>Orders (%n, newest first):</source>
        <translation>
            <numerusform>订单（%n 笔，最新的在前）：</numerusform>
        </translation>
    </message>
    <message>
        <source>record feedback or a complaint, list them, resolve a complaint</source>
        <translation>记录反馈或投诉、列出反馈、解决投诉</translation>
    </message>
    <message>
        <source>record what a customer said</source>
        <translation>记录客户说的话</translation>
    </message>
    <message>
        <source>what the customer said</source>
        <translation>客户说了什么</translation>
    </message>
    <message>
        <source>a screenshot to keep with it (repeatable)</source>
        <translation>一并保存的截图（可重复）</translation>
    </message>
    <message>
        <source>the customer agrees that we quote this (anonymously)</source>
        <translation>客户同意我们（匿名）引用这段话</translation>
    </message>
    <message>
        <source>who looks after it</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>the feedback, newest first</source>
        <translation>反馈列表，最新的在前</translation>
    </message>
    <message>
        <source>only open complaints</source>
        <translation>只列未解决的投诉</translation>
    </message>
    <message>
        <source>text in the feedback, product, owner or customer</source>
        <translation>在反馈内容、商品、负责人或客户中查找</translation>
    </message>
    <message>
        <source>print them as JSON</source>
        <translation>以 JSON 输出</translation>
    </message>
    <message>
        <source>close an open complaint, saying how</source>
        <translation>关闭一条未解决的投诉，并写明怎么解决的</translation>
    </message>
    <message>
        <source>how it was resolved, e.g. sent a new box</source>
        <translation>怎么解决的，例如补发了一盒</translation>
    </message>
    <message>
        <source>resolve only if the complaint is still at version N (feedback list --json): one resolved meanwhile elsewhere is not written over (exit 1)</source>
        <translation>仅当投诉仍是第 N 版时才处理（见 feedback list --json）：别处期间已处理的不会被覆盖（退出码 1）</translation>
    </message>
    <message>
        <source>Feedback {id} saved.</source>
        <translation>已保存反馈 {id}。</translation>
    </message>
    <message>
        <source>The complaint is open until you resolve it: feedback resolve {id} --resolution TEXT</source>
        <translation>这条投诉在解决之前一直是未解决状态：feedback resolve {id} --resolution 解决办法</translation>
    </message>
    <message>
        <source>No feedback.</source>
        <translation>没有反馈。</translation>
    </message>
    <message>
        <source>Complaint {id} was saved by someone else since version {expected} (it is at version {now} now; resolution: “{resolution}”), so nothing was saved.</source>
        <translation>投诉 {id} 在第 {expected} 版之后已被别人保存（现在是第 {now} 版，处理方式：“{resolution}”），所以什么都没有保存。</translation>
    </message>
    <message>
        <source>Complaint {id} resolved after {time}.</source>
        <translation>投诉 {id} 已解决，用时 {time}。</translation>
    </message>
    <message>
        <source>“{value}” is not a day like 2024-05-01.</source>
        <translation>“{value}”不是 2024-05-01 这样的日期。</translation>
    </message>
    <message>
        <source>log a follow-up with a customer, or list them</source>
        <translation>记录与客户的跟进，或列出跟进记录</translation>
    </message>
    <message>
        <source>log a chat, call or meeting with a customer</source>
        <translation>记录与客户的一次聊天、电话或见面</translation>
    </message>
    <message>
        <source>what it was about, in one line</source>
        <translation>一句话摘要</translation>
    </message>
    <message>
        <source>out: we contacted them; in: they contacted us</source>
        <translation>out：我们联系客户；in：客户联系我们</translation>
    </message>
    <message>
        <source>when it happened (default: now)</source>
        <translation>发生时间（默认：现在）</translation>
    </message>
    <message>
        <source>who talked to them</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>the chat text, pasted</source>
        <translation>粘贴的聊天记录</translation>
    </message>
    <message>
        <source>a screenshot or file to keep with it (repeatable)</source>
        <translation>一并保存的截图或文件（可重复）</translation>
    </message>
    <message>
        <source>remind me to contact them again on this day</source>
        <translation>在这一天提醒我再联系客户</translation>
    </message>
    <message>
        <source>the follow-ups, newest first</source>
        <translation>跟进记录，最新的在前</translation>
    </message>
    <message>
        <source>text in the summary, chat, staff or customer</source>
        <translation>在摘要、聊天记录、跟进人或客户中查找</translation>
    </message>
    <message>
        <source>Follow-up {id} saved for customer {customer}.</source>
        <translation>已为客户 {customer} 保存跟进记录 {id}。</translation>
    </message>
    <message>
        <source>Next contact: {day}.</source>
        <translation>下次联系：{day}。</translation>
    </message>
    <message>
        <source>No follow-ups.</source>
        <translation>没有跟进记录。</translation>
    </message>
    <message>
        <source>what to do today; reminder rules</source>
        <translation>今日待办；提醒规则</translation>
    </message>
    <message>
        <source>the reminders due today (brought up to date first)</source>
        <translation>今天到期的提醒（先更新提醒）</translation>
    </message>
    <message>
        <source>mark a reminder done</source>
        <translation>把一条提醒标为已完成</translation>
    </message>
    <message>
        <source>hide a reminder until a later day</source>
        <translation>把一条提醒推迟到以后某天</translation>
    </message>
    <message>
        <source>the reminder rules, on or off, with their days</source>
        <translation>提醒规则：是否开启及天数</translation>
    </message>
    <message>
        <source>switch a reminder rule on or off, or change its days</source>
        <translation>开启或关闭一条提醒规则，或修改天数</translation>
    </message>
    <message>
        <source>days; for the re-buy window several, separated by commas</source>
        <translation>天数；复购窗口可填多个，用逗号分隔</translation>
    </message>
    <message>
        <source>To do today ({day}): {count}</source>
        <translation>今日待办（{day}）：{count} 项</translation>
    </message>
    <message>
        <source>Reminder {id} done.</source>
        <translation>提醒 {id} 已完成。</translation>
    </message>
    <message>
        <source>Reminder {id} hidden until {day}.</source>
        <translation>提醒 {id} 已推迟到 {day}。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>{key}  {state}  days: {days}  ({label})</source>
        <translation>{key}  {state}  天数：{days}  （{label}）</translation>
    </message>
    <message>
        <source>the products you sold, with their print names, private prices and costs</source>
        <translation>列出卖过的商品及其印刷名称、私域价和成本</translation>
    </message>
    <message>
        <source>the products, the most recently sold first</source>
        <translation>列出商品，最近卖出的在前</translation>
    </message>
    <message>
        <source>only the products sold only over WeChat (私域特供)</source>
        <translation>只列出仅在微信私域销售的商品（私域特供）</translation>
    </message>
    <message>
        <source>words of the name, SKU or print name</source>
        <translation>名称、商家编码或印刷名称中的字</translation>
    </message>
    <message>
        <source>change a product&apos;s print name, private-only flag, private price or cost</source>
        <translation>修改商品的印刷名称、私域特供标记、私域价或成本</translation>
    </message>
    <message>
        <source>the product&apos;s number, as “products list” shows it</source>
        <translation>商品编号，即“products list”显示的编号</translation>
    </message>
    <message>
        <source>the short name {商品} prints on a card (&quot;&quot;: the automatic one)</source>
        <translation>{商品} 在卡片上印出的简短名称（&quot;&quot;：用自动名称）</translation>
    </message>
    <message>
        <source>sold only over WeChat (私域特供)</source>
        <translation>仅在微信私域销售（私域特供）</translation>
    </message>
    <message>
        <source>the private price in yuan (&quot;&quot;: none)</source>
        <translation>私域价，单位元（&quot;&quot;：不设）</translation>
    </message>
    <message>
        <source>the cost in yuan (&quot;&quot;: none)</source>
        <translation>成本，单位元（&quot;&quot;：不设）</translation>
    </message>
    <message>
        <source>private only</source>
        <translation>私域特供</translation>
    </message>
    <message>
        <source>No product matches.</source>
        <translation>没有符合条件的商品。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Print name</source>
        <translation>印刷名称</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Last sold</source>
        <translation>最近卖出</translation>
    </message>
    <message>
        <source>Private price</source>
        <translation>私域价</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Private only</source>
        <translation>私域特供</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>say what to change: --print-name, --private-only, --price or --cost.</source>
        <translation>请说明要改什么：--print-name、--private-only、--price 或 --cost。</translation>
    </message>
    <message>
        <source>Product {id}</source>
        <translation>商品 {id}</translation>
    </message>
    <message>
        <source>Product {id} saved: prints as “{name}”, private price {price}, cost {cost}{flag}.</source>
        <translation>商品 {id} 已保存：印作“{name}”，私域价 {price}，成本 {cost}{flag}。</translation>
    </message>
    <message>
        <source>, sold only over WeChat</source>
        <translation>，仅在微信私域销售</translation>
    </message>
    <message>
        <source>team mode: the shop&apos;s book on a PostgreSQL hub shared by several PCs</source>
        <translation>团队模式：店铺的客户簿放在几台电脑共用的 PostgreSQL 主机上</translation>
    </message>
    <message>
        <source>reach the hub and show its server and book</source>
        <translation>连接店铺主机，显示它的服务器和客户簿</translation>
    </message>
    <message>
        <source>as JSON</source>
        <translation>以 JSON 输出</translation>
    </message>
    <message>
        <source>copy this PC&apos;s shop file into an empty hub, checking every table after the copy</source>
        <translation>把本机的店铺文件搬进一台空的店铺主机，搬完逐表核对</translation>
    </message>
    <message>
        <source>copy the hub&apos;s book into a new shop file in the data folder, checking every table</source>
        <translation>把店铺主机上的客户簿搬回数据文件夹里的一个新店铺文件，逐表核对</translation>
    </message>
    <message>
        <source>make this data folder work on the hub from now on (every command and the window)</source>
        <translation>从现在起让此数据文件夹使用店铺主机（所有命令和窗口）</translation>
    </message>
    <message>
        <source>make this data folder work on its own shop file again</source>
        <translation>让此数据文件夹重新使用自己的店铺文件</translation>
    </message>
    <message>
        <source>the hub&apos;s address, postgresql://user:password@host:5432/shop (default: $SHOPOWNER_DATABASE_URL)</source>
        <translation>店铺主机的地址，如 postgresql://用户:密码@主机:5432/shop（默认：$SHOPOWNER_DATABASE_URL）</translation>
    </message>
    <message>
        <source>the hub&apos;s address as the hub&apos;s PC shows it (文件 → 团队模式), e.g. 192.168.1.5:5432; with --password, in place of --database-url</source>
        <translation>店铺主机的地址，照主机那台电脑（文件 → 团队模式）显示的填写，例如 192.168.1.5:5432；配合 --password 使用，可代替 --database-url</translation>
    </message>
    <message>
        <source>the shop password the hub&apos;s PC shows (default: $SHOPOWNER_HUB_PASSWORD)</source>
        <translation>店铺主机那台电脑显示的店铺密码（默认：$SHOPOWNER_HUB_PASSWORD）</translation>
    </message>
    <message>
        <source>make this PC the hub: a PostgreSQL server in the data folder, with a generated password</source>
        <translation>让本机做店铺主机：在数据文件夹里运行一个 PostgreSQL 服务器，自动生成密码</translation>
    </message>
    <message>
        <source>start this PC&apos;s hub (after a restart of the PC)</source>
        <translation>启动本机的店铺主机（电脑重启之后）</translation>
    </message>
    <message>
        <source>stop this PC&apos;s hub: the other PCs cannot reach the book until it starts again</source>
        <translation>停止本机的店铺主机：再次启动之前，其他电脑用不了客户簿</translation>
    </message>
    <message>
        <source>the hub&apos;s folder (default: hub in the data folder)</source>
        <translation>店铺主机的文件夹（默认：数据文件夹里的 hub）</translation>
    </message>
    <message>
        <source>the port to listen on (default: 5432 when free, else a free one)</source>
        <translation>监听的端口（默认：5432 空闲时用它，否则另选一个空闲端口）</translation>
    </message>
    <message>
        <source>print the shop password in the address the other PCs join at</source>
        <translation>在其他电脑加入用的地址里显示店铺密码</translation>
    </message>
    <message>
        <source>the other PCs on this local network can join (default; never the internet)</source>
        <translation>本局域网里的其他电脑可以加入（默认；绝不对互联网开放）</translation>
    </message>
    <message>
        <source>only this PC can reach the hub</source>
        <translation>只有本机能连接店铺主机</translation>
    </message>
    <message>
        <source>Other PCs join at: {url}</source>
        <translation>其他电脑用这个地址加入：{url}</translation>
    </message>
    <message>
        <source>This PC has no address on a local network now, so only this PC can reach the hub. Connect it to the shop&apos;s network, then: python main.py hub start{folder}</source>
        <translation>本机现在没有局域网地址，所以只有本机能连接店铺主机。请把本机接入店里的网络，然后运行：python main.py hub start{folder}</translation>
    </message>
    <message>
        <source>Only this PC can reach the hub (made with --local-only).</source>
        <translation>只有本机能连接店铺主机（创建时用了 --local-only）。</translation>
    </message>
    <message>
        <source>The shop password: {password}</source>
        <translation>店铺密码：{password}</translation>
    </message>
    <message>
        <source>The shop password is kept in {file}, which only this PC&apos;s account can read; print it with: python main.py hub start --show-password{folder}</source>
        <translation>店铺密码保存在 {file}，只有本机的这个账户能读取；要显示它，请运行：python main.py hub start --show-password{folder}</translation>
    </message>
    <message>
        <source>This PC&apos;s own address (the password stays in that file): {url}</source>
        <translation>本机自己用的地址（密码留在那个文件里）：{url}</translation>
    </message>
    <message>
        <source>This PC is now the shop&apos;s hub: PostgreSQL {major} in {folder}, port {port}, a {locale} database ready for the book.</source>
        <translation>本机现在是店铺主机：PostgreSQL {major}，位于 {folder}，端口 {port}，{locale} 数据库已为客户簿准备好。</translation>
    </message>
    <message>
        <source>Move this PC&apos;s shop into it with: python main.py hub move-in --database-url &quot;{url}&quot;</source>
        <translation>用这条命令把本机的店铺搬进去：python main.py hub move-in --database-url &quot;{url}&quot;</translation>
    </message>
    <message>
        <source>The hub runs until this PC restarts or: python main.py hub stop{folder}. Start it again with: python main.py hub start{folder}</source>
        <translation>店铺主机会一直运行，直到本机重启或运行：python main.py hub stop{folder}。再次启动：python main.py hub start{folder}</translation>
    </message>
    <message>
        <source>The hub runs: PostgreSQL {major} in {folder}, port {port}.</source>
        <translation>店铺主机正在运行：PostgreSQL {major}，位于 {folder}，端口 {port}。</translation>
    </message>
    <message>
        <source>The hub in {folder} was stopped; what every PC saved is kept. The other PCs cannot reach the book until: python main.py hub start{option}</source>
        <translation>{folder} 里的店铺主机已停止；每台电脑保存过的内容都在。在运行下面这条命令之前，其他电脑用不了客户簿：python main.py hub start{option}</translation>
    </message>
    <message>
        <source>The hub in {folder} was not running.</source>
        <translation>{folder} 里的店铺主机本来就没有运行。</translation>
    </message>
    <message>
        <source>Error: say where the hub is: --database-url postgresql://user:password@host:5432/shop (or set SHOPOWNER_DATABASE_URL).</source>
        <translation>错误：请说明店铺主机在哪里：--database-url postgresql://用户:密码@主机:5432/shop（或设置 SHOPOWNER_DATABASE_URL）。</translation>
    </message>
    <message>
        <source>Error: {reason}</source>
        <translation>错误：{reason}</translation>
    </message>
    <message>
        <source>This data folder now works on the hub: every command and the window read and write the shop&apos;s book there. Back to the shop file: python main.py hub leave</source>
        <translation>此数据文件夹现在使用店铺主机：所有命令和窗口都在主机上读写客户簿。改回店铺文件：python main.py hub leave</translation>
    </message>
    <message>
        <source>(It had joined another hub before; that one is no longer used here.)</source>
        <translation>（它之前加入过另一台主机；那台主机在这里不再使用。）</translation>
    </message>
    <message>
        <source>This data folder works on its own shop file already.</source>
        <translation>此数据文件夹已经在使用自己的店铺文件。</translation>
    </message>
    <message>
        <source>This data folder works on its shop file {file} again. What was written on the hub stays there (python main.py hub move-out copies it into a new shop file).</source>
        <translation>此数据文件夹重新使用店铺文件 {file}。在主机上写入的内容仍留在主机上（python main.py hub move-out 可把它复制成新的店铺文件）。</translation>
    </message>
    <message>
        <source>  {table}: {rows} rows</source>
        <translation>  {table}：{rows} 行</translation>
    </message>
    <message>
        <source>Hub: {server}, {locale}</source>
        <translation>店铺主机：{server}，{locale}</translation>
    </message>
    <message>
        <source>Shop: {shop} (schema {steps})</source>
        <translation>店铺：{shop}（结构 {steps}）</translation>
    </message>
    <message>
        <source>The hub&apos;s book is empty. Move this PC&apos;s shop in with: python main.py hub move-in</source>
        <translation>店铺主机上的客户簿是空的。用这条命令把本机的店铺搬进去：python main.py hub move-in</translation>
    </message>
    <message>
        <source>Customers: {customers} · orders: {orders} · follow-ups: {followups} · cards: {cards}</source>
        <translation>客户：{customers} · 订单：{orders} · 跟进：{followups} · 卡片：{cards}</translation>
    </message>
    <message>
        <source>Moved in from {file} on {when}.</source>
        <translation>{when} 从 {file} 搬入。</translation>
    </message>
    <message>
        <source>Error: there is no shop file in {folder} to move in.</source>
        <translation>错误：{folder} 里没有可以搬入的店铺文件。</translation>
    </message>
    <message>
        <source>Moved into the hub: {rows} rows in {tables} tables and {files} files, each table checked row by row and each file by its checksum.</source>
        <translation>已搬进店铺主机：{tables} 张表共 {rows} 行、{files} 个文件，每张表逐行核对，每个文件按校验值核对。</translation>
    </message>
    <message>
        <source>Not moved, because they were already missing or changed in the data folder: {names}</source>
        <translation>以下文件没有搬，因为它们在数据文件夹里已经不见了或被改过：{names}</translation>
    </message>
    <message>
        <source>The shop file {file} was left as it was: keep it as a backup. To work on the hub from now on: python main.py hub join --database-url …</source>
        <translation>店铺文件 {file} 保持原样：请留作备份。从现在起改用主机：python main.py hub join --database-url …</translation>
    </message>
    <message>
        <source>Error: {file} already holds a shop. Choose an empty folder with --data-dir, or move that file away first.</source>
        <translation>错误：{file} 里已经有一家店铺。请用 --data-dir 选一个空文件夹，或先把那个文件移走。</translation>
    </message>
    <message>
        <source>The hub&apos;s book is now also in {file}: {rows} rows in {tables} tables and {files} files, each table checked row by row.</source>
        <translation>店铺主机上的客户簿现在也在 {file} 里了：{tables} 张表共 {rows} 行、{files} 个文件，每张表逐行核对。</translation>
    </message>
    <message>
        <source>save only while it is still at version N (as --json shows it); else nothing is saved and the command says what changed</source>
        <translation>仅当它仍是第 N 版（--json 中可见）时才保存；否则不保存，并说明哪里变了</translation>
    </message>
    <message>
        <source>{what} is gone: someone removed it meanwhile, so nothing was saved.</source>
        <translation>{what}已不存在：有人在此期间把它删除了，所以没有保存。</translation>
    </message>
    <message>
        <source>{what} was saved by someone else since version {expected} (it is at version {now} now), so nothing was saved. Look at it again, then repeat the change with --if-version {now}.</source>
        <translation>{what}在第 {expected} 版之后被别人保存过（现在是第 {now} 版），所以这次没有保存。请重新查看，再用 --if-version {now} 重做修改。</translation>
    </message>
    <message>
        <source>write a pg_dump of the hub&apos;s book (needs PostgreSQL&apos;s programs, as the hub&apos;s PC has), read back and checked</source>
        <translation>用 pg_dump 转储店铺主机的客户簿（需要 PostgreSQL 的程序，店铺主机所在电脑已有），写完读回核对</translation>
    </message>
    <message>
        <source>the dump file (default: backups/shopowner-DATE.pgdump in the data folder)</source>
        <translation>转储文件（默认：数据文件夹里的 backups/shopowner-日期.pgdump）</translation>
    </message>
    <message>
        <source>replace the hub&apos;s book with a pg_dump, in one transaction (the book as it was is dumped aside first)</source>
        <translation>用一个 pg_dump 转储替换店铺主机的客户簿，在一个事务里完成（先把现在的客户簿转储留存）</translation>
    </message>
    <message>
        <source>the dump to restore</source>
        <translation>要恢复的转储文件</translation>
    </message>
    <message>
        <source>the hub&apos;s address, postgresql://user:password@host:5432/shop (default: $SHOPOWNER_DATABASE_URL, the hub this data folder joined, or this PC&apos;s own hub)</source>
        <translation>店铺主机地址，postgresql://用户:密码@主机:5432/shop（默认：$SHOPOWNER_DATABASE_URL、此数据文件夹已加入的店铺主机，或本机自己的店铺主机）</translation>
    </message>
    <message>
        <source>{rows} rows in {tables} tables</source>
        <translation>{tables} 张表共 {rows} 行</translation>
    </message>
    <message>
        <source>Dump of the hub&apos;s book written to {path}: {rows}, read back and checked table by table.</source>
        <translation>店铺主机客户簿的转储已写入 {path}：{rows}，已读回并逐表核对。</translation>
    </message>
    <message>
        <source>Replace everything the hub&apos;s book ({url}) holds, for every PC, with the dump {file} ({rows})? The book as it is now is dumped aside first. [y/N] </source>
        <translation>要用转储 {file}（{rows}）替换店铺主机客户簿（{url}）里的全部内容吗？所有电脑都会受影响。会先把现在的客户簿转储留存。[y/N] </translation>
    </message>
    <message>
        <source>Restored {file} into the hub&apos;s book: {rows}, each table&apos;s rows checked before it was committed.</source>
        <translation>已把 {file} 恢复到店铺主机的客户簿：{rows}，每张表的行数在提交前都已核对。</translation>
    </message>
    <message>
        <source>The book as it was before is kept as {path} (python main.py hub restore-dump puts it back).</source>
        <translation>恢复前的客户簿已保存为 {path}（用 python main.py hub restore-dump 可放回）。</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>Rewriting the shop file without the erased data…</source>
        <translation>正在重写店铺数据文件，去掉已清除的资料…</translation>
    </message>
    <message>
        <source>Waiting for another window or program reading the shop file to finish, so the erased data can be overwritten… ({seconds} s left)</source>
        <translation>另一个窗口或程序正在读取店铺数据文件，等它读完才能覆盖已清除的资料…（还剩 {seconds} 秒）</translation>
    </message>
    <message>
        <source>Removing the erased person from backup {name}…</source>
        <translation>正在从备份 {name} 中清除此人…</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>（匿名）</translation>
    </message>
    <message>
        <source>customer #{id}</source>
        <translation>客户 #{id}</translation>
    </message>
    <message>
        <source>(personal data erased)</source>
        <translation>（个人信息已清除）</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客</translation>
    </message>
    <message>
        <source>On WeChat</source>
        <translation>已加微</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>复购</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠实</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>沉睡</translation>
    </message>
</context>
<context>
    <name>DamageBanner</name>
    <message>
        <source>Restore a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>The shop file is damaged, so it was opened read only: you can look, but nothing can be changed or saved. Restore the latest good backup, {backup}, to go on working; the damaged file is kept aside.</source>
        <translation>店铺文件已损坏，已只读打开：可以查看，但不能修改或保存任何内容。请恢复最近一份完好的备份 {backup} 后继续使用；损坏的文件会另外保留。</translation>
    </message>
    <message>
        <source>The shop file is damaged, so it was opened read only: you can look, but nothing can be changed or saved. There is no backup to restore: copy the whole data folder somewhere safe, then ask for help.</source>
        <translation>店铺文件已损坏，已只读打开：可以查看，但不能修改或保存任何内容。没有可以恢复的备份：请先把整个数据文件夹复制到安全的地方，再找人帮忙。</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Xiaoman Tea House (demo)</source>
        <translation>小满茶舍（演示）</translation>
    </message>
    <message>
        <source>Lin Xiaoman</source>
        <translation>林小满</translation>
    </message>
    <message>
        <source>founder</source>
        <translation>创始人</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source> ({path})</source>
        <translation>（{path}）</translation>
    </message>
    <message>
        <source>Another task or program (for example an order import, in the window or on the command line) is writing to the shop file, so this was not done; nothing was changed. Wait until it has finished, then try again.</source>
        <translation>另一个任务或程序（例如正在进行的订单导入，在窗口里或命令行中）正在写店铺数据，所以这次没有做成，什么也没有改动。请等它完成后再试一次。</translation>
    </message>
    <message>
        <source>The disk is full{where}, so this was not saved; what was saved before is intact. Free some space (empty the recycle bin, move large files to another disk), then try again.</source>
        <translation>磁盘已满{where}，这次没有保存；之前保存的数据完好无损。请腾出一些空间（清空回收站，把大文件移到别的磁盘），然后再试一次。</translation>
    </message>
    <message>
        <source>The file or folder is read-only{where}, so nothing could be saved there. Choose a folder you can write to (for example in Documents), or ask whoever manages this computer for write access.</source>
        <translation>这个文件或文件夹是只读的{where}，无法在那里保存。请选择一个可以写入的文件夹（例如“文档”里），或请管理这台电脑的人开通写入权限。</translation>
    </message>
    <message>
        <source>ShopOwner is not allowed to open or write this file or folder{where}. Choose another one, or ask whoever manages this computer for access.</source>
        <translation>掌柜私域没有权限打开或写入这个文件或文件夹{where}。请换一个，或请管理这台电脑的人开通权限。</translation>
    </message>
    <message>
        <source>The file is open in another program{where} (for example Excel, WPS or a PDF viewer), so it could not be written. Close it there, then try again.</source>
        <translation>这个文件正被另一个程序打开{where}（例如 Excel、WPS 或 PDF 阅读器），所以无法写入。请先在那里关掉它，然后再试一次。</translation>
    </message>
    <message>
        <source>The file or folder does not exist{where}. Check the name, and that the USB drive or network folder is still connected, then try again.</source>
        <translation>文件或文件夹不存在{where}。请检查名称，以及 U 盘或网络文件夹是否仍然连着，然后再试一次。</translation>
    </message>
    <message>
        <source>Reading or writing the disk failed{where}: it may be full, the file may have reached the largest size this disk allows, or the disk (a USB drive) was removed. What was saved before is intact. Free some space or reconnect the disk, then try again.</source>
        <translation>读写磁盘失败{where}：磁盘可能已满，文件可能已达到这块磁盘允许的最大大小，或者磁盘（U 盘）被拔掉了。之前保存的数据完好无损。请腾出一些空间或重新连上磁盘，然后再试一次。</translation>
    </message>
    <message>
        <source>The shop file is damaged{where}, so nothing more was written to it. Restore your latest good backup: File → Backups and restore (or python main.py restore FILE).</source>
        <translation>店铺文件已损坏{where}，没有再向它写入任何内容。请恢复最近一份完好的备份：文件 → 备份与恢复（或运行 python main.py restore 备份文件）。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，什么也没有改动。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; what you just did may not have been completed. The details were written to {path}. If it happens again, send that file to whoever supports your computer.</source>
        <translation>出现了意外错误，刚才的操作可能没有完成。详细信息已写入 {path}。如果再次出现，请把这个文件发给帮你维护电脑的人。</translation>
    </message>
    <message>
        <source>Waiting for another import to finish (or another program to finish saving to the shop file)…</source>
        <translation>正在等待另一个导入完成（或另一个程序把店铺数据保存完）…</translation>
    </message>
    <message>
        <source>The computer ran out of memory, so this was not done; nothing was changed. Close other programs, then try again.</source>
        <translation>电脑内存不足，这次没有做成，什么也没有改动。请关闭其他程序，然后再试一次。</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>没有做成</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>没有保存</translation>
    </message>
    <message>
        <source>Cannot write to the disk</source>
        <translation>无法写入磁盘</translation>
    </message>
    <message>
        <source>The shop file cannot be used</source>
        <translation>店铺数据文件无法使用</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
</context>
<context>
    <name>ExportAllDialog</name>
    <message>
        <source>Export all data</source>
        <translation>导出全部数据</translation>
    </message>
    <message>
        <source>Customers, orders with their items, cards, WeChat adds and redemptions, follow-ups, feedback and channels: one Excel workbook (a sheet each) plus the same tables as CSV files, in a new dated folder inside the folder below. Phones and addresses are written in full: keep the export somewhere safe.</source>
        <translation>客户、订单及商品明细、包裹卡、加微与暗号核销、跟进记录、反馈和渠道：一个 Excel 工作簿（每类一张表），另附同样内容的 CSV 文件，放在下面文件夹里新建的带日期文件夹中。手机号和地址是完整写出的：请把导出文件放在安全的地方。</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save the export in</source>
        <translation>导出保存到</translation>
    </message>
    <message>
        <source>Choose a folder to save the export in.</source>
        <translation>请选择保存导出的文件夹。</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Cancelling… nothing is left behind.</source>
        <translation>正在取消…不会留下半成品文件。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Exported to {path} ({counts}).</source>
        <translation>已导出到 {path}（{counts}）。</translation>
    </message>
    <message>
        <source>All data exported to {path}</source>
        <translation>全部数据已导出到 {path}</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}. Choose another folder and try again.</source>
        <translation>没有导出任何内容：{reason}。请换一个文件夹再试。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消，没有写入任何文件。</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Review material</source>
        <translation>好评素材</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>New-product idea</source>
        <translation>新品建议</translation>
    </message>
    <message>
        <source>Product suggestion</source>
        <translation>产品建议</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
</context>
<context>
    <name>Followups</name>
    <message>
        <source>WeChat chat</source>
        <translation>微信聊天</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeCom</source>
        <translation>企业微信</translation>
    </message>
    <message>
        <source>Wangwang / platform service</source>
        <translation>旺旺/平台客服</translation>
    </message>
    <message>
        <source>Met in person</source>
        <translation>见面</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>We contacted them</source>
        <translation>我们联系客户</translation>
    </message>
    <message>
        <source>They contacted us</source>
        <translation>客户联系我们</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Data file: {path}</source>
        <translation>数据文件：{path}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export all data…</source>
        <translation>导出全部数据(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About ShopOwner</source>
        <translation>关于掌柜私域(&amp;A)</translation>
    </message>
    <message>
        <source>Restart ShopOwner?</source>
        <translation>现在重启掌柜私域？</translation>
    </message>
    <message>
        <source>ShopOwner shows {language} after a restart. Restart now? Your data is saved; open dialogs are closed.</source>
        <translation>重启后界面将显示为{language}。现在重启吗？数据都已保存，打开的窗口会被关闭。</translation>
    </message>
    <message>
        <source>ShopOwner could not restart</source>
        <translation>掌柜私域无法自动重启</translation>
    </message>
    <message>
        <source>Close ShopOwner and open it again to see {language}.</source>
        <translation>请关闭掌柜私域后重新打开，即可显示为{language}。</translation>
    </message>
    <message>
        <source>{language} applies the next time ShopOwner starts.</source>
        <translation>{language}将在下次打开掌柜私域时生效。</translation>
    </message>
    <message>
        <source>Back up data</source>
        <translation>备份数据</translation>
    </message>
    <message>
        <source>ShopOwner data (*.db)</source>
        <translation>掌柜私域数据 (*.db)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>备份已保存到 {path}</translation>
    </message>
    <message>
        <source>Shop&apos;s hub: {place}</source>
        <translation>店铺主机：{place}</translation>
    </message>
    <message>
        <source>About ShopOwner</source>
        <translation>关于掌柜私域</translation>
    </message>
    <message>
        <source>ShopOwner (掌柜私域) {version}
Your customers, your letters, your data: everything stays in {path}.</source>
        <translation>掌柜私域 {version}
你的客户、你的信、你的数据：全部保存在 {path}。</translation>
    </message>
    <message>
        <source>ShopOwner</source>
        <translation>掌柜私域</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <source>Unpaid</source>
        <translation>待付款</translation>
    </message>
    <message>
        <source>Paid, to ship</source>
        <translation>已付款待发货</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
</context>
<context>
    <name>Platforms</name>
    <message>
        <source>Taobao</source>
        <translation>淘宝</translation>
    </message>
    <message>
        <source>Tmall</source>
        <translation>天猫</translation>
    </message>
    <message>
        <source>JD</source>
        <translation>京东</translation>
    </message>
    <message>
        <source>Pinduoduo</source>
        <translation>拼多多</translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <source>Kuaishou</source>
        <translation>快手</translation>
    </message>
    <message>
        <source>Youzan</source>
        <translation>有赞</translation>
    </message>
    <message>
        <source>WeChat shop</source>
        <translation>微信小店</translation>
    </message>
    <message>
        <source>Xiaohongshu</source>
        <translation>小红书</translation>
    </message>
    <message>
        <source>Other platform</source>
        <translation>其他平台</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>手动添加</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>私域</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Product {id}</source>
        <translation>商品 {id}</translation>
    </message>
    <message>
        <source>{orders} orders, {units} units, {revenue} yuan; last sold {day}</source>
        <translation>{orders} 单，{units} 件，{revenue} 元；最近卖出 {day}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Automatic: {name}</source>
        <translation>自动：{name}</translation>
    </message>
    <message>
        <source>Sold only over WeChat (私域特供)</source>
        <translation>仅在微信私域销售（私域特供）</translation>
    </message>
    <message>
        <source>yuan, e.g. 68.50</source>
        <translation>元，例如 68.50</translation>
    </message>
    <message>
        <source>yuan, e.g. 20</source>
        <translation>元，例如 20</translation>
    </message>
    <message>
        <source>&amp;Print name:</source>
        <translation>印刷名称(&amp;P)：</translation>
    </message>
    <message>
        <source>Private p&amp;rice:</source>
        <translation>私域价(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>成本(&amp;O)：</translation>
    </message>
    <message>
        <source>The print name is what {商品} says on a card, for every listing of this product. Leave it empty for the automatic name; leave a price empty for none.</source>
        <translation>印刷名称就是卡片上 {商品} 印出的字，这个商品的每个链接都用它。留空则用自动名称；价格留空表示不设。</translation>
    </message>
    <message>
        <source>Print name</source>
        <translation>印刷名</translation>
    </message>
    <message>
        <source>Sold only over WeChat</source>
        <translation>仅在微信销售</translation>
    </message>
    <message>
        <source>Private price</source>
        <translation>私域价</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>this product</source>
        <translation>这个商品</translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <source>{what} “{text}” is not an amount. Type it in yuan, such as 68 or 68.50.</source>
        <translation>{what}“{text}”不是金额。请按元填写，例如 68 或 68.50。</translation>
    </message>
    <message>
        <source>{what} must be between 0 and 10,000,000 yuan.</source>
        <translation>{what}必须在 0 到 10,000,000 元之间。</translation>
    </message>
    <message>
        <source>{what} has more than two decimals: give it to the fen, such as 68.50.</source>
        <translation>{what}的小数超过两位：请精确到分，例如 68.50。</translation>
    </message>
    <message>
        <source>The private price</source>
        <translation>私域价</translation>
    </message>
    <message>
        <source>The cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>There is no product {id}. The products list shows each one&apos;s number.</source>
        <translation>没有编号为 {id} 的商品。商品列表里有每个商品的编号。</translation>
    </message>
    <message>
        <source>Give the product a name.</source>
        <translation>请给商品起个名字。</translation>
    </message>
</context>
<context>
    <name>ProductsArea</name>
    <message>
        <source>Search name, SKU or print name  (Ctrl+F)</source>
        <translation>搜索名称、商家编码或印刷名称  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Private-only products</source>
        <translation>只看私域特供</translation>
    </message>
    <message>
        <source>Edit…  (Enter)</source>
        <translation>编辑…  (Enter)</translation>
    </message>
    <message>
        <source>Private only on/off  (Ctrl+Shift+P)</source>
        <translation>设为/取消私域特供  (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>New private order…  (Ctrl+Shift+O)</source>
        <translation>新建私域订单…  (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Print name</source>
        <translation>印刷名称</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Revenue (yuan)</source>
        <translation>销售额（元）</translation>
    </message>
    <message>
        <source>Last sold</source>
        <translation>最近卖出</translation>
    </message>
    <message>
        <source>Private price</source>
        <translation>私域价</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Private only</source>
        <translation>私域特供</translation>
    </message>
    <message>
        <source>Private orders</source>
        <translation>私域订单</translation>
    </message>
    <message>
        <source>Products: {n}</source>
        <translation>商品：{n} 个</translation>
    </message>
    <message>
        <source>No products yet. The products list is made from your orders: import the order exports from your seller center, and every product they sold appears here.</source>
        <translation>还没有商品。商品列表来自你的订单：导入卖家后台导出的订单，卖过的每个商品都会出现在这里。</translation>
    </message>
    <message>
        <source>No product matches.</source>
        <translation>没有符合条件的商品。</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Select a product in the list first.</source>
        <translation>请先在列表里选择一个商品。</translation>
    </message>
    <message>
        <source>“{name}” is now sold only over WeChat.</source>
        <translation>“{name}”现在仅在微信私域销售。</translation>
    </message>
    <message>
        <source>“{name}” is no longer private-only.</source>
        <translation>“{name}”不再是私域特供。</translation>
    </message>
</context>
<context>
    <name>RowConflicts</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Someone else changed {what}</source>
        <translation>别人修改了{what}</translation>
    </message>
    <message>
        <source>While you were editing, {what} was saved on another PC or in another window, and these fields now differ. Keep yours (saved over theirs), or take what is now in the book (your change to them is dropped)?</source>
        <translation>你编辑期间，{what}已在另一台电脑或另一个窗口里保存过，下面这些内容现在不一样了。保留你的（覆盖对方的），还是采用现在客户簿里的（放弃你对这些内容的修改）？</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>Important value customers</source>
        <translation>重要价值客户</translation>
    </message>
    <message>
        <source>Important customers to develop</source>
        <translation>重要发展客户</translation>
    </message>
    <message>
        <source>Important customers to keep</source>
        <translation>重要保持客户</translation>
    </message>
    <message>
        <source>Important customers to win back</source>
        <translation>重要挽留客户</translation>
    </message>
    <message>
        <source>Ordinary value customers</source>
        <translation>一般价值客户</translation>
    </message>
    <message>
        <source>Ordinary customers to develop</source>
        <translation>一般发展客户</translation>
    </message>
    <message>
        <source>Ordinary customers to keep</source>
        <translation>一般保持客户</translation>
    </message>
    <message>
        <source>Ordinary customers to win back</source>
        <translation>一般挽留客户</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>as signed on the letter</source>
        <translation>信末署名用的名字</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <source>Founder</source>
        <translation>创始人</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>After a change, ShopOwner offers to restart in the new language.</source>
        <translation>更改后，掌柜私域会询问是否立即以新语言重启。</translation>
    </message>
    <message>
        <source>Founder&apos;s WeChat QR (printed on every card)</source>
        <translation>创始人微信二维码（印在每张卡片上）</translation>
    </message>
    <message>
        <source>Printer and card layout</source>
        <translation>打印机与卡片版式</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>设置没有保存</translation>
    </message>
</context>
<context>
    <name>ShopFileWatch</name>
    <message>
        <source>Today&apos;s automatic backup could not be written: {reason}</source>
        <translation>今天的自动备份没能写入：{reason}</translation>
    </message>
    <message>
        <source>Today&apos;s dump of the hub&apos;s book could not be written: {reason}</source>
        <translation>今天店铺主机客户簿的转储没能写入：{reason}</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup was written to the backups folder.</source>
        <translation>今天的自动备份已写入备份文件夹。</translation>
    </message>
</context>
<context>
    <name>ShopSettings</name>
    <message>
        <source>The shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <source>The founder&apos;s name</source>
        <translation>创始人名字</translation>
    </message>
    <message>
        <source>{what} is empty. Type it in, then try again.</source>
        <translation>{what}是空的，请填写后再试。</translation>
    </message>
    <message>
        <source>{what} is {n} characters long; at most {limit} fit on the card. Shorten it, then try again.</source>
        <translation>{what}有 {n} 个字，卡片上最多放得下 {limit} 个字，请缩短后再试。</translation>
    </message>
    <message>
        <source>The gift&apos;s cost</source>
        <translation>赠品成本</translation>
    </message>
    <message>
        <source>“{part}” is not LAYOUT=YUAN with one of these layouts: {layouts}.</source>
        <translation>“{part}”不是“版式=元”的写法，版式须是其中之一：{layouts}。</translation>
    </message>
    <message>
        <source>A card&apos;s cost</source>
        <translation>每张卡片的成本</translation>
    </message>
    <message>
        <source>There is no setting called {key}.</source>
        <translation>没有名为 {key} 的设置。</translation>
    </message>
    <message>
        <source>Use one of: founder, staff, shop.</source>
        <translation>请用以下之一：founder（创始人）、staff（员工）、shop（店铺）。</translation>
    </message>
    <message>
        <source>{key} is {n} characters long; at most {limit} fit. Shorten it, then try again.</source>
        <translation>{key} 有 {n} 个字，最多放得下 {limit} 个。请删短后再试。</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot write to the data folder {path} ({reason}). Choose a folder you can write to (for example in Documents) with --data-dir, or ask whoever manages this computer for write access.</source>
        <translation>无法写入数据文件夹 {path}（{reason}）。请用 --data-dir 选择一个可以写入的文件夹（例如“文档”里的文件夹），或请管理这台电脑的人开通写入权限。</translation>
    </message>
    <message>
        <source>The data file {path} is damaged or is not a ShopOwner database. It has been left untouched. Restore it from a backup, or move it away and start again.</source>
        <translation>数据文件 {path} 已损坏，或不是掌柜私域的数据库。文件没有被改动。请从备份恢复，或把它移走后重新开始。</translation>
    </message>
    <message>
        <source>The file {path} is a SQLite database of another program, not ShopOwner&apos;s. It has been left untouched. Choose another data folder with --data-dir.</source>
        <translation>文件 {path} 是其他软件的 SQLite 数据库，不是掌柜私域的。文件没有被改动。请用 --data-dir 选择其他数据文件夹。</translation>
    </message>
    <message>
        <source>The data file {path} was written by a newer version of ShopOwner. It has been left untouched. Install the newest ShopOwner to open it.</source>
        <translation>数据文件 {path} 由更新版本的掌柜私域写入。文件没有被改动。请安装最新版的掌柜私域后再打开。</translation>
    </message>
    <message>
        <source>Cannot write the backup to {path} ({reason}). Free some disk space or choose another folder; no backup file was left behind.</source>
        <translation>无法把备份写入 {path}（{reason}）。请清理一些磁盘空间或换一个文件夹；没有留下不完整的备份文件。</translation>
    </message>
    <message>
        <source>The backup was not written: the copy of the shop file failed its check ({problem}). The shop file may be damaged: restore a good backup (File → Backups and restore).</source>
        <translation>备份没有写入：店铺文件的副本没有通过检查（{problem}）。店铺文件可能已损坏：请恢复一份完好的备份（文件 → 备份与恢复）。</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name for the backup.</source>
        <translation>{path} 已经存在；请为备份换一个新文件名。</translation>
    </message>
    <message>
        <source>Backing up the shop file…</source>
        <translation>正在备份店铺文件…</translation>
    </message>
    <message>
        <source>BACKUP-FILE</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>The shop file {path} is damaged{problem}. Nothing is written to it. Restore the latest good backup in the window (File → Backups and restore) or with this command:
  {command}</source>
        <translation>店铺文件 {path} 已损坏{problem}，不会再向它写入任何内容。请在窗口里（文件 → 备份与恢复）或用这个命令恢复最近一份完好的备份：
  {command}</translation>
    </message>
    <message>
        <source>There is no backup in {folder}. Copy the whole data folder somewhere safe before trying anything else.</source>
        <translation>{folder} 里没有备份。在做任何其他尝试之前，请先把整个数据文件夹复制到安全的地方。</translation>
    </message>
    <message>
        <source>The backup {path} does not exist.</source>
        <translation>备份 {path} 不存在。</translation>
    </message>
    <message>
        <source>{path} is not a ShopOwner backup (it is not a database file). Choose a file from the backups folder.</source>
        <translation>{path} 不是掌柜私域的备份（不是数据库文件）。请从备份文件夹里选择文件。</translation>
    </message>
    <message>
        <source>The backup {path} is damaged ({problem}); it cannot be restored. Choose an older backup.</source>
        <translation>备份 {path} 已损坏（{problem}），无法恢复。请选择更早的一份备份。</translation>
    </message>
    <message>
        <source>{path} is a database of another program, not a ShopOwner backup. Choose a file from the backups folder.</source>
        <translation>{path} 是其他软件的数据库，不是掌柜私域的备份。请从备份文件夹里选择文件。</translation>
    </message>
    <message>
        <source>The backup {path} was written by a newer version of ShopOwner. Install the newest ShopOwner to restore it.</source>
        <translation>备份 {path} 由更新版本的掌柜私域写入。请安装最新版的掌柜私域后再恢复。</translation>
    </message>
    <message>
        <source>ShopOwner is open on this shop in another window or command (process {pids}). Close it first, then restore: it would go on writing to the file being replaced, and its work would be lost. Nothing was changed.</source>
        <translation>掌柜私域正在另一个窗口或命令中打开这家店铺（进程 {pids}）。请先关闭它再恢复：它会继续写入被替换的文件，所做的工作会丢失。没有做任何改动。</translation>
    </message>
    <message>
        <source>The copy of the backup {path} failed its check ({problem}); nothing was changed.</source>
        <translation>备份 {path} 的副本没有通过检查（{problem}）；什么都没有改动。</translation>
    </message>
    <message>
        <source>Cannot restore into {path} ({reason}). Free some disk space or check that you may write to the data folder; the shop file was not changed.</source>
        <translation>无法恢复到 {path}（{reason}）。请清理一些磁盘空间，或检查是否有权写入数据文件夹；店铺文件没有改动。</translation>
    </message>
    <message>
        <source>“{url}” is not a hub address: it looks like postgresql://user:password@host:5432/shop.</source>
        <translation>“{url}”不是店铺主机的地址：地址的样子是 postgresql://用户:密码@主机:5432/shop。</translation>
    </message>
    <message>
        <source>The shop&apos;s hub took too long to answer (another PC may be holding the same records, or the hub is overloaded), so this was not done; nothing was half-written. Try again in a moment.</source>
        <translation>店铺主机太久没有回应（可能另一台电脑正占用同样的记录，或主机太忙），所以这一步没有做；没有写入任何半截内容。请稍后再试。</translation>
    </message>
    <message>
        <source>The connection to the shop&apos;s hub ({url}) was lost, so this was not done; nothing was half-written. Check the hub&apos;s PC and the network, then try again.</source>
        <translation>和店铺主机（{url}）的连接断了，这次没有完成；没有写下任何半截数据。请检查主机那台电脑和网络，然后再试一次。</translation>
    </message>
    <message>
        <source>The hub refused the shop password. Check the password the hub&apos;s PC shows under 文件 → 团队模式.</source>
        <translation>店铺主机不接受这个店铺密码。请核对主机那台电脑在 文件 → 团队模式 里显示的密码。</translation>
    </message>
    <message>
        <source>The hub has no shop database by that name. Check the address ({url}).</source>
        <translation>店铺主机上没有这个名字的店铺数据库。请核对地址（{url}）。</translation>
    </message>
    <message>
        <source>Cannot reach the shop&apos;s hub ({url}). Check that the hub&apos;s PC is on and on the same network, then try again.</source>
        <translation>连接不上店铺主机（{url}）。请确认主机那台电脑开着、在同一个网络里，然后再试一次。</translation>
    </message>
    <message>
        <source>The hub&apos;s database uses the {encoding}/{ctype} locale, in which Chinese cannot be searched. Create it with a UTF-8 locale, such as C.UTF-8 (CREATE DATABASE … LOCALE &apos;C.UTF-8&apos; TEMPLATE template0).</source>
        <translation>店铺主机的数据库使用 {encoding}/{ctype} 区域设置，在这种设置下搜不了中文。请用 UTF-8 区域设置建库，例如 C.UTF-8（CREATE DATABASE … LOCALE &apos;C.UTF-8&apos; TEMPLATE template0）。</translation>
    </message>
    <message>
        <source>That database already holds other tables ({names}). Give the shop an empty database of its own.</source>
        <translation>这个数据库里已经有别的表（{names}）。请给店铺一个单独的空数据库。</translation>
    </message>
    <message>
        <source>That database is not a ShopOwner book.</source>
        <translation>这个数据库不是掌柜私域的客户簿。</translation>
    </message>
    <message>
        <source>The hub&apos;s book was set up by a newer ShopOwner. Install the newest ShopOwner on this PC to join it.</source>
        <translation>店铺主机上的客户簿是由更新版本的掌柜私域建立的。请在本机安装最新版掌柜私域后再加入。</translation>
    </message>
    <message>
        <source>After the move the table {table} differs: {file} rows in the file, {hub} on the hub. Nothing was moved.</source>
        <translation>搬完后 {table} 表对不上：文件里 {file} 行，主机上 {hub} 行。什么都没有搬。</translation>
    </message>
    <message>
        <source>After the move a search for “{word}” finds other customers on the hub than in the file. Nothing was moved.</source>
        <translation>搬完后在主机上搜“{word}”找到的客户和文件里不一样。什么都没有搬。</translation>
    </message>
    <message>
        <source>The hub already holds the book moved in from {file}. A shop moves into an empty hub only.</source>
        <translation>店铺主机上已经有从 {file} 搬入的客户簿。店铺只能搬进空的店铺主机。</translation>
    </message>
    <message>
        <source>The hub already holds a book ({tables}…). A shop moves into an empty hub only.</source>
        <translation>店铺主机上已经有客户簿（{tables}…）。店铺只能搬进空的店铺主机。</translation>
    </message>
    <message>
        <source>The table {table} could not be moved: {error}. Nothing was moved.</source>
        <translation>{table} 表搬不过去：{error}。什么都没有搬。</translation>
    </message>
    <message>
        <source>Someone else saved this record while you were editing it (on another PC or in another window), so your change was not saved. Look at the record as it is now, then save again.</source>
        <translation>你编辑期间，别人（在另一台电脑或另一个窗口）已保存了这条记录，所以你的修改没有保存。请先看看它现在的内容，再保存一次。</translation>
    </message>
    <message>
        <source>The hub&apos;s files were made by PostgreSQL {major}, which is no longer installed on this PC. Install PostgreSQL {major} again (its programs are enough), then try again.</source>
        <translation>店铺主机的文件是 PostgreSQL {major} 创建的，而本机已不再安装这个版本。请重新安装 PostgreSQL {major}（装上它的程序即可），然后再试。</translation>
    </message>
    <message>
        <source>This PC has no PostgreSQL, which the hub runs on. Install PostgreSQL 13 or newer — on Windows the installer from postgresql.org (its programs are enough; its own service need not run), on Debian or Ubuntu: sudo apt install postgresql — then try again.</source>
        <translation>本机没有安装 PostgreSQL，而店铺主机要靠它运行。请安装 PostgreSQL 13 或更新的版本——Windows 上用 postgresql.org 的安装程序（装上它的程序即可，它自带的服务不必运行），Debian 或 Ubuntu 上运行：sudo apt install postgresql——然后再试。</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s {program} failed: {reason}.</source>
        <translation>PostgreSQL 的 {program} 失败了：{reason}。</translation>
    </message>
    <message>
        <source>The details are in {log}.</source>
        <translation>详细信息在 {log} 里。</translation>
    </message>
    <message>
        <source>{file} holds no password for {role}.</source>
        <translation>{file} 里没有 {role} 的密码。</translation>
    </message>
    <message>
        <source>There is no hub in {folder}. Make this PC the hub with: python main.py hub init</source>
        <translation>{folder} 里没有店铺主机。要让本机做店铺主机，请运行：python main.py hub init</translation>
    </message>
    <message>
        <source>{folder} already holds a hub, so a new one was not made there. Start it with: python main.py hub start; or choose another folder with --folder.</source>
        <translation>{folder} 里已经有一个店铺主机，所以没有在那里新建。启动它：python main.py hub start；或者用 --folder 另选一个文件夹。</translation>
    </message>
    <message>
        <source>Run as root, the hub&apos;s server runs as the {user} user, who cannot reach {folder}. Choose a folder that user can reach with --folder.</source>
        <translation>以 root 运行时，店铺主机的服务器以 {user} 用户身份运行，而这个用户进不了 {folder}。请用 --folder 选一个这个用户能进入的文件夹。</translation>
    </message>
    <message>
        <source>Another program on this PC uses port {port}, so the hub could not start there. Close that program, or start the hub on another port: python main.py hub start --port {other} (then the other PCs join at the new address).</source>
        <translation>本机另一个程序占用了端口 {port}，所以店铺主机没能在那里启动。请关闭那个程序，或者换一个端口启动店铺主机：python main.py hub start --port {other}（之后其他电脑要用新地址加入）。</translation>
    </message>
    <message>
        <source>The hub runs PostgreSQL {server}, but this PC&apos;s pg_dump is from PostgreSQL {older}, which cannot dump a newer server. Install PostgreSQL {server} or newer on this PC (its programs are enough; on Debian or Ubuntu: sudo apt install postgresql-client-{server}). The shop-file backups need none of this.</source>
        <translation>店铺主机运行的是 PostgreSQL {server}，但这台电脑的 pg_dump 来自 PostgreSQL {older}，无法转储更新版本的服务器。请在这台电脑上安装 PostgreSQL {server} 或更新版本（装它的程序即可；Debian 或 Ubuntu：sudo apt install postgresql-client-{server}）。店铺文件备份不需要这些。</translation>
    </message>
    <message>
        <source>A dump of the hub needs PostgreSQL&apos;s programs (pg_dump), which this PC does not have. Install PostgreSQL {server} or newer on this PC (its programs are enough; on Debian or Ubuntu: sudo apt install postgresql-client-{server}). The shop-file backups need none of this.</source>
        <translation>转储店铺主机需要 PostgreSQL 的程序（pg_dump），这台电脑没有。请在这台电脑上安装 PostgreSQL {server} 或更新版本（装它的程序即可；Debian 或 Ubuntu：sudo apt install postgresql-client-{server}）。店铺文件备份不需要这些。</translation>
    </message>
    <message>
        <source>{file} is not a whole dump of a shop&apos;s book ({reason}): it may have been cut short when it was copied. Nothing was changed.</source>
        <translation>{file} 不是完整的店铺客户簿转储（{reason}）：可能在复制时被截断了。什么都没有改动。</translation>
    </message>
    <message>
        <source>The dump of the hub failed its check, so it was not kept: {tables}.</source>
        <translation>店铺主机的转储未通过核对，没有保留：{tables}。</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name for the dump.</source>
        <translation>{path} 已存在；请为转储换一个新文件名。</translation>
    </message>
    <message>
        <source>Dumping the hub&apos;s book…</source>
        <translation>正在转储店铺主机的客户簿…</translation>
    </message>
    <message>
        <source>Checking the dump…</source>
        <translation>正在核对转储…</translation>
    </message>
    <message>
        <source>There is no dump at {path}.</source>
        <translation>{path} 处没有转储文件。</translation>
    </message>
    <message>
        <source>{file} is not a dump of a shop&apos;s book.</source>
        <translation>{file} 不是店铺客户簿的转储。</translation>
    </message>
    <message>
        <source>Restoring the dump into the hub…</source>
        <translation>正在把转储恢复到店铺主机…</translation>
    </message>
    <message>
        <source>The dump was not restored, and the hub&apos;s book was left as it was: {reason}</source>
        <translation>转储没有恢复，店铺主机的客户簿保持原样：{reason}</translation>
    </message>
    <message>
        <source>The hub&apos;s book could not be kept aside: its copy failed its check ({problem}); nothing was changed.</source>
        <translation>无法先把店铺主机上的客户簿保留下来：它的副本没有通过检查（{problem}）；什么都没有改动。</translation>
    </message>
</context>
<context>
    <name>TaskBar</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Type the hub&apos;s address, as the hub&apos;s PC shows it under 文件 → 团队模式 (for example 192.168.1.5:5432).</source>
        <translation>请输入店铺主机的地址，照店铺主机那台电脑在 文件 → 团队模式 里显示的填写（例如 192.168.1.5:5432）。</translation>
    </message>
    <message>
        <source>“{address}” is not an address: type it as the hub&apos;s PC shows it, for example 192.168.1.5:5432.</source>
        <translation>“{address}”不是有效的地址：请照店铺主机那台电脑显示的填写，例如 192.168.1.5:5432。</translation>
    </message>
    <message>
        <source>“{address}” is not a hub address: it looks like postgresql://shop:password@192.168.1.5:5432/shop.</source>
        <translation>“{address}”不是店铺主机的地址：它的样子是 postgresql://shop:密码@192.168.1.5:5432/shop。</translation>
    </message>
    <message>
        <source>Type the shop password, as the hub&apos;s PC shows it under 文件 → 团队模式 (“Show”).</source>
        <translation>请输入店铺密码，在店铺主机那台电脑的 文件 → 团队模式 里点“显示”即可看到。</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>你的</translation>
    </message>
    <message>
        <source>Now in the book</source>
        <translation>客户簿里现在的</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Save your values over what is now in the book</source>
        <translation>用你的内容覆盖客户簿里现在的内容</translation>
    </message>
    <message>
        <source>Take the book&apos;s</source>
        <translation>采用客户簿里的</translation>
    </message>
    <message>
        <source>Drop your change and show the record as it is now</source>
        <translation>放弃你的修改，显示这条记录现在的内容</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to ShopOwner</source>
        <translation>欢迎使用掌柜私域</translation>
    </message>
    <message>
        <source>Every parcel can carry your own thank-you letter and your WeChat. Your customer book stays on this computer.</source>
        <translation>每个包裹都可以带上你亲笔的感谢信和你的微信。你的客户簿只保存在这台电脑上。</translation>
    </message>
    <message>
        <source>Try the demo shop</source>
        <translation>试用演示店铺</translation>
    </message>
    <message>
        <source>A small tea shop with 300 customers and 600 orders from several platforms, to look around safely.</source>
        <translation>一家小茶叶店，有来自多个平台的 300 位客户、600 笔订单，可以放心随便看看。</translation>
    </message>
    <message>
        <source>Open the demo shop</source>
        <translation>打开演示店铺</translation>
    </message>
    <message>
        <source>Start my shop</source>
        <translation>开始我的店铺</translation>
    </message>
    <message>
        <source>e.g. Xiaoman Tea House</source>
        <translation>例如：小满茶舍</translation>
    </message>
    <message>
        <source>your name, as signed on the letter</source>
        <translation>你的名字，会署在感谢信上</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <source>Founder</source>
        <translation>创始人</translation>
    </message>
    <message>
        <source>Set up “{shop}”</source>
        <translation>设置“{shop}”</translation>
    </message>
    <message>
        <source>Your shop is made; three more short steps. Skip any of them and come back later under File → Settings.</source>
        <translation>店铺已建好，还有三个小步骤。每一步都可以跳过，以后在“文件 → 设置”里随时补上。</translation>
    </message>
    <message>
        <source>The demo shop could not be created</source>
        <translation>无法建立演示店铺</translation>
    </message>
</context>
</TS>
