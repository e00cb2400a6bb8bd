"""Korn-Graubard interval for shares over articles (``bootstrap_cluster_share(..., interval="kg")``, issue 12bg-i2):
an option in round 12bg-i2 (whose bar failed on rates), the default since issue 12bg-i3 (its bar met for shares on
six generators; benchmarks/results/cluster_interval_coverage_i3.md)."""
import numpy as np
import pytest
from scipy.stats import beta, norm, t

from helpers.stats.intervals import SHARE_INTERVALS, bootstrap_cluster_share


def test_default_is_kg_since_12bg_i3_and_kg_is_share_only():
    flags, docs = [True, False, False, True, False, False], list("aabbcc")
    assert bootstrap_cluster_share(flags, docs, n_boot=200)["method"] == "korn_graubard"
    assert bootstrap_cluster_share(flags, docs, n_boot=200, interval="percentile")["method"] == "bootstrap"
    assert SHARE_INTERVALS == ("kg", "t", "percentile")
    from helpers.stats.intervals import bootstrap_cluster_mean

    with pytest.raises(ValueError, match="interval must be one of"):
        bootstrap_cluster_mean([0.1, 0.2], ["a", "b"], interval="kg")


def test_kg_by_hand_equal_articles():
    """Four articles of 5 sentences with 1, 0, 2, 1 flags: the formula written out."""
    flags = [1, 0, 0, 0, 0] + [0] * 5 + [1, 1, 0, 0, 0] + [1, 0, 0, 0, 0]
    docs = np.repeat(list("abcd"), 5)
    b = bootstrap_cluster_share(flags, docs, interval="kg", seed=3, n_boot=10)
    y, n, g, p = np.array([1, 0, 2, 1.0]), 20, 4, 0.2
    v = g / (g - 1) * np.sum((y - p * 5) ** 2) / n**2
    neff = min(n, p * (1 - p) / v) * (norm.ppf(0.975) / t.ppf(0.975, g - 1)) ** 2
    x = p * neff
    assert b["method"] == "korn_graubard" and b["share"] == pytest.approx(0.2)
    assert b["ci_low"] == pytest.approx(beta.ppf(0.025, x, neff - x + 1))
    assert b["ci_high"] == pytest.approx(beta.ppf(0.975, x + 1, neff - x))
    assert b == bootstrap_cluster_share(flags, docs, interval="kg")  # no resampling: seed and n_boot unused


def test_kg_edge_cases():
    one = bootstrap_cluster_share([True, False, True], ["d"] * 3, interval="kg")
    assert one["method"] == "none" and np.isnan(one["ci_low"]) and np.isnan(one["ci_high"])
    two = bootstrap_cluster_share([True, False, False, False], list("aabb"), interval="kg")
    assert two["method"] == "none" and np.isnan(two["ci_low"])  # t with 1 degree of freedom said [0, 0.9+]: none
    three = bootstrap_cluster_share([True, False, False, False, False, False], list("aabbcc"), interval="kg")
    assert three["method"] == "korn_graubard" and 0 <= three["ci_low"] < 1 / 6 < three["ci_high"] <= 1
    # every article the same share: V = 0, the effective size is the rows (then the df factor): still a width
    same = bootstrap_cluster_share([True, False] * 4, np.repeat(list("abcd"), 2), interval="kg")
    assert same["share"] == 0.5 and 0 < same["ci_low"] < 0.5 < same["ci_high"] < 1
    # shares 0 and 1: the Wilson interval over articles, as with the other intervals
    none = bootstrap_cluster_share([False] * 6, list("aabbcc"), interval="kg")
    every = bootstrap_cluster_share([True] * 6, list("aabbcc"), interval="kg")
    assert none["method"] == every["method"] == "wilson" and none["ci_low"] == 0 and every["ci_high"] == 1
    # every positive in one article of five: the interval stays inside [0, 1], asymmetric, wider above
    lone = bootstrap_cluster_share([True] * 4 + [False] * 16, np.repeat(list("abcde"), 4), interval="kg")
    assert lone["share"] == 0.2 and 0 <= lone["ci_low"] < 0.2 and lone["ci_high"] <= 1
    assert lone["ci_high"] - 0.2 > 0.2 - lone["ci_low"]
    tee = bootstrap_cluster_share([True] * 4 + [False] * 16, np.repeat(list("abcde"), 4), interval="t")
    assert tee["ci_low"] == 0  # the symmetric interval is clipped at 0


def test_small_g_simulation_kg_covers_percentile_does_not():
    """Five articles of 10-30 sentences, prevalence 0.1 with intra-article correlation 0.2 (the share generator of
    benchmarks/bench_cluster_intervals.py), 200 repetitions, fixed seed: Korn-Graubard covers 0.965 (193 of 200),
    the percentile bootstrap 0.795 (159) (figures of this seed)."""
    rng = np.random.default_rng(20261220)
    covered = {"kg": 0, "percentile": 0}
    reps, p = 200, 0.1
    for r in range(reps):
        sizes = rng.integers(10, 31, size=5)
        docs = np.repeat(np.arange(5), sizes)
        flags = rng.random(docs.size) < rng.beta(4 * p, 4 * (1 - p), size=5)[docs]
        for m in covered:
            b = bootstrap_cluster_share(flags, docs, n_boot=300, seed=r, interval=m)
            covered[m] += b["ci_low"] <= p <= b["ci_high"]
    assert covered["kg"] / reps >= 0.90, covered
    assert covered["percentile"] / reps <= 0.85, covered
