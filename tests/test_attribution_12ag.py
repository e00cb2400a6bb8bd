"""Rules of issue 12ag-s (speaker spans): a subject pronoun that opens its clause right before the reporting verb is
its source, not the longer phrase that ends with it ("... Lee. And he | told", "how he | hoped"); a lower-case
coordinator ("Ann and he said") or a noun ("the deal he proposed") before the pronoun keeps the phrase as it was.
A quotation-only sentence followed in its paragraph by a sentence that is only a reporting clause ("Lee asked.") is
that clause's speaker's. Sentences written for the tests."""

import pytest
from test_attribution_12adq import table
from test_attribution_12ae import paragraphs


def rows(sentence):
    return [(r.verb, r.source) for r in table([sentence]).itertuples() if r.verb]


PRONOUN_TAIL = [
    ("He had a clear picture of how he hoped the talks would end.", "hoped", "he"),
    ("Ann Roe met Tom Lee on Friday. And he told the board the plan was dead.", "told", "he"),
    ("The bridge will cost more than they think.", "think", "they"),
    ("The harbour plan stalled, and apparently she said nothing about it.", "said", "she"),
    ("Two years later -- the year the port closed -- he said the law was wrong.", "said", "he"),
]


@pytest.mark.parametrize("sentence, verb, source", PRONOUN_TAIL)
def test_pronoun_opening_its_clause_is_the_source(sentence, verb, source):
    assert (verb, source) in rows(sentence), rows(sentence)


PRONOUN_TAIL_NOT = [
    # a coordinated subject keeps both members
    ("Ann Roe and he said the plan was dead.", "said", "Ann Roe and he"),
    ("Only the coach or she knew the plan would fail.", "knew", None),
    # after a noun the pronoun opens a relative clause: left as it was
    ("The new rules help, just not in the way he thinks.", "thinks", None),
    ("Voters rejected the deal he proposed.", "proposed", None),
    # a name or a noun phrase before the verb is unchanged
    ("The harbour master said the ferry would run.", "said", "The harbour master"),
]


@pytest.mark.parametrize("sentence, verb, source", PRONOUN_TAIL_NOT)
def test_coordinated_or_relative_subject_is_kept(sentence, verb, source):
    got = rows(sentence)
    if source is None:
        assert all(s not in ("she", "he") for v, s in got if v == verb), got
    else:
        assert (verb, source) in got, got


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
