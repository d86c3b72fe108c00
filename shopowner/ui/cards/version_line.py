"""The line under the letter: its current version, the cards printed with it (counted on a
worker, after the line shows), how many versions there are, whether the edits on screen are
saved yet, and 版本… to browse them (the editor opens the window: it saves the edits first)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from shopowner.ui import background
from shopowner.ui.cards import letter_jobs as jobs


class VersionLine(QWidget):
    open_requested = Signal()  # 版本… clicked

    def __init__(self, data_dir, parent=None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.version: dict | None = None  # the letter's current version (as last read)
        self.count = 0                    # versions in all
        self.locked = False               # cards carry it: an edit becomes a new version
        self.printed: int | None = None   # cards printed with it (read on a worker)
        self.dirty = False                # edits on screen not saved yet
        self.label = QLabel()
        self.label.setObjectName("letterVersion")
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Versions…"))
        self.button.setObjectName("letterVersionsButton")
        self.button.setToolTip(self.tr("Ctrl+Shift+H. Every version of this letter with its cards "
                                       "printed and WeChat adds; open or restore an older one."))
        self.button.clicked.connect(self.open_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)

    def show_version(self, info: dict | None, *, dirty: bool) -> None:
        """The line at once (``info``: :func:`letter_jobs.version_info`, None for no letter); the
        count of cards printed with the version follows from a worker."""
        self.version, self.dirty = (info or {}).get("version"), dirty
        if self.version is None or info is None:
            self.label.clear()
            self.button.setEnabled(False)
            return
        self.button.setEnabled(True)
        self.count, self.locked, self.printed = info["count"], info["locked"], None
        self._render()
        version_id = self.version["id"]
        background.read(self, jobs.count_version_cards, version_id, data_dir=self.data_dir,
                        on_result=lambda figures: self._counted(version_id, figures),
                        on_error=lambda _exc: None)  # the line simply goes without the count

    def mark_dirty(self, dirty: bool) -> None:
        if dirty != self.dirty:
            self.dirty = dirty
            self._render()

    def _counted(self, version_id: int, figures: dict) -> None:
        if self.version is not None and self.version["id"] == version_id:
            self.printed = figures["printed"]
            self._render()

    def _render(self) -> None:
        version = self.version
        if version is None:
            return
        parts = [self.tr("Version {n}").format(n=version["version_no"])]
        if self.printed == 0:
            parts.append(self.tr("no cards printed with it yet"))
        elif self.printed is not None:
            parts.append(self.tr("%n card(s) printed with it", "", self.printed))
        parts.append(self.tr("%n version(s) in all", "", self.count))
        text = " · ".join(parts)
        if version["restored_from"]:
            text += self.tr(" (restored from version {n})").format(n=version["restored_from"])
        if self.dirty:
            text += " · " + (self.tr("not saved yet: the changes become version {n}").format(
                n=version["version_no"] + 1) if self.locked else self.tr("not saved yet"))
        self.label.setText(text)
