"""Round 12ed: leaders named by their sector take the sector's role; leaders of states, cities, parties and peoples
stay politicians. Invented phrases and names."""
import pytest


@pytest.mark.parametrize("phrase, role", [
    ("religious leaders", "activist_advocacy"), ("Community leaders", "activist_advocacy"),
    ("faith leaders", "activist_advocacy"), ("civil rights leaders", "activist_advocacy"),
    ("student leaders", "activist_advocacy"), ("labor leaders", "activist_advocacy"),
    ("business leaders", "official"), ("Business leaders", "official"), ("tech leaders", "official"),
    ("Norland business leader Ann Lee", "official"), ("hospital leaders", "official"),
    ("militia leaders", "military_police"), ("Military leaders", "military_police"),
])
def test_sector_leaders(role_of, phrase, role):
    assert role_of(phrase) == role


@pytest.mark.parametrize("phrase", [
    "world leaders", "city leaders", "party leaders", "Labor leaders", "Norlandic leaders", "state leaders",
    "Sen. Ann Lee (R-Ok.), a former church leader herself",
])
def test_other_leaders_stay_politicians(role_of, phrase):
    assert role_of(phrase) == "politician"


def test_a_capitalised_name_is_not_read(role_of):
    assert role_of("Business Leaders United") != "official"
