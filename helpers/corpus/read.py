"""Load a news corpus into one table, one row per article.

Accepted sources
----------------
* A folder of ``.txt`` files (UTF-8), optionally with a ``metadata.csv``
  beside them (one row per article; it names each file in a ``file`` column,
  or gives the file stem as ``doc_id``).
* A ``.csv``, ``.tsv`` (tab-separated), ``.jsonl``, ``.json`` (an array of objects) or ``.parquet`` file, optionally
  ``.gz``-compressed,
  with one article per row and a text column.

Nothing in the corpus folder is ever written to.

A folder is read with its subfolders; symbolic links that lead out of it are
not followed (they are listed, see :func:`corpus_files`).

Decoding of text files: UTF-8 (a byte-order mark is dropped) or UTF-16 (with a
byte-order mark, or without one for text in a Latin script); a file that is
not valid UTF-8 is decoded as Windows-1252 (the usual culprit for scraped
English text) and, where even that fails, as Latin-1, with a
:class:`CorpusWarning` naming the file, so that text is never silently lost.
A file whose decoded text is mostly control characters, or (after a fallback
decoding) has hardly any spaces, is reported as binary.
"""
from __future__ import annotations

import hashlib
import re
import string
import unicodedata
import warnings
from pathlib import Path
from typing import Sequence

import pandas as pd

from ..core.paths import did_you_mean, resolve_path
from ..core.progress import progress
from ..core.wording import count, listing, noun, percent
from ..text.lexicon import load_lexicon
from ..text.normalize import fold, mojibake_sequences
from .clean import clean_article, split_lines
from .dates import parse_date
from .html import LEFT_OUT_REASON, LEFT_OUT_RULE, date_disagreements, fill_page_metadata
from .sources import (
    BINARY_CONTROL_SHARE,
    BINARY_MIN_SPACE_SHARE,
    COLUMN_ALIASES,
    CORE_COLUMNS,
    OPTION_STYLES,
    PAGE_COLUMNS,
    STRUCTURE_COLUMNS,
    TABLE_SUFFIXES,
    CorpusError,
    CorpusWarning,
    _how_column,
    _how_day_first,
    corpus_files,
    decode_bytes,
    is_web_domain,
    listed_names,
    option_style,
    outlet_key,
)
from .tables import (
    NO_ID,
    _folder_frame,
    _read_metadata,
    _table_frame,
    duplicate_ids_error,
    duplicate_listing,
    rows_counted,
)
from .title_line import strip_title_line

__all__ = [
    "ADDRESS_COLUMNS",
    "BINARY_CONTROL_SHARE",
    "BINARY_MIN_SPACE_SHARE",
    "COLUMN_ALIASES",
    "DUPLICATE_RULE",
    "mark_near_duplicates",
    "warn_dev_overlap",
    "warn_mojibake",
    "warn_page_kinds",
    "CORE_COLUMNS",
    "CorpusError",
    "CorpusWarning",
    "OPTION_STYLES",
    "PAGE_COLUMNS",
    "STRUCTURE_COLUMNS",
    "TABLE_SUFFIXES",
    "corpus_columns",
    "corpus_files",
    "decode_bytes",
    "load_corpus",
    "normalize_outlets",
    "option_style",
    "outlet_merges",
    "warn_shared_addresses",
]


# --------------------------------------------------------------------------
# the public entry point


