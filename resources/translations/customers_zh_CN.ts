<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <source>list customers matching a search</source>
        <translation>列出符合搜索的客户</translation>
    </message>
    <message>
        <source>one customer&apos;s orders, cards, WeChat adds, follow-ups and feedback, newest first</source>
        <translation>列出一位客户的订单、包裹卡、加微、跟进和反馈，最新的在前</translation>
    </message>
    <message>
        <source>print the rows as JSON</source>
        <translation>以 JSON 输出</translation>
    </message>
    <message>
        <source>export customers with order totals to .xlsx or .csv</source>
        <translation>导出客户及订单汇总为 .xlsx 或 .csv</translation>
    </message>
    <message>
        <source>the columns for tagging in WeChat: WeChat name and remark, tags and a suggested remark</source>
        <translation>导出在微信里打标签用的列：微信名、备注、标签和建议备注</translation>
    </message>
    <message>
        <source>write whole phone numbers (masked by default)</source>
        <translation>导出完整手机号（默认打码）</translation>
    </message>
    <message>
        <source>queue likely duplicate customers</source>
        <translation>把可能重复的客户加入待合并列表</translation>
    </message>
    <message>
        <source>erase one customer&apos;s personal data (PIPL)</source>
        <translation>清除一位客户的个人信息（个人信息保护法）</translation>
    </message>
    <message>
        <source>confirm: this cannot be undone</source>
        <translation>确认：此操作无法撤销</translation>
    </message>
    <message>
        <source>also erase this person from the backups in the data folder (each backup is rewritten)</source>
        <translation>同时从数据文件夹里的备份中清除此人（会重写每个备份）</translation>
    </message>
    <message>
        <source>add a customer by hand</source>
        <translation>手动添加客户</translation>
    </message>
    <message>
        <source>change a customer&apos;s details</source>
        <translation>修改客户资料</translation>
    </message>
    <message>
        <source>save only if the customer is still at version N (see “customers show”): a change saved meanwhile elsewhere is not written over (exit 1)</source>
        <translation>仅当客户仍是第 N 版时才保存（见“customers show”）：别处期间保存的修改不会被覆盖（退出码 1）</translation>
    </message>
    <message>
        <source>store the details even if this person asked to be erased</source>
        <translation>即使此人曾要求清除个人资料，也保存</translation>
    </message>
    <message>
        <source>Store this person again? [y/N] </source>
        <translation>要重新保存此人的资料吗？[y/N] </translation>
    </message>
    <message>
        <source>Nothing was stored. Run again with --yes to store them anyway.</source>
        <translation>没有保存任何内容。如确需保存，请加上 --yes 再运行一次。</translation>
    </message>
    <message>
        <source>Customer {id} added.</source>
        <translation>已添加客户 {id}。</translation>
    </message>
    <message>
        <source>Customer {id} saved.</source>
        <translation>已保存客户 {id}。</translation>
    </message>
    <message>
        <source>Customer {id} was saved by someone else since version {expected} (it is at version {now} now), so nothing was saved. Look at it with “customers show {id}”, then edit again with --if-version {now}.</source>
        <translation>客户 {id} 在第 {expected} 版之后已被别人保存（现在是第 {now} 版），所以什么都没有保存。请用“customers show {id}”查看，再用 --if-version {now} 重新修改。</translation>
    </message>
    <message>
        <source>  {field}: yours “{yours}”, now in the book “{now}”</source>
        <translation>  {field}：你的“{yours}”，客户簿里现在的“{now}”</translation>
    </message>
    <message>
        <source>only the customers of this RFM segment (see growth --json)</source>
        <translation>只要这个 RFM 分层的客户（分层见 growth --json）</translation>
    </message>
    <message>
        <source>Nothing recorded for this customer yet.</source>
        <translation>这位客户还没有任何记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) exported to {path}</source>
        <translation>
            <numerusform>已导出 %n 位客户到 {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new possible duplicate pair(s) queued.</source>
        <translation>
            <numerusform>新加入 %n 对可能重复的客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Erasing cannot be undone. Run again with --yes to erase customer {id}.</source>
        <translation>清除后无法恢复。确认清除客户 {id} 请加 --yes 再运行一次。</translation>
    </message>
    <message>
        <source>Another program is still reading the shop file: the erased text stays in the file until that program closes. Close other ShopOwner windows and database tools now.</source>
        <translation>另一个程序仍在读取店铺数据文件：在它关闭之前，已清除的文字仍留在文件里。请现在关闭其他掌柜私域窗口和数据库工具。</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) rewritten without this person.</source>
        <translation>
            <numerusform>已重写 %n 个备份，其中不再有此人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not clean a backup, left as it was: {reason}</source>
        <translation>有一个备份无法清理，已原样保留：{reason}</translation>
    </message>
    <message>
        <source>Stopped: the backups not rewritten yet still hold this person.</source>
        <translation>已停止：尚未重写的备份里仍有此人。</translation>
    </message>
    <message>
        <source>The backups in the data folder still hold this person. Run again with --purge-backups to erase them there too.</source>
        <translation>数据文件夹里的备份中仍有此人。加上 --purge-backups 再运行一次，也从备份中清除。</translation>
    </message>
    <message>
        <source>There is no customer {id}. Find the number with “customers search”.</source>
        <translation>没有编号为 {id} 的客户。请用“customers search”查找编号。</translation>
    </message>
    <message>
        <source>search, show, edit, tag, merge, export or erase customers</source>
        <translation>查找、查看、编辑、打标签、合并、导出或清除客户</translation>
    </message>
    <message>
        <source>The personal data of customer {id} was erased; orders and totals stay.</source>
        <translation>客户 {id} 的个人信息已清除；订单和金额保留。</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>WeChat name (empty: not added)</source>
        <translation>微信名（留空表示未加微）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Type at least a name, a nickname, a phone or a WeChat name, so you can find this customer again.</source>
        <translation>请至少填写姓名、昵称、手机或微信名中的一项，以后才能找到这位客户。</translation>
    </message>
    <message>
        <source>The phone may only hold digits, spaces, + and -. Correct it or leave it empty.</source>
        <translation>手机号只能包含数字、空格、+ 和 -。请改正或留空。</translation>
    </message>
