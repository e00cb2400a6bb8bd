"""Near-duplicate articles at scale: MinHash signatures and LSH (datasketch), reported as clusters.

Comparing every pair of articles does not scale (a million articles make
5 x 10^11 pairs), and listing pairs does not read well: 26 copies of one
wire story are one *cluster*, not 325 pairs. This module

1. turns each article into the set of its word n-gram shingles (the words of
   :func:`helpers.measures.reuse.tokenize`, so quotes and dashes are folded) and a
   MinHash signature of that set (:func:`signatures`; per article, so it runs
   per partition);
2. finds candidate pairs with locality-sensitive hashing at a threshold
   below the one reported (:data:`LSH_THRESHOLD` < :data:`MIN_JACCARD`), so
   that pairs near the threshold are not lost to the approximation;
3. keeps the candidates whose *exact* Jaccard similarity of shingle sets is
   at least ``min_jaccard`` (:func:`near_duplicate_pairs`) and joins them
   into clusters (connected components, :func:`clusters`).

Step 3 is exact, so no reported pair is a false positive; the approximation
can only miss pairs. ``benchmarks/bench_minhash.py`` measures that recall
against all pairs on AllSides samples of 2,000 articles.
"""
from __future__ import annotations

from collections import Counter
from hashlib import sha1
from typing import Sequence

import numpy as np
import pandas as pd

from ..text.furniture import blank_furniture
from ..text.normalize import fold
from ..text.tokens import PASSAGE_WORDS
from ..text.tokens import tokenize as tokenize_words

__all__ = ["NUM_PERM", "MIN_JACCARD", "LSH_THRESHOLD", "SCHEME", "shingle_set", "signatures", "compact",
           "candidate_pairs", "estimates",
           "near_duplicate_pairs", "exact_pairs", "clusters", "clusters_of_rows", "pair_recall"]

NUM_PERM = 128
"""Hash functions per signature."""
MIN_JACCARD = 0.5
"""Pairs whose shingle sets have at least this Jaccard similarity are near-duplicates."""
LSH_THRESHOLD = 0.3
"""The LSH index is built for this (lower) similarity, so pairs at ``MIN_JACCARD`` are rarely missed."""
SCHEME = "affine32"
"""datasketch's hashing scheme, named so that signatures stay comparable across versions."""

_PAIR_COLUMNS = ["doc_a", "doc_b", "jaccard", "shared_shingles"]


def shingle_set(text: str, n: int = 5) -> set[str]:
    """The word n-gram shingles of a text, as strings (``"the council met on day"``).

    The words of :func:`helpers.measures.reuse.tokenize` (quotes and dashes
    folded, lower-cased, furniture inside lines left out), without their spans.

    Parameters
    ----------
    text : str
        The text.
    n : int, default 5
        Words per shingle.

    Returns
    -------
    set of str
        The distinct shingles; empty for a text of fewer than ``n`` words.

    Raises
    ------
    TypeError
        If ``text`` is not a str.
    ValueError
        If ``n`` < 1.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if not isinstance(n, (int, np.integer)) or n < 1:
        raise ValueError(f"n (shingle size) must be an integer >= 1, got {n!r}")
    words = tokenize_words(fold(blank_furniture(text)), PASSAGE_WORDS)
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def _sha1_32(values) -> list[int]:
    """datasketch's ``sha1_hash32`` of each bytes value (first 4 bytes of SHA-1, little-endian), in one buffer."""
    digests = b"".join([sha1(v).digest()[:4] for v in values])
    return np.frombuffer(digests, dtype="<u4").astype(np.uint64).tolist()


def _identity(x):
    return x


