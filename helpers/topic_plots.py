"""Figures of the topic notebook (matplotlib; each function returns the Figure, the caller saves and shows it).

Split out of :mod:`helpers.topics`, which re-exports every name here so that
``from helpers import topics as T; T.plot_k_sweep(...)`` keeps working.
"""
from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from .text import wrap_label

if TYPE_CHECKING:  # helpers.topics imports this module at its end: no import of it at load time
    from .topics import DocTermMatrix, TopicModel

__all__ = [
    "topic_colors",
    "plot_k_sweep",
    "plot_top_terms",
    "plot_prevalence_heatmap",
    "plot_prevalence_over_time",
    "plot_article_mixture",
]


def _wrap(text: str, width: int, lines: int | None = None) -> str:
    """``text`` wrapped onto lines of at most ``width`` characters; never cut (see :func:`helpers.plots.wrap_label`).

    ``lines`` is accepted for older callers and ignored: a name is never cut to fit a line count.
    """
    return wrap_label(text, width) if str(text).strip() else ""


def topic_colors(n_topics: int) -> list:
    """One fixed colour per topic, the same in every figure: the ten strong
    colours of tab10 first, then the light tints of tab20, then repeated."""
    import matplotlib.pyplot as plt

    strong = [plt.get_cmap("tab10")(i) for i in range(10)]
    light = [plt.get_cmap("tab20")(2 * i + 1) for i in range(10)]
    palette = strong + light
    return [palette[i % len(palette)] for i in range(n_topics)]


def plot_k_sweep(sweep: pd.DataFrame, chosen: int | None, min_diversity: float | None = None):
    """Coherence (mean and worst topic) and diversity against k; the chosen k and the diversity floor marked
    (``min_diversity``, default ``helpers.topics.DIVERSITY_MIN``)."""
    import matplotlib.pyplot as plt

    from .topics import DIVERSITY_MIN

    min_diversity = DIVERSITY_MIN if min_diversity is None else min_diversity

    fig, (a1, a2) = plt.subplots(1, 2, figsize=(10, 3.4), sharex=True)
    a1.plot(sweep["k"], sweep["coherence"], "o-", color="#4C72B0", ms=4, label="mean over topics")
    a1.plot(sweep["k"], sweep["coherence_min"], "o:", color="#4C72B0", ms=3, alpha=0.6, label="least coherent topic")
    a1.set_title("coherence: NPMI of top-term pairs in this corpus")
    a1.legend(frameon=False)
    a2.plot(sweep["k"], sweep["diversity"], "o-", color="#55A868", ms=4, label="diversity")
    a2.axhline(min_diversity, color="#C44E52", lw=1, ls=":")
    a2.text(sweep["k"].min(), min_diversity, f" floor {min_diversity}", color="#C44E52", va="bottom")
    title = "diversity: share of distinct top terms"
    if "stability" in sweep.columns:
        a2.plot(sweep["k"], sweep["stability"], "s", color="#8172B2", ms=5, label="stability (mean; most coherent k)")
        a2.legend(frameon=False)
        title = "diversity, and stability of topics across refits"
    a2.set_title(title)
    for ax in (a1, a2):
        if chosen is not None and chosen in set(sweep["k"]):
            ax.axvline(chosen, color="0.5", ls="--", lw=1)
        ax.set_xlabel("number of topics k")
        ax.grid(alpha=0.3)
    if chosen is not None:
        a1.text(0.98, 0.04, f"chosen k = {chosen}", transform=a1.transAxes, ha="right")
    fig.tight_layout()
    return fig


