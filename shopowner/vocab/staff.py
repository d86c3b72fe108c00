"""Staff (员工, team mode): the roles ``staff.role`` holds, what a staff member may be allowed
besides the everyday work (the ``staff.may_*`` columns), and the words for them."""

from __future__ import annotations

from shopowner.i18n import translate

ROLES = ("founder", "staff")
# allowance key → its column in ``staff``
ALLOWANCES = {"export": "may_export", "erase": "may_erase", "phones": "may_see_phones"}


def role_label(role: str) -> str:
    return {
        "founder": translate("Staff", "Founder"),
        "staff": translate("Staff", "Staff member"),
    }.get(role, role)


def allowance_label(key: str) -> str:
    """What the allowance lets a staff member do, in the owner's words."""
    return {
        "export": translate("Staff", "Export the book"),
        "erase": translate("Staff", "Erase or delete customers"),
        "phones": translate("Staff", "See full phone numbers"),
    }.get(key, key)
