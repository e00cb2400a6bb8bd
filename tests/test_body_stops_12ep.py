"""Round 12ep: a body's name after a title keeps its inner full stops ("the U.S. Chamber of Commerce", "FWD.us").
Sentences and most bodies invented."""
import pandas as pd
import pytest

from helpers.measures.role_forms import BODY_AFTER
from helpers.measures.role_titles import VICE_PRESIDENT, staff_body
from helpers.measures.sourcing import extract_attributions


def _role(sentence):
    units = pd.DataFrame({"doc_id": "d", "outlet": "O", "unit_id": [0], "paragraph_id": [0], "text": [sentence],
                          "role": "body"})
    att = extract_attributions(units)
    return att["role"].iloc[0]


@pytest.mark.parametrize("sentence, role", [
    ('"We will fight it," said Neil Bradley, executive vice president of the U.S. Chamber of Commerce.',
     "activist_advocacy"),
    ('"We won," said Todd Sharp, president of Vote.us, a pro-immigration group.', "activist_advocacy"),
    ('"It is a mistake," said Ann Lee, vice president of the U.K. Society of Authors.', "activist_advocacy"),
])
def test_a_body_with_inner_stops_gives_its_kind(sentence, role):
    assert _role(sentence) == role


@pytest.mark.parametrize("text, body", [
    (", vice president of the U.S. Chamber of Commerce.", "the U.S. Chamber of Commerce"),
    (", vice president at Vote.us, a group", "Vote.us"),
    (", vice president of the Acme Institute in Washington, D.C.", "the Acme Institute in Washington"),
])
def test_vice_president_captures_the_whole_body(text, body):
    assert VICE_PRESIDENT.search(text).group(1).strip() == body


def test_staff_body_and_body_after_keep_inner_stops():
    assert staff_body(", policy director at the U.S. Fund for Rivers, which sued")[0] == "U.S. Fund for Rivers"
    assert staff_body(", policy director at Vote.us.")[0] == "Vote.us"
    assert BODY_AFTER.match(" of the U.N. Foundation, said").group(1) == "the U.N. Foundation"


@pytest.mark.parametrize("text, body", [
    (", policy director at Acme. She said", "Acme"),  # a sentence's full stop still ends the body
    (", policy director at the U.S. Fund.", "U.S. Fund"),
])
def test_a_closing_full_stop_still_ends_the_body(text, body):
    assert staff_body(text)[0] == body
