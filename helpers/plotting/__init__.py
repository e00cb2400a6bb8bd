"""Layer 5, the plotting layer used by every notebook: one module per kind of figure, one style.

=================  ===========================================================
``base``           the shared style (:func:`apply_style`), colours, label wrapping
``bars``           bar charts, plain and stacked
``intervals``      estimates with intervals, one panel per measure
``heatmap``        heat maps, all drawn by :func:`draw_heatmap`
``time``           figures over time
``terms``          distinctive words, top terms, topic effects
``diagnostics``    the choice of k, the tagger's scores against hand codes
=================  ===========================================================

Every function returns the figure (and, where noted, the data drawn); the
notebook saves it with :func:`helpers.notebook.output.save_figure`. Notebooks
use the layer as one namespace: ``from helpers import plotting as plot``.
The functions that make a whole figure are
:func:`~helpers.plotting.base.recorded`: their figure remembers the call, so a
second run of a notebook copies the saved drawing from the cache instead of
drawing the same figure again.
"""
from .bars import hbar, plot_article_mixture, plot_shares, stacked_hbar
from .base import STYLE, apply_style, recorded, topic_colors, wrap_label
from .diagnostics import plot_k_sweep, plot_validation
from .heatmap import (
    draw_heatmap,
    plot_matrices,
    plot_matrix,
    plot_prevalence_heatmap,
    plot_role_counts,
    plot_share_heatmap,
)
from .intervals import plot_frame_intervals, plot_intervals
from .terms import plot_distinctive, plot_top_terms, plot_topic_effects
from .time import plot_prevalence_over_time, plot_topics_over_time_by_group, timeline

__all__ = [
    "STYLE", "apply_style", "topic_colors", "wrap_label", "recorded",
    "hbar", "stacked_hbar", "plot_shares", "plot_article_mixture",
    "plot_intervals", "plot_frame_intervals",
    "draw_heatmap", "plot_matrix", "plot_matrices", "plot_share_heatmap", "plot_role_counts", "plot_prevalence_heatmap",
    "timeline", "plot_prevalence_over_time", "plot_topics_over_time_by_group",
    "plot_distinctive", "plot_top_terms", "plot_topic_effects",
    "plot_k_sweep", "plot_validation",
]