def load_corpus(
    source: str | Path,
    metadata: str | Path | None = None,
    *,
    text_col: str | None = None,
    doc_id_col: str | None = None,
    outlet_col: str | None = None,
    title_col: str | None = None,
    date_col: str | None = None,
    clean: bool = True,
    on_bad: str = "error",
    outlet_aliases: str | Path | None = "outlet_aliases",
) -> pd.DataFrame:
    """Load a corpus of news articles into a DataFrame.

    Parameters
    ----------
    source : str or Path
        A folder of ``.txt`` files (with an optional ``metadata.csv``), or a
        ``.csv``/``.jsonl``/``.parquet`` file, optionally ``.gz``. Relative
        paths are taken from the project root.
    metadata : str or Path, optional
        A metadata CSV: for a folder, used instead of ``<folder>/metadata.csv``;
        for a table, joined on ``doc_id``: its columns replace the table's for the rows it lists, the other rows
        keep the table's values.
    text_col, doc_id_col, outlet_col, title_col, date_col : str, optional
        Column names in a table source. When not given, the usual names are
        tried (see ``COLUMN_ALIASES``: e.g. ``source`` for the outlet, ``ID``
        for the id); without an id column, or with ``doc_id_col="none"``, each
        article's id is made from its content, ``doc-3f29c1b7e04a``, the same
        whatever the order of the rows
        (:func:`helpers.corpus.tables.content_ids`).
        For a folder, ``doc_id_col`` to ``date_col`` name columns of its
        metadata file, whose file, outlet, title and date columns are
        otherwise found by their usual names too
        (:func:`helpers.corpus.tables.metadata_columns`); ``text_col`` is
        refused (the text is in the files).
    clean : bool
        Remove site furniture (see :mod:`helpers.corpus.clean`). With ``False`` the
        body is the raw text with its lines as paragraphs.
    outlet_aliases : str, Path or None
        A lexicon of outlet-name variants (default: ``helpers/data/outlet_aliases.yaml``)
        used to merge names of one organisation (e.g. "Fox Online News" and
        "Fox News (Online)" become "Fox News"); the name as given stays in
        ``outlet_raw`` and ``outlet_kind`` says ``"pseudo"`` for names that
        are not outlets. ``None`` keeps names as given.
    on_bad : {"error", "skip"}
        What to do with an empty or binary file, an empty text row, or a JSON Lines line that is not a JSON object: stop
        with a :class:`CorpusError` listing every such item (default), or
        leave them out with a :class:`CorpusWarning` and list them in
        ``corpus.attrs["skipped"]``.

    Returns
    -------
    DataFrame
        One row per article, sorted by ``doc_id``: ``doc_id``, ``outlet``,
        ``title``, ``date``, ``text`` (cleaned body, paragraphs separated by a
        blank line), ``raw`` (text as read), ``n_words``, ``headline``,
        ``standfirst``, ``subheadings``, ``removed`` (list of dicts with
        ``start``, ``end``, ``text``, ``rule``, ``reason``),
        ``n_removed_lines``, ``duplicate_of`` (the first doc_id with the same
        normalised body, or ``""``), ``spans`` (``(role, start, end)`` of every
        kept line in ``raw``: role ``headline``, ``standfirst``, ``subheading``
        or ``body``), then the other metadata columns.
        ``attrs`` holds ``source``, ``columns`` (the column mapping used) and
        ``skipped``.

    Raises
    ------
    CorpusError
        For a missing path, an empty folder, an unknown file type, an
        unreadable, empty or binary file (with ``on_bad="error"``), a metadata
        row without its file, a duplicate ``doc_id``, or a table without a
        text column. Each message names the file and says what to do.

    Warns
    -----
    CorpusWarning
        For a file decoded with the fallback encoding, a file without a
        metadata row, duplicate article bodies, and skipped items.
    """
    if on_bad not in ("error", "skip"):
        raise CorpusError(f"on_bad must be 'error' or 'skip', got {on_bad!r}.")
    path = resolve_path(source)
    if not path.exists():
        raise CorpusError(
            f"corpus {str(path)!r} does not exist.{did_you_mean(source)} Give a folder of .txt or .html files, or a "
            ".csv, .tsv (tab-separated), .jsonl, .json (an array of articles) or .parquet file"
            + ("." if Path(str(source)).expanduser().is_absolute() else " (a relative path is looked for under the "
               f"project root, then in the current folder {str(Path.cwd())!r}).")
        )
    meta_path = resolve_path(metadata) if metadata is not None else None
    cols = {"text": text_col, "doc_id": doc_id_col, "outlet": outlet_col, "title": title_col, "date": date_col}
    if path.is_dir():
        df, skipped = _folder_frame(path, meta_path, on_bad, cols=cols)  # cols name metadata columns (12bp-d)
        unlisted = df.attrs.get("unlisted")  # files without a metadata row (dogfood 12bf-d)
        mapping = {"text": "<file content>", "doc_id": "<file stem>", **df.attrs.get("columns", {})}
        meta_date = False
        if unlisted is not None:  # a metadata file was read: say which usual column it lacks (dogfood 12bp-d)
            _warn_unmapped(df, mapping, unlisted["metadata"])
    else:
        df, skipped, mapping = _table_frame(path, cols, on_bad)
        unlisted, meta_date = None, False
        if meta_path is not None:
            df = _join_table_metadata(df, meta_path)
            unlisted = df.attrs.get("unlisted")
            meta_date = bool(df.attrs.pop("metadata_date", False))  # the metadata file gives the dates
        _warn_unmapped(df, mapping, str(path))
    if df.empty:
        reasons = "\n  ".join(s["reason"] for s in skipped[:10])
        raise CorpusError(
            f"{path}: every article was left out ({len(skipped)} skipped), so nothing is left to analyse:\n  "
            f"{reasons}\nFix or replace these files or rows."
        )
    id_col = mapping.get("doc_id")
    _check_unique_ids(df, str(path), None if id_col in (None, "<file stem>") else id_col)
    df = _add_clean_columns(df, clean, str(path))
    df = normalize_outlets(df, outlet_aliases)
    df = df.sort_values("doc_id", kind="stable").reset_index(drop=True)
    df.attrs.update({"source": str(path), "columns": mapping, "skipped": skipped,
                     "dates": date_options(_date_where(path, meta_path, mapping, meta_date))})
    if unlisted is not None:
        df.attrs["unlisted"] = unlisted
    return df


def _date_where(path: Path, meta_path: Path | None, mapping: dict, meta_date: bool = False) -> str:
    """The file and column the corpus's dates are read from, for messages about them (dogfood 12bf-d); for a table,
    ``meta_date`` says its metadata file has a ``date`` column, which gives the dates of the rows it lists."""
    if path.is_dir():
        meta = meta_path if meta_path is not None else path / "metadata.csv"
        return (f"{meta}, column {mapping.get('date') or 'date'!r}" if meta.is_file()
                else f"{path} (the dates of its web pages)")
    if meta_path is not None and (meta_date or mapping.get("date") is None):
        also = f" (and {path}, column {mapping['date']!r}, for the rows it does not list)" if mapping.get("date") else ""
        return f"{meta_path}, column 'date'{also}"
    return f"{path}, column {mapping.get('date') or 'date'!r}"


def date_options(where: str, day_first: bool | None = None) -> dict:
    """What :func:`helpers.corpus.dates.parse_dates` reads from a date column's ``attrs["dates"]``.

    Parameters
    ----------
    where : str
        The file and column the dates come from ("metadata.csv, column 'date'"), named in its warnings.
    day_first : bool, optional
        Read ambiguous numeric dates (``12/01/2023``) day first (True) or month first (False); None: decide from
        the column's unambiguous dates, else dotted dates (``12.01.2023``) day first and others month first.

    Returns
    -------
    dict
        ``where``, ``day_first`` and ``how`` (how to choose day-first, in the words of the caller).
    """
    return {"where": where, "day_first": day_first, "how": _how_day_first()}


_DATE_NAME = re.compile(r"date|time|publish|day|when", re.I)


def _date_column(df: pd.DataFrame, columns: list) -> str | None:
    """The first of ``columns`` whose values read as dates (at least 80% of up to 200 non-empty ones); a column of
    bare numbers (ids, counts, which may read as years or Unix times) only when its name says date or time."""
    for c in columns:
        values = df[c].dropna().astype(str).str.strip()
        values = values[values != ""].head(200)
        if values.empty:
            continue
        if values.str.fullmatch(r"\d+").all() and not _DATE_NAME.search(str(c)):
            continue
        if sum(pd.notna(parse_date(v)[0]) for v in values) >= 0.8 * len(values):
            return c
    return None


