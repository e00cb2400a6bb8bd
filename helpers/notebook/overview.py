"""Tables for the corpus overview notebook: articles, groups, cleaning audit."""
from __future__ import annotations

import numpy as np
import pandas as pd

from ..core.wording import count, noun
from ..corpus.dask_meta import DERIVED_PREFIX
from ..corpus.dates import PLAUSIBLE_YEARS, parse_date, parse_dates, unreadable_examples
from ..corpus.groups import (
    NOT_GROUPS,
    OTHER,
    PSEUDO,
    group_values,
    groups_shown,
    pool_pseudo,
    pools_last,
    pseudo_outlets,
)
from .group_mix import compared_groups

__all__ = [
    "METADATA_REMOVAL",
    "analysed_articles",
    "article_groups",
    "article_table",
    "audit_display",
    "columns_line",
    "group_summary",
    "removal_audit",
    "removal_by_rule",
    "removal_view",
    "removal_columns",
    "SHORT_BODY_WORDS",
    "heavy_removal_lines",
    "language_note",
    "short_body_lines",
    "single_line_note",
    "structure_sentence",
    "structure_table",
    "single_article_groups_line",
    "size_line",
    "skipped_lines",
    "timeline_table",
    "unreadable_date_lines",
    "timeline_display",
]

METADATA_REMOVAL = {c: DERIVED_PREFIX + c for c in ("n_paragraphs", "removed_words", "removed_rules")}
"""The names of :func:`removal_columns` in the ``dask`` engine's metadata table (private, so that a corpus's own
columns of those names keep their values: round 12bp-m); :func:`article_table` and :func:`removal_by_rule` read
them there."""

_ANY_YEAR = (1678, 2261)
"""Years pandas can hold: a date read within them but outside :data:`PLAUSIBLE_YEARS` is reported apart."""


def analysed_articles(corpus: pd.DataFrame) -> pd.DataFrame:
    """The articles the report analyses: every article read but the duplicate bodies, as notebooks 01-04 keep them.

    Notebook 00 counted the articles, words and dates of each group with the duplicate bodies in, while every later
    notebook (:func:`helpers.notebook.prepare.prepare_corpus`) and the report's key findings leave them out, so a
    group with a copied story had more articles on the overview than in any measure (leftover 1 of round bq).

    Parameters
    ----------
    corpus : DataFrame
        A corpus table (or the ``dask`` engine's metadata table) with ``duplicate_of`` (empty for an article kept);
        a table without that column is taken to hold no duplicate.

    Returns
    -------
    DataFrame
        The rows whose ``duplicate_of`` is empty, in corpus order, index reset, ``attrs`` kept.
    """
    if "duplicate_of" not in corpus.columns:
        return corpus.reset_index(drop=True)
    out = corpus[corpus["duplicate_of"].astype(str).eq("").to_numpy()].reset_index(drop=True)
    out.attrs = dict(corpus.attrs)
    return out


def _n_duplicates(corpus: pd.DataFrame) -> int:
    """Articles of ``corpus`` whose body duplicates an earlier one (0 without a ``duplicate_of`` column)."""
    return int(corpus["duplicate_of"].astype(str).ne("").sum()) if "duplicate_of" in corpus.columns else 0


_ROLE_WORDS = {"text": "text", "doc_id": "id", "outlet": "outlet", "title": "title", "date": "date"}


def columns_line(corpus: pd.DataFrame) -> str:
    """Which of the file's columns were read as the text, id, outlet, title and date, and which were kept as metadata.

    The loader finds these columns by their usual names; a user whose table has several candidates (``text`` and
    ``body``) could not see which was taken (review s78-A).

    Parameters
    ----------
    corpus : DataFrame
        From :func:`helpers.load_corpus` (its ``attrs["columns"]``).

    Returns
    -------
    str
        "Columns read: text <- 'body', id: none (made from each article's content, e.g. 'doc-3f29c1b7e04a'), outlet <-
        'publication', ...; kept as metadata: 'lean', 'link'. ..." (a folder: "text <- each file's content, id <- each
        file's name"); "" when the table does not say.
    """
    import os

    from ..core.wording import CLI_ENV
    from ..corpus.read import corpus_columns
    from ..corpus.sources import how_column, option_style

    cols = corpus.attrs.get("columns") or {}
    if not cols:
        return ""
    parts = []
    for role, word in _ROLE_WORDS.items():
        col = cols.get(role)
        if col == "<file content>":
            parts.append(f"{word} <- each file's content")
        elif col == "<file stem>":
            parts.append(f"{word} <- each file's name")
        elif col:
            parts.append(f"{word} <- {col!r}")
        elif role == "doc_id" and "<file content>" not in cols.values() and len(corpus):
            parts.append(f"id: none (made from each article's content, e.g. {corpus['doc_id'].iloc[0]!r})")
        elif role in ("outlet", "date") and role not in corpus.columns:
            parts.append(f"{word}: none")
    folder = "<file content>" in cols.values()
    if folder:
        parts.append("outlet, title and date from the metadata file or the saved pages")
    kept = [c for c in corpus_columns(corpus) if c not in cols.values()]
    line = ("Read: " if folder else "Columns read: ") + ", ".join(parts)
    if kept:
        line += "; kept as metadata (a group_by can name them): " + ", ".join(repr(c) for c in kept[:12]) + (
            f" and {len(kept) - 12} more" if len(kept) > 12 else "")
    if folder:
        return line + "."
    with option_style("cli" if os.environ.get(CLI_ENV) else "notebook"):  # the words of the report's user (s78-D)
        how = how_column("text", "<column>")
    return line + f". To read another column as one of these, {how} (or outlet, title, date)."


