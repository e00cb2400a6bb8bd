"""Issue 12am-p: source spans that cannot be a speaker, replaced by the speaker the sentence gives or dropped.

Sentences are invented. Each positive case fails on main (d409a00); each negative case keeps its span.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.measures import sourcing
from tests._attribution_rows import attribution_rows

_rows = attribution_rows


def _sources(df: pd.DataFrame, verb: str) -> list[str]:
    return df.loc[df["verb"] == verb, "source"].tolist()


# --- positive: each span is no speaker; the sentence gives one -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "verb", "source"),
    [
        ("He implied or outright said that the vote was rigged.", "said", "He"),
        (
            "Vermont Sen. Ann Roe joined the race on Monday, vowing to fight the big banks.",
            "vowing",
            "Vermont Sen. Ann Roe",
        ),
        ("Rep. Dan Lee (D-Ohio) said the bill was dead.", "said", "Rep. Dan Lee (D-Ohio)"),
        ("But Rep. Dan Lee (D-Ohio) dismissed the claim.", "dismissed", "Rep. Dan Lee (D-Ohio)"),
        ("'If they stop us, they stop all of us,' says Cantlon.", "says", "Cantlon"),
        ("\u201cWe will go,\u201d said Rep. Ann Roe Ann RoeCity House Democrat unveils bill.", "said", "Rep. Ann Roe"),
        ("It is Lee, after all, who appears to represent the change.", "appears to", "Lee, after all, who"),
        ("That has not happened yet,' said one security official.", "said", "one security official"),
        ("In February she declared an emergency to pay for the wall.", "declared", "she"),
        ("And in 2004 he said he would veto the changes.", "said", "he"),
        (
            "The plan was dropped, according to \u201cHard Choices,\u201d a memoir by an aide.",
            "according to",
            "Hard Choices",
        ),
        ("Arizona Sen. Dan McCall went farther, calling the plan a fraud.", "calling", "Arizona Sen. Dan McCall"),
        ("The Weekly Ledger'sDana Brook wrote that prices rose again.", "wrote", "Dana Brook"),
        ("It was Ann Roe who encouraged Lee to run for the seat.", "encouraged", "Ann Roe who"),
    ],
)
def test_span_replaced_by_speaker(sentence, verb, source):
    assert _sources(_rows(sentence), verb) == [source]


def test_closing_mark_left_out_of_pronoun():
    df = _rows(
        "Tom Lark is the spokesman of the ministry.",
        "\u201cWe will not stop the work that we started here,\u2019 he said.",
    )
    row = df[df["verb"] == "said"].iloc[0]
    assert row["source"] == "he"


# --- negative: real speakers keep their spans ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "verb", "source"),
    [
        ("The Weekly Ledger's Dana Brook wrote that prices rose again.", "wrote", "The Weekly Ledger's Dana Brook"),
        ("Ann Roe said it was a mistake that cost the town dearly.", "said", "Ann Roe"),
        ("Lee admitted the error but argued that the plan was sound.", "admitted", "Lee"),
        ("Amid Karimi said the vote was fair.", "said", "Amid Karimi"),
        ("Ann Roe Wins Vote MORE (R-Ky.) said the bill was dead.", "said", "R-Ky.)"),
        ("That\u2019s the kind of thing the new members think about.", "think", None),
        ("Mr. Hun Sen defended the record of his country.", "defended", "Mr. Hun Sen"),
        ("The European Organization for Nuclear Research, or CERN, told reporters it has more data.", "told", None),
        ("I think the trouble on taxes is we talk about them too much.", "talk about", None),
    ],
)
def test_real_speaker_kept(sentence, verb, source, monkeypatch):
    """``None``: the span the rules cut without this module is kept (a contraction, an apposed acronym, a clause)."""
    got = _sources(_rows(sentence), verb)
    if source is None:
        monkeypatch.setattr(sourcing, "repair_sources", lambda sent, found: found)
        assert got == _sources(_rows(sentence), verb)
    else:
        assert got == [source]


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Candidates take questions: 'Who here is on stage making promises to get elected?'", "promises"),
        ("Voters were too stunned to respond, or else accused the judges of bias.", "accused"),
    ],
)
def test_span_with_no_speaker_dropped(sentence, verb):
    """A quotation mark alone or a coordinator alone, and no speaker in the sentence: the source is left empty."""
    df = _rows(sentence)
    assert _sources(df, verb) == [""]
    assert df.loc[df["verb"] == verb, "role"].tolist() == [""]
