"""Which column is which, for a table that is not a known platform's export.

The dialog says what kind of table we think it is (orders, or the seller's own customer list),
which platform its orders come from (“Other platform” unless the seller names one), the column
proposed for each field (one combo box per field, pre-filled from the column names' meaning or
from the mapping confirmed before), and how the first rows will read once imported. Changing any
choice reads the rows again. The confirmed choice is remembered for files with the same columns.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from shopowner.imports import generic, mapping_preview, order_mapping
from shopowner.imports.order_mapping import CUSTOMERS, ORDERS, PLATFORM
from shopowner.ui.columns import ElidedTips

FIELD_COLUMNS = 3  # the fields are laid out in this many columns (23 order fields fit 1366×768)
PREVIEW_CAP = 220  # px: a preview column wider than this is elided (hover shows it whole)
WIDTH = 940  # px: room for the preview's columns (less on a smaller screen)


class ColumnMappingDialog(QDialog):
    def __init__(self, parent, file_name: str, headers: list[str], preview: list[list[str]],
                 mapping: dict[str, str], kind: str | None = None):
        super().__init__(parent)
        self.setObjectName("columnMappingDialog")
        self.setWindowTitle(self.tr("Choose the columns — {name}").format(name=file_name))
        self.all_headers = list(headers)
        self.headers = [h for h in headers if h]
        self.rows = preview
        kind = kind or order_mapping.kind_of(mapping)
        # what each kind starts from: the mapping given for its kind, else our proposal for it
        self.start = {
            ORDERS: mapping if kind == ORDERS else order_mapping.guess_orders(self.headers),
            CUSTOMERS: mapping if kind == CUSTOMERS else generic.guess_mapping(self.headers),
        }
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setObjectName("mappingIntro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("This table holds:")))
        self.kind = QComboBox()
        self.kind.setObjectName("mappingKind")
        self.kind.addItem(self.tr("Orders"), ORDERS)
        self.kind.addItem(self.tr("Customer list"), CUSTOMERS)
        top.addWidget(self.kind)
        top.addSpacing(16)
        self.platform_label = QLabel(self.tr("Orders from:"))
        top.addWidget(self.platform_label)
        self.platform = QComboBox()
        self.platform.setObjectName("mappingPlatform")
        for key in order_mapping.PLATFORM_CHOICES:
            self.platform.addItem(mapping_preview.platform_choice_label(key), key)
        chosen = mapping.get(PLATFORM, order_mapping.GENERIC) if kind == ORDERS else None
        if chosen and self.platform.findData(chosen) >= 0:
            self.platform.setCurrentIndex(self.platform.findData(chosen))
        top.addWidget(self.platform)
        top.addStretch(1)
        layout.addLayout(top)

        self.fields_box = QWidget()
        self.fields_box.setObjectName("mappingFields")
        self.grid = QGridLayout(self.fields_box)
        self.grid.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.fields_box)
        self.boxes: dict[str, QComboBox] = {}

        self.preview_title = QLabel(self.tr("How the first rows will read:"))
        layout.addWidget(self.preview_title)
        self.preview = QTableWidget(len(preview), 0)
        self.preview.setObjectName("mappingPreview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setMinimumHeight(140)
        self.preview.setMaximumHeight(220)
        self.preview.setWordWrap(False)
        self.preview.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.preview_tips = ElidedTips(self.preview)
        layout.addWidget(self.preview, 1)
        self.problem = QLabel()
        self.problem.setObjectName("mappingProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.platform.currentIndexChanged.connect(self._check)
        self._build_fields(kind)
        screen = self.screen().availableGeometry() if self.screen() else None
        room = screen.width() - 40 if screen else WIDTH
        self.resize(max(min(WIDTH, room), self.sizeHint().width()), self.sizeHint().height())

    # the answer -----------------------------------------------------------------------------
    def current_kind(self) -> str:
        return self.kind.currentData()

    def mapping(self) -> dict[str, str]:
        """Header → field for the chosen columns (and ``@platform`` for orders)."""
        chosen = {box.currentData(): field for field, box in self.boxes.items()
                  if box.currentData()}
        if self.current_kind() == ORDERS:
            chosen[PLATFORM] = self.platform.currentData()
        return chosen

    # building ---------------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        self._build_fields(self.current_kind())

    def _build_fields(self, kind: str) -> None:
        orders = kind == ORDERS
        self.platform_label.setVisible(orders)
        self.platform.setVisible(orders)
        if orders:
            self.intro.setText(self.tr(
                "This table is not a known platform's export, but it looks like a table of "
                "orders. Check the column chosen for each field and how the first rows will "
                "read, then import. Your choice is remembered for files with the same columns."))
        else:
            self.intro.setText(self.tr(
                "This table is not a platform's order export. Tell us which column holds what; "
                "at least a name, mobile or WeChat ID is needed. The choice is remembered for "
                "files with the same columns."))
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.boxes = {}
        by_field = {f: h for h, f in self.start[kind].items() if h != PLATFORM}
        fields = mapping_preview.fields_of(kind)
        per_column = -(-len(fields) // FIELD_COLUMNS)
        for n, field in enumerate(fields):
            box = QComboBox()
            box.setObjectName(f"map_{field}")
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(10)
            box.addItem(self.tr("— not used —"), "")
            for header in self.headers:
                box.addItem(header, header)
            if by_field.get(field) in self.headers:
                box.setCurrentIndex(self.headers.index(by_field[field]) + 1)
            box.currentIndexChanged.connect(self._check)
            self.boxes[field] = box
            row, column = n % per_column, n // per_column
            label = QLabel(mapping_preview.label_of(kind, field))
            label.setBuddy(box)
            self.grid.addWidget(label, row, column * 2)
            self.grid.addWidget(box, row, column * 2 + 1)
        for column in range(FIELD_COLUMNS):
            self.grid.setColumnStretch(column * 2 + 1, 1 if column * per_column < len(fields) else 0)
        self._check()

    def _check(self) -> None:
        chosen = [b.currentData() for b in self.boxes.values() if b.currentData()]
        mapping = order_mapping.check(self.mapping(), self.all_headers, self.current_kind())
        if len(chosen) != len(set(chosen)):
            message = self.tr("Each column can be used for one field only.")
        elif self.current_kind() == ORDERS and "order_id" not in mapping.columns.values():
            message = self.tr("Choose the order number column: orders cannot be told apart "
                              "without it.")
        elif self.current_kind() == CUSTOMERS and not generic.usable(mapping.columns):
            message = self.tr("Choose at least the name, mobile or WeChat ID column.")
        else:
            message = ""
        self.problem.setText(message)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not message)
        self._show_preview(mapping)

    def _show_preview(self, mapping) -> None:
        titles, cells = mapping_preview.preview(mapping, self.all_headers, self.rows)
        if titles:
            self.preview_title.setText(self.tr("How the first rows will read:"))
        else:  # nothing chosen yet: the file's own first rows, to choose from
            self.preview_title.setText(self.tr("The file's first rows (choose the columns above):"))
            titles = self.all_headers
            cells = [[(row[c] if c < len(row) else "") or "" for c in range(len(titles))]
                     for row in self.rows]
        self.preview.clear()
        self.preview.setColumnCount(len(titles))
        self.preview.setRowCount(len(cells))
        self.preview.setHorizontalHeaderLabels(titles)
        for r, row in enumerate(cells):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                if value.startswith("⚠"):
                    item.setToolTip(self.tr("This cell will not read as expected: check the "
                                            "column chosen for it."))
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()
        # every column shows the file's own text: a long one is elided, its tooltip holds it whole
        self.preview.setProperty("freeTextColumns", list(range(len(titles))))
        header = self.preview.horizontalHeader()
        for c in range(len(titles)):
            if header.sectionSize(c) > PREVIEW_CAP:
                header.resizeSection(c, PREVIEW_CAP)
