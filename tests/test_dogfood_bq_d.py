"""Dogfood round 12bq-d: a gun-policy corpus shaped as a news API's export (JSON Lines with a nested ``source``
record, ISO timestamps with time zones, null bodies, duplicate records), compared by rating and before/after a date;
invented text only."""

import json
import warnings

import pandas as pd
import pytest

BODIES = [
    "The county board voted on Monday to fund a safe-storage program for firearms. Supporters said it would cut "
    "accidents at home, while opponents called the money a gift to one vendor.",
    "A state appeals court heard arguments on a permit law for carrying handguns. Lawyers for the plaintiffs told "
    "the judges that the waiting period had no basis in the statute.",
    "Students marched to the statehouse after a committee delayed a vote on background checks. An organiser said "
    "the crowd was the largest the campus group had brought in years.",
    "A hunting club asked the city to keep its range open through the winter. The mayor said the council would "
    "take the request up after the budget hearing next month.",
]
STAMPS = ["2019-02-14T21:30:00-05:00", "2019-02-15T08:00:00Z", "2018-02-13T23:59:00-08:00", None]


def _records():
    return [{"source": {"id": None, "name": name}, "author": "A. Writer", "title": f"Story {i}",
             "publishedAt": stamp, "content": body, "rating": rating}
            for i, (name, stamp, body, rating) in enumerate(zip(
                ["Valley Ledger", "Evening Courier", "Valley Ledger", "Evening Courier"], STAMPS, BODIES,
                ["left", "right", "left", "right"]))]


def _jsonl(tmp_path, name="api.jsonl", records=None):
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(r) for r in (records or _records())) + "\n", encoding="utf-8")
    return path


def _in_file_order(df: pd.DataFrame) -> pd.DataFrame:
    """The loaded rows in the order of the records ("Story 0", "Story 1", ...): the records have no id, so the loader
    makes each id from the article's content and sorts by it (review s81-A)."""
    return df.sort_values("title", key=lambda t: t.str.extract(r"(\d+)$")[0].astype(int)).reset_index(drop=True)


def _load(path, **kw):
    from helpers.corpus.read import load_corpus

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _in_file_order(load_corpus(path, outlet_col="source.name", **kw))


# --- 1. timestamps with a time zone are read as written, on their own day ------------------------------------------


def test_jsonl_timestamp_with_zone_keeps_the_date_as_written(tmp_path):
    df = _load(_jsonl(tmp_path))
    assert df["date"].tolist() == [s or "" for s in STAMPS]


def test_an_evening_article_is_dated_on_its_own_day_not_the_next_utc_day(tmp_path):
    from helpers.corpus.dates import parse_dates

    df = _load(_jsonl(tmp_path))
    days = parse_dates(df["date"])["date_parsed"].dt.strftime("%Y-%m-%d").tolist()
    assert days[:3] == ["2019-02-14", "2019-02-15", "2018-02-13"]


def test_jsonl_json_and_gzipped_jsonl_give_the_same_dates(tmp_path):
    import gzip

    records = _records()
    a = _load(_jsonl(tmp_path, records=records))
    (tmp_path / "api.json").write_text(json.dumps({"status": "ok", "articles": records}), encoding="utf-8")
    b = _load(tmp_path / "api.json")
    gz = tmp_path / "api2.jsonl.gz"
    gz.write_bytes(gzip.compress(("\n".join(json.dumps(r) for r in records) + "\n").encode()))
    c = _load(gz)
    assert a["date"].tolist() == b["date"].tolist() == c["date"].tolist()


def test_a_timestamp_inside_a_record_or_list_stays_a_string():
    import io

    from helpers.corpus.tables import arrow_json_lines

    data = (b'{"text": "x", "meta": {"at": "2019-02-14T21:30:00-05:00", "n": 1}, "seen": ["2019-02-14 10:00"]}\n'
            b'{"text": "y", "meta": null, "seen": []}\n')
    df = arrow_json_lines(io.BytesIO(data))
    assert df["meta"].iloc[0]["at"] == "2019-02-14T21:30:00-05:00"
    assert list(df["seen"].iloc[0]) == ["2019-02-14 10:00"]


