"""Literal words that a regular expression cannot match without: a pre-filter for large alternations.

A lexicon's ``patterns`` are compiled into one alternation, and Python's regular-expression engine tries every
alternative at every position of a text, because most patterns start with a look-behind and give it no literal
prefix to skip ahead on. Most patterns cannot match at all unless the text contains one of a few literal words
("spokeswomen", "ologist", "%"). :func:`required_literals` finds such words from the parsed pattern, and
:class:`TriggerIndex` tells, with one scan of a text, which patterns could match in it, so that the matcher runs an
alternation of those patterns only.

The pre-filter never changes a result: a pattern left out cannot match anywhere in the text, and removing an
alternative that matches nowhere changes neither which alternative matches first at a position nor where the match
ends. Patterns that refer to groups by number are never left out (their numbers would shift), and a pattern the
analysis cannot read is always kept.
"""
from __future__ import annotations

import re
from typing import Sequence

try:  # Python 3.11+
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

from .trie import trie_regex

__all__ = ["TriggerIndex", "required_literals"]

_REPEATS = {_C.MAX_REPEAT, _C.MIN_REPEAT}
if hasattr(_C, "POSSESSIVE_REPEAT"):
    _REPEATS.add(_C.POSSESSIVE_REPEAT)
_GROUP_REFS = {_C.GROUPREF, _C.GROUPREF_EXISTS}

_NON_ASCII_TWINS = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
"""The only characters outside ASCII that Python's case-insensitive matching takes for an ASCII letter or digit
(dotted and dotless I, long s, the Kelvin sign); ``tests/test_pattern_triggers.py`` checks this on every code
point."""
_TWIN_TABLE = str.maketrans(_NON_ASCII_TWINS)

_LITERAL_CHARS = frozenset(chr(c) for c in range(0x21, 0x7F))
"""Characters a required literal may contain: printable ASCII without the space. Looked for case-insensitively, a
letter or digit matches only itself, its other case and :data:`_NON_ASCII_TWINS`, a sign only itself. A space
ends a literal (a text may have other white space there)."""

_MAX_STRINGS = 256
"""The most strings a finite piece of a pattern may stand for before the analysis stops expanding it."""

_MAX_LITERALS = 64
"""A requirement of more literals than this is not used (it would hardly filter anything)."""

_EMPTY: tuple = ()
# Inside the analysis a literal is a tuple of (character, case-sensitive) pairs: "(?-i:Co)" is two case-sensitive
# characters, which the index looks for as written ("Co", not the "co" of "could").


def _literal_char(code: int, cs: bool) -> tuple | None:
    ch = chr(code)
    if ch not in _LITERAL_CHARS:
        return None
    # a sign or digit has no case: it is found as written whatever the flags
    return ((ch, True),) if cs or ch.lower() == ch.upper() else ((ch.lower(), False),)


def _product(left: frozenset, right: frozenset) -> frozenset | None:
    if len(left) * len(right) > _MAX_STRINGS:
        return None
    return frozenset(a + b for a in left for b in right)


def _union(alternatives: list) -> frozenset | None:
    """The literals of a branch: those of every alternative, or None if one has none or there are too many."""
    if any(a is None for a in alternatives):
        return None
    out = frozenset().union(*alternatives)
    return out if len(out) <= _MAX_STRINGS else None


def _flags(av, cs: bool) -> bool:
    """Case sensitivity inside a group ``(?i:...)`` / ``(?-i:...)``."""
    add, delete = av[1], av[2]
    if add & re.IGNORECASE:
        return False
    if delete & re.IGNORECASE:
        return True
    return cs


def _exact(op, av, cs: bool) -> frozenset | None:
    """The finite set of literals one parsed item matches exactly, or None if it is not small and literal."""
    if op is _C.LITERAL:
        lit = _literal_char(av, cs)
        return None if lit is None else frozenset([lit])
    if op is _C.IN:
        chars = set()
        for iop, iav in av:
            codes = [iav] if iop is _C.LITERAL else (
                range(iav[0], iav[1] + 1) if iop is _C.RANGE and iav[1] - iav[0] < 10 else None)
            if codes is None:  # NEGATE, categories, large ranges
                return None
            for code in codes:
                lit = _literal_char(code, cs)
                if lit is None:
                    return None
                chars.add(lit)
        return frozenset(chars) or None
    if op is _C.SUBPATTERN:
        return _exact_seq(av[-1], _flags(av, cs))
    if op is _C.BRANCH:
        return _union([_exact_seq(alt, cs) for alt in av[1]])
    if op in _REPEATS and av[1] <= 2:  # x? and x{1,2}
        sub = _exact_seq(av[2], cs)
        if sub is None:
            return None
        out, power = set(), frozenset([_EMPTY])
        for k in range(av[1] + 1):
            if k >= av[0]:
                out |= power
            if k < av[1]:
                power = _product(power, sub)
                if power is None:
                    return None
        return frozenset(out)
    return None


