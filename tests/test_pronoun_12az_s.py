"""A "The" + capitalised modifier + lower-case person noun ("The Acme spokesman", "The Norland aide") is a person "he"
or "she" may refer back to, like "the spokesman"; a "The" + capitalised name ("the Blue House") or a lower-case
organisation word after a name ("The Roe campaign", "the Norland government") stays an institution (issue 12az-s).
Sentences written for the tests."""
import pandas as pd
import pytest

from helpers.measures.source_roles import RoleTagger, load_roles
from helpers.measures.sourcing import _person_like, extract_attributions

ROLE_OF = RoleTagger(load_roles()).phrase_role


def resolved(sentences):
    u = pd.DataFrame({"doc_id": ["d1"] * len(sentences), "outlet": ["O"] * len(sentences),
                      "unit_id": list(range(len(sentences))), "paragraph_id": list(range(len(sentences))),
                      "text": sentences, "role": ["body"] * len(sentences)})
    df = extract_attributions(u)
    return [(r.unit_id, r.source, r.source_resolved) for r in df.itertuples() if r.verb]


@pytest.mark.parametrize("phrase", ["The Acme spokesman", "The Norland aide", "the White House official",
                                    "The GOP senator"])
def test_a_titled_person_noun_is_person_like(phrase):
    assert _person_like({"type": "other", "source": phrase}, ROLE_OF)


@pytest.mark.parametrize("phrase", ["The White House", "the Blue House", "The Roe campaign", "the Norland government",
                                    "The Acme spokesmen", "The Justice department", "the Obama team",
                                    "The Democrat-controlled chamber", "the Lawfare blog", "The Acme president"])
def test_an_institution_or_a_plural_is_not_person_like(phrase):
    assert not _person_like({"type": "other", "source": phrase}, ROLE_OF)


def test_he_refers_back_to_the_titled_spokesman_not_an_older_name():
    rows = resolved([
        '"The audit found nothing," Acme\'s general counsel Dan Lee wrote in the letter.',
        "The Norland spokesman told reporters that the ruling was a telling one.",
        '"It shows the files were hidden," he said.',
    ])
    assert (2, "he", "The Norland spokesman") in rows


def test_without_the_role_tagger_a_titled_noun_stays_an_institution():
    assert not _person_like({"type": "other", "source": "The Acme spokesman"})


def test_he_still_skips_a_titled_institution():
    rows = resolved([
        '"The audit found nothing," Acme\'s general counsel Dan Lee wrote in the letter.',
        "The Norland government told reporters that the ruling was a telling one.",
        '"It shows the files were hidden," he said.',
    ])
    assert (2, "he", "The Norland government") not in rows


# review r12az: the role lexicon gives company, document and outlet nouns a role ("automaker", "lender", "statement",
# "watchdog", "broadcaster"); after "The" + a capitalised modifier they name a body, not a person
@pytest.mark.parametrize("phrase", ["The German automaker", "the Swiss drugmaker", "The Dutch lender",
                                    "The Texas utility", "the Acme statement", "The Norland watchdog",
                                    "the Norland broadcaster", "The Acme startup"])
def test_a_titled_company_or_document_noun_is_not_person_like(phrase):
    assert not _person_like({"type": "other", "source": phrase}, ROLE_OF)


def test_he_skips_a_titled_company_noun():
    rows = resolved([
        '"Sales will recover by summer," chief executive Hans Roth told analysts on a call.',
        "The Norland automaker said in March that its profits had fallen by a third.",
        '"We expect a better second half," he said.',
    ])
    assert (2, "he", "The Norland automaker") not in rows
