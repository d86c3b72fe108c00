"""The versions of one letter (版本…): newest first, each with when it was written, the cards
printed with it, the WeChat adds through their codes and the add-rate; an old version opens
read-only, and can be restored as the current words (confirmed; the editor then offers Undo).

Versions are read a page at a time off the GUI thread: counting the cards of a version reads
every card printed with it, which takes a while in a shop that has printed a million.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
    QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from shopowner import tasks
from shopowner.cards.letter_versions import MIN_PRINTED_FOR_RATE, add_rate, restore
from shopowner.store import letters as store
from shopowner.ui import background

PAGE = 50


def load_page(db, letter_id: int, before_no: int | None, limit: int, progress=None) -> list[dict]:
    """One page of versions with their figures (runs on a worker with its own connection)."""
    return store.version_page(db, letter_id, before_no=before_no, limit=limit)


class VersionsDialog(QDialog):
    def __init__(self, window, letter: dict, parent=None):
        super().__init__(parent or window)
        self.window_ = window
        self.letter = letter
        self.rows: list[dict] = []
        self.current_no: int | None = None
        self.restored: dict | None = None  # what a restore did (for the editor's Undo)
        self.task: tasks.Task | None = None
        self.restoring: tasks.Task | None = None  # the restore being written
        self.setWindowTitle(self.tr("Versions of “{name}”").format(name=letter["name"]))
        self.setObjectName("letterVersions")

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("versionTable")
        self.table.setHorizontalHeaderLabels([self.tr("Version"), self.tr("Written"), self.tr("Cards printed"),
                                              self.tr("WeChat adds"), self.tr("Add-rate")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))
        self.table.doubleClicked.connect(lambda *_: self.restore_selected())
        self.status = QLabel(self.tr("Reading the versions…"))
        self.status.setWordWrap(True)
        self.more_button = QPushButton(self.tr("Show older versions"))
        self.more_button.setVisible(False)
        self.more_button.clicked.connect(self.load_more)

        self.heading = QLabel()
        self.heading.setObjectName("versionHeading")
        self.heading.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("versionText")
        self.text.setReadOnly(True)
        self.signature = QLabel()
        self.signature.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore this version…"))
        self.restore_button.setObjectName("restoreVersion")
        self.restore_button.setToolTip(self.tr("Make these words the letter's current text again. The "
                                               "current text is kept as a version."))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)

        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.table, 1)
        left_box.addWidget(self.status)
        left_box.addWidget(self.more_button)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.heading)
        right_box.addWidget(self.text, 1)
        right_box.addWidget(self.signature)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.restore_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        outer = QVBoxLayout(self)
        outer.addWidget(splitter, 1)
        outer.addLayout(bottom)
        self.resize(980, 560)
        self.load_more()

    # reading -----------------------------------------------------------------
    def load_more(self) -> None:
        before = self.rows[-1]["version_no"] if self.rows else None
        self.more_button.setEnabled(False)
        self.task = tasks.start_with_db(self.window_.data_dir, load_page, self.letter["id"], before, PAGE,
                                        owner=self)
        self.task.signals.succeeded.connect(self._loaded)
        self.task.signals.failed.connect(
            lambda exc: self.status.setText(self.tr("The versions could not be read: {error}").format(error=exc)))

    def _loaded(self, page: list[dict]) -> None:
        if not self.rows and page:
            self.current_no = page[0]["version_no"]
        first_new = len(self.rows)
        self.rows.extend(page)
        self.table.setRowCount(len(self.rows))
        for row in range(first_new, len(self.rows)):
            self._fill(row, self.rows[row])
        oldest = self.rows[-1]["version_no"] if self.rows else 0
        self.more_button.setVisible(oldest > 1)
        self.more_button.setEnabled(True)
        self.status.setText(self.tr("Add-rate: WeChat adds through the cards' codes ÷ cards printed, shown "
                                    "from %n printed card(s) on.", "", MIN_PRINTED_FOR_RATE))
        if first_new == 0 and self.rows:
            self.table.selectRow(0)
            self._show(0)

    def _fill(self, row: int, version: dict) -> None:
        n = version["version_no"]
        label = self.tr("Version {n} (current)") if n == self.current_no else self.tr("Version {n}")
        rate = add_rate(version["redeemed"], version["printed"])
        cells = [label.format(n=n), version["created_at"][:16], str(version["printed"]),
                 str(version["redeemed"]), "—" if rate is None else f"{rate:.1%}"]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column >= 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == 4:
                item.setToolTip(self._rate_tip(version, rate))
            self.table.setItem(row, column, item)

    def _rate_tip(self, version: dict, rate: float | None) -> str:
        adds = self.tr("%n WeChat add(s)", "", version["redeemed"])
        cards = self.tr("%n card(s) printed", "", version["printed"])
        if version["printed"] == 0:
            return self.tr("No card was printed with this version yet.")
        if rate is None:
            return self.tr("{adds} from {cards}: too few cards for a rate.").format(adds=adds, cards=cards)
        return self.tr("{adds} from {cards}.").format(adds=adds, cards=cards)

    def selected(self) -> dict | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _show(self, row: int) -> None:
        version = self.rows[row] if 0 <= row < len(self.rows) else None
        if version is None:
            self.heading.clear()
            self.text.clear()
            self.signature.clear()
            self.restore_button.setEnabled(False)
            return
        heading = self.tr("Version {n}, written {when}").format(n=version["version_no"],
                                                                when=version["created_at"][:16])
        if version["restored_from"]:
            heading += self.tr(" · restored from version {n}").format(n=version["restored_from"])
        self.heading.setText(heading)
        self.text.setPlainText(version["body"])
        self.signature.setText(self.tr("Signature: {signature}").format(signature=version["signature"] or "—"))
        is_current = version["version_no"] == self.current_no
        self.restore_button.setEnabled(not is_current)
        self.restore_button.setToolTip(
            self.tr("This is the letter's current text.") if is_current else
            self.tr("Make these words the letter's current text again. The current text is kept as a "
                    "version."))

    # restoring ---------------------------------------------------------------
    def restore_selected(self) -> None:
        version = self.selected()
        if version is None or version["version_no"] == self.current_no or self.restoring is not None:
            return
        n, current = version["version_no"], self.current_no
        if not self.window_.dialogs.confirm(self, self.tr("Restore version {n}").format(n=n), self.tr(
                "Make the words of version {n} the current text of “{name}”?\n\nThey become a new "
                "version; version {current} stays as it is and can be restored later. You can also "
                "undo this in the editor right after.").format(n=n, name=self.letter["name"],
                                                              current=current)):
            return
        self.restore_button.setEnabled(False)
        task = self.restoring = background.write(self, restore, self.letter, n, data_dir=self.window_.data_dir,
                                on_done=lambda result: self._restored(result, n))
        # not restored (the window says why): the button as the selection has it
        task.signals.failed.connect(lambda _exc: self._show(self.table.currentRow()))
        task.signals.done.connect(lambda: setattr(self, "restoring", None))

    def _restored(self, result: dict, n: int) -> None:
        self.restored = result
        self.restored["restored_no"] = n
        self.accept()
