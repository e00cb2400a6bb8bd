"""The one figure style shared by every figure (matplotlib, deterministic), and small shared helpers.

:func:`apply_style` is called by :func:`helpers.notebook.output.setup_notebook`; it sets
font sizes that stay legible when a figure is printed or scaled to a page
(ticks 9 pt, labels 10 pt, titles 11 pt), a white background, light grids and
no top/right spines. Long category names are wrapped onto several lines by
:func:`wrap_label`, never cut.
"""
from __future__ import annotations

import matplotlib.pyplot as plt

from ..text.normalize import wrap_label

__all__ = ["STYLE", "apply_style", "wrap_label", "topic_colors"]

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


def _wrap(text: str, width: int) -> str:
    """:func:`wrap_label` of ``text`` (never cut), or "" for blank text."""
    return wrap_label(text, width) if str(text).strip() else ""


def topic_colors(n_topics: int) -> list:
    """One fixed colour per topic, the same in every figure: the ten strong
    colours of tab10 first, then the light tints of tab20, then repeated."""
    strong = [plt.get_cmap("tab10")(i) for i in range(10)]
    light = [plt.get_cmap("tab20")(2 * i + 1) for i in range(10)]
    palette = strong + light
    return [palette[i % len(palette)] for i in range(n_topics)]

