"""Issue 12at-e: police titles and a police force's officials, which the lexicon's official nouns took.

The lexicon reads the last role noun of a title or a source phrase. Three forms of English put an official noun
("officer", "official", "office", "department", "chief") last although the person or body is a police one:

* a capitalised "Officer" written as a title right before a name, with no other capitalised title word before it
  ("Officer Ann Lee said", "“I left,” Officer Lee told ..."): a police officer's title. "Chief Executive
  Officer Ann Lee", "Chief Financial Officer", "Ethics Officer", "Foreign Service Officer", "Petty Officer" and a
  lower-case "officer" keep the lexicon's reading (the word before the title is capitalised, in any script, or the
  noun is not written as a title). The name after the title is not seen here (only the text before the noun is):
  a determiner before "Officer" ("an Officer of the Order of the British Empire", "the Officer in charge") marks a
  noun, not a title before a name, and keeps the lexicon's reading too;
* an official noun right after a police force ("police officials", "a sheriff's department official", "the County
  Sheriff's Office", "Border Patrol officials", "the Highway Patrol officers"), with only rank words between
  ("the Police Chief Superintendent");
* (in the lexicon) "patrolman" and "patrolmen".

No person, force, place or outlet decides: the forms are the words police forces are named with in English (police,
constabulary, sheriff, patrol). "police union official", "Police Benevolent Association" and a police department's
spokesperson (`spokesperson`) are not changed. See :func:`police_official`.
"""

from __future__ import annotations

import re

from .role_titles import is_police_title

__all__ = ["POLICE_FORCE_BEFORE", "police_official"]

POLICE_FORCE_BEFORE = re.compile(
    r"(?<![\w-])(?:police(?:\s+(?:department|force|service))?|constabulary|sheriff(?:'s|\u2019s|s)?"
    r"(?:\s+(?:office|department))?|patrol)"
    r"(?:'s|\u2019s)?\s+(?:(?:deputy|assistant|acting|interim|first|chief|senior|top|former|retired|veteran)\s+)*$",
    re.IGNORECASE,
)
"""A police force named right before a title, with only rank or time words between ("Lake Police Chief ",
"a sheriff's department ", "Border Patrol ", "the police department's ")."""

_FORCE_NOUNS = frozenset({"official", "officials", "officer", "officers", "office", "department", "deputy", "deputies",
                          "chief", "superintendent", "chief superintendent", "commissioner", "director"})
"""Official nouns that a police force before them makes police ("police officials", "Sheriff's Office")."""

_WORD_BEFORE = re.compile(r"([\w.&-]+)(?:'s|\u2019s)?\s+$")
"""The word (or a possessive of it) right before a title: "Chief Executive ", "NYPD ", "the Élysée "."""

_DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur)\s+$")
"""A determiner right before "Officer" ("an Officer of the Order", "the Officer in charge"): a noun, not a title
written before a name (review r12at2)."""


def _cap_before(tail: str) -> bool:
    """Is the word right before a title capitalised or an acronym (any script: "Chief ", "NYPD ", "Élysée ")?"""
    m = _WORD_BEFORE.search(tail)
    return bool(m) and any(c.isupper() for c in m.group(1))


def police_official(before: str, noun: str) -> bool:
    """Is the official noun ``noun`` a police title or a police force's official?

    Parameters
    ----------
    before : str
        The text before the noun (its sentence or source phrase up to the noun).
    noun : str
        The role noun the lexicon read as an official, as written ("Officer", "officials").

    Returns
    -------
    bool
        True for the ranks :func:`helpers.measures.role_titles.is_police_title` reads ("City Police Deputy Chief"), for
        "Officer Ann Lee" (a capitalised "Officer" with no capitalised word or determiner before it),
        "police officials",
        "a sheriff's department official", "the County Sheriff's Office", "Border Patrol officials"; False for "Chief
        Executive Officer", "Ethics Officer", "the Élysée Officer", "an Officer of the Order", "a loan officer", "an
        officer", "fire officials".
    """
    if is_police_title(before, noun):  # issue 12an-k's ranks after a police force ("City Police Deputy Chief")
        return True
    low = " ".join(noun.lower().split())
    if low not in _FORCE_NOUNS:
        return False
    tail = before[-80:]
    if POLICE_FORCE_BEFORE.search(tail):
        return True
    return noun == "Officer" and not _cap_before(tail) and not _DETERMINER_BEFORE.search(tail)
