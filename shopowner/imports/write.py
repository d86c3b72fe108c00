"""Write a chunk of normalised orders: new ones in bulk, known ones updated only where changed.

Existing orders keep their customer (a merge the owner made stays made) and their import id
(``orders.import_id`` says which import *brought* the order: "today's imports" are new orders).
Status never moves backwards: an order whose status would regress (an older export read after a
newer one) is left exactly as it is, and a refund never shrinks. Items from a title-only file
never replace richer stored items. An order whose customer's personal data was erased (PIPL)
takes only its status, amounts and times from a re-import: the buyer is not matched again and
nothing that names a person comes back. An order first read from an item-only file (Taobao
DetailList) sits with a placeholder customer until a file names its buyer; the placeholder then
goes (unless the owner used it), and the item-only file's status never undoes a refund, so the
files can come in either order. New and replaced items are written with their products (商品), made
in the same transaction when new.
"""

from __future__ import annotations

from operator import itemgetter

from shopowner.imports.identity import Resolver
from shopowner.imports.platforms.base import Order, Platform
from shopowner.store import orders as store
from shopowner.store.erased import ErasedKeys
from shopowner.store.products import product_ids

_compared = itemgetter(*store.COMPARED_FIELDS)
_item_values = itemgetter(*store.ITEM_COMPARED)
RANK = {"unpaid": 0, "paid": 1, "shipped": 2, "completed": 3, "closed": 4, "refunded": 4}
PARTIAL_FIELDS = ("status", "status_text")


class OrderWriter:
    def __init__(self, db, layout: Platform, import_id: int, resolver: Resolver):
        self.db, self.layout, self.import_id, self.resolver = db, layout, import_id, resolver
        self.orders = self.new_orders = self.updated_orders = 0
        self.erased_orders = 0  # stored orders of erased customers met again
        self.erased = ErasedKeys(db)  # new orders of erased people: counted in erased.met
        self.touched: set[int] = set()  # known customers whose orders changed
        self.gained: set[int] = set()  # known customers who only gained new orders
        self.placeholders_dropped = 0  # customers made for item-only rows, whose buyer is known now

    def write(self, orders: list[Order]) -> None:
        if not orders:
            return
        self.orders += len(orders)
        existing = store.existing_orders(self.db, self.layout.key,
                                         [o.platform_order_id for o in orders])
        stored_items = store.items_of(self.db, [e["id"] for e in existing.values()])
        plan = []  # (order, its stored self, its buyer's keys or None: its customer stays)
        for order in orders:
            before = existing.get(order.platform_order_id)
            erased = before is not None and before["customer_erased"]
            plan.append((order, before, None if erased else self._keys(order)))
        self.resolver.prepare(
            ((keys, order.nickname, order.address_key) for order, _b, keys in plan
             if keys is not None),
            customers=(e["customer_id"] for e in existing.values()))
        new_rows, new_items, changes, item_changes = [], [], [], []
        vacated: set[int] = set()
        for order, before, keys in plan:
            if keys is None:
                self.erased_orders += 1
                assert before is not None  # only a stored order can be an erased person's
                customer_id = before["customer_id"]
            else:
                customer_id = self._customer(order, before, keys)
            if before is None:
                if not self.resolver.is_new(customer_id):  # new ones: run.py adds them
                    self.gained.add(customer_id)
                order.fields["customer_id"] = customer_id
                order.fields["import_id"] = self.import_id
                new_rows.append(order.fields)
                new_items.append(order.items)
                continue
            diff = self._diff(order, before)
            if customer_id != before["customer_id"]:
                diff["customer_id"] = customer_id
                if before["customer_anonymous"]:
                    vacated.add(before["customer_id"])
            items = [_item_values(i) for i in order.items]
            replace = (order.items and items != stored_items.get(before["id"], [])
                       and not (self._title_only(order) and stored_items.get(before["id"])))
            if diff:
                changes.append((before["id"], diff))
            if replace:
                item_changes.append((before["id"], order.items))
            if diff or replace:
                self.updated_orders += 1
                self.touched.update((customer_id, before["customer_id"]))
        self.resolver.flush()  # new customers first: orders refer to them
        self._link_products([*new_items, *(items for _id, items in item_changes)])
        store.insert_orders(self.db, new_rows, new_items)
        store.update_orders(self.db, changes)
        for order_id, items in item_changes:
            store.replace_items(self.db, order_id, items)
        if vacated:  # the book is then the same as if the buyer had been known from the start
            self.placeholders_dropped += store.drop_empty_placeholders(self.db, vacated)
        self.new_orders += len(new_rows)

    def _link_products(self, item_lists: list[list[dict]]) -> None:
        """Each item to be written gets its product (商品), made when new."""
        items = [item for lines in item_lists for item in lines]
        ids = product_ids(self.db, [(item["sku"], item["title"]) for item in items])
        for item, product_id in zip(items, ids, strict=True):
            item["product_id"] = product_id

    def _title_only(self, order: Order) -> bool:
        return bool(self.layout.title_separator) and not self.layout.item_rows([]) and all(
            i["price_fen"] == 0 for i in order.items)

    def _keys(self, order: Order) -> list:
        return self.resolver.keys(buyer_id=order.buyer_id, mobile=order.mobile,
                                  address_key=order.address_key)

    def _customer(self, order: Order, before: dict | None, keys: list) -> int:
        f = order.fields
        erased = self.erased.owner(keys)
        if erased is not None:  # asked to be erased: the order counts, nothing names them again
            self.erased.blank(f)
            return self.resolver.resolve([], existing=erased or None)
        customer = {"name": order.name or f["receiver_name"], "nickname": order.nickname,
                    "province": f["province"], "city": f["city"], "district": f["district"],
                    "address": f["address"] if order.name else ""}
        if order.partial:
            customer = {}
        existing = before["customer_id"] if before else None
        if before and before["customer_anonymous"] and keys:
            existing = None  # an order first seen without its buyer: now we know who it is
        return self.resolver.resolve(keys, existing=existing, nickname=order.nickname,
                                     address_key=order.address_key, customer=customer)

    def _diff(self, order: Order, before: dict) -> dict:
        if not order.partial and not before["customer_erased"]:
            try:
                if _compared(order.fields) == _compared(before):
                    return {}  # unchanged: the common case when an export is imported again
            except KeyError:  # a layout without some field: compared one by one below
                pass
        fields = PARTIAL_FIELDS if order.partial else store.COMPARED_FIELDS
        if before["customer_erased"]:
            fields = tuple(f for f in fields if f in store.NON_PERSONAL_FIELDS)
        diff = {f: order.fields[f] for f in fields
                if f in order.fields and order.fields[f] != before[f]}
        if "status" in diff and RANK[diff["status"]] < RANK[before["status"]]:
            return {}  # an older export than the one already read: it changes nothing
        if order.partial and "status" in diff and RANK[diff["status"]] == RANK[before["status"]]:
            # an item-only file has no close reason: its 交易关闭 must not undo a refund
            diff.pop("status")
            diff.pop("status_text", None)
        if diff.get("refund_fen", before["refund_fen"]) < before["refund_fen"]:
            diff.pop("refund_fen")  # a refund is never taken back
        return diff
