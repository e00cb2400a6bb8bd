"""Short articles, a box of bare titles inside the story, the page's copyright footer, copies, disclaimers (11m).

All lines here were written for these tests. Each rule has a positive example (what it must keep or remove) and a
negative one (a page that looks alike and must be treated as before).
"""
import pytest

from helpers.corpus.body_block import ranges_before_footer
from helpers.corpus.clean import clean_article
from helpers.corpus.clean_cards import duplicate_lines
from helpers.corpus.clean_lines import split_lines
from helpers.corpus.clean_rules import furniture_anywhere, is_marker
from helpers.corpus.clean_zones import after_title_box, short_article

MENU = ["Home", "Regions", "Weather", "Sport", "Business", "Opinion", "Contact us", "Log in", "Events", "Jobs",
        "Archive", "Newsletters"]
FOOTER = ["About us", "Careers", "Privacy policy", "Terms of use", "Cookie settings", "Sitemap", "Advertise",
          "Help", "Contact", "Legal"]
HEAD = "Lighthouse keeper's cottage to become a museum"
LEDE = ("The county council has agreed to buy the old lighthouse keeper's cottage on the headland and turn it into "
        "a small museum of the coast, the council leader said on Friday.")
STORY = [HEAD,
         "By Jane Roe", "12 March 2024", "Share", "Facebook", "Twitter",
         LEDE,
         "The cottage has stood empty since the lighthouse was automated in 1989, and its roof was damaged in the "
         "storms of last winter, the council's surveyor said.",
         "Volunteers from the coastal society have offered to run the museum on weekends, and the council will pay "
         "for the repairs from its heritage fund over the next two years.",
         "The museum should open in the summer of next year, with a room on the keepers who lived in the cottage "
         "and a display of the lamps used in the lighthouse."]


def _kept(lines):
    res = clean_article("\n\n".join(lines))
    return [ln.text for ln in res.lines if ln.label != "furniture"]


def _removed(lines):
    return {r["text"]: r["rule"] for r in clean_article("\n\n".join(lines)).removed}


# --- a page whose only prose is one sentence under its headline is a short article ------------------------------

BRIEF = "The county council has agreed to buy the old lighthouse keeper's cottage and turn it into a museum, its leader said."


def test_a_one_sentence_article_among_menus_is_kept():
    page = MENU + [HEAD, "By Jane Roe", "12 March 2024", "Share", "Facebook", BRIEF, "Related Videos", "Topics",
                   "Museums", "Coast"] + FOOTER
    kept = _kept(page)
    assert BRIEF in kept and HEAD in kept  # 21 words of prose: fewer than a page needs to be an article
    assert "Careers" not in kept and "Weather" not in kept


def test_a_list_page_with_teasers_stays_not_an_article():
    cards = []
    for i, town in enumerate(["Harbour", "Valley", "Forest", "Ridge"]):
        cards += [f"{town} council buys the old station", "12 March 2024",
                  f"The {town.lower()} council has agreed to buy the old station building for the town."]
    page = MENU + cards + FOOTER
    assert _kept(page) == []
    assert "not_article" in set(_removed(page).values())


def test_a_sentence_without_its_headline_is_not_a_short_article():
    lines = split_lines("\n\n".join(MENU + ["Subscribe to read", LEDE] + FOOTER))
    values = [ln.n_words if ln.text == LEDE else -3.0 for ln in lines]
    k = next(i for i, ln in enumerate(lines) if ln.text == LEDE)
    assert not short_article(lines, [None] * len(lines), values, (k, k + 1))  # no title on the story above it
    head = split_lines("\n\n".join(MENU + [HEAD, LEDE] + FOOTER))
    k = next(i for i, ln in enumerate(head) if ln.text == LEDE)
    values = [ln.n_words if ln.text == LEDE else -3.0 for ln in head]
    assert short_article(head, [None] * len(head), values, (k, k + 1))


# --- a box of bare titles inside the story, then the story's last paragraph -------------------------------------

LAST = ("The council said the cottage's lamps and the keepers' logbooks, kept in the county archive since the "
        "lighthouse closed, will go on show in the museum.")


def test_the_story_goes_on_after_a_box_of_bare_titles():
    page = STORY + ["RELATED STORIES", "Storm damages harbour wall", "Ferry timetable extended into winter",
                    "Coastal path reopens after landslip", LAST, "Twitter", "Facebook", "Mail the editor"]
    kept = _kept(page)
    assert LAST in kept
    assert "Storm damages harbour wall" not in kept and "Mail the editor" not in kept


