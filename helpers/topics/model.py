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
* **Choice of k** (:mod:`helpers.topics.sweep`). For each k in ``k_min..k_max``: mean NPMI coherence of the
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

import warnings
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd
import scipy.sparse as sp

from ..core.parallel import parallel_map, worker_count
from .coherence import topic_coherence
from .dtm import DocTermMatrix

__all__ = ["DIVERSITY_MIN", "LDA_MAX_ITER", "METHODS", "NMF_MAX_ITER", "NMF_TOL", "PARALLEL_MIN_ROWS", "SUBSAMPLE_FRACTION", "TopicModel", "explained_share", "fit_topics", "max_topics", "model_coherence", "model_input", "nndsvd_init", "sample_rows", "top_term_ids", "top_terms_long"]

METHODS = ("nmf", "lda")

SUBSAMPLE_FRACTION = 0.8
"""Share of the fitting units drawn (without replacement) for each stability refit."""

PARALLEL_MIN_ROWS = 5_000
"""From this many fitting units, the fits of a sweep and the stability refits
run in parallel processes."""

DIVERSITY_MIN = 0.9
"""k is chosen among models whose top words are at least this share distinct
(see :func:`helpers.topics.sweep.choose_k`): below it, topics start to repeat each other."""

NMF_MAX_ITER = 400

NMF_TOL = 1e-3
"""Relative change of the NMF loss at which fitting stops. On AllSides paragraphs
1e-3 gave the same top terms as 1e-4 at k = 5, 9 and 12 with about 30 % fewer
iterations."""

LDA_MAX_ITER = 20


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
    """The matrix a method fits on: TF-IDF for NMF, counts for LDA (a probabilistic model of word counts).

    Parameters
    ----------
    dtm : DocTermMatrix
        The document-term matrix.
    method : {"nmf", "lda"}
        The model.

    Returns
    -------
    scipy.sparse.csr_matrix

    Raises
    ------
    ValueError
        For another ``method``.
    """
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

    Parameters
    ----------
    n_units : int
        Units (rows) of the fitting matrix.
    n_terms : int
        Terms (columns).

    Returns
    -------
    int
        ``min(int(n_units * SUBSAMPLE_FRACTION), n_terms)``, at least 0.
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

    Raises
    ------
    ValueError
        When the SVD has fewer than ``n_topics`` components.
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


def explained_share(model: TopicModel, dtm: DocTermMatrix, weights: np.ndarray) -> np.ndarray:
    """How much of each unit the topics reproduce: one minus the unit's relative residual.

    For NMF, ``1 - ||x - w H||^2 / ||x||^2``, with ``x`` the unit's row of the matrix the model reads (TF-IDF),
    ``w`` its topic weights and ``H`` the topic-term weights: the relative residual per observation of the NMF
    literature (e.g. ``residualNMF`` of the R package hNMF), turned round. 1: the topics rebuild the unit; 0: they
    rebuild nothing of it. A unit whose words the topics hardly use gets tiny weights, which
    :func:`helpers.topics.tables.topic_shares` would otherwise scale up to 100% of one topic (issue 12bh-t).
    The figure depends on the corpus (vocabulary size, k, unit length): on 2,000 AllSides articles at k = 4 the
    median paragraph scores 0.005, on the bundled seeds 0.21. Compare units with each other, as
    :func:`helpers.topics.tables.no_topic_units` does, not with a fixed number.

    For LDA, whose topic proportions always sum to 1 and so are never tiny themselves, ``x`` is the unit's word
    counts and ``w H`` the word distribution the model gives the unit (its topic proportions times the topics'
    word probabilities), a distribution and not a reconstruction at the unit's scale: the share is taken after the
    best scaling of ``w H``, ``1 - min_c ||x - c w H||^2 / ||x||^2``, which is the squared cosine of ``x`` and
    ``w H``. A unit whose words the topics hardly use gets about 0 (review 12bi-x). Without the scaling a short
    unit scored 0 whenever the model's distribution was broad: a fifth of the paragraphs of 2,000 AllSides
    articles (docs/VALIDATION.md, review 12bi-x).

    Parameters
    ----------
    model : TopicModel
        The fitted model.
    dtm : DocTermMatrix
        The units, weighted as the model reads them (for an article-fit model scoring paragraphs, the
        paragraphs with the articles' idf: :func:`helpers.topics.articles.with_idf_of`).
    weights : ndarray of shape (n_units, n_topics)
        ``model.transform(dtm)``, in the model's topic order.

    Returns
    -------
    ndarray of float, shape (n_units,)
        In [0, 1]; NaN for units without terms.

    Raises
    ------
    ValueError
        When ``weights`` does not have one row per unit and one column per topic.
    """
    w = np.asarray(weights, dtype=np.float64)
    if w.shape != (dtm.n_units, model.n_topics):
        raise ValueError(f"weights have shape {w.shape}, expected ({dtm.n_units}, {model.n_topics})")
    out = np.full(dtm.n_units, np.nan)
    X = sp.csr_matrix(model_input(dtm, model.method), dtype=np.float64)
    H = model.components()
    x2 = np.asarray(X.multiply(X).sum(axis=1)).ravel()
    cross = np.asarray((X @ H.T) * w).sum(axis=1)  # <x, w H>
    r2 = np.einsum("ij,jk,ik->i", w, H @ H.T, w)  # ||w H||^2 without the dense (n_units, n_terms) product
    ok = x2 > 0
    if model.method == "lda":  # 1 - min_c ||x - c w H||^2 / ||x||^2 = cos^2(x, w H) (review 12bi-x)
        ok &= r2 > 0
        out[ok] = np.clip(cross[ok] ** 2 / (x2[ok] * r2[ok]), 0.0, 1.0)
        return out
    out[ok] = np.clip(1.0 - (x2[ok] - 2.0 * cross[ok] + r2[ok]) / x2[ok], 0.0, 1.0)
    return out


