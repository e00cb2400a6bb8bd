"""The groups-side-by-side table of notebook 03 (``helpers.framing.shares.entman_profile``)."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers.framing.codebooks import load_codebook
from helpers.framing.shares import entman_profile


def _inputs(remedy_k: dict):
    cb = {"entman_functions": load_codebook("entman_functions")}
    rows = []
    for e, en in cb["entman_functions"]["entries"].items():
        k = remedy_k.get(e, 0) if en["function"] == "treatment_recommendation" else 2
        rows.append({"outlet": "A", "n": 4, "family": "entman_functions", "frame": e, "share": k / 40, "k_units": k,
                     "interval": f"{k / 40:.0%}", "outlet_voice": 1.0})
    shares = pd.DataFrame(rows)
    frames = pd.DataFrame({"outlet": ["A"], "family": ["entman_functions"], "frame": ["problem_definition"],
                           "unit": [0], "cues": ["crisis"]})
    roles = pd.DataFrame({"outlet": ["A", "A", "A"], "actor": ["x", "y", "x"], "role": ["blamed", "blamed", "acting"],
                          "unit": [0, 1, 0]})
    return shares, frames, roles, cb


def test_remedies_are_listed_most_units_first_without_the_ones_never_found():
    # review s76: every remedy in codebook order ran past the reader page's cell and hid the leading remedy's count
    shares, frames, roles, cb = _inputs({"remedy_mediation": 9, "remedy_dialogue": 3, "remedy_repatriation": 3})
    row = entman_profile(shares, frames, roles, cb, "outlet", ["A"]).iloc[0]
    assert row["remedies_k"] == "third-party mediation 9, dialogue and negotiation 3, repatriation 3"
    assert row["leading_remedy"].startswith("third-party mediation: ")
    assert row["most_blamed"] == "x (1), y (1)"
    s0, f0, r0, _ = _inputs({})
    none = entman_profile(s0, f0, r0.iloc[:0], cb, "outlet", ["A"]).iloc[0]
    assert none["remedies_k"] == "(none)" and none["most_blamed"] == "(none found)"


def test_most_blamed_gives_each_count_its_base_and_keeps_ties():
    # review s76: "donald_trump (8), democrats (3)" had no base and hid a third actor tied with the second
    shares, frames, _, cb = _inputs({"remedy_dialogue": 1})
    roles = pd.DataFrame({"outlet": "A", "role": "blamed", "actor": ["x", "x", "x", "y", "z", "w", "w"],
                          "unit": [0, 1, 2, 3, 4, 5, 5]})  # w twice in one sentence: one sentence
    named = pd.DataFrame({"outlet": "A", "actor": ["x"] * 5 + ["y", "y", "z", "w"], "unit": [0, 1, 2, 6, 7, 3, 8, 4, 5]})
    row = entman_profile(shares, frames, roles, cb, "outlet", ["A"], named=named).iloc[0]
    assert row["most_blamed"] == "x (3 of 5), w (1 of 1), y (1 of 2), z (1 of 1)"
    assert entman_profile(shares, frames, roles, cb, "outlet", ["A"]).iloc[0]["most_blamed"] == "x (3), w (1), y (1), z (1)"
    # review s76: the study's labels, not its ids; an id without a label stays
    actors = {"entries": {"x": {"label": "Mr X", "terms": ["X"]}, "w": {"terms": ["W"]}}}
    row = entman_profile(shares, frames, roles, cb, "outlet", ["A"], named=named, actors=actors).iloc[0]
    assert row["most_blamed"] == "Mr X (3 of 5), w (1 of 1), y (1 of 2), z (1 of 1)"


def test_named_units_lists_each_sentence_naming_an_actor_once():
    from helpers.framing.actor_roles import named_units
    units = pd.DataFrame({"group": ["A", "B", "B"]})
    cues = pd.DataFrame({"unit": [1, 0, 1, 1, 2], "lexicon": ["actors", "actors", "actors", "policy_frames", "actors"],
                         "entry": ["x", "x", "x", "economic", "y"]})
    out = named_units(units, cues)
    assert out.to_dict("records") == [{"unit": 0, "actor": "x", "group": "A"}, {"unit": 1, "actor": "x", "group": "B"},
                                      {"unit": 2, "actor": "y", "group": "B"}]
    with pytest.raises(ValueError, match="keep names columns"):
        named_units(units, cues, keep=("outlet",))


def test_a_long_tie_is_cut_after_four_actors():
    shares, frames, _, cb = _inputs({})
    roles = pd.DataFrame({"outlet": "A", "role": "blamed", "actor": list("abcdefg"), "unit": range(7)})
    row = entman_profile(shares, frames, roles, cb, "outlet", ["A"]).iloc[0]
    assert row["most_blamed"] == "a (1), b (1), c (1), d (1) and 3 more tied at 1"
