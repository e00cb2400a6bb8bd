"""Rows of sharing buttons run together on one line, a photographer's credit and a site's note on the article's age
(dogfood 12bm-d: AllSides' Bloomberg and Guardian articles had them read as the headline).

All lines here were written for these tests: positives a line rule must name, negatives (prose or a headline that
looks alike) that must stay unnamed.
"""
import pytest

from helpers.corpus.clean import clean_article
from helpers.corpus.clean_lines import split_lines
from helpers.corpus.clean_rules import furniture_anywhere, is_widget_run


def _rule(text):
    hit = furniture_anywhere(split_lines(text)[0], None)
    return None if hit is None else hit[0]


@pytest.mark.parametrize("text", [
    "LISTEN TO ARTICLE 2:40 SHARE THIS ARTICLE Share Tweet Post Email",
    "SHARE THIS ARTICLE Share Tweet Post Email",
    "Share on Facebook Share on Twitter Email Print",
    "Share | Tweet | Email",
    "Print Email",
    "Listen to this story 4:05 Save Share",
])
def test_a_row_of_buttons_is_navigation(text):
    assert is_widget_run(text)
    assert _rule(text) == "navigation"


@pytest.mark.parametrize("text", [
    "Share this story",                       # one action: a single button or a headline
    "Tweet",                                  # one word
    "Email and print advertising fell again",  # prose around the words
    "Share prices tweet and print",           # 'prices' is no button's word
    "Listen to the mayor",
    "Save the story: readers rally to keep the local paper in print",
])
def test_a_headline_or_prose_with_a_button_word_is_no_row_of_buttons(text):
    assert not is_widget_run(text)


@pytest.mark.parametrize("text", [
    "This article is more than 3 months old",
    "This article is more than 2 years old",
    "This story is over a year old.",
    "This article was published more than five years ago",
])
def test_an_age_notice_is_furniture(text):
    assert _rule(text) == "age_notice"


@pytest.mark.parametrize("text", [
    "This article is more than a summary of the report.",
    "This story is more than 10 years old, and it still matters, the mayor said.",
    "This plan is more than 3 years old",
])
def test_prose_about_age_stays(text):
    assert _rule(text) != "age_notice"


def test_a_photographers_credit_is_a_caption():
    assert _rule("Photographer: Ann Lee/Norland Wire Photographer: Ann Lee/Norland Wire") == "caption"
    assert _rule("Photographers say the light in Norland is unlike any other.") is None


def test_the_banner_is_not_the_headline():
    text = ("LISTEN TO ARTICLE 2:40 SHARE THIS ARTICLE Share Tweet Post Email\n\n"
            "This article is more than 2 years old\n\n"
            "Norland council approves the new harbour bridge\n\n"
            "The Norland council approved the new harbour bridge on Tuesday after a debate that ran late into the "
            "night, with members split over its cost and its effect on the fishing fleet.\n\n"
            "The mayor said the bridge would open in three years and that the port would stay open during the work, "
            "while the fishers' association said it would appeal against the vote.")
    r = clean_article(text)
    assert r.headline == "Norland council approves the new harbour bridge"
    rules = {x["rule"] if isinstance(x, dict) else x.rule for x in r.removed}
    assert {"navigation", "age_notice"} <= rules
    assert "Share Tweet" not in r.text and "more than 2 years old" not in r.text
    assert r.text.startswith("The Norland council approved")
