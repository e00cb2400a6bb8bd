"""Position and intention cues read in context: "In a new poll, 40 percent ...", and the study of such cells.

Verbs of wanting, planning, seeking and backing ("wants", "plans", "sought", "backs"), prepositional frames ("In a
new poll, ...", "In a statement, ...", "For most voters, ...") and nouns after a possessor ("his claim that") report
a position, a plan or a finding in news as often as they name an action ("the bill seeks to", "came back in the
polls"). Bare, they were left out of the cue lexicon in earlier rounds. Here a term is a cue only in the **context
cells** its lexicon (``helpers/data/position_cues.yaml``) lists:

* a verb's cell is the class of its subject (:func:`subject_class`: ``pronoun``, ``name``, ``role_noun``,
  ``relative``, ``document``, ``noun``) and the kind of its complement (:func:`complement_class`: ``to_speech``,
  ``to``, ``that``, ``wh``, ``for``, ``np``, ``other``), then ``neg`` after a negation ("doesn't want to") and
  ``after_cue`` after another cue of the sentence ("said he wants to": as a rule that cue's content). The other
  tests are those of :mod:`helpers.measures.attribution_stance`: a subject of its own (not a passive or an
  infinitive, not "I", "we", "you" or "it"), no "if"/"whether"/"that" opening its clause, not inside an open
  quotation;
* a frame's cell is the class of its source, its kind (``in_speech``: "In a statement, the campaign ...", the
  subject after it is the source; ``in_poll``: "In a new Gallup poll, ..." or "... leads in the latest poll", the
  poll is the source; ``for_view`` and ``to_view``: "For most voters, ...", "To his critics, ...", the noun phrase
  is the source), its place (``initial`` when it opens the sentence, else ``medial``) and ``other_cue`` when the
  sentence has another cue;
* a noun's cell (``nominal`` entries: "his claim that", "Ann Roe's plan to") is the possessor's class and the
  complement's kind.

The shipped lexicon lists one cell, the poll frame that opens a sentence with no other cue ("In a recent poll by
X, 43 percent ..."): the cells were chosen on one half of PolNeAR train and confirmed on the other, then read out
of sample on AllSides (issue 12ad-c, ``benchmarks/study_position_cues.py``, which reads every cell with
``study=True``). Rows keep the entry's ``category`` (``intention`` or ``position``), so that tables can tell a
stated plan, view or finding from speech. Every test reads at most
:data:`helpers.measures.attribution_sentence._WINDOW` characters before the cue.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..text.lexicon import Matcher
from .attribution_cues import noun_use
from .attribution_phrases import _MAX_SOURCE_WORDS, _leading_subject, _relative_subject, _subject_phrase
from .attribution_sentence import _WINDOW, _Sentence

__all__ = ["PositionLexicon", "position_cues", "subject_class", "complement_class"]

_COMPLEMENTS = (
    ("to", re.compile(r"\s+(?:[a-z]+ly\s+)?to\s+(?!(?:the|a|an|his|her|their|its|this|these|those|him|them|me|us|it|"
                      r"my|our|your|what|where|which|some|any|all|each|every)(?![\w'\u2019-]))[a-z]", re.IGNORECASE)),
    ("that", re.compile(r"\s+that(?![\w'\u2019-])", re.IGNORECASE)),
    ("wh", re.compile(r"\s+(?:whether|if|how|what|why|who|when|where)(?![\w'\u2019-])", re.IGNORECASE)),
    ("for", re.compile(r"\s+for(?![\w'\u2019-])", re.IGNORECASE)),
    ("np", re.compile(r"\s+(?:[a-z]+ly\s+)?(?:(?:the|a|an|his|her|their|its|this|these|those|him|them|both|any|every|"
                      r"all|some|each|one|two|three|several|many|most|no)(?![\w'\u2019-])|(?-i:[A-Z])|\"|"
                      r"[\w-]+s(?![\w-]))", re.IGNORECASE)),
)
"""The kind of complement after the verb, first match wins: an infinitive, a "that" clause, a "wh" clause, "for" or a
noun-phrase object."""
_NEGATION = re.compile(r"(?:(?<![\w-])(?:do|does|did|has|have|had|will|would|could|should|can|ca|may|might|must|is|"
                       r"are|was|were|wo)(?:n't|n\u2019t|\s+not)|(?<![\w-])(?:not|never))\s+"
                       r"(?:(?:really|even|yet|always|necessarily)\s+)?$", re.IGNORECASE)
"""A negation right before the verb, with its auxiliary ("doesn't want", "did not seek", "never backed")."""
_BEFORE_BAD = re.compile(r"(?:(?<![\w-])(?:as|be|been|being|is|are|was|were|get|got|to))\s*$", re.IGNORECASE)
"""Right before the verb: a passive or an infinitive ("was backed", "to want")."""
_SUBORDINATE = re.compile(r"(?<![\w-])(?:if|whether|that|unless|lest)\s*$", re.IGNORECASE)
_NOT_SOURCES = frozenset({"i", "you", "we", "nobody", "no one", "none", "it", "this", "that", "one", "anyone",
                          "everyone", "everybody", "anybody", "someone", "somebody"})
_PRONOUNS = frozenset({"he", "she", "they"})
_HEAD_END = re.compile(r",|\s+(?:who|which|that|of|for|at|from|in|with|on)(?![\w-])")
_DOCUMENT = re.compile(r"(?<![\w-])(?:polls?|surveys?|stud(?:y|ies)|reports?|data|analys[ei]s|research|findings|"
                       r"results|numbers|figures|estimates|models?|records|documents?|emails?|memos?|filings?|"
                       r"audits?|reviews?|census|evidence|statistics|polling|laws?|bills?|rules?|measures?|"
                       r"proposals?|plans?|orders?|legislation|amendments?|platform|resolution|ads?|letters?|"
                       r"statements?|websites?|budgets?|policy|policies|programs?)$", re.IGNORECASE)
_FRAME = re.compile(
    r"\s*(?:(?:But|And|Also|Yet|Meanwhile|Later|Earlier)\s*,?\s+)?(?P<in>[Ii]n)\s+(?:(?:a|an|the|his|her|their|its|one|"
    r"(?-i:[A-Z])[\w.'\u2019-]*(?:'s|\u2019s))\s+)(?:[\w'\u2019-]+\s+){0,3}?(?P<noun>interviews?|statements?|speech(?:es)?|"
    r"letters?|tweets?|op-eds?|posts?|memos?|essays?|columns?|e-?mails?|videos?|ads?|editorials?|address|remarks|"
    r"books?|filings?|releases?|appearances?|conversations?|messages?|testimony|briefings?|debates?|rall(?:y|ies)|"
    r"commentary|comments|responses?|reports?|note|article|piece|podcast|broadcast)(?![\w-])[^,;:.!?\"]{0,120},\s+",
    re.IGNORECASE)
"""A fronted prepositional frame of speech or writing, up to its comma: "In a statement, ...", "In an interview with
a local paper on Tuesday, ...", "But in her speech at the convention, ..."."""
_LEAD = re.compile(r"\s*(?:[\"\u201c]\s*)?(?:(?:But|And|Also|Yet|Meanwhile|Still|Now|So|Even)\s*,?\s+)?")
"""What may stand before a frame that opens its sentence."""
_POLL = re.compile(r"\s+(?P<np>(?:(?:a|an|the|this|that|their|its|one|another|two|three|several|both|recent)\s+|"
                   r"(?=(?-i:[A-Z])))(?:[\w.'\u2019/&-]+\s+){0,5}?(?:polls?|surveys?|"
                   r"averages?)(?![\w-]))", re.IGNORECASE)
