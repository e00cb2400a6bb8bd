"""Display groups and stratified samples, shared by the comparison notebooks.

A notebook compares groups of articles (outlets, or any ``group_by`` column).
:func:`group_labels` turns the column into readable groups (the ``top_n``
largest by name, the rest pooled), and :func:`sample_articles` draws the
stratified sample that sentence-level measures read on large corpora. The
same seed and size give the same sample in every notebook, so a report run
splits those articles into sentences once (see :func:`helpers.corpus.segment`).
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ..core.wording import noun, parameter

__all__ = [
    "DEFAULT_MAX_ARTICLES",
    "DEFAULT_TOP_N",
    "HEADLINE_ARTICLES",
    "MANY_GROUPS",
    "below_headline",
    "NOT_GROUPS",
    "OTHER",
    "PSEUDO",
    "PSEUDO_COLUMNS",
    "UNKNOWN",
    "MISSING_VALUES",
    "article_sample",
    "group_labels",
    "group_values",
    "case_merge_note",
    "merge_case_variants",
    "groups_shown",
    "why_no_group",
    "name_list_note",
    "pool_pseudo",
    "pools_last",
    "pseudo_in_groups_note",
    "pseudo_note",
    "pseudo_outlets",
    "sample_articles",
    "says_missing",
    "top_groups",
]

UNKNOWN = "(unknown)"
OTHER = "(other)"
PSEUDO = "(pseudo-outlets)"
"""The pool of the articles of pseudo-outlets when the groups are outlets: names that a corpus lists as its source but
that are no news outlet, such as AllSides' debate digest "The Flip Side" and its "Guest Writer - Left/Right" pools of
opinion pieces by many authors (``kind: pseudo`` in ``helpers/data/outlet_aliases.yaml``, ``outlet_kind`` of the corpus
reader). Ranked like outlets, they were the lowest "outlet" of three key findings (dogfood 12bm-d, 12bn-d); pooled,
they count in every total but are never compared (docs/CHOICES.md)."""

PSEUDO_COLUMNS = ("outlet", "outlet_raw")
"""The ``group_by`` columns whose pseudo-outlets are pooled as :data:`PSEUDO` (the columns ``outlet_kind`` describes)."""

MANY_GROUPS = 6
"""With more groups than this, a headline (the index's key findings, the story-mix note) sets only groups of
:data:`HEADLINE_ARTICLES` or more articles against each other, when the corpus has two such groups: review s79-B
compared 30 outlets, and every finding set two of the smallest against each other (3 to 17 articles: the extremes of
many groups are mostly the noisiest)."""
HEADLINE_ARTICLES = 20
"""Articles a group needs to be named at either end of a headline when there are more than :data:`MANY_GROUPS`
groups; the smaller groups stay on the notebook pages."""

def below_headline(sizes, n_groups: int):
    """Which rows a headline puts last or leaves out: groups under :data:`HEADLINE_ARTICLES` articles when there are
    more than :data:`MANY_GROUPS` groups (the rule of the index's findings, notebook 01's closing sentence and the
    story-mix note).

    Parameters
    ----------
    sizes : Series
        The articles behind each row (numbers, or text that reads as numbers; unreadable values count as large).
    n_groups : int
        How many groups the table compares.

    Returns
    -------
    Series of bool
        True for a row of a small group when the groups are many; all False otherwise.
    """
    sizes = pd.to_numeric(pd.Series(sizes), errors="coerce")
    return (sizes < HEADLINE_ARTICLES) & (n_groups > MANY_GROUPS)


NOT_GROUPS = (OTHER, PSEUDO, UNKNOWN)
"""Labels that are no group of their own: the pool of the groups beyond ``top_n``, the pool of pseudo-outlets when the
groups are outlets (:data:`PSEUDO`) and the articles without a value of ``group_by`` (files without a metadata row,
empty cells). Their articles count in every total and corpus-wide
result and show as a row of per-group tables, but they are never compared as a group: no test of difference,
reference group, distinctive words or key finding names them (dogfood 12bf-d: files without a metadata row were
ranked like an outlet)."""

MISSING_VALUES = frozenset({"unknown", "n/a", "not known", "not available", "unspecified", "missing", "null", "nan",
                            "?", "-", "--"})
"""Values of a ``group_by`` column that say the value is missing (compared case-insensitively, without surrounding
spaces, brackets or quotes: "Unknown", "(unknown)", "N/A"): read as no value, so their articles join the
:data:`UNKNOWN` pool and are never compared as a group (dogfood 12bg-d: an outlet written "unknown" in the metadata
was ranked as the lowest outlet of a key finding). "None" and "NA" are not among them: they can be a group's name (a
paywall "none", a region "NA"). Each notebook's preamble says how many articles carry such a value (docs/CHOICES.md)."""

