"""A named person is never a document (issue 12bf-r).

The lexicon's document nouns ("law", "report", "book", "study", "probe", "record") also stand as modifiers in a
person's description ("the 51-year-old Dunmore law graduate", "who teaches constitutional law", "the first author of
the study") and as surnames ("Tova Law", "Mr. Book"). The role reader
(:class:`helpers.measures.source_roles.RoleTagger`) then typed the person a document: the document noun was the last
role noun of the description, or of the name itself. By the role check protocol a person is never a document, so:

- :func:`person_name` says whether a name the article gives a role to is a person's: a courtesy title ("Mr. Marek",
  "Dr. Lee") or two to four capitalised words with no role noun of their own, no organisation word ("Institute",
  "Fund", "Inc") and no opening article or sentence word ("The", "In"). The tagger then does not remember a
  document role for it, so the article's other titles and appositions decide ("Mayor Ivo Marek": a politician) and a
  name with none stays `unknown` (the label for a person whose role the article does not state in a form the rules
  read). After the first read of the changed rows, one restriction: no word of time ("Earlier Tuesday, a Marek ad
  ...") and no noun of another entry ("According to Dunmore Insider, ...": an insider) in the name.
- :func:`surname_document` says whether a source phrase typed a document only by its last word is a person's name
  whose full name the article gave another role ("Tova Law, president of the X Fund": the fund's role; "Ivo Law,
  spokesman for ..."; "Mr. Book" after "Ivo Book, an analyst"): the phrase then takes that role. A body named like a person ("Dunmore Political Report",
  "the Marek Report") keeps its document role, as the article gives its full name no other role.

No name of a person, outlet or place decides anything here.
"""
from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["courtesy_name", "person_name", "surname_document"]

_COURTESY = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}")
"""A courtesy title and one to three capitalised words: a person's name ("Mr. Marek", "Ms. Ann Lee")."""

_WORD = r"[A-Z][a-z][\w'\u2019-]*"
_PLAIN_NAME = re.compile(rf"{_WORD}(?:\s+(?:[A-Z]\.\s+)?{_WORD}){{1,3}}")
"""Two to four capitalised words (a middle initial allowed): "Ivo Sharn", "Tova Green", "Ann B. Lee"."""

_NOT_FIRST = frozenset({"The", "A", "An", "In", "On", "At", "For", "By", "From", "After", "Before", "This", "That",
                        "These", "Those", "His", "Her", "Its", "Their", "Our", "New", "Old", "North", "South", "East",
                        "West", "Last", "First", "Next", "Federal", "National", "State", "City", "County", "World",
                        "American", "British", "European", "International", "Global", "Royal", "United", "General"})
"""Words that start a body's or a document's name rather than a person's ("The Lancet", "National Dunmore Review",
"Federal Register", "World Report")."""

_ORG_WORDS = re.compile(
    r"(?<![\w-])(?:Committee|Party|Association|University|College|Institute|Institution|Court|Center|Centre|Council|"
    r"Foundation|Group|Fund|Project|Campaign|Inc|Corp|Co|Ltd|LLC|Company|Society|Club|Union|League|Coalition|"
    r"Alliance|Network|Agency|Department|Ministry|Office|Bureau|Service|Board|Commission|Authority|Bank|Trust|"
    r"Times|Post|News|Journal|Review|Magazine|Press|Report|Poll|Record|Register|Survey|Index|Act|Bill|Law|Code|"
    r"Constitution|Amendment|Treaty|Accord|Agreement|Plan|Deal|Data|Study|Book)(?![\w-])")
"""Words that make a capitalised phrase a body's or a document's name, not a person's, when they are not its last
word ("Dunmore Energy Probe" is caught by the role noun test instead)."""

_TIME_WORDS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                         "February", "March", "April", "May", "June", "July", "August", "September", "October",
                         "November", "December", "Earlier", "Later", "Meanwhile", "Today", "Yesterday", "Tomorrow",
                         "Tonight", "Overnight", "Afterward", "Afterwards", "Still", "Instead", "Indeed"})
