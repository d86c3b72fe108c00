"""新建私域订单: a private order entered from the customer in seconds — the customer (prefilled
when opened from one), item rows (a product from the picker, private-only ones first, or a name
typed; quantity; price, the product's private price to start with), how it was paid, its status,
the address (the customer's latest order's, editable) and a note; the total shown as it is typed.

Saved through :func:`shopowner.orders.private.add_private_order` on a worker (the Save button
waits for it); what it refuses is explained under the fields in the window's language and nothing
is written. What it starts with is read before it opens (:func:`dialog_start`), a customer's
address when they are picked: nothing runs on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidgetItem, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from shopowner.orders.private import (
    MAX_QUANTITY, STATUSES, Address, ItemSpec, OrderError, PrivateOrder, add_private_order, address_for,
    check_price, customer_name, order_products,
)
from shopowner.tasks import Latest
from shopowner.ui import background
from shopowner.ui.followups.customer_search import CustomerSearch
from shopowner.vocab.money import yuan
from shopowner.vocab.order_statuses import status_label
from shopowner.vocab.paid_via import PAID_VIA, paid_via_label
from shopowner.ui.form_parts import error_label, save_cancel
from shopowner.vocab.money import yuan_input

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # a picker item's product id
ADDRESS_FIELDS = ("receiver_name", "receiver_phone", "province", "city", "district", "address")


def dialog_start(db, customer_id: int | None):
    """What the dialog opens with: the products, and the customer's (name, address) or None."""
    return order_products(db), _customer(db, customer_id) if customer_id is not None else None


def _customer(db, customer_id: int) -> tuple[str | None, Address]:
    return customer_name(db, customer_id), address_for(db, customer_id)


class ItemRow:
    """One item line: product (picked or typed), quantity, price, and its remove button."""

    def __init__(self, dialog: PrivateOrderDialog, products: list[dict]):
        self.product = QComboBox(objectName="itemProduct")
        self.product.setEditable(True)
        self.product.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.product.setMinimumContentsLength(22)
        editor = self.product.lineEdit()
        assert editor is not None  # an editable combo box has one
        editor.setPlaceholderText(translate("PrivateOrderDialog", "Product, SKU or a new name"))
        for p in products:
            label = p["print_name"] or p["name"]
            if p["sku"]:
                label += f"  ({p['sku']})"
            if p["private_only"]:
                label = translate("PrivateOrderDialog", "{name}  · private only").format(name=label)
            self.product.addItem(label, p)
            self.product.setItemData(self.product.count() - 1, p["id"], ID_ROLE)
        self.product.setCurrentIndex(-1)
        self.quantity = QSpinBox(objectName="itemQuantity", minimum=1, maximum=MAX_QUANTITY)
        self.price = QLineEdit(objectName="itemPrice")
        self.price.setPlaceholderText(translate("PrivateOrderDialog", "yuan"))
        self.price.setMaximumWidth(90)
        self.remove = QPushButton(translate("PrivateOrderDialog", "Remove"), objectName="removeItem")
        self.product.currentIndexChanged.connect(self._picked)
        for signal in (self.product.editTextChanged, self.price.textChanged, self.quantity.valueChanged):
            signal.connect(lambda *_: dialog.show_total())

    def widgets(self) -> list[QWidget]:
        return [self.product, self.quantity, self.price, self.remove]

    def chosen(self) -> dict | None:
        """The picked product, unless the text was changed since it was picked."""
        data = self.product.currentData()
        if data is not None and self.product.currentText() == self.product.itemText(self.product.currentIndex()):
            return data
        return None

    def _picked(self, _index: int) -> None:
        product = self.chosen()
        if product is not None and product["price_fen"] is not None:
            self.price.setText(yuan_input(product["price_fen"]))

    def name(self) -> str:
        product = self.chosen()
        if product is not None:
            return product["sku"] or product["name"]
        return self.product.currentText().strip()

    def is_empty(self) -> bool:
        return not self.name() and not self.price.text().strip()

    def spec(self) -> ItemSpec:
        name, typed = self.name(), self.price.text().strip()
        return ItemSpec(name, self.quantity.value(), check_price(typed, name or "?") if typed else None)


