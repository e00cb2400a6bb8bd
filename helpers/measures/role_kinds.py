"""Roles of bodies named before their kind and of people described in prose (issue 12al-r).

:class:`helpers.measures.source_roles.RoleTagger` reads titles, appositions and clauses next to a name. This module
adds four forms news uses to say what a body or a person is:

- a body's name used as the modifier of a noun that says what kind of body it is ("the Acme mining company", "the
  Norland Teachers union", "the Brightline advocacy group"): the body, named bare elsewhere in the article ("Acme
  said"), takes the role of that noun phrase (:func:`kind_before`); armed or criminal groups ("the Kaba terror
  group") are not read, the lexicon's "group" being an advocacy group;
- a person who "works as" or "worked as" a role noun ("Ann Lee, who works as a nurse"): the noun's role
  (:func:`works_as`; weak for an ordinary person's noun, as the other weak cues);
- a person introduced by a demonym alone ("Adam, a young married Norlandian who ...", "Ann Lee, a Texan,"): a private
  person quoted as themselves, weak evidence of an ordinary person (:func:`demonym_appositions`).
- a copula with a private person's occupation ("Ann Lee is a nurse at ...", "Lee was a comedian"): weak evidence of an
  ordinary person (:func:`occupation_copula`).

Every rule is a form of English, not a list of names: no person, outlet, site or country decides anything.
"""

from __future__ import annotations

import re
from typing import Callable, Iterator

from .role_forms import NAME

__all__ = ["KIND_NOUNS", "kind_before", "works_as", "demonym_appositions", "occupation_copula"]

KIND_NOUNS = (
    "company",
    "firm",
    "group",
    "nonprofit",
    "non-profit",
    "union",
    "newspaper",
    "magazine",
    "website",
    "news site",
    "network",
    "think tank",
    "agency",
    "coalition",
    "watchdog",
    "charity",
    "association",
    "foundation",
    "institute",
    "broadcaster",
    "news outlet",
    "outlet",
)
"""Nouns that say what kind of body the name before them is ("the Acme mining company")."""
_NEEDS_MODIFIER = frozenset(
    {"group", "network", "website", "association", "foundation", "institute", "agency", "outlet"}
)
"""Kind nouns read only with a modifier before them ("the Brightline advocacy group"): bare, they follow names of other
kinds as well ("the Islamic State group", "the Haqqani network", "the Acme website" of a company)."""

