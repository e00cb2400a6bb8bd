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

* Matching runs on :func:`helpers.text.fold` of the text, so curly quotes and
  dashes in articles match straight ones in the lexicon, and offsets stay
  valid in the original text.
* A term matches at word boundaries. It is case-insensitive, except a term
  written entirely in capitals (``TTP``, ``US``, ``ISI``), which matches only
  in capitals, so "us" is not the United States.
* ``patterns`` are regular expressions, case-insensitive, at word boundaries.
* When matches overlap, the longest wins ("Tehreek-e-Taliban Pakistan" is
  the TTP, not Pakistan); at equal length, the earlier entry in the file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import yaml

from .paths import DATA_DIR
from .text import fold

TOP_KEYS = {"name", "version", "source", "description", "entries", "notes"}
REQUIRED_TOP = {"name", "version", "source", "entries"}
BASE_ENTRY_KEYS = {"label", "terms", "patterns", "source", "notes", "definition"}


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
        The file. A bare name such as ``"actors"`` is looked up as
        ``helpers/data/actors.yaml``.
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
        p = DATA_DIR / f"{p}.yaml"
    if not p.is_file():
        raise LexiconError(f"lexicon file {str(p)!r} not found: give a path to a .yaml file.")
    try:
        doc = yaml.safe_load(p.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise LexiconError(f"{p}: not valid YAML ({exc}).") from exc
    if not isinstance(doc, dict):
        raise LexiconError(f"{p}: the file must be a mapping with keys {sorted(REQUIRED_TOP)}.")
    unknown = set(doc) - TOP_KEYS
    if unknown:
        raise LexiconError(f"{p}: unknown top-level key(s) {sorted(unknown)}; allowed: {sorted(TOP_KEYS)}.")
    missing = REQUIRED_TOP - set(doc)
    if missing:
        raise LexiconError(f"{p}: missing top-level key(s) {sorted(missing)}.")
    entries = doc["entries"]
    if not isinstance(entries, dict) or not entries:
        raise LexiconError(f"{p}: 'entries' must be a non-empty mapping of id to entry.")
    allowed = BASE_ENTRY_KEYS | set(extra_entry_keys)
    for eid, entry in entries.items():
        where = f"{p}: entry {eid!r}"
        if not isinstance(entry, dict):
            raise LexiconError(f"{where} must be a mapping.")
        bad = set(entry) - allowed
        if bad:
            raise LexiconError(f"{where}: unknown key(s) {sorted(bad)}; allowed: {sorted(allowed)}.")
        for key in ("terms", "patterns"):
            vals = entry.get(key, [])
            if vals is None or not isinstance(vals, list):
                raise LexiconError(f"{where}: {key!r} must be a list (possibly empty).")
            for v in vals:
                if not isinstance(v, str) or not v.strip():
                    raise LexiconError(f"{where}: {key!r} holds {v!r}; every item must be a non-empty string.")
        for pat in entry.get("patterns", []):
            try:
                re.compile(pat)
            except re.error as exc:
                raise LexiconError(f"{where}: pattern {pat!r} is not a valid regular expression ({exc}).") from exc
        if require_terms and not (entry.get("terms") or entry.get("patterns")):
            raise LexiconError(f"{where}: needs at least one item in 'terms' or 'patterns' (the cue list is empty).")
    doc = dict(doc)
    doc["path"] = str(p)
    return doc


def _term_regex(term: str) -> str:
    t = fold(term.strip())
    body = r"\s+".join(re.escape(w) for w in t.split())
    case_sensitive = any(c.isalpha() for c in t) and t == t.upper()
    core = body if case_sensitive else f"(?i:{body})"
    return rf"(?<![\w]){core}(?![\w])"


class Matcher:
    """Find lexicon entries in texts with one compiled regular expression.

    Parameters
    ----------
    entries : mapping
        Entry id to entry (with ``terms`` and/or ``patterns``), e.g. the
        ``entries`` of :func:`load_lexicon`.

    Notes
    -----
    All alternatives are compiled into one expression, longest literal first,
    so a text is scanned once whatever the size of the lexicon.
    """

    def __init__(self, entries: dict):
        alts: list[tuple[int, int, str, str]] = []
        order = {eid: i for i, eid in enumerate(entries)}
        for eid, entry in entries.items():
            for term in entry.get("terms", []) or []:
                alts.append((-len(term), order[eid], eid, _term_regex(term)))
            for pat in entry.get("patterns", []) or []:
                alts.append((-len(pat), order[eid], eid, rf"(?<![\w])(?i:{pat})(?![\w])"))
        alts.sort(key=lambda a: (a[0], a[1]))
        self._group_entry = {}
        parts = []
        for i, (_, _, eid, rx) in enumerate(alts):
            self._group_entry[f"g{i}"] = eid
            parts.append(f"(?P<g{i}>{rx})")
        self._order = order
        self._regex = re.compile("|".join(parts)) if parts else None

    def find(self, text: str) -> list[Match]:
        """Return the non-overlapping matches in ``text``, in text order.

        Overlaps are resolved longest first, then by entry order.
        """
        if self._regex is None or not text:
            return []
        folded = fold(text)
        cands = []
        pos = 0
        # finditer gives leftmost matches; to let a longer match that starts
        # inside an earlier one win, collect candidates at every start.
        while True:
            m = self._regex.search(folded, pos)
            if m is None:
                break
            cands.append((m.start(), m.end(), self._group_entry[m.lastgroup]))
            pos = m.start() + 1
        cands.sort(key=lambda c: (-(c[1] - c[0]), self._order[c[2]], c[0]))
        taken: list[tuple[int, int]] = []
        out = []
        for s, e, eid in cands:
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            out.append(Match(eid, s, e, text[s:e]))
        out.sort(key=lambda m: (m.start, m.end))
        return out

    def entries_in(self, text: str) -> list[str]:
        """Entry ids found in ``text``, each once, in order of first match."""
        seen: dict[str, None] = {}
        for m in self.find(text):
            seen.setdefault(m.entry, None)
        return list(seen)
