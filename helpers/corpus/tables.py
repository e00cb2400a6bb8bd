"""Reading a corpus into one table: folder corpora (files plus metadata.csv) and table corpora (CSV, JSONL, Parquet)."""
from __future__ import annotations

import gzip
import io
import json
import re
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from ..core.paths import close_name, did_you_mean
from ..core.progress import progress
from ..core.wording import count, listing, noun
from ..text.normalize import drop_block_tags, drop_inline_tags, unescape_entities
from .html import HtmlError, html_stem, is_html_name
from .sources import (
    _OPTION_STYLE,
    COLUMN_ALIASES,
    PAGE_COLUMNS,
    TABLE_SUFFIXES,
    CorpusError,
    CorpusWarning,
    _how_column,
    _how_skip,
    _html_table,
    _read_html_page,
    _read_text_file,
    _sentence,
    _utf16_encoding,
    corpus_files,
    decode_bytes,
    decode_lines,
    drop_heading_marks,
    how_group_by,
    listed_names,
    warn_skipped,
)

__all__ = ["CONTENT_ID_HEX", "CONTENT_ID_PREFIX", "DUPLICATES_SHOWN", "FILE_ALIASES", "METADATA_ROLES", "NO_ID",
           "arrow_json_lines", "bad_lines_skipped", "content_ids", "content_keys", "data_rows_of_lines",
           "decoding_summary", "duplicate_ids_error", "duplicate_listing", "metadata_columns", "no_id_column",
           "rows_counted"]


# --------------------------------------------------------------------------
# folder corpora



def _unlisted_consequence(unlisted: list[str]) -> str:
    """What becomes of files without a metadata row: text files have no outlet, title or date; a web page takes them
    from the page where it gives them (it was said to have none, review 12bh-x)."""
    pages = sum(1 for f in unlisted if is_html_name(f))
    texts = len(unlisted) - pages
    unknown = "shown as the group (unknown), counted in every total and corpus-wide result but never compared as a group."
    if not pages:
        return (f"{noun(texts, 'It is', 'They are')} loaded with empty metadata: no outlet, title or date, so "
                f"{noun(texts, 'it', 'they')} {noun(texts, 'counts', 'count')} in every total and corpus-wide result "
                f"but, shown as the group (unknown), {noun(texts, 'is', 'are')} never compared as a group.")
    said = ""
    if texts:
        said = f"{count(texts, 'text file')} {noun(texts, 'has', 'have')} no outlet, title or date: {unknown} "
    return (said + f"{noun(pages, 'The web page takes its', 'The web pages take their')} title, date and outlet from "
            f"the page itself where it gives them (notebook 00 lists each article's); a page that names no outlet is "
            + unknown)

def _read_metadata(path: Path) -> pd.DataFrame:
    if not path.is_file():
        raise CorpusError(f"metadata file {str(path)!r} not found.{did_you_mean(path)} Give the path of a CSV file, "
                          "or None.")
    try:
        meta = _read_csv(path)
    except pd.errors.ParserError as exc:
        raise CorpusError(f"{path}: not a readable CSV file ({exc}).") from exc
    except pd.errors.EmptyDataError as exc:
        raise CorpusError(f"{path}: the metadata file is empty: give a header row and one row per article.") from exc
    meta.columns = [c.strip() for c in meta.columns]
    return meta


def _how_metadata() -> str:
    return {"python": "metadata='path/to/file.csv'", "notebook": 'the parameter metadata = "path/to/file.csv"',
            "cli": "-p metadata path/to/file.csv", "validation": "--metadata path/to/file.csv"}[_OPTION_STYLE.get()]


def _columns_option() -> str:
    return {"python": "the column arguments (outlet_col=..., date_col=...)", "notebook": "the parameter columns",
            "cli": "the option -p columns", "validation": "the option --columns"}[_OPTION_STYLE.get()]


FILE_ALIASES = ("file", "filename", "file_name", "filepath", "file_path", "path")
"""Names of a folder metadata file's column of file names, tried in order, then in any case and spacing ("Filename",
"File Name", dogfood 12bp-d)."""

METADATA_ROLES = ("doc_id", "outlet", "title", "date")
"""The column roles a folder's metadata file can name with the ``columns`` option (its text is in the files)."""


def metadata_columns(meta: pd.DataFrame, cols: dict | None, meta_path: Path | str) -> tuple[pd.DataFrame, dict]:
    """A folder's metadata table with its columns under the loader's names: ``file``, ``outlet``, ``title``, ``date``.

    A metadata file saved by a user rarely says ``file`` and ``outlet``: "Filename", "Publication", "Headline" were
    ignored, so every article had no outlet, title or date and no message said why (dogfood 12bp-d). The column of
    file names is found by :data:`FILE_ALIASES`, outlet, title and date by the usual names of a table corpus
    (``COLUMN_ALIASES``, in any case and spacing), and any of ``doc_id``, ``outlet``, ``title``, ``date`` can be
    named, as for a table (``-p columns '{date: Date Published}'``).

    Parameters
    ----------
    meta : DataFrame
        The metadata file as read (strings).
    cols : dict or None
        Role (``doc_id``, ``outlet``, ``title``, ``date``) to column name, as given by the user; None values are
        ignored. ``doc_id`` :data:`NO_ID` leaves the metadata's ``doc_id`` column out: each article's id is then its
        file's name.
    meta_path : Path or str
        The metadata file, named in messages.

    Returns
    -------
    (DataFrame, dict)
        The table with the columns found renamed (a column already called like the role is replaced by the one the
        user named), and the role -> original column name of every column used.

    Raises
    ------
    CorpusError
        For a named column the file does not have (with the closest name and the option to give it), or a role
        that is not a metadata column (``text``: a folder's text is in its files).
    """
    no_id = no_id_column((cols or {}).get("doc_id"))  # the files' names as ids (review s81-A)
    cols = {k: v for k, v in (cols or {}).items() if v is not None and not (k == "doc_id" and no_id)}
    other = sorted(set(cols) - set(METADATA_ROLES))
    if other:
        raise CorpusError(
            f"{meta_path}: a folder corpus takes its text from its files, so {_columns_option()} can name only the "
            f"metadata file's {list(METADATA_ROLES)} columns, not {other}. Leave {other} out of it, "
            "or pass a table file (.csv, .jsonl, ...) that holds the text.")
    rename: dict[str, str] = {}
    if "file" not in meta.columns:
        folded = _folded_columns(meta)
        found = next((folded[_fold_name(a)] for a in FILE_ALIASES if _fold_name(a) in folded), None)
        if found is not None:
            rename[found] = "file"
    for role in METADATA_ROLES:
        if role in cols:
            col = _pick_column(meta, role, cols[role], False, str(meta_path))
        elif role == "doc_id" or role in meta.columns:
            continue  # a metadata file's own id is read only as 'doc_id' (or named): 'id' may be the user's number
        else:
            col = _pick_column(meta, role, None, False, str(meta_path))
        if col is not None and col not in rename and col != role:
            rename[col] = role
    mapping = {role: col for col, role in rename.items()}
    replaced = [r for r in rename.values() if r in meta.columns]
    meta = meta.drop(columns=replaced).rename(columns=rename)
    if no_id and "doc_id" in meta.columns:
        if "file" not in meta.columns:
            raise CorpusError(
                f"{meta_path}: {_columns_option()} says the id column is {NO_ID!r} (the files' names as ids), but the "
                f"metadata file has no column of file names (looked for {list(FILE_ALIASES)}): its 'doc_id' column "
                "names the file of each row. Add a 'file' column with each row's file name, or leave doc_id out of "
                f"{_columns_option()}.")
        meta = meta.drop(columns=["doc_id"])
    return meta, mapping


def _semicolon_header(head: bytes) -> bool:
    """True when a CSV file's header row has semicolons and no comma outside quotes: columns separated by ";".

    Spreadsheets set to a European locale save CSV with ";" (the comma being the decimal mark); such a file stopped
    with "Error tokenizing data" (dogfood 12bk-d). UTF-16 text is not looked at (its header has zero bytes).
    """
    line = head.split(b"\n", 1)[0].decode("utf-8", errors="ignore").lstrip("\ufeff")
    outside = re.sub(r'"[^"]*"', "", line)
    return ";" in outside and "," not in outside


