"""The seed study's own security cues: its armed group named is a security matter (issue 14bg-t).

Invented sentences; the shared codebook and the general study are unchanged.
"""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import framing as F
from helpers.core.study import DEFAULT_STUDY, GENERAL_STUDY, use_study

SENTENCES = ["The TTP are said to be regrouping near the border.",
             "Analysts expect the Pakistani Taliban to change leaders soon.",
             "The committee discussed the budget on Tuesday."]


@pytest.fixture(autouse=True)
def _reset():
    yield
    use_study(DEFAULT_STUDY)


def _security(sentences):
    units = pd.DataFrame({"doc_id": "d1", "text": sentences})
    books = F.load_codebooks(["policy_frames"])
    frames = F.tag_frames(units, F.find_cues(units, books), books, keep=("doc_id",))
    return set(frames.loc[(frames["frame"] == "security_defense") & frames["counted"], "unit"])


def test_the_seed_study_reads_its_armed_group_as_security():
    use_study(DEFAULT_STUDY)
    assert _security(SENTENCES) == {0, 1}


def test_other_studies_do_not():
    use_study(GENERAL_STUDY)
    assert _security(SENTENCES) == set()
