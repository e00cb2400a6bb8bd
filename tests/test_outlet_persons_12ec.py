"""Round 12ec: in an article that wears an outlet's name as a person's surname ("Michael Bloomberg"), a bare source
"Bloomberg" is the person, with the role the article states; after a cue of news work it stays the outlet. Invented
sentences (the outlet term is the lexicon's; the people and places are made up)."""
import pytest

from helpers.measures.role_outlet_names import NEWS_WORK, bare_person, surname_persons
from helpers.measures.source_roles import RoleTagger, load_roles


@pytest.fixture(scope="module")
def tagger():
    return RoleTagger(load_roles())


def _role(tagger, before, phrase, verb="said"):
    tagger.reset()
    for s in (*before, f"{phrase} {verb} it."):
        tagger.learn(s)
    return tagger.role(phrase, verb=verb)[0]


@pytest.mark.parametrize("before, role", [
    (["Former Norland City Mayor Michael Bloomberg entered the race."], "politician"),
    (["Ann Bloomberg, a nurse at the clinic, saw the crash."], "ordinary_person"),
    (["Mr. Bloomberg arrived late.", "Bloomberg, a professor of chemistry, spoke first."], "expert"),
    (["Michael Bloomberg entered the race."], "unknown"),
])
def test_bare_name_is_the_person(tagger, before, role):
    assert _role(tagger, before, "Bloomberg") == role


@pytest.mark.parametrize("before, verb", [
    (["Michael Bloomberg entered the race."], "reported"),
    (["Michael Bloomberg entered the race."], "first reported"),
    (["Bloomberg News reported the deal."], "said"),
    ([], "said"),
    (["The Johns Hopkins Bloomberg School published a study."], "said"),
])
def test_bare_name_stays_the_outlet(tagger, before, verb):
    assert _role(tagger, before, "Bloomberg", verb) == "journalist_media"


def test_longer_phrases_keep_their_reading(tagger):
    before = ["Michael Bloomberg entered the race."]
    assert _role(tagger, before, "Bloomberg News") == "journalist_media"
    assert _role(tagger, before, "Bloomberg's Ann Lee") == "journalist_media"


def test_surname_persons_and_bare_person():
    has_role = RoleTagger(load_roles()).phrase_role
    assert surname_persons("Michael Bloomberg said so.", ["bloomberg"], has_role) == {"bloomberg"}
    assert surname_persons("Bloomberg News said so.", ["bloomberg"], has_role) == set()
    assert surname_persons("Bloomberg said so.", ["bloomberg"], has_role) == set()
    assert bare_person("Bloomberg", "said", {"bloomberg"})
    assert not bare_person("Bloomberg", "according to", {"bloomberg"})
    assert not bare_person("Bloomberg", "said", set())
    assert not bare_person("bloomberg", "said", {"bloomberg"})
    assert NEWS_WORK.fullmatch("reported") and NEWS_WORK.fullmatch("cited") and not NEWS_WORK.fullmatch("said")
