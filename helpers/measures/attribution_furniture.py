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
from dataclasses import replace

from ..text.furniture import furniture_spans
from .role_forms import NOT_NAME_START, PARTICLE

__all__ = ["furniture_cue", "furniture_source", "furniture_sources", "link_card_spans"]

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


# --- issue 12as-h: the source span of a real cue spoiled by a card or a bare party tag ---------------------------

_NAME_BEFORE = re.compile(rf"((?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?:(?-i:[A-Z])[\w.'\u2019-]*|{PARTICLE})){{0,6}})\s*$")
"""The capitalised words of a name (with its title) that end right before a card, a bracket or a comma ("Sen. Jane
Roe", "Senate Majority Leader Ann Lee")."""
_OPENING_WORD = re.compile(
    rf"(?:{NOT_NAME_START}|Also|Now|Although|Though|Because|Even|Only|Until|Instead|Later|Earlier|A|An)\s+"
)
"""A capitalised word opening the sentence that is no part of the name after it ("But Sen. Roe", "After Rep. Poe")."""
_NOT_NAME = re.compile(r"[a-z]{4,}[A-Z]|\bMORE\b|[|:;]")
"""Link text or a headline inside the words read as a name ("RoeSenators", "MORE", "|"): no name is taken."""
_TAG = re.compile(r"(?-i:[RDI])-[A-Z][\w.]*(?:\)|(?<=\.)|(?=[,.]))")
"""A party-state tag opening a source span ("R-Texas)", "D-Calif.", "R-Ky.), a member of ..."), closed by a bracket,
a comma or a full stop (not a word such as "D-Day veterans")."""
_CARD_TAG = re.compile(r"\(?(?:(?-i:[RDI])-)?[A-Z][\w.]*(?: [A-Z][\w.]*)?\)")
"""The tag after a card's MORE, with or without the party ("(R-Texas)", "(Maine)", "Colo.)")."""
_MAX_TAIL_WORDS = 5
"""At most this many words after a tag that are no apposition ("R-Ohio) during a TV appearance"); more, or a comma,
is a clause whose subject is someone else ("I-Vt.) remains committed to ..., his top aide, Max Poe told")."""
_MAX_GAP = 60
"""At most this many characters between the speaker's span and the cue: a span farther away is another clause's
("After Sen. Roe, D-Ohio, spoke ..., Poe sought ..., saying")."""
_TAG_OPENER = re.compile(r"(?:\(|,)\s*$")
"""What stands between the name and its tag: a bracket ("Sen. Ann Lee (R-Ky.)") or a comma ("Ann Lee, R-Ky.,")."""
_AFTER_CARD = re.compile(r"[\s(]*")
_CLOSE = re.compile(r"\.?\)")
"""What may stand between a card's closing MORE and the span that starts after it: spaces and a bracket."""


def _name_before(sent: str, end: int) -> int:
    """Where the name that ends at ``end`` of ``sent`` starts (-1 when the words before ``end`` are no name)."""
    left = max(0, end - 120)
    m = _NAME_BEFORE.search(sent, left, end)
    if not m:
        return -1
    at = m.start(1)
    if at > 0 and (sent[at - 1].isalnum() or sent[at - 1] == "-"):  # "pro-Ann Lee": a modifier, not the speaker
        return -1
    while True:  # "But After Sen. Roe": opening words are no part of the name
        lead = _OPENING_WORD.match(sent, at, end)
        if not lead:
            break
        at = lead.end()
    name = sent[at:end].strip()
    if not name or _NOT_NAME.search(name) or not name[0].isupper():
        return -1
    return at


def _card_source(sent: str, src: str, start: int, verb_start: int, cards) -> tuple[str, int] | None:
    """The speaker of a span spoiled by a link card: the name written before the card, or ``("", -1)``.

    A card that starts inside the span cuts it ("Max Poe Max PoeEconomy adds jobs" -> "Max Poe"); a span that
    starts inside a card or right after its MORE ("... MORE (R-Texas) said") is the card's tail or a tag, and the
    speaker is the name before the card ("Sen. Jane Roe"); when no name stands there the span is dropped. None when
    no card touches the span.
    """
    end = start + len(src)
    for a, b in cards:
        if start < a < end:
            name = sent[start:a].rstrip()
            return (name, start) if name and not _NOT_NAME.search(name) else ("", -1)
        if (a <= start < b or (b <= start and _AFTER_CARD.fullmatch(sent, b, start))) and verb_start >= end:
            if verb_start - end > _MAX_GAP:
                return None
            rest = sent[max(b, start) : end].strip(" (")
            tag = _CARD_TAG.match(rest)
            if rest and not (tag and (not rest[tag.end() :].strip() or rest[tag.end() :].lstrip().startswith(","))):
                return "", -1  # "... MORE wings of the party insist": the subject goes on after the card
            at = _name_before(sent, a)
            glued = a > 0 and not sent[a - 1].isspace()  # "Ann LeeHouse passes ...": the card has no repeated name
            if at < 0 or (glued and len(sent[at:a].split()) < 2):  # "AshLee Strong": a fragment of a name
                return "", -1
            return sent[at:a].rstrip(), at
    return None