class PrivateOrderDialog(QDialog):
    def __init__(self, window, customer_id: int | None = None, product_id: int | None = None, *,
                 products: list[dict] | None = None,
                 customer: tuple[str | None, Address] | None = None):
        """``products`` and ``customer`` (their name and address) as :func:`dialog_start` read them."""
        super().__init__(window)
        self.data_dir = window.data_dir
        self.saved: PrivateOrder | None = None
        self.setObjectName("privateOrderDialog")
        self.setWindowTitle(self.tr("New private order"))
        self.products = products or []
        self._addresses = Latest(self, data_dir=window.data_dir, db=window.db)
        self._address_of: int | None = None  # the customer whose address is being read
        self._known: tuple[int, Address] | None = None  # a customer's address read with them
        self.customer = CustomerSearch(window.db, self)
        self.customer.picked.connect(self._customer_picked)
        self.rows: list[ItemRow] = []
        self.grid = QGridLayout()
        for column, header in enumerate((self.tr("Product"), self.tr("Qty"), self.tr("Price (yuan)"))):
            self.grid.addWidget(QLabel(header), 0, column)
        self.add_button = QPushButton(self.tr("&Add item"), objectName="addItem")
        self.add_button.clicked.connect(lambda: self.add_row())
        self.total = QLabel(objectName="orderTotal")
        self.total.setStyleSheet("font-weight: bold;")
        self.paid_via = QComboBox(objectName="paidVia")
        for key in PAID_VIA:
            self.paid_via.addItem(paid_via_label(key), key)
        self.status = QComboBox(objectName="orderStatus")
        for key in STATUSES:
            self.status.addItem(status_label(key), key)
        self.address = {f: QLineEdit(objectName=f) for f in ADDRESS_FIELDS}
        self.note = QLineEdit(objectName="orderNote")
        self.note.setMaxLength(500)
        self.error = error_label("orderError")
        self.buttons = save_cancel(self)
        self._lay_out(self.buttons)
        first = self.add_row()
        if product_id is not None:
            index = first.product.findData(product_id, role=ID_ROLE)
            first.product.setCurrentIndex(index)
        if customer_id is not None:
            self.set_customer(customer_id, customer)
        self.show_total()

    def _lay_out(self, buttons: QDialogButtonBox) -> None:
        items = QVBoxLayout()
        items.addLayout(self.grid)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(self.total)
        items.addLayout(row)
        form = QFormLayout()
        form.addRow(self.tr("Customer:"), self.customer)
        form.addRow(self.tr("Items:"), items)
        form.addRow(self.tr("Paid &via:"), self.paid_via)
        form.addRow(self.tr("&Status:"), self.status)
        labels = (self.tr("&Receiver:"), self.tr("&Phone:"), self.tr("Province:"), self.tr("City:"),
                  self.tr("District:"), self.tr("A&ddress:"))
        region = QHBoxLayout()
        for field in ("province", "city", "district"):
            self.address[field].setPlaceholderText(dict(zip(ADDRESS_FIELDS, labels, strict=True))[field]
                                                   .rstrip(":：").replace("&", ""))
            region.addWidget(self.address[field])
        form.addRow(labels[0], self.address["receiver_name"])
        form.addRow(labels[1], self.address["receiver_phone"])
        form.addRow(self.tr("Region:"), region)
        form.addRow(labels[5], self.address["address"])
        form.addRow(self.tr("&Note:"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    # customer ---------------------------------------------------------------
    def set_customer(self, customer_id: int, known: tuple[str | None, Address] | None = None) -> None:
        """The customer the order is for (opened from their page), their address filled in;
        ``known``: their name and address, else read first."""
        if known is None:
            background.read(self, _customer, customer_id, data_dir=self.data_dir,
                            on_result=lambda found: self.set_customer(customer_id, found))
            return
        name, address = known
        self._known = (customer_id, address)
        item = QListWidgetItem(self.tr("{name} (customer {id})").format(name=name or "—", id=customer_id))
        item.setData(Qt.ItemDataRole.UserRole, customer_id)
        self.customer.results.clear()
        self.customer.results.addItem(item)
        self.customer.results.setCurrentRow(0)  # picked: the address follows

    def _customer_picked(self, customer_id: int) -> None:
        if self._known is not None and self._known[0] == customer_id:
            self._address_of = None
            self._addresses.drop()
            return self._show_address(self._known[1])
        self._address_of = customer_id
        self._addresses.request(address_for, customer_id, on_result=self._address_read)

    def _address_read(self, address: Address) -> None:
        self._address_of = None
        self._show_address(address)

    def _show_address(self, address: Address) -> None:
        for field, edit in self.address.items():
            edit.setText(getattr(address, field))

    # items ------------------------------------------------------------------
    def add_row(self) -> ItemRow:
        row = ItemRow(self, self.products)
        row.remove.clicked.connect(lambda: self.remove_row(row))
        self.rows.append(row)
        self._place_rows()
        row.product.setFocus()
        return row

    def remove_row(self, row: ItemRow) -> None:
        if len(self.rows) == 1:  # one row stays, emptied
            row.product.setCurrentIndex(-1)
            row.product.setEditText("")
            row.price.clear()
            row.quantity.setValue(1)
        else:
            self.rows.remove(row)
            for widget in row.widgets():
                self.grid.removeWidget(widget)
                widget.deleteLater()
            self._place_rows()
        self.show_total()

    def _place_rows(self) -> None:
        for n, row in enumerate(self.rows, start=1):
            for column, widget in enumerate(row.widgets()):
                self.grid.addWidget(widget, n, column)

    def show_total(self) -> None:
        total = 0
        for row in self.rows:
            if row.is_empty():
                continue
            try:
                spec = row.spec()
            except OrderError:
                spec = None
            if spec is None or spec.price_fen is None:
                self.total.setText(self.tr("Total: — (a price is missing or wrong)"))
                return
            total += spec.price_fen * spec.quantity
        self.total.setText(self.tr("Total: {total} yuan").format(total=yuan(total)))

    # saving -----------------------------------------------------------------
    def accept(self) -> None:
        if self.saving:
            return
        self.customer.when_settled(self._save)  # the customer search typed last, once it answered

    def _save(self) -> None:
        if self.saving:
            return
        customer_id = self.customer.selected_id()
        if customer_id is None:
            self.error.setText(self.tr("Choose the customer first: type part of the name, the phone's last "
                                       "digits or an order number."))
            self.customer.query.setFocus()
            return
        try:
            specs = [row.spec() for row in self.rows if not row.is_empty()]
        except (OrderError, LookupError) as exc:
            self.error.setText(str(exc))
            return
        # the picked customer's address not read yet: the save takes it (as it would fill in)
        address = None if self._address_of == customer_id else Address(
            **{f: edit.text() for f, edit in self.address.items()})
        background.save(self, add_private_order, customer_id, specs, address=address, data_dir=self.data_dir,
                        paid_via=self.paid_via.currentData(), status=self.status.currentData(),
                        note=self.note.text(), button=self.buttons, error=self.error,
                        refused=(OrderError, LookupError), on_done=self._saved)

    @property
    def saving(self) -> bool:
        return not self.buttons.isEnabled()

    def _saved(self, result: PrivateOrder) -> None:
        self.buttons.setEnabled(True)
        self.saved = result
        super().accept()

    def reject(self) -> None:
        if not self.saving:  # a save under way finishes first
            super().reject()
