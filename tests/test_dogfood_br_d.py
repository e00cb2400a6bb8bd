"""Dogfood 12br-d (a journalist's CSV of pandemic coverage): fixes, each with invented data."""
import warnings

import pandas as pd


def _csv(tmp_path):
    rows = [
        ("a1", "The Harbour Post", "2020-03-02", "The clinic on Dock Road opened a second ward for the fever patients."),
        ("a2", "The Harbour Post", "", "Volunteers delivered groceries to older residents of the hill district."),
        ("a3", "Valley Courier", "2020-04-11", "The school board voted to keep classrooms closed until the autumn term."),
        ("a4", "Valley Courier", "", "A bakery owner said sales fell by half once the curfew began last week."),
        ("a5", "Valley Courier", "2020-05-20", "The county opened three testing sites in church car parks on Friday."),
        ("a6", "The Harbour Post", "2020-02-27", "Ferry crossings were cut to two a day while crews were tested."),
    ]
    df = pd.DataFrame(rows, columns=["doc_id", "outlet", "published", "body"])
    path = tmp_path / "pandemic.csv"
    df.to_csv(path, index=False)
    return path


def test_why_no_group_of_periods_names_the_dates_not_a_metadata_row():
    from helpers.corpus.groups import why_no_group

    text = why_no_group("period", from_dates=True)
    assert "no usable date" in text and "metadata row" not in text and text.endswith("shown as (unknown)")


def test_why_no_group_of_a_period_column_of_unknown_origin_gives_both_reasons():
    from helpers.corpus.groups import why_no_group

    text = why_no_group("period")
    assert "no usable date" in text and "an empty cell" in text


def test_why_no_group_of_other_columns_is_unchanged():
    from helpers.corpus.groups import why_no_group

    assert why_no_group("rating") == "no metadata row, an empty cell, or a value such as 'unknown'; shown as (unknown)"
    assert why_no_group("period", from_dates=False).startswith("no metadata row")


def test_prepare_corpus_says_undated_articles_have_no_period(tmp_path, monkeypatch):
    from helpers.notebook.prepare import prepare_corpus

    monkeypatch.setenv("NEWS_CACHE_DIR", str(tmp_path / "cache"))
    P = dict(corpus=str(_csv(tmp_path)), metadata=None, columns=None, on_bad="error", group_by="period",
             engine="pandas", scheduler="", day_first=None, periods=["2020-03-15"], top_n=15, seed=0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        prep = prepare_corpus(P)
    note = next(n for n in prep.notes if n.startswith("no period"))
    assert "2 of 6 articles have no value of 'period' (no usable date" in note
    assert "metadata row" not in note and "empty cell" not in note
