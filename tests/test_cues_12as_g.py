"""Cue words used as plural nouns or adjectives (issue 12as-g): "his own estimates", "two consecutive tweets",
"other alleged victims" (a noun modifier or a number word before the cue), "previous estimates have put ..." (a plural
verb after the cue), "the mayor deleted the offensive tweets." (an adjective before a cue that ends the sentence).
Each positive was an attribution before the issue; the negatives keep the same words as verbs. Sentences written for
the tests."""

import pytest
from test_attribution_12aj_cues import found

from helpers.measures.attribution_cues import noun_use

NOUNS = [
    ("The county has attacked the mayor in several other tweets.", "tweets"),
    ("The agency's own estimates show higher costs for the new road.", "estimates"),
    ("The council member wrote in two consecutive tweets on Friday.", "tweets"),
    ("The senator fired off eight tweets on the matter.", "tweets"),
    ("Previous estimates have put the number of visitors near a million.", "estimates"),
    ("The town's coverage estimates have been wrong before.", "estimates"),
    ("The mayor apologized and deleted the offensive tweets.", "tweets"),
    ("The council has a long record of dubious promises.", "promises"),
    ("The lawyer said other alleged victims may come forward.", "alleged"),
    ("The club published various proposed designs for the stadium.", "proposed"),
]

VERBS = [
    ("The mayor estimates that the road will cost more.", "The mayor", "estimates"),
    ("Two reported seeing the truck at the bridge.", "Two", "reported"),
    ("The agency estimates costs have doubled since May.", "The agency", "estimates"),
    ("It is a claim the company denies.", "", "denies"),
    ("Costs will rise, the county report concludes.", "the county report", "concludes"),
    ("The plan is what the mayor believes are the best roads for the town.", "the mayor", "believes"),
    ("The team tweets that the game is delayed.", "The team", "tweets"),
    # a noun of a person ending like an adjective is the subject (review r12as)
    ("That is the question the executive asks.", "", "asks"),
    ("It is the one point the conservative concedes.", "", "concedes"),
]


@pytest.mark.parametrize("sentence, verb", NOUNS)
def test_noun_or_adjective_is_no_cue(sentence, verb):
    assert verb not in [v for _, v in found(sentence)]
    assert noun_use(sentence, sentence.index(verb), verb)


@pytest.mark.parametrize("sentence, source, verb", VERBS)
def test_verb_stays_a_cue(sentence, source, verb):
    assert verb in [v for _, v in found(sentence)]
    assert not source or (source, verb) in found(sentence)