def _exact_seq(items, cs: bool) -> frozenset | None:
    out = frozenset([_EMPTY])
    for op, av in items:
        e = _exact(op, av, cs)
        out = None if e is None else _product(out, e)
        if out is None:
            return None
    return out


def _starts(op, av, cs: bool) -> frozenset | None:
    """Non-empty literals one of which every match of a (not exact) item starts with, or None."""
    if op is _C.SUBPATTERN:
        return _seq_starts(av[-1], _flags(av, cs))
    if op is _C.BRANCH:
        return _union([_seq_starts(alt, cs) for alt in av[1]])
    if op in _REPEATS and av[0] >= 1:
        return _seq_starts(av[2], cs)
    return None


def _seq_starts(items, cs: bool) -> frozenset | None:
    out = frozenset([_EMPTY])
    for op, av in items:
        e = _exact(op, av, cs)
        if e is None:
            tail = _starts(op, av, cs)
            joined = _product(out, tail) if tail is not None else None
            out = joined if joined is not None else out
            break
        joined = _product(out, e)
        if joined is None:
            break
        out = joined
    return None if _EMPTY in out else out


def _as_text(lit: tuple) -> tuple[str, bool]:
    """A literal as (text, case-sensitive): case-sensitive only if every character is."""
    if all(cs for _, cs in lit):
        return "".join(ch for ch, _ in lit), True
    return "".join(ch for ch, _ in lit).lower(), False


def _implies(long: tuple[str, bool], short: tuple[str, bool]) -> bool:
    """A text holding ``long`` holds ``short`` too."""
    if short[1]:
        return long[1] and short[0] in long[0]
    return short[0] in long[0].lower()


def _minimal(lits) -> frozenset[tuple[str, bool]]:
    """As (text, case-sensitive) pairs, without those that hold another one (a text with them holds it too)."""
    return _minimal_texts(frozenset(_as_text(lit) for lit in lits))


def _minimal_texts(texts: frozenset[tuple[str, bool]]) -> frozenset[tuple[str, bool]]:
    return frozenset(t for t in texts if not any(u != t and _implies(t, u) for u in texts))


def _selective(literals: frozenset) -> bool:
    """Worth looking for: not too many literals, and no single letter or digit (found in nearly every text)."""
    return len(literals) <= _MAX_LITERALS and all(len(x) >= 2 or not x.isalnum() for x, _ in literals)


def _best(cands: list[frozenset]) -> frozenset | None:
    """The most selective requirement: longest shortest literal, then the most case-sensitive, then fewest."""
    cands = [c for c in cands if _selective(c)]
    if not cands:
        return None
    return max(cands, key=lambda s: (min(len(x) for x, _ in s), sum(cs for _, cs in s) - len(s), -len(s),
                                     sorted(s)))


def _required(items, cs: bool) -> frozenset | None:
    """Literals one of which every match of the parsed sequence ``items`` contains; None if none is known.

    Consecutive items that each match a small finite set of strings are expanded together ("(?:MSP|MEP)s?" stands
    for msp, mep, msps, meps), and joined to the literals the next item starts with; any other item contributes
    what it requires itself. The most selective requirement wins.
    """
    cands: list[frozenset] = []
    run = frozenset([_EMPTY])

    def end_run(tail: frozenset | None = None) -> None:
        joined = _product(run, tail) if tail is not None else None
        for option in (joined, run):
            if option is not None and _EMPTY not in option:
                cands.append(_minimal(option))

    for op, av in items:
        e = _exact(op, av, cs)
        if e is not None:
            joined = _product(run, e)
            if joined is None:
                end_run()
                run = e
            else:
                run = joined
            continue
        end_run(_starts(op, av, cs))
        run = frozenset([_EMPTY])
        if op is _C.SUBPATTERN:
            req = _required(av[-1], _flags(av, cs))
        elif op is _C.BRANCH:
            alts = [_required(alt, cs) for alt in av[1]]
            req = None if any(a is None for a in alts) else _minimal_texts(frozenset().union(*alts))
        elif op in _REPEATS:
            req = _required(av[2], cs) if av[0] >= 1 else None
        elif getattr(_C, "ATOMIC_GROUP", None) is not None and op is _C.ATOMIC_GROUP:
            req = _required(av, cs)
        else:  # look-arounds, classes, categories, anchors: no requirement taken from them
            req = None
        if req:
            cands.append(req)
    end_run()
    return _best(cands)


