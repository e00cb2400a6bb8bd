"""Supervised option per label: a small classifier trained on a coded sample, used only where it beats the lexicon.

For each label, a logistic regression on TF-IDF word features plus the
tagger's cue features (the number of the label's counted cues in the unit) is
evaluated by stratified cross-validation on the coded units, beside the
lexicon's own labels on the same units. The label keeps whichever has the
higher cross-validated F1 (ties keep the lexicon, which needs no training
data). Labels with fewer coded positives (or negatives) than folds keep the
lexicon and say so. Everything is deterministic given ``seed``.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np
import pandas as pd

__all__ = ["compare_per_label", "fit_predict"]

MIN_CLASS = 5
"""Coded positives and negatives a label needs for the supervised option (one per fold)."""


def _model(seed: int, min_df: int = 1):
    from sklearn.compose import ColumnTransformer
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import FunctionTransformer

    feats = ColumnTransformer([
        ("words", TfidfVectorizer(ngram_range=(1, 2), min_df=min_df, sublinear_tf=True), "text"),
        ("cues", FunctionTransformer(np.log1p), ["cues"]),
    ])
    return make_pipeline(feats, LogisticRegression(class_weight="balanced", max_iter=2000, random_state=seed))


def _f1(y: np.ndarray, p: np.ndarray) -> float:
    tp = int((y & p).sum())
    return 2 * tp / (int(y.sum()) + int(p.sum())) if tp else 0.0


def _check(texts, cues, lexicon, codes):
    n = len(texts)
    if not (len(cues) == len(lexicon) == len(codes) == n):
        raise ValueError(f"texts, cues, lexicon and codes must have the same rows, got "
                         f"{n}, {len(cues)}, {len(lexicon)}, {len(codes)}.")
    if list(cues.columns) != list(codes.columns) or list(lexicon.columns) != list(codes.columns):
        raise ValueError("cues, lexicon and codes must have the same label columns, in the same order.")


def compare_per_label(texts: Sequence[str], cues: pd.DataFrame, lexicon: pd.DataFrame, codes: pd.DataFrame,
                      folds: int = 5, seed: int = 0) -> pd.DataFrame:
    """Cross-validated F1 of the lexicon and of the supervised model, per label, and the choice.

    Parameters
    ----------
    texts : sequence of str
        Text of each coded unit.
    cues : DataFrame
        Counted cues of each label per unit (rows aligned with ``texts``).
    lexicon : DataFrame
        The lexicon's 0/1 labels (same rows and columns).
    codes : DataFrame
        The coders' 0/1 labels (same rows and columns).
    folds : int
        Cross-validation folds (stratified, shuffled with ``seed``).
    seed : int
        Seed of the folds and the model.

    Returns
    -------
    DataFrame
        One row per label: ``label``, ``n``, ``positives``, ``lexicon_F1``
        (on all coded units: the lexicon is not trained), ``supervised_F1``
        (cross-validated; NaN when too few positives), ``use``
        ("lexicon" or "supervised") and ``note``.

    Raises
    ------
    ValueError
        If rows or columns do not match or ``folds`` < 2.
    """
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    _check(texts, cues, lexicon, codes)
    if folds < 2:
        raise ValueError(f"folds must be at least 2, got {folds!r}")
    rows = []
    for lab in codes.columns:
        y = codes[lab].to_numpy().astype(bool)
        lex = lexicon[lab].to_numpy().astype(bool)
        row = {"label": lab, "n": len(y), "positives": int(y.sum()), "lexicon_F1": _f1(y, lex),
               "supervised_F1": np.nan, "use": "lexicon", "note": ""}
        if min(y.sum(), (~y).sum()) < max(folds, MIN_CLASS):
            row["note"] = f"fewer than {max(folds, MIN_CLASS)} coded positives or negatives: lexicon kept"
        else:
            X = pd.DataFrame({"text": list(texts), "cues": cues[lab].to_numpy(dtype=float)})
            cv = StratifiedKFold(folds, shuffle=True, random_state=seed)
            p = cross_val_predict(_model(seed), X, y, cv=cv).astype(bool)
            row["supervised_F1"] = _f1(y, p)
            if row["supervised_F1"] > row["lexicon_F1"]:
                row["use"] = "supervised"
        rows.append(row)
    return pd.DataFrame(rows)


def fit_predict(train_texts: Sequence[str], train_cues: pd.DataFrame, train_codes: pd.DataFrame,
                texts: Sequence[str], cues: pd.DataFrame, lexicon: pd.DataFrame, choice: pd.DataFrame,
                seed: int = 0) -> pd.DataFrame:
    """Labels for new units: the lexicon's, or for labels where ``choice`` says "supervised", the model's.

    Parameters
    ----------
    train_texts, train_cues, train_codes
        The coded units (as for :func:`compare_per_label`).
    texts, cues, lexicon
        The units to label, their cue counts and lexicon labels.
    choice : DataFrame
        From :func:`compare_per_label` (``label``, ``use``).
    seed : int
        Seed of the model.

    Returns
    -------
    DataFrame
        0/1 labels, same shape as ``lexicon``.
    """
    _check(train_texts, train_cues, train_codes, train_codes)
    out = lexicon.copy().astype(int)
    for lab in choice.loc[choice["use"] == "supervised", "label"]:
        m = _model(seed).fit(pd.DataFrame({"text": list(train_texts), "cues": train_cues[lab].to_numpy(dtype=float)}),
                             train_codes[lab].to_numpy().astype(bool))
        out[lab] = m.predict(pd.DataFrame({"text": list(texts), "cues": cues[lab].to_numpy(dtype=float)})).astype(int)
    return out
