<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CardSettingsDialog</name>
    <message>
        <source>Card settings</source>
        <translation>卡片设置</translation>
    </message>
    <message>
        <source>The card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>Founder and checks</source>
        <translation>创始人与检查</translation>
    </message>
    <message>
        <source>none: the shop&apos;s name is printed instead</source>
        <translation>未选择：印店铺名称</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>不用图片</translation>
    </message>
    <message>
        <source>Also print the order number as a barcode packers can scan</source>
        <translation>同时把订单号印成条码，方便打包员扫码</translation>
    </message>
    <message>
        <source>Product names on the cards…</source>
        <translation>卡片上的商品名称…</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>样式</translation>
    </message>
    <message>
        <source>Logo or photo</source>
        <translation>店标或照片</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>the link in your QR code, or choose the image</source>
        <translation>二维码里的链接，或选择二维码图片</translation>
    </message>
    <message>
        <source>an image that could not be read is in use</source>
        <translation>正在使用一张无法识别的二维码图片</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <source>The founder&apos;s own WeChat</source>
        <translation>创始人本人的微信</translation>
    </message>
    <message>
        <source>A staff member&apos;s WeChat</source>
        <translation>员工的微信</translation>
    </message>
    <message>
        <source>A shop account</source>
        <translation>店铺账号</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
    <message>
        <source>Your shop&apos;s logo or your own photo</source>
        <translation>店铺标志或你本人的照片</translation>
    </message>
    <message>
        <source>A scan of the founder&apos;s signature (dark ink on white, or a PNG with transparency)</source>
        <translation>创始人签名的扫描件（白纸黑字，或背景透明的 PNG）</translation>
    </message>
    <message>
        <source>The product names are saved.</source>
        <translation>商品名称已保存。</translation>
    </message>
    <message>
        <source>Picture not used</source>
        <translation>图片未采用</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>设置没有保存</translation>
    </message>
    <message>
        <source>typed in the handwriting font</source>
        <translation>用手写字体打出</translation>
    </message>
    <message>
        <source>Scanned signature…</source>
        <translation>扫描的签名…</translation>
    </message>
    <message>
        <source>Use typed</source>
        <translation>用打字签名</translation>
    </message>
    <message>
        <source>Founder&apos;s WeChat QR</source>
        <translation>创始人微信二维码</translation>
    </message>
    <message>
        <source>Whose QR is it</source>
        <translation>二维码是谁的</translation>
    </message>
    <message>
        <source>Founder&apos;s WeChat ID</source>
        <translation>创始人微信号</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Line above the code</source>
        <translation>暗号上方的提示语</translation>
    </message>
    <message>
        <source>Wording to warn about
(one per line)</source>
        <translation>需要提醒的措辞
