<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <source>print JSON</source>
        <translation>输出 JSON</translation>
    </message>
    <message>
        <source>the Moments planner (朋友圈): posts planned per day and WeChat account</source>
        <translation>朋友圈计划：按日期和微信号安排的朋友圈</translation>
    </message>
    <message>
        <source>plan a Moments post</source>
        <translation>计划一条朋友圈</translation>
    </message>
    <message>
        <source>the day to post</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>the WeChat account to post from</source>
        <translation>用哪个微信号发</translation>
    </message>
    <message>
        <source>what the post says</source>
        <translation>朋友圈文案</translation>
    </message>
    <message>
        <source>the private-only product it shows (its number in “products list”)</source>
        <translation>配的私域特供商品（“products list”里的编号）</translation>
    </message>
    <message>
        <source>an image to post (copied into the data folder); may be repeated</source>
        <translation>配图（复制到数据文件夹）；可重复给出</translation>
    </message>
    <message>
        <source>the planned and posted posts, by day</source>
        <translation>按日期列出计划中和已发的朋友圈</translation>
    </message>
    <message>
        <source>from this day</source>
        <translation>从这一天起</translation>
    </message>
    <message>
        <source>up to this day</source>
        <translation>到这一天为止</translation>
    </message>
    <message>
        <source>mark a post posted (you posted it in WeChat)</source>
        <translation>标记已发（你已在微信里发出）</translation>
    </message>
    <message>
        <source>the post&apos;s number, as “moments list” shows it</source>
        <translation>朋友圈编号，见“moments list”</translation>
    </message>
    <message>
        <source>change a planned post: its day, account, text, product or images</source>
        <translation>修改计划中的朋友圈：日期、账号、文案、商品或图片</translation>
    </message>
    <message>
        <source>the private-only product it shows (0: none)</source>
        <translation>它展示的私域特供商品（0 表示不关联）</translation>
    </message>
    <message>
        <source>an image to add (copied into the data folder); may be repeated</source>
        <translation>要添加的图片（复制到数据文件夹）；可重复</translation>
    </message>
    <message>
        <source>an image to take off, by the name --json shows; may be repeated</source>
        <translation>要去掉的图片，按 --json 显示的名称；可重复</translation>
    </message>
    <message>
        <source>mark it planned again</source>
        <translation>改回计划中</translation>
    </message>
    <message>
        <source>log a reply, opinion or order a post brought</source>
        <translation>记录这条朋友圈带来的回复、意见或订单</translation>
    </message>
    <message>
        <source>the customer&apos;s number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>what they did</source>
        <translation>对方做了什么</translation>
    </message>
    <message>
        <source>what they said or ordered</source>
        <translation>对方说了什么或买了什么</translation>
    </message>
    <message>
        <source>WeChat accounts and their friend counts (WeChat stops at 5,000)</source>
        <translation>微信号及好友数（微信上限 5,000）</translation>
    </message>
    <message>
        <source>record how many friends an account has now</source>
        <translation>记录微信号现在的好友数</translation>
    </message>
    <message>
        <source>the account&apos;s name</source>
        <translation>微信号名称</translation>
    </message>
    <message>
        <source>its friend count, as WeChat shows it</source>
        <translation>好友数，以微信显示为准</translation>
    </message>
    <message>
        <source>the accounts, their friend counts and which one new cards should send buyers to</source>
        <translation>各微信号、好友数，以及新卡片该引导到哪个微信号</translation>
    </message>
    <message>
        <source>new-product opinions (新品意见) asked of a segment or a tag</source>
        <translation>向某个客户分层或标签征集新品意见</translation>
    </message>
    <message>
        <source>the customers of a segment or tag to ask</source>
        <translation>列出某个分层或标签下要询问的客户</translation>
    </message>
    <message>
        <source>a segment (important_value, general_develop…) or tag:NAME</source>
        <translation>客户分层（important_value、general_develop…）或 tag:标签名</translation>
    </message>
    <message>
        <source>log a customer&apos;s opinion of a product</source>
        <translation>记录客户对商品的意见</translation>
    </message>
    <message>
        <source>the product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>what they think of it</source>
        <translation>对方的看法</translation>
    </message>
    <message>
        <source>what they said</source>
        <translation>对方原话</translation>
    </message>
    <message>
        <source>the segment or tag:NAME they were asked in</source>
        <translation>询问时所在的分层或 tag:标签名</translation>
    </message>
    <message>
        <source>the opinions per product (or one product&apos;s)</source>
        <translation>每个商品的意见汇总（或某个商品的全部意见）</translation>
    </message>
    <message>
        <source>only this product, each answer</source>
        <translation>只看这个商品的每条意见</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
    <message>
        <source>Post {id} planned for {day} on {account}.</source>
        <translation>朋友圈 {id} 已计划于 {day} 用 {account} 发。</translation>
    </message>
    <message>
        <source>There is no post {id}: “moments list” shows their numbers.</source>
        <translation>没有编号为 {id} 的朋友圈：“moments list”会显示编号。</translation>
    </message>
    <message>
        <source>Post {id}</source>
        <translation>朋友圈 {id}</translation>
    </message>
    <message>
        <source>Post {id} saved: {day} on {account}.</source>
        <translation>朋友圈 {id} 已保存：{day}，{account}。</translation>
    </message>
    <message>
        <source>No posts planned then. Plan one with “moments add”.</source>
        <translation>这段时间没有计划的朋友圈。用“moments add”计划一条。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>配图</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文案</translation>
    </message>
    <message>
        <source>Post {id} marked posted ({at}).</source>
        <translation>朋友圈 {id} 已标记为已发（{at}）。</translation>
    </message>
    <message>
        <source>Post {id} is planned again.</source>
        <translation>朋友圈 {id} 已改回计划中。</translation>
    </message>
    <message>
        <source>{kind} logged against post {id}.</source>
        <translation>已为朋友圈 {id} 记录{kind}。</translation>
    </message>
    <message>
        <source>{name}: {friends} friends.</source>
        <translation>{name}：{friends} 位好友。</translation>
    </message>
    <message>
        <source>No friend counts yet: “accounts set NAME --friends N” records one.</source>
        <translation>还没有记录好友数：用“accounts set 微信号 --friends 数量”记录。</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>好友数</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>还可加</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>记录于</translation>
    </message>
    <message>
        <source>New cards should send buyers to: {name}</source>
        <translation>新卡片应引导买家添加：{name}</translation>
    </message>
    <message>
        <source>No customer in that group.</source>
        <translation>这个分组里没有客户。</translation>
    </message>
    <message>
        <source>{customer}: {opinion} logged.</source>
        <translation>{customer}：已记录“{opinion}”。</translation>
    </message>
    <message>
        <source>No opinions logged yet: “opinions add” logs one.</source>
        <translation>还没有记录意见：用“opinions add”记录。</translation>
    </message>
    <message>
        <source>{id}	{name}: {total} asked, {liked} like it, {neutral} neutral, {disliked} dislike it</source>
        <translation>{id}	{name}：问了 {total} 人，{liked} 人喜欢，{neutral} 人一般，{disliked} 人不喜欢</translation>
    </message>
