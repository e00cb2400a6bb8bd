"""The coded-sheet reader of ``benchmarks/generic_frames_allsides.py`` (issue 14bh): codes as a 0/1 matrix, and
clear stops on a sheet that misses sentences or uses an unknown frame; the anchors that pin each coded id to its
sentence. No corpus is read."""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import generic_frames_allsides as G  # noqa: E402
import policy_frames_allsides as P  # noqa: E402

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


def test_the_committed_sets_hold_their_coded_sentences():
    """150 per random set; a cue sample (set 3309, round 14bj) its ``n``."""
    for set_id, conf in G.SETS.items():
        for name in G.CODERS:
            p = G.set_dir(set_id) / name
            if p.is_file():
                df = pd.read_csv(p, dtype=str, keep_default_na=False)
                assert len(df) == conf.get("n", 150) and df["sentence_id"].is_unique
                labs = {x for cell in df["generic_frames"] for x in cell.split(";") if x}
                assert labs <= set(LABELS)


def test_an_anchor_reads_its_span_and_stops_on_another_text():
    text = "First paragraph here.\n\n  Second one. It has two sentences.  \n"
    anchor = (1, 12, 33, P._fingerprint("It has two sentences."))
    assert P._anchored(text, anchor, "d:1:1") == "It has two sentences."
    with pytest.raises(SystemExit, match=r"sentence d:1:1: the text at its anchor \(paragraph 1, characters 12-33\)"):
        P._anchored(text.replace("two", "2"), anchor, "d:1:1")


def test_anchors_with_two_spans_for_one_id_stop(tmp_path):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    pd.DataFrame([["d:0:1", 0, 5, 9, "ab"]], columns=P.ANCHOR_COLUMNS).to_csv(a, index=False)
    pd.DataFrame([["d:0:1", 0, 5, 10, "ab"]], columns=P.ANCHOR_COLUMNS).to_csv(b, index=False)
    assert P.load_anchors([a]) == {"d:0:1": (0, 5, 9, "ab")}
    with pytest.raises(SystemExit, match="d:0:1 has another anchor"):
        P.load_anchors([a, b])


def test_anchors_are_not_written_when_the_draw_differs(tmp_path):
    with pytest.raises(SystemExit, match="today's draw does not give the coded ids"):
        P.write_anchors(pd.Series(["a:0:0", "b:0:1"]), pd.Series(["a:0:0", "b:0:2"]), tmp_path / "anchors.csv")
    assert not (tmp_path / "anchors.csv").exists()


def test_every_coded_set_has_anchors_for_exactly_its_ids():
    sets = [G.set_dir(s) for s in G.SETS] + [P.SETS[s]["data"] for s in P.SETS]
    for d in sets:
        ids = pd.read_csv(d / "codes.csv", dtype=str, keep_default_na=False)["sentence_id"]
        anchors = P.load_anchors([d / "anchors.csv"])
        assert set(anchors) == set(ids), d
        assert all(0 <= a < b for _, a, b, _ in anchors.values())
