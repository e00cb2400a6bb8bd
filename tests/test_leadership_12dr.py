"""Round 12dr: a party's or legislature's "leadership" is its leaders, politicians (source_roles.yaml version 48).
Invented phrases."""
import pytest

from helpers.measures.source_roles import RoleTagger, load_roles


@pytest.fixture(scope="module")
def tagger():
    return RoleTagger(load_roles())


def _role(tagger, phrase):
    tagger.reset()
    return tagger.role(phrase)[0]


@pytest.mark.parametrize("phrase", [
    "The Democratic leadership", "Senate GOP leadership", "the House leadership", "congressional leadership",
    "the party leadership", "the Labour leadership", "House Republican leadership",
])
def test_party_or_legislature_leadership(tagger, phrase):
    assert _role(tagger, phrase) == "politician"


@pytest.mark.parametrize("phrase", [
    "Norland Leadership Fund", "the Leadership Institute", "the church's leadership", "the company's leadership",
    "the Democratic Leadership Council of Norland", "leadership experts",
])
def test_other_leadership(tagger, phrase):
    assert _role(tagger, phrase) != "politician"
