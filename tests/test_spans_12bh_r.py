"""Issue 12bh-r: the tail of a bracketed aside before the verb is no speaker; the subject before the bracket is.

Sentences are invented. Each positive case fails without the rule (its span is the bracket's tail, "WHO)", "D)",
")"); each negative case keeps the span the rules cut without it.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.measures import attribution_spans, sourcing
from tests._attribution_rows import attribution_rows

_rows = attribution_rows


def _row(sentence: str, verb: str) -> pd.Series:
    df = _rows(sentence)
    got = df[df["verb"] == verb]
    assert len(got) == 1, df[["source", "verb"]]
    return got.iloc[0]


# --- positive: the span is a bracket's tail; the subject before the bracket is the speaker -------------------------


@pytest.mark.parametrize(
    ("sentence", "verb", "source", "role"),
    [
        # an acronym after an organisation's name
        (
            "The World Health Organization (WHO) has warned that the outbreak is spreading.",
            "warned",
            "The World Health Organization (WHO)",
            "official",
        ),
        (
            "The Bureau of Coastal Survey (BCS) also said that the tides would rise.",
            "said",
            "The Bureau of Coastal Survey (BCS)",
            "official",
        ),
        # a party tag with no state, and a tag with a state written with stops
        ("State Rep. Ann Lowe (D) said the bill is dead.", "said", "State Rep. Ann Lowe (D)", "politician"),
        (
            "Senator Ann Lowe (D., Mass.) has claimed that the vote was rigged.",
            "claimed",
            "Senator Ann Lowe (D., Mass.)",
            "politician",
        ),
        # a longer aside is left out of the span
        (
            "Retired General Tom Hale (then a young colonel at the base) described a coup.",
            "described",
            "Retired General Tom Hale",
            "military_police",
        ),
        ("Kaine (who does not know her well) warmly referred to the plan.", "referred to", "Kaine", "unknown"),
    ],
)
def test_subject_before_the_bracket(sentence, verb, source, role):
    row = _row(sentence, verb)
    assert row["source"] == source
    assert row["role"] == role


def test_bracket_tail_without_the_rule():
    """The positive cases fail without the rule: the span is the bracket's tail."""
    row = _rows("State Rep. Ann Lowe (D) said the bill is dead.")
    assert row.loc[row["verb"] == "said", "source"].tolist() == ["State Rep. Ann Lowe (D)"]
    original = attribution_spans._before_bracket
    try:
        attribution_spans._before_bracket = lambda *args: None
        row = _rows("State Rep. Ann Lowe (D) said the bill is dead.")
    finally:
        attribution_spans._before_bracket = original
    assert row.loc[row["verb"] == "said", "source"].tolist() == ["D)"]


# --- negative: the span is kept ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        # a figure in brackets: a poll share, whose group is typed as before
        ("Nearly three out of four adults (73%) say that the economy is weak.", "say"),
        # a bracket opening the sentence: a credit line, no subject before it
        ("(Ledger Wire) Officials said the dam would hold.", "said"),
        # a bracket inside the subject, not at its end
        ("The agency (not the ministry) spokesman Tom Reyes said the dam would hold.", "said"),
        # no bracket at all
        ("Ann Lowe said the bill is dead.", "said"),
        # a bracket after the verb
        ("Ann Lowe said (on Monday) that the bill is dead.", "said"),
    ],
)
def test_span_kept(sentence, verb, monkeypatch):
    got = _rows(sentence)
    got = got.loc[got["verb"] == verb, "source"].tolist()
    monkeypatch.setattr(attribution_spans, "_before_bracket", lambda *args: None)
    assert got == _rows(sentence).pipe(lambda df: df.loc[df["verb"] == verb, "source"].tolist())


def test_before_bracket_declines_a_figure_and_an_opening_bracket():
    assert attribution_spans._before_bracket("Most adults (73%) say so.", "73%)", 13, 18) is None
    assert attribution_spans._before_bracket("(Ledger Wire) said so.", "Wire)", 8, 14) is None
    sent = "The Office of Tides (OT) said so."
    start = sent.index("OT)")
    assert attribution_spans._before_bracket(sent, "OT)", start, sent.index("said")) == (
        "The Office of Tides (OT)",
        0,
    )


def test_sourcing_uses_the_repair():
    assert sourcing.repair_sources is attribution_spans.repair_sources


# --- the one restriction, after the first read: cases the first version read wrong -------------------------------


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        # the bracket ends an apposition: the subject is the name before it, not the apposition
        ("State Sen. Ann Lowe (R), a nurse running alongside Gov. Max Dorn (R), said she would vote no.", "said"),
        # a bracket glued to a word: a section of a code, no aside
        ("Title 9 Section 412(b) says that the fee is due.", "says"),
        # an adjunct opening the subject
        ("In May 2016 the Agency for Rural Roads (ARR) declared the bridge safe.", "declared"),
        # another bracket inside the subject
        ("Acme (ACM.DE) and Bolt (BLT.DE) have insisted the impact will be small.", "insisted"),
        # link text glued into the subject, before a party tag
        ("Sen. Ann Lowe Ann LoweNew poll shows lead MORE (R-Ky.) said she would vote no.", "said"),
    ],
)
def test_restricted_cases_keep_their_span(sentence, verb, monkeypatch):
    got = _rows(sentence)
    got = got.loc[got["verb"] == verb, ["source", "role"]].values.tolist()
    monkeypatch.setattr(attribution_spans, "_before_bracket", lambda *args: None)
    base = _rows(sentence)
    assert got == base.loc[base["verb"] == verb, ["source", "role"]].values.tolist()
