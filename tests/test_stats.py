import numpy as np
import pandas as pd
import pytest

from helpers.stats import intervals as stats


def test_bootstrap_mean_is_deterministic_and_brackets_the_mean():
    x = np.arange(20, dtype=float)
    a = stats.bootstrap_mean(x, n_boot=500, seed=1)
    assert a == stats.bootstrap_mean(x, n_boot=500, seed=1)
    assert a["n"] == 20 and a["estimate"] == 9.5 and a["ci_low"] < 9.5 < a["ci_high"]
    assert a["method"] == "bootstrap"


def test_bootstrap_mean_edge_cases():
    assert stats.bootstrap_mean([], n_boot=10)["n"] == 0
    one = stats.bootstrap_mean([2.0, np.nan], n_boot=10)
    assert one["n"] == 1 and one["estimate"] == 2.0 and np.isnan(one["ci_low"])
    with pytest.raises(ValueError, match="n_boot"):
        stats.bootstrap_mean([1, 2], n_boot=0)
    with pytest.raises(ValueError, match="ci"):
        stats.bootstrap_mean([1, 2], ci=95)


def test_bootstrap_mean_uses_normal_approximation_when_large(monkeypatch):
    monkeypatch.setattr(stats, "LARGE_N", 10)
    r = stats.bootstrap_mean(np.r_[np.zeros(50), np.ones(50)], seed=0)
    assert r["method"] == "normal"
    assert r["ci_low"] == pytest.approx(0.5 - 1.959964 * 0.502519 / 10, abs=1e-4)


def test_bootstrap_share_matches_resampling_and_rejects_bad_counts():
    r = stats.bootstrap_share(3, 10, n_boot=2000, seed=0)
    assert r["share"] == 0.3 and r["k"] == 3 and r["n"] == 10
    assert 0.0 <= r["ci_low"] <= 0.1 and 0.5 <= r["ci_high"] <= 0.7
    assert np.isnan(stats.bootstrap_share(0, 0)["share"])
    with pytest.raises(ValueError):
        stats.bootstrap_share(5, 3)


def test_grouped_tables_are_sorted_and_count_units():
    df = pd.DataFrame({"g": ["b", "a", "a", "b", "b"], "v": [1.0, 2.0, 4.0, 0.0, 2.0], "f": [1, 0, 1, 1, 1]})
    m = stats.grouped_mean(df, "g", "v", n_boot=100)
    assert m.g.tolist() == ["a", "b"] and m.n.tolist() == [2, 3] and m.estimate.tolist() == [3.0, 1.0]


def test_format_interval():
    assert stats.format_interval(0.3123, 0.1, 0.5) == "0.31 (95% CI 0.10-0.50)"  # no bracket (issue qa7)
    assert stats.format_interval(0.3123, 0.1, np.nan, percent=True) == "31% (no interval)"


def test_share_of_zero_or_all_gets_a_wilson_interval_not_a_point():
    zero = stats.bootstrap_share(0, 15, n_boot=100)
    assert zero["ci_low"] == 0.0 and zero["ci_high"] == pytest.approx(0.2039, abs=1e-3)
    full = stats.bootstrap_share(15, 15, n_boot=100)
    assert full["ci_high"] == 1.0 and full["ci_low"] == pytest.approx(1 - 0.2039, abs=1e-3)
    lo, hi = stats.wilson_interval(3, 10)
    assert lo == pytest.approx(0.1078, abs=1e-3) and hi == pytest.approx(0.6032, abs=1e-3)


@pytest.mark.parametrize("n", [1, 7, 137, 145, 153, 1000])
def test_wilson_interval_of_none_or_all_is_closed_at_the_estimate(n):
    """0 of n has lower bound exactly 0 and n of n upper bound exactly 1 (not 1.7e-18 from rounding)."""
    from helpers.stats.intervals import wilson_interval

    lo, hi = wilson_interval(0, n)
    assert lo == 0.0 and 0 < hi < 1
    lo, hi = wilson_interval(n, n)
    assert hi == 1.0 and 0 < lo < 1
