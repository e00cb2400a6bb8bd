"""Tests of helpers.topics.effects on synthetic corpora with planted group and time effects."""
import numpy as np
import pandas as pd
import pytest

from helpers.plotting import plot_topic_effects
from helpers.topics import effects as E


def _expit(z):
    return 1 / (1 + np.exp(-z))


def planted(n=600, group_effect=0.8, time_effect=0.25, confound=True, seed=1):
    """Articles of groups A (larger, reference) and B; B publishes later when ``confound``.

    T1's share is Beta-distributed around expit(-1 + group_effect*[B] + time_effect*(year - 2017.5)).
    Returns the doc table, the decimal years and the true average marginal effects (B vs A, per year).
    """
    rng = np.random.default_rng(seed)
    is_b = rng.random(n) < 0.4
    years = np.where(is_b & confound, rng.uniform(2017, 2021, n), rng.uniform(2015, 2021, n))
    z = -1 + group_effect * is_b + time_effect * (years - 2017.5)
    mu = _expit(z)
    y = rng.beta(mu * 20, (1 - mu) * 20)
    doc = pd.DataFrame({"doc_id": [f"d{i}" for i in range(n)], "outlet": np.where(is_b, "B", "A"),
                        "n_units": 5, "T1": y, "T2": 1 - y})
    z0 = -1 + time_effect * (years - 2017.5)
    true_group = float(np.mean(_expit(z0 + group_effect) - _expit(z0)))
    true_time = float(np.mean(time_effect * mu * (1 - mu)))
    return doc, pd.Series(years), true_group, true_time


def test_recovers_planted_group_and_time_effects():
    doc, years, tg, tt = planted()
    res = E.topic_effects(doc, "outlet", years, n_boot=200, seed=0)
    assert res.fitted and res.reference == "A"
    tab = res.table.set_index(["topic", "term"])
    g = tab.loc[("T1", "outlet: B vs A")]
    t = tab.loc[("T1", "time: per year")]
    assert g["effect"] == pytest.approx(100 * tg, abs=2.5)
    assert t["effect"] == pytest.approx(100 * tt, abs=0.8)
    assert g["ci_low"] <= 100 * tg <= g["ci_high"]
    assert t["ci_low"] <= 100 * tt <= t["ci_high"]
    assert g["clear"] and t["clear"]
    # T2 = 1 - T1, so its effects mirror T1's
    assert tab.loc[("T2", "outlet: B vs A"), "effect"] == pytest.approx(-g["effect"], abs=1.0)


def test_group_difference_due_to_timing_is_not_attributed_to_the_group():
    # B publishes only later and the theme grows over time; no real group effect
    doc, years, tg, tt = planted(group_effect=0.0, time_effect=0.4)
    res = E.topic_effects(doc, "outlet", years, n_boot=200, seed=0)
    row = res.table.set_index(["topic", "term"]).loc[("T1", "outlet: B vs A")]
    assert row["raw_effect"] > 4  # the raw shares make B look different
    assert row["ci_low"] <= 0 <= row["ci_high"]  # the model does not
    assert abs(row["effect"]) < 2.5


def test_no_effect_gives_intervals_covering_zero():
    doc, years, _, _ = planted(group_effect=0.0, time_effect=0.0, confound=False, seed=3)
    res = E.topic_effects(doc, "outlet", years, n_boot=200, seed=0)
    t1 = res.table[res.table["topic"] == "T1"]
    assert ((t1["ci_low"] <= 0) & (t1["ci_high"] >= 0)).all()


def test_degrades_with_one_group_no_dates_or_too_few_articles():
    doc, years, _, _ = planted(n=60)
    one = E.topic_effects(doc.assign(outlet="A"), "outlet", years)
    assert not one.fitted and "one outlet group" in one.message and one.table.empty
    assert len(one.raw) == 2
    undated = E.topic_effects(doc, "outlet", pd.Series([np.nan] * len(doc)))
    assert not undated.fitted and "usable date" in undated.message
    five = doc.head(5).assign(outlet=list("ABCDE"))
    tiny = E.topic_effects(five, "outlet", years.head(5), group_name="outlet")
    assert not tiny.fitted and "cannot separate outlet from date" in tiny.message
    assert tiny.raw["n_articles"].eq(1).all()


