"""The one figure style shared by every figure (matplotlib, deterministic), and small shared helpers.

:func:`apply_style` is called by :func:`helpers.notebook.output.setup_notebook`; it sets
font sizes that stay legible when a figure is printed or scaled to a page
(ticks 9 pt, labels 10 pt, titles 11 pt), a white background, light grids and
no top/right spines. Long category names are wrapped onto several lines by
:func:`wrap_label`, never cut.

:func:`recorded` marks a figure with the call that drew it (function and
arguments), so that :func:`helpers.notebook.output.save_figure` can reuse the
cached drawing of the same call instead of drawing it again.
"""
from __future__ import annotations

import functools
import warnings

import matplotlib.pyplot as plt

from ..core.cache import Undigestible, content_digest
from ..text.normalize import wrap_label

__all__ = ["STYLE", "apply_style", "wrap_label", "topic_colors", "recorded", "figure_recipe", "fit_layout", "percent_axis"]

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
    """Set :data:`STYLE` in matplotlib's settings.

    Parameters
    ----------
    screen_dpi : int, default 100
        Resolution of figures shown inline.
    save_dpi : int, default 200
        Resolution of saved PNGs.
    """
    import matplotlib as mpl

    mpl.rcParams.update({**STYLE, "figure.dpi": screen_dpi, "savefig.dpi": save_dpi})


def _height(n_rows: int, lines: int = 1) -> float:
    return max(2.0, min(0.35 * n_rows + 0.15 * max(lines - n_rows, 0) + 1.2, 14.0))


def fit_layout(fig, grow: float = 1.4, tries: int = 4, rows: int | None = None, row_inches: float = 0.35) -> None:
    """``fig.tight_layout()``, enlarging the figure until the labels fit.

    Matplotlib leaves the layout as it was, with a "Tight layout not applied" warning, when the tick labels need
    more room than the figure has (a heatmap of one group under long rotated frame names). The figure then grows
    by ``grow`` in the direction the warning names (height for the top and bottom margins, width for left and
    right) and the layout is tried again, at most ``tries`` times. A figure whose labels fit is not changed.
    When the axes' titles then reach into the figure's suptitle (``tight_layout`` misses it on tall figures), the
    axes are lowered below it.

    Parameters
    ----------
    fig : Figure
        The figure.
    grow : float, default 1.4
        Factor by which the cramped side grows at each try.
    tries : int, default 4
        Layouts tried before the last one is kept (with matplotlib's warning).
    rows : int, optional
        Rows of the first axes (a heat map's groups): when the layout leaves them less than ``row_inches`` each, the
        figure grows in height by what is missing. Long rotated column labels took most of a three-group heat map's
        fixed height, and its row labels and numbers printed over each other (review s78-A).
    row_inches : float, default 0.35
        Height each of ``rows`` needs.
    """
    for _ in range(tries):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            fig.tight_layout()
        cramped = [str(w.message) for w in caught if "Tight layout not applied" in str(w.message)]
        if not cramped:
            break
        w, h = fig.get_size_inches()
        tall = "bottom and top" in cramped[0]
        fig.set_size_inches(w if tall else w * grow, h * grow if tall else h)
    else:
        fig.tight_layout()
    if rows and fig.axes:
        for _ in range(2):  # tight_layout's margins are in inches: added height goes to the axes
            w, h = fig.get_size_inches()
            short = rows * row_inches - fig.axes[0].get_position().height * h
            if short <= 0.01:
                break
            fig.set_size_inches(w, h + short + 0.05)
            fig.tight_layout()
    _clear_suptitle(fig)


def _clear_suptitle(fig) -> None:
    """Lower the axes when their titles reach into the figure's suptitle (tight_layout misses it on tall figures)."""
    title = getattr(fig, "_suptitle", None)
    if title is None or not title.get_text() or not fig.axes:
        return
    renderer = fig.canvas.get_renderer()
    to_fig = fig.transFigure.inverted()
    bottom = title.get_window_extent(renderer).transformed(to_fig).y0
    tops = [ax.get_tightbbox(renderer).transformed(to_fig).y1 for ax in fig.axes if ax.get_visible() and ax.axison]
    pad = 0.06 / fig.get_size_inches()[1]  # inches, as a share of the height
    overlap = max(tops, default=0.0) + pad - bottom
    if overlap > 0 and not fig.get_constrained_layout():
        fig.subplots_adjust(top=fig.subplotpars.top - overlap)


