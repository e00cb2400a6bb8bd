"""Whether the groups differ in their mix of stories: other metadata columns spread unevenly across the groups.

A difference between groups (a topic's share, a frame's share) may come from their different mix of articles rather
than from how they cover the same story: on AllSides gun control and environment articles grouped by bias rating,
71 % of the right's articles were about guns and 46 % of the center's, and the groups' differences in topic and
frame shares were mostly that mix (dogfood 12be-m). Notebook 00 checks every categorical metadata column
(:func:`mix_columns`) against the group column (:func:`group_mix`) and says which are uneven (:func:`mix_sentences`);
the report's index repeats it near the key findings.
"""
from __future__ import annotations

import os
import re

import pandas as pd

from ..core.wording import CLI_ENV, count, listing
from ..corpus.groups import (
    NOT_GROUPS,
    OTHER,
    PSEUDO_COLUMNS,
    below_headline,
    group_labels,
    pseudo_outlets,
)
from ..corpus.read import corpus_columns
from ..corpus.sources import CORE_COLUMNS, STRUCTURE_COLUMNS, how_group_by, option_style
from ..stats.association import association
from .group_alias import group_column

__all__ = ["DOMINANT_SHARE", "MAX_LEVELS", "MIN_PER_LEVEL", "MIX_COLUMNS", "OUTLET_COLUMNS", "POOLED_LEVELS", "UNEVEN_GAP",
           "UNEVEN_P", "UNEVEN_V", "ATTRIBUTE_SHARE", "compared_groups", "group_attribute_columns", "group_mix", "mix_columns", "mix_sentences", "outlet_concentration",
           "outlet_sentences", "period_mix", "short_mix_note", "uneven_columns"]

MAX_LEVELS = 30
"""Most values of a checked column: a column with more is checked only when its values repeat (at least
:data:`MIN_PER_LEVEL` articles per value on average: a topic column of a large corpus; not an id, a name or a free
text), and its values beyond the :data:`POOLED_LEVELS` most common are then pooled as
:data:`helpers.corpus.groups.OTHER`."""
POOLED_LEVELS = 10
"""Values kept in the test of a column with more than :data:`MAX_LEVELS` values: the 9 most common and "(other)".
Few, because Cramér's V of a sparse table is high by chance (with 30 values and 2,000 articles in 3 groups about
0.14 for a random mix, against :data:`UNEVEN_V` 0.15; with 10 values about 0.07)."""
MIN_PER_LEVEL = 3
"""Articles per distinct value (on average) from which a column with more than :data:`MAX_LEVELS` values is a
category of stories (AllSides: 68 topics in a 300-article sample) rather than an id or a name."""
ATTRIBUTE_SHARE = 0.9
"""A column one value of which holds at least this share of every group describes the groups
(:func:`group_attribute_columns`), not their story mix."""

UNEVEN_V = 0.15
"""Cramér's V from which a column is called unevenly spread. For two groups and two values V is about the difference
between the groups' shares of one value (0.15: 57.5 % against 42.5 %). The case that asked for the check (AllSides gun
control and environment articles by bias rating: 71 %, 53 % and 46 % on guns, 1,449 articles) has V = 0.21, and
600-article samples of it have V from 0.16 to 0.26 (5th to 95th percentile of 200 samples): a threshold of 0.2 would
miss it in about a quarter of them, Cohen's "medium" association (0.3) in all. A gap of 15 points in a topic's share
moves every topic-linked share of the groups (frames, remedies) by up to as much, which is the size of the
differences the key findings report."""
UNEVEN_GAP = 0.10
"""A gap between two groups' shares of one value (groups of at least 5 articles) from which a column is called
unevenly spread whatever its V: with three groups and two values, V is 0.12 for 42 % against 28 % of technology
stories, a gap that moved a topic's share by 12 points between the groups while within each story type there was
no difference (review s78-A)."""
UNEVEN_P = 0.01
"""The p-value below which an uneven spread is reported: with many articles a V of 0.15 is always significant, with a
handful (one article per group) it never is, since any V is then what a random mix would give."""
MIX_COLUMNS = ("column", "group_by", "group", "n", "top_value", "top_share", "contrast_value", "contrast_share",
               "cramers_v", "p_value", "test", "n_total", "levels", "uneven")
