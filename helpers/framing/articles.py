"""When does an article "use" a frame? An article-level rule on top of the sentence tagger.

Sentence cues are many and noisy: one cue word in a long article rarely means
that the article is framed that way. The rule used here is: an article uses a
frame when its cue score reaches ``article_min_cues`` (each codebook entry may
set it; the default is :data:`DEFAULT_MIN_CUES`). The score sums, over the
distinct counted cues of the frame in the article, each cue's occurrences
capped at ``article_cue_cap`` (default :data:`DEFAULT_CUE_CAP` = 1: distinct
cues). Distinct cues rather than sentences, because a frame that an article
develops shows up in several different words, while one word repeated many
times is often a topic term; a cap of 2 lets a cue that comes back once more
count a little more (on ``frames-dev`` this helped every frame except human
interest, whose cues are common words such as "I" or "family" whose
repetition marks a style more than a frame). Caps and thresholds in
``generic_frames.yaml`` were chosen on the development split of the corpus
``frames-dev`` (:func:`hash_split`; see ``benchmarks/bench_framing.py``, which
scores the held-out split beside it), not on the seeds.
"""
from __future__ import annotations

import hashlib
from typing import Iterable, Mapping

import numpy as np
import pandas as pd

from .tagger import frame_index

__all__ = ["DEFAULT_CUE_CAP", "DEFAULT_MIN_CUES", "HELD_OUT", "DEVELOPMENT", "article_cue_counts", "codebook_cue_caps",
           "article_frame_use", "codebook_thresholds", "fit_min_cues", "hash_split"]

DEFAULT_MIN_CUES = 3
"""Cue score an article needs to use a frame when its entry sets no ``article_min_cues``."""
DEFAULT_CUE_CAP = 1
"""Occurrences of one cue counted in the article score when the entry sets no ``article_cue_cap``."""
DEVELOPMENT = "development"
HELD_OUT = "held-out"


def article_cue_counts(frames: pd.DataFrame, docs: pd.Index | list, codebooks: Mapping[str, dict],
                       doc_col: str = "doc_id") -> pd.DataFrame:
    """Cue score per article and frame: distinct counted cues, each weighted by its occurrences up to a cap.

    Parameters
    ----------
    frames : DataFrame
        From :func:`helpers.framing.tagger.tag_frames` (needs ``doc_col``, ``family``,
        ``frame``, ``cues``, ``counted``).
    docs : Index or list
        Every article id (articles without any cue get zeros).
    codebooks : mapping of str to dict
        The frame codebooks (column order, and each entry's
        ``article_cue_cap``; see :func:`codebook_cue_caps`).
    doc_col : str
        Article id column of ``frames``.

    Returns
    -------
    DataFrame
        Index ``docs``; one integer column per ``(family, frame)`` (a
        MultiIndex on the columns), in codebook order. With every cap at 1
        (the default) the score is the number of distinct cues.

    Raises
    ------
    ValueError
        If ``frames`` lacks ``doc_col``, or a cap is not a positive integer.
    """
    if doc_col not in frames.columns:
        raise ValueError(f"frames has no {doc_col!r} column; pass keep=({doc_col!r},) to tag_frames.")
    idx = frame_index(codebooks)
    cols = pd.MultiIndex.from_arrays([idx["family"], idx["frame"]], names=["family", "frame"])
    d = frames.loc[frames["counted"], [doc_col, "family", "frame", "cues"]].copy()
    d["cue"] = d["cues"].str.replace(r" \+ .*$", "", regex=True).str.split("; ")
    d = d.explode("cue")
    d = d[d["cue"].notna() & (d["cue"] != "")]
    d["cue"] = d["cue"].str.lower()
    caps = codebook_cue_caps(codebooks)
    per_cue = d.groupby([doc_col, "family", "frame", "cue"], sort=False).size().rename("n").reset_index()
    cap = caps.reindex(pd.MultiIndex.from_arrays([per_cue["family"], per_cue["frame"]])).fillna(DEFAULT_CUE_CAP)
    per_cue["n"] = np.minimum(per_cue["n"].to_numpy(), cap.to_numpy().astype(np.int64))
    cnt = per_cue.groupby([doc_col, "family", "frame"], sort=False)["n"].sum()
    out = cnt.unstack(["family", "frame"], fill_value=0) if len(cnt) else pd.DataFrame(index=pd.Index([], name=doc_col))
    out = out.reindex(index=pd.Index(list(docs), name=doc_col), columns=cols, fill_value=0)
    return out.fillna(0).astype(np.int64)


def _entry_ints(codebooks: Mapping[str, dict], key: str, default: int) -> pd.Series:
    idx = frame_index(codebooks)
    vals = []
    for fam, fr in zip(idx["family"], idx["frame"]):
        v = codebooks[fam]["entries"][fr].get(key, default)
        if isinstance(v, bool) or not isinstance(v, int) or v < 1:
            raise ValueError(f"codebook {fam!r} entry {fr!r}: {key} must be a positive integer, got {v!r}; "
                             f"fix the entry in the codebook file.")
        vals.append(v)
    return pd.Series(vals, index=pd.MultiIndex.from_arrays([idx["family"], idx["frame"]]), name=key)