"""A poll after "in": "in a new CNN poll", "in the RealClearPolitics average"."""
_VIEW = re.compile(r"\s+(?P<np>(?:(?:the|a|an|his|her|their|its|many|most|some|these|those|both|all|(?-i:[A-Z])[\w.'\u2019-]*)"
                   r"\s+)?(?:[\w.'\u2019-]+\s+){0,4}?[\w.'\u2019-]+|him|her|them),\s", re.IGNORECASE)
"""The noun phrase of a fronted "For X," or "To X," up to its comma."""
_NOT_VIEW = re.compile(r"(?:now|example|instance|years?|months?|weeks?|days?|decades?|the\s+(?:first|last|most|moment|"
                       r"time|record|past|next)|a\s+(?:while|time|moment|few|long|number)|one\s+thing|be\s+sure|date|"
                       r"this\s+reason|that\s+reason|some\s+time|all\s+(?:that|his|her|the)|more|decades|now)\b",
                       re.IGNORECASE)
"""Time and discourse phrases after a fronted "For" or "To" ("For now,", "For example,", "To be sure,")."""


@dataclass(frozen=True)
class PositionLexicon:
    """The position-cue lexicon ready for :func:`helpers.measures.attribution.find_attributions`.

    ``matcher`` is built from ``entries`` (the lexicon's entries, with their ``cells``); with ``study`` every cell
    is read and a row's entry becomes ``"entry:cell"`` (for the candidate study only).
    """

    matcher: Matcher
    entries: dict
    study: bool = False

    @classmethod
    def from_lexicon(cls, lex: dict, study: bool = False) -> "PositionLexicon":
        """Build it from a lexicon of :func:`helpers.measures.attribution_lexicons.load_position_cues`."""
        return cls(Matcher(lex["entries"]), lex["entries"], study)


