"""Shingles, longest shared passage, candidate pairs and the reuse table."""
import numpy as np
import pandas as pd
import pytest

from helpers.measures.reuse import (
    OVERLAP_FIELDS,
    REUSE_COLUMNS,
    candidate_pairs,
    group_matrix,
    longest_shared_passage,
    pair_overlap,
    pair_overlaps,
    reuse_frame,
    reuse_table,
    shingles,
    tfidf,
    tokenize,
)
from helpers.measures.vocabulary import count_matrix

A = ("Pakistan has presented irrefutable evidence to the Afghan Taliban about the presence of hideouts, "
     "the newspaper reported on Monday.")
B = ("On Tuesday a minister said Pakistan has presented irrefutable evidence to the Afghan Taliban about "
     "hideouts near the border.")


def test_tokenize_keeps_hyphenated_names_and_spans():
    words, spans = tokenize("The \u201cTehreek-e-Taliban\u201d met.")
    assert words == ["the", "tehreek-e-taliban", "met"]
    assert [("The \u201cTehreek-e-Taliban\u201d met.")[s:e] for s, e in spans] == ["The", "Tehreek-e-Taliban", "met"]


def test_shingles():
    assert shingles(["a", "b", "c"], 2) == {("a", "b"), ("b", "c")}
    assert shingles(["a"], 2) == set()
    with pytest.raises(ValueError, match="shingle size"):
        shingles(["a"], 0)


def test_longest_shared_passage_is_exact():
    a, _ = tokenize(A)
    b, _ = tokenize(B)
    length, ia, ib = longest_shared_passage(a, b, 3)
    assert a[ia: ia + length] == b[ib: ib + length]
    assert " ".join(a[ia: ia + length]) == "pakistan has presented irrefutable evidence to the afghan taliban about"
    assert longest_shared_passage(["x", "y"], ["y", "x"], 2) == (0, -1, -1)


def test_pair_overlap_identical_disjoint_and_passage_as_written():
    same = pair_overlap(A, A, 5)
    assert same["jaccard"] == 1 and same["containment"] == 1
    assert same["longest_passage"] == A.rstrip(".")
    none = pair_overlap(A, "Completely different words about cricket and the weather in Lahore today.", 5)
    assert none["shared_shingles"] == 0 and none["longest_words"] == 0 and none["longest_passage"] == ""
    part = pair_overlap(A, B, 5)
    assert part["longest_passage"].startswith("Pakistan has presented") and part["longest_words"] == 10
    assert 0 < part["jaccard"] < part["containment"] < 1


def _docs(texts, groups):
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": texts, "outlet": groups})


def test_reuse_table_all_pairs_on_small_corpora():
    docs = _docs([A, B, "Cricket scores from Lahore and Karachi were announced on Sunday evening."], ["X", "Y", "Z"])
    t, info = reuse_table(docs, "outlet", n=5)
    assert info["method"] == "all pairs" and info["n_reported"] == 3
    top = t.iloc[0]
    assert (top.doc_a, top.doc_b) == ("d0", "d1") and top.longest_words == 10 and not top.same_group
    m = group_matrix(t, ["X", "Y", "Z"])
    assert m.loc["X", "Y"] == m.loc["Y", "X"] == pytest.approx(top.cosine)
    assert np.isnan(m.loc["X", "X"])
    with pytest.raises(ValueError, match="lacks column"):
        reuse_table(docs.drop(columns="outlet"), "outlet")
    with pytest.raises(ValueError, match="agg"):
        group_matrix(t, ["X"], agg="median")


