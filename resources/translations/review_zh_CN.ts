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
        <source>Tick what you have read; double-click an item to log a follow-up with that customer.</source>
        <translation>看过的打勾；双击某一项可为该客户记一条跟进。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Loading the daily review…</source>
        <translation>正在加载每日回顾…</translation>
    </message>
    <message>
        <source>Could not load the review: {error}</source>
        <translation>无法加载每日回顾：{error}</translation>
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
