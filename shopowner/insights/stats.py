"""The few statistics the growth figures need, in plain Python (no scipy in the app).

- :func:`wilson` — the 95% Wilson score interval of a proportion (Wilson 1927; Newcombe 1998,
  method 3). Unlike the textbook "p ± 1.96·sd" it stays inside 0–1 and is honest for the small
  counts a shop has (1 add out of 29 cards, or none at all).
- :func:`two_proportion_z` — the two-sided z-test of two proportions with pooled variance (the
  test in every textbook and in statsmodels' ``proportions_ztest``); fine when every expected cell
  count is 5 or more.
- :func:`fisher_exact` — Fisher's exact test, two-sided (tables as probable as or less probable
  than the one seen), for the small counts where the z-test's normal approximation is poor.
- :func:`compare_rates` — which of the two tests fits the counts, and its p-value.
- :func:`sample_size_two_proportions` — cards per version for a two-sided 5% test with 80% power
  to tell two rates apart (Fleiss, *Statistical Methods for Rates and Proportions*, the formula
  without continuity correction: 199 per group for 10% vs 20%).
- :func:`mean_interval` — a mean's 95% interval from the normal approximation with the sample's
  standard deviation (an order value average is over dozens to thousands of orders; the t
  quantile would differ from 1.96 by under 5% from 30 orders on, and below 30 orders the figure
  says so by being wide anyway).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Z95 = 1.959963984540054  # the two-sided 5% point of the standard normal
Z80 = 0.8416212335729143  # the one-sided 20% point (80% power)


def normal_sf(z: float) -> float:
    """P(Z > z) for a standard normal Z."""
    return 0.5 * math.erfc(z / math.sqrt(2))


def wilson(successes: int, trials: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval (low, high) of ``successes / trials``; (0, 0) for no trials."""
    if trials <= 0:
        return 0.0, 0.0
    p = successes / trials
    z2 = z * z
    centre = p + z2 / (2 * trials)
    half = z * math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials))
    denominator = 1 + z2 / trials
    return max(0.0, (centre - half) / denominator), min(1.0, (centre + half) / denominator)


def two_proportion_z(x1: int, n1: int, x2: int, n2: int) -> tuple[float, float]:
    """(z, two-sided p) for x1/n1 against x2/n2, pooled variance. (0, 1) when it cannot tell."""
    if n1 <= 0 or n2 <= 0:
        return 0.0, 1.0
    pooled = (x1 + x2) / (n1 + n2)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    if se == 0:
        return 0.0, 1.0
    z = (x1 / n1 - x2 / n2) / se
    return z, min(1.0, 2 * normal_sf(abs(z)))


def _log_comb(n: int, k: int) -> float:
    return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)


def fisher_exact(x1: int, n1: int, x2: int, n2: int) -> float:
    """Two-sided p-value of Fisher's exact test on [[x1, n1 - x1], [x2, n2 - x2]]."""
    successes, total = x1 + x2, n1 + n2
    if n1 <= 0 or n2 <= 0 or successes in (0, total):
        return 1.0
    low, high = max(0, successes - n2), min(successes, n1)

    def log_p(a: int) -> float:
        return _log_comb(n1, a) + _log_comb(n2, successes - a) - _log_comb(total, successes)

    seen = log_p(x1)
    tolerance = 1e-7  # tables as probable as the one seen, up to floating-point noise
    return min(1.0, sum(math.exp(lp) for lp in (log_p(a) for a in range(low, high + 1))
                        if lp <= seen + tolerance))


@dataclass(frozen=True)
class Comparison:
    test: str  # "z" (pooled two-proportion z-test) or "fisher" (Fisher's exact test)
    p_value: float

    @property
    def significant(self) -> bool:
        return self.p_value < 0.05


def compare_rates(x1: int, n1: int, x2: int, n2: int) -> Comparison:
    """The pooled z-test when every expected cell count is at least 5, else Fisher's exact test."""
    total = n1 + n2
    successes = x1 + x2
    expected = [n * k / total for n in (n1, n2) for k in (successes, total - successes)] \
        if total else [0.0]
    if min(expected) >= 5:
        return Comparison("z", two_proportion_z(x1, n1, x2, n2)[1])
    return Comparison("fisher", fisher_exact(x1, n1, x2, n2))


def sample_size_two_proportions(p1: float, p2: float, z_alpha: float = Z95,
                                z_beta: float = Z80) -> int | None:
    """Per group, the trials a two-sided 5% test needs for 80% power to tell ``p1`` from ``p2``;
    ``None`` when the rates are equal (no number of cards tells apart two equal rates)."""
    if p1 == p2:
        return None
    p_bar = (p1 + p2) / 2
    root = (z_alpha * math.sqrt(2 * p_bar * (1 - p_bar))
            + z_beta * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2)))
    return math.ceil(root * root / (p1 - p2) ** 2)


def mean_interval(values: list[int] | list[float], z: float = Z95) -> tuple[float, float, float]:
    """(mean, low, high): the normal approximation with the sample standard deviation."""
    return mean_interval_from_sums(len(values), sum(values), sum(v * v for v in values), z)


def mean_interval_from_sums(n: int, total: float, squares: float,
                            z: float = Z95) -> tuple[float, float, float]:
    """:func:`mean_interval` from the count, the sum and the sum of squares (what SQL adds up)."""
    if n == 0:
        return 0.0, 0.0, 0.0
    mean = total / n
    if n == 1:
        return mean, mean, mean
    variance = max(0.0, (squares - total * total / n) / (n - 1))
    half = z * math.sqrt(variance / n)
    return mean, mean - half, mean + half