def _read_csv(path: Path, sep: str = ",") -> pd.DataFrame:
    """A CSV file (optionally .gz) as a table of strings, decoded like a folder's articles (dogfood 12bf-d).

    ``sep``: the column separator ("\\t" for a tab-separated ``.tsv`` file, dogfood 12bg-d); a comma-separated file
    whose header row has semicolons and no comma is read with ";" (:func:`_semicolon_header`).

    UTF-8 with or without a byte-order mark is read directly; UTF-16 (with a mark, or detected by its zero bytes)
    is decoded by :func:`helpers.corpus.sources.decode_bytes`; a file that is not valid UTF-8 line by line by
    :func:`helpers.corpus.sources.decode_lines` (UTF-8 where a line is, else Windows-1252, then Latin-1), with a
    :class:`CorpusWarning` naming the file, the rows not read as UTF-8 and the encoding used (a metadata.csv saved by
    Excel on Windows was refused before, while its article files were read; review s80-A: one pasted Windows-1252
    row made the whole file Latin-1).
    """
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as fh:
        head = fh.read(8192)
    if sep == "," and _semicolon_header(head):
        sep = ";"  # saved by a spreadsheet set to a European locale (dogfood 12bk-d)
    if _utf16_encoding(head) is None:
        try:
            return pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        except UnicodeDecodeError:
            pass
    with opener(path, "rb") as fh:
        data = fh.read()
    if _utf16_encoding(head) is not None:
        text = decode_bytes(data, str(path))
    else:  # UTF-8 but for some rows: each line in its own encoding (review s80-A, finding 4)
        text, other = decode_lines(data, str(path))
        _warn_rows_decoded(path, text, sep, other)
    return pd.read_csv(io.StringIO(text.lstrip("\ufeff")), sep=sep, dtype=str, keep_default_na=False)


def _row_ranges(rows: list[int]) -> str:
    """``[3, 4, 5, 9]`` as "3-5 and 9" (at most eight ranges named, the rest counted)."""
    spans: list[list[int]] = []
    for r in rows:
        if spans and r == spans[-1][1] + 1:
            spans[-1][1] = r
        else:
            spans.append([r, r])
    return listing([f"{a}-{b}" if b > a else f"{a}" for a, b in spans], limit=8, what="more stretches")


def data_rows_of_lines(text: str, sep: str, lines: list[int]) -> tuple[list[int], bool, int]:
    """The data rows of a CSV text that hold the given physical lines.

    Parameters
    ----------
    text : str
        The decoded CSV text (a quoted field may span lines).
    sep : str
        The column separator.
    lines : list of int
        Line numbers, the first line being 1.

    Returns
    -------
    (list of int, bool, int)
        The data rows holding those lines, sorted, counted as the user counts them (the first article, the row
        after the header, is 1); whether the header row is one of them; the number of data rows.
    """
    import csv

    wanted, rows, header = sorted(set(lines)), set(), False
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=sep)
    row, start, k = -1, 1, 0
    for fields in reader:
        end = reader.line_num
        if fields:  # pandas skips blank lines
            row += 1
            while k < len(wanted) and wanted[k] <= end:
                if wanted[k] >= start:
                    if row == 0:
                        header = True
                    else:
                        rows.add(row)
                k += 1
        start = end + 1
    return sorted(rows), header, max(row, 0)


def _warn_rows_decoded(path: Path, text: str, sep: str, other: dict[int, str]) -> None:
    """Warn of the rows of a table read as Windows-1252 or Latin-1, by their numbers (review s80-A, finding 4)."""
    if not other:
        return
    parts, total, every = [], 0, True
    used = [e for e in ("cp1252", "latin-1") if e in other.values()]
    for enc in used:
        lines = [i for i, e in other.items() if e == enc]
        rows, header, total = data_rows_of_lines(text, sep, lines)
        every = every and len(rows) == total
        where = ([f"{noun(len(rows), 'row', 'rows')} {_row_ranges(rows)}"] if rows else []) + \
            (["the header row"] if header else [])
        parts.append(f"{' and '.join(where)} decoded as {enc} ({_ENCODING_NAMES[enc]})")
    if every and len(parts) == 1:
        said = f"not valid UTF-8; decoded as {used[0]} ({_ENCODING_NAMES[used[0]]}), {'its one row' if total == 1 else f'all {total:,} rows'}. " \
               "Check the accented characters and quotes"
    else:
        said = (f"not valid UTF-8 in some rows: {'; '.join(parts)}, every other row as UTF-8 (rows counted from the "
                f"first article as 1, of {total:,}). Check the accented characters and quotes of those rows")
    warnings.warn(f"{path}: {said}, and re-save the file as UTF-8 to silence this.", CorpusWarning, stacklevel=5)


def _folder_metadata(folder: Path, metadata: Path | None, cols: dict | None) -> tuple[pd.DataFrame | None, Path, dict]:
    """A folder's metadata table (None without one) with its columns under the loader's names, its path, and the
    columns used (:func:`metadata_columns`); the option naming columns without a metadata file stops."""
    meta_path = metadata if metadata is not None else folder / "metadata.csv"
    meta = _read_metadata(meta_path) if (metadata is not None or meta_path.is_file()) else None
    if meta is not None:
        meta, used = metadata_columns(meta, cols, meta_path)
        return meta, meta_path, used
    if any(v is not None and not (k == "doc_id" and no_id_column(v)) for k, v in (cols or {}).items()):
        raise CorpusError(
            f"{folder}: {_columns_option()} names metadata columns, but the folder has no metadata.csv: a folder "
            f"corpus takes its text from its files. Give the metadata file ({_how_metadata()}), or leave out "
            f"{_columns_option()}.")
    return None, meta_path, {}


def _folder_frame(folder: Path, metadata: Path | None, on_bad: str, part: list[Path] | None = None,
                  clash: set | None = None, cols: dict | None = None) -> tuple[pd.DataFrame, list[dict]]:
    """Read a corpus folder; or, with ``part``, only those of its files (a partition, see :mod:`helpers.corpus.dask_corpus`).

    ``clash`` (with ``part``): the file stems that occur more than once in the whole folder. ``cols``: the metadata
    file's columns named by the user (:func:`metadata_columns`); ``attrs["columns"]`` of the result holds the
    metadata columns used.
    """
    every, links = corpus_files(folder) if part is None else (part, [])
    warn_skipped(links, folder, stacklevel=4)
    files = [p for p in every if p.suffix.lower() == ".txt" or is_html_name(p.name)]
    unread = {p.relative_to(folder).as_posix() for p in every if _unread_article(p)}
    if not files:
        others = [p.relative_to(folder).as_posix() for p in every][:5]
        hint = f" It holds {others}." if others else " It is empty."
        raise CorpusError(
            f"corpus folder {str(folder)!r} has no .txt files (or .html/.htm pages; subfolders included).{hint} "
            "Put one UTF-8 .txt file (or one .html/.htm page, optionally .gz) per article in it, or pass a "
            ".csv/.tsv/.jsonl/.json/.parquet file instead."
        )
    meta, meta_path, used = _folder_metadata(folder, metadata, cols)
    named = set(_file_paths(meta["file"])) if meta is not None and "file" in meta.columns else set()
    if unread - named and part is None:
        _warn_unread(sorted(unread - named), folder)

    rels = [p.relative_to(folder) for p in files]
    stems = pd.Series([html_stem(r.name) if is_html_name(r.name) else r.stem for r in rels])
    clash = set(stems[stems.duplicated(keep=False)]) if clash is None else clash
    rows, skipped, errors = [], [], []
    if part is None:  # the whole folder, in one thread: its fallback decodings said once (dogfood 12bp-d)
        with warnings.catch_warnings(record=True) as heard:
            warnings.simplefilter("always")
            _read_folder_files(files, rels, stems, clash, on_bad, rows, skipped, errors)
        _rewarn_decodings(heard, folder)
    else:  # a dask partition, maybe in a worker thread beside others: catch_warnings is not thread-safe
        _read_folder_files(files, rels, stems, clash, on_bad, rows, skipped, errors)
    if errors:
        raise CorpusError(
            f"{len(errors):,} unreadable {noun(len(errors), 'file')} in {str(folder)!r}:\n  " + "\n  ".join(errors[:10])
            + (f"\n  and {len(errors) - 10:,} more" if len(errors) > 10 else "")
            + f"\nFix or remove them, or {_how_skip()} to leave them out (they are then listed "
            + ("in corpus.attrs['skipped'])." if _OPTION_STYLE.get() == "python" else "by notebook 00_corpus).")
        )
    if on_bad == "skip":
        for s in skipped:
            warnings.warn(f"skipped {s['reason']}", CorpusWarning, stacklevel=3)
    skipped = links + skipped
    df = pd.DataFrame(rows, columns=["doc_id", "file", "raw"] + (PAGE_COLUMNS if any(len(r) > 3 for r in rows) else []))
    if meta is None:
        if part is None:
            _warn_other_tables(every, folder)
        return _add_subfolders(df, folder, warn=part is None), skipped
    if part is not None and ("file" in meta.columns or "doc_id" in meta.columns):  # a partition: its files' rows only
        mine = set(df["file"]) | set(df["doc_id"])
        keep = _file_paths(meta["file"]).isin(mine) if "file" in meta.columns else meta["doc_id"].str.strip().isin(mine)
        meta = meta[keep.to_numpy()]
    out = _join_folder_metadata(df, meta, meta_path, folder, {s["source"] for s in skipped}, unread,
                                used.get("doc_id", "doc_id"))
    out.attrs["columns"] = used
    return out, skipped


