"""Rules that keep body text a layout never seen before might lose (issue 11, recall first).

Every line here is written for the test (no seed, no dev page); each rule has a positive example and a
negative one.
"""
from helpers.corpus.clean import clean_article

STORY = [
    "The regional council voted on Tuesday to extend the water rationing scheme until the end of the summer, after "
    "reservoirs fell to their lowest level in two decades.",
    "Farmers in the valley said rationing had already cut their harvest by a third; the council promised to pay for "
    "the losses before the next planting season.",
    "Engineers told councillors that the reservoirs would need two wet winters to recover and that rationing could "
    "return next year if the rains fail again.",
]
LEAD, P2, P3 = STORY
MENU = ["Home", "News", "Sport", "Business", "Culture", "Weather"]
HEADLINE = "Council Extends Water Rationing As Reservoirs Fall"


def _labels(res):
    return {ln.text: ln.label for ln in res.lines}


def test_the_headline_above_an_affiliation_line_is_kept_as_the_headline():
    raw = "\n\n".join(MENU + [HEADLINE, "Jane Roe, Senior Editor, Valley Press Agency", LEAD, P2, P3])
    lab = _labels(clean_article(raw))
    assert lab[HEADLINE] == "headline"
    assert lab["Jane Roe, Senior Editor, Valley Press Agency"] == "subheading"  # kept: the choice may be wrong
    assert lab["Sport"] == "furniture"


def test_a_title_of_another_story_above_the_header_is_not_taken_for_the_headline():
    other = "Mayor Opens New Library In The Old Station"
    raw = "\n\n".join(MENU + [other, HEADLINE, LEAD, P2, P3])
    lab = _labels(clean_article(raw))
    assert lab[HEADLINE] == "headline"
    assert lab[other] == "furniture"


def test_a_title_above_that_shares_one_word_with_the_story_is_not_the_headline():
    above = "Garden Tips For The Dry Months: Rationing"
    raw = "\n\n".join(MENU + [above, "Jane Roe, Senior Editor, Valley Press Agency", LEAD, P2, P3])
    lab = _labels(clean_article(raw))
    assert lab[above] == "furniture"  # one shared word is not enough: a teaser on a nearby topic
    assert lab["Jane Roe, Senior Editor, Valley Press Agency"] == "headline"
