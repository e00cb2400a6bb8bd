"""Review 12bh-x: notebook 00 and the report's index and reader pages, looked at in a browser.

Found on an invented corpus of 12 saved pages of 3 invented sites (menus, cookie banners, share bars, related
stories, bylines, datelines, ``og:`` and ``<time datetime>`` on some pages, a gallery, a paywall teaser, a
``metadata.csv`` for 4 pages):

- the reader page's cleaning audit ("What cleaning removed, and why") showed ``doc_id, rule, start, end, text``:
  no reason at all, and ``NaN NaN`` as the offsets of every line the HTML extractor left out; that reason, in the
  CSV, ended "not in raw";
- a date read from the web page itself (its ``article:published_time``, ``<time datetime>`` or a dateline) had an
  empty ``date_basis``: the timeline could not tell it from a date given in ``metadata.csv``;
- the index's corpus line gave a date known only to the year (a page's copyright year, "2024") as its first
  publication date, "2024-01-01".
"""
import pandas as pd
import pytest

from helpers.corpus.html import PAGE_DATE_BASIS, fill_page_metadata
from helpers.corpus.read import load_corpus
from helpers.notebook import overview
from helpers.report.pages import _date_range

PAGE = ("<html><head><title>Council closes the bridge | The Harbor Ledger</title>{head}</head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Council closes the bridge</h1>"
        + "".join(f"<p>Paragraph {i} of the story: the council voted to close the old bridge for repairs, and "
                  f"residents said the detour would add twenty minutes to their commute.</p>" for i in range(5))
        + "</article><footer>About us · Contact</footer></body></html>")