def test_confounded_design_is_reported():
    doc, _, _, _ = planted(n=60)
    years = pd.Series(np.where(doc["outlet"] == "B", 2020.0, 2016.0))  # the group fixes the date
    res = E.topic_effects(doc, "outlet", years)
    assert not res.fitted and "cannot be separated" in res.message


def test_fractional_logit_matches_known_solution_and_checks_input():
    X = np.column_stack([np.ones(4), [0, 0, 1, 1]])
    y = np.array([0.2, 0.2, 0.6, 0.6])
    b = E.fit_fractional_logit(X, y)
    assert _expit(b[0]) == pytest.approx(0.2, abs=1e-4)
    assert _expit(b[0] + b[1]) == pytest.approx(0.6, abs=1e-4)
    with pytest.raises(ValueError, match=r"\[0, 1\]"):
        E.fit_fractional_logit(X, np.array([0.2, 1.2, 0.1, 0.1]))
    with pytest.raises(ValueError, match="n_boot"):
        E.topic_effects(planted(n=30)[0], "outlet", planted(n=30)[1], n_boot=5)
    with pytest.raises(ValueError, match="group column"):
        E.topic_effects(planted(n=30)[0], "bias", planted(n=30)[1])


def test_decimal_years():
    out = E.decimal_years(pd.Series(pd.to_datetime(["2020-01-01", None, "2021-07-02"])))
    assert out.iloc[0] == pytest.approx(2020.0)
    assert np.isnan(out.iloc[1])
    assert out.iloc[2] == pytest.approx(2021.5, abs=0.01)


def test_effect_figure_has_one_panel_per_topic_and_none_when_not_fitted():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    doc, years, _, _ = planted(n=200)
    res = E.topic_effects(doc, "outlet", years, n_boot=20)
    fig = plot_topic_effects(res, {"T1": "one", "T2": "two"})
    titles = [(ax.get_title("left") + ax.get_title()) for ax in fig.axes if ax.axison]
    assert titles == ["T1: one", "T2: two"]
    n_b = int((doc["outlet"] == "B").sum())
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert ticks == [f"outlet: B (n={n_b}) vs A", "time: per year"]  # each group's n next to its name
    assert f"(reference: A, n={res.n_reference})" in fig._suptitle.get_text()
    plt.close(fig)
    assert plot_topic_effects(E.topic_effects(doc.assign(outlet="A"), "outlet", years), {}) is None
    wide = res.raw_wide()
    assert list(wide.columns) == ["group", "n_articles", "T1", "T2"] and wide["group"].tolist() == ["A", "B"]


def test_large_corpus_uses_m_out_of_n_bootstrap_with_similar_intervals(monkeypatch):
    doc, years, tg, _ = planted(n=1200, confound=False, seed=3)
    full = E.topic_effects(doc, "outlet", years, n_boot=200, seed=0)
    monkeypatch.setattr(E, "BOOT_MAX_ARTICLES", 300)
    small = E.topic_effects(doc, "outlet", years, n_boot=200, seed=0)
    assert "m-out-of-n" in small.message and "m-out-of-n" not in full.message
    a, b = full.table.set_index(["topic", "term"]), small.table.set_index(["topic", "term"])
    assert (a["effect"] == b["effect"]).all()  # the point estimates use all articles
    width_full, width_small = a["ci_high"] - a["ci_low"], b["ci_high"] - b["ci_low"]
    assert ((width_small / width_full).between(0.6, 1.6)).all()  # rescaled to n, not to the 300 drawn
    g = b.loc[("T1", "outlet: B vs A")]
    assert g["ci_low"] < 100 * tg < g["ci_high"]


