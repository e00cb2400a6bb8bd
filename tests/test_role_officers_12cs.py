"""Round 12cs: the plural "officers" as the head of a source phrase no other rule types is military or police
("Officers threatened to ...", "The correctional officers said"), unless a modifier names another field ("chief
financial officers", "loan officers"). Invented sentences."""

from __future__ import annotations

import pytest

from helpers.measures.role_police import plural_officers
from tests._attribution_rows import row_of


@pytest.mark.parametrize("bare, expected", [
    ("Officers", True),
    ("The officers", True),
    ("Correctional officers", True),
    ("Several correctional officers", True),
    ("Norland PD officers", True),
    ("other officers", True),
    ("the two officers", True),
    ("chief financial officers", False),  # company officers
    ("loan officers", False),
    ("asylum officers", False),  # an agency's caseworkers
    ("party officers", False),  # read by the party rules
    ("election officers", False),
    ("officers of the union", False),  # a preposition: "officers" is no head of the whole phrase
    ("Officers and residents", False),
    ("Nine of 10 officers", False),
    ("the officer", False),  # the singular is the lexicon's
])
def test_plural_officers(bare, expected):
    assert plural_officers(bare) is expected


@pytest.mark.parametrize("sentences, verb", [
    (("Officers threatened to arrest the protesters who came near the trucks.",), "threatened to"),
    (("The correctional officers said the cells had been full for weeks.",), "said"),
    (("The men were stopped at a checkpoint.", "Several officers said the car had no plates."), "said"),
])
def test_officers_are_military_or_police(sentences, verb):
    row = row_of(*sentences, verb=verb)
    assert row["role"] == "military_police" and row["role_basis"] == "phrase"


@pytest.mark.parametrize("sentences, verb", [
    (("Chief financial officers said costs rose in the third quarter.",), "said"),
    (("Loan officers said demand for mortgages fell.",), "said"),
])
def test_officers_of_another_field_are_not_read(sentences, verb):
    row = row_of(*sentences, verb=verb)
    assert row["role"] != "military_police"
