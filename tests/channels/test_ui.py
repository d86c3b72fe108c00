"""The channels page in 经营数据 and a channel code in the Ctrl+K box, driven with qtbot."""

from __future__ import annotations

from PySide6.QtCore import QDate

from shopowner.channels.book import add_channel, list_channels
from tests.followups.waiting import accepted, looked_up, save_ended, searched
from tests.channels.test_cli_and_poster import read_poster
from tests.channels.conftest import QR


def _growth(window, qtbot):
    area = window.show_area("growth")
    qtbot.waitUntil(lambda: area.figures is not None, timeout=10000)
    return area


def _shown(panel) -> list[list[str]]:
    m = panel.model
    return [[m.data(m.index(r, c)) for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_channels_page_adds_edits_costs_and_makes_a_poster(main_window, shop, qtbot, tmp_path, en_translators):
    area = _growth(main_window, qtbot)
    panel = area.channels
    assert panel.empty.isVisible() and "No channels yet" in panel.empty.text() and not panel.view.isVisible()
    assert not panel.poster_button.isEnabled()

    def refused_then_cancelled(dialog):
        dialog.name.setText("")
        dialog.accept()
        save_ended(qtbot, dialog)
        assert "Give the channel a name" in dialog.error.text()
        return False

    def fill(dialog):
        dialog.name.setText("小红书笔记")
        dialog.kind.setCurrentIndex(dialog.kind.findData("xiaohongshu"))
        dialog.cost.setText("3000")
        dialog.from_date.setDate(QDate(2026, 11, 1))
        dialog.to_date.setDate(QDate(2026, 11, 30))
        dialog.accept()
        return accepted(qtbot, dialog)

    main_window.dialogs.dialog_results += [refused_then_cancelled, fill]
    panel.add_button.click()
    assert list_channels(shop.db) == []  # refused, then cancelled: nothing written
    area.figures = None
    panel.add_button.click()
    qtbot.waitUntil(lambda: area.figures is not None and panel.model.rowCount() == 1, timeout=10000)
    channel = list_channels(shop.db)[0]
    assert "added, code " + channel.code in panel.status.text()
    period = area.period
    period.setCurrentIndex(period.findData(None))  # all time: the whole cost
    qtbot.waitUntil(lambda: area.figures.since is None and _shown(panel)[0][4] == "¥3,000.00", timeout=10000)
    assert _shown(panel)[0][:6] == ["小红书笔记", "Xiaohongshu (小红书)", channel.code, "0", "¥3,000.00", "—"]

    def add_cost(dialog):
        assert dialog.channel.id == channel.id
        dialog.cost.setText("500")
        dialog.from_date.setDate(QDate(2026, 10, 1))
        dialog.to_date.setDate(QDate(2026, 10, 31))
        dialog.note.setText("薯条")
        dialog.accept()
        return accepted(qtbot, dialog)

    main_window.dialogs.dialog_results.append(add_cost)
    panel.cost_button.click()
    qtbot.waitUntil(lambda: _shown(panel)[0][4] == "¥3,500.00", timeout=10000)

    def rename(dialog):
        dialog.name.setText("小红书冷泡茶笔记")
        dialog.accept()
        return accepted(qtbot, dialog)

    main_window.dialogs.dialog_results.append(rename)
    panel.edit_button.click()
    qtbot.waitUntil(lambda: _shown(panel)[0][0] == "小红书冷泡茶笔记", timeout=10000)
    assert list_channels(shop.db)[0].code == channel.code  # the poster's code stays

    out = tmp_path / "poster.pdf"
    main_window.dialogs.files.append(str(out))
    panel.poster_button.click()
    qtbot.waitUntil(lambda: panel.poster_task is None and "Poster written" in panel.status.text(), timeout=20000)
    text, qrs, _size = read_poster(out)
    assert "小红书冷泡茶笔记" in text and channel.code in text and qrs == [QR]


def test_a_card_channel_has_no_poster(main_window, shop, qtbot, en_translators):
    add_channel(shop.db, "包裹卡", "card")
    panel = _growth(main_window, qtbot).channels
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    assert _shown(panel)[0][2] == "—"
    panel.poster_button.click()  # the channel is read first, off the GUI thread
    qtbot.waitUntil(lambda: bool(main_window.dialogs.messages), timeout=5000)
    assert main_window.dialogs.messages[-1][0] == "information" and "has no poster" in \
        main_window.dialogs.messages[-1][2]


def test_ctrl_k_redeems_a_channel_code_for_a_new_and_a_picked_customer(main_window, shop, qtbot, en_translators):
    from shopowner.ui.followups.quick_redeem import open_quick_redeem

    live = add_channel(shop.db, "周五直播间", "live")
    box = open_quick_redeem(main_window)
    box.paste.setText(f"夏天的风 申请添加你为朋友 暗号{live.code.lower()}")
    looked_up(qtbot, box)
    assert f"Channel 周五直播间 (Live streaming (直播)) · code {live.code}" in box.result.text()
    assert box.mark_button.isEnabled() and box.wechat_name.text() == "夏天的风"
    with qtbot.waitSignal(main_window.changed, check_params_cb=lambda c: c.membership and c.touches("channels")):
        box.mark_button.click()
    assert box.status.text() == "夏天的风 is new in the book, added on WeChat through 周五直播间."
    new = shop.db.execute("SELECT wechat_status, channel_id FROM customers WHERE wechat_name = ?", ["夏天的风"])
    assert new.fetchall() == [("added", live.id)]

    # someone in the book: picked in the search, whatever name the request gives
    box.paste.setText(f"{live.code} 我是老张")
    looked_up(qtbot, box)
    box.no_code.setChecked(True)
    searched(qtbot, box.search, "张三")
    assert box.search.selected_id() == shop.zhang
    with qtbot.waitSignal(main_window.changed):
        box.mark_button.click()
    assert box.status.text() == "张三 is now marked added on WeChat through 周五直播间."
    assert shop.db.execute("SELECT wechat_status, channel_id FROM customers WHERE id = ?", [shop.zhang]).fetchone() \
        == ("added", live.id)
    assert shop.db.execute("SELECT count(*) FROM wechat_adds WHERE channel_id = ?", [live.id]).fetchone()[0] == 2

    box.no_code.setChecked(False)  # no name and no one picked: told what to do, nothing written
    box.paste.setText(live.code)
    looked_up(qtbot, box)
    with qtbot.waitSignal(box.saved):
        box.mark_button.click()
    assert "Type the WeChat name" in box.result.text()
    assert shop.db.execute("SELECT count(*) FROM wechat_adds").fetchone()[0] == 2


def test_a_channel_saved_meanwhile_elsewhere_keeps_both_changes_and_asks_about_a_clash(
        main_window, qtbot, en_translators):
    from shopowner.channels.book import edit_channel, get_channel
    from shopowner.ui.growth.channel_dialogs import ChannelDialog

    made = add_channel(main_window.db, "周五直播间", "live")
    dialog = ChannelDialog(main_window, made)
    qtbot.addWidget(dialog)
    edit_channel(main_window.db, made.id, notes="主播小美")  # saved on another PC meanwhile
    dialog.name.setText("周五直播")
    dialog.accept()
    assert accepted(qtbot, dialog)
    now = get_channel(main_window.db, made.id)
    assert (now.name, now.notes) == ("周五直播", "主播小美")  # both kept, nothing asked
    assert not main_window.dialogs.version_rows

    dialog = ChannelDialog(main_window, now)
    qtbot.addWidget(dialog)
    edit_channel(main_window.db, made.id, name="周五晚场")
    dialog.name.setText("周五专场")
    main_window.dialogs.version_answers.append(True)  # keep mine
    dialog.accept()
    assert accepted(qtbot, dialog)
    assert main_window.dialogs.version_rows == [[("Name", "周五专场", "周五晚场")]]
    assert get_channel(main_window.db, made.id).name == "周五专场"
