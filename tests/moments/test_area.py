"""The 朋友圈 area in the window: the empty state, planning a post in its dialog (with an image and
a private-only product), the calendar marking its day, marking it posted, logging a reply, the
friend-count warning with the account new cards should go to, and new-product opinions."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont

from shopowner.moments.accounts import set_friends
from shopowner.moments.opinions import summaries
from shopowner.moments.planner import add_post, get_post, list_posts, reactions_of
from shopowner.store.customers import add_customer
from tests.cli.conftest import make_customer
from tests.followups.waiting import accepted, save_ended
from tests.moments.conftest import image, products


def _area(qtbot, window):
    area = window.show_area("moments")
    qtbot.waitUntil(lambda: area.listener.applied and not area.model.loading, timeout=5000)
    return area


def _settled(qtbot, area, rows: int):
    qtbot.waitUntil(lambda: not area.model.loading and area.model.rowCount() == rows, timeout=5000)


def test_an_empty_planner_says_what_to_do(qtbot, main_window):
    area = _area(qtbot, main_window)
    qtbot.waitUntil(area.empty.isVisible, timeout=5000)
    assert "No Moments planned yet" in area.empty.text.text() and "Ctrl+N" in area.empty.button.text()
    keys = main_window.area_keys()
    assert keys.index("moments") == keys.index("products") + 1
    assert main_window.nav.item(keys.index("moments")).text() == "Moments"
    assert not area.warning.isVisible()


def test_plan_a_post_mark_it_posted_and_log_a_reply(qtbot, main_window, tmp_path):
    db = main_window.db
    ids = products(db)
    customer = add_customer(db, name="陈静")
    area = _area(qtbot, main_window)
    day = QDate(2026, 12, 5)
    area.calendar.setSelectedDate(day)
    shot = image(tmp_path)

    def fill(dialog):
        assert dialog.day.date() == day  # the calendar's day
        qtbot.waitUntil(lambda: dialog.ready, timeout=5000)  # the accounts and products offered
        dialog.account.setEditText("微信号A")
        dialog.text.setPlainText("私房白茶饼到货，老朋友先订")
        dialog.product.setCurrentIndex(dialog.product.findData(ids["tea"]))
        assert dialog.product.findData(ids["pot"]) < 0  # only private-only products are offered
        main_window.dialogs.files.append([shot])
        dialog.images.add_files()
        dialog.accept()
        return accepted(qtbot, dialog)

    main_window.dialogs.dialog_results.append(fill)
    qtbot.keyClick(area.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    _settled(qtbot, area, 1)
    [post] = list_posts(db)
    assert (post.day, post.account, post.product_id, len(post.images)) == ("2026-12-05", "微信号A", ids["tea"], 1)
    assert area.model.index(0, 2).data() == "Planned" and area.model.index(0, 3).data() == "私房白茶饼 357g"
    assert not area.empty.isVisible()
    assert area.calendar.dateTextFormat(day).fontWeight() == QFont.Weight.Bold
    assert area.day_title.text() == "Posts on 2026-12-05: 1"

    def remove_the_image(dialog):  # editing lists the image under the name it was added as
        assert [dialog.kept.item(i).text() for i in range(dialog.kept.count())] == ["新茶.png"]
        dialog.kept.setCurrentRow(0)
        dialog.remove_kept()
        qtbot.waitUntil(lambda: dialog.ready, timeout=5000)
        assert dialog.product.currentData() == ids["tea"] and dialog.account.currentText() == "微信号A"
        dialog.accept()
        return accepted(qtbot, dialog)

    main_window.dialogs.dialog_results.append(remove_the_image)
    area.view.selectRow(0)
    assert area.edit_selected()
    assert get_post(db, post.id).images == [] and not list((main_window.data_dir / "moments").iterdir())

    area.view.selectRow(0)
    area.view.setFocus()
    qtbot.keyClick(area.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: get_post(db, post.id).status == "posted", timeout=5000)
    qtbot.waitUntil(lambda: not area.model.loading and area.model.index(0, 2).data() == "Posted", timeout=5000)

    def reply(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("reply"))
        dialog.search.query.setText("陈静")  # Save waits for the search typed last
        dialog.text.setPlainText("想要两饼")
        dialog.accept()
        return accepted(qtbot, dialog)

    main_window.dialogs.dialog_results.append(reply)
    assert area.log_reaction()
    assert [(r.customer_id, r.kind, r.text) for r in reactions_of(db, post.id)] == [(customer, "reply", "想要两饼")]
    qtbot.waitUntil(lambda: area.reactions.rowCount() == 1, timeout=5000)
    assert [area.reactions.index(0, c).data() for c in range(3)] == ["Reply", "陈静", "想要两饼"]


def test_a_refused_post_writes_nothing(qtbot, main_window):
    area = _area(qtbot, main_window)
    refused = []

    def empty_text(dialog):
        qtbot.waitUntil(lambda: dialog.ready, timeout=5000)
        dialog.account.setEditText("微信号A")
        dialog.accept()
        save_ended(qtbot, dialog)
        refused.append(dialog.error.text())
        return False

    main_window.dialogs.dialog_results.append(empty_text)
    assert not area.new_post()
    assert refused == ["Write the post's text first: what the Moments post will say."]
    assert list_posts(main_window.db) == []


def test_the_friend_warning_names_the_account_for_new_cards(qtbot, main_window):
    db = main_window.db
    set_friends(db, "微信号B", 800)
    set_friends(db, "微信号A", 4499)
    area = _area(qtbot, main_window)
    assert area.warning.isHidden()

    def count(dialog):
        qtbot.waitUntil(lambda: dialog.loads == 1, timeout=5000)  # the accounts offered
        assert {dialog.account.itemText(i) for i in range(dialog.account.count())} == {"微信号A", "微信号B"}
        dialog.account.setEditText("微信号A")
        dialog.friends.setValue(4500)
        dialog.accept()
        return accepted(qtbot, dialog)

    main_window.dialogs.dialog_results.append(count)
    assert area.record_friends()
    qtbot.waitUntil(area.warning.isVisible, timeout=5000)
    assert area.warning.text() == ("微信号A already has 4,500 friends, close to WeChat's 5,000 limit: have new "
                                   "cards send buyers to 微信号B.")


def test_log_opinions_of_a_new_product(qtbot, main_window):
    db = main_window.db
    ids = products(db)
    make_customer(db, "李四", orders=[("TB1", 5900, 10)])  # a buyer: in some segment
    add_post(db, main_window.data_dir, day="2026-12-05", account="A", text="试喝", product_id=ids["tea"])
    area = _area(qtbot, main_window)
    area.calendar.setSelectedDate(QDate(2026, 12, 5))
    _settled(qtbot, area, 1)
    area.view.selectRow(0)

    def ask(dialog):
        qtbot.waitUntil(lambda: dialog.loads == 1, timeout=5000)
        assert dialog.product.currentData() == ids["tea"]  # the selected post's product
        for n in range(1, dialog.group.count()):
            if dialog.customers.count():
                break
            dialog.group.setCurrentIndex(n)
            qtbot.waitUntil(lambda n=n: dialog.loads == n + 1, timeout=5000)
        dialog.findChild(type(dialog.choice.button(0)), "opinion_like").setChecked(True)
        dialog.note.setText("香气好")
        assert dialog.log_selected()
        qtbot.waitUntil(lambda: dialog.summary.text() == "1 asked: 1 like it, 0 neutral, 0 dislike it.",
                        timeout=5000)
        return False

    main_window.dialogs.dialog_results.append(ask)
    area.ask_opinions()
    [summary] = summaries(db)
    assert (summary.product_id, summary.liked, summary.notes) == (ids["tea"], 1, ["香气好"])


def test_a_post_saved_meanwhile_elsewhere_keeps_both_changes_and_asks_about_a_clash(
        qtbot, main_window, en_translators):
    from datetime import date

    from shopowner.moments.planner import edit_post
    from shopowner.ui.moments.post_dialog import PostDialog

    db, data_dir = main_window.db, main_window.data_dir
    post = add_post(db, data_dir, day="2026-12-05", account="店主微信", text="新茶到了")
    dialog = PostDialog(main_window, date(2026, 12, 5), post)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.save_button.isEnabled)  # the accounts and products are read first
    edit_post(db, data_dir, post.id, day="2026-12-06", account="店主微信", text="新茶到了")  # another PC
    dialog.text.setPlainText("新茶到了，先到先得")
    dialog.accept()
    assert accepted(qtbot, dialog)
    now = get_post(db, post.id)
    assert (now.day, now.text) == ("2026-12-06", "新茶到了，先到先得")  # both kept, nothing asked
    assert not main_window.dialogs.version_rows

    dialog = PostDialog(main_window, date(2026, 12, 6), now)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.save_button.isEnabled)
    edit_post(db, data_dir, post.id, day="2026-12-06", account="店主微信", text="售罄")
    dialog.text.setPlainText("还剩三盒")
    main_window.dialogs.version_answers.append(False)  # take the book's
    dialog.accept()
    assert accepted(qtbot, dialog)
    assert main_window.dialogs.version_rows == [[("Text", "还剩三盒", "售罄")]]
    assert get_post(db, post.id).text == "售罄"
