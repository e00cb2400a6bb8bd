"""The index says when a notebook's sentence-level measures read a sample of the articles (issue 12bd-e): with
``-p max_articles 50`` on 400 articles it showed "400 articles" then "n = 13 articles" without saying why. Rows
invented."""
from helpers.report.index import group_sizes, notebook_findings


def _write(tmp_path, sampled):
    rows = [("Daily Lantern", 250, sampled[0], 90000), ("Evening Post", 150, sampled[1], 60000)]
    text = "outlet,articles,sampled,words\n" + "".join(f"{g},{a},{s},{w}\n" for g, a, s, w in rows)
    (tmp_path / "02_groups.csv").write_text(text, encoding="utf-8")


def test_a_sample_is_said_with_its_size(tmp_path):
    _write(tmp_path, (31, 19))
    assert group_sizes(tmp_path / "02_groups.csv")["sampled"] == 50
    item = notebook_findings(tmp_path, ["02_groups"], {})[0]
    assert "400 articles" in item and "sample of 50 of the 400 articles" in item and "max_articles" in item
    assert "Daily Lantern 31 of 250" in item


def test_no_sample_no_sentence(tmp_path):
    _write(tmp_path, (250, 150))
    assert group_sizes(tmp_path / "02_groups.csv")["sampled"] is None
    assert "sample" not in notebook_findings(tmp_path, ["02_groups"], {})[0]
    (tmp_path / "02_groups.csv").write_text("outlet,articles,words\nA,3,90\nB,4,80\n", encoding="utf-8")
    assert group_sizes(tmp_path / "02_groups.csv")["sampled"] is None  # older tables without the column
