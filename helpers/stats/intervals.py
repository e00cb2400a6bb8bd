"""Uncertainty for small samples: intervals for means, rates and shares.

Every share or mean a notebook reports comes with the number of units behind
it and a 95 % interval. With a handful of articles the intervals are wide, and
that is the point: they keep a point estimate from being read as a finding.

Where the values are sentences but the sampling unit is the article (one
article's ten angry sentences are one editorial choice, not ten), the
intervals of :func:`bootstrap_cluster_mean`, :func:`bootstrap_cluster_ratio` and
:func:`bootstrap_cluster_share` treat whole articles as the units. Since issue
12bg-i3 they are, by default, a cluster-robust t interval (mean), the same on the
log scale (rate) and Korn and Graubard's interval (share), which cover near 95 %
with 5-40 articles where the percentile bootstrap over articles (still available,
``interval="percentile"``) covered 75-90 %; the names keep "bootstrap" for the
callers' sake.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from ..core.wording import estimate_interval, share_interval

__all__ = [
    "INTERVALS",
    "LARGE_N",
    "MEAN_INTERVALS",
    "MIN_VARYING_VALUES",
    "OFF_BOUND",
    "MIN_INTERVAL_ARTICLES",
    "RATIO_INTERVALS",
    "SHARE_INTERVALS",
    "bootstrap_cluster_mean",
    "bootstrap_cluster_ratio",
    "bootstrap_cluster_share",
    "bootstrap_mean",
    "bootstrap_share",
    "format_interval",
    "grouped_mean",
    "share_text",
    "wilson_interval",
]

LARGE_N = 50_000
"""Above this many units, :func:`bootstrap_mean` uses the normal approximation
(exact enough at that size, and a percentile bootstrap would cost
``n_boot * n`` draws)."""


MEAN_INTERVALS = ("percentile", "kg")
"""The intervals :func:`bootstrap_mean` and :func:`grouped_mean` give (``"percentile"`` their default): the percentile
bootstrap, and ``"kg"``, Korn and Graubard's interval for a mean of values in [0, 1] (one share per article;
issue 12bg-i4)."""


def _check(n_boot: int, ci: float) -> None:
    if not isinstance(n_boot, (int, np.integer)) or n_boot < 1:
        raise ValueError(f"n_boot must be a positive integer, got {n_boot!r}")
    if not 0 < ci < 1:
        raise ValueError(f"ci must be between 0 and 1 (e.g. 0.95), got {ci!r}")


def bootstrap_mean(values, n_boot: int = 1000, ci: float = 0.95, seed: int = 0, interval: str = "percentile") -> dict:
    """Mean of ``values`` with a percentile-bootstrap interval (or, for values in [0, 1], Korn and Graubard's).

    Two intervals:

    ``"percentile"`` (default)
        The percentile bootstrap: ``n_boot`` resamples of the values with replacement, the ``(1 - ci) / 2`` and
        ``1 - (1 - ci) / 2`` quantiles of their means (the normal approximation above :data:`LARGE_N` units).
        Its spread is the plug-in (``1 / n``) variance, so with few units it covers well under ``ci``.
    ``"kg"`` (issue 12bg-i4)
        For a mean of values in [0, 1] over few units (one share per article: the share of an article's
        sentences carrying a frame, an article's mean topic share), Korn and Graubard's interval for a
        proportion (Korn & Graubard 1998, "Confidence intervals for proportions with small expected number of
        positive counts estimated from survey data", Survey Methodology 24(2)), as
        :func:`bootstrap_cluster_share` gives it, with each unit a cluster of weight 1: the variance of the mean
        ``V = s^2 / G`` (``s^2`` the values' variance with ``G - 1``; the cluster-robust variance with
        ``G / (G - 1)``) gives the effective sample size ``p (1 - p) / V``, which is multiplied by
        ``(z / t(G - 1))^2`` for the ``G - 1`` degrees of freedom, and the Clopper-Pearson bounds are read at
        that size with ``p`` times it "positives". Unlike :func:`bootstrap_cluster_share` the effective size is
        not capped (there the cap is the number of sentences, which one value per article does not give):
        articles less spread than coin flips (topic shares, shares of many sentences) get a narrower interval.
        Except when fewer than :data:`MIN_VARYING_VALUES` values lie :data:`OFF_BOUND` or more off the bound nearer
        the mean (review s79-B:
        7 articles at a topic share of 0 and one at 0.011 gave 0.0-1.0% where the same 8 articles at 0 give the
        Wilson 0-32%): their variance says nothing about the articles not drawn, so the effective size is capped at
        the ``G`` units, as for coin flips, and the interval joins the all-zero case's Wilson interval smoothly
        (0-37% there).
        Asymmetric (wider towards 0.5), inside [0, 1], no resampling (the same for every ``seed`` and
        ``n_boot``). The NCHS uses it for survey proportions (Parker et al. 2017, "National Center for Health
        Statistics data presentation standards for proportions", Vital Health Stat 2(175)); Dean & Pagano 2015
        (Journal of Survey Statistics and Methodology 3(4)) and Franco et al. 2019 (same journal, 7(3)) compare it
        with the other effective-sample-size intervals in cluster samples (the Wald interval covers worst near
        0). Chosen for the zero-inflated frame shares (most articles 0) because, for sentence shares at
        prevalence 0.1 with strong clustering, it met the bar where the symmetric t interval missed from above
        (issues 12bg-i2 and 12bg-i3). Coverage in this project's simulation:
        ``benchmarks/results/article_mean_interval_coverage.md`` (issue 12bg-i4).

    Edge cases: no values, NaN estimate and bounds; 1 value, the estimate and NaN bounds (``method``
    ``"none"``); 2 values, no ``"kg"`` interval either (:data:`MIN_INTERVAL_ARTICLES`; the percentile bootstrap
    gives one from 2); all values 0 (or all 1), where ``V`` is 0: the Wilson interval over the ``G`` units, 0 (or
    ``G``) of ``G``, as :func:`bootstrap_cluster_share` gives for a share of 0 or 1 (e.g. [0, 0.43] for 5
    articles, where the bootstrap gives [0, 0]); all values equal strictly between 0 and 1: ``V`` is 0 and the
    interval has zero width at that value (as the percentile bootstrap's). ``"kg"`` refuses values outside [0, 1].

    Parameters
    ----------
    values : array-like of float
        One value per unit (NaN values are dropped).
    n_boot : int
        Number of bootstrap resamples.
    ci : float
        Coverage of the interval, e.g. 0.95.
    seed : int
        Seed of the random generator; the same inputs give the same interval (``"percentile"`` only).
    interval : {"percentile", "kg"}, default "percentile"
        Which interval (above); one of :data:`MEAN_INTERVALS`.

    Returns
    -------
    dict
        ``n`` (units used), ``estimate`` (the mean), ``ci_low``, ``ci_high``
        and ``method`` (``"bootstrap"``, ``"normal"`` above ``LARGE_N`` units,
        ``"korn_graubard"``, ``"wilson"`` (``"kg"`` with all values 0 or 1),
        or ``"none"`` when too few units leave no interval). With no
        units every number is NaN.

    Raises
    ------
    ValueError
        When ``n_boot`` or ``ci`` is invalid, ``interval`` unknown, or with ``"kg"`` a value is outside [0, 1].

    Examples
    --------
    >>> b = bootstrap_mean([0.0, 0.1, 0.0, 0.3, 0.0], interval="kg")
    >>> b["estimate"], b["method"], 0 < b["ci_low"] < b["estimate"] < b["ci_high"] < 1
    (0.08, 'korn_graubard', True)
    """
    _check(n_boot, ci)
    _check_interval(interval, MEAN_INTERVALS)
    x = np.asarray(values, dtype=float)
    x = x[~np.isnan(x)]
    n = int(x.size)
    if interval == "kg" and ((x < 0) | (x > 1)).any():
        raise ValueError("interval='kg' is for values in [0, 1] (shares); some value is outside")
    if n == 0:
        return {"n": 0, "estimate": np.nan, "ci_low": np.nan, "ci_high": np.nan, "method": "none"}
    est = float(x.mean())
    if _too_few(n, interval):
        return {"n": n, "estimate": est, "ci_low": np.nan, "ci_high": np.nan, "method": "none"}
    if interval == "kg":
        if (x == 0).all() or (x == 1).all():
            lo, hi = wilson_interval(n if est == 1 else 0, n, ci)
            return {"n": n, "estimate": est, "ci_low": float(lo), "ci_high": float(hi), "method": "wilson"}
        if x.max() == x.min():  # all equal inside (0, 1): V is 0 (the mean's last digit can differ from the value)
            return {"n": n, "estimate": est, "ci_low": est, "ci_high": est, "method": "korn_graubard"}
        away = int((x >= OFF_BOUND).sum()) if est <= 0.5 else int((x <= 1 - OFF_BOUND).sum())  # off the bound
        lo, hi = _korn_graubard(x, np.ones(n), ci, cap=False, cap_after=away < MIN_VARYING_VALUES)
        return {"n": n, "estimate": est, "ci_low": lo, "ci_high": hi, "method": "korn_graubard"}
    alpha = (1 - ci) / 2
    if n > LARGE_N:
        from scipy.stats import norm

        half = norm.ppf(1 - alpha) * x.std(ddof=1) / np.sqrt(n)
        return {"n": n, "estimate": est, "ci_low": est - half, "ci_high": est + half, "method": "normal"}
    rng = np.random.default_rng(seed)
    means = np.empty(n_boot)
    chunk = max(1, 2_000_000 // n)
    for start in range(0, n_boot, chunk):
        stop = min(n_boot, start + chunk)
        idx = rng.integers(0, n, size=(stop - start, n))
        means[start:stop] = x[idx].mean(axis=1)
    lo, hi = np.quantile(means, [alpha, 1 - alpha])
    return {"n": n, "estimate": est, "ci_low": float(lo), "ci_high": float(hi), "method": "bootstrap"}


def _cluster_sums(num, den, clusters) -> tuple[np.ndarray, np.ndarray, int]:
    """Per-cluster sums of ``num`` and ``den`` over the rows where both are numbers, and the rows used."""
    num = np.asarray(num, dtype=float)
    den = np.asarray(den, dtype=float)
    ids = clusters.reset_index(drop=True) if isinstance(clusters, pd.Series) else pd.Series(np.asarray(clusters))
    if not len(num) == len(den) == len(ids):
        raise ValueError(f"values ({len(num)}) and clusters ({len(ids)}) must have the same length")
    if ids.isna().any():
        raise ValueError("clusters has missing ids: give every value the id of its article")
    keep = ~(np.isnan(num) | np.isnan(den))
    codes, _ = pd.factorize(ids[keep], sort=False)
    k = int(codes.max()) + 1 if codes.size else 0
    return (np.bincount(codes, weights=num[keep], minlength=k), np.bincount(codes, weights=den[keep], minlength=k),
            int(keep.sum()))


INTERVALS = ("t", "percentile")
"""The intervals :func:`bootstrap_cluster_mean` gives (``"t"`` its default since issue 12bg-i3): ``"t"`` (cluster-robust standard error with the small-sample factor
``G / (G - 1)`` and t quantiles with ``G - 1`` degrees of freedom) and ``"percentile"`` (the percentile bootstrap
over clusters of issue 12bf-i)."""


SHARE_INTERVALS = ("kg", "t", "percentile")
"""The intervals :func:`bootstrap_cluster_share` gives (``"kg"`` its default since issue 12bg-i3): those of :data:`INTERVALS` and ``"kg"``, Korn and
Graubard's interval for a proportion from a cluster sample (Clopper-Pearson over an effective sample size with a
degrees-of-freedom adjustment; issue 12bg-i2)."""


MIN_VARYING_VALUES = 3
"""Fewest values off the bound nearer the mean (at least :data:`OFF_BOUND` from 0 for a mean of at most 0.5, from 1
otherwise) for which the ``"kg"`` interval of :func:`bootstrap_mean` trusts their variance and leaves the effective
size uncapped (review s79-B); with fewer, the size is capped at the number of values."""

OFF_BOUND = 0.005
"""How far from 0 (or 1) a value must be to count towards :data:`MIN_VARYING_VALUES`: a topic share printed "0.000"
counts as 0. Review s79-E: at 0.05 the article shares of a frame that one sentence in 40 carries (0.025) did not
count, so a group of 113 articles, 25 of them carrying it, got 0.0-4.1% where the same data of another outlet got
0.3-0.9%. The price: shares of a few hundredths in every article (a continuous topic weight that never reaches 0)
count as spread, and a topic few articles carry can then get an interval as narrow as before (the simulation's
generator (e))."""

MIN_INTERVAL_ARTICLES = 3
"""Fewest clusters (articles) for which the t, log-t and Korn-Graubard intervals are given; below it ``"none"`` (NaN
bounds). With 2 articles the t quantile has 1 degree of freedom (12.7): a rate of 0.1 per word got 0.00006 to 6.6
million, a tone all of [-1, 1], a share most of [0, 1], which say nothing and read like an error; the report compares no
group of fewer than 3 articles either (``helpers.report.index.MIN_COMPARE_ARTICLES``; the lead, after issue 12bg-i3).
The percentile option keeps its own rule (an interval from 2 articles)."""


def _too_few(n_clusters: int, interval: str) -> bool:
    """Whether ``interval`` gives no interval over ``n_clusters`` articles (one article never gives one)."""
    return n_clusters < (2 if interval == "percentile" else MIN_INTERVAL_ARTICLES)


RATIO_INTERVALS = ("log_t", "t", "percentile")
"""The intervals :func:`bootstrap_cluster_ratio` gives (``"log_t"`` its default since issue 12bg-i3): those of :data:`INTERVALS` and ``"log_t"``, the
cluster-robust t interval of the ratio's logarithm (delta method), for ratios of non-negative quantities such as
events per word (issue 12bg-i3)."""


def _check_interval(interval: str, allowed: tuple = INTERVALS) -> None:
    if interval not in allowed:
        raise ValueError(f"interval must be one of {allowed}, got {interval!r}")


def _korn_graubard(y: np.ndarray, m: np.ndarray, ci: float, cap: bool = True,
                   cap_after: bool = False) -> tuple[float, float]:
    """Korn-Graubard interval of the share ``sum(y) / sum(m)`` over ``G >= 2`` clusters with ``0 < sum(y) < sum(m)``.

    The cluster-robust variance of the share, ``V = G / (G - 1) * sum((y_g - p m_g)^2) / n^2``, gives the effective
    sample size ``p (1 - p) / V``, capped at the ``n`` rows (``n`` when ``V`` is 0); it is multiplied by
    ``(z / t(G - 1))^2``, the squared ratio of the normal to the t(G - 1) quantile, and the Clopper-Pearson bounds are
    read with ``p`` times that size as the (non-integer) count of positives. With ``cap=False`` (a mean of shares,
    one per cluster, ``m`` all 1: the rows behind each share are unknown) the size is not capped, and ``V`` of 0
    gives the zero-width interval ``(p, p)``. With ``cap_after`` the size, after the t factor, is capped at the ``n``
    rows (a mean of shares with too few values off its bound to trust their variance; at a size of ``n`` the bounds
    meet the Wilson interval of the all-zero case, which has no t factor either).
    """
    from scipy.stats import beta, norm, t

    g = y.size
    n = float(m.sum())
    p = float(y.sum()) / n
    v = g / (g - 1) * float(np.sum((y - p * m) ** 2)) / n**2
    if not cap:
        if v <= 0:
            return p, p
        neff = p * (1 - p) / v
    else:
        neff = min(n, p * (1 - p) / v) if v > 0 else n
    a = (1 - ci) / 2
    neff *= (norm.ppf(1 - a) / t.ppf(1 - a, g - 1)) ** 2
    if cap_after:
        neff = min(neff, n)
    x = p * neff
    return float(beta.ppf(a, x, neff - x + 1)), float(beta.ppf(1 - a, x + 1, neff - x))


def _clip(lo: float, hi: float, bounds) -> tuple[float, float]:
    """``(lo, hi)`` clipped to ``bounds`` (``(low, high)``, either None for no limit)."""
    low, high = bounds
    if low is not None:
        lo, hi = max(lo, low), max(hi, low)
    if high is not None:
        lo, hi = min(lo, high), min(hi, high)
    return float(lo), float(hi)


def _cr1_se(y: np.ndarray, m: np.ndarray, est: float) -> float:
    """Cluster-robust (CR1) standard error of the ratio ``sum(y) / sum(m)`` at ``est`` over ``G >= 2`` clusters: the
    linearised residuals ``y_g - est * m_g`` with the small-sample factor ``G / (G - 1)`` (Cameron & Miller 2015)."""
    g = y.size
    return float(np.sqrt(g / (g - 1) * np.sum((y - est * m) ** 2)) / m.sum())


def _cluster_t_half(y: np.ndarray, m: np.ndarray, est: float, ci: float) -> float:
    """Half-width of the cluster-robust t interval of the ratio ``sum(y) / sum(m)`` over ``G`` clusters (G >= 2).

    The ratio's linearised (delta-method) variance with the clusters' residuals ``y_g - est * m_g`` and the
    small-sample factor ``G / (G - 1)`` (CR1), times the ``1 - (1 - ci) / 2`` quantile of Student's t with
    ``G - 1`` degrees of freedom. For a mean of equal-sized clusters it is the classic t interval over the
    clusters' means.
    """
    from scipy.stats import t

    return float(t.ppf(1 - (1 - ci) / 2, y.size - 1) * _cr1_se(y, m, est))


def _cluster_log_t(y: np.ndarray, m: np.ndarray, est: float, ci: float) -> tuple[float, float]:
    """Bounds of the cluster-robust t interval of ``log(sum(y) / sum(m))`` (``est > 0``), back-transformed.

    By the delta method the standard error of ``log(est)`` is the ratio's CR1 standard error divided by ``est``;
    the bounds are ``est * exp(-/+ t(G - 1) * se / est)``: the same interval as the Wald interval of the intercept
    of a Poisson (log-link) model with offset ``log(m)``, a cluster-robust (CR1) standard error and t(G - 1)
    critical values. Never below 0, wider above the estimate than below.
    """
    from scipy.stats import t

    q = float(t.ppf(1 - (1 - ci) / 2, y.size - 1) * _cr1_se(y, m, est) / est)
    return float(est * np.exp(-q)), float(est * np.exp(q))


def _percentile_ratio(y: np.ndarray, m: np.ndarray, n_boot: int, ci: float, seed: int) -> tuple[float, float]:
    """Percentile-bootstrap bounds of ``sum(y) / sum(m)`` drawing clusters with replacement (NaN when no resample
    has a denominator other than 0; such resamples are left out of the quantiles)."""
    k = y.size
    alpha = (1 - ci) / 2
    rng = np.random.default_rng(seed)
    ratios = np.empty(n_boot)
    chunk = max(1, 2_000_000 // k)
    for start in range(0, n_boot, chunk):
        stop = min(n_boot, start + chunk)
        idx = rng.integers(0, k, size=(stop - start, k))  # drawn clusters: multinomial counts, as indices
        num, den = y[idx].sum(axis=1), m[idx].sum(axis=1)
        with np.errstate(divide="ignore", invalid="ignore"):
            ratios[start:stop] = np.where(den != 0, num / np.where(den != 0, den, 1), np.nan)
    ratios = ratios[~np.isnan(ratios)]
    if not ratios.size:
        return np.nan, np.nan
    lo, hi = np.quantile(ratios, [alpha, 1 - alpha])
    return float(lo), float(hi)


def bootstrap_cluster_ratio(numerator, denominator, clusters, n_boot: int = 1000, ci: float = 0.95,
                            seed: int = 0, interval: str = "log_t", bounds=(None, None)) -> dict:
    """Ratio ``sum(numerator) / sum(denominator)`` with an interval over clusters (articles), not rows.

    The point estimate is the ratio estimator of a cluster sample. With a denominator of 1 per row it is the
    mean over all rows (:func:`bootstrap_cluster_mean`). Three intervals:

    ``"log_t"`` (default since issue 12bg-i3)
        The ``"t"`` interval below computed for ``log(estimate)`` and transformed back: by the delta method the
        standard error of the log is the ratio's cluster-robust standard error over the estimate, and the bounds
        are ``estimate * exp(-/+ t(G - 1) * se / estimate)``. This is the Wald interval of the intercept of a
        Poisson (log-link) model of the events with offset ``log(denominator)``, a cluster-robust sandwich
        standard error (Zeger & Liang 1986, "Longitudinal data analysis for discrete and continuous outcomes",
        Biometrics 42(1)) with CR1 and t(G - 1) (Cameron & Miller 2015), the usual model for counts per
        exposure (Cameron & Trivedi 2013, "Regression Analysis of Count Data", 2nd ed., ch. 2-3). A rate is
        positive and its estimate over few articles skewed to the right (a few articles dense in events), and its
        standard error grows with it; on the log scale the interval is asymmetric, wider above the estimate,
        never below 0. For ratios of non-negative quantities (rates); where the log does not apply (an estimate
        of 0, or a cluster with a negative sum) the ``"t"`` interval is given. No resampling: the same for every
        ``seed`` and ``n_boot``. In this project's simulations (issue 12bg-i3,
        ``benchmarks/results/cluster_interval_coverage_i3.md``, three spreads of the articles' event rates) it
        covered 0.91-0.94 at 5-20 articles, 0.93-0.95 at 40 and 0.94-0.95 at 3, where the percentile bootstrap
        covered 0.75-0.91, 0.90-0.94 and 0.65-0.71; its median width was 3-7 times the percentile's at 3
        articles, 1.7-2.3 at 5, 1.2-1.4 at 10, 1.1-1.2 at 20 and 1.05-1.1 at 40.
    ``"t"``
        The cluster-robust (CR1) standard error of the linearised ratio, with the small-sample factor
        ``G / (G - 1)`` over ``G`` clusters, and the quantile of Student's t with ``G - 1`` degrees of freedom
        (Cameron, Gelbach & Miller 2008, "Bootstrap-based improvements for inference with clustered errors",
        Review of Economics and Statistics 90(3); Cameron & Miller 2015, "A practitioner's guide to
        cluster-robust inference", Journal of Human Resources 50(2), section VI: with few clusters use the
        ``G / (G - 1)`` factor and t(G - 1) critical values). Symmetric around the estimate, clipped to
        ``bounds``. Costs no resampling, so it is the same for every ``seed`` and ``n_boot``. For a rate it
        covered too seldom when the articles' rates are skewed (0.82-0.87 at 5-20 articles, issue 12bg-i2).
    ``"percentile"``
        The percentile bootstrap of issue 12bf-i (the default until issue 12bg-i3): each resample draws as many
        clusters as there are, with replacement (a cluster drawn twice counts twice), and takes the ratio of the
        drawn clusters' summed numerators to their summed denominators. Its spread is the plug-in (``1 / G``)
        variance read with normal-like quantiles, so with 3-10 clusters it covers well under the nominal level
        (``benchmarks/results/cluster_interval_coverage.md``).

    Edge cases (every interval): no rows, or a denominator summing to 0: NaN estimate and bounds, ``method``
    ``"none"``. One cluster: the estimate with NaN bounds (``"none"``): one article says nothing about other
    articles, and a zero-width interval would read as certainty. Two clusters: no interval either with ``"log_t"``
    and ``"t"`` (:data:`MIN_INTERVAL_ARTICLES`; 1 degree of freedom, t quantile 12.7, gave bounds such as 0.00006 to
    6.6 million for 0.1 per word); ``"percentile"`` still gives one. Clusters that all give the same ratio (including
    no events at all, an estimate of 0): a zero-width interval at the estimate for ``"log_t"`` and ``"t"`` (a
    standard error of 0), as for the percentile bootstrap, whose every resample gives that ratio.

    Parameters
    ----------
    numerator, denominator : array-like of float
        One value each per row (e.g. events and words of a sentence). Rows
        where either is NaN are dropped.
    clusters : array-like
        The cluster of each row (e.g. the article's ``doc_id``); no missing ids.
    n_boot, ci, seed
        As in :func:`bootstrap_mean` (``n_boot`` and ``seed`` are used by ``"percentile"`` only; callers may
        pass them with every interval).
    interval : {"log_t", "t", "percentile"}, default "log_t"
        Which interval (above); one of :data:`RATIO_INTERVALS`.
    bounds : (float or None, float or None), default (None, None)
        The range the ratio can take (e.g. ``(0, None)`` for a rate, ``(0, 1)`` for a share); the interval is
        clipped to it.

    Returns
    -------
    dict
        ``n`` (rows used), ``n_clusters`` (clusters with a row used),
        ``estimate``, ``ci_low``, ``ci_high`` and ``method``: ``"cluster_log_t"`` (``interval="log_t"``),
        ``"cluster_t"`` (``interval="t"``, or ``"log_t"`` where the log does not apply),
        ``"bootstrap"`` (``interval="percentile"``), ``"normal"`` (``interval="percentile"`` above
        :data:`LARGE_N` clusters: the same standard error as ``"t"`` with a normal quantile), or ``"none"``
        (no rows, or a single cluster: above).

    Raises
    ------
    ValueError
        When the inputs differ in length, ``clusters`` has missing ids, or ``interval`` is not one of
        :data:`RATIO_INTERVALS`.

    Examples
    --------
    >>> r = bootstrap_cluster_ratio([1, 0, 2, 0, 3, 1], [10, 10, 10, 10, 10, 10], list("aabbcc"))
    >>> r["method"], round(r["estimate"], 3), r["ci_low"] < r["estimate"] < r["ci_high"]
    ('cluster_log_t', 0.117, True)
    """
    _check(n_boot, ci)
    _check_interval(interval, RATIO_INTERVALS)
    y, m, n = _cluster_sums(numerator, denominator, clusters)
    k = int(y.size)
    if n == 0:
        return {"n": 0, "n_clusters": 0, "estimate": np.nan, "ci_low": np.nan, "ci_high": np.nan, "method": "none"}
    total = m.sum()
    est = float(y.sum() / total) if total else np.nan
    out = {"n": n, "n_clusters": k, "estimate": est}
    if _too_few(k, interval) or est != est:
        return {**out, "ci_low": np.nan, "ci_high": np.nan, "method": "none"}
    if interval == "log_t" and est > 0 and (y >= 0).all() and (m >= 0).all():
        lo, hi = _clip(*_cluster_log_t(y, m, est, ci), bounds)
        return {**out, "ci_low": lo, "ci_high": hi, "method": "cluster_log_t"}
    if interval in ("t", "log_t"):  # log_t where the log does not apply (an estimate of 0, negative values): t
        half = _cluster_t_half(y, m, est, ci)
        lo, hi = _clip(est - half, est + half, bounds)
        return {**out, "ci_low": lo, "ci_high": hi, "method": "cluster_t"}
    if k > LARGE_N:
        from scipy.stats import norm

        half = norm.ppf(1 - (1 - ci) / 2) * _cr1_se(y, m, est)
        lo, hi = _clip(est - half, est + half, bounds)
        return {**out, "ci_low": lo, "ci_high": hi, "method": "normal"}
    lo, hi = _percentile_ratio(y, m, n_boot, ci, seed)
    if lo != lo:
        return {**out, "ci_low": np.nan, "ci_high": np.nan, "method": "none"}
    lo, hi = _clip(lo, hi, bounds)
    return {**out, "ci_low": lo, "ci_high": hi, "method": "bootstrap"}


def bootstrap_cluster_mean(values, clusters, n_boot: int = 1000, ci: float = 0.95, seed: int = 0,
                           interval: str = "t", bounds=(None, None)) -> dict:
    """Mean of ``values`` with an interval over clusters (articles), not values.

    Sentences of one article are not independent: resampling sentences, as
    :func:`bootstrap_mean` does, gives intervals that are too narrow when an
    article's sentences resemble each other. The interval is
    :func:`bootstrap_cluster_ratio`'s with a denominator of 1 per value (a long article weighs as many sentences
    as it has, as in the point estimate):

    ``"t"`` (default since issue 12bg-i3)
        The cluster-robust (CR1) standard error of the mean over all values, with the small-sample factor
        ``G / (G - 1)`` over ``G`` clusters, and the quantile of Student's t with ``G - 1`` degrees of freedom
        (Cameron, Gelbach & Miller 2008, Review of Economics and Statistics 90(3); Cameron & Miller 2015,
        Journal of Human Resources 50(2), section VI). For equal-sized clusters it is the classic t interval over
        the clusters' means. Symmetric, clipped to ``bounds``; no resampling (the same for every ``seed`` and
        ``n_boot``). In this project's simulations (issues 12bg-i to 12bg-i3, three spreads of the article
        effect, ``benchmarks/results/cluster_interval_coverage_i3.md``) it covered 0.94-0.96 at 3-40 articles,
        where the percentile bootstrap covered 0.72-0.76 at 3, 0.83-0.84 at 5 and 0.89-0.91 at 10; median width
        2.5 times the percentile's at 3 articles, 1.6 at 5, 1.2 at 10, 1.1 at 20, 1.05 at 40.
    ``"percentile"``
        The percentile bootstrap over clusters of issue 12bf-i (the default until issue 12bg-i3): draws whole
        clusters with replacement and takes the mean over all values of the drawn clusters (sum of their sums
        over sum of their counts). It covers too seldom with 3-10 clusters (above).

    Edge cases: no values, NaN estimate and bounds; one cluster, the mean with NaN bounds (``method``
    ``"none"``: one article says nothing about other articles); two clusters, no ``"t"`` interval either
    (:data:`MIN_INTERVAL_ARTICLES`: with 1 degree of freedom, quantile 12.7, it spanned the whole tone scale); clusters whose values are all equal, a zero-width interval at that value (as the
    percentile bootstrap gives).

    Parameters
    ----------
    values : array-like of float
        One value per unit (NaN values are dropped; a cluster left with none is not counted).
    clusters : array-like
        The cluster of each value (e.g. the article's ``doc_id``), aligned with ``values``; no missing ids.
    n_boot : int
        Number of bootstrap resamples (``"percentile"`` only; accepted with every interval).
    ci : float
        Coverage of the interval, e.g. 0.95.
    seed : int
        Seed of the random generator (``"percentile"`` only); the same inputs give the same interval.
    interval : {"t", "percentile"}, default "t"
        One of :data:`INTERVALS` (above).
    bounds : (float or None, float or None), default (None, None)
        The range the mean can take (e.g. ``(-1, 1)`` for VADER's compound score); the interval is clipped to it.

    Returns
    -------
    dict
        As :func:`bootstrap_mean` (``n`` units used, ``estimate`` the mean of
        all values, the same as :func:`bootstrap_mean`'s, ``ci_low``,
        ``ci_high``, ``method``) plus ``n_clusters``. ``method`` is
        ``"cluster_t"``, ``"bootstrap"``, ``"normal"`` (as in :func:`bootstrap_cluster_ratio`), or
        ``"none"`` (above). With no values every number is NaN.

    Raises
    ------
    ValueError
        When ``values`` and ``clusters`` differ in length, ``clusters`` has missing ids, or ``interval`` is
        unknown.

    Examples
    --------
    >>> b = bootstrap_cluster_mean([1.0, 1.0, 0.0, 0.0, 0.5, 0.5], list("aabbcc"))
    >>> b["estimate"], b["n"], b["n_clusters"], b["method"]
    (0.5, 6, 3, 'cluster_t')
    >>> bootstrap_cluster_mean([1.0, 1.0, 0.0, 0.0], list("aabb"))["method"]  # two articles: no interval
    'none'
    """
    _check_interval(interval)
    x = np.asarray(values, dtype=float)
    b = bootstrap_cluster_ratio(x, np.ones_like(x), clusters, n_boot=n_boot, ci=ci, seed=seed, interval=interval,
                                bounds=bounds)
    if b["n"]:  # the mean exactly as bootstrap_mean computes it (a sum of sums can differ in the last digit)
        b["estimate"] = float(x[~np.isnan(x)].mean())
    return b


def bootstrap_cluster_share(flags, clusters, n_boot: int = 1000, ci: float = 0.95, seed: int = 0,
                            interval: str = "kg") -> dict:
    """Share of rows with a property, with an interval over clusters (articles), not rows.

    The share is ``k / n`` over all rows, as :func:`bootstrap_share` gives it; only the
    interval differs, so that one article's many quoted officials count as one editorial choice:

    ``"kg"`` (default since issue 12bg-i3)
        Korn and Graubard's interval for a proportion from a cluster sample (Korn & Graubard 1998,
        "Confidence intervals for proportions with small expected number of positive counts estimated from
        survey data", Survey Methodology 24(2)): the cluster-robust variance ``V`` of the share (with
        ``G / (G - 1)``) gives an effective sample size ``p (1 - p) / V``, capped at the ``n`` rows; it is
        multiplied by ``(z / t(G - 1))^2`` for the ``G - 1`` degrees of freedom, and the Clopper-Pearson bounds
        are read at that size with ``p`` times it positives. Asymmetric, inside [0, 1], no resampling (the same
        for every ``seed`` and ``n_boot``). Dean & Pagano (2015, "Evaluating confidence interval methods for
        binomial proportions in clustered surveys", Journal of Survey Statistics and Methodology 3(4)) compare it
        with the other effective-sample-size intervals in clustered samples. In this project's simulations
        (issues 12bg-i2 and 12bg-i3, prevalence 0.1 and 0.3, intra-article correlation 0.05, 0.2 and 0.4,
        ``benchmarks/results/cluster_interval_coverage_i3.md``) it covered 0.91-0.99 at 5-20 articles,
        0.945-0.968 at 40 and 0.98-1.00 at 3 (conservative with very few articles), where the percentile
        bootstrap covered 0.71-0.82 at 3 and 0.76-0.85 at 5; median width 1.4-3.4 times the percentile's at 3
        articles, 1.6-2.0 at 5, 1.3-1.45 at 10, 1.1-1.3 at 20 and 1.1-1.15 at 40.
    ``"t"``
        The cluster-robust t interval of :func:`bootstrap_cluster_mean` over the 0/1 indicators, clipped to
        [0, 1]; symmetric, it covers too seldom for small shares (0.80-0.86 at 5 articles for a share of 0.1,
        issues 12bg-i and 12bg-i2).
    ``"percentile"``
        The percentile bootstrap of issue 12bf-j (the default until issue 12bg-i3): :func:`bootstrap_cluster_mean`
        over the 0/1 indicators, drawing whole articles.

    Edge cases (every interval): no rows, a NaN share and bounds (``method`` ``"none"``); one cluster, the
    share with NaN bounds (``"none"``: one article says nothing about other articles). Where ``k`` is 0 or
    ``n`` (a share of 0 or 1, whose cluster variance is 0 and whose bootstrap resamples all give the same share)
    the Wilson score interval is taken over the *clusters* (0 of 5 articles, 5 of 5), as if each article were
    one unit: wider than a Wilson interval over rows, and never a zero-width interval that reads as certainty.
    Two clusters: no ``"kg"`` or ``"t"`` interval (:data:`MIN_INTERVAL_ARTICLES`; with 1 degree of freedom the
    effective sample is about 2.4% of ``p (1 - p) / V``, e.g. [0.00, 1.00] for 1 of 4 sentences in two articles),
    even for a share of 0 or 1; ``"percentile"`` still gives one. Clusters that all
    have the same share: ``V`` is 0, the effective size is the ``n`` rows (times the degrees-of-freedom factor),
    so ``"kg"`` still gives a width (``"t"`` and ``"percentile"`` give zero width).

    Parameters
    ----------
    flags : array-like of bool
        One value per row (e.g. attribution): whether it has the property.
    clusters : array-like
        The cluster of each row (e.g. the article's ``doc_id``); no missing ids.
    n_boot, ci, seed
        As in :func:`bootstrap_mean` (``n_boot`` and ``seed`` are used by ``"percentile"`` only; callers may
        pass them with every interval).
    interval : {"kg", "t", "percentile"}, default "kg"
        Which interval (above); one of :data:`SHARE_INTERVALS`.

    Returns
    -------
    dict
        ``k``, ``n`` (rows), ``n_clusters``, ``share``, ``ci_low``, ``ci_high`` and ``method``:
        ``"korn_graubard"``, ``"cluster_t"``, ``"bootstrap"`` (clusters resampled), ``"normal"`` (as in
        :func:`bootstrap_cluster_ratio`),
        ``"wilson"`` (``k`` is 0 or ``n``, over the clusters) or ``"none"``: no rows (NaN share)
        or a single cluster (NaN bounds: one article says nothing about other articles).

    Raises
    ------
    ValueError
        When ``flags`` and ``clusters`` differ in length, ``clusters`` has missing ids, or ``interval`` is unknown.

    Examples
    --------
    >>> b = bootstrap_cluster_share([True, True, False, False, True, False], list("aabbcc"))
    >>> b["k"], b["n"], b["n_clusters"], b["share"], b["method"]
    (3, 6, 3, 0.5, 'korn_graubard')
    >>> bootstrap_cluster_share([True, True, False, False], list("aabb"))["method"]  # two articles: no interval
    'none'
    """
    _check(n_boot, ci)
    _check_interval(interval, SHARE_INTERVALS)
    f = np.asarray(flags, dtype=bool)
    ids = clusters.reset_index(drop=True) if isinstance(clusters, pd.Series) else pd.Series(np.asarray(clusters))
    if len(f) != len(ids):
        raise ValueError(f"flags ({len(f)}) and clusters ({len(ids)}) must have the same length")
    if ids.isna().any():
        raise ValueError("clusters has missing ids: give every row the id of its article")
    n, k = int(f.size), int(f.sum())
    m = int(ids.nunique())
    out = {"k": k, "n": n, "n_clusters": m, "share": k / n if n else np.nan}
    if n == 0 or _too_few(m, interval):
        return {**out, "ci_low": np.nan, "ci_high": np.nan, "method": "none"}
    if k in (0, n):
        lo, hi = wilson_interval(m if k else 0, m, ci)
        return {**out, "ci_low": float(lo), "ci_high": float(hi), "method": "wilson"}
    if interval == "kg":
        y, w, _ = _cluster_sums(f.astype(float), np.ones(n), ids)
        lo, hi = _korn_graubard(y, w, ci)
        return {**out, "ci_low": lo, "ci_high": hi, "method": "korn_graubard"}
    b = bootstrap_cluster_mean(f.astype(float), ids, n_boot=n_boot, ci=ci, seed=seed, interval=interval,
                               bounds=(0, 1))
    return {**out, "ci_low": b["ci_low"], "ci_high": b["ci_high"], "method": b["method"]}


def bootstrap_share(k: int, n: int, n_boot: int = 1000, ci: float = 0.95, seed: int = 0) -> dict:
    """Share ``k / n`` with a bootstrap interval.

    Resampling ``n`` units that are each 1 (``k`` of them) or 0 is the same as
    drawing from a binomial distribution, so this is exact and costs nothing
    for large ``n``. When ``k`` is 0 or ``n`` every resample gives the same
    share and the bootstrap interval collapses to a point, which would read as
    certainty; there the Wilson score interval is used instead (for 0 of 15 it
    gives [0, 0.20], in line with the "rule of three").

    Parameters
    ----------
    k : int
        Units that have the property (0 <= k <= n).
    n : int
        Units in all.
    n_boot, ci, seed
        As in :func:`bootstrap_mean`.

    Returns
    -------
    dict
        ``k``, ``n``, ``share``, ``ci_low``, ``ci_high`` (NaN when ``n`` is 0).

    Raises
    ------
    ValueError
        If ``k`` is negative or larger than ``n``.
    """
    _check(n_boot, ci)
    if n < 0 or k < 0 or k > n:
        raise ValueError(f"need 0 <= k <= n, got k={k}, n={n}")
    if n == 0:
        return {"k": 0, "n": 0, "share": np.nan, "ci_low": np.nan, "ci_high": np.nan}
    p = k / n
    alpha = (1 - ci) / 2
    if k in (0, n):
        lo, hi = wilson_interval(k, n, ci)
    else:
        rng = np.random.default_rng(seed)
        draws = rng.binomial(n, p, size=n_boot) / n
        lo, hi = np.quantile(draws, [alpha, 1 - alpha])
    return {"k": int(k), "n": int(n), "share": p, "ci_low": float(lo), "ci_high": float(hi)}


def wilson_interval(k: int, n: int, ci: float = 0.95) -> tuple[float, float]:
    """Wilson score interval for a share ``k / n``.

    Parameters
    ----------
    k : int
        Successes.
    n : int
        Trials, > 0.
    ci : float, default 0.95
        Coverage of the interval.

    Returns
    -------
    (float, float)
        Lower and upper bound, within [0, 1].

    Raises
    ------
    ValueError
        When ``n`` is not positive.
    """
    from scipy.stats import norm

    if n <= 0:
        raise ValueError(f"n must be positive, got {n}")
    z = norm.ppf(1 - (1 - ci) / 2)
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    # at k = 0 (k = n) the bound equals the estimate exactly; rounding would leave 1e-18 (1 - 1e-16)
    lo = 0.0 if k == 0 else max(0.0, centre - half)
    hi = 1.0 if k == n else min(1.0, centre + half)
    return lo, hi


def grouped_mean(
    df: pd.DataFrame, by: str | list[str], value: str, n_boot: int = 1000, ci: float = 0.95, seed: int = 0,
    interval: str = "percentile",
) -> pd.DataFrame:
    """Mean of ``value`` within each group of ``by``, with the interval of :func:`bootstrap_mean`.

    Parameters
    ----------
    df : DataFrame
        The rows.
    by : str or list of str
        Group column(s); missing keys form a group of their own.
    value : str
        Numeric column to average.
    n_boot, ci, seed
        As in :func:`bootstrap_mean`.
    interval : {"percentile", "kg"}, default "percentile"
        As in :func:`bootstrap_mean` (``"kg"`` for values in [0, 1]: no interval below
        :data:`MIN_INTERVAL_ARTICLES` units).

    Returns
    -------
    DataFrame
        One row per group, sorted by the group keys: the keys, ``n``,
        ``estimate``, ``ci_low``, ``ci_high``, ``method``.
    """
    _check_interval(interval, MEAN_INTERVALS)
    keys = [by] if isinstance(by, str) else list(by)
    rows = []
    for key, g in df.groupby(keys, sort=True, dropna=False):
        key = key if isinstance(key, tuple) else (key,)
        rows.append({**dict(zip(keys, key)),
                     **bootstrap_mean(g[value].to_numpy(), n_boot, ci, seed, interval=interval)})
    cols = keys + ["n", "estimate", "ci_low", "ci_high", "method"]
    return pd.DataFrame(rows, columns=cols)


def format_interval(estimate: float, low: float, high: float, percent: bool = False) -> str:
    """Format an estimate with its interval, e.g. ``"0.31 (95% CI 0.12-0.50)"``, in the words of every printed number.

    Parameters
    ----------
    estimate, low, high : float
        The estimate and its bounds (an estimate None or NaN shows as ``"n/a"``; a bound None or NaN: no interval).
        The decimals follow :func:`helpers.core.wording.number_decimals` (shares: ``share_decimals``).
    percent : bool, default False
        Show a share as percentages with the decimals of :func:`helpers.core.wording.share_decimals`, e.g.
        ``"31% (95% CI 12-50%)"``, ``"2.4% (95% CI 1.9-3.1%)"`` (:func:`helpers.core.wording.share_interval`).

    Returns
    -------
    str
        Before issue qa7 an estimate that is not a share read ``"0.31 [0.12, 0.50]"``: now
        :func:`helpers.core.wording.estimate_interval` (``"-0.12 (95% CI -0.30 to 0.05)"``).
    """
    if estimate is None or estimate != estimate:
        return "n/a"
    if percent:  # the one rule for every printed share (helpers.core.wording)
        return share_interval(estimate, low, high)
    return estimate_interval(estimate, low, high)


def share_text(k: int, n: int, n_boot: int = 1000, seed: int = 0) -> str:
    """A share as report text: ``"88% (95% CI 80-94%), 44 of 50"`` (bootstrap, Wilson at 0 or n of n).

    Parameters
    ----------
    k, n : int
        Successes and trials.
    n_boot, seed : int
        Passed to :func:`bootstrap_share`.

    Returns
    -------
    str
    """
    b = bootstrap_share(k, n, n_boot=n_boot, seed=seed)
    return f"{format_interval(b['share'], b['ci_low'], b['ci_high'], percent=True)}, {k} of {n}"
