"""Hidden elements and degenerate extractions on the HTML path (issue 11m, HTML round)."""
from types import SimpleNamespace

import trafilatura

from helpers.corpus.html import degenerate, drop_hidden, extract_html, render_plain

BODY = [
    "The county council voted on Tuesday to extend water rationing in the valley until the end of the autumn, "
    "after the reservoir fell to its lowest level in twenty years.",
    "Residents will be allowed to water gardens on two evenings a week, the council said, and fines for misuse "
    "will double from next month under the new bylaw passed by the members.",
    "The chair of the water committee told the meeting that the rains of the spring had not been enough to "
    "refill the reservoir and that the dry summer had made the shortage worse than expected.",
    "Farmers in the lower valley said they would ask for an exemption for livestock, which the council agreed "
    "to consider at its next meeting in three weeks' time, after a report by its officers.",
]
POPUP = ("Subscribe to our training programme newsletter and receive every course outline, every module and every "
         "timetable of the coming season straight to your inbox, with offers from our partners. ") * 3


def _page(extra: str = "", wrap: str = "") -> str:
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    art = f"<article><h1>Rationing extended</h1>{paras}</article>"
    if wrap:
        art = f"<div {wrap}>{art}</div>"
    return (f"<html><head><title>Rationing extended</title></head><body><nav><a href='/'>Home</a></nav>"
            f"{art}{extra}<footer>Contact us</footer></body></html>")


def test_drop_hidden_removes_dialogs_and_elements_styled_hidden():
    for attr in ('aria-hidden="true" role="dialog"', "hidden", 'class="overlay" aria-hidden="true"'):
        html = _page(f"<div {attr}><p>{POPUP}</p></div>")
        out = drop_hidden(html)
        assert "Subscribe to our training" not in out, attr
        assert BODY[2] in out


def test_drop_hidden_keeps_visible_pages_and_wrappers_that_hold_the_article():
    plain = _page()
    assert drop_hidden(plain) is plain  # nothing hidden: the same string, so extraction is unchanged
    wrapped = _page(wrap='aria-hidden="true"')  # a page saved while a dialog marked the rest hidden
    assert BODY[0] in drop_hidden(wrapped)
    most = ("<html><body><div aria-hidden='true'>" + "".join(f"<p>{p}</p>" for p in BODY)
            + "</div><p>Menu</p></body></html>")
    assert BODY[1] in drop_hidden(most)  # more than half of the page's words: kept
    assert drop_hidden("") == ""
    paged = _page(f'<div class="section" style="display: none"><p>{POPUP}</p></div>')
    assert drop_hidden(paged) is paged  # a section a script shows later may be body: kept


def test_extract_html_leaves_hidden_text_out_of_the_article_but_in_the_audit():
    ext = extract_html(_page(f'<div class="overlay" role="dialog" aria-hidden="true"><p>{POPUP}</p></div>'))
    assert BODY[3] in ext.text
    assert "Subscribe to our training" not in ext.text
    assert any("Subscribe to our training" in ln for ln in ext.left_out)


def test_degenerate_flags_one_glued_line_only_when_no_block_is_that_long():
    glued = " ".join(BODY * 2)
    plain = "\n\n".join(BODY)
    assert degenerate(glued, plain)
    assert not degenerate("\n\n".join(BODY), plain)  # paragraphs kept apart
    assert not degenerate(glued, glued)  # the page itself has a block that long
    assert not degenerate(" ".join(BODY[:1]), "a\n\nb")  # under the minimum length
    assert not degenerate("", "")


def test_extract_html_falls_back_to_the_plain_cleaner_when_the_extraction_is_glued(monkeypatch):
    html = _page()
    menus = "Home News Sport Weather Business Contact Subscribe Login " * 4
    glued = SimpleNamespace(text=menus + " ".join(BODY), title="Rationing extended", date="2026-11-30",
                            author="", sitename="Valley Post")
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: glued)
    ext = extract_html(html)
    assert ext.text.splitlines()[0] != glued.text  # no longer one glued line
    assert all(p in ext.text for p in BODY[1:])
    assert "Home News Sport" not in ext.text
    assert ext.title == "Rationing extended" and ext.site_name == "Valley Post"  # metadata still from the extractor
    assert ext.text in render_plain(html) or all(ln in render_plain(html) for ln in ext.text.split("\n\n"))


