"""Tests of helpers.topics.model and helpers.topics.coherence on small hand-made data."""
from __future__ import annotations

import dataclasses
import math

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

from helpers import topics as T
from helpers.topics import dtm as TV
from helpers.topics import model as TM
from helpers.topics import stability as TS
from helpers.topics.coherence import cooccurrence, npmi, topic_coherence, topic_diversity

# Three themes with their own words, plus shared filler; 12 units each.
THEMES = {
    "talks": "negotiations ceasefire dialogue mediator delegation agreement",
    "refugees": "refugees repatriation camps deportation families border crossing",
    "attacks": "militants attack checkpoint soldiers killed bombing",
}


def themed_units(n_per_theme: int = 12) -> pd.DataFrame:
    rng = np.random.default_rng(0)
    rows = []
    for t_i, (theme, words) in enumerate(THEMES.items()):
        vocab = words.split()
        for j in range(n_per_theme):
            picked = rng.choice(vocab, size=5, replace=False)
            text = " ".join(picked) + " officials region statement."
            doc = f"{theme}_{j // 3}"  # three units per article
            rows.append({"doc_id": doc, "outlet": f"outlet_{t_i % 2}", "unit_id": j % 3, "text": text})
    return pd.DataFrame(rows)


# --------------------------------------------------------------------------
# coherence


def test_npmi_hand_computed():
    # 4 units; w1 in units {0,1}, w2 in {0,1,2}, w3 in {3}
    X = sp.csr_matrix(np.array([[1, 1, 0], [2, 1, 0], [0, 1, 0], [0, 0, 1]], dtype=float))
    expected_12 = math.log(0.5 / (0.5 * 0.75)) / -math.log(0.5)  # = 0.41504
    assert npmi(2, 3, 2, 4) == pytest.approx(expected_12)
    assert expected_12 == pytest.approx(0.415037, abs=1e-6)
    coh = topic_coherence([[0, 1], [0, 1, 2]], X, skip_nested=False)
    assert coh[0] == pytest.approx(expected_12)
    assert coh[1] == pytest.approx((expected_12 - 1 - 1) / 3)  # w3 never co-occurs: -1 twice


def test_npmi_limits_and_errors():
    assert npmi(2, 2, 1, 4) == pytest.approx(0.0)  # independent
    assert npmi(2, 2, 2, 4) == pytest.approx(1.0)  # only together
    assert npmi(3, 3, 0, 6) == -1.0
    assert npmi(4, 4, 4, 4) == 1.0
    with pytest.raises(ValueError):
        npmi(2, 2, 3, 4)
    with pytest.raises(ValueError):
        npmi(0, 2, 0, 4)


def test_cooccurrence_counts_units_not_tokens():
    X = sp.csr_matrix(np.array([[3, 1], [0, 2], [1, 0]], dtype=float))
    df, co, n = cooccurrence(X, [0, 1])
    assert df.tolist() == [2, 2] and co[0, 1] == 1 and n == 3


def test_nested_pairs_skipped():
    terms = ["afghan", "afghan soil", "soil"]
    X = sp.csr_matrix(np.array([[1, 1, 1], [1, 0, 0], [0, 0, 1], [0, 0, 0]], dtype=float))
    only_pair = npmi(2, 2, 1, 4)  # afghan with soil
    assert topic_coherence([[0, 1, 2]], X, terms)[0] == pytest.approx(only_pair)
    assert np.isnan(topic_coherence([[0, 1]], X, terms)[0])
    with pytest.raises(ValueError, match="terms"):
        topic_coherence([[0, 1]], X)


def test_topic_diversity():
    assert topic_diversity([["a", "b"], ["b", "c"]]) == 0.75
    assert topic_diversity([[1, 2], [3, 4]]) == 1.0


# --------------------------------------------------------------------------
# vectorizer


