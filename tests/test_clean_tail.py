"""The page's tail after the story (issue 11o-b): short lines between furniture, teasers over "Read more",
author-link and rating widgets, "Recent Posts", and reader comments inside an end-of-page block.

All lines here were written for these tests. Each rule has positive examples (furniture that must go) and negative
ones (the story's own lines in the same places, which must stay).
"""
import pytest

from helpers.corpus.clean import clean_article
from helpers.corpus.clean_lines import split_lines
from helpers.corpus.clean_rules import furniture_anywhere, is_marker
from helpers.corpus.clean_tail import read_on_teaser, tail_lines

_STORY = [
    "Harbour Council Approves New Ferry Timetable",
    "The harbour council approved a new ferry timetable on Tuesday after months of complaints from commuters "
    "about late boats and missed connections at the pier.",
    "Councillors said the ferry timetable adds two early crossings and moves the last boat from ten to eleven at "
    "night, which commuters had asked for since the winter.",
    "Commuters who spoke at the meeting welcomed the ferry timetable but asked the harbour council for better "
    "shelters at the pier and for live departure boards.",
    "The harbour master said the crews were ready and that the extra crossings would not need another boat.",
]


def _kept(raw):
    return [ln.text for ln in clean_article(raw).lines if ln.label != "furniture"]


def _rules(raw):
    return {ln.text: ln.rule for ln in clean_article(raw).lines if ln.label == "furniture"}


# --- short lines between furniture at the end of the page ---------------------------------------------------------

def test_a_newsletter_box_description_between_furniture_goes():
    raw = "\n\n".join(_STORY + [
        "Share on Facebook",
        "Sign up for our newsletter",
        "Morning briefings about the region's towns, shops and weather, every weekday.",
        "Email",
        "Privacy Policy",
    ])
    assert _rules(raw).get("Morning briefings about the region's towns, shops and weather, every weekday.") \
        == "tail_line"
    assert _kept(raw)[-1] == _STORY[-1]


def test_an_author_bio_line_and_link_titles_between_footer_lines_go():
    raw = "\n\n".join(_STORY + [
        "Post navigation",
        "Bakers Win Prize For Rye Loaf",
        "Post navigation",
        "Follow us",
        "Jane Roe writes for us from the coast and keeps bees in her garden.",
        "Email",
    ])
    rules = _rules(raw)
    assert rules.get("Bakers Win Prize For Rye Loaf") == "tail_line"
    assert "Jane Roe writes for us from the coast and keeps bees in her garden." in rules
    assert _kept(raw)[-1] == _STORY[-1]


def test_the_story_closing_sentence_between_widgets_stays():
    closing = "The ferry timetable starts on the first Monday of June, the harbour council said."
    raw = "\n\n".join(_STORY + ["Share on Facebook", closing, "Related Posts", "Bakers Win Prize For Rye Loaf"])
    assert closing in _kept(raw)


def test_a_short_paragraph_between_ad_slots_stays():
    last = "Nobody at the meeting voted against it."
    raw = "\n\n".join(_STORY + ["Advertisement", last, "Advertisement", "Email"])
    assert last in _kept(raw)


def test_a_brief_under_its_headline_is_not_taken_for_a_tail():
    raw = "\n".join([
        "WORLD", "Published on", "March 3, 2024", "Border Crossing Reopens After Talks", "By Jane Doe",
        "The crossing reopened on Monday after two weeks.", "Traders welcomed the decision.",
        "Related Posts", "Another headline here",
    ])
    assert _kept(raw)[-2:] == ["The crossing reopened on Monday after two weeks.", "Traders welcomed the decision."]


def _labelled(rows):
    lines = split_lines("\n".join(text for text, _ in rows), rejoin=False)
    for ln, (_, label) in zip(lines, rows):
        ln.label = label
    return lines