def size_line(corpus: pd.DataFrame, group_by: str, groups: pd.Series) -> str:
    """Notebook 00's first line: the articles analysed (duplicate bodies left out), their groups and words.

    Parameters
    ----------
    corpus : DataFrame
        Every article read (with ``duplicate_of``, ``n_words`` and the ``group_by`` column).
    group_by : str
        The group column.
    groups : Series
        The group of each analysed article as notebooks 01-04 compare them
        (:func:`helpers.notebook.group_mix.compared_groups` of :func:`analysed_articles`).

    Returns
    -------
    str
        E.g. "10 articles analysed (3 duplicate bodies of the 13 articles read left out, as in every notebook), 3
        distinct values of 'outlet', 1,380 words of body text after cleaning; shown as 3 outlet groups".
    """
    articles = analysed_articles(corpus)
    n_dup = _n_duplicates(corpus)
    dup = (f" ({count(n_dup, 'duplicate body', 'duplicate bodies')} of the {count(len(corpus), 'article')} read left "
           "out, as in every notebook)" if n_dup else "")
    named = articles.loc[articles[group_by].astype(str).str.strip() != "", group_by]
    return (f"{count(len(articles), 'article')} analysed{dup}, {named.nunique():,} distinct values of {group_by!r}, "
            f"{int(articles['n_words'].sum()):,} words of body text after cleaning; shown as "
            f"{groups_shown(list(pd.unique(groups)), group_by)}")


def skipped_lines(skipped: list[dict], duplicates: int, limit: int = 10) -> list[str]:
    """What was left out while loading (empty or unreadable files and rows), one line each, after a count.

    The loader's warnings say such items are "listed by notebook 00_corpus"; the notebook printed only their number
    (dogfood 12bk-d).

    Parameters
    ----------
    skipped : list of dict
        ``corpus.attrs["skipped"]``: ``doc_id``, ``source``, ``reason``.
    duplicates : int
        Duplicate bodies: listed in ``corpus.csv`` (``duplicate_of``), left out of every count and measure.
    limit : int, default 10
        Items listed; the rest are counted.

    Returns
    -------
    list of str
        The count line, then one line per item listed, then how many more when some were not.
    """
    lines = [f"left out while loading: {len(skipped):,}; duplicate bodies left out of every count below (listed in "
             f"corpus.csv, duplicate_of): {duplicates:,}"]
    for s in skipped[:limit]:
        source, reason = str(s.get("source", "")), str(s.get("reason", "")).strip()
        reason = reason[len(source) + 1:].strip() if source and reason.startswith(source + ":") else reason
        lines.append(f"  - {s.get('doc_id', '')} ({source}): {reason}")
    if len(skipped) > limit:
        lines.append(f"  ... and {len(skipped) - limit:,} more (every one is in the warnings of this run)")
    return lines


def article_groups(corpus: pd.DataFrame, group_by: str, top_n: int | None = None) -> pd.Series:
    """The group of each article read, duplicate bodies included, as notebooks 01-04 and :func:`group_summary` count it.

    An article analysed takes its group from :func:`helpers.notebook.group_mix.compared_groups` over the articles
    analysed (groups beyond ``top_n`` pooled as "(other)", pseudo-outlets as "(pseudo-outlets)", no value
    "(unknown)"); a duplicate body takes the group of its value when that group is shown, else "(other)" (as
    :func:`group_summary` counts it in ``duplicates``).

    Parameters
    ----------
    corpus : DataFrame
        A corpus table (or the ``dask`` engine's metadata table) with ``doc_id``, the ``group_by`` column,
        ``n_words`` and, when it holds duplicates, ``duplicate_of``.
    group_by : str
        The group column (after :mod:`helpers.notebook.group_alias`).
    top_n : int, optional
        Groups kept by name, as :func:`helpers.notebook.group_mix.compared_groups`; default every group.

    Returns
    -------
    Series of str
        Same index as ``corpus``.

    Raises
    ------
    ValueError
        When ``group_by`` is not a column of ``corpus`` (the message lists the columns).
    """
    dup = _checked_duplicates(corpus, group_by)
    out = pd.Series("", index=corpus.index, dtype=object)
    kept = corpus[~dup]
    if len(kept):
        out[~dup] = compared_groups(kept, group_by, top_n).to_numpy()
    if dup.any():
        out[dup] = _copy_groups(corpus[dup], group_by, set(out[~dup])).to_numpy()
    return out


def _checked_duplicates(corpus: pd.DataFrame, group_by: str) -> np.ndarray:
    """The duplicate-body mask of ``corpus`` (:func:`_duplicates`), after checking that ``group_by`` is a column
    (``ValueError`` listing the columns if not)."""
    if group_by not in corpus.columns:
        raise ValueError(f"group_by {group_by!r} is not a column of the corpus; it has {list(corpus.columns)}")
    return _duplicates(corpus)


def _duplicates(corpus: pd.DataFrame) -> np.ndarray:
    """Which rows are duplicate bodies (``duplicate_of`` set; none when the column is missing)."""
    return (corpus["duplicate_of"].astype(str).ne("").to_numpy() if "duplicate_of" in corpus.columns
            else np.zeros(len(corpus), dtype=bool))


