"""Cue senses: frame cues used inside a name, as a person's title or as the speaker of an attribution.

A cue word counts for its frame only when it is used in the frame's sense. Three general uses may not be that
sense, whatever the topic or outlet (:func:`cue_senses`; only ``name`` is applied by default, see
:data:`DEFAULT_SENSES`):

* ``"name"``: the cue is part of a capitalised proper name, an organisation, institution, body or document
  ("Council for Religious Affairs", "Ministry of Economic Affairs", "Human Rights Watch", "Pakistan's
  Ambassador to Afghanistan"). Not inside a headline written in title case and run into the text ("China
  Greens Its Economy By Funding Coal Projects", "Assessment Forecasts Dire Effects On Economy"), nor when an
  event noun heads the name ("the first Gulf War", "the Cold War": a war) or the cue opens the sentence before a
  lower-case link word ("Critics of Mr Barr said"; issue 14w). A cue that the codebook writes with capitals ("God", "United Nations") or lists
  under an entry's ``name_safe`` terms is a name on purpose: no sense rule applies to it.
* ``"title"``: the cue is, or modifies, a person's title directly before the person's name ("ambassador
  Jane Smith", "defense minister Khawaja Asif", "economic adviser Larry Kudlow").
* ``"speaker"``: the cue is, or modifies, a person's title that is the source of an attribution ("the
  ambassador told reporters", '"...," the defense minister said'); the speaker spans come from the
  project's attribution rules (:func:`helpers.measures.attribution.find_attributions`).

A *title* is a role noun of the source-role lexicon (``helpers/data/source_roles.yaml``: minister, ambassador,
spokesman, adviser, officer, ...; organisations, documents, anonymous sources and ordinary people
excluded: "a 16-year-old student said" describes a person, which is the human-interest sense): the cue itself, or the
one to three words right after it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from ..core.wording import noun
from ..text.lexicon import load_lexicon, term_key

__all__ = ["DEFAULT_SENSES", "SENSE_RULES", "SENSE_WORDS", "cue_senses"]

SENSE_RULES = ("name", "title", "speaker")
"""The sense rules :func:`cue_senses` knows, in the order they are tried."""
SENSE_WORDS = {"name": "inside a name", "title": "as a person's title", "speaker": "as the speaker of an attribution"}
"""How a report says that a cue was discounted by each rule of :data:`SENSE_RULES`."""
DEFAULT_SENSES = ("name",)
"""The rules applied by default. ``title`` and ``speaker`` are left out: in 30 random removals each in 3,000
AllSides articles, the word kept its frame's sense in most ("trade commissioner Cecilia Malmstrom said it was a bad
day for world trade"; "Republican senators complained", "the campaign said": a politician speaking is the political
frame): 11 of 30 and 4 of 30 were wrong senses (``benchmarks/bench_framing_senses.py``, issue 14v)."""

_NAME_BEFORE_RE = re.compile(r"[A-Z][\w.-]*(?:['\u2019]s)?(?:\s+(?:of|for|the|to))*\s+$")
_NAME_AFTER_RE = re.compile(r"^(?:\s+(?:of|for|and|the|to|on))*\s+[A-Z][a-z]")
_NOT_A_NAME = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december i the a an this that these those it he she they we but and "
    "in on at for as to by of with from".split()
)
_PERSON_NAME_RE = re.compile(r"^ ((?:[A-Z]\.\s*)+[A-Z][\w'\u2019-]+|[A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z]\.)?\s+[A-Z][\w'\u2019-]+)")
_CUE_ENDS_IN_FUNCTION_WORD = frozenset(("to", "of", "for", "with", "on", "in", "by", "from", "about", "the", "a"))
_CONNECTORS = frozenset(("of", "for", "and", "the", "to", "on", "in", "a", "&"))
_FUNCTION_WORDS = frozenset("by in on its is are was were with as at from over after into about up out his her "
                            "their will can".split())
# event nouns: a name they end is an event of their kind ("Gulf War", "Cold War", "Great Depression")
_EVENT_HEADS = frozenset("war wars crisis crises revolution recession depression uprising rebellion insurgency "
                         "invasion massacre genocide famine scandal riots bombing bombings attacks".split())
_EVENT_AFTER_RE = re.compile(r"^\s+(?:[IVX]+|\d+|of\s+\d+)\b")  # "World War II", "the Crisis of 2008"
_OPENER_NAME_RE = re.compile(r"\s+(?:[A-Z]|(?:and|&)\s)")  # after a sentence-opening cue: a name runs on
_CONNECTOR_BEFORE_RE = re.compile(r"\b(?:of|for|and|on|to|&)\s+$")
_WORD_RE = re.compile(r"[\s-]+([A-Za-z][\w.'\u2019]*)")
_ROLE_KINDS_LEFT_OUT = ("document", "anonymous", "ordinary_person")
# organisation nouns of the role lexicon: a cue before them is a name or a body, not a person's title
_ORGANISATIONS = frozenset(
    "administration government governments states ministry department agency authority authorities embassy "
    "court white house state department pentagon kremlin foreign office cabinet council commission committee "
    "army military navy air force police department intelligence think tank think-tank institute university "
    "center centre research center college institution newspaper newspapers news agency outlet media the press "
    "magazine network channel television tv radio website blog union ngo charity nonprofit non-profit foundation "
    "federation league coalition alliance group groups movement association lobby".split()
)


@lru_cache(maxsize=4)
def _title_terms(path: str = "source_roles") -> frozenset:
    """Lower-cased role nouns of persons from the source-role lexicon (one- to three-word terms)."""
    lex = load_lexicon(path, extra_entry_keys=("kind", "groups", "intro_nouns"))  # unnamed groups (12y), intro nouns (12ac-r)
    out = set()
    for eid, e in lex["entries"].items():
        if eid in _ROLE_KINDS_LEFT_OUT:
            continue
        for t in e.get("terms") or []:
            k = term_key(t).rstrip(".")
            if k and k not in _ORGANISATIONS and len(k.split()) <= 3:
                out.add(k)
    return frozenset(out)


def _title_end(text: str, start: int, end: int, titles: frozenset) -> int | None:
    """End offset of the person's title that the cue at ``[start, end)`` is or modifies, or None."""
    words = [w.rstrip(".,") for w in text[start:end].lower().split()]
    for k in range(min(3, len(words)), 0, -1):
        if " ".join(words[-k:]) in titles:
            return end
    if words and words[-1] in _CUE_ENDS_IN_FUNCTION_WORD:  # "plan to host ...": a verb follows, not a title
        return None
    after, pos = [], end
    for _ in range(3):
        m = _WORD_RE.match(text, pos)
        if not m:
            break
        after.append((m.group(1).lower().rstrip(".,'\u2019"), m.end(), m.group(1)[:1].isupper()))
        pos = m.end()
    if after and text[start:start + 1].islower() and after[0][2]:
        return None  # a lower-case cue before a capitalised title starts a new phrase: "repeal President Obama"
    best = None
    for k in range(1, len(after) + 1):
        if " ".join(w for w, _, _ in after[:k]) in titles:
            best = after[k - 1][1]
    return best


