"""Orders for the products tests, and the CLI's in-process runner and small shop
(``tests/cli/conftest.py``) for the products commands."""

from shopowner.store.customers import add_customer
from shopowner.store.orders import add_order
from shopowner.store.products import link_items
from tests.cli.conftest import book, cli  # noqa: F401  (fixtures, found by name)


def order(db, number: str, items: list[dict], *, status: str = "completed", day: str = "2026-11-01") -> int:
    """One order of a new customer with these items, linked to its products as an import links them."""
    with db.atomic():
        cid = add_customer(db, name=f"买家{number}")
        order_id = add_order(db, dict(platform="taobao", platform_order_id=number, customer_id=cid,
                                      status=status, created_at=f"{day} 10:00:00"),
                             [{"quantity": 1, "price_fen": 0, "amount_fen": 0, **item} for item in items])
        link_items(db, [order_id])
    return order_id
