"""Review s79 (an immigration study written by a user, 30 outlets compared, a newcomer's change): the faults they
found, each with the case that showed it (rows written for the tests)."""
from __future__ import annotations

import os

import pandas as pd


def _shares(path, rows):
    pd.DataFrame([{"outlet": g, "n_articles": n, "share": v, "ci_low": lo, "ci_high": hi, "measure": "named"}
                  for g, n, v, lo, hi in rows]).to_csv(path, index=False)


def test_with_many_groups_the_finding_ranks_the_large_ones(tmp_path):
    # review s79-B: of 30 outlets, every finding set two of 3-17 articles against each other
    from helpers.corpus.groups import HEADLINE_ARTICLES
    from helpers.report.index import group_differences, notebook_findings

    rows = [("Fox News", 284, 0.60, 0.55, 0.65), ("CNN", 150, 0.40, 0.35, 0.45), ("Politico", 120, 0.50, 0.45, 0.55)]
    rows += [(f"Small {i}", 5 + i, v, v - 0.3, min(1, v + 0.3)) for i, v in enumerate([0.95, 0.05, 0.5, 0.6, 0.7])]
    path = tmp_path / "02_source_identity.csv"
    _shares(path, rows)
    d = group_differences(path)
    assert (d["high"]["group"], d["low"]["group"]) == ("Fox News", "CNN")
    assert d["ranked"] == 3 and d["smaller"] == 5
    items = notebook_findings(tmp_path, ["02_source_identity"], {})
    assert any(f"among the 3 groups of {HEADLINE_ARTICLES} or more articles (5 smaller groups on the page)" in i
               for i in items), items
    _shares(path, rows[:1] + rows[3:])  # one large group only: all groups of 3+ articles are ranked, as before
    d = group_differences(path)
    assert d["smaller"] == 0 and d["high"]["group"] == "Small 0"


def test_few_groups_are_all_ranked(tmp_path):
    from helpers.report.index import group_differences

    path = tmp_path / "02_source_identity.csv"
    _shares(path, [("a", 200, 0.5, 0.45, 0.55), ("b", 6, 0.9, 0.6, 1.0), ("c", 150, 0.4, 0.35, 0.45)])
    d = group_differences(path)
    assert d["high"]["group"] == "b" and d["smaller"] == 0


def test_no_key_finding_is_about_sources_no_actor_of_the_study_matches(tmp_path):
    # reviews s79-A and s79-B: "share of sources by affiliation for (none of the study's actors)" was the finding
    from helpers.report.index import group_differences

    path = tmp_path / "02_source_affiliation.csv"
    rows = [("left", "(none of the study's actors)", 0.58, 0.55, 0.61), ("right", "(none of the study's actors)",
                                                                          0.30, 0.27, 0.33),
            ("left", "aclu", 0.05, 0.03, 0.07), ("right", "aclu", 0.02, 0.01, 0.03)]
    pd.DataFrame([{"lean": g, "measure": m, "n_articles": 100, "share": v, "ci_low": lo, "ci_high": hi}
                  for g, m, v, lo, hi in rows]).to_csv(path, index=False)
    d = group_differences(path)
    assert d["key"] == {"measure": "aclu"}


def test_the_actor_role_heat_map_keeps_its_columns_readable_beside_a_long_label():
    # review s79-A: "Central American governments (Guatemala, Honduras, El Salvador)" squeezed the four columns into
    # 80 pixels, their counts running into each other
    import matplotlib

    matplotlib.use("Agg")
    from helpers.framing.actor_roles import ROLES
    from helpers.plotting import plot_role_counts

    counts = pd.DataFrame({"label": ["Central American governments (Guatemala, Honduras, El Salvador)", "ICE"],
                           **{r: [80309, 112] for r in ROLES}})
    fig, _ = plot_role_counts(counts, "Actor roles (all groups pooled)")
    fig.canvas.draw()
    ax = fig.axes[0]
    width = ax.get_window_extent().width / fig.dpi
    assert width >= 0.6 * len(ROLES)  # at least 0.6 in per column, for a five-digit count
    assert all(len(line) <= 28 for t in ax.get_yticklabels() for line in t.get_text().split("\n"))


