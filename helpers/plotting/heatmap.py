"""Heat maps: groups by categories (frames, topics, roles) and group-by-group matrices, drawn by one function."""
from __future__ import annotations

from typing import Mapping, Sequence

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.patches import Patch, Rectangle

from ..core.wording import percent
from ..framing.codebooks import ROLES
from ..text.normalize import wrap_label
from .base import _wrap, fit_layout, percent_axis, recorded

__all__ = ["STACK_ROWS", "draw_heatmap", "plot_matrix", "plot_matrices", "plot_share_heatmap", "plot_role_counts", "plot_prevalence_heatmap"]

_MISSING = {"facecolor": "#e6e6e6", "edgecolor": "#9a9a9a", "hatch": "///", "linewidth": 0}


def draw_heatmap(ax, values, row_labels, col_labels, fmt, cmap: str = "Blues", annotate: bool = True,
                 colorbar: bool = False, colorbar_label: str | None = None, colorbar_percent: bool = False):
    """Draw an annotated heat map into ``ax``: the one heat-map implementation of the package.

    Parameters
    ----------
    ax : matplotlib Axes
    values : 2-D array-like of float
        NaN cells stay blank (no colour, no number).
    row_labels, col_labels : sequence of str
    fmt : str or callable
        Cell text: a format string (``"{:.2f}"``) or a function of the value.
    cmap : str
        Colour map; the scale runs from 0 to the largest finite value (1 when
        every value is 0 or none is finite).
    annotate : bool
        Write each finite value in its cell (white on dark cells).
    colorbar : bool
        Draw a colour scale beside the axes.
    colorbar_label : str, optional
        The colour scale's label.
    colorbar_percent : bool
        The values are shares: the colour scale is written in percent ("20%", not "0.2").

    Returns
    -------
    matplotlib.image.AxesImage
    """
    vals = np.asarray(values, dtype=float)
    finite = np.isfinite(vals)
    top = float(np.nanmax(vals)) if finite.any() else 0.0
    vmax = top if top > 0 else 1.0
    im = ax.imshow(np.ma.masked_invalid(vals), cmap=cmap, vmin=0, vmax=vmax, aspect="auto")
    ax.set_xticks(range(len(col_labels)), list(col_labels), rotation=45, ha="right", rotation_mode="anchor")
    ax.set_yticks(range(len(row_labels)), list(row_labels))
    text = fmt.format if isinstance(fmt, str) else fmt
    if annotate:
        for i, j in zip(*np.nonzero(finite)):
            v = vals[i, j]
            ax.text(j, i, text(v), ha="center", va="center", color="white" if v > 0.6 * vmax else "black")
    ax.spines[:].set_visible(False)
    if colorbar:
        cb = ax.figure.colorbar(im, ax=ax, fraction=0.04, pad=0.02)
        if colorbar_label:
            cb.set_label(colorbar_label)
        if colorbar_percent:
            percent_axis(cb.ax.yaxis)
    return im


@recorded
def _missing_key(note: str) -> Patch:
    """Legend entry of the hatched grey that marks cells without a value."""
    return Patch(label=wrap_label(note, 60), **_MISSING)


def _hatch_missing(ax, vals: np.ndarray) -> bool:
    """Cover each NaN cell of a heat map with hatched grey; whether there was one."""
    rows, cols = np.nonzero(~np.isfinite(vals))
    for i, j in zip(rows, cols):
        ax.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, **_MISSING))
    return len(rows) > 0