</context>
<context>
    <name>CustomerEdits</name>
    <message>
        <source>Nothing selected</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <source>Select one or more customers in the table first (Ctrl or Shift + click picks several).</source>
        <translation>请先在表格中选择一位或多位客户（按住 Ctrl 或 Shift 点击可多选）。</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <source>Tag the chosen customers ({n})</source>
        <translation>给选中的客户打标签（{n} 位）</translation>
    </message>
    <message>
        <source>This person asked to be erased</source>
        <translation>此人曾要求清除个人资料</translation>
    </message>
    <message>
        <source>Store their details again?</source>
        <translation>要重新保存此人的资料吗？</translation>
    </message>
    <message>
        <source>Customer not saved</source>
        <translation>客户未保存</translation>
    </message>
    <message>
        <source>This customer was deleted on another PC or in another window, so your change was not saved.</source>
        <translation>这位客户已在另一台电脑或另一个窗口中被删除，所以你的修改没有保存。</translation>
    </message>
    <message>
        <source>Someone else changed this customer</source>
        <translation>别人修改了这位客户</translation>
    </message>
    <message>
        <source>While you were editing, {name} was saved on another PC or in another window, and these fields now differ. Keep yours (saved over theirs), or take what is now in the book (your change is dropped)?</source>
        <translation>你编辑期间，{name} 已在另一台电脑或另一个窗口中被保存，下面这些字段现在不一样了。保留你的（覆盖对方的），还是采用客户簿里现在的（放弃你的修改）？</translation>
    </message>
    <message>
        <source>New possible duplicates found: {n}</source>
        <translation>新发现可能重复的客户：{n} 对</translation>
    </message>
    <message>
        <source>Delete {name} with everything recorded for them (orders: {n}, follow-ups, tags)? This cannot be undone. To keep the orders for your accounts, use “Erase personal data” instead.</source>
        <translation>确定删除 {name} 及其全部记录（订单 {n} 个、跟进记录和标签）吗？删除后无法恢复。如需保留订单用于记账，请改用“清除个人信息”。</translation>
    </message>
    <message>
        <source>Another program (or another ShopOwner window) is still reading the shop file, so the erased text stays in the file until it closes. Close it now.</source>
        <translation>另一个程序（或另一个掌柜私域窗口）仍在读取店铺数据文件，在它关闭之前，已清除的文字仍留在文件里。请现在关闭它。</translation>
    </message>
    <message>
        <source>These backups could not be cleaned and were left as they were:</source>
        <translation>以下备份无法清理，已原样保留：</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>清除个人信息</translation>
    </message>
    <message numerus="yes">
        <source>Personal data erased, also from %n backup(s).</source>
        <translation>
            <numerusform>个人资料已清除，%n 个备份中也已清除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal data erased.</source>
        <translation>个人资料已清除。</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exported to {path} (customers: {n})</source>
        <translation>已导出到 {path}（共 {n} 位客户）</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>A customer cannot be merged with itself. Pick two different customers.</source>
        <translation>客户不能与自己合并。请选择两个不同的客户。</translation>
    </message>
    <message>
        <source>One of the two customers no longer exists (deleted in the meantime). Refresh the list and try again.</source>
        <translation>两个客户中有一个已不存在（期间已被删除）。请刷新列表后重试。</translation>
    </message>
    <message>
        <source>One of the two customers was already merged into another. Refresh the list and try again.</source>
        <translation>两个客户中有一个已合并到其他客户。请刷新列表后重试。</translation>
    </message>
    <message>
        <source>This merge was already undone.</source>
        <translation>这次合并已经撤销过了。</translation>
    </message>
    <message>
        <source>Another customer was merged in after this one. Undo that later merge first, then this one.</source>
        <translation>此后又有客户合并进来。请先撤销那次较晚的合并，再撤销这一次。</translation>
    </message>
    <message>
        <source>No other customer was merged into this one, so there is no merge to undo.</source>
        <translation>没有其他客户合并到这位客户，没有可撤销的合并。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Total spent (yuan)</source>
        <translation>累计消费（元）</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>首单时间</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近下单</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>WeChat name</source>
        <translation>微信名</translation>
    </message>
    <message>
        <source>Saved as (WeChat remark)</source>
        <translation>微信备注（当时保存的）</translation>
    </message>
    <message>
        <source>WeChat account</source>
        <translation>所加微信号</translation>
    </message>
    <message>
        <source>Suggested remark</source>
        <translation>建议备注</translation>
    </message>
    <message>
        <source>Export to a file ending in .xlsx or .csv.</source>
        <translation>请导出为 .xlsx 或 .csv 结尾的文件。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>“{text}” is not an amount. Type yuan as a number, for example 199 or 88.5.</source>
        <translation>“{text}”不是金额。请用数字填写元，例如 199 或 88.5。</translation>
    </message>
    <message>
        <source>An amount cannot be negative. Type 0 or more.</source>
        <translation>金额不能为负数。请填写 0 或以上。</translation>
    </message>
    <message>
        <source>The number of days must be a whole number of 1 or more.</source>
        <translation>天数必须是 1 或以上的整数。</translation>
    </message>
    <message>
        <source>The lowest spend is above the highest spend. Swap the two amounts.</source>
        <translation>最低消费高于最高消费。请把两个金额对调。</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已加微</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>未加微</translation>
    </message>
    <message>
        <source>Same platform buyer account</source>
        <translation>同一个平台买家账号</translation>
    </message>
    <message>
        <source>Same WeChat ID</source>
        <translation>同一个微信号</translation>
    </message>
    <message>
        <source>Same receiver name and address</source>
        <translation>收件人姓名和地址相同</translation>
    </message>
    <message>
        <source>Same nickname on different platforms</source>
        <translation>不同平台昵称相同</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>手机号相同</translation>
    </message>
    <message>
        <source>Phone numbers end in the same 4 digits</source>
        <translation>手机尾号 4 位相同</translation>
    </message>
    <message>
        <source>Chosen by hand</source>
        <translation>手动选择</translation>
    </message>
    <message>
        <source>Buyer ID</source>
        <translation>买家账号</translation>
    </message>
    <message>
        <source>Name + address</source>
        <translation>姓名 + 地址</translation>
    </message>
    <message>
        <source>Name / nickname</source>
        <translation>姓名 / 昵称</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <source>Orders that were paid count, refunded ones too; unpaid and closed orders do not.</source>
        <translation>计入已付款的订单（含已退款的）；未付款和已关闭的订单不计入。</translation>
    </message>
    <message>
        <source>What the paid orders came to, less refunds.</source>
        <translation>已付款订单的金额，已扣除退款。</translation>
    </message>
    <message>
        <source>The first paid order.</source>
        <translation>第一笔已付款订单的时间。</translation>
    </message>
    <message>
        <source>The last paid order.</source>
        <translation>最近一笔已付款订单的时间。</translation>
    </message>
    <message>
        <source>Masked unless “Show full phones” is ticked.</source>
        <translation>勾选“显示完整手机号”前，手机号中间四位隐藏。</translation>
    </message>
    <message>
        <source>Type at least a name, a nickname, a phone or a WeChat name, so you can find this customer again.</source>
        <translation>请至少填写姓名、昵称、手机或微信名中的一项，以后才能找到这位客户。</translation>
    </message>
    <message>
        <source>This person asked to have their personal data erased, and it was. Store their details again only if they have asked you to (for example, they bought again and want to be contacted).</source>
        <translation>此人曾要求清除个人资料，并且已经清除。只有在对方主动要求时（例如再次购买并希望被联系）才重新保存其资料。</translation>
    </message>
    <message>
        <source>Type the tag&apos;s name.</source>
        <translation>请填写标签名称。</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Automatic (by the rules)</source>
        <translation>自动（按规则）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>CustomersArea</name>
    <message>
        <source>Show full phones</source>
        <translation>显示完整手机号</translation>
    </message>
    <message>
        <source>Add customer…</source>
        <translation>添加客户…</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>查找重复客户</translation>
    </message>
    <message>
        <source>Selected…</source>
        <translation>所选客户…</translation>
    </message>
    <message>
        <source>Tag…  Ctrl+T</source>
        <translation>打标签…  Ctrl+T</translation>
    </message>
    <message>
        <source>Set stage…</source>
        <translation>设置阶段…</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>导出所选…</translation>
    </message>
    <message>
        <source>Export everyone shown…</source>
        <translation>导出当前列表全部…</translation>
    </message>
    <message>
        <source>Export everyone shown for WeChat tagging…</source>
        <translation>导出列表中所有客户（给微信打标签）…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Still working on the last step; try again when it has finished.</source>
        <translation>上一步还在进行中，请等它完成后再试。</translation>
    </message>
    <message>
        <source>Duplicates ({n})</source>
        <translation>待合并（{n}）</translation>
    </message>
    <message>
        <source>Search names, WeChat, phone (or last 4 digits), order ID, address, notes…  Ctrl+F</source>
        <translation>搜索姓名、昵称、微信、手机（或尾号 4 位）、订单号、地址、备注…  Ctrl+F</translation>
    </message>
    <message>
        <source>Customers: {n}</source>
        <translation>共 {n} 位客户</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>The work stopped and nothing was changed: {error}. Try again; if it keeps failing, make a backup and tell us.</source>
        <translation>操作已停止，数据没有改动：{error}。请重试；如果一直失败，请先备份再联系我们。</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>New follow-up (Ctrl+N)</source>
        <translation>新建跟进 (Ctrl+N)</translation>
    </message>
    <message>
        <source>New private order…</source>
        <translation>新建私域订单…</translation>
    </message>
    <message>
        <source>An order sold over WeChat, shipped to this customer (Ctrl+Shift+O)</source>
        <translation>在微信上卖出、寄给这位客户的订单（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>清除个人信息…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Paid ¥</source>
        <translation>实付 ¥</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
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
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Mark shipped</source>
        <translation>标记已发货</translation>
    </message>
    <message>
        <source>Cancel this private order…</source>
        <translation>取消这笔私域订单…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>添加字段</translation>
    </message>
    <message>
        <source>Save notes and fields</source>
        <translation>保存备注和字段</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <source>Automatic ({stage})</source>
        <translation>自动（{stage}）</translation>
    </message>
    <message>
        <source>Automatic (by the rules)</source>
        <translation>自动（按规则）</translation>
    </message>
    <message>
        <source>Orders: {n} · spent ¥{spent}</source>
        <translation>订单：{n} 笔 · 消费 ¥{spent}</translation>
    </message>
    <message>
        <source>not counted: {n} unpaid or closed</source>
        <translation>另有 {n} 笔未付款或已关闭的订单未计入</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n open complaint(s)</source>
        <translation>
            <numerusform>⚠ %n 个未处理投诉</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal data erased on {when}</source>
        <translation>个人信息已于 {when} 清除</translation>
    </message>
    <message>
        <source>{kind} ({platform})</source>
        <translation>{kind}（{platform}）</translation>
    </message>
    <message>
        <source> — masked by the platform</source>
        <translation> — 平台已打码</translation>
    </message>
    <message>
        <source>{kind}: {value}</source>
        <translation>{kind}：{value}</translation>
    </message>
    <message>
        <source>No phone or platform ID known.</source>
        <translation>暂无手机号或平台账号。</translation>
    </message>
    <message>
        <source>Remove this tag</source>
        <translation>移除此标签</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>可能重复的客户</translation>
    </message>
    <message>
        <source>Merge (keep the left record)</source>
        <translation>合并（保留左侧记录）</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>不是同一人</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Undo last merge</source>
        <translation>撤销上次合并</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No possible duplicates are waiting. Run “Find duplicates” after an import to look again.</source>
        <translation>没有待处理的重复客户。导入订单后可再点“查找重复客户”。</translation>
    </message>
    <message>
        <source>Keep (left)</source>
        <translation>保留（左侧）</translation>
    </message>
    <message>
        <source>Merge in (right)</source>
        <translation>并入（右侧）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>{n} · ¥{s} · {p}</source>
        <translation>{n} 单 · ¥{s} · {p}</translation>
    </message>
    <message>
        <source>Phones and IDs</source>
        <translation>手机与账号</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Pick the value to keep for each field. Merging moves every order, follow-up, feedback and card to the left record; it can be undone.</source>
        <translation>请为每个字段选择要保留的值。合并会把所有订单、跟进、反馈和包裹卡移到左侧记录，之后可以撤销。</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>无法合并</translation>
    </message>
    <message>
        <source>Merged. “Undo last merge” puts both records back.</source>
        <translation>已合并。点“撤销上次合并”可恢复两条记录。</translation>
    </message>
    <message>
        <source>Remembered: these two will not be proposed again.</source>
        <translation>已记住：这两位不会再被提示为重复。</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <source>The merge was undone.</source>
        <translation>合并已撤销。</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase personal data</source>
        <translation>清除个人资料</translation>
    </message>
    <message>
        <source>Erase the name, phones, addresses, WeChat details, notes and messages of {name} everywhere in the shop file? Orders and totals stay for your accounts. This cannot be undone.

