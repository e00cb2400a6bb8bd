"""Capitalised multi-word names masked before tone (issue 12bd-u's candidate). Sentences invented."""
import pandas as pd

from helpers.measures.tone import name_spans


def _spans(texts):
    u = pd.DataFrame({"doc_id": ["a"] * len(texts), "unit_id": range(len(texts)), "text": texts})
    sp = name_spans(u)
    return [texts[r.unit_id][r.start:r.end] for r in sp.itertuples()]


def test_names_of_two_or_more_capitalised_words_with_joiners():
    got = _spans(["The Harbour Court ruled against the Ministry of Fair Trade.",
                  "Many voters of the Green Valley Party cheered.", "Mayor Ada Quill-Brown spoke."])
    assert got == ["The Harbour Court", "Ministry of Fair Trade.", "Green Valley Party", "Mayor Ada Quill-Brown"]


def test_single_capitalised_words_and_lower_case_are_left():
    assert _spans(["Support for the plan is great.", "He said Harbour would win.", "no names here at all"]) == []
    assert list(name_spans(pd.DataFrame({"doc_id": [], "unit_id": [], "text": []})).columns) == [
        "doc_id", "unit_id", "start", "end"]


def test_tone_masks_gather_mentions_labels_and_names():
    from helpers.measures.tone import tone_masks

    sent = pd.DataFrame({"doc_id": ["a", "a"], "unit_id": [0, 0], "text": ["The Harbour Court praised the mayor."] * 2})
    mentions = pd.DataFrame({"doc_id": ["a"], "unit_id": [0], "start": [31], "end": [36], "actor": ["mayor"]})
    labels = pd.DataFrame({"doc_id": [], "unit_id": [], "start": [], "end": []})
    m = tone_masks(sent, mentions, labels)
    assert sorted(zip(m["start"], m["end"])) == [(0, 17), (31, 36)]  # the name once, though two rows share the sentence
    assert list(tone_masks(sent, mentions, labels, names=False)["start"]) == [31]


def test_a_sentence_in_title_case_or_capitals_has_no_names_to_tell_apart():
    # a headline-style or shouted sentence: every word is capitalised, so its capitals say nothing about names
    assert _spans(["Terrible Floods Devastate Kerala Villages", "FANS CELEBRATE GLORIOUS WIN AS ROVERS LIFT THE CUP",
                   "Good News for Savers as Bank of England Holds Rates"]) == []
    # prose with a name, however short, keeps it
    assert _spans(["Great Britain won.", "The Harbour Court ruled against the Ministry of Fair Trade."]) == [
        "Great Britain", "The Harbour Court", "Ministry of Fair Trade."]


def test_an_adverb_opening_the_sentence_is_not_part_of_the_name_after_it():
    # VADER scores "Sadly" and "Thankfully": the writer's tone, not a name's words; a name's own first word stays
    assert _spans(["Sadly Mrs Okafor died in hospital.", "Thankfully Lagos State officials acted quickly.",
                   "Supreme Court justices met on Monday."]) == ["Mrs Okafor", "Lagos State", "Supreme Court"]


def test_words_in_capitals_inside_prose_are_not_a_name():
    # a shouted slogan quoted in a sentence is the words' tone, not a name; an acronym before a name word stays
    assert _spans(["The president called the inquiry a WITCH HUNT and FAKE NEWS on Friday.",
                   "Protesters chanted LOCK HER UP outside the NATO Summit in Brussels."]) == ["NATO Summit"]


def test_a_dateline_in_capitals_is_still_a_name():
    # "PLACE (Agency) -" or "PLACE —" opening a story is a place's name, whatever its words (review r12be)
    assert _spans(["GRANT PARK — A crowd gathered at the statue on Friday.",
                   "NEW DELHI (Reuters) - India's central bank held rates on Wednesday."]) == ["GRANT PARK", "NEW DELHI"]


def test_a_first_name_ending_in_ly_opening_the_sentence_stays_part_of_the_name():
    # review r12be2: "Kelly", "Emily", "Holly" look like an opening adverb; with one capitalised word after them the
    # pair is a name ("Holly Grace" would give VADER's "grace"), not an adverb and a surname
    assert _spans(["Emily Okafor won the seat.", "Kelly Ayotte praised the plan.", "Holly Grace sang.",
                   "Sadly Mrs Okafor died in hospital."]) == ["Emily Okafor", "Kelly Ayotte", "Holly Grace", "Mrs Okafor"]
