"""Unit tests for helpers.measures.outlets (group description, share tables, evidence rows, cells)."""
import numpy as np
import pandas as pd
import pytest

from helpers.measures.outlets import category_shares, cell, describe_groups, evidence_rows, flag_shares, share_cell


def test_describe_groups_counts_words_dates_and_sample():
    arts = pd.DataFrame({"g": ["A", "A", "B"], "n_words": [100, 50, 7],
                         "date": ["2024-03-02", "2024-01-15", ""]})
    out = describe_groups(arts, "g", ["A", "B", "C"], sampled=[True, False, True])
    assert list(out["group"]) == ["A", "B", "C"]
    a, b, c = out.to_dict("records")
    assert (a["articles"], a["sampled"], a["words"], a["dated"]) == (2, 1, 150, 2)
    assert a["dates"] == "2024-01-15 to 2024-03-02"
    assert b["dates"] == "unknown" and b["single_article"] and not a["single_article"]
    assert c["articles"] == 0 and c["words"] == 0


def test_describe_groups_not_before():
    arts = pd.DataFrame({"g": ["A"], "n_words": [1], "date": [""], "date_not_before": ["2023-05-01"]})
    assert describe_groups(arts, "g", ["A"])["dates"].iloc[0] == "not before 2023-05-01"


def test_flag_shares_per_group_with_interval():
    df = pd.DataFrame({"g": ["A", "A", "A", "A", "B"], "doc_id": ["a1", "a2", "a3", "a4", "b1"]})
    out = flag_shares(df, "g", ["A", "B", "C"], {"named": [True, True, False, False, False]}, n_boot=200)
    assert list(out.columns) == ["g", "measure", "k", "n", "n_articles", "share", "ci_low", "ci_high"]
    a = out[out["g"] == "A"].iloc[0]
    assert (a["k"], a["n"], a["share"]) == (2, 4, 0.5)
    assert a["ci_low"] <= 0.5 <= a["ci_high"]
    assert out[out["g"] == "B"]["share"].iloc[0] == 0.0
    assert out[out["g"] == "C"]["n"].iloc[0] == 0


def test_flag_shares_rejects_misaligned_flag():
    with pytest.raises(ValueError, match="align"):
        flag_shares(pd.DataFrame({"g": ["A", "B"], "doc_id": ["a", "b"]}), "g", ["A", "B"], {"x": [True]})


def test_category_shares_one_measure_per_category():
    df = pd.DataFrame({"g": ["A", "A", "B"], "doc_id": ["a1", "a2", "b1"], "role": ["official", "expert", "official"]})
    out = category_shares(df, "g", "role", ["A", "B"], n_boot=100)
    assert sorted(out["measure"].unique()) == ["expert", "official"]
    row = out[(out["g"] == "B") & (out["measure"] == "official")].iloc[0]
    assert (row["k"], row["n"]) == (1, 1)
    only = category_shares(df, "g", "role", ["A"], categories=["witness"], n_boot=100)
    assert list(only["k"]) == [0]


def test_evidence_rows_first_per_cell_in_document_order():
    df = pd.DataFrame({"g": ["A", "A", "A", "B"], "doc_id": ["d2", "d1", "d1", "d3"], "unit_id": [0, 5, 1, 0]})
    out = evidence_rows(df, ["g"], per_cell=2)
    assert list(zip(out["doc_id"], out["unit_id"])) == [("d1", 1), ("d1", 5), ("d3", 0)]


def test_cell_and_share_cell():
    assert cell(np.nan, np.nan, np.nan, "n=0") == "n/a (n=0)"
    text = cell(0.5, 0.25, 0.75, "n=8")
    assert text == "0.50 (95% CI 0.25-0.75; n=8)"  # one pair of parentheses (qa7)
    s = share_cell(3, 10, n_boot=200, ci=0.95, seed=0)
    assert s.endswith("; 3 of 10)") and "% (95% CI " in s
