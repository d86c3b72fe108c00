"""Plan or edit one Moments post: the day, the WeChat account, the text, images (copied into the
data folder when saved) and the private-only product it shows. Saved through
:mod:`shopowner.moments.planner`; a value it refuses is explained under the fields and nothing
is written."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QFormLayout, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QVBoxLayout,
)

from shopowner.followups.attachments import AttachmentError
from shopowner.moments.accounts import account_names
from shopowner.moments.planner import Post, add_post, edit_post, private_products
from shopowner.ui.followups.attachment_list import AttachmentList
from shopowner.ui.form_parts import error_label, hint_label, save_cancel



class PostDialog(QDialog):
    def __init__(self, window, day: date, post: Post | None = None):
        super().__init__(window)
        self.window_ = window
        self.post = post
        self.saved: Post | None = None
        self.removed: list[str] = []
        self.setObjectName("momentsPostDialog")
        self.setWindowTitle(self.tr("Plan a Moments post") if post is None
                            else self.tr("Moments post {id}").format(id=post.id))
        self.resize(520, 560)
        self.day = QDateEdit(objectName="postDay", calendarPopup=True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(QDate.fromString(post.day, "yyyy-MM-dd") if post else QDate(day.year, day.month, day.day))
        self.account = QComboBox(objectName="postAccount", editable=True)
        names = account_names(window.db)
        from shopowner.followups.redeem import founder_account

        founder = founder_account(window.db)
        self.account.addItems(list(dict.fromkeys([*( [founder] if founder else []), *names])))
        if post is not None:
            self.account.setEditText(post.account)
        self.text = QPlainTextEdit(post.text if post else "", objectName="postText")
        self.text.setPlaceholderText(self.tr("What the post says, as you will paste it into WeChat"))
        self.product = QComboBox(objectName="postProduct")
        self.product.addItem(self.tr("No product"), None)
        for product_id, name in private_products(window.db):
            self.product.addItem(f"{name}  (#{product_id})", product_id)
        if post is not None and post.product_id is not None:
            found = self.product.findData(post.product_id)
            if found < 0:  # no longer private-only: still shown, so saving keeps it
                self.product.addItem(f"{post.product_name}  (#{post.product_id})", post.product_id)
                found = self.product.count() - 1
            self.product.setCurrentIndex(found)
        self.kept = QListWidget(objectName="postKeptImages")
        self.kept.setMaximumHeight(70)
        self.kept.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        for stored, name in zip(post.images, post.image_names, strict=True) if post else []:
            item = QListWidgetItem(name)  # the name it was added under; the file is kept as ``stored``
            item.setData(Qt.ItemDataRole.UserRole, stored)
            item.setToolTip(name)
            self.kept.addItem(item)
        remove_kept = QPushButton(self.tr("Remove image"), autoDefault=False)
        remove_kept.clicked.connect(self.remove_kept)
        self.images = AttachmentList(window.dialogs, images_only=True)
        form = QFormLayout()
        form.addRow(self.tr("&Day:"), self.day)
        form.addRow(self.tr("WeChat &account:"), self.account)
        form.addRow(self.tr("&Text:"), self.text)
        form.addRow(self.tr("&Product (private-only):"), self.product)
        if post is not None and post.images:
            form.addRow(self.tr("Images:"), self.kept)
            form.addRow("", remove_kept)
        form.addRow(self.tr("Add images:"), self.images)
        hint = hint_label(self.tr("The app never posts: post it in WeChat yourself, then mark it posted here. "
                              "Only products marked private-only (私域特供) in Products can be linked."))
        self.error = error_label("postError")
        buttons = save_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.text.setFocus()

    def remove_kept(self) -> None:
        item = self.kept.currentItem()
        if item is not None:
            self.removed.append(item.data(Qt.ItemDataRole.UserRole))
            self.kept.takeItem(self.kept.row(item))

    def accept(self) -> None:
        values = dict(day=self.day.date().toString("yyyy-MM-dd"), account=self.account.currentText(),
                      text=self.text.toPlainText(), product_id=self.product.currentData())
        db, data_dir = self.window_.db, self.window_.data_dir
        try:
            if self.post is None:
                self.saved = add_post(db, data_dir, images=list(self.images.files), **values)
            else:
                self.saved = edit_post(db, data_dir, self.post.id, add_images=list(self.images.files),
                                       remove_images=self.removed, **values)
        except (ValueError, LookupError, AttachmentError) as exc:
            self.error.setText(str(exc))
            return
        super().accept()
