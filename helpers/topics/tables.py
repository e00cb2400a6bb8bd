"""Topic-model results as tables: shares, labels, evidence passages, document topics, prevalence by group and period."""
from __future__ import annotations

import re
from typing import Sequence

import numpy as np
import pandas as pd

from ..core.wording import parameter
from ..corpus.groups import NOT_GROUPS, UNKNOWN
from ..stats.intervals import MIN_INTERVAL_ARTICLES
from .dtm import DocTermMatrix
from .model import TopicModel, _valid, top_term_ids

__all__ = ["BORDER_MARGIN", "MIN_PASSAGE_TERMS", "MIN_PERIOD_ARTICLES", "MIN_RELATIVE_FIT", "NO_TOPIC", "ONE_ARTICLE_SHARE", "STABLE_JACCARD", "document_topics", "dominant_topic", "group_contrasts", "no_topic_units", "mixture_articles", "near_cutoff", "one_article_topics", "periods_to_show", "whole_article_units", "prevalence_by_group", "prevalence_order", "prevalence_wide", "representative_passages", "time_bins", "top_document_terms", "topic_label", "topic_names", "topic_shares", "topic_table"]

STABLE_JACCARD = 0.5
"""Topics whose mean matched top-term Jaccard across refits is below this are
flagged unstable (0.5 means that, on average, about two thirds of the top
terms come back: 7 shared terms of 10 give 7/13 = 0.54)."""

BORDER_MARGIN = 0.1
"""Stability this close to :data:`STABLE_JACCARD` is near the cut-off: with five refits a topic's stability moved by
up to 0.19 when only the order of one corpus's rows changed (review s80-B), so such a topic may count as stable or not
by chance."""


def near_cutoff(table: pd.DataFrame, margin: float = BORDER_MARGIN, threshold: float = STABLE_JACCARD) -> list[str]:
    """Topics whose stability lies within ``margin`` of the cut-off: "stable" or not by the refits' chance.

    Parameters
    ----------
    table : DataFrame
        :func:`topic_table` rows (``topic``, ``stability``).
    margin : float, default :data:`BORDER_MARGIN`
    threshold : float, default :data:`STABLE_JACCARD`

    Returns
    -------
    list of str
        "T5 (0.53)" for each such topic, in table order; empty without a ``stability`` column.
    """
    if "stability" not in table.columns:
        return []
    st = pd.to_numeric(table["stability"], errors="coerce")
    near = st.sub(threshold).abs() < margin
    return [f"{t} ({v:.2f})" for t, v in zip(table.loc[near, "topic"], st[near])]

ONE_ARTICLE_SHARE = 0.5
"""A topic that takes more than this share of its weight (the sum of its shares over the units) from one article
describes that article rather than a theme of the corpus (dogfood 12bn-d: 7 of the 12 topics of 24 technology articles,
"bezos / phone / prince", "taiwan / government / tang", were one story each)."""

MIN_PASSAGE_TERMS = 5
"""A unit needs this many distinct vocabulary terms to serve as a representative
passage (shorter units get extreme topic shares from one or two words)."""

MIN_PERIOD_ARTICLES = 5
"""Periods with fewer articles are left out of the time figure when enough other
periods reach it (:func:`periods_to_show`), and are never joined into a trend line."""

MIN_RELATIVE_FIT = 0.05
"""A unit (or article) whose explained share (:func:`helpers.topics.model.explained_share`) is below this fraction
of the median unit's of the same run counts as "no topic" (:func:`no_topic_units`) instead of being scaled to 100%
of its largest tiny weight (issue 12bh-t). Chosen on development data, not on the seeds: on 2,000 AllSides
articles (k = 4, fit on articles) 1,159 of 42,302 paragraphs (2.7%) and 3 of 2,000 articles fall below it; of the
paragraphs read below 0.02 of the median 19 of 24 carry no theme ("Coffee grounds.", "Methodology"), between
0.02 and 0.05 18 of 30 ("Best regards,"), between 0.05 and 0.1 7 of 20; the 3 articles (a power-outage map, a plane
crash, a murder trial) belong to none of the four political topics. No climate article of ``frames-dev`` (lowest
0.13 of the median) and no seed paragraph (lowest 0.15) falls below it (docs/CHOICES.md)."""

