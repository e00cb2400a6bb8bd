"""A public body named by its acronym as a source speaks as that body (round 12cq).

News lets agencies speak by their acronyms: "the FBI said", "the CDC reported", "ICE said", "Britain's NHS warned".
The role lexicon reads a body by the head noun of its full name ("bureau", "agency", "administration") and the
article's own definitions ("the Norland Transit Agency (NTA)"), so an acronym the article never spells out was left
``unknown``. :func:`agency_role` reads such a source against a gazetteer of public bodies known by an acronym,
``helpers/data/agencies.yaml`` (government departments, agencies and regulators; police, intelligence and armed
services; international organisations), and :class:`helpers.measures.source_roles.RoleTagger` gives a match the
entry's role with ``role_basis`` :data:`AGENCY_BASIS`.

Only a source phrase that *is* the body is read: the acronym, after an optional "the" and one optional modifier (a
capitalised word or possessive, "U.S.", "Britain's", "Trump's", or "federal", "national", "state"): "the FBI", "the
U.S. CDC", "the F.B.I.". A phrase with anything else ("FBI Director Ann Lee", "an ICE spokesman", "the FBI and the
CIA") is left to the other rules. An acronym that is also a word or abbreviation in capitals ("WHO", "DOE", "VA") is
read only after "the" (the entry's ``needs_the``). An acronym the article spells out as another body ("the Norland
Ice Council (ICE)", :func:`spelled_acronyms`) is the article's, not the gazetteer's.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from ..core.paths import DATA_DIR
from ..text.lexicon import LexiconError, load_lexicon
from .role_police import FORCE_NOUNS, FORCE_RANKS

__all__ = ["AGENCIES_FILE", "AGENCY_BASIS", "agency_forms", "agency_role", "force_title", "spelled_acronyms"]

AGENCY_BASIS = "agency"
"""``role_basis`` of a source that is a public body's acronym (round 12cq)."""

AGENCIES_FILE = DATA_DIR / "agencies.yaml"
"""The gazetteer: one entry per body, with ``label`` (its full name), ``terms`` (its acronyms), ``role``,
``country`` and, for an acronym that is also a common word in capitals, ``needs_the``."""

_ROLES = frozenset({"official", "military_police"})
_PHRASE = re.compile(
    r"(?P<the>[Tt]he\s+)?"
    r"(?:(?P<mod>federal|national|state|[A-Z][\w.-]*(?:['\u2019]s)?)\s+)??"
    r"(?P<acr>[A-Z][\w.-]*(?:\s[A-Z][a-z]+)?)")
_SPELLED = re.compile(
    r"(?P<name>(?:[A-Z][\w'\u2019&.-]*\s+(?:(?:of|for|and|on|the|in|de|du|des)\s+){0,2}){1,10})"
    r"\(\s*(?P<acr>[A-Z][A-Za-z0-9.&-]{1,9})\s*\)")


_FORCE_TITLE_NOUNS = FORCE_NOUNS | {"head"}
"""Head nouns of official titles that a police, intelligence or armed body's acronym before them makes military or
police (round 12cx; "Deputy Director" by its head): the police rule's force nouns, and "head"."""
_ACRONYM_BEFORE = re.compile(
    r"(?<![\w.-])(?P<acr>[A-Z][\w.-]*(?:\s[A-Z][a-z]+)?)(?:['\u2019]s)?\s+"
    rf"(?i:(?:{FORCE_RANKS}|associate|executive|special)\s+)*$")
"""A body's acronym right before a title, perhaps possessive, with only rank or time words between ("FBI ", "the
FBI's ", "FBI Deputy ", "Acting ATF ")."""


@lru_cache(maxsize=4)
def agency_forms(path: str | Path = AGENCIES_FILE) -> dict[str, tuple[str, str, bool]]:
    """The gazetteer's acronyms, each with its body's role, full name and whether it needs "the".

    Parameters
    ----------
    path : str or Path
        A file in the format of ``helpers/data/agencies.yaml``.

    Returns
    -------
    dict
        ``form -> (role, label, needs_the)``; forms are case-sensitive and written without full stops ("FBI",
        "MoD", "Shin Bet").

    Raises
    ------
    helpers.text.lexicon.LexiconError
        If the file is missing or malformed, or an entry's role is not ``official`` or ``military_police`` (the
        message names the file and the entry).
    """
    doc = load_lexicon(path, extra_entry_keys=("role", "country", "needs_the"))
    forms: dict[str, tuple[str, str, bool]] = {}
    for eid, entry in doc["entries"].items():
        role = entry.get("role")
        if role not in _ROLES:
            raise LexiconError(f"{path}: entry {eid!r} has role {role!r}; use one of {sorted(_ROLES)}.")
        for term in entry["terms"]:
            forms[_plain(term)] = (role, entry.get("label", eid), bool(entry.get("needs_the", False)))
    return forms


