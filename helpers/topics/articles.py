"""Article-level topic shares: fit the topic model on whole articles, score paragraphs with it.

Why
---
The topic notebook reads paragraphs, so that five long articles still give a
model, every number traces back to a passage, and a theme of a few paragraphs
can show up. But the question "what is this article about?" is answered badly
by averaging paragraph shares: a topic model fit on paragraphs learns the
themes of *paragraphs* (a quote, a poll, a court ruling), and the mean of
paragraph shares gives a one-line paragraph as much say as a long one.

``benchmarks/bench_topics_recovery.py`` compares the ways of getting article
shares on development tasks built from AllSides articles of five well-separated
topic labels (NMI of each article's dominant topic against its label, and NPMI
coherence). Fitting NMF on the articles themselves (their paragraphs' term
counts added up, TF-IDF weighted with article document frequencies) recovered
the labels best, as well as a plain article-level TF-IDF + NMF, whereas every
way of aggregating a paragraph-level model (plain mean, length-weighted mean,
sum of raw weights, dropping short paragraphs, or folding whole articles into
the paragraph model) lost between 0.03 and 0.32 of NMI (the README has the
table). So, on a corpus with at least ``ARTICLE_FIT_MIN`` articles, the
notebook fits on articles and then scores every paragraph with the article
model (same vocabulary and idf), which keeps the passages and paragraph-level
evidence. On a smaller corpus it fits on paragraphs as before.

Functions
---------
* :func:`fit_level`: which level the model is fit on.
* :func:`article_matrix`: articles by terms, from the unit matrix.
* :func:`with_idf_of`: unit TF-IDF with the idf of another matrix (to score
  paragraphs with an article-fit model).
* :func:`article_topics`: the per-article table from article weights, in the
  format of :func:`helpers.topics.model.document_topics`.
* :func:`aggregate_unit_shares`: the aggregation choices compared in the benchmark.
* :func:`recovery_nmi`: NMI of dominant topics against known labels.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp

from .dtm import DocTermMatrix
from .tables import _dominant_names, topic_names, topic_shares

__all__ = [
    "ARTICLE_FIT_MIN",
    "FIT_LEVELS",
    "AGGREGATIONS",
    "SHORT_UNIT_TERMS",
    "fit_level",
    "article_matrix",
    "with_idf_of",
    "article_topics",
    "aggregate_unit_shares",
    "recovery_nmi",
]

ARTICLE_FIT_MIN = 100
"""With ``fit_on="auto"``, the model is fit on articles when the corpus has at
least this many articles with terms (about ten per topic at k = 10); smaller
corpora are fit on their units (paragraphs), which are many more documents."""

FIT_LEVELS = ("auto", "unit", "article")

AGGREGATIONS = ("mean", "length", "sum", "drop_short")
"""Ways of combining unit (paragraph) topic weights into article shares, see
:func:`aggregate_unit_shares`."""

SHORT_UNIT_TERMS = 5
"""``drop_short`` leaves out units with fewer distinct vocabulary terms than this."""


def fit_level(n_articles: int, unit: str, fit_on: str = "auto") -> str:
    """The level the topic model is fit on: ``"article"`` or ``"unit"``.

    Parameters
    ----------
    n_articles : int
        Articles with at least one vocabulary term.
    unit : str
        The unit of analysis (``"paragraph"``, ``"sentence"`` or ``"article"``).
    fit_on : {"auto", "unit", "article"}
        ``"auto"``: articles when ``n_articles >= ARTICLE_FIT_MIN`` and the
        unit is not already the article, else units.

    Returns
    -------
    str
        ``"article"`` or ``"unit"`` (``"unit"`` whenever ``unit`` is
        ``"article"``: both are then the same).

    Raises
    ------
    ValueError
        For an unknown ``fit_on``, or ``fit_on="article"`` with fewer than two
        articles.
    """
    if fit_on not in FIT_LEVELS:
        raise ValueError(f"fit_on must be one of {FIT_LEVELS}, got {fit_on!r}")
    if unit == "article":
        return "unit"
    if fit_on == "article":
        if n_articles < 2:
            raise ValueError(f"fit_on='article' needs at least two articles with terms, got {n_articles}; "
                             "use fit_on='unit' or 'auto'")
        return "article"
    if fit_on == "unit":
        return "unit"
    return "article" if n_articles >= ARTICLE_FIT_MIN else "unit"


def _smooth_idf(counts: sp.csr_matrix) -> np.ndarray:
    """scikit-learn's smooth idf: ``ln((1 + n) / (1 + df)) + 1``."""
    n = counts.shape[0]
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    return np.log((1.0 + n) / (1.0 + df)) + 1.0


def _tfidf(counts: sp.csr_matrix, idf: np.ndarray) -> sp.csr_matrix:
    from sklearn.preprocessing import normalize

    return sp.csr_matrix(normalize(sp.csr_matrix(counts.multiply(idf[None, :])), norm="l2"))


