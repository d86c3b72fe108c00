"""One print run from the cards area: plan and draw off the GUI thread, refuse letters that do not
fit before anything prints, ask for the printer or the file only when there is something to print,
print, and record the batch as printed only once the job went out.

The batch that prints must be the batch the preview shows: when they differ (new parcels arrived,
the preview was still drawing), nothing prints and the preview is brought up to date first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths

from shopowner import clock
from shopowner import tasks
from shopowner.cards.batch import CardsDoNotFit, batch_title
from shopowner.changes import CARDS, Change
from shopowner.ui.cards.drawing import in_drawing_process
from shopowner.ui.cards.jobs import print_job, record_job, save_job


class PrintRun(QObject):
    """Drives one run for a :class:`CardsArea` (``area``); ``area.attach`` shows each job on its bar."""

    def __init__(self, area, request, *, to_printer: bool):
        super().__init__(area)
        self.area, self.window_ = area, area.window_
        self.request, self.to_printer = request, to_printer
        self.result: dict | None = None

    def tr_(self, text: str) -> str:
        return self.tr(text)

    def start(self) -> None:
        self.area.busy(True)
        task = self.area.attach(tasks.start(in_drawing_process, print_job, self.window_.data_dir, self.request,
                                            owner=self.area))
        task.signals.succeeded.connect(self._drawn)
        task.signals.failed.connect(self._refused)
        task.signals.cancelled.connect(self._stopped)

    # planned and drawn ------------------------------------------------------
    def _refused(self, exc) -> None:
        self.area.busy(False)
        if isinstance(exc, CardsDoNotFit):
            self.area.show_overflow(exc.cards)
        self.window_.dialogs.warning(self.area, self.tr("Nothing printed"), str(exc))

    def _stopped(self) -> None:
        self.area.busy(False)
        if self.result is not None:
            Path(self.result["path"]).unlink(missing_ok=True)

    def _drawn(self, result: dict) -> None:
        self.result = result
        plan, path = result["plan"], Path(result["path"])
        if not self.request.reprint and not self.area.preview_matches(plan):
            path.unlink(missing_ok=True)
            self.area.busy(False)
            self.area.refresh_preview(at_once=True)
            self.window_.dialogs.information(self.area, self.tr("Check the preview"), self.tr(
                "The cards changed since the preview was drawn (new parcels, or another letter). Nothing "
                "was printed. The preview now shows the cards that print: check it, then print again."))
            return
        count = len(plan.cards)  # drawn: the bar says what it waits for now, not the drawing
        if self.to_printer:
            self.area.on_progress(count, count, self.tr("Drawn; choose the printer…"))
            self._ask_printer(path)
        else:
            self.area.on_progress(count, count, self.tr("Drawn; choose where to save…"))
            self._ask_file(path)

    # to a printer -------------------------------------------------------------
    def _ask_printer(self, path: Path) -> None:
        from shopowner.ui.cards.print_flow import ask_printer, start_printing

        layout = self.request.layout
        printer = ask_printer(self.area, (layout.page_w, layout.page_h))
        if printer is None:  # cancelled: the cards stay reserved, with their codes
            path.unlink(missing_ok=True)
            self.area.busy(False)
            return
        self.printer = printer
        task = self.area.attach(start_printing(path, printer, batch_title(self.result["plan"]), owner=self.area))
        task.signals.succeeded.connect(lambda where: self._record(str(where)))
        task.signals.failed.connect(self._print_failed)
        task.signals.cancelled.connect(self._stopped)

    def _print_failed(self, exc) -> None:
        self._stopped()
        self.window_.dialogs.warning(self.area, self.tr("Not printed"), self.tr(
            "{error}\n\nNothing was recorded: the cards keep their codes and print with the same codes "
            "next time.").format(error=exc))

    def _record(self, where: str) -> None:
        Path(self.result["path"]).unlink(missing_ok=True)
        task = self.area.attach(tasks.start_with_db(self.window_.data_dir, record_job, self.result["plan"],
                                                    self.request.layout, where, owner=self.area))
        task.signals.succeeded.connect(lambda _batch: self._done(
            self.tr("%n card(s) sent to the printer.", "", len(self.result["plan"].cards))))
        task.signals.failed.connect(self._record_failed)

    def _record_failed(self, exc) -> None:
        self.area.busy(False)
        self.window_.dialogs.warning(self.area, self.tr("Printed, but not recorded"), self.tr(
            "The cards were printed, but could not be marked as printed ({error}). Their codes stay "
            "reserved for these parcels, so a buyer who sends one is still found.").format(error=exc))

    # to a PDF file ---------------------------------------------------------------
    def _ask_file(self, path: Path) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        suggested = str(Path(folder) / self.tr("cards-{day}.pdf").format(day=clock.today().isoformat()))
        out = self.window_.dialogs.save_file(self.area, self.tr("Save the cards as PDF"), suggested,
                                             self.tr("PDF files (*.pdf)"))
        if not out:
            path.unlink(missing_ok=True)
            self.area.busy(False)
            return
        out = out if out.lower().endswith(".pdf") else out + ".pdf"
        task = self.area.attach(tasks.start_with_db(self.window_.data_dir, save_job, self.result["plan"],
                                                    self.request.layout, path, Path(out), owner=self.area))
        task.signals.succeeded.connect(lambda _batch: (path.unlink(missing_ok=True), self._done(
            self.tr("%n card(s) saved to {path}.", "", len(self.result["plan"].cards)).format(path=out))))
        task.signals.failed.connect(lambda exc: (self._stopped(), self.window_.dialogs.warning(
            self.area, self.tr("Not saved"), str(exc))))
        task.signals.cancelled.connect(self._stopped)

    # done -------------------------------------------------------------------------
    def _done(self, text: str) -> None:
        self.area.busy(False)
        self.area.last_plan = plan = self.result["plan"]
        self.window_.announce(Change.of(  # printed (or reprinted) for these buyers
            CARDS, customer_ids=[c.customer_id for c in plan.cards if c.customer_id is not None],
            source="cards"))
        issues = [i.message for i in self.result["result"].issues]
        if issues:
            text += "\n\n" + "\n".join(issues[:10])
        self.window_.dialogs.information(self.area, self.tr("Cards done"), text)
