"""The 感谢信与包裹卡 area: letter editor beside the preview of the batch, layout choice, and printing.

The preview is the planned batch itself (codes reserved, the same letters, layout, start position
and copies); one click prints the parcels going out (paid, not shipped, no printed card yet). Work
runs off the GUI thread with progress and cancel; a batch is recorded as printed only once the job
went out (see ``print_run.py``).

Opening the area does no slow work on the GUI thread: the modules behind the letter editor and
the preview (the card core, reportlab, QtPdf) are imported by a worker, and the editor is built
once they are in. The preview plans again on the change notices about what it shows (orders,
cards, letters, print names, settings, and customers on its cards), the printed-cards tab on
those about its rows, each only while on screen.
"""

from __future__ import annotations

# loaded here, on the GUI thread, for the modules a worker imports (see _DEFERRED_MODULES)
import PySide6.QtPdf
import PySide6.QtPdfWidgets
import PySide6.QtPrintSupport  # noqa: F401
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
    QSplitter, QTabWidget, QVBoxLayout, QWidget,
)

from shopowner import tasks
from shopowner.cards.layouts import DEFAULT_LAYOUT, LayoutError, PrintOptions, all_layouts
from shopowner.changes import CARDS, CUSTOMERS, LETTERS, ORDERS, PRODUCTS, SETTINGS, Change
from shopowner.ui import background
from shopowner.ui.cards import drawing
from shopowner.ui.cards.history import PrintedCards
from shopowner.ui.cards.overflow_bar import OverflowBar
from shopowner.ui.cards.preview import PreviewPane
from shopowner.ui.notices import listen
from shopowner.ui.task_bar import TaskBar

# what the preview's plan depends on besides its cards' customers
PLAN_TOPICS = (ORDERS, CARDS, LETTERS, PRODUCTS, SETTINGS)
# imported by a worker before the editor is built (the editor, the jobs and the print run import
# the card core, reportlab and fontTools): ~0.1-0.2 s of importing and compiling that would otherwise
# hold the GUI thread. Qt's own modules they use are loaded above, on the GUI thread (a few ms): a
# Qt extension module initialised on a worker while the GUI thread builds widgets crashed the app
# about one start in seven (QtPrintSupport, through print_flow)
_DEFERRED_MODULES = ("shopowner.ui.cards.editor", "shopowner.ui.cards.jobs",
                     "shopowner.ui.cards.print_run", "shopowner.ui.cards.print_flow")


def import_deferred(progress=None) -> None:
    """On a worker: import what the editor and the preview need."""
    import importlib

    for name in _DEFERRED_MODULES:
        importlib.import_module(name)


