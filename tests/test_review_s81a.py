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


# --- finding 2: duplicate ids are named with the user's column and their rows, and what to do ------------------

def test_duplicate_ids_name_the_files_column_rows_and_the_option(tmp_path):
    from helpers.corpus.read import CorpusError, load_corpus
    from helpers.corpus.sources import option_style

    path = tmp_path / "mine.csv"
    ids = ["A1", "A2", "A3", "A1", "A5", "A2", "A1"] + [f"B{i}" for i in range(7)] * 2
    pd.DataFrame({"Article ID": ids, "body": [BODY.format(i=i) for i in range(len(ids))]}).to_csv(path, index=False)
    with option_style("cli"), pytest.raises(CorpusError) as err:
        load_corpus(path)
    msg = str(err.value)
    assert "the id column 'Article ID' has 9 values given to more than one row: 'A1' (rows 1, 4 and 7), " \
           "'A2' (rows 2 and 6), 'B0' (rows 8 and 15)" in msg  # the file's name of the column, not 'doc_id'
    assert "and 4 more (rows counted from the first article as 1, the header row not counted: a spreadsheet " \
           "shows row 2 as its row 3)" in msg
    assert "fix the ids in the file, or add -p columns '{doc_id: none}' to keep 'Article ID' as a metadata" in msg


def test_ids_made_from_content_on_request_with_the_options_spelling(tmp_path):
    from helpers.notebook.params import parse_value
    from helpers.notebook.setup import _column_args

    path = tmp_path / "mine.csv"
    pd.DataFrame({"id": ["x", "x"], "text": [BODY.format(i=1), BODY.format(i=2)]}).to_csv(path, index=False)
    c, _ = _load(path, **_column_args(parse_value("{doc_id: none}")))
    assert c["doc_id"].str.fullmatch(r"doc-[0-9a-f]{12}").all() and c["doc_id"].is_unique
    assert c["id"].tolist() == ["x", "x"] and c.attrs["columns"]["doc_id"] is None  # kept as metadata


def test_folder_ids_given_twice_name_the_files_and_can_be_the_file_names(write_folder):
    from helpers.corpus.read import CorpusError, load_corpus

    folder = write_folder({"a.txt": BODY.format(i=1), "b.txt": BODY.format(i=2), "c.txt": BODY.format(i=3)},
                          "file,story,outlet\nb.txt,a,X\nc.txt,c,Y\n")  # b.txt is given the id of a.txt
    with pytest.raises(CorpusError, match=r"1 id is given to more than one file: 'a' \(files 'a\.txt' and "
                                          r"'b\.txt'\).*metadata's column 'story', or pass doc_id_col='none'"):
        load_corpus(folder, doc_id_col="story")
    c, _ = _load(folder, doc_id_col="none")
    assert c["doc_id"].tolist() == ["a", "b", "c"] and c["outlet"].tolist() == ["", "X", "Y"]
    (folder / "metadata.csv").write_text("doc_id,outlet\nb,X\n", encoding="utf-8")  # its ids name the files
    with pytest.raises(CorpusError, match=r"no column of file names .*'doc_id' column names the file of each row"):
        load_corpus(folder, doc_id_col="none")


def test_dask_engine_names_the_file_and_row_of_duplicate_ids_in_a_glob(client, tmp_path):
    from helpers.corpus.dask_corpus import load_corpus_dask
    from helpers.corpus.read import CorpusError

    for name, ids in (("p1.jsonl", ["a", "b", "c"]), ("p2.jsonl", ["d", "b"])):
        _write_jsonl(tmp_path / name, [{"uid": d, "text": BODY.format(i=d)} for d in ids])
    with pytest.raises(CorpusError, match=r"the id column 'uid' has 1 value given to more than one row: 'b' "
                                          r"\(row 2 of '[^']*p1\.jsonl' and row 2 of '[^']*p2\.jsonl'\)"):
        load_corpus_dask(str(tmp_path / "p*.jsonl"), client, block_bytes=300)


# --- finding 3: a misspelt file is offered its close match; long lists are cut ---------------------------------

