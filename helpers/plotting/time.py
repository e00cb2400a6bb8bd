"""Figures over time: publication dates, topic shares per period, per group and period."""
from __future__ import annotations

import math

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.ticker import MaxNLocator

from ..corpus.groups import NOT_GROUPS
from ..topics.tables import MIN_PERIOD_ARTICLES, NO_TOPIC
from ..topics.time import MAX_GROUP_PANELS
from .base import _height, _labels, _wrap, fit_layout, percent_axis, recorded, topic_colors

__all__ = ["timeline", "plot_prevalence_over_time", "plot_topics_over_time_by_group"]


@recorded
def timeline(tl: pd.DataFrame, top_n: int = 15):
    """Publication dates per group; approximate dates hollow, lower bounds as arrows.

    Parameters
    ----------
    tl : DataFrame
        From :func:`helpers.notebook.overview.timeline_table`.
    top_n : int
        With more than ``top_n`` groups, or more than 200 dated articles, a
        monthly histogram is drawn instead of one marker per article.

    Returns
    -------
    matplotlib.figure.Figure
    """
    dated = tl[tl["date_parsed"].notna()]
    if dated.empty and tl["not_before"].isna().all():  # nothing to place on a time axis: say so, draw no axis
        fig, ax = plt.subplots(figsize=(9, 0.5))
        ax.axis("off")
        ax.set_title(f"Publication dates: none of the {len(tl):,} articles has a usable date")
        fit_layout(fig)
        return fig
    if len(dated) > 200 or tl["group"].nunique() > top_n:
        fig, ax = plt.subplots(figsize=(9, 3.5))
        months = dated["date_parsed"].dt.to_period("M").dt.to_timestamp()
        counts = months.value_counts().sort_index()
        ax.bar(counts.index, counts.to_numpy(), width=25, color="#4C72B0")
        ax.set_ylabel("articles per month")
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts of articles: no tick at 2.5 (dogfood 12bm-d)
        ax.set_title(f"Publication dates ({len(dated):,} of {len(tl):,} articles dated)")
        fit_layout(fig)
        return fig
    groups = sorted(tl["group"].unique())
    fig, ax = plt.subplots(figsize=(9, _height(len(groups))))
    ypos = {g: i for i, g in enumerate(groups[::-1])}
    unknown = tl[tl["date_parsed"].isna() & tl["not_before"].isna()].groupby("group").size()
    for g, k in unknown.items():  # once per group, not once per article drawn over itself; right of the plot area,
        # where no date is drawn (at its left edge it hid under the earliest articles' dots, dogfood 12bk-d)
        ax.text(1.01, ypos[g], f"date unknown ({k:,} article{'' if k == 1 else 's'})", ha="left", clip_on=False,
                transform=ax.get_yaxis_transform(), va="center", fontsize=9, color="#777777", style="italic")
    for r in tl.itertuples():
        y = ypos[r.group]
        if pd.notna(r.date_parsed):
            filled = not r.approximate
            ax.plot(r.date_parsed, y, "o", ms=9, mfc="#4C72B0" if filled else "white", mec="#4C72B0", mew=2)
        elif pd.notna(r.not_before):
            ax.annotate("", xy=(r.not_before + pd.Timedelta(days=240), y), xytext=(r.not_before, y),
                        arrowprops={"arrowstyle": "->", "color": "#DD8452", "lw": 2})
            ax.plot(r.not_before, y, "|", ms=14, mew=2, color="#DD8452")
    ax.set_yticks(list(ypos.values()), _labels(ypos))
    dates = mdates.AutoDateLocator(minticks=3, maxticks=7)  # the note right of the plot narrows it: fewer date ticks
    ax.xaxis.set_major_locator(dates)
    ax.xaxis.set_major_formatter(mdates.AutoDateFormatter(dates))
    ax.set_title("Publication dates: ● known to the day, ○ approximate, |→ not before (date unknown)")
    ax.grid(axis="x", alpha=0.3)
    fit_layout(fig)
    return fig