_KIND = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(KIND_NOUNS, key=len, reverse=True))
_TOKEN = r"(?:[A-Z][A-Za-z0-9&.'\u2019]*|[0-9][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)(?:-[A-Z0-9][A-Za-z0-9]*)*"
_KIND_BEFORE = re.compile(
    rf"(?<![\w'\u2019.-])[Tt]he\s+({_TOKEN}(?:\s+{_TOKEN}){{0,3}})\s+((?:[a-z][a-z-]*\s+){{0,2}})({_KIND})(?![\w-])"
)
_ARMED = re.compile(
    r"(?<![\w-])(?:terror\w*|militia|militant|armed|rebel|insurgent|jihad\w*|extremist|paramilitary|"
    r"guerrilla|criminal|crime|gang|hate|separatist|drug|family|parent|holding|shell|front)(?![\w-])",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_KIND_ROLES = frozenset({"official", "expert", "journalist_media", "activist_advocacy"})


def kind_before(sentence: str, phrase_role: Callable[[str], str]) -> Iterator[tuple[str, str, str]]:
    """The bodies ``sentence`` names before a noun of their kind ("the Acme mining company").

    Parameters
    ----------
    sentence : str
        One sentence of an article.
    phrase_role : callable
        The role of a phrase ('' if none): :meth:`helpers.measures.source_roles.RoleTagger.phrase_role`.

    Yields
    ------
    (str, str, str)
        ``(name, role, evidence)``. Not yielded: a name that has a role of its own ("the Republican group"), a
        possessive ("Norland's"), a name of one or two letters, an armed, criminal, family or shell body ("the Kaba
        terror group", "the Lee family foundation"), a kind noun of :data:`_NEEDS_MODIFIER` with no modifier, and a
        kind whose role is none of an official body, a research body, an outlet or an advocacy group.
    """
    if "the " not in sentence.lower():
        return
    for m in _KIND_BEFORE.finditer(sentence):
        name, mods, noun = m.group(1), m.group(2), m.group(3)
        if (
            len(name) < 3
            or _POSSESSIVE.search(name)
            or _ARMED.search(mods)
            or phrase_role(name)
            or name.split()[0] in ("He", "She", "It", "They", "This", "That", "U.S.", "US")
        ):
            continue
        if not mods and noun.lower() in _NEEDS_MODIFIER:
            continue
        role = phrase_role(f"{mods}{noun}")
        if role in _KIND_ROLES:
            yield name, role, m.group(0)


_WORKS_AS = re.compile(
    rf"({NAME})(?:,\s+who)?\s+(?:now\s+|also\s+|currently\s+|once\s+|previously\s+)?"
    r"(?:works|worked|has\s+worked|had\s+worked|is\s+working|was\s+working)\s+as\s+"
    r"((?:an?|the)\s+[^,.;:()\"\u201c\u201d]{2,60})"
)


def works_as(sentence: str, phrase_role: Callable[[str], str]) -> Iterator[tuple[str, str, str, bool]]:
    """The people ``sentence`` says work or worked as a role noun ("Ann Lee, who works as a nurse").

    Parameters
    ----------
    sentence : str
        One sentence of an article.
    phrase_role : callable
        The role of a phrase ('' if none).

    Yields
    ------
    (str, str, str, bool)
        ``(name, role, evidence, weak)``: an ordinary person's noun is weak evidence (the article may give the name
        another role), a document's noun is no role of a person and is not yielded.
    """
    if " as " not in sentence:
        return
    for m in _WORKS_AS.finditer(sentence):
        role = phrase_role(m.group(2))
        if role and role not in ("document", "anonymous"):
            yield m.group(1), role, m.group(0), role == "ordinary_person"


_DEMONYM_APPOS = re.compile(
    rf"({NAME}),\s+(?:\d{{1,3}},\s+)?an?\s+((?:[a-z][a-z-]*,?\s+){{0,3}})"
    r"([A-Z][a-z]{2,}(?:an|ans|ian|ians|er|ers|ite|ites|ese|i|is))(?=\s*[,.;]|\s+who\s|\s+whose\s|\s*$)"
)


_CLAUSE = re.compile(r"\s+who(?:se)?\s+([^,.;]{1,120})")


def demonym_appositions(sentence: str, phrase_role: Callable[[str], str]) -> Iterator[tuple[str, str]]:
    """The people ``sentence`` introduces by a demonym alone ("Adam, a young married Norlandian who ...").

    Parameters
    ----------
    sentence : str
        One sentence of an article.
    phrase_role : callable
        The role of a phrase ('' if none): a demonym the lexicon reads ("a Republican", "a Democrat") keeps its role.

    Yields
    ------
    (str, str)
        ``(name, evidence)``: weak evidence of an ordinary person; not when a relative clause after the demonym holds
        a role noun ("a Norlandian who chairs the Acme Institute").
    """
    if ", a" not in sentence:
        return
    for m in _DEMONYM_APPOS.finditer(sentence):
        clause = _CLAUSE.match(sentence, m.end())  # "a Norlandian who chairs the Acme Institute": no private person
        if (
            not phrase_role(f"{m.group(2)}{m.group(3)}")
            and not phrase_role(m.group(1))
            and not (clause and phrase_role(clause.group(1)))
        ):
            yield m.group(1), m.group(0)


_NOT_OCCUPATION = frozenset(
    {
        "supporter",
        "supporters",
        "fan",
        "fans",
        "friend",
        "friends",
        "star",
        "personality",
        "celebrity",
        "man",
        "woman",
        "men",
        "women",
        "person",
        "people",
        "donor",
        "donors",
        "user",
        "users",
        "customer",
        "customers",
        "member of the public",
        "family",
        "families",
        "local",
        "locals",
        "citizen",
        "citizens",
        "percent",
        "per cent",
        "owner",
        "business owner",
        "shop owner",
        "witness",
        "witnesses",
        "eyewitness",
        "victim",
        "victims",
        "voter",
        "voters",
    }
)
"""Ordinary people's nouns that after a copula state a stance, a fame, a kind of person or a figure of speech, not what
the person does ("Ann Lee is a longtime supporter", "Ann Lee is a star", "Ann Lee is a man who ...", "Norland was a
victim", "Lee is a dream witness for them"), or an ownership whose body gives the role ("Ann Lee is the owner of the
Norton Ledger")."""


def occupation_copula(
    matches: Iterator, head_role: Callable[[int], str], surnames: set[str]
) -> Iterator[tuple[str, str]]:
    """The people a copula says are or were a private person's occupation or condition ("Ann Lee is a nurse at ...",
    "Ann Lee was a retired steelworker", "Ann Lee is a student").

    The role reader's copula rule leaves out ordinary people's nouns (after "is a" they often state a stance or a fame);
    this form reads them, except the nouns of :data:`_NOT_OCCUPATION`, as weak evidence.

    Parameters
    ----------
    matches : iterator of re.Match
        The matches of the role reader's copula pattern (groups: name, modifiers, role noun).
    head_role : callable
        The role of the compound noun that starts at an offset of the sentence.
    surnames : set of str
        The lower-cased words the article has written after another capitalised word so far: a subject of one word is
        read only if it is one of them, a person's surname ("Ann Gale ... Gale is a nurse"; not "Norland was a ...").

    Yields
    ------
    (str, str)
        ``(name, evidence)``: weak evidence of an ordinary person.
    """
    for m in matches:
        if " " not in m.group(1).strip() and m.group(1).strip().lower() not in surnames:
            continue
        if " ".join(m.group(3).lower().split()) not in _NOT_OCCUPATION and head_role(m.start(3)) == "ordinary_person":
            yield m.group(1), m.group(0)
