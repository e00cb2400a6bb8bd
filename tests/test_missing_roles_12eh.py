"""Round 12eh: role nouns the judged role checks found missing (spokespersons, whips named without their chamber,
talkers and fact-checkers, newsroom leaders, regents); names that hold the same words stay names. Invented
phrases and names."""
import pytest


@pytest.mark.parametrize("phrase, role", [
    ("the company's spokespersons", "spokesperson"), ("Majority Whip Ann Lee", "politician"),
    ("the Senate minority whip", "politician"), ("Deputy Whip Ben Kay", "politician"),
    ("conservative talker Ann Lee", "journalist_media"), ("a radio shock jock", "journalist_media"),
    ("the Daily Lake's fact-checker", "journalist_media"), ("the station's weatherman", "journalist_media"),
    ("Newsroom leaders", "journalist_media"),
    ("the university's regents", "official"),
])
def test_missing_role_nouns(role_of, phrase, role):
    assert role_of(phrase) == role


@pytest.mark.parametrize("phrase", ["Ann Dean", "Dean Kay", "Regent Lee", "a whip count", "Talker Lee"])
def test_names_and_other_senses(role_of, phrase):
    assert role_of(phrase) == "unknown"
