"""Source spans that cannot be a speaker, and the speaker the sentence gives instead (issue 12am-p).

The attribution rules cut a source span next to each cue. Some spans they cut are no speaker: a closing quotation
mark run into a pronoun (``\u2019 he``) or a mark alone before an inverted cue ("..., ' said one official"), a name
glued to a possessive by link typography ("The Daily'sAnn Roe"), a cleft ("it was Ann Roe who"), the second of two
coordinated verbs ("He implied or outright said" -> "or outright"), a title cut at its full stop ("Vermont Sen" |
". Ann Roe"), a party-state tag ("D-Ohio)"; round 12dd2: also "R., S.C.)", a state alone, "S.C.)", and a tag before an apposition,
"(S.C.), the party's whip") and a fronted adjunct before a pronoun subject ("In February he").
:func:`repair_sources` recognises these forms of English and puts in the span's place the speaker the sentence
gives (the pronoun, the name after the verb or a title quoted after "according to", the name after the possessive
or the title, the name before the bracket with its tag, the cleft's subject with its "who", the first verb's
subject; issue 12bh-r: the subject written before a bracketed aside whose tail the rules cut, "The World Health
Organization (WHO) | has warned", "Kaine (who barely knows her) | referred to"; round 12bs-b: a span that opens
inside a bracket begun before it, an outlet's dateline "Washington (CNN) | Ann Roe said", a list number "3) | Ann Roe",
"Ann Lee (D) | of Ohio said", "the agency (DHS) | officials say"; round 12bw-e3: a span that is only an expletive
contraction, "It's | a big if, but ..., emphasizing", names no speaker). When it gives none (a mark alone
with no speaker after the verb, a coordinator with no first verb's subject), the span is dropped (``source`` "", ``source_start`` -1): the attribution stays, with
an empty source, ``identity`` "unnamed" and ``role`` "", and is left out of the role shares, which is better than the
role of a fragment. No names, outlets or topics are used.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .attribution import Attribution
from .attribution_phrases import _EXPLETIVE, _subject_phrase

__all__ = ["repair_sources", "repair_span", "unread_speaker"]

_MARK = "\"'\u2018\u2019\u201c\u201d`"
_MARKS = re.compile(f"^[{_MARK}]+\\s+(?=\\w)")
"""A closing quotation mark and a space opening a span ('\u2019 he' -> 'he'); not a contraction ('\u2019s')."""
_ONLY_MARKS = re.compile(f"[\\s{_MARK}]+")
_LEAD_DASH = re.compile("^(?:[\u2014\u2013\u2015]|-{1,2})\\s*(?=(?-i:[A-Z]))")
"""A dash opening a span before a capitalised word ('said \u2014Paul Ryan', '-- Ann Roe, a senator, said'): the dash of a
signature or an aside, not part of the speaker's name."""
_CONTRACTED = re.compile(r"((?i:he|she|they|we|I))['\u2019](?i:s|d|ll|ve|re|m)")
"""A subject pronoun with a contracted auxiliary as the whole span ("he's said", "they\u2019ve asked", round 12bo-k):
the span is the pronoun, so that it is typed and resolved as one. Not "it's" and "you'd", mostly impersonal or
generic ("it's expected that", "you'd think"): a span that is only "it's", "that's" or "there's" names no speaker and
is dropped (``attribution_phrases._EXPLETIVE``, round 12bw-e3)."""
_DAYS_MONTHS = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
                r"July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_TIME_NOUNS = (r"(?:week|weeks|month|months|year|years|day|days|time|morning|afternoon|evening|night|weekend|"
               r"spring|summer|fall|autumn|winter|season|term|session|decade|century)")
_FRONTED = re.compile(
    r"(?:In(?!\s+(?:order|case|addition\s+to)\b)|On|At(?!\s+(?:least|most)\b)|During|After|Before|Since|Following|Speaking|Asked|Writing|Appearing|Earlier|"
    r"Later|Yesterday|Today(?![\'\u2019])|(?:Last|This|Next|Earlier\s+this|Later\s+that)\s+" + _TIME_NOUNS +
    r"(?![\'\u2019]))\b")
