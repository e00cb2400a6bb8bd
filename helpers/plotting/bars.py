"""Bar charts: one bar per group or article, plain or stacked."""
from __future__ import annotations

import re

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from ..text.normalize import wrap_label
from .base import _height, _labels, fit_layout, percent_axis, recorded, topic_colors

__all__ = ["hbar", "stacked_hbar", "plot_shares", "plot_article_mixture"]


@recorded
def hbar(df: pd.DataFrame, label: str, value: str, title: str, xlabel: str, annotate: str | None = None):
    """Horizontal bar chart, first row on top.

    Parameters
    ----------
    df : DataFrame
        One row per bar.
    label, value : str
        Columns for the bar labels and lengths.
    title, xlabel : str
        Texts of the figure.
    annotate : str, optional
        Column whose values are written at the end of each bar (e.g. ``n``).

    Returns
    -------
    matplotlib.figure.Figure
    """
    names = _labels(df[label])
    fig, ax = plt.subplots(figsize=(8, _height(len(df), sum(n.count("\n") + 1 for n in names))))
    y = np.arange(len(df))[::-1]
    ax.barh(y, df[value].to_numpy(), color="#4C72B0")
    ax.set_yticks(y, names)
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    if annotate:
        for yi, v, a in zip(y, df[value], df[annotate]):
            ax.text(v, yi, f" {a}", va="center", fontsize=9)
    fit_layout(fig)
    return fig


@recorded
def stacked_hbar(wide: pd.DataFrame, label: str, title: str, xlabel: str):
    """Horizontal stacked bars: one bar per row, one segment per other column.

    Parameters
    ----------
    wide : DataFrame
        One row per bar: the ``label`` column and one numeric column per segment.
    label : str
        Column naming the bars (first row on top).
    title, xlabel : str
        Figure title and x-axis label.

    Returns
    -------
    Figure
        Columns that are 0 in every row draw nothing and get no colour or legend entry; the segments take the 20
        colours of ``tab20``, then the 20 of ``tab20b`` (review s76: 24 cleaning rules, most of them absent, made
        four pairs of rules share a colour).
    """
    cols = [c for c in wide.columns if c != label and wide[c].to_numpy(dtype=float).any()]
    fig, ax = plt.subplots(figsize=(9, _height(len(wide))))
    y = np.arange(len(wide))[::-1]
    left = np.zeros(len(wide))
    for i, c in enumerate(cols):
        vals = wide[c].to_numpy(dtype=float)
        ax.barh(y, vals, left=left, label=str(c), color=plt.get_cmap("tab20" if i % 40 < 20 else "tab20b")(i % 20))
        left += vals
    ax.set_yticks(y, _labels(wide[label]))
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    fit_layout(fig)
    return fig


@recorded
def plot_shares(table: pd.DataFrame, group_col: str, category_col: str, order: list, title: str,
                categories: list | None = None, names: dict | None = None):
    """Stacked horizontal bars of category shares per group, with n at the bar end.

    Parameters
    ----------
    table : DataFrame
        One row per item (e.g. per attribution) with ``group_col`` and ``category_col``.
    group_col, category_col : str
        The group and the category columns.
    order : list
        The groups, in display order (top first).
    title : str
        Figure title.
    categories : list, optional
        The categories, in stacking order; default: those present, sorted.
    names : dict, optional
        Category -> the words the legend shows (role ids -> "Military or police", as the tables name them; review
        s78-D: the legend showed ids beside a table that used words); the data keeps the ids.

    Returns
    -------
    (Figure, DataFrame)
        The figure and the counts drawn: ``group_col``, ``category_col``, ``count``, ``n`` (items of the group).
    """
    cats = categories or sorted(table[category_col].unique())
    counts = table.groupby([group_col, category_col]).size().unstack(fill_value=0)
    counts = counts.reindex(index=order, columns=cats, fill_value=0)
    n = counts.sum(axis=1)
    shares = counts.div(n.where(n > 0, 1), axis=0)
    fig, ax = plt.subplots(figsize=(9, max(2.2, 0.38 * len(order) + 1.4)))
    y = np.arange(len(order))[::-1]
    left = np.zeros(len(order))
    cmap = plt.get_cmap("tab20")
    palette = [cmap(i) for i in list(range(0, 20, 2)) + list(range(1, 20, 2))]  # strong colours first
    for i, c in enumerate(cats):
        v = shares[c].to_numpy(dtype=float)
        ax.barh(y, v, left=left, color=palette[i % 20], label=wrap_label(str((names or {}).get(c, c)), 28))
        left += v
    # review s79-F: "n=5539" right of the bars ran under the legend; n now stands in the group's label, with commas
    ax.set_yticks(y, [f"{wrap_label(g, 32)}\n(n={int(k):,})" for g, k in zip(order, n)])
    ax.set_xlim(0, 1)
    percent_axis(ax.xaxis, label="share of the group's attributions")
    ax.set_title(title)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    fit_layout(fig, rows=len(order), row_inches=0.42)  # two-line labels: the group and its n
    data = counts.reset_index().melt(id_vars=group_col, var_name=category_col, value_name="count")
    data["n"] = data[group_col].map(n)
    return fig, data


@recorded
def plot_article_mixture(doc_topics: pd.DataFrame, label_col: str, labels: dict):
    """Stacked horizontal bars: each article's topic mixture, first row on top.

    Parameters
    ----------
    doc_topics : DataFrame
        One row per article with topic-share columns ``T0``, ``T1``, ... and ``label_col``; a ``no_topic`` column
        (the share of the article's units no topic explains, :func:`helpers.topics.tables.document_topics`) is drawn
        as a grey hatched segment after the topics when it is above 0 anywhere.
    label_col : str
        Column with the article labels shown on the y axis.
    labels : dict
        Topic column -> topic label, for the legend.

    Returns
    -------
    Figure
    """
    topics = [c for c in doc_topics.columns if re.fullmatch(r"T\d+", str(c))]
    colors = topic_colors(len(topics))
    fig, ax = plt.subplots(figsize=(9.5, max(2.2, 0.36 * len(doc_topics) + 1.4)))
    y = np.arange(len(doc_topics))[::-1]
    left = np.zeros(len(doc_topics))
    for i, t in enumerate(topics):
        v = doc_topics[t].fillna(0).to_numpy(dtype=float)
        ax.barh(y, v, left=left, color=colors[i], label=wrap_label(f"{t}: {labels.get(t, '')}", 40))
        left += v
    if "no_topic" in doc_topics.columns and doc_topics["no_topic"].fillna(0).gt(0).any():  # issue 12bh-t
        v = doc_topics["no_topic"].fillna(0).to_numpy(dtype=float)
        ax.barh(y, v, left=left, color="0.85", hatch="//", edgecolor="0.6", linewidth=0.3,
                label="(no topic): units the topics do not explain")
    ax.set_yticks(y, [wrap_label(s, 48) for s in doc_topics[label_col]])
    ax.set_xlim(0, 1)
    percent_axis(ax.xaxis, label="topic share of the article's units")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    ax.set_title("Topic mixture per article")
    fit_layout(fig)
    return fig
