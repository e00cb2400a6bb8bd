"""Topic models of a news corpus: what the coverage is about, and how far to trust it.

The pipeline, one function per step (the notebook ``01_topics`` calls them in
this order)::

    units = topic_units(corpus, "paragraph", columns=["outlet"])   # documents of the model
    dtm = vectorize(units["text"])                                 # once, sparse
    sweep, models = sweep_topics(dtm, 3, 12)                       # k chosen by NPMI and diversity
    model = models[choose_k(sweep)]
    weights = model.transform(dtm)                                 # every unit, (n_units, k)
    stab = topic_stability(dtm, model, seeds=[1, 2, 3])            # refits on resamples

Design
------
* **Units.** Five long articles are five documents, far too few for a topic
  model; paragraphs (default) or sentences are documents that keep their
  ``doc_id`` and metadata, so results aggregate back to articles and outlets.
* **Vectorizer.** Exactly the terms and weights of scikit-learn's
  ``TfidfVectorizer(token_pattern=TOKEN_PATTERN, stop_words=..., ngram_range=(1, 2),
  min_df=..., max_df=...)`` (English stop list plus ``data/topic_stopwords.yaml``;
  a unit test checks the equivalence), but the counting is done with numpy on
  integer token codes instead of one Python dictionary lookup per n-gram, and
  tokenizing runs in parallel chunks (the Python token lists of one chunk at a
  time): the 820,000 paragraphs of the 37,554 AllSides articles take about
  15-25 s on 2 cores where ``TfidfVectorizer`` takes over 60 s. The weighting
  is scikit-learn's ``TfidfTransformer``.
* **Models.** scikit-learn NMF (default; ``init="nndsvd"``, deterministic) on
  TF-IDF, or LDA (batch variational Bayes, seeded) on counts. On a large
  corpus every model is fit on a random sample of ``sample_size`` units and
  then applied to all units (``transform``).
* **Choice of k.** For each k in ``k_min..k_max``: mean NPMI coherence of the
  topics' top terms, counted in all units of the corpus
  (:mod:`helpers.topics.coherence`), and topic diversity (Dieng et al. 2020). The
  chosen k has the highest coherence among the k whose diversity is at least
  ``DIVERSITY_MIN`` (topics that do not repeat each other's top words); ties
  go to the smaller k. For NMF the sweep computes one randomized SVD of the
  sample and starts every k from its leading singular vectors
  (:func:`nndsvd_init`), which saves most of the time of a sweep.
* **Stability.** The model is refit on random subsamples (80 % of the fitting
  units, one per seed; LDA also gets that seed). Each original topic is
  matched one-to-one to a refit topic (Hungarian matching on the Jaccard
  overlap of their top-term sets, as in Greene et al. 2014); a topic's
  stability is its mean matched Jaccard. Topics below ``STABLE_JACCARD`` are
  flagged as unstable.
"""
from __future__ import annotations

import math
import os
import re
import warnings
from dataclasses import dataclass, field, replace
from typing import Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp

from ..core.paths import DATA_DIR
from ..core.progress import progress
from .coherence import topic_coherence, topic_diversity

UNITS = ("paragraph", "sentence", "article")
METHODS = ("nmf", "lda")
TOKEN_PATTERN = r"(?u)\b[^\W\d_]{2,}\b"
"""Words of two or more letters; numbers and tokens with digits are dropped."""

STABLE_JACCARD = 0.5
"""Topics whose mean matched top-term Jaccard across refits is below this are
flagged unstable (0.5 means that, on average, about two thirds of the top
terms come back: 7 shared terms of 10 give 7/13 = 0.54)."""

SUBSAMPLE_FRACTION = 0.8
"""Share of the fitting units drawn (without replacement) for each stability refit."""

MIN_PASSAGE_TERMS = 5
"""A unit needs this many distinct vocabulary terms to serve as a representative
passage (shorter units get extreme topic shares from one or two words)."""

PARALLEL_MIN_CHARS = 5_000_000
"""Below this many characters of text, tokenizing runs in one process."""

PARALLEL_MIN_ROWS = 5_000
"""From this many fitting units, the fits of a sweep and the stability refits
run in parallel processes."""

CHUNK_CHARS = 4_000_000
"""Characters of text tokenized per chunk (bounds the memory of one step)."""

MIN_PERIOD_ARTICLES = 5
"""Periods with fewer articles are left out of the time figure when enough other
periods reach it (:func:`periods_to_show`), and are never joined into a trend line."""

DIVERSITY_MIN = 0.9
"""k is chosen among models whose top words are at least this share distinct
(see :func:`choose_k`): below it, topics start to repeat each other."""

REPEATED_MIN_DOCS = 10
"""A unit whose text occurs verbatim in this many articles is a template (see
:func:`repeated_units`) and is left out of the topic model."""

NMF_MAX_ITER = 400
NMF_TOL = 1e-3
"""Relative change of the NMF loss at which fitting stops. On AllSides paragraphs
1e-3 gave the same top terms as 1e-4 at k = 5, 9 and 12 with about 30 % fewer
iterations."""
LDA_MAX_ITER = 20

SWEEP_REFITS = 3
"""Stability refits per k in the notebook's sweep (the first seeds of its ``seeds``
parameter); :func:`choose_k` weighs coherence by this stability."""

SWEEP_SAMPLE = 5_000
"""The k sweep (and its stability refits) fits on a random sample of at most
this many documents (seeded, the same sample for every k), even when
``sample_size`` is larger: the fits and refits of a sweep are most of the
notebook's time on a large corpus (on the 37,554 AllSides articles the sweep
on a 10,000-article sample took 154 s of a 392 s run). Coherence is still
counted in all documents, and the model of the chosen k, fit on this sample,
scores every document. 5,000 articles are about 500 per topic at k = 10; the
development tasks of ``benchmarks/bench_topics_recovery.py`` (at most 900
articles) are not sampled."""


# --------------------------------------------------------------------------
# stop words and units


def load_topic_stopwords(path=None) -> list[str]:
    """The domain stop words of the topic model, from the data file.

    Parameters
    ----------
    path : str or Path, optional
        A lexicon YAML file (see :func:`helpers.text.lexicon.load_lexicon`);
        default ``helpers/data/topic_stopwords.yaml``.

    Returns
    -------
    list of str
        Lower-case terms, sorted, without duplicates.

    Raises
    ------
    LexiconError
        If the file is malformed.
    ValueError
        If a term is not a single token of :data:`TOKEN_PATTERN` (it could
        never match a token, so it would silently do nothing).
    """
    from ..text.lexicon import load_lexicon

    doc = load_lexicon(path or DATA_DIR / "topic_stopwords.yaml")
    rx = re.compile(TOKEN_PATTERN)
    out = set()
    for eid, entry in doc["entries"].items():
        for term in entry.get("terms", []):
            t = term.strip().lower()
            if rx.fullmatch(t) is None:
                raise ValueError(
                    f"{doc['path']}: entry {eid!r} holds {term!r}, which is not one token of two or more "
                    "letters; stop words are removed token by token, so list single words only."
                )
            out.add(t)
    return sorted(out)


