"""Round 12ef2: common trade, private-person and institution nouns the role lexicon lacked; nouns that are also
surnames count in lower case only; an institution speaks only as a whole phrase opened by a determiner. Invented
phrases and names."""
import pytest


@pytest.mark.parametrize("phrase, role", [
    ("the loggers", "ordinary_person"), ("a barista", "ordinary_person"), ("two hikers", "ordinary_person"),
    ("a volunteer", "ordinary_person"), ("the gunman", "ordinary_person"), ("All three defendants", "ordinary_person"),
    ("the miners", "ordinary_person"), ("the bakers", "ordinary_person"), ("a cook", "ordinary_person"),
    ("the crowd", "ordinary_person"), ("The public", "ordinary_person"), ("the American public", "ordinary_person"),
    ("members of the public", "ordinary_person"), ("the suspect", "ordinary_person"),
    ("two alleged suspects", "ordinary_person"), ("jihadists", "military_police"), ("the cadets", "military_police"),
    ("a TV presenter", "journalist_media"), ("a stringer", "journalist_media"), ("an alderman", "politician"),
    ("the registrar", "official"),
    ("the school", "official"), ("The museum", "official"), ("the restaurant", "official"),
    ("the oil industry", "official"), ("an archivist", "expert"),
])
def test_common_nouns(role_of, phrase, role):
    assert role_of(phrase) == role


@pytest.mark.parametrize("phrase, role", [
    ("Ann Baker", "unknown"), ("Mr. Cook", "unknown"), ("Sen. Ann Boxer", "politician"), ("Ann Alderman", "unknown"),
    ("the insurgent outsider", "unknown"), ("a rebel", "unknown"), ("authorities suspect", "official"),
    ("a small volunteer role", "unknown"), ("the volunteers", "ordinary_person"), ("a seaside restaurant", "unknown"),
    ("restaurant", "unknown"), ("grocery stores", "unknown"),
    ("Public Health Norland", "unknown"), ("school officials", "official"), ("a restaurant owner", "ordinary_person"),
    ("prison guards", "military_police"), ("industry experts", "expert"), ("a public official", "official"),
])
def test_surnames_and_longer_heads(role_of, phrase, role):
    assert role_of(phrase) == role
