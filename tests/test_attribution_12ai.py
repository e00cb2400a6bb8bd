"""Rules of issue 12ai-n (found "attributions" that are not attributions): a cue word used as an adjective or a noun
after a possessive name ("Lee's alleged plan"), a preposition ("amid reports that"), a degree adverb ("the most
discussed topic") or before "above"/"below" ("the group discussed above") is no cue, and a short question in the
writer's voice ("How has Lee replied?") reports no speech. Sentences written for the
tests."""

import pytest
from test_attribution_12adq import table


def verbs(sentence):
    return [r.verb for r in table([sentence]).itertuples() if r.verb]


# --- a cue word used as an adjective or a noun: no attribution (each was one before) ----------------------------

NOT_CUES = [
    ("The mayor criticized Lee's alleged plan to sell the park.", "alleged"),
    ("Roe attacked the senators' alleged deal with the port authority.", "alleged"),
    ("Buttigieg questioned Lee\u2019s reported plans to raise taxes.", "reported"),
    ("The bridge became the most discussed topic in the city last week.", "discussed"),
    ("The bridge was a widely reported failure of the agency.", "reported"),
    ("Voters in the district, the group discussed above, back the plan.", "discussed"),
    ("Stocks fell amid reports that the bank would close.", "reports"),
    ("The council met despite claims that the vote was rigged.", "claims"),
]


@pytest.mark.parametrize("sentence, word", NOT_CUES)
def test_adjective_or_noun_is_no_cue(sentence, word):
    assert word not in verbs(sentence)


# --- the same words used as verbs stay cues --------------------------------------------------------------------

CUES = [
    ("Lee's said that the bridge will close.", "said"),  # "has"
    ("Lee's aides said the bridge would close.", "said"),
    ("The bonds are at risk, Norland Fitch's said in its report.", "said"),  # a name ending in "'s"
    ("It was widely reported that the bridge would close.", "reported"),
    ("Lee discussed above all the cost of the bridge.", "discussed"),
    ("The bridge was most criticized by the engineers.", "criticized"),
    ("The mayor alleged that Lee's company overcharged the city.", "alleged"),
    ("Roe reported the theft to the police, the sheriff said.", "reported"),
    ("As I mentioned above, the bridge is closed.", "mentioned"),  # the writer's own cue, with its subject
    ("The toll is unfair for the reasons I\u2019ve described above.", "described"),
    ("It was a rule that most insisted was fair.", "insisted"),  # "most" is the subject
    ("Church groups also widely condemned Lee's plan to close the shelter.", "condemned"),  # a name after it
    ("The ad ends as a voice over says the mayor failed the city.", "says"),  # "say" is a verb
    ("He\u2019s argued for years that the bridge is unsafe.", "argued"),  # "he's": "he has"
]


@pytest.mark.parametrize("sentence, word", CUES)
def test_verb_stays_a_cue(sentence, word):
    assert word in verbs(sentence)


# --- a short question in the writer's voice: no attribution -------------------------------------------------------

QUESTIONS = [
    "How has Lee replied?",
    "What did the mayor say?",
    "What have his rivals said?",
    "What do the engineers say happened to the bridge?",
]


@pytest.mark.parametrize("sentence", QUESTIONS)
def test_writer_question_is_no_attribution(sentence):
    assert verbs(sentence) == []


QUESTIONS_KEPT = [
    ("Was the bridge really unsafe, as the mayor asserted?", "asserted"),  # a cue in a clause of its own
    ("Lee said the bridge was safe?", "said"),  # no question form
    ("Do you think the bridge is safe?", "think"),  # a yes/no question (an interviewer's, counted on PolNeAR)
    (
        "Why did the mayor say the bridge was safe last spring when the engineers of the county warned it would fail?",
        "warned",
    ),
]


@pytest.mark.parametrize("sentence, word", QUESTIONS_KEPT)
def test_cue_in_a_question_kept(sentence, word):
    assert word in verbs(sentence)