"""A fronted adjunct that opens a source span written without its comma ("Last week Trump", "In June Mr Trump")."""
_TITLE_WORD = re.compile(r"(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|Sens|Reps)\.?$")
_DETERMINERS = frozenset(("the", "a", "an", "his", "her", "their", "its", "our"))
_PREPOSITIONS = frozenset(("in", "at", "on", "of", "from", "with", "for", "to", "by", "about", "into", "over", "under",
                           "near", "after", "before", "during", "since", "following", "speaking", "asked", "writing",
                           "appearing", "across", "inside", "outside", "through", "between", "among", "around"))
_OPENERS_OF_NAMES = frozenset(("de", "da", "di", "del", "della", "van", "von", "der", "den", "du", "le", "la", "al",
                               "bin", "ibn", "former", "then", "acting", "late", "retired", "outgoing", "incoming",
                               "interim", "disgraced", "embattled"))
"""Lower-case words that belong to the name or title after them ("de Blasio", "former Tory MP Ann Roe")."""
_TIME_NOUN = re.compile(_TIME_NOUNS + r"$", re.IGNORECASE)
_WH_WORDS = frozenset(("why", "whether", "if", "how", "what", "when", "where", "who", "whom", "which"))
_NAME_JOINERS = _OPENERS_OF_NAMES | {"of", "and", "the"}
"""Lower-case words a name after a fronted adjunct may hold ("Ann de Vries", "Bank of Norland")."""
_TIME_WORD = re.compile(_DAYS_MONTHS + r"$|" + _TIME_NOUNS + r"$|(?:1[89]|20)\d\d$|(?:yesterday|today|tonight|"
                        r"earlier|later|ago|recently)$", re.IGNORECASE)


def _fronted_subject(src: str) -> int:
    """Offset in ``src`` of the subject after a fronted adjunct written without its comma ("Last week Trump" -> 5 of
    "Trump"; "On Tuesday the ministry" -> "the ministry"; "In June Mr Trump" -> "Mr Trump"), or 0 to keep the span:
    the earliest word after the first that is a title, a determiner not right after a preposition, a capitalised
    word after a lower-case word that is no preposition, determiner or possessive, or any word after a time word
    that does not modify a noun (not "a 2015 analysis", "an earlier video"); weekdays, months and numbers (a date's
    day or year) are never the subject, nor a time noun after a time word ("Sunday night"); a name particle or a
    word such as "former" before the subject's first word opens it ("de Blasio", "former Tory MP ..."); "In order
    to", "In case" and "In addition to" open no adjunct, and a span with a dash inside is kept whole. A subject that
    would hold a preposition other than "of" keeps the span whole. Round 12bo-s: a subject opened only by a capital
    after a lower-case word must be a name (no lower-case word but a particle, "of", "and" or "the": not "Facebook
    message" in "In a lengthy Facebook message"); a determiner before a time noun ("the other night", "the next
    day") is part of the adjunct; a wh-word before the subject ("Asked Monday why federal authorities ...") keeps
    the span whole."""
    if "," in src or "\u2014" in src or " -- " in src or not _FRONTED.match(src):
        return 0
    words = [(m.group(), m.start()) for m in re.finditer(r"\S+", src)]
    timely = {k + j for k in range(len(words)) for j in (1, 2) if k + j < len(words)
              and words[k][0].lower() in _DETERMINERS | {"that", "this"} and _TIME_NOUN.match(words[k + j][0])}
    for k in range(1, len(words)):
        w, at = words[k]
        prev = words[k - 1][0]
        if w.lower() in _WH_WORDS:  # "Asked Monday why federal authorities ...": the speaker stands elsewhere
            return 0
        if re.fullmatch(_DAYS_MONTHS, w) or w[:1] in "\"'(\u201c\u2018" or re.fullmatch(r"\d[\d,.]*(?:st|nd|rd|th)?", w) \
                or (_TIME_WORD.match(w) and _TIME_WORD.match(prev)):
            continue  # a date's day, month or year is part of the adjunct ("In late July 1974 the Supreme Court")
        if w.lower() in _DETERMINERS and (k + 1 in timely or k + 2 in timely):
            continue  # "the other night", "the next day": a time phrase, part of the adjunct
        low_prev = prev.lower().strip(".")
        before = words[k - 2][0].lower() if k > 1 else ""
        possessive = prev.endswith(("'s", "\u2019s"))
        after_time = _TIME_WORD.match(prev) or (k - 1 in timely)
        capital = (w[:1].isupper() and prev[:1].islower() and not possessive
                   and low_prev not in _PREPOSITIONS | _DETERMINERS)
        if _TITLE_WORD.match(w) or (w.lower() in _DETERMINERS and low_prev not in _PREPOSITIONS) or capital or (
                after_time and before not in _DETERMINERS and not before.endswith(("'s", "\u2019s"))):
            if k > 1 and prev.lower() in _OPENERS_OF_NAMES:  # "de Blasio", "former Tory MP Ann Roe"
                at = words[k - 1][1]
            rest = src[at:].split()
            if any(x.lower() in _PREPOSITIONS - {"of"} for x in rest[1:]) or len(rest) > 8:
                return 0
            if capital and not _TITLE_WORD.match(w) and not (after_time and before not in _DETERMINERS) and any(
                    x[:1].islower() and x not in _NAME_JOINERS for x in rest):
                return 0  # "In a lengthy Facebook message": a capital after an adjective opens no name
            return at
    return 0


