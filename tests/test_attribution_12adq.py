"""Rules added by issue 12ad-q (direct quotations, round "12ad-q"): a quotation that ends a content clause with no
"that" and holds a later cue; a colon before a quotation in single marks (headlines); a label and a colon cue on
the same colon are one attribution; a quoted question after "was asked"; curly double marks typed the wrong way.
Sentences written for the tests."""
import pandas as pd
import pytest

from helpers.measures.sourcing import extract_attributions
from helpers.text.quotes import quote_spans


def table(sentences):
    n = len(sentences)
    u = pd.DataFrame({"doc_id": ["d1"] * n, "outlet": ["O"] * n, "unit_id": list(range(n)),
                      "paragraph_id": list(range(n)), "text": sentences, "role": ["body"] * n})
    return extract_attributions(u)


def kinds(sentence):
    return [(r.verb, r.kind) for r in table([sentence]).itertuples() if r.verb]


# --- a final quotation inside a content clause with no "that" ----------------------------------------------------

NESTED_NO_THAT = [
    ("A person close to the inquiry said the stolen files suggested the hackers wanted \u201ctrade secrets.\u201d",
     "said"),
    ('The mayor said the engineers found the bridge was "in no danger of collapse."', "said"),
    ("Ms. Lund said her neighbours called the new tower \u201ca glass tombstone for the old town.\u201d", "said"),
]


@pytest.mark.parametrize("sentence,verb", NESTED_NO_THAT)
def test_final_quotation_of_a_content_clause_without_that_is_direct(sentence, verb):
    assert (verb, "direct") in kinds(sentence)


NESTED_NO_THAT_NOT = [
    # a coordinated verb after a comma owns the final quotation
    ('The coach said the referee erred, and demanded the league call the goal "what it was, a mistake."', "said"),
    # a participle after a comma owns the final quotation
    ('The governor said the budget was balanced, adding the schools would get "every cent they were promised."',
     "said"),
    # a question put to someone owns the final quotation
    ("During the debate the host noted the senator's record and asked him, \u201cWhy should farmers trust you?\u201d",
     "noted"),
    # a clause break (a semicolon) before the later cue
    ('The minister said little; critics argued the plan was "a gift to the landlords."', "said"),
]


@pytest.mark.parametrize("sentence,verb", NESTED_NO_THAT_NOT)
def test_final_quotation_owned_by_a_later_cue_stays_reported(sentence, verb):
    assert (verb, "reported") in kinds(sentence)


# --- a colon before single quotation marks (the headline convention) --------------------------------------------

COLON_SINGLE = [
    "Senator on the Budget Vote: \u2018I Think It Will Pass.\u2019",
    "The governor was blunt: \u2018We are not going to raise taxes this year.\u2019",
    "Times editorial: 'Close the loophole now.'",
    "Union chief: 'We will strike on Monday.'",
]


@pytest.mark.parametrize("sentence", COLON_SINGLE)
def test_colon_before_a_single_quotation_is_a_direct_cue(sentence):
    assert kinds(sentence) == [(":", "direct")]


COLON_SINGLE_NOT = [
    "The mayor's name for it: \u2018Project Hope\u2019 was chosen by the board.",  # a short name, the clause goes on
    "The board's choice: 'Project Hope' was picked from nine names.",  # straight marks not ending the sentence
    "Here is the plan: the town's roads will be fixed by May.",  # an apostrophe, no quotation
]


@pytest.mark.parametrize("sentence", COLON_SINGLE_NOT)
def test_colon_before_a_name_in_single_marks_is_no_cue(sentence):
    assert (":", "direct") not in kinds(sentence)


def test_label_and_colon_cue_on_the_same_colon_are_one_attribution():
    t = table(["Mayor Addresses Flood Damage: \u201cThis Cannot Happen Again.\u201d"])
    assert [(r.verb, r.kind, r.pattern) for r in t.itertuples()] == [(":", "direct", "label")]
    assert len(kinds("Mayor Addresses Flood Damage: \u2018This Cannot Happen Again.\u2019")) == 1


# --- a quoted question after "was asked" ----------------------------------------------------------------------------

def test_quoted_question_after_asked_is_direct():
    assert kinds("On Monday the senator was asked, \u201cWhat is the hardest vote you have ever cast?\u201d") == [
        ("asked", "direct")]
    assert ("asked", "direct") in kinds('The senator was asked, "Will you run again?" and said no.')


@pytest.mark.parametrize("sentence", [
    "The senator was asked whether she would run again.",
    'The senator was asked, "the usual question," and answered it.',  # not a question
])
def test_asked_without_a_quoted_question_stays_reported(sentence):
    assert ("asked", "reported") in kinds(sentence)


# --- curly double marks typed the wrong way ------------------------------------------------------------------------

def test_closing_mark_typed_as_an_opening_one():
    t = "\u201d\u2026 the mill will not close this year,\u201d the owner said."
    assert [t[a:b] for a, b in quote_spans(t)] == ["\u2026 the mill will not close this year,"]
    assert kinds(t) == [("said", "direct")]


def test_opening_mark_typed_as_a_closing_one():
    t = "She called the fees \u201cunfair\u201d and \u201cillegal\u201c while the council voted."
    assert [t[a:b] for a, b in quote_spans(t)] == ["unfair", "illegal"]


@pytest.mark.parametrize("text,expected", [
    ("A \u201cgood\u201d day and a \u201cbad\u201d one.", ["good", "bad"]),
    ("He said \u201cno\u201d. Then \u201d and nothing else", ["no"]),  # a stray mark before a space opens nothing
    ("The 12\u201d pipe and the 6\u201d one.", []),  # inch marks after a digit
    ("\u201cWe will\u201c now", ["We will"]),  # an opening mark after a word and before a space closes
])
def test_wrong_way_marks_leave_ordinary_quotations_alone(text, expected):
    assert [text[a:b] for a, b in quote_spans(text)] == expected
