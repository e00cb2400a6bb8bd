"""Rules added by issue 12qq (direct quotations): a colon cue whose clause has a finite verb takes that verb's
subject as its source ('X issued the following statement: "..."' gives "X"); a headline's single marks (curly or
straight) that end the sentence after its last cue make it direct, and "calls X 'Y'" is a cue. Issue 12qq also made a
colon that ends a sentence before a paragraph opening with a quotation a cue; it was withdrawn after an
out-of-sample read (5 of 14 right on AllSides), and the tests below check it stays off. Sentences written for the
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
    return [(r.unit_id, r.source, r.kind) for r in t.itertuples() if r.verb_lemma == "colon"]  # 12aj-q: "issued ...:"


@pytest.mark.parametrize("first", [
    "The governor issued the following statement:",
    "Late on Friday, the union's lawyers gave the court a letter:",
    "Here is a suggested approach:",
])
def test_colon_ending_a_sentence_before_a_quotation_paragraph_is_no_cue(first):
    # withdrawn in issue 12qq: out of sample it took headings and lead-ins ("Here is ...:") for speakers
    assert colon_rows([first, "\u201cWe share the grief of every family in the valley tonight.\u201d"]) == []


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


@pytest.mark.parametrize("sentence, verb", [
    ("Mayor calls the bridge plan 'a gift to developers.'", "calls"),
    ("Senator Ames calls new tax plan \u2018a gift to the rich.\u2019", "calls"),
    ("State calls 14 memos of the agency 'top secret.'", "calls"),
    ("Governor promises flood report 'as soon as possible.'", "promises"),
])
def test_headline_single_marks_ending_the_sentence_make_a_direct_quotation(sentence, verb):
    assert (verb, "direct") in [(v, k) for v, _, k in cues1(sentence)]


@pytest.mark.parametrize("sentence, verb", [
    ("The mayor said the plan's cost was 'too high' for the city this year.", "said"),  # the quotation is inside
    ("The governor's aides said the budget would pass.", "said"),  # an apostrophe, no quotation
    ("The mayor said the budget would pass, the council's 'yes' men agreed.", "said"),  # not the last cue's
])
def test_single_marks_not_ending_the_cue_sentence_leave_it_reported(sentence, verb):
    assert (verb, "reported") in [(v, k) for v, _, k in cues1(sentence)]


def test_called_with_a_single_quoted_name_is_a_cue_but_a_summons_is_not():
    assert [v for v, _, _ in cues1("The coach called the loss 'a wake-up call.'")] == ["called"]
    assert cues1("The board called the meeting to order at noon.") == []


def cues1(sentence):
    return [(r.verb, r.source, r.kind) for r in table([sentence]).itertuples() if r.verb]
