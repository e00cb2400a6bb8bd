"""Attributions in one sentence: reporting cues and their sources, by pattern rules.

The cue lexicon is ``helpers/data/reporting_verbs.yaml`` (loaded by
:mod:`helpers.measures.attribution_lexicons`; more patterns in :mod:`helpers.measures.attribution_cues`, source
phrases in :mod:`helpers.measures.attribution_phrases`). Every rule reads at
most :data:`_WINDOW` characters around its cue, so the work grows linearly with
the length of a sentence. Sources are found but not classified here (see
:mod:`helpers.measures.sourcing` and :mod:`helpers.measures.source_roles`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..text.lexicon import Matcher
from ..text.quotes import _n_words
from .attribution_clause import clause_source, main_auxiliary, postposed_speaker
from .attribution_cues import asked_cue, noun_use, speaker_label, writer_question
from .attribution_furniture import furniture_cue, link_card_spans
from .attribution_paradigm import plural_subject_before
from .attribution_phrases import (
    _BOUNDARY,
    _HEAD_SPLIT,
    _MAX_SOURCE_WORDS,
    _according_to_phrase,
    _after_phrase,
    _between_commas,
    _clause_subject,
    _leading_subject,
    _relative_source,
    _strip_left,
    _subject_phrase,
)
from .attribution_position import PositionLexicon, position_cues
from .attribution_sentence import _SENTENCE_END, _SUBORDINATORS, _WINDOW, _Sentence
from .attribution_stance import stance_cues
from .role_forms import NOT_NAME_START

__all__ = ["Attribution", "find_attributions", "cut_reporting_clause"]


@dataclass(frozen=True)
class Attribution:
    """One attribution found in a sentence (offsets are in the sentence).

    ``pattern`` is ``"subject"`` ("X said"), ``"inverted"`` ('"...," said X'),
    ``"according_to"``, ``"coordinated"`` (the subject of an earlier verb in
    the same sentence: "X admitted ... but argued"), ``"participle"`` (",
    saying ..."), ``"colon"`` ('Her answer: "..."'), ``"label"`` (a speaker
    label: "SMITH: ..."), ``"asked"`` (a question put to the speaker, no
    stated source), ``"no_source"`` ("it was reported that"), ``"agent"`` (a passive participle and its agent:
    "a plan criticized by the governor"), ``"nested"`` or
    ``"quote_only"`` (a quotation with no attribution in its sentence; set by
    :func:`helpers.measures.sourcing.extract_attributions`), or ``"signature"`` (a signature line "- Jane Doe." after
    a quotation paragraph, also set there). ``kind`` is ``"direct"``
    when a quotation of at least ``min_quote_words`` words stands next to the
    attribution (or an unclosed quotation opens before it), else
    ``"reported"``. ``verb_entry`` is ``"unlisted"`` for a past-tense verb outside the lexicon that follows a
    quotation and its speaker ('"...," he surmised.').
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


_FOLLOW_OK = re.compile(r"\s*(?:(?:that|if|whether|how|why|what)(?![\w-])|[\"\u201c:]|,\s*[\"\u201c])"
                        r"|\s+(?:[\w'-]+\s+){1,3}?(?:as\s+)?[\"\u201c]"
                        , re.IGNORECASE)
"""What may follow a cue marked ``requires_that``: "claims that", 'claims: "...', 'continued, "...',
'described it as "a disaster"' (a quotation within a few words)."""
_ADJUNCT_THAT = re.compile(
    r"\s+(?:(?:(?:in|on|at|during|last|this|earlier|since|after|before|through|from)\s+)"
    r"(?:(?!(?:is|are|was|were|has|have|had|be|been|says?|said|that)(?![\w-]))[\w'\u2019.-]+\s+){0,5}?|"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|recently|later)\s+)that(?![\w-])",
    re.IGNORECASE)
"""A past-tense cue, a time or place adjunct, then "that" ("found in 2014 that", "learned Friday that", "wrote in a
memo to staff that"): the adjunct stands between the verb and its clause. Only after a past form ("-ed", "found",
"knew", ...), since a present form may be a noun with a relative clause ("reports from the campaign that ...")."""
_PAST_CUE = re.compile(r"(?:ed|found|knew|heard|learnt|thought|told|wrote|felt|understood|said)$", re.IGNORECASE)
_CLAUSE_COMPLEMENT = re.compile(
    r"\s+(?:he|she|they|it|we|there|(?:the|his|her|their|its|this|these|those)\s+[\w'\u2019-]+|"
    r"(?-i:[A-Z])[\w'\u2019.-]+)(?:\s+(?!(?:to|of|and|or)\s)[\w'\u2019-]+){0,4}?\s+(?:will|would|can|could|should|is|"
    r"are|was|were|has|have|had|might|may|must|won't|wouldn't|can't|isn't|wasn't|doesn't|didn't)(?![\w'-])",
    re.IGNORECASE)
"""A clause right after a belief cue, with no "that" ("hopes his endorsement will help", "fears the party is lost"): a
subject and a finite auxiliary within a few words."""
_CLAUSE_CATEGORIES = frozenset({"belief", "neutral"})
"""Cue categories whose "that" may be left out before a clause ("hopes his plan will", "reports the talks have"); a
manner or loaded cue before a noun phrase is as often an action ("charged his campaign for rent")."""
_NAMES_OBJECT = re.compile(r"\s+(?!(?:a|an|the|for|on|off|in|out|up|back|it's|to|upon|into)\s)(?:[\w'\u2019.-]+\s+){1,6}?"
                           r"(?:(?:a|an)\s+\S|[\"\u201c\u2018]|'(?=[\w\s]))|\s+(?!(?:a|an|for|on|off|in|out|up|back|to|upon|into)\s)"
                           r"(?:[\w'\u2019.-]+\s+){1,14}?(?:[\"\u201c\u2018]|'(?=[\w\s]))", re.IGNORECASE)
"""'called him a liar', 'called the plan "a disaster"' (or in single marks; curly ones are masked), 'called the use
of executive orders "dangerous"': an object, then a noun phrase or a quotation (an object that opens with "the" only
before a quotation: "called the meeting a success" may be a summons)."""
_DOCUMENT_SUBJECT = re.compile(
    r"(?<![\w-])(?:polls?|surveys?|stud(?:y|ies)|reports?|data|analys[ei]s|research|findings|results|numbers|"
    r"figures|estimates|models?|forecasts?|projections?|records|documents?|emails?|memos?|filings?|audits?|"
    r"investigations?|reviews?|census|evidence|statistics|polling|tallies|returns|laws?|bills?|"
    r"rules?|constitution|platform|resolution|ads?|letters?|statements?|websites?)$", re.IGNORECASE)
"""A poll, study or document as subject: a findings verb needs no "that" ("a poll shows Clinton ahead")."""
_DOC_POSTMODIFIER = re.compile(r"\s+(?:released|conducted|published|taken|issued|commissioned|sponsored|out|posted|"
                                r"obtained|reviewed|filed|unveiled|made\s+public)(?![\w-])", re.IGNORECASE)
"""A participle after a document noun ("a poll released last week", "a survey conducted by Gallup"): the noun is the
head of the subject."""
_COLLECTIVE_OF = re.compile(r"(?:^|\s)(?:an?|the)\s+(?:[\w.'\u2019-]+\s+){0,3}?(?:average|series|batch|number|pair|string|set|trio|"
                            r"majority|handful)\s+of\s+(.+)$", re.IGNORECASE)
""""An average of recent polls", "a series of surveys", "a RealClearPolitics average of polls": the noun after "of" is
the head."""


def _document_subject(src: str) -> bool:
    """Whether the subject ``src`` is a poll, study or document ("a poll released last week", "An average of recent
    polls by RealClearPolitics")."""
    for head in (src, _DOC_POSTMODIFIER.split(src, maxsplit=1)[0]):  # "The released documents": no participle after
        coll = _COLLECTIVE_OF.search(head)
        if coll:
            head = coll.group(1)
        if _DOCUMENT_SUBJECT.search(_HEAD_SPLIT.split(head, maxsplit=1)[0].rstrip()):
            return True
    return False


_FINDINGS = frozenset("show show_bare find conclude reveal say note warn estimate indicate suggest confirm state".split())
"""Cue entries whose long poll or document subject is read by its head ("A new survey of ... shows")."""
_IMPERSONAL = frozenset({"it", "this", "that", "there"})
"""Subjects of an impersonal "be" + adjective ("it is not certain how"): no speaker."""
_PREPOSITION_START = re.compile(r"(?:in|on|at|for|from|with|by|after|before|during|under|since)\s", re.IGNORECASE)
"""A fronted adjunct, not a subject ("In a set of emails released ... Ms. Jackson appeared to")."""


_MODAL = re.compile(r"(?<![\w-])(?-i:can|could|should|might|may|must|would|cannot|can't|can\u2019t|couldn't|"
                    r"couldn\u2019t)\s+(?:(?:not|never|just|only|"
                    r"also|really|probably|even)\s+)?$", re.IGNORECASE)
"""A modal before the cue ("you can say", "I would argue"): a possibility, not a report. In lower case only: a
capitalised "May" or "Will" before a cue is a name ("Mrs May said"; round 12bu-h)."""
_POSTPOSED_SOURCE = re.compile(r"(?:(?:a|an|the|one|two|three|several|some|many)\s+\S|[A-Z])")
"""A source after its verb starts with a determiner or a capital ("..., said the mayor"; "..., says Martin Indyk")."""
_FINITE = re.compile(r"(?<![\w-])(?:is|are|was|were|has|have|had|would|can|could|does|did|do|should|might|must|not|"
                     r"[a-z]+n['\u2019]t|[a-z]+['\u2019](?:ll|re|ve|d)|"
                     r"(?:will|may)(?!\s+(?-i:[A-Z][a-z])))(?![\w-])", re.IGNORECASE)
"""An auxiliary in the words after a verb: a clause ("said the president is fine"), not a postposed source. "Will" or
"May" before a capitalised name is a name ('"...," said Will Doyle'); before a number it is still read as an auxiliary
("said the event took place May 17": the month stops a clause being read as a source, as before). Contracted
auxiliaries count too ("said the issue isn't going away", "said they'll wait"; issue 12av-s)."""
_ADVERB_START = (NOT_NAME_START + r"|Today|Yesterday|Tonight|Now|Here|There|However|Overall|Again|Instead|Also|Indeed|"
                 r"Yes|No|Well|Finally|Moreover|Furthermore|Otherwise|Ultimately|Together|Sometimes|Often|Later|Earlier|"
                 r"Eventually|Nevertheless|Nonetheless|Thus|Therefore|Besides|Similarly|Likewise|Separately|Elsewhere|"
                 r"Afterwards?|Once|Although|Though|Because|Until|Unless|Even|Just|Only|Perhaps|Maybe|Across|Among|Amid|"
                 r"Despite|Through|Throughout|With|Without|Against|Within|Outside|Inside|[A-Z][a-z]+ly(?=,)")
