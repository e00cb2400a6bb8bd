"""Method diagnostics: the choice of k for topics, the tagger's scores against hand codes."""
from __future__ import annotations

from typing import Mapping

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from ..framing.codebooks import MIN_SUPPORT
from .base import fit_layout, recorded

__all__ = ["SEED_VALIDATION_TITLE", "plot_k_sweep", "plot_validation"]


@recorded
def plot_k_sweep(sweep: pd.DataFrame, chosen: int | None, min_diversity: float | None = None):
    """Coherence (mean and worst topic) and diversity against k; the chosen k and the diversity floor marked.

    Parameters
    ----------
    sweep : DataFrame
        One row per k: ``k``, ``coherence``, ``coherence_min``, ``diversity`` and optionally ``stability``.
    chosen : int or None
        The chosen k (marked when it is in the sweep).
    min_diversity : float, optional
        The diversity floor drawn; default :data:`helpers.topics.model.DIVERSITY_MIN`.

    Returns
    -------
    Figure
    """

    from ..topics.model import DIVERSITY_MIN
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
    fit_layout(fig)
    return fig


SEED_VALIDATION_TITLE = "Tagger against the hand-coded seed sentences (in-sample: cues were written on these texts)"
"""The default title of :func:`plot_validation`: the bundled study's sample, coded by the cues' author."""


@recorded
def plot_validation(metrics: pd.DataFrame, codebooks: Mapping[str, dict], title: str = SEED_VALIDATION_TITLE):
    """Precision, recall and F1 per frame against the hand-coded sample.

    Parameters
    ----------
    metrics : DataFrame
        One row per (family, frame): ``family``, ``frame``, ``precision``, ``recall``, ``F1``, ``support``,
        ``status``.
    codebooks : mapping of str to dict
        Loaded frame codebooks (for the frame labels).
    title : str, default :data:`SEED_VALIDATION_TITLE`
        What the sample is (a study's blind sample is no in-sample check: review s80-C;
        :func:`helpers.notebook.frame_sections.validation_provenance` gives it).

    Returns
    -------
    (Figure, DataFrame)
        The figure and the metrics drawn (residual frames left out).
    """

    m = metrics[metrics["status"] != "not tagged (residual)"].reset_index(drop=True)
    labels = {(f, e): f"[{f.split('_')[0]}] " + en["label"].replace("Remedy: ", "remedy: ")
              for f, cb in codebooks.items() for e, en in cb["entries"].items()}
    ylab = [f"{labels[(r.family, r.frame)]} (n={r.support})" for r in m.itertuples()]
    fig, ax = plt.subplots(figsize=(8.5, 0.3 * len(m) + 1.6))
    y = np.arange(len(m))
    ax.barh(y, m["F1"].fillna(0), color=np.where(m["support"] >= MIN_SUPPORT, "tab:blue", "lightsteelblue"),
            label="F1")
    ax.plot(m["precision"], y, "k|", ms=9, label="precision")
    ax.plot(m["recall"], y, "rx", ms=5, label="recall")
    for i, r in m.iterrows():
        if r["status"] == "unvalidated":
            ax.text(0.01, i, "unvalidated (no hand-coded example)", va="center", color="dimgray")
    ax.set_yticks(y, ylab)
    ax.invert_yaxis()
    ax.set_xlim(0, 1.05)
    ax.set_xlabel(f"score against hand codes (pale bars: fewer than {MIN_SUPPORT} hand-coded examples)")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    ax.set_title(title)
    fit_layout(fig)
    return fig, m
