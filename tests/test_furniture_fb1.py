"""Round fb1: page furniture inside a sentence (a link card of other stories' headlines, a credit) is blanked before
the frame cues are scanned and before VADER scores the sentence; offsets stay those of the sentence as published."""
from __future__ import annotations

import pandas as pd

from helpers.framing.codebooks import load_codebook
from helpers.framing.cues import find_cues
from helpers.measures.tone import score_tone

CARD = ("Sen. Jane Roe Jane Quincy RoeSenate votes to cut taxes on wages | Court strikes down election law as "
        "unconstitutional MORE (Ind.) said the farm bill would pass.")
PLAIN = "Sen. Jane Roe (Ind.) said the farm bill would pass."


def _units(*texts):
    return pd.DataFrame({"doc_id": ["d"] * len(texts), "unit_id": range(len(texts)), "paragraph_id": range(len(texts)),
                         "text": list(texts)})


def test_no_frame_cue_is_read_inside_a_link_card_and_offsets_are_the_sentences():
    cues = find_cues(_units(CARD, PLAIN), {"policy_frames": load_codebook("policy_frames")})
    card = cues[cues["unit"] == 0]
    assert not card.empty and (card["start"] > CARD.index("MORE")).all()  # only the sentence after the card
    assert {"taxes", "unconstitutional", "election law"}.isdisjoint(set(card["cue"]))
    for r in card.itertuples():
        assert CARD[r.start:r.end].lower() == r.cue.lower()
    # the same sentence without the card gets the same cues
    plain = cues[cues["unit"] == 1]
    assert sorted(card["entry"]) == sorted(plain["entry"])


def test_a_cue_outside_furniture_is_still_found():
    # "MORE" in a sentence that is no card, and a credit-like parenthesis that is no credit, stay text
    cues = find_cues(_units("Lawmakers want MORE tax cuts (and photos of the vote) before the election."),
                     {"policy_frames": load_codebook("policy_frames")})
    assert {"tax cuts"} <= set(cues["cue"].str.lower())


def test_tone_ignores_a_link_card_of_angry_headlines():
    angry = ("Rep. Jane Roe Jane Quincy RoeKillers storm school in horrific deadly attack, victims mourn tragedy MORE "
             "thanked the volunteers for a wonderful day.")
    calm = "Rep. Jane Roe thanked the volunteers for a wonderful day."
    s = score_tone(_units(angry, calm))
    assert s.iloc[0] == s.iloc[1] > 0.5


def test_the_one_pass_needle_test_finds_what_the_rules_find():
    # the needles of every rule in one test before any rule runs: a text holding only a case-folded needle, or only
    # the shorter of two needles, is still searched
    from helpers.text.furniture import furniture_spans
    assert [r for *_, r in furniture_spans("SIGN UP for our newsletters to get the top stories.")] == ["newsletter_prompt"]
    assert [r for *_, r in furniture_spans("More at https://example.org/a today")] == ["url"]
    assert furniture_spans("The council met on Tuesday and voted 7 to 2.") == []


def test_a_link_card_whose_first_headline_starts_with_a_number_is_furniture():
    # review s76: "Hillary Diane Rodham Clinton2020 Democrats make play ... MORE" was the longest shared passage
    from helpers.text.furniture import furniture_spans
    s = ("said Jane Roe Jane Quincy Roe2020 Democrats make play for votes The Memo: a long primary MORE in a "
         "statement.")
    (start, end, rule), = furniture_spans(s)
    assert rule == "link_card" and s[start:end].startswith("Jane Quincy Roe2020") and s[start:end].endswith("MORE")
    # a number after a name with no repeated surname, or a space before the number, is text
    assert furniture_spans("Jane Roe 2020 campaign posters are MORE common now.") == []
    assert furniture_spans("said Roe. Roe 2020 is the slogan, and MORE is coming.") == []