def _warn_unmapped(df: pd.DataFrame, mapping: dict, source: str) -> None:
    """Warn when a table has no outlet or date column under a usual name, naming its other columns.

    Without the warning a column called ``site_name`` or ``pub_date`` was silently ignored: the report then had
    no groups and no dates, and never said which column the user could have named.
    """
    page = {"outlet": "_page_site_name", "date": "_page_date"}  # an html table's pages fill these later

    def _given(col: str) -> bool:
        return col in df.columns and df[col].astype(str).str.strip().ne("").any()

    missing = [r for r in ("outlet", "date")  # what groups and time rest on; a missing title changes little
               if mapping.get(r) is None and not _given(r) and not _given(page[r])]
    if not missing:
        return
    other = [c for c in df.columns
             if c not in ("doc_id", "raw", "outlet", "title", "date", "html", "file", "folder", *PAGE_COLUMNS)]
    if not other:  # nothing the user could have named: the report says the articles have no groups or dates
        return
    looked = "; ".join(f"{r}: {list(COLUMN_ALIASES[r])}" for r in missing)
    listed = missing[0] if len(missing) == 1 else f"{', '.join(missing[:-1])} or {missing[-1]}"
    where = (f"its other columns are {listed_names(other, 20)}: if one of them holds the {listed}, "
             f"{_how_column(missing[0])}" + (" (and likewise for the others)" if len(missing) > 1 else "") + ".")
    dated = _date_column(df, other) if "date" in missing else None
    if dated is not None:  # name the column that holds dates (dogfood 12bm-d: 'Date Published')
        where += f" The column {dated!r} holds dates: {_how_column('date', dated)}."
    warnings.warn(f"{source}: no {listed} column found (looked for {looked}), so the articles have "
                  f"no {' and no '.join(missing)}; {where}", CorpusWarning, stacklevel=3)


def _join_table_metadata(df: pd.DataFrame, meta_path: Path) -> pd.DataFrame:
    meta = _read_metadata(meta_path)
    if "doc_id" not in meta.columns:
        raise CorpusError(f"{meta_path}: needs a 'doc_id' column to join with the corpus; it has "
                          f"{listed_names(meta.columns, 20)}.")
    n, listed = duplicate_listing(meta["doc_id"].tolist(), [(None, i + 1) for i in range(len(meta))])
    if n:
        raise CorpusError(f"{meta_path}: the column 'doc_id' has {count(n, 'value')} given to more than one row: "
                          f"{listed} ({rows_counted(meta_path)}). Keep one row per article.")
    unknown = sorted(set(meta["doc_id"]) - set(df["doc_id"]))
    if unknown:
        raise CorpusError(f"{meta_path}: {count(len(unknown), 'row')} {noun(len(unknown), 'names an article', 'name articles')} not in the corpus: {listed_names(unknown)}. Remove them or fix the ids.")
    overlap = [c for c in meta.columns if c in df.columns and c != "doc_id"]
    missing = sorted(set(df["doc_id"]) - set(meta["doc_id"]))
    out = df.drop(columns=overlap).merge(meta, on="doc_id", how="left").fillna({c: "" for c in meta.columns})
    listed = out["doc_id"].isin(set(meta["doc_id"])).to_numpy()
    for c in overlap:  # a row without a metadata row keeps the table's own value (review r12bf)
        out[c] = out[c].where(listed, df[c].to_numpy())
    df = out
    if missing:  # named at loading, as a folder's files without a row are (helpers.corpus.tables)
        n = len(missing)
        added = [c for c in meta.columns if c != "doc_id" and c not in overlap]
        warnings.warn(
            f"{count(n, 'row')} of the corpus table {noun(n, 'has', 'have')} no row in {meta_path}: "
            f"{[str(d) for d in missing[:10]]}{f' and {n - 10:,} more' if n > 10 else ''}. "
            f"{noun(n, 'It keeps', 'They keep')} the table's own values"
            + (f" of {listing(overlap, limit=10, what='more columns')}" if overlap else "")
            + (f" and {noun(n, 'has', 'have')} no {listing(added, limit=10, what='more columns')}" if added else "")
            + f"; add rows for {noun(n, 'it', 'them')} to {meta_path.name} to set {noun(n, 'its', 'their')} metadata.",
            CorpusWarning, stacklevel=4)
    df.attrs["metadata_date"] = "date" in meta.columns
    df.attrs["unlisted"] = {"metadata": str(meta_path), "doc_ids": [str(d) for d in missing]}
    return df


def _check_unique_ids(df: pd.DataFrame, source: str, column: str | None = None) -> None:
    """Stop when two articles have one id, naming them with their files (a folder) or rows (a table).

    A table's id column is checked as it is read (:func:`helpers.corpus.tables.duplicate_ids_error`); in a folder, a
    metadata file can give a file the name of another file as its id. ``column``: the metadata's id column as its
    file calls it (default ``doc_id``).
    """
    ids = df["doc_id"].astype(str).tolist()
    if "file" not in df.columns:
        error = duplicate_ids_error(source, column or "doc_id", ids)
        if error is not None:
            raise error
        return
    n, listed = duplicate_listing(ids, [(None, f) for f in df["file"].astype(str)])
    if n:
        column = column or "doc_id"
        raise CorpusError(
            f"{source}: {count(n, 'id')} {noun(n, 'is', 'are')} given to more than one file: {listed}. An article's "
            f"id is the {column!r} its metadata row gives, else its file's name. Every article needs its own id: fix "
            f"the ids in the metadata's column {column!r}, or {_how_column('doc_id', NO_ID)} to use the files' names "
            "as ids (that column is then not read).")