_BRACKETS = "()[]{}<>\"'` "


def says_missing(value: str) -> bool:
    """Whether a group value only says that the value is missing (:data:`MISSING_VALUES`).

    Parameters
    ----------
    value : str
        A value of the ``group_by`` column.

    Returns
    -------
    bool
    """
    return str(value).strip(_BRACKETS).casefold() in MISSING_VALUES


def group_values(values: pd.Series) -> pd.Series:
    """The ``group_by`` values as groups: spaces tidied, empty or missing-saying values :data:`UNKNOWN`.

    Runs of spaces become one and surrounding spaces go (" left" is "left"); an empty or missing (NaN, None) value,
    or one that says the value is missing (:func:`says_missing`: "unknown", "(unknown)", "n/a"), becomes
    :data:`UNKNOWN`; a value written
    as one of the pool labels ("(other)", "(unknown)" is missing anyway) loses its brackets ("other"), so that it is
    not taken for the pool of the groups beyond ``top_n`` (dogfood 12bg-d).

    Parameters
    ----------
    values : Series
        The ``group_by`` column of the corpus.

    Returns
    -------
    Series of str
        Same index.
    """
    # a missing value (NaN, None) is an empty one: pandas 3 keeps NaN through astype(str) (review r12bg)
    v = values.astype(object).where(values.notna(), "").astype(str).map(lambda s: " ".join(s.split()))
    v = v.where(~v.map(says_missing) & (v != ""), UNKNOWN)
    return v.where(v != OTHER, OTHER.strip("()"))


def merge_case_variants(values: pd.Series) -> tuple[pd.Series, list[tuple[str, str, int]]]:
    """A ``group_by`` column whose values that differ only in case are written one way: the most common spelling.

    Outlet names are merged so when a corpus is read (:func:`helpers.corpus.read.normalize_outlets`); any other
    column was not, so a metadata file typed by hand ("Left" and "left", "Right " and "right") gave six groups of
    three ratings, each compared with the others (dogfood 12bp-d). Values are compared after tidying spaces; the
    spelling with the most articles wins (a tie: the first in sorted order). Values without another spelling in
    another case keep theirs exactly (:func:`group_values` tidies their spaces later).

    Parameters
    ----------
    values : Series
        The ``group_by`` column of the corpus.

    Returns
    -------
    (Series, list of (str, str, int))
        The column with the merged values (same index; unchanged, the same object, when nothing is merged), and
        one ``(spelling, written as, articles)`` per spelling read as another, sorted.
    """
    if values.dtype != object and not pd.api.types.is_string_dtype(values):
        return values, []
    text = values.where(values.notna(), "").astype(str).map(lambda s: " ".join(s.split()))
    keys = text.str.casefold()
    merges, canon = [], {}
    for key, spellings in text[text != ""].groupby(keys[text != ""], sort=True):
        counts = spellings.value_counts()
        if len(counts) < 2:
            continue
        best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        canon[key] = best
        merges += [(sp, best, int(n)) for sp, n in counts.items() if sp != best]
    if not canon:
        return values, []
    hit = keys.isin(set(canon)) & (text != "")
    out = values.copy()
    out[hit] = keys[hit].map(canon)
    return out, sorted(merges)


def case_merge_note(column: str, merges: list[tuple[str, str, int]], limit: int = 10) -> str:
    """The warning that says which values of a ``group_by`` column :func:`merge_case_variants` merged.

    Parameters
    ----------
    column : str
        The column as the user named it.
    merges : list of (str, str, int)
        From :func:`merge_case_variants`.
    limit : int
        Merges named; the rest are counted.

    Returns
    -------
    str
    """
    from ..core.wording import count

    said = "; ".join(f"{sp!r} ({count(n, 'article')}) as {best!r}" for sp, best, n in merges[:limit])
    more = f" and {len(merges) - limit:,} more" if len(merges) > limit else ""
    return (f"group_by {column!r}: values that differ only in case are one group: {said}{more}. Write each value "
            "one way in the metadata to silence this.")