def _read_folder_files(files: list[Path], rels: list[Path], stems: pd.Series, clash: set, on_bad: str, rows: list,
                       skipped: list, errors: list) -> None:
    """Read a folder's article files into ``rows``; an unreadable one goes to ``errors`` (or ``skipped``)."""
    for i, (path, rel) in enumerate(progress(list(zip(files, rels)), desc="reading files")):
        stem = stems[i]
        doc_id = (rel.parent / stem).as_posix() if stem in clash else stem
        page = {}
        try:
            if is_html_name(path.name):
                raw, page = _read_html_page(path)
            else:
                raw = drop_heading_marks(unescape_entities(_read_text_file(path)))  # a renamed .md file; tags kept: see
                # _table_frame (a text file keeps its characters where annotations point)
        except (CorpusError, HtmlError) as exc:
            if on_bad == "error":
                errors.append(str(exc))
            else:
                skipped.append({"doc_id": doc_id, "source": str(path), "reason": str(exc)})
            continue
        rows.append({"doc_id": doc_id, "file": rel.as_posix(), "raw": raw, **page})


_DECODED = re.compile(r"^(?P<name>.*): not valid UTF-8 \(first bad byte at offset (?P<offset>\d+)\); decoded as "
                      r"(?P<enc>[\w-]+)\. ")
"""The warning :func:`helpers.corpus.sources.decode_bytes` gives for a file read in a fallback encoding."""

_ENCODING_NAMES = {"cp1252": "Windows-1252", "latin-1": "Latin-1"}


def decoding_summary(messages: list[str], folder: Path | str) -> tuple[list[str], list[str]]:
    """One message per fallback encoding for the files of a folder that are not UTF-8, and the other messages.

    A folder saved on Windows holds many such files; one warning per file filled the top of the report's index
    (17 of its 19 warnings on the dogfood 12bp-d corpus) and hid the ones that change the numbers (dogfood 12bp-d).
    A single file keeps its own message.

    Parameters
    ----------
    messages : list of str
        Warning messages given while the folder's files were read.
    folder : Path or str
        The corpus folder: file names are given relative to it.

    Returns
    -------
    (list of str, list of str)
        The grouped messages about decoding (one per encoding, files in the order read, ten named), and every other
        message unchanged.
    """
    by_enc: dict[str, list[tuple[str, str]]] = {}
    others, singles = [], {}
    for msg in messages:
        m = _DECODED.match(msg)
        if m is None:
            others.append(msg)
            continue
        by_enc.setdefault(m["enc"], []).append((m["name"], m["offset"]))
        singles[m["enc"]] = msg
    grouped = []
    root = str(folder).rstrip("/") + "/"
    for enc, items in by_enc.items():
        if len(items) == 1:
            grouped.append(singles[enc])
            continue
        named = [f"{(n[len(root):] if n.startswith(root) else n)!r} (offset {o})" for n, o in items[:10]]
        more = f" and {len(items) - 10:,} more" if len(items) > 10 else ""
        grouped.append(
            f"{count(len(items), 'file')} in {str(folder)!r} {noun(len(items), 'is', 'are')} not valid UTF-8 and "
            f"{noun(len(items), 'was', 'were')} decoded as {enc} ({_ENCODING_NAMES.get(enc, enc)}): "
            f"{', '.join(named)}{more} (offset: the first byte that is not UTF-8). Check accented characters and quotes, "
            "and re-save the files as UTF-8 to silence this.")
    return grouped, others


def _rewarn_decodings(heard: list, folder: Path) -> None:
    """Give again the warnings heard while a folder's files were read, its fallback decodings grouped."""
    corpus = [w for w in heard if issubclass(w.category, CorpusWarning)]
    grouped, _ = decoding_summary([str(w.message) for w in corpus], folder)
    for w in heard:
        if w in corpus and _DECODED.match(str(w.message)):
            continue
        warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    for msg in grouped:
        warnings.warn(msg, CorpusWarning, stacklevel=4)


def _add_subfolders(df: pd.DataFrame, folder: Path, warn: bool = True) -> pd.DataFrame:
    """Without a metadata file, keep each file's first subfolder as the column ``folder`` and say how to compare by it.

    A corpus laid out one subfolder per outlet (``health/Vox/*.txt``) had no outlet and no column to compare by, and
    the report said only that the group column was empty (dogfood 12bk-d). The subfolder is not taken as the outlet:
    it may as well be a year or a topic.
    """
    parts = df["file"].map(lambda f: f.split("/")[0] if "/" in f else "")
    if not parts.ne("").any():
        return df
    df = df.assign(folder=parts)
    names = sorted(set(parts) - {""})
    if warn and len(names) > 1:
        shown = ", ".join(names[:6]) + (", ..." if len(names) > 6 else "")
        warnings.warn(
            f"{folder}: no metadata.csv, so the articles have no outlet, title or date. Their files sit in "
            f"{len(names):,} subfolders ({shown}), kept as the column 'folder': if these are the outlets (or other "
            f"groups), {how_group_by('folder')}; or write a metadata.csv with a 'file' and an 'outlet' column "
            "(README, 'Your own corpus').", CorpusWarning, stacklevel=4)
    return df


UNREAD_ARTICLE_SUFFIXES = (".md", ".markdown", ".text", ".rst", ".rtf", ".doc", ".docx", ".odt", ".pdf")
"""Files of these types in a corpus folder look like articles but are not read (only ``.txt`` and web pages are):
they are named, not passed over in silence (dogfood 12bi-d: two ``.md`` articles were said to be missing)."""
_READ_TYPES = ("Only .txt files and .html/.htm pages (optionally .gz) are read as articles: rename Markdown or other "
               "plain text to .txt, and convert other documents (.docx, .pdf ...) to .txt")


FOLDER_NOTES = frozenset({"readme", "license", "licence", "notice", "changelog", "changes", "contributing", "notes",
                          "authors", "copying"})
"""Names (before the first dot, any case) of a folder's notes on itself: never called an unread article."""


def _unread_article(path: Path) -> bool:
    name = path.name.lower()
    return name.split(".")[0] not in FOLDER_NOTES and name.removesuffix(".gz").endswith(UNREAD_ARTICLE_SUFFIXES)


def _how_metadata_file(path: Path) -> str:
    shown = str(path)
    return {"python": f"load with metadata={shown!r}", "notebook": f'set the parameter metadata = "{shown}"',
            "cli": f"add -p metadata {shown}", "validation": f"add --metadata {shown}"}[_OPTION_STYLE.get()]


