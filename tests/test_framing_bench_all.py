"""The small functions of benchmarks/bench_framing_all.py (issue 14z2), on invented scores and terms."""

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import bench_framing_all as A  # noqa: E402

from helpers.framing.articles import fit_min_cues  # noqa: E402


def test_smoothed_threshold_prefers_prevalence_within_noise():
    # maximal F1 at 2 and 3 (0.77), 0.70 at 4; 10 of 40 articles are positive and the prevalence-matched
    # threshold (the smallest that tags at most 10 articles) is 4, within the bootstrap noise of the best
    y = np.array([True] * 10 + [False] * 30)
    score = np.concatenate([[3, 3, 3, 4, 4, 5, 5, 6, 6, 7], [1] * 24, [3] * 3, [4] * 2, [5]])
    assert fit_min_cues(score, y) == 2
    assert A.fit_smoothed(score, y) == 4
    assert A.fit_smoothed(score, y, n_boot=100, seed=0) == A.fit_smoothed(score, y)  # fixed seed
    # a clear best far from the noise band stays the best
    clean = np.concatenate([[6] * 10, [1] * 30])
    assert A.fit_smoothed(clean, y) == fit_min_cues(clean, y) == 2


def test_fit_observed_real_valued_scores():
    y = np.array([True, True, False, False, False])
    s = np.array([2.5, 3.1, 0.4, 1.2, 0.0])
    assert A.fit_observed(s, y) == pytest.approx(2.5)
    assert A.fit_observed(np.zeros(3), np.array([True, False, False])) == float("inf")


def test_log_odds_z_sign_and_prior():
    pos = np.array([8, 1, 5])
    neg = np.array([1, 8, 5])
    z = A.log_odds_z(pos, neg, prior=np.array([1.0, 1.0, 1.0]))
    assert z[0] > 1 and z[1] < -1 and abs(z[2]) < 0.5
    weak = A.log_odds_z(pos, neg, prior=np.array([50.0, 50.0, 50.0]))
    assert abs(weak[0]) < abs(z[0])  # a heavier prior shrinks the difference
    assert np.isfinite(A.log_odds_z(np.array([0, 3]), np.array([0, 3]), np.array([0.0, 1.0]))).all()


def test_mine_cues_keeps_separating_general_terms_only():
    rng = np.random.default_rng(0)
    y = np.array([True] * 20 + [False] * 40)
    terms = np.array(["heartbreaking", "village", "said", "tariff"])
    present = np.zeros((60, 4), dtype=bool)
    present[:, 2] = True  # everywhere: no separation
    present[:18, 0] = True  # mostly in positives
    present[:16, 1] = True  # also separates, but fails the generality filter
    present[rng.choice(60, 10, replace=False), 3] = True
    general = np.array([True, False, True, True])
    got = A.mine_cues(present, y, terms, exclude=set(), general=general, top_k=5)
    assert got == ["heartbreaking"]
    assert A.mine_cues(present, y, terms, exclude={"heartbreaking"}, general=general, top_k=5) == []
    # the rate check: a term far more frequent in the training articles than off topic is dropped
    rate = np.array([0.01, 0.3, 0.9, 0.2])
    assert A.mine_cues(present, y, terms, set(), general, top_k=5, offtopic_rate=rate) == []
    rate[0] = 0.25
    assert A.mine_cues(present, y, terms, set(), general, top_k=5, offtopic_rate=rate) == ["heartbreaking"]


def test_decide_follows_the_preregistered_rule():
    def rule(plain, unseen):
        return {"plain": {"paired_diff_to_a": plain}, "unseen-cue": {"paired_diff_to_a": unseen}}

    rules = {
        "fixed shipped thresholds": rule([0.0, 0.01], [0.005, 0.01]),
        "(a) baseline": {},
        "(b) smoothed threshold": rule([0.01, 0.01], [0.02, 0.01]),
        "(c) per 1,000 words": rule([-0.05, 0.01], [-0.03, 0.01]),
        "(d) mined cues": rule([0.0, 0.01], [0.008, 0.01]),
    }
    got = A.decide(rules)
    assert got["winners"] == ["(b) smoothed threshold"] and got["ship"] == "(b) smoothed threshold"
    rules["(b) smoothed threshold"] = rule([0.0, 0.01], [0.005, 0.01])
    assert A.decide(rules)["ship"] == "(a) baseline"
    rules["fixed shipped thresholds"] = rule([0.0, 0.01], [0.03, 0.01])
    got = A.decide(rules)
    assert got["a_loses_to_fixed"] and got["ship"] == "fixed shipped thresholds"
