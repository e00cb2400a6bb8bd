"""A dash that opens a source span is no part of the speaker's name ('said \u2014Paul Ryan', '-- Ann Roe said',
'then-Senator X': the review of role draw 999 found "\u2014Paul" kept with its dash). Sentences and names written
for the tests."""

import pandas as pd
import pytest

from helpers.measures.sourcing import extract_attributions


def _sources(sentence):
    u = pd.DataFrame({"doc_id": ["d1"], "outlet": ["O"], "unit_id": [0], "paragraph_id": [0], "text": [sentence],
                      "role": ["body"]})
    a = extract_attributions(u)
    return list(zip(a["source"], a["source_start"]))


@pytest.mark.parametrize("sentence, name", [
    ('"We will fight this," said \u2014Ann Roe.', "Ann Roe"),
    ("\u2014Ann Roe, a senator, said the plan was dead.", "Ann Roe, a senator"),
    ("-- Mayor Tom Reed said the bridge would open in May.", "Mayor Tom Reed"),
    ("\u2013 The Norland ministry says the talks will resume.", "The Norland ministry"),
    ("In 2010, then-Governor Ann Roe said the plan was a mistake.", "Governor Ann Roe"),
])
def test_a_leading_dash_is_cut_from_the_source(sentence, name):
    got = _sources(sentence)
    assert [s for s, _ in got] == [name]
    # the offset still points at the name in the sentence
    assert all(sentence[st:st + len(s)] == s for s, st in got)


@pytest.mark.parametrize("sentence, name", [
    ('"It is over," said Ann Lee-Smith.', "Ann Lee-Smith"),   # a hyphen inside a name stays
    ("Ann Roe, a senator, said the plan was dead.", "Ann Roe, a senator"),
])
def test_names_without_a_leading_dash_are_unchanged(sentence, name):
    assert [s for s, _ in _sources(sentence)] == [name]


def test_the_role_is_read_once_the_dash_is_gone():
    u = pd.DataFrame({"doc_id": "d1", "outlet": "O", "unit_id": [0, 1], "paragraph_id": [0, 1],
                      "text": ["Senator Ann Roe of Norland opened the debate on Monday.",
                               "\u2014 Roe said the plan would pass."], "role": "body"})
    a = extract_attributions(u)
    assert a.loc[a["source"] == "Roe", "role"].tolist() == ["politician"]
