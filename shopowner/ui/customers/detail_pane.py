"""The detail pane for one customer: identities, tags, notes, custom fields, stage, orders with
items, and a timeline of orders, cards, WeChat adds, follow-ups and feedback.

It reads through store functions and asks the area (``actions``) to do every write, so the
area can confirm, run long work in the background and refresh the table.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from shopowner.customers.labels import (
    display_name, feedback_kind_label, followup_kind_label, identity_kind_label, platform_label,
    stage_label, wechat_label, yuan,
)
from shopowner.store.customer_detail import open_complaints, orders_with_items, timeline
from shopowner.store.customer_merge import merges_of
from shopowner.store.customers import STAGES, get_customer, identities, tags_of

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
        self.title.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.stage = QComboBox(objectName="detailStage")
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
        self.edit_button = self._button("detailEdit", self.tr("Edit…"), lambda: area.edit_customer())
        self.tag_button = self._button("detailTag", self.tr("Add tag…"), lambda: area.tag_selection(
            [self.customer_id]))
        self.undo_button = self._button("detailUndoMerge", self.tr("Undo merge"), self._undo_merge)
        self.erase_button = self._button("detailErase", self.tr("Erase personal data…"),
                                         lambda: area.erase_customer(self.customer_id))
        self.delete_button = self._button("detailDelete", self.tr("Delete…"),
                                          lambda: area.delete_customer(self.customer_id))
        self.action_row.addStretch(1)
        layout.addLayout(self.action_row)

        self.tags_row = QHBoxLayout()
        self.tags_row.setObjectName("detailTags")
        layout.addLayout(self.tags_row)

        self.tabs = QTabWidget(objectName="detailTabs")
        self.tabs.addTab(self._profile_tab(), self.tr("Profile"))
        self.orders = QTreeWidget(objectName="detailOrders")
        self.orders.setHeaderLabels([self.tr("Order"), self.tr("Date"), self.tr("Status"),
                                     self.tr("Paid ¥"), self.tr("Receiver")])
        self.tabs.addTab(self.orders, self.tr("Orders"))
        self.timeline = QTreeWidget(objectName="detailTimeline")
        self.timeline.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Details")])
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        layout.addWidget(self.tabs, 1)

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.clicked.connect(slot)
        self.action_row.addWidget(button)
        return button

    def _profile_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.identities = QLabel(objectName="detailIdentities")
        self.identities.setTextInteractionFlags(Qt.TextSelectableByMouse)
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
        layout.addWidget(save, 0, Qt.AlignRight)
        layout.addStretch(1)
        self.field_edits: dict[str, QLineEdit] = {}
        return page

    # showing ----------------------------------------------------------------------------------
    def show_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        db = self.area.window_.db
        customer = get_customer(db, customer_id) if customer_id else None
        self.setEnabled(customer is not None)
        if customer is None:
            self.title.setText(self.tr("No customer selected"))
            self.summary.clear()
            return
        erased = bool(customer["erased_at"])
        self.title.setText(display_name(customer["name"], customer["nickname"], erased))
        self.stage.clear()
        auto = self.tr("Automatic ({stage})").format(stage=stage_label(customer["stage"])) \
            if not customer["stage_manual"] else self.tr("Automatic (by the rules)")
        self.stage.addItem(auto, None)
        for stage in STAGES:
            self.stage.addItem(stage_label(stage), stage)
        self.stage.setCurrentIndex(STAGES.index(customer["stage"]) + 1
                                   if customer["stage_manual"] else 0)
        place = "".join(customer[k] for k in ("province", "city", "district", "address"))
        complaints = open_complaints(db, customer_id)
        parts = [
            self.tr("{n} orders, ¥{spent} in total").format(n=customer["order_count"],
                                                            spent=yuan(customer["total_spent_fen"])),
            wechat_label(customer["wechat_status"], customer["wechat_name"]),
            place,
        ]
        if complaints:
            parts.append(self.tr("⚠ {n} open complaint(s)").format(n=complaints))
        if erased:
            parts.append(self.tr("Personal data erased on {when}").format(when=customer["erased_at"]))
        self.summary.setText(" · ".join(p for p in parts if p))
        self._show_identities(db, customer_id)
        self._show_tags(db, customer_id)
        self.notes.setPlainText(customer["notes"])
        self._show_fields(customer["custom_fields"])
        self._show_orders(db, customer_id)
        self._show_timeline(db, customer_id)
        self.undo_button.setVisible(bool(merges_of(db, customer_id)))
        self.erase_button.setEnabled(not erased)

    def _show_identities(self, db, customer_id: int) -> None:
        lines = []
        for ident in identities(db, customer_id):
            where = f"（{platform_label(ident['platform'])}）" if ident["platform"] else ""
            masked = self.tr(" — masked by the platform") if ident["masked"] else ""
            lines.append(f"{identity_kind_label(ident['kind'])}{where}：{ident['value']}{masked}")
        self.identities.setText("\n".join(lines) or self.tr("No phone or platform ID known."))

    def _show_tags(self, db, customer_id: int) -> None:
        while self.tags_row.count():
            item = self.tags_row.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for tag in tags_of(db, customer_id):
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

    def _show_orders(self, db, customer_id: int) -> None:
        self.orders.clear()
        for order in orders_with_items(db, customer_id):
            item = QTreeWidgetItem([
                f"{platform_label(order['platform'])} {order['platform_order_id']}",
                (order["created_at"] or "")[:16], order["status_text"] or order["status"],
                yuan(order["paid_fen"] - order["refund_fen"]), order["receiver_name"]])
            for line in order["items"]:
                title = f"{line['title']} {line['spec']}".strip()
                QTreeWidgetItem(item, [f"  {title} ×{line['quantity']}", "", "",
                                       yuan(line["amount_fen"]), ""])
            self.orders.addTopLevelItem(item)
            item.setExpanded(True)
        self.orders.resizeColumnToContents(0)

    def _show_timeline(self, db, customer_id: int) -> None:
        kinds = {"order": self.tr("Order"), "card": self.tr("Card printed"),
                 "wechat": self.tr("Added on WeChat"), "followup": self.tr("Follow-up"),
                 "feedback": self.tr("Feedback")}
        self.timeline.clear()
        for entry in timeline(db, customer_id):
            text, ref = entry["text"] or "", entry["ref"] or ""
            if entry["kind"] == "order":
                text = f"¥{yuan(int(text or 0))}"
                platform, _, order_id = ref.partition(" ")
                ref = f"{platform_label(platform)} {order_id}"
            elif entry["kind"] == "card" and text:
                text = self.tr("code used on {when}").format(when=text[:16])
            elif entry["kind"] == "feedback":
                ref = feedback_kind_label(ref)
            elif entry["kind"] == "followup":
                ref = followup_kind_label(ref)
            self.timeline.addTopLevelItem(QTreeWidgetItem([
                (entry["at"] or "")[:16], kinds.get(entry["kind"], entry["kind"]),
                f"{ref} {text}".strip()]))
        self.timeline.resizeColumnToContents(0)

    # writes go through the area -----------------------------------------------------------
    def custom_fields(self) -> dict:
        return {k: e.text().strip() for k, e in self.field_edits.items() if e.text().strip()}

    def save_profile(self) -> None:
        if self.customer_id:
            self.area.save_profile(self.customer_id, self.notes.toPlainText().strip(),
                                   self.custom_fields())

    def _stage_chosen(self, index: int) -> None:
        if self.customer_id:
            self.area.set_stage([self.customer_id], self.stage.itemData(index))

    def _undo_merge(self) -> None:
        merges = merges_of(self.area.window_.db, self.customer_id) if self.customer_id else []
        if merges:
            self.area.undo_merge(merges[0]["id"])
