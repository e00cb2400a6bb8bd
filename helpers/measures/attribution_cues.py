"""Extra attribution patterns for :mod:`helpers.measures.attribution`: forms the verb rules alone do not read.

Each function reads a few hundred characters around one place of a sentence
(bounded work, however long the sentence) and returns plain offsets; the
:class:`helpers.measures.attribution.Attribution` rows are built by
:func:`helpers.measures.attribution.find_attributions`. The patterns were developed on
the train split of PolNeAR (US election news) and are general English news
usage, not tied to a topic or an outlet:

* a cue used as a noun or an adjective, not a verb ("400 pledged delegates",
  "his proposed ban", "in key states that ...", and since issue 12ai-n "Obama's
  reported plans", "amid reports that", "the most discussed topic", "the group
  discussed above", and since issue 12as-g a plural noun: "his own estimates",
  "eight tweets on", "previous estimates have put", "erase the offensive tweets.");
* a short question in the writer's voice ("How has Lee replied?"), no attribution;
* the source of a relative clause ("Alan Berger, a gynecologist, who said ...");
* "Asked whether ...", "When asked about ...", "X was asked if ...": a question
  put to the speaker (a cue with no stated source);
* a speaker label before a colon at the start of a sentence (a transcript's
  "SMITH: ...", "Q: ...", a headline's "Jane Doe: ...").

"In a new poll, 40 percent ..." as a cue was tried and left out: on PolNeAR
train about half of its hits were not annotated attributions.
"""

from __future__ import annotations

import re

__all__ = ["noun_use", "relative_antecedent", "asked_cue", "speaker_label", "writer_question"]

_DETERMINERS = frozenset(
    "the a an his her their its our my your this these those some many several few every each no any "
    "of in for with by on from at into among key".split()
)
_QUANTIFIERS = frozenset("some many several few most all both each any".split())
_NUMBER = re.compile(r"\d[\d,.]*%?$")
_CLAUSE_NEXT = re.compile(
    r"\s*(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
    r"(?:last|this)\s+(?:week|month|year))\s*,?)?\s*(?:(?:that|they|they're|he|he's|she|she's|it|it's|we|i|the|a|an|this|there|if|whether|"
    r"their|his|her|its|to)(?![\w'\u2019-])|[\"\u201c:,])",
    re.IGNORECASE,
)
"""A clause or a quotation after a cue, also after a day ("many said Monday that"): after a number the cue is then a
verb ("42% say they ...")."""


_CONTRACTED = frozenset({"he", "she"})
"""Pronouns whose "'s" is "has" or "is", never a possessive ("he's argued that"); after "it's", "that's", "what's"
and "who's" a participle is as often a passive ("what's said", "who's accused of") and stays skipped."""
_PRONOUN_S = frozenset("he she it that what who there here where".split())
"""Words whose capitalised "'s" is "is" or "has" ("He's reported from ..."), not a possessive."""


_PREPOSITIONS = frozenset(
    "amid amidst despite over about against following after before regarding concerning toward towards without "
    "under".split()
)
"""Prepositions before a noun or adjective cue, never before a finite verb ("amid reports that", "despite claims",
"over alleged fraud"; not before "say", "says", "said", which are verbs: "a voice over says"); issue 12ai-n."""
_SAY = frozenset({"say", "says", "said"})
_SUBJECT_PRONOUNS = frozenset("i we you he she they it".split())
_DEGREE = frozenset("most least widely commonly oft".split())
"""Adverbs that make a participle an adjective ("the most discussed topic", "a widely reported plan", "the target now
commonly cited"); with a clause or a name after it the participle stays a cue ("it was widely reported that",
"groups widely condemned Lee's plan")."""
_MOST = frozenset({"most", "least"})
_DEGREE_BEFORE = re.compile(
    r"(?:(?<![\w'\u2019-])(?:the|a|an|his|her|their|its|our|my|your)|['\u2019]s?|\d(?:st|nd|rd|th)|"
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))$",
    re.IGNORECASE,
)
"""Before "most"/"least" used as a degree adverb: a determiner, a possessive or an ordinal ("the fourth most discussed
topic"); without one "most" may be a subject ("a rule that most insisted was fair")."""
_PLACE_AFTER = re.compile(r"\s+(?:above|below)(?![\w'\u2019-])(?!\s+(?:all|the|a|an|\d))", re.IGNORECASE)
"""'the group discussed above', 'the points noted below': the writer's reference to the article itself."""
_NAME_POSSESSIVE = re.compile(r"(?:[A-Z][\w.-]*(?:'|\u2019)s|[A-Za-z][\w.-]*s(?:'|\u2019))$")
"""A capitalised possessive ("Obama's", "Sanders\u2019") or a plural one ("the senators'")."""