def _warn_other_tables(every: list[Path], folder: Path) -> None:
    """Warn when a folder without metadata.csv holds another CSV file: it may be the metadata, under another name.

    A folder of articles with "article_list.csv" beside them was read with no outlet, title or date and no word
    about the file (dogfood 12bp-d): only a file called ``metadata.csv`` is read without ``-p metadata``.
    """
    tables = sorted((p for p in every if p.name.lower().removesuffix(".gz").endswith((".csv", ".tsv"))),
                    key=lambda p: (len(p.relative_to(folder).parts), p.as_posix()))
    if not tables:
        return
    names = [p.relative_to(folder).as_posix() for p in tables]
    n = len(names)
    warnings.warn(
        f"{str(folder)!r} has no metadata.csv, so its articles have no outlet, title or date; it holds "
        f"{count(n, 'table file')} {names[:5]}{f' and {n - 5:,} more' if n > 5 else ''}. If "
        f"{noun(n, 'it is', 'one of them is')} the articles' metadata, {_how_metadata_file(tables[0])} (or rename "
        f"{noun(n, 'it', 'that file')} metadata.csv).",
        CorpusWarning,
        stacklevel=4,
    )


def _warn_unread(names: list[str], folder: Path) -> None:
    n = len(names)
    warnings.warn(
        f"{count(n, 'file')} in {str(folder)!r} {noun(n, 'is', 'are')} not read: {names[:10]}"
        f"{f' and {n - 10:,} more' if n > 10 else ''}. {_READ_TYPES}.",
        CorpusWarning,
        stacklevel=5,
    )


def _file_paths(files: pd.Series) -> pd.Series:
    """The metadata's file names as the loader writes them: '/' between folders (a metadata.csv made on Windows
    writes '2024\\a.txt'), no leading './', no surrounding spaces."""
    return files.str.strip().str.replace("\\", "/", regex=False).str.replace(r"^(?:\./)+", "", regex=True)


def _unmatched_names(missing: list, present: set, listed: set = frozenset()) -> str:
    """Say which file a name of the metadata that is not in the folder may mean: the same name in a subfolder (the
    column takes the path inside the corpus folder), else the closest name in its folder (review s81-A: "did you
    mean"), a file that no other row lists first. ``listed``: the files the metadata names."""
    by_name: dict = {}
    by_folder: dict = {}
    for f in sorted(present):
        folder, _, name = f.rpartition("/")
        by_name.setdefault(name, []).append(f)
        by_folder.setdefault(folder, []).append(name)
    found, close = [], []
    for m in missing[:10]:
        paths = [repr(p) for p in by_name.get(m, [])[:4]] if "/" not in m else []
        if paths:
            found.append(f"{m!r} may be {paths[0]}" if len(paths) == 1 else f"{m!r} may be {', '.join(paths[:-1])} or {paths[-1]}")
            continue
        folder, _, name = m.rpartition("/")
        names = by_folder.get(folder, [])
        free = [n for n in names if f"{folder}/{n}".lstrip("/") not in listed]
        match = close_name(name, free) or close_name(name, names)
        if match is not None:
            close.append(f"{m!r}: did you mean {(folder + '/' + match).lstrip('/')!r}?")
    said = ""
    if found:
        said += " The 'file' column takes the path inside the corpus folder, with its subfolders: " + "; ".join(found) + "."
    if close:
        said += " " + " ".join(close)
    return said


def _join_folder_metadata(df: pd.DataFrame, meta: pd.DataFrame, meta_path: Path, folder: Path, skipped: set,
                          unread: set = frozenset(), id_column: str = "doc_id") -> pd.DataFrame:
    """A folder's articles joined with its metadata rows; ``id_column``: the metadata's id column as its file calls
    it, named in messages."""
    if "file" not in meta.columns and "doc_id" not in meta.columns:
        raise CorpusError(
            f"{meta_path}: needs a column of file names (looked for {list(FILE_ALIASES)}, in any case) or a 'doc_id' "
            f"column (file names without .txt); it has {listed_names(meta.columns, 20)}. Rename the column that holds the file "
            "names to 'file' in the first row of the file."
        )
    given_files = "file" in meta.columns
    if "file" not in meta.columns:
        stem_to_file = dict(zip(df["doc_id"], df["file"]))
        meta = meta.assign(file=meta["doc_id"].map(lambda d: stem_to_file.get(d.strip(), d + ".txt")))
    if "doc_id" not in meta.columns:
        meta = meta.assign(doc_id="")  # the loader's id: the file stem, or its relative path where stems collide
    meta = meta.assign(file=_file_paths(meta["file"]), doc_id=meta["doc_id"].str.strip())
    named = meta["doc_id"][meta["doc_id"] != ""]
    n, listed = duplicate_listing(named.tolist(), [(None, int(i) + 1) for i in named.index])
    if n:
        how = (f", or {_how_column('doc_id', NO_ID)} to use the files' names as ids ({id_column!r} is then not read)"
               if given_files else "")
        raise CorpusError(
            f"{meta_path}: the id column {id_column!r} has {count(n, 'value')} given to more than one row: {listed} "
            f"({rows_counted(meta_path)}). Each article needs its own row and id: fix the ids or remove the repeated "
            f"rows{how}."
        )
    dupf = meta["file"][meta["file"].duplicated(keep=False)]
    if len(dupf):
        n = len(set(dupf))
        raise CorpusError(f"{meta_path}: {count(n, 'file')} {noun(n, 'is', 'are')} listed twice "
                          f"{listed_names(sorted(set(dupf)))}: keep one row per file.")
    present = set(df["file"])
    missing = [f for f in meta["file"] if f not in present and str(folder / f) not in skipped]
    of_type = [f for f in missing if f in unread]
    if of_type:
        raise CorpusError(
            f"{meta_path}: {count(len(of_type), 'row')} {noun(len(of_type), 'names a file', 'name files')} of a type "
            f"that is not read as an article: {listed_names(of_type)}. {_READ_TYPES} (and write the new name in the 'file' "
            "column), or remove those rows."
        )
    if missing:
        raise CorpusError(
            f"{meta_path}: {count(len(missing), 'row')} {noun(len(missing), 'names a file that is', 'name files that are')} not in {str(folder)!r}: "
            f"{listed_names(missing)}.{_unmatched_names(missing, present, set(meta['file']))} Add the files, fix the "
            "names, or remove those rows."
        )
    unlisted = sorted(set(df["file"]) - set(meta["file"]))
    if unlisted:
        n = len(unlisted)
        warnings.warn(
            f"{count(n, 'file')} in {str(folder)!r} {noun(n, 'has', 'have')} no row in {meta_path}: {unlisted[:10]}"
            f"{f' and {n - 10:,} more' if n > 10 else ''}. {_unlisted_consequence(unlisted)} Add rows for "
            f"{noun(n, 'it', 'them')} to set outlet, title and date.",
            CorpusWarning,
            stacklevel=4,
        )
    meta = meta.rename(columns={"doc_id": "_meta_doc_id"})
    out = df.merge(meta, on="file", how="left", validate="one_to_one")
    given = out["_meta_doc_id"].fillna("")
    out["doc_id"] = given.where(given != "", out["doc_id"])  # the user's id wins over the file stem
    out = out.drop(columns=["_meta_doc_id"])
    out = out.fillna({c: "" for c in meta.columns if c != "_meta_doc_id"})
    out.attrs["unlisted"] = {"metadata": str(meta_path),
                             "doc_ids": out.loc[out["file"].isin(set(unlisted)), "doc_id"].astype(str).tolist()}
    return out


# --------------------------------------------------------------------------
# table corpora


def _table_kind(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    for suf in TABLE_SUFFIXES:
        if name.endswith(suf):
            return suf
    if name.endswith(_WORKBOOK_SUFFIXES):  # a spreadsheet is not read: say how to hand it in (dogfood 12bm-d)
        raise CorpusError(
            f"{str(path)!r}: a spreadsheet workbook is not read. Save the sheet of articles as CSV first (Excel: File > "
            "Save As > CSV UTF-8; LibreOffice: File > Save As > Text CSV), one article per row with the column names "
            "in the first row, and give the .csv file (a CSV separated by ';' or saved in Windows-1252 is read too)."
        )
    raise CorpusError(
        f"{str(path)!r}: unknown corpus file type. Use a folder of .txt or .html files, or a "
        ".csv, .tsv (tab-separated), .jsonl, .json (an array of articles) or .parquet file (optionally .gz)."
    )


_WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".numbers")
"""Spreadsheet files a user may hand in: refused with how to save them as CSV (no spreadsheet reader is a
dependency)."""


