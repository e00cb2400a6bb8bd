"""Issue 12ap-f: an "it" or "they" that no earlier source resolves takes the subject noun phrase of its own clause or
of the sentence before, when its head is a role noun of the pronoun's number (a document or a body for "it", a
plural group with a role for "they"). Sentences written for the tests; names invented."""

import pytest
from test_attribution_12ae import paragraphs

from helpers.measures import pronoun_phrases as PP
from helpers.measures.source_roles import RoleTagger, load_roles


def last_pronoun(text, pronoun):
    t = paragraphs([text.split(" | ")])
    rows = [r for r in t.itertuples() if r.source.strip().lower() == pronoun]
    return rows[-1].source_resolved, rows[-1].role


# each case: the article's sentences (one paragraph) joined by " | ", the pronoun, its speaker and role
POSITIVE = [
    # "it": a document that is the subject of the sentence before
    (
        "A new study by Wexford College tracked rents in forty cities. | It also concludes that wages fell.",
        "it",
        "A new study",
        "document",
    ),
    (
        "The new memo, written by the counsel, runs to nine pages. | It says the program should end.",
        "it",
        "The new memo",
        "document",
    ),
    # "it": a body, after a fronted adjunct
    (
        "In the spring of last year, the company raised its prices. | It said the plant met every rule.",
        "it",
        "the company",
        "official",
    ),
    # "they": a plural group with a role noun, in the sentence before or in the pronoun's own clause
    (
        "Two senators toured the flooded plant on Monday. | They said the repairs would take a year.",
        "they",
        "Two senators",
        "politician",
    ),
    (
        "Administration officials reject the notion. | Instead, they say the plan works.",
        "they",
        "Administration officials",
        "official",
    ),
    (
        "Senate Republican leaders returned to the question on Sunday, but they said the vote could wait.",
        "they",
        "Senate Republican leaders",
        "politician",
    ),
]

NEGATIVE = [
    # a person or a plural is no "it"; a singular is no "they"
    ("The senator toured the plant. | It said the repairs would take a year.", "it"),
    ("Two reports came out on Monday. | It says the program should end.", "it"),
    ("The senator toured the plant. | They said the repairs would take a year.", "they"),
    # a subject with no role noun, or a name, stops the search (no reaching past it)
    ("Two senators toured the plant. | The weather was cold. | They said the repairs would take a year.", "they"),
    ("Dana Brolin and Tomas Wexley toured the plant. | They said the repairs would take a year.", "they"),
    # the role noun is not the subject: after a preposition, or an owner before the head
    ("The majority of the study's findings were new. | It says the program should end.", "it"),
    ("Rents rose for the workers in May. | They said the repairs would take a year.", "they"),
    # a documents' plural is no group of people
    ("New reports from the agency came out. | They said the repairs would take a year.", "they"),
]


@pytest.mark.parametrize("text, pronoun, speaker, role", POSITIVE)
def test_unresolved_it_they_take_the_subject_phrase(text, pronoun, speaker, role):
    assert last_pronoun(text, pronoun) == (speaker, role)


@pytest.mark.parametrize("text, pronoun", NEGATIVE)
def test_unresolved_it_they_stay_unresolved_without_a_fitting_subject(text, pronoun):
    assert last_pronoun(text, pronoun)[0].strip().lower() == pronoun


def test_subject_phrase_reads_only_the_subject():
    role_of = RoleTagger(load_roles()).phrase_role
    sents = {0: "The company Acme rose on Monday.", 1: "It said the claim was false."}
    assert PP.subject_phrase(sents, 1, 0, False, role_of) == ""
    sents = {0: "The Justice review examined 600 cases.", 1: "It concluded that force was overused."}
    assert PP.subject_phrase(sents, 1, 0, False, role_of) == "The Justice review"
    sents = {0: "The Daily Courier obtained the letter.", 1: "It says the program should end."}
    assert PP.subject_phrase(sents, 1, 0, False, role_of) == ""
