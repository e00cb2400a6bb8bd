"""helpers.measures.hedge_trust: the hand check of the hedge lexicon as sentences (results files written for the
tests in the layout of benchmarks/hedge_check.py)."""
import json

from helpers.measures import hedge_trust as HT


def _results(tmp_path, validation=True):
    judges = {"hedge_check_allsides_seed1.judge1.csv": {"hedges": 45, "n": 50, "wilson95": [0.79, 0.96]},
              "hedge_check_allsides_seed1.judge2.csv": {"hedges": 40, "n": 50, "wilson95": [0.67, 0.89]}}
    other = {"hedge_check_climate_seed1.judge1.csv": {"hedges": 18, "n": 20, "wilson95": [0.7, 0.97]},
             "hedge_check_climate_seed1.judge2.csv": {"hedges": 17, "n": 20, "wilson95": [0.64, 0.95]}}
    coders = {"hedge_recall_allsides_seed2.coder1.csv": {"found_by_lexicon": 6, "hedges": 24, "wilson95": [0.12, 0.44]},
              "hedge_recall_allsides_seed2.coder2.csv": {"found_by_lexicon": 6, "hedges": 20, "wilson95": [0.15, 0.52]}}
    r = {"computed": "2026-01-02", "lexicon_version": 7,
         "precision": {"hedge_check_allsides_seed1.blind.csv": {"corpus": "allsides", "judges": judges},
                       "hedge_check_climate_seed1.blind.csv": {"corpus": "climate", "judges": other}},
         "recall": {"hedge_recall_allsides_seed2.articles.csv": {"corpus": "allsides", "articles": 12, "words": 9876,
                                                                 "coders": coders}},
         "validation": ({"precision": {"hedge_check_allsides_seed1": judges, "hedge_check_climate_seed1": other},
                         "recall": {"hedge_recall_allsides_seed2": coders}} if validation else {})}
    path = tmp_path / "hedge_check_v7.json"
    path.write_text(json.dumps(r), encoding="utf-8")
    return path


def test_the_sentence_gives_precision_per_judge_and_recall_per_coder(tmp_path):
    s = HT.hedge_check_sentence(_results(tmp_path))
    assert "version 7, computed 2026-01-02" in s
    assert "of 50 random hits on AllSides, 45 and 40 were hedges for two blind judges (90% and 80%)" in s, s
    assert "on other topics and sites (climate) 18 and 17 of 20" in s, s
    assert "on 12 random AllSides articles (9,876 words) the lexicon finds 6 of the 24 and 6 of the 20 hedges" in s, s
    assert "(25%, 95% CI 12%-44% and 30%, 95% CI 15%-52%)" in s, s
    assert "two blind coders marked without seeing its hits" in s, s


def test_equal_counts_are_said_once_and_rows_drawn_before_are_named(tmp_path):
    path = _results(tmp_path)
    r = json.loads(path.read_text(encoding="utf-8"))
    for j in r["validation"]["precision"]["hedge_check_allsides_seed1"].values():
        j["hedges"] = 45
    r["precision"]["hedge_check_allsides_seed1.blind.csv"]["rows_in_earlier_sheets"] = 7
    path.write_text(json.dumps(r), encoding="utf-8")
    s = HT.hedge_check_sentence(path)
    assert ("of 50 random hits on AllSides (7 of them also drawn to check an earlier version), 45 were hedges for "
            "each of two blind judges (90%)") in s, s


def test_the_caveat_pools_the_coders_recall(tmp_path):
    assert HT.hedge_caveat(_results(tmp_path)).startswith("the hedge lexicon finds about 27% of the hedges")


def test_no_file_or_no_validation_sheet_says_unchecked(tmp_path):
    assert HT.hedge_check(tmp_path / "missing.json") is None
    assert HT.hedge_check(_results(tmp_path, validation=False)) is None
    assert "was not checked against hand-read text" in HT.hedge_check_sentence(tmp_path / "missing.json")
    assert HT.hedge_caveat(tmp_path / "missing.json") == "the hedge lexicon in use is not checked against hand-read text"


def test_the_shipped_check_matches_the_installed_lexicon():
    from helpers.measures.sourcing import load_hedges

    r = HT.hedge_check()
    assert r is not None and r["version"] == load_hedges()["version"]
    assert r["precision"] and r["recall"]

