"""Rules of issue 12as-e (cues in web news that report no one's speech): a related-stories card glued into a sentence
after a linked name, a heading ("Story highlights"), a button line ("Add Interest"), a wire credit line ("Roe
reported from Denver.") and the writer's imperative ("Let us know", "Let's hope", "Don't believe"). Sentences
written for the tests."""

import pytest
from test_attribution_12adq import table

from helpers.measures.attribution_furniture import furniture_cue, link_card_spans


def verbs(sentence):
    return [r.verb for r in table([sentence]).itertuples() if r.verb]


# --- furniture: each cue was found before, none is now ---------------------------------------------------------

CARD = (
    "Sen. Jane Roe Jane Marie RoeSenators say budget deal is near Poe urges calm on tariffs MORE (D-Ore.) "
    "met the mayor on Monday."
)

NOT_SPEECH = [
    (CARD, "say"),
    (CARD, "urges"),
    (
        "The plan won support from Gov. Max Poe Maxwell Lee PoeThe Daily 9:30 Report: Roe blasts the budget MORE on "
        "Friday.",
        "blasts",
    ),
    ("Story highlights The mayor plans to close the old bridge next year", "highlights"),
    ("(Photo: Jane Roe, Wire Photo) Story Highlights The council passed the budget on Monday", "Highlights"),
    ("Add Interest", "Add"),
    ("Roe reported from Denver.", "reported"),
    ("Jane Roe and Max Poe reported from New Orleans.", "reported"),
    ("Let us know what you think of the plan at letters@example.com.", "know"),
    ("Let\u2019s hope that the council reads the report before the vote.", "hope"),
    ("Let's just say the budget hearing did not go well for the mayor.", "say"),
    ("(Don\u2019t believe for a second that the bridge will be finished on time.)", "believe"),
]


@pytest.mark.parametrize("sentence, word", NOT_SPEECH)
def test_furniture_is_no_cue(sentence, word):
    assert word not in verbs(sentence)


# --- the same words in prose stay cues --------------------------------------------------------------------------

SPEECH = [
    ("Sen. Jane Roe (D-Ore.) said on Monday that the budget deal is near.", "said"),
    ("Sen. Ann McKay said MORE money is needed for the bridge.", "said"),  # a name with a join, no repeated name
    ("Poe urges calm on tariffs, and Roe says the deal is near.", "says"),
    ("The report highlights four risks to the city budget.", "highlights"),
    ("Roe reported from Denver that the vote had been delayed.", "reported"),
    ("The agency reported from Kabul on Monday that the talks had stalled.", "reported"),
    ("\u201cLet\u2019s hope the council listens,\u201d Roe said.", "said"),
    ("Let them say what they want, the mayor said.", "said"),
    ("Officials don\u2019t believe the bridge will be finished on time, Roe said.", "said"),
    ("Story writers say the plot was changed at the last minute.", "say"),
]


@pytest.mark.parametrize("sentence, word", SPEECH)
def test_prose_stays_a_cue(sentence, word):
    assert word in verbs(sentence)


# --- the helpers on their own -----------------------------------------------------------------------------------


def test_link_card_spans():
    ((a, b),) = link_card_spans(CARD)
    assert CARD[a:].startswith("Jane Marie RoeSenators say") and CARD[:b].endswith("MORE")
    assert link_card_spans("Sen. Ann McKay said MORE money is needed.") == []
    assert link_card_spans("Sen. Jane Roe Jane Marie RoeSenators say the deal is near.") == []  # no closing MORE


def test_furniture_cue_reads_the_cue_only():
    s = "Roe reported from Denver."
    assert furniture_cue(s, s, 4, 12)
    assert not furniture_cue("Roe said it.", "Roe said it.", 4, 8)
