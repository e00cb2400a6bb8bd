"""Round 12cw: a name written wholly in capitals ("TOR BRANDVIK: ...", "BRANDVIK: ..."), as transcripts write their
speaker labels, is read in title case by the role tagger and by the corpus pass (``role_capitals.title_case``). Names
and sentences invented for the tests."""

from __future__ import annotations

import pytest

from helpers.measures import source_roles as SR
from helpers.measures.role_capitals import title_case
from helpers.measures.role_corpus import CORPUS_BASIS, SURNAME_BASIS
from helpers.measures.sourcing import extract_attributions
from tests.test_role_corpus import _units


@pytest.mark.parametrize("bare, titled", [
    ("TOR BRANDVIK", "Tor Brandvik"),
    ("BRANDVIK", "Brandvik"),
    ("O'BRANDVIK", "O'Brandvik"),
    ("ORLA JEAN-BRANDVIK", "Orla Jean-Brandvik"),
    ("FBI", ""),  # a short acronym
    ("Brandvik", ""),  # not in capitals
    ("K.T.", ""),  # full stops
    ("TOR BRANDVIK JR 3", ""),  # a digit
    ("ONE TWO THREE FOUR", ""),  # more than three words
])
def test_title_case(bare, titled):
    assert title_case(bare) == titled


OTHERS = [["Senator Tor Brandvik said the vote would be close."],
          ["Tor Brandvik, a senator from the north, said he would oppose the plan."]]


@pytest.mark.parametrize("label, basis", [
    ("TOR BRANDVIK", CORPUS_BASIS),
    ("BRANDVIK", SURNAME_BASIS),
])
def test_a_label_in_capitals_takes_the_corpus_role(label, basis):
    own = ["The debate ran late on Monday.", f"{label}: I think the tariff will hurt farmers in the north."]
    att = extract_attributions(_units([own, *OTHERS]))
    r = att[att["doc_id"] == "d0"].iloc[0]
    assert (r["source"], r["role"], r["role_basis"]) == (label, "politician", basis)


def test_an_acronym_no_name_shares_stays_unknown():
    own = ["The debate ran late on Monday.", "NXRB: We think the tariff will hurt farmers in the north."]
    att = extract_attributions(_units([own, *OTHERS]))
    assert att[att["doc_id"] == "d0"].iloc[0]["role"] == SR.ROLE_UNKNOWN
