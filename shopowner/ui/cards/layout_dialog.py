"""Edit a layout (gLabels model: page, card, rows × columns, margins, gaps, bleed), save it in the
shop's folder, or load/share it as a small JSON file."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLineEdit,
    QPushButton, QSpinBox,
)

from shopowner.cards.layouts import (
    BUILTIN_LAYOUTS, Layout, LayoutError, load_layout_file, save_custom_layout, save_layout,
)

FIELDS = ("page_w", "page_h", "card_w", "card_h", "rows", "cols", "margin_left", "margin_top", "gap_x",
          "gap_y", "bleed")


class LayoutDialog(QDialog):
    def __init__(self, window, layout: Layout):
        super().__init__(window)
        self.window_ = window
        self.saved: Layout | None = None
        self.setWindowTitle(self.tr("Card layout"))
        form = QFormLayout(self)
        name = layout.name if layout.name not in BUILTIN_LAYOUTS else self.tr("My layout")
        self.name = QLineEdit(name)
        form.addRow(self.tr("Name"), self.name)
        self.inputs: dict = {}
        titles = {
            "page_w": self.tr("Page width (mm)"), "page_h": self.tr("Page height (mm)"),
            "card_w": self.tr("Card width (mm)"), "card_h": self.tr("Card height (mm)"),
            "rows": self.tr("Rows"), "cols": self.tr("Columns"),
            "margin_left": self.tr("Left margin (mm)"), "margin_top": self.tr("Top margin (mm)"),
            "gap_x": self.tr("Gap across (mm)"), "gap_y": self.tr("Gap down (mm)"), "bleed": self.tr("Bleed (mm)"),
        }
        for key in FIELDS:
            box: QSpinBox | QDoubleSpinBox
            if key in ("rows", "cols"):
                box = QSpinBox()
                box.setRange(1, 20)
            else:
                box = QDoubleSpinBox()
                box.setRange(0, 1000)
                box.setDecimals(1)
            box.setValue(getattr(layout, key))
            self.inputs[key] = box
            form.addRow(titles[key], box)
        self.thermal = QCheckBox(self.tr("Label or roll printer (one card per page)"))
        self.thermal.setChecked(layout.thermal)
        form.addRow(self.thermal)
        files = QHBoxLayout()
        load = QPushButton(self.tr("Load layout file…"))
        load.clicked.connect(self.load_file)
        share = QPushButton(self.tr("Save as file to share…"))
        share.clicked.connect(self.save_file)
        files.addWidget(load)
        files.addWidget(share)
        form.addRow(files)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def layout(self) -> Layout:  # type: ignore[override]  # the card layout edited, not the QLayout
        values = {k: box.value() for k, box in self.inputs.items()}
        return Layout(self.name.text().strip(), thermal=self.thermal.isChecked(), **values).validate()

    def fill(self, layout: Layout) -> None:
        self.name.setText(layout.name)
        for key, box in self.inputs.items():
            box.setValue(getattr(layout, key))
        self.thermal.setChecked(layout.thermal)

    def load_file(self) -> None:
        path = self.window_.dialogs.open_file(self, self.tr("Load a layout"), self.tr("Layouts (*.json)"))
        if path:
            try:
                self.fill(load_layout_file(path))
            except LayoutError as exc:
                self.window_.dialogs.warning(self, self.tr("Layout not loaded"), str(exc))

    def save_file(self) -> None:
        try:
            layout = self.layout()
        except LayoutError as exc:
            self.window_.dialogs.warning(self, self.tr("Layout not saved"), str(exc))
            return
        path = self.window_.dialogs.save_file(self, self.tr("Share the layout"), f"{layout.name}.json",
                                              self.tr("Layouts (*.json)"))
        if path:
            save_layout(layout, path)

    def apply(self) -> Layout | None:
        """Save the layout in the shop's folder; None (after a message) when it cannot be used."""
        try:
            layout = self.layout()
            if not layout.name:
                raise LayoutError(self.tr("The layout needs a name. Type one and save again."))
            save_custom_layout(self.window_.data_dir, layout)
        except LayoutError as exc:
            self.window_.dialogs.warning(self, self.tr("Layout not saved"), str(exc))
            return None
        self.saved = layout
        return layout

