"""Leftovers of dogfood round 12br-m (a 1,057-article pandemic corpus grouped by AllSides rating, ``general`` study).

1. Notebook 02's closing called one AllSides-wide hand-checked attribution that falls in the corpus "1/1 hand-judged
   attributions right on a random sample of this corpus".
2. Notebook 02 said "Sourcing, hedges and tone read all N articles" where tone was not measured (no actors).
3. Notebook 04's closing said "sd 0.009" where its table showed 0.008 (0.0085 rounded two ways).
4. With ``-p top_n 8`` by outlet, the index said "(other) pools 99 smaller groups" while one pooled outlet had as many
   articles as the smallest shown (ties at the cut are broken by words, then name).
Invented data only.
"""
from __future__ import annotations

import pandas as pd

# --- 4. the pool beyond top_n is not called "smaller" when a pooled group may tie with the smallest shown ----------

def test_a_pool_that_may_hold_a_group_tied_with_the_smallest_shown_is_not_called_smaller(tmp_path):
    from helpers.report.index import notebook_findings

    pd.DataFrame({"outlet": ["Harbour Ledger", "Valley Courier", "(other)"], "articles": [50, 34, 1020],
                  "words": [40000, 30000, 800000], "mean_words": [800, 882, 784], "groups_pooled": [1, 1, 99]}
                 ).to_csv(tmp_path / "00_words_per_group.csv", index=False)
    text = notebook_findings(tmp_path, ["00_words_per_group"], {})[0]
    assert "smaller group" not in text, text
    assert "the group (other) pools 99 other groups (1,020 articles), none with more articles than the smallest " \
           "group shown (34); of groups tied at the cut, those with the most words are shown" in text, text
    assert "the pool is not one group" in text, text


def test_a_pool_whose_groups_cannot_reach_the_smallest_shown_is_still_called_smaller(tmp_path):
    from helpers.report.index import notebook_findings

    pd.DataFrame({"outlet": ["Harbour Ledger", "Valley Courier", "(other)"], "articles": [50, 34, 40],
                  "words": [40000, 30000, 30000], "mean_words": [800, 882, 750], "groups_pooled": [1, 1, 20]}
                 ).to_csv(tmp_path / "00_words_per_group.csv", index=False)
    text = notebook_findings(tmp_path, ["00_words_per_group"], {})[0]  # at most 40 - 19 = 21 < 34 in a pooled group
    assert "the group (other) pools 20 smaller groups (40 articles) and is not one group" in text, text
    assert "tied at the cut" not in text


# --- 3. notebook 04's table and closing line round the same number once, the same way ------------------------------

def _cv():
    rows = [("shipped rule", "plain", 0.6833, 0.0062), ("shipped rule", "unseen-cue", 0.6801, 0.0085),
            ("TF-IDF", "plain", 0.4125, 0.0171), ("all positive", "plain", 0.4470, 0.0)]
    return pd.DataFrame(rows, columns=["rule", "variant", "macro_F1", "macro_F1_sd"])


def test_the_frames_dev_sd_reads_the_same_in_the_table_and_the_closing_line():
    from helpers.validation.cli import benchmark_cv_rounded, frames_dev_sentence

    cv = _cv()
    table = benchmark_cv_rounded(cv).set_index(["rule", "variant"])
    shown = table.loc[("shipped rule", "unseen-cue"), "macro_F1_sd"]
    assert shown == 0.009  # 0.0085 half up; pandas' round(3) made it 0.008 while ':.3f' made it 0.009
    meta = {"decision": {"ship": "shipped rule"}, "n_articles": 214}
    mf = {"held-out": {"lexicon (out of the box)": 0.645}, "development": {"lexicon (out of the box)": 0.7349}}
    line = frames_dev_sentence(meta, cv, mf)
    assert f"macro-F1 of the shipped rule {table.loc[('shipped rule', 'unseen-cue'), 'macro_F1']:.3f} (sd {shown:.3f})" \
        in line, line
    assert "0.680 (sd 0.009)" in line and "0.683 counting every cue" in line, line
    assert "0.41 for TF-IDF and 0.45 for all-positive" in line and "0.65 on the held-out half" in line, line
    assert cv.loc[1, "macro_F1_sd"] == 0.0085  # the raw table (saved as CSV) is left as read


# --- 2. notebook 02 names only the measures that ran ------------------------------------------------------------------

