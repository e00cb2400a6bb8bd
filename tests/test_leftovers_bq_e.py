"""Leftovers of dogfood round 12bq-e: broken JSON lines skipped with ``-p on_bad skip`` (both engines); invented
text only."""

import json
import warnings

import pandas as pd
import pytest

BODIES = [
    "The harbour board approved a dredging contract on Tuesday. Fishermen said the work would close the north "
    "channel for a month, and the board promised a second hearing.",
    "A school district opened bids for new buses after a winter of breakdowns. Parents told the trustees that "
    "children had waited in the cold for an hour.",
    "The library extended its weekend hours after a petition from students. The director said volunteers would "
    "staff the reading room on Sundays.",
]


def _records(n=9):
    return [{"id": f"a{i:02d}", "outlet": ["Bay Times", "Hill Gazette"][i % 2], "rating": ["left", "right"][i % 2],
             "title": f"Story {i}", "date": f"2024-05-{i + 1:02d}", "text": BODIES[i % 3] + f" Item {i}."}
            for i in range(n)]


def _broken(tmp_path, bad=(2, 6), n=9, name="news.jsonl"):
    """A JSON Lines file whose lines ``bad`` (counted from 0) are cut off, and line 4 (from 0) an array."""
    lines = [json.dumps(r) for r in _records(n)]
    for i in bad:
        lines[i] = lines[i][: len(lines[i]) // 2]
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _load(path, **kw):
    from helpers.corpus.read import load_corpus

    with warnings.catch_warnings(record=True) as said:
        warnings.simplefilter("always")
        df = load_corpus(path, **kw)
    return df, [str(w.message) for w in said]


def _dask(path, **kw):
    from helpers.core.engine import close_client, get_client
    from helpers.corpus.dask_corpus import load_corpus_dask

    client = get_client(n_workers=1, processes=False)
    try:
        with warnings.catch_warnings(record=True) as said:
            warnings.simplefilter("always")
            df = load_corpus_dask(path, client, **kw)
    finally:
        close_client()
    return df, [str(w.message) for w in said]


# --- 1. broken JSON lines are skipped with on_bad skip, counted and named in one warning ----------------------------


def test_broken_lines_are_skipped_with_one_warning_naming_file_count_and_lines(tmp_path):
    path = _broken(tmp_path)
    df, said = _load(path, on_bad="skip")
    assert sorted(df["doc_id"]) == [f"a{i:02d}" for i in (0, 1, 3, 4, 5, 7, 8)]
    lines = [s for s in said if "could not be read" in s]
    assert len(lines) == 1
    assert f"{path}: 2 lines could not be read" in lines[0] and "lines 3, 7" in lines[0]
    assert [s["doc_id"] for s in df.attrs["skipped"]] == ["line 3", "line 7"]


def test_a_line_holding_an_array_is_skipped_too(tmp_path):
    path = _broken(tmp_path, bad=())
    text = path.read_text(encoding="utf-8").splitlines()
    text[4] = "[1, 2]"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    df, said = _load(path, on_bad="skip")
    assert len(df) == 8
    assert any("1 line could not be read" in s and "lines 5" not in s and "line 5" in s for s in said)


def test_many_broken_lines_name_the_first_ten_and_count_the_rest(tmp_path):
    path = _broken(tmp_path, bad=range(0, 24, 2), n=25)
    _, said = _load(path, on_bad="skip")
    msg = next(s for s in said if "could not be read" in s)
    assert "12 lines could not be read" in msg and "1, 3, 5, 7, 9, 11, 13, 15, 17, 19 and 2 more" in msg


def test_without_skip_the_error_names_the_line_and_says_to_add_on_bad_skip(tmp_path):
    from helpers.corpus.read import CorpusError
    from helpers.corpus.sources import option_style

    path = _broken(tmp_path)
    with option_style("cli"), pytest.raises(CorpusError, match=rf"{path}: line 3 is not valid JSON") as info:
        _load(path)
    assert "-p on_bad skip" in str(info.value)


def test_a_file_of_only_broken_lines_is_a_clear_error(tmp_path):
    from helpers.corpus.read import CorpusError

    path = _broken(tmp_path, bad=range(3), n=3)
    with pytest.raises(CorpusError, match=r"no line could be read \(3 lines left out; line 1 is not valid JSON"):
        _load(path, on_bad="skip")


def test_dask_engine_skips_the_same_lines_with_one_warning(tmp_path):
    path = _broken(tmp_path, bad=(2, 6, 7))
    want, said_pandas = _load(path, on_bad="skip")
    got, said = _dask(path, on_bad="skip", block_bytes=700)  # several blocks, a broken line in more than one
    assert got["doc_id"].tolist() == want["doc_id"].tolist()
    lines = [s for s in said if "could not be read" in s]
    assert lines == [s for s in said_pandas if "could not be read" in s]
    assert "3 lines could not be read" in lines[0] and "lines 3, 7, 8" in lines[0]
    assert [s["doc_id"] for s in got.attrs["skipped"]] == ["line 3", "line 7", "line 8"]


def test_dask_engine_without_skip_says_to_add_on_bad_skip(tmp_path):
    from helpers.corpus.read import CorpusError
    from helpers.corpus.sources import option_style

    path = _broken(tmp_path)
    with option_style("cli"), pytest.raises(CorpusError, match=r"line 3 is not valid JSON.*-p on_bad skip"):
        _dask(path, block_bytes=700)


def test_generated_ids_agree_between_engines_when_lines_are_skipped(tmp_path):
    records = [{k: v for k, v in r.items() if k != "id"} for r in _records()]
    lines = [json.dumps(r) for r in records]
    lines[3] = lines[3][:20]
    path = tmp_path / "noid.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    want, _ = _load(path, on_bad="skip")
    got, _ = _dask(path, on_bad="skip", block_bytes=500)
    assert got["doc_id"].tolist() == want["doc_id"].tolist()
    assert got["title"].tolist() == want["title"].tolist()


# --- 2. corpus.csv (notebook 00's table of articles) names each article's group --------------------------------------


def _grouped():
    """A metadata table as the dask engine gives it (the cleaning audit's columns under their private names)."""
    from helpers.notebook.overview import METADATA_REMOVAL

    return pd.DataFrame({
        "doc_id": ["a", "b", "c", "d", "e", "f"], "outlet": ["Bay", "Hill", "Bay", "Cove", "Hill", "Cove"],
        "title": list("ABCDEF"), "date": ["2024-05-01"] * 6, "rating": ["left", "right", "left", "center", "", "right"],
        "n_words": [100, 90, 80, 70, 60, 50], "n_removed_lines": [0] * 6,
        "duplicate_of": ["", "", "", "", "", "b"],  # f repeats b's body
        **{v: [0] * 6 if k != "removed_rules" else [""] * 6 for k, v in METADATA_REMOVAL.items()}})


def test_article_table_puts_each_articles_group_after_its_outlet():
    from helpers.notebook.overview import article_table

    t = article_table(_grouped(), group_by="rating")
    assert list(t.columns[:5]) == ["doc_id", "outlet", "rating", "title", "date"]
    assert t["rating"].tolist() == ["left", "right", "left", "center", "(unknown)", "right"]


def test_article_table_pools_groups_beyond_top_n_as_the_notebooks_compare_them():
    from helpers.notebook.overview import article_table, group_summary

    c = _grouped()
    t = article_table(c, group_by="rating", top_n=1)
    assert t["rating"].tolist() == ["left", "(other)", "left", "(other)", "(unknown)", "(other)"]
    g = group_summary(c, "rating", top_n=1).set_index("group")
    kept = t[t["duplicate_of"] == ""]
    assert kept["rating"].value_counts().to_dict() == g["articles"].to_dict()
    assert t.loc[t["duplicate_of"] != "", "rating"].value_counts().to_dict() == g.loc[g["duplicates"] > 0,
                                                                                      "duplicates"].to_dict()


def test_a_duplicate_whose_value_has_no_article_analysed_is_in_the_other_pool():
    from helpers.notebook.overview import article_table

    c = _grouped()
    c.loc[5, "rating"] = "far"
    assert article_table(c, group_by="rating").loc[5, "rating"] == "(other)"


def test_grouped_by_outlet_the_table_keeps_its_columns():
    from helpers.notebook.overview import article_table

    c = _grouped()
    assert list(article_table(c, group_by="outlet").columns) == list(article_table(c).columns)
    assert "rating" not in article_table(c).columns


def test_a_clashing_group_by_is_named_as_the_notebooks_name_it(tmp_path):
    from helpers.notebook.group_alias import add_group_alias, alias_group_by
    from helpers.notebook.overview import article_table

    c = _grouped().rename(columns={"rating": "kind"})
    P = alias_group_by({"group_by": "kind"})
    c = add_group_alias(c, P)
    t = article_table(c, group_by=P["group_by"])
    assert P["group_by"] == "kind_group" and "kind_group" in t.columns and "kind" not in t.columns
    assert t["kind_group"].tolist()[:4] == ["left", "right", "left", "center"]


def test_notebook_00_writes_the_group_column_to_corpus_csv(tmp_path):
    from helpers.report import runner as report

    records = _records(9)
    for i, r in enumerate(records):
        r["kind"] = ["news", "opinion", "brief"][i % 3]
    (tmp_path / "data").mkdir()  # not beside the reports: --out in the folder of a corpus file is refused (s80-A)
    path = tmp_path / "data" / "grouped.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    for group_by, column in (("rating", "rating"), ("kind", "kind_group")):
        out = tmp_path / group_by
        code = report.main(["--corpus", str(path), "--out", str(out), "--name", "v", "--notebooks", "00",
                            "-p", "group_by", group_by])
        assert code == 0
        t = pd.read_csv(out / "v" / "figures" / "corpus.csv", keep_default_na=False)
        assert list(t.columns[:3]) == ["doc_id", "outlet", column]
        want = {r["id"]: r[group_by] for r in records}
        assert dict(zip(t["doc_id"], t[column])) == want


# --- 3. after a field column was read for one role, later messages list the file's own columns only -----------------


def _api(tmp_path):
    records = [{"source": {"id": None, "name": ["Bay Times", "Hill Gazette"][i % 2]}, "title": f"Story {i}",
                "publishedAt": f"2024-05-0{i + 1}", "content": BODIES[i % 3]} for i in range(4)]
    path = tmp_path / "api.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("role", ["date", "title"])
def test_a_wrong_column_after_a_field_column_lists_the_files_own_columns(tmp_path, role):
    from helpers.corpus.read import CorpusError

    with pytest.raises(CorpusError, match=rf"no column 'nope' for the {role}") as info:
        _load(_api(tmp_path), outlet_col="source.name", **{f"{role}_col": "nope"})
    assert "the columns are ['source', 'title', 'publishedAt', 'content']." in str(info.value)
    assert "source.name" not in str(info.value)


def test_dask_engine_lists_the_files_own_columns_too(tmp_path):
    from helpers.corpus.read import CorpusError

    with pytest.raises(CorpusError, match=r"no column 'nope' for the date") as info:
        _dask(_api(tmp_path), columns={"outlet": "source.name", "date": "nope"})
    assert "source.name" not in str(info.value)


def test_the_field_column_still_reads_the_outlet(tmp_path):
    df, _ = _load(_api(tmp_path), outlet_col="source.name")
    assert sorted(set(df["outlet"])) == ["Bay Times", "Hill Gazette"]
    assert "source.name" not in df.columns