_AFTER_VERB = re.compile(
    r"\s+((?:(?:a|an|the|one|two|three|some|several)\s+|(?=(?-i:[A-Z])))(?:[\w.'\u2019-]+\s+){0,5}?[\w'\u2019-]*\w)"
    r"(?=\s*(?:[,;\[(]|\.?\s*$))",
    re.IGNORECASE,
)
"""The speaker written after the verb ('..., \u2019 said one security official.'): a name or a determiner and up to
six words, closed by a comma, a full stop or the sentence's end."""
_TITLE_END = re.compile(r"(?<![\w.])(?:Rep|Sen|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Dr|Prof|Rev|Sec|Amb|Atty|Cmdr)$")
_TITLE_NAME = re.compile(r"\.\s+((?-i:[A-Z])[\w'\u2019-]*(?:\s+(?:(?-i:[A-Z])\.|(?-i:[A-Z])[\w'\u2019-]+)){0,3})")
"""A span cut at a title's full stop ('Vermont Sen' | '. Ann Roe said'): the name after the stop completes it."""
_LINK_WORD = re.compile(r"[a-z]{4,}[A-Z]|[A-Z]{2,}$")
"""A word of link text run into a name ("RoeCity", "MORE"); not a name such as "McCain"."""
_LEAD_WORD = re.compile(r"(?:But|And|When|While|As|If|So|Yet|Then|Also|Now|Still)\s+")
_PARTY_TAG = re.compile(
    r"\(?(?:(?-i:[RDI])(?:-|\.,\s*)[\w .]{1,20}|(?-i:[A-Z])[a-z]{0,4}\.(?:\s?(?-i:[A-Z])[a-z]{0,4}\.)?)\)")