def _empty_table(path: Path, kind: str) -> CorpusError:
    """The error for a table file with nothing in it (no header, no rows)."""
    header = "a header row with the column names, then " if kind in (".csv", ".tsv") else ""
    return CorpusError(f"{path}: the file is empty. Give {header}one article per row.")


def _read_table(path: Path, on_bad: str = "error") -> pd.DataFrame:
    """Read a table corpus file; with ``on_bad="skip"`` the JSON lines that cannot be read are left out and listed in
    ``attrs["bad_lines"]`` (see :func:`_read_jsonl`)."""
    kind = _table_kind(path)
    if path.is_file() and path.stat().st_size == 0:
        raise _empty_table(path, kind)
    try:
        if kind in (".csv", ".tsv"):
            return _read_csv(path, sep="\t" if kind == ".tsv" else ",")
        if kind in (".jsonl", ".ndjson"):
            return _read_jsonl(path, on_bad=on_bad)
        if kind == ".json":
            return _read_json(path, on_bad=on_bad)
        return pd.read_parquet(path)
    except CorpusError:
        raise
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: not valid UTF-8 ({exc}). Re-save the file as UTF-8.") from exc
    except (EOFError, gzip.BadGzipFile) as exc:
        raise CorpusError(
            f"{path}: the compressed file is truncated or damaged ({type(exc).__name__}: {exc}). "
            "Copy or download it again, or check it with 'gzip -t'."
        ) from exc
    except pd.errors.EmptyDataError as exc:  # only white space, or an empty compressed file
        raise _empty_table(path, kind) from exc
    except (ValueError, OSError, pd.errors.ParserError) as exc:
        raise CorpusError(f"{path}: cannot be read as {kind} ({exc}).") from exc


def _strings_for_times(tp):
    """``tp`` with every timestamp or date type in it (a field of a record, an item of a list) made a string."""
    import pyarrow as pa

    if pa.types.is_timestamp(tp) or pa.types.is_date(tp):
        return pa.string()
    if pa.types.is_struct(tp):
        return pa.struct([f.with_type(_strings_for_times(f.type)) for f in tp])
    if pa.types.is_list(tp) or pa.types.is_large_list(tp):
        return pa.list_(tp.value_field.with_type(_strings_for_times(tp.value_type)))
    return tp


def arrow_json_lines(source) -> pd.DataFrame:
    """Read JSON Lines with pyarrow, every value as written: a date stays the string the file holds.

    pyarrow reads an ISO timestamp with a time zone (``"2019-02-14T21:30:00-05:00"``, as news APIs export
    ``publishedAt``) as a UTC time without its zone, so an evening article moved to the next day, and the same records
    gave other dates as ``.json`` or line by line (dogfood 12bq-d). A file whose inferred types hold a timestamp is read
    again with those fields as strings; :func:`helpers.corpus.dates.parse_dates` then reads the date as written.

    Parameters
    ----------
    source : str, Path or file-like
        The JSON Lines (not compressed, or ``.gz``); a file-like object must be seekable (it is read twice when a
        field was typed as a time).

    Returns
    -------
    DataFrame
        One row per line.

    Raises
    ------
    pyarrow.ArrowInvalid
        As :func:`pyarrow.json.read_json` (the caller falls back to the line-by-line reader and its messages).
    """
    import pyarrow as pa
    import pyarrow.json as pj

    table = pj.read_json(source)
    schema = pa.schema([f.with_type(_strings_for_times(f.type)) for f in table.schema])
    if schema.equals(table.schema):
        return table.to_pandas()
    if hasattr(source, "seek"):
        source.seek(0)
    return pj.read_json(source, parse_options=pj.ParseOptions(explicit_schema=schema)).to_pandas()


def _json_error(exc: json.JSONDecodeError) -> str:
    """json's message without its dangling "at" ("Invalid control character at" + " at column 73" read "at at")."""
    return re.sub(r"\s+at$", "", exc.msg)


def _read_jsonl(path: Path, shown: str | Path | None = None, first_line: int = 1, on_bad: str = "error") -> pd.DataFrame:
    """Read JSON Lines with pyarrow (multithreaded); on any pyarrow error, line by line in Python.

    The Python reader accepts what pyarrow refuses but is valid (a field whose
    type changes between rows), and names the first bad line counted from 1.
    ``shown`` and ``first_line``: the file and the number of the first line that messages name, when ``path`` holds a
    block of another file (the dask engine named its temporary file and the line within the block, dogfood 12bq-d).
    ``on_bad="skip"``: a line that is not valid JSON, or not an object, is left out instead, and the result's
    ``attrs["bad_lines"]`` lists each as ``{"line": number, "reason": ...}`` (the caller warns once and counts them,
    see :func:`bad_lines_skipped`; dogfood 12bq-e: one broken line stopped a load that asked to skip bad input).
    """
    try:
        return arrow_json_lines(path)
    except Exception:  # noqa: BLE001 - pyarrow's row numbers count from 0 within a block: re-read
        pass
    shown = path if shown is None else shown
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    records, bad = [], []
    with opener(path, "rt", encoding="utf-8-sig") as fh:
        for number, line in enumerate(fh, start=first_line):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                reason = f"not valid JSON ({_json_error(exc)} at column {exc.colno})"
                if on_bad == "error":
                    raise CorpusError(
                        f"{shown}: line {number} is {reason}. Each line must hold one JSON object: fix or remove that "
                        f"line, or {_how_skip()} to leave out every line that cannot be read (they are counted and "
                        "named in a warning)."
                    ) from exc
                bad.append({"line": number, "reason": reason})
                continue
            if not isinstance(rec, dict):
                if on_bad == "error":
                    raise CorpusError(
                        f"{shown}: line {number} holds a JSON {type(rec).__name__}, not an object with "
                        "named fields. Each line must hold one article as {\"text\": ..., ...}: fix or remove that "
                        f"line, or {_how_skip()} to leave out every line that cannot be read."
                    )
                bad.append({"line": number, "reason": f"a JSON {type(rec).__name__}, not an object"})
                continue
            records.append(rec)
    out = pd.DataFrame.from_records(records)
    if bad:
        out.attrs["bad_lines"] = bad
    return out


def bad_lines_skipped(source: str, bad: list[dict]) -> tuple[list[dict], str]:
    """The skipped items and the one warning for lines of a JSON Lines file that could not be read.

    Parameters
    ----------
    source : str
        The file, as messages name it.
    bad : list of dict
        ``{"line": number, "reason": ...}`` per line left out (``attrs["bad_lines"]`` of :func:`_read_jsonl`; the
        dask engine gathers those of every block of the file).

    Returns
    -------
    skipped : list of dict
        One item per line for ``corpus.attrs["skipped"]``: ``doc_id`` ("line 6"), ``source``, ``reason`` ("not valid
        JSON (...)"), ``line`` (the number).
    message : str
        The warning: the file, how many lines, the first ten line numbers and the first line's reason ("" when
        ``bad`` is empty).
    """
    bad = sorted(bad, key=lambda b: b["line"])
    skipped = [{"doc_id": f"line {b['line']}", "source": source, "reason": b["reason"], "line": b["line"]}
               for b in bad]
    if not bad:
        return skipped, ""
    n = len(bad)
    numbers = ", ".join(str(b["line"]) for b in bad[:10]) + (f" and {n - 10:,} more" if n > 10 else "")
    where = "in corpus.attrs['skipped']" if _OPTION_STYLE.get() == "python" else "by notebook 00_corpus"
    message = (f"{source}: {count(n, 'line')} could not be read and {noun(n, 'is', 'are')} left out "
               f"({noun(n, 'line', 'lines')} {numbers}; line {bad[0]['line']} is {bad[0]['reason']}; listed {where}). "
               "Fix or remove them to keep those articles.")
    return skipped, message


