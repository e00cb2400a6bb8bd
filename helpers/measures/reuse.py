"""Shared wording between articles: shingle overlap, TF-IDF cosine, longest shared passage.

Two measures, because they answer different questions:

* **TF-IDF cosine** of content-word counts: do two articles use the same
  vocabulary (same story, possibly rewritten)?
* **Word n-gram shingles** (default 5 words): do they share exact wording
  (copied or lightly edited text)? Reported as the number of shared
  shingles, Jaccard similarity, containment (shared / shingles of the shorter
  text) and the longest passage both texts contain word for word.

Which pairs are examined
------------------------
Up to ``all_pairs_max`` articles, every pair. Above that, comparing all pairs
is too slow (37,554 articles make 705 million pairs), so candidate pairs are
found by *blocking* on rare words: two articles become candidates when they
share words that occur in at most ``rare_max_df`` articles of the corpus; for
each article the ``k`` candidates with the largest rare-word similarity are
kept and their exact cosine is computed. Near-duplicates share many rare
words (names, places, numbers of the story), so they are found; pairs that
share only common vocabulary are not examined. Shingle overlap and the longest
passage are then computed for the ``max_pairs`` most similar pairs.
"""
from __future__ import annotations

from collections import defaultdict

import numpy as np
import pandas as pd
import scipy.sparse as sp

from ..core.progress import progress
from ..text.furniture import blank_furniture
from ..text.normalize import fold
from ..text.tokens import PASSAGE_WORDS
from ..text.tokens import tokenize as tokenize_words

__all__ = [
    "OVERLAP_FIELDS",
    "REUSE_COLUMNS",
    "candidate_pairs",
    "cosine_pairs",
    "compared_matrices",
    "group_matrix",
    "longest_shared_passage",
    "pair_overlap",
    "pair_overlaps",
    "reuse_frame",
    "reuse_table",
    "shingles",
    "tfidf",
    "tokenize",
]

