"""Round 12bu-c: an unnamed source described only by whom or what it is near ("Sources close to Ann Lee", "a person
familiar with the talks") is anonymous, as the role protocol's item 8 reads it, even when the article gives the person
it is close to a role; a tag before the head ("a GOP source close to ...", "a White House source familiar with ...")
still gives the tag's role; round 12bu-c2: a capitalised head after other words starts a sentence glued to another,
so those words are no tag. Invented sentences."""
import pandas as pd
import pytest

from helpers.measures import sourcing as S
from helpers.measures.role_forms import CLOSE_SOURCE
from helpers.measures.source_roles import RoleTagger, load_roles


@pytest.fixture(scope="module")
def tagger():
    t = RoleTagger(load_roles())
    t.reset()
    t.learn("Sen. Ann Lee of Norland spoke on Monday.")
    return t


@pytest.mark.parametrize("phrase, role", [
    ("Sources close to Lee", "anonymous"),
    ("A source close to Ann Lee", "anonymous"),
    ("two people familiar with Lee's thinking", "anonymous"),
    ("a person with knowledge of the talks", "anonymous"),
    ("Three sources close to the Justice Department", "anonymous"),
    ("a GOP source close to Lee", "politician"),
    ("A White House source familiar with the talks", "official"),
    ("Lee", "politician"),
    ("Norland Daily News People close to Lee", "anonymous"),  # round 12bu-c2: another sentence's end glued on
    ("Norland Daily News sources close to Lee", "journalist_media"),
])
def test_close_sources(tagger, phrase, role):
    assert tagger.role(phrase)[0] == role


@pytest.mark.parametrize("phrase, expected", [
    ("Sources close to Ann Lee", True), ("one person familiar with the plan", True), ("insiders close to the team", True),
    ("Ann Lee, who is close to the team", False), ("a source", False), ("people who know Ann Lee", False),
])
def test_close_source_pattern(phrase, expected):
    assert bool(CLOSE_SOURCE.match(phrase)) is expected


def test_the_attribution_row_is_anonymous():
    units = pd.DataFrame({"doc_id": "d", "unit_id": [0, 1], "paragraph_id": [0, 1], "outlet": "o",
                          "text": ["Sen. Ann Lee of Norland spoke on Monday.",
                                   "Sources close to Lee said she would not run again."]})
    att = S.extract_attributions(units, ["outlet"], roles=load_roles())
    assert att.loc[att["unit_id"] == 1, "role"].tolist() == ["anonymous"]
