"""Issue 12as-b: speaker spans and pronouns. A short span ending in a subject pronoun is the pronoun ("a column he |
wrote"); "it" passes over antecedents the article marks as persons; a definite document ("the report") refers back
only to a document or a phrase with its noun, not to the outlet or person whose source type it shares. Sentences
written for the tests; names invented."""

import pytest
from test_attribution_12ae import paragraphs

from helpers.measures.pronoun_names import person_phrase
from helpers.measures.source_roles import RoleTagger, load_roles


def rows(text):
    return paragraphs([text.split(" | ")])


def row_of(text, verb):
    t = rows(text)
    return t[t["verb"] == verb].iloc[-1]


# (sentences, cue, source span, resolved source)
SPAN_POSITIVE = [
    ("Mayor Dana Brown praised the plan, whose merits she stressed at length.", "stressed", "she", "Mayor Dana Brown"),
    ("The senator cited a column he wrote in the Daily Ledger last spring.", "wrote", "he", "The senator"),
]
SPAN_NEGATIVE = [
    # a coordination keeps both subjects
    ("Tom Roe and she said the bridge was safe.", "said", "Tom Roe and she"),
    # "they", and a span opened by an auxiliary or a negation, are not cut (their pronouns were resolved wrong)
    ("The more voters learn about Tom Roe, the more they appear to like him.", "appear to", None),
    ("Not only does he say it, he repeats it every week.", "say", None),
    # a longer phrase is not cut
    ("The senior engineers of the new bridge project they hired said the bridge was safe.", "said", None),
]


@pytest.mark.parametrize("text,verb,source,resolved", SPAN_POSITIVE)
def test_short_span_ending_in_a_pronoun_is_the_pronoun(text, verb, source, resolved):
    r = row_of(text, verb)
    assert (r["source"], r["source_resolved"]) == (source, resolved)


@pytest.mark.parametrize("text,verb,source", SPAN_NEGATIVE)
def test_coordination_and_long_spans_are_not_cut(text, verb, source):
    r = row_of(text, verb)
    if source is None:
        assert r["source"] not in ("he", "she", "they")
    else:
        assert r["source"] == source


IT_POSITIVE = [
    "Sen. Dana Brown said the dam was old. | It said the dam would hold.",
    "Ms. Brown said the dam was old. | It said the dam would hold.",
]
IT_NEGATIVE = [
    ("The Norland Water Agency said the dam was old. | It said the dam would hold.", "The Norland Water Agency"),
    ("The Norland Times said the dam was old. | It said the dam would hold.", "The Norland Times"),
]


@pytest.mark.parametrize("text", IT_POSITIVE)
def test_it_is_not_resolved_to_a_person(text):
    assert row_of(text, "said")["source_resolved"] == "It"


@pytest.mark.parametrize("text,resolved", IT_NEGATIVE)
def test_it_still_refers_to_a_body(text, resolved):
    assert row_of(text, "said")["source_resolved"] == resolved


def test_person_phrase_marks():
    role_of = RoleTagger(load_roles()).phrase_role
    assert person_phrase("Mr. Roe", {}, role_of)
    assert person_phrase("Sen. Dana Brown", {}, role_of)
    assert person_phrase("Brown", {}, role_of, {"brown"})
    assert not person_phrase("Brown", {}, role_of)
    assert not person_phrase("The State Department", {}, role_of)
    assert not person_phrase("NWA", {}, role_of)


DOC_POSITIVE = [
    ("The Norland Times reported the vote on Monday. | The report said most voters back the plan.", "The report"),
]
DOC_NEGATIVE = [
    (
        "The Norland Times said the vote was close. | The Norland Times poll found that most voters back the plan. | "
        "The survey also found that turnout rose.",
        "The Norland Times poll",
    ),
    (
        "A new report by the Norland Institute said rents rose. | The report found that most tenants pay more.",
        "A new report by the Norland Institute",
    ),
]


@pytest.mark.parametrize("text,resolved", DOC_POSITIVE)
def test_definite_document_is_not_resolved_to_an_outlet(text, resolved):
    r = rows(text).iloc[-1]
    assert (r["source_resolved"], r["role"]) == (resolved, "document")


@pytest.mark.parametrize("text,resolved", DOC_NEGATIVE)
def test_definite_document_still_refers_to_a_document(text, resolved):
    assert rows(text).iloc[-1]["source_resolved"] == resolved
