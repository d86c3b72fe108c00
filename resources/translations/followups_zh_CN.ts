<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttachmentList</name>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add screenshots…</source>
        <translation>添加截图…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose files to attach</source>
        <translation>选择要附加的文件</translation>
    </message>
</context>
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
        <source>the friend-request text or the code, e.g. &quot;K7F2X 张三 买的龙井&quot;</source>
        <translation>好友申请的文字或暗号，例如 &quot;K7F2X 张三 买的龙井&quot;</translation>
    </message>
    <message>
        <source>the buyer&apos;s WeChat name</source>
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
        <source>for a channel&apos;s code: the customer who sent it (else the one with the WeChat name, else a new customer under it)</source>
        <translation>渠道暗号：发暗号的客户编号（不给则找微信名相同的客户，都没有则以该微信名新建客户）</translation>
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
        <source>print the founder&apos;s daily review</source>
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
        <source>To use {code}: redeem &quot;{text}&quot;</source>
        <translation>要用 {code}：redeem &quot;{text}&quot;</translation>
    </message>
    <message>
        <source>no order</source>
        <translation>无订单</translation>
    </message>
    <message>
        <source>{order} on {platform}</source>
        <translation>{platform} {order}</translation>
    </message>
    <message>
        <source>Code {code}: order {order}, customer #{customer} {name}, letter {letter}.</source>
        <translation>暗号 {code}：订单 {order}，客户 #{customer} {name}，感谢信 {letter}。</translation>
    </message>
    <message>
        <source>WeChat name: {name}</source>
        <translation>微信名：{name}</translation>
    </message>
    <message>
        <source>Code {code}: channel {name}.</source>
        <translation>暗号 {code}：渠道 {name}。</translation>
    </message>
    <message>
        <source>Code {code}: channel {channel}. New customer #{customer} {name}, added on WeChat.</source>
        <translation>暗号 {code}：渠道 {channel}。新客户 #{customer} {name}，已登记加微。</translation>
    </message>
    <message>
        <source>Code {code}: channel {channel}. Customer #{customer} {name} marked added on WeChat.</source>
        <translation>暗号 {code}：渠道 {channel}。客户 #{customer} {name} 已标记为已加微信。</translation>
    </message>
    <message>
        <source>Marked as added on WeChat.</source>
        <translation>已标记为已加微。</translation>
    </message>
</context>
<context>
    <name>CustomerSearch</name>
    <message>
        <source>Name, last 4+ digits of the phone, or order id</source>
        <translation>姓名、手机尾号（4 位以上）或订单号</translation>
    </message>
    <message>
        <source>phone …{tail}</source>
        <translation>手机尾号 {tail}</translation>
    </message>
    <message>
        <source>order {id}</source>
        <translation>订单 {id}</translation>
    </message>
    <message>
        <source>already on WeChat ({name})</source>
        <translation>已加微（{name}）</translation>
    </message>
    <message>
        <source>No customer matches “{text}”. Try part of the name, the last 4 digits of the phone, or the full order id.</source>
        <translation>没有找到与“{text}”匹配的客户。请试试姓名的一部分、手机后 4 位，或完整的订单号。</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
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
    <name>FeedbackDialog</name>
    <message>
        <source>New feedback</source>
        <translation>新建反馈</translation>
    </message>
    <message>
        <source>Customer (optional)</source>
        <translation>客户（可不填）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Choose a type…</source>
        <translation>请选择类型…</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>不评分</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户说的话</translation>
    </message>
    <message>
        <source>The customer agrees that we quote this (anonymously)</source>
        <translation>客户同意我们（匿名）引用这段话</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
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
        <source>Screenshots</source>
        <translation>截图</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Choose the type of feedback first: review material, complaint, new-product idea…</source>
        <translation>请先选择反馈类型：好评素材、投诉、新品想法……</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <source>Search text, product, owner or customer</source>
        <translation>搜索内容、商品、负责人或客户</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>New feedback</source>
        <translation>新建反馈</translation>
    </message>
    <message>
        <source>Resolve complaint…</source>
        <translation>解决投诉…</translation>
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
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户说的话</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Quote OK</source>
        <translation>可引用</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Resolve complaint</source>
        <translation>解决投诉</translation>
    </message>
    <message>
        <source>Select an open complaint in the list first.</source>
        <translation>请先在列表中选中一条未解决的投诉。</translation>
    </message>
    <message>
        <source>Complaint resolved after {time}.</source>
        <translation>投诉已解决，用时 {time}。</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>新建跟进</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>What was it about, in one line</source>
        <translation>一句话写下聊了什么</translation>
    </message>
    <message>
        <source>Optional: paste the chat here</source>
        <translation>可选：在这里粘贴聊天记录</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Chat text</source>
        <translation>聊天记录</translation>
    </message>
    <message>
        <source>Screenshots and files</source>
        <translation>截图和附件</translation>
    </message>
    <message>
        <source>Remind me on</source>
        <translation>提醒我在</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>下次联系</translation>
    </message>
    <message>
        <source>Search and pick the customer first.</source>
        <translation>请先搜索并选中客户。</translation>
    </message>