def default_stop_words() -> frozenset:
    """scikit-learn's English stop list, :func:`load_topic_stopwords` and the active study's ``topic_stopwords``."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    from ..core.study import active_study

    return (frozenset(ENGLISH_STOP_WORDS) | frozenset(load_topic_stopwords())
            | frozenset(active_study().topic_stopwords))


def topic_units(corpus: pd.DataFrame, unit: str = "paragraph", columns: Sequence[str] = ("outlet",)) -> pd.DataFrame:
    """The documents of the topic model: paragraphs, sentences or whole articles.

    Parameters
    ----------
    corpus : DataFrame
        From :func:`helpers.load_corpus` (needs ``doc_id``, ``text`` and, for
        paragraphs and sentences, ``raw``).
    unit : {"paragraph", "sentence", "article"}
        The unit of analysis.
    columns : sequence of str
        Metadata columns copied to every unit (e.g. the ``group_by`` column).

    Returns
    -------
    DataFrame
        One row per unit, in document order: ``doc_id``, the ``columns``,
        ``unit_id`` and ``text`` (for paragraphs and sentences also
        ``paragraph_id``, ``role``, ``start``, ``end``; see
        :func:`helpers.corpus.segment`). An article is one unit with ``unit_id`` 0
        and its cleaned body as ``text``.

    Raises
    ------
    ValueError
        For an unknown ``unit`` or a column not in ``corpus``.
    """
    if unit not in UNITS:
        raise ValueError(f"unit must be one of {UNITS}, got {unit!r}")
    cols = [c for c in ([columns] if isinstance(columns, str) else list(columns)) if c != "doc_id"]
    cols = list(dict.fromkeys(cols))
    missing = [c for c in ["doc_id", "text", *cols] if c not in corpus.columns]
    if missing:
        raise ValueError(f"column(s) {missing} not in the corpus; it has {list(corpus.columns)}")
    if unit != "article":
        from ..corpus.segment import segment

        return segment(corpus, unit, columns=cols)
    out = corpus[["doc_id", *cols]].copy()
    out["unit_id"] = 0
    out["text"] = corpus["text"].to_numpy()
    return out.reset_index(drop=True)


def repeated_units(units: pd.DataFrame, min_docs: int = REPEATED_MIN_DOCS) -> pd.Series:
    """Flag units whose text recurs verbatim in many different articles.

    A passage printed word for word in ``min_docs`` or more articles is a
    template (a copyright line, a newsletter promo, "The Associated Press
    contributed to this report.") or copied text, not reporting of its own.
    Left in, such passages form "topics" of their own and, because their words
    always occur together, they score the highest NPMI coherence of all.

    Parameters
    ----------
    units : DataFrame
        With ``doc_id`` and ``text``.
    min_docs : int
        Number of distinct articles (>= 2) from which a text counts as repeated.
        Texts are compared after stripping and lower-casing.

    Returns
    -------
    Series of int, same index as ``units``
        For each unit, the number of distinct articles that contain its text
        when that number is at least ``min_docs``, else 0.
    """
    if not isinstance(min_docs, (int, np.integer)) or min_docs < 2:
        raise ValueError(f"min_docs must be an int >= 2, got {min_docs!r}")
    if len(units) == 0:
        return pd.Series(np.zeros(0, dtype=np.int64), index=units.index)
    key = pd.factorize(units["text"].str.strip().str.lower())[0].astype(np.int64)
    doc = pd.factorize(units["doc_id"])[0].astype(np.int64)
    width = int(doc.max()) + 1
    pairs = np.unique(key * width + doc)
    n_docs = np.bincount(pairs // width, minlength=int(key.max()) + 1)[key]
    return pd.Series(np.where(n_docs >= min_docs, n_docs, 0), index=units.index, dtype="int64")


def repeated_passages(units: pd.DataFrame, counts: pd.Series) -> pd.DataFrame:
    """The repeated texts flagged by :func:`repeated_units`, most widespread first.

    Returns
    -------
    DataFrame
        ``text`` (as first seen), ``n_articles``, ``n_units``; sorted by
        ``n_articles`` (descending), then text.
    """
    flagged = units.loc[counts.to_numpy() > 0, ["text"]].assign(n_articles=counts[counts > 0].to_numpy())
    if flagged.empty:
        return pd.DataFrame({"text": pd.Series(dtype=str), "n_articles": pd.Series(dtype="int64"),
                             "n_units": pd.Series(dtype="int64")})
    flagged["key"] = flagged["text"].str.strip().str.lower()
    out = flagged.groupby("key", sort=False).agg(text=("text", "first"), n_articles=("n_articles", "first"),
                                                  n_units=("text", "size"))
    out["text"] = out["text"].str.strip()
    return out.sort_values(["n_articles", "text"], ascending=[False, True], kind="stable").reset_index(drop=True)


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


def _tokenize(texts: list[str], stop_words: frozenset, n_jobs: int | None):
    """Tokenize all texts (in parallel chunks) into global codes and lengths."""
    bounds = _chunks(texts, CHUNK_CHARS)
    total = sum(len(t) for t in texts)
    jobs = n_jobs if n_jobs is not None else (os.cpu_count() or 1) if total >= PARALLEL_MIN_CHARS else 1
    if jobs == 1 or len(bounds) == 1:
        results = [_tokenize_chunk(texts[a:b], stop_words, TOKEN_PATTERN)
                   for a, b in progress(bounds, desc="tokenizing", total=len(bounds))]
    else:
        from joblib import Parallel, delayed

        par = Parallel(n_jobs=jobs, return_as="generator")
        gen = par(delayed(_tokenize_chunk)(texts[a:b], stop_words, TOKEN_PATTERN) for a, b in bounds)
        results = list(progress(gen, desc="tokenizing", total=len(bounds)))
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
    neighbouring words, terms kept when ``min_df <= df <= max_df``.

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

    texts = [t if isinstance(t, str) else "" for t in list(texts)]
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


# --------------------------------------------------------------------------
# models


@dataclass(frozen=True)
class TopicModel:
    """A fitted topic model and how it was fit.

    Attributes
    ----------
    method : {"nmf", "lda"}
    n_topics : int
    estimator : sklearn.decomposition.NMF or LatentDirichletAllocation
    order : ndarray of int
        Topic ``i`` of this model is topic ``order[i]`` of the estimator (see
        :meth:`reordered`).
    rows : ndarray of int
        The units the model was fit on.
    converged : bool
        Whether the solver stopped before ``max_iter`` (NMF; always True for
        LDA, which runs a fixed number of passes).
    """

    method: str
    n_topics: int
    estimator: object
    order: np.ndarray
    rows: np.ndarray
    converged: bool = True
    meta: dict = field(default_factory=dict)

    def components(self) -> np.ndarray:
        """Topic-term weights, shape (n_topics, n_terms): NMF's H, or LDA's
        topic-word probabilities."""
        h = np.asarray(self.estimator.components_, dtype=np.float64)[self.order]
        if self.method == "lda":
            h = h / h.sum(axis=1, keepdims=True)
        return h

    def transform(self, dtm: DocTermMatrix, rows=None) -> np.ndarray:
        """Unit-topic weights for the units of ``dtm`` (all, or ``rows``).

        Returns
        -------
        ndarray of shape (n_units, n_topics)
            NMF: non-negative weights W; LDA: topic proportions. Units without
            any vocabulary term get all zeros.
        """
        X = model_input(dtm, self.method)
        if rows is not None:
            X = X[np.asarray(rows)]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", category=_convergence_warning())
            w = self.estimator.transform(X)[:, self.order]
        w[np.diff(X.indptr) == 0] = 0.0
        return w

    def reordered(self, order) -> "TopicModel":
        """The same model with its topics in ``order`` (a permutation)."""
        order = np.asarray(order)
        if sorted(order.tolist()) != list(range(self.n_topics)):
            raise ValueError(f"order must be a permutation of 0..{self.n_topics - 1}, got {order.tolist()}")
        return replace(self, order=self.order[order])


def _convergence_warning():
    from sklearn.exceptions import ConvergenceWarning

    return ConvergenceWarning


def model_input(dtm: DocTermMatrix, method: str) -> sp.csr_matrix:
    """TF-IDF for NMF, counts for LDA (a probabilistic model of word counts)."""
    _check_method(method)
    return dtm.tfidf if method == "nmf" else dtm.counts


def _check_method(method: str) -> None:
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}, got {method!r}")


def max_topics(n_units: int, n_terms: int) -> int:
    """The largest number of topics a model can have on this matrix.

    NMF's ``nndsvd`` initialisation needs ``k <= min(n_units, n_terms)``; the
    stability refits see only ``SUBSAMPLE_FRACTION`` of the units, so the
    bound is taken on that share.
    """
    return max(0, min(int(n_units * SUBSAMPLE_FRACTION), n_terms))


def nndsvd_init(svd: tuple, n_topics: int, eps: float = 1e-6) -> tuple[np.ndarray, np.ndarray]:
    """NNDSVD starting point of NMF (Boutsidis & Gallopoulos 2008) from a given SVD.

    The same computation as scikit-learn's ``init="nndsvd"``, but from an SVD
    computed once: the first ``n_topics`` singular triplets of a rank-``r``
    SVD serve every ``k <= r`` of a sweep, instead of one randomized SVD per k
    (which takes most of the time of each fit).

    Parameters
    ----------
    svd : (U, S, Vt)
        From ``sklearn.utils.extmath.randomized_svd`` of the fitting matrix,
        with at least ``n_topics`` components.
    n_topics : int
    eps : float
        Entries below this are set to 0 (scikit-learn's default).

    Returns
    -------
    W : ndarray of shape (n_units, n_topics)
    H : ndarray of shape (n_topics, n_terms)
    """
    U, S, V = svd
    if n_topics > len(S):
        raise ValueError(f"the SVD has {len(S)} components, fewer than n_topics={n_topics}")
    U, S, V = U[:, :n_topics], S[:n_topics], V[:n_topics]
    W, H = np.zeros_like(U), np.zeros_like(V)
    W[:, 0] = np.sqrt(S[0]) * np.abs(U[:, 0])
    H[0, :] = np.sqrt(S[0]) * np.abs(V[0, :])
    for j in range(1, n_topics):
        x, y = U[:, j], V[j, :]
        x_p, y_p = np.maximum(x, 0), np.maximum(y, 0)
        x_n, y_n = np.abs(np.minimum(x, 0)), np.abs(np.minimum(y, 0))
        x_p_nrm, y_p_nrm = np.linalg.norm(x_p), np.linalg.norm(y_p)
        x_n_nrm, y_n_nrm = np.linalg.norm(x_n), np.linalg.norm(y_n)
        m_p, m_n = x_p_nrm * y_p_nrm, x_n_nrm * y_n_nrm
        if m_p > m_n:
            u, v, sigma = x_p / x_p_nrm, y_p / y_p_nrm, m_p
        else:
            u, v, sigma = x_n / x_n_nrm, y_n / y_n_nrm, m_n
        lbd = np.sqrt(S[j] * sigma)
        W[:, j] = lbd * u
        H[j, :] = lbd * v
    W[W < eps] = 0
    H[H < eps] = 0
    return W, H


def fit_topics(
    dtm: DocTermMatrix,
    n_topics: int,
    method: str = "nmf",
    seed: int = 0,
    rows=None,
    max_iter: int | None = None,
    svd: tuple | None = None,
) -> TopicModel:
    """Fit one topic model.

    Parameters
    ----------
    dtm : DocTermMatrix
        From :func:`vectorize`.
    n_topics : int
        Number of topics (>= 1).
    method : {"nmf", "lda"}
        NMF with ``init="nndsvd"`` on TF-IDF (deterministic), or LDA
        (``learning_method="batch"``, ``random_state=seed``) on counts.
    seed : int
        Random state (used by LDA; NMF with nndsvd does not draw).
    rows : array-like of int, optional
        Fit on these units only (a sample); default all units with terms.
    max_iter : int, optional
        Default ``NMF_MAX_ITER`` or ``LDA_MAX_ITER``.
    svd : (U, S, Vt), optional
        NMF only: a randomized SVD of the fitting rows (with at least
        ``n_topics`` components) to start from (:func:`nndsvd_init`); by
        default scikit-learn computes one (``init="nndsvd"``).

    Returns
    -------
    TopicModel
        Topics in the estimator's order; see :meth:`TopicModel.reordered`.

    Raises
    ------
    ValueError
        For an unknown method, or ``n_topics`` outside
        ``1..min(units, terms)`` of the fitting matrix.
    """
    from sklearn.decomposition import NMF, LatentDirichletAllocation

    _check_method(method)
    X = model_input(dtm, method)
    rows = np.flatnonzero(dtm.has_terms()) if rows is None else np.asarray(rows, dtype=np.int64)
    Xf = X[rows]
    limit = min(Xf.shape)
    if not isinstance(n_topics, (int, np.integer)) or isinstance(n_topics, bool) or not 1 <= n_topics <= limit:
        raise ValueError(
            f"n_topics must be an int in 1..{limit} for this corpus ({Xf.shape[0]} units, {Xf.shape[1]} terms), "
            f"got {n_topics!r}. Use fewer topics or a larger corpus or unit (e.g. paragraphs, not articles)."
        )
    init = {}
    if method == "nmf":
        est = NMF(n_components=int(n_topics), init="nndsvd" if svd is None else "custom",
                  max_iter=max_iter or NMF_MAX_ITER, tol=NMF_TOL, random_state=seed)
        if svd is not None:
            W0, H0 = nndsvd_init(svd, int(n_topics))
            init = {"W": np.ascontiguousarray(W0, dtype=Xf.dtype), "H": np.ascontiguousarray(H0, dtype=Xf.dtype)}
    else:
        est = LatentDirichletAllocation(n_components=int(n_topics), learning_method="batch",
                                        max_iter=max_iter or LDA_MAX_ITER, random_state=seed)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", category=_convergence_warning())
        est.fit(Xf, **init)
    converged = not any(issubclass(w.category, _convergence_warning()) for w in caught)
    meta = {"n_iter": int(getattr(est, "n_iter_", 0)), "svd_rank": None if svd is None else len(svd[1])}
    return TopicModel(method=method, n_topics=int(n_topics), estimator=est, order=np.arange(int(n_topics)),
                      rows=rows, converged=converged, meta=meta)


def top_term_ids(components: np.ndarray, n_top: int) -> np.ndarray:
    """Column ids of each topic's ``n_top`` heaviest terms.

    Ties are broken by column id (alphabetical order of the vocabulary), so
    the result does not depend on the sort algorithm. Terms with zero weight
    are never returned: a topic may have fewer than ``n_top`` (padded -1).

    Returns
    -------
    ndarray of int, shape (n_topics, n_top)
    """
    if n_top < 1:
        raise ValueError(f"n_top must be >= 1, got {n_top}")
    out = np.full((components.shape[0], n_top), -1, dtype=np.int64)
    cols = np.arange(components.shape[1])
    for k, row in enumerate(components):
        idx = np.lexsort((cols, -row))[:n_top]
        idx = idx[row[idx] > 0]
        out[k, : len(idx)] = idx
    return out


def _valid(ids) -> list[int]:
    return [int(i) for i in ids if i >= 0]


def model_coherence(model: TopicModel, dtm: DocTermMatrix, n_top: int = 10) -> np.ndarray:
    """Mean NPMI of each topic's top terms, counted in all units of ``dtm`` (see :mod:`helpers.topics.coherence`)."""
    tops = top_term_ids(model.components(), n_top)
    return topic_coherence([_valid(t) for t in tops], dtm.counts, dtm.terms)


def top_terms_long(model: TopicModel, dtm: DocTermMatrix, n_top: int = 10) -> pd.DataFrame:
    """Top terms as a long table: ``topic`` (``T1``...), ``rank``, ``term``,
    ``weight`` (relative to the topic's top term, rounded to 3)."""
    comps = model.components()
    rows = []
    for k, ids in enumerate(top_term_ids(comps, n_top)):
        ids = _valid(ids)
        for r, i in enumerate(ids, 1):
            rows.append({"topic": f"T{k + 1}", "rank": r, "term": dtm.terms[i],
                         "weight": round(float(comps[k, i] / comps[k, ids[0]]), 3)})
    return pd.DataFrame(rows, columns=["topic", "rank", "term", "weight"])


def sample_rows(dtm: DocTermMatrix, sample_size: int | None, seed: int = 0) -> np.ndarray:
    """Units to fit on: all units with terms, or a random sample of them.

    Returns
    -------
    ndarray of int
        Sorted row ids; all units with terms when there are at most
        ``sample_size`` of them (or ``sample_size`` is None).
    """
    rows = np.flatnonzero(dtm.has_terms())
    if sample_size is None or len(rows) <= sample_size:
        return rows
    if sample_size < 1:
        raise ValueError(f"sample_size must be >= 1 or None, got {sample_size}")
    rng = np.random.default_rng(seed)
    return np.sort(rng.choice(rows, size=int(sample_size), replace=False))


def _subset(dtm: DocTermMatrix, rows: np.ndarray) -> DocTermMatrix:
    """The rows of ``dtm`` (a sample), with the same vocabulary and weights."""
    return replace(dtm, counts=dtm.counts[rows], tfidf=dtm.tfidf[rows])


def _fit_one(sub: DocTermMatrix, k: int, method: str, seed: int, rows: np.ndarray, svd) -> TopicModel:
    return fit_topics(sub, k, method, seed, rows, svd=svd)


def _refit_top_terms(sub: DocTermMatrix, k: int, method: str, seed: int, rows: np.ndarray, rank, n_top: int):
    """Refit on ``rows`` of ``sub`` (started as the reference model was) and return its top-term ids."""
    svd = None
    if rank:
        from sklearn.utils.extmath import randomized_svd

        svd = randomized_svd(model_input(sub, method)[rows], min(rank, len(rows)), random_state=seed)
    refit = fit_topics(sub, k, method, seed, rows, svd=svd)
    return [_valid(t) for t in top_term_ids(refit.components(), n_top)]


def _run(func, tasks: list, n_jobs: int | None, n_rows: int, desc: str) -> list:
    """``[func(*t) for t in tasks]``, in parallel processes for large fits; same results either way."""
    jobs = n_jobs if n_jobs is not None else ((os.cpu_count() or 1) if n_rows >= PARALLEL_MIN_ROWS else 1)
    if jobs == 1 or len(tasks) < 2:
        return [func(*t) for t in progress(tasks, desc=desc)]
    from joblib import Parallel, delayed

    return list(Parallel(n_jobs=jobs)(delayed(func)(*t) for t in tasks))


def sweep_topics(
    dtm: DocTermMatrix,
    k_min: int,
    k_max: int,
    method: str = "nmf",
    seed: int = 0,
    sample_size: int | None = None,
    n_top: int = 10,
    n_jobs: int | None = None,
    stability_seeds: Sequence[int] | None = None,
    stability_top: int = 3,
    sweep_sample: int | None = SWEEP_SAMPLE,
) -> tuple[pd.DataFrame, dict]:
    """Fit a model for each k and score it by NPMI coherence, diversity and (optionally) stability.

    Parameters
    ----------
    dtm : DocTermMatrix
    k_min, k_max : int
        Range of k (inclusive). ``k_max`` is lowered to :func:`max_topics`
        when the corpus is too small for it (the returned table says so).
    method, seed : as in :func:`fit_topics`
    sample_size : int, optional
        Fit on a random sample of this many units (the same sample for every
        k); coherence is always counted in all units.
    n_top : int
        Top terms per topic used for coherence and diversity.
    n_jobs : int, optional
        Processes for the fits; default all cores when at least
        ``PARALLEL_MIN_ROWS`` units are fit, else one. The result does not
        depend on it.
    stability_seeds : sequence of int, optional
        When given, the models of the ``stability_top`` most coherent k
        among those with diversity of at least ``DIVERSITY_MIN`` (the
        candidates of :func:`choose_k`) are also refit once per seed
        (:func:`topic_stability`); the table gets ``stability`` (mean over
        topics) and ``stability_min`` (NaN for the other k), which
        :func:`choose_k` then uses. Refits are the costly part of a sweep,
        hence the limit.
    stability_top : int
        See ``stability_seeds``.
    sweep_sample : int, optional
        Upper bound on the fitting sample, applied on top of ``sample_size``
        (default ``SWEEP_SAMPLE``; None: ``sample_size`` alone decides). The
        refits of ``stability_seeds`` are kept in each refit model's
        ``meta["refits"]``, so :func:`topic_stability` on that model with the
        same seeds reuses them instead of fitting again.

    Returns
    -------
    table : DataFrame
        One row per k: ``k``, ``coherence`` (mean NPMI over topics),
        ``coherence_min``, ``diversity``, ``converged``, ``fit_units``, and
        ``stability``, ``stability_min`` with ``stability_seeds``.
        ``attrs["k_max_requested"]`` and ``attrs["k_max_possible"]`` record
        any lowering of ``k_max``.
    models : dict of int to TopicModel

    Raises
    ------
    ValueError
        If ``k_min < 1``, ``k_min > k_max``, or ``k_min`` is above what the
        corpus allows.
    """
    for name, v in (("k_min", k_min), ("k_max", k_max), ("n_top", n_top)):
        if not isinstance(v, (int, np.integer)) or isinstance(v, bool) or v < 1:
            raise ValueError(f"{name} must be a positive int, got {v!r}")
    if k_min > k_max:
        raise ValueError(f"k_min ({k_min}) must not be larger than k_max ({k_max})")
    if sweep_sample is not None and (not isinstance(sweep_sample, (int, np.integer)) or sweep_sample < 1):
        raise ValueError(f"sweep_sample must be a positive int or None, got {sweep_sample!r}")
    caps = [c for c in (sample_size, sweep_sample) if c is not None]
    rows = sample_rows(dtm, min(caps) if caps else None, seed)
    possible = max_topics(len(rows), dtm.n_terms)
    if k_min > possible:
        raise ValueError(
            f"k_min={k_min} is more topics than this corpus allows ({len(rows)} units with terms, "
            f"{dtm.n_terms} terms: at most {possible}). Lower k_min or use a smaller unit."
        )
    ks = list(range(k_min, min(k_max, possible) + 1))
    svd = None
    if method == "nmf":
        from sklearn.utils.extmath import randomized_svd

        svd = randomized_svd(model_input(dtm, method)[rows], ks[-1], random_state=seed)
    sub = _subset(dtm, rows)
    local = np.arange(len(rows))
    fitted = _run(_fit_one, [(sub, k, method, seed, local, svd) for k in ks], n_jobs, len(rows), "fitting k")
    models = {k: replace(m, rows=rows) for k, m in zip(ks, fitted)}
    tops = {k: top_term_ids(models[k].components(), n_top) for k in ks}
    flat = [_valid(t) for k in ks for t in tops[k]]
    coh = topic_coherence(flat, dtm.counts, dtm.terms)
    recs, pos = [], 0
    for k in ks:
        c = coh[pos:pos + k]
        pos += k
        div = topic_diversity([_valid(t) for t in tops[k]])
        mean_c = float(np.nanmean(c)) if np.isfinite(c).any() else float("nan")
        recs.append({"k": k, "coherence": mean_c, "coherence_min": float(np.nanmin(c)) if np.isfinite(c).any() else float("nan"),
                     "diversity": div,
                     "converged": models[k].converged, "fit_units": len(rows)})
    table = pd.DataFrame(recs)
    if stability_seeds:
        ok = table[(table["diversity"].round(3) >= DIVERSITY_MIN) & table["coherence"].notna()]
        if ok.empty:
            ok = table
        ranked = ok.assign(c=ok["coherence"].round(3)).sort_values(["c", "k"], ascending=[False, True], kind="stable")
        table["stability"] = table["stability_min"] = np.nan
        for k in ranked["k"].head(max(1, int(stability_top))):
            st = topic_stability(dtm, models[k], stability_seeds, n_top, n_jobs=n_jobs)["stability"]
            table.loc[table["k"] == k, ["stability", "stability_min"]] = [float(st.mean()), float(st.min())]
    table.attrs["k_max_requested"] = int(k_max)
    table.attrs["k_max_possible"] = int(possible)
    return table, models


def choose_k(sweep: pd.DataFrame, min_diversity: float = DIVERSITY_MIN, digits: int = 3) -> int:
    """The k of a sweep with the most coherent (and stable) topics that do not repeat each other.

    Rule: among the k whose topic diversity is at least ``min_diversity``,
    the one with the highest score: mean NPMI coherence, or, when the sweep
    has a ``stability`` column (``sweep_topics(..., stability_seeds=...)``),
    coherence (negative values counted as 0) times mean stability, among the
    k whose stability was measured, so that a
    k whose topics do not come back in refits is not chosen for a slightly
    higher coherence. On the AllSides development tasks of
    ``benchmarks/bench_topics_recovery.py`` coherence alone tended to pick
    large k with unstable topics (README). Ties (after rounding to ``digits``,
    so that the last floating-point digits, which vary between machines,
    cannot decide) go to the smaller k; when every score is 0, coherence
    alone decides. If no k reaches ``min_diversity``, the k with the highest
    diversity.

    Raises
    ------
    ValueError
        If the table is empty or has no finite coherence.
    """
    if len(sweep) == 0 or sweep["coherence"].isna().all():
        raise ValueError("no k to choose from: the sweep table is empty or has no finite coherence")
    t = sweep.assign(c=sweep["coherence"].round(digits), d=sweep["diversity"].round(digits))
    ok = t[(t["d"] >= min_diversity) & t["c"].notna()]
    if ok.empty:
        return int(t.loc[t["d"] == t["d"].max(), "k"].min())
    if "stability" in ok.columns and ok["stability"].notna().any():
        cand = ok[ok["stability"].notna()]
        score = (cand["coherence"].clip(lower=0) * cand["stability"]).round(digits)
        if (score > 0).any():
            return int(cand.loc[score == score.max(), "k"].min())
    return int(ok.loc[ok["c"] == ok["c"].max(), "k"].min())


# --------------------------------------------------------------------------
# stability


def jaccard_matrix(tops_a: Sequence[Sequence], tops_b: Sequence[Sequence]) -> np.ndarray:
    """Jaccard overlap of every pair of top-term sets.

    Returns
    -------
    ndarray of shape (len(tops_a), len(tops_b))
        ``|A & B| / |A | B|``; 0 when both sets are empty.
    """
    sa = [set(t) for t in tops_a]
    sb = [set(t) for t in tops_b]
    out = np.zeros((len(sa), len(sb)))
    for i, a in enumerate(sa):
        for j, b in enumerate(sb):
            union = len(a | b)
            out[i, j] = len(a & b) / union if union else 0.0
    return out


def match_topics(jaccard: np.ndarray) -> np.ndarray:
    """Best one-to-one matching of reference topics (rows) to other topics (columns).

    Uses the Hungarian algorithm (maximum total overlap). A reference topic
    left without a partner (more rows than columns) scores 0.

    Returns
    -------
    ndarray of shape (n_rows,)
        The matched overlap of each reference topic.
    """
    from scipy.optimize import linear_sum_assignment

    scores = np.zeros(jaccard.shape[0])
    if jaccard.size:
        r, c = linear_sum_assignment(jaccard, maximize=True)
        scores[r] = jaccard[r, c]
    return scores


def topic_stability(
    dtm: DocTermMatrix,
    model: TopicModel,
    seeds: Sequence[int],
    n_top: int = 10,
    fraction: float = SUBSAMPLE_FRACTION,
    n_jobs: int | None = None,
) -> pd.DataFrame:
    """How well each topic comes back when the model is refit on resampled units.

    For each seed, ``fraction`` of the model's fitting units are drawn
    without replacement, a model with the same k and method is fit the same
    way (LDA with that seed; NMF from an SVD of the same rank as the model's,
    computed on the resample), and the model's topics are matched one-to-one
    to the refit's
    (:func:`match_topics` on :func:`jaccard_matrix` of their top-term sets).

    Parameters
    ----------
    dtm : DocTermMatrix
    model : TopicModel
        The reference model (its topic order is kept).
    seeds : sequence of int
        One refit per seed (at least one).
    n_top : int
        Top terms compared.
    fraction : float
        Share of the fitting units in each resample, in (0, 1].
    n_jobs : int, optional
        Processes for the refits, as in :func:`sweep_topics`.

    Each refit's top terms are kept in ``model.meta["refits"]`` (keyed by the
    matrix object, resample size, ``n_top`` and seed): a second call with the
    same matrix and seeds (as after :func:`sweep_topics`) fits nothing again
    and gives the same result.

    Returns
    -------
    DataFrame
        One row per topic (0-based ``topic``): ``stability`` (mean matched
        Jaccard), ``stability_min``, and one column ``seed_<s>`` per refit.
    """
    if len(seeds) < 1:
        raise ValueError("seeds must hold at least one seed")
    if not 0 < fraction <= 1:
        raise ValueError(f"fraction must be in (0, 1], got {fraction}")
    ref = [_valid(t) for t in top_term_ids(model.components(), n_top)]
    n_sub = max(1, int(round(len(model.rows) * fraction)))
    cols = {}
    rank = model.meta.get("svd_rank")
    cache = model.meta.setdefault("refits", {})
    X = model_input(dtm, model.method)
    cache.setdefault("_inputs", {})[id(X)] = X  # keeps the matrix alive, so its id is not reused
    key = (id(X), n_sub, n_top)
    todo = [int(s) for s in dict.fromkeys(int(s) for s in seeds) if (key, int(s)) not in cache]
    if todo:
        sub = _subset(dtm, model.rows)
        tasks = []
        for s in todo:
            rng = np.random.default_rng(s)
            local = np.sort(rng.choice(len(model.rows), size=n_sub, replace=False))
            tasks.append((sub, model.n_topics, model.method, s, local, rank, n_top))
        for s, tops in zip(todo, _run(_refit_top_terms, tasks, n_jobs, len(model.rows), "stability refits")):
            cache[(key, s)] = tops
    refits = [cache[(key, int(s))] for s in seeds]
    for s, other in zip(seeds, refits):
        cols[f"seed_{s}"] = match_topics(jaccard_matrix(ref, other))
    per = pd.DataFrame(cols)
    out = pd.DataFrame({"topic": np.arange(model.n_topics),
                        "stability": per.mean(axis=1).to_numpy(),
                        "stability_min": per.min(axis=1).to_numpy()})
    return pd.concat([out, per], axis=1)


# --------------------------------------------------------------------------
# results as tables


def topic_shares(weights: np.ndarray) -> np.ndarray:
    """Rows of ``weights`` scaled to sum to 1; NaN rows for units with no weight."""
    w = np.asarray(weights, dtype=np.float64)
    tot = w.sum(axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        out = np.where(tot > 0, w / np.where(tot > 0, tot, 1.0), np.nan)
    return out


def dominant_topic(shares: np.ndarray) -> np.ndarray:
    """Index of each row's largest share (first on ties); -1 for NaN rows."""
    s = np.asarray(shares)
    valid = ~np.isnan(s).any(axis=1)
    out = np.full(s.shape[0], -1, dtype=np.int64)
    if valid.any():
        out[valid] = np.argmax(s[valid], axis=1)
    return out


def prevalence_order(shares: np.ndarray) -> np.ndarray:
    """Topic order by mean share over units, largest first (ties by index)."""
    mean = np.nanmean(shares, axis=0) if np.isfinite(shares).any() else np.zeros(shares.shape[1])
    return np.lexsort((np.arange(len(mean)), -np.round(mean, 9)))


def topic_label(terms: Sequence[str], n: int = 3) -> str:
    """A short label from a topic's top terms, e.g. ``"talks / ceasefire / prisoners"``.

    Takes terms in order and skips one whose words are all in the label
    already (``afghan soil`` after ``afghan`` and ``soil``), or that contains
    an earlier term (``afghan refugees`` replaces ``refugees``).
    """
    chosen: list[str] = []
    for t in terms:
        words = set(t.split())
        if any(words <= set(c.split()) for c in chosen):
            continue
        covered = set(w for c in chosen for w in c.split())
        if words <= covered:
            continue
        chosen = [c for c in chosen if not set(c.split()) <= words]
        chosen.append(t)
        if len(chosen) == n:
            break
    return " / ".join(chosen)


def topic_table(
    model: TopicModel,
    dtm: DocTermMatrix,
    shares: np.ndarray,
    coherence: np.ndarray,
    stability: np.ndarray,
    n_top: int = 10,
    threshold: float = STABLE_JACCARD,
) -> pd.DataFrame:
    """One row per topic: id, label, top terms with weights, coherence, stability, size.

    Parameters
    ----------
    model : TopicModel
    dtm : DocTermMatrix
    shares : ndarray of shape (n_units, n_topics)
        From :func:`topic_shares` (NaN rows for units without terms).
    coherence, stability : ndarray of shape (n_topics,)
    n_top : int
    threshold : float
        Stability below this flags the topic as unstable.

    Returns
    -------
    DataFrame
        ``topic`` (1-based id ``T1``...), ``label``, ``top_terms``
        (``"term (weight); ..."``, weights scaled so the top term is 1),
        ``coherence``, ``stability``, ``stable`` (bool), ``size`` (units
        whose dominant topic it is), ``size_share`` (of units with terms),
        ``mean_share`` (mean topic share over units). Numbers rounded to 3.
    """
    comps = model.components()
    tops = top_term_ids(comps, n_top)
    dom = dominant_topic(shares)
    n_valid = int((dom >= 0).sum())
    rows = []
    for k in range(model.n_topics):
        ids = _valid(tops[k])
        w = comps[k, ids]
        w = w / w[0] if len(ids) and w[0] > 0 else w
        size = int((dom == k).sum())
        rows.append({
            "topic": f"T{k + 1}",
            "label": topic_label([dtm.terms[i] for i in ids]),
            "top_terms": "; ".join(f"{dtm.terms[i]} ({x:.2f})" for i, x in zip(ids, w)),
            "coherence": round(float(coherence[k]), 3),
            "stability": round(float(stability[k]), 3),
            "stable": bool(stability[k] >= threshold),
            "size": size,
            "size_share": round(size / n_valid, 3) if n_valid else float("nan"),
            "mean_share": round(float(np.nanmean(shares[:, k])), 3) if n_valid else float("nan"),
        })
    return pd.DataFrame(rows)


def representative_passages(
    units: pd.DataFrame,
    weights: np.ndarray,
    dtm: DocTermMatrix,
    n_per_topic: int = 3,
    columns: Sequence[str] = ("outlet",),
    max_chars: int = 400,
) -> pd.DataFrame:
    """The units that express each topic most strongly, one per article.

    Ranking within a topic: topic share, then raw weight, then ``doc_id`` and
    ``unit_id``. Units with fewer than ``MIN_PASSAGE_TERMS`` distinct terms
    are skipped unless nothing else is left.

    Returns
    -------
    DataFrame
        ``topic`` (``T1``...), ``rank``, ``doc_id``, the ``columns``,
        ``unit_id``, ``share`` (rounded to 3), ``text`` (cut at ``max_chars``
        with an ellipsis).
    """
    shares = topic_shares(weights)
    n_terms = np.diff(dtm.counts.indptr)
    cols = [c for c in columns if c in units.columns and c != "doc_id"]
    doc = units["doc_id"].to_numpy()
    uid = units["unit_id"].to_numpy()
    out = []
    for k in range(weights.shape[1]):
        s = np.round(np.nan_to_num(shares[:, k], nan=-1.0), 9)
        cand = np.flatnonzero(s > 0)
        long_enough = cand[n_terms[cand] >= MIN_PASSAGE_TERMS]
        cand = long_enough if len(long_enough) else cand
        picked = []
        for m in (50 * n_per_topic, len(cand)):  # a short list first; all candidates if it is not enough
            sub = cand
            if m < len(cand):  # the m best shares, and every unit tied with the m-th
                sub = cand[s[cand] >= np.partition(s[cand], len(cand) - m)[len(cand) - m]]
            order = sub[np.lexsort((uid[sub], doc[sub], -weights[sub, k], -s[sub]))]
            picked = _first_per_article(order, doc, n_per_topic)
            if len(picked) == n_per_topic or len(sub) == len(cand):
                break
        for rank, i in enumerate(picked, 1):
            text = units["text"].iat[i]
            text = text if len(text) <= max_chars else text[: max_chars - 1].rstrip() + "…"
            out.append({"topic": f"T{k + 1}", "rank": rank, "doc_id": doc[i],
                        **{c: units[c].iat[i] for c in cols}, "unit_id": int(uid[i]),
                        "share": round(float(s[i]), 3), "text": text})
    return pd.DataFrame(out, columns=["topic", "rank", "doc_id", *cols, "unit_id", "share", "text"])


def _first_per_article(order: np.ndarray, doc: np.ndarray, n: int) -> list[int]:
    seen: set = set()
    out = []
    for i in order:
        if doc[i] not in seen:
            seen.add(doc[i])
            out.append(int(i))
            if len(out) == n:
                break
    return out


def topic_names(n_topics: int) -> list[str]:
    """Column names of topic weights: ``T1``, ``T2``, ..."""
    return [f"T{k + 1}" for k in range(n_topics)]


def document_topics(units: pd.DataFrame, shares: np.ndarray, columns: Sequence[str] = ("outlet",)) -> pd.DataFrame:
    """Each article's topic mixture: the mean topic share of its units.

    Units without vocabulary terms (NaN shares) are left out of the mean;
    an article with no such unit has NaN weights and dominant topic ``""``.

    Returns
    -------
    DataFrame
        One row per article in order of first appearance: ``doc_id``, the
        ``columns``, ``n_units`` (units with terms), ``T1``... (rounded to
        3), ``dominant_topic`` (``T<k>``, first on ties).
    """
    names = topic_names(shares.shape[1])
    cols = list(dict.fromkeys([c for c in columns if c in units.columns and c != "doc_id"]))
    df = pd.DataFrame(shares, columns=names)
    df.insert(0, "doc_id", units["doc_id"].to_numpy())
    df["_valid"] = ~np.isnan(shares).any(axis=1) if shares.size else False
    g = df.groupby("doc_id", sort=False)
    mix = g[names].mean()
    meta = units.groupby("doc_id", sort=False)[cols].first() if cols else pd.DataFrame(index=mix.index)
    out = pd.concat([meta, g["_valid"].sum().rename("n_units").astype("int64"), mix], axis=1).reset_index()
    dom = dominant_topic(out[names].to_numpy())
    out[names] = out[names].round(3)
    out["dominant_topic"] = [names[d] if d >= 0 else "" for d in dom]
    return out


def prevalence_by_group(
    doc_topics: pd.DataFrame,
    by: str,
    n_boot: int = 1000,
    ci: float = 0.95,
    seed: int = 0,
    by_size: bool = False,
    last: str = "(other)",
) -> pd.DataFrame:
    """Mean topic share per group, with bootstrap intervals over articles.

    The articles of a group are resampled, not its paragraphs: paragraphs of
    one article share its subject, so treating them as independent would
    make intervals far too narrow. A group with one article gets no interval.

    Parameters
    ----------
    doc_topics : DataFrame
        From :func:`document_topics` (columns ``by``, ``n_units``, ``T1``...).
    by : str
        Group column.
    n_boot, ci, seed
        As in :func:`helpers.stats.intervals.bootstrap_mean`.
    by_size : bool
        Order groups by number of articles (largest first, then name) instead
        of by name; the group named ``last`` (pooled rare groups) goes last.
    last : str
        See ``by_size``.

    Returns
    -------
    DataFrame
        One row per group and topic, sorted by group then topic: ``by``,
        ``topic``, ``n_articles``, ``n_units``, ``estimate``, ``ci_low``,
        ``ci_high`` (shares in [0, 1]), ``method``.
    """
    from ..stats.intervals import grouped_mean

    if by not in doc_topics.columns:
        raise ValueError(f"group column {by!r} not in the table; it has {list(doc_topics.columns)}")
    names = [c for c in doc_topics.columns if re.fullmatch(r"T\d+", str(c))]
    data = doc_topics[doc_topics["n_units"] > 0]
    units = data.groupby(by, sort=True)["n_units"].sum()
    parts = []
    for t in names:
        g = grouped_mean(data, by, t, n_boot=n_boot, ci=ci, seed=seed)
        g.insert(1, "topic", t)
        parts.append(g)
    out = pd.concat(parts, ignore_index=True).rename(columns={"n": "n_articles"})
    out.insert(3, "n_units", out[by].map(units).astype("int64"))
    out["_t"] = out["topic"].str[1:].astype(int)
    if by_size:
        rank = out.drop_duplicates(by).assign(_last=lambda d: d[by] == last)
        rank = rank.sort_values(["_last", "n_articles", by], ascending=[True, False, True], kind="stable")
        out["_g"] = out[by].map({g: i for i, g in enumerate(rank[by])})
    else:
        out["_g"] = out[by].map({g: i for i, g in enumerate(sorted(out[by].unique()))})
    out = out.sort_values(["_g", "_t"], kind="stable").drop(columns=["_g", "_t"]).reset_index(drop=True)
    return out


def group_contrasts(prev: pd.DataFrame, by: str, min_articles: int = 2) -> pd.DataFrame:
    """For each topic, the groups with the highest and lowest share, and whether they differ clearly.

    Only groups with at least ``min_articles`` articles (and so an interval)
    take part. A contrast is ``clear`` when the two 95 % intervals do not
    overlap (a conservative check: overlapping intervals can still hide a
    real difference).

    Returns
    -------
    DataFrame
        ``topic``, ``high``, ``high_share``, ``high_n``, ``low``,
        ``low_share``, ``low_n``, ``difference``, ``clear``; clear contrasts
        first, then by difference (descending). Empty when fewer than two
        groups qualify.
    """
    cols = ["topic", "high", "high_share", "high_n", "low", "low_share", "low_n", "difference", "clear"]
    ok = prev[(prev["n_articles"] >= min_articles) & prev["ci_low"].notna()]
    rows = []
    for t, g in ok.groupby("topic", sort=False):
        if g[by].nunique() < 2:
            continue
        g = g.sort_values(["estimate", by], ascending=[False, True], kind="stable")
        hi, lo = g.iloc[0], g.iloc[-1]
        rows.append({"topic": t, "high": hi[by], "high_share": hi["estimate"], "high_n": int(hi["n_articles"]),
                     "low": lo[by], "low_share": lo["estimate"], "low_n": int(lo["n_articles"]),
                     "difference": hi["estimate"] - lo["estimate"], "clear": bool(hi["ci_low"] > lo["ci_high"])})
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["clear", "difference", "topic"], ascending=[False, False, True], kind="stable").reset_index(drop=True)


def periods_to_show(counts: pd.Series, min_articles: int = MIN_PERIOD_ARTICLES) -> list:
    """The periods worth plotting, from the number of articles per period.

    Periods with fewer than ``min_articles`` articles are dropped when at
    least two periods have that many (a stray article dated 2001 in a
    2012-2020 corpus would otherwise stretch the axis and suggest a trend);
    on a tiny corpus, where no two periods reach it, every period is kept.

    Returns
    -------
    list
        Period labels, sorted.
    """
    big = sorted(p for p, c in counts.items() if c >= min_articles)
    return big if len(big) >= 2 else sorted(counts.index)


def time_bins(dates: pd.Series) -> tuple[pd.Series, str]:
    """Bin parsed dates into years, quarters or months, by the span covered.

    Parameters
    ----------
    dates : Series of Timestamp (NaT allowed)

    Returns
    -------
    (Series of str, str)
        The bin of each date (``"2021"``, ``"2021Q3"`` or ``"2021-07"``; ``""``
        for NaT) and the bin name (``"year"``, ``"quarter"``, ``"month"``):
        years when the dates span more than three years, quarters above one
        year, months otherwise.
    """
    d = pd.to_datetime(dates)
    valid = d.dropna()
    if valid.empty:
        return pd.Series([""] * len(d), index=d.index), "year"
    months = (valid.max().year - valid.min().year) * 12 + valid.max().month - valid.min().month
    freq, name = ("Y", "year") if months > 36 else (("Q", "quarter") if months > 12 else ("M", "month"))
    per = d.dt.to_period(freq).astype(str).where(d.notna(), "")
    return per, name


def prevalence_wide(prev: pd.DataFrame, by: str, labels: dict | None = None) -> pd.DataFrame:
    """Prevalence table for reading: one row per group, one column per topic.

    Parameters
    ----------
    prev : DataFrame
        From :func:`prevalence_by_group`.
    by : str
        The group column of ``prev``.
    labels : dict, optional
        Topic id to a column title (default the id).

    Returns
    -------
    DataFrame
        ``by``, ``n_articles``, ``n_units``, then per topic the share as a
        percentage with its interval, e.g. ``"31.0% [12.0, 50.0]"`` (``n/a``
        where one article leaves no interval).
    """
    from ..stats.intervals import format_interval

    labels = labels or {}
    cell = prev.assign(cell=[format_interval(e, lo, hi, digits=2, percent=True) if np.isfinite(lo)
                             else f"{100 * e:.1f}%" for e, lo, hi in zip(prev["estimate"], prev["ci_low"], prev["ci_high"])])
    wide = cell.pivot(index=by, columns="topic", values="cell")
    order = list(dict.fromkeys(prev["topic"]))
    wide = wide[order].rename(columns=lambda t: labels.get(t, t))
    n = prev.drop_duplicates(by).set_index(by)[["n_articles", "n_units"]]
    return n.join(wide).reset_index()


def top_document_terms(dtm: DocTermMatrix, n: int = 20) -> pd.DataFrame:
    """The terms in the most units (ties alphabetical): ``term``, ``units``, ``share`` (rounded to 3)."""
    df = np.bincount(dtm.counts.indices, minlength=dtm.n_terms)
    idx = np.lexsort((np.arange(dtm.n_terms), -df))[:n]
    return pd.DataFrame({"term": dtm.terms[idx], "units": df[idx], "share": np.round(df[idx] / dtm.n_units, 3)})


__all__ = [
    "CHUNK_CHARS",
    "DIVERSITY_MIN",
    "DocTermMatrix",
    "LDA_MAX_ITER",
    "METHODS",
    "MIN_PASSAGE_TERMS",
    "MIN_PERIOD_ARTICLES",
    "NMF_MAX_ITER",
    "NMF_TOL",
    "PARALLEL_MIN_CHARS",
    "PARALLEL_MIN_ROWS",
    "REPEATED_MIN_DOCS",
    "STABLE_JACCARD",
    "SUBSAMPLE_FRACTION",
    "SWEEP_REFITS",
    "SWEEP_SAMPLE",
    "TOKEN_PATTERN",
    "TopicModel",
    "UNITS",
    "choose_k",
    "default_df_bounds",
    "default_stop_words",
    "document_topics",
    "dominant_topic",
    "fit_topics",
    "group_contrasts",
    "jaccard_matrix",
    "load_topic_stopwords",
    "match_topics",
    "max_topics",
    "model_coherence",
    "model_input",
    "nndsvd_init",
    "periods_to_show",
    "prevalence_by_group",
    "prevalence_order",
    "prevalence_wide",
    "repeated_passages",
    "repeated_units",
    "representative_passages",
    "sample_rows",
    "sweep_topics",
    "time_bins",
    "top_document_terms",
    "top_term_ids",
    "top_terms_long",
    "topic_label",
    "topic_names",
    "topic_shares",
    "topic_stability",
    "topic_table",
    "topic_units",
    "vectorize",
]
