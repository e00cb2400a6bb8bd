"""Round 12cd: "of" (or "of the") before a capitalised word inside a leading subject ("White House Chief of Staff X
..., saying" gave the source "White House Chief"). Sentences written for the tests."""
import pytest

from helpers.measures.attribution_phrases import _LEADING_NP
from tests._attribution_rows import source_of


@pytest.mark.parametrize("sentence, verb, source", [
    ("Norland Chief of Staff Ann Cole was not ready to give up, saying the council would vote again.", "saying",
     "Norland Chief of Staff Ann Cole"),
    ("Members of Parliament raised the issue on Monday, telling reporters that the harbour was unsafe.", "telling",
     "Members of Parliament"),
    ("Speaker of the Assembly Ben Ruiz wrote to the governor, accusing him of delay.", "accusing",
     "Speaker of the Assembly Ben Ruiz"),
    ("Hundreds of Dunmore residents gathered at the hall, complaining that the buses were late.", "complaining",
     "Hundreds of Dunmore residents"),
])
def test_of_before_a_capitalised_word_joins_the_subject(sentence, verb, source):
    assert source_of(sentence, verb) == source


@pytest.mark.parametrize("text, subject", [
    ("Much of the debate featured", "Much"),  # "of the" before a lower-case word: the phrase ends
    ("Ann Cole of Dunmore said", "Ann Cole"),  # not after a surname: the name lookup needs the name alone
    ("Secretary of Defense Ann Cole said", "Secretary of Defense Ann Cole"),
    ("Lind of course said", "Lind"),
    ("Members of Parliament said", "Members of Parliament"),
])
def test_of_joins_only_before_a_capitalised_word(text, subject):
    assert _LEADING_NP.match(text).group(1).strip() == subject
