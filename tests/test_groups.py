import numpy as np
import pandas as pd
import pytest

from helpers.corpus.groups import OTHER, UNKNOWN, group_labels, sample_articles


def test_group_labels_pool_rare_and_order_by_size():
    v = pd.Series(["A", "A", "A", "B", "B", "C", "", "D"])
    labels, order = group_labels(v, top_n=2)
    assert order == ["A", "B", OTHER, UNKNOWN]  # no value is no group of its own, never pooled (dogfood 12bf-d)
    assert labels.tolist() == ["A", "A", "A", "B", "B", OTHER, UNKNOWN, OTHER]
    labels, order = group_labels(v, top_n=10)
    assert UNKNOWN in order and order[:2] == ["A", "B"]
    with pytest.raises(ValueError, match="top_n"):
        group_labels(v, 0)


def test_sample_articles_water_fills_and_is_reproducible():
    groups = pd.Series(["big"] * 100 + ["mid"] * 30 + ["small"] * 5)
    keep = sample_articles(groups, 45, seed=0)
    counts = groups[keep].value_counts().to_dict()
    assert counts == {"small": 5, "mid": 20, "big": 20}
    assert np.array_equal(keep, sample_articles(groups, 45, seed=0))
    assert not np.array_equal(keep, sample_articles(groups, 45, seed=1))
    assert sample_articles(groups, 500).all()
    with pytest.raises(ValueError, match="max_articles"):
        sample_articles(groups, 0)


def test_ties_in_articles_are_broken_by_words_then_name():
    # issue 12bd-f: sixty one-article sites; the longest articles' sites are kept by name, not the first in the alphabet
    from helpers.corpus.groups import top_groups

    v = pd.Series(["Alpha", "Beta", "Gamma", "Delta"])
    words = pd.Series([20, 900, 500, 500])
    got = top_groups(v, 2, weights=words)
    assert list(got) == ["(other)", "Beta", "(other)", "Delta"]  # Delta and Gamma tie at 500 words: by name
    assert list(top_groups(v, 2)) == ["Alpha", "Beta", "(other)", "(other)"]  # no weights: by name, as before
    labels, order = group_labels(v, 3, weights=words)
    assert order == ["Beta", "Delta", "Gamma", "(other)"] and labels[0] == "(other)"
