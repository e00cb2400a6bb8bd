"""Who is given voice: quotations, attributions, reporting verbs and hedges.

Rule-based and transparent. Every function works on one sentence at a time
(the units of :func:`helpers.segment`), and every row it returns carries the
sentence it came from, so each number in a notebook can be read against text.

Main entry points
-----------------
* :func:`quote_spans` - character spans inside quotation marks (public: the
  framing analysis uses it to separate an outlet's own voice from quoted
  speech).
* :func:`find_attributions` - the attributions in one sentence ("X said",
  "according to X", '"...," claimed X'), without classifying the source.
* :func:`extract_attributions` - every attribution in a table of sentences,
  with the source's role (:mod:`helpers.source_roles`: from role nouns,
  titles and appositions in the article, not from the study's actors), its
  affiliation with the study's actors, its identity (named, unnamed,
  anonymous, no stated source) and pronouns resolved. The work per cue is
  bounded, so time grows linearly with the text.
* :func:`find_hedges` - hedges ("reportedly", "is thought to") outside
  quotations.
* :func:`rate_per_1000_words` - rates of any per-sentence count by group,
  with a bootstrap interval over sentences.

The word lists are data files in ``helpers/data/``: ``reporting_verbs.yaml``,
``hedges.yaml``, ``source_roles.yaml`` and ``source_types.yaml`` (with the
shared actor gazetteer ``actors.yaml``). The rules were developed on the train
split of PolNeAR and are scored on its dev split by
``benchmarks/bench_sourcing.py``; the seed checks are in
``helpers/data/attribution_checks.csv``.
"""
from __future__ import annotations

import re
import warnings
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from .lexicon import Matcher, load_lexicon
from .source_roles import ROLE_UNKNOWN, RoleTagger, affiliation, load_roles
from .progress import progress
from .stats import bootstrap_mean
from .text import fold

__all__ = [
    "quote_spans", "mask_spans", "quote_only", "Attribution", "find_attributions", "extract_attributions",
    "verb_table", "load_verbs", "load_hedges", "load_source_types", "SourceClassifier", "body_units",
    "find_hedges", "unit_counts", "rate_per_1000_words", "ATTRIBUTION_COLUMNS", "HEDGE_COLUMNS", "MAX_UNIT_CHARS",
]

# ---------------------------------------------------------------------------
# quotations

_DOUBLE_OPEN = "\u201c\u201e\u00ab"
_DOUBLE_CLOSE = "\u201d\u00bb"
_STRAIGHT = '"'
_SINGLE_OPEN = "\u2018"
_SINGLE_CLOSE = "\u2019"
_QUOTE_CHARS = re.compile("''|``|[\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\n]")
_DOUBLED = re.compile("''|``")
"""Two apostrophes or backticks used as a double quotation mark (''...'' in some newspapers' feeds)."""


