"""Generic frames at sentence level, codebook version 11 (issue 14bh, 14bh-2 and 14bh-3): contests, disputes, reproach,
wrongdoing, demands and measures.

Sentences written for these tests (none is from a corpus).
"""
from __future__ import annotations

import pandas as pd
import pytest

from helpers.core.study import DEFAULT_STUDY, GENERAL_STUDY, use_study
from helpers.framing.codebooks import CODEBOOK_DIR, load_codebooks
from helpers.framing.cues import find_cues
from helpers.framing.tagger import tag_frames


@pytest.fixture(scope="module")
def frames_of():
    use_study(GENERAL_STUDY)
    books = load_codebooks([CODEBOOK_DIR / "generic_frames.yaml"])

    def run(sentences: list[str]) -> list[set[str]]:
        units = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(sentences))], "text": sentences})
        fr = tag_frames(units, find_cues(units, books), books, keep=("doc_id",))
        fr = fr[fr["counted"]]
        return [set(fr.loc[fr["unit"] == i, "frame"]) for i in range(len(sentences))]

    yield run
    use_study(DEFAULT_STUDY)  # later tests expect the default study


CONFLICT = [
    "The mayor won the runoff by nine points.",
    "Three candidates are competing for the nomination.",
    "The county clerk complained that the audit was rushed.",
    "The union disputed the company's figures.",
    "The militia launched an attack on the village overnight.",
    "The governor blamed the utility for the blackout.",
    "The committee subpoenaed the former treasurer on Monday.",
    "The mayor vetoed the council's budget for the second year.",
    "The two candidates are in a dead heat in the latest survey.",
]
NO_CONFLICT = [
    "You won't believe how quiet the harbour is at dawn.",
    "You won\u2019t find a better view of the river.",
    "He suffered a heart attack on the way to the park.",
    # violence and security action are not the conflict frame (disagreement, reproach, sides, winners and losers):
    # "against" and words of armed conflict are no cues (amendment 14bh-2)
    "The ministry called for firm action against the smuggling networks.",
    "Airstrikes hit two depots near the border.",
    "The museum reopened its east wing on Tuesday.",
]
RESPONSIBILITY = [
    "The review found that the agency acted improperly in awarding the contract.",
    "The former treasurer pleaded guilty to fraud.",
    "The state opened an investigation into the nursing home.",
    "The new grants could help small clinics hire nurses.",
    "The inspector recommended closer monitoring of the wells.",
    "Auditors concluded that the hospital had concealed its losses.",
    "Parents demanded that the district reopen the library.",
    "The governor signed a bill capping the price of insulin.",
]
CASES = ([(s, "conflict", True) for s in CONFLICT] + [(s, "conflict", False) for s in NO_CONFLICT]
         + [(s, "responsibility", True) for s in RESPONSIBILITY])


@pytest.mark.parametrize("sentence, frame, expected", CASES)
def test_contests_disputes_reproach_wrongdoing_and_measures(frames_of, sentence, frame, expected):
    assert (frame in frames_of([sentence])[0]) is expected


def test_responsibility_not_from_unrelated_words(frames_of):
    assert "responsibility" not in frames_of(["The choir sang in the old chapel on Sunday evening."])[0]
