"""The memory-bounded dask path: metadata table, sample text from the store, measures over every article.

A small JSON Lines corpus (the seeds, their near-copies and an exact copy, four outlets) is loaded in several
partitions on a one-thread local cluster; every result must equal the pandas engine's.
"""
from __future__ import annotations

import json
import random

import numpy as np
import pandas as pd
import pytest

from helpers.core.engine import close_client
from helpers.corpus import dask_corpus
from helpers.corpus.dask_meta import HEAVY_COLUMNS, fetch_rows, is_meta, store_parts
from helpers.measures import minhash as MH
from helpers.measures import vocabulary as V
from helpers.notebook import overview
from helpers.notebook.corpus_wide import OVERLAP_FIELDS, every_term_counts, overlap_chunk, text_reuse
from helpers.notebook.prepare import prepare_corpus
from helpers.notebook.setup import corpus_language, load_from_params
from helpers.text.language import detect_language

pytestmark = pytest.mark.filterwarnings("ignore:.*same body as an earlier one")


def _perturb(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    for _ in range(3):
        words[rng.randrange(len(words))] = rng.choice(["indeed", "also", "reportedly"])
    return " ".join(words)


@pytest.fixture(scope="module")
def corpus_file(tmp_path_factory, seed_corpus):
    rng = random.Random(3)
    rows = []
    for k, (d, raw) in enumerate(zip(seed_corpus["doc_id"], seed_corpus["raw"])):
        rows.append({"id": f"{d}-0", "text": raw, "site": "Outlet A" if k % 2 else "Outlet B", "date": "2024-01-0%d" % (k + 1)})
        for c in (1, 2):
            rows.append({"id": f"{d}-{c}", "text": _perturb(raw, rng), "site": f"Outlet {'CD'[c - 1]}", "date": ""})
    rows.append({"id": "zz-copy", "text": rows[0]["text"], "site": "Outlet D", "date": ""})
    path = tmp_path_factory.mktemp("metacorpus") / "news.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def params(corpus_file, tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("NEWS_CACHE_DIR", str(tmp_path_factory.mktemp("metacache")))
    mp.setenv("NEWS_DASK_PROCESSES", "0")
    mp.setenv("NEWS_DASK_WORKERS", "1")
    mp.setattr(dask_corpus, "BLOCK_BYTES", 20_000)  # several partitions
    base = {"corpus": str(corpus_file), "metadata": None, "columns": {"doc_id": "id", "outlet": "site"},
            "on_bad": "error", "group_by": "outlet", "top_n": 15, "seed": 0, "scheduler": "", "max_articles": 6}
    yield {"pandas": {**base, "engine": "pandas"}, "dask": {**base, "engine": "dask"}}
    mp.undo()
    close_client()


def test_metadata_table_has_every_article_without_text(params):
    ref = load_from_params(params["pandas"])
    meta = load_from_params(params["dask"])
    assert is_meta(meta) and not is_meta(ref)
    assert len(store_parts(meta.attrs["dask_store"])) >= 3
    assert not set(HEAVY_COLUMNS) & set(meta.columns)
    for c in ref.columns:
        if c not in HEAVY_COLUMNS:
            pd.testing.assert_series_equal(meta[c], ref[c], obj=c)
    assert meta.attrs["columns_order"] == list(ref.columns)
    assert (meta["duplicate_of"] != "").sum() == 1  # the exact copy
    assert corpus_language(meta) == detect_language(ref["text"])


def test_fetch_rows_equal_the_pandas_rows_in_the_order_asked(params):
    from helpers.corpus.dask_units import cluster_client

    ref = load_from_params(params["pandas"])
    meta = load_from_params(params["dask"])
    ids = list(ref["doc_id"].iloc[[7, 2, 11]])
    got = fetch_rows(meta, ids, cluster_client(meta.attrs))
    want = ref.set_index("doc_id").loc[ids].reset_index()
    pd.testing.assert_frame_equal(got, want)
    with pytest.raises(KeyError, match="not in this corpus"):
        fetch_rows(meta, ["no-such-id"], cluster_client(meta.attrs))
    text_only = fetch_rows(meta, ids, cluster_client(meta.attrs), heavy=["text"])  # the other store columns unread
    assert "text" in text_only and not (set(HEAVY_COLUMNS) - {"text"}) & set(text_only.columns)
    pd.testing.assert_frame_equal(text_only, want[text_only.columns.tolist()])
    with pytest.raises(ValueError, match="the store holds only"):
        fetch_rows(meta, ids, cluster_client(meta.attrs), heavy=["text", "no_such_column"])


def test_overview_tables_from_the_metadata_equal_the_full_tables(params):
    ref = load_from_params(params["pandas"])
    meta = load_from_params(params["dask"])
    pd.testing.assert_frame_equal(overview.article_table(meta), overview.article_table(ref))
    pd.testing.assert_frame_equal(overview.removal_by_rule(meta), overview.removal_by_rule(ref))
    pd.testing.assert_frame_equal(overview.removal_audit(meta), overview.removal_audit(ref))


@pytest.mark.parametrize("focus", [None, ["ttp"]])
def test_prepared_sample_and_units_are_the_same(params, focus):
    from helpers.text.lexicon import load_lexicon

    f = None if focus is None else (load_lexicon("actors"), focus, 1)
    a = prepare_corpus(params["pandas"], unit="sentence", focus=f)
    b = prepare_corpus(params["dask"], unit="sentence", focus=f)
    assert a.notes == b.notes
    assert list(a.articles["doc_id"]) == list(b.articles["doc_id"])
    assert (a.sampled == b.sampled).all() and 0 < a.sampled.sum() < len(a.sampled)
    pd.testing.assert_frame_equal(a.sample, b.sample)
    pd.testing.assert_frame_equal(a.units, b.units)


def test_vocabulary_from_partition_sums_gives_the_same_fightin_words(params):
    a = prepare_corpus(params["pandas"], keep_every=True)
    b = prepare_corpus(params["dask"], keep_every=True)
    ta, tb = every_term_counts(a, 2), every_term_counts(b, 2)
    assert list(ta.vocab) == list(tb.vocab) and ta.X.sum() == tb.X.sum()
    assert tb.X.shape[0] < ta.X.shape[0]  # one row per (group, outlet), not per article
    fa = V.fightin_words(ta.X, ta.vocab, ta.groups)
    fb = V.fightin_words(tb.X, tb.vocab, tb.groups)
    pd.testing.assert_frame_equal(fa, fb, check_exact=False, rtol=1e-9)


def test_text_reuse_small_corpus_is_the_pandas_table(params):
    a = prepare_corpus(params["pandas"], keep_every=True)
    b = prepare_corpus(params["dask"], keep_every=True)
    ra, ia = text_reuse(a.every, "group", every_term_counts(a, 2), max_pairs=50)
    rb, ib = text_reuse(b.every, "group", every_term_counts(b, 2), max_pairs=50)
    pd.testing.assert_frame_equal(ra, rb, check_exact=False, rtol=1e-6)
    assert ia == ib


def test_text_reuse_large_corpus_lists_minhash_clusters(params):
    a = prepare_corpus(params["pandas"], keep_every=True)
    b = prepare_corpus(params["dask"], keep_every=True)
    ref, _ = text_reuse(a.every, "group", every_term_counts(a, 2), max_pairs=10_000)
    tb = every_term_counts(b, 2, all_pairs_max=4)
    got, info = text_reuse(b.every, "group", tb, all_pairs_max=4, max_pairs=5)
    assert "MinHash" in info["method"] and info["n_reported"] == len(got) == 5
    cl = info["clusters"]
    assert len(cl) == 5 and (cl["size"] >= 3).all()  # each seed with its two near-copies (and the exact copy)
    assert cl["size"].sum() == len(b.every)
    near = ref[ref["jaccard"] >= MH.MIN_JACCARD]
    assert MH.pair_recall(got, near)["extra"] == 0  # every listed pair is a near-duplicate by the exact measure
    both = got.merge(ref, on=["doc_a", "doc_b"], suffixes=("", "_ref"))
    assert len(both) == len(got)
    for c in ("cosine", "jaccard", "containment", "longest_words", "shared_shingles"):
        np.testing.assert_allclose(both[c].astype(float), both[f"{c}_ref"].astype(float), rtol=1e-5, err_msg=c)
    assert (both["longest_passage"] == both["longest_passage_ref"]).all()  # overlaps computed on the cluster
    with pytest.raises(ValueError, match="MinHash signatures"):
        text_reuse(b.every, "group", every_term_counts(b, 2), all_pairs_max=4)


def test_bad_calls_say_what_to_do(tmp_path, params):
    from helpers.corpus.dask_meta import map_store
    from helpers.notebook.prepare import Prepared

    with pytest.raises(FileNotFoundError, match="no finished corpus store"):
        store_parts(tmp_path)
    with pytest.raises(ValueError, match="give the store folder"):
        dask_corpus.load_corpus_dask("seeds", None, gather=False)
    meta = load_from_params(params["dask"])
    with pytest.raises(ValueError, match="give the table read_meta returned"):
        map_store(meta.drop(columns="_part"), len, None, doc_ids=["x"])
    empty = Prepared(None, meta, [], [], np.zeros(0, dtype=bool), meta)
    with pytest.raises(ValueError, match="keep_every=True"):
        every_term_counts(empty, 2)


def test_fold_store_sums_on_the_workers_as_the_sums_per_part(params):
    from helpers.core.engine import active_client
    from helpers.corpus.dask_meta import fold_store, map_store
    from helpers.notebook import corpus_wide as CW

    b = prepare_corpus(params["dask"], keep_every=True)
    every, client = b.every, active_client()
    labels = dict(zip(b.articles["doc_id"], zip(b.articles["group"], b.articles["outlet"])))
    parts = map_store(every, CW._part_counts, client, args=(labels,))
    assert len(parts) >= 3  # a multi-partition corpus
    folded = [fold_store(every, CW._part_counts, CW._combine_counts, client, args=(labels,), in_flight=k) for k in (1, 2, 8)]
    forward, backward = parts[0], parts[-1]
    for p in parts[1:]:
        forward = CW._combine_counts(forward, p)
    for p in parts[-2::-1]:
        backward = CW._combine_counts(p, backward)
    for got in [*folded, backward]:
        assert got["keys"] == forward["keys"]
        np.testing.assert_array_equal(got["vocab"], forward["vocab"])
        np.testing.assert_array_equal(got["df"], forward["df"])
        assert (got["agg"] != forward["agg"]).nnz == 0
    words = sum(len(t.split()) for t in fetch_rows(every, b.articles["doc_id"], client)["text"])
    assert 0 < forward["agg"].sum() <= words and forward["df"].max() <= len(every)
    assert fold_store(every, CW._part_counts, CW._combine_counts, client, doc_ids=[], args=(labels,)) is None
    with pytest.raises(ValueError, match="in_flight"):
        fold_store(every, CW._part_counts, CW._combine_counts, client, args=(labels,), in_flight=0)


def test_one_pass_gives_the_signatures_of_every_article_and_reads_only_asked_columns(params):
    from helpers.core.engine import active_client
    from helpers.corpus.dask_meta import fold_store, map_store
    from helpers.notebook import corpus_wide as CW

    b = prepare_corpus(params["dask"], keep_every=True)
    every, client = b.every, active_client()
    labels = dict(zip(b.articles["doc_id"], zip(b.articles["group"], b.articles["outlet"])))
    tot = fold_store(every, CW._part_counts, CW._combine_counts, client, args=(client.scatter(labels), 3),
                     columns=["text"])
    text = fetch_rows(every, every["doc_id"], client).set_index("doc_id")["text"]
    assert sorted(tot["sig_ids"]) == sorted(every["doc_id"]) and tot["sigs"].dtype == np.uint32
    np.testing.assert_array_equal(tot["sigs"], MH.signatures(text.loc[tot["sig_ids"]].tolist(), 3))
    plain = fold_store(every, CW._part_counts, CW._combine_counts, client, args=(labels,))
    assert "sigs" not in plain and (plain["agg"] != tot["agg"]).nnz == 0  # the same sums with or without signatures
    cols = map_store(every, lambda part: sorted(part.columns), client, columns=["text"])
    assert cols and all(c == ["doc_id", "text"] for c in cols)
    some = sorted(every["doc_id"])[::5]
    rows = map_store(every, lambda part: part, client, doc_ids=some)
    assert sorted(pd.concat(rows)["doc_id"]) == some and all(set(HEAVY_COLUMNS) <= set(r.columns) for r in rows)


def test_an_empty_part_is_skipped_not_derived(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from helpers.corpus.dask_meta import _meta_task

    path = tmp_path / "part-00007.parquet"  # an empty block at the end of a file is stored with few columns
    pq.write_table(pa.table({"doc_id": pa.array([], pa.string()), "raw": pa.array([], pa.string())}), path)

    out = _meta_task(7, str(path), overview.removal_columns)  # would need the text column of a non-empty part
    assert len(out) == 0 and "raw" not in out.columns
    full = tmp_path / "part-00000.parquet"
    pq.write_table(pa.table({"doc_id": ["a"], "raw": ["x"]}), full)
    with pytest.raises(KeyError, match="text"):
        _meta_task(0, str(full), overview.removal_columns)


def test_overlap_chunk_is_pair_overlap_of_each_pair():
    from helpers.measures import reuse as R

    texts = {"a": "The minister said on Monday that the talks would resume next week in the capital city.",
             "b": "On Monday the minister said that the talks would resume next week, officials added.",
             "c": "Heavy rain flooded the valley and closed two roads near the river crossing."}
    pairs = [("a", "b"), ("a", "c"), ("b", "c"), ("a", "b")]
    got = overlap_chunk((pairs, texts, 3))
    assert len(got) == len(pairs) and set(got[0]) == set(OVERLAP_FIELDS)
    for (da, db), ov in zip(pairs, got):
        ref = R.pair_overlap(texts[da], texts[db], 3)
        assert ov == {k: ref[k] for k in OVERLAP_FIELDS}
    assert got[0]["longest_words"] == 7 and got[1]["shared_shingles"] == 0  # "that the talks would resume next week"; unrelated texts
    assert overlap_chunk(([], texts, 3)) == []
    with pytest.raises(KeyError):
        overlap_chunk(([("a", "zz")], texts, 3))