NO_TOPIC = "(no topic)"
"""The ``topic`` of the units and articles no topic explains, in the prevalence tables and as a dominant topic."""



# --------------------------------------------------------------------------
# results as tables


def topic_shares(weights: np.ndarray, no_topic: np.ndarray | None = None) -> np.ndarray:
    """Rows of ``weights`` scaled to sum to 1; NaN rows for units with no weight and for units without topic.

    Parameters
    ----------
    weights : ndarray of shape (n_units, n_topics)
        Non-negative model weights.
    no_topic : ndarray of bool, shape (n_units,), optional
        Units no topic explains (:func:`no_topic_units`): their rows are NaN, not their tiny weights scaled up.

    Returns
    -------
    ndarray of float64
        Same shape.
    """
    w = np.asarray(weights, dtype=np.float64)
    tot = w.sum(axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        out = np.where(tot > 0, w / np.where(tot > 0, tot, 1.0), np.nan)
    if no_topic is not None:
        out[np.asarray(no_topic, dtype=bool)] = np.nan
    return out


def no_topic_units(explained: np.ndarray, min_relative: float = MIN_RELATIVE_FIT) -> np.ndarray:
    """Units the topics hardly explain: explained share below ``min_relative`` times the median unit's.

    A unit whose words the topics hardly use gets tiny topic weights (0.0001 where the corpus's other units get
    0.5); scaled to sum to 1 they would make it 100% of one topic, a share of nothing (issue 12bh-t). Such a unit
    counts as "no topic" instead, as BERTopic's outlier topic -1 holds the documents no cluster takes. The bar is
    relative to the units of the same run because the explained share itself depends on the vocabulary, k and the
    length of the units (:func:`helpers.topics.model.explained_share`). When more than half of the units are
    unexplained, the median is one of them and few are flagged: read the flagged share as a lower bound.

    Parameters
    ----------
    explained : ndarray of float, shape (n_units,)
        From :func:`helpers.topics.model.explained_share` (NaN: no terms, or a model without the measure).
    min_relative : float, default MIN_RELATIVE_FIT
        The fraction of the median explained share below which a unit has no topic.

    Returns
    -------
    ndarray of bool, shape (n_units,)
        True for units with a finite explained share below the bar; False for NaN (a unit without terms has no
        topic weights at all and is counted apart).

    Raises
    ------
    ValueError
        When ``min_relative`` is not in [0, 1).
    """
    if not 0 <= min_relative < 1:
        raise ValueError(f"min_relative must be in [0, 1), got {min_relative!r}")
    e = np.asarray(explained, dtype=np.float64)
    finite = np.isfinite(e)
    if not finite.any():
        return np.zeros(len(e), dtype=bool)
    bar = min_relative * float(np.median(e[finite]))
    return finite & (np.where(finite, e, np.inf) < bar)


def dominant_topic(shares: np.ndarray) -> np.ndarray:
    """Index of each row's largest share (first on ties); -1 for NaN rows.

    Parameters
    ----------
    shares : ndarray of shape (n_rows, n_topics)
        Topic shares.

    Returns
    -------
    ndarray of int64, shape (n_rows,)
    """
    s = np.asarray(shares)
    valid = ~np.isnan(s).any(axis=1)
    out = np.full(s.shape[0], -1, dtype=np.int64)
    if valid.any():
        out[valid] = np.argmax(s[valid], axis=1)
    return out


def prevalence_order(shares: np.ndarray) -> np.ndarray:
    """Topic order by mean share over units, largest first (ties by index).

    Parameters
    ----------
    shares : ndarray of shape (n_units, n_topics)
        Topic shares (NaN rows ignored).

    Returns
    -------
    ndarray of int
        Topic indices; index order when no share is finite.
    """
    mean = np.nanmean(shares, axis=0) if np.isfinite(shares).any() else np.zeros(shares.shape[1])
    return np.lexsort((np.arange(len(mean)), -np.round(mean, 9)))


def topic_label(terms: Sequence[str], n: int = 3) -> str:
    """A short label from a topic's top terms, e.g. ``"talks / ceasefire / prisoners"``.

    Takes terms in order and skips one whose words are all in the label
    already (``afghan soil`` after ``afghan`` and ``soil``), or that contains
    an earlier term (``afghan refugees`` replaces ``refugees``).

    Parameters
    ----------
    terms : sequence of str
        The topic's top terms, heaviest first.
    n : int, default 3
        Terms in the label at most.

    Returns
    -------
    str
        The chosen terms joined by " / ".
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
    doc_ids: Sequence | None = None,
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
        Stability below this flags the topic as unstable. A model of one topic (a corpus too small to separate
        topics) gets stability NaN and ``stable`` False: one topic always comes back in refits, which says nothing.
    doc_ids : sequence, optional
        The article of each unit (rows of ``shares``): adds ``top_article`` and ``top_article_share``, the article
        with the most of the topic's units (those whose dominant topic it is, as ``size`` counts them) and its part
        of them. Summed shares over all units (before review s77) made a page of 767 paragraphs, each with a
        trace of the topic, "the article with most of the topic" while its own mixture had none of it.

    Returns
    -------
    DataFrame
        ``topic`` (1-based id ``T1``...), ``label``, ``top_terms``
        (``"term (weight); ..."``, weights scaled so the top term is 1),
        ``coherence``, ``stability``, ``stable`` (bool), ``size`` (units
        whose dominant topic it is), ``size_share`` (of the units with a topic: with terms, and not "no topic"),
        ``mean_share`` (mean topic share over those units); with ``doc_ids`` also ``top_article`` and
        ``top_article_share``. Numbers rounded to 3.
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
            "stability": round(float(stability[k]), 3) if model.n_topics > 1 else float("nan"),
            "stable": bool(stability[k] >= threshold) and model.n_topics > 1,
            "size": size,
            "size_share": round(size / n_valid, 3) if n_valid else float("nan"),
            "mean_share": round(float(np.nanmean(shares[:, k])), 3) if n_valid else float("nan"),
        })
    out = pd.DataFrame(rows)
    if doc_ids is not None:  # the topic's own units (dominant topic), as `size` counts them (review s77)
        docs = np.asarray(doc_ids).astype(str)
        tops, parts = [], []
        for k in range(model.n_topics):
            mine = pd.Series(docs[dom == k])
            if mine.empty:
                tops.append("")
                parts.append(float("nan"))
                continue
            counts = mine.value_counts()
            best = sorted(counts.index[counts == counts.max()])[0]  # ties: the first doc_id
            tops.append(best)
            parts.append(round(float(counts.max() / len(mine)), 3))
        out["top_article"] = tops
        out["top_article_share"] = parts
    return out


def one_article_topics(table: pd.DataFrame, unit: str = "paragraph", limit: int = 6,
                       min_share: float = ONE_ARTICLE_SHARE) -> str:
    """A sentence naming the topics most of whose units come from one article; "" when none does.

    Parameters
    ----------
    table : DataFrame
        From :func:`topic_table` with ``doc_ids`` (``topic``, ``label``, ``top_article``, ``top_article_share``).
    unit : str
        The unit the topics were scored on (for the wording).
    limit : int
        Topics named at most (the most concentrated first); the rest are counted.
    min_share : float
        A topic counts when its top article holds more than this share of its units (:data:`ONE_ARTICLE_SHARE`).

    Returns
    -------
    str
    """
    if "top_article_share" not in table.columns:
        return ""
    hit = table[pd.to_numeric(table["top_article_share"], errors="coerce") > min_share]
    if hit.empty:
        return ""
    hit = hit.sort_values(["top_article_share", "topic"], ascending=[False, True], kind="stable")
    shown = "; ".join(f"{r.topic} ({r.label}): {100 * r.top_article_share:.0f}% from article {r.top_article}"
                      for r in hit.iloc[:limit].itertuples())
    more = f"; and {len(hit) - limit:,} more" if len(hit) > limit else ""
    n, k = len(hit), len(table)
    return (f"{n} of {k} topics have more than {100 * min_share:.0f}% of their {unit}s (those whose main topic it "
            f"is) in a single article: {shown}{more}. Such a topic is that article's story rather than a "
            f"theme the corpus shares: read its passages, and fewer topics ({parameter('n_topics')}) or more articles give "
            f"themes that span articles (column top_article_share).")


def representative_passages(
    units: pd.DataFrame,
    weights: np.ndarray,
    dtm: DocTermMatrix,
    n_per_topic: int = 3,
    columns: Sequence[str] = ("outlet",),
    max_chars: int = 400,
    no_topic: np.ndarray | None = None,
    explained: np.ndarray | None = None,
) -> pd.DataFrame:
    """The units that express each topic most strongly, one per article.

    With NMF most units load on one topic only, so the passages of a large corpus often all have a share of 1:
    the share says the passage is about nothing else, not how much of it the topic accounts for. ``explained``
    adds that (the unit's explained share, :func:`helpers.topics.model.explained_share`), which differs between
    passages of equal share (review s76).

    Ranking within a topic: topic share, then raw weight, then ``doc_id`` and
    ``unit_id``. Units with fewer than ``MIN_PASSAGE_TERMS`` distinct terms
    are skipped unless nothing else is left.

    Parameters
    ----------
    units : DataFrame
        The unit table (``doc_id``, ``unit_id``, ``text`` and the ``columns``), aligned with ``weights``.
    weights : ndarray of shape (n_units, n_topics)
        Model weights of the units.
    dtm : DocTermMatrix
        The units' matrix (for the number of distinct terms).
    n_per_topic : int, default 3
        Passages per topic.
    columns : sequence of str, default ("outlet",)
        Metadata columns to carry (those missing from ``units`` are skipped).
    max_chars : int, default 400
        Passages are cut at this length.
    no_topic : ndarray of bool, optional
        Units no topic explains (:func:`no_topic_units`): never a passage, whatever their scaled share.
    explained : ndarray of float, shape (n_units,), optional
        Each unit's explained share; when given, the output has an ``explained`` column (rounded to 3; the
        ranking is unchanged).

    Returns
    -------
    DataFrame
        ``topic`` (``T1``...), ``rank``, ``doc_id``, the ``columns``,
        ``unit_id``, ``share`` (rounded to 3), ``explained`` (only when given), ``text`` (cut at ``max_chars``
        with an ellipsis).

    Raises
    ------
    ValueError
        If ``explained`` does not have one value per unit.
    """
    if explained is not None:
        explained = np.asarray(explained, dtype=np.float64)
        if explained.shape != (len(units),):
            raise ValueError(f"explained has {explained.size} values for {len(units)} units: pass "
                             "helpers.topics.explained_share(model, dtm, weights) of the same units")
    shares = topic_shares(weights, no_topic)
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
                        "share": round(float(s[i]), 3),
                        **({} if explained is None else {"explained": round(float(explained[i]), 3)}),
                        "text": text})
    fit = [] if explained is None else ["explained"]
    return pd.DataFrame(out, columns=["topic", "rank", "doc_id", *cols, "unit_id", "share", *fit, "text"])


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
    """Column names of topic weights: ``T1``, ``T2``, ...

    Parameters
    ----------
    n_topics : int
        Number of topics.

    Returns
    -------
    list of str
    """
    return [f"T{k + 1}" for k in range(n_topics)]


def document_topics(units: pd.DataFrame, shares: np.ndarray, columns: Sequence[str] = ("outlet",),
                    no_topic: np.ndarray | None = None) -> pd.DataFrame:
    """Each article's topic mixture over its units: topic shares and the share of units no topic explains.

    A unit without vocabulary terms (NaN shares, not flagged) is left out. A unit no topic explains
    (``no_topic``) counts in the article with a share of 0 for every topic and of 1 for ``no_topic``, so
    that the topic shares and ``no_topic`` add up to 1 (issue 12bh-t: before, such a unit's tiny weights were
    scaled to 100% of one topic). Without ``no_topic`` each topic share is the mean share of the units with
    terms, as before. An article with no unit with terms has NaN shares and dominant topic ``""``.

    Parameters
    ----------
    units : DataFrame
        The unit table (``doc_id`` and the ``columns``).
    shares : ndarray of shape (n_units, n_topics)
        Topic shares of each unit (:func:`topic_shares`, with the same ``no_topic``).
    columns : sequence of str, default ("outlet",)
        Metadata columns to carry (those missing from ``units`` are skipped).
    no_topic : ndarray of bool, shape (n_units,), optional
        Units with terms that no topic explains (:func:`no_topic_units`).

    Returns
    -------
    DataFrame
        One row per article in order of first appearance: ``doc_id``, the
        ``columns``, ``n_units`` (units with terms), ``T1``... (rounded to
        3), ``no_topic`` (share of the units with terms that no topic explains, rounded to 3),
        ``dominant_topic`` (``T<k>``, first on ties; :data:`NO_TOPIC` when ``no_topic`` is larger than every
        topic's share).
    """
    names = topic_names(shares.shape[1])
    cols = list(dict.fromkeys([c for c in columns if c in units.columns and c != "doc_id"]))
    s = np.asarray(shares, dtype=np.float64)
    flagged = np.zeros(len(s), dtype=bool) if no_topic is None else np.asarray(no_topic, dtype=bool)
    valid = (~np.isnan(s).any(axis=1) if s.size else np.zeros(len(s), dtype=bool)) | flagged
    df = pd.DataFrame(np.where(valid[:, None], np.nan_to_num(s), np.nan), columns=names)
    df.insert(0, "doc_id", units["doc_id"].to_numpy())
    df["no_topic"] = np.where(valid, flagged.astype(float), np.nan)
    df["_valid"] = valid
    g = df.groupby("doc_id", sort=False)
    mix = g[[*names, "no_topic"]].mean()
    meta = units.groupby("doc_id", sort=False)[cols].first() if cols else pd.DataFrame(index=mix.index)
    out = pd.concat([meta, g["_valid"].sum().rename("n_units").astype("int64"), mix], axis=1).reset_index()
    out["dominant_topic"] = _dominant_names(out[names].to_numpy(), out["no_topic"].to_numpy(), names)
    out[[*names, "no_topic"]] = out[[*names, "no_topic"]].round(3)
    return out


def _dominant_names(topic_shares_: np.ndarray, no_topic: np.ndarray, names: list[str]) -> list[str]:
    """``T<k>`` of the largest share per row, :data:`NO_TOPIC` where ``no_topic`` is larger, ``""`` for NaN rows."""
    dom = dominant_topic(topic_shares_)
    best = np.nanmax(np.where(np.isnan(topic_shares_), -np.inf, topic_shares_), axis=1) if len(names) else np.zeros(0)
    out = []
    for d, b, nt in zip(dom, best, no_topic):
        out.append("" if d < 0 else (NO_TOPIC if np.isfinite(nt) and nt > b else names[d]))
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
    """Mean topic share per group, with intervals over articles.

    The articles of a group are the units, not its paragraphs: paragraphs of
    one article share its subject, so treating them as independent would
    make intervals far too narrow. Since issue 12bg-i4 the interval is Korn and
    Graubard's for a proportion over an effective sample size
    (:func:`helpers.stats.intervals.grouped_mean` with ``interval="kg"``; Korn &
    Graubard 1998, Survey Methodology 24(2)): the variance of the articles' mean
    topic share gives the effective size ``p (1 - p) / V``, corrected for the
    ``G - 1`` degrees of freedom, and the Clopper-Pearson bounds are read at that
    size; asymmetric, inside [0, 1]. It replaced the percentile bootstrap over
    articles, which with 3-10 articles covered 0.50-0.90 of the time in a
    pre-registered simulation of shares in [0, 1] where this interval covered
    0.92-0.99 at 5-20 articles (``benchmarks/results/article_mean_interval_coverage.md``).
    A group of 1 or 2 articles gets no interval
    (:data:`helpers.stats.intervals.MIN_INTERVAL_ARTICLES`); a topic with a share of 0
    in every article of a group, the Wilson interval of 0 of its articles.

    Parameters
    ----------
    doc_topics : DataFrame
        From :func:`document_topics` (columns ``by``, ``n_units``, ``T1``...).
    by : str
        Group column.
    n_boot, ci, seed
        As in :func:`helpers.stats.intervals.bootstrap_mean` (unused by the Korn-Graubard interval; kept for
        the callers).
    by_size : bool
        Order groups by number of articles (largest first, then name) instead
        of by name; the group named ``last`` (pooled rare groups), then the articles without a group
        (:data:`helpers.corpus.groups.UNKNOWN`), go last.
    last : str
        See ``by_size``.

    Returns
    -------
    DataFrame
        One row per group and topic, sorted by group then topic: ``by``,
        ``topic``, ``n_articles``, ``n_units``, ``estimate``, ``ci_low``,
        ``ci_high`` (shares in [0, 1]), ``method``. When some article has units no topic explains (a
        ``no_topic`` column above 0, :func:`document_topics`), the topic :data:`NO_TOPIC` follows the
        topics: the mean share of the articles' units without topic, so that a group's rows add up to 1.

    Raises
    ------
    ValueError
        When ``by`` is not a column of ``doc_topics`` (the message lists the columns).
    """
    from ..stats.intervals import grouped_mean

    if by not in doc_topics.columns:
        raise ValueError(f"group column {by!r} not in the table; it has {list(doc_topics.columns)}")
    names = [c for c in doc_topics.columns if re.fullmatch(r"T\d+", str(c))]
    data = doc_topics[doc_topics["n_units"] > 0]
    if "no_topic" in data.columns and (data["no_topic"] > 0).any():
        names.append("no_topic")
    units = data.groupby(by, sort=True)["n_units"].sum()
    parts = []
    for t in names:
        g = grouped_mean(data, by, t, n_boot=n_boot, ci=ci, seed=seed, interval="kg")
        g.insert(1, "topic", NO_TOPIC if t == "no_topic" else t)
        parts.append(g)
    out = pd.concat(parts, ignore_index=True).rename(columns={"n": "n_articles"})
    out.insert(3, "n_units", out[by].map(units).astype("int64"))
    out["_t"] = [10**9 if t == NO_TOPIC else int(t[1:]) for t in out["topic"]]  # "(no topic)" last
    if by_size:
        rank = out.drop_duplicates(by).assign(_last=lambda d: d[by].map({last: 1, UNKNOWN: 2}).fillna(0))
        rank = rank.sort_values(["_last", "n_articles", by], ascending=[True, False, True], kind="stable")
        out["_g"] = out[by].map({g: i for i, g in enumerate(rank[by])})
    else:
        out["_g"] = out[by].map({g: i for i, g in enumerate(sorted(out[by].unique()))})
    out = out.sort_values(["_g", "_t"], kind="stable").drop(columns=["_g", "_t"]).reset_index(drop=True)
    return out


def group_contrasts(prev: pd.DataFrame, by: str, min_articles: int = MIN_INTERVAL_ARTICLES) -> pd.DataFrame:
    """For each topic, the groups with the highest and lowest share, and whether they differ clearly.

    The :data:`NO_TOPIC` rows are no topic and never take part. Only groups with at least ``min_articles`` articles and an interval (none below
    :data:`helpers.stats.intervals.MIN_INTERVAL_ARTICLES`, 3) take part; "(other)" and "(unknown)" (:data:`helpers.corpus.groups.NOT_GROUPS`) never do. A contrast is ``clear`` when the two 95 % intervals do not
    overlap (a conservative check: overlapping intervals can still hide a
    real difference).

    Parameters
    ----------
    prev : DataFrame
        From :func:`prevalence_by_group`.
    by : str
        Its group column.
    min_articles : int, default 3 (``MIN_INTERVAL_ARTICLES``)
        Articles a group needs to take part.

    Returns
    -------
    DataFrame
        ``topic``, ``high``, ``high_share``, ``high_n``, ``low``,
        ``low_share``, ``low_n``, ``difference``, ``clear``; clear contrasts
        first, then by difference (descending). Empty when fewer than two
        groups qualify.
    """
    cols = ["topic", "high", "high_share", "high_n", "low", "low_share", "low_n", "difference", "clear"]
    ok = prev[(prev["n_articles"] >= min_articles) & prev["ci_low"].notna() & ~prev[by].isin(NOT_GROUPS)
              & (prev["topic"] != NO_TOPIC)]  # the units no topic explains measure the model, not a theme
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


def mixture_articles(doc: pd.DataFrame, n: int, by: str) -> pd.DataFrame:
    """The articles to draw in the topic-mixture figure: the longest of each group in turn, so every group shows.

    The figure showed the ``n`` articles with the most units; when they tie (every article one paragraph, review
    s77), doc_id order chose, and a corpus whose ids were sorted by group showed one group only. Here groups take
    turns, largest group first: each gives its article with the most units (ties by doc_id), then its next one.

    Parameters
    ----------
    doc : DataFrame
        :func:`document_topics` rows with ``doc_id``, ``n_units`` and the ``by`` column.
    n : int
        Articles to show.
    by : str
        The group column.

    Returns
    -------
    DataFrame
        Up to ``n`` rows of ``doc`` (articles with units only), ordered by group (largest first), then by units.
    """
    have = doc[doc["n_units"] > 0]
    if have.empty or n <= 0:
        return have.iloc[:0].reset_index(drop=True)
    groups = have[by].astype(str)
    size = groups.value_counts()
    order = sorted(size.index, key=lambda g: (-size[g], g))
    ranked = {g: have[groups == g].sort_values(["n_units", "doc_id"], ascending=[False, True], kind="stable").index.tolist()
              for g in order}
    picked: list = []
    depth = 0
    while len(picked) < min(n, len(have)):
        for g in order:
            if depth < len(ranked[g]) and len(picked) < n:
                picked.append(ranked[g][depth])
        depth += 1
    out = have.loc[picked]
    pos = {g: i for i, g in enumerate(order)}
    key = out[by].astype(str).map(pos)
    return (out.assign(_g=key.to_numpy()).sort_values(["_g", "n_units", "doc_id"], ascending=[True, False, True],
                                                       kind="stable").drop(columns="_g").reset_index(drop=True))


def whole_article_units(units: pd.DataFrame, unit: str) -> str:
    """A note when every article gives a single unit: the "paragraphs" of the topic model are whole articles.

    Parameters
    ----------
    units : DataFrame
        :func:`topic_units` rows (``doc_id``).
    unit : str
        The unit in use (``paragraph``, ``sentence`` or ``article``).

    Returns
    -------
    str
        The note, or "" when articles give several units or the unit is the article.
    """
    if unit == "article" or units.empty or units["doc_id"].nunique() != len(units) or len(units) < 3:
        return ""
    return (f"Every article is one {unit} here (its text has no {unit} breaks), so the {unit}s below are whole "
            f"articles: read \"{unit}\" as \"article\" in this notebook.")


def periods_to_show(counts: pd.Series, min_articles: int = MIN_PERIOD_ARTICLES) -> list:
    """The periods worth plotting, from the number of articles per period.

    Periods with fewer than ``min_articles`` articles are dropped when at
    least two periods have that many (a stray article dated 2001 in a
    2012-2020 corpus would otherwise stretch the axis and suggest a trend);
    on a tiny corpus, where no two periods reach it, every period is kept.

    Parameters
    ----------
    counts : Series of int
        Articles per period (index: period labels).
    min_articles : int, default MIN_PERIOD_ARTICLES
        Articles a period needs.

    Returns
    -------
    list
        Period labels, sorted.
    """
    big = sorted(p for p, c in counts.items() if c >= min_articles)
    return big if len(big) >= 2 else sorted(counts.index)


def time_bins(dates: pd.Series, precision: pd.Series | None = None) -> tuple[pd.Series, str]:
    """Bin parsed dates into years, quarters or months, by the span covered.

    A date known only to a coarser unit than the bin (a page's copyright year, parsed as 1 January, among months)
    is in no bin: it was counted as January (review 12bh-x).

    Parameters
    ----------
    dates : Series of Timestamp (NaT allowed)
    precision : Series of str, optional
        Same index: each date's precision (``day``, ``month``, ``year``, as ``date_parsed_precision`` of
        :func:`helpers.corpus.dates.parse_dates`); any other value counts as a day. None: every date is a day.

    Returns
    -------
    (Series of str, str)
        The bin of each date (``"2021"``, ``"2021Q3"`` or ``"2021-07"``; ``""``
        for NaT and for a date coarser than the bin) and the bin name (``"year"``, ``"quarter"``, ``"month"``):
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
    if precision is not None:
        rank = {"month": 1, "year": 3}
        coarse = precision.reindex(d.index).map(lambda p: rank.get(str(p), 0))
        per = per.where(coarse <= {"month": 1, "quarter": 1, "year": 3}[name], "")
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
        percentage with its interval, e.g. ``"31% (95% CI 12-50%)"`` (``"50% (no interval)"``
        where one article leaves no interval; :func:`helpers.core.wording.share_interval`).
    """
    from ..stats.intervals import format_interval

    labels = labels or {}
    cell = prev.assign(cell=[format_interval(e, lo, hi, percent=True)
                             for e, lo, hi in zip(prev["estimate"], prev["ci_low"], prev["ci_high"])])
    wide = cell.pivot(index=by, columns="topic", values="cell")
    order = list(dict.fromkeys(prev["topic"]))
    wide = wide[order].rename(columns=lambda t: labels.get(t, t))
    n = prev.drop_duplicates(by).set_index(by)[["n_articles", "n_units"]]
    return n.join(wide).reset_index()


def top_document_terms(dtm: DocTermMatrix, n: int = 20) -> pd.DataFrame:
    """The terms in the most units (ties alphabetical).

    Parameters
    ----------
    dtm : DocTermMatrix
        The document-term matrix.
    n : int, default 20
        Terms listed.

    Returns
    -------
    DataFrame
        ``term``, ``units`` (units containing it), ``share`` of the units (rounded to 3).
    """
    df = np.bincount(dtm.counts.indices, minlength=dtm.n_terms)
    idx = np.lexsort((np.arange(dtm.n_terms), -df))[:n]
    return pd.DataFrame({"term": dtm.terms[idx], "units": df[idx], "share": np.round(df[idx] / dtm.n_units, 3)})


