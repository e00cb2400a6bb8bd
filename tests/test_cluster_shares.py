"""Shares whose intervals resample articles (issue 12bf-j): the source shares and naming-label shares of notebook 02.

Rows are invented. In each test two articles of group A carry every positive: resampling attributions (or
sentences) as if independent gives a narrow interval; resampling articles a wide one; the share is the same.
"""
import numpy as np
import pandas as pd
import pytest

from helpers.measures.outlets import category_shares, flag_shares, role_check_summary
from helpers.measures.tone import label_shares
from helpers.stats.intervals import bootstrap_cluster_share, bootstrap_share


def _clumped(group="A", n_docs=10, per_doc=5, hot=2):
    """``n_docs`` articles of ``per_doc`` rows; the first ``hot`` articles hold every positive."""
    docs = [f"{group}{d}" for d in range(n_docs) for _ in range(per_doc)]
    flag = [d < hot for d in range(n_docs) for _ in range(per_doc)]
    return pd.DataFrame({"g": group, "doc_id": docs, "flag": flag})


def _width(lo, hi):
    return float(hi) - float(lo)


def test_cluster_share_is_the_share_with_a_wider_interval_when_two_articles_hold_every_positive():
    df = _clumped()
    flat = bootstrap_share(int(df["flag"].sum()), len(df), n_boot=500, seed=3)
    # the default since issue 12bg-i3 (Korn-Graubard) and the percentile bootstrap of issue 12bf-j: both wider
    for interval, method in (("kg", "korn_graubard"), ("percentile", "bootstrap")):
        opts = {} if interval == "kg" else {"interval": interval}
        b = bootstrap_cluster_share(df["flag"], df["doc_id"], n_boot=500, seed=3, **opts)
        assert (b["k"], b["n"], b["n_clusters"], b["share"]) == (10, 50, 10, flat["share"]) and b["share"] == 0.2
        assert _width(b["ci_low"], b["ci_high"]) > _width(flat["ci_low"], flat["ci_high"]) + 0.1
        assert b["method"] == method
        assert b == bootstrap_cluster_share(df["flag"], df["doc_id"], n_boot=500, seed=3, **opts)  # deterministic


def test_cluster_share_one_article_no_interval_and_all_or_none_a_wilson_interval_over_articles():
    one = bootstrap_cluster_share([True, False, False], ["d", "d", "d"], n_boot=100)
    assert one["share"] == pytest.approx(1 / 3) and np.isnan(one["ci_low"]) and np.isnan(one["ci_high"])
    assert one["method"] == "none" and one["n_clusters"] == 1
    none = bootstrap_cluster_share([False] * 6, list("aabbcc"), n_boot=100)
    assert none["share"] == 0 and none["ci_low"] == 0 and none["ci_high"] > 0.3 and none["method"] == "wilson"
    assert bootstrap_share(0, 6)["ci_high"] < none["ci_high"]  # over 3 articles, not 6 attributions: wider
    empty = bootstrap_cluster_share([], [], n_boot=100)
    assert empty["n"] == 0 and np.isnan(empty["share"])
    with pytest.raises(ValueError, match="same length"):
        bootstrap_cluster_share([True], ["a", "b"])
    with pytest.raises(ValueError, match="missing ids"):
        bootstrap_cluster_share([True, False], pd.Series(["a", None]))


def test_flag_shares_resample_articles_share_unchanged_single_article_group_without_interval():
    df = pd.concat([_clumped("A"), pd.DataFrame({"g": "B", "doc_id": "B0", "flag": [True, False, False, False]})],
                   ignore_index=True)
    out = flag_shares(df, "g", ["A", "B", "C"], {"named": df["flag"]}, n_boot=500, seed=1)
    assert list(out.columns) == ["g", "measure", "k", "n", "n_articles", "share", "ci_low", "ci_high"]
    a, b, c = out.to_dict("records")
    flat = bootstrap_share(10, 50, n_boot=500, seed=1)
    assert (a["k"], a["n"], a["n_articles"], a["share"]) == (10, 50, 10, flat["share"])
    assert _width(a["ci_low"], a["ci_high"]) > _width(flat["ci_low"], flat["ci_high"])
    assert (b["k"], b["n"], b["n_articles"], b["share"]) == (1, 4, 1, 0.25)
    assert np.isnan(b["ci_low"]) and np.isnan(b["ci_high"])  # one article: no interval, as tone
    assert c["n"] == 0 and c["n_articles"] == 0 and np.isnan(c["share"])
    again = flag_shares(df, "g", ["A", "B", "C"], {"named": df["flag"]}, n_boot=500, seed=1)
    pd.testing.assert_frame_equal(out, again)


def test_flag_shares_needs_the_article_id():
    with pytest.raises(ValueError, match="article id"):
        flag_shares(pd.DataFrame({"g": ["A"]}), "g", ["A"], {"x": [True]})
    out = flag_shares(pd.DataFrame({"g": ["A", "A"], "art": ["1", "2"]}), "g", ["A"], {"x": [True, False]},
                      n_boot=50, doc_col="art")
    assert out["n_articles"].iloc[0] == 2