def test_the_index_does_not_call_topics_solid_when_the_floor_chose_k(tmp_path):
    # review s79-A: "Solid topics: 3 of 3 come back" while notebook 01 said every larger k fell below the floor
    from helpers.report.index import notebook_findings
    from helpers.topics.sweep import floor_chose_k

    pd.DataFrame({"topic": ["T1", "T2", "T3"], "label": ["a / b", "c / d", "e / f"], "stable": [True] * 3}).to_csv(
        tmp_path / "topics.csv", index=False)
    sweep = pd.DataFrame({"k": [3, 4, 5, 6], "diversity": [0.933, 0.825, 0.82, 0.867], "coherence": 0.2})
    sweep.to_csv(tmp_path / "01_k_sweep.csv", index=False)
    assert floor_chose_k(sweep, 3) and not floor_chose_k(sweep, 4)
    item = notebook_findings(tmp_path, ["topics"], {})[0]
    assert "Stable but broad topics" in item and "not chosen by the score" in item
    pd.DataFrame({"k": [3, 4, 5], "diversity": [0.95, 0.93, 0.91], "coherence": 0.2}).to_csv(tmp_path / "01_k_sweep.csv", index=False)
    item = notebook_findings(tmp_path, ["topics"], {})[0]
    assert "Solid topics" in item and "not chosen" not in item


def test_a_share_axis_starts_at_zero():
    # review s79-C: shares of 3% and 28% were drawn at the two ends of an axis from 2% to 29%
    import matplotlib

    matplotlib.use("Agg")
    from helpers.plotting import plot_intervals

    t = pd.DataFrame({"g": ["a", "b"], "m": ["x", "x"], "share": [0.03, 0.28], "lo": [0.02, 0.25],
                      "hi": [0.05, 0.29], "n": [40, 50]})
    fig = plot_intervals(t, "g", "m", ["a", "b"], "share", "lo", "hi", "n", "T", "share", scale=100, percent=True,
                         zero_line=False)
    assert fig.axes[0].get_xlim()[0] == 0


def test_a_rating_held_by_nine_in_ten_of_each_outlet_describes_the_outlets():
    # review s79-B: one right-rated opinion piece merged into a center-rated news desk (12 of 13) made the outlets'
    # rating their "mix", and notebook 01 blamed it instead of the topic column for the topic contrasts
    from helpers.notebook.group_mix import group_attribute_columns

    t = pd.DataFrame({"column": "bias", "group": ["WSJ", "Fox", "CNN"], "n": [13, 40, 30],
                      "top_value": ["center", "right", "left"], "top_share": [12 / 13, 1.0, 1.0],
                      "cramers_v": 1.0, "p_value": 0.001, "uneven": True})
    assert group_attribute_columns(t) == ["bias"]
    assert group_attribute_columns(t.assign(top_share=[0.8, 1.0, 1.0])) == []


def test_sources_are_counted_by_the_side_of_their_affiliation():
    # review s79-A: a study's sides were checked on loading and then used by no table
    from helpers.measures.outlets import NO_SIDE, side_shares

    att = pd.DataFrame({"doc_id": ["a", "a", "a", "b", "c", "c"], "group": ["L", "L", "L", "L", "R", "R"],
                        "affiliation": ["ice", "cbp", "aclu", "", "ice", "mexico"]})
    sides = {"ice": "enforcement", "cbp": "enforcement", "aclu": "advocacy"}
    t = side_shares(att, "group", ["L", "R"], sides).set_index(["group", "measure"])
    assert t.loc[("L", "enforcement"), "k"] == 2 and t.loc[("L", "enforcement"), "n"] == 4
    assert t.loc[("R", NO_SIDE), "k"] == 1          # an actor the study gives no side
    assert t.loc[("L", NO_SIDE), "k"] == 1          # no actor at all
    assert side_shares(att, "group", ["L", "R"], {}).empty


