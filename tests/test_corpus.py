"""load_corpus: the seed corpus, other sources, and every kind of bad input."""
import gzip
import json
import re
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
    with pytest.raises(CorpusError, match=r"id column 'doc_id' has 1 value given to more than one row: 'a' \(rows 1 "
                                          r"and 2\).*doc_id_col='none' to use the files' names"):
        load_corpus(folder)


def test_duplicate_texts_warn_and_are_flagged(write_folder):
    folder = write_folder({"a.txt": BODY, "b.txt": BODY.replace("  ", " ")})
    with pytest.warns(CorpusWarning, match="same body"):
        c = load_corpus(folder)
    assert c.duplicate_of.tolist() == ["", "a"]


def test_bodies_differing_only_in_punctuation_case_or_spacing_are_duplicates(write_folder):
    """Two copies of one story that differ by 1-3 characters of punctuation counted twice in every measure (issue
    12bd-e); articles that share a long quotation but differ elsewhere stay apart."""
    quote = ('"We will not close the library while I am mayor, and the budget for next year already includes the '
             'repairs to its roof and the new reading room," the mayor told the council on Thursday evening.')
    base = ("The library of Fenwick Cross will stay open, the mayor said. " + quote
            + " The council's vote on the budget is due in March.")
    near = base.replace("Cross will", "Cross, will").replace("council's", "councils").replace("March.", "March")
    other = ("Parents asked about the library's opening hours at a meeting on Friday. " + quote
             + " A petition with 400 names was handed to the clerk.")
    folder = write_folder({"a.txt": base, "b.txt": near.upper(), "c.txt": other})
    with pytest.warns(CorpusWarning, match="punctuation"):
        c = load_corpus(folder)
    assert c.duplicate_of.tolist() == ["", "a", ""]


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


def test_jsonl_gz_with_aliases_and_ids_from_content(tmp_path):
    p = tmp_path / "c.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as f:
        for i, t in enumerate([BODY, BODY + " Another."]):
            f.write(json.dumps({"source": f"S{i}", "content": t, "title": f"T{i}"}) + "\n")
    c = load_corpus(p)
    assert all(re.fullmatch(r"doc-[0-9a-f]{12}", d) for d in c.doc_id) and c.doc_id.is_unique
    assert c.doc_id.is_monotonic_increasing  # sorted by id, as every corpus
    assert sorted(zip(c.outlet, c.title)) == [("S0", "T0"), ("S1", "T1")]


def test_parquet(tmp_path):
    p = tmp_path / "c.parquet"
    pd.DataFrame({"doc_id": ["a"], "text": [BODY], "outlet": ["O"]}).to_parquet(p)
    assert load_corpus(p).outlet.tolist() == ["O"]


def test_duplicate_ids_in_table(tmp_path):
    p = tmp_path / "c.csv"
    pd.DataFrame({"id": ["a", "a"], "text": [BODY, BODY + "x"]}).to_csv(p, index=False)
    with pytest.raises(CorpusError, match=r"id column 'id' has 1 value given to more than one row: 'a' \(rows 1 and "
                                          r"2\).*fix the ids in the file, or pass doc_id_col='none'"):
        load_corpus(p)


def test_empty_text_rows_in_table(tmp_path):
    p = tmp_path / "c.csv"
    pd.DataFrame({"id": ["a", "b"], "text": [BODY, ""]}).to_csv(p, index=False)
    with pytest.raises(CorpusError, match="empty 'text'"):
        load_corpus(p)
    with pytest.warns(CorpusWarning):
        assert load_corpus(p, on_bad="skip").doc_id.tolist() == ["a"]


def test_unknown_file_type(tmp_path):
    p = tmp_path / "c.pdf"  # a spreadsheet (.xlsx) gets its own message since dogfood 12bm-d
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
    from helpers.corpus.read import outlet_merges

    p = tmp_path / "c.csv"
    pd.DataFrame({"id": ["a", "b", "c", "d"], "source": ["Fox Online News", " fox news (online)", "Guest Writer - Left", "Dawn"],
                  "text": [BODY + str(i) for i in range(4)]}).to_csv(p, index=False)
    c = load_corpus(p)
    assert c.outlet.tolist() == ["Fox News", "Fox News", "Guest Writer - Left", "Dawn"]
    assert c.outlet_raw.tolist()[:2] == ["Fox Online News", " fox news (online)"]
    assert c.outlet_kind.tolist() == ["", "", "pseudo", ""]
    assert outlet_merges(c).articles.sum() == 3
    assert load_corpus(p, outlet_aliases=None).outlet.tolist()[0] == "Fox Online News"