def test_dask_engine_reads_the_same_dates(tmp_path):
    from helpers.core.engine import close_client, get_client
    from helpers.corpus.dask_corpus import load_corpus_dask

    path = _jsonl(tmp_path)
    client = get_client(n_workers=1, processes=False)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            b = load_corpus_dask(path, client, block_bytes=400, columns={"outlet": "source.name"})
    finally:
        close_client()
    assert _in_file_order(b)["date"].tolist() == _load(path)["date"].tolist()


# --- 2. a record column kept beside the columns read from it is JSON text, not Python's repr -------------------------


def test_record_column_is_kept_as_json_text(tmp_path):
    df = _load(_jsonl(tmp_path))
    assert df["source"].iloc[0] == '{"id": null, "name": "Valley Ledger"}'
    assert json.loads(df["source"].iloc[1])["name"] == "Evening Courier"


def test_list_of_records_is_json_text_per_item(tmp_path):
    records = _records()
    records[0]["authors"] = [{"name": "A. Writer"}, {"name": "B. Writer"}]
    df = _load(_jsonl(tmp_path, records=records))
    assert df["authors"].iloc[0] == '{"name": "A. Writer"}; {"name": "B. Writer"}'
    assert "None" not in "".join(df["source"])


@pytest.mark.parametrize("stamp", ["2019-02-14T21:30:00-05:00", "2019-02-14"])
def test_a_date_only_or_zoned_value_is_not_given_a_time(tmp_path, stamp):
    records = _records()
    for r in records:
        r["publishedAt"] = stamp
    df = _load(_jsonl(tmp_path, records=records))
    assert set(df["date"]) == {stamp}
    assert pd.api.types.is_string_dtype(df["date"])


# --- 3. an outlet named like a person does not hide that person's name from its whole group -------------------------


def _name_counts():
    import scipy.sparse as sp

    # rows: articles; columns: "obama", "ledger", "vote"
    vocab = ["ledger", "obama", "vote"]
    X = sp.csr_matrix([[1, 9, 2],    # Valley Ledger, left: writes "obama" nine times
                       [0, 8, 1],    # Evening Post, left
                       [0, 1, 3],    # "Barack Obama" (a statement posted as a source), left
                       [0, 1, 2]])   # Morning Courier, right
    groups = ["left", "left", "left", "right"]
    outlets = ["Valley Ledger", "Evening Post", "Barack Obama", "Morning Courier"]
    names = pd.DataFrame({"outlet": outlets, "outlet_raw": outlets})
    return X, vocab, groups, outlets, names


def test_a_name_word_other_outlets_of_the_group_use_is_not_set_aside():
    from helpers.measures.own_names import mostly_own_uses, own_name_terms

    X, vocab, groups, outlets, names = _name_counts()
    own = own_name_terms({"left": ["Valley Ledger", "Evening Post", "Barack Obama"], "right": ["Morning Courier"]},
                         vocab)
    assert "obama" in own["left"]
    kept = mostly_own_uses(own, X, vocab, groups, outlets, names)
    assert "obama" not in kept["left"]       # 1 of 18 uses from the outlet named so
    assert "ledger" in kept["left"]          # every use from the Valley Ledger itself


def test_a_group_that_is_one_outlet_keeps_its_name_words():
    from helpers.measures.own_names import mostly_own_uses, own_name_terms

    X, vocab, _, outlets, names = _name_counts()
    own = own_name_terms({o: [o] for o in outlets}, vocab)
    assert mostly_own_uses(own, X, vocab, outlets, outlets, names) == own


def test_without_outlet_names_nothing_changes():
    from helpers.measures.own_names import mostly_own_uses

    X, vocab, groups, outlets, _ = _name_counts()
    assert mostly_own_uses({"left": ["obama"]}, X, vocab, groups, outlets, pd.DataFrame(index=range(4))) == \
        {"left": ["obama"]}


# --- 4. -p columns '{outlet:source.name}' (no space after the colon) ------------------------------------------------


def test_runner_reads_a_mapping_typed_without_a_space_after_the_colon():
    from helpers.report.plan import parse_value

    assert parse_value("{outlet:source.name}") == {"outlet": "source.name"}
    assert parse_value("{date:publishedAt,outlet:source.name}") == {"date": "publishedAt", "outlet": "source.name"}
    assert parse_value("{text: body, outlet: site}") == {"text": "body", "outlet": "site"}


def test_validation_cli_reads_columns_typed_without_a_space():
    from helpers.validation.cli import _columns

    assert _columns("{outlet:source.name}") == {"outlet_col": "source.name"}


