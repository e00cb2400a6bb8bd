"""`helpers.framing.shares.pick_evidence`: the strongest sentences per group, each text once (dogfood 12bm-d: an
article that repeats a sentence showed it twice in notebook 03's evidence). Rows written for the tests."""

import pandas as pd
import pytest

from helpers.framing.shares import pick_evidence


def _frames(texts, cues, groups=None):
    return pd.DataFrame({
        "group": groups or ["A"] * len(texts),
        "frame": "economic",
        "unit": range(len(texts)),
        "cues": cues,
        "sentence": texts,
    })


def test_most_cues_first_then_text_order():
    f = _frames(["one cue", "two cues", "also one"], ["tax", "tax; budget", "wage"])
    got = pick_evidence(f, ["group", "frame"], n=3)["sentence"].tolist()
    assert got == ["two cues", "one cue", "also one"]


def test_a_repeated_sentence_is_shown_once_per_group():
    f = _frames(["Prices rose.", "Prices rose. ", "Wages fell.", "Prices rose."], ["price", "price", "wage", "price"])
    got = pick_evidence(f, ["group", "frame"], n=3)["sentence"].str.strip().tolist()
    assert got == ["Prices rose.", "Wages fell."]


def test_the_same_sentence_may_stand_for_two_groups():
    f = _frames(["Prices rose.", "Prices rose."], ["price", "price"], groups=["A", "B"])
    assert pick_evidence(f, ["group", "frame"], n=2)["group"].tolist() == ["A", "B"]


def test_without_a_text_column_rows_are_kept():
    f = _frames(["x", "x"], ["a", "a"]).drop(columns="sentence")
    assert len(pick_evidence(f, ["group", "frame"], n=3)) == 2


def test_n_below_one_is_refused():
    with pytest.raises(ValueError, match="n must be >= 1"):
        pick_evidence(_frames(["x"], ["a"]), ["group"], n=0)
