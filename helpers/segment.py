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

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .paths import DATA_DIR
from .progress import progress
from .text import fold

UNITS = ("paragraph", "sentence")
MAX_QUOTE_MERGE = 4
"""At most this many Punkt sentences are joined to keep one quotation whole."""


@lru_cache(maxsize=1)
def _tokenizer():
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(load_abbreviations())
    return PunktSentenceTokenizer(params)


def load_abbreviations(path=None) -> list[str]:
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
        surrounding white space. A quotation split by Punkt into several
        pieces is joined back into one span when its closing quotation mark
        comes within ``MAX_QUOTE_MERGE`` pieces; an unclosed quotation (common
        in scraped text) leaves the pieces as they are.
    """
    spans = list(_tokenizer().span_tokenize(text))
    if len(spans) < 2 or '"' not in fold(text):
        return spans
    folded = fold(text)
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


def segment(
    corpus: pd.DataFrame,
    unit: str = "sentence",
    columns=("outlet",),
    include_structure: bool = False,
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
        For an unknown ``unit`` or a column not in ``corpus``.
    """
    if unit not in UNITS:
        raise ValueError(f"unit must be one of {UNITS}, got {unit!r}")
    columns = [c for c in ([columns] if isinstance(columns, str) else list(columns)) if c != "doc_id"]
    missing = [c for c in columns if c not in corpus.columns]
    if missing:
        raise ValueError(f"column(s) {missing} not in the corpus; it has {list(corpus.columns)}")
    rec = {k: [] for k in ["doc_id", *columns, "unit_id", "paragraph_id", "role", "text", "start", "end"]}
    use_spans = "spans" in corpus.columns
    cols = ["doc_id", "raw", "text", *columns] + (["spans"] if use_spans else [])
    for row in progress(corpus[cols].to_dict("records"), desc=f"splitting {unit}s"):
        raw = row["raw"]
        uid = 0
        pid = -1
        for role, s, e in _article_spans(row):
            if role == "body":
                pid += 1
            elif not include_structure:
                continue
            pieces = [(s, e)]
            if unit == "sentence" and role == "body":
                pieces = [(s + a, s + b) for a, b in split_sentences(raw[s:e])]
            for a, b in pieces:
                rec["doc_id"].append(row["doc_id"])
                for c in columns:
                    rec[c].append(row[c])
                rec["unit_id"].append(uid)
                rec["paragraph_id"].append(pid if role == "body" else -1)
                rec["role"].append(role)
                rec["text"].append(raw[a:b])
                rec["start"].append(a)
                rec["end"].append(b)
                uid += 1
    out = pd.DataFrame(rec)
    for c in ("unit_id", "paragraph_id", "start", "end"):
        out[c] = out[c].astype("int64")
    return out
