"""Reading raw corpus files: errors and warnings, option wording, the files of a folder corpus, decoding bytes, text and HTML files."""
from __future__ import annotations

import contextlib
import os
import re
import warnings
from contextvars import ContextVar
from pathlib import Path

import pandas as pd

from .html import read_html_file

__all__ = ["BINARY_CONTROL_SHARE", "BINARY_MIN_SPACE_SHARE", "COLUMN_ALIASES", "CORE_COLUMNS", "CorpusError", "CorpusWarning", "OPTION_STYLES", "PAGE_COLUMNS", "REPORT_MARKER", "STRUCTURE_COLUMNS", "TABLE_SUFFIXES", "colon_keys", "corpus_files", "decode_bytes", "decode_lines", "drop_heading_marks", "how_column", "how_engine", "how_group_by", "is_output_folder", "is_web_domain", "listed_names", "option_style",
           "outlet_key", "warn_skipped"]


CORE_COLUMNS = ["doc_id", "outlet", "title", "date", "text", "raw", "n_words"]
STRUCTURE_COLUMNS = ["headline", "standfirst", "subheadings", "removed", "n_removed_lines", "duplicate_of", "spans"]
TABLE_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".parquet")

COLUMN_ALIASES = {
    "doc_id": ("doc_id", "id", "ID", "article_id", "uid"),
    "text": ("text", "body", "content", "article", "content_original", "full_text"),
    "outlet": ("outlet", "source", "publisher", "site", "source_name", "media", "publication"),
    "title": ("title", "headline"),
    "date": ("date", "published", "publish_date", "published_at", "pubdate", "datetime"),
}
"""Column names tried, in order, when a column is not named explicitly; then the same names in any case, without
spaces, underscores or other marks ("Headline", "Body ", "publishedAt", dogfood 12bk-d)."""


_TOP_DOMAINS = frozenset({"com", "org", "net", "news", "info", "biz", "co", "io", "tv", "fm", "media", "online",
                          "press", "eu", "gov", "edu"})
"""Top-level domains :func:`outlet_key` drops from a web address (with every two-letter country code: ``.uk``,
``.de``)."""
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu"})
"""Second-level domains dropped before a country code (``bbc.co.uk``, ``smh.com.au``)."""
_DOMAIN = re.compile(r"(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+([a-z]{2,}))/?")
_WORDS = re.compile(r"[^\W_]+")


def _domain_name(name: str) -> list[str] | None:
    """The labels of a web address without ``www.`` and its top-level domain (``www.bbc.co.uk`` -> ``["bbc"]``);
    None when ``name`` (case-folded, no spaces) is no web address ending in a top-level domain."""
    m = _DOMAIN.fullmatch(name)
    if m is None or not (m.group(2) in _TOP_DOMAINS or len(m.group(2)) == 2):
        return None
    labels = m.group(1).split(".")[:-1]
    if len(m.group(2)) == 2 and len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels.pop()
    return labels


def is_web_domain(name: str) -> bool:
    """Whether an outlet name is written as a web address (``nytimes.com``, ``www.bbc.co.uk``), not as a name.

    Parameters
    ----------
    name : str
        An outlet name.

    Returns
    -------
    bool
    """
    parts = str(name).split()
    return len(parts) == 1 and _domain_name(parts[0].casefold()) is not None


def outlet_key(name) -> str:
    """An outlet name reduced so that its spellings agree: letters and digits, case-folded, without a leading "The"
    and without the parts of a web address.

    "The Guardian", "Guardian", "the-guardian", "theguardian" and "www.theguardian.com" all give ``guardian``;
    "nytimes.com" and "www.nytimes.com" give ``nytimes``, "The New York Times" and "New York Times"
    ``newyorktimes`` (review s81-A: they were counted as different outlets). A web address loses only its scheme,
    ``www.``, its top-level domain (``.com``, ``.org``, ``.co.uk``, any two-letter country code) and a "the" glued to
    its front; other words are never dropped, so "New York Post" and "New York Times" stay apart, and no list of
    outlets is involved (an abbreviation such as "nytimes" is merged with "New York Times" only by the aliases of
    ``helpers/data/outlet_aliases.yaml``). A "the" glued to a one-word name is dropped when at least three letters
    follow it ("thehill", not "theme").

    Parameters
    ----------
    name : object
        An outlet name.

    Returns
    -------
    str
        The key; "" for a name without letters or digits.
    """
    parts = str(name).split()
    labels = _domain_name(parts[0].casefold()) if len(parts) == 1 else None  # "U.S. News" is no address
    words = [w for label in labels for w in _WORDS.findall(label)] if labels else \
        _WORDS.findall(" ".join(parts).casefold())
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    elif len(words) == 1 and words[0].startswith("the") and len(words[0]) >= 6 and not words[0][3:].isdigit():
        words = [words[0][3:]]
    return "".join(words)