def quote_spans(text: str, include_unclosed: bool = False, single_quotes: bool = True) -> list[tuple[int, int]]:
    """Character spans of the text inside quotation marks.

    Parameters
    ----------
    text : str
        Any text (a sentence, a paragraph or a whole article).
    include_unclosed : bool
        Also return quotations that are opened but not closed before the end
        of their paragraph (a line break ends a paragraph); such a span runs
        to the end of the paragraph. Off by default: in scraped news an
        unclosed quotation is more often a typo than a multi-paragraph quote.
    single_quotes : bool
        Also pair curly single quotes (U+2018 ... U+2019). A U+2019 between
        two letters is an apostrophe ("Pakistan\u2019s"), not a closing
        mark. Straight single quotes are never treated as quotation marks
        (they are too often apostrophes).

    Returns
    -------
    list of (int, int)
        ``(start, end)`` of each quoted passage without its quotation marks,
        so that ``text[start:end]`` is the quoted text; sorted by start.
        Curly marks give the direction; straight double quotes alternate
        open/close within a paragraph.

    Raises
    ------
    TypeError
        If ``text`` is not a string.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    spans: list[tuple[int, int]] = []
    dq: int | None = None  # position of the open double quote
    sq: int | None = None  # position of the open single quote
    n = len(text)
    for m in _QUOTE_CHARS.finditer(text):
        i, j, c = m.start(), m.end() - 1, m.group()  # a mark closes at i and opens at j (two-character marks)
        if c == "``":
            c = _DOUBLE_OPEN[0]
        elif c == "''":
            c = _STRAIGHT
        if c == "\n":
            if include_unclosed:
                for q in (dq, sq):
                    if q is not None:
                        spans.append((q + 1, i))
            dq = sq = None
        elif c in _DOUBLE_OPEN:
            if dq is not None and include_unclosed:
                spans.append((dq + 1, i))
            dq = j
        elif c in _DOUBLE_CLOSE:
            if dq is not None:
                spans.append((dq + 1, i))
                dq = None
        elif c == _STRAIGHT:
            if dq is None:
                dq = j
            else:
                spans.append((dq + 1, i))
                dq = None
        elif single_quotes and c == _SINGLE_OPEN:
            if i == 0 or not text[i - 1].isalnum():
                sq = i
        elif single_quotes and c == _SINGLE_CLOSE and sq is not None:
            after = text[i + 1] if i + 1 < n else " "
            before = text[i - 1] if i > 0 else " "
            if not (before.isalpha() and after.isalpha()):
                spans.append((sq + 1, i))
                sq = None
    if include_unclosed:
        for q in (dq, sq):
            if q is not None:
                spans.append((q + 1, n))
    return sorted(spans)


def mask_spans(text: str, spans, fill: str = " ") -> str:
    """Replace the characters of ``spans`` by ``fill`` (length is kept).

    Parameters
    ----------
    text : str
        The text.
    spans : iterable of (int, int)
        Character spans, e.g. from :func:`quote_spans`.
    fill : str
        One character.

    Returns
    -------
    str
        ``text`` with every character inside a span replaced, so offsets in
        the result are offsets in ``text``.
    """
    if len(fill) != 1:
        raise ValueError(f"fill must be one character, got {fill!r}")
    if not spans:
        return text
    chars = list(text)
    for s, e in spans:
        chars[s:e] = fill * (e - s)
    return "".join(chars)


def _n_words(s: str) -> int:
    return len(s.split())


# ---------------------------------------------------------------------------
# attributions in one sentence

_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})

_FILLER_WORDS = (
    "has|have|had|also|further|repeatedly|again|once again|long|reportedly|allegedly|publicly|privately|"
    "previously|earlier|recently|later|then|now|too|will|would|could|can|may|might|must|should|did|does|do|"
    "not|never|already|strongly|firmly|categorically|clearly|explicitly|openly|today|yesterday|"
    "went on to|go on to|goes on to|continues to|continue to|continued to|has been|had been|"
    "in turn|simply|only|even|still|often|frequently|quickly|immediately|separately|subsequently|"
    "originally|initially|first|last"
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
    r"though|as|since|if|after|before|so|whether|until|unless|once)(?![\w-])",
    re.IGNORECASE,
)
_LEADING_JUNK = re.compile(
    r"^(?:(?:and|but|so|however|meanwhile|instead|also|then|yet|still|publicly|privately|recently|indeed|"
    r"particularly|especially|including|namely|notably|moreover|furthermore|thus|hence|now|later|"
    r"earlier|separately|meanwhile)\b[\s,]*)+",
    re.IGNORECASE,
)
_PASSIVE = re.compile(r"(?<![\w-])(?:is|are|was|were|be|been|being|am|get|got|gets)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
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
    the same sentence: "X admitted ... but argued") or ``"quote_only"`` (a
    quotation with no attribution in its sentence). ``kind`` is ``"direct"``
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


def verb_table(verbs: dict) -> dict:
    """Per-entry settings of a reporting-verb lexicon.

    Parameters
    ----------
    verbs : dict
        A lexicon from ``load_lexicon("reporting_verbs", ...)``.

    Returns
    -------
    dict
        Entry id to ``{"category": str, "requires_that": bool}``.

    Raises
    ------
    ValueError
        If an entry has no ``category``.
    """
    out = {}
    for eid, entry in verbs["entries"].items():
        if "category" not in entry:
            raise ValueError(f"reporting-verb entry {eid!r} has no 'category' (neutral, loaded, manner, belief)")
        out[eid] = {"category": entry["category"], "requires_that": bool(entry.get("requires_that", False))}
    return out


def load_verbs(path="reporting_verbs") -> dict:
    """Load the reporting-verb lexicon (validated by :func:`helpers.lexicon.load_lexicon`)."""
    return load_lexicon(path, extra_entry_keys=("category", "requires_that"))


def load_hedges(path="hedges") -> dict:
    """Load the hedge lexicon."""
    return load_lexicon(path, extra_entry_keys=("kind",))


def load_source_types(path="source_types") -> dict:
    """Load the source-type cue lexicon."""
    return load_lexicon(path, extra_entry_keys=("role", "actors", "scope"))


_TAIL = 90
"""The end-anchored clean-up rules look at this many final characters only
(a regular expression anchored at the end still tries every start position)."""
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
        m = _LEADING_NP.match(phrase)
        if not m:
            return "", -1, "coordinated_vp"
        return m.group(1).strip(), start + m.start(1), "subject"
    return phrase, start, "subject"


_SUBORDINATORS = frozenset({"while", "whereas", "when", "where", "because", "although", "though", "as", "since",
                            "if", "after", "before", "so", "whether", "until", "unless", "once", "but"})
_RELATIVES = frozenset({"who", "which", "whom", "whose"})
_MAX_CHAIN_PIECES = 6


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


def _according_to_phrase(masked: str, pos: int) -> tuple[str, int]:
    rest = masked[pos:]
    m = re.match(r"\s*(.+?)(?=\s*(?:[,.;:!?()\"]|\s-\s|$)|\s+(?:that|who|which|while|when)(?![\w-]))", rest)
    if not m:
        return "", -1
    return m.group(1).strip(), pos + m.start(1)


_WINDOW = 400
"""Characters on either side of a cue that the rules read (keeps the work per cue bounded, however long the sentence)."""
_FOLLOW_OK = re.compile(r"\s*(?:(?:that|if|whether|how|why|what)(?![\w-])|[\"\u201c:])", re.IGNORECASE)
"""What may follow a cue marked ``requires_that`` ("claims that", 'claims: "...').)"""
_DOCUMENT_SUBJECT = re.compile(
    r"(?<![\w-])(?:polls?|surveys?|stud(?:y|ies)|reports?|data|analys[ei]s|research|findings|results|numbers|"
    r"figures|estimates|models?|forecasts?|projections?|records|documents?|emails?|memos?|filings?|audits?|"
    r"investigations?|reviews?|census|evidence)$", re.IGNORECASE)
"""A poll, study or document as subject: a findings verb needs no "that" ("a poll shows Clinton ahead")."""
_MODAL = re.compile(r"(?<![\w-])(?:can|could|should|might|may|must|would|cannot)\s+(?:(?:not|never|just|only|"
                    r"also|really|probably|even)\s+)?$", re.IGNORECASE)
"""A modal before the cue ("you can say", "I would argue"): a possibility, not a report."""
_POSTPOSED_SOURCE = re.compile(r"(?:(?:a|an|the|one|two|three|several|some|many)\s+\S|[A-Z])")
"""A source after its verb starts with a determiner or a capital ("..., said the mayor"; "..., says Martin Indyk")."""
_FINITE = re.compile(r"(?<![\w-])(?:is|are|was|were|has|have|had|will|would|can|could|does|did|do|should|may|"
                     r"might|must|not)(?![\w-])", re.IGNORECASE)
"""An auxiliary in the words after a verb: a clause ("said the president is fine"), not a postposed source."""
_DATELINE = re.compile(r"\s*(?:[A-Z]{2,}[A-Z ,.]*(?:\([^)]*\))?\s*(?:-|\u2014|\u2013)|(?:earlier|later|hours|days|"
                       r"instead|meanwhile|still|yet|also|now|then|indeed|however|moreover)(?![\w-]))", re.IGNORECASE)
"""A dateline ("WASHINGTON (AP) -") or a fronted adverb ("Hours later,"), not a subject."""
_DET_NP = re.compile(
    r"\s*((?:the|a|an|his|her|their|its)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)(?=\s+(?:[a-z]+ed|was|is|were|are|has|had|"
    r"have|will|would|did|left|went|made|took|gave|met|spoke|came|got|kept|held|ran|sent|won|lost|began|told|said)"
    r"(?![\w-]))", re.IGNORECASE)
"""A determiner noun phrase before its verb ("The senator left the room, saying ...")."""
_NO_POSTPOSED = frozenset({"according_to"})
_NOT_A_VERB = re.compile(r"[\s-]+(?:tanks?|pieces?)(?![\w-])", re.IGNORECASE)
"""A word after a cue that makes it part of a noun ("think tank")."""
_FIRST_SECOND = frozenset({"i", "we", "you"})
_PARTICIPLE_AFTER = re.compile(r"(?:,|\band)\s*$")
_COLON_QUOTE = re.compile(r":\s*[\"\u201c]")
_ELLIPSIS_QUOTE = re.compile(r"\s*[\"\u201c]")


def _fold_quotes(text: str) -> str:
    """``fold`` plus two-character quotation marks ('' and ``) as one straight quote (length kept)."""
    return _DOUBLED.sub(' "', fold(text))


class _Sentence:
    """A sentence prepared for the cue rules: folded, quotations masked, quotation spans indexed."""

    def __init__(self, sentence: str, min_quote_words: int):
        self.text = sentence
        closed = quote_spans(sentence)
        self.closed = closed
        self.masked = mask_spans(_fold_quotes(sentence), closed)
        self.long = [(s - 1, e + 1) for s, e in closed if _n_words(sentence[s:e]) >= min_quote_words]
        self.long_ends = [e for _, e in self.long]
        self.long_starts = [s for s, _ in self.long]
        unclosed = [s - 1 for s, e in quote_spans(sentence, include_unclosed=True) if (s, e) not in set(closed)]
        self.first_unclosed = min(unclosed) if unclosed else None
        # a quotation that ends the sentence (or opens it) makes the content of a cue before (after) it a quotation,
        # however short: 'said his position had "gotten bigger."'
        tail = self.masked.rstrip(" .,;!?)\u2019'")
        self.ends_quoted = bool(closed) and tail.endswith('"') and closed[-1][1] >= len(tail) - 1
        self.last_quote_start = closed[-1][0] - 1 if closed else -1
        self.starts_quoted = bool(closed) and self.masked.lstrip().startswith('"')
        self.first_quote_end = closed[0][1] + 1 if closed else -1

    def kind(self, a: int, b: int) -> str:
        """``direct`` when a long quotation stands next to the span ``a:b`` (or an unclosed one opens before it),
        or the sentence ends with a quotation after it or opens with one before it."""
        if self.first_unclosed is not None and self.first_unclosed < a:
            return "direct"
        if (self.ends_quoted and self.last_quote_start >= b) or (self.starts_quoted and self.first_quote_end <= a):
            return "direct"
        i = bisect_right(self.long_ends, a) - 1
        if i >= 0 and a - self.long_ends[i] <= _WINDOW and re.fullmatch(
                r"[\s,.:;!?\"'\u2019\u201d-]*", self.masked[self.long_ends[i]:a]):
            return "direct"
        j = bisect_left(self.long_starts, b)
        if j < len(self.long) and self.long_starts[j] - b <= _WINDOW and re.fullmatch(
                r"[\s,.:;\"'\u201c\u2018-]*(?:that\s*)?[\"\u201c]?", self.masked[b:self.long_starts[j]]):
            return "direct"
        return "reported"


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
    "..."') is a cue of its own (``verb == ":"``, entry ``"colon"``). Every
    rule reads at most a few hundred characters around its cue, so the time
    grows linearly with the length of the sentence.

    Parameters
    ----------
    sentence : str
        One sentence.
    verb_matcher : helpers.lexicon.Matcher
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
        if _NOT_A_VERB.match(masked, m.end):
            continue  # "think tank", "think piece"
        info = verb_info.get(m.entry)
        if info is None:
            raise ValueError(f"verb entry {m.entry!r} is not in verb_info: build both from the same lexicon")
        a = _one_cue(ctx, m, info, out)
        if a is not None:
            out.append(a)
    out.extend(_colon_cues(ctx, out))
    out.sort(key=lambda x: x.verb_start)
    if nested:
        for s, e in ctx.closed:
            if _n_words(sentence[s:e]) < min_quote_words:
                continue
            for a in find_attributions(sentence[s:e], verb_matcher, verb_info, min_quote_words, nested=False):
                out.append(replace(a, source_start=a.source_start + s if a.source_start >= 0 else -1,
                                   source_end=a.source_end + s if a.source_start >= 0 else -1,
                                   verb_start=a.verb_start + s, verb_end=a.verb_end + s, pattern="nested"))
    return out


def _one_cue(ctx: _Sentence, m, info: dict, out: list) -> Attribution | None:
    """The attribution of one cue match, or None."""
    masked, sentence = ctx.masked, ctx.text
    lo = max(0, m.start - _WINDOW)
    after = masked[m.end: m.end + _WINDOW]
    if m.entry == "according_to":
        src, s0 = _according_to_phrase(after, 0)
        return _make(ctx, src, s0 + m.end, m, "according_to") if src else None
    before = masked[lo: m.start].rstrip()
    if before.endswith('"') or (before.endswith(",") and before[:-1].rstrip().endswith('"')):
        src, s0 = _after_phrase(after, 0)
        if src:
            return _make(ctx, src, s0 + m.end, m, "inverted")
    if m.end - m.start > 4 and masked[m.end - 3: m.end].lower() == "ing":
        return _participle(ctx, m, lo, before, out)
    if _MODAL.search(before[-30:] + " "):
        return None
    floor = max(0, out[-1].verb_end - lo) if out else 0
    src, s0, how = _subject_phrase(masked[lo: m.start], m.start - lo, floor=floor)
    if info["requires_that"] and not _FOLLOW_OK.match(after) and not (
            info["category"] == "neutral" and src and _DOCUMENT_SUBJECT.search(SourceClassifier.head(src))):
        return None
    if before.endswith(",") and m.entry not in _NO_POSTPOSED and (not src or _n_words(src) > 5):
        # "..., said James Marsh, the department's director": a reporting clause after its content
        post, p0 = _after_phrase(after, 0)
        if post and _POSTPOSED_SOURCE.match(post) and not _FINITE.search(post):
            return _make(ctx, post, p0 + m.end, m, "inverted")
    if info["category"] == "belief" and src.strip().lower() in _FIRST_SECOND:
        return None  # "I think", "you know": a hedge or a discourse marker, not a report
    if how == "passive":
        if re.match(r"\s*that(?![\w-])", after, re.IGNORECASE):
            return Attribution("", -1, -1, sentence[m.start:m.end], m.entry, m.start, m.end, "no_source",
                               ctx.kind(m.start, m.end))
        return None
    if not src and how == "elided" and out:
        prev = out[-1]
        return Attribution(prev.source, prev.source_start, prev.source_end, sentence[m.start:m.end], m.entry,
                           m.start, m.end, "coordinated", ctx.kind(m.start, m.end), _recipient(ctx, m))
    if not src or (how != "chain" and _n_words(src) > _MAX_SOURCE_WORDS):
        return None
    return _make(ctx, src, s0 + lo, m, "subject")


def _participle(ctx: _Sentence, m, lo: int, before: str, out: list) -> Attribution | None:
    """', saying ...', ', adding that ...': the source is the subject of the clause the participle hangs on."""
    if not _PARTICIPLE_AFTER.search(before):
        return None
    if out:
        prev = out[-1]
        return Attribution(prev.source, prev.source_start, prev.source_end, ctx.text[m.start:m.end], m.entry,
                           m.start, m.end, "participle", ctx.kind(m.start, m.end), _recipient(ctx, m))
    head = ctx.masked[: min(m.start, _WINDOW)]
    starts = [0] + [c.end() for c in re.finditer(r",\s+", head)][:3]
    for st in starts:
        piece = head[st:]
        if _DATELINE.match(piece) or _ADJUNCT.match(piece) or re.match(r"\s*\w+(?:ing|ly)\b", piece):
            continue
        lead = _DET_NP.match(piece) or _LEADING_NP.match(piece)
        if not lead or lead.group(1).strip().lower() in _NOT_NAMES:
            return None
        return _make(ctx, lead.group(1).strip(), st + lead.start(1), m, "participle")
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


def quote_only(sentence: str, min_quote_words: int = 4) -> bool:
    """Whether a sentence opens with a quotation of ``min_quote_words`` or more words.

    Used for quotations whose speaker is named in an earlier sentence.
    """
    stripped = _fold_quotes(sentence).lstrip()
    if not stripped.startswith('"'):
        return False
    return any(_n_words(sentence[s:e]) >= min_quote_words for s, e in quote_spans(sentence))


# ---------------------------------------------------------------------------
# classifying sources

_QUANTIFIED = re.compile(
    r"\s*(?:some|many|several|numerous|various|multiple|most|few|other|two|three|four|five|dozens|hundreds|"
    r"a\s+number\s+of|a\s+few|a\s+group\s+of)\s", re.IGNORECASE)
"""A quantified plural ("some Republicans", "several sources") names no one."""
_NOT_NAMES = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "some", "many", "several", "most", "other", "such", "his",
    "her", "their", "its", "our", "my", "your", "one", "two", "three", "both", "each", "every", "all", "any",
    "more", "few", "numerous", "various", "but", "and", "however", "meanwhile", "still", "yet", "so", "then",
    "i", "we", "he", "she", "they", "it", "officials", "sources", "analysts", "experts", "authorities",
})
"""Capitalised words that are not names (sentence starters, determiners, pronouns)."""
_HEAD_SPLIT = re.compile(
    r"\s+(?:of|within|in|at|from|to|with|on|for|by|among|inside|close|familiar|who|which|near|about|under|"
    r"over|across|based|speaking|representing)(?![\w-])",
    re.IGNORECASE,
)
_CAP_TOKEN = re.compile(r"(?<![\w'-])[A-Z][\w'-]*")


class SourceClassifier:
    """Classify an attribution's source phrase: type (affiliation) and identity.

    Parameters
    ----------
    source_types : dict
        Lexicon from :func:`load_source_types`.
    actors : dict
        The actor gazetteer (``load_lexicon("actors")``).

    Notes
    -----
    Type: the first ``role: type`` entry (in file order) whose cues or actors
    match the head of the phrase (words before its first preposition), then
    the whole phrase; else ``"anonymous"`` (anonymity cue),
    ``"official_unspecified"`` (a generic person or institution noun such as
    "officials", "the ministry"),
    ``"pronoun"`` or ``"other"``.

    Identity: ``"pronoun"``; ``"anonymous"`` (an anonymity cue in the phrase,
    or a ``scope: sentence`` cue such as "on condition of anonymity" in the
    sentence); ``"unnamed"`` (the head is a generic person noun: "officials",
    "a Taliban official", "analysts"; or a quantified plural: "some
    Republicans"); ``"named"`` (a capitalised word other
    than the sentence's first, or a gazetteer name: a person, outlet or named
    body such as "the Taliban"); else ``"unnamed"``.
    """

    def __init__(self, source_types: dict, actors: dict):
        entries = source_types["entries"]
        self.types = []
        anon, anon_sentence, generic, institutions, titles = {}, {}, [], [], []
        for eid, e in entries.items():
            role = e.get("role")
            if role == "type":
                has_cues = bool(e.get("terms") or e.get("patterns"))
                self.types.append((eid, Matcher({eid: e}) if has_cues else None, set(e.get("actors", []))))
            elif role == "anonymity":
                (anon_sentence if e.get("scope") == "sentence" else anon)[eid] = e
            elif role == "generic_person":
                generic += [t.lower() for t in e.get("terms", [])]
            elif role == "generic_institution":
                institutions += [t.lower() for t in e.get("terms", [])]
            elif role == "title":
                titles += [t.lower() for t in e.get("terms", [])]
            else:
                raise ValueError(f"source-type entry {eid!r} has role {role!r}; use type, anonymity, generic_person, generic_institution or title")
        unknown = {a for _, _, acts in self.types for a in acts} - set(actors["entries"])
        if unknown:
            raise ValueError(f"source types name actor id(s) {sorted(unknown)} not in the actor gazetteer")
        self.actor_matcher = Matcher(actors["entries"])
        self.anon_matcher = Matcher(anon) if anon else None
        self.anon_sentence_matcher = Matcher(anon_sentence) if anon_sentence else None
        self.generic = frozenset(generic)
        self.institutions = frozenset(institutions)
        self.titles = frozenset(titles)
        self.labels = {eid: e.get("label", eid) for eid, e in entries.items() if e.get("role") == "type"}

    @staticmethod
    def head(phrase: str) -> str:
        """The words of ``phrase`` before its first preposition or relative pronoun."""
        return _HEAD_SPLIT.split(phrase, maxsplit=1)[0]

    def source_type(self, phrase: str) -> str:
        """Type of a source phrase (see the class notes)."""
        memo = self.__dict__.setdefault("_type_memo", {})
        if phrase not in memo:
            if len(memo) > 100_000:
                memo.clear()
            memo[phrase] = self._source_type(phrase)
        return memo[phrase]

    def _source_type(self, phrase: str) -> str:
        if phrase.strip().lower() in _PRONOUNS:
            return "pronoun"
        for scope in (self.head(phrase), phrase):
            found = set(self.actor_matcher.entries_in(scope))
            for eid, matcher, acts in self.types:
                if (acts & found) or (matcher is not None and matcher.find(scope)):
                    return eid
        if self.anon_matcher is not None and self.anon_matcher.find(phrase):
            return "anonymous"
        if self._head_word(phrase) in self.generic | self.institutions:
            return "official_unspecified"
        return "other"

    def _head_word(self, phrase: str) -> str:
        words = re.findall(r"[\w-]+", self.head(phrase))
        return words[-1].lower() if words else ""

    def anonymous_sentence(self, sentence: str) -> bool:
        """Whether the sentence states anonymity ("on condition of anonymity")."""
        return bool(self.anon_sentence_matcher and self.anon_sentence_matcher.find(sentence))

    def identity_of(self, phrase: str, at_sentence_start: bool = False) -> str:
        """:meth:`identity` of a phrase alone (no sentence), memoised."""
        memo = self.__dict__.setdefault("_identity_memo", {})
        key = (phrase, at_sentence_start)
        if key not in memo:
            if len(memo) > 100_000:
                memo.clear()
            memo[key] = self.identity(phrase, "", at_sentence_start)
        return memo[key]

    def identity(self, phrase: str, sentence: str = "", at_sentence_start: bool = False) -> str:
        """Identity of a source phrase: named, unnamed, anonymous or pronoun."""
        if self.anonymous_sentence(sentence) or (self.anon_matcher is not None and self.anon_matcher.find(phrase)):
            return "anonymous"
        if phrase.strip().lower() in _PRONOUNS:
            return "pronoun"
        if self._head_word(phrase) in self.generic or _QUANTIFIED.match(phrase):
            return "unnamed"
        if self.actor_matcher.find(phrase) or self.name_tokens(phrase, at_sentence_start):
            return "named"
        for _, matcher, _ in self.types:
            if matcher is not None and any(h.text[:1].isupper() for h in matcher.find(phrase)):
                return "named"
        return "unnamed"

    def name_tokens(self, phrase: str, at_sentence_start: bool = False) -> list[str]:
        """Capitalised words of ``phrase`` that are not titles (possible names)."""
        toks = [m.group() for m in _CAP_TOKEN.finditer(phrase)]
        if at_sentence_start and toks and phrase.lstrip().startswith(toks[0]):
            toks = toks[1:]
        out = []
        for t in toks:
            base = re.sub(r"['\u2019]s$", "", t)
            if base.lower().rstrip(".") in self.titles or base.lower() in _NOT_NAMES:
                continue
            out.append(base)
        return out


# ---------------------------------------------------------------------------
# attributions in a table of sentences

ATTRIBUTION_COLUMNS = [
    "doc_id", "unit_id", "paragraph_id", "sentence", "source", "source_resolved", "resolution",
    "source_type", "identity", "role", "role_basis", "affiliation", "verb", "verb_lemma", "verb_category", "kind",
    "pattern", "recipient",
    "source_start", "verb_start",
]


def _check_units(units: pd.DataFrame, group_cols) -> list[str]:
    if not isinstance(units, pd.DataFrame):
        raise TypeError(f"units must be a DataFrame (from helpers.segment), got {type(units).__name__}")
    group_cols = [group_cols] if isinstance(group_cols, str) else list(group_cols)
    need = ["doc_id", "unit_id", "text", *group_cols]
    missing = [c for c in need if c not in units.columns]
    if missing:
        raise ValueError(f"units lacks column(s) {missing}; pass the table made by helpers.segment "
                         f"with columns={group_cols!r}")
    return group_cols


_ENDS_WITH_QUOTE = re.compile("(?:[\"\u201d]|'')\\s*$")
MAX_UNIT_CHARS = 100_000
"""A unit (sentence) longer than this is read only up to this length: the work per article stays bounded
even for unsplit text (a 50 MB article with no sentence breaks)."""


def body_units(units: pd.DataFrame) -> pd.DataFrame:
    """Keep body text only: headlines and subheadings are not the article's sourcing."""
    if "role" in units.columns:
        return units[units["role"] == "body"]
    return units