def test_outlet_spellings_that_differ_only_in_case_spaces_or_punctuation_are_one_outlet(tmp_path):
    # issue qa2: a corpus labelled partly by hand and partly from web addresses split one outlet into two groups
    from helpers.corpus.read import outlet_merges

    p = tmp_path / "c.csv"
    names = ["theharbourgazette", "The Harbour Gazette", "theharbourgazette", "the-harbour-gazette",
             "HILLTOP NEWS", "hilltop news", "Hilltop Newsroom", "kx", "KX", ""]
    pd.DataFrame({"id": [f"d{i}" for i in range(len(names))], "source": names,
                  "text": [BODY + str(i) for i in range(len(names))]}).to_csv(p, index=False)
    c = load_corpus(p)
    assert c.outlet.tolist() == ["The Harbour Gazette"] * 4 + ["HILLTOP NEWS", "HILLTOP NEWS", "Hilltop Newsroom",
                                                               "KX", "KX", ""]
    assert c.outlet_raw.tolist() == names  # the name as given is kept
    merged = outlet_merges(c)
    assert merged.articles.sum() == 5  # 3 harbour spellings, "hilltop news", "kx"; every merge is listed
    assert load_corpus(p, outlet_aliases=None).outlet.tolist() == names  # None keeps names as given


def test_a_table_whose_outlet_and_date_columns_have_unusual_names_says_which_columns_it_could_use(tmp_path):
    # issue qa2: columns 'site_name' and 'pub_date' were ignored without a word: no groups, no dates, no hint
    p = tmp_path / "c.csv"
    # ('pub_date' is found since dogfood 12bk-d, as the usual 'pubdate' without its underscore: 'issued_on' is not)
    pd.DataFrame({"id": ["a", "b"], "title": ["One", "Two"], "site_name": ["Harbour Gazette", "Hill News"],
                  "issued_on": ["March 3, 2019", "March 4, 2019"], "text": [BODY + "1", BODY + "2"]}).to_csv(p, index=False)
    with pytest.warns(CorpusWarning, match=r"no outlet or date column found .*'site_name', 'issued_on'.*outlet_col="):
        c = load_corpus(p)
    assert set(c.outlet) == {""}
    with warnings.catch_warnings():
        warnings.simplefilter("error", CorpusWarning)  # named: no warning
        c = load_corpus(p, outlet_col="site_name", date_col="issued_on")
    assert c.outlet.tolist() == ["Harbour Gazette", "Hill News"]


# --------------------------------------------------------------------------
# hostile input (issue 13): each test failed before its fix


def test_symlink_out_of_the_corpus_is_not_followed_and_listed(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash " + BODY, encoding="utf-8")
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(BODY, encoding="utf-8")
    (folder / "passwd.txt").symlink_to(secret)
    (folder / "inside.txt").symlink_to(folder / "a.txt")  # a link inside the corpus is read
    (folder / "away").symlink_to(tmp_path, target_is_directory=True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        c = load_corpus(folder)
    messages = [str(w.message) for w in caught]
    assert any("passwd.txt: a symbolic link to a place outside the corpus" in m for m in messages)
    assert any("away: a symbolic link to a place outside the corpus" in m for m in messages)
    assert "passwd" not in c.doc_id.tolist() and not c.raw.str.contains("root:x").any()
    assert sorted(c.doc_id) == ["a", "inside"]
    assert {"passwd", "away"} <= {s["doc_id"] for s in c.attrs["skipped"]}


def test_subfolders_are_read_with_ids_from_relative_paths_where_stems_collide(tmp_path):
    folder = tmp_path / "corpus"
    for rel in ("2023/x.txt", "2024/x.txt", "2024/deep/y.txt"):
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text(BODY + rel, encoding="utf-8")
    c = load_corpus(folder)
    assert c.doc_id.tolist() == ["2023/x", "2024/x", "y"]
    assert c.file.tolist() == ["2023/x.txt", "2024/x.txt", "2024/deep/y.txt"]
    (folder / "metadata.csv").write_text("file,outlet\n2023/x.txt,A\n2024/x.txt,B\n2024/deep/y.txt,C\n", encoding="utf-8")
    assert load_corpus(folder).outlet.tolist() == ["A", "B", "C"]


def test_metadata_doc_id_is_kept(write_folder):
    folder = write_folder({"a.txt": BODY, "b.txt": BODY + " More."}, "doc_id,file,outlet\nstory-17,a.txt,X\n,b.txt,Y\n")
    c = load_corpus(folder)
    assert c.doc_id.tolist() == ["b", "story-17"]
    assert c.set_index("doc_id").loc["story-17"].outlet == "X"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_files_are_decoded(write_folder, encoding):
    text = "Café talks “resumed” on Monday.\n\n" + BODY
    folder = write_folder({"a.txt": text.encode(encoding)})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        c = load_corpus(folder)
    assert c.raw.iloc[0] == text


def test_random_bytes_are_reported_as_binary(write_folder):
    import random

    rng = random.Random(13)
    defined = [b for b in range(0x21, 0x100) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)]
    data = bytearray(rng.choice(defined) for _ in range(4000))
    for i in range(0, len(data), 55):  # some spaces, so that it splits into words
        data[i] = 0x20
    folder = write_folder({"a.txt": BODY, "noise.txt": bytes(data)})
    with pytest.raises(CorpusError, match=r"noise\.txt: this looks like a binary file"):
        load_corpus(folder)


def test_truncated_csv_gz_names_the_file(tmp_path):
    p = tmp_path / "c.csv.gz"
    data = gzip.compress(pd.DataFrame({"id": range(300), "text": [BODY] * 300}).to_csv(index=False).encode())
    p.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorpusError, match=r"c\.csv\.gz: the compressed file is truncated"):
        load_corpus(p)


