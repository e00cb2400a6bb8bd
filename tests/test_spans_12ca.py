"""Round 12ca: abbreviations inside a leading subject ("U.S.", "D.C.", "A.J.", a middle initial). The subject of a
participle or coordinated cue used to stop at the first period ("U.S. President X ..., complaining" gave the source
"U"). Sentences written for the tests."""
import pytest

from helpers.measures.attribution_phrases import _LEADING_NP
from tests._attribution_rows import source_of


@pytest.mark.parametrize("sentence, verb, source", [
    ("U.S. President Ann Cole walked out of the budget talks on Friday, complaining that nothing had moved.",
     "complaining", "U.S. President Ann Cole"),
    ("U.S. Attorney General Ben Ruiz flew to the city and announced a separate inquiry.", "announced",
     "U.S. Attorney General Ben Ruiz"),
    ("The U.K. ambassador left the meeting early, saying the offer was not serious.", "saying",
     "The U.K. ambassador"),
    ("U.N. officials visited the camp on Monday, warning that the water would run out.", "warning",
     "U.N. officials"),
    ("Mayor Carl J. Weston of Dunmore toured the flooded streets and promised new pumps.", "promised",
     "Mayor Carl J. Weston"),
    ("D.J. Marlow left the band in 2019, saying the tours had worn him out.", "saying", "D.J. Marlow"),
    ("On Monday, D.C. Mayor Rosa Finch visited the school and said it would reopen.", "said",
     "D.C. Mayor Rosa Finch"),
])
def test_abbreviation_is_one_word_of_the_leading_subject(sentence, verb, source):
    assert source_of(sentence, verb) == source


@pytest.mark.parametrize("sentence, verb, source", [
    # no abbreviation: the subject is read as before
    ("The senator left the room, saying the talks had failed.", "saying", "The senator"),
    ("Ann Cole walked out of the talks on Friday, complaining that nothing had moved.", "complaining", "Ann Cole"),
])
def test_other_subjects_are_read_as_before(sentence, verb, source):
    assert source_of(sentence, verb) == source


@pytest.mark.parametrize("text, subject", [
    ("Plan B. He left the room", "Plan B"),  # a single capital before a pronoun, an article or a conjunction
    ("Vitamin D. The study found", "Vitamin D"),
    ("Michael R. Bloomberg left the room", "Michael R. Bloomberg"),
    ("U.S. stocks fell", "U.S."),
])
def test_a_single_initial_joins_only_a_name(text, subject):
    assert _LEADING_NP.match(text).group(1).strip() == subject
