"""Fightin' Words log-odds on hand-made counts and texts."""
import numpy as np
import pytest
import scipy.sparse as sp

from helpers.measures.vocabulary import (
    contraction_fragments,
    count_matrix,
    fightin_words,
    group_counts,
    log_odds_dirichlet,
    top_terms,
)


def test_log_odds_matches_the_formula():
    yi, yj, a = np.array([10, 0, 5]), np.array([2, 8, 5]), np.array([1.0, 1.0, 2.0])
    delta, se, z = log_odds_dirichlet(yi, yj, a)
    a0, ni, nj = 4.0, 15, 15
    d0 = np.log((10 + 1) / (ni + a0 - 10 - 1)) - np.log((2 + 1) / (nj + a0 - 2 - 1))
    assert delta[0] == pytest.approx(d0)
    assert se[0] == pytest.approx(np.sqrt(1 / 11 + 1 / 3))
    assert z[0] == pytest.approx(d0 / np.sqrt(1 / 11 + 1 / 3))
    assert z[0] > 0 > z[1]  # word 0 typical of i, word 1 of j
    # swapping the corpora flips the sign
    d2, _, z2 = log_odds_dirichlet(yj, yi, a)
    assert np.allclose(d2, -delta) and np.allclose(z2, -z)


def test_log_odds_errors():
    with pytest.raises(ValueError, match="same shape"):
        log_odds_dirichlet([1, 2], [1], [1, 1])
    with pytest.raises(ValueError, match="prior counts"):
        log_odds_dirichlet([1, 2], [1, 2], [0, 1])


def test_count_matrix_uses_total_count_not_document_frequency():
    texts = ["militants militants militants attacked", "the talks", "talks resumed"]
    X, vocab = count_matrix(texts, min_count=2)
    # "militants" is in one document only but used three times: kept
    assert list(vocab) == ["militants", "talks"]
    assert X.toarray().tolist() == [[3, 0], [0, 1], [0, 1]]
    with pytest.raises(ValueError, match="min_count"):
        count_matrix(texts, min_count=0)
    with pytest.raises(ValueError, match="lower min_count"):
        count_matrix(texts, min_count=50)


def test_tokens_keep_hyphenated_names_and_drop_possessives():
    X, vocab = count_matrix(["Pakistan\u2019s Tehreek-e-Taliban Pakistan 2021"], stop_words=None, min_count=1)
    assert list(vocab) == ["pakistan", "tehreek-e-taliban"]
    assert X.toarray().tolist() == [[2, 1]]


def test_group_counts_sums_documents():
    X = sp.csr_matrix(np.array([[1, 0], [2, 1], [0, 5]]))
    counts, labels = group_counts(X, ["b", "a", "b"])
    assert list(labels) == ["a", "b"]
    assert counts.tolist() == [[2, 1], [1, 5]]
    with pytest.raises(ValueError, match="labels for 3 documents"):
        group_counts(X, ["a"])


def test_fightin_words_finds_the_distinctive_word():
    texts = ["terrorists terrorists terrorists attacked the border", "militants attacked the border post",
             "militants crossed the border", "militants fled the border"]
    X, vocab = count_matrix(texts, min_count=1)
    fw = fightin_words(X, vocab, ["A", "B", "B", "B"])
    top_a = top_terms(fw, n=1).set_index("group")
    assert top_a.loc["A", "term"] == "terrorists" and top_a.loc["A", "z"] > 0
    assert top_a.loc["B", "term"] == "militants"
    row = fw[(fw.group == "A") & (fw.term == "border")].iloc[0]
    assert abs(row["z"]) < 0.5  # shared equally: not distinctive
    assert set(fw.columns) >= {"group", "term", "count", "count_rest", "z", "per_1000"}


def test_fightin_words_errors():
    X = sp.csr_matrix(np.ones((2, 2), dtype=int))
    with pytest.raises(ValueError, match="two groups"):
        fightin_words(X, ["a", "b"], ["A", "A"])
    with pytest.raises(ValueError, match="prior_scale"):
        fightin_words(X, ["a", "b"], ["A", "B"], prior_scale=0)
    with pytest.raises(ValueError, match="not groups"):
        fightin_words(X, ["a", "b"], ["A", "B"], targets=["C"])
    with pytest.raises(ValueError, match="vocab has"):
        fightin_words(X, ["a"], ["A", "B"])


def test_parallel_counting_gives_the_same_matrix():
    texts = [f"talks {w} border militants attacked {w}" for w in ("alpha", "beta", "gamma", "delta", "kabul", "lahore")]
    X1, v1 = count_matrix(texts, min_count=1, n_jobs=1)
    X2, v2 = count_matrix(texts, min_count=1, n_jobs=2)
    assert list(v1) == list(v2)
    assert (X1 != X2).nnz == 0
    with pytest.raises(ValueError, match="n_jobs"):
        count_matrix(texts, n_jobs=0)


def test_contraction_fragments_are_counted_but_never_distinctive_terms():
    # invented text: one group writes contractions ("we'll", "they've"), the other does not (issue 12bd-f)
    texts = ["We’ll open the pools tomorrow and we’ll see, they’ve said, we’ll wait for the crowds",
             "We will open the pools tomorrow and we will see", "They have said the pools will open", "Pools open"]
    X, vocab = count_matrix(texts, min_count=1)
    assert "ll" in set(vocab)  # still counted: the tokeniser's split stays visible in the counts
    fw = fightin_words(X, vocab, ["A", "B", "B", "B"])
    assert not set(fw["term"]) & {"ll", "ve"}
    assert "pools" in set(fw["term"])
    assert "ll" in contraction_fragments() and "don" in contraction_fragments() and "will" not in contraction_fragments()
