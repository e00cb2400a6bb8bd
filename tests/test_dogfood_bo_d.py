"""Dogfood round 12bo-d: a researcher's own study of strike coverage, its coding workflow (``python -m
helpers.validation sample|score`` with two coders' sheets) and a folder of saved web pages; invented sentences and
rows only."""
import numpy as np
import pandas as pd
import pytest

from helpers.validation.cli import main

_SENTENCES = [
    "The dockworkers union accused the port authority of breaking its promises and called a strike.",
    "The walkout cost shippers two million dollars a day, the chamber of commerce said.",
    "A crane driver said he had not seen his children awake for a week.",
    "The mayor urged both sides to return to the table before the holidays.",
]


@pytest.fixture
def strike_corpus(tmp_path):
    """Nine invented strike articles from three outlets rated left, center and right (a JSON-lines table)."""
    rows = []
    for i, (outlet, rating) in enumerate([("Harbor Ledger", "left"), ("Bay Wire", "center"),
                                          ("Pier Review", "right")] * 3):
        body = " ".join(_SENTENCES[(i + k) % len(_SENTENCES)] for k in range(3))
        rows.append({"id": f"s{i}", "source": outlet, "bias_rating": rating, "title": f"Port strike day {i}",
                     "date": f"2026-05-0{i + 1}", "text": body})
    p = tmp_path / "strike.jsonl"
    pd.DataFrame(rows).to_json(p, orient="records", lines=True)
    return p


# --- 1. a coding sheet stratified by the column the report groups by -----------------------------------------


def test_sample_is_stratified_by_any_column_of_the_corpus(strike_corpus, tmp_path, capsys):
    """Notebook 04 tells users to draw their sheet "with --stratum set to the column the report groups by"; with
    ``--stratum bias_rating`` the command stopped with "units lacks column ['bias_rating']; it has ['doc_id',
    'outlet', 'unit_id', ...]": only the outlet was carried into the sentences."""
    out = tmp_path / "coding" / "sheet.csv"
    assert main(["sample", "--corpus", str(strike_corpus), "--stratum", "bias_rating", "--n", "6",
                 "--out", str(out)]) == 0, capsys.readouterr().err
    sheet = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert sorted(sheet["stratum"]) == ["center"] * 2 + ["left"] * 2 + ["right"] * 2


def test_a_stratum_the_corpus_lacks_is_named_in_the_options_terms(strike_corpus, tmp_path, capsys):
    """A misspelt --stratum names the option, the corpus's columns and how to draw without strata."""
    assert main(["sample", "--corpus", str(strike_corpus), "--stratum", "bias_ratin", "--n", "6",
                 "--out", str(tmp_path / "sheet.csv")]) == 2
    err = capsys.readouterr().err
    assert "--stratum 'bias_ratin' is not a column of" in err and "'bias_rating'" in err
    assert "--stratum ''" in err and "units lacks" not in err
    assert not (tmp_path / "sheet.csv").exists()


# --- 2. a coder's sheet saved by Excel is warned about once ------------------------------------------------------


def test_a_sheet_read_after_a_repair_is_warned_about_once(strike_corpus, tmp_path, capsys):
    """``score`` printed "bob.csv: not valid UTF-8 ... decoded as cp1252" twice: once when the codes were read and
    again when the sheets' strata were read."""
    out = tmp_path / "sheet.csv"
    assert main(["sample", "--corpus", str(strike_corpus), "--stratum", "bias_rating", "--n", "6",
                 "--out", str(out)]) == 0
    sheet = pd.read_csv(out, dtype=str, keep_default_na=False)
    sheet["conflict"] = ["1", "", "1", "", "", "1"]
    sheet["notes"] = ["sûr?", "", "", "", "", ""]
    sheet.to_csv(tmp_path / "ann.csv", index=False)
    sheet.to_csv(tmp_path / "bob.csv", index=False, sep=";", encoding="cp1252")
    capsys.readouterr()
    assert main(["score", "--corpus", str(strike_corpus), "--group", "bias_rating",
                 str(tmp_path / "ann.csv"), str(tmp_path / "bob.csv")]) == 0
    err = capsys.readouterr().err
    assert err.count("not valid UTF-8") == 1, err