def extract_attributions(
    units: pd.DataFrame,
    group_cols=("outlet",),
    verbs: dict | None = None,
    source_types: dict | None = None,
    actors: dict | None = None,
    min_quote_words: int = 4,
    pronoun_window: int = 3,
    nested: bool = False,
    roles: dict | None = None,
) -> pd.DataFrame:
    """Every attribution in a table of sentences, with its source classified.

    Parameters
    ----------
    units : DataFrame
        Sentences from :func:`helpers.segment` (``doc_id``, ``unit_id``,
        ``text``, the group columns; ``role`` and ``paragraph_id`` if
        present). Only ``role == "body"`` rows are used.
    group_cols : str or sequence of str
        Columns copied to every attribution (e.g. ``["outlet"]``).
    verbs, source_types, actors, roles : dict, optional
        Lexicons; by default the bundled ``reporting_verbs``,
        ``source_types``, ``actors`` (the study's actor gazetteer, used for
        ``affiliation`` and the legacy ``source_type``) and ``source_roles``
        files (roles never depend on the actor gazetteer).
    min_quote_words : int
        See :func:`find_attributions`.
    pronoun_window : int
        A pronoun source ("he said") takes the source of the nearest earlier
        attribution in the same article at most this many sentences back.
        A definite description ("the ambassador", "the report") or a name
        already seen ("Ambassador Mansoor") takes the type of the nearest
        earlier attribution in the article that shares its noun or name.
        Quotations with no attribution in their sentence take the speaker of
        the previous attribution within the same window.
    nested : bool
        Also return attributions inside quotations (``pattern="nested"``).
        Off by default: on PolNeAR's train split they added 3 correct cues
        for about 900 wrong ones (quoted speakers' "I think", "he said").

    Returns
    -------
    DataFrame
        One row per attribution, columns ``doc_id``, the group columns, then
        :data:`ATTRIBUTION_COLUMNS` minus ``doc_id``: ``source`` as written,
        ``source_resolved`` (the antecedent's source when resolved),
        ``resolution`` ("", "pronoun", "definite", "name", "quote"),
        ``role`` (see :class:`helpers.source_roles.RoleTagger`: spokesperson,
        politician, official, military_police, expert, journalist_media,
        activist_advocacy, ordinary_person, document, anonymous, unknown; ""
        when no source is stated), ``role_basis`` ("phrase", "article",
        "anonymity"), ``affiliation`` (the first actor of the gazetteer named in
        the resolved source or in the title/apposition the article gives it;
        "" if none), ``source_type`` (the study-specific type of
        ``source_types.yaml``), ``identity`` (named, unnamed, anonymous,
        pronoun, ``no_source`` for "it was reported that"; a quotation whose speaker is not found
        has type and identity ``"unattributed"``), ``verb`` as written, ``verb_lemma``
        (lexicon entry), ``verb_category``, ``kind`` (direct/reported),
        ``pattern``, ``recipient`` (for "told X"), character offsets.

    Raises
    ------
    ValueError
        For missing columns or bad parameter values.
    """
    group_cols = _check_units(units, group_cols)
    if not isinstance(pronoun_window, (int, np.integer)) or pronoun_window < 0:
        raise ValueError(f"pronoun_window must be an integer >= 0, got {pronoun_window!r}")
    verbs = verbs or load_verbs()
    source_types = source_types or load_source_types()
    actors = actors or load_lexicon("actors")
    info = verb_table(verbs)
    vm = Matcher(verbs["entries"])
    clf = SourceClassifier(source_types, actors)
    tagger = RoleTagger(roles or load_roles())
    body = body_units(units)
    cols = ["doc_id", "unit_id", "text", *group_cols] + (["paragraph_id"] if "paragraph_id" in body.columns else [])
    rows = []
    doc_sentences: dict = {}
    cut = []
    prev_key, prev_sent = None, ""
    for rec in progress(body[cols].to_dict("records"), desc="attributions"):
        sent = rec["text"]
        if len(sent) > MAX_UNIT_CHARS:  # no sentence is this long: unsplit text; read its start only
            cut.append(rec["doc_id"])
            sent = sent[:MAX_UNIT_CHARS]
        doc_sentences.setdefault(rec["doc_id"], []).append(sent)
        found = find_attributions(sent, vm, info, min_quote_words, nested=nested)
        base = {"doc_id": rec["doc_id"], **{c: rec[c] for c in group_cols}, "unit_id": rec["unit_id"],
                "paragraph_id": rec.get("paragraph_id", -1), "sentence": sent}
        if not found and quote_only(sent, min_quote_words):
            rows.append({**base, "source": "", "source_start": -1, "verb": "", "verb_lemma": "", "verb_start": -1,
                         "pattern": "quote_only", "kind": "direct", "recipient": ""})
        after_quote = prev_key == (rec["doc_id"], base["paragraph_id"]) and _ENDS_WITH_QUOTE.search(prev_sent[-8:])
        for a in found:
            kind = a.kind
            if after_quote and not sent[: min(a.verb_start, a.source_start if a.source_start >= 0 else a.verb_start)
                                         ].strip(" ,"):
                kind = "direct"  # '"... results?" | he said.': the splitter ended the quotation's sentence
            rows.append({**base, "source": a.source, "source_start": a.source_start, "verb": a.verb,
                         "verb_lemma": a.verb_entry, "verb_start": a.verb_start, "pattern": a.pattern,
                         "kind": kind, "recipient": a.recipient})
        prev_key, prev_sent = (rec["doc_id"], base["paragraph_id"]), sent
    if cut:
        warnings.warn(f"{len(cut)} unit(s) longer than {MAX_UNIT_CHARS:,} characters were read only up to that "
                      f"length (documents {sorted(set(cut))[:5]}): split such text into sentences with "
                      "helpers.segment first", stacklevel=2)
    out_cols = ["doc_id", *group_cols] + [c for c in ATTRIBUTION_COLUMNS if c != "doc_id"]
    if not rows:
        return pd.DataFrame(columns=out_cols)
    df = pd.DataFrame(rows)
    df["verb_category"] = df["verb_lemma"].map(lambda v: info[v]["category"] if v in info else
                                                ("neutral" if v == "colon" else ""))
    _classify_and_resolve(df, clf, pronoun_window)
    df = df[df["keep"]].reset_index(drop=True)
    _add_roles(df, tagger, doc_sentences, clf.actor_matcher)
    return df[out_cols].reset_index(drop=True)


