"""Round 12do: the noun "reporting" heading a source is a document (source_roles.yaml version 47). Invented phrases."""
import pytest

from helpers.measures.source_roles import RoleTagger, load_roles


@pytest.fixture(scope="module")
def tagger():
    return RoleTagger(load_roles())


@pytest.mark.parametrize("phrase", [
    "the Norland Post's reporting", "Recent reporting by the Norland Post", "The AP's reporting",
    "Reporting by my colleague Ann Lee", "their reporting", "Some reporting", "Norland Daily's initial reporting",
    "the Post's reporting on the plan",
])
def test_reporting_is_a_document(tagger, phrase):
    tagger.reset()
    assert tagger.role(phrase)[0] == "document"


@pytest.mark.parametrize("phrase", [
    "Ann Lee, reporting from the church", "The reporting team", "the Center for Investigative Reporting",
    "Ann Lee, who was reporting from Kabul",
])
def test_not_the_noun(tagger, phrase):
    tagger.reset()
    assert tagger.role(phrase)[0] != "document"
