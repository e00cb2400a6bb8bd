"""Load a news corpus into one table, one row per article.

Accepted sources
----------------
* A folder of ``.txt`` files (UTF-8), optionally with a ``metadata.csv``
  beside them (one row per article; it names each file in a ``file`` column,
  or gives the file stem as ``doc_id``).
* A ``.csv``, ``.jsonl`` or ``.parquet`` file, optionally ``.gz``-compressed,
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

import contextlib
import gzip
import hashlib
import json
import os
import re
import warnings
from contextvars import ContextVar
from pathlib import Path
from typing import Sequence

import numpy as np
import pandas as pd

from ..core.paths import resolve_path
from ..core.progress import progress
from ..text.lexicon import load_lexicon
from ..text.normalize import fold
from .clean import clean_article, split_lines
from .html import LEFT_OUT_RULE, HtmlError, fill_page_metadata, html_stem, is_html_name, read_html_file

__all__ = [
    "BINARY_CONTROL_SHARE",
    "BINARY_MIN_SPACE_SHARE",
    "COLUMN_ALIASES",
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
]

CORE_COLUMNS = ["doc_id", "outlet", "title", "date", "text", "raw", "n_words"]
STRUCTURE_COLUMNS = ["headline", "standfirst", "subheadings", "removed", "n_removed_lines", "duplicate_of", "spans"]
TABLE_SUFFIXES = (".csv", ".jsonl", ".ndjson", ".parquet")

COLUMN_ALIASES = {
    "doc_id": ("doc_id", "id", "ID", "article_id", "uid"),
    "text": ("text", "body", "content", "article", "content_original", "full_text"),
    "outlet": ("outlet", "source", "publisher", "site", "source_name", "media"),
    "title": ("title", "headline"),
    "date": ("date", "published", "publish_date", "published_at", "pubdate", "datetime"),
}
"""Column names tried, in order, when a column is not named explicitly."""


class CorpusError(ValueError):
    """The corpus cannot be loaded as given; the message says what to fix."""


class CorpusWarning(UserWarning):
    """Something in the corpus was repaired or is suspicious; nothing was dropped silently."""


# --------------------------------------------------------------------------
# how to set an option, in the words of the caller

_OPTION_STYLE: ContextVar[str] = ContextVar("option_style", default="python")
OPTION_STYLES = ("python", "notebook", "cli")


@contextlib.contextmanager
def option_style(style: str):
    """Word the advice in error messages for the caller.

    Parameters
    ----------
    style : {"python", "notebook", "cli"}
        ``"python"``: keyword arguments of :func:`load_corpus` (``on_bad='skip'``);
        ``"notebook"``: the notebook parameters (``on_bad = "skip"``);
        ``"cli"``: options of ``make report`` / ``python -m helpers.report.runner``
        (``-p on_bad skip``).
    """
    if style not in OPTION_STYLES:
        raise ValueError(f"style must be one of {OPTION_STYLES}, got {style!r}")
    token = _OPTION_STYLE.set(style)
    try:
        yield
    finally:
        _OPTION_STYLE.reset(token)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _how_skip() -> str:
    return {"python": "load with on_bad='skip'", "notebook": 'set the parameter on_bad = "skip"',
            "cli": "add -p on_bad skip"}[_OPTION_STYLE.get()]


def _how_column(role: str, column: str = "<column name>") -> str:
    return {"python": f"pass {role}_col={column!r}", "notebook": f'set the parameter columns = {{"{role}": "{column}"}}',
            "cli": f"add -p columns '{{{role}: {column}}}'"}[_OPTION_STYLE.get()]


# --------------------------------------------------------------------------
# files of a folder corpus


def corpus_files(folder: str | Path) -> tuple[list[Path], list[dict]]:
    """Every file of a corpus folder, in subfolders too, without leaving the folder.

    Symbolic links are read only when they point to a file inside the
    folder; links that point outside it (or nowhere) and links to folders
    are not followed.

    Parameters
    ----------
    folder : str or Path
        The corpus folder.

    Returns
    -------
    (list of Path, list of dict)
        The files, sorted by path, and the links not followed, each as
        ``{"doc_id", "source", "reason"}``.
    """
    folder = Path(folder)
    root = folder.resolve()
    files, skipped = [], []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        here = Path(dirpath)
        dirnames.sort()
        for name in [*dirnames, *filenames]:
            path = here / name
            if not path.is_symlink():
                if name in filenames and path.is_file():
                    files.append(path)
                elif name in filenames:  # a pipe, socket or device: reading it could block or never end
                    skipped.append({"doc_id": path.stem, "source": str(path),
                                    "reason": f"{path}: not a regular file; not read."})
                continue
            target = path.resolve()
            if not path.exists():
                reason = "a broken symbolic link"
            elif not target.is_relative_to(root):
                reason = "a symbolic link to a place outside the corpus folder"
            elif path.is_dir():
                reason = "a symbolic link to a folder (its files are read where they are)"
            else:
                files.append(path)
                continue
            skipped.append({"doc_id": path.stem, "source": str(path),
                            "reason": f"{path}: {reason}; not followed."})
    return sorted(files), skipped


# --------------------------------------------------------------------------
# reading raw text


def decode_bytes(data: bytes, name: str) -> str:
    """Decode the bytes of one article file.

    Parameters
    ----------
    data : bytes
        File content.
    name : str
        File name, for messages.

    Returns
    -------
    str
        The text. UTF-8 with or without a byte-order mark, UTF-16 (see the
        module notes); otherwise Windows-1252, then Latin-1, each with a
        :class:`CorpusWarning`.

    Raises
    ------
    CorpusError
        If the file is empty (or only white space) or looks binary (NUL
        bytes, more than ``BINARY_CONTROL_SHARE`` control characters after
        decoding, or, after a fallback decoding, fewer than
        ``BINARY_MIN_SPACE_SHARE`` white-space characters).
    """
    if not data.strip():
        raise CorpusError(f"{name}: the file is empty. Remove it or put the article text in it.")
    utf16 = _utf16_encoding(data)
    if utf16 is not None:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            text = None
        if text is not None and not _looks_binary(text, fallback=False):
            if not text.strip():
                raise CorpusError(f"{name}: the file is empty. Remove it or put the article text in it.")
            return text
    head = data[:8192]
    if b"\x00" in head or _control_share(head) > 0.10:
        raise CorpusError(_binary_message(name))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        where = exc.start
    else:
        if _looks_binary(text, fallback=False):
            raise CorpusError(_binary_message(name))
        return text
    for enc in ("cp1252", "latin-1"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text, fallback=True):
            raise CorpusError(_binary_message(name))
        warnings.warn(
            f"{name}: not valid UTF-8 (first bad byte at offset {where}); decoded as {enc}. "
            "Check accented characters and quotes, and re-save the file as UTF-8 to silence this.",
            CorpusWarning,
            stacklevel=3,
        )
        return text
    raise CorpusError(f"{name}: cannot be decoded as text.")  # pragma: no cover (latin-1 always decodes)


BINARY_CONTROL_SHARE = 0.05
"""A decoded file with more than this share of control characters is binary."""
BINARY_MIN_SPACE_SHARE = 0.04
"""A file that is not UTF-8 and whose decoded text has fewer white-space
characters than this share (prose has about one in six) is binary."""
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")


def _binary_message(name: str) -> str:
    return (f"{name}: this looks like a binary file, not text (mostly control or non-text characters "
            "after decoding). Corpus folders hold plain-text articles (.txt, UTF-8 or UTF-16): "
            "convert or remove it.")


def _looks_binary(text: str, fallback: bool) -> bool:
    """Whether decoded text is mostly not text (control characters; for a fallback decoding, no spaces)."""
    sample = text[:8192]
    if not sample:
        return False
    if len(_CONTROL_RE.findall(sample)) > BINARY_CONTROL_SHARE * len(sample):
        return True
    if fallback and len(sample) >= 64:
        spaces = sum(1 for ch in sample if ch.isspace())
        return spaces < BINARY_MIN_SPACE_SHARE * len(sample)
    return False


def _utf16_encoding(data: bytes) -> str | None:
    """``"utf-16"`` for a UTF-16 byte-order mark, ``"utf-16-le"``/``"-be"`` for BOM-less UTF-16, else None.

    Without a mark, UTF-16 text in a Latin script has a zero in every second
    byte: at odd offsets (little-endian) or even offsets (big-endian).
    """
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    head = data[:8192]
    if len(head) < 4 or len(head) % 2:
        return None
    even, odd = head[0::2], head[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zeros_odd > 0.5 and zeros_even < 0.05:
        return "utf-16-le"
    if zeros_even > 0.5 and zeros_odd < 0.05:
        return "utf-16-be"
    return None


def _control_share(data: bytes) -> float:
    if not data:
        return 0.0
    ctrl = sum(1 for b in data if b < 32 and b not in (9, 10, 12, 13))
    return ctrl / len(data)


def _read_text_file(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{path}: cannot be read ({exc.strerror or exc}). Check that it is readable, or remove it.") from exc
    return decode_bytes(data, str(path))


PAGE_COLUMNS = ["_page_title", "_page_date", "_page_site_name", "_page_author", "_page_left_out"]
"""Temporary columns of HTML pages (see :mod:`helpers.corpus.html`), folded in by :func:`_add_clean_columns`."""


def _read_html_page(path: Path) -> tuple[str, dict]:
    ext = read_html_file(path)
    return ext.text, {"_page_title": ext.title, "_page_date": ext.date, "_page_site_name": ext.site_name,
                      "_page_author": ext.author, "_page_left_out": ext.left_out}


def _html_table(df: pd.DataFrame, col: str) -> pd.DataFrame:
    """Extract the article text and page metadata of a table's HTML column into ``text`` and page columns."""
    from .html import extract_html

    exts = [extract_html(h) if isinstance(h, (str, bytes)) and h else None for h in df[col]]
    out = df.drop(columns=[col]).assign(text=[e.text if e else "" for e in exts])
    for c, attr in zip(PAGE_COLUMNS, ("title", "date", "site_name", "author", "left_out")):
        out[c] = [getattr(e, attr) if e else ([] if attr == "left_out" else "") for e in exts]
    return out


