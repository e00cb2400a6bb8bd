"""Round 12ds: an unnamed source tagged with a party, Congress or a government's body takes the tag's role (protocol
item 8; source_roles.yaml version 49). Invented phrases."""
import pytest

from helpers.measures.source_roles import RoleTagger, load_roles


@pytest.fixture(scope="module")
def tagger():
    return RoleTagger(load_roles())


def _role(tagger, phrase):
    tagger.reset()
    return tagger.role(phrase)[0]


@pytest.mark.parametrize("phrase, role", [
    ("Democratic insiders", "politician"), ("Senior Democratic sources", "politician"), ("a Democratic source", "politician"),
    ("Capitol Hill sources", "politician"), ("Hill sources", "politician"), ("Diplomatic sources", "official"),
    ("Whitehall sources", "official"), ("A Norlandic presidential source", "official"),
    ("two senior diplomatic sources", "official"),
])
def test_tagged_sources(tagger, phrase, role):
    assert _role(tagger, phrase) == role


@pytest.mark.parametrize("phrase", [
    "The Democratic Republic of Norland", "a source", "Business Insider", "a diplomatic row", "Hillary Clinton",
])
def test_not_a_tagged_source(tagger, phrase):
    assert _role(tagger, phrase) not in ("politician", "official")
