"""The document-term matrix of a topic model: TF-IDF identical to scikit-learn's, counted with numpy in parallel chunks."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
import scipy.sparse as sp

from ..core.parallel import parallel_map, shared_data, worker_count
from ..text.furniture import count_text
from .units import TOKEN_PATTERN, default_stop_words

__all__ = ["CHUNK_CHARS", "DocTermMatrix", "PARALLEL_MIN_CHARS", "default_df_bounds", "vectorize"]

PARALLEL_MIN_CHARS = 5_000_000
"""Below this many characters of text, tokenizing runs in one process."""

CHUNK_CHARS = 4_000_000
"""Characters of text tokenized per chunk (bounds the memory of one step)."""



# --------------------------------------------------------------------------
# vectorizing


@dataclass(frozen=True)
class DocTermMatrix:
    """Units by terms, as counts and as TF-IDF, with the vocabulary.

    Attributes
    ----------
    counts : scipy.sparse.csr_matrix of shape (n_units, n_terms)
        How often each term occurs in each unit (float64).
    tfidf : scipy.sparse.csr_matrix of shape (n_units, n_terms)
        scikit-learn TF-IDF (smooth idf, rows scaled to unit length).
    terms : ndarray of str
        The vocabulary in alphabetical order (unigrams and bigrams).
    min_df, max_df : int or float
        The document-frequency bounds applied (as given or as chosen by
        :func:`default_df_bounds`).
    """

    counts: sp.csr_matrix
    tfidf: sp.csr_matrix
    terms: np.ndarray
    min_df: int | float
    max_df: int | float

    @property
    def n_units(self) -> int:
        return self.counts.shape[0]

    @property
    def n_terms(self) -> int:
        return self.counts.shape[1]

    def has_terms(self) -> np.ndarray:
        """Boolean mask of the units that contain at least one vocabulary term."""
        return np.diff(self.counts.indptr) > 0


def default_df_bounds(n_units: int) -> tuple[int, float]:
    """Document-frequency bounds that suit the size of the corpus.

    Parameters
    ----------
    n_units : int
        Number of documents (units) to vectorize.

    Returns
    -------
    (min_df, max_df) : (int, float)
        ``min_df`` (a count): 1 below 20 units, so that a handful of articles
        keeps its vocabulary; 2 up to 20,000 units (a term seen once cannot
        co-occur with anything); above, one unit in 10,000 (93 units for the
        922,000 paragraphs of the AllSides corpus), which drops typos, names
        and scraping debris on large corpora. ``max_df`` (a share): 1.0 below
        3 units; 0.9 below 20 units (a term in every one of five articles
        distinguishes none of them); 0.5 from 20 units (a term in more than
        half of all units is background, e.g. "pakistan" in a corpus about
        Pakistan).

    Raises
    ------
    ValueError
        If ``n_units`` is below 1.
    """
    if n_units < 1:
        raise ValueError(f"need at least one unit to vectorize, got {n_units}")
    if n_units < 20:
        min_df = 1
    elif n_units <= 20_000:
        min_df = 2
    else:
        min_df = int(math.ceil(n_units / 10_000))
    max_df = 1.0 if n_units < 3 else (0.9 if n_units < 20 else 0.5)
    return min_df, max_df


def _doc_count(bound: int | float, n: int, name: str) -> float:
    if isinstance(bound, (bool, np.bool_)) or not isinstance(bound, (int, float, np.integer, np.floating)):
        raise ValueError(f"{name} must be an int (units) or a float (share of units), got {bound!r}")
    if isinstance(bound, (int, np.integer)):
        if bound < 1:
            raise ValueError(f"{name} as a count must be >= 1, got {bound}")
        return float(bound)
    if not 0.0 < bound <= 1.0:
        raise ValueError(f"{name} as a share must be in (0, 1], got {bound}")
    return bound * n


_NON_WORD = "\u2019\u2018\u201c\u201d\u2014\u2013\u2026\u00a0\u2022\u00b7"
"""Frequent non-ASCII punctuation (quotes, dashes, ellipsis, no-break space,
bullets). None is a word character, so replacing them by spaces changes no
token, and many paragraphs become pure ASCII."""


def _ascii_findall(pattern: str):
    """A faster, equivalent tokenizer for pure-ASCII text, or None.

    On ASCII text, Unicode letters are ``[a-z]`` (after lower-casing) and word
    boundaries are the same, so ASCII matching finds the same tokens.
    """
    if pattern != TOKEN_PATTERN:
        return None
    return re.compile(r"\b[a-z]{2,}\b", re.ASCII).findall


def _tokenize_chunk(texts: list[str], stop_words: frozenset, pattern: str):
    """Token codes of a chunk of texts, stop words removed.

    Returns ``(codes, uniques, lengths)``: int32 codes into ``uniques`` (the
    chunk's distinct tokens), and the number of kept tokens of each text.
    """
    findall = re.compile(pattern).findall
    fast = _ascii_findall(pattern)
    lengths = np.empty(len(texts), dtype=np.int64)
    tokens: list[str] = []
    for i, text in enumerate(texts):
        low = text.lower()
        if fast is not None and not low.isascii():
            for ch in _NON_WORD:
                if ch in low:
                    low = low.replace(ch, " ")
        found = fast(low) if fast is not None and low.isascii() else findall(low)
        lengths[i] = len(found)
        tokens.extend(found)
    codes, uniques = pd.factorize(np.array(tokens, dtype=object))
    uniques = np.asarray(uniques, dtype=object)
    is_stop = np.fromiter((u in stop_words for u in uniques), dtype=bool, count=len(uniques))
    keep_tok = ~is_stop[codes] if len(codes) else np.zeros(0, dtype=bool)
    doc = np.repeat(np.arange(len(texts)), lengths)
    lengths = np.bincount(doc[keep_tok], minlength=len(texts)).astype(np.int64)
    kept = np.flatnonzero(~is_stop)
    remap = np.full(len(uniques), -1, dtype=np.int64)
    remap[kept] = np.arange(len(kept))
    return remap[codes[keep_tok]].astype(np.int32), uniques[kept], lengths


def _chunks(texts: list[str], chunk_chars: int) -> list[tuple[int, int]]:
    bounds, start, size = [], 0, 0
    for i, t in enumerate(texts):
        size += len(t)
        if size >= chunk_chars:
            bounds.append((start, i + 1))
            start, size = i + 1, 0
    if start < len(texts) or not bounds:
        bounds.append((start, len(texts)))
    return bounds


def _tokenize_bounds(start: int, stop: int, stop_words: frozenset):
    return _tokenize_chunk(shared_data()[start:stop], stop_words, TOKEN_PATTERN)


def _tokenize(texts: list[str], stop_words: frozenset, n_jobs: int | None):
    """Tokenize all texts (in parallel chunks) into global codes and lengths."""
    bounds = _chunks(texts, CHUNK_CHARS)
    total = sum(len(t) for t in texts)
    jobs = worker_count(n_jobs, total, PARALLEL_MIN_CHARS)
    results = parallel_map(_tokenize_bounds, [(a, b, stop_words) for a, b in bounds], jobs if len(bounds) > 1 else 1,
                           desc="tokenizing", shared=texts)
    all_uniques = np.concatenate([r[1] for r in results]) if results else np.zeros(0, dtype=object)
    gcodes, vocab = pd.factorize(all_uniques)
    codes, offset = [], 0
    for local, uniq, _ in results:
        codes.append(gcodes[offset:offset + len(uniq)][local] if len(local) else np.zeros(0, dtype=np.int64))
        offset += len(uniq)
    codes = np.concatenate(codes).astype(np.int32) if codes else np.zeros(0, dtype=np.int32)
    lengths = np.concatenate([r[2] for r in results]) if results else np.zeros(0, dtype=np.int64)
    return codes, np.asarray(vocab, dtype=object), lengths


def _csr(doc_lengths: np.ndarray, cols: np.ndarray, n_cols: int) -> sp.csr_matrix:
    """Count matrix from each unit's column ids (in unit order); 32-bit where it fits."""
    idx = np.int32 if max(len(cols), n_cols) < 2**31 - 1 else np.int64
    indptr = np.concatenate([[0], np.cumsum(doc_lengths)]).astype(idx)
    m = sp.csr_matrix((np.ones(len(cols), dtype=np.float32), cols.astype(idx), indptr),  # a copy: sorted in place below
                      shape=(len(doc_lengths), n_cols))
    m.sum_duplicates()
    return m


def vectorize(
    texts,
    min_df: int | float | None = None,
    max_df: int | float | None = None,
    max_features: int | None = None,
    stop_words: frozenset | None = None,
    n_jobs: int | None = None,
) -> DocTermMatrix:
    """Count unigrams and bigrams in every unit and weight them with TF-IDF.

    Same vocabulary and weights as scikit-learn's
    ``TfidfVectorizer(token_pattern=TOKEN_PATTERN, stop_words=sorted(stop_words),
    ngram_range=(1, 2), min_df=min_df, max_df=max_df)``: lower-cased words of
    two or more letters, stop words removed, bigrams formed from the remaining
    neighbouring words, terms kept when ``min_df <= df <= max_df``. Furniture inside a line (photo credits,
    gallery counters, link cards, short links: :func:`helpers.text.furniture.count_text`) is not counted.

    Parameters
    ----------
    texts : sequence of str
        One text per unit.
    min_df, max_df : int or float, optional
        Bounds on the number (int) or share (float) of units that contain a
        term. ``None`` uses :func:`default_df_bounds`.
    max_features : int, optional
        Keep only this many terms, the most frequent in the corpus (ties
        broken alphabetically).
    stop_words : frozenset of str, optional
        Default :func:`default_stop_words`.
    n_jobs : int, optional
        Processes for tokenizing; default all cores for large inputs (above
        ``PARALLEL_MIN_CHARS`` characters), else one. The result does not
        depend on it.

    Returns
    -------
    DocTermMatrix

    Raises
    ------
    ValueError
        If there are no texts, a bound is out of range, ``min_df`` asks for
        more units than ``max_df`` allows, or no term is left (the message
        gives the numbers to adjust).
    """
    from sklearn.feature_extraction.text import TfidfTransformer

    texts = [count_text(t) for t in list(texts)]  # furniture inside lines (credits, link cards) is not counted
    n = len(texts)
    if n == 0:
        raise ValueError("no texts to vectorize: the unit table is empty")
    dmin, dmax = default_df_bounds(n)
    min_df = dmin if min_df is None else min_df
    max_df = dmax if max_df is None else max_df
    lo, hi = _doc_count(min_df, n, "min_df"), _doc_count(max_df, n, "max_df")
    if hi < lo:
        raise ValueError(f"max_df={max_df} allows fewer units ({hi:g}) than min_df={min_df} requires ({lo:g})")
    if max_features is not None and (not isinstance(max_features, (int, np.integer)) or max_features < 1):
        raise ValueError(f"max_features must be a positive int or None, got {max_features!r}")
    stop_words = default_stop_words() if stop_words is None else frozenset(stop_words)

    codes, vocab, lengths = _tokenize(texts, stop_words, n_jobs)
    n_vocab = len(vocab)
    uni = _csr(lengths, codes, n_vocab)
    uni_df = np.bincount(uni.indices, minlength=n_vocab)
    # Bigrams from neighbouring kept tokens of the same unit. A bigram is in no
    # more units than either of its words, so pairs with a word below min_df
    # can be skipped without changing the result.
    ends = np.cumsum(lengths)
    same_doc = np.ones(max(len(codes) - 1, 0), dtype=bool)
    last = ends[(lengths > 0) & (ends < len(codes))] - 1
    same_doc[last] = False
    frequent = uni_df >= lo
    a, b = codes[:-1], codes[1:]
    ok = same_doc & frequent[a] & frequent[b] if len(codes) > 1 else np.zeros(0, dtype=bool)
    del same_doc
    pair_doc = np.repeat(np.arange(n, dtype=np.int32), lengths)[:-1][ok] if len(codes) > 1 else np.zeros(0, dtype=np.int32)
    keys, bigrams = pd.factorize(a[ok].astype(np.int64) * n_vocab + b[ok])
    del a, b, ok, codes
    bi = _csr(np.bincount(pair_doc, minlength=n), keys, len(bigrams))
    del pair_doc, keys
    bi_df = np.bincount(bi.indices, minlength=len(bigrams))

    keep_u = np.flatnonzero((uni_df >= lo) & (uni_df <= hi))
    keep_b = np.flatnonzero((bi_df >= lo) & (bi_df <= hi))
    if len(keep_u) + len(keep_b) == 0:
        raise ValueError(
            f"no terms remain: {n} units hold {n_vocab} distinct words after stop words, and none is in "
            f"between min_df={min_df} and max_df={max_df} of the units. Lower min_df or raise max_df."
        )
    bigrams = np.asarray(bigrams, dtype=np.int64)
    names = np.concatenate([
        vocab[keep_u],
        np.array([f"{vocab[k // n_vocab]} {vocab[k % n_vocab]}" for k in bigrams[keep_b]], dtype=object),
    ])
    counts = sp.hstack([uni[:, keep_u], bi[:, keep_b]], format="csr")
    del uni, bi
    order = np.argsort(names.astype(str), kind="stable")
    names, counts = names[order], counts[:, order]
    if max_features is not None and max_features < len(names):
        tf = np.asarray(counts.sum(axis=0)).ravel()
        top = np.sort(np.argsort(-tf, kind="stable")[:max_features])
        names, counts = names[top], counts[:, top]
    counts = sp.csr_matrix(counts, dtype=np.float64)
    counts.sort_indices()
    tfidf = sp.csr_matrix(TfidfTransformer().fit_transform(counts))
    return DocTermMatrix(counts=counts, tfidf=tfidf, terms=names.astype(str), min_df=min_df, max_df=max_df)