def test_a_colon_key_given_in_python_says_to_add_a_space():
    from helpers.notebook.params import ParameterError
    from helpers.notebook.specs import _check_columns

    with pytest.raises(ParameterError, match=r"space after each colon: \{outlet: source.name\}"):
        _check_columns({"columns": {"outlet:source.name": None}})


# --- 5. a misspelt field of a record column ---------------------------------------------------------------------------


def test_a_misspelt_field_is_an_error_naming_the_field_not_an_empty_outlet(tmp_path):
    from helpers.corpus.read import CorpusError, load_corpus

    with pytest.raises(CorpusError, match=r"no column 'source.nme' for the outlet.*Did you mean 'source.name'"):
        load_corpus(_jsonl(tmp_path), outlet_col="source.nme")


def test_a_misspelt_record_column_suggests_its_field(tmp_path):
    from helpers.corpus.read import CorpusError, load_corpus

    with pytest.raises(CorpusError, match=r"Did you mean 'source.name'"):
        load_corpus(_jsonl(tmp_path), outlet_col="sources.name")


def test_an_unknown_field_lists_the_fields(tmp_path):
    from helpers.corpus.read import CorpusError, load_corpus

    with pytest.raises(CorpusError, match=r"holds records with the fields \['id', 'name'\]"):
        load_corpus(_jsonl(tmp_path), outlet_col="source.publisher")


def test_a_field_null_in_every_record_is_still_read(tmp_path):
    df = _load_with(_jsonl(tmp_path), outlet_col="source.id")  # "id": null in every record: a field, not a typo
    assert df["outlet"].tolist() == ["", "", "", ""]


def _load_with(path, **kw):
    from helpers.corpus.read import load_corpus

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_corpus(path, **kw)


# --- 6. a broken line of JSON Lines: the file and its line, in both engines -------------------------------------------


def _broken(tmp_path):
    lines = [json.dumps(r) for r in _records() * 3]
    lines[6] = '{"source": {"id": null, "name": "Valley Ledger"}, "content": "a body cut off\tby a tab'
    path = tmp_path / "broken.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_broken_line_is_named_without_a_doubled_word(tmp_path):
    from helpers.corpus.read import CorpusError

    with pytest.raises(CorpusError, match=r"broken.jsonl: line 7 is not valid JSON \(Invalid control character at "
                                          r"column \d+\)") as info:
        _load(_broken(tmp_path))
    assert "at at" not in str(info.value)


def test_dask_engine_names_the_file_and_its_line_not_a_temporary_block(tmp_path):
    from helpers.core.engine import close_client, get_client
    from helpers.corpus.dask_corpus import load_corpus_dask
    from helpers.corpus.read import CorpusError

    path = _broken(tmp_path)
    client = get_client(n_workers=1, processes=False)
    try:
        with pytest.raises(CorpusError, match=rf"{path}: line 7 is not valid JSON"):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                load_corpus_dask(path, client, block_bytes=700, columns={"outlet": "source.name"})
    finally:
        close_client()


# --- 7. -p engine dask: errors raised on the workers say what to type on the command line ----------------------------


def test_dask_worker_errors_use_the_callers_option_wording(tmp_path):
    from helpers.core.engine import close_client, get_client
    from helpers.corpus.dask_corpus import load_corpus_dask
    from helpers.corpus.read import CorpusError
    from helpers.corpus.sources import option_style

    records = _records()
    records[1]["content"] = None
    path = _jsonl(tmp_path, records=records)
    client = get_client(n_workers=1, processes=False)
    try:
        with option_style("cli"), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with pytest.raises(CorpusError, match=r"add -p on_bad skip"):
                load_corpus_dask(path, client, columns={"outlet": "source.name"})
            with pytest.raises(CorpusError, match=r"Add -p columns '\{outlet: source.name\}'"):
                load_corpus_dask(path, client, columns={"outlet": "source.nme"}, on_bad="skip")
    finally:
        close_client()


# --- 8. group_by a period (before / from a date): no "effect at the same date" across a gap -------------------------


def _period_doc(overlap: bool):
    import numpy as np

    rng = np.random.default_rng(1)
    n = 80
    before = 2013 + rng.uniform(0, 5, n)            # 2013-2017
    after = (2016 if overlap else 2018.2) + rng.uniform(0, 2, n)
    t1 = np.r_[rng.uniform(0, 0.4, n), rng.uniform(0.3, 0.9, n)]
    doc = pd.DataFrame({"period": ["before"] * n + ["after"] * n, "T1": t1, "T2": 1 - t1})
    return doc, pd.Series(np.r_[before, after])