ADDRESS_COLUMNS = ("url", "link", "article_url", "permalink")
"""Column names (in any case) that hold an article's web address: two articles with one address and different bodies
are named in a warning (:func:`warn_shared_addresses`). An outlet's page (AllSides' ``source_url``) is none of them."""


def warn_shared_addresses(df: pd.DataFrame, source: str) -> None:
    """Warn when articles with different bodies share a web address.

    A live page saved twice (AllSides' coronavirus topic holds two versions of one Axios "latest developments" page,
    dogfood 12br-d) is two articles of the corpus: not duplicate bodies, so nothing said so and both counted.

    Parameters
    ----------
    df : DataFrame
        The loaded corpus, with ``doc_id`` and ``duplicate_of`` (duplicate bodies are warned about already).
    source : str
        The corpus, as warnings name it.
    """
    cols = [c for c in df.columns if str(c).strip().lower() in ADDRESS_COLUMNS]
    if not cols or "doc_id" not in df.columns:
        return
    col = cols[0]
    addr = df[col].fillna("").astype(str).str.strip()
    keep = addr != ""
    if "duplicate_of" in df.columns:
        keep &= df["duplicate_of"].fillna("").astype(str) == ""
    addr = addr[keep]
    shared = addr[addr.duplicated(keep=False)]
    if shared.empty:
        return
    ids = df.loc[shared.index, "doc_id"].astype(str).groupby(shared.to_numpy(), sort=True).apply(list)
    n, k = len(shared), len(ids)
    eg = "; ".join(" and ".join(repr(d) for d in group[:3]) for group in ids.iloc[:3])
    warnings.warn(
        f"{source}: {count(n, 'article')} with different bodies share {noun(k, 'a web address', 'web addresses')} "
        f"(column {col!r}), e.g. {eg}: often one page saved twice (a live page updated between the saves). Each "
        "is counted as an article of its own; if they are one article, keep only one of its rows in the file.",
        CorpusWarning,
        stacklevel=4,
    )


_WORD_AROUND = r"\S{0,12}"


def warn_mojibake(df: pd.DataFrame, source: str) -> dict:
    """Warn of bodies and titles garbled before the corpus was made (UTF-8 read as Windows-1252: ``â€™``).

    The AllSides corpus holds 273 such titles and 11 such texts; a corpus of scraped text often holds more. They went
    through without a word, and a garbled quotation mark hides a quotation from the sourcing measures (review s80-A,
    finding 5). They are not repaired: ``raw`` is the text as read and every unit's offsets point into it
    (docs/CHOICES.md); the warning says how to repair the file.

    Parameters
    ----------
    df : DataFrame
        The corpus, with ``doc_id``, ``raw`` and, when it has one, ``title``.
    source : str
        The corpus path, for the message.

    Returns
    -------
    dict
        ``{"texts": n, "titles": n, "examples": [...]}`` (the counts of articles, and up to two examples as
        "'word' (title of 'id')"); the warning is given when either count is above 0.
    """
    found = {"texts": 0, "titles": 0, "examples": []}
    for col, key, what in (("raw", "texts", "text"), ("title", "titles", "title")):
        if col not in df.columns:
            continue
        for doc, value in zip(df["doc_id"], df[col]):
            seqs = mojibake_sequences(str(value)) if isinstance(value, str) and not value.isascii() else []
            if not seqs:
                continue
            found[key] += 1
            if len(found["examples"]) < 2:
                m = re.search(_WORD_AROUND + re.escape(seqs[0]) + _WORD_AROUND, value)
                found["examples"].append(f"{m.group(0)!r} ({what} of {str(doc)!r})")
    if found["texts"] or found["titles"]:
        parts = [count(found[k], w) for k, w in (("texts", "article text"), ("titles", "title")) if found[k]]
        warnings.warn(
            f"{source}: {' and '.join(parts)} hold characters garbled before the file was made (UTF-8 read as "
            f"Windows-1252, \"mojibake\"), e.g. {' and '.join(found['examples'])}. They are kept as written, and a "
            "garbled quotation mark hides a quotation from the sourcing measures: repair the file (for example with "
            "the Python package ftfy: ftfy.fix_text) and run again.",
            CorpusWarning, stacklevel=4)
    return found


def _add_clean_columns(df: pd.DataFrame, clean: bool, source: str) -> pd.DataFrame:
    kinds = (dict(zip(df["doc_id"].astype(str), df["_page_kind"].fillna("").astype(str)))
             if "_page_kind" in df.columns else {})
    warn_page_kinds(kinds, source)
    df, keys = _cleaned_frame(df, _clean_rows(df, clean), clean)
    df["duplicate_of"] = _duplicate_of(df, keys, source)
    df["duplicate_of"] = mark_near_duplicates(df, source)
    warn_dev_overlap(df, source)
    warn_shared_addresses(df, source)
    warn_mojibake(df, source)
    _warn_emptied(df, source)
    warn_outsized(df["doc_id"], df["n_words"], source)
    return df


OUTSIZED_RATIO = (10, 50)
"""An article is far longer than the rest when it has at least 10 times the median article's words and 10% of the
corpus's words, or at least 50 times the median (see :func:`warn_outsized`)."""

OUTSIZED_MIN_WORDS = 10_000
"""Below this many words an article is never called outsized, however short the others are (see
:func:`warn_outsized`): a long read of 5,000 words among 300-word news items is journalism, not a broken file, and
even long-form features rarely pass 10,000 words (about 60 KB of text); the file of dogfood 12be-d held 170,000."""