（每行一个）</translation>
    </message>
    <message>
        <source>The QR image saved from WeChat</source>
        <translation>从微信保存的二维码图片</translation>
    </message>
    <message>
        <source>QR code not changed</source>
        <translation>二维码没有更改</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>The founder&apos;s WeChat QR code is not set, so the cards would have no way to add you. Set it first (card settings, or: settings set wechat-qr IMAGE_OR_LINK).</source>
        <translation>还没有设置创始人的微信二维码，卡片上就没有加你的办法。请先设置（卡片设置，或命令：settings set wechat-qr 图片或链接）。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <source>The letter does not fit the card on {layout} for %n parcel(s), even at the smallest readable size: {cards}. Nothing was printed. Shorten the letter, or print these cards with another letter.</source>
        <translation>
            <numerusform>在“{layout}”上，有 %n 个包裹的感谢信即使用最小的易读字号也放不下：{cards}。什么都没有打印。请缩短这封信，或者给这些包裹换一封信来打印。</numerusform>
        </translation>
    </message>
    <message>
        <source>{buyer} (order {order})</source>
        <translation>{buyer}（订单 {order}）</translation>
    </message>
    <message>
        <source>a buyer without a name</source>
        <translation>未留姓名的买家</translation>
    </message>
    <message>
        <source>There is no letter called “{name}”. The letters are: {names}.</source>
        <translation>没有名为“{name}”的感谢信。现有的感谢信：{names}。</translation>
    </message>
    <message>
        <source>Every letter is switched off. Switch one on in the letters list, or name one with --letter.</source>
        <translation>所有感谢信都已停用。请在感谢信列表里启用一封，或用 --letter 指定一封。</translation>
    </message>
    <message>
        <source>There are no parcels in {selection} that need a card. Import today&apos;s orders, or choose other orders.</source>
        <translation>{selection}里没有需要卡片的包裹。请先导入今天的订单，或者选择其他订单。</translation>
    </message>
    <message>
        <source>Checking that every letter fits</source>
        <translation>正在检查每封信是否放得下</translation>
    </message>
    <message>
        <source>{parcel}: the letter does not fit and is cut off.</source>
        <translation>{parcel}：感谢信放不下，超出的部分没有印出来。</translation>
    </message>
    <message>
        <source>Another print run is planning the same parcels right now. Wait for it to finish, then try again.</source>
        <translation>另一个打印任务正在准备同一批包裹。请等它完成后再试。</translation>
    </message>
    <message>
        <source>Preparing card {n} of {total}</source>
        <translation>正在准备第 {n} / {total} 张卡片</translation>
    </message>
    <message>
        <source>No letter fits order {order} ({platform}). Add a letter for any buyer, or change the letters&apos; rules.</source>
        <translation>没有适用于订单 {order}（{platform}）的感谢信。请添加一封适用于所有买家的感谢信，或修改感谢信的规则。</translation>
    </message>
    <message>
        <source>Insert card (reprint)</source>
        <translation>包裹卡（补打）</translation>
    </message>
    <message>
        <source>Insert cards: {selection}</source>
        <translation>包裹卡：{selection}</translation>
    </message>
    <message>
        <source>These cards were never reserved; plan the batch again.</source>
        <translation>这些卡片的暗号还没有预留，请重新准备这一批。</translation>
    </message>
    <message>
        <source>No printed card has the code or id “{ref}”. Check it and try again.</source>
        <translation>没有暗号或编号为“{ref}”的已打印卡片。请检查后重试。</translation>
    </message>
    <message>
        <source>Card {code} has not been printed yet: it prints with its parcels&apos; batch.</source>
        <translation>暗号 {code} 的卡片还没有打印过：它会和这批包裹一起打印。</translation>
    </message>
    <message>
        <source>Card {code} cannot be reprinted: its order or letter was deleted.</source>
        <translation>卡片 {code} 无法补打：它的订单或感谢信已被删除。</translation>
    </message>
    <message>
        <source>The letter offers something for a review: {places}. Platforms punish cash-for-review; ask for honest feedback instead.</source>
        <translation>感谢信里用好处换评价：{places}。平台会处罚好评返现；请改为邀请买家说真实感受。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The letter opens with a small coupon (“{text}”). A card that leads with 2–5 yuan reads like an advert; lead with your thanks and keep any offer for the chat.</source>
        <translation>感谢信开头就是小额优惠券（“{text}”）。以 2–5 元开头的卡片像广告；请先表达感谢，优惠留到聊天里再说。</translation>
    </message>
    <message>
        <source>The QR code on the card is not the founder&apos;s own WeChat. Buyers are promised the founder: set the founder&apos;s QR code in the card settings.</source>
        <translation>卡片上的二维码不是创始人本人的微信。卡片承诺的是创始人本人：请在卡片设置里换成创始人的二维码。</translation>
    </message>
    <message>
        <source>The QR code is a group or customer-service link, not the founder&apos;s personal WeChat. Save the founder&apos;s own QR code (我的二维码) and use that.</source>
        <translation>这个二维码是群或客服链接，不是创始人的个人微信。请保存创始人自己的二维码（我的二维码）并使用它。</translation>
    </message>
    <message>
        <source>The letter names the WeChat ID {wid}, which is not the founder&apos;s saved ID. Use the founder&apos;s own WeChat, or save it as the founder&apos;s ID in the card settings.</source>
        <translation>感谢信里写的微信号 {wid} 不是已保存的创始人微信号。请写创始人本人的微信号，或在卡片设置里把它保存为创始人微信号。</translation>
    </message>
    <message>
        <source>Unknown merge fields {fields} would print as they are. Use the field buttons above the editor.</source>
        <translation>无法识别的字段 {fields} 会原样印出来。请用编辑框上方的字段按钮插入。</translation>
    </message>
    <message>
        <source>The characters {chars} have no glyph in the card font and would be left out. Replace them.</source>
        <translation>字符 {chars} 在卡片字体里没有字形，打印时会被去掉。请替换它们。</translation>
    </message>
    <message>
        <source>The letter is too long for the {layout} card even at the smallest readable size. Shorten it or choose a larger card.</source>
        <translation>即使用最小的可读字号，感谢信对“{layout}”卡片也太长了。请删减文字，或选择更大的卡片。</translation>
    </message>
    <message>
        <source>“{text}” in line {line}</source>
        <translation>第 {line} 行的“{text}”</translation>
    </message>
    <message>
        <source>“{text}” in line {line} (read as {phrase})</source>
        <translation>第 {line} 行的“{text}”（即“{phrase}”）</translation>
    </message>
    <message>
        <source>sizes, rows and columns must be positive</source>
        <translation>尺寸、行数和列数必须大于 0</translation>
    </message>
    <message>
        <source>margins, gaps and bleed cannot be negative</source>
        <translation>边距、间距和出血不能为负数</translation>
    </message>
    <message>
        <source>the cards ({w:.1f} × {h:.1f} mm with margins) do not fit on the {pw:.0f} × {ph:.0f} mm page</source>
        <translation>卡片（含边距 {w:.1f} × {h:.1f} 毫米）放不进 {pw:.0f} × {ph:.0f} 毫米的纸</translation>
    </message>
    <message>
        <source>the smallest type sizes must be between {low:g} and 14 pt</source>
        <translation>最小字号必须在 {low:g} 到 14 磅之间</translation>
    </message>
    <message>
        <source>a card smaller than 40 mm on a side has no room for a readable QR code and letter</source>
        <translation>边长小于 40 毫米的卡片放不下清晰的二维码和感谢信</translation>
    </message>
    <message>
        <source>The layout “{name}” cannot be used: {problems}. Change the sizes and try again.</source>
        <translation>版式“{name}”无法使用：{problems}。请修改尺寸后重试。</translation>
    </message>
    <message>
        <source>This layout file is not readable ({reason}). Save the layout again from ShopOwner and share the new file.</source>
        <translation>这个版式文件无法读取（{reason}）。请在掌柜私域里重新保存版式，再分享新文件。</translation>
    </message>
    <message>
        <source>The start position must be between 1 and {n} on this layout.</source>
        <translation>这个版式的起始位置必须在 1 到 {n} 之间。</translation>
    </message>
    <message>
        <source>Copies per card must be between 1 and 50.</source>
        <translation>每张卡片的份数必须在 1 到 50 之间。</translation>
    </message>
    <message>
        <source>A4, 4 × A6 cards</source>
        <translation>A4 纸，4 张 A6 卡片</translation>
    </message>
    <message>
        <source>A4, 2 × A5 cards</source>
        <translation>A4 纸，2 张 A5 卡片</translation>
    </message>
    <message>
        <source>A4, 10 × 90 × 54 mm cards</source>
        <translation>A4 纸，10 张 90 × 54 毫米卡片</translation>
    </message>
    <message>
        <source>Thermal label 100 × 150 mm</source>
        <translation>热敏标签 100 × 150 毫米</translation>
    </message>
    <message>
        <source>76 mm roll</source>
        <translation>76 毫米卷纸</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>80 毫米卷纸</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>“{name}” is a built-in layout name. Give your layout another name.</source>
        <translation>“{name}”是内置版式的名称。请给你的版式换个名字。</translation>
    </message>
    <message>
        <source>The layout file {path} cannot be read ({reason}). Choose another file.</source>
        <translation>无法读取版式文件 {path}（{reason}）。请选择其他文件。</translation>
    </message>
    <message>
        <source>The layout file {path} is not a ShopOwner layout. Choose another file.</source>
        <translation>{path} 不是掌柜私域的版式文件。请选择其他文件。</translation>
    </message>
    <message>
        <source>There is no layout called “{name}”. Use one of: {names}, or the path of a saved layout file.</source>
        <translation>没有名为“{name}”的版式。请使用其中之一：{names}，或已保存版式文件的路径。</translation>
    </message>
    <message>
        <source>the buyer&apos;s name or nickname; 亲爱的朋友 when unknown or masked</source>
        <translation>买家的姓名或昵称；不知道或被打码时写“亲爱的朋友”</translation>
    </message>
    <message>
        <source>the product bought (the first item, “等 N 件” for more)</source>
        <translation>买的商品（第一件；多件时加“等 N 件”）</translation>
    </message>
    <message>
        <source>the order date, e.g. 11月24日</source>
        <translation>下单日期，例如 11月24日</translation>
    </message>
    <message>
        <source>the shop&apos;s name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <source>which purchase this is for the buyer: 1, 2, 3…</source>
        <translation>这是买家第几次购买：1、2、3……</translation>
    </message>
    <message>
        <source>the buyer&apos;s city, without 市</source>
        <translation>买家所在城市，不带“市”</translation>
    </message>
    <message>
        <source>this card&apos;s code, to send when adding the founder&apos;s WeChat</source>
        <translation>这张卡片的暗号，加创始人微信时发送</translation>
    </message>
    <message>
        <source>the founder&apos;s name</source>
        <translation>创始人的名字</translation>
    </message>
    <message>
        <source>The QR value is empty. Give the image saved from WeChat, or the link in your QR code.</source>
        <translation>二维码内容为空。请提供从微信保存的二维码图片，或二维码里的链接。</translation>
    </message>
    <message>
        <source>The image {path} does not exist. Save your QR code from WeChat (我的二维码 → 保存图片) and give that file.</source>
        <translation>图片 {path} 不存在。请在微信里保存你的二维码（我的二维码 → 保存图片），再选择那个文件。</translation>
    </message>
    <message>
        <source>The file {path} is not a readable image ({reason}). Save your QR code from WeChat again as PNG or JPG.</source>
        <translation>文件 {path} 不是可读取的图片（{reason}）。请从微信重新保存二维码为 PNG 或 JPG。</translation>
    </message>
    <message>
        <source>QR code read: it will be redrawn sharp on every card.</source>
        <translation>已识别二维码：每张卡片上都会重新绘制成清晰的矢量二维码。</translation>
    </message>
    <message>
        <source>The QR code in this image could not be read, so the image is printed as it is. For the sharpest cards, save the QR again from WeChat at full size.</source>
        <translation>无法识别这张图片里的二维码，将按原图打印。想要最清晰的卡片，请从微信重新保存原尺寸二维码。</translation>
    </message>
    <message>
        <source>The QR code will hold this text.</source>
        <translation>二维码将包含这段文字。</translation>
    </message>
    <message>
        <source>Card {code}: the characters {chars} have no glyph in the card font and were left out. Check the name or edit the letter.</source>
        <translation>卡片 {code}：字符 {chars} 在卡片字体里没有字形，已去掉。请检查姓名或修改感谢信。</translation>
    </message>
    <message>
        <source>Card {code}: the letter does not fit even at {size:g} pt. Shorten the letter or choose another letter or a larger card for this layout.</source>
        <translation>卡片 {code}：感谢信即使缩到 {size:g} 磅也放不下。请缩短感谢信，或为这个版式换一封感谢信或更大的卡片。</translation>
    </message>
    <message>
        <source>{n} · used</source>
        <translation>{n} · 已用</translation>
    </message>
    <message>
        <source>Card {code}: the letter does not fit even at {size:g} pt and was printed cut short (lines left out: {lines}). Shorten the letter or choose a larger card.</source>
        <translation>卡片 {code}：信即使用 {size:g} 磅也放不下，已截短打印（少印了 {lines} 行）。请缩短信的内容，或换用更大的卡片。</translation>
    </message>
    <message>
        <source>Fitting the letters: card {n} of {total}</source>
        <translation>正在排版信件：第 {n} 张，共 {total} 张</translation>
    </message>
    <message>
        <source>Insert cards</source>
        <translation>包裹卡</translation>
    </message>
    <message>
        <source>Drawing card {n} of {total}</source>
        <translation>正在绘制第 {n} / {total} 张卡片</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>正在写入 PDF</translation>
    </message>
    <message>
        <source>“{text}” is not a selection. Use to-ship, today, all, a date range such as 2026-11-01..2026-11-20, or order ids separated by commas.</source>
        <translation>“{text}”不是有效的范围。请使用 to-ship、today、all、日期范围（如 2026-11-01..2026-11-20），或用逗号分隔的订单号。</translation>
    </message>
    <message>
        <source>the parcels going out</source>
        <translation>待发货的包裹</translation>
    </message>
    <message>
        <source>the orders imported today</source>
        <translation>今天导入的订单</translation>
    </message>
    <message>
        <source>all orders</source>
        <translation>全部订单</translation>
    </message>
    <message>
        <source>the orders placed from {first} to {last}</source>
        <translation>{first} 至 {last} 下单的订单</translation>
    </message>
    <message>
        <source>the orders {ids}</source>
        <translation>订单 {ids}</translation>
    </message>
    <message>
        <source>No order has the id {ids}. Check the order numbers (or import the orders first) and try again.</source>
        <translation>没有订单号为 {ids} 的订单。请检查订单号（或先导入订单）后重试。</translation>
    </message>
    <message>
        <source>Sending the cards to {printer}</source>
        <translation>正在把卡片发送到 {printer}</translation>
    </message>
    <message>
        <source>The printer “{name}” did not take the job ({error}). Check that it is switched on and ready, then print again.</source>
        <translation>打印机“{name}”没有接收这个任务（{error}）。请检查打印机已开机并就绪，然后重新打印。</translation>
    </message>
    <message>
        <source>The card PDF could not be opened for printing ({error}). Make the cards again.</source>
        <translation>无法打开卡片 PDF 进行打印（{error}）。请重新生成卡片。</translation>
    </message>
    <message>
        <source>The printer “{name}” cannot start the job. Check that it is switched on and ready, then print again.</source>
        <translation>打印机“{name}”无法开始打印。请检查它已开机并就绪，然后重新打印。</translation>
    </message>
    <message>
        <source>Printing page {n} of {total}</source>
        <translation>正在打印第 {n} / {total} 页</translation>
    </message>
    <message>
        <source>Print the cards</source>
        <translation>打印卡片</translation>
    </message>
    <message>
        <source>no cards printed yet</source>
        <translation>还没有用它打印卡片</translation>
    </message>
    <message>
        <source>{adds} of {printed} (too few cards for a rate)</source>
        <translation>{printed} 张中加微 {adds} 个（卡片太少，不计算加微率）</translation>
    </message>
    <message>
        <source>{rate} ({adds} of {printed})</source>
        <translation>{rate}（{printed} 张中加微 {adds} 个）</translation>
    </message>
    <message>
        <source>Every buyer</source>
        <translation>所有买家</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>首次购买</translation>
    </message>
    <message>
        <source>Returning buyer</source>
        <translation>老客户</translation>
    </message>
    <message>
        <source>Every platform</source>
        <translation>所有平台</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（还没有）</translation>
    </message>
    <message>
        <source>The letter “{name}” has no version {n}; it has versions 1 to {last}.</source>
        <translation>感谢信“{name}”没有第 {n} 版；它有第 1 至第 {last} 版。</translation>
    </message>
    <message>
        <source>Version {current} of “{name}” already has the words of version {n}; nothing was changed.</source>
        <translation>“{name}”的第 {current} 版与第 {n} 版文字相同，没有做任何改动。</translation>
    </message>
    <message>
        <source>The words of version {n} are the letter “{name}” again, as version {current}. Version {previous} is kept and can be restored the same way.</source>
        <translation>感谢信“{name}”已恢复为第 {n} 版的文字，保存为第 {current} 版。第 {previous} 版仍然保留，也可以用同样的方法恢复。</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{source} is not a text file. Save the letter as plain text (.txt) and try again.</source>
        <translation>{source} 不是文本文件。请把感谢信另存为纯文本（.txt）后再试。</translation>
    </message>
    <message>
        <source>The letter needs a name.</source>
        <translation>感谢信需要一个名称。</translation>
    </message>
    <message>
        <source>The letter&apos;s text is empty; nothing was saved.</source>
        <translation>感谢信的正文是空的，没有保存。</translation>
    </message>
    <message>
        <source>Unknown audience {value}.</source>
        <translation>未知的适用对象 {value}。</translation>
    </message>
    <message>
        <source>There is no card design called “{key}”. The designs are: {keys}.</source>
        <translation>没有名为“{key}”的卡片样式。可用的样式：{keys}。</translation>
    </message>
    <message>
        <source>The file {path} does not exist. Choose the picture again.</source>
        <translation>文件 {path} 不存在。请重新选择图片。</translation>
    </message>
    <message>
        <source>{path} is not a picture ShopOwner can read ({reason}). Save it as PNG or JPEG and try again.</source>
        <translation>{path} 不是掌柜私域能读取的图片（{reason}）。请另存为 PNG 或 JPEG 后再试。</translation>
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
        <source>Letter paper</source>
        <translation>信笺</translation>
    </message>
    <message>
        <source>Simple</source>
        <translation>简约</translation>
    </message>
    <message>
        <source>Logo or photo</source>
        <translation>店标或照片</translation>
    </message>
    <message>
        <source>A quiet vermilion border and ruled lines, like a handwritten letter.</source>
        <translation>淡雅的朱红边框和格线，像一封手写信。</translation>
    </message>
    <message>
        <source>White space and a soft band along the top.</source>
        <translation>留白，顶部一条柔和的色带。</translation>
    </message>
    <message>
        <source>Your shop&apos;s logo or your own photo at the top (the shop&apos;s name until you choose a picture).</source>
        <translation>卡片顶部印店标或你本人的照片（未选图片时印店铺名称）。</translation>
    </message>
    <message>
        <source>The product title is empty. Give the title as the product list shows it.</source>
        <translation>商品标题是空的。请按商品列表中显示的标题填写。</translation>
    </message>
    <message>
        <source>The print name is empty. Type a short name, or reset the product to its automatic name.</source>
        <translation>印刷名称是空的。请输入一个简短的名称，或恢复为自动名称。</translation>
    </message>
    <message>
        <source>The print name is {n} characters long; at most {max} fit a card&apos;s sentence. Shorten it.</source>
        <translation>印刷名称有 {n} 个字；卡片的句子里最多放得下 {max} 个字。请缩短。</translation>
    </message>
    <message>
        <source>SAMPLE · not a real order</source>
        <translation>样张 · 不是真实订单</translation>
    </message>
    <message>
        <source>Sample card</source>
        <translation>样张</translation>
    </message>
    <message>
        <source>The cards could not be drawn: the drawing process stopped ({error}). Try again.</source>
        <translation>卡片没能画出来：绘制卡片的进程意外停止了（{error}）。请再试一次。</translation>
    </message>