def _before_person_name(text: str, pos: int, titles: frozenset) -> bool:
    """True when a person's name follows: two capitalised words (or initials and a capitalised word), the
    first not a weekday, month, function word, role noun or organisation noun ("Party", "Secretary")."""
    m = _PERSON_NAME_RE.match(text[pos:pos + 60])
    if not m or text[pos:pos + 1] not in (" ", "\u00a0"):
        return False
    first = m.group(1).split()[0].rstrip(".,'\u2019").lower()
    return first not in _NOT_A_NAME and first not in titles and first not in _ORGANISATIONS and \
        first.rstrip("s") not in _ORGANISATIONS


def _headline_run(text: str, start: int, end: int) -> bool:
    """True when the cue sits in a headline run into the text, not in a name.

    The run is the stretch of capitalised words (with lower-case "of", "for", "and", "the", "to", "on", "in",
    "a" between them) around the cue, up to a comma or a sentence mark. It is a headline when it is written
    in capitals (three words or more: "ICE TO LAUNCH DEPORTATION RAIDS") or when a capitalised verb, pronoun
    or preposition stands in it after its first word ("Dire Effects On Economy", "Greens Its Economy By
    Funding"), which names do not have ("of", "for", "and", "to" are left out: some names capitalise them).
    """
    left = text[max(0, start - 200):start].split(" ")[:-1] if text[max(0, start - 200):start].endswith(" ") else []
    right = text[end:end + 200].split(" ")[1:] if text[end:end + 1] == " " else []
    run: list[str] = [text[start:end]]
    for w in reversed(left):
        if not w or w[-1:] in ",.;:!?" or not (w[:1].isupper() or w.lower() in _CONNECTORS):
            break
        run.insert(0, w)
    for w in right:
        if not w or not (w[:1].isupper() or w.lower() in _CONNECTORS):
            break
        run.append(w)
        if w[-1:] in ",.;:!?":
            break
    words = [w.strip(",.;:!?'\"\u2018\u2019\u201c\u201d()") for w in run]
    letters = [w for w in words if any(c.isalpha() for c in w)]
    if len(letters) >= 3 and all(w.isupper() for w in letters):
        return True
    return any(w.lower() in _FUNCTION_WORDS and w[:1].isupper() for w in words[1:])


def _event_name(text: str, start: int, end: int) -> bool:
    """True when the cue is the head of an event's name: an event noun (:data:`_EVENT_HEADS`) that ends the
    capitalised run, with no connector before it ("the first Gulf War", "the Cold War", "World War II",
    "the Great Recession"): the name then denotes an event of the cue's kind ("Institute for War and Peace
    Reporting", "International Crisis Group" and "War Department" stay names)."""
    if text[start:end].lower() not in _EVENT_HEADS:
        return False
    if _NAME_AFTER_RE.match(text[end:end + 40]) and not _EVENT_AFTER_RE.match(text[end:end + 40]):
        return False
    return not _CONNECTOR_BEFORE_RE.search(text[max(0, start - 12):start])


