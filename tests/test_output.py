"""Exported tables and figures: spreadsheet-safe CSVs, data labels never parsed as mathtext."""
import io

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from helpers.notebook.output import FORMULA_PREFIX, neutralize_formulas, save_figure, save_table, setup_notebook  # noqa: E402


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


def test_saved_figure_is_200_dpi_png_and_svg_with_alt_text_and_no_date(tmp_path):
    from PIL import Image

    from helpers.notebook.output import figure_alt_text

    setup_notebook()
    data = pd.DataFrame({"outlet": ["Dawn", "Harici"], "words": [300, 800]})
    fig, ax = plt.subplots(figsize=(4, 2))
    ax.barh(data["outlet"], data["words"])
    ax.set_title("Words per outlet")
    path = save_figure(fig, "w", tmp_path, data=data)
    svg = (tmp_path / "w.svg").read_text(encoding="utf-8")
    alt = figure_alt_text(fig, data)
    plt.close(fig)
    assert alt.startswith("Words per outlet. Data: 2 rows of outlet, words")
    assert "highest words: Harici (800); lowest: Dawn (300)" in alt
    assert "<dc:title>Words per outlet</dc:title>" in svg and "Harici (800)" in svg
    assert "<dc:date>" not in svg and "Matplotlib v" not in svg
    assert round(Image.open(path).info["dpi"][0]) == 200
    assert figure_alt_text(plt.figure()) == "Figure without a title"


def test_long_labels_are_wrapped_not_cut():
    from helpers.plotting.base import wrap_label

    name = "The Truth International Weekly Review of Regional Affairs"
    wrapped = wrap_label(name, 20)
    assert wrapped.replace("\n", " ") == name and max(map(len, wrapped.split("\n"))) <= 20


def test_small_text_is_raised_to_the_minimum_when_saving(tmp_path):
    from helpers.notebook.output import MIN_FONT_PT, raise_small_text

    setup_notebook()
    fig, ax = plt.subplots()
    ax.bar(["a", "b"], [1, 2])
    ax.tick_params(labelsize=6)
    note = ax.text(0, 1, "note", fontsize=6)
    big = ax.set_title("title", fontsize=12)
    save_figure(fig, "small", tmp_path)
    assert note.get_fontsize() == MIN_FONT_PT and big.get_fontsize() == 12
    assert all(t.label1.get_fontsize() >= MIN_FONT_PT for t in ax.xaxis.get_major_ticks())
    assert raise_small_text(fig) == 0  # nothing left to raise
    plt.close(fig)


def _png_size(png: bytes) -> tuple[int, int]:
    from PIL import Image

    with Image.open(io.BytesIO(png)) as im:
        return im.size


def test_inline_copy_of_a_saved_figure_is_the_saved_png_at_screen_resolution(tmp_path):
    from helpers.notebook.output import _inline_png

    setup_notebook()
    fig, ax = plt.subplots()
    ax.bar(["a", "b"], [1, 2])
    ax.set_title("Saved once")
    path = save_figure(fig, "once", tmp_path)
    png, meta = _inline_png(fig)
    assert meta["figure"] == "once" and meta["alt"]
    assert png is fig._news_figure["inline"]  # not drawn again
    w, h = _png_size(path.read_bytes())
    assert _png_size(png) == (-(-w // 2), -(-h // 2))  # half size, rounded up
    plt.close(fig)


def test_a_figure_changed_after_saving_is_drawn_anew_for_the_inline_copy(tmp_path):
    from helpers.notebook.output import _inline_png

    setup_notebook()
    fig, ax = plt.subplots()
    ax.bar(["a", "b"], [1, 2])
    save_figure(fig, "changed", tmp_path)
    ax.set_title("Added after saving")
    png, _ = _inline_png(fig)
    assert png is not fig._news_figure["inline"] and png.startswith(b"\x89PNG")
    plt.close(fig)


def test_a_constrained_layout_is_kept_after_saving(tmp_path):
    from matplotlib.layout_engine import ConstrainedLayoutEngine

    setup_notebook()
    fig, axes = plt.subplots(1, 2, layout="constrained")
    for ax in axes:
        ax.barh(["a long category name", "b"], [1, 2])
    path = save_figure(fig, "constrained", tmp_path)
    assert isinstance(fig.get_layout_engine(), ConstrainedLayoutEngine)
    svg = path.with_suffix(".svg").read_text(encoding="utf-8")
    assert svg.rstrip().endswith("</svg>")
    plt.close(fig)


def test_a_table_without_rows_can_be_said_in_a_sentence(capsys):
    # issue qa2: a corpus from which cleaning removed nothing showed a 214-row table of bare doc_ids and an empty
    # audit table with only its header
    from helpers.notebook import overview
    from helpers.notebook.output import show_table

    corpus = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "removed": [[], []]})
    by_rule = overview.removal_by_rule(corpus)
    assert len(by_rule) == 0 and list(by_rule.columns) == ["doc_id"]
    assert show_table(by_rule, 30, empty="Cleaning removed no line from any of the 2 articles.") is None
    assert capsys.readouterr().out == "Cleaning removed no line from any of the 2 articles.\n"
    assert show_table(by_rule, 30) is by_rule  # without a sentence: as before
    full = pd.DataFrame({"doc_id": ["a"]})
    assert show_table(full, 30, empty="never printed") is full and capsys.readouterr().out == ""