def test_vectorize_matches_sklearn_tfidfvectorizer():
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [
        "The Taliban said talks with the TTP would resume in Kabul.",
        "Talks in Kabul: the TTP and Pakistan's delegation met twice in 2021.",
        "Refugees returned; repatriation of Afghan refugees continued.",
        "Afghan refugees and the border crossing at Torkham.",
        "Militants attacked a checkpoint near the border.",
        "",
    ]
    stops = T.default_stop_words()
    for min_df, max_df in [(1, 1.0), (2, 0.8), (0.3, 4)]:
        ours = T.vectorize(texts, min_df=min_df, max_df=max_df, stop_words=stops, n_jobs=1)
        ref = TfidfVectorizer(token_pattern=T.TOKEN_PATTERN, stop_words=sorted(stops),
                              ngram_range=(1, 2), min_df=min_df, max_df=max_df)
        M = ref.fit_transform(texts)
        assert ours.terms.tolist() == ref.get_feature_names_out().tolist()
        assert np.allclose(ours.tfidf.toarray(), M.toarray())
    assert "talks kabul" in ours.terms or "talks kabul" in T.vectorize(texts, 1, 1.0).terms
    assert not any(t.isdigit() for t in ours.terms)


def test_vectorize_chunks_merge_to_same_result(monkeypatch):
    texts = themed_units()["text"].tolist()
    one = T.vectorize(texts, n_jobs=1)
    monkeypatch.setattr(TV, "CHUNK_CHARS", 200)
    many = T.vectorize(texts, n_jobs=1)
    assert one.terms.tolist() == many.terms.tolist()
    assert (one.counts != many.counts).nnz == 0


def test_default_bounds_adapt_to_size():
    assert T.default_df_bounds(5) == (1, 0.9)
    assert T.default_df_bounds(85) == (2, 0.5)
    assert T.default_df_bounds(1_000_000) == (100, 0.5)
    with pytest.raises(ValueError):
        T.default_df_bounds(0)


def test_five_articles_keep_a_vocabulary_and_drop_shared_words():
    texts = [f"Pakistan Taliban {w} talks" for w in ["refugees", "border", "ceasefire", "trade", "attack"]]
    dtm = T.vectorize(texts)
    assert dtm.n_terms > 0
    assert "pakistan" not in dtm.terms  # in all five articles: above max_df=0.9
    assert "refugees" in dtm.terms


def test_vectorize_errors():
    with pytest.raises(ValueError, match="no terms remain"):
        T.vectorize(["the and of", "it is what it is"])
    with pytest.raises(ValueError, match="min_df"):
        T.vectorize(["a b"], min_df=0)
    with pytest.raises(ValueError, match="max_df"):
        T.vectorize(["alpha beta", "gamma delta"], min_df=2, max_df=1)
    with pytest.raises(ValueError, match="no texts"):
        T.vectorize([])


def test_stopwords_file_is_single_tokens(tmp_path):
    words = T.load_topic_stopwords()
    assert "said" in words and words == sorted(set(words))
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nversion: 1\nsource: test\nentries:\n  a:\n    terms: [read more]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="single words"):
        T.load_topic_stopwords(bad)


# --------------------------------------------------------------------------
# models, k choice, stability


def _top_words(model, dtm, n=5):
    return [{dtm.terms[i] for i in TM._valid(t)} for t in T.top_term_ids(model.components(), n)]


@pytest.mark.parametrize("method", ["nmf", "lda"])
def test_recovers_planted_themes(method):
    units = themed_units()
    dtm = T.vectorize(units["text"])
    model = T.fit_topics(dtm, 3, method=method, seed=0)
    tops = _top_words(model, dtm)
    for words in THEMES.values():
        assert any(len(top & set(words.split())) >= 4 for top in tops), (words, tops)


def test_sweep_chooses_planted_k_and_records_limits():
    dtm = T.vectorize(themed_units()["text"])
    table, models = T.sweep_topics(dtm, 2, 6)
    assert table["k"].tolist() == [2, 3, 4, 5, 6] and set(models) == {2, 3, 4, 5, 6}
    assert T.choose_k(table) == 3
    assert table.set_index("k").loc[3, "diversity"] == 1.0
    small, _ = T.sweep_topics(T.vectorize(themed_units(2)["text"]), 2, 50)
    assert small["k"].max() == small.attrs["k_max_possible"] < 50


def test_choose_k_rule():
    table = pd.DataFrame({"k": [3, 4, 5, 6], "coherence": [0.1, 0.2, 0.2000001, 0.3],
                          "diversity": [1.0, 0.95, 0.95, 0.8]})
    assert T.choose_k(table) == 4  # k=6 repeats top words; 4 and 5 tie after rounding
    assert T.choose_k(table, min_diversity=0.99) == 3
    # none reaches the floor: the k within DIVERSITY_SLACK of the most diverse are eligible (here all: coherence)
    assert T.choose_k(table.assign(diversity=0.5)) == 6