def why_no_group(group_column: str, from_dates: bool | None = None) -> str:
    """Why an article may have no group, as notebook 00 and the report's index both say it (in parentheses there).

    Parameters
    ----------
    group_column : str
        The column the groups come from (``group_by``).
    from_dates : bool, optional
        Whether the column is the ``period`` that ``-p periods`` makes from the dates
        (:func:`helpers.corpus.dates.period_labels`). None: not known; for a column named ``period`` both reasons are
        given (a corpus may hold its own ``period`` column, read without ``-p periods``).

    Returns
    -------
    str
        "no metadata row, an empty cell, or a value such as 'unknown'; shown as (unknown)"; grouped by ``outlet``
        also "a saved web page that names no site" (dogfood 12bo-d); for the periods of ``-p periods`` the dates
        (dogfood 12br-d: 225 undated articles of a period comparison were said to lack a metadata row or cell).
    """
    from .dates import PERIOD_COLUMN

    dates = (f"no usable date, or a date known only to a month or year that a day of {parameter('periods')} falls "
             "inside")
    if from_dates:
        return f"{dates}; shown as {UNKNOWN}"
    if from_dates is None and group_column == PERIOD_COLUMN:
        return (f"{dates}; in a {PERIOD_COLUMN} column of the file itself: an empty cell or a value such as "
                f"'unknown'; shown as {UNKNOWN}")
    page = ", a saved web page that names no site" if group_column == "outlet" else ""
    return f"no metadata row, an empty cell{page}, or a value such as 'unknown'; shown as {UNKNOWN}"


def groups_shown(order: list, group_by: str) -> str:
    """The groups of a display order in words: the groups compared, then the pools, which are no group.

    Notebooks 03 and 04 said "in 17 outlet groups" where 15 outlets were compared beside the "(other)" and
    "(pseudo-outlets)" pools, while the index said "15 outlet groups and the (other) pool" (dogfood 12bn-d).

    Parameters
    ----------
    order : list of str
        Display order of the groups (:func:`group_labels`).
    group_by : str
        The column the groups come from.

    Returns
    -------
    str
        "15 outlet groups and the pools (other) and (pseudo-outlets)", "2 lean groups and the pool (unknown)",
        "5 outlet groups".
    """
    named = [g for g in order if g not in NOT_GROUPS]
    pools = [g for g in NOT_GROUPS if g in set(order)]
    text = f"{len(named):,} {group_by} {'group' if len(named) == 1 else 'groups'}"
    if pools:
        text += f" and the {'pool' if len(pools) == 1 else 'pools'} {' and '.join(pools)}"
    return text


_NAME = re.compile(r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|der|da|di|la|le|bin|al-\w+)){1,3}")
_LIST_SPLIT = re.compile(r"\s*(?:[,;&/|]|\band\b)\s*")


def _names_in(value: str) -> list[str]:
    """The person names a value lists, when it lists two or more ("Ann Lee, Bo Park and Cy Diaz"); else []."""
    parts = [p for p in _LIST_SPLIT.split(str(value).strip()) if p]
    if len(parts) < 2 or not all(_NAME.fullmatch(p) for p in parts):
        return []  # "Portland, OR", "Lee, Ann" (one person, surname first) and single names are no list
    return parts


