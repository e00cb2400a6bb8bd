"""The recipient of "told X ..." ends where the reported clause begins, with or without "that" (QA run, 2026-12-01)."""
import pandas as pd
import pytest

from helpers.measures.sourcing import extract_attributions


def _recipient(sentence: str) -> str:
    units = pd.DataFrame({"doc_id": "d", "outlet": "O", "unit_id": [0], "paragraph_id": [0], "text": [sentence],
                          "role": "body"})
    att = extract_attributions(units)
    return att.loc[att["verb"] == "told", "recipient"].iloc[0]


@pytest.mark.parametrize("sentence, recipient", [
    ("Senator Ann Vale told Fox News the plan was dead.", "Fox News"),
    ("The mayor told reporters the city would act.", "reporters"),
    ("Ms. Vale told The Daily Ledger she would run again.", "The Daily Ledger"),
    ("He told him it was over.", "him"),
    ("He told CNN that he would run.", "CNN"),
])
def test_recipient_stops_before_the_reported_clause(sentence, recipient):
    assert _recipient(sentence) == recipient


def test_a_determiner_after_a_preposition_stays_in_the_recipient():
    assert _recipient("She told members of the committee the bill was dead.") == "members of the committee"