def test_choose_k_with_stability_prefers_topics_that_come_back():
    table = pd.DataFrame({"k": [3, 4, 5, 6], "coherence": [0.30, 0.38, 0.40, 0.5],
                          "diversity": [1.0, 1.0, 1.0, 0.8], "stability": [0.9, 0.9, 0.6, 0.9]})
    assert T.choose_k(table.drop(columns="stability")) == 5  # coherence alone
    assert T.choose_k(table) == 4  # 0.38 * 0.9 beats 0.40 * 0.6; k=6 is not diverse enough
    negative = table.assign(coherence=[-0.2, -0.1, -0.3, -0.4])
    assert T.choose_k(negative) == 4  # every score is 0: coherence alone decides
    # only the k whose stability was measured are candidates
    assert T.choose_k(table.assign(stability=[0.9, np.nan, 0.6, 0.9])) == 3  # 0.27 beats 0.24; k=4 not measured
    assert T.choose_k(table.assign(stability=np.nan)) == 5  # none measured: coherence alone


def test_sweep_notes_name_the_score_that_chose_k():
    table = pd.DataFrame({"k": [3, 4, 5, 6], "coherence": [0.30, 0.38, 0.40, 0.5],
                          "coherence_min": [0.10, 0.20, 0.195, 0.3], "diversity": [1.0, 1.0, 1.0, 0.8],
                          "stability": [0.9, 0.8, 0.78, 0.9], "converged": [True, True, True, False]})
    k = T.choose_k(table)
    assert k == 5  # 0.40 * 0.78 = 0.312 beats 0.38 * 0.8 = 0.304; k=6 is not diverse enough
    notes = T.sweep_notes(table, k)
    assert "least coherent topic 0.195" in notes[0] and "chosen by mean coherence × stability" in notes[0]
    assert notes[2].startswith("k = [4] come within 0.01")
    assert "k = [6]: diversity below" in notes[1]
    assert notes[-1] == "not converged within the iteration limit at k = [6]."
    smallest = T.sweep_notes(table.assign(coherence=[0.5, 0.1, 0.1, 0.1]), 3)
    assert any(line.startswith("the chosen k is the smallest tried") for line in smallest)


def test_sweep_with_stability_seeds_adds_columns():
    dtm = T.vectorize(themed_units()["text"])
    table, _ = T.sweep_topics(dtm, 2, 5, stability_seeds=[1, 2], stability_top=2)
    assert {"stability", "stability_min"} <= set(table.columns)
    measured = table[table["stability"].notna()]
    assert len(measured) == 2  # only the two most coherent diverse k are refit
    eligible = table[table["diversity"] >= T.DIVERSITY_MIN].sort_values(["coherence", "k"], ascending=[False, True])
    assert sorted(measured["k"]) == sorted(eligible["k"].head(2))
    assert ((measured["stability_min"] <= measured["stability"]) & measured["stability"].between(0, 1)).all()
    plain, _ = T.sweep_topics(dtm, 2, 5)
    assert "stability" not in plain.columns
    assert plain["coherence"].tolist() == table["coherence"].tolist()


def test_nndsvd_from_shared_svd_matches_sklearn():
    from sklearn.decomposition._nmf import _initialize_nmf
    from sklearn.utils.extmath import randomized_svd

    X = T.vectorize(themed_units()["text"]).tfidf
    W_ref, H_ref = _initialize_nmf(X, 4, init="nndsvd", random_state=3)
    W, H = T.nndsvd_init(randomized_svd(X, 4, random_state=3), 4)
    assert np.allclose(W, W_ref) and np.allclose(H, H_ref)
    with pytest.raises(ValueError):
        T.nndsvd_init(randomized_svd(X, 2, random_state=3), 3)


def test_parameter_errors():
    dtm = T.vectorize(themed_units()["text"])
    with pytest.raises(ValueError, match="k_min"):
        T.sweep_topics(dtm, 5, 4)
    with pytest.raises(ValueError, match="n_topics"):
        T.fit_topics(dtm, dtm.n_terms + 1)
    with pytest.raises(ValueError, match="method"):
        T.fit_topics(dtm, 2, method="pca")
    with pytest.raises(ValueError, match="unit"):
        T.topic_units(pd.DataFrame({"doc_id": ["a"], "text": ["x"]}), "page")


