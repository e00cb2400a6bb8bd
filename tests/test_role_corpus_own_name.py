"""Round 12bs-s: a bare surname takes the role other articles' speakers state for the one full name its own article
writes with that surname (``role_corpus.OWN_NAME_BASIS``). Names and sentences invented for the tests; each positive
case is `unknown` without the rule (the corpus has several full names with the surname, so no dominant one)."""

import pytest

from helpers.measures import source_roles as SR
from helpers.measures.role_corpus import OWN_NAME_BASIS
from helpers.measures.sourcing import extract_attributions
from tests.test_role_corpus import _row, _units

OWN = ["Orla Brandvik toured the harbour on Monday.", "Brandvik said the new tariff would hurt farmers."]
SPOKE = [["Senator Orla Brandvik said the vote would be close."],
         ["Orla Brandvik, a senator from the north, said she would oppose the plan."]]
OTHERS = [["Professor Edda Brandvik said the data were clear."],
          ["Edda Brandvik, a historian, said the archive was lost."],
          ["Coach Tomas Brandvik said the team was ready."]]


def test_a_bare_surname_takes_the_role_of_its_articles_full_name():
    att = extract_attributions(_units([OWN, *SPOKE, *OTHERS]))
    r = _row(att, "d0", "Brandvik")
    assert (r["role"], r["role_basis"], r["role_from"]) == ("politician", OWN_NAME_BASIS, "d1;d2")


@pytest.mark.parametrize(
    "articles",
    [
        # the own article writes two full names with the surname
        [OWN + ["Edda Brandvik watched from the quay."], *SPOKE, *OTHERS],
        # the own article writes no full name with it
        [OWN[1:], *SPOKE, *OTHERS],
        # only one other article's speaker states the role
        [OWN, SPOKE[0], *OTHERS],
        # the other articles disagree (a senator and a historian of the same name)
        [OWN, *SPOKE, ["Orla Brandvik, a historian, said the archive was lost."],
         ["Orla Brandvik, a professor, said the data were clear."]],
    ],
)
def test_no_role_without_one_own_full_name_and_agreeing_speakers(articles):
    att = extract_attributions(_units(articles))
    assert _row(att, "d0", "Brandvik")["role"] == SR.ROLE_UNKNOWN
