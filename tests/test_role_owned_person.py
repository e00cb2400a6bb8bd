"""Round 12bt-p: a person named after an owner's possessive ("Quillpost's Orla Brandvik") takes the outlet's role when
the owner is an outlet of the corpus, or the role other articles state for the owner named bare when that is an
outlet's, a research body's, an advocacy group's or a party's. Names and sentences invented for the tests."""

import pytest

from helpers.measures.role_bodies_corpus import BODY_BASIS, OUTLET_BASIS, _owned_person
from helpers.measures.sourcing import extract_attributions
from tests.test_role_bodies_corpus import IS_ROLE, _row, _units

OWNED = ["Quillpost's Orla Brandvik said the vote would be close."]


@pytest.mark.parametrize(
    ("phrase", "owner"),
    [
        ("Quillpost's Orla Brandvik", "Quillpost"),
        ("the Norvik Ledger's Orla Brandvik", "the Norvik Ledger"),
        ("Zentrox Watch\u2019s Orla Brandvik", "Zentrox Watch"),
        ("Axios' Orla Brandvik", "Axios"),
        ("Quillpost's reporter", None),  # no name
        ("Quillpost's Brandvik", None),  # a surname only
        ("Kel Zentrox's Orla Brandvik", None),  # the owner is a person
        ("Quillpost's Orla Brandvik, a columnist", None),  # an apposition: the article's rules read it
    ],
)
def test_owned_person(phrase, owner):
    got = _owned_person(phrase, IS_ROLE)
    assert (got[0] if got else None) == owner
    if got:
        assert got[1] == "Orla Brandvik"


def test_a_person_of_an_outlet_of_the_corpus_is_a_journalist():
    attest = ["The mayor told Quillpost he would stay."]  # the corpus uses the name as a news outlet (issue 12bc-g)
    att = extract_attributions(_units([OWNED, attest], outlets=["X", "Quillpost"]))
    r = _row(att, "d0", "Quillpost's Orla Brandvik")
    assert (r["role"], r["role_basis"]) == ("journalist_media", OUTLET_BASIS)


STATED = [["Zentrox, an advocacy group, said the bill was unfair."],
          ["Zentrox, a civil rights group, said the law would be challenged."]]


def test_a_person_of_a_body_takes_the_role_other_articles_give_the_body():
    att = extract_attributions(_units([["Zentrox's Orla Brandvik said the vote was unfair."], *STATED]))
    r = _row(att, "d0", "Zentrox's Orla Brandvik")
    assert (r["role"], r["role_basis"], r["role_from"]) == ("activist_advocacy", BODY_BASIS, "d1;d2")


@pytest.mark.parametrize(
    "articles",
    [
        # a place's or government body's person is not its official
        [["Norlandia's Orla Brandvik said the crop was poor."],
         ["Norlandia said it would retaliate."], ["Norlandia warned that talks would fail."]],
        # one other article only
        [["Zentrox's Orla Brandvik said the vote was unfair."], STATED[0]],
        # no outlet of that name and no article states the body's role
        [OWNED, ["The council met on Monday."]],
    ],
)
def test_no_role_for_an_owned_person(articles):
    att = extract_attributions(_units(articles))
    r = att[att["source"].str.contains("Brandvik")].iloc[0]
    assert r["role_basis"] not in (OUTLET_BASIS, BODY_BASIS), r[["source", "role", "role_basis"]]
