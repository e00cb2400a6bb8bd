"""Organisations named after the people they speak for ("Norland Parents for Safe Streets" style names) are advocacy
groups, not the people of their first noun (helpers.measures.role_named_groups). Names written for the tests."""

import pandas as pd
import pytest

from helpers.measures.role_named_groups import named_group
from helpers.measures.sourcing import extract_attributions


@pytest.mark.parametrize("phrase", [
    "Americans for Clean Harbours",
    "Students for Fair Tuition",
    "Mothers Against Reckless Driving",
    "Reporters Without Frontiers",
    "Taxpayers for Common Sense Budgets",
    "Parents Defending Public Schools",
    "Women for Norland",
    "Citizens for Responsibility and Ethics in Norland",
    "Americans United for Separation of Church and State",
    "the Scientists for Open Data",
    "Farmers for Fair Trade, a lobby group",
])
def test_a_name_that_opens_with_people_is_an_advocacy_group(role_tagger, phrase):
    role_tagger.reset()
    assert role_tagger.phrase_role(phrase) == "activist_advocacy"


@pytest.mark.parametrize("phrase, role", [
    ("Residents of Flintwood", "ordinary_person"),       # people of a place
    ("Voters in Norland", "ordinary_person"),
    ("Veterans of the war", "ordinary_person"),          # lower case: no name
    ("Republicans for years", "politician"),
    ("Parents of students at the school", "ordinary_person"),
    ("Lawyers for Acme Corp.", "official"),              # the lawyers who represent a party
    ("Prosecutors for the state", "official"),
])
def test_people_of_a_place_or_a_client_are_not_a_named_group(role_tagger, phrase, role):
    role_tagger.reset()
    assert role_tagger.phrase_role(phrase) == role


def test_a_body_named_with_for_is_not_a_group_of_people():
    # "the Centers for ..." is a government body; its noun is an institution's, not people's
    assert not named_group("the Centers for Disease Control and Prevention", lambda w: "expert")
    assert not named_group("Services for Veterans", lambda w: "official")


def test_the_noun_must_be_people_the_lexicon_knows():
    assert named_group("Americans for Prosperity", lambda w: "ordinary_person" if w == "Americans" else "")
    assert not named_group("Friends for Life", lambda w: "")               # no role: not decided here
    assert not named_group("Senators for Reform", lambda w: "politician")  # office holders


def test_an_attribution_by_such_a_group_and_its_head():
    u = pd.DataFrame({"doc_id": "d1", "outlet": "O", "unit_id": [0, 1], "paragraph_id": [0, 1],
                      "text": ["Students for Fair Tuition said the fee rise broke a promise.",
                               "Ann Roe, president of Students for Fair Tuition, said the group would sue."],
                      "role": "body"})
    a = extract_attributions(u)
    roles = dict(zip(a["source"], a["role"]))
    assert roles["Students for Fair Tuition"] == "activist_advocacy"
    assert roles["Ann Roe, president of Students for Fair Tuition"] == "activist_advocacy"
