<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Attachments</name>
    <message>
        <source>The file {path} cannot be found. It may have been moved or deleted; choose it again.</source>
        <translation>找不到文件 {path}，可能已被移动或删除；请重新选择。</translation>
    </message>
    <message>
        <source>The file {name} is {size} MB; attachments may be at most 20 MB. Attach a smaller screenshot or compress the file.</source>
        <translation>文件 {name} 有 {size} MB，附件最大 20 MB。请换一张小一点的截图，或先压缩文件。</translation>
    </message>
    <message>
        <source>Could not copy the attachment into {folder} ({reason}). Check that the data folder has free space and try again.</source>
        <translation>无法把附件复制到 {folder}（{reason}）。请检查数据文件夹是否还有空间，然后重试。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>register a card code sent by a buyer who added WeChat</source>
        <translation>登记加微买家发来的暗号</translation>
    </message>
    <message>
        <source>the friend-request text or the code, e.g. "K7F2X 张三 买的龙井"</source>
        <translation>好友申请的文字或暗号，例如 "K7F2X 张三 买的龙井"</translation>
    </message>
    <message>
        <source>the buyer's WeChat name</source>
        <translation>买家的微信名</translation>
    </message>
    <message>
        <source>the remark set on WeChat</source>
        <translation>在微信里设置的备注</translation>
    </message>
    <message>
        <source>which WeChat account they added (founder or staff name)</source>
        <translation>买家加的是哪个微信号（创始人或员工的名字）</translation>
    </message>
    <message>
        <source>only show the matching card; change nothing</source>
        <translation>只显示匹配的卡片，不做任何修改</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>以 JSON 输出结果</translation>
    </message>
    <message>
        <source>print the founder's daily review</source>
        <translation>输出老板的每日回顾</translation>
    </message>
    <message>
        <source>the day to review (default: today)</source>
        <translation>要回顾的日期（默认：今天）</translation>
    </message>
    <message>
        <source>print the review as JSON</source>
        <translation>以 JSON 输出回顾内容</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
    <message>
        <source>Code {code}: order {order} ({platform}), customer #{customer} {name}, letter {letter}, batch {batch}.</source>
        <translation>暗号 {code}：订单 {order}（{platform}），客户 #{customer} {name}，感谢信 {letter}，批次 {batch}。</translation>
    </message>
    <message>
        <source>Marked as added on WeChat.</source>
        <translation>已标记为已加微。</translation>
    </message>
    <message>
        <source>Daily review {day}</source>
        <translation>每日回顾 {day}</translation>
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
        <translation>新品意见</translation>
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
    <message>
        <source>Unknown feedback type “{kind}”. Choose one of the listed types.</source>
        <translation>未知的反馈类型“{kind}”，请从列表中选择。</translation>
    </message>
    <message>
        <source>Write what the customer said or attach a screenshot before saving.</source>
        <translation>请先写下客户说了什么，或附上一张截图，再保存。</translation>
    </message>
    <message>
        <source>The rating must be 1 to 5 stars, or left empty.</source>
        <translation>评分须为 1 到 5 星，或留空。</translation>
    </message>
    <message>
        <source>Customer #{id} does not exist (it may have been merged or erased). Choose the customer again.</source>
        <translation>客户 #{id} 不存在（可能已被合并或删除），请重新选择客户。</translation>
    </message>
    <message>
        <source>Write how the complaint was resolved before closing it.</source>
        <translation>请先写下投诉是怎么解决的，再关闭。</translation>
    </message>
    <message>
        <source>Only complaints can be resolved.</source>
        <translation>只有投诉可以标记为已解决。</translation>
    </message>
    <message>
        <source>This complaint was already resolved on {when}.</source>
        <translation>这条投诉已经在 {when} 解决了。</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} 天 {hours} 小时</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
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
        <source>Meeting</source>
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
    <message>
        <source>Unknown follow-up type “{kind}”. Choose one of the listed types.</source>
        <translation>未知的跟进类型“{kind}”，请从列表中选择。</translation>
    </message>
    <message>
        <source>Unknown direction “{direction}”.</source>
        <translation>未知的方向“{direction}”。</translation>
    </message>
    <message>
        <source>Write a short summary (or paste the chat) before saving the follow-up.</source>
        <translation>请先写一句摘要（或粘贴聊天记录），再保存跟进记录。</translation>
    </message>
    <message>
        <source>The time “{value}” is not a date and time like 2024-05-01 14:30.</source>
        <translation>时间“{value}”格式不对，应类似 2024-05-01 14:30。</translation>
    </message>
    <message>
        <source>Customer #{id} does not exist (it may have been merged or erased). Choose the customer again.</source>
        <translation>客户 #{id} 不存在（可能已被合并或删除），请重新选择客户。</translation>
    </message>
