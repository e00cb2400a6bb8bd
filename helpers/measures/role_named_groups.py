"""Organisations named after the people they speak for: "Americans for Prosperity", "Students for Fair Admissions",
"Mothers Against Drunk Driving", "Reporters Without Borders", "Parents Defending Education" (session of 2026-12-04).

The role reader gives a source phrase the role of its last role noun, so a name that opens with a plural person noun
took that noun's role: "Americans for Prosperity" and "Citizens for Responsibility and Ethics in Washington" were
ordinary people, "Reporters Without Borders" an outlet. Such a name is an organisation that campaigns for a cause:
``activist_advocacy`` in the protocol's and ``helpers/data/source_roles.yaml``'s terms. :func:`named_group` reads the
form:

- the head of the phrase (before its first comma), after an optional "The", opens with a capitalised plural noun (in
  "-s" or "-men") that the role lexicon types, or whose singular it types, as people who hold no office
  (:data:`PEOPLE_ROLES`: "Americans", "Mothers", "Women", "Scientists", "Reporters"; not "Lawyers for X", who
  represent X, nor a noun of an institution, ``role_forms.INSTITUTION_NOUNS``: "the Centers for ...");
- then "for", "against", "without" or "United" (also "United for"), or a capitalised gerund ("Defending");
- then a name: one or more capitalised words, with only the small words of, and, the, for, in, on, to, "&" between,
  up to the end of the head.

Not "of" or "in" after the noun: "Residents of Flint", "Voters in Iowa" are people of a place, and a place's name is
capitalised like an organisation's. Not lower-case words after the noun ("Republicans for years", "Americans for
the first time"). No organisation, person or place is listed: the form decides.
"""

from __future__ import annotations

import re

from .role_forms import INSTITUTION_NOUNS

__all__ = ["NAMED_GROUP", "PEOPLE_ROLES", "named_group"]

PEOPLE_ROLES = frozenset(("ordinary_person", "expert", "journalist_media", "activist_advocacy"))
"""Roles of the first noun that make the name a group's: people who are not office holders. Not officials or
politicians: "Lawyers for X" and "Prosecutors for X" are the lawyers who represent X, "the Centers for Disease Control"
a government agency ("center" is typed as a body)."""

_SMALL = r"(?:of|and|the|for|in|on|to|&)"
NAMED_GROUP = re.compile(
    r"(?:[Tt]he\s+)?(?P<noun>[A-Z][a-z]+(?:s|men))\s+"
    r"(?:(?:United\s+)?(?:for|For|against|Against|without|Without)\s+|United\s+|(?-i:[A-Z][a-z]+ing)\s+)"
    r"(?P<name>(?:[A-Z][\w'\u2019.&-]*|\d[\w-]*)(?:\s+(?:" + _SMALL + r"\s+)*(?:[A-Z][\w'\u2019.&-]*|\d[\w-]*))*)"
)
"""A name that opens with a plural noun, a linking word and a capitalised name (the whole head must match)."""


def named_group(phrase: str, noun_role) -> bool:
    """Whether the head of ``phrase`` is the name of an organisation that opens with a plural person noun.

    Parameters
    ----------
    phrase : str
        A source phrase ("Americans for Prosperity", "Tim Cole, president of Americans for Prosperity").
    noun_role : callable
        ``noun_role(word) -> str``: the role the lexicon gives one word ("" for none).

    Returns
    -------
    bool
        True when the phrase's head (before its first comma) is such a name and its first noun's role is one of
        :data:`PEOPLE_ROLES`.
    """
    head = phrase.split(",", 1)[0].strip()
    m = NAMED_GROUP.fullmatch(head)
    if not m:
        return False
    noun = m.group("noun")  # "Mothers": the lexicon may list the singular only
    low = noun.lower()
    if low in INSTITUTION_NOUNS or low[:-1] in INSTITUTION_NOUNS or low[:-2] in INSTITUTION_NOUNS:
        return False  # "the Centers for Disease Control", "Services for ...": bodies, not people
    role = noun_role(noun) or (noun_role(noun[:-1]) if noun.endswith("s") else "")
    return role in PEOPLE_ROLES
