"""Round ss1: a source span that is no speaker phrase gives identity ``unclear``, not ``unnamed``."""
import pandas as pd
import pytest

from helpers.measures import sourcing as S
from helpers.measures.attribution_spans import unread_speaker


@pytest.mark.parametrize("span", ["badly they just", "despite recent", "back the", "on news", "her comments were a",
                                  "It is a strategic and very", "in an interview that", "at least for a few moments",
                                  "", "\u2013"])
def test_spans_that_are_no_speaker_phrase(span):
    assert unread_speaker(span)


@pytest.mark.parametrize("span", ["officials", "the spokesman", "The White House", "some of them", "he",
                                  "A spectacular firework show", "his", "at least six-in-ten", "about 40 percent",
                                  "46", "1,200"])
def test_speaker_phrases_and_the_forms_found_in_the_reading(span):
    # "his | call for", "at least six-in-ten | say" and "while 46 | opposed" were read as wrong in round ss1's checks
    assert not unread_speaker(span)


def test_extraction_marks_unread_speakers_and_keeps_the_attribution():
    sents = ["The storm hit so badly they just know the roof will go.",
             "Earlier Monday, the town council pushed back on news reports that it is closing the library.",
             "Officials said the road will reopen in May.",
             "When asked about the delay, the engineer shrugged.",
             "Fifty senators backed the bill while 46 opposed it."]
    units = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(sents))], "unit_id": 0, "outlet": "X", "text": sents})
    att = S.extract_attributions(units, ["outlet"])
    got = {(r.doc_id, r.source): r.identity for r in att.itertuples()}
    assert got[("d0", "badly they just")] == S.UNREAD_IDENTITY == "unclear"
    assert got[("d1", "on news")] == "unclear" and got[("d1", "the town council")] == "unnamed"
    assert got[("d2", "Officials")] == "unnamed"
    assert got[("d3", "")] == "unclear"  # a cue with no speaker read stays an attribution
    assert got[("d4", "46")] == "unnamed"
