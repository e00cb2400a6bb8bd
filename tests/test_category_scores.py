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


def test_tone_check_sentence_reads_the_results_file(tmp_path):
    import json

    from helpers.measures.tone import tone_check_sentence

    def block(acc, k, lo, hi, n, pos_pred, pos_ref):
        return {"n": n, "accuracy": {"estimate": acc, "ci": [0, 1]}, "kappa": {"estimate": k, "ci": [lo, hi]},
                "predicted_counts": {"positive": pos_pred}, "reference_counts": {"positive": pos_ref}}
    res = {"dataset": "Invented corpus", "computed": "2030-01-02", "n_rows": 40, "coders": ["a.csv", "b.csv"],
           "sentence_tone": {"alpha_ordinal": 0.8, "vader_vs_consensus": block(0.5, 0.25, 0.1, 0.4, 38, 15, 4)},
           "actor_portrayal": {"alpha_ordinal": 0.7, "vader_vs_consensus": block(0.4, 0.1, -0.05, 0.2, 36, 14, 5)}}
    f = tmp_path / "t.json"
    f.write_text(json.dumps(res), encoding="utf-8")
    s = tone_check_sentence(f)
    assert "Invented corpus; 40 random sentence-actor rows, 2 coders, Krippendorff's alpha 0.80" in s
    assert "wording on 50% of 38 rows (kappa 0.25, 95% CI 0.10 to 0.40)" in s
    assert "portrays the actor on 40% of 36 rows (kappa 0.10, 95% CI -0.05 to 0.20)" in s
    assert "calls 15 of 38 rows positive where the coders call 4" in s and "2030-01-02" in s
    assert "not been checked" in tone_check_sentence(tmp_path / "missing.json")
    f.write_text(json.dumps({**res, "n_rows": 38, "n_rows_drawn": 40}), encoding="utf-8")
    assert "38 of 40 random sentence-actor rows drawn, the others no longer sentences" in tone_check_sentence(f)
