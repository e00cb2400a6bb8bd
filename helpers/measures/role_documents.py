"""Issue 12au-c: a document named after the body that made it, when the body's name has a joining word.

The role reader gives a source phrase the role of the last role noun of its head, and the head is the phrase cut at
its first preposition or "and" (``role_forms.HEAD_SPLIT``: "the report by Ann Lee" -> "the report"). A body's name
may itself hold such a word ("Department of Education", "Bureau of Labor Statistics", "Center for X", "NBC News and
The Daily Y"): written before a lower-case document noun as a modifier, the cut falls inside the name and the head
becomes the body ("a 2011 U.S. Department of Education study" -> "a 2011 U.S. Department": official), although the
document is the head noun and the body only says whose product it is (``role_check_protocol.md`` item 7: "a Justice
Department report" is a document, as the reader already says).

:func:`named_body_document` reads such a head whole: the words before the cut end in a capitalised word, the joining
word ("of", "for", "on", "at", "and", "&") is followed by a capitalised word (after "the" at most), the name goes on
with capitalised words and joining words, then (after an optional possessive "'s") lower-case words or numbers up to
the next cut or the end of the phrase; if the last role noun of that whole head is a document noun of the lexicon,
and it stands after the name, the phrase is a ``document``. Nothing else changes: "statement" is an official noun in
the lexicon, not a document ("the Secretary of State's statement" keeps its role); a name with no lower-case noun
after it ("the Department of Education", "Director of the Survey Office Ann Lee"), a lower-case word after the
joining word ("a report by Ann Lee", "the author of the report, Ann Lee") and a head whose last role noun is not a
document ("a Department of Education spokesman") and a phrase-initial capitalised word that is no role noun
("Opponents of the state's law": a group) are not read here. No person, outlet or place decides.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

__all__ = ["named_body_document"]

_JOIN = r"(?:of|for|on|at|and|&)"
_CAP = r"[A-Z][\w.'\u2019&/-]*"  # one way to read each word ("A." too): no exponential backtracking
_CUT_WORDS = (r"(?:of|within|in|at|from|to|with|on|for|by|among|inside|close|familiar|who|which|near|about|under|over|"
              r"across|based|speaking|representing|and|that|released|published|conducted|issued|commissioned|obtained)")
_NAMED_HEAD_SRC = (
    rf"^(?P<before>(?:(?!{{cut}}).)*?{_CAP})\s+{_JOIN}\s+(?:the\s+)?{_CAP}"
    rf"(?:\s+(?:{_CAP}|{_JOIN}|(?:the|de|del|la)(?=\s+(?:[A-Z]|{_JOIN}\s))))*?(?:\s*(?:'s|\u2019s|')(?=\s))?"
    rf"(?P<tail>(?:\s+(?!{_CUT_WORDS}(?![\w-]))(?:[a-z][\w-]*|\d[\w,.-]*))+)"
    rf"(?=\s+{_CUT_WORDS}(?![\w-])|\s*[,;:(]|\s*$)"
)
"""A head whose first cut falls inside a capitalised name, followed by lower-case words (the ``tail``); ``{cut}``
is the reader's head cut, which ``before`` may not hold (so only the first joining word is tried: linear work)."""


@lru_cache(maxsize=8)
def _named_head(cut: re.Pattern) -> re.Pattern:
    """The head pattern with ``cut`` kept out of ``before`` (compiled once per cut pattern)."""
    flags = "i" if cut.flags & re.IGNORECASE else ""
    return re.compile(_NAMED_HEAD_SRC.replace("{cut}", f"(?{flags}:{cut.pattern})" if flags else cut.pattern))

_FIRST_CUT = re.compile(r"\s+(?:of|for|on|at|and|&)\s+", re.IGNORECASE)


def named_body_document(phrase: str, hits_of: Callable[[str], list], cut: re.Pattern) -> bool:
    """Is ``phrase`` a document named after a body whose name holds a joining word ("a Department of Education
    study", "the Department of Justice's 2016 report", "a recent NBC News and Wall Street Journal poll")?

    Parameters
    ----------
    phrase : str
        A source phrase (or any phrase the role reader types).
    hits_of : callable
        The lexicon's role-noun hits of a text (``RoleTagger._hits``), each with ``entry``, ``start`` and ``end``.
    cut : re.Pattern
        The reader's head cut (``role_forms.HEAD_SPLIT``): the first cut of the phrase must be the one inside the
        name.

    Returns
    -------
    bool
        True only when the last role noun of the whole head is a ``document`` noun written after the name.
    """
    if " " not in phrase or not _FIRST_CUT.search(phrase):
        return False
    text = phrase.strip()
    m = _named_head(cut).match(text)
    if not m:
        return False
    if cut.search(m.group("before")):  # the first cut of the phrase must be the one inside the name
        return False
    before = m.group("before")
    if " " not in before.strip() and not hits_of(before):  # "Opponents of X's law": a group, not a body's name
        return False
    head = text[:m.end()]
    hits = hits_of(head)
    if not hits:
        return False
    last = max(hits, key=lambda h: h.end)
    return last.entry == "document" and last.start >= m.start("tail")