def warn_outsized(doc_ids: pd.Series, n_words: pd.Series, source: str) -> None:
    """Warn, naming them, about articles that are both large and far longer than the rest.

    An article is named when it has at least :data:`OUTSIZED_MIN_WORDS` words and is far longer than the rest
    (:data:`OUTSIZED_RATIO`). Such a file is usually many articles run together, a transcript or a repeated text,
    and it outweighs every other article in the measures counted over paragraphs and sentences (the topic model
    below 100 articles, frames, sourcing, vocabulary): dogfood 12be-d, one 1 MB file held 82% of the words and
    every topic. Said once, when loading, with each one's words, share of the corpus's words and weight in median
    articles, and what to do; the article is kept. A single long read on a small corpus is not named (dogfood
    12bf-d: a 4,000-word feature among five news items was). Corpora of fewer than 3 articles with words are not
    judged.
    """
    words = pd.Series(n_words.to_numpy(), index=doc_ids.astype(str).to_numpy(), dtype=float)
    words = words[words > 0]
    if len(words) < 3:
        return
    median, total = float(words.median()), float(words.sum())
    low, high = OUTSIZED_RATIO
    far = ((words >= low * median) & (words >= 0.1 * total)) | (words >= high * median)
    big = words[far & (words >= OUTSIZED_MIN_WORDS)].sort_values(ascending=False)
    if big.empty:
        return
    shown = "; ".join(f"{d!r} ({int(n):,} words, {percent(n / total)} of the corpus's words, as many as "
                      f"{n / median:,.0f} median articles)" for d, n in big.head(5).items())
    n = len(big)
    warnings.warn(
        f"{source}: {count(n, 'article')} {noun(n, 'is', 'are')} over {OUTSIZED_MIN_WORDS:,} words and far longer "
        f"than the rest (the median article has {int(median):,} words): {shown}. {noun(n, 'It is', 'They are')} kept, "
        f"but the measures counted over paragraphs and sentences (topics on a small corpus, frames, sourcing, word "
        f"choice) weigh {noun(n, 'it', 'them')} like that many articles. If a file holds several articles or a text "
        "repeated, split or fix it; if it is one long document (a transcript, a report), consider moving it out of "
        "the corpus (or its row out of the table) and running again.",
        CorpusWarning,
        stacklevel=4,
    )


def _warn_emptied(df: pd.DataFrame, source: str, total: int | None = None, n: int | None = None) -> None:
    """Warn, naming them, about articles with text whose every line cleaning removed (when some others keep text).

    When no article keeps any text the notebooks stop with an error instead. Text stored as HTML in a table's
    text column is removed whole by the ``markup`` rule: the warning then says to give it as an ``html`` column.
    ``total`` (articles in the corpus) and ``n`` (articles emptied) are given when ``df`` holds only some rows, as
    the Dask engine's metadata table fetches them (:func:`helpers.notebook.setup.load_from_params`).
    """
    emptied = [(d, r) for d, t, raw, r in zip(df["doc_id"], df["text"], df["raw"], df["removed"])
               if not str(t).strip() and str(raw).strip() and r]
    n = len(emptied) if n is None else n
    if not emptied or n >= (len(df) if total is None else total):
        return
    rules = sorted({x["rule"] for _, r in emptied for x in r})
    hint = ""
    if rules == ["markup"]:
        hint = (" Their text is HTML markup: give a table's HTML in a column named 'html' (read as web pages) "
                "or save the pages as .html files.")
    warnings.warn(
        f"{source}: {count(n, 'article')} {noun(n, 'has', 'have')} no body text left after cleaning (every line "
        f"removed, by the rules {rules}), e.g. {[d for d, _ in emptied[:5]]}; they count as articles of 0 words "
        f"and their removed lines are in the cleaning audit.{hint}",
        CorpusWarning,
        stacklevel=4,
    )


CLEAN_LISTS = ("text", "headline", "standfirst", "subheadings", "removed", "spans")
"""The per-article results of cleaning, made by :func:`_clean_rows` (one list each)."""


def _clean_rows(df: pd.DataFrame, clean: bool) -> dict[str, list]:
    """Clean every article on its own (the per-article part of cleaning; see :data:`CLEAN_LISTS`)."""
    texts, heads, stands, subs, removed, spans = [], [], [], [], [], []
    from_html = df["_page_left_out"].map(lambda v: isinstance(v, list)).tolist() if "_page_left_out" in df else [False] * len(df)
    for raw, html in zip(progress(df["raw"].tolist(), desc="cleaning"), from_html):
        if clean:
            res = clean_article(raw, find_body=not html)  # an extractor already found an HTML page's body
            spans.append([(ln.label, ln.start, ln.end) for ln in res.lines if ln.label != "furniture"])
            texts.append(res.text)
            heads.append(res.headline)
            stands.append(res.standfirst)
            subs.append(res.subheadings)
            removed.append(res.removed)
        else:
            lines = split_lines(raw)
            spans.append([("body", ln.start, ln.end) for ln in lines])
            texts.append("\n\n".join(ln.text for ln in lines))
            heads.append("")
            stands.append("")
            subs.append([])
            removed.append([])
    return dict(zip(CLEAN_LISTS, (texts, heads, stands, subs, removed, spans)))


