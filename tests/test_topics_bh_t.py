"""Issue 12bh-t: units the topics hardly explain count as "no topic", not as 100% of one topic.

Invented text only: a wire service with many short items on a tram strike and three small outlets writing about
other things (a harvest fair, a library, a bakery). Before the fix, each small outlet's paragraphs got NMF weights
of about 0.001 and were scaled to 100% of one strike topic.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from helpers import topics as T
from helpers.report import index as IX
from helpers.topics import articles as TA

_STRIKE = [
    "Tram drivers walked out at dawn on {day}, halting {line}. Pickets gathered at {place}.",
    "{actor} said the strike would continue until the pay offer improved. Commuters crowded buses near {place}.",
    "The tram strike entered its {nth} day. {actor} said talks could resume on {day}.",
    "Hundreds of striking drivers rallied at {place} demanding higher wages and shorter shifts on {line}.",
    "Service on {line} was cancelled. {actor} said replacement buses would run from {place}.",
    "Negotiations between the union and {actor} broke down late on {day}, a spokesperson said.",
    "Strikers marched from {place} to city hall on {day}. Police said the protest was peaceful.",
]
_FILL = {"day": ["Monday", "Tuesday", "Wednesday", "Thursday"], "line": ["line 4", "line 7", "the night trams"],
         "place": ["Lessing Square", "the central depot", "the main station"], "nth": ["second", "third", "fourth"],
         "actor": ["The transit authority", "The city council", "Mayor Anna Brandt", "Union leader Tomas Veller"]}
_OTHER = {
    "Ostland Courier": [
        ["The harvest festival opened on Friday in the market square, with pumpkin stalls and a brass band.",
         "Farmers from the valley said the apple harvest was the best in a decade."],
        ["The county library reopened on Friday after a year of repairs to the roof.",
         "Librarians said the library now holds the valley's parish records and old maps."],
        ["The football club lost at home on Friday; the coach blamed the wet pitch.",
         "The club's next match is away in the valley towns."],
    ],
    "Valley Gazette": [
        ["A bakery opened on the market square, selling rye loaves and honey cake.",
         "The owners said they moved back to the valley to be near their families."],
        ["The school board approved repairs to the gymnasium roof.",
         "Parents said the school needs a crossing guard at the gate."],
    ],
}


def _corpus() -> pd.DataFrame:
    rng = np.random.default_rng(3)
    rows = []
    for i in range(40):
        picked = rng.choice(len(_STRIKE), size=3, replace=False)
        for j, p in enumerate(picked):
            text = _STRIKE[p].format(**{k: v[rng.integers(len(v))] for k, v in _FILL.items()})
            rows.append({"doc_id": f"w{i:02d}", "outlet": "Metro Wire", "unit_id": j, "text": text})
    n = 0
    for outlet, arts in _OTHER.items():
        for paras in arts:
            for j, p in enumerate(paras):
                rows.append({"doc_id": f"s{n}", "outlet": outlet, "unit_id": j, "text": p})
            n += 1
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def fitted():
    units = _corpus()
    dtm = T.vectorize(units["text"])
    model = T.fit_topics(dtm, 4)
    weights = model.transform(dtm)
    explained = T.explained_share(model, dtm, weights)
    return units, dtm, model, weights, explained


def test_explained_share_is_high_for_the_wire_and_low_for_the_others(fitted):
    units, dtm, model, weights, explained = fitted
    wire = (units["outlet"] == "Metro Wire").to_numpy()
    has = dtm.has_terms()
    assert np.nanmedian(explained[wire & has]) > 0.3
    assert np.nanmax(explained[~wire & has]) < 0.02
    # what went wrong: weights of 0.04 and less, scaled up, made most of these paragraphs 100% of one topic
    assert np.nanmax(weights[~wire & has].sum(axis=1)) < 0.05
    assert (np.nanmax(T.topic_shares(weights[~wire & has]), axis=1) > 0.99).sum() >= 5
    assert np.all((explained[has] >= 0) & (explained[has] <= 1))
    assert np.isnan(explained[~has]).all()


def test_explained_share_is_one_minus_the_relative_residual(fitted):
    units, dtm, model, weights, explained = fitted
    X = dtm.tfidf.toarray()
    R = weights @ model.components()
    i = 0
    expected = 1 - ((X[i] - R[i]) ** 2).sum() / (X[i] ** 2).sum()
    assert explained[i] == pytest.approx(expected, abs=1e-9)


def test_no_topic_units_are_relative_to_the_median_unit(fitted):
    units, dtm, model, weights, explained = fitted
    flags = T.no_topic_units(explained)
    wire = (units["outlet"] == "Metro Wire").to_numpy()
    assert not flags[wire].any()
    assert flags[~wire & dtm.has_terms()].all()
    assert not flags[~dtm.has_terms()].any()  # no terms: no unit at all, not a unit without topic
    # scale-free: the same units are flagged when every explained share is a hundredth
    assert (T.no_topic_units(explained / 100) == flags).all()
    assert T.MIN_RELATIVE_FIT == pytest.approx(0.05)


def test_small_outlets_get_no_topic_instead_of_a_full_topic(fitted):
    units, dtm, model, weights, explained = fitted
    flags = T.no_topic_units(explained)
    shares = T.topic_shares(weights, no_topic=flags)
    doc = T.document_topics(units, shares, ["outlet"], no_topic=flags)
    small = doc[doc["outlet"] != "Metro Wire"]
    names = [c for c in doc.columns if c.startswith("T") and c[1:].isdigit()]
    assert (small[names] == 0).all().all()
    assert (small["no_topic"] == 1).all()
    assert (small["dominant_topic"] == T.NO_TOPIC).all()
    wire = doc[doc["outlet"] == "Metro Wire"]
    assert (wire["no_topic"] == 0).all()
    assert np.allclose(wire[names].sum(axis=1), 1, atol=0.01)
    prev = T.prevalence_by_group(doc, "outlet")
    ost = prev[prev["outlet"] == "Ostland Courier"].set_index("topic")["estimate"]
    assert ost[T.NO_TOPIC] == 1
    assert (ost.drop(T.NO_TOPIC) == 0).all()  # before: one topic at 100%


def test_a_partly_explained_article_shares_over_all_its_units():
    units = pd.DataFrame({"doc_id": ["a", "a", "a", "a"], "outlet": ["X"] * 4, "unit_id": range(4), "text": [""] * 4})
    shares = np.array([[1.0, 0.0], [0.5, 0.5], [np.nan, np.nan], [np.nan, np.nan]])
    no_topic = np.array([False, False, True, False])  # the last unit has no terms at all
    doc = T.document_topics(units, shares, ["outlet"], no_topic=no_topic)
    row = doc.iloc[0]
    assert row["n_units"] == 3
    assert row["T1"] == pytest.approx(0.5) and row["T2"] == pytest.approx(0.167, abs=1e-3)
    assert row["no_topic"] == pytest.approx(0.333, abs=1e-3)
    assert row["dominant_topic"] == "T1"


def test_without_flags_the_tables_are_as_before(fitted):
    units, dtm, model, weights, explained = fitted
    shares = T.topic_shares(weights)
    doc = T.document_topics(units, shares, ["outlet"])
    assert (doc["no_topic"] == 0).all()
    prev = T.prevalence_by_group(doc, "outlet")
    assert T.NO_TOPIC not in set(prev["topic"])  # no row of zeros when every unit has a topic


def test_article_fit_marks_unexplained_articles(fitted):
    units, dtm, model, weights, explained = fitted
    w = np.array([[0.6, 0.4], [0.001, 0.0]])
    doc = TA.article_topics(units.iloc[:2].assign(doc_id=["a", "b"]), ["a", "b"], w, ["outlet"],
                            no_topic=np.array([False, True]))
    assert doc.loc[1, "T1"] == 0 and doc.loc[1, "no_topic"] == 1 and doc.loc[1, "dominant_topic"] == T.NO_TOPIC
    assert doc.loc[0, "T1"] == pytest.approx(0.6) and doc.loc[0, "no_topic"] == 0


def test_passages_and_sizes_leave_out_no_topic_units(fitted):
    units, dtm, model, weights, explained = fitted
    flags = T.no_topic_units(explained)
    passages = T.representative_passages(units, weights, dtm, 3, no_topic=flags)
    assert set(passages["outlet"]) == {"Metro Wire"}
    shares = T.topic_shares(weights, no_topic=flags)
    assert np.isnan(shares[flags]).all()
    table = T.topic_table(model, dtm, shares, np.zeros(4), np.ones(4))
    assert table["size"].sum() == int((~flags & dtm.has_terms()).sum())


def test_contrasts_and_key_findings_skip_the_no_topic_row(tmp_path):
    prev = pd.DataFrame({"outlet": ["A", "A", "B", "B"], "topic": ["T1", T.NO_TOPIC, "T1", T.NO_TOPIC],
                         "n_articles": [5, 5, 5, 5], "n_units": [10, 10, 10, 10],
                         "estimate": [0.5, 0.0, 0.4, 1.0], "ci_low": [0.3, 0.0, 0.2, 0.6],
                         "ci_high": [0.7, 0.4, 0.6, 1.0], "method": ["korn_graubard"] * 4})
    assert T.NO_TOPIC not in set(T.group_contrasts(prev, "outlet")["topic"])
    path = tmp_path / "topic_prevalence_by_group.csv"
    prev.to_csv(path, index=False)
    d = IX.group_differences(path)
    assert d["key"] == {"topic": "T1"}
    assert d["unexplained"] == {"B": 1.0}  # named in the finding: its topic shares describe nothing


@pytest.fixture(scope="module")
def lopsided_report(tmp_path_factory):
    from helpers.report import runner as report

    root = tmp_path_factory.mktemp("lopsided")
    corpus = root / "tram_corpus"
    corpus.mkdir()
    units = _corpus()
    meta = ["file,outlet,title,date"]
    for i, (doc, g) in enumerate(units.groupby("doc_id", sort=False)):
        (corpus / f"{doc}.txt").write_text("\n\n".join(g["text"]) + "\n", encoding="utf-8")
        meta.append(f"{doc}.txt,{g['outlet'].iat[0]},Story {doc},2026-03-{1 + i % 20:02d}")
    (corpus / "metadata.csv").write_text("\n".join(meta) + "\n", encoding="utf-8")
    index = report.run_report(corpus, {}, ["01"], out_root=root / "reports")
    return index.parent


def test_report_gives_the_small_outlets_no_topic_not_a_full_topic(lopsided_report):
    figures = lopsided_report / "figures"
    prev = pd.read_csv(figures / "topic_prevalence_by_group.csv")
    ost = prev[prev["outlet"] == "Ostland Courier"].set_index("topic")["estimate"]
    assert ost[T.NO_TOPIC] == pytest.approx(1)
    assert (ost.drop(T.NO_TOPIC) == 0).all()
    doc = pd.read_csv(figures / "document_topics.csv")
    assert set(doc.loc[doc["outlet"] != "Metro Wire", "dominant_topic"]) == {T.NO_TOPIC}
    assert "Ostland" not in set(pd.read_csv(figures / "topic_passages.csv")["outlet"])


def test_report_orders_topics_by_the_share_of_the_units_they_explain(lopsided_report):
    # before: the order counted the small outlets' paragraphs as 100% of a topic, so T1 was not the largest
    topics = pd.read_csv(lopsided_report / "figures" / "topics.csv")
    assert topics["mean_share"].is_monotonic_decreasing


def test_report_page_and_findings_say_which_outlets_the_topics_do_not_describe(lopsided_report):
    import html
    import re

    index = html.unescape(re.sub(r"<[^>]+>", "", (lopsided_report / "index.html").read_text(encoding="utf-8")))
    assert "Ostland Courier 100%" not in index
    assert "no unit of Ostland Courier has a topic" in index
    page = html.unescape(re.sub(r"<[^>]+>", " ", (lopsided_report / "01_topics.html").read_text(encoding="utf-8")))
    assert "count as '(no topic)'" in page
    assert "Ostland Courier 100% (3 articles)" in page  # the (no topic) line under the prevalence table
    assert "1 paragraphs" not in page
    assert "No unit of these groups has a topic" in page
    assert "% of those with a topic)" in page  # the main topic's share is of the units with a topic


def test_topics_over_time_by_group_keep_the_units_without_topic():
    # the stacked bars add up to 100%: an outlet whose text no topic explains got bars of height 0 before
    from helpers.topics.time import group_period_shares

    doc = pd.DataFrame({"outlet": ["A", "A", "B"], "period": ["2026-03", "2026-03", "2026-03"],
                        "T1": [0.5, 1.0, 0.0], "T2": [0.5, 0.0, 0.0], "no_topic": [0.0, 0.0, 1.0]})
    out = group_period_shares(doc, "outlet", "period")
    b = out[out["outlet"] == "B"].set_index("topic")["share"]
    assert b[T.NO_TOPIC] == 1 and b["T1"] == 0
    assert out.groupby("outlet")["share"].sum().round(6).eq(1).all()
    assert list(out.loc[out["outlet"] == "A", "topic"]) == ["T1", "T2", T.NO_TOPIC]
    plain = group_period_shares(doc.assign(no_topic=0.0), "outlet", "period")
    assert T.NO_TOPIC not in set(plain["topic"])  # no row of zeros when every unit has a topic


def test_the_time_panels_draw_the_units_without_topic():
    import matplotlib

    matplotlib.use("Agg")
    from helpers import plotting as plot
    from helpers.topics.time import group_period_shares

    doc = pd.DataFrame({"outlet": ["A", "A", "B", "B"], "period": ["2026-03", "2026-04", "2026-03", "2026-04"],
                        "T1": [1.0, 0.5, 0.0, 0.0], "no_topic": [0.0, 0.5, 1.0, 1.0]})
    fig = plot.plot_topics_over_time_by_group(group_period_shares(doc, "outlet", "period"), "outlet", "period",
                                              {"T1": "strike", T.NO_TOPIC: "not explained by the topics"})
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert legend == ["T1: strike", "(no topic): not explained by the topics"]
