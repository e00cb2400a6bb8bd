"""Layout checks of the notebook figures: no overlapping labels, tick labels on every visible panel, nothing cut."""
import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers import plotting as plot  # noqa: E402
from helpers.plotting import base as PB  # noqa: E402
from helpers.plotting.base import apply_style  # noqa: E402

LONG = "The Truth International Daily Newspaper of Record"


@pytest.fixture(autouse=True)
def _style():
    apply_style()
    yield
    plt.close("all")


def _scores(groups, n_terms=30, seed=0):
    rng = np.random.default_rng(seed)
    rows = [{"group": g, "term": f"w{t}", "count": 5, "z": 3.0 + 0.001 * rng.random(), "group_words": 900}
            for g in groups for t in range(n_terms)]  # same count, nearly the same z: the old overlap case
    return pd.DataFrame(rows)


def _boxes(fig, texts):
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    return [t.get_window_extent(r) for t in texts if t.get_visible() and t.get_text()]


def _overlap(boxes):
    return any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])


def test_distinctive_labels_never_overlap_and_names_are_whole():
    fig = plot.plot_distinctive(_scores([LONG, "B"]), [LONG, "B"], n_label=8)
    axes = [ax for ax in fig.axes if ax.get_visible()]
    assert len(axes) == 2
    for ax in axes:
        labels = ax.get_yticklabels()
        assert len([t for t in labels if t.get_text()]) == 8
        assert not _overlap(_boxes(fig, labels))
    title = axes[0].get_title(loc="left")
    assert "\u2026" not in title and " ".join(title.split()).startswith(LONG)
    assert fig.get_layout_engine() is not None and "Constrained" in type(fig.get_layout_engine()).__name__


def test_distinctive_top_terms_by_z_first_row_on_top():
    s = pd.DataFrame({"group": "A", "term": ["low", "high", "mid"], "count": [1, 2, 3], "z": [0.5, 4.0, 2.0],
                      "group_words": 10})
    ax = plot.plot_distinctive(s, ["A"], n_label=2).axes[0]
    ticks = sorted(zip(ax.get_yticks(), [t.get_text() for t in ax.get_yticklabels()]), reverse=True)
    assert [t for _, t in ticks] == ["high", "mid"]


def test_distinctive_draws_when_no_term_has_a_z_score():
    """A corpus whose vocabulary is one scored word gives z = NaN (the log-odds are undefined): draw, never crash."""
    import numpy as np

    s = pd.DataFrame({"group": ["A", "B"], "term": ["said", "said"], "count": [1, 2], "z": [np.nan, np.nan],
                      "group_words": [1, 2]})
    fig = plot.plot_distinctive(s, ["A", "B"])
    fig.canvas.draw()
    for ax in [a for a in fig.axes if a.get_visible()]:
        assert all(np.isfinite(ax.get_xlim()))
        assert any("no term" in t.get_text() for t in ax.texts), [t.get_text() for t in ax.texts]
    mixed = pd.DataFrame({"group": "A", "term": ["x", "y"], "count": [3, 1], "z": [2.5, np.nan], "group_words": 4})
    ax = plot.plot_distinctive(mixed, ["A"]).axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["x"]


def test_intervals_every_visible_panel_has_x_tick_labels():
    tab = pd.DataFrame([{"g": g, "p": p, "e": 0.1, "l": 0.0, "h": 0.2, "n": 5}
                        for g in "AB" for p in ["p1", "p2", "p3", "p4"]])
    fig = plot.plot_intervals(tab, "g", "p", ["A", "B"], "e", "l", "h", "n", "title", "rate")
    fig.canvas.draw()
    visible = [ax for ax in fig.axes if ax.get_visible()]
    assert len(visible) == 4
    for ax in visible:
        assert any(t.get_visible() and t.get_text() for t in ax.get_xticklabels()), ax.get_title(loc="left")


def test_matrix_all_zero_panel_says_so_instead_of_a_scale():
    zero = pd.DataFrame(np.zeros((2, 2)), index=["A", "B"], columns=["A", "B"])
    some = pd.DataFrame([[0.0, 2.0], [2.0, 0.0]], index=["A", "B"], columns=["A", "B"])
    fig = plot.plot_matrices([(some, "pairs", "{:.0f}", "Oranges"), (zero, "pairs sharing a passage of 8+ words",
                                                                 "{:.0f}", "Oranges", "no pair shares a passage")])
    texts = [t.get_text() for t in fig.axes[1].texts]
    assert texts == ["no pair shares a passage"]
    assert len(fig.axes) == 3  # two panels, one colour bar (for the non-empty panel only)
    default = plot.plot_matrix(zero, "pairs sharing a passage of 8+ words")
    assert "no pairs sharing a passage of 8+ words" in " ".join(default.axes[0].texts[0].get_text().split())


