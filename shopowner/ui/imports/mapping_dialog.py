"""Which column is which, for the seller's own customer list: one QComboBox per field, a preview
of the first rows, and the guessed (or remembered) choice filled in."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QTableWidget, QTableWidgetItem,
    QVBoxLayout,
)

from shopowner.imports import generic
from shopowner.ui.columns import FittedColumns


class ColumnMappingDialog(QDialog):
    def __init__(self, parent, file_name: str, headers: list[str], preview: list[list[str]],
                 mapping: dict[str, str]):
        super().__init__(parent)
        self.setObjectName("columnMappingDialog")
        self.setWindowTitle(self.tr("Choose the columns — {name}").format(name=file_name))
        self.headers = [h for h in headers if h]
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("This table is not a platform's order export. Tell us which column "
                               "holds what; at least a name, mobile or WeChat ID is needed. The "
                               "choice is remembered for files with the same columns."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.boxes: dict[str, QComboBox] = {}
        by_field = {f: h for h, f in mapping.items()}
        for field in generic.FIELDS:
            box = QComboBox()
            box.setObjectName(f"map_{field}")
            box.addItem(self.tr("— not used —"), "")
            for header in self.headers:
                box.addItem(header, header)
            if by_field.get(field) in self.headers:
                box.setCurrentIndex(self.headers.index(by_field[field]) + 1)
            box.currentIndexChanged.connect(self._check)
            self.boxes[field] = box
            form.addRow(generic.field_label(field), box)
        layout.addLayout(form)
        self.preview = QTableWidget(len(preview), len(headers))
        self.preview.setObjectName("mappingPreview")
        self.preview.setHorizontalHeaderLabels(headers)
        for r, row in enumerate(preview):
            for c, value in enumerate(row[: len(headers)]):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        self.preview.setMaximumHeight(180)
        # the file's own cells: each column as wide as its first rows, long ones elided (hover)
        self.preview_columns = FittedColumns(self.preview, free=range(len(headers)), cap=220)
        layout.addWidget(self.preview)
        self.problem = QLabel()
        self.problem.setObjectName("mappingProblem")
        self.problem.setStyleSheet("color: #b3261e")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._check()

    def mapping(self) -> dict[str, str]:
        """Header → field for the chosen columns."""
        return {box.currentData(): field for field, box in self.boxes.items() if box.currentData()}

    def _check(self) -> None:
        chosen = [b.currentData() for b in self.boxes.values() if b.currentData()]
        if len(chosen) != len(set(chosen)):
            message = self.tr("Each column can be used for one field only.")
        elif not generic.usable(self.mapping()):
            message = self.tr("Choose at least the name, mobile or WeChat ID column.")
        else:
            message = ""
        self.problem.setText(message)
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(not message)