@lru_cache(maxsize=1)
def _role_tagger():
    from .source_roles import RoleTagger, load_roles

    return RoleTagger(load_roles())


def subject_class(src: str, how: str = "subject") -> str:
    """The class of a cue's subject: ``pronoun``, ``relative``, ``document``, ``name``, ``role_noun`` or ``noun``.

    Parameters
    ----------
    src : str
        The subject phrase ("the senator", "Ann Roe", "he", "the Roe campaign, which").
    how : str
        How the subject rules found it; a relative word ends the phrase of a relative subject.

    Returns
    -------
    str
        ``pronoun`` for he/she/they, ``relative`` for a phrase that ends in who/which/that, ``document`` for a poll,
        report, bill or plan as head, ``name`` for a capitalised head word, ``role_noun`` for a common noun that the
        source-role lexicon gives a person's role (not a document), ``noun`` otherwise.
    """
    low = src.strip().lower()
    if low in _PRONOUNS:
        return "pronoun"
    if re.search(r"(?<![\w-])(?:who|which|that|whom)$", low):
        return "relative"
    words = _HEAD_END.split(src.strip()[:160], maxsplit=1)[0].split()
    if not words:
        return "noun"
    last = words[-1].rstrip(".,")
    if _DOCUMENT.search(last) and last[:1].islower():
        return "document"
    if last[:1].isupper() or last.lower().endswith(("'s", "\u2019s")) and last[:1].isupper():
        return "name"
    role = _role_tagger().phrase_role(src)
    if role and role not in ("document", "unknown"):
        return "role_noun"
    return "noun"


@lru_cache(maxsize=1)
def _speech_infinitives() -> frozenset:
    """The bare forms of the reporting-verb lexicon's single-word terms ("say", "argue", "explain")."""
    from .attribution_lexicons import load_verbs

    out = set()
    for entry in load_verbs()["entries"].values():
        for t in entry.get("terms", []) or []:
            t = t.lower()
            if " " in t or not t.isalpha():
                continue
            if t.endswith("ed"):  # "explained" -> "explain", "argued" -> "argue"
                out.update((t[:-2], t[:-1]))
            elif not t.endswith(("s", "ing")):
                out.add(t)
    return frozenset(out - {"think", "want", "know", "feel", "expect", "hope", "believe", "agree", "worry", "see"})


_INFINITIVE_VERB = re.compile(r"\s+(?:[a-z]+ly\s+)?to\s+([a-z]+)", re.IGNORECASE)


