"""Term figures: distinctive words per group, top terms per topic, topic effects."""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from ..text.normalize import wrap_label
from .base import _wrap, fit_layout, recorded, topic_colors

if TYPE_CHECKING:
    from ..topics.dtm import DocTermMatrix
    from ..topics.effects import EffectResult
    from ..topics.model import TopicModel
__all__ = ["plot_distinctive", "plot_top_terms", "plot_topic_effects"]


@recorded
def plot_distinctive(scores: pd.DataFrame, groups: list, n_label: int = 8, ncols: int = 3):
    """Horizontal bars of the most distinctive terms of each group (largest z), one panel per group.

    Each term is a y tick label of its own row, so labels never overlap; the
    term's count in the group is written at the end of its bar.

    Parameters
    ----------
    scores : DataFrame
        From :func:`helpers.measures.vocabulary.fightin_words` (all terms of each group;
        columns ``group``, ``term``, ``count``, ``z``, ``group_words``).
    groups : list
        Groups to draw, one panel each, in order.
    n_label : int
        Terms shown per panel (largest z first; ties by term).
    ncols : int
        Panels per row.

    Returns
    -------
    matplotlib.figure.Figure

    Raises
    ------
    KeyError
        When ``scores`` lacks one of the columns above.
    """
    k = max(1, len(groups))
    ncols = min(ncols, k)
    nrows = int(np.ceil(k / ncols))
    fig, axes = plt.subplots(nrows, ncols, figsize=(4.6 * ncols, (0.32 * n_label + 1.6) * nrows),
                             squeeze=False, layout="constrained")
    for ax in axes.ravel()[k:]:
        ax.set_visible(False)
    scored = scores[np.isfinite(scores["z"].astype(float))]  # z is NaN where the log-odds are undefined (one word)
    zmax = max(float(scored["z"].max()) if len(scored) else 0.0, 2.5)
    for ax, g in zip(axes.ravel(), groups):
        d = scores[scores["group"] == g]
        top = scored[scored["group"] == g].sort_values(["z", "term"], ascending=[False, True], kind="stable").head(n_label)
        y = np.arange(len(top))[::-1]
        colors = ["#C44E52" if z >= 1.96 else "#BBBBBB" for z in top["z"]]
        ax.barh(y, top["z"].to_numpy(dtype=float), color=colors)
        for yi, z, cnt in zip(y, top["z"], top["count"]):
            ax.annotate(f"{int(cnt):,}", (max(float(z), 0.0), yi), xytext=(2, 0), textcoords="offset points",
                        va="center", color="#555555")
        ax.set_yticks(y, [str(t) for t in top["term"]])
        ax.set_ylim(-0.6, max(n_label, 1) - 0.4)
        ax.set_xlim(min(0.0, float(top["z"].min()) if len(top) else 0.0), zmax * 1.18)
        ax.axvline(1.96, color="#4C72B0", lw=0.8, ls="--")
        if not len(top):
            ax.text(0.5, 0.5, "no terms counted" if d.empty else "no term with a z-score (too few words)",
                    transform=ax.transAxes, ha="center", va="center")
        words = int(d["group_words"].iloc[0]) if len(d) else 0
        ax.set_title(f"{wrap_label(g, 40)}\n({words:,} words counted)", fontsize="medium")
        ax.set_xlabel("z (vs rest)")
    fig.suptitle("Distinctive words: log-odds z with informative Dirichlet prior "
                 "(dashed: z = 1.96; number: count in the group)")
    return fig


def plot_top_terms(model: TopicModel, dtm: DocTermMatrix, labels: dict, n_top: int = 10, flags: dict | None = None):
    """One small bar chart per topic: its top terms and their weights (top term = 1).

    Parameters
    ----------
    model : TopicModel
        The fitted model.
    dtm : DocTermMatrix
        The matrix it was fitted on (for the terms).
    labels : dict
        Topic -> label, for the panel titles.
    n_top : int, default 10
        Terms per topic.
    flags : dict, optional
        Topic -> a short note shown in brackets after its title (e.g. "unstable").

    Returns
    -------
    Figure
    """
    from ..topics.model import _valid, top_term_ids
    comps = model.components()
    tops = top_term_ids(comps, n_top)
    bars = []
    for t in range(model.n_topics):
        ids = _valid(tops[t])
        bars.append(([dtm.terms[i] for i in ids], comps[t, ids] / comps[t, ids[0]] if ids else np.zeros(0)))
    return _draw_top_terms(bars, labels, n_top, flags)


