"""Edit one product: its print name (what ``{商品}`` prints), private-only flag (私域特供), private
price and cost, typed in yuan. Saved through :func:`shopowner.products.catalogue.set_product` on
a worker (the Save button waits for it); a value it refuses is explained under the fields and
nothing is written."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
)

from shopowner.cards.product_names import MAX_LENGTH, auto_print_name
from shopowner.products.catalogue import Product, set_product
from shopowner.ui import background
from shopowner.vocab.money import yuan
from shopowner.ui.form_parts import error_label, hint_label, save_cancel
from shopowner.vocab.money import yuan_input



def _save(db, product_id: int, **values):
    """On a worker; a refusal comes back as the result, in its own words."""
    try:
        return set_product(db, product_id, **values)
    except (ValueError, LookupError) as exc:
        return exc


class ProductDialog(QDialog):
    def __init__(self, window, product: Product):
        super().__init__(window)
        self.data_dir = window.data_dir
        self.product = product
        self.saved: Product | None = None
        self.saving = False
        self.setObjectName("productDialog")
        self.setWindowTitle(self.tr("Product {id}").format(id=product.id))
        title = QLabel(product.name + (f"  ({product.sku})" if product.sku else ""))
        title.setWordWrap(True)
        sold = QLabel(self.tr("{orders} orders, {units} units, {revenue} yuan; last sold {day}").format(
            orders=product.orders, units=product.units, revenue=yuan(product.revenue_fen),
            day=product.last_sold or self.tr("never")))
        sold.setStyleSheet("color: #666;")
        self.print_name = QLineEdit(product.own_print_name, objectName="printName")
        self.print_name.setMaxLength(MAX_LENGTH)
        self.print_name.setPlaceholderText(self.tr("Automatic: {name}").format(name=auto_print_name(product.name)))
        self.private_only = QCheckBox(self.tr("Sold only over WeChat (私域特供)"), objectName="privateOnly")
        self.private_only.setChecked(product.private_only)
        self.price = QLineEdit(yuan_input(product.price_fen), objectName="privatePrice")
        self.price.setPlaceholderText(self.tr("yuan, e.g. 68.50"))
        self.cost = QLineEdit(yuan_input(product.cost_fen), objectName="cost")
        self.cost.setPlaceholderText(self.tr("yuan, e.g. 20"))
        form = QFormLayout()
        form.addRow(self.tr("&Print name:"), self.print_name)
        form.addRow("", self.private_only)
        form.addRow(self.tr("Private p&rice:"), self.price)
        form.addRow(self.tr("C&ost:"), self.cost)
        hint = hint_label(self.tr("The print name is what {商品} says on a card, for every listing of this product. "
                              "Leave it empty for the automatic name; leave a price empty for none."))
        self.error = error_label("productError")
        self.buttons = buttons = save_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(sold)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.print_name.setFocus()

    def accept(self) -> None:
        if self.saving:
            return
        name = self.print_name.text()
        self._set_saving(True)
        task = background.write(
            self, _save, self.product.id, data_dir=self.data_dir, on_done=self._saved,
            print_name=None if name.strip() == self.product.own_print_name else name,
            private_only=self.private_only.isChecked(), price=self.price.text(), cost=self.cost.text())
        task.signals.failed.connect(lambda _exc: self._set_saving(False))  # after its message

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.buttons.setEnabled(not saving)

    def _saved(self, result) -> None:
        self._set_saving(False)
        if isinstance(result, Exception):
            self.error.setText(str(result))
            self._focus_on(str(result))
            return
        self.saved = result
        super().accept()

    def reject(self) -> None:
        if not self.saving:  # a save under way finishes first
            super().reject()

    def _focus_on(self, message: str) -> None:
        """Put the cursor in the field the message is about."""
        from shopowner.products.catalogue import cost_label, price_label

        field = (self.price if price_label() in message else self.cost if cost_label() in message
                 else self.print_name)
        field.setFocus()
        field.selectAll()