"""The columns of :func:`group_mix` (``00_group_mix.csv``; docs/DATA_DICTIONARY.md)."""
_SKIP_NAME = re.compile(r"(^|_)(id|ids|uid|uuid|url|urls|uri|link|links|href|path|file|files|filename|date|dates|"
                        r"time|datetime|timestamp|published|updated|modified|year|month|day|author|authors|byline|"
                        r"domain|site|outlet|source|publisher|media)($|_)", re.I)
"""Column names that hold an id, an address, a date, an author or the outlet (the groups are made of outlets), not a
category of stories; a name part separated by ``_`` counts (``source_url``, ``date_basis``, ``article_id``). A
column of text (a title, a summary, a note) is left out by its values, not its name (one value per article, or a
median length above 60 characters): by name, AllSides' rating ``bias_text`` ("left", "right") was read as a text
and the mix check never ran (review s80-D)."""
_LOADER_COLUMNS = frozenset(CORE_COLUMNS) | frozenset(STRUCTURE_COLUMNS)
"""Columns the corpus reader makes (text, headline, removed lines ...): never a category of stories."""
_DATE_VALUE = re.compile(r"^\s*(\d{4}-\d{1,2}(-\d{1,2})?|\d{1,2}/\d{1,2}/\d{2,4}|\d{4})([ T].*)?$")
_MIN_EXTREME_N = 5
"""Groups with fewer articles (with a value) are left out of the highest and lowest share in :func:`mix_sentences`."""


def _non_empty(values: pd.Series) -> pd.Series:
    """The values as stripped strings, without missing or empty ones."""
    v = values.dropna()
    v = v[v.map(lambda x: isinstance(x, str))]
    v = v.str.strip()
    return v[v != ""]


def _is_group_source(corpus: pd.DataFrame, col, group_by: str) -> bool:
    """Whether ``col`` is the column the groups were read from under another name (``kind`` of ``kind_group``)."""
    return (col != group_by and group_column(str(col)) == group_by
            and corpus[col].astype("string").fillna("").equals(corpus[group_by].astype("string").fillna("")))


def compared_groups(corpus: pd.DataFrame, group_by: str, top_n: int | None = None) -> pd.Series:
    """The group of each article as notebooks 01-04 compare them: pseudo-outlets and, with ``top_n``, rare groups pooled.

    Notebook 00's mix and outlet checks read the raw ``group_by`` column, so that AllSides' "The Flip Side" was still
    a group there after notebooks 01-04 pooled it as :data:`helpers.corpus.groups.PSEUDO`, and so were 48 outlets
    those notebooks pool as "(other)" (dogfood 12bn-d2).

    Parameters
    ----------
    corpus : DataFrame
        A corpus table with the ``group_by`` column (and ``outlet_kind``, ``n_words`` when it has them).
    group_by : str
        The group column.
    top_n : int, optional
        Groups kept by name, the rest pooled as :data:`helpers.corpus.groups.OTHER`
        (:func:`helpers.corpus.groups.group_labels`, ties broken by ``n_words``); default: every group kept.

    Returns
    -------
    Series of str
        Same index as ``corpus``: group names, or :data:`helpers.corpus.groups.NOT_GROUPS` pools (never compared).
    """
    n = top_n if top_n is not None else max(1, int(corpus[group_by].nunique()))  # no top_n: every group kept
    weights = corpus["n_words"] if "n_words" in corpus.columns else None
    return group_labels(corpus[group_by], n, weights=weights, pseudo=pseudo_outlets(corpus, group_by))[0]


