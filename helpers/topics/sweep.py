"""The sweep over the number of topics: one model per k, scored, and the choice of k.

Split out of :mod:`helpers.topics.model` (which fits one model). :func:`sweep_topics` fits a model for each k
of a range on one seeded sample (NMF from one shared randomized SVD, :func:`helpers.topics.model.nndsvd_init`),
scores each by the NPMI coherence of its topics' top terms counted in all units
(:mod:`helpers.topics.coherence`), their diversity and, optionally, their stability over refits
(:mod:`helpers.topics.stability`); :func:`choose_k` picks k from that table (see the design notes of
:mod:`helpers.topics.model`).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

import numpy as np
import pandas as pd

from ..core.wording import count
from .coherence import topic_coherence, topic_diversity
from .dtm import DocTermMatrix
from .model import (
    DIVERSITY_MIN,
    TopicModel,
    _run,
    _subset,
    _valid,
    fit_topics,
    max_topics,
    model_input,
    sample_rows,
    top_term_ids,
)
from .stability import topic_stability

__all__ = ["DIVERSITY_SLACK", "MIN_SWEEP_TOPICS", "SWEEP_REFITS", "SWEEP_SAMPLE", "choose_k", "diversity_floor", "floor_chose_k", "k_scores", "sweep_notes",
           "sweep_topics"]

DIVERSITY_SLACK = 0.05
"""When no k reaches :data:`helpers.topics.model.DIVERSITY_MIN`, the k within this much of the most diverse k are
eligible (:func:`diversity_floor`). A corpus about one story shares its vocabulary across topics ("health", "care",
"insurance" in most topics of a health-care corpus), so every k can fall below the floor; the old fallback, the most
diverse k, then chose the smallest k tried, without a stability check and whatever its coherence."""

MIN_SWEEP_TOPICS = 2
"""A sweep needs at least two topics to compare; on a corpus that allows fewer (one or two units with terms, as one
or two short articles give) :func:`sweep_topics` fits one topic for all the text and says so (issue 12bd-e)."""

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
        any lowering of ``k_max``; ``attrs["k_min_requested"]`` a ``k_min`` lowered to what the corpus allows;
        ``attrs["single_topic"]`` is True when the corpus allows fewer than :data:`MIN_SWEEP_TOPICS` topics: the
        table then has the one row k = 1 (one topic for all the text, nothing to choose; :func:`sweep_notes` says so).
    models : dict of int to TopicModel

    Raises
    ------
    ValueError
        If ``k_min < 1``, ``k_min > k_max``, or no unit has a term.
    """
    _check_sweep_args(k_min, k_max, n_top, sweep_sample)
    rows, possible = _sweep_rows(dtm, k_min, seed, sample_size, sweep_sample)
    single = possible < MIN_SWEEP_TOPICS  # one or two units: one topic for all the text, said by sweep_notes
    ks = [1] if single else list(range(min(k_min, possible), min(k_max, possible) + 1))  # k_min too high: lowered
    models = _fit_sweep(dtm, ks, method, seed, rows, n_jobs)
    table = _score_sweep(dtm, models, n_top, len(rows))
    if stability_seeds:
        _add_stability(table, dtm, models, stability_seeds, stability_top, n_top, n_jobs)
    table.attrs["k_min_requested"] = int(k_min)
    table.attrs["k_max_requested"] = int(k_max)
    table.attrs["k_max_possible"] = int(possible)
    table.attrs["single_topic"] = bool(single)
    return table, models


def _check_sweep_args(k_min, k_max, n_top, sweep_sample) -> None:
    """Raise a ValueError naming the argument when a bound of the sweep is not a positive int or k_min > k_max."""
    for name, v in (("k_min", k_min), ("k_max", k_max), ("n_top", n_top)):
        if not isinstance(v, (int, np.integer)) or isinstance(v, bool) or v < 1:
            raise ValueError(f"{name} must be a positive int, got {v!r}: pass a whole number of at least 1")
    if k_min > k_max:
        raise ValueError(f"k_min ({k_min}) must not be larger than k_max ({k_max}): swap them or lower k_min")
    if sweep_sample is not None and (not isinstance(sweep_sample, (int, np.integer)) or sweep_sample < 1):
        raise ValueError(f"sweep_sample must be a positive int or None, got {sweep_sample!r}: pass a number of units "
                         "of at least 1, or None to sweep on every unit")