</context>
<context>
    <name>CardsArea</name>
    <message>
        <source>start at </source>
        <translation>从第 </translation>
    </message>
    <message>
        <source>Edit layout…</source>
        <translation>编辑版式…</translation>
    </message>
    <message>
        <source>Crop marks</source>
        <translation>裁切线</translation>
    </message>
    <message>
        <source>Parcels going out (paid, not shipped, no card)</source>
        <translation>待发货包裹（已付款、未发货、还没有卡片）</translation>
    </message>
    <message>
        <source>Imported today</source>
        <translation>今天导入的</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>全部订单</translation>
    </message>
    <message>
        <source>These orders:</source>
        <translation>指定订单：</translation>
    </message>
    <message>
        <source>order numbers, or 2026-11-01..2026-11-20</source>
        <translation>订单号，或 2026-11-01..2026-11-20</translation>
    </message>
    <message>
        <source>Print cards for the parcels going out</source>
        <translation>为待发货包裹打印卡片</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Card settings…</source>
        <translation>卡片设置…</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <source>Or:</source>
        <translation>或：</translation>
    </message>
    <message>
        <source>Letter and printing</source>
        <translation>感谢信与打印</translation>
    </message>
    <message>
        <source>Printed cards</source>
        <translation>已打印的卡片</translation>
    </message>
    <message numerus="yes">
        <source> copy(ies)</source>
        <translation>
            <numerusform> 份</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing chosen</source>
        <translation>没有选择订单</translation>
    </message>
    <message>
        <source>Type the order numbers (or a date range) to print cards for, then try again.</source>
        <translation>请输入要打印卡片的订单号（或日期范围），然后重试。</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>make the insert cards for parcels as a PDF</source>
        <translation>为包裹生成包裹卡 PDF</translation>
    </message>
    <message>
        <source>to-ship (paid, not shipped, no card yet; the default), today (imported today), all, FROM..TO (order dates) or order ids ID,ID,…</source>
        <translation>to-ship（已付款、未发货、还没有卡片；默认）、today（今天导入的）、all（全部）、起..止（下单日期）或订单号 ID,ID,…</translation>
    </message>
    <message>
        <source>a layout name (a4-4up-a6, a4-2up-a5, a4-10up-90x54, thermal-100x150, roll-76, roll-80, custom), a saved layout, or a layout file</source>
        <translation>版式名称（a4-4up-a6、a4-2up-a5、a4-10up-90x54、thermal-100x150、roll-76、roll-80、custom）、已保存的版式，或版式文件</translation>
    </message>
    <message>
        <source>use this letter for every card instead of the letter rules</source>
        <translation>所有卡片都用这封感谢信，不按规则选择</translation>
    </message>
    <message>
        <source>first free position on a part-used sheet (1 = top left)</source>
        <translation>用过一部分的纸上第一个空位（1 = 左上角）</translation>
    </message>
    <message>
        <source>copies of each card</source>
        <translation>每张卡片的份数</translation>
    </message>
    <message>
        <source>leave out crop marks</source>
        <translation>不画裁切线</translation>
    </message>
    <message>
        <source>reprint one card by its code (same code, marked as a reprint)</source>
        <translation>按暗号补打一张卡片（暗号不变，记为补打）</translation>
    </message>
    <message>
        <source>print cards whose letter does not fit with only what fits (a warning names them); without it such a run prints nothing and exits 1</source>
        <translation>感谢信放不下时，只打印放得下的部分（并提示是哪些卡片）；不加此项时，这种情况什么都不打印，退出码为 1</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>要写入的 PDF 文件</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>以 JSON 输出结果</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) written to {path} (pages: {pages}, {seconds} s).</source>
        <translation>
            <numerusform>已把 %n 张卡片写入 {path}（共 {pages} 页，用时 {seconds} 秒）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished {path}, left by an earlier run that was stopped.</source>
        <translation>已补全上次中断的打印留下的 {path}。</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>注意：{message}</translation>
    </message>
