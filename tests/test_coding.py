import warnings

import numpy as np
import pandas as pd
import pytest

from helpers import framing as F
from helpers.validation.coding import (
    SheetWarning,
    agreement_table,
    coding_guide_html,
    consensus,
    draw_sample,
    read_coding_sheets,
    write_coding_sheet,
)


@pytest.fixture
def units():
    return pd.DataFrame({"doc_id": ["a"] * 6 + ["b"] * 4, "unit_id": list(range(6)) + list(range(4)),
                         "outlet": ["X"] * 6 + ["Y"] * 4, "text": [f"sentence {i}" for i in range(10)]})


def test_draw_sample_stratified_and_seeded(units):
    s = draw_sample(units, 4, stratum="outlet", seed=3)
    assert len(s) == 4 and s["stratum"].value_counts().to_dict() == {"X": 2, "Y": 2}
    assert s["unit_key"].is_unique
    assert s.equals(draw_sample(units, 4, stratum="outlet", seed=3))
    assert len(draw_sample(units, 50)) == 10
    with pytest.raises(ValueError, match="repeat"):
        draw_sample(units, 3, key_cols=("doc_id",))
    with pytest.raises(ValueError, match="positive"):
        draw_sample(units, 0)


def test_sheet_roundtrip_and_agreement(units, tmp_path):
    s = draw_sample(units, 4, stratum="outlet", seed=0)
    p1 = write_coding_sheet(s, ["conflict", "morality"], tmp_path / "ann.csv")
    with pytest.raises(ValueError, match="never overwritten"):
        write_coding_sheet(s, ["conflict"], p1)
    sheet = pd.read_csv(p1, dtype=str, keep_default_na=False)
    sheet["conflict"] = ["1", "x", "", "0"]
    sheet.to_csv(p1, index=False)
    one = read_coding_sheets([p1], ["conflict", "morality"])
    assert set(one["coder"]) == {"ann"} and one.query("label == 'conflict'")["value"].sum() == 2
    ag = agreement_table(one)
    assert ag["alpha"].isna().all() and ag["note"].str.contains("one coder").all()
    sheet2 = sheet.copy()
    sheet2["conflict"] = ["1", "1", "", "0"]
    sheet2.to_csv(tmp_path / "bob.csv", index=False)
    two = read_coding_sheets([p1, tmp_path / "bob.csv"], ["conflict", "morality"])
    ag = agreement_table(two).set_index("label")
    assert np.isnan(ag.loc["conflict", "alpha"]) and "only 4 units coded by two coders" in ag.loc["conflict", "note"]
    assert "no variation" in ag.loc["morality", "note"]
    cons = consensus(two)
    assert cons["conflict"].sum() == 2 and list(cons.columns) == ["conflict", "morality"]


def test_sheet_text_cannot_run_as_a_formula(tmp_path):
    """A coding sheet is opened in a spreadsheet: a sentence or outlet starting with '=' must stay text."""
    units = pd.DataFrame({"doc_id": ["a", "b"], "unit_id": [0, 0], "outlet": ["=cmd|calc", "Town Herald"],
                          "text": ['=HYPERLINK("http://x.example","go") was typed, the editor said.', "-3.5"]})
    s = draw_sample(units, 2, stratum="outlet", seed=0)
    p = write_coding_sheet(s, ["conflict"], tmp_path / "ann.csv")
    sheet = pd.read_csv(p, dtype=str, keep_default_na=False).set_index("doc_id")
    assert sheet.loc["a", "text"].startswith("'=HYPERLINK")
    assert sheet.loc["a", "stratum"] == "'=cmd|calc"
    assert sheet.loc["b", "text"] == "-3.5"  # a plain number stays a number
    sheet["conflict"] = ["1", ""]
    sheet.reset_index().to_csv(p, index=False)
    back = read_coding_sheets([p], ["conflict"])
    assert sorted(back["value"]) == [0, 1]


def test_consensus_ties():
    codes = pd.DataFrame({"coder": ["a", "b"], "unit_key": ["u", "u"], "label": ["c", "c"], "value": [1, 0]})
    assert consensus(codes)["c"].iloc[0] == 0
    assert consensus(codes, tie="positive")["c"].iloc[0] == 1
    with pytest.raises(ValueError):
        consensus(codes, tie="coin")