def _sweep_rows(dtm: DocTermMatrix, k_min: int, seed: int, sample_size, sweep_sample) -> tuple[np.ndarray, int]:
    """The fitting sample of the sweep and the largest k it allows.

    A ``k_min`` above that bound is lowered to it by the caller (a report on three articles should describe them,
    not fail), and below :data:`MIN_SWEEP_TOPICS` the caller fits one topic; a ValueError only when no unit has a term.
    """
    caps = [c for c in (sample_size, sweep_sample) if c is not None]
    rows = sample_rows(dtm, min(caps) if caps else None, seed)
    possible = max_topics(len(rows), dtm.n_terms)
    if len(rows) == 0 or dtm.n_terms == 0:
        raise ValueError(f"no topic can be fit: {len(rows)} units with terms, {dtm.n_terms} terms. Give a corpus "
                         "with more text or use a smaller unit.")
    return rows, possible


def _fit_one(sub: DocTermMatrix, k: int, method: str, seed: int, rows: np.ndarray, svd) -> TopicModel:
    """One model of the sweep (a task of :func:`helpers.topics.model._run`)."""
    return fit_topics(sub, k, method, seed, rows, svd=svd)


def _fit_sweep(dtm: DocTermMatrix, ks: list[int], method: str, seed: int, rows: np.ndarray,
               n_jobs: int | None) -> dict[int, TopicModel]:
    """A model per k on ``rows`` (NMF: all started from one randomized SVD of the sample)."""
    svd = None
    if method == "nmf":
        from sklearn.utils.extmath import randomized_svd

        svd = randomized_svd(model_input(dtm, method)[rows], ks[-1], random_state=seed)
    sub = _subset(dtm, rows)
    local = np.arange(len(rows))
    fitted = _run(_fit_one, [(sub, k, method, seed, local, svd) for k in ks], n_jobs, len(rows), "fitting k")
    return {k: replace(m, rows=rows) for k, m in zip(ks, fitted)}


def _score_sweep(dtm: DocTermMatrix, models: dict[int, TopicModel], n_top: int, n_fit: int) -> pd.DataFrame:
    """One row per k: coherence (mean and min NPMI over topics, counted in all units), diversity, convergence."""
    ks = list(models)
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
                     "converged": models[k].converged, "fit_units": n_fit})
    return pd.DataFrame(recs)


def _add_stability(table: pd.DataFrame, dtm: DocTermMatrix, models: dict[int, TopicModel], seeds: Sequence[int],
                   top: int, n_top: int, n_jobs: int | None) -> None:
    """Mean and min stability (in place) of the ``top`` most coherent diverse k; NaN for the others."""
    ok = table[(table["diversity"].round(3) >= diversity_floor(table)) & table["coherence"].notna()]
    if ok.empty:
        ok = table
    ranked = ok.assign(c=ok["coherence"].round(3)).sort_values(["c", "k"], ascending=[False, True], kind="stable")
    table["stability"] = table["stability_min"] = np.nan
    for k in ranked["k"].head(max(1, int(top))):
        st = topic_stability(dtm, models[k], seeds, n_top, n_jobs=n_jobs)["stability"]
        table.loc[table["k"] == k, ["stability", "stability_min"]] = [float(st.mean()), float(st.min())]


def floor_chose_k(sweep: pd.DataFrame, k: int, digits: int = 3) -> bool:
    """Whether the diversity floor, not the score, chose ``k``: it is the smallest k tried and every larger k fell
    below the floor (dogfood 12bk-d), so themes may be merged into broad topics.

    Parameters
    ----------
    sweep : DataFrame
        The k sweep (:func:`sweep_topics`, or its file ``01_k_sweep.csv``): ``k`` and ``diversity``.
    k : int
        The chosen k.
    digits : int, default 3
        Decimals compared (as :func:`sweep_notes`).

    Returns
    -------
    bool
        False when the sweep tried one k only.
    """
    s = sweep.round(digits)
    floor = diversity_floor(sweep, digits=digits)
    others = sorted(int(x) for x in s.loc[s["k"] != k, "k"])
    low = sorted(int(x) for x in s.loc[s["diversity"] < floor, "k"])
    return bool(others) and k == int(s["k"].min()) and low == others


