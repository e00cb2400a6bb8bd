"""Issue qa7: numbers a journalist can read: rates, tone and F1 with unit and interval in words, percent axes (invented data)."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.ticker import PercentFormatter  # noqa: E402

from helpers.core import wording as W  # noqa: E402
from helpers.report import index as ix  # noqa: E402
from helpers.stats import intervals as S  # noqa: E402


def test_a_rate_reads_with_its_unit_and_interval_in_words():
    # before: "0.41 [0.33, 0.52]" and "36.45 [22.78, 52.39]": a bracket, no unit
    assert W.rate_interval(4.12, 3.31, 5.24) == "4.1 per 1,000 words (95% CI 3.3-5.2)"
    assert W.rate_interval(0.412, 0.331, 0.524) == "0.41 per 1,000 words (95% CI 0.33-0.52)"
    assert W.rate_interval(0.0, 0.0, 0.0) == "0 per 1,000 words (none found, so no interval)"
    assert W.rate_interval(2.0, np.nan, np.nan) == "2.0 per 1,000 words (no interval)"
    assert W.rate_interval(4.12, 3.31, 5.24, "12 hedges in 2,900 words").endswith(
        "(95% CI 3.3-5.2; 12 hedges in 2,900 words)"
    )


def test_scores_and_tone_read_as_words_not_brackets():
    assert W.estimate_interval(0.62, 0.55, 0.69) == "0.62 (95% CI 0.55-0.69)"  # an F1
    assert W.estimate_interval(-0.12, -0.3, 0.05) == "-0.12 (95% CI -0.30 to 0.05)"  # "-0.30-0.05" would mislead
    assert W.estimate_interval(1.0, 1.0, 1.0) == "1.00 (no interval: all resamples agree)"  # not "1.00 [1.00, 1.00]"
    assert W.estimate_interval(0.301, 0.2996, 0.304) == "0.301 (95% CI 0.300-0.304)"  # more decimals when needed
    assert W.estimate_interval(float("nan"), 0.1, 0.2) == "n/a"
    assert W.estimate_interval(-0.0001, -0.002, 0.001) == "0.000 (95% CI -0.002 to 0.001)"  # at most 3, no "-0.000"
    assert S.format_interval(0.3123, 0.1, 0.5) == "0.31 (95% CI 0.10-0.50)"


def test_outlet_profile_cells_have_one_pair_of_parentheses():
    from helpers.measures.outlets import cell, share_cell

    # before: "0.21 [0.05, 0.37] (n=13)" and "25% (95% CI 6-50%) (4/16)"
    assert cell(0.213, 0.051, 0.37, "13 sentences") == "0.21 (95% CI 0.05-0.37; 13 sentences)"
    rate = cell(36.446, 22.779, 52.392, "16 attributions in 439 words", unit=W.RATE_UNIT)
    assert rate == "36.4 per 1,000 words (95% CI 22.8-52.4; 16 attributions in 439 words)"
    s = share_cell(4, 16, n_boot=200, ci=0.95, seed=0)
    assert s.startswith("25% (95% CI ") and s.endswith("; 4 of 16)") and s.count("(") == 1
    assert W.share_interval(0.31, 0.12, 0.5, "5 of 16") == "31% (95% CI 12-50%; 5 of 16)"
    # none at all: the count says it, once ("0% (none found, so no interval; 0 of 22)" would say it twice)
    assert W.share_interval(0.0, 0.0, 0.0, "0 of 22") == "0% (0 of 22, so no interval)"
    zero = W.rate_interval(0.0, 0.0, 0.0, "0 hedges in 21,513 words")
    assert zero == "0 per 1,000 words (0 hedges in 21,513 words, so no interval)"


def _table(df):
    from helpers.report.html import drop_row_numbers

    return drop_row_numbers(df.to_html(float_format=lambda v: f"{v:.3f}"))


def test_reader_tables_merge_rate_tone_and_f1_intervals():
    from helpers.report.share_tables import percent_shares

    rates = pd.DataFrame(
        {"outlet": ["North Post"], "events": [16], "rate": [36.446], "ci_low": [22.779], "ci_high": [52.392]}
    )
    out = percent_shares(_table(rates))
    assert "<th>rate (95% CI)</th>" in out and "ci_low" not in out
    assert "<td>36.4 per 1,000 words (95% CI 22.8-52.4)</td>" in out and "<td>16</td>" in out
    tone = pd.DataFrame({"actor": ["mayor"], "mean_tone": [-0.12], "ci_low": [-0.3], "ci_high": [0.05]})
    tone = percent_shares(_table(tone))
    assert "<td>-0.12 (95% CI -0.30 to 0.05)</td>" in tone and "<th>mean tone, -1 to 1 (95% CI)</th>" in tone
    f1 = pd.DataFrame({"label": ["RE", "HI"], "F1": [0.62, 1.0], "F1_low": [0.55, 1.0], "F1_high": [0.69, 1.0]})
    out = percent_shares(_table(f1))
    assert "<th>F1 (95% CI)</th>" in out and "F1_low" not in out
    assert "<td>0.62 (95% CI 0.55-0.69)</td>" in out and "<td>1.00 (no interval: all resamples agree)</td>" in out
    words = pd.DataFrame({"label": ["RE"], "note": ["see [1, 2]"], "F1": [0.5]})  # not an interval column: unchanged
    assert percent_shares(_table(words)) == _table(words)


def test_rate_findings_carry_the_unit_and_f1_findings_two_decimals(tmp_path):
    pd.DataFrame(
        {
            "outlet": ["North Post", "South Ledger"],
            "n_articles": [12, 9],
            "rate": [4.12, 1.05],
            "ci_low": [3.31, 0.52],
            "ci_high": [5.24, 1.61],
            "measure": ["hedges", "hedges"],
        }
    ).to_csv(tmp_path / "rates.csv", index=False)
    item = ix.notebook_findings(tmp_path, ["rates"], {})[0]
    assert "North Post 4.1 per 1,000 words (95% CI 3.3-5.2), n = 12 articles" in item
    assert "</strong> for hedges by outlet" in item  # not "for measure = hedges"
    pd.DataFrame(
        {
            "family": ["policy", "policy"],
            "sample": ["blind, heldout", "in-sample (all)"],
            "sentences": [30, 119],
            "F1": [0.7623, 0.74],
        }
    ).to_csv(tmp_path / "scores.csv", index=False)
    item = ix.notebook_findings(tmp_path, ["scores"], {})[0]
    # before: "0.762 blind, heldout (30 sentences), 0.74 in-sample (all) (119 sentences)"
    assert "policy: F1 0.76 on 30 sentences of the sample ‘blind, heldout’; F1 0.74 on 119 sentences" in item
    assert ") (" not in item


def _formatter(axis):
    return axis.get_major_formatter()


def test_share_figures_have_percent_axes_that_say_what_the_share_is_of():
    from helpers import plotting as plot

    table = pd.DataFrame({"group": ["A", "A", "B"], "role": ["official", "expert", "official"]})
    fig, _ = plot.plot_shares(table, "group", "role", ["A", "B"], "roles")
    ax = fig.axes[0]
    assert isinstance(_formatter(ax.xaxis), PercentFormatter) and "share of" in ax.get_xlabel()
    assert _formatter(ax.xaxis)(0.2, 0) in ("20%", "20.0%")  # before: "0.2"
    ticks = _formatter(ax.xaxis)
    assert ticks.format_pct(0.1, 0.35) == "10%" and ticks.format_pct(0.005, 0.03) == "0.5%"  # not "10.0%"
    plt.close(fig)


def test_frame_interval_figures_have_percent_axes_and_keep_their_whiskers():
    from helpers import plotting as plot

    shares = pd.DataFrame(
        {
            "group": ["A", "B"],
            "frame": ["r1", "r1"],
            "share": [0.2, 0.4],
            "ci_low": [0.1, 0.3],
            "ci_high": [0.3, 0.5],
            "n": [10, 12],
        }
    )
    book = {"entries": {"r1": {"label": "Remedy: talks"}}}
    fig, _ = plot.plot_frame_intervals(shares, "group", ["A", "B"], book, ["r1"], "remedies")
    ax = fig.axes[0]
    assert isinstance(_formatter(ax.xaxis), PercentFormatter) and ax.get_xlabel().startswith("share of")
    assert _formatter(ax.xaxis)(20, 0).startswith("20") and _formatter(ax.xaxis)(20, 0).endswith("%")  # was "20"
    assert len(ax.lines) >= 4  # interval whiskers kept: one line per interval and one per dot
    plt.close(fig)


def test_topic_share_figures_have_percent_axes():
    from helpers import plotting as plot

    prev = pd.DataFrame(
        {
            "group": ["A", "A", "B", "B"],
            "topic": ["T1", "T2"] * 2,
            "estimate": [0.2, 0.8, 0.5, 0.5],
            "n_articles": [3, 3, 4, 4],
        }
    )
    fig = plot.plot_prevalence_heatmap(prev, "group", {"T1": "a", "T2": "b"})
    assert any(isinstance(_formatter(a.yaxis), PercentFormatter) for a in fig.axes[1:])  # the colour scale
    plt.close(fig)
    over = pd.DataFrame(
        {
            "period": ["2024-01", "2024-02"] * 2,
            "topic": ["T1", "T1", "T2", "T2"],
            "estimate": [0.2, 0.3, 0.8, 0.7],
            "ci_low": [0.1, 0.2, 0.7, 0.6],
            "ci_high": [0.3, 0.4, 0.9, 0.8],
            "n_articles": [5, 5, 5, 5],
        }
    )
    fig = plot.plot_prevalence_over_time(over, "period", {"T1": "a", "T2": "b"})
    assert isinstance(_formatter(fig.axes[0].yaxis), PercentFormatter) and "share of" in fig.axes[0].get_ylabel()
    plt.close(fig)


def test_notebook_03_tagging_sentence_uses_the_share_rule():
    from helpers.framing import tagged_units_text

    frames = pd.DataFrame({"family": ["policy_frames"] * 3 + ["generic_frames"], "unit": [0, 1, 1, 2]})
    text = tagged_units_text(frames, 119, ["policy_frames", "generic_frames", "entman_functions"])
    assert text.startswith("4 counted labels on 3 of 119 sentences; sentences that carry a frame of each family:")
    assert "policy frames 1.7% (2 of 119)" in text and "entman functions 0% (0 of 119)" in text
    assert (
        tagged_units_text(frames.iloc[0:0], 0, ["policy_frames"]) == "No sentences were read, so no frame was counted."
    )


def test_the_zero_share_note_recognises_the_current_wording():
    from helpers.notebook.narrative import degenerate_share_note

    assert degenerate_share_note(pd.DataFrame({"a": [W.share_interval(0.0, 0.0, 0.0, "0 of 15")]}))
    assert degenerate_share_note(pd.DataFrame({"a": ["0% (none found, so no interval)"]}))
    assert not degenerate_share_note(pd.DataFrame({"a": ["10% (95% CI 2-20%; 2 of 20)"]}))
