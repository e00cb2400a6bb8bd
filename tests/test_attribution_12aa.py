"""Rules added by issue 12aa-c (attribution cue recall): beliefs with "as" ("sees the bill as"), "made clear that",
"called upon", a past-tense cue with an adjunct before "that", "remembered", "voiced", "hoping"/"expecting", questions
put to a speaker with an adjunct ("Asked at a news conference whether"), commitments coordinated with another cue
("announced ... and vowed to") and "called" with a long object before a quotation. Sentences written for the tests."""
import pandas as pd
import pytest

from helpers.measures.sourcing import extract_attributions


def table(sentence):
    u = pd.DataFrame({"doc_id": ["d1"], "outlet": ["O"], "unit_id": [0], "paragraph_id": [0], "text": [sentence],
                      "role": ["body"]})
    return extract_attributions(u)


def cues(sentence):
    return [(r.verb, r.source) for r in table(sentence).itertuples() if r.verb]


@pytest.mark.parametrize("sentence, verb, source", [
    ("The union sees the bill as a threat to jobs.", "sees", "The union"),
    ("Most growers regarded the new tariff as a betrayal.", "regarded", "Most growers"),
    ("The governor made clear that she would veto the bill.", "made clear", "The governor"),
    ("The senator called upon the governor to resign.", "called upon", "The senator"),
    ("The auditors found in their review that the funds were missing.", "found", "The auditors"),
    ("The committee heard on Tuesday from its staff that the budget was short.", "heard", "The committee"),
    ("Her neighbour remembered the night the river flooded.", "remembered", "Her neighbour"),
    ("The council voiced concern about the budget.", "voiced", "The council"),
    ("Officials are hoping the bridge will reopen by May.", "hoping", "Officials"),
    ("The senator campaigned in Ohio, hoping to win over union voters.", "hoping to", "The senator"),
    ("Farmers are expecting that prices will fall.", "expecting", "Farmers"),
    ("The mayor announced the budget and vowed to cut taxes.", "vowed to", "The mayor"),
    ('The senator called the decision by the state board to close the rural clinics "a disgrace."', "called",
     "The senator"),
    ("Two former judges disagreed with the ruling.", "disagreed with", "Two former judges"),
    ("The chamber of commerce was sharply critical of the new tax.", "was sharply critical", "The chamber of commerce"),
    ("Parents have been supportive of the shorter school day.", "have been supportive", "Parents"),
    ("The mayor cast the strike as a fight over pensions.", "cast", "The mayor"),
    ("Several landlords balked at the new rules.", "balked at", "Several landlords"),
    ("Economists note that wages rose faster than prices.", "note", "Economists"),
    ("The city's planners were eager to start the new line.", "were eager", "The city's planners"),
])
def test_new_cue_is_found_with_its_source(sentence, verb, source):
    assert (verb, source) in cues(sentence)


@pytest.mark.parametrize("sentence, verb", [
    ("Asked at a news conference on Monday whether he would run, the governor smiled.", "Asked"),
    ('The coach was asked, "Will you stay next season?"', "asked"),
])
def test_question_put_to_a_speaker_after_an_adjunct_or_before_a_quotation(sentence, verb):
    assert (verb, "") in cues(sentence)


@pytest.mark.parametrize("sentence", [
    "He saw the crowd as he walked in.",  # "as" opens a clause of time
    "I see the plan as a mistake.",  # first person: a hedge
    "The new filter made clear water available to the village.",  # "made clear" without a clause
    "The reports from the campaign that arrived late were thin.",  # a present form is a noun before "that"
    "The mayor claims in the lawsuit that she was fired.",  # adjunct + "that" only after a past form
    "Remember to vote on Tuesday.",  # an imperative: no one is reported
    "The word ends in a voiced consonant.",  # an adjective
    "She is expecting a baby in June.",  # no clause
    "When asked at the door for her ticket, she left.",  # a request, no question word
    "The senator called the meeting to order.",
    "The team was called upon to play a second match.",  # a passive
    "Editor's note: this story was updated on Friday.",  # a noun
    "The critical part of the plan is its funding.",  # an adjective with no "be ... of"
    "The fishermen cast their nets as they sailed home.",  # "as" opens a clause of time
    "The eager volunteers waited outside the hall.",  # an attributive adjective
])
def test_cue_word_in_another_sense_is_not_a_cue(sentence):
    assert cues(sentence) == []


def test_belief_after_a_cue_stays_its_content_but_a_commitment_is_coordinated():
    found = cues("The mayor said the council would meet and hoped that it would agree.")
    assert [v for v, _ in found] == ["said"]
    found = cues("The minister defended the plan and refused to answer questions about its cost.")
    assert ("refused to", "The minister") in found
    found = cues("The mayor said she agreed with the board.")
    assert [v for v, _ in found] == ["said"]  # "agreed with" is the content of "said"