def mix_columns(corpus: pd.DataFrame, group_by: str, max_levels: int = MAX_LEVELS) -> list[str]:
    """The metadata columns worth checking for an uneven mix across the groups.

    A column is kept when it is metadata (not made by the loader: :func:`helpers.corpus.read.corpus_columns`), not
    ``group_by`` itself nor the column it was copied from (``kind`` for ``kind_group``:
    :mod:`helpers.notebook.group_alias`; review 12bh-w: it was checked against its own copy, V 1), not named as an id, address, date, author or outlet (:data:`_SKIP_NAME`;
    the groups are made of outlets, so an outlet column is their make-up, not their mix), holds text (not numbers
    or lists), and its non-empty values are at least 2 distinct categories, at most ``max_levels`` unless they
    repeat (:data:`MIN_PER_LEVEL` articles per value on average; :func:`group_mix` then pools the rarest): not one
    value per article (an id), not mostly dates, not free text (a median length above 60 characters).

    Parameters
    ----------
    corpus : DataFrame
        A corpus table (:func:`helpers.load_corpus`) or any table with the group column.
    group_by : str
        The group column.
    max_levels : int, default :data:`MAX_LEVELS`
        Most distinct values of a checked column whose values do not repeat :data:`MIN_PER_LEVEL` times on average.

    Returns
    -------
    list of str
        Column names, in table order.

    Raises
    ------
    KeyError
        When ``group_by`` is not a column.
    ValueError
        When ``max_levels`` is below 2.
    """
    if group_by not in corpus.columns:
        raise KeyError(f"group_by {group_by!r} is not a column of the corpus; its columns: {list(corpus.columns)}")
    if max_levels < 2:
        raise ValueError(f"max_levels must be at least 2, got {max_levels}")
    out = []
    for col in corpus_columns(corpus):
        if (col == group_by or col in _LOADER_COLUMNS or _SKIP_NAME.search(str(col))
                or _is_group_source(corpus, col, group_by)):
            continue
        raw = corpus[col].dropna()
        if raw.empty or not raw.map(lambda x: isinstance(x, str)).all():
            continue  # numbers, lists, mixed types
        v = _non_empty(raw)
        levels = v.nunique()
        if levels < 2 or (levels == len(v) and len(v) > 2) or (levels > max_levels
                                                               and len(v) < MIN_PER_LEVEL * levels):
            continue  # one value, one per article, or many values that rarely repeat (names, ids)
        if v.str.match(_DATE_VALUE).mean() > 0.5 or v.str.len().median() > 60:
            continue
        out.append(col)
    return out