def _classify_and_resolve(df: pd.DataFrame, clf: SourceClassifier, window: int) -> None:
    """Fill source_type, identity, source_resolved and resolution in place (article by article)."""
    types, idents, resolved, how, keep = [], [], [], [], []
    history: list[dict] = []
    current_doc = None
    for r in df.itertuples(index=False):
        if r.doc_id != current_doc:
            history, current_doc = [], r.doc_id
        src = r.source
        at_start = False  # a capitalised first word counts as a name unless it is a determiner or pronoun
        near = max(0, r.verb_start)
        around = r.sentence[max(0, near - _ANON_WINDOW): near + _ANON_WINDOW]
        anon_sentence = clf.anonymous_sentence(around)
        entry = {"unit_id": r.unit_id, "source": src, "type": None, "identity": None, "resolution": ""}
        if r.pattern == "no_source":
            entry.update(type="no_source", identity="no_source")
        elif r.pattern == "quote_only":
            ante = _nearest(history, r.unit_id, window, lambda h: True)
            if ante:
                entry.update(source=ante["source"], type=ante["type"], identity=ante["identity"], resolution="quote")
            else:
                entry.update(type="unattributed", identity="unattributed")
        else:
            stype = clf.source_type(src)
            ident = clf.identity_of(src, at_start)  # anonymity stated in the sentence is applied below
            entry.update(type=stype, identity=ident)
            low = src.strip().lower()
            if stype == "pronoun" and low in ("i", "we"):
                entry.update(type="author", identity="author")  # outside quotations, "I wrote" is the writer
            elif stype == "pronoun":
                ante = _nearest(history, r.unit_id, window, lambda h: True)
                if ante:
                    entry.update(source=ante["source"], type=ante["type"], identity=ante["identity"], resolution="pronoun")
            elif _is_definite(src, clf) and stype in ("other", "official_unspecified", "media_or_report"):
                noun = low.split()[-1]

                def same(h, noun=noun, stype=stype):
                    return noun in h["source"].lower() or (stype != "other" and h["type"] == stype)

                ante = _nearest(history, r.unit_id, None, lambda h: same(h) and h["identity"] == "named")
                ante = ante or _nearest(history, r.unit_id, None, same)
                if ante:
                    entry.update(source=ante["source"], type=ante["type"], identity=ante["identity"], resolution="definite")
            elif stype == "other":
                names = {t.lower() for t in clf.name_tokens(src, at_start)}
                ante = _nearest(history, r.unit_id, None,
                                lambda h: bool(names & {t.lower() for t in clf.name_tokens(h["source"])}))
                if names and ante:
                    entry.update(type=ante["type"], resolution="name")
        if anon_sentence:
            entry["identity"] = "anonymous"
        keep.append(True)
        if r.pattern != "no_source":
            history.append(entry)
        types.append(entry["type"])
        idents.append(entry["identity"])
        resolved.append(entry["source"])
        how.append(entry["resolution"])
    df["source_type"] = types
    df["identity"] = idents
    df["source_resolved"] = resolved
    df["resolution"] = how
    df["keep"] = keep