"""Capitalised words that open a sentence adverbial, not a name, before an apposition-like comma pair ("Today, prices
rose, said the mayor", "However, ...", "Earlier Monday, ...", "Sadly, ..."; review r12av): :data:`NOT_NAME_START` and
common sentence adverbs, with any "-ly" word directly before a comma."""
_NAME_WORD = r"(?:(?-i:[A-Z])[\w.'\u2019-]*|(?:state|de|del|da|van|von|der|al|bin|of|former)(?![\w-]))"
"""A word of a name before its apposition: capitalised, or a particle or "state"/"former" inside it."""
_APPOSED_SUBJECT = re.compile(
    r"\s*(?:[\"\u201c\u2018']\s*)?(?!(?-i:" + _ADVERB_START + r")(?![\w-]))" + _NAME_WORD + r"(?:\s+" + _NAME_WORD
    + r"){0,6}"
    r",\s+(?!(?:and|but|or|so|then|however|meanwhile|too|also|though|who\s+said)(?![\w-]))[^,;:\"\u201c\u201d()]{2,160}?"
    r"(?:,\s+(?-i:[A-Z])[^,;:\"\u201c\u201d()]{1,40})?,\s*",
    re.IGNORECASE)
"""A clause that opens with a name and its apposition before the cue ("Ann Lee, a lawyer from Austin, said ...",
"Rep. Jo Cole, who chairs the panel, said ..."): the name is the cue's subject, and the words after the cue are its
content, not a postposed source ("said the law failed"; issue 12av-s). A word that opens an adverbial ("Still, her
biggest problem, said ...") is no name."""
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)\u2014]|\s-\s|$|(?:on|in|at|during|last|this|earlier|later|told|who|when|"
                         r"after|before)(?![\w-]))", re.IGNORECASE)
"""What may follow a postposed source: the end of its clause or an adjunct ("..., said the mayor on Monday.")."""
_TIME_WORD = re.compile(r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|"
                        r"june|july|august|september|october|november|december|today|yesterday|tonight|last|this|"
                        r"earlier|later|in|on|at)(?![\w-])", re.IGNORECASE)
_QUOTE_BEFORE = re.compile(r"[\"\u201d'][\s,]*$")
_CLAUSE_STOP = re.compile(r"\s*(?:[.,;!?]|$)")
"""'"...," he continued.': a cue that needs "that" also counts between a quotation (its subject right after the
quotation) and the end of the clause."""
_NO_POSTPOSED = frozenset({"according_to"})
_TAKES_RECIPIENT = frozenset({"tell", "inform", "remind", "assure", "urge", "ask", "advise"})
_HEARER_AFTER = frozenset({"tell", "inform", "remind", "assure"})
"""Cues whose object is always the hearer: never inverted with the speaker after them ('"...," told CNN'), unlike
'"Why?" asked Smith'."""
"""Cues whose next noun phrase is the person addressed ("X, Hekmat, told Al Jazeera that"), never a postposed source."""
_QUOTATIVE = frozenset(
    "say add state note report explain announce write tweet post_present claim admit insist allege concede acknowledge "
    "confirm warn caution stress emphasize argue maintain assert declare complain reiterate remark comment respond "
    "reply answer ask recall testify observe continue conclude estimate predict confess boast brag contend counter "
    "retort shoot_back joke muse speculate wonder proclaim concur shout whisper agree_opinion".split())
"""Cue entries that may stand before their source after a comma ("..., said James Marsh"; "..., argues Smith"):
verbs of saying whose complement is the reported content. A verb that takes a noun-phrase object ("X, a former
aide, praised Clinton's remarks", "endorsed Cruz", "described the scene") does not invert: the noun phrase after it
is its object, and its source is the subject before the comma."""
_NOT_A_VERB = re.compile(r"[\s-]+(?:tanks?|pieces?)(?![\w-])", re.IGNORECASE)
"""A word after a cue that makes it part of a noun ("think tank")."""
_ALL_BEFORE = re.compile(r"(?:^|[,;:\u2013\u2014]\s*|\s-{1,2}\s*|(?<![\w-])(?:and|but|so)\s+)[\"'\u201c\u2018]?all\s+$",
                         re.IGNORECASE)
"""An "all" that opens the sentence or a clause (after a comma, colon, dash or a coordinator), right before "told"."""
_ALL_TOLD_AFTER = re.compile(r"\s*(?:,|(?:though|however)(?![\w-]))", re.IGNORECASE)


def _all_told(masked: str, m) -> bool:
    """Round 12bw-d: "All told, 24 senators voted for it": the idiom "all told" (in all), no cue. "told" right after an
    "all" that opens the sentence or a clause, with a comma or "though"/"however" after it ("they were all told to
    leave" and "She told them all" stay cues)."""
    return (masked[m.start:m.end].lower() == "told" and bool(_ALL_BEFORE.search(masked, max(0, m.start - 12), m.start))
            and bool(_ALL_TOLD_AFTER.match(masked, m.end)))


_FIRST_SECOND = frozenset({"i", "we", "you"})


def _rules_category(info: dict) -> str:
    """The category an entry's cue is read as by the rules: its ``extract_as`` (reporting-verb lexicon versions 15-16: an
    entry whose reported category moved, such as "vowed to" from belief to manner, is read as before), else its
    ``category``."""
    return info.get("extract_as", info["category"])


_COORDINATE_COMMITMENT = frozenset({"intend_to", "commit_to"})
"""Commitments ("vowed to", "promised to": `commit_to`; "refused to", "declined to": `intend_to`) that count after
another cue when they open a verb phrase coordinated with it ("He announced ... and vowed to focus on ..."), not its
content; other beliefs after a cue stay part of its content ("said she did not condone violence and hoped that ...": as often content as not)."""
_NAMING = re.compile(r"(?:called|named|titled|entitled|labell?ed|dubbed|nicknamed)", re.IGNORECASE)
_TITLE_AFTER = re.compile(r"\s+(?:(?:the|a|an)\s+)?\"")
_WORD_BEFORE = re.compile(r"(?<![\w'\u2019-])((?-i:[a-z][a-z-]*))\s+$")
_NOT_NOUNS = frozenset("he she they it we i you who that which what whom has had have having is was are were be been "
                       "being also and or but then once later since just even ever never not otherwise often first "
                       "so widely aptly each both all himself herself themselves itself".split())


_RELATIVE_OBJECT = re.compile(r"(?<![\w-])(?:what|which|whom)\s+(?:[\w'\u2019.-]+\s+){0,4}$", re.IGNORECASE)
"""'what the police commissioner called "..."': the noun before the verb is its subject in a relative clause."""


def _names_a_title(masked: str, m) -> bool:
    """'a book called "Women Who Work"', 'a group named "Parents for Parks"': a naming participle after a common
    noun and right before a quotation gives the thing's name, nobody's words."""
    if not _NAMING.fullmatch(masked, m.start, m.end) or not _TITLE_AFTER.match(masked, m.end):
        return False
    w = _WORD_BEFORE.search(masked, max(0, m.start - 30), m.start)
    return w is not None and w.group(1).lower() not in _NOT_NOUNS and not w.group(1).endswith("ly") and not \
        _RELATIVE_OBJECT.search(masked, max(0, w.start() - 60), w.start())
_PARTICIPLE_AFTER = re.compile(r"(?:[,\"\u2013\u2014]|\s-{1,2}|(?<![\w-])(?:and|by|while|after|before|when|upon))"
                               r"(?:\s+[a-z]+ly)?\s*$", re.IGNORECASE)
"""What may stand before a participle cue: ", saying", "and saying", "by saying", "while initially saying", a dash
("- saying") or a quotation whose comma is inside its marks ('the "Golden Week," saying')."""
_COORD_END = re.compile(r"(?<![\w-])(?:and|but|yet)\s*$", re.IGNORECASE)
"""A cue that ends a coordination ("He called the actions lawful, and said ..."): its subject opens the clause."""
_PROGRESSIVE = re.compile(r"(?:(?<![\w'\u2019-])(?:is|are|was|were|am|be|been)|['\u2019](?:s|re|m))\s+(?:(?:[a-z]+ly|also|not|"
                          r"now|still|already|just|even|again|never)\s+){0,2}$", re.IGNORECASE)
"""A form of "be" before an ``-ing`` cue: a progressive ("Trump is saying that", "she's been telling voters"), whose
subject stands before the auxiliary, not a participle clause."""
_QUOTE_ENDS = ('"', '"\'')
"""How a masked sentence may end before a postposed cue: a closed quotation, also one that closed a single-quoted
word of its own ("''... the word 'old-school,''' said X")."""
_COLON_QUOTE = re.compile(r":\s*[\"\u201c]")
_JUST_AFTER = re.compile(r"[\s,]*")
_ELLIPSIS_QUOTE = re.compile(r"\s*[\"\u201c]")


