"""Round 12dr: a party's or legislature's "leadership" is its leaders, politicians (source_roles.yaml version 48).
Invented phrases."""
import pytest


@pytest.mark.parametrize("phrase", [
    "The Democratic leadership", "Senate GOP leadership", "the House leadership", "congressional leadership",
    "the party leadership", "the Labour leadership", "House Republican leadership",
])
def test_party_or_legislature_leadership(role_of, phrase):
    assert role_of(phrase) == "politician"


@pytest.mark.parametrize("phrase", [
    "Norland Leadership Fund", "the Leadership Institute", "the church's leadership", "the company's leadership",
    "the Democratic Leadership Council of Norland", "leadership experts",
])
def test_other_leadership(role_of, phrase):
    assert role_of(phrase) != "politician"