# --------------------------------------------------------------------------
# folder corpora


def _read_metadata(path: Path) -> pd.DataFrame:
    if not path.is_file():
        raise CorpusError(f"metadata file {str(path)!r} not found: give the path of a CSV file, or None.")
    try:
        meta = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: not valid UTF-8 ({exc}). Re-save the metadata file as UTF-8.") from exc
    except pd.errors.ParserError as exc:
        raise CorpusError(f"{path}: not a readable CSV file ({exc}).") from exc
    except pd.errors.EmptyDataError as exc:
        raise CorpusError(f"{path}: the metadata file is empty: give a header row and one row per article.") from exc
    meta.columns = [c.strip() for c in meta.columns]
    return meta


def _folder_frame(folder: Path, metadata: Path | None, on_bad: str, part: list[Path] | None = None,
                  clash: set | None = None) -> tuple[pd.DataFrame, list[dict]]:
    """Read a corpus folder; or, with ``part``, only those of its files (a partition, see :mod:`helpers.corpus.dask_corpus`).

    ``clash`` (with ``part``): the file stems that occur more than once in the whole folder.
    """
    every, links = corpus_files(folder) if part is None else (part, [])
    for s in links:
        warnings.warn(f"skipped {s['reason']}", CorpusWarning, stacklevel=3)
    files = [p for p in every if p.suffix.lower() == ".txt" or is_html_name(p.name)]
    if not files:
        others = [p.relative_to(folder).as_posix() for p in every][:5]
        hint = f" It holds {others}." if others else " It is empty."
        raise CorpusError(
            f"corpus folder {str(folder)!r} has no .txt files (or .html/.htm pages; subfolders included).{hint} "
            "Put one UTF-8 .txt file (or one .html/.htm page, optionally .gz) per article in it, or pass a "
            ".csv/.jsonl/.parquet file instead."
        )
    meta_path = metadata if metadata is not None else folder / "metadata.csv"
    meta = _read_metadata(meta_path) if (metadata is not None or meta_path.is_file()) else None

    rels = [p.relative_to(folder) for p in files]
    stems = pd.Series([html_stem(r.name) if is_html_name(r.name) else r.stem for r in rels])
    clash = set(stems[stems.duplicated(keep=False)]) if clash is None else clash
    rows, skipped, errors = [], [], []
    for i, (path, rel) in enumerate(progress(list(zip(files, rels)), desc="reading files")):
        stem = stems[i]
        doc_id = (rel.parent / stem).as_posix() if stem in clash else stem
        page = {}
        try:
            if is_html_name(path.name):
                raw, page = _read_html_page(path)
            else:
                raw = _read_text_file(path)
        except (CorpusError, HtmlError) as exc:
            if on_bad == "error":
                errors.append(str(exc))
            else:
                skipped.append({"doc_id": doc_id, "source": str(path), "reason": str(exc)})
            continue
        rows.append({"doc_id": doc_id, "file": rel.as_posix(), "raw": raw, **page})
    if errors:
        raise CorpusError(
            f"{len(errors)} unreadable file(s) in {str(folder)!r}:\n  " + "\n  ".join(errors)
            + f"\nFix or remove them, or {_how_skip()} to leave them out (they are then listed "
            + ("in corpus.attrs['skipped'])." if _OPTION_STYLE.get() == "python" else "by notebook 00_corpus).")
        )
    if on_bad == "skip":
        for s in skipped:
            warnings.warn(f"skipped {s['reason']}", CorpusWarning, stacklevel=3)
    skipped = links + skipped
    df = pd.DataFrame(rows, columns=["doc_id", "file", "raw"] + (PAGE_COLUMNS if any(len(r) > 3 for r in rows) else []))
    if meta is None:
        return df, skipped
    if part is not None:  # a partition: only the metadata rows of its files
        mine = set(df["file"]) | set(df["doc_id"])
        keep = meta["file"].str.strip().isin(mine) if "file" in meta.columns else meta["doc_id"].str.strip().isin(mine)
        meta = meta[keep.to_numpy()]
    return _join_folder_metadata(df, meta, meta_path, folder, {s["source"] for s in skipped}), skipped


