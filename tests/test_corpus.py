"""load_corpus: the seed corpus, other sources, and every kind of bad input."""
import gzip
import json
import warnings

import pandas as pd
import pytest

from helpers import CorpusError, CorpusWarning, load_corpus

BODY = "The first paragraph of a real-looking article, with enough words.\n\nA second paragraph follows it here."


def test_seed_corpus_columns_and_metadata(seed_corpus):
    c = seed_corpus
    assert list(c.columns[:7]) == ["doc_id", "outlet", "title", "date", "text", "raw", "n_words"]
    assert c.doc_id.is_unique and len(c) == 5
    row = c.set_index("doc_id").loc["003_130fa66825a9f5f5"]
    assert row.outlet == "Asian Lite News" and row.date == "2021-11-08" and row.date_precision == "day"
    assert row.headline == "Taliban Toughen Stance on Pak Policy on TTP"
    assert "ALSO READ" not in row.text and "ALSO READ" in row.raw
    assert c.set_index("doc_id").loc["000_395161e7344ce1e3"].title == ""
    assert (c.n_words == c.text.str.split().str.len()).all()


def test_load_is_deterministic_and_sorted(seed_corpus):
    again = load_corpus("seeds")
    assert again.doc_id.tolist() == sorted(again.doc_id)
    pd.testing.assert_frame_equal(again.drop(columns=["removed", "subheadings", "spans"]),
                                  seed_corpus.drop(columns=["removed", "subheadings", "spans"]))


def test_missing_path_names_it(tmp_path):
    with pytest.raises(CorpusError, match="does not exist"):
        load_corpus(tmp_path / "nope")


def test_empty_folder(tmp_path):
    with pytest.raises(CorpusError, match="no .txt files"):
        load_corpus(tmp_path)


def test_empty_and_binary_files_are_listed_together(write_folder):
    folder = write_folder({"a.txt": BODY, "b.txt": "  \n", "c.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00"})
    with pytest.raises(CorpusError) as exc:
        load_corpus(folder)
    msg = str(exc.value)
    assert "b.txt: the file is empty" in msg and "c.txt: this looks like a binary file" in msg
    assert "on_bad='skip'" in msg


def test_on_bad_skip_warns_and_records(write_folder):
    folder = write_folder({"a.txt": BODY, "b.txt": ""})
    with pytest.warns(CorpusWarning, match="b.txt"):
        c = load_corpus(folder, on_bad="skip")
    assert c.doc_id.tolist() == ["a"] and c.attrs["skipped"][0]["doc_id"] == "b"


def test_bom_is_dropped_and_cp1252_falls_back_with_warning(write_folder):
    folder = write_folder({"a.txt": "\ufeff" + BODY, "b.txt": "Caf\xe9 talks \x93resumed\x94 on Monday in the capital.".encode("latin-1")})
    with pytest.warns(CorpusWarning, match=r"b.txt: not valid UTF-8.*cp1252"):
        c = load_corpus(folder).set_index("doc_id")
    assert not c.loc["a"].raw.startswith("\ufeff")
    assert c.loc["b"].raw == "Café talks “resumed” on Monday in the capital."


def test_metadata_row_without_file_is_an_error(write_folder):
    folder = write_folder({"a.txt": BODY}, "file,outlet\na.txt,X\nmissing.txt,Y\n")
    with pytest.raises(CorpusError, match=r"missing\.txt.*Add the files"):
        load_corpus(folder)


def test_file_without_metadata_row_warns_and_is_kept(write_folder):
    folder = write_folder({"a.txt": BODY, "b.txt": BODY.replace("first", "other")}, "file,outlet\na.txt,X\n")
    with pytest.warns(CorpusWarning, match=r"b\.txt"):
        c = load_corpus(folder)
    assert c.set_index("doc_id").loc["b"].outlet == ""


def test_duplicate_doc_id_in_metadata(write_folder):
    folder = write_folder({"a.txt": BODY, "b.txt": BODY + " x"}, "doc_id,file,outlet\na,a.txt,X\na,b.txt,Y\n")
    with pytest.raises(CorpusError, match="duplicate doc_id"):
        load_corpus(folder)