# --- 3. a corrected share whose coded sentences all agree with the tagger ----------------------------------------


def test_corrected_share_from_a_sample_without_disagreement_keeps_the_taggers_possible_errors():
    """13 coded sentences of a group, on which the tagger and both coders agree (none has the frame), gave a
    corrected share of 6.4% "95% CI 4.0-8.8%": the interval of the naive share alone, as if 13 sentences had shown
    that the tagger never errs; no note said so. The interval now allows for errors on up to 23% of sentences (the
    upper Wilson bound for 0 of 13) and the note says why."""
    from helpers.stats.ppi import ppi_group_shares, ppi_mean

    pred = [0] * 13 + [1] * 26 + [0] * 378
    code = [0] * 13 + [None] * 404
    units = pd.DataFrame({"pred": pred, "code": pd.array(code, dtype="Float64").astype(float), "grp": "center"})
    row = ppi_group_shares(units, "pred", "code", "grp").iloc[0]
    assert row["n_coded"] == 13 and row["corrected"] == pytest.approx(26 / 417)
    assert row["corrected_high"] - row["corrected_low"] > 0.3, row.to_dict()
    assert row["corrected_low"] == 0.0
    assert "errors on the 13 coded units (it agrees with the coders on all of them)" in row["note"], row["note"]
    assert "up to 23% of units" in row["note"], row["note"]
    # the same when some coded sentences have the frame and the tagger finds each of them (the report's sheets)
    pred2 = [1] * 3 + [0] * 10 + [1] * 60 + [0] * 344
    units2 = pd.DataFrame({"pred": pred2, "code": [1.0] * 3 + [0.0] * 10 + [float("nan")] * 404})
    row2 = ppi_group_shares(units2, "pred", "code").iloc[0]
    assert row2["corrected_high"] - row2["corrected_low"] > 0.3 and "agrees with the coders" in row2["note"], row2
    # a sample that does show errors is unchanged: the variance is the sample's own
    r = ppi_mean([1, 0, 1, 0, 0], [1, 0, 0, 0, 1], [1, 0, 0, 0])
    assert r["se"] ** 2 == pytest.approx(0.25 / 4 + 0.5 / 5) and r["unseen_rate"] != r["unseen_rate"]


# --- 4. a group most of whose units are coded ----------------------------------------------------------------------


def test_a_group_most_of_whose_units_are_coded_gets_a_share_near_the_coders():
    """A group of 13 sentences, 12 coded (no coder found the frame; the tagger labelled one of them) and one uncoded
    sentence the tagger labelled: the classic estimator put the whole weight on that one uncoded label and gave a
    corrected share of 91.7% "95% CI 75-100%" (the seeds' committed notebooks 03 and 04 showed it for an outlet's
    morality frame). The coded sentences count with their codes: the share is at most the one sentence not coded."""
    from helpers.stats.ppi import ppi_group_shares

    units = pd.DataFrame({"pred": [1] + [0] * 11 + [1], "code": [0.0] * 12 + [float("nan")], "grp": "Truth Post"})
    row = ppi_group_shares(units, "pred", "code", "grp").iloc[0]
    assert row["n_coded"] == 12 and row["naive"] == pytest.approx(2 / 13)
    assert row["corrected"] == pytest.approx(1 / 13 - 1 / 13 / 12), row.to_dict()
    assert row["corrected_low"] == 0.0 and row["corrected_high"] < 0.35, row.to_dict()


def test_a_group_with_few_coded_units_keeps_the_classic_estimate():
    """With many more uncoded than coded units the weighting changes the estimate little."""
    from helpers.stats.ppi import ppi_group_shares, ppi_mean

    rng = np.random.default_rng(3)
    pred = (rng.random(5000) < 0.3).astype(int)
    code = np.full(5000, np.nan)
    code[:100] = np.where(rng.random(100) < 0.8, pred[:100], 1 - pred[:100])
    row = ppi_group_shares(pd.DataFrame({"pred": pred, "code": code}), "pred", "code").iloc[0]
    classic = ppi_mean(code[:100], pred[:100], pred[100:])
    assert abs(row["corrected"] - classic["estimate"]) < 0.01
    assert abs((row["corrected_high"] - row["corrected_low"]) - (classic["ci_high"] - classic["ci_low"])) < 0.01