def test_sweep_on_one_or_two_units_gives_one_topic_and_says_so():
    """Fewer units than two topics need: one topic for all the text, a sentence saying so, no error (issue 12bd-e)."""
    for n in (1, 2):
        dtm = T.vectorize(themed_units()["text"].iloc[:n])
        table, models = T.sweep_topics(dtm, 3, 12, stability_seeds=[1, 2, 3])
        assert table["k"].tolist() == [1] and table.attrs["single_topic"]
        k = T.choose_k(table)
        assert k == 1 and models[1].n_topics == 1
        notes = " ".join(T.sweep_notes(table, k))
        assert "too few" in notes and "one topic" in notes and "chosen k" not in notes
        stab = T.topic_stability(dtm, models[1], [1, 2], 5)["stability"].to_numpy()
        shares = T.topic_shares(models[1].transform(dtm))
        tab = T.topic_table(models[1], dtm, shares, T.model_coherence(models[1], dtm, 5), stab, 5)
        assert not tab["stable"].any() and tab["stability"].isna().all()  # one topic always comes back: not a finding


def test_stability_high_on_clear_themes_and_matching():
    dtm = T.vectorize(themed_units()["text"])
    model = T.fit_topics(dtm, 3)
    st = T.topic_stability(dtm, model, seeds=[1, 2, 3], n_top=5)
    assert list(st.columns[:3]) == ["topic", "stability", "stability_min"]
    assert (st["stability"] >= 0.6).all()
    J = T.jaccard_matrix([[1, 2], [3, 4]], [[3, 4, 5], [1, 2]])
    assert J.tolist() == [[0.0, 1.0], [2 / 3, 0.0]]
    assert T.match_topics(J).tolist() == [1.0, 2 / 3]
    # one-to-one: two reference topics cannot both claim the same refit topic
    assert T.match_topics(np.array([[0.9], [0.8]])).tolist() == [0.9, 0.0]


def test_fits_are_deterministic():
    dtm = T.vectorize(themed_units()["text"])
    for method in ("nmf", "lda"):
        a = T.fit_topics(dtm, 3, method, seed=4).transform(dtm)
        b = T.fit_topics(dtm, 3, method, seed=4).transform(dtm)
        assert np.array_equal(a, b)


# --------------------------------------------------------------------------
# tables


def test_shares_dominant_and_order():
    w = np.array([[1.0, 3.0], [0.0, 0.0], [2.0, 2.0]])
    s = T.topic_shares(w)
    assert s[0].tolist() == [0.25, 0.75] and np.isnan(s[1]).all()
    assert T.dominant_topic(s).tolist() == [1, -1, 0]
    assert T.prevalence_order(np.array([[0.2, 0.8], [0.4, 0.6]])).tolist() == [1, 0]


def test_topic_label_skips_nested_terms():
    assert T.topic_label(["refugees", "afghan refugees", "repatriation", "afghan"]) == "afghan refugees / repatriation"
    assert T.topic_label(["talks", "ceasefire"], n=3) == "talks / ceasefire"


def test_document_topics_and_prevalence():
    units = pd.DataFrame({"doc_id": ["a", "a", "b", "c"], "outlet": ["X", "X", "X", "Y"],
                          "unit_id": [0, 1, 0, 0], "text": ["", "", "", ""]})
    shares = np.array([[1.0, 0.0], [0.5, 0.5], [np.nan, np.nan], [0.2, 0.8]])
    doc = T.document_topics(units, shares, ["outlet"])
    assert doc["doc_id"].tolist() == ["a", "b", "c"]
    assert doc.loc[0, "T1"] == 0.75 and doc["n_units"].tolist() == [2, 0, 1]
    assert doc["dominant_topic"].tolist() == ["T1", "", "T2"]
    prev = T.prevalence_by_group(doc, "outlet", n_boot=200)
    x = prev[(prev.outlet == "X") & (prev.topic == "T1")].iloc[0]
    assert x.n_articles == 1 and x.n_units == 2 and x.estimate == 0.75 and np.isnan(x.ci_low)
    assert prev["topic"].tolist() == ["T1", "T2", "T1", "T2"]


