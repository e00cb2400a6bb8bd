"""Round 12cj: a campaign's or a party's staff are politicians ("campaign officials", "a senior Senate GOP aide"), by
the role protocol's items 3 and 8. Invented sentences."""

from __future__ import annotations

import pytest

from helpers.measures.role_party import party_staff
from tests._attribution_rows import row_of


@pytest.mark.parametrize("phrase", [
    "Two top campaign officials", "Campaign officials", "a senior Senate GOP aide", "Some Democratic officials",
    "one political adviser", "the Norland campaign senior adviser Ann Lee", "Ann Lee's top political aide, Ben Kay",
    "Republican staffers on the Norland Budget Committee", "party officials", "a Labour advisor", "Tory operatives",
])
def test_party_staff(phrase):
    assert party_staff(phrase)


@pytest.mark.parametrize("phrase", [
    "Democratic Republic of Congo officials", "Republican Guard officials", "the campaign and city officials",
    "a conservative aide", "election officials", "White House officials", "officials of the party",
    "Ann Lee, a senior adviser to the campaign", "a campaign of officials",
])
def test_not_party_staff(phrase):
    assert not party_staff(phrase)


@pytest.mark.parametrize("sentence, role", [
    ("Campaign officials said the rally drew a big crowd.", "politician"),
    ("A senior Senate GOP aide said the bill was dead.", "politician"),
    ("One political adviser close to the mayor said the race was tight.", "politician"),
    ("Norland campaign senior adviser Ann Lee said the race was close.", "politician"),
    ("Democratic Republic of Congo officials said the border was shut.", "official"),
    ("Election officials said the count was over.", "official"),
])
def test_the_row_takes_the_staffs_role(sentence, role):
    assert row_of(sentence, verb="said")["role"] == role
