"""Round 12eb: a whole bare source phrase headed by a document, a state or a child gets that role; longer phrases and
phrases the lexicon already reads keep their reading. Invented phrases and places."""
import pytest

from helpers.measures.role_bare_heads import bare_head_role


@pytest.mark.parametrize("phrase, role", [
    ("The legislation", "document"), ("the rules", "document"), ("Norland's election rules", "document"),
    ("a large sign", "document"), ("Highway signs", "document"), ("the Bible", "document"),
    ("The application", "document"), ("the minutes", "document"), ("The binding language", "document"),
    ("The latest numbers", "document"), ("A certain provision", "document"), ("the new policy", "document"),
    ("the rogue nation", "official"), ("the island nation", "official"), ("the junta", "official"),
    ("a 12-year-old girl", "ordinary_person"), ("My kids", "ordinary_person"), ("the children", "ordinary_person"),
])
def test_bare_head_gets_the_heads_role(role_of, phrase, role):
    assert bare_head_role(phrase) == role
    assert role_of(phrase) == role


@pytest.mark.parametrize("phrase", [
    "critics of the legislation", "Supporters of the policy", "a nation of immigrants", "The Nation",
    "Ann Lee's children and grandchildren", "the rules committee", "people who signed the petition",
    "a girl who saw the fire", "Ann Lee", "the policy director",
])
def test_longer_or_other_phrases_are_not_read(phrase):
    assert bare_head_role(phrase) == ""


@pytest.mark.parametrize("phrase, role", [
    ("Party rules", "politician"),  # the lexicon reads "Party" first: the rule fills only phrases left without a role
    ("critics of the legislation", "anonymous"), ("the regime", "official"),
])
def test_roles_the_other_rules_give_are_kept(role_of, phrase, role):
    assert role_of(phrase) == role


def test_a_bare_head_speaks_in_an_attribution():
    import pandas as pd

    from helpers.measures.sourcing import extract_attributions
    units = pd.DataFrame({"doc_id": ["d1", "d1"], "unit_id": [0, 1], "outlet": ["o", "o"],
                          "text": ["The council met on Monday.", "The new ordinance says that shops must close at ten."]})
    att = extract_attributions(units, ["outlet"])
    row = att[att["source"].str.contains("ordinance", case=False)]
    assert list(row["role"]) == ["document"]