def test_groups_that_share_no_date_are_not_adjusted_for_date():
    from helpers.topics.effects import topic_effects

    doc, years = _period_doc(overlap=False)
    res = topic_effects(doc, "period", years, n_boot=20)
    assert not res.fitted and res.table.empty
    assert "share no date with any other group" in res.message and "raw shares are shown" in res.message
    assert "before: 2013-" in res.message and "after: 2018-" in res.message
    assert set(res.raw["group"]) == {"before", "after"}


def test_groups_that_overlap_in_time_are_still_fitted():
    from helpers.topics.effects import topic_effects

    doc, years = _period_doc(overlap=True)
    assert topic_effects(doc, "period", years, n_boot=20).fitted


def test_decimal_year_back_to_its_date():
    from helpers.topics.effects import _year_date, decimal_years

    days = pd.Series(pd.to_datetime(["2018-02-13", "2018-02-14", "2016-12-31", "2020-01-01"]))
    assert [_year_date(v) for v in decimal_years(days)] == ["2018-02-13", "2018-02-14", "2016-12-31", "2020-01-01"]


# --- 9. -p periods: compare before and after a day without editing the file ------------------------------------------


def test_period_labels_split_at_the_given_days():
    from helpers.corpus.dates import period_labels

    got = period_labels(["2018-02-13T23:00:00-05:00", "2018-02-14", "2019-06-01", "", "2015"], ["2018-02-14"])
    assert got.tolist() == ["before 2018-02-14", "from 2018-02-14", "from 2018-02-14", "", "before 2018-02-14"]
    three = period_labels(["2015-05-01", "2017-01-01", "2019-01-01"], ["2018-02-14", "2016-01-01"])
    assert three.tolist() == ["before 2016-01-01", "2016-01-01 to 2018-02-13", "from 2018-02-14"]


def test_a_month_that_a_break_falls_in_has_no_period():
    import datetime

    from helpers.corpus.dates import period_labels

    got = period_labels(["2018-02", "2018-03", "2018-01"], [datetime.date(2018, 2, 14)])
    assert got.tolist() == ["", "from 2018-02-14", "before 2018-02-14"]


@pytest.mark.parametrize("bad", [["Feb 14"], ["2018-02"], ["2018-02-14", "2018-02-14"]])
def test_bad_breaks_say_what_to_type(bad):
    from helpers.notebook.params import ParameterError
    from helpers.notebook.specs import _check_periods

    with pytest.raises(ParameterError, match=r"parameter 'periods': .*(YYYY-MM-DD|give each day once)"):
        _check_periods({"periods": bad})


def test_runner_passes_yaml_dates_as_text():
    from helpers.report.plan import parse_value

    assert parse_value("[2018-02-14]") == ["2018-02-14"]


def test_load_from_params_adds_the_period_column_and_accepts_group_by_period(tmp_path, monkeypatch):
    from helpers.notebook.setup import load_from_params

    monkeypatch.delenv("NEWS_CACHE_DIR", raising=False)
    P = dict(corpus=str(_jsonl(tmp_path)), metadata=None, columns={"outlet": "source.name"}, on_bad="error",
             group_by="period", engine="pandas", scheduler="", day_first=None, periods=["2019-02-15"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        df = _in_file_order(load_from_params(P))
    assert df["period"].tolist() == ["before 2019-02-15", "from 2019-02-15", "before 2019-02-15", ""]


def test_a_corpus_with_its_own_period_column_is_told_both_ways_out(tmp_path, monkeypatch):
    from helpers.notebook.params import ParameterError
    from helpers.notebook.setup import load_from_params

    monkeypatch.delenv("NEWS_CACHE_DIR", raising=False)
    records = _records()
    for r in records:
        r["period"] = "phase one"
    P = dict(corpus=str(_jsonl(tmp_path, records=records)), metadata=None, columns={"outlet": "source.name"},
             on_bad="error", group_by="period", engine="pandas", scheduler="", day_first=None, periods=["2019-02-15"])
    with warnings.catch_warnings(), pytest.raises(ParameterError, match="has its own 'period' column"):
        warnings.simplefilter("ignore")
        load_from_params(P)