_BEFORE_TAG = re.compile(r"((?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?:(?-i:[A-Z])[\w.'\u2019-]*|de|van|von|al)){0,5})\s*\(\s*$")
"""A span that is only a party-state tag ('R-Ohio)'; round 12dd2: also the forms 'R., S.C.)' and a state alone,
'S.C.)', 'Calif.)'): the name written before its bracket is the speaker; the span becomes the name and its tag."""
_DASH_TAG = re.compile(r"\(?(?-i:[RDI])-[\w .]{1,20}\)")
"""The party-state tag written with a hyphen ('R-Ohio)'), which :func:`_before_bracket` leaves to the tag rule."""
_TAG_APPOSITION = re.compile(r"\s*,\s+(?-i:[a-z])")
"""Round 12dd2: what follows a party-state tag that opens an apposition ("R-S.C.), the party's whip")."""
_ADJUNCT_PRONOUN = re.compile(
    r"(?:(?:and|but|so|yet)\s+)?(?:in|on|at|during|after|before|since|until|last|this|earlier|later|then|by)\s+"
    r"(?:(?!(?:is|are|was|were|has|have|had|who|which|that)\s)[\w'\u2019.-]+\s+){0,6}?(he|she|they|we|I)",
    re.IGNORECASE,
)
"""A fronted adjunct opening the sentence and the pronoun subject after it ('In February he', 'On Monday she',
'In it they'): the pronoun is the speaker."""
_SENTENCE_OPENING = re.compile(f"[\\s{_MARK}]*(?:(?:and|but|so|yet|earlier|later|then)\\s+)?", re.IGNORECASE)
"""What may stand before such an adjunct: the sentence's start, an opening mark, a coordinator or a time adverb."""
_GLUED = re.compile("^(?:\\S+\\s+){0,5}?\\S*[a-z]['\u2019]s(?=(?-i:[A-Z][a-z]))")
"""A possessive run into the next capitalised word with no space ("The Daily'sAnn Roe"): link text glued to its
owner; the speaker is the name after it."""
_CLEFT = re.compile(r"it\s+(?:was|is|had\s+been|has\s+been)\s+([^,]+?)\s*(?:,.*?)?\s+(?:who|that)", re.IGNORECASE)
"""A cleft subject: "it was Ann Roe who (encouraged ...)" -> "Ann Roe who" (the relative stays: it is the subject
of the cue, and corpora such as PolNeAR mark it as the source)."""
_QUOTED_TITLE = re.compile("(?:''|``|[\"\u201c\u2018'])(\\S[^\"\u201c\u201d]{0,150}?\\S),?(?:''|[\"\u201d\u2019'])")
"""A quoted title as the source after the cue ('according to "Double Down," the book ...'): the title."""
_COORDINATED = re.compile(
    r"(?:or|and|but|nor)(?:\s+(?:outright|then|else|also|even|later|again|sometimes|"
    r"(?-i:[a-z]+ly))){0,2}",
    re.IGNORECASE,
)
"""A span that is only a coordinator and adverbs: the second of two coordinated verbs ("He implied or outright
said")."""
_GAP = re.compile(r"\s*")
_BRACKET_NUMBER = re.compile(r"[\d.,%\s]*")
"""A bracket holding only a figure ("Nearly three in four adults (73%) say"): a poll share, left as it is."""
_BRACKET_WORDS = 12
"""At most this many words inside a bracket read as an aside between a subject and its verb."""
_SHORT_BRACKET = 3
"""A bracket of at most this many words (an acronym, a party or state tag) stays in the span after its name, as a
party-state tag does; a longer aside ("(who ran in 2010)") is left out of it."""
_PREPOSITION_OPENING = re.compile(
    r"(?:in|on|at|during|after|before|since|by|for|from|with|of|under|over|through|until|amid)(?![\w'\u2019-])",
    re.IGNORECASE,
)
"""A subject phrase opening with a preposition ("In June 2014 the agency (AG)"): an adjunct was not cut off."""