def find_attributions(
    sentence: str,
    verb_matcher: Matcher,
    verb_info: dict,
    min_quote_words: int = 4,
    nested: bool = False,
    stance: Matcher | None = None,
    position: PositionLexicon | None = None,
    base_forms: Matcher | None = None,
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
    "..."') is a cue of its own (``verb == ":"``, or from a finite verb of its clause to the colon: "issued a
    report:"; entry ``"colon"``), and so
    are a speaker label and "Asked whether ..." (:mod:`helpers.measures.attribution_cues`).
    Cues used as nouns or adjectives ("pledged delegates") are skipped, and so are the cues of a short question in
    the writer's voice ("How has Lee replied?") and cues in page furniture, link cards, credit lines and the writer's
    imperative (:func:`helpers.measures.attribution_furniture.furniture_cue`). Every
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
    stance : helpers.text.lexicon.Matcher or None
        Built from the stance-verb lexicon (``stance_verbs.yaml``): its verbs count as cues before a noun-phrase
        object, with the subject and context tests of :func:`helpers.measures.attribution_stance.stance_cues`
        (pattern ``"subject"``); None reads none.
    position : helpers.measures.attribution_position.PositionLexicon or None
        The position and intention cues of ``position_cues.yaml`` ("she wants to run", "In a statement, X ..."),
        read only in the context cells the lexicon lists (:func:`helpers.measures.attribution_position.position_cues`,
        pattern ``"subject"``, or ``"frame"`` for a fronted prepositional frame); None reads none.
    base_forms : helpers.text.lexicon.Matcher or None
        Built from the plain forms that :func:`helpers.measures.attribution_paradigm.base_form_lexicon` derives from
        the verb lexicon ("charge" from "charges"; their entries must be in ``verb_info``): read only where
        ``verb_matcher`` finds nothing, right after a plural or pronoun subject
        (:func:`helpers.measures.attribution_paradigm.plural_subject_before`), before its content clause (as an entry
        with ``requires_that``), in a sentence without quotation marks (issue 12be-c); None reads none.

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
    matches = verb_matcher.find(masked)
    derived = [m for m in base_forms.find(masked) if not any(m.start < o.end and o.start < m.end for o in matches)] \
        if base_forms is not None else []
    for m in sorted(matches + derived, key=lambda x: x.start) if derived else matches:
        if _NOT_A_VERB.match(masked, m.end) or noun_use(masked, m.start, masked[m.start:m.end]) or _names_a_title(
                masked, m) or _all_told(masked, m) or (
                m.start > 1 and masked[m.start - 1] == "-" and masked[m.start - 2].isalpha()):
            continue  # "think tank", "400 pledged delegates", "his proposed ban", "ill-advised", "self-published"
        info = verb_info.get(m.entry)
        if info is None:
            raise ValueError(f"verb entry {m.entry!r} is not in verb_info: build both from the same lexicon")
        if m in derived:
            if not plural_subject_before(masked, m.start, m.end) or _ANY_MARK.search(sentence):
                continue  # a derived plain form ("charge") counts only as a present after a plural subject, and only
                # in a sentence without quotation marks, where it cannot take a quotation from another cue (12be-c)
            info = {**info, "requires_that": True}  # and, like the listed "reports", "claims", before its content
        a = _one_cue(ctx, m, info, out)
        if a is not None:
            out.append(a)
    out.extend(_colon_cues(ctx, out))
    out.extend(_extra_cues(ctx, out))
    if stance is not None:
        out.extend(_make(ctx, src, s0, _Cue(entry, a, b), "subject") for src, s0, entry, a, b in
                   stance_cues(ctx, stance, out))
    if position is not None:
        out.extend(_position_row(ctx, position, hit) for hit in position_cues(
            ctx, position.matcher, sorted(out, key=lambda x: x.verb_start), position.entries, position.study))
    out.sort(key=lambda x: x.verb_start)
    out = _outer_owns_quote(ctx, _parenthetical(ctx, _quote_ends_content(ctx, _nearest_quotes(ctx, out))))
    out = [a for a in out if not writer_question(masked, a.verb_start)]  # "How has Lee replied?"
    cards = link_card_spans(sentence) if out and "MORE" in sentence else []  # cards close with a capital MORE
    out = [a for a in out if not furniture_cue(sentence, masked, a.verb_start, a.verb_end, cards)]
    if nested:
        for s, e in ctx.closed:
            if _n_words(sentence[s:e]) < min_quote_words:
                continue
            for a in find_attributions(sentence[s:e], verb_matcher, verb_info, min_quote_words, nested=False):
                out.append(replace(a, source_start=a.source_start + s if a.source_start >= 0 else -1,
                                   source_end=a.source_end + s if a.source_start >= 0 else -1,
                                   verb_start=a.verb_start + s, verb_end=a.verb_end + s, pattern="nested"))
    return out


_PARENTHETICAL_AFTER = re.compile(r"(?:\s+(?!that(?![\w-]))(?:[^,;:\"\u2014\u2013()]|,(?=\d)){0,40}?)?\s*,(?!\d)\s*(?![a-z]+ing(?![\w-])|"
                                  r"(?:in|on|at|during|after|before|while|when|as|according|because|since|though|"
                                  r"although|but|and|or|with|without|to|for|of|from|by|via|than|like|per|who|which|"
                                  r"where|whose)(?![\w-]))([\"\w])", re.IGNORECASE)
"""After a reporting clause set between commas ('The plan, she said, is "a disaster."'): perhaps a short adjunct
(not a "that"-clause), the comma, then the rest of the content (not a participle, a preposition or a relative
clause, which would leave the content before the clause); group 1 is its first character."""
_FRONTED_ADJUNCT = re.compile(r"\s*(?:[a-z]+ly|as|during|still|but|and|yet|so|soon|at|after|before|in|on|when|while|"
                              r"however|for|with|without|from|by|since|because|although|though|if|unless|until|once|"
                              r"despite|instead|meanwhile|then|now|later|earlier|today|yesterday|also|even|indeed|"
                              r"asked|speaking|under|over|last|this|that|next|here|there)(?![\w'\u2019-])",
                              re.IGNORECASE)
"""A sentence that opens with an adverb, a preposition or a subordinate clause ("As the vote ended, she said,
'...'"): the words before the reporting clause may be a fronted adjunct rather than part of its content."""


_OWN_CONTENT = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:that|yes|no|the|a|an|his|their|its|(?:it|him|her|them)"
                          r"(?![\w'\u2019-])(?!\s*(?:[.,;:!?]|$)))(?![\w'\u2019-])", re.IGNORECASE)
"""Right after a cue: the start of its own content ("said yes", "accuses it of", "said that", "said the plan ..."), not
a bare pronoun that ends the clause ('"...," is how the column explained it.')."""
_ANY_MARK = re.compile("[\"\u201c\u201d\u2018\u00ab\u201e]|''|``|(?<![\\w])'(?=\\w)")
"""A quotation mark of any convention (a straight single one opening a word)."""


def _own_content(ctx: _Sentence, a: Attribution) -> Attribution:
    """``reported`` for a direct attribution whose cue is followed by a content of its own with no quotation in it,
    in a sentence that does not open with a quotation ('Asked whether she "has the integrity to serve," 75 percent
    said yes'): the quotation before the cue belongs to the clause before it, not to the cue's content. Not after
    a cue that takes a recipient ('"...," she told the Times': the words after it name the hearer)."""
    if a.kind != "direct" or a.pattern not in ("subject", "coordinated") or ctx.starts_quoted or \
            ctx.first_unclosed is not None or a.verb_entry in _TAKES_RECIPIENT:
        return a
    hi = max(a.verb_end, a.source_end)
    if not _OWN_CONTENT.match(ctx.masked, hi) or _ANY_MARK.search(ctx.text, hi):
        return a  # (also straight single marks, a headline's quotation: "Mayor calls plan 'a gift.'")
    return replace(a, kind="reported")


def _parenthetical(ctx: _Sentence, out: list) -> list:
    """``kind`` of the one cue of a sentence whose reporting clause stands between commas inside its content ('The
    plan, she said, is "a disaster."'; 'These rules, the lawyers said, "leave no doubt" about it.'): the content is
    the rest of the sentence on both sides, so the attribution is direct when the sentence opens or ends with a
    quotation and reported otherwise, as for any content that starts or ends with a quotation mark. Not when the
    sentence opens with an adverb, a preposition or a subordinator and a quotation follows the clause ('As the vote
    ended, she said, "..."': the opening words are a fronted adjunct and the content opens with the quotation)."""
    out = [_own_content(ctx, a) for a in out]
    if len(out) != 1 or out[0].pattern != "subject" or not 0 <= out[0].source_end <= out[0].verb_start or \
            ctx.first_unclosed is not None or ctx.last_unclosed_double is not None:
        return out  # (a postposed source's apposition is no content; an unclosed quotation runs on to the end)
    a = out[0]
    lo = min(a.verb_start, a.source_start) if a.source_start >= 0 else a.verb_start
    hi = max(a.verb_end, a.source_end)
    before = ctx.masked[:lo].rstrip()
    after = _PARENTHETICAL_AFTER.match(ctx.masked, hi)
    if not before.endswith(",") or not re.search(r"\w", before) or after is None or ctx.starts_quoted or (
            after.group(1) == '"' and _FRONTED_ADJUNCT.match(before)):
        return out
    kind = "direct" if ctx.ends_quoted else "reported"
    return [replace(a, kind=kind)] if kind != a.kind else out


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


_IRREGULAR_PAST = "said|told|wrote|went|made|took|gave|spoke|did"
"""Irregular past forms of verbs of saying and doing (regular ones match ``[a-z]{3,}ed``), shared by
:data:`_AFTER_CONTENT` and :data:`_FRONTED_REPORT` (review r12ar)."""
_AFTER_CONTENT = re.compile(r"(?:\s+(?:in|on|at|during|via)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'-]+\s+){0,2}?"
                            r"(?:tweet|post|statement|interview|speech|letter|e-?mail|video|ad|op-ed|debate|rally|"
                            r"appearance|call|briefing|conference|remarks)(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|"
                            r"thursday|friday|saturday|sunday|today|yesterday|last\s+\w+))?)?"
                            r"[\s,.;:!?)\]\u2014\u2013-]*(?:(?:but|yet|while|though|although|whereas)(?![\w-])|"
                            r"and\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+|also\s+|then\s+)?(?:[a-z]{3,}ed|"
                            rf"{_IRREGULAR_PAST}|left|sent|held|kept|met|put|cast|got|came|ran|brought|"
                            r"thought|stood|set|led|felt|won|lost|drew|saw|knew)(?![\w'\u2019-])|"
                            r"and(?:\s+(?:has|have|had))?(?:\s+(?:[a-z]+ly|also|then))?\s*$|$)",
                            re.IGNORECASE)
"""What may follow a quotation that ends a cue's content: the end of the sentence or of its clause, the next cue
('said the system was "corrupt," noting ...'; 'said it remained "one of commitment", but he also warned'), or "and"
with a second verb ('said the plan was "a gift to developers" and walked out')."""


_SINGLE_QUOTE_ENDS = re.compile(r"(?:[^\"\u201c\u201d\n]*\s)?[\u2018'](?=\w)[^\"\u201c\u201d\u2018\n]*?[\w.,!?][\u2019']"
                                r"[\s.,;!?]*$")
"""After a cue, the sentence ends with a quotation in single marks, curly or straight, opened after a space ("calls
the plan 'a gift to the rich.'", "rips rhetoric over \u2018radical Islam\u2019"): the quoting convention of
headlines; the content ends with a quotation."""
_SINGLE_QUOTED_REST = re.compile(r"\s*(?:'(?=[^\s'])[^'\n]*(?<=[^\s'])'|(?:(?:[^'\n]|(?<=\w)'(?=\w))*\s)?'(?=[^\s'])(?:[^'\n]|'(?=\w))*"
                                 r"(?<=[\w.,!?])')[\s.,;!?]*$")
"""After a colon cue, the rest of the sentence is a quotation in straight single marks ("Reid: 'Never, ever
underestimate Trump.'"), or ends with one ("Clinton: Trump's view is 'dangerously wrong'"): headlines quote with
single marks, which :func:`helpers.text.quotes.quote_spans` leaves unpaired (they are too often apostrophes)."""


_TRAILING_ACCORDING = re.compile(r"[^\"]{0,60},\s*")
"""Between a direct attribution and an "according to" that follows it in the same clause ('said Monday, ')."""


_CLAUSE_BREAK = re.compile(r"[;\u2014\u2013]|\s-{1,2}\s|,\s*(?:and|but|while|although|though|whereas|yet|which|who)(?![\w-])|"
                           r"(?<![\w-])(?:but|while|whereas|although)(?![\w-])", re.IGNORECASE)