def _add_roles(df: pd.DataFrame, tagger: RoleTagger, doc_sentences: dict, actor_matcher: Matcher) -> None:
    """Fill role, role_basis and affiliation in place, with each article's titles and appositions.

    Only the sentences of an article that contain a name some source needs are read for titles and
    appositions (the same result as reading all, for less work).
    """
    roles, basis, affil = [], [], []
    needed: dict = {}
    for r in df[["doc_id", "source", "source_resolved"]].itertuples(index=False):
        for phrase in (r.source, r.source_resolved):
            if tagger.phrase_role(phrase):
                continue
            needed.setdefault(r.doc_id, set()).update(
                w for w in re.findall(r"[A-Z][\w'\u2019-]+", phrase) if w.lower() not in _NOT_NAMES)
    current = None
    for r in df[["doc_id", "source", "source_resolved", "identity", "source_type"]].itertuples(index=False):
        if r.source_type == "author":  # "I wrote", "we reported" outside quotations: the writer
            roles.append("journalist_media"), basis.append("author"), affil.append("")
            continue
        if r.doc_id != current:
            current = r.doc_id
            tagger.reset()
            words = needed.get(current, ())
            for sent in doc_sentences.get(current, []) if words else []:
                if any(w in sent for w in words):
                    tagger.learn(sent)
        role, how = "", ""
        for phrase in dict.fromkeys([r.source_resolved, r.source]):
            role, how = tagger.role(phrase, anonymous=r.identity == "anonymous")
            if role not in ("", ROLE_UNKNOWN, "anonymous"):
                break
        if not r.source_resolved and r.identity == "unattributed":
            role = ""
        roles.append(role)
        basis.append(how)
        affil.append(affiliation(f"{r.source_resolved} {tagger.context(r.source_resolved)}", actor_matcher))
    df["role"] = roles
    df["role_basis"] = basis
    df["affiliation"] = affil


