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


# --- a story cut in two by a long graphic or widget ---------------------------------------------------------------

def test_a_second_long_run_that_shares_a_sixth_of_its_words_is_the_same_story():
    from helpers.corpus.body_block import body_ranges

    values = [40.0, 40.0, 40.0] + [-30.0] * 10 + [40.0, 40.0]
    main = {f"{c}story" for c in "abcdefghijklmnopqrst"}
    half = {f"{c}story" for c in "qrst"} | {f"{c}other" for c in "abcdefghijklmnop"}  # 4 of 20 shared

    def words_of(a, b):
        return main if a < 3 else half

    assert body_ranges(values, (0, 3), words_of) == [(0, 3), (13, 15)]


def test_a_second_long_run_that_shares_one_word_in_twenty_is_another_story():
    from helpers.corpus.body_block import body_ranges

    values = [40.0, 40.0, 40.0] + [-30.0] * 10 + [40.0, 40.0]
    main = {f"{c}story" for c in "abcdefghijklmnopqrst"}
    other = {"tstory"} | {f"{c}other" for c in "abcdefghijklmnopqrs"}

    assert body_ranges(values, (0, 3), lambda a, b: main if a < 3 else other) == [(0, 3)]


GRAPHIC = ["North Basin", "South Basin", "Projected Shortfall", "Pumping Station", "Canal Network", "Old Weir",
           "River Mouth", "Upper Lake", "Lower Lake", "Key", "Detail", "Source Map"]
AFTER = [
    "Reservoirs feeding the northern lakes are the worst hit, and the council said rationing would start there "
    "first, before the hotels open for the summer.",
    "Hotel owners on the northern lakes fear a quiet summer; bookings for July are already down by a fifth, "
    "tourism officials said.",
    "Tickets for the autumn concert series at the town hall go on sale next Monday at the box office and online.",
]


def test_a_paragraph_after_the_block_is_judged_on_the_story_kept_after_it_too():
    gap = GRAPHIC[:8]  # each paragraph after the block stands alone between long gaps: none is a second block
    raw = "\n\n".join(MENU + [HEADLINE] + STORY + GRAPHIC + AFTER[:1] + gap + AFTER[1:2] + gap + AFTER[2:])
    lab = _labels(clean_article(raw))
    assert lab[AFTER[0]] == "body"  # shares the block's words
    assert lab[AFTER[1]] == "body"  # 2 of its 11 longer words are in the block, 2 more in the paragraph kept above
    assert lab[AFTER[2]] == "furniture"  # another matter, off the story


# --- line rules that must not take prose ---------------------------------------------------------------------------

def test_a_big_picture_label_is_prose_and_a_picture_credit_a_caption():
    from helpers.corpus.clean import Line
    from helpers.corpus.clean_rules import furniture_anywhere

    prose = "The big picture: the council has rationed water in three of the last five summers."
    assert furniture_anywhere(Line(0, len(prose), prose), None) is None
    credit = "Picture: Jane Roe / Valley Press"
    assert furniture_anywhere(Line(0, len(credit), credit), None)[0] == "caption"


def test_a_long_closing_paragraph_that_says_sign_up_is_not_a_site_note():
    closing = ("For Mrs Okafor, who has kept bees on the allotments for thirty years, the decision came too late: she "
               "had already moved her hives to her sister's farm, where the spring still runs, and she says she will "
               "not sign up for next year's plots until the council puts the standpipes back and promises to leave "
               "them there through August.")
    note = "Sign up for our morning newsletter to get the day's top stories in your inbox."
    more = ["Allotment holders were told in a letter last week that the standpipes on the three largest sites would "
            "be capped from Monday, and that watering cans filled at home were the only option left.",
            "The allotment society asked for an exemption for fruit trees and beehives, arguing that both would "
            "take years to replace if they were lost in a single dry summer.",
            "A council spokesman said exemptions would be considered case by case, but warned that the reservoirs "
            "had to come first and that no site could expect special treatment."]
    lab = _labels(clean_article("\n\n".join([HEADLINE] + STORY + more + [closing, note])))
    assert lab[closing] == "body"
    assert lab[note] == "furniture"


# --- a related-stories box inside the article ------------------------------------------------------------------------

LONG_QUOTE = ("\u201cWe have asked every household to cut its use by a fifth, and most of them have done more than "
              "that, which is why the taps are still running in the old town at all,\u201d the council\u2019s water "
              "officer said on Wednesday, adding that the next month would decide whether standpipes were needed.")
BOX = ["Related Posts", "Bakery Wins National Bread Award", "The town's oldest bakery takes the prize for its rye..."]
TEASER = BOX[2]
CAPTIONS = ["The dam at low water", "A dry riverbed near the mill", "Volunteers fill bottles at the depot"]
RESUMED = [
    "Rationing began in June after the driest spring on record, and the council has since fined eleven "
    "households for watering lawns during the day.",
    "The reservoirs are now at a third of their capacity, engineers said, and a wet autumn would only bring them "
    "back to half by the new year.",
]


def test_a_long_paragraph_after_an_in_article_marker_stays_when_the_body_resumes_later():
    raw = "\n\n".join([HEADLINE] + STORY + BOX + [LONG_QUOTE] + CAPTIONS + RESUMED)
    lab = _labels(clean_article(raw))
    assert lab[LONG_QUOTE] == "body"  # longer than any teaser, and the story resumes after it
    assert lab[TEASER] == "furniture"  # a teaser of another story in the box
    assert all(lab[r] == "body" for r in RESUMED)


def test_a_long_paragraph_after_the_last_marker_stays_furniture_when_nothing_resumes():
    about = ("The Valley Press has reported on the towns of the upper valley since 1921; it is owned by a trust "
             "of its readers, and its newsroom is open to visitors on the first Saturday of every month, when "
             "the editors answer questions about how the paper is made and paid for.")
    raw = "\n\n".join([HEADLINE] + STORY + BOX + [about] + CAPTIONS)
    lab = _labels(clean_article(raw))
    assert lab[about] == "furniture"


def test_ad_slots_between_paragraphs_do_not_keep_the_body_from_resuming_after_a_box():
    paras = []
    for p in RESUMED + [STORY[2]]:
        paras += ["Advertisement", p]
    raw = "\n\n".join([HEADLINE] + STORY[:2] + BOX + paras)
    lab = _labels(clean_article(raw))
    assert all(lab[p] == "body" for p in RESUMED)  # two full paragraphs with an ad slot between resume the body
    assert lab["Advertisement"] == "furniture" and lab[BOX[1]] == "furniture"


def test_a_lone_paragraph_after_a_box_with_ad_slots_around_it_is_not_a_resumption():
    about = ("Readers can send letters to the editor by post or through the form on our website; we print a "
             "selection every Saturday.")
    raw = "\n\n".join([HEADLINE] + STORY + BOX + ["Advertisement", about, "Advertisement", "Back to top"])
    lab = _labels(clean_article(raw))
    assert lab[about] == "furniture"  # one full paragraph off the story: still the page's


def test_a_short_paragraph_of_the_story_inside_a_box_stays_when_the_body_resumes():
    short = "Rationing has been imposed twice before in the valley, in 1976 and again in 1995, the council said."
    raw = "\n\n".join([HEADLINE] + STORY + BOX + [short, "A city under strain"] + CAPTIONS + RESUMED)
    lab = _labels(clean_article(raw))
    assert lab[short] == "body"  # a full paragraph that shares the story's words
    assert lab[TEASER] == "furniture"  # the box's teaser, cut off mid-sentence, stays out
