"""Rounds 12cg, 12cg-3 and 12cg-4: a statement speaks with the role of a politician, spokesperson or outlet that
issued it ("A statement by Sen. Ann Lee said": politician); a person noun ("the official") does not refer back to a
statement. Invented sentences."""

from __future__ import annotations

import pytest

from helpers.measures.role_statements import ISSUER_BASIS, statement_head, statement_issuer
from tests._attribution_rows import attribution_rows, row_of


@pytest.mark.parametrize("phrase, issuer", [
    ("A statement by Sen. Ann Lee", "Sen. Ann Lee"),
    ("a joint statement from Norland Rep. Ben Kay", "Norland Rep. Ben Kay"),
    ("a statement issued Monday by the family of Ben Kay", "the family of Ben Kay"),
    ("The statement, released late on Friday by Mayor Ann Lee", ""),  # a comma before the issuer: not read
    ("A statement from the Norland Teachers Union, which represents 9,000 teachers", "the Norland Teachers Union"),
    ("Lee's statement", "Lee"),
    ("the Norland Alliance\u2019s brief statement", "Norland Alliance"),
    ("Kay' statement", ""),  # an apostrophe alone after a word that does not end in s
    ("Mrs. Lee made the following statement", "Mrs. Lee"),
    ("Governor Ben Kay issued a brief statement", "Governor Ben Kay"),
])
def test_statement_issuer_reads_the_three_forms(phrase, issuer):
    assert statement_issuer(phrase) == issuer


@pytest.mark.parametrize("phrase", [
    "the statement", "In a statement", "his statement", "their statement", "a Norland Police statement",
    "a family statement", "A statement on behalf of Ann Lee", "statements and controversies",
    "their financial statements from", "a statement by him", "the report by Sen. Ann Lee",
])
def test_statement_issuer_is_empty_for_other_phrases(phrase):
    assert statement_issuer(phrase) == ""


@pytest.mark.parametrize("sentences, verb, role", [
    (("A statement by Sen. Ann Lee said the deal was a mistake.",), "said", "politician"),
    (("A statement from Norland Press Secretary Ben Kay said the talks were over.",), "said", "spokesperson"),
    (("Ann Lee, a Norland state senator, spoke on Monday.", "Lee's statement said the vote was rigged."), "said",
     "politician"),
    (("Ann Lee, a Norland state senator, spoke on Monday.",
      'Lee made the following statement: "We will not give up on this bill."'), ":", "politician"),
])
def test_a_statement_takes_its_issuers_role(sentences, verb, role):
    row = row_of(*sentences, verb=verb)
    assert row["role"] == role and row["role_basis"] == ISSUER_BASIS


@pytest.mark.parametrize("sentences, verb", [
    (("A statement from the Norland Health Department said the water was safe.",), "said"),  # the same role
    (("Ann Lee, a Norland state senator, spoke on Monday.", "Her statement said the vote was rigged."), "said"),
    (("A statement from Ann Lee said the vote was rigged.",), "said"),  # no role stated for the issuer
    (("The statement from the family of Ben Kay said they were heartbroken.",), "said"),  # round 12cg-4: an ordinary
    # person's role is not taken (unions and veterans' groups named by plural people nouns were typed so)
])
def test_a_statement_keeps_its_role_without_an_issuer_of_another_role(sentences, verb):
    row = row_of(*sentences, verb=verb)
    assert row["role"] == "official" and row["role_basis"] != ISSUER_BASIS


@pytest.mark.parametrize("phrase, head", [
    ("a statement from Ann Lee's office", True), ("Lee's opening statement", True), ("the statement", True),
    ("A statement by a Norland spokesman on Tuesday, promising a new role", True),
    ("the official", False), ("statements and controversies", False), ("a misstatement", False),
])
def test_statement_head(phrase, head):
    assert statement_head(phrase) is head


def test_a_person_noun_does_not_refer_back_to_a_statement():  # round 12cg-3
    rows = attribution_rows("A statement from Sen. Ann Lee said the deal was bad.", "The talks went on for hours.",
                            "The official said the deal was close.")
    assert rows.iloc[-1]["source_resolved"] == "The official" and rows.iloc[-1]["role"] == "official"


def test_the_statement_still_refers_back_to_its_issuer():  # round 12cg-2's amendment was withdrawn
    rows = attribution_rows("The Norland Police Department said in a statement that the road was closed.",
                            "The statement added that nobody was hurt.")
    assert rows.iloc[-1]["source_resolved"] == "The Norland Police Department"
    assert rows.iloc[-1]["role"] == "military_police"


def test_an_issuer_of_another_role_leaves_the_statement_official():  # round 12cg-3
    row = row_of("The Norland Advocacy Group, a nonprofit, held a rally.",
                 "A statement from the Norland Advocacy Group said the law was unfair.", verb="said")
    assert row["role"] == "official" and row["role_basis"] != ISSUER_BASIS