def _opens_sentence_before_link(text: str, start: int, end: int) -> bool:
    """True for a cue that opens the text (after any opening quotation mark or bracket) and is followed by a
    lower-case link word, not by another capitalised word: its capital is the sentence's ("Critics of Mr Barr
    said", "Victims of the flood"), while a name that opens a sentence runs on in capitals ("Human Rights Watch
    said") or joins capitalised words with "and" ("Health and Human Services said", "Fairness and Accuracy in
    Reporting")."""
    return text[:start].strip(" \"'\u2018\u201c(") == "" and not _OPENER_NAME_RE.match(text[end:end + 8])


def _in_name(text: str, start: int, end: int) -> bool:
    """True for a capitalised cue next to another capitalised word of a name (the first word of a text
    is only checked against the word after it), unless it sits in a title-case headline, heads an event's
    name or opens the sentence before a lower-case link word."""
    if not text[start:start + 1].isupper() or _headline_run(text, start, end):
        return False
    if _event_name(text, start, end) or _opens_sentence_before_link(text, start, end):
        return False
    before = _NAME_BEFORE_RE.search(text[max(0, start - 40):start])
    after = _NAME_AFTER_RE.match(text[end:end + 40])
    return bool((before and text[:start].strip()) or after)


def _speaker_spans(texts: Sequence[str], units: Sequence[int]) -> dict[int, list[tuple[int, int]]]:
    """Source spans of the attributions found in the given units (the project's attribution rules)."""
    from ..measures.attribution import find_attributions
    from ..measures.attribution_lexicons import load_verbs, verb_table
    from ..text.lexicon import Matcher

    verbs = load_verbs()
    vm, info = Matcher(verbs["entries"]), verb_table(verbs)
    out: dict[int, list[tuple[int, int]]] = {}
    for u in units:
        spans = [(a.source_start, a.source_end) for a in find_attributions(texts[u], vm, info)
                 if a.source_end > a.source_start]
        if spans:
            out[u] = spans
    return out


def cue_senses(
    cues: pd.DataFrame,
    texts: Sequence[str],
    codebooks: Mapping[str, dict],
    rules: Sequence[str] = DEFAULT_SENSES,
) -> np.ndarray:
    """The sense rule under which each frame cue does not count ("" when it counts).

    Parameters
    ----------
    cues : DataFrame
        Cue rows with ``unit``, ``lexicon``, ``entry``, ``start``, ``end`` and ``cue`` (as from
        :class:`helpers.framing.cues.CueScanner`); only rows whose ``lexicon`` is a frame codebook are judged.
    texts : sequence of str
        The unit texts the offsets refer to.
    codebooks : mapping of str to dict
        The frame codebooks. Terms written with a capital letter, and the terms an entry lists under
        ``name_safe``, are names on purpose ("Republican", "God"): no sense rule applies to them.
    rules : sequence of str, default DEFAULT_SENSES
        The rules to apply, from :data:`SENSE_RULES` (``"name"``, ``"title"``, ``"speaker"``); an empty
        sequence applies none.

    Returns
    -------
    numpy.ndarray of str
        Aligned with ``cues``: ``"name"``, ``"title"``, ``"speaker"`` (the first rule that applies, in the
        order of :data:`SENSE_RULES`) or ``""``.

    Raises
    ------
    ValueError
        For an unknown rule name.
    """
    bad = [r for r in rules if r not in SENSE_RULES]
    if bad:
        raise ValueError(f"unknown sense {noun(len(bad), 'rule')} {bad}; choose from {SENSE_RULES}.")
    out = np.full(len(cues), "", dtype=object)
    sel = np.flatnonzero(cues["lexicon"].isin(list(codebooks)).to_numpy()) if len(cues) else []
    if not len(sel) or not rules:
        return out
    safe = {(fam, eid, term_key(t)) for fam, cb in codebooks.items() for eid, e in cb["entries"].items()
            for t in e.get("terms") or [] if t[:1].isupper()}
    safe |= {(fam, eid, term_key(t)) for fam, cb in codebooks.items() for eid, e in cb["entries"].items()
             for t in e.get("name_safe") or []}
    titles = _title_terms() if ("title" in rules or "speaker" in rules) else frozenset()
    lex, ent, cue = (cues[c].astype(str).to_numpy() for c in ("lexicon", "entry", "cue"))
    unit, start, end = (cues[c].to_numpy() for c in ("unit", "start", "end"))
    pending: list[int] = []
    for i in sel:
        t, st, en = texts[unit[i]], int(start[i]), int(end[i])
        if (lex[i], ent[i], cue[i]) in safe:
            continue
        if "name" in rules and _in_name(t, st, en):
            out[i] = "name"
            continue
        if not titles:
            continue
        tend = _title_end(t, st, en, titles)
        if tend is None:
            continue
        if "title" in rules and _before_person_name(t, tend, titles):
            out[i] = "title"
        elif "speaker" in rules:
            pending.append(i)
    if pending:
        spans = _speaker_spans(texts, sorted({int(unit[i]) for i in pending}))
        for i in pending:
            if any(a <= start[i] and end[i] <= b for a, b in spans.get(int(unit[i]), ())):
                out[i] = "speaker"
    return out
