"""Whose words a naming label is: the writer's own, quoted, or reported speech.

A naming share ("the share of sentences naming immigrants that call them illegal aliens") counts a label wherever it
stands in a group's articles. The hand check of naming labels (``benchmarks/naming_check.py``, 2026-12-07) found that
about half of the labels attached on AllSides are other people's words: Trump's "Radical Left" in a quoted tweet, a
candidate's "illegal immigrants" in reported speech. :func:`label_voice` reads, for each attached label, whether it
stands inside a quotation, in a sentence that reports someone's words, or in the writer's own words, so that the
naming table can show the share in the writer's own words beside the share of all labels.

The reading is structural, not semantic: quotation marks paired in the sentence and across the sentences of its
paragraph (:func:`helpers.text.quotes.quote_spans`,
:func:`helpers.measures.attribution_sentence.cross_sentence_quotes`), and the attributions the sourcing rules find in
the sentence (:func:`helpers.measures.sourcing.extract_attributions`).
"""
from __future__ import annotations

import re

import pandas as pd

from ..text.quotes import quote_spans
from .attribution_sentence import cross_sentence_quotes

__all__ = ["VOICES", "label_voice"]

VOICES = ("writer", "quoted", "reported")
"""The readings :func:`label_voice` gives: the writer's own words, inside quotation marks, reported speech."""

_DOUBLE_OPENINGS = ('"', "\u201c", "\u201e")
_WORD = re.compile(r"\w+")


def _paragraph_quotes(units: pd.DataFrame, keys: set) -> dict:
    """``(doc_id, unit_id) -> spans`` of the quotations spanning sentences that the wanted sentences hold."""
    if "paragraph_id" not in units.columns:
        return {}
    docs = {d for d, _ in keys}
    out = {}
    body = units[units["doc_id"].isin(docs)].sort_values(["doc_id", "unit_id"], kind="stable")
    for doc_id, doc in body.groupby("doc_id", sort=False):
        paras = [(p, g) for p, g in doc.groupby("paragraph_id", sort=False)]
        for i, (_, g) in enumerate(paras):
            ids = list(g["unit_id"])
            if not any((doc_id, u) in keys for u in ids):
                continue
            nxt = paras[i + 1][1]["text"].iloc[0].lstrip() if i + 1 < len(paras) else ""
            spans = cross_sentence_quotes(list(g["text"]), runs_on=nxt.startswith(_DOUBLE_OPENINGS))
            out.update({(doc_id, u): s for u, s in zip(ids, spans) if (doc_id, u) in keys})
    return out


_FIRST_PERSON = frozenset({"i", "we"})
_TAIL_WORDS = 4
_CLAUSE_END = re.compile(r"[,\"\u201d\u2019]\s*$")


def _text(value) -> str:
    """A text column's value, "" for a missing one (None or NaN from a table read back from disk)."""
    return value if isinstance(value, str) else ""


def _in_content(sentence: str, start: int, end: int, a) -> bool:
    """Whether the span ``start:end`` lies in the reported content of attribution ``a`` of its sentence.

    Not in its source or recipient ("told a gathering of conservatives"); not for a belief ("felt", "believe": a
    thought, not words), a first-person source (the writer's own "I explained") or a quotation whose speaker was not
    found. The content is what follows the cue (and its recipient) or, for a reporting clause that ends the sentence
    ('illegal immigrants ..., officials said'), what comes before the clause; with "according to", the whole sentence.
    After an inverted clause ('"...," claimed the ambassador, who ...') what follows describes the source.
    """
    if a.pattern == "quote_only" or int(a.verb_start) < 0 or a.verb_category == "belief":
        return False
    source, verb = _text(a.source), _text(a.verb)
    if source.strip().lower() in _FIRST_PERSON:
        return False
    vs = int(a.verb_start)
    ve, ss = vs + len(verb), int(a.source_start)
    se = ss + len(source) if ss >= 0 else -1
    if ss >= 0 and ss <= start and end <= se:
        return False
    if a.pattern == "according_to":
        return True
    after = ve
    rec = _text(a.recipient)
    if rec:
        k = sentence.find(rec, ve)
        if 0 <= k - ve < 5:
            if k <= start and end <= k + len(rec):
                return False
            after = k + len(rec)
    if start >= after and a.pattern != "inverted":  # '"...," said X, who ...': what follows is the source's
        return True
    lo = min(vs, ss) if ss >= 0 else vs
    clause_ends = len(_WORD.findall(sentence[max(ve, se):])) <= _TAIL_WORDS
    return end <= lo and clause_ends and _CLAUSE_END.search(sentence[:lo]) is not None


def label_voice(attached: pd.DataFrame, units: pd.DataFrame, attributions: pd.DataFrame | None = None) -> pd.Series:
    """Whose words each attached naming label is.

    Parameters
    ----------
    attached : DataFrame
        From :func:`helpers.measures.tone.attach_labels`: ``doc_id``, ``unit_id``, ``start``, ``end`` (the label's
        span in its sentence).
    units : DataFrame
        The sentences the labels were found in: ``doc_id``, ``unit_id``, ``text`` and, when present,
        ``paragraph_id`` (quotations spanning sentences are read within a paragraph).
    attributions : DataFrame, optional
        From :func:`helpers.measures.sourcing.extract_attributions` on the same sentences (``doc_id``, ``unit_id``,
        ``source``, ``source_start``, ``verb``, ``verb_start``, ``verb_category``, ``pattern``, ``recipient``);
        without it no label is read as reported speech.

    Returns
    -------
    Series
        Aligned with ``attached``: ``"quoted"`` when the label lies inside quotation marks of its sentence or inside
        a quotation that spans sentences of its paragraph; else ``"reported"`` when it lies in the reported content
        of an attribution the rules find in the sentence ("Trump said illegal immigrants ...", "illegal immigrants
        ..., officials said"; not a belief, a first-person source or the attribution's source or recipient); else
        ``"writer"``.

    Raises
    ------
    ValueError
        If ``attached`` lacks ``start`` and ``end`` or a label's sentence is not in ``units``.
    """
    if attached.empty:
        return pd.Series([], index=attached.index, dtype=object)
    missing = {"doc_id", "unit_id", "start", "end"} - set(attached.columns)
    if missing:
        raise ValueError(f"attached lacks the columns {sorted(missing)}: make it with helpers.measures.tone."
                         "attach_labels, which gives each label's span")
    text = units.set_index(["doc_id", "unit_id"])["text"]
    keys = set(zip(attached["doc_id"], attached["unit_id"]))
    absent = sorted(k for k in keys if k not in text.index)
    if absent:
        raise ValueError(f"the sentence {absent[0]} of a label is not in units: give the sentences the labels were "
                         "found in")
    across = _paragraph_quotes(units, keys)
    by_sentence: dict = {}
    if attributions is not None and not attributions.empty:
        att = attributions[[(d, u) in keys for d, u in zip(attributions["doc_id"], attributions["unit_id"])]]
        for a in att.itertuples(index=False):
            by_sentence.setdefault((a.doc_id, a.unit_id), []).append(a)
    out = []
    for d, u, s, e in zip(attached["doc_id"], attached["unit_id"], attached["start"], attached["end"]):
        sentence = text[(d, u)]
        spans = quote_spans(sentence) + across.get((d, u), [])
        if any(a <= s and e <= b for a, b in spans):
            out.append("quoted")
        elif any(_in_content(sentence, int(s), int(e), a) for a in by_sentence.get((d, u), [])):
            out.append("reported")
        else:
            out.append("writer")
    return pd.Series(out, index=attached.index, dtype=object)
