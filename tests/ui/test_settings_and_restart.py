"""文件 → 设置: names, the WeChat QR with its preview, layout and printer, the language — and a
language change that offers to restart (a real detached process is started)."""

from __future__ import annotations

import json
import sys

import qrcode
from PySide6.QtCore import QSettings

from shopowner.store.settings import SHOP_NAME, WECHAT_QR, get_setting, set_setting
from shopowner.ui.dialogs.settings_dialog import SettingsDialog
from shopowner.ui.setup.restart import relaunch_command


def ready(qtbot, dialog) -> None:
    """The dialog has read what it shows (off the GUI thread): the names and the QR in use."""
    qtbot.waitUntil(dialog.ready, timeout=10000)


def press_ok(qtbot, dialog) -> bool:
    """OK as the owner presses it: the names and the QR are stored off the GUI thread and the
    dialog closes once they are (or stays open saying why); what ``exec`` then returns."""
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.saving is None, timeout=10000)
    return dialog.result() == dialog.DialogCode.Accepted


def test_settings_show_the_qr_in_use_and_change_it(qtbot, main_window, tmp_path):
    window = main_window
    set_setting(window.db, WECHAT_QR, "https://u.wechat.com/old")
    image = tmp_path / "new-qr.png"
    qrcode.make("https://u.wechat.com/new").save(image)
    seen = {}

    def change(dialog):
        ready(qtbot, dialog)
        seen["status"] = dialog.qr.status.text()
        seen["preview"] = not dialog.qr.preview.pixmap().isNull()
        window.dialogs.files.append(str(image))
        dialog.qr.choose_button.click()
        qtbot.waitUntil(lambda: not dialog.qr.busy(), timeout=10000)
        seen["read"] = dialog.qr.status.text()
        dialog.cards.layout_choice.setCurrentIndex(dialog.cards.layout_choice.findData("a4-2up-a5"))
        dialog.cards.printer_choice.setCurrentIndex(dialog.cards.printer_choice.findData(""))
        return press_ok(qtbot, dialog)

    window.dialogs.dialog_results.append(change)
    window.open_settings()
    assert "https://u.wechat.com/old" in seen["status"] and seen["preview"]
    assert "https://u.wechat.com/new" in seen["read"]
    assert get_setting(window.db, WECHAT_QR) == "https://u.wechat.com/new"
    assert QSettings().value("cards/layout") == "a4-2up-a5"
    assert QSettings().value("cards/printer") == ""


def test_cancel_keeps_the_qr_in_use(qtbot, main_window, tmp_path):
    window = main_window
    set_setting(window.db, WECHAT_QR, "https://u.wechat.com/old")
    image = tmp_path / "new-qr.png"
    qrcode.make("https://u.wechat.com/new").save(image)

    def choose_then_cancel(dialog):
        ready(qtbot, dialog)
        window.dialogs.files.append(str(image))
        dialog.qr.choose_button.click()
        qtbot.waitUntil(lambda: not dialog.qr.busy(), timeout=10000)
        return False

    window.dialogs.dialog_results.append(choose_then_cancel)
    window.open_settings()
    assert get_setting(window.db, WECHAT_QR) == "https://u.wechat.com/old"


def test_an_empty_name_keeps_the_dialog_open_and_saves_nothing(qtbot, main_window):
    window = main_window
    shown = []

    def empty_name_then_cancel(dialog):
        ready(qtbot, dialog)
        shown.append(dialog)
        dialog.shop_name.setText("  ")
        assert not press_ok(qtbot, dialog)  # refused: the dialog stays open
        assert dialog.shop_name.text() == "  " and dialog.ok_button.isEnabled()  # what was typed is still there
        return False  # then Cancel

    window.dialogs.dialog_results.append(empty_name_then_cancel)
    window.open_settings()
    assert len(shown) == 1
    kind, _title, text = window.dialogs.messages[0]
    assert kind == "warning" and "shop name is empty" in text
    assert get_setting(window.db, SHOP_NAME) == "测试小店"


def test_declining_the_restart_keeps_the_language_for_the_next_start(qtbot, main_window):
    window = main_window

    def english(dialog):
        ready(qtbot, dialog)
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        return press_ok(qtbot, dialog)

    window.dialogs.dialog_results.append(english)
    window.dialogs.confirm_answers.append(False)
    window.open_settings()
    kind, _title, text = window.dialogs.messages[-1]
    assert kind == "confirm" and "English" in text
    assert QSettings().value("language") == "en"
    assert "next time" in window.statusBar().currentMessage()
    assert window.isVisible()


def test_no_question_when_the_language_stays(qtbot, main_window):
    main_window.dialogs.dialog_results.append(lambda dialog: (ready(qtbot, dialog), press_ok(qtbot, dialog))[1])
    main_window.open_settings()
    assert main_window.dialogs.messages == []


def test_restart_starts_the_same_program_with_the_same_arguments(qtbot, main_window, tmp_path,
                                                                 monkeypatch):
    """Accepting starts a real detached process (here a stand-in script in place of main.py that
    writes down how it was started), saves the window's state and closes the window."""
    record = tmp_path / "started.json"
    script = tmp_path / "main.py"
    script.write_text("import json, os, sys\n"
                      f"json.dump({{'argv': sys.argv[1:], 'cwd': os.getcwd()}}, open({str(record)!r}, 'w'))\n",
                      encoding="utf-8")
    data = str(tmp_path / "shop")
    monkeypatch.setattr(sys, "argv", [str(script), "--data-dir", data, "--lang", "zh_CN"])
    monkeypatch.chdir(tmp_path)
    window = main_window
    window.show_area("review")

    def english(dialog):
        ready(qtbot, dialog)
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        return press_ok(qtbot, dialog)

    window.dialogs.dialog_results.append(english)
    window.dialogs.confirm_answers.append(True)
    window.open_settings()
    def written() -> bool:  # the detached program has started and written down how
        try:
            return bool(json.loads(record.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return False

    qtbot.waitUntil(written, timeout=20000)
    started = json.loads(record.read_text(encoding="utf-8"))
    assert started["argv"] == ["--data-dir", data, "--lang", "en"]
    assert started["cwd"] == str(tmp_path)
    assert not window.isVisible()
    assert QSettings().value("window/area") == "review" and QSettings().value("window/geometry")


def test_relaunch_command_frozen_and_from_source(tmp_path):
    program, args = relaunch_command("en", ["ShopOwner.exe", "--data-dir", "D"], frozen=True)
    assert program == sys.executable and args == ["--data-dir", "D"]
    program, args = relaunch_command("zh_CN", [str(tmp_path / "main.py"), "--lang=en"], frozen=False)
    assert program == sys.executable and args == [str(tmp_path / "main.py"), "--lang", "zh_CN"]
    program, args = relaunch_command("en", [str(tmp_path / "shopowner.exe")], frozen=False)
    assert program == str(tmp_path / "shopowner.exe") and args == []
