<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CardsChoice</name>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Card layout</source>
        <translation>卡片版式</translation>
    </message>
    <message>
        <source>{printer} (the system&apos;s default)</source>
        <translation>{printer}（系统默认）</translation>
    </message>
    <message>
        <source>No printer yet: save the cards as PDF</source>
        <translation>暂时没有打印机：把卡片存成 PDF</translation>
    </message>
    <message>
        <source>A thermal label printer prints one card per label; an ordinary printer prints several cards on an A4 sheet.</source>
        <translation>热敏标签打印机一张标签印一张卡片；普通打印机在一张 A4 纸上印多张卡片。</translation>
    </message>
    <message>
        <source>No printer is installed on this computer yet. You can save the cards as PDF and print them anywhere, and choose a printer here later.</source>
        <translation>这台电脑还没有安装打印机。可以先把卡片存成 PDF 拿到别处打印，以后再在这里选择打印机。</translation>
    </message>
    <message>
        <source>{w:g} × {h:g} mm</source>
        <translation>{w:g} × {h:g} 毫米</translation>
    </message>
    <message>
        <source>One card of {size} per label or roll piece, for a thermal label printer.</source>
        <translation>每张标签（或每段卷纸）一张 {size} 的卡片，适合热敏标签打印机。</translation>
    </message>
    <message>
        <source>Cards of {size}, {n} per sheet, for an ordinary printer.</source>
        <translation>{size} 的卡片，每张纸 {n} 张，适合普通打印机。</translation>
    </message>
</context>
<context>
    <name>CardsStep</name>
    <message>
        <source>Your printer and card size</source>
        <translation>打印机与卡片尺寸</translation>
    </message>
    <message>
        <source>Cards print on the printer you already have. You can change both later in the cards area or under File → Settings.</source>
        <translation>卡片用你现有的打印机就能印。两项以后都可以在“感谢信与包裹卡”或“文件 → 设置”里更改。</translation>
    </message>
