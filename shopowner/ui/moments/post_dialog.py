"""Plan or edit one Moments post: the day, the WeChat account, the text, images (copied into the
data folder when saved) and the private-only product it shows. Saved through
:mod:`shopowner.moments.planner`; a value it refuses is explained under the fields and nothing
is written. The accounts and products offered are read, and the post saved, off the GUI thread:
Save waits for the choices (so an edit keeps its product)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QFormLayout, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QVBoxLayout,
)

from shopowner.followups.attachments import AttachmentError
from shopowner.moments.accounts import account_names
from shopowner.followups.redeem import founder_account
from shopowner.moments.planner import Post, add_post, edit_post, get_post, private_products
from shopowner.ui.row_conflicts import Changed, over_theirs, saving_over
from shopowner.ui import background
from shopowner.ui.followups.attachment_list import AttachmentList
from shopowner.ui.form_parts import error_label, hint_label, save_cancel


def _choices(db) -> tuple[list[str], list[tuple[int, str]]]:
    """The accounts to offer (the founder first) and the private-only products."""
    founder = founder_account(db)
    names = list(dict.fromkeys([*([founder] if founder else []), *account_names(db)]))
    return names, private_products(db)


def _save(db, data_dir, post_id: int | None, images: list, removed: list, values: dict, version: int | None):
    """A new post, or the edit over ``version`` (someone else's save since: ``Changed``)."""
    if post_id is None:
        return add_post(db, data_dir, images=images, **values)
    return _edit(db, post_id, data_dir, add_images=images, remove_images=removed, expected_version=version,
                 **values)


_edit = saving_over(lambda db, post_id, data_dir, **kw: edit_post(db, data_dir, post_id, **kw), get_post)


def _values(post: Post) -> dict:
    return {"day": post.day, "account": post.account, "text": post.text, "product_id": post.product_id}


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
        if post is not None:
            self.account.setEditText(post.account)
        self.text = QPlainTextEdit(post.text if post else "", objectName="postText")
        self.text.setPlaceholderText(self.tr("What the post says, as you will paste it into WeChat"))
        self.product = QComboBox(objectName="postProduct")
        self.product.addItem(self.tr("No product"), None)
        if post is not None and post.product_id is not None:  # shown while the choices are read
            self.product.addItem(f"{post.product_name}  (#{post.product_id})", post.product_id)
            self.product.setCurrentIndex(1)
        self.ready = False  # the choices are read (Save waits for them)
        background.read(self, _choices, on_result=self._fill_choices)
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
        self.save_button = buttons.button(buttons.StandardButton.Save)
        self.save_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.text.setFocus()

    def _fill_choices(self, choices) -> None:
        names, products = choices
        typed = self.account.currentText()  # the post's account, or what was typed meanwhile
        self.account.addItems(names)
        if self.post is not None or typed:
            self.account.setEditText(typed)
        chosen = self.product.currentData()
        self.product.blockSignals(True)
        while self.product.count() > 1:
            self.product.removeItem(1)
        for product_id, name in products:
            self.product.addItem(f"{name}  (#{product_id})", product_id)
        post = self.post
        if chosen is not None and self.product.findData(chosen) < 0 and post is not None:
            # no longer private-only: still shown, so saving keeps it
            self.product.addItem(f"{post.product_name}  (#{post.product_id})", post.product_id)
        self.product.setCurrentIndex(max(self.product.findData(chosen), 0))
        self.product.blockSignals(False)
        self.ready = True
        self.save_button.setEnabled(True)

    def remove_kept(self) -> None:
        item = self.kept.currentItem()
        if item is not None:
            self.removed.append(item.data(Qt.ItemDataRole.UserRole))
            self.kept.takeItem(self.kept.row(item))

    def accept(self) -> None:
        if not self.save_button.isEnabled():
            return  # the choices are being read, or saving already
        self._write(self._mine())

    def _mine(self) -> dict:
        return dict(day=self.day.date().toString("yyyy-MM-dd"), account=self.account.currentText(),
                    text=self.text.toPlainText(), product_id=self.product.currentData())

    def _write(self, values: dict) -> None:
        post_id, version = (None, None) if self.post is None else (self.post.id, self.post.version)
        background.save(self, _save, self.window_.data_dir, post_id, list(self.images.files), list(self.removed),
                        values, version, button=self.save_button, error=self.error,
                        refused=(ValueError, LookupError, AttachmentError), on_done=self._saved)

    def _saved(self, result) -> None:
        if isinstance(result, Changed):
            self._over(result.now)
            return
        self.saved = result
        super().accept()

    def _over(self, now: Post) -> None:
        """Someone saved the post meanwhile: what only this dialog changed is saved over theirs (a
        field both changed is asked about); the images added and taken off are saved as well."""
        assert self.post is not None

        def shown(field: str, value) -> str:
            if field == "product_id":
                index = self.product.findData(value)
                return self.product.itemText(index) if value is not None and index >= 0 else self.tr("(none)")
            return str(value or "")

        writes = over_theirs(self, self.tr("this post"), _values(self.post), self._mine(), _values(now),
                             {"day": self.tr("Day"), "account": self.tr("Account"), "text": self.tr("Text"),
                              "product_id": self.tr("Product")}, shown)
        self.post = now
        if not writes and not self.images.files and not self.removed:
            self._saved(now)
            return
        self._write({**_values(now), **writes})
