"""The tagger against hand-coded sentences: the coded sample, label matrices, precision, recall and F1."""
from __future__ import annotations

from pathlib import Path
from typing import Mapping

import numpy as np
import pandas as pd

from ..core.wording import noun
from .codebooks import (
    MIN_SUPPORT,
    frame_index,
)
from .cues import find_cues
from .tagger import tag_frames

__all__ = ["VALIDATION_COLUMNS", "coded_families", "label_matrix", "load_validation_sample", "micro_average", "predicted_matrix", "prf_table", "share_validation", "validate_tagger", "NEVER_CHECKED", "NOT_VALIDATED"]


# --------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------

VALIDATION_COLUMNS = ("doc_id", "sentence", "coder_notes")


def load_validation_sample(path: str | Path, codebooks: Mapping[str, dict]) -> pd.DataFrame:
    """Read the hand-coded sentences and check their labels against the codebooks.

    Parameters
    ----------
    path : str or Path
        CSV with ``doc_id``, ``sentence``, ``coder_notes`` and one column per
        frame family (named like the codebook, e.g. ``policy_frames``) holding
        ";"-separated frame ids (empty for none).
    codebooks : mapping of str to dict
        The frame codebooks. A family without a column was not coded (a study's sample adopted from coders'
        sheets of one measure, ``python -m helpers.validation adopt``): it is not scored; at least one must have
        a column.

    Returns
    -------
    DataFrame
        The sample as read (label columns as strings, "" for none).

    Raises
    ------
    ValueError
        For a missing column, an empty sample, or a label that is not an entry
        of its codebook (named with its row).
    """
    from ..core.paths import resolve_path

    p = resolve_path(path)
    if not p.is_file():
        raise ValueError(f"validation sample {str(p)!r} not found.")
    df = pd.read_csv(p, dtype=str, keep_default_na=False)
    need = list(VALIDATION_COLUMNS) + list(codebooks)
    missing = [c for c in VALIDATION_COLUMNS if c not in df.columns]
    if missing or not coded_families(df, codebooks):
        missing = [c for c in need if c not in df.columns]
        raise ValueError(f"{p}: missing {noun(len(missing), 'column')} {missing}; expected {need} (a family not "
                         "coded may be left out, but at least one must be there).")
    if df.empty:
        raise ValueError(f"{p}: the validation sample has no rows.")
    for fam, cb in coded_families(df, codebooks).items():
        for i, cell in enumerate(df[fam]):
            bad = [lab for lab in _labels(cell) if lab not in cb["entries"]]
            if bad:
                raise ValueError(f"{p}: row {i + 2}: {fam} {noun(len(bad), 'label')} {bad} {noun(len(bad), 'is', 'are')} not entries of {cb['path']}.")
    return df


def coded_families(sample: pd.DataFrame, codebooks: Mapping[str, dict]) -> dict:
    """The codebooks of ``codebooks`` whose family has a column in ``sample`` (the families it codes).

    Parameters
    ----------
    sample : DataFrame
        A hand-coded sample (:func:`load_validation_sample`).
    codebooks : mapping of str to dict
        The frame codebooks.

    Returns
    -------
    dict
        Family name to codebook, in the order of ``codebooks``.
    """
    return {f: cb for f, cb in codebooks.items() if f in sample.columns}


def _labels(cell: str) -> list[str]:
    return [x.strip() for x in str(cell).split(";") if x.strip()]


def label_matrix(sample: pd.DataFrame, codebooks: Mapping[str, dict]) -> pd.DataFrame:
    """Hand-coded labels as a boolean matrix.

    Parameters
    ----------
    sample : DataFrame
        The hand-coded sample: one column per codebook family, each cell the frame labels separated by ";".
    codebooks : mapping of str to dict
        Loaded frame codebooks (their residual entries included as columns).

    Returns
    -------
    DataFrame of bool
        Rows = the rows of ``sample``; columns = (family, frame) MultiIndex; True where the coder gave the label.
    """
    idx = frame_index(codebooks, include_residual=True)
    cols = pd.MultiIndex.from_arrays([idx["family"], idx["frame"]], names=["family", "frame"])
    mat = pd.DataFrame(False, index=sample.index, columns=cols)
    for fam in codebooks:
        for i, cell in zip(sample.index, sample[fam]):
            for lab in _labels(cell):
                mat.loc[i, (fam, lab)] = True
    return mat


