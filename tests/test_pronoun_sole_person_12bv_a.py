"""Round 12bv-a: a "he"/"she" that no other rule resolves (no earlier source, no subject name, no unmarked full name)
takes the one person the nearest sentence naming people names, in any position ("It did not take long for President
Ann Lee to ... | As the aides behind her looked on, she promised ..."). Two people there, another name that reads as a
person's, or a person of the other gender leave it unresolved; round 12bv-a2: so do a name written there without a
title and a sentence that also names a body, a day or a month; round 12bv-a3: so does a person the article does not
mark with the pronoun's gender (a sentence naming only that person, then only "his" or only "her"). Invented
sentences."""
import pandas as pd
import pytest

from helpers.measures import sourcing as S
from helpers.measures.pronoun_names import NameAntecedents
from helpers.measures.source_roles import RoleTagger, load_roles


def _resolved(sentences):
    units = pd.DataFrame({"doc_id": "d", "unit_id": range(len(sentences)), "paragraph_id": 0, "outlet": "o",
                          "text": sentences})
    att = S.extract_attributions(units, ["outlet"], roles=load_roles())
    last = att[att["unit_id"] == len(sentences) - 1]
    return last[["source_resolved", "role"]].iloc[0].tolist()


MARK_HIS = ["Gov. Ben Kay drove to the capital with his aides.", "The hall was full.", "The band played.", "It rained."]
"""Round 12bv-a3: a sentence naming only the governor, then "his": the article marks him as a man (out of the
pronoun's window of three sentences)."""


@pytest.mark.parametrize("sentences, expected", [
    ([*MARK_HIS, "It did not take long for Gov. Ben Kay to turn on the budget office.",
      "As the aides behind him looked on, he promised to cut the deficit."], ["Gov. Ben Kay", "politician"]),
    (["Ms. Ann Lee, the mayor of Norland, drove to the hall with her aides.", "The band played.", "The crowd sang.",
      "The crowd cheered for Ms. Ann Lee.", "The hall was full.",
      "Later that evening she said the vote was a turning point."], ["Ms. Ann Lee", "politician"]),
])
def test_one_person_named_anywhere(sentences, expected):
    assert _resolved(sentences) == expected


@pytest.mark.parametrize("sentences", [
    # each case but the last two marks the governor "his" first (MARK_HIS), so that only its own condition fails
    # two people in the nearest sentence naming people
    [*MARK_HIS, "It did not take long for Gov. Ben Kay to turn on Sen. Dan Roe.",
     "As the aides looked on, he promised to cut the deficit."],
    # another full name with no mark of a person ("Carl Moss") beside the titled one
    [*MARK_HIS, "Carl Moss arrived late.", "The budget was cut by Carl Moss with Gov. Ben Kay last year.",
     "As the aides looked on, he promised to cut the deficit."],
    # round 12bv-a2: a name with no title in that sentence, or a sentence that also names a body or a day
    [*MARK_HIS, "It did not take long for Ben Kay, the governor, to turn on the budget office.",
     "As the aides looked on, he promised to cut the deficit."],
    [*MARK_HIS, "It did not take long for Gov. Ben Kay to turn on Norland News.",
     "As the aides looked on, he promised to cut the deficit."],
    [*MARK_HIS, "It did not take long on Monday for Gov. Ben Kay to turn on the office.",
     "As the aides looked on, he promised to cut the deficit."],
    # round 12bv-a3: the article marks no gender for the person, or the other gender
    ["It did not take long for Gov. Ben Kay to turn on the budget office.",
     "As the aides behind him looked on, he promised to cut the deficit."],
    ["Gov. Ben Kay drove to the capital with her aides.", "The hall was full.", "The band played.", "It rained.",
     "It did not take long for Gov. Ben Kay to turn on the budget office.",
     "As the aides behind him looked on, he promised to cut the deficit."],
    # the one person named is a woman by her courtesy title
    ["It did not take long for Ms. Ann Lee to turn on the budget office.",
     "As the aides looked on, he promised to cut the deficit."],
])
def test_ambiguous_or_other_gender_stays_unresolved(sentences):
    assert _resolved(sentences)[0] == "he"


def test_find_sole_reads_any_position():
    finder = NameAntecedents(RoleTagger(load_roles()))
    sentences = {0: "It did not take long for Gov. Ben Kay to turn on the office.", 1: "The aides looked on, and he left."}
    finder.start(sentences)
    assert finder.find_sole(1, sentences[1].index("he left"), 3) == "Gov. Ben Kay"
    assert finder.find_sole(1, sentences[1].index("he left"), 3, reject=lambda name: True) == ""
    assert finder.find_sole(1, sentences[1].index("he left"), 0) == ""
    assert finder.find_sole(1, sentences[1].index("he left"), 3, gender="m") == ""  # no sentence marks his gender
    sentences = {0: "Gov. Ben Kay drove home with his aides.", **{k + 1: v for k, v in sentences.items()}}
    finder.start(sentences)
    assert finder.find_sole(2, sentences[2].index("he left"), 3, gender="m") == "Gov. Ben Kay"
    assert finder.find_sole(2, sentences[2].index("he left"), 3, gender="f") == ""
