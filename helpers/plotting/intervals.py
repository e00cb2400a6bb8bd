"""Estimates with their intervals: one panel per measure, groups on the y axis."""
from __future__ import annotations

from typing import Sequence

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from ..core.wording import count
from ..text.normalize import wrap_label
from .base import percent_axis, recorded

__all__ = ["plot_intervals", "plot_frame_intervals"]


@recorded
def plot_intervals(table: pd.DataFrame, group_col: str, panel_col: str, order: list, est: str, lo: str,
                   hi: str, n_col: str | None, title: str, xlabel: str, ncols: int = 3, zero_line: bool = True,
                   scale: float = 1.0, percent: bool = False, sharex: bool = True, only_present: bool = False):
    """Dot-and-interval panels: one panel per ``panel_col`` value, groups on the y axis (first of ``order`` on top).

    Parameters
    ----------
    table : DataFrame
        One row per group and panel.
    group_col, panel_col : str
        Columns of the group (y axis) and of the panel.
    order : list
        Groups drawn, in order.
    est, lo, hi : str
        Columns of the estimate and its interval; a NaN bound draws the dot alone.
    n_col : str or None
        Column whose value is written as ``n=`` right of each row.
    title, xlabel : str
    ncols : int
        Panels per row.
    zero_line : bool
        Draw a vertical line at 0.
    scale : float
        Multiplies the values drawn (100 for shares drawn in %).
    percent : bool
        The values are shares: the x axis is written in percent ("20%"), whatever ``scale``, and starts at 0.
    sharex : bool, default True
        One x scale for every panel; False for measures of different sizes (attributions about 20 and hedges about 1
        per 1,000 words: on a shared axis the hedges' dots sat on one another, review s78-C).
    only_present : bool, default False
        Each panel shows only the groups that have a row in it (in ``order``), and the figure is as tall as the
        fullest panel: with 30 groups and 21 actors, most of whom few groups name, every panel had 30 rows, mostly
        empty, and the figure was 17,000 pixels tall (review s79-B).

    Returns
    -------
    matplotlib.figure.Figure
    """
    panels = list(dict.fromkeys(table[panel_col]))
    k = max(1, len(panels))
    ncols = min(ncols, k)
    nrows = int(np.ceil(k / ncols))
    shown = {p: [g for g in order if g in set(table.loc[table[panel_col] == p, group_col])] if only_present
             else list(order) for p in panels}
    rows = max([len(v) for v in shown.values()] + [1])
    fig, axes = plt.subplots(nrows, ncols, figsize=(4.4 * ncols, max(2.0, 0.3 * rows + 1.3) * nrows),
                             squeeze=False, sharex=sharex, layout="constrained")
    for ax in axes.ravel()[k:]:
        ax.set_visible(False)
    for ax, p in zip(axes.ravel(), panels):
        ypos = {g: i for i, g in enumerate(shown[p][::-1])}
        d = table[(table[panel_col] == p) & table[group_col].isin(ypos)]
        for r in d.itertuples(index=False):
            y = ypos[getattr(r, group_col)]
            e, a, b = (scale * float(getattr(r, c)) for c in (est, lo, hi))
            if not np.isnan(a):
                ax.plot([a, b], [y, y], color="#4C72B0", lw=1.5)
            ax.plot(e, y, "o", color="#4C72B0", ms=4)
            if n_col is not None:
                ax.annotate(f"n={getattr(r, n_col)}", (1.0, y), xycoords=("axes fraction", "data"),
                            xytext=(2, 0), textcoords="offset points", va="center")
        if zero_line:
            ax.axvline(0, color="#999999", lw=0.8)
        ax.set_yticks(list(ypos.values()), [wrap_label(g, 24) for g in ypos])
        ax.set_ylim(-0.7, max(len(ypos), 1) - 0.3)
        ax.set_title(wrap_label(p, 40), fontsize="medium")
        ax.tick_params(labelbottom=True)  # sharex hides them on panels above a hidden one
        ax.set_xlabel(xlabel)
        if percent:
            percent_axis(ax.xaxis, whole=scale)
    if percent:  # review s79-C: a share axis from 2% to 29% drew 3% and 28% at opposite ends, as if 0 and all
        for ax in axes.ravel()[:k]:
            ax.set_xlim(left=0)
    fig.suptitle(title)
    return fig


@recorded
def plot_frame_intervals(shares: pd.DataFrame, group_col: str, order: Sequence[str], codebook: dict,
                         frames: Sequence[str], title: str):
    """Frame shares with intervals: one panel per frame, drawn by :func:`plot_intervals` in %.

    Parameters
    ----------
    shares : DataFrame
        From :func:`helpers.framing.shares.group_frame_shares` (``frame``,
        ``share``, ``ci_low``, ``ci_high``, ``n`` and the group column).
    group_col : str
    order : sequence of str
        Groups drawn, in order.
    codebook : dict
        The codebook (panel titles are the frames' labels).
    frames : sequence of str
        Frame ids, one panel each, in order.
    title : str

    Returns
    -------
    (Figure, DataFrame)
        The figure and the rows of ``shares`` drawn.
    """
    data = shares[shares["frame"].isin(frames) & shares[group_col].isin(list(order))].reset_index(drop=True)
    labels = {f: codebook["entries"][f]["label"].replace("Remedy: ", "") for f in frames}
    drawn = data.assign(_panel=data["frame"].map(labels))
    drawn["_rank"] = drawn["frame"].map({f: i for i, f in enumerate(frames)})
    drawn = drawn.sort_values("_rank", kind="stable")
    no_ci = int(data["ci_low"].isna().sum())
    note = f"; {count(no_ci, 'point')} without interval (groups of fewer than 3 articles)" if no_ci else ""
    fig = plot_intervals(drawn, group_col, "_panel", list(order), "share", "ci_low", "ci_high", "n", title,
                         "share of an article's sentences" if not note else "share of sentences", zero_line=False,
                         scale=100, percent=True)
    fig.supxlabel("mean over articles of the share of each article's sentences; 95% Korn-Graubard interval over articles"
                  + note)
    return fig, data
