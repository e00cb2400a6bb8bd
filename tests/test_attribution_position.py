"""Position and intention cues read in context cells (issue 12ad-c, helpers/measures/attribution_position.py): the
shipped poll frame, the cell reader used by the candidate study, and the category that keeps such rows apart from
speech. Every sentence is written for these tests."""
import pandas as pd
import pytest

from helpers.measures.attribution import find_attributions
from helpers.measures.attribution_lexicons import load_position_cues, load_stance_verbs, load_verbs, verb_table
from helpers.measures.attribution_position import PositionLexicon, complement_class, subject_class
from helpers.measures.sourcing import extract_attributions
from helpers.text.lexicon import LexiconError, Matcher

VERBS = load_verbs()
VM = Matcher(VERBS["entries"])
SM = Matcher(load_stance_verbs()["entries"])
INFO = verb_table(VERBS)
SHIPPED = PositionLexicon.from_lexicon(load_position_cues())


def found(sentence, position=SHIPPED):
    return [(a.source, a.verb, a.verb_entry, a.pattern, a.kind)
            for a in find_attributions(sentence, VM, INFO, stance=SM, position=position)]


@pytest.mark.parametrize("sentence, source, verb", [
    ("In a new Harlow College poll released on Sunday, 41 percent of voters backed the levy.",
     "a new Harlow College poll", "In a new Harlow College poll"),
    ("In the latest Marsden survey, the mayor leads her rival by six points.",
     "the latest Marsden survey", "In the latest Marsden survey"),
    ("But in one poll taken after the debate, the senator trailed by two points.",
     "one poll", "in one poll"),
    ("In Kestrel Research's monthly tracking poll, support for the tax fell to 38 percent.",
     "Kestrel Research's monthly tracking poll", "In Kestrel Research's monthly tracking poll"),
])
def test_a_poll_frame_that_opens_a_sentence_is_a_cue_with_the_poll_as_source(sentence, source, verb):
    assert found(sentence) == [(source, verb, "in_poll", "frame", "reported")]


@pytest.mark.parametrize("sentence", [
    "In one polling station, the ballots were left in a hallway.",  # a place, not a poll
    "The governor leads in the latest Marsden poll.",  # inside the sentence: annotated as often as not
    "In a statement, the campaign thanked its volunteers.",  # a speech frame: not a shipped cell
    "In the final week of the race, both candidates toured the coast.",  # no poll
    "For most farmers, the drought matters more than the tariff.",  # a viewpoint frame: not a shipped cell
])
def test_other_frames_and_places_are_no_poll_cue(sentence):
    assert [f for f in found(sentence) if f[2] == "in_poll"] == []


def test_a_poll_frame_in_a_sentence_with_another_cue_is_left_to_that_cue():
    rows = found("In a new Harlow College poll, 41 percent said they backed the levy.")
    assert [r[2] for r in rows] == ["say"]


def test_the_old_rules_read_no_poll_frame():
    assert found("In a new Harlow College poll released on Sunday, 41 percent of voters backed the levy.",
                 position=None) == []


@pytest.mark.parametrize("src, cls", [
    ("he", "pronoun"), ("They", "pronoun"), ("Ann Roe", "name"), ("Sen. Ann Roe", "name"),
    ("the senator", "role_noun"), ("the new poll", "document"), ("the bill", "document"),
    ("the machine", "noun"), ("Roe, who", "relative"),
])
def test_subject_classes(src, cls):
    assert subject_class(src) == cls


@pytest.mark.parametrize("text, kind", [
    ("wants to repeal the law", "to"), ("tried to explain the delay", "to_speech"),
    ("knows that the vote is close", "that"), ("wonders whether it will pass", "wh"),
    ("pushed for a recount", "for"), ("backs the plan", "np"), ("seemed tired", "other"),
])
def test_complement_classes(text, kind):
    verb = text.split()[0]
    assert complement_class(text, len(verb)) == kind


STUDY = PositionLexicon.from_lexicon({"entries": {
    "want": {"category": "intention", "terms": ["wants", "wanted", "want"], "cells": []},
    "in_speech": {"category": "position", "terms": ["in"], "frame": "in_speech", "cells": []},
    "plan_n": {"category": "intention", "terms": ["promise"], "nominal": True, "cells": []},
}}, study=True)
CELLS = PositionLexicon.from_lexicon({"entries": {
    "want": {"category": "intention", "terms": ["wants", "wanted"], "cells": ["role_noun to"]}}})


@pytest.mark.parametrize("sentence, entry, source", [
    ("The senator wants to repeal the grazing law.", "want:role_noun to", "The senator"),
    ("She doesn't want to run again.", "want:pronoun to neg", "She"),
    ("Roe said the senator wants to repeal the law.", "want:role_noun to after_cue", "the senator"),
    ("In a statement, the union thanked the nurses.", "in_speech:role_noun in_speech initial", "the union"),
    ("Ann Roe's promise to rebuild the mill fell apart.", "plan_n:name to nominal", "Ann Roe"),
])
def test_the_study_mode_labels_each_hit_with_its_cell(sentence, entry, source):
    rows = [(a.verb_entry, a.source) for a in find_attributions(sentence, VM, INFO, position=STUDY)
            if ":" in a.verb_entry]
    assert (entry, source) in rows


@pytest.mark.parametrize("sentence, n", [
    ("The senator wants to repeal the grazing law.", 1),
    ("The machine wants to restart.", 0),  # an inanimate subject: another cell
    ("Roe said the senator wants to repeal the law.", 0),  # "said" only: after another cue (its own cell)
    ("If the senator wants to run, she must file by May.", 0),  # a condition
    ("The senator is wanted for questioning.", 0),  # a passive
])
def test_a_listed_cell_is_read_and_others_are_not(sentence, n):
    assert len([a for a in find_attributions(sentence, VM, INFO, position=CELLS) if a.verb_entry == "want"]) == n


def _units(texts):
    return pd.DataFrame({"doc_id": ["d1"] * len(texts), "unit_id": range(len(texts)), "text": texts,
                         "outlet": ["x"] * len(texts)})


def test_extract_attributions_marks_position_cues_apart_from_speech():
    att = extract_attributions(_units(["In a new Harlow College poll, 41 percent of voters backed the levy.",
                                       "The mayor said the levy would pass."]))
    by_verb = dict(zip(att["verb_lemma"], att["verb_category"]))
    assert by_verb["in_poll"] == "position"
    assert by_verb["say"] == "neutral"
    assert extract_attributions(_units(["In a new Harlow College poll, 41 percent of voters backed the levy."]),
                                position_cues=False).empty


def test_a_position_lexicon_needs_categories(tmp_path):
    p = tmp_path / "pos.yaml"
    p.write_text("name: pos\nversion: 1\nsource: test\nentries:\n  x:\n    terms: [wants]\n", encoding="utf-8")
    with pytest.raises(LexiconError):
        load_position_cues(p)
    with pytest.raises(ValueError):
        extract_attributions(_units(["A."]), position_cues="yes")
