"""Tests of helpers.topics.articles: article matrices, fit level, aggregation choices, recovery NMI."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

from helpers import topics as T
from helpers.topics import articles as TA

THEMES = {
    "courts": "judge ruling appeal verdict justices lawsuit court",
    "weather": "storm hurricane flooding rainfall forecast winds evacuation",
    "schools": "teachers students classroom curriculum school district exams",
}
# paragraph kinds shared by every theme: reporting furniture that a paragraph-level model can pick up
KINDS = [
    "spokesman told reporters statement interview",
    "poll survey percent respondents margin",
]


def articles_with_kinds(n_per_theme: int = 20, seed: int = 0) -> tuple[pd.DataFrame, dict]:
    """Articles of three themes; each has one theme paragraph and two paragraphs of shared kinds."""
    rng = np.random.default_rng(seed)
    rows, labels = [], {}
    for theme, words in THEMES.items():
        vocab = words.split()
        for a in range(n_per_theme):
            doc = f"{theme}{a}"
            labels[doc] = theme
            texts = [" ".join(rng.choice(vocab, size=4, replace=False))]
            for kind in KINDS:
                kw = kind.split()
                texts.append(" ".join(rng.choice(kw, size=4, replace=False)) + " " + rng.choice(vocab))
            for u, text in enumerate(texts):
                rows.append({"doc_id": doc, "outlet": f"o{a % 2}", "unit_id": u, "text": text})
    return pd.DataFrame(rows), labels


def small_units():
    units = pd.DataFrame({"doc_id": ["a", "a", "b"], "outlet": ["x", "x", "y"], "unit_id": [0, 1, 0],
                          "text": ["storm winds", "storm rain", "court judge"]})
    counts = sp.csr_matrix(np.array([[1, 0, 1, 0, 1], [1, 0, 0, 1, 0], [0, 1, 0, 0, 0]], dtype=float))
    dtm = T.DocTermMatrix(counts=counts, tfidf=counts.copy(), terms=np.array(["storm", "court", "winds", "rain", "x"]),
                          min_df=1, max_df=1.0)
    return units, dtm


def test_article_matrix_adds_unit_counts_and_uses_article_idf():
    units, dtm = small_units()
    art, ids = TA.article_matrix(units, dtm)
    assert ids.tolist() == ["a", "b"]
    assert art.counts.toarray().tolist() == [[2, 0, 1, 1, 1], [0, 1, 0, 0, 0]]
    norms = np.sqrt(np.asarray(art.tfidf.multiply(art.tfidf).sum(axis=1)).ravel())
    assert norms == pytest.approx([1.0, 1.0])
    # smooth idf over 2 articles: every term is in one article, so equal idf; tf 2 vs 1 decides
    row = art.tfidf.toarray()[0]
    assert row[0] == pytest.approx(2 * row[2])
    with pytest.raises(ValueError, match="rows"):
        TA.article_matrix(units.head(2), dtm)


def test_with_idf_of_reweights_and_checks_vocabulary():
    units, dtm = small_units()
    art, _ = TA.article_matrix(units, dtm)
    re = TA.with_idf_of(dtm, art)
    assert re.counts is dtm.counts
    assert np.allclose(np.asarray(re.tfidf.multiply(re.tfidf).sum(axis=1)).ravel(), 1.0)
    other = T.DocTermMatrix(counts=dtm.counts[:, :3], tfidf=dtm.counts[:, :3], terms=dtm.terms[:3], min_df=1, max_df=1.0)
    with pytest.raises(ValueError, match="vocabularies"):
        TA.with_idf_of(dtm, other)


def test_fit_level_rules():
    assert TA.fit_level(TA.ARTICLE_FIT_MIN, "paragraph") == "article"
    assert TA.fit_level(TA.ARTICLE_FIT_MIN - 1, "paragraph") == "unit"
    assert TA.fit_level(5, "paragraph", "article") == "article"
    assert TA.fit_level(10_000, "sentence", "unit") == "unit"
    assert TA.fit_level(10_000, "article", "article") == "unit"
    with pytest.raises(ValueError, match="fit_on"):
        TA.fit_level(10, "paragraph", "both")
    with pytest.raises(ValueError, match="two articles"):
        TA.fit_level(1, "paragraph", "article")


def test_aggregations_on_hand_example():
    units, dtm = small_units()
    w = np.array([[3.0, 1.0], [0.0, 1.0], [0.0, 0.0]])
    ids, mean = TA.aggregate_unit_shares(units, w, dtm, "mean")
    assert ids.tolist() == ["a", "b"]
    assert mean[0] == pytest.approx([0.375, 0.625])
    assert np.isnan(mean[1]).all()  # no weight at all
    _, summed = TA.aggregate_unit_shares(units, w, dtm, "sum")
    assert summed[0] == pytest.approx([0.6, 0.4])
    _, length = TA.aggregate_unit_shares(units, w, dtm, "length")  # unit 0 has 3 term occurrences, unit 1 has 2
    assert length[0] == pytest.approx([(3 * 0.75 + 2 * 0) / 5, (3 * 0.25 + 2 * 1) / 5])
    _, short = TA.aggregate_unit_shares(units, w, dtm, "drop_short")  # no unit has 5 terms: falls back to mean
    assert short[0] == pytest.approx(mean[0])
    with pytest.raises(ValueError, match="how must be"):
        TA.aggregate_unit_shares(units, w, dtm, "median")
    with pytest.raises(ValueError, match="differ in rows"):
        TA.aggregate_unit_shares(units, w[:2], dtm, "mean")


def test_recovery_nmi():
    assert TA.recovery_nmi(list("aabbcc"), ["T2", "T2", "T1", "T1", "T3", "T3"]) == pytest.approx(1.0)
    assert TA.recovery_nmi(list("aabb"), ["T1", "T2", "T1", "T2"]) == pytest.approx(0.0)
    # missing pairs are left out
    assert TA.recovery_nmi(["a", "a", "b", "", "b"], ["T1", "T1", "T2", "T1", ""]) == pytest.approx(1.0)
    with pytest.raises(ValueError, match="length"):
        TA.recovery_nmi(["a"], ["T1", "T2"])
    with pytest.raises(ValueError, match="no article"):
        TA.recovery_nmi(["", ""], ["T1", "T2"])


def test_article_topics_has_document_topics_layout():
    units, dtm = small_units()
    w = np.array([[1.0, 3.0], [0.0, 0.0]])
    out = TA.article_topics(units, ["a", "b"], w, ["outlet"], dtm.has_terms())
    ref = T.document_topics(units, T.topic_shares(np.array([[1.0, 0], [1, 0], [0, 1]])), ["outlet"])
    assert list(out.columns) == list(ref.columns)
    assert out["T2"].tolist()[0] == 0.75 and out["dominant_topic"].tolist() == ["T2", ""]
    assert out["n_units"].tolist() == [2, 1] and out["outlet"].tolist() == ["x", "y"]
    with pytest.raises(ValueError, match="article ids"):
        TA.article_topics(units, ["a"], w)


def test_article_fit_recovers_themes_that_paragraph_kinds_hide():
    units, labels = articles_with_kinds()
    dtm = T.vectorize(units["text"], min_df=2, max_df=0.9)
    art, ids = TA.article_matrix(units, dtm)
    y = [labels[i] for i in ids]
    model = T.fit_topics(art, 3)
    nmi_article = TA.recovery_nmi(y, T.dominant_topic(T.topic_shares(model.transform(art))))
    assert nmi_article > 0.9
    # scoring paragraphs with the article model puts each theme paragraph in its article's topic
    unit_w = model.transform(TA.with_idf_of(dtm, art))
    theme_rows = units["unit_id"].to_numpy() == 0
    art_dom = dict(zip(ids, T.dominant_topic(T.topic_shares(model.transform(art)))))
    unit_dom = T.dominant_topic(T.topic_shares(unit_w))[theme_rows]
    assert (unit_dom == [art_dom[d] for d in units.loc[theme_rows, "doc_id"]]).mean() > 0.9
