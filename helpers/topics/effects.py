"""Topic prevalence modelled on group and time together (fractional logit, bootstrap intervals).

Why
---
A table of topic shares per outlet cannot tell whether an outlet writes more
about a theme or only published more of its articles when the theme was in the
news. Structural topic models answer this with ``estimateEffect`` (a
regression of topic proportions on covariates). Here, for each topic, the
article's topic share ``y`` in [0, 1] is regressed on the group (one indicator
per group, the largest group as reference, never a pool such as "(other)") and the publication date (decimal
years, a linear trend) *together*::

    E[y | group, date] = 1 / (1 + exp(-(b0 + b_group + b_time * years)))

fit as a fractional logit (Papke & Wooldridge 1996: the Bernoulli
quasi-likelihood, which needs no distribution for ``y`` and allows exact 0s
and 1s), by iteratively reweighted least squares.

Reading the effects
-------------------
Effects are *average marginal effects* in percentage points:

* ``group: G vs R``: the mean, over all articles in the model, of the
  predicted share if the article came from G minus the predicted share if it
  came from R, each at the article's own date. A group difference that only
  reflects *when* the groups published shrinks towards 0 here, while the raw
  difference (also in the table) does not.
* ``time: per year``: the mean, over articles, of the slope of the predicted
  share against the date, in points per year, holding the group fixed.

Intervals: 95 % percentile bootstrap over articles (each article is one row,
so resampling articles keeps all its paragraphs together: an article-clustered
bootstrap), resampled within each group so every group stays in every
replicate; above ``BOOT_MAX_ARTICLES`` articles an m-out-of-n bootstrap with
rescaled deviations keeps it cheap. The model is descriptive: it adjusts for the date, not for story
selection, length or anything else.

When it does not fit
--------------------
It is not fitted, and :func:`topic_effects` says why in one sentence, when
there are fewer than two groups with ``MIN_GROUP_ARTICLES`` dated articles, no
dates or dates that do not vary, fewer than ``ARTICLES_PER_COEF`` articles per
coefficient, when group and date are confounded (each group's dates fully
determine it, so the design has no independent variation), or when a group's
span of dates meets no other group's (a period column, before / after a date:
its effect "at the same date" would only extrapolate the trend).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np
import pandas as pd

from ..core.wording import count, noun
from ..corpus.groups import OTHER, PSEUDO, UNKNOWN, below_headline

__all__ = [
    "MIN_GROUP_ARTICLES",
    "ARTICLES_PER_COEF",
    "BOOT_MAX_ARTICLES",
    "EffectResult",
    "decimal_years",
    "effects_caveat",
    "effects_summary",
    "fit_fractional_logit",
    "short_span_note",
    "span_words",
    "topic_effects",
]

MIN_GROUP_ARTICLES = 5
"""A group enters the model when it has at least this many dated articles; the
others are left out of it (their raw shares are still shown)."""

ARTICLES_PER_COEF = 5
"""The model is fitted only with at least this many articles per coefficient
(intercept, one per non-reference group, and the time slope)."""

BOOT_MAX_ARTICLES = 5_000
"""Above this many articles in the model, each bootstrap replicate draws this
many (an m-out-of-n bootstrap, split over the groups in proportion to their
size, at least ``MIN_GROUP_ARTICLES`` or the whole group each) and the
replicates' deviations from the full-data estimate are scaled by
``sqrt(m / n)`` before taking percentiles (Bickel, Goetze & van Zwet 1997; the
effects are smooth functions of the coefficients, so their spread shrinks as
``1 / sqrt(n)``). The cost of the intervals then stops growing with the
corpus: on 37,000 articles and 10 topics, 200 full-size replicates took about
14 s of CPU. Below the cap every replicate has all articles, as before."""

_RIDGE = 1e-6
_MAX_ITER = 50
_TOL = 1e-8


@dataclass
class EffectResult:
    """The outcome of :func:`topic_effects`.

    Attributes
    ----------
    fitted : bool
        Whether the regression was fitted.
    message : str
        One sentence: what was fitted on how many articles, or why it was not.
    table : DataFrame
        One row per topic and term: ``topic``, ``term`` (``"group: G vs R"``
        or ``"time: per year"``), ``group``, ``n_articles`` (of the group; all
        articles for time), ``raw_share`` (mean share of the group, %; NaN for
        time), ``raw_effect`` (raw difference from the reference group, or the
        least-squares slope per year, points), ``effect`` (adjusted average
        marginal effect, points), ``ci_low``, ``ci_high``, ``clear`` (interval
        excludes 0), ``reference`` and ``n_reference`` (the group every
        group is compared with and its dated articles in the model). Empty when
        not fitted.
    raw : DataFrame
        Mean share per group and topic with its article count (``group``,
        ``topic``, ``n_articles``, ``raw_share`` in %), always filled.
    reference : str or None
        The reference group: the largest group of the model that is not a pool
        (``pooled`` of :func:`topic_effects`).
    n_reference : int
        Dated articles of the reference group in the model (0 when not fitted).
    n_articles : int
        Articles in the model (or that would have been).
    span_days : float
        Days from the first to the last date of the model (NaN when not fitted). Under a year, the change "per
        year" reaches beyond the dates: :func:`topic_effects` adds a note and the figure says how long the span is.
    """

    fitted: bool
    message: str
    table: pd.DataFrame
    raw: pd.DataFrame
    reference: str | None = None
    n_articles: int = 0
    notes: list = field(default_factory=list)
    n_reference: int = 0
    span_days: float = float("nan")

    def raw_wide(self) -> pd.DataFrame:
        """The raw shares for reading: one row per group (``group``, ``n_articles``), one column per topic (%)."""
        if self.raw.empty:
            return pd.DataFrame(columns=["group", "n_articles"])
        wide = self.raw.pivot(index="group", columns="topic", values="raw_share")
        wide = wide[sorted(wide.columns, key=lambda t: int(str(t)[1:]))]
        n = self.raw.drop_duplicates("group").set_index("group")["n_articles"]
        out = pd.concat([n, wide], axis=1).reset_index()
        out.columns.name = None
        return out.sort_values(["n_articles", "group"], ascending=[False, True], kind="stable").reset_index(drop=True)


def decimal_years(dates: pd.Series) -> pd.Series:
    """Dates as decimal years (2020-07-02 -> about 2020.5); NaN for NaT.

    Parameters
    ----------
    dates : Series
        Dates (anything :func:`pandas.to_datetime` reads).

    Returns
    -------
    Series of float
        Year plus (day of year - 1) / 365.25.
    """
    d = pd.to_datetime(dates)
    return d.dt.year + (d.dt.day_of_year - 1) / 365.25


def _expit(z: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def fit_fractional_logit(X: np.ndarray, y: np.ndarray, beta0: np.ndarray | None = None) -> np.ndarray:
    """Fractional-logit coefficients by IRLS (Bernoulli quasi-likelihood).

    Parameters
    ----------
    X : ndarray of shape (n, p)
        Design matrix including the intercept column.
    y : ndarray of shape (n,)
        Outcomes in [0, 1].
    beta0 : ndarray of shape (p,), optional
        Starting values (default 0).

    Returns
    -------
    ndarray of shape (p,)
        A tiny ridge term (1e-6) keeps the steps defined when a column is
        constant in a bootstrap sample.

    Raises
    ------
    ValueError
        If shapes disagree or ``y`` is outside [0, 1].
    """
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if X.ndim != 2 or y.shape != (X.shape[0],):
        raise ValueError(f"X must be (n, p) and y (n,), got {X.shape} and {y.shape}")
    if np.any(~np.isfinite(y)) or np.any((y < 0) | (y > 1)):
        raise ValueError("y must be shares in [0, 1] without NaN")
    beta = np.zeros(X.shape[1]) if beta0 is None else np.asarray(beta0, dtype=np.float64).copy()
    ridge = _RIDGE * np.eye(X.shape[1])
    for _ in range(_MAX_ITER):
        mu = _expit(X @ beta)
        w = np.clip(mu * (1 - mu), 1e-10, None)
        step = np.linalg.solve(X.T @ (X * w[:, None]) + ridge, X.T @ (y - mu) - _RIDGE * beta)
        beta = beta + step
        if np.max(np.abs(step)) < _TOL:
            break
    return beta


def _ame(beta: np.ndarray, X: np.ndarray, n_groups: int) -> np.ndarray:
    """Average marginal effects: each group vs the reference, then the time slope (shares, not points)."""
    lin = X @ beta
    lin0 = lin - X[:, 1:1 + n_groups] @ beta[1:1 + n_groups]
    p0 = _expit(lin0)
    out = np.empty(n_groups + 1)
    for g in range(n_groups):
        out[g] = np.mean(_expit(lin0 + beta[1 + g]) - p0)
    mu = _expit(lin)
    out[-1] = np.mean(beta[-1] * mu * (1 - mu))
    return out


def _raw_table(doc: pd.DataFrame, by: str, topics: list) -> pd.DataFrame:
    g = doc.groupby(by, sort=True)
    rows = []
    for name, part in g:
        for t in topics:
            rows.append({"group": name, "topic": t, "n_articles": len(part),
                         "raw_share": round(100 * float(part[t].mean()), 1)})
    return pd.DataFrame(rows, columns=["group", "topic", "n_articles", "raw_share"])


def _not_fitted(message: str, raw: pd.DataFrame, n: int, notes: list) -> EffectResult:
    cols = ["topic", "term", "group", "n_articles", "raw_share", "raw_effect", "effect", "ci_low", "ci_high", "clear",
            "reference", "n_reference"]
    return EffectResult(False, message, pd.DataFrame(columns=cols), raw, None, n, notes)


def topic_effects(
    doc: pd.DataFrame,
    by: str,
    years: pd.Series,
    n_boot: int = 200,
    seed: int = 0,
    ci: float = 0.95,
    group_name: str | None = None,
    pooled: Sequence[str] = (OTHER, PSEUDO),
) -> EffectResult:
    """Regress each topic's article share on group and date together.

    Parameters
    ----------
    doc : DataFrame
        One row per article: the group column ``by`` and topic shares ``T1``...
        (from :func:`helpers.topics.model.document_topics`); rows with NaN shares are
        left out.
    by : str
        The group column ("" and "(unknown)", articles without a group, are left out with a note).
    years : Series
        Decimal years per row of ``doc`` (:func:`decimal_years`), NaN when
        undated (left out of the model).
    n_boot : int
        Bootstrap replicates (>= 20).
    seed : int
    ci : float
        Interval coverage in (0, 1).
    group_name : str, optional
        Name of the groups in messages (default ``by``).
    pooled : sequence of str, default ("(other)", "(pseudo-outlets)")
        Group values that pool several groups (the groups beyond ``top_n``, the pseudo-outlets). They stay in the
        model (their dated articles help estimate the time trend), but are never the reference: "CNN vs (other)"
        would compare with a mixture that changes with ``top_n``; nor are their own contrasts in the table, since the
        pages say a pool is never compared as a group (review s79-B). The reference is the largest other group; only
        when every group is a pool is a pool the reference (with a note), and its contrasts are kept.

    Returns
    -------
    EffectResult

    Raises
    ------
    ValueError
        For a missing column, mismatched lengths or out-of-range ``n_boot``/``ci``.
    """
    if by not in doc.columns:
        raise ValueError(f"group column {by!r} not in the table; it has {list(doc.columns)}")
    if len(years) != len(doc):
        raise ValueError(f"years has {len(years)} values for {len(doc)} articles")
    if not isinstance(n_boot, (int, np.integer)) or n_boot < 20:
        raise ValueError(f"n_boot must be an int >= 20, got {n_boot!r}")
    if not 0 < ci < 1:
        raise ValueError(f"ci must be in (0, 1), got {ci}")
    name = group_name or by
    topics = [c for c in doc.columns if re.fullmatch(r"T\d+", str(c))]
    data = doc.assign(_year=np.asarray(years, dtype=np.float64))
    data = data[data[topics].notna().all(axis=1)]
    no_group = data[by].astype(str).isin(["", UNKNOWN])  # no group of its own (dogfood 12bf-d)
    data = data[~no_group].reset_index(drop=True)
    raw = _raw_table(data, by, topics)
    dated = data[np.isfinite(data["_year"])].reset_index(drop=True)
    notes = []
    undated = data.loc[~np.isfinite(data["_year"]), by].astype(str).value_counts()
    if len(dated) and undated.sum():  # review s78-C: 207 undated articles (all of one outlet) moved two contrasts
        per = ", ".join(f"{g} {k:,}" for g, k in sorted(undated.items(), key=lambda kv: (-kv[1], kv[0])))
        k = int(undated.sum())
        notes.append(f"{k:,} of {len(data):,} articles have no usable date ({per}) and {noun(k, 'is', 'are')} left out of the "
                     "model, so its contrasts rest on the dated articles only; where a contrast differs from the "
                     "shares of all articles above, it may come from which articles carry a date, not from when they "
                     "were published.")
    if no_group.any():
        k = int(no_group.sum())
        notes.append(f"{count(k, 'article')} with no {name} ({UNKNOWN}) {noun(k, 'is', 'are')} no group and "
                     f"{noun(k, 'is', 'are')} left out of the model.")
    n_all, n_dated = len(data), len(dated)
    sizes = dated[by].value_counts()
    pools = {str(g) for g in pooled}
    kept = sorted(sizes[sizes >= MIN_GROUP_ARTICLES].index, key=lambda g: (str(g) in pools, -sizes[g], str(g)))
    n_groups_all = data[by].nunique()
    if n_groups_all < 2:
        return _not_fitted(f"All {n_all:,} articles are in one {name} group, so there is no group difference to "
                           "separate from time; the raw shares are shown.", raw, n_all, notes)
    if n_dated == 0:
        return _not_fitted(f"None of the {n_all:,} articles has a usable date, so group differences cannot be "
                           "separated from differences in when the groups published; the raw shares are shown.",
                           raw, n_all, notes)
    p = len(kept) + 1
    if len(kept) < 2 or n_dated < ARTICLES_PER_COEF * p:
        need = ARTICLES_PER_COEF * max(p, 3)
        return _not_fitted(
            f"{count(n_all, 'article')} ({n_dated:,} with a usable date) in {n_groups_all} {name} "
            f"{noun(n_groups_all, 'group')} ({len(kept)} with at least {MIN_GROUP_ARTICLES} dated articles) cannot separate {name} from "
            f"date: the model needs at "
            f"least two groups of {MIN_GROUP_ARTICLES} dated articles and about {need} articles in all; the raw "
            "shares are shown.", raw, n_dated, notes)
    left = sorted(set(sizes.index) - set(kept), key=str)
    if left:
        notes.append(f"{len(left):,} {name} {noun(len(left), 'group')} with fewer than {MIN_GROUP_ARTICLES} dated articles "
                     f"({int(sizes[left].sum())} articles) are left out of the model.")
    if n_dated < n_all and not undated.sum():  # said above with the groups' counts (review s78-C) otherwise
        notes.append(f"{n_all - n_dated:,} of {n_all:,} articles have no usable date and are left out of the model.")
    m = dated[dated[by].isin(kept)].reset_index(drop=True)
    ref, others = kept[0], kept[1:]
    notes.extend(_pool_notes(ref, kept, pools, name))
    t = m["_year"].to_numpy()
    if np.ptp(t) < 1 / 365.25:
        return _not_fitted(f"All {len(m):,} dated articles carry the same date, so the model cannot estimate a time "
                           "trend next to the group differences; the raw shares are shown.", raw, len(m), notes)
    center = float(np.mean(t))
    gcodes = m[by].map({g: i for i, g in enumerate(kept)}).to_numpy()
    X = np.column_stack([np.ones(len(m)), *[(gcodes == i + 1).astype(float) for i in range(len(others))], t - center])
    if np.linalg.matrix_rank(X) < X.shape[1]:
        return _not_fitted(f"In these {len(m):,} articles each {name} group's dates fully determine it, so {name} "
                           "and date cannot be separated; the raw shares are shown.", raw, len(m), notes)
    apart = _apart_in_time(t, gcodes, kept)
    if apart:
        spans = "; ".join(f"{g}: {_year_date(a)} to {_year_date(b)}" for g, a, b in apart)
        return _not_fitted(
            f"{noun(len(apart), 'This', 'These')} {name} {noun(len(apart), 'group shares', 'groups share')} no date "
            f"with any other group of the model ({spans}), so a difference 'for articles of the same date' could only "
            f"extrapolate the trend line across the gap (a {name} made of spans of dates is itself a difference over "
            "time); the raw shares are shown.", raw, len(m), notes)
    rng = np.random.default_rng(seed)
    idx_by_group = [np.flatnonzero(gcodes == i) for i in range(len(kept))]
    draw = [len(ix) for ix in idx_by_group]
    if len(m) > BOOT_MAX_ARTICLES:
        draw = [min(len(ix), max(MIN_GROUP_ARTICLES, round(BOOT_MAX_ARTICLES * len(ix) / len(m)))) for ix in idx_by_group]
    shrink = math.sqrt(sum(draw) / len(m))
    boots = [np.concatenate([rng.choice(ix, size=d, replace=True) for ix, d in zip(idx_by_group, draw)])
             for _ in range(n_boot)]
    alpha = (1 - ci) / 2
    rows = []
    n_of = m[by].value_counts()
    for tp in topics:
        y = np.clip(m[tp].to_numpy(dtype=np.float64), 0.0, 1.0)
        beta = fit_fractional_logit(X, y)
        est = _ame(beta, X, len(others))
        reps = np.array([_ame(fit_fractional_logit(X[b], y[b], beta), X[b], len(others)) for b in boots])
        reps = est + shrink * (reps - est)
        lo, hi = np.quantile(reps, alpha, axis=0), np.quantile(reps, 1 - alpha, axis=0)
        ref_mean = float(y[gcodes == 0].mean())
        slope = float(np.polyfit(t - center, y, 1)[0])
        for j, g in enumerate([*others, None]):
            raw_eff = float(y[gcodes == j + 1].mean()) - ref_mean if g is not None else slope
            rows.append({"topic": tp, "term": f"{name}: {g} vs {ref}" if g is not None else "time: per year",
                         "group": g if g is not None else "", "n_articles": int(n_of[g]) if g is not None else len(m),
                         "raw_share": round(100 * float(y[gcodes == j + 1].mean()), 1) if g is not None else float("nan"),
                         "raw_effect": round(100 * raw_eff, 2), "effect": round(100 * float(est[j]), 2),
                         "ci_low": round(100 * float(lo[j]), 2), "ci_high": round(100 * float(hi[j]), 2),
                         "clear": bool(lo[j] > 0 or hi[j] < 0), "reference": str(ref),
                         "n_reference": int(n_of[ref])})
    first, last = _year_date(float(t.min())), _year_date(float(t.max()))
    span_days = float((pd.Timestamp(last) - pd.Timestamp(first)).days)
    span = f"{first[:4]}-{last[:4]}" if span_days >= 2 * 365 else f"{first} to {last}"  # not "2020-2020"
    message = (f"Fitted on {len(m):,} dated articles in {len(kept)} {name} groups ({span}); reference group: {ref} "
               f"(n={int(n_of[ref]):,}); {int(100 * ci)}% intervals from {n_boot} bootstrap resamples of "
               + ("articles." if shrink == 1 else f"{sum(draw):,} articles each (m-out-of-n, rescaled to n)."))
    table = pd.DataFrame(rows)
    if str(ref) not in pools:  # review s79-B: a pool's contrast with the reference is no comparison of groups
        table = table[~table["group"].astype(str).isin(pools)].reset_index(drop=True)
    short = short_span_note(table, span_days)
    notes = [*notes, *([short] if short else []), effects_caveat(name)]
    return EffectResult(True, message, table, raw, str(ref), len(m), notes, int(n_of[ref]), span_days)


def span_words(days: float) -> str:
    """A span of dates in words: "19 days", "5.9 months", "1.5 years".

    Parameters
    ----------
    days : float
        Days from the first to the last date.

    Returns
    -------
    str
    """
    if days < 60:
        return count(int(round(days)), "day")
    if days < 365:
        return f"{days / 30.44:.1f} months"
    return f"{days / 365.25:.1f} years"


def short_span_note(table: pd.DataFrame, span_days: float) -> str:
    """What "time: per year" means when the dates span less than a year, or "" when they span a year or more.

    The change per year is the slope of the trend line carried over a whole year. On six months of pandemic
    coverage, a topic with a mean share of 9% fell "40 points per year" (dogfood 12br-d): a rate the corpus never
    shows and a share cannot fall by. The note gives the span and the largest time effect per month as well.

    Parameters
    ----------
    table : DataFrame
        The ``table`` of an :class:`EffectResult` (``topic``, ``term``, ``effect``).
    span_days : float
        Days from the first to the last date of the model.

    Returns
    -------
    str
        One sentence, or "".
    """
    if not np.isfinite(span_days) or span_days >= 365:
        return ""
    time = table[table["term"] == "time: per year"]
    example = ""
    if len(time):
        r = time.loc[time["effect"].abs().idxmax()]
        example = (f" (the largest, {r['topic']}: {r['effect']:+.1f} points per year, "
                   f"{r['effect'] / 12:+.1f} points per month)")
    return (f"The dates of the model span {span_words(span_days)}, less than a year: 'time: per year' carries the "
            f"trend line over a whole year, beyond the dates of the corpus{example}; divide it by 12 for the change "
            "per month, and read it against the shares per period above.")


def _apart_in_time(t: np.ndarray, gcodes: np.ndarray, kept: list) -> list[tuple]:
    """The groups whose span of dates (first to last) meets no other group's span: ``(group, first, last)``.

    Their effect "at the same date" has no article of another group to rest on: with ``group_by`` a period column
    (before / from 2018-02-14), the model reported a "clear" +14.5-point effect where the raw difference was -3.4
    (dogfood 12bq-d). Spans that touch on one day overlap.
    """
    spans = [(float(t[gcodes == i].min()), float(t[gcodes == i].max())) for i in range(len(kept))]
    eps = 0.5 / 365.25  # the same day, whatever the rounding of decimal years
    return [(g, a, b) for i, (g, (a, b)) in enumerate(zip(kept, spans))
            if not any(j != i and a <= d + eps and c <= b + eps for j, (c, d) in enumerate(spans))]


def _year_date(t: float) -> str:
    """A decimal year of :func:`decimal_years` as ``YYYY-MM-DD``."""
    year = int(math.floor(t))
    return (pd.Timestamp(year=year, month=1, day=1) + pd.Timedelta(days=round((t - year) * 365.25))).strftime("%Y-%m-%d")


def effects_caveat(name: str = "group") -> str:
    """What the group-and-time model cannot say: it has one time trend for all groups.

    A researcher asking whether left and right outlets moved apart over the years reads "change per year, holding
    the group fixed" as an answer; the model's trend is shared by every group, so it cannot show that (dogfood
    12bm-d). Printed under the model's table and in notebook 01's closing section.

    Parameters
    ----------
    name : str, default "group"
        The name of the groups (``group_by``).

    Returns
    -------
    str
        One sentence.
    """
    return (f"The model fits one time trend for every {name} group (a straight line over the years): it does not test "
            f"whether the {name} groups moved apart or diverged over time; for that, read each group's bars in 'Topics "
            "over time within each group' (with their n), or run the report on each period's articles.")


def _pool_notes(ref, kept: list, pools: set, name: str) -> list[str]:
    """Notes on pooled groups in the model: they are compared with the reference, or (all pools) are the reference."""
    in_model = [g for g in kept if str(g) in pools]
    if not in_model:
        return []
    if str(ref) in pools:
        return [f"Every {name} group in the model is a pool of several groups, so the reference {ref} is a pool too: "
                "its effects compare mixtures of groups."]
    return [f"{', '.join(map(str, in_model))} {noun(len(in_model), 'pools', 'pool')} several {name} groups: "
            f"{noun(len(in_model), 'it stays', 'they stay')} in the model (the dated articles help estimate the time "
            f"trend), but {noun(len(in_model), 'its contrast', 'their contrasts')} with the reference {ref} "
            f"{noun(len(in_model), 'is', 'are')} not shown, as no pool is compared as a group."]


def effects_summary(table: pd.DataFrame, labels: dict, group_name: str, n_topics: int, n_articles: int,
                    show: int = 3) -> str:
    """The closing sentence of notebook 01 on the group-and-time model: which topics show a clear group difference.

    Review s78-A: "keep" read as if the sentence before ("no difference ... is clear of its uncertainty", from the
    groups' own intervals) had found one; the direct comparison is said to be what differs.

    Review s76: "Holding the date fixed, 2 of 10 topics keep a clear difference between bias_text groups" named no
    topic, did not say that each group is compared with the reference only, and did not say how many intervals were
    looked at (10 topics x 2 contrasts: about one excludes 0 by chance at 95%).

    Parameters
    ----------
    table : DataFrame
        :attr:`EffectResult.table` (``topic``, ``term``, ``group``, ``effect``, ``ci_low``, ``ci_high``, ``clear``,
        ``reference``).
    labels : dict
        Topic id -> its label (top words).
    group_name : str
        The group column, as the notebook names it.
    n_topics : int
        Topics in the model.
    n_articles : int
        Dated articles in the model.
    show : int, default 3
        Clear contrasts named, the largest first (the rest are counted).

    Returns
    -------
    str
        One sentence: how many topics show a clear difference, the ``show`` largest clear contrasts with their effect
        in percentage points and interval, the reference group, and how many contrasts were estimated with the number
        expected to exclude 0 by chance.
    """
    groups = table[table["term"] != "time: per year"]
    n_contrasts = len(groups)
    ref = str(groups["reference"].iloc[0]) if n_contrasts else ""
    clear = groups[groups["clear"]]
    n_groups = groups["group"].replace("", pd.NA).dropna().nunique() + 1
    text = (f"Holding the date fixed, {clear['topic'].nunique()} of {n_topics} topics show a clear difference between "
            f"{group_name} groups in a model that compares each group with {ref} directly, so a difference can be "
            f"clear here while the groups' own intervals above overlap ({n_groups} groups in the model, "
            f"{n_articles:,} dated articles; {ref} is the largest group among them")  # review s79-F: not of all
    if not n_contrasts:
        return text + ")."
    text += (f"; {n_contrasts} {noun(n_contrasts, 'contrast')} estimated, so about {0.05 * n_contrasts:.1f} would "
             "exclude 0 by chance)")
    if clear.empty:
        return text + "."
    # review s79-E: with many groups the largest contrasts named were those of groups of 8-18 articles, whose
    # bootstrap intervals are the least trustworthy: groups of 20+ articles are named first (corpus.groups.below_headline)
    small = (below_headline(clear["n_articles"], n_groups) if "n_articles" in clear
             else pd.Series(False, index=clear.index))
    top = clear.assign(size=clear["effect"].abs(), small_=small.to_numpy()).sort_values(
        ["small_", "size", "topic", "group"], ascending=[True, False, True, True], kind="stable")
    def pts(x: float) -> str:  # a bound near 0 keeps its sign and a digit more: "+0.04", not "+0.0"
        return f"{x:+.2f}" if abs(x) < 0.05 else f"{x:+.1f}"

    named = [f"{r.topic} ({labels.get(r.topic, '')}): {r.group} {pts(r.effect)} points vs {ref} (95% CI "
             f"{pts(r.ci_low)} to {pts(r.ci_high)})" for r in top.head(show).itertuples()]
    more = len(top) - show
    return text + ": " + "; ".join(named) + (f"; and {more} more in 01_topic_effects.csv" if more > 0 else "") + "."