def _cleaned_frame(df: pd.DataFrame, lists: dict[str, list], clean: bool,
                   templates: dict | None = None) -> tuple[pd.DataFrame, list[str]]:
    """The corpus table from the cleaning results, after site templates; and the body key of each article.

    ``templates``: the site templates of the whole corpus when ``df`` is one partition of it
    (see :func:`helpers.corpus.templates.apply_site_templates`); ``duplicate_of`` is left empty.
    """
    texts, heads, stands, subs, removed, spans = (list(lists[k]) for k in CLEAN_LISTS)
    for c in ("outlet", "title", "date"):
        if c not in df.columns:
            df[c] = ""
    if clean:
        texts, heads, stands, subs, spans, removed = _site_templates(df, texts, heads, stands, subs, spans, removed,
                                                                     templates)
    if "_page_left_out" in df.columns:
        removed = [r + [{"start": None, "end": None, "text": t, "rule": LEFT_OUT_RULE,
                         "reason": LEFT_OUT_REASON}
                        for t in (lo if isinstance(lo, list) else [])]
                   for r, lo in zip(removed, df["_page_left_out"])]
        page = pd.DataFrame({a: df[f"_page_{a}"].fillna("") for a in ("title", "date", "site_name", "author",
                                                                          "date_basis") if f"_page_{a}" in df.columns},
                            index=df.index)
        _warn_date_disagreements(date_disagreements(df, page))
        df = fill_page_metadata(df.drop(columns=[c for c in PAGE_COLUMNS if c in df.columns]), page)
    if clean:  # dogfood 12bp-d: the metadata's title repeated as the body's first line is the headline
        for i, title in enumerate(df["title"].fillna("").astype(str).tolist()):
            if title.strip():
                texts[i], heads[i], spans[i], _ = strip_title_line(title, texts[i], heads[i], spans[i])
    df = df.assign(text=texts, headline=heads, standfirst=stands, subheadings=subs, removed=removed, spans=spans)
    words_and_keys = [_words_and_key(t) for t in texts]
    df["n_words"] = [n for n, _ in words_and_keys]
    df["n_removed_lines"] = [len(r) for r in removed]
    df["title"] = df["title"].where(df["title"].str.strip() != "", df["headline"])
    df["duplicate_of"] = ""
    first = CORE_COLUMNS + STRUCTURE_COLUMNS
    rest = [c for c in df.columns if c not in first]
    return df[first + rest], [k for _, k in words_and_keys]


def _warn_date_disagreements(rows: pd.DataFrame) -> None:
    """Say which saved web pages have a metadata date other than their own (:func:`helpers.corpus.html.date_disagreements`)."""
    n = len(rows)
    if not n:
        return
    shown = "; ".join(f"{r.file} (metadata {r.metadata_date}, page {r.page_date})" for r in rows.head(10).itertuples())
    warnings.warn(
        f"{count(n, 'saved web page')} {noun(n, 'has', 'have')} a date in {noun(n, 'its', 'their')} metadata "
        f"(metadata.csv, or the corpus table) other than the date the page gives: {shown}"
        f"{f' and {n - 10:,} more' if n > 10 else ''}. The metadata date is used (a date the metadata gives always "
        "wins over the page's); check which is right, and empty the metadata's date to use the page's. Dates a day "
        "apart (a time zone) are not listed.",
        CorpusWarning, stacklevel=5)


def template_groups(df: pd.DataFrame) -> list[str]:
    """The group of each article for :mod:`helpers.corpus.templates`: its outlet, else the site its page names.

    A saved web page whose outlet the metadata does not give is grouped by the site name the page gives
    (``og:site_name``, its title's suffix or its host; the value that later fills ``outlet``), so that a short line
    shared by pages of different sites, such as the same quotation, is not taken for a template of the whole corpus
    (dogfood 12bg-d: pages of three sites lost 85% of their words). Articles with neither share the group ``""``.

    Parameters
    ----------
    df : DataFrame
        Corpus rows before :func:`helpers.corpus.html.fill_page_metadata` (``outlet`` and, for pages,
        ``_page_site_name``; either may be missing).

    Returns
    -------
    list of str
        One group per row.
    """
    outlet = (df["outlet"].fillna("").astype(str) if "outlet" in df.columns
              else pd.Series("", index=df.index, dtype=object))
    if "_page_site_name" in df.columns:
        site = df["_page_site_name"].fillna("").astype(str).str.strip()
        outlet = outlet.where(outlet.str.strip() != "", site)
    return outlet.tolist()


def _site_templates(df, texts, heads, stands, subs, spans, removed, templates=None):
    """Remove lines that recur across an outlet's distinct articles (see :mod:`helpers.corpus.templates`)."""
    from .templates import apply_site_templates

    raws = df["raw"].tolist()
    spans, removed, changed, summary = apply_site_templates(raws, spans, removed, template_groups(df),
                                                            templates=templates)
    df.attrs["site_templates"] = summary
    for i in changed:
        raw, sp = raws[i], spans[i]
        texts[i] = "\n\n".join(raw[s:e] for lab, s, e in sp if lab == "body")
        heads[i] = next((raw[s:e] for lab, s, e in sp if lab == "headline"), "")
        stands[i] = next((raw[s:e] for lab, s, e in sp if lab == "standfirst"), "")
        subs[i] = [raw[s:e] for lab, s, e in sp if lab == "subheading"]
    return texts, heads, stands, subs, spans, removed


DUPLICATE_RULE = "the same words and numbers, ignoring case, spacing and punctuation"
"""What makes two bodies duplicates (:func:`_words_and_key`; said in the loading warning and by the notebooks).
Two copies of one story that differ by a comma or an apostrophe counted twice in every measure (issue 12bd-e);
bodies must still be equal in every word and number ("3.5" is not "35", "-5" not "5"), so articles that merely share a long quotation stay apart
(near-duplicates that differ in words are text reuse, notebook 02)."""


_DROP_FOR_KEY = str.maketrans("", "", string.punctuation + "".join(
    chr(i) for i in range(0x80, 0x10000) if unicodedata.category(chr(i)).startswith("P")))
"""Deleted from a folded body before its duplicate key: ASCII punctuation and symbols (:func:`helpers.text.normalize.fold`
has already made curly quotes and dashes ASCII) and every punctuation mark of the Unicode basic plane (ellipsis,
guillemets, inverted marks, middle dots, bullets, "。", "،"). Spaces are not deleted: words stay apart, so "the rapist"
is not "therapist". ``str.translate`` costs about 25 microseconds on a 3,500-character body; a regular expression over
``\\W`` cost 200."""

_IN_NUMBER = re.compile(r"(\d)[^\w\s](?=\d)")
"""A mark between two digits ("3.5", "1,000", "5-7"): kept (as :data:`_NUMBER_MARK`), so "3.5" is not "35"."""
_SIGN = re.compile(r"-(?=\d)")
"""A minus or hyphen before a digit: kept, so "-5" is not "5"."""
_NUMBER_MARK = "\ue000"


