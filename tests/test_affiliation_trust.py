"""helpers.measures.affiliation_trust and benchmarks/affiliation_check.py: the hand check of source affiliations
(results files written for the tests in the layout of benchmarks/affiliation_check.py; outcomes and estimators
checked on hand-made sheets)."""
import html
import json
import sys
from pathlib import Path

import pandas as pd
import pytest

from helpers.core.study import DEFAULT_STUDY, use_study
from helpers.measures import affiliation_trust as AT

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))


@pytest.fixture
def us_politics():
    use_study("us_politics")
    yield
    use_study(DEFAULT_STUDY)


def _judge(right, n_aff, missed, n_none, recall=0.6):
    pop = {"agreement": 0.8, "agreement_ci95": [0.7, 0.9], "recall": recall, "recall_ci95": [0.4, 0.8],
           "share_given": 0.21, "share_with_actor": 0.3, "share_with_actor_ci95": [0.2, 0.4]}
    text = {"affiliated": {"right": right, "n": n_aff}, "none": {"missed": missed, "n": n_none}, "population": pop}
    return {"text": text, "known": text}


def _results(tmp_path, study="us_politics", version=None):
    if version is None:  # the installed version of the us_politics actor list
        from helpers.text.lexicon import load_lexicon
        version = int(load_lexicon(Path(__file__).resolve().parent.parent / "studies" / "us_politics" /
                                   "actors.yaml")["version"])
    sheets = {"affiliation_check_allsides_us_politics_seed1.blind.csv": {
        "corpus": "allsides", "study": study, "rows": 100, "actors_version_drawn": version,
        "agreement_between_judges": {"kappa": 0.9},
        "judges": {"a.judge1.csv": _judge(45, 50, 10, 49), "a.judge2.csv": _judge(44, 50, 10, 49, 0.55)}}}
    path = tmp_path / "affiliation_check.json"
    path.write_text(json.dumps({"computed": "2026-01-02", "sheets": sheets}), encoding="utf-8")
    return path


def test_the_sentence_gives_precision_misses_and_recall_per_judge(tmp_path, us_politics):
    s = AT.affiliation_check_sentence(_results(tmp_path))
    assert s.startswith("Hand check of the source affiliations of study us_politics (actor list version "), s
    assert "computed 2026-01-02" in s, s
    assert ("on AllSides (100 random attributions, half with an affiliation and half without; two blind judges, kappa "
            "between the judges 0.90), the affiliation given is correct for 45 of 50 and 44 of 50 (90% and 88%, one per judge); of the "
            "attributions given none, 10 of 49 (20%) have a speaker the article ties to one of the study's actors. "
            "Weighted by how common each kind is, about 30% (20%-40%) of all attributions have such a speaker, "
            "against the 21% the rules give an affiliation, and the rules give a correct one to about 60% (40%-80%) and "
            "55% (40%-80%) of them") in s, s
    assert s.endswith("most for an actor whose sources are seldom named that way."), s


def test_a_sheet_of_another_study_or_actor_list_version_is_not_shown(tmp_path, us_politics):
    for path in (_results(tmp_path, study="other"), _results(tmp_path, version=99)):
        assert AT.affiliation_check(path) is None
        s = AT.affiliation_check_sentence(path)
        assert s.startswith("The affiliation of sources with the actors of the study in use (us_politics) has no "
                            "blind hand check on a random draw of attributions"), s
        assert AT.affiliation_caveat(path) == "affiliation with the study's actors is not checked against hand-read text"


def test_a_study_without_actors_has_no_check(tmp_path):
    use_study("general")
    try:
        assert AT.affiliation_check(_results(tmp_path)) is None
    finally:
        use_study(DEFAULT_STUDY)


def test_a_missing_results_file_means_unchecked(tmp_path, us_politics):
    assert AT.affiliation_check(tmp_path / "nothing.json") is None


def test_the_caveat_names_the_judges_figures(tmp_path, us_politics):
    c = AT.affiliation_caveat(_results(tmp_path))
    assert c == ("blind judges confirmed 45 of 50 and 44 of 50 (one per judge) random given affiliations on AllSides (hand check, notebook 02's "
                 "sourcing section), and the rules tie about 60% and 55% (one per judge) of the sources that have an actor to one"), c


def test_the_shipped_check_is_read_with_the_us_politics_study(us_politics):
    r = AT.affiliation_check()
    if r is None:
        pytest.skip("no affiliation check shipped")
    assert r["study"] == "us_politics" and r["sheets"][0]["corpus"] == "allsides"
    js = r["sheets"][0]["judges"]
    assert len(js) == 2 and all(0 <= j["precision"][0] <= j["precision"][1] for j in js)


# benchmarks/affiliation_check.py: outcomes and population figures

def _judged(rows):
    """rows: (attribution, text ids) -> the frame affiliation_check._judged returns."""
    return pd.DataFrame({"attribution": [a for a, _ in rows], "text": [frozenset(t) for _, t in rows],
                         "known": [frozenset(t) for _, t in rows]})


def test_outcomes_of_given_and_absent_affiliations():
    import affiliation_check as AC
    given = pd.Series(["democrats", "democrats", "donald_trump", "", "", ""])
    judged = _judged([(True, {"democrats", "congress"}), (True, {"republicans"}), (True, set()),
                      (True, {"police"}), (True, set()), (False, set())])
    assert list(AC.sheet_outcomes(given, judged)) == ["right", "wrong actor", "no actor", "missed", "right none",
                                                      "not an attribution"]


