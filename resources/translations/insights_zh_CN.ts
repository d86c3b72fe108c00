<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CardCostsDialog</name>
    <message>
        <source>What a parcel card costs</source>
        <translation>包裹卡的成本</translation>
    </message>
    <message>
        <source>yuan per card, e.g. 0.35</source>
        <translation>每张多少元，例如 0.35</translation>
    </message>
    <message>
        <source>yuan per card, e.g. 3 for a sample pack</source>
        <translation>每张多少元，例如试用装 3 元</translation>
    </message>
    <message>
        <source>&amp;Gift the card promises:</source>
        <translation>卡片承诺的赠品(&amp;G)：</translation>
    </message>
    <message>
        <source>Paper and ink per printed card on each layout, and the gift sent to whoever adds your WeChat with the card&apos;s code. Every card printed in a period counts towards the parcel-card channel&apos;s cost.</source>
        <translation>每种版式每印一张卡片的纸墨成本，以及凭卡片暗号加微后寄出的赠品。一段时间内印出的每张卡片都计入“包裹卡”渠道的成本。</translation>
    </message>
</context>
<context>
    <name>CardRates</name>
    <message>
        <source>Cards printed</source>
        <translation>打印卡片</translation>
    </message>
    <message>
        <source>Codes sent back</source>
        <translation>寄回的码</translation>
    </message>
    <message>
        <source>Add-rate (95% range)</source>
        <translation>加微率（95% 区间）</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>版本{n}</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>The range is where the true rate lies with 95% confidence; two versions are told apart only when the difference is bigger than chance.</source>
        <translation>区间表示真实加微率有 95% 把握落在其中；只有差别大于偶然波动时，才能分出两个版本的好坏。</translation>
    </message>
    <message>
        <source>By print run</source>
        <translation>按打印批次</translation>
    </message>
    <message>
        <source>By product</source>
        <translation>按商品</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>按平台</translation>
    </message>
    <message>
        <source>Run {date}</source>
        <translation>{date} 批次</translation>
    </message>
    <message>
        <source>Print run</source>
        <translation>打印批次</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Add-rate of the cards</source>
        <translation>卡片加微率</translation>
    </message>
    <message>
        <source>Print a second version of a letter to compare the two.</source>
        <translation>给信再写一个版本并打印，才能比较两个版本。</translation>
    </message>
    <message>
        <source>No cards printed in this period.</source>
        <translation>这段时间没有打印卡片。</translation>
    </message>