def _copy_groups(copies: pd.DataFrame, group_by: str, shown: set) -> pd.Series:
    """The groups of duplicate bodies: their value's group when it is among ``shown``, else "(other)"."""
    values = pool_pseudo(group_values(copies[group_by]), pseudo_outlets(copies, group_by))
    return values.where(values.isin(shown), OTHER)  # as prepare_corpus labels every article (text reuse)


def article_table(corpus: pd.DataFrame, extra: list[str] | tuple = (), group_by: str | None = None,
                  top_n: int | None = None) -> pd.DataFrame:
    """One row per article: id, outlet, its group, title, date, words kept and removed.

    Parameters
    ----------
    corpus : DataFrame
        From :func:`helpers.load_corpus`.
    extra : sequence of str
        Further metadata columns to include when present (e.g. ``date_precision``).
    group_by : str, optional
        The group column (after :mod:`helpers.notebook.group_alias`): each article's group
        (:func:`article_groups`) is put after ``outlet`` under this name, so that a reader of ``corpus.csv`` sees
        which group each article is compared in (dogfood 12bq-e). Not added when it is ``outlet`` (the outlet is then
        the group and keeps its own name, as :func:`helpers.notebook.output.with_group` shows it) or None.
    top_n : int, optional
        Groups kept by name, as notebook 00's ``top_n`` (see :func:`article_groups`).

    Returns
    -------
    DataFrame
        ``doc_id``, ``outlet``, the group column (with ``group_by``), ``title``, ``date``, the ``extra`` columns,
        ``n_words`` (body), ``n_paragraphs``, ``n_removed_lines``,
        ``removed_words``, ``removed_rules`` (e.g. ``"promo:2; trailer:20"``),
        ``duplicate_of``.
    """
    cols = ["doc_id", "outlet", "title", "date"] + [c for c in extra if c in corpus.columns]
    out = corpus[cols].copy()
    if group_by is not None and group_by not in cols:
        out.insert(2, group_by, article_groups(corpus, group_by, top_n))
    out["n_words"] = corpus["n_words"]
    made = _removals(corpus)
    out["n_paragraphs"] = made["n_paragraphs"].to_numpy()
    out["n_removed_lines"] = corpus["n_removed_lines"]
    out["removed_words"] = made["removed_words"].to_numpy()
    out["removed_rules"] = made["removed_rules"].to_numpy()
    out["duplicate_of"] = corpus["duplicate_of"]
    return out.reset_index(drop=True)


SHORT_BODY_WORDS = 50
"""Below this many words of body text after cleaning, notebook 00 names the article (:func:`short_body_lines`)."""


def short_body_lines(table: pd.DataFrame, min_words: int = SHORT_BODY_WORDS, limit: int = 10) -> list[str]:
    """The articles whose body after cleaning is very short, named so that the reader checks them.

    A saved web page of a paywalled article holds its teaser only; a gallery, its captions; a page saved before its
    text loaded, a headline. Notebook 00 listed such an article's word count in its table and nothing more (dogfood
    12bo-d: a Cayman Compass page kept 23 words, one sentence of the article, after 270 page lines were left out),
    and the later notebooks counted it as an article of its outlet.

    Parameters
    ----------
    table : DataFrame
        :func:`article_table` rows (``doc_id``, ``n_words``, ``n_removed_lines``).
    min_words : int, default :data:`SHORT_BODY_WORDS`
        Articles with fewer words of body text are named.
    limit : int, default 10
        Articles named; the rest are counted.

    Returns
    -------
    list of str
        Empty when no article is that short; else one sentence, then one line per article named.
    """
    short = table[table["n_words"] < min_words].sort_values(["n_words", "doc_id"], kind="stable")
    if short.empty:
        return []
    k = len(short)
    lines = [f"{k:,} {noun(k, 'article has', 'articles have')} fewer than {min_words} words of body text after "
             "cleaning: often a paywall's teaser, a gallery's captions, or a page saved without its article text; read "
             + ("it (corpus.csv, the audit below) and, if it is not the article, leave it out or save the full page. "
                "It still counts" if k == 1 else
                "them (corpus.csv, the audit below) and leave out, or save in full, any that is not the article. "
                "Each still counts") + " as an article of its group."]
    for _, r in short.head(limit).iterrows():
        removed = int(r.get("n_removed_lines", 0) or 0)
        lines.append(f"  - {r['doc_id']}: {int(r['n_words']):,} {noun(int(r['n_words']), 'word')}"
                     + (f" ({removed:,} {noun(removed, 'line')} removed or left out)" if removed else ""))
    if k > limit:
        lines.append(f"  ... and {k - limit:,} more (n_words in corpus.csv)")
    return lines


