"""How an article refers back to its sources: unnamed people, bare organisations, prose (issue 12ab-r).

:class:`helpers.measures.source_roles.RoleTagger` reads titles and appositions next to a name. This module holds the
article-level cues it uses when the name alone says too little:

- an unnamed source introduced as "people familiar with the talks" or "an employee who asked not to be named" and
  then quoted as "the person" or "the people" is anonymous (:func:`anon_intro`, built from the anonymous entry of
  ``helpers/data/source_roles.yaml``: its ``intro_nouns`` and its phrases; :data:`UNNAMED_BACKREF`);
- a person who heads a body named bare ("Ann Lee, executive director of Fair Ballot Now") is read as an official
  by default; when the article refers to a group ("the group", "the nonprofit", "the watchdog", "the coalition")
  that body is an advocacy group, and its head an activist/advocate (:data:`GROUP_REF`);
- a person introduced by where they live ("Ann Lee, who lives in Dayton") is an ordinary person (weak evidence,
  :data:`LIVES_IN`);
- a candidate introduced as a party's or a candidate's "pick" for an office ("vice presidential pick Ann Lee") is a
  politician (:data:`PICK`);
- an unresolved "he" or "she" takes the role of the named speakers just before it when they all have the same one
  (:func:`carry_pronouns`, issue 12ac-r);
- a body named bare that the article calls a group with a copula ("Fair Ballot Now is a voting-rights group") is an
  advocacy group, though "Ann Lee is a longtime advocate" states no job (:func:`is_body_kind`, issue 12af-r);
- a body named bare by one word with an inner capital that "reported" news ("As NewsHub reported") and a person named with a bare
  name's possessive who "reported" ("Newsline's Ann Lee has reported") are an outlet and its journalist
  (:func:`reporting_outlet`, issue 12af-r);
- an unnamed group whose head is a vague group noun after plain modifiers that give no role ("outside critics",
  "longtime detractors", "his fiercest critics") is anonymous, like "critics" alone (:func:`vague_group`, issue 12ar-d).

Every rule is a form of English, not a list of names: no person, outlet, site or country decides anything.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from functools import lru_cache

from .role_forms import NAME, REPORT_VERBS

__all__ = ["anon_intro", "carry_pronouns", "PRONOUNS", "PRONOUN_BASIS", "CUT_NAME", "UNNAMED_BACKREF", "GROUP_REF", "LIVES_IN", "PICK",
           "reporting_outlet", "is_body_kind", "vague_group", "GROUP_DETERMINER", "INDEFINITE", "INDEFINITE_GROUP",
           "FRACTION_GROUP"]

def anon_intro(entries: dict) -> re.Pattern | None:
    """The pattern of an unnamed source introduced as one ("two people familiar with the plan", "an aide who asked
    not to be named"): a person noun of an anonymity entry's ``intro_nouns``, then one of its phrases.

    Parameters
    ----------
    entries : dict
        The lexicon's entries of kind ``anonymity``.

    Returns
    -------
    re.Pattern or None
        None when no entry has ``intro_nouns``.
    """
    nouns = sorted({n for e in entries.values() for n in e.get("intro_nouns", [])}, key=len, reverse=True)
    phrases = sorted({t for e in entries.values() for t in e.get("terms", []) if " " in t and t[:1].islower()},
                     key=len, reverse=True)
    if not nouns or not phrases:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in nouns) + r")\s+(?:(?:directly|closely)\s+)?(?:"
                      + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in phrases) + r")(?![\w-])", re.IGNORECASE)


UNNAMED_BACKREF = re.compile(r"(?:the|that|this|one|both|each|another|the\s+other)\s+(?:of\s+the\s+)?"
                             r"(?:person|people|persons|individual|individuals)", re.IGNORECASE)
"""A bare reference back to an unnamed person ("the person", "one of the people", "the other person")."""

GROUP_REF = re.compile(
    r"(?<![\w-])(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Aa])\s+(?:(?:advocacy|activist|campaign|civil[\s-]rights|"
    r"conservative|liberal|progressive|grassroots|nonpartisan|non-partisan|watchdog|nonprofit|non-profit|"
    r"voting|voter|legal)\s+){0,2}(?:group|nonprofit|non-profit|watchdog|coalition)(?:'s|\u2019s)?(?![\w-])"
    r"|(?<![\w-])(?:network|coalition|alliance|array|handful|number)\s+of\s+(?:[\w-]+\s+){0,2}?(?:groups|nonprofits|"
    r"organi[sz]ations)(?![\w-])")
"""An article's reference to a group ("the group", "the nonprofit", "a conservative watchdog", "the coalition's"; issue
12ac-r: "a network of groups", "a coalition of progressive organizations")."""

LIVES_IN = re.compile(rf"({NAME}),\s+(?:\d{{1,3}},\s+)?who\s+(?:now\s+|still\s+)?(?:lives|lived|has\s+lived|"
                      rf"grew\s+up|resides)\s+(?:in|on|near|outside|with)\s")
"""A person introduced by where they live ("Ann Lee, who lives in Dayton"): an ordinary person (weak)."""

PICK = re.compile(rf"(?<![\w-])(?:[Vv]ice[\s-]+presidential|[Pp]residential|[Rr]unning[\s-]+mate|[Rr]unning-mate)"
                  rf"\s+(?:pick|choice|nominee)\s+({NAME})")
"""A candidate named as a pick for an office ("vice presidential pick Ann Lee"): a politician."""

_BODY_NOUN = re.compile(r"(?<![\w-])(?:group|organi[sz]ation|nonprofit|non-profit|coalition|watchdog|alliance|"
                        r"federation|association|foundation|union|league|charity|network|movement)$", re.IGNORECASE)
_ARMED = re.compile(r"(?<![\w-])(?:terror\w*|militia|militant|armed|rebel|insurgent|jihad\w*|extremist|paramilitary|"
                    r"guerrilla|criminal|crime|gang|hate|separatist)(?![\w-])", re.IGNORECASE)
_PREPOSITION = re.compile(r"(?<![\w-])(?:of|in|at|for|with|from|on|to)(?![\w-])", re.IGNORECASE)


def is_body_kind(modifiers: str, noun: str) -> bool:
    """Does a copula's complement state what kind of body its subject is (issue 12af-r)?

    "Fair Ballot Now is a voting-rights group": the role noun is an organisation's type noun ("group", "nonprofit",
    "coalition", ...) with only modifiers before it (not an armed or criminal group's: "a terrorist group", "a militia
    group"), so the advocacy role is the body's kind, whereas "Ann Lee is a
    longtime advocate" states a stance and "Ann Lee is a member of the group" a membership (a preposition before the
    noun), which the copula rule does not read.

    Parameters
    ----------
    modifiers : str
        The words between the article and the role noun.
    noun : str
        The role noun the copula's complement ends in.

    Returns
    -------
    bool
    """
    return bool(_BODY_NOUN.search(noun.strip())) and not _PREPOSITION.search(modifiers) and not _ARMED.search(modifiers)


_BARE_BODY = re.compile(r"(?:[Tt]he\s+)?([A-Z][a-z]+(?:[A-Z][a-z]+)+)")
"""One word written with an inner capital, as sites and brands are ("NewsHub", "TheLedger"): a plain capitalised word
that "reported" may as well be a country, a company or a research body ("Norland reported 300 cases")."""
_OWNER_AND_NAME = re.compile(r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?(?:'s|\u2019s)\s+[A-Z][a-z][\w'\u2019-]*"
                             r"(?:\s+[A-Z]\.)?\s+[A-Z][a-z][\w'\u2019-]+")
"""A bare name's possessive before a person's first and last name ("Newsline's Ann Lee")."""


def reporting_outlet(bare: str, verb: str, surnames: set[str]) -> bool:
    """Is a source the rules found no role for an outlet or its journalist, because it "reported" (issue 12af-r)?

    Reporting news is what outlets and their journalists do: a body named by one bare word with an inner capital that
    "reported" ("As NewsHub reported", "TheLedger reports that") is an outlet (a plain word is not read: countries,
    companies and research bodies "report" figures too), and a person named after a bare name's possessive who
    "reported" ("Newsline's Ann Lee has reported") is its journalist. A word the article also writes as a surname
    after a first name ("Ann Ledger ... Ledger reported") is a person, not an outlet; names with a role anywhere in the
    article, and places the article names as places, are read before this rule.

    Parameters
    ----------
    bare : str
        The source phrase, stripped.
    verb : str
        The cue.
    surnames : set of str
        The lower-cased words the article writes right after another capitalised word
        (:func:`helpers.measures.role_clauses.surname_uses`).

    Returns
    -------
    bool
    """
    if verb.lower() not in REPORT_VERBS:
        return False
    m = _BARE_BODY.fullmatch(bare)
    if m:
        return m.group(1).lower() not in surnames
    return bool(_OWNER_AND_NAME.fullmatch(bare))


CUT_NAME = re.compile(r"\.\s*[\w(]")
"""A body's name cut at an abbreviation's full stop ("head of U.S. counterintelligence"): not a name named bare."""


PRONOUNS = frozenset({"he", "she", "he's", "she's", "he\u2019s", "she\u2019s"})
"""Singular personal pronouns a source may be (a speaker's "he said")."""
PRONOUN_BASIS = "pronoun_context"
"""``role_basis`` of a role carried to an unresolved pronoun from the speakers just before it."""
_STATED = frozenset({"phrase", "article", "verb"})
_NO_PERSON = frozenset({"", "unknown", "anonymous", "document", "journalist_media"})


def carry_pronouns(doc_ids: list, unit_ids: list, sources: list, resolved: list, roles: list, bases: list,
                   named: list, window: int = 5) -> tuple[list, list]:
    """Give an unresolved "he" or "she" whose role is unknown the role of the named speakers just before it, when
    they all have the same stated role (issue 12ac-r).

    The pronoun resolver leaves "he said" unresolved when its antecedent is named outside an attribution or the
    candidates compete; the speaker is then still one of the people the passage is about. When every named speaker
    quoted in the ``window`` sentences before the pronoun (its own sentence included) has one and the same stated role
    of a person, that role is the pronoun's whichever of them it is; when they differ, or there is none, the role stays
    ``unknown``.

    Parameters
    ----------
    doc_ids, unit_ids, sources, resolved, roles, bases, named : list
        One entry per attribution, in article order: ``doc_id``, ``unit_id``, ``source``, ``source_resolved``,
        ``role``, ``role_basis`` and whether the source is a named one (identity ``named``).
    window : int
        Sentences before the pronoun's own that are read.

    Returns
    -------
    (list, list)
        The roles and bases, with each carried role's basis :data:`PRONOUN_BASIS`.
    """
    out_roles, out_bases = list(roles), list(bases)
    for i, (src, res) in enumerate(zip(sources, resolved)):
        if roles[i] != "unknown" or src.strip().lower() not in PRONOUNS or res.strip().lower() != src.strip().lower():
            continue
        seen = set()
        j = i - 1
        while j >= 0 and doc_ids[j] == doc_ids[i] and unit_ids[i] - unit_ids[j] <= window:
            if named[j] and bases[j] in _STATED and resolved[j].strip().lower() not in PRONOUNS:
                seen.add(roles[j])
            j -= 1
        if len(seen) == 1 and not seen & _NO_PERSON:
            out_roles[i], out_bases[i] = seen.pop(), PRONOUN_BASIS
    return out_roles, out_bases


GROUP_DETERMINER = r"(?:some|many|other|most|the|these|those|several|a\s+few)"
"""The determiners a group noun may follow ("some critics", "the opponents"), shared with the tagger's group rule."""
INDEFINITE = re.compile(
    r"(?:(?:not|almost|nearly|virtually|hardly|just\s+about)\s+)?"
    r"(?:every\s*one|everybody|any\s*one|anybody|some\s*one|somebody|no\s+one|no-one|nobody)"
    r"(?:\s+else)?(?:(?:'s|\u2019s)?\s+ever)?", re.IGNORECASE)
"""Round 12cy: an indefinite pronoun for people ("No one", "Nobody ever", "Not everyone", "anyone else")."""
INDEFINITE_GROUP = re.compile(rf"(?:{INDEFINITE.pattern})(?:,?\s+(?:who|that)(?![\w-]).*)?", re.IGNORECASE | re.DOTALL)
"""Round 12cy2: a source that is an indefinite pronoun alone or with a relative clause ("No one", "Not everyone",
"someone who saw it"): an unnamed group with no role of its own (anonymous). A qualifier may give the group a role
the tagger cannot read ("everybody in America", "not everyone in Democratic politics"): such phrases are left out."""
FRACTION_GROUP = re.compile(
    r"(?:(?:about|nearly|almost|roughly|around|only|just|some|over|under|more\s+than|less\s+than|fewer\s+than|"
    r"well\s+over)\s+)*(?:half|(?:a|one)[\s-]+(?:third|quarter|fifth)|two[\s-]+thirds|three[\s-]+quarters)"
    r"(?:\s+of\s+(?:those|the\s+people)\s+(?:surveyed|polled|questioned|asked|interviewed|sampled))?",
    re.IGNORECASE)
"""Round 12dh: a fraction alone standing for people ("Half", "almost half", "Nearly a quarter", "about a quarter of those
surveyed"): poll respondents, ordinary people, as a share in figures ("53%") is read. A fraction of a group the phrase
names ("half of the senators") takes that group's role, and "the other half" is no such phrase."""
_POSSESSIVE = r"(?:his|her|their|its|our|my|your)"
_LEANING = (r"(?:conservative|liberal|progressive|leftist|left-wing|right-wing|left-leaning|right-leaning|partisan|"
            r"political|democratic|republican|gop|socialist|nationalist|populist|far-right|far-left|hard-right|hard-left|"
            r"centrist|moderate|opposition|pro-[\w-]+|"
            r"anti-[\w-]+)")
_TRADE = r"(?:film|movie|art|music|restaurant|theater|theatre|book|food|wine|tv|television|dance|drama|architecture)"
"""Arts and reviewing beats: "film critics", "restaurant critics" are critics by trade (journalists), not a group."""


@lru_cache(maxsize=8)
def _vague_pattern(nouns: tuple[str, ...]) -> re.Pattern:
    noun = "(?:" + "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True)) + ")"
    return re.compile(
        rf"(?:{GROUP_DETERMINER}\s+)?"
        rf"((?:the\s+)?(?:[A-Za-z][\w.-]*\s+){{0,2}}[A-Za-z][\w.-]*(?:'s|\u2019s)\s+|{_POSSESSIVE}\s+)?"  # "the mayor's"
        rf"((?:[A-Za-z][A-Za-z-]*\s+){{0,2}}){noun}")


