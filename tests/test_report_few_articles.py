"""The solid-topics finding says so when the topics were fit on fewer than 10 articles (round 11p)."""
from helpers.report.index import notebook_findings, topic_fit_articles

_TOPICS = "topic,label,stable\nT1,a / b,True\nT2,c / d,True\nT3,e / f,False\n"


def _doc(n_with_units, n_empty=0):
    rows = [f"d{i},Outlet {i},4,0.5,0.5,T1" for i in range(n_with_units)]
    rows += [f"e{i},Outlet {i},0,0,0,T1" for i in range(n_empty)]
    return "doc_id,outlet,n_units,T1,T2,dominant_topic\n" + "\n".join(rows) + "\n"


def _findings(tmp_path, doc):
    (tmp_path / "topics.csv").write_text(_TOPICS, encoding="utf-8")
    files = ["topics"]
    if doc is not None:
        (tmp_path / "document_topics.csv").write_text(doc, encoding="utf-8")
        files.append("document_topics")
    return notebook_findings(tmp_path, files, {})


def test_three_articles_get_the_plain_caveat(tmp_path):
    items = _findings(tmp_path, _doc(3, n_empty=2))
    assert topic_fit_articles(tmp_path / "document_topics.csv") == 3
    assert "2 of 3 come back" in items[0]
    assert "fit on the paragraphs of only 3 articles: themes of these articles, not of the coverage" in items[0].lower()


def test_one_article_is_singular(tmp_path):
    items = _findings(tmp_path, _doc(1))
    assert "only 1 article:" in items[0]


def test_ten_articles_or_more_get_no_caveat(tmp_path):
    items = _findings(tmp_path, _doc(10))
    assert "only" not in items[0] and "2 of 3 come back" in items[0]


def test_no_document_table_no_caveat(tmp_path):
    items = _findings(tmp_path, None)
    assert "only" not in items[0]


def test_no_solid_topic_gets_the_caveat_too(tmp_path):
    (tmp_path / "topics.csv").write_text("topic,label,stable\nT1,a,False\nT2,b,False\n", encoding="utf-8")
    (tmp_path / "document_topics.csv").write_text(_doc(5), encoding="utf-8")
    items = notebook_findings(tmp_path, ["topics", "document_topics"], {})
    assert "No solid topic" in items[0] and "only 5 articles" in items[0]


def test_a_single_topic_is_said_to_be_one_topic_not_unstable(tmp_path):
    """One or two short articles get one topic for all their text (issue 12bd-e): no 'none of the 1 topics'."""
    (tmp_path / "topics.csv").write_text("topic,label,stability,stable\nT1,a / b,,False\n", encoding="utf-8")
    (tmp_path / "document_topics.csv").write_text(_doc(2), encoding="utf-8")
    items = notebook_findings(tmp_path, ["topics", "document_topics"], {})
    assert "One topic only" in items[0] and "too few" in items[0] and "only 2 articles" in items[0]
    assert "none of the 1" not in items[0] and "Solid" not in items[0]