def test_pooled_group_is_never_the_reference():
    """The '(other)' pool is the largest group here; the reference is still the largest named group, with its n."""
    doc, years, _, _ = planted(n=600, seed=3)
    rng = np.random.default_rng(0)
    doc["outlet"] = np.where(rng.random(len(doc)) < 0.55, "(other)", doc["outlet"])
    res = E.topic_effects(doc, "outlet", years, n_boot=50, seed=0)
    largest_named = doc.loc[doc["outlet"] != "(other)", "outlet"].value_counts().idxmax()
    assert res.fitted and res.reference == largest_named
    assert res.n_reference == int((doc["outlet"] == largest_named).sum())
    assert set(res.table["reference"]) == {largest_named}
    assert set(res.table["n_reference"]) == {res.n_reference}
    # review s79-B: the pool stays in the model, but its contrast is not shown (no pool is compared as a group)
    assert "(other)" not in set(res.table["group"]) and len(res.table)
    assert any("pools several" in n and "not shown" in n for n in res.notes)


def test_only_pools_in_the_model_says_so():
    doc, years, _, _ = planted(n=300, seed=4)
    res = E.topic_effects(doc, "outlet", years, n_boot=20, seed=0, pooled=("A", "B"))
    assert res.fitted and res.reference == "A"
    assert any("is a pool too" in n for n in res.notes)


def test_the_closing_sentence_names_the_clear_contrasts_and_counts_the_contrasts():
    # review s76: "2 of 10 topics keep a clear difference" named no topic, no reference and no number of contrasts
    from helpers.topics.effects import effects_summary
    t = pd.DataFrame({"topic": ["T1"] * 3 + ["T4"] * 3 + ["T2"] * 3,
                      "term": ["g: left vs right", "g: center vs right", "time: per year"] * 3,
                      "group": ["left", "center", ""] * 3, "effect": [8.5, 1.0, 0.2, -1.0, -5.8, 0.1, 2.0, 9.9, 0.0],
                      "ci_low": [3.0, -2, -1, -4, -10.5, -1, 0.5, 1.0, -1], "ci_high": [14.6, 4, 1, 2, -0.9, 1, 3.5, 20, 1],
                      "clear": [True, False, False, False, True, False, True, True, False], "reference": ["right"] * 9})
    s = effects_summary(t, {"T1": "police / black", "T4": "syria / iraq", "T2": "tax / budget"}, "bias_text", 10, 357,
                        show=2)
    assert s.startswith("Holding the date fixed, 3 of 10 topics show a clear difference between bias_text groups in a "
                        "model that compares each group with right directly, so a difference can be clear here while "
                        "the groups' own intervals above overlap (3 groups in the model, 357 dated articles; right is "
                        "the largest group among them; 6 contrasts estimated, so about 0.3 would exclude 0 by chance): "), s
    assert ("T2 (tax / budget): center +9.9 points vs right (95% CI +1.0 to +20.0); T1 (police / black): left +8.5 "
            "points vs right (95% CI +3.0 to +14.6); and 2 more in 01_topic_effects.csv.") in s, s
    none = effects_summary(t.assign(clear=False), {}, "bias_text", 10, 357)
    assert none.startswith("Holding the date fixed, 0 of 10 topics") and none.endswith("by chance).")


def test_the_model_names_the_undated_articles_it_leaves_out_per_group():
    # review s78-C: 207 undated articles (all 103 of one outlet) were dropped silently, and two contrasts of the model
    # contradicted the shares of all articles
    rng = np.random.default_rng(0)
    n = 120
    doc = pd.DataFrame({"T1": rng.random(n), "T2": rng.random(n), "lean": ["left", "right", "center"] * 40})
    years = np.where(np.arange(n) % 7 == 0, np.nan, 2015 + rng.random(n) * 4)
    res = E.topic_effects(doc, "lean", years, n_boot=20, seed=0)
    note = next(x for x in res.notes if "no usable date" in x)
    k = int(np.isnan(years).sum())
    assert note.startswith(f"{k} of 120 articles have no usable date (") and "left out of the model" in note
    assert sum("no usable date" in x for x in res.notes) == 1  # said once (review s78-E)