def _read_json(path: Path, on_bad: str = "error") -> pd.DataFrame:
    """Read a ``.json`` file: an array of article objects, or an object holding one such array (a news API's
    response, ``{"status": "ok", "articles": [...]}``); JSON Lines saved as ``.json`` is read as JSON Lines.

    The corpus shape most scrapers and APIs export was refused as an unknown file type (dogfood 12bk-d).
    """
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8-sig") as fh:
        text = fh.read()
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text.lstrip().startswith("{"):  # one object per line: JSON Lines
            return _read_jsonl(path, on_bad=on_bad)
        raise CorpusError(
            f"{path}: not valid JSON ({_json_error(exc)} at line {exc.lineno}, column {exc.colno}). Fix the file there, or "
            "save the corpus as JSON Lines (.jsonl, one article object per line) or CSV."
        ) from exc
    if isinstance(data, dict):
        lists = [key for key, value in data.items()
                 if isinstance(value, list) and value and all(isinstance(v, dict) for v in value)]
        if len(lists) != 1:
            found = (f"it holds {len(lists)} lists of objects ({listing([repr(k) for k in lists], limit=8)}): keep "
                     "the one with the articles" if lists else
                     f"none of its fields ({listing([repr(k) for k in data], limit=8)}) is a list of article objects")
            raise CorpusError(f"{path}: a JSON object, and {found}. Give an array of articles, "
                              "[{\"text\": ..., \"outlet\": ...}, ...], or one object holding one such array.")
        data = data[lists[0]]
    if not isinstance(data, list) or not all(isinstance(v, dict) for v in data):
        raise CorpusError(f"{path}: not an array of objects with named fields. Give one article per object, "
                          "[{\"text\": ..., \"outlet\": ...}, ...].")
    if not data:
        raise _empty_table(path, ".json")
    return pd.DataFrame.from_records(data)


def _fold_name(name: str) -> str:
    """A column name in lower case without spaces, underscores or other marks ("publishedAt", "Published at" and
    "published_at" alike)."""
    return re.sub(r"[\W_]+", "", name.lower())


def _folded_columns(df: pd.DataFrame) -> dict[str, str]:
    """Column names by their folded form (:func:`_fold_name`); a form that two columns share is left out (ambiguous)."""
    forms: dict[str, list[str]] = {}
    for c in df.columns:
        if isinstance(c, str):
            forms.setdefault(_fold_name(c), []).append(c)
    return {k: v[0] for k, v in forms.items() if len(v) == 1}


def _close_column(df: pd.DataFrame, given: str) -> str | None:
    """The column a misspelt name means: the same name in another case or spacing, else the closest spelling."""
    import difflib

    names = [c for c in df.columns if isinstance(c, str)]
    folded = _folded_columns(df)
    if "." in given and (field := _close_field(df, given)) is not None:
        return field
    if _fold_name(given) in folded:
        return folded[_fold_name(given)]
    close = difflib.get_close_matches(given.lower(), [c.lower() for c in names], n=1, cutoff=0.75)
    return next((c for c in names if close and c.lower() == close[0]), None)


def _record_columns(df: pd.DataFrame) -> dict[str, list[str]]:
    """Each column that holds records (a JSON object, a Parquet struct), with its fields."""
    out = {}
    for c in df.columns:
        if isinstance(c, str) and (fields := _nested_fields(df[c])) is not None:
            out[c] = fields
    return out


def _close_match(given: str, names: list[str]) -> str | None:
    import difflib

    if given in names:
        return given
    same = [n for n in names if _fold_name(n) == _fold_name(given)]
    if same:
        return same[0]
    close = difflib.get_close_matches(given.lower(), [n.lower() for n in names], n=1, cutoff=0.75)
    return next((n for n in names if close and n.lower() == close[0]), None)


def _close_field(df: pd.DataFrame, given: str) -> str | None:
    """The field of a record column a misspelt dotted name means (``sources.name``, ``source.nme`` ->
    ``source.name``; dogfood 12bq-d)."""
    head, _, rest = given.partition(".")
    records = _record_columns(df)
    column = _close_match(head, list(records))
    if column is None:
        return None
    field = _close_match(rest, records[column])
    return None if field is None else f"{column}.{field}"


def _field_hint(df: pd.DataFrame, given: str) -> str:
    """For a dotted name whose head is a record column but whose field is not one of its fields: the fields."""
    head, _, rest = given.partition(".")
    records = _record_columns(df)
    column = _close_match(head, list(records)) if rest else None
    if column is None:
        return ""
    return f" Column {column!r} holds records with the fields {records[column][:10]}; name one as {column}.<field>."


_MIN_TEXT_CHARS = 100
"""Median length (characters) from which a column of strings is suggested as the text column of a table without
one under a usual name: headlines, names, dates and addresses are shorter, article bodies far longer."""


def _longest_text_column(df: pd.DataFrame) -> str | None:
    """The column of strings with the longest median value, when it looks like article text (dogfood 12bm-d)."""
    best, best_len = None, _MIN_TEXT_CHARS - 1
    for c in df.columns:
        values = df[c].head(500)
        strings = values[values.map(lambda v: isinstance(v, str))]
        if len(strings) < max(1, len(values) // 2):
            continue
        length = float(strings.str.len().median())
        if length > best_len:
            best, best_len = c, length
    return best


def _pick_column(df: pd.DataFrame, role: str, given: str | None, required: bool, source: str) -> str | None:
    if given is not None:
        if given not in df.columns and not _add_field_column(df, given):
            close = _close_column(df, given)
            hint = (f" Did you mean {close!r}? {_sentence(_how_column(role, close))}." if close is not None
                    else _field_hint(df, given) or f" {_sentence(_how_column(role))} with one of them.")
            raise CorpusError(f"{source}: no column {given!r} for the {role}; the columns are "
                              f"{listed_names(_own_columns(df), 30)}.{hint}")
        return _check_not_nested(df, given, role, source)
    for cand in COLUMN_ALIASES[role]:
        if cand in df.columns:
            return _check_not_nested(df, cand, role, source)
    folded = _folded_columns(df)
    for cand in COLUMN_ALIASES[role]:  # "Body", "Headline ", as a spreadsheet writes them (dogfood 12bk-d)
        if _fold_name(cand) in folded:
            return _check_not_nested(df, folded[_fold_name(cand)], role, source)
    if required:
        longest = _longest_text_column(df) if role == "text" else None
        hint = (f" The column {longest!r} holds the longest text: if it is the articles' text, "
                f"{_how_column(role, longest)}." if longest is not None else f" {_sentence(_how_column(role))}.")
        raise CorpusError(
            f"{source}: no {role} column found (looked for {list(COLUMN_ALIASES[role])}); the columns are "
            f"{listed_names(_own_columns(df), 30)}.{hint}"
        )
    return None


def _nested_fields(values: pd.Series) -> list[str] | None:
    """Field names when a column holds records (a Parquet struct, a JSON object), else None."""
    first = next((v for v in values if v is not None and not (isinstance(v, float) and pd.isna(v))), None)
    if isinstance(first, dict):
        return sorted({k for v in values if isinstance(v, dict) for k in v})
    return None


_FIELD_COLUMNS = "field_columns"
"""``attrs`` key of a table read: the columns :func:`_add_field_column` added (``source.name``), not the file's own."""


def _add_field_column(df: pd.DataFrame, name: str) -> bool:
    """Add column ``a.b`` from the field ``b`` of a record column ``a``; False when there is none.

    The name is kept in ``df.attrs["field_columns"]``, so that a later message lists the file's own columns only
    (:func:`_own_columns`).
    """
    head, _, rest = name.partition(".")
    if not rest or head not in df.columns or _nested_fields(df[head]) is None:
        return False
    if rest.split(".")[0] not in _nested_fields(df[head]):  # no record has that field: a misspelling (dogfood 12bq-d)
        return False
    df[name] = [_field(v, rest) for v in df[head]]
    df.attrs[_FIELD_COLUMNS] = [*df.attrs.get(_FIELD_COLUMNS, []), name]
    return True


def _own_columns(df: pd.DataFrame) -> list:
    """The columns of a table as the file has them: without those read from a record's field for another role (the
    date's message listed ``'source.name'``, added for ``-p columns '{outlet: source.name}'``, among the file's
    columns, dogfood 12bq-e)."""
    added = set(df.attrs.get(_FIELD_COLUMNS, []))
    return [c for c in df.columns if c not in added]


def _field(value, dotted: str):
    for part in dotted.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _text_field(values: pd.Series, fields: list[str]) -> str:
    """The field of a record column to suggest: the one holding text in the most rows (``name`` over an empty ``id``,
    dogfood 12bk-d), else the first."""
    def filled(f: str) -> int:
        return sum(isinstance(v, dict) and isinstance(v.get(f), str) and bool(v.get(f).strip()) for v in values)

    return max(fields, key=filled) if fields else "field"


def _check_not_nested(df: pd.DataFrame, column: str, role: str, source: str) -> str:
    fields = _nested_fields(df[column])
    if fields is not None:
        raise CorpusError(
            f"{source}: column {column!r} holds records with fields {fields[:10]}, not {role} strings. "
            f"{_sentence(_how_column(role, column + '.' + _text_field(df[column], fields)))} "
            "to read one field."
        )
    return column


def _record_text(value) -> str:
    """A record (a JSON object, a Parquet struct) as JSON text, not its Python repr ("{'id': None, ...}")."""
    def plain(v):  # what a Parquet struct holds besides JSON's own types
        if isinstance(v, np.ndarray):
            return v.tolist()
        if isinstance(v, np.generic):
            return v.item()
        return str(v)

    return json.dumps(value, ensure_ascii=False, default=plain)


def _join_lists(s: pd.Series, sep: str) -> pd.Series:
    """Join list cells (a JSON array, a Parquet list) with ``sep``, and write record cells as JSON text, instead of
    writing their Python repr (a record column such as a news API's ``source``, dogfood 12bq-d)."""
    if not s.map(lambda v: isinstance(v, (list, tuple, np.ndarray, dict))).any():
        return s

    def text(x) -> str:
        return "" if x is None else _record_text(x) if isinstance(x, dict) else str(x)

    return s.map(lambda v: sep.join(text(x) for x in v) if isinstance(v, (list, tuple, np.ndarray))
                 else text(v) if isinstance(v, dict) else v)


def _as_str(s: pd.Series) -> pd.Series:
    return s.astype(object).where(s.notna(), "").astype(str)


CONTENT_ID_PREFIX = "doc-"
"""How an id made from an article's content begins (:func:`content_ids`): never all digits, so that a spreadsheet
does not read it as a number."""
CONTENT_ID_HEX = 12
"""Hexadecimal digits of the content digest in an id made from content (48 bits: two different articles of a corpus
of a million share them with a chance of about 1 in 500, and then the second is told apart by a suffix)."""
NO_ID = "none"
"""The id column named as this (in any case), ``-p columns '{doc_id: none}'``: the table's ids are not read, and
each article's id is made from its content (:func:`content_ids`)."""


def no_id_column(given) -> bool:
    """Whether ``given`` (a ``doc_id`` column as the user named it) asks for ids made from content (:data:`NO_ID`).

    Parameters
    ----------
    given : object
        The value of ``columns["doc_id"]`` or ``doc_id_col``.

    Returns
    -------
    bool
    """
    return isinstance(given, str) and given.strip().casefold() == NO_ID


def _cell_text(value) -> str:
    """A cell as text for a digest: a string as it is, a list or record as JSON, anything else by ``str``."""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple, np.ndarray, dict)):
        return _record_text(value if isinstance(value, dict) else list(value))
    return "" if value is None or (isinstance(value, float) and np.isnan(value)) else str(value)


