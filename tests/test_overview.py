import pandas as pd

from helpers.corpus.dates import parse_date, parse_dates
from helpers.notebook import overview


def test_parse_date_forms_and_junk():
    assert parse_date("2021-11-08") == (pd.Timestamp("2021-11-08"), "day")
    assert parse_date("2023-02") == (pd.Timestamp("2023-02-01"), "month")
    assert parse_date("11/8/21") == (pd.Timestamp("2021-11-08"), "day")
    assert parse_date("November 8, 2021") == (pd.Timestamp("2021-11-08"), "day")
    assert parse_date("2016-05-03T10:00:00Z")[1] == "day"
    for junk in ("0001-11-30", "2050-09-30", "2021-13-40", "yesterday"):
        assert parse_date(junk)[1] == "invalid", junk
    assert parse_date("")[1] == "missing"
    assert parse_dates(["2020", None]).date_parsed_precision.tolist() == ["year", "missing"]


def test_article_table_and_audit_on_seeds(seed_corpus):
    t = overview.article_table(seed_corpus)
    row = t.set_index("doc_id").loc["003_130fa66825a9f5f5"]
    assert row.removed_rules == "dateline:1; navigation:1; promo:2; reading_time:1; teaser_cards:15; trailer:4; trailer_marker:1"
    audit = overview.removal_audit(seed_corpus)
    assert len(audit) == t.n_removed_lines.sum()
    raw = seed_corpus.set_index("doc_id").raw
    assert all(raw[r.doc_id][r.start:r.end] == r.text for r in audit.itertuples())


def test_group_summary_pools_rare_groups():
    c = pd.DataFrame({"outlet": ["A", "A", "B", "C", ""], "n_words": [10, 20, 5, 7, 1]})
    g = overview.group_summary(c, "outlet", top_n=2)
    # ties in articles broken by words (issue 12bd-f), then by label: "C" (7 words) is kept; "B" (5) is pooled;
    # "(unknown)" (1) is no group, kept apart as in notebooks 01-04 (review r12bf); the pool follows the groups
    assert g.group.tolist() == ["A", "C", "(other)", "(unknown)"]
    assert g.set_index("group").loc["(other)"].tolist() == [1, 5, 5.0, 1, 0]  # no duplicate (round bq)


def test_group_summary_lists_articles_without_a_group_after_the_groups():
    # files without a metadata row are the largest "group" here, but they are no group: their row comes last
    c = pd.DataFrame({"outlet": ["", "", "", "A", "A", "B"], "n_words": [9, 9, 9, 5, 5, 4]})
    g = overview.group_summary(c, "outlet", top_n=5)
    assert g.group.tolist() == ["A", "B", "(unknown)"]
    assert g.set_index("group").loc["(unknown)", "articles"] == 3


def test_timeline_uses_metadata_precision(seed_corpus):
    tl = overview.timeline_table(seed_corpus).set_index("doc_id")
    assert tl.loc["004_1b65d227f6ee12ff"].precision == "approx" and tl.loc["004_1b65d227f6ee12ff"].approximate
    assert not tl.loc["003_130fa66825a9f5f5"].approximate
    assert pd.isna(tl.loc["000_395161e7344ce1e3"].date_parsed)
    assert tl.loc["000_395161e7344ce1e3"].not_before == pd.Timestamp("2023-11-01")


def test_the_timeline_shown_to_readers_has_no_nan():
    # issue qa2: every row of a corpus without date_basis / date_not_before showed "NaN" in the date table
    from helpers.notebook.overview import timeline_display, timeline_table

    corpus = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "date": ["2020-01-02", ""]})
    shown = timeline_display(timeline_table(corpus))
    assert shown.loc[shown.doc_id == "a", "date_parsed"].item() == "2020-01-02"
    assert (shown.loc[shown.doc_id == "b", ["date_parsed", "not_before", "date_basis"]] == "").all(axis=None)
    assert not shown.isna().any(axis=None)


def test_unreadable_dates_listed_with_examples_per_column():
    corpus = pd.DataFrame({"date": ["2022-06-09", "soon", "", "soon", "0001-01-01", "1700000000"],
                           "date_not_before": ["", "", "", "late spring", "", ""]})
    lines = overview.unreadable_date_lines(corpus)
    assert len(lines) == 2
    assert lines[0].startswith("3 date values") and "'soon', '0001-01-01'" in lines[0]
    assert lines[1].startswith("1 date_not_before value ") and "'late spring'" in lines[1]
    assert overview.unreadable_date_lines(corpus.iloc[[0, 2, 5]]) == []


def test_dates_read_but_outside_the_plausible_years_are_not_told_to_change_format():
    """'1987-06-01' is already YYYY-MM-DD: the line says it is outside the years kept, not how to write it."""
    from helpers.corpus.dates import PLAUSIBLE_YEARS

    corpus = pd.DataFrame({"date": ["1987-06-01", "June 3, 1989", "soon", "2022-01-01", "1987-06-01"]})
    lines = overview.unreadable_date_lines(corpus)
    unread = [x for x in lines if "'soon'" in x]
    outside = [x for x in lines if "'1987-06-01'" in x]
    assert len(lines) == 2 and len(unread) == 1 and len(outside) == 1, lines
    assert unread[0].startswith("1 date value ") and "YYYY-MM-DD" in unread[0]
    assert outside[0].startswith("3 date values ") and "'June 3, 1989'" in outside[0]
    assert f"{PLAUSIBLE_YEARS[0]}-{PLAUSIBLE_YEARS[1]}" in outside[0] and "YYYY-MM-DD" not in outside[0]
    assert "'soon'" not in outside[0]


def test_many_distinct_dates_outside_the_plausible_years_are_reported_in_linear_time():
    """An archive before 1990 with a time on every date (all distinct): the split into unread and outside values
    built a set of the outside ones for every value, quadratic in the corpus (8,000 dates 1.3 s, 100,000 minutes)."""
    import time

    dates = pd.date_range("1987-01-01", periods=30_000, freq="37min").strftime("%Y-%m-%dT%H:%M:%S").tolist()
    corpus = pd.DataFrame({"date": dates + ["soon"]})
    start = time.perf_counter()
    lines = overview.unreadable_date_lines(corpus)
    assert time.perf_counter() - start < 8, "quadratic"
    assert lines[0].startswith("1 date value ") and lines[1].startswith("30,000 date values are read as a date")
