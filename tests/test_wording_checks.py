"""helpers.core.wording: the phrases the hand-check sentences share (hedge_trust, verb_trust)."""
from helpers.core.wording import blind_people, judges_alike, share_of


def test_share_of_rounds_to_a_whole_percentage_and_says_n_a_for_nothing():
    assert share_of(74, 80) == "92%"
    assert share_of(13, 20) == "65%"
    assert share_of(0, 0) == "n/a"


def test_blind_people_spells_small_numbers_and_plurals():
    assert blind_people(1, "coder") == "one blind coder"
    assert blind_people(2, "judge") == "two blind judges"
    assert blind_people(5, "judge") == "5 blind judges"


def test_judges_alike_says_a_shared_figure_once():
    assert judges_alike([74, 74]) == "74"
    assert judges_alike([73, 74]) == "73 and 74"
    assert judges_alike(["92%", "92%", "92%"]) == "92%"
