"""The filter bar: platform, tag, stage, WeChat, RFM segment, spend range, last order, open complaint, and
named views saved in the shop file. Emits ``changed(dict)`` with checked filters.

The choices (platforms, tags, views) are read off the GUI thread and filled in when they come;
saving or deleting a view is written off it too."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
    QWidget,
)

from shopowner.customers.filters import FilterError, clean_filters, yuan_to_fen
from shopowner.tasks import Latest
from shopowner.ui import background
from shopowner.store.customer_query import platforms_in_use
from shopowner.store.customers import delete_view, list_tags, list_views, save_view
from shopowner.ui.customers.dialogs import NameDialog, colour_icon
from shopowner.ui.customers.flow_layout import FlowLayout, flow_policy
from shopowner.vocab.platforms import platform_name
from shopowner.vocab.rfm_segments import SEGMENTS, segment_label
from shopowner.vocab.stages import STAGES, stage_label


class FilterBar(QWidget):
    changed = Signal(dict)
    error = Signal(str)

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window_ = window
        self._loading = False
        self._reads = Latest(self, data_dir=window.data_dir, db=window.db)
        self._reads.on_error = lambda exc: self.error.emit(str(exc))
        self._then_view: str | None = None  # the view to choose once the choices are read again
        flow = FlowLayout(self)  # one line where there is room, two where there is not
        self.setSizePolicy(flow_policy())
        self.view = self._combo("savedView", self.tr("All customers"))
        self.platform = self._combo("platformFilter", self.tr("Any platform"))
        self.tag = self._combo("tagFilter", self.tr("Any tag"))
        self.stage = self._combo("stageFilter", self.tr("Any stage"))
        for stage in STAGES:
            self.stage.addItem(stage_label(stage), stage)
        self.wechat = self._combo("wechatFilter", self.tr("WeChat: any"))
        self.wechat.addItem(self.tr("On WeChat"), "added")
        self.wechat.addItem(self.tr("Not on WeChat"), "none")
        self.segment = self._combo("segmentFilter", self.tr("Any segment"))
        for key in SEGMENTS:
            self.segment.addItem(segment_label(key), key)
        self.segment.setToolTip(self.tr("RFM segment: recent, frequent and big-spending against "
                                        "the shop's own averages"))
        self.spend_min = QLineEdit(objectName="spendMin", placeholderText=self.tr("min ¥"))
        self.spend_max = QLineEdit(objectName="spendMax", placeholderText=self.tr("max ¥"))
        for edit in (self.spend_min, self.spend_max):
            edit.setFixedWidth(64)
            edit.editingFinished.connect(self._emit)
        self.recency = self._combo("recencyFilter", self.tr("Last order: any time"))
        self.recency.addItem(self.tr("Last order within"), "within_days")
        self.recency.addItem(self.tr("No order for over"), "over_days")
        self.days = QSpinBox(objectName="recencyDays", minimum=1, maximum=3650, value=90,
                             suffix=self.tr(" days"))
        self.days.valueChanged.connect(self._emit)
        self.days.setToolTip(self.tr("How many days the last-order filter counts"))
        self.days.setEnabled(False)  # it counts only once a last-order filter is chosen (_emit)
        self.complaint = QCheckBox(self.tr("Open complaint"), objectName="complaintFilter")
        self.complaint.toggled.connect(self._emit)
        self.save_button = QPushButton(self.tr("Save view…"), objectName="saveView")
        self.save_button.clicked.connect(self.save_current_view)
        self.delete_button = QPushButton(self.tr("Delete view"), objectName="deleteView")
        self.delete_button.clicked.connect(self.delete_current_view)
        spend = QWidget()  # the amount range and the recency stay together on a line
        spend_row = QHBoxLayout(spend)
        spend_row.setContentsMargins(0, 0, 0, 0)
        for w in (QLabel("¥"), self.spend_min, QLabel("–"), self.spend_max):
            spend_row.addWidget(w)
        recency = QWidget()
        recency_row = QHBoxLayout(recency)
        recency_row.setContentsMargins(0, 0, 0, 0)
        for w in (self.recency, self.days):
            recency_row.addWidget(w)
        for w in (self.view, self.platform, self.tag, self.stage, self.wechat, self.segment, spend, recency,
                  self.complaint, self.save_button, self.delete_button):
            flow.add(w)
        self.view.currentIndexChanged.connect(self._view_chosen)
        self.reload_choices()

    def _combo(self, name: str, any_text: str) -> QComboBox:
        combo = QComboBox(objectName=name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.addItem(any_text, None)
        if name != "savedView":
            combo.currentIndexChanged.connect(self._emit)
        return combo

    @property
    def loading(self) -> bool:
        """The choices are being read."""
        return self._reads.busy

    def reload_choices(self, then_view: str | None = None) -> None:
        """Platforms, tags and views from the shop file (after imports or new tags), read on a
        worker; ``then_view``: the saved view to show as chosen once they are in."""
        if then_view is not None:
            self._then_view = then_view
        self._reads.request(_choices, on_result=self._fill_choices)

    def _fill_choices(self, choices: tuple[list, list, list]) -> None:
        platforms, tags, views = choices
        self._loading = True
        try:
            for combo, items in (
                    (self.platform, [(platform_name(p), p, None) for p in platforms]),
                    (self.tag, [(t["name"], t["id"], t["color"]) for t in tags]),
                    (self.view, [(v["name"], v["filters"], None) for v in views])):
                current = combo.currentData()
                while combo.count() > 1:
                    combo.removeItem(1)
                for text, data, colour in items:
                    if colour:
                        combo.addItem(colour_icon(colour), text, data)
                    else:
                        combo.addItem(text, data)
                i = combo.findData(current) if current is not None else 0
                combo.setCurrentIndex(max(i, 0))
            if self._then_view is not None:
                self.view.setCurrentIndex(max(self.view.findText(self._then_view), 0))
                self._then_view = None
        finally:
            self._loading = False

    def filters(self) -> dict:
        """The checked filters; raises FilterError with a message for bad amounts."""
        raw = {
            "platform": self.platform.currentData(), "tag_id": self.tag.currentData(),
            "stage": self.stage.currentData(), "wechat": self.wechat.currentData(),
            "segment": self.segment.currentData(),
            "spend_min_fen": yuan_to_fen(self.spend_min.text()),
            "spend_max_fen": yuan_to_fen(self.spend_max.text()),
            "open_complaint": self.complaint.isChecked(),
        }
        if self.recency.currentData():
            raw[self.recency.currentData()] = self.days.value()
        return clean_filters(raw)

    def set_filters(self, filters: dict) -> None:
        self._loading = True
        try:
            for combo, key in ((self.platform, "platform"), (self.tag, "tag_id"),
                               (self.stage, "stage"), (self.wechat, "wechat"),
                               (self.segment, "segment")):
                combo.setCurrentIndex(max(combo.findData(filters.get(key)), 0)
                                      if filters.get(key) is not None else 0)
            for edit, key in ((self.spend_min, "spend_min_fen"), (self.spend_max, "spend_max_fen")):
                value = filters.get(key)
                edit.setText("" if value is None else f"{value / 100:g}")
            recency = next((k for k in ("within_days", "over_days") if k in filters), None)
            self.recency.setCurrentIndex(max(self.recency.findData(recency), 0) if recency else 0)
            if recency:
                self.days.setValue(int(filters[recency]))
            self.complaint.setChecked(bool(filters.get("open_complaint")))
        finally:
            self._loading = False
        self._emit()

    def _emit(self, *_):
        if self._loading:
            return
        self.days.setEnabled(self.recency.currentData() is not None)
        try:
            filters = self.filters()
        except FilterError as exc:
            self.error.emit(str(exc))
            return
        self.changed.emit(filters)

    def _view_chosen(self, index: int) -> None:
        if self._loading:
            return
        self.set_filters(self.view.itemData(index) or {})

    def save_current_view(self) -> None:
        try:
            filters = self.filters()
        except FilterError as exc:
            self.error.emit(str(exc))
            return
        dialog = NameDialog(self, self.tr("Save view"),
                            self.tr("Name of this view (for example: JD dormant customers)"))
        name = dialog.text.text() if self.window_.dialogs.exec_dialog(dialog) else ""
        if name.strip():
            background.write(self, save_view, name.strip(), filters, data_dir=self.window_.data_dir,
                             on_done=lambda _: self.reload_choices(then_view=name.strip()))

    def delete_current_view(self) -> None:
        if self.view.currentIndex() <= 0:
            return
        name = self.view.currentText()
        if self.window_.dialogs.confirm(self, self.tr("Delete view"),
                                        self.tr("Delete the saved view “{name}”? The customers "
                                                "stay as they are.").format(name=name)):
            background.write(self, _delete_view, name, data_dir=self.window_.data_dir,
                             on_done=lambda _: self.reload_choices())


def _choices(db) -> tuple[list, list, list]:
    return platforms_in_use(db), list_tags(db), list_views(db)


def _delete_view(db, name: str) -> None:
    for view in list_views(db):
        if view["name"] == name:
            delete_view(db, view["id"])
