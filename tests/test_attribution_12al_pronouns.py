"""Issue 12al-s: the candidate finder for "he"/"she" takes persons named in forms of English the name finder did not
read (a possessive opener, an apposition after a role-noun phrase that opens the sentence, a name after a fronted
adjunct, a name with a relative "who"). Sentences written for the tests; names invented."""

import pytest
from test_attribution_12ae import paragraphs

from helpers.measures import pronoun_names as PN
from helpers.measures.source_roles import RoleTagger, load_roles


def last_pronoun(text):
    t = paragraphs([text.split(" | ")])
    return [r.source_resolved for r in t.itertuples() if r.source.strip().lower() in ("he", "she")][-1]


# each case: the article's sentences (one paragraph) joined by " | ", and the speaker the last "he"/"she" takes
POSITIVE = [
    # an apposition after a role-noun phrase that opens the sentence
    (
        "The new head of research at Acme, Dana Brown, joined the firm in May. | She said the tests were done.",
        "Dana Brown",
    ),
    (
        "The company's head of research, Dana Brown, joined the firm in May. | She said the tests were done.",
        "Dana Brown",
    ),
    (
        "Mayor Tom Roe spoke first. | The agency's chief engineer Dana Brown toured the plant. | She said it was clean.",
        "Dana Brown",
    ),
    # a possessive opener
    ("Springfield's Mayor Dana Brown won the race in May. | She said the course was hard.", "Mayor Dana Brown"),
    (
        "Mayor Tom Roe spoke first. | Springfield's Dana Brown, 50, won the race. | She said the course was hard.",
        "Dana Brown",
    ),
    # a name followed by a relative clause
    ("Dana Brown, who ran the agency for ten years, left in May. | She said the work was done.", "Dana Brown"),
    ("Mayor Tom Roe spoke first. | Brown, who ran the agency, left in May. | She said the work was done.", "Brown"),
    # a name after a fronted adjunct
    (
        "Mayor Tom Roe spoke first. | During the visit, Governor Dana Brown toured the plant. | She said it was clean.",
        "Governor Dana Brown",
    ),
    (
        "Mayor Tom Roe spoke first. | After the storm, Dr. Dana Brown toured the plant. | She said it was clean.",
        "Dr. Dana Brown",
    ),
]

NEGATIVE = [
    # an apposition after an object (not a phrase opening the sentence) is no subject
    (
        "Mayor Tom Roe spoke first. | Roe met the head of research at Acme, Dana Brown, on Monday. | "
        "He said the talks went well.",
        "Roe",
    ),
    # a possessive opener followed by an organisation, not a person
    (
        "Mayor Tom Roe spoke first. | Springfield's Water Board met in May. | He said the board did well.",
        "Mayor Tom Roe",
    ),
    # "which" is no person's relative
    (
        "Mayor Tom Roe spoke first. | Acme Plastics, which ran the plant, left in May. | He said the work was done.",
        "Mayor Tom Roe",
    ),
    # a name inside the fronted adjunct is no subject
    (
        "Mayor Tom Roe spoke first. | During the visit of Dana Brown, the plant was shown. | He said it was clean.",
        "Mayor Tom Roe",
    ),
    # a name with no evidence of a person stays no candidate
    (
        "Mayor Tom Roe spoke first. | After the storm, Dana Brown toured the plant. | He said it was clean.",
        "Mayor Tom Roe",
    ),
]


@pytest.mark.parametrize("text, speaker", POSITIVE)
def test_pronoun_takes_a_person_named_in_a_form(text, speaker):
    assert last_pronoun(text) == speaker


@pytest.mark.parametrize("text, speaker", NEGATIVE)
def test_pronoun_keeps_its_antecedent_without_the_form(text, speaker):
    assert last_pronoun(text) == speaker


def test_forms_mark_subjects_and_persons():
    tagger = RoleTagger(load_roles())
    runs = PN._forms("Springfield's Dana Brown won the race.", tagger)
    assert runs == [("Dana Brown", True, False), ("Springfield", True, False)]  # the owner only when no person
    runs = PN._forms("Springfield's Dana Brown, 50, won the race.", tagger)
    assert runs[0] == ("Dana Brown", True, True)
    runs = PN._forms("On Springfield's Main Street, Dana Brown won the race.", tagger)
    assert "Main Street" not in [r[0] for r in runs]  # a possessive inside a prepositional phrase opens nothing
    runs = PN._forms("Trump's lawyer said the case was closed.", tagger)
    assert runs == [("Trump", True, False)]  # an owner with no name after it stays as it was
    runs = PN._forms("Brown, who ran the agency, left.", tagger)
    assert runs[0] == ("Brown", True, True)
    runs = PN._forms("During the visit, Brown toured the plant.", tagger)
    assert ("Brown", True, False) in runs


# rule (a) of issue 12ak-s on top of the finder: the subject of the reported clause that holds the pronoun
CLAUSE = [
    (
        "Mayor Ann Lee spoke on Monday. | Lee said Governor Tom Roe lost the vote because he said the plan was too "
        "costly.",
        "Governor Tom Roe",
    ),
    (
        "Mayor Ann Lee spoke on Monday. | Lee argued that Governor Tom Roe would have to take back what he said "
        "about taxes.",
        "Governor Tom Roe",
    ),
    # negative: a new clause after a comma and "and", an object before "after", a possessive
    ("Mayor Ann Lee spoke on Monday. | Lee said Governor Tom Roe would win, and he added that the plan works.", "Lee"),
    ("Mayor Ann Lee spoke on Monday. | Lee praised Governor Tom Roe after he said the plan works.", "Lee"),
    ("Mayor Ann Lee spoke on Monday. | Lee said Governor Tom Roe's aide lost because he said too much.", "Lee"),
]


@pytest.mark.parametrize("text, speaker", CLAUSE)
def test_pronoun_takes_the_reported_clause_subject(text, speaker):
    assert last_pronoun(text) == speaker
