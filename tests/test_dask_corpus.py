"""The partitioned loader (helpers.corpus.dask_corpus): the same table as load_corpus, in pieces."""
from __future__ import annotations

import json
import warnings

import pandas as pd
import pytest

from helpers.core.engine import EngineError, close_client, get_client
from helpers.corpus.dask_corpus import corpus_partitions, load_corpus_dask, read_store
from helpers.corpus.read import CorpusError, load_corpus


@pytest.fixture(scope="module")
def client():
    c = get_client(n_workers=1, processes=False)
    yield c
    close_client()


def _article(i: int, outlet: str) -> str:
    # the outlet's template line sits inside the body, where only the cross-article rule can name it
    return (f"Story number {i} about the harbour\n\n"
            f"The council met on day {i} and voted on plan {i * 7}. Residents asked about costs of item {i}.\n\n"
            f"Follow {outlet} on social media\n\n"
            f"A second paragraph of story {i} gives the reasons for the vote and the next steps.\n")


def _rows(n: int) -> list[dict]:
    return [{"id": f"a{i:03d}", "source": "Daily" if i % 2 else "Weekly", "text": _article(i, "Daily" if i % 2 else "Weekly")}
            for i in range(n)]


def _same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(a, b)
    def plain(d):
        return {k: v for k, v in d.items() if k != "dask_store"}

    assert plain(a.attrs) == plain(b.attrs)


def test_seeds_equal_pandas_loader_in_small_partitions(client, seed_corpus):
    _same(seed_corpus, load_corpus_dask("seeds", client, files_per_partition=2))


def test_jsonl_blocks_templates_and_duplicates_across_partitions(client, tmp_path):
    rows = _rows(40) + [{"id": "z999", "source": "Daily", "text": _article(3, "Daily")}]  # a copy of a003
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert len(corpus_partitions(path, block_bytes=2000)) > 5
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = load_corpus(path)
        b = load_corpus_dask(path, client, block_bytes=2000)
    _same(a, b)
    assert any(r["rule"] == "site_template" for r in b["removed"].iloc[0])  # found across partitions
    assert b.set_index("doc_id").loc["z999", "duplicate_of"] == "a003"


def test_generated_ids_are_made_from_content_across_partitions(client, tmp_path):
    path = tmp_path / "noid.jsonl"
    path.write_text("\n".join(json.dumps({"text": r["text"]}) for r in _rows(12)) + "\n", encoding="utf-8")
    b = load_corpus_dask(path, client, block_bytes=700)
    _same(load_corpus(path), b)
    assert b["doc_id"].str.fullmatch(r"doc-[0-9a-f]{12}").all() and b["doc_id"].is_unique


def test_glob_of_csv_and_parquet_files(client, tmp_path):
    df = pd.DataFrame(_rows(10))
    df.iloc[:5].to_csv(tmp_path / "p1.csv", index=False)
    df.iloc[5:].to_parquet(tmp_path / "p2.parquet", index=False)
    b = load_corpus_dask(str(tmp_path / "p*"), client)
    assert sorted(b["doc_id"]) == sorted(df["id"]) and set(b["outlet"]) == {"Daily", "Weekly"}


def test_kept_store_is_reused(client, tmp_path):
    store = tmp_path / "store"
    b = load_corpus_dask("seeds", client, store=store)
    assert b.attrs["dask_store"] == str(store) and len(list((store / "final").glob("*.parquet"))) == 1
    _same(b, read_store(store))


def test_errors_name_the_problem(client, tmp_path):
    with pytest.raises(CorpusError, match="matches no file"):
        load_corpus_dask(str(tmp_path / "nothing-*.jsonl"), client)
    path = tmp_path / "dup.jsonl"
    path.write_text("\n".join(json.dumps({"id": "x", "text": f"text {i} here."}) for i in range(3)), encoding="utf-8")
    with pytest.raises(CorpusError, match=r"id column 'id' has 1 value given to more than one row: 'x' \(rows 1, 2 "
                                          r"and 3\)"):  # numbered across blocks, as the pandas loader numbers them
        load_corpus_dask(path, client, block_bytes=20)
    with pytest.raises(EngineError, match="metadata"):
        load_corpus_dask(path, client, metadata="seeds/metadata.csv")
    (tmp_path / "empty").mkdir()
    with pytest.raises(CorpusError, match="no .txt files"):
        load_corpus_dask(tmp_path / "empty", client)


def test_clean_cache_removes_dask_stores_and_nothing_else(tmp_path):
    from helpers.core.cache import clear_cache

    part = tmp_path / "dask-corpus-abc" / "final" / "part-00000.parquet"
    part.parent.mkdir(parents=True)
    part.write_bytes(b"x")
    (tmp_path / "dask-corpus-abc" / "done.json").write_text("{}")
    (tmp_path / "notes.txt").write_text("mine")
    assert clear_cache(tmp_path) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_html_pages_with_a_guessed_date_in_one_partition_only_equal_pandas_loader(client, tmp_path):
    """``date_basis`` (a page date that is only a copyright year, issue 12bd-e) was added only to the partitions
    with such a page: the other partitions' rows got NaN, not the pandas loader's ""."""
    body = "".join(f"<p>Paragraph {i} of the council story tells residents about the harbour plan and its cost.</p>"
                   for i in range(6))

    def page(head: str, foot: str, word: str) -> str:
        return (f"<html><head><title>Harbour {word}</title>{head}</head><body><article><h1>Harbour {word}</h1>"
                f"{body.replace('council', word)}</article><footer>{foot}</footer></body></html>")

    for i, word in enumerate(["board", "mayor", "clerk"]):
        head = f"<meta property='article:published_time' content='2021-03-0{i + 1}T10:00:00'>"
        (tmp_path / f"b{i}.html").write_text(page(head, "", word), encoding="utf-8")
    (tmp_path / "c.html").write_text(page("", "© 2019 Harbour News", "ferry"), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = load_corpus(tmp_path)
        b = load_corpus_dask(tmp_path, client, files_per_partition=1)
    assert a.set_index("doc_id").loc["c", "date"] == "2019"
    _same(a, b)
