"""Cue lexicon of issue 12bd-c: judgment, signalling and exposition verbs with a noun-phrase object ("deemed the
contract unlawful", "signaled her support", "laid out a plan"), a document released by its author ("released a
memo") and an attempt to say something ("sought to reassure"). Each positive was no attribution before the issue;
the negatives are the same words in a passive, naming an action or a thing. Sentences written for the tests."""

import pytest
from test_attribution_12adq import table


def found(sentence):
    return [(r.source, r.verb) for r in table([sentence]).itertuples() if r.verb]


CUES = [
    # stance_verbs.yaml, deem (judgment with an object and its complement)
    ("The auditors deemed the contract unlawful.", "The auditors", "deemed"),
    ("The ethics board deems the gift a breach of the rules.", "The ethics board", "deems"),
    # stance_verbs.yaml, signal (a position made known)
    ("The senator signaled her support for the school bill.", "The senator", "signaled"),
    ("Union leaders have signalled their opposition to the new contract.", "Union leaders", "signalled"),
    # stance_verbs.yaml, lay_out (a plan or view set out)
    ("The governor laid out a plan to repair the state's bridges.", "The governor", "laid out"),
    ("The mayor lays out her vision for the harbour in a new book.", "The mayor", "lays out"),
    # stance_verbs.yaml, release_document (a document released by its author)
    ("The campaign manager released a memo on the state of the race.", "The campaign manager", "released a memo"),
    ("The group released a new web ad on Monday.", "The group", "released a new web ad"),
    # reporting_verbs.yaml, seek_to (an attempt to say or show something)
    ("The mayor sought to reassure residents about the water supply.", "The mayor", "sought to reassure"),
    ("The coach has sought to distance himself from the owner.", "The coach", "sought to distance"),
]


@pytest.mark.parametrize("sentence, source, verb", CUES)
def test_new_cue_is_found(sentence, source, verb):
    assert (source, verb) in found(sentence)


NOT_CUES = [
    ("The old bridge was deemed unsafe by the engineers.", "deemed"),  # a passive
    ("Students deemed eligible will receive a grant.", "deemed"),  # a participle, no object
    ("The driver signaled left and turned into the lane.", "signaled"),  # an action, no object
    ("The referee signaled to the bench.", "signaled"),
    ("The tables were laid out in the hall before noon.", "laid out"),  # a passive
    ("The zoo released a bear into the forest.", "released"),  # not a document
    ("The band releases an album every spring.", "releases"),
    ("Police sought to calm the crowd outside the stadium.", "sought"),  # an action: only verbs of saying
    ("The city is seeking to widen the road.", "seeking"),
    ("The missing hikers were sought by rescuers for two days.", "sought"),
]


@pytest.mark.parametrize("sentence, word", NOT_CUES)
def test_same_word_as_action_is_no_cue(sentence, word):
    assert not [v for _, v in found(sentence) if v.startswith(word)]