</context>
<context>
    <name>LayoutDialog</name>
    <message>
        <source>Card layout</source>
        <translation>卡片版式</translation>
    </message>
    <message>
        <source>My layout</source>
        <translation>我的版式</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Page width (mm)</source>
        <translation>纸宽（毫米）</translation>
    </message>
    <message>
        <source>Page height (mm)</source>
        <translation>纸高（毫米）</translation>
    </message>
    <message>
        <source>Card width (mm)</source>
        <translation>卡片宽（毫米）</translation>
    </message>
    <message>
        <source>Card height (mm)</source>
        <translation>卡片高（毫米）</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列数</translation>
    </message>
    <message>
        <source>Left margin (mm)</source>
        <translation>左边距（毫米）</translation>
    </message>
    <message>
        <source>Top margin (mm)</source>
        <translation>上边距（毫米）</translation>
    </message>
    <message>
        <source>Gap across (mm)</source>
        <translation>横向间距（毫米）</translation>
    </message>
    <message>
        <source>Gap down (mm)</source>
        <translation>纵向间距（毫米）</translation>
    </message>
    <message>
        <source>Bleed (mm)</source>
        <translation>出血（毫米）</translation>
    </message>
    <message>
        <source>Label or roll printer (one card per page)</source>
        <translation>标签或卷纸打印机（每页一张卡片）</translation>
    </message>
    <message>
        <source>Load layout file…</source>
        <translation>载入版式文件…</translation>
    </message>
    <message>
        <source>Save as file to share…</source>
        <translation>另存为文件以分享…</translation>
    </message>
    <message>
        <source>Load a layout</source>
        <translation>载入版式</translation>
    </message>
    <message>
        <source>Layouts (*.json)</source>
        <translation>版式文件 (*.json)</translation>
    </message>
    <message>
        <source>Layout not loaded</source>
        <translation>版式没有载入</translation>
    </message>
    <message>
        <source>Layout not saved</source>
        <translation>版式没有保存</translation>
    </message>
    <message>
        <source>Share the layout</source>
        <translation>分享版式</translation>
    </message>
    <message>
        <source>The layout needs a name. Type one and save again.</source>
        <translation>版式需要一个名称。请输入名称后再保存。</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <source>New letter</source>
        <translation>新建感谢信</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Every buyer</source>
        <translation>所有买家</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>首次购买</translation>
    </message>
    <message>
        <source>Returning buyer</source>
        <translation>老客户</translation>
    </message>
    <message>
        <source>Every platform</source>
        <translation>所有平台</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Write your letter here, in your own words.</source>
        <translation>在这里用你自己的话写感谢信。</translation>
    </message>
    <message>
        <source>Signature, e.g. {创始人}</source>
        <translation>签名，例如 {创始人}</translation>
    </message>
    <message>
        <source>Save letter</source>
        <translation>保存感谢信</translation>
    </message>
    <message>
        <source>Ctrl+S. A letter already printed keeps its old version.</source>
        <translation>Ctrl+S。已经打印过的感谢信会保留旧版本。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Merge fields (click to insert):</source>
        <translation>插入字段（点击插入）：</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation>（停用）</translation>
    </message>
    <message>
        <source>New letter {n}</source>
        <translation>新感谢信 {n}</translation>
    </message>
    <message>
        <source>Delete letter</source>
        <translation>删除感谢信</translation>
    </message>
    <message>
        <source>Delete the letter “{name}”? A letter already printed is only switched off, so its cards keep their words.</source>
        <translation>删除感谢信“{name}”？已经打印过的感谢信只会停用，它的卡片仍保留原来的内容。</translation>
    </message>
    <message>
        <source>Letter not saved</source>
        <translation>感谢信没有保存</translation>
    </message>
    <message>
        <source>The letter needs a name. Type one and save again.</source>
        <translation>感谢信需要一个名称。请输入名称后再保存。</translation>
    </message>
    <message>
        <source>Another letter is already called “{name}”. Choose another name.</source>
        <translation>已经有一封感谢信叫“{name}”。请换一个名称。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>没有发现问题。</translation>
    </message>
    <message>
        <source>Show where</source>
        <translation>显示位置</translation>
    </message>
