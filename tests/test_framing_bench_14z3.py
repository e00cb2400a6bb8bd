"""The small functions of benchmarks/bench_framing_14z3.py (issue 14z3), on invented cue matrices and scores."""

import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import bench_framing_14z3 as Z  # noqa: E402


def _table():
    return pd.DataFrame(
        {
            "doc_id": ["a", "a", "b", "c", "c", "a"],
            "family": ["generic_frames"] * 5 + ["other"],
            "frame": ["morality", "human_interest", "morality", "morality", "conflict", "morality"],
            "cue": ["shame", "family", "shame", "sin", "fight", "shame"],
            "n": [2, 1, 1, 1, 1, 5],
        }
    )


def test_cue_matrix_rows_add_up_to_the_article_score():
    x = Z.cue_matrix(_table(), ["a", "b", "c", "d"], ["human_interest", "morality"])
    assert x.shape == (4, 3)  # (human_interest, family), (morality, shame), (morality, sin); other family left out
    assert Z.score(x).tolist() == [3, 1, 1, 0]


def test_attested_counts_articles_among_the_given_rows():
    x = np.array([[2, 1, 0], [1, 0, 0], [0, 0, 1], [1, 0, 0]], dtype=float)
    assert Z.attested(x, np.arange(4), 2).tolist() == [True, False, False]
    assert Z.attested(x, np.array([0, 2]), 1).tolist() == [True, True, True]
    assert Z.score(x, Z.attested(x, np.arange(4), 2)).tolist() == [2, 1, 0, 1]


def test_fit_attested_ignores_self_attested_cues():
    # positives 0-3: a shared cue (col 0) twice and a rare cue of their own (cols 1-4) twice, score 4; negatives:
    # the shared cue once, two of them also a cue both have (col 5) twice, scores 1, 1, 3, 3
    x = np.zeros((8, 6))
    x[:4, 0] = 2
    x[4:, 0] = 1
    x[np.arange(4), 1 + np.arange(4)] = 2
    x[6:, 5] = 2
    y = np.array([True] * 4 + [False] * 4)
    rows = np.arange(8)
    assert Z.fit_attested(x, y, rows, 1) == 4  # the rare cues raise the fit threshold
    assert Z.fit_attested(x, y, rows, 2) == 2  # shared cues only: a new positive, whose rare cue is unknown, is found


def test_choose_min_attested_prefers_two_on_ties_and_is_deterministic():
    x = np.zeros((20, 1))
    x[:10, 0] = 3
    y = np.array([True] * 10 + [False] * 10)
    rows = np.arange(20)
    assert Z.choose_min_attested(x, y, rows, seed=0) == 2  # every m gives the same F1
    assert Z.choose_min_attested(x, y, rows, seed=0, choices=(1, 3)) == 1


def test_choose_min_attested_picks_the_condition_that_generalises():
    # positives: a shared cue twice and a rare cue of their own (found in one article) three times, score 5;
    # negatives: the shared cue once, half of them also a common cue twice (scores 1 and 3). Fit with every cue
    # (m=1), the threshold (4) needs the rare cue, which a held-out positive's rare cue never matches; fit on
    # attested cues (m=2) it is 2, and held-out positives (score 2) are found
    n = 30
    x = np.zeros((2 * n, 2 + n))
    y = np.array([True] * n + [False] * n)
    x[:n, 0] = 2
    x[n:, 0] = 1
    x[np.arange(n), 2 + np.arange(n)] = 3
    x[n::2, 1] = 2
    rows = np.arange(2 * n)
    assert (Z.fit_attested(x, y, rows, 1), Z.fit_attested(x, y, rows, 2)) == (4, 2)
    assert Z.choose_min_attested(x, y, rows, seed=0, choices=(1, 2)) == 2
    assert Z.choose_min_attested(x, y, rows, seed=0, choices=(1, 3)) == 3


def test_fit_bagged_median_rounded_down_and_seeded():
    y = np.array([True] * 10 + [False] * 30)
    s = np.concatenate([[3, 3, 3, 4, 4, 5, 5, 6, 6, 7], [1] * 24, [3] * 3, [4] * 2, [5]])
    got = Z.fit_bagged(s, y, n_boot=50, seed=0)
    assert got == Z.fit_bagged(s, y, n_boot=50, seed=0) and got in (2, 3, 4)
    clean = np.concatenate([[6] * 10, [1] * 30])
    assert Z.fit_bagged(clean, y) == 2


def test_decide_follows_the_preregistered_rule():
    def rule(plain_a, unseen, a, fixed):
        return {
            "plain": {"paired_diff_to_a": plain_a},
            "unseen-cue": {"macro_F1": [unseen, 0.01], "paired_diff_to_a": a, "paired_diff_to_fixed": fixed},
        }

    rules = {
        Z.CANDIDATES[0]: rule([0.0, 0.01], 0.648, [0.04, 0.013], [0.013, 0.008]),
        Z.CANDIDATES[1]: rule([0.0, 0.01], 0.644, [0.035, 0.014], [0.008, 0.009]),
        Z.CANDIDATES[2]: rule([0.0, 0.01], 0.646, [0.037, 0.014], [0.011, 0.007]),
    }
    got = Z.decide(rules)
    assert got["best_candidate"] == got["ship"] == Z.CANDIDATES[0]
    rules[Z.CANDIDATES[0]]["plain"]["paired_diff_to_a"] = [-0.011, 0.01]  # loses more than 0.01 plain
    assert Z.decide(rules)["ship"] is None
    rules[Z.CANDIDATES[0]] = rule([0.0, 0.01], 0.648, [0.04, 0.013], [-0.02, 0.01])  # loses to the fixed ones
    assert Z.decide(rules)["ship"] is None
    rules[Z.CANDIDATES[0]] = rule([0.0, 0.01], 0.648, [0.01, 0.013], [0.0, 0.01])  # within noise of (a)
    assert Z.decide(rules)["ship"] is None
