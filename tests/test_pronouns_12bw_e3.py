"""Rounds 12bw-e and 12bw-e3: an expletive contraction or an indefinite pronoun ("It's", "That's", "Nobody", "No
one") is never what "he"/"she" refers to; a source span that is only an expletive contraction names no speaker (the
cue stays, with an empty source), while an indefinite pronoun stays a source. Invented sentences and names."""

from __future__ import annotations

import pytest

from tests._attribution_rows import attribution_rows


@pytest.mark.parametrize("word", ["Nobody", "No one", "Everyone", "Someone"])
def test_an_indefinite_pronoun_is_no_antecedent(word):
    df = attribution_rows(
        "Mayor Ann Lowe spoke to the council on Monday morning.",
        f"{word} is suggesting that the budget will pass this year.",
        "She complained that the plan was bad for the city.",
    )
    row = df[df["verb"] == "complained"].iloc[0]
    assert row["source_resolved"] == "Mayor Ann Lowe"


@pytest.mark.parametrize("opening", ["It's", "It\u2019s", "That's", "There's"])
def test_an_expletive_opening_keeps_the_cue_with_no_source(opening):
    df = attribution_rows(f"{opening} a sharp attack on the council, essentially accusing Mayor Ann Lowe of waste.")
    row = df[df["verb"] == "accusing"].iloc[0]
    assert row["source"] == "" and row["role"] == ""


def test_an_indefinite_pronoun_stays_a_source():
    df = attribution_rows("Nobody is suggesting that the council should fold.")
    assert df[df["verb"] == "suggesting"].iloc[0]["source"] == "Nobody"


def test_a_person_before_the_pronoun_still_resolves_and_a_pronoun_still_reports():
    df = attribution_rows("Mayor Ann Lowe spoke first.", "Then she broke with the party, pledging to fight the plan.")
    row = df[df["verb"] == "pledging"].iloc[0]
    assert row["source"] == "she" and row["source_resolved"] == "Mayor Ann Lowe"
