"""Translation plumbing shared by the GUI and the CLI (QtCore only, no widgets).

Source strings are English; 简体中文 is the default language. Core code marks strings with
``translate("Context", "text")`` (pyside6-lupdate recognises that call); widgets use ``self.tr``.
Each area has its own ``resources/translations/<area>_zh_CN.ts`` so areas never fight over one file.

Qt's own widgets (the file and print dialogs, standard buttons, context menus) are translated by
Qt's ``qtbase_<lang>.qm`` from the PySide6 wheel. That catalogue lags behind Qt's source: Qt 6 gave
some labels a shortcut letter (``&Look in:``, ``Files of &type:``, ``Page &Set:``) while the shipped
Chinese still translates the old text, so those labels showed in English in the Chinese window.
``resources/translations/qtbase_extra_zh_CN.ts`` supplies them; it is loaded with our catalogues.
(Windows and macOS show their native file dialog in the system's language; on Linux without a
desktop theme plugin, and whenever ``DontUseNativeDialog`` is set, Qt's own dialog shows.)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from shopowner.paths import resource_path

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}

_installed: list[QTranslator] = []
_language: list[str] = []  # the language install_translators last set up (none: source English)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in ``context`` with the installed translators (source text if none)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def current_language() -> str | None:
    """The language the translators were installed for, or None when none were (English source);
    a helper process installs the same so its messages read like the window's."""
    return _language[0] if _language else None


def translations_dir():
    return resource_path("translations")


QT_CATALOGUES = ("qtbase",)  # Qt's own, from the Qt installation (the wheel's translations folder)


def install_translators(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> list[str]:
    """Load Qt's own catalogue and every ``*_<language>.qm`` of ours (the areas', and
    ``qtbase_extra`` with Qt's labels its catalogue misses). Install before any widget is built.

    Returns the names of the catalogues loaded. English is the source language: it loads only its
    plural forms (``*_en.qm``).
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _language[:] = [language]
    loaded: list[str] = []
    if language == "en":  # the source language: only its plural forms ("1 card", "5 cards")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        for qm in sorted(translations_dir().glob("*_en.qm")):
            tr = QTranslator(app)
            if tr.load(str(qm)):
                app.installTranslator(tr)
                _installed.append(tr)
                loaded.append(qm.stem)
        return loaded
    QLocale.setDefault(QLocale(language))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for catalogue in QT_CATALOGUES:
        qt_tr = QTranslator(app)
        if qt_tr.load(f"{catalogue}_{language}", qt_dir):
            app.installTranslator(qt_tr)
            _installed.append(qt_tr)
            loaded.append(f"{catalogue}_{language}")
    for qm in sorted(translations_dir().glob(f"*_{language}.qm")):
        tr = QTranslator(app)
        if tr.load(str(qm)):
            app.installTranslator(tr)
            _installed.append(tr)
            loaded.append(qm.stem)
    return loaded