def test_teaser_cards_after_a_marker_stay_cut():
    teaser = ("The county council has bought the old lighthouse keeper's cottage for a museum, and volunteers "
              "from the coastal society will run it on weekends.")
    page = STORY + ["RELATED STORIES", "Storm damages harbour wall",
                    "Harbour wall repairs will take a year, the council said after the storm.",
                    "Museum plans for the old cottage", teaser]
    kept = _kept(page)
    assert teaser not in kept  # each card has its teaser: the last one is a teaser too


def test_a_card_list_with_some_bare_titles_stays_cut():
    teaser = ("The county council has agreed to turn the old lighthouse keeper's cottage into a museum of the coast, "
              "its leader said.")
    page = STORY + ["More from the Courier", "Coast News", "Museum plans for the old cottage", teaser,
                    "Coast News", "Harbour wall repairs begin", "Work on the harbour wall will start in May and take a year.",
                    "Twitter"]
    assert teaser not in _kept(page)  # a teaser of the cards follows: this is a list, not the story's last paragraph


def test_title_box_needs_two_titles_and_the_story():
    lines = split_lines("\n\n".join(STORY + ["RELATED STORIES", "Storm damages harbour wall",
                                             "Ferry timetable extended into winter", LAST]))
    at = next(i for i, ln in enumerate(lines) if ln.text == "RELATED STORIES")
    words = {"lighthouse", "cottage", "council", "museum", "keepers"}
    assert after_title_box(lines, [None] * len(lines), at, at + 3, words)
    assert not after_title_box(lines, [None] * len(lines), at + 1, at + 3, words)  # one title only
    assert not after_title_box(lines, [None] * len(lines), at, at + 3, {"ferry", "harbour"})  # off the story


# --- the page's copyright footer ends the page ------------------------------------------------------------------

OTHER = ["INTRODUCTION",
         "The county's cadet programme gives young people basic training in first aid, map reading and leadership "
         "over two summers, at the camp in the hills above the town.",
         "Rationale",
         "The programme was founded in 1962 to give the county's young people a start in the services, and the "
         "council has paid for its summer camp since the year it began.",
         "Location",
         "The camp stands in the hills above the town, on the site of an old farm that the council bought for the "
         "programme in the years after the war."]


def test_text_after_the_copyright_footer_is_not_the_article():
    footer = FOOTER + ["Copyright 2024 The County Courier. All Rights Reserved.", "Designed by a web agency"]
    page = MENU + STORY + footer + OTHER
    kept = _kept(page)
    assert LEDE in kept
    assert not any(x in kept for x in OTHER[1::2])


def test_a_rights_line_in_a_short_gap_parts_nothing():
    assert ranges_before_footer([(0, 5), (8, 12)], ["p"] * 5 + ["© 2024 Jane Roe. All rights reserved."] * 3
                                + ["p"] * 4) == [(0, 5), (8, 12)]
    texts = ["p"] * 5 + ["menu"] * 12 + ["All rights reserved."] + ["p"] * 4
    assert ranges_before_footer([(0, 5), (18, 22)], texts) == [(0, 5)]
    assert ranges_before_footer([(0, 5), (18, 22)], ["p"] * 22) == [(0, 5), (18, 22)]  # no footer: both stay


def test_an_article_about_rights_is_kept_whole():
    story = [HEAD, LEDE,
             "The museum will hold the keepers' letters, and the family of the last keeper said it had reserved all "
             "rights to the letters until the museum opens, the council said.",
             STORY[-1]]
    kept = _kept(MENU + story + FOOTER)
    assert all(x in kept for x in story[1:])


# --- copies among the kept lines ---------------------------------------------------------------------------------

def test_a_summary_that_the_body_repeats_is_removed():
    summary = STORY[6]  # the lede, printed above the byline as a summary
    caption = STORY[7] + " " + STORY[8] + " (screen grab)"  # a caption that is the next two paragraphs again
    page = MENU + [HEAD, summary, "By Jane Roe", "12 March 2024", caption] + STORY[6:] + FOOTER
    res = clean_article("\n\n".join(page))
    removed = [r for r in res.removed if r["rule"] == "duplicate_text"]
    assert [r["text"] for r in removed] == [summary, caption]
    assert res.text.count(STORY[7]) == 1 and res.text.count(STORY[6]) == 1


