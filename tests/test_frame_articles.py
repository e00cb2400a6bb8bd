import numpy as np
import pandas as pd
import pytest

from helpers import framing as F
from helpers.frame_articles import (DEFAULT_MIN_CUES, article_cue_counts, article_frame_use, codebook_thresholds,
                                    fit_min_cues)


@pytest.fixture(scope="module")
def generic():
    return F.load_codebooks(["generic_frames"])


def _tag(texts, codebooks):
    units = pd.DataFrame({"doc_id": [d for d, _ in texts], "text": [t for _, t in texts]})
    cues = F.find_cues(units, codebooks)
    return F.tag_frames(units, cues, codebooks, keep=("doc_id",))


def test_distinct_cues_counted_once_per_article(generic):
    frames = _tag([("a", "The cost rose."), ("a", "The cost and the prices rose."), ("b", "Nothing here.")], generic)
    counts = article_cue_counts(frames, ["a", "b", "c"], generic)
    assert counts.loc["a", ("generic_frames", "economic_consequences")] == 2  # cost, prices
    assert counts.loc["b"].sum() == 0 and counts.loc["c"].sum() == 0


def test_rule_applies_threshold(generic):
    frames = _tag([("a", "The cost, the prices and the taxes."), ("b", "The cost.")], generic)
    counts = article_cue_counts(frames, ["a", "b"], generic)
    th = pd.Series(3, index=counts.columns)
    use = article_frame_use(counts, th)
    assert bool(use.loc["a", ("generic_frames", "economic_consequences")])
    assert not bool(use.loc["b", ("generic_frames", "economic_consequences")])
    with pytest.raises(ValueError, match="threshold"):
        article_frame_use(counts, th.iloc[:1])


def test_codebook_thresholds(generic):
    th = codebook_thresholds(generic)
    assert (th >= 1).all() and len(th) == 5
    bad = {"x": {"entries": {"f": {"label": "F", "article_min_cues": 0, "terms": ["a"]}}}}
    with pytest.raises(ValueError, match="positive integer"):
        codebook_thresholds(bad)
    none = {"x": {"entries": {"f": {"label": "F", "terms": ["a"]}}}}
    assert codebook_thresholds(none).iloc[0] == DEFAULT_MIN_CUES


def test_fit_min_cues_picks_separating_threshold():
    counts = np.array([0, 1, 2, 5, 6, 7])
    gold = np.array([0, 0, 0, 1, 1, 1], dtype=bool)
    assert fit_min_cues(counts, gold) in (3, 4, 5)
    assert fit_min_cues(counts, gold) == 3  # ties go to the smaller threshold
    with pytest.raises(ValueError):
        fit_min_cues(counts, gold[:2])


def test_missing_doc_col(generic):
    frames = _tag([("a", "cost")], generic).drop(columns="doc_id")
    with pytest.raises(ValueError, match="doc_id"):
        article_cue_counts(frames, ["a"], generic)