def name_list_note(table: pd.DataFrame, group_by: str, limit: int = 3) -> str:
    """Say when the ``group_by`` values list several people's names, so that each combination is one group; "".

    A byline column often holds every author of an article in one cell ("Julia Lee, Sam Park"); grouped by it, each
    combination of names is a group of its own and one author's articles are split among several groups (dogfood
    12bn-d: 13 of 22 author groups were lists, one writer in three of them). A value counts as a list when it splits
    at commas, semicolons, "&", "/", "|" or "and" into two or more parts that each look like a person's name (two to
    four words, capitalised); "Portland, OR" or "Lee, Ann" do not.

    Parameters
    ----------
    table : DataFrame
        The articles, with the ``group_by`` column.
    group_by : str
        The column the groups come from.
    limit : int
        Example values shown at most.

    Returns
    -------
    str
        "" when fewer than two distinct values are such lists, or ``group_by`` is an outlet column.
    """
    if group_by not in table.columns or group_by in PSEUDO_COLUMNS:  # outlets: a name list there is a syndication credit
        return ""
    values = group_values(table[group_by])
    distinct = pd.Series(values[values != UNKNOWN].unique())
    lists = {v: _names_in(v) for v in distinct}
    lists = {v: n for v, n in lists.items() if n}
    if len(lists) < 2:
        return ""
    k = int(values.isin(set(lists)).sum())
    spread = pd.Series([name for names in lists.values() for name in dict.fromkeys(names)]).value_counts()
    spread = spread.iloc[np.lexsort((spread.index.astype(str), -spread.to_numpy()))]
    name, n_groups = str(spread.index[0]), int(spread.iloc[0])
    shown = "; ".join(repr(v) for v in sorted(lists, key=lambda v: (len(lists[v]), len(v), v))[:limit])  # shortest
    split = (f" ({name} is in {n_groups:,} of them, so that name's articles are split among {n_groups:,} groups)"
             if n_groups > 1 else "")
    return (f"{group_by}: {k:,} {'article has' if k == 1 else 'articles have'} a value that lists several names "
            f"({len(lists):,} distinct lists, e.g. {shown}); each combination of names is one group{split}, and an "
            "article is never counted for each of its names. To compare single people, add a column with one name "
            f"per article (its first author, say) and give it with {parameter('group_by')}")


def pseudo_outlets(table: pd.DataFrame, group_by: str) -> pd.Series | None:
    """Which articles are of a pseudo-outlet, when the groups are outlets; None when that cannot apply.

    Parameters
    ----------
    table : DataFrame
        A corpus table (or its metadata), with ``outlet_kind`` when the corpus reader marked pseudo-outlets.
    group_by : str
        The column the groups come from: only :data:`PSEUDO_COLUMNS` (``outlet``, ``outlet_raw``) pool pseudo-outlets;
        another column (a rating, an author) keeps their articles in its own groups.

    Returns
    -------
    Series of bool or None
        Same index as ``table``; None when ``group_by`` is no outlet column, ``outlet_kind`` is missing or no article
        is of a pseudo-outlet.
    """
    if group_by not in PSEUDO_COLUMNS or "outlet_kind" not in table.columns:
        return None
    mask = table["outlet_kind"].astype(str).eq("pseudo")
    return mask if bool(mask.any()) else None


def pseudo_note(table: pd.DataFrame, group_by: str, limit: int = 6) -> str:
    """One sentence saying which pseudo-outlets were pooled as :data:`PSEUDO`, with their articles; "" when none.

    Parameters
    ----------
    table : DataFrame
        The articles analysed, with ``outlet_kind`` and the ``group_by`` column.
    group_by : str
        The column the groups come from.
    limit : int
        Names listed at most (the most articles first); the rest are counted.

    Returns
    -------
    str
    """
    mask = pseudo_outlets(table, group_by)
    if mask is None:
        return ""
    names = group_values(table.loc[mask, group_by]).value_counts()
    names = names.iloc[np.lexsort((names.index.astype(str), -names.to_numpy()))]
    shown = ", ".join(f"{g} ({n:,})" for g, n in names.iloc[:limit].items())
    more = f" and {len(names) - limit:,} more" if len(names) > limit else ""
    k = int(mask.sum())
    return (f"pseudo-outlets: {k:,} {'article is' if k == 1 else 'articles are'} of {len(names):,} "
            f"{'name' if len(names) == 1 else 'names'} that the corpus gives as the outlet but that are no news outlet "
            f"(a debate digest or a pool of guest writers, marked in outlet_kind: {shown}{more}); pooled as {PSEUDO}, "
            f"{'it counts' if k == 1 else 'they count'} in every total and corpus-wide result but "
            f"{'is' if k == 1 else 'are'} never compared as an outlet. To compare them like outlets, add a copy of the "
            f"outlet column under another name to the corpus and give that name with {parameter('group_by')}")


