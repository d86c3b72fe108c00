"""The customer book's writes: add, edit, notes, stage, tags, merges, delete, erase, export.

Each goes through a core function, then announces what changed
(:mod:`shopowner.changes`) so the book redraws just those rows. Nothing runs on the GUI thread:
writes over many customers or many rows (tagging or staging a selection, delete, erase, export)
run on the area's one background job (its progress bar); one-customer edits are written by
:mod:`shopowner.ui.background`, one save after the other, and what a dialog shows is read the
same way before it opens. A question a save raises (this person asked to be erased; someone
else changed the customer) comes back from the worker, is asked here, and the save runs again
with the answer.
"""

from __future__ import annotations

from dataclasses import dataclass

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
from shopowner.ui import background
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


# the workers' side of the one-customer edits ----------------------------------------------------
@dataclass
class _Ask:
    """A save stopped before writing anything, for a question: ``erased`` (this person asked to
    be erased) or ``conflicts`` (someone else changed the customer; ``now`` is their row)."""

    erased: bool = False
    conflicts: list | None = None
    now: dict | None = None


class _Question(Exception):
    def __init__(self, conflicts, now):
        super().__init__("asked")
        self.conflicts, self.now = conflicts, now


def _add_by_hand(db, values: dict, anyway: bool):
    if not anyway and asked_to_be_erased(db, values, None):
        return _Ask(erased=True)
    return add_customer_by_hand(db, values)


def _save_customer(db, customer_id: int, read: dict | None, mine: dict, erased_check: dict | None,
                   answer: tuple[bool, int | None] | None):
    """Save ``mine`` over ``read`` (read now when None). Returns the row the save left, ``None``
    (the owner took the book's), ``"gone"`` (no such customer), ``"deleted"`` (deleted
    meanwhile) or an :class:`_Ask`. ``answer`` is (keep mine, the version it was given for)."""
    if erased_check is not None and asked_to_be_erased(db, erased_check, customer_id):
        return _Ask(erased=True)
    read = read or get_customer(db, customer_id)
    if read is None:
        return "gone"

    def ask(conflicts, now):
        if answer is not None and answer[1] == now.get("version"):
            return answer[0]
        raise _Question(conflicts, now)
    try:
        return save_edit(db, customer_id, read, mine, ask)
    except _Question as question:
        return _Ask(conflicts=question.conflicts, now=question.now)
    except RowChanged:  # deleted meanwhile (on another PC, in another window)
        return "deleted"


def _customer_and_backups(db, customer_id: int, data_dir):
    from shopowner.store.customer_privacy import backup_files

    return get_customer(db, customer_id), len(backup_files(data_dir))


