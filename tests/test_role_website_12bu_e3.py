"""Round 12bu-e3 (``source_roles.yaml`` version 44): a website after a possessive owner is the owner's publication (a
document, item 7 of the role-check protocol), while a website named bare or by its own name stays an outlet. Invented
phrases."""
import pytest

from helpers.measures.source_roles import RoleTagger, load_roles


@pytest.fixture(scope="module")
def tagger():
    t = RoleTagger(load_roles())
    t.reset()
    return t


@pytest.mark.parametrize("phrase, role", [
    ("the clinic's website", "document"),
    ("the company\u2019s updated website", "document"),
    ("its website", "document"),
    ("his campaign website", "document"),
    ("a profile on the Norland Institute's web page", "document"),
    ("the website", "journalist_media"),
    ("the website Norland Daily", "journalist_media"),
    ("a flight tracking website", "journalist_media"),
    ("the law", "document"),
    ("a law professor", "expert"),
    ("the website's editor", "journalist_media"),
])
def test_lexicon_12bu_e(tagger, phrase, role):
    assert tagger.phrase_role(phrase) == role