def test_representative_passages_one_per_article():
    units = themed_units()
    dtm = T.vectorize(units["text"])
    model = T.fit_topics(dtm, 3)
    w = model.transform(dtm)
    rp = T.representative_passages(units, w, dtm, n_per_topic=3)
    for _, g in rp.groupby("topic"):
        assert g["doc_id"].is_unique and g["rank"].tolist() == list(range(1, len(g) + 1))
        assert g["share"].is_monotonic_decreasing
    assert set(rp.columns) >= {"topic", "doc_id", "outlet", "unit_id", "share", "text"}
    assert "explained" not in rp.columns


def test_representative_passages_explained_column():
    # review s76: with NMF every passage of a large corpus showed a share of 100%; the explained share tells
    # passages apart, is taken from the unit's own row, and does not change the ranking
    units = themed_units()
    dtm = T.vectorize(units["text"])
    model = T.fit_topics(dtm, 3)
    w = model.transform(dtm)
    fit = T.explained_share(model, dtm, w)
    plain = T.representative_passages(units, w, dtm, n_per_topic=3)
    rp = T.representative_passages(units, w, dtm, n_per_topic=3, explained=fit)
    assert rp.drop(columns="explained").equals(plain)
    assert rp.columns.tolist().index("explained") == rp.columns.tolist().index("share") + 1
    pos = {(d, u): i for i, (d, u) in enumerate(zip(units["doc_id"], units["unit_id"]))}
    expect = [round(float(fit[pos[(d, u)]]), 3) for d, u in zip(rp["doc_id"], rp["unit_id"])]
    assert rp["explained"].tolist() == expect
    with pytest.raises(ValueError, match="explained has 2 values"):
        T.representative_passages(units, w, dtm, explained=fit[:2])


def test_article_units_and_time_bins():
    corpus = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "text": ["one two", "three"]})
    u = T.topic_units(corpus, "article", ["outlet"])
    assert u.columns.tolist() == ["doc_id", "outlet", "unit_id", "text"] and u.unit_id.tolist() == [0, 0]
    d = pd.Series(pd.to_datetime(["2021-11-08", "2025-01-01", None]))
    bins, name = T.time_bins(d)
    assert name == "year" and bins.tolist() == ["2021", "2025", ""]
    bins, name = T.time_bins(pd.Series(pd.to_datetime(["2021-01-05", "2021-03-01"])))
    assert name == "month" and bins.tolist() == ["2021-01", "2021-03"]


def test_repeated_units_flags_templates_across_articles():
    units = pd.DataFrame({
        "doc_id": ["a", "a", "b", "c", "c", "d"],
        "text": ["Read more:", "read more: ", "Read more:", "Read more:", "Unique text.", "Unique text."],
    })
    rep = T.repeated_units(units, min_docs=3)
    assert rep.tolist() == [3, 3, 3, 3, 0, 0]  # same text twice in one article counts once
    assert T.repeated_units(units, min_docs=2).tolist()[-2:] == [2, 2]
    with pytest.raises(ValueError):
        T.repeated_units(units, min_docs=1)


def test_prevalence_wide_and_contrasts():
    prev = pd.DataFrame({
        "g": ["A", "A", "B", "B", "C", "C"], "topic": ["T1", "T2"] * 3,
        "n_articles": [4, 4, 5, 5, 1, 1], "n_units": [9, 9, 12, 12, 3, 3],
        "estimate": [0.8, 0.2, 0.1, 0.92, 0.5, 0.5],
        "ci_low": [0.7, 0.1, 0.05, 0.85, np.nan, np.nan], "ci_high": [0.9, 0.3, 0.2, 0.97, np.nan, np.nan],
        "method": ["bootstrap"] * 4 + ["none"] * 2,
    })
    wide = T.prevalence_wide(prev, "g")
    assert wide.columns.tolist() == ["g", "n_articles", "n_units", "T1", "T2"]
    assert wide.loc[0, "T1"] == "80% (95% CI 70-90%)" and wide.loc[2, "T1"] == "50% (no interval)"
    con = T.group_contrasts(prev, "g")
    assert con["topic"].tolist() == ["T2", "T1"]  # larger difference first; C (one article) never takes part
    assert con.loc[0, "high"] == "B" and con.loc[0, "low"] == "A" and bool(con.loc[0, "clear"])


