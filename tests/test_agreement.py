import numpy as np
import pandas as pd
import pytest

from helpers.stats.agreement import binary_scores, krippendorff_alpha, score_table


def test_binary_scores_values():
    y = [1, 1, 0, 0, 1, 0]
    p = [1, 0, 0, 1, 1, 0]
    s = binary_scores(y, p, n_boot=200, seed=1)
    assert s["tp"] == 2 and s["support"] == 3 and s["predicted"] == 3
    assert s["precision"] == pytest.approx(2 / 3) and s["recall"] == pytest.approx(2 / 3)
    # kappa: po = 4/6, pe = 0.5
    assert s["kappa"] == pytest.approx((4 / 6 - 0.5) / 0.5)
    assert s["F1_low"] <= s["F1"] <= s["F1_high"]


def test_binary_scores_perfect_and_undefined():
    s = binary_scores([1, 0, 1], [1, 0, 1], n_boot=0)
    assert s["F1"] == 1 and s["kappa"] == 1
    s = binary_scores([1, 0], [0, 0], n_boot=0)
    assert np.isnan(s["precision"]) and s["recall"] == 0
    with pytest.raises(ValueError, match="equal length"):
        binary_scores([1], [1, 0])


def test_score_table_micro():
    ref = pd.DataFrame({"a": [1, 0, 1], "b": [0, 0, 1]}).astype(bool)
    pred = pd.DataFrame({"a": [1, 0, 0], "b": [0, 1, 1]}).astype(bool)
    t = score_table(ref, pred, n_boot=0)
    assert t["label"].tolist() == ["a", "b", "(micro)"]
    assert t.iloc[-1]["tp"] == 2 and t.iloc[-1]["support"] == 3
    with pytest.raises(ValueError):
        score_table(ref, pred[["b", "a"]])


def test_alpha_needs_two_coders():
    one = pd.DataFrame([[1, 0, 1]])
    a, why = krippendorff_alpha(one)
    assert a is None and "one coder" in why
    two = pd.DataFrame([[1, 0, 1, 0], [1, 0, 1, 0]])
    a, why = krippendorff_alpha(two)
    assert a == pytest.approx(1.0) and why == ""
    disagree = pd.DataFrame([[1, 0, 1, 0], [0, 1, 0, 1]])
    assert krippendorff_alpha(disagree)[0] < 0
    no_overlap = pd.DataFrame([[1, np.nan], [np.nan, 0]])
    assert krippendorff_alpha(no_overlap)[0] is None
    same = pd.DataFrame([[1, 1], [1, 1]])
    assert "no variation" in krippendorff_alpha(same)[1]
