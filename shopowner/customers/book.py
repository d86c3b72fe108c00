"""Adding and editing customers by hand (met on WeChat or offline), tagging them, deleting and
erasing them: the writes the GUI and the CLI share."""

from __future__ import annotations

from shopowner.i18n import translate
from shopowner.imports import clean
from shopowner.store import Database
from shopowner.store.customers import (
    add_customer, add_identity, ensure_tag, get_customer, list_tags, refresh_customer_totals,
    tag_customers, untag_customers, update_customer,
)
from shopowner.store.erased import was_erased

_PLAIN = ("name", "nickname", "province", "city", "district", "address", "notes")


def add_customer_by_hand(db: Database, values: dict) -> int:
    """A new customer from the add dialog; ``phone`` becomes a phone identity."""
    values = {k: (v or "").strip() for k, v in values.items()}
    if not any(values.get(k) for k in ("name", "nickname", "phone", "wechat_name")):
        raise ValueError(translate("Customers", "Type at least a name, a nickname, a phone or a "
                                                "WeChat name, so you can find this customer again."))
    with db.atomic():
        fields = {k: values[k] for k in _PLAIN if values.get(k)}
        if values.get("wechat_name"):
            fields.update(wechat_status="added", wechat_name=values["wechat_name"])
        cid = add_customer(db, **fields)
        phone = values.get("phone", "").replace(" ", "").replace("-", "")
        if phone:
            add_identity(db, cid, "phone", phone, platform="manual")
        refresh_customer_totals(db, [cid])
    return cid


def asked_to_be_erased(db: Database, values: dict, customer_id: int | None = None) -> bool:
    """Whether the add/edit dialog's values name a person whose personal data was erased at
    their request (the same mobile, or the same name and address), or fill in an erased
    customer again. The front ends then warn and ask before storing them."""
    values = {k: (v or "").strip() for k, v in values.items()}
    if customer_id is not None:
        customer = get_customer(db, customer_id) or {}
        if customer.get("erased_at") and any(
                values.get(k) and values[k] != (customer.get(k) or "")
                for k in (*_PLAIN, "wechat_name")):
            return True
    keys = []
    mobile = clean.mobile(values.get("phone", ""))
    if mobile:
        keys.append(("phone", "", mobile))
    name, detail = values.get("name", ""), values.get("address", "")
    if name and len(detail) >= 4 and not clean.is_masked(name):
        keys.append(("name_address", "", clean.address_key(name, values.get("district", ""),
                                                           detail)))
    return bool(keys) and was_erased(db, keys)


def erased_warning() -> str:
    return translate("Customers", "This person asked to have their personal data erased, and it "
                                  "was. Store their details again only if they have asked you "
                                  "to (for example, they bought again and want to be contacted).")


def edit_fields(values: dict) -> dict:
    """The customer fields the edit dialog's values set: a WeChat name means added; clearing it
    means not added."""
    values = {k: (v or "").strip() for k, v in values.items() if k != "phone"}
    fields = {k: values[k] for k in _PLAIN if k in values}
    if "wechat_name" in values:
        fields["wechat_name"] = values["wechat_name"]
        fields["wechat_status"] = "added" if values["wechat_name"] else "none"
    return fields


def edit_customer(db: Database, customer_id: int, values: dict, *,
                  expected_version: int | None = None) -> int | None:
    """Save the edit dialog (:func:`edit_fields`); returns the customer's version after it.
    ``expected_version``: only over that version (else :class:`~shopowner.store.errors.RowChanged`,
    nothing written)."""
    with db.atomic():
        return update_customer(db, customer_id, expected_version=expected_version, **edit_fields(values))


def erase_personal_data(db: Database, data_dir, customer_id: int, *, purge_backups: bool = False,
                        progress=None) -> dict:
    """PIPL erase (:func:`erase_customer`) plus the customer's attachment files on disk, and
    with ``purge_backups`` the same person taken out of every backup in the data folder
    (``result["backups"]``: what :func:`purge_backups` returned)."""
    from shopowner.followups.attachments import remove_orphan_files
    from shopowner.staff.permissions import ERASE, require
    from shopowner.store.customer_privacy import erase_customer, purge_backups as purge

    require(db, ERASE)  # team mode: the founder, or staff allowed to
    result = erase_customer(db, customer_id, progress=progress)
    remove_orphan_files(db, data_dir)
    if purge_backups:
        result["backups"] = purge(db, data_dir, result, progress=progress)
    return result


def delete_customer_and_files(db: Database, data_dir, customer_id: int) -> dict:
    """Delete the customer (:func:`delete_customer`) and their attachment files on disk."""
    from shopowner.followups.attachments import remove_orphan_files
    from shopowner.staff.permissions import ERASE, require
    from shopowner.store.customer_privacy import delete_customer

    require(db, ERASE)
    result = delete_customer(db, customer_id)
    remove_orphan_files(db, data_dir)
    return result


class CustomerError(ValueError):
    """A customer-book write that cannot be done; ``str()`` says why (nothing was written)."""


def tag_customers_by_name(db: Database, customer_ids, name: str, colour: str | None = None) -> int:
    """Tag the customers with the tag called ``name``, made (with ``colour``) when new; a colour
    given for an existing tag recolours it. One transaction; returns the tag's id."""
    name = (name or "").strip()
    if not name:
        raise CustomerError(translate("Customers", "Type the tag's name."))
    with db.atomic():
        tag_id = ensure_tag(db, name, colour)
        tag_customers(db, customer_ids, tag_id)
    return tag_id


def untag_customers_by_name(db: Database, customer_ids, name: str) -> bool:
    """Take the tag called ``name`` off the customers; False when the shop has no such tag."""
    tag_id = next((t["id"] for t in list_tags(db) if t["name"] == (name or "").strip()), None)
    if tag_id is None:
        return False
    untag_customers(db, customer_ids, tag_id)
    return True
