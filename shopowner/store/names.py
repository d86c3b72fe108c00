"""A customer's name in SQL: the same rule as :func:`shopowner.vocab.names.name_of` (the first of
name, nickname and WeChat name that is not empty, else ``''``), for queries that return the name
with their rows. ``tests/unit/test_vocab.py`` checks the two agree on awkward rows.

The customer list sorts by its own indexed expression (``customer_query.SORTS["name"]``: name,
else nickname), the first two steps of this rule.
"""

from __future__ import annotations


def customer_name(alias: str = "c") -> str:
    """The expression over the customers row called ``alias``."""
    return (f"coalesce(nullif({alias}.name, ''), nullif({alias}.nickname, ''), "
            f"nullif({alias}.wechat_name, ''), '')")


CUSTOMER_NAME = customer_name("c")
