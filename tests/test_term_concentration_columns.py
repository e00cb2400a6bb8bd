"""Notebook 02's top_outlet columns appear only when some group holds two known outlets (dogfood 12bk-d left:
``-p group_by folder`` on per-outlet subfolders without an outlet column gave an empty top_outlet, share 1)."""

import json
from pathlib import Path

import numpy as np
import pytest

from helpers.measures.outlets import concentration_informative

NB = Path(__file__).resolve().parents[1] / "notebooks" / "02_outlets.ipynb"


def test_groups_that_are_one_outlet_each_say_nothing():
    assert not concentration_informative(["a", "a", "b"], ["Ledger", "Ledger", "Post"])


def test_groups_without_any_known_outlet_say_nothing():
    assert not concentration_informative(["Vox", "Vox", "Hill"], ["", None, np.nan])
    assert not concentration_informative(["Vox", "Hill"], ["  ", ""])


def test_one_group_with_two_outlets_is_enough():
    assert concentration_informative(["left", "left", "right"], ["Ledger", "Post", "Courier"])


def test_an_unknown_outlet_beside_a_known_one_is_not_a_second_outlet():
    assert not concentration_informative(["left", "left", "left"], ["Ledger", "", None])
    assert not concentration_informative(["left", "left"], ["Ledger", " Ledger "])


def test_mismatched_lengths_are_refused():
    with pytest.raises(ValueError, match="one value per document"):
        concentration_informative(["a", "b"], ["x"])


def test_the_notebook_drops_the_columns_by_the_rule_not_by_the_group_name():
    src = "".join("".join(c["source"]) for c in json.loads(NB.read_text(encoding="utf-8"))["cells"])
    assert "O.concentration_informative(TC.groups, TC.outlets)" in src
    assert 'if G == "outlet":  # each group is one outlet' not in src
