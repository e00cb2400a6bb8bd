"""Bylines and dates under the standfirst, agencies' photo credits and the captions above them (issue 11o).

All lines here were written for these tests. Each rule has positive examples (furniture that must go) and negative
ones (prose, headings or list items that look alike and must stay).
"""
import pytest

from helpers.corpus.clean import clean_article
from helpers.corpus.clean_cards import captions_above_credits, credit_gallery_lines
from helpers.corpus.clean_lines import split_lines
from helpers.corpus.clean_rules import furniture_anywhere, header_furniture, is_bare_credit, is_credited_byline

_BODY = [
    "The harbour board approved a new ferry timetable on Tuesday after two years of talks with island councils.",
    "Under the plan, the first boat will leave the mainland at six in the morning, an hour earlier than now.",
    "Councillors said the change would help commuters, though some traders asked for a later last crossing.",
    "The board will review the timetable after one year and publish the passenger counts for every route.",
    "A public meeting on the fares is set for next month at the harbour hall, the board said in a statement.",
]
_HEAD = ["Harbour board backs earlier ferry timetable",
         "Commuters on the islands will get a boat an hour earlier from the spring, the board decided."]


def _kept(lines):
    res = clean_article("\n\n".join(lines))
    return {ln.text for ln in res.lines if ln.label != "furniture"}


def _rule_of(lines, text):
    res = clean_article("\n\n".join(lines))
    return next(ln.rule for ln in res.lines if ln.text == text)


# --- bylines of names -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Written by Jane Roe, PhD on April 29, 2018", "Fact checked by John Doe", "Verified by Ann Smith",
    "By Jane Roe And John Doe For The Harbour Post", "By Jane Roe for Example News", "Reviewed by Dr. Ann Smith, MD",
    "by J.R. Doe",
])
def test_credited_bylines(text):
    assert is_credited_byline(text, len(text.split()))


@pytest.mark.parametrize("text", [
    "By Monday, the council had voted", "By The Numbers", "by a narrow margin", "By March the plan had failed",
    "Written by hand, the letter was found in the archive.", "by 2030 the plan will be finished",
    "By Jane Roe and her two sisters at the farm on the hill",
])
def test_not_credited_bylines(text):
    assert not is_credited_byline(text, len(text.split()))


def test_written_by_line_is_header_furniture():
    assert header_furniture(split_lines("Written by Jane Roe, PhD on April 29, 2018")[0])[0] == "byline"


# --- bylines and dates at the top of the body --------------------------------------------------------------------

@pytest.mark.parametrize("stamp", [
    ["by Jane Roe", "March 3, 2024"], ["Written by Jane Roe, PhD on April 29, 2018"], ["by", "Jane Roe"],
    ["By Staff and wire reports"], ["5 min read"],
])
def test_byline_and_date_under_the_standfirst_are_removed(stamp):
    kept = _kept(_HEAD + stamp + _BODY)
    assert not set(stamp) & kept
    assert set(_BODY) <= kept and _HEAD[1] in kept


def test_byline_rule_is_recorded():
    assert _rule_of(_HEAD + ["by Jane Roe", "March 3, 2024"] + _BODY, "March 3, 2024") == "dateline"
    assert _rule_of(_HEAD + ["by Jane Roe", "March 3, 2024"] + _BODY, "by Jane Roe") == "byline"


def test_date_heading_deep_in_the_body_stays():
    lines = _HEAD + _BODY[:3] + ["March 3, 2024"] + _BODY[3:]
    assert "March 3, 2024" in _kept(lines)


@pytest.mark.parametrize("line", ["By Monday, the council had voted.", "On", "Harbour Hall"])
def test_sentences_and_values_under_the_standfirst_stay(line):
    assert line in _kept(_HEAD + [line] + _BODY)


# --- agencies' photo credits -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Reuters", "AP", "AFP via Getty Images", "EPA-EFE/Shutterstock", "Xinhua File Photo", "(AP Photo)",
    "Anadolu Agency",
])
def test_bare_agency_credits(text):
    assert is_bare_credit(text, len(text.split()))
    assert furniture_anywhere(split_lines(text)[0], None)[0] == "caption"


