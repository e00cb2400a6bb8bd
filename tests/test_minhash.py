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


def _datasketch_candidates(sigs: np.ndarray, threshold: float) -> set:
    """The reference: datasketch's own LSH index, queried article by article."""
    from datasketch import LeanMinHash, MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=sigs.shape[1])
    empty = MinHash(num_perm=sigs.shape[1], seed=0, scheme="affine32").hashvalues
    found = set()
    for i, row in enumerate(sigs):
        if (row == empty).all():
            continue
        m = LeanMinHash(seed=0, hashvalues=row, scheme="affine32")
        found |= {(j, i) for j in lsh.query(m)}
        lsh.insert(i, m)
    return found


def _copies(n_stories: int = 12, copies: int = 5, seed: int = 4) -> list[str]:
    rng = np.random.default_rng(seed)
    words = [f"w{k}" for k in range(400)]
    texts = []
    for _ in range(n_stories):
        story = list(rng.choice(words, 60))
        for _ in range(copies):
            t = list(story)
            for p in rng.choice(len(t), rng.integers(0, 12), replace=False):
                t[p] = str(rng.choice(words))
            texts.append(" ".join(t))
    return texts + ["two words"]


def test_banded_candidates_are_datasketch_lsh_candidates():
    from helpers.measures.minhash import compact, estimates

    sigs = signatures(_copies(), n=3)
    for threshold in (0.3, 0.5, 0.8):
        ref = _datasketch_candidates(sigs, threshold)
        got = candidate_pairs(compact(sigs), threshold)
        assert len(ref) > 3 and set(map(tuple, got.tolist())) == ref, threshold
        assert (got[:, 0] < got[:, 1]).all() and (np.diff(got[:, 0] * len(sigs) + got[:, 1]) > 0).all()
    cand = candidate_pairs(sigs)
    est = estimates(sigs, cand[:, 0], cand[:, 1])
    assert 0 < (est >= 0.5).sum() < len(cand)  # the filter below removes some candidates and keeps some
    filtered = candidate_pairs(sigs, min_estimate=0.5)
    np.testing.assert_array_equal(filtered, cand[est >= 0.5])
    assert compact(sigs).dtype == np.uint32 and (compact(sigs) == sigs).all()
    assert len(candidate_pairs(sigs[:1])) == 0


def test_clusters_of_rows_are_the_connected_components():
    from helpers.measures.minhash import clusters_of_rows

    ids = np.array(["d", "a", "c", "b", "e", "f"], dtype=object)
    groups = np.array(["X", "Y", "X", "", "Y", "Z"], dtype=object)
    i, j = np.array([0, 2, 4]), np.array([1, 3, 5])  # d-a, c-b, e-f; then join a-c
    est = np.array([0.9, 0.7, 0.6])
    out = clusters_of_rows(np.r_[i, 1], np.r_[j, 2], np.r_[est, 0.55], ids, groups)
    assert out["size"].tolist() == [4, 2] and out["n_pairs"].tolist() == [3, 1]
    assert out["doc_ids"].tolist() == ["a b c d", "e f"] and out["min_jaccard"].tolist() == [0.55, 0.6]
    assert out.loc[0, "groups"] == "X: 2; (unknown): 1; Y: 1" and out.loc[1, "n_groups"] == 2
    pairs = pd.DataFrame({"doc_a": ["a", "b", "e", "a"], "doc_b": ["d", "c", "f", "c"], "jaccard": [0.9, 0.7, 0.6, 0.55]})
    by_id = clusters(pairs, dict(zip(ids, groups)))
    pd.testing.assert_frame_equal(by_id, out)
    with pytest.raises(ValueError, match="differ in length"):
        clusters_of_rows(i, j[:2], est, ids, groups)
    assert clusters_of_rows(i[:0], j[:0], est[:0], ids, groups).empty


def test_signatures_equal_datasketch_minhash_of_each_shingle():
    from datasketch import MinHash

    texts = [BASE, "Ünïcode “quotes” — İstanbul ŞEHİR and a ferry at nine", "too short", ""]
    sigs = signatures(texts, n=3, num_perm=64, seed=7)
    for text, row in zip(texts, sigs):
        m = MinHash(num_perm=64, seed=7, scheme="affine32")
        for s in sorted(shingle_set(text, 3)):
            m.update(s.encode("utf-8"))
        assert np.array_equal(row, m.hashvalues)
    assert not np.array_equal(sigs[0], sigs[1])  # different texts, different signatures
    with pytest.raises(ValueError, match="shingle size"):
        shingle_set(BASE, 0)
    with pytest.raises(TypeError, match="str"):
        shingle_set(None)
