"""Cue lexicon of issue 12aj-c: verbs of speaking in a manner ("scoffed", "fired back: ..."), of conjecture and
reasoning ("hypothesized", "noticed that", ", reasoning that"), of imploring and querying, and judgment verbs of
blame and praise with a noun-phrase object ("castigated the governor", "commended the crews"). Each positive was no
attribution before the issue; the negatives are the same words naming an action or a thing. Sentences written for
the tests."""

import pytest
from test_attribution_12adq import table


def found(sentence):
    return [(r.source, r.verb) for r in table([sentence]).itertuples() if r.verb]


CUES = [
    # speaking in a manner (reporting_verbs.yaml, speak_manner)
    ("The mayor scoffed at the idea of a new stadium.", "The mayor", "scoffed"),
    ("Lee exclaimed that the bridge had finally reopened.", "Lee", "exclaimed"),
    ("The treasurer opined on the state of the city budget at length.", "The treasurer", "opined"),
    ("On Monday, the governor groused that the press never treats her fairly.", "the governor", "groused"),
    # the same with a clause, a quotation or a colon only (speak_manner_clause)
    ("The spokesman fired back: \u201cWe will not be bullied by anyone.\u201d", "The spokesman", "fired back"),
    ("The senator fumed that the vote had been rigged from the start.", "The senator", "fumed"),
    # conjecture and reasoning (conjecture, conjecture_clause)
    ("The analyst hypothesized the mayor could be replaced by her deputy.", "The analyst", "hypothesized"),
    ("Investigators surmised that the fire began in the kitchen.", "Investigators", "surmised"),
    ("The treasurer reasoned that the city could not borrow more this year.", "The treasurer", "reasoned"),
    ("The mayor swore that the park would stay open to everyone.", "The mayor", "swore"),
    # imploring and querying (implore, query)
    ("The pastor implored voters to turn out on Tuesday.", "The pastor", "implored"),
    ("Roe queried whether the budget could cover the new buses.", "Roe", "queried"),
    # judgment verbs with a noun-phrase object (stance_verbs.yaml, castigate, commend)
    ("The union castigated the governor for the cuts to school funding.", "The union", "castigated"),
    ("The fire chief commended the crews for their quick response.", "The fire chief", "commended"),
]


@pytest.mark.parametrize("sentence, source, verb", CUES)
def test_new_cue_is_found(sentence, source, verb):
    assert (source, verb) in found(sentence)


NOT_CUES = [
    ("The photographer snapped a picture of the crowd outside.", "snapped"),  # an action, no clause
    ("The old rope snapped under the weight of the boat.", "snapped"),
    ("The appeals court affirmed the ruling on Tuesday.", "affirmed"),  # a decision, no clause
    ("A neighbour noticed the smoke and called the fire service.", "noticed"),  # a perception of a thing
    ("The new mayor swore the oath of office on Monday.", "swore"),
    ("The stadium was castigated in the press for years.", "castigated"),  # a passive, no speaker
    ("The council has several reasons to delay the vote.", "reasons"),  # a noun, not in the lexicon
    ("It should be easy to question the reasoning behind the new rule.", "reasoning"),
    ("Students can be expelled for racist rants on campus.", "rants"),  # plural nouns are left out
    ("The crowd ignored the angry rants of the man at the gate.", "rants"),
    ("The fumes from the plant worried the neighbours.", "fumes"),
    ("I'm sure the voters noticed that.", "noticed"),  # a perception the writer supposes: left out
]


@pytest.mark.parametrize("sentence, word", NOT_CUES)
def test_same_word_as_action_is_no_cue(sentence, word):
    assert word not in [v for _, v in found(sentence)]
