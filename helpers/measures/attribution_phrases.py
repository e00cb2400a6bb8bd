"""Source phrases for :mod:`helpers.measures.attribution`: the subject before a cue, the noun phrase after it,
the source of "according to", and the subject of a clause that a coordinated or participle cue hangs on.

Every function reads a bounded window of the sentence (at most a few hundred characters around its cue), so the
work per cue does not grow with the length of the sentence. The functions return plain strings and offsets; the
:class:`helpers.measures.attribution.Attribution` rows are built by
:func:`helpers.measures.attribution.find_attributions`.
"""
from __future__ import annotations

import re

from ..text.quotes import _n_words
from .attribution_cues import relative_antecedent
from .attribution_sentence import _WINDOW, _Sentence

__all__: list[str] = []


_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})

_FILLER_WORDS = (
    "has|have|had|also|almost|further|repeatedly|again|once again|long|reportedly|allegedly|publicly|privately|"
    "previously|earlier|recently|later|then|now|too|will|would|could|can|may|might|must|should|did|does|do|"
    "not|never|already|strongly|firmly|categorically|clearly|explicitly|openly|today|yesterday|"
    "went on to|go on to|goes on to|continues to|continue to|continued to|continuing to|is continuing to|"
    "are continuing to|was continuing to|were continuing to|has been|had been|"
    "in turn|simply|only|even|still|often|frequently|quickly|immediately|separately|subsequently|"
    "so far|thus far|as yet|to date|until now|up to now|for now|"  # issue 12bp-f: "Tehran has so far denied"
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
    r'["(\[\];:]|(?<!\d),|,(?!\d{3}(?!\d))|\s-\s|(?<![\w-])(?:that|which|who|whom|whose|while|whereas|but|when|'
    r"where|because|although|though|as|since|if|after|before|so|whether|until|unless|once|what)(?![\w-])",
    re.IGNORECASE,
)
"""Clause boundaries before a cue; the comma of a number ("$20,000") is none (review s78-A: "000 in undergraduate
loans" was read as a source)."""
_LEADING_JUNK = re.compile(
    r"^(?:(?:and|but|so|however|meanwhile|instead|also|then|yet|still|publicly|privately|recently|indeed|"
    r"particularly|especially|including|namely|notably|moreover|furthermore|thus|hence|now|later|"
    r"earlier|separately|meanwhile|even)\b[\s,]*)+",
    re.IGNORECASE,
)
_PASSIVE = re.compile(r"(?<![\w-])(?:is|are|was|were|be|been|being|am|get|got|gets)\s+(?:(?:[a-z]+ly|also|not|never|"
                      r"already|still|even|just|then|first|later|widely|being)\s+){0,2}$", re.IGNORECASE)
