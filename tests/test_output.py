"""Exported tables and figures: spreadsheet-safe CSVs, data labels never parsed as mathtext."""
import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from helpers.output import FORMULA_PREFIX, neutralize_formulas, save_figure, save_table, setup_notebook  # noqa: E402


def test_text_cells_that_a_spreadsheet_would_run_get_the_prefix(tmp_path):
    df = pd.DataFrame({"text": ["=HYPERLINK(\"http://x\")", "+1+2", "-cmd", "@SUM(A1)", "\tx", "plain", "-3.5", "+44 20"],
                       "score": [-1.5, 2, -3, 4, 5, 6, 7, 8]})
    path = save_table(df, "t", tmp_path)
    back = pd.read_csv(path, keep_default_na=False)
    assert back["text"].tolist()[:6] == [FORMULA_PREFIX + v for v in df["text"][:5]] + ["plain"]
    assert back["text"].iloc[6] == -3.5 or back["text"].iloc[6] == "-3.5"  # a plain number stays a number
    assert back["score"].tolist() == [-1.5, 2, -3, 4, 5, 6, 7, 8]  # numeric cells stay numbers
    assert df["text"].iloc[0].startswith("=")  # the analysis table itself is unchanged


def test_column_names_are_neutralised_too():
    out = neutralize_formulas(pd.DataFrame({"=cmd": ["a"], "ok": [1]}))
    assert list(out.columns) == [FORMULA_PREFIX + "=cmd", "ok"]


def test_dollar_signs_in_data_labels_do_not_crash_the_figure(tmp_path):
    setup_notebook()
    fig, ax = plt.subplots()
    ax.bar(["$$", "$5bn and $3bn", "Dawn"], [1, 2, 3])
    ax.set_title("outlet $$")
    path = save_figure(fig, "dollars", tmp_path)
    plt.close(fig)
    assert path.stat().st_size > 0


def test_repeated_column_names_are_handled():
    df = pd.DataFrame([["=a", "-b", 1]], columns=["outlet", "outlet", "n"])
    out = neutralize_formulas(df)
    assert out.iloc[0].tolist() == ["'=a", "'-b", 1]