def plot_matrix(m: pd.DataFrame, title: str, fmt: str = "{:.2f}", cmap: str = "Blues", ax=None,
                empty_note: str | None = None, missing_note: str | None = None):
    """Annotated heat map of a square group-by-group table (NaN cells blank, or hatched grey with ``missing_note``).

    When every non-NaN cell is 0 no colour scale is drawn; the panel says so in
    words instead. Cells are annotated up to 20 rows.

    Parameters
    ----------
    m : DataFrame
        The table (row and column labels are the groups).
    title : str
        Panel title.
    fmt : str, default "{:.2f}"
        Format of the cell annotations.
    cmap : str, default "Blues"
        Matplotlib colour map.
    ax : Axes, optional
        Draw into it (its figure is returned); default: a new figure.
    empty_note : str, optional
        The words shown when every cell is 0; default "0 in every cell: no <title>".
    missing_note : str, optional
        When given, NaN cells are hatched grey (not blank, which reads as "none")
        and, on a figure of its own, a legend entry with these words explains them.

    Returns
    -------
    Figure
    """
    own = ax is None
    k = len(m)
    if ax is None:
        fig, ax = plt.subplots(figsize=(max(4.5, 0.55 * k + 3), max(3.5, 0.5 * k + 2)))
    else:
        fig = ax.figure
    vals = m.to_numpy(dtype=float)
    finite = np.isfinite(vals)
    empty = bool(finite.any()) and float(np.nanmax(vals)) == 0
    draw_heatmap(ax, vals, [wrap_label(c, 24) for c in m.index], [wrap_label(c, 18) for c in m.columns], fmt, cmap=cmap,
                 annotate=k <= 20 and not empty, colorbar=not empty)
    if empty:
        ax.text(0.5, 0.5, wrap_label(empty_note or f"0 in every cell: no {title}", 30), transform=ax.transAxes,
                ha="center", va="center", bbox={"facecolor": "white", "edgecolor": "#999999"})
    ax.set_title(wrap_label(title, 40))
    if missing_note and _hatch_missing(ax, vals) and own:
        ax.legend(handles=[_missing_key(missing_note)], loc="upper center", bbox_to_anchor=(0.5, -0.3), frameon=False)
    if own:
        fit_layout(fig)
    return fig


STACK_ROWS = 12
"""Above this many rows :func:`plot_matrices` stacks its panels one above the other instead of side by side."""


@recorded
def plot_matrices(panels: list, suptitle: str = "", missing_note: str | None = None):
    """Several :func:`plot_matrix` heat maps side by side (one above the other above :data:`STACK_ROWS` rows).

    Parameters
    ----------
    panels : list of tuple
        ``(table, title, fmt, cmap)`` per panel; a fifth item, when given, is
        the panel's ``empty_note`` (see :func:`plot_matrix`).
    suptitle : str, default ""
        Title over all panels (none when empty).
    missing_note : str, optional
        When given, NaN cells of every panel are hatched grey and one legend
        entry under the panels says what they mean (only when a panel has one).

    Returns
    -------
    Figure
    """
    k = max(len(p[0]) for p in panels)
    w = max(4.5, 0.55 * k + 3)
    # review s79-B: two 32 x 32 matrices side by side made an 8,249-pixel-wide image, shown at 1,070 pixels with
    # 3-pixel labels: above STACK_ROWS rows the panels are stacked, each the page's full width
    rows, cols = (len(panels), 1) if k > STACK_ROWS else (1, len(panels))
    fig, axes = plt.subplots(rows, cols, figsize=(w * cols, max(3.5, 0.5 * k + 2) * rows), squeeze=False,
                             layout="constrained")
    hatched = False
    for ax, (m, title, fmt, cmap, *rest) in zip(axes.ravel(), panels):
        plot_matrix(m, title, fmt=fmt, cmap=cmap, ax=ax, empty_note=rest[0] if rest else None, missing_note=missing_note)
        hatched = hatched or bool(missing_note) and not np.isfinite(m.to_numpy(dtype=float)).all()
    if hatched:
        fig.legend(handles=[_missing_key(missing_note)], loc="outside lower center", frameon=False)
    if suptitle:
        fig.suptitle(suptitle)
    return fig