def content_keys(frame: pd.DataFrame) -> list[tuple[str, str]]:
    """Per article of a table without ids, what its id is made from: a digest of its content and one of the rest.

    Parameters
    ----------
    frame : DataFrame
        Articles as :func:`_table_frame` makes them: ``raw`` and, when the table has them, ``title``, ``outlet``,
        ``date`` and other metadata columns (``doc_id`` is not read).

    Returns
    -------
    list of (str, str)
        Per row: the BLAKE2b digest (hexadecimal) of its title, body, outlet and date, the id's stem; and the digest
        of its other columns by name, which orders articles of one content (a page saved twice with two addresses)
        the same way whatever the row order.
    """
    import hashlib

    def digest(parts) -> str:
        return hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=16).hexdigest()

    empty = [""] * len(frame)
    own = [frame[c].tolist() if c in frame.columns else empty for c in ("title", "raw", "outlet", "date")]
    rest = sorted(str(c) for c in frame.columns if c not in ("doc_id", "raw", "title", "outlet", "date"))
    other = [frame[c].tolist() for c in rest]
    return [(digest(_cell_text(v[i]) for v in own), digest(f"{c}={_cell_text(v[i])}" for c, v in zip(rest, other)))
            for i in range(len(frame))]


def content_ids(keys: list[tuple[str, str]]) -> list[str]:
    """Ids for the articles of a table without an id column, that do not depend on the order of its rows.

    Ids numbered by row (``row000001``) changed when the same articles came in another order, and with them every
    seeded random draw keyed on ids (evidence samples, sampled articles; review s81-A). An id is
    :data:`CONTENT_ID_PREFIX` and the first :data:`CONTENT_ID_HEX` hexadecimal digits of the content digest
    (:func:`content_keys`): ``doc-3f29c1b7e04a``. Articles that share those digits (the same title, body, outlet and
    date, saved twice) are ordered by their whole digests, then by the digest of their other columns, then by row
    (rows alike in every column, which no order tells apart); the first keeps the id, the others get ``-2``, ``-3``...

    Parameters
    ----------
    keys : list of (str, str)
        :func:`content_keys` of every article of the corpus (of every partition, in any order).

    Returns
    -------
    list of str
        One id per key, in the order of ``keys``; all different.
    """
    stems = [CONTENT_ID_PREFIX + full[:CONTENT_ID_HEX] for full, _ in keys]
    groups: dict[str, list[int]] = {}
    for i, stem in enumerate(stems):
        groups.setdefault(stem, []).append(i)
    ids = list(stems)
    for stem, members in groups.items():
        if len(members) > 1:
            for n, i in enumerate(sorted(members, key=lambda i: (keys[i], i))[1:], start=2):
                ids[i] = f"{stem}-{n}"
    return ids