def test_no_key_finding_is_about_sources_on_no_side(tmp_path):
    from helpers.report.index import group_differences

    path = tmp_path / "02_source_side.csv"
    rows = [("left", "(no side)", 0.70, 0.65, 0.75), ("right", "(no side)", 0.40, 0.35, 0.45),
            ("left", "advocacy", 0.20, 0.15, 0.25), ("right", "advocacy", 0.05, 0.03, 0.08)]
    pd.DataFrame([{"lean": g, "measure": m, "n_articles": 100, "n": 400, "k": 10, "share": v, "ci_low": lo,
                   "ci_high": hi} for g, m, v, lo, hi in rows]).to_csv(path, index=False)
    d = group_differences(path)
    assert d["key"] == {"measure": "advocacy"} and d["over_articles"]


def test_a_hypothetical_failure_blames_nobody():
    # review s79-A: "the president will move forward if Congress fails to act" made Congress blamed
    from helpers import framing as F

    books = F.load_codebooks()
    actors = {"name": "actors", "version": 1, "source": "test", "entries": {
        "congress": {"label": "Congress", "terms": ["Congress"]}, "taliban": {"label": "Taliban", "terms": ["Taliban"]}}}
    lex = {"negation": F.load_codebook("negation", kind="negation"), "roles": F.load_codebook("actor_roles", kind="roles")}
    sentences = ["The president will move forward if Congress fails to act on the bill.",
                 "Unless the Taliban fail to keep their word, the deal holds.",
                 "Congress failed to act on the bill.",
                 "The Taliban have failed to keep their word, he said."]
    units = pd.DataFrame({"doc_id": "d1", "outlet": "o", "text": sentences, "paragraph_id": range(4)})
    cues = F.find_cues(units, books, actors=actors, negation=lex["negation"], roles=lex["roles"])
    roles = F.actor_roles(units, cues, lex["roles"])
    blamed = set(zip(roles.loc[roles["role"] == "blamed", "unit"], roles.loc[roles["role"] == "blamed", "actor"]))
    assert blamed == {(2, "congress"), (3, "taliban")}


def test_the_profile_says_how_many_articles_are_dated():
    # review s79-B: "ABC News | 19 (19) | 2013-12-02" while one of its 19 articles had a date
    from helpers.measures.outlets import dates_cell

    assert dates_cell("2013-12-02", 1, 19) == "2013-12-02 (1 of 19 dated)"
    assert dates_cell("unknown", 0, 5) == "unknown" and dates_cell("2014", 3, 3) == "2014"


def test_with_many_groups_the_reuse_matrices_are_stacked():
    # review s79-B: two 32 x 32 matrices side by side made an 8,249-pixel-wide image with 3-pixel labels
    import matplotlib
    import numpy as np

    matplotlib.use("Agg")
    from helpers.plotting import plot_matrices
    from helpers.plotting.heatmap import STACK_ROWS

    for k, stacked in ((STACK_ROWS + 20, True), (4, False)):
        names = [f"Outlet {i}" for i in range(k)]
        m = pd.DataFrame(np.eye(k), index=names, columns=names)
        fig = plot_matrices([(m, "a", "{:.2f}", "Blues"), (m, "b", "{:.0f}", "Oranges")])
        boxes = [ax.get_position() for ax in fig.axes if ax.get_label() != "<colorbar>"]
        assert bool(boxes[0].y0 != boxes[1].y0) is stacked


def test_a_tone_panel_shows_only_the_groups_that_name_its_actor():
    # review s79-B: 21 actor panels of 32 rows each, mostly empty, made a 17,000-pixel figure
    import matplotlib

    matplotlib.use("Agg")
    from helpers.plotting import plot_intervals

    order = [f"g{i}" for i in range(30)]
    t = pd.DataFrame({"g": ["g0", "g1", "g5"], "actor": ["A", "A", "B"], "m": [0.1, -0.2, 0.3],
                      "lo": [0.0, -0.3, 0.1], "hi": [0.2, -0.1, 0.5], "n": [5, 6, 7]})
    fig = plot_intervals(t, "g", "actor", order, "m", "lo", "hi", "n", "T", "tone", only_present=True)
    labels = [[x.get_text() for x in ax.get_yticklabels()] for ax in fig.axes if ax.get_visible()]
    assert labels == [["g1", "g0"], ["g5"]]
    assert fig.get_size_inches()[1] < 4


