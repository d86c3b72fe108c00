<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <source>“{value}” is not one of: {keys}.</source>
        <translation>“{value}”不在这些词里：{keys}。</translation>
    </message>
    <message>
        <source>the people who sign in (team mode): add, list, change, remove; who did what</source>
        <translation>登录的员工（团队模式）：添加、列出、修改、移出；谁做了什么</translation>
    </message>
    <message>
        <source>what a staff member may do besides the everyday work, comma-separated: export (the book), erase (customers), phones (see full numbers)</source>
        <translation>员工在日常工作之外可以做的事，用逗号分隔：export（导出客户资料）、erase（清除客户）、phones（看完整手机号）</translation>
    </message>
    <message>
        <source>add a person (the first one added is the founder)</source>
        <translation>添加一个人（第一个添加的人是创始人）</translation>
    </message>
    <message>
        <source>a PIN of 4 to 12 digits asked at sign-in (optional)</source>
        <translation>登录时要输入的 4 到 12 位数字 PIN（可不设）</translation>
    </message>
    <message>
        <source>everyone on the staff list</source>
        <translation>员工名单上的所有人</translation>
    </message>
    <message>
        <source>print them as JSON</source>
        <translation>以 JSON 输出</translation>
    </message>
    <message>
        <source>change a person&apos;s name, role, allowances or PIN</source>
        <translation>修改一个人的名字、角色、权限或 PIN</translation>
    </message>
    <message>
        <source>take these allowances away (same words as --allow)</source>
        <translation>收回这些权限（用词同 --allow）</translation>
    </message>
    <message>
        <source>a new PIN; &quot;&quot; removes it</source>
        <translation>新的 PIN；&quot;&quot; 表示去掉 PIN</translation>
    </message>
    <message>
        <source>put a person taken off the list back on it</source>
        <translation>把已移出名单的人放回名单</translation>
    </message>
    <message>
        <source>take a person off the list (what they did keeps their name)</source>
        <translation>把一个人移出名单（他们做过的事仍记着他们的名字）</translation>
    </message>
    <message>
        <source>who did what, newest first: follow-ups, feedback, WeChat adds, card prints, imports</source>
        <translation>谁做了什么，最新的在前：跟进、反馈、加微信、打印卡片、导入</translation>
    </message>
    <message>
        <source>only this person</source>
        <translation>只看这个人</translation>
    </message>
    <message>
        <source>may: {what}</source>
        <translation>可以：{what}</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>taken off the list</source>
        <translation>已移出名单</translation>
    </message>
    <message>
        <source>Added: {line}</source>
        <translation>已添加：{line}</translation>
    </message>
    <message>
        <source>The first person added is the founder: from now on every command says who runs it (--staff NAME or $SHOPOWNER_STAFF).</source>
        <translation>第一个添加的人是创始人：从现在起，每条命令都要说明是谁在运行（--staff 名字 或 $SHOPOWNER_STAFF）。</translation>
    </message>
    <message>
        <source>No staff: this book works without signing in. Add the founder first: staff add NAME</source>
        <translation>没有员工名单：这个店铺不用登录。先添加创始人：staff add 名字</translation>
    </message>
    <message>
        <source>Saved: {line}</source>
        <translation>已保存：{line}</translation>
    </message>
    <message>
        <source>{name} can no longer sign in; what they did still shows their name.</source>
        <translation>{name} 不能再登录；他们做过的事仍显示他们的名字。</translation>
    </message>
    <message>
        <source>Nothing recorded with a name yet.</source>
        <translation>还没有记着名字的记录。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>谁在用这台电脑？</translation>
    </message>
    <message>
        <source>This shop has a staff list: choose yourself. What you do here (follow-ups, redeemed codes, prints, imports, edits) is recorded with your name.</source>
        <translation>本店有员工名单：请选择你自己。你在这里做的事（跟进、核销暗号、打印、导入、修改）都会记上你的名字。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 到 12 位数字</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>WeChat add</source>
        <translation>加微信</translation>
    </message>
    <message>
        <source>Cards printed</source>
        <translation>打印卡片</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Customer edited</source>
        <translation>修改客户</translation>
    </message>
    <message>
        <source>customer #{id}</source>
        <translation>客户 #{id}</translation>
    </message>
    <message>
        <source>cards: {n}</source>
        <translation>{n} 张卡片</translation>
    </message>
    <message>
        <source>No one called “{name}” is on the staff list.</source>
        <translation>员工名单上没有叫“{name}”的人。</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN 是 4 到 12 位数字。</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>请填写这个人的名字。</translation>
    </message>
    <message>
        <source>A name has at most {n} characters.</source>
        <translation>名字最多 {n} 个字。</translation>
    </message>
    <message>
        <source>{name} is already on the staff list; choose another name (for example with the surname).</source>
        <translation>{name} 已经在员工名单上；请换一个名字（比如加上姓）。</translation>
    </message>
    <message>
        <source>Only the founder may add, change or remove staff. Ask the founder, or sign in as the founder.</source>
        <translation>只有创始人可以添加、修改或移出员工。请找创始人，或以创始人身份登录。</translation>
    </message>
    <message>
        <source>No one called “{name}” is on the staff list ({names}).</source>
        <translation>员工名单上没有叫“{name}”的人（名单：{names}）。</translation>
    </message>
    <message>
        <source>A role is founder or staff.</source>
        <translation>角色只能是 founder（创始人）或 staff（员工）。</translation>
    </message>
    <message>
        <source>{name} is the only founder: make someone else founder first.</source>
        <translation>{name} 是唯一的创始人：请先把另一个人设为创始人。</translation>
    </message>
    <message>
        <source>This book has no staff list, so no one signs in: leave out --staff (and $SHOPOWNER_STAFF), or add people with “staff add”.</source>
        <translation>这个店铺没有员工名单，不用登录：请去掉 --staff（和 $SHOPOWNER_STAFF），或先用“staff add”添加员工。</translation>
    </message>
    <message>
        <source>This book has staff: say who you are with --staff NAME (or $SHOPOWNER_STAFF). On the list: {names}.</source>
        <translation>本店有员工名单：请用 --staff 名字（或 $SHOPOWNER_STAFF）说明你是谁。名单上有：{names}。</translation>
    </message>
    <message>
        <source>{name} was taken off the staff list and cannot sign in. Ask the founder.</source>
        <translation>{name} 已被移出员工名单，不能登录。请找创始人。</translation>
    </message>
    <message>
        <source>The PIN for {name} is not right.</source>
        <translation>{name} 的 PIN 不对。</translation>
    </message>
    <message>
        <source>{name} has a PIN: give it ($SHOPOWNER_PIN on the command line).</source>
        <translation>{name} 设了 PIN：请输入（命令行用 $SHOPOWNER_PIN）。</translation>
    </message>
    <message>
        <source>This book has staff: sign in first (in the window, File → Switch person; on the command line, --staff NAME or $SHOPOWNER_STAFF).</source>
        <translation>本店有员工名单：请先登录（窗口里：文件 → 切换员工；命令行：--staff 名字 或 $SHOPOWNER_STAFF）。</translation>
    </message>
    <message>
        <source>{name} may not export the book (customer lists, all data, backups outside the data folder). Ask the founder to allow it in File → Staff…, or to export it.</source>
        <translation>{name} 没有导出客户资料的权限（客户名单、全部数据、存到数据文件夹以外的备份）。请创始人在 文件 → 员工… 里允许，或请创始人来导出。</translation>
    </message>
    <message>
        <source>{name} may not erase or delete customers. Ask the founder to allow it in File → Staff…, or to do it.</source>
        <translation>{name} 没有清除或删除客户的权限。请创始人在 文件 → 员工… 里允许，或请创始人来做。</translation>
    </message>
    <message>
        <source>{name} may not see full phone numbers; they stay masked. Ask the founder to allow it in File → Staff….</source>
        <translation>{name} 没有查看完整手机号的权限，手机号仍打码显示。请创始人在 文件 → 员工… 里允许。</translation>
    </message>
    <message>
        <source>Only the founder may replace the whole book of the shop&apos;s hub with a backup or a dump. Ask the founder, or sign in as the founder.</source>
        <translation>只有创始人可以用备份或转储替换店铺主机上的整本客户簿。请找创始人，或以创始人身份登录。</translation>
    </message>
    <message>
        <source>Founder</source>
        <translation>创始人</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Export the book</source>
        <translation>导出客户资料</translation>
    </message>
    <message>
        <source>Erase or delete customers</source>
        <translation>清除或删除客户</translation>
    </message>
    <message>
        <source>See full phone numbers</source>
        <translation>查看完整手机号</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>unchanged (4 to 12 digits to set one)</source>
        <translation>不变（填 4 到 12 位数字可设置）</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>No PIN</source>
        <translation>不设 PIN</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新员工</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>移出名单</translation>
    </message>
    <message>
        <source>People</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Who did what</source>
        <translation>谁做了什么</translation>
    </message>
    <message>
        <source>off the list</source>
        <translation>已移出名单</translation>
    </message>
    <message>
        <source>Nothing recorded with a name yet.</source>
        <translation>还没有记着名字的记录。</translation>
    </message>
    <message>
        <source>Put back on the list</source>
        <translation>放回名单</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>S&amp;witch person…</source>
        <translation>切换员工(&amp;W)…</translation>
    </message>
    <message>
        <source>S&amp;taff…</source>
        <translation>员工(&amp;T)…</translation>
    </message>
    <message>
        <source>Only the founder manages the staff list.</source>
        <translation>只有创始人可以管理员工名单。</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>当前登录：{name}（{role}）</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Only the founder manages the staff list. Sign in as the founder (File → Switch person).</source>
        <translation>只有创始人可以管理员工名单。请以创始人身份登录（文件 → 切换员工）。</translation>
    </message>
</context>
</TS>
