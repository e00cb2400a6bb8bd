"""Round 12ea: a whole bare "the prosecution", "the defense (team)", "the legal team" or "the feds" as a source is an
official (prosecutors, lawyers, federal authorities); longer phrases keep their reading. Invented sentences."""
import pytest


@pytest.mark.parametrize("phrase", ["the prosecution", "The defense", "the defence", "The defense team",
                                    "the legal team", "The feds"])
def test_court_side_is_official(role_of, phrase):
    assert role_of(phrase) == "official"


@pytest.mark.parametrize("phrase, role", [
    ("the defense secretary", "politician"), ("Defense lawyer Ann Lee", "official"),
    ("the prosecution's star witness", "ordinary_person"),
])
def test_longer_phrases_keep_their_reading(role_of, phrase, role):
    assert role_of(phrase) == role


@pytest.mark.parametrize("phrase", ["Prosecution", "his legal team's critics", "the feds' critics"])
def test_not_a_bare_court_side(role_of, phrase):
    assert role_of(phrase) != "official"