def test_a_bare_party_is_an_unnamed_group_wherever_it_stands():
    # review s79-B: "Republicans criticized the move" was unnamed but "..., Republicans argued" named (221 rows)
    from helpers.measures.sourcing import extract_attributions

    units = pd.DataFrame({"doc_id": ["a", "a", "b"], "outlet": "o", "unit_id": [0, 1, 0],
                          "text": ["Republicans criticized the move as a giveaway.",
                                   "Those reports are insufficient, Republicans argued.",
                                   "The plan fails the poor, Sen. Ann Reyes argued."]})
    att = extract_attributions(units, ["outlet"]).sort_values(["doc_id", "unit_id"])
    assert att["identity"].tolist() == ["unnamed", "unnamed", "named"]


def test_a_measure_only_small_groups_carry_gives_no_finding_when_the_corpus_has_large_groups(tmp_path):
    # review s79-E: the tone toward a side figure set 4 articles of one outlet against 3 of another, while the
    # corpus had 16 outlets of 20+ articles
    from helpers.report.index import group_differences

    rows = []
    for i in range(8):
        rows.append({"outlet": f"o{i}", "actor": "trump", "n_articles": 40 + i, "mean_tone": 0.01 * i,
                     "ci_low": 0.01 * i - 0.05, "ci_high": 0.01 * i + 0.05})
        rows.append({"outlet": f"o{i}", "actor": "clinton", "n_articles": 3 + (i % 2), "mean_tone": -0.8 + 0.2 * i,
                     "ci_low": -0.9 + 0.2 * i, "ci_high": -0.7 + 0.2 * i})
    path = tmp_path / "02_actor_tone.csv"
    pd.DataFrame(rows).to_csv(path, index=False)
    d = group_differences(path)
    assert d["key"] == {"actor": "trump"} and d["compared"] == 1


def test_the_mix_note_names_large_groups_when_there_are_many():
    # review s79-E: the story-mix box's examples were outlets of under 20 articles, which no finding ranks
    from helpers.notebook.group_mix import short_mix_note

    rows = [{"column": "topic", "group": f"g{i}", "n": n, "contrast_value": "guns", "contrast_share": s,
             "cramers_v": 0.5, "p_value": 0.001, "uneven": True, "top_share": 0.6, "top_value": "health"}
            for i, (n, s) in enumerate([(100, 0.4), (80, 0.2), (60, 0.3), (8, 0.9), (9, 0.0), (7, 0.5), (6, 0.6)])]
    note = short_mix_note(pd.DataFrame(rows), "The outlet groups")
    assert "g0's" in note and "g1's" in note and "g3" not in note and "g4" not in note


def test_papermill_text_values_of_lists_mappings_and_flags_are_read():
    # review s79-F: -p periods '[2017-12-22]' was told to write periods = ['[2017-12-22]']; -p day_first true failed
    from helpers.notebook.specs import notebook_spec

    sp = notebook_spec("01_topics")
    assert sp["periods"].check("periods", "[2017-12-22]") == ["2017-12-22"]
    assert notebook_spec("00_corpus")["columns"].check("columns", "{date: pub_date}") == {"date": "pub_date"}
    assert notebook_spec("00_corpus")["day_first"].check("day_first", "true") is True
    assert notebook_spec("00_corpus")["day_first"].check("day_first", "none") is None   # none_ok, as the runner
    import pytest

    from helpers.notebook.params import ParameterError
    with pytest.raises(ParameterError, match="close the brackets"):
        sp["periods"].check("periods", "[2017")