@pytest.mark.parametrize("name, data", [("c.csv", b""), ("c.csv", b"  \n\n"), ("c.csv.gz", gzip.compress(b"", mtime=0)),
                                         ("c.parquet", b""), ("c.jsonl", b"")])
def test_an_empty_table_file_says_it_is_empty_and_what_to_do(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(CorpusError) as err:
        load_corpus(p)
    msg = str(err.value)
    assert name in msg and ("is empty" in msg or "has no rows" in msg), msg
    assert "one article per row" in msg, msg
    assert "No columns to parse" not in msg and "0 bytes" not in msg, msg


def test_articles_emptied_by_cleaning_are_named_with_the_html_hint(tmp_path):
    """Text stored as markup only in a table's text column is removed whole: say which articles, and what to do.
    (A body of <p> paragraphs is read as paragraphs since review s80-A: tests/test_review_s80a.py.)"""
    p = tmp_path / "c.csv"
    pd.DataFrame({"id": ["h1", "p1", "p2"], "outlet": ["A", "A", "B"],
                  "text": ['<img src="https://x.example/1.jpg"><iframe src="https://x.example/e" /><embed src="x.swf">',
                           BODY, BODY + " More."],
                  }).to_csv(p, index=False)
    with pytest.warns(CorpusWarning, match=r"1 article has no body text left after cleaning.*'h1'.*markup.*html") as rec:
        df = load_corpus(p)
    assert df.set_index("doc_id").loc["h1", "n_words"] == 0
    assert sum("no body text left" in str(w.message) for w in rec) == 1
    with warnings.catch_warnings():
        warnings.simplefilter("error", CorpusWarning)
        pd.DataFrame({"id": ["p1", "p2"], "text": [BODY, BODY + " More."]}).to_csv(tmp_path / "ok.csv", index=False)
        load_corpus(tmp_path / "ok.csv")  # nothing emptied: no warning


def test_every_row_skipped_is_a_clear_error(tmp_path, write_folder):
    p = tmp_path / "c.csv"
    pd.DataFrame({"id": ["a", "b"], "text": ["", " "]}).to_csv(p, index=False)
    with pytest.warns(CorpusWarning), pytest.raises(CorpusError, match="every article was left out"):
        load_corpus(p, on_bad="skip")
    folder = write_folder({"a.txt": "", "b.txt": "\n"})
    with pytest.warns(CorpusWarning), pytest.raises(CorpusError, match=r"every article was left out \(2 skipped\)"):
        load_corpus(folder, on_bad="skip")


def test_parquet_struct_text_column(tmp_path):
    p = tmp_path / "c.parquet"
    pd.DataFrame({"id": ["a", "b"], "text": [{"body": BODY, "lang": "en"}, {"body": BODY + " More.", "lang": "en"}]}).to_parquet(p)
    with pytest.raises(CorpusError, match=r"column 'text' holds records with fields \['body', 'lang'\].*text_col='text\.body'"):
        load_corpus(p)
    c = load_corpus(p, text_col="text.body")
    assert c.raw.tolist() == [BODY, BODY + " More."]


def test_jsonl_errors_count_lines_from_one(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text(json.dumps({"text": BODY}) + "\n" + '{"text": "broken\n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"c\.jsonl: line 2 is not valid JSON"):
        load_corpus(p)
    p.write_text(json.dumps({"text": BODY, "n": 1}) + "\n" + json.dumps({"text": BODY + " x", "n": "two"}) + "\n",
                 encoding="utf-8")
    assert len(load_corpus(p)) == 2  # a field whose type changes is read, not refused


def test_messages_name_command_line_options_in_a_report_run(tmp_path, monkeypatch):
    from helpers.notebook.setup import CLI_ENV, load_from_params

    p = tmp_path / "c.csv"
    pd.DataFrame({"id": ["a", "b"], "words": [BODY, ""]}).to_csv(p, index=False)
    P = {"corpus": str(p), "metadata": None, "columns": None, "on_bad": "error", "group_by": "outlet"}
    monkeypatch.setenv(CLI_ENV, "1")
    with pytest.raises(CorpusError, match=r"Add -p columns '\{text: <column name>\}'"):
        load_from_params(P)
    with pytest.raises(CorpusError, match="add -p on_bad skip"):
        load_from_params({**P, "columns": {"text": "words"}})
    monkeypatch.delenv(CLI_ENV)
    with pytest.raises(CorpusError, match='set the parameter on_bad = "skip"'):
        load_from_params({**P, "columns": {"text": "words"}})
    with pytest.raises(CorpusError, match="load with on_bad='skip'"):
        load_corpus(p, text_col="words")


def test_unreadable_file_is_named_and_can_be_skipped(write_folder, monkeypatch):
    from pathlib import Path

    folder = write_folder({"a.txt": BODY, "locked.txt": BODY + " x"})
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    with pytest.raises(CorpusError, match=r"locked\.txt: cannot be read \(Permission denied\)"):
        load_corpus(folder)
    with pytest.warns(CorpusWarning, match="locked.txt"):
        assert load_corpus(folder, on_bad="skip").doc_id.tolist() == ["a"]


def test_a_named_pipe_is_not_read(write_folder):
    import os

    folder = write_folder({"a.txt": BODY})
    os.mkfifo(folder / "pipe.txt")
    with pytest.warns(CorpusWarning, match=r"pipe\.txt: not a regular file"):
        assert load_corpus(folder).doc_id.tolist() == ["a"]


def test_list_columns_are_joined_not_written_as_their_repr(tmp_path):
    p = tmp_path / "c.parquet"
    pd.DataFrame({"id": ["a"], "text": [["First paragraph of the story.", "Second paragraph."]],
                  "outlet": [["Dawn", "AFP"]]}).to_parquet(p)
    c = load_corpus(p)
    assert c.raw.iloc[0] == "First paragraph of the story.\n\nSecond paragraph."
    assert c.outlet_raw.iloc[0] == "Dawn; AFP"
    j = tmp_path / "c.jsonl"
    j.write_text(json.dumps({"text": ["One.", "Two."]}) + "\n", encoding="utf-8")
    assert load_corpus(j).raw.iloc[0] == "One.\n\nTwo."


def test_readme_lists_every_column_name_a_table_is_read_by():
    # issue qa2: README named 8 of the 25 usual column names ('published_at', 'site', ... were found but not listed)
    from pathlib import Path

    from helpers.corpus.sources import COLUMN_ALIASES

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Your own corpus", 1)[1].split("\n## ", 1)[0]
    missing = [a for names in COLUMN_ALIASES.values() for a in names if f"`{a}`" not in section]
    assert not missing, missing


def test_bodies_that_differ_in_a_number_or_a_word_boundary_are_not_duplicates():
    """The duplicate key dropped every punctuation mark and space: "3.5 percent" and "35 percent", "-5" and "5",
    "the rapist" and "therapist" gave one key, so one of two different articles was left out of every measure.
    Punctuation of other scripts ("。", "،") is punctuation too."""
    from helpers.corpus.read import _words_and_key

    def same(a: str, b: str) -> bool:
        return _words_and_key(a)[1] == _words_and_key(b)[1]

    assert not same("Prices rose 3.5 percent in May.", "Prices rose 35 percent in May.")
    assert not same("It was -5 degrees at dawn.", "It was 5 degrees at dawn.")
    assert not same("He called the man the rapist.", "He called the man therapist.")
    assert same("Prices rose 3.5 percent, in May!", "prices  rose 3.5 percent in May")  # punctuation, case, spacing
    assert same("The council's vote -- due in March.", "The councils vote due in March")
    assert same("市长说，图书馆不会关闭。", "市长说图书馆不会关闭") and same("قال، نعم", "قال نعم")
