"""好评素材: praise with consent to quote, searchable, exported anonymised as text plus images."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from shopowner.changes import FEEDBACK
from shopowner.followups.material import export_material
from shopowner.store.followups import feedback_rows
from shopowner.ui.task_bar import TaskBar
from shopowner.ui.followups.table_model import SqlTableModel, make_view
from shopowner.ui.notices import listen


def _fetch(db, limit, offset, search=""):
    return feedback_rows(db, kind="review", consent_only=True, search=search, limit=limit,
                         offset=offset)


def _count(db, search=""):
    return feedback_rows(db, kind="review", consent_only=True, search=search, count=True)


class MaterialTab(QWidget):
    def __init__(self, window):
        super().__init__()
        self.window_ = window
        self.db = window.db
        self.search = QLineEdit()
        self.search.setObjectName("materialSearch")
        self.search.setPlaceholderText(self.tr("Search praise or product"))
        self.search.setClearButtonEnabled(True)
        self.export_button = QPushButton(self.tr("Export anonymised…"))
        self.export_button.setObjectName("exportMaterial")
        self.export_button.clicked.connect(self.export)
        self.note = QLabel(self.tr("Only praise the customer agreed to have quoted. The export removes "
                                   "names and phone numbers."))
        self.note.setWordWrap(True)
        self.model = SqlTableModel([
            (self.tr("Date"), lambda r: r["created_at"][:10]),
            (self.tr("Product"), "product_text"),
            (self.tr("Rating"), lambda r: "★" * (r["rating"] or 0)),
            (self.tr("Screenshots"), lambda r: r["attachment_count"] or ""),
            (self.tr("Text"), "text"),
        ], window.data_dir, fetch=_fetch, count=_count,
            filters=lambda: {"search": self.search.text()}, parent=self)
        self.view = make_view(self.model, "followups/material", stretch=4, free=(1,), cap=200,
                              samples={0: ["2026-12-31"], 2: ["★★★★★"]})
        self.view.setObjectName("materialView")
        self.taskbar = TaskBar()
        self._typing = QTimer(self, singleShot=True, interval=250)  # one query per pause in typing
        self._typing.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._typing.start())
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        layout.addWidget(self.view)
        layout.addWidget(self.taskbar)
        listen(self, window, lambda _change: self.refresh(), FEEDBACK, first=True)

    def refresh(self) -> None:
        self.model.refresh()

    def export(self):
        dialogs = self.window_.dialogs
        if not self.model.total():
            dialogs.information(self, self.tr("Export review material"),
                                self.tr("Nothing to export: no praise with consent to quote matches."))
            return None
        path = dialogs.save_file(self, self.tr("Export review material"),
                                 self.tr("review-material.txt"), self.tr("Text (*.txt)"))
        if not path:
            return None
        self.export_button.setEnabled(False)
        task = self.taskbar.start(self.window_, export_material, self.window_.data_dir, Path(path),
                                  self.search.text(), on_done=self._exported, on_error=self._failed)
        task.signals.finished.connect(lambda: self.export_button.setEnabled(True))
        return task

    def _exported(self, result: dict) -> None:
        self.window_.dialogs.information(
            self, self.tr("Export review material"),
            self.tr("%n quote(s) written to {text}", "", result["items"]).format(text=result["text"])
            + self.tr("; %n image(s) copied.", "", result["images"]))

    def _failed(self, exc) -> None:
        self.window_.dialogs.warning(self, self.tr("Export review material"), str(exc))
