"""Site templates across a corpus, and HTML input (pages written for the test)."""
import gzip
import warnings

import pandas as pd
import pytest

from helpers import load_corpus
from helpers.corpus.html import HtmlError, extract_html, fill_page_metadata, html_stem, read_html_file, render_plain
from helpers.corpus.read import CorpusError
from helpers.corpus.templates import apply_site_templates, find_site_templates

SLOGAN = "The Valley Post: news you can trust"
STORIES = [
    "The council voted to extend water rationing until the end of the summer, officials said on Tuesday.",
    "Ferry workers began a three-day strike over pay, stranding hundreds of passengers at the harbour.",
    "The new stadium opened downtown with a match that drew a crowd of more than forty thousand fans.",
    "The main library will stay open until midnight during the exam season, the city announced.",
]


def _article(i: int) -> tuple[str, list]:
    raw = f"{STORIES[i]}\n\n{SLOGAN}"
    return raw, [("body", 0, len(STORIES[i])), ("body", len(STORIES[i]) + 2, len(raw))]


def test_a_line_in_three_distinct_articles_of_one_outlet_is_a_template():
    arts = [_article(i) for i in range(4)]
    raws, spans = [a for a, _ in arts], [s for _, s in arts]
    spans2, removed, changed, summary = apply_site_templates(raws, spans, [[] for _ in raws], ["Post"] * 4)
    assert changed == {0, 1, 2, 3}
    assert all(r[0]["rule"] == "site_template" and r[0]["text"] == SLOGAN for r in removed)
    assert all(len(s) == 1 for s in spans2)
    assert summary[0]["n_articles"] == 4 and summary[0]["group"] == "Post"


def test_repeated_copies_of_one_article_and_other_outlets_do_not_make_a_template():
    raw, sp = _article(0)
    assert find_site_templates([raw] * 5, [sp] * 5, ["Post"] * 5) == {}  # one article resampled five times
    arts = [_article(i) for i in range(3)]
    groups = ["Post", "Herald", "Times"]  # the same line once per outlet
    assert find_site_templates([a for a, _ in arts], [s for _, s in arts], groups) == {}


def test_long_paragraphs_reused_by_an_outlet_are_not_templates():
    background = ("The valley has faced drought in four of the last six summers, and the council has twice "
                  "asked the national government for emergency funds to build a new reservoir.")
    raws, spans = [], []
    for i in range(4):
        raw = f"{STORIES[i]}\n\n{background}"
        raws.append(raw)
        spans.append([("body", 0, len(STORIES[i])), ("body", len(STORIES[i]) + 2, len(raw))])
    assert find_site_templates(raws, spans, ["Post"] * 4) == {}


PAGE = """<html><head><title>Rationing Extended | The Valley Post</title>
<meta property="og:site_name" content="The Valley Post">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2024-06-04T09:00:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/weather">Weather</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Council Extends Water Rationing</h1>
<p>The regional council voted on Tuesday to extend the water rationing scheme until the end of the summer,
after reservoirs fell to their lowest level in two decades.</p>
<p>Farmers in the valley said the scheme had already cut their harvest by a third, and the council promised
compensation for the losses before the next planting season.</p>
<p>Engineers told the council that the reservoirs would need two wet winters to recover, and that rationing could
return next year if the rains fail again.</p>
</article>
<footer><p>Copyright 2024 The Valley Post. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>"""


def test_extract_html_gives_text_metadata_and_what_it_left_out():
    ext = extract_html(PAGE)
    assert "lowest level in two decades" in ext.text and "next planting season" in ext.text
    assert "Privacy policy" not in ext.text
    assert ext.site_name == "The Valley Post" and ext.author == "Jane Roe" and ext.date == "2024-06-04"
    assert "Council Extends Water Rationing" in ext.title
    assert "Privacy policy" in ext.left_out


def test_render_plain_puts_blocks_on_lines_and_keeps_links_inline():
    out = render_plain("<div>One <a href='#'>linked</a> word</div><p>Two</p><script>var x;</script>")
    assert out == "One linked word\n\nTwo"


