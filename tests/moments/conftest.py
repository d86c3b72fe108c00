"""A small shop for the 朋友圈 tests: the CLI tests' book (张三, 李四, 王五 with their orders) and
two products made from order items, one of them private-only; the CLI's in-process runner."""

from __future__ import annotations

from shopowner.products.catalogue import list_products, set_product
from tests.cli.conftest import book, cli  # noqa: F401  (fixtures, found by name)
from tests.products.conftest import order


def products(db) -> dict[str, int]:
    """{"tea": a private-only product, "pot": an ordinary one}."""
    order(db, "P1", [dict(title="私房白茶饼 357g", sku="BC-357", amount_fen=26800)])
    order(db, "P2", [dict(title="紫砂壶 西施", sku="ZS-01", amount_fen=39900)])
    ids = {p.sku: p.id for p in list_products(db)}
    set_product(db, ids["BC-357"], private_only=True)
    return {"tea": ids["BC-357"], "pot": ids["ZS-01"]}


def image(folder, name: str = "新茶.png", body: bytes = b"\x89PNG\r\n\x1a\n fake tea") -> str:
    path = folder / name
    path.write_bytes(body)
    return str(path)