def _tag_source(sent: str, src: str, start: int, verb_start: int) -> tuple[str, int] | None:
    """A span opening with a party tag after a name ("Sen. Ann Lee (" | "R-Ky.), a member of the panel" said): the
    span from the name on. None when the span is no such tag or no name stands before it."""
    tag = _TAG.match(sent, start, start + len(src) + 1)
    if not tag or verb_start < start + len(src) or verb_start - start - len(src) > _MAX_GAP:
        return None
    m = _TAG_OPENER.search(sent, max(0, start - 3), start)
    if not m:
        return None
    at = _name_before(sent, m.start())
    if at < 0:
        return None
    end = start + len(src)
    tag_end = min(tag.end(), end)
    tail = sent[tag_end:end].strip()
    if not tail.startswith(","):  # "R-Ohio) during a visit": only an apposition stays
        if "," in tail or len(tail.split()) > _MAX_TAIL_WORDS:  # "I-Vt.) remains ..., his aide, Max Poe": a clause
            return None
        end = tag_end
    close = _CLOSE.match(sent, end)
    if close and sent.count("(", at, end) > sent.count(")", at, end):
        end = close.end()  # "Sen. Ann Lee (R-Ky" | ".)": the tag's bracket closes the span
    return sent[at:end].rstrip(), at


def furniture_source(sent: str, src: str, start: int, verb_start: int, cards=None) -> tuple[str, int]:
    """The source span of one cue, with web-page furniture taken out of it (``(source, source_start)``).

    Scraped pages glue a related-stories card after a linked name ("Sen. Jane Roe Jane Marie RoeSenators say ...
    MORE (R-Texas) said"), and the subject reader then takes the card's tail or the bare party tag as the speaker.
    The speaker is the name before the card (:func:`link_card_spans`); with no name there the span is dropped
    (``("", -1)``), since a wrong source is worse than none. A span that opens with a party tag after a named
    person ("Sen. Ann Lee (R-Ky.), a member of the panel, said") is read from the name on.

    Parameters
    ----------
    sent : str
        The sentence.
    src : str
        The source span the subject reader cut.
    start : int
        Its offset (-1 for none).
    verb_start : int
        The cue's offset.
    cards : list of (int, int) or None
        :func:`link_card_spans` of ``sent``, when already computed.

    Returns
    -------
    tuple of (str, int)
        The span and its offset; unchanged when no furniture touches it.
    """
    if not src or start < 0:
        return src, start
    if cards is None:
        cards = link_card_spans(sent) if "MORE" in sent else []
    out = _card_source(sent, src, start, verb_start, cards) if cards else None
    if out is None:
        out = _tag_source(sent, src, start, verb_start)
    return out if out is not None else (src, start)


def furniture_sources(sent: str, found: list) -> list:
    """Every attribution of one sentence, its source span cleared of furniture by :func:`furniture_source`.

    Called by :func:`helpers.measures.sourcing.extract_attributions` right after the span repairs of
    :mod:`helpers.measures.attribution_spans`; the sentence's cards are found once.

    Parameters
    ----------
    sent : str
        One sentence of the article.
    found : list of Attribution
        The attributions found in it.

    Returns
    -------
    list of Attribution
        In the order given; ``source``, ``source_start`` and ``source_end`` replaced where furniture was taken out.
    """
    cards = link_card_spans(sent) if found and "MORE" in sent else []
    out = []
    for a in found:
        src, start = furniture_source(sent, a.source, a.source_start, a.verb_start, cards)
        if (src, start) != (a.source, a.source_start):
            a = replace(a, source=src, source_start=start, source_end=start + len(src) if start >= 0 else -1)
        out.append(a)
    return out
