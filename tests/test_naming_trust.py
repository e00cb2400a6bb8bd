"""helpers.measures.naming_trust and benchmarks/naming_check.py: the hand check of naming labels (results files
written for the tests in the layout of benchmarks/naming_check.py; outcomes and estimators checked on hand-made
sheets)."""
import html
import json
import sys
from pathlib import Path

import pandas as pd
import pytest

from helpers.core.study import DEFAULT_STUDY, use_study
from helpers.measures import naming_trust as NT

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))


@pytest.fixture
def us_politics():
    use_study("us_politics")
    yield
    use_study(DEFAULT_STUDY)


def _judge(right, n_att, missed, n_not, recall=0.8, voice=(30, 10, 5)):
    return {"attached": {"right": right, "n": n_att},
            "not_attached": {"missed_in_scope": missed, "missed_out_of_scope": 3, "n": n_not},
            "population": {"recall_in_scope": recall, "recall_in_scope_ci95": [0.6, 0.9], "share_attached": 0.23},
            "voice_of_right": dict(zip(("writer", "quoted", "reported"), voice))}


def _results(tmp_path, study="us_politics", version=None):
    if version is None:  # the installed version of the us_politics naming lexicon
        import yaml
        version = int(yaml.safe_load((ROOT / "studies" / "us_politics" / "naming_labels.yaml").read_text())["version"])
    sheets = {"naming_check_allsides_us_politics_seed1.blind.csv": {
        "corpus": "allsides", "study": study, "rows": 100, "labels_version_drawn": version,
        "strata": {"attached": {"drawn": 50}, "not_attached": {"drawn": 50}},
        "agreement_between_judges": {"kappa": 0.85},
        "judges": {"a.judge1.csv": _judge(45, 50, 4, 50), "a.judge2.csv": _judge(44, 50, 4, 50, 0.75, (28, 12, 4))}}}
    path = tmp_path / "naming_check.json"
    path.write_text(json.dumps({"computed": "2026-01-02", "sheets": sheets}), encoding="utf-8")
    return path


def test_the_sentence_gives_precision_misses_recall_and_voice_per_judge(tmp_path, us_politics):
    s = NT.naming_check_sentence(_results(tmp_path))
    assert s.startswith("Hand check of the naming labels of study us_politics (naming lexicon version "), s
    assert "computed 2026-01-02" in s, s
    assert ("on AllSides (100 random label matches, half attached to an actor and half not; two blind judges, kappa "
            "between the judges 0.85), the label is attached to an actor it describes for 45 of 50 and 44 of 50 (90% "
            "and 88%, one per judge); of the matches not attached, 4 of 50 (8%) describe an actor the lexicon lists that the "
            "sentence names. Weighted by how common each kind is, the rules attach about 80% (60%-90%) and 75% "
            "(60%-90%) of the labels that describe an actor the sentence names. Of the labels attached correctly, 15 of "
            "45 and 16 of 44 (33% and 36%, one per judge) are inside quotation marks or reported as someone else's words") in s, s
    assert s.endswith("share_own_words counts only the labels in the writer's own words (a structural reading of "
                      "quotation marks and attributions, not checked against hand-read text)."), s


def test_a_sheet_of_attached_labels_scores_the_rules_voice(tmp_path, us_politics):
    path = _results(tmp_path)
    r = json.loads(path.read_text(encoding="utf-8"))
    voice = {"n": 48, "writer_agree": 42, "writer_precision": [27, 30]}
    r["sheets"]["naming_check_allsides_us_politics_seed2.blind.csv"] = {
        **r["sheets"]["naming_check_allsides_us_politics_seed1.blind.csv"], "rows": 50,
        "strata": {"attached": {"drawn": 50}, "not_attached": {"drawn": 0}},
        "judges": {"b.judge1.csv": {**_judge(47, 50, 0, 0), "rule_voice": voice},
                   "b.judge2.csv": {**_judge(47, 50, 0, 0), "rule_voice": {**voice, "writer_agree": 40}}}}
    path.write_text(json.dumps(r), encoding="utf-8")
    c = NT.naming_check(path)
    assert len(c["sheets"]) == 1 and c["voice"] == [{"corpus": "allsides", "judges": [(42, 48), (40, 48)],
                                                     "writer_precision": [(27, 30), (27, 30)]}]
    s = NT.naming_check_sentence(path)
    assert s.endswith("(a structural reading of quotation marks and attributions; on AllSides it agrees with blind "
                      "judges on whether a label is the writer's own words for 42 of 48 and 40 of 48 (88% and 83%, one per judge) "
                      "random attached labels, and 27 of 30 (90%) of the labels it reads as the writer's are the "
                      "writer's by the judges)."), s