_FUTURE = re.compile(r"(?<![\w-])(?:will|shall|'ll)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_INFINITIVE = re.compile(r"(?<![\w-])to\s+$", re.IGNORECASE)
_CONTINUATIVE = re.compile(r"(?<![\w-])(?:continues?|continued|continuing|went on|goes on|go on|going on|"
                           r"(?:is|are|was|were|been)\s+(?:(?:always|also|often|not|very)\s+)?(?:quick|careful|eager|"
                           r"the\s+first|the\s+last)|(?:went|go|goes|going|gone)\s+out\s+"
                           r"of\s+(?:his|her|their|its|my|our|your)\s+way)\s+to\s+$", re.IGNORECASE)
"""A frame that keeps an infinitive cue a report ("went on to add", "was quick to point out", "went out of his way to
say"), unlike a bare infinitive ("came to say goodbye")."""
_AFTER_NP = re.compile(
    r"\s*((?:[\w'.&-]+)(?:\s+[\w'.&-]+){0,7}?)(?=\s*(?:[,.;:!?()\"]|\s-\s|$)|\s+(?:who|which|that|in|on|at|"
    r"during|when|while|after|before|because|as|about|over|to|for|from|with)(?![\w-]))",
    re.IGNORECASE,
)
_AFTER_NAME_OF = re.compile(r"\s*((?-i:[A-Z])[\w'\u2019.&-]*(?:\s+(?-i:[A-Z])[\w'\u2019.&-]*){0,3})(?=\s+of\s)")
"""A name before "of" when the whole phrase is longer than :data:`_AFTER_NP` reads ('said Ann Roe of the University of
Texas School of Law'): the name alone."""
_AFTER_START = re.compile(r"^\s*(?:that\b|to\b|[,.;:!?)\"]|$)", re.IGNORECASE)
_TITLE_BEFORE_NAME = (
    r"\s+(?:(?:former|then-|vice|deputy|acting|prime|presidential|foreign|defen[cs]e|finance|state|senior|top|chief)\s+)"
    r"{0,2}(?:president|senator|leader|minister|secretary|governor|mayor|spokeswoman|lawmaker|chairman|chairwoman|"
    r"director|ambassador|judge|candidate|commissioner|coach|writer|activist|aide|adviser|advisor|economist|analyst|"
    r"professor|lawyer|attorney|chief|host|actor|actress|general|envoy|editor)(?=\s+[A-Z])"
)
"""A lower-case title between a capitalised word and a name ("US president Ann Cole", "Former senator Jo Park",
"Senior presidential aide Al Roe"): part of the leading subject (issue 12av-t)."""
_OF_HEADS = ("Secretary", "Chief", "Speaker", "Director", "Minister", "Chairman", "Chairwoman", "Chair", "President",
             "Leader", "Governor", "Mayor", "Head", "Commissioner", "Ambassador", "Attorney", "Administrator",
             "Department", "Ministry", "Court", "Office", "Bureau", "Board", "Association", "Federation", "Council",
             "Committee", "University", "College", "Institute", "School", "House", "Chamber", "Bank", "Members",
             "Member", "Hundreds", "Thousands", "Dozens", "Millions", "Plenty")
"""Round 12cd: the head words after which "of" goes on inside a leading subject ("Secretary of State X", "Members of
Congress", "Hundreds of X residents"); not after a surname ("Rand Paul of Kentucky" stays "Rand Paul", whose role the
name lookup finds)."""
_OF_AFTER_HEAD = "(?:" + "|".join(rf"(?<=\b{w})" for w in _OF_HEADS) + ")"
"""Right after one of :data:`_OF_HEADS` (one fixed-width look-behind per word)."""
_GROUP_AFTER_NAME = (
    r"(?:\s+(?:campaign|congressional|intelligence|military|federal|state|local|party|senior|top|security|health|"
    r"election|defen[cs]e|foreign|police|union|industry|company|government|administration))?"
    r"\s+(?:lawmakers|legislators|senators|aides|advisers|advisors|supporters|opponents|critics|members|activists|"
    r"candidates|prosecutors|investigators|regulators|diplomats|negotiators|analysts|economists|experts|scientists|"
    r"researchers|lawyers|attorneys|residents|voters|workers|employees|executives|officers|troops|forces|appropriators|"
    r"strategists|donors|allies|staffers|agents|judges|officials|leaders|sources|authorities)(?![\w'\u2019-])"
)
"""Round 12cb: a lower-case plural noun of people after a leading name, optionally after one modifier ("Clinton
supporters", "U.S. lawmakers", "Trump campaign aides"): the head of the subject, which otherwise stopped at the name
("Clinton supporters ..., pointing out" gave the source "Clinton"). Fixed general lists: no verb, no other word."""
_ABBREVIATION = r"(?-i:[A-Z](?:\.[A-Z])+\.?|[A-Z]\.(?=\s+(?!(?:He|She|It|They|We|I|The|A|An|But|And)\b)[A-Z]))"
"""Round 12ca: capitals with periods ("U.S.", "U.N.", "D.C.", "A.J.") or an initial before a capitalised word
("Michael R. Bloomberg"; not before a pronoun, an article or a conjunction: "Plan B. He"): one word of a leading
noun phrase, which otherwise stopped at the first period ("U.S. President X ..., complaining" gave the source "U")."""
_NP_WORD = r"(?:" + _ABBREVIATION + r"|[A-Z][\w'\u2019-]*)"
"""A capitalised word of a leading noun phrase, or an abbreviation (:data:`_ABBREVIATION`)."""
_LEADING_NP = re.compile(
    r"^\s*((?:he|she|they|we|it)(?![\w-])|(?:(?:the|a|an|two|three|four|several|some|many|its|their|his|her)\s+)?"
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Rev|St)\.\s+)?"
    + _NP_WORD + r"(?:(?:\s+|" + _OF_AFTER_HEAD + r"\s+of\s+(?:the\s+)?)" + _NP_WORD
    + r"|\s+(?:officials?|leaders?|leadership|government|"
    r"administration|authorities|sources?|spokesman|spokesperson|side|delegation)|" + _GROUP_AFTER_NAME + r"|"
    + _TITLE_BEFORE_NAME + r")*)"
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


