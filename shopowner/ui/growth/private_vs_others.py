"""The growth view's private customers against the rest: repeat rate and average order, each with
its 95% range, and revenue in the period."""

from __future__ import annotations

from PySide6.QtCore import QObject

from shopowner.insights.card_rates import rate_text
from shopowner.insights.repeat_value import yuan_range
from shopowner.ui.models.list_table_model import ListTableModel
from shopowner.vocab.money import yuan_sign



class PrivateVsOthers(ListTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__([
            ("who", self.tr("Customers"), None),
            (lambda r: rate_text(r["rate"], r["ci_low"], r["ci_high"]),
             self.tr("Repeat rate (95% range)"), None),
            ("buyers", self.tr("Buyers"), None),
            (lambda r: yuan_range(r["mean_fen"], r["ci_low_fen"], r["ci_high_fen"]) if r["orders"] else "—",
             self.tr("Average order (95% range)"), None),
            ("orders", self.tr("Paid orders in the period"), None),
            ("revenue_fen", self.tr("Revenue in the period"), lambda fen: yuan_sign(fen, whole=True)),
        ], parent)

    def show_figures(self, g) -> None:
        self.set_rows([{"who": who, **g.repeat[key], **g.order_value[key]}
                       for key, who in (("private", self.tr("On your WeChat")),
                                        ("others", self.tr("Not on your WeChat")))])
