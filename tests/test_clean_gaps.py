"""Long gaps of non-prose lines end the body block; the headline is a title on the story's words.

Every line here is written for the test (no seed, no dev page); each rule has a positive example and a
negative one, including prose and tables that look like furniture.
"""
from helpers.corpus.body_block import GAP_FREE_LINES, densest_run, gap_costs
from helpers.corpus.clean import clean_article

P1 = ("The regional council voted on Tuesday to extend the water rationing scheme until the end of the summer, "
      "after reservoirs fell to their lowest level in two decades.")
P2 = ("Farmers in the valley said the rationing scheme had already cut their harvest by a third, and the council "
      "promised compensation for the losses before the next planting season.")
P3 = ("Engineers told the council that the reservoirs would need two wet winters to recover, and that the rationing "
      "scheme could return next year if the rains fail again.")
OTHER_TITLES = ["Mayor Opens New Library In The Old Station", "Harbour Festival Returns After Five Years",
                "Cyclists Ask For Safer Lanes On The Ring Road", "Bakery Wins National Bread Award",
                "Schools Prepare For Record Enrolment", "Museum Restores Its Oldest Painting",
                "Ferry Timetable Changes From Next Week", "Local Choir Heads To The Finals"]
BIO = ("Maria Olsen has spent fourteen years writing and editing features for the paper's weekend magazine, "
       "and before that she taught English literature at a secondary school in the north of the country.")


def _kept(res):
    return [ln.text for ln in res.lines if ln.label != "furniture"]


def test_gap_costs_make_long_gaps_dear_but_not_short_ones_or_figures():
    short = [20.0] + [-3.0] * GAP_FREE_LINES + [20.0]
    assert gap_costs(short) == short  # a few short lines between paragraphs cost their plain value
    long = [20.0] + [-3.0] * (GAP_FREE_LINES + 3) + [20.0]
    costs = gap_costs(long)
    assert costs[GAP_FREE_LINES + 1] == -6.0 and costs[GAP_FREE_LINES + 3] == -12.0
    two = [30.0, 30.0] + [-3.0] * (GAP_FREE_LINES + 6) + [30.0, 30.0]
    assert densest_run(two) == (0, len(two))  # plain values: one run across the gap
    assert densest_run(gap_costs(two)) == (0, 2)  # a long gap costs more than the two paragraphs beyond it
    figures = [False] + [True] * (GAP_FREE_LINES + 3) + [False]
    assert gap_costs(long, figures) == long  # the cells of a table of figures do not lengthen the gap


def test_an_off_story_paragraph_beyond_a_long_list_of_titles_is_not_body():
    raw = "\n\n".join(["Council Extends Water Rationing", P1, P2, P3, "Further reading"] + OTHER_TITLES + [BIO])
    kept = _kept(clean_article(raw))
    assert P3 in kept and BIO not in kept
    assert not any(t in kept for t in OTHER_TITLES)


def test_a_paragraph_of_the_story_after_a_short_gap_stays_body():
    raw = "\n\n".join(["Council Extends Water Rationing", P1, P2, "Share", "Facebook", "Twitter",
                       "Photo: the dry reservoir", "Email", P3])
    assert P3 in _kept(clean_article(raw))


def test_a_table_of_figures_between_paragraphs_stays_body():
    table = ["Reservoir", "Level", "North lake", "31%", "South lake", "28%", "Valley dam", "19%", "Hill tank",
             "44%", "River weir", "52%", "Old quarry", "12%"]
    raw = "\n\n".join(["Council Extends Water Rationing", P1, P2] + table + [P3])
    kept = _kept(clean_article(raw))
    assert P3 in kept and "19%" in kept


def test_a_title_like_button_between_headline_and_body_is_not_the_headline():
    raw = "\n\n".join(["News", "Politics", "Council Extends Water Rationing Scheme", "By Maria Olsen",
                       "Copy Link URL Copied", P1, P2, P3])
    res = clean_article(raw)
    assert res.headline == "Council Extends Water Rationing Scheme"
    assert "Copy Link URL Copied" not in _kept(res)


def test_a_headline_without_a_word_of_the_lead_is_still_found():
    raw = "\n\n".join(["News", "Dry Days Ahead", "By Maria Olsen", P1, P2, P3])
    assert clean_article(raw).headline == "Dry Days Ahead"


# --- teaser cards that repeat their lines --------------------------------------------

def test_cards_on_the_same_topic_that_repeat_titles_and_labels_are_cut():
    cards = []
    for title, dek in [("Council delays vote on rationing rules", "The council delayed the vote on the water rules again."),
                       ("Farmers ask for rationing compensation", "Valley farmers want the council to pay for their losses."),
                       ("Reservoirs at lowest level in decades", "Engineers say the reservoirs need two wet winters.")]:
        cards += ["Region", title, "Region", title, dek]
    raw = "\n\n".join(["Council Extends Water Rationing", P1, P2, P3, "Latest Region"] + cards)
    kept = _kept(clean_article(raw))
    assert P3 in kept
    assert not any(c in kept for c in cards)


def test_a_closing_question_and_answer_section_of_the_story_stays():
    qa = ["What does the rationing mean for households?",
          "Households may water gardens only on two evenings a week until the end of the summer.",
          "Will the rationing scheme return next year?",
          "Engineers said the rationing scheme could return if the rains fail again next winter.",
          "Who pays for the farmers' losses?",
          "The council promised compensation for the valley farmers before the next planting season."]
    raw = "\n\n".join(["Council Extends Water Rationing", P1, P2, P3] + qa)
    kept = _kept(clean_article(raw))
    assert all(x in kept for x in qa)


