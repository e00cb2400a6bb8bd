"""Sentences broken at every inline element (a line per link) are rejoined before cleaning (issue 11i).

Text made with a line break at every text node (``get_text("\\n")`` on a page, some copy-paste) puts each link
inside a sentence on its own line. Read line by line such a paragraph is fragments, and the rule that resumes the
body after a "Related" box (two full paragraphs in a row) never fires.
"""
from __future__ import annotations

from helpers.corpus.clean import split_lines
from helpers.corpus.wrapping import rejoin_broken

BROKEN = ["Travellers arriving from the islands after Saturday must stay at home for two weeks, the",
          "Transport Secretary",
          "said on Thursday after the figures for",
          "coronavirus",
          "cases rose for a third week."]


def _spans(text):
    out, pos = [], 0
    for part in text.split("\n"):
        if part.strip():
            out.append((pos, pos + len(part)))
        pos += len(part) + 1
    return out


def test_a_sentence_broken_at_its_links_is_one_unit_that_traces_into_raw():
    raw = "\n\n".join(["Harbour news", *BROKEN, "The port reopened on Monday."])
    lines = split_lines(raw)
    assert [ln.text.split("\n\n")[0] for ln in lines] == ["Harbour news", BROKEN[0], "The port reopened on Monday."]
    unit = lines[1]
    assert raw[unit.start:unit.end] == unit.text == "\n\n".join(BROKEN)
    assert unit.n_words == sum(len(b.split()) for b in BROKEN)


def test_pieces_that_start_with_punctuation_go_with_the_sentence():
    raw = "\n".join(["Rates rose in", "Italy", ", up from last week", "."])
    assert rejoin_broken(raw, _spans(raw)) == [(0, len(raw))]


def test_lower_case_menu_items_are_not_a_sentence():
    # negative: short lower-case lines that never end like a sentence stay apart (a menu, a tag list)
    raw = "\n".join(["home", "news", "sport", "weather", "contact us"])
    assert rejoin_broken(raw, _spans(raw)) == _spans(raw)


def test_a_title_and_a_capitalised_paragraph_are_not_joined():
    # negative: a headline without a full stop above a paragraph that starts with a capital stays apart,
    # and so does prose that ends a sentence before a lower-case line ("e-mail" list items, a quote)
    raw = "\n".join(["Council extends water rationing", "The regional council voted on Tuesday to extend it.",
                     "It said so.", "iPhone sales fell."])
    assert rejoin_broken(raw, _spans(raw)) == _spans(raw)


def test_a_lead_in_with_a_colon_is_not_joined_to_its_list():
    # negative: a colon ends the chain (a list or a quote follows), so the lead-in and the items stay lines
    raw = "\n".join(["The council listed three reasons:", "rain fell short.", "demand grew."])
    assert rejoin_broken(raw, _spans(raw)) == _spans(raw)


def test_a_photo_credit_is_not_joined_to_a_sentence_that_starts_in_lower_case():
    # the credit of a photo, then a paragraph that starts with a lower-case brand name (issue 11j)
    raw = "\n".join(["Photo by Jane Roe / The Harbour Gazette",
                     "iOS 13 adds a new way to share files with the ferry office.",
                     "Image: Reuters", "eBay listed the old ferry for sale."])
    assert rejoin_broken(raw, _spans(raw)) == _spans(raw)


def test_a_sentence_that_mentions_a_photo_is_still_rejoined():
    # negative: a sentence piece that speaks of a photo without a credit goes on with its next piece
    raw = "\n".join(["The council published a photo of the", "harbour", "taken before the storm."])
    assert rejoin_broken(raw, _spans(raw)) == [(0, len(raw))]
