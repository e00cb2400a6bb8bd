"""Topics over time per group: mean topic share per period for each group, with its n of articles.

The figure is one small panel per group (the largest groups first), each a
stacked bar per period: the bar's segments are the mean topic shares of the
group's articles in that period (they add up to 100 %), and the number of
articles of that group and period is printed under the bar. Periods where a
group has fewer than ``helpers.topics.model.MIN_PERIOD_ARTICLES`` articles are drawn
pale: one or two articles are not a trend. The number of articles of every bar
is printed above it.
"""
from __future__ import annotations

import os
import re

import pandas as pd

from ..core.wording import CLI_ENV, count, listing, noun
from ..corpus.groups import NOT_GROUPS, pools_last
from .tables import NO_TOPIC

__all__ = ["MAX_GROUP_PANELS", "PERIOD_COLUMN", "given_periods_note", "group_period_shares", "undated_groups_note"]

PERIOD_COLUMN = "date_period"
"""The column of notebook 01's periods of publication (year, quarter or month of each article's date). Not
``period``: a corpus's own ``period`` column (the phases of a story, an election cycle) keeps its name in every table
and can be ``group_by`` as it is (dogfood 12bi-d: it was called ``period_group`` beside the months' ``period``)."""

MAX_GROUP_PANELS = 9
"""At most this many groups get a panel (the largest); the table has all."""


def group_period_shares(doc: pd.DataFrame, by: str, period: str) -> pd.DataFrame:
    """Mean topic share per group and period.

    Parameters
    ----------
    doc : DataFrame
        One row per article: ``by``, ``period`` (``""`` = undated, left out)
        and topic shares ``T1``... (rows with NaN shares are left out).
    by, period : str
        Column names.

    Returns
    -------
    DataFrame
        One row per group, period and topic, sorted by group (the pools "(other)" and "(unknown)" last), period
        and topic number (:data:`helpers.topics.tables.NO_TOPIC` last, from a ``no_topic`` column, when some article has
        units no topic explains: the shares then add up to 1; issue 12bh-t): ``by``, ``period``, ``topic``,
        ``n_articles``, ``share``
        (mean, in [0, 1], rounded to 4).

    Raises
    ------
    ValueError
        If a column is missing.
    """
    missing = [c for c in (by, period) if c not in doc.columns]
    if missing:
        raise ValueError(f"{noun(len(missing), 'column')} {missing} not in the table; it has {list(doc.columns)}")
    topics = [c for c in doc.columns if re.fullmatch(r"T\d+", str(c))]
    d = doc[(doc[period].astype(str) != "") & doc[topics].notna().all(axis=1)]
    if "no_topic" in d.columns and (d["no_topic"] > 0).any():
        d = d.rename(columns={"no_topic": NO_TOPIC})
        topics = [*topics, NO_TOPIC]
    cols = [by, period, "topic", "n_articles", "share"]
    if d.empty:
        return pd.DataFrame(columns=cols)
    g = d.groupby([by, period], sort=True)
    mean = g[topics].mean().stack().rename("share").reset_index().rename(columns={"level_2": "topic"})
    mean["n_articles"] = mean.set_index([by, period]).index.map(g.size())
    mean["share"] = mean["share"].round(4)
    mean["_t"] = [10**9 if t == NO_TOPIC else int(t[1:]) for t in mean["topic"]]
    mean = mean.sort_values([by, period, "_t"], kind="stable").drop(columns="_t").reset_index(drop=True)
    return pools_last(mean[cols], by)  # "(other)" sorts before letters: the pools last (dogfood 12bm-d)


def undated_groups_note(sizes: pd.Series, dated_groups, name: str = "group") -> str:
    """The groups that have no dated article, so no bar over time: one sentence, or "" when every group has one.

    On a corpus where one outlet gives no dates (AllSides' BBC News pages), that outlet, the largest group, was
    simply missing from notebook 01's panels over time (dogfood 12bm-d).

    Parameters
    ----------
    sizes : Series
        Articles per group (index: group); the pools "(other)" and "(unknown)" are never named.
    dated_groups : iterable
        The groups with at least one dated article (those drawn over time).
    name : str, default "group"
        The name of the groups (``group_by``).

    Returns
    -------
    str
        E.g. "2 outlet groups have no dated article, so they have no bars over time: Harbour Ledger (34 articles)
        and Coast Wire (1 article)."
    """
    dated = {str(g) for g in dated_groups}
    missing = [g for g in sorted(sizes.index, key=lambda g: (-int(sizes[g]), str(g)))
               if str(g) not in dated and str(g) not in NOT_GROUPS]
    if not missing:
        return ""
    items = [f"{g} ({count(int(sizes[g]), 'article')})" for g in missing]
    return (f"{count(len(missing), f'{name} group')} {noun(len(missing), 'has', 'have')} no dated article, so "
            f"{noun(len(missing), 'it has', 'they have')} no bars over time: {listing(items, limit=10)}.")


def given_periods_note(periods, period_name: str) -> str:
    """What notebook 01 does with the periods a user gave (``-p periods``): they are a column, not its time bins.

    Review s78-C: a user who split at 2016-01-01 and 2018-01-01 found calendar years in notebook 01 and in the index's
    "by period" finding, and no word that the split was used only as the column ``period``.

    Parameters
    ----------
    periods : sequence
        The ``periods`` parameter (first days of each new period); empty: none given.
    period_name : str
        Notebook 01's own time bin ("year", "quarter", "month").

    Returns
    -------
    str
        One sentence, or "" when no periods were given.
    """
    if not periods:
        return ""
    days = ", ".join(str(d) for d in periods)
    how = "-p group_by period" if os.environ.get(CLI_ENV) else 'group_by = "period"'
    return (f"The periods you gave (new periods from {days}) are the corpus column 'period', not this notebook's time "
            f"bins: the figures here and the index's 'by period' finding use {period_name}s. To compare every measure "
            f"by your periods, run with {how}.")
