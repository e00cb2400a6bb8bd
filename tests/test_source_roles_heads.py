"""Roles from the head of an apposition, a modifier between a title and a name, a candidate's campaign, and party
members (issue 12e; sentences written for the tests)."""
import pandas as pd
import pytest

from helpers.measures.source_roles import ROLE_UNKNOWN, RoleTagger, load_roles
from helpers.measures.sourcing import extract_attributions, find_attributions, load_verbs, verb_table
from helpers.text.lexicon import Matcher

ROLES = load_roles()
VERBS = load_verbs()


def role_after(sentences, name):
    t = RoleTagger(ROLES)
    for s in sentences:
        t.learn(s)
    return t.role(name)[0]


@pytest.mark.parametrize("sentence, name, role", [
    ("Ann Claeys, a law professor at the state university, said the rule was void.", "Claeys", "expert"),
    ("Ben Ota, a data analyst for the city, said the numbers were wrong.", "Ota", "expert"),
    ("Mira Patel, a former state senator, said the plan would fail.", "Patel", "politician"),
    ("Tom Hale, a retired bus driver from Ohio, said he was unpaid.", "Hale", "ordinary_person"),
])
def test_apposition_takes_its_head_noun(sentence, name, role):
    assert role_after([sentence], name) == role


def test_apposition_compound_with_a_word_between_role_nouns():
    assert role_after(["Jo Kim, a law school professor, said the rule was void."], "Kim") == "expert"
    assert role_after(["Al Ruiz, who as a reporter covered the war, said so."], "Ruiz") == "journalist_media"


def test_apposition_head_stops_at_a_preposition():
    # "a spokesman for the poll company": the head is "spokesman", not "poll"
    assert role_after(["Lee Wu, a spokesman for the poll company, declined."], "Wu") == "spokesperson"


@pytest.mark.parametrize("sentence, name, role", [
    ("The paper's editor emeritus John Maddox argued against the plan.", "Maddox", "journalist_media"),
    ("Finance minister designate Ama Owusu spoke first.", "Owusu", "politician"),
])
def test_one_modifier_between_title_and_name(sentence, name, role):
    assert role_after([sentence], name) == role


@pytest.mark.parametrize("sentence", [
    "The spokesman for Cole said nothing.",
    "The senator praised Cole for his work.",
    "The mayor warns Cole about the vote.",
    "The governor and Cole met on Monday.",
])
def test_verbs_and_function_words_between_title_and_name_are_not_modifiers(sentence):
    assert role_after([sentence], "Cole") == ROLE_UNKNOWN


@pytest.mark.parametrize("sentence, name", [
    ("Biden's campaign did not reply to questions.", "Biden"),
    ("A spokesman for the Warren campaign declined to comment.", "Warren"),
    ("Lena Ortiz's running mate spoke in Reno.", "Ortiz"),
])
def test_a_candidates_campaign_makes_a_politician(sentence, name):
    assert role_after([sentence], name) == "politician"


@pytest.mark.parametrize("sentence, name", [
    ("The Ford Foundation campaign raised money for schools.", "Ford"),
    ("Smith's house was sold last week.", "Smith"),
    ("The Bell Company campaign ran on television.", "Bell"),
])
def test_no_candidate_without_a_campaign_of_a_person(sentence, name):
    assert role_after([sentence], name) == ROLE_UNKNOWN


def test_party_members_are_politicians_and_voters_stay_voters():
    t = RoleTagger(ROLES)
    assert t.phrase_role("House Republicans") == "politician"
    assert t.phrase_role("Democrats") == "politician"
    assert t.phrase_role("Republican voters") == "ordinary_person"


def attrs(sentence):
    return [(a.source, a.verb) for a in find_attributions(sentence, Matcher(VERBS["entries"]), verb_table(VERBS))]


def test_according_to_keeps_a_title_abbreviation():
    assert attrs("Turnout fell short in 2016, according to Dr. Romero.") == [("Dr. Romero", "according to")]
    assert attrs("Turnout fell, according to Dr. Ann B. Romero, a scholar.") == [
        ("Dr. Ann B. Romero", "according to")]
    # a full stop that ends the sentence ends the phrase
    assert attrs("Turnout fell, according to reports. Then it rose.") == [("reports", "according to")]


def test_negated_ability_is_not_an_attribution():
    assert attrs("He can't talk about a strategy because he has none.") == []
    assert attrs("He talked about a strategy for the region.") == [("He", "talked about")]


def test_free_relative_what_gives_its_subject():
    assert attrs("That matches what Republicans have pushed for in the past.")[0][0] == "Republicans"


def test_campaign_staff_are_politicians():
    t = RoleTagger(ROLES)
    assert t.phrase_role("the Harris campaign") == "politician"
    assert t.phrase_role("her campaign manager") == "politician"
    assert t.phrase_role("a campaign spokesman") == "spokesperson"


def test_name_before_a_relative_clause_is_looked_up_alone():
    t = RoleTagger(ROLES)
    t.learn("Radio host and former congressman Joe Marsh spoke on Monday.")
    assert t.role("Marsh, who was in Boston, not Maine")[0] == "politician"
    assert t.role("Boston")[0] == ROLE_UNKNOWN


def test_quotation_before_a_sentence_that_opens_with_a_cue_is_that_cues():
    units = pd.DataFrame({"doc_id": "d", "outlet": "O", "unit_id": range(3), "paragraph_id": [0, 1, 1],
                          "role": "body", "text": [
                              "Ann Lee, a senator, said the vote was close.",
                              '"Who in their right mind thinks it is fine to record the chief of staff?"',
                              "tweeted Rosa Diaz, the chairwoman of the party."]})
    att = extract_attributions(units, ["outlet"])
    assert list(zip(att["unit_id"], att["source"], att["kind"]))[1:] == [(2, "Rosa Diaz", "direct")]
    # without the cue, the quotation stays with the earlier speaker
    units.loc[2, "text"] = "The room fell silent."
    att = extract_attributions(units, ["outlet"])
    assert list(zip(att["unit_id"], att["pattern"], att["source_resolved"]))[1:] == [(1, "quote_only", "Ann Lee, a senator")]


def test_he_does_not_refer_back_to_an_institution():
    units = pd.DataFrame({"doc_id": "d", "outlet": "O", "unit_id": range(3), "paragraph_id": range(3),
                          "role": "body", "text": [
                              "Rep. Ida Cole said the vote would be close.",
                              "The House of Representatives said the session would end on Friday.",
                              '"We will not give up on this bill," he said.']})
    att = extract_attributions(units, ["outlet"])
    assert att["source_resolved"].tolist()[-1] == "Rep. Ida Cole"