def group_mix(corpus: pd.DataFrame, group_by: str, columns: list[str] | None = None, n_perm: int = 999,
              seed: int = 0, max_levels: int = MAX_LEVELS, top_n: int | None = None) -> pd.DataFrame:
    """How unevenly each metadata column is spread across the groups, one row per column and group.

    Articles with an empty value of a column are left out of that column's test (``n`` counts those with a value),
    and so are the articles of the pools that are never compared as a group (:data:`helpers.corpus.groups.NOT_GROUPS`:
    no group, pseudo-outlets when the groups are outlets, and with ``top_n`` the groups beyond it;
    :func:`compared_groups`). A column with more than ``max_levels`` values keeps its
    ``POOLED_LEVELS - 1`` most common ones and pools the rest as :data:`helpers.corpus.groups.OTHER`.

    Parameters
    ----------
    corpus : DataFrame
        A corpus table with the ``group_by`` column.
    group_by : str
        The group column.
    columns : list of str, optional
        The columns to check; default :func:`mix_columns`.
    n_perm : int, default 999
        Permutations for a table with small expected counts (:func:`helpers.stats.association.association`).
    seed : int, default 0
        Seed of the permutations.
    max_levels : int, default :data:`MAX_LEVELS`
        Most values of a column tested as they are; a column with more is pooled to :data:`POOLED_LEVELS`.
    top_n : int, optional
        Groups compared (the ``top_n`` parameter of the notebooks); the rest are pooled and left out. Default: all.

    Returns
    -------
    DataFrame
        :data:`MIX_COLUMNS`: ``column``, ``group_by``, ``group``, ``n`` (its articles with a value), ``top_value``
        and ``top_share`` (the group's most common value and its share), ``contrast_value`` (the value whose share
        differs most between groups of at least 5 articles, the same on every row of a column) and
        ``contrast_share`` (the group's share of it), ``cramers_v``, ``p_value`` and ``test`` (the column's, NaN
        and ``""`` with one group), ``n_total`` (articles with a value), ``levels`` (distinct values in the test, after pooling) and ``uneven``
        (V >= :data:`UNEVEN_V` or a gap of :data:`UNEVEN_GAP` in the contrast value's share, and p < :data:`UNEVEN_P`).
        Empty (with these columns) when no column qualifies.

    Raises
    ------
    KeyError
        When ``group_by`` or a given column is not in the table.
    """
    if group_by not in corpus.columns:
        raise KeyError(f"group_by {group_by!r} is not a column of the corpus; its columns: {list(corpus.columns)}")
    cols = mix_columns(corpus, group_by) if columns is None else list(columns)
    missing = [c for c in cols if c not in corpus.columns]
    if missing:
        raise KeyError(f"not columns of the corpus: {missing}")
    groups = compared_groups(corpus, group_by, top_n)  # the groups notebooks 01-04 compare (dogfood 12bn-d2)
    rows = []
    for col in cols:
        v = _non_empty(corpus[col].astype(object).where(corpus[col].notna(), None))
        if v.empty:
            continue
        if v.nunique() > max_levels:  # a topic column of a large corpus: the rarest values pooled
            counts = v.value_counts()
            v = v.where(v.isin(sorted(counts.index, key=lambda x: (-counts[x], str(x)))[: POOLED_LEVELS - 1]), OTHER)
        g = groups.loc[v.index]
        keep = ~g.isin(NOT_GROUPS)  # the pools are no group to compare (dogfood 12bf-d, 12bn-d2)
        v, g = v[keep], g[keep]
        if v.empty:
            continue
        test = association(g, v, n_perm=n_perm, seed=seed)
        shares = pd.crosstab(g, v, normalize="index")
        sizes = g.value_counts()
        big = shares.loc[sizes[sizes >= _MIN_EXTREME_N].index] if (sizes >= _MIN_EXTREME_N).sum() >= 2 else shares
        ranked = sorted(big.columns, key=lambda x: (-round(big[x].max() - big[x].min(), 12), -big[x].max(), str(x)))
        contrast = str(ranked[0]) if ranked else ""  # ties (two values): the one with the highest share
        gap = float(big[ranked[0]].max() - big[ranked[0]].min()) if ranked else 0.0
        uneven = bool((test["v"] >= UNEVEN_V or gap >= UNEVEN_GAP) and test["p"] < UNEVEN_P)
        for grp in sorted(shares.index, key=lambda x: (-int(sizes[x]), str(x))):
            row = shares.loc[grp]
            top = sorted(row.items(), key=lambda kv: (-kv[1], str(kv[0])))[0]
            rows.append({"column": col, "group_by": group_by, "group": grp, "n": int(sizes[grp]),
                         "top_value": str(top[0]), "top_share": float(top[1]), "contrast_value": contrast,
                         "contrast_share": float(row.get(contrast, 0.0)), "cramers_v": test["v"],
                         "p_value": test["p"], "test": test["test"], "n_total": test["n"],
                         "levels": test["levels"], "uneven": uneven})
    return pd.DataFrame(rows, columns=list(MIX_COLUMNS))


