"""Cues that report no one's speech in web news: page furniture, link cards, credit lines, the writer's own voice.

Issue 12as-e. Scraped web articles keep text that is not the article's prose: a related-stories card glued into a
sentence after a linked name ("Sen. Jane Roe Jane Marie RoeSenators say ... MORE"), a button or a heading ("Add
Interest", "Story highlights"), a wire service's credit line ("Roe reported from Denver."), and the writer's own
imperative ("Let us know ...", "Let's hope ...", "Don't believe ..."). A cue found there is not an attribution.
Every test reads the sentence around one cue only (at most :data:`_CARD_REACH` characters), so the work stays
linear in the length of the sentence.
"""

from __future__ import annotations

import re

__all__ = ["furniture_cue", "link_card_spans"]

_CARD_REACH = 600
"""Characters from the glued join to the card's closing "MORE" (a card holds two to four headlines)."""
_NAME_BACK = 90
"""Characters before a glued join in which the linked name must stand once more as a word of its own."""

_GLUED = re.compile(r"(?<![\w'\u2019.-])[A-Z][\w'\u2019.-]*?[a-z][A-Z][\w'\u2019.-]*")
"""A capitalised word run into the next capital with no space ("TrumpSenators", "McConnellThe")."""
_MORE = re.compile(r"(?<![\w-])MORE(?![\w-])")
"""The card's closing link word, written in capitals."""

_IMPERATIVE = re.compile(
    r"[\s(\[\u2014\u2013-]*(?:Let(?:['\u2019]s|\s+us)|Don['\u2019]t|Do\s+not)"
    r"(?:\s+(?:just|now|all|also|simply|ever))?\s+$"
)
"""The sentence opens with the writer's imperative right before the cue ("Let us know", "Let's just say",
"Don't believe"): the writer addresses the reader, no one is reported."""

_CREDIT = re.compile(r"\s+from\s+(?:[A-Z][\w.'\u2019-]*,?\s*){1,4}\.?\s*")
"""After a credit cue: only "from" and a capitalised place to the end of the sentence ("reported from New York.")."""
_CREDIT_CUES = frozenset({"reported", "wrote", "contributed"})
_CREDIT_SOURCE = re.compile(
    r"[\s\"'\u201c]*(?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w.'\u2019-]*"
    r"(?:,?\s+and\s+(?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w.'\u2019-]*)?\s+$"
)
"""Before a credit cue: only one or two names ("Stobbe", "Jane Roe and Max Poe"), nothing else in the sentence."""

_HEADING = re.compile(r"[\s\W]*(?:\([^()]{0,160}\)\s*)?(?:Story|Video|Article|Interview|Key|Main)\s+$")
"""A heading word right before "highlights" at the start of a sentence ("Story highlights ..."), also after a
photo credit in brackets ("(Photo: Jane Roe, AP) Story Highlights ...")."""

_LABEL = re.compile(r"[\s\W]*(?:[A-Z][\w'\u2019-]*\s*){1,3}")
"""A line of at most three capitalised words and no punctuation at all: a button or a menu label ("Add Interest")."""


def link_card_spans(text: str) -> list[tuple[int, int]]:
    """The spans of related-stories cards glued into a sentence after a linked name.

    A card opens where a capitalised word runs into the next capital with no space ("RoeSenators") and the part
    before the join stands as a word of its own within :data:`_NAME_BACK` characters before it (the link repeats
    the name: "Jane Roe Jane Marie RoeSenators"), and closes at the next "MORE" within :data:`_CARD_REACH`
    characters.

    Parameters
    ----------
    text : str
        One sentence.

    Returns
    -------
    list of (int, int)
        Character spans, from the join to the end of "MORE", in order.
    """
    out: list[tuple[int, int]] = []
    for m in _GLUED.finditer(text):
        if out and m.start() < out[-1][1]:
            continue
        word = m.group()
        back = text[max(0, m.start() - _NAME_BACK) : m.start()]
        # each join inside the glued word, the last first ("McConnellThe": "McConnell", then "Mc")
        for k in range(len(word) - 1, 0, -1):
            if not (word[k].isupper() and word[k - 1].islower()):
                continue
            if not re.search(rf"(?<![\w-]){re.escape(word[:k])}(?![\w-])", back):
                continue
            more = _MORE.search(text, m.start() + k, min(len(text), m.start() + k + _CARD_REACH))
            if more is not None:
                out.append((m.start() + k, more.end()))
            break
    return out


def furniture_cue(text: str, masked: str, verb_start: int, verb_end: int, cards=None) -> bool:
    """Whether the cue at ``verb_start:verb_end`` of a sentence reports no one's speech (page furniture).

    True for a cue inside a link card (:func:`link_card_spans`), a cue right after the writer's imperative that
    opens the sentence ("Let us know", "Let's hope", "Don't believe"), a credit line ("Roe reported from Denver."),
    "highlights" after a heading word at the start ("Story highlights") and a cue that opens a button line ("Add
    Interest").

    Parameters
    ----------
    text : str
        The sentence.
    masked : str
        The sentence with its quotations masked (same length).
    verb_start, verb_end : int
        The cue's span.
    cards : list of (int, int) or None
        :func:`link_card_spans` of ``text``, when already computed.

    Returns
    -------
    bool
    """
    if cards is None:
        cards = link_card_spans(text)
    if any(a <= verb_start < b for a, b in cards):
        return True
    before = masked[:verb_start]
    if verb_start <= 40 and _IMPERATIVE.fullmatch(before):
        return True
    cue = masked[verb_start:verb_end].lower()
    if (
        cue in _CREDIT_CUES
        and verb_start <= 60
        and _CREDIT_SOURCE.fullmatch(before)
        and _CREDIT.fullmatch(masked, verb_end)
    ):
        return True
    if cue == "highlights" and verb_start <= 200 and _HEADING.fullmatch(before):
        return True
    return len(masked) <= 40 and bool(_LABEL.fullmatch(masked)) and not before.strip()
