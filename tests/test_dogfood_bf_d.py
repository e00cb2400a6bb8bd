"""Dogfood round 12bf-d: input handling and run honesty (invented text only)."""
import warnings

import pandas as pd
import pytest
from _corpus_folders import corpus_folder

from helpers import load_corpus
from helpers.corpus.sources import CorpusWarning

BODY = "The council met on Tuesday to discuss the new bridge.\n\nIts members agreed to vote on the budget in March."


_folder = corpus_folder


def test_metadata_csv_in_cp1252_is_read_like_an_article_file(tmp_path):
    """A metadata.csv saved by Excel on Windows (CP1252: 'Café Times', a curly apostrophe) was refused ('not valid
    UTF-8') while article files in the same encoding were read with a warning: read it the same way."""
    meta = "file,outlet,title\na.txt,Café Times,The mayor\u2019s plan\nb.txt,Daily Post,Budget\n".encode("cp1252")
    folder = _folder(tmp_path, {"a.txt": BODY, "b.txt": BODY.replace("bridge", "road")}, meta)
    with pytest.warns(CorpusWarning, match=r"metadata\.csv: not valid UTF-8.*decoded as cp1252"):
        c = load_corpus(folder).set_index("file")
    assert c.loc["a.txt"].outlet == "Café Times"
    assert c.loc["a.txt"].title == "The mayor\u2019s plan"


def test_table_corpus_in_cp1252_and_utf16_is_read(tmp_path):
    """A corpus table in CP1252 is read with the same warning; one in UTF-16 (Excel's 'Unicode text') silently."""
    rows = "doc_id,outlet,text\n1,Café Times,\"" + BODY + " The café\u2019s owner spoke.\"\n2,Daily Post,\"" + BODY + "\"\n"
    p = tmp_path / "t.csv"
    p.write_bytes(rows.encode("cp1252"))
    with pytest.warns(CorpusWarning, match=r"t\.csv: not valid UTF-8.*cp1252"):
        c = load_corpus(p)
    assert "café\u2019s" in c.set_index("doc_id").loc["1", "text"]
    q = tmp_path / "u.csv"
    q.write_bytes(rows.encode("utf-16"))
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*not valid UTF-8.*")
        c = load_corpus(q)
    assert list(c["outlet"]) == ["Café Times", "Daily Post"]


