"""Rules added by issue 12w: single-quoted quotations (the headline convention) right after a cue or ending the
sentence make the content direct, and stance verbs take a relative pronoun as their subject ("Rubio, who
supported the bill"). Sentences written for the tests."""
import pandas as pd
import pytest

from helpers.measures.sourcing import extract_attributions


def rows(sentence):
    u = pd.DataFrame({"doc_id": ["d1"], "outlet": ["O"], "unit_id": [0], "paragraph_id": [0], "text": [sentence],
                      "role": ["body"]})
    a = extract_attributions(u)
    return [(r.verb, r.source, r.kind) for r in a.itertuples() if r.verb]


@pytest.mark.parametrize("sentence, kind", [
    ("Mayor Lind: \u2018No Plan\u2019 To Close The Harbour Before Winter.", "direct"),
    ("Port Union Chief: Harbour Closure Would Be \u2018A Disaster For Families.\u2019", "direct"),
    ("The governor said the levy was \u2018a fair deal.\u2019", "direct"),
    ("Mayor Lind: No Plan To Close The Harbour Before Winter.", "reported"),  # no quotation
    ("The governor said the levy was fair, and the farmers' union agreed.", "reported"),  # an apostrophe
    ("The governor said the \u2018levy\u2019 would end in the spring.", "reported"),  # inside the content
])
def test_single_quoted_quotation_after_the_cue_or_ending_the_sentence_is_direct(sentence, kind):
    found = rows(sentence)
    assert found and all(k == kind for _, _, k in found)


@pytest.mark.parametrize("sentence, source, verb", [
    ("The grant went to Ana Ruiz, who supported the measure in the council.", "Ana Ruiz, who", "supported"),
    ("Dockers' Alliance, a union that opposed the merger, lost the vote.", "a union that", "opposed"),
    ("Three senators, all of whom opposed the treaty, asked for a new vote.", "all of whom", "opposed"),
    ("The farmers' league, which has long supported the levy, met on Monday.", "The farmers' league, which",
     "supported"),
])
def test_stance_verb_after_a_relative_pronoun_is_a_cue(sentence, source, verb):
    assert (verb, source) in [(v, s) for v, s, _ in rows(sentence)]


@pytest.mark.parametrize("sentence", [
    "She met the players who were supported by the club.",  # a passive
    "The club, which opposed to the plan at first, changed its mind.",  # no object
    "The coach, who never supported the move, stayed.",  # a negation
    "They asked whether voters who supported the levy would vote again.",  # inside a question's content
])
def test_relative_stance_verb_outside_its_frame_is_no_cue(sentence):
    assert not any(v in ("supported", "opposed") for v, _, _ in rows(sentence))