def test_category_shares_resample_articles():
    df = _clumped("A")
    df["role"] = np.where(df["flag"], "official", "witness")
    df = pd.concat([df, pd.DataFrame({"g": "B", "doc_id": "B0", "flag": False, "role": ["official", "witness"]})],
                   ignore_index=True)
    out = category_shares(df, "g", "role", ["A", "B"], n_boot=500, seed=2)
    a = out[(out["g"] == "A") & (out["measure"] == "official")].iloc[0]
    flat = bootstrap_share(10, 50, n_boot=500, seed=2)
    assert (a["k"], a["n"], a["n_articles"], a["share"]) == (10, 50, 10, 0.2)
    assert _width(a["ci_low"], a["ci_high"]) > _width(flat["ci_low"], flat["ci_high"])
    b = out[out["g"] == "B"]
    assert list(b["share"]) == [0.5, 0.5] and b["ci_low"].isna().all() and (b["n_articles"] == 1).all()
    pd.testing.assert_frame_equal(out, category_shares(df, "g", "role", ["A", "B"], n_boot=500, seed=2))


def test_role_check_summary_resamples_the_articles_of_the_judged_sources():
    df = _clumped("x")
    checks = pd.DataFrame({"sample": "seed5_draw", "doc_id": df["doc_id"], "role_ok": np.where(df["flag"], "no", "yes")})
    t = role_check_summary(checks, n_boot=500, seed=4)
    flat = bootstrap_share(40, 50, n_boot=500, seed=4)
    assert (t.loc[0, "right"], t.loc[0, "n"], t.loc[0, "share"]) == (40, 50, 0.8)
    assert _width(t.loc[0, "ci_low"], t.loc[0, "ci_high"]) > _width(flat["ci_low"], flat["ci_high"])
    one = role_check_summary(checks.assign(doc_id="same"), n_boot=100)
    assert one.loc[0, "interval"] == "80% (no interval)"
    pd.testing.assert_frame_equal(t, role_check_summary(checks, n_boot=500, seed=4))


def _naming():
    """Group A: 10 articles of 5 sentences naming the mayor, 'boss' in every sentence of 2 of them; B: one article."""
    a = _clumped("A")
    a["unit_id"] = a.groupby("doc_id").cumcount()
    b = pd.DataFrame({"g": "B", "doc_id": "B0", "flag": [True, False, False], "unit_id": [0, 1, 2]})
    s = pd.concat([a, b], ignore_index=True)
    mentions = s.assign(actor="mayor", mention="the mayor")
    mentions = pd.concat([mentions, mentions.iloc[:3]], ignore_index=True)  # a sentence naming the mayor twice
    attached = s[s["flag"]].assign(actor="mayor", label="boss", label_text="boss", mention="the mayor", gap=0)
    attached = pd.concat([attached, attached.iloc[:1]], ignore_index=True)  # one label attached twice: one sentence
    return attached, mentions


def test_label_shares_resample_articles_share_as_before_single_article_cell_without_interval():
    attached, mentions = _naming()
    lex = {"entries": {"boss": {"stance": "informal"}}}
    out = label_shares(attached, mentions, "g", lex, n_boot=500, seed=5)
    assert list(out.columns) == ["g", "actor", "label", "stance", "k_sentences", "n_sentences", "n_articles", "share",
                                 "ci_low", "ci_high"]
    a, b = out.to_dict("records")
    assert (a["g"], a["stance"], a["k_sentences"], a["n_sentences"], a["n_articles"]) == ("A", "informal", 10, 50, 10)
    flat = bootstrap_share(10, 50, n_boot=500, seed=5)  # what the notebook computed before 12bf-j
    assert a["share"] == flat["share"]
    assert _width(a["ci_low"], a["ci_high"]) > _width(flat["ci_low"], flat["ci_high"])
    assert (b["k_sentences"], b["n_sentences"], b["n_articles"]) == (1, 3, 1) and np.isnan(b["ci_low"])
    pd.testing.assert_frame_equal(out, label_shares(attached, mentions, "g", lex, n_boot=500, seed=5))


def test_label_shares_without_labels_is_an_empty_table_with_the_columns():
    attached, mentions = _naming()
    out = label_shares(attached.iloc[0:0], mentions, "g", n_boot=50)
    assert out.empty and "n_articles" in out.columns


def test_profile_share_cells_resample_articles():
    from helpers.measures.outlets import _article_share_cell, share_cell

    df = _clumped()
    wide = _article_share_cell(df, df["flag"], 500, 0.95, 0)
    narrow = share_cell(10, 50, 500, 0.95, 0)
    assert wide.endswith("; 10 of 50)") and wide.startswith("20% (95% CI") and wide != narrow
    one = df[df["doc_id"] == "A0"]
    assert _article_share_cell(one, one["flag"], 100, 0.95, 0) == "100% (no interval; 5 of 5)"
    assert _article_share_cell(df.drop(columns="doc_id"), df["flag"], 500, 0.95, 0) == narrow  # no article ids


def test_a_finding_says_how_many_articles_its_interval_resamples():
    # n counts attributions or sentences, the interval resamples articles: the finding gives both
    from helpers.report.index import _interval

    side = {"value": 0.029, "ci_low": 0.017, "ci_high": 0.044, "n": 1702, "unit": "attributions", "articles": 60}
    assert _interval(side, share=True).endswith("n = 1,702 attributions in 60 articles")
    one = {**side, "n": 13, "unit": "sentences", "articles": 1}
    assert _interval(one, share=True).endswith("n = 13 sentences in 1 article")
    assert _interval({**side, "unit": "articles", "n": 60}, share=True).endswith("n = 60 articles")
    assert _interval({**side, "articles": None}, share=True).endswith("n = 1,702 attributions")
