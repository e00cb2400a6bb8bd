"""Share buttons, author-box labels, reply buttons, newsletter and cookie notes, "Keep reading" (issue 11n).

All lines here were written for these tests. Each rule has positive examples (a widget line that a line rule must
name) and negative ones (prose or a heading that looks alike and must stay unnamed).
"""
import pytest

from helpers.corpus.clean import clean_article
from helpers.corpus.clean_lines import split_lines
from helpers.corpus.clean_rules import furniture_anywhere, is_marker


def _rule(text):
    hit = furniture_anywhere(split_lines(text)[0], None)
    return None if hit is None else hit[0]


@pytest.mark.parametrize("text", [
    "Share on", "Share on Facebook", "Social Share", "Copy this link", "Twitter Share on Twitter",
    "LinkedIn Share on LinkedIn", "Reply", "Published by", "Written by", "Fact checked by", "Verified by",
    "Full Bio",
])
def test_widget_lines_are_named(text):
    assert _rule(text) is not None


@pytest.mark.parametrize("text", [
    "Share on the market rose by a fifth.", "Social shares of the clip passed a million on Monday.",
    "Reply to the council", "Published by the ministry on Friday, the report lists 42 schools.",
    "Written by hand, the letter was found in the archive.", "Full bio-diversity surveys resume in May.",
    "Copy this link into the form, the clerk told us.",
])
def test_prose_that_looks_like_a_widget_stays(text):
    assert _rule(text) is None


@pytest.mark.parametrize("text", [
    "Join the hundreds of readers who get new stories and links delivered to their inboxes every week.",
    "A retired harbour pilot who writes about ships. View all posts by Jane Roe",
    "We use analytics to learn how we can improve the site. By continuing to browse the site you're agreeing "
    "to our use of cookies.",
])
def test_site_notes_are_boilerplate(text):
    assert _rule(text) == "boilerplate"


@pytest.mark.parametrize("text", [
    "The court heard that the letters were delivered to their homes every week by a courier.",
    "Inspectors were asked to view all posts on the harbour wall before the storm.",
    "By continuing to use the old ferry, the council saves money, the report says.",
    "Regulators said the firm kept selling data from tracking cookies after users had opted out.",
])
def test_prose_about_inboxes_posts_and_cookies_stays(text):
    assert _rule(text) is None


def test_keep_reading_is_an_end_marker():
    assert is_marker(split_lines("Keep Reading \U0001F680")[0])
    assert is_marker(split_lines("Keep reading")[0])
    assert not is_marker(split_lines("Keep reading the small print, the minister said.")[0])


PARAS = ["The harbour board agreed on Tuesday to rebuild the north pier, which was damaged in the winter storms and "
         "has been closed to fishing boats since January.",
         "The work will cost about four million pounds and should take eighteen months, the board's engineer told "
         "the meeting, and the pier will stay closed until it is finished.",
         "Fishing crews have been landing their catch at the south quay, where space is short and boats wait for "
         "hours to unload, the fishermen's association said.",
         "The board will ask the government to pay half of the cost, and the rest will come from harbour dues over "
         "the next ten years, its chairman said."]


def test_reply_buttons_go_and_the_story_stays():
    page = ["Pier to be rebuilt after storms", *PARAS, "Reply", "Share on", "Twitter Share on Twitter"]
    res = clean_article("\n\n".join(page))
    kept = [ln.text for ln in res.lines if ln.label != "furniture"]
    assert kept[1:] == PARAS
    assert {"Reply", "Share on", "Twitter Share on Twitter"} <= {r["text"] for r in res.removed}


CAPTIONS = ["Fishing boats wait at the south quay for a berth to unload",
            "A crane lifts a broken section of the north pier onto a barge",
            "Volunteers clear seaweed from the slipway after the storm",
            "The harbour master inspects the damaged pier wall at low tide",
            "Crews land their catch at dawn on the crowded south quay",
            "The lifeboat returns to the harbour past the closed pier"]
CREDITS = ["AFP via Getty Images", "Reuters", "Getty Images", "AFP via Getty Images", "AP", "AFP via Getty Images"]


def _removed_rules(page):
    return {r["text"]: r["rule"] for r in clean_article("\n\n".join(page)).removed}


