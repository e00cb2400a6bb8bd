"""A capitalised stop word before a state is no name (issue 14bg-b): the two-states rule sees the state.

Invented sentences, under the general study (no study actors).
"""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import framing as F
from helpers.core.study import DEFAULT_STUDY, GENERAL_STUDY, use_study

EXT = "external_regulation_reputation"


@pytest.fixture(autouse=True)
def _general():
    use_study(GENERAL_STUDY)
    yield
    use_study(DEFAULT_STUDY)


def _external(sentences):
    units = pd.DataFrame({"doc_id": "d1", "text": sentences})
    books = F.load_codebooks(["policy_frames"])
    frames = F.tag_frames(units, F.find_cues(units, books), books, keep=("doc_id",))
    return set(frames.loc[(frames["frame"] == EXT) & frames["counted"], "unit"])


@pytest.mark.parametrize("sentence", [
    "The Italian minister met French officials on Monday.",
    "In the French capital, Italian envoys waited for an answer.",
    "After the Chilean vote, Spanish lawmakers asked for a recount.",
])
def test_a_stop_word_before_a_state_is_no_name(sentence):
    assert _external([sentence]) == {0}


@pytest.mark.parametrize("sentence", [
    "Bank of Italy officials met French bankers.",           # "Italy" inside a name
    "Tomorrow the Royal Bank of Canada meets French bankers.",
])
def test_a_state_inside_a_name_still_does_not_count(sentence):
    assert _external([sentence]) == set()