def test_tail_lines_walks_up_from_the_end_and_stops_at_the_article():
    lines = _labelled([(t, "body") for t in _STORY] + [
        ("Sign up for our newsletter", "furniture"),
        ("Morning briefings about the region's towns, every weekday.", "body"),
        ("Email", "furniture"),
        ("Latest gossip from the marina.", "body"),
        ("Contact", "furniture"),
    ])
    assert tail_lines(lines) == [6, 8]


def test_tail_lines_leaves_a_paragraph_where_the_story_resumed():
    lines = _labelled([(t, "body") for t in _STORY] + [
        ("Related", "furniture"),
        ("Gulls return to the old lighthouse after the spring storms were over.", "body"),
        ("Email", "furniture"),
    ])
    assert tail_lines(lines) == [6]
    assert tail_lines(lines, protected={6}) == []


def test_tail_lines_leaves_a_run_of_four_lines():
    lines = _labelled([(t, "body") for t in _STORY] + [("Contact", "furniture")] + [
        (f"Line {w} of the closing list", "body") for w in ("one", "two", "three", "four")] + [("Email", "furniture")])
    assert tail_lines(lines) == []


# --- teasers over a "Read more" link -------------------------------------------------------------------------------

_TEASER = ("The harbour council has approved ferry timetables before, and every time the commuters at the pier "
           "asked for earlier boats, later boats and better shelters; this post looks back at ten years of "
           "timetable meetings, the crossings they added and the boats the harbour bought for them.")
_TEASER2 = ("Commuters at the pier have waited for a ferry timetable that fits the early shifts at the harbour for "
            "years, and the council has heard them at every meeting; here is how the crossings grew from four a day "
            "to eleven and what the harbour master says about the next ferry timetable after this one.")


def test_teaser_excerpts_with_read_more_links_do_not_resume_the_story():
    raw = "\n\n".join(_STORY + ["Keep reading", "Ten Years Of Timetables", _TEASER, "Read More",
                                "Waiting For The Early Boat", _TEASER2, "Read More"])
    kept = _kept(raw)
    assert _TEASER not in kept and _TEASER2 not in kept
    assert kept[-1] == _STORY[-1]


def test_the_story_resumes_after_a_box_without_read_more_links():
    raw = "\n\n".join(_STORY[:3] + ["Related", "Bakers Win Prize For Rye Loaf", _TEASER, _TEASER2] + _STORY[3:])
    kept = _kept(raw)
    assert _TEASER in kept and _TEASER2 in kept and _STORY[-1] in kept


@pytest.mark.parametrize("after,expected", [
    ("Read More", True), ("Continue reading »", True), ("Read the full story", True), ("read more…", True),
    ("Read more about the ferry in our guide to the harbour.", False), ("Bakers Win Prize For Rye Loaf", False),
])
def test_read_on_teaser(after, expected):
    lines = split_lines("\n\n".join([_TEASER, after]))
    assert read_on_teaser(lines, 0) is expected


# --- line rules: author links, ratings, "Recent Posts" ---------------------------------------------------------------

@pytest.mark.parametrize("text,named", [
    ("find more by Jane Roe", True), ("More by Jane Roe", True), ("See more stories by John Doe", True),
    ("Latest posts by Jane Roe (see all)", True), ("Recent articles by Jane Q. Roe", True),
    ("5 / 5 ( 5 votes )", True), ("4.5/5 (1,203 votes)", True),
    ("More by luck than design, the ferry arrived.", False), ("more by accident than design", False),
    ("Latest posts by the council", False), ("The vote was 5 / 5 (5 votes for, none against) in the end.", False),
    ("Ratings rose to 4 / 5 after the storm.", False),
])
def test_author_links_and_ratings_are_named_and_prose_like_them_stays(text, named):
    hit = furniture_anywhere(split_lines(text)[0], None)
    assert (hit is not None and hit[0] == "navigation") if named else hit is None