def test_a_parameter_of_another_notebook_is_not_called_a_misspelling():
    # review s79-F: -p n_boot 200 on notebook 00 said "Check the spelling"
    import pytest

    from helpers.notebook.params import ParameterError, check_params

    with pytest.raises(ParameterError, match="'n_boot' is a parameter of 01_topics.*not of 00_corpus"):
        check_params({"n_boot": 200}, "00_corpus")


def test_only_a_reference_run_writes_into_the_committed_figures(monkeypatch, tmp_path):
    # reviews s79-F and s79-G: a papermill run (-p top_n 2), or the project's notebook edited and saved in
    # JupyterLab, rewrote figures/; "-p output_dir ." filled the project's root
    import pytest

    from helpers.notebook.params import ParameterError
    from helpers.notebook.setup import REFERENCE_ENV, output_folder, output_line

    assert os.environ.get(REFERENCE_ENV) == "1"          # set by the project's conftest.py for nbval
    assert output_folder(None, "seeds") == "figures"
    assert "the committed reference" in output_line({"output_dir": "figures"})
    monkeypatch.delenv(REFERENCE_ENV)
    assert output_folder(None, "seeds") == "reports/notebook-runs/seeds/figures"
    monkeypatch.chdir(tmp_path)
    assert output_folder(".", "seeds") == str(tmp_path / ".")
    assert output_folder("out/rel", "seeds") == str(tmp_path / "out" / "rel")
    from helpers.core.paths import PROJECT_ROOT

    with pytest.raises(ParameterError, match="committed reference"):
        output_folder(str(PROJECT_ROOT / "figures"), "seeds")
    assert output_line({"output_dir": str(tmp_path / "out")}) == (
        f"Figures and tables of this run: {(tmp_path / 'out').resolve().as_posix()}/ (parameter output_dir).")


def test_a_given_day_order_the_dates_rule_out_is_warned_about():
    # review s79-G: day_first=True on month-first dates swapped day and month in 132 of 282 dates, silently
    import warnings

    from helpers.corpus.dates import DateOrderWarning, parse_dates

    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        parse_dates(pd.Series(["04/25/2015", "12/08/2012"]), day_first=True)
    assert any(issubclass(x.category, DateOrderWarning) and "'04/25/2015'" in str(x.message) for x in w)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        parse_dates(pd.Series(["25/04/2015", "12/08/2012"]), day_first=True)
    assert not w


def test_a_relative_path_that_exists_only_in_the_working_folder_is_taken_from_it(tmp_path, monkeypatch):
    # review s79-F: "corpus/econ.parquet" in papermill's folder was looked for under the project root
    from helpers.core.paths import PROJECT_ROOT, resolve_path

    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "a.csv").write_text("x")
    monkeypatch.chdir(tmp_path)
    assert resolve_path("mine/a.csv") == tmp_path / "mine" / "a.csv"
    assert resolve_path("seeds") == PROJECT_ROOT / "seeds"            # the project's own first
    assert resolve_path("nowhere/x") == PROJECT_ROOT / "nowhere" / "x"  # neither: the project root, as before


def test_with_many_groups_the_topic_model_names_large_groups_first(tmp_path):
    # review s79-E: the index's model note and notebook 01's conclusion named contrasts of groups of 8-18 articles
    from helpers.report.index import topic_effect_note
    from helpers.topics.effects import effects_summary

    rows = [{"topic": "T1", "term": f"outlet: g{i} vs ref", "group": f"g{i}", "n_articles": n, "effect": e,
             "ci_low": e - 2, "ci_high": e + 2, "clear": True, "reference": "ref", "raw_share": 10.0,
             "raw_effect": e, "n_reference": 300} for i, (n, e) in enumerate([(8, 30.0), (12, 25.0), (150, 9.0),
                                                                            (90, 5.0), (40, 4.0), (30, 3.0), (25, 2.5),
                                                                            (22, 2.2)])]
    t = pd.DataFrame(rows)
    t.to_csv(tmp_path / "01_topic_effects.csv", index=False)
    assert "finds g2 +9.0 points" in topic_effect_note(tmp_path, "T1")
    s = effects_summary(t, {"T1": "a / b"}, "outlet", 3, 900, show=1)
    assert "T1 (a / b): g2 +9.0 points" in s