def repair_span(sent: str, a: Attribution, found: list[Attribution]) -> tuple[str, int]:
    """The source span of one attribution, repaired (``(source, source_start)``; ``("", -1)`` when dropped).

    Parameters
    ----------
    sent : str
        The sentence.
    a : Attribution
        The attribution, as :func:`helpers.measures.attribution.find_attributions` returned it.
    found : list of Attribution
        All attributions of the sentence (the first of two coordinated verbs lends its subject).

    Returns
    -------
    tuple of (str, int)
        The span and its offset; unchanged when the span is not one of the forms of this module.
    """
    src, start = a.source, a.source_start
    if not src or start < 0:
        return src, start
    m = _LEAD_DASH.match(src)
    if m:  # "\u2014Paul Ryan": the name after the dash
        src, start = src[m.end() :], start + m.end()
    cut = _fronted_subject(src)
    if cut:  # "Last week Trump", "In June Mr Trump": the subject after a fronted adjunct without its comma
        src, start = src[cut:], start + cut
    m = _CONTRACTED.fullmatch(src)
    if m:  # "he's said", "they've asked": the pronoun, resolved as any other
        return m.group(1), start
    if _EXPLETIVE.fullmatch(src.strip()):  # round 12bw-e3: "It's a big if, but ..., emphasizing": no speaker named
        return "", -1
    if _ONLY_MARKS.fullmatch(src):  # "..., ' said one official.": the speaker after the verb, or none
        if a.verb_start > start:
            m = _AFTER_VERB.match(sent, a.verb_end)
        else:  # 'according to | "Double Down," the book': the quoted title
            m = _QUOTED_TITLE.match(sent, start)
        return (m.group(1), m.start(1)) if m else ("", -1)
    m = _MARKS.match(src)
    if m:  # "' he": the quotation closed before the reporting clause
        return src[m.end() :], start + m.end()
    m = _GLUED.match(src)
    if m:  # "The Daily'sAnn Roe"
        return src[m.end() :], start + m.end()
    end = start + len(src.rstrip())
    m = _CLEFT.fullmatch(src.strip())
    if m:  # "it was Ann Roe who"
        at = start + len(src) - len(src.lstrip()) + m.start(1)
        return sent[at:end], at
    if _COORDINATED.fullmatch(src.strip()):  # "He implied or outright said": the first verb's subject
        for b in found:
            if (
                b is not a
                and b.source
                and b.source_start >= 0
                and b.verb_end <= start
                and _GAP.fullmatch(sent[b.verb_end : start])
            ):
                return b.source, b.source_start
        return "", -1
    end = start + len(src)
    if _TITLE_END.search(src):  # "Vermont Sen" | ". Ann Roe": the name after the title's stop
        m = _TITLE_NAME.match(sent, end)
        if m:
            return sent[start : _name_end(m.group(1), m.start(1))], start
    tag = _PARTY_TAG.match(src.strip())
    if tag and (tag.end() == len(src.strip()) or _TAG_APPOSITION.match(src.strip(), tag.end())):
        at = _name_before_bracket(sent, start)  # "Rep. Ann Roe (R-Ohio)": the name before the bracket
        if at >= 0:  # round 12dd2: with the apposition after the tag ("(R-S.C.), the party's whip")
            return sent[at:end], at
    opened = _opened_before(sent, src, start, a)
    if opened is not None:  # "(CNN) | Ann Roe said", "Sen. Ann Lee (D) | of Ohio said", "the agency (DHS) | officials"
        return opened
    before = _before_bracket(sent, src, start, a.verb_start)
    if before is not None:  # "The World Health Organization (WHO) | has warned": the name before the bracket
        return before
    if _SENTENCE_OPENING.fullmatch(sent[:start]) and a.verb_start >= end:
        m = _ADJUNCT_PRONOUN.fullmatch(src.strip())
        if m:  # "In February he | declared": the pronoun after a fronted adjunct
            lead = len(src) - len(src.lstrip())
            return m.group(1), start + lead + m.start(1)
    return src, start


