"""Scoring of attribution output against brat annotations (files written for the tests)."""
import json

import pandas as pd
import pytest

from helpers.measures.attribution_eval import (
    gold_attributions,
    load_benchmark,
    predicted_spans,
    read_brat,
    score_attributions,
)

TEXT = 'Officials said the road is closed. "It will reopen soon," the mayor told reporters. It was reported that.'
ANN = "\n".join([
    "T1\tSource 0 9\tOfficials",
    "T2\tCue 10 14\tsaid",
    "T3\tContent 15 33\tthe road is closed",
    "T4\tAttribution 10 14\tsaid",
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
    "T5\tContent 35 55\tIt will reopen soon,",
    "T6\tSource 57 66\tthe mayor",
    "T7\tCue 67 71\ttold",
    "T8\tAttribution 67 71\ttold",
    "E2\tAttribution:T8 Content:T5 Cue:T7 Source:T6",
    "T9\tCue 91 99\treported",
    "T10\tAttribution-no-source 91 99\treported",
    "E3\tAttribution-no-source:T10 Cue:T9",
]) + "\n"


@pytest.fixture
def gold(tmp_path):
    (tmp_path / "doc_abcd.ann").write_text(ANN, encoding="utf-8")
    return gold_attributions(tmp_path, ["doc"], [TEXT])


def test_read_brat_and_direct_flag(gold):
    assert len(gold) == 3
    assert gold["cue"].tolist() == [[(10, 14)], [(67, 71)], [(91, 99)]]
    assert gold["source"].tolist()[2] == []
    assert gold["direct"].tolist() == [False, True, False]


def test_scores_cue_source_and_direct(gold):
    pred = pd.DataFrame({"doc_id": ["doc"] * 3,
                         "cue": [[(10, 14)], [(67, 71)], [(20, 22)]],
                         "source": [[(0, 9)], [(0, 9)], []],
                         "direct": [False, True, False]})
    s = score_attributions(pred, gold)
    assert (s["cue"]["tp_pred"], s["cue"]["n_pred"], s["cue"]["tp_gold"], s["cue"]["n_gold"]) == (2, 3, 2, 3)
    # the second prediction has the wrong source
    assert (s["cue_source"]["tp_pred"], s["cue_source"]["n_pred"]) == (1, 2)
    assert s["direct"]["precision"] == 1.0 and s["direct"]["recall"] == 1.0


def test_predicted_spans_uses_sentence_offsets():
    att = pd.DataFrame({"doc_id": ["doc"], "unit_id": [1], "verb": ["told"], "verb_start": [32],
                        "source": ["the mayor"], "source_start": [22], "kind": ["direct"]})
    units = pd.DataFrame({"doc_id": ["doc"], "unit_id": [1], "start": [35]})
    p = predicted_spans(att, units)
    assert p["cue"].tolist() == [[(67, 71)]] and p["source"].tolist() == [[(57, 66)]]


def test_bad_event_and_missing_files(tmp_path):
    (tmp_path / "x_a.ann").write_text("E1\tAttribution:T9 Cue:T8\n", encoding="utf-8")
    with pytest.raises(ValueError, match="T9"):
        read_brat(tmp_path / "x_a.ann")
    with pytest.raises(FileNotFoundError, match="no annotation file"):
        gold_attributions(tmp_path, ["nothere"], ["text"])
    with pytest.raises(FileNotFoundError, match="bench_sourcing"):
        load_benchmark(tmp_path / "none.json")


def test_load_benchmark_table(tmp_path):
    p = tmp_path / "b.json"
    sc = {"precision": 0.9, "recall": 0.5, "f1": 0.64, "tp_pred": 9, "n_pred": 10, "tp_gold": 5, "n_gold": 10}
    p.write_text(json.dumps({"dataset": "X", "computed": "2026-01-01", "splits": {"dev": {"scores": {"cue": sc}}}}))
    meta, t = load_benchmark(p)
    assert meta["dataset"] == "X" and t[["split", "measure", "f1"]].values.tolist() == [["dev", "cue", 0.64]]


def test_benchmark_lines_print_three_decimals_dev_first(tmp_path):
    from helpers.measures.attribution_eval import benchmark_lines

    def sc(f1):
        return {"precision": 0.924, "recall": 0.783, "f1": f1, "tp_pred": 496, "n_pred": 537, "tp_gold": 495,
                "n_gold": 632}

    p = tmp_path / "b.json"
    p.write_text(json.dumps({"dataset": "X", "computed": "2026-01-01",
                             "splits": {"train": {"scores": {"direct": sc(0.896)}},
                                        "dev": {"scores": {"direct": sc(0.8477)}}}}))
    _, t = load_benchmark(p)
    lines = benchmark_lines(t)
    assert lines[0] == "PolNeAR dev (held out): direct: P 0.924 (496/537), R 0.783 (495/632), F1 0.847"  # not "0.85"
    assert lines[1].startswith("PolNeAR train (developed on): direct:") and len(lines) == 2


def test_scores_are_printed_rounded_down_never_up_past_a_target(tmp_path):
    from helpers.measures.attribution_eval import benchmark_lines, rounded_down

    assert rounded_down(0.8498903872527728) == 0.849  # 0.850 would read as the 0.85 target met
    assert rounded_down(0.85) == 0.85 and rounded_down(0.8499999999999) == 0.85  # float noise of an exact 0.85
    t = pd.DataFrame({"split": ["dev"], "measure": ["direct"], "precision": [0.9223], "recall": [0.78797],
                      "f1": [0.84989], "tp_pred": [499], "n_pred": [541], "tp_gold": [498], "n_gold": [632]})
    assert rounded_down(t)[["f1", "n_gold"]].values.tolist() == [[0.849, 632]]
    assert benchmark_lines(t) == ["PolNeAR dev (held out): direct: P 0.922 (499/541), R 0.787 (498/632), F1 0.849"]