@pytest.mark.parametrize("text", [
    "Reuters reported the deal first.", "AP sources", "File", "Apple", "Press Association rules",
    "Bloomberg and the mayor disagree",
])
def test_not_bare_credits(text):
    assert not is_bare_credit(text, len(text.split()))


def _hits(lines):
    lns = split_lines("\n\n".join(lines))
    hits, prev = [], None
    for ln in lns:
        hits.append(furniture_anywhere(ln, prev))
        prev = ln
    return lns, hits


def test_caption_above_an_agency_credit():
    lns, hits = _hits([_BODY[0], "Firefighters douse the roof of the old ferry shed on Monday", "Reuters", _BODY[1]])
    assert [lns[k].text for k in captions_above_credits(lns, hits)] == [
        "Firefighters douse the roof of the old ferry shed on Monday"]


@pytest.mark.parametrize("above", [
    _BODY[0],  # a paragraph (ends like a sentence) above a photo without a caption
    "Here is what the board decided:",  # a lead-in
    "Ferries",  # too short to be a caption
])
def test_paragraphs_above_an_agency_credit_stay(above):
    lns, hits = _hits([_BODY[1], above, "AP", _BODY[2]])
    assert captions_above_credits(lns, hits) == []


def test_caption_and_credit_removed_in_an_article():
    cap = "Passengers queue for the morning ferry at the harbour on the first day of the new timetable"
    kept = _kept(_HEAD + _BODY[:2] + [cap, "AP"] + _BODY[2:])
    assert cap not in kept and "AP" not in kept and set(_BODY) <= kept


def test_gallery_parted_by_a_caption_with_a_full_stop_is_one():
    cards = []
    for k in range(6):
        cards += [f"Ferry number {k} leaves the north pier at dawn", "Reuters" if k % 2 else "AFP via Getty Images"]
    stop = ["A deckhand ties up the last boat of the night.", "AP"]
    more = []
    for k in range(6):
        more += [f"Passengers wait for boat {k} at the south pier", "Getty Images"]
    lns, hits = _hits(_BODY[:2] + cards + stop + more + _BODY[2:])
    got = credit_gallery_lines(lns, hits)
    assert {k for k, ln in enumerate(lns) if ln.text == stop[0]} <= got
    assert not {k for k, ln in enumerate(lns) if ln.text in _BODY} & got


def test_paragraph_between_two_photo_runs_is_not_joined():
    cards = []
    for k in range(6):
        cards += [f"Ferry number {k} leaves the north pier at dawn", "AFP via Getty Images"]
    para = [_BODY[2], _BODY[3]]  # two paragraphs of the story between two galleries
    lns, hits = _hits(_BODY[:2] + cards + para + cards + _BODY[4:])
    got = credit_gallery_lines(lns, hits)
    assert not {k for k, ln in enumerate(lns) if ln.text in _BODY} & got


def test_embedded_post_above_a_credit_is_not_a_caption():
    post = "The pier is our livelihood pic.example/ghi — Harbour Crews (@harbourcrews) May 3, 2024"
    lns, hits = _hits([_BODY[0], post, "AFP via Getty Images", _BODY[1]])
    assert captions_above_credits(lns, hits) == []


# --- author and reviewer boxes above the story --------------------------------------------------------------------

_BOX = ["By", "Ann Smith", "Full Bio", "Ann Smith is a personal finance writer who has covered savings, loans and "
        "pensions for over a decade.", "Learn about our editorial standards", "Reviewed by", "Tom Green",
        "Reviewed by Tom Green", "Tom is a ferry engineer with twenty years of experience on coastal routes."]


def test_author_and_reviewer_boxes_above_the_story_are_removed():
    kept = _kept(_HEAD[:1] + _BOX + _BODY)
    assert not {_BOX[1], _BOX[3], _BOX[4], _BOX[6], _BOX[8]} & kept
    assert set(_BODY) <= kept


def test_author_box_rule_is_recorded():
    assert _rule_of(_HEAD[:1] + _BOX + _BODY, _BOX[3]) == "author_box"


def test_story_that_opens_with_a_person_under_a_caption_stays():
    lines = _HEAD[:1] + ["Ann Smith", "Ann Smith is a ferry captain who has sailed the island route for thirty "
                         "years and knows every rock on it."] + _BODY
    assert lines[2] in _kept(lines)


