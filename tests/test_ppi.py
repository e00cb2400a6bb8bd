import numpy as np
import pandas as pd
import pytest

from helpers.stats.ppi import naive_share, ppi_group_shares, ppi_mean


def _simulate(reps=500, big_n=2000, n=200, p=0.3, fnr=0.4, fpr=0.1, seed=0):
    """Known truth p; a tagger that misses 40% of positives and flags 10% of negatives (biased down)."""
    rng = np.random.default_rng(seed)
    y = rng.random((reps, big_n + n)) < p
    f = np.where(y, rng.random(y.shape) >= fnr, rng.random(y.shape) < fpr)
    return y.astype(float), f.astype(float)


@pytest.mark.parametrize("lam,lowest", [(1.0, 0.93), ("tuned", 0.92)])
def test_ppi_intervals_cover_truth(lam, lowest):
    p, n = 0.3, 200
    y, f = _simulate(p=p, n=n)
    cover_ppi = cover_naive = 0
    for i in range(len(y)):
        r = ppi_mean(y[i, :n], f[i, :n], f[i, n:], lam=lam)
        cover_ppi += r["ci_low"] <= p <= r["ci_high"]
        nv = naive_share(f[i])
        cover_naive += nv["ci_low"] <= p <= nv["ci_high"]
    assert lowest <= cover_ppi / len(y) <= 0.97  # tuning the weight on the same data costs a little
    assert cover_naive / len(y) < 0.5  # the naive interval is centred on the tagger's biased share


def test_ppi_point_estimate_and_errors():
    y = np.array([1, 0, 1, 0])
    f = np.array([1, 0, 0, 0])
    g = np.array([1, 1, 0, 0, 0, 0])
    r = ppi_mean(y, f, g, lam=1.0)
    # mean(g) + mean(y - f) = 2/6 + 1/4
    assert r["estimate"] == pytest.approx(2 / 6 + 1 / 4)
    assert r["ci_low"] <= r["estimate"] <= r["ci_high"]
    r0 = ppi_mean(y, f, g, lam=0.0)
    assert r0["estimate"] == pytest.approx(0.5)  # the coded sample alone
    with pytest.raises(ValueError, match="at least two"):
        ppi_mean([1], [1], g)
    with pytest.raises(ValueError, match="same length"):
        ppi_mean([1, 0], [1], g)
    with pytest.raises(ValueError, match="tuned"):
        ppi_mean(y, f, g, lam="auto")


def test_group_shares_says_when_nothing_is_coded():
    units = pd.DataFrame({
        "grp": ["a"] * 6 + ["b"] * 3 + ["c"] * 2,
        "pred": [1, 0, 1, 0, 1, 1, 0, 0, 1, 1, 0],
        "code": [1, 0, 0, np.nan, np.nan, np.nan, np.nan, np.nan, np.nan, 1, np.nan],
    })
    t = ppi_group_shares(units, "pred", "code", "grp").set_index("group")
    assert t.loc["a", "n_coded"] == 3 and np.isfinite(t.loc["a", "corrected"])
    assert t.loc["b", "note"].startswith("no coded units") and np.isnan(t.loc["b", "corrected"])
    assert "too few" in t.loc["c", "note"]
    assert t.loc["b", "naive"] == pytest.approx(1 / 3)
    with pytest.raises(ValueError, match="0/1"):
        ppi_group_shares(units.assign(pred=2), "pred", "code", "grp")
    with pytest.raises(ValueError, match="lacks"):
        ppi_group_shares(units, "pred", "nope")


def test_naive_share_wilson_and_zero_variance_note():
    nv = naive_share([0] * 20)
    assert nv["estimate"] == 0 and nv["ci_low"] == pytest.approx(0) and 0.1 < nv["ci_high"] < 0.2
    units = pd.DataFrame({"pred": [0] * 6, "code": [0, 0, 0, np.nan, np.nan, np.nan]})
    t = ppi_group_shares(units, "pred", "code")
    assert t["group"].iloc[0] == "(all)" and "no variation" in t["note"].iloc[0]


@pytest.mark.parametrize("big_n,n", [(2000, 200), (60, 40)])
def test_group_shares_cover_the_truth_when_much_of_a_group_is_coded(big_n, n):
    """The group path weights the uncoded units' labels by their share of the group (dogfood 12bo-d): its 95%
    intervals cover the share that generated the data 93-97% of the time and the group's own share (a finite
    population, which the interval treats conservatively) at least 95% of the time, also when 40 of 100 units are
    coded."""
    y, f = _simulate(big_n=big_n, n=n)
    cover_p = cover_group = 0
    for i in range(len(y)):
        units = pd.DataFrame({"pred": f[i], "code": np.r_[y[i, :n], np.full(big_n, np.nan)]})
        t = ppi_group_shares(units, "pred", "code").iloc[0]
        cover_p += t["corrected_low"] <= 0.3 <= t["corrected_high"]
        cover_group += t["corrected_low"] <= y[i].mean() <= t["corrected_high"]
    assert 0.93 <= cover_p / len(y) <= 0.97
    assert cover_group / len(y) >= 0.95
