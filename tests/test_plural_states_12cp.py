"""Round 12cp: a source headed by "countries" or "nations" speaks for governments (official, basis `country`); the
words are no lexicon terms, so a person's relative clause that mentions countries gives the person no role. Invented
sentences."""

from __future__ import annotations

import pytest

from helpers.measures.role_countries import COUNTRY_BASIS, plural_states
from tests._attribution_rows import row_of


@pytest.mark.parametrize("sentence, verb", [
    ("Both countries said they would reopen talks.", "said"),
    ("Many nations have warned against the plan.", "warned"),
    ("Several member countries said the rules were unfair.", "said"),
])
def test_countries_and_nations_are_officials(sentence, verb):
    row = row_of(sentence, verb=verb)
    assert row["role"] == "official" and row["role_basis"] == COUNTRY_BASIS


@pytest.mark.parametrize("bare, expected", [
    ("Both countries", True), ("Gulf countries", True), ("The developed countries", True),
    ("11 nations including the U.S.", True), ("some island nations", True), ("Several member countries", True),
    ("People in poorer countries", False), ("Majorities in both countries", False), ("the country", False),
    ("Countries and companies", False), ("Nations League officials", False),
])
def test_plural_states(bare, expected):
    assert plural_states(bare) is expected


def test_a_relative_clause_that_mentions_countries_gives_a_person_no_role():
    row = row_of("Ben Kay, who has threatened to cut aid to countries such as Norlandia, spoke on Monday.",
                 "He said the talks must stop.", verb="said")
    assert row["role"] != "official"


@pytest.mark.parametrize("sentence, verb, role", [
    ("People in poorer countries say prices are high.", "say", "ordinary_person"),  # the head is "people"
    ("Diplomats from both countries said the talks went well.", "said", "official"),
    ("Voters in both countries said they were tired of the war.", "said", "ordinary_person"),
])
def test_a_head_before_the_countries_still_decides(sentence, verb, role):
    assert row_of(sentence, verb=verb)["role"] == role
