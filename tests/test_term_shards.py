"""Term shards without a cluster: the per-partition files and the per-shard sums are exact, whatever the shards."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from helpers.notebook import term_shards as TS


def _parts():
    # "budget" is used 3 times in all, but never 3 times in one part: only a sum over parts keeps it (min_count 3)
    a = pd.DataFrame({"doc_id": ["a1", "a2"], "text": ["budget vote senate", "budget senate senate"]})
    b = pd.DataFrame({"doc_id": ["b1", "b2"], "text": ["budget hearing", "hearing senate copy"]})
    return a, b


@pytest.mark.parametrize("shards", [1, 2, 5])
def test_shard_sums_equal_the_sums_over_every_part(tmp_path, shards):
    keys = {"a1": 0, "a2": 1, "b1": 0}  # b2 is a duplicate: counted for document frequency only
    for part in _parts():
        TS.part_terms(part, keys, str(tmp_path), shards)
    kept = pd.concat([TS.reduce_shard(str(tmp_path), s, 3) for s in range(shards)]).sort_values(["term", "key"])
    got = {(t, k): c for t, k, c in kept.itertuples(index=False)}
    assert got == {("budget", 0): 2, ("budget", 1): 1, ("senate", 0): 1, ("senate", 1): 2}  # hearing: 1 < 3
    df = TS.ShardDf(tmp_path, shards)
    np.testing.assert_array_equal(df(["senate", "hearing", "copy", "budget", "vote"]), [3, 2, 1, 3, 1])
    with pytest.raises(KeyError, match="no document frequency"):
        df(["absent"])


def test_signatures_come_from_the_same_read(tmp_path):
    from helpers.measures import minhash as MH

    a, _ = _parts()
    out = TS.part_terms(a, {"a1": 0}, str(tmp_path), 2, shingle_size=2)
    assert list(out["sig_ids"]) == ["a1", "a2"] and out["sigs"].dtype == np.uint32
    np.testing.assert_array_equal(out["sigs"], MH.signatures(a["text"].tolist(), 2))
    assert "sigs" not in TS.part_terms(a, {}, str(tmp_path / "x"), 2)


def test_shard_of_is_stable_and_n_shards_is_bounded():
    s = TS.shard_of(["senate", "budget", "senate"], 7)
    assert s[0] == s[2] and ((0 <= s) & (s < 7)).all()
    np.testing.assert_array_equal(TS.shard_of(["senate"], 7), [s[0]])
    assert TS.n_shards(0) == 1 and TS.n_shards(3) == 1 and TS.n_shards(9) == 3
    assert TS.n_shards(10_000) == TS.MAX_SHARDS
    with pytest.raises(ValueError, match="at least 1"):
        TS.shard_of(["x"], 0)


def test_a_part_without_words_writes_nothing_to_sum(tmp_path):
    empty = pd.DataFrame({"doc_id": ["e"], "text": ["the of and"]})  # stop words only
    assert TS.part_terms(empty, {"e": 0}, str(tmp_path), 2)["rows"] == 0
    assert TS.reduce_shard(str(tmp_path), 0, 1).empty