"""Words of time and sentence adverbs: "Earlier Tuesday, a Marek ad ..." is no name (restriction after the first
read)."""


def person_name(name: str, phrase_role: Callable[[str], str], other_role: Callable[[str], bool] | None = None) -> bool:
    """Is ``name`` (a name the article gives a role to) a person's name?

    Parameters
    ----------
    name : str
        The name as the tagger read it before an apposition, clause or copula ("Mr. Marek", "Ivo Sharn").
    phrase_role : callable
        The tagger's role of a phrase by its own nouns ('' when it has none).
    other_role : callable, optional
        True when the name holds a role noun of an entry ``phrase_role`` does not read ("Dunmore Insider": an
        insider, the anonymous entry's noun); such a name is no person's.

    Returns
    -------
    bool
        True for a courtesy title and a name ("Mr. Marek", "Dr. Ann Lee") and for two to four capitalised words
        with no role noun, no organisation or document word and no opening article or sentence word ("Ivo
        Sharn"); False for one word ("Acme"), "The Lancet", "Dunmore Political Report", "Dunmore Energy Probe", "Dunmore
        Matters Fund", a time phrase ("Earlier Tuesday") and a name with another entry's noun ("Dunmore Insider").
    """
    bare = name.strip().rstrip(",.;")
    if len(bare) > 60:
        return False
    if _COURTESY.fullmatch(bare):
        return True
    if not _PLAIN_NAME.fullmatch(bare) or bare.split()[0] in _NOT_FIRST:
        return False
    words = bare.split()
    if any(w.rstrip(",.") in _TIME_WORDS for w in words) or (other_role is not None and other_role(bare)):
        return False
    return not any(_ORG_WORDS.fullmatch(w) for w in words[:-1]) and not phrase_role(bare)


def courtesy_name(bare: str) -> bool:
    """Is ``bare`` a courtesy title and a name ("Dr. Ann Law", "Mr. Story"), a person's name whatever its last word?

    Parameters
    ----------
    bare : str
        A source phrase, stripped.

    Returns
    -------
    bool
        True for "Mr. Book", "Dr. Ann Law", "Ms. Tova Report"; False for "the Mueller report", "Dunmore Study" and a
        courtesy name with more after it ("Dr. Ann Law, the author of the report"). The tagger reads such a name
        typed a document only by its last word as a person whose role the article does not state (review r12bf).
    """
    return bool(_COURTESY.fullmatch(bare.strip()))


def surname_document(bare: str, names: dict[str, str], full_key: str) -> str:
    """The role of a person's name whose last word is a document noun ("Tova Law"), '' if it is not one.

    Parameters
    ----------
    bare : str
        A source phrase the lexicon types as a document.
    names : dict
        The roles the article gave names (lower-cased full names and last words) by title, apposition or clause.
    full_key : str
        The full-name key of the phrase's part before any comma (its capitalised words, lower-cased: "tova law").

    Returns
    -------
    str
        The role the article gave the full name (not a document) when ``bare`` is two to four capitalised words
        with no opening article or sentence word ("Tova Law", "Ivo Law") or a courtesy title and a name ("Mr.
        Book", looked up by "book", the surname the article gave a role); '' otherwise ("the Marek Report",
        "Dunmore Political Report" with no such role, "a report", "Law" alone (read as before: the article may name a
        law)).
    """
    courtesy = _COURTESY.fullmatch(bare.split(",", 1)[0].strip())  # "Mr. Book, the analyst": a person, by surname
    bare = bare.strip()  # any other name only whole ("Ann Lee, the mayor's son-in-law" is read as before)
    if not courtesy and (not _PLAIN_NAME.fullmatch(bare) or bare.split()[0] in _NOT_FIRST or " " not in full_key):
        return ""
    role = names.get(full_key, "")
    return role if role not in ("", "document") else ""
