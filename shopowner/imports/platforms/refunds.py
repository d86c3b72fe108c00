"""Refunds, read from every column that carries them.

An order's own status often says only 已关闭 / 已取消 / 交易关闭 (or even 已完成) while its
after-sale and refund columns tell that money went back to the buyer. Platforms write those
columns per order (订单已退款金额, Taobao 退款金额) or per item line (抖店 售后状态 per sub-order,
微信小店 商品售后 / 商品已退款金额, 有赞 商品退款状态 / 商品已退款金额); item-line values are
summed per order.

The fields a platform maps:

- ``after_sale`` / ``refund_state``: the after-sale or refund state text of the order or line;
- ``refund``: an amount refunded on the whole order (taken once);
- ``item_refund``: an amount refunded on one item line (summed over the order's lines).

A refund applied for and then rejected or withdrawn (退款关闭, 售后关闭, 拒绝退款, 无售后或售后
取消…) is no refund, nor is an exchange (换货). A refund still in progress (退款中, 待买家退货) is
not counted until it completes.
"""

from __future__ import annotations

from shopowner.imports import clean

DONE = "done"
REJECTED = "rejected"

_NOT_A_REFUND = ("关闭", "取消", "拒绝", "撤销", "撤回", "驳回", "失败", "没有", "未申请", "无售后",
                 "换货", "不退款")
_COMPLETED = ("退款成功", "退货成功", "退款完成", "退货完成", "已退款", "已退货退款", "售后完成",
              "售后成功", "全额退款", "部分退款", "退款已完成")
_IN_PROGRESS = ("退款中", "处理中", "待", "申请", "审核")


def refund_state(text: str) -> str:
    """``"done"`` for a completed refund, ``"rejected"`` for one refused, withdrawn or never
    applied for, ``""`` for none written or one still in progress."""
    s = (text or "").strip()
    if not s or s in ("无", "-", "--", "——", "否"):
        return ""
    if any(w in s for w in _NOT_A_REFUND):
        return REJECTED
    if any(w in s for w in _IN_PROGRESS):
        return ""
    if any(w in s for w in _COMPLETED):
        return DONE
    return ""


def _line_state(row: dict) -> str:
    states = {refund_state(row.get("after_sale", "")), refund_state(row.get("refund_state", ""))}
    if DONE in states:
        return DONE
    return REJECTED if REJECTED in states else ""


def _line_value(row: dict, per_line_paid: bool) -> int | None:
    """What one refunded line was worth when no amount is written for it."""
    money_fen = clean.money_fen
    if per_line_paid:
        return money_fen(row.get("paid", ""))
    amount = money_fen(row.get("item_amount", ""))
    if amount is None:
        price = money_fen(row.get("price", ""))
        if price is not None:
            amount = price * clean.quantity(row.get("quantity", ""))
    return amount


def refund_of(rows: list[dict], order_refund: int | None, paid: int,
              per_line_paid: bool) -> tuple[bool, int]:
    """(a completed refund was seen, the amount refunded in fen) for one order's ``rows`` (its
    item lines, or its one row). ``order_refund`` is the order-level refund amount, if any;
    ``per_line_paid`` says each line carries its own paid amount (抖店 sub-orders)."""
    done = False
    lines = 0
    unknown = False  # a line refunded without an amount we can tell
    for row in rows:
        state = _line_state(row)
        if state == REJECTED:
            continue
        amount = clean.money_fen(row.get("item_refund", ""))
        if amount and amount > 0:
            done = True
            lines += amount
        elif state == DONE:
            done = True
            value = _line_value(row, per_line_paid) if len(rows) > 1 else None
            if value:
                lines += value
            else:
                unknown = True
    if order_refund and order_refund > 0:
        refund = order_refund
        done = True
    elif unknown:
        refund = paid
    else:
        refund = lines
    if paid > 0:
        refund = min(refund, paid)
    return done, max(refund, 0)


def settle(status: str, done: bool, refund: int, paid: int) -> tuple[str, int]:
    """The order's status and refund once its refund columns are read: a closed order with a
    completed refund, or any paid order refunded in full, is ``refunded``; a partial refund
    keeps the order's status and its amount."""
    if status == "refunded":
        return status, refund or paid
    if status == "unpaid":
        return status, 0
    if not (done or refund):
        return status, 0
    if status == "closed" or (paid > 0 and refund >= paid):
        return "refunded", refund or paid
    return status, refund
