"""The detail pane for one customer: identities, tags, notes, custom fields, stage, orders with
items, and a timeline of orders, cards, WeChat adds, follow-ups and feedback.

Everything it shows is read in one go off the GUI thread (:func:`followups.timeline.customer_detail`,
the timeline's rows worded there, as the CLI prints them) and filled in when it arrives; the orders
are a table model that formats only the rows on screen, so a customer with thousands of orders opens
as fast as one with three. Phones are
masked like the list's unless the area's "show full phones" is ticked. It asks the area to do
every write, so the area can confirm, run long work in the background and refresh the table.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QScrollArea, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from shopowner.customers.labels import identity_kind_label, identity_text, wechat_label
from shopowner.vocab.money import yuan
from shopowner.followups.timeline import customer_detail
from shopowner.tasks import Latest
from shopowner.ui.columns import ElidedTips
from shopowner.ui.models.list_table_model import ListTableModel
from shopowner.vocab.names import title_of
from shopowner.vocab.platforms import platform_name
from shopowner.vocab.stages import STAGES, stage_label

CUSTOM_FIELD_SUGGESTIONS = ("肤质", "口味", "宝宝年龄", "生日", "尺码", "过敏")


class DetailPane(QWidget):
    closed = Signal()

    def __init__(self, area, parent=None):
        super().__init__(parent)
        self.area = area
        self.customer_id: int | None = None
        self.setObjectName("customerDetail")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel(objectName="detailTitle")
        self.title.setStyleSheet("font-size: 16px; font-weight: bold")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stage = QComboBox(objectName="detailStage")
        self.stage.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.stage.activated.connect(self._stage_chosen)
        top.addWidget(self.title, 1)
        top.addWidget(QLabel(self.tr("Stage")))
        top.addWidget(self.stage)
        layout.addLayout(top)
        self.summary = QLabel(objectName="detailSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        # the action row; ``followup_slot`` is where the follow-up area adds "新建跟进"
        self.action_row = QHBoxLayout()
        self.followup_slot = QHBoxLayout()
        self.followup_slot.setObjectName("followupSlot")
        self.action_row.addLayout(self.followup_slot)
        self.followup_button = QPushButton(self.tr("New follow-up (Ctrl+N)"), objectName="detailFollowup")
        self.followup_button.clicked.connect(area.new_followup)
        self.followup_slot.addWidget(self.followup_button)
        self.order_button = self._button("detailNewOrder", self.tr("New private order…"),
                                         lambda: area.window_.new_private_order(self.customer_id))
        self.order_button.setToolTip(self.tr("An order sold over WeChat, shipped to this customer (Ctrl+Shift+O)"))
        self.edit_button = self._button("detailEdit", self.tr("Edit…"), lambda: area.edit_customer())
        self.tag_button = self._button("detailTag", self.tr("Add tag…"), lambda: area.tag_selection(
            [self.customer_id]))
        self.undo_button = self._button("detailUndoMerge", self.tr("Undo merge"), self._undo_merge)
        self.erase_button = self._button("detailErase", self.tr("Erase personal data…"),
                                         lambda: area.erase_customer(self.customer_id))
        self.delete_button = self._button("detailDelete", self.tr("Delete…"),
                                          lambda: area.delete_customer(self.customer_id))
        from shopowner.staff.permissions import ERASE
        from shopowner.ui.staff.session import follow

        follow(self.delete_button, area.window_, ERASE)
        self.action_row.addStretch(1)
        layout.addLayout(self.action_row)

        self.tags_row = QHBoxLayout()
        self.tags_row.setObjectName("detailTags")
        layout.addLayout(self.tags_row)

        self.tabs = QTabWidget(objectName="detailTabs")
        self.tabs.addTab(self._profile_tab(), self.tr("Profile"))
        self.orders_model = ListTableModel([
            (lambda o: f"{platform_name(o['platform'])} {o['platform_order_id']}",
             self.tr("Order"), None),
            ("created_at", self.tr("Date"), lambda v: (v or "")[:16]),
            (lambda o: o["status_text"] or o["status"], self.tr("Status"), None),
            (lambda o: o["paid_fen"] - o["refund_fen"], self.tr("Paid ¥"), yuan),
            ("items", self.tr("Items"), None),
            ("receiver_name", self.tr("Receiver"), None)], self)
        self.orders = self._table("detailOrders", self.orders_model)
        self._order_actions()
        self.tabs.addTab(self.orders, self.tr("Orders"))
        self.timeline_model = ListTableModel([
            ("at", self.tr("When"), None), ("what", self.tr("What"), None),
            ("details", self.tr("Details"), None)], self)
        self.timeline = self._table("detailTimeline", self.timeline_model)
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        layout.addWidget(self.tabs, 1)
        self.data: dict | None = None
        self._reads = Latest(self, data_dir=area.window_.data_dir, db=area.window_.db)
        self._wanted: int | None = None

    def _table(self, name: str, model: ListTableModel) -> QTableView:
        table = QTableView(objectName=name)
        table.setModel(model)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(22)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(30)  # measure the first rows, never thousands
        header.setStretchLastSection(True)
        ElidedTips(table)  # a cut cell (the timeline's details, an order's items) shows whole on hover
        return table

    def _order_actions(self) -> None:
        """Right-click on a private order not shipped yet: mark it shipped, or cancel it."""
        from shopowner.ui.orders import cancel_order, mark_order_shipped

        window = self.area.window_
        self.ship_action = QAction(self.tr("Mark shipped"), self.orders)
        self.cancel_action = QAction(self.tr("Cancel this private order…"), self.orders)
        self.ship_action.triggered.connect(lambda: self._on_order(mark_order_shipped, window))
        self.cancel_action.triggered.connect(lambda: self._on_order(cancel_order, window))
        self.orders.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.ship_action, self.cancel_action):
            action.setEnabled(False)
            self.orders.addAction(action)
        self.orders.selectionModel().selectionChanged.connect(lambda *_: self._enable_order_actions())
        self.orders_model.modelReset.connect(self._enable_order_actions)

    def _selected_order(self) -> dict | None:
        """The one order selected (none when several are: the actions act on one order)."""
        rows = self.orders.selectionModel().selectedRows()
        return self.orders_model.rows[rows[0].row()] \
            if len(rows) == 1 and rows[0].row() < len(self.orders_model.rows) else None

    def _enable_order_actions(self) -> None:
        from shopowner.orders.private import can_cancel, can_ship

        order = self._selected_order()
        self.ship_action.setEnabled(order is not None and can_ship(order))
        self.cancel_action.setEnabled(order is not None and can_cancel(order))

    def _on_order(self, act, window) -> None:
        order = self._selected_order()
        if order is not None:
            act(window, order["platform_order_id"])

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.clicked.connect(slot)
        self.action_row.addWidget(button)
        return button

    def _profile_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.identities = QLabel(objectName="detailIdentities")
        self.identities.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.identities.setWordWrap(True)
        layout.addWidget(self.identities)
        layout.addWidget(QLabel(self.tr("Notes")))
        self.notes = QPlainTextEdit(objectName="detailNotes")
        self.notes.setFixedHeight(80)
        layout.addWidget(self.notes)
        layout.addWidget(QLabel(self.tr("Custom fields")))
        self.fields_host = QWidget()
        self.fields_form = QFormLayout(self.fields_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.fields_host)
        scroll.setMaximumHeight(160)
        layout.addWidget(scroll)
        add_row = QHBoxLayout()
        self.new_field = QComboBox(objectName="newFieldName")
        self.new_field.setEditable(True)
        self.new_field.addItems(CUSTOM_FIELD_SUGGESTIONS)
        self.new_field.setCurrentText("")
        self.new_value = QLineEdit(objectName="newFieldValue",
                                   placeholderText=self.tr("value"))
        add = QPushButton(self.tr("Add field"), objectName="addField")
        add.clicked.connect(self._add_field)
        add_row.addWidget(self.new_field)
        add_row.addWidget(self.new_value, 1)
        add_row.addWidget(add)
        layout.addLayout(add_row)
        save = QPushButton(self.tr("Save notes and fields"), objectName="saveProfile")
        save.clicked.connect(self.save_profile)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        self.field_edits: dict[str, QLineEdit] = {}
        return page

    # showing ----------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._reads.busy

    def show_customer(self, customer_id: int | None) -> None:
        """Show this customer (``None``: nobody); the details are read on a worker."""
        self._wanted = customer_id
        if customer_id is None:
            self._reads.drop()
            self._fill(None)
            return
        if customer_id != self.customer_id:
            self._set_actions_enabled(False)  # the buttons act on what is shown
        self._reads.request(customer_detail, customer_id, on_result=self._fill)

    def reload(self) -> None:
        """Read the shown customer again (after a change that concerns them)."""
        if self._wanted is not None:
            self.show_customer(self._wanted)

    def _set_actions_enabled(self, enabled: bool) -> None:
        for w in (self.stage, self.edit_button, self.tag_button, self.undo_button,
                  self.erase_button, self.delete_button, self.followup_button, self.order_button, self.tabs):
            w.setEnabled(enabled)
        from shopowner.staff.permissions import ERASE
        from shopowner.ui.staff.session import may

        self.delete_button.setEnabled(enabled and may(self.area.window_, ERASE))  # team mode

    def _fill(self, data: dict | None) -> None:
        self.data = data
        self.customer_id = data["customer"]["id"] if data else None
        self.setEnabled(data is not None)
        self._set_actions_enabled(data is not None)
        if data is None:
            self.title.setText(self.tr("No customer selected"))
            self.summary.clear()
            self.orders_model.set_rows([])
            self.timeline_model.set_rows([])
            return
        customer = data["customer"]
        erased = bool(customer["erased_at"])
        self.title.setText(title_of(customer))
        self.stage.clear()
        auto = self.tr("Automatic ({stage})").format(stage=stage_label(customer["stage"])) \
            if not customer["stage_manual"] else self.tr("Automatic (by the rules)")
        self.stage.addItem(auto, None)
        for stage in STAGES:
            self.stage.addItem(stage_label(stage), stage)
        self.stage.setCurrentIndex(STAGES.index(customer["stage"]) + 1
                                   if customer["stage_manual"] else 0)
        place = "".join(customer[k] for k in ("province", "city", "district", "address"))
        parts = [
            self.tr("Orders: {n} · spent ¥{spent}").format(
                n=customer["order_count"], spent=yuan(customer["total_spent_fen"])),
            self.tr("not counted: {n} unpaid or closed").format(
                n=data["order_total"] - customer["order_count"])
            if data["order_total"] > customer["order_count"] else "",
            wechat_label(customer["wechat_status"], customer["wechat_name"]),
            place,
        ]
        if data["open_complaints"]:
            parts.append(self.tr("⚠ %n open complaint(s)", "", data["open_complaints"]))
        if erased:
            parts.append(self.tr("Personal data erased on {when}").format(when=customer["erased_at"]))
        self.summary.setText(" · ".join(p for p in parts if p))
        self.show_identities()
        self._show_tags(data["tags"])
        self.notes.setPlainText(customer["notes"])
        self._show_fields(customer["custom_fields"])
        self.orders_model.set_rows(data["orders"])
        self.timeline_model.set_rows(data["timeline"])
        for table in (self.orders, self.timeline):  # measured on the first 30 rows only
            table.resizeColumnsToContents()
        self.undo_button.setVisible(bool(data["merges"]))
        from shopowner.staff.permissions import ERASE, refusal
        from shopowner.ui.staff.session import may

        allowed = may(self.area.window_, ERASE)  # team mode: the founder, or staff allowed to
        self.erase_button.setEnabled(not erased and allowed)
        self.erase_button.setToolTip("" if allowed else refusal(ERASE))

    def show_identities(self) -> None:
        """The phones and platform ids (phones masked unless the area shows full phones)."""
        if not self.data:
            return
        full = self.area.full_phones.isChecked()
        lines = []
        for ident in self.data["identities"]:
            kind = identity_kind_label(ident["kind"])
            if ident["platform"]:
                kind = self.tr("{kind} ({platform})").format(
                    kind=kind, platform=platform_name(ident["platform"]))
            masked = self.tr(" — masked by the platform") if ident["masked"] else ""
            value = identity_text(ident["kind"], ident["value"], full)
            lines.append(self.tr("{kind}: {value}").format(kind=kind, value=value) + masked)
        self.identities.setText("\n".join(lines) or self.tr("No phone or platform ID known."))

    def _show_tags(self, tags: list[dict]) -> None:
        while self.tags_row.count():
            item = self.tags_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for tag in tags:
            chip = QPushButton(f"{tag['name']} ×", objectName=f"tagChip_{tag['id']}")
            chip.setToolTip(self.tr("Remove this tag"))
            chip.setStyleSheet(f"background: {tag['color']}; color: white; border-radius: 8px; "
                               f"padding: 2px 8px")
            chip.clicked.connect(lambda _=False, t=tag["id"]: self.area.untag(self.customer_id, t))
            self.tags_row.addWidget(chip)
        self.tags_row.addStretch(1)

    def _show_fields(self, fields: dict) -> None:
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        self.field_edits = {}
        for key, value in fields.items():
            edit = QLineEdit(str(value), objectName=f"field_{key}")
            self.field_edits[key] = edit
            self.fields_form.addRow(key, edit)

    def _add_field(self) -> None:
        key, value = self.new_field.currentText().strip(), self.new_value.text().strip()
        if not key:
            return
        if key in self.field_edits:
            self.field_edits[key].setText(value)
        else:
            edit = QLineEdit(value, objectName=f"field_{key}")
            self.field_edits[key] = edit
            self.fields_form.addRow(key, edit)
        self.new_field.setCurrentText("")
        self.new_value.clear()

    # writes go through the area -----------------------------------------------------------
    def custom_fields(self) -> dict:
        return {k: e.text().strip() for k, e in self.field_edits.items() if e.text().strip()}

    def save_profile(self) -> None:
        if self.customer_id and self.data:
            self.area.save_profile(self.customer_id, self.notes.toPlainText().strip(),
                                   self.custom_fields(), self.data["customer"])

    def _stage_chosen(self, index: int) -> None:
        if self.customer_id and self.data:
            self.area.set_stage([self.customer_id], self.stage.itemData(index), self.data["customer"])

    def remember(self, customer: dict) -> None:
        """The customer row a save left (its new ``version``): the next save is made over it,
        also before the pane has read the customer again."""
        if self.data and customer.get("id") == self.customer_id:
            self.data["customer"] = customer

    def _undo_merge(self) -> None:
        merges = self.data["merges"] if self.data else []
        if merges:
            self.area.undo_merge(merges[0]["id"])