def test_blocking_finds_near_duplicates_among_many_documents():
    rng = np.random.default_rng(0)
    letters = list("abcdefghijklmnopqrstuvwxyz")
    vocab = sorted({"".join(rng.choice(letters, 6)) for _ in range(3000)})
    texts = [" ".join(rng.choice(vocab, 60)) for _ in range(40)]
    texts[7] = texts[3] + " extra closing words"  # a near-duplicate pair
    X, _ = count_matrix(texts, stop_words=None, min_count=1)
    i, j, method = candidate_pairs(tfidf(X), all_pairs_max=10, rare_max_df=5, k=2)
    assert "rare words" in method
    assert (3, 7) in set(zip(i.tolist(), j.tolist()))
    assert len(i) < 40 * 39 // 2
    t, info = reuse_table(_docs(texts, ["g"] * 40), "outlet", X=X, all_pairs_max=10, rare_max_df=5, k=2,
                          max_pairs=5)
    assert info["n_reported"] == 5 and (t.iloc[0].doc_a, t.iloc[0].doc_b) == ("d3", "d7")
    assert t.iloc[0].containment == 1.0


def test_tfidf_with_given_idf_uses_it_and_matches_the_fitted_one():
    import scipy.sparse as sp

    X = sp.csr_matrix(np.array([[1, 2, 0], [0, 1, 3], [4, 0, 0]]))
    fitted = tfidf(X).toarray()
    n, df = X.shape[0], np.asarray((X > 0).sum(axis=0)).ravel()
    np.testing.assert_array_equal(tfidf(X, np.log((1 + n) / (1 + df)) + 1).toarray(), fitted)
    other = tfidf(X, np.array([1.0, 1.0, 5.0])).toarray()  # a corpus-wide idf changes the weights
    assert not np.allclose(other, fitted)
    np.testing.assert_allclose(np.linalg.norm(other, axis=1), 1, rtol=1e-6)


def test_pair_overlaps_is_pair_overlap_of_each_pair_by_position():
    texts = ["the cat sat on the warm mat today", "a cat sat on the warm mat again", "nothing in common here at all"]
    got = pair_overlaps([(0, 1), (1, 2), (0, 1)], texts, 3)
    for (a, b), ov in zip([(0, 1), (1, 2), (0, 1)], got):
        ref = pair_overlap(texts[a], texts[b], 3)
        assert ov == {k: ref[k] for k in OVERLAP_FIELDS}
    assert got[0]["longest_words"] > 0 and got[1]["shared_shingles"] == 0
    with pytest.raises(IndexError):
        pair_overlaps([(0, 5)], texts, 3)


def test_reuse_frame_orders_longest_passage_then_cosine_then_ids():
    row = dict.fromkeys(REUSE_COLUMNS, 0)
    rows = [{**row, "doc_a": "b", "doc_b": "c", "longest_words": 5, "cosine": 0.5},
            {**row, "doc_a": "a", "doc_b": "c", "longest_words": 5, "cosine": 0.5},
            {**row, "doc_a": "z", "doc_b": "y", "longest_words": 9, "cosine": 0.1},
            {**row, "doc_a": "x", "doc_b": "y", "longest_words": 5, "cosine": 0.9}]
    t = reuse_frame(rows)
    assert list(t.columns) == REUSE_COLUMNS
    assert list(zip(t["doc_a"], t["doc_b"])) == [("z", "y"), ("x", "y"), ("a", "c"), ("b", "c")]


def test_the_group_matrices_count_every_compared_pair_not_only_the_listed_ones():
    # review s77: cells of groups whose pairs were all compared were hatched "not compared", the matrix being built
    # from the 500 listed pairs only
    from helpers.measures.reuse import compared_matrices, group_matrix

    texts = [f"the harbour council met on day {i} to discuss the wall and the ferry and the tide number {i}"
             for i in range(6)]
    docs = _docs(texts, ["A", "A", "B", "B", "C", "C"])
    t, info = reuse_table(docs, "outlet", n=5, max_pairs=1)
    assert len(t) == 1 and info["n_candidates"] == 15
    best, n = compared_matrices(info["group_pairs"], ["A", "B", "C"])
    assert int(n.to_numpy()[np.triu_indices(3)].sum()) == 15 and not n.isna().any().any()
    assert (best.to_numpy() > 0).all() and (best == best.T).all().all()
    listed = group_matrix(t, ["A", "B", "C"], "cosine", "count")
    assert listed.isna().sum().sum() > 0  # from the one listed pair alone, most cells look "not compared"