def test_extract_html_keeps_a_well_split_extraction(monkeypatch):
    html = _page()
    good = SimpleNamespace(text="\n".join(BODY), title="t", date="", author="", sitename="")
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: good)
    assert extract_html(html).text == "\n\n".join(BODY)


def test_a_copyright_year_is_kept_as_a_year_with_its_basis_not_as_january_first(tmp_path):
    """A page without a publication date got 1 January of its copyright year as a day (issue 12bd-e)."""
    ext = extract_html(_page("<p class='copy'>© 2019 Valley Courier Ltd. All rights reserved.</p>"))
    assert ext.date == "2019" and "copyright" in ext.date_basis
    meta = ("<html><head><meta property='article:published_time' content='2021-01-01T08:00:00'></head>"
            + _page("<p>© 2023 Valley Courier</p>")[6:])
    dated = extract_html(meta)  # a real 1 January in the page's metadata stays a day
    assert dated.date == "2021-01-01" and dated.date_basis == ""
    for line in ("Published January 1, 2022", "Posted on 1st Jan. 2022 by the desk", "Updated 01/01/2022"):
        written = extract_html(_page(f"<p>{line}</p><p>© 2022 Valley Courier</p>"))
        assert written.date == "2022-01-01" and written.date_basis == "", line  # a 1 January written in the text
    assert extract_html(_page("<p>The budget of 2022 was discussed.</p>")).date == "2022"  # a bare year: a year
    (tmp_path / "a.html").write_text(_page("<p>Copyright 2018 Valley Courier</p>"), encoding="utf-8")
    from helpers.corpus.read import load_corpus

    df = load_corpus(tmp_path)
    assert df.loc[0, "date"] == "2018" and "copyright" in df.loc[0, "date_basis"]
    from helpers.corpus.dates import parse_dates

    assert parse_dates(df["date"])["date_parsed_precision"].tolist() == ["year"]


def test_a_january_first_in_the_markup_stays_a_day_when_the_copyright_year_meta_is_the_same_year():
    """``article:published_time`` 2020-01-01 on a page whose ``copyrightYear`` is 2020 is a day, not a guess
    (the copyright meta was checked before the markup, so such a page said "no publication date")."""
    from helpers.corpus.html import page_date

    head = ("<html><head><meta property='article:published_time' content='2020-01-01T08:00:00'>"
            "<meta itemprop='copyrightYear' content='2020'></head>")
    ext = extract_html(head + _page("<p>Harbour news</p>")[6:])
    assert ext.date == "2020-01-01" and ext.date_basis == ""
    only_meta = "<html><head><meta itemprop='copyrightYear' content='2020'></head>" + _page("<p>Harbour</p>")[6:]
    assert page_date(only_meta, "2020-01-01")[0] == "2020"  # the copyright year alone is still a year


def test_a_january_first_only_in_a_link_address_does_not_make_a_copyright_year_a_day():
    """The written-out 1 January was searched in the whole page, tags included: a link to another story at
    '/2022/01/01/...' kept the extractor's copyright-year guess as a day."""
    link = "<aside><a href='/news/2022/01/01/fireworks-on-the-quay'>Fireworks on the quay</a></aside>"
    ext = extract_html(_page(link + "<p>© 2022 Valley Courier</p>"))
    assert ext.date == "2022" and "copyright" in ext.date_basis
    written = extract_html(_page("<p>Published 01/01/2022</p><p>© 2022 Valley Courier</p>"))
    assert written.date == "2022-01-01" and written.date_basis == ""  # written in the page's text: a day
