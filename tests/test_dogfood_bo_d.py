"""Dogfood round 12bo-d: a researcher's own study of strike coverage, its coding workflow (``python -m
helpers.validation sample|score`` with two coders' sheets) and a folder of saved web pages; invented sentences and
rows only."""
import pandas as pd
import pytest

from helpers.validation.cli import main

_SENTENCES = [
    "The dockworkers union accused the port authority of breaking its promises and called a strike.",
    "The walkout cost shippers two million dollars a day, the chamber of commerce said.",
    "A crane driver said he had not seen his children awake for a week.",
    "The mayor urged both sides to return to the table before the holidays.",
]


@pytest.fixture
def strike_corpus(tmp_path):
    """Nine invented strike articles from three outlets rated left, center and right (a JSON-lines table)."""
    rows = []
    for i, (outlet, rating) in enumerate([("Harbor Ledger", "left"), ("Bay Wire", "center"),
                                          ("Pier Review", "right")] * 3):
        body = " ".join(_SENTENCES[(i + k) % len(_SENTENCES)] for k in range(3))
        rows.append({"id": f"s{i}", "source": outlet, "bias_rating": rating, "title": f"Port strike day {i}",
                     "date": f"2026-05-0{i + 1}", "text": body})
    p = tmp_path / "strike.jsonl"
    pd.DataFrame(rows).to_json(p, orient="records", lines=True)
    return p


# --- 1. a coding sheet stratified by the column the report groups by -----------------------------------------


def test_sample_is_stratified_by_any_column_of_the_corpus(strike_corpus, tmp_path, capsys):
    """Notebook 04 tells users to draw their sheet "with --stratum set to the column the report groups by"; with
    ``--stratum bias_rating`` the command stopped with "units lacks column ['bias_rating']; it has ['doc_id',
    'outlet', 'unit_id', ...]": only the outlet was carried into the sentences."""
    out = tmp_path / "coding" / "sheet.csv"
    assert main(["sample", "--corpus", str(strike_corpus), "--stratum", "bias_rating", "--n", "6",
                 "--out", str(out)]) == 0, capsys.readouterr().err
    sheet = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert sorted(sheet["stratum"]) == ["center"] * 2 + ["left"] * 2 + ["right"] * 2


def test_a_stratum_the_corpus_lacks_is_named_in_the_options_terms(strike_corpus, tmp_path, capsys):
    """A misspelt --stratum names the option, the corpus's columns and how to draw without strata."""
    assert main(["sample", "--corpus", str(strike_corpus), "--stratum", "bias_ratin", "--n", "6",
                 "--out", str(tmp_path / "sheet.csv")]) == 2
    err = capsys.readouterr().err
    assert "--stratum 'bias_ratin' is not a column of" in err and "'bias_rating'" in err
    assert "--stratum ''" in err and "units lacks" not in err
    assert not (tmp_path / "sheet.csv").exists()


# --- 2. a coder's sheet saved by Excel is warned about once ------------------------------------------------------


def test_a_sheet_read_after_a_repair_is_warned_about_once(strike_corpus, tmp_path, capsys):
    """``score`` printed "bob.csv: not valid UTF-8 ... decoded as cp1252" twice: once when the codes were read and
    again when the sheets' strata were read."""
    out = tmp_path / "sheet.csv"
    assert main(["sample", "--corpus", str(strike_corpus), "--stratum", "bias_rating", "--n", "6",
                 "--out", str(out)]) == 0
    sheet = pd.read_csv(out, dtype=str, keep_default_na=False)
    sheet["conflict"] = ["1", "", "1", "", "", "1"]
    sheet["notes"] = ["sûr?", "", "", "", "", ""]
    sheet.to_csv(tmp_path / "ann.csv", index=False)
    sheet.to_csv(tmp_path / "bob.csv", index=False, sep=";", encoding="cp1252")
    capsys.readouterr()
    assert main(["score", "--corpus", str(strike_corpus), "--group", "bias_rating",
                 str(tmp_path / "ann.csv"), str(tmp_path / "bob.csv")]) == 0
    err = capsys.readouterr().err
    assert err.count("not valid UTF-8") == 1, err
