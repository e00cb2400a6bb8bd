"""Review s78-A (a user's CSV of education and technology news): sources read wrongly, each with the sentence that
showed it. The sentences here are written for the test."""
from __future__ import annotations

import warnings

import pandas as pd
import pytest

from helpers.corpus.segment import segment
from helpers.measures import sourcing as S


def _attributions(*texts: str) -> pd.DataFrame:
    corpus = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "outlet": "Tern Bay Times",
                           "text": list(texts), "raw": list(texts), "title": ""})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return S.extract_attributions(segment(corpus, "sentence"), ["outlet"])


def test_the_hearer_of_told_is_never_the_speaker():
    # '"...," Ann Lee, the author of "Title," told CNN Business Friday': the outlet was credited with the quotation
    a = _attributions('"Rents will rise," Ann Lee, the author of "Harbour Towns," told the Tern Bay Times on Friday.',
                      '"Why now?" asked Ivo Marek.')
    assert not a["source"].str.contains("Tern Bay Times").any()
    assert a.loc[a["doc_id"] == "d1", "source"].tolist() == ["Ivo Marek"]  # an inverted "asked" keeps its speaker


@pytest.mark.parametrize("sentence, source", [
    ("Only 2 percent of those with $20,000 to $40,000 in loans reported that they had defaulted.",
     "Only 2 percent of those with $20,000 to $40,000 in loans"),
    ("The union, which has 40,000 members, said it would strike.", "The union, which has 40,000 members"),
])
def test_a_number_with_a_thousands_comma_is_not_cut_at_its_comma(sentence, source):
    got = _attributions(sentence)["source"].tolist()
    assert got and got[0] == source
    assert not any(s.startswith("000") for s in got)


def test_a_word_of_anonymity_in_a_name_or_before_a_name_makes_no_anonymous_source():
    a = _attributions("Harbour Insider reported that the ferry company had lost money.",
                      "Veteran political insider Ann Lee observed that the party was split.",
                      "A party insider said the vote would fail.",
                      "Sources familiar with the talks said the deal was close.")
    got = dict(zip(a["doc_id"], zip(a["role"], a["identity"])))
    assert got["d0"][0] != "anonymous" and got["d0"][1] != "anonymous"
    assert got["d1"] == (got["d1"][0], "named") and got["d1"][0] != "anonymous"
    assert got["d2"][1] == "anonymous" and got["d3"] == ("anonymous", "anonymous")


def test_notebook_00_says_which_columns_of_a_table_were_read(tmp_path, monkeypatch):
    # review s78-A: nothing said that `body` became the text and `publication` the outlet, or which columns were kept
    from helpers.core.wording import CLI_ENV
    from helpers.corpus.read import load_corpus
    from helpers.notebook.overview import columns_line

    path = tmp_path / "mine.csv"
    pd.DataFrame({"headline": ["Ferry fares rise"], "body": ["The ferry company raised its fares on Monday."],
                  "publication": ["Tern Bay Times"], "published": ["2024-03-01"], "lean": ["left"]}).to_csv(path, index=False)
    line = columns_line(load_corpus(path))
    assert "set the parameter columns = {\"text\": \"<column>\"}" in line  # in a notebook
    monkeypatch.setenv(CLI_ENV, "1")  # in a report run: the command line's words (review s78-D: "pass text_col=")
    line = columns_line(load_corpus(path))
    assert line.startswith("Columns read: text <- 'body', id: none (made from each article's content, e.g. 'doc-")
    assert "outlet <- 'publication'" in line and "date <- 'published'" in line and "title <- 'headline'" in line
    assert "kept as metadata (a group_by can name them): 'lean'" in line and "-p columns '{text: <column>}'" in line


def test_the_index_ranks_rates_of_different_measures_by_their_ratio(tmp_path):
    # review s78-A: attributions (21.2 against 18.4 per 1,000 words) were "the most striking" while hedges differed
    # 2.3 times (0.90 against 0.39): the gap in points always favoured the measure with the highest rate
    from helpers.report.index import group_differences

    rows = [("center", 21.2, 20.0, 22.4, "attributions"), ("right", 18.4, 17.1, 19.9, "attributions"),
            ("center", 0.39, 0.30, 0.50, "hedges"), ("right", 0.90, 0.70, 1.10, "hedges")]
    path = tmp_path / "02_verbs_hedges.csv"
    pd.DataFrame([{"lean": g, "n_articles": 200, "rate": r, "ci_low": lo, "ci_high": hi, "measure": m}
                  for g, r, lo, hi, m in rows]).to_csv(path, index=False)
    d = group_differences(path)
    assert d["key"] == {"measure": "hedges"} and d["high"]["group"] == "right" and d["separated"]


