"""The block rules of cleaning: hard-wrap rejoining, the densest run of prose, teaser cards, trailers.

Every line here is written for the test (no seed, no dev page); each rule has a
positive example and a negative one, including prose that looks like furniture.
"""
import textwrap

import pytest

from helpers.corpus.body_block import densest_run, line_value, same_story, teaser_tail
from helpers.corpus.clean import clean_article, split_lines
from helpers.corpus.wrapping import breaks_mid_sentence, rejoin_wrapped

P1 = ("The regional council voted on Tuesday to extend the water rationing scheme until the end of the summer, "
      "after reservoirs fell to their lowest level in two decades.")
P2 = ("Farmers in the valley said the rationing scheme had already cut their harvest by a third, and the council "
      "promised compensation for the losses before the next planting season.")
P3 = ("Engineers told the council that the reservoirs would need two wet winters to recover, and that the rationing "
      "scheme could return next year if the rains fail again.")
MENU = ["Home", "Regions", "Weather", "Sport", "Contact us", "Log in"]
FOOTER = ["About us", "Careers", "Privacy policy", "Terms of use", "Cookie settings", "Sitemap"]


def _kept(res):
    return [ln.text for ln in res.lines if ln.label != "furniture"]


# --- hard-wrapped text -------------------------------------------------------

def test_hard_wrapped_paragraphs_are_rejoined_and_stay_traceable():
    raw = textwrap.fill(P1, 64) + "\n" + textwrap.fill(P2, 64) + "\n"
    lines = split_lines(raw)
    assert len(lines) == 2
    for ln, para in zip(lines, (P1, P2)):
        assert raw[ln.start:ln.end] == ln.text and "\n" in ln.text
        assert " ".join(ln.text.split()) == para
    res = clean_article(raw)
    assert res.text.split("\n\n") == [lines[0].text, lines[1].text]


def test_short_lines_and_one_paragraph_a_line_are_not_rejoined():
    header = "Water News\nTuesday 4 June\nBy a staff writer\n"
    assert len(split_lines(header)) == 3
    paras = "\n".join([P1, P2, P3])  # whole paragraphs, one a line: nothing to rejoin
    assert [ln.text for ln in split_lines(paras)] == [P1, P2, P3]
    spans = [(0, 10), (11, 25), (26, 43)]
    assert rejoin_wrapped(header, spans) == spans


# --- the densest run of prose ------------------------------------------------

def test_densest_run_finds_the_block_with_most_prose():
    assert densest_run([-3, -3, 20, -3, 25, -3, -3]) == (2, 5)
    assert densest_run([-3, -3, -1]) == (0, 0)
    assert line_value(20, "season.", False) == 20 and line_value(2, "Home", False) < 0
    assert line_value(12, "season.", True) < 0


def test_menus_before_and_footers_after_the_body_are_removed():
    raw = "\n\n".join(MENU + ["Reservoirs Run Low As Council Extends Rationing", P1, P2, P3] + FOOTER)
    res = clean_article(raw)
    assert res.headline == "Reservoirs Run Low As Council Extends Rationing"
    assert res.text.split("\n\n") == [P1, P2, P3]
    rules = {r["text"]: r["rule"] for r in res.removed}
    assert rules["Weather"] == "before_body" and rules["Careers"] == "after_body"


def test_short_prose_that_looks_like_a_menu_item_stays_inside_the_body():
    raw = "\n\n".join(MENU + [P1, "Prices rose.", P2, "Share prices fell.", P3, "Sport"])
    res = clean_article(raw)
    assert res.text.split("\n\n") == [P1, "Prices rose.", P2, "Share prices fell.", P3, "Sport"]


def test_a_long_paragraph_after_the_footer_is_kept_as_body():
    late = ("The council will publish the full list of affected farms on its website next week, together with "
            "the forms needed to claim compensation.")
    raw = "\n\n".join([P1, P2] + FOOTER + [late])
    assert late in clean_article(raw).text


def test_an_article_cut_in_two_by_a_table_keeps_both_parts():
    table = [f"Reservoir {c}" for c in "ABCDEFGHIJKLMNOPQRST"]
    second = [p.replace("council", "regional council") for p in (P2, P3)]
    raw = "\n\n".join([P1, P2, P3] + table + second)
    res = clean_article(raw)
    assert res.text.split("\n\n") == [P1, P2, P3] + second
    assert {r["rule"] for r in res.removed} == {"between_blocks"}