class CorpusError(ValueError):
    """The corpus cannot be loaded as given; the message says what to fix."""


class CorpusWarning(UserWarning):
    """Something in the corpus was repaired or is suspicious; nothing was dropped silently."""


# --------------------------------------------------------------------------
# how to set an option, in the words of the caller

_OPTION_STYLE: ContextVar[str] = ContextVar("option_style", default="python")
OPTION_STYLES = ("python", "notebook", "cli", "validation")


def colon_keys(value: dict) -> dict:
    """``{outlet:source.name}`` as ``{outlet: source.name}`` (a mapping typed for ``-p columns`` or ``--columns``).

    YAML needs a space after a mapping's colon: without one, ``outlet:source.name`` is a single key with no value,
    and the check then said "unknown key ['outlet:source.name']" without saying what to type (dogfood 12bq-d). A key
    holding a colon whose value is empty is read as the key before the colon and the value after it; the report's
    runner and ``python -m helpers.validation`` read such mappings alike.

    Parameters
    ----------
    value : dict
        A mapping as YAML read it.

    Returns
    -------
    dict
        The same mapping with such keys split.
    """
    out = {}
    for key, val in value.items():
        if val is None and isinstance(key, str) and ":" in key.strip(":"):
            head, _, tail = key.partition(":")
            out[head.strip()] = tail.strip()
        else:
            out[key] = val
    return out


@contextlib.contextmanager
def option_style(style: str):
    """Word the advice in error messages for the caller (a context manager).

    Parameters
    ----------
    style : {"python", "notebook", "cli", "validation"}
        ``"python"``: keyword arguments of :func:`load_corpus` (``on_bad='skip'``);
        ``"notebook"``: the notebook parameters (``on_bad = "skip"``);
        ``"cli"``: options of ``make report`` / ``python -m helpers.report``
        (``-p on_bad skip``); ``"validation"``: options of ``python -m helpers.validation``
        (``--on-bad skip``, ``--columns '{text: story}'``; dogfood 12bo-d).

    Yields
    ------
    None
        The style holds inside the ``with`` block and is reset after it.

    Raises
    ------
    ValueError
        For another ``style``.
    """
    if style not in OPTION_STYLES:
        raise ValueError(f"style must be one of {OPTION_STYLES}, got {style!r}")
    token = _OPTION_STYLE.set(style)
    try:
        yield
    finally:
        _OPTION_STYLE.reset(token)


NAMES_SHOWN = 10
"""Names (files, columns, ids) a message of the reader lists at most; the rest are counted ("and 240 more")."""


def listed_names(names, limit: int = NAMES_SHOWN) -> str:
    """Names for a message, as a Python list of the first ``limit`` and a count of the rest:
    ``"['a.txt', 'b.txt'] and 240 more"``.

    A folder with hundreds of files not listed in its metadata, or a table of hundreds of columns, filled the message
    with all of them (review s81-A).

    Parameters
    ----------
    names : iterable
        The names, in the order to show them.
    limit : int, default :data:`NAMES_SHOWN`
        Names shown.

    Returns
    -------
    str
    """
    names = list(names)
    more = len(names) - limit
    return f"{names[:limit]}" + (f" and {more:,} more" if more > 0 else "")


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _how_skip() -> str:
    return {"python": "load with on_bad='skip'", "notebook": 'set the parameter on_bad = "skip"',
            "cli": "add -p on_bad skip", "validation": "add --on-bad skip"}[_OPTION_STYLE.get()]


