"""argparse's own words (``usage:``, ``options``, ``the following arguments are required``…) in
the language the CLI speaks. argparse looks them up through ``gettext`` as module globals
(``argparse._``, ``argparse.ngettext``), so pointing those at our catalogue makes ``--help`` and
argument errors read Chinese under ``--lang zh_CN``, like everything else the CLI prints.
"""

from __future__ import annotations

import argparse
import gettext

from shopowner.i18n import translate


def _words() -> dict[str, str]:
    # written out so pyside6-lupdate sees each message; the keys are argparse's own (Python 3.11+)
    return {
        "usage: ": translate("Argparse", "usage: "),
        "positional arguments": translate("Argparse", "positional arguments"),
        "options": translate("Argparse", "options"),
        "show this help message and exit": translate("Argparse", "show this help message and exit"),
        "%(prog)s: error: %(message)s\n": translate("Argparse", "%(prog)s: error: %(message)s\n"),
        "argument %(argument_name)s: %(message)s": translate("Argparse",
                                                             "argument %(argument_name)s: %(message)s"),
        "unrecognized arguments: %s": translate("Argparse", "unrecognized arguments: %s"),
        "the following arguments are required: %s": translate("Argparse",
                                                              "the following arguments are required: %s"),
        "one of the arguments %s is required": translate("Argparse", "one of the arguments %s is required"),
        "not allowed with argument %s": translate("Argparse", "not allowed with argument %s"),
        "expected one argument": translate("Argparse", "expected one argument"),
        "expected at most one argument": translate("Argparse", "expected at most one argument"),
        "expected at least one argument": translate("Argparse", "expected at least one argument"),
        "ambiguous option: %(option)s could match %(matches)s": translate(
            "Argparse", "ambiguous option: %(option)s could match %(matches)s"),
        "invalid %(type)s value: %(value)r": translate("Argparse", "invalid %(type)s value: %(value)r"),
        "invalid choice: %(value)r (choose from %(choices)s)": translate(
            "Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        "ignored explicit argument %r": translate("Argparse", "ignored explicit argument %r"),
        "can't open '%(filename)s': %(error)s": translate("Argparse", "can't open '%(filename)s': %(error)s"),
    }


def _gettext(message: str) -> str:
    return _words().get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    if singular == "expected %s argument":
        text = translate("Argparse", "expected %s arguments")
        if text != "expected %s arguments":  # translated: the language has its own form
            return text
    return gettext.ngettext(singular, plural, n)


def install() -> None:
    """Route argparse's messages through the installed translators (call before building a parser)."""
    argparse._ = _gettext  # type: ignore[attr-defined]  # argparse's own gettext names: not in its stub
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]


def version_help() -> str:
    return translate("Argparse", "show program's version number and exit")