def test_passages_look_past_one_long_article():
    n_a = 160  # more top units in one article than the short list holds (50 per passage asked)
    units = pd.DataFrame({"doc_id": ["a"] * n_a + ["b", "c"], "outlet": "X",
                          "unit_id": list(range(n_a)) + [0, 0], "text": "alpha beta gamma delta epsilon"})
    dtm = T.vectorize(units["text"], min_df=1, max_df=1.0)
    w = np.column_stack([np.r_[np.full(n_a, 0.9), 0.5, 0.4], np.r_[np.full(n_a, 0.1), 0.5, 0.6]])
    rp = T.representative_passages(units, w, dtm, n_per_topic=2)
    assert rp.loc[rp.topic == "T1", "doc_id"].tolist() == ["a", "b"]
    assert rp.loc[rp.topic == "T1", "unit_id"].tolist() == [0, 0]


def test_periods_to_show():
    counts = pd.Series({"2001": 1, "2013": 40, "2014": 50, "2015": 3})
    assert T.periods_to_show(counts) == ["2013", "2014"]
    assert T.periods_to_show(pd.Series({"2021": 1, "2023": 1})) == ["2021", "2023"]


def test_parallel_fits_give_the_same_results():
    dtm = T.vectorize(themed_units()["text"])
    a, _ = T.sweep_topics(dtm, 2, 4, n_jobs=1)
    b, models = T.sweep_topics(dtm, 2, 4, n_jobs=2)
    pd.testing.assert_frame_equal(a, b)
    st1 = T.topic_stability(dtm, models[3], [1, 2], n_jobs=1)
    st2 = T.topic_stability(dtm, models[3], [1, 2], n_jobs=2)
    pd.testing.assert_frame_equal(st1, st2)


def test_sweep_sample_caps_the_fit_and_refits_are_reused(monkeypatch):
    dtm = T.vectorize(themed_units()["text"])
    n = int(dtm.has_terms().sum())
    table, models = T.sweep_topics(dtm, 2, 4, sweep_sample=n // 2, stability_seeds=[1, 2], stability_top=1)
    assert (table["fit_units"] == n // 2).all()
    assert (T.sweep_topics(dtm, 2, 3, sweep_sample=None)[0]["fit_units"] == n).all()
    with pytest.raises(ValueError, match="sweep_sample"):
        T.sweep_topics(dtm, 2, 3, sweep_sample=0)
    k = int(table.loc[table["stability"].notna(), "k"].iloc[0])
    calls = []
    real = TM._refit_top_terms
    monkeypatch.setattr(TS, "_refit_top_terms", lambda *a: calls.append(a[3]) or real(*a))
    model = models[k].reordered(np.arange(k)[::-1])
    st = T.topic_stability(dtm, model, [1, 2, 3], n_jobs=1)
    assert calls == [3]  # seeds 1 and 2 were refit in the sweep
    fresh = T.topic_stability(dtm, dataclasses.replace(model, meta={"svd_rank": model.meta["svd_rank"]}), [1, 2, 3], n_jobs=1)
    assert np.allclose(st["stability"], fresh["stability"])
    assert st["stability"].mean() == pytest.approx(table.loc[table["k"] == k, "stability"].iloc[0], abs=0.2)


def test_the_mixture_figure_takes_articles_from_every_group():
    # review s77: every article one paragraph, ids sorted by group: the 15 "longest" were all of one group
    doc = pd.DataFrame({"doc_id": [f"n{i:02d}" for i in range(10)], "g": ["r"] * 5 + ["l"] * 3 + ["c"] * 2,
                        "n_units": [1] * 9 + [0]})
    shown = T.mixture_articles(doc, 5, "g")
    assert shown["doc_id"].tolist() == ["n00", "n01", "n05", "n06", "n08"]
    longer = doc.assign(n_units=[1, 1, 1, 1, 4, 2, 1, 1, 1, 0])
    assert T.mixture_articles(longer, 3, "g")["doc_id"].tolist() == ["n04", "n05", "n08"]  # each group's longest
    assert len(T.mixture_articles(doc, 50, "g")) == 9 and T.mixture_articles(doc, 0, "g").empty


def test_units_that_are_whole_articles_are_said_to_be():
    units = pd.DataFrame({"doc_id": ["a", "b", "c"]})
    assert T.whole_article_units(units, "paragraph").startswith("Every article is one paragraph here")
    assert T.whole_article_units(units, "article") == ""
    assert T.whole_article_units(pd.DataFrame({"doc_id": ["a", "a", "b"]}), "paragraph") == ""
