"""Agreement between coders, and between an automated measure and the coders.

* :func:`krippendorff_alpha` (inter-coder agreement on one binary label; the
  ``krippendorff`` package, nominal level): ``None`` with a reason when it
  cannot be computed (fewer than two coders, no unit coded twice, or no
  variation at all).
* :func:`binary_scores`: precision, recall, F1 and Cohen's kappa of predicted
  against reference labels, with percentile bootstrap intervals over units.
* :func:`score_table`: :func:`binary_scores` for every label column, plus the
  micro average.
* :func:`category_scores`: accuracy, Cohen's kappa, per-category precision and
  recall of one label with several categories (e.g. negative / neutral /
  positive), and the Spearman correlation of a score with an ordered scale.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np
import pandas as pd

__all__ = ["binary_scores", "category_scores", "krippendorff_alpha", "score_table"]


def krippendorff_alpha(codes: pd.DataFrame) -> tuple[float | None, str]:
    """Krippendorff's alpha (nominal) for one label coded by several coders.

    Parameters
    ----------
    codes : DataFrame
        One row per coder, one column per unit; values 0/1, NaN where the
        coder did not code the unit.

    Returns
    -------
    (float or None, str)
        Alpha and ``""``; or ``None`` and the reason it cannot be computed
        ("only one coder", "no unit coded by two coders", "no variation in
        the codes").
    """
    import krippendorff

    if len(codes) < 2:
        return None, "only one coder: agreement cannot be computed"
    data = codes.to_numpy(dtype=float)
    paired = (~np.isnan(data)).sum(axis=0) >= 2
    if not paired.any():
        return None, "no unit coded by two coders: agreement cannot be computed"
    vals = data[:, paired]
    if np.unique(vals[~np.isnan(vals)]).size < 2:
        return None, "no variation in the codes (every coder gave every unit the same value)"
    return float(krippendorff.alpha(reliability_data=vals, level_of_measurement="nominal")), ""


def _prfk(tp, fp, fn, tn):
    """Vectorised precision, recall, F1, kappa from confusion counts (arrays)."""
    tp, fp, fn, tn = (np.asarray(x, dtype=float) for x in (tp, fp, fn, tn))
    n = tp + fp + fn + tn
    with np.errstate(invalid="ignore", divide="ignore"):
        p = tp / (tp + fp)
        r = tp / (tp + fn)
        f = 2 * tp / (2 * tp + fp + fn)
        po = (tp + tn) / n
        pe = ((tp + fp) * (tp + fn) + (fn + tn) * (fp + tn)) / n**2
        k = np.where(pe < 1, (po - pe) / (1 - pe), np.nan)
    return p, r, f, k


def binary_scores(reference: Sequence, predicted: Sequence, n_boot: int = 1000, ci: float = 0.95,
                  seed: int = 0) -> dict:
    """Precision, recall, F1 and Cohen's kappa, each with a bootstrap interval.

    Parameters
    ----------
    reference : sequence of bool
        The reference labels (the coders' consensus, or gold labels).
    predicted : sequence of bool
        The automated labels for the same units.
    n_boot : int
        Bootstrap resamples of units (0: no intervals).
    ci : float
        Interval coverage.
    seed : int
        Random seed of the resampling.

    Returns
    -------
    dict
        ``n``, ``support`` (reference positives), ``predicted`` (predicted
        positives), ``tp``, ``precision``, ``recall``, ``F1``, ``kappa`` and
        ``<score>_low``/``<score>_high`` for each (NaN where undefined, e.g.
        precision with no predicted positive).

    Raises
    ------
    ValueError
        If the lengths differ or ``ci`` is not in (0, 1).
    """
    y = np.asarray(reference, dtype=bool)
    p = np.asarray(predicted, dtype=bool)
    if y.shape != p.shape or y.ndim != 1:
        raise ValueError(f"reference and predicted must be 1-d and of equal length, got {y.shape} and {p.shape}.")
    if not 0 < ci < 1:
        raise ValueError(f"ci must be in (0, 1), got {ci!r}")
    cells = (y & p, ~y & p, y & ~p, ~y & ~p)
    out = {"n": int(len(y)), "support": int(y.sum()), "predicted": int(p.sum()), "tp": int(cells[0].sum())}
    for name, v in zip(("precision", "recall", "F1", "kappa"), _prfk(*(c.sum() for c in cells))):
        out[name] = float(v)
    if n_boot and len(y):
        rng = np.random.default_rng(seed)
        idx = rng.integers(0, len(y), size=(n_boot, len(y)))
        counts = [c[idx].sum(axis=1) for c in cells]
        a = (1 - ci) / 2
        for name, v in zip(("precision", "recall", "F1", "kappa"), _prfk(*counts)):
            ok = v[np.isfinite(v)]
            lo, hi = (np.quantile(ok, [a, 1 - a]) if len(ok) else (np.nan, np.nan))
            out[f"{name}_low"], out[f"{name}_high"] = float(lo), float(hi)
    return out


def score_table(reference: pd.DataFrame, predicted: pd.DataFrame, n_boot: int = 1000, seed: int = 0,
                micro: bool = True) -> pd.DataFrame:
    """:func:`binary_scores` per label column, and optionally the micro average over labels.

    Parameters
    ----------
    reference, predicted : DataFrame
        Same shape and columns (labels), booleans, rows aligned (units).
    n_boot, seed
        As in :func:`binary_scores`.
    micro : bool
        Add a row ``"(micro)"`` pooling every (unit, label) decision, its intervals from resampling units (each
        with all its labels: the decisions on one unit are not independent).

    Returns
    -------
    DataFrame
        One row per label (``label`` column first), in column order.

    Raises
    ------
    ValueError
        If the columns or the number of rows differ.
    """
    if list(reference.columns) != list(predicted.columns) or len(reference) != len(predicted):
        raise ValueError("reference and predicted must have the same columns and rows; align them first.")
    rows = []
    for col in reference.columns:
        rows.append({"label": col, **binary_scores(reference[col].to_numpy(), predicted[col].to_numpy(),
                                                  n_boot=n_boot, seed=seed)})
    if micro and len(reference.columns):
        ref, pred = reference.to_numpy(dtype=bool), predicted.to_numpy(dtype=bool)
        row = {"label": "(micro)", **binary_scores(ref.ravel(), pred.ravel(), n_boot=0)}
        if n_boot and len(ref):  # dogfood 12bo-d: the report's key finding gave the micro F1 without an interval
            cells = [c.sum(axis=1) for c in (ref & pred, ~ref & pred, ref & ~pred, ~ref & ~pred)]  # per unit
            idx = np.random.default_rng(seed).integers(0, len(ref), size=(n_boot, len(ref)))
            for name, v in zip(("precision", "recall", "F1", "kappa"), _prfk(*(c[idx].sum(axis=1) for c in cells))):
                ok = v[np.isfinite(v)]
                lo, hi = np.quantile(ok, [0.025, 0.975]) if len(ok) else (np.nan, np.nan)
                row[f"{name}_low"], row[f"{name}_high"] = float(lo), float(hi)
        rows.append(row)
    return pd.DataFrame(rows)


def _category_point(ref: np.ndarray, pred: np.ndarray, values, categories: Sequence, scale) -> dict:
    """Scores of one (re)sample: accuracy, kappa, Spearman (when ``values`` and ``scale`` are given), P/R per category."""
    po = float((ref == pred).mean())
    pe = sum(float((ref == c).mean()) * float((pred == c).mean()) for c in categories)
    out = {"accuracy": po, "kappa": (po - pe) / (1 - pe) if pe < 1 else np.nan}
    if values is not None and scale is not None:
        from scipy.stats import spearmanr

        coded = np.array([scale[c] for c in ref], dtype=float)
        out["spearman"] = float(spearmanr(values, coded).statistic) if len(set(coded)) > 1 else np.nan
    for c in categories:
        hit = float(((pred == c) & (ref == c)).sum())
        out[f"precision_{c}"] = hit / (pred == c).sum() if (pred == c).any() else np.nan
        out[f"recall_{c}"] = hit / (ref == c).sum() if (ref == c).any() else np.nan
    return out


def category_scores(reference: Sequence, predicted: Sequence, categories: Sequence, values: Sequence | None = None,
                    scale: dict | None = None, n_boot: int = 1000, ci: float = 0.95, seed: int = 0) -> dict:
    """Agreement of predicted with reference categories, each score with a bootstrap interval over units.

    Parameters
    ----------
    reference, predicted : sequence of str
        The reference category of each unit (a coder's, or the coders' consensus) and the automated one.
    categories : sequence of str
        Every category (e.g. ``("negative", "neutral", "positive")``).
    values : sequence of float, optional
        The automated score behind ``predicted`` (e.g. VADER's compound), for a Spearman correlation with the
        reference placed on ``scale``.
    scale : dict, optional
        Category -> number (e.g. ``{"negative": -1, "neutral": 0, "positive": 1}``); needed with ``values``.
    n_boot : int
        Bootstrap resamples of units (0: no intervals).
    ci : float
        Interval coverage.
    seed : int
        Random seed of the resampling.

    Returns
    -------
    dict
        ``n``, ``reference_counts`` and ``predicted_counts`` (per category), and for ``accuracy``, ``kappa``
        (Cohen's), ``spearman`` (with ``values``) and ``precision_<c>``/``recall_<c>`` per category a dict
        ``{"estimate": float or None, "ci": [low, high] or None}``, rounded to three decimals (None where
        undefined, e.g. the precision of a category never predicted).

    Raises
    ------
    ValueError
        If the lengths differ, a label is not in ``categories``, ``values`` comes without ``scale``, or ``ci``
        is not in (0, 1).
    """
    ref, pred = np.asarray(reference, dtype=object), np.asarray(predicted, dtype=object)
    if ref.shape != pred.shape or ref.ndim != 1:
        raise ValueError(f"reference and predicted must be 1-d and of equal length, got {ref.shape} and {pred.shape}.")
    unknown = sorted({str(x) for x in np.concatenate([ref, pred])} - {str(c) for c in categories})
    if unknown:
        raise ValueError(f"labels {unknown} are not among the categories {list(categories)}: fix the sheet or the list")
    if values is not None and scale is None:
        raise ValueError("values needs a scale (category -> number) to be correlated with the reference")
    if not 0 < ci < 1:
        raise ValueError(f"ci must be in (0, 1), got {ci!r}")
    vals = None if values is None else np.asarray(values, dtype=float)
    out = {"n": int(len(ref)), "reference_counts": {c: int((ref == c).sum()) for c in categories},
           "predicted_counts": {c: int((pred == c).sum()) for c in categories}}
    if not len(ref):
        return out
    point = _category_point(ref, pred, vals, categories, scale)
    boots = []
    if n_boot:
        rng = np.random.default_rng(seed)
        for _ in range(n_boot):
            i = rng.integers(0, len(ref), len(ref))
            boots.append(_category_point(ref[i], pred[i], None if vals is None else vals[i], categories, scale))
    a = (1 - ci) / 2
    for k, v in point.items():
        b = np.array([x[k] for x in boots], dtype=float)
        b = b[np.isfinite(b)]
        out[k] = {"estimate": None if not np.isfinite(v) else round(float(v), 3),
                  "ci": [round(float(q), 3) for q in np.quantile(b, [a, 1 - a])] if len(b) else None}
    return out