def _join_folder_metadata(df: pd.DataFrame, meta: pd.DataFrame, meta_path: Path, folder: Path, skipped: set) -> pd.DataFrame:
    if "file" not in meta.columns and "doc_id" not in meta.columns:
        raise CorpusError(
            f"{meta_path}: needs a 'file' column (file names) or a 'doc_id' column (file names "
            f"without .txt); it has {list(meta.columns)}."
        )
    if "file" not in meta.columns:
        stem_to_file = dict(zip(df["doc_id"], df["file"]))
        meta = meta.assign(file=meta["doc_id"].map(lambda d: stem_to_file.get(d.strip(), d + ".txt")))
    if "doc_id" not in meta.columns:
        meta = meta.assign(doc_id="")  # the loader's id: the file stem, or its relative path where stems collide
    meta = meta.assign(file=meta["file"].str.strip(), doc_id=meta["doc_id"].str.strip())
    named = meta["doc_id"][meta["doc_id"] != ""]
    dup = named[named.duplicated(keep=False)]
    if len(dup):
        raise CorpusError(
            f"{meta_path}: duplicate doc_id(s) {sorted(set(dup))[:10]}: each article needs its own row "
            "and a unique id. Remove or rename the repeated rows."
        )
    dupf = meta["file"][meta["file"].duplicated(keep=False)]
    if len(dupf):
        raise CorpusError(f"{meta_path}: file(s) listed twice {sorted(set(dupf))[:10]}: keep one row per file.")
    present = set(df["file"])
    missing = [f for f in meta["file"] if f not in present and str(folder / f) not in skipped]
    if missing:
        raise CorpusError(
            f"{meta_path}: {len(missing)} row(s) name files that are not in {str(folder)!r}: "
            f"{missing[:10]}. Add the files, fix the names, or remove those rows."
        )
    unlisted = sorted(set(df["file"]) - set(meta["file"]))
    if unlisted:
        warnings.warn(
            f"{len(unlisted)} file(s) in {str(folder)!r} have no row in {meta_path.name}: {unlisted[:10]}. "
            "They are loaded with empty metadata; add rows for them to set outlet, title and date.",
            CorpusWarning,
            stacklevel=4,
        )
    meta = meta.rename(columns={"doc_id": "_meta_doc_id"})
    out = df.merge(meta, on="file", how="left", validate="one_to_one")
    given = out["_meta_doc_id"].fillna("")
    out["doc_id"] = given.where(given != "", out["doc_id"])  # the user's id wins over the file stem
    out = out.drop(columns=["_meta_doc_id"])
    return out.fillna({c: "" for c in meta.columns if c != "_meta_doc_id"})


