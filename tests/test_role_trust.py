"""helpers.framing.role_trust and benchmarks/actor_role_check.py: the hand check of actor roles (results files
written for the tests in the layout of benchmarks/actor_role_check.py; counts and estimators checked on hand-made
sheets)."""
import json
import sys
from pathlib import Path

import pandas as pd
import pytest

from helpers.core.study import DEFAULT_STUDY, use_study
from helpers.framing import role_trust as RT

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))


@pytest.fixture
def us_politics():
    use_study("us_politics")
    yield
    use_study(DEFAULT_STUDY)


def _judge(right, given, missed, recall=0.4):
    counts = {"all": {"right": right, "given": given},
              "blamed": {"right": 10, "given": 12}, "demanding": {"right": right - 10, "given": given - 12},
              "promising": {"right": 0, "given": 0}, "acting": {"right": 0, "given": 0}}
    return {"counts": counts, "pairs_with_role_missed": missed, "n_no_role": 50,
            "population": {"all": {"recall": recall, "recall_ci95": [0.2, 0.7]}}}


def _results(tmp_path, study="us_politics", version=None):
    if version is None:
        from helpers.framing.codebooks import load_codebook
        version = int(load_codebook("actor_roles", kind="roles")["version"])
    sheets = {"actor_role_check_allsides_us_politics_seed1.blind.csv": {
        "corpus": "allsides", "study": study, "rows": 100, "roles_version_drawn": version,
        "agreement_between_judges": {"kappa": 0.7},
        "judges": {"a.judge1.csv": _judge(40, 50, 6), "a.judge2.csv": _judge(38, 50, 8, 0.35)}}}
    path = tmp_path / "actor_role_check.json"
    path.write_text(json.dumps({"computed": "2026-01-02", "sheets": sheets}), encoding="utf-8")
    return path


def test_the_sentence_gives_precision_per_role_misses_and_recall(tmp_path, us_politics):
    s = RT.role_check_sentence(_results(tmp_path))
    assert s.startswith("Hand check of the actor roles of study us_politics (role codebook version "), s
    assert ("on AllSides (100 random sentence-actor pairs, half given a role and half not; two blind judges, kappa "
            "between the judges 0.70), the role given is correct for 40 of 50 and 38 of 50 (80% and 76%, one per judge) (blamed 10 of "
            "12; demanding 30 of 38 and 28 of 38); of the pairs given none, 6 of 50 and 8 of 50 (12% and 16%, one per judge) hold a "
            "role by the judges. Weighted by how common each kind of pair is, the rules give about 40% (20%-70%) and "
            "35% (20%-70%) of the roles the judges find") in s, s


def test_the_caveat_gives_the_check_in_one_clause(tmp_path, us_politics):
    # review s76: notebook 03's closing printed the long paragraph a second time
    assert RT.role_caveat(_results(tmp_path)) == (
        "hand-checked on AllSides: the role given is correct for 80% and 76% (one per judge) of the pairs, and the "
        "rules find about 40% and 35% (one per judge) of the roles the judges find (details under the role table)")
    assert RT.role_caveat(tmp_path / "none.json") == ""


def test_another_study_or_codebook_version_or_no_file_means_unchecked(tmp_path, us_politics):
    for path in (_results(tmp_path, study="other"), _results(tmp_path, version=99), tmp_path / "none.json"):
        assert RT.role_check(path) is None
        assert RT.role_check_sentence(path).startswith("Actor roles (a word-order heuristic) of the study in use "
                                                       "(us_politics) have no blind hand check"), path
    use_study("general")
    try:
        assert RT.role_check(_results(tmp_path)) is None
    finally:
        use_study("us_politics")


def test_the_shipped_check_is_read_with_the_us_politics_study(us_politics):
    r = RT.role_check()
    if r is None:
        pytest.skip("no actor-role check shipped")
    assert r["study"] == "us_politics" and r["sheets"][0]["corpus"] == "allsides"
    assert all(0 <= j["precision"][0] <= j["precision"][1] for j in r["sheets"][0]["judges"])


# benchmarks/actor_role_check.py: counts and population figures