def test_duplicate_texts_warn_and_are_flagged(write_folder):
    folder = write_folder({"a.txt": BODY, "b.txt": BODY.replace("  ", " ")})
    with pytest.warns(CorpusWarning, match="same body"):
        c = load_corpus(folder)
    assert c.duplicate_of.tolist() == ["", "a"]


def test_csv_without_text_column(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text("id,headline\n1,Hello\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"no text column.*text_col="):
        load_corpus(p)


def test_csv_with_mapped_columns(tmp_path):
    p = tmp_path / "c.csv"
    pd.DataFrame({"key": ["x", "y"], "site": ["A", "B"], "body": [BODY, BODY + " More."], "rating": ["left", "right"]}).to_csv(p, index=False)
    c = load_corpus(p, doc_id_col="key", outlet_col="site", text_col="body")
    assert c.doc_id.tolist() == ["x", "y"] and c.outlet.tolist() == ["A", "B"]
    assert c.rating.tolist() == ["left", "right"]
    assert c.attrs["columns"]["outlet"] == "site"


def test_jsonl_gz_with_aliases_and_numbered_rows(tmp_path):
    p = tmp_path / "c.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as f:
        for i, t in enumerate([BODY, BODY + " Another."]):
            f.write(json.dumps({"source": f"S{i}", "content": t, "title": f"T{i}"}) + "\n")
    c = load_corpus(p)
    assert c.doc_id.tolist() == ["row000001", "row000002"]
    assert c.outlet.tolist() == ["S0", "S1"] and c.title.tolist() == ["T0", "T1"]


def test_parquet(tmp_path):
    p = tmp_path / "c.parquet"
    pd.DataFrame({"doc_id": ["a"], "text": [BODY], "outlet": ["O"]}).to_parquet(p)
    assert load_corpus(p).outlet.tolist() == ["O"]


def test_duplicate_ids_in_table(tmp_path):
    p = tmp_path / "c.csv"
    pd.DataFrame({"id": ["a", "a"], "text": [BODY, BODY + "x"]}).to_csv(p, index=False)
    with pytest.raises(CorpusError, match="duplicate doc_id"):
        load_corpus(p)


def test_empty_text_rows_in_table(tmp_path):
    p = tmp_path / "c.csv"
    pd.DataFrame({"id": ["a", "b"], "text": [BODY, ""]}).to_csv(p, index=False)
    with pytest.raises(CorpusError, match="empty 'text'"):
        load_corpus(p)
    with pytest.warns(CorpusWarning):
        assert load_corpus(p, on_bad="skip").doc_id.tolist() == ["a"]


def test_unknown_file_type(tmp_path):
    p = tmp_path / "c.xlsx"
    p.write_bytes(b"x")
    with pytest.raises(CorpusError, match="unknown corpus file type"):
        load_corpus(p)


def test_folder_is_never_written(write_folder):
    folder = write_folder({"a.txt": BODY}, "file,outlet\na.txt,X\n")
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()}
    load_corpus(folder)
    after = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()}
    assert before == after


def test_clean_false_keeps_every_line(write_folder):
    folder = write_folder({"a.txt": "ADVERTISEMENT\n" + BODY})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        c = load_corpus(folder, clean=False)
    assert c.text.iloc[0].startswith("ADVERTISEMENT")


def test_outlet_names_are_normalised_and_the_given_name_kept(tmp_path):
    from helpers.corpus import outlet_merges

    p = tmp_path / "c.csv"
    pd.DataFrame({"id": ["a", "b", "c", "d"], "source": ["Fox Online News", " fox news (online)", "Guest Writer - Left", "Dawn"],
                  "text": [BODY + str(i) for i in range(4)]}).to_csv(p, index=False)
    c = load_corpus(p)
    assert c.outlet.tolist() == ["Fox News", "Fox News", "Guest Writer - Left", "Dawn"]
    assert c.outlet_raw.tolist()[:2] == ["Fox Online News", " fox news (online)"]
    assert c.outlet_kind.tolist() == ["", "", "pseudo", ""]
    assert outlet_merges(c).articles.sum() == 3
    assert load_corpus(p, outlet_aliases=None).outlet.tolist()[0] == "Fox Online News"