def _before_bracket(sent: str, src: str, start: int, verb_start: int) -> tuple[str, int] | None:
    """A span that is the end of a bracketed aside right before its verb (issue 12bh-r): the subject written before
    the bracket.

    English puts an aside in brackets between a subject and its verb ("The World Health Organization (WHO) has
    warned", "State Rep. Ann Lowe (D) said", "Kaine (who barely knows her) referred to"); the attribution rules
    cut the span at the opening bracket, so it holds the aside's tail ("WHO)", "D)", ")"). The aside is never the
    speaker: the noun phrase before the bracket is, found as any subject is (:func:`_subject_phrase`). A short
    bracket (an acronym, a party or state tag) stays in the span after the name, as a party-state tag does; a
    longer one is left out. None when the span is no such tail, when the bracket holds only a figure (a poll share,
    "(73%)"), when it opens the sentence ("(CNN) -- ...") or when no subject stands before it. Restricted once after
    the first read of the AllSides population: a party-state tag is left to the rules written for it, a bracket must
    follow a space ("Section 793(f)" is no aside), and the subject found must not follow a comma (the end of an
    apposition, whose subject is the name before it), open with a preposition ("In June 2014 the ..."), hold another
    bracket, or hold a word of link text.
    """
    tail = src.rstrip()
    if not tail.endswith(")") or "(" in tail or verb_start < start + len(tail) or _DASH_TAG.fullmatch(tail):
        return None  # a party-state tag is left to its own rules (above, and attribution_furniture's link cards)
    close = start + len(tail) - 1
    opening = sent.rfind("(", max(0, start - 200), start)
    if opening < 1 or ")" in sent[opening + 1 : start] or not sent[opening - 1].isspace():
        return None  # no bracket, or one glued to a word ("Section 793(f)"): no aside
    inner = sent[opening + 1 : close]
    if _BRACKET_NUMBER.fullmatch(inner) or len(inner.split()) > _BRACKET_WORDS:
        return None
    phrase, at, how = _subject_phrase(sent, opening)
    if not phrase or how != "subject" or at < 0 or at >= opening:
        return None
    if (
        sent[:at].rstrip().endswith(",")  # "Sen. Ann Lee (R), a physician ... Gov. Max Poe (R), said": an apposition
        or "(" in phrase
        or ")" in phrase  # "Acme (ACM.DE) and Bolt (BLT.DE)": another bracket inside the subject
        or _PREPOSITION_OPENING.match(phrase)
        or any(_LINK_WORD.search(w) for w in phrase.split())  # link text glued into the subject ("... MORE")
    ):
        return None
    if len(inner.split()) <= _SHORT_BRACKET:
        return sent[at : close + 1], at
    return phrase, at


_DATELINE = re.compile(r"[\s\"'\u201c\u2018]*(?:(?-i:[A-Z])[\w.'\u2019-]*,?\s*){0,3}")
"""What may stand before a bracket that opens the sentence: nothing, or a dateline of at most three capitalised words
("Washington (CNN)", "NEW YORK (AP)")."""
_AFTER_OPENING = re.compile("\\s*(?:[\u2014\u2013\u2015]|-{1,2})?\\s*")
_NEW_SUBJECT = re.compile("[\"\u201c]?(?-i:[A-Z0-9])")
"""The start of a subject after a dateline's bracket: a capital letter or a figure."""
_LIST_NUMBER = re.compile(r"[\s\"'\u201c\u2018]*\(?(?:\d{1,2}|[a-z])")
"""A list number or letter opening the sentence, before its closing bracket ("3)", "(b)")."""
_LETTER_OF = re.compile(r"(?-i:[RDI])\)\s+of\s+(?-i:[A-Z])")
"""A party letter in brackets followed by the member's state or district ("Sen. Ann Lee (D) of Ohio")."""
_ACRONYM_TAIL = re.compile(r"(?-i:[A-Z][A-Z0-9&]{1,9})\)\s+(?=[\w\u2019'])")
"""The tail of a one-word acronym bracket and the words after it ("DHS) officials", "FDA) Commissioner Ann Lee")."""


