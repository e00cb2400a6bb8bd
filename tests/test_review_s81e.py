"""Review s81-E: a journalist's own frame codebook on AllSides environment news (session 81)."""
from __future__ import annotations

import pandas as pd


def test_one_word_alone_is_named_even_when_the_three_top_words_also_carry_the_frame(tmp_path):
    # 'climate' alone tagged 3,113 of 3,757 sentences; the note blamed "'climate' or 'drought' or 'flooding'"
    from helpers.framing import concentration_note, cue_concentration
    from helpers.report.index import carried_frame_note

    cues = ["climate"] * 80 + ["drought"] * 6 + ["flooding"] * 4 + ["heat wave; storm"] * 10
    frames = pd.DataFrame({"family": "climate_frames", "frame": "climate_harm", "cues": cues, "counted": True})
    t = cue_concentration(frames, n_units=400)
    r = t.iloc[0]
    assert r["carried_share"] >= 0.5 and r["corpus_share"] >= 0.05 and r["alone"] == 80  # both rules hold
    note = concentration_note(t, {("climate_frames", "climate_harm"): "Harm from climate change"})
    assert len(note) == 1 and "80 of its 100 sentences" in note[0] and "'climate' alone" in note[0]
    assert "drought" not in note[0]
    t.to_csv(tmp_path / "03_cue_concentration.csv", index=False)
    said = carried_frame_note(tmp_path, "climate_frames", "climate_harm")
    assert "'climate' alone" in said and "drought" not in said


def test_notebook_04_codes_the_study_s_own_codebook_by_default_and_says_how_to_code_another():
    # notebook 04 drew its sheet for the shared generic frames; the page never said how to draw one for hers
    from helpers.validation.cli import measure_note, measure_of

    assert measure_of(None, ["generic_frames", "climate_frames"]) == "climate_frames"
    assert measure_of(None, ["policy_frames", "generic_frames"]) == "generic_frames"
    assert measure_of("generic_frames", ["generic_frames", "climate_frames"]) == "generic_frames"
    note = measure_note("climate_frames", ["climate_frames", "generic_frames"], "studies/us_politics",
                        "news.jsonl", "bias_text")
    assert "'climate_frames'" in note and "'generic_frames'" in note
    assert "sample --measure NAME --study studies/us_politics --corpus news.jsonl --stratum bias_text" in note


def test_the_index_gives_the_corrected_shares_of_a_frame_finding_and_says_when_they_reverse_it(tmp_path):
    # the README said the index is corrected once coders' sheets are the study's sample; it never read them
    from helpers.report.index import corrected_frame_note

    pd.DataFrame({"label": ["climate_harm"] * 3, "frame_label": "Harm", "bias_text": ["center", "left", "right"],
                  "n_units": 100, "n_coded": 14, "naive": [0.033, 0.022, 0.03], "naive_low": 0.01, "naive_high": 0.05,
                  "corrected": [0.031, 0.093, 0.05], "corrected_low": [0.0, 0.0, 0.01],
                  "corrected_high": [0.252, 0.233, 0.1], "note": "", "family": "climate_frames"}
                 ).to_csv(tmp_path / "03_corrected_shares.csv", index=False)
    said = corrected_frame_note(tmp_path, "climate_frames", "climate_harm", "center", "left")
    assert "center 3.1% (95% CI 0.0-25.2%), left 9.3% (95% CI 0.0-23.3%), the other order" in said
    assert "cannot confirm" in said
    assert corrected_frame_note(tmp_path, "generic_frames", "climate_harm", "center", "left") == ""
    assert corrected_frame_note(tmp_path / "none", "climate_frames", "climate_harm", "center", "left") == ""


def test_a_study_s_own_codebook_no_sample_checks_is_said_to_be_checked_on_no_text():
    # her labels read "not validated on this corpus", as the shared codebooks checked on other corpora do
    from helpers.framing import share_validation

    keys = [("climate_frames", "climate_harm"), ("generic_frames", "conflict")]
    assert share_validation(keys, None, unchecked=["climate_frames"]) == [
        "not checked on any text (the study's own codebook)", "not validated on this corpus"]


def test_the_dominant_frames_line_says_how_far_each_frame_was_checked(tmp_path):
    # "Science and consensus in 204 of 593 articles" stood where the coded sample showed the tagger found 0 of 4
    from helpers.report.index import frame_status_note

    pd.DataFrame({"outlet": ["a", "b"], "family": "climate_frames", "frame": "scientific_consensus",
                  "validation": "low support (<5); the tagger found 0 of 4"}).to_csv(tmp_path / "frame_shares.csv",
                                                                                    index=False)
    assert frame_status_note(tmp_path, "climate_frames", "scientific_consensus") == \
        "; its labels are low support (<5); the tagger found 0 of 4"
    assert frame_status_note(tmp_path, "climate_frames", "climate_harm") == ""


def test_a_study_s_own_codebook_gets_its_own_frame_finding_on_the_index(tmp_path):
    # the one frame finding went to a generic frame; her own frames had none
    from helpers.report.index import notebook_findings

    rows = []
    for fam, frame, shares in [("generic_frames", "responsibility", (0.26, 0.21)),
                               ("climate_frames", "climate_harm", (0.033, 0.022))]:
        for g, v in zip(("right", "center"), shares):
            rows.append({"bias_text": g, "family": fam, "frame": frame, "label": frame, "n": 200, "n_units": 4000,
                         "share": v, "ci_low": v - 0.01, "ci_high": v + 0.01, "validation": "not validated"})
    pd.DataFrame(rows).to_csv(tmp_path / "frame_shares.csv", index=False)
    items = notebook_findings(tmp_path, ["frame_shares"], {})
    assert len(items) == 2 and "responsibility" in items[0] and "climate_harm" in items[1]
    pd.DataFrame(rows[:2]).to_csv(tmp_path / "frame_shares.csv", index=False)  # the shared codebook alone: one
    assert len(notebook_findings(tmp_path, ["frame_shares"], {})) == 1


def test_the_closing_names_the_codebooks_the_coded_sample_does_not_code():
    # after adopting her sample of climate_frames, the closing said nothing more of the uncoded generic frames
    from helpers.notebook.frame_sections import uncoded_families_note

    said = uncoded_families_note(["climate_frames", "generic_frames", "local_frames"], ["climate_frames"],
                                 ["climate_frames", "local_frames"])
    assert "generic_frames: checked only on other articles" in said and "local_frames: no check on any text" in said
    assert "climate_frames" not in said
    assert uncoded_families_note(["generic_frames"], ["generic_frames"], []) == ""
