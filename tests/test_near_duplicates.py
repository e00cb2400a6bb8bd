"""Round nd1: near-duplicate bodies of one outlet count once (review s77: frames-dev's Drudge Report pairs)."""
import warnings

import pandas as pd
import pytest

from helpers import load_corpus
from helpers.corpus.near_duplicates import near_duplicate_of

STORY = " ".join(
    f"Sentence {i} of the harbour story says the council met on day {i} and agreed to repair the wall section {i}."
    for i in range(30))


def test_one_outlet_s_near_copies_are_one_article_and_other_outlets_are_reuse():
    texts = [STORY, STORY[1:],                                   # a first character lost ("he most plausible")
             STORY.replace("day 7 ", "day seven "),            # an update that changed one word
             STORY,                                              # the same story from another outlet: reuse
             STORY[: len(STORY) // 2]]                           # half the story: not the same article
    got = near_duplicate_of(["a1", "a2", "a3", "b1", "a4"], ["Gazette", "gazette ", "GAZETTE", "Courier", "Gazette"],
                            texts)
    assert got == ["", "a1", "a1", "", ""]


def test_exact_copies_short_bodies_and_missing_outlets_are_left_alone():
    got = near_duplicate_of(["x", "y", "z", "w"], ["A", "A", "", ""], [STORY, STORY, STORY, STORY],
                            exact_of=["", "x", "", ""])
    assert got == ["", "", "", ""]  # y is an exact copy already; no outlet: never merged
    short = " ".join(["The council met and agreed to repair the harbour wall."] * 8)  # 80 words: a brief
    assert near_duplicate_of(["p", "q"], ["A", "A"], [short, short + " Yes."]) == ["", ""]
    with pytest.raises(ValueError, match="one entry per article"):
        near_duplicate_of(["p"], ["A", "A"], [short])


def test_load_corpus_marks_near_copies_and_says_so(tmp_path):
    pd.DataFrame({"doc_id": ["d1", "d2", "d3"], "outlet": ["Gazette", "Gazette", "Courier"],
                  "text": [STORY, STORY[1:], STORY.replace("day 7 ", "day seven ")]}).to_csv(tmp_path / "c.csv",
                                                                                           index=False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(tmp_path / "c.csv")
    # d3, a near-copy from another outlet, is text reuse (an exact copy is a duplicate whatever its outlet)
    assert corpus.set_index("doc_id")["duplicate_of"].to_dict() == {"d1": "", "d2": "d1", "d3": ""}
    assert any("nearly repeats an earlier article of the same outlet" in str(w.message) for w in caught)