def plot_top_terms(model: TopicModel, dtm: DocTermMatrix, labels: dict, n_top: int = 10, flags: dict | None = None):
    """One small bar chart per topic: its top terms and their weights (top term = 1)."""
    import matplotlib.pyplot as plt

    from .topics import _valid, top_term_ids

    k = model.n_topics
    ncol = min(4, k)
    nrow = int(math.ceil(k / ncol))
    fig, axes = plt.subplots(nrow, ncol, figsize=(3.4 * ncol, 0.27 * n_top * nrow + 1.5 * nrow), squeeze=False,
                             layout="constrained")
    comps = model.components()
    tops = top_term_ids(comps, n_top)
    colors = topic_colors(k)
    for t in range(nrow * ncol):
        ax = axes[t // ncol][t % ncol]
        if t >= k:
            ax.axis("off")
            continue
        ids = _valid(tops[t])
        w = comps[t, ids] / comps[t, ids[0]] if ids else np.zeros(0)
        y = np.arange(len(ids))[::-1]
        ax.barh(y, w, color=colors[t])
        ax.set_yticks(y, [dtm.terms[i] for i in ids])
        ax.set_xlim(0, 1.05)
        ax.set_xlabel("weight in the topic (top term = 1)")
        name = f"T{t + 1}"
        flag = f" ({flags[name]})" if flags and flags.get(name) else ""
        ax.set_title(f"{name}{flag}\n{_wrap(labels.get(name, ''), 28)}", fontsize="medium")
    return fig


def plot_prevalence_heatmap(prev: pd.DataFrame, by: str, labels: dict, group_name: str | None = None):
    """Groups × topics: mean topic share, annotated in %, with n articles per row.

    ``group_name`` names the groups in the title (default ``by``).
    """
    import matplotlib.pyplot as plt

    topics = list(dict.fromkeys(prev["topic"]))
    groups = list(dict.fromkeys(prev[by]))
    est = prev.pivot(index=by, columns="topic", values="estimate").loc[groups, topics].to_numpy()
    n = prev.drop_duplicates(by).set_index(by).loc[groups, "n_articles"].to_numpy()
    fig, ax = plt.subplots(figsize=(max(6.0, 0.75 * len(topics) + 3.0), max(2.4, 0.42 * len(groups) + 1.6)))
    im = ax.imshow(est, cmap="Blues", vmin=0, vmax=max(float(np.nanmax(est)), 1e-9), aspect="auto")
    for i in range(len(groups)):
        for j in range(len(topics)):
            v = est[i, j]
            if np.isfinite(v):
                ax.text(j, i, f"{100 * v:.1f}", ha="center", va="center",
                        color="white" if v > 0.6 * np.nanmax(est) else "black")
    ax.set_xticks(range(len(topics)), [f"{t}: " + _wrap(labels.get(t, ""), 20) for t in topics],
                  rotation=45, ha="right", rotation_mode="anchor")
    ax.set_yticks(range(len(groups)), [f"{wrap_label(g, 30)} (n={c:,})" for g, c in zip(groups, n)])
    ax.set_title(f"Mean topic share per article (%), by {group_name or by}; n = articles")
    fig.colorbar(im, ax=ax, fraction=0.03, pad=0.02).set_label("share of the article's units")
    fig.tight_layout()
    return fig


def plot_prevalence_over_time(prev: pd.DataFrame, period: str, labels: dict):
    """One panel per topic: mean share per period with its bootstrap interval."""
    import matplotlib.pyplot as plt

    from .topics import MIN_PERIOD_ARTICLES

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
        step = max(1, int(math.ceil(len(periods) / 5)))
        ax.set_xticks(x[::step], [f"{p}\nn={c:,}" for p, c in zip(periods[::step], n[::step])])
        ax.set_xlim(-0.5, len(full) - 0.5)
        ax.grid(alpha=0.3)
    axes[0][0].set_ylabel("mean share (%)")
    note = "" if dense else f"; points not joined: periods missing or with fewer than {MIN_PERIOD_ARTICLES} articles"
    fig.suptitle(f"Topic share per period (bars: 95% bootstrap interval over articles; n = articles{note})")
    fig.tight_layout()
    return fig


def plot_article_mixture(doc_topics: pd.DataFrame, label_col: str, labels: dict):
    """Stacked horizontal bars: each article's topic mixture, first row on top."""
    import matplotlib.pyplot as plt

    topics = [c for c in doc_topics.columns if re.fullmatch(r"T\d+", str(c))]
    colors = topic_colors(len(topics))
    fig, ax = plt.subplots(figsize=(9.5, max(2.2, 0.36 * len(doc_topics) + 1.4)))
    y = np.arange(len(doc_topics))[::-1]
    left = np.zeros(len(doc_topics))
    for i, t in enumerate(topics):
        v = doc_topics[t].fillna(0).to_numpy(dtype=float)
        ax.barh(y, v, left=left, color=colors[i], label=wrap_label(f"{t}: {labels.get(t, '')}", 40))
        left += v
    ax.set_yticks(y, [wrap_label(s, 48) for s in doc_topics[label_col]])
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of the article's units (mean topic share)")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    ax.set_title("Topic mixture per article")
    fig.tight_layout()
    return fig
