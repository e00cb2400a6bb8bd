"""Round 12cx: an official title of a police, intelligence or armed body named by its acronym ("FBI Director", "ICE
officials", "a senior CIA official") is military or police, as "police officials" already is
(``role_agencies.force_title``). Names and sentences invented for the tests."""

from __future__ import annotations

import pytest

from helpers.measures.role_agencies import force_title
from tests._attribution_rows import row_of


@pytest.mark.parametrize("before, noun, expected", [
    ("FBI ", "Director", True),
    ("former FBI ", "Director", True),
    ("the FBI's ", "Deputy Director", True),  # the title's head noun
    ("Acting ATF ", "Director", True),
    ("a senior ICE ", "official", True),
    ("F.B.I. ", "Director", True),
    ("CDC ", "Director", False),  # an official body
    ("ICE union ", "chief", False),  # another word between
    ("FBI ", "spokesman", False),  # not an official noun
    ("FBI ", "agent", False),  # the lexicon's own reading, not this rule's
    ("Norland ", "Director", False),  # no acronym of the gazetteer
])
def test_force_title(before, noun, expected):
    assert force_title(before, noun) is expected


def test_an_acronym_the_article_spells_out_as_another_body_is_not_read():
    assert not force_title("ICE ", "Director", {"ICE": {"Institute of Civil Engineers"}})


@pytest.mark.parametrize("sentences, verb, role", [
    (("FBI Director Tor Brandvik said the case was closed.",), "said", "military_police"),
    (("ICE officials said the raids would continue.",), "said", "military_police"),
    (("A senior CIA official said the report was wrong.",), "said", "military_police"),
    (("CDC Director Tor Brandvik said the case count rose.",), "said", "official"),
    (("An FBI spokesman said the bureau would not comment.",), "said", "spokesperson"),
])
def test_titles_of_forces(sentences, verb, role):
    assert row_of(*sentences, verb=verb)["role"] == role


def test_the_name_keeps_the_title_role_later():
    row = row_of("FBI Director Tor Brandvik spoke on Monday.", "Brandvik said the case was closed.", verb="said")
    assert row["role"] == "military_police"
