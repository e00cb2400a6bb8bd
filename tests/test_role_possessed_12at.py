"""Issue 12au-a: a possessive pronoun before a body that speaks for its owner ("His office said the senator would vote
no") takes the owner's role when the article types the owner politician, police or official. Every sentence is
invented."""

import pandas as pd
import pytest

from helpers.measures.role_possessed import OWNER_BASIS, owned_pronoun, owned_role
from helpers.measures.sourcing import extract_attributions


def _att(sents):
    units = pd.DataFrame({"doc_id": "d", "outlet": "O", "unit_id": range(len(sents)),
                          "paragraph_id": range(len(sents)), "text": sents, "role": "body"})
    return extract_attributions(units)


def _row(sents, source):
    att = _att(sents)
    rows = att[att["source"] == source]
    assert len(rows), att[["source", "source_resolved"]]
    return rows.iloc[-1]


@pytest.mark.parametrize(
    "sents, source, role",
    [
        # positives (main ad1d321: official by "office", or unknown for team, staff and camp)
        (["Sen. Ann Lee skipped the hearing on Tuesday.", "Her office said the senator would vote no."],
         "Her office", "politician"),
        (["Gov. Ivo Marek toured the flooded valley.", "His team said the money would come soon."],
         "His team", "politician"),
        (["Police Chief Olek Varga was not at the briefing.", "His office said the inquiry would go on."],
         "His office", "military_police"),
        (["Mr. Ivo Marek is the mayor of Dunmore.", "Ms. Tova Brill, a lawyer, disagreed with him.",
          "His office said the mayor would appeal."], "His office", "politician"),
        (["Olek Varga, the chief executive of Norland Freight, missed the call.",
          "His staff said the firm would keep its drivers."], "His staff", "official"),
        (["Rep. Pim Oduya ended her campaign on Friday.", "Her camp said she would endorse a rival."],
         "Her camp", "politician"),
    ],
)
def test_owned_body_takes_the_owners_role(sents, source, role):
    row = _row(sents, source)
    assert (row["role"], row["role_basis"]) == (role, OWNER_BASIS)
    assert row["source_resolved"] == source  # the body speaks: the resolved source and identity stay the body's
    assert row["identity"] != "named"


@pytest.mark.parametrize(
    "sents, source, role",
    [
        # near-misses: no person before it, an owner of unknown role, an expert's team, a woman's "his"
        (["The storm closed the roads for a week.", "His office said the inquiry would go on."],
         "His office", "official"),
        (["Ivo Marek skipped the meeting.", "His office said he was ill."], "His office", "official"),
        (["Mr. Ivo Marek, a professor of history, wrote the study.", "His team said the data were sound."],
         "His team", "unknown"),
        (["Ms. Ann Lee, the state senator, toured the site.", "His office said the road would stay shut."],
         "His office", "official"),
        # a body with a role noun of its own: not read here
        (["Sen. Ann Lee skipped the hearing.", "Her aides said she was ill."], "Her aides", "official"),
        (["Sen. Ann Lee skipped the hearing.", "Her lawyers said she would appeal."], "Her lawyers", "official"),
        (["Sen. Ann Lee skipped the hearing.", "Her spokeswoman said she was ill."], "Her spokeswoman", "spokesperson"),
        # no possessive pronoun
        (["Sen. Ann Lee toured the site.", "The office said the senator would vote no."], "The office", "official"),
    ],
)
def test_near_misses_keep_their_role(sents, source, role):
    row = _row(sents, source)
    assert row["role"] == role
    assert row["role_basis"] != OWNER_BASIS


def test_title_office_keeps_the_owner_role():
    """"The governor's office" took the governor's role on main already (issue 12ap-e); unchanged."""
    row = _row(["Rep. Ivo Marek spoke on Monday.", "The governor's office said it would review the bill."],
               "The governor's office")
    assert row["role"] == "politician" and row["role_basis"] == "phrase"


def test_office_building_is_no_source():
    att = _att(["Sen. Ann Lee toured the site.", "Her office building was closed, officials said."])
    assert not (att["role_basis"] == OWNER_BASIS).any()
    assert "Her office" not in set(att["source"])


@pytest.mark.parametrize(
    "phrase, pronoun",
    [("His office", "he"), ("her team", "she"), ("his  staff", "he"), ("Her camp", "she"),
     ("his transition team", "he"), ("their team", ""), ("his aides", ""), ("a spokeswoman in his office", ""),
     ("her office building", ""), ("the office", ""), ("his campaign", ""), ("his legal team", "")],
)
def test_owned_pronoun(phrase, pronoun):
    assert owned_pronoun(phrase) == pronoun


@pytest.mark.parametrize(
    "owner, role",
    [("politician", "politician"), ("official", "official"), ("military_police", "military_police"),
     ("expert", ""), ("ordinary_person", ""), ("unknown", ""), ("", ""), ("document", "")],
)
def test_owned_role(owner, role):
    assert owned_role(owner) == role
