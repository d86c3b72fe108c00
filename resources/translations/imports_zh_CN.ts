<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <source>import order exports (CSV/XLSX) from the seller centers</source>
        <translation>导入各平台卖家中心导出的订单（CSV/XLSX）</translation>
    </message>
    <message>
        <source>print the report as JSON</source>
        <translation>以 JSON 输出导入报告</translation>
    </message>
    <message>
        <source>list the imports done so far, newest first</source>
        <translation>列出已做过的导入，最新的在前</translation>
    </message>
    <message>
        <source>show the last N imports (default 20)</source>
        <translation>显示最近 N 次导入（默认 20）</translation>
    </message>
    <message>
        <source>which column holds what, for a table that is not a known platform&apos;s export: orders, e.g. &apos;{&quot;订单号&quot;: &quot;order_id&quot;, &quot;实付金额&quot;: &quot;paid&quot;, &quot;@platform&quot;: &quot;generic&quot;}&apos;, or your own customer list, e.g. &apos;{&quot;姓名&quot;: &quot;name&quot;, &quot;手机&quot;: &quot;phone&quot;}&apos;. Once imported, the mapping is remembered for files with the same columns</source>
        <translation>不是已知平台导出的表格时，指定哪一列是什么：订单表，例如 &apos;{&quot;订单号&quot;: &quot;order_id&quot;, &quot;实付金额&quot;: &quot;paid&quot;, &quot;@platform&quot;: &quot;generic&quot;}&apos;；或自己的客户名单，例如 &apos;{&quot;姓名&quot;: &quot;name&quot;, &quot;手机&quot;: &quot;phone&quot;}&apos;。导入成功后，这个对应关系会记住，列相同的文件下次直接使用</translation>
    </message>
    <message>
        <source>--mapping must be a JSON object of column name → field. Order fields: {orders}; “{platform}”: {platforms}. Customer-list fields: {customers}.</source>
        <translation>--mapping 须为“列名 → 字段”的 JSON 对象。订单字段：{orders}；“{platform}”：{platforms}。客户名单字段：{customers}。</translation>
    </message>
    <message>
        <source>  To import it with these columns, run again with: --mapping &apos;{mapping}&apos; (change a field in the JSON if a column is wrong; “@platform” may name the platform it comes from).</source>
        <translation>  按这些列导入，请加上参数再运行一次：--mapping &apos;{mapping}&apos;（哪一列不对，就改 JSON 里对应的字段；“@platform”可写明订单实际来自哪个平台）。</translation>
    </message>
    <message>
        <source>{file}: not imported. {error}</source>
        <translation>{file}：未导入。{error}</translation>
    </message>
    <message>
        <source>{file}: {platform}, rows: {rows}, orders: {orders} ({new} new, {updated} updated), customers: {new_customers} new / {matched} matched, possible duplicates to review: {duplicates}.</source>
        <translation>{file}：{platform}，{rows} 行，{orders} 笔订单（新增 {new}，更新 {updated}），客户新增 {new_customers} / 匹配 {matched}，{duplicates} 对疑似重复待核对。</translation>
    </message>
    <message>
        <source>  row {row} skipped: {reason}</source>
        <translation>  第 {row} 行已跳过：{reason}</translation>
    </message>
    <message>
        <source>  … and {count} more skipped rows</source>
        <translation>  ……另有 {count} 行被跳过</translation>
    </message>
    <message>
        <source>No orders have been imported yet.</source>
        <translation>还没有导入过订单。</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Choose the columns — {name}</source>
        <translation>选择各列的含义 — {name}</translation>
    </message>
    <message>
        <source>This table holds:</source>
        <translation>这张表是：</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>客户名单</translation>
    </message>
    <message>
        <source>Orders from:</source>
        <translation>订单来自：</translation>
    </message>
    <message>
        <source>How the first rows will read:</source>
        <translation>前几行导入后将是：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>This table is not a known platform&apos;s export, but it looks like a table of orders. Check the column chosen for each field and how the first rows will read, then import. Your choice is remembered for files with the same columns.</source>
        <translation>这不是已知平台导出的表格，但看起来是一张订单表。请核对每个字段选用的列，以及前几行导入后的样子，再导入。你的选择会记住，列相同的文件下次直接导入。</translation>
    </message>
    <message>
        <source>This table is not a platform&apos;s order export. Tell us which column holds what; at least a name, mobile or WeChat ID is needed. The choice is remembered for files with the same columns.</source>
        <translation>这个表格不是平台的订单导出。请告诉我们每一列是什么；至少要有姓名、手机或微信号之一。下次导入列名相同的文件时会记住这次的选择。</translation>
    </message>
    <message>
        <source>— not used —</source>
        <translation>— 不使用 —</translation>
    </message>
    <message>
        <source>Each column can be used for one field only.</source>
        <translation>每一列只能对应一个字段，请去掉重复的选择。</translation>
    </message>
    <message>
        <source>Choose the order number column: orders cannot be told apart without it.</source>
        <translation>请选择订单号所在的列：没有订单号，无法区分订单。</translation>
    </message>
    <message>
        <source>Choose at least the name, mobile or WeChat ID column.</source>
        <translation>请至少选择姓名、手机或微信号所在的列。</translation>
    </message>
    <message>
        <source>The file&apos;s first rows (choose the columns above):</source>
        <translation>文件的前几行（请在上方选择各列）：</translation>
    </message>
    <message>
        <source>This cell will not read as expected: check the column chosen for it.</source>
        <translation>这个格子读不出预期的内容：请检查为它选的列。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Import orders…</source>
        <translation>导入订单(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>导入记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <source>Order exports (*.csv *.xlsx *.xls *.txt);;All files (*)</source>
        <translation>订单导出文件 (*.csv *.xlsx *.xls *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>An import is still running. Wait until it has finished, then import these files.</source>
        <translation>还有一个导入正在进行。请等它完成后再导入这些文件。</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n file(s)…</source>
        <translation>
            <numerusform>正在准备 %n 个文件…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>正在导入 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling… the file being imported is rolled back.</source>
        <translation>正在取消…正在导入的文件会全部撤回。</translation>
    </message>
    <message>
        <source>The import stopped; nothing from the file being imported was kept. The message below says what to do.</source>
        <translation>导入已停止，正在导入的文件没有保存任何内容。下面的说明告诉您该怎么做。</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Import cancelled. Files finished before the cancel were kept.</source>
        <translation>导入已取消。取消前已完成的文件已保留。</translation>
    </message>
    <message numerus="yes">
        <source>Done: {ok} of %n file(s) imported.</source>
        <translation>
            <numerusform>完成：%n 个文件中导入了 {ok} 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: no columns were chosen.</source>
        <translation>未导入：没有选择各列的含义。</translation>
    </message>
    <message>
        <source>Platform: {platform}</source>
        <translation>平台：{platform}</translation>
    </message>
    <message>
        <source>Rows read: {rows}; orders: {orders} ({new} new, {updated} updated)</source>
        <translation>读取 {rows} 行；订单 {orders} 笔（新增 {new}，更新 {updated}）</translation>
    </message>
    <message>
        <source>Items joined to the orders of {name}</source>
        <translation>商品明细已并入 {name} 的订单</translation>
    </message>
    <message>
        <source>Items taken from {name}</source>
        <translation>商品明细取自 {name}</translation>
    </message>
    <message>
        <source>Customers: {new} new, {matched} matched</source>
        <translation>客户：新增 {new}，匹配到已有 {matched}</translation>
    </message>
    <message>
        <source>Possible duplicates waiting for review: {count}</source>
        <translation>待核对的疑似重复客户：{count} 对</translation>
    </message>
    <message>
        <source>Skipped rows: {count}</source>
        <translation>跳过的行：{count}</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>第 {row} 行：{reason}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>……另有 {count} 行</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>No orders have been imported yet. Use File → Import orders… (Ctrl+I) or drop export files on the window.</source>
        <translation>还没有导入过订单。用 文件 → 导入订单…（Ctrl+I），或把导出的文件拖到窗口上。</translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>New orders</source>
        <translation>新订单</translation>
    </message>
    <message>
        <source>Updated orders</source>
        <translation>更新的订单</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation>跳过的行</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>First purchase date</source>
        <translation>首次购买日期</translation>
    </message>
    <message>
        <source>Each field can be given one column only.</source>
        <translation>每个字段只能对应一列，请去掉重复的选择。</translation>
    </message>
    <message>
        <source>Taobao/Tmall</source>
        <translation>淘宝/天猫</translation>
    </message>
    <message>
        <source>Taobao/Tmall (order list)</source>
        <translation>淘宝/天猫（订单报表）</translation>
    </message>
    <message>
        <source>Taobao/Tmall (order details)</source>
        <translation>淘宝/天猫（宝贝报表）</translation>
    </message>
    <message>
        <source>Taobao/Tmall (Qianniu)</source>
        <translation>淘宝/天猫（千牛）</translation>
    </message>
    <message>
        <source>Douyin shop</source>
        <translation>抖店</translation>
    </message>
    <message>
        <source>Kuaishou shop</source>
        <translation>快手小店</translation>
    </message>
    <message>
        <source>Youzan (one row per item)</source>
        <translation>有赞（商品维度，每行一件商品）</translation>
    </message>
    <message>
        <source>Own customer list</source>
        <translation>自有客户名单</translation>
    </message>
    <message>
        <source>Other platform</source>
        <translation>其他平台</translation>
    </message>
    <message>
        <source>the amount “{value}” is not a number</source>
        <translation>金额“{value}”不是数字</translation>
    </message>
    <message>
        <source>the quantity “{value}” is not a count of items (0 to {limit})</source>
        <translation>数量“{value}”不是有效的件数（应在 0 到 {limit} 之间）</translation>
    </message>
    <message>
        <source>the date “{value}” does not exist (check the month, day and time)</source>
        <translation>日期“{value}”不存在（请检查月、日和时间）</translation>
    </message>
    <message>
        <source>the amount “{value}” is more than any order can be (over ¥{limit})</source>
        <translation>金额“{value}”超出了任何订单可能的金额（超过 ¥{limit}）</translation>
    </message>
    <message>
        <source>Cannot open the file ({reason}). Check that it exists and is not open in another program, then try again.</source>
        <translation>无法打开文件（{reason}）。请确认文件存在且没有被其他程序占用，然后重试。</translation>
    </message>
    <message>
        <source>The file is empty. Export the orders from the seller center again and import the new file.</source>
        <translation>文件是空的。请在卖家中心重新导出订单，再导入新文件。</translation>
    </message>
    <message>
        <source>This is an old Excel .xls file. Open it in Excel or WPS and save it as .xlsx or CSV, then import that file.</source>
        <translation>这是旧版 Excel .xls 文件。请用 Excel 或 WPS 打开，另存为 .xlsx 或 CSV 后再导入。</translation>
    </message>
    <message>
        <source>This file is saved as “Unicode text” (UTF-16). Open it in Excel or WPS and save it as CSV (UTF-8) or .xlsx, then import that file.</source>
        <translation>这个文件保存成了“Unicode 文本”（UTF-16）。请用 Excel 或 WPS 打开，另存为 CSV（UTF-8）或 .xlsx 后再导入。</translation>
    </message>
    <message>
        <source>This is not a text or spreadsheet file (it contains binary data). Choose the CSV or XLSX file that the seller center exported.</source>
        <translation>这不是文本/表格文件（含有二进制数据）。请选择卖家中心导出的 CSV 或 XLSX 文件。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between line numbers</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Encoding error: line {lines} is not valid GBK or UTF-8 text. The file may be damaged or saved in another encoding. Export it from the seller center again, or open it in Excel/WPS and save it as CSV (UTF-8).</source>
        <translation>编码错误：第 {lines} 行不是有效的 GBK 或 UTF-8 文字。文件可能已损坏或用了其他编码。请在卖家中心重新导出，或用 Excel/WPS 打开后另存为 CSV（UTF-8）。</translation>
    </message>
    <message>
        <source>Encoding error: lines {lines} are not valid GBK or UTF-8 text. The file may be damaged or saved in another encoding. Export it from the seller center again, or open it in Excel/WPS and save it as CSV (UTF-8).</source>
        <translation>编码错误：第 {lines} 行不是有效的 GBK 或 UTF-8 文字。文件可能已损坏或用了其他编码。请在卖家中心重新导出，或用 Excel/WPS 打开后另存为 CSV（UTF-8）。</translation>
    </message>
    <message>
        <source>damaged text (encoding error on line {line}); this row was not imported</source>
        <translation>文字已损坏（第 {line} 行编码错误），这一行没有导入</translation>
    </message>
    <message>
        <source>a cell holds more than {size} MB of text; this row was not imported</source>
        <translation>有一个单元格的文字超过 {size} MB，这一行没有导入</translation>
    </message>
    <message>
        <source>the line is not laid out as CSV (a stray line break or quotation mark); this row was not imported</source>
        <translation>不符合 CSV 格式（多出的换行或引号），这一行没有导入</translation>
    </message>
    <message>
        <source>The file cannot be read as a CSV table: {broken} of the first {rows} rows are broken (stray line breaks or quotation marks). Export it from the seller center again, or open it in Excel/WPS and save it as CSV (UTF-8).</source>
        <translation>无法作为 CSV 表格读取：前 {rows} 行中有 {broken} 行格式错误（多出的换行或引号）。请在卖家中心重新导出，或用 Excel/WPS 打开后另存为 CSV（UTF-8）。</translation>
    </message>
    <message>
        <source>Encoding error in the header line: the column names cannot be read. Export the file again, or save it as CSV (UTF-8) in Excel/WPS.</source>
        <translation>表头编码错误：无法读取列名。请重新导出文件，或用 Excel/WPS 另存为 CSV（UTF-8）。</translation>
    </message>
    <message>
        <source>No column names were found at the top of the file. Import the file exactly as the seller center exported it (the first line holds the column names).</source>
        <translation>文件开头没有找到列名。请直接导入卖家中心导出的原始文件（第一行是列名）。</translation>
    </message>
    <message>
        <source>a quote mark (&quot;) opened on line {first} is not closed, so lines {first}–{last} were read as one row and none of them was imported; close or remove that quote in the file (or export it again) and import it again</source>
        <translation>第 {first} 行的引号（&quot;）没有闭合，第 {first}–{last} 行被读成了一行，这些行都没有导入；请在文件中补上或删掉这个引号（或重新导出），再导入一次</translation>
    </message>
    <message>
        <source>Row {row}: the column “{column}” held {size} characters; only the first {limit} were kept.</source>
        <translation>第 {row} 行：“{column}”有 {size} 个字符，只保留了前 {limit} 个。</translation>
    </message>
    <message>
        <source>The workbook holds far more data than an order export can. Export fewer orders at a time (a shorter date range) or save the file as CSV, then import again.</source>
        <translation>工作簿中的数据远多于订单导出可能有的量。请每次少导出一些订单（缩短日期范围），或将文件另存为 CSV，然后重新导入。</translation>
    </message>
    <message>
        <source>The worksheet says it spans {rows} rows × {columns} columns, far more than an order export (at most {limit} columns or {cells} cells). Open the file in Excel or WPS, save it again as .xlsx (or as CSV) and import that file.</source>
        <translation>工作表声明的范围有 {rows} 行 × {columns} 列，远超订单导出的大小（最多 {limit} 列或 {cells} 个单元格）。请用 Excel 或 WPS 打开文件，重新另存为 .xlsx（或 CSV），再导入新文件。</translation>
    </message>
    <message>
        <source>The worksheet is too large to import: it uses {rows} rows × {columns} columns (at most {limit} columns or {cells} cells fit). Delete the cells far outside the order table, or export fewer orders at a time (a shorter date range), then import again.</source>
        <translation>工作表太大，无法导入：它用到了 {rows} 行 × {columns} 列（最多 {limit} 列或 {cells} 个单元格）。请删除订单表格以外远处的单元格，或每次少导出一些订单（缩短日期范围），然后重新导入。</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete (it cannot be opened as an Excel workbook). Download or export it again and import the new file.</source>
        <translation>文件已损坏或不完整（无法作为 Excel 工作簿打开）。请重新下载或导出，再导入新文件。</translation>
    </message>
    <message>
        <source>The workbook has no sheet with column names and rows. Export the orders again and import that file.</source>
        <translation>工作簿里没有带列名和数据的工作表。请重新导出订单后再导入。</translation>
    </message>
    <message>
        <source>Row {row}: “{column}” is a number of 16+ digits that Excel may have rounded ({value}). If it is an order number, export the file again with that column as text.</source>
        <translation>第 {row} 行：“{column}”是 16 位以上的数字，Excel 可能已把它四舍五入（{value}）。如果这是订单号，请把这一列设为文本格式后重新导出。</translation>
    </message>
    <message>
        <source>Cancelled: nothing from this file was imported.</source>
        <translation>已取消：这个文件的内容都没有导入。</translation>
    </message>
    <message>
        <source>Cancelled: this file was not imported.</source>
        <translation>已取消：这个文件没有导入。</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <source>Not imported: it was to be joined with {name}, which was rejected.</source>
        <translation>未导入：它要与 {name} 合并导入，而那个文件被拒绝了。</translation>
    </message>
    <message>
        <source>no order number</source>
        <translation>没有订单号</translation>
    </message>
    <message>
        <source>No order number column was found. Import the file exactly as the seller center exported it.</source>
        <translation>没有找到订单号这一列。请直接导入卖家中心导出的原始文件。</translation>
    </message>
    <message>
        <source>duplicate row (the same line appears earlier in the file)</source>
        <translation>重复行（文件前面已有完全相同的一行）</translation>
    </message>
    <message>
        <source>duplicate row: order {order} already appears in row {row}</source>
        <translation>重复行：订单 {order} 已在第 {row} 行出现</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) belong to people whose personal data was erased at their request: the orders count, but no name, phone or address was stored again.</source>
        <translation>
            <numerusform>%n 个订单属于已应本人要求清除个人资料的人：订单照常计入，但没有再保存姓名、电话或地址。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No order could be imported: all %n row(s) have problems (see the skipped rows). Fix the file or export it again.</source>
        <translation>
            <numerusform>没有可导入的订单：%n 行都有问题（见跳过的行）。请修正文件或重新导出。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no order data (only the column names). Choose a longer time range in the seller center and export again.</source>
        <translation>没有订单数据（文件里只有列名）。请在卖家中心选择更长的时间范围后重新导出。</translation>
    </message>
    <message>
        <source>Importing {name}: building the indexes…</source>
        <translation>正在导入 {name}：建立索引…</translation>
    </message>
    <message>
        <source>Importing {name}: updating customer totals…</source>
        <translation>正在导入 {name}：更新客户累计…</translation>
    </message>
    <message>
        <source>Importing {name}: updating the search index…</source>
        <translation>正在导入 {name}：更新搜索索引…</translation>
    </message>
    <message>
        <source>Importing {name}: saving…</source>
        <translation>正在导入 {name}：保存…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) belong to people whose personal data was erased at their request: they were not imported.</source>
        <translation>
            <numerusform>%n 行属于已应本人要求清除个人资料的人：这些行没有导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>No column was chosen for the order number: orders cannot be told apart without it.</source>
        <translation>没有选择订单号所在的列：没有订单号，无法区分订单。</translation>
    </message>
    <message>
        <source>Unrecognised table: it is not a known platform&apos;s order export and has no name, mobile or WeChat column. Check that you chose the right file, or map its columns by hand (File → Import orders…, then choose the columns).</source>
        <translation>无法识别的表格：它不是已知平台的订单导出，也没有姓名、手机或微信列。请确认选对了文件，或手动指定各列的含义（文件 → 导入订单…，然后选择列）。</translation>
    </message>
    <message>
        <source>{field} in “{column}”</source>
        <translation>{field}在“{column}”列</translation>
    </message>
    <message>
        <source>Not a known platform&apos;s export, but it looks like a table of orders: {columns}. Nothing was imported: confirm these columns first (File → Import orders… shows them).</source>
        <translation>不是已知平台导出的表格，但看起来是一张订单表：{columns}。尚未导入任何内容：请先确认这些列（文件 → 导入订单… 会列出它们）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>no mobile number, WeChat ID or name with address to recognise this customer</source>
        <translation>没有手机号、微信号或“姓名+地址”，无法识别这位客户</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <source>Refund status</source>
        <translation>退款状态</translation>
    </message>
    <message>
        <source>Order time</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Payment time</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>订单总额</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Amount refunded</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>收货人</translation>
    </message>
    <message>
        <source>Receiver&apos;s mobile</source>
        <translation>收货人手机</translation>
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
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Buyer ID</source>
        <translation>买家ID</translation>
    </message>
    <message>
        <source>Buyer nickname</source>
        <translation>买家昵称</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Product options</source>
        <translation>商品规格</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Buyer&apos;s message</source>
        <translation>买家留言</translation>
    </message>
    <message>
        <source>Seller&apos;s note</source>
        <translation>卖家备注</translation>
    </message>
</context>
</TS>
