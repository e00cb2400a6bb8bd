"""Rounds vc1-vc5 (reporting-verb lexicon version 16): categories moved after the blind check of version 12's
categories (benchmarks/verb_check.py), the attributions found unchanged. Invented sentences."""

from __future__ import annotations

import pytest

from helpers.measures.attribution_lexicons import verb_table
from helpers.measures.sourcing import load_verbs
from tests._attribution_rows import attribution_rows


def _row(sentence: str, verb: str) -> dict:
    rows = attribution_rows(sentence)
    hit = rows[rows["verb"].str.lower() == verb]
    assert len(hit) == 1, rows[["verb", "verb_lemma", "verb_category"]]
    return hit.iloc[0].to_dict()


@pytest.mark.parametrize("sentence, verb, lemma, category", [
    ("The audit revealed that the fund had lost $2 million.", "revealed", "reveal", "neutral"),
    ("The ministry confirmed that two ferries had sunk.", "confirmed", "confirm", "neutral"),
    ("The mayor vowed to rebuild the bridge by spring.", "vowed to", "commit_to", "manner"),
    ("The union threatened to strike if talks failed.", "threatened to", "commit_to", "manner"),
    ("The company declined to answer questions on the lawsuit.", "declined to", "intend_to", "belief"),
    ("The coach refused to discuss the injury.", "refused to", "intend_to", "belief"),
    ("The governor hopes to sign the bill next week.", "hopes to", "intend_to", "belief"),
    ("The senators appear to have left the chamber early.", "appear to", "appear_to", "belief"),
    ("The mayor seemed to relish the fight with the council.", "seemed to", "seem_to", "belief"),
    ("The council is expected to approve the budget.", "is expected to", "be_expected", "belief"),
    ("The senator called him a coward on Monday.", "called", "call_name", "neutral"),
    ("The coach characterized the loss as a lesson.", "characterized", "characterize", "neutral"),
    ("The mayor pointed to the falling crime rate.", "pointed to", "point_to", "neutral"),
    ("The union warned that the strike would spread.", "warned", "warn", "manner"),
    ("The lawyer claimed that the evidence was planted.", "claimed", "claim", "loaded"),
    ("The firm denied that it had broken the rules.", "denied", "deny", "loaded"),
    ("The farmers believe that the dam caused the flood.", "believe", "believe", "belief"),
])
def test_categories_of_version_16(sentence, verb, lemma, category):
    row = _row(sentence, verb)
    assert (row["verb_lemma"], row["verb_category"]) == (lemma, category)


def test_moved_entries_are_read_by_the_rules_as_before():
    table = verb_table(load_verbs())
    assert load_verbs()["version"] == 16
    for entry, was in [("reveal", "loaded"), ("confirm", "loaded"), ("commit_to", "belief"), ("call_name", "manner"),
                       ("characterize", "manner"), ("point_to", "manner")]:
        assert table[entry]["extract_as"] == was, entry
        assert table[entry]["category"] != was, entry
    assert table["commit_to"]["first_cue"] and table["appear_to"]["first_cue"]   # as beliefs always were
    assert "evidential" not in {e["category"] for e in table.values()}
    assert table["say"]["extract_as"] == table["say"]["category"] == "neutral"


@pytest.mark.parametrize("sentence", [
    # a commitment coordinated after another cue still counts (it was an intend_to form before the split)
    "He announced the plan on Monday and vowed to finish it by May.",
    "She said the firm was sound and declined to answer questions.",
])
def test_commitments_after_another_cue_still_count(sentence):
    verbs = attribution_rows(sentence)["verb"].str.lower().tolist()
    assert len(verbs) == 2, verbs
