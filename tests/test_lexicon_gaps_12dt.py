"""Round 12dt: lexicon gaps from the judged draws (source_roles.yaml version 50): sworn statements, disclosures,
paragraphs, timelines and hashtags are documents (lower case only); a fire chief is an official; a union's leaders,
chiefs and bosses are advocacy, as "union president" already was. Invented phrases."""
import pytest


@pytest.mark.parametrize("phrase", [
    "The affidavit", "A sworn affidavit from an agent", "the agent's affidavits", "The disclosures",
    "Her financial disclosure", "The third paragraph", "the last two paragraphs", "A timeline of the night",
    "His social media timeline", "The hashtag", "Two trending hashtags",
])
def test_document_nouns(role_of, phrase):
    assert role_of(phrase) == "document"


@pytest.mark.parametrize("phrase", [
    "The Norland Public Disclosure Board", "Ann Paragraph",
])
def test_capitalised_document_words_stay_names(role_of, phrase):
    assert role_of(phrase) != "document"


@pytest.mark.parametrize("phrase", [
    "Fire Chief Ann Lee", "Westfield Fire Chief Ann Lee", "the town's fire chief", "Fire chiefs in the county",
    "City Fire Commissioner Ann Lee",
])
def test_fire_chiefs(role_of, phrase):
    assert role_of(phrase) == "official"


@pytest.mark.parametrize("phrase, roles", [
    *[(p, {"activist_advocacy"}) for p in (
        "Union leaders", "union leaders in the state", "the local union chief", "Ann Lee, the guards' union boss",
        "The transit union chief, Ann Lee", "UNION LEADERS", "many teachers union leaders")],
    # unions of states stay political or official
    *[(p, {"politician", "official"}) for p in (
        "European Union leaders", "Soviet Union leaders", "Ann Lee, a European Union leader", "the African Union chief")],
])
def test_union_heads(role_of, phrase, roles):
    assert role_of(phrase) in roles
