"""Rules of issue 12ao-d (direct quotations): a quotation sentence with no cue of its own continues the content of
the last attribution of the sentence before it in the same paragraph, so that attribution quotes its speaker
directly. Sentences written for the tests."""

import pandas as pd
import pytest

from helpers.measures.sourcing import extract_attributions


def table(paragraphs):
    """Attributions of one document whose paragraphs are lists of sentences."""
    texts, paras = [], []
    for p, sentences in enumerate(paragraphs):
        texts += sentences
        paras += [p] * len(sentences)
    n = len(texts)
    u = pd.DataFrame(
        {
            "doc_id": ["d1"] * n,
            "outlet": ["O"] * n,
            "unit_id": list(range(n)),
            "paragraph_id": paras,
            "text": texts,
            "role": ["body"] * n,
        }
    )
    return extract_attributions(u)


def kinds(paragraphs):
    return [(r.verb, r.kind) for r in table(paragraphs).itertuples() if r.verb]


# --- a quotation sentence after a reported attribution of the same paragraph --------------------------------------

CONTINUED = [
    (
        [
            "The mayor defended the new budget before the council.",
            "\u201cEvery school in this town will stay open next year.\u201d",
        ],
        "defended",
    ),
    (
        [
            "Ms. Okafor said the bridge would reopen in the spring.",
            '"We have checked every bolt on it twice, and it is safe."',
        ],
        "said",
    ),
    (
        ["The union leader rejected the offer on Tuesday.", "''Nobody here will sign a deal like that one.''"],
        "rejected",
    ),
]


@pytest.mark.parametrize("sentences, verb", CONTINUED)
def test_quotation_sentence_continues_the_reported_attribution(sentences, verb):
    assert (verb, "direct") in kinds([sentences]), kinds([sentences])


CONTINUED_NOT = [
    # the quotation opens a new paragraph: it may be anyone's
    (
        [
            ["The mayor defended the new budget before the council."],
            ["\u201cEvery school in this town will stay open next year.\u201d"],
        ],
        "defended",
    ),
    # the sentence before already quotes its speaker: the quotation continues that one, not the participle
    (
        [
            [
                '"The schools will stay open," the mayor said, referring to the budget.',
                '"Every one of them will have a new roof by June."',
            ]
        ],
        "referring to",
    ),
    # a question put to someone: the quotation is the answer
    (
        [["The mayor was asked about the budget on Monday.", '"Every school in this town will stay open next year."']],
        "asked",
    ),
    # the next sentence is no quotation
    (
        [["The mayor defended the new budget before the council.", "The vote is due next week in the town hall."]],
        "defended",
    ),
]


@pytest.mark.parametrize("paragraphs, verb", CONTINUED_NOT)
def test_quotation_sentence_does_not_continue(paragraphs, verb):
    assert (verb, "reported") in kinds(paragraphs), kinds(paragraphs)
