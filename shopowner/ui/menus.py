"""The main window's menus: 文件, 视图 and 帮助, each entry with its shortcut; the window keeps the
actions as attributes (``window.import_action``…) for the areas and tests that reach them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from shopowner.i18n import translate
from shopowner.ui.areas import AREAS, area_title
from shopowner.ui.staff import add_staff_menu
from shopowner.window_start import StartFacts


def build_menus(window, facts: StartFacts) -> None:
    window.file_menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
    from shopowner.ui.imports import import_action_text

    window.import_action = QAction(import_action_text(), window)
    window.import_action.setObjectName("importOrders")
    window.import_action.setShortcut(QKeySequence("Ctrl+I"))
    window.import_action.triggered.connect(lambda: window.import_orders())
    window.file_menu.addAction(window.import_action)
    from shopowner.ui.imports import import_history_action_text, open_import_history

    window.import_history_action = QAction(import_history_action_text(), window)
    window.import_history_action.setObjectName("importHistoryAction")
    window.import_history_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
    window.import_history_action.triggered.connect(lambda: open_import_history(window))
    window.file_menu.addAction(window.import_history_action)
    window.settings_action = settings_action = QAction(translate("MainWindow", "&Settings…"), window)
    settings_action.setObjectName("settingsAction")
    settings_action.setShortcut(QKeySequence("Ctrl+,"))  # Windows has no standard one
    settings_action.triggered.connect(window.open_settings)
    window.file_menu.addAction(settings_action)
    from shopowner.ui.backups import backups_action_text

    window.backups_action = QAction(backups_action_text(), window)
    window.backups_action.setObjectName("backupsAction")
    window.backups_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
    window.backups_action.triggered.connect(lambda: window.open_backups())
    window.file_menu.addAction(window.backups_action)
    from shopowner.ui.team import open_team_dialog, team_action_text, warm_up_driver

    window.file_menu.aboutToShow.connect(warm_up_driver)

    window.team_action = QAction(team_action_text(), window, objectName="teamModeAction")
    window.team_action.triggered.connect(lambda: open_team_dialog(window))
    window.file_menu.addAction(window.team_action)
    window.export_all_action = QAction(translate("MainWindow", "&Export all data…"), window)
    window.export_all_action.setObjectName("exportAllAction")
    window.export_all_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
    window.export_all_action.triggered.connect(window.export_all)
    window.file_menu.addAction(window.export_all_action)
    from shopowner.ui.followups.quick_redeem import make_redeem_action

    window.file_menu.addAction(make_redeem_action(window))  # Ctrl+K, from anywhere
    from shopowner.ui.orders import NEW_ORDER_KEY, new_order_text, shipping_list_text

    window.new_order_action = QAction(new_order_text(), window, objectName="newPrivateOrder")
    window.new_order_action.setShortcut(QKeySequence(NEW_ORDER_KEY))
    window.new_order_action.triggered.connect(lambda: window.new_private_order())
    window.file_menu.addAction(window.new_order_action)
    window.shipping_list_action = QAction(shipping_list_text(), window, objectName="exportShippingList")
    window.shipping_list_action.triggered.connect(window.export_shipping_list)
    window.file_menu.addAction(window.shipping_list_action)
    add_staff_menu(window, facts.session)  # 切换员工, 员工…, who is signed in (team mode)
    window.file_menu.addSeparator()
    quit_action = QAction(translate("MainWindow", "&Quit"), window)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)
    window.file_menu.addAction(quit_action)

    window.view_menu = window.menuBar().addMenu(translate("MainWindow", "&View"))
    for n, area in enumerate(AREAS, start=1):
        # a menu reads "&" as the next letter's mnemonic: should a title ever hold one, "&&"
        action = QAction(area_title(area.key).replace("&", "&&"), window)
        action.setObjectName(f"view_{area.key}")
        action.setShortcut(QKeySequence(f"Ctrl+{n}"))
        action.triggered.connect(lambda _=False, row=n - 1: window.nav.setCurrentRow(row))
        window.view_menu.addAction(action)

    window.help_menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
    window.guide_action = QAction(translate("MainWindow", "&Guide"), window)
    window.guide_action.setObjectName("guideAction")
    window.guide_action.setShortcut(QKeySequence("F1"))
    window.guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    window.guide_action.triggered.connect(window.show_guide)
    window.help_menu.addAction(window.guide_action)
    window.help_menu.addSeparator()
    about = QAction(translate("MainWindow", "&About ShopOwner"), window)
    about.setObjectName("aboutAction")
    about.triggered.connect(window.show_about)
    window.help_menu.addAction(about)