</context>
<context>
    <name>Followups</name>
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
    <name>FollowupsArea</name>
    <message>
        <source>To do today</source>
        <translation>今日待办</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Review material</source>
        <translation>好评素材</translation>
    </message>
    <message>
        <source>Reminder rules</source>
        <translation>提醒规则</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>Search summary, chat, staff or customer</source>
        <translation>搜索摘要、聊天记录、员工或客户</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>新建跟进</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
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
    <message numerus="yes">
        <source>Review material (%n item(s)). Names and phone numbers were removed; check screenshots before publishing them.</source>
        <translation>
            <numerusform>好评素材（%n 条）。已去掉姓名和手机号；截图发布前请再检查一遍。</numerusform>
        </translation>
    </message>
    <message>
        <source>Image: {file}</source>
        <translation>图片：{file}</translation>
    </message>
</context>
<context>
    <name>MaterialTab</name>
    <message>
        <source>Search praise or product</source>
        <translation>搜索好评或商品</translation>
    </message>
    <message>
        <source>Export anonymised…</source>
        <translation>匿名导出…</translation>
    </message>
    <message>
        <source>Only praise the customer agreed to have quoted. The export removes names and phone numbers.</source>
        <translation>这里只有客户同意引用的好评。导出时会去掉姓名和手机号。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Screenshots</source>
        <translation>截图</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Export review material</source>
        <translation>导出好评素材</translation>
    </message>
    <message>
        <source>Nothing to export: no praise with consent to quote matches.</source>
        <translation>没有可导出的内容：没有符合条件且客户同意引用的好评。</translation>
    </message>
    <message>
        <source>review-material.txt</source>
        <translation>好评素材.txt</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) written to {text}</source>
        <translation>
            <numerusform>已把 %n 条好评写入 {text}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n image(s) copied.</source>
        <translation>
            <numerusform>，复制了 %n 张图片。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickRedeem</name>
    <message>
        <source>&amp;Redeem card code…</source>
        <translation>暗号加微登记(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>QuickRedeemBox</name>
    <message>
        <source>Redeem a card code</source>
        <translation>暗号加微登记</translation>
    </message>
    <message>
        <source>Paste the friend request, e.g. K7F2X 张三 买的龙井</source>
        <translation>粘贴好友申请，例如 K7F2X 张三 买的龙井</translation>
    </message>
    <message>
        <source>as shown in WeChat</source>
        <translation>微信里显示的名字</translation>
    </message>
    <message>
        <source>WeChat name</source>
        <translation>微信名</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Added to account</source>
        <translation>加的微信号</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>加微日期</translation>
    </message>
    <message>
        <source>Mark added on WeChat</source>
        <translation>标记已加微</translation>
    </message>
    <message>
        <source>Add on WeChat without a code</source>
        <translation>无暗号加微</translation>
    </message>
    <message>
        <source>Mark this customer added (no code)</source>
        <translation>把这位客户标记为已加微（无暗号）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Friend request or code</source>
        <translation>好友申请或暗号</translation>
    </message>
    <message>
        <source>no order</source>
        <translation>无订单</translation>
    </message>
    <message>
        <source>{order} on {platform}</source>
        <translation>{platform} {order}</translation>
    </message>
    <message>
        <source>Card {code} · order {order} · {name}</source>
        <translation>暗号 {code} · 订单 {order} · {name}</translation>
    </message>
    <message>
        <source>Letter {letter} · printed {printed}</source>
        <translation>感谢信 {letter} · {printed} 打印</translation>
    </message>
    <message>
        <source>Channel {name} ({kind}) · code {code}</source>
        <translation>渠道 {name}（{kind}）· 暗号 {code}</translation>
    </message>
    <message>
        <source>Marks the customer picked under “Add on WeChat without a code”, else the one with this WeChat name, else a new customer under it.</source>
        <translation>将标记在“无暗号加微”中选中的客户；没有选中则标记微信名相同的客户；都没有则以该微信名新建客户。</translation>
    </message>
    <message>
        <source>Use {code}</source>
        <translation>用 {code}</translation>
    </message>
    <message>
        <source>{name} is now marked added on WeChat (card {code}).</source>
        <translation>{name} 已标记为已加微（暗号 {code}）。</translation>
    </message>
    <message>
        <source>{name} is new in the book, added on WeChat through {channel}.</source>
        <translation>{name} 是新客户，已通过 {channel} 登记加微。</translation>
    </message>
    <message>
        <source>{name} is now marked added on WeChat through {channel}.</source>
        <translation>{name} 已通过 {channel} 标记为已加微信。</translation>
    </message>
    <message>
        <source>Search and pick the customer first.</source>
        <translation>请先搜索并选中客户。</translation>
    </message>
    <message>
        <source>{name} is now marked added on WeChat (no code).</source>
        <translation>{name} 已标记为已加微（无暗号）。</translation>
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
        <source>{code} (order {order}, {name})</source>
        <translation>{code}（订单 {order}，{name}）</translation>
    </message>
    <message>
        <source>{code} (order {order})</source>
        <translation>{code}（订单 {order}）</translation>
    </message>
    <message>
        <source>{code} ({name})</source>
        <translation>{code}（{name}）</translation>
    </message>
    <message>
        <source>Did you mean {codes}?</source>
        <translation>你是不是想输 {codes}？</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>No card has the code {typed}: one character is wrong or two are swapped. {did_you_mean}</source>
        <translation>没有哪张卡片的暗号是 {typed}：有一个字符输错了，或两个字符顺序颠倒了。{did_you_mean}</translation>
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
        <source>The code {codes} is not on any card printed by this shop. Check it against the buyer&apos;s photo of the card, or add them without a code.</source>
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
        <source>The paste could mean several channels ({codes}). Paste only the code the person sent.</source>
        <translation>粘贴的内容可能对应多个渠道（{codes}）。请只粘贴对方发来的暗号。</translation>
    </message>
    <message>
        <source>Customer #{id} does not exist (it may have been merged or erased). Search again and pick the customer from the list.</source>
        <translation>客户 #{id} 不存在（可能已被合并或删除）。请重新搜索，并从列表中选择客户。</translation>
    </message>
    <message>
        <source>Type the WeChat name the request shows, or pick the customer below: a channel code does not say who sent it.</source>
        <translation>请填写好友申请里的微信名，或在下方选择客户：渠道暗号看不出是谁发的。</translation>
    </message>
    <message>
        <source>{n} customers are called “{name}” on WeChat. Pick the one who sent the code in the search below.</source>
        <translation>有 {n} 位客户的微信名是“{name}”。请在下方搜索中选出发暗号的那位。</translation>
    </message>
    <message>
        <source>No channel code found in “{text}”. A channel&apos;s code is printed on its poster.</source>
        <translation>在“{text}”中没有找到渠道暗号。渠道暗号印在它的海报上。</translation>
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
        <source>Ordered {date} ({days} d ago); time to ask how it went.</source>
        <translation>{date} 下单（{days} 天前），该问问用得怎么样了。</translation>
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
    <name>ResolveDialog</name>
    <message>
        <source>Resolve complaint</source>
        <translation>解决投诉</translation>
    </message>
    <message>
        <source>How was it resolved? (e.g. sent a new box, refunded 20 yuan)</source>
        <translation>怎么解决的？（例如：补发一盒、退款 20 元）</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>标记已解决</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>（未处理）</translation>
    </message>
    <message>
        <source>Someone else resolved this complaint</source>
        <translation>别人已处理了这条投诉</translation>
    </message>
    <message>
        <source>While you were writing, this complaint was resolved on another PC or in another window. Keep your resolution (it replaces theirs), or take theirs (yours is dropped)?</source>
        <translation>你填写期间，这条投诉已在另一台电脑或另一个窗口中被处理。保留你的处理方式（替换对方的），还是采用对方的（放弃你的）？</translation>
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
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 单</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} · {when}</source>
        <translation>{what} · {when}</translation>
    </message>
    <message>
        <source>New feedback, today and yesterday: {n}</source>
        <translation>新反馈（今天和昨天）：{n} 条</translation>
    </message>
    <message>
        <source>No new feedback today or yesterday.</source>
        <translation>今天和昨天没有新反馈。</translation>
    </message>
    <message>
        <source>opened today</source>
        <translation>今天刚提出</translation>
    </message>
    <message>
        <source>open for {days}</source>
        <translation>已等 {days}</translation>
    </message>
    <message>
        <source>no customer recorded</source>
        <translation>未记录客户</translation>
    </message>
    <message>
        <source>{name}: {text} · {age}</source>
        <translation>{name}：{text} · {age}</translation>
    </message>
    <message>
        <source>Open complaints, longest waiting first: {n}</source>
        <translation>未解决的投诉（等得最久的在前）：{n} 条</translation>
    </message>
    <message>
        <source>No open complaints.</source>
        <translation>没有未解决的投诉。</translation>
    </message>
    <message>
        <source>No cards were printed yesterday ({day}).</source>
        <translation>昨天（{day}）没有打印卡片。</translation>
    </message>
    <message>
        <source>Cards printed yesterday ({day}): {printed}; {added} added on WeChat so far ({rate}).</source>
        <translation>昨天（{day}）打印卡片 {printed} 张，目前已有 {added} 人加微（{rate}）。</translation>
    </message>
    <message>
        <source>{version}: {added} of {printed} added ({rate})</source>
        <translation>{version}：{printed} 张中 {added} 人加微（{rate}）</translation>
    </message>
    <message>
        <source>WeChat {name}</source>
        <translation>微信名 {name}</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>暗号 {code}</translation>
    </message>
    <message>
        <source>added without a code</source>
        <translation>无暗号加微</translation>
    </message>
    <message>
        <source>to {account}</source>
        <translation>加的是 {account}</translation>
    </message>
    <message>
        <source>New WeChat adds today: {n}</source>
        <translation>今天新加微信：{n} 人</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>{days} overdue</source>
        <translation>已过期 {days}</translation>
    </message>
    <message>
        <source>{reason}: {n}</source>
        <translation>{reason}：{n} 项</translation>
    </message>
    <message>
        <source>… and {n} more in To do today</source>
        <translation>……还有 {n} 项，见“今日待办”</translation>
    </message>
    <message>
        <source>Follow-ups due: {n}</source>
        <translation>到期待跟进：{n} 项</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>今天没有到期的跟进。</translation>
    </message>
    <message>
        <source>VIP: tagged VIP, or {orders} or more paid orders. Gone quiet: no order and no follow-up for {days} days and for at least twice their usual time between orders; after {lost} days without an order they are no longer listed.</source>
        <translation>VIP：打了 VIP 标签，或付款订单满 {orders} 单。沉默：{days} 天没有下单也没有跟进，且超过其平常两次下单间隔的两倍；超过 {lost} 天没下单的不再列出。</translation>
    </message>
    <message>
        <source>{name} · spent {spent} in {orders} · last order {last} · quiet for {days}</source>
        <translation>{name} · 共 {orders} 消费 {spent} · 最近下单 {last} · 已沉默 {days}</translation>
    </message>
    <message>
        <source>… and {n} more (the biggest spenders are listed)</source>
        <translation>……还有 {n} 位（只列出消费最多的）</translation>
    </message>
    <message>
        <source>VIPs gone quiet: {n}</source>
        <translation>沉默的 VIP：{n} 位</translation>
    </message>
    <message>
        <source>No VIP has gone quiet.</source>
        <translation>没有沉默的 VIP。</translation>
    </message>
    <message>
        <source>New feedback: {n}, of which complaints: {c}.</source>
        <translation>新反馈 {n} 条，其中投诉 {c} 条。</translation>
    </message>
    <message>
        <source>New feedback: {n}, no complaint among it.</source>
        <translation>新反馈 {n} 条，其中没有投诉。</translation>
    </message>
    <message>
        <source>Open complaints: {n}; the oldest is {age}.</source>
        <translation>未解决投诉 {n} 条，最久的一条{age}。</translation>
    </message>
    <message>
        <source>New WeChat adds today: {n}.</source>
        <translation>今天新加微信 {n} 人。</translation>
    </message>
    <message>
        <source>Follow-ups due: {n}, grouped by reason below.</source>
        <translation>到期待跟进 {n} 项，下面按原因分组。</translation>
    </message>
    <message>
        <source>VIPs gone quiet: {n}.</source>
        <translation>沉默的 VIP {n} 位。</translation>
    </message>
    <message>
        <source>Moments posts planned for today: {n} (see Moments).</source>
        <translation>今天计划发的朋友圈：{n} 条（见“朋友圈”）。</translation>
    </message>
    <message>
        <source>Daily review {day}</source>
        <translation>每日回顾 {day}</translation>
    </message>
    <message>
        <source>To read: {items}, not yet read: {unread}</source>
        <translation>待看 {items} 项，未读 {unread} 项</translation>
    </message>
    <message>
        <source>… {n} more lines in the app</source>
        <translation>……还有 {n} 行，请在软件里查看</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>Days; for the re-buy window several, separated by commas</source>
        <translation>天数；复购窗口可填多个，用逗号分隔</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <source>Reminders appear in “To do today”. Days: card not added after N days (printed within the last 30); no chat for N days after adding; N days after the last order; complaint open N days.</source>
        <translation>提醒会出现在“今日待办”里。天数含义：寄卡 N 天后仍未加微（只看最近 30 天打印的卡）；加微后 N 天没聊过；上次下单 N 天后；投诉 N 天未解决。</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Card printed</source>
        <translation>打印包裹卡</translation>
    </message>
    <message>
        <source>Added on WeChat</source>
        <translation>加微</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>code used on {when}</source>
        <translation>暗号于 {when} 使用</translation>
    </message>
    <message>
        <source>card {code}</source>
        <translation>暗号 {code}</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>无暗号</translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation>{name} 记录</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>全部原因</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Log follow-up</source>
        <translation>记录跟进</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>推迟</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>推迟到明天</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 天</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 周</translation>
    </message>
    <message>
        <source>To do today ({day}): {count}</source>
        <translation>今日待办（{day}）：{count} 项</translation>
    </message>
    <message>
        <source>All reasons ({n})</source>
        <translation>全部原因（{n}）</translation>
    </message>
    <message>
        <source>{reason} ({n})</source>
        <translation>{reason}（{n}）</translation>
    </message>
    <message>
        <source>To do today</source>
        <translation>今日待办</translation>
    </message>
    <message>
        <source>Select a reminder in the list first.</source>
        <translation>请先在列表中选中一条提醒。</translation>
    </message>
</context>
</TS>
