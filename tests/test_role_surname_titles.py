"""A title that is also a surname ("Judge", "King", "Dean", "Bishop") ends a person's name when it follows a given
name: "Tom Judge, a journalist" is the journalist, "Ann King said" gives no monarch's role; "Federal Judge", "Chief
Judge Ann Lee", "Rep. Pete King" and "the Saudi King" keep their titles. Names written for the tests."""

import pandas as pd
import pytest

from helpers.measures.sourcing import extract_attributions


@pytest.mark.parametrize("phrase, role", [
    ("Tom Judge, a journalist and filmmaker", "journalist_media"),
    ("Doug King, a chartered engineer", "expert"),
    ("Ann Bishop, a retired teacher", "ordinary_person"),
    ("Jo Dean, a professor of history", "expert"),
    ("Ann King", ""),
    ("Ann Lee King", ""),
])
def test_a_surname_that_is_a_title_gives_no_role(role_tagger, phrase, role):
    role_tagger.reset()
    assert role_tagger.phrase_role(phrase) == role


@pytest.mark.parametrize("phrase, role", [
    ("Federal Judge", "official"),
    ("Chief Judge Ann Lee", "official"),
    ("District Judge", "official"),
    ("Rep. Pete King", "politician"),
    ("The Saudi King", "politician"),
    ("the King", "politician"),
    ("Deputy Mayor", "politician"),
    ("Mayor Ann Lee", "politician"),
])
def test_titles_stay_titles(role_tagger, phrase, role):
    role_tagger.reset()
    assert role_tagger.phrase_role(phrase) == role


def test_the_surname_in_an_article():
    u = pd.DataFrame({"doc_id": "d1", "outlet": "O", "unit_id": [0, 1], "paragraph_id": [0, 1],
                      "text": ["Tom Judge, a journalist and filmmaker, said he was not at the party.",
                               "Judge told the Norland Standard that he had no memory of it."], "role": "body"})
    a = extract_attributions(u)
    assert set(a["role"]) == {"journalist_media"}


def test_a_courtesy_title_before_the_surname_is_no_title_modifier():
    # "Mr." stands before surnames: "Mr. Bishop" is the journalist the article named, not a cleric
    u = pd.DataFrame({"doc_id": "d1", "outlet": "O", "unit_id": [0, 1], "paragraph_id": [0, 1],
                      "text": ["Many voters sort themselves into like-minded towns, says Tom Bishop, a journalist.",
                               "Social sites make that easier, says Mr. Bishop."], "role": "body"})
    a = extract_attributions(u)
    assert set(a["role"]) == {"journalist_media"}
