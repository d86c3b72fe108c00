"""Edit one product: its print name (what ``{商品}`` prints), private-only flag (私域特供), private
price and cost, typed in yuan. Saved through :func:`shopowner.products.catalogue.set_product` on
a worker (the Save button waits for it); a value it refuses is explained under the fields and
nothing is written. The save is made over the product's version as the dialog read it: when
someone saved the product meanwhile (another PC, the command line), the fields only this dialog
changed are saved over theirs, and a field both changed is shown both ways for the owner to
choose (:mod:`shopowner.row_edits`)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
)

from shopowner.cards.product_names import MAX_LENGTH, auto_print_name
from shopowner.products.catalogue import Product, get_product, set_product
from shopowner.ui import background
from shopowner.ui.form_parts import error_label, hint_label, save_cancel
from shopowner.ui.row_conflicts import Changed, over_theirs, saving_over
from shopowner.vocab.money import yuan, yuan_input

FIELDS = ("print_name", "private_only", "price", "cost")
_set = saving_over(set_product, get_product)


def _values(product: Product) -> dict:
    """What the dialog edits of a product, as its fields hold it."""
    return {"print_name": product.own_print_name, "private_only": product.private_only,
            "price": yuan_input(product.price_fen), "cost": yuan_input(product.cost_fen)}


class ProductDialog(QDialog):
    def __init__(self, window, product: Product):
        super().__init__(window)
        self.data_dir = window.data_dir
        self.product = product
        self.saved: Product | None = None
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
        self._write(self._mine(), self.product.version)

    def _mine(self) -> dict:
        return {"print_name": self.print_name.text().strip(), "private_only": self.private_only.isChecked(),
                "price": self.price.text(), "cost": self.cost.text()}

    def _write(self, values: dict, version: int) -> None:
        """Save ``values`` over ``version`` on a worker (a print name only when it changed)."""
        values = dict(values)
        if "print_name" in values and values["print_name"] == self.product.own_print_name:
            values["print_name"] = None
        # a save someone else's came before comes back as Changed (ui/row_conflicts.py)
        background.save(self, _set, self.product.id, expected_version=version, data_dir=self.data_dir,
                        button=self.buttons, error=self.error, refused=(ValueError, LookupError),
                        on_refused=lambda exc: self._focus_on(str(exc)), on_done=self._saved, **values)

    @property
    def saving(self) -> bool:
        return not self.buttons.isEnabled()

    def _saved(self, result) -> None:
        self.buttons.setEnabled(True)
        if isinstance(result, Changed):
            self._over(result.now)
            return
        self.saved = result
        super().accept()

    def _over(self, now: Product) -> None:
        """Someone saved the product meanwhile: save what only this dialog changed; ask about a
        field both changed."""
        labels = {"print_name": self.tr("Print name"), "private_only": self.tr("Sold only over WeChat"),
                  "price": self.tr("Private price"), "cost": self.tr("Cost")}

        def shown(field: str, value) -> str:
            if field == "private_only":
                return self.tr("yes") if value else self.tr("no")
            return str(value or "") or self.tr("(empty)")

        writes = over_theirs(self, self.tr("this product"), _values(self.product), self._mine(), _values(now),
                             labels, shown)
        self.product = now  # what is saved from here on is laid over the product as it is now
        if not writes:
            self.saved = now
            super().accept()
            return
        self._write({f: writes[f] for f in FIELDS if f in writes}, now.version)

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