def heavy_removal_lines(table: pd.DataFrame, min_words: int = SHORT_BODY_WORDS, limit: int = 10) -> list[str]:
    """The articles from which cleaning removed more words than it kept, named so that the reader checks them.

    A rule that ends the article too early loses the story silently: review s76 found a CNN article whose "Read
    More" expander after the first paragraph was read as the start of the end-of-page block, and 863 of its words
    went with it; it lost only four lines, so the cleaning figure (lines per article) did not show it. A photo
    gallery or a long comment thread removed rightly looks the same in these counts: the list asks for a reading,
    not a correction. Articles under ``min_words`` are named by :func:`short_body_lines` instead.

    Parameters
    ----------
    table : DataFrame
        :func:`article_table` rows (``doc_id``, ``n_words``, ``removed_words``, ``removed_rules``).
    min_words : int, default :data:`SHORT_BODY_WORDS`
        Articles with fewer words of body text are left to :func:`short_body_lines`.
    limit : int, default 10
        Articles named, most removed relative to kept first; the rest are counted.

    Returns
    -------
    list of str
        Empty when no article lost more than it kept (or the table has no ``removed_words``); else one sentence,
        then one line per article named.
    """
    if "removed_words" not in table.columns or table.empty:
        return []
    kept = table["n_words"].fillna(0).astype(int)
    gone = table["removed_words"].fillna(0).astype(int)
    mask = (kept >= min_words) & (gone > kept)
    if not mask.any():
        return []
    heavy = table[mask].assign(_r=(gone[mask] / kept[mask].clip(lower=1)).to_numpy())
    heavy = heavy.sort_values(["_r", "doc_id"], ascending=[False, True], kind="stable")
    k = len(heavy)
    lines = [f"{k:,} {noun(k, 'article lost', 'articles lost')} more words to cleaning than {noun(k, 'it', 'they')} "
             "kept: a photo gallery or a comment thread is removed rightly, but a rule that ends the article too early "
             "loses the story; read the removed lines of " + ("it" if k == 1 else "each")
             + " in the audit below (cleaning_audit.csv) before trusting " + ("its" if k == 1 else "their")
             + " body text."]
    for _, r in heavy.head(limit).iterrows():
        rules = str(r.get("removed_rules", "") or "")
        lines.append(f"  - {r['doc_id']}: {int(r['n_words']):,} words kept, {int(r['removed_words']):,} removed"
                     + (f" ({rules})" if rules else ""))
    if k > limit:
        lines.append(f"  ... and {k - limit:,} more (n_words and removed_words in corpus.csv)")
    return lines


def language_note(articles: pd.DataFrame, limit: int = 8) -> str:
    """The languages of the articles in one sentence, and a corpus warning that names the articles not in English.

    The measures are written for English. Notebook 00 said "German 10, Italian 1 ... analysed as if they were
    English" but named no article, and the report's index did not warn (review s77: the index's only numeric key
    finding was a topic of German function words). The warning is a :class:`helpers.corpus.sources.CorpusWarning`,
    so the index lists it with the other warnings of reading the corpus.

    Parameters
    ----------
    articles : DataFrame
        The articles analysed (``doc_id`` and ``text``, or a metadata table with language codes).
    limit : int, default 8
        Articles named per language; the rest are counted.

    Returns
    -------
    str
        :meth:`helpers.text.language.LanguageReport.sentence`.
    """
    import warnings

    from ..corpus.sources import CorpusWarning
    from ..text.language import NAMES, language_of, report_from_codes
    from .setup import LANGUAGE_COLUMN

    if "text" not in articles.columns and LANGUAGE_COLUMN in articles.columns:
        codes = articles[LANGUAGE_COLUMN].astype(str).tolist()
    else:
        codes = [language_of(t)[0] for t in articles["text"].fillna("").astype(str)]
    report = report_from_codes(codes)
    other = pd.DataFrame({"doc_id": articles["doc_id"].astype(str).to_numpy(), "code": codes})
    other = other[~other["code"].isin(["en", "unknown"])]
    if len(other) and report.is_english:
        parts = []
        for code, ids in sorted(other.groupby("code")["doc_id"], key=lambda kv: (-len(kv[1]), kv[0])):
            ids = sorted(ids)
            more = f" and {len(ids) - limit:,} more" if len(ids) > limit else ""
            parts.append(f"{NAMES.get(code, code)} {len(ids):,} ({', '.join(repr(d) for d in ids[:limit])}{more})")
        n = len(other)
        warnings.warn(f"{count(n, 'article')} {noun(n, 'reads', 'read')} as another language than English (function-word "
                      f"rule): {'; '.join(parts)}. The word lists, tone and frames are written for English and are "
                      "applied to them all the same: a topic or a finding that rests on them is about their language, "
                      "not their coverage. Leave them out of the corpus to compare English articles only.",
                      CorpusWarning, stacklevel=2)
    return report.sentence()


SINGLE_LINE_SHARE = 0.9
"""When at least this share of the articles is one line of text, notebook 00 says that line cleaning cannot work."""


def single_line_note(table: pd.DataFrame, min_words: int = 100) -> str:
    """A warning when most articles are one line of text: cleaning, which works line by line, cannot work on them.

    Review s77: a corpus whose title and body were run into one line per article (frames-dev) had "Cleaning removed
    no line", which reads as a clean bill of health, while a publisher's licensing footer inside that line stayed in
    16 articles and became two of a group's most distinctive words.

    Parameters
    ----------
    table : DataFrame
        :func:`article_table` rows (``n_paragraphs``, ``n_words``).
    min_words : int, default 100
        Only articles of at least this many words count (a short article may well be one paragraph).

    Returns
    -------
    str
        The warning, or "" when fewer than :data:`SINGLE_LINE_SHARE` of the longer articles are one line.
    """
    if "n_paragraphs" not in table.columns or table.empty:
        return ""
    long = table[table["n_words"].fillna(0) >= min_words]
    if len(long) < 3:
        return ""
    one = int((long["n_paragraphs"].fillna(0) <= 1).sum())
    if one < SINGLE_LINE_SHARE * len(long):
        return ""
    which = f"All {len(long):,}" if one == len(long) else f"{one:,} of the {len(long):,}"
    return (f"{which} articles of {min_words} words or more are a single line of text (no paragraph "
            "breaks). Cleaning works line by line, so it cannot separate page furniture from the story here: a footer, "
            "a promo or a caption inside that line stays in the body text (\"removed no line\" below does not mean the "
            "text is clean), and notebook 01's paragraphs are whole articles. Look for such furniture among the "
            "distinctive terms and shared passages of notebook 02, or give the corpus with its line breaks.")


