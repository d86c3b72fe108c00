<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Private customers: {n} of {total} ({share:.1%})</source>
        <translation>私域客户：{total} 位中的 {n} 位（{share:.1%}）</translation>
    </message>
    <message>
        <source>Card conversion: {redeemed} of {printed} ({rate:.1%})</source>
        <translation>包裹卡转化：{printed} 张中的 {redeemed} 张（{rate:.1%}）</translation>
    </message>
    <message>
        <source>Repeat rate: private {private:.1%}, others {public:.1%}</source>
        <translation>复购率：私域客户 {private:.1%}，其他客户 {public:.1%}</translation>
    </message>
    <message>
        <source>Value of the pool: ¥{value:,.0f} (average order ¥{aov:,.2f})</source>
        <translation>私域池价值：¥{value:,.0f}（客单价 ¥{aov:,.2f}）</translation>
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
        <source>of all customers in the book</source>
        <translation>占客户簿全部客户</translation>
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
        <source>private customers × average order value</source>
        <translation>私域客户数 × 客单价</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>paid orders in the period</source>
        <translation>本期已付款订单</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Added WeChat</source>
        <translation>已加微</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>感谢信</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Cards printed</source>
        <translation>打印卡片</translation>
    </message>
    <message>
        <source>Codes sent back</source>
        <translation>发回暗号</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>Cost per private customer</source>
        <translation>每个私域客户的成本</translation>
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
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Letters: which version brings customers in</source>
        <translation>感谢信：哪个版本带来了客户</translation>
    </message>
    <message>
        <source>Acquisition channels</source>
        <translation>获客渠道</translation>
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
        <source>{redeemed} of {printed} cards printed in the period brought a WeChat add</source>
        <translation>本期打印的 {printed} 张卡片中，有 {redeemed} 张带来了加微</translation>
    </message>
    <message>
        <source>private customers who bought again; {public} for the others</source>
        <translation>私域客户中再次购买的比例；其他客户为 {public}</translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation>已付款订单</translation>
    </message>
    <message>
        <source>WeChat adds</source>
        <translation>加微</translation>
    </message>
</context>
<context>
    <name>MonthlyBars</name>
    <message>
        <source>No data for this period yet</source>
        <translation>这段时间还没有数据</translation>
    </message>
</context>
</TS>
