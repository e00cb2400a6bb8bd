"""Issue 12ao-b: bodies and places named bare as speakers.

A country written as its abbreviation after "the" ("the U.S. condemned") speaks for its government (official, the
role-check protocol's item 9), also when the article names it "in the U.S." (whose key lost its full stop); an acronym
left with the closing bracket of its expansion in the span ("NTA)") takes the expansion's role.

All sentences are invented for these tests.
"""

import pytest

from helpers.measures.role_bodies import COUNTRY_ABBREV, cut_bracket
from tests.test_source_roles_12al import _role_after


@pytest.mark.parametrize(
    "sentences, phrase, role",
    [
        (["Talks were held in the U.S. last week.", "The U.S. said it would respond."], "The U.S.", "official"),
        (["The U.S. condemned the attack on the Norland embassy."], "the U.S.", "official"),
        (["Norland and the US signed a deal.", "The US said it would send aid."], "The US", "official"),
        (["The UK said it would send aid to Norland."], "The UK", "official"),
        (["The U.K. believes the ship was seized."], "the U.K.", "official"),
        (
            ["The Norland Transit Agency (NTA) opened an inquiry.", "The buses were late, NTA) said."],
            "NTA)",
            "official",
        ),
        (
            ["The Norland Teachers Federation (NTF) sued the state.", "The law is void, NTF) said."],
            "NTF)",
            "activist_advocacy",
        ),
    ],
)
def test_bare_countries_and_bracketed_acronyms_take_a_role(sentences, phrase, role):
    assert _role_after(sentences, phrase) == role


@pytest.mark.parametrize(
    "sentences, phrase",
    [
        (["US president Ann Lee spoke.", "US said no."], "US"),  # no article: a cut span or a headline
        (["The U.S. Senate voted.", "The U.S said no."], "the U.S"),  # cut at its full stop
        (["The buses were late, NTA) said."], "NTA)"),  # never expanded
        (["Ann Roe (D) spoke.", "D) said no."], "D)"),  # a party tag's letter
        (["Ann Roe (R-Texas) spoke.", "Texas) said no."], "Texas)"),  # a state in a party tag
        (["Officials in Norland met.", "Norhaven said it would respond."], "Norhaven"),  # a capital no list holds
    ],
)
def test_other_bare_names_stay_unknown(sentences, phrase):
    assert _role_after(sentences, phrase) == "unknown"


def test_a_capital_of_the_gazetteer_is_its_government():
    # round 12ck: "Washington" is read from helpers/data/countries.yaml (it was unknown: no list of capitals)
    assert _role_after(["Officials in Norland met.", "Washington said it would respond."], "Washington") == "official"


def test_country_abbrev_needs_the_article():
    assert COUNTRY_ABBREV.fullmatch("the U.S.")
    assert COUNTRY_ABBREV.fullmatch("The UK")
    assert not COUNTRY_ABBREV.fullmatch("U.S.")
    assert not COUNTRY_ABBREV.fullmatch("the USA")
    assert not COUNTRY_ABBREV.fullmatch("the U.S")


def test_cut_bracket_only_cuts_a_bare_acronym():
    assert cut_bracket("DOJ)") == "DOJ"
    assert cut_bracket("NTA) ") == "NTA"
    assert cut_bracket("(NTA)") == "(NTA)"
    assert cut_bracket("D)") == "D)"
    assert cut_bracket("Texas)") == "Texas)"
    assert cut_bracket("Ann Roe (D-Ohio)") == "Ann Roe (D-Ohio)"
