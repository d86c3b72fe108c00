"""The benchmark's generated Taobao OrderList (GBK, 61 columns, as the seller center writes it)."""

from __future__ import annotations

import random
from pathlib import Path

HEADER = ("订单编号,买家会员名,买家支付宝账号,支付单号,支付详情,买家应付货款,买家应付邮费,买家支付积分,总金额,"
          "返点积分,买家实际支付金额,买家实际支付积分,订单状态,买家留言,收货人姓名,收货地址 ,运送方式,联系电话 ,"
          "联系手机,订单创建时间,订单付款时间 ,宝贝标题 ,宝贝种类 ,物流单号 ,物流公司,订单备注,宝贝总数量,店铺Id,"
          "店铺名称,订单关闭原因,卖家服务费,买家服务费,发票抬头,是否手机订单,分阶段订单信息,特权订金订单id,"
          "是否上传合同照片,是否上传小票,是否代付,定金排名,修改后的sku,修改后的收货地址,异常信息,天猫卡券抵扣,"
          "集分宝抵扣,是否是O2O交易,新零售交易类型,新零售导购门店名称,新零售导购门店id,新零售发货门店名称,"
          "新零售发货门店id,退款金额,预约门店,确认收货时间,打款商家金额,含应开票给个人的个人红包,是否信用购,"
          "体验期结束时间,前N有礼,配送类型,主订单编号").split(",")
STATUSES = ("交易成功",) * 6 + ("卖家已发货，等待买家确认",) * 2 + ("买家已付款，等待卖家发货", "交易关闭",
                                                                "等待买家付款")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鑫宇浩然子涵思琪雨桐晓峰"
PLACES = [("浙江省", "杭州市", "西湖区"), ("江苏省", "南京市", "鼓楼区"), ("广东省", "深圳市", "南山区"),
          ("上海", "上海市", "浦东新区"), ("北京", "北京市", "朝阳区"), ("四川省", "成都市", "武侯区")]
TITLES = ["明前龙井 250g 2024新茶 西湖产区 罐装", "正山小种 200g 桐木关红茶 礼盒", "安吉白茶 125g 珍稀白茶",
          "云南普洱熟茶饼 357g 2018年勐海料", "耐热玻璃公道杯 300ml 带茶漏"]


def q(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def generate(path: Path, orders: int, seed: int = 7, *, first: int = 0,
             buyers: int | None = None, month: int = 10) -> None:
    """A GBK OrderList as Taobao writes it: quoted fields, ="…" ids, CRLF; ~60% distinct buyers.

    ``first``: the number of the first order (order numbers, payment and waybill numbers follow
    from it, so files with different ``first`` share no order); ``buyers``: draw the buyers from
    this many (buyer *b* is the same person in every file: same member name, mobile, address);
    ``month``: of 2024, when the orders were placed."""
    rnd = random.Random(seed)
    buyers = buyers or max(1, int(orders * 0.6))
    with open(path, "w", encoding="gbk", newline="") as fh:
        fh.write(",".join(q(h) for h in HEADER) + "\r\n")
        for n in range(first, first + orders):
            b = rnd.randrange(buyers)
            name = SURNAMES[b % len(SURNAMES)] + GIVEN[(b // 7) % len(GIVEN)] + GIVEN[b % 11]
            prov, city, dist = PLACES[b % len(PLACES)]
            price = rnd.choice((8800, 12790, 16800, 27800, 29800))
            status = rnd.choice(STATUSES)
            oid = str(2043000000000000000 + n * 7919)
            day = 1 + n % 28
            created = f"2024-{month:02d}-{day:02d} {n % 24:02d}:{n % 60:02d}:{(n * 7) % 60:02d}"
            money = f"{price / 100:.2f}"
            row = {h: "" for h in HEADER}
            row.update({
                "订单编号": f'="{oid}"', "买家会员名": f"buyer_{b}", "买家支付宝账号": "138****1234",
                "支付单号": f'="2024100822{n:018d}"', "买家应付货款": money, "买家应付邮费": "0.00",
                "买家支付积分": "0", "总金额": money, "返点积分": "0", "买家实际支付金额": money,
                "买家实际支付积分": "0", "订单状态": status, "收货人姓名": name,
                "收货地址 ": f"{prov} {city} {dist} 文一西路{b % 300}号{b % 17}幢{b % 5 + 1}单元(310012)",
                "运送方式": "快递", "联系手机": f"'138{b:08d}", "订单创建时间": created,
                "订单付款时间 ": created, "宝贝标题 ": TITLES[n % len(TITLES)], "宝贝种类 ": "1",
                "物流单号 ": f"YT{n:013d}", "物流公司": "圆通速递", "宝贝总数量": "1", "店铺Id": "0",
                "店铺名称": "茗香茶舍", "订单关闭原因": "订单未关闭", "卖家服务费": "0", "买家服务费": "0元",
                "特权订金订单id": '=""', "是否上传合同照片": "否", "是否上传小票": "否", "是否代付": "否",
                "退款金额": "0.00", "打款商家金额": money, "主订单编号": f'="{oid}"',
            })
            fh.write(",".join(v if v.startswith("=") else q(v) for v in row.values()) + "\r\n")