def _is_definite(phrase: str, clf: "SourceClassifier") -> bool:
    """'the ambassador', 'the report': a definite description without a name."""
    low = phrase.strip().lower()
    return bool(re.fullmatch(r"the\s+(?:[a-z-]+\s+){0,2}[a-z-]+", low)) and not clf.name_tokens(phrase)


_MAX_LOOKBACK = 200
"""Coreference looks at most this many earlier attributions of the article (bounded work on huge articles)."""
_ANON_WINDOW = 300
"""An anonymity formula counts for a cue within this many characters of it."""


def _nearest(history: list[dict], unit_id: int, window: int | None, ok) -> dict | None:
    for h in reversed(history[-_MAX_LOOKBACK:]):
        if window is not None and unit_id - h["unit_id"] > window:
            return None
        if h["type"] in ("pronoun", "author") or not h["source"]:
            continue
        if ok(h):
            return h
    return None


# ---------------------------------------------------------------------------
# hedges and rates

HEDGE_COLUMNS = ["doc_id", "unit_id", "sentence", "hedge", "hedge_kind", "text", "start"]


def find_hedges(units: pd.DataFrame, group_cols=("outlet",), hedges: dict | None = None) -> pd.DataFrame:
    """Hedges in body sentences, outside closed quotation marks.

    Parameters
    ----------
    units : DataFrame
        Sentences from :func:`helpers.segment`.
    group_cols : str or sequence of str
        Columns copied to every row.
    hedges : dict, optional
        Hedge lexicon (default: the bundled ``hedges.yaml``).

    Returns
    -------
    DataFrame
        One row per hedge: ``doc_id``, the group columns, ``unit_id``,
        ``sentence``, ``hedge`` (entry id), ``hedge_kind``, ``text`` (as
        written), ``start`` (offset in the sentence).
    """
    group_cols = _check_units(units, group_cols)
    hedges = hedges or load_hedges()
    kinds = {eid: e.get("kind", "") for eid, e in hedges["entries"].items()}
    hm = Matcher(hedges["entries"])
    rows = []
    body = body_units(units)
    for rec in progress(body[["doc_id", "unit_id", "text", *group_cols]].to_dict("records"), desc="hedges"):
        sent = rec["text"]
        found = hm.find(sent)
        if not found:
            continue
        quoted = quote_spans(sent)
        for m in found:
            if any(s <= m.start < e for s, e in quoted):
                continue
            rows.append({"doc_id": rec["doc_id"], **{c: rec[c] for c in group_cols}, "unit_id": rec["unit_id"],
                         "sentence": sent, "hedge": m.entry, "hedge_kind": kinds[m.entry],
                         "text": sent[m.start:m.end], "start": m.start})
    cols = ["doc_id", *group_cols] + HEDGE_COLUMNS[1:]
    return pd.DataFrame(rows, columns=cols)