def percent_axis(axis, whole: float = 1.0, label: str | None = None) -> None:
    """Write an axis of shares as percentages ("20%", not "0.2"): the one percent axis of every figure.

    Parameters
    ----------
    axis : matplotlib Axis
        ``ax.xaxis``, ``ax.yaxis`` or a colour bar's ``cb.ax.yaxis``.
    whole : float, default 1.0
        The value drawn for 100%: 1 for proportions, 100 for values already multiplied by 100.
    label : str, optional
        The axis label; it should say what the share is of ("share of sentences").
    """
    axis.set_major_formatter(_percent_ticks(whole))
    if label is not None:
        axis.set_label_text(label)


def _percent_ticks(whole: float):
    """A PercentFormatter whose decimals follow the axis range: "10%" on a 0-35% axis (matplotlib's own rule gives
    "10.0%"), "0.5%" on a 0-3% axis, "0.05%" on a 0-0.3% axis."""
    import math

    from matplotlib.ticker import PercentFormatter

    class _Ticks(PercentFormatter):
        def format_pct(self, x, display_range):
            scaled = self.convert_to_pct(display_range)
            self.decimals = 0 if scaled <= 0 else min(3, max(0, math.ceil(1 - math.log10(scaled))))
            try:
                return super().format_pct(x, display_range)
            finally:
                self.decimals = None

    return _Ticks(xmax=whole, decimals=None)


def _labels(values, width: int = 28) -> list[str]:
    return [wrap_label(v, width) for v in values]


def _wrap(text: str, width: int) -> str:
    """:func:`wrap_label` of ``text`` (never cut), or "" for blank text."""
    return wrap_label(text, width) if str(text).strip() else ""


def topic_colors(n_topics: int) -> list:
    """One fixed colour per topic, the same in every figure.

    The ten strong colours of tab10 first, then the light tints of tab20, then repeated.

    Parameters
    ----------
    n_topics : int
        Number of topics.

    Returns
    -------
    list of tuple
        ``n_topics`` RGBA colours, in topic order.
    """
    strong = [plt.get_cmap("tab10")(i) for i in range(10)]
    light = [plt.get_cmap("tab20")(2 * i + 1) for i in range(10)]
    palette = strong + light
    return [palette[i % len(palette)] for i in range(n_topics)]


def _texts(fig) -> tuple:
    """What the figure says and how it is laid out: its size, layout engine and every text with its size.

    A few changes do not mark a figure stale (setting an axis label's text on
    the label itself, changing the layout engine); this summary catches them.
    """
    from matplotlib.text import Text

    engine = fig.get_layout_engine()
    return (tuple(fig.get_size_inches()), type(engine).__name__,
            tuple((t.get_text(), t.get_fontsize(), t.get_visible()) for t in fig.findobj(Text)))


def _style() -> str:
    """Every matplotlib setting and the matplotlib version, as text (they shape the drawing too)."""
    import matplotlib as mpl

    return repr((mpl.__version__, sorted((k, v) for k, v in mpl.rcParams.items() if k != "backend")))


def recorded(func):
    """Wrap a plotting function so that the figure it returns remembers the call.

    The figure (the function's result, or the first item of a returned tuple)
    gets ``_news_recipe``: the digest (:func:`helpers.core.cache.content_digest`)
    of the function's name, every argument and the matplotlib settings, and a
    summary of its texts. No recipe is attached when an argument cannot be
    described by its content (e.g. a matplotlib axes to draw into).
    :func:`figure_recipe` gives the digest only while the figure is unchanged
    since the call.

    Parameters
    ----------
    func : callable
        A function returning a figure, or a tuple whose first item is one.

    Returns
    -------
    callable
        The wrapper; it returns what ``func`` returns, unchanged.
    """

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        fig = result[0] if isinstance(result, tuple) else result
        if not hasattr(fig, "savefig"):  # no figure (e.g. nothing to draw)
            return result
        try:
            digest = content_digest((func.__module__, func.__qualname__, args, sorted(kwargs.items()), _style()))
        except Undigestible:
            return result
        texts = _texts(fig)  # first: listing the texts makes the tick labels, which marks the figure stale
        fig.stale = False  # any later change to an artist marks it stale again
        fig._news_recipe = (digest, texts)
        return result

    return wrapper


def figure_recipe(fig) -> str | None:
    """The digest of the plotting call that made ``fig`` (see :func:`recorded`).

    The matplotlib settings at this moment are part of the digest too (the
    saving settings may have changed since the call).

    Parameters
    ----------
    fig : Figure
        The figure.

    Returns
    -------
    str or None
        The digest; None when the figure was not made by a recorded function, or has changed
        since (it is stale, or its texts, size or layout engine differ).
    """
    recipe = getattr(fig, "_news_recipe", None)
    if recipe is None or fig.stale or _texts(fig) != recipe[1]:
        return None
    return content_digest((recipe[0], _style()))
