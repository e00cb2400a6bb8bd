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


def _half_year(n=240, seed=3):
    """Articles of two groups over six months of one year; T1 falls steeply over the half year."""
    import numpy as np

    rng = np.random.default_rng(seed)
    days = rng.integers(0, 180, n)
    dates = pd.Timestamp("2021-01-10") + pd.to_timedelta(days, unit="D")
    is_b = rng.random(n) < 0.45
    y = np.clip(0.30 - 0.25 * days / 180 + rng.normal(0, 0.03, n), 0, 1)
    doc = pd.DataFrame({"doc_id": [f"d{i}" for i in range(n)], "desk": np.where(is_b, "B", "A"), "T1": y, "T2": 1 - y})
    return doc, pd.Series(dates)


def test_topic_effects_over_half_a_year_say_the_per_year_change_reaches_beyond_the_dates():
    from helpers.topics import effects as E

    doc, dates = _half_year()
    res = E.topic_effects(doc, "desk", E.decimal_years(dates), n_boot=20, seed=0)
    assert res.fitted
    assert 150 <= res.span_days < 180
    assert "(2021-01-" in res.message and " to 2021-0" in res.message  # the dates, not "(2021-2021)"
    note = next(n for n in res.notes if "less than a year" in n)
    assert "months" in note and "points per month" in note and "divide it by 12" in note


def test_topic_effects_over_years_keep_years_and_add_no_note():
    from helpers.topics import effects as E

    doc, dates = _half_year()
    dates = pd.Series(pd.Timestamp("2015-01-01") + (dates - dates.min()) * 12)  # the same order over six years
    res = E.topic_effects(doc, "desk", E.decimal_years(dates), n_boot=20, seed=0)
    assert res.fitted and res.span_days > 5 * 365
    assert "(2015-2020)" in res.message or "(2015-2021)" in res.message
    assert not any("less than a year" in n for n in res.notes)
    assert E.short_span_note(res.table, res.span_days) == ""


def test_effects_figure_names_the_span_next_to_the_per_year_change():
    import matplotlib.pyplot as plt

    from helpers.plotting import plot_topic_effects
    from helpers.topics import effects as E

    doc, dates = _half_year()
    res = E.topic_effects(doc, "desk", E.decimal_years(dates), n_boot=20, seed=0)
    fig = plot_topic_effects(res, {"T1": "one", "T2": "two"})
    ticks = [t.get_text().replace("\n", " ") for t in fig.axes[0].get_yticklabels()]
    plt.close(fig)
    assert any(t.startswith("time: per year (dates span") and "months)" in t for t in ticks), ticks


def test_span_words():
    from helpers.topics.effects import span_words

    assert span_words(19) == "19 days"
    assert span_words(179) == "5.9 months"
    assert span_words(548) == "1.5 years"


def test_drop_inline_tags_keeps_the_linked_words():
    from helpers.text.normalize import drop_inline_tags

    text = ('9:15 a.m.: <a href="https://news.example/alerts/ferry" id="_link_Ferry Board_" target="_blank">'
            'Ferry board</a> cuts crossings to two a day')
    assert drop_inline_tags(text) == "9:15 a.m.: Ferry board cuts crossings to two a day"
    assert drop_inline_tags("The nurse said <em>never</em> again.<br/>The ward closed.") == \
        "The nurse said never again.\nThe ward closed."
    assert drop_inline_tags("<B>Update</B>: <span class='x'>two</span> sites") == "Update: two sites"


def test_drop_inline_tags_leaves_other_angle_brackets():
    from helpers.text.normalize import drop_inline_tags

    for text in ["a <3 rating", "if x < y and y > z", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                 "no markup at all", "<a href='x' onclick=\"y\"broken"]:
        assert drop_inline_tags(text) == text


def test_entities_written_as_text_stay_text():
    from helpers.text.normalize import drop_inline_tags, unescape_entities

    assert unescape_entities(drop_inline_tags("Type &lt;b&gt; for bold")) == "Type <b> for bold"


