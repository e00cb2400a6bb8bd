"""The summary of hand-checked role draws shown in notebook 02: one row per draw, newest first. Rows invented."""
import pandas as pd

from helpers.measures.outlets import role_check_summary


def _checks():
    return pd.DataFrame({
        "sample": ["seed5_first"] * 3 + ["seed77_second"] * 4,
        "role_ok": ["yes", "no", "n/a", "yes", "yes", "no", ""],
        "is_attribution": ["yes", "yes", "no", "yes", "yes", "yes", "yes"],
    })


def test_one_row_per_draw_newest_first_with_counts():
    t = role_check_summary(_checks(), n_boot=200, seed=0)
    assert list(t["draw"]) == [2, 1] and list(t["seed"]) == ["77", "5"]
    assert list(t["n"]) == [3, 2] and list(t["right"]) == [2, 1]
    assert list(t["not_attributions"]) == [0, 1] and list(t["unjudged"]) == [1, 0]
    assert t.loc[0, "interval"].startswith("67% (95% CI") and t.loc[0, "sample"] == "seed77_second"


def test_a_name_without_a_seed_and_no_checks():
    t = role_check_summary(pd.DataFrame({"sample": ["pilot"], "role_ok": ["yes"]}), n_boot=50)
    assert t.loc[0, "seed"] == "" and t.loc[0, "not_attributions"] == 0
    assert role_check_summary(pd.DataFrame(columns=["sample", "role_ok"])).empty