def vague_group(head: str, phrase_role: Callable[[str], str], nouns: Iterable[str],
                proper: Collection[str] = (), names: Collection[str] = ()) -> bool:
    """Whether a source's head is a vague group noun after a possessor or one or two plain lower-case modifiers
    ("outside critics", "longtime detractors", "his fiercest critics", "the mayor's defenders"): a group with no role
    of its own, anonymous (issue 12ar-d).

    The possessor ("the mayor's", "his", "their") is whom the group criticises or defends, not its role. Modifiers
    that give a role ("union critics"), a political leaning ("conservative critics", "opposition critics"), a
    capitalised party or movement word ("Labour critics", "his Islamist critics"; a capitalised first word only when
    the article writes it capitalised after a lower-case word too, so that a sentence-initial "Longtime critics"
    stays in) or a trade ("film critics") keep the group out: such
    groups are left to the other rules (review r12ar).

    Parameters
    ----------
    head : str
        The source's head: the phrase before any preposition, "who", "and" or comma.
    phrase_role : callable
        The role a phrase's own words give (the tagger's ``phrase_role``).
    nouns : iterable of str
        The vague group nouns (the anonymous entry's ``groups`` in ``helpers/data/source_roles.yaml`` that are nouns:
        "critics", "defenders", not "some" or "others").
    proper : collection of str, optional
        Words the article writes capitalised after a lower-case word ("Labour"): a capitalised first word of
        ``head`` among them is a party or movement word, not a sentence's first word.
    names : collection of str, optional
        Lower-case surnames of the article's people: a capitalised word among them is whom the group criticises
        ("Trump critics", like "the mayor's critics"), not a party word.

    Returns
    -------
    bool
    """
    head = head.strip()
    first = head.split(maxsplit=1)[0] if head else ""
    if first not in proper or first.lower() in names:
        head = head[:1].lower() + head[1:]  # "Some critics", "Longtime critics": a sentence's first word
    m = _vague_pattern(tuple(nouns)).fullmatch(head)
    if not m or not (m.group(1) or m.group(2)):
        return False
    mods = m.group(2).strip()
    return not (mods and (re.search(rf"(?<![\w-])(?:{_LEANING}|{_TRADE})(?![\w-])", mods, re.IGNORECASE)
                          or any(w[:1].isupper() and w.lower() not in names for w in mods.split())
                          or phrase_role(mods)))