# --------------------------------------------------------------------------
# table corpora


def _table_kind(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    for suf in TABLE_SUFFIXES:
        if name.endswith(suf):
            return suf
    raise CorpusError(
        f"{str(path)!r}: unknown corpus file type. Use a folder of .txt files, or a "
        ".csv, .jsonl or .parquet file (optionally .gz)."
    )


def _read_table(path: Path) -> pd.DataFrame:
    kind = _table_kind(path)
    try:
        if kind == ".csv":
            return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        if kind in (".jsonl", ".ndjson"):
            return _read_jsonl(path)
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
    except (ValueError, OSError, pd.errors.ParserError) as exc:
        raise CorpusError(f"{path}: cannot be read as {kind} ({exc}).") from exc


def _read_jsonl(path: Path) -> pd.DataFrame:
    """Read JSON Lines with pyarrow (multithreaded); on any pyarrow error, line by line in Python.

    The Python reader accepts what pyarrow refuses but is valid (a field whose
    type changes between rows), and names the first bad line counted from 1.
    """
    try:
        import pyarrow.json as pj

        return pj.read_json(path).to_pandas()
    except Exception:  # noqa: BLE001 - pyarrow's row numbers count from 0 within a block: re-read
        pass
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    records = []
    with opener(path, "rt", encoding="utf-8-sig") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(
                    f"{path}: line {number} is not valid JSON ({exc.msg} at column {exc.colno}). "
                    "Each line must hold one JSON object: fix or remove that line."
                ) from exc
            if not isinstance(rec, dict):
                raise CorpusError(
                    f"{path}: line {number} holds a JSON {type(rec).__name__}, not an object with "
                    "named fields. Each line must hold one article as {\"text\": ..., ...}."
                )
            records.append(rec)
    return pd.DataFrame.from_records(records)


def _pick_column(df: pd.DataFrame, role: str, given: str | None, required: bool, source: str) -> str | None:
    if given is not None:
        if given not in df.columns and not _add_field_column(df, given):
            raise CorpusError(
                f"{source}: no column {given!r} for the {role}; the columns are {list(df.columns)}. "
                f"{_sentence(_how_column(role))} with one of them."
            )
        return _check_not_nested(df, given, role, source)
    for cand in COLUMN_ALIASES[role]:
        if cand in df.columns:
            return _check_not_nested(df, cand, role, source)
    if required:
        raise CorpusError(
            f"{source}: no {role} column found (looked for {list(COLUMN_ALIASES[role])}); the columns are "
            f"{list(df.columns)}. {_sentence(_how_column(role))}."
        )
    return None


def _nested_fields(values: pd.Series) -> list[str] | None:
    """Field names when a column holds records (a Parquet struct, a JSON object), else None."""
    first = next((v for v in values if v is not None and not (isinstance(v, float) and pd.isna(v))), None)
    if isinstance(first, dict):
        return sorted({k for v in values if isinstance(v, dict) for k in v})
    return None


def _add_field_column(df: pd.DataFrame, name: str) -> bool:
    """Add column ``a.b`` from the field ``b`` of a record column ``a``; False when there is none."""
    head, _, rest = name.partition(".")
    if not rest or head not in df.columns or _nested_fields(df[head]) is None:
        return False
    df[name] = [_field(v, rest) for v in df[head]]
    return True


def _field(value, dotted: str):
    for part in dotted.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _check_not_nested(df: pd.DataFrame, column: str, role: str, source: str) -> str:
    fields = _nested_fields(df[column])
    if fields is not None:
        raise CorpusError(
            f"{source}: column {column!r} holds records with fields {fields[:10]}, not {role} strings. "
            f"{_sentence(_how_column(role, column + '.' + (fields[0] if fields else 'field')))} "
            "to read one field."
        )
    return column


def _join_lists(s: pd.Series, sep: str) -> pd.Series:
    """Join list cells (a JSON array, a Parquet list) with ``sep``, instead of writing their Python repr."""
    if not s.map(lambda v: isinstance(v, (list, tuple, np.ndarray))).any():
        return s
    return s.map(lambda v: sep.join("" if x is None else str(x) for x in v)
                 if isinstance(v, (list, tuple, np.ndarray)) else v)


def _as_str(s: pd.Series) -> pd.Series:
    return s.astype(object).where(s.notna(), "").astype(str)


def _table_frame(path: Path, cols: dict, on_bad: str, table: pd.DataFrame | None = None,
                 rows: tuple[int, int] | None = None) -> tuple[pd.DataFrame, list[dict], dict]:
    """Read a table corpus; or use ``table``, rows of it already read (a partition, see :mod:`helpers.corpus.dask_corpus`).

    ``rows``: (number of rows before the partition, rows in the whole table), for generated ids.
    """
    df = _read_table(path) if table is None else table
    src = str(path)
    if df.empty:
        raise CorpusError(f"{src}: the file has no rows. Give one article per row.")
    if cols.get("text") is None and "html" in df.columns and not any(a in df.columns for a in COLUMN_ALIASES["text"]):
        df = _html_table(df, "html")  # an `html` column: read with trafilatura (see helpers.corpus.html)
    text_col = _pick_column(df, "text", cols.get("text"), True, src)
    id_col = _pick_column(df, "doc_id", cols.get("doc_id"), False, src)
    mapping = {"text": text_col, "doc_id": id_col}
    for role in ("outlet", "title", "date"):
        mapping[role] = _pick_column(df, role, cols.get(role), False, src)
    if id_col is None:
        first, total = rows or (0, len(df))
        width = max(6, len(str(total)))
        ids = pd.Series([f"row{i:0{width}d}" for i in range(first + 1, first + len(df) + 1)], index=df.index)
    else:
        ids = _as_str(df[id_col]).str.strip()
        empty = ids == ""
        if empty.any():
            raise CorpusError(
                f"{src}: {int(empty.sum())} row(s) have an empty {id_col!r} (first at row "
                f"{int(empty.idxmax()) + 1}). Give every article an id, or "
                f"{_how_column('doc_id', '<another column>')}."
            )
    raw = _as_str(_join_lists(df[text_col], "\n\n"))  # a list of paragraphs is one text
    out = pd.DataFrame({"doc_id": ids, "raw": raw})
    for role in ("outlet", "title", "date"):
        if mapping[role] is not None:
            out[role] = _as_str(_join_lists(df[mapping[role]], "; "))
    used = {v for v in mapping.values() if v is not None}
    for c in df.columns:
        if c not in used and c not in out.columns:
            out[c] = _as_str(df[c]) if df[c].dtype == object or str(df[c].dtype).startswith("str") else df[c]
    bad = out["raw"].str.strip() == ""
    skipped = []
    if bad.any():
        rows = [int(i) + 1 for i in out.index[bad][:10]]
        msg = f"{src}: {int(bad.sum())} row(s) have an empty {text_col!r} (rows {rows}...)."
        if on_bad == "error":
            raise CorpusError(msg + f" Remove them, or {_how_skip()} to leave them out.")
        skipped = [{"doc_id": d, "source": src, "reason": "empty text"} for d in out.loc[bad, "doc_id"]]
        warnings.warn(msg + " They are left out (listed in corpus.attrs['skipped']).", CorpusWarning, stacklevel=3)
        out = out.loc[~bad].reset_index(drop=True)
    return out, skipped, mapping


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
        for a table, joined on ``doc_id``.
    text_col, doc_id_col, outlet_col, title_col, date_col : str, optional
        Column names in a table source. When not given, the usual names are
        tried (see ``COLUMN_ALIASES``: e.g. ``source`` for the outlet, ``ID``
        for the id); without an id column, rows are numbered ``row000001``...
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
        What to do with an empty or binary file, or an empty text row: stop
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
            f"corpus {str(path)!r} does not exist. Give a folder of .txt files or a "
            ".csv/.jsonl/.parquet file (relative paths are taken from the project root)."
        )
    meta_path = resolve_path(metadata) if metadata is not None else None
    cols = {"text": text_col, "doc_id": doc_id_col, "outlet": outlet_col, "title": title_col, "date": date_col}
    if path.is_dir():
        if any(v is not None for v in cols.values()):
            raise CorpusError(
                f"{path}: column names ({'text_col, doc_id_col, ...' if _OPTION_STYLE.get() == 'python' else 'columns'}) "
                "apply to table files; a folder corpus takes its columns from metadata.csv."
            )
        df, skipped = _folder_frame(path, meta_path, on_bad)
        mapping = {"text": "<file content>", "doc_id": "<file stem>"}
    else:
        df, skipped, mapping = _table_frame(path, cols, on_bad)
        if meta_path is not None:
            df = _join_table_metadata(df, meta_path)
    if df.empty:
        reasons = "\n  ".join(s["reason"] for s in skipped[:10])
        raise CorpusError(
            f"{path}: every article was left out ({len(skipped)} skipped), so nothing is left to analyse:\n  "
            f"{reasons}\nFix or replace these files or rows."
        )
    _check_unique_ids(df, str(path))
    df = _add_clean_columns(df, clean, str(path))
    df = normalize_outlets(df, outlet_aliases)
    df = df.sort_values("doc_id", kind="stable").reset_index(drop=True)
    df.attrs.update({"source": str(path), "columns": mapping, "skipped": skipped})
    return df