class CardsArea(QWidget):
    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.task = None
        self.run = None  # the PrintRun in progress
        self.last_plan = None
        self.letter_for: dict[int, int] = {}  # order id → letter chosen for it (overflow fix)
        self._print_waiting: tuple | None = None
        self._letters: list[dict] = []  # the shop's letters, as the last preview read them
        self.editor = None  # the LetterEditor, built on the next turn of the event loop (_build_editor)
        self.preview = PreviewPane(window)
        self.overflow = OverflowBar()
        self.overflow.edit_letter.connect(self.edit_letter)
        self.overflow.use_letter.connect(self.use_letter)

        self.layout_choice = QComboBox()
        self.layout_choice.setObjectName("layoutChoice")
        self.start = QSpinBox()
        self.start.setPrefix(self.tr("start at "))
        self.copies = QSpinBox()
        self.copies.setRange(1, 50)
        self.copies.valueChanged.connect(self._copies_suffix)
        self._copies_suffix(1)
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
        self.selection.currentIndexChanged.connect(self._selection_changed)
        self.order_ids.editingFinished.connect(self._selection_changed)

        self.print_going_out = QPushButton(self.tr("Print cards for the parcels going out"))
        self.print_going_out.setObjectName("printGoingOut")
        self.print_going_out.setShortcut("Ctrl+P")
        self.print_going_out.setDefault(True)
        self.print_going_out.clicked.connect(self.print_going_out_now)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(lambda: self.start_batch(to_printer=True))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.clicked.connect(lambda: self.start_batch(to_printer=False))
        self.settings_button = QPushButton(self.tr("Card settings…"))
        self.settings_button.clicked.connect(self.open_card_settings)
        self.taskbar = TaskBar(show_text=True)  # one print run: drawn, printed, recorded
        self.progress, self.cancel_button = self.taskbar.bar, self.taskbar.cancel_button

        options_row = QHBoxLayout()
        for w in (QLabel(self.tr("Layout")), self.layout_choice, self.layout_button, self.start, self.copies,
                  self.crop):
            options_row.addWidget(w)
        options_row.addStretch(1)
        options_row.addWidget(self.settings_button)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(QWidget())  # the editor's place
        preview_side = QWidget()
        preview_column = QVBoxLayout(preview_side)
        preview_column.setContentsMargins(0, 0, 0, 0)
        preview_column.addWidget(self.preview, 1)
        preview_column.addWidget(self.overflow)
        self.splitter.addWidget(preview_side)
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

        letters_page = QWidget()
        page = QVBoxLayout(letters_page)
        page.addLayout(options_row)
        page.addWidget(self.splitter, 1)
        page.addLayout(print_row)
        page.addWidget(self.taskbar)
        self.history = PrintedCards(window)
        self.history.reprint_requested.connect(self.reprint)
        self.tabs = QTabWidget()
        self.tabs.addTab(letters_page, self.tr("Letter and printing"))
        self.tabs.addTab(self.history, self.tr("Printed cards"))
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs)

        self.preview.shown.connect(self._preview_shown)
        for signal in (self.layout_choice.currentIndexChanged, self.start.valueChanged,
                       self.copies.valueChanged, self.crop.toggled):
            signal.connect(self._options_changed)
        self._listen_for_changes()
        self._restore()
        drawing.opened()
        self.destroyed.connect(drawing.closed)  # the drawing process stops with the last cards area
        # the editor once its modules are in (imported by a worker, not on the GUI thread)
        self.modules_task = tasks.start(import_deferred, owner=self)
        self.modules_task.signals.finished.connect(self._modules_in)

    def _modules_in(self) -> None:
        self.modules_task = None
        if self.isVisible():  # else when the area is shown again (showEvent)
            self._build_editor()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.editor is None and self.modules_task is None:
            self._build_editor()

    def _build_editor(self) -> None:
        from shopowner.ui.cards.editor import LetterEditor

        self.editor = LetterEditor(self.window_)
        placeholder = self.splitter.widget(0)
        self.splitter.replaceWidget(0, self.editor)
        placeholder.deleteLater()
        self.editor.changed.connect(self.refresh_preview)
        self.editor.saved.connect(self.refresh_preview)
        self.refresh_preview(at_once=True)

    def _listen_for_changes(self) -> None:
        """The one place the area hears about changes made elsewhere (imports, prints, redeemed
        codes, letters, settings): the preview plans again when what it shows changed, while it
        is on screen (the printed-cards tab listens for its own rows, ``history.py``)."""
        self.preview_listener = listen(self.preview, self.window_, self._plan_changed,
                                       concerns=self._preview_concerns)

    def _preview_concerns(self, change: Change) -> bool:
        if change.touches(*PLAN_TOPICS):
            return True
        if not change.touches(CUSTOMERS):
            return False
        if change.membership or change.customer_ids is None:
            return True
        shown = self.preview.result  # a customer renamed: only when one of these cards is theirs
        if shown is None:
            return True  # nothing shown yet: plan with the new names
        plan = shown.get("plan")  # none: a sample card, no parcels (an edit adds none)
        return plan is not None and any(card.customer_id in change.customer_ids for card in plan.cards)

    def _plan_changed(self, change: Change) -> None:
        if change.touches(SETTINGS):  # 设置 may have chosen another layout
            remembered = QSettings().value("cards/layout")
            if remembered and remembered != self.layout_choice.currentData():
                self.choose_layout(remembered)  # plans again
                return
        self.refresh_preview()

    def _copies_suffix(self, n: int) -> None:
        self.copies.setSuffix(self.tr(" copy(ies)", "", n))

    # options -----------------------------------------------------------------
    def _fill_layouts(self) -> None:
        self.layout_choice.blockSignals(True)
        self.layout_choice.clear()
        self._layouts = all_layouts(self.window_.data_dir)  # read once; again when one is saved
        for name, layout in self._layouts.items():
            self.layout_choice.addItem(layout.display_name(), name)
        self.layout_choice.blockSignals(False)
        self._update_start_range()

    def layout(self):
        return self._layouts[self.layout_choice.currentData() or DEFAULT_LAYOUT]

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

    def _selection_changed(self, *_args) -> None:
        self.order_ids.setEnabled(self.selection.currentData() == "ids")
        self.letter_for = {}
        self.refresh_preview(at_once=True)

    def batch_request(self, selection: str | None = None, reprint: str | None = None):
        from shopowner.ui.cards.jobs import BatchRequest

        layout = self.layout()
        return BatchRequest(selection or self.chosen_selection(), layout, self.options().validate(layout),
                            tuple(sorted(self.letter_for.items())), reprint)

    # preview ------------------------------------------------------------------
    def refresh_preview(self, *_args, at_once: bool = False) -> None:
        """Plan the chosen batch and draw it (off the GUI thread, debounced)."""
        if self.editor is None or not self.chosen_selection():
            return
        try:
            request = self.batch_request()
        except LayoutError as exc:
            self.preview.status.setText(str(exc))
            return
        from shopowner.cards.preview import Draft

        body, signature = self.editor.text()
        draft = Draft(self.editor.letter_id, body, signature) if self.editor.dirty else None
        self.preview.request(request, draft, (body, signature), at_once=at_once)

    def _preview_shown(self, result: dict) -> None:
        self.editor.show_warnings(result.get("warnings", []))
        self._letters = result.get("letters", self._letters)
        plan = result.get("plan")
        self.show_overflow([plan.cards[i.index] for i in plan.overflow] if plan is not None else [])
        if self._print_waiting is not None:
            waiting, self._print_waiting = self._print_waiting, None
            self.start_batch(*waiting)

    def show_overflow(self, cards: list) -> None:
        self.overflow.show_cards(cards, self.layout().display_name(), self._letters)

    def preview_matches(self, plan) -> bool:
        """Whether the preview shows exactly ``plan``'s cards."""
        shown = self.preview.result
        return (shown is not None and shown.get("kind") == "batch" and shown.get("exact")
                and shown["plan"].key() == plan.key() and not self.preview.pending())

    def edit_letter(self, letter_id: int) -> None:
        """Open the letter in the editor, ready to shorten."""
        for row in range(self.editor.letters.count()):
            if self.editor.letters.item(row).data(Qt.ItemDataRole.UserRole) == letter_id:
                self.editor.letters.setCurrentRow(row)
        self.editor.body.setFocus()

    def use_letter(self, order_ids: list[int], letter_id: int) -> None:
        for order_id in order_ids:
            self.letter_for[order_id] = letter_id
        self.refresh_preview(at_once=True)

    # printing ----------------------------------------------------------------
    def busy(self, busy: bool) -> None:
        for w in (self.print_going_out, self.print_button, self.save_button, self.history.reprint_button):
            w.setEnabled(not busy)
        if busy:
            self.taskbar.busy()
            self.taskbar.setVisible(True)
        else:
            self.taskbar.finish()

    def attach(self, task):
        """The print run's next job: its progress on the bar, Cancel cancels it."""
        self.task = self.taskbar.attach(task, stay=True)
        return task

    def on_progress(self, done: int, total: int, text: str) -> None:
        self.taskbar.show_progress(done, max(total, 1), text)

    def cancel(self) -> None:
        self.taskbar.cancel()

    def print_going_out_now(self) -> None:
        """One click: the parcels going out, on the printer."""
        if self.selection.currentData() != "to-ship":
            self.selection.setCurrentIndex(self.selection.findData("to-ship"))
        self.start_batch(to_printer=True)

    def start_batch(self, to_printer: bool, reprint: str | None = None) -> None:
        if not reprint and not self.chosen_selection():
            self.window_.dialogs.warning(self, self.tr("Nothing chosen"), self.tr(
                "Type the order numbers (or a date range) to print cards for, then try again."))
            return
        if self.editor is not None:  # the letter's edits are stored first, then it prints
            self.editor.save(then=lambda: self._start_saved(to_printer, reprint))

    def _start_saved(self, to_printer: bool, reprint: str | None) -> None:
        if not reprint and self.preview.pending():  # print what the preview is about to show
            self._print_waiting = (to_printer, None)
            self.busy(True)
            return
        try:
            request = self.batch_request(reprint=reprint)
        except LayoutError as exc:
            self.busy(False)
            self.window_.dialogs.warning(self, self.tr("Cannot print"), str(exc))
            return
        from shopowner.ui.cards.print_run import PrintRun

        self.run = PrintRun(self, request, to_printer=to_printer)
        self.run.start()

    def reprint(self, code: str) -> None:
        self.start_batch(True, reprint=code)

    def edit_layout(self) -> None:
        """A custom layout from the current one; saved in the shop's folder and chosen."""
        from shopowner.ui.cards.layout_dialog import LayoutDialog

        dialog = LayoutDialog(self.window_, self.layout())
        if self.window_.dialogs.exec_dialog(dialog) and dialog.apply() is not None:
            self._fill_layouts()
            self.choose_layout(dialog.saved.name)
            self._options_changed()

    def open_card_settings(self) -> None:
        """The card settings, once what they show is read (off the GUI thread); the dialog saves
        and tells the other areas itself."""
        from shopowner.cards.card_settings import dialog_values

        self.settings_button.setEnabled(False)  # one dialog
        task = background.read(self, dialog_values, on_result=self._show_card_settings)
        task.signals.done.connect(lambda: self.settings_button.setEnabled(True))

    def _show_card_settings(self, stored: dict) -> None:
        from shopowner.ui.cards.settings_dialog import CardSettingsDialog

        dialog = CardSettingsDialog(self.window_, stored)
        self.window_.dialogs.exec_dialog(dialog)
        dialog.deleteLater()


def build(window) -> CardsArea:
    return CardsArea(window)
