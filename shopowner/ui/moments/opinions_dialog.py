"""新品意见: ask a segment or tag about a private-only product and log each customer's opinion.

The products and groups offered, the group's customers and the product's summary are read off the
GUI thread; each opinion is written in the background through
:func:`shopowner.moments.opinions.log_opinion` and the product's summary redrawn."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QRadioButton, QVBoxLayout,
)

from shopowner import tasks
from shopowner.ui import background
from shopowner.moments.opinions import group_customers, log_opinion, opinions_of
from shopowner.moments.planner import private_products
from shopowner.store.customers import list_tags
from shopowner.vocab.moments import OPINIONS, opinion_label
from shopowner.vocab.rfm_segments import SEGMENTS, segment_label


class OpinionsDialog(QDialog):
    def __init__(self, window, product_id: int | None = None):
        super().__init__(window)
        self.window_ = window
        self.logged = 0
        self.loads = 0  # groups read (tests wait on it)
        self.setObjectName("momentsOpinionsDialog")
        self.setWindowTitle(self.tr("New-product opinions"))
        self.resize(560, 600)
        self.product = QComboBox(objectName="opinionProduct")
        self.group = QComboBox(objectName="opinionGroup")
        for key in SEGMENTS:
            self.group.addItem(segment_label(key), key)
        self.customers = QListWidget(objectName="opinionCustomers")
        self.choice = QButtonGroup(self)
        choices = QHBoxLayout()
        for n, opinion in enumerate(OPINIONS):
            button = QRadioButton(opinion_label(opinion), objectName=f"opinion_{opinion}")
            self.choice.addButton(button, n)
            choices.addWidget(button)
        self.choice.button(0).setChecked(True)
        self.note = QLineEdit(objectName="opinionNote")
        self.note.setPlaceholderText(self.tr("What they said (optional)"))
        self.log_button = QPushButton(self.tr("&Log opinion"), objectName="logOpinion", autoDefault=False)
        self.log_button.clicked.connect(self.log_selected)
        self.summary = QLabel(objectName="opinionSummary", wordWrap=True)
        self.error = QLabel(objectName="opinionError", wordWrap=True)
        self.error.setStyleSheet("color: #b3261e;")
        form = QFormLayout()
        form.addRow(self.tr("&Product:"), self.product)
        form.addRow(self.tr("&Ask:"), self.group)
        form.addRow(self.tr("Customers:"), self.customers)
        form.addRow(self.tr("Opinion:"), choices)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow("", self.log_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.no_product = QLabel(self.tr("No private-only product yet: mark a product 私域特供 in Products "
                                         "(Ctrl+Shift+P there), then ask your customers about it here."),
                                 wordWrap=True)
        self.no_product.hide()
        layout.addWidget(self.no_product)
        self.log_button.setEnabled(False)  # once the products are read
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self._summaries = tasks.Latest(self, data_dir=window.data_dir)
        self.ready = False  # the products and tags are read
        background.read(self, _choices, on_result=lambda choices: self._fill_choices(product_id, *choices))

    def _fill_choices(self, product_id: int | None, products: list, tags: list[dict]) -> None:
        for pid, name in products:
            self.product.addItem(f"{name}  (#{pid})", pid)
        if product_id is not None and self.product.findData(product_id) >= 0:
            self.product.setCurrentIndex(self.product.findData(product_id))
        for tag in tags:
            self.group.addItem(self.tr("Tag: {name}").format(name=tag["name"]), f"tag:{tag['name']}")
        self.no_product.setVisible(self.product.count() == 0)
        self.log_button.setEnabled(self.product.count() > 0)
        self.group.currentIndexChanged.connect(lambda _: self.load_group())
        self.product.currentIndexChanged.connect(lambda _: self.show_summary())
        self.ready = True
        self.load_group()
        self.show_summary()

    def load_group(self) -> None:
        self.customers.clear()
        self.loading = tasks.start_with_db(self.window_.data_dir, _customers_of, self.group.currentData(), owner=self)
        self.loading.signals.succeeded.connect(self._fill)

    def _fill(self, rows: list[dict]) -> None:
        self.loads += 1
        self.customers.clear()
        for row in rows:
            item = QListWidgetItem(f"{row['name']}  (#{row['id']})")
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            self.customers.addItem(item)
        if rows:
            self.customers.setCurrentRow(0)

    def show_summary(self) -> None:
        product_id = self.product.currentData()
        if product_id is None:
            self._summaries.drop()
            self.summary.setText("")
            return
        self._summaries.request(opinions_of, product_id, on_result=self._show_summary)

    def _show_summary(self, opinions: list) -> None:
        counts = {o: sum(1 for x in opinions if x.opinion == o) for o in OPINIONS}
        self.summary.setText(self.tr("{total} asked: {like} like it, {neutral} neutral, {dislike} dislike it.")
                             .format(total=len(opinions), **counts))

    def log_selected(self) -> bool:
        """Log the opinion in the background; False (saying why) without a product or customer."""
        item = self.customers.currentItem()
        if item is None or self.product.currentData() is None:
            self.error.setText(self.tr("Choose a product and a customer first."))
            return False
        if not self.log_button.isEnabled():
            return False  # logging the last one still
        background.save(self, log_opinion, self.product.currentData(), item.data(Qt.ItemDataRole.UserRole),
                        OPINIONS[self.choice.checkedId()], self.note.text(), self.group.currentData(),
                        button=self.log_button, error=self.error, refused=(ValueError, LookupError),
                        on_done=self._logged)
        return True

    def _logged(self, _opinion) -> None:
        self.log_button.setEnabled(True)
        self.error.setText("")
        self.logged += 1
        self.note.clear()
        self.customers.setCurrentRow(min(self.customers.currentRow() + 1, self.customers.count() - 1))
        self.show_summary()


def _choices(db) -> tuple[list, list[dict]]:
    """The private-only products and the tags a group may be."""
    return private_products(db), list_tags(db)


def _customers_of(db, group: str, progress=None) -> list[dict]:
    return group_customers(db, group)
