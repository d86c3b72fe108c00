"""The growth figures' statistics against published values (no scipy in the app to compare with)."""

from __future__ import annotations

import pytest

from shopowner.insights.stats import (
    compare_rates, fisher_exact, mean_interval, sample_size_two_proportions, two_proportion_z, wilson,
)


@pytest.mark.parametrize(("successes", "trials", "low", "high"), [
    # Newcombe (1998), "Two-sided confidence intervals for the single proportion", Table I, method 3
    (81, 263, 0.2553, 0.3662),
    (15, 148, 0.0624, 0.1605),
    (0, 20, 0.0, 0.1611),
    (1, 29, 0.0061, 0.1718),
])
def test_wilson_interval_matches_newcombe(successes, trials, low, high):
    got = wilson(successes, trials)
    assert got == (pytest.approx(low, abs=5e-5), pytest.approx(high, abs=5e-5))


def test_wilson_of_nothing_printed_is_empty_and_all_of_them_reaches_one():
    assert wilson(0, 0) == (0.0, 0.0)
    assert wilson(20, 20)[1] == 1.0 and wilson(20, 20)[0] == pytest.approx(0.8389, abs=5e-5)


def test_pooled_z_test_matches_statsmodels_example():
    # statsmodels' proportions_ztest documentation: count [5, 12], nobs [83, 99] -> p 0.159
    z, p = two_proportion_z(5, 83, 12, 99)
    assert z == pytest.approx(-1.4078, abs=1e-4) and p == pytest.approx(0.159, abs=5e-4)
    assert two_proportion_z(0, 10, 0, 10) == (0.0, 1.0)  # nothing to tell apart


def test_fisher_exact_matches_known_tables():
    assert fisher_exact(3, 4, 1, 4) == pytest.approx(34 / 70)  # Fisher's lady tasting tea
    assert fisher_exact(8, 10, 1, 6) == pytest.approx(0.0349650, abs=1e-7)  # scipy's fisher_exact docs
    assert fisher_exact(1, 6, 8, 10) == pytest.approx(0.0349650, abs=1e-7)  # the same table mirrored
    assert fisher_exact(0, 5, 0, 7) == 1.0


def test_compare_rates_uses_fisher_for_small_counts_and_z_otherwise():
    small = compare_rates(3, 20, 1, 20)  # 2 adds expected per version: too few for z
    assert small.test == "fisher" and not small.significant
    large = compare_rates(34, 100, 15, 100)
    assert large.test == "z" and large.significant
    assert large.p_value == pytest.approx(two_proportion_z(34, 100, 15, 100)[1])


def test_sample_size_matches_fleiss():
    # Fleiss, Statistical Methods for Rates and Proportions: 10% vs 20%, two-sided 5%, power 80%
    # -> 199 per group without the continuity correction (219 with it)
    assert sample_size_two_proportions(0.10, 0.20) == 199
    assert sample_size_two_proportions(0.20, 0.10) == 199
    assert sample_size_two_proportions(0.2, 0.2) is None


def test_mean_interval_uses_the_sample_sd():
    mean, _low, high = mean_interval([2, 4, 4, 4, 5, 5, 7, 9])  # sd 2.138 (n - 1)
    assert mean == 5.0
    assert high - mean == pytest.approx(1.959964 * 2.13809 / 8 ** 0.5, abs=1e-4)
    assert mean_interval([]) == (0.0, 0.0, 0.0) and mean_interval([3]) == (3.0, 3.0, 3.0)
