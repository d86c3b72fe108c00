"""The duplicates queue: each likely pair side by side, a value picked per field, then merge,
"not the same person", or skip; the last merge can be undone here (or later, from the
kept customer's detail pane, even after a restart)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QGridLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QRadioButton, QSplitter, QVBoxLayout, QWidget,
)

from shopowner.customers.actions import PICK_FIELDS, merge_error_message, merge_values
from shopowner.customers.labels import reason_label, wechat_label
from shopowner.vocab.money import yuan
from shopowner.store.customer_duplicates import mark_distinct, pending_pairs
from shopowner.store.customer_merge import MergeError, last_merge, merge_customers, undo_merge
from shopowner.store.customers import get_customer, identities
from shopowner.vocab.platforms import platforms_label
from shopowner.vocab.stages import stage_label


class DuplicatesDialog(QDialog):
    def __init__(self, window, parent=None):
        super().__init__(parent or window)
        self.window_ = window
        self.db = window.db
        self.changed = False
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
        self.reload()

    def reload(self, row: int = 0) -> None:
        self.pairs.clear()
        for pair in pending_pairs(self.db):
            item = QListWidgetItem(f"{pair['name_a']} ↔ {pair['name_b']}\n"
                                   f"{reason_label(pair['reason'])}")
            item.setData(Qt.ItemDataRole.UserRole, pair)
            self.pairs.addItem(item)
        self.undo_button.setEnabled(last_merge(self.db) is not None)
        has = self.pairs.count() > 0
        self.merge_button.setEnabled(has)
        self.distinct_button.setEnabled(has)
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
        if row < 0:
            return
        pair = self.pairs.item(row).data(Qt.ItemDataRole.UserRole)
        a, b = get_customer(self.db, pair["customer_a"]), get_customer(self.db, pair["customer_b"])
        assert a is not None and b is not None  # a listed pair's customers exist
        self.current = (a, b)
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
                          (self.tr("Phones and IDs"), lambda c: "、".join(
                              i["value"] for i in identities(self.db, c["id"]))),
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

    def merge_current(self) -> None:
        if not self.current:
            return
        a, b = self.current
        row = self.pairs.currentRow()
        try:
            merge_customers(self.db, a["id"], b["id"], self.chosen_values())
        except MergeError as exc:
            self.window_.dialogs.warning(self, self.tr("Cannot merge"), merge_error_message(exc))
            return
        self._done(row, self.tr("Merged. “Undo last merge” puts both records back."),
                   (a["id"], b["id"]))

    def distinct_current(self) -> None:
        if not self.current:
            return
        a, b = self.current
        mark_distinct(self.db, a["id"], b["id"])
        self._done(self.pairs.currentRow(), self.tr("Remembered: these two will not be proposed "
                                                    "again."))

    def undo_last(self) -> None:
        merge = last_merge(self.db)
        if merge is None:
            return
        try:
            undo_merge(self.db, merge["id"])
        except MergeError as exc:
            self.window_.dialogs.warning(self, self.tr("Cannot undo"), merge_error_message(exc))
            return
        self._done(self.pairs.currentRow(), self.tr("The merge was undone."),
                   (merge["kept_id"], merge["merged_id"]))

    def _done(self, row: int, message: str, customer_ids=()) -> None:
        """After a merge or an undo (``customer_ids``: the two records) or a "not the same"."""
        from shopowner.changes import CARDS, FEEDBACK, FOLLOWUPS, ORDERS, REMINDERS, customers_removed

        self.changed = True
        if customer_ids:  # one record went into the other, or came back out
            self.window_.announce(customers_removed(customer_ids, ORDERS, CARDS, FOLLOWUPS,
                                                    FEEDBACK, REMINDERS, source="duplicates"))
        self.reload(max(row, 0))
        self.status.setText(message)
