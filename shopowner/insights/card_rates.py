"""Card add-rates (codes sent back ÷ cards printed) with their 95% intervals, and the letter A/B
verdict.

Every rate row carries ``printed``, ``redeemed``, ``conversion`` and the 95% Wilson interval
``ci_low``–``ci_high`` (see :mod:`shopowner.insights.stats`). By product, a card counts once for
every product on its order (the products are named by their print names, so a listing whose
promotion tags changed stays one product).

The A/B verdict compares a letter's two best versions by rate. The test is Fisher's exact test
when any expected cell count is under 5 (a shop's first runs: 6 of 29 against 5 of 29) and the
pooled two-proportion z-test otherwise; either way a difference counts as decided at p < 0.05.
Undecided, it says how many more cards each version needs at the observed rates for 80% power
(the standard sample-size formula for two proportions, Fleiss); equal observed rates (0 of 10
against 0 of 12, say) give no such number: the words ask for more cards without one.
"""

from __future__ import annotations

from shopowner.cards.product_names import print_name, title_key
from shopowner.i18n import translate
from shopowner.insights.stats import compare_rates, sample_size_two_proportions, wilson
from shopowner.store import Database
from shopowner.store import growth as store
from shopowner.store.print_names import all_print_names


def with_interval(row: dict) -> dict:
    """``row`` (with ``printed`` and ``redeemed``) plus ``conversion``, ``ci_low``, ``ci_high``."""
    printed, redeemed = row["printed"], row["redeemed"]
    low, high = wilson(redeemed, printed)
    row["conversion"] = round(redeemed / printed, 4) if printed else 0.0
    row["ci_low"], row["ci_high"] = round(low, 4), round(high, 4)
    return row


def by_batch(db: Database, since: str | None) -> list[dict]:
    return [with_interval(r) for r in store.cards_by_batch(db, since)]


def by_platform(db: Database, since: str | None) -> list[dict]:
    return [with_interval(r) for r in store.cards_by_platform(db, since)]


def by_product(db: Database, since: str | None) -> list[dict]:
    """Per product (its print name) on the carded orders, most cards first."""
    names = all_print_names(db)
    cards: dict[str, dict[int, int]] = {}
    for card, redeemed, title in store.carded_item_titles(db, since):
        key = title_key(title)
        cards.setdefault(key, {})[card] = redeemed
    rows: list[dict] = [{"product": print_name(key, names), "title_key": key,
             "printed": len(seen), "redeemed": sum(seen.values())} for key, seen in cards.items()]
    rows.sort(key=lambda r: (-r["printed"], r["product"]))
    return [with_interval(r) for r in rows]


def _version_label(row: dict) -> str:
    return translate("Growth", "Version {n}").format(n=row["version"])


def ab_verdict(letter: str, versions: list[dict]) -> dict:
    """The verdict between the two best versions (by rate, then by cards) of one letter."""
    ranked = sorted(versions, key=lambda r: (-r["conversion"], -r["printed"], r["version"]))
    best, other = ranked[0], ranked[1]
    comparison = compare_rates(best["redeemed"], best["printed"], other["redeemed"], other["printed"])
    out = {"letter": letter, "a": best["version"], "b": other["version"],
           "test": comparison.test, "p_value": round(comparison.p_value, 4),
           "decided": comparison.significant, "better_version": None,
           "cards_needed_per_version": None}
    if comparison.significant:
        out["better_version"] = best["version"]
        out["verdict"] = translate("Growth", "{version} is better (95% confidence)").format(
            version=_version_label(best))
        return out
    needed = sample_size_two_proportions(best["redeemed"] / best["printed"],
                                         other["redeemed"] / other["printed"])
    if needed is None:
        out["verdict"] = translate("Growth", "Cannot tell yet: both versions brought the same "
                                             "rate so far; print more cards of each")
        return out
    more = max(needed - min(best["printed"], other["printed"]), 1)
    out["cards_needed_per_version"] = more
    out["verdict"] = translate("Growth", "Cannot tell yet: each version needs about %n more "
                                         "card(s)", "", more)
    return out


def ab_by_letter(rows: list[dict]) -> list[dict]:
    """One verdict per letter that has cards of two versions or more, most cards first."""
    letters: dict[str, list[dict]] = {}
    for row in rows:
        if row["printed"]:
            letters.setdefault(row["letter"], []).append(row)
    verdicts = [(sum(r["printed"] for r in vs), ab_verdict(name, vs))
                for name, vs in letters.items() if len(vs) >= 2]
    return [v for _, v in sorted(verdicts, key=lambda t: -t[0])]


def rate_text(rate: float, low: float, high: float) -> str:
    """A rate with its 95% range, as a founder reads it: ``21% (12%–34%)``."""
    return f"{rate * 100:.0f}% ({low * 100:.0f}%–{high * 100:.0f}%)"
