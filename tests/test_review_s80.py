"""Review s80: faults a fact-checker, a user with awkward input and a re-run on another machine found."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_rounded_leaves_the_columns_the_reader_page_formats():
    from helpers.notebook.output import rounded

    df = pd.DataFrame({"share": [0.405283], "ci_low": [0.1234567], "naive_high": [0.98765],
                       "precision": [0.123456], "k": [3]})
    out = rounded(df)
    assert out["share"].iloc[0] == 0.405283 and out["ci_low"].iloc[0] == 0.1234567
    assert out["naive_high"].iloc[0] == 0.98765 and out["precision"].iloc[0] == 0.123
    assert out["k"].iloc[0] == 3 and df["precision"].iloc[0] == 0.123456  # a copy


def test_a_share_shown_unrounded_reads_as_in_the_csv():
    from helpers.core.wording import share_interval
    from helpers.report.share_tables import percent_shares

    row = {"k": 1150, "n": 2685, "share": 0.428305, "ci_low": 0.405283, "ci_high": 0.451562}
    page = percent_shares(pd.DataFrame([row]).to_html())
    assert share_interval(0.428305, 0.405283, 0.451562) in page
    assert "41-45%" in page
    # the fault: a table rounded to 3 decimals first read "40-45%"
    assert "40-45%" in percent_shares(pd.DataFrame([row]).round(3).to_html())


_ROUND_DICT = re.compile(r"\.round\(\{([^}]*)\}")


def test_no_notebook_rounds_a_share_before_the_page_formats_it():
    from helpers.core.wording import reader_formatted

    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] != "code":
                continue
            src = "".join(cell["source"])
            for m in _ROUND_DICT.finditer(src):
                names = re.findall(r"\"([^\"]+)\"\s*:", m.group(1))
                bad = [n for n in names if reader_formatted(n)]
                assert not bad, f"{path.name} rounds {bad} before the reader page writes them; use rounded()"
            assert not re.search(r"show_table\(\w+(\[\[[^\]]*\]\])?\.round\(\d\)", src), (
                f"{path.name}: show_table(x.round(n)) rounds shares too; use show_table(rounded(x))")


def test_a_rating_named_text_is_a_mix_column_and_loader_columns_are_not():
    from helpers.notebook.group_mix import mix_columns

    n = 40
    corpus = pd.DataFrame({
        "doc_id": [f"d{i}" for i in range(n)], "outlet": ["A", "B"] * (n // 2),
        "text": ["word " * 80] * n, "bias_text": (["left"] * 3 + ["right"]) * (n // 4),
        "title": [f"A headline number {i}" for i in range(n)],
        "summary": ["A long summary of the story that runs well past sixty characters, as summaries do."] * n,
        "standfirst": (["Short one", "Other"] * n)[:n],
    })
    assert mix_columns(corpus, "outlet") == ["bias_text"]


def test_words_are_counted_by_one_rule_in_the_corpus_and_the_rates():
    from helpers.measures.sourcing import rate_per_1000_words
    from helpers.text.normalize import count_words

    text = "It is over \u200d \u201cIt\u201d said one."
    assert count_words(text) == 6 and count_words("") == 0
    units = pd.DataFrame({"doc_id": ["a", "a"], "g": ["x", "x"], "text": [text, "Two words."]})
    assert rate_per_1000_words(units, [1, 0], "g")["words"].iloc[0] == 8


def test_a_frame_finding_links_to_its_family_section():
    from helpers.report.index import _evidence_link, _section_of

    evidence = {"frame_shares": ("03.html", "Shares-per-group"), "03_policy_frames": ("03.html", "1-·-Policy-frames")}
    d = {"file": "frame_shares", "key": {"family": "policy_frames", "frame": "political"}}
    assert "#1-·-Policy-frames" in _evidence_link("frame_shares", evidence, _section_of(d))
    other = {"file": "02_source_identity", "key": {"measure": "named"}}
    assert _section_of(other) is None
    assert "#Shares-per-group" in _evidence_link("frame_shares", evidence, None)


_HARBOUR = """name: harbour_frames
version: 1
source: Written for this test
description: Frames of a harbour story.
entries:
  cost:
    label: Cost of the works
    definition: What the harbour works cost and who pays.
    source: this test
    terms: [cost, budget, dollars, money]
    indicators: [Does the sentence speak of what the works cost?]
    coder_notes: A cost to a person's health is not the cost of the works.
    examples: {positive: ["The wall cost more than planned."], negative: ["The storm cost him his boat."]}
  storm:
    label: Storm damage
    definition: Damage done by the storm.
    source: this test
    terms: [storm, flooded]