_TAIL = 90
"""The end-anchored clean-up rules look at this many final characters only
(a regular expression anchored at the end still tries every start position)."""
_ADVERB = re.compile(r"[a-z]{3,}ly")
_LY_NOUNS = frozenset("family ally assembly supply rally reply monopoly anomaly bully daily weekly monthly quarterly "
                      "yearly fly belly jelly lily holly folly melancholy homily".split())
"""Lower-case words in -ly that are nouns, not adverbs between a subject and its verb."""
_FRAME_FILLERS = [f"{be} {adj} to" for be in ("is", "are", "was", "were", "been", "be") for adj in (
    "quick", "careful", "eager", "the first", "the last")] + [
    f"{go} out of {pos} way to" for go in ("went", "go", "goes", "going", "gone")
    for pos in ("his", "her", "their", "its", "my", "our", "your")]
"""Frames of :data:`_CONTINUATIVE` dropped from the end of a subject ("Trump was quick to" add: "Trump")."""
_FILLERS = frozenset(_FILLER_WORDS.lower().split("|")) | frozenset(_FRAME_FILLERS)
_NAME_TODAY = re.compile(r"Today")
"""Issue 12bh-r2: "Today" written with a capital after a capitalised word ("Norland Today reported") is part of a
name, not the adverb, which English writes in lower case inside a sentence ("Lee today said")."""
_MAX_FILLER_WORDS = max(len(f.split()) for f in _FILLERS)
_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "must", "should"})
"""The modal fillers, which English writes in lower case inside a sentence: capitalised after a word, a name ("Theresa
May", "Will Hurd"; round 12bu-h)."""


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
        if cut == 1 and _NAME_TODAY.fullmatch(words[-1]) and len(words) > 1 and words[-2][:1].isupper():
            return stripped  # issue 12bh-r2: "Norland Today reported": a capitalised "Today" after a name is its part
        if cut and len(words) > cut and any(w[:1].isupper() and w.lower() in _MODALS for w in words[-cut:]):
            return stripped  # round 12bu-h: "Theresa May has said": a capitalised modal after a word is a name
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


_AND = re.compile(r"\s(?:and|but)\s+", re.IGNORECASE)
_FINITE_WORD = re.compile(r"(?<![\w'-])(?:is|are|was|were|has|have|had|will|would|did|does|do|can|could|should|might|"
                          r"must|[a-z]+n['\u2019]t|[a-z]+['\u2019](?:ll|re|ve|d))(?![\w'-])", re.IGNORECASE)


_CLAUSE_SUBJECT_START = re.compile(r"(?:(?:he|she|they|we|i|the|a|an|his|her|their|its|some|many|most|others?|all|both|"
                                   r"several|one|two|three|four|five)(?![\w'-])|\d|(?-i:[A-Z]))", re.IGNORECASE)


