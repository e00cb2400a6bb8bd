"""Round 12ea: a whole bare "the prosecution", "the defense (team)", "the legal team" or "the feds" as a source is an
official (prosecutors, lawyers, federal authorities); longer phrases keep their reading. Invented sentences."""
import pytest

CASES = [
    # (source phrase, role it must get)
    ("the prosecution", "official"), ("The defense", "official"), ("the defence", "official"),
    ("The defense team", "official"), ("the legal team", "official"), ("The feds", "official"),
    ("the defense secretary", "politician"), ("Defense lawyer Ann Lee", "official"),
    ("the prosecution's star witness", "ordinary_person"),
]


@pytest.mark.parametrize("phrase, role", CASES, ids=[c[0] for c in CASES])
def test_court_sides_and_longer_phrases(role_of, phrase, role):
    assert role_of(phrase) == role


def test_phrases_that_are_not_a_bare_court_side(role_of):
    got = {p: role_of(p) for p in ("Prosecution", "his legal team's critics", "the feds' critics")}
    assert "official" not in got.values(), got