class CustomerEdits(QObject):
    """The area's writes; the area offers each of :data:`ACTIONS` as its own method."""

    ACTIONS = ("add_customer", "edit_customer", "save_profile", "set_stage", "stage_selection",
               "tag_selection", "untag", "undo_merge", "open_duplicates", "scan_duplicates",
               "delete_customer", "erase_customer", "export")

    def __init__(self, area):
        super().__init__(area)
        self.area = area
        self.window_ = area.window_
        self._saving = False
        self._pending = 0  # reads and writes running
        self._queued: list[tuple] = []  # saves asked for while one runs
        self._left: dict[tuple[int, int | None], dict] = {}  # (id, version saved over) → row left

    def announce(self, change) -> None:
        self.window_.announce(change)

    def _erased_anyway(self) -> bool:
        """Asked before storing a person who asked to be erased."""
        return self.window_.dialogs.confirm(
            self.area, self.tr("This person asked to be erased"),
            erased_warning() + "\n\n" + self.tr("Store their details again?"))

    @property
    def busy(self) -> bool:
        """A read or a write of these edits runs (or a save waits its turn)."""
        return self._pending > 0 or self.saving

    def _count(self, task):
        self._pending += 1
        task.signals.done.connect(self._one_done)
        return task

    def _one_done(self) -> None:
        self._pending -= 1

    def _write(self, fn, *args, on_done, **kwargs):
        return self._count(background.write(self.area, fn, *args, on_done=on_done,
                                            data_dir=self.window_.data_dir, **kwargs))

    def _read(self, fn, *args, on_result, **kwargs) -> None:
        self._count(background.read(self.area, fn, *args, on_result=on_result,
                                    data_dir=self.window_.data_dir, **kwargs))

    def add_customer(self) -> None:
        dialog = CustomerDialog(self.area)
        if not self.window_.dialogs.exec_dialog(dialog):
            return
        self._add(dialog.values(), anyway=False)

    def _add(self, values: dict, anyway: bool) -> None:
        def added(cid):
            if isinstance(cid, _Ask):
                if self._erased_anyway():
                    self._add(values, anyway=True)
                return
            text = (values.get("name") or values.get("nickname") or values.get("phone")
                    or values.get("wechat_name"))
            self.area.search.blockSignals(True)
            self.area.search.setText(text)
            self.area.search.blockSignals(False)
            self.area.select_when_shown(cid, open_detail=True)
            self.area.model.set_query(search=text)
            self.announce(customers_added([cid], source="customers"))
        self._write(_add_by_hand, values, anyway, on_done=added)

    def edit_customer(self) -> None:
        cid = self.area.detail.customer_id
        if cid is None:
            return

        def edit(customer):
            if not customer:
                return
            dialog = CustomerDialog(self.area, customer)
            if self.window_.dialogs.exec_dialog(dialog):
                self._save(cid, customer, edit_fields(dialog.values()),
                           erased_check=dialog.values())
        self._read(get_customer, cid, on_result=edit)

    def save_profile(self, customer_id: int, notes: str, fields: dict, read: dict | None = None) -> None:
        """The detail pane's notes and own fields, saved over the row it read (``read``)."""
        self._save(customer_id, read, {"notes": notes, "custom_fields": fields})

    @property
    def saving(self) -> bool:
        """A one-customer save runs (or waits for the one before it)."""
        return self._saving or bool(self._queued)

    def _save(self, customer_id: int, read: dict | None, mine: dict, *,
              erased_check: dict | None = None, answer=None) -> None:
        """Save a one-customer edit made on ``read`` (the row the editor showed; read now when not
        given): what someone else saved meanwhile is never written over without asking
        (:mod:`shopowner.customers.versions`). One save at a time: an edit made over a row this
        window's own earlier save replaced is made over what that save left."""
        if self._saving:
            self._queued.append((customer_id, read, mine, erased_check))
            return
        while read is not None and (customer_id, read.get("version")) in self._left:
            read = self._left[(customer_id, read.get("version"))]
        self._saving = True
        task = self._write(_save_customer, customer_id, read, mine, erased_check, answer,
                           on_done=lambda result: self._saved(customer_id, read, mine, result))
        task.signals.failed.connect(self._save_failed)  # after the message the failure shows

    def _saved(self, customer_id: int, read: dict | None, mine: dict, result) -> None:
        self._saving = False
        if isinstance(result, _Ask):
            if result.erased:
                if self._erased_anyway():
                    return self._save(customer_id, read, mine)
            elif result.now is not None:
                keep = self._keep_mine(result.conflicts, result.now)
                return self._save(customer_id, read, mine, answer=(keep, result.now.get("version")))
            return self._next_save()
        if result == "gone":
            return self._next_save()
        if result == "deleted":
            self.window_.dialogs.warning(self.area, self.tr("Customer not saved"), self.tr(
                "This customer was deleted on another PC or in another window, so your change was "
                "not saved."))
            result = None
        if result is not None:
            if read is not None:
                self._left[(customer_id, read.get("version"))] = result
            self.area.detail.remember(result)
        else:
            self.area.detail.reload()  # the book's, as it is now
        self.announce(customers_edited([customer_id], source="customers"))
        self._next_save()

    def _save_failed(self, _exc: Exception) -> None:
        self._saving = False
        self._next_save()

    def _next_save(self) -> None:
        if self._queued and not self._saving:
            customer_id, read, mine, erased_check = self._queued.pop(0)
            self._save(customer_id, read, mine, erased_check=erased_check)

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
        self._read(list_tags, on_result=lambda tags: self._tag_with(ids, tags))

    def _tag_with(self, ids: list[int], tags: list[dict]) -> None:
        dialog = TagDialog(self.area, tags,
                           self.tr("Tag the chosen customers ({n})").format(n=f"{len(ids):,}"))
        if not self.window_.dialogs.exec_dialog(dialog):
            return
        done = lambda _=None: self.announce(customers_edited(ids, TAGS, source="customers"))  # noqa: E731
        if len(ids) == 1:
            self._write(_tag, ids, dialog.tag_name(), dialog.tag_colour(), on_done=done)
        else:
            self.area.run_in_background(_tag, ids, dialog.tag_name(), dialog.tag_colour(),
                                        on_done=done)

    def untag(self, customer_id: int, tag_id: int) -> None:
        self._write(untag_customers, [customer_id], tag_id, on_done=lambda _: self.announce(
            customers_edited([customer_id], TAGS, source="customers")))

    def _nothing_selected(self) -> None:
        self.window_.dialogs.information(self.area, self.tr("Nothing selected"),
                                         self.tr("Select one or more customers in the table first "
                                                 "(Ctrl or Shift + click picks several)."))

    # merge and privacy -------------------------------------------------------------------------
    def undo_merge(self, merge_id: int) -> None:
        def undone(result):
            kept, merged = result
            self.announce(customers_removed([kept, merged], *_WITH_CUSTOMER, source="customers"))
        self._write(undo_merge, merge_id, on_done=undone, refused=(MergeError,), on_refused=lambda exc: (
            self.window_.dialogs.warning(self.area, self.tr("Cannot undo"), merge_error_message(exc))))

    def open_duplicates(self) -> None:
        from shopowner.ui.customers.duplicates_dialog import DuplicatesDialog, read_queue

        def show(queue):
            dialog = DuplicatesDialog(self.window_, self.area, queue)
            self.window_.dialogs.exec_dialog(dialog)
            self.area.update_duplicates()
        self._read(read_queue, on_result=show)

    def scan_duplicates(self) -> None:
        def done(added):
            self.area.update_duplicates()
            self.window_.statusBar().showMessage(
                self.tr("New possible duplicates found: {n}").format(n=added), 8000)
            if self.area.dupes_pending:
                self.open_duplicates()
        self.area.run_in_background(find_duplicates, on_done=done)

    def delete_customer(self, customer_id: int | None) -> None:
        if customer_id:
            self._read(get_customer, customer_id,
                       on_result=lambda customer: self._delete_asked(customer_id, customer))

    def _delete_asked(self, customer_id: int, customer: dict | None) -> None:
        if not customer:
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
        if customer_id:
            self._read(_customer_and_backups, customer_id, self.window_.data_dir,
                       on_result=lambda found: self._erase_asked(customer_id, *found))

    def _erase_asked(self, customer_id: int, customer: dict | None, backups: int) -> None:
        from shopowner.ui.customers.erase_dialog import EraseDialog

        if not customer:
            return
        dialog = EraseDialog(self.area, title_of(customer), backups)
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
