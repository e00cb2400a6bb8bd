"""Association of two categorical variables: Cramér's V with a chi-square or permutation p-value.

Used to say whether the groups of a corpus (outlets, bias ratings) differ in their mix of another metadata value
(a topic, a section): Cramér's V is 0 when every group has the same mix and 1 when each value falls in one group
only. The p-value is the chi-square test's when every expected count is at least :data:`MIN_EXPECTED` (Cochran's
rule), else that of a permutation test (the value labels shuffled against the groups, ``n_perm`` times with a fixed
seed), which stays valid with a handful of articles. Above :data:`PERMUTATION_MAX_N` units the chi-square p-value is
used throughout (each permutation costs a pass over every unit, and at that size V, not p, decides).

:func:`holm_adjust` corrects a table of such p-values for the number of tests in it (Holm 1979), for the notebooks'
tables of one permutation test per actor or per measure (review s76: 22 tone tests, six under 0.05, none after the
correction, and nothing on the page said how many tests there were).
"""
from __future__ import annotations

import numpy as np

from ..core.wording import noun

__all__ = ["MIN_EXPECTED", "PERMUTATION_MAX_N", "association", "cramers_v", "holm_adjust"]

MIN_EXPECTED = 5.0
"""The smallest expected count of a cell for the chi-square p-value; below it the p-value comes from permutations."""
PERMUTATION_MAX_N = 50_000
"""Above this many units the chi-square p-value is used even with small expected counts (a corpus of many outlets with
one article each): 999 permutations of a million articles would take a minute per column."""


def _chi2(counts: np.ndarray) -> float:
    """Pearson's chi-square statistic of a contingency table (rows and columns with a zero total dropped)."""
    counts = counts[counts.sum(axis=1) > 0][:, counts.sum(axis=0) > 0]
    n = counts.sum()
    if n == 0:
        return 0.0
    expected = np.outer(counts.sum(axis=1), counts.sum(axis=0)) / n
    return float(((counts - expected) ** 2 / expected).sum())


def cramers_v(counts) -> float:
    """Cramér's V of a contingency table: ``sqrt(chi2 / (n * (min(rows, columns) - 1)))``.

    Parameters
    ----------
    counts : array-like of int, shape (rows, columns)
        Counts, e.g. articles per group (rows) and value (columns). Rows and columns with a zero total are dropped.

    Returns
    -------
    float
        Between 0 (every row has the same mix) and 1 (each column falls in one row only); NaN when fewer than two
        rows or two columns are left.

    Raises
    ------
    ValueError
        For a table that is not two-dimensional or holds a negative count.
    """
    c = np.asarray(counts, dtype=float)
    if c.ndim != 2:
        raise ValueError(f"cramers_v needs a two-dimensional table of counts, got an array with {c.ndim} {noun(c.ndim, 'dimension')}")
    if (c < 0).any():
        raise ValueError("cramers_v needs counts, got a negative value")
    c = c[c.sum(axis=1) > 0][:, c.sum(axis=0) > 0]
    k = min(c.shape)
    if k < 2:
        return float("nan")
    return float(min(1.0, np.sqrt(_chi2(c) / (c.sum() * (k - 1)))))


def association(groups, values, n_perm: int = 999, seed: int = 0) -> dict:
    """How unevenly ``values`` are spread across ``groups``: Cramér's V and its p-value.

    Parameters
    ----------
    groups, values : sequence
        One label per unit (article), the same length; compared as strings. Drop missing values before.
    n_perm : int, default 999
        Permutations when an expected count is below :data:`MIN_EXPECTED` (and ``n`` <= :data:`PERMUTATION_MAX_N`).
    seed : int, default 0
        Seed of the permutations (the result is the same on every run).

    Returns
    -------
    dict
        ``v`` (Cramér's V), ``p`` (the p-value of "the groups have the same mix"), ``test`` (``"chi-square"``,
        ``"permutation"``, or ``""`` when there is nothing to test), ``n``, ``groups`` and ``levels`` (distinct
        labels). ``v`` and ``p`` are NaN with fewer than two groups or two levels.

    Raises
    ------
    ValueError
        When ``groups`` and ``values`` differ in length or ``n_perm`` is below 1.
    """
    g = np.asarray([str(x) for x in groups], dtype=object)
    x = np.asarray([str(x) for x in values], dtype=object)
    if len(g) != len(x):
        raise ValueError(f"association needs one group per value: {len(g)} groups, {len(x)} values")
    if n_perm < 1:
        raise ValueError(f"n_perm must be at least 1, got {n_perm}")
    g_levels, g_codes = np.unique(g, return_inverse=True) if len(g) else (np.array([]), np.array([], dtype=int))
    x_levels, x_codes = np.unique(x, return_inverse=True) if len(x) else (np.array([]), np.array([], dtype=int))
    out = {"v": float("nan"), "p": float("nan"), "test": "", "n": int(len(g)), "groups": int(len(g_levels)),
           "levels": int(len(x_levels))}
    if len(g_levels) < 2 or len(x_levels) < 2:
        return out
    r, c = len(g_levels), len(x_levels)

    def table(codes: np.ndarray) -> np.ndarray:
        return np.bincount(g_codes * c + codes, minlength=r * c).reshape(r, c).astype(float)

    counts = table(x_codes)
    out["v"] = cramers_v(counts)
    chi2 = _chi2(counts)
    expected = np.outer(counts.sum(axis=1), counts.sum(axis=0)) / counts.sum()
    if expected.min() >= MIN_EXPECTED or len(g) > PERMUTATION_MAX_N:
        from scipy.stats import chi2 as chi2_dist

        out["p"], out["test"] = float(chi2_dist.sf(chi2, (r - 1) * (c - 1))), "chi-square"
        return out
    rng = np.random.default_rng(seed)
    hits = sum(_chi2(table(rng.permutation(x_codes))) >= chi2 - 1e-9 for _ in range(n_perm))
    out["p"], out["test"] = (1 + hits) / (n_perm + 1), "permutation"
    return out


def holm_adjust(p_values) -> np.ndarray:
    """Holm's step-down adjustment of p-values for the number of tests (family-wise error, Holm 1979).

    The ``i``-th smallest of ``m`` p-values is multiplied by ``m - i`` (``i`` from 0), the products are made
    non-decreasing in that order and capped at 1. A p-value that is NaN (no test possible) stays NaN and does not
    count as a test.

    Parameters
    ----------
    p_values : array-like of float
        The p-values of the tests of one table, each in [0, 1] or NaN.

    Returns
    -------
    ndarray of float
        The adjusted p-values, in the order given.

    Raises
    ------
    ValueError
        When a p-value is outside [0, 1].
    """
    p = np.asarray(p_values, dtype=float)
    ok = ~np.isnan(p)
    if ((p[ok] < 0) | (p[ok] > 1)).any():
        raise ValueError(f"p-values must lie between 0 and 1 (or be NaN for no test), got {p[ok].min()}-{p[ok].max()}")
    out = np.full(p.shape, np.nan)
    idx = np.flatnonzero(ok)
    m = len(idx)
    if m:
        order = idx[np.argsort(p[idx], kind="stable")]
        adj = np.minimum(1.0, np.maximum.accumulate(p[order] * (m - np.arange(m))))
        out[order] = adj
    return out
