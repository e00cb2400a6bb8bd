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