def _last_clause_and(tail: str) -> int:
    """Where the subject after the last "and"/"but" starts when a finite verb stands before it ("the bill was dead
    and Ryan": "Ryan"; not "Smith and Jones"), else 0. The words after it must be a short phrase (at most 6) that opens
    like a subject (a pronoun, a determiner, a number or a capital: not "is bleak and seldom told")."""
    if _COORD_TAIL.search(tail):
        return 0  # "the Immigration Reform and Control Act and had pushed for": a verb phrase coordinated with the last
    last = None
    for last in _AND.finditer(tail):
        pass
    if last is None or not _FINITE_WORD.search(tail, 0, last.start()) or _n_words(tail[last.end():]) > 6 \
            or not _CLAUSE_SUBJECT_START.match(tail, last.end()):
        return 0
    return last.end()


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
    dash = _DASH_PAIR.search(left, max(floor, len(left) - 200))
    if dash is not None and dash.start() > floor:
        # "Murphy — after a knock-on-wood gesture — told": the dashed aside is skipped
        phrase, start, how = _subject_phrase(left[: dash.start()], dash.start(), floor)
        if phrase and how == "subject":
            return phrase, start, how
    near = left[-40:]
    if _PASSIVE.search(near):
        return "", -1, "passive"
    if _INFINITIVE.search(near) and not _CONTINUATIVE.search(near):
        return "", -1, "infinitive"
    if _FUTURE.search(near):
        return "", -1, "future"
    left = _strip_left(left)
    tail, off = _clause_tail(left)
    rel = _RELATIVE_BOUNDARY.search(left, max(0, off - 8), off)
    if rel and (_WHO_VP if rel.group().lower() == "who" else _RELATIVE_VP).match(tail):
        # "officials who spoke with the paper said", "groups that have endorsed him say": the subject is the noun
        # phrase before the relative clause, not the clause
        phrase, start, how = _relative_source(left[:off], strip=False)
        if phrase:
            main = _FULL_VP.match(tail) and not _COORD_TAIL.search(tail)  # not "who saw it and described"
            cut = _RELATIVE_END.search(phrase) if main else None  # the main clause's verb: the antecedent alone
            return (phrase[: cut.start()] if cut else phrase), start, how
    coord = _last_clause_and(tail)
    if coord:  # "Obama said the bill was dead and Ryan said": the subject opens the second clause
        tail, off = tail[coord:], off + coord
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
        # after an earlier cue ("X praised Rubio's plan and said") the noun phrase may be that cue's object: the
        # caller decides by the earlier cue (how "after_cue_np")
        return m.group(1).strip(), start + m.start(1), "after_cue_np" if floor else "subject"
    return phrase, start, "subject"


_DASH_PAIR = re.compile(r"\s*(?:\u2014|\u2013|\s-{1,2})(?:(?!\u2014|\u2013|\s-{1,2}\s)[^.;!?\"\u201c\u201d])+"
                        r"(?:\u2014|\u2013|\s-{1,2})\s*$")
"""An aside between two dashes that ends right before a verb ("X — who ran in 2010 — said")."""
_RELATIVE_BOUNDARY = re.compile(r"(?<![\w-])(?:who|that|which)$", re.IGNORECASE)
"""A clause boundary that may open a relative clause."""
_RELATIVE_VP = re.compile(
    r"\s*(?:['\u2019](?:d|s|ve|ll)\s+)?(?:(?:[a-z]+ly|also|not|never|still|once|long|now|then|all|both)\s+){0,2}"
    r"(?:has|have|had|is|are|was|were|will|would|can|could|did|does|do|[a-z]{2,}ed)(?![\w'-])")
"""A relative clause's verb phrase right after its "who"/"that" ("who have praised", "that formed", "who spoke"
is read by :func:`_WHO_VP`); lower case: "that Officials said" is not read as one."""
_WHO_VP = re.compile(r"\s*(?:['\u2019](?:d|s|ve|ll)(?![\w-])|(?!(?:he|she|they|we|i|it|you|the|a|an|his|her|"
                     r"their|its|this|these|those)(?![\w-]))[a-z][\w'-]*)")
"""After "who": any lower-case word but a pronoun or a determiner is the relative clause's verb ("who spoke")."""
_FULL_VP = re.compile(
    r"\s*(?:(?:['\u2019](?:d|s|ve|ll)|has|have|had|is|are|was|were|will|would|can|could|did|does|do)\s+)?"
    r"(?:(?:[a-z]+ly|also|not|never|still|once|long|now|then|all|both)\s+){0,2}"
    r"(?!(?:in|on|at|since|for|to|through|by|with|from|during|before|after|over|under|been)(?![\w-]))[a-z][\w'-]*\s+\S")