def period_mix(articles: pd.DataFrame, periods: pd.Series, period_col: str, group_by: str, seed: int = 0) -> pd.DataFrame:
    """:func:`group_mix` across notebook 01's periods: do the periods differ in their mix of stories?

    Review s78-D: "school topic 78% in 2012, 23% in 2019" was the share of technology stories the corpus held each year
    (0% of 2012's articles, 52% of 2019's); the mix was checked across the groups only.

    Parameters
    ----------
    articles : DataFrame
        The articles analysed (``doc_id`` and their metadata columns; the ``group`` column, when present, is checked
        too, under the name ``group_by``).
    periods : Series
        Period label of each dated article, indexed by ``doc_id``.
    period_col : str
        The name the period column takes in the table.
    group_by : str
        The name of the groups (``group_by``).
    seed : int, default 0
        Seed of the permutations.

    Returns
    -------
    DataFrame
        As :func:`group_mix`, the periods as the groups; empty when no column qualifies.
    """
    meta = articles[articles["doc_id"].isin(periods.index)].copy()
    if "group" in meta.columns and group_by not in meta.columns:
        meta = meta.rename(columns={"group": group_by})
    meta[period_col] = meta["doc_id"].map(periods).astype(str)
    # columns cut from the date (the given periods' column "period") match the periods by construction (review s78-E)
    cols = [c for c in mix_columns(meta, period_col) if c != "group" and c != "period"]
    return group_mix(meta, period_col, cols, seed=seed)


def short_mix_note(table: pd.DataFrame, what: str) -> str:
    """The strongest uneven column of a :func:`group_mix` table in one clause, for a finding it may explain.

    Parameters
    ----------
    table : DataFrame
        From :func:`group_mix` or :func:`period_mix` (or their CSV).
    what : str
        What the groups are, in words ("the periods", "the lean groups").

    Returns
    -------
    str
        "the periods differ in their mix of subject (education 100% of 2012's articles, 48% of 2019's)", or "" when
        no column is uneven (or the table is no group-mix table).
    """
    try:
        cols = uneven_columns(table)
    except ValueError:
        return ""
    cols = [c for c in cols if c not in set(group_attribute_columns(table))]
    if not cols:
        return ""
    col = cols[0]
    part = table[table["column"].astype(str) == col].assign(
        s_=lambda x: pd.to_numeric(x["contrast_share"], errors="coerce"), n_=lambda x: pd.to_numeric(x["n"]))
    big = part[part["n_"] >= _MIN_EXTREME_N]  # not a year of one article at either end (review s78-E)
    part = big if len(big) >= 2 else part
    large = part[~below_headline(part["n_"], part["group"].nunique()).to_numpy()]  # review s79-E: 30 outlets' examples
    part = large if len(large) >= 2 else part                                      # were all under 20 articles
    hi, lo = part.sort_values(["s_", "group"], ascending=[False, True]).iloc[[0, -1]].itertuples()
    return (f"{what} differ in their mix of {col} ({hi.contrast_value} {100 * hi.s_:.0f}% of {hi.group}'s articles, "
            f"n = {int(hi.n_):,}; {100 * lo.s_:.0f}% of {lo.group}'s, n = {int(lo.n_):,})")


def uneven_columns(table: pd.DataFrame) -> list[str]:
    """The columns of a :func:`group_mix` table (or its CSV) spread unevenly: its ``uneven`` flag (V >= :data:`UNEVEN_V` or
    a share's gap >= :data:`UNEVEN_GAP`; V alone for a table without the flag) and p < :data:`UNEVEN_P`.

    Parameters
    ----------
    table : DataFrame
        From :func:`group_mix` or read from ``00_group_mix.csv``.

    Returns
    -------
    list of str
        Column names, strongest V first.

    Raises
    ------
    ValueError
        When the table lacks ``column``, ``cramers_v`` or ``p_value``.
    """
    need = {"column", "cramers_v", "p_value"}
    if not need <= set(table.columns):
        raise ValueError(f"not a group-mix table: it lacks {sorted(need - set(table.columns))}")
    if table.empty:
        return []
    per = table.drop_duplicates("column").assign(
        _v=lambda t: pd.to_numeric(t.cramers_v, errors="coerce"), _p=lambda t: pd.to_numeric(t.p_value, errors="coerce"))
    if "uneven" in per.columns:  # as group_mix decided it (V or the gap of a share, review s78-A)
        flag = per["uneven"].astype(str).str.lower().isin(["true", "1"])
    else:
        flag = per._v >= UNEVEN_V
    per = per[flag & (per._p < UNEVEN_P)].sort_values(["_v", "column"], ascending=[False, True])
    return [str(c) for c in per.column]