def tokenize(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """Lower-cased words of ``text`` and their character spans.

    Hyphenated names stay one word ("tehreek-e-taliban"), so a shared name
    does not pass for a shared passage. Quotes and dashes are folded first (:func:`helpers.text.normalize.fold`), so curly
    and straight quotation marks do not break a shared passage. Furniture inside a line (a newsletter form,
    photo credits, link cards: :func:`helpers.text.furniture.blank_furniture`) is no word, so a site's
    boilerplate does not pass for a passage shared between its articles.

    Parameters
    ----------
    text : str
        The text.

    Returns
    -------
    words : list of str
    spans : list of (int, int)
        ``text[s:e]`` is each word as written.

    Raises
    ------
    TypeError
        If ``text`` is not a str.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    return tokenize_words(fold(blank_furniture(text)), PASSAGE_WORDS, spans=True)


def shingles(words: list[str], n: int = 5) -> set[tuple[str, ...]]:
    """The set of word n-grams (shingles) of a word list.

    Parameters
    ----------
    words : list of str
        Words (see :func:`tokenize`).
    n : int, default 5
        Words per shingle.

    Returns
    -------
    set of tuple of str
        The distinct n-grams; empty for a list of fewer than ``n`` words.

    Raises
    ------
    ValueError
        If ``n`` < 1.
    """
    if not isinstance(n, (int, np.integer)) or n < 1:
        raise ValueError(f"n (shingle size) must be an integer >= 1, got {n!r}")
    return {tuple(words[i: i + n]) for i in range(len(words) - n + 1)}


def longest_shared_passage(a: list[str], b: list[str], n: int = 5) -> tuple[int, int, int]:
    """Longest run of words that ``a`` and ``b`` both contain, if at least ``n`` words.

    Exact for runs of ``n`` words or more: runs are extended along shared
    n-grams, so the cost grows with the number of shared n-grams, not with
    ``len(a) * len(b)``.

    Parameters
    ----------
    a, b : list of str
        Word lists (see :func:`tokenize`).
    n : int
        Shingle size; shorter shared runs are not found (returns length 0).

    Returns
    -------
    (length, start_a, start_b)
        Length in words and start word index in each list; ``(0, -1, -1)``
        when no n-gram is shared. Ties: the earliest run in ``a``.

    Raises
    ------
    ValueError
        If ``n`` is not an integer >= 1.
    """
    if not isinstance(n, (int, np.integer)) or n < 1:
        raise ValueError(f"n must be an integer >= 1, got {n!r}")
    pos_b: dict[tuple, list[int]] = defaultdict(list)
    for j in range(len(b) - n + 1):
        pos_b[tuple(b[j: j + n])].append(j)
    best = (0, -1, -1)
    run: dict[int, int] = {}
    for i in range(len(a) - n + 1):
        new = {}
        for j in pos_b.get(tuple(a[i: i + n]), ()):
            length = run.get(j - 1, 0) + 1
            new[j] = length
            if length > best[0]:
                best = (length, i - length + 1, j - length + 1)
        run = new
    if best[0] == 0:
        return 0, -1, -1
    return best[0] + n - 1, best[1], best[2]


def pair_overlap(text_a: str, text_b: str, n: int = 5, max_passage_chars: int = 300, tokens=None) -> dict:
    """Shingle overlap and longest shared passage of two texts.

    Parameters
    ----------
    text_a, text_b : str
        The two texts.
    n : int
        Shingle size in words.
    max_passage_chars : int
        Longest passage shown.
    tokens : tuple, optional
        ``(tokenize(text_a), tokenize(text_b))`` when already computed.

    Returns
    -------
    dict
        ``shingles_a``, ``shingles_b``, ``shared_shingles``, ``jaccard``,
        ``containment`` (shared / the smaller shingle set), ``longest_words``
        and ``longest_passage`` (as written in ``text_a``, cut to
        ``max_passage_chars`` with "..." when longer).
    """
    (wa, sa), (wb, _) = tokens if tokens is not None else (tokenize(text_a), tokenize(text_b))
    A, B = shingles(wa, n), shingles(wb, n)
    shared = len(A & B)
    union = len(A | B)
    length, ia, _ = longest_shared_passage(wa, wb, n)
    passage = ""
    if length:
        passage = text_a[sa[ia][0]: sa[ia + length - 1][1]]
        if len(passage) > max_passage_chars:
            passage = passage[: max_passage_chars - 3].rstrip() + "..."
    return {
        "shingles_a": len(A), "shingles_b": len(B), "shared_shingles": shared,
        "jaccard": shared / union if union else 0.0,
        "containment": shared / min(len(A), len(B)) if min(len(A), len(B)) else 0.0,
        "longest_words": length, "longest_passage": passage,
    }


def tfidf(X, idf=None) -> sp.csr_matrix:
    """L2-normalised TF-IDF (sublinear tf) of a document-term count matrix.

    Parameters
    ----------
    X : sparse matrix, shape (n_docs, n_terms)
        Term counts.
    idf : array-like of float, optional
        Inverse document frequencies to use, one per column (e.g. over a
        whole corpus of which ``X`` holds a few rows); by default they are
        fitted on ``X`` (scikit-learn's smooth idf).

    Returns
    -------
    scipy.sparse.csr_matrix of float32
        Same shape as ``X``, each non-empty row of unit length.
    """
    from sklearn.feature_extraction.text import TfidfTransformer

    t = TfidfTransformer(sublinear_tf=True)
    if idf is None:
        T = t.fit_transform(X)
    else:
        t.idf_ = np.asarray(idf, dtype=np.float64)
        T = t.transform(X)
    return T.astype(np.float32).tocsr()


def candidate_pairs(T, all_pairs_max: int = 2000, rare_max_df: int = 50, k: int = 5) -> tuple[np.ndarray, np.ndarray, str]:
    """Pairs of documents to compare (``i < j``).

    Parameters
    ----------
    T : sparse matrix, shape (n_docs, n_terms)
        Row-normalised TF-IDF.
    all_pairs_max : int
        Up to this many documents, every pair.
    rare_max_df : int
        Above it, block on terms that occur in 2 to ``rare_max_df`` documents.
    k : int
        Candidates kept per document (largest rare-term similarity).

    Returns
    -------
    i, j : ndarray of int
        Row indices, ``i < j``, sorted.
    method : str
        ``"all pairs"`` or a description of the blocking.

    Raises
    ------
    ValueError
        With more than ``all_pairs_max`` documents, when ``k`` < 1 or ``rare_max_df`` < 2.
    """
    n = T.shape[0]
    if n < 2:
        return np.array([], dtype=int), np.array([], dtype=int), "all pairs"
    if n <= all_pairs_max:
        i, j = np.triu_indices(n, k=1)
        return i, j, "all pairs"
    if k < 1 or rare_max_df < 2:
        raise ValueError(f"need k >= 1 and rare_max_df >= 2, got k={k}, rare_max_df={rare_max_df}")
    T = sp.csr_matrix(T)
    dfreq = np.bincount(T.indices, minlength=T.shape[1])
    rare = np.flatnonzero((dfreq >= 2) & (dfreq <= rare_max_df))
    R = T[:, rare].tocsr()
    G = (R @ R.T).tocsr()
    G.setdiag(0)
    G.eliminate_zeros()
    rows, cols = [], []
    indptr, indices, data = G.indptr, G.indices, G.data
    for r in range(n):
        s, e = indptr[r], indptr[r + 1]
        if s == e:
            continue
        d = data[s:e]
        top = np.argpartition(-d, k - 1)[:k] if e - s > k else np.arange(e - s)
        rows.append(np.full(len(top), r))
        cols.append(indices[s:e][top])
    if not rows:
        return np.array([], dtype=int), np.array([], dtype=int), "blocking found no pairs"
    a = np.concatenate(rows)
    b = np.concatenate(cols)
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    key = np.unique(lo.astype(np.int64) * n + hi)
    method = f"top {k} per article by shared rare words (in 2-{rare_max_df} articles)"
    return (key // n).astype(int), (key % n).astype(int), method


def cosine_pairs(T, i, j, chunk: int = 200_000) -> np.ndarray:
    """Cosine similarity of rows ``i[p]`` and ``j[p]`` of a row-normalised matrix.

    Parameters
    ----------
    T : sparse matrix, shape (n_docs, n_terms)
        Row-normalised (L2) TF-IDF, as from :func:`tfidf`.
    i, j : ndarray of int
        Row indices of the two documents of each pair (same length).
    chunk : int, default 200_000
        Pairs computed at a time (bounds the memory used).

    Returns
    -------
    ndarray of float
        One similarity per pair, in pair order.
    """
    T = sp.csr_matrix(T)
    out = np.empty(len(i), dtype=float)
    for s in range(0, len(i), chunk):
        a, b = i[s: s + chunk], j[s: s + chunk]
        out[s: s + chunk] = np.asarray(T[a].multiply(T[b]).sum(axis=1)).ravel()
    return out


REUSE_COLUMNS = [
    "doc_a", "doc_b", "group_a", "group_b", "same_group", "cosine", "shared_shingles", "jaccard",
    "containment", "longest_words", "longest_passage",
]

#: The fields of :func:`pair_overlap` that a reuse table reports for each pair.
OVERLAP_FIELDS = ("shared_shingles", "jaccard", "containment", "longest_words", "longest_passage")


def pair_overlaps(pairs, texts, n: int = 5) -> list[dict]:
    """:func:`pair_overlap` of many pairs of texts, each text tokenized once.

    Parameters
    ----------
    pairs : iterable of (key_a, key_b)
        The pairs, in the order of the result.
    texts : mapping or sequence
        Text of every key in ``pairs`` (a list indexed by position works too).
    n : int
        Shingle size.

    Returns
    -------
    list of dict
        For each pair, the :data:`OVERLAP_FIELDS` of ``pair_overlap(texts[a], texts[b], n)``.

    Raises
    ------
    KeyError, IndexError
        For a key of ``pairs`` that is not in ``texts``.
    """
    tokens: dict = {}
    out = []
    for a, b in pairs:
        for k in (a, b):
            if k not in tokens:
                tokens[k] = tokenize(texts[k])
        ov = pair_overlap(texts[a], texts[b], n, tokens=(tokens[a], tokens[b]))
        out.append({f: ov[f] for f in OVERLAP_FIELDS})
    return out


def reuse_frame(rows: list[dict]) -> pd.DataFrame:
    """Rows of a reuse table as a DataFrame, in a stable, deterministic order.

    Parameters
    ----------
    rows : list of dict
        One dict per examined pair, with the keys of :data:`REUSE_COLUMNS`.

    Returns
    -------
    DataFrame
        The columns of :data:`REUSE_COLUMNS`, sorted by ``longest_words`` and ``cosine`` (descending), then
        ``doc_a`` and ``doc_b``; the index is reset.
    """
    table = pd.DataFrame(rows, columns=REUSE_COLUMNS)
    return table.sort_values(["longest_words", "cosine", "doc_a", "doc_b"], ascending=[False, False, True, True],
                             kind="stable").reset_index(drop=True)


def reuse_table(
    docs: pd.DataFrame,
    group_col: str,
    X=None,
    n: int = 5,
    all_pairs_max: int = 2000,
    rare_max_df: int = 50,
    k: int = 5,
    max_pairs: int = 2000,
    min_cosine: float = 0.0,
) -> tuple[pd.DataFrame, dict]:
    """Pairwise text reuse between articles.

    Parameters
    ----------
    docs : DataFrame
        One row per article with ``doc_id``, ``text`` and ``group_col``.
    group_col : str
        Group column (outlet, rating, ...).
    X : sparse matrix, optional
        Document-term counts aligned with ``docs`` (e.g. from
        :func:`helpers.measures.vocabulary.count_matrix`); computed here if None.
    n : int
        Shingle size in words.
    all_pairs_max, rare_max_df, k
        See :func:`candidate_pairs`.
    max_pairs : int
        Shingle overlap is computed for at most this many pairs, those with
        the largest cosine.
    min_cosine : float
        Leave out pairs below this cosine.

    Returns
    -------
    table : DataFrame
        One row per examined pair (:data:`REUSE_COLUMNS`), sorted by
        ``longest_words``, ``cosine`` (descending), then doc ids.
    info : dict
        ``n_docs``, ``n_pairs_possible``, ``n_candidates``, ``n_reported``,
        ``method``, and ``group_pairs`` (per pair of groups, the article pairs compared and their highest cosine,
        over every compared pair: :func:`compared_matrices`).

    Raises
    ------
    ValueError
        When ``docs`` lacks ``doc_id``, ``text`` or ``group_col``, ``max_pairs`` < 1, ``min_cosine`` is outside
        [0, 1], or ``X`` has a different number of rows than ``docs``.
    """
    for c in ("doc_id", "text", group_col):
        if c not in docs.columns:
            raise ValueError(f"docs lacks column {c!r}")
    if max_pairs < 1:
        raise ValueError(f"max_pairs must be >= 1, got {max_pairs!r}")
    if not 0 <= min_cosine <= 1:
        raise ValueError(f"min_cosine must be in [0, 1], got {min_cosine!r}")
    docs = docs.reset_index(drop=True)
    n_docs = len(docs)
    if X is None:
        from .vocabulary import count_matrix

        X, _ = count_matrix(docs["text"], min_count=1)
    if X.shape[0] != n_docs:
        raise ValueError(f"X has {X.shape[0]} rows for {n_docs} documents")
    T = tfidf(X)
    i, j, method = candidate_pairs(T, all_pairs_max, rare_max_df, k)
    cos = cosine_pairs(T, i, j) if len(i) else np.array([])
    info = {"n_docs": n_docs, "n_pairs_possible": n_docs * (n_docs - 1) // 2, "n_candidates": int(len(i)),
            "method": method}
    keep = cos >= min_cosine
    i, j, cos = i[keep], j[keep], cos[keep]
    info["group_pairs"] = _group_pairs(np.asarray(docs[group_col].astype(str)), i, j, cos)
    if len(i) > max_pairs:
        order = np.lexsort((j, i, -cos))[:max_pairs]
        i, j, cos = i[order], j[order], cos[order]
    texts, ids, groups = docs["text"].tolist(), docs["doc_id"].tolist(), docs[group_col].tolist()
    pairs = list(zip(i.tolist(), j.tolist()))
    overlaps = pair_overlaps(progress(pairs, desc="shared passages"), texts, n)
    rows = [{"doc_a": ids[a], "doc_b": ids[b], "group_a": groups[a], "group_b": groups[b],
             "same_group": groups[a] == groups[b], "cosine": float(c), **ov}
            for (a, b), c, ov in zip(pairs, cos, overlaps)]
    table = reuse_frame(rows)
    info["n_reported"] = len(table)
    return table, info


def _group_pairs(groups: np.ndarray, i: np.ndarray, j: np.ndarray, cos: np.ndarray) -> pd.DataFrame:
    """Per pair of groups, the article pairs compared and their highest cosine (every compared pair, not only those
    listed: review s77, where cells of compared groups were hatched as "not compared")."""
    if not len(i):
        return pd.DataFrame(columns=["group_a", "group_b", "n_compared", "max_cosine"])
    ga, gb = groups[i], groups[j]
    lo, hi = np.where(ga <= gb, ga, gb), np.where(ga <= gb, gb, ga)
    out = (pd.DataFrame({"group_a": lo, "group_b": hi, "cosine": cos})
           .groupby(["group_a", "group_b"], sort=True)["cosine"].agg(["size", "max"]).reset_index())
    return out.rename(columns={"size": "n_compared", "max": "max_cosine"})


def compared_matrices(group_pairs: pd.DataFrame, labels) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The highest cosine and the number of article pairs compared between each two groups, over every compared pair.

    Parameters
    ----------
    group_pairs : DataFrame
        ``info["group_pairs"]`` of :func:`reuse_table` (``group_a``, ``group_b``, ``n_compared``, ``max_cosine``).
    labels : sequence
        Group labels, in display order.

    Returns
    -------
    (DataFrame, DataFrame)
        Symmetric square tables: highest cosine (NaN where no pair was compared) and pairs compared (NaN likewise).
    """
    labels = list(labels)
    best = pd.DataFrame(np.nan, index=labels, columns=labels)
    n = pd.DataFrame(np.nan, index=labels, columns=labels)
    keep = set(labels)
    for r in group_pairs.itertuples(index=False):
        if r.group_a in keep and r.group_b in keep:
            for a, b in ((r.group_a, r.group_b), (r.group_b, r.group_a)):
                best.loc[a, b] = r.max_cosine
                n.loc[a, b] = r.n_compared
    return best, n


def group_matrix(pairs: pd.DataFrame, labels, value: str = "cosine", agg: str = "max") -> pd.DataFrame:
    """Square table of ``value`` aggregated over article pairs between groups.

    Parameters
    ----------
    pairs : DataFrame
        From :func:`reuse_table`.
    labels : sequence
        Group labels, in display order (rows and columns).
    value : str
        Column to aggregate (``cosine``, ``containment``, ...).
    agg : {"max", "mean", "count"}
        Aggregation over the pairs of each cell.

    Returns
    -------
    DataFrame
        Symmetric; NaN where no pair was examined (e.g. the diagonal of a
        group with one article).

    Raises
    ------
    ValueError
        For an ``agg`` other than "max", "mean" or "count".
    """
    if agg not in ("max", "mean", "count"):
        raise ValueError(f"agg must be 'max', 'mean' or 'count', got {agg!r}")
    labels = list(labels)
    m = pd.DataFrame(np.nan, index=labels, columns=labels)
    if pairs.empty:
        return m
    fwd = pairs[["group_a", "group_b", value]]
    rev = pairs.loc[pairs["group_a"] != pairs["group_b"], ["group_b", "group_a", value]]
    both = pd.concat([fwd, rev.set_axis(["group_a", "group_b", value], axis=1)], ignore_index=True)
    both = both[both["group_a"].isin(labels) & both["group_b"].isin(labels)]
    g = both.groupby(["group_a", "group_b"])[value].agg(agg)
    for (a, b), v in g.items():
        m.loc[a, b] = v
    return m
