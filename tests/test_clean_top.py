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
