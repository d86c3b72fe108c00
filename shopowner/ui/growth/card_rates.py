"""The growth view's card add-rates: the letter versions with the A/B verdict in words, and the
same rate by print run, by product or by platform — each rate as "21% (12%–34%)", its 95% range."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from shopowner.insights.card_rates import rate_text
from shopowner.ui.models.list_table_model import ListTableModel
from shopowner.vocab.platforms import platform_name


def fit_table(view: QTableView) -> None:
    """Tall enough for every row, so the page scrolls instead of the table."""
    rows = view.model().rowCount()
    view.setFixedHeight(view.horizontalHeader().height() + 4 +
                        max(rows, 1) * view.verticalHeader().defaultSectionSize())


def summary_table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    return view


def _rate(row: dict) -> str:
    return rate_text(row["conversion"], row["ci_low"], row["ci_high"])


class CardRates(QWidget):
    """Letter versions, the verdict, and one breakdown table (print run, product or platform)."""

    BREAKDOWNS = ("by_batch", "by_product", "by_platform_cards")

    def __init__(self, parent=None):
        super().__init__(parent)
        printed, redeemed = self.tr("Cards printed"), self.tr("Codes sent back")
        rate = self.tr("Add-rate (95% range)")
        self.letters = ListTableModel([
            ("letter", self.tr("Letter"), None),
            (lambda r: self.tr("Version {n}").format(n=r["version"]), self.tr("Version"), None),
            ("printed", printed, None), ("redeemed", redeemed, None), (_rate, rate, None),
        ])
        self.letter_view = summary_table(self.letters)
        self.letter_view.setObjectName("letterTable")
        self.verdict = QLabel()
        self.verdict.setObjectName("abVerdict")
        self.verdict.setWordWrap(True)
        font = self.verdict.font()
        font.setBold(True)
        self.verdict.setFont(font)
        self.explain = QLabel(self.tr(
            "The range is where the true rate lies with 95% confidence; two versions are told apart "
            "only when the difference is bigger than chance."))
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet("color: #555;")

        self.breakdown = QComboBox()
        self.breakdown.setObjectName("rateBreakdown")
        self.breakdown.addItem(self.tr("By print run"), "by_batch")
        self.breakdown.addItem(self.tr("By product"), "by_product")
        self.breakdown.addItem(self.tr("By platform"), "by_platform_cards")
        self.breakdown.currentIndexChanged.connect(self._show_breakdown)
        self.models = {
            "by_batch": ListTableModel([
                (lambda r: self.tr("Run {date}").format(date=r["printed_on"]), self.tr("Print run"), None),
                ("printed", printed, None), ("redeemed", redeemed, None), (_rate, rate, None)]),
            "by_product": ListTableModel([
                ("product", self.tr("Product"), None),
                ("printed", printed, None), ("redeemed", redeemed, None), (_rate, rate, None)]),
            "by_platform_cards": ListTableModel([
                (lambda r: platform_name(r["platform"]), self.tr("Platform"), None),
                ("printed", printed, None), ("redeemed", redeemed, None), (_rate, rate, None)]),
        }
        self.breakdown_view = summary_table(self.models["by_batch"])
        self.breakdown_view.setObjectName("rateBreakdownTable")
        self.figures = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.letter_view)
        layout.addWidget(self.verdict)
        layout.addWidget(self.explain)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Add-rate of the cards")))
        row.addWidget(self.breakdown)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.breakdown_view)

    def show_figures(self, g) -> None:
        self.figures = g
        self.letters.set_rows(g.by_letter_version)
        if g.ab is not None:
            self.verdict.setText(f"{g.ab['letter']}: {g.ab['verdict']}")
        elif g.by_letter_version:
            self.verdict.setText(self.tr("Print a second version of a letter to compare the two."))
        else:
            self.verdict.setText(self.tr("No cards printed in this period."))
        fit_table(self.letter_view)
        self._show_breakdown()

    def _show_breakdown(self) -> None:
        if self.figures is None:
            return
        key = self.breakdown.currentData()
        model = self.models[key]
        model.set_rows(getattr(self.figures, key))
        self.breakdown_view.setModel(model)
        fit_table(self.breakdown_view)