def test_profiles_after_the_story_began_stay():
    prof = ["By", "Ann Smith", "Tom Green", "Tom Green is a deckhand who joined the crew last spring and hopes to "
            "sail the new early boat."]
    lines = _HEAD + prof[:2] + _BODY[:2] + prof[2:] + _BODY[2:]
    assert prof[3] in _kept(lines)


# --- paragraphs above the headline in a sidebar's voice ------------------------------------------------------------

_MENU = ["Home", "News", "Sport", "Weather", "Contact", "About", "Archive", "Search"]


@pytest.mark.parametrize("side", [
    "Jane Roe is a professor of marine biology at a coastal university and writes about plankton and tides.",
    "I keep this blog free of advertising, so if you enjoy the posts please consider a small donation.",
    "Need to reset your password or update the email address on your account? Use the form below.",
    "Find me on social media as @janeroe with a few thousand followers and on the code sites as janeroe.",
])
def test_sidebar_paragraph_above_the_headline_is_removed(side):
    kept = _kept([side] + _MENU + _HEAD + _BODY)
    assert side not in kept and set(_BODY) <= kept


@pytest.mark.parametrize("above", [
    # on the story: a lead that a gallery cut off from the block
    "Our harbour board approved a new ferry timetable for the island councils and their commuters on Tuesday.",
    # off the story but no sidebar voice: an instruction of a reference page
    "Enabling this option lets you change the height and zoom of the camera that follows the ball in matches.",
])
def test_paragraph_above_the_headline_stays(above):
    assert above in _kept([above] + _MENU + _HEAD + _BODY)


@pytest.mark.parametrize("line", ["[Policy Centre, 11/8/12]", "-Jane Roe, March 7, 2024"])
def test_citations_and_signatures_under_the_first_paragraph_stay(line):
    assert line in _kept(_HEAD + [_BODY[0], line] + _BODY[1:])


def test_date_between_two_paragraphs_stays():
    assert "March 3, 2024" in _kept(_HEAD + [_BODY[0], "March 3, 2024"] + _BODY[1:])


def test_agency_name_with_a_colon_is_a_lead_in():
    assert not is_bare_credit("Reuters:", 1)


# --- another article printed inside the body ----------------------------------------------------------------------

_OTHER = ["Orchestra opens winter season with a new symphony",
          "By Tom Green for Example News",
          "The city orchestra opened its winter season with the premiere of a symphony written by a young composer.",
          "Critics praised the brass section, and the conductor thanked the audience for filling every seat.",
          "Tickets for the remaining concerts are almost sold out, according to the orchestra's manager."]


def test_other_article_inside_the_body_is_removed():
    kept = _kept(_HEAD + _BODY[:3] + _OTHER + _BODY[3:])
    assert not set(_OTHER) & kept
    assert set(_BODY) <= kept


def test_section_on_the_story_by_another_author_stays():
    section = ["What the islanders say", "By Tom Green for Example News",
               "Island councillors said the earlier ferry timetable would help commuters reach the mainland.",
               "Traders on the harbour asked the board again for a later last crossing and cheaper fares.",
               "The board said the passenger counts for every route would decide the timetable after one year."]
    kept = _kept(_HEAD + _BODY[:3] + section + _BODY[3:])
    assert set(section[2:]) <= kept


def test_roundup_of_pieces_each_under_a_byline_stays():
    second = [_OTHER[0], "By Tom Green", *_OTHER[2:]]
    third = ["Library extends its opening hours for students", "By Ann Smith",
             "The central library will stay open until midnight during the examination weeks this winter.",
             "Students asked for the change in a petition signed by more than two thousand of them last spring."]
    kept = _kept(_HEAD + _BODY[:3] + second + third)
    assert set(second[2:] + third[2:]) <= kept


# --- a newsletter sign-up box's blurb -----------------------------------------------------------------------------

@pytest.mark.parametrize("blurb", [
    "Essential reading, delivered weekly", "You may occasionally receive promotional content from the publisher.",
    "The latest news and insights from our reporters in the capital.",
])
def test_newsletter_blurb_next_to_the_sign_up_line_is_removed(blurb):
    lines = _HEAD + _BODY[:3] + ["Sign up for our newsletter", blurb, "Email"] + _BODY[3:]
    kept = _kept(lines)
    assert blurb not in kept and set(_BODY) <= kept