def _opened_before(sent: str, src: str, start: int, a: Attribution) -> tuple[str, int] | None:
    """A span that opens inside a bracket begun before it (round 12bs-b): the speaker the sentence gives.

    Three forms of news typography, each recognised by the bracket's place and content, never by a name:

    - a bracket that opens the sentence, alone or after a dateline of at most three capitalised words ("(CNN) --
      Ann Roe said", "Washington (CNN) Ann Roe said", "(1) Ann Roe said", "3) Ann Roe said"): the outlet or the
      list number is no part of the subject; the span starts after the bracket and a dash after it, where a
      capital letter or a figure opens the rest (so "Ann Lee (D) | of Ohio" and "Ann Lee (R) | , a senator" are
      left to the other forms);
    - a party letter in brackets followed by "of" a place ("Sen. Ann Lee (D) of Ohio said"): the name before the
      bracket is the speaker; the span becomes the name, the bracket and the place, as a party-state tag's does;
    - the tail of a one-word acronym bracket followed by the subject's head ("the Department of Health (DOH)
      officials say", "the Drug Agency (DA) Commissioner Ann Lee said"): the subject written before the bracket,
      found as any subject is and with the guards of :func:`_before_bracket`, starts the span.

    None when the span is none of these (a bracket closed inside the span, as in "Ann Lee (D-Ohio)", is left to the
    other rules).
    """
    close = src.find(")")
    if close < 0 or "(" in src[:close]:
        return None
    end = start + len(src.rstrip())
    if _LIST_NUMBER.fullmatch(sent[: start + close]):  # "3) The mayor said": a list number opening the sentence
        return _subject_after(sent, start + close + 1, end)
    opening = sent.rfind("(", max(0, start - 200), start)
    if opening < 0 or ")" in sent[opening + 1 : start]:
        return None
    inner = sent[opening + 1 : start + close]
    if len(inner.split()) <= _SHORT_BRACKET and _DATELINE.fullmatch(sent[:opening]):
        after = _subject_after(sent, start + close + 1, end)  # not "Ann Lee (D) | of Ohio", "Ann Lee (D) | , a ..."
        if after is not None:
            return after
    if not sent[opening + 1 : start].strip() and opening > 0 and sent[opening - 1].isspace():
        if _LETTER_OF.match(src):
            at = _name_before_bracket(sent, opening + 1)
            return (sent[at:end], at) if at >= 0 else None
        if _ACRONYM_TAIL.match(src) and a.verb_start >= end:
            phrase, at, how = _subject_phrase(sent, opening)
            if (
                phrase
                and how == "subject"
                and 0 <= at < opening
                and not sent[:at].rstrip().endswith(",")
                and "(" not in phrase
                and ")" not in phrase
                and not _PREPOSITION_OPENING.match(phrase)
                and not any(_LINK_WORD.search(w) for w in phrase.split())
            ):
                return sent[at:end], at
    return None


def _subject_after(sent: str, rest: int, end: int) -> tuple[str, int] | None:
    """The span from ``rest`` (after a closing bracket and a dash) to ``end`` when a capital letter or a figure opens
    it (a new subject), else None."""
    rest = _AFTER_OPENING.match(sent, rest).end()
    return (sent[rest:end], rest) if rest < end and _NEW_SUBJECT.match(sent, rest) else None


def _name_before_bracket(sent: str, upto: int) -> int:
    """Where the name written right before the bracket that ends at ``upto`` starts ("Rep. Ann Roe (" -> "Ann Roe"
    with its title; a leading "But", "And" ... left out), or -1 when there is none or it holds link text."""
    m = _BEFORE_TAG.search(sent[max(0, upto - 120) : upto])
    if not m or _LINK_WORD.search(m.group(1)):
        return -1
    lead = _LEAD_WORD.match(m.group(1))
    at = max(0, upto - 120) + m.start(1) + (lead.end() if lead else 0)
    return at if at < upto - 1 else -1


def _name_end(name: str, at: int) -> int:
    """Where a name read after a title ends: before a word it repeats or a word of link text ("Ann Roe Ann
    RoeNews ..." -> "Ann Roe")."""
    seen: set = set()
    pos = at
    for w in re.finditer(r"\S+", name):
        if w.group() in seen or _LINK_WORD.search(w.group()):
            break
        seen.add(w.group())
        pos = at + w.end()
    return pos


def repair_sources(sent: str, found: list[Attribution]) -> list[Attribution]:
    """The attributions of a sentence with their source spans repaired by :func:`repair_span`.

    Parameters
    ----------
    sent : str
        The sentence.
    found : list of Attribution
        Its attributions.

    Returns
    -------
    list of Attribution
        The same attributions, in order; a repaired one has its new ``source``, ``source_start`` and
        ``source_end``.
    """
    out = []
    for a in found:
        src, start = repair_span(sent, a, found)
        if (src, start) != (a.source, a.source_start):
            a = replace(a, source=src, source_start=start, source_end=start + len(src) if start >= 0 else -1)
        out.append(a)
    return out


