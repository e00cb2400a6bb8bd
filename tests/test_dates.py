"""Date parsing: precision, and day-first vs month-first decided per column."""
import warnings

import pandas as pd
import pytest

from helpers.corpus.dates import DateOrderWarning, infer_day_first, parse_date, parse_dates, unreadable_examples


@pytest.mark.parametrize("value, expected, precision", [
    ("2021-11-08", "2021-11-08", "day"),
    ("2023-02", "2023-02-01", "month"),
    ("2023", "2023-01-01", "year"),
    ("May 2023", "2023-05-01", "month"),
    ("Sept. 2021", "2021-09-01", "month"),
    ("2023 May", "2023-05-01", "month"),
    ("May 5, 2023", "2023-05-05", "day"),
    ("11/8/21", "2021-11-08", "day"),
    ("2019/03/04", "2019-03-04", "day"),  # issue qa2: year first with slashes or dots was 'invalid'
    ("2019.03.04", "2019-03-04", "day"),
    ("2019/03/04 14:22", "2019-03-04", "day"),
    ("2019/03", "2019-03-01", "month"),
])
def test_precision_is_never_more_than_the_text_says(value, expected, precision):
    ts, prec = parse_date(value)
    assert ts == pd.Timestamp(expected) and prec == precision


@pytest.mark.parametrize("value", ["", "0001-11-30", "2050-09-30", "soon", "Maytember 2023", "31/31/2023", "2019/13/04", "2019/03-04"])
def test_junk_is_not_a_date(value):
    ts, prec = parse_date(value)
    assert pd.isna(ts) and prec in ("missing", "invalid")


def test_one_unambiguous_day_first_date_decides_the_column():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = parse_dates(["12/01/2023", "13/01/2023", "05.02.2023"])
    assert out["date_parsed"].tolist() == [pd.Timestamp("2023-01-12"), pd.Timestamp("2023-01-13"),
                                           pd.Timestamp("2023-02-05")]
    assert out.attrs["day_first"] is True


def test_month_first_evidence_keeps_us_order():
    out = parse_dates(["12/01/2023", "01/13/2023"])
    assert out["date_parsed"].tolist() == [pd.Timestamp("2023-12-01"), pd.Timestamp("2023-01-13")]


def test_ambiguous_dates_without_evidence_warn():
    with pytest.warns(DateOrderWarning, match=r"'12/01/2023' could be day-first or month-first.*YYYY-MM-DD"):
        out = parse_dates(["12/01/2023", "2023-05-01"])
    assert out["date_parsed"].iloc[0] == pd.Timestamp("2023-12-01")
    assert parse_dates(["12/01/2023"], day_first=True)["date_parsed"].iloc[0] == pd.Timestamp("2023-01-12")


def test_conflicting_orders_warn():
    with pytest.warns(DateOrderWarning, match="disagree"):
        parse_dates(["13/01/2023", "01/13/2023", "02/03/2023"])
    verdict, info = infer_day_first(["13/01/2023", "14/01/2023", "01/13/2023"])
    assert verdict is True and info["day_first"] == 2 and info["month_first"] == 1


def test_iso_dates_do_not_warn():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = parse_dates(["2021-11-08", "2023-02", "", "May 2023"])
    assert out["date_parsed"].dt.strftime("%Y-%m-%d").fillna("").tolist() == ["2021-11-08", "2023-02-01", "",
                                                                              "2023-05-01"]
    assert out["date_parsed_precision"].tolist() == ["day", "month", "missing", "month"]


def test_unix_timestamps_seconds_and_milliseconds():
    assert parse_date("1700000000") == (pd.Timestamp("2023-11-14"), "day")
    assert parse_date("1700000000000") == (pd.Timestamp("2023-11-14"), "day")
    assert parse_date("1700000000.5")[0] == pd.Timestamp("2023-11-14")
    assert parse_date("99999999999")[1] == "invalid"        # 11 digits: neither seconds nor milliseconds
    assert parse_date("4102444800")[1] == "invalid"         # 2100: outside the plausible years
    assert parse_date("12345")[1] == "invalid"


def test_label_before_a_date_is_read_past():
    assert parse_date("Updated: June 9, 2022") == (pd.Timestamp("2022-06-09"), "day")
    assert parse_date("Published on 2022-06-09") == (pd.Timestamp("2022-06-09"), "day")
    assert parse_date("Last modified - 2022-06") == (pd.Timestamp("2022-06-01"), "month")
    assert parse_date("Updated:")[1] == "invalid"
    assert parse_date("Ontario, June 2022")[1] == "invalid"   # a word that only starts like a label
    assert parse_date("Posted 10:45")[1] == "invalid"


def test_unreadable_examples_distinct_in_order():
    vals = pd.Series(["", None, "soon", "2022-06-09", "soon", "yesterday", "0001-01-01", "a", "b", "c"])
    n, ex = unreadable_examples(vals)
    assert n == 7 and ex == ["soon", "yesterday", "0001-01-01", "a", "b"]
    assert unreadable_examples(["2022-06-09", ""]) == (0, [])