def signatures(texts: Sequence[str], n: int = 5, num_perm: int = NUM_PERM, seed: int = 0) -> np.ndarray:
    """MinHash signatures of the shingle sets of ``texts``.

    The values of datasketch's ``MinHash(num_perm, seed, scheme=SCHEME)``
    updated with every shingle (UTF-8), computed faster: the hash functions
    are made once, and the shingles' SHA-1 values are computed in one loop
    and given to datasketch as integers.

    Parameters
    ----------
    texts : sequence of str
        One text per article.
    n : int
        Words per shingle.
    num_perm : int
        Hash functions per signature.
    seed : int
        Seed of the hash functions; signatures made with the same seed (on
        any machine or partition) can be compared.

    Returns
    -------
    ndarray of uint64, shape (len(texts), num_perm)
        A text without any shingle (fewer than ``n`` words) gets the
        signature of the empty set; it is never paired.
    """
    from datasketch import MinHash

    out = np.empty((len(texts), num_perm), dtype=np.uint64)
    m = MinHash(num_perm=num_perm, seed=seed, scheme=SCHEME, hashfunc=_identity)
    for i, text in enumerate(texts):
        m.clear()
        sh = shingle_set(text, n)
        if sh:
            m.update_batch(_sha1_32([s.encode("utf-8") for s in sh]))
        out[i] = m.hashvalues
    return out


CLUSTER_CHUNK = 1000
"""Articles whose signatures one task computes on a Dask cluster."""


def _signature_chunk(args: tuple) -> np.ndarray:
    texts, n, num_perm, seed = args
    return signatures(texts, n, num_perm, seed)


def _cluster_signatures(texts: list[str], n: int, num_perm: int, seed: int) -> np.ndarray:
    """:func:`signatures`, a chunk of ``CLUSTER_CHUNK`` articles per task on the Dask cluster (same values)."""
    from ..corpus.dask_units import cluster_client, map_chunks

    chunks = [(texts[a:a + CLUSTER_CHUNK], n, num_perm, seed) for a in range(0, len(texts), CLUSTER_CHUNK)]
    parts = map_chunks(_signature_chunk, chunks, cluster_client())
    return np.concatenate(parts) if parts else np.zeros((0, num_perm), dtype=np.uint64)


def compact(sigs: np.ndarray) -> np.ndarray:
    """Signatures as uint32 when every value fits (the affine32 scheme's do): the same comparisons, half the memory.

    Parameters
    ----------
    sigs : ndarray
        Signatures from :func:`signatures`.

    Returns
    -------
    ndarray
        ``sigs`` as uint32 when it is non-empty and its largest value is below 2**32, else ``sigs`` unchanged.
    """
    return sigs.astype(np.uint32) if sigs.size and int(sigs.max()) < 2 ** 32 else sigs


