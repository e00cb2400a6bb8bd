"""A saved page's title and site name as the report shows them (issue 12bd-f, dogfood on saved pages)."""
from helpers.corpus.html import extract_html, page_names

BODY = "".join(
    f"<p>{p}</p>" for p in [
        "The harbour board approved a new ferry timetable on Monday after months of complaints from islanders "
        "about late and cancelled crossings during the winter storms.",
        "Under the plan, two extra sailings will run each weekday morning, and the last boat of the evening will "
        "leave half an hour later than it does now, the board's chair told the meeting.",
        "Islanders who spoke at the meeting welcomed the change but asked for a guarantee that the extra sailings "
        "would not be cut again once the summer season ends in September.",
    ]
)


def _page(title: str, site: str, url: str = "") -> str:
    canon = f"<link rel='canonical' href='{url}'/>" if url else ""
    return (f"<html><head><title>{title}</title><meta property='og:title' content='{title}'/>"
            f"<meta property='og:site_name' content='{site}'/>{canon}</head>"
            f"<body><article><h1>Ferry timetable changes</h1>{BODY}</article></body></html>")


def test_a_site_name_that_is_the_title_gives_way_to_the_pages_host():
    assert page_names("Ferry timetable changes", "Ferry timetable changes", "www.islandpost.example") == (
        "Ferry timetable changes", "islandpost.example")
    assert page_names("Ferry timetable changes", "ferry timetable changes ", "") == ("Ferry timetable changes", "")


def test_a_tagline_after_the_site_name_is_dropped():
    assert page_names("Ferry timetable changes", "Island Post | News, Weather, Sport | Northport", "")[1] == "Island Post"
    assert page_names("Ferry timetable changes", "Island Post", "")[1] == "Island Post"
    assert page_names("x", "News and Views on islandpost.example", "")[1] == "News and Views on islandpost.example"


def test_the_site_name_after_the_headline_is_dropped_from_the_title():
    for sep in (" | ", " - ", " – ", " — "):
        assert page_names(f"Ferry timetable changes{sep}Island Post", "Island Post", "")[0] == "Ferry timetable changes"
    long = "Island Post | News, Weather, Sport | Northport"
    assert page_names(f"Ferry timetable changes - {long}", long, "") == ("Ferry timetable changes", "Island Post")
    # a title that is only the site name, or that names the site inside it, is kept
    assert page_names("Island Post", "Island Post", "")[0] == "Island Post"
    assert page_names("Island Post wins award for ferry coverage", "Island Post", "")[0] == (
        "Island Post wins award for ferry coverage")
    assert page_names("Ferry timetable changes | Harbour", "Island Post", "")[0] == "Ferry timetable changes | Harbour"


def test_extract_html_uses_the_tidied_names():
    ext = extract_html(_page("Ferry timetable changes", "Ferry timetable changes",
                             "https://www.islandpost.example/2026/ferry-timetable"))
    assert ext.site_name == "islandpost.example"
    ext = extract_html(_page("Ferry timetable changes | Island Post", "Island Post"))
    assert (ext.title, ext.site_name) == ("Ferry timetable changes", "Island Post")


def test_a_title_that_is_only_the_site_name_keeps_the_site_name():
    # a page whose <title> is the outlet's name alone: the name is the site's (its host says so), not a headline
    assert page_names("Island Post", "Island Post", "www.islandpost.example") == ("Island Post", "Island Post")
    assert page_names("The Kano Herald", "The Kano Herald", "kanoherald.example") == ("The Kano Herald", "The Kano Herald")
    # a one-word title inside a longer host name is no site name (review r12be2: "news" is in "abcnews")
    assert page_names("Politics", "Politics", "www.politicsweekly.example")[1] == "politicsweekly.example"
    assert page_names("News", "News", "abcnews.example")[1] == "abcnews.example"
    # a headline taken for the site name still gives way to the host
    assert page_names("Ferry timetable changes", "Ferry timetable changes", "www.islandpost.example")[1] == (
        "islandpost.example")


def test_save_calls_never_parses_in_two_threads_at_once(monkeypatch):
    """The runner exports notebooks from several threads; CPython 3.11's ``ast.parse`` is not safe to interleave
    ("AST constructor recursion depth mismatch"), so ``save_calls`` parses under a lock."""
    import ast
    import threading
    import time

    from helpers.report import html as report_html

    inside, most = [0], [0]
    guard = threading.Lock()
    real = ast.parse

    def slow_parse(*args, **kwargs):
        with guard:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        time.sleep(0.01)  # long enough for another thread to enter if nothing stops it
        try:
            return real(*args, **kwargs)
        finally:
            with guard:
                inside[0] -= 1

    monkeypatch.setattr(report_html.ast, "parse", slow_parse)
    threads = [threading.Thread(target=report_html.save_calls, args=('save_table(df, "shares")',)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert most[0] == 1


def test_a_site_name_that_is_a_web_address_becomes_its_host():
    # review s77: a saved page's outlet read "https://pawszilla.com"
    from helpers.corpus.html import page_names

    assert page_names("Ten dogs", "https://pawszilla.com/", "pawszilla.com") == ("Ten dogs", "pawszilla.com")
    assert page_names("Ten dogs", "www.Harbour-Post.co.uk", "")[1] == "Harbour-Post.co.uk"
    assert page_names("Ten dogs", "The Harbour Post", "")[1] == "The Harbour Post"


def _ld_page(*types, graph=True):
    import json

    items = [{"@type": t} for t in types]
    ld = json.dumps({"@context": "https://schema.org", "@graph": items} if graph else items[0])
    return f"<html><head><script type=\"application/ld+json\">{ld}</script></head><body><p>Text.</p></body></html>"


def test_a_page_that_calls_itself_a_recipe_or_a_product_is_no_article():
    # review s77-b: recipes and a product page of a folder of saved pages were analysed as news with no warning
    from helpers.corpus.html import ld_types, page_kind

    assert ld_types(_ld_page("WebPage", "https://schema.org/Recipe")) == {"WebPage", "Recipe"}
    assert page_kind(_ld_page("Article", "Recipe", "WebPage")) == "Recipe"  # a recipe blog's post
    assert page_kind(_ld_page("Offer", "Product")) == "Product"
    assert page_kind(_ld_page("NewsArticle", "Product")) == ""  # a news site's subscription offer
    assert page_kind(_ld_page("BlogPosting", "Review", "Product")) == ""  # a review of a product is an article
    assert page_kind(_ld_page("BlogPosting", "Product")) == ""  # a generic article beats a shop type
    assert page_kind(_ld_page("Recipe", graph=False)) == "Recipe"
    assert page_kind("<html><body>no structured data</body></html>") == ""


def test_load_corpus_warns_about_pages_that_are_no_article(tmp_path):
    import warnings

    from helpers import load_corpus

    body = "<p>" + "The council met and agreed to repair the harbour wall before the winter storms. " * 8 + "</p>"
    for name, types in (("soup", ("Recipe",)), ("news", ("NewsArticle",))):
        page = _ld_page(*types).replace("<p>Text.</p>", body).replace("<head>", f"<head><title>{name}</title>")
        (tmp_path / f"{name}.html").write_text(page, encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        load_corpus(tmp_path)
    msgs = [str(w.message) for w in caught if "structured data" in str(w.message)]
    assert len(msgs) == 1 and "1 saved page says" in msgs[0] and "Recipe 1 ('soup')" in msgs[0], msgs