def complement_class(masked: str, end: int) -> str:
    """The kind of complement after a cue.

    Parameters
    ----------
    masked : str
        The sentence, its quotations masked.
    end : int
        Offset where the cue ends.

    Returns
    -------
    str
        ``to_speech`` (an infinitive of a verb of speech of the reporting-verb lexicon: "tried to explain"), ``to``
        (another infinitive), ``that``, ``wh`` ("whether", "how" ...), ``for``, ``np`` (a noun-phrase object) or
        ``other``.
    """
    for name, rx in _COMPLEMENTS:
        if rx.match(masked, end):
            if name == "to":
                v = _INFINITIVE_VERB.match(masked, end)
                if v is not None and v.group(1).lower() in _speech_infinitives():
                    return "to_speech"
            return name
    return "other"


def _cells(entry: dict | None) -> frozenset:
    """The cells an entry lists, spaces normalised (read only for a hit, so not cached)."""
    return frozenset(" ".join(c.split()) for c in (entry or {}).get("cells", []) or [])


def position_cues(ctx: _Sentence, matcher: Matcher, found: list, entries: dict | None = None,
                  study: bool = False) -> list[tuple[str, int, str, int, int, str]]:
    """Position and intention cues of one sentence, read in the context cells their lexicon allows.

    Parameters
    ----------
    ctx : helpers.measures.attribution_sentence._Sentence
        The sentence, its quotations masked.
    matcher : helpers.text.lexicon.Matcher
        Built from the entries of the position-cue lexicon (``position_cues.yaml``).
    found : list of helpers.measures.attribution.Attribution
        The attributions the other rules found in the sentence: a cue overlapping one of theirs is skipped, a verb
        after one of theirs gets the cell mark ``after_cue``, and a sentence-opening frame other than a poll's
        needs a sentence with none (a poll frame gets the mark ``other_cue``).
    entries : dict or None
        The lexicon's entries, with their ``cells`` ("role_noun to", "pronoun to neg", "document in_poll initial")
        and their ``frame`` or ``nominal`` kind.
    study : bool
        Return every cell (for the candidate study of ``benchmarks/study_position_cues.py``), not only listed ones.

    Returns
    -------
    list of tuple
        ``(subject, subject start, entry, cue start, cue end, cell)`` per cue, offsets in the sentence.
    """
    masked = ctx.masked
    first = min((a.verb_start for a in found), default=len(masked))
    out = []
    for m in matcher.find(masked):
        entry = entries.get(m.entry) if entries is not None else None
        if entry is not None and entry.get("frame"):
            word = masked[m.start:m.end].lower()
            for eid, e in entries.items():  # frames that share a word ("in a statement", "in a poll")
                if e.get("frame") and word in (t.lower() for t in e.get("terms", [])):
                    hit = _frame(ctx, m, found, e["frame"])
                    if hit is not None and (study or hit[5] in _cells(e)):
                        out.append((*hit[:2], eid, *hit[3:]))
                        break
            continue
        if entry is not None and entry.get("nominal"):
            if not _overlaps(found, m.start, m.end) and (ctx.first_unclosed is None or ctx.first_unclosed > m.start):
                hit = _nominal(ctx, m)
                if hit is not None and (study or hit[5] in _cells(entry)):
                    out.append(hit)
            continue
        after = m.end > first  # after another cue of the sentence: as a rule that cue's content ("said he wants")
        if any(a.verb_start < m.end and m.start < a.verb_end for a in found):
            continue
        cue = masked[m.start:m.end]
        if noun_use(masked, m.start, cue) or (m.start > 1 and masked[m.start - 1] == "-"):
            continue
        if ctx.first_unclosed is not None and ctx.first_unclosed < m.start:
            continue
        lo = max(0, m.start - _WINDOW)
        before = masked[lo:m.start]
        if _BEFORE_BAD.search(before[-20:]):
            continue
        neg = _NEGATION.search(before[-30:])
        stem = before[: len(before) - len(neg.group())] if neg else before
        floor = max((a.verb_end - lo for a in found if a.verb_end <= m.start), default=0) if after else 0
        src, s0, how = _subject_phrase(stem, len(stem), max(0, floor))
        if not src and how == "empty":
            src, s0, how = _relative_subject(stem)
        if not src or how not in ("subject", "chain") or len(src.split()) > _MAX_SOURCE_WORDS:
            continue
        if src.lower() in _NOT_SOURCES or _SUBORDINATE.search(stem[:s0].rstrip()):
            continue
        cell = f"{subject_class(src, how)} {complement_class(masked, m.end)}" + (" neg" if neg else "") + (
            " after_cue" if after else "")
        if study or cell in _cells(entry):
            out.append((src, s0 + lo, m.entry, m.start, m.end, cell))
    return out


