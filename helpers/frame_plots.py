"""Figures of the framing notebook: share heatmaps, intervals, validation scores, actor roles.

Split out of :mod:`helpers.framing`, which re-exports every public name.
"""
from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from .frame_codebooks import MIN_SUPPORT, ROLES

__all__ = ["plot_intervals", "plot_role_counts", "plot_share_heatmap", "plot_validation"]


def _heat(ax, mat: np.ndarray, row_labels, col_labels, fmt, cmap="Blues"):
    import matplotlib.pyplot as plt  # noqa: F401  (pyplot sets up the backend)

    vmax = np.nanmax(mat) if np.isfinite(mat).any() and np.nanmax(mat) > 0 else 1.0
    im = ax.imshow(np.nan_to_num(mat), cmap=cmap, vmin=0, vmax=vmax, aspect="auto")
    ax.set_xticks(range(len(col_labels)), col_labels, rotation=45, ha="right")
    ax.set_yticks(range(len(row_labels)), row_labels)
    for i in range(mat.shape[0]):
        for j in range(mat.shape[1]):
            v = mat[i, j]
            if np.isfinite(v):
                ax.text(j, i, fmt(v), ha="center", va="center",
                        color="white" if v > 0.6 * vmax else "black")
    ax.spines[:].set_visible(False)
    return im


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
    import matplotlib.pyplot as plt

    frames = [e for e, en in codebook["entries"].items() if not en.get("residual")]
    piv = shares.pivot(index=group_col, columns="frame", values="share").reindex(index=list(order), columns=frames)
    n = shares.drop_duplicates(group_col).set_index(group_col)["n"].reindex(list(order))
    mark = {f: ("*" if status and status.get(f, "") == "unvalidated" else "") for f in frames}
    cols = [codebook["entries"][f]["label"].replace("Remedy: ", "") + mark[f] for f in frames]
    rows = [f"{g} (n={int(k)})" for g, k in zip(order, n.fillna(0))]
    fig, ax = plt.subplots(figsize=(max(6.0, 0.55 * len(frames) + 3), max(2.2, 0.38 * len(order) + 1.8)))
    _heat(ax, piv.to_numpy(dtype=float), rows, cols, lambda v: f"{100 * v:.1f}" if v < 0.1 else f"{100 * v:.0f}")
    ax.set_title(title)
    if any(mark.values()):
        fig.text(0.01, 0.005, "* unvalidated: no hand-coded example")
    fig.tight_layout()
    data = piv.reset_index().rename(columns={"index": group_col})
    data.insert(1, "n", n.to_numpy())
    return fig, data


def plot_intervals(shares: pd.DataFrame, group_col: str, order: Sequence[str], codebook: dict,
                   frames: Sequence[str], title: str):
    """Small multiples: one panel per frame, share with its interval per group.

    Returns
    -------
    (Figure, DataFrame)
        The figure and the rows of ``shares`` drawn.
    """
    import matplotlib.pyplot as plt

    k = len(frames)
    ncol = min(3, k)
    nrow = -(-k // ncol)
    fig, axes = plt.subplots(nrow, ncol, figsize=(3.3 * ncol + 1.5, max(2.0, 0.3 * len(order) + 1.2) * nrow),
                             sharey=True, sharex=True, squeeze=False)
    ypos = {g: i for i, g in enumerate(order)}
    data = shares[shares["frame"].isin(frames) & shares[group_col].isin(list(order))]
    for ax, f in zip(axes.ravel(), frames):
        d = data[data["frame"] == f]
        y = d[group_col].map(ypos).to_numpy()
        x = d["share"].to_numpy(dtype=float)
        lo = np.nan_to_num(x - d["ci_low"].to_numpy(dtype=float), nan=0.0)
        hi = np.nan_to_num(d["ci_high"].to_numpy(dtype=float) - x, nan=0.0)
        ax.errorbar(100 * x, y, xerr=[100 * lo, 100 * hi], fmt="o", ms=4, capsize=2, color="tab:blue")
        ax.set_title(codebook["entries"][f]["label"].replace("Remedy: ", ""))
        ax.grid(axis="x", alpha=0.3)
    for ax in axes.ravel()[k:]:
        ax.set_visible(False)
    top = np.nanmax(100 * data[["share", "ci_high"]].to_numpy(dtype=float)) if len(data) else 1.0
    axes[0, 0].set_xlim(0, max(1.0, 1.08 * (top if np.isfinite(top) else 1.0)))
    axes[0, 0].set_yticks(range(len(order)), list(order))
    axes[0, 0].invert_yaxis()
    no_ci = int(data["ci_low"].isna().sum())
    note = f"; {no_ci} point(s) without interval (groups of one article)" if no_ci else ""
    fig.supxlabel("% of an article's sentences (mean over articles; 95% bootstrap interval over articles)" + note)
    fig.suptitle(title)
    fig.tight_layout()
    return fig, data.reset_index(drop=True)


def plot_validation(metrics: pd.DataFrame, codebooks: Mapping[str, dict]):
    """Precision, recall and F1 per frame against the hand-coded sample.

    Returns
    -------
    (Figure, DataFrame)
        The figure and the metrics drawn (residual frames left out).
    """
    import matplotlib.pyplot as plt

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
    ax.set_title("Tagger against the hand-coded seed sentences (in-sample: cues were written on these texts)")
    fig.tight_layout()
    return fig, m


def plot_role_counts(counts: pd.DataFrame, title: str):
    """Heatmap of actor-role counts (actors by roles), from :func:`role_counts` without ``by``.

    Returns
    -------
    (Figure, DataFrame)
        The figure and the counts drawn.
    """
    import matplotlib.pyplot as plt

    mat = counts[list(ROLES)].to_numpy(dtype=float)
    fig, ax = plt.subplots(figsize=(5.5, 0.4 * len(counts) + 1.5))
    _heat(ax, mat, counts["label"].tolist(), list(ROLES), lambda v: f"{int(v)}", cmap="Oranges")
    ax.set_title(title)
    fig.tight_layout()
    return fig, counts
