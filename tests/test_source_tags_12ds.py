"""Round 12ds: an unnamed source tagged with a party, Congress or a government's body takes the tag's role (protocol
item 8; source_roles.yaml version 49). Invented phrases."""
import pytest


@pytest.mark.parametrize("phrase, role", [
    ("Democratic insiders", "politician"), ("Senior Democratic sources", "politician"), ("a Democratic source", "politician"),
    ("Capitol Hill sources", "politician"), ("Hill sources", "politician"), ("Diplomatic sources", "official"),
    ("Whitehall sources", "official"), ("A Norlandic presidential source", "official"),
    ("two senior diplomatic sources", "official"),
])
def test_tagged_sources(role_of, phrase, role):
    assert role_of(phrase) == role


@pytest.mark.parametrize("phrase", [
    "The Democratic Republic of Norland", "a source", "Business Insider", "a diplomatic row", "Hillary Clinton",
])
def test_not_a_tagged_source(role_of, phrase):
    assert role_of(phrase) not in ("politician", "official")
