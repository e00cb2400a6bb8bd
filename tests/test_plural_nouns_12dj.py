"""Round 12dj: the role lexicon reads the regular plural of the person nouns it lists in the singular ("the mayors",
"two directors", "the nurses") and of a few document nouns ("his tweets"), in lower case only (capitalised inside a
name the plural is the name's: "National Nurses United"), and leaves out on purpose the plurals that name other things
("officers", "deputies", "parties", "managers", "challengers", family nouns).

Sentences are invented. Each positive case fails without the round (the source was ``unknown``); each negative case
keeps what the rules gave before.
"""

from __future__ import annotations

import pytest

from helpers.measures.source_roles import RoleTagger, load_roles
from tests._attribution_rows import row_of


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("The mayors said the grant was too small.", "politician"),
        ("Two directors said the plant would close in June.", "official"),
        ("The nurses said the ward had been full for weeks.", "ordinary_person"),
        ("Several teachers said the new timetable was confusing.", "ordinary_person"),
        ("The archbishops said the vote was a mistake.", "activist_advocacy"),
        ("Both captains said the exercise went to plan.", "military_police"),
        ("Three CEOs said the rules were too strict.", "official"),
    ],
)
def test_a_plural_person_noun_has_its_role(sentence, role):
    assert row_of(sentence, verb="said")["role"] == role


def test_plural_document_nouns_are_documents():
    tagger = RoleTagger(load_roles())
    assert [tagger.phrase_role(p) for p in ("his tweets", "the treaties", "their memoirs")] == ["document"] * 3


@pytest.mark.parametrize("phrase", ["the deputies", "the parties", "the services", "the hosts", "the challengers",
                                    "their mothers", "National Nurses United", "Mayors Against Illegal Guns"])
def test_plurals_left_out_on_purpose_are_not_read(phrase):
    assert RoleTagger(load_roles()).phrase_role(phrase) == ""


def test_house_managers_stay_legislators():
    assert RoleTagger(load_roles()).phrase_role("the House managers") == "politician"
