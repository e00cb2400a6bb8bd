"""Split articles into paragraphs or sentences that trace back to the raw text.

Sentences are found with nltk's Punkt algorithm, given an explicit list of
abbreviations (``helpers/data/abbreviations.txt``: titles and ranks such as
"Mr.", "Lt.", "Gen.", months, "U.S.", "U.N.") instead of a trained model, so
nothing is downloaded. Punkt splits inside a quotation that holds several
sentences; :func:`split_sentences` joins those pieces again, so that a quoted
statement stays in one unit with its attribution ("..., he said."). Every
unit carries ``start``/``end`` offsets into the article's ``raw`` text.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from ..core.cache import cache_dir, cache_key, cache_path, read_cached, write_cached
from ..core.parallel import parallel_map, shared_data, worker_count
from ..core.paths import DATA_DIR
from ..core.progress import progress
from ..core.wording import noun
from ..text.normalize import fold

__all__ = [
    "abbreviations",
    "body_units",
    "MAX_QUOTE_MERGE",
    "PARALLEL_MIN_DOCS",
    "UNITS",
    "segment",
    "split_sentences",
]

UNITS = ("paragraph", "sentence")
MAX_QUOTE_MERGE = 4
"""At most this many Punkt sentences are joined to keep one quotation whole."""


@lru_cache(maxsize=1)
def _tokenizer():
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(_abbreviation_set())
    return PunktSentenceTokenizer(params)


def _load_abbreviations(path=None) -> list[str]:
    """Abbreviations that do not end a sentence, from the data file.

    Returns
    -------
    list of str
        Lower-case abbreviations without their final full stop.
    """
    p = path or DATA_DIR / "abbreviations.txt"
    out = []
    for line in Path(p).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip().lower().rstrip(".")
        if line:
            out.append(line)
    return out


_QUOTE_OPEN = re.compile(r'(?:^|(?<=[\s(\[-]))"')


def _quote_balance(folded: str) -> int:
    return folded.count('"') % 2


_INITIALS_END = re.compile(r"(?:^|[\s(\[])(?:[A-Z]\.){2,}$")
_BRACKETED_INITIALS_END = re.compile(r"[(\[][^()\[\]]{0,40}?(?:^|[\s(\[-])(?:[A-Z]\.){2,}[)\]]$")
"""Initials closing a bracket: a party label "(D-N.Y.)", "(R-N.H.)", "[U.S.]"."""
_CLOSERS = frozenset(")]")
"""Characters no sentence opens with (round 12dd)."""
_FIRST_WORD = re.compile(r"([A-Z][A-Za-z'\u2019-]*)")
# Words that usually open a new sentence: after "... the F.B.I." a following "The" starts one.
_SENTENCE_OPENERS = frozenset("""
a after all also although an and as at because before both but by each for from he her here his how however i if
in it its many meanwhile most my no not now on one or our she since so some still that the their then there these
they this those though we what when where while who why with yet you
""".split())
_LISTED_INITIALS = re.compile(
    r"(?<![\w.])((?:[A-Za-z]\.){2,})\s+(?=([\"\u201c]?)([A-Z][A-Za-z'\u2019-]*)(?![\w.'\u2019-]))")
"""Dotted initials followed by a capitalised word, perhaps after an opening quotation mark: "U.S. The", "5 p.m. It",
'the U.S. "We'."""


_TITLE_CASE = re.compile(r"(?:[A-Z][\w'\u2019-]*\s+){3}$")
"""Three capitalised words before the initials: a headline in title case ("Americans To Enter U.S. As Refugees")."""


_DOTS_ONLY = re.compile(r"[.\s]+")
"""A piece that is only full stops and spaces: Punkt's cut of a spaced ellipsis ("did. . . . It")."""
_ENDS_IN_SPACED_ELLIPSIS = re.compile(r"\.\s+\.\Z")
_SPACED_DOTS = re.compile(r"\.\s+\.")


