"""Round 12bp-p: a chair noun right after a party adjective is a politician (a legislator or a party officer), not
an official; a partisan seat on a board or commission stays an official (invented sentences)."""
import pandas as pd
import pytest

from helpers.measures import role_party as RP
from helpers.measures import sourcing as S


def _roles(sentences):
    units = pd.DataFrame({"doc_id": "d", "unit_id": range(len(sentences)), "paragraph_id": range(len(sentences)),
                          "text": sentences, "outlet": "o"})
    att = S.extract_attributions(units, ["outlet"])
    return dict(zip(att["unit_id"], att["role"]))


@pytest.mark.parametrize("sentences", [
    ["Ann Vole, the Democratic chairman of the transport committee, said the bill was dead."],
    ["Ben Kay, the Republican chairwoman of the ethics panel, told reporters she would wait.",],
    ["Cal Rook, the panel's GOP co-chair, said the hearing would go on."],
])
def test_a_party_chair_is_a_politician(sentences):
    assert _roles(sentences)[0] == "politician"


def test_a_chair_later_named_by_surname_keeps_the_role():
    roles = _roles(["Ann Vole, the Democratic chairman of the transport committee, opened the hearing.",
                    "Vole said the bill was dead."])
    assert roles[1] == "politician"


def test_a_partisan_seat_on_a_board_stays_an_official():
    assert _roles(["Dee Marsh, the state elections board's Democratic co-chairman, said the count was fair."])[0] == \
        "official"


def test_a_chair_without_a_party_is_unchanged():
    assert _roles(["Eve Stone, the chairman of the bakery chain, said sales rose."])[0] == "official"


@pytest.mark.parametrize("before, noun, expected", [
    ("the Democratic ", "chairman", True),
    ("the Republican co-", "chair", True),
    ("the elections board's Democratic ", "chairman", False),
    ("the ", "chairman", False),
    ("the Democratic ", "director", False),
])
def test_party_chair(before, noun, expected):
    assert RP.party_chair(before, noun) is expected