def article_matrix(units: pd.DataFrame, dtm: DocTermMatrix) -> tuple[DocTermMatrix, np.ndarray]:
    """Articles by terms: the term counts of each article's units added up.

    Parameters
    ----------
    units : DataFrame
        The unit table the matrix was built from (``doc_id``, one row per row
        of ``dtm``).
    dtm : DocTermMatrix
        From :func:`helpers.topics.dtm.vectorize` on ``units["text"]``.

    Returns
    -------
    (DocTermMatrix, ndarray)
        One row per article in order of first appearance, with the same
        vocabulary; ``tfidf`` uses the smooth idf of *articles* (a term in
        every paragraph of one article counts once), rows scaled to unit
        length as in scikit-learn. The second value holds the ``doc_id`` of
        each row.

    Raises
    ------
    ValueError
        If ``units`` and ``dtm`` do not have the same number of rows.
    """
    if len(units) != dtm.n_units:
        raise ValueError(f"units has {len(units)} rows but the matrix {dtm.n_units}: build the matrix from these units")
    codes, ids = pd.factorize(units["doc_id"].to_numpy(), sort=False)
    n = len(units)
    pool = sp.csr_matrix((np.ones(n), (codes, np.arange(n))), shape=(len(ids), n))
    counts = sp.csr_matrix(pool @ dtm.counts)
    counts.sort_indices()
    art = replace(dtm, counts=counts, tfidf=_tfidf(counts, _smooth_idf(counts)))
    return art, np.asarray(ids, dtype=object)


def with_idf_of(dtm: DocTermMatrix, ref: DocTermMatrix) -> DocTermMatrix:
    """``dtm`` re-weighted with the idf of ``ref``'s documents (same vocabulary).

    A model fit on articles (:func:`article_matrix`) expects inputs weighted as
    its articles were; this gives paragraphs those weights.

    Parameters
    ----------
    dtm : DocTermMatrix
        The matrix to re-weight (e.g. of paragraphs).
    ref : DocTermMatrix
        The matrix whose documents give the idf (e.g. of articles).

    Returns
    -------
    DocTermMatrix
        A copy of ``dtm`` whose ``tfidf`` uses ``ref``'s smooth idf.

    Raises
    ------
    ValueError
        If the vocabularies differ in size.
    """
    if dtm.n_terms != ref.n_terms:
        raise ValueError(f"the matrices have different vocabularies ({dtm.n_terms} and {ref.n_terms} terms)")
    return replace(dtm, tfidf=_tfidf(dtm.counts, _smooth_idf(ref.counts)))


def article_topics(
    units: pd.DataFrame,
    article_ids: Sequence,
    article_weights: np.ndarray,
    columns: Sequence[str] = ("outlet",),
    unit_has_terms: np.ndarray | None = None,
    no_topic: np.ndarray | None = None,
) -> pd.DataFrame:
    """Each article's topic mixture from article-level weights.

    An article no topic explains (``no_topic``, from :func:`helpers.topics.tables.no_topic_units` on the
    articles' explained shares) gets 0 for every topic and 1 for ``no_topic`` instead of its tiny weights scaled
    to 100% of one topic (issue 12bh-t).

    Parameters
    ----------
    units : DataFrame
        The unit table (``doc_id`` and the ``columns``).
    article_ids : sequence
        ``doc_id`` of each row of ``article_weights`` (from :func:`article_matrix`).
    article_weights : ndarray of shape (n_articles, n_topics)
        Model weights of the articles (scaled here to shares).
    columns : sequence of str
        Metadata columns to carry.
    unit_has_terms : ndarray of bool, optional
        Per unit, whether it has vocabulary terms (for ``n_units``); default all.
    no_topic : ndarray of bool, shape (n_articles,), optional
        Articles no topic explains; default none.

    Returns
    -------
    DataFrame
        The layout of :func:`helpers.topics.model.document_topics`: ``doc_id``, the
        ``columns``, ``n_units`` (units with terms), ``T1``... (rounded to 3;
        NaN for an article without terms), ``no_topic`` (1 for an article no topic explains, else 0; NaN without
        terms), ``dominant_topic`` (:data:`helpers.topics.tables.NO_TOPIC` for an article no topic explains).

    Raises
    ------
    ValueError
        When ``article_ids`` does not have one id per row of ``article_weights``.
    """
    w = np.asarray(article_weights, dtype=np.float64)
    if len(article_ids) != w.shape[0]:
        raise ValueError(f"{len(article_ids)} article ids for {w.shape[0]} rows of weights")
    names = topic_names(w.shape[1])
    cols = list(dict.fromkeys([c for c in columns if c in units.columns and c != "doc_id"]))
    has = np.ones(len(units), dtype=bool) if unit_has_terms is None else np.asarray(unit_has_terms, dtype=bool)
    n_units = pd.Series(has, index=units["doc_id"].to_numpy()).groupby(level=0, sort=False).sum()
    meta = units.groupby("doc_id", sort=False)[cols].first() if cols else pd.DataFrame(index=pd.Index(article_ids))
    flagged = np.zeros(len(w), dtype=bool) if no_topic is None else np.asarray(no_topic, dtype=bool)
    if len(flagged) != len(w):
        raise ValueError(f"no_topic has {len(flagged)} values for {len(w)} articles")
    shares = topic_shares(w)
    has = ~np.isnan(shares).any(axis=1) | flagged
    shares = np.where(flagged[:, None], 0.0, shares)
    nt = np.where(has, flagged.astype(float), np.nan)
    out = meta.reindex(pd.Index(article_ids, name="doc_id")).reset_index()
    out["n_units"] = n_units.reindex(article_ids).fillna(0).astype("int64").to_numpy()
    for j, t in enumerate(names):
        out[t] = np.round(shares[:, j], 3)
    out["no_topic"] = nt
    out["dominant_topic"] = _dominant_names(shares, nt, names)
    return out


