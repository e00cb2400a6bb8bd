"""The interval of a mean of per-article shares (issue 12bg-i4): Korn-Graubard over an effective sample size.

``bootstrap_mean(..., interval="kg")`` and ``grouped_mean(..., interval="kg")``, the interval of
``group_frame_shares`` and of the topic prevalence tables since round 12bg-i4
(``benchmarks/results/article_mean_interval_coverage.md``); the default of the two functions stays the percentile
bootstrap for their other callers.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy.stats import beta, norm, t

from helpers import framing as F
from helpers import topics as T
from helpers.stats.intervals import (
    MEAN_INTERVALS,
    MIN_INTERVAL_ARTICLES,
    bootstrap_mean,
    grouped_mean,
    wilson_interval,
)


def test_kg_formula_by_hand():
    x = np.array([0.0, 0.1, 0.0, 0.3, 0.0, 0.25])
    g, p = x.size, x.mean()
    v = x.var(ddof=1) / g  # the cluster-robust variance with G / (G - 1), clusters of weight 1
    neff = p * (1 - p) / v * (norm.ppf(0.975) / t.ppf(0.975, g - 1)) ** 2
    k = p * neff
    b = bootstrap_mean(x, interval="kg")
    assert b["method"] == "korn_graubard" and b["n"] == 6 and b["estimate"] == pytest.approx(p)
    assert b["ci_low"] == pytest.approx(beta.ppf(0.025, k, neff - k + 1))
    assert b["ci_high"] == pytest.approx(beta.ppf(0.975, k + 1, neff - k))
    assert 0 < b["ci_low"] < p < b["ci_high"] < 1
    assert b["ci_high"] - p > p - b["ci_low"]  # asymmetric: wider towards 0.5
    assert bootstrap_mean(x, interval="kg", seed=1, n_boot=10) == b  # no resampling


def test_kg_is_not_capped_at_the_number_of_articles():
    """Articles less spread than coin flips (e.g. topic shares) give an effective size above G: narrower."""
    x = np.array([0.30, 0.32, 0.28, 0.31, 0.29])
    b = bootstrap_mean(x, interval="kg")
    assert b["ci_high"] - b["ci_low"] < 0.1
    assert b["ci_low"] < 0.30 < b["ci_high"]


def test_kg_edge_cases():
    assert bootstrap_mean([], interval="kg")["method"] == "none"
    for few in ([0.2], [0.2, 0.4], [0.0, 0.0]):  # below MIN_INTERVAL_ARTICLES: no interval
        b = bootstrap_mean(few, interval="kg")
        assert b["method"] == "none" and math.isnan(b["ci_low"]) and math.isnan(b["ci_high"])
        assert b["estimate"] == pytest.approx(np.mean(few))
    assert MIN_INTERVAL_ARTICLES == 3
    zero = bootstrap_mean([0.0] * 5, interval="kg")  # all 0: Wilson over the articles, not [0, 0]
    assert zero["method"] == "wilson" and zero["estimate"] == 0
    assert (zero["ci_low"], zero["ci_high"]) == pytest.approx(wilson_interval(0, 5))
    assert zero["ci_high"] == pytest.approx(0.4345, abs=1e-4)
    one = bootstrap_mean([1.0] * 4, interval="kg")
    assert one["method"] == "wilson" and (one["ci_low"], one["ci_high"]) == pytest.approx(wilson_interval(4, 4))
    same = bootstrap_mean([0.2] * 3, interval="kg")  # all equal inside (0, 1): zero width at the value
    assert same["method"] == "korn_graubard" and same["ci_low"] == same["ci_high"] == same["estimate"]
    assert bootstrap_mean([0.1, np.nan, 0.2, 0.0], interval="kg")["n"] == 3
    with pytest.raises(ValueError, match=r"\[0, 1\]"):
        bootstrap_mean([0.1, 1.2, 0.3], interval="kg")
    with pytest.raises(ValueError, match="interval"):
        bootstrap_mean([0.1, 0.2, 0.3], interval="t")


def test_default_is_still_the_percentile_bootstrap():
    x = [0.0, 0.1, 0.0, 0.3, 0.0]
    assert MEAN_INTERVALS == ("percentile", "kg")
    assert bootstrap_mean(x)["method"] == "bootstrap"
    assert bootstrap_mean([0.1, 0.3])["method"] == "bootstrap"  # the percentile rule: an interval from 2
    df = pd.DataFrame({"g": ["a"] * 3 + ["b"] * 2, "v": [0.0, 0.2, 0.1, 0.5, 0.6]})
    assert grouped_mean(df, "g", "v", n_boot=100)["method"].tolist() == ["bootstrap", "bootstrap"]
    kg = grouped_mean(df, "g", "v", interval="kg").set_index("g")
    assert kg.loc["a", "method"] == "korn_graubard" and kg.loc["b", "method"] == "none"
    assert kg.loc["a", "ci_low"] == bootstrap_mean([0.0, 0.2, 0.1], interval="kg")["ci_low"]
    with pytest.raises(ValueError, match="interval"):
        grouped_mean(df, "g", "v", interval="log_t")


def _zero_inflated(rng, g):
    """Round 12bg-i4's generator (a): 60% of articles never carry the frame, the rest at Beta mean 0.125."""
    pi = np.where(rng.random(g) < 0.6, 0.0, rng.beta(0.5, 3.5, size=g))
    n = rng.integers(10, 41, size=g)
    return rng.binomial(n, pi) / n


