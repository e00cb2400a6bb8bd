"""Versioned lexicon files: loading, validation and matching.

Gazetteers, verb lists and codebooks are data, kept as YAML files with their
sources, not constants in code. Every file has the same outer shape::

    name: actors                # required
    version: 1                  # required
    source: "where the lists come from"   # required
    description: "..."          # optional
    entries:                    # required, a mapping of entry id to entry
      ttp:
        label: TTP (Tehreek-e-Taliban Pakistan)
        terms: [TTP, Tehreek-e-Taliban Pakistan]   # literal phrases
        patterns: ['Tehr[ei]k-[ei]-Taliban']        # regular expressions

Matching rules (documented here, relied on everywhere):

* Matching runs on :func:`helpers.text.normalize.fold` of the text, so curly quotes and
  dashes in articles match straight ones in the lexicon, and offsets stay
  valid in the original text. A space in a term matches any run of white space.
* A term matches at word boundaries. It is case-insensitive, except a term
  written entirely in capitals (``TTP``, ``US``, ``ISI``), which matches only
  in capitals, so "us" is not the United States.
* ``patterns`` are regular expressions, case-insensitive, at word boundaries.
* At each position the longest term is taken ("Tehreek-e-Taliban Pakistan"
  is the TTP, not Pakistan); when term and pattern matches overlap, the
  longest wins, and at equal length the earlier entry in the file.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from ..core.paths import DATA_DIR
from ..core.study import read_yaml_mapping, study_lexicon_path
from ..core.wording import noun
from .normalize import fold
from .pattern_triggers import TriggerIndex
from .trie import trie_regex

__all__ = [
    "BASE_ENTRY_KEYS",
    "LexiconError",
    "Match",
    "Matcher",
    "REQUIRED_TOP",
    "TOP_KEYS",
    "entries_key",
    "is_caps_term",
    "load_lexicon",
    "load_study_lexicon",
    "NAMED_ENTRY_KEYS",
    "term_key",
    "trie_regex",
]

TOP_KEYS = {"name", "version", "source", "description", "entries", "notes"}
REQUIRED_TOP = {"name", "version", "source", "entries"}
BASE_ENTRY_KEYS = {"label", "terms", "patterns", "source", "notes", "definition"}
NAMED_ENTRY_KEYS = {"actors": {"members"}}
"""Entry keys a lexicon allows by its ``name``: an actor list's ``members`` are patterns that say a source is a member
of the actor ("Republican strategist", "R-Ohio"), read only for the affiliation of sources
(:func:`helpers.measures.role_forms.affiliation`, :mod:`helpers.measures.affiliation_names`), never as a mention of
the actor."""


class LexiconError(ValueError):
    """A lexicon or codebook file is malformed."""


@dataclass(frozen=True)
class Match:
    """One lexicon match in a text: entry id, character span, matched text."""

    entry: str
    start: int
    end: int
    text: str


def load_lexicon(path: str | Path, extra_entry_keys: Iterable[str] = (), require_terms: bool = True) -> dict:
    """Load and validate a lexicon YAML file.

    Parameters
    ----------
    path : str or Path
        The file. A bare name such as ``"actors"`` is looked up in the active
        study's ``lexicons`` (:mod:`helpers.core.study`), then as
        ``helpers/data/<name>.yaml``.
    extra_entry_keys : iterable of str
        Keys allowed in entries beyond ``label``, ``terms``, ``patterns``,
        ``source``, ``notes``, ``definition`` (a codebook may add its own).
    require_terms : bool
        Whether every entry must have at least one term or pattern.

    Returns
    -------
    dict
        The parsed file, with ``entries`` in file order and ``path`` added.

    Raises
    ------
    LexiconError
        Naming the file and the entry: for a missing file, bad YAML, unknown
        or missing keys, an empty cue list, a non-string term, or a pattern
        that is not a valid regular expression.
    """
    p = Path(path)
    if not p.suffix and not p.exists():
        p = study_lexicon_path(str(path)) or DATA_DIR / f"{p}.yaml"
    if not p.is_file():
        raise LexiconError(f"lexicon file {str(p)!r} not found: give a path to a .yaml file.")
    doc = read_yaml_mapping(p, REQUIRED_TOP, TOP_KEYS, LexiconError)
    entries = doc["entries"]
    if not isinstance(entries, dict) or not entries:
        raise LexiconError(f"{p}: 'entries' must be a non-empty mapping of id to entry.")
    allowed = BASE_ENTRY_KEYS | set(extra_entry_keys) | NAMED_ENTRY_KEYS.get(str(doc.get("name")), set())
    for eid, entry in entries.items():
        where = f"{p}: entry {eid!r}"
        if not isinstance(entry, dict):
            raise LexiconError(f"{where} must be a mapping.")
        bad = set(entry) - allowed
        if bad:
            raise LexiconError(f"{where}: unknown {noun(len(sorted(bad)), 'key')} {sorted(bad)}; allowed: {sorted(allowed)}.")
        for key in ("terms", "patterns", "members"):
            vals = entry.get(key, [])
            if vals is None or not isinstance(vals, list):
                raise LexiconError(f"{where}: {key!r} must be a list (possibly empty).")
            for v in vals:
                if not isinstance(v, str) or not v.strip():
                    raise LexiconError(f"{where}: {key!r} holds {v!r}; every item must be a non-empty string.")
        for pat in [*entry.get("patterns", []), *entry.get("members", [])]:
            try:
                re.compile(pat)
            except re.error as exc:
                raise LexiconError(f"{where}: pattern {pat!r} is not a valid regular expression ({exc}).") from exc
        if require_terms and not (entry.get("terms") or entry.get("patterns")):
            raise LexiconError(f"{where}: needs at least one item in 'terms' or 'patterns' (the cue list is empty).")
    doc = dict(doc)
    doc["path"] = str(p)
    return doc


def load_study_lexicon(name: str, extra_entry_keys: Iterable[str] = ()) -> dict:
    """Load a lexicon only a study can give (``actors``, ``naming_labels``); empty when the active study has none.

    A study without actors (the ``general`` study, or a user's study with
    actors but no naming labels) gets an empty lexicon instead of an error,
    and the measures built on it find nothing; the notebooks check
    :attr:`helpers.core.study.Study.has_actors` and say so.

    Parameters
    ----------
    name : str
        A bare lexicon name (a key of the study's ``lexicons``).
    extra_entry_keys : iterable of str
        As for :func:`load_lexicon`.

    Returns
    -------
    dict
        The study's lexicon (:func:`load_lexicon`), or ``{"name": name, "version": 0, "source": ..., "entries": {},
        "path": ""}`` when the active study has no file for ``name``.
    """
    path = study_lexicon_path(name)
    if path is None:
        return {"name": name, "version": 0, "source": "none: the active study has no lexicon of this name",
                "entries": {}, "path": ""}
    return load_lexicon(path, extra_entry_keys=extra_entry_keys)


def term_key(text: str) -> str:
    """Lookup key of a term or a matched text: folded, single-spaced, case-folded.

    Parameters
    ----------
    text : str
        A term or a matched text.

    Returns
    -------
    str
    """
    return " ".join(fold(text).split()).casefold()


def is_caps_term(term: str) -> bool:
    """Whether a term is written in capitals only (``TTP``, ``US``): it then matches only in capitals.

    Parameters
    ----------
    term : str
        A lexicon term.

    Returns
    -------
    bool
        True when the folded term has a letter and no lower-case letter.
    """
    t = fold(term.strip())
    return any(c.isalpha() for c in t) and t == t.upper()


_FIND_CACHE_CHARS = 300
"""Texts up to this length have their matches remembered by the matcher: the role rules read the same phrases and
short sentences many times (in 300 AllSides articles, 190,735 look-ups of 116,344 distinct texts)."""
_FIND_CACHE_SIZE = 50_000
"""At most this many remembered texts per matcher; the memory is cleared when full (bounded memory on any corpus)."""


class Matcher:
    """Find lexicon entries in texts.

    Parameters
    ----------
    entries : mapping
        Entry id to entry (with ``terms`` and/or ``patterns``), e.g. the
        ``entries`` of :func:`load_lexicon`.

    Notes
    -----
    All literal terms are compiled into one case-insensitive expression
    factored as a prefix trie, so a text is scanned once whatever the size of
    the lexicon; the entry of a match is found by dictionary lookup, and a
    term written in capitals only accepts a match in capitals. Patterns are
    compiled into a second expression, and a text is scanned only with the
    patterns whose required literal words occur in it (:class:`_PatternSet`;
    the same matches). Overlapping matches are resolved
    longest first, then by entry order. The matches of a text of at most
    300 characters are remembered (at most 50,000 texts; the same text gives
    the same matches, so this changes no result, only the time).
    """

    def __init__(self, entries: dict):
        key = entries_key(entries)
        parts = _matcher_parts(key) if key is not None else _build_matcher_parts(entries)
        self._order, self._lookup, self._terms, self._group_entry, self._patterns = parts
        self._found: dict[str, tuple[Match, ...]] = {}  # short texts already matched (the role rules ask again)
        self.common_terms = frozenset(term_key(t) for e in entries.values() for t in (e.get("terms") or [])
                                      if isinstance(t, str) and t == t.lower())
        """Lookup keys (:func:`term_key`) of the terms written all in lower case: common nouns such as "migrants",
        which a caller may refuse inside a capitalised name ("the Immigrant Rights Project")."""

    def _term_entry(self, matched: str) -> str | None:
        cands = self._lookup.get(term_key(matched))
        if not cands:
            return None
        norm = " ".join(matched.split())
        for eid, caps in cands:
            if caps is None or caps == norm:
                return eid
        return None

    def _candidates(self, folded: str) -> list[tuple[int, int, str]]:
        out = []
        if self._terms is not None:
            pos = 0
            while pos <= len(folded):
                m = self._terms.search(folded, pos)
                if m is None or m.end() == m.start():
                    break
                eid = self._term_entry(m.group())
                if eid is not None:
                    out.append((m.start(), m.end(), eid))
                    pos = m.end()
                else:  # e.g. "us" for the capitals-only term "US": look further on
                    pos = m.start() + 1
        if self._patterns is not None:
            group_entry = self._group_entry
            out.extend((start, end, group_entry[f"p{i}"]) for start, end, i in self._patterns.spans(folded))
        return out

    def find(self, text: str) -> list[Match]:
        """Return the non-overlapping matches in ``text``, in text order.

        Overlaps are resolved longest first, then by entry order.
        """
        if not text:
            return []
        short = len(text) <= _FIND_CACHE_CHARS
        if short:
            hit = self._found.get(text)
            if hit is not None:
                return list(hit)
        found = self._find(text)
        if short:
            if len(self._found) >= _FIND_CACHE_SIZE:
                self._found.clear()
            self._found[text] = tuple(found)
        return found

    def _find(self, text: str) -> list[Match]:
        cands = self._candidates(fold(text))
        if len(cands) > 1:
            cands.sort(key=lambda c: (-(c[1] - c[0]), self._order[c[2]], c[0]))
            starts: list[int] = []  # the kept spans, disjoint, sorted by start (so also by end)
            ends: list[int] = []
            kept = []
            for s, e, eid in cands:
                i = bisect.bisect_left(starts, e)  # kept spans starting before this one ends
                if i and ends[i - 1] > s:  # the last of them reaches past this start: an overlap
                    continue
                starts.insert(i, s)
                ends.insert(i, e)
                kept.append((s, e, eid))
            cands = kept
        return sorted((Match(eid, s, e, text[s:e]) for s, e, eid in cands), key=lambda m: (m.start, m.end))

    def entries_in(self, text: str) -> list[str]:
        """Entry ids found in ``text``, each once, in order of first match."""
        seen: dict[str, None] = {}
        for m in self.find(text):
            seen.setdefault(m.entry, None)
        return list(seen)


def entries_key(entries: dict) -> tuple | None:
    """What a :class:`Matcher` reads from ``entries`` (ids, terms, patterns, in order) as a hashable key.

    Matchers and :class:`helpers.framing.cues.CueScanner` memoise their tables on it.

    Parameters
    ----------
    entries : dict
        A lexicon's ``entries`` mapping (entry id -> dict with optional ``terms`` and ``patterns`` lists).

    Returns
    -------
    tuple or None
        None when a term or pattern cannot be hashed; the caller then builds its tables without the memo.
    """
    try:
        key = tuple((eid, tuple(e.get("terms", []) or []), tuple(e.get("patterns", []) or []))
                    for eid, e in entries.items())
        hash(key)
    except TypeError:
        return None
    return key


_WORD_START = r"(?<!\w)(?<!\w['\u2019])"
"""Where a term may start: not inside a word, and not right after a letter and an apostrophe (round 12bw-a: "ad" in
the name "Ra'ad" was read as the document noun; "Sa'id", "Hawai'i", "Qur'an" likewise). A term may still end before
an apostrophe ("the spokesman's")."""


@lru_cache(maxsize=64)
def _matcher_parts(key: tuple) -> tuple:
    """The tables of a matcher, memoised on :func:`entries_key`: a pure function of it, never changed after build.

    Building the reporting-verb and role matchers takes 30-90 ms each, and
    :func:`helpers.measures.sourcing.extract_attributions` builds them at every call.
    """
    return _build_matcher_parts({eid: {"terms": list(terms), "patterns": list(pats)} for eid, terms, pats in key})


def _build_matcher_parts(entries: dict) -> tuple:
    order = {eid: i for i, eid in enumerate(entries)}
    lookup: dict[str, list[tuple[str, str | None]]] = {}
    for eid, entry in entries.items():
        for term in entry.get("terms", []) or []:
            key = term_key(term)
            caps = " ".join(fold(term).split()) if is_caps_term(term) else None
            lookup.setdefault(key, []).append((eid, caps))
    for cands in lookup.values():
        cands.sort(key=lambda c: order[c[0]])
    body = trie_regex(sorted(lookup))
    terms = re.compile(rf"{_WORD_START}(?:{body})(?!\w)", re.IGNORECASE) if body else None
    pats = [(eid, pat) for eid, e in entries.items() for pat in e.get("patterns", []) or []]
    group_entry = {f"p{i}": eid for i, (eid, _) in enumerate(pats)}
    patterns = _PatternSet(tuple(pat for _, pat in pats)) if pats else None
    return order, lookup, terms, group_entry, patterns


class _PatternSet:
    """A lexicon's patterns as one alternation, with only the patterns that could match in a text tried on it.

    The alternation is ``_WORD_START(?:(?P<p0>(?i:pat0)(?!\\w))|(?P<p1>...)...)``: at each position, the first
    pattern in file order that matches there wins, and the scan goes on after the match. A
    :class:`~helpers.text.pattern_triggers.TriggerIndex` finds, with one scan of the text, the patterns whose
    required literal words occur in it (usually none or one or two of the role lexicon's 69); :meth:`spans` runs
    each of those on its own and merges them by the same rule, which gives the same matches as the full
    alternation, because the others match nowhere in the text. Each pattern is compiled once.
    """

    def __init__(self, pats: tuple):
        self._index = TriggerIndex(pats)
        # The word-start test (_WORD_START) is shared by every pattern, so it is written once before the alternation:
        # the same matches as one test per alternative, but a position inside a word is rejected once, not once
        # per pattern (2-3 times faster on the reporting-verb and role lexicons).
        self.full = re.compile(_WORD_START + "(?:" + "|".join(rf"(?P<p{i}>(?i:{pat})(?!\w))" for i, pat in enumerate(pats))
                               + ")")
        self._single = [re.compile(rf"{_WORD_START}(?i:{pat})(?!\w)") for pat in pats] if self._index.usable else []
        self._n = len(pats)

    def spans(self, folded: str) -> list[tuple[int, int, int]]:
        """``(start, end, pattern index)`` of the matches of the alternation in ``folded``, in text order."""
        active = sorted(self._index.active(folded)) if self._index.usable else None
        if active is None or len(active) == self._n:
            return self._full_spans(folded)
        nxt = {i: self._single[i].search(folded) for i in active}
        out: list[tuple[int, int, int]] = []
        while True:
            best, bi = None, -1
            for i in active:  # in file order: at equal starts the earlier pattern wins, as in the alternation
                m = nxt[i]
                if m is not None and (best is None or m.start() < best.start()):
                    best, bi = m, i
            if best is None:
                return out
            start, end = best.span()
            if start == end:  # an empty match: leave its finer rules to the engine
                return self._full_spans(folded)
            out.append((start, end, bi))
            for i in active:
                m = nxt[i]
                if m is not None and m.start() < end:
                    nxt[i] = self._single[i].search(folded, end)

    def _full_spans(self, folded: str) -> list[tuple[int, int, int]]:
        return [(m.start(), m.end(), int(m.lastgroup[1:])) for m in self.full.finditer(folded)]
