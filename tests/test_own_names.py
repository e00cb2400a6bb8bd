"""Own name words of a group set aside from its distinctive vocabulary (invented names and words)."""

import pandas as pd

from helpers.measures.own_names import name_forms, own_name_terms, set_aside_own_names


def test_tokens_squashed_and_initials():
    f = name_forms("The Morning Lantern")
    assert {"morning", "lantern", "themorninglantern", "morninglantern", "ml"} <= f
    assert "the" not in f


def test_one_word_name_split_on_vocabulary():
    vocab = ["harbor", "gazette", "harbour", "rain"]
    f = name_forms("theharborgazette", vocab)
    assert {"harbor", "gazette", "harborgazette"} <= f
    assert "rain" not in f
    assert name_forms("theharborgazette") == {"theharborgazette", "harborgazette"}   # no vocabulary: no split


def test_web_suffix_and_single_word():
    assert "quillpost" in name_forms("www.quillpost.com")
    assert name_forms("QNX") == {"qnx"}
    assert name_forms("") == set()


def test_set_aside_only_own_group():
    scores = pd.DataFrame({"group": ["A", "A", "A", "B", "B"],
                           "term": ["lantern", "flood", "morning", "lantern", "drought"],
                           "z": [9.0, 5.0, 4.0, 3.0, 2.0]})
    own = own_name_terms({"A": ["The Morning Lantern"], "B": ["Valley Courier"]})
    kept, aside = set_aside_own_names(scores, own)
    assert kept["term"].tolist() == ["flood", "lantern", "drought"]   # B keeps "lantern": not its own name
    assert aside[["group", "term"]].values.tolist() == [["A", "lantern"], ["A", "morning"]]


def test_no_names_keeps_everything():
    scores = pd.DataFrame({"group": ["A"], "term": ["flood"], "z": [1.0]})
    kept, aside = set_aside_own_names(scores, own_name_terms({"A": [None, ""]}))
    assert len(kept) == 1 and aside.empty