def test_matrix_names_wrapped_not_cut():
    m = pd.DataFrame(np.ones((2, 2)), index=[LONG, "B"], columns=[LONG, "B"])
    ax = plot.plot_matrix(m, "t").axes[0]
    for t in list(ax.get_xticklabels()) + list(ax.get_yticklabels()):
        assert "\u2026" not in t.get_text()
    assert " ".join(ax.get_yticklabels()[0].get_text().split()) == LONG


def test_topic_wrap_never_cuts():
    text = "one two three four five six seven eight nine ten eleven twelve"
    out = PB._wrap(text, 12)
    assert "\u2026" not in out and " ".join(out.split()) == text
    assert PB._wrap("", 10) == ""


def test_prevalence_heatmap_keeps_long_group_names():
    prev = pd.DataFrame({"group": [LONG, LONG, "B", "B"], "topic": ["T1", "T2"] * 2, "estimate": [0.2, 0.8, 0.5, 0.5],
                         "n_articles": [3, 3, 4, 4]})
    ax = plot.plot_prevalence_heatmap(prev, "group", {"T1": "a", "T2": "b"}).axes[0]
    assert " ".join(ax.get_yticklabels()[0].get_text().split()).startswith(LONG)


def test_validation_legend_outside_the_bars():
    metrics = pd.DataFrame({"family": ["entman"] * 2, "frame": ["a", "b"], "precision": [1.0, 0.5],
                            "recall": [1.0, 0.5], "F1": [1.0, 0.5], "support": [9, 9], "status": ["ok", "ok"]})
    books = {"entman": {"entries": {"a": {"label": "Problem"}, "b": {"label": "Cause"}}}}
    fig, _ = plot.plot_validation(metrics, books)
    ax = fig.axes[0]
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    leg = ax.get_legend().get_window_extent(r)
    assert leg.x0 >= ax.get_window_extent(r).x1  # right of the plotting area: covers no bar


def test_no_text_below_8_points():
    fig = plot.plot_distinctive(_scores(["A", "B"]), ["A", "B"])
    sizes = [t.get_fontsize() for t in fig.findobj(matplotlib.text.Text) if t.get_text()]
    assert min(sizes) >= 8


def test_matrix_cells_not_compared_are_hatched_and_explained():
    m = pd.DataFrame([[np.nan, 0.0], [0.0, np.nan]], index=["A", "B"], columns=["A", "B"])
    some = pd.DataFrame([[np.nan, 0.4], [0.4, 0.9]], index=["A", "B"], columns=["A", "B"])
    fig = plot.plot_matrices([(some, "cosine", "{:.2f}", "Blues"), (m, "pairs", "{:.0f}", "Oranges")],
                             missing_note="hatched grey: no pair compared")
    hatched = [p for ax in fig.axes for p in ax.patches if p.get_hatch()]
    assert len(hatched) == 3   # one per NaN cell, the 0 cells stay plain
    assert [t.get_text() for lg in fig.legends for t in lg.get_texts()] == ["hatched grey: no pair compared"]
    one = plot.plot_matrix(some, "cosine", missing_note="not compared")
    assert [t.get_text() for t in one.axes[0].get_legend().get_texts()] == ["not compared"]
    plain = plot.plot_matrices([(some.fillna(0.5), "cosine", "{:.2f}", "Blues")], missing_note="not compared")
    assert not plain.legends and not [p for ax in plain.axes for p in ax.patches if p.get_hatch()]


def test_timeline_date_ticks_never_overlap_with_an_undated_note():
    # the "date unknown" note right of the plot area narrowed the axis, and the 4-month ticks of a 3.5-year span ran
    # into each other ("2022-012022-05..."; seeds' figure, session 35)
    from helpers.plotting.time import timeline

    dates = pd.to_datetime(["2021-09-10", "2023-02-01", "2024-12-30", None, None])
    tl = pd.DataFrame({"group": ["Asian Lite News", "Harici", "The Ink Post", "EMRA News", "The Truth International"],
                       "date_parsed": dates, "approximate": [False, True, True, False, False],
                       "not_before": [pd.NaT, pd.NaT, pd.NaT, pd.NaT, pd.Timestamp("2023-11-01")]})
    fig = timeline(tl)
    ax = fig.axes[0]
    boxes = _boxes(fig, ax.get_xticklabels())
    assert len(boxes) >= 3 and not _overlap(boxes)
