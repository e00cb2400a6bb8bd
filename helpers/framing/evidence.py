"""Article-level evidence for a frame that is not a cue: religious references (issue 14aa).

Semetko & Valkenburg's morality frame asks whether the story "make[s] reference to morality, God, and other
religious tenets". The morality cues count only in the outlet's own voice (``article_voice: outlet``), because a
quoted "shameful" is someone else's moral claim; a religious reference, though, puts the issue in a religious
context whoever makes it (a bishop quoted on a drought, a congregation's prayer). :func:`religious_references`
counts, per article, the distinct religious words of :data:`RELIGIOUS` found anywhere in its sentences, quotations
included. The list is general English written from the frame's definition (God, faith, clergy, scripture, worship,
sin), not from any corpus; it names no denomination's institutions.

A codebook entry uses the evidence with ``article_evidence: [religious_references]``
(:data:`EVIDENCE`): :func:`helpers.framing.articles.article_cue_counts` then adds the article's count to the
entry's score (after ``article_with``, so it is not passed on to entries that add this one's score). Unlike a cue,
the evidence does not depend on which words the articles a threshold was fit on happened to hold (it is not dropped
by ``min_articles``).
"""

from __future__ import annotations

import re
from typing import Callable

import pandas as pd

__all__ = ["EVIDENCE", "RELIGIOUS", "religious_references"]

RELIGIOUS = re.compile(
    r"\b(?:God|gods|faith|faiths|religious|religion|church|churches|pope|Pope|Vatican|bishops?|clergy|pastor|priest"
    r"|rabbi|imam|mosque|pray(?:er|ers|ing)?|sin|sins|sinful|sacred|holy|divine|Bible|biblical|Christian|Christians"
    r"|Catholic|Muslim|Islamic|Jewish|Hindu|Buddhist|theolog\w*|spiritual|Creator)\b"
)
"""Religious words (case as written: "God" and denominations capitalised, common nouns in lower case, so that
"Faith" or "Church" as a first name or inside a name at a sentence start is not taken). "creation" and
"stewardship" are left out: off topic they mostly mean "job creation" and financial stewardship (issue 14s)."""


def religious_references(units: pd.DataFrame, doc_col: str = "doc_id", text_col: str = "text") -> pd.Series:
    """Distinct religious words (:data:`RELIGIOUS`, lower-cased) per article, quotations included.

    Parameters
    ----------
    units : DataFrame
        Sentences (or any text units) with ``doc_col`` and ``text_col``, e.g. from
        :func:`helpers.corpus.segment`.
    doc_col, text_col : str
        Article id and text columns.

    Returns
    -------
    Series
        Integer count per article id (every id of ``units``, in order of first appearance; 0 when none).

    Raises
    ------
    ValueError
        If ``units`` lacks ``doc_col`` or ``text_col``.
    """
    missing = [c for c in (doc_col, text_col) if c not in units.columns]
    if missing:
        raise ValueError(f"units lacks {' and '.join(missing)}; pass sentences from helpers.corpus.segment.")
    found: dict = {}
    for doc, text in zip(units[doc_col], units[text_col]):
        words = found.setdefault(doc, set())
        if isinstance(text, str):
            words.update(m.group(0).lower() for m in RELIGIOUS.finditer(text) if not _in_name(text, m))
    return pd.Series({d: len(w) for d, w in found.items()}, dtype="int64", name="religious_references").rename_axis(
        doc_col
    )


_ADJECTIVES = frozenset({"Islamic", "Muslim", "Christian", "Catholic", "Jewish", "Hindu", "Buddhist"})
"""Religious adjectives that also open names of states, parties and groups ("Islamic State", "Christian Democrats")."""

_RELIGIOUS_HEADS = frozenset({"church", "churches", "bishop", "bishops", "clergy", "faith", "faithful", "bible"})
"""Capitalised nouns after which such an adjective still refers to religion ("Catholic Church")."""

_NEXT_WORD = re.compile(r"[ \t]+([A-Z][\w'-]*)")


def _in_name(text: str, match: re.Match) -> bool:
    """True when ``match`` is a religious adjective that opens a proper name: it is followed by another capitalised
    word that is not itself religious ("Islamic State", "Christian Democratic Union", "Muslim Brotherhood"). Such a
    name is an institution's, not a reference to a religious tenet (issue 14's cue senses: institution names)."""
    if match.group(0) not in _ADJECTIVES:
        return False
    nxt = _NEXT_WORD.match(text, match.end())
    return bool(nxt) and nxt.group(1).lower() not in _RELIGIOUS_HEADS


EVIDENCE: dict[str, Callable[..., pd.Series]] = {"religious_references": religious_references}
"""The evidence a codebook entry may name under ``article_evidence``."""
