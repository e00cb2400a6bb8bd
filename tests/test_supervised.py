import numpy as np
import pandas as pd
import pytest

from helpers.validation.supervised import compare_per_label, fit_predict


def _data(n=60, seed=0):
    rng = np.random.default_rng(seed)
    y = rng.random(n) < 0.4
    words = np.where(y, "the storm flooded homes", "the council met today")
    texts = [f"{w} item {i}" for i, w in enumerate(words)]
    codes = pd.DataFrame({"a": y.astype(int), "rare": (np.arange(n) < 2).astype(int)})
    lexicon = pd.DataFrame({"a": (rng.random(n) < 0.5).astype(int), "rare": np.zeros(n, dtype=int)})
    cues = pd.DataFrame({"a": lexicon["a"], "rare": 0})
    return texts, cues, lexicon, codes


def test_supervised_chosen_where_it_beats_the_lexicon_and_deterministic():
    texts, cues, lexicon, codes = _data()
    t = compare_per_label(texts, cues, lexicon, codes, folds=5, seed=0).set_index("label")
    assert t.loc["a", "use"] == "supervised" and t.loc["a", "supervised_F1"] > 0.9
    assert t.loc["rare", "use"] == "lexicon" and "fewer than" in t.loc["rare", "note"]
    assert t.equals(compare_per_label(texts, cues, lexicon, codes, folds=5, seed=0).set_index("label"))


def test_lexicon_kept_when_it_is_perfect():
    texts, cues, _, codes = _data()
    t = compare_per_label(texts, cues, codes, codes).set_index("label")
    assert t.loc["a", "use"] == "lexicon" and t.loc["a", "lexicon_F1"] == 1.0


def test_fit_predict_and_errors():
    texts, cues, lexicon, codes = _data()
    choice = compare_per_label(texts, cues, lexicon, codes)
    out = fit_predict(texts, cues, codes, ["the storm flooded homes again"], cues.iloc[:1], lexicon.iloc[:1], choice)
    assert out["a"].iloc[0] == 1 and out["rare"].iloc[0] == lexicon["rare"].iloc[0]
    with pytest.raises(ValueError, match="same rows"):
        compare_per_label(texts[:3], cues, lexicon, codes)
    with pytest.raises(ValueError, match="folds"):
        compare_per_label(texts, cues, lexicon, codes, folds=1)