def test_five_article_simulation_kg_covers_where_the_percentile_bootstrap_does_not():
    """Fixed seed 20261252 (not the bar's 20261250), 200 groups of 5 zero-inflated articles, truth 0.05.

    The figures: Korn-Graubard 0.985 (197 of 200), the percentile bootstrap 0.66 (132; it gives [0, 0] to every
    group whose five articles are all 0, 46 of the 200).
    """
    rng = np.random.default_rng(20261252)
    cover = {"kg": 0, "percentile": 0}
    for r in range(200):
        x = _zero_inflated(rng, 5)
        for m in cover:
            b = bootstrap_mean(x, n_boot=400, seed=r, interval=m)
            cover[m] += b["ci_low"] <= 0.05 <= b["ci_high"]
    assert cover["kg"] / 200 >= 0.93
    assert cover["percentile"] / 200 <= 0.75


@pytest.fixture(scope="module")
def books():
    return F.load_codebooks()


def _article_shares(books, shares: dict[str, float]):
    """Article shares of every frame: 0 except the first frame's, ``shares`` per article (20 sentences each)."""
    idx = F.frame_index(books)
    rows = []
    for doc, s in shares.items():
        for i, (fam, frame) in enumerate(zip(idx["family"], idx["frame"])):
            k = int(round(s * 20)) if i == 0 else 0
            rows.append({"doc_id": doc, "family": fam, "frame": frame, "n_units": 20, "k_units": k,
                         "k_outlet_voice": k, "share": k / 20})
    return pd.DataFrame(rows), idx["frame"].iloc[0], idx["frame"].iloc[1]


def test_group_frame_shares_use_kg_and_no_interval_below_three_articles(books):
    art, first, other = _article_shares(books, {"a": 0.1, "b": 0.0, "c": 0.3, "d": 0.05, "e": 0.2, "f": 0.4})
    groups = pd.Series({"a": "X", "b": "X", "c": "X", "d": "X", "e": "Y", "f": "Y"})
    grp = F.group_frame_shares(art, groups, books, n_boot=200).set_index(["group", "frame"])
    x = grp.loc[("X", first)]
    ref = bootstrap_mean([0.1, 0.0, 0.3, 0.05], interval="kg")
    assert x["n"] == 4 and x["share"] == pytest.approx(0.1125)
    assert (x["ci_low"], x["ci_high"]) == pytest.approx((ref["ci_low"], ref["ci_high"]))
    assert math.isnan(grp.loc[("Y", first), "ci_low"])  # 2 articles: no interval (the bootstrap gave one)
    zero = grp.loc[("X", other)]  # no article carries it: Wilson over the 4 articles, not 0-0
    assert zero["share"] == 0 and zero["ci_low"] == 0
    assert zero["ci_high"] == pytest.approx(wilson_interval(0, 4)[1])
    assert math.isnan(grp.loc[("Y", other), "ci_high"])


def test_topic_prevalence_uses_kg():
    doc = pd.DataFrame({"outlet": ["X"] * 4 + ["Y"] * 2, "n_units": [3, 2, 4, 1, 2, 5],
                        "T1": [0.5, 0.7, 0.2, 0.9, 0.4, 0.1], "T2": [0.5, 0.3, 0.8, 0.1, 0.6, 0.9]})
    prev = T.prevalence_by_group(doc, "outlet", n_boot=200).set_index(["outlet", "topic"])
    x = prev.loc[("X", "T1")]
    ref = bootstrap_mean([0.5, 0.7, 0.2, 0.9], interval="kg")
    assert x["method"] == "korn_graubard" and x["n_articles"] == 4
    assert (x["ci_low"], x["ci_high"]) == pytest.approx((ref["ci_low"], ref["ci_high"]))
    assert prev.loc[("Y", "T1"), "method"] == "none" and math.isnan(prev.loc[("Y", "T1"), "ci_low"])


def test_near_zero_values_do_not_give_a_narrow_interval():
    """Review s79-B: 7 articles at a topic share of 0 and one at 0.011 got 0.0-1.0%, the same 8 at 0 get 0-32%."""
    near = bootstrap_mean([0.0] * 7 + [0.011], interval="kg")
    zero = bootstrap_mean([0.0] * 8, interval="kg")
    assert zero["ci_high"] == pytest.approx(0.3244, abs=1e-3)
    assert near["ci_high"] > zero["ci_high"] > 0.3           # never narrower than the all-zero case
    small = bootstrap_mean([0.002, 0.004, 0.0, 0.001, 0.003, 0.0, 0.002, 0.011], interval="kg")
    assert small["ci_high"] > 0.3                             # values near 0, not at 0, say no more


def test_values_off_the_bound_keep_the_variance_based_interval():
    x = [0.0] * 5 + [0.1, 0.2, 0.3]                           # three values 0.05 or more above 0
    b = bootstrap_mean(x, interval="kg")
    capped = bootstrap_mean([0.0] * 6 + [0.3, 0.3], interval="kg")
    assert b["ci_high"] < 0.45 and capped["ci_high"] > b["ci_high"]
    hi = bootstrap_mean([1.0] * 7 + [0.99], interval="kg")    # the same near 1
    assert hi["ci_low"] < 0.7


def test_many_articles_carrying_a_frame_in_one_sentence_keep_a_narrow_interval():
    # review s79-E: with the bar at 0.05, 25 of 113 articles at 1 sentence in 40 (0.025) got 0.0-4.1%
    b = bootstrap_mean([0.025] * 25 + [0.0] * 88, interval="kg")
    assert b["ci_high"] < 0.015 and b["ci_low"] > 0