_SPEECH = frozenset("say tell write add explain argue insist claim note state report announce warn".split())
_THAT_SOON = re.compile(r"(?:\s+(?:(?-i:[A-Z\"])\S*|on|last|this|week|month|year|earlier|also|again|then|later|in|a|an|"
                        r"the|his|her|their|interview|statement|speech|[a-z]+ly))(?:\s+(?:(?-i:[A-Z\"])\S*|on|last|this|"
                        r"week|month|year|earlier|also|again|then|later|in|a|an|the|his|her|their|interview|statement|"
                        r"speech|[a-z]+ly)){0,3}?\s+that(?![\w-])|\s+that(?![\w-])", re.IGNORECASE)
"""A "that"-clause opens the content of the verb of saying, after at most a few words of a time, a name or a setting
("said that", "said Wednesday that", "told ABC that", "wrote in a statement that")."""


_SUBORDINATOR = re.compile(r"(?<![\w'\u2019-])(?:as|while|when|whenever|because|since|although|though|if|unless|"
                           r"until|after|before|whereas|once)(?![\w'\u2019-])", re.IGNORECASE)
"""Between a verb of saying with no "that" and the next cue: a subordinator opens a clause of its own ('said the
plan was dead as Ortiz called it "..."'), so the content of the verb of saying ends before it."""


_OWN_CLAUSE = re.compile(r"(?<![\w-])(?:and|but|so)\s+(?:he|she|they|we|i)(?![\w'\u2019-])", re.IGNORECASE)
"""Between a verb of saying and a later cue: a coordinated main clause with a pronoun subject of its own ('said the
plan failed and he described it as "a mess"'), whose quotation is that later cue's."""


def _nested_final_quote(ctx: _Sentence, a: Attribution, later: list, any_verb: bool = False) -> bool:
    """Whether the sentence ends with a quotation that belongs to a later cue standing inside the content clause of
    the verb of saying ``a`` ('Mrs. Clinton said that she called Sanders to praise what she called "an extraordinary
    campaign."'; also without "that": 'A source said the hacked files suggested a search for "trade secrets."'): no
    clause break (a semicolon, a dash, ", and", "but") between ``a`` and the later cues. Without "that", not when
    ``a`` ends with a colon, a subordinator stands between ``a`` and the next cue ('said the plan was dead as Ortiz
    called it "..."'), or a later cue is a colon, a label, a question put to someone ('noted the record and asked
    him, "..."') or a participle or coordinated verb after a comma ('said it would, adding the cost was "..."'): the
    quotation is that cue's."""
    if (a.verb_entry not in _SPEECH and not (any_verb and _OUTER_THAT.match(ctx.masked, a.verb_end))) or \
            not ctx.ends_quoted or not ctx.closed:
        return False
    if not _THAT_SOON.match(ctx.masked, a.verb_end):
        nxt = later[0].source_start if later[0].source_start >= a.verb_end else later[0].verb_start
        if ctx.masked.startswith(":", a.verb_end) or _SUBORDINATOR.search(ctx.masked, a.verb_end, nxt) or any(
                b.pattern in ("colon", "label", "asked") or (b.pattern in ("participle", "coordinated") and ctx.masked[
                    :b.verb_start].rstrip().endswith(",")) for b in later) or _OWN_CLAUSE.search(
                ctx.masked, a.verb_end, later[-1].verb_start):
            return False
    last_q = ctx.closed[-1][0]
    if any(b.verb_start > last_q for b in later) or any(b.source_start >= 0 and (
            b.source_start < a.verb_end or ctx.masked[:b.source_start].rstrip().endswith(",")) for b in later):
        return False  # (a later subject after a comma opens a main clause: "asked whether he warned X, Trump told")
    return _CLAUSE_BREAK.search(ctx.masked, a.verb_end, last_q) is None


_OUTER_THAT = re.compile(r"(?:\s+(?:in|on|at|during|with|last|this|earlier|later|again|also|publicly|repeatedly|"
                         r"(?-i:[A-Z])[\w'\u2019.-]*)(?:\s+[\w'\u2019.-]+){0,5}?)?\s+that(?![\w-])", re.IGNORECASE)
"""A "that"-clause after a cue of any verb, right after it or after a setting of at most six words that opens with a
preposition, a time word or a name, with no punctuation ("declared in an interview with Reuters that"): the clause is
the cue's content (not "seemed to relish that")."""
_OWN_WORDS = _SPEECH | frozenset("describe call_name refer_to quote tweet respond reply answer remark comment mention "
                                 "declare repeat characterize label".split())
"""Cues whose content is as often the nested speaker's own words ('that Trump told reporters there "could be
others"', 'that Trump described Ukraine as "..."'): such a nested cue keeps its quotation."""
_NEGATED = re.compile(r"(?<![\w-])(?:not|never|nor|n't|n\u2019t)(?![\w-])(?:\s+[\w'\u2019.-]+){0,4}\s*$", re.IGNORECASE)
"""A negation right before the first cue ("Nor did the Times ever report that", "did not say that"): no report."""
_FRONT_SUBORDINATE = re.compile(r"\s*(?:when|if|as|while|after|before|although|though|because|since|unless|until|"
                                r"once|whereas)(?![\w'\u2019-])", re.IGNORECASE)
"""A sentence that opens with a subordinate clause ("When Lee objected that ..., Roe fired back"): the first cue's
content ends with that clause."""


_EMBEDDED = re.compile(r"(?:\s+[\w'\u2019.-]+){0,6}?\s+that\s+|\s+", re.IGNORECASE)
"""Between a cue and the subject of the next cue: nothing, or a "that" after a short setting: the next cue's clause
is the first cue's content ("said the files suggested", "declared in an interview that he found")."""


def _outer_owns_quote(ctx: _Sentence, out: list) -> list:
    """One quotation, one direct attribution: when the sentence ends with a quotation that a later cue introduces
    inside the content clause of an earlier cue (:func:`_nested_final_quote`; for a cue of any verb when a
    "that"-clause follows it: 'Reeves wrote that the law showed it to be "a step back."', 'Adelson declared in an
    interview that he found Trump "very charming."'), the earlier cue is direct and the nested one reported: the
    quotation is the outer speaker's words, and the nested cue lies inside that speaker's content. Only for a
    sentence of two cues whose second cue's subject opens the first cue's content clause; not after a gerund read as
    a subject ('uttering charges that X called "..."' is a relative clause), in a sentence that opens with a
    subordinate clause, when the nested cue is a verb of saying or naming (:data:`_OWN_WORDS`), introduces its
    quotation after a comma or colon ('that he said, "..."') or is coordinated ('... and wrote: "..."'), and when the
    first cue is negated or the writer's ("we note that")."""
    if len(out) != 2 or not ctx.ends_quoted or not ctx.closed:
        return out
    a, b = out
    if a.pattern != "subject" or b.pattern != "subject" or b.kind != "direct" or b.source_start < a.verb_end or \
            re.fullmatch(r"[a-z]+ing", a.source) or b.verb_entry in _OWN_WORDS or _FRONT_SUBORDINATE.match(
                ctx.masked) or re.search(r"(?<![\w-])and(?![\w-])", ctx.masked[b.source_start:b.verb_start]) or \
            re.match(r"\s*[,:]", ctx.masked[b.verb_end:]) or a.source.lower() in ("we", "i", "you") or \
            _NEGATED.search(ctx.masked, max(0, a.verb_start - 40), a.verb_start) or \
            not _EMBEDDED.fullmatch(ctx.masked, a.verb_end, b.source_start) or not _nested_final_quote(
                ctx, a, [b], any_verb=True):
        return out
    return [replace(a, kind="direct"), replace(b, kind="reported")]


def _after_mark(ctx: _Sentence, end: int) -> int:
    """The position right after the closing mark of a quotation whose text ends at ``end`` (a span of
    ``ctx.closed``): one more for a doubled mark ``''``, which the masked text folds to ``' "'`` ("called them
    ''my friends'' and left": the words after the quotation start two characters on; issue 12ar-b)."""
    return end + 2 if ctx.masked.startswith(' "', end) else end + 1