_NOUN_MODIFIERS = frozenset(
    "own other previous recent latest such new old current additional separate subsequent various numerous multiple "
    "consecutive countless".split()
)
"""Adjectives that only modify a noun ("his own estimates", "several other tweets", "previous estimates"): never a
verb's subject, unlike adverbs such as "later", "first" or "earlier" ("he later added")."""
_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve dozens hundreds thousands several".split()
)
"""Number words, before a plural cue only ("eight tweets on the matter"): before a past tense they are subjects
("Two reported seeing it")."""
_ADJECTIVE_END = re.compile(r"[a-z][a-z-]*(?:ive|ous|ful|[^e]ed)$")
_IVE_NOUNS = frozenset(
    "executive representative conservative progressive liberal relative detective native operative captive fugitive "
    "initiative directive narrative alternative collective objective perspective incentive motive archive".split()
)
"""Common nouns of people and things ending like an adjective ("the executive asks."): a subject, not a modifier."""
"""An adjective's ending ("offensive tweets", "controversial" is left out: "official" is a noun too)."""
_PLURAL_VERB_NEXT = re.compile(
    r"\s+(?:are|were|have|had|show|showed|put|range|vary|suggest|remain)(?![\w'\u2019-])", re.IGNORECASE
)
_RELATIVE_BEFORE = re.compile(r"(?:^|[\s,;(])(?:what|who|whom|which|that|whose)\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"\s*[.!?]?[\"'\u201d\u2019)]*\s*$")
_CLAUSE_LEFT = re.compile(
    r"(?:[,;:(\"\u201c\u2014\u2013]|(?<![\w-])(?:as|what|who|whom|which|that|whose|than|so|because|if)(?![\w-]))"
    r"\s*(?:\S+\s+){0,3}$",
    re.IGNORECASE,
)


def _plural_noun(masked: str, start: int, cue: str) -> bool:
    """Whether a cue ending in "-s" or "-ed" is a plural noun or an adjective (issue 12as-g).

    "his own estimates", "two consecutive tweets", "other alleged victims" (a noun modifier, or a number word before
    an "-s" form, with no clause after it); "previous estimates have put", "the agency's coverage estimates have been"
    (a plural verb follows, and no relative word before: "what he believes are" is a verb); "erase the offensive
    tweets." (an adjective before an "-s" form that ends the sentence, with no comma, quotation or relative word in
    the three words before: ", the report concludes." and "a charge the company denies." are verbs).
    """
    low = cue.lower()
    if low in _SAY or not (low.endswith("s") or low.endswith("ed")) or not cue[:1].islower():
        return False
    before = masked[max(0, start - 80) : start]
    words = before.split()
    if not words or not before[-1:].isspace():
        return False
    prev = words[-1].lower()
    end = start + len(cue)
    if _CLAUSE_NEXT.match(masked, end):
        return False
    if low.endswith("ed"):
        return (
            prev in _NOUN_MODIFIERS
            and re.match(r"\s+[a-z][\w-]*(?<!ing)(?![\w-])", masked[end:]) is not None
            and (re.match(r"\s+(?:by|to|on|in|at|with|from|for|about|as|of|and|or)(?![\w-])", masked[end:]) is None)
        )
    if prev in _NOUN_MODIFIERS or prev in _NUMBER_WORDS:
        return True
    if not re.fullmatch(r"[a-z][\w-]*", words[-1]) or prev in _SUBJECT_PRONOUNS or prev in _PRONOUN_S:
        return False
    if _PLURAL_VERB_NEXT.match(masked, end) and not _RELATIVE_BEFORE.search(before):
        return True
    return bool(
        _SENTENCE_END.fullmatch(masked, end)
        and _ADJECTIVE_END.match(prev)
        and prev not in _IVE_NOUNS
        and not _CLAUSE_LEFT.search(before)
    )


def noun_use(masked: str, start: int, cue: str) -> bool:
    """Whether the cue at ``start`` is used as a noun or an adjective, not as a verb.

    Parameters
    ----------
    masked : str
        The sentence (quotations masked).
    start : int
        Offset of the cue.
    cue : str
        The cue as written ("pledged", "states", "estimated").

    Returns
    -------
    bool
        True when the word before a non-``-ing`` cue is a determiner, a
        possessive, a number or a preposition ("his proposed ban", "an
        estimated 200", "400 pledged delegates", "in states that ..."). A
        ``-ing`` form after a preposition ("by citing") stays a cue, and
        so does a multi-word cue ("according to").
    """
    if " " in cue or cue.lower().endswith("ing"):
        return False
    if _plural_noun(masked, start, cue):
        return True
    before = masked[max(0, start - 40) : start].rstrip()
    if not before or before != masked[max(0, start - 40) : start][: len(before)]:
        return False
    prev = before.rsplit(None, 1)[-1]
    low = prev.lower()
    if low.endswith(("'s", "\u2019s")) and prev[:1].islower() and low[:-2] not in _CONTRACTED:
        return True  # "the senator's proposed ban" (a capitalised possessive may be a subject: "Trump's aides")
    clause_next = _CLAUSE_NEXT.match(masked, start + len(cue)) is not None
    if (
        _NAME_POSSESSIVE.search(prev)
        and not clause_next
        and cue[:1].islower()
        and low[:-2] not in _PRONOUN_S
        and cue.lower() not in _SAY
    ):
        return True  # "Obama's reported plans", "Sanders' alleged plan" (not "Moody's said in a report": a name)
    if low in _PREPOSITIONS and cue.lower() not in _SAY:
        return True  # "amid reports that", "despite claims", "over alleged fraud"
    if (
        low in _DEGREE
        and (low not in _MOST or _DEGREE_BEFORE.search(before[: -len(prev)].rstrip()))
        and cue.lower().endswith("ed")
        and not clause_next
        and not re.match(r"\s+(?:by(?![\w-])|[A-Z])", masked[start + len(cue) :])
    ):
        return True  # "the most discussed topic", "a widely reported plan"
    if (
        cue.lower().endswith("ed")
        and _PLACE_AFTER.match(masked, start + len(cue))
        and re.sub(r"['\u2019](?:ve|d)$", "", low) not in _SUBJECT_PRONOUNS
    ):
        return True  # "the group discussed above" ("As I mentioned above": the writer's own cue)
    if _NUMBER.match(low):  # "400 pledged delegates", but "42% say they", "one in 10 said the", "Kyi, 70, said"
        return not low.endswith(",") and not _CLAUSE_NEXT.match(masked, start + len(cue))
    if low in _QUANTIFIERS and _CLAUSE_NEXT.match(masked, start + len(cue)):
        return False  # "Several said they ...", "laws that some say target ...": the quantifier is the subject
    return low in _DETERMINERS


_WHO_END = re.compile(r"(?<![\w-])who\s*$", re.IGNORECASE)


def relative_antecedent(left: str) -> int:
    """Where the text before a relative "who" ends, or -1.

    Parameters
    ----------
    left : str
        The sentence up to the cue, with auxiliaries and adverbs already
        removed from its end ("Nicky Driscoll, 24, from Manchester, who").

    Returns
    -------
    int
        The offset of the end of the antecedent text (before ", who" or
        " who"), or -1 when ``left`` does not end with "who".
    """
    base = max(0, len(left) - 60)
    m = _WHO_END.search(left, base)
    if not m:
        return -1
    return len(left[: m.start()].rstrip())


_ASKED = re.compile(
    r"(?:^|(?<=[\s,;(]))(?:(?:when|after|once|if|as)\s+)?(?:[\w.]+\s+(?:was|were|is|are|has been|had been|"
    r"when|being)\s+)?(asked)(?=\s+(?:(?:about|if|whether|why|what|how|who|where|when|which|to|for)(?![\w-])|"
    r"(?:\w+\s+){0,3}?(?:about|if|whether|why|what|how)(?![\w-])|"
    r"(?:on|at|in|during|by|after|before)\s+(?:[\w.'\u2019-]+\s+){0,6}?(?:about|if|whether|why|what|how|who|where|"
    r"which)(?![\w-]))|\s*,\s*[\"\u201c])",
    re.IGNORECASE,
)


def asked_cue(masked: str) -> list[int]:
    """Start offsets of "asked" used for a question put to the speaker.

    Parameters
    ----------
    masked : str
        The sentence (quotations masked).

    Returns
    -------
    list of int
        Offsets of "asked" in "Asked whether ...", "When asked about ...",
        "Sanders was asked if ...", "asked by reporters why ..." (a question
        word or "about" within a few words), and of a passive request ("was
        asked to comment"). "X asked Y to do Z" (with a subject) is left to
        the verb rules.
    """
    out = []
    for m in _ASKED.finditer(masked[:2000]):
        head = masked[: m.start(1)].rstrip().lower()
        if (
            head.endswith(("was", "were", "is", "are", "been", "being", "when", "after", "once", "if", "as"))
            or not head
            or head.endswith((",", ";", "("))
        ):
            out.append(m.start(1))
    return out


_LABEL = re.compile(
    r"^\s*((?:[A-Z][\w.'\u2019-]*)(?:\s+(?:[A-Z][\w.'\u2019-]*|de|van|von|al|bin)){0,3}|Q|A)\s*:\s+(?=[\"\u201c\u2018'A-Za-z0-9])"
)
_NOT_LABELS = frozenset(
    "related watch read note update updates video photo photos transcript editor editor's editors full text "
    "source sources correction clarification caption image images listen more see also advertisement tags "
    "topics share comments disclosure warning breaking live exclusive opinion analysis commentary "
    "q revealed wow look plus flashback reminder bonus confirmed busted".split()
)
"""Web page labels, headline interjections ("Revealed:", "Wow:") and an interviewer's "Q:" (on PolNeAR train 15 of
its 23 hits were not annotated attributions) are not speaker labels."""
_NOT_LABEL_WORDS = frozenset(
    {
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "here",
        "there",
        "it",
        "in",
        "on",
        "at",
        "for",
        "by",
        "and",
        "but",
        "so",
        "yes",
        "no",
        "step",
        "part",
        "chapter",
        "question",
        "answer",
        "bottom",
        "line",
        "fact",
        "first",
        "second",
        "third",
        "last",
        "next",
        "why",
        "what",
        "how",
        "who",
        "where",
        "when",
    }
)


def speaker_label(masked: str, text: str | None = None) -> tuple[int, int, int] | None:
    """A speaker label at the start of a sentence: ``(source_start, source_end, colon)`` or None.

    Parameters
    ----------
    masked : str
        The sentence (quotations masked).
    text : str, optional
        The sentence as written (same length): the words after the colon are counted in it, so that a quotation
        after the label counts ("Smith: \u2018I will run again.\u2019"); default ``masked``.

    Returns
    -------
    tuple of int or None
        The label's span and the colon's offset, for "TAPPER: And ...",
        "Paul Ryan: FBI decision defies explanation" (one to four
        capitalised words, then a colon and text). Web page labels ("Related:",
        "Watch:", "Editor's note:"), headline interjections ("Revealed:"), an
        interviewer's "Q:" and phrases that open with a function word ("The
        bottom line:") are not speakers.
    """
    m = _LABEL.match(masked[:200])
    if not m:
        return None
    label = m.group(1)
    if len((masked if text is None else text)[m.end() : m.end() + 200].split()) < 4:
        return None  # "Kasich: Now or never." (a headline's topic, not a quotation)
    words = [w.lower().strip(".") for w in label.split()]
    if (
        " ".join(words) in _NOT_LABELS
        or words[0] in _NOT_LABELS
        or words[0] in _NOT_LABEL_WORDS
        or any(w in _NOT_LABELS for w in words[-1:])
    ):
        return None
    colon = masked.index(":", m.end(1))
    return m.start(1), m.end(1), colon


_QUESTION_HEAD = re.compile(
    r"\s*(?:how|what|why|when|where|who|whom|which)(?:\s+[\w'\u2019-]+){0,2}?\s+"
    r"(?:did|does|do|has|have|had|is|are|was|were|will|would|can|could|should|might|may)"
    r"(?:\s+[\w.'\u2019-]+){1,6}\s*$",
    re.IGNORECASE,
)
_MAX_QUESTION_WORDS = 12


def writer_question(masked: str, verb_start: int) -> bool:
    """Whether a cue is the verb of a short question in the writer's voice.

    Parameters
    ----------
    masked : str
        The sentence (quotations masked).
    verb_start : int
        Offset of the cue in the sentence.

    Returns
    -------
    bool
        True for a sentence of at most 12 words that ends with "?" and opens
        with a question word and an auxiliary, then the cue's subject and the
        cue ("How has Lee replied?", "What did the mayor say?"): a subheading
        or a rhetorical question asks about speech, it reports none. A yes/no
        question ("Do you think a mayor can win?", an interviewer's, counted
        on PolNeAR) and a question with a cue in a clause of its own ("Was it
        a ransom, as the mayor asserted?") are not.
    """
    if verb_start < 0 or len(masked) > 200 or not masked.rstrip().endswith("?"):
        return False
    if len(masked.split()) > _MAX_QUESTION_WORDS:
        return False
    return _QUESTION_HEAD.fullmatch(masked[:verb_start]) is not None