def unit_counts(units: pd.DataFrame, events: pd.DataFrame, flag: pd.Series | None = None) -> np.ndarray:
    """Number of events per unit, aligned with ``units``.

    Parameters
    ----------
    units : DataFrame
        With ``doc_id`` and ``unit_id``.
    events : DataFrame
        One row per event with ``doc_id`` and ``unit_id`` (attributions,
        hedges, ...).
    flag : Series of bool, optional
        Count only the events where ``flag`` is true (aligned with ``events``).

    Returns
    -------
    ndarray of int
        Count per row of ``units``.
    """
    ev = events if flag is None else events[flag.to_numpy(dtype=bool)]
    if ev.empty:
        return np.zeros(len(units), dtype=int)
    counts = ev.groupby(["doc_id", "unit_id"], sort=False).size()
    idx = pd.MultiIndex.from_arrays([units["doc_id"], units["unit_id"]])
    return counts.reindex(idx, fill_value=0).to_numpy(dtype=int)


def rate_per_1000_words(
    units: pd.DataFrame,
    counts,
    by: str,
    n_boot: int = 1000,
    ci: float = 0.95,
    seed: int = 0,
) -> pd.DataFrame:
    """Events per 1,000 words in each group, with a bootstrap interval over sentences.

    The rate is ``1000 * sum(counts) / sum(words)``. Its interval resamples
    sentences (:func:`helpers.stats.bootstrap_mean` of the per-sentence
    counts) and divides by the group's mean sentence length, which is held
    fixed; sentences of one article are not independent, so with few
    articles the interval is too narrow rather than too wide.

    Parameters
    ----------
    units : DataFrame
        Sentences with ``text`` and the column ``by``.
    counts : array-like of int
        Events per sentence, aligned with ``units`` (see :func:`unit_counts`).
    by : str
        Group column.
    n_boot, ci, seed
        As in :func:`helpers.stats.bootstrap_mean`.

    Returns
    -------
    DataFrame
        One row per group (sorted): ``by``, ``events``, ``words``,
        ``sentences``, ``rate``, ``ci_low``, ``ci_high``.
    """
    counts = np.asarray(counts, dtype=float)
    if len(counts) != len(units):
        raise ValueError(f"counts has {len(counts)} values for {len(units)} units; align them with units")
    if by not in units.columns:
        raise ValueError(f"by={by!r} is not a column of units")
    words = units["text"].str.count(r"\S+").to_numpy(dtype=float)
    rows = []
    for key, idx in units.groupby(by, sort=True).indices.items():
        c, w = counts[idx], words[idx]
        mean_w = w.mean() if len(w) else np.nan
        b = bootstrap_mean(c, n_boot=n_boot, ci=ci, seed=seed)
        scale = 1000.0 / mean_w if mean_w else np.nan
        rows.append({by: key, "events": int(c.sum()), "words": int(w.sum()), "sentences": len(idx),
                     "rate": b["estimate"] * scale, "ci_low": b["ci_low"] * scale, "ci_high": b["ci_high"] * scale})
    return pd.DataFrame(rows, columns=[by, "events", "words", "sentences", "rate", "ci_low", "ci_high"])
