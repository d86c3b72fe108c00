"""商品: the products the shop sold, built from the imported orders, with what each sold and the
owner's print name, private-only flag (私域特供), private price and cost; and, in a second tab,
the orders sold over WeChat (``ui/orders/list_tab.py``).

The list is read off the GUI thread, whole (see :func:`_whole_list`), again on a change
notice about products or orders (an edit here, the print-names dialog, an import) while it is on
screen. Edits write through :mod:`shopowner.products.catalogue` on a worker
(:mod:`shopowner.ui.background`) and announce ``PRODUCTS``.

Keys: Ctrl+F search, Enter or F2 edit the selected product, Ctrl+Shift+P mark it private-only or not,
Ctrl+Shift+O a new private order (私域订单) starting with it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget,
)

from shopowner.changes import ORDERS, PRODUCTS, Change
from shopowner.products.catalogue import Product, list_products, set_product
from shopowner.ui import background
from shopowner.ui.empty_state import EmptyState
from shopowner.ui.followups.table_model import SqlTableModel, make_view, selected_row
from shopowner.ui.notices import listen
from shopowner.vocab.money import yuan

NAME_COLUMN = 2


def _fetch(db, limit, offset, **filters) -> list[dict]:
    return [p.as_json() for p in list_products(db, limit=limit, offset=offset, **filters)]


def _whole_list(db, _limit, **filters) -> tuple[int, list[dict], None]:
    """Every product matching the filters in one read: the sales figures take one pass over all
    order lines whatever the page size (measured: 0.4-0.5 s at 320,000 lines), so paging would
    repeat it per page. The view still formats only the rows it paints."""
    rows = [p.as_json() for p in list_products(db, **filters)]
    return len(rows), rows, None


def _money(fen: int | None) -> str:
    return "" if fen is None else yuan(fen)


class ProductsArea(QWidget):
    def __init__(self, window):
        super().__init__()
        self.window_ = window
        self.setObjectName("productsArea")
        self.search = QLineEdit(objectName="productSearch")
        self.search.setPlaceholderText(self.tr("Search name, SKU or print name  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.private_filter = QCheckBox(self.tr("Private-only products"), objectName="privateFilter")
        self.edit_button = QPushButton(self.tr("Edit…  (Enter)"), objectName="editProduct")
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.private_button = QPushButton(self.tr("Private only on/off  (Ctrl+Shift+P)"),
                                          objectName="togglePrivate")
        self.private_button.clicked.connect(lambda: self.toggle_private())
        self.order_button = QPushButton(self.tr("New private order…  (Ctrl+Shift+O)"), objectName="newOrder")
        self.order_button.clicked.connect(lambda: window.new_private_order(*self.order_context()))
        self.count = QLabel(objectName="productCount")
        self.model = SqlTableModel([
            (self.tr("No."), "id"),
            (self.tr("Print name"), "print_name"),
            (self.tr("Product"), "name"),
            (self.tr("SKU"), "sku"),
            (self.tr("Orders"), "orders"),
            (self.tr("Units"), "units"),
            (self.tr("Revenue (yuan)"), lambda r: yuan(r["revenue_fen"])),
            (self.tr("Last sold"), "last_sold"),
            (self.tr("Private price"), lambda r: _money(r["price_fen"])),
            (self.tr("Cost"), lambda r: _money(r["cost_fen"])),
            (self.tr("Private only"), lambda r: "✓" if r["private_only"] else ""),
        ], window.data_dir, fetch=_fetch, first=_whole_list, filters=self._filters, right=(0, 4, 5, 6, 8, 9),
            parent=self)
        self.view = make_view(self.model, "products/list", stretch=NAME_COLUMN, free=(1,), samples={
            6: ["1,234,567.00"], 7: ["2026-12-31"], 8: ["12,345.00"], 9: ["12,345.00"]})
        self.view.setObjectName("productsView")
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.empty = EmptyState(self.view)
        self.model.loaded.connect(self._loaded)
        self._typing = QTimer(self, singleShot=True, interval=250)  # one query per pause in typing
        self._typing.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._typing.start())
        self.private_filter.toggled.connect(lambda _: self.refresh())
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            QShortcut(QKeySequence(key), self.view, self.edit_selected,
                      context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("Ctrl+Shift+P"), self, self.toggle_private,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.private_filter)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.private_button)
        bar.addWidget(self.order_button)
        products = QWidget(objectName="productsPage")
        layout = QVBoxLayout(products)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        layout.addWidget(self.count)
        from shopowner.ui.orders.list_tab import PrivateOrdersTab

        self.orders = PrivateOrdersTab(window)
        self.tabs = QTabWidget(objectName="productsTabs")
        self.tabs.addTab(products, self.tr("Products"))
        self.tabs.addTab(self.orders, self.tr("Private orders"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)
        self.listener = listen(self, window, lambda _change: self.refresh(), PRODUCTS, ORDERS, first=True)

    def _filters(self) -> dict:
        return dict(search=self.search.text(), private_only=self.private_filter.isChecked())

    def refresh(self) -> None:
        """Read the list again (off the GUI thread)."""
        self._keep = selected_row(self.view)
        self.model.refresh()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _loaded(self, _extra) -> None:
        total = self.model.total()
        filtered = any(self._filters().values())
        self.count.setText(self.tr("Products: {n}").format(n=total))
        if total == 0 and not filtered:
            from shopowner.ui.setup.empty_hints import import_hint

            hint = import_hint(self.window_, self.tr(
                "No products yet. The products list is made from your orders: import the order exports "
                "from your seller center, and every product they sold appears here."))
            self.empty.show_message(hint.text, hint.button, hint.action, hint.hint)
        else:
            self.empty.hide()
            if total == 0:
                self.count.setText(self.tr("No product matches."))
        keep = getattr(self, "_keep", None)
        if keep is not None:  # the same product stays selected after a refresh
            for row in range(self.model.rowCount()):
                if (self.model.row_at(row) or {}).get("id") == keep["id"]:
                    self.view.selectRow(row)
                    break

    def order_context(self) -> tuple[None, int | None]:
        """What a new private order (Ctrl+Shift+O) starts with: the selected product (nothing from
        the private orders tab)."""
        row = selected_row(self.view) if self.tabs.currentWidget() is not self.orders else None
        return None, (row["id"] if row else None)

    def _selected(self) -> Product | None:
        """The selected product as the list read it (nothing is read on the GUI thread)."""
        row = selected_row(self.view)
        if row is None:
            self.window_.dialogs.information(self, self.tr("Products"),
                                             self.tr("Select a product in the list first."))
            return None
        return Product(**row)

    def edit_selected(self) -> bool:
        from shopowner.ui.products.edit_dialog import ProductDialog

        product = self._selected()
        if product is None:
            return False
        dialog = ProductDialog(self.window_, product)
        if self.window_.dialogs.exec_dialog(dialog) and dialog.saved is not None:
            self._announce()
            return True
        return False

    def toggle_private(self) -> None:
        product = self._selected()
        if product is None:
            return

        def gone(exc: Exception) -> None:  # since the list was read
            self.window_.dialogs.information(self, self.tr("Products"), str(exc))
            self.refresh()

        def done(changed) -> None:
            self.window_.statusBar().showMessage(
                (self.tr("“{name}” is now sold only over WeChat.") if changed.private_only
                 else self.tr("“{name}” is no longer private-only.")).format(name=changed.print_name), 6000)
            self._announce()
        background.write(self, set_product, product.id, private_only=not product.private_only, on_done=done,
                         refused=(LookupError,), on_refused=gone, data_dir=self.window_.data_dir)

    def _announce(self) -> None:
        self.window_.announce(Change.of(PRODUCTS, customer_ids=[], source="products"))
