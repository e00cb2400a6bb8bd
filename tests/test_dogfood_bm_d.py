"""Dogfood round 12bm-d: a UK-politics spreadsheet export with the user's own column names, and a longitudinal
corpus compared by the outlets' rating and over the years; invented sentences and rows only."""

import json
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
BODY = ("The committee met on Tuesday to discuss the harbour plan. A member said the plan would cost too much, "
        "and another said the town could not wait any longer for the repairs.")


# --- 1. a column that takes one value per group describes the groups: it is no "mix of stories" ---------------


def _rated_outlets():
    """Three outlets of three articles each; ``rating`` is a property of the outlet (one value per outlet)."""
    rows = []
    for outlet, rating in (("Harbour Ledger", "left"), ("Valley Courier", "right"), ("Coast Wire", "centre")):
        for i in range(3):
            rows.append({"doc_id": f"{outlet[:2]}{i}", "outlet": outlet, "rating": rating, "text": BODY})
    rows.append({"doc_id": "x1", "outlet": "Pier Post", "rating": "left", "text": BODY})
    return pd.DataFrame(rows)


def test_a_column_with_one_value_per_group_is_said_to_describe_the_groups():
    from helpers.notebook.group_mix import group_attribute_columns, group_mix, mix_sentences

    table = group_mix(_rated_outlets(), "outlet", ["rating"], seed=0)
    assert group_attribute_columns(table) == ["rating"]
    text = " ".join(mix_sentences(table, "outlet"))
    assert "rating" in text
    assert "mix of rating" not in text  # not a mix of stories: each outlet has one rating
    assert "one value in each" in text
    assert 'group_by = "rating"' in text  # how to compare by it (in a notebook's words outside the runner)


def test_a_real_mix_is_still_called_a_mix():
    from helpers.notebook.group_mix import group_attribute_columns, group_mix, mix_sentences

    rows = []
    # 8 of 10 (review s79-B: from 9 of 10 up, one value describes each group, as a rating merged from two desks does)
    for outlet, topics in (("Harbour Ledger", ["port"] * 8 + ["school"] * 2),
                           ("Valley Courier", ["school"] * 8 + ["port"] * 2)):
        rows += [{"doc_id": f"{outlet[:2]}{i}", "outlet": outlet, "desk": t, "text": BODY} for i, t in enumerate(topics)]
    table = group_mix(pd.DataFrame(rows), "outlet", ["desk"], seed=0)
    assert group_attribute_columns(table) == []
    assert "mix of desk" in " ".join(mix_sentences(table, "outlet"))


def test_the_index_does_not_call_a_group_attribute_a_mix(tmp_path):
    from helpers.notebook.group_mix import group_mix
    from helpers.report.index import group_mix_note

    group_mix(_rated_outlets(), "outlet", ["rating"], seed=0).to_csv(tmp_path / "00_group_mix.csv", index=False)
    note = group_mix_note(tmp_path, [{"files": ["00_group_mix"]}])
    assert "rating" in note
    assert "differ in their mix of rating" not in note
    assert "one value" in note


# --- 2. the pool of small groups is listed last, also in tables made of several measures -------------------


def test_pools_last_within_blocks_keeps_each_measure_together():
    from helpers.corpus.groups import pools_last

    t = pd.DataFrame({"group": ["(other)", "A", "B", "(other)", "A", "B"],
                      "measure": ["m1", "m1", "m1", "m2", "m2", "m2"]})
    out = pools_last(t, "group", within="measure")
    assert out["group"].tolist() == ["A", "B", "(other)", "A", "B", "(other)"]
    assert out["measure"].tolist() == ["m1", "m1", "m1", "m2", "m2", "m2"]


def test_topic_shares_per_group_and_period_list_the_pool_last():
    from helpers.topics.time import group_period_shares

    doc = pd.DataFrame({"group": ["(other)", "Alpha", "Beta", "(other)"], "date_period": ["2019", "2019", "2020", "2020"],
                        "T1": [0.5, 0.2, 0.9, 0.4], "T2": [0.5, 0.8, 0.1, 0.6]})
    out = group_period_shares(doc, "group", "date_period")
    assert out["group"].drop_duplicates().tolist() == ["Alpha", "Beta", "(other)"]