def _quote_ends_content(ctx: _Sentence, out: list) -> list:
    """``direct`` for a reported attribution whose content ends with a quotation of its clause ('Trump said things
    "should be wrapped up by Cleveland," referring to ...'): the last quotation between the cue and the next cue (or
    the end of the sentence), followed only by punctuation, a contrastive conjunction or that next cue; and for an
    "according to" that follows a direct attribution in its clause (its content is the same quotation)."""
    single = "\u2018" in ctx.text or " '" in ctx.text
    if not ctx.closed and not single and not any(a.pattern in ("label", "colon") for a in out):
        return out
    res = []
    for i, a in enumerate(out):
        if single and a.kind != "direct" and i == len(out) - 1 and a.pattern != "asked" and \
                _SINGLE_QUOTE_ENDS.match(ctx.text, a.verb_end):
            res.append(replace(a, kind="direct"))  # "Senator calls tax plan 'a gift to the rich'": a headline's marks
            continue
        if a.pattern == "according_to" and res and res[-1].kind == "direct" and _TRAILING_ACCORDING.fullmatch(
                ctx.masked, max(res[-1].verb_end, res[-1].source_end), a.verb_start):
            a = replace(a, kind="direct")  # '"...," Walker said, according to an AP report': the same quotation
        elif a.kind != "direct" and a.pattern in ("label", "colon") and _SINGLE_QUOTED_REST.match(ctx.text, a.verb_end):
            a = replace(a, kind="direct")  # "Reid: 'Never underestimate Trump.'": a headline's straight single marks
        elif a.kind != "direct" and a.pattern not in ("asked", "label", "colon"):
            nxt = out[i + 1] if i + 1 < len(out) else None
            bound = len(ctx.text) if nxt is None else (
                min(nxt.verb_start, nxt.source_start) if nxt.source_start > a.verb_end else nxt.verb_start)
            inside = [(s, e) for s, e in ctx.closed if s > a.verb_end and e < bound]
            if inside and _AFTER_CONTENT.match(ctx.masked, _after_mark(ctx, inside[-1][1]), bound):
                a = replace(a, kind="direct")
            elif nxt is not None and _nested_final_quote(ctx, a, out[i + 1:]):
                a = replace(a, kind="direct")  # 'X said she called it "a rigged system."': the inner cue's quotation
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
    agent = _agent(masked, m)
    if agent is not None:  # "a plan criticized by the governor", "first reported by The Washington Post"
        return _make(ctx, agent[0], agent[1], m, "agent")
    before = masked[lo: m.start].rstrip()
    first_word = masked[m.start:m.end].split()[0].lower()
    ing = len(first_word) > 4 and first_word.endswith("ing")  # "saying", "referring to"
    opens = not before and m.start == 0 and m.entry not in _NO_POSTPOSED
    if before.endswith(_QUOTE_ENDS) or (before.endswith(",") and before[:-1].rstrip().endswith('"')) or opens:
        # ('"... candidates!" | said Arturo Vargas': a splitter ended the quotation's sentence at "!" or "?")
        src, s0 = _after_phrase(after, 0)
        if ing or m.entry in _HEARER_AFTER:
            src = ""  # '"...," referring to the convention': a participle has no source after it; '"...," told CNN'
            # names the hearer (review s78-A: a book title in the apposition before "told CNN Business Friday")
        if src and opens and not (_POSTPOSED_SOURCE.match(src) and not _FINITE.search(src)):
            return None
        if src and not _FINITE.search(src):  # '"...," saying the plan had failed': a clause, not a source
            return _make(ctx, src, s0 + m.end, m, "inverted")
    left_end = m.start  # where the subject's text ends
    if ing:
        prog = _PROGRESSIVE.search(masked, max(lo, m.start - 40), m.start)
        if prog is None:
            only = info.get("participle_only")
            if info["requires_that"] and only and only is not True and masked[m.start:m.end].lower() in only \
                    and not _FOLLOW_OK.match(after):
                return None  # ", repeating last year's collapse": a listed "-ing" form only before its content (r12ar)
            return _participle(ctx, m, lo, before, out)
        only = info.get("participle_only")
        if only is True or (only and masked[m.start:m.end].lower() in only):
            return None  # "what the campaign was referencing": these forms count as participle clauses only
        left_end = prog.start()  # "Sanders has been arguing that": the subject is read before "been"
    if _MODAL.search(before[-30:] + " "):
        return None
    if out and _between_commas(masked, out[-1], m.start):
        # "Mr. Manafort, citing a poll, said": the participle clause is an apposition; both cues share the subject
        return _make(ctx, out[-1].source, out[-1].source_start, m, "subject")
    floor = max(0, out[-1].verb_end - lo) if out else 0
    main = _main_clause_subject(ctx, out[-1], m) if out else None
    if main is not None:  # "Barkley, who said he votes Democratic, said ...": the relative clause has closed
        src, s0, how = main[0], main[1] - lo, "subject"
    else:
        src, s0, how = _subject_phrase(masked[lo: left_end], left_end - lo, floor=floor)
    document = bool(src) and _document_subject(src)
    if info.get("document_subject") and not document:
        return None  # "the TV show": bare "show" reports only a poll's or a document's finding
    if info["requires_that"] and not _FOLLOW_OK.match(after) and not (
            _PAST_CUE.search(masked[m.start:m.end]) and _ADJUNCT_THAT.match(after)) and not (_rules_category(info) == "neutral" and document) \
            and not (_rules_category(info) in _CLAUSE_CATEGORIES and masked[m.start].islower() and _CLAUSE_COMPLEMENT.match(after)) \
            and not (info["names_object"] and _NAMES_OBJECT.match(after)) and not (
            src and _QUOTE_BEFORE.search(masked[max(0, lo + s0 - 8): lo + s0]) and _CLAUSE_STOP.match(after)):
        return None
    if before.endswith(",") and m.entry in _QUOTATIVE and m.entry not in _TAKES_RECIPIENT and not (
            _APPOSED_SUBJECT.fullmatch(masked, out[-1].verb_end if out else 0, m.start)):
        # "..., said James Marsh, the department's director": a reporting clause after its content (its source
        # ends the clause; "X, a former aide, said the problem is ..." is a subject and its verb)
        post, p0 = _after_phrase(after, 0)
        if post and _POSTPOSED_SOURCE.match(post) and not _FINITE.search(post) and _CLAUSE_END.match(
                after, p0 + len(post)) and not _TIME_WORD.match(post):
            return _make(ctx, post, p0 + m.end, m, "inverted")
    if m.entry == "insist_be_sure" and src.strip().lower() in _IMPERSONAL:
        return None  # "it is not certain how many": an impersonal construction, no speaker
    if (_rules_category(info) == "belief" and src.strip().lower() in _FIRST_SECOND) or (info.get("first_cue") and out and not (
            len(out) == 1 and out[0].pattern == "participle" and out[0].source_start > out[0].verb_end) and not (
            m.entry in _COORDINATE_COMMITMENT and how in ("elided", "coordinated_vp", "empty")
            and _COORD_END.search(_strip_left(before)[-12:]))):
        return None  # "I think", "you know": a hedge; "said he believes": part of the content of the first cue
    if how == "passive":
        if re.match(r"\s*that(?![\w-])", after, re.IGNORECASE):
            return Attribution("", -1, -1, sentence[m.start:m.end], m.entry, m.start, m.end, "no_source",
                               ctx.kind(m.start, m.end))
        return None
    past = not masked[m.end - 1: m.end].lower() == "s"  # "statements and promises": a plural noun, not a verb
    if how == "after_cue_np" and out and past and out[-1].verb_entry not in _CLAUSE_TAKING and not _BOUNDARY.search(
            masked, out[-1].verb_end, m.start):
        src = ""  # "Scott blasted Congress and said": the noun phrase is the object of a verb that takes no clause
        how = "coordinated_vp"
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
    if not src or (how != "chain" and _n_words(src) > _MAX_SOURCE_WORDS and not (
            document and m.entry in _FINDINGS and _n_words(_HEAD_SPLIT.split(src, maxsplit=1)[0]) <= _MAX_SOURCE_WORDS
            and not _PREPOSITION_START.match(src))):
        return None  # (a long poll subject counts by its head: "A new Gallup survey of those 18 to 35 years old shows")
    if how in ("subject", "chain") and main_auxiliary(src) is not None:
        # issue 12ax-s: the span is a clause with its own auxiliary, not a noun phrase
        post, p0 = _after_phrase(after, 0) if before.endswith(",") and m.entry not in _TAKES_RECIPIENT else ("", -1)
        if post and not _FINITE.search(post) and _CLAUSE_END.match(after, p0 + len(post)) and not _TIME_WORD.match(post) \
                and postposed_speaker(post, m.entry, masked[m.start:m.end]):
            return _make(ctx, post, p0 + m.end, m, "inverted")  # "Consumers are likely to ..., says economist X"
        fix = clause_source(src, masked[m.start:m.end])
        if fix is not None:  # the kind stays that of the whole span ('"...," is how the paper | described it': direct)
            a0, a1 = min(s0 + lo, m.start), max(s0 + lo + len(src), m.end)
            return replace(_make(ctx, src[fix[0]: fix[0] + fix[1]], s0 + fix[0] + lo, m, "subject"), kind=ctx.kind(a0, a1))
    return _make(ctx, src, s0 + lo, m, "subject")  # how "after_cue_np": the subject of a clause in the content


_WITH_NP = re.compile(r"(?<![\w-])with\s+((?:[\w'\u2019.%-]+\s+){0,6}?[\w'\u2019.%-]+)\s*$", re.IGNORECASE)
"""'with Sen. John McCain calling it ...', 'with 30 percent of voters saying ...': the noun phrase after "with" is the
participle's subject."""
_NOT_IN_WITH_NP = re.compile(r"(?<![\w-])(?:that|which|who|and|or|but|is|are|was|were|has|have|had|the\s+help|"
                             r"regard|respect)(?![\w-])", re.IGNORECASE)


_CLAUSE_TAKING = _QUOTATIVE | frozenset(
    "believe think feel perceive view consider know expect hope fear worry doubt suspect assume reckon figure "
    "understand realize guess suppose imagine agree_opinion suggest indicate reveal deny learn hear find show "
    "hint imply signal announce mention disclose insist_be_sure make_clear point_out".split())
"""Cue entries whose content may be a clause with a cue of its own ("said he believes"); after any other cue in a
relative clause ("officials who praised him warned") the next cue is the main clause's."""
_CLOSED = re.compile(r"(?:,|\u2014|\u2013|\s-{1,2})$")
_REL_SOURCE = re.compile(r"[\s,]*(?<![\w-])(?:who|that|which)$", re.IGNORECASE)


_BY = re.compile(r"\s+by\s+(?!(?:phone|telephone|e-?mail|text|video|mail|far|then|now|contrast|comparison|default|"
                 r"the\s+way|name|hand|chance|mistake|law|way|design|accident|force)(?![\w-])|"
                 r"(?:the\s+)?(?:end|time|mid|middle|beginning|start|close|turn|spring|summer|fall|autumn|winter|"
                 r"next|early|late|(?:19|20)\d\d)(?![\w]))", re.IGNORECASE)
"""' by ' before an agent, not before a means ("by phone") or a time ("by the end of May", "by the mid-2020s")."""
_AGENT_START = re.compile(r"(?:the|a|an|his|her|their|its|some|many|several|other|both|two|three|four|(?-i:[A-Z0-9]))"
                          r"(?![\w-]*ing(?![\w-]))", re.IGNORECASE)
_PARTICIPLE = re.compile(r"(?:[a-z]+(?:ed|en|wn)|told|said|heard|found|held|put)$", re.IGNORECASE)


def _agent(masked: str, m) -> tuple[str, int] | None:
    """The agent of a cue used as a passive participle ("a plan criticized by the governor": "the governor";
    "first reported by The Washington Post"), or None ("said by phone", "described by saying")."""
    if not _PARTICIPLE.search(masked[m.start:m.end]):
        return None
    by = _BY.match(masked, m.end)
    if by is None or not _AGENT_START.match(masked, by.end()):
        return None
    phrase, p0 = _after_phrase(masked[by.end(): by.end() + _WINDOW], 0)
    return (phrase, by.end() + p0) if phrase and _n_words(phrase) <= _MAX_SOURCE_WORDS else None


def _main_clause_subject(ctx: _Sentence, prev: Attribution, m) -> tuple[str, int] | None:
    """The antecedent of the relative clause that holds the previous cue, when the cue ``m`` is the main clause's
    verb ("Barkley, who said he votes Democratic, said": "Barkley"), else None."""
    rel = _REL_SOURCE.search(prev.source) if prev.source else None
    if rel is None or rel.start() == 0 or prev.source_end > prev.verb_start:
        return None
    between = _strip_left(ctx.masked[prev.verb_end: m.start])
    if not (_CLOSED.search(between) or prev.verb_entry not in _CLAUSE_TAKING):
        return None
    return prev.source[: rel.start()], prev.source_start


def _participle(ctx: _Sentence, m, lo: int, before: str, out: list) -> Attribution | None:
    """', saying ...', ', adding that ...': the source is the subject of the clause the participle hangs on;
    'with X saying ...': the source is X."""
    base = max(0, len(before) - 120)
    with_np = _WITH_NP.search(before, base)
    if with_np and not _NOT_IN_WITH_NP.search(with_np.group(1)):
        return _make(ctx, with_np.group(1), lo + with_np.start(1), m, "participle")
    doc = _DOC_NOUN_BEFORE.search(before, base)
    if doc is not None and m.entry in _QUOTATIVE | _DOC_PARTICIPLES:
        return _document_participle(ctx, m, lo + doc.start(1), out)
    if not _PARTICIPLE_AFTER.search(before):
        if before.strip() or out or m.entry not in _QUOTATIVE:
            return None
        fronted = _FRONTED_REPORT.match(ctx.masked, m.end)  # "Noting that ..., Allen said": the main clause's subject
        if fronted is None or _n_words(fronted.group(1)) > 6:
            return None
        return _make(ctx, fronted.group(1), fronted.start(1), m, "participle")
    if out:
        prev = out[-1]
        return Attribution(prev.source, prev.source_start, prev.source_end, ctx.text[m.start:m.end], m.entry,
                           m.start, m.end, "participle", ctx.kind(m.start, m.end), _recipient(ctx, m))
    lead = _leading_subject(ctx, m.start)
    return _make(ctx, lead[0], lead[1], m, "participle") if lead else None


