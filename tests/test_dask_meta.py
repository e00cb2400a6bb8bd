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
    pd.testing.assert_frame_equal(ia.pop("group_pairs"), ib.pop("group_pairs"), check_exact=False, rtol=1e-6)
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


def _reference_sums(b, client):
    """Counts of every word over the fetched text: (group, outlet) sums of the articles analysed, df of every article."""
    text = fetch_rows(b.every, b.every["doc_id"], client).set_index("doc_id")["text"]
    X, vocab = V.count_matrix(text.tolist(), min_count=1)
    pairs = list(zip(b.articles["group"].astype(str), b.articles["outlet"].astype(str)))
    keys = sorted(set(pairs))
    rows = text.index.get_indexer(b.articles["doc_id"])
    agg = np.zeros((len(keys), len(vocab)), dtype=np.int64)
    for r, k in zip(rows, pairs):
        agg[keys.index(k)] += X[r].toarray().ravel()
    labels = {d: keys.index(k) for d, k in zip(b.articles["doc_id"].astype(str), pairs)}
    return labels, keys, vocab, agg, np.asarray((X > 0).sum(axis=0)).ravel(), text


@pytest.mark.parametrize("shards", [1, 3])
def test_term_shards_sum_exactly_as_the_counts_of_every_article(params, tmp_path, shards):
    from helpers.core.engine import active_client
    from helpers.notebook import term_shards as TS

    b = prepare_corpus(params["dask"], keep_every=True)
    client = active_client()
    labels, keys, vocab, agg, df, _ = _reference_sums(b, client)
    X, got_vocab, df_of, sigs = TS.sharded_sums(b.every, labels, len(keys), 2, client, tmp_path / "t", shards=shards)
    keep = agg.sum(axis=0) >= 2
    assert 0 < keep.sum() < len(vocab)  # some terms left out by min_count, some kept
    assert list(got_vocab) == list(vocab[keep]) and sigs is None
    np.testing.assert_array_equal(X.toarray(), agg[:, keep])
    np.testing.assert_array_equal(df_of(vocab[::-1]), df[::-1])  # every word, in the order asked
    assert len(list((tmp_path / "t").glob("df-*.parquet"))) == shards
    with pytest.raises(KeyError, match="count_matrix"):
        df_of(["no-such-word-zzq"])


def test_a_dict_is_scattered_as_one_future_not_one_per_article(params):
    from distributed import Future

    from helpers.core.engine import active_client
    from helpers.corpus.dask_units import scatter_one

    prepare_corpus(params["dask"])
    client = active_client()
    labels = {f"doc{i}": i for i in range(50)}
    fut = scatter_one(client, labels)
    assert isinstance(fut, Future) and client.submit(len, fut).result() == 50
    assert client.submit(lambda d: d["doc7"], fut).result() == 7


def test_one_pass_gives_the_signatures_of_every_article_and_reads_only_asked_columns(params, tmp_path):
    from helpers.core.engine import active_client
    from helpers.corpus.dask_meta import iter_store, map_store
    from helpers.notebook import term_shards as TS

    b = prepare_corpus(params["dask"], keep_every=True)
    every, client = b.every, active_client()
    labels, keys, *_, text = _reference_sums(b, client)
    X, _, _, sigs = TS.sharded_sums(every, labels, len(keys), 2, client, tmp_path / "s", shingle_size=3)
    X0, *_ = TS.sharded_sums(every, labels, len(keys), 2, client, tmp_path / "p")
    ids = np.concatenate([i for i, _ in sigs])
    assert sorted(ids) == sorted(every["doc_id"]) and all(s.dtype == np.uint32 for _, s in sigs)
    np.testing.assert_array_equal(np.concatenate([s for _, s in sigs]), MH.signatures(text.loc[ids].tolist(), 3))
    assert (X != X0).nnz == 0  # the same sums with or without signatures
    cols = map_store(every, lambda part: sorted(part.columns), client, columns=["text"])
    assert cols and all(c == ["doc_id", "text"] for c in cols)
    for k in (1, 2, 8):  # as many results as parts, whatever is in flight
        assert sorted(iter_store(every, len, client, in_flight=k)) == sorted(map_store(every, len, client))
    with pytest.raises(ValueError, match="in_flight"):
        list(iter_store(every, len, client, in_flight=0))
    assert list(iter_store(every, len, client, doc_ids=[])) == []
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


def test_articles_emptied_by_cleaning_are_warned_of_on_both_engines(params, tmp_path):
    """load_corpus warns, naming them, of articles whose every line cleaning removed (issue 12bd-d); the dask engine
    built its metadata table without that warning."""
    from helpers.corpus.read import CorpusWarning

    body = ("The harbour board met on Tuesday and agreed to repair the old quay before the summer season, the chair "
            "said. Residents asked how the work would be paid for and when the ferry would run again.")
    p = tmp_path / "pages.csv"
    pd.DataFrame({"id": ["h1", "p1", "p2"], "outlet": ["A", "A", "B"],
                  "text": ['<img src="https://x.example/1.jpg"><embed src="x.swf">', body,  # markup only (review s80-A)
                           body + " More news will follow."]}).to_csv(p, index=False)
    for engine in ("pandas", "dask"):
        P = {**params[engine], "corpus": str(p), "columns": {"doc_id": "id"}, "max_articles": None}
        with pytest.warns(CorpusWarning, match=r"1 article has no body text left after cleaning.*'h1'.*html"):
            load_from_params(P)


def test_the_dask_engine_warns_of_the_development_data_overlap_as_pandas_does(params, corpus_file, monkeypatch,
                                                                               tmp_path):
    # review s79-H: read_meta never called warn_dev_overlap, so "-p engine dask" dropped the in-sample warning
    import shutil
    import warnings

    from helpers.corpus import devsets

    fresh = tmp_path / "overlap.jsonl"   # a corpus no earlier test loaded (a cached load replays its own warnings)
    shutil.copy(corpus_file, fresh)
    monkeypatch.setenv("NEWS_CACHE_DIR", str(tmp_path / "cache"))
    params = {k: {**v, "corpus": str(fresh)} for k, v in params.items()}

    def found(prints, folder=None):  # every article "in" AllSides: the seeds are in no development set
        return {"allsides": len(prints)} if prints else {}

    monkeypatch.setattr(devsets, "overlap_of_prints", found)
    monkeypatch.setattr(devsets, "dev_overlap", lambda raws, folder=None: found(list(raws)))
    said = {}
    for engine in ("pandas", "dask"):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            load_from_params(params[engine])
        said[engine] = [str(x.message) for x in w if "overlaps the data the project's rules" in str(x.message)]
    assert said["dask"] and said["dask"] == said["pandas"]


def test_the_reuse_title_says_when_only_near_copies_were_looked_for():
    # review s79-H: "pairs compared: 1" under the dask engine read as "almost no shared wording"
    from helpers.notebook.corpus_wide import pairs_phrase

    assert pairs_phrase({"n_candidates": 30368}) == "pairs compared: 30,368"
    said = pairs_phrase({"n_candidates": 1, "clusters": []})
    assert said.startswith("near-copies only (dask engine): 1 near-duplicate pair found")