_POSSESSOR = re.compile(r"(?:(?<![\w'\u2019-])(?P<pron>his|her|their)|(?P<name>(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){0,3}"
                        r"(?-i:[A-Z])[\w.-]*(?:'s|\u2019s|s'|s\u2019)))\s+(?:(?:[a-z]+(?:ly)?|[a-z]+-[a-z]+)\s+)?$")
"""A possessor right before a speech or position noun, with at most one modifier: "his claim", "Ann Roe's repeated
calls"."""


def _nominal(ctx: _Sentence, m) -> tuple[str, int, str, int, int, str] | None:
    """A speech or position noun after a possessor ("his claim that", "the senator's call for") as a cue; the
    possessor is the source; the cell is the possessor's class (``pronoun`` or ``name``), the complement's kind and
    ``nominal``."""
    p = _POSSESSOR.search(ctx.masked, max(0, m.start - 80), m.start)
    if p is None:
        return None
    if p.group("pron"):
        src, s0, cls = p.group("pron"), p.start("pron"), "pronoun"
    else:
        name = p.group("name")
        src = re.sub(r"(?:'s|\u2019s|'|\u2019)$", "", name)
        if src.split()[0] in ("The", "A", "An", "This", "That"):
            src = src.split(None, 1)[1] if " " in src else ""
        if not src:
            return None
        s0, cls = p.start("name") + name.index(src), "name"
    return src, s0, m.entry, m.start, m.end, f"{cls} {complement_class(ctx.masked, m.end)} nominal"


def _overlaps(found: list, a: int, b: int) -> bool:
    return any(x.verb_start < b and a < x.verb_end for x in found)


def _frame(ctx: _Sentence, m, found: list, kind: str) -> tuple[str, int, str, int, int, str] | None:
    """A prepositional frame as a cue; the cell is the source's class, the frame's place (``initial``: it opens the
    sentence; ``medial``) and ``other_cue`` when another cue stands in the sentence.

    * ``in_speech``: "In a statement, the campaign ...": fronted only; the source is the subject after it;
    * ``in_poll``: "In a new poll, ...", "... leads in the latest Gallup survey": the source is the poll;
    * ``for_view``, ``to_view``: "For most voters, the issue ...", "To his critics, he is ...": fronted only, the
      source is the noun phrase after the preposition.
    """
    masked = ctx.masked
    initial = m.start <= 12 and _LEAD.match(masked).end() == m.start
    if (not initial and kind != "in_poll") or _overlaps(found, m.start, m.end):
        return None
    place = ("initial" if initial else "medial") + (" other_cue" if found else "")
    if kind == "in_speech":
        f = _FRAME.match(masked)
        if f is None or f.start("in") != m.start or found:
            return None
        sub = _leading_subject(ctx, min(len(masked), f.end() + 120))
        if sub is None or sub[1] < f.end() or sub[0].lower() in _NOT_SOURCES:
            return None
        src, s0 = sub
        end = f.end("noun")
    elif kind == "in_poll":
        f = _POLL.match(masked, m.end)
        if f is None:
            return None
        src, s0, end = masked[f.start("np"):f.end("np")], f.start("np"), f.end("np")
    else:
        f = _VIEW.match(masked, m.end)
        if f is None or not initial:
            return None
        src, s0, end = f.group("np"), f.start("np"), m.end
        if src.lower() in _NOT_SOURCES or _NOT_VIEW.match(src):
            return None
    if len(src.split()) > _MAX_SOURCE_WORDS:
        return None
    return src, s0, m.entry, m.start, end, f"{subject_class(src)} {kind} {place}"