# --- teaser cards --------------------------------------------------------------

def test_a_run_of_teaser_cards_after_the_body_is_removed():
    cards = []
    for title, teaser in [("Ferry Strike Enters Third Day", "Passengers queued for hours at the harbour."),
                          ("New Stadium Opens Downtown", "Fans packed the stands for the first match."),
                          ("Library Hours Extended", "The main branch will stay open until midnight.")]:
        cards += [title, "3 June 2024", teaser]
    res = clean_article("\n\n".join([P1, P2, P3] + cards))
    assert res.text.split("\n\n") == [P1, P2, P3]
    assert {r["rule"] for r in res.removed} == {"teaser_cards"}


def test_subheaded_sections_of_the_same_story_are_not_teaser_cards():
    sections = []
    for head, para in [("What Farmers Lose", "Farmers said the rationing scheme cut the valley harvest by a third."),
                       ("What The Council Promised", "The council promised compensation to farmers for the rationing."),
                       ("What Happens Next", "Engineers said the reservoirs need two wet winters; rationing may return.")]:
        sections += [head, para]
    res = clean_article("\n\n".join([P1, P2, P3] + sections))
    assert res.removed == []


def test_teaser_tail_needs_dated_or_several_cards():
    kinds = {0: "P", 1: "P", 2: "T", 3: "D", 4: "P", 5: "T", 6: "D", 7: "P"}
    assert teaser_tail(kinds.get, 0, 8) == 2
    one_card = {0: "P", 1: "P", 2: "T", 3: "P"}
    assert teaser_tail(one_card.get, 0, 4) == 4


# --- end-of-article credits ------------------------------------------------------

def test_everything_after_a_print_credit_is_furniture_unless_same_story():
    policy = ("We welcome comments that are civil and on topic; abusive remarks will be removed and repeat offenders "
              "may be banned from posting.")
    raw = "\n\n".join([P1, P2, P3, "Published in The Valley Post, June 4th, 2024", "Latest stories", policy])
    res = clean_article(raw)
    assert res.text.split("\n\n") == [P1, P2, P3]
    assert [r["rule"] for r in res.removed] == ["credit", "trailer", "trailer"]


def test_a_credit_line_inside_the_story_does_not_cut_the_rest():
    more = "Farmers in the valley said the council compensation for the rationing scheme came too late."
    raw = "\n\n".join([P1, P2, "(Reporting by Jane Roe; Editing by John Doe)", more, P3])
    res = clean_article(raw)
    assert res.text.split("\n\n") == [P1, P2, more, P3]


def test_same_story_compares_content_words():
    body = {"reservoirs", "rationing", "council", "farmers", "valley", "harvest"}
    assert same_story(body, ["The council extended rationing for farmers in the valley."])
    assert not same_story(body, ["Subscribe to our newsletter for exclusive offers every morning."])


# --- glued previous/next links, author notes, comment and newsletter boxes --------

def test_previous_article_link_glued_to_a_headline_starts_the_trailer():
    raw = "\n\n".join([P1, P2, "Previous articleFerry strike enters third day", "Next articleLibrary hours extended"])
    res = clean_article(raw)
    assert res.text.split("\n\n") == [P1, P2]
    assert res.removed[0]["rule"] == "trailer_marker"


def test_previous_results_in_prose_are_not_a_trailer():
    line = "Previous attempts to ration water failed, the council said."
    assert clean_article("\n\n".join([P1, line, P2])).text.split("\n\n") == [P1, line, P2]


def test_author_note_at_the_end_is_removed_but_not_inside_the_body():
    note = "Jane Roe is a senior correspondent for The Valley Post covering water and farming."
    res = clean_article("\n\n".join([P1, P2, P3, note]))
    assert [r["rule"] for r in res.removed] == ["author_note"]
    inside = "Jane Roe is a senior correspondent for The Valley Post, and she saw the dry reservoirs herself."
    res = clean_article("\n\n".join([P1, inside, P2, P3, P1.replace("Tuesday", "Monday")]))
    assert inside in res.text


