"""Round 12dy: a group named by armed struggle ("the militant group", "a rebel faction", "the terror network") is
military or police, as militants, insurgents and rebels already were, not an advocacy group (source_roles.yaml).
Invented phrases."""
import pytest


@pytest.mark.parametrize("phrase", [
    "the militant group", "Norlandic militant groups", "The terrorist organization", "a rebel faction",
    "the terror network", "An insurgent group", "armed groups", "a jihadist outfit", "The Norland terror cell",
])
def test_armed_groups(role_of, phrase):
    assert role_of(phrase) == "military_police"


@pytest.mark.parametrize("phrase, role", [
    ("An Islamist group", "activist_advocacy"), ("an extremist group", "activist_advocacy"),
    ("A spokesman for a rebel group", "spokesperson"), ("Armed Services Committee", "official"),
])
def test_other_groups_keep_their_reading(role_of, phrase, role):
    assert role_of(phrase) == role