def _table_frame(path: Path, cols: dict, on_bad: str, table: pd.DataFrame | None = None,
                 found: dict | None = None) -> tuple[pd.DataFrame, list[dict], dict]:
    """Read a table corpus; or use ``table``, rows of it already read (a partition, see :mod:`helpers.corpus.dask_corpus`).

    Without an id column (or with it named :data:`NO_ID`) each article's id is made from its content
    (:func:`content_ids`) and the rows are sorted by it, so that the same articles in another row order load alike.
    An id column with a value given to several rows stops (:func:`duplicate_ids_error`), except with ``found``: a
    dict (the dask engine's partition) that is given, in the order of the result, ``"rows"``, the position in
    ``table`` of each row, ``"n_rows"``, the rows of ``table``, and ``"keys"``, each row's :func:`content_keys` when the ids are made from content, so that
    the client checks the ids and numbers the copies of one article over the whole corpus.
    """
    df = _read_table(path, on_bad) if table is None else table
    src = str(path)
    lines_left, said = bad_lines_skipped(src, df.attrs.get("bad_lines", []))  # JSON lines left out with on_bad skip
    if said and table is None:  # the dask engine warns once for the lines of every block (dask_corpus._build_store)
        warnings.warn(said, CorpusWarning, stacklevel=3)
    if df.empty:
        if lines_left:
            raise CorpusError(f"{src}: no line could be read ({count(len(lines_left), 'line')} left out; line "
                              f"{lines_left[0]['line']} is {df.attrs['bad_lines'][0]['reason']}). Give one JSON "
                              "object per line, {\"text\": ..., ...}.")
        raise CorpusError(f"{src}: the file has no rows. Give one article per row.")
    from_html = cols.get("text") is None and "html" in df.columns and not any(a in df.columns for a in COLUMN_ALIASES["text"])
    if from_html:
        df = _html_table(df, "html")  # an `html` column: read with trafilatura (see helpers.corpus.html)
    text_col = _pick_column(df, "text", cols.get("text"), True, src)
    given = cols.get("doc_id")
    id_col = None if no_id_column(given) and given not in df.columns else _pick_column(df, "doc_id", given, False, src)
    mapping = {"text": text_col, "doc_id": id_col}
    for role in ("outlet", "title", "date"):
        mapping[role] = _pick_column(df, role, cols.get(role), False, src)
    if id_col is None:
        ids = pd.Series("", index=df.index, dtype=object)  # made from the content below
    else:
        ids = _as_str(df[id_col]).str.strip()
        empty = ids == ""
        if empty.any():
            raise CorpusError(
                f"{src}: {count(int(empty.sum()), 'row')} {noun(int(empty.sum()), 'has', 'have')} an empty {id_col!r} (first at row "
                f"{int(empty.idxmax()) + 1}). Give every article an id, or "
                f"{_how_column('doc_id', '<another column>')}."
            )
        if found is None and (error := duplicate_ids_error(src, id_col, ids.tolist())) is not None:
            raise error
    raw = _as_str(_join_lists(df[text_col], "\n\n"))  # a list of paragraphs is one text
    if not from_html:  # scraped text with entities left in (&amp;, &#39;); trafilatura has read them already
        raw = raw.map(lambda t: unescape_entities(drop_inline_tags(drop_block_tags(t))))  # and links left as tags
        # (dogfood 12br-d); <p> paragraphs as paragraphs, scripts dropped (review s80-A, 1)
    out = pd.DataFrame({"doc_id": ids, "raw": raw})
    for role in ("outlet", "title", "date"):
        if mapping[role] is not None:
            out[role] = _as_str(_join_lists(df[mapping[role]], "; "))
            if role == "title" and not from_html:
                out[role] = out[role].map(lambda t: unescape_entities(drop_inline_tags(t)))
    used = {v for v in mapping.values() if v is not None}
    for c in df.columns:
        if c not in used and c not in out.columns:
            out[c] = (_as_str(_join_lists(df[c], "; ")) if df[c].dtype == object or str(df[c].dtype).startswith("str")
                      else df[c])  # a JSON array of tags or authors as "a; b", as the outlet is (dogfood 12bh-d)
    bad = out["raw"].str.strip() == ""
    positions = [i for i, b in enumerate(bad) if not b]
    if id_col is None:  # the same articles in another row order get the same ids (review s81-A)
        made = content_keys(out)
        kept = [k for k, b in zip(made, bad) if not b]
        out["doc_id"] = pd.Series(_ids_by_rows(made, bad.tolist()), index=out.index)
    skipped = lines_left
    if bad.any():
        numbers = [str(int(i) + 1) for i in out.index[bad][:10]]
        more = int(bad.sum()) - len(numbers)
        listed = ", ".join(numbers) + (f" and {more:,} more" if more else "")
        msg = (f"{src}: {count(int(bad.sum()), 'row')} {noun(int(bad.sum()), 'has', 'have')} an empty {text_col!r} "
               f"({noun(int(bad.sum()), 'row', 'rows')} {listed}, counting the first article as 1).")
        if on_bad == "error":
            raise CorpusError(msg + f" Remove them, or {_how_skip()} to leave them out.")
        skipped = skipped + [{"doc_id": d, "source": src, "reason": "empty text"} for d in out.loc[bad, "doc_id"]]
        where = "in corpus.attrs['skipped']" if _OPTION_STYLE.get() == "python" else "by notebook 00_corpus"
        warnings.warn(msg + f" They are left out (listed {where}).", CorpusWarning, stacklevel=3)
        out = out.loc[~bad].reset_index(drop=True)
    order = list(range(len(out)))
    if id_col is None:
        order.sort(key=lambda i: out["doc_id"].iat[i])
        out = out.iloc[order].reset_index(drop=True)
    if found is not None:
        found["n_rows"], found["rows"] = len(df), [positions[i] for i in order]
        if id_col is None:
            found["keys"] = [kept[i] for i in order]
    return out, skipped, mapping


DUPLICATES_SHOWN = 5
"""Values given to more than one row (or file) that a message about duplicate ids names; the rest are counted."""


def _places(where: list[tuple[str | None, int | str]]) -> str:
    """The rows (or files) of one duplicated value: "rows 2 and 7", "files 'a.txt' and 'b/a.txt'", "row 3 of 'a.jsonl'
    and row 5 of 'b.jsonl'" (from ``(file or None, row number)``, or ``(None, file name)``)."""
    if all(isinstance(r, str) for _, r in where):
        return "files " + listing([repr(r) for _, r in where], limit=4)
    if len({f for f, _ in where}) == 1:
        file = where[0][0]
        return "rows " + listing([f"{r:,}" for _, r in where], limit=4) + (f" of {file!r}" if file else "")
    return listing([f"row {r:,} of {f!r}" if f else f"row {r:,}" for f, r in where], limit=4)


def duplicate_listing(values: list[str], where: list[tuple[str | None, int | str]],
                      limit: int = DUPLICATES_SHOWN) -> tuple[int, str]:
    """The values given to more than one row, with their rows: "'a1' (rows 2 and 7), 'b3' (rows 4 and 9) and 3 more".

    Parameters
    ----------
    values : list of str
        One value per row (an id).
    where : list of (str or None, int or str)
        Per row, where a user finds it: ``(None, 7)`` the data row 7 (the first article being row 1); ``(file, 7)``
        row 7 of that file (a glob of files); ``(None, "a/b.txt")`` a folder's file.
    limit : int, default :data:`DUPLICATES_SHOWN`
        Values named; the others are counted ("and 3 more").

    Returns
    -------
    (int, str)
        The number of values given to more than one row, and the listing, values in the order of their first row
        ("" when every value is given once).
    """
    rows: dict[str, list] = {}
    for v, w in zip(values, where):
        rows.setdefault(v, []).append(w)
    dups = [(v, w) for v, w in rows.items() if len(w) > 1]
    shown = [f"{v!r} ({_places(w)})" for v, w in dups[:limit]] + [""] * max(len(dups) - limit, 0)
    return len(dups), listing(shown, limit=limit)


def rows_counted(source: str) -> str:
    """How the row numbers of a message about a table's rows are counted, as it says it: from the first article as
    1; for a CSV file, the header row not counted, which a spreadsheet counts (its row 3 is article row 2).

    Parameters
    ----------
    source : str
        The table file, as messages name it (its ending says whether it is a CSV file).

    Returns
    -------
    str
        The words, for parentheses after the row numbers.
    """
    name = str(source).lower().removesuffix(".gz")
    if name.endswith((".csv", ".tsv")):
        return ("rows counted from the first article as 1, the header row not counted: a spreadsheet shows row 2 "
                "as its row 3")
    return "rows counted from the first article as 1"


def duplicate_ids_error(source: str, column: str, ids: list[str],
                        where: list[tuple[str | None, int]] | None = None) -> CorpusError | None:
    """The error for an id column that gives one value to several rows, or None when every id is its own.

    "duplicate doc_id" named the loader's column, not the file's ``ID``, and no row (review s81-A): the message names
    the column as the file calls it, the first :data:`DUPLICATES_SHOWN` values with their rows (:func:`rows_counted`),
    and says what to do: fix the ids, or make each article's id from its content (:data:`NO_ID`).

    Parameters
    ----------
    source : str
        The table file (or glob), as messages name it.
    column : str
        The id column as the file calls it.
    ids : list of str
        The ids, one per article in table order.
    where : list of (str or None, int), optional
        Per id, its file (None: ``source``) and data row (the first article is 1); default the position in ``ids``.

    Returns
    -------
    CorpusError or None
    """
    where = [(None, i + 1) for i in range(len(ids))] if where is None else where
    n, listed = duplicate_listing([str(i) for i in ids], where)
    if not n:
        return None
    return CorpusError(
        f"{source}: the id column {column!r} has {count(n, 'value')} given to more than one row: {listed} "
        f"({rows_counted(source)}). Every article needs its own id: fix the ids in the file, or "
        f"{_how_column('doc_id', NO_ID)} to keep {column!r} as a metadata column and make each article's id from its "
        "title, text, outlet and date.")



def _ids_by_rows(keys: list[tuple[str, str]], bad: list[bool]) -> list[str]:
    """:func:`content_ids` of the articles kept and, apart, of the rows left out for an empty text (whose ids only
    name them in ``attrs["skipped"]``)."""
    ids = [""] * len(keys)
    for flag in (False, True):
        rows = [i for i, b in enumerate(bad) if b == flag]
        for i, d in zip(rows, content_ids([keys[i] for i in rows])):
            ids[i] = d
    return ids