def _news(i: int, words: int) -> str:
    sentence = f"Story {i} reports that the harbour board approved repairs to pier {i} after a long debate. "
    return sentence * max(1, words // 16)


def test_one_long_read_on_a_small_corpus_is_not_called_outsized(tmp_path):
    """Five 300-word news items and one 4,000-word feature: the feature is over 10 times the median and holds most
    of the words, but it is one article of ordinary size, so nothing is said (dogfood 12bf-d)."""
    files = {f"n{i}.txt": _news(i, 300) for i in range(5)}
    files["feature.txt"] = _news(9, 4000)
    folder = _folder(tmp_path, files, None)
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*far longer.*")
        load_corpus(folder)


def test_a_huge_file_far_above_the_median_is_named_with_what_to_do(tmp_path):
    """A 25,000-word file among 300-word items is named, with its weight in median articles and what to do."""
    files = {f"n{i}.txt": _news(i, 300) for i in range(5)}
    files["dump.txt"] = "\n\n".join(_news(j, 500) for j in range(50))
    folder = _folder(tmp_path, files, None)
    with pytest.warns(CorpusWarning, match=r"over 10,000 words and far longer") as rec:
        load_corpus(folder)
    msg = next(str(w.message) for w in rec if "far longer" in str(w.message))
    assert "'dump'" in msg and "median articles" in msg and "kept" in msg and "split" in msg, msg


def _dated_folder(tmp_path):
    files = {f"a{i}.txt": BODY.replace("bridge", f"bridge {i}") for i in range(3)}
    meta = "file,outlet,date\na0.txt,X,03/04/2021\na1.txt,Y,05/06/2021\na2.txt,Z,2021-07-01\n"
    return _folder(tmp_path, files, meta.encode())


def test_ambiguous_date_order_warning_names_file_column_and_option(tmp_path, monkeypatch):
    """'03/04/2021' with no date deciding the order: the warning names metadata.csv and its column, and the option
    that reads such dates day first, in the caller's words (dogfood 12bf-d: it named neither)."""
    from helpers.corpus.dates import DateOrderWarning, parse_dates
    from helpers.notebook.setup import CLI_ENV, load_from_params
    from helpers.notebook.specs import NOTEBOOK_SPECS

    folder = _dated_folder(tmp_path)
    P = {k: None for k in NOTEBOOK_SPECS["00_corpus"]} | {"corpus": str(folder), "group_by": "outlet", "on_bad": "error",
                                                         "engine": "pandas", "scheduler": ""}
    monkeypatch.setenv(CLI_ENV, "1")
    corpus = load_from_params(P)
    with pytest.warns(DateOrderWarning) as rec:
        parsed = parse_dates(corpus["date"])
    msg = str(rec[0].message)
    assert str(folder / "metadata.csv") in msg and "column 'date'" in msg and "-p day_first true" in msg, msg
    assert parsed["date_parsed"].iloc[0] == pd.Timestamp("2021-03-04")  # month first by default
    with warnings.catch_warnings():
        warnings.simplefilter("error", DateOrderWarning)
        parsed = parse_dates(load_from_params(P | {"day_first": True})["date"])
    assert parsed["date_parsed"].iloc[0] == pd.Timestamp("2021-04-03")


def test_table_date_warning_names_the_table_and_its_column(tmp_path):
    from helpers.corpus.dates import DateOrderWarning, parse_dates

    p = tmp_path / "t.csv"
    p.write_text(f"id,outlet,published,text\n1,X,03/04/2021,\"{BODY}\"\n2,Y,05/06/2021,\"{BODY} Again.\"\n", encoding="utf-8")
    with pytest.warns(DateOrderWarning, match=r"t\.csv, column 'published'.*day_first=True"):
        parse_dates(load_corpus(p)["date"])


# --- gap 1: articles without a group are counted, never compared as a group ---------------------------------------

def _partial_folder(tmp_path):
    """Six files with a metadata row (two outlets) and three without one."""
    files = {f"s{i}.txt": _news(i, 120).replace("harbour", ["harbour", "airport", "market"][i % 3]) for i in range(9)}
    meta = "file,outlet\n" + "".join(f"s{i}.txt,{'North Star' if i % 2 else 'South Wind'}\n" for i in range(6))
    return _folder(tmp_path, files, meta.encode())


def test_files_without_a_metadata_row_are_counted_but_not_a_compared_group(tmp_path, monkeypatch):
    from helpers.corpus.groups import UNKNOWN
    from helpers.notebook.params import check_params
    from helpers.notebook.prepare import prepare_corpus
    from helpers.notebook.setup import corpus_params

    monkeypatch.setenv("NEWS_CACHE_DIR", str(tmp_path / "cache"))
    folder = _partial_folder(tmp_path)
    ns = {"corpus": str(folder), "metadata": None, "columns": None, "on_bad": "error", "output_dir": None,
          "group_by": "outlet", "top_n": 1, "seed": 0, "study": "general", "engine": "pandas", "scheduler": "",
          "day_first": None, "periods": []}
    with pytest.warns(CorpusWarning, match=r"3 files .* no row in .*metadata\.csv.*never compared as a group"):
        prep = prepare_corpus(check_params(ns, corpus_params()))
    assert len(prep.articles) == 9  # counted
    assert UNKNOWN in prep.order and UNKNOWN not in prep.targets  # shown, not compared
    # the group without metadata takes no place among the top_n groups: the largest outlet keeps its name
    assert prep.targets == ["North Star"] or prep.targets == ["South Wind"]
    note = prep.summary()
    assert "3 of 9 articles have no value of 'outlet'" in note and "3 files without a row in" in note, note
    assert str(folder / "metadata.csv") in note and "left out of every comparison" in note, note


def test_tests_of_difference_leave_out_articles_without_a_group():
    from helpers.corpus.groups import UNKNOWN
    from helpers.measures.tone import article_test

    frame = pd.DataFrame({"doc_id": [f"d{i}" for i in range(8)],
                          "group": ["A", "A", "B", "B", UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN]})
    row = article_test([0.1, 0.2, 0.1, 0.3, 9.0, 9.0, 9.0, 9.0], frame, "tone", n_perm=99)
    assert row["groups"] == 2 and row["articles"] == 4
    assert "4 articles without a group (unknown) left out" in row["note"]


def test_narrative_and_index_never_rank_the_articles_without_a_group(tmp_path):
    from helpers.corpus.groups import UNKNOWN
    from helpers.notebook.narrative import comparison_possible, group_sentence
    from helpers.report.index import group_differences, group_sizes

    sizes = pd.Series({UNKNOWN: 12, "Harbor Herald": 10, "Valley Ledger": 9})
    text = group_sentence(sizes, "outlet")
    assert text.startswith("19 articles in 2 outlet groups") and "12 other articles have no outlet" in text, text
    assert not comparison_possible(pd.Series({UNKNOWN: 12, "Harbor Herald": 10}))
    g = tmp_path / "02_groups.csv"
    pd.DataFrame({"outlet": [UNKNOWN, "Harbor Herald", "Valley Ledger"], "articles": [12, 10, 9],
                  "words": [2650, 2200, 2011]}).to_csv(g, index=False)
    s = group_sizes(g)
    assert s["groups"] == 2 and s["largest"][0] == "Harbor Herald" and s["unknown"] == 12 and s["articles"] == 31
    d = tmp_path / "02_source_identity.csv"
    pd.DataFrame({"outlet": [UNKNOWN, "Harbor Herald", "Valley Ledger"], "share": [0.10, 0.40, 0.47],
                  "ci_low": [0.05, 0.33, 0.39], "ci_high": [0.15, 0.47, 0.54], "n_articles": [12, 10, 9]}).to_csv(d, index=False)
    diff = group_differences(d)
    assert {diff["high"]["group"], diff["low"]["group"]} == {"Harbor Herald", "Valley Ledger"}, diff


def test_topic_effects_leave_out_articles_without_a_group():
    import numpy as np

    from helpers.corpus.groups import UNKNOWN
    from helpers.topics.effects import topic_effects

    rng = np.random.default_rng(0)
    n = 60
    groups = ["A"] * 20 + ["B"] * 20 + [UNKNOWN] * 20
    t1 = rng.uniform(0, 1, n)
    doc = pd.DataFrame({"group": groups, "T1": t1, "T2": 1 - t1})
    res = topic_effects(doc, "group", pd.Series(2020 + rng.uniform(0, 3, n)), n_boot=20)
    assert res.fitted and UNKNOWN not in set(res.table["group"]) and res.reference != UNKNOWN
    assert any("20 articles with no group" in x for x in res.notes), res.notes


def test_report_date_range_says_how_many_articles_have_no_date(tmp_path):
    """The index's corpus line said '(28 dated articles)' on 40 articles: the 12 undated ones went unsaid."""
    from helpers.report.pages import _date_range

    (tmp_path / "figures").mkdir()
    pd.DataFrame({"date_parsed": ["2023-01-01", "2023-09-07"] + [""] * 2}).to_csv(tmp_path / "figures" / "00_timeline.csv",
                                                                                 index=False)
    assert _date_range(tmp_path) == "2023-01-01 to 2023-09-07 (2 of 4 articles dated)"


def test_tests_of_difference_leave_out_the_pools_and_single_article_groups():
    # review s77: 13 single pages and a pool "(other)" of 134 sites were tested as 16 groups: "p 0.012"
    from helpers.corpus.groups import OTHER
    from helpers.measures.tone import article_test

    frame = pd.DataFrame({"doc_id": [f"d{i}" for i in range(9)],
                          "group": ["A", "A", "B", "B", "C", OTHER, OTHER, OTHER, "D"]})
    row = article_test([0.1, 0.2, 0.1, 0.3, 5.0, 9.0, 9.0, 9.0, 7.0], frame, "tone", n_perm=99)
    assert row["groups"] == 2 and row["articles"] == 4
    assert "3 articles of the pools of groups not compared (other, pseudo-outlets) left out" in row["note"]
    assert "2 articles of 2 single-article groups left out" in row["note"]
    alone = article_test([1.0, 2.0, 3.0], frame.iloc[[4, 5, 8]], "tone", n_perm=99)
    assert alone["p_value"] == "n/a" and alone["note"].startswith("fewer than two groups of 2 or more articles (2 groups of")