@recorded
def plot_prevalence_over_time(prev: pd.DataFrame, period: str, labels: dict):
    """One panel per topic: mean share per period with its interval over articles (Korn-Graubard since issue 12bg-i4).

    Points are joined only when no period is missing and each has at least
    :data:`helpers.topics.tables.MIN_PERIOD_ARTICLES` articles.

    Parameters
    ----------
    prev : DataFrame
        Long table: ``period``, ``topic``, ``estimate``, ``ci_low``, ``ci_high``, ``n_articles``.
    period : str
        The period column (values such as "2024-03", readable by :class:`pandas.Period`).
    labels : dict
        Topic -> label, for the panel titles.

    Returns
    -------
    Figure
    """
    from ..topics.tables import MIN_PERIOD_ARTICLES
    topics = list(dict.fromkeys(prev["topic"]))
    periods = sorted(prev[period].unique())
    full = [str(p) for p in pd.period_range(pd.Period(periods[0]), pd.Period(periods[-1]))]
    x = np.array([full.index(p) for p in periods])
    k = len(topics)
    ncol = min(4, k)
    nrow = int(math.ceil(k / ncol))
    fig, axes = plt.subplots(nrow, ncol, figsize=(3.1 * ncol, 2.3 * nrow + 0.6), sharey=True, squeeze=False)
    colors = topic_colors(k)
    n = prev.drop_duplicates(period).set_index(period).loc[periods, "n_articles"].to_numpy()
    dense = len(periods) == len(full) and bool((n >= MIN_PERIOD_ARTICLES).all())
    for t in range(nrow * ncol):
        ax = axes[t // ncol][t % ncol]
        if t >= k:
            ax.axis("off")
            continue
        d = prev[prev["topic"] == topics[t]].set_index(period).loc[periods]
        est = 100 * d["estimate"].to_numpy()
        err = np.vstack([est - 100 * d["ci_low"].to_numpy(), 100 * d["ci_high"].to_numpy() - est])
        if dense:
            ax.plot(x, est, "-", color=colors[t], lw=1, alpha=0.6)
        ax.errorbar(x, est, yerr=np.nan_to_num(err), fmt="o", color=colors[t], ms=3, elinewidth=1, capsize=0)
        ax.set_title(f"{topics[t]}: {_wrap(labels.get(topics[t], ''), 28)}", fontsize="medium")
        ax.set_xlim(-0.5, len(full) - 0.5)
        ax.grid(alpha=0.3)
        percent_axis(ax.yaxis, whole=100)
    axes[0][0].set_ylabel("mean topic share of articles")
    note = "" if dense else f"; points not joined: periods missing or with fewer than {MIN_PERIOD_ARTICLES} articles"
    fig.suptitle(f"Topic share per period (bars: 95% Korn-Graubard interval over articles; under each period its "
                 f"number of articles{note})")
    fit_layout(fig)
    drawn = [ax for row in axes for ax in row][:k]
    _period_ticks(fig, drawn, x, [str(p) for p in periods], n)
    return fig


def _period_ticks(fig, axes, x, periods, n, gap_pt: float = 2.0) -> None:
    """Period labels with their n under each panel, thinned only as far as the drawn labels need to stay apart.

    The first way tried that leaves ``gap_pt`` points between neighbouring labels of the first panel wins: every
    period with ``n=``, then with its bare count, then both again one point smaller, then every second, third ...
    period with ``n=``. Measured on the drawn text: the former estimate from character counts let "n=24n=38n=37"
    run together under nine years (review s76).
    """
    renderer = fig.canvas.get_renderer()
    gap = gap_pt * fig.dpi / 72
    x = np.asarray(x)

    def labels(step, prefix):
        return [f"{p}\n{prefix}{c:,}" for p, c in zip(periods[::step], n[::step])]

    small = _TICK_PT - 1
    tries = [(1, "n=", _TICK_PT), (1, "", _TICK_PT), (1, "n=", small), (1, "", small)]
    tries += [(step, "n=", _TICK_PT) for step in range(2, len(x) + 1)]
    ax0 = axes[0]
    for step, prefix, size in tries:
        ax0.set_xticks(x[::step], labels(step, prefix), fontsize=size)
        boxes = [t.get_window_extent(renderer) for t in ax0.get_xticklabels()]
        if all(b.x0 - a.x1 >= gap for a, b in zip(boxes, boxes[1:])):
            break
    for ax in axes[1:]:
        ax.set_xticks(x[::step], labels(step, prefix), fontsize=size)


_TICK_PT = 8
"""Font size (points) of the period labels of :func:`plot_prevalence_over_time`."""


@recorded
def plot_topics_over_time_by_group(shares: pd.DataFrame, by: str, period: str, labels: dict,
                                   groups: list | None = None):
    """Small multiples: one panel per group, a stacked bar of topic shares per period, n under each bar.

    Parameters
    ----------
    shares : DataFrame
        From :func:`group_period_shares`.
    by, period : str
    labels : dict
        Topic id to label (legend).
    groups : list, optional
        Groups to draw, in order (default: by number of articles, the pools of
        :data:`helpers.corpus.groups.NOT_GROUPS` after the groups, at most ``MAX_GROUP_PANELS``).

    Returns
    -------
    Figure or None
        None when ``shares`` is empty.
    """
    if shares.empty:
        return None
    sizes = shares.drop_duplicates([by, period]).groupby(by)["n_articles"].sum()
    if groups is None:
        # the pools ("(other)", "(unknown)") are no group: after the groups, if a panel is left (dogfood 12bm-d)
        groups = sorted(sizes.index, key=lambda g: (str(g) in NOT_GROUPS, -sizes[g], str(g)))[:MAX_GROUP_PANELS]
    periods = sorted(shares[period].unique())
    topics = sorted(shares["topic"].unique(), key=lambda t: 10**9 if t == NO_TOPIC else int(t[1:]))
    colors = topic_colors(len(topics))
    if topics and topics[-1] == NO_TOPIC:  # units no topic explains (issue 12bh-t): grey, after the topics
        colors = [*topic_colors(len(topics) - 1), "0.8"]
    ncol = min(3, len(groups))
    nrow = int(math.ceil(len(groups) / ncol))
    width = max(3.4, 0.32 * len(periods) + 1.2)
    fig, axes = plt.subplots(nrow, ncol, figsize=(width * ncol, 2.7 * nrow + 0.9), sharey=True, squeeze=False)
    x = np.arange(len(periods))
    step = max(1, int(math.ceil(len(periods) / 8)))
    for i in range(nrow * ncol):
        ax = axes[i // ncol][i % ncol]
        if i >= len(groups):
            ax.axis("off")
            continue
        d = shares[shares[by] == groups[i]]
        n = d.drop_duplicates(period).set_index(period)["n_articles"].reindex(periods).fillna(0).astype(int)
        wide = d.pivot(index=period, columns="topic", values="share").reindex(index=periods, columns=topics).fillna(0)
        bottom = np.zeros(len(periods))
        alpha = np.where(n.to_numpy() >= MIN_PERIOD_ARTICLES, 1.0, 0.35)
        for j, t in enumerate(topics):
            v = 100 * wide[t].to_numpy()
            for xi, vi, bi, al in zip(x, v, bottom, alpha):
                if vi > 0:
                    ax.bar(xi, vi, bottom=bi, color=colors[j], alpha=al, width=0.8)
            bottom += v
        ax.set_xticks(x[::step], [str(p) for p in periods[::step]], fontsize=6)
        for xi, c in zip(x, n.to_numpy()):  # the n of every bar, above it
            ax.text(xi, 101, f"{c:,}", ha="center", va="bottom", fontsize=5, rotation=90 if len(periods) > 12 else 0)
        ax.set_ylim(0, 112)
        ax.set_yticks([0, 20, 40, 60, 80, 100])
        ax.set_title(f"{_wrap(str(groups[i]), 36)} (n={int(n.sum()):,})", fontsize=8)
        ax.tick_params(axis="y", labelsize=7)
        percent_axis(ax.yaxis, whole=100)
    axes[0][0].set_ylabel("mean topic share of articles", fontsize=8)
    handles = [plt.Rectangle((0, 0), 1, 1, color=colors[j]) for j in range(len(topics))]
    fig.legend(handles, [f"{t}: {labels.get(t, '')}"[:40] for t in topics], fontsize=7, frameon=False,
               loc="center left", bbox_to_anchor=(1.0, 0.5))
    fig.suptitle(f"Topic shares per period within each group; the number above each bar is its n of articles (pale: fewer than "
                 f"{MIN_PERIOD_ARTICLES} articles)", fontsize=9)
    fit_layout(fig)
    return fig