def pseudo_in_groups_note(table: pd.DataFrame, group_by: str, limit: int = 6) -> str:
    """One sentence saying which groups of another column hold articles of pseudo-outlets; "" when none does.

    Grouped by a rating, AllSides' debate digest "The Flip Side" (15 of 429 center articles of a pandemic corpus) is
    compared as part of the center group: its quotations of left and right commentators count as that group's wording
    and sources, and nothing said so (dogfood 12br-d). Grouped by outlet, :func:`pseudo_note` says it instead.

    Parameters
    ----------
    table : DataFrame
        The articles analysed, with ``outlet``, ``outlet_kind`` and the ``group_by`` column.
    group_by : str
        The column the groups come from (not an outlet column: those pool pseudo-outlets).
    limit : int
        Names listed at most (the most articles first); the rest are counted.

    Returns
    -------
    str
    """
    if group_by in PSEUDO_COLUMNS or group_by not in table.columns or "outlet_kind" not in table.columns \
            or "outlet" not in table.columns:
        return ""
    mask = table["outlet_kind"].astype(str).eq("pseudo").to_numpy()
    if not mask.any():
        return ""
    part = table.loc[mask]
    names = part["outlet"].astype(str).value_counts()
    names = names.iloc[np.lexsort((names.index.astype(str), -names.to_numpy()))]
    shown = ", ".join(f"{g} ({n:,})" for g, n in names.iloc[:limit].items())
    more = f" and {len(names) - limit:,} more" if len(names) > limit else ""
    where = group_values(part[group_by]).value_counts()
    where = where.iloc[np.lexsort((where.index.astype(str), -where.to_numpy()))]
    sizes = group_values(table[group_by]).value_counts()
    groups = ", ".join(f"{g} ({n:,} of {int(sizes[g]):,})" for g, n in where.iloc[:limit].items()) + (
        f" and {len(where) - limit:,} more" if len(where) > limit else "")
    k = int(mask.sum())
    return (f"pseudo-outlets: {k:,} {'article is' if k == 1 else 'articles are'} of {len(names):,} "
            f"{'name' if len(names) == 1 else 'names'} that the corpus gives as the outlet but that "
            f"{'is' if len(names) == 1 else 'are'} no news outlet (a debate digest or a pool of guest writers, marked "
            f"in outlet_kind: {shown}{more}); grouped by {group_by!r}, {'it is' if k == 1 else 'they are'} compared as "
            f"part of {'its' if k == 1 else 'their'} {group_by} {noun(len(where), 'group')} ({groups}), so a digest's "
            "quotations of other outlets' writers count as that group's wording and sources")


DEFAULT_MAX_ARTICLES = 2000
"""Default size of the stratified article sample read by the sentence-level
measures of every notebook (the ``max_articles`` parameter of 02, 03 and 04).
One default, so that the notebooks of a report read the same articles and
split them into sentences once. 2,000 articles keep a report on a large corpus
within minutes (on AllSides: about 130 articles for each of the 15 largest
outlets); raise it with ``-p max_articles N`` for narrower intervals."""


def pool_pseudo(values: pd.Series, pseudo: pd.Series | None) -> pd.Series:
    """Group values with the articles of pseudo-outlets that have a value relabelled :data:`PSEUDO`.

    Parameters
    ----------
    values : Series
        Group values after :func:`group_values` (articles without one are :data:`UNKNOWN` and stay so).
    pseudo : Series of bool or None
        Same length as ``values``: the articles of pseudo-outlets (:func:`pseudo_outlets`); None pools nothing.

    Returns
    -------
    Series
        A copy of ``values``.
    """
    if pseudo is None:
        return values.copy()
    is_pseudo = np.asarray(pseudo, dtype=bool) & (values != UNKNOWN).to_numpy()
    return values.where(~is_pseudo, PSEUDO)