def test_population_figures_weight_each_stratum_by_its_size():
    import affiliation_check as AC
    # affiliated stratum: 3 right of 4 (one wrong actor); none stratum: 1 missed of 4; weights 0.2 / 0.8
    given = pd.Series(["a", "a", "a", "a", "", "", "", ""])
    outcomes = pd.Series(["right", "right", "right", "wrong actor", "missed", "right none", "right none", "right none"])
    est = AC.stratified(outcomes, given, {"affiliated": 0.2, "none": 0.8})
    assert est["agreement"] == pytest.approx(0.2 * 0.75 + 0.8 * 0.75)
    # of attributions whose speaker has an actor (0.2 * 1 + 0.8 * 0.25 = 0.4), a correct one is given to 0.15
    assert est["share_with_actor"] == pytest.approx(0.4)
    assert est["recall"] == pytest.approx(0.15 / 0.4, abs=1e-4)
    lo, hi = est["recall_ci95"]
    assert lo < est["recall"] < hi
    lo, hi = est["share_with_actor_ci95"]
    assert lo < 0.4 < hi and est["share_given"] == 0.2


def test_rows_that_are_no_attribution_are_left_out_of_the_figures():
    import affiliation_check as AC
    given = pd.Series(["a", "a", "", ""])
    outcomes = pd.Series(["right", "not an attribution", "right none", "not an attribution"])
    est = AC.stratified(outcomes, given, {"affiliated": 0.5, "none": 0.5})
    assert est["agreement"] == pytest.approx(1.0) and est["recall"] == pytest.approx(1.0)


def test_a_judge_sheet_with_unknown_actor_ids_is_refused(tmp_path):
    import affiliation_check as AC
    sheet = pd.DataFrame({"draw_row": ["0"]})
    bad = tmp_path / "x.judge1.csv"
    pd.DataFrame({"draw_row": ["0"], "attribution": ["yes"], "speaker": ["X"], "actors_text": ["martians"],
                  "actors_known": [""], "note": [""]}).to_csv(bad, index=False)
    with pytest.raises(SystemExit, match="martians"):
        AC._judged(bad, sheet, {"democrats"})


def test_a_report_finding_on_affiliation_shares_carries_the_check_or_says_it_has_none(tmp_path, monkeypatch):
    from helpers.report.index import notebook_findings

    (tmp_path / "02_source_affiliation.csv").write_text(
        "outlet,measure,k,n,share,ci_low,ci_high\nA,democrats,30,40,0.75,0.6,0.85\nB,democrats,5,40,0.12,0.05,0.25\n",
        encoding="utf-8")
    use_study("pak_afg_ttp")  # no sheet was drawn with this study
    item = html.unescape(notebook_findings(tmp_path, ["02_source_affiliation"], {})[0])
    assert "affiliation with the study's actors is not checked against hand-read text" in item, item
    use_study("us_politics")
    try:
        monkeypatch.setattr(AT, "AFFILIATION_CHECK_FILE", str(_results(tmp_path)))
        item = html.unescape(notebook_findings(tmp_path, ["02_source_affiliation"], {})[0])
    finally:
        use_study(DEFAULT_STUDY)
    assert "blind judges confirmed 45 of 50 and 44 of 50 (one per judge) random given affiliations" in item, item


def test_the_report_index_writes_an_affiliation_finding_with_the_run_s_study(tmp_path, monkeypatch):
    """The index is written by the report runner's process, whose active study is not the one the notebooks used:
    a run on us_politics must carry us_politics's hand check, whatever study the process has active."""
    from helpers.report import index as ix

    fig = tmp_path / "figures"
    fig.mkdir()
    (fig / "02_source_affiliation.csv").write_text(
        "outlet,measure,k,n,share,ci_low,ci_high\nA,democrats,30,40,0.75,0.6,0.85\nB,democrats,5,40,0.12,0.05,0.25\n",
        encoding="utf-8")
    monkeypatch.setattr(AT, "AFFILIATION_CHECK_FILE", str(_results(tmp_path)))
    runs = [{"name": "02_outlets", "status": "ran", "status_text": "ran", "reader": "02.reader.html",
             "html": "02.html", "ipynb": "02.ipynb", "files": ["02_source_affiliation"]}]
    use_study("pak_afg_ttp")
    page = html.unescape(ix.write_index(tmp_path, {
        "title": "t", "runs": runs, "corpus_html": "", "software_html": "", "output_dir": "figures",
        "study": {"name": "us_politics", "title": "US politics", "reason": "given", "given": "us_politics",
                  "has_actors": True}}).read_text(encoding="utf-8"))
    from helpers.core.study import active_study
    assert active_study().name == "pak_afg_ttp"  # the process's study is restored
    use_study(DEFAULT_STUDY)
    assert "blind judges confirmed 45 of 50 and 44 of 50 (one per judge) random given affiliations" in page


def test_an_affiliation_finding_names_the_actor_by_the_study_s_label(tmp_path):
    from helpers.report.index import notebook_findings

    (tmp_path / "02_source_affiliation.csv").write_text(
        "outlet,measure,k,n,share,ci_low,ci_high\nA,hillary_clinton,30,40,0.75,0.6,0.85\n"
        "B,hillary_clinton,5,40,0.12,0.05,0.25\n", encoding="utf-8")
    (tmp_path / "02_actor_tone.csv").write_text(
        "outlet,actor,actor_label,n_sentences,n_articles,mean_tone,ci_low,ci_high\n"
        "A,hillary_clinton,Hillary Clinton,40,10,0.1,0.0,0.2\nB,hillary_clinton,Hillary Clinton,30,8,0.1,0.0,0.2\n",
        encoding="utf-8")
    item = html.unescape(next(i for i in notebook_findings(tmp_path, ["02_source_affiliation", "02_actor_tone"], {})
                              if "02_source_affiliation.csv" in i))
    assert "share of sources by affiliation</strong> for Hillary Clinton by outlet" in item, item