def test_a_sheet_of_another_study_or_lexicon_version_is_not_shown(tmp_path, us_politics):
    for path in (_results(tmp_path, study="other"), _results(tmp_path, version=99)):
        assert NT.naming_check(path) is None
        s = NT.naming_check_sentence(path)
        assert s.startswith("The naming labels of the study in use (us_politics) and their attachment to actors have "
                            "no blind hand check"), s
        assert NT.naming_caveat(path) == "the naming labels and their attachment are not checked against hand-read text"


def test_a_study_without_actors_or_labels_has_no_check(tmp_path):
    for study in ("general",):
        use_study(study)
        try:
            assert NT.naming_check(_results(tmp_path)) is None
        finally:
            use_study(DEFAULT_STUDY)


def test_a_missing_results_file_means_unchecked(tmp_path, us_politics):
    assert NT.naming_check(tmp_path / "nothing.json") is None


def test_the_caveat_names_the_judges_figures(tmp_path, us_politics):
    c = NT.naming_caveat(_results(tmp_path))
    assert c == ("blind judges confirmed 45 of 50 and 44 of 50 (one per judge) random attached labels on AllSides (hand check, notebook "
                 "02's naming section); 33% and 36% (one per judge) of the correct attachments are quoted or reported speech, which the shares count "
                 "as the articles' naming"), c


def test_the_shipped_check_is_read_with_the_us_politics_study(us_politics):
    r = NT.naming_check()
    if r is None:
        pytest.skip("no naming check shipped")
    assert r["study"] == "us_politics" and r["sheets"][0]["corpus"] == "allsides"
    js = r["sheets"][0]["judges"]
    assert len(js) == 2 and all(0 <= j["precision"][0] <= j["precision"][1] for j in js)


def test_a_report_finding_on_naming_shares_carries_the_check_or_says_it_has_none(tmp_path, monkeypatch):
    from helpers.report.index import notebook_findings

    (tmp_path / "02_naming_labels.csv").write_text(
        "outlet,actor,actor_label,label,stance,k_sentences,n_sentences,n_articles,share,ci_low,ci_high\n"
        "A,immigrants,Immigrants,undocumented,descriptive,30,40,20,0.75,0.6,0.85\n"
        "B,immigrants,Immigrants,undocumented,descriptive,5,40,20,0.12,0.05,0.25\n", encoding="utf-8")
    use_study("pak_afg_ttp")  # no sheet was drawn with this study
    try:
        item = html.unescape(" ".join(notebook_findings(tmp_path, ["02_naming_labels"], {})))
        assert "the naming labels and their attachment are not checked against hand-read text" in item, item
        use_study("us_politics")
        monkeypatch.setattr(NT, "NAMING_CHECK_FILE", str(_results(tmp_path)))
        item = html.unescape(" ".join(notebook_findings(tmp_path, ["02_naming_labels"], {})))
    finally:
        use_study(DEFAULT_STUDY)
    assert "blind judges confirmed 45 of 50 and 44 of 50 (one per judge) random attached labels" in item, item


# benchmarks/naming_check.py: outcomes and population figures

