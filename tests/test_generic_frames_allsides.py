"""The coded-sheet reader of ``benchmarks/generic_frames_allsides.py`` (issue 14bh): codes as a 0/1 matrix, and
clear stops on a sheet that misses sentences or uses an unknown frame. No corpus is read."""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import generic_frames_allsides as G  # noqa: E402

LABELS = ["responsibility", "conflict", "human_interest", "economic_consequences", "morality"]


def _sheet(tmp_path, rows):
    p = tmp_path / "codes.csv"
    pd.DataFrame(rows, columns=["sentence_id", "draw_order", "split", "generic_frames"]).to_csv(p, index=False)
    return p


def test_codes_become_a_matrix_in_the_order_of_the_ids(tmp_path):
    p = _sheet(tmp_path, [["a:0:0", 0, "held-out", "conflict;morality"], ["b:1:0", 1, "held-out", ""]])
    m = G._coded(p, pd.Series(["b:1:0", "a:0:0"]), LABELS)
    assert m.tolist() == [[False] * 5, [False, True, False, False, True]]


def test_a_missing_sentence_stops_with_the_file_named(tmp_path):
    p = _sheet(tmp_path, [["a:0:0", 0, "held-out", "conflict"]])
    with pytest.raises(SystemExit, match="1 sentence ids of the draw are missing"):
        G._coded(p, pd.Series(["a:0:0", "b:1:0"]), LABELS)


def test_an_unknown_frame_stops_with_the_choices(tmp_path):
    p = _sheet(tmp_path, [["a:0:0", 0, "held-out", "conflct"]])
    with pytest.raises(SystemExit, match="unknown frame 'conflct' for a:0:0; use one of responsibility"):
        G._coded(p, pd.Series(["a:0:0"]), LABELS)


def test_the_committed_sets_hold_150_coded_sentences_each():
    for set_id in G.SETS:
        for name in G.CODERS:
            p = G.set_dir(set_id) / name
            if p.is_file():
                df = pd.read_csv(p, dtype=str, keep_default_na=False)
                assert len(df) == 150 and df["sentence_id"].is_unique
                labs = {x for cell in df["generic_frames"] for x in cell.split(";") if x}
                assert labs <= set(LABELS)
