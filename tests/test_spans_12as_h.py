"""Rules of issue 12as-h (source spans spoiled by web-page furniture): a related-stories card glued after a linked
name between the speaker and the cue ("Sen. Jane Roe Jane Marie RoeSenators say ... MORE (R-Texas) said"), and a
party-state tag read as the whole speaker ("Sen. Ann Lee (" | "R-Ky.), a member of the panel, said"). Sentences
written for the tests."""

import pytest
from test_attribution_12adq import table

from helpers.measures.attribution_furniture import furniture_source


def sources(sentence, verb="said"):
    return [r.source for r in table([sentence]).itertuples() if r.verb == verb]


# --- positives: each span was spoiled on main ------------------------------------------------------------------

SPOILED = [
    # the card's tail and the tag after it: the name written before the card
    (
        "Sen. Jane Roe Jane Marie RoeSenators say budget deal near | Poe urges calm MORE (R-Texas) said that the bill "
        "would pass.",
        "Sen. Jane Roe",
    ),
    ("Max Poe Max PoeEconomy adds 130K jobs MORE said on Friday that wages rose.", "Max Poe"),
    (
        "Senate Majority Leader Ann Lee (R-Ky.) Ann Ruth LeeHouse passes bill MORE said Tuesday that it will pass.",
        "Senate Majority Leader Ann Lee",
    ),
    (
        "Rep. Ann Lee Ann Ruth LeeCity council backs new bridge MORE (D-Calif.), a senior Judiciary member, said on "
        "TV that it will pass.",
        "Rep. Ann Lee",
    ),
    # a bare tag after a named person: the span from the name on
    (
        "Sen. Ann Lee (R-Ky.), a member of the budget panel, said Tuesday that it will pass.",
        "Sen. Ann Lee (R-Ky.), a member of the budget panel",
    ),
    ("But Sen. Ann Lee, R-Ky., said Tuesday that it will pass.", "Sen. Ann Lee, R-Ky."),
    ("Sen. Ann Lee (R-Ky.) blocked the bill and said on Monday that the deal is near.", "Sen. Ann Lee (R-Ky.)"),
    # an acronym in the title stays; words after the tag that are no apposition are left out
    (
        "Elsewhere, moderate GOP Sen. Ann Lee Ann Ruth LeeCity council backs new bridge MORE (Maine) said that the deal "
        "is near.",
        "GOP Sen. Ann Lee",
    ),
    ("Rep. Ann Lee (R-Ohio) during a TV appearance said that the deal is near.", "Rep. Ann Lee (R-Ohio)"),
    # "The" opening the sentence is no part of the name (review r12as)
    ("The Ann Lee Ann Marie LeeSenators say bill fails MORE (R-Ky.) said that it will pass.", "Ann Lee"),
]


@pytest.mark.parametrize("sentence,source", SPOILED)
def test_speaker_before_card_or_tag(sentence, source):
    assert sources(sentence) == [source]


DROPPED = [
    # no name before the card (a headline glued to a word) and a fragment of a name glued to a card: no speaker
    "Budget talks stall as tensionsHouse passes bill MORE (R-Texas) said on Monday that the deal is near.",
    "\u201cWe will pass it,\u201d AshLee Strong, spokeswoman for Speaker Max Poe Max Ray PoeHouse passes bill MORE "
    "(R-Wis.), said in an email.",
]


@pytest.mark.parametrize("sentence", DROPPED)
def test_card_with_no_name_before_leaves_the_source_empty(sentence):
    assert sources(sentence) == [""]


# --- negatives: spans that stay ------------------------------------------------------------------------------

KEPT = [
    ("MORE than forty senators said on Monday that the deal is near.", "MORE than forty senators"),
    ("Sen. Ann Lee Ann Ruth LeeHouse passes bill MORE (R-Ky.) met Max Poe, and Poe said the deal is near.", "Poe"),
    ("Sen. Ann Lee (R-Ky.) said on Monday that the deal is near.", "Sen. Ann Lee (R-Ky.)"),
    ("Voters in the Ohio district said on Monday that the deal is near.", "Voters in the Ohio district"),
    ("The mayor met them, said Rep. Ann Lee Ann Ruth LeeHouse passes bill MORE on Friday.", "Rep. Ann Lee"),
]


def test_tag_far_from_the_cue_is_left_alone():
    sent = (
        "After Sen. Ann Lee, D-Ohio, spoke earlier at the rally, the governor sought to draw a sharp contrast with "
        "her, saying the plan lacks care."
    )
    start = sent.index("D-Ohio")
    assert furniture_source(sent, "D-Ohio", start, sent.index("saying")) == ("D-Ohio", start)


@pytest.mark.parametrize("sentence,source", KEPT)
def test_spans_without_furniture_stay(sentence, source):
    assert sources(sentence) == [source]


def test_furniture_source_leaves_other_spans_alone():
    sent = "Aides to Ann Lee, a senator from Ohio, said the deal is near."
    start = 0
    src = "Aides to Ann Lee, a senator from Ohio"
    assert furniture_source(sent, src, start, sent.index("said")) == (src, start)
    assert furniture_source(sent, "", -1, 10) == ("", -1)


def test_tag_after_a_non_name_is_kept():
    sent = "the district (D-Ohio) said it would appeal."
    start = sent.index("D-Ohio")
    assert furniture_source(sent, "D-Ohio)", start, sent.index("said")) == ("D-Ohio)", start)


def test_subject_going_on_after_the_card_is_dropped():
    sent = "The pro-Ann Lee Ann Ruth LeeCity council backs new bridge: poll MORE wings of the party insist on it."
    start = sent.index("poll")
    src = "poll MORE wings of the party"
    assert furniture_source(sent, src, start, sent.index("insist")) == ("", -1)


def test_tag_followed_by_a_clause_is_left_alone():
    sent = (
        "Sen. Ann Lee (I-Vt.) remains committed to seeing the race through to the end, her top aide, Max Poe, told "
        "reporters."
    )
    start = sent.index("I-Vt.")
    src = "I-Vt.) remains committed to seeing the race through to the end, her top aide, Max Poe"
    assert furniture_source(sent, src, start, sent.index("told")) == (src, start)


def test_word_with_a_capital_after_a_hyphen_is_no_tag():
    sent = "In Normandy, D-Day veterans said the museum must stay open."
    start = sent.index("D-Day")
    assert furniture_source(sent, "D-Day veterans", start, sent.index("said")) == ("D-Day veterans", start)
