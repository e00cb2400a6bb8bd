"""Bias-corrected shares: prediction-powered inference for a mean (Angelopoulos et al. 2023).

An automated measure (the frame tagger) labels every unit; a random sample of
units is also coded by hand. The naive share (the tagger's share over all
units) inherits the tagger's errors, and its interval ignores them. The
prediction-powered estimate corrects the naive share with the errors measured
on the coded sample:

    theta = lam * mean(f over uncoded units) + (mean(y) - lam * mean(f)) over coded units

with a normal interval whose variance adds the two parts,
``lam**2 * var(f_uncoded) / N + var(y - lam * f_coded) / n``. With ``lam = 1``
this is the original estimator (Angelopoulos, Bates, Fannjiang, Jordan &
Zrnic 2023, Science 382); ``lam="tuned"`` picks the variance-minimising
weight (PPI++, Angelopoulos, Duchi & Zrnic 2023), which is never worse than
the coded sample alone (``lam = 0``) in large samples. The default is the
classic ``lam = 1``. When the tagger's errors ``y - f`` take one value on every
coded unit (the tagger and the coders agree on all of them), their variance is
not estimated as 0 but bounded by the share of units a sample of that size
cannot rule out (``_unseen_rate``; dogfood 12bo-d). The interval is valid
when the coded units are a simple random sample of the units (within each
group, for group shares); it is not valid for a hand-picked sample.

Implementation: a few lines of numpy rather than the ``ppi-python`` package
(which pulls in numba, statsmodels and gdown); tested by simulation in
``tests/test_ppi.py``.
"""
from __future__ import annotations

from statistics import NormalDist
from typing import Sequence

import numpy as np
import pandas as pd

from ..core.wording import noun

__all__ = ["naive_share", "ppi_mean", "ppi_group_shares"]


def _z(ci: float) -> float:
    if not 0 < ci < 1:
        raise ValueError(f"ci must be in (0, 1), got {ci!r}")
    return NormalDist().inv_cdf(0.5 + ci / 2)


def naive_share(pred: Sequence, ci: float = 0.95) -> dict:
    """The automated labels' share with a Wilson interval that ignores the labels' errors.

    Parameters
    ----------
    pred : sequence of 0/1 or bool
        The automated label of every item.
    ci : float, default 0.95
        Coverage of the interval.

    Returns
    -------
    dict
        ``n``, ``estimate``, ``ci_low``, ``ci_high`` (NaN when ``n`` is 0).
    """
    f = np.asarray(pred, dtype=float)
    z = _z(ci)
    if not len(f):
        return {"n": 0, "estimate": np.nan, "ci_low": np.nan, "ci_high": np.nan}
    n, m = len(f), float(f.mean())
    centre = (m + z**2 / (2 * n)) / (1 + z**2 / n)
    h = z * np.sqrt(m * (1 - m) / n + z**2 / (4 * n**2)) / (1 + z**2 / n)
    return {"n": int(n), "estimate": m, "ci_low": max(0.0, centre - h), "ci_high": min(1.0, centre + h)}


