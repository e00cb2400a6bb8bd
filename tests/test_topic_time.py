"""Tests of helpers.topics.time: topic shares per group and period, and their small multiples."""
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers import plotting as plot  # noqa: E402
from helpers.topics import time as TT  # noqa: E402


def doc_table():
    return pd.DataFrame({
        "doc_id": list("abcdef"),
        "outlet": ["X", "X", "X", "Y", "Y", "Y"],
        "period": ["2020", "2020", "2021", "2020", "", "2021"],
        "T1": [1.0, 0.5, 0.2, 0.0, 0.9, np.nan],
        "T2": [0.0, 0.5, 0.8, 1.0, 0.1, np.nan],
    })


def test_group_period_shares_means_and_counts():
    out = TT.group_period_shares(doc_table(), "outlet", "period")
    # undated (e) and NaN shares (f) are left out
    assert out[["outlet", "period"]].drop_duplicates().values.tolist() == [["X", "2020"], ["X", "2021"], ["Y", "2020"]]
    x20 = out[(out["outlet"] == "X") & (out["period"] == "2020")].set_index("topic")
    assert x20.loc["T1", "share"] == pytest.approx(0.75) and x20.loc["T1", "n_articles"] == 2
    assert out.groupby(["outlet", "period"])["share"].sum().round(6).eq(1).all()
    with pytest.raises(ValueError, match="period"):
        TT.group_period_shares(doc_table().drop(columns="period"), "outlet", "period")


def test_plot_draws_one_panel_per_group_and_shows_n():
    shares = TT.group_period_shares(doc_table(), "outlet", "period")
    fig = plot.plot_topics_over_time_by_group(shares, "outlet", "period", {"T1": "a", "T2": "b"})
    drawn = [ax for ax in fig.axes if ax.get_visible() and ax.axison]
    assert len(drawn) == 2
    assert (drawn[0].get_title("left") + drawn[0].get_title()).startswith("X (n=3)")
    assert [t.get_text() for t in drawn[0].get_xticklabels()] == ["2020", "2021"]
    assert [t.get_text() for t in drawn[0].texts] == ["2", "1"]  # n of articles above each bar
    plt.close(fig)
    assert plot.plot_topics_over_time_by_group(shares.iloc[0:0], "outlet", "period", {}) is None