def test_role_counts_per_role_and_in_all():
    import actor_role_check as ARC
    given = pd.Series([frozenset({"blamed"}), frozenset({"demanding"}), frozenset({"acting"}), frozenset(),
                       frozenset()])
    judged = pd.Series([frozenset({"blamed"}), frozenset({"blamed"}), frozenset({"acting", "demanding"}),
                        frozenset({"promising"}), frozenset()])
    c = ARC.role_counts(given, judged)
    assert c["blamed"] == {"given": 1, "right": 1, "judged_not_given_with": 1, "judged_no_role": 0}
    assert c["demanding"] == {"given": 1, "right": 0, "judged_not_given_with": 1, "judged_no_role": 0}
    assert c["promising"] == {"given": 0, "right": 0, "judged_not_given_with": 0, "judged_no_role": 1}
    assert c["all"] == {"given": 3, "right": 2, "judged_not_given_with": 2, "judged_no_role": 1}


def test_recall_weights_each_stratum_by_its_size():
    import actor_role_check as ARC
    # with-role stratum (4 pairs): 3 roles right, 1 judged role not given; no-role stratum (4 pairs): 1 role found
    counts = {"all": {"given": 4, "right": 3, "judged_not_given_with": 1, "judged_no_role": 1}}
    est = ARC.stratified(counts, 4, 4, {"with_role": 0.1, "no_role": 0.9})
    # 0.1 * 0.75 / (0.1 * (0.75 + 0.25) + 0.9 * 0.25)
    assert est["all"]["recall"] == pytest.approx(0.075 / 0.325, abs=1e-4)
    lo, hi = est["all"]["recall_ci95"]
    assert lo < est["all"]["recall"] < hi
    none = ARC.stratified({"all": {"given": 1, "right": 0, "judged_not_given_with": 0, "judged_no_role": 0}}, 1, 1,
                          {"with_role": 0.5, "no_role": 0.5})
    assert none["all"] == {"recall": None, "recall_ci95": None}


def test_a_judge_sheet_with_unknown_roles_is_refused(tmp_path):
    import actor_role_check as ARC
    bad = tmp_path / "x.judge1.csv"
    pd.DataFrame({"draw_row": ["0"], "roles": ["blamed;praised"], "note": [""]}).to_csv(bad, index=False)
    with pytest.raises(SystemExit, match="praised"):
        ARC._judged(bad, pd.DataFrame({"draw_row": ["0"]}))


def test_a_changed_draw_scores_right_after_right_before_and_made_wrong(tmp_path, monkeypatch):
    import actor_role_check as ARC
    monkeypatch.setattr(ARC, "RESULTS", tmp_path)
    stem = "actor_role_changed_allsides_us_politics_seed9"
    rows = pd.DataFrame({"sample": "s", "draw_row": [0, 1, 2, 3], "doc_id": "d", "unit_id": [1, 2, 3, 4],
                         "actor": "fbi"})
    rows.to_csv(tmp_path / f"{stem}.blind.csv", index=False)
    # pair 0: demanding removed, judge sees none (right after); 1: demanding removed, judge sees a demand (made
    # wrong); 2: acting removed, blamed kept, judge sees blamed (right after); 3: demanding removed, judge sees
    # demanding and blamed (made wrong: only the changed role counts)
    pd.DataFrame({"draw_row": [0, 1, 2, 3], "actor": "fbi", "given": ["", "", "blamed", ""],
                  "was_given": ["demanding", "demanding", "blamed;acting", "demanding"]}).to_csv(
        tmp_path / f"{stem}.drawn.csv", index=False)
    (tmp_path / f"{stem}.changed.json").write_text(json.dumps({
        "corpus": "allsides", "study": "us_politics", "changed": 4, "changes": {}, "roles_version": 3,
        "was_revision": "abc"}), encoding="utf-8")
    pd.DataFrame({"draw_row": [0, 1, 2, 3], "roles": ["", "demanding", "blamed", "blamed;demanding"],
                  "note": ""}).to_csv(tmp_path / f"{stem}.judge1.csv", index=False)
    r = ARC._changed_score(tmp_path / f"{stem}.blind.csv")["judges"][f"{stem}.judge1.csv"]
    assert (r["n"], r["right_after"], r["right_before"], r["made_wrong"], r["made_right"]) == (4, 2, 2, 2, 2)
