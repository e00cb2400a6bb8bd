"""Issue 12as-b: a definite document ("the report", "the survey") refers back only to a document, not to the outlet or
person whose source type it shares (item 7 of the role check protocol: an outlet's report is a document). Sentences
written for the tests; names invented."""

import pytest
from test_attribution_12ae import paragraphs


def last_row(text):
    return paragraphs([text.split(" | ")]).iloc[-1]


POSITIVE = [
    # an outlet of the same source type before it
    "The Norland Times reported the vote on Monday. | The report said most voters back the plan.",
    "The Daily Ledger reported the vote on Monday. | The survey found that most voters back the plan.",
]
NEGATIVE = [
    # a document before it is still its antecedent
    (
        "The Norland Times said the vote was close. | The Norland Times poll found that most voters back the plan. | "
        "The survey also found that turnout rose.",
        "The Norland Times poll",
    ),
    (
        "A new report by the Norland Institute said rents rose. | The report found that most tenants pay more.",
        "A new report by the Norland Institute",
    ),
    # a definite that is no document still refers back by its source type
    ("Norland News said the vote was close. | The newspaper said turnout rose.", "Norland News"),
]


@pytest.mark.parametrize("text", POSITIVE)
def test_definite_document_is_not_resolved_to_an_outlet(text):
    r = last_row(text)
    assert (r["source_resolved"], r["role"]) == (r["source"], "document")


@pytest.mark.parametrize("text,resolved", NEGATIVE)
def test_definite_still_refers_back(text, resolved):
    assert last_row(text)["source_resolved"] == resolved