def predicted_matrix(frames: pd.DataFrame, n_units: int, codebooks: Mapping[str, dict]) -> pd.DataFrame:
    """Counted tagger labels as a boolean matrix.

    Parameters
    ----------
    frames : DataFrame
        Rows of :func:`tag_frames` with ``unit``, ``family``, ``frame`` and ``counted``.
    n_units : int
        Number of units; rows are the unit positions 0..n_units-1.
    codebooks : mapping of str to dict
        Loaded frame codebooks (their residual entries included as columns).

    Returns
    -------
    DataFrame of bool
        Columns = (family, frame) MultiIndex; True where a counted row gives the unit that frame.
    """
    idx = frame_index(codebooks, include_residual=True)
    cols = pd.MultiIndex.from_arrays([idx["family"], idx["frame"]], names=["family", "frame"])
    mat = pd.DataFrame(False, index=pd.RangeIndex(n_units), columns=cols)
    c = frames[frames["counted"] & frames["family"].isin(list(codebooks))]
    for u, fam, fr in zip(c["unit"], c["family"], c["frame"]):
        mat.loc[u, (fam, fr)] = True
    return mat


def prf_table(gold: pd.DataFrame, pred: pd.DataFrame, codebooks: Mapping[str, dict] | None = None,
              min_support: int = MIN_SUPPORT) -> pd.DataFrame:
    """Precision, recall and F1 per label, with support and a validation status.

    Parameters
    ----------
    gold, pred : DataFrame of bool
        Same shape, index and columns: rows are units, columns are
        ``(family, frame)`` labels.
    codebooks : mapping of str to dict, optional
        When given, residual entries are marked "not tagged (residual)".
    min_support : int
        Frames with fewer hand-coded positives are marked "low support".

    Returns
    -------
    DataFrame
        One row per label: ``family``, ``frame``, ``support`` (hand-coded
        positives), ``predicted``, ``tp``, ``fp``, ``fn``, ``precision``,
        ``recall``, ``F1`` (NaN when undefined: no prediction, no support) and
        ``status``: "validated", "low support (<N)" or "unvalidated" (no
        hand-coded positive, so recall is unknown).

    Raises
    ------
    ValueError
        If ``gold`` and ``pred`` do not have the same shape and labels.
    """
    if gold.shape != pred.shape or not gold.columns.equals(pred.columns):
        raise ValueError(f"gold and pred must have the same labels and rows; got {gold.shape} and {pred.shape}.")
    g = gold.to_numpy(dtype=bool)
    p = pred.to_numpy(dtype=bool)
    tp = (g & p).sum(axis=0)
    fp = (~g & p).sum(axis=0)
    fn = (g & ~p).sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        precision = np.where(tp + fp > 0, tp / (tp + fp), np.nan)
        recall = np.where(tp + fn > 0, tp / (tp + fn), np.nan)
        f1 = np.where((tp + fp > 0) & (tp + fn > 0), 2 * tp / (2 * tp + fp + fn), np.nan)
    support = tp + fn
    residual = set()
    if codebooks is not None:
        residual = {(f, e) for f, cb in codebooks.items() for e, en in cb["entries"].items() if en.get("residual")}
    status = []
    for (fam, fr), s in zip(gold.columns, support):
        if (fam, fr) in residual:
            status.append("not tagged (residual)")
        elif s == 0:
            status.append("unvalidated")
        elif s < min_support:
            status.append(f"low support (<{min_support})")
        else:
            status.append("validated")
    return pd.DataFrame(
        {
            "family": [c[0] for c in gold.columns],
            "frame": [c[1] for c in gold.columns],
            "support": support.astype("int64"),
            "predicted": (tp + fp).astype("int64"),
            "tp": tp.astype("int64"),
            "fp": fp.astype("int64"),
            "fn": fn.astype("int64"),
            "precision": precision,
            "recall": recall,
            "F1": f1,
            "status": status,
        }
    )


NOT_VALIDATED = "not validated on this corpus"
NEVER_CHECKED = "not checked on any text (the study's own codebook)"
"""The validation cell of a study's own codebook that no coded sample checks: unlike the shared codebooks, checked
on other corpora, its cues have been read against no text at all (review s81-E)."""
"""The validation cell of a frame that no coded sample of this corpus codes."""


def share_validation(keys, metrics: pd.DataFrame | None, basis: str = "", unchecked=()) -> list[str]:
    """The ``validation`` cell of each frame share: what the coded sample of this corpus says of its frame.

    A frame of a family the sample does not code is :data:`NOT_VALIDATED` (review s78-B: a sample of generic frames
    took the caveat off the policy and Entman frames nobody coded); a checked frame gives its score and support
    ("checked here (blind coders): F1 0.21 on 14 coded examples"), not the bare word "validated" a reader takes for "found good".

    Parameters
    ----------
    keys : iterable of (str, str)
        ``(family, frame)`` of each share row.
    metrics : DataFrame or None
        :func:`prf_table` of this corpus's coded sample (``family``, ``frame``, ``status``, ``F1``, ``support``);
        None or empty when there is none.
    basis : str, default ""
        What the sample is, in brackets after "checked here" ("in-sample", "blind coders").
    unchecked : collection of str, default ()
        Families checked on no text at all (a study's own codebooks): their frames without a coded example are
        :data:`NEVER_CHECKED` rather than :data:`NOT_VALIDATED`.

    Returns
    -------
    list of str
    """
    rows = {} if metrics is None or not len(metrics) else {
        (r.family, r.frame): r for r in metrics.itertuples()}
    out = []
    for k in keys:
        r = rows.get(tuple(k))
        if r is None:
            out.append(NEVER_CHECKED if tuple(k)[0] in set(unchecked) else NOT_VALIDATED)
        elif r.status == "validated":
            f1 = "n/a" if r.F1 != r.F1 else f"{r.F1:.2f}"
            out.append(f"checked here{f' ({basis})' if basis else ''}: F1 {f1} on {r.support} coded examples")
        elif r.status.startswith("low support"):  # review s80-C: "low support" hid that the tagger found none of 3
            found = f"; the tagger found {int(r.tp)} of {int(r.support)}" if hasattr(r, "tp") else ""
            out.append(f"{r.status}{found}")
        else:
            out.append(r.status)
    return out


