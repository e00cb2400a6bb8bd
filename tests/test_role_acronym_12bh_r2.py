"""Issue 12bh-r2: a source spanned "Full Name (ACR)" teaches the acronym as the body's name, as the span "ACR)" did.

Sentences are invented. Each positive case fails without the rule (the later "director at the ACR" takes the generic
title's role, official); each negative case keeps the role the rules gave without it.
"""

from __future__ import annotations

import pytest

from helpers.measures import sourcing
from tests._attribution_rows import attribution_rows

_Q, _E = "\u201c", "\u201d"


_rows = attribution_rows


def _role(sentences: tuple[str, ...], source: str) -> str:
    df = _rows(*sentences)
    got = df[df["source"] == source]
    assert len(got) == 1, df[["source", "role"]]
    return got.iloc[0]["role"]


# --- positive: the body's acronym, learnt from its full name in a source span, types its staff later -------------


@pytest.mark.parametrize(
    "sentences, source, role",
    [
        (
            (
                "The Norland Civil Liberties Union (NCLU) also announced it would sue.",
                f"{_Q}This is wrong,{_E} said Ann Lee, deputy legal director at the NCLU.",
            ),
            "Ann Lee",
            "activist_advocacy",
        ),
        (
            (
                "The Norland Rights Alliance (NRA) warned of a long fight.",
                f"{_Q}We will not stop,{_E} said Ann Lee, policy director at the NRA.",
            ),
            "Ann Lee",
            "activist_advocacy",
        ),
        (
            (
                "The Harbor Tenants Union (HTU) announced a rent strike.",
                "The mayor met tenants on Monday.",
                f"{_Q}We are ready,{_E} said Tom Fisk, executive director of the HTU.",
            ),
            "Tom Fisk",
            "activist_advocacy",
        ),
    ],
)
def test_acronym_of_full_name_source_types_staff(sentences, source, role):
    assert _role(sentences, source) == role


# --- negative: no bracketed acronym, another acronym, a government body, a role noun of its own -------------------


@pytest.mark.parametrize(
    "sentences, source, role",
    [
        (  # the acronym in the later sentence is not the one the source gives
            (
                "The Norland Civil Liberties Union (NCLU) said it would sue.",
                f"{_Q}This is wrong,{_E} said Ann Lee, deputy director at the NTA.",
            ),
            "Ann Lee",
            "official",
        ),
        (  # a party tag is no acronym
            (
                "State Rep. Ann Lee (D) said the bill was dead.",
                f"{_Q}It is over,{_E} said Tom Fisk, deputy director at the NTA.",
            ),
            "Tom Fisk",
            "official",
        ),
        (  # a government agency's staff stay officials
            (
                "The Norland Transit Agency (NTA) said the line would close.",
                f"{_Q}We regret it,{_E} said Ann Lee, deputy director at the NTA.",
            ),
            "Ann Lee",
            "official",
        ),
        (  # the later speaker's own role noun is not the body's
            (
                "The Norland Civil Liberties Union (NCLU) said it would sue.",
                f"{_Q}This is wrong,{_E} said Ann Lee, a deputy sheriff.",
            ),
            "Ann Lee",
            "military_police",
        ),
    ],
)
def test_no_bracketed_acronym_of_the_body_keeps_role(sentences, source, role):
    assert _role(sentences, source) == role


@pytest.mark.parametrize(
    "phrase, acronyms",
    [
        ("The Norland Transit Agency (NTA)", ["NTA"]),
        ("the U.N. Panel on Coastal Change (UNPCC)", ["UNPCC"]),
        ("State Rep. Ann Lee (D)", []),
        ("Sen. Ann Lee (R-Norland)", []),
        ("About two-thirds (66%) of voters", []),
        ("The Acme Group (Acme)", []),
        ("NTA)", []),
        ("Ann Lee", []),
    ],
)
def test_bracket_acronyms(phrase, acronyms):
    assert sourcing._bracket_acronyms(phrase) == acronyms