def test_a_gallery_of_credited_captions_inside_the_body_goes():
    gallery = []
    for cap, cred in zip(CAPTIONS, CREDITS):
        gallery += [cap, cred, "Photo: Getty Images"] if cred in ("Reuters", "AP") else [cap, cred]
    page = ["Pier to be rebuilt after storms", *PARAS[:2], "Storm damage on the coast", *gallery, *PARAS[2:]]
    res = clean_article("\n\n".join(page))
    kept = [ln.text for ln in res.lines if ln.label != "furniture"]
    assert all(p in kept for p in PARAS)
    assert not any(c in kept for c in CAPTIONS)
    assert "Reuters" not in kept and "AP" not in kept


def test_photos_between_paragraphs_are_not_a_gallery():
    # each photo stands between two paragraphs of the story, which end with a full stop and part the run
    page = ["Pier to be rebuilt after storms"]
    story = PARAS + [p.replace("harbour", "port") for p in PARAS]
    for para, cap in zip(story, CAPTIONS):
        page += [para, cap, "Getty Images"]
    kept = [ln.text for ln in clean_article("\n\n".join(page)).lines if ln.label != "furniture"]
    assert all(p in kept for p in story[:6])
    assert "gallery" not in _removed_rules(page).values()


def test_four_credited_photos_are_not_a_gallery():
    page = ["Pier to be rebuilt after storms", *PARAS[:2]]
    for cap in CAPTIONS[:4]:
        page += [cap, "AFP via Getty Images"]
    page += PARAS[2:]
    assert "gallery" not in _removed_rules(page).values()


def test_uncaptioned_photos_around_embedded_posts_are_not_a_gallery():
    posts = ["My favourite banner from the harbour march today pic.example/abc — Jane Roe (@janeroe) May 3, 2024",
             "Fishing crews lead the march to the pier pic.example/def — John Doe (@johndoe) May 3, 2024",
             "The pier is our livelihood pic.example/ghi — Harbour Crews (@harbourcrews) May 3, 2024"]
    page = ["Pier to be rebuilt after storms", *PARAS[:2], "Getty Images", "AFP via Getty Images", "Getty Images",
            "Getty Images", "Getty Images", *posts, "AFP via Getty Images", *PARAS[2:]]
    kept = [ln.text for ln in clean_article("\n\n".join(page)).lines if ln.label != "furniture"]
    assert all(p in kept for p in posts)


COMMENTS = ["3 thoughts on “Pier to be rebuilt after storms”", "harbourwatcher says:", "May 3, 2024 at 9:12 am",
            "The harbour board agreed to rebuild the north pier, which was damaged in the winter storms, but the "
            "work will cost about four million pounds and take eighteen months, and the pier will stay closed to "
            "fishing boats until it is finished, the engineer told the meeting.", "Reply",
            "Jane Roe says:", "May 3, 2024 at 11:40 am",
            "Fishing crews have been landing their catch at the south quay, where space is short and boats wait "
            "for hours to unload; the board should ask the government to pay half of the cost of the pier and take "
            "the rest from harbour dues, as its chairman said.", "Reply"]


def test_reader_comments_after_a_heading_with_signatures_go():
    # the comments repeat the story's words, so before issue 11n the body resumed at them
    page = ["Pier to be rebuilt after storms", *PARAS, *COMMENTS]
    kept = [ln.text for ln in clean_article("\n\n".join(page)).lines if ln.label != "furniture"]
    assert kept[1:] == PARAS


def test_a_responses_subheading_without_signatures_does_not_end_the_story():
    more = ["The board received 300 responses to its consultation on the pier, most of them from fishing crews "
            "who asked for the work to start before the summer season.",
            "The engineer said the first stage of the work, a new wall on the seaward side of the pier, would start "
            "in April, and the fishing crews would be told of each stage of the work."]
    page = ["Pier to be rebuilt after storms", *PARAS, "300 responses to the pier consultation", *more]
    kept = [ln.text for ln in clean_article("\n\n".join(page)).lines if ln.label != "furniture"]
    assert all(p in kept for p in PARAS + more)


@pytest.mark.parametrize("lines, expected", [
    (["5 thoughts on “A headline”", "jdoe says:"], True),
    (["12 Responses to A headline", "May 3, 2024 at 9:12 am", "Great piece.", "Reply"], True),
    (["5 thoughts on “A headline”", "The minister told the committee on Monday that she says: no."], False),
    (["300 responses to the pier consultation", "The board read them all."], False),
])
def test_opens_comment_thread(lines, expected):
    from helpers.corpus.clean_rules import opens_comment_thread
    assert opens_comment_thread(split_lines("\n\n".join(lines)), 0) is expected
