"""Round 12bw-d: the idiom "all told" (in all) is no cue; "told" after "all" in other uses stays one. Invented
sentences."""

from __future__ import annotations

import pytest

from tests._attribution_rows import attribution_rows


def _verbs(sentence: str) -> list[str]:
    return attribution_rows(sentence)["verb"].tolist()


@pytest.mark.parametrize("sentence", [
    "All told, 40 towns lost power during the storm.",
    "All told though, few residents expect the plant to reopen.",
    "The river rose for a week \u2014 all told, nearly three metres.",
    "The fund grew, and all told, it now holds $3 million in bonds.",
])
def test_all_told_is_no_cue(sentence):
    assert "told" not in _verbs(sentence)


@pytest.mark.parametrize("sentence", [
    "They were all told to leave the building by noon.",
    "She told them all that the plan was dead.",
    "Residents were all told, the mayor said, that the water was safe.",
])
def test_told_after_all_in_other_uses_stays_a_cue(sentence):
    assert "told" in _verbs(sentence)