def _how_column(role: str, column: str = "<column name>") -> str:
    return {"python": f"pass {role}_col={column!r}", "notebook": f'set the parameter columns = {{"{role}": "{column}"}}',
            "cli": f"add -p columns '{{{role}: {column}}}'",
            "validation": f"add --columns '{{{role}: {column}}}'"}[_OPTION_STYLE.get()]


def how_column(role: str, column: str = "<column name>") -> str:
    """How to read ``column`` as the corpus's ``role`` (text, outlet, title, date, doc_id), in the words of the caller
    (:func:`option_style`): "add -p columns '{text: body}'" on the command line.

    Parameters
    ----------
    role : str
        The corpus column it becomes.
    column : str, default "<column name>"
        The file's column.

    Returns
    -------
    str
    """
    return _how_column(role, column)


def how_group_by(column: str) -> str:
    """How to compare the articles by ``column``, in the words of the caller (:func:`option_style`).

    Parameters
    ----------
    column : str
        A column of the corpus.

    Returns
    -------
    str
        E.g. "add -p group_by Lean" (``"cli"``; a name with spaces in quotes, "add -p group_by 'AllSides Rating'") or
        'set the parameter group_by = "Lean"' (``"notebook"``).
    """
    import shlex

    q = shlex.quote(str(column))  # 'AllSides Rating': a name with spaces, typed as one word (dogfood 12bp-d)
    return {"python": f"compare by it with group_by={column!r} in the notebooks",
            "notebook": f'set the parameter group_by = "{column}"',
            "cli": f"add -p group_by {q}",
            "validation": f"give --stratum {q} to sample and --group {q} to score"}[_OPTION_STYLE.get()]


def how_engine(engine: str) -> str:
    """How to run with another ``engine``, in the words of the caller (:func:`option_style`).

    Parameters
    ----------
    engine : str
        ``"pandas"`` or ``"dask"``.

    Returns
    -------
    str
        E.g. "run with -p engine pandas" (``"cli"``) or 'set the parameter engine = "pandas"' (``"notebook"``).
    """
    return {"python": f"load with engine={engine!r}", "notebook": f'set the parameter engine = "{engine}"',
            "cli": f"run with -p engine {engine}",
            "validation": f"run the report with -p engine {engine}"}[_OPTION_STYLE.get()]


def _how_day_first() -> str:
    """How to read ambiguous numeric dates (``12/01/2023``) day first, in the words of the caller."""
    return {"python": "parse them with parse_dates(..., day_first=True) or set corpus.attrs['dates']['day_first'] = True",
            "notebook": "set the parameter day_first = True", "cli": "add -p day_first true",
            "validation": "add -p day_first true to the report run (this command reads no dates)"}[_OPTION_STYLE.get()]


# --------------------------------------------------------------------------
# files of a folder corpus


REPORT_MARKER = ".news-report"
"""The file ``python -m helpers.report`` writes into every report folder it makes."""
_FIGURE_PNG = re.compile(r"^\d\d_[\w.-]+\.png$")


def is_output_folder(folder: str | Path) -> bool:
    """Whether a folder is a report or a notebook run's output, not part of a corpus.

    A report folder holds the runner's marker (:data:`REPORT_MARKER`); ``reports/notebook-runs`` is where
    notebooks run by hand write; any ``output_dir`` holds a figure as ``save_figure`` writes it
    (``NN_name.png`` beside ``NN_name.svg``). Read as a corpus, their pages became articles (review s80-A,
    finding 3).

    Parameters
    ----------
    folder : str or Path

    Returns
    -------
    bool
        True for such a folder; False for any other, or one that cannot be listed.
    """
    folder = Path(folder)
    if folder.name == "notebook-runs":
        return True
    try:
        names = set(os.listdir(folder))
    except OSError:
        return False
    return REPORT_MARKER in names or any(_FIGURE_PNG.match(n) and n[:-4] + ".svg" in names for n in names)