def _words_and_key(text: str) -> tuple[int, str]:
    """Word count of a body, and a digest that is equal for bodies differing only in case, spacing or punctuation.

    The digest is taken over the body's words with their punctuation deleted (:data:`DUPLICATE_RULE`,
    :data:`_DROP_FOR_KEY`), one space between them; a mark inside a number or a sign before it is kept.
    """
    words = fold(text).split()
    if not words:
        return 0, ""
    spaced = _SIGN.sub(_NUMBER_MARK, _IN_NUMBER.sub("\\1" + _NUMBER_MARK, " ".join(words).casefold()))
    core = " ".join(spaced.translate(_DROP_FOR_KEY).split())
    if not core:  # a body of punctuation only: keep the old key rather than merge all of them
        core = " ".join(words).casefold()
    return len(words), hashlib.blake2b(core.encode("utf-8"), digest_size=16).hexdigest()


def warn_page_kinds(kinds: dict, source: str, limit: int = 6) -> None:
    """Warn about saved pages whose structured data says they are no article (a recipe, a product; review s77-b).

    Parameters
    ----------
    kinds : dict
        doc_id -> the page's non-article schema.org type (:func:`helpers.corpus.html.page_kind`), "" for the others.
    source : str
        The corpus path, named in the warning.
    limit : int, default 6
        Pages named per type.
    """
    by: dict[str, list[str]] = {}
    for doc, kind in sorted(kinds.items()):
        if kind:
            by.setdefault(kind, []).append(doc)
    if not by:
        return
    n = sum(len(v) for v in by.values())
    parts = "; ".join(f"{kind} {len(ids):,} ({', '.join(repr(d) for d in ids[:limit])}"
                      f"{f' and {len(ids) - limit:,} more' if len(ids) > limit else ''})"
                      for kind, ids in sorted(by.items(), key=lambda kv: (-len(kv[1]), kv[0])))
    warnings.warn(f"{source}: {count(n, 'saved page')} {noun(n, 'says', 'say')} in {noun(n, 'its', 'their')} "
                  f"structured data (schema.org) that {noun(n, 'it is', 'they are')} no news or blog article: {parts}. "
                  "They are analysed as articles all the same; leave them out of the corpus to compare articles only.",
                  CorpusWarning, stacklevel=4)


def warn_dev_overlap(df: pd.DataFrame, source: str) -> None:
    """Warn when the corpus overlaps the project's development data (:mod:`helpers.corpus.devsets`, review s77).

    Parameters
    ----------
    df : DataFrame
        The loaded corpus with ``raw``.
    source : str
        The corpus path, named in the warning.
    """
    from .devsets import dev_overlap_warning

    if "raw" not in df.columns or df.empty:
        return
    message = dev_overlap_warning(df["raw"].fillna("").astype(str).tolist(), source)
    if message:
        warnings.warn(message, CorpusWarning, stacklevel=4)


def mark_near_duplicates(df: pd.DataFrame, source: str) -> list[str]:
    """``duplicate_of`` with the near-duplicates of one outlet added (:mod:`helpers.corpus.near_duplicates`).

    Parameters
    ----------
    df : DataFrame
        The loaded corpus with ``doc_id``, ``outlet``, ``text`` and the exact ``duplicate_of``.
    source : str
        The corpus path, named in the warning.

    Returns
    -------
    list of str
        ``duplicate_of`` with, for each near-duplicate, the first article of its set; a warning names them.
    """
    from .near_duplicates import NEAR_DUPLICATE_RULE, near_duplicate_of

    exact = df["duplicate_of"].fillna("").astype(str).tolist()
    near = near_duplicate_of(df["doc_id"].astype(str).tolist(), template_groups(df), df["text"].fillna("").tolist(),
                             exact)
    pairs = [(d, f) for d, f in zip(df["doc_id"], near) if f]
    if pairs:
        n = len(pairs)
        warnings.warn(
            f"{source}: {count(n, 'article')} nearly {noun(n, 'repeats', 'repeat')} an earlier article of the same "
            f"outlet ({NEAR_DUPLICATE_RULE}), e.g. {'; '.join(f'{d!r} (a near-copy of {f!r})' for d, f in pairs[:5])}. "
            "Like exact copies they are kept with 'duplicate_of' naming the first, and notebooks 01-04 count the article "
            "once (text reuse still sees every copy).",
            CorpusWarning,
            stacklevel=4,
        )
    return [e or f for e, f in zip(exact, near)]


def _duplicate_of(df: pd.DataFrame, key: list[str], source: str) -> list[str]:
    order = df["doc_id"].argsort(kind="stable")
    first_of: dict[str, str] = {}
    dup_of = [""] * len(df)
    for pos in order:
        k = key[pos]
        if not k:
            continue
        if k in first_of:
            dup_of[pos] = first_of[k]
        else:
            first_of[k] = df["doc_id"].iat[pos]
    n = sum(1 for d in dup_of if d)
    if n:
        pairs = [(df["doc_id"].iat[i], d) for i, d in enumerate(dup_of) if d][:5]
        warnings.warn(
            f"{source}: {count(n, 'article')} {noun(n, 'has', 'have')} the same body as an earlier one ({DUPLICATE_RULE}), "
            f"e.g. {'; '.join(f'{d!r} (a copy of {f!r})' for d, f in pairs)}. The loaded table keeps them, with the "
            "column 'duplicate_of' naming the first copy; the report's notebooks 01-04 count each body once (text "
            "reuse still sees every copy). In Python, drop them with corpus[corpus.duplicate_of == ''].",
            CorpusWarning,
            stacklevel=4,
        )
    return dup_of