def structure_table(read: pd.DataFrame) -> pd.DataFrame:
    """The headline, standfirst and number of subheadings found in each article's text, for the articles with any.

    Parameters
    ----------
    read : DataFrame
        The corpus as read (``doc_id``, ``headline``, ``standfirst``, ``subheadings``).

    Returns
    -------
    DataFrame
        ``doc_id``, ``headline``, ``standfirst``, ``subheadings`` (a count), one row per article in which at least
        one of them was found (review s77: a table of 214 empty rows said nothing).
    """
    st = read[["doc_id", "headline", "standfirst"]].assign(subheadings=read["subheadings"].map(len))
    found = (st["headline"].fillna("") != "") | (st["standfirst"].fillna("") != "") | (st["subheadings"] > 0)
    return st[found].reset_index(drop=True)


def structure_sentence(read: pd.DataFrame, found: pd.DataFrame) -> str:
    """How many articles have a headline, standfirst or subheadings found in the text, in one sentence.

    Parameters
    ----------
    read : DataFrame
        The corpus as read.
    found : DataFrame
        :func:`structure_table` of it.

    Returns
    -------
    str
        The count; when it is 0, what that means for a title given inside the text.
    """
    if len(found):
        return (f"{len(found):,} of {len(read):,} articles have a headline, standfirst or subheadings found in their "
                "text (kept as structure, outside the body text):")
    return (f"None of the {len(read):,} articles has a headline, standfirst or subheading found in its text: a title "
            "run into the first line of the text is read as body text. Give titles in a column of their own "
            "(`title`) to keep them out of the analysis.")


def removal_columns(corpus: pd.DataFrame) -> pd.DataFrame:
    """``n_paragraphs``, ``removed_words`` and ``removed_rules`` of each article (from ``text`` and ``removed``).

    With ``engine="dask"`` they are computed per partition on the cluster and
    kept in the metadata table under private names (:data:`METADATA_REMOVAL`,
    :func:`helpers.notebook.setup.derived_columns`).

    Parameters
    ----------
    corpus : DataFrame
        A corpus table with ``text`` and ``removed``.

    Returns
    -------
    DataFrame
        Same index as ``corpus``: ``n_paragraphs`` (non-blank blocks between blank lines), ``removed_words``
        (words of the removed text) and ``removed_rules`` (``"rule:count; ..."``, sorted by rule).
    """
    return pd.DataFrame({
        "n_paragraphs": corpus["text"].map(lambda t: len([p for p in t.split("\n\n") if p.strip()])).astype("int64"),
        "removed_words": corpus["removed"].map(lambda rs: sum(len(r["text"].split()) for r in rs)).astype("int64"),
        "removed_rules": corpus["removed"].map(_rule_summary).astype(object),
    }, index=corpus.index)


def _removals(corpus: pd.DataFrame) -> pd.DataFrame:
    """:func:`removal_columns` of a corpus table, or the same columns of a metadata table (which has them)."""
    if "text" not in corpus.columns and set(METADATA_REMOVAL.values()) <= set(corpus.columns):
        return corpus[list(METADATA_REMOVAL.values())].rename(columns={v: k for k, v in METADATA_REMOVAL.items()})
    return removal_columns(corpus)


def _rule_summary(removed: list[dict]) -> str:
    counts: dict[str, int] = {}
    for r in removed:
        counts[r["rule"]] = counts.get(r["rule"], 0) + 1
    return "; ".join(f"{k}:{v}" for k, v in sorted(counts.items()))