def warn_skipped(skipped: list[dict], folder: str | Path, stacklevel: int = 3) -> None:
    """Warn of what :func:`corpus_files` did not read: each link by itself, the report folders in one warning.

    Parameters
    ----------
    skipped : list of dict
        The second result of :func:`corpus_files`.
    folder : str or Path
        The corpus folder, for the message.
    stacklevel : int
        Passed to :func:`warnings.warn`.
    """
    outputs = [s["source"] for s in skipped if s.get("output_folder")]
    for s in skipped:
        if not s.get("output_folder"):
            warnings.warn(f"skipped {s['reason']}", CorpusWarning, stacklevel=stacklevel)
    if outputs:
        shown = [Path(o).relative_to(folder).as_posix() if Path(o).is_relative_to(folder) else o for o in outputs]
        listed = ", ".join(repr(x) for x in shown[:5]) + (f" and {len(shown) - 5:,} more" if len(shown) > 5 else "")
        n = len(outputs)
        warnings.warn(
            f"{folder}: {n:,} {'sub-folder is a report' if n == 1 else 'sub-folders are reports'} or notebook "
            f"output, not articles, and {'was' if n == 1 else 'were'} not read: {listed}. Keep reports outside the "
            "corpus folder (give --out or output_dir another folder) and move or delete these to silence this.",
            CorpusWarning, stacklevel=stacklevel)


def corpus_files(folder: str | Path) -> tuple[list[Path], list[dict]]:
    """Every file of a corpus folder, in subfolders too, without leaving the folder.

    Symbolic links are read only when they point to a file inside the
    folder; links that point outside it (or nowhere) and links to folders
    are not followed. A sub-folder that is a report or a notebook run's
    output (:func:`is_output_folder`) is not entered.

    Parameters
    ----------
    folder : str or Path
        The corpus folder.

    Returns
    -------
    (list of Path, list of dict)
        The files, sorted by path, and the links and folders not followed, each as
        ``{"doc_id", "source", "reason"}`` (a report folder with ``"output_folder": True``; warn of them all with
        :func:`warn_skipped`).
    """
    folder = Path(folder)
    root = folder.resolve()
    files, skipped = [], []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        here = Path(dirpath)
        dirnames.sort()
        for name in [d for d in dirnames if not (here / d).is_symlink() and is_output_folder(here / d)]:
            dirnames.remove(name)
            skipped.append({"doc_id": name, "source": str(here / name), "output_folder": True,
                            "reason": f"{here / name}: a report or notebook output folder; not read."})
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


def decode_lines(data: bytes, name: str) -> tuple[str, dict[int, str]]:
    """Decode a table file that is not valid UTF-8 line by line: UTF-8 where a line is valid, else Windows-1252.

    Rows exported by two tools and pasted into one CSV leave a file that is UTF-8 but for a few Windows-1252 rows;
    decoded whole as Latin-1, every UTF-8 curly quote of the other rows became ``â\x80\x9c`` and direct quotations
    went unseen (review s80-A, finding 4). Each line (``\n``-separated; a UTF-8 character never spans one) is
    decoded as UTF-8 when it can be, else as Windows-1252, else as Latin-1. The caller says which rows these were.

    Parameters
    ----------
    data : bytes
        The file's bytes (a UTF-8 byte-order mark is dropped).
    name : str
        The file's name, for messages.

    Returns
    -------
    (str, dict)
        The text, and for each line not read as UTF-8 its number (the first line is 1) and the encoding used
        (``"cp1252"`` or ``"latin-1"``).

    Raises
    ------
    CorpusError
        When the file looks binary (NUL bytes or many control characters), as :func:`decode_bytes`.
    """
    head = data[:8192]
    if b"\x00" in head or _control_share(head) > 0.10:
        raise CorpusError(_binary_message(name))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    parts, other = [], {}
    for i, line in enumerate(data.split(b"\n"), start=1):
        try:
            parts.append(line.decode("utf-8"))
            continue
        except UnicodeDecodeError:
            pass
        try:
            parts.append(line.decode("cp1252"))
            other[i] = "cp1252"
        except UnicodeDecodeError:
            parts.append(line.decode("latin-1"))
            other[i] = "latin-1"
    text = "\n".join(parts)
    if _looks_binary(text, fallback=True):
        raise CorpusError(_binary_message(name))
    return text, other


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