</context>
<context>
    <name>OverflowBar</name>
    <message>
        <source>Shorten the letter</source>
        <translation>缩短这封信</translation>
    </message>
    <message>
        <source>Print these with this letter</source>
        <translation>用这封信打印这些包裹</translation>
    </message>
    <message>
        <source>or</source>
        <translation>或者</translation>
    </message>
    <message numerus="yes">
        <source>The letter is too long for the card on {layout} for %n parcel(s); nothing prints until this is fixed:</source>
        <translation>
            <numerusform>在“{layout}”上，有 %n 个包裹的感谢信太长、放不下；改好之前不会打印：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……还有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Shorten “{name}”</source>
        <translation>缩短“{name}”</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Drawing the preview…</source>
        <translation>正在绘制预览…</translation>
    </message>
    <message>
        <source>Drawing the preview… {done} of {total}</source>
        <translation>正在绘制预览……{done} / {total}</translation>
    </message>
    <message>
        <source>The preview could not be drawn: {error}</source>
        <translation>无法绘制预览：{error}</translation>
    </message>
    <message>
        <source>The card below is only a SAMPLE (王小明 is not a real buyer): it shows your letter on this layout. Nothing prints until there are parcels.</source>
        <translation>下面只是一张样张（王小明不是真实买家），用来查看这封信在这个版式上的效果。有包裹之后才会打印。</translation>
    </message>
    <message>
        <source>Sample card, not a print</source>
        <translation>样张，不会打印</translation>
    </message>
    <message>
        <source>Draft: your unsaved letter shown on these parcels, but none of them gets this letter. Save it (Ctrl+S) to see exactly what prints.</source>
        <translation>草稿：这些包裹其实都不会用这封信，这里只是把未保存的信放在它们上面看看。保存（Ctrl+S）后即可看到实际打印的内容。</translation>
    </message>
    <message>
        <source>Draft: your unsaved letter on these parcels and codes. Save it (Ctrl+S) to see exactly what prints.</source>
        <translation>草稿：未保存的信放在这些包裹和暗号上。保存（Ctrl+S）后即可看到实际打印的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n 张卡片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>{cards} on {sheets} · exactly what prints, codes reserved</source>
        <translation>{cards}，共 {sheets} · 与打印完全一致，暗号已预留</translation>
    </message>
    <message>
        <source>{cards} on {sheets} · cannot print yet: some letters do not fit (below)</source>
        <translation>{cards}，共 {sheets} · 暂时不能打印：有感谢信放不下（见下方）</translation>
    </message>
    <message>
        <source>{cards} on {sheets} · cannot print yet: set the founder&apos;s WeChat QR in Card settings</source>
        <translation>{cards}，共 {sheets} · 暂时不能打印：请先在“卡片设置”里设置创始人的微信二维码</translation>
    </message>
    <message>
        <source>{cards} on {sheets} · draft, not yet what prints</source>
        <translation>{cards}，共 {sheets} · 草稿，还不是实际打印的内容</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n sheet(s); the others print the same way, each card with its own reserved code.</source>
        <translation>
            <numerusform>这里只显示前 %n 页；其余各页印法相同，每张卡片都有自己预留的暗号。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintNamesDialog</name>
    <message>
        <source>Product names on the cards</source>
        <translation>卡片上的商品名称</translation>
    </message>
    <message>
        <source>The merge field {商品} prints the short name below. Promotion words such as 包邮 and anything in 【】 are left out automatically. Double-click a name to write your own (at most %1 characters); clear it to go back to the automatic name.</source>
        <translation>合并字段 {商品} 会印下面的简短名称。“包邮”等促销词和【】里的内容会自动去掉。双击名称可以自己填写（最多 %1 个字）；清空即恢复自动名称。</translation>
    </message>
    <message>
        <source>Filter the products shown</source>
        <translation>筛选列出的商品</translation>
    </message>
    <message>
        <source>Product as listed</source>
        <translation>商品标题（平台）</translation>
    </message>
    <message>
        <source>Prints as</source>
        <translation>卡片上印作</translation>
    </message>
    <message>
        <source>Last ordered</source>
        <translation>最近下单</translation>
    </message>
    <message>
        <source>Show more products</source>
        <translation>显示更多商品</translation>
    </message>
    <message>
        <source>Use the automatic name</source>
        <translation>恢复自动名称</translation>
    </message>
    <message>
        <source>Reading the products of your orders…</source>
        <translation>正在读取订单中的商品…</translation>
    </message>
    <message>
        <source>No products yet: import your orders first, then name them here.</source>
        <translation>还没有商品：请先导入订单，再在这里命名。</translation>
    </message>
    <message>
        <source>Products shown: %1 (newest orders first)</source>
        <translation>已列出商品：%1 个（最新订单在前）</translation>
    </message>
    <message>
        <source>The products could not be read: %1</source>
        <translation>无法读取商品：%1</translation>
    </message>
    <message>
        <source>Your own name</source>
        <translation>你自己起的名称</translation>
    </message>
    <message>
        <source>The automatic name</source>
        <translation>自动名称</translation>
    </message>
    <message>
        <source>Name not changed</source>
        <translation>名称未修改</translation>
    </message>