@recorded
def _draw_top_terms(bars: list, labels: dict, n_top: int, flags: dict | None):
    """The figure of :func:`plot_top_terms` from its data (one (terms, weights) pair per topic): a figure
    recorded by its data alone (the model holds fitting details that do not change the drawing)."""
    k = len(bars)
    ncol = min(4, k)
    nrow = int(math.ceil(k / ncol))
    fig, axes = plt.subplots(nrow, ncol, figsize=(3.4 * ncol, 0.27 * n_top * nrow + 1.5 * nrow), squeeze=False,
                             layout="constrained")
    colors = topic_colors(k)
    for t in range(nrow * ncol):
        ax = axes[t // ncol][t % ncol]
        if t >= k:
            ax.axis("off")
            continue
        terms, w = bars[t]
        y = np.arange(len(terms))[::-1]
        ax.barh(y, w, color=colors[t])
        ax.set_yticks(y, terms)
        ax.set_xlim(0, 1.05)
        ax.set_xlabel("weight in the topic (top term = 1)")
        name = f"T{t + 1}"
        flag = f" ({flags[name]})" if flags and flags.get(name) else ""
        ax.set_title(f"{name}{flag}\n{_wrap(labels.get(name, ''), 28)}", fontsize="medium")
    # the figure's own title: without it its caption in the report was every panel's title (review 12bi-x)
    unstable = "; unstable: its top words change across the refits" if flags and any(flags.values()) else ""
    fig.suptitle(f"Top terms of each topic (weight in the topic, top term = 1{unstable})")
    return fig


@recorded
def _with_n(tab, terms: list, span: str = "") -> list[str]:
    """Tick labels of the effects figure: each group term with the group's article count ("G (n=14) vs R"); the
    time term with the span of the dates when it is under a year ("time: per year (dates span 5.9 months)")."""
    n_of = tab.drop_duplicates("term").set_index("term")["n_articles"]
    out = []
    for t in terms:
        head, sep, tail = str(t).rpartition(" vs ")
        if t == "time: per year":
            out.append(f"{t} (dates span {span})" if span else str(t))
        else:
            out.append(f"{head} (n={int(n_of[t]):,}) vs {tail}" if sep else str(t))
    return out


def plot_topic_effects(result: EffectResult, labels: dict, max_topics: int = 12):
    """One panel per topic: adjusted effects with intervals (filled) next to raw differences (hollow).

    Parameters
    ----------
    result : EffectResult
        From :func:`helpers.topics.effects.topic_effects`.
    labels : dict
        Topic -> label, for the panel titles.
    max_topics : int, default 12
        Panels drawn at most (topics in table order).

    Returns
    -------
    Figure or None
        None when the result was not fitted or its table is empty.
    """

    if not result.fitted or result.table.empty:
        return None
    from ..topics.effects import span_words

    tab = result.table
    days = getattr(result, "span_days", float("nan"))
    span = span_words(days) if np.isfinite(days) and days < 365 else ""  # dogfood 12br-d: a half year's "per year"
    topics = list(dict.fromkeys(tab["topic"]))[:max_topics]
    terms = list(dict.fromkeys(tab["term"]))
    k = len(topics)
    ncol = min(3, k)
    nrow = int(math.ceil(k / ncol))
    fig, axes = plt.subplots(nrow, ncol, figsize=(4.2 * ncol, (0.32 * len(terms) + 1.1) * nrow + 0.6),
                             sharey=True, squeeze=False)
    colors = topic_colors(k)
    y = np.arange(len(terms))[::-1]
    for i in range(nrow * ncol):
        ax = axes[i // ncol][i % ncol]
        if i >= k:
            ax.axis("off")
            continue
        d = tab[tab["topic"] == topics[i]].set_index("term").loc[terms]
        est = d["effect"].to_numpy()
        err = np.vstack([est - d["ci_low"].to_numpy(), d["ci_high"].to_numpy() - est])
        ax.axvline(0, color="0.6", lw=0.8)
        ax.plot(d["raw_effect"].to_numpy(), y + 0.18, "o", mfc="none", mec="0.45", ms=4, label="raw difference")
        ax.errorbar(est, y - 0.1, xerr=err, fmt="o", color=colors[i], ms=4, elinewidth=1.2, capsize=0,
                    label="adjusted effect, 95% interval")
        ax.set_yticks(y, [_wrap(s, 34) for s in _with_n(tab, terms, span)], fontsize=7)
        ax.tick_params(axis="x", labelsize=7)
        ax.set_title(f"{topics[i]}: {_wrap(labels.get(topics[i], ''), 38)}", fontsize=8)
        ax.grid(axis="x", alpha=0.3)
    axes[0][0].legend(fontsize=6, frameon=False, loc="best")
    for ax in axes[-1]:
        ax.set_xlabel("percentage points", fontsize=7)
    fig.suptitle(f"Topic share: group differences holding date fixed, and change per year holding group fixed "
                 f"(reference: {result.reference}, n={result.n_reference:,})", fontsize=9)
    fit_layout(fig)
    return fig
