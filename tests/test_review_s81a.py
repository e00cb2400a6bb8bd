"""Review s81-A (the corpus reader): ids of a table without an id column, duplicate ids, misspelt files and long
lists in messages, outlet names in another form; each fault with the case that showed it."""
from __future__ import annotations

import json
import warnings

import pandas as pd
import pytest

BODY = ("The council met on {i} March and voted on the harbour plan. Residents asked about its cost, and the mayor "
        "said the work would start next year.\n\nA second paragraph of story {i} gives the reasons for the vote.")


def _load(path, **kw):
    from helpers.corpus.read import load_corpus

    with warnings.catch_warnings(record=True) as rec:
        warnings.simplefilter("always")
        df = load_corpus(path, **kw)
    return df, [str(w.message) for w in rec]


# --- finding 1: ids of a table without an id column do not depend on its row order -----------------------------

def _records() -> list[dict]:
    rows = [{"outlet": "Daily" if i % 2 else "Weekly", "title": f"Harbour vote {i}", "date": f"2024-03-{i + 1:02d}",
             "text": BODY.format(i=i), "url": f"https://example.org/{i}"} for i in range(8)]
    copy = dict(rows[3], url="https://example.org/3-again")  # one article saved twice, under two addresses
    return rows + [copy, dict(rows[5])]  # and a row repeated in every column


def _write_jsonl(path, records) -> None:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")


def test_ids_of_a_table_without_ids_do_not_depend_on_row_order(tmp_path):
    records = _records()
    _write_jsonl(tmp_path / "a.jsonl", records)
    _write_jsonl(tmp_path / "b.jsonl", records[::-1][3:] + records[::-1][:3])
    pd.DataFrame(records[5:] + records[:5]).to_csv(tmp_path / "c.csv", index=False)
    a, _ = _load(tmp_path / "a.jsonl")
    b, _ = _load(tmp_path / "b.jsonl")
    c, _ = _load(tmp_path / "c.csv")
    assert a["doc_id"].str.fullmatch(r"doc-[0-9a-f]{12}(-\d)?").all() and a["doc_id"].is_unique
    assert a["doc_id"].is_monotonic_increasing
    cols = ["doc_id", "outlet", "title", "date", "text", "url", "duplicate_of"]
    pd.testing.assert_frame_equal(a[cols], b[cols])
    pd.testing.assert_frame_equal(a[cols], c[cols])
    # the article saved twice (each address keeps its id whatever the order, as compared above) and the row repeated
    for title in ("Harbour vote 3", "Harbour vote 5"):
        first, second = sorted(a["doc_id"][a["title"] == title], key=len)
        assert second == first + "-2"


@pytest.fixture(scope="module")
def client():
    from helpers.core.engine import close_client, get_client

    c = get_client(n_workers=1, processes=False)
    yield c
    close_client()


def test_dask_engine_gives_the_same_ids_and_order_in_any_row_order(client, tmp_path):
    from helpers.corpus.dask_corpus import corpus_partitions, load_corpus_dask

    records = _records()
    shuffled = [records[i] for i in (9, 2, 7, 0, 8, 4, 1, 6, 3, 5)]  # the copies in other blocks than their firsts
    _write_jsonl(tmp_path / "a.jsonl", records)
    _write_jsonl(tmp_path / "b.jsonl", shuffled)
    assert len(corpus_partitions(tmp_path / "b.jsonl", block_bytes=900)) > 3
    a, _ = _load(tmp_path / "a.jsonl")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        b = load_corpus_dask(tmp_path / "b.jsonl", client, block_bytes=900)
    pd.testing.assert_frame_equal(a, b)
