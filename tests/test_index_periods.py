"""The index names a notebook's period column in words (review s77)."""
import pandas as pd


def test_a_key_finding_over_periods_names_the_periods_in_words(tmp_path):
    # review s77: the index read "by date_period: highest 2018Q3 ...", a column name of the notebook's CSV
    from helpers.report.index import notebook_findings

    rows = []
    for period, est in (("2018Q1", 0.05), ("2018Q2", 0.30), ("2018Q3", 0.60)):
        rows.append({"date_period": period, "topic": "T1", "n_articles": 40, "n_units": 40, "estimate": est,
                     "ci_low": est - 0.04, "ci_high": est + 0.04, "method": "korn_graubard"})
    pd.DataFrame(rows).to_csv(tmp_path / "01_prevalence_over_time.csv", index=False)
    text = " ".join(notebook_findings(tmp_path, ["01_prevalence_over_time"], {}))
    assert "by period (year, quarter or month" in text and "by date_period" not in text, text


def test_the_dominant_frame_finding_gives_its_base(tmp_path):
    # review s77: "Problem definition in 64 of 161 articles" hid that 26 of them rest on one sentence and that 52
    # articles have no frame of the family; an article with no frame must never be the "leading frame"
    from helpers.framing.shares import NO_FRAME
    from helpers.report.index import dominant_frames

    rows = ([{"doc_id": f"a{i}", "family": "entman_functions", "dominant": "problem_definition", "k_units": 1 + (i > 1),
              "n_units": 40, "tied_with": ""} for i in range(4)]
            + [{"doc_id": f"b{i}", "family": "entman_functions", "dominant": NO_FRAME, "k_units": 0, "n_units": 30,
                "tied_with": ""} for i in range(6)])
    path = tmp_path / "03_dominant_frames.csv"
    pd.DataFrame(rows).to_csv(path, index=False)
    fam = dominant_frames(path)["families"][0]
    assert (fam["frame"], fam["k"], fam["n"], fam["k_one"], fam["n_none"]) == ("problem_definition", 4, 10, 2, 6)
