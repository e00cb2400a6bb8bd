"""Cases from the review of issues 12ao/12ap (invented sentences): each test but the guard
`test_he_still_resolves_to_a_plain_full_name` failed before its fix."""

from __future__ import annotations

import math

import pandas as pd

from helpers.measures import pronoun_phrases as P
from helpers.measures import source_roles as SR
from helpers.measures import sourcing as S
from helpers.measures.attribution_eval import benchmark_lines, rounded_down


def _resolved(sentences: list[str], drop_paragraphs: bool = False) -> pd.DataFrame:
    units = pd.DataFrame(
        {
            "doc_id": "d",
            "outlet": "x",
            "unit_id": range(len(sentences)),
            "paragraph_id": range(len(sentences)),
            "text": sentences,
        }
    )
    if drop_paragraphs:
        units = units.drop(columns="paragraph_id")
    return S.extract_attributions(units, ["outlet"], roles=SR.load_roles())


def test_he_does_not_resolve_to_a_place_or_a_name_that_modifies_the_subject():
    for first in (
        "Lake Verran voters toured the new plant on Monday.",
        "Costa Mira rallied after the vote on Monday. Prices rose in Costa Mira.",
    ):
        att = _resolved([first, "He said the plan would cost jobs in the county."])
        row = att[att["verb"] == "said"].iloc[0]
        assert row["source_resolved"] in ("He", ""), row["source_resolved"]


def test_he_still_resolves_to_a_plain_full_name():
    att = _resolved(["Dana Brolin toured the new plant on Monday.", "He said the plan would cost jobs in the county."])
    assert att[att["verb"] == "said"].iloc[0]["source_resolved"] == "Dana Brolin"


def test_they_stops_at_a_fronted_clause_with_its_own_subject():
    tagger = SR.RoleTagger(SR.load_roles())
    own = "Because the workers left early, they said the plan failed."
    sents = {0: "Two senators toured the plant.", 1: own}
    assert P.subject_phrase(sents, 1, own.index("they"), True, tagger.phrase_role) == ""
    own2 = "Later they said the plan failed."
    sents2 = {0: "Two senators toured the plant.", 1: own2}
    assert P.subject_phrase(sents2, 1, own2.index("they"), True, tagger.phrase_role) == "Two senators"


def test_that_opens_a_subject_and_a_country_name_is_not_a_plural():
    tagger = SR.RoleTagger(SR.load_roles())
    sents = {0: "That report found that rents rose.", 1: "It also concludes that the city must act."}
    assert P.subject_phrase(sents, 1, 0, False, tagger.phrase_role) == "That report"
    sents = {0: "The United States toured the plant.", 1: "They said the plan failed."}
    assert P.subject_phrase(sents, 1, 0, True, tagger.phrase_role) == ""


def test_quotation_sentence_continues_only_within_a_known_paragraph():
    sents = [
        "Ann Roe defended the plan at the hearing on Monday.",
        "\u201cWe will build the new road and the new bridge before winter comes.\u201d",
    ]
    with_ids = _resolved([sents[0] + " " + sents[1]])  # one unit: nothing to continue
    assert len(with_ids) >= 1
    no_ids = _resolved(sents, drop_paragraphs=True)
    first = no_ids[no_ids["unit_id"] == 0]
    assert (first["kind"] == "reported").all()  # without paragraph ids "the same paragraph" cannot be told


def test_rounded_down_keeps_nan():
    assert math.isnan(rounded_down(float("nan")))
    t = pd.DataFrame(
        {
            "split": ["dev"],
            "measure": ["direct"],
            "precision": [float("nan")],
            "recall": [0.0],
            "f1": [float("nan")],
            "tp_pred": [0],
            "n_pred": [0],
            "tp_gold": [0],
            "n_gold": [5],
        }
    )
    assert "F1 nan" in benchmark_lines(t)[0]


def test_an_office_takes_its_owners_role_whatever_the_owners_capital():
    tagger = SR.RoleTagger(SR.load_roles())
    for phrase, role in (
        ("the mayor's office", "politician"),
        ("The Mayor's office", "politician"),
        ("the governor's office", "politician"),
        ("a county sheriff's office", "military_police"),
        ("the prosecutor's office", "official"),
        ("his office", "official"),
    ):
        tagger.reset()
        assert tagger.role(phrase)[0] == role, phrase
