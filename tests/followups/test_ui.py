"""The GUI driven with qtbot: Ctrl+K quick box, new follow-up (≤ 3 keystrokes from a customer),
feedback with a screenshot, complaint resolve, 今日待办 actions, the review page and its PDF."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pypdfium2 as pdfium
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from shopowner.changes import CUSTOMERS, FEEDBACK, FOLLOWUPS, REMINDERS, Change
from shopowner.followups.reminders import set_next_contact
from shopowner.ui.followups.entry import open_new_followup
from shopowner.ui.followups.keeper import reminder_keeper
from tests.followups.conftest import DAY
from tests.followups.test_log_feedback import PNG
from tests.followups.waiting import accepted, looked_up, save_ended, searched


def test_ctrl_k_opens_the_quick_box_from_anywhere_and_redeems(main_window, shop, qtbot):
    main_window.show_area("review")
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key_K, Qt.ControlModifier)
    box = main_window._quick_redeem_box
    assert box.isVisible() and not box.isModal()
    assert box.paste.hasFocus() or box.focusWidget() is box.paste

    qtbot.keyClicks(box.paste, "zzzzz hello")
    qtbot.waitUntil(lambda: bool(box.result.text()))
    assert not box.mark_button.isEnabled()

    box.paste.setText(f"{shop.code_zhang.lower()} 张三 买的龙井")
    looked_up(qtbot, box)
    shown = box.result.text()
    assert shop.code_zhang in shown and "TB1001" in shown and "张三" in shown and "初次感谢信 v2" in shown
    assert "Taobao" in shown and "taobao" not in shown  # the platform's name, never its key
    assert box.mark_button.isEnabled()
    box.wechat_name.setText("晴天")
    box.remark.setText("龙井")
    box.account.setEditText("小美")
    with qtbot.waitSignal(main_window.changed):
        box.mark_button.click()
    assert shop.db.execute("SELECT wechat_status, wechat_name, wechat_account FROM customers WHERE id = ?",
                           [shop.zhang]).fetchone() == ("added", "晴天", "小美")
    assert "张三" in box.status.text() and box.paste.text() == ""

    box.paste.setText(shop.code_zhang)  # again: refused plainly, nothing changes
    looked_up(qtbot, box)
    assert not box.mark_button.isEnabled() and shop.code_zhang in box.result.text()
    assert box.status.text() == ""  # the new error clears the old success line
    box.mark_added()
    qtbot.waitUntil(lambda: not box.looking and not box.saving)
    assert not box.mark_button.isEnabled() and shop.code_zhang in box.result.text()
    assert shop.db.execute("SELECT count(*) FROM wechat_adds").fetchone()[0] == 1


def test_quick_box_adds_without_a_code(main_window, shop, qtbot):
    main_window.findChild(type(main_window.file_menu.actions()[0]), "redeemAction").trigger()
    box = main_window._quick_redeem_box
    box.no_code.setChecked(True)
    searched(qtbot, box.search, "5678")  # phone tail
    assert box.search.results.count() == 1 and box.search.selected_id() == shop.zhang
    box.wechat_name.setText("张三微信")
    box.added_on.setDate(box.added_on.date().addDays(-1))  # registering yesterday's request
    with qtbot.waitSignal(box.saved):
        box.no_code_button.click()
    assert shop.db.execute("SELECT customer_id, via, card_id, date(added_at) FROM wechat_adds").fetchall() == \
        [(shop.zhang, "no_code", None, (date.today() - timedelta(days=1)).isoformat())]


def test_new_followup_from_a_customer_takes_three_keystrokes(main_window, shop, qtbot):
    def type_and_enter(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.focusWidget() is dialog.summary
        qtbot.keyClicks(dialog.summary, "tea")
        qtbot.keyClick(dialog.summary, Qt.Key_Return)
        return accepted(qtbot, dialog)

    main_window.dialogs.dialog_results.append(type_and_enter)
    followup_id = open_new_followup(main_window, shop.zhang)
    assert followup_id is not None
    assert shop.db.execute("SELECT customer_id, summary, kind FROM followups WHERE id = ?",
                           [followup_id]).fetchone() == (shop.zhang, "tea", "wechat")


def test_followup_with_attachment_from_the_log(main_window, shop, qtbot, tmp_path):
    shot = tmp_path / "聊天.png"
    shot.write_bytes(PNG)
    area = main_window.show_area("followups")
    area.tabs.setCurrentWidget(area.log)
    main_window.dialogs.files.append([str(shot)])

    def fill(dialog):
        dialog.accept()  # no customer yet: stays open with a message
        save_ended(qtbot, dialog)
        assert dialog.error.text() and dialog.result() != QDialog.Accepted
        searched(qtbot, dialog.search, "李四")
        dialog.kind.setCurrentIndex(dialog.kind.findData("phone"))
        dialog.summary.setText("回访新茶")
        dialog.chat.setPlainText("客户：很好喝")
        dialog.attachments.add_button.click()
        dialog.next_on.setChecked(True)
        dialog.next_date.setDate(QDate(2030, 1, 2))
        dialog.accept()
        return accepted(qtbot, dialog)

    main_window.dialogs.dialog_results.append(fill)
    area.log.new_button.click()
    assert shop.db.execute("SELECT next_contact_date FROM customers WHERE id = ?",
                           [shop.li]).fetchone()[0] == "2030-01-02"
    shot.unlink()
    qtbot.waitUntil(lambda: area.log.model.rowCount() == 1)
    row = area.log.model.row_at(0)
    assert (row["customer_id"], row["kind"], row["attachment_count"]) == (shop.li, "phone", 1)
    stored = list((shop.data_dir / "attachments").iterdir())
    assert len(stored) == 1 and stored[0].read_bytes() == PNG
    area.log.view.selectRow(0)
    assert "回访新茶" in area.log.detail.toHtml()
    qtbot.waitUntil(lambda: "聊天.png" in area.log.detail.toHtml())  # its files, once read


def test_feedback_with_screenshot_then_complaint_resolved(main_window, shop, qtbot, tmp_path):
    shot = tmp_path / "好评.png"
    shot.write_bytes(PNG)
    area = main_window.show_area("followups")
    tab = area.feedback
    area.tabs.setCurrentWidget(tab)  # a tab reads its list while shown
    main_window.dialogs.files.append([str(shot)])

    def praise(dialog):
        searched(qtbot, dialog.search, "张三")
        dialog.kind.setCurrentIndex(dialog.kind.findData("review"))
        dialog.rating.setCurrentIndex(dialog.rating.findData(5))
        dialog.product.setText("明前龙井")
        dialog.text.setPlainText("太香了")
        dialog.consent.setChecked(True)
        dialog.screenshots.add_button.click()
        dialog.accept()
        return accepted(qtbot, dialog)

    main_window.dialogs.dialog_results.append(praise)
    tab.new_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    row = tab.model.row_at(0)
    assert (row["kind"], row["rating"], row["consent_to_quote"], row["attachment_count"]) == ("review", 5, 1, 1)
    area.tabs.setCurrentWidget(area.material)
    qtbot.waitUntil(lambda: area.material.model.rowCount() == 1)  # in the review-material library
    area.tabs.setCurrentWidget(tab)

    def complaint(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("complaint"))
        dialog.text.setPlainText("盒子压坏了")
        dialog.accept()
        return accepted(qtbot, dialog)

    main_window.dialogs.dialog_results.append(complaint)
    tab.new_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    tab.view.selectRow(0)

    def resolve(dialog):
        dialog.resolution.setPlainText("补发一盒")
        dialog.accept()
        return accepted(qtbot, dialog)

    main_window.dialogs.dialog_results.append(resolve)
    tab.resolve_button.click()
    assert shop.db.execute("SELECT status, resolution FROM feedback WHERE kind = 'complaint'").fetchone() == \
        ("resolved", "补发一盒")
    assert "min" in main_window.statusBar().currentMessage()  # the time it took

    out = tmp_path / "material.txt"
    main_window.dialogs.files.append(str(out))
    task = area.material.export()
    with qtbot.waitSignal(task.signals.finished, timeout=10000):
        pass
    assert "太香了" in out.read_text(encoding="utf-8") and "张三" not in out.read_text(encoding="utf-8")


def test_today_list_done_snooze_and_log(main_window, shop, qtbot):
    from shopowner.ui.followups.today_tab import TodayTab

    for cid in (shop.zhang, shop.li, shop.wang):
        set_next_contact(shop.db, cid, DAY)
    tab = TodayTab(main_window, today=lambda: DAY)
    qtbot.addWidget(tab)
    tab.show()  # lists read while shown
    qtbot.waitUntil(lambda: tab.model.rowCount() >= 3)
    ids = lambda: [tab.model.row_at(i)["customer_id"] for i in range(tab.model.rowCount())]  # noqa: E731
    before = ids()
    tab.view.selectRow(before.index(shop.zhang))
    tab.done_button.click()
    tab.refresh()
    qtbot.waitUntil(lambda: shop.zhang not in ids())
    tab.view.selectRow(ids().index(shop.li))
    tab.snooze_button.menu().actions()[0].trigger()
    tab.refresh()
    qtbot.waitUntil(lambda: shop.li not in ids())

    def log(dialog):
        dialog.summary.setText("约了下周")
        dialog.accept()
        return accepted(qtbot, dialog)

    main_window.dialogs.dialog_results.append(log)
    tab.view.selectRow(ids().index(shop.wang))
    tab.log_button.click()
    tab.refresh()
    qtbot.waitUntil(lambda: shop.wang not in ids())
    assert shop.db.execute("SELECT count(*) FROM followups WHERE customer_id = ?", [shop.wang]).fetchone()[0] == 1


def _tree_rows(tree) -> list[str]:
    """Every row of a tree, top to bottom, children after their parent."""
    rows = []

    def walk(item):
        rows.append(item.text(0))
        for i in range(item.childCount()):
            walk(item.child(i))

    for i in range(tree.topLevelItemCount()):
        walk(tree.topLevelItem(i))
    return rows


def test_review_page_shows_the_day_marks_read_and_exports_pdf(main_window, seeded, qtbot, tmp_path):
    from shopowner.followups.review import daily_review
    from shopowner.followups.review_page import review_page
    from shopowner.ui.review.page import ReviewPage

    shop, fb, vip = seeded
    page = ReviewPage(main_window, today=lambda: DAY)
    qtbot.addWidget(page)
    page.show()
    assert page.day() == DAY
    keeper = reminder_keeper(main_window)  # brings DAY's reminders up to date in the background
    qtbot.waitUntil(lambda: keeper.runs == 1 and page.loads >= 1 and not page.loading, timeout=10000)
    heads = [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]
    assert heads[0] == "New feedback, today and yesterday: 3" and len(heads) == 5
    # the window shows the core's lines as they are: headline, headings, every line
    expected = review_page(daily_review(shop.db, DAY))
    assert page.headline.text() == "\n".join(f"• {line}" for line in expected["headline"])
    assert heads == [s["heading"] for s in expected["sections"]]
    shown = [item.text(0) for item in page.items()]
    core = [line["text"] for s in expected["sections"] for line in s["lines"] if line["kind"]] + \
        [line["text"] for s in expected["sections"] for g in s["groups"] for line in g["lines"]]
    assert sorted(shown) == sorted(core)
    first = page.items("feedback")[0]
    assert "盒子压坏了" in first.text(0)  # complaints first
    unread = page.review["counts"]["unread"]
    assert unread == 7 and str(unread) in page.summary.text()
    first.setCheckState(0, Qt.Checked)
    qtbot.waitUntil(lambda: page.review["counts"]["unread"] == unread - 1 and not page.loading)
    assert str(unread - 1) in page.summary.text()
    assert shop.db.execute("SELECT item_kind, item_id FROM review_reads").fetchall() == \
        [("feedback", fb["complaint_today"])]
    # the same complaint under “open complaints” now shows as read too
    complaint_items = [i for i in page.items("feedback") if i.data(0, Qt.UserRole)[1] == fb["complaint_today"]]
    assert len(complaint_items) == 2 and all(i.checkState(0) == Qt.Checked for i in complaint_items)
    # follow-ups due: one group per reason, collapsed, with its count
    due = page.section("followups_due")
    assert [due.child(i).text(0) for i in range(due.childCount())] == \
        ["Complaint still open: 1", "Next contact date: 1"]  # the 06-05 complaint is 2 days old
    assert not due.child(0).isExpanded() and due.isExpanded()

    page.prev_button.click()
    assert page.day() == date(2024, 6, 9)
    qtbot.waitUntil(lambda: page.review["day"] == "2024-06-09" and not page.loading)
    page.today_button.click()
    assert page.day() == DAY
    qtbot.waitUntil(lambda: page.review["day"] == "2024-06-10" and not page.loading)

    pdf_path = tmp_path / "review.pdf"
    main_window.dialogs.files.append(str(pdf_path))
    task = page.export_pdf()
    with qtbot.waitSignal(task.signals.finished, timeout=20000):
        pass
    pdf = pdfium.PdfDocument(str(pdf_path))
    assert len(pdf) == 1 and "盒子压坏了" in pdf[0].get_textpage().get_text_range()
    # the PDF says the window's lines, and nothing else (a ticked item carries ✓ on paper; a line
    # too wide for A4 is cut with …; the title is headed by the shop's name)
    def plain(text):
        return re.sub(r"\s+", "", text).removeprefix("✓")

    on_paper = [plain(line) for line in pdf[0].get_textpage().get_text_range().splitlines() if line.strip()]
    on_screen = [plain(row) for row in [page.summary.text(), *page.headline.text().split("\n"),
                                        *_tree_rows(page.tree)]]

    def same(paper, screen):
        return paper == screen or (paper.endswith("…") and screen.startswith(paper[:-1]))

    assert on_paper[0].endswith(plain(page.page["title"]))
    assert [row for row in on_screen if not any(same(p, row) for p in on_paper)] == []
    assert [p for p in on_paper[1:] if not any(same(p, row) for row in on_screen)] == []

    page.all_read_button.click()
    qtbot.waitUntil(lambda: all(i.checkState(0) == Qt.Checked for i in page.items()
                                if i.data(0, Qt.UserRole)[0] != "reminder") and not page.loading)
    assert page.review["counts"]["unread"] == 0 and not page.all_read_button.isEnabled()


def test_areas_are_registered(main_window):
    from shopowner.ui.followups.area import FollowupsArea
    from shopowner.ui.review.page import ReviewPage

    assert isinstance(main_window.show_area("followups"), FollowupsArea)
    assert isinstance(main_window.show_area("review"), ReviewPage)


def test_double_click_on_a_due_item_logs_a_followup_and_closes_it(main_window, seeded, qtbot):
    from shopowner.ui.review.page import ReviewPage

    shop, fb, vip = seeded
    page = ReviewPage(main_window, today=lambda: DAY)
    qtbot.addWidget(page)
    page.show()  # read while shown
    qtbot.waitUntil(lambda: page.loads >= 1, timeout=10000)
    [due] = [i for i in page.items("reminder") if i.data(0, Qt.UserRole + 1) == shop.wang][:1]

    def log(dialog):
        dialog.summary.setText("电话回访")
        dialog.accept()
        return accepted(qtbot, dialog)

    main_window.dialogs.dialog_results.append(log)
    reminder_id = due.data(0, Qt.UserRole)[1]
    assert page._item_opened(due, 0) is not None
    assert shop.db.execute("SELECT status FROM reminders WHERE id = ?", [reminder_id]).fetchone()[0] == "done"
    assert shop.db.execute("SELECT summary FROM followups WHERE customer_id = ?", [shop.wang]).fetchone()[0] == "电话回访"


def test_quick_box_prefills_the_name_and_offers_the_nearest_code(main_window, shop, qtbot):
    main_window.findChild(type(main_window.file_menu.actions()[0]), "redeemAction").trigger()
    box = main_window._quick_redeem_box
    box.paste.setText("我是张三，暗号k7f62")  # two characters swapped
    looked_up(qtbot, box)
    assert box.wechat_name.text() == "张三"  # taken from the paste, editable
    assert not box.mark_button.isEnabled() and "K7F26" in box.result.text()
    assert [b.text() for b in box.suggestion_buttons] == ["Use K7F26"]
    box.suggestion_buttons[0].click()  # one click puts the right code in the paste
    qtbot.waitUntil(lambda: not box.looking)
    assert box.paste.text() == "我是张三，暗号K7F26" and box.mark_button.isEnabled()
    assert box.suggestion_buttons == []
    box.wechat_name.setText("张三丰")  # staff's own typing is kept
    box.paste.setText("备注：阿三 K7F26")
    looked_up(qtbot, box)
    assert box.wechat_name.text() == "张三丰"
    with qtbot.waitSignal(main_window.changed):
        box.mark_button.click()
    assert shop.db.execute("SELECT wechat_name FROM customers WHERE id = ?", [shop.zhang]).fetchone()[0] == "张三丰"
    assert "张三" in box.status.text()
    box.paste.setText("zzzzz")  # a new paste: the old success line goes, the error shows alone
    looked_up(qtbot, box)
    assert box.status.text() == "" and box.result.text()


def test_feedback_list_shows_the_text_and_asks_for_a_type(main_window, shop, qtbot):
    area = main_window.show_area("followups")
    area.tabs.setCurrentWidget(area.feedback)
    main_window.resize(1366, 768)
    tab = area.feedback
    header = tab.view.horizontalHeader()
    text_column = [tab.model.headerData(i, Qt.Horizontal) for i in range(tab.model.columnCount())] \
        .index("What the customer said")
    assert text_column == 3

    def untyped(dialog):
        assert dialog.kind.currentData() is None  # no type chosen for the seller
        dialog.text.setPlainText("包装很好")
        dialog.accept()
        assert dialog.result() != QDialog.Accepted and "type" in dialog.error.text()
        dialog.kind.setCurrentIndex(dialog.kind.findData("suggestion"))
        dialog.accept()
        return accepted(qtbot, dialog)

    main_window.dialogs.dialog_results.append(untyped)
    tab.new_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.row_at(0)["kind"] == "suggestion"
    qtbot.waitUntil(lambda: header.sectionSize(text_column) >= 200, timeout=5000)  # fitted to the rows
    left = header.sectionViewportPosition(text_column)
    width = header.sectionSize(text_column)
    assert 0 <= left and left + width <= tab.view.viewport().width() + 1  # on screen
    assert width >= 200 and width == max(header.sectionSize(i) for i in range(header.count()))  # the room left


def test_the_keeper_generates_once_a_day_not_on_refresh(main_window, shop, qtbot):
    from shopowner.ui.followups.keeper import reminder_keeper

    day = [DAY + timedelta(days=3)]  # the cards printed 06-09 are due from 06-14 (5 days)
    keeper = reminder_keeper(main_window, today=lambda: day[0])
    keeper.ensure()
    assert keeper.busy  # started in the background, nothing generated on the GUI thread yet
    assert shop.db.execute("SELECT count(*) FROM reminders").fetchone()[0] == 0
    qtbot.waitUntil(lambda: keeper.runs == 1 and not keeper.busy, timeout=10000)
    count = lambda: shop.db.execute("SELECT count(*) FROM reminders").fetchone()[0]  # noqa: E731
    assert count() == 0  # nothing is due on 06-13
    area = main_window.show_area("followups")
    keeper.ensure()  # the area asks again: already done today
    main_window.announce(Change.of(REMINDERS, FOLLOWUPS, FEEDBACK, CUSTOMERS))  # lists reload; never generate
    assert not keeper.busy  # a generation would have started here, on the notice
    qtbot.waitUntil(lambda: not area.today.model.loading, timeout=10000)  # the lists have reloaded
    assert keeper.runs == 1 and not keeper.busy
    day[0] = date(2024, 6, 14)  # the day changes while the app stays open
    keeper._check_day()
    qtbot.waitUntil(lambda: keeper.runs == 2 and not keeper.busy, timeout=10000)
    assert count() == 2
    qtbot.waitUntil(lambda: area.today.model.total() == 2 and not area.today.model.loading)
    area.tabs.setCurrentWidget(area.rules)
    qtbot.waitUntil(lambda: not area.rules.loading and bool(area.rules.days["no_chat_after_add"].text()))
    area.rules.switches["card_not_added"].setChecked(False)
    area.rules.days["no_chat_after_add"].setText("3")
    assert area.rules.save()  # saving the rules generates again, in the background
    qtbot.waitUntil(lambda: keeper.runs == 3 and not keeper.busy, timeout=10000)


def test_a_refused_save_keeps_the_followup_dialog_open_and_a_fixed_one_closes_it(main_window, shop, qtbot):
    from shopowner.store.customers import add_customer
    from shopowner.ui.followups.followup_dialog import FollowupDialog

    gone = add_customer(shop.db, name="赵六")
    dialog = FollowupDialog(main_window, gone)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.findChild(type(dialog.error), "followupCustomer").text() == "赵六")
    shop.db.execute("DELETE FROM customers WHERE id = ?", [gone])  # erased on another PC meanwhile
    dialog.summary.setText("问候")
    dialog.accept()
    assert not dialog.save_button.isEnabled()  # saving, in the background
    dialog.accept()  # a second Enter while it saves starts nothing more
    save_ended(qtbot, dialog)
    assert dialog.result() != QDialog.Accepted and f"#{gone} does not exist" in dialog.error.text()
    assert dialog.saved_id is None and dialog.save_button.isEnabled()
    dialog.customer_id = shop.li  # the owner picks someone else and saves again
    dialog.accept()
    assert accepted(qtbot, dialog)
    assert shop.db.execute("SELECT customer_id, summary FROM followups WHERE id = ?",
                           [dialog.saved_id]).fetchone() == (shop.li, "问候")
