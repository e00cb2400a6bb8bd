"""Round 12dq: a bare source phrase headed by a regime or dictatorship is an official (a state's government), and
"the station" alone is an outlet. Source phrases only, the whole phrase. Invented phrases and places."""
import pandas as pd
import pytest

from helpers.measures.role_senses import bare_station, names_other_station
from helpers.measures.sourcing import extract_attributions


@pytest.mark.parametrize("phrase", [
    "the regime", "The regime", "the Norland regime", "Norland's dictatorship",
    "Norland's clerical regime", "Both regimes", "its regime",
])
def test_regime_is_official(role_of, phrase):
    assert role_of(phrase) == "official"


@pytest.mark.parametrize("phrase", ["the station", "The station", "the TV station", "the radio stations"])
def test_station_is_an_outlet(role_of, phrase):
    assert role_of(phrase) == "journalist_media"


@pytest.mark.parametrize("phrase, role", [
    ("The regime change advocates", "activist_advocacy"), ("the regime's foreign minister", "politician"),
    ("the police station", "military_police"),
])
def test_other_heads_keep_their_role(role_of, phrase, role):
    assert role_of(phrase) == role


@pytest.mark.parametrize("phrase", [
    "Ann Lee, a critic of the regime", "the regime in Norland and its allies said", "Norland Station",
    "the station's owner Ann Lee",
])
def test_not_a_bare_regime_or_station(role_of, phrase):
    assert role_of(phrase) not in ("official", "journalist_media")


def test_station_left_unread_after_another_kind_of_station(role_of):
    """Issue 12at-i's design, kept: in an article whose station is a gas station, "the station" is not an outlet."""
    assert role_of("The station", ["The gas station on Elm Street closed at nine."]) != "journalist_media"


@pytest.mark.parametrize("sentence, other", [
    ("The gas station on Elm Street closed.", True), ("Officers took him to the police station.", True),
    ("They met at Norland Station.", True), ("the station said", False), ("a local TV station reported it", False),
    ("radio stations aired it", False), ("station WXYZ said", False), ("member stations", False),
])
def test_names_other_station(sentence, other):
    assert names_other_station(sentence) is other


@pytest.mark.parametrize("phrase, plain", [
    ("the station", True), ("The stations", True), ("the local station", True), ("the police station", False),
    ("Norland Station", False), ("the station manager", False),
])
def test_plain_station(phrase, plain):
    assert bare_station(phrase, plain=True) is plain


def test_plain_station_unread_after_a_gas_station_the_name_filter_skips():
    """The corpus reader notes the stations of every sentence of an article with a plain-station source, also the
    sentences its name filter skips (as issue 12at-i's review did for a broadcast station)."""
    units = pd.DataFrame({"doc_id": "d", "outlet": "O", "unit_id": range(2), "paragraph_id": range(2), "role": "body",
                          "text": ["The gas station on Elm Street closed at nine.",
                                   '"We were robbed twice," the stations said.']})
    att = extract_attributions(units)
    assert att[att["source_resolved"] == "the stations"].iloc[0]["role"] != "journalist_media"
    units = units.assign(text=["The storm closed Elm Street at nine.", units["text"][1]])
    att = extract_attributions(units)
    assert att[att["source_resolved"] == "the stations"].iloc[0]["role"] == "journalist_media"