"""A relative clause with a verb and more after it ("who spoke with the paper"): the cue after it is the main
clause's, whose source is the antecedent alone; after "who has in the past" the cue is the relative clause's own
verb, whose source keeps "who"."""
_COORD_TAIL = re.compile(r"(?<![\w-])(?:and|or|but|then)[\s,]*$", re.IGNORECASE)
_RELATIVE_END = re.compile(r"[\s,]*(?<![\w-])(?:who|that|which)\s*$", re.IGNORECASE)


_SUBORDINATORS = frozenset({"while", "whereas", "when", "where", "because", "although", "though", "as", "since",
                            "if", "after", "before", "so", "whether", "until", "unless", "once", "but"})
_RELATIVES = frozenset({"who", "which", "whom", "whose"})
_MAX_CHAIN_PIECES = 6


_PLACE = re.compile(r"(?:[A-Z][\w.'-]*)(?:\s+[A-Z][\w.'-]*){0,2}")
_ENDS_IN_PLACE = re.compile(r"(?<![\w-])(?:in|at|from|near|of|outside)\s+(?:[A-Z][\w.'-]*\s+){0,2}[A-Z][\w.'-]*$")


_FRONTED_PARTICIPLE = re.compile(r"\s*[A-Za-z]+ing\s+(?:before|at|in|on|to|with|from|after|about|for|outside|"
                                 r"during|through|across|near)(?![\w-])")
"""A participle clause that opens a sentence ("Speaking at a rally, ..."): not part of the subject."""


_CLAUSE_ONLY = frozenset({"while", "whereas", "although", "though", "because"})
_NP_NEXT = re.compile(r"\s*(?:(?:the|a|an|his|her|their|its|this|these|those)(?![\w-])|(?-i:[A-Z]))", re.IGNORECASE)


def _aside(seg: str, first) -> bool:
    """Is a comma piece that opens with a subordinator an aside between a subject and its verb ("after a long
    pause", "as the meeting began", "while not acknowledging the order")? After "while", "although", "because" ... a
    noun phrase may be the verb's own subject ("..., while the union in contrast to the reports, said")."""
    word = first.group().strip().lower()
    if word not in _SUBORDINATORS or word in ("but", "so", "whether"):
        return False
    return word not in _CLAUSE_ONLY or not _NP_NEXT.match(seg, first.end())


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
        if end == len(left) - 1 and k >= 0 and (_ADJUNCT.match(seg.lstrip()) or (
                bounds and not seg[: bounds[0].start()].strip() and _aside(seg, bounds[0]))):
            end = k  # "Blunt, after a long pause, said", "Rubio, appearing on Fox News after the speech, said": an
            continue  # adjunct or a clause between the subject and its verb
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
            if word in _RELATIVES or (word == "that" and _RELATIVE_VP.match(seg, last.end())):
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
            if seg.strip() and k >= 0 and _LEADING_JUNK.fullmatch(seg.strip() + " "):
                end = k  # "Sanders, meanwhile, who ..., said": a sentence adverb between commas
                continue
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
    m = _AFTER_NP.match(rest) or _AFTER_NAME_OF.match(rest)
    if not m:
        return "", -1
    phrase = m.group(1).strip()
    if phrase.endswith(".") and not re.search(r"(?:^|\s)(?:[A-Za-z]\.)+$", phrase):
        phrase = phrase.rstrip(".")
    return phrase, pos + m.start(1)


_TITLE_ABBREV = re.compile(r"(?:^|\s)(?:Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Lt|Col|Prof|Sgt|Capt|Adm|Rev|St|U\.S|[A-Z])$")
"""A title or an initial before a full stop ("according to Dr. Romero"): the phrase goes on after it."""
_DOTTED_ABBREV = re.compile(r"(?:^|\s)(?:[A-Z]\.)+[A-Z]$")
"""A dotted abbreviation before its last full stop ("a U.S. law enforcement official", "the U.K. government"): the
phrase goes on after it even before a lower-case word, which no new sentence starts with."""


