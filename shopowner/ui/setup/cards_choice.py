"""The card layout and the printer, chosen once: the cards area opens on this layout
(QSettings ``cards/layout``, the key it remembers its own choice in) and its print dialog
preselects this printer (QSettings ``cards/printer``; empty = no printer yet, cards saved as PDF).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSettings
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from shopowner.cards.layouts import DEFAULT_LAYOUT, Layout, all_layouts

LAYOUT_KEY = "cards/layout"
PRINTER_KEY = "cards/printer"


def remembered_layout() -> str:
    return str(QSettings().value(LAYOUT_KEY, DEFAULT_LAYOUT) or DEFAULT_LAYOUT)


def remembered_printer() -> str | None:
    """The printer chosen before, "" for "no printer, save PDFs", None when never chosen."""
    value = QSettings().value(PRINTER_KEY)
    return None if value is None else str(value)


class SheetSketch(QWidget):
    """A small drawing of the sheet and where the cards sit on it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.layout_: Layout | None = None
        self.setFixedSize(96, 124)

    def set_layout(self, layout: Layout) -> None:
        self.layout_ = layout
        self.update()

    def paintEvent(self, _event) -> None:
        layout = self.layout_
        if layout is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = min((self.width() - 4) / layout.page_w, (self.height() - 4) / layout.page_h)
        w, h = layout.page_w * scale, layout.page_h * scale
        x0, y0 = (self.width() - w) / 2, (self.height() - h) / 2
        painter.setPen(QPen(QColor("#888888"), 1))
        painter.setBrush(QColor("white"))
        painter.drawRect(QRectF(x0, y0, w, h))
        painter.setPen(QPen(QColor("#a06a2c"), 1))
        painter.setBrush(QColor("#f6e7d2"))
        for index in range(layout.per_page):
            cx, cy = layout.cell_origin(index)
            painter.drawRect(QRectF(x0 + cx * scale, y0 + cy * scale,
                                    layout.card_w * scale, layout.card_h * scale))
        painter.end()


class CardsChoice(QWidget):
    """Layout and printer combos with a sketch and a line saying what the layout is for."""

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.layouts = all_layouts(window.data_dir)
        self.layout_choice = QComboBox(objectName="setupLayout")
        for name, layout in self.layouts.items():
            self.layout_choice.addItem(layout.display_name(), name)
        self.layout_choice.setCurrentIndex(max(self.layout_choice.findData(remembered_layout()), 0))
        self.description = QLabel(objectName="layoutDescription", wordWrap=True)
        self.sketch = SheetSketch()
        self.printer_choice = QComboBox(objectName="setupPrinter")
        self.printer_note = QLabel(objectName="printerNote", wordWrap=True)
        self.printer_note.setStyleSheet("color: #666;")
        self._fill_printers()
        self.layout_choice.currentIndexChanged.connect(self._layout_changed)
        self._layout_changed()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Printer"), self.printer_choice)
        form.addRow("", self.printer_note)
        form.addRow(self.tr("Card layout"), self.layout_choice)
        form.addRow("", self.description)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(form, 1)
        sketch_column = QVBoxLayout()
        sketch_column.addWidget(self.sketch)
        sketch_column.addStretch(1)
        row.addLayout(sketch_column)

    def _fill_printers(self) -> None:
        names = QPrinterInfo.availablePrinterNames()
        default = QPrinterInfo.defaultPrinterName()
        for name in names:
            label = self.tr("{printer} (the system's default)").format(printer=name) \
                if name == default else name
            self.printer_choice.addItem(label, name)
        self.printer_choice.addItem(self.tr("No printer yet: save the cards as PDF"), "")
        chosen = remembered_printer()
        if chosen is None:
            chosen = default if default in names else (names[0] if names else "")
        self.printer_choice.setCurrentIndex(max(self.printer_choice.findData(chosen), 0))
        self.printer_note.setText(
            self.tr("A thermal label printer prints one card per label; an ordinary printer prints "
                    "several cards on an A4 sheet.") if names else
            self.tr("No printer is installed on this computer yet. You can save the cards as PDF and "
                    "print them anywhere, and choose a printer here later."))

    def _layout_changed(self, *_args) -> None:
        layout = self.layouts[self.layout_choice.currentData()]
        self.sketch.set_layout(layout)
        size = self.tr("{w:g} × {h:g} mm").format(w=layout.card_w, h=layout.card_h)
        if layout.thermal or (layout.per_page == 1 and layout.page_w < 150):
            text = self.tr("One card of {size} per label or roll piece, for a thermal label "
                           "printer.").format(size=size)
        else:
            text = self.tr("Cards of {size}, {n} per sheet, for an ordinary printer.").format(
                size=size, n=layout.per_page)
        self.description.setText(text)

    def chosen_layout(self) -> str:
        return self.layout_choice.currentData()

    def chosen_printer(self) -> str:
        return self.printer_choice.currentData()

    def apply(self) -> None:
        settings = QSettings()
        settings.setValue(LAYOUT_KEY, self.chosen_layout())
        settings.setValue(PRINTER_KEY, self.chosen_printer())
