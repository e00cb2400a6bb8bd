"""A state or its capital named bare as a source speaks for its government (rounds 12ck and 12cp; protocol item 9).

News lets a state speak: "Brazil said it would ...", "Moscow warned ...", "Downing Street said ...". The earlier place
rules (issues 12ac-r, 12af-r, 12ao-b) type such a source official only when its article also writes it as a place
("in Brazil"), as a demonym ("Brazilian troops") or as "the U.S."; an article that names the state only as the
speaker left it ``unknown``. :func:`country_key` reads the bare source against a gazetteer of sovereign states,
``helpers/data/countries.yaml`` (the 193 United Nations member states, the two observer states, Taiwan and Kosovo: their
English names and capitals, and a few seats of government), and
:class:`helpers.measures.source_roles.RoleTagger` types a match ``official`` with ``role_basis``
:data:`COUNTRY_BASIS`.

:func:`plural_states` reads a source headed by "countries" or "nations" the same way (round 12cp: "Both countries
said", "Gulf nations warned"), on the phrase's head only, so that a person's relative clause that mentions countries
gives the person no role (the first version of round 12cp, lexicon terms, did: "Ben Kay, who threatened to cut aid to
countries such as ...").

Left out on purpose: forms with no lower-case letter ("US", "U.K.", "UAE": a span the attribution rules cut from "US
President Ann Lee" or a headline's "U.S. thinks"; "the U.S." is read by the 12ao-b rule), adjectives and demonyms
("the French"), a one-word name the article also writes after another capitalised word, where it may be a surname
("Denzel Washington", "Steve Israel"; not after a function word opening the sentence: "Although Israel agreed"), and
the gazetteer's ambiguous forms (a given name, a US state, a university: listed in the file's notes). A state that
stands for its people ("America is angry") is not told apart: "America" is not in the gazetteer, and the other names
are read as their governments, as the protocol's item 9 reads them.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from ..core.paths import DATA_DIR
from ..text.lexicon import load_lexicon
from . import role_clauses as RC

__all__ = ["COUNTRIES_FILE", "COUNTRY_BASIS", "country_key", "country_keys", "plural_states", "surname_uses"]

COUNTRY_BASIS = "country"
"""``role_basis`` of a source that is a state's name or capital (round 12ck)."""

COUNTRIES_FILE = DATA_DIR / "countries.yaml"
"""The gazetteer: one entry per state, with ``terms`` (its names) and ``capitals``."""

_THE = re.compile(r"(?:[Tt]he\s+)?(?P<name>.+)")
_FIRST_WORD = re.compile(r"[\s\"'\u201c\u2018(]*([A-Z][a-z]+)\s+")
_FUNCTION_OPENERS = frozenset(
    "although though because unless until whether while whereas once if since as after before when where why how what "
    "who behind beyond despite amid among amongst against between within without across around through throughout "
    "toward towards following ahead along alongside beside besides inside outside near during under over above below "
    "with to of from into onto upon by for at in on but and or nor yet so then now also even only still both either "
    "neither not no every each all some many most several such here there today yesterday meanwhile like unlike".split())
"""English function words that open a sentence: a capitalised word after one of them is no surname ("Although Israel
agreed")."""


@lru_cache(maxsize=4)
def country_keys(path: str | Path = COUNTRIES_FILE) -> frozenset[str]:
    """The lower-cased names and capitals of the gazetteer that have a lower-case letter.

    Parameters
    ----------
    path : str or Path
        A file in the format of ``helpers/data/countries.yaml``.

    Returns
    -------
    frozenset of str
        Keys with single spaces and no final full stops ("north korea", "downing street").

    Raises
    ------
    helpers.text.lexicon.LexiconError
        If the file is missing or malformed (the message names the file).
    """
    doc = load_lexicon(path, extra_entry_keys=("capitals",))
    forms = [f for e in doc["entries"].values() for f in [*e["terms"], *(e.get("capitals") or [])]]
    return frozenset(_key(f) for f in forms if any(c.islower() for c in f))


def country_key(bare: str, after_caps: set[str] | frozenset[str], keys: frozenset[str] | None = None) -> str:
    """The gazetteer key of a bare source that is only a state's name or capital ('' if it is not one).

    Parameters
    ----------
    bare : str
        The source phrase, stripped ("Brazil", "the Netherlands", "Downing Street").
    after_caps : set of str
        The lower-cased words the article writes right after another capitalised word (:func:`surname_uses`): a
        one-word name among them may be a surname ("Steve Israel"), so it is not read as a state; a name of two
        words or more ("North Korea") is no surname.
    keys : frozenset of str, optional
        The gazetteer's keys; :func:`country_keys` of the shipped file by default.

    Returns
    -------
    str
        The key, or '' when ``bare`` has no lower-case letter, is not capitalised, or is not in the gazetteer.

    Examples
    --------
    >>> country_key("Brazil", set())
    'brazil'
    >>> country_key("Washington", {"washington"})  # "Denzel Washington" in the article
    ''
    >>> country_key("Brazilian officials", set())
    ''
    """
    m = _THE.fullmatch(bare.strip())
    name = m.group("name") if m else ""
    if not name[:1].isupper() or not any(c.islower() for c in name):
        return ""
    known = country_keys() if keys is None else keys
    key = next((k for k in (_key(name), _key(bare)) if k in known), "")  # "The Hague" keeps its "The"
    if not key:
        return ""
    return "" if " " not in key and key in after_caps else key  # "North Korea" is no surname


_NOT_MODIFIER = r"(?:in|of|from|at|for|with|to|by|on|across|among|than|and|or)"
_PLURAL_STATES = re.compile(
    rf"(?:(?!{_NOT_MODIFIER}\s)[\w'\u2019.-]+\s+){{0,4}}(?:member\s+)?(?:countries|nations)"
    r"(?=$|\s+(?:including|such\s+as|like|that|which|who|in|of|from|with|across|around)(?![\w-])|\s*,)",
    re.IGNORECASE)


def plural_states(bare: str) -> bool:
    """Whether a source phrase is headed by "countries" or "nations" (round 12cp): "Both countries", "Gulf countries",
    "11 nations including the U.S.", "some island nations": states that speak for their governments (protocol item 9).

    Only the head is read, up to four modifiers with no preposition before it ("People in poorer countries" is not
    one: its head is "People"); the words are not lexicon terms, so a person's relative clause or apposition that
    mentions countries ("Trump, who threatened aid to countries such as Honduras") gives the person no role.

    Parameters
    ----------
    bare : str
        The source phrase, stripped.

    Returns
    -------
    bool

    Examples
    --------
    >>> plural_states("Both countries")
    True
    >>> plural_states("People in poorer countries")
    False
    """
    return bool(_PLURAL_STATES.match(bare.strip()))


def surname_uses(sentence: str) -> Iterator[str]:
    """The lower-cased words ``sentence`` writes right after another capitalised word, as
    :func:`helpers.measures.role_clauses.surname_uses` gives them, except after a function word that opens the
    sentence ("Although Israel agreed", "Behind Chile's offer": no first name before a surname).

    Parameters
    ----------
    sentence : str
        One sentence of an article.

    Yields
    ------
    str
    """
    first = _FIRST_WORD.match(sentence)
    if first and first.group(1).lower() in _FUNCTION_OPENERS:
        sentence = sentence[first.end():]
    yield from RC.surname_uses(sentence)


def _key(form: str) -> str:
    return " ".join(w.rstrip(".,") for w in form.lower().replace("\u2019", "'").split())
