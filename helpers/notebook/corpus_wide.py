"""Measures over every article (not only the sample), with either engine: vocabulary counts and text reuse.

Notebook 02 compares the vocabulary of the groups and looks for shared
wording over every article. With ``engine="pandas"`` both work on the
document-term matrix of every article, as before. With ``engine="dask"`` the
notebook holds only a metadata table (:mod:`helpers.corpus.dask_meta`), and
one pass over the partitions of the store, on the cluster, gives

- the term counts of each (group, outlet) pair, summed from per-partition
  counts: Fightin' Words and the outlet concentration of terms need only
  these sums, so their tables are the same as from the per-article matrix;
- the document frequency of every term (for the TF-IDF cosine of a pair,
  with the same inverse document frequency as over the whole matrix);
- MinHash signatures of every article (:mod:`helpers.measures.minhash`),
  when the corpus has more than ``all_pairs_max`` articles.

Text reuse then lists, for a corpus of at most ``all_pairs_max`` articles,
exactly the pairs the pandas engine lists (their text is read from the
store); for a larger one, the near-duplicate pairs found with MinHash LSH
(estimated Jaccard of shingle sets >= :data:`helpers.measures.minhash.MIN_JACCARD`),
joined into clusters, and the ``max_pairs`` pairs of highest estimated
Jaccard with the columns of :data:`helpers.measures.reuse.REUSE_COLUMNS`
computed exactly from their text.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np
import pandas as pd
import scipy.sparse as sp

from ..corpus.dask_meta import fetch_rows, is_meta
from ..corpus.groups import UNKNOWN, group_values
from ..measures import minhash as MH
from ..measures import reuse as R
from ..measures import vocabulary as V
from . import term_shards as TS

__all__ = ["OVERLAP_FIELDS", "TermCounts", "every_term_counts", "overlap_chunk", "pairs_phrase", "shared_passage_sentence",
           "text_reuse"]


@dataclass
class TermCounts:
    """What :func:`every_term_counts` returns.

    Attributes
    ----------
    X : sparse matrix
        Counts of the terms used at least ``min_count`` times in the articles
        analysed: one row per article (pandas) or per (group, outlet) pair (dask).
    vocab : ndarray of str
        Term of each column of ``X``, sorted.
    groups, outlets : ndarray
        Group and outlet of each row of ``X``.
    X_all : sparse matrix or None
        Counts of every word in every article, duplicates included (pandas only; for text reuse).
    df_all : ndarray or None
        Articles (duplicates included) using each word of ``vocab_all`` (when given).
    vocab_all : ndarray of str
        Every word counted (columns of ``X_all`` or ``df_all``); with dask, ``vocab``.
    sigs : ndarray or None
        MinHash signatures of every article, rows in the order of ``every`` (dask, large corpora).
    df_of : callable or None
        Words -> articles (duplicates included) using each, read from the
        term shards (dask: :class:`helpers.notebook.term_shards.ShardDf`).
    """

    X: sp.csr_matrix
    vocab: np.ndarray
    groups: np.ndarray
    outlets: np.ndarray
    X_all: sp.csr_matrix | None
    df_all: np.ndarray | None
    vocab_all: np.ndarray
    sigs: np.ndarray | None = None
    df_of: object = None

    def doc_freq(self, words) -> np.ndarray:
        """Articles (duplicates included) using each of ``words`` (every one must be a counted word)."""
        if self.df_of is not None:
            return self.df_of(words)
        if self.df_all is None:
            raise ValueError("these TermCounts hold no document frequencies (pandas: use X_all)")
        return self.df_all[np.searchsorted(self.vocab_all, words)]


def every_term_counts(prep, min_count: int, shingle_size: int = 5, all_pairs_max: int = 2000) -> TermCounts:
    """Term counts of the articles analysed (for Fightin' Words) and what text reuse needs of every article.

    Parameters
    ----------
    prep : Prepared
        From :func:`helpers.notebook.prepare.prepare_corpus` with ``keep_every=True``.
    min_count : int
        Keep terms used at least this many times in the articles analysed.
    shingle_size, all_pairs_max
        With engine dask: MinHash signatures (of ``shingle_size``-word
        shingles) are made when ``every`` has more than ``all_pairs_max`` articles.

    Returns
    -------
    TermCounts

    Raises
    ------
    ValueError
        When ``prep.every`` is None (call prepare_corpus with keep_every=True).
    """
    every, articles = prep.every, prep.articles
    if every is None:
        raise ValueError("prep.every is None: call prepare_corpus(..., keep_every=True).")
    keep = np.flatnonzero((every["duplicate_of"] == "").to_numpy())
    if not is_meta(every):
        X_all, vocab_all = V.count_matrix(every["text"], min_count=1)  # every word: text reuse uses them all
        frequent = np.flatnonzero(np.asarray(X_all[keep].sum(axis=0)).ravel() >= min_count)
        return TermCounts(X_all[keep][:, frequent], vocab_all[frequent], articles["group"].to_numpy(),
                          articles["outlet"].to_numpy(), X_all, None, vocab_all)
    return _dask_counts(every, articles, min_count, shingle_size if len(every) > all_pairs_max else None)


def _dask_counts(every: pd.DataFrame, articles: pd.DataFrame, min_count: int, shingle_size: int | None) -> TermCounts:
    """Term sums and (with ``shingle_size``) signatures of every article, from one pass over the store's text.

    The sums are made per term shard (:mod:`helpers.notebook.term_shards`):
    exact, with only one partition or one shard in a worker at a time and
    only the terms used ``min_count`` times reaching the notebook.
    """
    from pathlib import Path

    from ..corpus.dask_units import cluster_client

    client = cluster_client(every.attrs)
    pairs = list(zip(articles["group"].astype(str), articles["outlet"].astype(str)))
    keys = sorted(set(pairs))
    code = {k: i for i, k in enumerate(keys)}
    labels = dict(zip(articles["doc_id"].astype(str), (code[k] for k in pairs)))
    store = Path(every.attrs["dask_store"])
    digest = hashlib.sha1(repr((sorted(labels.items()), min_count)).encode("utf-8")).hexdigest()[:12]
    X, vocab, df_of, parts = TS.sharded_sums(every, labels, len(keys), min_count, client,
                                             store.parent / f"{store.name}-terms-{digest}", shingle_size)
    if len(vocab) == 0:
        raise ValueError(f"no word occurs min_count={min_count} times; lower min_count")
    sigs = None
    if shingle_size is not None:
        row_of = pd.Series(np.arange(len(every)), index=every["doc_id"].astype(str).to_numpy())
        sigs = np.zeros((len(every), MH.NUM_PERM), dtype=np.uint32)
        for ids, part in parts:
            sigs[row_of.loc[ids].to_numpy()] = part
    return TermCounts(X, vocab, np.array([k[0] for k in keys], dtype=object),
                      np.array([k[1] for k in keys], dtype=object), None, None, vocab, sigs, df_of)


def text_reuse(every: pd.DataFrame, group_col: str, counts: TermCounts, n: int = 5, all_pairs_max: int = 2000,
               max_pairs: int = 500, same_by: str | None = None) -> tuple[pd.DataFrame, dict]:
    """:func:`helpers.measures.reuse.reuse_table` of every article, with either engine.

    Parameters
    ----------
    every : DataFrame
        ``prep.every`` (metadata only with engine dask).
    group_col : str
        Group column of ``every`` (the display groups: ``group_a``, ``group_b``).
    counts : TermCounts
        From :func:`every_term_counts` of the same preparation.
    n, all_pairs_max, max_pairs
        As in :func:`helpers.measures.reuse.reuse_table`.
    same_by : str, optional
        The ``group_by`` column of ``every`` (the groups before small ones are pooled): when given, ``same_group``
        says whether the two articles have the same value of it (:func:`helpers.corpus.groups.group_values`), and
        two articles without one (``(unknown)``) are not of one group. Without it, ``same_group`` compares
        ``group_col``, where two articles of different groups pooled as ``(other)`` look alike (review 12bh-w:
        grouped by author with ``top_n`` 2, 16 pairs of two authors were "same group").

    Returns
    -------
    table, info
        As ``reuse_table``. With engine dask and more than ``all_pairs_max``
        articles: the ``max_pairs`` near-duplicate pairs of highest estimated
        Jaccard, and ``info["clusters"]`` (:func:`helpers.measures.minhash.clusters`
        of every near-duplicate pair found).
    """
    table, info = _reuse(every, group_col, counts, n, all_pairs_max, max_pairs)
    if same_by is not None and len(table):
        real = dict(zip(every["doc_id"], group_values(every[same_by])))
        a, b = table["doc_a"].map(real), table["doc_b"].map(real)
        table["same_group"] = ((a == b) & (a != UNKNOWN)).to_numpy(dtype=bool)
    return table, info


def shared_passage_sentence(reuse: pd.DataFrame, info: dict, min_words: int) -> str:
    """How many listed pairs share a passage of ``min_words``+ words, and of which pairs that count is.

    With engine dask above ``reuse_all_pairs_max`` articles (``"clusters"`` in ``info``) only near-duplicates
    (MinHash, estimated Jaccard >= :data:`helpers.measures.minhash.MIN_JACCARD`) are looked for, so the count
    is of those pairs and says so: on 3,000 AllSides articles ``pandas`` found 68 pairs sharing a 12-word
    passage at Jaccard 0.11 or less, and ``dask`` printed "0 pairs share a passage of 12+ words" as if the
    corpus had none (dogfood 12bo-e).

    Parameters
    ----------
    reuse : DataFrame
        The table of :func:`text_reuse` (``longest_words``, ``same_group``).
    info : dict
        Its ``info``.
    min_words : int
        ``passage_min_words``.

    Returns
    -------
    str
        One or two sentences.
    """
    from ..core.wording import count, noun

    shared = reuse[reuse["longest_words"] >= min_words] if len(reuse) else reuse.iloc[0:0]
    n_cross = int((~shared["same_group"].astype(bool)).sum()) if len(shared) else 0
    if "clusters" not in info:
        return (f"{count(len(shared), 'pair')} {noun(len(shared), 'shares', 'share')} a passage of {min_words}+ words "
                f"({n_cross} across groups).")
    return (f"Of the {count(len(reuse), 'near-duplicate pair')} listed, {len(shared):,} "
            f"{noun(len(shared), 'shares', 'share')} a passage of {min_words}+ words ({n_cross} across groups). "
            f"Above reuse_all_pairs_max articles the dask engine looks only for near-duplicates (estimated Jaccard "
            f"of shingles >= {MH.MIN_JACCARD}): articles that share a passage but differ otherwise are not looked for "
            "(engine pandas compares candidate pairs by shared rare words and lists them), so this is not a count "
            "of shared passages in the corpus.")


def _reuse(every, group_col, counts: TermCounts, n: int, all_pairs_max: int, max_pairs: int):
    """:func:`text_reuse` before ``same_by``."""
    if not is_meta(every):
        return R.reuse_table(every, group_col, X=counts.X_all, n=n, all_pairs_max=all_pairs_max, max_pairs=max_pairs)
    from ..corpus.dask_units import cluster_client

    client = cluster_client(every.attrs)
    if len(every) <= all_pairs_max:  # small: the pandas path on the fetched text (the same counts)
        rows = fetch_rows(every, every["doc_id"], client)
        rows[group_col] = every[group_col].to_numpy()
        X_all, _ = V.count_matrix(rows["text"], min_count=1)
        return R.reuse_table(rows, group_col, X=X_all, n=n, all_pairs_max=all_pairs_max, max_pairs=max_pairs)
    return _minhash_reuse(every, group_col, counts, n, max_pairs, client)


def pairs_phrase(info: dict) -> str:
    """How many pairs the text reuse of :func:`text_reuse` looked at, for a figure's title.

    Review s79-H: under the Dask engine above ``reuse_all_pairs_max`` articles only near-copies are looked for, and the
    title said "pairs compared: 1" beside a matrix of hatched cells, which read as "almost no shared wording".

    Parameters
    ----------
    info : dict
        The ``info`` of :func:`text_reuse`.

    Returns
    -------
    str
        "pairs compared: 30,368", or "near-copies only (dask engine): 1 near-duplicate pair found; articles that only
        share a passage were not looked for".
    """
    if "clusters" in info:  # the MinHash path
        k = int(info["n_candidates"])
        return (f"near-copies only (dask engine): {k:,} near-duplicate {'pair' if k == 1 else 'pairs'} found; articles "
                "that only share a passage were not looked for")
    return f"pairs compared: {int(info['n_candidates']):,}"


def _minhash_reuse(every, group_col, counts: TermCounts, n: int, max_pairs: int, client) -> tuple[pd.DataFrame, dict]:
    if counts.sigs is None:
        raise ValueError("counts has no MinHash signatures: make it with every_term_counts(..., all_pairs_max=...) "
                         "with the same all_pairs_max.")
    cand = MH.candidate_pairs(counts.sigs, min_estimate=MH.MIN_JACCARD)  # band collisions, filtered band by band
    est = MH.estimates(counts.sigs, cand[:, 0], cand[:, 1])
    ids = every["doc_id"].astype(str).to_numpy()
    groups = every[group_col].astype(str).to_numpy()
    clusters = MH.clusters_of_rows(cand[:, 0], cand[:, 1], est, ids, groups)
    top = _top_pairs(cand, est, ids, max_pairs)
    info = {"n_docs": len(every), "n_pairs_possible": len(every) * (len(every) - 1) // 2, "n_candidates": int(len(cand)),
            "method": f"MinHash LSH near-duplicates (estimated Jaccard of {n}-word shingles >= {MH.MIN_JACCARD}), "
                      f"the {max_pairs:,} most similar listed",
            "clusters": clusters}
    docs = sorted(set(top["doc_a"]) | set(top["doc_b"]))
    rows = fetch_rows(every, docs, client, heavy=["text"]) if docs else pd.DataFrame({"doc_id": [], "text": []})
    text = dict(zip(rows["doc_id"], rows["text"]))
    group_of = dict(zip(ids, groups))
    cos = _pair_cosines(rows, counts, top)
    pairs = list(zip(top["doc_a"], top["doc_b"]))
    overlaps = _cluster_overlaps(pairs, text, n, client)
    out = []
    for (da, db), c, ov in zip(pairs, cos, overlaps):
        out.append({"doc_a": da, "doc_b": db, "group_a": group_of[da], "group_b": group_of[db],
                    "same_group": group_of[da] == group_of[db], "cosine": float(c),
                    **ov})
    table = R.reuse_frame(out)
    info["n_reported"] = len(table)
    return table, info


OVERLAP_FIELDS = R.OVERLAP_FIELDS


def overlap_chunk(chunk: tuple) -> list[dict]:
    """:func:`helpers.measures.reuse.pair_overlaps` of one task's chunk, as a single argument for ``map_chunks``.

    Parameters
    ----------
    chunk : (pairs, texts, n)
        ``pairs``: list of (doc_a, doc_b); ``texts``: dict doc_id -> text of
        every id in ``pairs``; ``n``: shingle size.

    Returns
    -------
    list of dict
        For each pair in order, the :data:`OVERLAP_FIELDS` of ``pair_overlap(texts[a], texts[b], n)``.

    Raises
    ------
    KeyError
        For an id of ``pairs`` that is not in ``texts``.
    """
    pairs, texts, n = chunk
    return R.pair_overlaps(pairs, texts, n)


def _cluster_overlaps(pairs: list, text: dict, n: int, client) -> list[dict]:
    """:func:`overlap_chunk` of ``pairs`` split into a few tasks per worker thread on the cluster (results in order).

    Each task gets only the texts of its own pairs, scattered to the workers (not embedded in the task graph).
    The result is the same as one call on every pair.
    """
    from ..corpus.dask_units import map_chunks

    if not pairs:
        return []
    k = max(1, min(len(pairs), 2 * sum(client.nthreads().values())))
    size = -(-len(pairs) // k)
    chunks = [(pairs[a:a + size], {d: text[d] for p in pairs[a:a + size] for d in p}, n)
              for a in range(0, len(pairs), size)]
    return [ov for part in map_chunks(overlap_chunk, client.scatter(chunks), client) for ov in part]


def _top_pairs(cand: np.ndarray, est: np.ndarray, ids: np.ndarray, max_pairs: int) -> pd.DataFrame:
    """The ``max_pairs`` pairs of highest estimate (then by ids), named by doc_id: only those (and ties) get names."""
    if len(est) > max_pairs > 0:
        cut = np.partition(est, len(est) - max_pairs)[len(est) - max_pairs]
        cand, est = cand[est >= cut], est[est >= cut]
    a, b = ids[cand[:, 0]], ids[cand[:, 1]]
    pairs = pd.DataFrame({"doc_a": np.minimum(a, b), "doc_b": np.maximum(a, b), "jaccard": est})
    return pairs.sort_values(["jaccard", "doc_a", "doc_b"], ascending=[False, True, True], kind="stable").head(max_pairs)


def _pair_cosines(rows: pd.DataFrame, counts: TermCounts, top: pd.DataFrame) -> np.ndarray:
    """TF-IDF cosine of each pair, with the inverse document frequency of every article (as ``reuse.tfidf``)."""
    if not len(top):
        return np.zeros(0)
    X, vocab = V.count_matrix(rows["text"], min_count=1)
    idf = np.log((1 + len(counts.sigs)) / (1 + counts.doc_freq(vocab))) + 1  # sklearn's smooth idf over every article
    T = R.tfidf(X, idf)
    pos = {d: i for i, d in enumerate(rows["doc_id"])}
    i = np.array([pos[d] for d in top["doc_a"]])
    j = np.array([pos[d] for d in top["doc_b"]])
    return R.cosine_pairs(T, i, j)
