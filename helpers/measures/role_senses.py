"""Issue 12at-i: role nouns with two senses, read by the form of English around them.

"veteran", "personality", "star", "station" and "network" each name a newsman or an outlet in one sense and someone
(or something) else in the other. The lexicon gives their ordinary sense; these rules give the media sense where the
words around the noun say so, and nothing else:

- an outlet or a media noun right before "veteran" or "personality" ("the Fox News veteran", "a TV personality",
  "radio personalities"): a journalist or media figure (not "an Iraq War veteran", "a lifestyle personality");
- "Star" capitalised right after "the" ("the Star", "the Star in the capital"): a newspaper named by its last word,
  as "the Times" (not "the film's star", "a movie star", "a four-star general");
- "station" after a broadcast word or an upper-case network name ("a local TV station", "the network's member
  station", "the ABC station in Norland") or before a call sign ("station WXYZ"): a broadcaster; "the station" alone,
  in an article that names such a station, refers back to it (not "a gas station", "a Border Patrol station");
- "Network" capitalised and followed by another capitalised word inside a name ("Network Box, a security firm"): part
  of a company's name, no media noun.

No name of a person, outlet or place decides anything.
"""
from __future__ import annotations

import re

__all__ = ["SENSE_HEADS", "sense_role", "station_role", "names_station", "names_other_station", "bare_station",
           "inner_network"]

_MEDIA = "journalist_media"
_SENSE_NOUNS = frozenset({"veteran", "veterans", "personality", "personalities"})
"""Nouns whose media sense needs an outlet or a media noun right before them."""
SENSE_HEADS = _SENSE_NOUNS
"""The head nouns (lower case) whose media sense :func:`sense_role` reads from an outlet before them (review r12at2:
the apposition learner asks it only for these)."""

_GAP = re.compile(r"\s+")
_BROADCAST = r"(?:TV|[Tt]elevision|[Rr]adio|[Bb]roadcast|[Nn]ews|[Mm]ember|[Ll]ocal\s+(?:TV|news)|[A-Z]{2,5}(?:-TV)?)"
_STATION = re.compile(rf"(?<![\w-]){_BROADCAST}\s+station(?![\w-])"
                      r"|(?<![\w-])station\s+[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?(?![\w-])")
"""A broadcast station: 'a local TV station', 'the ABC station', 'member station', 'station WXYZ' (case kept)."""
_BARE_STATION = re.compile(r"(?:[Tt]he|[Tt]hat|[Tt]his)\s+station")
_PLAIN_STATION = re.compile(r"[Tt]he\s+(?:(?:TV|television|radio|news|local)\s+)?stations?")
"""Round 12dq: "the station(s)", alone or after TV, television, radio, news or local: a broadcaster speaking."""
_OTHER_STATION = re.compile(
    r"(?<![\w-])(?:gas|petrol|filling|service|fuel(?:ing)?|refuel(?:l?ing)?|charging|police|fire|train|railway|rail|"
    r"subway|metro|underground|tube|bus|space|power|nuclear|pumping|pump|polling|voting|weather|research|field|border|"
    r"naval|military|ranger|lifeboat|duty|work|nurses['\u2019]?|nursing|comfort|relief|aid|checkpoint|way|waste|"
    r"transfer)\s+stations?(?![\w-])"
    r"|(?-i:(?<![\w-])(?!(?:News|TV|Television|Radio|Broadcasting|Fox|Public)\s)[A-Z][a-z][\w'\u2019-]{0,40}\s+Stations?)(?![\w-])",
    re.IGNORECASE)
"""A station that is not a broadcaster: "a gas station", "the police station", "the space station", and a station's
name ("Penn Station", "the International Space Station"); not "Cumulus stations" nor "a sports station"."""
_THE_STAR = re.compile(r"(?:^|(?<=\s))[Tt]he\s+$")
_NAME_WORD = re.compile(r"\s+[A-Z][a-z]")
_MEDIA_AFTER = re.compile(r"\s+(?:News|TV|Television|Radio|Channel|Broadcasting)(?![\w-])")