@pytest.mark.parametrize("line, rule", [
    ("Write a comment", "comment_form"),
    ("Please note that comments are moderated before they appear on the site.", "boilerplate"),
    ("The Valley Post Newsletter", "subscription"),
    ("Sign up to get the best stories of the week", "subscription"),
])
def test_comment_and_newsletter_boxes(line, rule):
    res = clean_article("\n\n".join([P1, line, P2, P3]))
    assert {r["text"]: r["rule"] for r in res.removed}.get(line) == rule


@pytest.mark.parametrize("line", [
    "She wrote a comment piece for the newspaper in 2019, arguing for rationing.",
    "The council said its newsletter to farmers had been delayed by the strike.",
])
def test_prose_about_comments_and_newsletters_is_kept(line):
    assert line in clean_article("\n\n".join([P1, line, P2, P3])).text


# --- pages that are not articles --------------------------------------------------

def test_a_list_page_is_reported_as_not_an_article():
    cards = []
    for i in range(6):
        cards += [f"Story Number {i} Makes The News", "2 June 2024", "A short teaser about this story."]
    res = clean_article("\n\n".join(MENU + cards + FOOTER))
    assert res.text == ""
    assert {r["rule"] for r in res.removed} >= {"not_article"}


def test_a_short_article_among_many_menu_lines_is_not_a_list_page():
    res = clean_article("\n\n".join(MENU + FOOTER + [P1] + FOOTER))
    assert res.text == P1


# --- rules that protect body text around the densest run ----------------------

def _page(*lines):
    return "\n\n".join(lines)


def test_breaks_mid_sentence():
    assert breaks_mid_sentence("The council said on Tuesday that the scheme would", 9, "continue until the rains return.")
    assert not breaks_mid_sentence("The council said on Tuesday that it would continue.", 9, "and more")
    assert not breaks_mid_sentence("Water rationing news", 3, "continue reading")  # a short line
    assert not breaks_mid_sentence("The council said on Tuesday that the scheme would", 9, "Continue reading")


def test_prose_broken_into_short_lines_is_kept_as_body():
    broken = ["Shop owners in the old town told reporters that the cuts",
              "would force several laundries and cafes to close their",
              "doors for good unless help arrives within weeks."]
    res = clean_article(_page(*MENU, P1, P2, P3, *broken, *FOOTER))
    assert all(b in res.text for b in broken)  # one unit now (rejoin_broken), its line breaks kept
    # negative: short menu-like lines that do not run on into a lower-case line stay furniture
    res = clean_article(_page(*MENU, P1, P2, P3, "Read the latest stories from", "Our Regions And Cities", *FOOTER))
    assert "Read the latest stories from" not in _kept(res)


def test_a_lead_in_line_ending_with_a_colon_stays_body():
    lead = "Here is what the council decided on Tuesday:"
    res = clean_article(_page(*MENU, lead, P1, P2, P3, *FOOTER))
    assert lead in _kept(res)
    # negative: a colon line separated from the body by menu lines is furniture
    res = clean_article(_page("Our sections:", *MENU, P1, P2, P3, *FOOTER))
    assert "Our sections:" not in _kept(res)


def test_list_items_of_the_story_after_the_body_stay_body():
    items = ["Farmers get compensation for the harvest losses",
             "Reservoirs need two wet winters to recover",
             "The rationing scheme could return next year"]
    res = clean_article(_page(*MENU, P1, P2, P3, "In short:", *items, *FOOTER))
    assert all(x in _kept(res) for x in ["In short:"] + items)
    assert "Careers" not in _kept(res)
    # negative: headlines of other stories (title case) or lines on another topic are furniture
    other = ["Local Team Wins The Cup After Extra Time", "A new bakery opens in the old station building"]
    res = clean_article(_page(*MENU, P1, P2, P3, *other, *FOOTER))
    assert not any(x in _kept(res) for x in other)