def test_the_index_gives_the_topic_models_clear_contrast_beside_the_groups_shares(tmp_path):
    # review s78-A: the index said "the intervals overlap: no clear difference" for a topic whose direct contrast in
    # notebook 01's model was left +12.5 points against right (95% CI +6.7 to +18.6)
    from helpers.report.index import topic_effect_note

    pd.DataFrame({"topic": ["T2", "T2", "T2", "T3"], "term": ["lean: left vs right", "lean: center vs right",
                                                              "time: per year", "lean: left vs right"],
                  "lean": ["left", "center", "", "left"], "effect": [12.5, 3.0, 0.4, -2.0],
                  "ci_low": [6.7, -2.0, -0.1, -5.0], "ci_high": [18.6, 8.0, 0.9, 1.0],
                  "clear": [True, False, False, False], "reference": "right"}).to_csv(
        tmp_path / "01_topic_effects.csv", index=False)
    assert topic_effect_note(tmp_path, "T2") == ("; holding the date fixed, notebook 01's model comparing each group "
                                                 "with right directly finds left +12.5 points (95% CI +6.7 to +18.6)")
    assert topic_effect_note(tmp_path, "T3") == "" and topic_effect_note(tmp_path / "none", "T2") == ""


def _frame_rows(cells):
    return pd.DataFrame([{"family": "policy_frames", "frame": f, "cues": c, "counted": True} for f, c in cells])


def test_a_frame_carried_by_the_corpus_subject_words_is_flagged_and_a_remedys_own_noun_is_not(tmp_path):
    # review s78-A: 91% of "Quality of life" sentences of an education corpus were tagged only for "schools" or
    # "education" (9.9% of all its sentences), and the index named it the leading policy frame
    from helpers.framing import concentration_note, cue_concentration
    from helpers.report.index import carried_frame_note

    rows = ([("quality_of_life", "schools")] * 50 + [("quality_of_life", "education; schools")] * 30
            + [("quality_of_life", "poverty")] * 10
            + [("legal", "lawsuit")] * 15 + [("legal", "lawsuits")] * 10 + [("legal", "court; ruling")] * 5)
    t = cue_concentration(_frame_rows(rows), n_units=1000, top=2).set_index("frame")  # the rule before s80-D
    assert t.loc["quality_of_life", "top_cues"] == "schools; education" and t.loc["quality_of_life", "carried"] == 80
    assert t.loc["quality_of_life", "flagged"]
    assert not t.loc["legal", "flagged"]  # 25 of 30 on "lawsuit(s)", but 2.5% of the corpus: the remedy's own noun
    note = concentration_note(t.reset_index(), {("policy_frames", "quality_of_life"): "Quality of life"})
    assert note == ["Quality of life: 80 of its 90 sentences (89%; 8.0% of all sentences) are tagged only for "
                    "'schools' or 'education', words this corpus uses everywhere: its share may measure the corpus's "
                    "subject rather than a way of framing it."]
    t.reset_index().to_csv(tmp_path / "03_cue_concentration.csv", index=False)
    assert "89% of its units are tagged only for 'schools' or 'education'" in carried_frame_note(
        tmp_path, "policy_frames", "quality_of_life")
    assert carried_frame_note(tmp_path, "policy_frames", "legal") == ""


def test_the_cleaning_table_shows_the_articles_with_most_lines_removed_and_only_their_rules():
    # review s78-A: 26 rule columns, almost all 0, ran past the page's right edge
    from helpers.notebook.overview import removal_view

    by_rule = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "promo": [3, 0, 0, 1], "trailer": [0, 5, 0, 0],
                            "caption": [0, 0, 0, 2]})
    view, note = removal_view(by_rule, 2)
    assert view.to_dict("list") == {"doc_id": ["b", "a"], "total": [5, 3], "trailer": [5, 0], "promo": [0, 3]}
    assert note == ("Shown: the 2 of 3 articles with most lines removed and the 2 of 3 rules that removed lines from "
                    "them (every article and rule in 00_cleaning_removed.csv)")
    assert removal_view(by_rule, 10)[1] == ""
    empty = pd.DataFrame({"doc_id": ["a"]})
    assert removal_view(empty, 5) == (empty, "")


def test_the_index_gives_a_finding_once_when_two_notebooks_save_the_same_table():
    # review s78-A: "Corpus: 707 articles, ..." under notebook 00 and again under notebook 02
    from helpers.report.index import _once

    a = '<li><strong>Corpus</strong>: 7 articles. (<a href="00_corpus.reader.html#x">evidence</a>)</li>'
    b = '<li><strong>Corpus</strong>: 7 articles. (<a href="02_outlets.reader.html#y">evidence</a>)</li>'
    c = '<li><strong>Rate</strong>: 2. (<a href="02_outlets.reader.html#z">evidence</a>)</li>'
    assert _once([[a], [b, c]]) == [[a], [c]]