def agency_role(bare: str, spelled: dict[str, set[str]] | None = None,
                forms: dict[str, tuple[str, str, bool]] | None = None) -> str:
    """The role of a source phrase that is only a public body's acronym ('' if it is not one).

    Parameters
    ----------
    bare : str
        The source phrase, stripped ("the FBI", "ICE", "Britain's NHS").
    spelled : dict, optional
        The acronyms the article spells out, with the names it gives them (:func:`spelled_acronyms`): an acronym
        the article gives another name is not read from the gazetteer.
    forms : dict, optional
        The gazetteer (:func:`agency_forms` of the shipped file by default).

    Returns
    -------
    str
        ``official``, ``military_police`` or ''.

    Examples
    --------
    >>> agency_role("the FBI")
    'military_police'
    >>> agency_role("The WHO"), agency_role("WHO")
    ('official', '')
    >>> agency_role("FBI Director Ann Lee")
    ''
    """
    m = _PHRASE.fullmatch(bare.strip())
    if not m:
        return ""
    hit = _lookup(m.group("acr"), spelled, forms)
    if not hit or (hit[2] and not m.group("the")):
        return ""
    return hit[0]


def force_title(before: str, noun: str, spelled: dict[str, set[str]] | None = None,
                forms: dict[str, tuple[str, str, bool]] | None = None) -> bool:
    """Whether an official noun is the title of a police, intelligence or armed body named by its acronym (round 12cx).

    Parameters
    ----------
    before : str
        The text before the noun (its sentence or source phrase up to the noun): "FBI ", "former CIA ", "Acting ATF ".
    noun : str
        The role noun the lexicon read as an official, as written ("Director", "officials").
    spelled : dict, optional
        The acronyms the article spells out (:func:`spelled_acronyms`): an acronym the article gives another name is
        not read from the gazetteer.
    forms : dict, optional
        The gazetteer (:func:`agency_forms` of the shipped file by default).

    Returns
    -------
    bool
        True when the noun is one of the official nouns of a force ("director", "officials", "chief", ...) and the
        acronym right before it (only rank or time words between) is a body the gazetteer types ``military_police``:
        "FBI Director", "ICE officials", "a senior CIA official"; False for "CDC Director" (an official body), "ICE
        union chief" (another word between) or "FBI spokesman" (not an official noun).

    Examples
    --------
    >>> force_title("former FBI ", "Director"), force_title("CDC ", "Director")
    (True, False)
    """
    words = noun.lower().split()
    if not words or words[-1] not in _FORCE_TITLE_NOUNS:  # "Deputy Director": its head noun
        return False
    m = _ACRONYM_BEFORE.search(before[-60:])
    if not m:
        return False
    hit = _lookup(m.group("acr"), spelled, forms)
    return bool(hit) and hit[0] == "military_police" and not hit[2]


def spelled_acronyms(sentence: str) -> Iterator[tuple[str, str]]:
    """The acronyms ``sentence`` spells out in parentheses after a capitalised name, with that name.

    Parameters
    ----------
    sentence : str
        One sentence of an article.

    Yields
    ------
    (str, str)
        The acronym without full stops and the capitalised words before it, with up to two small words between
        them ("ICE", "Members of the Norland Ice Council"); :func:`agency_role` compares the name's tail with the
        gazetteer's full name.
    """
    for m in _SPELLED.finditer(sentence):
        yield _plain(m.group("acr")), " ".join(m.group("name").split())


def _lookup(acronym: str, spelled: dict[str, set[str]] | None,
            forms: dict[str, tuple[str, str, bool]] | None) -> tuple[str, str, bool] | None:
    """The gazetteer's (role, label, needs_the) of an acronym as written, or None when it is not listed or the article
    spells it out as another body ("the Norland Ice Council (ICE)")."""
    form = _plain(acronym)
    hit = (agency_forms() if forms is None else forms).get(form)
    names = (spelled or {}).get(form)
    if hit and names and not any(_same_name(n, hit[1]) for n in names):
        return None
    return hit


def _plain(form: str) -> str:
    """An all-capital acronym without full stops ("F.B.I." -> "FBI"); other forms as written, spaces single."""
    bare = form.replace(".", "")
    return bare if bare.isupper() or any(c.isdigit() for c in bare) else " ".join(form.split())


def _same_name(name: str, label: str) -> bool:
    """Whether the article's name for an acronym ends with the gazetteer's full name (case and "the" aside)."""
    a = [w for w in re.findall(r"[a-z0-9]+", name.lower()) if w != "the"]
    b = [w for w in re.findall(r"[a-z0-9]+", label.lower()) if w != "the"]
    return bool(b) and a[-len(b):] == b
