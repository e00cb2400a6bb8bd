"""Round 12er: a reporting clause cut off its quotation by the sentence splitter credits the quotation-only row of
the sentence before it, also when an adjunct follows its cue. Sentences invented."""
import pandas as pd
import pytest

from helpers.measures.sourcing import extract_attributions

_BEFORE = "Critics of the levy say it will hurt farmers in the valley."
_QUESTION = '"Where else would a small grower find the money for a second harvest this year?"'


def _rows(*sentences, paragraphs=None):
    units = pd.DataFrame({"doc_id": "d", "outlet": "O", "unit_id": range(len(sentences)),
                          "paragraph_id": paragraphs or [0] * len(sentences), "text": list(sentences),
                          "role": "body"})
    return extract_attributions(units)


def _quote_row(att):
    return att[(att["pattern"] == "quote_only") & (att["unit_id"] == 1)].iloc[0]


@pytest.mark.parametrize("clause", ["Sen. Ann Lee said Friday.", "Sen. Ann Lee asked on Norland Radio.",
                                    "Sen. Ann Lee said, shaking her head.", "Sen. Ann Lee wrote on Twitter on Tuesday morning.",
                                    "Sen. Ann Lee told reporters after the vote."])
def test_a_clause_with_an_adjunct_credits_the_quotation(clause):
    att = _rows(_BEFORE, _QUESTION, clause)
    row = _quote_row(att)
    assert row["source_resolved"] == "Sen. Ann Lee"
    assert row["role"] == "politician"


def test_a_bare_clause_still_credits_the_quotation():
    assert _quote_row(_rows(_BEFORE, _QUESTION, "Sen. Ann Lee asked."))["source_resolved"] == "Sen. Ann Lee"


@pytest.mark.parametrize("clause", [
    "Sen. Ann Lee said that the levy would pass.",  # a clause of its own: a new attribution
    'Sen. Ann Lee said on "Norland Tonight" that it would pass.',  # a quotation mark of its own
    "On Friday, Sen. Ann Lee said the levy was fair to growers.",  # something stands before the source
])
def test_a_new_attribution_does_not_take_the_quotation(clause):
    row = _quote_row(_rows(_BEFORE, _QUESTION, clause))
    assert row["source_resolved"] == "Critics of the levy"


def test_a_clause_in_the_next_paragraph_does_not_take_the_quotation():
    att = _rows(_BEFORE, _QUESTION, "Sen. Ann Lee said Friday.", paragraphs=[0, 0, 1])
    assert _quote_row(att)["source_resolved"] == "Critics of the levy"
