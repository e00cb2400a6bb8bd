"""Round 12em: a company's vice president is an official, not a politician; a state's stays a politician.
Sentences invented."""
import pytest

from helpers.measures.role_titles import company_vice_president, company_vice_president_phrase
from helpers.measures.source_roles import RoleTagger, load_roles


@pytest.fixture(scope="module")
def tagger():
    return RoleTagger(load_roles())


@pytest.mark.parametrize("phrase", [
    "Ann Lee, vice president for marketing and sales at Norland Magnets",
    "Tom Ray, a vice president at Kestrel",
    "Ann Lee, senior vice president of fresh foods at Bramble",
    "Ann Lee, an executive vice president at Harbor Casinos",
    "Ann Lee, group vice president of corporate affairs",
    "Bramble's Executive Vice President Tom Ray",
    "the shipping giant's vice president for global public policy",
    "Tom Ray, Senior Vice President",
])
def test_a_company_vice_president_is_an_official(tagger, phrase):
    assert tagger.phrase_role(phrase) == "official"


@pytest.mark.parametrize("phrase", [
    "Vice President Ann Lee",
    "the vice president",
    "former Vice President Tom Ray",
    "the vice president of the United States",
    "the country's vice president",
    "Norland's First Vice President Ann Lee",
    "Tom Ray, who was vice president at the time",
    "the vice president for life",
])
def test_a_state_vice_president_stays_a_politician(tagger, phrase):
    assert tagger.phrase_role(phrase) == "politician"


def test_a_known_body_keeps_its_kind(tagger):
    # round 12al-l reads the body first: an institute's vice president is an expert
    assert tagger.phrase_role("Ann Lee, vice president for policy at the Norland Institute") == "expert"


def test_the_forms_read_around_the_title():
    text = "a senior vice president"
    assert company_vice_president(text, text.index("vice"), len(text))
    text = "vice president of marketing"
    assert company_vice_president(text, 0, len("vice president"))
    text = "vice president of the company"
    assert not company_vice_president(text, 0, len("vice president"))
    assert company_vice_president_phrase("Acme's vice president for research") == (True, "Acme's ")
    assert company_vice_president_phrase("Vice President Ann Lee") == (False, "")