def sense_role(scope: str, hits: list, i: int) -> str:
    """The media sense of the head role noun of a phrase, if the words around it give one.

    Parameters
    ----------
    scope : str
        The phrase (or its head) being read.
    hits : list
        The role nouns of ``scope`` in order (objects with ``entry``, ``text``, ``start``, ``end``).
    i : int
        The index in ``hits`` of the head role noun.

    Returns
    -------
    str
        ``"journalist_media"`` for "the X News veteran", "a TV personality" or "the Star"; '' to keep the lexicon's role.
    """
    h = hits[i]
    low = h.text.lower()
    if low in _SENSE_NOUNS and i > 0:
        prev = hits[i - 1]
        if prev.entry == _MEDIA and _GAP.fullmatch(scope[prev.end:h.start] or "x"):
            return _MEDIA  # "the Fox News veteran", "a TV personality"
    if h.text == "Star" and _THE_STAR.search(scope[:h.start]):
        return _MEDIA  # "the Star": a newspaper named by its last word
    return ""


def station_role(scope: str, hits: list) -> str:
    """The media role of a broadcast station named after the last role noun of a phrase (or with none).

    Parameters
    ----------
    scope : str
        The phrase (or its head) being read.
    hits : list
        The role nouns of ``scope`` in order (objects with an ``end``).

    Returns
    -------
    str
        ``"journalist_media"`` for "a local TV station", "the ABC station", "station WXYZ"; '' otherwise.
    """
    if "station" not in scope:
        return ""
    m = None
    for m in _STATION.finditer(scope):
        pass
    if m is None or (hits and hits[-1].end > m.end()):
        return ""
    return _MEDIA


def names_station(sentence: str) -> bool:
    """Does a sentence name a broadcast station?

    Parameters
    ----------
    sentence : str
        A sentence of the article.

    Returns
    -------
    bool
        True for "radio station", "the ABC station", "station WXYZ"; False for "a gas station".
    """
    return "station" in sentence and bool(_STATION.search(sentence))


def names_other_station(sentence: str) -> bool:
    """The counterpart of :func:`names_station`: does ``sentence`` name a station that is not a broadcaster?

    Round 12dq, after the review of issue 12at-i: in an article that names such a station, a bare "the station" source
    is left to issue 12at-i's reading.

    Parameters
    ----------
    sentence : str
        One sentence, read whole (a station's name is read up to 42 characters, so the work per position is bounded).

    Returns
    -------
    bool
        True for "a gas station", "the police station", "Penn Station" or "the International Space Station"; False
        for "a local TV station", "the station", "radio stations" and "station WXYZ".
    """
    return "tation" in sentence and bool(_OTHER_STATION.search(sentence))


def bare_station(phrase: str, plain: bool = False) -> bool:
    """Is a source phrase a bare back-reference to a station, or (``plain``) a plain station?

    Parameters
    ----------
    phrase : str
        The source phrase.
    plain : bool, default False
        Read the plain form of round 12dq instead, which the tagger takes for a broadcaster even when the article
        names none (but not when it names a station of another kind, :func:`names_other_station`).

    Returns
    -------
    bool
        True for "the station", "That station"; with ``plain``, for "the station", "The stations", "the local
        station". False for "the station manager", and with ``plain`` for "the police station" and "Penn Station".
    """
    return bool((_PLAIN_STATION if plain else _BARE_STATION).fullmatch(phrase.strip()))


def inner_network(text: str, hit) -> bool:
    """Is a role-noun hit a capitalised "Network" inside a company's name?

    Parameters
    ----------
    text : str
        The text the hit was found in.
    hit : object
        The hit (with ``text`` and ``end``).

    Returns
    -------
    bool
        True for "Network Box" (another capitalised word follows, no media word); False for "Network News".
    """
    return (hit.text == "Network" and bool(_NAME_WORD.match(text, hit.end))
            and not _MEDIA_AFTER.match(text, hit.end))
