<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Customers</name>
    <message>
        <source>A customer cannot be merged with itself. Pick two different customers.</source>
        <translation>客户不能与自己合并。请选择两个不同的客户。</translation>
    </message>
    <message>
        <source>One of the two customers no longer exists (deleted in the meantime). Refresh the list and try again.</source>
        <translation>两个客户中有一个已不存在（期间已被删除）。请刷新列表后重试。</translation>
    </message>
    <message>
        <source>One of the two customers was already merged into another. Refresh the list and try again.</source>
        <translation>两个客户中有一个已合并到其他客户。请刷新列表后重试。</translation>
    </message>
    <message>
        <source>This merge was already undone.</source>
        <translation>这次合并已经撤销过了。</translation>
    </message>
    <message>
        <source>Another customer was merged in after this one. Undo that later merge first, then this one.</source>
        <translation>此后又有客户合并进来。请先撤销那次较晚的合并，再撤销这一次。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Total spent (yuan)</source>
        <translation>累计消费（元）</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>首单时间</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近下单</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Export to a file ending in .xlsx or .csv.</source>
        <translation>请导出为 .xlsx 或 .csv 结尾的文件。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>“{text}” is not an amount. Type yuan as a number, for example 199 or 88.5.</source>
        <translation>“{text}”不是金额。请用数字填写元，例如 199 或 88.5。</translation>
    </message>
    <message>
        <source>An amount cannot be negative. Type 0 or more.</source>
        <translation>金额不能为负数。请填写 0 或以上。</translation>
    </message>
    <message>
        <source>The number of days must be a whole number of 1 or more.</source>
        <translation>天数必须是 1 或以上的整数。</translation>
    </message>
    <message>
        <source>The lowest spend is above the highest spend. Swap the two amounts.</source>
        <translation>最低消费高于最高消费。请把两个金额对调。</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客</translation>
    </message>
    <message>
        <source>On WeChat</source>
        <translation>已加微</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>复购</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠实</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>沉睡</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已加微</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>未加微</translation>
    </message>
    <message>
        <source>Taobao</source>
        <translation>淘宝</translation>
    </message>
    <message>
        <source>Tmall</source>
        <translation>天猫</translation>
    </message>
    <message>
        <source>JD</source>
        <translation>京东</translation>
    </message>
    <message>
        <source>Pinduoduo</source>
        <translation>拼多多</translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <source>Kuaishou</source>
        <translation>快手</translation>
    </message>
    <message>
        <source>Youzan</source>
        <translation>有赞</translation>
    </message>
    <message>
        <source>Xiaohongshu</source>
        <translation>小红书</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>手动添加</translation>
    </message>
    <message>
        <source>Same receiver name and address</source>
        <translation>收件人姓名和地址相同</translation>
    </message>
    <message>
        <source>Same nickname on different platforms</source>
        <translation>不同平台昵称相同</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>手机号相同</translation>
    </message>
    <message>
        <source>Phone numbers end in the same 4 digits</source>
        <translation>手机尾号 4 位相同</translation>
    </message>
    <message>
        <source>Chosen by hand</source>
        <translation>手动选择</translation>
    </message>
    <message>
        <source>Buyer ID</source>
        <translation>买家账号</translation>
    </message>
    <message>
        <source>Name + address</source>
        <translation>姓名 + 地址</translation>
    </message>
    <message>
        <source>(personal data erased)</source>
        <translation>（个人信息已清除）</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>（匿名）</translation>
    </message>
</context>
</TS>