"""


def _own_study(tmp_path):
    import shutil

    from helpers.core.paths import PROJECT_ROOT

    study = tmp_path / "harbour"
    shutil.copytree(PROJECT_ROOT / "studies" / "general", study)
    text = (study / "study.yaml").read_text(encoding="utf-8").replace("name: general", "name: harbour")
    text = text.replace("  codebooks: [policy_frames, generic_frames, entman_functions]", "  codebooks: [harbour_frames]")
    (study / "study.yaml").write_text(text + "lexicons:\n  harbour_frames: harbour_frames.yaml\n", encoding="utf-8")
    (study / "harbour_frames.yaml").write_text(_HARBOUR, encoding="utf-8")
    return study


def test_a_codebook_keeps_its_examples_and_notes_for_coders(tmp_path):
    from helpers import framing as F
    from helpers.validation.coding import coding_guide_html

    (tmp_path / "h.yaml").write_text(_HARBOUR, encoding="utf-8")
    guide = coding_guide_html(F.load_codebook(tmp_path / "h.yaml"))
    assert "The wall cost more than planned." in guide and "The storm cost him his boat." in guide
    assert "Coding notes." in guide and "health is not the cost" in guide
    (tmp_path / "bad.yaml").write_text(_HARBOUR.replace("examples: {positive:", "examples: {good:"), encoding="utf-8")
    import pytest

    with pytest.raises(F.CodebookError, match="'examples' must be a mapping"):
        F.load_codebook(tmp_path / "bad.yaml")


def test_a_study_with_only_its_own_codebook_runs_validates_and_corrects(tmp_path, capsys):
    """Review s80-C: the study's framing.codebooks were ignored, notebook 03 crashed without an Entman codebook,
    showed the study's frames as policy frames and hid their corrected shares; notebook 04 could not score them."""
    import csv

    from helpers.report import runner as report
    from helpers.validation import cli as V
    from tests.test_validation_adopt import _write_corpus

    corpus, study, sheets = _write_corpus(tmp_path / "corpus"), _own_study(tmp_path), tmp_path / "sheets"
    assert V.main(["sample", "--corpus", str(corpus), "--n", "12", "--measure", "harbour_frames", "--study",
                   str(study), "--out", str(sheets / "sheet.csv")]) == 0
    rows = list(csv.DictReader(open(sheets / "sheet.csv", encoding="utf-8")))
    assert {"cost", "storm"} <= set(rows[0])
    for coder in ("ann", "bob"):
        with open(sheets / f"{coder}.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=list(rows[0]))
            w.writeheader()
            for r in rows:
                t = r["text"].lower()
                w.writerow({**r, "cost": "1" if ("dollars" in t or "money" in t) else "0",
                            "storm": "1" if "storm" in t else "0"})
    assert V.main(["adopt", "--corpus", str(corpus), "--measure", "harbour_frames", "--study", str(study),
                   str(sheets / "ann.csv"), str(sheets / "bob.csv")]) == 0
    capsys.readouterr()
    out = tmp_path / "reports"
    assert report.main(["--corpus", str(corpus), "--out", str(out), "--name", "h", "--notebooks", "03", "04",
                        "-p", "study", str(study)]) == 0
    nb = json.loads((out / "h" / "03_framing.ipynb").read_text(encoding="utf-8"))
    text = "\n".join("".join(o.get("text", "")) for c in nb["cells"] for o in c.get("outputs", []))
    assert "harbour_frames (version 1, 2 frames; harbour_frames.yaml): Frames of a harbour story." in text
    assert "This run does not use the policy frames codebook" in text and "No remedies" in text
    assert "harbour_frames:" in text  # the corrected shares of the study's own family are shown
    figures = out / "h" / "figures"
    assert set(pd.read_csv(figures / "03_corrected_shares.csv")["family"]) == {"harbour_frames"}
    assert "harbour_frames" in set(pd.read_csv(figures / "04_seed_scores.csv")["family"])
    assert (figures / "04_coding_sheet_harbour_frames.csv").is_file()


def test_a_subject_spread_over_three_cue_words_is_flagged():
    # review s80-D: "Health and safety" in health-care news rested on "health care", "health", "medicaid" ...: its
    # two top words carried 43% of its sentences, so it was not flagged; its three top words carry 53%
    from helpers.framing import CONCENTRATION_TOP, cue_concentration

    rows = ([("health_safety", "health care")] * 20 + [("health_safety", "health")] * 12
            + [("health_safety", "medicaid")] * 10 + [("health_safety", f"ward {i}; clinic {i}") for i in range(38)])
    frames = pd.DataFrame({"family": "policy_frames", "frame": [f for f, _ in rows], "counted": True,
                           "cues": [c for _, c in rows]})
    assert CONCENTRATION_TOP == 3
    t = cue_concentration(frames, n_units=400).iloc[0]
    assert t["top_cues"] == "health care; health; medicaid" and t["carried"] == 42 and t["flagged"]
    # 32 of 80 on two words (the rule of one word alone, review s80-F, would flag "health care": 20 of 400)
    assert not cue_concentration(frames, n_units=400, top=2, alone_share=1.0).iloc[0]["flagged"]


def test_reports_show_no_machine_folder_nor_python_patch_version(tmp_path, monkeypatch):
    # review s80-B: every report notebook held the absolute project path, a corpus in the home folder named the user,
    # and Python's patch version made two machines' notebooks differ
    from helpers.core.paths import PROJECT_ROOT, shown_path
    from helpers.notebook.output import stable_text
    from helpers.report.runner import _strip_volatile

    home = tmp_path / "alice"
    (home / "news").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    assert shown_path(PROJECT_ROOT / "seeds") == "seeds"
    assert shown_path(home / "news" / "a.jsonl") == "~/news/a.jsonl"
    assert shown_path(tmp_path / "b.csv") == str((tmp_path / "b.csv").resolve())
    assert stable_text(f"{home}/news/a.jsonl: this corpus overlaps") == "~/news/a.jsonl: this corpus overlaps"
    nb = {"cells": [{"cell_type": "code", "id": "x1", "metadata": {"tags": ["injected-parameters"]}, "outputs": [],
                     "source": [f'corpus = "{PROJECT_ROOT}/seeds"\n', f'output_dir = "{home}/r/figures"\n']}],
          "metadata": {"language_info": {"name": "python", "version": "3.11.7"}}, "nbformat": 4, "nbformat_minor": 5}
    path = tmp_path / "n.ipynb"
    path.write_text(json.dumps(nb), encoding="utf-8")
    _strip_volatile(path)
    out = json.loads(path.read_text(encoding="utf-8"))
    assert out["cells"][0]["source"] == ['corpus = "seeds"\n', 'output_dir = "~/r/figures"\n']
    assert out["cells"][0]["id"] == "injected-parameters" and out["metadata"]["language_info"]["version"] == "3.11"


def test_the_random_evidence_is_a_seeded_draw_per_frame_whatever_the_row_order():
    from helpers.notebook.frame_sections import random_evidence

    frames = pd.DataFrame({"frame": ["a"] * 10 + ["b"] * 1, "doc_id": [f"d{i}" for i in range(11)],
                           "unit": list(range(11)), "sentence": [f"s{i}" for i in range(11)]})
    one = random_evidence(frames, 2, seed=3, rank={"b": 0, "a": 1})
    two = random_evidence(frames.sample(frac=1, random_state=9), 2, seed=3, rank={"b": 0, "a": 1})
    assert one.equals(two) and one["frame"].tolist() == ["b", "a", "a"]
    draws = {tuple(random_evidence(frames, 2, seed=k)["sentence"]) for k in range(5)}
    assert len(draws) > 1  # the seed chooses the rows
    assert len(random_evidence(frames.iloc[:0], 2, seed=0)) == 0


def test_a_draw_coded_twice_in_part_is_said_as_such_not_as_another_draw(tmp_path):
    # review s80-C: a second coder re-coded 20 of the first coder's 48 units; the warning asked whether the sheets were
    # drawn with another --seed
    import pytest

    from helpers.validation.coding import SheetWarning, draw_sample, read_coding_sheets

    big = pd.DataFrame({"doc_id": [f"d{i // 5}" for i in range(100)], "unit_id": [i % 5 for i in range(100)],
                        "outlet": ["X", "Y"] * 50, "text": [f"sentence {i}" for i in range(100)]})
    sheet = draw_sample(big, 30, stratum="outlet", seed=0).assign(conflict="1")
    sheet.to_csv(tmp_path / "ann.csv", index=False)
    sheet.head(10).to_csv(tmp_path / "bob.csv", index=False)
    with pytest.warns(SheetWarning, match=r"one draw, partly coded twice: 10 of its 30 units have two coders or more.*"
                                          r"the other 20 one coder only") as said:
        read_coding_sheets([tmp_path / "ann.csv", tmp_path / "bob.csv"], ["conflict"])
    assert not any("--seed" in str(w.message) for w in said)


def test_topics_near_the_stability_cutoff_are_named():
    # review s80-B: with five refits a topic's stability moved by up to 0.19 when only the row order changed, and the
    # index's "6 of 7 come back" became "5 of 7"
    from helpers.topics import near_cutoff

    table = pd.DataFrame({"topic": ["T1", "T2", "T3", "T4"], "stability": [0.95, 0.53, 0.45, 0.2]})
    assert near_cutoff(table) == ["T2 (0.53)", "T3 (0.45)"]
    assert near_cutoff(table.drop(columns="stability")) == []


def test_the_index_names_solid_topics_near_the_cutoff(tmp_path):
    from helpers.report.index import notebook_findings

    pd.DataFrame({"topic": ["T1", "T2", "T3"], "label": ["a / b", "c / d", "e / f"], "stable": [True, True, False],
                  "stability": [0.9, 0.55, 0.3], "coherence": [0.2, 0.1, 0.1]}).to_csv(tmp_path / "topics.csv", index=False)
    items = " ".join(notebook_findings(tmp_path, ["topics"], {}))
    assert "2 of 3 come back" in items and "Near the stability cut-off" in items and "T2 (0.55)" in items


def test_a_story_highlights_box_above_the_story_is_no_body_sentence():
    # review s80-D: CNN's label "highlights" was among its most distinctive words, from such first lines
    from helpers.corpus.clean import clean_article

    story = ("The governor criticised the police response to the protests on Sunday, calling the tactics of the county "
             "police aggressive and saying the state would take over security.\n\nHe appeared on three talk shows "
             "and said the special prosecutor should stay on the case until it is closed.\n")
    r = clean_article("Story highlights The governor notes the over-militarization of police\n\n"
                      "He also criticizes the release of a store video\n\n" + story)
    assert r.standfirst.startswith("Story highlights The governor") and "Story highlights" not in r.text
    assert "The governor criticised" in r.text and "special prosecutor" in r.text and r.headline == ""
    r = clean_article("Key points: the state takes over security\n\n" + story)
    assert "Key points" not in r.text
    kept = clean_article("Highlights of the speech included a tax cut for families and a new bridge over the river, "
                         "aides said on Monday evening after the event.\n\n" + story)
    assert kept.text.startswith("Highlights of the speech")  # no label: a sentence of the story


def test_a_figure_saved_inside_a_helper_gets_its_section_and_data_link(tmp_path):
    # review s80-F: the frame families' sections save their figure inside family_section, so no save call was in
    # the cell; their evidence links landed on "Shares per group" and their tables had no data link
    import nbformat

    from helpers.report.html import _prepare_notebook

    (tmp_path / "03_policy_frames.png").write_bytes(b"png")
    (tmp_path / "03_policy_frames.csv").write_text("outlet,n\nA,1\n", encoding="utf-8")
    (tmp_path / "frame_shares.csv").write_text("outlet,n\nA,1\n", encoding="utf-8")
    nb = nbformat.v4.new_notebook()
    shares = nbformat.v4.new_code_cell('save_table(shares, "frame_shares", OUT)')
    shares.outputs = [nbformat.v4.new_output("stream", name="stdout", text="saved\n")]
    section = nbformat.v4.new_code_cell("family_section(POLICY, title)")
    section.outputs = [nbformat.v4.new_output("display_data", data={"image/png": "aGk="},
                                              metadata={"image/png": {"alt": "x", "figure": "03_policy_frames"}}),
                       nbformat.v4.new_output("display_data", data={"image/png": "aGk="},
                                              metadata={"image/png": {"alt": "y", "figure": "not_saved_here"}})]
    nb.cells = [nbformat.v4.new_markdown_cell("## Shares per group"), shares,
                nbformat.v4.new_markdown_cell("## 1 · Policy frames"), section]
    out, _, evidence = _prepare_notebook(nb, tmp_path, True)
    assert evidence == {"frame_shares": "Shares-per-group", "03_policy_frames": "1-·-Policy-frames"}
    assert "figures/03_policy_frames.csv" in out.cells[3].outputs[-1]["data"]["text/html"]


def test_a_frame_that_one_subject_word_alone_gives_many_sentences_is_flagged():
    # review s80-F: "insurance" alone gave Economic consequences 4.5% of all sentences of health-care news, while the
    # frame's three top words carried only a quarter of its sentences (many other cues)
    import pandas as pd

    from helpers.framing import concentration_note, cue_concentration

    cues = ["insurance"] * 50 + [f"cost{i}; tax{i}" for i in range(150)]
    frames = pd.DataFrame({"family": "generic_frames", "frame": "economic_consequences", "cues": cues,
                           "counted": True})
    t = cue_concentration(frames, n_units=1000)
    r = t.iloc[0]
    assert (r["top_alone"], r["alone"], r["carried_share"] < 0.5) == ("insurance", 50, True)
    assert bool(r["flagged"])
    note = concentration_note(t, {("generic_frames", "economic_consequences"): "Economic consequences"})
    assert note and "'insurance' alone" in note[0] and "5.0% of all sentences" in note[0]
    # the same 50 sentences in a corpus twenty times larger are 0.25% of it: no flag
    assert not bool(cue_concentration(frames, n_units=20000).iloc[0]["flagged"])


@pytest.mark.parametrize("text, gone, kept", [
    ("The judge gave them until 2 p.m. ET Friday to answer.", "ET", "Friday"),
    ("The post, sent at 11.24pm ET on Sunday night, came first.", "ET", "Sunday"),
    ("Update: 7:11PM EDT: Journalist Damien German posted his account.", "Update", "Journalist"),
    ("[Breaking news update at 10:34 p.m. ET] The vote", "update", "news"),
])
def test_a_time_zone_after_a_clock_time_and_update_stamps_are_not_counted(text, gone, kept):
    # review s80-D: "et" was among one outlet's most distinctive words, from "2 p.m. ET" in its stories
    from helpers.text.furniture import count_text

    counted = count_text(text).split()
    assert gone not in counted and kept in counted


def test_a_zone_like_word_after_a_bare_number_is_a_word():
    from helpers.text.furniture import count_text

    assert count_text("He had 2 CT scans and met ET fans at 5 PT.") == "He had 2 CT scans and met ET fans at 5 PT."