def test_summary_lines_of_the_same_story_above_the_body_stay_body():
    highlights = ["The council extends the water rationing scheme until the summer",
                  "Farmers say the rationing scheme cut their harvest"]
    res = clean_article(_page(*MENU, *highlights, "Council Extends Rationing", P1, P2, P3))
    assert all(h in _kept(res) for h in highlights)
    # negative: sentence-case lines on another topic above the body are furniture
    promos = ["Get the best of our travel stories every week", "Watch the new cooking show on our channel"]
    res = clean_article(_page(*MENU, *promos, "Council Extends Rationing", P1, P2, P3))
    assert not any(p in _kept(res) for p in promos)


LONG1 = ("The council also heard from residents of the northern districts, who said that the rationing had hit "
         "small businesses hardest, because laundries, car washes and restaurants depend on a steady supply of water "
         "and cannot simply move their work to the evening hours when the pressure returns.")
LONG2 = ("Officials replied that a fund for small businesses would open in July, and that the council would review "
         "the rationing hours every month, taking into account the level of the reservoirs, the forecast for rain "
         "and the complaints it receives from residents and shop owners across the region.")


def test_the_article_resumes_after_a_related_block_when_long_paragraphs_follow():
    res = clean_article(_page(P1, P2, P3, "Related Posts", "Storm Damages Harbour", "Schools Close Early",
                              LONG1, "Help for small businesses", LONG2, *FOOTER))
    assert LONG1 in _kept(res) and LONG2 in _kept(res)
    assert "Storm Damages Harbour" not in _kept(res)
    # negative: short teasers after the marker stay furniture
    teaser = "Storm damages the harbour and closes the ferry route for a week."
    res = clean_article(_page(P1, P2, P3, "Related Posts", "Storm Damages Harbour", teaser, *FOOTER))
    assert teaser not in _kept(res)


def test_site_notes_after_the_body_are_removed():
    note = ("Get our weekly newsletter with the best stories from the region, delivered every Friday morning "
            "to subscribers.")
    res = clean_article(_page(P1, P2, P3, note))
    assert note not in _kept(res) and res.removed[-1]["rule"] == "site_note"
    # negative: a last paragraph of the story that mentions e-mail stays body
    last = ("The council said residents could e-mail their questions about the rationing scheme and the "
            "reservoirs to the water office until the end of the summer.")
    res = clean_article(_page(P1, P2, P3, last))
    assert last in _kept(res)


# --- issue 11i: a sentence broken at its links (a line per text node) is rejoined first

def test_story_broken_at_links_after_a_related_box_is_kept():
    broken = [["Engineers told the council that the water", "reservoirs",
               "would need two wet winters to recover, and that rationing could return next year."],
              ["The council said that the rationing", "scheme",
               "will be reviewed in the autumn, once the farmers have brought in the harvest."]]
    page = "\n\n".join([*MENU, "Council extends water rationing", P1, P2, "Related", "Floods close the ring road",
                        *broken[0], *broken[1], *FOOTER])
    res = clean_article(page)
    for piece in broken[0] + broken[1]:
        assert piece in res.text
    assert "Floods close the ring road" not in res.text  # the related box itself is still removed
    assert "Privacy policy" not in res.text


# --- issue 11i: one shared longer word is chance, not the story, when the body resumes after a marker

POLICY = ["We welcome comments from readers on the stories of the day, and some of them may be printed in the "
          "weekend paper.",
          "Please keep comments civil and on topic, and do not post the same message more than once this summer."]


def test_a_comment_policy_sharing_one_word_with_the_story_does_not_resume_the_body():
    page = "\n\n".join([*MENU, "Council extends water rationing", P1, P2, P3, "House Rules", *POLICY, *FOOTER])
    res = clean_article(page)
    assert all(p not in res.text for p in POLICY)
    assert P3 in res.text


def test_story_paragraphs_after_a_marker_that_share_two_words_resume_the_body():
    # negative: two paragraphs of the story after a related box share the story's words and are kept, even
    # though they talk about readers and comments (prose that looks like a site's note)
    more = ["The council will read every comment that residents send before it decides whether rationing can end "
            "before the winter.",
            "Readers who wrote to the paper this week said the scheme was fair, but asked the council to publish "
            "the reservoir levels."]
    page = "\n\n".join([*MENU, "Council extends water rationing", P1, P2, "Related", "Floods close the ring road",
                        *more, P3, *FOOTER])
    res = clean_article(page)
    assert all(p in res.text for p in more)
