"""Issue qa6: honest precision of printed shares, findings without an interval, reader-page tables (invented data)."""

import numpy as np
import pandas as pd

from helpers.core import wording as W
from helpers.report import index as ix
from helpers.stats import intervals as S


def test_a_share_is_never_printed_equal_to_a_bound_it_differs_from():
    # before: "2% (95% CI 2-3%)": the share and its lower bound looked equal, a sixth of the value lost to rounding
    assert W.share_interval(0.024, 0.019, 0.031) == "2.4% (95% CI 1.9-3.1%)"
    assert W.share_interval(0.30, 0.295, 0.304) == "30.0% (95% CI 29.5-30.4%)"  # bounds collide at 0 decimals
    assert W.share_interval(0.0002, 0.0001, 0.0004) == "0.02% (95% CI 0.01-0.04%)"
    assert W.share_interval(0.563, 0.48, 0.634) == "56% (95% CI 48-63%)"  # enough as it was


def test_share_decimals_is_one_rule():
    assert W.share_decimals(0.56) == 0 and W.share_decimals(0.05) == 1 and W.share_decimals(0.95) == 1
    assert W.share_decimals(0.0) == 0 and W.share_decimals(1.0) == 0
    assert W.share_decimals(0.3, 0.295, 0.304) == 1 and W.share_decimals(0.3, 0.2, 0.4) == 0
    assert W.share_decimals(0.0001, 0.00005, 0.0002) == W.SHARE_MAX_DECIMALS
    assert W.percent(0.05) == "5.0%" and W.percent(0.9999) == "99.99%" and W.percent(0.000001) == "under 0.01%"


def test_a_collapsed_interval_is_said_not_printed():
    # before: "0% (95% CI 0-0%)" and "100% (95% CI 100-100%)"
    assert W.share_interval(0.0, 0.0, 0.0) == "0% (none found, so no interval)"
    assert W.share_interval(1.0, 1.0, 1.0) == "100% (all, so no interval)"
    assert W.share_interval(0.5, 0.5, 0.5) == "50% (no interval: too few to resample)"
    assert W.share_interval(0.5, float("nan"), 0.6) == "50% (no interval)"


def test_every_share_formatter_goes_through_the_rule():
    assert S.format_interval(0.024, 0.019, 0.031, percent=True) == "2.4% (95% CI 1.9-3.1%)"
    assert S.format_interval(0.0, 0.0, 0.0, percent=True) == "0% (none found, so no interval)"
    assert S.format_interval(float("nan"), 0.1, 0.2, percent=True) == "n/a"
    assert S.format_interval(0.3123, 0.1, 0.5) == "0.31 (95% CI 0.10-0.50)"  # not a share: no bracket (qa7)
    assert S.share_text(0, 20, n_boot=50).endswith(", 0 of 20") and "(95% CI 0-" in S.share_text(0, 20, n_boot=50)


def _finding(tmp_path, column, values, lows, highs, articles):
    """The key finding of an invented two-outlet result file."""
    df = pd.DataFrame({"outlet": ["North Post", "South Ledger"], column: values, "ci_low": lows, "ci_high": highs})
    df.assign(n_articles=articles).to_csv(tmp_path / "result.csv", index=False)
    return ix.notebook_findings(tmp_path, ["result"], {})[0]


def test_a_finding_without_an_interval_does_not_say_the_intervals_overlap(tmp_path):
    item = _finding(tmp_path, "mean_tone", [0.4, -0.3], [np.nan, -0.5], [np.nan, -0.1], [5, 6])
    assert "overlap" not in item.replace("cannot tell", "")
    assert "no interval for North Post: none could be computed" in item
    assert "0.40 (no interval)" in item and "-0.30 (95% CI -0.50 to -0.10)" in item


def test_a_zero_width_interval_is_no_interval_in_the_findings(tmp_path):
    item = _finding(tmp_path, "share", [0.5, 0.0], [0.3, 0.0], [0.7, 0.0], [8, 9])
    assert "intervals overlap" not in item and "0% (95% CI 0-0%)" not in item
    assert "0% (none found, so no interval)" in item and "no interval for South Ledger; so the intervals cannot" in item


def _table(df):
    from helpers.report.html import drop_row_numbers

    return drop_row_numbers(df.to_html(float_format=lambda v: f"{v:.3f}"))