def _pages(tmp_path):
    (tmp_path / "a.html").write_text(PAGE.format(
        head="<meta property='article:published_time' content='2024-03-04T09:30:00Z'>"), encoding="utf-8")
    (tmp_path / "b.html").write_text(PAGE.format(head="").replace("Paragraph", "Part"), encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,date\nb.html,2024-03-05\n", encoding="utf-8")
    return load_corpus(tmp_path)


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_the_audit_shown_to_readers_says_why_and_shows_no_nan(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWS_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "c"
    folder.mkdir()
    corpus = _pages(folder)
    audit = overview.removal_audit(corpus)
    shown = overview.audit_display(audit)
    assert "reason" in shown.columns, shown.columns
    assert not shown.isna().any(axis=None)
    assert "NaN" not in shown.astype(str).to_string() and "nan" not in shown.astype(str).to_string()
    menu = shown[(shown["text"] == "Home News") & (shown["doc_id"] == "a")]
    assert len(menu) == 1 and menu["start"].iloc[0] == "" and menu["end"].iloc[0] == ""
    assert "raw" not in menu["reason"].iloc[0] and "article" in menu["reason"].iloc[0], menu["reason"].iloc[0]


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_a_date_read_from_the_page_has_its_basis(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWS_CACHE_DIR", str(tmp_path / "cache"))
    corpus = _pages(tmp_path).set_index("doc_id")
    assert corpus.loc["a", "date"] == "2024-03-04"
    assert corpus.loc["a", "date_basis"] == PAGE_DATE_BASIS
    assert corpus.loc["b", "date"] == "2024-03-05" and corpus.loc["b", "date_basis"] == ""  # given: not the page's


def test_fill_page_metadata_keeps_a_given_basis_and_a_guess():
    df = pd.DataFrame({"date": ["", "", "2024-01-02"], "date_basis": ["", "dateline", ""]})
    page = pd.DataFrame({"date": ["2024-06-04", "2024-06-05", "2024-06-06"], "date_basis": ["", "", ""]})
    assert fill_page_metadata(df, page)["date_basis"].tolist() == [PAGE_DATE_BASIS, "dateline", ""]
    guess = pd.DataFrame({"date": ["2019", "", ""], "date_basis": ["the page's copyright year", "", ""]})
    out = fill_page_metadata(pd.DataFrame({"date": ["", "", ""]}), guess)
    assert out["date_basis"].tolist() == ["the page's copyright year", "", ""]


def test_the_index_date_range_gives_a_year_only_date_as_a_year(tmp_path):
    (tmp_path / "figures").mkdir()
    pd.DataFrame({"date_parsed": ["2024-01-01", "2024-03-04", "2024-07-03"], "precision": ["year", "day", "day"]}
                 ).to_csv(tmp_path / "figures" / "00_timeline.csv", index=False)
    assert _date_range(tmp_path) == "2024 to 2024-07-03 (all 3 articles dated; 1 known only to the year)"
    pd.DataFrame({"date_parsed": ["2023-05-01", "2024-03-04"], "precision": ["month", "day"]}
                 ).to_csv(tmp_path / "figures" / "00_timeline.csv", index=False)
    assert _date_range(tmp_path) == "2023-05 to 2024-03-04 (all 2 articles dated; 1 known only to the month)"


GALLERY = ("<html><head><title>In pictures: the spring regatta | The Harbor Ledger</title></head><body>"
           "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><div class='gallery'>"
           + "".join(f"<figure><img src='{i}.jpg' alt='Boats'><figcaption>Boats leave the harbour, picture {i}. "
                     f"Photo: J. Lee</figcaption></figure>" for i in range(3))
           + "</div><main><article><h1>In pictures: the spring regatta</h1><p class='byline'>By Mara Quinn</p>"
           "<p><time datetime='2024-04-20'>2024-04-20</time></p><div class='share'>Share on Facebook | Share on X | "
           "Email this story</div></article></main><footer>About us · Contact</footer></body></html>")


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_a_gallery_page_keeps_no_byline_or_date_as_its_body(tmp_path, monkeypatch):
    """trafilatura glued the headline, byline, date and share bar into one line: that line was the body."""
    monkeypatch.setenv("NEWS_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "gallery.html").write_text(GALLERY, encoding="utf-8")
    (folder / "story.html").write_text(PAGE.format(head=""), encoding="utf-8")
    row = load_corpus(folder).set_index("doc_id").loc["gallery"]
    assert "By Mara Quinn" not in row["text"] and "2024-04-20" not in row["text"], row["text"]
    assert row["n_words"] <= 10, row["text"]


def test_the_single_article_group_line_leaves_out_a_count_of_zero():
    """Notebook 00 printed "0 of 3 outlet groups have exactly one article: for them, any 'group' difference ..."."""
    none = pd.DataFrame({"outlet": ["A", "A", "B", "B", ""]})
    line = overview.single_article_groups_line(none, "outlet")
    assert line == "No outlet group has exactly one article.", line
    one = pd.DataFrame({"outlet": ["A", "A", "B", ""]})
    line = overview.single_article_groups_line(one, "outlet")
    assert line.startswith("1 of 2 outlet groups has exactly one article: for it, a difference between outlet groups"), line
    two = pd.DataFrame({"outlet": ["A", "C", "B", "B"]})
    assert overview.single_article_groups_line(two, "outlet").startswith("2 of 3 outlet groups have exactly one "
                                                                         "article: for them,")


def test_a_date_known_only_to_its_year_is_in_no_month():
    """The index said "2024-01 (1 article)": a page whose only date is its copyright year, "2024", was binned in
    January of notebook 01's months."""
    from helpers.topics import tables as T

    d = pd.Series(pd.to_datetime(["2024-01-01", "2024-03-04", "2024-07-03", "2024-05-01"]))
    bins, name = T.time_bins(d, pd.Series(["year", "day", "day", "month"]))
    assert name == "month" and bins.tolist() == ["", "2024-03", "2024-07", "2024-05"]
    bins, name = T.time_bins(pd.Series(pd.to_datetime(["2019-01-01", "2024-03-04"])), pd.Series(["year", "day"]))
    assert name == "year" and bins.tolist() == ["2019", "2024"]
    bins, _ = T.time_bins(pd.Series(pd.to_datetime(["2022-11-01", "2024-03-04"])), pd.Series(["month", "day"]))
    assert bins.tolist() == ["2022Q4", "2024Q1"]


def test_pages_without_a_metadata_row_are_not_said_to_have_no_outlet_title_or_date(tmp_path, monkeypatch):
    """The index said 8 pages without a metadata row were loaded "with empty metadata: no outlet, title or date ...
    shown as the group (unknown)", while 5 of them took title, date and outlet from the page itself."""
    monkeypatch.setenv("NEWS_CACHE_DIR", str(tmp_path / "cache"))
    with pytest.warns(UserWarning) as caught:
        _pages(tmp_path)
    said = " ".join(str(w.message) for w in caught if "no row in" in str(w.message))
    assert "a.html" in said and "no outlet, title or date" not in said, said
    assert "from the page itself" in said, said
    (tmp_path / "t.txt").write_text("A text file of the council story with no row in the metadata.", encoding="utf-8")
    with pytest.warns(UserWarning) as caught:
        load_corpus(tmp_path)
    said = " ".join(str(w.message) for w in caught if "no row in" in str(w.message))
    assert "1 text file" in said and "no outlet, title or date" in said and "from the page itself" in said, said
