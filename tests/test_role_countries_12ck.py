"""Round 12ck: a state or its capital named bare as a source speaks for its government ("Chile said", "Ottawa
warned": official, protocol item 9), read against the gazetteer ``helpers/data/countries.yaml``. Invented sentences;
the states are real (a gazetteer is a list of facts), the events are not."""

from __future__ import annotations

import pytest

from helpers.measures.role_countries import COUNTRY_BASIS, country_key, country_keys
from tests._attribution_rows import row_of


def test_the_gazetteer_holds_names_and_capitals_but_no_abbreviations_or_demonyms():
    keys = country_keys()
    assert {"chile", "ottawa", "canada", "netherlands", "north korea", "downing street"} <= keys
    assert not {"us", "u.s", "uk", "uae", "chilean", "canadian", "america", "jordan", "georgia"} & keys


@pytest.mark.parametrize("bare, after_caps, key", [
    ("Chile", set(), "chile"),
    ("the Netherlands", set(), "netherlands"),
    ("The Netherlands", set(), "netherlands"),
    ("North Korea", {"korea"}, "north korea"),  # "Korea" after "North" is no surname
    ("Ottawa", set(), "ottawa"),
    ("Downing Street", set(), "downing street"),
    ("The Hague", set(), "the hague"),  # a name that holds its "The"
    ("Ottawa", {"ottawa"}, ""),  # the article writes "Ann Ottawa": a surname
    ("US", set(), ""),  # no lower-case letter: a span cut from "US President Ann Lee"
    ("Chilean officials", set(), ""),
    ("Chile's president", set(), ""),
    ("chile", set(), ""),
    ("Norlandia", set(), ""),
])
def test_country_key(bare, after_caps, key):
    assert country_key(bare, after_caps) == key


@pytest.mark.parametrize("sentences, verb", [
    (("Chile said it would close the border on Monday.",), "said"),
    (("Ottawa warned that the tariffs would hurt both economies.",), "warned"),
    (("The Netherlands announced that it would send two ships.",), "announced"),
    (("Downing Street said the talks would resume next week.",), "said"),
    (("Officials met in the capital on Monday.", "Canada has said it will not sign the treaty."), "said"),
])
def test_a_state_named_bare_is_its_government(sentences, verb):
    row = row_of(*sentences, verb=verb)
    assert row["role"] == "official" and row["role_basis"] == COUNTRY_BASIS


@pytest.mark.parametrize("sentences, verb", [
    (("The actor Ben Ottawa won the prize.", "Ottawa said he was surprised by the award."), "said"),  # a surname
    (("US said the talks were over.",), "said"),  # an abbreviation without "the" is not read
    (("Jordan said he would play again next season.",), "said"),  # left out of the gazetteer: a given name
    (("America believes in second chances, the mayor said.",), "believes"),  # "America" is its people
])
def test_other_bare_names_are_not_read_as_states(sentences, verb):
    row = row_of(*sentences, verb=verb)
    assert row["role_basis"] != COUNTRY_BASIS


def test_surname_uses_skip_a_function_word_opening_the_sentence():
    from helpers.measures.role_countries import surname_uses
    assert list(surname_uses("Although Chile agreed to a ceasefire, it kept its troops.")) == []
    assert "chile" in list(surname_uses("Rep. Steve Chile said so."))


@pytest.mark.parametrize("sentences, verb", [
    (("Although Chile agreed to a ceasefire, fighting went on.", "Chile said it would keep its troops there."), "said"),
    (("Gen. Ben North met the envoy.", "North Korea warned that it would respond."), "warned"),  # two words
])
def test_the_surname_test_reads_no_sentence_opener_and_no_two_word_name(sentences, verb):
    row = row_of(*sentences, verb=verb)
    assert row["role"] == "official" and row["role_basis"] == COUNTRY_BASIS