def test_bad_sheet_values(units, tmp_path):
    s = draw_sample(units, 2, seed=0)
    p = write_coding_sheet(s, ["conflict"], tmp_path / "c.csv")
    sheet = pd.read_csv(p, dtype=str, keep_default_na=False)
    sheet["conflict"] = ["maybe", "1"]
    sheet.to_csv(p, index=False)
    with pytest.raises(ValueError, match=r"row 2, column 'conflict'"):
        read_coding_sheets([p], ["conflict"])
    with pytest.raises(ValueError, match="missing column"):
        read_coding_sheets([p], ["morality"])
    with pytest.raises(ValueError, match="not found"):
        read_coding_sheets([tmp_path / "nope.csv"], ["conflict"])


def test_guide_escapes_everything():
    cb = F.load_codebook("generic_frames")
    page = coding_guide_html(cb, {"conflict": {"positive": ["<script>alert(1)</script> they clashed"],
                                              "negative": ["a & b agree"]}})
    assert "<script>" not in page and "&lt;script&gt;" in page and "a &amp; b agree" in page
    assert "Conflict" in page and "Does the story reflect disagreement" in page


def test_a_unit_key_that_a_spreadsheet_would_run_reads_back_as_written(tmp_path):
    """The sheet writes "'@home:0" for the unit "@home:0" (a formula guard); read back, the key must be the unit's
    again, or the coded units are "not in the corpus" when scored."""
    units = pd.DataFrame({"doc_id": ["@home", "-draft", "plain"], "unit_id": [0, 0, 0],
                          "text": ["The mayor said so.", "The clerk said no.", "The board agreed."]})
    s = draw_sample(units, 3, seed=0)
    p = write_coding_sheet(s, ["conflict"], tmp_path / "ann.csv")
    sheet = pd.read_csv(p, dtype=str, keep_default_na=False)
    sheet["conflict"] = ["1", "0", ""]  # coded (an unfilled sheet is refused)
    sheet.to_csv(p, index=False)
    back = read_coding_sheets([p], ["conflict"])
    assert sorted(back["unit_key"]) == sorted(s["unit_key"])


def test_an_unfilled_sheet_is_refused_not_scored_as_all_zero(tmp_path):
    # qa8: a sheet handed back with every label cell blank was read as "no label applies" everywhere
    blank = tmp_path / "coder_a.csv"
    pd.DataFrame({"unit_key": ["d1:0", "d2:0"], "text": ["A storm hit.", "Rates rose."],
                  "conflict": ["", ""], "economic": ["", " "]}).to_csv(blank, index=False)
    with pytest.raises(ValueError, match=r"coder_a\.csv.*every label cell is blank"):
        read_coding_sheets([blank], ["conflict", "economic"])
    zeros = tmp_path / "coder_b.csv"
    pd.DataFrame({"unit_key": ["d1:0", "d2:0"], "text": ["A storm hit.", "Rates rose."],
                  "conflict": ["0", ""], "economic": ["", ""]}).to_csv(zeros, index=False)
    codes = read_coding_sheets([zeros], ["conflict", "economic"])
    assert codes["value"].sum() == 0 and len(codes) == 4


def test_stratum_counts_lists_the_pools_after_the_groups():
    """The coding-sheet line of notebook 04 names the groups by name, then the pools (dogfood 12bg-d: "(unknown)"
    came first, as "(" sorts before letters)."""
    from helpers.validation.coding import stratum_counts

    smp = pd.DataFrame({"stratum": ["North Post", "(unknown)", "Alpha Daily", "(other)", "North Post", "(unknown)"]})
    assert stratum_counts(smp) == "Alpha Daily 1, North Post 2, (other) 1, (unknown) 2"
    assert stratum_counts(smp.iloc[:0]) == "none"


