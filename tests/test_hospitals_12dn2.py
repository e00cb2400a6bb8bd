"""Round 12dn2: a whole bare source phrase headed by a hospital or clinic is an official. Invented phrases."""
import pytest

from helpers.measures.source_roles import RoleTagger, load_roles


@pytest.fixture(scope="module")
def tagger():
    return RoleTagger(load_roles())


@pytest.mark.parametrize("phrase", [
    "The hospital", "the Norland hospital", "Hospitals", "a local clinic", "Lakeside Hospital", "the two clinics",
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


def test_not_a_learnt_role(tagger):
    tagger.reset()
    tagger.learn("Ann Lee, who runs a clinic in Norland, said the hospital was full.")
    assert tagger.phrase_role("the hospital") == ""
    assert tagger.role("Lee")[0] != "official" or tagger.role("Lee")[1] != "phrase"
