"""The duplicates queue: each likely pair side by side, a value picked per field, then merge,
"not the same person", or skip; the last merge can be undone here (or later, from the
kept customer's detail pane, even after a restart).

Nothing is read or written on the GUI thread: the queue is read before the dialog opens
(:func:`read_queue`), a pair's two customers when it is chosen, and each merge, "not the same"
or undo runs on a worker that hands back the queue as it is after it."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QGridLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QRadioButton, QSplitter, QVBoxLayout, QWidget,
)

from shopowner.customers.actions import PICK_FIELDS, merge_error_message, merge_values
from shopowner.customers.labels import reason_label, wechat_label
from shopowner.tasks import Latest
from shopowner.ui import background
from shopowner.vocab.money import yuan
from shopowner.store.customer_duplicates import mark_distinct, pending_pairs
from shopowner.store.customer_merge import MergeError, last_merge, merge_customers, undo_merge
from shopowner.store.customers import get_customer, identities
from shopowner.vocab.platforms import platforms_label
from shopowner.vocab.stages import stage_label


def read_queue(db) -> tuple[list[dict], bool]:
    """The pairs waiting, and whether a merge can be undone."""
    return pending_pairs(db), last_merge(db) is not None


def _pair(db, a_id: int, b_id: int):
    """Both customers of a pair, each with the values of their phones and IDs."""
    found = []
    for cid in (a_id, b_id):
        customer = get_customer(db, cid)
        if customer is None:
            return None
        found.append((customer, [i["value"] for i in identities(db, cid)]))
    return found


def _merge(db, kept_id: int, merged_id: int, values: dict):
    merge_customers(db, kept_id, merged_id, values)
    return read_queue(db)


def _distinct(db, a_id: int, b_id: int):
    mark_distinct(db, a_id, b_id)
    return read_queue(db)


def _undo_last(db):
    merge = last_merge(db)
    if merge is not None:
        undo_merge(db, merge["id"])
    return merge, read_queue(db)


class DuplicatesDialog(QDialog):
    def __init__(self, window, parent=None, queue: tuple[list[dict], bool] = ([], False)):
        super().__init__(parent or window)
        self.window_ = window
        self.data_dir = window.data_dir
        self.changed = False
        self.working = False  # a merge, "not the same" or undo is being written
        self._pair_reads = Latest(self, data_dir=window.data_dir, db=window.db)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.resize(900, 560)
        self.pairs = QListWidget(objectName="duplicatePairs")
        self.pairs.currentRowChanged.connect(self._show_pair)
        self.side = QWidget()
        self.grid = QGridLayout(self.side)
        split = QSplitter()
        split.addWidget(self.pairs)
        split.addWidget(self.side)
        split.setStretchFactor(1, 3)
        self.status = QLabel(objectName="duplicatesStatus")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("Merge (keep the left record)"), objectName="mergePair")
        self.distinct_button = QPushButton(self.tr("Not the same person"), objectName="distinctPair")
        self.skip_button = QPushButton(self.tr("Skip"), objectName="skipPair")
        self.undo_button = QPushButton(self.tr("Undo last merge"), objectName="undoMerge")
        close = QPushButton(self.tr("Close"), objectName="closeDuplicates")
        self.merge_button.clicked.connect(self.merge_current)
        self.distinct_button.clicked.connect(self.distinct_current)
        self.skip_button.clicked.connect(lambda: self.pairs.setCurrentRow(
            min(self.pairs.currentRow() + 1, self.pairs.count() - 1)))
        self.undo_button.clicked.connect(self.undo_last)
        close.clicked.connect(self.accept)
        for b in (self.merge_button, self.distinct_button, self.skip_button, self.undo_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.groups: dict[str, QButtonGroup] = {}
        self.current: tuple[dict, dict] | None = None
        self.ids: dict[int, list[str]] = {}  # a shown customer's phones and IDs
        self.fill(queue)

    @property
    def loading(self) -> bool:
        """A pair is being read or a step written."""
        return self.working or self._pair_reads.busy

    def fill(self, queue: tuple[list[dict], bool], row: int = 0) -> None:
        pairs, can_undo = queue
        self.pairs.blockSignals(True)
        self.pairs.clear()
        self.pairs.blockSignals(False)
        for pair in pairs:
            item = QListWidgetItem(f"{pair['name_a']} ↔ {pair['name_b']}\n"
                                   f"{reason_label(pair['reason'])}")
            item.setData(Qt.ItemDataRole.UserRole, pair)
            self.pairs.addItem(item)
        self.undo_button.setEnabled(can_undo)
        self._can_undo = can_undo
        has = self.pairs.count() > 0
        self.merge_button.setEnabled(False)  # until the pair's customers are read
        self.distinct_button.setEnabled(False)
        if has:
            self.pairs.setCurrentRow(min(row, self.pairs.count() - 1))
        else:
            self._clear_grid()
            self.current = None
            self.status.setText(self.tr("No possible duplicates are waiting. Run “Find duplicates” "
                                        "after an import to look again."))

    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.groups = {}

    def _show_pair(self, row: int) -> None:
        self._clear_grid()
        self.current = None
        self.merge_button.setEnabled(False)
        self.distinct_button.setEnabled(False)
        if row < 0:
            self._pair_reads.drop()
            return
        pair = self.pairs.item(row).data(Qt.ItemDataRole.UserRole)
        self._pair_reads.request(_pair, pair["customer_a"], pair["customer_b"],
                                 on_result=self._pair_read)

    def _pair_read(self, found) -> None:
        if found is None:  # merged or deleted elsewhere since the queue was read
            return
        (a, ids_a), (b, ids_b) = found
        self.ids = {a["id"]: ids_a, b["id"]: ids_b}
        self.current = (a, b)
        self.merge_button.setEnabled(not self.working)
        self.distinct_button.setEnabled(not self.working)
        keep, merge_in = self.tr("Keep (left)"), self.tr("Merge in (right)")  # not in f-strings:
        self.grid.addWidget(QLabel(f"<b>{keep}</b> #{a['id']}"), 0, 1)  # lupdate misses those
        self.grid.addWidget(QLabel(f"<b>{merge_in}</b> #{b['id']}"), 0, 2)
        labels = {"name": self.tr("Name"), "nickname": self.tr("Nickname"),
                  "gender": self.tr("Gender"), "province": self.tr("Province"),
                  "city": self.tr("City"), "district": self.tr("District"),
                  "address": self.tr("Address"), "wechat_name": self.tr("WeChat"),
                  "notes": self.tr("Notes"), "custom_fields": self.tr("Custom fields")}
        line = 1
        for field in PICK_FIELDS:
            va, vb = self._text(a, field), self._text(b, field)
            if not va and not vb:
                continue
            self.grid.addWidget(QLabel(labels[field]), line, 0)
            group = QButtonGroup(self)
            for col, (value, side) in enumerate(((va, "a"), (vb, "b")), start=1):
                radio = QRadioButton(value or self.tr("(empty)"), objectName=f"pick_{field}_{side}")
                radio.setProperty("side", side)
                group.addButton(radio)
                self.grid.addWidget(radio, line, col)
            prefer_b = not va and vb
            group.buttons()[1 if prefer_b else 0].setChecked(True)
            self.groups[field] = group
            line += 1
        for title, fn in ((self.tr("Orders"), lambda c: self.tr("{n} · ¥{s} · {p}").format(
                              n=c["order_count"], s=yuan(c["total_spent_fen"]),
                              p=platforms_label(c["platforms"]))),
                          (self.tr("Phones and IDs"), lambda c: "、".join(self.ids[c["id"]])),
                          (self.tr("WeChat"), lambda c: wechat_label(c["wechat_status"], c["wechat_name"])),
                          (self.tr("Stage"), lambda c: stage_label(c["stage"]))):
            self.grid.addWidget(QLabel(title), line, 0)
            self.grid.addWidget(QLabel(fn(a)), line, 1)
            self.grid.addWidget(QLabel(fn(b)), line, 2)
            line += 1
        self.grid.setRowStretch(line, 1)
        self.status.setText(self.tr("Pick the value to keep for each field. Merging moves every "
                                    "order, follow-up, feedback and card to the left record; it "
                                    "can be undone."))

    @staticmethod
    def _text(customer: dict, field: str) -> str:
        value = customer[field]
        if field == "custom_fields":
            return json.dumps(value, ensure_ascii=False) if value else ""
        return value or ""

    def chosen_values(self) -> dict:
        assert self.current is not None  # a pair is shown
        a, b = self.current
        # an exclusive group with one button checked from the start: checkedButton() is set
        picks = {field: "kept" if group.checkedButton().property("side") == "a"  # type: ignore[union-attr]
                 else "merged"
                 for field, group in self.groups.items()}
        return merge_values(a, b, picks)

    def _write(self, fn, *args, on_done, refused_as: str = "") -> None:
        """One step at a time; the buttons wait for it. A merge the core refuses (``MergeError``) is
        explained in a message titled ``refused_as``."""
        self.working = True
        for button in (self.merge_button, self.distinct_button, self.undo_button):
            button.setEnabled(False)

        def done(result):
            self.working = False
            on_done(result)

        def failed(exc: Exception) -> None:
            self.working = False
            self._enable()
            background.show_failure(self, exc)

        def refused(exc: Exception) -> None:
            self.working = False
            self._enable()
            assert isinstance(exc, MergeError)
            self.window_.dialogs.warning(self, refused_as, merge_error_message(exc))
        background.write(self, fn, *args, on_done=done, on_error=failed, refused=(MergeError,),
                         on_refused=refused, data_dir=self.data_dir)

    def _enable(self) -> None:
        self.merge_button.setEnabled(self.current is not None)
        self.distinct_button.setEnabled(self.current is not None)
        self.undo_button.setEnabled(self._can_undo)

    def merge_current(self) -> None:
        if not self.current or self.working:
            return
        a, b = self.current
        row = self.pairs.currentRow()

        def merged(result):
            self._done(row, result, self.tr("Merged. “Undo last merge” puts both records back."),
                       (a["id"], b["id"]))
        self._write(_merge, a["id"], b["id"], self.chosen_values(), on_done=merged,
                    refused_as=self.tr("Cannot merge"))

    def distinct_current(self) -> None:
        if not self.current or self.working:
            return
        a, b = self.current
        row = self.pairs.currentRow()
        self._write(_distinct, a["id"], b["id"], on_done=lambda queue: self._done(
            row, queue, self.tr("Remembered: these two will not be proposed again.")))

    def undo_last(self) -> None:
        if self.working:
            return
        row = self.pairs.currentRow()

        def undone(result):
            merge, queue = result
            if merge is None:
                self.fill(queue, max(row, 0))
                return
            self._done(row, queue, self.tr("The merge was undone."),
                       (merge["kept_id"], merge["merged_id"]))
        self._write(_undo_last, on_done=undone, refused_as=self.tr("Cannot undo"))

    def _done(self, row: int, queue, message: str, customer_ids=()) -> None:
        """After a merge or an undo (``customer_ids``: the two records) or a "not the same"."""
        from shopowner.changes import CARDS, FEEDBACK, FOLLOWUPS, ORDERS, REMINDERS, customers_removed

        self.changed = True
        if customer_ids:  # one record went into the other, or came back out
            self.window_.announce(customers_removed(customer_ids, ORDERS, CARDS, FOLLOWUPS,
                                                    FEEDBACK, REMINDERS, source="duplicates"))
        self.fill(queue, max(row, 0))
        self.status.setText(message)