def _lsh_params(threshold: float = LSH_THRESHOLD, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """Bands and rows per band that datasketch's ``MinHashLSH`` chooses for ``threshold`` (band i: values i*r..(i+1)*r).

    Raises
    ------
    ValueError
        For a threshold outside (0, 1).
    """
    if not 0 < threshold < 1:
        raise ValueError(f"threshold must be between 0 and 1, got {threshold!r}")
    from datasketch.lsh import _optimal_param

    b, r = _optimal_param(threshold, num_perm, 0.5, 0.5)
    return int(b), int(r)


def _band_pairs(band: np.ndarray, live: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows ``i < j`` (of ``live``) whose band values are identical: every pair within each group of equal bands."""
    if len(live) < 2:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    rows = np.ascontiguousarray(band[live])
    keys = rows.view(np.dtype((np.void, rows.dtype.itemsize * rows.shape[1]))).ravel()
    _, group = np.unique(keys, return_inverse=True)
    order = np.argsort(group.ravel(), kind="stable")
    members = live[order]
    g = group.ravel()[order]
    starts = np.flatnonzero(np.r_[True, g[1:] != g[:-1]])
    sizes = np.diff(np.r_[starts, len(g)])
    ii, jj = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
    for m in np.unique(sizes[sizes > 1]):  # groups of one size at once: a few sizes, not one loop per group
        a, b = np.triu_indices(int(m), 1)
        first = starts[sizes == m][:, None]
        ii.append(members[(first + a).ravel()])
        jj.append(members[(first + b).ravel()])
    i, j = np.concatenate(ii), np.concatenate(jj)
    return np.minimum(i, j), np.maximum(i, j)


def _empty_rows(sigs: np.ndarray, seed: int) -> np.ndarray:
    from datasketch import MinHash

    empty = MinHash(num_perm=sigs.shape[1], seed=seed, scheme=SCHEME).hashvalues
    return (sigs == empty.astype(sigs.dtype)).all(axis=1)


def candidate_pairs(sigs: np.ndarray, threshold: float = LSH_THRESHOLD, seed: int = 0, min_estimate: float = 0.0,
                    chunk: int = 1_000_000) -> np.ndarray:
    """Pairs of rows whose signatures collide in an LSH band (``i < j``), sorted.

    The bands are datasketch's for ``threshold`` (:func:`_lsh_params`), and a
    pair is a candidate when its values in one band are identical, as in
    ``MinHashLSH`` (the same candidates), but without building its index:
    each band's collisions come from sorting that band, with NumPy.
    Signatures of the empty set (texts without a shingle) are never paired.

    Parameters
    ----------
    sigs : ndarray, shape (n, num_perm)
        From :func:`signatures` (any unsigned integer type).
    threshold, seed
        LSH threshold; seed of the signatures.
    min_estimate : float
        Keep only the pairs whose estimated Jaccard (share of equal signature
        values) is at least this; filtered band by band, so the pairs held
        stay few when many articles are copies of each other.
    chunk : int
        Pairs whose estimate is computed at once.

    Returns
    -------
    ndarray of int64, shape (k, 2)

    Raises
    ------
    ValueError
        For a threshold outside (0, 1).
    """
    b, r = _lsh_params(threshold, sigs.shape[1] if sigs.ndim == 2 else NUM_PERM)
    if len(sigs) < 2:
        return np.zeros((0, 2), dtype=np.int64)
    live = np.flatnonzero(~_empty_rows(sigs, seed))
    n = len(sigs)
    codes = np.zeros(0, dtype=np.int64)
    for k in range(b):
        i, j = _band_pairs(sigs[:, k * r:(k + 1) * r], live)
        if min_estimate > 0:
            keep = np.concatenate([estimates(sigs, i[a:a + chunk], j[a:a + chunk]) >= min_estimate
                                   for a in range(0, len(i), chunk)] or [np.zeros(0, dtype=bool)])
            i, j = i[keep], j[keep]
        codes = _sorted_unique(np.concatenate([codes, i * n + j]))  # a pair found in many bands is held once
    return np.stack([codes // n, codes % n], axis=1).astype(np.int64).reshape(-1, 2)


def _sorted_unique(x: np.ndarray) -> np.ndarray:
    """``np.unique`` of integers by a stable (radix) sort: faster than NumPy's hashing unique on millions of codes."""
    x = np.sort(x, kind="stable")
    return x[np.r_[True, x[1:] != x[:-1]]] if len(x) else x


def estimates(sigs: np.ndarray, i: np.ndarray, j: np.ndarray, chunk: int = 100_000) -> np.ndarray:
    """Estimated Jaccard of pairs ``(i[k], j[k])``: the share of their signature values that are equal.

    Parameters
    ----------
    sigs : ndarray
        Signatures, one row per text.
    i, j : ndarray of int
        Row numbers of the two texts of each pair (same length).
    chunk : int, default 100_000
        Pairs compared at a time (bounds the memory used).

    Returns
    -------
    ndarray of float
        One estimate per pair, in pair order.
    """
    return np.concatenate([(sigs[i[a:a + chunk]] == sigs[j[a:a + chunk]]).mean(axis=1)
                           for a in range(0, len(i), chunk)] or [np.zeros(0)])


def _jaccard(a: set, b: set) -> tuple[float, int]:
    shared = len(a & b)
    union = len(a) + len(b) - shared
    return (shared / union if union else 0.0), shared


def near_duplicate_pairs(texts: Sequence[str], doc_ids: Sequence[str], n: int = 5, min_jaccard: float = MIN_JACCARD,
                         num_perm: int = NUM_PERM, threshold: float | None = None, seed: int = 0,
                         sigs: np.ndarray | None = None) -> pd.DataFrame:
    """Near-duplicate pairs found with MinHash LSH and checked exactly.

    Parameters
    ----------
    texts, doc_ids : sequences of equal length
        The articles.
    n, num_perm, seed
        As in :func:`signatures`.
    min_jaccard : float
        Exact Jaccard similarity of shingle sets a pair needs.
    threshold : float, optional
        LSH threshold (below ``min_jaccard``: fewer misses, more candidates).
        Default: ``LSH_THRESHOLD``, or 0.6 x ``min_jaccard`` when that is lower.
    sigs : ndarray, optional
        Signatures made beforehand. Without them, a column of a corpus
        loaded with ``engine="dask"`` (``texts.attrs["engine"]``) gets its
        signatures on the Dask cluster, ``CLUSTER_CHUNK`` articles per task.

    Returns
    -------
    DataFrame
        ``doc_a``, ``doc_b`` (``doc_a < doc_b``), ``jaccard``, ``shared_shingles``,
        sorted by decreasing Jaccard, then ids.

    Raises
    ------
    ValueError
        When ``texts`` and ``doc_ids`` differ in length.
    """
    if len(texts) != len(doc_ids):
        raise ValueError(f"{len(texts)} texts but {len(doc_ids)} doc_ids")
    if sigs is None and (getattr(texts, "attrs", None) or {}).get("engine") == "dask":
        sigs = _cluster_signatures(list(texts), n, num_perm, seed)  # a column of a corpus loaded with Dask
    elif sigs is None:
        sigs = signatures(texts, n, num_perm, seed)
    texts = list(texts)
    if threshold is None:
        threshold = min(LSH_THRESHOLD, 0.6 * min_jaccard)
    cand = candidate_pairs(sigs, threshold, seed)
    sets: dict[int, set] = {}
    rows = []
    for i, j in cand:
        a = sets.setdefault(int(i), shingle_set(texts[i], n))
        b = sets.setdefault(int(j), shingle_set(texts[j], n))
        jac, shared = _jaccard(a, b)
        if jac >= min_jaccard:
            da, db = sorted((str(doc_ids[i]), str(doc_ids[j])))
            rows.append((da, db, jac, shared))
    return _sorted_pairs(rows)


def _sorted_pairs(rows: list) -> pd.DataFrame:
    out = pd.DataFrame(rows, columns=_PAIR_COLUMNS)
    out["shared_shingles"] = out["shared_shingles"].astype(int)
    return out.sort_values(["jaccard", "doc_a", "doc_b"], ascending=[False, True, True], kind="stable"
                           ).reset_index(drop=True)


def exact_pairs(texts: Sequence[str], doc_ids: Sequence[str], n: int = 5, min_jaccard: float = MIN_JACCARD
                ) -> pd.DataFrame:
    """Every pair with Jaccard >= ``min_jaccard``, by comparing all pairs (the reference; small corpora only).

    Parameters
    ----------
    texts : sequence of str
        The texts.
    doc_ids : sequence of str
        The id of each text, aligned with ``texts``.
    n : int, default 5
        Words per shingle (:func:`shingle_set`).
    min_jaccard : float, default MIN_JACCARD
        Pairs below this exact Jaccard similarity are left out.

    Returns
    -------
    DataFrame
        As :func:`near_duplicate_pairs`.

    Raises
    ------
    TypeError, ValueError
        From :func:`shingle_set`, for a text that is not a str or ``n`` < 1.
    """
    import scipy.sparse as sp

    sets = [shingle_set(t, n) for t in texts]
    vocab: dict[str, int] = {}
    indptr, indices = [0], []
    for s in sets:
        indices.extend(vocab.setdefault(x, len(vocab)) for x in s)
        indptr.append(len(indices))
    X = sp.csr_matrix((np.ones(len(indices), dtype=np.int32), indices, indptr), shape=(len(sets), max(len(vocab), 1)))
    inter = (X @ X.T).tocoo()
    sizes = np.array([len(s) for s in sets])
    keep = inter.row < inter.col
    i, j, k = inter.row[keep], inter.col[keep], inter.data[keep]
    jac = k / (sizes[i] + sizes[j] - k)
    hit = jac >= min_jaccard
    rows = [(*sorted((str(doc_ids[a]), str(doc_ids[b]))), float(x), int(c))
            for a, b, x, c in zip(i[hit], j[hit], jac[hit], k[hit])]
    return _sorted_pairs(rows)


def clusters(pairs: pd.DataFrame, groups: dict[str, str] | None = None) -> pd.DataFrame:
    """Clusters of near-duplicates: the connected components of the pairs.

    Parameters
    ----------
    pairs : DataFrame
        From :func:`near_duplicate_pairs` (``doc_a``, ``doc_b``, ``jaccard``).
    groups : dict, optional
        doc_id to its group (outlet), for the number of groups per cluster.

    Returns
    -------
    DataFrame
        One row per cluster of two or more articles: ``cluster`` (1 = largest),
        ``size``, ``n_pairs``, ``min_jaccard`` (weakest link), ``n_groups``,
        ``groups`` (group: count, most first), ``first_doc`` and ``doc_ids``
        (sorted), sorted by size then first doc_id.
    """
    codes, ids = pd.factorize(pd.concat([pairs["doc_a"], pairs["doc_b"]], ignore_index=True).astype(str))
    n = len(pairs)
    ids = np.asarray(ids, dtype=object)
    return clusters_of_rows(codes[:n], codes[n:], pairs["jaccard"].to_numpy(), ids,
                            np.array([(groups or {}).get(d, "") for d in ids], dtype=object))


def clusters_of_rows(i: np.ndarray, j: np.ndarray, jaccard: np.ndarray, ids: np.ndarray, groups: np.ndarray
                     ) -> pd.DataFrame:
    """:func:`clusters` of pairs given as row numbers (``i``, ``j`` index ``ids`` and ``groups``).

    The components are found with SciPy on integer arrays, so millions of
    pairs need no Python loop (only the clusters are listed one by one).

    Parameters
    ----------
    i, j : ndarray of int
        Row numbers of the two articles of each pair.
    jaccard : ndarray of float
        The similarity of each pair.
    ids : ndarray
        The doc_id of each row number.
    groups : ndarray
        The group of each row number ("" for none, shown as "(unknown)").

    Returns
    -------
    DataFrame
        As :func:`clusters`.

    Raises
    ------
    ValueError
        When ``i``, ``j`` and ``jaccard`` differ in length.
    """
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    if not len(i) == len(j) == len(jaccard):
        raise ValueError(f"i, j and jaccard differ in length ({len(i)}, {len(j)}, {len(jaccard)})")
    cols = ["size", "n_pairs", "min_jaccard", "n_groups", "groups", "first_doc", "doc_ids"]
    rows = []
    if len(i):
        nodes, inv = np.unique(np.concatenate([i, j]), return_inverse=True)
        a, b = inv[:len(i)], inv[len(i):]
        _, label = connected_components(coo_matrix((np.ones(len(a)), (a, b)), shape=(len(nodes),) * 2), directed=False)
        n_pairs = np.bincount(label[a], minlength=label.max() + 1)
        weakest = np.full(label.max() + 1, np.inf)
        np.minimum.at(weakest, label[a], np.asarray(jaccard, dtype=float))
        order = np.argsort(label, kind="stable")
        bounds = np.flatnonzero(np.r_[True, label[order][1:] != label[order][:-1], True])
        for s, e in zip(bounds[:-1], bounds[1:]):
            members = nodes[order[s:e]]
            docs = sorted(str(d) for d in ids[members])
            g = Counter(str(x) for x in groups[members])
            c = label[order[s]]
            rows.append({"size": len(docs), "n_pairs": int(n_pairs[c]), "min_jaccard": float(weakest[c]),
                         "n_groups": len(g),
                         "groups": "; ".join(f"{k or '(unknown)'}: {v}"
                                             for k, v in sorted(g.items(), key=lambda t: (-t[1], t[0]))),
                         "first_doc": docs[0], "doc_ids": " ".join(docs)})
    out = pd.DataFrame(rows, columns=cols)
    out = out.sort_values(["size", "first_doc"], ascending=[False, True], kind="stable").reset_index(drop=True)
    out.insert(0, "cluster", np.arange(1, len(out) + 1))
    return out


def pair_recall(found: pd.DataFrame, reference: pd.DataFrame) -> dict:
    """Share of the reference pairs that were found (``k`` of ``n``), and the found pairs not in the reference.

    Parameters
    ----------
    found : DataFrame
        Pairs with ``doc_a`` and ``doc_b`` (as :func:`near_duplicate_pairs`).
    reference : DataFrame
        The reference pairs, in the same form (as :func:`exact_pairs`).

    Returns
    -------
    dict
        ``k``, ``n``, ``recall`` (NaN when ``n`` is 0), ``extra``.
    """
    ref = set(zip(reference["doc_a"], reference["doc_b"]))
    got = set(zip(found["doc_a"], found["doc_b"]))
    k = len(ref & got)
    return {"k": k, "n": len(ref), "recall": k / len(ref) if ref else float("nan"), "extra": len(got - ref)}
