"""What the team dialog's buttons do: make this PC the hub, join a hub, leave it, stop or start
this PC's hub, restart. The dialog (:class:`~shopowner.ui.team.dialog.TeamDialog`) holds the
widgets, ``run`` (a job with progress and Cancel), ``refresh`` and ``_say``.

Every failure is said with what happened, that nothing was changed, and what to do; the data
folder's choice of book (``team.json``) is written only once everything else has worked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from shopowner import faults
from shopowner.i18n import translate
from shopowner.paths import db_path
from shopowner.store.location import join_hub, joined_hub, leave_hub
from shopowner.team import hub_steps as jobs
from shopowner.store.pg.address import AddressError, join_url
from shopowner.ui.team.hub_watch import hub_place

if TYPE_CHECKING:
    from shopowner.ui.team.dialog import TeamDialog


def restart_window(window) -> bool:
    """Start ShopOwner again in the language it shows, then close ``window`` (its state saved)."""
    from shopowner.i18n import DEFAULT_LANGUAGE, current_language
    from shopowner.ui.setup.restart import restart

    return restart(window, current_language() or DEFAULT_LANGUAGE)


def _nothing_changed() -> str:
    return translate("Team", "Nothing was changed: this PC works on its shop file, as before.")


class TeamFlows:
    """The dialog's actions (see the module docstring)."""

    def __init__(self, dialog: TeamDialog):
        self.dialog = dialog

    def _ask(self, title: str, text: str) -> bool:
        return self.dialog.dialogs.confirm(self.dialog, title, text)

    def _warn(self, title: str, text: str) -> None:
        self.dialog.dialogs.warning(self.dialog, title, text)

    # making this PC the hub ---------------------------------------------------------------------
    def make_or_use_hub(self) -> None:
        if jobs.has_own_hub(self.dialog.data_dir):  # it was the hub, and left it: work on it again
            self.dialog.run(jobs.use_own_hub, self.dialog.data_dir, on_done=lambda got: self._checked(*got),
                            on_failed=self._join_failed)
            return
        if not self._ask(translate("Team", "Make this PC the hub?"), translate(
                "Team", "What happens:\n"
                        "• ShopOwner sets up a database server (PostgreSQL) in {folder}, reachable from the "
                        "shop's local network only, never from the internet, with a generated shop password.\n"
                        "• It copies this PC's shop into it and checks every table. The shop file stays as it "
                        "was, as a backup.\n"
                        "• This PC then works on the hub; the other PCs join it with the address and the shop "
                        "password this dialog shows.\n"
                        "• This PC must be on while the others work; ShopOwner starts the hub whenever it "
                        "opens here.\n\n"
                        "PostgreSQL 13 or newer must be installed on this PC (its programs are enough). "
                        "Continue?").format(folder=jobs.own_hub_folder(self.dialog.data_dir))):
            return
        self.dialog.run(jobs.make_this_pc_the_hub, self.dialog.data_dir, lan_too=self.dialog.lan_too,
                        port=self.dialog.port, on_done=self._made, on_failed=self._make_failed)

    def _made(self, made: jobs.MadeHub) -> None:
        text = translate("Team", "This PC is now the shop's hub. Its shop was copied in — {rows} rows in {tables} "
                                 "tables and {files} files — and every table was checked. The shop file stays as "
                                 "it was, as a backup.").format(rows=made.rows, tables=made.tables, files=made.files)
        if made.missing_files:
            text += " " + translate("Team", "Not copied, because they were already missing or changed in the data "
                                            "folder: {names}").format(names=", ".join(made.missing_files))
        text += " " + translate("Team", "The other PCs join with the address and the shop password shown under "
                                        "“This PC is the shop's hub”.")
        self.offer_restart(text)

    def _make_failed(self, exc: Exception) -> None:
        self.dialog._say(str(exc))
        self._warn(translate("Team", "This PC was not made the hub"),
                             f"{exc}\n\n{_nothing_changed()}")
        self.dialog.refresh()

    # joining -----------------------------------------------------------------------------------
    def join(self) -> None:
        if self.dialog.running or not self.dialog.join_box.isVisible():
            return
        try:
            url = join_url(self.dialog.address.text(), self.dialog.password.text())
        except AddressError as exc:
            self.dialog._say(str(exc))
            (self.dialog.password if self.dialog.address.text().strip() else self.dialog.address).setFocus()
            return
        self.dialog.run(jobs.check_hub, url, self.dialog.data_dir, on_failed=self._join_failed,
                        on_done=lambda customers: self._checked(url, customers))

    def _checked(self, url: str, customers: int) -> None:
        """The hub answered and is a book: warn when the shop file holds customers, then join."""
        if customers and not self._ask(translate("Team", "Join the hub?"), translate(
                "Team", "This PC's shop file holds %n customer(s). After joining, the window shows the hub's "
                        "book instead; the shop file stays as it is, untouched (leave the hub to work on it "
                        "again).\n\nJoin the hub?", None, customers)):
            self.dialog._say(translate("Team", "Not joined: nothing was changed."))
            return
        try:
            join_hub(self.dialog.data_dir, url)
        except OSError as exc:
            self._join_failed(exc)
            return
        self.offer_restart(translate("Team", "This PC joined the shop's hub at {place}.").format(place=hub_place(url)))

    def _join_failed(self, exc: Exception) -> None:
        message = faults.handle(exc).message if isinstance(exc, OSError) else str(exc)
        self.dialog._say(message)
        self._warn(translate("Team", "This PC did not join the hub"),
                             f"{message}\n\n{_nothing_changed()}")

    # leaving -----------------------------------------------------------------------------------
    def leave(self) -> None:
        url, file = joined_hub(self.dialog.data_dir), db_path(self.dialog.data_dir)
        if url is None:
            return
        text = translate("Team", "This PC then works on its own shop file again ({file}). The hub's book stays on "
                                 "the hub, and the other PCs keep working on it.").format(file=file)
        if jobs.has_own_hub(self.dialog.data_dir):
            text += " " + translate("Team", "This PC's hub keeps running for them; stop it here when no PC needs "
                                            "it any more.")
        if file.exists():
            text += " " + translate("Team", "The shop file holds what it held before this PC worked on the hub. To "
                                            "work on a copy of the hub's book instead, move the shop file out of the "
                                            "data folder, then copy the hub's book back with: python main.py hub "
                                            "move-out")
        if not self._ask(translate("Team", "Leave the hub?"),
                                    text + "\n\n" + translate("Team", "Leave the hub?")):
            return
        if not file.exists() and self._ask(translate("Team", "Copy the hub's book to this PC?"),
                                                      translate("Team", "This data folder has no shop file. Copy "
                                                                        "the hub's book into a new one now (every "
                                                                        "table checked)? If not, ShopOwner starts "
                                                                        "an empty shop here.")):
            self.dialog.run(jobs.copy_back, url, self.dialog.data_dir, on_done=self._copied_back,
                            on_failed=self._copy_failed)
            return
        self._left("")

    def _copied_back(self, report) -> None:
        self._left(" " + translate("Team", "The hub's book was copied into {file}: {rows} rows in {tables} tables, "
                                           "each checked.").format(file=db_path(self.dialog.data_dir),
                                                                   rows=report.total, tables=len(report.rows)))

    def _copy_failed(self, exc: Exception) -> None:
        self.dialog._say(str(exc))
        self._warn(translate("Team", "The hub's book was not copied"), str(exc) + "\n\n" + translate(
            "Team", "Nothing was changed: this PC still works on the hub."))

    def _left(self, extra: str) -> None:
        try:
            leave_hub(self.dialog.data_dir)
        except OSError as exc:
            self._warn(translate("Team", "This PC did not leave the hub"), faults.handle(exc).message)
            return
        self.offer_restart(translate("Team", "This PC left the hub.") + extra)

    # this PC's hub -----------------------------------------------------------------------------
    def start_or_stop(self) -> None:
        if not self.dialog.own_box.running:
            self.dialog.run(jobs.start_own_hub, self.dialog.data_dir, on_failed=self._server_failed,
                            on_done=lambda _: self._own_changed(translate("Team", "The hub runs.")))
            return
        text = translate("Team", "The other PCs lose the shop's book until the hub starts again (with Start here, "
                                 "or when ShopOwner opens on this PC). What every PC saved is kept.")
        hub = self.dialog.own_box.hub
        if hub is not None and self.dialog.now_url() == hub.server.local_url():
            text += " " + translate("Team", "This window loses it too until then.")
        if self._ask(translate("Team", "Stop the hub?"),
                                text + "\n\n" + translate("Team", "Stop the hub?")):
            self.dialog.run(jobs.stop_own_hub, self.dialog.data_dir, on_failed=self._server_failed,
                            on_done=lambda _: self._own_changed(translate("Team", "The hub was stopped.")))

    def _own_changed(self, text: str) -> None:
        self.dialog._say(text)
        self.dialog.refresh()

    def _server_failed(self, exc: Exception) -> None:
        self.dialog._say(str(exc))
        self._warn(translate("Team", "This PC's hub"), str(exc))
        self.dialog.refresh()

    # restarting --------------------------------------------------------------------------------
    def offer_restart(self, done: str) -> None:
        """Where the book is has changed for the next start: the window takes no edits until
        then (they would go to the book it leaves), and a restart now is offered."""
        self.pause_window()
        self.dialog.refresh()
        self.dialog._say(done)
        if self._ask(translate("Team", "Restart ShopOwner now?"), done + "\n\n" + translate(
                "Team", "The change takes effect when ShopOwner starts again. Restart now? Your work is saved; "
                        "open dialogs are closed.")):
            self.restart()

    def pause_window(self) -> None:
        window = self.dialog.window_
        if window.hub_watch is not None:
            window.hub_watch.stop()  # it would let edits in again when the hub answers
        window.stack.setEnabled(False)
        window.statusBar().showMessage(translate("Team", "Restart ShopOwner (文件 → 团队模式 → Restart now): "
                                                         "until then nothing can be changed."))

    def restart(self) -> None:
        if not restart_window(self.dialog.window_):
            self._warn(translate("Team", "ShopOwner could not restart"), translate(
                "Team", "Close ShopOwner and open it again."))
