"""Distinctive vocabulary: log-odds ratios with an informative Dirichlet prior.

Implements the "Fightin' Words" statistic of B. L. Monroe, M. P. Colaresi and
K. M. Quinn (2008), "Fightin' Words: Lexical Feature Selection and Evaluation
for Identifying the Content of Political Conflict", *Political Analysis*
16(4), 372-403, section 3.5: for each word ``w`` and a group ``i`` against
the rest ``j`` of the corpus,

    delta_w = log((y_iw + a_w) / (n_i + a_0 - y_iw - a_w))
            - log((y_jw + a_w) / (n_j + a_0 - y_jw - a_w))
    var(delta_w) ~= 1 / (y_iw + a_w) + 1 / (y_jw + a_w)
    z_w = delta_w / sqrt(var(delta_w))

with prior counts ``a_w = a_0 * y_w / n`` proportional to the word's share
of the whole corpus. The prior shrinks rare words toward zero, so a word used
twice by one outlet does not top the list.

The z-score treats every token as an independent draw. Words come in bursts
within an article, so with few articles |z| overstates the evidence: a z of
3 says the word is unusually frequent in these texts, not in the outlet's
journalism.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import scipy.sparse as sp

from ..core.parallel import parallel_map, shared_data, worker_count
from ..core.paths import DATA_DIR
from ..text.furniture import count_text
from ..text.tokens import COMPOUND_WORDS

__all__ = [
    "PARALLEL_MIN_DOCS",
    "TOKEN_PATTERN",
    "contraction_fragments",
    "count_matrix",
    "fightin_words",
    "group_counts",
    "log_odds_dirichlet",
    "set_aside_terms",
    "stopword_note",
    "top_terms",
]

TOKEN_PATTERN = COMPOUND_WORDS
"""Words of two or more letters, with inner hyphens kept ("tehreek-e-taliban");
numbers are left out and a possessive "'s" is dropped ("Pakistan's" counts
as "pakistan")."""


PARALLEL_MIN_DOCS = 5000
"""From this many documents on, :func:`count_matrix` counts in parallel by default."""


def _count_chunk(args):
    texts, kwargs = args
    from sklearn.feature_extraction.text import CountVectorizer

    cv = CountVectorizer(**kwargs)
    return cv.fit_transform(texts).tocsr(), cv.get_feature_names_out()


def _count_shared_chunk(start: int, stop: int, kwargs: dict):
    return _count_chunk((shared_data()[start:stop], kwargs))


def _parallel_counts(texts: list, kwargs: dict, n_jobs: int):
    """Count chunks of ``texts`` in worker processes and merge their vocabularies."""
    bounds = np.linspace(0, len(texts), n_jobs + 1).astype(int)
    tasks = [(int(bounds[i]), int(bounds[i + 1]), kwargs) for i in range(n_jobs)]
    parts = parallel_map(_count_shared_chunk, tasks, n_jobs, shared=texts)
    return _merge_counts(parts)


def _merge_counts(parts: list) -> tuple:
    """Stack the (matrix, vocabulary) of consecutive chunks of documents on one sorted vocabulary."""
    vocab = np.unique(np.concatenate([v for _, v in parts]))
    mats = []
    for X, v in parts:
        cols = np.searchsorted(vocab, v).astype(X.indices.dtype)
        M = sp.csr_matrix((X.data, cols[X.indices], X.indptr), shape=(X.shape[0], len(vocab)))
        M.sort_indices()
        mats.append(M)
    return sp.vstack(mats, format="csr"), vocab


CLUSTER_CHUNK = 2000
"""Documents counted per task on a Dask cluster (``engine="dask"``)."""


def _cluster_counts(texts: list, kwargs: dict):
    """Count chunks of ``texts`` on the Dask cluster and merge them (:mod:`helpers.corpus.dask_units`)."""
    from ..corpus.dask_units import cluster_client, map_chunks

    chunks = [(texts[a:a + CLUSTER_CHUNK], kwargs) for a in range(0, len(texts), CLUSTER_CHUNK)]
    return _merge_counts(map_chunks(_count_chunk, chunks, cluster_client()))


def _counted_lower(text: str) -> str:
    """The preprocessor of :func:`count_matrix`: furniture inside lines blanked, lower case."""
    return count_text(text).lower()


def count_matrix(texts, stop_words="english", min_count: int = 3, lowercase: bool = True, n_jobs: int | None = None):
    """Document-term counts.

    Parameters
    ----------
    texts : sequence of str
        One text per document.
    stop_words : "english", list of str or None
        Words left out (scikit-learn's English list by default); None keeps
        all words.
    min_count : int
        Keep words used at least this many times in the whole corpus (total
        count, not document frequency, so that a word one outlet uses often
        is kept even when no other outlet uses it).
    lowercase : bool
        Lower-case before counting.

    Furniture inside body lines (photo credits, gallery counters, link cards, short links: see
    :mod:`helpers.text.furniture`) is not counted.
    n_jobs : int, optional
        Worker processes (forked, so the texts are not copied). None: 1 below
        ``PARALLEL_MIN_DOCS`` documents, else up to 2 (the CPUs available).
        The result does not depend on it. A column of a corpus loaded with
        ``engine="dask"`` is counted on the Dask cluster instead, in chunks
        of ``CLUSTER_CHUNK`` documents, with the same result.

    Returns
    -------
    X : scipy.sparse.csr_matrix of int32, shape (n_docs, n_terms)
    vocab : ndarray of str
        Term of each column, sorted alphabetically.

    Raises
    ------
    ValueError
        If ``min_count`` < 1 or no word is left.
    """
    if not isinstance(min_count, (int, np.integer)) or min_count < 1:
        raise ValueError(f"min_count must be an integer >= 1, got {min_count!r}")
    dask = (getattr(texts, "attrs", None) or {}).get("engine") == "dask"  # a column of a corpus loaded with Dask
    texts = list(texts)
    n_jobs = worker_count(n_jobs, len(texts), PARALLEL_MIN_DOCS)
    kwargs = {"token_pattern": TOKEN_PATTERN, "stop_words": stop_words, "lowercase": lowercase, "dtype": np.int32,
              "preprocessor": _counted_lower if lowercase else count_text}
    try:
        if dask and len(texts) > CLUSTER_CHUNK:
            X, vocab = _cluster_counts(texts, kwargs)
        elif n_jobs > 1 and len(texts) >= 2 * n_jobs:
            X, vocab = _parallel_counts(texts, kwargs, n_jobs)
        else:
            X, vocab = _count_chunk((texts, kwargs))
    except ValueError as exc:  # empty vocabulary
        raise ValueError(f"no words to count ({exc}); check the texts and stop_words") from exc
    keep = np.flatnonzero(np.asarray(X.sum(axis=0)).ravel() >= min_count)
    if keep.size == 0:
        raise ValueError(f"no word occurs min_count={min_count} times; lower min_count")
    return X[:, keep].tocsr(), vocab[keep]


def group_counts(X, groups) -> tuple[np.ndarray, np.ndarray]:
    """Sum document rows into group rows.

    Parameters
    ----------
    X : sparse matrix, shape (n_docs, n_terms)
    groups : array-like of length n_docs
        Group label of each document.

    Returns
    -------
    counts : ndarray of int64, shape (n_groups, n_terms)
    labels : ndarray
        Group label of each row, sorted.

    Raises
    ------
    ValueError
        When ``groups`` does not have one label per row of ``X``.
    """
    groups = np.asarray(groups, dtype=object)
    if len(groups) != X.shape[0]:
        raise ValueError(f"groups has {len(groups)} labels for {X.shape[0]} documents")
    codes, labels = pd.factorize(pd.Series(groups), sort=True)
    ind = sp.csr_matrix((np.ones(len(codes)), (codes, np.arange(len(codes)))), shape=(len(labels), len(codes)))
    counts = np.asarray((ind @ X).todense(), dtype=np.int64)
    return counts, np.asarray(labels, dtype=object)


def log_odds_dirichlet(y_i, y_j, prior) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Log-odds ratio of each word in ``y_i`` against ``y_j`` with a Dirichlet prior.

    Parameters
    ----------
    y_i, y_j : array-like of counts, same length (one per word)
        Word counts of the two corpora being compared.
    prior : array-like of positive floats, same length
        Prior counts ``a_w`` (their sum is ``a_0``).

    Returns
    -------
    delta : ndarray
        Log-odds ratio (positive: more typical of ``y_i``).
    se : ndarray
        Its approximate standard error.
    z : ndarray
        ``delta / se``.

    Raises
    ------
    ValueError
        For different lengths or a non-positive prior.
    """
    y_i = np.asarray(y_i, dtype=float)
    y_j = np.asarray(y_j, dtype=float)
    a = np.asarray(prior, dtype=float)
    if not (y_i.shape == y_j.shape == a.shape):
        raise ValueError(f"y_i, y_j and prior must have the same shape, got {y_i.shape}, {y_j.shape}, {a.shape}")
    if (a <= 0).any():
        raise ValueError("prior counts must all be > 0 (use the corpus counts, which are >= min_count)")
    a0, n_i, n_j = a.sum(), y_i.sum(), y_j.sum()
    delta = (np.log(y_i + a) - np.log(n_i + a0 - y_i - a)) - (np.log(y_j + a) - np.log(n_j + a0 - y_j - a))
    se = np.sqrt(1.0 / (y_i + a) + 1.0 / (y_j + a))
    return delta, se, delta / se


def contraction_fragments() -> frozenset:
    """The pieces the tokeniser leaves of a contraction ("we'll" -> "we", "ll"; "don't" -> "don").

    Read from the ``contraction_fragments`` entry of ``helpers/data/topic_stopwords.yaml`` (the topic
    model's list), so both measures leave out the same fragments. Not words: :func:`fightin_words` never
    scores them as distinctive terms (issue 12bd-f: "ll" was a live blog's most distinctive "word").

    Returns
    -------
    frozenset of str
        Lower-case fragments.
    """
    from ..text.lexicon import load_lexicon

    doc = load_lexicon(DATA_DIR / "topic_stopwords.yaml")
    return frozenset(t.strip().lower() for t in doc["entries"]["contraction_fragments"]["terms"])


def fightin_words(
    X, vocab, groups, prior_scale: float = 1.0, targets=None, min_group_count: int = 1
) -> pd.DataFrame:
    """Fightin' Words z-scores of every word for each group against the rest.

    Parameters
    ----------
    X : sparse matrix, shape (n_docs, n_terms)
        Counts from :func:`count_matrix`.
    vocab : array-like of str, length n_terms
    groups : array-like, length n_docs
        Group of each document.
    prior_scale : float
        ``a_0`` as a multiple of the corpus size: prior counts are
        ``prior_scale * y_w`` (1.0: the prior weighs as much as the corpus;
        smaller values shrink less).
    targets : sequence, optional
        Groups to score (default all). Documents of the other groups still
        count in "the rest".
    min_group_count : int
        Keep (group, word) rows where the group uses the word at least this
        many times.

    Returns
    -------
    DataFrame
        ``group``, ``term``, ``count`` (in the group), ``count_rest``,
        ``per_1000`` (rate in the group per 1,000 counted words), ``delta``,
        ``se``, ``z``, ``group_words`` (words counted in the group); sorted
        by group, then z descending, then term. Contraction fragments
        (:func:`contraction_fragments`) count in the totals but get no row.

    Raises
    ------
    ValueError
        For a bad ``prior_scale``, fewer than two groups, or an unknown target.
    """
    if not prior_scale > 0:
        raise ValueError(f"prior_scale must be > 0, got {prior_scale!r}")
    vocab = np.asarray(vocab, dtype=object)
    if len(vocab) != X.shape[1]:
        raise ValueError(f"vocab has {len(vocab)} terms for {X.shape[1]} columns")
    counts, labels = group_counts(X, groups)
    if len(labels) < 2:
        raise ValueError("need at least two groups to compare (each group is compared with the rest)")
    total = counts.sum(axis=0)
    used = total > 0  # a column can be empty when X is a subset of the documents it was built on
    counts, total, vocab = counts[:, used], total[used], vocab[used]
    prior = prior_scale * total.astype(float)
    if targets is None:
        targets = list(labels)
    unknown = [t for t in targets if t not in set(labels)]
    if unknown:
        raise ValueError(f"targets {unknown} are not groups; groups are {list(labels)[:10]}...")
    pos = {lab: i for i, lab in enumerate(labels)}
    frames = []
    for t in targets:
        yi = counts[pos[t]]
        yj = total - yi
        delta, se, z = log_odds_dirichlet(yi, yj, prior)
        keep = yi >= min_group_count
        n_i = yi.sum()
        frames.append(pd.DataFrame({
            "group": t, "term": vocab[keep], "count": yi[keep], "count_rest": yj[keep],
            "per_1000": 1000.0 * yi[keep] / n_i if n_i else np.nan,
            "delta": delta[keep], "se": se[keep], "z": z[keep], "group_words": int(n_i),
        }))
    out = pd.concat(frames, ignore_index=True)
    out = out[~out["term"].isin(contraction_fragments())]
    out = out.sort_values(["group", "z", "term"], ascending=[True, False, True], kind="stable")
    return out.reset_index(drop=True)


def top_terms(scores: pd.DataFrame, n: int = 15, min_z: float | None = None) -> pd.DataFrame:
    """The ``n`` most distinctive terms (largest z) of each group.

    Parameters
    ----------
    scores : DataFrame
        From :func:`fightin_words`.
    n : int
        Terms per group.
    min_z : float, optional
        Keep only terms with ``z >= min_z`` (e.g. 1.96).

    Returns
    -------
    DataFrame
        Same columns, at most ``n`` rows per group, with ``rank`` (1 = most
        distinctive).

    Raises
    ------
    ValueError
        When ``n`` < 1.
    """
    if n < 1:
        raise ValueError(f"n must be >= 1, got {n!r}")
    s = scores if min_z is None else scores[scores["z"] >= min_z]
    s = s.sort_values(["group", "z", "term"], ascending=[True, False, True], kind="stable")
    top = s.groupby("group", sort=True).head(n).copy()
    top["rank"] = top.groupby("group").cumcount() + 1
    return top.reset_index(drop=True)


def set_aside_terms(scores: pd.DataFrame, terms) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Take the rows of ``terms`` out of every group's scores (a study's ``topic_stopwords``).

    The words still count in every total (``group_words``, ``per_1000`` and the other words' z-scores are those
    of :func:`fightin_words`, as for contraction fragments); they only get no row, so that a word a study declares
    too common in its topic to say anything ("trump" in a corpus on Trump) is not listed as a group's word choice.

    Parameters
    ----------
    scores : DataFrame
        From :func:`fightin_words` (``group``, ``term``, ``z``, ...).
    terms : iterable of str
        Words to set aside, matched in lower case against the counted terms (single words of
        :data:`TOKEN_PATTERN`; a term that is never counted sets nothing aside).

    Returns
    -------
    (DataFrame, DataFrame)
        The scores kept and the rows set aside (same columns), both in the input order, index reset.
    """
    stop = {str(t).strip().lower() for t in terms}
    hit = scores["term"].astype(str).isin(stop).to_numpy() if stop else np.zeros(len(scores), dtype=bool)
    return scores[~hit].reset_index(drop=True), scores[hit].reset_index(drop=True)


def stopword_note(terms, aside: pd.DataFrame, top: pd.DataFrame, study: str, limit: int = 6) -> str:
    """The sentence under the distinctive-words table on the study's topic stop words ("" when it lists none).

    Parameters
    ----------
    terms : sequence of str
        The study's ``topic_stopwords``.
    aside : DataFrame
        The rows :func:`set_aside_terms` took out.
    top : DataFrame
        The terms listed (:func:`top_terms` of the scores kept): a word set aside is named with its group when its
        z reaches that group's lowest listed z, i.e. when it would have been listed.
    study : str
        The study's name, for the reader.
    limit : int, default 6
        Words named per group at most.

    Returns
    -------
    str
        One sentence naming the stop words, and those that would have been among a group's listed words with
        their z; "" when ``terms`` is empty.
    """
    terms = sorted({str(t).strip().lower() for t in terms})
    if not terms:
        return ""
    shown = ", ".join(terms[:10]) + (f" and {len(terms) - 10} more" if len(terms) > 10 else "")
    text = (f"The study's topic stop words ({study}, topic_stopwords: {shown}) are not listed as distinctive words; "
            "they still count in every total")
    if len(aside) and len(top):
        floor = top.groupby("group")["z"].min()
        would = aside[aside["z"] >= aside["group"].map(floor).fillna(np.inf).to_numpy()]
        if len(would):
            parts = []
            for g, d in would.sort_values(["group", "z", "term"], ascending=[True, False, True],
                                          kind="stable").groupby("group", sort=True):
                listed = ", ".join(f"{r.term} (z {r.z:.2f})" for r in d.head(limit).itertuples())
                parts.append(f"{g}: {listed}")
            text += "; left out of the table above: " + "; ".join(parts)
    return text + "."
