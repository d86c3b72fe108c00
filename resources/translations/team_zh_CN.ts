<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HubBanner</name>
    <message>
        <source>Try now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>Cannot reach the shop&apos;s hub ({place}). Trying again by itself every few seconds. Until it answers nothing can be changed here; what was saved before is safe on the hub. Check that the hub&apos;s PC is on and on the same network.</source>
        <translation>连接不上店铺主机（{place}）。每隔几秒自动重试。连上之前这里不能修改任何内容；之前保存的内容都安全地存在主机上。请检查主机电脑是否开着、是否在同一个网络。</translation>
    </message>
</context>
<context>
    <name>HubWatch</name>
    <message>
        <source>The shop&apos;s hub answers again.</source>
        <translation>店铺主机已重新连上。</translation>
    </message>
</context>
<context>
    <name>OwnHubBox</name>
    <message>
        <source>This PC is the shop&apos;s hub</source>
        <translation>本机是店铺主机</translation>
    </message>
    <message>
        <source>Copy a&amp;ddress</source>
        <translation>复制地址(&amp;D)</translation>
    </message>
    <message>
        <source>Shop password:</source>
        <translation>店铺密码：</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>显示(&amp;H)</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>复制(&amp;P)</translation>
    </message>
    <message>
        <source>Checking this PC&apos;s hub…</source>
        <translation>正在查看本机的店铺主机…</translation>
    </message>
    <message>
        <source>S&amp;top the hub…</source>
        <translation>停止店铺主机(&amp;T)…</translation>
    </message>
    <message>
        <source>The hub runs on this PC (PostgreSQL {major}, port {port}). Keep this PC on while the other PCs work.</source>
        <translation>店铺主机正在本机运行（PostgreSQL {major}，端口 {port}）。其他电脑工作期间，请让本机保持开机。</translation>
    </message>
    <message>
        <source>The hub on this PC is stopped: the other PCs cannot reach the shop&apos;s book until it starts.</source>
        <translation>本机的店铺主机已停止：启动之前，其他电脑用不了店铺的客户簿。</translation>
    </message>
    <message>
        <source>S&amp;tart the hub</source>
        <translation>启动店铺主机(&amp;T)</translation>
    </message>
    <message>
        <source>Only this PC can reach this hub (it was made for this PC only).</source>
        <translation>只有本机能连接这台店铺主机（创建时设为仅限本机）。</translation>
    </message>
    <message>
        <source>The other PCs join at: {addresses}</source>
        <translation>其他电脑加入的地址：{addresses}</translation>
    </message>
    <message>
        <source>This PC has no address on a local network now, so only this PC can reach the hub. Connect it to the shop&apos;s network, then stop and start the hub.</source>
        <translation>本机现在没有局域网地址，所以只有本机能连接店铺主机。请把本机接入店里的网络，然后停止再启动店铺主机。</translation>
    </message>
    <message>
        <source>Start the hub to see the address the other PCs join at.</source>
        <translation>启动店铺主机后，这里会显示其他电脑加入的地址。</translation>
    </message>
    <message>
        <source>This PC&apos;s hub cannot be read: {reason}</source>
        <translation>读不了本机的店铺主机：{reason}</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隐藏(&amp;H)</translation>
    </message>
    <message>
        <source>The shop password was copied: paste it into the other PC&apos;s 文件 → 团队模式 → Join a hub.</source>
        <translation>店铺密码已复制：请粘贴到另一台电脑的 文件 → 团队模式 → 加入店铺主机。</translation>
    </message>
    <message>
        <source>The address {address} was copied.</source>
        <translation>地址 {address} 已复制。</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>&amp;Team mode…</source>
        <translation>团队模式(&amp;T)…</translation>
    </message>
    <message>
        <source>Starting this PC&apos;s hub, the shop&apos;s shared book…</source>
        <translation>正在启动本机的店铺主机（店里共用的客户簿）…</translation>
    </message>
    <message>
        <source>This PC&apos;s hub did not start</source>
        <translation>本机的店铺主机没有启动</translation>
    </message>
    <message>
        <source>{reason}

Until it runs, the other PCs cannot reach the shop&apos;s book (nor can this PC, if it works on it). Start it under 文件 → 团队模式, or with: python main.py hub start</source>
        <translation>{reason}

