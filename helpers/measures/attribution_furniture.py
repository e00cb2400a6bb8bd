"""Cues that report no one's speech in web news: page furniture, link cards, credit lines, the writer's own voice.

Issue 12as-e. Scraped web articles keep text that is not the article's prose: a related-stories card glued into a
sentence after a linked name ("Sen. Jane Roe Jane Marie RoeSenators say ... MORE"), a button or a heading ("Add
Interest", "Story highlights"), a wire service's credit line ("Roe reported from Denver."), and the writer's own
imperative ("Let us know ...", "Let's hope ...", "Don't believe ..."). A cue found there is not an attribution.
The card test is one pass of :func:`helpers.text.furniture.furniture_spans` per sentence and the other tests read
a fixed window at the start of the sentence, so the work stays linear in the length of the sentence.
"""

from __future__ import annotations

import re

from ..text.furniture import furniture_spans

__all__ = ["furniture_cue", "link_card_spans"]

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

    The ``link_card`` spans of :func:`helpers.text.furniture.furniture_spans` (the rule that blanks them before
    words are counted): the linked person's full name, ending with the surname just written, glued to the next
    capital ("Jane Roe Jane Marie RoeSenators say ...") and closed by a capital "MORE" within 600 characters.

    Parameters
    ----------
    text : str
        One sentence.

    Returns
    -------
    list of (int, int)
        Character spans, in order.
    """
    return [(a, b) for a, b, rule in furniture_spans(text) if rule == "link_card"]


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