def group_attribute_columns(table: pd.DataFrame) -> list[str]:
    """The uneven columns of a :func:`group_mix` table that take one value in each group: they describe the groups.

    A column such as an outlet's bias rating has one value per outlet, so grouped by outlet its Cramér's V is 1 by
    construction: it is a property of each group (or each group covers one value only), not a mix of stories that
    differs between groups (dogfood 12bm-d: an outlet's rating was called the groups' "mix"). A column counts when
    in every group of two or more articles with a value one value holds at least :data:`ATTRIBUTE_SHARE` of them
    (review s79-B: one opinion piece rated right merged into a news desk rated center, 12 of 13, made the outlets'
    rating a "mix") and there are at least two such groups; groups of one article have one value whatever the column
    is, so they decide nothing.

    Parameters
    ----------
    table : DataFrame
        A table of :func:`group_mix`, or ``00_group_mix.csv`` read back (it needs ``n`` and ``top_share`` too).

    Returns
    -------
    list of str
        The uneven columns (:func:`uneven_columns`) that describe the groups, strongest V first.

    Raises
    ------
    ValueError
        As :func:`uneven_columns`, for a table that is no group-mix table.
    """
    out = []
    for col in uneven_columns(table):
        part = table[table.column.astype(str) == col]
        n = pd.to_numeric(part["n"], errors="coerce")
        share = pd.to_numeric(part["top_share"], errors="coerce")
        several = n >= 2
        if int(several.sum()) >= 2 and bool((share[several] >= ATTRIBUTE_SHARE - 1e-9).all()):
            out.append(col)
    return out


def _how_group_by(column: str) -> str:
    """How to compare by ``column``: the runner's option on the command line, the parameter in a notebook (the
    corpus reader's wording, :func:`helpers.corpus.sources.how_group_by`)."""
    with option_style("cli" if os.environ.get(CLI_ENV) else "notebook"):
        return how_group_by(column)


def _attribute_sentence(part: pd.DataFrame, col: str, name: str) -> str:
    """The sentence for a column that takes one value in each group (:func:`group_attribute_columns`)."""
    first = part.iloc[0]
    groups = part.assign(n_=pd.to_numeric(part["n"], errors="coerce"))
    per_value = groups.groupby("top_value", sort=False).agg(k=("group", "size"), n=("n_", "sum"))
    per_value = per_value.sort_values(["n", "k"], ascending=False)
    values = [f"{v} in {count(int(r.k), 'group')} ({count(int(r.n), 'article')})" for v, r in per_value.iterrows()]
    shares = pd.to_numeric(groups.loc[groups["n_"] >= 2, "top_share"], errors="coerce")
    most = "" if shares.empty or bool((shares >= 1 - 1e-9).all()) else f" ({_pct(ATTRIBUTE_SHARE)} or more of its articles)"
    return (f"{col} has one value in each {name} group of two or more articles{most} (Cramér's V {float(first['cramers_v']):.2f}, "
            f"{count(int(first['n_total']), 'article')}: {listing(values, limit=len(values))}): it describes the groups "
            f"(as a rating or a kind of each {name} does), or each group covers one {col} only. A difference between "
            f"{name} groups is then also a difference between their {col} values; to compare by {col}, "
            f"{_how_group_by(col)}.")


def _pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def _p_text(p: float, test: str) -> str:
    return f"{test} p < 0.001" if p < 0.001 else f"{test} p = {p:.3f}"


