"""Round 12cb: a lower-case plural noun of people after a leading name is the head of the subject ("Clinton supporters
..., pointing out" gave the source "Clinton"). Sentences written for the tests."""
import pytest

from helpers.measures.attribution_phrases import _LEADING_NP
from tests._attribution_rows import source_of


@pytest.mark.parametrize("sentence, verb, source", [
    ("Garcia supporters gathered outside the hall on Sunday, pointing out that the count was not over.",
     "pointing out", "Garcia supporters"),
    ("U.K. lawmakers questioned the minister for two hours, noting that the figures had changed twice.", "noting",
     "U.K. lawmakers"),
    ("Senior Norland intelligence officials briefed the committee, confirming that the border had been closed.",
     "confirming", "Senior Norland intelligence officials"),
    ("Lind campaign aides met the donors on Friday, arguing that the race was still close.", "arguing",
     "Lind campaign aides"),
])
def test_group_noun_after_a_name_is_the_head_of_the_subject(sentence, verb, source):
    assert source_of(sentence, verb) == source


@pytest.mark.parametrize("sentence, verb, source", [
    # a verb after the name is no modifier: the name stays the subject
    ("Garcia attacked lawmakers on Monday, saying they had failed the city.", "saying", "Garcia"),
    ("Garcia met union leaders on Monday, saying a deal was near.", "saying", "Garcia"),
])
def test_a_verb_after_the_name_ends_the_subject(sentence, verb, source):
    assert source_of(sentence, verb) == source


@pytest.mark.parametrize("text, subject", [
    ("Garcia supporters said", "Garcia supporters"),
    ("Garcia campaign aides said", "Garcia campaign aides"),
    ("Garcia campaign said", "Garcia"),  # a modifier alone is no head
    ("Garcia voters cheered", "Garcia voters"),
    ("Garcia votes today", "Garcia"),  # not a listed noun
])
def test_only_listed_group_nouns_join(text, subject):
    assert _LEADING_NP.match(text).group(1).strip() == subject