def test_a_name_followed_by_its_apposition_is_a_named_source():
    # review s78-C: "Gao Feng, spokesman for China's Ministry of Commerce" and 84 more were counted as unnamed
    a = _attributions("Ivo Marek, spokesman for the Harbour Ministry, said the talks would go on.",
                      "Ann Lee, a ferry expert based in Tern Bay, said the talks would fail.",
                      "A spokesman for the Harbour Ministry said the talks would go on.",
                      "Officials in Tern Bay, speaking on Monday, said the talks would go on.")
    got = dict(zip(a["doc_id"], a["identity"]))
    assert got["d0"] == "named" and got["d1"] == "named"
    assert got["d2"] == "unnamed" and got["d3"] == "unnamed"


def test_the_index_finding_of_a_topic_carries_the_models_contrast(tmp_path):
    # review s78-D: the note of review s78-A never ran (the finding's file name has no suffix)
    from helpers.report.index import notebook_findings

    pd.DataFrame({"lean": ["left", "center", "right"] * 2, "topic": ["T2"] * 3 + ["T3"] * 3,
                  "estimate": [0.33, 0.30, 0.25, 0.10, 0.11, 0.10], "ci_low": [0.27, 0.24, 0.20, 0.07, 0.08, 0.07],
                  "ci_high": [0.39, 0.36, 0.31, 0.13, 0.14, 0.13], "n_articles": [236, 219, 252] * 2}).to_csv(
        tmp_path / "01_prevalence_by_group.csv", index=False)
    pd.DataFrame({"topic": ["T2"], "term": ["lean: left vs right"], "lean": ["left"], "effect": [12.5],
                  "ci_low": [6.7], "ci_high": [18.6], "clear": [True], "reference": ["right"]}).to_csv(
        tmp_path / "01_topic_effects.csv", index=False)
    items = notebook_findings(tmp_path, ["01_prevalence_by_group"], {})
    assert any("notebook 01&#x27;s model comparing each group with right directly finds left +12.5 points" in i
               or "notebook 01's model comparing each group with right directly finds left +12.5 points" in i
               for i in items), items


def test_the_role_figure_legend_uses_the_tables_words():
    # review s78-D: the legend read "military_police", "anonymous" beside a table reading "Military or police"
    from helpers.plotting import plot_shares

    t = pd.DataFrame({"g": ["a", "a", "b"], "role": ["military_police", "anonymous", "military_police"]})
    fig, data = plot_shares(t, "g", "role", ["a", "b"], "Who", names={"military_police": "Military or police",
                                                                        "anonymous": "Anonymous or unspecified group"})
    legend = [x.get_text() for x in fig.axes[0].get_legend().get_texts()]
    assert legend[1] == "Military or police" and legend[0].startswith("Anonymous or")
    assert set(data["role"]) == {"military_police", "anonymous"}


def test_quoted_frame_labels_of_a_study_without_actors_claim_no_speaker():
    # review s78-C: all 12,980 quoted labels of a general-study report read "unidentified"
    from helpers.notebook.frame_sections import unread_speakers

    frames = pd.DataFrame({"speaker": ["unidentified", "", "ttp"]})
    out, note = unread_speakers(frames, has_actors=False)
    assert out["speaker"].tolist() == ["", "", "ttp"] and "lists no actors" in note
    same, none = unread_speakers(frames, has_actors=True)
    assert same is frames and none == ""


def test_notebook_01_says_that_given_periods_are_a_column_not_its_time_bins(monkeypatch):
    from helpers.core.wording import CLI_ENV
    from helpers.topics.time import given_periods_note

    assert given_periods_note([], "year") == ""
    monkeypatch.setenv(CLI_ENV, "1")
    note = given_periods_note(["2016-01-01", "2018-01-01"], "year")
    assert "from 2016-01-01, 2018-01-01" in note and "use years" in note and "-p group_by period" in note


