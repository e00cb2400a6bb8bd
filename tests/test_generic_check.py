"""The sentence notebook 03 prints on the generic labels' check on general news (helpers.framing.checks)."""
from __future__ import annotations

import json

from helpers.core.paths import PROJECT_ROOT
from helpers.framing import GENERIC_CHECK_FILES, generic_check_sentence


def _result(tmp_path, name, f1s, recalls, version=10, alpha=0.9):
    coders = {}
    for i, (f1, rec) in enumerate(zip(f1s, recalls)):
        coders[f"c{i}.csv"] = {"micro": {"F1": f1, "recall": rec, "F1_ci95": [f1 - 0.1, f1 + 0.1]},
                               "per_frame": {"conflict": {"n_coded": 10, "tp": 2}, "morality": {"n_coded": 3, "tp": 2},
                                             "human_interest": {"n_coded": 4, "tp": 4}}}
    r = {"data": f"Some corpus (2020), generic frames set {name}", "date": "2026-01-02", "n_sentences": 150,
         "codebook_version": version, "coders": coders, "alpha": {"(pooled)": alpha}}
    p = tmp_path / f"{name}.json"
    p.write_text(json.dumps(r), encoding="utf-8")
    return p


def test_the_sentence_gives_each_set_and_coder(tmp_path):
    a = _result(tmp_path, "11", [0.41, 0.42], [0.36, 0.35])
    b = _result(tmp_path, "12", [0.37, 0.38], [0.34, 0.33], alpha=0.87)
    text = generic_check_sentence([a, b], version=10)
    assert "2 held-out sets of 150" in text and "computed 2026-01-02" in text
    assert "set 11: 0.41 / 0.42" in text and "set 12: 0.37 / 0.38" in text
    assert "coders' alpha 0.87" in text
    assert "100% are conflict and morality" in text  # 8 and 1 missed per coder and set, human interest none
    assert "another version" not in text


def test_a_version_change_is_said(tmp_path):
    text = generic_check_sentence([_result(tmp_path, "11", [0.4], [0.3])], version=11)
    assert "The codebook in use is version 11, so these figures describe another version." in text


def test_no_results_file_says_unvalidated(tmp_path):
    text = generic_check_sentence([tmp_path / "missing.json"])
    assert "have not been checked" in text and "unvalidated" in text


def test_the_committed_files_exist_and_read():
    assert all((PROJECT_ROOT / p).is_file() for p in GENERIC_CHECK_FILES)
    text = generic_check_sentence()
    assert "micro F1 set 3305" in text and "; set 3308: " in text and "4 held-out sets" in text
