"""Dogfood round 12bf-d: input handling and run honesty (invented text only)."""
import warnings

import pandas as pd
import pytest

from helpers import load_corpus
from helpers.corpus.sources import CorpusWarning

BODY = "The council met on Tuesday to discuss the new bridge.\n\nIts members agreed to vote on the budget in March."


def _folder(tmp_path, files: dict, metadata: bytes | None):
    folder = tmp_path / "corpus"
    for name, text in files.items():
        p = folder / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    if metadata is not None:
        (folder / "metadata.csv").write_bytes(metadata)
    return folder


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
