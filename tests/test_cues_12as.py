"""Stance lexicon version 3 (issue 12as-a): preference, dismissal, restating, advocacy, judgment and backing verbs
read as cues in the stance frame of helpers/measures/attribution_stance.py (a subject of their own, a noun-phrase
object, no earlier cue in the sentence). Each positive was no attribution before the issue; the negatives are the
same verbs in a passive, after another cue, with no object, in an infinitive or naming a physical act. Sentences
written for the tests."""

import pytest
from test_attribution_stance import found

CUES = [
    # prefer (family support): bare and present forms
    ("Most farmers oppose the new water tax.", "Most farmers", "oppose", "prefer"),
    ("Many parents prefer the shorter school day.", "Many parents", "prefer", "prefer"),
    ("The committee preferred a smaller bridge over the river.", "The committee", "preferred", "prefer"),
    # play_down (family position)
    ("The minister played down the risk of a strike.", "The minister", "played down", "play_down"),
    ("The coach downplayed the injury to his goalkeeper.", "The coach", "downplayed", "play_down"),
    ("The mayor brushed aside the concerns of the shop owners.", "The mayor", "brushed aside", "play_down"),
    # reaffirm (family position)
    ("The bishop reaffirmed his support for the shelter.", "The bishop", "reaffirmed", "reaffirm"),
    ("The governor walked back her remarks about the teachers.", "The governor", "walked back", "reaffirm"),
    ("The senator backtracked on his attack on the judges.", "The senator", "backtracked on", "reaffirm"),
    # advocate (family support)
    ("The nurses' union advocated for a new staffing law.", "The nurses' union", "advocated for", "advocate"),
    ("Local businesses made a case for cheaper parking fees.", "Local businesses", "made a case for", "advocate"),
    ("The council member floated the idea of a night bus.", "The council member", "floated", "advocate"),
    # trash (family criticism)
    ("The columnist trashed the new stadium deal.", "The columnist", "trashed", "trash"),
    ("The comedian poked fun at the mayor's new haircut.", "The comedian", "poked fun at", "trash"),
    # speak_well (family thanks)
    ("The coach spoke highly of the young striker.", "The coach", "spoke highly of", "speak_well"),
    ("The chairman credited the engineers with the rescue.", "The chairman", "credited", "speak_well"),
    ("The critic likened the novel to a long sermon.", "The critic", "likened", "speak_well"),
    # rally_behind (family support)
    ("Party elders lined up behind the former governor.", "Party elders", "lined up behind", "rally_behind"),
    ("The senator threw her support behind the mayor.", "The senator", "threw her support behind", "rally_behind"),
]


@pytest.mark.parametrize("sentence, source, verb, entry", CUES)
def test_new_stance_verb_is_a_cue(sentence, source, verb, entry):
    assert (source, verb, entry) in found(sentence)


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("The plan was opposed by the farmers.", "opposed"),  # a passive
        ("The fees were played down in the report.", "played down"),
        ("She said the farmers oppose the tax.", "oppose"),  # inside the content of an earlier cue
        ("Jones said the council floated the idea.", "floated"),
        ("The parents' group wants to oppose the plan.", "oppose"),  # an infinitive
        ("The company prefers to wait.", "prefers"),  # no noun-phrase object
        ("The boat floated down the river.", "floated"),  # a physical act: a preposition, no object
        ("Workers bashed in the door of the shed.", "bashed"),  # a particle, no object
        ("We oppose the new tax.", "oppose"),  # first person: an unmarked quotation
        ("If voters prefer the old mayor, the plan fails.", "prefer"),  # a condition
        ("The union threw its support behind the mayor.", "threw its support behind"),  # form not listed
        # plural nouns and running for office (left out after the AllSides read)
        ("The loudest advocates for the plan met the mayor on Monday.", "advocates for"),
        ("The former mayor campaigns for reelection in the river towns.", "campaigns for"),
        ("Both parties doubled down on their old slogans.", "doubled down on"),
    ],
)
def test_same_words_in_other_frames_are_no_cue(sentence, word):
    assert all(verb != word for _, verb, _ in found(sentence))