</context>
<context>
    <name>ChannelDialog</name>
    <message>
        <source>yuan, e.g. 3000</source>
        <translation>元，例如 3000</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>成本(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>开始(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>结束(&amp;T)：</translation>
    </message>
    <message>
        <source>Add a channel</source>
        <translation>添加渠道</translation>
    </message>
    <message>
        <source>Channel {name}</source>
        <translation>渠道 {name}</translation>
    </message>
    <message>
        <source>e.g. 小红书投放, 周五直播间</source>
        <translation>例如 小红书投放、周五直播间</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Every channel but parcel cards gets a code for its poster. Leave the cost empty if it costs nothing or you add it later.</source>
        <translation>除包裹卡外，每个渠道都有一个印在海报上的暗号。没有费用或以后再加，可以不填费用。</translation>
    </message>
    <message>
        <source>Its code {code} stays the same: posters already printed carry it.</source>
        <translation>它的暗号 {code} 保持不变：已印好的海报上印的就是它。</translation>
    </message>
    <message>
        <source>this channel</source>
        <translation>这个渠道</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ChannelsPanel</name>
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
        <source>Cost</source>
        <translation>成本</translation>
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
        <source>No channels yet. Add one for each place customers find you (a live stream, Xiaohongshu notes, affiliates, a fair stall, your parcel cards); each gets a code for its poster, and whoever sends it when adding your WeChat counts for that channel.</source>
        <translation>还没有渠道。为客户找到你的每个地方各加一个（直播、小红书笔记、分销、展会摊位、包裹卡）；每个渠道都有一个印在海报上的暗号，加你微信时发来这个暗号的人就算作该渠道带来的。</translation>
    </message>
    <message>
        <source>Add channel…</source>
        <translation>添加渠道…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Add cost for a period…</source>
        <translation>添加一段期间的费用…</translation>
    </message>
    <message>
        <source>Make poster PDF…</source>
        <translation>生成海报 PDF…</translation>
    </message>
    <message>
        <source>What a card costs…</source>
        <translation>卡片成本…</translation>
    </message>
    <message>
        <source>Channel “{name}” added, code {code}.</source>
        <translation>已添加渠道“{name}”，暗号 {code}。</translation>
    </message>
    <message>
        <source>Channel “{name}” added.</source>
        <translation>已添加渠道“{name}”。</translation>
    </message>
    <message>
        <source>Channel “{name}” saved.</source>
        <translation>渠道“{name}”已保存。</translation>
    </message>
    <message>
        <source>“{name}” cost {cost} from {first} to {last}.</source>
        <translation>“{name}”在 {first} 至 {last} 的费用为 {cost}。</translation>
    </message>
    <message>
        <source>Card costs saved: the parcel-card channel counts them from now on.</source>
        <translation>卡片成本已保存：“包裹卡”渠道从现在起计入这些成本。</translation>
    </message>
    <message>
        <source>Make poster PDF</source>
        <translation>生成海报 PDF</translation>
    </message>
    <message>
        <source>“{name}” is the parcel-card channel: its adds come back with the cards&apos; own codes, so it has no poster.</source>
        <translation>“{name}”是包裹卡渠道：它的加微来自卡片自己的暗号，所以没有海报。</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Drawing the poster…</source>
        <translation>正在绘制海报…</translation>
    </message>
    <message>
        <source>Poster written to {path}</source>
        <translation>海报已写入 {path}</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Orders, cards and WeChat adds by month</source>
        <translation>每月订单、卡片与加微</translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation>已付款订单</translation>
    </message>
    <message>
        <source>Cards printed</source>
        <translation>印出的卡片</translation>
    </message>
    <message>
        <source>WeChat adds</source>
        <translation>加微信</translation>
    </message>
    <message>
        <source>Add-rate by letter version, with its 95% range</source>
        <translation>各版本感谢信的加微率（含 95% 区间）</translation>
    </message>
    <message>
        <source>{letter} v{n}</source>
        <translation>{letter} 第{n}版</translation>
    </message>
    <message>
        <source>Add-rate</source>
        <translation>加微率</translation>
    </message>
    <message>
        <source>{redeemed} of {printed} cards</source>
        <translation>{printed} 张卡片中 {redeemed} 张</translation>
    </message>
    <message>
        <source>Value of the pool at each month&apos;s end (private customers × average order to date)</source>
        <translation>每月底的私域池价值（私域客户数 × 截至当时的客单价）</translation>
    </message>
    <message>
        <source>Value of the pool</source>
        <translation>私域池价值</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>private-domain size, card conversion, repeat rate and the pool&apos;s value</source>
        <translation>私域规模、包裹卡转化、复购率和私域池的价值</translation>
    </message>
    <message>
        <source>only the last N days (default: all time)</source>
        <translation>只看最近 N 天（默认：全部时间）</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>以 JSON 输出</translation>
    </message>
    <message>
        <source>also write the window&apos;s charts as SVG files into DIR</source>
        <translation>同时把窗口里的图表写成 SVG 文件，放进 DIR</translation>
    </message>
    <message>
        <source>Not on WeChat</source>
        <translation>未加微信</translation>
    </message>
    <message>
        <source>{who}: repeat rate {rate} of {buyers} buyers; average order {aov} over {orders} paid orders</source>
        <translation>{who}：{buyers} 位下单客户复购率 {rate}；{orders} 笔付款订单客单价 {aov}</translation>
    </message>
    <message>
        <source>Revenue from private customers in the period: {revenue} (orders sold over WeChat: {private_orders})</source>
        <translation>期间私域客户销售额：{revenue}（其中微信私域订单：{private_orders}）</translation>
    </message>
    <message>
        <source>Letters: add-rate with its 95% range</source>
        <translation>信：加微率及其 95% 区间</translation>
    </message>
    <message>
        <source>{letter} version {n}: {redeemed} of {printed}, {rate}</source>
        <translation>{letter} 版本{n}：{printed} 张中 {redeemed} 张，{rate}</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
    <message>
        <source>--days must be 1 or more.</source>
        <translation>--days 必须是 1 或更大的数。</translation>
    </message>
    <message>
        <source>Chart written: {path}</source>
        <translation>已写出图表：{path}</translation>
    </message>
    <message>
        <source>Period: since {since}</source>
        <translation>期间：{since} 起</translation>
    </message>
    <message>
        <source>Period: all time</source>
        <translation>期间：全部时间</translation>
    </message>
    <message>
        <source>Private customers: {n} of {total} ({share:.1%})</source>
        <translation>私域客户：{total} 位中的 {n} 位（{share:.1%}）</translation>
    </message>
    <message>
        <source>Card conversion: {redeemed} of {printed}: {rate}</source>
        <translation>卡片转化：{printed} 张中 {redeemed} 张：{rate}</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Customer segments (RFM, against the shop&apos;s averages)</source>
        <translation>客户分层（RFM，与本店平均值比较）</translation>
    </message>
    <message>
        <source>By month: paid orders / cards printed / WeChat adds / private customers / value of the pool</source>
        <translation>按月：付款订单 / 打印卡片 / 加微 / 私域客户 / 私域池价值</translation>
    </message>
    <message>
        <source>Value of the pool: ¥{value:,.0f} (average order ¥{aov:,.2f})</source>
        <translation>私域池价值：¥{value:,.0f}（客单价 ¥{aov:,.2f}）</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>各平台</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>下单客户</translation>
    </message>
    <message>
        <source>On WeChat</source>
        <translation>已加微</translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation>付款订单</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <source>Cost of {name}</source>
        <translation>{name} 的费用</translation>
    </message>
    <message>
        <source>e.g. 达人笔记三篇</source>
        <translation>例如 达人笔记三篇</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>The figures spread a cost evenly over its days, so a period shows its share.</source>
        <translation>数据会把一笔费用平均分摊到它的每一天，所以每个期间只显示它分到的部分。</translation>
    </message>
</context>
<context>
    <name>Growth</name>
    <message numerus="yes">
        <source>The book holds %Ln customer(s): {buyers} with a paid order, {rest} with only unpaid or closed orders or none (e.g. from a customer list).</source>
        <translation>
            <numerusform>客户簿共 %Ln 位客户：{buyers} 位有付款订单，{rest} 位只有未付款或已关闭的订单，或没有订单（例如从客户名单导入）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) bought since {since} (each counted once in the total, even on several platforms). {book}</source>
        <translation>
            <numerusform>{since} 起有 %Ln 位客户下了付款订单（在多个平台买过的，合计里只算一次）。{book}</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders yet: import an order export (File → Import orders) and each platform appears here.</source>
        <translation>还没有订单：导入平台导出的订单（文件 → 导入订单）后，各平台会显示在这里。</translation>
    </message>
    <message>
        <source>No paid orders yet: the imported orders are all unpaid or closed.</source>
        <translation>还没有付款订单：导入的订单都是未付款或已关闭的。</translation>
    </message>
    <message>
        <source>No paid orders since {since}: the newest paid order is from {last}. Choose “All time” or a longer period to see the platforms.</source>
        <translation>{since} 起没有付款订单：最近一笔付款订单是 {last}。请选择“全部时间”或更长的期间来查看各平台。</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>版本{n}</translation>
    </message>
    <message>
        <source>{version} is better (95% confidence)</source>
        <translation>{version} 更好（95% 把握）</translation>
    </message>
    <message>
        <source>Cannot tell yet: both versions brought the same rate so far; print more cards of each</source>
        <translation>还不能确定：两个版本目前加微率相同；每个版本再多打印一些卡片</translation>
    </message>
    <message numerus="yes">
        <source>Cannot tell yet: each version needs about %n more card(s)</source>
        <translation>
            <numerusform>还不能确定：每个版本大约还需要 %n 张卡片</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrowthArea</name>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>最近 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Private customers</source>
        <translation>私域客户</translation>
    </message>
    <message>
        <source>customers who added your WeChat</source>
        <translation>加了你微信的客户</translation>
    </message>
    <message>
        <source>Private share</source>
        <translation>私域占比</translation>
    </message>
    <message>
        <source>Card conversion</source>
        <translation>包裹卡转化率</translation>
    </message>
    <message>
        <source>cards printed in the period whose code came back</source>
        <translation>本期打印的卡片中，暗号被发回来的比例</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>Value of the pool</source>
        <translation>私域池价值</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>No data for this period yet</source>
        <translation>这段时间还没有数据</translation>
    </message>
    <message>
        <source>No cards printed in this period.</source>
        <translation>这段时间没有印过卡片。</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Share on WeChat</source>
        <translation>加微占比</translation>
    </message>
    <message>
        <source>paid orders in the period, refunds taken off</source>
        <translation>期间内的付款订单，已扣除退款</translation>
    </message>
    <message>
        <source>private customers × the period&apos;s average order value</source>
        <translation>私域客户数 × 本期客单价</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <source>Buyers in the period</source>
        <translation>期间内下单客户</translation>
    </message>
    <message>
        <source>Of them on WeChat</source>
        <translation>其中已加微</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Customers with at least one paid order on this platform in the period; the total counts each customer once</source>
        <translation>期间内在该平台至少有一笔付款订单的客户；合计里每位客户只算一次</translation>
    </message>
    <message>
        <source>Those buyers who are on your WeChat now</source>
        <translation>这些客户中现在已加你微信的</translation>
    </message>
    <message>
        <source>Share of the buyers who are on your WeChat</source>
        <translation>这些客户中已加微的比例</translation>
    </message>
    <message>
        <source>Orders placed in the period that were paid (not unpaid, not closed)</source>
        <translation>期间内下单并已付款的订单（不含未付款、已关闭）</translation>
    </message>
    <message>
        <source>Paid amounts of those orders, refunds taken off</source>
        <translation>这些订单的付款金额，已扣除退款</translation>
    </message>
    <message>
        <source>Growth figures</source>
        <translation>经营数据</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Show all time</source>
        <translation>看全部时间</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>各平台</translation>
    </message>
    <message>
        <source>Private customers against the rest</source>
        <translation>私域客户与其他客户对比</translation>
    </message>
    <message>
        <source>Customer segments (RFM)</source>
        <translation>客户分层（RFM）</translation>
    </message>
    <message>
        <source>Letters: which version brings customers in</source>
        <translation>感谢信：哪个版本带来了客户</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Could not count: {error}</source>
        <translation>无法统计：{error}</translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation>付款订单</translation>
    </message>
    <message>
        <source>Channels: what each costs and brings in</source>
        <translation>渠道：各自的花费和带来的客户</translation>
    </message>
    <message numerus="yes">
        <source>{private} of the %Ln customer(s) in the book</source>
        <translation>
            <numerusform>客户簿 %Ln 位客户中的 {private} 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{redeemed} of %n card(s) printed in the period brought a WeChat add</source>
        <translation>
            <numerusform>本期打印的 %n 张卡片中，有 {redeemed} 张带来了加微</numerusform>
        </translation>
    </message>
    <message>
        <source>private customers who bought again (all time); {public} for the others</source>
        <translation>私域客户中买过第二次的（全部时间）；其他客户为 {public}</translation>
    </message>
    <message>
        <source>no paid orders in this period: choose a longer one</source>
        <translation>这段时间没有已付款订单：请选更长的时间段</translation>
    </message>
    <message>
        <source>By month ({period})</source>
        <translation>按月（{period}）</translation>
    </message>
</context>
<context>
    <name>PrivateVsOthers</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Repeat rate (95% range)</source>
        <translation>复购率（95% 区间）</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>下单客户</translation>
    </message>
    <message>
        <source>Average order (95% range)</source>
        <translation>客单价（95% 区间）</translation>
    </message>
    <message>
        <source>Paid orders in the period</source>
        <translation>期间付款订单</translation>
    </message>
    <message>
        <source>Revenue in the period</source>
        <translation>期间销售额</translation>
    </message>
    <message>
        <source>On your WeChat</source>
        <translation>已加你微信</translation>
    </message>
    <message>
        <source>Not on your WeChat</source>
        <translation>未加你微信</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>Segment</source>
        <translation>分层</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Show these customers</source>
        <translation>查看这些客户</translation>
    </message>
    <message>
        <source>Export for WeChat…</source>
        <translation>导出给微信打标签…</translation>
    </message>
    <message>
        <source>The segment&apos;s customers with the WeChat name and remark they were saved under, their tags and a suggested remark</source>
        <translation>这一层的客户，附微信名、当时保存的备注、标签和建议备注</translation>
    </message>
    <message>
        <source>Buyers with a paid order, each measured against the shop&apos;s averages: last order {days} days ago, {orders} orders, ¥{spent} spent. Double-click a segment to see its customers.</source>
        <translation>只算有付款订单的客户，各与本店平均值比较：最近一单 {days} 天前、{orders} 单、消费 ¥{spent}。双击一个分层查看其中的客户。</translation>
    </message>
    <message>
        <source>Choose a segment first.</source>
        <translation>请先选一个分层。</translation>
    </message>
    <message>
        <source>Export for WeChat</source>
        <translation>导出给微信打标签</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exported to {path} (customers: {n})</source>
        <translation>已导出到 {path}（客户：{n}）</translation>
    </message>
    <message>
        <source>Could not export: {error}</source>
        <translation>无法导出：{error}</translation>
    </message>
</context>
</TS>