_FRONTED_REPORT = re.compile(
    r"(?:\s+that|\s*,?\s*\"|\s+(?:he|she|they|it|we|the|his|her|their|its|this|these|some|many|most)\s)[^,;:]{0,200}?[,\"]\s+"
    r"((?:he|she|they|we|(?:(?:the|his|her|their|its)\s+)?(?:[\w'\u2019.-]+\s+){0,4}?(?-i:[A-Z])[\w'\u2019.-]*|"
    r"(?:the|his|her|their|its)\s+(?:[\w'\u2019.-]+\s+){0,3}?[a-z][\w'-]*))\s+(?:(?:[a-z]+ly|also|then|later)\s+)?"
    rf"(?:[a-z]+ed|{_IRREGULAR_PAST}|says|is|was|has|had)(?![\w-])",
    re.IGNORECASE)
"""A participle of saying that opens a sentence, its content ("that ...", a quotation or a clause) and then, after a
comma, the main clause's subject and verb ("Noting that only one senator voted with them, Tester said ...";
"Acknowledging that Trump \"says a lot of stupid stuff,\" Allen added"): the subject is the participle's source."""


_DOC_NOUN_BEFORE = re.compile(
    r"(?<![\w-])((?:statements?|letters?|e-?mails?|tweets?|posts?|memos?|press\s+releases?|news\s+releases?|ads?|"
    r"advertisements?|videos?|messages?|notes?|responses?|op-eds?|editorials?|filings?|complaints?|lawsuits?|"
    r"petitions?|resolutions?|reports?|one)(?:\s+(?:on\s+)?(?:(?:late|early|last|this)\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|month|year|night|morning|"
    r"afternoon|evening)(?:\s+(?:night|morning|afternoon|evening))?)?)\s*$", re.IGNORECASE)
"""A document or message noun right before a participle cue ("issued a statement Wednesday saying", "a fundraising
email saying", "placed ads calling the deal a mistake"): the participle reports what the document says."""
_DOC_PARTICIPLES = frozenset("condemn urge call_name praise criticize describe confirm deny accuse apologize thank "
                             "demand call_for promise pledge vow".split())
"""Participles of cues that are not verbs of saying but report a document's content ("a statement condemning the
attack")."""


_ISSUES_DOCUMENT = frozenset({"issue_statement"})
"""Cues that name the document themselves ("issued a statement"): a participle after it extends that cue."""


def _document_participle(ctx: _Sentence, m, noun_start: int, out: list) -> Attribution | None:
    """'released a statement Wednesday saying ...': one attribution whose cue runs from the earlier cue (when it ends
    in the same noun phrase: "released a statement") to the participle; else the participle with the subject that
    opens the sentence ("Shareholders placed ads calling the deal a mistake")."""
    if out and out[-1].verb_entry in _ISSUES_DOCUMENT and out[-1].verb_end >= noun_start - 30 and \
            out[-1].verb_start < noun_start:
        prev = out.pop()
        return replace(prev, verb=ctx.text[prev.verb_start:m.end], verb_end=m.end,
                       kind=ctx.kind(prev.verb_start, m.end))
    lead = _clause_subject(ctx, m.start) or _leading_subject(ctx, m.start)
    return _make(ctx, lead[0], lead[1], m, "participle") if lead else None


@dataclass(frozen=True)
class _Cue:
    entry: str
    start: int
    end: int


_VERB_BEFORE_COLON = re.compile(
    r"(?<![\w'\u2019-])(?:(?:[a-z]+ly|once|then|also|later|finally|simply|just|so\s+far\s+as)\s+)*"
    r"(?:to\s+)?(?:[a-z]{2,}ed|said|says|say|saying|wrote|writes|told|spoke|put\s+it|[a-z]{3,}ing)"
    r"(?:\s+(?:it|this|that|in|up|out|back|on))?\s*$")
"""A verb (with its adverbs) right before a colon: "once said:", "imperiously intoned:", "went so far as to say:"."""


def _colon_verb_subject(ctx: _Sentence, lo: int, verb_start: int) -> tuple[str, int] | None:
    """The subject of the verb that a colon cue follows ("X once said:" gives "X"; "X reacted, saying:" and "X
    leaned in and boomed:" give the subject that opens the clause), or None."""
    src, s0, how = _subject_phrase(ctx.masked[lo:verb_start], verb_start - lo)
    if src and how in ("subject", "chain") and _n_words(src) <= _MAX_SOURCE_WORDS and not _VERB_END.search(src):
        return src, s0 + lo
    return _leading_subject(ctx, verb_start)


_INNER_VERB = re.compile(r"(?<=\s)(?-i:(?:[a-z]+ly\s+)?(?:[a-z]{2,}ed|issued|had|has|gave|gives|sent|put\s+out))(?=\s)")
"""A finite verb inside the words before a colon ('X released the following statement:'): the source is its
subject, not the whole clause."""

_DETERMINERS = {"", "the", "a", "an", "this", "that", "these", "those"}

_LAST_WORD = re.compile(r"[\w'\u2019-]+\s*$")
_VERB_END = re.compile(r"(?<![\w-])(?:[a-z]{2,}ed|went|so far as|in|and|then)$")


_COLON_SINGLE = re.compile(r":\s*'")


def _colon_quotes(ctx: _Sentence) -> list:
    """The colons before a quotation: a double mark, or a single one (the headline convention: 'Mayor on the flood:
    \u2018This cannot happen again.\u2019') when the quotation is a closed curly one of four words or more or ending the
    sentence, or a straight one that runs to the end of the sentence ("Union chief: 'We will strike.'")."""
    found = list(_COLON_QUOTE.finditer(ctx.masked))
    if "'" not in ctx.masked:
        return found
    by_start = {s: (s, e) for s, e in ctx.closed}  # (a dictionary: linear in the sentence's colons and quotations)
    for c in _COLON_SINGLE.finditer(ctx.masked):
        q = by_start.get(c.end())
        if (q is not None and (_n_words(ctx.text[q[0]:q[1]]) >= 4 or _SENTENCE_END.fullmatch(ctx.text, q[1] + 1))) \
                or (q is None and _SINGLE_QUOTED_REST.match(ctx.text, c.end() - 1)):
            found.append(c)
    return sorted(found, key=lambda c: c.start())


def _colon_cues(ctx: _Sentence, found: list) -> list[Attribution]:
    """'Her answer: "..."': a colon before a quotation (double marks, or single ones as headlines write them: see
    :func:`_colon_quotes`) whose clause has no reporting verb."""
    out = []
    label = speaker_label(ctx.masked, ctx.text)
    for c in _colon_quotes(ctx):
        i = c.start()
        if any(i - _WINDOW < a.verb_end <= i + 1 for a in found) or (label is not None and label[2] == i):
            continue  # "She said: ..." - the verb is the cue; "SMITH: ..." - the speaker label is (one attribution)
        q = next(((s, e) for s, e in ctx.closed if s == c.end()), None)
        if q is not None and any(_JUST_AFTER.fullmatch(ctx.masked, q[1] + 1, min(
                a.verb_start, a.source_start if a.source_start >= 0 else a.verb_start)) for a in found
                if a.verb_start > q[1]):
            continue  # 'The code was clear: "..." he said': the cue after the quotation is its own
        lo = max(0, i - _WINDOW)
        src, s0, how = _subject_phrase(ctx.masked[lo:i], i - lo)
        if not src or how == "passive" or _n_words(src) > _MAX_SOURCE_WORDS:
            continue
        verb = _VERB_BEFORE_COLON.search(ctx.masked, max(lo, i - 60), i)
        cue_start = i
        if verb is not None and verb.end() > lo + s0:  # 'X once said:', 'the candidate imperiously intoned:'
            subj = _colon_verb_subject(ctx, lo, verb.start())
            if subj is not None:
                src, s0 = subj[0], subj[1] - lo
            cue_start = _LAST_WORD.search(ctx.masked, verb.start(), i).start()  # the cue is "said:", not ":"
        else:
            inner = _INNER_VERB.search(ctx.masked, lo + s0, i)
            subj = None if inner is None else _colon_verb_subject(ctx, lo, inner.start())
            if subj is not None and subj[0].lower() not in _DETERMINERS:  # 'X released the following statement:' gives "X"
                src, s0 = subj[0], subj[1] - lo
                cue_start = _colon_cue_start(ctx.masked, inner, i)
        out.append(_make(ctx, src, s0 + lo, _Cue("colon", cue_start, i + 1), "colon"))
    return out


def _colon_cue_start(masked: str, inner, colon: int) -> int:
    """Where a colon cue whose clause holds a finite verb starts: at that verb ('X continued with an appeal to voters:
    "..."' has the cue "continued with an appeal to voters:", as annotators mark it), unless a sentence break or a
    semicolon stands between them (then the colon alone)."""
    start = inner.start() + len(inner.group()) - len(inner.group().lstrip())
    return colon if re.search(r"[.;!?]\s", masked[start:colon]) else start


_QUOTE_THEN_VERB = re.compile(
    r"\s+((?:he|she|they|it|(?-i:[A-Z][\w'\u2019.-]*\s+){0,3}(?-i:[A-Z])[\w'\u2019-]+|the\s+[a-z]+(?:\s+[a-z]+)?))"
    r"\s+(?:[a-z]+ly\s+)?((?-i:[a-z]){3,}ed(?:\s+(?:in|out|back|up)(?![\w-]))?|(?-i:[a-z]){3,}(?-i:[a-rt-z])s|(?-i:reads?)|"
    r"(?-i:went\s+on|cut\s+in))(?=\s*(?:[.,;!?]|$|(?:on|in|at|to|during|after|before|while)"
    r"(?![\w-])))",
    re.IGNORECASE)
"""'"...," the judge exclaimed.', '"...?" Hannity pressed.': after a quotation whose last mark inside is a comma, "!" or
"?", a subject and a past-tense verb that ends its clause report the quotation, whatever the verb (quotative verbs
are an open class: "surmised", "barked", "fumed"); so does "read(s)" after a document ('"...," the statement read.')."""
_NP_WORD = r"(?!(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|did|does|do|not|" \
           r"that|who|which|and|but|or|said|says|told|two|three|four|five|six|both|several|many|few|all|some)(?![\w'\u2019-]))(?-i:[\w'\u2019-]*[a-z0-9])(?<!ed)"
