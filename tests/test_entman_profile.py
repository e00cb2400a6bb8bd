"""The groups-side-by-side table of notebook 03 (``helpers.framing.shares.entman_profile``)."""
from __future__ import annotations

import pandas as pd

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
    roles = pd.DataFrame({"outlet": ["A", "A", "A"], "actor": ["x", "y", "x"], "role": ["blamed", "blamed", "acting"]})
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
