"""The name a customer goes by, one rule for every screen, line, card and export:

1. erased: “(personal data erased)” (erasing blanks every name);
2. otherwise the first of the real name (receiver name), the nickname, the WeChat name that is not
   empty — :func:`name_of`, which ``store.names.CUSTOMER_NAME`` says in SQL for queries that
   return a customer's name with their rows;
3. nothing known: “customer #12” when the customer's number is at hand, else “(anonymous)”.

The customer's own title (detail pane, customer list) adds the nickname beside a different real
name: 张三（小张）. Names are stored trimmed (imports and the customer book trim them), so the
rule compares with the empty text only, as the SQL does.
"""

from __future__ import annotations

from shopowner.i18n import translate


def name_of(name: str | None, nickname: str | None = "", wechat_name: str | None = "") -> str:
    """Step 2 of the rule: the first name that is not empty, or ``""``."""
    return name or nickname or wechat_name or ""


def nameless(customer_id: int | None = None) -> str:
    """Step 3: what stands for a customer with no name at all."""
    if customer_id is None:
        return translate("Customers", "(anonymous)")
    return translate("Customers", "customer #{id}").format(id=customer_id)


def display_name(name: str | None, nickname: str | None = "", wechat_name: str | None = "",
                 erased: bool = False, customer_id: int | None = None, *, both: bool = False) -> str:
    """The customer's name as a screen shows it (the whole rule). ``both``: a customer's own title,
    with a nickname that differs from the real name beside it."""
    if erased:
        return translate("Customers", "(personal data erased)")
    if both and name and nickname and nickname != name:
        return f"{name}（{nickname}）"
    return name_of(name, nickname, wechat_name) or nameless(customer_id)


def title_of(customer: dict) -> str:
    """A customer row's own title (detail pane, customer list, confirmations): the whole rule, with
    a different nickname beside the real name."""
    return display_name(customer.get("name"), customer.get("nickname"), customer.get("wechat_name"),
                        bool(customer.get("erased_at")), both=True)


def shown_name(name: str | None, customer_id: int | None) -> str:
    """A name a query returned by ``store.names.CUSTOMER_NAME`` (step 2 done), completed with
    step 3: “customer #12”; ``""`` for a row with no customer at all."""
    if customer_id is None:
        return ""
    return name or nameless(customer_id)