_QUOTE_THEN_CLAUSE = re.compile(
    r"\s+((?:an?|the|one|another|his|her|their|its|our|my)\s+(?:" + _NP_WORD + r"\s+){0,3}" + _NP_WORD +
    r"(?:\s+(?:in|on|of|at|for|from)\s+(?:the|an?|his|her|their|its|this)\s+(?:" + _NP_WORD + r"\s+)?" + _NP_WORD + r")?"
    r"|he|she|it|(?-i:[A-Z][\w'\u2019.-]*\s+){0,3}(?-i:[A-Z])[\w'\u2019-]+|(?P<plural>they|we))"
    r"\s+(?:(?-i:[a-z]+ly)\s+)?(?P<verb>(?-i:[a-z]){3,}ed(?=\s*(?:[.,;!?]|$|(?:on|in|at|during|after|before|while|and|"
    r"from|with)(?![\w-])))|(?-i:[a-z]{2,}[a-rt-z]s)(?=\s*(?:[.,;!?]|$))|(?(plural)(?-i:[a-z]{3,})|(?!))(?=\s*(?:[.,;!?]|$)))")
"""'"...," an angry Hollande retaliated.', '"...," a voice-over in the ad states.', '"...," they conclude.', '"...," Trump
barked and ...': the reporting clause after a quotation whose last mark inside is a comma, "!" or "?" with a longer
subject than :data:`_QUOTE_THEN_VERB` reads (a determiner, up to four words and one prepositional phrase; no
auxiliary, relative word or "-ed" word inside it, which would make it a clause, and no number or quantifier: '"...,"
the two leaders.' has no verb) and a verb of any kind: a past tense,
a present tense, a plural subject's base form ("they conclude", not "I mean"); a past tense at the end of its clause or before a
preposition or "and" (not "to": '"...," a website linked to'), the others at the end of the clause only."""
_QUOTE_THEN_READ = re.compile(
    r"\s+(reads?)\s+((?:the|a|an|his|her|its|their|one)\s+(?:[\w'\u2019.&-]+\s+){0,8}?[\w'\u2019&-]+)"
    r"(?=\s*(?:[.,;!?]|$|(?:which|that|who|sent|posted|released|published|signed)(?![\w-])))",
    re.IGNORECASE)
"""'"...," read the statement, which ...': "read(s)" and a noun phrase after a quotation whose last mark inside is a
comma, "!" or "?" (the inverted order of '"...," the statement read')."""
_NOT_SPEECH = frozenset({"needed", "used", "based", "called", "named", "titled", "entitled", "dubbed", "labeled",
                         "labelled", "published", "printed", "posted", "aired", "broadcast", "expected", "scheduled"})
"""Past participles that, after a quotation, name or place it rather than report a speaker ('"Hope," the film titled')."""


_VERB_THEN_QUOTE = re.compile(r"(?<![\w'\u2019-])((?-i:[a-z]){3,}ed)(?:\s+(?:back|up|out|in|over))?\s*,\s*$")
"""A past-tense verb and a comma right before a quotation ('Ms. Ruiz interjected, "..."'): the preposed order of
direct speech, whatever the verb (quotative verbs are an open class)."""
_VERB_THEN_SOURCE = re.compile(r"\s+((?-i:[a-z]){3,}ed)\s+(?=(?:the|a|an|his|her|their|its|one)\s|(?-i:[A-Z]))")
"""'"...," beamed a delegate from Ohio': after a quotation whose last mark inside is a comma, "!" or "?", a
past-tense verb and then its speaker (the inverted order of '"...," the delegate beamed')."""


_SOURCE_GOES_ON = re.compile(r"\s+(?:from|of|with)\s", re.IGNORECASE)
"""A postposed source that goes on with a place or a body ("a volunteer from the county office")."""
_SUBORDINATE = re.compile(rf"(?<![\w-])(?:{_SUBORDINATORS})\s*$", re.IGNORECASE)
"""A subordinator before a subject: the verb is in a fronted clause ("After the vote ended, ..."), not a report."""


def _preposed_unlisted(ctx: _Sentence, q0: int, taken: list) -> Attribution | None:
    """'X verbed, "Capitalised ...': a subject and an unlisted past-tense verb before a comma and a quotation that
    opens with a capital (a sentence of direct speech), or None."""
    mark = q0 - 1
    if not ctx.text[q0: q0 + 1].isupper() or mark < 1:
        return None
    v = _VERB_THEN_QUOTE.search(ctx.masked, max(0, mark - 60), mark)
    if v is None or v.group(1).lower() in _NOT_SPEECH or any(v.start() - _WINDOW < b <= mark for _, b in taken):
        return None
    lo = max(0, v.start() - _WINDOW)
    src, s0, how = _subject_phrase(ctx.masked[lo:v.start(1)], v.start(1) - lo)
    if not src or how not in ("subject", "chain") or _n_words(src) > _MAX_SOURCE_WORDS or \
            src.lower() in _IMPERSONAL or _SUBORDINATE.search(ctx.masked, max(0, lo + s0 - 20), lo + s0):
        return None
    return _make(ctx, src, s0 + lo, _Cue("unlisted", v.start(1), v.end(1)), "subject")


_VERB_MORE_THEN_QUOTE = re.compile(
    r"(?<![\w'\u2019-])(?:((?-i:[a-z]){3,}ed)\s+(?:over|to|at|from|across|into|toward|towards)\s+"
    r"(?:the|a|an|his|her|their|its)\s+(?-i:[a-z]{3,})|(?P<present>(?-i:[a-z]){3,}(?-i:[a-rt-z])s))\s*,\s*$")
"""'The senator called over her shoulder, "...', 'Roe continues, "...': the preposed order of direct speech that
:data:`_VERB_THEN_QUOTE` does not read: a past tense and a short prepositional phrase, or a present tense (issue
12al-q)."""
_DETERMINER_WORDS = frozenset("the a an this that these those his her their its our my some many all most".split())
_NAME_OR_PRONOUN = re.compile(r"(?:he|she|(?-i:[A-Z][\w'\u2019.-]*\s+){0,3}(?-i:[A-Z])[\w'\u2019-]+)", re.IGNORECASE)
"""The subject of a present-tense verb before a quotation: a name or "he"/"she" ('Roe continues, "...'), so that a
plural noun after a determiner ('The results, "...') is no verb."""


def _preposed_more(ctx: _Sentence, q0: int, taken: list) -> Attribution | None:
    """:data:`_VERB_MORE_THEN_QUOTE` before a quotation that opens with a capital, its subject a name or "he"/"she"
    for a present tense ('Roe continues, "..."'; not 'The results, "..."'), or None."""
    mark = q0 - 1
    if not ctx.text[q0: q0 + 1].isupper() or mark < 1:
        return None
    v = _VERB_MORE_THEN_QUOTE.search(ctx.masked, max(0, mark - 60), mark)
    if v is None or any(v.start() - _WINDOW < b <= mark for _, b in taken):
        return None
    g = 1 if v.group(1) else "present"
    if v.group(g).lower() in _NOT_SPEECH - {"called"}:  # ("called over her shoulder" is speech, not naming)
        return None
    lo = max(0, v.start(g) - _WINDOW)
    src, s0, how = _subject_phrase(ctx.masked[lo:v.start(g)], v.start(g) - lo)
    if not src or how not in ("subject", "chain") or _n_words(src) > _MAX_SOURCE_WORDS or \
            src.lower() in _IMPERSONAL or _SUBORDINATE.search(ctx.masked, max(0, lo + s0 - 20), lo + s0):
        return None
    if g == "present" and (src.split()[0].lower() in _DETERMINER_WORDS or not _NAME_OR_PRONOUN.fullmatch(src.strip())):
        return None
    return _make(ctx, src, s0 + lo, _Cue("unlisted", v.start(g), v.end(g)), "subject")


def _clause_after_quote(ctx: _Sentence, pos: int) -> Attribution | None:
    """:data:`_QUOTE_THEN_CLAUSE` at ``pos`` (right after a quotation's closing mark) as a direct attribution, or None
    (not a verb that names or places the quotation, "titled")."""
    c = _QUOTE_THEN_CLAUSE.match(ctx.masked, pos)
    if c is None or c.group("verb").lower() in _NOT_SPEECH:
        return None
    return _make(ctx, c.group(1), c.start(1), _Cue("unlisted", c.start("verb"), c.end("verb")), "inverted")


_ING_THEN_QUOTE = re.compile(r"(?:,|\s-{1,2}|(?<![\w-])(?:by|while|before|after))\s+(?:(?-i:[a-z]+ly)\s+)?"
                             r"((?-i:[a-z]{3,}ing))\s*,?\s*$")
"""', shouting "...', 'by interjecting, "...': an "-ing" verb after a comma, a dash or "by"/"while"/"before"/"after"
right before a quotation: a participle of speaking whatever the verb (shouting, mouthing, interjecting), its
content the quotation."""
_ING_NOUNS = frozenset("thing something nothing anything everything building meeting evening morning king ring spring "
                       "string wedding ceiling during hearing briefing ruling setting feeling wing sibling darling "
                       "offering being following heading headline opening ending bring sing including regarding "
                       "concerning excluding involving featuring citing according".split())
"""Words in "-ing" that are no participle of speaking ("a hearing", "the ruling", "during", "including")."""


def _participle_unlisted(ctx: _Sentence, q0: int, taken: list, found: list) -> Attribution | None:
    """'Protesters interrupted, shouting "We will not go!"': an unlisted participle right before a quotation
    (:data:`_ING_THEN_QUOTE`) of two or more words that ends with ".", "!" or "?" inside its marks (an utterance, not
    a word or a title) in a sentence with no other cue, the sentence's subject its source, or None."""
    mark = q0 - 1
    q1 = next(e for s, e in ctx.closed if s == q0)
    if _n_words(ctx.text[q0:q1]) < 2 or ctx.text[q0:q1].rstrip()[-1:] not in (".", "!", "?"):
        return None  # a word or a title ('by clicking "yes"', 'watching "Selma,"'), not an utterance
    v = _ING_THEN_QUOTE.search(ctx.masked, max(0, mark - 60), mark)
    if mark < 1 or v is None or v.group(1).lower() in _ING_NOUNS or any(v.start() - 10 < b <= mark for _, b in taken):
        return None
    if found:  # 'He tweeted ..., remarking, "...': the cue found first keeps its content
        return None
    cue = _Cue("unlisted", v.start(1), v.end(1))
    lead = _leading_subject(ctx, v.start())
    if not lead or lead[1] >= v.start() or _n_words(lead[0]) > _MAX_SOURCE_WORDS:
        return None
    return replace(_make(ctx, lead[0], lead[1], cue, "participle"), kind="direct")