在它运行之前，其他电脑用不了店铺的客户簿（本机如果也用它，同样用不了）。请在 文件 → 团队模式 里启动它，或运行：python main.py hub start</translation>
    </message>
    <message>
        <source>Nothing was changed: this PC works on its shop file, as before.</source>
        <translation>什么都没有改动：本机照旧使用自己的店铺文件。</translation>
    </message>
    <message>
        <source>Make this PC the hub?</source>
        <translation>让本机做店铺主机吗？</translation>
    </message>
    <message>
        <source>What happens:
• ShopOwner sets up a database server (PostgreSQL) in {folder}, reachable from the shop&apos;s local network only, never from the internet, with a generated shop password.
• It copies this PC&apos;s shop into it and checks every table. The shop file stays as it was, as a backup.
• This PC then works on the hub; the other PCs join it with the address and the shop password this dialog shows.
• This PC must be on while the others work; ShopOwner starts the hub whenever it opens here.

PostgreSQL 13 or newer must be installed on this PC (its programs are enough). Continue?</source>
        <translation>将会：
• 掌柜私域在 {folder} 里建立一个数据库服务器（PostgreSQL），只有店里的局域网能连接，互联网上连不到，并自动生成店铺密码。
• 把本机的店铺搬进去，逐表核对。店铺文件保持原样，留作备份。
• 之后本机使用店铺主机；其他电脑用这里显示的地址和店铺密码加入。
• 其他电脑工作期间本机要保持开机；每次在本机打开掌柜私域时都会自动启动店铺主机。

本机需要已安装 PostgreSQL 13 或更新版本（装好它的程序即可）。继续吗？</translation>
    </message>
    <message>
        <source>This PC is now the shop&apos;s hub. Its shop was copied in — {rows} rows in {tables} tables and {files} files — and every table was checked. The shop file stays as it was, as a backup.</source>
        <translation>本机现在是店铺主机。店铺已搬进去（{tables} 张表共 {rows} 行，{files} 个文件），每张表都核对过。店铺文件保持原样，留作备份。</translation>
    </message>
    <message>
        <source>Not copied, because they were already missing or changed in the data folder: {names}</source>
        <translation>以下文件在数据文件夹里已经丢失或被改动，没有搬：{names}</translation>
    </message>
    <message>
        <source>The other PCs join with the address and the shop password shown under “This PC is the shop&apos;s hub”.</source>
        <translation>其他电脑用“本机是店铺主机”下面显示的地址和店铺密码加入。</translation>
    </message>
    <message>
        <source>This PC was not made the hub</source>
        <translation>本机没有成为店铺主机</translation>
    </message>
    <message>
        <source>Join the hub?</source>
        <translation>加入店铺主机吗？</translation>
    </message>
    <message numerus="yes">
        <source>This PC&apos;s shop file holds %n customer(s). After joining, the window shows the hub&apos;s book instead; the shop file stays as it is, untouched (leave the hub to work on it again).

Join the hub?</source>
        <translation>
            <numerusform>本机的店铺文件里有 %n 位客户。加入后，窗口显示的是店铺主机上的客户簿；店铺文件原样保留，不会被改动（退出店铺主机即可重新使用它）。

