"""Rules added by issue 12q (attribution recall): belief adjectives before a "that"-clause ("are optimistic that",
"remain confident that") and headline colons that quote with straight single marks. Sentences written for the
tests."""
import pandas as pd
import pytest

from helpers.measures.sourcing import extract_attributions


def table(sentence):
    u = pd.DataFrame({"doc_id": ["d1"], "outlet": ["O"], "unit_id": [0], "paragraph_id": [0], "text": [sentence],
                      "role": ["body"]})
    return extract_attributions(u)


def cues(sentence):
    return [(r.verb, r.source, r.kind) for r in table(sentence).itertuples() if r.verb]


@pytest.mark.parametrize("sentence, verb, source", [
    ("The coach's assistants are optimistic that the team will reach the final.", "are optimistic",
     "The coach's assistants"),
    ("Union leaders remain confident that their members will back the deal.", "remain confident", "Union leaders"),
    ("Her aides were not convinced that the speech had worked.", "were not convinced", "Her aides"),
    ("The farmers were adamant that the river be left alone.", "were adamant", "The farmers"),
    ("Many residents are hopeful that the plant will reopen.", "are hopeful", "Many residents"),
])
def test_belief_adjective_before_that_clause_is_a_cue(sentence, verb, source):
    assert (verb, source) in [(v, s) for v, s, _ in cues(sentence)]


@pytest.mark.parametrize("sentence", [
    "The forecast is optimistic about the harvest this year.",  # no "that"-clause: an evaluation, not a belief
    "The mayor was confident and relaxed at the opening.",
    "I am confident that the bridge will be finished.",  # first person: a hedge
    "The minister said the workers were hopeful that talks would resume.",  # part of the content of "said"
])
def test_belief_adjective_without_a_reported_clause_or_after_a_cue_is_not_a_new_cue(sentence):
    assert not any(v.endswith(("optimistic", "confident", "hopeful")) for v, _, _ in cues(sentence))


@pytest.mark.parametrize("sentence, source", [
    ("Moreno: 'We will not sign this budget.'", "Moreno"),
    ("Ferris: The county's plan is 'a costly mistake'", "Ferris"),
    ("Governor Hale: 'It's time to go home.'", "Governor Hale"),
])
def test_headline_colon_quoting_with_straight_single_marks_is_direct(sentence, source):
    assert (":", source, "direct") in cues(sentence)


@pytest.mark.parametrize("sentence", [
    "Moreno: The county's plan isn't finished.",  # apostrophes only
    "Moreno: the budget, the schools' roofs and the roads.",  # a plural possessive, no quotation
])
def test_headline_colon_without_single_quoted_text_stays_reported(sentence):
    assert all(k == "reported" for v, _, k in cues(sentence) if v == ":")