def _join_table_metadata(df: pd.DataFrame, meta_path: Path) -> pd.DataFrame:
    meta = _read_metadata(meta_path)
    if "doc_id" not in meta.columns:
        raise CorpusError(f"{meta_path}: needs a 'doc_id' column to join with the corpus; it has {list(meta.columns)}.")
    if meta["doc_id"].duplicated().any():
        raise CorpusError(f"{meta_path}: duplicate doc_id(s) {sorted(set(meta['doc_id'][meta['doc_id'].duplicated()]))[:10]}.")
    unknown = sorted(set(meta["doc_id"]) - set(df["doc_id"]))
    if unknown:
        raise CorpusError(f"{meta_path}: {len(unknown)} row(s) name articles not in the corpus: {unknown[:10]}. Remove them or fix the ids.")
    overlap = [c for c in meta.columns if c in df.columns and c != "doc_id"]
    df = df.drop(columns=overlap).merge(meta, on="doc_id", how="left")
    return df.fillna({c: "" for c in meta.columns})


def _check_unique_ids(df: pd.DataFrame, source: str) -> None:
    dup = df["doc_id"][df["doc_id"].duplicated(keep=False)]
    if len(dup):
        raise CorpusError(
            f"{source}: duplicate doc_id(s) {sorted(set(dup))[:10]} ({dup.nunique()} in all): every "
            f"article needs a unique id. Deduplicate the rows or {_how_column('doc_id', '<another column>')}."
        )


