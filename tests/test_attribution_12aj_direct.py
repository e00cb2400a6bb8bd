"""Rules of issue 12aj-q (direct quotations, recall): a noun and "that/which said" before a quotation ('bottles that
said "Welcome home."'), and a colon cue whose clause holds a finite verb starting at that verb ('The mayor continued
with an appeal to voters: "..."'). Sentences written for the tests."""

import pytest
from test_attribution_12adq import table

from helpers.measures.attribution_direct import relative_says


def rows(sentence):
    return [(r.verb, r.source, r.kind) for r in table([sentence]).itertuples() if r.verb]


# --- "that/which said" before a quotation ---------------------------------------------------------------------------

RELATIVE = [
    ('Volunteers wore T-shirts that said "We are still here."', "T-shirts"),
    ("The club handed out bottles which said, \u201cWelcome to the games. Drink up.\u201d", "bottles"),
    ('The council released a short video that said, "Our parks will stay open all year long."', "a short video"),
]


@pytest.mark.parametrize("sentence, source", RELATIVE)
def test_noun_that_said_before_a_quotation_is_direct(sentence, source):
    assert ("said", source, "direct") in rows(sentence), rows(sentence)


RELATIVE_NOT = [
    'The farmers wore shirts that read "Stop the tax."',  # "that read": left out (quotations annotators skip)
    'The board sent a letter that said the plan was "dead."',  # no quotation right after the verb
    'That said, "the plan is dead," Lee added.',  # the idiom "that said", and the quotation is Lee's
    'Volunteers wore T-shirts that said "Hi".',  # a one-word quotation that is no utterance
]


@pytest.mark.parametrize("sentence", RELATIVE_NOT)
def test_no_relative_says_attribution(sentence):
    assert all(
        verb not in ("read", "said") or source not in ("shirts", "a letter", "That")
        for verb, source, _ in rows(sentence)
    ), rows(sentence)
    from helpers.measures.attribution_sentence import _Sentence

    ctx = _Sentence(sentence, 4)
    assert relative_says(ctx.masked, sentence, ctx.closed, []) == []


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
]


@pytest.mark.parametrize("sentence, cue, source", COLON)
def test_colon_cue_starts_at_the_finite_verb(sentence, cue, source):
    assert (cue, source, "direct") in rows(sentence), rows(sentence)


COLON_NOT = [
    ('Here is the text: "We will not vote for this bill."', ":"),  # no finite verb: the colon alone
    ('The mayor on the flood: "This cannot happen again in our town."', ":"),  # a headline's colon
]


@pytest.mark.parametrize("sentence, cue", COLON_NOT)
def test_colon_cue_without_a_finite_verb_stays_the_colon(sentence, cue):
    assert cue in [verb for verb, _, _ in rows(sentence)], rows(sentence)
