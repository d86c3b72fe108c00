"""The customer book's writes: add, edit, notes, stage, tags, merges, delete, erase, export.

Each goes through a core function, then announces what changed
(:mod:`shopowner.changes`) so the book redraws just those rows. Writes over many customers or
many rows (tagging or staging a selection, delete, erase, export) run on a worker with their
own connection; one-customer edits are single-row writes and run at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from shopowner.changes import (
    CARDS, FEEDBACK, FOLLOWUPS, ORDERS, REMINDERS, TAGS, customers_added, customers_edited,
    customers_removed,
)
from shopowner.customers.actions import merge_error_message
from shopowner.customers.book import (
    add_customer_by_hand, asked_to_be_erased, delete_customer_and_files, edit_fields, erase_personal_data,
    erased_warning, tag_customers_by_name,
)
from shopowner.customers.export import export_customers, export_matching
from shopowner.store.customer_duplicates import find_duplicates
from shopowner.store.customer_merge import MergeError, undo_merge
from shopowner.customers.versions import conflict_rows, save_edit
from shopowner.store.customers import get_customer, list_tags, set_stage, untag_customers
from shopowner.store.errors import RowChanged
from shopowner.ui.customers.dialogs import CustomerDialog, StageDialog, TagDialog
from shopowner.vocab.names import title_of

# everything a customer's removal takes with it
_WITH_CUSTOMER = (ORDERS, CARDS, FOLLOWUPS, FEEDBACK, REMINDERS)


def _tag(db, ids, name, colour, progress=None):
    tag_customers_by_name(db, ids, name, colour)


def _stage(db, ids, stage, progress=None):
    set_stage(db, ids, stage)


def _delete(db, data_dir, customer_id, progress=None):
    return delete_customer_and_files(db, data_dir, customer_id)


class CustomerEdits(QObject):
    """The area's writes; the area offers each of :data:`ACTIONS` as its own method."""

    ACTIONS = ("add_customer", "edit_customer", "save_profile", "set_stage", "stage_selection",
               "tag_selection", "untag", "undo_merge", "open_duplicates", "scan_duplicates",
               "delete_customer", "erase_customer", "export")

    def __init__(self, area):
        super().__init__(area)
        self.area = area
        self.window_ = area.window_

    def announce(self, change) -> None:
        self.window_.announce(change)

    def _store_anyway(self, values: dict, customer_id: int | None = None) -> bool:
        """Warn and ask before storing a person who asked to be erased."""
        if not asked_to_be_erased(self.window_.db, values, customer_id):
            return True
        return self.window_.dialogs.confirm(
            self.area, self.tr("This person asked to be erased"),
            erased_warning() + "\n\n" + self.tr("Store their details again?"))

    def add_customer(self) -> None:
        dialog = CustomerDialog(self.area)
        if not self.window_.dialogs.exec_dialog(dialog):
            return
        values = dialog.values()
        if not self._store_anyway(values):
            return
        cid = add_customer_by_hand(self.window_.db, values)
        text = (values.get("name") or values.get("nickname") or values.get("phone")
                or values.get("wechat_name"))
        self.area.search.blockSignals(True)
        self.area.search.setText(text)
        self.area.search.blockSignals(False)
        self.area.select_when_shown(cid, open_detail=True)
        self.area.model.set_query(search=text)
        self.announce(customers_added([cid], source="customers"))

    def edit_customer(self) -> None:
        cid = self.area.detail.customer_id
        customer = get_customer(self.window_.db, cid) if cid else None
        if not customer or cid is None:
            return
        dialog = CustomerDialog(self.area, customer)
        if self.window_.dialogs.exec_dialog(dialog) and self._store_anyway(dialog.values(), cid):
            self._save(cid, customer, edit_fields(dialog.values()))

    def save_profile(self, customer_id: int, notes: str, fields: dict, read: dict | None = None) -> None:
        """The detail pane's notes and own fields, saved over the row it read (``read``)."""
        self._save(customer_id, read, {"notes": notes, "custom_fields": fields})

    def _save(self, customer_id: int, read: dict | None, mine: dict) -> None:
        """Save a one-customer edit made on ``read`` (the row the editor showed; read now when not
        given): what someone else saved meanwhile is never written over without asking
        (:mod:`shopowner.customers.versions`)."""
        db = self.window_.db
        read = read or get_customer(db, customer_id)
        if read is None:
            return
        try:
            saved = save_edit(db, customer_id, read, mine, self._keep_mine)
        except RowChanged:  # deleted meanwhile (on another PC, in another window)
            self.window_.dialogs.warning(self.area, self.tr("Customer not saved"), self.tr(
                "This customer was deleted on another PC or in another window, so your change was "
                "not saved."))
            saved = None
        if saved is not None:
            self.area.detail.remember(saved)
        else:
            self.area.detail.reload()  # the book's, as it is now
        self.announce(customers_edited([customer_id], source="customers"))

    def _keep_mine(self, conflicts, now: dict) -> bool:
        return self.window_.dialogs.choose_version(
            self.area, self.tr("Someone else changed this customer"),
            self.tr("While you were editing, {name} was saved on another PC or in another window, "
                    "and these fields now differ. Keep yours (saved over theirs), or take what is "
                    "now in the book (your change is dropped)?").format(name=title_of(now)),
            conflict_rows(conflicts))

    def set_stage(self, ids: list[int], stage: str | None, read: dict | None = None) -> None:
        """Stage customers by hand; one customer (the detail pane's choice) is saved over the row
        the pane read, a selection in the background without a check."""
        if len(ids) == 1:
            self._save(ids[0], read, {"stage": stage})
        else:
            self.area.run_in_background(_stage, ids, stage, on_done=lambda _: self.announce(
                customers_edited(ids, source="customers")))

    def stage_selection(self) -> None:
        ids = self.area.selected_ids()
        if not ids:
            return self._nothing_selected()
        dialog = StageDialog(self.area)
        if self.window_.dialogs.exec_dialog(dialog):
            self.set_stage(ids, dialog.chosen())

    def tag_selection(self, ids: list[int] | None = None) -> None:
        ids = [i for i in (ids or self.area.selected_ids()) if i]
        if not ids:
            return self._nothing_selected()
        dialog = TagDialog(self.area, list_tags(self.window_.db),
                           self.tr("Tag the chosen customers ({n})").format(n=f"{len(ids):,}"))
        if not self.window_.dialogs.exec_dialog(dialog):
            return
        done = lambda _=None: self.announce(customers_edited(ids, TAGS, source="customers"))  # noqa: E731
        if len(ids) == 1:
            _tag(self.window_.db, ids, dialog.tag_name(), dialog.tag_colour())
            done()
        else:
            self.area.run_in_background(_tag, ids, dialog.tag_name(), dialog.tag_colour(),
                                   on_done=done)

    def untag(self, customer_id: int, tag_id: int) -> None:
        untag_customers(self.window_.db, [customer_id], tag_id)
        self.announce(customers_edited([customer_id], TAGS, source="customers"))

    def _nothing_selected(self) -> None:
        self.window_.dialogs.information(self.area, self.tr("Nothing selected"),
                                         self.tr("Select one or more customers in the table first "
                                                 "(Ctrl or Shift + click picks several)."))

    # merge and privacy -------------------------------------------------------------------------
    def undo_merge(self, merge_id: int) -> None:
        try:
            kept, merged = undo_merge(self.window_.db, merge_id)
        except MergeError as exc:
            self.window_.dialogs.warning(self.area, self.tr("Cannot undo"), merge_error_message(exc))
            return
        self.announce(customers_removed([kept, merged], *_WITH_CUSTOMER, source="customers"))

    def open_duplicates(self) -> None:
        from shopowner.ui.customers.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self.window_, self.area)
        self.window_.dialogs.exec_dialog(dialog)
        self.area.update_duplicates()

    def scan_duplicates(self) -> None:
        def done(added):
            self.area.update_duplicates()
            self.window_.statusBar().showMessage(
                self.tr("New possible duplicates found: {n}").format(n=added), 8000)
            if self.area.dupes_pending:
                self.open_duplicates()
        self.area.run_in_background(find_duplicates, on_done=done)

    def delete_customer(self, customer_id: int | None) -> None:
        customer = get_customer(self.window_.db, customer_id) if customer_id else None
        if not customer or customer_id is None:
            return
        name = title_of(customer)
        if not self.window_.dialogs.confirm(
                self.area, self.tr("Delete customer"),
                self.tr("Delete {name} with everything recorded for them (orders: {n}, follow-ups, "
                        "tags)? This cannot be undone. To keep the orders for your accounts, use "
                        "“Erase personal data” instead.").format(name=name,
                                                                 n=customer["order_count"])):
            return

        def done(_):
            if self.area.detail.customer_id == customer_id:
                self.area.detail.show_customer(None)
            self.announce(customers_removed([customer_id], *_WITH_CUSTOMER, source="customers"))
        self.area.run_in_background(_delete, self.window_.data_dir, customer_id, on_done=done)

    def erase_customer(self, customer_id: int | None) -> None:
        from shopowner.store.customer_privacy import backup_files
        from shopowner.ui.customers.erase_dialog import EraseDialog

        customer = get_customer(self.window_.db, customer_id) if customer_id else None
        if not customer or customer_id is None:
            return
        name = title_of(customer)
        dialog = EraseDialog(self.area, name, len(backup_files(self.window_.data_dir)))
        if not self.window_.dialogs.exec_dialog(dialog):
            return
        purge = dialog.purge_backups()

        def done(result):
            self.announce(customers_edited([customer_id], *_WITH_CUSTOMER, source="customers"))
            self._erased(result)
        self.area.run_in_background(  # the progress says what it waits for (a reader, a backup…)
            erase_personal_data, self.window_.data_dir, customer_id, purge_backups=purge,
            on_done=done, on_progress=lambda _d, _t, text: text and self.window_.statusBar(
            ).showMessage(text, 5000))

    def _erased(self, result: dict) -> None:
        """Say what the erase could not finish: a reader holding the old text, backups."""
        problems = []
        if not result.get("clean", True):
            problems.append(self.tr(
                "Another program (or another ShopOwner window) is still reading the shop file, so "
                "the erased text stays in the file until it closes. Close it now."))
        backups = result.get("backups")
        if backups and backups["failed"]:
            problems.append(self.tr("These backups could not be cleaned and were left as they "
                                    "were:") + "\n" + "\n".join(backups["failed"]))
        if problems:
            self.window_.dialogs.warning(self.area, self.tr("Erase personal data"),
                                         "\n\n".join(problems))
        elif backups is not None:
            self.window_.statusBar().showMessage(self.tr(
                "Personal data erased, also from %n backup(s).", "", backups["files"]), 10000)
        else:
            self.window_.statusBar().showMessage(self.tr("Personal data erased."), 8000)

    # export ------------------------------------------------------------------------------------
    def export(self, selected_only: bool, for_wechat: bool = False) -> None:
        """Export the selected customers or everyone the list shows; ``for_wechat``: the columns
        for tagging in WeChat (WeChat name and remark, tags, a suggested remark)."""
        ids = self.area.selected_ids() if selected_only else None
        if selected_only and not ids:
            return self._nothing_selected()
        if not selected_only and not (self.area.model.rowCount() or self.area.model.total):
            return self._nothing_selected()  # the count is known before the first rows arrive
        path = self.window_.dialogs.save_file(self.area, self.tr("Export customers"), "customers.xlsx",
                                              self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
        if not path:
            return
        if not path.lower().endswith((".xlsx", ".csv")):
            path += ".xlsx"
        mask = not self.area.full_phones.isChecked()
        done = lambda n: self.window_.statusBar().showMessage(  # noqa: E731
            self.tr("Exported to {path} (customers: {n})").format(path=path, n=f"{n:,}"), 10000)
        if ids is not None:
            self.area.run_in_background(export_customers, ids, path, mask_phones=mask,
                                        for_wechat=for_wechat, on_done=done)
        else:  # everyone the list matches: the ids are found on the worker too
            args = self.area.model.query_args()
            self.area.run_in_background(export_matching, path, args["filters"], args["search"],
                                   sort=args["sort"], descending=args["descending"],
                                   mask_phones=mask, for_wechat=for_wechat, on_done=done)
