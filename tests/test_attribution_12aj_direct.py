"""Rule of issue 12aj-q (direct quotations): a colon cue whose clause holds a finite verb starts at that verb ('The
mayor continued with an appeal to voters: "..."' has the cue "continued with an appeal to voters:", not ":"), so that
it meets a cue drawn on the verb. Sentences written for the tests."""

import pytest
from test_attribution_12adq import table


def rows(sentence):
    return [(r.verb, r.source, r.kind) for r in table([sentence]).itertuples() if r.verb]


# --- a colon cue whose clause holds a finite verb starts at that verb -----------------------------------------------

COLON = [
    (
        'The mayor continued with an appeal to voters: "To every parent, I say the schools will open."',
        "continued with an appeal to voters:",
        "The mayor",
    ),
    (
        "A familiar voice celebrated the vote on Twitter: \u201cWe have already won this town.\u201d",
        "celebrated the vote on Twitter:",
        "A familiar voice",
    ),
    (
        'The governor has adopted the view common among farmers: "We grow food, not fuel."',
        "has adopted the view common among farmers:",
        "The governor",
    ),
]


@pytest.mark.parametrize("sentence, cue, source", COLON)
def test_colon_cue_starts_at_the_finite_verb(sentence, cue, source):
    assert (cue, source, "direct") in rows(sentence), rows(sentence)


COLON_NOT = [
    ('Here is the text: "We will not vote for this bill."', ":"),  # no finite verb: the colon alone
    ('The mayor on the flood: "This cannot happen again in our town."', ":"),  # a headline's colon
    ('The senator objected; her reply to the board: "No way, not now, not ever."', ":"),  # a clause of its own
]


@pytest.mark.parametrize("sentence, cue", COLON_NOT)
def test_colon_cue_without_a_finite_verb_stays_the_colon(sentence, cue):
    assert cue in [verb for verb, _, _ in rows(sentence)], rows(sentence)