ShopOwner keeps only a scrambled fingerprint of their phone, buyer IDs and address, so that an import never brings them back.</source>
        <translation>要在店铺数据文件中彻底清除 {name} 的姓名、电话、地址、微信资料、备注和留言吗？订单和金额会保留，供您记账。此操作无法撤销。

掌柜私域只保留其手机号、买家账号和地址的不可还原的指纹，确保以后导入时不会再把此人带回来。</translation>
    </message>
    <message numerus="yes">
        <source>Also erase them from the %n backup(s) in the data folder (each backup is rewritten)</source>
        <translation>
            <numerusform>同时从数据文件夹里的 %n 个备份中清除此人（会重写每个备份）</numerusform>
        </translation>
    </message>
    <message>
        <source>Without this, restoring an older backup brings them back.</source>
        <translation>不勾选的话，恢复旧备份会把此人带回来。</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ExportAll</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>Reserved, not printed</source>
        <translation>已预留，未打印</translation>
    </message>
    <message>
        <source>Card code</source>
        <translation>暗号</translation>
    </message>
    <message>
        <source>Without a code</source>
        <translation>无暗号</translation>
    </message>
    <message>
        <source>Customer to shop</source>
        <translation>客户发起</translation>
    </message>
    <message>
        <source>Shop to customer</source>
        <translation>店铺发起</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>WeChat name</source>
        <translation>微信名</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Total spent (yuan)</source>
        <translation>累计消费（元）</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>首单时间</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近下单</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>下次联系</translation>
    </message>
    <message>
        <source>Erased at</source>
        <translation>清除时间</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Order record</source>
        <translation>订单记录号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total (yuan)</source>
        <translation>订单金额（元）</translation>
    </message>
    <message>
        <source>Paid (yuan)</source>
        <translation>实付（元）</translation>
    </message>
    <message>
        <source>Postage (yuan)</source>
        <translation>邮费（元）</translation>
    </message>
    <message>
        <source>Discount (yuan)</source>
        <translation>优惠（元）</translation>
    </message>
    <message>
        <source>Refund (yuan)</source>
        <translation>退款（元）</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Buyer ID</source>
        <translation>买家账号</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>收货人</translation>
    </message>
    <message>
        <source>Receiver phone</source>
        <translation>收货人手机</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Buyer message</source>
        <translation>买家留言</translation>
    </message>
    <message>
        <source>Seller note</source>
        <translation>卖家备注</translation>
    </message>
    <message>
        <source>Paid via</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Order items</source>
        <translation>订单商品</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
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
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price (yuan)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Platform item ID</source>
        <translation>平台商品ID</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>包裹卡</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>感谢信</translation>
    </message>
    <message>
        <source>Letter version</source>
        <translation>感谢信版本</translation>
    </message>
    <message>
        <source>Card layout</source>
        <translation>卡片版式</translation>
    </message>
    <message>
        <source>Reprints</source>
        <translation>补打次数</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>核销时间</translation>
    </message>
    <message>
        <source>WeChat adds</source>
        <translation>加微记录</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>识别方式</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注名</translation>
    </message>
    <message>
        <source>Shop WeChat account</source>
        <translation>店铺微信号</translation>
    </message>
    <message>
        <source>Redemptions</source>
        <translation>暗号核销</translation>
    </message>
    <message>
        <source>Redeemed by customer number</source>
        <translation>核销客户编号</translation>
    </message>
    <message>
        <source>Card&apos;s customer number</source>
        <translation>卡片所属客户编号</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>聊天记录</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>May be quoted</source>
        <translation>可引用</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Channels</source>
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
        <source>Cost, all periods (yuan)</source>
        <translation>费用，全部期间（元）</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>WeChat accounts</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>好友数</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>记录于</translation>
    </message>
    <message>
        <source>Moments posts</source>
        <translation>朋友圈计划</translation>
    </message>
    <message>
        <source>Post number</source>
        <translation>朋友圈编号</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>已发</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>配图</translation>
    </message>
    <message>
        <source>Moments reactions</source>
        <translation>朋友圈互动</translation>
    </message>
    <message>
        <source>New-product opinions</source>
        <translation>新品意见</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Asked in</source>
        <translation>询问分组</translation>
    </message>
    <message>
        <source>ShopOwner data {stamp}</source>
        <translation>掌柜私域数据 {stamp}</translation>
    </message>
    <message>
        <source>{path} already exists; choose another folder.</source>
        <translation>{path} 已存在，请换一个文件夹。</translation>
    </message>
    <message>
        <source>Saving the workbook…</source>
        <translation>正在保存工作簿…</translation>
    </message>
    <message>
        <source>Exporting {sheet}…</source>
        <translation>正在导出{sheet}…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Any platform</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>WeChat: any</source>
        <translation>微信：不限</translation>
    </message>
    <message>
        <source>On WeChat</source>
        <translation>已加微</translation>
    </message>
    <message>
        <source>Not on WeChat</source>
        <translation>未加微</translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation>全部分层</translation>
    </message>
    <message>
        <source>RFM segment: recent, frequent and big-spending against the shop&apos;s own averages</source>
        <translation>RFM 客户分层：最近购买、购买频次、消费金额，各与本店平均值比较</translation>
    </message>
    <message>
        <source>min ¥</source>
        <translation>最低 ¥</translation>
    </message>
    <message>
        <source>max ¥</source>
        <translation>最高 ¥</translation>
    </message>
    <message>
        <source>Last order: any time</source>
        <translation>最近下单：不限</translation>
    </message>
    <message>
        <source>Last order within</source>
        <translation>最近下单在</translation>
    </message>
    <message>
        <source>No order for over</source>
        <translation>超过未下单</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>How many days the last-order filter counts</source>
        <translation>“最近下单”筛选按多少天计算</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>有未处理投诉</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>保存视图…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Name of this view (for example: JD dormant customers)</source>
        <translation>视图名称（例如：京东沉睡客户）</translation>
    </message>
    <message>
        <source>Delete the saved view “{name}”? The customers stay as they are.</source>
        <translation>删除已保存的视图“{name}”吗？客户数据不受影响。</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>Set stage</source>
        <translation>设置阶段</translation>
    </message>
    <message>
        <source>Automatic (by the rules)</source>
        <translation>自动（按规则）</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
</context>
</TS>