def diversity_floor(sweep: pd.DataFrame, min_diversity: float = DIVERSITY_MIN, digits: int = 3) -> float:
    """The diversity a k needs to be eligible: ``min_diversity``, or, when no k of the sweep reaches it, the highest
    diversity of the sweep less :data:`DIVERSITY_SLACK`.

    Parameters
    ----------
    sweep : DataFrame
        From :func:`sweep_topics`: ``k``, ``coherence`` and ``diversity``.
    min_diversity : float, default DIVERSITY_MIN
        The diversity floor.
    digits : int, default 3
        Decimals kept before comparing.

    Returns
    -------
    float
        ``min_diversity`` when a k with a finite coherence reaches it, else ``max(diversity) - DIVERSITY_SLACK``
        (rounded to ``digits``).
    """
    d = sweep["diversity"].round(digits)
    valid = d[sweep["coherence"].notna()]
    if valid.empty or (valid >= min_diversity).any():
        return min_diversity
    return round(float(valid.max()) - DIVERSITY_SLACK, digits)


def sweep_notes(sweep: pd.DataFrame, k: int, digits: int = 3, slack: float = 0.01) -> list[str]:
    """Sentences that say which k the sweep chose, why, and which other k are about as good.

    Parameters
    ----------
    sweep : DataFrame
        From :func:`sweep_topics` with ``stability_seeds`` (``k``, ``coherence``, ``coherence_min``, ``diversity``,
        ``stability``, ``converged``; ``attrs`` ``k_max_requested`` and ``k_max_possible`` when present).
    k : int
        The chosen k (:func:`choose_k`).
    digits : int, default 3
        Decimals shown and compared.
    slack : float, default 0.01
        Other eligible k whose score is within this of the chosen k's are named as about as good.

    Returns
    -------
    list of str
        One sentence per line, in reading order.

    Raises
    ------
    KeyError
        If ``k`` is not a row of ``sweep``.
    """
    s = sweep.round(digits)
    best = s.set_index("k").loc[k]
    if sweep.attrs.get("single_topic"):
        n = int(s["fit_units"].iloc[0]) if "fit_units" in s.columns else None
        units = f"{count(n, 'unit')} with terms" if n is not None else "units with terms"
        return [f"too few units to separate topics ({units}): one topic stands for all of this text, so no k was "
                "chosen, its stability is not measured (one topic always comes back) and its top words are only the "
                "most weighted words of these texts."]
    floor = diversity_floor(sweep)
    measured = [int(x) for x in s.loc[s["stability"].notna(), "k"]]
    basis = "mean coherence × stability"
    lines = [f"chosen k = {k}: mean coherence {best['coherence']:.3f} (least coherent topic {best['coherence_min']:.3f}), "
             f"diversity {best['diversity']:.3f}, stability {best['stability']:.3f} (measured for k = {measured}), "
             f"among k = {int(s['k'].min())}..{int(s['k'].max())}; chosen by {basis}."]
    if floor < DIVERSITY_MIN:
        lines.append(f"no k reaches diversity {DIVERSITY_MIN}: the topics share many top words, as on a corpus about one "
                     f"story; the k within {DIVERSITY_SLACK} of the most diverse (diversity of at least {floor}) are eligible.")
    low = [int(x) for x in s.loc[s["diversity"] < floor, "k"]]
    if low:
        lines.append(f"k = {low}: diversity below {floor}, their topics repeat each other's top words; not eligible.")
    score = k_scores(s)
    near = [int(x) for x in s.loc[(s["diversity"] >= floor) & s["stability"].notna()
                                  & (score >= score[s["k"] == k].iloc[0] - slack) & (s["k"] != k), "k"]]
    lines.append(f"k = {near} come within {slack} of that score ({basis}): the curve is flat there and those k are as "
                 "defensible (set n_topics to use one)." if near else
                 f"no other eligible k comes within {slack} of that score ({basis}).")
    requested, possible = sweep.attrs.get("k_max_requested"), sweep.attrs.get("k_max_possible")
    capped = requested is not None and possible is not None and possible < requested
    if k == int(s["k"].max()) and not (capped and k == possible):  # raising k_max cannot help past the corpus's cap
        lines.append("the chosen k is the largest tried: the score may rise further with more topics (raise k_max).")
    others = [int(x) for x in s.loc[s["k"] != k, "k"]]
    if floor_chose_k(sweep, k, digits):  # dogfood 12bk-d: no choice was made
        alt = s.loc[s["k"].isin(low) & s["coherence"].notna()]
        best_alt = int(alt.loc[alt["coherence"].idxmax(), "k"]) if not alt.empty else others[0]
        lines.append(f"the chosen k is the smallest tried and the only eligible k: every larger k fell below the "
                     f"diversity floor ({floor}), as on a corpus about one story whose topics all share its words, so "
                     f"the floor chose k = {k}, not the score, and themes may be merged into broad topics. Compare a "
                     f"larger k (set n_topics, e.g. k = {best_alt}, the most coherent of them) before reading these "
                     "topics as the corpus's themes.")
    elif k == int(s["k"].min()) and k > 2:
        lines.append("the chosen k is the smallest tried: fewer topics may score as well (lower k_min), and themes this "
                     "corpus holds may be merged into broad topics (read the k with the next best scores, or set n_topics).")
    low_min = sweep.attrs.get("k_min_requested")
    if low_min is not None and low_min > int(s["k"].min()):
        lines.append(f"k_min was lowered from {low_min} to {int(s['k'].min())}: this corpus has too few units or terms "
                     "for more topics, so the topics are the themes of these few texts, not of a coverage.")
    if capped:
        lines.append(f"k_max was lowered from {requested} to {possible}: this corpus has too few units or terms for more topics.")
    if "converged" in s.columns and not s["converged"].all():
        lines.append(f"not converged within the iteration limit at k = {[int(x) for x in s.loc[~s['converged'], 'k']]}.")
    return lines