def _join_spaced_ellipses(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join the pieces Punkt cuts from a spaced ellipsis (". . .", the news agencies' style) to their sentence.

    Punkt reads each full stop of ". . ." as a sentence end, so "She said it was over. . . . The end came later." gave
    the sentences "She said it was over.", ".", ".", "." and "The end came later.": lone full stops that became units
    of their own (a coding sheet row ".", sentence counts and shares over them) and split a quotation into more pieces
    than :func:`_join_quotations` joins (dogfood 12br-d: 24 spaced ellipses in 17 of 1,057 AllSides articles). A piece
    of full stops only joins the sentence before it (the first piece of a paragraph joins the next); a sentence that
    now ends in the ellipsis joins the next when that opens with a lower-case letter ("He paused . . . then went on.").
    """
    out: list[tuple[int, int]] = []
    lead = None
    for start, end in spans:
        if _DOTS_ONLY.fullmatch(text, start, end):
            if out:
                out[-1] = (out[-1][0], end)
            elif lead is None:
                lead = start
            continue
        if lead is not None:
            start, lead = lead, None
        if out and text[start].islower() and _ENDS_IN_SPACED_ELLIPSIS.search(text, out[-1][0], out[-1][1]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    if lead is not None:  # a paragraph of full stops only stays as it is
        out.append((lead, spans[-1][1]))
    return out


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the span at ``start`` opens with a usual sentence opener ("The", "He", "In") or a quotation mark."""
    if text[start] in "\"\u201c":
        return True
    m = _FIRST_WORD.match(text, start)
    return m is not None and m.group(1).lower() in _SENTENCE_OPENERS


def _split_listed_initials(text: str, folded: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split a span after listed dotted initials ("U.S.", "D.C.", "p.m.") followed by a usual sentence opener.

    The abbreviation list tells Punkt that "U.S." never ends a sentence, so "... to the U.S. The next day ..." stays
    one span; a capitalised "The", "He", "In" ... after the initials (not itself followed by a full stop: "No. 2")
    starts a new sentence, and so does a quotation that opens with a capital ('the U.S. "Nobody'); any other word
    ("U.S. Army", "p.m. Tuesday", "U.S. officials") goes on. Nothing is split in a headline in title case ("Enter U.S.
    As Refugees") or inside a quotation (``folded``: the text with its quotation marks folded), which stays with its
    attribution.
    """
    listed = _abbreviation_set()
    out = []
    for start, end in spans:
        for m in _LISTED_INITIALS.finditer(text, start, end):
            if m.group(1).lower().rstrip(".") in listed and (m.group(2) or m.group(3).lower() in _SENTENCE_OPENERS) \
                    and not _quote_balance(folded[start:m.end(1)]) \
                    and not _TITLE_CASE.search(text, max(start, m.start(1) - 120), m.start(1)):
                out.append((start, m.end(1)))
                start = m.end()
        out.append((start, end))
    return out


def _join_initials(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a span that ends in initials ("J.M.", "F.B.I.", a party label "(D-N.Y.)") to the next when that opens
    with a name or a lower-case word, not a sentence.

    Punkt, run without training data, ends a sentence after initials it does not list: "J.M. Berger said",
    "Former F.B.I. Director James Comey", "a N.H.T.S.A. official" and "the F.B.I. agents" became two sentences;
    single initials ("George W. Bush") it already keeps; "Rep. Ann Roe (D-N.Y.) said" was cut after the bracket. A
    next span opening with a lower-case word never starts a sentence; one opening with a capitalised word that is not
    a usual sentence opener ("The", "He", "In", ...) continues the name or title; a span that opens with a quotation
    mark starts a sentence. Round 12dd: a span that opens with a closing bracket is always joined to the one before
    (Punkt cut "Sen. Ann Roe (D-Ct.), for example, said" and "(R., N.D.), expressed" inside the bracket).
    """
    out = [spans[0]]
    for start, end in spans[1:]:
        a, b = out[-1]
        if text[start] in _CLOSERS or (_ends_in_initials(text, a, b) and (
                text[start].islower() or (_FIRST_WORD.match(text, start) and not _opens_sentence(text, start)))):
            out[-1] = (a, end)
        else:
            out.append((start, end))
    return out


def _ends_in_initials(text: str, a: int, b: int) -> bool:
    """Whether the span ``text[a:b]`` ends in initials ("F.B.I.") or in initials closing a bracket ("(D-N.Y.)")."""
    if text[b - 1] == ".":
        return _INITIALS_END.search(text, a, b) is not None
    return text[b - 1] in ")]" and _BRACKETED_INITIALS_END.search(text, max(a, b - 60), b) is not None


@lru_cache(maxsize=1)
def _abbreviation_set() -> frozenset:
    return frozenset(_load_abbreviations())


def abbreviations() -> frozenset:
    """The abbreviations after which a full stop does not end a sentence (``helpers/data/abbreviations.txt``).

    Returns
    -------
    frozenset of str
        Lower case, without the final full stop ("sen", "u.s").
    """
    return _abbreviation_set()


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans in one paragraph.

    Parameters
    ----------
    text : str
        One paragraph.

    Returns
    -------
    list of (int, int)
        ``(start, end)`` of each sentence in ``text``, in order, without
        surrounding white space. A run of initials followed by a name or a
        lower-case word ("J.M. Berger", "F.B.I. Director", "a N.H.T.S.A.
        official") does not end a sentence; initials followed by a usual
        sentence opener ("... the U.S. The next day", "at 5 p.m. It") do,
        outside quotations. A spaced ellipsis (". . .") stays in its sentence,
        and one that ends a sentence (". . . . The") does not make sentences
        of lone full stops. A quotation split by Punkt into several
        pieces is joined back into one span when its closing quotation mark
        comes within ``MAX_QUOTE_MERGE`` pieces; an unclosed quotation (common
        in scraped text) leaves the pieces as they are.
    """
    spans = list(_tokenizer().span_tokenize(text))
    if len(spans) > 1 and _SPACED_DOTS.search(text):
        spans = _join_spaced_ellipses(text, spans)
    if len(spans) > 1:
        spans = _join_initials(text, spans)
    folded = fold(text)
    if len(spans) > 1 and '"' in folded:
        spans = _join_quotations(folded, spans)
    return _split_listed_initials(text, folded, spans) if spans and "." in text else spans


def _join_quotations(folded: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join the pieces of a quotation that Punkt split, when it closes within ``MAX_QUOTE_MERGE`` pieces."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        start, end = spans[i]
        if _quote_balance(folded[start:end]) == 1:
            for j in range(i + 1, min(i + MAX_QUOTE_MERGE, len(spans))):
                if _quote_balance(folded[start : spans[j][1]]) == 0:
                    end = spans[j][1]
                    i = j
                    break
        out.append((start, end))
        i += 1
    return out


def _article_spans(row) -> list[tuple[str, int, int]]:
    spans = row.get("spans") if hasattr(row, "get") else None
    if isinstance(spans, list):
        return spans
    # Fallback for tables without spans: find each paragraph of `text` in `raw`.
    raw, out, pos = row["raw"], [], 0
    for para in row["text"].split("\n\n"):
        para = para.strip()
        if not para:
            continue
        k = raw.find(para, pos)
        if k < 0:
            raise ValueError(
                f"document {row['doc_id']!r}: a paragraph of 'text' is not in 'raw'; "
                "segment needs the table made by load_corpus (with its 'spans' column)."
            )
        out.append(("body", k, k + len(para)))
        pos = k + len(para)
    return out


PARALLEL_MIN_DOCS = 2000
"""Corpora with at least this many articles are split in parallel processes."""


_ROLES = ("body", "headline", "standfirst", "subheading")


def _unit_offsets(rows: list[dict], unit: str, include_structure: bool, first: int = 0) -> np.ndarray:
    """Integer table of units: row index, unit_id, paragraph_id, role code, start, end."""
    out: list[tuple[int, int, int, int, int, int]] = []
    for i, row in enumerate(rows, start=first):
        raw = row["raw"]
        uid = 0
        pid = -1
        for role, s, e in _article_spans(row):
            if role == "body":
                pid += 1
            elif not include_structure:
                continue
            code = _ROLES.index(role)
            if unit == "sentence" and role == "body":
                for a, b in split_sentences(raw[s:e]):
                    out.append((i, uid, pid, code, s + a, s + b))
                    uid += 1
            else:
                out.append((i, uid, pid if role == "body" else -1, code, s, e))
                uid += 1
    return np.array(out, dtype=np.int64).reshape(-1, 6)


def _units_frame(rows: list[dict], table: np.ndarray, columns: list[str]) -> pd.DataFrame:
    idx = table[:, 0]
    raws = [rows[i]["raw"] for i in idx]
    data = {"doc_id": [rows[i]["doc_id"] for i in idx]}
    for c in columns:
        data[c] = [rows[i][c] for i in idx]
    data["unit_id"] = table[:, 1]
    data["paragraph_id"] = table[:, 2]
    data["role"] = [_ROLES[k] for k in table[:, 3]]
    data["text"] = [r[a:b] for r, a, b in zip(raws, table[:, 4], table[:, 5])]
    data["start"] = table[:, 4]
    data["end"] = table[:, 5]
    return pd.DataFrame(data)


def _offsets_of_chunk(start: int, stop: int, unit: str, include_structure: bool) -> np.ndarray:
    return _unit_offsets(shared_data()[start:stop], unit, include_structure, first=start)


def segment(
    corpus: pd.DataFrame,
    unit: str = "sentence",
    columns=("outlet",),
    include_structure: bool = False,
    n_jobs: int | None = None,
) -> pd.DataFrame:
    """Split every article into units that trace back to the raw text.

    Parameters
    ----------
    corpus : DataFrame
        A table from :func:`helpers.load_corpus`.
    unit : {"paragraph", "sentence"}
        The unit of analysis.
    columns : sequence of str
        Metadata columns of ``corpus`` copied to every unit (e.g. the column
        a notebook groups by).
    include_structure : bool
        Also return the headline, standfirst and subheadings as units (with
        their ``role``); by default only body text is returned.
    n_jobs : int, optional
        Worker processes for sentence splitting. ``None``: one below
        ``PARALLEL_MIN_DOCS`` articles, else up to four (one per core). The
        result does not depend on it.

    Returns
    -------
    DataFrame
        One row per unit, in document and text order: ``doc_id``, the
        requested ``columns``, ``unit_id`` (0-based within the document),
        ``paragraph_id`` (0-based body paragraph; -1 for structure lines),
        ``role``, ``text``, ``start``, ``end``, where
        ``raw[start:end] == text`` for the document's raw text.

    Raises
    ------
    ValueError
        For an unknown ``unit``, a column not in ``corpus``, or a bad ``n_jobs``.

    Notes
    -----
    When the environment variable ``NEWS_CACHE_DIR`` names a folder (the
    report runner sets it) and the corpus came from
    :func:`helpers.notebook.load_from_params`, the result is cached there, so
    that several notebooks of one report split a large corpus once. A corpus
    loaded with ``engine="dask"`` (``attrs["engine"]``) is split on the Dask
    cluster, a partition of articles per task (:mod:`helpers.corpus.dask_units`),
    with the same result, when the pandas engine would split sentences in
    parallel (from ``PARALLEL_MIN_DOCS`` articles on).
    """
    if unit not in UNITS:
        raise ValueError(f"unit must be one of {UNITS}, got {unit!r}")
    columns = [c for c in ([columns] if isinstance(columns, str) else list(columns)) if c != "doc_id"]
    missing = [c for c in columns if c not in corpus.columns]
    if missing:
        raise ValueError(f"{noun(len(missing), 'column')} {missing} not in the corpus; it has {list(corpus.columns)}")
    jobs = worker_count(n_jobs, len(corpus), PARALLEL_MIN_DOCS)
    cache = _cache_path(corpus, unit, columns, include_structure)
    cached = read_cached(cache)
    if cached is not None:
        return cached
    cols = ["doc_id", "raw", "text", *columns] + (["spans"] if "spans" in corpus.columns else [])
    rows = corpus[cols].to_dict("records")
    if corpus.attrs.get("engine") == "dask" and unit == "sentence" and jobs > 1:  # on the cluster (helpers.corpus.dask_units)
        from .dask_units import cluster_client, unit_offsets

        table = unit_offsets(rows, unit, include_structure, cluster_client(corpus.attrs))
    elif jobs == 1 or unit == "paragraph":
        table = _unit_offsets(progress(rows, desc=f"splitting {unit}s"), unit, include_structure)
    else:
        table = _offsets_parallel(rows, unit, include_structure, jobs)
    out = _units_frame(rows, table, columns)
    write_cached(cache, out)
    return out


def _offsets_parallel(rows: list[dict], unit: str, include_structure: bool, jobs: int) -> np.ndarray:
    """Split in worker processes; they read ``rows`` as the map's shared data."""
    size = -(-len(rows) // (jobs * 8))
    bounds = [(i, min(i + size, len(rows)), unit, include_structure) for i in range(0, len(rows), size)]
    parts = parallel_map(_offsets_of_chunk, bounds, jobs, desc=f"splitting {unit}s", shared=rows)
    return np.concatenate(parts) if parts else np.zeros((0, 6), dtype=np.int64)


def _cache_path(corpus: pd.DataFrame, unit: str, columns: list[str], include_structure: bool):
    """Cache file of these units, or None when caching is off or the corpus was not loaded through the cache.

    The key covers the values of ``doc_id`` and of every copied column: the same corpus grouped another way
    (another ``group_by`` or ``top_n``) must not get the units, and so the groups, of an earlier run."""
    key = corpus.attrs.get("cache_key")
    if not key or cache_dir() is None:
        return None
    h = hashlib.sha256()
    for col in ["doc_id", *columns]:  # the values, not only the names: "group" follows group_by and top_n
        h.update(f"{col}\0".encode())
        h.update("\n".join(corpus[col].astype(str)).encode())
        h.update(b"\0")
    return cache_path("units", cache_key(key, unit, columns, include_structure, len(corpus), h.hexdigest()))


def body_units(units: pd.DataFrame) -> pd.DataFrame:
    """The body units of a unit table: headlines and subheadings (``role`` other than "body") left out.

    Measures of what an article says (sourcing, tone) read only its body.

    Parameters
    ----------
    units : DataFrame
        A unit table from :func:`segment`.

    Returns
    -------
    DataFrame
        The rows whose ``role`` is "body"; the table as it is when it has no ``role`` column.
    """
    if "role" in units.columns:
        return units[units["role"] == "body"]
    return units
