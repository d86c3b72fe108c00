<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ReviewPage</name>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>前一天（Alt+←）</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>后一天（Alt+→）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>全部标为已读</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Item (tick when read; double-click to log a follow-up)</source>
        <translation>事项（看过就打勾；双击记录跟进）</translation>
    </message>
    <message>
        <source>Feedback today and yesterday</source>
        <translation>今天和昨天的反馈</translation>
    </message>
    <message>
        <source>Open complaints, longest waiting first</source>
        <translation>未解决的投诉（等得最久的在前）</translation>
    </message>
    <message>
        <source>{days} days open · {name}</source>
        <translation>已 {days} 天 · {name}</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>New WeChat adds</source>
        <translation>新加微</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>无暗号</translation>
    </message>
    <message>
        <source>Card add-rate for {day}</source>
        <translation>{day} 打印卡片的加微率</translation>
    </message>
    <message>
        <source>{added} of {printed} cards added ({rate})</source>
        <translation>{printed} 张卡片中已加微 {added} 人（{rate}）</translation>
    </message>
    <message>
        <source>{added} of {printed} ({rate})</source>
        <translation>{added}/{printed}（{rate}）</translation>
    </message>
    <message>
        <source>VIPs gone quiet (no order or follow-up in 60 days)</source>
        <translation>沉默的 VIP（60 天内没有下单也没有跟进）</translation>
    </message>
    <message>
        <source>spent ¥{spent:,.0f} · {orders} orders · quiet {days} days</source>
        <translation>累计消费 ¥{spent:,.0f} · {orders} 单 · 已 {days} 天没有往来</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>{items} items, {unread} unread</source>
        <translation>共 {items} 项，{unread} 项未读</translation>
    </message>
    <message>
        <source>Export the daily review</source>
        <translation>导出每日回顾</translation>
    </message>
    <message>
        <source>daily-review-{day}.pdf</source>
        <translation>每日回顾-{day}.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Daily review saved to {path}</source>
        <translation>每日回顾已保存到 {path}</translation>
    </message>
</context>
</TS>
