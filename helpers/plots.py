"""Small plotting functions and the one figure style shared by every notebook (matplotlib, deterministic).

:func:`apply_style` is called by :func:`helpers.output.setup_notebook`; it sets
font sizes that stay legible when a figure is printed or scaled to a page
(ticks 9 pt, labels 10 pt, titles 11 pt), a white background, light grids and
no top/right spines. Long category names are wrapped onto several lines by
:func:`wrap_label`, never cut.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .text import wrap_label

__all__ = ["STYLE", "apply_style", "wrap_label", "hbar", "timeline", "stacked_hbar"]

STYLE = {
    "figure.figsize": (8.0, 4.5),
    "figure.facecolor": "white",
    "savefig.bbox": "tight",
    "savefig.pad_inches": 0.08,
    "savefig.facecolor": "white",
    "svg.hashsalt": "news-analysis",
    "svg.fonttype": "path",
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 10,
    "xtick.labelsize": 9,
    "ytick.labelsize": 9,
    "legend.fontsize": 9,
    "legend.title_fontsize": 9,
    "figure.titlesize": 12,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": False,
    "grid.alpha": 0.3,
    "axes.prop_cycle": plt.cycler(color=["#4C72B0", "#DD8452", "#55A868", "#C44E52", "#8172B3",
                                         "#937860", "#DA8BC3", "#8C8C8C", "#CCB974", "#64B5CD"]),
    # labels come from data (an outlet named "$$" or "$5bn"): never parse them as mathtext
    "text.parse_math": False,
}
"""The shared matplotlib style (rcParams)."""


def apply_style(screen_dpi: int = 100, save_dpi: int = 200) -> None:
    """Set :data:`STYLE`, with ``screen_dpi`` for figures shown inline and ``save_dpi`` for saved PNGs."""
    import matplotlib as mpl

    mpl.rcParams.update({**STYLE, "figure.dpi": screen_dpi, "savefig.dpi": save_dpi})


def _height(n_rows: int, lines: int = 1) -> float:
    return max(2.0, min(0.35 * n_rows + 0.15 * max(lines - n_rows, 0) + 1.2, 14.0))


def _labels(values, width: int = 28) -> list[str]:
    return [wrap_label(v, width) for v in values]


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
    fig.tight_layout()
    return fig


def timeline(tl: pd.DataFrame, top_n: int = 15):
    """Publication dates per group; approximate dates hollow, lower bounds as arrows.

    Parameters
    ----------
    tl : DataFrame
        From :func:`helpers.overview.timeline_table`.
    top_n : int
        With more than ``top_n`` groups, or more than 200 dated articles, a
        monthly histogram is drawn instead of one marker per article.

    Returns
    -------
    matplotlib.figure.Figure
    """
    dated = tl[tl["date_parsed"].notna()]
    if len(dated) > 200 or tl["group"].nunique() > top_n:
        fig, ax = plt.subplots(figsize=(9, 3.5))
        months = dated["date_parsed"].dt.to_period("M").dt.to_timestamp()
        counts = months.value_counts().sort_index()
        ax.bar(counts.index, counts.to_numpy(), width=25, color="#4C72B0")
        ax.set_ylabel("articles per month")
        ax.set_title(f"Publication dates ({len(dated):,} of {len(tl):,} articles dated)")
        fig.tight_layout()
        return fig
    groups = sorted(tl["group"].unique())
    fig, ax = plt.subplots(figsize=(9, _height(len(groups))))
    ypos = {g: i for i, g in enumerate(groups[::-1])}
    for r in tl.itertuples():
        y = ypos[r.group]
        if pd.notna(r.date_parsed):
            filled = not r.approximate
            ax.plot(r.date_parsed, y, "o", ms=9, mfc="#4C72B0" if filled else "white", mec="#4C72B0", mew=2)
        elif pd.notna(r.not_before):
            ax.annotate("", xy=(r.not_before + pd.Timedelta(days=240), y), xytext=(r.not_before, y),
                        arrowprops={"arrowstyle": "->", "color": "#DD8452", "lw": 2})
            ax.plot(r.not_before, y, "|", ms=14, mew=2, color="#DD8452")
        else:
            ax.text(0.01, y, "date unknown", transform=ax.get_yaxis_transform(), va="center",
                    fontsize=9, color="#777777", style="italic")
    ax.set_yticks(list(ypos.values()), _labels(ypos))
    ax.set_title("Publication dates: ● known to the day, ○ approximate, |→ not before (date unknown)")
    ax.grid(axis="x", alpha=0.3)
    fig.tight_layout()
    return fig


def stacked_hbar(wide: pd.DataFrame, label: str, title: str, xlabel: str):
    """Horizontal stacked bars: one bar per row, one segment per other column."""
    cols = [c for c in wide.columns if c != label]
    fig, ax = plt.subplots(figsize=(9, _height(len(wide))))
    y = np.arange(len(wide))[::-1]
    left = np.zeros(len(wide))
    cmap = plt.get_cmap("tab20")
    for i, c in enumerate(cols):
        vals = wide[c].to_numpy(dtype=float)
        ax.barh(y, vals, left=left, label=str(c), color=cmap(i % 20))
        left += vals
    ax.set_yticks(y, _labels(wide[label]))
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    fig.tight_layout()
    return fig