def codebook_cue_caps(codebooks: Mapping[str, dict]) -> pd.Series:
    """The ``article_cue_cap`` of every (family, frame), :data:`DEFAULT_CUE_CAP` when unset.

    Parameters
    ----------
    codebooks : mapping of str to dict
        Loaded frame codebooks.

    Returns
    -------
    Series
        Positive integers indexed by ``(family, frame)``: how many
        occurrences of one cue count in an article's score.

    Raises
    ------
    ValueError
        If an entry's ``article_cue_cap`` is not a positive integer.
    """
    return _entry_ints(codebooks, "article_cue_cap", DEFAULT_CUE_CAP)


def codebook_thresholds(codebooks: Mapping[str, dict]) -> pd.Series:
    """The ``article_min_cues`` of every (family, frame), :data:`DEFAULT_MIN_CUES` when unset.

    Raises
    ------
    ValueError
        If an entry's ``article_min_cues`` is not a positive integer.
    """
    return _entry_ints(codebooks, "article_min_cues", DEFAULT_MIN_CUES)


def article_frame_use(counts: pd.DataFrame, thresholds: pd.Series) -> pd.DataFrame:
    """Apply the rule: an article uses a frame when its cue score reaches the frame's threshold.

    Parameters
    ----------
    counts : DataFrame
        From :func:`article_cue_counts`.
    thresholds : Series
        Minimum cue score per column of ``counts`` (e.g. from
        :func:`codebook_thresholds` or :func:`fit_min_cues`).

    Returns
    -------
    DataFrame
        Booleans, same shape as ``counts``.

    Raises
    ------
    ValueError
        If a column of ``counts`` has no threshold.
    """
    missing = [c for c in counts.columns if c not in thresholds.index]
    if missing:
        raise ValueError(f"no threshold for {missing[:3]}; give one per column of counts.")
    return counts.ge(thresholds.reindex(counts.columns).to_numpy(), axis=1)


def fit_min_cues(counts: pd.Series | np.ndarray, gold: pd.Series | np.ndarray, max_cues: int = 30) -> int:
    """The threshold (cue score) that maximises F1 against article labels.

    Parameters
    ----------
    counts : array-like of int
        Cue score of one frame per article (from :func:`article_cue_counts`).
    gold : array-like of bool
        Whether each article uses the frame (hand labels).
    max_cues : int
        Largest threshold tried.

    Returns
    -------
    int
        The best threshold in ``1..max_cues``; ties go to the smaller one.

    Raises
    ------
    ValueError
        If lengths differ or there are no articles.
    """
    c = np.asarray(counts, dtype=float)
    y = np.asarray(gold, dtype=bool)
    if c.shape != y.shape or not len(c):
        raise ValueError(f"counts and gold must be non-empty and of equal length, got {c.shape} and {y.shape}.")
    ts = np.arange(1, max_cues + 1)
    pred = c[None, :] >= ts[:, None]
    tp = (pred & y).sum(axis=1)
    f1 = np.where(tp > 0, 2 * tp / (pred.sum(axis=1) + y.sum()), 0.0)
    return int(ts[int(np.argmax(f1))])


def hash_split(ids: Iterable, parts: int = 2) -> pd.Series:
    """A fixed development / held-out split of coded units by a hash of their id.

    A unit is held out when the SHA-256 digest of its id (as text, UTF-8),
    read as an integer, leaves remainder ``parts - 1`` when divided by
    ``parts``: about one unit in ``parts``. The split depends only on each
    id, not on the order, the number of units or a random seed, so it is the
    same on every machine and a unit added later does not move the others.
    Tune cues and thresholds on the development units only and report the
    held-out ones beside them.

    Parameters
    ----------
    ids : iterable
        Unit ids (e.g. ``doc_id``); converted to ``str``.
    parts : int
        One unit in ``parts`` (on average) is held out; at least 2.

    Returns
    -------
    Series
        Index ``ids`` (as given), values :data:`DEVELOPMENT` or
        :data:`HELD_OUT`.

    Raises
    ------
    ValueError
        If ``parts`` is not an integer of at least 2.
    """
    if isinstance(parts, bool) or not isinstance(parts, (int, np.integer)) or parts < 2:
        raise ValueError(f"parts must be an integer >= 2 (one unit in `parts` is held out), got {parts!r}.")
    ids = list(ids)
    held = [int(hashlib.sha256(str(i).encode("utf-8")).hexdigest(), 16) % parts == parts - 1 for i in ids]
    return pd.Series(np.where(held, HELD_OUT, DEVELOPMENT), index=pd.Index(ids), name="split", dtype=object)