# --- 5. a score of 0 is no "none found" ----------------------------------------------------------------------------


def test_a_score_of_zero_is_not_said_as_none_found(strike_corpus, tmp_path, capsys):
    """Two coders who never gave human_interest, a tagger that gave it to some sentences: F1 and kappa are 0 in every
    resample, and the score table said "0 (none found, so no interval)", as if the tagger had found nothing."""
    from helpers.core.wording import score_interval

    assert score_interval(0.0, 0.0, 0.0) == "0.00 (no interval: all resamples agree)"
    assert score_interval(0.0, float("nan"), float("nan")) == "0.00 (no interval)"
    assert score_interval(0.5, 0.2, 0.8) == "0.50 (95% CI 0.20-0.80)"
    out = tmp_path / "sheet.csv"
    assert main(["sample", "--corpus", str(strike_corpus), "--stratum", "", "--n", "27", "--out", str(out)]) == 0
    sheet = pd.read_csv(out, dtype=str, keep_default_na=False)
    for lab in ("responsibility", "conflict", "human_interest", "economic_consequences", "morality"):
        sheet[lab] = "0"  # the coders found no label anywhere
    sheet.to_csv(tmp_path / "ann.csv", index=False)
    sheet.to_csv(tmp_path / "bob.csv", index=False)
    capsys.readouterr()
    assert main(["score", "--corpus", str(strike_corpus), "--group", "", str(tmp_path / "ann.csv"),
                 str(tmp_path / "bob.csv")]) == 0
    printed = capsys.readouterr().out.split("Naive and corrected")[0]
    assert "0.00 (no interval: all resamples agree)" in printed and "none found" not in printed, printed


def test_notebook_04_words_scores_with_score_interval():
    """Notebook 04's per-label score tables word F1 and kappa with score_interval, not estimate_interval."""
    import json
    from pathlib import Path

    nb = json.loads((Path(__file__).resolve().parents[1] / "notebooks" / "04_validation.ipynb").read_text("utf-8"))
    code = "".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert "F1_interval=[score_interval(" in code and "estimate_interval" not in code


# --- 6. the micro F1 of the key findings has an interval -----------------------------------------------------------


def test_micro_scores_have_intervals_over_units():
    """The tagger against a coder's 40 sentences: every label's F1 had a bootstrap interval, the micro F1 the key
    findings show had none ("F1 0.40 on 40 sentences"). Its interval now resamples sentences, each with all its
    labels."""
    from helpers.stats.agreement import score_table

    rng = np.random.default_rng(0)
    ref = pd.DataFrame(rng.random((40, 3)) < 0.3, columns=["a", "b", "c"])
    pred = ref ^ pd.DataFrame(rng.random((40, 3)) < 0.2, columns=["a", "b", "c"])
    micro = score_table(ref, pred, n_boot=500, seed=1).set_index("label").loc["(micro)"]
    assert micro["F1_low"] < micro["F1"] < micro["F1_high"], micro.to_dict()
    plain = score_table(ref, pred, n_boot=0).set_index("label").loc["(micro)"]
    assert np.isnan(plain.get("F1_low", np.nan))  # no resamples, no interval


def test_the_index_says_the_micro_f1_with_its_interval(tmp_path):
    """The index's finding for notebook 04 reads the interval from 04_seed_scores.csv when it is there."""
    from helpers.report.index import _family_scores, validation_scores

    p = tmp_path / "04_seed_scores.csv"
    pd.DataFrame([{"family": "generic_frames", "sample": "your coders' sheets (2 coders, consensus)", "sentences": 40,
                   "coded labels": 27, "precision": 0.364, "recall": 0.444, "F1": 0.4, "F1_low": 0.21,
                   "F1_high": 0.55}]).to_csv(p, index=False)
    text = _family_scores(validation_scores(p)["families"][0])
    assert "F1 0.40 (95% CI 0.21-0.55) on 40 sentences" in text, text


# --- 7. a saved page that holds only the article's teaser is named ----------------------------------------------------