def mix_sentences(table: pd.DataFrame, group_by: str | None = None) -> list[str]:
    """One sentence per unevenly spread column of a :func:`group_mix` table: its V, p, n and the groups' shares.

    Parameters
    ----------
    table : DataFrame
        From :func:`group_mix` or read from ``00_group_mix.csv``.
    group_by : str, optional
        The name of the groups; default the table's ``group_by`` column.

    Returns
    -------
    list of str
        E.g. "topic is spread unevenly across the bias_text groups (Cramér's V 0.21, chi-square p < 0.001, 1,449
        articles): gun_control is 71% of right's articles (n = 480), 53% of left's (n = 465) and 46% of center's
        (n = 382). A difference between bias_text groups may come from their different mix of topic; compare within
        one value, e.g. run the report on a corpus filtered to one topic." A column with one value in each group
        (:func:`group_attribute_columns`) gets a sentence that says so instead, with the number of groups and
        articles of each value and how to compare by it. Empty when no column is uneven.
    """
    out = []
    attributes = set(group_attribute_columns(table))
    for col in uneven_columns(table):
        part = table[table.column.astype(str) == col]
        first = part.iloc[0]
        name = group_by or (str(first["group_by"]) if "group_by" in part.columns else "group")
        if col in attributes:  # one value per group: not a mix of stories (dogfood 12bm-d)
            out.append(_attribute_sentence(part, col, name))
            continue
        v, p = float(first["cramers_v"]), float(first["p_value"])
        contrast = str(first["contrast_value"])
        order = part.assign(s_=pd.to_numeric(part.contrast_share, errors="coerce")).sort_values(
            ["s_", "group"], ascending=[False, True])
        shown = order if len(order) <= 6 else pd.concat([order.head(3), order.tail(3)])
        shares = [f"{_pct(r.s_)} of {r.group}'s{' articles' if i == 0 else ''} (n = {int(r.n):,})"
                  for i, r in enumerate(shown.itertuples())]
        more = f" (the {count(len(order) - 6, 'other group')} in between)" if len(order) > 6 else ""
        out.append(f"{col} is spread unevenly across the {name} groups (Cramér's V {v:.2f}, {_p_text(p, str(first['test']))}, "
                   f"{count(int(first['n_total']), 'article')}): {contrast} is {listing(shares, limit=len(shares))}{more}. "
                   f"A difference between {name} groups may come from their different mix of {col}; compare within one "
                   f"value, e.g. run the report on a corpus filtered to one {col}.")
    return out


DOMINANT_SHARE = 0.4
"""Share of a group's articles from its largest outlet from which :func:`outlet_concentration` names it, when the
groups are not the outlets (a bias rating, a desk): a difference between such a group and the others may then be
that outlet's house style (spelling, templates, whom it quotes) rather than the group's (dogfood 12bm-d: grouped by
AllSides rating, half of a UK-politics corpus's "center" articles came from one British outlet)."""
_MIN_CONCENTRATION_N = 5
"""Articles (with an outlet) a group needs before its largest outlet is named: in a smaller group one outlet's
share is mostly chance, and the size caveat already speaks of single articles."""
OUTLET_COLUMNS = ("group", "n", "n_outlets", "top_outlet", "top_n", "top_share", "top_is_pseudo")
"""The columns of :func:`outlet_concentration` (``00_group_outlets.csv``); the first is named after ``group_by``."""


