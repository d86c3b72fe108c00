"""``--if-version N`` on the commands that edit a product, a channel or a Moments post, as
``customers edit`` has it: the change is saved only while the row is still at the version the
caller read (``--json`` shows it), so a script never writes over what someone saved meanwhile
on another PC (:mod:`shopowner.store.versions`)."""

from __future__ import annotations

import sys

from shopowner.i18n import translate


def add_if_version(parser) -> None:
    parser.add_argument("--if-version", type=int, metavar="N", help=translate(
        "Cli", "save only while it is still at version N (as --json shows it); else nothing is saved "
               "and the command says what changed"))


def changed_meanwhile(what: str, exc) -> int:
    """The row moved on since ``--if-version``: say so (nothing was written); exit code 1."""
    if exc.current is None:
        print(translate("Cli", "{what} is gone: someone removed it meanwhile, so nothing was saved.").format(
            what=what), file=sys.stderr)
        return 1
    print(translate("Cli", "{what} was saved by someone else since version {expected} (it is at version "
                           "{now} now), so nothing was saved. Look at it again, then repeat the change "
                           "with --if-version {now}.").format(what=what, expected=exc.expected,
                                                              now=exc.current_version), file=sys.stderr)
    return 1