def k_scores(sweep: pd.DataFrame) -> pd.Series:
    """The score :func:`choose_k` compares: mean NPMI coherence (0 if negative) times mean stability.

    Parameters
    ----------
    sweep : DataFrame
        From :func:`sweep_topics` with ``stability_seeds``: ``coherence`` and ``stability``.

    Returns
    -------
    Series
        One score per row (NaN where stability was not measured).

    Notes
    -----
    Issue qa4 tried the least coherent topic's NPMI instead of the mean (a topic that merges two themes shows there):
    it chose k = 5 instead of 3 on five themes at 30 articles per label, but k = 9 instead of 5 on task A of
    ``benchmarks/bench_topics_recovery.py`` (NMI 0.820 -> 0.641; auto-k mean 0.803 -> 0.781), so the mean stays.
    """
    return sweep["coherence"].clip(lower=0) * sweep["stability"]


def choose_k(sweep: pd.DataFrame, min_diversity: float = DIVERSITY_MIN, digits: int = 3) -> int:
    """The k of a sweep with the most coherent (and stable) topics that do not repeat each other.

    Rule: among the k whose topic diversity is at least ``min_diversity``,
    the one with the highest score: mean NPMI coherence, or, when the sweep
    has a ``stability`` column (``sweep_topics(..., stability_seeds=...)``),
    mean coherence (negative values counted as 0) times mean stability
    (:func:`k_scores`), among the k whose stability was measured, so that a
    k whose topics do not come back in refits is not chosen for a slightly
    higher coherence. On the AllSides development tasks of
    ``benchmarks/bench_topics_recovery.py`` coherence alone tended to pick
    large k with unstable topics (docs/VALIDATION.md); the least coherent
    topic's NPMI in place of the mean was tried and lost there (issue qa4,
    :func:`k_scores`). Ties (after rounding to ``digits``,
    so that the last floating-point digits, which vary between machines,
    cannot decide) go to the smaller k; when every score is 0, coherence
    alone decides. If no k reaches ``min_diversity``, the same rule among the k
    within :data:`DIVERSITY_SLACK` of the highest diversity (:func:`diversity_floor`).

    Parameters
    ----------
    sweep : DataFrame
        From :func:`sweep_topics`: ``k``, ``coherence``, ``diversity`` and optionally ``stability``.
    min_diversity : float, default DIVERSITY_MIN
        The diversity floor.
    digits : int, default 3
        Decimals kept before comparing scores.

    Returns
    -------
    int
        The chosen k.

    Raises
    ------
    ValueError
        If the table is empty or has no finite coherence.
    """
    if sweep.attrs.get("single_topic") and len(sweep) == 1:
        return int(sweep["k"].iloc[0])  # one or two units: one topic, nothing to choose
    if len(sweep) == 0 or sweep["coherence"].isna().all():
        raise ValueError("no k to choose from: the sweep table is empty or has no finite coherence; run sweep_topics "
                         "on a corpus with more units or a wider k range and pass its table")
    t = sweep.assign(c=sweep["coherence"].round(digits), d=sweep["diversity"].round(digits))
    ok = t[(t["d"] >= diversity_floor(sweep, min_diversity, digits)) & t["c"].notna()]
    if "stability" in ok.columns and ok["stability"].notna().any():
        cand = ok[ok["stability"].notna()]
        score = k_scores(cand).round(digits)
        if (score > 0).any():
            return int(cand.loc[score == score.max(), "k"].min())
    return int(ok.loc[ok["c"] == ok["c"].max(), "k"].min())
