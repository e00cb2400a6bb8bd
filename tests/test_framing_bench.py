"""The frames-dev benchmark scripts' small functions: repeated CV of a threshold rule, and the cue families."""
import sys
from pathlib import Path

import numpy as np
import pytest

from helpers import framing as F
from helpers.framing.articles import fit_min_cues

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import bench_framing as B  # noqa: E402
import bench_framing_rules as R  # noqa: E402


def test_f1_counts():
    y = np.array([True, True, False, False])
    assert B.f1(y, np.array([True, False, True, False])) == pytest.approx(0.5)
    assert B.f1(y, y) == 1.0
    assert B.f1(y, ~y) == 0.0


def test_repeated_cv_separable_and_noise():
    rng = np.random.default_rng(3)
    y = np.array([True] * 20 + [False] * 40)
    clean = np.where(y, 6, 1)
    got = B.repeated_cv_f1(clean, y, fit_min_cues, repeats=3, folds=5)
    assert got.shape == (3,) and np.allclose(got, 1.0)
    noise = rng.integers(1, 10, size=len(y))
    bad = B.repeated_cv_f1(noise, y, fit_min_cues, repeats=3, folds=5)
    assert bad.mean() < 0.7
    again = B.repeated_cv_f1(noise, y, fit_min_cues, repeats=3, folds=5)
    assert np.array_equal(bad, again)  # fixed fold seeds


def test_thresholds_fit_on_training_folds_only():
    """A rule whose fit sees the test fold would score this perfectly; the CV one cannot."""
    y = np.array([True, False] * 15)
    score = np.arange(30)  # unrelated to y
    assert B.repeated_cv_f1(score, y, fit_min_cues, repeats=2, folds=5).max() < 0.9


def test_every_codebook_cue_has_one_family():
    mapping = R._term_families(F.load_codebook("generic_frames"))
    assert mapping[("human_interest", "my")] == "testimony"
    assert mapping[("economic_consequences", "billion")] == "money"
    book = F.load_codebook("generic_frames")
    book["entries"]["conflict"]["terms"] = [*book["entries"]["conflict"]["terms"], "squabble"]
    with pytest.raises(SystemExit, match="squabble"):
        R._term_families(book)
