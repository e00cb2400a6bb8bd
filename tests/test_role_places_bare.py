"""Round 12bs-g2: the government of a place named bare is an official (protocol item 9).

``source_roles.yaml`` version 43: "the municipality", a lower-case "the city / county / state / province / town /
village / borough" that opens and ends the phrase, and a capitalised "City / Town / County / Municipality / State of X"
opening it (round 12bs-g, which also read "the country" and "X County", failed its check). Sentences are invented. Each positive case is `unknown` without the
rule; each negative case keeps the role the other rules give (another role noun after the place word, a name that
holds the word, a compound).
"""

from __future__ import annotations

import pytest

from tests._attribution_rows import attribution_rows


def _role(sentence: str, source: str) -> str:
    df = attribution_rows(sentence)
    got = df[df["source"] == source]
    assert len(got) == 1, df[["source", "role"]]
    return got.iloc[0]["role"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The municipality said water would be restored by Friday.", "The municipality"),
        ("The county said the landfill would close in May.", "The county"),
        ("The province said the ward would reopen next week.", "The province"),
        ("According to the city, the pension debt doubled in ten years.", "the city"),
        ("The state, for what it is worth, denies that the map is unfair.", "The state"),
        ("The town said the bridge was safe.", "The town"),
        ("The City of Norport said water would be restored by Friday.", "The City of Norport"),
        ("The State of Vale argued that the statute was valid.", "The State of Vale"),
    ],
)
def test_place_governments_are_officials(sentence, source):
    assert _role(sentence, source) == "official"


@pytest.mark.parametrize(
    ("sentence", "source", "role"),
    [
        # another role noun after the place word decides
        ("The state senator said the bill would pass.", "The state senator", "politician"),
        ("The city's mayor said the road would reopen.", "The city's mayor", "politician"),
        ("The country singer said she would tour again.", "The country singer", "ordinary_person"),
        ("The City of Norport Police said a man was arrested.", "The City of Norport Police", "military_police"),
        # the place word inside a prepositional phrase of another subject (the amendment of the round)
        ("Democratic Senate candidates around the country said the plan would fail.",
         "Democratic Senate candidates around the country", "politician"),
        ("People around the country said they were worried.", "People around the country", "ordinary_person"),
        ("Some in the state said they were worried.", "Some in the state", "anonymous"),
        # left out after round 12bs-g's check: a country's people speak as often as its government, and "X County"
        # reached a surname through the name memory
        ("The country knows what happened that night.", "The country", "unknown"),
        ("Elmshire County said the roads would be gritted overnight.", "Elmshire County", "unknown"),
        # a capitalised name that holds the word but is no government
        ("The Islamic State said it carried out the attack.", "The Islamic State", "unknown"),
        ("The Elmshire County Register reported the fire.", "The Elmshire County Register", "journalist_media"),
    ],
)
def test_other_roles_unchanged(sentence, source, role):
    assert _role(sentence, source) == role
