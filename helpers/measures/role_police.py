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

Round 12cs (:func:`plural_officers`): the plural "officers" as the head of a source phrase that no other rule
types ("Officers threatened to arrest ...", "Correctional officers say", "The officers asked him") is military or
police: in news the bare plural names police, prison, border or armed-service officers. The lexicon does not hold the
word (version 26 left it out for its other senses: party, company and election officers), so only the head is read,
and a modifier of another field keeps the phrase unread ("chief financial officers", "loan officers", "asylum
officers", "party officers").
"""

from __future__ import annotations

import re

from .role_titles import is_police_title

__all__ = ["FORCE_NOUNS", "FORCE_RANKS", "POLICE_FORCE_BEFORE", "plural_officers", "police_official"]

FORCE_RANKS = r"deputy|assistant|acting|interim|first|chief|senior|top|former|retired|veteran"
"""Rank and time words that may stand between a force and its official's title ("Police Deputy Chief", "a former
sheriff's department official"); also read after a force's acronym (round 12cx, ``role_agencies.force_title``)."""
POLICE_FORCE_BEFORE = re.compile(
    r"(?<![\w-])(?:police(?:\s+(?:department|force|service))?|constabulary|sheriff(?:'s|\u2019s|s)?"
    r"(?:\s+(?:office|department))?|patrol)"
    rf"(?:'s|\u2019s)?\s+(?:(?:{FORCE_RANKS})\s+)*$",
    re.IGNORECASE,
)
"""A police force named right before a title, with only rank or time words between ("Lake Police Chief ",
"a sheriff's department ", "Border Patrol ", "the police department's ")."""

FORCE_NOUNS = frozenset({"official", "officials", "officer", "officers", "office", "department", "deputy", "deputies",
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
    if low not in FORCE_NOUNS:
        return False
    tail = before[-80:]
    if POLICE_FORCE_BEFORE.search(tail):
        return True
    return noun == "Officer" and not _cap_before(tail) and not _DETERMINER_BEFORE.search(tail)


_OTHER_FIELD = (r"chief|executive|financial|operating|information|technology|marketing|compliance|loan|loans|election|"
                r"elections|electoral|asylum|medical|health|press|communications?|ethics|foreign\s+service|party|union|"
                r"campaign|company|corporate|bank|banking|credit|privacy|security\s+council|returning|presiding|polling|"
                r"probation|parole|welfare|benefits?|immigration\s+services|customer|sales|investment|program|"
                r"programme|project|commissioned\s+by")
_PLURAL_OFFICERS = re.compile(
    r"(?:(?:the|these|those|some|several|many|most|other|two|three|four|five|six|[0-9]+|a\s+few|more\s+than\s+\d+)\s+)?"
    rf"(?:(?!(?:in|of|from|at|for|with|to|by|on|and|or|who|that|which|{_OTHER_FIELD})(?![\w-]))[\w'\u2019.-]+\s+){{0,4}}"
    r"officers", re.IGNORECASE)


def plural_officers(bare: str) -> bool:
    """Whether a source phrase is headed by the plural "officers" with no modifier of another field (round 12cs):
    "Officers", "The officers", "Correctional officers", "Seattle PD officers", "CIA officers", "Several correctional
    officers": military or police.

    Parameters
    ----------
    bare : str
        The source phrase, stripped.

    Returns
    -------
    bool

    Examples
    --------
    >>> plural_officers("Correctional officers"), plural_officers("The officers")
    (True, True)
    >>> plural_officers("chief financial officers"), plural_officers("officers of the union")
    (False, False)
    """
    return bool(_PLURAL_OFFICERS.fullmatch(bare.strip()))
