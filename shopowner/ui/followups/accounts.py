"""The account / staff combo boxes: the founder at once, the names already used in the shop
added when a background read brings them (reading them scans every add, follow-up and customer)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from shopowner import tasks
from shopowner.followups.redeem import account_choices, founder_account


def fill_account_choices(combo: QComboBox, window) -> None:
    """Offer the founder now and every known account soon after; what staff typed stays."""
    founder = founder_account(window.db)
    if founder:
        combo.addItem(founder)
    task = tasks.start_with_db(window.data_dir, account_choices, owner=combo)
    task.signals.succeeded.connect(lambda names: _add_missing(combo, names))


def _add_missing(combo: QComboBox, names: list[str]) -> None:
    text, had_items = combo.currentText(), combo.count() > 0
    known = {combo.itemText(i) for i in range(combo.count())}
    combo.addItems([n for n in names if n not in known])
    if had_items or text:
        combo.setEditText(text)  # keep the founder, or what staff typed meanwhile
