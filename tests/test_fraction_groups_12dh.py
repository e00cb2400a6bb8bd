"""Round 12dh: a fraction alone standing for people ("Half said", "almost half", "about a quarter of those surveyed")
is read as poll respondents, ordinary people, as a share in figures ("53%") already is.

Sentences are invented. Each positive case fails without the round (the source was ``unknown``); each negative case
keeps what the rules gave before.
"""

from __future__ import annotations

import pytest

from tests._attribution_rows import row_of


def _row(*sentences: str):
    return row_of(*sentences, verb="said")


@pytest.mark.parametrize(
    "sentence",
    [
        "Half said they would vote for the levy in the spring.",
        "Almost half said the town's roads were in poor repair.",
        "About a quarter of those surveyed said the bus ran late.",
        "Two-thirds said the new park was a good idea.",
        "More than a third said they had never used the library.",
    ],
)
def test_a_fraction_alone_is_poll_respondents(sentence):
    row = _row("A poll of 800 residents was taken in May.", sentence)
    assert (row["role"], row["role_basis"]) == ("ordinary_person", "phrase")


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Half of the senators said the bill would fail.", "politician"),
        ("Half the council members said the budget was too small.", "official"),
        ("A third invitation said the party would go on.", "unknown"),
    ],
)
def test_a_fraction_of_a_named_group_keeps_its_reading(sentence, role):
    assert _row(sentence)["role"] == role