def test_notebook_00_names_articles_with_a_very_short_body():
    """A saved page of a paywalled article kept one sentence (23 words) after 270 page lines were left out; notebook
    00 showed the count in its table and nothing else, and the later notebooks counted it as an article."""
    from helpers.notebook.overview import short_body_lines

    table = pd.DataFrame({"doc_id": ["harbor-teaser", "bay-brief", "pier-feature"], "n_words": [23, 140, 900],
                          "n_removed_lines": [270, 12, 40]})
    lines = short_body_lines(table)
    assert lines[0].startswith("1 article has fewer than 50 words of body text after cleaning: often a paywall's")
    assert lines[1] == "  - harbor-teaser: 23 words (270 lines removed or left out)" and len(lines) == 2
    assert short_body_lines(table[table["n_words"] > 50]) == []
    many = pd.DataFrame({"doc_id": [f"t{i:02d}" for i in range(12)], "n_words": [5] * 12, "n_removed_lines": [0] * 12})
    out = short_body_lines(many)
    assert out[0].startswith("12 articles have") and out[-1].startswith("  ... and 2 more") and len(out) == 12


def test_notebook_00_calls_short_body_lines():
    import json
    from pathlib import Path

    nb = json.loads((Path(__file__).resolve().parents[1] / "notebooks" / "00_corpus.ipynb").read_text("utf-8"))
    code = "".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert "overview.short_body_lines(table)" in code


# --- 8. a corpus the report reads with -p columns can be sampled and scored ----------------------------------------


