"""Outlets and bodies named bare, typed from the corpus itself (issue 12bc-b).

:mod:`helpers.measures.role_corpus` gives a PERSON named bare the role other articles of the corpus state for the
same full name; bodies are left out there by design. A body named bare ("Politico reported", "the Agency said",
"Norland warned") whose role its article never states is ``unknown``. This module gives such a source a role from
the corpus, with two rules written down before they were counted on any corpus, each with its own ``role_basis``:

- **An outlet of the corpus** (:data:`OUTLET_BASIS`). A ``named`` ``unknown`` source whose phrase (``source_resolved``,
  else ``source``) is exactly the name of an outlet of the corpus being read, with or without a leading "the"
  (compared ignoring case, the phrase's first name word capitalised: "POLITICO", "the Daily Bugle"; not "the
  bugle"), is a journalist or outlet. The outlets are the distinct values of the units' ``outlet`` column (after the
  corpus reader's normalisation) and the labels of ``helpers/data/outlet_aliases.yaml``; left out are the
  pseudo-outlets of that file (``kind: pseudo``: guest-writer pools, a debate column) with their terms, the values
  the units mark ``outlet_kind`` ``pseudo``, names that are a person's full name by :func:`role_corpus.person_key`
  (a columnist whose name is the outlet column: no person becomes an outlet), names the role lexicon types by
  itself (the lexicon decides those), names without a capitalised word, and a name that is the corpus's group
  label. A one-word name the row's own article writes after another capitalised word (a surname: "Ann Bugle",
  "Capitol Bugle"; :func:`role_clauses.surname_uses`) is left alone. A name of the ``outlet`` column that is no
  label of the outlet file is taken only when some sentence of the corpus uses it as a news outlet
  (:func:`attested_outlets`: "told the Texan", "Metro reported", "the Texan's reporter"; issue 12bc-g), so an
  outlet named by an everyday word or a demonym ("Metro said", "The Texan said" of a bus company or a player) is
  left alone where the corpus never shows it reporting. ``role_from`` is "": the role comes from the corpus's
  metadata, not from other articles.
- **A body named bare** (:data:`BODY_BASIS`). A ``named`` ``unknown`` source whose phrase is a bare name (an acronym,
  "the FBI", "U.S."; or one or more capitalised words, "Acme", "Norland", with "of", "and", "for", "&" between
  them), that is no person key by :func:`role_corpus.person_key`'s rules (2 or 3 capitalised words the lexicon does
  not type are a person's name there, so they stay out here), holds no courtesy title ("Mrs.", "Mr."), and whose
  one word is no part of a full-name key of the corpus's speakers (not "Cole" of "Ann Cole", not "Ann") nor written
  by its own article after another capitalised word (a surname), takes the role that at least
  :data:`role_corpus.MIN_ARTICLES` OTHER articles state for the same bare name, by :mod:`role_corpus`'s agreement
  rule (one vote per article: the role its rows with a stated basis, ``phrase``/``article``/``verb``, give the name
  most; the top role needs :data:`role_corpus.MIN_SHARE` of the votes and no tie; not when the row's own article
  votes). A voting article must itself not write a one-word name after another capitalised word (there it may be a
  person's surname). ``role_from`` lists the voting articles' ids.

**A person owned by an outlet or body** (round 12bt-p, written down before it was counted on fresh data). A
``named`` ``unknown`` source whose phrase is only "<Owner>'s <Full Name>" ("Vox's Ann Lee", "Axios' Ann Lee"; the
possessed part a person's full name of :func:`role_corpus.person_key`, the owner a bare name and no person's full
name) takes journalist_media (:data:`OUTLET_BASIS`) when the owner is an outlet of the corpus by the outlet rule, else
the role the body rule gives the owner named bare (:data:`BODY_BASIS`, ``role_from`` its voters) when that role is in
:data:`OWNER_BODY_ROLES` (an outlet's, a research body's, an advocacy group's, a party's; not an official's: a
place's or a government body's "Norland's Ann Lee" is not its official). Such a phrase's person key is the possessed
name's ("ann lee"), not one that takes the owner for a first name ("vox ann lee"), so a bare "Vox" or "Gallup" is
no longer kept out of the body rule as a word of a speaker's name.

Countries, states and cities named bare ("Norland said", "the capital warned") are in scope of the body rule: item
9 of ``benchmarks/results/role_check_protocol.md`` reads a place named bare as a source as its government
(official), and the rule gives them only the role other articles of the corpus state for the same bare name (for a
place, what :mod:`role_clauses`'s place rule or an apposition gave it there); no place list is read.

Both rules read no name, outlet or topic list beyond the corpus's own outlet column and the project's outlet file.
The pass is one loop over the rows with dicts of keys (linear); an article's sentences are read for surname uses
only when one of its rows needs it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Callable, Iterable, Sequence

from ..text.lexicon import load_lexicon
from .role_clauses import surname_uses
from .role_corpus import _COURTESY, _NOT_FIRST, _NOT_VOTING, _article_vote, _winner, person_key
from .role_owners import split_owned
from .role_prior import _VOTING_BASES

__all__ = ["OUTLET_BASIS", "BODY_BASIS", "OWNER_BODY_ROLES", "outlet_names", "corpus_outlets", "body_key",
           "attested_outlets", "body_roles"]

OUTLET_BASIS = "corpus_outlet"
"""``role_basis`` of a source that is the name of an outlet of the corpus."""
BODY_BASIS = "corpus_body"
"""``role_basis`` of a body named bare whose role other articles of the corpus state."""

_THE = re.compile(r"^(?:the|The|THE)\s+")
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][A-Z&]{1,6}")
"""An acronym: "FBI", "AT&T", "U.S."."""
_NAME_WORD = re.compile(r"[A-Z][\w'\u2019.&-]*")
_JOINERS = frozenset({"of", "and", "for", "&"})
_LETTERS = re.compile(r"[^\W\d_]")


def _head(phrase: str) -> str:
    """The name a phrase starts with: up to its first comma, "the" and a possessive cut."""
    return _strip(phrase.split(",", 1)[0])


def _strip(phrase: str) -> str:
    """The phrase without a leading "the", a possessive and surrounding spaces or punctuation."""
    s = _THE.sub("", phrase.strip().strip(",;:")).strip()
    return _POSSESSIVE.sub("", s).strip()


@lru_cache(maxsize=4)
def _alias_outlets(path: str = "outlet_aliases") -> tuple[frozenset, frozenset]:
    """(labels of the outlet entries, lower-cased labels and terms of the pseudo entries) of the outlet file."""
    lex = load_lexicon(path, extra_entry_keys=("kind",))
    labels, pseudo = set(), set()
    for e in lex["entries"].values():
        if e.get("kind") == "pseudo":
            pseudo.update(t.strip().lower() for t in [e.get("label", ""), *e.get("terms", [])])
        else:
            labels.add(e["label"])
    return frozenset(labels), frozenset(pseudo)


def outlet_names(
    outlets: Iterable[str],
    is_role_word: Callable[[str], bool],
    pseudo: Iterable[str] = (),
    groups: Iterable[str] = (),
    aliases: str | None = "outlet_aliases",
) -> dict[str, tuple[str, bool, bool]]:
    """The names of the corpus's outlets a bare source may be, lower-cased without "the" -> the outlet's facts.

    Parameters
    ----------
    outlets : iterable of str
        The distinct values of the units' ``outlet`` column.
    is_role_word : callable
        Whether a phrase is a title or role by itself (:func:`role_corpus.role_word`).
    pseudo : iterable of str
        Outlet values marked ``pseudo`` by the corpus reader (``outlet_kind``).
    groups : iterable of str
        The corpus's group labels (a group's name that is no value of ``outlets`` is no outlet: "Left", "Right").
    aliases : str or None
        The outlet file whose labels are added and whose pseudo entries are left out (None: none).

    Returns
    -------
    dict
        ``{"daily bugle": ("The Daily Bugle", False, False)}``: the outlet's name, whether it has the form of a
        person's full name (:func:`role_corpus.person_key`; :func:`body_roles` then takes it for an outlet only if
        some sentence of the corpus writes it after a lower-case "the": "the Daily Bugle", never "the Ann Cole") and
        whether it is a label of the outlet file (project data; else :func:`body_roles` takes it only where the
        corpus uses it as a news outlet, :func:`attested_outlets`); no pseudo-outlet, lexicon-typed name or group.
    """
    labels, bad = _alias_outlets(aliases) if aliases else (frozenset(), frozenset())
    outlets = [str(o) for o in outlets]
    own = {o.strip().lower() for o in outlets}  # a corpus grouped by outlet: its group labels are the outlets
    bad = bad | {str(p).strip().lower() for p in pseudo} | ({str(g).strip().lower() for g in groups} - own)
    out: dict[str, tuple[str, bool, bool]] = {}
    for name in sorted({str(o).strip() for o in [*outlets, *labels] if isinstance(o, str)}):
        core = _strip(name)
        if not core or name.lower() in bad or core.lower() in bad or not _LETTERS.search(core):
            continue
        if not any(_NAME_WORD.fullmatch(w) for w in core.split()):
            continue
        if is_role_word(core):
            continue
        out.setdefault(core.lower(), (name, bool(person_key(core, is_role_word)), name in labels))
    return out


def corpus_outlets(table, is_role_word: Callable[[str], bool]) -> dict[str, tuple[str, bool, bool]]:
    """:func:`outlet_names` of a table's ``outlet`` column ({} without one).

    Parameters
    ----------
    table : DataFrame or None
        The units (or attributions) of the corpus: ``outlet``, optionally ``outlet_kind`` (pseudo-outlets) and
        ``group`` (group labels).
    is_role_word : callable
        See :func:`outlet_names`.

    Returns
    -------
    dict
        As :func:`outlet_names`.
    """
    if table is None or "outlet" not in getattr(table, "columns", ()):
        return {}
    outlet = table["outlet"].astype(str)
    pseudo = outlet[table["outlet_kind"] == "pseudo"].unique() if "outlet_kind" in table.columns else ()
    groups = table["group"].astype(str).unique() if "group" in table.columns else ()
    return outlet_names(outlet.unique(), is_role_word, pseudo=pseudo, groups=groups)


def body_key(phrase: str) -> str:
    """The lower-cased bare name of a body a source phrase is ("fbi", "acme", "bank of norland"), else "".

    Parameters
    ----------
    phrase : str
        A source phrase ("the FBI", "Acme's", "Bank of Norland", "Acme, the phone maker"; not "the agency").

    Returns
    -------
    str
        The words of the name up to the first comma (a voting row's apposition states the role), lower-cased, "the"
        and a possessive cut; "" for a name with a lower-case word other than "of", "and", "for", a courtesy title, a first word that opens a sentence or a date ("But",
        "Monday", "July"), or more than five words.
    """
    core = _head(phrase)
    words = core.split()
    if not words or len(words) > 5:
        return ""
    if not all(_NAME_WORD.fullmatch(w) or (0 < i < len(words) - 1 and w in _JOINERS) for i, w in enumerate(words)):
        return ""
    if any(w.rstrip(".").lower() in _COURTESY for w in words) or _NOT_FIRST.fullmatch(words[0]):
        return ""
    return core.lower()


_THE_WORD = re.compile(r"(?<![\w-])the\s+")
_WORD_CHAR = re.compile(r"[\w-]")


def _written_with_the(names: dict[str, str], sentences: dict) -> set[str]:
    """The keys of ``names`` (key -> name as written) whose name some sentence writes right after a lower-case "the"
    ("the Daily Bugle"), found in one scan of the corpus (review r12bc: a scan per name grew with outlets x corpus)."""
    if not names:
        return set()
    size = min(len(n) for n in names.values())
    by_start: dict = defaultdict(list)
    for k, n in names.items():
        by_start[n[:size]].append((k, n))
    found: set = set()
    for ss in sentences.values():
        for t in ss:
            for m in _THE_WORD.finditer(t):
                for k, n in by_start.get(t[m.end():m.end() + size], ()):
                    if t.startswith(n, m.end()) and not _WORD_CHAR.match(t, m.end() + len(n)):
                        found.add(k)
    return found


_BEFORE = (r"(?i:\b(?:told|according\s+to|(?:in\s+)?an\s+interview\s+with|wr(?:ote|ites|iting)\s+(?:in|for)|"
           r"(?:first\s+)?reported\s+by|published\s+(?:by|in)|(?:an?\s+)?(?:op-ed|column|editorial)\s+in)\s+(?:the\s+)?)")
"""A news-outlet frame BEFORE a name (issue 12bc-g; the name starts where it ends): "told (the) X", "according to X",
"in an interview with X", "wrote/writes/writing in/for X", "(first) reported by X", "published by/in X", "an op-ed/
column/editorial in X"."""
_AFTER = (r"(?:'s|\u2019s)\s+(?:own\s+)?(?:reporters?|correspondents?|editors?|columnists?|journalists?|newsroom|"
          r"editorial\s+board)\b|"
          r"\s+(?:first\s+|has\s+|had\s+|previously\s+|also\s+)?report(?:ed|s)\b|"
          r",\s+(?:the|a|an)\s+(?:\w+\s+){0,2}?(?:newspaper|magazine|website|news\s+site|broadcaster|network|tabloid|"
          r"news\s+agency|wire\s+service|news\s+outlet|outlet)\b")
"""A news-outlet frame AFTER a name (issue 12bc-g; the name ends where it starts): "X's reporter(s)/correspondent(s)/
editor(s)/columnist(s)/journalist(s)/newsroom/editorial board", "X (first/has/had/previously/also) reported/reports",
"X, the/a (up to two words) newspaper/magazine/website/news site/broadcaster/network/tabloid/news agency/wire
service/(news) outlet"."""
_BEFORE_END = re.compile(f"(?:{_BEFORE})$")
_AFTER_START = re.compile(_AFTER)
_CAP_WORD = re.compile(r"(?<![\w'\u2019-])[A-Z][\w&.-]*")


def attested_outlets(names: dict[str, str], sentences: dict) -> set[str]:
    """The keys of ``names`` (key -> name as written) that some sentence of the corpus uses as a news outlet.

    Issue 12bc-g: an outlet value of the corpus that is an everyday word or a demonym ("Metro", "The Texan") is taken
    for the outlet speaking only where the corpus itself shows the name used as a news outlet somewhere, in one of
    the frames :data:`_BEFORE` and :data:`_AFTER` ("told the Texan", "according to Metro", "Metro reported", "the
    Texan's reporter", "Metro, the newspaper"). The name is matched ignoring case with a capitalised first letter,
    with or without its leading "the" and as a whole word.

    Parameters
    ----------
    names : dict
        Key (lower-cased name without "the") -> the name without "the" ("Daily Bugle").
    sentences : dict
        ``doc_id`` -> the article's sentences; every sentence of the corpus is read once (linear: each capitalised
        word is looked up in a dict of the names' first words, and the frames are matched only where a name is found).

    Returns
    -------
    set of str
        The attested keys.
    """
    if not names:
        return set()
    by_first: dict = defaultdict(list)
    for k, n in names.items():
        words = n.lower().split()
        if words:
            by_first[words[0]].append((k, n.lower()))
    found: set = set()
    for ss in sentences.values():
        for t in ss:
            low = None
            for m in _CAP_WORD.finditer(t):
                cands = by_first.get(m.group().rstrip(".").lower())
                if not cands:
                    continue
                i = m.start()
                low = t.lower() if low is None else low
                for k, n in cands:
                    if k in found or not low.startswith(n, i):
                        continue
                    end = i + len(n)
                    if end < len(t) and (t[end].isalnum() or t[end] in "-_"):
                        continue
                    if _AFTER_START.match(t, end) or _BEFORE_END.search(t, max(0, i - 40), i):
                        found.add(k)
    return found


def body_roles(
    doc_ids: Sequence[str],
    phrases: Sequence[str],
    named: Sequence[bool],
    roles: Sequence[str],
    bases: Sequence[str],
    sentences: dict,
    is_role_word: Callable[[str], bool],
    outlets: dict | None = None,
    unknown: str = "unknown",
) -> tuple[list[str], list[str], list[str]]:
    """Give each named ``unknown`` outlet or body named bare the role the corpus gives it (the two rules above).

    Parameters
    ----------
    doc_ids, phrases, roles, bases : sequence of str
        One entry per attribution: ``doc_id`` (as text), the speaker's phrase (``source_resolved``, else
        ``source``), ``role`` and ``role_basis``.
    named : sequence of bool
        Whether the attribution's ``identity`` is ``named``.
    sentences : dict
        ``doc_id`` (as text) -> the article's sentences (read for surname uses).
    is_role_word : callable
        See :func:`role_corpus.person_key`.
    outlets : dict, optional
        From :func:`outlet_names`; None or empty: no outlet rule. A value of two items (name, person-like) is read as
        no label of the outlet file.
    unknown : str
        The label of a source whose role the article never states.

    Returns
    -------
    (list of str, list of str, list of str)
        The roles, the bases (:data:`OUTLET_BASIS` or :data:`BODY_BASIS` where filled) and ``role_from`` (the
        voting articles' ids, ``;``-separated; "" where nothing was filled or for an outlet).

    Raises
    ------
    ValueError
        If the sequences differ in length.
    """
    n = len(doc_ids)
    if not all(len(s) == n for s in (phrases, named, roles, bases)):
        raise ValueError("doc_ids, phrases, named, roles and bases must have one entry per attribution")
    outlets = outlets or {}
    with_the: list = []  # the person-like outlet names the corpus writes as "the <Name>" (one scan, when needed)
    attested: list = []  # the other names the corpus uses as a news outlet (issue 12bc-g; one scan, when needed)

    def is_outlet(k: str, core: str) -> bool:
        if k not in outlets:
            return False
        if not outlets[k][1]:
            if len(outlets[k]) > 2 and outlets[k][2]:  # a label of the outlet file: project data
                return True
            if not attested:
                attested.append(attested_outlets({o: _strip(v[0]) for o, v in outlets.items()
                                                  if not v[1] and not (len(v) > 2 and v[2])}, sentences))
            return k in attested[0]
        if not with_the:
            with_the.append(_written_with_the({o: _strip(v[0]) for o, v in outlets.items() if v[1]}, sentences))
        return k in with_the[0]

    out_roles, out_bases, out_from = list(roles), list(bases), [""] * n
    pkeys: dict = {}
    bkeys: dict = {}
    person_words: set = set()  # every word of a full-name key of the corpus's speakers
    owners: dict = {}  # phrase -> (owner, owned name) of "<Body>'s <Full Name>" (round 12bt-p)
    for p, ok in zip(phrases, named):
        if ok and p not in pkeys:
            owners[p] = _owned_person(p, is_role_word)
            pkeys[p] = person_key(owners[p][1] if owners[p] else p, is_role_word)  # not "vox ann lee"
            person_words.update(pkeys[p].split())
    uses: dict = {}

    def surname_in(d: str, core: str) -> bool:
        """Whether the article writes a one-word name (not an acronym) after another capitalised word."""
        if " " in core or _ACRONYM.fullmatch(core):
            return False
        if d not in uses:
            uses[d] = {w for s in sentences.get(d, ()) for w in surname_uses(s)}
        return core.lower() in uses[d]

    def bkey(p: str) -> str:
        if p not in bkeys:
            k = body_key(p)
            bkeys[p] = "" if not k or pkeys.get(p) or is_role_word(_head(p)) else k
        return bkeys[p]

    stated: dict = defaultdict(lambda: defaultdict(list))  # key -> doc -> stated roles in article order
    for d, p, ok, r, b in zip(doc_ids, phrases, named, roles, bases):
        if ok and b in _VOTING_BASES and r not in _NOT_VOTING and (k := bkey(p)) and not surname_in(d, _head(p)):
            stated[k][d].append(r)
    won_by: dict = {}

    def body_role(d: str, core: str, p: str) -> tuple[str, str] | None:
        """(role, role_from) the body rule gives the bare name ``p`` in article ``d``, or None."""
        k = bkey(p)  # "" for a person key
        if not k or (" " not in k and k in person_words) or surname_in(d, core):
            return None
        if k not in stated or d in stated[k]:
            return None
        if k not in won_by:
            won = _winner({v: _article_vote(rs) for v, rs in stated[k].items()})
            won_by[k] = None if won is None else (won[0], ";".join(won[1]))
        return won_by[k]

    for i, (d, p, ok, r) in enumerate(zip(doc_ids, phrases, named, roles)):
        if ok and r == unknown and owners.get(p):  # round 12bt-p: "Vox's Ann Lee"
            owner = owners[p][0]
            core, okey = _strip(owner), body_key(owner)
            if not okey or not _NAME_WORD.match(core):
                continue
            if is_outlet(okey, core) and not surname_in(d, core):
                out_roles[i], out_bases[i] = "journalist_media", OUTLET_BASIS
                continue
            won = body_role(d, core, owner)
            if won is not None and won[0] in OWNER_BODY_ROLES:
                out_roles[i], out_bases[i], out_from[i] = won[0], BODY_BASIS, won[1]
            continue
        if not ok or r != unknown or "," in p or not (k := body_key(p)):  # a bare name only
            continue
        core = _strip(p)
        if _NAME_WORD.match(core) and is_outlet(k, core) and not surname_in(d, core):
            out_roles[i], out_bases[i] = "journalist_media", OUTLET_BASIS
            continue
        won = body_role(d, core, p)
        if won is not None:
            out_roles[i], out_bases[i], out_from[i] = won[0], BODY_BASIS, won[1]
    return out_roles, out_bases, out_from


OWNER_BODY_ROLES = frozenset({"journalist_media", "expert", "activist_advocacy", "politician"})
"""Roles a body passes to a person it owns in "<Body>'s <Full Name>" (round 12bt-p): an outlet's, a research
body's, an advocacy group's or a party's; not an official's (a place or a government body: "Norland's Ann Lee" is not
its official)."""

def _owned_person(phrase: str, is_role_word: Callable[[str], bool]) -> tuple[str, str] | None:
    """(owner, name) of a phrase that is only "<Owner>'s <Full Name>" ("the Daily Bugle's Ann Lee"), else None
    (round 12bt-p): :func:`role_owners.split_owned`'s possessive form covering the whole phrase, the possessed part
    a person's full name (:func:`role_corpus.person_key`, every word of it a name word), and the owner no person's
    full name."""
    if "," in phrase:
        return None
    name = split_owned(phrase)[0]
    if not name or not phrase.rstrip().endswith(name):
        return None
    owner = _POSSESSIVE.sub("", phrase.rstrip()[: -len(name)].strip())  # as written: "the Daily Bugle"
    key = person_key(name, is_role_word)
    if not key or len(key.split()) != len(name.split()) or person_key(owner, is_role_word):
        return None
    return owner, name