def group_labels(values: pd.Series, top_n: int, weights: pd.Series | None = None,
                 pseudo: pd.Series | None = None) -> tuple[pd.Series, list]:
    """Group labels for display: spaces tidied, empty values become "(unknown)", rare ones "(other)".

    Values that say the value is missing ("unknown", "(unknown)", "n/a") are empty values (:func:`group_values`).
    Articles marked in ``pseudo`` (:func:`pseudo_outlets`) that have a value become :data:`PSEUDO` and take no place
    among the ``top_n`` groups.

    Parameters
    ----------
    values : Series
        The ``group_by`` column of the corpus.
    top_n : int
        Number of groups kept by name (the most frequent; ties by the sum of ``weights``, then by name).
    weights : Series, optional
        Same index as ``values``, e.g. each article's words (see :func:`top_groups`).
    pseudo : Series of bool, optional
        Same index as ``values``: the articles of pseudo-outlets (:func:`pseudo_outlets`). Default: none.

    Returns
    -------
    labels : Series of str
        Same index as ``values``.
    order : list of str
        Display order: by number of articles (descending), then name, with
        "(other)", "(pseudo-outlets)" and then "(unknown)" last. "(unknown)" (no value) is kept
        apart from the ``top_n`` groups and the "(other)" pool.

    Raises
    ------
    ValueError
        When ``top_n`` is smaller than 1.
    """
    if top_n < 1:
        raise ValueError(f"top_n must be >= 1, got {top_n!r}")
    v = group_values(values)  # " left" is "left"; "", "unknown", "n/a" are no group (dogfood 12bg-d)
    labels = pool_pseudo(v, pseudo)  # pseudo-outlets are no outlet: pooled, not ranked among the top_n (12bn-d)
    known = ~labels.isin((UNKNOWN, PSEUDO))  # articles without a group take no place among the top_n (12bf-d)
    labels[known] = top_groups(v[known], top_n, weights=None if weights is None else weights[known])
    counts = labels.value_counts()
    order = sorted(counts.index, key=lambda g: (NOT_GROUPS.index(g) if g in NOT_GROUPS else -1, -counts[g], str(g)))
    return labels, order


def pools_last(table: pd.DataFrame, column: str, within: str | None = None) -> pd.DataFrame:
    """The rows of ``table`` with those that are no group of their own last: "(other)", then "(unknown)".

    Parameters
    ----------
    table : DataFrame
        A per-group table, already in the order wanted for the groups (by name, by size).
    column : str
        Its group column.
    within : str, optional
        A column whose blocks of rows stay together, in their order (a table of several measures, one block of
        groups per measure): the pools go last inside each block (dogfood 12bm-d: the rates of notebook 02 listed
        "(other)" first). Default: the whole table is one block.

    Returns
    -------
    DataFrame
        The same rows, index reset: the groups in their order, then the rows of :data:`OTHER`, of :data:`PSEUDO`,
        then those of :data:`UNKNOWN` (:data:`NOT_GROUPS`), each in its order (a table sorted by name otherwise lists them first,
        as "(" sorts before letters; review r12bf).

    Raises
    ------
    KeyError
        When ``column`` or ``within`` is not a column of ``table``.
    """
    rank = table[column].astype(str).map({g: i + 1 for i, g in enumerate(NOT_GROUPS)}).fillna(0).to_numpy()
    if within is None:
        return table.iloc[np.argsort(rank, kind="stable")].reset_index(drop=True)
    block = pd.factorize(table[within].astype(str))[0]  # blocks in the order they first appear
    return table.iloc[np.lexsort((rank, block))].reset_index(drop=True)


