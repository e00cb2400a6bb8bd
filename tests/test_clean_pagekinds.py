"""Kinds of furniture found on the issue-11j dev pages, on lines written for the tests (issue 11j).

Each rule has positive lines (furniture it must name) and negative lines (prose that looks like it and must stay).
"""
import pytest

from helpers.corpus.clean_lines import split_lines
from helpers.corpus.clean_rules import furniture_anywhere


def _rule(text):
    hit = furniture_anywhere(split_lines(text)[0], None)
    return hit[0] if hit else None


@pytest.mark.parametrize("line, rule", [
    ("This post contains references to products from one or more of our advertisers. We may receive compensation "
     "when you click on links to those products.", "boilerplate"),
    ("Advertiser note: we may earn a commission from the links on this page, at no cost to you.", "boilerplate"),
    ("Editorial note: Opinions expressed here are the author's alone, not those of any bank or airline, and have "
     "not been reviewed or approved by any of them.", "boilerplate"),
    ("The offers on this site come from companies from which ExampleDeals.com receives compensation.", "boilerplate"),
    ("I would like to subscribe to the Harbour Gazette newsletters and special email promotions.", "boilerplate"),
    ("Thanks for visiting. You are using a browser version with limited support for CSS.", "boilerplate"),
    ("* indicates required", "comment_form"),
    ("Email Address *", "comment_form"),
    ("Please enter a valid email address", "comment_form"),
    ("Search for:", "navigation"),
    ("Post navigation", "navigation"),
    ("1,204 views", "navigation"),
    ("click to enlarge", "navigation"),
    ('[ { "name": "Ad - Inline", "slot": "3" } ]', "markup"),
    ("img.example.net/a8f3kq.jpg", "navigation"),
    ("example.org/blog/2015/08/the-harbour-story/", "navigation"),
])
def test_widget_and_disclosure_lines_are_furniture(line, rule):
    assert _rule(line) == rule


@pytest.mark.parametrize("line", [
    "The fishermen's families will receive compensation from the state, the court said on Monday.",
    "We may receive compensation for the flood damage, the farmer said, but nobody has told us when.",
    "Views from the harbour wall were stunning on Sunday, and hundreds came to watch the waves.",
    "Search for the missing hiker resumed on Monday morning.",
    "I would like to thank the volunteers who cleared the beach, the mayor said.",
    "janedoe.com",  # a bare domain: an interviewee's web site given as an answer
    "Many readers asked why the browser the council uses is so old.",
    "[The mayor] said the vote would be held in May.",
])
def test_prose_that_looks_like_these_widgets_stays(line):
    assert _rule(line) is None


# --- story cards with a byline each, and photo galleries (helpers.corpus.clean_cards) ----------------------------

from helpers.corpus.clean import clean_article  # noqa: E402

P = ["The harbour board voted on Monday to extend the ferry timetable into the winter months, after a year in "
     "which the last crossing was cancelled more than forty times because of staff shortages.",
     "Island residents had asked for the change for years, saying the early evening crossing was the only way to "
     "reach the hospital on the mainland for appointments that ran late in the afternoon.",
     "The operator said it would hire six more deckhands before December and that the extra crossings would be "
     "paid for by a small rise in the price of a season ticket for cars and vans.",
     "The board will review the timetable again in the spring, when it expects the first figures on how many "
     "people used the new crossings during the darkest weeks of the year."]
CARDS = ["POLITICS", "Council Delays Vote on New Bus Depot", "Residents asked for more time to read the plans.",
         "By Ann Lee", "November 5, 2023", "CULTURE", "The Old Cinema Reopens Its Doors",
         "A restored screen and a new cafe for the town centre.", "by Tom Marsh", "October 27, 2023"]


def _kept(lines):
    res = clean_article("\n\n".join(lines))
    return [ln.text for ln in res.lines if ln.label != "furniture"], res


def test_a_list_of_cards_each_with_a_byline_after_the_article_is_cut():
    kept, res = _kept(["Ferry timetable extended", "By Jane Roe", *P, *CARDS])
    assert all(p in kept for p in P)
    assert not any(c in kept for c in CARDS)
    assert {ln.rule for ln in res.lines if ln.text in ("By Ann Lee", "The Old Cinema Reopens Its Doors")} == {"story_cards"}


def test_bylines_of_sections_with_full_paragraphs_between_them_are_not_cards():
    # negative: a round-up of columns, each a byline and its paragraphs, is body; so is a single later byline
    roundup = ["Ferry timetable extended", "By Jane Roe", P[0], P[1], "By Ann Lee", P[2], "By Tom Marsh", P[3]]
    kept, _ = _kept(roundup)
    assert all(p in kept for p in P)


GALLERY = []
for day, cap, credit in [(2, "Large waves crash over the harbour wall during strong winds", "PA"),
                         (1, "Shoppers queue outside the new market hall on its first morning", "Getty"),
                         (31, "The mayor opens the restored bridge with a ribbon and a brass band", "PA"),
                         (30, "Children in costumes walk through the old town for the autumn parade", "Reuters"),
                         (29, "Rowers train on the river at dawn ahead of the regional race", "PA"),
                         (28, "Surfers ride high waves caused by the Atlantic swell", "AP")]:
    GALLERY += ["Island news in pictures", f"{day} October 2020", cap, credit]


def test_a_photo_gallery_inside_the_body_is_removed_and_the_body_after_it_stays():
    kept, res = _kept(["Ferry timetable extended", P[0], P[1], *GALLERY, P[2], P[3]])
    assert all(p in kept for p in P)
    assert not any(g in kept for g in GALLERY[:-1]) and "Surfers ride high waves caused by the Atlantic swell" not in kept
    assert {ln.rule for ln in res.lines if ln.text == "Island news in pictures"} == {"gallery"}


