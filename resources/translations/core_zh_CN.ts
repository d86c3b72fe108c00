<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
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
        <source>Letters &amp; insert cards</source>
        <translation>感谢信与包裹卡</translation>
    </message>
    <message>
        <source>Follow-ups &amp; feedback</source>
        <translation>跟进与反馈</translation>
    </message>
    <message>
        <source>Daily review</source>
        <translation>每日回顾</translation>
    </message>
    <message>
        <source>Growth figures</source>
        <translation>经营数据</translation>
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
        <source>Demo shop created in {path}: {customers} customers, {orders} orders.</source>
        <translation>演示店铺已建在 {path}：{customers} 位客户，{orders} 笔订单。</translation>
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
        <source>The value is empty; nothing was changed.</source>
        <translation>值是空的，没有做任何修改。</translation>
    </message>
    <message>
        <source>{key} = {value}</source>
        <translation>{key} = {value}</translation>
    </message>
    <message>
        <source>{key} is cleared.</source>
        <translation>{key} 已清除。</translation>
    </message>
    <message>
        <source>There is no card design called “{value}”. Use one of: {names}.</source>
        <translation>没有名为“{value}”的卡片样式。请使用：{names}。</translation>
    </message>
    <message>
        <source>Use on or off.</source>
        <translation>请使用 on 或 off。</translation>
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
        <source>Backup written to {path}</source>
        <translation>备份已保存到 {path}</translation>
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
        <source>print JSON</source>
        <translation>输出 JSON</translation>
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
        <source>Another task (for example an order import) is writing to the shop file, so what you just did was not saved. Wait until it has finished, then do it again.</source>
        <translation>另一个任务（例如正在导入订单）正在写入店铺数据，刚才的操作没有保存。请等它完成后再做一次。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; what you just did may not have been completed. The details were written to {path}. If it happens again, send that file to whoever supports your computer.</source>
        <translation>出现了意外错误，刚才的操作可能没有完成。详细信息已写入 {path}。如果再次出现，请把这个文件发给帮你维护电脑的人。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
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
        <source>&amp;Back up data…</source>
        <translation>备份数据(&amp;B)…</translation>
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
        <source>&amp;About ShopOwner</source>
        <translation>关于掌柜私域(&amp;A)</translation>
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
    <name>NotBuiltYet</name>
    <message>
        <source>This area is not built yet. It will arrive in a later version; nothing here is stored or lost in the meantime.</source>
        <translation>这个板块还没有做好，会在之后的版本中提供；在此之前这里不会保存或丢失任何数据。</translation>
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
        <source>Own list</source>
        <translation>自有名单</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>手动添加</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
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
        <source>A new language applies the next time ShopOwner starts.</source>
        <translation>新的语言会在下次启动掌柜私域时生效。</translation>
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
        <source>The data file {path} is damaged ({reason}). It has been left untouched. Restore it from a backup, or move it away and start again.</source>
        <translation>数据文件 {path} 已损坏（{reason}）。文件没有被改动。请从备份恢复，或把它移走后重新开始。</translation>
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
        <source>{path} already exists; choose a new file name for the backup.</source>
        <translation>{path} 已经存在；请为备份换一个新文件名。</translation>
    </message>
    <message>
        <source>Cannot write the backup to {path} ({reason}). Choose another folder.</source>
        <translation>无法把备份写到 {path}（{reason}）。请换一个文件夹。</translation>
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
        <source>Please fill in both the shop name and the founder&apos;s name.</source>
        <translation>请填写店铺名称和创始人姓名。</translation>
    </message>
    <message>
        <source>The demo shop could not be created</source>
        <translation>无法建立演示店铺</translation>
    </message>
</context>
</TS>
