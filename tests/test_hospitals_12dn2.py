"""Round 12dn2: a whole bare source phrase headed by a hospital or clinic is an official. Invented phrases."""
import pytest


@pytest.fixture
def tagger(role_tagger):
    """The session's shared role tagger (conftest), under the name these tests use."""
    return role_tagger


@pytest.mark.parametrize("phrase", [
    "The hospital", "the Norland hospital", "Hospitals", "a clinic", "Lakeside Hospital", "the two clinics",
])
def test_bare_hospital_is_official(tagger, phrase):
    tagger.reset()
    assert tagger.role(phrase) == ("official", "phrase")


@pytest.mark.parametrize("phrase, role", [
    ("A hospital spokeswoman", "spokesperson"),
    ("Doctors at the hospital", "expert"),
    ("A nurse at the clinic", "ordinary_person"),
])
def test_other_heads_keep_their_role(tagger, phrase, role):
    tagger.reset()
    assert tagger.role(phrase)[0] == role


def test_only_source_phrases(tagger):
    """The phrase rules the tagger learns from are unchanged: only a source phrase's role reads the hospital."""
    tagger.reset()
    assert tagger.phrase_role("the hospital") == ""
    assert tagger.role("a local clinic")[0] != "official"  # "local" gives the phrase a role of its own