def _goes_on(rest: str, end: int) -> bool:
    """Does the source phrase go on after the full stop at ``rest[end]`` (a title, an initial, an abbreviation)?"""
    if rest[end: end + 1] != ".":
        return False
    before = rest[max(0, end - 12): end]
    if _TITLE_ABBREV.search(before[-6:]) and re.match(r"\.\s*[A-Z]", rest[end: end + 4]):
        return True
    return bool(_DOTTED_ABBREV.search(before) and re.match(r"\.\s+[a-z]", rest[end: end + 4]))


def _according_to_phrase(masked: str, pos: int) -> tuple[str, int]:
    rest = masked[pos:]
    end = 0
    for _ in range(4):
        m = re.match(r"\s*(.+?)(?=\s*(?:[,.;:!?()\"]|\s-\s|$)|\s+(?:that|who|which|while|when)(?![\w-]))",
                     rest[end:])
        if not m:
            break
        end += m.end(1)
        if not _goes_on(rest, end):
            break
        end += 1
    m = re.match(r"\s*", rest)
    phrase = rest[m.end(): end].strip()
    return (phrase, pos + m.end()) if phrase else ("", -1)


_DATELINE = re.compile(r"\s*(?:(?-i:[A-Z]{2,}[A-Z ,.]*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*)?)(?:\([^)]*\))?\s*(?:-|\u2014|\u2013)|"
                       r"(?-i:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})(?:,\s*(?-i:[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?\s*"
                       r"\([^)]{1,40}\)\s*(?:-|\u2014|\u2013)|(?:earlier|later|hours|days|"
                       r"instead|meanwhile|still|yet|also|now|then|indeed|however|moreover)(?![\w-]))", re.IGNORECASE)
"""A dateline ("WASHINGTON (AP) -", "PARIS, Aug 31 (Reuters) -", "New York (AFP) -") or a fronted adverb ("Hours
later,"), not a subject."""
_DET_NP = re.compile(
    r"\s*((?:the|a|an|his|her|their|its|both|some|many|several|most|other|one|two|three|four|five)\s+"
    r"(?:(?:" + _ABBREVIATION + r"|[\w'-]+)\s+){0,6}?[\w'-]+)(?=\s+(?:[a-z]+ed|was|is|were|are|has|had|"
    r"have|will|would|did|left|went|made|took|gave|met|spoke|came|got|kept|held|ran|sent|won|lost|began|told|said)"
    r"(?![\w-]))", re.IGNORECASE)
"""A determiner noun phrase before its verb ("The senator left the room, saying ...")."""


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


_FRONTED_ING_LY = re.compile(r"\s*(?:\w+ing\b(?!\s+(?:[a-z]+ed|said|says|told|tells|wrote|writes|has|had|was|is)"
                             r"(?![\w-]))|\w+ly(?=\s*,|\s+[a-z]))")
"""A fronted participle or adverb ("Speaking at ...,", "Clearly, ..."), not a subject; a name in -ly before a capital
("Carly Fiorina", "Kelly Ayotte") is a subject, and so is a name in -ing before a finite verb ("Ebeling recalled",
"Manning said")."""


_FRONTED_CLAUSE = re.compile(r"\s*(?:when|as|once|although|though|while|since|if|after|before|because|until|unless|"
                             r"whereas|here|likewise)(?![\w'\u2019-])", re.IGNORECASE)
"""A fronted subordinate clause or adverb ("When she ran in 2010,", "Here in Columbia,"): not the subject."""


