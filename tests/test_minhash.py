"""MinHash LSH near-duplicates (helpers.measures.minhash): clusters, exact check, recall against all pairs."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from helpers.measures.minhash import (
    candidate_pairs,
    clusters,
    exact_pairs,
    near_duplicate_pairs,
    pair_recall,
    shingle_set,
    signatures,
)

BASE = ("The harbour council met on Tuesday and voted to extend the night ferry service to the islands "
        "after residents said the last boat left too early for shift workers to get home safely. ")


def _texts():
    story = BASE * 2
    other = ("A new library opened in the old market hall with a reading room for children and a cafe run by "
             "volunteers from the neighbourhood association, which raised the money over three years. ")
    edited = story.replace("Tuesday", "Wednesday").replace("safely", "in time")
    return ["a1", "a2", "a3", "b1", "c1"], [story, story, edited, other * 2, "Too short."]


def test_shingles_fold_case_and_quotes():
    assert shingle_set("The “Big” Ferry left at nine", 3) == shingle_set('the "big" ferry LEFT at nine', 3)
    assert shingle_set("two words", 5) == set()


def test_copies_form_one_cluster_not_all_pairs():
    ids, texts = _texts()
    pairs = near_duplicate_pairs(texts, ids, n=3)
    assert set(zip(pairs["doc_a"], pairs["doc_b"])) == {("a1", "a2"), ("a1", "a3"), ("a2", "a3")}
    assert pairs["jaccard"].iloc[0] == 1.0 and (pairs["jaccard"] >= 0.5).all()
    cl = clusters(pairs, {"a1": "X", "a2": "Y", "a3": "X"})
    assert cl.to_dict("records")[0] | {} == {"cluster": 1, "size": 3, "n_pairs": 3, "min_jaccard": pairs["jaccard"].min(),
                                             "n_groups": 2, "groups": "X: 2; Y: 1", "first_doc": "a1",
                                             "doc_ids": "a1 a2 a3"}


def test_unrelated_and_short_texts_are_never_paired():
    ids, texts = _texts()
    sigs = signatures(texts, n=3)
    assert sigs.shape == (5, 128) and sigs.dtype == np.uint64
    cand = candidate_pairs(sigs)
    assert not any(4 in p for p in cand.tolist())  # no shingle: never a candidate
    assert (3, 0) not in {tuple(p) for p in cand.tolist()}


def test_lsh_matches_all_pairs_on_a_small_set():
    ids, texts = _texts()
    ref = exact_pairs(texts, ids, n=3)
    got = near_duplicate_pairs(texts, ids, n=3)
    pd.testing.assert_frame_equal(ref, got)
    assert pair_recall(got, ref) == {"k": 3, "n": 3, "recall": 1.0, "extra": 0}
    empty = ref.iloc[0:0]
    assert np.isnan(pair_recall(got, empty)["recall"])


def test_bad_input():
    with pytest.raises(ValueError, match="texts but"):
        near_duplicate_pairs(["a"], ["x", "y"])
    with pytest.raises(ValueError, match="threshold"):
        candidate_pairs(np.zeros((3, 8), dtype=np.uint64), threshold=1.5)
    assert clusters(pd.DataFrame(columns=["doc_a", "doc_b", "jaccard"])).empty


def test_signatures_on_the_cluster_are_the_same(monkeypatch):
    from helpers.core.engine import close_client, get_client
    from helpers.measures import minhash

    ids, texts = _texts()
    ref = near_duplicate_pairs(texts, ids, n=3)
    monkeypatch.setattr(minhash, "CLUSTER_CHUNK", 2)
    series = pd.Series(texts)
    series.attrs["engine"] = "dask"
    get_client(n_workers=1, processes=False)
    try:
        pd.testing.assert_frame_equal(ref, near_duplicate_pairs(series, ids, n=3))
    finally:
        close_client()
