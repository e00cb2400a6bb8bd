"""Rounds 12cz and 12db: a title word written after a titled given name is a surname ("correspondent John King").

English surnames include role nouns: King, Bishop, Pope, Judge, Dean, Prince, Parish. Written right after a given
name they name the person, not the office: "CNN chief national correspondent John King" is a journalist, "Judge Amy
Pope" a judge, "Rep. Rob Bishop" a politician. The tagger read the last role noun and gave a monarch, a cleric or
a church. The older rules read such a surname only at the head of a phrase ("Tom Judge, a journalist",
:data:`helpers.measures.role_forms.SURNAME_HEAD`); :func:`surname_hit` reads it anywhere, so that the phrase's other
words, or the article, give the role. Round 12cz read every such name and failed its check: a bare "Martin Luther King
Jr.", whose articles state his role only in prose, lost the role the title had given him by accident. Round 12db
reads the surname only when a role noun stands right before the given name ("correspondent John King", "Judge Amy
Pope", "Rep. Rob Bishop"), so that the phrase itself gives the role.

A title stays a title when a name follows it ("King Salman", "Bishop Ann Lee"), when a title's modifier precedes it
("Federal Judge", "Crown Prince", "Catholic Bishop"; :data:`helpers.measures.role_forms.TITLE_MODIFIERS` and
:data:`MODIFIERS`), when the word before it has a role of its own ("Senator King") or follows a determiner or a possessive
("the Saudi King", "Jordan's King"), and when no role noun stands right before that word (a bare "John King"). A capitalised document noun may be a given name
("China specialist Bill Bishop"). Written from general English usage; no corpus name decides anything.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import role_forms as F

__all__ = ["DETERMINED", "MODIFIERS", "TITLES", "surname_hit"]

MODIFIERS = frozenset({
    "Crown", "Top", "Court", "Law", "Catholic", "Anglican", "Episcopal", "Methodist", "Lutheran", "Orthodox",
    "Baptist", "Presbyterian", "Evangelical", "Youth", "Drum", "Sergeant", "Academic", "School", "College", "Faculty"})
"""Capitalised words before a title of :data:`TITLES` that make a compound title, beyond the tagger's
:data:`role_forms.TITLE_MODIFIERS` ("Crown Prince", "Court Judge", "Catholic Bishop", "Sergeant Major", "Law School
Dean")."""

TITLES = frozenset({"king", "bishop", "pope", "prince", "priest", "pastor", "deacon", "dean", "judge", "major",
                    "parish"})
"""The surname titles read after a given name anywhere in a phrase. The tagger's other surname titles (mayor, sheriff,
chancellor, general, marshal, fellow, driver, parent, farmer) mostly follow a place or a trade ("Boston Mayor",
"German Chancellor", "Fire Marshal"), so they are read as surnames only at the head of a phrase, as before."""
_PLACE_START = frozenset({"New", "Los", "Las", "San", "Santa", "St", "St.", "Saint", "El", "Fort", "Port", "North",
                          "South", "East", "West"})
"""Words that open a two-word place name: the word after them is no given name ("New York", "San Diego")."""
_BEFORE = re.compile(r"(?:^|(?<=[\s\"'\u201c\u2018(]))([A-Z][a-z]+(?:['\u2019-][A-Z]?[a-z]+)?)\s+$")
"""The given name right before a title: one capitalised word of letters (an apostrophe or hyphen inside: "O'Neil",
"Mary-Kate")."""
DETERMINED = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)|['\u2019]s)\s+$")
"""A determiner or a possessive before the given name: "the Saudi King", "Jordan's Crown Prince"."""
_AFTER_OK = re.compile(rf"\s+{F.SUFFIX.pattern}(?![\w])")
"""A suffix after the surname ("King Jr.", "Judge III") keeps it a surname."""


def surname_hit(text: str, start: int, end: int, has_role: Callable[[str], str]) -> bool:
    """Whether the role word at ``text[start:end]`` is a surname after a given name, not a role noun.

    Parameters
    ----------
    text : str
        The phrase or sentence the word was found in.
    start, end : int
        The word's span in ``text``.
    has_role : callable
        The tagger's role of a phrase (``RoleTagger.phrase_role``): the given name must have none, or only a
        document's (a capitalised "Bill").

    Returns
    -------
    bool
        True for "correspondent John King", "Judge Amy Pope", "Rep. Rob Bishop"; False for a bare "John King",
        "Martin Luther King Jr.", "King Salman", "Federal Judge", "the Saudi King", "Secretary General", a lower-case
        "judge".
    """
    word = text[start:end]
    if not word[:1].isupper() or word.lower() not in TITLES:
        return False
    if F.NEXT_NAME.match(text, end) and not _AFTER_OK.match(text, end):
        return False
    before = _BEFORE.search(text, 0, start)
    if not before:
        return False
    given = before.group(1)
    if given in F.TITLE_MODIFIERS or given in MODIFIERS or given.lower() in F.SURNAME_TITLES:
        return False
    if DETERMINED.search(text, 0, before.start(1)):
        return False
    prev = text[:before.start(1)].split()
    if not prev or prev[-1] in _PLACE_START:
        return False
    if has_role(given) not in ("", "document"):
        return False
    return has_role(f"{prev[-1]} {given}") not in ("", "document")  # round 12db: a title right before the name
