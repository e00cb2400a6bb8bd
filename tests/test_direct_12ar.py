"""Rules of issue 12ar-b (direct quotations): a quotation in doubled marks ('' ... '') ends a cue's content as a
quotation in double marks does; "and" with a second verb after the quotation also after "has"/"had", an adverb or
an irregular past tense. Sentences written for the tests."""

import pandas as pd
import pytest

from helpers.measures.sourcing import extract_attributions


def kinds(sentence):
    """``(verb, kind)`` of the attributions found in one sentence."""
    u = pd.DataFrame(
        {"doc_id": ["d1"], "outlet": ["O"], "unit_id": [0], "paragraph_id": [0], "text": [sentence], "role": ["body"]}
    )
    return [(r.verb, r.kind) for r in extract_attributions(u).itertuples() if r.verb]


# --- the quotation ends the content: doubled marks, "and" with a second verb ---------------------------------------

DIRECT = [
    (
        "The senator criticized the governor as ''a reckless spender'' and accused him of hiding the deficit.",
        "criticized",
    ),
    ("In Dayton, he referred to the strikers as ''my good neighbours'' and praised their patience.", "referred to"),
    ("Ms. Lee said the audit was ''full of holes from start to finish,'' the Ledger reported on Monday.", "said"),
    ('The mayor described herself as "a reluctant candidate" and has said she will serve one term.', "described"),
    ('Ms. Lee said the audit was "full of holes" and left the meeting early.', "said"),
    ('Mr. Ortiz called the budget "a fantasy" and then tweeted that it would fail.', "called"),
]


@pytest.mark.parametrize("sentence, verb", DIRECT)
def test_quotation_ends_the_content(sentence, verb):
    assert (verb, "direct") in kinds(sentence)


NOT_DIRECT = [
    # a new clause with a subject of its own after "and": the quotation is inside the content, which goes on
    ('Ms. Lee said the audit was "full of holes" and workers were angry about it.', "said"),
    ("The senator criticized the governor as ''a reckless spender'' and his aides agreed with him.", "criticized"),
    # a contraction is no irregular past tense ("won't" is not "won"): the second verb is the content's
    ('The activists said the banner is "secular" and won\'t break the rules.', "said"),
    # "has" as a main verb, not an auxiliary
    ('She said the plan was "a good start" and has a long way to go.', "said"),
    # a participle after the reporting clause: its content is its own
    ('"We will win," Brown said, recalling a visit to the plant.', "recalling"),
]


@pytest.mark.parametrize("sentence, verb", NOT_DIRECT)
def test_quotation_does_not_end_the_content(sentence, verb):
    assert (verb, "reported") in kinds(sentence)