def micro_average(table: pd.DataFrame) -> pd.DataFrame:
    """Micro-averaged precision, recall and F1 per family over the frames coded or tagged in the sample.

    A frame with no hand-coded example but a false positive counts: the tagger fired where the coder saw no such
    frame (review s80-C: leaving it out raised notebook 03's micro precision to 0.667 where the command line's
    scores, counting it, gave 0.60 on the same sentences).

    Parameters
    ----------
    table : DataFrame
        From :func:`prf_table`.

    Returns
    -------
    DataFrame
        ``family``, ``frames`` (with support), ``support``, ``tp``, ``fp``,
        ``fn``, ``precision``, ``recall``, ``F1``; a family with no hand-coded example has no row.
    """
    rows = []
    for fam, sub in table[(table["support"] > 0) | (table["fp"] > 0)].groupby("family", sort=False):
        if not (sub["support"] > 0).any():
            continue
        tp, fp, fn = int(sub["tp"].sum()), int(sub["fp"].sum()), int(sub["fn"].sum())
        rows.append({
            "family": fam, "frames": int((sub["support"] > 0).sum()), "support": int(sub["support"].sum()),
            "tp": tp, "fp": fp, "fn": fn,
            "precision": tp / (tp + fp) if tp + fp else np.nan,
            "recall": tp / (tp + fn) if tp + fn else np.nan,
            "F1": 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else np.nan,
        })
    return pd.DataFrame(rows, columns=["family", "frames", "support", "tp", "fp", "fn", "precision", "recall", "F1"])


def validate_tagger(
    sample: pd.DataFrame,
    codebooks: Mapping[str, dict],
    actors: dict | None = None,
    negation: dict | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Tag the hand-coded sentences and compare with the hand codes.

    Each sample sentence is tagged on its own (its own paragraph), so the
    result does not depend on how a corpus is segmented.

    Parameters
    ----------
    sample : DataFrame
        From :func:`load_validation_sample`.
    codebooks : mapping of str to dict
        The frame codebooks.
    actors, negation : dict, optional
        As for :func:`find_cues`.

    Returns
    -------
    metrics : DataFrame
        :func:`prf_table` of the tagger against the hand codes, for the families the sample codes
        (:func:`coded_families`).
    disagreements : DataFrame
        One row per sample sentence and label where tagger and coder differ:
        ``doc_id``, ``sentence``, ``family``, ``frame``, ``error`` ("missed"
        or "false positive"), ``cues`` (the tagger's evidence, for false
        positives) and ``coder_notes``.
    """
    units = sample.reset_index(drop=True)[["doc_id", "sentence"]].rename(columns={"sentence": "text"})
    cues = find_cues(units, codebooks, actors=actors, negation=negation)
    frames = tag_frames(units, cues, codebooks, keep=("doc_id",))
    coded = coded_families(sample, codebooks)  # a family the sample does not code is not scored
    gold = label_matrix(sample.reset_index(drop=True), coded)
    pred = predicted_matrix(frames, len(units), coded)
    metrics = prf_table(gold, pred, coded)
    ev = frames[frames["counted"]].set_index(["unit", "family", "frame"])["cues"]
    rows = []
    g, p = gold.to_numpy(), pred.to_numpy()
    for j, (fam, fr) in enumerate(gold.columns):
        for i in np.flatnonzero(g[:, j] != p[:, j]):
            rows.append({
                "doc_id": sample["doc_id"].iloc[i], "sentence": sample["sentence"].iloc[i], "family": fam,
                "frame": fr, "error": "missed" if g[i, j] else "false positive",
                "cues": ev.get((i, fam, fr), ""), "coder_notes": sample["coder_notes"].iloc[i],
            })
    dis = pd.DataFrame(rows, columns=["doc_id", "sentence", "family", "frame", "error", "cues", "coder_notes"])
    return metrics, dis


