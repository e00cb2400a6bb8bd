"""Generic frames at sentence level, codebook version 11 (issue 14bh): contests, reproach, armed conflict, wrongdoing.

Sentences written for these tests (none is from a corpus).
"""
from __future__ import annotations

import pandas as pd
import pytest

from helpers.core.study import GENERAL_STUDY, use_study
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

    return run


@pytest.mark.parametrize("sentence", [
    "The mayor won the runoff by nine points.",
    "Three candidates are competing for the nomination.",
    "The county clerk complained that the audit was rushed.",
    "The union disputed the company's figures.",
    "Several council members voted against the zoning plan.",
    "The militia launched an attack on the village overnight.",
    "Airstrikes hit two depots near the border.",
    "The two factions agreed to a ceasefire on Friday.",
    "The governor blamed the utility for the blackout.",
])
def test_conflict_in_contests_reproach_and_armed_conflict(frames_of, sentence):
    assert "conflict" in frames_of([sentence])[0]


@pytest.mark.parametrize("sentence", [
    "You won't believe how quiet the harbour is at dawn.",
    "You won\u2019t find a better view of the river.",
    "He suffered a heart attack while jogging in the park.",
    "The museum reopened its east wing on Tuesday.",
])
def test_no_conflict_without_a_contest_or_a_reproach(frames_of, sentence):
    assert "conflict" not in frames_of([sentence])[0]


@pytest.mark.parametrize("sentence", [
    "The review found that the agency acted improperly in awarding the contract.",
    "The former treasurer pleaded guilty to fraud.",
    "The state opened an investigation into the nursing home.",
    "The new grants could help small clinics hire nurses.",
    "The inspector recommended closer monitoring of the wells.",
])
def test_responsibility_in_wrongdoing_oversight_and_remedies(frames_of, sentence):
    assert "responsibility" in frames_of([sentence])[0]


def test_responsibility_not_from_unrelated_words(frames_of):
    assert "responsibility" not in frames_of(["The choir sang in the old chapel on Sunday evening."])[0]
