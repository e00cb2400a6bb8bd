"""The common preamble of the comparison notebooks, as one call.

Every notebook that compares groups starts the same way: load the corpus
from its parameters, leave out duplicate bodies, keep only articles about
the focus actors (when asked), label the display groups, draw the stratified
article sample and split it into units. :func:`prepare_corpus` does all of
it and says what it did in :meth:`Prepared.summary`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..corpus.groups import OTHER, UNKNOWN, group_labels, sample_articles
from ..corpus.segment import segment
from .setup import corpus_name, load_from_params

__all__ = ["Prepared", "prepare_corpus"]


@dataclass
class Prepared:
    """What :func:`prepare_corpus` returns.

    Attributes
    ----------
    every : DataFrame or None
        Every loaded article, duplicates included (text reuse needs them),
        with a ``group`` column; None unless asked for with ``keep_every``
        (the table is then released as soon as the duplicates are left out).
    articles : DataFrame
        The articles analysed: duplicate bodies left out, focus filter applied.
    order : list of str
        Display order of the groups present in ``articles``.
    targets : list of str
        ``order`` without the pooled "(other)" group.
    sampled : ndarray of bool
        Which of ``articles`` are in the stratified sample.
    sample : DataFrame
        ``articles[sampled]``.
    units : DataFrame or None
        Units of ``sample`` (with ``outlet`` and ``group``), when a unit was asked for.
    notes : list of str
        One sentence per step that changed what is analysed.
    """

    every: pd.DataFrame | None
    articles: pd.DataFrame
    order: list
    targets: list
    sampled: np.ndarray
    sample: pd.DataFrame
    units: pd.DataFrame | None = None
    notes: list = field(default_factory=list)

    def summary(self) -> str:
        """The notes, one a line."""
        return "\n".join(self.notes)


def _label_every(every: pd.DataFrame, column: str, order: list) -> pd.Series:
    values = every[column].astype(str).replace("", UNKNOWN)
    return values.where(values.isin(set(order)), OTHER)


def prepare_corpus(P: dict, unit: str | None = None, focus: tuple[dict, list, int] | None = None,
                   keep_every: bool = False) -> Prepared:
    """Load, de-duplicate, filter, group, sample and segment the corpus named by notebook parameters.

    Parameters
    ----------
    P : dict
        Validated notebook parameters (``corpus``, ``group_by``, ``top_n``,
        ``seed`` and, when present, ``max_articles``).
    unit : {"sentence", "paragraph"}, optional
        Split the sample into these units; None: no units.
    focus : (actors, ids, min_mentions), optional
        Keep only articles naming any of the actors ``ids`` (of the study's
        actor lexicon ``actors``) at least ``min_mentions`` times.
    keep_every : bool
        Keep the table with the duplicate bodies (``Prepared.every``); by
        default it is released, so that a large corpus is held once.

    Returns
    -------
    Prepared

    Raises
    ------
    ValueError
        When no article is left after the focus filter (with what to change).
    ParameterError, CorpusError
        From :func:`helpers.notebook.setup.load_from_params`.
    """
    G = P["group_by"]
    every = load_from_params(P).reset_index(drop=True)
    dup = (every["duplicate_of"] != "").to_numpy()
    articles = every[~dup].reset_index(drop=True)
    notes = [f"corpus: {corpus_name(P['corpus'])}: {len(dup):,} articles, {int(dup.sum()):,} duplicate bodies "
             "left out"]
    if focus is not None and focus[1]:
        from ..framing.actor_roles import actor_mention_counts

        actors, ids, min_mentions = focus
        n = actor_mention_counts(articles["text"].tolist(), actors, ids)
        before = len(articles)
        articles = articles[n >= min_mentions].reset_index(drop=True)
        notes.append(f"focus: {len(articles):,} of {before:,} articles name {', '.join(ids)} at least "
                     f"{min_mentions} times; only they are analysed")
        if articles.empty:
            raise ValueError("no article left to analyse: lower min_focus_mentions or choose other focus_actors "
                             "(actor ids of the study's actors.yaml)")
    articles["group"], order = group_labels(articles[G], P["top_n"])
    if keep_every:
        every["group"] = _label_every(every, G, order)
    else:
        every = None
    if "max_articles" in P:
        sampled = sample_articles(articles["group"], P["max_articles"], P["seed"])
    else:
        sampled = np.ones(len(articles), dtype=bool)
    sample = articles[sampled].reset_index(drop=True)
    if len(sample) < len(articles):
        notes.append(f"read: a stratified random sample of {len(sample):,} of {len(articles):,} articles "
                     f"(max_articles={P['max_articles']:,}, as equal per {G} group as sizes allow; seed {P['seed']})")
    order = [g for g in order if g in set(sample["group"])]
    units = segment(sample, unit, columns=list(dict.fromkeys(["outlet", "group"]))) if unit else None
    targets = [g for g in order if g != OTHER]
    return Prepared(every, articles, order, targets, sampled, sample, units, notes)