def test_a_page_without_text_is_an_error_that_names_the_file(tmp_path):
    p = tmp_path / "blank.html"
    p.write_text("<html><body><script>load()</script></body></html>", encoding="utf-8")
    with pytest.raises(HtmlError, match="blank.html.*on_bad='skip'"):
        read_html_file(p)
    assert html_stem("a.b.html.gz") == "a.b" and html_stem("x.HTM") == "x"


def test_metadata_wins_over_the_page_and_sources_are_recorded():
    df = pd.DataFrame({"title": ["Given title", ""], "date": ["", ""]})
    page = pd.DataFrame({"title": ["Page title", "Page title 2"], "date": ["2024-06-04", ""],
                         "site_name": ["Post", ""], "author": ["", ""]})
    out = fill_page_metadata(df, page)
    assert out["title"].tolist() == ["Given title", "Page title 2"]
    assert out["title_source"].tolist() == ["metadata", "html page"]
    assert out["date_source"].tolist() == ["html page", ""]
    assert out["outlet"].tolist() == ["Post", ""]


def test_load_corpus_reads_a_folder_of_html_pages(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.html").write_text(PAGE, encoding="utf-8")
    (folder / "b.html.gz").write_bytes(gzip.compress(PAGE.replace("Tuesday", "Monday").encode("utf-8")))
    (folder / "metadata.csv").write_text("doc_id,outlet\na,Valley Post (given)\n", encoding="utf-8")
    (folder / "empty.htm").write_text("<html><body></body></html>", encoding="utf-8")
    with pytest.raises(CorpusError, match="empty.htm"):
        load_corpus(folder)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = load_corpus(folder, on_bad="skip")
    assert c["doc_id"].tolist() == ["a", "b"]
    assert c.loc[0, "outlet"] == "Valley Post (given)" and c.loc[0, "outlet_source"] == "metadata"
    assert c.loc[1, "outlet"] == "The Valley Post" and c.loc[1, "outlet_source"] == "html page"
    for row in c.itertuples():
        assert "lowest level in two decades" in row.text
        for label, s, e in row.spans:
            assert row.raw[s:e] in row.raw
        left = [r for r in row.removed if r["rule"] == "html_extractor"]
        assert left and all(r["start"] is None for r in left)
    assert [s["doc_id"] for s in c.attrs["skipped"]] == ["empty"]


def test_load_corpus_reads_an_html_column(tmp_path):
    p = tmp_path / "pages.csv"
    pd.DataFrame({"id": ["x"], "html": [PAGE]}).to_csv(p, index=False)
    c = load_corpus(p)
    assert "next planting season" in c.loc[0, "text"] and c.loc[0, "date"] == "2024-06-04"
    assert c.loc[0, "date_source"] == "html page"


def test_an_html_table_whose_pages_give_outlet_and_date_warns_of_neither(tmp_path):
    """The page's own site name and date fill the outlet and date: no 'no outlet/date column' warning, and a
    warning never lists the reader's internal page columns as the user's columns."""
    from helpers import CorpusWarning

    p = tmp_path / "pages.csv"
    pd.DataFrame({"id": ["x"], "html": [PAGE]}).to_csv(p, index=False)
    with warnings.catch_warnings(record=True) as rec:
        warnings.simplefilter("always")
        c = load_corpus(p)
    assert c.loc[0, "outlet"] == "The Valley Post" and c.loc[0, "date"] == "2024-06-04"
    msgs = [str(w.message) for w in rec if issubclass(w.category, CorpusWarning)]
    assert not [m for m in msgs if "column found" in m or "_page_" in m], msgs
    bare = PAGE.replace('<meta property="article:published_time" content="2024-06-04T09:00:00Z">', "").replace(
        "Copyright 2024 ", "")  # no date anywhere in the page (trafilatura reads a copyright year as January 1)
    pd.DataFrame({"id": ["y"], "html": [bare], "when": ["2024-06-05"]}).to_csv(p, index=False)
    with pytest.warns(CorpusWarning, match=r"no date column found") as rec:
        load_corpus(p)
    assert not [str(w.message) for w in rec if "_page_" in str(w.message)]
