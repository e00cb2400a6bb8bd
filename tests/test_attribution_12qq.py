"""Rules added by issue 12qq (direct quotations): a colon that ends a sentence before a paragraph that opens with a
quotation is a cue ('The senator released a statement: | "..."'), and a colon cue whose clause has a finite verb
takes that verb's subject as its source ('X issued the following statement:' gives "X"). Sentences written for the
tests."""
import pandas as pd
import pytest

from helpers.measures.sourcing import extract_attributions


def table(sentences, paragraphs=None):
    n = len(sentences)
    u = pd.DataFrame({"doc_id": ["d1"] * n, "outlet": ["O"] * n, "unit_id": list(range(n)),
                      "paragraph_id": paragraphs if paragraphs is not None else list(range(n)),
                      "text": sentences, "role": ["body"] * n})
    return extract_attributions(u)


def colon_rows(sentences, paragraphs=None):
    t = table(sentences, paragraphs)
    return [(r.unit_id, r.source, r.kind) for r in t.itertuples() if r.verb == ":"]


@pytest.mark.parametrize("first, source", [
    ("The governor issued the following statement:", "The governor"),
    ("Late on Friday, the union's lawyers gave the court a letter:", "the union's lawyers"),
    ("Her campaign manager sent reporters an email:", "Her campaign manager"),
])
def test_colon_before_a_quotation_paragraph_is_a_direct_cue(first, source):
    rows = colon_rows([first, "\u201cWe share the grief of every family in the valley tonight.\u201d"])
    assert rows == [(0, source, "direct")]


@pytest.mark.parametrize("sentences", [
    # the next paragraph is no quotation
    ["The governor issued the following statement:", "The mill will reopen in the spring, officials hope."],
    # the quotation is in another article
    ["The governor issued the following statement:"],
    # no colon at the end of the sentence (the colon inside it has no quotation after it)
    ["The plan has two parts: the budget and the schedule.",
     "\u201cWe share the grief of every family in the valley tonight.\u201d"],
    # no colon at the end of the sentence
    ["The governor issued a statement.", "\u201cWe share the grief of every family in the valley tonight.\u201d"],
])
def test_no_colon_cue_without_a_quotation_right_after_the_colon(sentences):
    assert colon_rows(sentences) == []


@pytest.mark.parametrize("sentence, source", [
    ('The committee issued a report on Monday: "The agency failed to act on every warning it received."',
     "The committee"),
    ('Smith gave the governor a backhanded compliment: "You never have to guess where he stands."', "Smith"),
    ('A think tank had this to say about the plan: "Families at the top would gain the most from it."',
     "A think tank"),
])
def test_colon_cue_takes_the_subject_of_the_finite_verb_before_it(sentence, source):
    assert colon_rows([sentence]) == [(0, source, "direct")]


@pytest.mark.parametrize("sentence, source", [
    ('Her answer: "We will stay in the race until the very last vote is counted."', "Her answer"),
    ('The rally had one message: "Dump the plan before the council votes on it."', "The rally had one message"),
])
def test_colon_cue_without_a_finite_verb_or_with_only_a_determiner_keeps_its_phrase(sentence, source):
    # "The rally had": the subject would be a bare determiner, so the clause is kept as before
    assert colon_rows([sentence]) == [(0, source, "direct")]