def test_the_pool_takes_no_first_panel_in_topics_over_time_by_group():
    import matplotlib
    matplotlib.use("Agg")
    from helpers.plotting.time import plot_topics_over_time_by_group

    rows = []
    for g, n in (("(other)", 9), ("Alpha", 4), ("Beta", 3)):
        for p in ("2019", "2020"):
            rows += [{"group": g, "date_period": p, "topic": t, "n_articles": n, "share": 0.5} for t in ("T1", "T2")]
    fig = plot_topics_over_time_by_group(pd.DataFrame(rows), "group", "date_period", {"T1": "a", "T2": "b"})
    titles = ["".join(ax.get_title(loc=loc) for loc in ("left", "center", "right")) for ax in fig.axes]
    titles = [t for t in titles if t]
    assert titles[0].startswith("Alpha")
    assert titles[-1].startswith("(other)")


def test_notebook_02_lists_the_pool_last_in_the_rates_table():
    nb = json.loads((ROOT / "notebooks" / "02_outlets.ipynb").read_text(encoding="utf-8"))
    src = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert 'rates = pools_last(pd.concat(rate_tables, ignore_index=True), "group", within="measure")' in src


# --- 3. the user's own column names: say which column is meant -------------------------------------------


def _export(tmp_path, **extra):
    df = pd.DataFrame({"Headline": ["Harbour plan delayed", "Council backs repairs"],
                       "Article Text": [BODY, BODY.replace("Tuesday", "Friday")],
                       "Publication": ["Harbour Ledger", "Valley Courier"],
                       "Date Published": ["2019-03-04", "2019-03-05"], "URL": ["https://a.example/1", "https://b.example/2"]})
    for k, v in extra.items():
        df[k] = v
    path = tmp_path / "export.csv"
    df.to_csv(path, index=False)
    return path


def test_without_a_text_column_the_column_holding_the_articles_is_suggested(tmp_path):
    from helpers.corpus.read import CorpusError, load_corpus, option_style

    with option_style("cli"), pytest.raises(CorpusError) as err:
        load_corpus(_export(tmp_path))
    assert "-p columns '{text: Article Text}'" in str(err.value)


def test_a_column_name_given_in_the_wrong_case_is_suggested(tmp_path):
    from helpers.corpus.read import CorpusError, load_corpus, option_style

    with option_style("cli"), pytest.raises(CorpusError) as err:
        load_corpus(_export(tmp_path), text_col="Article text")
    assert "Did you mean 'Article Text'?" in str(err.value)


def test_the_date_warning_names_the_column_that_holds_dates(tmp_path):
    from helpers.corpus.read import CorpusWarning, load_corpus, option_style

    with option_style("cli"), pytest.warns(CorpusWarning) as rec:
        load_corpus(_export(tmp_path), text_col="Article Text")
    said = " ".join(str(w.message) for w in rec if "no date column" in str(w.message))
    assert "'Date Published' holds dates" in said
    assert "-p columns '{date: Date Published}'" in said


@pytest.mark.parametrize("name", ["export.xlsx", "export.xls", "export.ods"])
def test_a_spreadsheet_workbook_is_refused_with_how_to_save_it_as_csv(tmp_path, name):
    from helpers.corpus.read import CorpusError, load_corpus

    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04 not read")
    with pytest.raises(CorpusError) as err:
        load_corpus(path)
    msg = str(err.value)
    assert "spreadsheet" in msg and "CSV" in msg
    assert "unknown corpus file type" not in msg


# --- 4. group_by a period: notebook 01's periods are not a column ------------------------------------------


@pytest.mark.parametrize("name", ["date_period", "year", "period"])
def test_group_by_a_period_that_is_not_a_column_says_where_periods_are_compared(name, monkeypatch):
    from helpers.core.wording import CLI_ENV
    from helpers.notebook.params import ParameterError
    from helpers.notebook.setup import _check_group_by

    monkeypatch.setenv(CLI_ENV, "1")
    corpus = pd.DataFrame({"doc_id": ["a"], "outlet": ["Harbour Ledger"], "date": ["2019-03-04"], "text": [BODY]})
    with pytest.raises(ParameterError) as err:
        _check_group_by(corpus, name)
    msg = str(err.value)
    assert "notebook 01" in msg and "over time" in msg
    assert "year" in msg  # how to compare by year: a column of the corpus