def outlet_concentration(corpus: pd.DataFrame, group_by: str, min_share: float = DOMINANT_SHARE,
                         top_n: int | None = None) -> pd.DataFrame:
    """The groups that are mostly one outlet, when the groups are not the outlets.

    Parameters
    ----------
    corpus : DataFrame
        A corpus table with the ``group_by`` column and ``outlet``.
    group_by : str
        The group column.
    min_share : float, default :data:`DOMINANT_SHARE`
        Share of the group's articles (with an outlet) from its largest outlet from which a group is listed.
    top_n : int, optional
        Groups compared (the ``top_n`` parameter of the notebooks): the groups beyond it are pooled and never listed.
        Default: every group.

    Returns
    -------
    DataFrame
        One row per such group of at least 5 articles with an outlet, largest share first: the group (column named
        ``group_by``), ``n`` (its articles with an outlet), ``n_outlets`` (distinct outlets), ``top_outlet``,
        ``top_n`` (its articles), ``top_share`` and ``top_is_pseudo`` (whether that outlet is a pseudo-outlet that the
        corpus reader marked in ``outlet_kind``, such as AllSides' "The Flip Side": a pool of pieces under one name,
        not one newsroom). Empty (with these columns) when ``group_by`` is ``outlet`` or
        ``outlet_raw`` (the outlets as given: the groups are outlets), the
        corpus has no outlet, or no group is so concentrated; the pools (:data:`helpers.corpus.groups.NOT_GROUPS`:
        articles without a group, the groups beyond ``top_n``;
        :func:`compared_groups`) are never listed.

    Raises
    ------
    KeyError
        When ``group_by`` is not a column.
    ValueError
        When ``min_share`` is not in (0, 1].
    """
    if group_by not in corpus.columns:
        raise KeyError(f"group_by {group_by!r} is not a column of the corpus; its columns: {list(corpus.columns)}")
    if not 0 < min_share <= 1:
        raise ValueError(f"min_share must be in (0, 1], got {min_share!r}")
    cols = [group_by, *OUTLET_COLUMNS[1:]]
    if group_by in PSEUDO_COLUMNS or "outlet" not in corpus.columns:  # outlet_raw groups are outlets too (12bn-d2)
        return pd.DataFrame(columns=cols)
    groups = compared_groups(corpus, group_by, top_n)  # as notebooks 01-04 group them (dogfood 12bn-d2)
    outlets = corpus["outlet"].fillna("").astype(str).str.strip()
    keep = ~groups.isin(NOT_GROUPS) & (outlets != "")
    pseudo = (set(outlets[corpus["outlet_kind"].astype(str).eq("pseudo")]) if "outlet_kind" in corpus.columns
              else set())
    rows = []
    for grp, part in outlets[keep].groupby(groups[keep], sort=True):
        counts = part.value_counts()
        top = sorted(counts.index, key=lambda o: (-counts[o], o))[0]
        n, k = int(counts.sum()), int(counts[top])
        if n >= _MIN_CONCENTRATION_N and k / n >= min_share:
            rows.append({group_by: grp, "n": n, "n_outlets": int(len(counts)), "top_outlet": top, "top_n": k,
                         "top_share": round(k / n, 4), "top_is_pseudo": top in pseudo})
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["top_share", group_by], ascending=[False, True], kind="stable").reset_index(drop=True)


def outlet_sentences(table: pd.DataFrame, group_by: str | None = None) -> list[str]:
    """One sentence per group of an :func:`outlet_concentration` table (or its CSV).

    Parameters
    ----------
    table : DataFrame
        A table of :func:`outlet_concentration`, or ``00_group_outlets.csv`` read back.
    group_by : str, optional
        What the groups are called in the sentences (the ``group_by`` column); default: the name of the table's
        first column, which is named after it.

    Returns
    -------
    list of str
        E.g. "center: 34 of its 69 articles (49%) come from one outlet, BBC News: a difference between center and
        the other Lean groups may be that outlet's style rather than the group's." When that outlet is a
        pseudo-outlet (``top_is_pseudo``), the sentence says so: its pieces come from many writers under one name,
        so the difference may be that pool's mix rather than the group's. Empty for an empty table.
    """
    if table is None or table.empty:
        return []
    name = group_by or str(table.columns[0])
    out = []
    for r in table.itertuples(index=False):
        grp, n, n_out, top, k = r[0], int(r.n), int(r.n_outlets), r.top_outlet, int(r.top_n)
        pseudo = str(getattr(r, "top_is_pseudo", False)).strip().lower() == "true"  # a bool, or its CSV text
        what = "one pseudo-outlet" if pseudo else "one outlet"
        whole = (f"all {count(n, 'article')} come from {what}, {top}" if n_out == 1
                 else f"{k:,} of its {count(n, 'article')} ({_pct(k / n)}) come from {what}, {top}")
        why = ("that pool's mix (pieces by many writers under one name, not one newsroom)" if pseudo
               else "that outlet's style")
        out.append(f"{grp}: {whole}: a difference between {grp} and the other {name} groups may be {why} rather "
                   "than the group's.")
    return out