def _inverted_unlisted(ctx: _Sentence, q0: int, q1: int) -> Attribution | None:
    """'"...," beamed a delegate': a past-tense verb right after a quotation of three or more words, then a postposed
    source that ends its clause, or None."""
    if _n_words(ctx.text[q0:q1]) < 3:
        return None
    v = _VERB_THEN_SOURCE.match(ctx.masked, q1 + 1)
    if v is None or v.group(1).lower() in _NOT_SPEECH:
        return None
    src, s0 = _after_phrase(ctx.masked, v.end())
    if not src or not _POSTPOSED_SOURCE.match(src) or _FINITE.search(src) or not (
            _CLAUSE_END.match(ctx.masked, s0 + len(src)) or _SOURCE_GOES_ON.match(ctx.masked, s0 + len(src))):
        return None
    return _make(ctx, src, s0, _Cue("unlisted", v.start(1), v.end(1)), "inverted")


def _reporting_verb(masked: str, pos: int):
    """:data:`_QUOTE_THEN_VERB` at ``pos`` (the subject and the verb after a quotation), or None: not a verb that
    names or places the quotation ("titled"), and a present tense only after a name or "he"/"she"/"it" and at the
    end of its clause ('"...," he mocks.'; not 'the two leaders.', 'Clinton fixates on the line')."""
    v = _QUOTE_THEN_VERB.match(masked, pos)
    if v is None or v.group(2).lower() in _NOT_SPEECH:
        return None
    if v.group(2)[-1] == "s" and not v.group(2).startswith("read") and (
            v.group(1).split()[0].lower() in ("the", "they") or not re.match(r"\s*(?:[.,;!?]|$)", masked[v.end():])):
        return None
    return v


def _cut_clause_unlisted(ctx: _Sentence, lead: int) -> Attribution | None:
    """The reporting clause of :func:`cut_reporting_clause` that :data:`_QUOTE_THEN_VERB` does not read: a longer
    subject and its verb ('an angry Hollande retaliated.', :data:`_QUOTE_THEN_CLAUSE`) or a past-tense verb and its
    postposed speaker ('reacted Trump.', 'beamed Ann Roe, who ...'), or None."""
    head = " " + ctx.masked[lead:]
    c = _QUOTE_THEN_CLAUSE.match(head)
    if c is not None and c.group("verb").lower() not in _NOT_SPEECH:
        cue = _Cue("unlisted", lead + c.start("verb") - 1, lead + c.end("verb") - 1)
        return replace(_make(ctx, c.group(1), lead + c.start(1) - 1, cue, "inverted"), kind="direct")
    v = _VERB_THEN_SOURCE.match(head)
    if v is None or v.group(1).lower() in _NOT_SPEECH:
        return None
    src, s0 = _after_phrase(ctx.masked, lead + v.end() - 1)
    if not src or not _POSTPOSED_SOURCE.match(src) or _FINITE.search(src) or not (
            _CLAUSE_END.match(ctx.masked, s0 + len(src)) or _SOURCE_GOES_ON.match(ctx.masked, s0 + len(src))):
        return None
    cue = _Cue("unlisted", lead + v.start(1) - 1, lead + v.end(1) - 1)
    return replace(_make(ctx, src, s0, cue, "inverted"), kind="direct")


def cut_reporting_clause(sentence: str, min_quote_words: int = 4) -> Attribution | None:
    """The reporting clause that opens a sentence cut off its quotation ('"... results?" | Hannity pressed.').

    A sentence splitter ends a sentence at a quotation closed after "?" or "!"; the next sentence then opens with
    the quotation's speaker and a verb of any kind ('she mocks.', 'Hannity pressed.', 'he went on.'), which
    :func:`find_attributions` reads only when the quotation stands in the same sentence. The caller decides that
    the previous sentence ends with such a quotation.

    Parameters
    ----------
    sentence : str
        The sentence after the quotation.
    min_quote_words : int
        As in :func:`find_attributions`.

    Returns
    -------
    Attribution or None
        A direct attribution (pattern ``"inverted"``, entry ``"unlisted"``) when the sentence opens with a subject
        and a past-tense verb, a present tense, "went on" or "cut in" that ends its clause; else None.
    """
    ctx = _Sentence(sentence, min_quote_words)
    lead = len(sentence) - len(sentence.lstrip())
    v = _reporting_verb(" " + ctx.masked[lead:], 0)
    if v is None:
        return _cut_clause_unlisted(ctx, lead)
    s0, c0, c1 = lead + v.start(1) - 1, lead + v.start(2) - 1, lead + v.end(2) - 1
    return replace(_make(ctx, v.group(1), s0, _Cue("unlisted", c0, c1), "inverted"), kind="direct")


_ASKED_THEN_QUOTE = re.compile(r"\s*[,:]?\s*\"")


def _quoted_question(ctx: _Sentence, end: int) -> bool:
    """Whether a quoted question follows "asked" ('was asked, "What is the most dangerous place?"'): the question is
    the attribution's content, a direct quotation."""
    m = _ASKED_THEN_QUOTE.match(ctx.masked, end)
    q = None if m is None else next(((a, b) for a, b in ctx.closed if a == m.end()), None)
    return q is not None and ctx.text[q[0]:q[1]].rstrip(" ,").endswith("?")


def _extra_cues(ctx: _Sentence, found: list) -> list[Attribution]:
    """Questions put to the speaker ("Asked whether ..."), speaker labels ("SMITH: ...") and a quotation followed by
    its speaker and an unlisted past-tense verb ('"...," he surmised.')."""
    out = []
    masked, sentence = ctx.masked, ctx.text
    taken = [(a.verb_start, a.verb_end) for a in found]
    for s in asked_cue(masked):
        if not any(a <= s < b for a, b in taken):
            out.append(Attribution("", -1, -1, sentence[s:s + 5], "ask", s, s + 5, "asked",
                                   "direct" if _quoted_question(ctx, s + 5) else "reported"))
    for q0, q1 in ctx.closed:
        if sentence[q1 - 1: q1] not in (",", "!", "?") or any(q1 < a <= q1 + 80 for a, _ in taken):
            continue
        after = q1 + 2 if masked[q1: q1 + 2] == ' "' else q1 + 1  # after the closing mark ('' is folded to ' "')
        v = _reporting_verb(masked, after)
        if v is not None:
            out.append(_make(ctx, v.group(1), v.start(1), _Cue("unlisted", v.start(2), v.end(2)), "inverted"))
        r = None if v is not None else _QUOTE_THEN_READ.match(masked, after)
        if r is not None:
            out.append(_make(ctx, r.group(2), r.start(2), _Cue("unlisted", r.start(1), r.end(1)), "inverted"))
        elif v is None:
            inv = _inverted_unlisted(ctx, q0, q1)
            if inv is None and _n_words(sentence[q0:q1]) >= 3:  # not after a scare quote ('"sequestration," the term')
                inv = _clause_after_quote(ctx, after)
            if inv is not None:
                out.append(inv)
    for q0, _ in ctx.closed:
        pre = _preposed_unlisted(ctx, q0, taken) or _preposed_more(ctx, q0, taken) or _participle_unlisted(
            ctx, q0, taken, found + out)
        if pre is not None:
            out.append(pre)
    label = speaker_label(masked, sentence)
    if label is not None and not any(a < label[2] for a, _ in taken):
        a, b, colon = label
        out.append(_make(ctx, masked[a:b], a, _Cue("colon", colon, colon + 1), "label"))
    return out


_CLAUSE_OPENER = frozenset("the a an that this these those he she it they we i you his her their its our my there "
                           "some many most if how what why when whether".split())
"""Lower-case words that open the reported clause after a recipient ("told Fox News the plan was dead")."""
_OPENER_KEPT_AFTER = frozenset("of for at in on to from with".split())
"""A determiner after these still belongs to the recipient ("told members of the committee ...")."""


def _recipient(ctx: _Sentence, m) -> str:
    if m.entry not in ("tell", "inform"):
        return ""
    rec, r0 = _after_phrase(ctx.masked[m.end: m.end + _WINDOW], 0)
    if not rec:
        return ""
    words = list(re.finditer(r"\S+", rec))
    for prev, w in zip(words, words[1:]):  # the object ends where a clause without "that" begins
        if w.group() in _CLAUSE_OPENER and prev.group().lower() not in _OPENER_KEPT_AFTER:
            rec = rec[:prev.end()]
            break
    return ctx.text[m.end + r0: m.end + r0 + len(rec)]


def _position_row(ctx: _Sentence, position: PositionLexicon, hit: tuple) -> Attribution:
    """The row of a position cue, always ``reported`` (a plan, a view or a finding, not a quotation of words):
    pattern ``frame`` for a prepositional frame ("In a new poll, ..."), else ``subject``."""
    src, s0, entry, a, b, cell = hit
    row = _make(ctx, src, s0, _Cue(f"{entry}:{cell}" if position.study else entry, a, b),
                "frame" if position.entries[entry].get("frame") else "subject")
    return replace(row, kind="reported")


_TRAILING_PRONOUN = re.compile(r"(?s)(.*?\S)\s+((?-i:he|she|they|we|it|I))")
"""A source span that ends with a personal pronoun after other words ("a series of new emails he", "Wednesday he",
"something he", "Does she"): the pronoun is the subject of the cue, the words before it are not the speaker (issue
12av-p)."""
_COORDINATED_PRONOUN = re.compile(r"(?:(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){1,4}|(?:the|my|his|her|our|their|your)\s+"
                                  r"(?:[\w.'\u2019-]+\s+){1,2})(?-i:and|or)\s+(?:he|she|they|we|it|I)", re.IGNORECASE)
""""Ann Lee and I", "Cole and he", "My wife and I", "The mayor and I": a name or a noun phrase coordinated with a
pronoun is one subject of two people; kept whole (the noun phrase: review r12av). A capitalised "And" starts a new
sentence ("... Moore. And he said"): no coordination."""
_NUMBERED_I = re.compile(r"(?:War|Phase|Title|Type|Stage|Class|Part|Chapter|Level|Article|Section|Division|Book|"
                         r"Volume|Series|Act)\s+I$")
""""World War I", "Title I", "Phase I": a Roman numeral after a numbered noun, not the pronoun (review r12av)."""


def _make(ctx: _Sentence, src: str, s0: int, m, pattern: str) -> Attribution:
    sentence = ctx.text
    tail = _TRAILING_PRONOUN.fullmatch(src) if pattern != "inverted" else None
    if tail is not None and not _COORDINATED_PRONOUN.fullmatch(src) and not _NUMBERED_I.search(src):
        s0, src = s0 + tail.start(2), tail.group(2)
    src_text = sentence[s0: s0 + len(src)]
    a, b = min(s0, m.start), max(s0 + len(src), m.end)
    return Attribution(
        source=src_text, source_start=s0, source_end=s0 + len(src), verb=sentence[m.start:m.end],
        verb_entry=m.entry, verb_start=m.start, verb_end=m.end, pattern=pattern,
        kind=ctx.kind(a, b), recipient=_recipient(ctx, m),
    )