# --- 5. one time trend for all groups: whether groups diverged is not what the model tests ---------------------


def test_the_group_and_time_model_says_it_has_one_trend_for_every_group():
    from helpers.topics.effects import effects_caveat

    text = effects_caveat("bias_text")
    assert "one time trend" in text
    assert "diverge" in text or "moved apart" in text
    assert "bias_text" in text


def test_notebook_01_closing_section_says_the_trend_is_shared():
    nb = json.loads((ROOT / "notebooks" / "01_topics.ipynb").read_text(encoding="utf-8"))
    src = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert 'print(f"* Group and time together: {TE.effects_caveat(G)}")' in src


# --- 6. grouped by a rating, a group that is mostly one outlet is named ------------------------------------


def _rated_articles():
    rows = [{"doc_id": f"a{i}", "outlet": "Harbour Ledger", "rating": "centre", "text": BODY} for i in range(6)]
    rows += [{"doc_id": f"b{i}", "outlet": o, "rating": "centre", "text": BODY}
             for i, o in enumerate(["Coast Wire", "Pier Post", "Bay Times"])]
    rows += [{"doc_id": f"c{i}", "outlet": o, "rating": "left", "text": BODY}
             for i, o in enumerate(["Valley Courier", "Town Crier", "Dock Daily", "Gull Gazette", "Tide News"])]
    return pd.DataFrame(rows)


def test_a_group_made_mostly_of_one_outlet_is_named():
    from helpers.notebook.group_mix import outlet_concentration, outlet_sentences

    table = outlet_concentration(_rated_articles(), "rating")
    assert table["rating"].tolist() == ["centre"]
    row = table.iloc[0]
    assert (row["top_outlet"], int(row["top_n"]), int(row["n"])) == ("Harbour Ledger", 6, 9)
    text = " ".join(outlet_sentences(table, "rating"))
    assert "6 of its 9 articles (67%)" in text and "Harbour Ledger" in text


def test_outlet_concentration_is_empty_when_the_groups_are_outlets():
    from helpers.notebook.group_mix import OUTLET_COLUMNS, outlet_concentration

    table = outlet_concentration(_rated_articles(), "outlet")
    assert table.empty and list(table.columns) == ["outlet", *OUTLET_COLUMNS[1:]]


def test_the_index_names_a_group_made_mostly_of_one_outlet(tmp_path):
    from helpers.notebook.group_mix import outlet_concentration
    from helpers.report.index import group_mix_note

    outlet_concentration(_rated_articles(), "rating").to_csv(tmp_path / "00_group_outlets.csv", index=False)
    note = group_mix_note(tmp_path, [{"files": ["00_group_outlets"]}])
    assert "Harbour Ledger" in note and "one outlet" in note


def test_notebook_00_saves_the_outlet_concentration():
    nb = json.loads((ROOT / "notebooks" / "00_corpus.ipynb").read_text(encoding="utf-8"))
    src = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert 'save_table(concentration, "00_group_outlets", P["output_dir"])' in src


# --- 7. a monthly count of articles has whole-number ticks -------------------------------------------------


def test_the_monthly_timeline_counts_articles_in_whole_numbers():
    import matplotlib
    matplotlib.use("Agg")
    from helpers.plotting.time import timeline

    per_month = [20, 8, 1, 1, 8, 2, 4, 2, 3, 5, 3, 9, 5, 1, 2, 6, 6, 4, 3, 6, 5, 4, 1, 6, 5, 5, 6, 3, 4, 5, 1, 6, 2,
                 3, 2, 3, 1, 1, 2, 5, 2, 8, 8, 7, 3, 3, 3, 5, 4, 2, 1, 3, 3, 6, 8, 2, 3, 5, 3, 3, 12, 3, 1, 2, 4]
    months = pd.period_range("2012-06", periods=len(per_month), freq="M")
    days = pd.to_datetime([m.to_timestamp() for m, k in zip(months, per_month) for _ in range(k)])  # 260 articles
    tl = pd.DataFrame({"group": "Harbour Ledger", "date_parsed": days, "approximate": False, "not_before": pd.NaT})
    fig = timeline(tl)
    ax = fig.axes[0]
    fig.canvas.draw()
    ticks = [t for t in ax.get_yticks() if ax.get_ylim()[0] <= t <= ax.get_ylim()[1]]
    assert len(ticks) >= 2 and all(float(t).is_integer() for t in ticks)


