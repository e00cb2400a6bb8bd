"""Stability of topics: refits on subsamples matched to the original topics by the Jaccard overlap of their top terms."""
from __future__ import annotations

from typing import Sequence

import numpy as np
import pandas as pd

from .dtm import DocTermMatrix
from .model import SUBSAMPLE_FRACTION, TopicModel, _refit_top_terms, _run, _subset, _valid, model_input, top_term_ids

__all__ = ["jaccard_matrix", "match_topics", "topic_stability"]



# --------------------------------------------------------------------------
# stability


def jaccard_matrix(tops_a: Sequence[Sequence], tops_b: Sequence[Sequence]) -> np.ndarray:
    """Jaccard overlap of every pair of top-term sets.

    Parameters
    ----------
    tops_a, tops_b : sequence of sequence
        Top terms (or term ids) of each topic of two models.

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

    Parameters
    ----------
    jaccard : ndarray of shape (n_rows, n_cols)
        From :func:`jaccard_matrix`.

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
        Processes for the refits, as in :func:`helpers.topics.sweep.sweep_topics`.

    Each refit's top terms are kept in ``model.meta["refits"]`` (keyed by the
    matrix object, resample size, ``n_top`` and seed): a second call with the
    same matrix and seeds (as after :func:`helpers.topics.sweep.sweep_topics`) fits nothing again
    and gives the same result.

    Returns
    -------
    DataFrame
        One row per topic (0-based ``topic``): ``stability`` (mean matched
        Jaccard), ``stability_min``, and one column ``seed_<s>`` per refit.

    Raises
    ------
    ValueError
        When ``seeds`` is empty or ``fraction`` is outside (0, 1].
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