def test_notebook_02_does_not_call_allsides_articles_unchecked(tmp_path):
    # review s78-D: "None of these articles was hand-checked" on a corpus of AllSides articles, 41 of them in the
    # project's role draws (the checks are matched by id; the overlap is found by text fingerprint)
    from helpers.corpus import devsets
    from helpers.notebook.narrative import no_check_line

    assert no_check_line(["An invented article about ferries."]).startswith("None of these articles was hand-checked")
    (tmp_path / "allsides.txt").write_text(devsets.raw_fingerprint("An AllSides article.") + "\n", encoding="utf-8")
    line = no_check_line(["An AllSides article.", "Another."], ["mine1", "mine2"], tmp_path)
    assert line.startswith("No hand check matches an article id of this corpus, but 1 article of it is in the "
                           "AllSides corpus")
    # review s78-E: articles kept under their AllSides ids are counted in the checks, not "some may be"
    checked = pd.read_csv(__import__("helpers.core.paths", fromlist=["DATA_DIR"]).DATA_DIR / "role_checks_allsides.csv",
                          dtype={"doc_id": str})["doc_id"].iloc[0]
    line = no_check_line(["An AllSides article."], [checked, "mine2"], tmp_path)
    assert line.startswith("1 article of this corpus is in the project's AllSides role checks (") and "judged roles" in line


def test_rates_of_different_sizes_get_their_own_x_axes():
    # review s78-C: hedges (about 1 per 1,000 words) on the attributions' 0-25 axis: the dots sat on one another
    from helpers.plotting import plot_intervals

    t = pd.DataFrame({"g": ["a", "b"] * 2, "m": ["attributions"] * 2 + ["hedges"] * 2, "rate": [21.0, 18.0, 0.4, 0.9],
                      "lo": [20.0, 17.0, 0.3, 0.7], "hi": [22.0, 19.0, 0.5, 1.1], "n": [10, 10, 10, 10]})
    fig = plot_intervals(t, "g", "m", ["a", "b"], "rate", "lo", "hi", "n", "T", "per 1,000 words", sharex=False)
    a, b = fig.axes[0].get_xlim(), fig.axes[1].get_xlim()
    assert b[1] < 5 < a[1]


def test_a_frame_given_by_naming_two_states_is_named_and_its_pairs_count_as_one_route():
    # review s78-C: 3,542 of 9,437 "External regulation" sentences of international news only named two states
    from helpers.framing import cue_concentration, route_note

    rows = pd.DataFrame({"family": "policy_frames", "frame": "external", "counted": True,
                         "cues": ["serbia + syria", "japan + north korea", "france + spain", "treaty", "treaty; sanctions"],
                         "via": ["states", "states", "states", "cue", "cue"]})
    t = cue_concentration(rows, n_units=20, top=2).iloc[0]
    assert t["top_cues"] == "(two or more states named); treaty" and t["carried"] == 4
    note = route_note(rows, {("policy_frames", "external"): "External relations"})
    assert note == ["External relations: 3 of its 5 sentences (60%) are tagged only because two or more states are "
                    "named (not a cue word): a corpus about several countries gets this frame from naming them, people's "
                    "nationalities included."]
    assert route_note(rows[rows["via"] == "cue"]) == []


def test_the_index_counts_article_files_apart_from_the_metadata_sheet_and_folds_the_rest(tmp_path):
    # review s78-C: "956 files" for 955 articles and metadata.csv; "... and 906 more files" shown outside the fold
    from helpers.report.pages import _corpus_html

    files = [{"file": f"a{i}.txt", "bytes": 10, "sha256": "0" * 64} for i in range(55)]
    files.append({"file": "metadata.csv", "bytes": 10, "sha256": "1" * 64})
    page = _corpus_html(tmp_path, tmp_path, {"files": files, "sha256": "2" * 64})
    assert "55 article files and metadata.csv" in page
    assert page.index("more files") < page.index("</details>")


def test_the_periods_story_mix_is_checked_and_the_index_says_so(tmp_path):
    # review s78-D: "school topic 78% in 2012, 23% in 2019" was the share of technology stories of each year
    from helpers.notebook.group_mix import period_mix
    from helpers.report.index import period_mix_note

    subjects = ["education"] * 40 + ["education"] * 20 + ["technology"] * 20
    years = ["2012"] * 40 + ["2019"] * 40
    articles = pd.DataFrame({"doc_id": [f"d{i}" for i in range(80)], "subject": subjects, "group": ["left", "right"] * 40})
    t = period_mix(articles, pd.Series(years, index=articles["doc_id"]), "date_period", "lean")
    assert set(t["column"]) == {"subject", "lean"} and t[t["column"] == "subject"]["uneven"].all()
    t.to_csv(tmp_path / "01_period_mix.csv", index=False)
    assert period_mix_note(tmp_path) == ("; the periods differ in their mix of subject (education 100% of 2012's "
                                         "articles, n = 40; 50% of 2019's, n = 40): part of the change may be that "
                                         "mix, not the coverage (notebook 01)")
    assert period_mix_note(tmp_path / "none") == ""