def _refers_to_groups(items) -> bool:
    for op, av in items:
        if op in _GROUP_REFS:
            return True
        subs = []
        if op is _C.SUBPATTERN:
            subs = [av[-1]]
        elif op is _C.BRANCH:
            subs = list(av[1])
        elif op in _REPEATS:
            subs = [av[2]]
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            subs = [av[1]]
        elif getattr(_C, "ATOMIC_GROUP", None) is not None and op is _C.ATOMIC_GROUP:
            subs = [av]
        if any(_refers_to_groups(s) for s in subs):
            return True
    return False


def required_literals(pattern: str, ignorecase: bool = True) -> frozenset[tuple[str, bool]] | None:
    """Literal words, one of which occurs in any text where ``pattern`` matches.

    Parameters
    ----------
    pattern : str
        A regular expression, read as Python's :mod:`re` reads it.
    ignorecase : bool
        Whether the pattern is matched case-insensitively (as a lexicon's patterns are), apart from its
        ``(?-i:...)`` groups.

    Returns
    -------
    frozenset of (str, bool) or None
        Pairs of a literal (printable ASCII, no space) and whether it must occur exactly as written (it comes from
        a case-sensitive part of the pattern) or in any case (then written in lower case, and compared as :mod:`re`
        compares case-insensitively). A text in which none of them occurs cannot contain a match. None when no
        such literal is known (e.g. ``[A-Z][a-z]+``), when the pattern refers to groups by number or name, or when
        it cannot be parsed: the pattern must then always be tried.
    """
    return _analyse(pattern, ignorecase)[1]


def _analyse(pattern: str, ignorecase: bool = True) -> tuple[bool, frozenset | None]:
    """(whether the pattern refers to groups or cannot be read, its required literals) from one parse."""
    try:
        parsed = _P.parse(pattern)
        if _refers_to_groups(list(parsed)):
            return True, None
        cs = not (ignorecase or parsed.state.flags & re.IGNORECASE)
        return False, _required(list(parsed), cs)
    except Exception:  # a private parser that changed: never filter rather than risk a wrong answer
        return True, None


class TriggerIndex:
    """Which alternatives of an alternation could match in a text, found with one scan.

    Parameters
    ----------
    patterns : sequence of str
        The alternatives, in order.

    Attributes
    ----------
    n : int
        The number of alternatives.
    always : frozenset of int
        Indices of the alternatives with no known required literal: always tried.
    usable : bool
        False when no alternative can be filtered (or a pattern refers to groups, whose numbers would shift): the
        caller should then run its full alternation.
    """

    def __init__(self, patterns: Sequence[str]):
        analysed = [_analyse(p) for p in patterns]
        reqs = [req for _, req in analysed]
        self.n = len(patterns)
        self.always = frozenset(i for i, r in enumerate(reqs) if r is None)
        grouprefs = any(refers for refers, _ in analysed)
        by_literal: dict[tuple[str, bool], set[int]] = {}
        for i, req in enumerate(reqs):
            for lit in req or ():
                by_literal.setdefault(lit, set()).add(i)
        self.usable = bool(by_literal) and not grouprefs
        # Two scans, one for the literals looked for in any case and one for those looked for as written. A scan
        # finds, at each position, the longest literal that starts there; every literal of the same scan that is a
        # prefix of it starts there too, so a found literal switches on its own alternatives and its prefixes'.
        self._scans = []
        for cs in (False, True):
            lits = sorted(text for text, lit_cs in by_literal if lit_cs is cs)
            if not self.usable or not lits:
                continue
            activates = {lit: frozenset().union(*(by_literal[(p, cs)] for p in lits if lit.startswith(p)))
                         for lit in lits}
            regex = re.compile(trie_regex(lits), 0 if cs else re.IGNORECASE)  # no spaces in literals
            self._scans.append((regex.search, activates, cs))

    def active(self, text: str) -> frozenset[int]:
        """Indices of the alternatives that could match somewhere in ``text`` (a superset, never fewer)."""
        if not self.usable:
            return frozenset(range(self.n))
        on: set[int] = set(self.always)
        for search, activates, cs in self._scans:
            pos = 0
            while True:
                m = search(text, pos)
                if m is None:
                    break
                on.update(activates[m.group() if cs else m.group().translate(_TWIN_TABLE).lower()])
                pos = m.start() + 1
        return frozenset(on)