def _add_clean_columns(df: pd.DataFrame, clean: bool, source: str) -> pd.DataFrame:
    df, keys = _cleaned_frame(df, _clean_rows(df, clean), clean)
    df["duplicate_of"] = _duplicate_of(df, keys, source)
    return df


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
                         "reason": "left out by the HTML extractor (trafilatura): not in raw"}
                        for t in (lo if isinstance(lo, list) else [])]
                   for r, lo in zip(removed, df["_page_left_out"])]
        page = pd.DataFrame({a: df[f"_page_{a}"].fillna("") for a in ("title", "date", "site_name", "author")},
                            index=df.index)
        df = fill_page_metadata(df.drop(columns=PAGE_COLUMNS), page)
    df = df.assign(text=texts, headline=heads, standfirst=stands, subheadings=subs, removed=removed, spans=spans)
    words_and_keys = [_words_and_key(t) for t in texts]
    df["n_words"] = [n for n, _ in words_and_keys]
    df["n_removed_lines"] = [len(r) for r in removed]
    df["title"] = df["title"].where(df["title"].str.strip() != "", df["headline"])
    df["duplicate_of"] = ""
    first = CORE_COLUMNS + STRUCTURE_COLUMNS
    rest = [c for c in df.columns if c not in first]
    return df[first + rest], [k for _, k in words_and_keys]


