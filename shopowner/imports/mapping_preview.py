"""How the first rows of a mapped table will read once imported: the owner checks a mapping on
these before confirming it (amounts as money, times as dates, statuses in our words, a cell that
will not read marked ⚠)."""

from __future__ import annotations

from shopowner.i18n import translate
from shopowner.imports import clean, generic
from shopowner.imports.order_mapping import (
    CUSTOMERS, GENERIC, ORDER_FIELDS, ORDERS, Mapping, MappedLayout, layout_for,
)
from shopowner.imports.platforms.base import MONEY_FIELDS, TIME_FIELDS
from shopowner.vocab.order_statuses import status_label

_MONEY = set(MONEY_FIELDS) | {"price"}


def field_label(field: str) -> str:
    """The owner's name for an order field (customer-list fields: :func:`generic.field_label`)."""
    return {
        "order_id": translate("Imports", "Order number"),
        "status": translate("Imports", "Order status"),
        "refund_state": translate("Imports", "Refund status"),
        "created_at": translate("Imports", "Order time"),
        "paid_at": translate("Imports", "Payment time"),
        "paid": translate("Imports", "Amount paid"),
        "total": translate("Imports", "Order total"),
        "postage": translate("Imports", "Postage"),
        "refund": translate("Imports", "Amount refunded"),
        "receiver_name": translate("Imports", "Receiver"),
        "mobile": translate("Imports", "Receiver's mobile"),
        "address": translate("Imports", "Address"),
        "province": translate("Imports", "Province"),
        "city": translate("Imports", "City"),
        "district": translate("Imports", "District"),
        "buyer_id": translate("Imports", "Buyer ID"),
        "nickname": translate("Imports", "Buyer nickname"),
        "title": translate("Imports", "Product"),
        "spec": translate("Imports", "Product options"),
        "quantity": translate("Imports", "Quantity"),
        "price": translate("Imports", "Unit price"),
        "buyer_message": translate("Imports", "Buyer's message"),
        "seller_note": translate("Imports", "Seller's note"),
    }[field]


def label_of(kind: str, field: str) -> str:
    return field_label(field) if kind == ORDERS else generic.field_label(field)


def fields_of(kind: str) -> tuple[str, ...]:
    return ORDER_FIELDS if kind == ORDERS else generic.FIELDS


def platform_choice_label(key: str) -> str:
    from shopowner.imports.platforms import platform_label

    return platform_label("generic_orders" if key == GENERIC else key)


def preview(mapping: Mapping, headers: list[str], rows: list[list[str]]) -> tuple[list[str],
                                                                                   list[list[str]]]:
    """(column titles, cells) for the fields ``mapping`` fills, in the order the dialog lists
    them, for the first ``rows`` of the file."""
    fields = [f for f in fields_of(mapping.kind) if f in mapping.columns.values()]
    titles = [label_of(mapping.kind, f) for f in fields]
    position = {h: i for i, h in enumerate(headers) if h}
    column = {f: position[h] for h, f in mapping.columns.items() if h in position}
    layout: MappedLayout | None = layout_for(mapping) if mapping.kind == ORDERS else None
    out = []
    for cells in rows:
        raw = {f: clean.text(cells[i]) if i < len(cells) else "" for f, i in column.items()}
        out.append([_reads_as(mapping.kind, f, raw, layout) for f in fields])
    return titles, out


def _reads_as(kind: str, field: str, raw: dict, layout) -> str:
    value = raw.get(field, "")
    if not value:
        return ""
    if kind == CUSTOMERS:
        if field == "phone":
            return clean.mobile(value) or "⚠ " + value
        if field == "first_purchase":
            return (clean.date_time(value) or "⚠ " + value)[:10]
        return value
    if field in _MONEY:
        fen = clean.money_fen(value)
        return "⚠ " + value if fen is None else f"¥{fen / 100:,.2f}"
    if field in TIME_FIELDS:
        return clean.date_time(value) or "⚠ " + value
    if field == "status":
        return status_label(layout.status(value, raw))
    if field == "quantity":
        return str(clean.quantity(value)) if clean.quantity_in_range(value) else "⚠ " + value
    if field == "mobile":
        digits, masked = clean.phone(value)
        return value if masked else (digits or "⚠ " + value)
    return value