</context>
<context>
    <name>Material</name>
    <message>
        <source>a customer</source>
        <translation>某顾客</translation>
    </message>
    <message>
        <source>There is no review material with consent to quote to export. Mark praise as “may be quoted” first.</source>
        <translation>没有可导出的好评素材（需客户同意引用）。请先把好评标记为“可引用”。</translation>
    </message>
    <message>
        <source>Review material ({count} items). Names and phone numbers were removed; check screenshots before publishing them.</source>
        <translation>好评素材（{count} 条）。已去掉姓名和手机号；截图发布前请再检查一遍。</translation>
    </message>
    <message>
        <source>Image: {file}</source>
        <translation>图片：{file}</translation>
    </message>
</context>
<context>
    <name>Redeem</name>
    <message>
        <source>(no letter recorded)</source>
        <translation>（未记录感谢信）</translation>
    </message>
    <message>
        <source>{letter} v{version}</source>
        <translation>{letter} v{version}</translation>
    </message>
    <message>
        <source>an unknown customer</source>
        <translation>一位未知客户</translation>
    </message>
    <message>
        <source>customer #{id}</source>
        <translation>客户 #{id}</translation>
    </message>
    <message>
        <source>Nothing was pasted. Paste the friend request or the code the buyer sent (for example K7F2X).</source>
        <translation>没有粘贴内容。请粘贴好友申请的文字，或买家发来的暗号（例如 K7F2X）。</translation>
    </message>
    <message>
        <source>No card code found in “{text}”. A code has 5 letters and digits, as printed on the card; ask the buyer to send it again, or add them without a code.</source>
        <translation>在“{text}”里没有找到暗号。暗号是卡片上印的 5 位字母和数字；请让买家再发一次，或用“无暗号加微”登记。</translation>
    </message>
    <message>
        <source>The code {codes} is not on any card printed by this shop. Check it against the buyer's photo of the card, or add them without a code.</source>
        <translation>暗号 {codes} 不是本店打印过的卡片。请对照买家发来的卡片照片核对，或用“无暗号加微”登记。</translation>
    </message>
    <message>
        <source>Card {code} was already redeemed on {when} by {who}. Nothing was changed; if this is someone else, add them without a code.</source>
        <translation>暗号 {code} 已经在 {when} 由 {who} 登记过了，这次没有做任何修改；如果是另一位客户，请用“无暗号加微”登记。</translation>
    </message>
    <message>
        <source>The paste could mean several cards ({codes}). Ask the buyer for the exact code, or paste only the code.</source>
        <translation>粘贴的内容可能对应多张卡片（{codes}）。请向买家确认准确的暗号，或只粘贴暗号。</translation>
    </message>
    <message>
        <source>Card {code} is no longer linked to a customer (its order was removed). Add the buyer without a code.</source>
        <translation>暗号 {code} 已不再关联任何客户（订单已删除）。请用“无暗号加微”登记这位买家。</translation>
    </message>
    <message>
        <source>Card {code} was redeemed a moment ago by someone else. Nothing was changed.</source>
        <translation>暗号 {code} 刚刚已被别人登记，这次没有做任何修改。</translation>
    </message>
    <message>
        <source>Customer #{id} does not exist (it may have been merged or erased). Search again and pick the customer from the list.</source>
        <translation>客户 #{id} 不存在（可能已被合并或删除）。请重新搜索，并从列表中选择客户。</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Card printed, buyer not added on WeChat</source>
        <translation>已寄卡，买家未加微</translation>
    </message>
    <message>
        <source>Added on WeChat, no chat since</source>
        <translation>已加微，之后没聊过</translation>
    </message>
    <message>
        <source>Re-buy window after the last order</source>
        <translation>上次购买后的复购窗口</translation>
    </message>
    <message>
        <source>Complaint still open</source>
        <translation>投诉未解决</translation>
    </message>
    <message>
        <source>Next contact date</source>
        <translation>下次联系日期</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>There is no reminder rule “{key}”.</source>
        <translation>没有名为“{key}”的提醒规则。</translation>
    </message>
    <message>
        <source>Days must be whole numbers from 1 to 3650.</source>
        <translation>天数须为 1 到 3650 之间的整数。</translation>
    </message>
    <message>
        <source>Card {code} printed {date}; not added on WeChat yet.</source>
        <translation>卡片 {code} 于 {date} 打印，买家还没加微。</translation>
    </message>
    <message>
        <source>No chat since {date}; say hello.</source>
        <translation>自 {date} 起没聊过，去打个招呼吧。</translation>
    </message>
    <message>
        <source>Bought {days} days ago ({date}); time to ask how it went.</source>
        <translation>{days} 天前（{date}）买过，可以问问喝得怎么样了。</translation>
    </message>
    <message>
        <source>Complaint open since {date}; resolve it or reply.</source>
        <translation>投诉自 {date} 起未解决，请处理或回复。</translation>
    </message>
    <message>
        <source>Planned contact.</source>
        <translation>计划联系。</translation>
    </message>
    <message>
        <source>Customer #{id} does not exist.</source>
        <translation>客户 #{id} 不存在。</translation>
    </message>
    <message>
        <source>This reminder is already done or no longer exists. Refresh the list.</source>
        <translation>这条提醒已处理或已不存在，请刷新列表。</translation>
    </message>
    <message>
        <source>Snooze to a day after today.</source>
        <translation>请推迟到今天之后的某一天。</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>(no letter recorded)</source>
        <translation>（未记录感谢信）</translation>
    </message>
    <message>
        <source>{letter} v{version}</source>
        <translation>{letter} v{version}</translation>
    </message>
    <message>
        <source>{days} d open: {name} {text}</source>
        <translation>已 {days} 天：{name} {text}</translation>
    </message>
    <message>
        <source>Cards printed {day}: {printed}, added {added} ({rate})</source>
        <translation>{day} 打印卡片 {printed} 张，已加微 {added} 人（{rate}）</translation>
    </message>
    <message>
        <source>{version}: {added}/{printed} ({rate})</source>
        <translation>{version}：{added}/{printed}（{rate}）</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>无暗号</translation>
    </message>
    <message>
        <source>{name}: spent {spent}, quiet {days} d</source>
        <translation>{name}：累计消费 {spent}，已 {days} 天没有往来</translation>
    </message>
    <message>
        <source>Feedback today and yesterday ({n})</source>
        <translation>今天和昨天的反馈（{n}）</translation>
    </message>
    <message>
        <source>Open complaints ({n})</source>
        <translation>未解决的投诉（{n}）</translation>
    </message>
    <message>
        <source>Follow-ups due ({n})</source>
        <translation>待跟进（{n}）</translation>
    </message>
    <message>
        <source>New WeChat adds ({n})</source>
        <translation>新加微（{n}）</translation>
    </message>
    <message>
        <source>VIPs gone quiet ({n})</source>
        <translation>沉默的 VIP（{n}）</translation>
    </message>
    <message>
        <source>Daily review {day}</source>
        <translation>每日回顾 {day}</translation>
    </message>
    <message>
        <source>{shop} daily review {day}</source>
        <translation>{shop} 每日回顾 {day}</translation>
    </message>
    <message>
        <source>{items} items, {unread} not yet read.</source>
        <translation>共 {items} 项，{unread} 项未读。</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>… {n} more in the app</source>
        <translation>…… 还有 {n} 项，请在软件中查看</translation>
    </message>
</context>
</TS>