def _site_templates(df, texts, heads, stands, subs, spans, removed, templates=None):
    """Remove lines that recur across an outlet's distinct articles (see :mod:`helpers.corpus.templates`)."""
    from .templates import apply_site_templates

    raws = df["raw"].tolist()
    spans, removed, changed, summary = apply_site_templates(raws, spans, removed, df["outlet"].astype(str).tolist(),
                                                            templates=templates)
    df.attrs["site_templates"] = summary
    for i in changed:
        raw, sp = raws[i], spans[i]
        texts[i] = "\n\n".join(raw[s:e] for lab, s, e in sp if lab == "body")
        heads[i] = next((raw[s:e] for lab, s, e in sp if lab == "headline"), "")
        stands[i] = next((raw[s:e] for lab, s, e in sp if lab == "standfirst"), "")
        subs[i] = [raw[s:e] for lab, s, e in sp if lab == "subheading"]
    return texts, heads, stands, subs, spans, removed


def _words_and_key(text: str) -> tuple[int, str]:
    """Word count of a body, and a digest that is equal for bodies differing only in case, spacing or quotes."""
    words = fold(text).split()
    if not words:
        return 0, ""
    return len(words), hashlib.blake2b(" ".join(words).casefold().encode("utf-8"), digest_size=16).hexdigest()


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
            f"{source}: {n} article(s) have the same body as an earlier one, e.g. {pairs}. They are kept; "
            "the column 'duplicate_of' names the first copy: drop them with "
            "corpus[corpus.duplicate_of == ''] if they are true duplicates.",
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
        compared ignoring case and surrounding spaces. ``None`` maps nothing.

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
    out["outlet"] = [m[0] if m[0] is not None else r for m, r in zip(hit, raw)]
    out["outlet_raw"] = raw.to_numpy()
    out["outlet_kind"] = [m[1] for m in hit]
    return out


def outlet_merges(corpus: pd.DataFrame) -> pd.DataFrame:
    """The outlet names that normalisation changed, with article counts.

    Returns
    -------
    DataFrame
        ``outlet``, ``outlet_raw``, ``outlet_kind``, ``articles`` for every
        pair where the raw name differs from the outlet or is a pseudo-outlet,
        sorted by outlet and raw name.
    """
    cols = ["outlet", "outlet_raw", "outlet_kind"]
    if not set(cols) <= set(corpus.columns):
        return pd.DataFrame(columns=cols + ["articles"])
    changed = corpus[(corpus.outlet != corpus.outlet_raw) | (corpus.outlet_kind != "")]
    out = changed.groupby(cols, sort=True).size().rename("articles").reset_index()
    return out


def corpus_columns(corpus: pd.DataFrame) -> Sequence[str]:
    """Metadata columns of a corpus table (those not made by the loader)."""
    made = set(CORE_COLUMNS + STRUCTURE_COLUMNS + ["file", "outlet_raw", "outlet_kind"])
    return [c for c in corpus.columns if c not in made]
