"""Round 12bu-a2: a state-party tag in the same sentence as an official's title ("Chairman Ann Lee, Ohio Republican",
"Chairman Ann Lee (R-Ohio)") makes the chairman a politician: a chairman with a party chairs a legislature's committee.
A title with no party, or a party stated in another sentence, leaves the title's role. Invented sentences."""
import pandas as pd
import pytest

from helpers.measures import sourcing as S
from helpers.measures.role_forms import STATE_PARTY
from helpers.measures.source_roles import RoleTagger, load_roles


def _role(sentences, name):
    tagger = RoleTagger(load_roles())
    tagger.reset()
    for s in sentences:
        tagger.learn(s)
    return tagger.role(name)[0]


@pytest.mark.parametrize("sentence", [
    "The oversight committee, led by Chairman Ann Lee, Ohio Republican, met on Monday.",
    "The committee, led by Chairman Ann Lee (R-Ohio), met on Monday.",
    "The panel, led by Chairwoman Ann Lee, New Hampshire Democrat, met on Monday.",
])
def test_a_party_in_the_same_sentence_makes_a_chairman_a_politician(sentence):
    assert _role([sentence, "“We were lied to,” Ms. Lee said."], "Ms. Lee") == "politician"


def test_a_chairman_without_a_party_stays_an_official():
    assert _role(["Board Chairman Ann Lee said the company would grow."], "Lee") == "official"


def test_a_party_in_another_sentence_does_not_override_the_title():
    assert _role(["Board Chairman Ann Lee said the company would grow.",
                  "Another Ann Lee, Ohio Republican, ran for the House."], "Lee") == "official"


def test_an_ideology_in_an_apposition_is_no_party_tag():
    """'president of the conservative Club for Thrift' reads as advocacy, as before (issue 12au-b)."""
    assert _role(["Ann Lee, president of the conservative Club for Thrift, spoke on Monday."], "Lee") == "activist_advocacy"


@pytest.mark.parametrize("text, expected", [
    ("Ohio Republican", True), ("New York Democrat", True), ("Vermont Independent", True),
    ("the conservative Club for Thrift", False), ("a Republican", False), ("Republican", False),
])
def test_state_party(text, expected):
    assert bool(STATE_PARTY.fullmatch(text)) is expected


def test_the_attribution_row_takes_the_party():
    units = pd.DataFrame({"doc_id": "d", "unit_id": [0, 1], "paragraph_id": [0, 1], "outlet": "o",
                          "text": ["The committee, led by Chairman Ann Lee, Ohio Republican, met on Monday.",
                                   "“We were lied to repeatedly,” Ms. Lee said."]})
    att = S.extract_attributions(units, ["outlet"], roles=load_roles())
    assert att.loc[att["unit_id"] == 1, "role"].tolist() == ["politician"]