def ppi_mean(y_coded: Sequence, f_coded: Sequence, f_uncoded: Sequence, ci: float = 0.95,
             lam: float | str = 1.0) -> dict:
    """Prediction-powered estimate of a mean (a share, for 0/1 labels) with its interval.

    Parameters
    ----------
    y_coded : sequence of float
        Hand codes of the coded units (0/1 for a share).
    f_coded : sequence of float
        Automated labels of the same units, same order.
    f_uncoded : sequence of float
        Automated labels of the units that were not coded.
    ci : float
        Interval coverage.
    lam : float or "tuned"
        Weight of the automated labels: 1 is classic PPI, 0 uses the coded
        sample alone, "tuned" estimates the variance-minimising weight
        (clipped to [0, 1]; in simulation its intervals cover slightly
        less than the nominal level, 93% for 95%). Default 1.

    Returns
    -------
    dict
        ``n_coded``, ``n_uncoded``, ``estimate``, ``ci_low``, ``ci_high``
        (all clipped to [0, 1]: the correction can push a share of a rare
        label below 0), ``se``, ``lam``, ``unseen_rate`` (NaN, or, when the
        tagger's errors ``y - f`` are the same on every coded unit, the share
        of units whose errors may differ unseen, whose variance the interval
        then includes).

    Raises
    ------
    ValueError
        If ``y_coded`` and ``f_coded`` differ in length, fewer than two units
        are coded (no variance can be estimated: code more units), or ``lam``
        is not a number or "tuned".
    """
    y = np.asarray(y_coded, dtype=float)
    f = np.asarray(f_coded, dtype=float)
    g = np.asarray(f_uncoded, dtype=float)
    if y.shape != f.shape:
        raise ValueError(f"y_coded and f_coded must have the same length, got {len(y)} and {len(f)}.")
    n, big_n = len(y), len(g)
    if n < 2:
        raise ValueError(f"{n:,} coded {noun(n, 'unit')}: at least two are needed for an interval; code more units.")
    if isinstance(lam, str):
        if lam != "tuned":
            raise ValueError(f"lam must be a number or 'tuned', got {lam!r}")
        lam = _tuned_lambda(y, f, g)
    lam = float(lam)
    z = _z(ci)
    if big_n:
        est = lam * g.mean() + (y - lam * f).mean()
        # one uncoded unit: its variance cannot be estimated; a 0/1 label's is at most 0.25
        var = lam**2 * (g.var(ddof=1) if big_n > 1 else 0.25) / big_n
    else:
        est, var = y.mean(), 0.0
        lam = 0.0
    var += (y - lam * f).var(ddof=1) / n
    err = y - f
    bound = _unseen_rate(n, z) if lam > 0 and np.ptp(err) == 0 else np.nan
    if not np.isnan(bound):  # the tagger's errors did not vary on the coded units: not 0, only unseen (_unseen_rate)
        var += lam**2 * bound * (1.0 + abs(float(err[0]))) ** 2 / n
    se = float(np.sqrt(var))
    return {"n_coded": int(n), "n_uncoded": int(big_n), "estimate": min(1.0, max(0.0, float(est))),
            "ci_low": max(0.0, float(est - z * se)), "ci_high": min(1.0, float(est + z * se)),
            "se": se, "lam": lam, "unseen_rate": float(bound)}


def _unseen_rate(n: int, z: float) -> float:
    """The largest share of units that can differ from what all ``n`` coded units show, at the interval's level.

    When the tagger's errors ``y - f`` take one value on every coded unit (most often: the tagger and the coders
    agree on all of them), their sample variance is 0 and the interval would leave them out entirely (dogfood
    12bo-d: a corrected share of 6.4%, 95% CI 4.0-8.8%, from 13 coded sentences). Other errors are then only
    unseen: on up to the upper Wilson bound for 0 of ``n``, ``z**2 / (n + z**2)`` (23% for 13 units at 95%), each
    at most ``1 + |error|`` from the one seen; :func:`ppi_mean` adds that variance, times ``lam**2``.
    """
    return z**2 / (n + z**2)


def _tuned_lambda(y: np.ndarray, f: np.ndarray, g: np.ndarray) -> float:
    """PPI++ power tuning for the mean: cov(y, f) / ((1 + n/N) var(f)), clipped to [0, 1]."""
    n, big_n = len(y), len(g)
    if not big_n:
        return 0.0
    f_all = np.concatenate([f, g])
    vf = f_all.var(ddof=1) if len(f_all) > 1 else 0.0
    if vf == 0:
        return 0.0
    cov = float(np.cov(y, f, ddof=1)[0, 1])
    return float(np.clip(cov / ((1 + n / big_n) * vf), 0.0, 1.0))