def _leading_subject(ctx: _Sentence, end: int) -> tuple[str, int] | None:
    """The subject that opens the sentence (after a dateline or fronted adjuncts), before ``end``, or None."""
    head = ctx.masked[: min(end, _WINDOW)]
    starts = [0] + [c.end() for c in re.finditer(r",\s+", head)][:3]
    fallback = None
    for st in starts:
        piece = head[st:]
        dl = _DATELINE.match(piece)
        if dl and dl.group().rstrip()[-1:] in "-\u2014\u2013":  # "WASHINGTON (AP) - The senator ...": after it
            st += dl.end()
            piece, dl = head[st:], None
        adv = _leading_adverbs(piece)
        if adv is not None:
            # "Then she shattered party norms, pledging", "And even Obama tried ..., noting": the adverbs open the
            # subject's clause (an adverb before a comma, "Later, X ...", is read from the next start)
            return adv[0], st + adv[1]
        fronted = _FRONTED_CLAUSE.match(piece)
        if fronted and fallback is None:  # "When he returned he began by saying": at worst, the clause's subject
            inner = _DET_NP.match(piece[fronted.end():]) or _LEADING_NP.match(piece[fronted.end():])
            fallback = (inner.group(1).strip(), st + fronted.end() + inner.start(1)) if inner else None
        if dl or _ADJUNCT.match(piece) or _FRONTED_ING_LY.match(piece) or fronted:
            continue  # "As they met in Ottawa, Trump was ..., promising": the subject follows the fronted clause
        junk = _LEADING_JUNK.match(piece.lstrip())
        if junk and junk.end():  # "But Biden, discussing ...": the conjunction is not part of the subject
            st += len(piece) - len(piece.lstrip()) + junk.end()
            piece = head[st:]
        lead = _DET_NP.match(piece) or _LEADING_NP.match(piece)
        word = lead.group(1).strip().lower() if lead else ""
        if not lead or (word in _NOT_NAMES and word not in _PERSONAL):
            return None
        return lead.group(1).strip(), st + lead.start(1)
    return fallback


def _leading_adverbs(piece: str) -> tuple[str, int] | None:
    """The subject after adverbs and conjunctions that open a clause ("Then she", "And even Obama"), or None when
    no adverb opens ``piece`` before its subject, or a comma follows the adverbs ("Later, ...")."""
    junk = _LEADING_JUNK.match(piece.lstrip())
    if not junk or not junk.end() or junk.group().rstrip().endswith(","):
        return None
    at = len(piece) - len(piece.lstrip()) + junk.end()
    lead = _DET_NP.match(piece, at) or _LEADING_NP.match(piece[at:])
    if lead is None:
        return None
    word = lead.group(1).strip()
    if word.lower() in _NOT_NAMES and word.lower() not in _PERSONAL:
        return None
    return word, (lead.start(1) if lead.re is _DET_NP else at + lead.start(1))


_NOT_NAMES = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "some", "many", "several", "most", "other", "such", "his",
    "her", "their", "its", "our", "my", "your", "one", "two", "three", "both", "each", "every", "all", "any",
    "more", "few", "numerous", "various", "but", "and", "however", "meanwhile", "still", "yet", "so", "then",
    "i", "we", "he", "she", "they", "it", "officials", "sources", "analysts", "experts", "authorities",
})
"""Capitalised words that are not names (sentence starters, determiners, pronouns)."""

_EXPLETIVE = re.compile(r"(?:it|that|there|here|what)['\u2019]s", re.IGNORECASE)
"""Round 12bw-e3: an expletive contraction ("It's", "That's", "There's"): a source span of it alone names no speaker
(:func:`helpers.measures.attribution_spans.repair_span` drops it)."""
_NO_SPEAKER = re.compile(_EXPLETIVE.pattern + r"|no\s+one|nobody|none|everyone|everybody|anyone|anybody|someone|"
                         r"somebody", re.IGNORECASE)
"""Round 12bw-e: an expletive contraction or an indefinite pronoun ("It's", "Nobody", "No one"): never what "he" or
"she" refers to, nor a person the name finder learns. An indefinite pronoun may still be a source ("Nobody is
suggesting")."""

_PERSONAL = frozenset({"he", "she", "they"})
"""Pronouns that may open a clause whose participle reports ("He went further, saying ...")."""

_HEAD_SPLIT = re.compile(
    r"\s+(?:of|within|in|at|from|to|with|on|for|by|among|inside|close|familiar|who|which|near|about|under|"
    r"over|across|based|speaking|representing)(?![\w-])",
    re.IGNORECASE,
)


_TRAILING_NP = re.compile(r"(?:(?:the|a|an)\s+)?(?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'.-]*$|(?:the|a|an)\s+(?:[\w'-]+\s+){0,2}"
                          r"[\w'-]+$")


