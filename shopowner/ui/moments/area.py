"""朋友圈: the Moments planner. A month calendar (days with posts in bold, blue while any is still
planned, green once all are posted), the chosen day's posts, and what the selected post brought;
above them, a warning when a WeChat account nears WeChat's 5,000-friend limit, saying which
account new cards should send buyers to.

Everything shown is read off the GUI thread in one read per refresh (:func:`_day_read`), again on
a ``MOMENTS`` or ``PRODUCTS`` notice while on screen. Writes go through :mod:`shopowner.moments`,
off the GUI thread too, and announce ``MOMENTS`` once done.

Keys: Ctrl+N plan a post, Enter or F2 edit it, Ctrl+Shift+M mark it posted (or planned again),
Ctrl+R log a reply/opinion/order, Ctrl+Shift+F record a friend count, Ctrl+Shift+U new-product
opinions, Delete remove the post.
"""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from shopowner import clock
from shopowner.changes import MOMENTS, PRODUCTS, Change
from shopowner.moments.accounts import account_for_new_cards, warnings
from shopowner.moments.planner import Post, days_with_posts, delete_post, has_posts, list_posts, mark_posted
from shopowner.moments.planner import reactions_of
from shopowner.ui import background
from shopowner.ui.empty_state import EmptyState
from shopowner.ui.followups.table_model import SqlTableModel, make_view, selected_row
from shopowner.ui.notices import listen
from shopowner.vocab.moments import reaction_label, status_label

PLANNED_COLOUR, POSTED_COLOUR = "#1a5fb4", "#26a269"


def _day_read(db, _limit, *, day: str, first: str, last: str) -> tuple[int, list[dict], dict]:
    """The day's posts, the month's marks, the friend-count warnings and whether any post exists."""
    rows = [p.as_json() for p in list_posts(db, day, day)]
    extra = {"marks": days_with_posts(db, first, last), "warnings": warnings(db),
             "for_new_cards": account_for_new_cards(db), "any": has_posts(db)}
    return len(rows), rows, extra


def _reactions_read(db, _limit, *, post_id: int | None) -> tuple[int, list[dict], None]:
    rows = [r.as_json() for r in reactions_of(db, post_id)] if post_id else []
    return len(rows), rows, None


def _month_bounds(year: int, month: int) -> tuple[str, str]:
    last = calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"