def test_recent_posts_is_an_end_marker():
    assert is_marker(split_lines("Recent Posts")[0])
    assert is_marker(split_lines("Recent Comments")[0])
    assert not is_marker(split_lines("Recent posts on the forum said the ferry was late again.")[0])


# --- reader comments inside an end-of-page block -----------------------------------------------------------------

def test_reader_comments_after_a_marker_do_not_resume_the_story():
    comment1 = ("The ferry timetable is a good start, but the harbour council should have asked the commuters at "
                "the pier before the meeting and not after it, as the crossings at night are still late.")
    comment2 = ("I take the early ferry every day and the new timetable will help, though the shelters at the pier "
                "are the real problem for commuters in the winter, as the harbour council knows from the letters.")
    raw = "\n\n".join(_STORY + ["Related Posts", "Bakers Win Prize For Rye Loaf", "Gulls Return To The Lighthouse",
                                "2 thoughts on “Harbour Council Approves New Ferry Timetable”", "Jane Roe says:",
                                comment1, comment2, "Reply", "John Doe says:", "Well said.", "Reply"])
    kept = _kept(raw)
    assert comment1 not in kept and comment2 not in kept
    assert kept[-1] == _STORY[-1]


# --- notes on the site's disclaimer and tag lists ----------------------------------------------------------------

@pytest.mark.parametrize("text,rule", [
    ("NOTE: The advertising disclaimer below does not apply to this article or to any story of our newsroom.",
     "boilerplate"),
    ("/Editor's note: The disclaimer below refers to sponsored posts and does not apply to our reporting.",
     "boilerplate"),
    ("The affiliate disclosure above applies to product pages only.", "boilerplate"),
    ("The company filed the disclosure below the legal threshold, the regulator said.", None),
    ("The disclaimer below the price was too small to read, inspectors said.", None),
    ("Filed Under: Arts, Visual Art, Harbour Museum, Jane Roe, Ferry Timetables", "navigation"),
    ("Tags ferries, harbour, timetable, commuters", "navigation"),
    ("Topics: Transport | Local Government | Weather", "navigation"),
    ("Topics discussed include taxes, trade, jobs and the ferry timetable.", None),
    ("Categories showing declines included machinery, furniture and chemicals.", None),
    ("Tags on the crates showed the ferry, the date and the port of loading", None),
    ("Tags on the crates showed the ferry, the date, the port and the owner", None),
])
def test_disclaimer_notes_and_tag_lists(text, rule):
    hit = furniture_anywhere(split_lines(text)[0], None)
    assert (None if hit is None else hit[0]) == rule


# --- reader comments found by their signatures (date, time, reply button) ------------------------------------------

_COMMENTS = [
    "4 Comments",
    "Jane Roe March 26, 2024 at 1:09 pm Reply",
    "The harbour council should have asked the commuters at the pier before the meeting, the ferry is late every day.",
    "Tom Moss",
    "March 27, 2024 at 9:40 am",
    "I take the early ferry and the new timetable will help the commuters at the pier a lot this winter, I think.",
    "Reply",
]


def test_reader_comments_with_signatures_go_even_without_a_heading():
    raw = "\n\n".join(_STORY + _COMMENTS + ["Privacy Policy"])
    res = clean_article(raw)
    kept = [ln.text for ln in res.lines if ln.label != "furniture"]
    assert kept[-1] == _STORY[-1]
    assert {ln.rule for ln in res.lines if ln.text in _COMMENTS} <= {"comments", "trailer"}


def test_a_live_blog_with_timestamps_but_no_reply_buttons_stays():
    entries = ["March 26, 2024 at 1:09 pm",
               "The harbour council has opened the meeting on the ferry timetable, with forty commuters in the hall.",
               "March 26, 2024 at 1:25 pm",
               "Councillors are now debating the two early crossings that the new ferry timetable would add."]
    raw = "\n\n".join(_STORY + entries)
    kept = _kept(raw)
    assert entries[1] in kept and entries[3] in kept