</context>
<context>
    <name>EmptyHints</name>
    <message>
        <source>Import orders…  (Ctrl+I)</source>
        <translation>导入订单…  (Ctrl+I)</translation>
    </message>
    <message>
        <source>Or drag the CSV or Excel files exported from your seller center onto this window.</source>
        <translation>也可以把从卖家后台导出的 CSV 或 Excel 文件直接拖进这个窗口。</translation>
    </message>
    <message>
        <source>Your customer book is empty. Import the order exports from your seller center (Taobao, JD, Pinduoduo, Douyin…): every buyer becomes a customer here.</source>
        <translation>客户簿还是空的。导入卖家后台（淘宝、京东、拼多多、抖音……）导出的订单，每一位买家都会成为这里的客户。</translation>
    </message>
    <message>
        <source>Follow-ups are kept per customer. Import your orders first, then note every chat and call here.</source>
        <translation>跟进记录按客户保存。先导入订单，之后每次聊天、每通电话都记在这里。</translation>
    </message>
    <message>
        <source>No follow-ups logged yet. After a chat or a call with a customer, note it here, so the next contact picks up where the last one ended.</source>
        <translation>还没有跟进记录。和客户聊过、通过电话后记在这里，下次联系就能接着上次聊。</translation>
    </message>
    <message>
        <source>New follow-up…  (Ctrl+N)</source>
        <translation>记一条跟进…  (Ctrl+N)</translation>
    </message>
    <message>
        <source>Your daily review fills in once the shop has orders: feedback, complaints, follow-ups due and yesterday&apos;s new WeChat adds, every morning. Import your orders to begin.</source>
        <translation>店里有了订单，每日回顾才会有内容：每天早上看反馈、投诉、到期的跟进和昨天新加的微信。先导入订单吧。</translation>
    </message>
    <message>
        <source>Growth figures are counted from your orders and printed cards. Import your orders to see how many buyers become your own customers.</source>
        <translation>经营数据由订单和已打印的卡片算出。导入订单后，就能看到有多少买家成了你自己的客户。</translation>
    </message>
    <message>
        <source>No cards printed yet. Cards are printed for your orders: import them first.</source>
        <translation>还没有打印过卡片。卡片是按订单打印的，请先导入订单。</translation>
    </message>
    <message>
        <source>No cards printed yet. Write your letter, then print one card for every parcel going out; each printed card shows here with its code.</source>
        <translation>还没有打印过卡片。写好感谢信，为每个待发货包裹打印一张卡片；打印过的卡片和暗号都会列在这里。</translation>
    </message>
    <message>
        <source>Write the letter and print</source>
        <translation>去写信并打印</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>ShopOwner guide</source>
        <translation>掌柜私域使用指南</translation>
    </message>
    <message>
        <source>Every day the same loop turns buyers into your own customers:</source>
        <translation>每天走一遍这个循环，买家就会变成你自己的客户：</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <source>Export the orders from your seller center as CSV or Excel and import them, or drag the files onto the window. Every buyer lands in the customer book.</source>
        <translation>从卖家后台把订单导出为 CSV 或 Excel 再导入，或直接把文件拖进窗口。每位买家都会进入客户簿。</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Write the letter</source>
        <translation>写感谢信</translation>
    </message>
    <message>
        <source>Write your thank-you letter once; the buyer&apos;s name, the product and the date are filled in on each card.</source>
        <translation>感谢信只需写一次，每张卡片会自动填上买家的称呼、商品和下单日期。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Print the cards</source>
        <translation>打印卡片</translation>
    </message>
    <message>
        <source>Print one card for every parcel going out, each with your WeChat QR and its own card code, on A4 sheets or a thermal printer.</source>
        <translation>为每个待发货包裹打印一张卡片，印有你的微信二维码和它自己的暗号，可用 A4 纸或热敏打印机。</translation>
    </message>
    <message>
        <source>{keys} in the cards area</source>
        <translation>在“感谢信与包裹卡”里按 {keys}</translation>
    </message>
    <message>
        <source>Redeem codes when buyers add you</source>
        <translation>买家加微时登记暗号</translation>
    </message>
    <message>
        <source>When a buyer adds your WeChat and sends the code, paste the friend request: the customer is marked as added, with the card that brought them.</source>
        <translation>买家加你微信并发来暗号时，把好友申请的内容粘贴进来：这位客户就会标记为已加微，并记下是哪张卡片带来的。</translation>
    </message>
    <message>
        <source>Redeem…</source>
        <translation>登记暗号…</translation>
    </message>
    <message>
        <source>Read the daily review</source>
        <translation>看每日回顾</translation>
    </message>
    <message>
        <source>Each morning: new feedback and complaints, follow-ups due, new WeChat adds and how many of yesterday&apos;s cards came back.</source>
        <translation>每天早上看：新的反馈和投诉、到期的跟进、新加的微信，以及昨天的卡片有多少带来了加微。</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Redeem a card code</source>
        <translation>暗号加微登记</translation>
    </message>
    <message>
        <source>Search the customer book</source>
        <translation>搜索客户簿</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>新建跟进</translation>
    </message>
    <message>
        <source>Tag the selected customers</source>
        <translation>给选中的客户打标签</translation>
    </message>
    <message>
        <source>New private order (sold over WeChat)</source>
        <translation>新建私域订单（微信成交）</translation>
    </message>
    <message>
        <source>Print cards for the parcels going out</source>
        <translation>为待发货包裹打印卡片</translation>
    </message>
    <message>
        <source>Daily review: day before / after</source>
        <translation>每日回顾：前一天 / 后一天</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>This guide</source>
        <translation>本指南</translation>
    </message>
