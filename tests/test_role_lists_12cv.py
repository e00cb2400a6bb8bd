"""Round 12cv: a source phrase that coordinates names takes the role every name has alone, when they share one
(``helpers/measures/role_lists.py``): from the article ("Norlandia and Fenwick said", two states) or from the
corpus's other articles (full names). Names and sentences invented for the tests."""

from __future__ import annotations

import pytest

from helpers.measures import source_roles as SR
from helpers.measures.role_corpus import CORPUS_BASIS
from helpers.measures.role_lists import COORDINATION_BASIS, conjuncts
from helpers.measures.sourcing import extract_attributions
from tests._attribution_rows import row_of
from tests.test_role_corpus import _units


@pytest.mark.parametrize("bare, names", [
    ("Brandvik and Sollie", ["Brandvik", "Sollie"]),
    ("Both Brandvik and Sollie", ["Brandvik", "Sollie"]),
    ("Orla Brandvik of Fenwick and Tor Sollie of North Vale", ["Orla Brandvik", "Tor Sollie"]),
    ("Brandvik, Sollie and Mr. Aune", ["Brandvik", "Sollie", "Mr. Aune"]),
    ("Orla Brandvik & Tor Sollie", ["Orla Brandvik", "Tor Sollie"]),
    ("Bank of Norland and Fenwick", ["Bank of Norland", "Fenwick"]),  # one word before "of": a body's name, kept
    ("Brandvik & Brandvik", []),  # the same name twice: a firm
    ("Norlandic and moderate Fenwick forces", []),  # lower-case words
    ("Brandvik and his advisers", []),
    ("the Fenwick Council and the Norland Board", []),  # determiners
    ("Brandvik", []),
    ("A, B, C, D and E", []),  # more than four
])
def test_conjuncts(bare, names):
    assert conjuncts(bare) == names


def test_two_states_named_bare_are_official():
    row = row_of("Norway and Sweden said the border would stay open.", verb="said")
    assert (row["role"], row["role_basis"]) == ("official", COORDINATION_BASIS)


def test_names_of_different_roles_give_none():
    # a state (official) and a police agency (military or police), each typed alone
    row = row_of("Norway and FBI said the suspect had fled.", verb="said")
    assert row["role"] == SR.ROLE_UNKNOWN


SPEAKERS = [["Senator Orla Brandvik said the vote would be close."],
            ["Orla Brandvik, a senator from the north, said she would oppose the plan."],
            ["Senator Tor Sollie said the bill was dead."],
            ["Tor Sollie, a senator from the south, said he would vote no."]]


def test_full_names_take_the_corpus_role_they_share():
    att = extract_attributions(_units([["Orla Brandvik and Tor Sollie wrote that the program broke the law."],
                                       *SPEAKERS]))
    r = att[att["doc_id"] == "d0"].iloc[0]
    assert (r["role"], r["role_basis"], r["role_from"]) == ("politician", CORPUS_BASIS, "d1;d2;d3;d4")


@pytest.mark.parametrize("others", [
    SPEAKERS[:2] + [["Professor Tor Sollie said the data were clear."],
                    ["Tor Sollie, a historian, said the archive was lost."]],  # a senator and a historian
    SPEAKERS[:3],  # one article only for the second name
])
def test_no_corpus_role_without_agreement(others):
    att = extract_attributions(_units([["Orla Brandvik and Tor Sollie wrote that the program broke the law."],
                                       *others]))
    assert att[att["doc_id"] == "d0"].iloc[0]["role"] == SR.ROLE_UNKNOWN