def test_restore_formulas_undoes_neutralize_formulas():
    from helpers.core.spreadsheet import restore_formulas

    df = pd.DataFrame({"=cmd": ["=SUM(A1)", "@user", "-3.5", "plain", "'quoted", "+x"], "n": [1, 2, 3, 4, 5, 6]})
    back = restore_formulas(neutralize_formulas(df))
    assert back.equals(df) and list(back.columns) == ["=cmd", "n"]


def test_a_categorical_column_of_names_is_neutralised_too():
    """Groups are often made categorical to keep their order; '=cmd|calc' there was written as a live formula."""
    df = pd.DataFrame({"group": pd.Categorical(["=cmd|calc", "Town Herald", "@user"],
                                               categories=["Town Herald", "=cmd|calc", "@user"]), "n": [1, 2, 3]})
    out = neutralize_formulas(df)
    assert out["group"].tolist() == ["'=cmd|calc", "Town Herald", "'@user"]
    assert df["group"].tolist()[0] == "=cmd|calc"  # not modified


def test_a_cut_table_keeps_the_first_rows_of_every_group(capsys):
    # review s76: a table sorted center, left, right and cut at 30 rows showed no row of "right"
    from helpers.notebook.output import show_table
    df = pd.DataFrame({"bias": ["center"] * 30 + ["left"] * 12 + ["right"] * 3, "x": range(45)})
    shown = show_table(df, 20, by="bias")
    assert shown["bias"].value_counts().to_dict() == {"center": 9, "left": 8, "right": 3}
    assert list(shown["x"]) == [*range(9), *range(30, 38), 42, 43, 44]  # each group's first rows, in table order
    out = capsys.readouterr().out
    assert "showing 20 of 45 rows" in out and "center 9 of 30, left 8 of 12, right 3 of 3" in out
    many = pd.DataFrame({"outlet": [f"o{i % 20:02d}" for i in range(100)], "x": range(100)})
    assert show_table(many, 30, by="outlet")["outlet"].value_counts().between(1, 2).all()
    assert "1-2 of each of 20 groups" in capsys.readouterr().out
    # no such column, or one group: the first rows, as before
    assert list(show_table(df, 5, by="outlet")["x"]) == [0, 1, 2, 3, 4]
    assert list(show_table(df[df["bias"] == "center"], 5, by="bias")["x"]) == [0, 1, 2, 3, 4]
    assert show_table(df, 45, by="bias") is df


def test_a_cut_table_can_keep_each_groups_largest_rows(capsys):
    # review s76: the tone table kept the first actors of the alphabet in each group, not those named most
    from helpers.notebook.output import show_table
    df = pd.DataFrame({"g": ["c"] * 4 + ["l"] * 4, "actor": list("abcdabcd"), "n": [1, 9, 3, 9, 5, 1, 7, 2]})
    shown = show_table(df, 4, by="g", rank="n")
    assert list(zip(shown["g"], shown["actor"])) == [("c", "b"), ("c", "d"), ("l", "c"), ("l", "a")]
    assert "each g group's rows with the largest n (c 2 of 4, l 2 of 4" in capsys.readouterr().out
    assert list(show_table(df, 4, by="g", rank="none")["actor"]) == ["a", "b", "a", "b"]  # no such column: table order


def test_a_table_barely_over_the_limit_is_shown_whole_and_a_blank_group_is_named(capsys):
    # review s77: "showing 30 of 32 rows" hid the last measure of two groups; the time rows of the topic effects
    # (group "") read as " 7 of 10" in the note
    from helpers.notebook.output import show_table
    df = pd.DataFrame({"g": ["a"] * 8 + ["b"] * 8 + ["c"] * 8 + ["d"] * 8, "x": range(32)})
    assert show_table(df, 30, by="g") is df and capsys.readouterr().out == ""
    assert len(show_table(df.iloc[:7], 5)) == 7  # two over a limit of 5: whole
    assert len(show_table(df.iloc[:8], 5)) == 5 and "showing 5 of 8 rows" in capsys.readouterr().out
    blank = pd.DataFrame({"g": ["a"] * 10 + [""] * 10, "x": range(20)})
    show_table(blank, 8, by="g")
    assert "a 4 of 10, (blank) 4 of 10" in capsys.readouterr().out


def test_show_table_shows_line_breaks_in_text_as_spaces():
    # review s78-A: pandas printed a shared passage's paragraph break as a literal "\n\n" in the report's HTML
    from helpers.notebook.output import show_table

    df = pd.DataFrame({"passage": ["his efforts.\n\n\u201cWe will", "one line"], "n": [1, 2]})
    shown = show_table(df)
    assert shown["passage"].tolist() == ["his efforts. \u201cWe will", "one line"]
    assert "\\n" not in shown.to_html()
    assert df["passage"][0] == "his efforts.\n\n\u201cWe will"  # the caller's table (and its CSV) keep the breaks
    plain = pd.DataFrame({"a": ["x"]})
    assert show_table(plain) is plain
    cats = pd.DataFrame({"g": pd.Categorical(["a\nb", "c"]), "h": pd.Categorical(["x", "y"])})  # as notebook 03's
    assert show_table(cats)["g"].tolist() == ["a b", "c"]
