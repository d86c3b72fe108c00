"""Log what a post brought — a reply, an opinion or an order — with the customer when known; and
record a WeChat account's friend count (WeChat stops at 5,000)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QPlainTextEdit, QSpinBox, QVBoxLayout,
)

from shopowner.moments.accounts import Account, account_names, set_friends
from shopowner.moments.planner import Post, Reaction, log_reaction
from shopowner.ui.followups.customer_search import CustomerSearch
from shopowner.vocab.moments import FRIEND_LIMIT, REACTION_KINDS, reaction_label
from shopowner.ui.form_parts import error_label, hint_label, save_cancel



class ReactionDialog(QDialog):
    def __init__(self, window, post: Post):
        super().__init__(window)
        self.window_ = window
        self.post = post
        self.saved: Reaction | None = None
        self.setObjectName("momentsReactionDialog")
        self.setWindowTitle(self.tr("Log a reaction to post {id}").format(id=post.id))
        self.resize(480, 440)
        about = hint_label(f"{post.day} · {post.account} · {post.text[:60]}")
        self.kind = QComboBox(objectName="reactionKind")
        for kind in REACTION_KINDS:
            self.kind.addItem(reaction_label(kind), kind)
        self.search = CustomerSearch(window.db)
        self.text = QPlainTextEdit(objectName="reactionText")
        self.text.setPlaceholderText(self.tr("What they said, thought or ordered"))
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("Customer (optional):"), self.search)
        form.addRow(self.tr("&Text:"), self.text)
        self.error = error_label("reactionError")
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(save_cancel(self))
        self.kind.setFocus()

    def accept(self) -> None:
        try:
            self.saved = log_reaction(self.window_.db, self.post.id, kind=self.kind.currentData(),
                                      text=self.text.toPlainText(), customer_id=self.search.selected_id())
        except (ValueError, LookupError) as exc:
            self.error.setText(str(exc))
            return
        super().accept()


class FriendsDialog(QDialog):
    """One account's friend count, as WeChat shows it under 通讯录."""

    def __init__(self, window, account: str = ""):
        super().__init__(window)
        self.window_ = window
        self.saved: Account | None = None
        self.setObjectName("momentsFriendsDialog")
        self.setWindowTitle(self.tr("Friend count"))
        self.account = QComboBox(objectName="friendsAccount", editable=True)
        self.account.addItems(account_names(window.db))
        self.account.setEditText(account or self.account.currentText())
        self.friends = QSpinBox(objectName="friendsCount", maximum=FRIEND_LIMIT)
        self.friends.setGroupSeparatorShown(True)
        form = QFormLayout()
        form.addRow(self.tr("WeChat &account:"), self.account)
        form.addRow(self.tr("&Friends now:"), self.friends)
        hint = hint_label(self.tr("WeChat takes at most 5,000 friends per account. From 4,500 the app says which "
                                  "account new cards should send buyers to."))
        self.error = error_label("friendsError")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(save_cancel(self))
        self.friends.setFocus()

    def accept(self) -> None:
        try:
            self.saved = set_friends(self.window_.db, self.account.currentText(), self.friends.value())
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        super().accept()