def test_a_misspelt_corpus_or_metadata_path_is_offered_the_close_match(tmp_path, monkeypatch):
    from helpers.corpus.dask_corpus import corpus_partitions
    from helpers.corpus.read import CorpusError, load_corpus
    from helpers.report import runner

    folder = tmp_path / "corpus"
    folder.mkdir()
    pd.DataFrame({"text": [BODY.format(i=1)]}).to_csv(folder / "articles.csv", index=False)
    (folder / "metadata.csv").write_text("doc_id,outlet\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=f"Did you mean '{folder / 'articles.csv'}'"):
        load_corpus(folder / "artciles.csv")
    with pytest.raises(CorpusError, match=f"Did you mean '{folder / 'articles.csv'}'"):  # a folder misspelt too
        load_corpus(tmp_path / "Corpsu" / "Articles.csv")
    with pytest.raises(CorpusError, match=f"Did you mean '{folder / 'articles.csv'}'"):
        corpus_partitions(folder / "articles.cvs")
    with pytest.raises(CorpusError, match=f"metadata file .* not found. Did you mean '{folder / 'metadata.csv'}'"):
        load_corpus(folder / "articles.csv", metadata=folder / "metdata.csv")
    monkeypatch.chdir(tmp_path)  # a relative path is offered as typed
    with pytest.raises(CorpusError, match="Did you mean 'corpus/articles.csv'"):
        load_corpus("corpus/artcles.csv")
    with pytest.raises(runner.ReportError, match="Did you mean 'corpus/articles.csv'"):
        runner.run_report("corpus/article.csv", {}, ["00"], out_root=tmp_path / "out")
    with pytest.raises(CorpusError) as err:
        load_corpus("corpus/something-else.csv")
    assert "Did you mean" not in str(err.value)


def test_a_misspelt_file_in_the_metadata_is_offered_a_file_no_row_lists(write_folder):
    from helpers.corpus.read import CorpusError, load_corpus

    folder = write_folder({f"article{i}.txt": BODY.format(i=i) for i in (1, 2, 3)},
                          "file,outlet\narticle3.txt,X\narticle1.txt,Y\narticle4.txt,Z\n")
    with pytest.raises(CorpusError, match=r"'article4\.txt': did you mean 'article2\.txt'\?"):
        load_corpus(folder)


def test_long_lists_in_the_readers_messages_are_cut(tmp_path, write_folder):
    from helpers.corpus.read import CorpusError, load_corpus

    path = tmp_path / "wide.csv"
    pd.DataFrame({f"col{i:02d}": ["x"] for i in range(45)}).to_csv(path, index=False)
    with pytest.raises(CorpusError, match=r"the columns are \['col00', .*'col29'\] and 15 more\."):
        load_corpus(path)
    rows = "".join(f"gone{i:02d}.txt,X\n" for i in range(25))
    folder = write_folder({"a.txt": BODY.format(i=1)}, "file,outlet\na.txt,X\n" + rows)
    with pytest.raises(CorpusError, match=r"25 rows name files that are not in .*'gone09\.txt'\] and 15 more\."):
        load_corpus(folder)
    (folder / "metadata.csv").write_text("file,outlet\n" + "a.txt,X\n" * 2 + "".join(
        f"b{i}.txt,X\n" for i in range(12)) * 2, encoding="utf-8")
    with pytest.raises(CorpusError, match=r"13 files are listed twice \['a\.txt', .*\] and 3 more: keep one row"):
        load_corpus(folder)
    for i in range(14):
        (folder / f"bad{i:02d}.txt").write_bytes(b"")
    (folder / "metadata.csv").unlink()
    with pytest.raises(CorpusError) as err:
        load_corpus(folder)
    lines = str(err.value).splitlines()
    assert len([ln for ln in lines if "bad" in ln and ".txt" in ln]) == 10 and "  and 4 more" in lines


def test_groups_holding_pseudo_outlets_and_missing_ids_are_listed_in_part():
    from helpers.corpus.dask_meta import fetch_rows
    from helpers.corpus.groups import pseudo_in_groups_note

    table = pd.DataFrame({"outlet": ["The Flip Side"] * 20, "outlet_kind": ["pseudo"] * 20,
                          "topic": [f"topic {i:02d}" for i in range(20)]})
    note = pseudo_in_groups_note(table, "topic", limit=6)
    assert "topic 05 (1 of 1) and 14 more)" in note and "topic 06" not in note
    with pytest.raises(KeyError, match=r"20 doc_ids are not in .*\['x00', .*'x04'\] and 15 more"):
        fetch_rows(pd.DataFrame({"doc_id": ["a"]}), [f"x{i:02d}" for i in range(20)], client=None)


# --- finding 4: outlet names in a web address's form or with a leading "The" are one outlet --------------------

@pytest.mark.parametrize("names", [
    ("nytimes.com", "www.nytimes.com", "https://www.nytimes.com/", "NYTimes.com"),
    ("The New York Times", "New York Times", "new-york-times"),
    ("Guardian", "The Guardian", "theguardian.com", "www.theguardian.com", "theguardian", "the guardian"),
    ("BBC", "bbc.co.uk", "www.bbc.co.uk"),
    ("The Hill", "thehill.com", "Hill"),
    ("Times", "The Times"),
])
def test_spellings_of_one_outlet_share_a_key(names):
    from helpers.corpus.sources import outlet_key

    assert len({outlet_key(n) for n in names}) == 1


@pytest.mark.parametrize("a, b", [("New York Post", "New York Times"), ("nypost.com", "nytimes.com"),
                                  ("The Hill", "Hill Times"), ("news.bbc.co.uk", "bbc.co.uk"),
                                  ("U.S. News", "US"), ("The Sun", "The Sunday Times"), ("Theme", "Me")])
def test_different_outlets_keep_their_keys(a, b):
    from helpers.corpus.sources import outlet_key

    assert outlet_key(a) != outlet_key(b)


def test_loaded_outlets_merge_web_addresses_and_a_leading_the_into_the_spelling_used_most(tmp_path):
    from helpers.corpus.read import outlet_merges

    outlets = (["Guardian"] * 3 + ["The Guardian"] * 2 + ["theguardian.com"] * 4 + ["nytimes.com", "www.nytimes.com"]
               + ["New York Times", "The New York Times", "The New York Times", "New York Post", "The Hill", "Hill"])
    path = tmp_path / "c.csv"
    pd.DataFrame({"id": [f"a{i:02d}" for i in range(len(outlets))], "outlet": outlets,
                  "text": [BODY.format(i=i) for i in range(len(outlets))]}).to_csv(path, index=False)
    c, _ = _load(path)
    by_raw = dict(zip(c["outlet_raw"], c["outlet"]))
    assert {by_raw[n] for n in ("Guardian", "The Guardian", "theguardian.com")} == {"Guardian"}  # most used, written
    assert by_raw["nytimes.com"] == by_raw["www.nytimes.com"] == "nytimes.com"  # an address, not a name: kept apart
    assert by_raw["New York Times"] == by_raw["The New York Times"] == "The New York Times"
    assert by_raw["New York Post"] == "New York Post" and by_raw["The Hill"] == by_raw["Hill"] == "The Hill"
    merges = outlet_merges(c)
    assert ("Guardian", "theguardian.com", 4) in set(zip(merges["outlet"], merges["outlet_raw"], merges["articles"]))


def test_near_duplicates_of_one_outlet_written_two_ways_are_found():
    from helpers.corpus.near_duplicates import near_duplicate_of

    body = " ".join(f"Sentence {i} of the long harbour story tells residents about the plan and its cost."
                    for i in range(40))
    edited = body.replace("Sentence 7 of", "Sentence seven of")
    assert near_duplicate_of(["a", "b"], ["The Guardian", "theguardian.com"], [body, edited]) == ["", "a"]
    assert near_duplicate_of(["a", "b"], ["New York Post", "New York Times"], [body, edited]) == ["", ""]