def _key(rows):
    """rows: (attached, allowed, sentence_actors) -> a draw's key."""
    return pd.DataFrame({"draw_row": [str(i) for i in range(len(rows))], "label": ["x"] * len(rows),
                         "attached": [a for a, _, _ in rows], "allowed": [b for _, b, _ in rows],
                         "sentence_actors": [c for _, _, c in rows]})


def _judged(rows):
    """rows: (sense, describes ids) -> the frame naming_check._judged returns."""
    return pd.DataFrame({"sense": [s for s, _ in rows], "describes": [frozenset(d) for _, d in rows],
                         "voice": ["writer" if s else "" for s, _ in rows]})


def test_outcomes_of_attached_and_unattached_matches():
    import naming_check as NC
    key = _key([("immigrants", "immigrants", "immigrants"), ("democrats", "democrats;bernie_sanders", "democrats"),
                ("immigrants", "immigrants", "immigrants"),
                ("", "republicans", "republicans"), ("", "republicans", ""), ("", "news_media", "donald_trump"),
                ("", "democrats", "democrats")])
    judged = _judged([(True, {"immigrants"}), (True, {"bernie_sanders"}), (False, set()),
                      (True, {"republicans"}), (True, {"republicans"}), (True, {"donald_trump"}), (True, set())])
    assert list(NC.row_outcomes(key, judged)) == [
        "right", "wrong", "not a label", "missed in scope", "missed out of scope", "right not attached",
        "right not attached"]


def test_recall_in_scope_weights_each_stratum_by_its_size():
    import naming_check as NC
    attached = pd.Series(["a"] * 4 + [""] * 4)
    # attached: 3 right of 4; not attached: 1 missed in scope of 4; weights 0.2 / 0.8
    outcomes = pd.Series(["right", "right", "right", "wrong", "missed in scope", "missed out of scope",
                          "right not attached", "not a label"])
    est = NC.stratified(outcomes, attached, {"attached": 0.2, "not_attached": 0.8})
    assert est["recall_in_scope"] == pytest.approx(0.15 / (0.15 + 0.2), abs=1e-4)
    lo, hi = est["recall_in_scope_ci95"]
    assert lo < est["recall_in_scope"] < hi and est["share_attached"] == 0.2


def test_no_label_describing_a_named_actor_gives_no_recall():
    import naming_check as NC
    est = NC.stratified(pd.Series(["not a label", "right not attached"]), pd.Series(["a", ""]),
                        {"attached": 0.5, "not_attached": 0.5})
    assert est["recall_in_scope"] is None and est["recall_in_scope_ci95"] is None


def test_a_judge_sheet_with_unknown_ids_or_voices_is_refused(tmp_path):
    import naming_check as NC
    sheet = pd.DataFrame({"draw_row": ["0"]})
    bad = tmp_path / "x.judge1.csv"
    for describes, voice, match in (("martians", "writer", "martians"), ("democrats", "shouted", "shouted")):
        pd.DataFrame({"draw_row": ["0"], "sense": ["yes"], "describes": [describes], "voice": [voice],
                      "note": [""]}).to_csv(bad, index=False)
        with pytest.raises(SystemExit, match=match):
            NC._judged(bad, sheet, {"democrats"})


def test_the_rules_voice_is_scored_against_a_judge_over_attached_labels():
    import naming_check as NC
    rule = pd.Series(["writer", "writer", "quoted", "reported", "writer", ""])
    judged = pd.DataFrame({"sense": [True, True, True, True, False, True],
                           "describes": [frozenset()] * 6,
                           "voice": ["writer", "reported", "quoted", "writer", "", "writer"]})
    attached = pd.Series([True, True, True, True, True, False])
    v = NC.voice_agreement(rule, judged, attached)
    # four attached rows are labels; writer or not agrees on rows 0 and 2; the rules' writer rows 0, 1: one right
    assert (v["n"], v["writer_agree"], v["writer_precision"], v["same_voice"]) == (4, 2, [1, 2], 2)
    assert v["crosstab"]["reported"]["writer"] == 1 and v["crosstab"]["writer"]["reported"] == 1