def test_the_sample_sentence_does_not_name_tone_without_actors():
    from helpers.notebook.narrative import measures_read_sentence

    line = measures_read_sentence(57, 57, 2000, 0, tone=False)
    assert line == "Sourcing and hedges read all 57 articles.", line
    line = measures_read_sentence(40, 57, 40, 3, tone=False)
    assert line.startswith("Sourcing and hedges read a stratified random sample of 40 of 57 articles") and "seed 3" in line
    assert "tone" not in line
    assert measures_read_sentence(57, 57, 2000, 0, tone=True).startswith("Sourcing, hedges and tone toward the study's")


def test_the_closing_notes_name_tone_and_labels_only_when_they_ran():
    from helpers.notebook.narrative import measure_notes

    check = "VADER agrees with two coders weakly."
    without = " ".join(measure_notes(False, False, check))
    assert "tone" not in without.lower() and check not in without and "naming" not in without, without
    assert "Intervals of verb and hedge rates and of the source shares are over articles" in without, without
    assert "Not checked against hand-read text: hedge lexicon, the reporting-verb categories" in without, without
    both = measure_notes(True, True, check)
    assert both == ["Not checked against hand-read text: hedge and naming lexicons, the reporting-verb categories "
                    "(loaded, manner, belief), label attachment.", check,
                    "Intervals of tone, of verb and hedge rates, of the source shares and of the naming-label shares are "
                    "over articles (none for a group of one or two articles)."]
    hedged = measure_notes(True, True, check, "The hedge lexicon was checked by hand.")
    assert hedged[:3] == ["Not checked against hand-read text: naming lexicon, the reporting-verb categories (loaded, "
                          "manner, belief), label attachment.", "The hedge lexicon was checked by hand.", check], hedged
    assert measure_notes(False, False, "", "Checked.")[0].startswith("Not checked against hand-read text: the "
                                                                     "reporting-verb categories")
    # with both lexicons checked and no naming labels nothing is listed as unchecked (no empty "Not checked" line)
    verbs = measure_notes(True, False, check, "Hedges checked.", "Verbs checked.")
    assert verbs[:3] == ["Hedges checked.", "Verbs checked.", check], verbs
    labelled = measure_notes(False, True, "", "", "Verbs checked.")
    assert labelled[:2] == ["Not checked against hand-read text: hedge and naming lexicons, label attachment.",
                            "Verbs checked."], labelled
    # a shipped naming check replaces "naming lexicon, label attachment" and is said only when labels ran
    named = measure_notes(False, True, "", "Hedges checked.", "Verbs checked.", "Naming checked.")
    assert named == ["Hedges checked.", "Verbs checked.", "Naming checked.",
                     "Intervals of verb and hedge rates, of the source shares and of the naming-label shares are over "
                     "articles (none for a group of one or two articles)."], named
    assert "Naming checked." not in measure_notes(False, False, "", "Hedges checked.", "Verbs checked.",
                                                  "Naming checked.")


# --- 1. one or two shipped hand-checked rows in a corpus are no check of the rules on it -----------------------------

def _summary(k, n, whole=0, missed=0):
    return {"n_judged": n, "precision": (k, n), "n_whole_documents": whole, "n_missed": missed}


def test_a_share_of_one_judged_attribution_is_not_called_the_corpus_check():
    from helpers.notebook.narrative import MIN_JUDGED_IN_CORPUS, attribution_check_sentence

    line = attribution_check_sentence(_summary(1, 1))
    assert "1/1" not in line and "random sample of this corpus" not in line, line
    assert line.startswith("Attribution rules: only 1 hand-judged attribution of the shipped checks falls in this "
                           f"corpus, too few (fewer than {MIN_JUDGED_IN_CORPUS}) to check the rules on it"), line
    assert "How far to trust the attribution rules" in line and "other sites' news pages" in line, line
    few = attribution_check_sentence(_summary(2, 3), min_judged=4)
    assert "only 3 hand-judged attributions of the shipped checks fall in this corpus" in few, few


def test_enough_judged_attributions_keep_their_share():
    from helpers.notebook.narrative import MIN_JUDGED_IN_CORPUS, attribution_check_sentence

    n = MIN_JUDGED_IN_CORPUS
    assert attribution_check_sentence(_summary(n - 2, n)) == \
        f"Attribution rules: {n - 2}/{n} hand-judged attributions right on a random sample of this corpus."
    assert attribution_check_sentence(_summary(83, 97, whole=5, missed=0)) == (
        "Attribution rules: 83/97 hand-judged attributions right on the seed articles they were written on "
        "(in-sample); 0 missed.")
    assert attribution_check_sentence(_summary(0, 0)) == "Attribution rules: not hand-checked on this corpus."
