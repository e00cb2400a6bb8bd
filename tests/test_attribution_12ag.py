"""Rule of issue 12ag-s (speakers of quotation-only sentences): a quotation-only sentence followed in its paragraph by
a sentence that is only a reporting clause ('"Why now?" | Lee asked.') is that clause's speaker's, not the previous
speaker's. Sentences written for the tests."""

import pytest
from test_attribution_12ae import paragraphs

# --- a quotation-only sentence followed by a sentence that is only a reporting clause ------------------------------


def quote_rows(paras):
    t = paragraphs(paras)
    return [(r.source_resolved, r.resolution) for r in t.itertuples() if r.pattern == "quote_only"]


BARE_CLAUSE = [
    (
        [
            [
                "The mayor said the budget was balanced.",
                '"Then why are the schools closing on Fridays?"',
                "Ms. Ortiz asked.",
            ]
        ],
        "Ms. Ortiz",
    ),
    (
        [
            [
                "Ann Lee, the council's chair, praised the plan.",
                '"This is the best deal we could get for the town."',
                "The treasurer added.",
            ]
        ],
        "The treasurer",
    ),
    ([['"We will not give up the harbour without a fight."', "Tom Roe wrote."]], "Tom Roe"),
]


@pytest.mark.parametrize("paras, speaker", BARE_CLAUSE)
def test_bare_reporting_clause_credits_the_quotation_before_it(paras, speaker):
    assert quote_rows(paras) == [(speaker, "quote")], quote_rows(paras)


BARE_CLAUSE_NOT = [
    # the next sentence reports more than the clause: the quotation stays the earlier speaker's
    (
        [
            [
                "The mayor said the budget was balanced.",
                '"Every school will stay open through the summer months."',
                "Ms. Ortiz said the figures were wrong.",
            ]
        ],
        "The mayor",
    ),
    # the clause opens the next paragraph
    (
        [
            ["The mayor said the budget was balanced.", '"Every school will stay open through the summer months."'],
            ["Ms. Ortiz said."],
        ],
        "The mayor",
    ),
]


@pytest.mark.parametrize("paras, speaker", BARE_CLAUSE_NOT)
def test_quotation_keeps_the_earlier_speaker_when_no_bare_clause_follows(paras, speaker):
    assert quote_rows(paras) == [(speaker, "quote")], quote_rows(paras)
