"""Stance and evaluation verbs before a noun-phrase object (issue 12s, helpers/measures/attribution_stance.py), each
family with sentences that must and must not match (written for the tests)."""
import pandas as pd
import pytest

from helpers.measures.attribution import find_attributions
from helpers.measures.attribution_lexicons import load_stance_verbs, load_verbs, verb_table
from helpers.measures.sourcing import extract_attributions
from helpers.text.lexicon import LexiconError, Matcher

VERBS = load_verbs()
VM = Matcher(VERBS["entries"])
STANCE = load_stance_verbs()
SM = Matcher(STANCE["entries"])
INFO = {**{k: {"category": e["category"]} for k, e in STANCE["entries"].items()}, **verb_table(VERBS)}


def found(sentence, stance=SM):
    return [(a.source, a.verb, a.verb_entry) for a in find_attributions(sentence, VM, INFO, stance=stance)]


@pytest.mark.parametrize("sentence, source, verb, entry", [
    # family "support"
    ("The teachers' union supported the school levy.", "The teachers' union", "supported", "support"),
    ("Senator Ruth Ames opposes the new pipeline.", "Senator Ruth Ames", "opposes", "oppose"),
    ("The governor has promoted the offshore wind farms for years.", "The governor", "promoted", "promote"),
    # family "criticism"
    ("The mayor attacked the council over the budget delay.", "The mayor", "attacked", "attack"),
    ("She lashed out at her party's leadership on Friday.", "She", "lashed out at", "lash_out"),
    ("Two former ministers assailed the treaty in parliament.", "Two former ministers", "assailed", "assail"),
    # family "position"
    ("The bishop took issue with the ruling.", "The bishop", "took issue with", "take_issue"),
    ("Several lawmakers weighed in on the proposal.", "Several lawmakers", "weighed in on", "weigh_in"),
    ("The farmers' association sided with the regulators.", "The farmers' association", "sided with",
     "take_issue"),
    # family "thanks"
    ("The coach thanked the volunteers after the match.", "The coach", "thanked", "thank_np"),
    ("He congratulated his rival on a clean campaign.", "He", "congratulated", "congratulate"),
])
def test_stance_verb_with_a_subject_and_an_object_is_a_cue(sentence, source, verb, entry):
    assert (source, verb, entry) in found(sentence)


@pytest.mark.parametrize("sentence", [
    "The bridge is supported by steel cables.",  # passive
    "Residents opposed to the plan met on Monday.",  # "opposed to": an adjective
    "As opposed to last year, the harvest was early.",  # "as opposed to"
    "The club promoted to the first division last spring.",  # no noun-phrase object
    "Militants attacked a police convoy near the border.",  # a physical attack
    "Gunmen attacked the village at night.",  # a physical attack
    "The mayor so far hasn't attacked the developers.",  # a negation
    "If members supported him, he would build a new school.",  # a condition
    "The survey showed that most residents supported the ban.",  # the content of another clause
    "The senator said she opposed the merger.",  # the content of an earlier cue
    "I supported the plan from the start.",  # the first person: an unmarked quotation
    "Nobody opposed the motion.",  # no source
    "They want to support the families.",  # an infinitive
    "The neighbours attacked me in the newspaper.",  # a first-person object: an unmarked quotation
])
def test_stance_verb_outside_its_frame_is_no_cue(sentence):
    assert [f for f in found(sentence) if f[2] in STANCE["entries"]] == []


def test_quoted_stance_verb_is_masked():
    assert found('"The council attacked our plan," the mayor said.') == [("the mayor", "said", "say")]


def test_without_the_stance_matcher_nothing_is_added():
    assert found("The teachers' union supported the school levy.", stance=None) == []


def test_extract_attributions_reads_stance_verbs_by_default_and_can_leave_them_out():
    units = pd.DataFrame({"doc_id": ["d1"], "unit_id": [0], "outlet": ["x"],
                          "text": ["The teachers' union supported the school levy."]})
    att = extract_attributions(units, ["outlet"])
    assert att[["source", "verb", "verb_lemma", "verb_category"]].values.tolist() == [
        ["The teachers' union", "supported", "support", "manner"]]
    assert extract_attributions(units, ["outlet"], stance_verbs=False).empty


def test_stance_lexicon_entries_need_a_category(tmp_path):
    bad = tmp_path / "stance.yaml"
    bad.write_text("name: stance\nversion: 1\nsource: a test\nentries:\n  back:\n    terms: [backed]\n",
                   encoding="utf-8")
    with pytest.raises(LexiconError, match="category"):
        load_stance_verbs(bad)


def test_every_stance_entry_has_a_family_and_repeats_only_reporting_verbs_that_need_that():
    # "thanked" is a reporting verb before "that" and a stance verb before an object
    assert all(e.get("family") for e in STANCE["entries"].values())
    assert not set(STANCE["entries"]) & set(VERBS["entries"])
    reporting_terms = {t.lower() for e in VERBS["entries"].values() if not e.get("requires_that")
                       for t in e.get("terms", [])}
    assert not reporting_terms & {t.lower() for e in STANCE["entries"].values() for t in e.get("terms", [])}


def test_extract_attributions_names_a_bad_stance_lexicon():
    units = pd.DataFrame({"doc_id": ["d1"], "unit_id": [0], "outlet": ["x"], "text": ["The union backed it."]})
    with pytest.raises(ValueError, match="stance_verbs must be .*load_stance_verbs"):
        extract_attributions(units, ["outlet"], stance_verbs="stance_verbs.yaml")