def test_a_csv_corpus_loses_the_link_tags_of_its_bodies_and_titles(tmp_path):
    from helpers.corpus.read import load_corpus

    body = ('The ferry board met on Monday.\n\n7:40 a.m.: <a href="https://news.example/a" target="_blank">'
            'Harbour master</a> says crossings resume at noon.\n\nThe board will meet again next week.')
    df = pd.DataFrame({"doc_id": ["a1", "a2"], "outlet": ["The Harbour Post", "Valley Courier"],
                       "title": ['<a href="https://news.example/t">Ferry</a> board meets', "Bakery reopens"],
                       "body": [body, "The bakery on Mill Lane reopened on Friday after a month shut."]})
    path = tmp_path / "news.csv"
    df.to_csv(path, index=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(path)
    row = corpus.set_index("doc_id").loc["a1"]
    assert "Harbour master says crossings resume at noon." in row["text"]
    assert "href" not in row["text"] and "</a>" not in row["raw"]
    assert row["title"] == "Ferry board meets"


def test_a_text_file_keeps_its_characters_where_annotations_point(tmp_path):
    """A folder's .txt file is read as written (the lead's change at the merge of dogfood 12br-d): annotations of the
    same file (PolNeAR's character offsets) must still point at the same words."""
    from helpers.corpus.read import load_corpus

    folder = tmp_path / "news"
    folder.mkdir()
    text = ('The clinic reopened.\n\n<a href="https://news.example/c">Staff</a> returned on '
            "Monday morning after the deep clean.\n")
    (folder / "a1.txt").write_text(text, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(folder)
    raw = corpus.loc[0, "raw"]
    assert raw.index("Monday morning") == text.index("Monday morning")


def test_validation_cli_takes_the_column_as_stratum_or_group_in_both_commands(tmp_path, capsys, monkeypatch):
    """sample --stratum rating, then score --stratum rating: argparse refused --stratum for score (dogfood 12br-d)."""
    from helpers.validation.cli import main

    monkeypatch.setenv("NEWS_CACHE_DIR", str(tmp_path / "cache"))
    path = _csv(tmp_path)
    df = pd.read_csv(path)
    df["rating"] = ["left", "left", "right", "right", "right", "left"]
    df.to_csv(path, index=False)
    sheet = tmp_path / "ann.csv"
    assert main(["sample", "--corpus", str(path), "--group", "rating", "--n", "4", "--seed", "3",
                 "--out", str(sheet)]) == 0
    coded = pd.read_csv(sheet, dtype=str, keep_default_na=False)
    assert set(coded["stratum"]) == {"left", "right"}
    for label in ("responsibility", "conflict", "human_interest", "economic_consequences", "morality"):
        coded[label] = "0"
    coded.loc[0, "human_interest"] = "1"
    filled = tmp_path / "ann_filled.csv"
    coded.to_csv(filled, index=False)
    capsys.readouterr()
    assert main(["score", "--corpus", str(path), "--stratum", "rating", str(filled)]) == 0
    out = capsys.readouterr().out
    assert "one coder only (ann_filled), so agreement cannot be computed" in out
    assert "per rating" in out


def test_a_single_day_for_periods_is_answered_with_the_brackets_to_type(monkeypatch):
    import pytest

    from helpers.core.wording import CLI_ENV
    from helpers.report import plan

    monkeypatch.delenv(CLI_ENV, raising=False)
    nbs = [nb for nb in plan.list_notebooks() if nb.stem.startswith("00")]
    with pytest.raises(plan.ReportError) as err:
        plan.plan_parameters(nbs, {"periods": "2021-03-15"})
    assert "Write a list in brackets, even of one value: -p periods '[2021-03-15]'." in str(err.value)
    import os

    assert CLI_ENV not in os.environ  # put back as it was


def test_list_hint_in_a_notebook_and_not_for_other_types(monkeypatch):
    import pytest

    from helpers.core.wording import CLI_ENV
    from helpers.notebook.params import Param, ParameterError

    monkeypatch.delenv(CLI_ENV, raising=False)
    with pytest.raises(ParameterError, match=r"periods = \['2021-03-15'\]"):
        Param((list,)).check("periods", "2021-03-15")
    with pytest.raises(ParameterError) as err:
        Param((int,)).check("top_n", "five")
    assert "brackets" not in str(err.value)


def test_pseudo_in_groups_note_names_the_digest_inside_a_rating_group():
    from helpers.corpus.groups import pseudo_in_groups_note

    t = pd.DataFrame({"outlet": ["The Flip Side"] * 3 + ["Guest Writer - Left", "Harbour Post", "Valley Courier", "Mill Times"],
                      "outlet_kind": ["pseudo"] * 4 + ["", "", ""],
                      "rating": ["center"] * 3 + ["left", "left", "center", "right"]})
    note = pseudo_in_groups_note(t, "rating")
    assert "4 articles are of 2 names" in note and "The Flip Side (3), Guest Writer - Left (1)" in note
    assert "center (3 of 4), left (1 of 2)" in note
    assert pseudo_in_groups_note(t, "outlet") == ""  # pooled as (pseudo-outlets) there, said by pseudo_note
    assert pseudo_in_groups_note(t.assign(outlet_kind=""), "rating") == ""


def test_prepare_corpus_notes_a_pseudo_outlet_compared_inside_a_rating(tmp_path, monkeypatch):
    from helpers.notebook.prepare import prepare_corpus

    monkeypatch.setenv("NEWS_CACHE_DIR", str(tmp_path / "cache"))
    path = _csv(tmp_path)
    df = pd.read_csv(path)
    df.loc[0, "outlet"] = "The Flip Side"
    df["rating"] = ["center", "left", "center", "right", "right", "left"]
    df.to_csv(path, index=False)
    P = dict(corpus=str(path), metadata=None, columns=None, on_bad="error", group_by="rating", engine="pandas",
             scheduler="", day_first=None, periods=[], top_n=15, seed=0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        prep = prepare_corpus(P)
    note = next(n for n in prep.notes if n.startswith("pseudo-outlets"))
    assert "The Flip Side (1)" in note and "center (1 of 2)" in note


def test_sample_refuses_a_coding_sheet_inside_a_folder_corpus(tmp_path, capsys):
    from helpers.validation.cli import main

    folder = tmp_path / "news"
    folder.mkdir()
    for i, text in enumerate(["The clinic reopened on Monday after a deep clean of every ward.",
                              "The ferry board cut crossings to two a day while crews were tested."]):
        (folder / f"a{i}.txt").write_text(text + "\n", encoding="utf-8")
    before = sorted(p.name for p in folder.iterdir())
    status = main(["sample", "--corpus", str(folder), "--stratum", "", "--n", "2", "--out", str(folder / "ann.csv")])
    err = capsys.readouterr().err
    assert status == 2 and "inside the corpus folder" in err and "ann.guide.html" in err and "--out coding/" in err
    assert sorted(p.name for p in folder.iterdir()) == before
    status = main(["sample", "--corpus", str(folder), "--stratum", "", "--n", "2",
                   "--out", str(folder / "sub" / "ann.csv")])
    assert status == 2 and not (folder / "sub").exists()


def test_sample_refuses_to_write_over_a_table_corpus(tmp_path, capsys):
    from helpers.validation.cli import check_sheet_place, main

    path = _csv(tmp_path)
    data = path.read_bytes()
    assert main(["sample", "--corpus", str(path), "--stratum", "", "--n", "2", "--out", str(path)]) == 2
    assert "write over the corpus's own file" in capsys.readouterr().err
    assert path.read_bytes() == data
    check_sheet_place(tmp_path / "coding" / "ann.csv", path)  # beside a file corpus: allowed


def _role_shares(folder):
    rows = []
    for g, n, arts, shares in (("north", 900, 40, (0.32, 0.18)), ("south", 800, 38, (0.20, 0.21))):
        for measure, share in zip(("politician", "expert"), shares):
            rows.append({"desk": g, "measure": measure, "k": round(share * n), "n": n, "n_articles": arts,
                         "share": share, "ci_low": share - 0.03, "ci_high": share + 0.03})
    pd.DataFrame(rows).to_csv(folder / "02_source_roles_shares.csv", index=False)


def test_a_key_finding_on_source_roles_says_how_often_the_role_rules_were_right(tmp_path):
    from helpers.measures.outlets import load_role_checks
    from helpers.report.index import notebook_findings, roles_caveat

    _role_shares(tmp_path)
    text = notebook_findings(tmp_path, ["02_source_roles_shares"], {})[0]
    assert "share of sources by role" in text and "the role rules are not always right" in text, text
    checks = load_role_checks(corpus="allsides")
    latest = checks[checks["sample"] == checks["sample"].iloc[-1]]
    k, n = int((latest["role_ok"] == "yes").sum()), int(latest["role_ok"].isin(["yes", "no"]).sum())
    assert f"{k}/{n} in the latest hand-checked draw of AllSides attributions" in roles_caveat()


def test_articles_sharing_a_web_address_with_different_bodies_are_named(tmp_path):
    import pytest

    from helpers.corpus.read import CorpusWarning, load_corpus

    page = "https://news.example/live/ferry-updates"
    df = pd.DataFrame({"doc_id": ["a1", "a2", "a3", "a4"],
                       "outlet": ["The Harbour Post"] * 4,
                       "url": [page, "https://news.example/bakery", page, ""],
                       "source_url": ["https://ratings.example/harbour-post"] * 4,  # an outlet's page: not an address
                       "body": ["Ferries ran twice a day on Monday while the crews were tested for the virus.",
                                "The bakery on Mill Lane reopened on Friday after a month shut.",
                                "Ferries ran once a day on Tuesday after two crew members tested positive.",
                                "The county opened three testing sites in church car parks on Friday."]})
    path = tmp_path / "news.csv"
    df.to_csv(path, index=False)
    with pytest.warns(CorpusWarning, match=r"2 articles with different bodies share a web address \(column 'url'\), "
                                           r"e.g. 'a1' and 'a3'"):
        load_corpus(path)


def test_no_address_warning_for_duplicate_bodies_or_distinct_addresses(tmp_path):
    from helpers.corpus.read import warn_shared_addresses

    df = pd.DataFrame({"doc_id": ["a1", "a2", "a3"], "URL": ["https://x.example/1", "https://x.example/1",
                                                            "https://x.example/2"],
                       "duplicate_of": ["", "a1", ""]})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warn_shared_addresses(df, "news.csv")  # the copy is a duplicate body, warned about already
        warn_shared_addresses(df.drop(columns="URL").assign(source_url="https://x.example/o"), "news.csv")