def top_term_ids(components: np.ndarray, n_top: int) -> np.ndarray:
    """Column ids of each topic's ``n_top`` heaviest terms.

    Ties are broken by column id (alphabetical order of the vocabulary), so
    the result does not depend on the sort algorithm. Terms with zero weight
    are never returned: a topic may have fewer than ``n_top`` (padded -1).

    Parameters
    ----------
    components : ndarray of shape (n_topics, n_terms)
        Topic-term weights.
    n_top : int
        Terms per topic.

    Returns
    -------
    ndarray of int, shape (n_topics, n_top)

    Raises
    ------
    ValueError
        When ``n_top`` < 1.
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
    """Mean NPMI of each topic's top terms, counted in all units of ``dtm`` (see :mod:`helpers.topics.coherence`).

    Parameters
    ----------
    model : TopicModel
        The fitted model.
    dtm : DocTermMatrix
        The matrix whose units count the co-occurrences.
    n_top : int, default 10
        Top terms per topic.

    Returns
    -------
    ndarray of float
        One coherence per topic.
    """
    tops = top_term_ids(model.components(), n_top)
    return topic_coherence([_valid(t) for t in tops], dtm.counts, dtm.terms)


def top_terms_long(model: TopicModel, dtm: DocTermMatrix, n_top: int = 10) -> pd.DataFrame:
    """Top terms as a long table.

    Parameters
    ----------
    model : TopicModel
        The fitted model.
    dtm : DocTermMatrix
        The matrix it was fitted on (for the terms).
    n_top : int, default 10
        Terms per topic.

    Returns
    -------
    DataFrame
        ``topic`` (``T1``...), ``rank``, ``term``, ``weight`` (relative to the topic's top term, rounded to 3).
    """
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

    Parameters
    ----------
    dtm : DocTermMatrix
        The document-term matrix.
    sample_size : int or None
        Units kept at most; None keeps all.
    seed : int, default 0
        Seed of the sample.

    Returns
    -------
    ndarray of int
        Sorted row ids; all units with terms when there are at most
        ``sample_size`` of them (or ``sample_size`` is None).

    Raises
    ------
    ValueError
        When a sample is needed and ``sample_size`` < 1.
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
    jobs = worker_count(n_jobs, n_rows, PARALLEL_MIN_ROWS) if len(tasks) >= 2 else 1
    return parallel_map(func, tasks, jobs, desc=desc, fork=False)