class MomentsArea(QWidget):
    def __init__(self, window):
        super().__init__()
        self.window_ = window
        self.setObjectName("momentsArea")
        self.marked: dict[str, tuple[int, int]] = {}
        self.warning = QLabel(objectName="friendsWarning", wordWrap=True)
        self.warning.setStyleSheet("background: #fff4ce; color: #5c3c00; padding: 6px; border-radius: 4px;")
        self.warning.hide()
        self.calendar = QCalendarWidget(objectName="momentsCalendar")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        today = clock.today()
        self.calendar.setSelectedDate(QDate(today.year, today.month, today.day))
        self.calendar.selectionChanged.connect(self.refresh)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.refresh())
        self.day_title = QLabel(objectName="momentsDayTitle")
        self.model = SqlTableModel([
            (self.tr("No."), "id"),
            (self.tr("Account"), "account"),
            (self.tr("Status"), lambda r: status_label(r["status"])),
            (self.tr("Product"), "product_name"),
            (self.tr("Images"), lambda r: len(r["images"]) or ""),
            (self.tr("Reactions"), lambda r: r["reactions"] or ""),
            (self.tr("Text"), "text"),
        ], window.data_dir, fetch=lambda *a, **k: [], first=_day_read, filters=self._filters, parent=self)
        self.view = make_view(self.model, "moments/posts", stretch=6, free=(6,))
        self.view.setObjectName("momentsView")
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.empty = EmptyState(self.view)
        self.model.loaded.connect(self._loaded)
        self.reactions = SqlTableModel([
            (self.tr("Kind"), lambda r: reaction_label(r["kind"])),
            (self.tr("Customer"), "customer"),
            (self.tr("What"), "text"),
            (self.tr("When"), lambda r: r["happened_at"][:16]),
        ], window.data_dir, fetch=lambda *a, **k: [], first=_reactions_read, filters=self._post_filter, parent=self)
        self.reactions_view = make_view(self.reactions, "moments/reactions", stretch=2, free=(2,))
        self.reactions_view.setObjectName("momentsReactions")
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.reactions.refresh())
        buttons = QHBoxLayout()
        for text, name, slot in (
                (self.tr("New post  (Ctrl+N)"), "newPost", self.new_post),
                (self.tr("Edit  (Enter)"), "editPost", self.edit_selected),
                (self.tr("Mark posted  (Ctrl+Shift+M)"), "markPosted", self.toggle_posted),
                (self.tr("Log reply/opinion/order  (Ctrl+R)"), "logReaction", self.log_reaction),
                (self.tr("Friend counts  (Ctrl+Shift+F)"), "friendCounts", self.record_friends),
                (self.tr("New-product opinions  (Ctrl+Shift+U)"), "opinions", self.ask_opinions)):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(lambda _=False, s=slot: s())
            buttons.addWidget(button)
        buttons.addStretch(1)
        for keys, slot in (("Ctrl+N", self.new_post), ("Ctrl+Shift+M", self.toggle_posted),
                           ("Ctrl+R", self.log_reaction), ("Ctrl+Shift+F", self.record_friends),
                           ("Ctrl+Shift+U", self.ask_opinions)):
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            QShortcut(QKeySequence(key), self.view, self.edit_selected, context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.day_title)
        right_layout.addWidget(self.view, 3)
        right_layout.addWidget(QLabel(self.tr("What the selected post brought:")))
        right_layout.addWidget(self.reactions_view, 2)
        split = QSplitter()
        split.addWidget(self.calendar)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        self.listener = listen(self, window, lambda _change: self.refresh(), MOMENTS, PRODUCTS, first=True)

    # reading -----------------------------------------------------------------------------------
    def selected_day(self) -> date:
        day = self.calendar.selectedDate()
        return date(day.year(), day.month(), day.day())

    def _filters(self) -> dict:
        first, last = _month_bounds(self.calendar.yearShown(), self.calendar.monthShown())
        return dict(day=self.selected_day().isoformat(), first=first, last=last)

    def _post_filter(self) -> dict:
        row = selected_row(self.view)
        return dict(post_id=row["id"] if row else None)

    def refresh(self) -> None:
        self._keep = selected_row(self.view)
        self.model.refresh()

    def _loaded(self, extra: dict | None) -> None:
        if extra is None:  # the read failed (the hub away): what is shown stays as it was
            return
        self._mark_days(extra["marks"])
        lines = extra["warnings"]
        self.warning.setText("\n".join(lines))
        self.warning.setVisible(bool(lines))
        day = self.selected_day().isoformat()
        total = self.model.total()
        self.day_title.setText(self.tr("Posts on {day}: {n}").format(day=day, n=total))
        if not extra["any"]:
            self.empty.show_message(
                self.tr("No Moments planned yet. Plan your posts here: pick a day in the calendar and press "
                        "Ctrl+N to write the post, choose the WeChat account, images and the private-only "
                        "product it shows. Post it in WeChat yourself, then mark it posted and log the replies "
                        "and orders it brings."),
                self.tr("Plan a post  (Ctrl+N)"), self.new_post)
        else:
            self.empty.hide()
        keep = getattr(self, "_keep", None)
        rows = [self.model.row_at(r) or {} for r in range(self.model.rowCount())]
        ids = [r.get("id") for r in rows]
        if rows:
            self.view.selectRow(ids.index(keep["id"]) if keep and keep["id"] in ids else 0)
        self.reactions.refresh()

    def _mark_days(self, marks: dict[str, tuple[int, int]]) -> None:
        for day in self.marked:  # clear last month's marks
            self.calendar.setDateTextFormat(QDate.fromString(day, "yyyy-MM-dd"), QTextCharFormat())
        for day, (planned, _posted) in marks.items():
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setForeground(QBrush(QColor(PLANNED_COLOUR if planned else POSTED_COLOUR)))
            fmt.setToolTip(self.tr("{planned} planned, {posted} posted").format(planned=planned, posted=_posted))
            self.calendar.setDateTextFormat(QDate.fromString(day, "yyyy-MM-dd"), fmt)
        self.marked = dict(marks)

    # actions -----------------------------------------------------------------------------------
    def _selected(self) -> Post | None:
        row = selected_row(self.view)
        if row is None:
            self.window_.dialogs.information(self, self.tr("Moments"),
                                             self.tr("Select a post in the day's list first (or plan one: Ctrl+N)."))
            return None
        return Post(**row)

    def new_post(self) -> bool:
        from shopowner.ui.moments.post_dialog import PostDialog

        dialog = PostDialog(self.window_, self.selected_day())
        if self.window_.dialogs.exec_dialog(dialog) and dialog.saved is not None:
            saved = date.fromisoformat(dialog.saved.day)
            self.calendar.setSelectedDate(QDate(saved.year, saved.month, saved.day))
            self._keep = dialog.saved.as_json()
            self._announce()
            return True
        return False

    def edit_selected(self) -> bool:
        from shopowner.ui.moments.post_dialog import PostDialog

        post = self._selected()
        if post is None:
            return False
        dialog = PostDialog(self.window_, self.selected_day(), post)
        if self.window_.dialogs.exec_dialog(dialog) and dialog.saved is not None:
            self._announce()
            return True
        return False

    def toggle_posted(self) -> None:
        post = self._selected()
        if post is None:
            return
        background.write(self, mark_posted, post.id, post.status != "posted", data_dir=self.window_.data_dir,
                         on_done=self._toggled, refused=(LookupError,), on_refused=lambda exc: (
                             self.window_.dialogs.information(self, self.tr("Moments"), str(exc))))

    def _toggled(self, changed) -> None:
        self.window_.statusBar().showMessage(
            (self.tr("Post {id} marked posted.") if changed.status == "posted"
             else self.tr("Post {id} is planned again.")).format(id=changed.id), 6000)
        self._announce()

    def log_reaction(self) -> bool:
        from shopowner.ui.moments.reaction_dialog import ReactionDialog

        post = self._selected()
        if post is None:
            return False
        dialog = ReactionDialog(self.window_, post)
        if self.window_.dialogs.exec_dialog(dialog) and dialog.saved is not None:
            self._announce()
            return True
        return False

    def record_friends(self) -> bool:
        from shopowner.ui.moments.reaction_dialog import FriendsDialog

        row = selected_row(self.view)
        dialog = FriendsDialog(self.window_, row["account"] if row else "")
        if self.window_.dialogs.exec_dialog(dialog) and dialog.saved is not None:
            self._announce()
            return True
        return False

    def ask_opinions(self) -> None:
        from shopowner.ui.moments.opinions_dialog import OpinionsDialog

        row = selected_row(self.view)
        dialog = OpinionsDialog(self.window_, row["product_id"] if row else None)
        self.window_.dialogs.exec_dialog(dialog)
        if dialog.logged:
            self._announce()

    def delete_selected(self) -> None:
        post = self._selected()
        question = self.tr("Delete post {id} and what was logged against it?")
        if post is None or not self.window_.dialogs.confirm(self, self.tr("Moments"), question.format(id=post.id)):
            return
        background.write(self, delete_post, self.window_.data_dir, post.id, data_dir=self.window_.data_dir,
                         on_done=lambda _: self._announce())

    def _announce(self) -> None:
        self.window_.announce(Change.of(MOMENTS, customer_ids=[], source="moments"))
