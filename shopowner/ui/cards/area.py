"""The 感谢信与包裹卡 area: letter editor beside the live preview, layout choice, and printing.

One click prints cards for the parcels going out (paid, not shipped, no card yet). Cards are
generated off the GUI thread with progress and cancel, printed through QPrintDialog to any printer
(or saved as PDF), and recorded only once the job went out.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSpinBox,
    QSplitter, QTabWidget, QVBoxLayout, QWidget,
)

from shopowner import tasks
from shopowner.cards.batch import record_plan, record_reprint
from shopowner.cards.checker import check_for_shop
from shopowner.cards.layouts import DEFAULT_LAYOUT, LayoutError, PrintOptions, all_layouts
from shopowner.ui.cards.editor import LetterEditor
from shopowner.ui.cards.history import PrintedCards
from shopowner.ui.cards.jobs import batch_job
from shopowner.ui.cards.preview import PreviewPane


class CardsArea(QWidget):
    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.task = None
        self.editor = LetterEditor(window)
        self.preview = PreviewPane(window)

        self.layout_choice = QComboBox()
        self.layout_choice.setObjectName("layoutChoice")
        self.start = QSpinBox()
        self.start.setPrefix(self.tr("start at "))
        self.copies = QSpinBox()
        self.copies.setRange(1, 50)
        self.copies.setSuffix(self.tr(" copies"))
        self.layout_button = QPushButton(self.tr("Edit layout…"))
        self.layout_button.clicked.connect(self.edit_layout)
        self.crop = QCheckBox(self.tr("Crop marks"))
        self.crop.setChecked(True)
        self._fill_layouts()

        self.selection = QComboBox()
        for key, label in (("to-ship", self.tr("Parcels going out (paid, not shipped, no card)")),
                           ("today", self.tr("Imported today")), ("all", self.tr("All orders")),
                           ("ids", self.tr("These orders:"))):
            self.selection.addItem(label, key)
        self.order_ids = QLineEdit()
        self.order_ids.setPlaceholderText(self.tr("order numbers, or 2026-11-01..2026-11-20"))
        self.order_ids.setEnabled(False)
        self.selection.currentIndexChanged.connect(
            lambda: self.order_ids.setEnabled(self.selection.currentData() == "ids"))

        self.print_going_out = QPushButton(self.tr("Print cards for the parcels going out"))
        self.print_going_out.setObjectName("printGoingOut")
        self.print_going_out.setShortcut("Ctrl+P")
        self.print_going_out.setDefault(True)
        self.print_going_out.clicked.connect(lambda: self.start_batch("to-ship", to_printer=True))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(lambda: self.start_batch(self.chosen_selection(), to_printer=True))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.clicked.connect(lambda: self.start_batch(self.chosen_selection(), to_printer=False))
        self.settings_button = QPushButton(self.tr("Card settings…"))
        self.settings_button.clicked.connect(self.open_card_settings)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)

        options_row = QHBoxLayout()
        for w in (QLabel(self.tr("Layout")), self.layout_choice, self.layout_button, self.start, self.copies,
                  self.crop):
            options_row.addWidget(w)
        options_row.addStretch(1)
        options_row.addWidget(self.settings_button)
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        print_row = QHBoxLayout()
        print_row.addWidget(self.print_going_out)
        print_row.addSpacing(20)
        print_row.addWidget(QLabel(self.tr("Or:")))
        print_row.addWidget(self.selection)
        print_row.addWidget(self.order_ids, 1)
        print_row.addWidget(self.print_button)
        print_row.addWidget(self.save_button)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)

        letters_page = QWidget()
        page = QVBoxLayout(letters_page)
        page.addLayout(options_row)
        page.addWidget(self.splitter, 1)
        page.addLayout(print_row)
        page.addLayout(progress_row)
        self.history = PrintedCards(window)
        self.history.reprint_requested.connect(self.reprint)
        self.tabs = QTabWidget()
        self.tabs.addTab(letters_page, self.tr("Letter and printing"))
        self.tabs.addTab(self.history, self.tr("Printed cards"))
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs)

        self.editor.changed.connect(self.refresh_preview)
        for signal in (self.layout_choice.currentIndexChanged, self.start.valueChanged,
                       self.copies.valueChanged, self.crop.toggled):
            signal.connect(self._options_changed)
        window.data_changed.connect(self.history.refresh)
        self._restore()
        self.refresh_preview()

    # options -----------------------------------------------------------------
    def _fill_layouts(self) -> None:
        self.layout_choice.blockSignals(True)
        self.layout_choice.clear()
        for name, layout in all_layouts(self.window_.data_dir).items():
            self.layout_choice.addItem(layout.display_name(), name)
        self.layout_choice.blockSignals(False)
        self._update_start_range()

    def layout(self):
        return all_layouts(self.window_.data_dir)[self.layout_choice.currentData() or DEFAULT_LAYOUT]

    def options(self) -> PrintOptions:
        return PrintOptions(self.start.value(), self.copies.value(), self.crop.isChecked())

    def choose_layout(self, name: str) -> None:
        self.layout_choice.setCurrentIndex(max(self.layout_choice.findData(name), 0))

    def _update_start_range(self) -> None:
        per_page = self.layout().per_page
        self.start.setRange(1, per_page)
        self.start.setEnabled(per_page > 1)

    def _options_changed(self, *_args) -> None:
        self._update_start_range()
        QSettings().setValue("cards/layout", self.layout_choice.currentData())
        self.refresh_preview()

    def _restore(self) -> None:
        settings = QSettings()
        self.choose_layout(settings.value("cards/layout", DEFAULT_LAYOUT))
        state = settings.value("cards/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([560, 480])
        self.splitter.splitterMoved.connect(
            lambda *_: QSettings().setValue("cards/splitter", self.splitter.saveState()))

    def chosen_selection(self) -> str:
        key = self.selection.currentData()
        return self.order_ids.text().strip() if key == "ids" else key

    # preview and checks -----------------------------------------------------
    def refresh_preview(self) -> None:
        body, signature = self.editor.text()
        self.preview.request(body, signature, self.layout(), self.options())
        self.refresh_warnings()

    def refresh_warnings(self) -> None:
        body, signature = self.editor.text()
        self.editor.show_warnings(check_for_shop(self.window_.db, body, self.layout(), signature))

    # printing ----------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        for w in (self.print_going_out, self.print_button, self.save_button):
            w.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(text or "%p%")

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def start_batch(self, selection: str, *, to_printer: bool, reprint: str | None = None) -> None:
        if not selection:
            self.window_.dialogs.warning(self, self.tr("Nothing chosen"), self.tr(
                "Type the order numbers (or a date range) to print cards for, then try again."))
            return
        if not self.editor.save():
            return
        out = None
        if not to_printer:
            out = self.window_.dialogs.save_file(self, self.tr("Save the cards as PDF"),
                                                 str(Path.home() / "cards.pdf"), self.tr("PDF files (*.pdf)"))
            if not out:
                return
        try:
            layout, options = self.layout(), self.options().validate(self.layout())
        except LayoutError as exc:
            self.window_.dialogs.warning(self, self.tr("Cannot print"), str(exc))
            return
        self._busy(True)
        self.task = tasks.start(batch_job, self.window_.data_dir, selection, layout, options, out, reprint,
                                owner=self)
        self.task.signals.progress.connect(self._on_progress)
        self.task.signals.succeeded.connect(lambda r: self._generated(r, layout, to_printer, reprint))
        self.task.signals.failed.connect(self._failed)
        self.task.signals.cancelled.connect(lambda: self._busy(False))

    def _failed(self, exc) -> None:
        self._busy(False)
        self.window_.dialogs.warning(self, self.tr("No cards made"), str(exc))

    def _generated(self, result: dict, layout, to_printer: bool, reprint: str | None) -> None:
        plan, path = result["plan"], Path(result["path"])
        if not to_printer:
            self._record(plan, layout, path, reprint)
            self._busy(False)
            self._report(result, self.tr("{n} cards saved to {path}.").format(n=len(plan.cards), path=path))
            return
        from shopowner.ui.cards.print_flow import ask_printer, start_printing

        printer = ask_printer(self, path)
        if printer is None:
            path.unlink(missing_ok=True)
            self._busy(False)
            return
        self.task = start_printing(path, printer)
        self.task.signals.progress.connect(self._on_progress)
        self.task.signals.succeeded.connect(lambda _pages: self._printed(result, layout, path, reprint, printer))
        self.task.signals.failed.connect(self._failed)
        self.task.signals.cancelled.connect(lambda: self._busy(False))

    def _printed(self, result: dict, layout, path: Path, reprint: str | None, printer) -> None:
        self._record(result["plan"], layout, printer.outputFileName() or printer.printerName(), reprint)
        path.unlink(missing_ok=True)
        self._busy(False)
        self._report(result, self.tr("{n} cards sent to the printer.").format(n=len(result["plan"].cards)))

    def _record(self, plan, layout, where, reprint: str | None) -> None:
        if reprint:
            record_reprint(self.window_.db, plan)
        else:
            record_plan(self.window_.db, plan, layout, where)
        self.last_plan = plan
        self.window_.data_changed.emit()
        self.editor._show_version()

    def _report(self, result: dict, text: str) -> None:
        issues = [i.message for i in result["result"].issues]
        if issues:
            text += "\n\n" + "\n".join(issues[:10])
        self.window_.dialogs.information(self, self.tr("Cards done"), text)

    def reprint(self, code: str) -> None:
        self.start_batch(code, to_printer=True, reprint=code)

    def edit_layout(self) -> None:
        """A custom layout from the current one; saved in the shop's folder and chosen."""
        from shopowner.ui.cards.layout_dialog import LayoutDialog

        dialog = LayoutDialog(self.window_, self.layout())
        if self.window_.dialogs.exec_dialog(dialog) and dialog.apply() is not None:
            self._fill_layouts()
            self.choose_layout(dialog.saved.name)
            self._options_changed()

    def open_card_settings(self) -> None:
        from shopowner.ui.cards.settings_dialog import CardSettingsDialog

        dialog = CardSettingsDialog(self.window_)
        if self.window_.dialogs.exec_dialog(dialog):
            if dialog.apply():
                self.window_.data_changed.emit()
                self.refresh_preview()


def build(window) -> CardsArea:
    return CardsArea(window)
