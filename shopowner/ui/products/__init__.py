"""商品: the products area (the list, search, the edit dialog)."""

from __future__ import annotations


def build(window):
    from shopowner.ui.products.area import ProductsArea

    return ProductsArea(window)