# --- 8. a group with no dated article is said to be missing from the panels over time -------------------------


def test_groups_without_a_dated_article_are_named_under_the_panels_over_time():
    from helpers.topics.time import undated_groups_note

    sizes = pd.Series({"Harbour Ledger": 34, "Valley Courier": 7, "(other)": 5, "Coast Wire": 1})
    note = undated_groups_note(sizes, ["Valley Courier"], "outlet")
    assert "Harbour Ledger (34 articles)" in note and "Coast Wire (1 article)" in note
    assert "(other)" not in note
    assert "no dated article" in note
    assert undated_groups_note(sizes, ["Harbour Ledger", "Valley Courier", "Coast Wire"], "outlet") == ""


def test_notebook_01_prints_the_groups_without_dates():
    nb = json.loads((ROOT / "notebooks" / "01_topics.ipynb").read_text(encoding="utf-8"))
    src = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert "TT.undated_groups_note(" in src


# --- 9. eight yearly periods: every year gets its label and its n ------------------------------------------


def _prevalence(periods, n=40):
    return pd.DataFrame([{"date_period": p, "topic": t, "n_articles": n, "estimate": 0.4, "ci_low": 0.3, "ci_high": 0.5}
                         for p in periods for t in ("T1", "T2")])


def test_every_year_of_eight_gets_its_label_and_n_over_time():
    import matplotlib
    matplotlib.use("Agg")
    from helpers.plotting.time import plot_prevalence_over_time

    years = [str(y) for y in range(2012, 2020)]
    fig = plot_prevalence_over_time(_prevalence(years), "date_period", {"T1": "a", "T2": "b"})
    labels = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert [lab.split("\n") for lab in labels] in ([[y, "n=40"] for y in years], [[y, "40"] for y in years])


def test_many_months_over_time_are_still_thinned():
    import matplotlib
    matplotlib.use("Agg")
    from helpers.plotting.time import plot_prevalence_over_time

    months = [str(p) for p in pd.period_range("2019-01", periods=24, freq="M")]
    fig = plot_prevalence_over_time(_prevalence(months, n=1234), "date_period", {"T1": "a", "T2": "b"})
    assert 3 <= len(fig.axes[0].get_xticklabels()) <= 8


def _apart(fig, ax, gap_pt=2.0):
    r = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(r) for t in ax.get_xticklabels()]
    return all(b.x0 - a.x1 >= gap_pt * fig.dpi / 72 for a, b in zip(boxes, boxes[1:]))


def test_nine_years_of_ten_topics_keep_their_labels_apart():
    # review s76: under nine years in four columns "n=24n=38n=37" ran together; the labels are measured now
    import matplotlib
    matplotlib.use("Agg")
    from helpers.plotting.time import plot_prevalence_over_time

    years = [str(y) for y in range(2012, 2021)]
    prev = pd.DataFrame([{"date_period": y, "topic": f"T{t}", "n_articles": 24 + i, "estimate": 0.4, "ci_low": 0.3,
                          "ci_high": 0.5} for i, y in enumerate(years) for t in range(1, 11)])
    fig = plot_prevalence_over_time(prev, "date_period", {f"T{t}": "a" for t in range(1, 11)})
    drawn = [ax for ax in fig.axes if ax.axison]
    assert len(drawn) == 10 and all(_apart(fig, ax) for ax in drawn)
    labels = [t.get_text() for t in drawn[0].get_xticklabels()]
    assert [lab.split("\n")[0] for lab in labels] == years  # every year keeps its label, with its count
    assert labels[0] in ("2012\nn=24", "2012\n24")
    assert all(t.get_text() == lab for ax in drawn for t, lab in zip(ax.get_xticklabels(), labels))
