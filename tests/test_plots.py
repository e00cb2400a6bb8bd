"""Unit tests for helpers.plotting.base (bar charts and the publication timeline)."""
import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers.plotting import hbar, stacked_hbar, timeline  # noqa: E402


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def test_hbar_first_row_on_top_and_annotated():
    df = pd.DataFrame({"name": ["a", "b", "c"], "v": [3.0, 1.0, 2.0], "n": [30, 10, 20]})
    fig = hbar(df, "name", "v", "title", "x")
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    ys = list(ax.get_yticks())
    assert labels[ys.index(max(ys))] == "a"  # first row drawn highest
    assert [p.get_width() for p in ax.patches] == [3.0, 1.0, 2.0]
    assert len(ax.texts) == 0
    fig2 = hbar(df, "name", "v", "title", "x", annotate="n")
    assert sorted(t.get_text().strip() for t in fig2.axes[0].texts) == ["10", "20", "30"]


def test_hbar_missing_column_raises():
    with pytest.raises(KeyError):
        hbar(pd.DataFrame({"name": ["a"]}), "name", "v", "t", "x")


def test_stacked_hbar_segments_stack():
    wide = pd.DataFrame({"g": ["x", "y"], "p": [1.0, 2.0], "q": [3.0, 4.0]})
    ax = stacked_hbar(wide, "g", "t", "share").axes[0]
    assert len(ax.patches) == 4
    ends = sorted(p.get_x() + p.get_width() for p in ax.patches)
    assert ends[-2:] == [4.0, 6.0]  # totals per bar
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["p", "q"]



def test_stacked_hbar_leaves_out_empty_columns_and_gives_each_segment_its_own_colour():
    # review s76: 24 cleaning rules, most absent, drew four pairs of rules in one colour
    cols = {f"r{i:02d}": [float(i % 3), 1.0] for i in range(24)}
    cols["never"] = [0.0, 0.0]
    ax = stacked_hbar(pd.DataFrame({"g": ["x", "y"], **cols}), "g", "t", "lines").axes[0]
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "never" not in labels and len(labels) == 24
    colours = {tuple(ax.patches[2 * i].get_facecolor()) for i in range(24)}
    assert len(colours) == 24

def _tl(n, groups=("A", "B")):
    dates = pd.to_datetime(["2024-01-05"] * n)
    return pd.DataFrame({"group": [groups[i % len(groups)] for i in range(n)], "date_parsed": dates,
                         "approximate": [False] * n, "not_before": [pd.NaT] * n})


def test_timeline_markers_for_few_articles():
    tl = _tl(3)
    tl.loc[2, "date_parsed"] = pd.NaT
    tl.loc[2, "not_before"] = pd.Timestamp("2023-06-01")
    ax = timeline(tl).axes[0]
    assert sorted(t.get_text() for t in ax.get_yticklabels()) == ["A", "B"]
    assert "approximate" in (ax.get_title("left") + ax.get_title())
    assert len(ax.texts) == 1  # the not-before arrow


def test_timeline_histogram_for_many_articles_or_groups():
    ax = timeline(_tl(201)).axes[0]
    assert "201 of 201 articles dated" in (ax.get_title("left") + ax.get_title())
    ax = timeline(_tl(4, groups=("A", "B", "C", "D")), top_n=2).axes[0]
    assert ax.get_ylabel() == "articles per month"


def test_timeline_unknown_date_is_labelled():
    tl = _tl(2)
    tl.loc[0, "date_parsed"] = pd.NaT
    ax = timeline(tl).axes[0]
    assert [t.get_text() for t in ax.texts] == ["date unknown (1 article)"]  # n beside every note, also 1


def test_a_timeline_without_any_date_says_so_instead_of_an_empty_axis():
    # issue qa2: a folder of .txt files without metadata drew an axis from 0.0 to 1.0 with "date unknown" written
    # over itself once per article
    tl = _tl(7)
    tl.loc[[0, 2, 4], "date_parsed"] = pd.NaT  # group A: three undated articles, one dated
    ax = timeline(tl).axes[0]
    assert [t.get_text() for t in ax.texts] == ["date unknown (3 articles)"]  # once per group, with its count
    none = tl.assign(date_parsed=pd.NaT)
    ax = timeline(none).axes[0]
    assert ax.get_title("left") + ax.get_title() == "Publication dates: none of the 7 articles has a usable date"
    assert not ax.axison and not ax.texts


def test_a_one_group_frame_heatmap_grows_until_its_long_labels_fit():
    # issue qa2: on a corpus of one group the policy-frame heatmap was too short for its rotated frame names, and
    # matplotlib's "Tight layout not applied" warning reached the reader's page
    import warnings

    from helpers.plotting import plot_share_heatmap

    labels = [f"A rather long invented frame name number {i}, with a clause" for i in range(12)]
    codebook = {"entries": {f"f{i}": {"label": lab} for i, lab in enumerate(labels)}}
    shares = pd.DataFrame({"group": "only", "frame": [f"f{i}" for i in range(12)], "share": 0.05, "n": 9})
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)
        fig, _ = plot_share_heatmap(shares, "group", ["only"], codebook, "Frames")
    assert fig.get_size_inches()[1] > 2.2  # taller than the old fixed height for one row
    many = pd.concat([shares.assign(group=g) for g in "abcdef"])
    fig2, _ = plot_share_heatmap(many, "group", list("abcdef"), {"entries": {f"f{i}": {"label": "x"} for i in range(12)}},
                                 "Frames")
    assert tuple(fig2.get_size_inches()) == (max(6.0, 0.55 * 12 + 3), max(2.2, 0.38 * 6 + 1.8))  # labels fit: unchanged


def test_a_three_group_frame_heatmap_keeps_room_for_its_rows_under_long_labels():
    # review s78-A: three groups under 14 long rotated policy-frame names got about 40 px: their labels and numbers
    # printed over each other, although tight_layout raised no warning
    from helpers.framing.codebooks import load_codebook
    from helpers.plotting import plot_share_heatmap

    codebook = load_codebook("policy_frames")
    frames = [e for e, en in codebook["entries"].items() if not en.get("residual")]
    shares = pd.concat([pd.DataFrame({"group": g, "frame": frames, "share": 0.13, "n": 200})
                        for g in ("right", "left", "center")])
    fig, _ = plot_share_heatmap(shares, "group", ["right", "left", "center"], codebook, "Policy frames")
    ax = fig.axes[0]
    assert ax.get_position().height * fig.get_size_inches()[1] >= 3 * 0.35 - 0.02  # 0.35 in per row at least


def test_panel_titles_stay_below_the_suptitle_of_a_tall_figure():
    # issue qa2: on a 16-group corpus the suptitle of the topic-effects figure was written over the first row's titles
    from helpers.plotting.base import fit_layout

    fig, axes = plt.subplots(4, 3, figsize=(12.6, 25.5))
    for ax in axes.flat:
        ax.plot([0, 1], [0, 1])
        ax.set_title("T1: an invented panel title")
    axes[0][0].legend(["a line"])
    fig.suptitle("An invented figure title that spans the width of the first row of panels", fontsize=9)
    fit_layout(fig)
    renderer = fig.canvas.get_renderer()
    to_fig = fig.transFigure.inverted()
    bottom = fig._suptitle.get_window_extent(renderer).transformed(to_fig).y0
    assert max(ax.get_tightbbox(renderer).transformed(to_fig).y1 for ax in axes.flat) < bottom
