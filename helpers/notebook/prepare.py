"""The common preamble of the comparison notebooks, as one call.

Every notebook that compares groups starts the same way: load the corpus
from its parameters, leave out duplicate bodies, keep only articles about
the focus actors (when asked), label the display groups, draw the stratified
article sample and split it into units. :func:`prepare_corpus` does all of
it and says what it did in :meth:`Prepared.summary`.

With ``engine="dask"`` the corpus table is a metadata table
(:func:`helpers.notebook.setup.load_from_params`): ``every`` and ``articles``
hold every article's metadata but no text; the focus filter counts mentions
per partition on the cluster; only ``sample`` is read with its text, from the
store. The sample is drawn from the same table with the same seed, so it holds
the same articles as with ``engine="pandas"``. A notebook without a
``max_articles`` parameter (topics) then reads a stratified sample of
:data:`DASK_MAX_ARTICLES` articles (the note says so), where pandas reads all.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..core.wording import count, noun
from ..corpus.dask_meta import is_meta
from ..corpus.dates import PERIOD_COLUMN
from ..corpus.groups import (
    NOT_GROUPS,
    OTHER,
    PSEUDO,
    UNKNOWN,
    article_sample,
    group_values,
    name_list_note,
    pool_pseudo,
    pseudo_in_groups_note,
    pseudo_note,
    pseudo_outlets,
    why_no_group,
)
from ..corpus.read import DUPLICATE_RULE
from ..corpus.segment import segment
from .setup import corpus_name, load_from_params

__all__ = ["DASK_MAX_ARTICLES", "Prepared", "prepare_corpus"]

DASK_MAX_ARTICLES = 20_000
"""With ``engine="dask"``, the sample a notebook without ``max_articles`` reads (pandas reads every article)."""


@dataclass
class Prepared:
    """What :func:`prepare_corpus` returns.

    Attributes
    ----------
    every : DataFrame or None
        Every loaded article, duplicates included (text reuse needs them),
        with a ``group`` column; None unless asked for with ``keep_every``
        (the table is then released as soon as the duplicates are left out).
        Metadata only with ``engine="dask"``.
    articles : DataFrame
        The articles analysed: duplicate bodies left out, focus filter applied.
        Metadata only with ``engine="dask"``.
    order : list of str
        Display order of the groups present in ``articles``.
    targets : list of str
        ``order`` without the pooled "(other)" group and the articles without a group, "(unknown)"
        (:data:`helpers.corpus.groups.NOT_GROUPS`): the groups compared.
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
    # the duplicates of a pseudo-outlet's articles are in its pool too (dogfood 12bn-d)
    values = pool_pseudo(group_values(every[column]), pseudo_outlets(every, column))
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
    every_attrs = dict(every.attrs)
    dup = (every["duplicate_of"] != "").to_numpy()
    articles = every[~dup].reset_index(drop=True)
    n_dup = int(dup.sum())
    rule = (f" ({DUPLICATE_RULE}, as an earlier article; or a near-copy of an earlier article of the same outlet, "
            "round nd1)" if n_dup else "")  # what counted as a duplicate (issue 12bd-e)
    notes = [f"corpus: {corpus_name(P['corpus'])}: {len(dup):,} articles, {count(n_dup, 'duplicate body', 'duplicate bodies')} "
             f"left out{rule}"]
    if focus is not None and focus[1]:
        from ..framing.actor_roles import actor_mention_counts

        actors, ids, min_mentions = focus
        n = (_cluster_mentions(articles, actors, ids) if is_meta(articles)
             else actor_mention_counts(articles["text"].tolist(), actors, ids))
        before = len(articles)
        articles = articles[n >= min_mentions].reset_index(drop=True)
        notes.append(f"focus: {len(articles):,} of {before:,} articles name {', '.join(ids)} at least "
                     f"{min_mentions} times; only they are analysed")
        if articles.empty:
            raise ValueError("no article left to analyse: lower min_focus_mentions or choose other focus_actors "
                             "(actor ids of the study's actors.yaml)")
    cap = P.get("max_articles", DASK_MAX_ARTICLES if is_meta(articles) else None)
    # the groups and the sample as python -m helpers.validation draws its coding sheets from (round bq)
    articles["group"], order, sampled = article_sample(articles, G, P["top_n"], cap, P["seed"])
    if keep_every:
        every["group"] = _label_every(every, G, order)
    else:
        every = None
    sample = articles[sampled].reset_index(drop=True)
    if is_meta(articles):  # the text of the sample only, from the store
        sample = _fetch_sample(sample)
    if len(sample) < len(articles):
        why = (f"max_articles={cap:,}" if "max_articles" in P
               else f"engine dask reads at most {cap:,} articles' text here")
        notes.append(f"read: a stratified random sample of {len(sample):,} of {len(articles):,} articles "
                     f"({why}, as equal per {G} group as sizes allow; seed {P['seed']})")
    order = [g for g in order if g in set(sample["group"])]
    units = segment(sample, unit, columns=list(dict.fromkeys(["outlet", "group"]))) if unit else None
    targets = [g for g in order if g not in NOT_GROUPS]
    if UNKNOWN in set(articles["group"]):
        notes.append(_unknown_note(articles, G, every_attrs))
    # dogfood 12bn-d: AllSides' debate digest was the lowest "outlet"; 12br-d: part of the center rating, unsaid
    pseudo = pseudo_note(articles, G) if PSEUDO in set(articles["group"]) else pseudo_in_groups_note(articles, G)
    if pseudo:
        notes.append(pseudo)
    names = name_list_note(articles, G)  # dogfood 12bn-d: "Ann Lee, Bo Park" is one group, Ann Lee's articles split
    if names:
        notes.append(names)
    return Prepared(every, articles, order, targets, sampled, sample, units, notes)