加入店铺主机吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Not joined: nothing was changed.</source>
        <translation>没有加入：什么都没有改动。</translation>
    </message>
    <message>
        <source>This PC joined the shop&apos;s hub at {place}.</source>
        <translation>本机已加入位于 {place} 的店铺主机。</translation>
    </message>
    <message>
        <source>This PC did not join the hub</source>
        <translation>本机没有加入店铺主机</translation>
    </message>
    <message>
        <source>This PC then works on its own shop file again ({file}). The hub&apos;s book stays on the hub, and the other PCs keep working on it.</source>
        <translation>之后本机重新使用自己的店铺文件（{file}）。店铺主机上的客户簿留在店铺主机上，其他电脑照常使用。</translation>
    </message>
    <message>
        <source>This PC&apos;s hub keeps running for them; stop it here when no PC needs it any more.</source>
        <translation>本机的店铺主机会继续为它们运行；没有电脑再需要它时，可以在这里停止。</translation>
    </message>
    <message>
        <source>The shop file holds what it held before this PC worked on the hub. To work on a copy of the hub&apos;s book instead, move the shop file out of the data folder, then copy the hub&apos;s book back with: python main.py hub move-out</source>
        <translation>店铺文件里是本机使用店铺主机之前的内容。如果想改用店铺主机上客户簿的副本：先把店铺文件移出数据文件夹，再运行 python main.py hub move-out 把客户簿复制回来。</translation>
    </message>
    <message>
        <source>Leave the hub?</source>
        <translation>退出店铺主机吗？</translation>
    </message>
    <message>
        <source>Copy the hub&apos;s book to this PC?</source>
        <translation>把店铺主机上的客户簿复制到本机吗？</translation>
    </message>
    <message>
        <source>This data folder has no shop file. Copy the hub&apos;s book into a new one now (every table checked)? If not, ShopOwner starts an empty shop here.</source>
        <translation>此数据文件夹里没有店铺文件。现在把店铺主机上的客户簿复制成一个新的店铺文件吗（逐表核对）？如果不复制，掌柜私域会在这里新建一个空的店铺。</translation>
    </message>
    <message>
        <source>The hub&apos;s book was copied into {file}: {rows} rows in {tables} tables, each checked.</source>
        <translation>店铺主机上的客户簿已复制到 {file}：{tables} 张表共 {rows} 行，每张表都核对过。</translation>
    </message>
    <message>
        <source>The hub&apos;s book was not copied</source>
        <translation>客户簿没有复制</translation>
    </message>
    <message>
        <source>Nothing was changed: this PC still works on the hub.</source>
        <translation>什么都没有改动：本机仍在使用店铺主机。</translation>
    </message>
    <message>
        <source>This PC did not leave the hub</source>
        <translation>本机没有退出店铺主机</translation>
    </message>
    <message>
        <source>This PC left the hub.</source>
        <translation>本机已退出店铺主机。</translation>
    </message>
    <message>
        <source>The hub runs.</source>
        <translation>店铺主机正在运行。</translation>
    </message>
    <message>
        <source>The other PCs lose the shop&apos;s book until the hub starts again (with Start here, or when ShopOwner opens on this PC). What every PC saved is kept.</source>
        <translation>在店铺主机再次启动之前（在这里点启动，或在本机打开掌柜私域时），其他电脑用不了店铺的客户簿。各台电脑已保存的内容都会保留。</translation>
    </message>
    <message>
        <source>This window loses it too until then.</source>
        <translation>在那之前，本窗口也用不了。</translation>
    </message>
    <message>
        <source>Stop the hub?</source>
        <translation>停止店铺主机吗？</translation>
    </message>
    <message>
        <source>The hub was stopped.</source>
        <translation>店铺主机已停止。</translation>
    </message>
    <message>
        <source>This PC&apos;s hub</source>
        <translation>本机的店铺主机</translation>
    </message>
    <message>
        <source>Restart ShopOwner now?</source>
        <translation>现在重启掌柜私域吗？</translation>
    </message>
    <message>
        <source>The change takes effect when ShopOwner starts again. Restart now? Your work is saved; open dialogs are closed.</source>
        <translation>改动在掌柜私域重新启动后生效。现在重启吗？您的数据都已保存；打开的对话框会关闭。</translation>
    </message>
    <message>
        <source>Restart ShopOwner (文件 → 团队模式 → Restart now): until then nothing can be changed.</source>
        <translation>请重启掌柜私域（文件 → 团队模式 → 立即重启）：重启之前不能做任何修改。</translation>
    </message>
    <message>
        <source>ShopOwner could not restart</source>
        <translation>掌柜私域无法自动重启</translation>
    </message>
    <message>
        <source>Close ShopOwner and open it again.</source>
        <translation>请关闭掌柜私域，再重新打开。</translation>
    </message>
    <message>
        <source>Reaching the hub…</source>
        <translation>正在连接店铺主机…</translation>
    </message>
    <message>
        <source>There is no shop file in {folder} to move into the hub.</source>
        <translation>{folder} 里没有可以搬进店铺主机的店铺文件。</translation>
    </message>
    <message>
        <source>Step 1 of 3: setting up the hub&apos;s database server…</source>
        <translation>第 1 步（共 3 步）：正在建立店铺主机的数据库服务器…</translation>
    </message>
    <message>
        <source>Step 2 of 3: copying this PC&apos;s shop into the hub…</source>
        <translation>第 2 步（共 3 步）：正在把本机的店铺搬进店铺主机…</translation>
    </message>
    <message>
        <source>Step 2 of 3: copying {table} ({rows} rows)…</source>
        <translation>第 2 步（共 3 步）：正在搬 {table}（{rows} 行）…</translation>
    </message>
    <message>
        <source>Step 3 of 3: making this PC work on the hub…</source>
        <translation>第 3 步（共 3 步）：正在让本机使用店铺主机…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Copying {table} ({rows} rows)…</source>
        <translation>正在复制 {table}（{rows} 行）…</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team mode</source>
        <translation>团队模式</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>立即重启(&amp;R)</translation>
    </message>
    <message>
        <source>Where the shop&apos;s book is</source>
        <translation>店铺的客户簿在哪里</translation>
    </message>
    <message>
        <source>Make this PC the hub</source>
        <translation>让本机做店铺主机</translation>
    </message>
    <message>
        <source>Join a hub</source>
        <translation>加入店铺主机</translation>
    </message>
    <message>
        <source>On a staff PC: type the address and the shop password that the hub&apos;s PC shows here, or paste a whole postgresql:// address.</source>
        <translation>在员工的电脑上：输入店铺主机那台电脑在这里显示的地址和店铺密码，或者粘贴完整的 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Shop pass&amp;word:</source>
        <translation>店铺密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Join the hub…</source>
        <translation>加入店铺主机(&amp;J)…</translation>
    </message>
    <message>
        <source>Leave the hub</source>
        <translation>退出店铺主机</translation>
    </message>
    <message>
        <source>This PC works on its own shop file again. The hub&apos;s book stays on the hub for the other PCs.</source>
        <translation>本机重新使用自己的店铺文件。店铺主机上的客户簿留在店铺主机上，供其他电脑使用。</translation>
    </message>
    <message>
        <source>&amp;Leave the hub…</source>
        <translation>退出店铺主机(&amp;L)…</translation>
    </message>
    <message>
        <source>The shop&apos;s book is on this PC&apos;s own hub ({place}).</source>
        <translation>店铺的客户簿在本机自己的店铺主机上（{place}）。</translation>
    </message>
    <message>
        <source>The shop&apos;s book is on the hub at {place}.</source>
        <translation>店铺的客户簿在店铺主机 {place} 上。</translation>
    </message>
    <message>
        <source>Asking whether the hub answers…</source>
        <translation>正在询问店铺主机是否应答…</translation>
    </message>
    <message>
        <source>The shop&apos;s book is this PC&apos;s shop file: {file}</source>
        <translation>店铺的客户簿是本机的店铺文件：{file}</translation>
    </message>
    <message>
        <source>This run was told which hub to use (--database-url or SHOPOWNER_DATABASE_URL), so joining or leaving cannot be changed here.</source>
        <translation>这次运行已指定了使用哪台店铺主机（--database-url 或 SHOPOWNER_DATABASE_URL），所以不能在这里加入或退出。</translation>
    </message>
    <message>
        <source>Work on this PC&apos;s hub</source>
        <translation>使用本机的店铺主机</translation>
    </message>
    <message>
        <source>This PC holds a hub, but this PC does not work on it now. Its book stays as it was.</source>
        <translation>本机上有一台店铺主机，但本机现在没有使用它。它的客户簿保持原样。</translation>
    </message>
    <message>
        <source>&amp;Work on this PC&apos;s hub again…</source>
        <translation>重新使用本机的店铺主机(&amp;W)…</translation>
    </message>
    <message>
        <source>On the PC that stays on while the shop works: ShopOwner sets up a database server here, copies this shop into it, and the other PCs join it over the shop&apos;s network.</source>
        <translation>在店里营业时一直开着的那台电脑上操作：掌柜私域在这里建立一个数据库服务器，把本店铺搬进去，其他电脑通过店里的网络加入。</translation>
    </message>
    <message>
        <source>&amp;Make this PC the hub…</source>
        <translation>让本机做店铺主机(&amp;M)…</translation>
    </message>
    <message>
        <source>After a restart ShopOwner works on the hub at {place}. Until then nothing can be changed in this window.</source>
        <translation>重启后，掌柜私域将使用店铺主机 {place}。重启之前，本窗口不能做任何修改。</translation>
    </message>
    <message>
        <source>After a restart ShopOwner works on this PC&apos;s shop file again. Until then nothing can be changed in this window.</source>
        <translation>重启后，掌柜私域将重新使用本机的店铺文件。重启之前，本窗口不能做任何修改。</translation>
    </message>
    <message>
        <source>The hub answers.</source>
        <translation>店铺主机有应答。</translation>
    </message>
    <message>
        <source>The hub does not answer now: {reason}</source>
        <translation>店铺主机现在没有应答：{reason}</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：什么都没有改动。</translation>
    </message>
    <message>
        <source>Cancelling… nothing is left behind.</source>
        <translation>正在取消…不会留下半成品文件。</translation>
    </message>
</context>
</TS>