def test_reader_tables_show_shares_as_percentages_with_their_interval():
    from helpers.report.share_tables import percent_shares

    df = pd.DataFrame(
        {
            "outlet": ["North Post", "South Ledger"],
            "k": [1, 0],
            "n": [16, 9],
            "share": [0.0625, 0.0],
            "ci_low": [0.0, 0.0],
            "ci_high": [0.1875, 0.0],
        }
    )
    out = percent_shares(_table(df))
    assert "<th>share, % of n (95% CI)</th>" in out and "ci_low" not in out and "ci_high" not in out
    assert "<td>6.2% (95% CI 0.0-18.8%)</td>" in out and "<td>0% (none found, so no interval)</td>" in out
    assert "<td>16</td>" in out and "<td>1</td>" in out  # counts stay counts
    alone = percent_shares(_table(pd.DataFrame({"term": ["bridge"], "units": [20], "share": [0.235]})))
    assert "<th>share, %</th>" in alone and "<td>24%</td>" in alone


def test_reader_tables_leave_scores_rates_and_non_proportions_alone():
    from helpers.report.share_tables import percent_shares

    scores = _table(pd.DataFrame({"label": ["a"], "precision": [0.75], "F1": [0.857], "rate": [36.4]}))
    assert percent_shares(scores) == scores
    odd = _table(pd.DataFrame({"group": ["a", "b"], "share": [0.5, 1.7]}))  # not a proportion: unchanged
    assert percent_shares(odd) == odd


def test_only_the_reader_page_converts_shares(tmp_path):
    import nbformat

    from helpers.report.html import _prepare_notebook

    df = pd.DataFrame({"outlet": ["North Post"], "n": [4], "share": [0.25], "ci_low": [0.1], "ci_high": [0.5]})
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("show(table)")
    cell.outputs = [nbformat.v4.new_output("display_data", data={"text/html": _table(df), "text/plain": "t"})]
    nb.cells = [cell]
    reader, _, _ = _prepare_notebook(nb, tmp_path, reader=True)
    code, _, _ = _prepare_notebook(nb, tmp_path, reader=False)
    assert "25% (95% CI 10-50%)" in reader.cells[0].outputs[0].data["text/html"]
    assert "0.250" in code.cells[0].outputs[0].data["text/html"]


def test_a_tiny_corpus_lowers_k_min_instead_of_failing_the_topics_notebook():
    from helpers import topics as T

    texts = [
        "The council met to discuss the bridge and its cost to residents of the town.",
        "A bakery won a prize for its rye bread and plans to hire two bakers next year.",
        "Heavy rain flooded streets in the old quarter and firefighters pumped basements dry.",
    ]
    sweep, models = T.sweep_topics(T.vectorize(texts), 3, 12, stability_seeds=[1, 2])  # before: ValueError
    assert sweep["k"].tolist() == [2] and set(models) == {2}
    notes = " ".join(T.sweep_notes(sweep, T.choose_k(sweep)))
    assert "k_min was lowered from 3 to 2" in notes and "raise k_max" not in notes


def test_an_empty_table_says_it_is_empty():
    from helpers.report.html import EMPTY_TABLE_NOTE, _mark_long_tables

    empty = pd.DataFrame({"text": [], "n_articles": []}).to_html()
    assert _mark_long_tables(f"<p>0 passages</p>{empty}") == f"<p>0 passages</p>{EMPTY_TABLE_NOTE}"
    full = _table(pd.DataFrame({"text": ["a passage"], "n_articles": [3]}))
    assert "<td>a passage</td>" in _mark_long_tables(full)


def test_findings_name_frames_and_topics_not_their_ids(tmp_path):
    pd.DataFrame(
        {
            "doc_id": ["d1", "d2", "d3"],
            "family": ["entman_functions"] * 3,
            "dominant": ["remedy_legislation", "remedy_legislation", "(none)"],
        }
    ).to_csv(tmp_path / "dominant.csv", index=False)
    item = ix.notebook_findings(tmp_path, ["dominant"], {})[0]
    assert "Entman&#x27;s framing functions" in item and "Remedy: legislation or regulation in 2 of 3 articles" in item
    assert "entman_functions" not in item.split("(<a")[0] and "remedy_legislation" not in item.split("(<a")[0]
    assert ix.frame_label("(none)") == "no frame cue" and ix.frame_label("a_new_frame") == "a_new_frame"
    # a study's own entry: its label comes from the run's codebook table, which the shared codebooks cannot give
    pd.DataFrame(
        {"family": ["entman_functions"], "frame": ["remedy_ferry_link"], "label": ["Remedy: a ferry link"]}
    ).to_csv(tmp_path / f"{ix.RUN_CODEBOOKS}.csv", index=False)
    assert ix.frame_label("remedy_ferry_link", tmp_path) == "Remedy: a ferry link"
    assert ix.frame_label("remedy_ferry_link") == "remedy_ferry_link"
    assert ix.frame_label("remedy_legislation", tmp_path) == "Remedy: legislation or regulation"
    pd.DataFrame({"topic": ["T1"], "label": ["bridge / council / cost"]}).to_csv(tmp_path / "topics.csv", index=False)
    pd.DataFrame(
        {
            "outlet": ["North Post", "South Ledger"],
            "topic": ["T1", "T1"],
            "estimate": [0.5, 0.2],
            "ci_low": [0.4, 0.1],
            "ci_high": [0.6, 0.3],
            "n_articles": [9, 8],
        }
    ).to_csv(tmp_path / "prev.csv", index=False)
    assert "for topic = T1 (bridge / council / cost) by outlet" in ix.notebook_findings(tmp_path, ["prev"], {})[0]


