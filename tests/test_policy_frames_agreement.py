"""The AllSides policy-frames benchmark's two-coder agreement (issue 14y-judge2)."""
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import policy_frames_allsides as P  # noqa: E402


def test_identical_coders_agree_fully():
    a = np.array([[1, 0], [0, 1], [1, 1], [0, 0]], bool)
    got = P.agreement(a, a.copy(), ["x", "y"])
    assert got["n_units"] == 4 and got["exact_sets"] == 1.0
    for d in (*got["per_frame"].values(), got["pooled"]):
        assert d["alpha"] == pytest.approx(1.0) and d["raw"] == 1.0 and d["note"] == ""
    assert got["per_frame"]["x"]["n_first"] == got["per_frame"]["x"]["n_second"] == 2


def test_alpha_by_hand_and_disagreement():
    # 10 units; coder 1 marks units 0-3, coder 2 marks 0-1 and 4-5: 2 agree positive, 4 disagree, 4 agree negative.
    first = np.zeros((10, 1), bool)
    second = np.zeros((10, 1), bool)
    first[:4, 0] = True
    second[[0, 1, 4, 5], 0] = True
    d = P.agreement(first, second, ["x"])["per_frame"]["x"]
    # nominal alpha = 1 - (n-1) * D_o / D_e with n = 20 values (8 ones, 12 zeros); o_01 = o_10 = 4
    expected = 1 - (20 - 1) * 8 / (2 * 8 * 12)
    assert d["alpha"] == pytest.approx(expected)
    assert d["raw"] == pytest.approx(0.6) and d["both"] == 2 and (d["n_first"], d["n_second"]) == (4, 4)
    opposite = P.agreement(first, ~first, ["x"])["per_frame"]["x"]
    assert opposite["alpha"] < 0 and opposite["raw"] == 0.0


def test_unused_frame_has_no_alpha_and_pooled_counts_all_decisions():
    first = np.array([[1, 0], [0, 0], [1, 0]], bool)
    second = np.array([[1, 0], [1, 0], [1, 0]], bool)
    got = P.agreement(first, second, ["x", "never"])
    assert got["per_frame"]["never"]["alpha"] is None and "variation" in got["per_frame"]["never"]["note"]
    assert got["pooled"]["raw"] == pytest.approx(5 / 6) and got["pooled"]["n_first"] == 2
    assert got["exact_sets"] == pytest.approx(2 / 3)


def test_shape_mismatch_is_refused():
    with pytest.raises(ValueError, match="sentence_id"):
        P.agreement(np.zeros((3, 2), bool), np.zeros((4, 2), bool), ["x", "y"])
    with pytest.raises(ValueError, match="3 labels"):
        P.agreement(np.zeros((3, 2), bool), np.zeros((3, 2), bool), ["x", "y", "z"])


def test_fast_alpha_matches_the_package_and_intervals_cover_the_point():
    rng = np.random.default_rng(5)
    first = rng.random((40, 3)) < 0.3
    second = first ^ (rng.random((40, 3)) < 0.15)
    got = P.agreement(first, second, ["a", "b", "c"], n_boot=200)
    for j, lab in enumerate("abc"):
        d = got["per_frame"][lab]
        assert P._alpha_two(first[:, j], second[:, j]) == pytest.approx(d["alpha"])
        lo, hi = d["alpha_ci95"]
        assert lo <= d["alpha"] <= hi and lo < hi
    assert P._alpha_two(first.ravel(), second.ravel()) == pytest.approx(got["pooled"]["alpha"])
    assert got["pooled"]["raw_ci95"][0] <= got["pooled"]["raw"] <= got["pooled"]["raw_ci95"][1]
    again = P.agreement(first, second, ["a", "b", "c"], n_boot=200)
    assert again["pooled"]["alpha_ci95"] == got["pooled"]["alpha_ci95"]  # seeded


def test_no_bootstrap_gives_no_intervals():
    a = np.array([[1, 0], [0, 1], [1, 0]], bool)
    got = P.agreement(a, ~a, ["x", "y"], n_boot=0)
    assert got["pooled"]["alpha_ci95"] is None and got["pooled"]["raw_ci95"] is None
    assert got["pooled"]["raw"] == 0.0 and got["exact_sets"] == 0.0
