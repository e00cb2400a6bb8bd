"""Rules of issue 12ae-q (direct quotations): rule (a) of issue 12ad-q (a final quotation inside a content clause
with no "that") does not reach across a coordinated clause with a pronoun subject of its own; a signature line
("- Jane Doe.") after a quotation paragraph is a direct attribution. Sentences written for the tests."""

import pandas as pd
import pytest
from test_attribution_12adq import kinds

from helpers.measures.sourcing import extract_attributions

# --- rule (a) of 12ad-q: not across "and he ..." -----------------------------------------------------------------

OWN_CLAUSE_NOT = [
    'The mayor said the plan failed and he described it as "a mess from the start."',
    "The coach said the team played well and they called the referee \u201ca disgrace to the league.\u201d",
]


@pytest.mark.parametrize("sentence", OWN_CLAUSE_NOT)
def test_quotation_of_a_coordinated_clause_with_its_own_subject_is_not_the_first_cue_s(sentence):
    first = kinds(sentence)[0]
    assert first[1] == "reported", kinds(sentence)


OWN_CLAUSE_STILL = [
    # no subject of its own after "and": the final quotation still ends the content of "said"
    'A source said the hacked files suggested the intruders sought "trade secrets."',
    'The mayor said the engineers found the bridge was "in no danger of collapse."',
]


@pytest.mark.parametrize("sentence", OWN_CLAUSE_STILL)
def test_final_quotation_of_a_content_clause_stays_direct(sentence):
    assert kinds(sentence)[0] == ("said", "direct")


# --- a signature line after a quotation paragraph ----------------------------------------------------------------


def paragraphs(paras):
    rows = [(p, s) for p, sents in enumerate(paras) for s in sents]
    n = len(rows)
    u = pd.DataFrame(
        {
            "doc_id": ["d1"] * n,
            "outlet": ["O"] * n,
            "unit_id": list(range(n)),
            "paragraph_id": [p for p, _ in rows],
            "text": [s for _, s in rows],
            "role": ["body"] * n,
        }
    )
    return extract_attributions(u)


SIGNATURE = [
    ("- Jane Doe, mayor of Eastwick.", "Jane Doe"),
    ("\u2014Tom Rivers", "Tom Rivers"),
    ("-Senator Ana de la Cruz, in a tweet on Friday.", "Senator Ana de la Cruz"),
]


@pytest.mark.parametrize("line,name", SIGNATURE)
def test_signature_line_after_a_quotation_paragraph_is_a_direct_attribution(line, name):
    t = paragraphs([["The town met on Monday."], ['"We will rebuild the bridge before the winter comes."'], [line]])
    rows = t[t["pattern"] == "signature"]
    assert list(rows["source"]) == [name] and list(rows["kind"]) == ["direct"]


SIGNATURE_NOT = [
    # not after a quotation paragraph
    [["The town met on Monday and agreed on a plan."], ["- Jane Doe, mayor of Eastwick."]],
    # the dash line shares its paragraph with another sentence
    [['"We will rebuild the bridge before the winter comes."'], ["- Jane Doe.", "She left early."]],
    # a heading in capitals, a list item that is no name
    [['"We will rebuild the bridge before the winter comes."'], ["- MORE NEWS"]],
    [['"We will rebuild the bridge before the winter comes."'], ["- the bridge will cost two million dollars."]],
]


@pytest.mark.parametrize("paras", SIGNATURE_NOT)
def test_other_dash_lines_are_no_signature(paras):
    assert "signature" not in set(paragraphs(paras)["pattern"])


# --- a reporting clause between commas inside its content --------------------------------------------------------

PARENTHETICAL_REPORTED = [
    # the content runs on both sides of the clause and neither opens nor ends with a quotation mark
    'The new budget, the mayor said, "leaves no room for error" in the coming year.',
    "The old mill's owners, Ms. Varga added, \u201cnever paid a cent\u201d toward the repairs.",
]


@pytest.mark.parametrize("sentence", PARENTHETICAL_REPORTED)
def test_clause_between_commas_with_a_quotation_inside_the_content_is_reported(sentence):
    assert [k for _, k in kinds(sentence)] == ["reported"]


PARENTHETICAL_DIRECT = [
    # the content ends with a quotation
    'The new budget, the mayor said, leaves "no room for error."',
    # a fronted adjunct before the clause, and a quotation after it: the content opens with the quotation
    'After the vote ended, the mayor said, "We will start again tomorrow."',
    # the quotation opens the sentence
    '"We will start again," the mayor said, "and we will win."',
]


@pytest.mark.parametrize("sentence", PARENTHETICAL_DIRECT)
def test_clause_between_commas_stays_direct_when_the_content_opens_or_ends_with_a_quotation(sentence):
    assert [k for _, k in kinds(sentence)] == ["direct"]


# --- a cue with a content of its own after a quotation of an earlier clause --------------------------------------

OWN_CONTENT_REPORTED = [
    ('Asked whether the plan "will survive the winter," most residents said yes.', "said"),
    ('Although the coach called the loss "a wake-up call for all of us," he also blamed the referee.', "blamed"),
]


@pytest.mark.parametrize("sentence,verb", OWN_CONTENT_REPORTED)
def test_cue_with_its_own_content_after_an_earlier_clause_s_quotation_is_reported(sentence, verb):
    assert (verb, "reported") in kinds(sentence)


OWN_CONTENT_DIRECT = [
    # a recipient after "told": the quotation before is the content
    ('"The bridge will be rebuilt by the winter," the mayor told the local paper.', "told"),
    # the cue's own content holds a quotation
    ('Asked about the plan, the mayor said it was "a gift to the town."', "said"),
]


@pytest.mark.parametrize("sentence,verb", OWN_CONTENT_DIRECT)
def test_cue_stays_direct_when_the_quotation_is_its_content(sentence, verb):
    assert (verb, "direct") in kinds(sentence)


# --- fixes after the out-of-sample read --------------------------------------------------------------------------

AFTER_READ_DIRECT = [
    # "he or she" is no coordinated clause with a subject of its own
    (
        "The clerk told federal investigators that he or she was told by a manager to hold the files and that "
        "\u201cthe head office wanted some cases.\u201d",
        "told",
    ),
    # a quotation that runs on past the end of the sentence ends the content
    ("The new budget, the mayor said, is \u201cnot our only duty to the town and its people.", "said"),
    # a bare pronoun after the cue refers back to the quotation
    ('The plan "puts the town first," is how the local paper described it.', "described"),
    # a postposed source's apposition is not the rest of the content
    ('The plan is "a disaster for all of us," said Jane Doe, a professor of planning.', "said"),
]


@pytest.mark.parametrize("sentence,verb", AFTER_READ_DIRECT)
def test_direct_quotations_kept_after_the_out_of_sample_read(sentence, verb):
    assert (verb, "direct") in kinds(sentence)
