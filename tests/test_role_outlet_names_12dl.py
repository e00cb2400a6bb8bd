"""Round 12dl: an outlet's name written as a person's surname (helpers/measures/role_outlet_names.py).

Invented sentences; the names are made up except the outlet names the lexicon itself lists.
"""
import pytest

from helpers.measures import role_outlet_names as RON
from helpers.measures.source_roles import RoleTagger, load_roles

ROLES = load_roles()
TERMS = RON.outlet_surname_terms(ROLES)


@pytest.fixture(scope="module")
def tagger():
    return RoleTagger(ROLES)


def _hit(tagger, text, word):
    start = text.index(word)
    return RON.outlet_surname_hit(text, start, start + len(word), TERMS, tagger.phrase_role)


def test_terms_are_capitalised_single_words():
    terms = TERMS
    assert {"bloomberg", "reuters"} <= terms
    assert not {"cnn", "bbc", "ap", "associated press", "reporter", "newspaper"} & terms


def test_terms_of_a_lexicon_without_the_entry():
    assert RON.outlet_surname_terms({"entries": {}}) == frozenset()


@pytest.mark.parametrize("text", [
    "Mr. Bloomberg", "Mr Bloomberg", "Ms. Reuters", "Mayor Bloomberg", "Candidate Bloomberg",
    "Michael Bloomberg", "Michael R. Bloomberg", "student Elli Bloomberg", "Mayor Michael Bloomberg",
    "Former New York City Mayor Michael Bloomberg", "Nora Reuters, a nurse", "Michael Bloomberg's aides",
])
def test_surname(tagger, text):
    word = "Bloomberg" if "Bloomberg" in text else "Reuters"
    assert _hit(tagger, text, word)


@pytest.mark.parametrize("text", [
    "Bloomberg", "Bloomberg News", "Bloomberg reported", "a Bloomberg/Morning Consult poll", "Bloomberg-owned sites",
    "the Johns Hopkins Bloomberg School", "El Financiero Bloomberg", "Norland's Reuters", "candidate Bloomberg", "the Reuters", "Former Bloomberg",
    "Both Bloomberg and the Post", "Monday Bloomberg reported", "BLOOMBERG", "The news agency Reuters",
    "Michael Bloomberg Philanthropies", "But Bloomberg said",
])
def test_outlet(tagger, text):
    word = next(w for w in ("Bloomberg", "BLOOMBERG", "Reuters") if w in text)
    assert not _hit(tagger, text, word)


def test_other_terms_are_never_surnames(tagger):
    text = "Michael Reporter"
    assert not RON.outlet_surname_hit(text, 8, 16, TERMS, tagger.phrase_role)


@pytest.mark.parametrize("phrase, role", [
    ("Former New York City Mayor Michael Bloomberg", "politician"),
    ("Democratic candidate Mike Bloomberg", "politician"),
    ("Bloomberg News", "journalist_media"),
    ("the news agency Reuters", "journalist_media"),
    ("Bloomberg", "journalist_media"),
])
def test_phrase_role(tagger, phrase, role):
    tagger.reset()
    assert tagger.phrase_role(phrase) == role


def test_name_takes_the_article_role(tagger):
    tagger.reset()
    tagger.learn("Former Norland Mayor Michael Bloomberg entered the race on Sunday.")
    assert tagger.role("Mr. Bloomberg")[0] == "politician"
    assert tagger.role("Michael Bloomberg")[0] == "politician"
