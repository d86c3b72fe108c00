"""Log what a post brought — a reply, an opinion or an order — with the customer when known; and
record a WeChat account's friend count (WeChat stops at 5,000). Both save off the GUI thread and
close once saved."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QPlainTextEdit, QSpinBox, QVBoxLayout,
)

from shopowner.moments.accounts import Account, account_names, set_friends
from shopowner.moments.planner import Post, Reaction, log_reaction
from shopowner.ui import background
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
        buttons = save_cancel(self)
        self.save_button = buttons.button(buttons.StandardButton.Save)
        layout.addWidget(buttons)
        self.kind.setFocus()

    def accept(self) -> None:
        if not self.save_button.isEnabled():
            return  # saving already
        self.save_button.setEnabled(False)  # until the search typed last has its results
        kind, text = self.kind.currentData(), self.text.toPlainText()

        def save() -> None:
            background.save(self, log_reaction, self.post.id, kind=kind, text=text,
                            customer_id=self.search.selected_id(), button=self.save_button,
                            error=self.error, refused=(ValueError, LookupError), on_done=self._saved)

        self.search.when_settled(save)

    def _saved(self, reaction: Reaction) -> None:
        self.saved = reaction
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
        self.account.setEditText(account)
        self.loads = 0  # account names read (tests wait on it)
        background.read(self, account_names, on_result=self._accounts)
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
        buttons = save_cancel(self)
        self.save_button = buttons.button(buttons.StandardButton.Save)
        layout.addWidget(buttons)
        self.friends.setFocus()

    def _accounts(self, names: list[str]) -> None:
        typed = self.account.currentText()  # the account asked for, or what was typed meanwhile
        self.account.addItems(names)
        self.account.setEditText(typed or self.account.currentText())
        self.loads += 1

    def accept(self) -> None:
        if not self.save_button.isEnabled():
            return  # saving already
        background.save(self, set_friends, self.account.currentText(), self.friends.value(),
                        button=self.save_button, error=self.error, refused=(ValueError,), on_done=self._saved)

    def _saved(self, account: Account) -> None:
        self.saved = account
        super().accept()