def normalize_outlets(df: pd.DataFrame, aliases: str | Path | None = "outlet_aliases") -> pd.DataFrame:
    """Merge name variants of one outlet, keeping the given name.

    Parameters
    ----------
    df : DataFrame
        A table with an ``outlet`` column.
    aliases : str, Path or None
        Lexicon file (see ``helpers/data/outlet_aliases.yaml``): each entry's
        ``label`` is the merged name and its ``terms`` the names mapped to it,
        compared ignoring case and surrounding spaces. Then spaces around a
        name are dropped and runs of spaces inside it made one, and names that
        differ only in case, spaces, punctuation, a leading "The" or the form
        of a web address ("The Guardian", "Guardian", "theguardian.com"; see
        :func:`helpers.corpus.sources.outlet_key`) are merged into their
        written-out spelling used most. ``None`` maps nothing.

    Returns
    -------
    DataFrame
        ``df`` with ``outlet`` normalised, ``outlet_raw`` (the name as given)
        and ``outlet_kind`` (``"pseudo"`` for entries so marked, else ``""``)
        inserted after ``outlet``.
    """
    raw = df["outlet"].astype(str)
    mapping: dict[str, tuple[str, str]] = {}
    if aliases is not None:
        lex = load_lexicon(aliases, extra_entry_keys=("kind",))
        for entry in lex["entries"].values():
            for term in entry.get("terms", []):
                mapping[term.strip().casefold()] = (entry.get("label", term), entry.get("kind", ""))
    key = raw.str.strip().str.casefold()
    hit = key.map(lambda k: mapping.get(k, (None, "")))
    out = df.copy()
    # spaces around or doubled inside a name are never part of it (" nytimes " typed by hand): tidied, except with
    # aliases None (names as given)
    named = [m[0] if m[0] is not None else r if aliases is None else " ".join(r.split()) for m, r in zip(hit, raw)]
    kinds = [m[1] for m in hit]
    out["outlet"] = named if aliases is None else _merge_spellings(named, kinds)
    out["outlet_raw"] = raw.to_numpy()
    out["outlet_kind"] = kinds
    return out


def _display_rank(name: str, count: int) -> tuple:
    """Sort key of the spellings of one name: a written-out form (a space or a capital, not a web address) first,
    then the most used, then the fuller name ("The Hill" over "Hill", "nytimes.com" over "www.nytimes.com")."""
    slug = (name == name.lower() and not any(ch.isspace() for ch in name)) or is_web_domain(name)
    return (slug, -count, len(name) if slug else -len(name), name)


def _merge_spellings(names: list[str], kinds: list[str] | None = None) -> list[str]:
    """Map spellings of one outlet name to one of them: names that differ only in case, spaces, punctuation, a leading
    "The" or the form of a web address (:func:`helpers.corpus.sources.outlet_key`).

    A corpus may write the same outlet as "The Guardian", "theguardian" and "the-guardian" (a label typed by hand
    next to one taken from a web address), or as "Guardian" and "theguardian.com" (a saved page's site; review
    s81-A). They become the written-out spelling (one with a space or a capital letter, not a web address), the most
    frequent of those, then the longest ("The Hill" over "Hill"), then the first in sort order. Names that differ in any other letter or digit ("New York Post"
    and "New York Times") are never merged, nor a pseudo-outlet with an outlet (``kinds``, as ``outlet_kind``).
    """
    kinds = [""] * len(names) if kinds is None else kinds
    counts: dict[tuple[str, str], int] = {}
    for n, kind in zip(names, kinds):
        counts[(n, kind)] = counts.get((n, kind), 0) + 1
    spellings: dict[tuple[str, str], list[str]] = {}
    for n, kind in counts:
        k = outlet_key(n)
        if k and n not in spellings.get((kind, k), []):
            spellings.setdefault((kind, k), []).append(n)
    chosen = {(n, kind): min(group, key=lambda g: _display_rank(g, counts[(g, kind)]))
              for (kind, _), group in spellings.items() if len(group) > 1 for n in group}
    return [chosen.get((n, kind), n) for n, kind in zip(names, kinds)]


def outlet_merges(corpus: pd.DataFrame) -> pd.DataFrame:
    """The outlet names that normalisation changed, with article counts.

    Parameters
    ----------
    corpus : DataFrame
        A table from :func:`load_corpus`.

    Returns
    -------
    DataFrame
        ``outlet``, ``outlet_raw``, ``outlet_kind``, ``articles`` for every
        pair where the raw name differs from the outlet or is a pseudo-outlet,
        sorted by outlet and raw name; empty (with these columns) when the
        corpus lacks the outlet columns.
    """
    cols = ["outlet", "outlet_raw", "outlet_kind"]
    if not set(cols) <= set(corpus.columns):
        return pd.DataFrame(columns=cols + ["articles"])
    changed = corpus[(corpus.outlet != corpus.outlet_raw) | (corpus.outlet_kind != "")]
    out = changed.groupby(cols, sort=True).size().rename("articles").reset_index()
    return out


def corpus_columns(corpus: pd.DataFrame) -> Sequence[str]:
    """Metadata columns of a corpus table (those not made by the loader).

    Parameters
    ----------
    corpus : DataFrame
        A table from :func:`load_corpus`.

    Returns
    -------
    list of str
        The columns that are not core, structure, ``file`` or outlet-normalisation columns, in table order; on a
        metadata table of the ``dask`` engine (:func:`helpers.corpus.dask_meta.read_meta`), not its columns
        computed from the text (``attrs["derived"]``: ``removed_rules``, ``language``, ...) nor ``_part`` either,
        so that both engines name the same columns (dogfood 12bo-e: ``removed_rules`` was checked as metadata by
        notebook 00's group mix with ``dask`` only, and the index called it an uneven mix).
    """
    made = set(CORE_COLUMNS + STRUCTURE_COLUMNS + ["file", "outlet_raw", "outlet_kind"])
    if corpus.attrs.get("metadata_only"):
        made |= {*corpus.attrs.get("derived", []), "_part"}
    return [c for c in corpus.columns if c not in made]