def ppi_group_shares(units: pd.DataFrame, pred_col: str, code_col: str, group_col: str | None = None,
                     ci: float = 0.95, lam: float | str = 1.0) -> pd.DataFrame:
    """Naive and corrected shares per group, with n coded.

    Parameters
    ----------
    units : DataFrame
        One row per unit: ``pred_col`` (automated 0/1 label of every unit),
        ``code_col`` (hand code 0/1, NaN for units not coded) and, optionally,
        ``group_col``.
    pred_col, code_col : str
        Column names.
    group_col : str, optional
        Group column (None: one row for all units, group "(all)").
    ci, lam
        As in :func:`ppi_mean`; a number is scaled by the group's uncoded share ``N / (n + N)`` (see Notes).

    Returns
    -------
    DataFrame
        One row per group (sorted): ``group``, ``n_units``, ``n_coded``,
        ``naive``, ``naive_low``, ``naive_high``, ``corrected``,
        ``corrected_low``, ``corrected_high``, ``note`` ("no coded units:
        no corrected estimate", "1 coded unit: too few for an interval",
        "no variation in the tagger's errors on the k coded units (...): the interval allows for errors on up to
        X% of units, which k coded units cannot rule out" (see :func:`ppi_mean`), "no variation among the coded
        units: the interval is too narrow" (every unit of the group coded alike), or "").

    Raises
    ------
    ValueError
        If a column is missing, or a code or label is not 0/1.

    Notes
    -----
    The share estimated is that of the group's units, of which ``n`` are coded and ``N`` are not: the coded units count
    with their codes and the others with their corrected labels, ``(n * mean(y) + N * (mean(f_uncoded) + mean(y -
    f_coded))) / (n + N)``, which is :func:`ppi_mean` with ``lam = N / (n + N)``. With ``N`` much larger than ``n``
    this is the classic estimator; when most of a group is coded it is close to the coders' own share. The classic
    estimator put the whole weight on the uncoded units' mean label: a group of 13 sentences, 12 of them coded (no
    coder found the frame in any), whose one uncoded sentence the tagger labelled, got a corrected share of 91.7%
    "95% CI 75-100%" (dogfood 12bo-d, on the seeds' blind sample). ``lam="tuned"`` is left as tuned.
    """
    need = [pred_col, code_col] + ([group_col] if group_col else [])
    missing = [c for c in need if c not in units.columns]
    if missing:
        raise ValueError(f"units lacks {noun(len(missing), 'column')} {missing}; it has {list(units.columns)}.")
    codes = units[code_col].to_numpy(dtype=float)
    preds = units[pred_col].to_numpy(dtype=float)
    ok_codes = codes[~np.isnan(codes)]
    if not np.isin(ok_codes, [0, 1]).all() or not np.isin(preds, [0, 1]).all():
        raise ValueError(f"{pred_col!r} and {code_col!r} must hold 0/1 values (NaN in {code_col!r} for uncoded units).")
    groups = units[group_col].astype(str).to_numpy() if group_col else np.full(len(units), "(all)", dtype=object)
    rows = []
    for grp in sorted(set(groups)):
        m = groups == grp
        coded = m & ~np.isnan(codes)
        nv = naive_share(preds[m], ci=ci)
        row = {"group": grp, "n_units": int(m.sum()), "n_coded": int(coded.sum()), "naive": nv["estimate"],
               "naive_low": nv["ci_low"], "naive_high": nv["ci_high"], "corrected": np.nan,
               "corrected_low": np.nan, "corrected_high": np.nan, "note": ""}
        if coded.sum() == 0:
            row["note"] = "no coded units: no corrected estimate"
        elif coded.sum() == 1:
            row["note"] = "1 coded unit: too few for an interval"
        else:
            n_c, n_u = int(coded.sum()), int((m & np.isnan(codes)).sum())
            r = ppi_mean(codes[coded], preds[coded], preds[m & np.isnan(codes)], ci=ci,
                         lam=lam if isinstance(lam, str) else lam * n_u / (n_c + n_u))
            row.update(corrected=r["estimate"], corrected_low=r["ci_low"], corrected_high=r["ci_high"])
            if np.isfinite(r["unseen_rate"]):
                k = int(coded.sum())
                how = ("it agrees with the coders on all of them" if np.array_equal(codes[coded], preds[coded])
                       else "it errs the same way on all of them")
                row["note"] = (f"no variation in the tagger's errors on the {k:,} coded units ({how}): the interval "
                               f"allows for errors on up to {r['unseen_rate']:.0%} of units, which {k:,} coded units "
                               "cannot rule out")
            elif r["se"] == 0:
                row["note"] = "no variation among the coded units: the interval is too narrow"
        rows.append(row)
    return pd.DataFrame(rows)
