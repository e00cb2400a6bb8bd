"""Three-way agreement scores (the tone check's VADER against coders) and VADER's label thresholds. Values invented."""
import numpy as np
import pytest

from helpers.measures.tone import tone_label
from helpers.stats.agreement import category_scores

CATS = ("negative", "neutral", "positive")
SCALE = {"negative": -1, "neutral": 0, "positive": 1}


def test_perfect_agreement_and_a_known_confusion():
    ref = ["negative", "neutral", "positive", "neutral"]
    s = category_scores(ref, ref, CATS, values=[-0.5, 0.0, 0.6, 0.01], scale=SCALE, n_boot=50)
    assert s["accuracy"]["estimate"] == 1.0 and s["kappa"]["estimate"] == 1.0 and s["spearman"]["estimate"] > 0.9
    pred = ["negative", "negative", "positive", "neutral"]  # one neutral read as negative
    s = category_scores(ref, pred, CATS, n_boot=0)
    assert s["accuracy"]["estimate"] == 0.75
    # po 0.75; pe = 0.25*0.5 + 0.5*0.25 + 0.25*0.25 = 0.3125; kappa = 0.4375 / 0.6875
    assert s["kappa"]["estimate"] == round(0.4375 / 0.6875, 3)
    assert s["precision_negative"]["estimate"] == 0.5 and s["recall_neutral"]["estimate"] == 0.5
    assert s["predicted_counts"] == {"negative": 2, "neutral": 1, "positive": 1} and s["kappa"]["ci"] is None


def test_undefined_scores_are_none_and_intervals_bracket_the_estimate():
    ref = ["neutral"] * 10 + ["negative"] * 10
    pred = ["neutral"] * 8 + ["negative"] * 12
    s = category_scores(ref, pred, CATS, n_boot=200, seed=1)
    assert s["precision_positive"]["estimate"] is None and s["recall_positive"]["estimate"] is None
    lo, hi = s["accuracy"]["ci"]
    assert lo <= s["accuracy"]["estimate"] <= hi


def test_bad_input_says_what_to_fix():
    with pytest.raises(ValueError, match="not among the categories"):
        category_scores(["negative", "angry"], ["negative", "neutral"], CATS)
    with pytest.raises(ValueError, match="equal length"):
        category_scores(["negative"], ["negative", "neutral"], CATS)
    with pytest.raises(ValueError, match="needs a scale"):
        category_scores(["negative"], ["negative"], CATS, values=[0.1])


def test_tone_label_uses_the_actor_tone_thresholds():
    assert list(tone_label([-0.5, -0.05, -0.04, 0.0, 0.049, 0.05, 0.9])) == [
        "negative", "negative", "neutral", "neutral", "neutral", "positive", "positive"]
    assert tone_label(np.array([])).shape == (0,)