@recorded
def plot_share_heatmap(shares: pd.DataFrame, group_col: str, order: Sequence[str], codebook: dict,
                       title: str, status: Mapping[str, str] | None = None):
    """Heatmap of frame shares, groups by frames, for one codebook.

    Parameters
    ----------
    shares : DataFrame
        From :func:`group_frame_shares`, filtered to one family.
    group_col : str
        The group column.
    order : sequence of str
        Groups shown, in order (rows).
    codebook : dict
        The codebook (frame order and labels; residual entries are left out).
    title : str
        Figure title.
    status : mapping of str to str, optional
        Validation status per frame id; "unvalidated" frames get a "*" mark.

    Returns
    -------
    (Figure, DataFrame)
        The figure and the data drawn (``group_col``, ``n`` and one column
        of shares per frame).
    """
    frames = [e for e, en in codebook["entries"].items() if not en.get("residual")]
    piv = shares.pivot(index=group_col, columns="frame", values="share").reindex(index=list(order), columns=frames)
    n = shares.drop_duplicates(group_col).set_index(group_col)["n"].reindex(list(order))
    mark = {f: ("*" if status and status.get(f, "") == "unvalidated" else "") for f in frames}
    cols = [codebook["entries"][f]["label"].replace("Remedy: ", "") + mark[f] for f in frames]
    rows = [f"{g} (n={int(k)})" for g, k in zip(order, n.fillna(0))]
    fig, ax = plt.subplots(figsize=(max(6.0, 0.55 * len(frames) + 3), max(2.2, 0.38 * len(order) + 1.8)))
    draw_heatmap(ax, piv.to_numpy(dtype=float), rows, cols, lambda v: percent(v)[:-1])
    ax.set_title(title)
    if any(mark.values()):
        fig.text(0.01, 0.005, "* unvalidated: no hand-coded example")
    fit_layout(fig, rows=len(order))
    data = piv.reset_index().rename(columns={"index": group_col})
    data.insert(1, "n", n.to_numpy())
    return fig, data


@recorded
def plot_role_counts(counts: pd.DataFrame, title: str):
    """Heatmap of actor-role counts (actors by roles), from :func:`role_counts` without ``by``.

    Parameters
    ----------
    counts : DataFrame
        One row per actor: ``label`` and one count column per role of :data:`ROLES`.
    title : str
        Figure title.

    Returns
    -------
    (Figure, DataFrame)
        The figure and the counts drawn.
    """
    mat = counts[list(ROLES)].to_numpy(dtype=float)
    # review s79-A: a 62-character actor label took half the width and squeezed the four columns to 80 pixels, their
    # counts running into each other: labels are wrapped at 28 characters and the columns keep their own width
    labels = [wrap_label(str(x), 28) for x in counts["label"]]
    lines = max((x.count("\n") + 1 for x in labels), default=1)
    fig, ax = plt.subplots(figsize=(7.5, max(0.4 * len(counts), 0.28 * sum(x.count("\n") + 1 for x in labels)) + 1.7))
    draw_heatmap(ax, mat, labels, list(ROLES), lambda v: f"{int(v)}", cmap="Oranges")
    ax.set_title(wrap_label(title, 60))
    fit_layout(fig, rows=len(counts), row_inches=0.3 * lines)
    return fig, counts


@recorded
def plot_prevalence_heatmap(prev: pd.DataFrame, by: str, labels: dict, group_name: str | None = None):
    """Groups × topics: mean topic share, annotated in %, with n articles per row.

    Parameters
    ----------
    prev : DataFrame
        Long table: ``by``, ``topic``, ``estimate`` and ``n_articles``, groups and topics in display order.
    by : str
        Group column.
    labels : dict
        Topic -> topic label, for the column labels.
    group_name : str, optional
        Names the groups in the title (default ``by``).

    Returns
    -------
    Figure
    """
    topics = list(dict.fromkeys(prev["topic"]))
    groups = list(dict.fromkeys(prev[by]))
    est = prev.pivot(index=by, columns="topic", values="estimate").loc[groups, topics].to_numpy()
    n = prev.drop_duplicates(by).set_index(by).loc[groups, "n_articles"].to_numpy()
    fig, ax = plt.subplots(figsize=(max(6.0, 0.75 * len(topics) + 3.0), max(2.4, 0.42 * len(groups) + 1.6)))
    draw_heatmap(ax, est, [f"{wrap_label(g, 30)} (n={c:,})" for g, c in zip(groups, n)],
                 [f"{t}: " + _wrap(labels.get(t, ""), 20) for t in topics], lambda v: f"{100 * v:.1f}",
                 colorbar=True, colorbar_label="mean topic share", colorbar_percent=True)
    ax.set_title(f"Mean topic share per article (%), by {group_name or by}; n = articles")
    fit_layout(fig, rows=len(groups))
    return fig
