"""helpers.measures.verb_trust and benchmarks/verb_check.py: the hand check of the reporting-verb categories (results
files written for the tests in the layout of benchmarks/verb_check.py; estimator checked on hand-made strata)."""
import json
import sys
from pathlib import Path

import pandas as pd
import pytest

from helpers.measures import verb_trust as VT

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))


def _judge(loaded, manner, belief, neutral, agreement=0.9):
    by = {c: {"confirmed": k, "n": n} for c, (k, n) in
          {"loaded": loaded, "manner": manner, "belief": belief, "neutral": neutral}.items()}
    labels = {c: {"recall": 0.5, "recall_ci95": [0.3, 0.7], "share_judged": 0.1, "share_lexicon": 0.1}
              for c in ("loaded", "manner", "belief", "neutral", "none")}
    return {"by_category": by, "population": {"agreement": agreement, "agreement_ci95": [0.85, 0.95],
                                              "labels": labels}}


def _results(tmp_path, version=None, kappa=0.8):
    from helpers.measures.attribution_lexicons import load_verbs
    v = int(load_verbs()["version"]) if version is None else version
    sheets = {"verb_check_allsides_seed1.blind.csv": {
        "corpus": "allsides", "rows": 100, "agreement_between_judges": {"kappa": kappa}, "lexicon_version_drawn": v,
        "judges": {"verb_check_allsides_seed1.judge1.csv": _judge((15, 20), (18, 20), (17, 20), (39, 40)),
                   "verb_check_allsides_seed1.judge2.csv": _judge((16, 20), (18, 20), (12, 20), (38, 40), 0.88)}},
        "verb_check_climate_seed1.blind.csv": {
        "corpus": "climate", "rows": 50,
        "judges": {"verb_check_climate_seed1.judge1.csv": _judge((7, 10), (9, 10), (8, 10), (20, 20))}}}
    path = tmp_path / "verb_check.json"
    path.write_text(json.dumps({"computed": "2026-01-02", "lexicon_version": v, "sheets": sheets}), encoding="utf-8")
    return path


def test_the_sentence_gives_each_category_per_judge_allsides_first(tmp_path):
    s = VT.verb_check_sentence(_results(tmp_path))
    assert s.startswith("Hand check of the reporting-verb categories (lexicon version"), s
    assert "computed 2026-01-02" in s
    assert ("on AllSides (100 random attributions, drawn per category; two blind judges, kappa between the judges "
            "0.80) the judges put the expression in the lexicon's category for loaded 15 and 16 of 20, manner 18 of "
            "20, belief 17 and 12 of 20, neutral 39 and 38 of 40") in s, s
    assert "for 90% (85%-95%) and 88% (85%-95%) of all attributions" in s, s
    assert s.index("AllSides") < s.index("climate articles (50 random attributions, drawn per category; one blind "
                                         "judge) the judge puts"), s
    assert "the lexicon calls about 50% (30%-70%) loaded" in s, s   # the same for both judges: said once
    assert "no report at all" not in s, s


def test_rows_read_as_no_report_are_counted_per_category(tmp_path):
    path = _results(tmp_path)
    r = json.loads(path.read_text(encoding="utf-8"))
    judges = r["sheets"]["verb_check_allsides_seed1.blind.csv"]["judges"]
    judges["verb_check_allsides_seed1.judge1.csv"]["by_category"]["belief"]["judged_as"] = {"belief": 17, "none": 3}
    judges["verb_check_allsides_seed1.judge2.csv"]["by_category"]["belief"]["judged_as"] = {"belief": 12, "none": 8}
    path.write_text(json.dumps(r), encoding="utf-8")
    s = VT.verb_check_sentence(path)
    assert "neutral 39 and 38 of 40 (read as no report at all: belief 3 and 8);" in s, s


def test_sheets_drawn_with_another_version_are_not_its_check(tmp_path):
    # the AllSides sheet was drawn with version 1's categories: only the climate sheet (no version recorded) is read
    r = VT.verb_check(_results(tmp_path, version=1))
    assert [s["corpus"] for s in r["sheets"]] == ["climate"], r
    path = _results(tmp_path, version=1)
    d = json.loads(path.read_text(encoding="utf-8"))
    d["sheets"]["verb_check_climate_seed1.blind.csv"]["lexicon_version_drawn"] = 1
    path.write_text(json.dumps(d), encoding="utf-8")
    assert VT.verb_check(path) is None
    assert "not checked against hand-read text" in VT.verb_check_sentence(path)


def test_the_caveat_names_the_category_and_the_judges_counts(tmp_path):
    assert VT.verb_caveat("loaded", _results(tmp_path)) == (
        "blind judges read 15 and 16 (one per judge) of 20 random 'loaded' verbs on AllSides as loaded in their sentences (hand "
        "check, notebook 02's section on reporting verbs and hedges; 75% and 80%)")
    with pytest.raises(ValueError, match="category must be one of"):
        VT.verb_caveat("stance", _results(tmp_path))


def test_no_file_says_unchecked(tmp_path):
    assert VT.verb_check(tmp_path / "missing.json") is None
    assert "were not checked against hand-read text" in VT.verb_check_sentence(tmp_path / "missing.json")
    assert VT.verb_caveat("loaded", tmp_path / "missing.json") == (
        "the reporting-verb categories are not checked against hand-read text")


def test_the_shipped_check_is_read():
    r = VT.verb_check()
    assert r is not None and r["sheets"][0]["corpus"] == "allsides", "draw and judge a sheet of the installed version"


def test_stratified_estimates_weight_each_stratum_by_its_size():
    import verb_check as VC
    lex = pd.Series(["neutral"] * 4 + ["loaded"] * 4)
    jud = pd.Series(["neutral", "neutral", "neutral", "loaded", "loaded", "loaded", "manner", "none"])
    est = VC.stratified_estimates(lex, jud, {"neutral": 0.8, "loaded": 0.2, "manner": 0.0, "belief": 0.0})
    # neutral confirmed 3/4, loaded 2/4: 0.8 * 0.75 + 0.2 * 0.5
    assert est["agreement"] == pytest.approx(0.7)
    # judged loaded: 0.8 * 1/4 (from neutral) + 0.2 * 2/4 (from loaded) = 0.3, of which the lexicon's 0.1
    assert est["labels"]["loaded"]["share_judged"] == pytest.approx(0.3)
    assert est["labels"]["loaded"]["recall"] == pytest.approx(0.1 / 0.3, abs=1e-4)
    assert est["labels"]["none"]["recall"] is None or est["labels"]["none"]["share_judged"] > 0
    assert est["labels"]["belief"]["recall"] is None