def _unknown_note(articles: pd.DataFrame, G: str, attrs: dict) -> str:
    """Say how many analysed articles have no group, how many of them are files without a metadata row (and which
    metadata file), how many carry a value that says it is unknown (and which values), and that they are counted but
    never compared as a group (dogfood 12bf-d, 12bg-d)."""
    none = (articles["group"] == UNKNOWN).to_numpy()
    k = int(none.sum())
    unlisted = set(attrs.get("unlisted", {}).get("doc_ids", []))
    n_files = int(articles.loc[none, "doc_id"].astype(str).isin(unlisted).sum())
    given = articles.loc[none, G].astype(str).map(lambda s: " ".join(s.split()))
    said = given[given != ""]  # "unknown", "(unknown)", "n/a" written in the metadata (dogfood 12bg-d)
    listed_none = none & ~articles["doc_id"].astype(str).isin(unlisted).to_numpy()  # files without a row: said below
    n_pages = _pages_without_site(articles[listed_none], G)
    parts = []
    if n_pages:  # dogfood 12bo-d: a folder of saved pages without metadata.csv read "no metadata row, or an empty cell"
        parts.append(f"{count(n_pages, 'saved web page')} that {noun(n_pages, 'names', 'name')} no site in its markup, "
                     f"title or address: give {noun(n_pages, 'it', 'them')} an outlet in a metadata.csv (doc_id,outlet)")
    if "unlisted" not in attrs:  # a table read without this record (the dask engine's metadata table)
        if k > n_pages:
            parts.append("no metadata row, or an empty cell")
    elif n_files:
        parts.append(f"{count(n_files, 'file')} without a row in {attrs['unlisted']['metadata']}")
    k_empty = k - n_files - len(said) - n_pages if "unlisted" in attrs else 0
    if k_empty > 0:
        # counted whenever another reason stands beside it (review r12bg: "an empty cell, 2 articles with a value...")
        parts.append(f"{count(k_empty, 'article')} with an empty cell" if parts or len(said) else "an empty cell")
    if len(said):
        shown = ", ".join(repr(v) for v in sorted(set(said))[:5])
        parts.append(f"{count(len(said), 'article')} with a value that says it is unknown ({shown}; give them a name "
                     "in the metadata if they are one group)")
    why = ", ".join(parts)
    if G == PERIOD_COLUMN and attrs.get("periods"):  # made from the dates by -p periods (dogfood 12br-d)
        why = why_no_group(G, from_dates=True).rsplit(";", 1)[0]
    return (f"no {G}: {k:,} of {count(len(articles), 'article')} {noun(k, 'has', 'have')} no value of {G!r} ({why}); "
            f"shown as {UNKNOWN}, {noun(k, 'it counts', 'they count')} in every total and corpus-wide result but "
            f"{noun(k, 'is', 'are')} left out of every comparison between groups (tests of difference, distinctive "
            "words, the key findings)")


def _pages_without_site(none: pd.DataFrame, G: str) -> int:
    """How many of the articles without a group are saved web pages whose outlet the page itself did not give
    (``outlet_source`` empty), when the groups are outlets and no metadata names one."""
    if G not in ("outlet", "outlet_raw") or "file" not in none.columns or none.empty:
        return 0
    page = none["file"].astype(str).str.lower().str.contains(r"\.html?(?:\.gz)?$", regex=True)
    src = none["outlet_source"].fillna("").astype(str) if "outlet_source" in none.columns else pd.Series("", index=none.index)
    return int((page & (src == "") & (none[G].fillna("").astype(str).str.strip() == "")).sum())


def _fetch_sample(sample: pd.DataFrame) -> pd.DataFrame:
    """The sample's rows with their text, read from the store; ``group`` kept."""
    from ..corpus.dask_meta import fetch_rows
    from ..corpus.dask_units import cluster_client

    rows = fetch_rows(sample, sample["doc_id"], cluster_client(sample.attrs))
    rows["group"] = sample["group"].to_numpy()
    rows.attrs.update({k: v for k, v in sample.attrs.items() if k in ("engine", "scheduler")})
    return rows


def _mention_part(part: pd.DataFrame, actors: dict, ids: list) -> pd.Series:
    from ..framing.actor_roles import actor_mention_counts

    return pd.Series(actor_mention_counts(part["text"].tolist(), actors, ids), index=part["doc_id"].to_numpy())


def _cluster_mentions(articles: pd.DataFrame, actors: dict, ids: list) -> np.ndarray:
    """:func:`helpers.framing.actor_roles.actor_mention_counts` of every article, per partition on the cluster."""
    from ..corpus.dask_meta import map_store
    from ..corpus.dask_units import cluster_client

    parts = map_store(articles, _mention_part, cluster_client(articles.attrs), doc_ids=articles["doc_id"],
                      args=(actors, list(ids)), columns=["text"])
    counts = pd.concat(parts) if parts else pd.Series(dtype="int64")
    return counts.reindex(articles["doc_id"].to_numpy(), fill_value=0).to_numpy().astype(np.int64)