def test_a_line_repeated_inside_the_body_stays():
    chant = "Water for the valley!"
    raw = "\n\n".join(["Council Extends Water Rationing", P1, chant, P2, chant, P3])
    kept = _kept(clean_article(raw))
    assert kept.count(chant) == 2 and P3 in kept


# --- a dated run of prose above a longer blurb ------------------------------------------

SHORT_STORY = ["Prison Fences Too Old, Official Says", "May 4, 2022", "By Jane Roe",
               "A senior prison official told lawmakers on Tuesday that anyone could escape from the island prison "
               "because its fences are old.",
               "The official said repairs had been delayed for three years while the budget was cut."]
ABOUT = ("The Island Courier is the leading independent newspaper of the islands, founded in 1965 and published in "
         "print every weekday and online around the clock. Our reporters cover politics, business, crime, culture "
         "and sport, and our editors are committed to fair, accurate and independent journalism for all residents.")


def test_a_short_dated_story_wins_over_a_longer_blurb_below_a_list_of_links():
    raw = "\n\n".join(["Home", "News", "Sport"] + SHORT_STORY + OTHER_TITLES + ["About Us", ABOUT, "Privacy", "Terms"])
    res = clean_article(raw)
    assert res.headline == SHORT_STORY[0]
    kept = _kept(res)
    assert SHORT_STORY[3] in kept and SHORT_STORY[4] in kept and ABOUT not in kept


def test_an_undated_story_of_several_paragraphs_is_not_given_up_for_a_dated_teaser_above():
    teaser = ["Harbour Festival Returns", "June 1, 2022", "The harbour festival returns this summer after five years.",
              "Organisers expect thousands of visitors on the quay."]
    raw = "\n\n".join(teaser + OTHER_TITLES + ["Council Extends Water Rationing", P1, P2, P3])
    kept = _kept(clean_article(raw))
    assert P1 in kept and P2 in kept and P3 in kept


# --- the site speaking to its readers --------------------------------------------------

def test_a_site_line_to_readers_next_to_share_buttons_is_furniture():
    note = "When you buy through links on our site, we may earn a commission on the products."
    raw = "\n\n".join(["Council Extends Water Rationing", P1, "Share", note, P2, P3])
    got = {ln.text: ln.rule for ln in clean_article(raw).lines}
    assert got[note] == "site_voice" and got[P2] == ""


def test_a_reader_call_inside_the_story_and_a_quote_stay():
    call = "Readers can send us their stories of living with the rationing through our website."
    quote = "\u201cWe read every one of your stories,\u201d the mayor told readers on the website."
    raw = "\n\n".join(["Council Extends Water Rationing", P1, call, P2, "Share", quote, "Share", P3])
    kept = _kept(clean_article(raw))
    assert call in kept and quote in kept


# --- sentences between two runs of the article ------------------------------------------

Q1 = ("Later on Tuesday the council published the full list of streets where hoses are banned, and said "
      "inspectors would start checking gardens from the first of next month.")
Q2 = ("Residents who break the rules face a warning first and a fine after that, and the council said it would "
      "publish the number of fines every week on its notice board.")
Q3 = ("The rationing scheme will be reviewed in September, when the engineers report again on the level of "
      "the reservoirs and the forecast for the autumn rains.")


def test_a_sentence_between_two_runs_of_the_story_stays_and_widget_lines_go():
    widget = ["Share", "Facebook", "Twitter", "Email", "Print", "Comments", "Save", "Copy link", "Gift article",
              "Follow", "Listen"]
    aside = "The council did not say how many inspectors it has."
    raw = "\n\n".join(["Council Extends Water Rationing", P1, P2, P3] + widget + [aside] + widget[::-1] + [Q1, Q2, Q3])
    got = {ln.text: ln.label for ln in clean_article(raw).lines}
    assert got[aside] == "body" and got[Q1] == "body" and got[Q3] == "body"
    assert all(got[w] == "furniture" for w in widget)


def test_a_site_slogan_shown_above_and_below_the_article_goes():
    slogan = "The Voice of the Valley Since 1921"
    raw = "\n\n".join(["Home", slogan, "Council Extends Water Rationing", P1, P2, P3, "Contact", slogan, "Privacy"])
    got = {ln.text: (ln.label, ln.rule) for ln in clean_article(raw).lines}
    assert got[slogan] == ("furniture", "repeated_line") and got[P3] == ("body", "")


def test_a_long_title_like_line_under_the_headline_is_not_taken_for_a_button():
    dek = "No Relief Expected Soon, Say Anxious Growers"  # shares no longer word with the body
    raw = "\n\n".join(["News", "Council Extends Water Rationing Scheme", dek, "Share", P1, P2, P3])
    res = clean_article(raw)
    assert res.headline == "Council Extends Water Rationing Scheme"
    assert dek in _kept(res) and "Share" not in _kept(res)


def test_repeated_figures_after_the_body_are_not_taken_for_card_titles():
    raw = "\n\n".join(["Council Extends Water Rationing", "North 31%", P1, P2, P3, "Levels", "North 31%",
                       "South 28%", "Contact", "Privacy"])
    got = [(ln.text, ln.rule) for ln in clean_article(raw).lines]
    assert ("North 31%", "repeated_line") not in got