_HEADING_MARK = re.compile(r"^#{1,6}[ \t]+(?=\S)([^\r\n]*)", re.M)
"""A Markdown heading line (ATX): one to six ``#``, a space, the heading (closing ``#`` taken off by
:func:`_heading_text`; a single regex for both was quadratic in a long run of spaces, review 12bi-v)."""


def _heading_text(m: re.Match) -> str:
    text = m.group(1).rstrip(" \t")
    bare = text.rstrip("#")
    if bare != text and bare.rstrip(" \t") != bare and bare.strip(" \t"):  # a closing run after a space
        text = bare.rstrip(" \t")
    return text


def _opens_with_heading(text: str) -> bool:
    """Whether the first non-blank line of ``text`` is a Markdown heading that does not read as a sentence."""
    first = text.lstrip(" \t\r\n").split("\n", 1)[0].rstrip(" \t\r")
    m = _HEADING_MARK.match(first)
    return m is not None and not _heading_text(m).endswith(".")


def drop_heading_marks(text: str) -> str:
    r"""A plain-text article without the Markdown marks of its heading lines (``# Headline`` -> ``Headline``).

    An article saved as Markdown and renamed to ``.txt`` (the way docs/USING.md gives to have it read) kept the ``#``
    of its headline in ``title`` and ``headline`` (dogfood 12bi-d). A line is a heading by Markdown's own rule: one to
    six ``#`` followed by a space or tab and text; a closing run of ``#`` after a space goes too. A ``#`` directly
    followed by a word (a hashtag: "#MeToo organisers marched ...", "#1 on their list") is text and stays, and so
    does a line of seven or more ``#``.

    Only a file that opens as Markdown does is read as Markdown: its first non-blank line is a heading whose text
    does not end in a full stop (a headline). Any other file is plain text and keeps every ``#``: a line such as
    "# of riders rose to 410,000" is a count, not a heading (dogfood 12bj-d).

    Parameters
    ----------
    text : str
        The decoded text of a ``.txt`` file.

    Returns
    -------
    str
        ``text`` with each heading line's marks removed (the line itself kept).

    Examples
    --------
    >>> drop_heading_marks("# Board delays timetable\n\n#MeToo marchers met.")
    'Board delays timetable\n\n#MeToo marchers met.'
    >>> drop_heading_marks("Riders waited.\n# of riders rose to 410,000.")
    'Riders waited.\n# of riders rose to 410,000.'
    """
    if "#" not in text or not _opens_with_heading(text):
        return text
    return _HEADING_MARK.sub(_heading_text, text)


PAGE_COLUMNS = ["_page_title", "_page_date", "_page_site_name", "_page_author", "_page_left_out", "_page_date_basis",
                "_page_kind"]
"""Temporary columns of HTML pages (see :mod:`helpers.corpus.html`), folded in by :func:`_add_clean_columns`."""


def _read_html_page(path: Path) -> tuple[str, dict]:
    ext = read_html_file(path)
    return ext.text, {"_page_title": ext.title, "_page_date": ext.date, "_page_site_name": ext.site_name,
                      "_page_author": ext.author, "_page_left_out": ext.left_out, "_page_date_basis": ext.date_basis,
                      "_page_kind": ext.kind}


def _html_table(df: pd.DataFrame, col: str) -> pd.DataFrame:
    """Extract the article text and page metadata of a table's HTML column into ``text`` and page columns."""
    from .html import extract_html

    exts = [extract_html(h) if isinstance(h, (str, bytes)) and h else None for h in df[col]]
    out = df.drop(columns=[col]).assign(text=[e.text if e else "" for e in exts])
    for c, attr in zip(PAGE_COLUMNS, ("title", "date", "site_name", "author", "left_out", "date_basis", "kind")):
        out[c] = [getattr(e, attr) if e else ([] if attr == "left_out" else "") for e in exts]
    return out


