"""Rounds 12cz and 12db: a title word written right after a given name that a role noun precedes is a surname, not a
title ("correspondent Tor King", "Judge Orla Pope", "specialist Bill Bishop"), so the phrase's other words give the
role (``role_surnames.surname_hit``); a bare name keeps its older reading. Names and sentences invented for the
tests."""

from __future__ import annotations

import pytest

from helpers.measures.role_surnames import surname_hit
from tests._attribution_rows import row_of

_ROLES = {"Bill": "document", "Senator": "politician", "Chief": "official", "correspondent": "journalist_media",
          "Judge": "official", "specialist": "expert"}


def _no_role(phrase: str) -> str:
    """A stand-in for the tagger's phrase role: a word's role, or for "title name" the title's."""
    words = phrase.split()
    return _ROLES.get(words[0], "") if len(words) == 2 else _ROLES.get(phrase, "")


@pytest.mark.parametrize("text, word, hit", [
    ("correspondent Tor King", "King", True),
    ("Judge Orla Pope", "Pope", True),
    ("specialist Bill Bishop", "Bishop", True),  # a capitalised document noun may be a given name
    ("correspondent Tor Luther King Jr.", "King", False),  # the title is not right before the given name
    ("Judge Tor King Jr.", "King", True),  # a suffix may follow
    ("Tor King", "King", False),  # a bare name (round 12db)
    ("Bill Bishop", "Bishop", False),
    ("Ivo Parish, the member for Fenwick", "Parish", False),
    ("King Tor", "King", False),  # a name follows: a title
    ("Norland King Tor", "King", False),
    ("the Norland King", "King", False),  # a determiner
    ("Fenwick's Crown Prince", "Prince", False),  # a title's modifier, a possessive
    ("Federal Judge", "Judge", False),
    ("Catholic Bishop", "Bishop", False),
    ("Senator King", "King", False),  # the word before has a role
    ("correspondent Tor king", "king", False),  # lower case
    ("correspondent Tor Lee", "Lee", False),  # no title word
    ("former Fenwick Mayor", "Mayor", False),  # a title that mostly follows a place: not read
    ("the former New Fenwick Judge", "Judge", False),  # a two-word place
    ("Fenwick Law School Dean", "Dean", False),
])
def test_surname_hit(text, word, hit):
    start = text.index(word)
    assert surname_hit(text, start, start + len(word), _no_role) is hit


@pytest.mark.parametrize("sentence, role", [
    ("Norland News chief correspondent Tor King said the vote would be close.", "journalist_media"),
    ("Judge Orla Pope said the case was closed.", "official"),
    ("King Tor said the harbour would reopen.", "politician"),  # a title before a name
    ("The Norland King said the harbour would reopen.", "politician"),
])
def test_the_other_words_give_the_role(sentence, role):
    assert row_of(sentence, verb="said")["role"] == role
