"""Issue 12ax-s: a clause with its own finite auxiliary taken as a cue's source span is re-spanned to the real source. Sentences written for the
tests (no corpus text)."""

import pytest
from test_attribution_12adq import table

from helpers.measures.attribution_clause import clause_source


def rows(sentence):
    return [(r.source, r.verb) for r in table([sentence]).itertuples() if r.verb]


# --- the real source is elsewhere: after the cue, after a boundary, before an adverbial -------------------------

RESPANNED = [
    ("Shoppers are likely to spend more of their savings, says economist Mark Lund of Tarrow Analytics.",
     "says", "economist Mark Lund of Tarrow Analytics"),
    ("The harbor has long been quiet, said another former port official.", "said", "another former port official"),
    ("Tarrow Mills hasn't had a summer closure, Ann Voss, the firm's president, told reporters.",
     "told", "Ann Voss, the firm's president"),
    ("The road was closed -- lawmakers announced a deal on Monday.", "announced", "lawmakers"),
    ("Dorrin Bay has in the past denounced the drills as a provocation.", "denounced", "Dorrin Bay"),
    ("My lawyers at the Coastal Fund have just asked the court to hear the case.", "asked",
     "My lawyers at the Coastal Fund"),
    ("The council was enraged to hear the governor say he would veto the bill.", "say", "the governor"),
    ("This is not the kind of race Lund hoped to run.", "hoped to", "Lund"),
    ("That is why critics say the plan failed.", "say", "critics"),
    ("The deficit would be larger than the budget office predicted.", "predicted", "the budget office"),
    ("Few mayors would ever admit that the plan failed.", "admit", "Few mayors"),
    ("Dorrin Bay has not yet responded to the letter.", "responded", "Dorrin Bay"),
]


@pytest.mark.parametrize("sentence, verb, source", RESPANNED)
def test_clause_span_respanned(sentence, verb, source):
    assert (source, verb) in rows(sentence)


# --- near misses: spans without an auxiliary of their own clause stay as they were -----------------------------

KEPT = [
    ("The mayor said the plan would fail.", "said", "The mayor"),
    ("Officials have said the plan would fail.", "said", "Officials"),
    ("Ann Voss, who has led the firm since 2010, said the plan would fail.", "said", "Ann Voss"),
    ("Ann Voss, who was visiting the port on a cold, wet night, said the plan would fail.", "said", None),
    ("Lee has said that the bridge will close.", "said", "Lee"),
    ("Why would any sane voter believe the plan?", None, None),
    ("Lund has denied the claim in the past and has always denied it.", "denied", "Lund"),
]


@pytest.mark.parametrize("sentence, verb, source", KEPT)
def test_no_own_clause_unchanged(sentence, verb, source):
    found = rows(sentence)
    if verb is None:
        assert not found
        return
    assert verb in [v for _, v in found]
    if source is not None:
        assert (source, verb) in found


def test_clause_source_unit():
    assert clause_source("The mayor", "said") is None
    assert clause_source("Ann Voss, who was visiting the port on a cold, wet night", "said") is None
    assert clause_source("the firm has removed", "tweets") is None  # a noun cue is left as it was (PolNeAR marks them)
    assert clause_source("The findings are best", "summarized") is None  # and so is a passive
    assert clause_source("Dorrin Bay has in the past", "denounced") == (0, len("Dorrin Bay"))
    assert clause_source("the road was closed -- lawmakers", "announced") == (len("the road was closed -- "),
                                                                             len("lawmakers"))
    assert clause_source("the group is among those who", "say") is None


# --- after a clause and a comma, the phrase after the cue is its speaker only when it reads as one ---------------

OBJECTS_AFTER = [
    ("Plants in the valley were hiring again, added jobs.", "added", "jobs"),
    ("The port board has met twice, expressed displeasure.", "expressed", "displeasure"),
    ("The harbor has been calm, cautioned against counting it out.", "cautioned", "against counting it out"),
]


@pytest.mark.parametrize("sentence, verb, phrase", OBJECTS_AFTER)
def test_object_after_cue_is_no_speaker(sentence, verb, phrase):
    assert (phrase, verb) not in rows(sentence)