def test_a_repeated_line_that_is_not_a_picture_label_is_not_a_gallery():
    # negative: an interview whose questions carry the same short line ("Our reporter asks") stays whole
    qa = []
    for k in range(6):
        qa += ["Our reporter asks", f"What changed in year {k + 1} of the ferry service?", f"In year {k + 1}, " +
               P[k % 4].replace("The", "well, the", 1)]
    kept, _ = _kept(["Ferry timetable extended", P[0], *qa, P[3]])
    assert sum(t.startswith("In year") for t in kept) == 6


@pytest.mark.parametrize("line, rule", [
    ("Featured image by Jane Roe/The Harbour Gazette.", "caption"),
    ("Image by Tom Marsh for the Gazette", "caption"),
])
def test_image_credits_are_captions(line, rule):
    assert _rule(line) == rule


def test_an_image_by_sentence_with_a_photo_word_only_is_not_a_caption():
    # negative: a sentence about an image that was made by someone is prose
    assert _rule("The council said the image, made by a local artist, would hang in the new library hall.") is None


def test_an_author_note_with_a_capital_is_removed_after_the_article():
    kept, res = _kept(["Ferry timetable extended", *P,
                       "Jane Roe Is a Senior Transport Reporter at the Gazette. She joined in 2019."])
    assert all(p in kept for p in P) and not any(t.startswith("Jane Roe Is") for t in kept)


def test_a_numbered_comments_header_or_last_news_opens_the_end_of_page_block():
    comments = ["24 comments:", "Lovely place, hope to visit one day!", "Wish I could go there this summer.",
                "What a marvellous view from the pier."]
    kept, _ = _kept(["Ferry timetable extended", *P, *comments])
    assert all(p in kept for p in P) and not any(c in kept for c in comments)
    cards = ["LAST NEWS", "Council Delays Vote on New Bus Depot", "Residents asked for more time to read the...",
             "The Old Cinema Reopens Its Doors", "A restored screen and a new cafe for the town..."]
    kept, _ = _kept(["Ferry timetable extended", *P, *cards])
    assert all(p in kept for p in P) and not any(c in kept for c in cards)


def test_a_sentence_about_comments_or_last_news_stays_in_the_body():
    # negative: prose that mentions comments or "last news" is not a marker
    lines = ["Ferry timetable extended", P[0], P[1],
             "The board received 24 comments: most of them asked for a later crossing on Fridays.",
             "Residents said the last news they had from the operator came in the spring.", P[2], P[3]]
    kept, _ = _kept(lines)
    assert all(t in kept for t in lines[1:])


# --- a long gap parts the densest run (helpers.corpus.body_block.split_at_long_gaps) -------------------------------

from helpers.corpus.body_block import LONG_GAP_LINES, split_at_long_gaps  # noqa: E402


def test_a_long_gap_of_short_lines_parts_the_run_and_the_larger_part_is_kept():
    values = [30.0, 25.0, 40.0] + [-1.0] * LONG_GAP_LINES + [20.0, 15.0]
    assert split_at_long_gaps(values, (0, len(values))) == (0, 3)


def test_a_short_gap_or_a_table_of_figures_does_not_part_the_run():
    # negative: a few short lines (a subheading, share buttons) or the cells of a table stay inside the run
    values = [30.0, -1.0, -1.0, 25.0] + [-1.0] * (LONG_GAP_LINES + 2) + [40.0]
    skip = [False] * 4 + [True] * (LONG_GAP_LINES + 2) + [False]
    assert split_at_long_gaps(values, (0, len(values)), skip) == (0, len(values))
    assert split_at_long_gaps(values[:4], (0, 4)) == (0, 4)


# --- a list of people after the body is the story's (helpers.corpus.clean_cards.people_list_lines) -----------------

SIGNED = ["Ann Lee, Harbour University", "Tom Marsh", "Maria Lopez, historian", "J.R. Brandt, writer",
          "Elena de la Cruz, Port Authority (retired)", "Samuel Okafor", "Ruth Ellis, ferry captain"]


def test_an_open_letters_signatories_after_the_body_stay():
    kept, _ = _kept(["An open letter on the ferry service", *P, *SIGNED])
    assert all(t in kept for t in P + SIGNED)


def test_a_menu_of_capitalised_items_after_the_body_is_not_a_list_of_people():
    # negative: no commas, so a run of capitalised menu items is still furniture after the article
    menu = ["Current Issue", "The Latest", "Advertising Internships", "Contact Classifieds", "Media Store",
            "Privacy Policy", "Customer Care"]
    kept, _ = _kept(["Ferry timetable extended", *P, *menu])
    assert all(t in kept for t in P) and not any(t in kept for t in menu)


def test_a_long_list_between_two_parts_of_the_story_stays_when_both_parts_are_the_story():
    # negative of the long-gap rule: a list of 14 items inside an article whose parts on both sides are one story
    items = [f"\u2022 The {name} Harbour Act" for name in ("First", "Second", "Third", "Fourth", "Fifth", "Sixth",
                                                          "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh",
                                                          "Twelfth", "Thirteenth", "Fourteenth")]
    before = [f"{p[:-1]}, as the {k} report said." for k in ("first", "second", "third") for p in P]
    after = [f"{p[:-1]}, as the {k} letter said." for k in ("first", "second", "third") for p in P]
    kept, _ = _kept(["Ferry timetable extended", *before, *items, *after])
    assert all(t in kept for t in before + items + after)