def test_notes_name_parameters_in_the_readers_terms(monkeypatch):
    # review s79-F: a notebook user was told "-p role_sheets '[ann.csv, bob.csv]'", a form papermill did not read
    from helpers.core.wording import CLI_ENV
    from helpers.validation.choice import no_sheets_note
    from helpers.validation.roles import NO_ROLE_SHEETS
    from helpers.validation.tone_sheets import NO_TONE_SHEETS

    def no_role_sheets():
        return no_sheets_note(NO_ROLE_SHEETS, "role_sheets")

    def no_tone_sheets():
        return no_sheets_note(NO_TONE_SHEETS, "tone_sheets")

    monkeypatch.delenv(CLI_ENV, raising=False)
    assert "role_sheets = ['ann.csv', 'bob.csv']" in no_role_sheets() and "-p " not in no_role_sheets()
    assert "tone_sheets = ['ann.csv', 'bob.csv']" in no_tone_sheets()
    monkeypatch.setenv(CLI_ENV, "1")
    assert "-p role_sheets '[ann.csv, bob.csv]'" in no_role_sheets()


def test_the_share_bars_give_n_in_the_group_label():
    # review s79-F: "n=5539" at the bars' right ran under the legend
    import matplotlib

    matplotlib.use("Agg")
    from helpers.plotting import plot_shares

    t = pd.DataFrame({"g": ["left"] * 3 + ["right"] * 2, "role": ["a", "b", "a", "a", "b"]})
    fig, _ = plot_shares(t, "g", "role", ["left", "right"], "Who")
    labels = [x.get_text() for x in fig.axes[0].get_yticklabels()]
    assert sorted(labels) == ["left\n(n=3)", "right\n(n=2)"]
    assert not [x for x in fig.axes[0].texts if x.get_text().startswith("n=")]


def test_a_folder_in_the_corpus_or_the_project_itself_is_refused(monkeypatch, tmp_path):
    # review s79-I: "-p output_dir seeds" wrote into the bundled corpus; "." from the project folder filled its root
    import pytest

    from helpers.core.paths import PROJECT_ROOT
    from helpers.notebook.params import ParameterError
    from helpers.notebook.setup import REFERENCE_ENV, output_folder, reference_run

    monkeypatch.setenv(REFERENCE_ENV, "0")
    assert not reference_run()                      # only "1" is a reference run
    monkeypatch.chdir(PROJECT_ROOT)
    for bad in ("seeds", "seeds/out", ".", "figures"):
        with pytest.raises(ParameterError, match="output_dir"):
            output_folder(bad, "seeds")
    (tmp_path / "corpus").mkdir()
    with pytest.raises(ParameterError, match="inside the corpus folder"):
        output_folder(str(tmp_path / "corpus" / "out"), str(tmp_path / "corpus"))
    assert output_folder(str(tmp_path / "out"), str(tmp_path / "corpus")) == str(tmp_path / "out")


def test_a_given_day_order_warns_only_when_the_dates_favour_the_other_and_some_may_be_misread():
    # review s79-I: it warned with nothing misread (no ambiguous date) and for 1 stray date among 50
    import warnings

    from helpers.corpus.dates import DateOrderWarning, parse_dates

    def said(values):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            parse_dates(pd.Series(values), day_first=True)
        return [str(x.message) for x in w if issubclass(x.category, DateOrderWarning)]

    assert said(["04/25/2015", "05/30/2016"]) == []                      # nothing read either way
    assert said(["25/04/2015"] * 50 + ["04/25/2015", "03/04/2015"]) == []  # the column favours day first
    msg = said(["04/25/2015", "05/30/2016", "03/04/2015"])
    assert msg and "'03/04/2015'" in msg[0] and "'04/25/2015'" in msg[0]
