"""A fronted adjunct written without its comma is no part of the speaker ("Last week Ann Roe said", "On Tuesday the
ministry said", "In June Mr Roe announced"): the source span keeps the subject only. Sentences and names written for
the tests."""

import pandas as pd
import pytest

from helpers.measures.sourcing import extract_attributions


def _sources(sentence):
    u = pd.DataFrame({"doc_id": ["d1"], "outlet": ["O"], "unit_id": [0], "paragraph_id": [0], "text": [sentence],
                      "role": ["body"]})
    a = extract_attributions(u)
    return [(s, sentence[st:st + len(s)]) for s, st in zip(a["source"], a["source_start"])]


@pytest.mark.parametrize("sentence, subject", [
    ("Last week Roe said the port would close.", "Roe"),
    ("In June Mr Roe announced that the plant would close.", "Mr Roe"),
    ("On Tuesday the Norland ministry said the talks would resume.", "the Norland ministry"),
    ("In a sworn statement last week Ms. Lane said she saw the crash.", "Ms. Lane"),
    ("In an interview Tuesday Gov. Ann Roe said she would run again.", "Gov. Ann Roe"),
    ("Speaking in the Oval Office Mr Roe said the deal was done.", "Mr Roe"),
    ("In late July 1974 the court ruled that the tapes must be handed over.", "the court"),
    ("In 2019 Roe said the plan had failed.", "Roe"),
    ("On Monday civil libertarians argued that the rule was unlawful.", "civil libertarians"),
    ("Yesterday the mayor said the bridge would open in May.", "the mayor"),
    ("During the debate Lane said the tax was too high.", "Lane"),
    ("In the interview Sunday night the president said the war was over.", "the president"),
    ("In an e-mail de Vries said the school would close.", "de Vries"),
    ("Speaking outside the High Court former Norland MP Ann Roe said she would appeal.", "former Norland MP Ann Roe"),
    ("At the end of last month's Norland talks the two countries said they would meet again.", "the two countries"),
    ("In these early debates the other night Roe said the tax was too high.", "Roe"),         # round 12bo-s
    ("In the debate the next day the minister said the law would stand.", "the minister"),
])
def test_the_subject_after_a_fronted_adjunct(sentence, subject):
    got = _sources(sentence)
    assert [s for s, _ in got] == [subject]
    assert all(s == shown for s, shown in got)  # the offset points at the subject


@pytest.mark.parametrize("sentence, source", [
    ("At least five men said they saw the crash.", "At least five men"),             # a quantifier, not an adjunct
    ("At a rally in Norland Roe said the race was rigged.", "At a rally in Norland Roe"),  # place or name: unsure
    ("In short, Roe said, the plan failed.", "Roe"),                                 # the comma was written
    ("This week's poll found that most voters want change.", "This week's poll"),  # a possessive, no adjunct
    ("In a 2015 analysis of studies the authors found that the rule failed.", None),  # the year modifies a noun
    ("In order to win the state the campaign said it would spend more.", None),        # a purpose clause
    ("In a lengthy Facebook message Roe said she was sorry.", None),       # a capital after an adjective: no name
    ("Asked Monday why local officials had waited Roe said the plan was late.", None),  # a question: speaker elsewhere
])
def test_spans_that_are_no_fronted_adjunct_or_unsure_stay(sentence, source):
    got = [s for s, _ in _sources(sentence)]
    if source is not None:
        assert source in got
    else:  # never a span cut inside the adjunct ("analysis of studies", "the state the campaign")
        assert not any(s.startswith(("analysis", "the state", "Facebook", "local officials")) for s in got)