def test_the_smallest_group_reads_as_articles_and_words_not_one_number(tmp_path):
    pd.DataFrame(
        {"outlet": ["North Post", "South Ledger", "East Wire"], "articles": [4, 2, 1], "words": [2000, 900, 305]}
    ).to_csv(tmp_path / "sizes.csv", index=False)
    item = ix.notebook_findings(tmp_path, ["sizes"], {})[0]
    assert "fewest East Wire (1 article, 305 words)" in item  # before: "(1, 305 words)", read as 1,305


def test_of_n_only_where_the_share_is_k_of_n():
    from helpers.report.share_tables import percent_shares

    df = pd.DataFrame({"outlet": ["North Post"], "n": [4], "k_units": [6], "outlet_voice": [0.5]})
    assert "<th>outlet_voice, %</th>" in percent_shares(_table(df))  # a share of k_units, not of the n articles


def test_validation_finding_glosses_f1_and_names_the_family(tmp_path):
    pd.DataFrame({"family": ["blamed"], "sample": ["heldout"], "sentences": [30], "F1": [0.7]}).to_csv(
        tmp_path / "scores.csv", index=False
    )
    item = ix.notebook_findings(tmp_path, ["scores"], {})[0]
    assert (
        "who is blamed (actor roles): F1 0.70 on 30 sentences of the sample ‘heldout’" in item and "1 is perfect" in item
    )


def test_a_notebook_without_findings_says_why_not_that_it_failed(tmp_path):
    (tmp_path / "figures").mkdir()
    runs = [
        {
            "name": "04_validation",
            "status_text": "ran",
            "reader": "04.reader.html",
            "html": "04.html",
            "ipynb": "04.ipynb",
            "files": [],
        }
    ]
    page = ix.write_index(
        tmp_path, {"title": "t", "runs": runs, "corpus_html": "", "software_html": "", "output_dir": "figures"}
    ).read_text(encoding="utf-8")
    assert "none of the result files it wrote on this corpus compares groups" in page
    assert "No computed findings for this notebook (see its page)" not in page


def test_a_single_empty_group_name_is_said_as_missing():
    from helpers.notebook.narrative import group_sentence

    text = group_sentence(pd.Series({"": 3}), "outlet")
    assert "()" not in text and "No article has a value in the 'outlet' column" in text  # before: "one outlet ()"
    assert "belong to one outlet (North Post)" in group_sentence(pd.Series({"North Post": 3}), "outlet")


def test_no_groups_is_not_said_as_a_group_too_small(tmp_path):
    item = _finding(tmp_path, "estimate", [0.5, 0.5], [0.0, 0.0], [1.0, 1.0], [2, 2])
    assert "too small" in item  # two named groups of 2 articles: too small, as before
    df = pd.DataFrame({"group": ["(unknown)"], "estimate": [0.5], "ci_low": [0.0], "ci_high": [1.0], "n_articles": [2]})
    df.to_csv(tmp_path / "prev.csv", index=False)
    item = ix.notebook_findings(tmp_path, ["prev"], {})[0]
    assert "the group column is empty" in item and "too small" not in item


def test_the_difference_has_the_decimals_of_the_shares(tmp_path):
    assert W.points(0.067, 1) == "6.7 percentage points" and W.points(0.123) == "12 percentage points"
    item = _finding(tmp_path, "share", [0.067, 0.0], [0.012, 0.0], [0.15, 0.0], [8, 9])
    assert "6.7% (95% CI 1.2-15.0%)" in item and "a difference of 6.7 percentage points" in item  # before: "7"