</context>
<context>
    <name>ImportStep</name>
    <message>
        <source>Import orders…  (Ctrl+I)</source>
        <translation>导入订单…  (Ctrl+I)</translation>
    </message>
    <message>
        <source>Import your first orders</source>
        <translation>导入第一批订单</translation>
    </message>
    <message>
        <source>In your seller center (Taobao/Qianniu, JD, Pinduoduo, Douyin, Kuaishou, Youzan, WeChat shop) export the orders as CSV or Excel, then import the file here. Every buyer becomes a customer in your book, and the parcels going out are ready for their cards.</source>
        <translation>在卖家后台（淘宝/千牛、京东、拼多多、抖店、快手、有赞、微信小店）把订单导出为 CSV 或 Excel，再在这里导入。每位买家都会成为客户簿里的客户，待发货的包裹也就可以打印卡片了。</translation>
    </message>
    <message>
        <source>Or drag the exported files onto this window. Press F1 at any time for the guide.</source>
        <translation>也可以把导出的文件直接拖进这个窗口。随时按 F1 打开使用指南。</translation>
    </message>
</context>
<context>
    <name>QrPicker</name>
    <message>
        <source>Choose the QR image…</source>
        <translation>选择二维码图片…</translation>
    </message>
    <message>
        <source>or paste the link in your QR code</source>
        <translation>或粘贴二维码里的链接</translation>
    </message>
    <message>
        <source>Use link</source>
        <translation>使用链接</translation>
    </message>
    <message>
        <source>In use: {text}</source>
        <translation>正在使用：{text}</translation>
    </message>
    <message>
        <source>In use: an image whose QR code could not be read; it is printed as it is.</source>
        <translation>正在使用：一张无法识别二维码的图片，会按原样印在卡片上。</translation>
    </message>
    <message>
        <source>No QR yet</source>
        <translation>还没有二维码</translation>
    </message>
    <message>
        <source>No WeChat QR yet. In WeChat open Me → your name → My QR code → ⋯ → Save image (我 → 我的二维码 → 保存图片), copy that picture to this computer and choose it here.</source>
        <translation>还没有微信二维码。在微信里打开“我 → 个人信息 → 我的二维码 → ⋯ → 保存图片”，把这张图片传到这台电脑，然后在这里选择它。</translation>
    </message>
    <message>
        <source>The QR image saved from WeChat</source>
        <translation>从微信保存的二维码图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the QR code…</source>
        <translation>正在识别二维码…</translation>
    </message>
    <message>
        <source>Read from the image: {text}</source>
        <translation>已从图片识别出：{text}</translation>
    </message>
    <message>
        <source>The QR code will hold: {text}</source>
        <translation>二维码内容将是：{text}</translation>
    </message>
    <message>
        <source>No readable QR code was found in this image. It would be printed on the cards as it is, which may not scan. Choose the picture saved from WeChat (我的二维码 → 保存图片), not a photo or a screenshot of it.</source>
        <translation>这张图片里没有能识别的二维码。它会按原样印在卡片上，可能扫不出来。请选择微信里“我的二维码 → 保存图片”存下的那张图片，而不是翻拍的照片或截图。</translation>
    </message>
</context>
<context>
    <name>QrStep</name>
    <message>
        <source>Your WeChat on every card</source>
        <translation>每张卡片上都有你的微信</translation>
    </message>
    <message>
        <source>Each card carries your own WeChat QR code, so a buyer who likes the letter can add you. Choose the picture of it that WeChat saves for you.</source>
        <translation>每张卡片都印着你自己的微信二维码，喜欢这封信的买家可以直接加你。请选择微信帮你保存的二维码图片。</translation>
    </message>
</context>
<context>
    <name>SetupFlow</name>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>WeChat QR</source>
        <translation>微信二维码</translation>
    </message>
    <message>
        <source>Printer and cards</source>
        <translation>打印机与卡片</translation>
    </message>
    <message>
        <source>First import</source>
        <translation>第一次导入</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
</context>
</TS>
