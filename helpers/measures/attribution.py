"""Attributions in one sentence: reporting cues and their sources, by pattern rules.

The cue lexicon is ``helpers/data/reporting_verbs.yaml`` (loaded by
:mod:`helpers.measures.attribution_lexicons`; more patterns in :mod:`helpers.measures.attribution_cues`). Every rule reads at
most :data:`_WINDOW` characters around its cue, so the work grows linearly with
the length of a sentence. Sources are found but not classified here (see
:mod:`helpers.measures.sourcing` and :mod:`helpers.measures.source_roles`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..text.lexicon import Matcher
from ..text.quotes import _n_words
from .attribution_cues import asked_cue, noun_use, relative_antecedent, speaker_label
from .attribution_sentence import _WINDOW, _Sentence

__all__ = ["Attribution", "find_attributions"]

_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})

_FILLER_WORDS = (
    "has|have|had|also|further|repeatedly|again|once again|long|reportedly|allegedly|publicly|privately|"
    "previously|earlier|recently|later|then|now|too|will|would|could|can|may|might|must|should|did|does|do|"
    "not|never|already|strongly|firmly|categorically|clearly|explicitly|openly|today|yesterday|"
    "went on to|go on to|goes on to|continues to|continue to|continued to|has been|had been|"
    "in turn|simply|only|even|still|often|frequently|quickly|immediately|separately|subsequently|"
    "originally|initially|first|last|having|instead|doesn't|don't|didn't|hasn't|haven't|hadn't|won't|wouldn't|"
    "doesn\u2019t|don\u2019t|didn\u2019t|hasn\u2019t|haven\u2019t|hadn\u2019t|won\u2019t|wouldn\u2019t"
)
_TRAILING_PAREN = re.compile(
    r",\s*(?:however|meanwhile|though|too|also|in turn|instead|for (?:his|her|their|its) part|"
    r"on (?:his|her|their|its) part|in a statement|separately|in response|in reply|for example)\s*,?\s*$",
    re.IGNORECASE,
)
_TRAILING_SETTING = re.compile(
    r"\s+(?:in|on|during|at|via|through)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}"
    r"(?:statement|interview|conference|briefing|tweet|post|message|speech|video|letter|call|meeting|"
    r"address|session|remarks)s?\s*$"
    r"|\s+(?:on|last|this|earlier|late)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"week|month|year|night|morning|evening|afternoon)\s*$",
    re.IGNORECASE,
)
_SETTING_LAST = frozenset(
    "statement interview conference briefing tweet post message speech video letter call meeting address session "
    "remark monday tuesday wednesday thursday friday saturday sunday week month year night morning evening "
    "afternoon".split())
"""Last words that :data:`_TRAILING_SETTING` can remove (a fast pre-check)."""
_BOUNDARY = re.compile(
    r'["(\[\];:,]|\s-\s|(?<![\w-])(?:that|which|who|whom|whose|while|whereas|but|when|where|because|although|'
    r"though|as|since|if|after|before|so|whether|until|unless|once|what)(?![\w-])",
    re.IGNORECASE,
)
_LEADING_JUNK = re.compile(
    r"^(?:(?:and|but|so|however|meanwhile|instead|also|then|yet|still|publicly|privately|recently|indeed|"
    r"particularly|especially|including|namely|notably|moreover|furthermore|thus|hence|now|later|"
    r"earlier|separately|meanwhile)\b[\s,]*)+",
    re.IGNORECASE,
)
_PASSIVE = re.compile(r"(?<![\w-])(?:is|are|was|were|be|been|being|am|get|got|gets)\s+(?:(?:[a-z]+ly|also|not|never|"
                      r"already|still|even|just|then|first|later|widely|being)\s+){0,2}$", re.IGNORECASE)
_FUTURE = re.compile(r"(?<![\w-])(?:will|shall|'ll)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_INFINITIVE = re.compile(r"(?<![\w-])to\s+$", re.IGNORECASE)
_CONTINUATIVE = re.compile(r"(?<![\w-])(?:continues?|continued|continuing|went on|goes on|go on|going on)\s+to\s+$", re.IGNORECASE)
_AFTER_NP = re.compile(
    r"\s*((?:[\w'.&-]+)(?:\s+[\w'.&-]+){0,7}?)(?=\s*(?:[,.;:!?()\"]|\s-\s|$)|\s+(?:who|which|that|in|on|at|"
    r"during|when|while|after|before|because|as|about|over|to|for|from|with)(?![\w-]))",
    re.IGNORECASE,
)
_AFTER_START = re.compile(r"^\s*(?:that\b|to\b|[,.;:!?)\"]|$)", re.IGNORECASE)
_LEADING_NP = re.compile(
    r"^\s*((?:he|she|they|we|it)(?![\w-])|(?:(?:the|a|an|two|three|four|several|some|many|its|their|his|her)\s+)?"
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Rev|St)\.\s+)?"
    r"(?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*|\s+(?:officials?|leaders?|leadership|government|"
    r"administration|authorities|sources?|spokesman|spokesperson|side|delegation))*)"
)
_ADJUNCT = re.compile(
    r"(?:contrary|according|in|on|at|despite|unlike|like|after|before|during|with|without|for|from|by|"
    r"under|over|amid|among|following|given|regarding|speaking|asked|citing|then|now|later|earlier|recently|"
    r"responding|reacting|referring|commenting|writing|addressing|testifying|appearing|talking|"
    r"yesterday|today|meanwhile|more\s+recently|(?:this|last|next|that)\s+(?:week|month|year|morning|"
    r"afternoon|evening|night|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?![\w-])",
    re.IGNORECASE,
)
_MAX_SOURCE_WORDS = 12
_MAX_CHAIN_WORDS = 20


@dataclass(frozen=True)
class Attribution:
    """One attribution found in a sentence (offsets are in the sentence).

    ``pattern`` is ``"subject"`` ("X said"), ``"inverted"`` ('"...," said X'),
    ``"according_to"``, ``"coordinated"`` (the subject of an earlier verb in
    the same sentence: "X admitted ... but argued"), ``"participle"`` (",
    saying ..."), ``"colon"`` ('Her answer: "..."'), ``"label"`` (a speaker
    label: "SMITH: ..."), ``"asked"`` (a question put to the speaker, no
    stated source), ``"no_source"`` ("it was reported that"), ``"nested"`` or
    ``"quote_only"`` (a quotation with no attribution in its sentence; set by
    :func:`helpers.measures.sourcing.extract_attributions`). ``kind`` is ``"direct"``
    when a quotation of at least ``min_quote_words`` words stands next to the
    attribution (or an unclosed quotation opens before it), else
    ``"reported"``.
    """

    source: str
    source_start: int
    source_end: int
    verb: str
    verb_entry: str
    verb_start: int
    verb_end: int
    pattern: str
    kind: str
    recipient: str = ""


_TAIL = 90
"""The end-anchored clean-up rules look at this many final characters only
(a regular expression anchored at the end still tries every start position)."""
_ADVERB = re.compile(r"[a-z]{3,}ly")
_LY_NOUNS = frozenset("family ally assembly supply rally reply monopoly anomaly bully daily weekly monthly quarterly "
                      "yearly fly belly jelly lily holly folly melancholy homily".split())
"""Lower-case words in -ly that are nouns, not adverbs between a subject and its verb."""
_FILLERS = frozenset(_FILLER_WORDS.lower().split("|"))
_MAX_FILLER_WORDS = max(len(f.split()) for f in _FILLERS)


def _strip_fillers(text: str) -> str:
    """Drop filler words ("has", "also", "went on to") from the end of ``text``."""
    while True:
        stripped = text.rstrip()
        words = stripped.rsplit(None, _MAX_FILLER_WORDS)
        cut = None
        for k in range(min(_MAX_FILLER_WORDS, len(words)), 0, -1):
            if " ".join(words[-k:]).lower() in _FILLERS:
                cut = k
                break
        if cut is None and words and _ADVERB.fullmatch(words[-1]) and words[-1].lower() not in _LY_NOUNS \
                and len(words) > 1:
            cut = 1  # "Trump finally said": a lower-case adverb in -ly (not "the family said")
        if cut is None:
            return stripped
        parts = stripped.rsplit(None, cut)
        text = parts[0] if len(parts) > cut else ""


def _strip_left(left: str) -> str:
    """Remove auxiliaries, adverbs and settings between a subject and its verb."""
    prev = None
    while prev != left:
        prev = left
        left = _strip_fillers(left)
        head, tail = left[:-_TAIL], left[-_TAIL:]
        last = tail.rstrip(" ,").rsplit(None, 1)[-1].lower() if tail.strip(" ,") else ""
        if "," in tail:
            tail = _TRAILING_PAREN.sub("", tail)
        if last.removesuffix("s") in _SETTING_LAST:  # cheap check before an end-anchored regex
            tail = _TRAILING_SETTING.sub("", tail)
        left = head + tail
    return left.rstrip()


_CLAUSE_WINDOW = 240
"""Clause boundaries are looked for in this many final characters (a source
phrase has at most _MAX_SOURCE_WORDS words)."""


def _clause_tail(left: str) -> tuple[str, int]:
    """The text after the last clause boundary in ``left`` and its offset."""
    base = max(0, len(left) - _CLAUSE_WINDOW)
    last = None
    for last in _BOUNDARY.finditer(left, base):
        pass
    start = last.end() if last else base
    return left[start:], start


def _clean_phrase(text: str, offset: int) -> tuple[str, int]:
    """Strip leading conjunctions/adverbs and surrounding punctuation."""
    m = _LEADING_JUNK.match(text.lstrip())
    lead = len(text) - len(text.lstrip())
    if m:
        lead += m.end()
    body = text[lead:]
    stripped = body.rstrip(" ,")
    stripped2 = stripped.lstrip(" ,")
    lead += len(stripped) - len(stripped2)
    return stripped2, offset + lead


def _subject_phrase(masked: str, verb_start: int, floor: int = 0) -> tuple[str, int, str]:
    """Source phrase before a verb; returns (phrase, start, how) or ('', -1, reason).

    ``floor``: the phrase starts at or after this offset (the end of the
    previous reporting verb: "X said he believed" gives "he" for "believed").
    """
    left = masked[:verb_start]
    if floor:
        left = " " * floor + left[floor:]
    near = left[-40:]
    if _PASSIVE.search(near):
        return "", -1, "passive"
    if _INFINITIVE.search(near) and not _CONTINUATIVE.search(near):
        return "", -1, "infinitive"
    if _FUTURE.search(near):
        return "", -1, "future"
    left = _strip_left(left)
    tail, off = _clause_tail(left)
    phrase, start = _clean_phrase(tail, off)
    if not phrase and left.endswith(","):
        phrase, start = _comma_chain(left)
        if phrase and _n_words(phrase) <= _MAX_CHAIN_WORDS:
            return phrase, start, "chain"
        return "", -1, "empty"
    if not phrase:
        boundary_word = left[off - 5: off].strip().lower() if off else ""
        return "", -1, "elided" if boundary_word.endswith(("but", "and")) else "empty"
    if re.search(r"(?:^|\s)(?:and|or|but)$", phrase, re.IGNORECASE):
        m = None if re.match(r"\s*\w+(?:ing|ly)(?![\w-])", phrase) else (
            (_DET_NP.match(phrase) if not floor else None) or _LEADING_NP.match(phrase))
        if not m or m.group(1).strip().lower() in _NOT_NAMES:
            return "", -1, "coordinated_vp"
        return m.group(1).strip(), start + m.start(1), "subject"
    return phrase, start, "subject"


_SUBORDINATORS = frozenset({"while", "whereas", "when", "where", "because", "although", "though", "as", "since",
                            "if", "after", "before", "so", "whether", "until", "unless", "once", "but"})
_RELATIVES = frozenset({"who", "which", "whom", "whose"})
_MAX_CHAIN_PIECES = 6


_PLACE = re.compile(r"(?:[A-Z][\w.'-]*)(?:\s+[A-Z][\w.'-]*){0,2}")
_ENDS_IN_PLACE = re.compile(r"(?<![\w-])(?:in|at|from|near|of|outside)\s+(?:[A-Z][\w.'-]*\s+){0,2}[A-Z][\w.'-]*$")


_FRONTED_PARTICIPLE = re.compile(r"\s*[A-Za-z]+ing\s+(?:before|at|in|on|to|with|from|after|about|for|outside|"
                                 r"during|through|across|near)(?![\w-])")
"""A participle clause that opens a sentence ("Speaking at a rally, ..."): not part of the subject."""


def _comma_chain(left: str) -> tuple[str, int]:
    """Subject of a verb that follows a comma: the noun phrase and its appositives.

    Walks back over comma-separated pieces: "Chad Griffin, the president of
    the campaign, who introduced her, said" gives "Chad Griffin, the president
    of the campaign"; relative clauses and prepositional adjuncts ("Bill
    Clinton, on the campaign trail, told") are skipped; a fronted clause
    ("While ..., X said") ends the walk.
    """
    pieces: list[tuple[int, int]] = []
    end = len(left) - 1  # the comma before the verb
    for _ in range(_MAX_CHAIN_PIECES):
        k = left.rfind(",", 0, end)
        seg_start = k + 1
        seg = left[seg_start:end]
        bounds = [b for b in _BOUNDARY.finditer(seg) if b.group().strip()]
        if pieces and _FRONTED_PARTICIPLE.match(seg):
            break  # "Appearing before supporters at the headquarters, Suu Kyi, 70, said"
        if (bounds and bounds[0].group().strip().lower() in _RELATIVES and not seg[: bounds[0].start()].strip()
                and k >= 0):
            end = k  # "Paradis, who has been active since the age of 25, says": skip the relative clause
            continue
        if (pieces and bounds and bounds[0].group().strip().lower() in _SUBORDINATORS
                and not seg[: bounds[0].start()].strip(" ,")):
            break  # a fronted clause: "While relations improved, X, Y, believes"
        last = bounds[-1] if bounds else None
        if last is not None:
            word = last.group().strip().lower()
            lead = seg[: last.start()].strip(" ,")
            if word in _RELATIVES:
                if lead:  # "the onetime minister who is now a critic": keep the noun phrase, walk on
                    text, s0 = _clean_phrase(seg[: last.start()], seg_start)
                    if text and not _ADJUNCT.match(text):
                        pieces.append((s0, s0 + len(text)))
                    elif pieces:
                        break
                elif pieces:
                    break
                if k < 0:
                    break
                end = k
                continue
            if word in _SUBORDINATORS and not lead and pieces:
                break
            text, s = _clean_phrase(seg[last.end():], seg_start + last.end())
            if text and not _ADJUNCT.match(text):
                pieces.append((s, s + len(text)))
            break
        text, s = _clean_phrase(seg, seg_start)
        if not text:
            break
        if _ADJUNCT.match(text):
            if pieces:
                break
        elif not pieces and k > 0 and _PLACE.fullmatch(text) and _ENDS_IN_PLACE.search(left, max(0, k - 60), k):
            pass  # "speaking at a rally in Charleston, West Virginia, did not": the state ends the adjunct
        else:
            pieces.append((s, s + len(text)))
        if k < 0:
            break
        end = k
    if not pieces:
        return "", -1
    a, b = min(p[0] for p in pieces), max(p[1] for p in pieces)
    return left[a:b], a


def _after_phrase(masked: str, pos: int) -> tuple[str, int]:
    """Noun phrase right after ``pos`` (inverted source, recipient)."""
    rest = masked[pos:]
    if _AFTER_START.match(rest):
        return "", -1
    m = _AFTER_NP.match(rest)
    if not m:
        return "", -1
    phrase = m.group(1).strip()
    if phrase.endswith(".") and not re.search(r"(?:^|\s)(?:[A-Za-z]\.)+$", phrase):
        phrase = phrase.rstrip(".")
    return phrase, pos + m.start(1)


_TITLE_ABBREV = re.compile(r"(?:^|\s)(?:Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Lt|Col|Prof|Sgt|Capt|Adm|Rev|St|U\.S|[A-Z])$")
"""A title or an initial before a full stop ("according to Dr. Romero"): the phrase goes on after it."""


def _according_to_phrase(masked: str, pos: int) -> tuple[str, int]:
    rest = masked[pos:]
    end = 0
    for _ in range(4):
        m = re.match(r"\s*(.+?)(?=\s*(?:[,.;:!?()\"]|\s-\s|$)|\s+(?:that|who|which|while|when)(?![\w-]))",
                     rest[end:])
        if not m:
            break
        end += m.end(1)
        if not (rest[end: end + 1] == "." and _TITLE_ABBREV.search(rest[max(0, end - 6): end])
                and re.match(r"\.\s*[A-Z]", rest[end: end + 4])):
            break
        end += 1
    m = re.match(r"\s*", rest)
    phrase = rest[m.end(): end].strip()
    return (phrase, pos + m.end()) if phrase else ("", -1)


_FOLLOW_OK = re.compile(r"\s*(?:(?:that|if|whether|how|why|what)(?![\w-])|[\"\u201c:]|,\s*[\"\u201c])"
                        r"|\s+(?:[\w'-]+\s+){1,3}?(?:as\s+)?[\"\u201c]", re.IGNORECASE)
"""What may follow a cue marked ``requires_that``: "claims that", 'claims: "...', 'continued, "...',
'described it as "a disaster"' (a quotation within a few words)."""
_NAMES_OBJECT = re.compile(r"\s+(?!(?:a|an|the|for|on|off|in|out|up|back|it's|to|upon|into)\s)(?:[\w'\u2019.-]+\s+){1,6}?"
                           r"(?:(?:a|an)\s+\S|[\"\u201c])", re.IGNORECASE)
"""'called him a liar', 'called the plan "a disaster"': an object, then a noun phrase or a quotation."""
_DOCUMENT_SUBJECT = re.compile(
    r"(?<![\w-])(?:polls?|surveys?|stud(?:y|ies)|reports?|data|analys[ei]s|research|findings|results|numbers|"
    r"figures|estimates|models?|forecasts?|projections?|records|documents?|emails?|memos?|filings?|audits?|"
    r"investigations?|reviews?|census|evidence|statistics|polling|tallies|returns|laws?|bills?|"
    r"rules?|constitution|platform|resolution|ads?|letters?|statements?|websites?)$", re.IGNORECASE)
"""A poll, study or document as subject: a findings verb needs no "that" ("a poll shows Clinton ahead")."""
_MODAL = re.compile(r"(?<![\w-])(?:can|could|should|might|may|must|would|cannot|can't|can\u2019t|couldn't|"
                    r"couldn\u2019t)\s+(?:(?:not|never|just|only|"
                    r"also|really|probably|even)\s+)?$", re.IGNORECASE)
"""A modal before the cue ("you can say", "I would argue"): a possibility, not a report."""
_POSTPOSED_SOURCE = re.compile(r"(?:(?:a|an|the|one|two|three|several|some|many)\s+\S|[A-Z])")
"""A source after its verb starts with a determiner or a capital ("..., said the mayor"; "..., says Martin Indyk")."""
_FINITE = re.compile(r"(?<![\w-])(?:is|are|was|were|has|have|had|will|would|can|could|does|did|do|should|may|"
                     r"might|must|not)(?![\w-])", re.IGNORECASE)
"""An auxiliary in the words after a verb: a clause ("said the president is fine"), not a postposed source."""
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)\u2014]|\s-\s|$|(?:on|in|at|during|last|this|earlier|later|told|who|when|"
                         r"after|before)(?![\w-]))", re.IGNORECASE)
"""What may follow a postposed source: the end of its clause or an adjunct ("..., said the mayor on Monday.")."""
_TIME_WORD = re.compile(r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|"
                        r"june|july|august|september|october|november|december|today|yesterday|tonight|last|this|"
                        r"earlier|later|in|on|at)(?![\w-])", re.IGNORECASE)
_DATELINE = re.compile(r"\s*(?:(?-i:[A-Z]{2,}[A-Z ,.]*)(?:\([^)]*\))?\s*(?:-|\u2014|\u2013)|(?:earlier|later|hours|days|"
                       r"instead|meanwhile|still|yet|also|now|then|indeed|however|moreover)(?![\w-]))", re.IGNORECASE)
"""A dateline ("WASHINGTON (AP) -") or a fronted adverb ("Hours later,"), not a subject."""
_DET_NP = re.compile(
    r"\s*((?:the|a|an|his|her|their|its)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)(?=\s+(?:[a-z]+ed|was|is|were|are|has|had|"
    r"have|will|would|did|left|went|made|took|gave|met|spoke|came|got|kept|held|ran|sent|won|lost|began|told|said)"
    r"(?![\w-]))", re.IGNORECASE)
"""A determiner noun phrase before its verb ("The senator left the room, saying ...")."""
_QUOTE_BEFORE = re.compile(r"[\"\u201d'][\s,]*$")
_CLAUSE_STOP = re.compile(r"\s*(?:[.,;!?]|$)")
"""'"...," he continued.': a cue that needs "that" also counts between a quotation (its subject right after the
quotation) and the end of the clause."""
_NO_POSTPOSED = frozenset({"according_to"})
_TAKES_RECIPIENT = frozenset({"tell", "inform", "remind", "assure", "urge", "ask", "advise"})
"""Cues whose next noun phrase is the person addressed ("X, Hekmat, told Al Jazeera that"), never a postposed source."""
_NOT_A_VERB = re.compile(r"[\s-]+(?:tanks?|pieces?)(?![\w-])", re.IGNORECASE)
"""A word after a cue that makes it part of a noun ("think tank")."""
_FIRST_SECOND = frozenset({"i", "we", "you"})
_PARTICIPLE_AFTER = re.compile(r"(?:,|(?<![\w-])(?:and|by|while|after|before|when))(?:\s+[a-z]+ly)?\s*$", re.IGNORECASE)
"""What may stand before a participle cue: ", saying", "and saying", "by saying", "while initially saying"."""
_COORD_END = re.compile(r"(?<![\w-])(?:and|but|yet)\s*$", re.IGNORECASE)
"""A cue that ends a coordination ("He called the actions lawful, and said ..."): its subject opens the clause."""
_COLON_QUOTE = re.compile(r":\s*[\"\u201c]")
_ELLIPSIS_QUOTE = re.compile(r"\s*[\"\u201c]")


def find_attributions(
    sentence: str,
    verb_matcher: Matcher,
    verb_info: dict,
    min_quote_words: int = 4,
    nested: bool = False,
) -> list[Attribution]:
    """Attributions in one sentence, by pattern rules; the source is not classified.

    Text inside closed quotation marks is masked first, so a reporting verb
    inside a quotation ('"He said no," she told me') is not taken as the
    sentence's own attribution; with ``nested`` the quotation is then read on
    its own, and its attributions come back with ``pattern="nested"``.
    Passive forms ("is said to", "was told") and bare infinitives ("to add")
    are skipped, except a passive followed by "that" ("it was reported that"),
    an attribution with no stated source (``pattern="no_source"``, empty
    source); "continues to emphasize" and "went on to add" are kept. A colon
    before a quotation with no reporting verb in its clause ('Her answer:
    "..."') is a cue of its own (``verb == ":"``, entry ``"colon"``), and so
    are a speaker label and "Asked whether ..." (:mod:`helpers.measures.attribution_cues`).
    Cues used as nouns or adjectives ("pledged delegates") are skipped. Every
    rule reads at most a few hundred characters around its cue, so the time
    grows linearly with the length of the sentence.

    Parameters
    ----------
    sentence : str
        One sentence.
    verb_matcher : helpers.text.lexicon.Matcher
        Built from the reporting-verb lexicon.
    verb_info : dict
        From :func:`verb_table`: the verb entries' category and
        ``requires_that`` flag.
    min_quote_words : int
        A quotation must have at least this many words to make an attribution
        next to it ``"direct"`` (shorter ones are scare quotes or partial
        quotes inside reported speech); only such quotations are searched for
        nested attributions.
    nested : bool
        Also report attributions inside quotations.

    Returns
    -------
    list of Attribution
        The sentence's own attributions in the order of their cues, then the
        nested ones.

    Raises
    ------
    TypeError, ValueError
        For a non-string sentence, ``min_quote_words < 1``, or a verb entry
        missing from ``verb_info``.
    """
    if not isinstance(sentence, str):
        raise TypeError(f"sentence must be a str, got {type(sentence).__name__}")
    if min_quote_words < 1:
        raise ValueError(f"min_quote_words must be >= 1, got {min_quote_words!r}")
    ctx = _Sentence(sentence, min_quote_words)
    masked = ctx.masked
    out: list[Attribution] = []
    for m in verb_matcher.find(masked):
        if _NOT_A_VERB.match(masked, m.end) or noun_use(masked, m.start, masked[m.start:m.end]):
            continue  # "think tank", "think piece", "400 pledged delegates", "his proposed ban"
        info = verb_info.get(m.entry)
        if info is None:
            raise ValueError(f"verb entry {m.entry!r} is not in verb_info: build both from the same lexicon")
        a = _one_cue(ctx, m, info, out)
        if a is not None:
            out.append(a)
    out.extend(_colon_cues(ctx, out))
    out.extend(_extra_cues(ctx, out))
    out.sort(key=lambda x: x.verb_start)
    out = _nearest_quotes(ctx, out)
    if nested:
        for s, e in ctx.closed:
            if _n_words(sentence[s:e]) < min_quote_words:
                continue
            for a in find_attributions(sentence[s:e], verb_matcher, verb_info, min_quote_words, nested=False):
                out.append(replace(a, source_start=a.source_start + s if a.source_start >= 0 else -1,
                                   source_end=a.source_end + s if a.source_start >= 0 else -1,
                                   verb_start=a.verb_start + s, verb_end=a.verb_end + s, pattern="nested"))
    return out


def _nearest_quotes(ctx: _Sentence, out: list) -> list:
    """Re-read ``kind`` when a sentence has several cues: its opening quotation belongs to the first cue, its
    closing quotation to the last cue before it ('"...," Brown said, recalling a visit': "recalling" is reported)."""
    if len(out) < 2:
        return out
    res = []
    for i, a in enumerate(out):
        if a.kind == "direct":
            lo = min(a.verb_start, a.source_start) if a.source_start >= 0 else a.verb_start
            hi = max(a.verb_end, a.source_end)
            if i and a.pattern in ("participle", "coordinated"):
                lo, hi = a.verb_start, a.verb_end  # the source is the earlier cue's
            last = i == len(out) - 1 or out[i + 1].verb_start > ctx.last_quote_start
            a = replace(a, kind=ctx.kind(lo, hi, first=i == 0, last=last))
        res.append(a)
    return res


def _one_cue(ctx: _Sentence, m, info: dict, out: list) -> Attribution | None:
    """The attribution of one cue match, or None."""
    masked, sentence = ctx.masked, ctx.text
    lo = max(0, m.start - _WINDOW)
    after = masked[m.end: m.end + _WINDOW]
    if m.entry == "according_to":
        src, s0 = _according_to_phrase(after, 0)
        return _make(ctx, src, s0 + m.end, m, "according_to") if src else None
    before = masked[lo: m.start].rstrip()
    opens = not before and m.start == 0 and m.entry not in _NO_POSTPOSED
    if before.endswith('"') or (before.endswith(",") and before[:-1].rstrip().endswith('"')) or opens:
        # ('"... candidates!" | said Arturo Vargas': a splitter ended the quotation's sentence at "!" or "?")
        src, s0 = _after_phrase(after, 0)
        if src and opens and not (_POSTPOSED_SOURCE.match(src) and not _FINITE.search(src)):
            return None
        if src:
            return _make(ctx, src, s0 + m.end, m, "inverted")
    if m.end - m.start > 4 and masked[m.end - 3: m.end].lower() == "ing":
        return _participle(ctx, m, lo, before, out)
    if _MODAL.search(before[-30:] + " "):
        return None
    floor = max(0, out[-1].verb_end - lo) if out else 0
    src, s0, how = _subject_phrase(masked[lo: m.start], m.start - lo, floor=floor)
    document = bool(src) and bool(_DOCUMENT_SUBJECT.search(_HEAD_SPLIT.split(src, maxsplit=1)[0]))
    if info.get("document_subject") and not document:
        return None  # "the TV show": bare "show" reports only a poll's or a document's finding
    if info["requires_that"] and not _FOLLOW_OK.match(after) and not (info["category"] == "neutral" and document) \
            and not (info["names_object"] and _NAMES_OBJECT.match(after)) and not (
            src and _QUOTE_BEFORE.search(masked[max(0, lo + s0 - 8): lo + s0]) and _CLAUSE_STOP.match(after)):
        return None
    if before.endswith(",") and m.entry not in _NO_POSTPOSED and m.entry not in _TAKES_RECIPIENT:
        # "..., said James Marsh, the department's director": a reporting clause after its content (its source
        # ends the clause; "X, a former aide, said the problem is ..." is a subject and its verb)
        post, p0 = _after_phrase(after, 0)
        if post and _POSTPOSED_SOURCE.match(post) and not _FINITE.search(post) and _CLAUSE_END.match(
                after, p0 + len(post)) and not _TIME_WORD.match(post):
            return _make(ctx, post, p0 + m.end, m, "inverted")
    if (info["category"] == "belief" and src.strip().lower() in _FIRST_SECOND) or (info.get("first_cue") and out):
        return None  # "I think", "you know": a hedge; "said he believes": part of the content of the first cue
    if how == "passive":
        if re.match(r"\s*that(?![\w-])", after, re.IGNORECASE):
            return Attribution("", -1, -1, sentence[m.start:m.end], m.entry, m.start, m.end, "no_source",
                               ctx.kind(m.start, m.end))
        return None
    past = not masked[m.end - 1: m.end].lower() == "s"  # "statements and promises": a plural noun, not a verb
    if not src and out and (how == "elided" or (past and (how == "coordinated_vp" or _COORD_END.search(
            _strip_left(before)[-12:])))):
        prev = out[-1]
        return Attribution(prev.source, prev.source_start, prev.source_end, sentence[m.start:m.end], m.entry,
                           m.start, m.end, "coordinated", ctx.kind(m.start, m.end), _recipient(ctx, m))
    if not src and how == "empty" and (ctx.first_unclosed is None or ctx.first_unclosed > m.start):
        src, s0, how = _relative_source(masked[lo: m.start])
    if not src and not out and past and how in ("elided", "empty", "coordinated_vp") and \
            _COORD_END.search(_strip_left(before)[-12:]):
        lead = _clause_subject(ctx, m.start) or _leading_subject(ctx, m.start)
        return _make(ctx, lead[0], lead[1], m, "coordinated") if lead else None
    if not src or (how != "chain" and _n_words(src) > _MAX_SOURCE_WORDS):
        return None
    return _make(ctx, src, s0 + lo, m, "subject")


_TRAILING_NP = re.compile(r"(?:(?:the|a|an)\s+)?(?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'.-]*$|(?:the|a|an)\s+(?:[\w'-]+\s+){0,2}"
                          r"[\w'-]+$")


def _relative_source(left: str) -> tuple[str, int, str]:
    """'Alan Berger, a gynecologist, who said': the antecedent of the relative "who" before a cue, with "who"."""
    left = _strip_left(left)
    end = relative_antecedent(left)
    if end <= 0:
        return "", -1, "empty"
    ante, who_end = left[:end].rstrip(), len(left.rstrip())
    if ante.endswith(","):
        phrase, start = _comma_chain(ante)
        first = phrase.split(",", 1)[0]
        if _n_words(first) > 4:  # "The crowd cheered Mara Lind, a nurse, who said": the object, not the clause
            m = _TRAILING_NP.search(first)
            if not m:
                return "", -1, "empty"
            start += m.start()
        if not phrase or _n_words(phrase) > _MAX_CHAIN_WORDS:
            return "", -1, "empty"
        return left[start:who_end], start, "chain"
    tail, off = _clause_tail(ante)
    phrase, start = _clean_phrase(tail, off)
    return (left[start:who_end], start, "subject") if phrase else ("", -1, "empty")


def _participle(ctx: _Sentence, m, lo: int, before: str, out: list) -> Attribution | None:
    """', saying ...', ', adding that ...': the source is the subject of the clause the participle hangs on."""
    if not _PARTICIPLE_AFTER.search(before):
        return None
    if out:
        prev = out[-1]
        return Attribution(prev.source, prev.source_start, prev.source_end, ctx.text[m.start:m.end], m.entry,
                           m.start, m.end, "participle", ctx.kind(m.start, m.end), _recipient(ctx, m))
    lead = _leading_subject(ctx, m.start)
    return _make(ctx, lead[0], lead[1], m, "participle") if lead else None


_CLAUSE_OPEN = re.compile(r"(?:,\s*(?:but|and|while|whereas|yet)|;|\s(?:but|whereas))\s+", re.IGNORECASE)


def _clause_subject(ctx: _Sentence, end: int) -> tuple[str, int] | None:
    """The subject of the last coordinated clause before ``end`` ("X tried ..., but the Taliban refused ... and
    said"), or None when that clause has no subject of its own ("X tried ..., but failed and said")."""
    lo = max(0, end - _WINDOW)
    for op in reversed(list(_CLAUSE_OPEN.finditer(ctx.masked, lo, end))[-4:]):
        # a clause with no subject of its own (", but assured ...") shares the subject of the clause before it
        lead = _DET_NP.match(ctx.masked, op.end(), end)
        if lead and lead.group(1).strip().lower() not in _NOT_NAMES:
            return lead.group(1).strip(), lead.start(1)
    return None


def _leading_subject(ctx: _Sentence, end: int) -> tuple[str, int] | None:
    """The subject that opens the sentence (after a dateline or fronted adjuncts), before ``end``, or None."""
    head = ctx.masked[: min(end, _WINDOW)]
    starts = [0] + [c.end() for c in re.finditer(r",\s+", head)][:3]
    for st in starts:
        piece = head[st:]
        dl = _DATELINE.match(piece)
        if dl and dl.group().rstrip()[-1:] in "-\u2014\u2013":  # "WASHINGTON (AP) - The senator ...": after it
            st += dl.end()
            piece, dl = head[st:], None
        if dl or _ADJUNCT.match(piece) or re.match(r"\s*\w+(?:ing|ly)\b", piece):
            continue
        junk = _LEADING_JUNK.match(piece.lstrip())
        if junk and junk.end():  # "But Biden, discussing ...": the conjunction is not part of the subject
            st += len(piece) - len(piece.lstrip()) + junk.end()
            piece = head[st:]
        lead = _DET_NP.match(piece) or _LEADING_NP.match(piece)
        word = lead.group(1).strip().lower() if lead else ""
        if not lead or (word in _NOT_NAMES and word not in _PERSONAL):
            return None
        return lead.group(1).strip(), st + lead.start(1)
    return None


@dataclass(frozen=True)
class _Cue:
    entry: str
    start: int
    end: int


def _colon_cues(ctx: _Sentence, found: list) -> list[Attribution]:
    """'Her answer: "..."': a colon before a quotation whose clause has no reporting verb."""
    out = []
    for c in _COLON_QUOTE.finditer(ctx.masked):
        i = c.start()
        if any(i - _WINDOW < a.verb_end <= i + 1 for a in found):
            continue  # "She said: ..." - the verb is the cue
        lo = max(0, i - _WINDOW)
        src, s0, how = _subject_phrase(ctx.masked[lo:i], i - lo)
        if not src or how == "passive" or _n_words(src) > _MAX_SOURCE_WORDS:
            continue
        out.append(_make(ctx, src, s0 + lo, _Cue("colon", i, i + 1), "colon"))
    return out


def _extra_cues(ctx: _Sentence, found: list) -> list[Attribution]:
    """Questions put to the speaker ("Asked whether ...") and speaker labels ("SMITH: ...")."""
    out = []
    masked, sentence = ctx.masked, ctx.text
    taken = [(a.verb_start, a.verb_end) for a in found]
    for s in asked_cue(masked):
        if not any(a <= s < b for a, b in taken):
            out.append(Attribution("", -1, -1, sentence[s:s + 5], "ask", s, s + 5, "asked", "reported"))
    label = speaker_label(masked)
    if label is not None and not any(a < label[2] for a, _ in taken):
        a, b, colon = label
        out.append(_make(ctx, masked[a:b], a, _Cue("colon", colon, colon + 1), "label"))
    return out


def _recipient(ctx: _Sentence, m) -> str:
    if m.entry not in ("tell", "inform"):
        return ""
    rec, r0 = _after_phrase(ctx.masked[m.end: m.end + _WINDOW], 0)
    return ctx.text[m.end + r0: m.end + r0 + len(rec)] if rec else ""


def _make(ctx: _Sentence, src: str, s0: int, m, pattern: str) -> Attribution:
    sentence = ctx.text
    src_text = sentence[s0: s0 + len(src)]
    a, b = min(s0, m.start), max(s0 + len(src), m.end)
    return Attribution(
        source=src_text, source_start=s0, source_end=s0 + len(src), verb=sentence[m.start:m.end],
        verb_entry=m.entry, verb_start=m.start, verb_end=m.end, pattern=pattern,
        kind=ctx.kind(a, b), recipient=_recipient(ctx, m),
    )


_NOT_NAMES = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "some", "many", "several", "most", "other", "such", "his",
    "her", "their", "its", "our", "my", "your", "one", "two", "three", "both", "each", "every", "all", "any",
    "more", "few", "numerous", "various", "but", "and", "however", "meanwhile", "still", "yet", "so", "then",
    "i", "we", "he", "she", "they", "it", "officials", "sources", "analysts", "experts", "authorities",
})
"""Capitalised words that are not names (sentence starters, determiners, pronouns)."""

_PERSONAL = frozenset({"he", "she", "they"})
"""Pronouns that may open a clause whose participle reports ("He went further, saying ...")."""

_HEAD_SPLIT = re.compile(
    r"\s+(?:of|within|in|at|from|to|with|on|for|by|among|inside|close|familiar|who|which|near|about|under|"
    r"over|across|based|speaking|representing)(?![\w-])",
    re.IGNORECASE,
)