_OPENING_PREPOSITIONS = frozenset((
    "in", "on", "at", "about", "despite", "from", "into", "over", "under", "after", "before", "during", "for", "with",
    "without", "through", "since", "until", "among", "against", "amid", "toward", "towards", "upon", "like", "unlike"))
"""A span of two words or more that opens with one of these is a prepositional phrase, not a speaker."""
_POSSESSIVES = frozenset(("my", "your", "his", "her", "its", "our", "their"))
_NP_NEVER_ENDS = _OPENING_PREPOSITIONS | _POSSESSIVES | frozenset((
    "a", "an", "the", "of", "to", "by",
    "and", "or", "but", "nor", "because", "although", "though", "while", "whereas", "if", "unless", "than",
    "just", "quite", "also", "not", "yet", "even", "still", "only", "too", "very", "sometimes", "often", "never",
    "ever", "already", "really", "actually", "recent", "previous", "latest", "highly", "especially", "particularly"))
"""Words that cannot end a noun phrase: articles, possessive determiners ("her" too: as a subject it is "she"),
prepositions, conjunctions and adverbs or prenominal adjectives ("badly they just | know", "despite recent |
reports"; round sf1's list, session 76)."""
_AT_LEAST = re.compile(r"(?i:at\s+(?:least|most)|about|over|under|nearly|almost)\s+(?:\d|(?i:one|two|three|four|five|six|seven|"
                       r"eight|nine|ten|a\s+(?:third|quarter|half|dozen)|half|a\s+majority|most)\b)")
"""A number after "at least", "about", "over" ...: a quantified group ("at least six-in-ten say", "about 40 percent
said"), which opens with a preposition but is a speaker phrase."""
_COUNT = re.compile(r"\d[\d,.]*")
_SPAN_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")


def unread_speaker(source: str) -> bool:
    """Whether a source span is no speaker phrase at all, so that the attribution's speaker was not read.

    Round ss1 (session 77): the rules cut some spans in the middle of a clause ("badly they just | know", "despite
    recent | reports", "back the | call for"). PolNeAR's annotators mark most such sentences as attributions (round
    sf1 dropped them and lost annotated cues), so the attribution stays; only its speaker is unknown, and it must not
    count as an "unnamed" source. A span is no speaker phrase when it ends with a word that cannot end a noun phrase
    (:data:`_NP_NEVER_ENDS`) or has two words or more and opens with a preposition (:data:`_OPENING_PREPOSITIONS`).
    An empty span (one that :func:`repair_sources` dropped) is none either. Two forms that look like it are speakers
    (found in the first reading of round ss1): a possessive alone, the owner of a nominal cue ("his | call for
    help"), and a number after "at least", "about", "over" ... ("at least six-in-ten | say"); a number alone
    ("while 46 | opposed it", found in the second reading) is a count of people as well.

    Parameters
    ----------
    source : str
        The source span as written in the sentence.

    Returns
    -------
    bool
        True when the span is empty or cannot be a speaker phrase by the two tests above.
    """
    words = _SPAN_WORD.findall(source or "")
    if not words:  # a number alone is a count of people ("while 46 | opposed it"); a mark or nothing is no speaker
        return not _COUNT.fullmatch((source or "").strip())
    if len(words) == 1 and words[0].lower() in _POSSESSIVES:
        return False  # "his | call for help": the possessive is the speaker of a nominal cue
    if _AT_LEAST.match(source.strip()):
        return False  # "at least six-in-ten | say": a quantified group, not a prepositional phrase
    last, first = words[-1].lower(), words[0].lower()
    return last in _NP_NEVER_ENDS or (len(words) >= 2 and first in _OPENING_PREPOSITIONS)

