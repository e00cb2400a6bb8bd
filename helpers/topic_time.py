"""Topics over time per group: mean topic share per period for each group, with its n of articles.

The figure is one small panel per group (the largest groups first), each a
stacked bar per period: the bar's segments are the mean topic shares of the
group's articles in that period (they add up to 100 %), and the number of
articles of that group and period is printed under the bar. Periods where a
group has fewer than ``helpers.topics.MIN_PERIOD_ARTICLES`` articles are drawn
pale: one or two articles are not a trend. The number of articles of every bar
is printed above it.
"""
from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd

from .topic_plots import _wrap, topic_colors
from .topics import MIN_PERIOD_ARTICLES

__all__ = ["MAX_GROUP_PANELS", "group_period_shares", "plot_topics_over_time_by_group"]

MAX_GROUP_PANELS = 9
"""At most this many groups get a panel (the largest); the table has all."""


def group_period_shares(doc: pd.DataFrame, by: str, period: str) -> pd.DataFrame:
    """Mean topic share per group and period.

    Parameters
    ----------
    doc : DataFrame
        One row per article: ``by``, ``period`` (``""`` = undated, left out)
        and topic shares ``T1``... (rows with NaN shares are left out).
    by, period : str
        Column names.

    Returns
    -------
    DataFrame
        One row per group, period and topic, sorted by group, period and topic
        number: ``by``, ``period``, ``topic``, ``n_articles``, ``share``
        (mean, in [0, 1], rounded to 4).

    Raises
    ------
    ValueError
        If a column is missing.
    """
    missing = [c for c in (by, period) if c not in doc.columns]
    if missing:
        raise ValueError(f"column(s) {missing} not in the table; it has {list(doc.columns)}")
    topics = [c for c in doc.columns if re.fullmatch(r"T\d+", str(c))]
    d = doc[(doc[period].astype(str) != "") & doc[topics].notna().all(axis=1)]
    cols = [by, period, "topic", "n_articles", "share"]
    if d.empty:
        return pd.DataFrame(columns=cols)
    g = d.groupby([by, period], sort=True)
    mean = g[topics].mean().stack().rename("share").reset_index().rename(columns={"level_2": "topic"})
    mean["n_articles"] = mean.set_index([by, period]).index.map(g.size())
    mean["share"] = mean["share"].round(4)
    mean["_t"] = mean["topic"].str[1:].astype(int)
    mean = mean.sort_values([by, period, "_t"], kind="stable").drop(columns="_t").reset_index(drop=True)
    return mean[cols]


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
        Groups to draw, in order (default: by number of articles, at most
        ``MAX_GROUP_PANELS``).

    Returns
    -------
    Figure or None
        None when ``shares`` is empty.
    """
    import matplotlib.pyplot as plt

    if shares.empty:
        return None
    sizes = shares.drop_duplicates([by, period]).groupby(by)["n_articles"].sum()
    if groups is None:
        groups = sorted(sizes.index, key=lambda g: (-sizes[g], str(g)))[:MAX_GROUP_PANELS]
    periods = sorted(shares[period].unique())
    topics = sorted(shares["topic"].unique(), key=lambda t: int(t[1:]))
    colors = topic_colors(len(topics))
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
        ax.set_title(f"{_wrap(str(groups[i]), 36, 1)} (n={int(n.sum()):,})", fontsize=8)
        ax.tick_params(axis="y", labelsize=7)
    axes[0][0].set_ylabel("mean topic share (%)", fontsize=8)
    handles = [plt.Rectangle((0, 0), 1, 1, color=colors[j]) for j in range(len(topics))]
    fig.legend(handles, [f"{t}: {labels.get(t, '')}"[:40] for t in topics], fontsize=7, frameon=False,
               loc="center left", bbox_to_anchor=(1.0, 0.5))
    fig.suptitle(f"Topic shares per period within each group; the number above each bar is its n of articles (pale: fewer than "
                 f"{MIN_PERIOD_ARTICLES} articles)", fontsize=9)
    fig.tight_layout()
    return fig