def group_summary(corpus: pd.DataFrame, group_by: str, top_n: int) -> pd.DataFrame:
    """Articles and words per group after duplicate bodies are left out, with the duplicates left out of each.

    The counts are those notebooks 01-04 analyse: articles whose ``duplicate_of`` is set are not counted in
    ``articles`` or ``words`` but in ``duplicates`` of their own group (leftover 1 of round bq: a group with a copied
    story showed more articles here than in any measure, and the index's finding on notebook 00 disagreed with the
    one on notebook 02).

    Parameters
    ----------
    corpus : DataFrame
        A corpus table with ``n_words``, the ``group_by`` column and, when it holds duplicates, ``duplicate_of``.
    group_by : str
        Group column; empty values count as "(unknown)".
    top_n : int
        Groups kept by name (the most frequent); the rest are pooled as "(other)". "(unknown)" takes no place
        among them: the groups kept are those of :func:`helpers.corpus.groups.group_labels`, which notebooks
        01-04 compare, over the articles analysed.

    Returns
    -------
    DataFrame
        ``group``, ``articles``, ``words``, ``mean_words``, ``groups_pooled``
        (how many original groups a row stands for: 1, or more for
        ``"(other)"``), ``duplicates`` (duplicate bodies of the group left out; a duplicate whose group has no
        article analysed is counted in ``"(other)"``, as notebook 02's text reuse labels it). Sorted by articles,
        then words, then name, with the rows that are no group of their own
        (:data:`helpers.corpus.groups.NOT_GROUPS`) last: ``"(other)"``, then ``"(unknown)"``.

    Raises
    ------
    ValueError
        When ``group_by`` is not a column of ``corpus`` (the message lists the columns).
    """
    dup = _checked_duplicates(corpus, group_by)
    kept = corpus[~dup]
    labels = group_values(kept[group_by])  # "unknown", "n/a" are no group either (dogfood 12bg-d)
    pooled = compared_groups(kept, group_by, top_n)  # the groups of notebooks 01-04
    df = pd.DataFrame({"group": pooled, "orig": labels, "words": kept["n_words"]})
    out = df.groupby("group", sort=False).agg(articles=("words", "size"), words=("words", "sum"),
                                              groups_pooled=("orig", "nunique")).reset_index()
    per = pd.Series(dtype="int64")
    if dup.any():
        copies = corpus[dup]
        values = pool_pseudo(group_values(copies[group_by]), pseudo_outlets(copies, group_by))
        shown = set(out["group"])
        copy_groups = _copy_groups(copies, group_by, shown)
        per = copy_groups.value_counts()
        if OTHER in per.index and OTHER not in shown:  # copies of groups with no article analysed: a pool of its own
            only = values[copy_groups == OTHER]
            out = pd.concat([out, pd.DataFrame({"group": [OTHER], "articles": [0], "words": [0],
                                                "groups_pooled": [int(only.nunique())]})], ignore_index=True)
    out["duplicates"] = out["group"].map(per).fillna(0).astype("int64")
    out["mean_words"] = (out["words"] / out["articles"].where(out["articles"] > 0)).round(1).fillna(0.0)
    out = out.sort_values(["articles", "words", "group"], ascending=[False, False, True], kind="stable")
    return pools_last(out, "group")[["group", "articles", "words", "mean_words", "groups_pooled", "duplicates"]]


def removal_audit(corpus: pd.DataFrame) -> pd.DataFrame:
    """Every removed piece of furniture, one row each.

    Parameters
    ----------
    corpus : DataFrame
        A corpus table with ``doc_id``, ``outlet`` and ``removed`` (the cleaner's records), or a Dask metadata
        table whose store holds them (read per partition).

    Returns
    -------
    DataFrame
        ``doc_id``, ``outlet``, ``start``, ``end`` (offsets in ``raw``),
        ``rule``, ``reason``, ``text``, in document and text order.
    """
    if "removed" not in corpus.columns and "dask_store" in corpus.attrs:  # a metadata table: per partition
        return _audit_from_store(corpus)
    rows = [
        {"doc_id": d, "outlet": o, **{k: r[k] for k in ("start", "end", "rule", "reason", "text")}}
        for d, o, rs in zip(corpus["doc_id"], corpus["outlet"], corpus["removed"])
        for r in rs
    ]
    return pd.DataFrame(rows, columns=AUDIT_COLUMNS)


AUDIT_COLUMNS = ["doc_id", "outlet", "start", "end", "rule", "reason", "text"]


def audit_display(audit: pd.DataFrame) -> pd.DataFrame:
    """The cleaning audit as shown to a reader: what was removed, by which rule, and why.

    The page showed ``doc_id, rule, start, end, text``: no reason, and "NaN" as the offsets of every block the
    HTML extractor left out of a saved page (review 12bh-x). Here the reason is kept, offsets are whole numbers
    or empty (a block the extractor left out never was part of the text, so it has none), and the lines the
    cleaning rules removed come first, each group in document order: the rows shown on the page (``max_rows``)
    were otherwise all menu items of the first pages, and the cleaner's own decisions (a paywall, a promo) were
    only in the CSV.

    Parameters
    ----------
    audit : DataFrame
        From :func:`removal_audit`.

    Returns
    -------
    DataFrame
        ``doc_id``, ``rule``, ``reason``, ``start``, ``end`` (text), ``text``; no missing value.
    """
    if audit.empty:
        return pd.DataFrame(columns=["doc_id", "rule", "reason", "start", "end", "text"])
    out = audit[["doc_id", "rule", "reason", "start", "end", "text"]].copy()
    for col in ("start", "end"):
        num = pd.to_numeric(out[col], errors="coerce")
        out[col] = [f"{int(v)}" if pd.notna(v) else "" for v in num]
    out = out.astype(object).where(out.notna(), "")
    return out.sort_values("start", key=lambda c: c.eq(""), kind="stable").reset_index(drop=True)


def _audit_part(part: pd.DataFrame) -> pd.DataFrame:
    return removal_audit(part[["doc_id", "outlet", "removed"]])


def _audit_from_store(meta: pd.DataFrame) -> pd.DataFrame:
    from ..corpus.dask_meta import map_store
    from ..corpus.dask_units import cluster_client

    parts = [p for p in map_store(meta, _audit_part, cluster_client(meta.attrs), columns=["outlet", "removed"]) if len(p)]
    if not parts:
        return pd.DataFrame(columns=AUDIT_COLUMNS)
    audit = pd.concat(parts, ignore_index=True)
    pos = pd.Series(range(len(meta)), index=meta["doc_id"].to_numpy())
    audit["outlet"] = meta["outlet"].to_numpy()[pos.loc[audit["doc_id"]].to_numpy()]  # outlet names as merged
    audit["_pos"] = pos.loc[audit["doc_id"]].to_numpy()
    return audit.sort_values("_pos", kind="stable").drop(columns="_pos").reset_index(drop=True)


