<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <source>private orders sold over WeChat: add, list, shipping list</source>
        <translation>私域订单（微信成交）：新建、列表、发货单</translation>
    </message>
    <message>
        <source>record an order sold over WeChat (私域订单)</source>
        <translation>记一笔在微信上成交的私域订单</translation>
    </message>
    <message>
        <source>the customer&apos;s number, as “customers search” shows it</source>
        <translation>客户编号，见“customers search”的结果</translation>
    </message>
    <message>
        <source>a product&apos;s SKU or name, how many and the price in yuan, such as 龙井*2@168 (repeat for more items)</source>
        <translation>商品的编码或名称、数量和单价（元），例如 龙井*2@168（多件商品请重复此项）</translation>
    </message>
    <message>
        <source>how the customer paid</source>
        <translation>客户的付款方式</translation>
    </message>
    <message>
        <source>paid (to ship; the default), shipped, completed or unpaid</source>
        <translation>paid（已付款待发货，默认）、shipped（已发货）、completed（已完成）或 unpaid（未付款）</translation>
    </message>
    <message>
        <source>a note for the packer</source>
        <translation>给打包同事的备注</translation>
    </message>
    <message>
        <source>the receiver&apos;s name (default: as on the customer&apos;s latest order, like the rest of the address)</source>
        <translation>收件人姓名（默认取客户最近一笔订单上的，地址其余部分也一样）</translation>
    </message>
    <message>
        <source>the receiver&apos;s phone</source>
        <translation>收件人电话</translation>
    </message>
    <message>
        <source>the province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>the city</source>
        <translation>市</translation>
    </message>
    <message>
        <source>the district</source>
        <translation>区</translation>
    </message>
    <message>
        <source>the street address</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>以 JSON 输出</translation>
    </message>
    <message>
        <source>a platform&apos;s orders, newest first</source>
        <translation>某个平台的订单，最新的在前</translation>
    </message>
    <message>
        <source>whose orders (private: sold over WeChat, the default)</source>
        <translation>哪个平台的订单（private：微信成交的私域订单，默认）</translation>
    </message>
    <message>
        <source>at most this many (100)</source>
        <translation>最多列出多少条（100）</translation>
    </message>
    <message>
        <source>only those paid and not shipped yet (as the window&apos;s 私域订单 tab can)</source>
        <translation>只列出已付款、尚未发货的订单（与窗口里的“私域订单”页相同）</translation>
    </message>
    <message>
        <source>the private orders to ship as a CSV or XLSX file the courier&apos;s software imports</source>
        <translation>把待发货的私域订单导出为快递软件可导入的 CSV 或 XLSX 文件</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>every private order, not only those paid and not shipped yet</source>
        <translation>所有私域订单，而不只是已付款未发货的</translation>
    </message>
    <message>
        <source>these order numbers only</source>
        <translation>只导出这些订单号</translation>
    </message>
    <message>
        <source>mark private orders shipped (all those waiting to ship, or the numbers given)</source>
        <translation>把私域订单标记为已发货（所有待发货的，或指定的订单号）</translation>
    </message>
    <message>
        <source>cancel a private order that has not been shipped (it stays listed as closed)</source>
        <translation>取消一笔尚未发货的私域订单（仍会列出，状态为交易关闭）</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
    <message>
        <source>Private order {number} saved: {total} yuan paid by {way}, {status}; ships to {receiver}, {address}.</source>
        <translation>私域订单 {number} 已保存：{way}付款 {total} 元，{status}；寄给 {receiver}，{address}。</translation>
    </message>
    <message>
        <source>Nothing is waiting to ship.</source>
        <translation>没有待发货的订单。</translation>
    </message>
    <message>
        <source>No private orders yet: record one with “orders add”.</source>
        <translation>还没有私域订单：用“orders add”记下一笔。</translation>
    </message>
    <message>
        <source>No orders from {platform} yet.</source>
        <translation>还没有来自{platform}的订单。</translation>
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
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Paid via</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) in the shipping list {path}</source>
        <translation>
            <numerusform>发货单 {path} 中有 %n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) marked shipped: {numbers}</source>
        <translation>
            <numerusform>已标记发货 %n 单：{numbers}</numerusform>
        </translation>
    </message>
    <message>
        <source>Order {number} cancelled: it no longer counts in the customer&apos;s totals.</source>
        <translation>订单 {number} 已取消：不再计入该客户的合计。</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <source>Write an item as NAME_OR_SKU*QTY@PRICE, such as 龙井*2@168.</source>
        <translation>商品请写成“名称或编码*数量@单价”，例如 龙井*2@168。</translation>
    </message>
    <message>
        <source>“{text}” names no product.</source>
        <translation>“{text}”里没有写商品。</translation>
    </message>
    <message>
        <source>The quantity in “{text}” must be a whole number from 1 to {most}.</source>
        <translation>“{text}”中的数量必须是 1 到 {most} 之间的整数。</translation>
    </message>
    <message>
        <source>The price of “{item}”</source>
        <translation>“{item}”的价格</translation>
    </message>
    <message>
        <source>“{item}” has no price after @.</source>
        <translation>“{item}”的 @ 后面没有写价格。</translation>
    </message>
    <message>
        <source>There is no customer {id}. The customer book shows each one&apos;s number (customers list).</source>
        <translation>没有编号为 {id} 的客户。客户簿里可以看到每位客户的编号（customers list）。</translation>
    </message>
    <message>
        <source>Customer {id} was merged into customer {into}: give the order to {into}.</source>
        <translation>客户 {id} 已合并到客户 {into}：请把订单记在 {into} 名下。</translation>
    </message>
    <message>
        <source>Customer {id}&apos;s personal data was erased: they cannot take an order.</source>
        <translation>客户 {id} 的个人信息已删除，不能再记订单。</translation>
    </message>
    <message>
        <source>“{name}” has no private price: give the price it sells at.</source>
        <translation>“{name}”没有设私域价，请填写成交单价。</translation>
    </message>
    <message>
        <source>Say how the order was paid: {ways}.</source>
        <translation>请选择付款方式：{ways}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>“{status}” is not a status a private order can have: use {statuses}.</source>
        <translation>私域订单不能是“{status}”状态，请用 {statuses}。</translation>
    </message>
    <message>
        <source>The order has no receiver or address to ship to. Give the receiver&apos;s name and the address.</source>
        <translation>订单没有收件人或收货地址，请填写收件人姓名和地址。</translation>
    </message>
    <message>
        <source>The phone “{phone}” is not a phone number.</source>
        <translation>“{phone}”不是电话号码。</translation>
    </message>
    <message>
        <source>The note is longer than 500 characters.</source>
        <translation>备注超过了 500 个字。</translation>
    </message>
    <message>
        <source>The order has no items.</source>
        <translation>订单里还没有商品。</translation>
    </message>
    <message>
        <source>{numbers}: no private order with this number is waiting to ship (paid, not shipped yet). Nothing was marked.</source>
        <translation>{numbers}：没有这个订单号的待发货私域订单（已付款、未发货）。没有标记任何订单。</translation>
    </message>
    <message>
        <source>No private order is waiting to ship.</source>
        <translation>没有待发货的私域订单。</translation>
    </message>
    <message>
        <source>Order {number} has gone out or ended already; only an order not shipped yet can be cancelled.</source>
        <translation>订单 {number} 已发货或已结束；只有尚未发货的订单才能取消。</translation>
    </message>
    <message>
        <source>Export the shipping list to a file ending in .xlsx or .csv.</source>
        <translation>发货单请导出为 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <source>No private order is numbered {numbers}.</source>
        <translation>没有订单号为 {numbers} 的私域订单。</translation>
    </message>
    <message>
        <source>No private order is waiting to ship: the shipping list would be empty. Nothing was written.</source>
        <translation>没有待发货的私域订单，发货单会是空的，所以没有写入文件。</translation>
    </message>
    <message>
        <source>New &amp;private order…</source>
        <translation>新建私域订单(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;shipping list…</source>
        <translation>导出发货单(&amp;S)…</translation>
    </message>
    <message>
        <source>Private order {number} saved for {receiver}.</source>
        <translation>私域订单 {number} 已保存，收件人 {receiver}。</translation>
    </message>
    <message>
        <source>Export shipping list</source>
        <translation>导出发货单</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing the shipping list…</source>
        <translation>正在导出发货单…</translation>
    </message>
    <message numerus="yes">
        <source>Shipping list written: %n order(s) in {path}.</source>
        <translation>
            <numerusform>发货单已导出：{path}，共 %n 个订单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark these %n order(s) shipped now? They leave the shipping list and the parcels going out. Choose No if the courier has not taken them yet.</source>
        <translation>
            <numerusform>现在把这 %n 单标记为已发货吗？它们会离开发货单和待发包裹。如果快递还没取件，请选“否”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) marked shipped.</source>
        <translation>
            <numerusform>已标记发货 %n 单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark shipped</source>
        <translation>标记已发货</translation>
    </message>
    <message>
        <source>Order {number} marked shipped.</source>
        <translation>订单 {number} 已标记发货。</translation>
    </message>
    <message>
        <source>Cancel private order</source>
        <translation>取消私域订单</translation>
    </message>
    <message>
        <source>Cancel order {number}? It stays in the customer&apos;s orders as closed, no longer counts in their totals and gets no card.</source>
        <translation>取消订单 {number} 吗？它会以“交易关闭”留在客户的订单里，不再计入合计，也不会印卡片。</translation>
    </message>
    <message>
        <source>Order {number} cancelled.</source>
        <translation>订单 {number} 已取消。</translation>
    </message>
