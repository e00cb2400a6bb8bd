"""Topic quality measured on the corpus itself: NPMI coherence and diversity.

NPMI (normalised pointwise mutual information, Bouma 2009; used for topic
coherence by Aletras & Stevenson 2013 and Lau et al. 2014) asks whether the top
words of a topic occur *together* in the same documents more often than chance.
Here a "document" is a unit of the corpus (a paragraph by default), so
co-occurrence means "in the same paragraph". For two words::

    P(w)      = D(w) / N            D(w): units that contain w, N: all units
    P(wi, wj) = D(wi, wj) / N       D(wi, wj): units that contain both
    NPMI      = log(P(wi, wj) / (P(wi) P(wj))) / -log P(wi, wj)

NPMI is 1 when the two words only ever occur together, 0 when they are
independent, and -1 by convention when they never co-occur. A topic's
coherence is the mean NPMI over all pairs of its top words.

Topic diversity (Dieng et al. 2020) is the share of distinct words among the
top words of all topics: 1 when no two topics share a top word, low when the
model repeats one theme.
"""
from __future__ import annotations

from itertools import combinations
from typing import Sequence

import numpy as np
import scipy.sparse as sp

__all__ = [
    "cooccurrence",
    "npmi",
    "topic_coherence",
    "topic_diversity",
]


def npmi(d_i: float, d_j: float, d_ij: float, n: float) -> float:
    """NPMI of two words from document counts.

    Parameters
    ----------
    d_i, d_j : float
        Number of units that contain each word (each > 0).
    d_ij : float
        Number of units that contain both (``0 <= d_ij <= min(d_i, d_j)``).
    n : float
        Number of units.

    Returns
    -------
    float
        NPMI in [-1, 1]: -1 when ``d_ij`` is 0; 1 when both words occur in
        every unit (``d_ij == n``), where the formula is 0/0.

    Raises
    ------
    ValueError
        If the counts are inconsistent (a word in no unit, more joint than
        single occurrences, or counts above ``n``).
    """
    if n <= 0 or d_i <= 0 or d_j <= 0 or d_i > n or d_j > n or d_ij < 0 or d_ij > min(d_i, d_j):
        raise ValueError(f"inconsistent document counts: d_i={d_i}, d_j={d_j}, d_ij={d_ij}, n={n}")
    if d_ij == 0:
        return -1.0
    if d_ij == n:
        return 1.0
    p_ij = d_ij / n
    pmi = np.log(p_ij / ((d_i / n) * (d_j / n)))
    return float(pmi / -np.log(p_ij))


def cooccurrence(X, term_ids: Sequence[int]) -> tuple[np.ndarray, np.ndarray, int]:
    """Unit frequencies and pairwise co-occurrence counts of some terms.

    Parameters
    ----------
    X : sparse matrix of shape (n_units, n_terms)
        Term counts (or any non-negative weights) per unit; only whether an
        entry is non-zero matters.
    term_ids : sequence of int
        Columns of ``X`` to count.

    Returns
    -------
    doc_freq : ndarray of shape (len(term_ids),)
        Units that contain each term.
    co : ndarray of shape (len(term_ids), len(term_ids))
        ``co[a, b]`` = units that contain both term ``a`` and term ``b``.
    n_units : int
        Number of rows of ``X``.
    """
    ids = np.asarray(term_ids, dtype=np.int64)
    sub = sp.csr_matrix(X)[:, ids]
    b = (sub != 0).astype(np.float64)
    co = np.asarray((b.T @ b).todense())
    return np.diag(co).copy(), co, int(X.shape[0])


def _nested(a: str, b: str) -> bool:
    ta, tb = set(a.split()), set(b.split())
    return ta <= tb or tb <= ta


def topic_coherence(
    topics: Sequence[Sequence[int]],
    X,
    terms: Sequence[str] | None = None,
    skip_nested: bool = True,
) -> np.ndarray:
    """Mean pairwise NPMI of each topic's top terms, counted in ``X``.

    Parameters
    ----------
    topics : sequence of sequences of int
        For each topic, the column ids of its top terms in ``X``.
    X : sparse matrix of shape (n_units, n_terms)
        Term counts per unit of the reference corpus (the corpus itself).
    terms : sequence of str, optional
        The vocabulary (column names of ``X``). Needed for ``skip_nested``.
    skip_nested : bool
        Skip pairs where one term's words are contained in the other's (e.g.
        ``afghan`` and ``afghan soil``): a bigram always co-occurs with its own
        words, which would inflate NPMI for models that list both.

    Returns
    -------
    ndarray of shape (len(topics),)
        Mean NPMI per topic; NaN for a topic with no pair left to score.

    Raises
    ------
    ValueError
        If a term id is out of range, a topic lists a term that occurs in no
        unit, or ``skip_nested`` is asked for without ``terms``.
    """
    if skip_nested and terms is None:
        raise ValueError("skip_nested=True needs the vocabulary: pass terms=")
    union = sorted({int(t) for topic in topics for t in topic})
    if union and (union[0] < 0 or union[-1] >= X.shape[1]):
        raise ValueError(f"term ids must be in [0, {X.shape[1]}), got {union[0]}..{union[-1]}")
    pos = {t: i for i, t in enumerate(union)}
    doc_freq, co, n = cooccurrence(X, union) if union else (np.zeros(0), np.zeros((0, 0)), X.shape[0])
    out = np.full(len(topics), np.nan)
    for k, topic in enumerate(topics):
        scores = []
        for a, b in combinations([int(t) for t in topic], 2):
            if skip_nested and _nested(terms[a], terms[b]):
                continue
            i, j = pos[a], pos[b]
            scores.append(npmi(doc_freq[i], doc_freq[j], co[i, j], n))
        if scores:
            out[k] = float(np.mean(scores))
    return out


def topic_diversity(topics: Sequence[Sequence]) -> float:
    """Share of distinct terms among the top terms of all topics.

    Parameters
    ----------
    topics : sequence of sequences
        Top terms (ids or strings) of each topic, the same number per topic.

    Returns
    -------
    float
        ``distinct / total`` in (0, 1]; NaN when there are no terms.
    """
    flat = [t for topic in topics for t in topic]
    if not flat:
        return float("nan")
    return len(set(flat)) / len(flat)