def removal_by_rule(corpus: pd.DataFrame) -> pd.DataFrame:
    """Removed lines per article and rule (a wide table, zeros filled).

    Parameters
    ----------
    corpus : DataFrame
        A corpus table with ``doc_id`` and ``removed``, or a metadata table with ``_removed_rules``
        (:data:`METADATA_REMOVAL`).

    Returns
    -------
    DataFrame
        ``doc_id`` (every article, in corpus order) and one column of counts per rule; no row (only the
        ``doc_id`` column) when nothing was removed from any article.
    """
    if "removed" not in corpus.columns and METADATA_REMOVAL["removed_rules"] in corpus.columns:  # a metadata table
        audit = _audit_from_rules(corpus)
    else:
        audit = removal_audit(corpus)
    if audit.empty:
        return pd.DataFrame({"doc_id": corpus["doc_id"].iloc[:0]})
    wide = audit.pivot_table(index="doc_id", columns="rule", values="start", aggfunc="size", fill_value=0)
    wide = wide.reindex(corpus["doc_id"], fill_value=0)
    wide.columns.name = None
    return wide.reset_index()


def removal_view(by_rule: pd.DataFrame, max_rows: int) -> tuple[pd.DataFrame, str]:
    """The articles with most removed lines and only the rules that removed lines from them, for display.

    The full table of :func:`removal_by_rule` has one column per rule that fired anywhere: on 707 articles, 26
    columns, almost all 0, ran past the page's right edge (review s78-A).

    Parameters
    ----------
    by_rule : DataFrame
        From :func:`removal_by_rule`.
    max_rows : int
        Articles shown.

    Returns
    -------
    (DataFrame, str)
        ``doc_id``, ``total`` and the rules that fired in the shown articles, most lines first; and a sentence saying
        what was left out ("" when nothing was). Without any rule column: ``by_rule`` and "".
    """
    rules = [c for c in by_rule.columns if c != "doc_id"]
    if not rules:
        return by_rule, ""
    total = by_rule[rules].sum(axis=1)
    hit = by_rule.assign(total=total)[total > 0]
    top = hit.sort_values(["total", "doc_id"], ascending=[False, True], kind="stable").head(max_rows)
    fired = [c for c in rules if top[c].sum() > 0]
    fired.sort(key=lambda c: (-int(top[c].sum()), c))
    view = top[["doc_id", "total", *fired]].reset_index(drop=True)
    left = []
    if len(hit) > len(top):
        left.append(f"the {len(top):,} of {len(hit):,} articles with most lines removed")
    if len(fired) < len(rules):
        left.append(f"the {len(fired)} of {len(rules)} rules that removed lines from them")
    note = ("Shown: " + " and ".join(left) + " (every article and rule in 00_cleaning_removed.csv)") if left else ""
    return view, note


def _audit_from_rules(corpus: pd.DataFrame) -> pd.DataFrame:
    """One row per removed line, rule only, from the ``_removed_rules`` summaries ("promo:2; trailer:20")."""
    rows = [(d, rule) for d, text in zip(corpus["doc_id"], corpus[METADATA_REMOVAL["removed_rules"]]) if text
            for item in text.split("; ") for rule, k in [item.rsplit(":", 1)] for _ in range(int(k))]
    return pd.DataFrame({"doc_id": [r[0] for r in rows], "rule": [r[1] for r in rows], "start": 0})


def timeline_table(corpus: pd.DataFrame, group_by: str = "outlet") -> pd.DataFrame:
    """Publication dates as parsed, with their precision and basis.

    Uses ``date`` and, when present, the metadata's ``date_precision``
    (``day``, ``month``, ``approx``), ``date_basis`` and ``date_not_before``.

    Parameters
    ----------
    corpus : DataFrame
        A corpus table with ``doc_id`` and ``date``.
    group_by : str, default "outlet"
        Group column ("" for every row when the corpus lacks it; empty values become "(unknown)").

    Returns
    -------
    DataFrame
        ``doc_id``, ``group``, ``date`` (as given), ``date_parsed``,
        ``precision`` (the metadata's when given, else the parser's),
        ``approximate`` (bool: not known to the day), ``date_basis``,
        ``not_before`` (parsed lower bound or NaT); sorted by parsed date
        (undated last), then doc_id.
    """
    parsed = parse_dates(corpus["date"])
    meta_prec = corpus["date_precision"] if "date_precision" in corpus.columns else pd.Series("", index=corpus.index)
    prec = meta_prec.where(meta_prec.astype(str).str.strip() != "", parsed["date_parsed_precision"])
    nb = parse_dates(corpus["date_not_before"])["date_parsed"] if "date_not_before" in corpus.columns else pd.NaT
    out = pd.DataFrame({
        "doc_id": corpus["doc_id"],
        "group": corpus[group_by].astype(str).replace("", "(unknown)") if group_by in corpus.columns else "",
        "date": corpus["date"],
        "date_parsed": parsed["date_parsed"],
        "precision": prec,
        "approximate": parsed["date_parsed"].notna() & (prec != "day"),
        "date_basis": corpus["date_basis"] if "date_basis" in corpus.columns else "",
        "not_before": nb,
    })
    return out.sort_values(["date_parsed", "doc_id"], kind="stable", na_position="last").reset_index(drop=True)