def _relative_source(left: str, strip: bool = True) -> tuple[str, int, str]:
    """'Alan Berger, a gynecologist, who said': the antecedent of the relative "who" before a cue, with "who"
    (``strip=False``: ``left`` already ends with the relative word, which may also be "that" or "which")."""
    if strip:
        left = _strip_left(left)
        end = relative_antecedent(left)
    else:
        rel = _RELATIVE_END.search(left, max(0, len(left) - 12))
        end = len(left[: rel.start()].rstrip()) if rel else -1
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
    if _n_words(phrase) > 4:  # "He left with the staff who had been saying": the noun phrase before "who"
        m = _TRAILING_NP.search(ante, max(0, len(ante) - 80))
        if not m:
            return "", -1, "empty"
        start = m.start()
    return (left[start:who_end], start, "subject") if phrase else ("", -1, "empty")


_RELATIVE_WORD = re.compile(r"(?<![\w-])(?:(?:all|many|most|some|several|both|each|none|one|two|three|four)\s+of\s+"
                            r"whom|who|which|that)\s*$", re.IGNORECASE)
"""A relative clause's subject right before the verb ("Rubio, who supported", "a group that opposes", "senators,
all of whom opposed")."""


_NOUN_BEFORE_THAT = re.compile(r"(?<![\w-])(?!(?:said|says|say|argued|noted|added|claimed|believe[sd]?|thinks?|"
                               r"thought|so|such|now|and|but|or|is|was|are|were|be)(?![\w-]))[A-Za-z][\w'\u2019-]*"
                               r"[\s,]*$", re.IGNORECASE)
"""A word before "that" that may be a relative clause's antecedent ("bottles that said"; not "argued that")."""


_PREPOSITION_END = re.compile(r"(?<![\w-])(?:of|from|in|at|for|with|on|by|to|among)\s+$", re.IGNORECASE)
"""Before the phrase read as the antecedent of a relative without a comma: a preposition, so the phrase is likely that
preposition's object ("a lobbyist in Des Moines who", "members of Congress who")."""


def _relative_subject(before: str) -> tuple[str, int, str]:
    """The relative word (with its antecedent where one is found) as the subject of a stance verb after ``before``,
    or ``('', -1, 'empty')``: "the Greater Wisconsin Committee, which supported" gives "the Greater Wisconsin
    Committee, which". (Tried for every reporting verb in issue 12w: 84 of 152 new train hits annotated, left
    out.)"""
    left = _strip_left(before)
    m = _RELATIVE_WORD.search(left, max(0, len(left) - 30))
    if not m:
        return "", -1, "empty"
    if m.group().lower().startswith("that") and not _NOUN_BEFORE_THAT.search(left, max(0, m.start() - 30),
                                                                               m.start()):
        return "", -1, "empty"  # "That said, ...", "argued that": no relative clause
    if " of " not in m.group().lower():
        src, s0, how = _relative_source(left, strip=False)
        if src and not ("," not in src and _PREPOSITION_END.search(left, max(0, s0 - 12), s0)):
            return src, s0, how
        # "a lobbyist in Des Moines who", "members of Congress who": the phrase read is a preposition's object, not
        # the antecedent; the relative word alone is the source
    return left[m.start():].rstrip(), m.start(), "subject"


def _between_commas(masked: str, prev, start: int) -> bool:
    """Whether ``prev`` (an attribution already found in the sentence) is a participle clause set off by commas right
    before the cue at ``start`` and after its own source ("X, citing a poll, said"; not "X said, citing a poll, that"
    nor "X, citing a poll, and Y said")."""
    if prev.pattern != "participle" or not 0 <= prev.source_end <= prev.verb_start:
        return False
    gap = masked[prev.verb_end:start]
    return (masked[:prev.verb_start].rstrip().endswith(",") and gap.rstrip().endswith(",") and gap.count(",") == 1
            and len(gap) <= _WINDOW and not _CLAUSE_BREAK.search(gap))


_CLAUSE_BREAK = re.compile(r"[;:!?\u2014\u2013]|(?<![\w-])(?:and|or|but|who|which|that|when|while)(?![\w-])",
                           re.IGNORECASE)