def test_the_same_answer_in_two_sections_far_apart_stays():
    answer = "Are dogs allowed on the replacement buses? Only assistance dogs, and they travel free of charge."
    section = ["Are bicycles allowed on the buses? Folding bicycles only, in a bag, at the driver's discretion.",
               "Is food allowed on the buses? Cold food and soft drinks only, and no alcohol on any route.",
               "Will there be a toilet on board? Coaches on longer routes have one; buses do not.",
               "Can I bring a pushchair? Yes, if it can be folded and stored in the luggage hold.",
               "Is luggage allowed? Two bags each, stored in the hold or on the rack above the seats.",
               "Are the buses accessible? Most are low-floor, and staff at the station can help with boarding.",
               "Do I need a ticket for the bus? Yes, a valid rail ticket for the journey is needed."]
    page = ["Replacement buses this weekend", "North line", answer] + section + ["South line", answer] + section[:3]
    res = clean_article("\n\n".join(page))
    assert res.text.count(answer) == 2  # the sections say the same thing: not a copy


def test_a_cut_off_title_is_a_copy_of_the_headline():
    page = MENU + ["Lighthouse keeper's cottage to become...", "Share"] + STORY + FOOTER
    removed = _removed(page)
    assert removed.get("Lighthouse keeper's cottage to become...") == "duplicate_text"


def test_repeated_short_lines_code_and_distinct_paragraphs_stay():
    text = "\n\n".join([HEAD, STORY[6], "Yes, it will.", STORY[7], "Yes, it will.", "x = read_table(path, sep = ',')",
                        STORY[8], "x = read_table(path, sep = ',')", STORY[9]])
    res = clean_article(text)
    assert duplicate_lines(res.lines) == []
    assert res.text.count("Yes, it will.") == 2 and res.text.count("read_table") == 2
    # a sentence that only starts like the headline is not a cut-off copy of it
    ends = "\n\n".join([HEAD, "Lighthouse keeper's cottage to become a cafe, not a museum, say residents...",
                         *STORY[6:]])
    assert "Lighthouse keeper's cottage to become a cafe" in clean_article(ends).text


# --- disclaimers of the site and promos in capitals --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Disclaimer (varies by section): Articles on this site may contain the opinions of their authors, which are not "
    "those of the site, its owners or its advertisers, and readers should check the facts for themselves before "
    "acting on anything they read here or in the comments below.",
    "Disclaimer: the views of our columnists are theirs.",
    "The County Courier is not responsible for the opinions, statements or media content presented by contributors.",
    "MORE: Council buys the old station for a museum",
    "For the latest stories and breaking news download the Courier apps for iOS and Android.",
])
def test_site_disclaimers_and_caps_promos_are_furniture(text):
    assert furniture_anywhere(split_lines(text)[0], None) is not None


@pytest.mark.parametrize("text", [
    "The council said the disclaimer on its forms had confused residents for years.",
    "The minister said the government is not responsible for the views of every official who speaks to the press.",
    "The landlord said he was not responsible for the content of the letters presented by the tenants' lawyer.",
    "More: that was the word the residents kept using at the meeting, the chair said.",
    "Residents can download the council's app to report potholes, and the latest figures show it is popular.",
])
def test_prose_about_disclaimers_and_more_is_kept(text):
    assert furniture_anywhere(split_lines(text)[0], None) is None


# --- a caption that places people in the picture; a bare "Tagged" heading ----------------------------------------

@pytest.mark.parametrize("text", [
    "Council leader Jane Roe (centre) serves lunch during the open day at the lighthouse keeper's cottage on the "
    "headland, as volunteers from the coastal society and the county archivist look on.",
    "Jane Roe (second left) and John Doe (far right) at the opening",
    "Volunteers (from left) Ann Lee, Bob Hart and Cy Moss paint the cottage's door.",
])
def test_captions_that_place_people_are_captions(text):
    assert furniture_anywhere(split_lines(text)[0], None)[0] == "caption"


@pytest.mark.parametrize("text", [
    "Senator Jane Roe (R) of Ohio said the bill would pass the House before the summer recess.",  # a party, not a place
    "\u201cI stood on the left (left of the door) and he stood right by me,\u201d said Jane Roe (right) at the hearing.",
    "The council turned left (towards the harbour) and then right, the driver said.",
    "The crowd at the opening (left) and at the closing (right) pic.twitter.com/AbCdEf12 \u2014 Jane Roe (@janeroe) "
    "March 12, 2024",  # an embedded tweet is the story's
])
def test_prose_with_brackets_is_not_a_caption(text):
    assert furniture_anywhere(split_lines(text)[0], None) is None


def test_a_bare_tagged_heading_opens_the_end_of_page_block():
    assert is_marker(split_lines("Tagged")[0]) and is_marker(split_lines("Tags")[0])
    assert not is_marker(split_lines("Tagged birds were released on the headland.")[0])
    page = STORY + ["Tagged", "lighthouses", "county council", "museums"] + FOOTER
    kept = _kept(page)
    assert "lighthouses" not in kept and STORY[-1] in kept
