"""Start-up: decide between the window, the self-test and the CLI, then create the right Qt app.

No arguments (or only ``--data-dir``/``--lang``/``--database-url``/``--staff``) → the window.
``--self-test`` → offscreen checks.
A command, ``--help`` or ``--version`` → the CLI with a windowless ``QCoreApplication``.
"""

from __future__ import annotations

import argparse
import os
import sys

from shopowner import APP_NAME, APP_ORG


def _pre_parse(argv: list[str]):
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--data-dir")
    pre.add_argument("--lang")
    pre.add_argument("--database-url")
    pre.add_argument("--staff")
    pre.add_argument("--self-test", action="store_true")
    return pre.parse_known_args(argv)


def _language(option: str | None) -> str:
    from PySide6.QtCore import QSettings

    from shopowner.i18n import DEFAULT_LANGUAGE, LANGUAGES

    lang = option or os.environ.get("SHOPOWNER_LANG") or QSettings().value("language", DEFAULT_LANGUAGE)
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    known, rest = _pre_parse(argv)
    if known.self_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    gui = not rest and not known.self_test
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setOrganizationName(APP_ORG)
    QCoreApplication.setApplicationName(APP_NAME)
    qt_args = [sys.argv[0], *(["-platform", "offscreen"] if known.self_test else [])]
    if gui or known.self_test:
        from shopowner.ui.app import make_application

        app: QCoreApplication = make_application(qt_args)
    else:
        app = QCoreApplication.instance() or QCoreApplication(qt_args)

    from shopowner.i18n import install_translators

    install_translators(app, _language(known.lang))
    if known.self_test:
        from shopowner.ui.selftest import run_self_test

        return run_self_test()
    if gui:
        from shopowner.paths import resolve_data_dir
        from shopowner.store.location import choose_hub
        from shopowner.ui.app import run_gui

        choose_hub(known.database_url)  # team mode for this run (else $SHOPOWNER_DATABASE_URL, team.json)
        # the app make_application made above: a QApplication
        return run_gui(app, resolve_data_dir(known.data_dir),  # type: ignore[arg-type]
                       staff=known.staff or os.environ.get("SHOPOWNER_STAFF") or "")
    from shopowner.cli import run

    return run(argv)