def aggregate_unit_shares(units: pd.DataFrame, weights: np.ndarray, dtm: DocTermMatrix, how: str = "mean"):
    """Article topic shares from unit (paragraph) weights, by one of ``AGGREGATIONS``.

    * ``mean``: mean of the units' topic shares (every unit counts the same;
      :func:`helpers.topics.model.document_topics`).
    * ``length``: mean of unit shares weighted by each unit's number of term
      occurrences.
    * ``sum``: the raw model weights of the units added up, then scaled to 1.
    * ``drop_short``: ``mean`` over units with at least ``SHORT_UNIT_TERMS``
      distinct terms (all units of an article that has no such unit).

    Parameters
    ----------
    units : DataFrame with ``doc_id``, one row per row of ``weights``
    weights : ndarray of shape (n_units, n_topics)
    dtm : DocTermMatrix of the units
    how : str

    Returns
    -------
    (ndarray, ndarray)
        Article ids (order of first appearance) and their shares, shape
        (n_articles, n_topics); NaN rows for articles without weight.

    Raises
    ------
    ValueError
        For an unknown ``how`` or mismatched shapes.
    """
    if how not in AGGREGATIONS:
        raise ValueError(f"how must be one of {AGGREGATIONS}, got {how!r}")
    w = np.asarray(weights, dtype=np.float64)
    if not len(units) == w.shape[0] == dtm.n_units:
        raise ValueError(f"units ({len(units)}), weights ({w.shape[0]}) and matrix ({dtm.n_units}) differ in rows")
    codes, ids = pd.factorize(units["doc_id"].to_numpy(), sort=False)
    if how == "sum":
        x, rw = w, np.ones(len(w))
    else:
        x = np.nan_to_num(topic_shares(w))
        valid = w.sum(axis=1) > 0
        if how == "length":
            rw = np.asarray(dtm.counts.sum(axis=1)).ravel()
        else:
            rw = valid.astype(float)
        if how == "drop_short":
            long_ = valid & (np.diff(dtm.counts.indptr) >= SHORT_UNIT_TERMS)
            has_long = np.bincount(codes, weights=long_, minlength=len(ids)) > 0
            rw = np.where(has_long[codes], long_, valid).astype(float)
        rw = rw * valid
    total = np.zeros((len(ids), w.shape[1]))
    np.add.at(total, codes, x * rw[:, None])
    return np.asarray(ids, dtype=object), topic_shares(total)


def recovery_nmi(labels: Sequence, dominant: Sequence) -> float:
    """Normalised mutual information between known labels and dominant topics.

    Arithmetic normalisation (scikit-learn's default): 1 when topics and labels
    partition the articles identically, 0 when independent. Pairs where either
    side is missing (``""``, None, NaN, or a dominant topic of -1) are left out.

    Parameters
    ----------
    labels : sequence
        The known label of each article.
    dominant : sequence
        The dominant topic of each article, aligned with ``labels``.

    Returns
    -------
    float

    Raises
    ------
    ValueError
        If the sequences differ in length or no pair is left.
    """
    from sklearn.metrics import normalized_mutual_info_score

    a, b = pd.Series(list(labels), dtype=object), pd.Series(list(dominant), dtype=object)
    if len(a) != len(b):
        raise ValueError(f"labels ({len(a)}) and dominant topics ({len(b)}) differ in length")
    ok = a.notna() & b.notna() & (a.astype(str) != "") & (b.astype(str) != "") & (b.astype(str) != "-1")
    if not ok.any():
        raise ValueError("no article has both a label and a dominant topic")
    return float(normalized_mutual_info_score(a[ok].astype(str), b[ok].astype(str)))
