"""Drawn rows of the tone hand check that later cleaning moved or removed (``benchmarks/tone_check.match_drawn``)."""
import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import tone_check as TC  # noqa: E402


def _population():
    units = pd.DataFrame({"doc_id": ["a", "a", "b"], "unit_id": [0, 1, 0],
                          "text": ["Smith spoke.", "Police came and Smith left.", "The cops arrived."]})
    rows = pd.DataFrame({"doc_id": ["a", "a", "a", "b"], "unit_id": ["0", "1", "1", "0"],
                         "actor": ["smith", "smith", "police", "police"], "mention": ["Smith", "Smith", "Police", "cops"],
                         "tone": [0.0, -0.2, -0.2, 0.1]})
    return units, rows


def test_rows_still_in_the_population_are_kept_and_the_others_listed():
    # session 77: draw 2020 held a CNN gallery caption since removed as furniture, and a sentence whose number moved
    units, rows = _population()
    sheet = pd.DataFrame({"row": ["0", "1", "2", "3"], "doc_id": ["a", "a", "b", "c"], "unit_id": ["1", "0", "0", "4"],
                          "actor": ["police", "smith", "police", "smith"], "mention": ["Police", "Smith", "police", "Smith"]})
    base, kept, dropped = TC.match_drawn(sheet, rows, units)
    assert kept.tolist() == [True, True, False, False]
    assert base.loc[kept, "tone"].tolist() == [-0.2, 0.0]
    assert [(d["row"], d["why"]) for d in dropped] == [
        (2, "the actor's first mention is now 'cops', not 'police'"), (3, "no longer a sentence naming the actor")]


def test_a_changed_sentence_is_caught_by_its_fingerprint():
    units, rows = _population()
    sheet = pd.DataFrame({"row": ["0", "1"], "doc_id": ["a", "a"], "unit_id": ["0", "1"], "actor": ["smith", "smith"],
                          "mention": ["Smith", "Smith"],
                          "sentence_sha": [TC.sentence_sha("Smith spoke."), TC.sentence_sha("Smith spoke again.")]})
    _, kept, dropped = TC.match_drawn(sheet, rows, units)
    assert kept.tolist() == [True, False] and dropped[0]["why"] == "the sentence changed"
    assert len(TC.sentence_sha("x")) == 12 and np.all([c in "0123456789abcdef" for c in TC.sentence_sha("x")])
