"""Round 12dl: an outlet's name written as a person's surname ("Mayor Michael Bloomberg", "Mr. Bloomberg").

Some news outlets carry their founder's surname (Bloomberg, Reuters), and the role lexicon lists such names as
terms of the journalist or outlet role. Written as a person's surname they name the person, not the outlet: "Former
New York City Mayor Michael Bloomberg said" is a politician, "Mr. Bloomberg told reporters" whoever the article says
he is. The tagger read the outlet term and typed the person a journalist.

:func:`outlet_surname_hit` reads such a term as a surname when it is not followed by a capitalised word or a slash
(the outlet's own names: "Bloomberg News", "Bloomberg School", "a Bloomberg/Morning Consult poll") and is written
right after

- a courtesy title ("Mr. Bloomberg", "Ms Reuter"), or a capitalised title that is not an outlet's ("Mayor Bloomberg";
  not "the news agency Reuters", whose lower-case "agency" may be an outlet's, nor a possessive, "Norland's Reuters"); or
- a given name, optionally with a middle initial ("Michael Bloomberg", "Michael R. Bloomberg"): one capitalised word
  with lower-case letters that has no role of its own, is no sentence-opening word, day or month, and stands neither
  after a determiner or a possessive ("the Johns", "Japan's Kyodo") nor after a capitalised word with no role
  ("Johns Hopkins Bloomberg", "El Financiero Bloomberg").

The phrase's other words, then the article, then the corpus give the role. A bare "Bloomberg" stays the outlet,
except (round 12ec) in an article that wears the name as a person's surname: :func:`surname_persons` collects the
terms a sentence reads so, and :func:`bare_person` says whether a whole bare source phrase of such a term is the
person (any cue but one of news work: "reported", "published", "quoted", "cited", "according to" keep the outlet).
The terms read are those the lexicon writes capitalised as one word that is no acronym; no person or outlet is named
in the rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .role_clauses import NOT_FIRST_WORDS
from .role_forms import NEXT_NAME, TITLE_MODIFIERS
from .role_surnames import DETERMINED  # a determiner or a possessive before the given name

__all__ = ["NEWS_WORK", "OUTLET_ROLE", "bare_person", "outlet_surname_hit", "outlet_surname_terms", "surname_persons"]

OUTLET_ROLE = "journalist_media"
"""The role whose proper-name terms may be surnames."""
_COURTESY = re.compile(r"(?<![\w.'\u2019-])(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+$")
"""A courtesy title right before the word."""
_GIVEN = re.compile(r"(?:^|(?<=[\s\"'\u201c\u2018(]))([A-Z][a-z]+(?:['\u2019-][A-Z]?[a-z]{2,})?)(?:\s+[A-Z]\.)?\s+$")
"""A given name right before the word, with an optional middle initial ("Michael R. "); "O'Neil", "Mary-Kate", not a
possessive ("Norland's")."""
_PREV_WORD = re.compile(r"(?:^|(?<=[\s\"'\u201c\u2018(]))([\w.'\u2019-]+)\s+$")
"""The word before the given name (or before the surname)."""
_AFTER = re.compile(r"\s*/|-(?=\w)")
"""A slash or a hyphenated compound after the word ("Bloomberg/Morning Consult", "Bloomberg-owned"): the outlet."""
_NOT_GIVEN = NOT_FIRST_WORDS | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december".split())
"""Capitalised words that are no given name: sentence openers, function words, days and months (English names written
out: ``calendar``'s follow the machine's locale)."""


def outlet_surname_terms(roles: dict) -> frozenset[str]:
    """The outlet names of a role lexicon that may be surnames, lower-cased.

    Parameters
    ----------
    roles : dict
        A role lexicon (:func:`helpers.measures.source_roles.load_roles`).

    Returns
    -------
    frozenset of str
        The terms of :data:`OUTLET_ROLE` written as one capitalised word that is no acronym ("Reuters",
        "Bloomberg"; not "CNN", "Associated Press", "reporter"); empty when the lexicon has no such entry.
    """
    entry = roles.get("entries", {}).get(OUTLET_ROLE, {})
    return frozenset(t.lower() for t in entry.get("terms", []) or []
                     if isinstance(t, str) and re.fullmatch(r"[A-Z][a-z]+(?:[-'][A-Za-z]+)*", t))


def outlet_surname_hit(text: str, start: int, end: int, terms: Iterable[str], has_role: Callable[[str], str]) -> bool:
    """Whether the outlet term at ``text[start:end]`` is a person's surname, not the outlet.

    Parameters
    ----------
    text : str
        The phrase or sentence the term was found in.
    start, end : int
        The term's span in ``text``.
    terms : collection of str
        :func:`outlet_surname_terms` of the lexicon.
    has_role : callable
        The tagger's role of a phrase (``RoleTagger.phrase_role``).

    Returns
    -------
    bool
        True for "Mr. Bloomberg", "Mayor Bloomberg", "Michael Bloomberg", "Michael R. Bloomberg", "student Elli
        Bloomberg"; False for a bare "Bloomberg", "Bloomberg News", "a Bloomberg/Morning Consult poll", "the Johns
        Hopkins Bloomberg School", "Japan's Kyodo", "Former Bloomberg", "Both Bloomberg and", "BLOOMBERG".
    """
    word = text[start:end]
    if word.lower() not in terms or not word[:1].isupper() or not word[1:].islower():
        return False
    if NEXT_NAME.match(text, end) or _AFTER.match(text, end):
        return False
    head = text[:start]
    if _COURTESY.search(head):
        return True
    prev = _PREV_WORD.search(head)
    if prev is None:
        return False
    title = prev.group(1)
    if title[:1].isupper() and not re.search(r"['\u2019]s?$", title) and has_role(title) not in (
            "", "document", OUTLET_ROLE):
        return True  # "Mayor Bloomberg"; not "the news agency Reuters", "Norland's Reuters"
    given = _GIVEN.search(head)
    if given is None:
        return False
    name = given.group(1)
    if name.lower() in _NOT_GIVEN or name in TITLE_MODIFIERS or has_role(name) not in ("", "document"):
        return False
    before = head[:given.start(1)]
    if DETERMINED.search(before):
        return False
    word_before = _PREV_WORD.search(before)
    if word_before is None or not word_before.group(1)[:1].isupper():
        return True  # "Michael Bloomberg said", "student Elli Bloomberg"
    return has_role(word_before.group(1)) not in ("", "document")  # "Mayor Michael Bloomberg"; not "Johns Hopkins"


NEWS_WORK = re.compile(r"(?:first\s+)?(?:report(?:s|ed|ing)?|publish(?:es|ed|ing)?|quot(?:es|ed|ing)|cit(?:es|ed|ing)|"
                       r"according\s+to)", re.IGNORECASE)
"""Round 12ec: cues of news work, after which a bare outlet name stays the outlet ("Bloomberg reported")."""


def surname_persons(sentence: str, terms: Iterable[str], has_role: Callable[[str], str]) -> set[str]:
    """The outlet terms ``sentence`` wears as a person's surname (round 12ec), lower-cased.

    Parameters
    ----------
    sentence : str
        One sentence of the article.
    terms, has_role
        As for :func:`outlet_surname_hit` (the lexicon's outlet terms that may be surnames, and the tagger's
        ``phrase_role``).

    Returns
    -------
    set of str
        The terms found as surnames ("bloomberg" for "Michael Bloomberg said", "Mr. Bloomberg"); empty for "Bloomberg
        News reported" or a bare "Bloomberg".
    """
    found = set()
    for term in terms:
        word = term[:1].upper() + term[1:]
        if word not in sentence:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", sentence):
            if outlet_surname_hit(sentence, m.start(), m.end(), terms, has_role):
                found.add(term)
                break
    return found


def bare_person(phrase: str, verb: str, persons: Iterable[str]) -> bool:
    """Whether a source phrase is the bare outlet name the article wears as a person's surname (round 12ec).

    Parameters
    ----------
    phrase : str
        The source phrase ("Bloomberg").
    verb : str
        The cue ("said", "reported").
    persons : collection of str
        The terms :func:`surname_persons` found in the article so far.

    Returns
    -------
    bool
        True for "Bloomberg" said in an article that names "Michael Bloomberg"; False for "Bloomberg reported",
        "according to Bloomberg", "Bloomberg News", or where the article names no such person.
    """
    bare = phrase.strip()
    return bare.lower() in persons and bare[:1].isupper() and not NEWS_WORK.fullmatch(" ".join(verb.split()))