def timeline_display(tl: pd.DataFrame) -> pd.DataFrame:
    """The timeline table as shown to a reader: dates as ``YYYY-MM-DD``, and empty cells where nothing is known.

    ``strftime`` of a missing date gives NaN, which a reader saw as "NaN" in every row of a corpus without
    ``date_basis`` or ``date_not_before`` (issue qa2).

    Parameters
    ----------
    tl : DataFrame
        From :func:`timeline_table`.

    Returns
    -------
    DataFrame
        The same rows and columns, ``date_parsed`` and ``not_before`` as text, missing values as "".
    """
    out = tl.copy()
    for col in ("date_parsed", "not_before"):
        out[col] = pd.to_datetime(out[col]).dt.strftime("%Y-%m-%d")
    return out.astype(object).where(out.notna(), "")


def unreadable_date_lines(corpus: pd.DataFrame, k: int = 5) -> list[str]:
    """Lines on the date columns' values that were not counted, with up to ``k`` of them as given.

    Per column, one line for the values that could not be read as a date, and one for the values read as a date
    but outside :data:`helpers.corpus.dates.PLAUSIBLE_YEARS` (those need no other format); either is left out
    when it has no value.

    Parameters
    ----------
    corpus : DataFrame
        A corpus table; its ``date`` and, when present, ``date_not_before`` columns are read.
    k : int, default 5
        Examples shown per column.

    Returns
    -------
    list of str
        Empty when every non-empty date was read.
    """
    lines = []
    years = f"{PLAUSIBLE_YEARS[0]}-{PLAUSIBLE_YEARS[1]}"
    for col in ("date", "date_not_before"):
        if col not in corpus.columns:
            continue
        n, ex = unreadable_examples(corpus[col], len(corpus))  # every distinct one: split below
        if not n:
            continue
        # a date read in full but outside the years kept ("1987-06-01") needs no other format: say so apart
        outside = [v for v in ex if parse_date(v, plausible_years=_ANY_YEAR)[1] != "invalid"]
        out_set = set(outside)  # once: a set per value was quadratic in a corpus of distinct timestamps
        unread = [v for v in ex if v not in out_set]
        texts = corpus[col].astype(str).where(corpus[col].notna(), "").str.strip()
        n_out = int(texts.isin(out_set).sum())
        if unread:
            shown = ", ".join(repr(v) for v in unread[:k])
            lines.append(f"{n - n_out:,} {col} {noun(n - n_out, 'value')} could not be read as a date, e.g. {shown}. "
                         "Write them as YYYY-MM-DD (or YYYY-MM, YYYY) to have them counted.")
        if outside:
            shown = ", ".join(repr(v) for v in outside[:k])
            lines.append(f"{n_out:,} {col} {noun(n_out, 'value')} {'is' if n_out == 1 else 'are'} read as a date but "
                         f"{'falls' if n_out == 1 else 'fall'} outside {years}, the years taken as plausible "
                         f"(PLAUSIBLE_YEARS in helpers/corpus/dates.py), e.g. {shown}; "
                         "they are left out of every analysis over time.")
    return lines


def single_article_groups_line(articles: pd.DataFrame, group_by: str, groups: pd.Series | None = None) -> str:
    """Notebook 00's line on the groups of exactly one article, without a clause on none of them.

    It printed "0 of 3 outlet groups have exactly one article: for them, ..." (review 12bh-x), and quoted the word
    "any 'group' difference" where it means the groups of ``group_by`` (dogfood 12bi-d2).

    Parameters
    ----------
    articles : DataFrame
        The corpus table; ``group_by`` is one of its columns (empty values are no group).
    group_by : str
        The group column.
    groups : Series, optional
        The group of each article as notebooks 01-04 compare them (:func:`helpers.notebook.group_mix.compared_groups`
        with ``top_n``). When some values are pooled there, the line counts the groups compared and says how many
        single-article values the pools hold (dogfood 12bn-d2: "29 of 66 outlet groups have exactly one article: for
        them, a difference between outlet groups in later notebooks is ..." where all 29 were pooled as "(other)").

    Returns
    -------
    str
        One sentence.
    """
    named = articles.loc[articles[group_by].astype(str).str.strip() != "", group_by]
    single = int((named.value_counts() == 1).sum())
    n_groups = int(named.nunique())
    pools = [] if groups is None else [p for p in (OTHER, PSEUDO) if bool((groups == p).any())]
    if pools:
        compared = groups[~groups.isin(NOT_GROUPS)]
        single_c, n_c = int((compared.value_counts() == 1).sum()), int(compared.nunique())
        text = (f"No {group_by} group compared has exactly one article" if single_c == 0 else
                f"{single_c:,} of the {n_c:,} {group_by} groups compared {noun(single_c, 'has', 'have')} exactly one "
                f"article: for {noun(single_c, 'it', 'them')}, a difference between {group_by} groups in later "
                "notebooks is also a difference between single articles, stories and dates")
        if single > single_c:
            k = single - single_c
            text += (f"; {k:,} of the {n_groups:,} distinct values of {group_by!r} {noun(k, 'has', 'have')} one "
                     f"article and {noun(k, 'is', 'are')} pooled in {' or '.join(pools)}, never compared")
        return text + "."
    if single == 0:
        return f"No {group_by} group has exactly one article."
    return (f"{single:,} of {n_groups:,} {group_by} groups {noun(single, 'has', 'have')} exactly one article: for "
            f"{noun(single, 'it', 'them')}, a difference between {group_by} groups in later notebooks is also a difference "
            f"between single articles, stories and dates.")