</context>
<context>
    <name>FriendsDialog</name>
    <message>
        <source>Friend count</source>
        <translation>好友数</translation>
    </message>
    <message>
        <source>WeChat &amp;account:</source>
        <translation>微信号(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Friends now:</source>
        <translation>现有好友(&amp;F)：</translation>
    </message>
    <message>
        <source>WeChat takes at most 5,000 friends per account. From 4,500 the app says which account new cards should send buyers to.</source>
        <translation>每个微信号最多 5,000 位好友。达到 4,500 时，本软件会提示新卡片该引导到哪个微信号。</translation>
    </message>
</context>
<context>
    <name>Moments</name>
    <message>
        <source>Give the WeChat account&apos;s name, as you call it in the shop (for example 微信号A or the founder&apos;s name).</source>
        <translation>请填写微信号名称，用店里习惯的叫法（例如 微信号A 或创始人的名字）。</translation>
    </message>
    <message>
        <source>A WeChat account&apos;s name may be at most {n} characters.</source>
        <translation>微信号名称最多 {n} 个字。</translation>
    </message>
    <message>
        <source>A WeChat account has between 0 and {limit} friends; type the number WeChat shows under 通讯录.</source>
        <translation>一个微信号的好友数在 0 到 {limit} 之间；请填写微信“通讯录”里显示的数字。</translation>
    </message>
    <message>
        <source>{name} already has {friends} friends, close to WeChat&apos;s 5,000 limit: have new cards send buyers to {other}.</source>
        <translation>{name} 已有 {friends} 位好友，接近 5,000 上限：新卡片请引导到 {other}。</translation>
    </message>
    <message>
        <source>{name} already has {friends} friends, close to WeChat&apos;s 5,000 limit: open another WeChat account for new cards and count its friends here.</source>
        <translation>{name} 已有 {friends} 位好友，接近 5,000 上限：请为新卡片另开一个微信号，并在这里记录它的好友数。</translation>
    </message>
    <message>
        <source>“{group}” is neither a customer segment nor a tag: choose one of the segments, or tag:NAME for a tag.</source>
        <translation>“{group}”既不是客户分层也不是标签：请选择一个分层，或用 tag:标签名 指定标签。</translation>
    </message>
    <message>
        <source>There is no product {id}. The products list shows each one&apos;s number.</source>
        <translation>没有编号为 {id} 的商品。商品列表里有每个商品的编号。</translation>
    </message>
    <message>
        <source>There is no customer {id}. The customer book shows each one&apos;s number.</source>
        <translation>没有编号为 {id} 的客户。客户簿里有每位客户的编号。</translation>
    </message>
    <message>
        <source>An opinion is like, neutral or dislike.</source>
        <translation>意见只能是喜欢、一般或不喜欢。</translation>
    </message>
    <message>
        <source>The note is longer than {n} characters: shorten it.</source>
        <translation>备注超过 {n} 个字，请缩短。</translation>
    </message>
    <message>
        <source>“{text}” is not a day: type it as 2026-12-01.</source>
        <translation>“{text}”不是日期：请按 2026-12-01 的格式填写。</translation>
    </message>
    <message>
        <source>Write the post&apos;s text first: what the Moments post will say.</source>
        <translation>请先写文案：这条朋友圈要说什么。</translation>
    </message>
    <message>
        <source>The post&apos;s text is longer than {n} characters: shorten it.</source>
        <translation>文案超过 {n} 个字，请缩短。</translation>
    </message>
    <message>
        <source>Product {id} is not private-only (私域特供): mark it so in Products first, or plan the post without it.</source>
        <translation>商品 {id} 不是私域特供：请先在“商品”里标记，或不配商品计划这条朋友圈。</translation>
    </message>
    <message>
        <source>There is no planned post {id}. “moments list” shows each post&apos;s number.</source>
        <translation>没有编号为 {id} 的朋友圈。“moments list”会列出每条的编号。</translation>
    </message>
    <message>
        <source>A Moments post takes at most {n} images.</source>
        <translation>一条朋友圈最多 {n} 张图。</translation>
    </message>
    <message>
        <source>A reaction is a reply, an opinion or an order.</source>
        <translation>互动只能是回复、意见或订单。</translation>
    </message>
    <message>
        <source>Say who reacted or what they said.</source>
        <translation>请说明是谁互动或对方说了什么。</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>已发</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Like it</source>
        <translation>喜欢</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Dislike it</source>
        <translation>不喜欢</translation>
    </message>
</context>
<context>
    <name>MomentsArea</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>配图</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文案</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>New post  (Ctrl+N)</source>
        <translation>新建朋友圈  (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit  (Enter)</source>
        <translation>编辑  (Enter)</translation>
    </message>
    <message>
        <source>Mark posted  (Ctrl+Shift+M)</source>
        <translation>标记已发  (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Log reply/opinion/order  (Ctrl+R)</source>
        <translation>记录回复/意见/订单  (Ctrl+R)</translation>
    </message>
    <message>
        <source>Friend counts  (Ctrl+Shift+F)</source>
        <translation>好友数  (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>New-product opinions  (Ctrl+Shift+U)</source>
        <translation>新品意见  (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>What the selected post brought:</source>
        <translation>选中的朋友圈带来的互动：</translation>
    </message>
    <message>
        <source>Posts on {day}: {n}</source>
        <translation>{day} 的朋友圈：{n} 条</translation>
    </message>
    <message>
        <source>No Moments planned yet. Plan your posts here: pick a day in the calendar and press Ctrl+N to write the post, choose the WeChat account, images and the private-only product it shows. Post it in WeChat yourself, then mark it posted and log the replies and orders it brings.</source>
        <translation>还没有计划朋友圈。在这里安排要发的内容：在日历上选一天，按 Ctrl+N 写文案，选微信号、配图和要推的私域特供商品。在微信里自己发出后，回来标记已发，并记录它带来的回复和订单。</translation>
    </message>
    <message>
        <source>Plan a post  (Ctrl+N)</source>
        <translation>计划一条朋友圈  (Ctrl+N)</translation>
    </message>
    <message>
        <source>{planned} planned, {posted} posted</source>
        <translation>计划 {planned} 条，已发 {posted} 条</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>朋友圈</translation>
    </message>
    <message>
        <source>Select a post in the day&apos;s list first (or plan one: Ctrl+N).</source>
        <translation>请先在当天的列表里选一条朋友圈（或按 Ctrl+N 计划一条）。</translation>
    </message>
    <message>
        <source>Post {id} marked posted.</source>
        <translation>朋友圈 {id} 已标记为已发。</translation>
    </message>
    <message>
        <source>Post {id} is planned again.</source>
        <translation>朋友圈 {id} 已改回计划中。</translation>
    </message>
    <message>
        <source>Delete post {id} and what was logged against it?</source>
        <translation>删除朋友圈 {id} 及其记录的互动？</translation>
    </message>
</context>
<context>
    <name>OpinionsDialog</name>
    <message>
        <source>New-product opinions</source>
        <translation>新品意见</translation>
    </message>
    <message>
        <source>Tag: {name}</source>
        <translation>标签：{name}</translation>
    </message>
    <message>
        <source>What they said (optional)</source>
        <translation>对方原话（可不填）</translation>
    </message>
    <message>
        <source>&amp;Log opinion</source>
        <translation>记录意见(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>商品(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Ask:</source>
        <translation>询问(&amp;A)：</translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Opinion:</source>
        <translation>意见：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>No private-only product yet: mark a product 私域特供 in Products (Ctrl+Shift+P there), then ask your customers about it here.</source>
        <translation>还没有私域特供商品：先在“商品”里把商品标为私域特供（那里按 Ctrl+Shift+P），再来这里征求客户意见。</translation>
    </message>
    <message>
        <source>{total} asked: {like} like it, {neutral} neutral, {dislike} dislike it.</source>
        <translation>已问 {total} 人：{like} 人喜欢，{neutral} 人一般，{dislike} 人不喜欢。</translation>
    </message>
    <message>
        <source>Choose a product and a customer first.</source>
        <translation>请先选择商品和客户。</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <source>Plan a Moments post</source>
        <translation>计划一条朋友圈</translation>
    </message>
    <message>
        <source>Moments post {id}</source>
        <translation>朋友圈 {id}</translation>
    </message>
    <message>
        <source>What the post says, as you will paste it into WeChat</source>
        <translation>朋友圈文案，发的时候直接粘贴到微信</translation>
    </message>
    <message>
        <source>No product</source>
        <translation>不配商品</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>移除图片</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>WeChat &amp;account:</source>
        <translation>微信号(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>文案(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Product (private-only):</source>
        <translation>商品（私域特供）(&amp;P)：</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>配图：</translation>
    </message>
    <message>
        <source>Add images:</source>
        <translation>添加配图：</translation>
    </message>
    <message>
        <source>The app never posts: post it in WeChat yourself, then mark it posted here. Only products marked private-only (私域特供) in Products can be linked.</source>
        <translation>本软件不会替你发朋友圈：请在微信里自己发，再回来标记已发。只能关联在“商品”里标为私域特供的商品。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>this post</source>
        <translation>这条朋友圈</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文案</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
</context>
<context>
    <name>ReactionDialog</name>
    <message>
        <source>Log a reaction to post {id}</source>
        <translation>记录朋友圈 {id} 的互动</translation>
    </message>
    <message>
        <source>What they said, thought or ordered</source>
        <translation>对方说了什么、怎么看或买了什么</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Customer (optional):</source>
        <translation>客户（可不填）：</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>文案(&amp;T)：</translation>
    </message>
</context>
</TS>
