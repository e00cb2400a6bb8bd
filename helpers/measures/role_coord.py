"""Appositions whose head noun follows a coordination or a body's name with "and"/"of" (issue 12az-u).

:meth:`helpers.measures.source_roles.RoleTagger` reads an apposition's role from its role noun only when no word
between the article and the role noun shows the role noun to be past the head ("a bookkeeper at the ... Center", "a
firefighter and president of ..."). Two forms of English put such a word there while the role noun is still the
apposition's head:

- **a coordination before the head noun** ("Ann Lee, a computer science and privacy researcher at ...", "a co-author
  and senior scientist at ...", "her treasurer and then-foreign minister"): one "and", with at least one word between
  it and the role noun and none of them a determiner or possessive (not "the baker and his neighbour's senator"), and
  the words before "and" hold no role noun of the lexicon, or only role nouns of the same role as the head
  (:func:`same_role`). Two bare nouns with the role noun right after "and" ("the co-founder and CEO of ...", "a
  firefighter and president of the union") stay unread, as earlier rounds decided (the tail "of the union" may
  belong to the second noun alone);
- **a body's name** ("Ann Lee, a former Fish and Wildlife official", "a Department of Justice spokesman"): "and",
  "of", "for" or "&" between two capitalised words is part of a name, not a preposition of the apposition.

A role read this way that the apposition marks as past ("a former ... official", "then-", "ex-": :func:`is_past`) is
kept as a weak role, used only when the article states no other role for the name (restriction after the first read:
"a former Parks and Wildlife official" had overridden the same person's current seat in a legislature).

Any other past-head word ("at", "in", "who", a second "and", a comma) still stops the reading, and the caller keeps
the lexicon checks of the words before the role noun. No name of a person, outlet or site decides anything.
"""
from __future__ import annotations

import re

from .role_forms import PAST_HEAD

__all__ = ["head_after_coordination", "is_past", "same_role", "strip_name_connectors"]

_NAME_CONNECTOR = re.compile(r"((?<![\w'\u2019.-])[A-Z][\w.'\u2019-]*)[ \t]+(?:and|of|for|&)[ \t]+(?=[A-Z])")
"""A connector between two capitalised words ("Fish and Wildlife", "Department of Justice", "Tobacco & Firearms")."""
_AND = re.compile(r"(?<![\w-])and\s", re.IGNORECASE)
_PAST = re.compile(r"(?<![\w-])(?:former|formerly|then|ex|onetime|one-time|erstwhile)(?![\w])", re.IGNORECASE)
_WORD = re.compile(r"[\w'\u2019./-]+")
_OWNER = re.compile(r"(?<![\w-])(?:a|an|the|his|her|their|its|my|our|your)\s|['\u2019]s?(?![\w])", re.IGNORECASE)
"""A determiner or possessive after "and": a new noun phrase (another person's role), not the apposition's head."""


def strip_name_connectors(words: str) -> str:
    """The words with each "and"/"of"/"for"/"&" between two capitalised words replaced by a space.

    Parameters
    ----------
    words : str
        The words between an apposition's article and its role noun.

    Returns
    -------
    str
        ``words`` without the connectors inside names ("a former Fish and Wildlife " -> "a former Fish Wildlife ").
    """
    return _NAME_CONNECTOR.sub(r"\1 ", words)


def head_after_coordination(words: str) -> str | None:
    """The words before a coordinating "and" when that "and" is the only past-head word before the role noun.

    Parameters
    ----------
    words : str
        The words between an apposition's article and its role noun (the role noun not included), as the apposition
        pattern cuts them (ending with a space).

    Returns
    -------
    str or None
        ``""`` when, once connectors inside names are dropped, no past-head word is left (a body's name: the role noun
        is the head); the words before "and" (for the caller's lexicon check) when exactly one "and" is left, with at
        least one word before it and one after it (no determiner or possessive) and no other past-head word or comma; ``None`` otherwise (the role noun is past the
        head: keep the old reading).

    Examples
    --------
    >>> head_after_coordination("computer science and privacy ")
    'computer science'
    >>> head_after_coordination("co-founder and ") is None
    True
    >>> head_after_coordination("former Fish and Wildlife ")
    ''
    >>> head_after_coordination("bookkeeper at the ") is None
    True
    """
    rest = strip_name_connectors(words)
    if "," in rest or ";" in rest:
        return None
    past = [m.group(0).strip().lower() for m in PAST_HEAD.finditer(rest)]
    if not past:
        return ""
    if past != ["and"]:
        return None
    before, after = _AND.split(rest, maxsplit=1)
    if not _WORD.search(before) or not _WORD.search(after) or _OWNER.search(after):
        # "the baker and his neighbour's senator": another person's role after "and"; "a firefighter and president
        # of the union": two nouns, the role noun's tail may belong to it alone (earlier rounds' tests keep it unread)
        return None
    return before.strip()


def same_role(before_roles: list[str], head_role: str) -> bool:
    """Whether the role nouns before a coordinating "and" agree with the apposition's head role.

    Parameters
    ----------
    before_roles : list of str
        The roles of the lexicon's role nouns found in the words before "and" (empty when there are none).
    head_role : str
        The role of the role noun after "and" (the apposition's head), ``""`` when it has none.

    Returns
    -------
    bool
        True when the head has a role and every role noun before "and" has that same role (or there is none).

    Examples
    --------
    >>> same_role([], "official"), same_role(["expert"], "expert"), same_role(["ordinary_person"], "politician")
    (True, True, False)
    """
    return bool(head_role) and all(r == head_role for r in before_roles)


def is_past(apposition: str) -> bool:
    """Whether an apposition marks its role as past ("former", "formerly", "then-", "ex-", "onetime", "erstwhile").

    Parameters
    ----------
    apposition : str
        The apposition as matched after the name, up to its role noun (a "Former" in the name is not read).

    Returns
    -------
    bool

    Examples
    --------
    >>> is_past("Ann Lee, a former Parks and Wildlife official"), is_past("Ann Lee, a science and policy professor")
    (True, False)
    """
    return bool(_PAST.search(apposition))