def test_the_guide_folds_the_taggers_cues_by_default():
    # review s76: coders who read the cue lists are primed toward the tagger; the blind checks coded without them
    cb = F.load_codebook("generic_frames")
    folded = coding_guide_html(cb)
    assert "<details class='cues'><summary>The tagger's cue words (open only after coding)</summary>" in folded
    assert "do not open them before you have coded" in folded
    shown = coding_guide_html(cb, cues="shown")
    assert "<p class='cues'>Cues: " in shown and "<details class='cues'>" not in shown
    none = coding_guide_html(cb, cues="none")
    assert "Cues: " not in none and "are not part of this guide" in none
    with pytest.raises(ValueError, match="cues must be"):
        coding_guide_html(cb, cues="hidden")


def test_the_sheet_says_what_its_size_can_tell_per_group():
    # review s76: 13 sentences per group were drawn with no word on their precision
    from helpers.stats.intervals import wilson_interval
    from helpers.validation.coding import sheet_precision
    s = sheet_precision(pd.DataFrame({"stratum": ["a"] * 13 + ["b"] * 14}))
    lo, hi = wilson_interval(7, 14)  # the sentence's half-width is Wilson's at a share of 50%
    assert f"±{100 * (hi - lo) / 2:.0f} percentage points" in sheet_precision(pd.DataFrame({"stratum": ["a"] * 14}))
    assert s.startswith("With 13 units coded in the smallest group, a share read from the codes alone has a 95% "
                        "interval of up to about ±24 percentage points"), s
    assert s.endswith("About 93 units per group bring it to ±10 points."), s
    assert sheet_precision(pd.DataFrame({"stratum": []})) == ""


def test_agreement_is_judged_only_on_enough_shared_and_marked_units():
    # review s78-B: alpha 1.0 from the 2 sentences two sheets of different draws shared, and "1.000" on a frame one
    # sentence was marked with
    rng = np.random.default_rng(1)
    keys = [f"d:{i}" for i in range(60)]
    a = rng.integers(0, 2, 60)
    b = np.where(rng.random(60) < 0.15, 1 - a, a)  # a second coder who disagrees on about one unit in seven
    rare = np.zeros(60, dtype=int)
    rare[:2] = 1
    rows = [pd.DataFrame({"coder": c, "unit_key": keys, "label": lab, "value": v})
            for c, vals in (("ann", (a, rare)), ("bob", (b, rare))) for lab, v in zip(("conflict", "morality"), vals)]
    ag = agreement_table(pd.concat(rows, ignore_index=True)).set_index("label")
    assert ag.loc["conflict", "units"] == 60 and 0.5 < ag.loc["conflict", "alpha"] < 0.9
    assert ag.loc["conflict", "alpha_low"] < ag.loc["conflict", "alpha"] < ag.loc["conflict", "alpha_high"]
    assert np.isnan(ag.loc["morality", "alpha"]) and ag.loc["morality", "marked"] == 2
    assert "too rare to judge: 2 of 60 units" in ag.loc["morality", "note"] and "alpha would be 1.00" in ag.loc["morality", "note"]
    again = agreement_table(pd.concat(rows, ignore_index=True)).set_index("label")
    assert again.loc["conflict", "alpha_low"] == ag.loc["conflict", "alpha_low"]  # seeded


def test_sheets_of_different_draws_are_named_in_a_warning(units, tmp_path):
    big = pd.DataFrame({"doc_id": [f"d{i // 5}" for i in range(100)], "unit_id": [i % 5 for i in range(100)],
                        "outlet": ["X", "Y"] * 50, "text": [f"sentence {i}" for i in range(100)]})
    paths = []
    for name, seed in (("ann", 0), ("bob", 7)):
        sheet = draw_sample(big, 30, stratum="outlet", seed=seed).assign(conflict="1")
        paths.append(tmp_path / f"{name}.csv")
        sheet.to_csv(paths[-1], index=False)
    with pytest.warns(SheetWarning, match=r"ann.csv shares \d+ of its 30 units with the other sheets.*--seed"):
        read_coding_sheets(paths, ["conflict"])
    pd.read_csv(paths[0]).to_csv(paths[1], index=False)  # one draw, a copy per coder: no warning
    with warnings.catch_warnings():
        warnings.simplefilter("error", SheetWarning)
        read_coding_sheets(paths, ["conflict"])