def test_story_sentence_next_to_a_sign_up_line_stays():
    line = "The harbour board will meet daily until the ferry timetable is agreed."
    lines = _HEAD + _BODY[:3] + ["Sign up for our newsletter", line, "Email"] + _BODY[3:]
    assert line in _kept(lines)


def test_newsletter_words_far_from_a_sign_up_line_stay():
    blurb = "Essential reading, delivered weekly"
    assert blurb in _kept(_HEAD + _BODY[:3] + [blurb] + _BODY[3:])


# --- captions ending with a credit, promos in brackets -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A ferry leaves the north pier at dawn (jdoe77/iStock)", "The old pier in 1920. Courtesy of the Harbour Museum",
    "A painting of the harbour, (1761). Courtesy Louvre", "Photo Source: Jane Roe from Pexels.",
    "Passengers wait for the first boat of the day on the north pier (Jane Roe / Reuters)",
])
def test_captions_ending_with_a_credit(text):
    assert furniture_anywhere(split_lines(text)[0], None)[0] == "caption"


@pytest.mark.parametrize("text", [
    "Schools close on Tuesday, courtesy of Storm Ann.", "The photos were provided courtesy of Jane Roe.",
    "The vote split the council (left/right)", "The board met on Tuesday (see the minutes/agenda)",
])
def test_sentences_with_courtesy_or_parentheses_stay(text):
    assert furniture_anywhere(split_lines(text)[0], None) is None


@pytest.mark.parametrize("text", ["[Our Latest Forecast: Who Will Win The Harbour Cup?]",
                                  "[Read: Ferry Fares Rise Again This Spring]"])
def test_bracketed_promos(text):
    assert furniture_anywhere(split_lines(text)[0], None)[0] == "promo"


@pytest.mark.parametrize("text", ["[city.name for city in cities]", "[Votes: Roe 17; Doe 11 (29 needed)]",
                                  "[Agency, 11/8/12]", "[Editor's note: this story was updated with a reply.]"])
def test_brackets_that_are_no_promo(text):
    assert furniture_anywhere(split_lines(text)[0], None) is None


# --- a box asking for donations ----------------------------------------------------------------------------------

_APPEAL = ["We rely on your support to keep island news free for everyone",
           "Make your contribution now and help us report in 2025. Donate today"]


def test_donation_box_above_the_story_is_removed():
    kept = _kept(_MENU + _HEAD[:1] + _APPEAL + _BODY)
    assert not set(_APPEAL) & kept and set(_BODY) <= kept


def test_story_about_a_fundraiser_stays():
    story = ["The harbour appeal raised two million in donations from islanders and visitors this year.",
             "Contributions from small donors made up half of the total, the appeal's treasurer said."]
    kept = _kept(_HEAD + _BODY[:2] + story + _BODY[2:])
    assert set(story) <= kept


def test_single_appeal_line_is_left_to_other_rules():
    kept = _kept(_HEAD + _BODY[:2] + [_APPEAL[0]] + _BODY[2:])
    assert _APPEAL[0] in kept


# --- a box of links, each under a label in capitals --------------------------------------------------------------

_LINKS = ["A SIMPLE GUIDE: How do the new fares work?", "TIMETABLE: Every crossing this winter",
          "VIDEO: The first boat leaves at dawn", "YOUR STORIES: Life on the islands"]


def test_box_of_labelled_links_is_removed():
    kept = _kept(_HEAD + _BODY[:3] + _LINKS + _BODY[3:])
    assert not set(_LINKS) & kept and set(_BODY) <= kept


def test_transcript_turns_stay():
    turns = ["HOST: Welcome back to the harbour hour", "ROE: Thanks for having me", "HOST: So what changes?",
             "ROE: The first boat leaves an hour earlier"]
    assert set(turns) <= _kept(_HEAD + _BODY[:3] + turns + _BODY[3:])


def test_list_of_records_stays():
    records = ["DATE: March 2024", "ROUTE: North pier to the islands", "DELAY: Two hours",
               _BODY[3], "DATE: April 2024", "ROUTE: South pier to the mainland", "DELAY: One hour"]
    assert set(records) <= _kept(_HEAD + _BODY[:3] + records + _BODY[4:])