</context>
<context>
    <name>PrintRun</name>
    <message>
        <source>Nothing printed</source>
        <translation>没有打印</translation>
    </message>
    <message>
        <source>Check the preview</source>
        <translation>请先看一下预览</translation>
    </message>
    <message>
        <source>The cards changed since the preview was drawn (new parcels, or another letter). Nothing was printed. The preview now shows the cards that print: check it, then print again.</source>
        <translation>预览画好之后，这批卡片有了变化（来了新包裹，或换了信）。什么都没有打印。预览现在显示的就是要打印的卡片：请看一下，再重新打印。</translation>
    </message>
    <message>
        <source>Drawn; choose the printer…</source>
        <translation>已画好，请选择打印机…</translation>
    </message>
    <message>
        <source>Drawn; choose where to save…</source>
        <translation>已画好，请选择保存位置…</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>没有打印</translation>
    </message>
    <message>
        <source>{error}

Nothing was recorded: the cards keep their codes and print with the same codes next time.</source>
        <translation>{error}

没有记录任何内容：这些卡片的暗号保留不变，下次打印时仍用同样的暗号。</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) sent to the printer.</source>
        <translation>
            <numerusform>已把 %n 张卡片发送到打印机。</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed, but not recorded</source>
        <translation>已打印，但没有记录下来</translation>
    </message>
    <message>
        <source>The cards were printed, but could not be marked as printed ({error}). Their codes stay reserved for these parcels, so a buyer who sends one is still found.</source>
        <translation>卡片已经打印，但没能标记为已打印（{error}）。这些暗号仍为这些包裹预留着，买家发来暗号时照样能找到。</translation>
    </message>
    <message>
        <source>cards-{day}.pdf</source>
        <translation>包裹卡-{day}.pdf</translation>
    </message>
    <message>
        <source>Save the cards as PDF</source>
        <translation>把卡片另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) saved to {path}.</source>
        <translation>
            <numerusform>已把 %n 张卡片保存到 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>没有保存</translation>
    </message>
    <message>
        <source>Cards done</source>
        <translation>卡片已完成</translation>
    </message>