</context>
<context>
    <name>PrivateOrderDialog</name>
    <message>
        <source>Product, SKU or a new name</source>
        <translation>商品、商家编码或新名称</translation>
    </message>
    <message>
        <source>{name}  · private only</source>
        <translation>{name}  · 私域特供</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>New private order</source>
        <translation>新建私域订单</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price (yuan)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>添加商品(&amp;A)</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>商品：</translation>
    </message>
    <message>
        <source>Paid &amp;via:</source>
        <translation>付款方式(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation>收件人(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>省：</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>市：</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>区：</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>详细地址(&amp;D)：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>{name} (customer {id})</source>
        <translation>{name}（客户 {id}）</translation>
    </message>
    <message>
        <source>Total: — (a price is missing or wrong)</source>
        <translation>合计：—（有价格没填或填错了）</translation>
    </message>
    <message>
        <source>Total: {total} yuan</source>
        <translation>合计：{total} 元</translation>
    </message>
    <message>
        <source>Choose the customer first: type part of the name, the phone&apos;s last digits or an order number.</source>
        <translation>请先选择客户：输入姓名的一部分、手机尾号或订单号。</translation>
    </message>
</context>
<context>
    <name>PrivateOrdersTab</name>
    <message>
        <source>Waiting to ship only</source>
        <translation>只看待发货</translation>
    </message>
    <message>
        <source>New private order…  (Ctrl+Shift+O)</source>
        <translation>新建私域订单…  (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Mark shipped  (Ctrl+Shift+S)</source>
        <translation>标记已发货  (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>取消订单…</translation>
    </message>
    <message>
        <source>Export shipping list…</source>
        <translation>导出发货单…</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Paid via</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Total (yuan)</source>
        <translation>金额（元）</translation>
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
        <source>Private orders: {n}</source>
        <translation>私域订单：{n} 笔</translation>
    </message>
    <message>
        <source>No private orders yet. When a customer buys over WeChat, record the order here or from their page in the customer book: it gets a card with the parcels going out and a line in the shipping list.</source>
        <translation>还没有私域订单。客户在微信上下单后，在这里或客户簿里该客户的页面记下订单：它会和待发包裹一起印卡片，并出现在发货单里。</translation>
    </message>
    <message>
        <source>Nothing is waiting to ship.</source>
        <translation>没有待发货的订单。</translation>
    </message>
</context>
</TS>
