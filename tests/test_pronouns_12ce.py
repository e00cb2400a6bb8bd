"""Round 12ce: a chain of sentences that open with the same "He"/"She" does not stop the search for the pronoun's
person, and the finder's window reaches the sentence before the chain (its head). Invented sentences and names."""

from __future__ import annotations

import pytest

from helpers.measures.pronoun_names import NameAntecedents
from helpers.measures.source_roles import RoleTagger, load_roles
from tests._attribution_rows import row_of


def _resolved(*sentences: str, verb: str = "said") -> str:
    return row_of(*sentences, verb=verb)["source_resolved"]


@pytest.mark.parametrize("chain", [
    ("She opened it in 2010.",),
    ("She opened it in 2010.", "She has two staff."),
    ("She opened it in 2010.", "But she has only two staff."),
    ("She opened it in 2010.", "Later, she hired two staff.", "She\u2019s still the only cook."),
])
def test_a_chain_of_she_sentences_leads_back_to_the_name(chain):
    sentences = ("The talks between Dana Brown and the county went on for days.", "Shelters need money.",
                 "Brown, as many in town know, runs the shelter.", *chain,
                 "Funding, she said, is short.")
    assert _resolved(*sentences) == "Brown"


def test_a_long_he_chain_reaches_the_titled_name_at_its_head():
    assert _resolved("The room was full.", "Mayor Bob Lee opened the session.", "He praised the council.",
                     "He thanked the staff.", "He quoted a poem.", "He paused.",
                     "Near the end, he said the city would recover.") == "Mayor Bob Lee"


def test_the_search_stops_at_the_head_of_the_chain():
    # the chain's head names nobody the rules know as a person: the speaker three sentences before it is not taken
    assert _resolved("Dr. Ed Voss of the institute said the data were clear.", "The schools are closed.",
                     "Mia Roe, a sophomore in Norland, misses her freedom.",
                     "She took the bus to school every day.",
                     "Now, she says, she feels like a prisoner.", verb="says") != "Dr. Ed Voss"


@pytest.mark.parametrize("middle", [
    "He opened it in 2010.",  # the other pronoun is another person
    "Ed Voss opened it in 2010.",  # another named subject
])
def test_a_sentence_that_is_no_chain_still_stops_the_search(middle):
    sentences = ("The talks between Dana Brown and the county went on for days.", "Shelters need money.",
                 "Brown, as many in town know, runs the shelter.", middle, "She has two staff.",
                 "Funding, she said, is short.")
    assert _resolved(*sentences) != "Brown"


def test_without_a_chain_the_window_stays_three_sentences():
    assert _resolved("Mayor Bob Lee opened the session.", "The room was full.", "The band played.",
                     "The lights dimmed.", "The crowd cheered.",
                     "Near the end, he said the city would recover.") == "he"


def _finder(*sentences: str) -> NameAntecedents:
    finder = NameAntecedents(RoleTagger(load_roles()))
    finder.start(dict(enumerate(sentences)))
    return finder


@pytest.mark.parametrize("sentences, pronoun, n", [
    (("Ann Cole runs it.", "She opened it.", "She has staff.", "x"), "she", 2),
    (("Ann Cole runs it.", "She opened it.", "She has staff.", "x"), "he", 0),
    (("She a.", "She b.", "She c.", "She d.", "She e.", "She f.", "x"), "she", 5),  # at most five
    (("Ann Cole runs it.", "And she opened it.", "Monday, she spoke.", "x"), "she", 2),
    (("Ann Cole runs it.", "Shelters open.", "x"), "she", 0),  # "Shelters" is no "She"
    (("Ann Cole runs it.", "She opened it.", "x"), "they", 0),
])
def test_chain_counts_the_sentences_that_open_with_the_pronoun(sentences, pronoun, n):
    assert _finder(*sentences).chain(len(sentences) - 1, pronoun) == n


def test_a_name_inside_a_chain_sentence_is_no_speaker():
    # round 12ce-2: the chain sentence's subject is the pronoun; the place in it is not taken
    assert _resolved("The tour began in West Virginia.", "The vote was close.", "The crowd waited.",
                     "He spoke to the crowd in Norfolk, Virginia, on Monday.",
                     "He asked the crowd to call their senators.",
                     "\u201cCall that senator and make sure you get it,\u201d he said.") == "he"