</context>
<context>
    <name>PrintedCards</name>
    <message>
        <source>Reprint this card (same code)</source>
        <translation>补打这张卡片（暗号不变）</translation>
    </message>
</context>
<context>
    <name>PrintedCardsModel</name>
    <message>
        <source>Code</source>
        <translation>暗号</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
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
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>Reprints</source>
        <translation>补打次数</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>已兑换</translation>
    </message>
</context>
<context>
    <name>RestoreBar</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The words of version {old} are the current text again, as version {n}. Version {previous} is kept.</source>
        <translation>已恢复第 {old} 版的文字，现在是第 {n} 版。第 {previous} 版仍然保留。</translation>
    </message>
    <message>
        <source>Version {n} already has these words; nothing was changed.</source>
        <translation>第 {n} 版已经是这段文字，没有做任何改动。</translation>
    </message>
    <message>
        <source>Restore undone: the text of version {n} is current again.</source>
        <translation>已撤销恢复：当前文字重新是第 {n} 版。</translation>
    </message>
</context>
<context>
    <name>VersionLine</name>
    <message>
        <source>Versions…</source>
        <translation>版本…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H. Every version of this letter with its cards printed and WeChat adds; open or restore an older one.</source>
        <translation>Ctrl+Shift+H。这封信的所有版本，以及每个版本打印的卡片数和加微数；可以打开或恢复旧版本。</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>第 {n} 版</translation>
    </message>
    <message>
        <source>no cards printed with it yet</source>
        <translation>还没有用它打印卡片</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) printed with it</source>
        <translation>
            <numerusform>已用它打印 %n 张卡片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) in all</source>
        <translation>
            <numerusform>共 %n 个版本</numerusform>
        </translation>
    </message>
    <message>
        <source> (restored from version {n})</source>
        <translation>（恢复自第 {n} 版）</translation>
    </message>
    <message>
        <source>not saved yet: the changes become version {n}</source>
        <translation>尚未保存：改动将成为第 {n} 版</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>尚未保存</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions of “{name}”</source>
        <translation>“{name}”的版本</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>写于</translation>
    </message>
    <message>
        <source>Cards printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>WeChat adds</source>
        <translation>加微</translation>
    </message>
    <message>
        <source>Add-rate</source>
        <translation>加微率</translation>
    </message>
    <message>
        <source>Reading the versions…</source>
        <translation>正在读取版本…</translation>
    </message>
    <message>
        <source>Show older versions</source>
        <translation>显示更早的版本</translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation>恢复这个版本…</translation>
    </message>
    <message>
        <source>Make these words the letter&apos;s current text again. The current text is kept as a version.</source>
        <translation>把这段文字重新作为感谢信的当前文字。当前的文字会作为一个版本保留。</translation>
    </message>
    <message>
        <source>The versions could not be read: {error}</source>
        <translation>无法读取版本：{error}</translation>
    </message>
    <message numerus="yes">
        <source>Add-rate: WeChat adds through the cards&apos; codes ÷ cards printed, shown from %n printed card(s) on.</source>
        <translation>
            <numerusform>加微率 = 通过卡片暗号加微的人数 ÷ 打印的卡片数；打印满 %n 张才显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Version {n} (current)</source>
        <translation>第 {n} 版（当前）</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>第 {n} 版</translation>
    </message>
    <message numerus="yes">
        <source>%n WeChat add(s)</source>
        <translation>
            <numerusform>加微 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) printed</source>
        <translation>
            <numerusform>打印 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <source>No card was printed with this version yet.</source>
        <translation>这个版本还没有打印过卡片。</translation>
    </message>
    <message>
        <source>{adds} from {cards}: too few cards for a rate.</source>
        <translation>{cards}，{adds}：卡片太少，不计算加微率。</translation>
    </message>
    <message>
        <source>{adds} from {cards}.</source>
        <translation>{cards}，{adds}。</translation>
    </message>
    <message>
        <source>Version {n}, written {when}</source>
        <translation>第 {n} 版，写于 {when}</translation>
    </message>
    <message>
        <source> · restored from version {n}</source>
        <translation> · 恢复自第 {n} 版</translation>
    </message>
    <message>
        <source>Signature: {signature}</source>
        <translation>落款：{signature}</translation>
    </message>
    <message>
        <source>This is the letter&apos;s current text.</source>
        <translation>这是感谢信当前的文字。</translation>
    </message>
    <message>
        <source>Restore version {n}</source>
        <translation>恢复第 {n} 版</translation>
    </message>
    <message>
        <source>Make the words of version {n} the current text of “{name}”?

They become a new version; version {current} stays as it is and can be restored later. You can also undo this in the editor right after.</source>
        <translation>要把第 {n} 版的文字恢复为“{name}”的当前文字吗？

它会成为一个新版本；第 {current} 版保持不变，以后也可以恢复。恢复之后还可以在编辑器里马上撤销。</translation>
    </message>
</context>
</TS>