def test_sample_and_score_read_a_table_with_the_users_column_names(strike_corpus, tmp_path, capsys):
    """The report reads a table with its own column names with -p columns; 'sample' and 'score' had no such option
    and their error said "pass text_col='story'", a Python keyword no command line takes."""
    own = tmp_path / "own.csv"
    pd.read_json(strike_corpus, lines=True).rename(columns={"text": "story", "source": "site_name"}).to_csv(
        own, index=False)
    out = tmp_path / "sheet.csv"
    assert main(["sample", "--corpus", str(own), "--stratum", "bias_rating", "--n", "6", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "add --columns '{text: story}'" in err and "text_col" not in err, err
    assert main(["sample", "--corpus", str(own), "--columns", "{text: story, outlet: site_name}", "--stratum",
                 "bias_rating", "--n", "6", "--out", str(out)]) == 0, capsys.readouterr().err
    sheet = pd.read_csv(out, dtype=str, keep_default_na=False)
    sheet["conflict"] = ["1", "", "", "1", "", ""]
    sheet.to_csv(tmp_path / "ann.csv", index=False)
    assert main(["score", "--corpus", str(own), "--columns", "{text: story, outlet: site_name}", "--group",
                 "bias_rating", str(tmp_path / "ann.csv")]) == 0, capsys.readouterr().err
    assert main(["sample", "--corpus", str(own), "--columns", "{txt: story}", "--out", str(tmp_path / "x.csv")]) == 2
    assert "--columns has unknown key ['txt']" in capsys.readouterr().err


# --- 9. a study without a blind sample is not said to have one of 0 sentences -----------------------------------------


def test_a_study_without_a_blind_sample_says_it_has_none():
    """Notebook 04 printed "blind sample: 0 sentences of this corpus coded (0 coded sentences not found here)" for a
    study of one's own that has no blind sample at all."""
    from helpers.validation.cli import blind_sample_line

    assert blind_sample_line(None, 0, 0).startswith("blind sample: the study has none")
    assert blind_sample_line("b.csv", 60, 0) == "blind sample: 60 sentences of this corpus coded (0 coded sentences not found here)"
    assert blind_sample_line("b.csv", 0, 1) == "blind sample: 0 sentences of this corpus coded (1 coded sentence not found here)"


# --- 10. notebook 03's "not validated" next to the F1 the coders' sheets gave in notebook 04 ----------------------------


def test_a_finding_of_notebook_03_names_the_score_of_the_coders_sheets(tmp_path):
    """A run with -p coding_sheets said of notebook 03's frame shares "the labels are not validated on this corpus",
    and nothing of the F1 notebook 04 had measured on the same corpus against the user's two coders."""
    from helpers.report.index import coders_sheet_note

    pd.DataFrame([{"family": "generic_frames", "sample": "your coders' sheets (2 coders, consensus)", "sentences": 40,
                   "coded labels": 27, "precision": 0.36, "recall": 0.44, "F1": 0.4, "F1_low": 0.21, "F1_high": 0.55}]
                 ).to_csv(tmp_path / "04_seed_scores.csv", index=False)
    note = coders_sheet_note(tmp_path, "generic_frames")
    assert note == (" in notebook 03; your coders' sheets score the tagger's generic news frames (Semetko and "
                    "Valkenburg) in notebook 04: micro F1 0.40 (95% CI 0.21-0.55) on 40 sentences"), note
    assert coders_sheet_note(tmp_path, "policy_frames") == "" and coders_sheet_note(tmp_path, None) == ""
    assert coders_sheet_note(tmp_path / "nowhere", "generic_frames") == ""


# --- 11. a saved page that names no site ---------------------------------------------------------------------------


def test_a_saved_page_without_a_site_name_is_said_so_in_the_no_outlet_note(tmp_path):
    """A folder of saved web pages without metadata.csv: a page that names no site (no og:site_name, no title suffix,
    no canonical address) has no outlet, and every notebook said why as "(no metadata row, or an empty cell)"."""
    from helpers import load_corpus
    from helpers.notebook.prepare import _unknown_note

    folder = tmp_path / "pages"
    folder.mkdir()
    body = "".join(f"<p>{s}</p>" for s in _SENTENCES * 3)
    (folder / "harbor.html").write_text(
        "<html><head><title>Port strike enters second day | Harbor Ledger</title>"
        "<meta property='og:site_name' content='Harbor Ledger'></head>"
        f"<body><article><h1>Port strike enters second day</h1>{body}</article></body></html>", encoding="utf-8")
    (folder / "bare.html").write_text(
        "<html><head><title>Port strike enters second day</title></head><body><article>"
        + "".join(f"<p>{s}</p>" for s in _SENTENCES[::-1] * 3) + "</article></body></html>",
        encoding="utf-8")
    c = load_corpus(folder)
    assert sorted(c["outlet"]) == ["", "Harbor Ledger"], list(c["outlet"])
    c["group"] = c["outlet"].where(c["outlet"] != "", "(unknown)")
    note = _unknown_note(c, "outlet", c.attrs)
    assert "(1 saved web page that names no site in its markup, title or address: give it an outlet in a " \
           "metadata.csv (doc_id,outlet))" in note, note
    assert "no metadata row" not in note


# --- 12. every actor's name variants can be checked ----------------------------------------------------------------


def test_notebook_02_writes_the_name_variants_of_every_actor():
    """README, step 4 of a study of one's own: "a name variant that matches the wrong thing shows up ... in
    02_name_variants.csv". The table held only the actors a naming label can describe (the strike study's unions and
    strikers), so "GM", "Amazon" or "Emanuel" could not be checked there at all."""
    import json
    from pathlib import Path

    nb = json.loads((Path(__file__).resolve().parents[1] / "notebooks" / "02_outlets.ipynb").read_text("utf-8"))
    code = "".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert "TN.name_variants(mentions, \"group\")" in code and "isin(FOCUS)], \"group\")" not in code


def test_notebook_00_and_the_index_name_a_page_without_a_site_among_the_reasons():
    """Notebook 00's group sentence (and the index's corpus line) listed the reasons an article has no outlet as "no
    metadata row, an empty cell, or a value such as 'unknown'", none of which fits a saved page that names no site."""
    from helpers.notebook.narrative import group_sentence

    text = group_sentence(pd.Series({"Harbor Ledger": 3, "Bay Wire": 3, "(unknown)": 1}), "outlet")
    assert "(no metadata row, an empty cell, a saved web page that names no site, or a value such as" in text, text
    text = group_sentence(pd.Series({"left": 3, "right": 3, "(unknown)": 1}), "bias_rating")
    assert "names no site" not in text


def test_the_validation_commands_help_shows_the_defaults(capsys):
    """`sample --help` did not say how many sentences it draws or by which column it stratifies unless told."""
    with pytest.raises(SystemExit):
        main(["sample", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "(default: 60)" in out and "(default: outlet)" in out and "(default: generic_frames)" in out, out