@pytest.mark.parametrize("rows,expected", [
    (["Jane Roe March 26, 2024 at 1:09 pm Reply", "Fine.", "Tom Moss 27 Mar 2024 / 09:40 Antworten"], 0),
    (["Jane Roe", "16. March, 2023 at 16:59", "Lovely.", "Reply", "Tom", "17. March, 2023 at 08:04", "Reply"], 0),
    (["Jane Roe March 26, 2024 at 1:09 pm Reply", "Fine."], None),  # one signature is not a thread
    (["March 26, 2024 at 1:09 pm", "Fine.", "March 26, 2024 at 2:09 pm", "Fine."], None),  # no reply button
])
def test_comments_start(rows, expected):
    from helpers.corpus.clean_tail import comments_start

    lines = split_lines("\n\n".join(_STORY + rows), rejoin=False)
    start = len(_STORY)
    got = comments_start(lines, 1, lambda k: sum(ln.n_words for ln in lines[k:]))
    assert got == (None if expected is None else start + expected)


# --- a list of other stories' titles, each with its date, at the page's end (issue 12bd-f) ----------------------

_LONGER = _STORY + [
    "The council will review the ferry timetable after six months, when it expects a report from the harbour "
    "master on how many commuters use the early crossings and whether the late boat pays for its crew.",
    "A petition signed by more than four hundred commuters last spring had asked the council for the later boat, "
    "and its organisers said on Tuesday that they would keep a close watch on how the new crossings ran.",
]


def test_a_list_of_dated_titles_after_the_story_goes():
    titles = ["- Bakery Owners Plan Second Shop On The Quay - October 10, 2020",
              "- Lighthouse Museum Reopens After Storm Repairs - October 10, 2020",
              "- School Board Names New Head For Hill Academy – Oct. 9, 2020"]
    raw = "\n\n".join(_LONGER + titles)
    assert not set(titles) & set(_kept(raw))  # plain text: they are after the body block
    # an HTML page's extracted text (the extractor found the body: no body block) kept them
    lines = clean_article(raw, find_body=False).lines
    kept = [ln.text for ln in lines if ln.label != "furniture"]
    assert not set(titles) & set(kept)
    assert all(s in kept for s in _LONGER[1:])
    assert {ln.rule for ln in lines if ln.text in titles} == {"dated_titles"}


def test_dated_lines_that_are_the_story_stay():
    # one dated title is not a list; a story's own dated lines end like sentences or sit above more story
    def kept(parts):
        return [ln.text for ln in clean_article("\n\n".join(parts), find_body=False).lines if ln.label != "furniture"]

    one = "- Bakery Owners Plan Second Shop On The Quay - October 10, 2020"
    assert one in kept(_LONGER + [one])
    timeline = ["The council first discussed the timetable at a meeting - October 10, 2020.",
                "The ferry operator replied in a letter dated October 12, 2020."]
    assert all(t in kept(_LONGER + timeline) for t in timeline)
    middle = ["- Harbour council vote - October 10, 2020", "- Ferry operator reply - October 12, 2020"]
    assert all(t in kept(_LONGER[:3] + middle + _LONGER[3:]) for t in middle)
    # a brief whose list is as long as the story above it is left to the reader
    assert all(t in kept(_STORY[:2] + middle) for t in middle)


def test_a_timeline_at_the_storys_end_stays():
    # a story's own chronology (dates rising down the page) is no list of other stories, which runs newest first
    timeline = ["- Storm floods the pier and sinks two boats - November 8, 2019",
                "- Council asks the ferry operator for a later boat - January 14, 2020",
                "- Commuters hand in their petition - 2 April 2020",
                "- Council approves the new timetable - Oct. 10, 2020"]
    lines = clean_article("\n\n".join(_LONGER + timeline), find_body=False).lines
    assert all(t in [ln.text for ln in lines if ln.label != "furniture"] for t in timeline)