def sample_articles(groups: pd.Series, max_articles: int, seed: int = 0) -> np.ndarray:
    """Stratified random sample of articles, as equal per group as sizes allow.

    Groups smaller than their share are taken whole and the rest of the
    budget is shared among the larger groups ("water-filling"), so every
    group is read with comparable precision.

    Parameters
    ----------
    groups : Series
        Group of each article.
    max_articles : int
        Size of the sample; with fewer articles than this, all are kept.
    seed : int
        Seed of the random draw.

    Returns
    -------
    ndarray of bool
        True for the articles in the sample, aligned with ``groups``.

    Raises
    ------
    ValueError
        When ``max_articles`` is not a positive integer.
    """
    if not isinstance(max_articles, (int, np.integer)) or max_articles < 1:
        raise ValueError(f"max_articles must be a positive integer, got {max_articles!r}")
    n = len(groups)
    keep = np.zeros(n, dtype=bool)
    if n <= max_articles:
        keep[:] = True
        return keep
    codes, labels = pd.factorize(groups.astype(str), sort=True)
    sizes = np.bincount(codes, minlength=len(labels))
    quota = np.zeros(len(labels), dtype=int)
    budget, remaining = max_articles, len(labels)
    for g in np.argsort(sizes, kind="stable"):
        take = min(sizes[g], budget // remaining)
        quota[g] = take
        budget -= take
        remaining -= 1
    rng = np.random.default_rng(seed)
    for g in range(len(labels)):
        idx = np.flatnonzero(codes == g)
        if quota[g] >= len(idx):
            keep[idx] = True
        elif quota[g] > 0:
            keep[rng.choice(idx, size=quota[g], replace=False)] = True
    return keep


DEFAULT_TOP_N = 15
"""Default of the notebooks' ``top_n`` parameter (groups kept by name), also the default of ``--top-n`` of
``python -m helpers.validation``, so that its article sample is notebook 04's."""


def article_sample(table: pd.DataFrame, group_by: str, top_n: int, max_articles: int | None,
                   seed: int = 0) -> tuple[pd.Series, list, np.ndarray]:
    """The display groups of the articles analysed and the stratified sample the sentence-level measures read.

    One function for both users, so that they read the same articles: the report's notebooks
    (:func:`helpers.notebook.prepare.prepare_corpus`, after duplicates and the focus filter are left out) and
    ``python -m helpers.validation sample`` and ``score``, whose sheets drawn from every article of a corpus larger
    than ``max_articles`` held sentences notebook 04 never reads (leftover 3 of round bq: with the filled sheets
    given back, notebook 04 stopped with "coded units ... are not among the tagged units").

    Parameters
    ----------
    table : DataFrame
        The articles analysed (corpus or metadata table), in corpus order, with the ``group_by`` column and, when
        present, ``n_words`` (ties among groups) and ``outlet_kind`` (pseudo-outlets).
    group_by : str
        The group column.
    top_n : int
        Groups kept by name (:func:`group_labels`).
    max_articles : int or None
        Size of the sample (:func:`sample_articles`); None keeps every article.
    seed : int, default 0
        Seed of the draw (the notebooks' ``seed``).

    Returns
    -------
    labels : Series of str
        Same index as ``table``: each article's display group.
    order : list of str
        Display order of the groups (:func:`group_labels`).
    sampled : ndarray of bool
        The articles in the sample, aligned with ``table``.

    Raises
    ------
    ValueError
        When ``top_n`` < 1 or ``max_articles`` is not a positive integer.
    """
    labels, order = group_labels(table[group_by], top_n,
                                 weights=table["n_words"] if "n_words" in table.columns else None,
                                 pseudo=pseudo_outlets(table, group_by))
    if max_articles is None:
        return labels, order, np.ones(len(table), dtype=bool)
    return labels, order, sample_articles(labels, max_articles, seed)


def top_groups(values: pd.Series, top_n: int, other: str = "(other)", weights: pd.Series | None = None) -> pd.Series:
    """Keep the ``top_n`` most frequent labels and group the rest as ``other``.

    Ties in frequency are broken by the sum of ``weights`` (e.g. words: of sixty one-article outlets the longest
    articles' are kept by name, not the first names in the alphabet), then by label, so the result is stable. Used
    to keep plots readable on corpora with hundreds of outlets.

    Parameters
    ----------
    values : Series
        The labels.
    top_n : int
        Number of labels kept by name.
    other : str, default "(other)"
        The label given to every other value.
    weights : Series, optional
        Same index as ``values`` (e.g. each article's words); their sum per label breaks ties in frequency.

    Returns
    -------
    Series
        Same index as ``values``; a copy of ``values`` when it has at most ``top_n`` distinct labels.
    """
    counts = values.value_counts()
    sums = (pd.Series(np.asarray(weights, dtype=float), index=values.index).groupby(values).sum()
            if weights is not None else pd.Series(0.0, index=counts.index))
    order = sorted(counts.items(), key=lambda kv: (-kv[1], -float(sums.get(kv[0], 0.0)), str(kv[0])))
    # Ties at the cut are not kept together: top_n stays the number of groups shown (sixty one-article outlets
    # would otherwise all be shown, or none); the report's index says the pool holds groups "none with more
    # articles than the smallest shown" when one may tie (dogfood 12br-d, helpers.report.index).
    keep = {k for k, _ in order[:top_n]}
    if len(order) <= top_n:
        return values.copy()
    return values.where(values.isin(keep), other)
