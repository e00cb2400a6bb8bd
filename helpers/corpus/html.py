"""Read news pages saved as HTML: the article text and the page's metadata.

A corpus folder may hold ``.html`` / ``.htm`` files (optionally ``.gz``), and a
table corpus may have an ``html`` column instead of a text column. Each page
is read with trafilatura (pinned in ``requirements.txt``; a maintained
extractor made for this): :func:`extract_html` returns the extracted text,
which becomes the article's ``raw`` text (one paragraph a line, blank lines
between them; every cleaning offset points into it), the page's title, date,
author and site name (tidied by :func:`page_names`: no site name after the headline, no tagline, no headline
taken for the site name), and the blocks of the page the extractor left out
(they go into the cleaning audit without offsets, because they are not in
``raw``).

:func:`fill_page_metadata` fills the corpus's ``title``, ``date``, ``outlet``
and ``author`` from the page only where the metadata leaves them empty (the
metadata wins) and records where each value came from in
``<field>_source`` (``"metadata"``, ``"html page"`` or ``""``).

A page with no extractable text is reported as :class:`HtmlError`, which the
loader treats like an empty file (named, with the ``on_bad="skip"`` advice).
Nothing is downloaded: trafilatura reads only the page given.
"""
from __future__ import annotations

import gzip
import html as html_lib
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

__all__ = ["page_names", "title_site", "COPYRIGHT_DATE_BASIS", "TEXT_YEAR_DATE_BASIS", "PAGE_DATE_BASIS", "page_date", "HtmlExtract", "HtmlError", "extract_html", "render_plain", "is_html_name", "html_stem",
           "read_html_file", "fill_page_metadata", "date_disagreements", "drop_hidden", "degenerate",
           "DEGENERATE_MIN_WORDS", "DEGENERATE_RATIO", "PAGE_FIELDS", "LEFT_OUT_RULE", "LEFT_OUT_REASON",
           "HTML_SUFFIXES", "ARTICLE_TYPES", "COMMERCE_TYPES", "CONTENT_TYPES", "NEWS_TYPES",
           "NOT_ARTICLE_TYPES", "ld_types", "page_kind"]

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
PAGE_FIELDS = {"title": "title", "date": "date", "outlet": "site_name", "author": "author"}
"""Corpus column -> :class:`HtmlExtract` attribute filled from the page when the metadata is silent."""
LEFT_OUT_RULE = "html_extractor"
LEFT_OUT_REASON = ("not in the article text the HTML extractor (trafilatura) took from the page (menus, banners, "
                   "share buttons, link lists, footers; at times a real paragraph)")
"""The audit's reason for a block of the page the extractor left out (review 12bh-x: it ended "not in raw")."""

_BLOCK = frozenset(
    "address article aside blockquote body br dd details dialog div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot tr td th ul "
    "caption option select textarea label".split()
)
_SKIP = frozenset("script style head noscript template svg iframe object embed canvas button input meta link "
                  "title".split())
_WS = re.compile(r"\s+")
_HIDDEN_XPATH = '//*[@hidden or @aria-hidden="true"]'
DEGENERATE_MIN_WORDS = 100
"""A line of extracted text shorter than this is never taken for glued blocks."""
DEGENERATE_RATIO = 3
"""How many times longer than the page's longest block an extracted line must be to count as glued."""


class HtmlError(ValueError):
    """An HTML page from which no article text can be extracted."""


@dataclass
class HtmlExtract:
    """What :func:`extract_html` found in one page.

    Attributes
    ----------
    text : str
        The extracted text: one paragraph a line, a blank line between them ("" when none).
    title, date, author, site_name : str
        Page metadata ("" when the page does not give it); ``date`` is ISO ``YYYY-MM-DD``, or ``YYYY`` when
        the only year the page gives is its copyright year or a bare year (see :func:`page_date`).
    date_basis : str
        Where ``date`` comes from when it is a guess, in words (:data:`COPYRIGHT_DATE_BASIS`,
        :data:`TEXT_YEAR_DATE_BASIS`); "" for a date from the page's markup.
    left_out : list of str
        Blocks of the page (rendered one a line) that are not in ``text``.
    kind : str
        The schema.org type the page gives itself in its JSON-LD when that type is no article (``Recipe``,
        ``Product``, ``FAQPage`` ...: :data:`NOT_ARTICLE_TYPES`) and it declares no article type; "" otherwise.
    """

    text: str = ""
    title: str = ""
    date: str = ""
    author: str = ""
    site_name: str = ""
    left_out: list[str] = field(default_factory=list)
    date_basis: str = ""
    kind: str = ""


CONTENT_TYPES = ("Recipe", "HowTo", "FAQPage", "QAPage", "Event", "JobPosting", "Course", "VideoGame", "Game", "Book",
                 "Movie", "MusicRecording", "MusicAlbum", "SoftwareApplication", "MobileApplication",
                 "RealEstateListing")
"""schema.org types of pages that are something else than an article, even when the page also calls itself a generic
``Article`` or ``BlogPosting`` (a recipe blog's post)."""
COMMERCE_TYPES = ("Product", "ProductGroup", "Offer", "AggregateOffer", "Hotel", "Restaurant", "LocalBusiness")
"""schema.org types of shop and business pages: no article only when the page declares no article type at all
(news sites mark their subscription offer as a Product beside the NewsArticle)."""
NOT_ARTICLE_TYPES = frozenset(CONTENT_TYPES + COMMERCE_TYPES)
"""Every type :func:`page_kind` can give (review s77-b: recipes and a product page of a folder of saved pages were
analysed as articles)."""
NEWS_TYPES = frozenset(("NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
                        "BackgroundNewsArticle", "ReviewNewsArticle", "LiveBlogPosting", "Review", "ScholarlyArticle",
                        "Report"))
"""Types that make a page an article whatever else it declares (a game review marks the game as a Product)."""
ARTICLE_TYPES = NEWS_TYPES | frozenset(("Article", "BlogPosting", "SocialMediaPosting", "TechArticle"))
"""Every article type: generic ones (``Article``, ``BlogPosting``) give way to :data:`CONTENT_TYPES` only."""


_LD_SCRIPT = re.compile(r"<script[^>]*type\s*=\s*[\"']application/ld\+json[\"'][^>]*>(.*?)</script>", re.I | re.S)
"""A JSON-LD block of a page (schema.org structured data)."""


def ld_types(html: str) -> set[str]:
    """The schema.org ``@type`` values of a page's JSON-LD blocks (nested objects and ``@graph`` included).

    Parameters
    ----------
    html : str
        The page.

    Returns
    -------
    set of str
        The types, without a schema.org prefix; empty when the page has no readable JSON-LD.
    """
    import json

    found: set[str] = set()
    for block in _LD_SCRIPT.findall(html):
        try:
            data = json.loads(block.strip())
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                t = item.get("@type")
                for v in (t if isinstance(t, list) else [t]):
                    if isinstance(v, str):
                        found.add(v.rsplit("/", 1)[-1])
                stack.extend(v for v in item.values() if isinstance(v, (list, dict)))
    return found


def page_kind(html: str) -> str:
    """The page's own non-article type (:data:`NOT_ARTICLE_TYPES`), or "" for an article or a page that says nothing.

    A news type (:data:`NEWS_TYPES`) makes the page an article; else a content type (a recipe, a how-to) makes it
    none even beside a generic ``Article``; else a generic article type makes it an article; else a shop type
    (a product, an offer) makes it none.

    Parameters
    ----------
    html : str
        The page.

    Returns
    -------
    str
        E.g. "Recipe"; "" for an article, or a page that says nothing.
    """
    types = ld_types(html)
    if types & NEWS_TYPES:
        return ""
    content = [t for t in CONTENT_TYPES if t in types]
    if content:
        return content[0]
    if types & ARTICLE_TYPES:
        return ""
    return next((t for t in COMMERCE_TYPES if t in types), "")


COPYRIGHT_DATE_BASIS = ("the page's copyright year: the page gives no publication date (a site's copyright line is "
                        "often the year the page was saved, not the year of publication)")
"""``date_basis`` of a date that is only the copyright year of an HTML page (kept as the year, issue 12bd-e)."""

TEXT_YEAR_DATE_BASIS = "a year found in the page's text: the page gives no publication date in its markup"
"""``date_basis`` of a 1 January that the date extractor took from a bare year in the page's text."""

PAGE_DATE_BASIS = ("read from the web page itself: its publication-date tag (such as article:published_time or "
                   "<time datetime>) or else a date written on the page, such as a dateline")
"""``date_basis`` of a date the page gives (review 12bh-x: it was empty, so a reader could not tell it from a date
given in ``metadata.csv``)."""

_COPYRIGHT_YEAR = re.compile(r"(?:©|&copy;|&#169;|\bcopyright\b|\(c\))\D{0,99}?(?:(?:19|20)\d{2}\s*[-–]\s*)?"
                             r"((?:19|20)\d{2})(?!\d)", re.IGNORECASE)
_COPYRIGHT_META = re.compile(r"copyrightyear[\"']?[^>]{0,200}?content=[\"']?((?:19|20)\d{2})", re.IGNORECASE)
_COPYRIGHT_NAME = re.compile(r"copyrightyear", re.IGNORECASE)


_NOT_TEXT = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.IGNORECASE | re.DOTALL)
"""Scripts, styles, comments and tags: not what a page writes (a link to '/2020/01/01/story' dates another page)."""


_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " « ", " » ")
"""Separators between a page's headline and the site name that ends its ``<title>`` ("Headline | Site")."""


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _names_host(name: str, host: str) -> bool:
    """Whether a label of the host spells the name ("Island Post" is "www.islandpost.example"; a leading "The" may be
    left out); a name that is only part of a label ("News" in "abcnews.example") is not the site's."""
    squash = re.sub(r"[\W_]+", "", name.casefold())
    labels = {re.sub(r"[\W_]+", "", part) for part in host.casefold().split(".")}
    return any(len(n) >= 4 and n in labels for n in (squash, re.sub("^the", "", squash)))


_TITLE_TAG = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)


def title_site(html: str, site_name: str, hostname: str) -> str:
    """The site name that ends a page's ``<title>`` when the page names no site but its host (dogfood 12bg-d).

    Without ``og:site_name`` the extractor gives the page's host ("calderbaytimes.example") as its site name, while
    the ``<title>`` often ends with the name ("Headline | The Calder Bay Times"); pages of one site with and
    without the tag were then two outlets. The ending is taken only when a label of the host spells it
    (:func:`_names_host`), so that a section name ("| Sports Desk") is not taken for the site.

    Parameters
    ----------
    html : str
        The page.
    site_name, hostname : str
        As the extractor found them.

    Returns
    -------
    str
        The name from the title, or ``site_name`` unchanged.
    """
    site, host = (" ".join((v or "").split()) for v in (site_name, hostname))
    bare = re.sub(r"^www\d*\.", "", host.casefold())
    if not host or site.casefold() not in ("", host.casefold(), bare):
        return site_name
    m = _TITLE_TAG.search(html)
    if not m:
        return site_name
    title = " ".join(html_lib.unescape(_NOT_TEXT.sub(" ", m.group(1))).split())
    for sep in _TITLE_SEPARATORS:
        if sep in title:
            end = title.rsplit(sep, 1)[1].strip()
            if end and _names_host(end, host):
                return end
    return site_name


_URL_NAME = re.compile(r"(?i)(?:https?://)?(?:www\d*\.)?(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)+)/?")
"""A site name that is a web address ("https://pawszilla.com", "www.example.org/"): the host is the name. A bare
host ("calderbaytimes.example") stays as it is (without "www.")."""


def page_names(title: str, site_name: str, hostname: str = "") -> tuple[str, str]:
    """A page's title and site name as a reader of the report expects them (issue 12bd-f).

    Saved pages often give a site name that is no outlet's name: the headline again (a syndicating portal's
    ``application-name``), or the name with its tagline ("Island Post | News, Weather, Sport | Northport");
    and a ``<title>`` that ends with the site name ("Headline | Island Post").

    Parameters
    ----------
    title, site_name : str
        As the extractor found them ("" when none).
    hostname : str
        The host of the page's own address (canonical link or ``og:url``), "" when the page gives none.

    Returns
    -------
    tuple of str
        ``(title, site_name)``: a site name that is a web address becomes its host without the scheme and
        ``www.``; a site name equal to the title is replaced by the host without ``www.``
        ("" without one), unless the host spells it (a page titled with the site's name alone); a site name holding `` | `` keeps its first part; a title ending with a separator
        (:data:`_TITLE_SEPARATORS`) and the site name (either form) loses that ending, unless nothing would be
        left.
    """
    title, site, host = (" ".join((v or "").split()) for v in (title, site_name, hostname))
    if _URL_NAME.fullmatch(site):  # "https://pawszilla.com/" as the site name: its host (review s77)
        site = _URL_NAME.fullmatch(site).group("host")
    if site and title and _same_name(site, title) and not _names_host(site, host):
        site = re.sub(r"^www\d*\.", "", host.casefold())
    names = [site]
    if " | " in site:
        short = site.split(" | ")[0].strip()
        if short:
            names, site = [site, short], short
    for name in names:
        for sep in _TITLE_SEPARATORS:
            end = sep + name
            if name and len(title) > len(end) and title.casefold().endswith(end.casefold()):
                return title[: -len(end)].rstrip(), site
    return title, site


def _written_new_year(html: str, year: str) -> bool:
    """Whether the page's text writes out 1 January of ``year`` ("January 1, 2020", "1st Jan. 2020", "2020-01-01",
    "01/01/2020"): then the day is what the page says, not the extractor's guess. Tags (link addresses) and scripts
    are not its text; a date in the markup is htmldate's to find."""
    html = _NOT_TEXT.sub(" ", html)
    month = r"jan(?:uary)?\.?"
    day = r"0?1(?:st)?"
    pat = (rf"\b(?:{month}\s+{day},?\s+{year}|{day}\s+{month},?\s+{year}|{year}[-/.]0?1[-/.]0?1|"
           rf"0?1[-/.]0?1[-/.]{year})(?!\d)")
    return re.search(pat, html, re.IGNORECASE) is not None


def page_date(html: str, date: str) -> tuple[str, str]:
    """The page's publication date at the precision the page gives it, and its basis when it is a guess.

    The date extractor (htmldate, through trafilatura) returns 1 January of a year when all it found is the
    page's copyright year ("© 2019", ``itemprop="copyrightYear"``) or a bare year in the text; read as a day,
    that date put every such page on 1 January. A ``YYYY-01-01`` that the page's markup alone (htmldate without
    its extensive text search, and with the page's ``copyrightYear`` hidden) does not give is kept as the year
    ``YYYY`` (year precision in :func:`helpers.corpus.dates.parse_dates`) with its basis in words, as
    ``seeds/metadata.csv`` states the basis of an approximate date: a year is what such a page says, and
    dropping it would lose what little it says. A 1 January in the markup (``article:published_time``) or
    written out in the page's text ("January 1, 2020", "01/01/2020"; not in a link's address) stays a day.

    Parameters
    ----------
    html : str
        The page.
    date : str
        The extractor's date (ISO ``YYYY-MM-DD`` or "").

    Returns
    -------
    (str, str)
        The date (unchanged, or ``YYYY``) and its basis ("" when the date is not a guess).
    """
    if not re.fullmatch(r"(?:19|20)\d{2}-01-01", date):
        return date, ""
    year = date[:4]
    copyright_years = set(_COPYRIGHT_YEAR.findall(html)) | set(_COPYRIGHT_META.findall(html))
    from htmldate import find_date

    # htmldate reads itemprop="copyrightYear" as a date even without its text search: hide it, so that only a
    # publication date in the markup (article:published_time 2020-01-01 beside copyrightYear 2020) keeps the day
    markup = _COPYRIGHT_NAME.sub("x-copyright-hidden", html)
    try:
        strict = find_date(markup, extensive_search=False, original_date=True)
    except Exception:  # noqa: BLE001 - htmldate on a malformed page: treat as "markup gives no date"
        strict = None
    if strict == date or _written_new_year(html, year):
        return date, ""
    return year, COPYRIGHT_DATE_BASIS if year in copyright_years else TEXT_YEAR_DATE_BASIS


def is_html_name(name: str) -> bool:
    """Whether a file name is an HTML page.

    Parameters
    ----------
    name : str
        A file name or path.

    Returns
    -------
    bool
        True for a name ending (in any case) in ``.html`` or ``.htm``, optionally followed by ``.gz``.
    """
    return name.lower().endswith(HTML_SUFFIXES)


def html_stem(name: str) -> str:
    """The file name without its HTML suffix (``a.html.gz`` -> ``a``).

    Parameters
    ----------
    name : str
        A file name.

    Returns
    -------
    str
        The name without its longest HTML suffix; for a name without one, its :attr:`Path.stem`.
    """
    low = name.lower()
    for suf in sorted(HTML_SUFFIXES, key=len, reverse=True):
        if low.endswith(suf):
            return name[: -len(suf)]
    return Path(name).stem


def _parse(html: str):
    import lxml.html

    try:
        return lxml.html.document_fromstring(html)
    except Exception:  # noqa: BLE001 - lxml raises several types for unparsable input
        return None


def render_plain(html: str) -> str:
    """Render a page as a scraper or copy-paste does: block elements one a line.

    Parameters
    ----------
    html : str
        The page.

    Returns
    -------
    str
        Lines separated by a blank line; inline elements (links, emphasis)
        stay inside their line; scripts, styles and the head are dropped;
        whitespace is collapsed. ``""`` for a page that cannot be parsed.
    """
    root = _parse(html)
    if root is None:
        return ""
    lines: list[str] = []
    buf: list[str] = []

    def flush():
        t = _WS.sub(" ", "".join(buf)).strip()
        if t:
            lines.append(t)
        buf.clear()

    def walk(el):
        if not isinstance(el.tag, str) or el.tag.lower() in _SKIP:
            if el.tail:
                buf.append(el.tail)
            return
        block = el.tag.lower() in _BLOCK
        if block:
            flush()
        if el.text:
            buf.append(el.text)
        for ch in el:
            walk(ch)
        if block:
            flush()
        if el.tail:
            buf.append(el.tail)

    body = root.find("body")
    walk(body if body is not None else root)
    flush()
    return "\n\n".join(lines)


def _norm(text: str) -> str:
    return _WS.sub(" ", text).strip().casefold()


def drop_hidden(html: str) -> str:
    """Remove the elements a page marks as not shown, before extraction.

    Parameters
    ----------
    html : str
        The page's HTML source, already decoded.

    Returns
    -------
    str
        The same source without elements marked ``hidden`` or ``aria-hidden="true"``
        (closed pop-ups and dialogs, off-screen menus, screen-reader
        duplicates). An inline ``display: none`` style is not enough: pages
        that show their body a section at a time hide the other sections so.
        An element is kept all the same when it is the page's ``html`` or
        ``body``, holds an ``<article>`` or ``<main>`` element, or holds at
        least half of the page's words (a page saved while a dialog marked
        the rest of it hidden). The page is returned unchanged (the same
        string) when nothing is removed or it cannot be parsed.
    """
    root = _parse(html)
    if root is None:
        return html
    total = len(root.text_content().split())
    drop = [el for el in root.xpath(_HIDDEN_XPATH)
            if el.tag not in ("html", "body", "head") and not el.xpath(".//article|.//main")
            and not len(el.text_content().split()) * 2 >= total > 0]
    chosen = set(drop)
    drop = [el for el in drop if not any(a in chosen for a in el.iterancestors())]  # outermost only
    for el in drop:
        el.drop_tree()
    if not drop:
        return html
    import lxml.html

    return lxml.html.tostring(root, encoding="unicode")


def degenerate(text: str, plain: str) -> bool:
    """Whether an extractor glued a page's blocks into one run (menus and body on a line).

    Parameters
    ----------
    text : str
        The extracted text, one paragraph a line.
    plain : str
        The same page rendered one block a line (:func:`render_plain`).

    Returns
    -------
    bool
        True when the extracted text's longest line has at least
        ``DEGENERATE_MIN_WORDS`` words and more than ``DEGENERATE_RATIO``
        times the words of the page's longest block: no block of the page
        is that long, so the extractor joined blocks that were apart.
    """
    longest = max((len(ln.split()) for ln in text.splitlines()), default=0)
    block = max((len(ln.split()) for ln in plain.splitlines()), default=0)
    return longest >= DEGENERATE_MIN_WORDS and longest > DEGENERATE_RATIO * block


def _unglue_short(text: str, plain: str) -> str:
    """A short one-line text that is several consecutive blocks of the page, split back into those blocks.

    On a page with little or no article text (a photo gallery) trafilatura joins the headline, byline, date and
    share bar into one line, which the line rules cannot tell apart: that line was the article's body (review
    12bh-x). Split at the page's own blocks, the line rules remove the byline and the date and keep the headline
    as structure. Longer glued runs are :func:`degenerate`'s.
    """
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if len(lines) != 1 or len(lines[0].split()) >= DEGENERATE_MIN_WORDS:
        return text
    target = _norm(lines[0])
    blocks = [b.strip() for b in plain.splitlines() if b.strip()]
    for i in range(len(blocks)):
        run: list[str] = []
        for b in blocks[i:]:
            run.append(b)
            joined = _norm(" ".join(run))
            if joined == target:
                return "\n\n".join(run) if len(run) > 1 else text
            if not target.startswith(joined + " "):
                break
    return text


def extract_html(html: str | bytes) -> HtmlExtract:
    """Extract the article text and metadata of one HTML page with trafilatura.

    Hidden elements are removed first (:func:`drop_hidden`). When
    trafilatura's text is degenerate (:func:`degenerate`), the text is
    instead the lines the plain-text cleaner keeps (body finding on) from
    the page rendered one block a line; the metadata still comes from
    trafilatura.

    Parameters
    ----------
    html : str or bytes
        The page (bytes are decoded by trafilatura, which reads the page's charset).

    Returns
    -------
    HtmlExtract
        ``text`` is "" when the page has no extractable text (the caller
        reports it; see :func:`read_html_file`). ``left_out`` lists the
        rendered blocks of the whole page (hidden ones too) not in ``text``.
    """
    import trafilatura

    if isinstance(html, bytes):
        html = trafilatura.utils.decode_file(html)
    if not html.strip():
        return HtmlExtract()
    shown = drop_hidden(html)
    doc = trafilatura.bare_extraction(shown, with_metadata=True, include_comments=False, include_tables=True,
                                      deduplicate=False)
    if doc is None:
        return HtmlExtract(left_out=[ln for ln in render_plain(html).split("\n\n") if ln])
    paras = [p.strip() for p in (doc.text or "").splitlines() if p.strip()]
    text = "\n\n".join(paras)
    plain = render_plain(shown)
    text = _unglue_short(text, plain)
    if degenerate(text, plain):
        from .clean import clean_article

        kept = [ln.text for ln in clean_article(plain, find_body=True).lines
                if ln.label != "furniture" and ln.text.strip()]
        text = "\n\n".join(kept) or text
    kept = _norm(text)
    left = [ln for ln in render_plain(html).split("\n\n") if ln and _norm(ln) not in kept]

    def s(v) -> str:
        return "" if v is None else str(v).strip()

    date, basis = page_date(shown, s(doc.date))
    host = s(getattr(doc, "hostname", None))
    title, site = page_names(s(doc.title), title_site(shown, s(doc.sitename), host), host)
    return HtmlExtract(text=text, title=title, date=date, author=s(doc.author),
                       site_name=site, left_out=left, date_basis=basis, kind=page_kind(shown))


def read_html_file(path: Path) -> HtmlExtract:
    """Read and extract one ``.html``/``.htm`` file (``.gz`` is decompressed).

    Parameters
    ----------
    path : Path
        The file.

    Returns
    -------
    HtmlExtract

    Raises
    ------
    HtmlError
        When the file is empty, not gzip despite its name, or the page has no
        extractable text; the message names the file and says what to do.
    """
    data = path.read_bytes()
    if path.name.lower().endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise HtmlError(f"{path}: not a readable gzip file ({exc}). Re-save it, or remove it.") from exc
    if not data.strip():
        raise HtmlError(f"{path}: empty file. Remove it, or load with on_bad='skip' to leave it out.")
    ext = extract_html(data)
    if not ext.text.strip():
        raise HtmlError(
            f"{path}: an HTML page with no extractable article text (a script-only page, a login wall or an "
            "empty template). Save the article page itself, or load with on_bad='skip' to leave it out."
        )
    return ext


DATE_TOLERANCE_DAYS = 1
"""Days a page's date may be from its metadata date without being reported (a time zone moves a date by one)."""


def _at_precision(ts: pd.Timestamp, precision: str) -> str:
    return ts.strftime({"day": "%Y-%m-%d", "month": "%Y-%m"}.get(precision, "%Y"))


def date_disagreements(df: pd.DataFrame, page: pd.DataFrame) -> pd.DataFrame:
    """Saved web pages whose metadata date is not the date the page gives (dogfood 12bi-d: the metadata's silently won).

    The metadata date is the one used (:func:`fill_page_metadata`); this lists where the page says otherwise, so that
    the reader can check. The metadata's numeric dates are read in the order of day and month the column shows
    (:func:`helpers.corpus.dates.infer_day_first`), as the corpus reads them. Dates are compared at the coarser of
    their two precisions (a metadata month agrees with any day of it); a difference of :data:`DATE_TOLERANCE_DAYS`
    day or less is not one (a time zone).

    Parameters
    ----------
    df : DataFrame
        The corpus rows before :func:`fill_page_metadata`: ``date`` (the metadata's), ``file`` or ``doc_id``.
    page : DataFrame
        Same index; ``date``, the page's own date ("" when it gives none).

    Returns
    -------
    DataFrame
        ``file`` (the file, else the doc_id), ``metadata_date`` and ``page_date`` (each at its precision); one row per
        disagreement, in corpus order.
    """
    from .dates import infer_day_first, parse_date  # dates imports sources (CorpusWarning), which imports this module

    cols = ["file", "metadata_date", "page_date"]
    if "date" not in df.columns or "date" not in page.columns:
        return pd.DataFrame(columns=cols)
    names = df["file"] if "file" in df.columns else df.get("doc_id", pd.Series(df.index.astype(str), index=df.index))
    rank = {"day": 0, "month": 1, "year": 2}
    rows = []
    given_dates = df["date"].fillna("").astype(str)
    # the metadata's order of day and month, as the corpus reads the column ("05/03/2025" is 5 March when
    # "25/03/2025" is in it; review 12bi-v: it was read 3 May and reported)
    day_first = df["date"].attrs.get("dates", {}).get("day_first")
    if day_first is None:
        day_first = infer_day_first(given_dates)[0]
    for name, given, own in zip(names, given_dates, page["date"].fillna("").astype(str)):
        if not given.strip() or not own.strip():
            continue
        (g, gp), (o, op) = parse_date(given, day_first=day_first), parse_date(own)
        if gp not in rank or op not in rank:
            continue
        coarse = max(gp, op, key=rank.get)
        if coarse == "day":
            differ = abs((g - o).days) > DATE_TOLERANCE_DAYS
        else:
            differ = _at_precision(g, coarse) != _at_precision(o, coarse)
        if differ:
            rows.append([str(name), _at_precision(g, gp), _at_precision(o, op)])
    return pd.DataFrame(rows, columns=cols)


def fill_page_metadata(df: pd.DataFrame, page: pd.DataFrame) -> pd.DataFrame:
    """Fill empty title, date, outlet and author from the page; record each value's source.

    Parameters
    ----------
    df : DataFrame
        The corpus rows (may lack any of the columns).
    page : DataFrame
        Same index; columns ``title``, ``date``, ``site_name``, ``author`` from
        :class:`HtmlExtract` ("" when the page does not give one).

    Returns
    -------
    DataFrame
        ``df`` with the four columns filled where they were empty and, for
        each, a ``<column>_source`` column: ``"metadata"`` when the metadata
        gave the value (it always wins), ``"html page"`` when the page did,
        ``""`` when neither did. A page date fills an empty ``date_basis`` too: the page's own
        basis when the date is a guess (``date_basis`` in ``page``, from :class:`HtmlExtract`), else
        :data:`PAGE_DATE_BASIS`; when ``page`` has ``date_basis``, ``df`` always gets that column
        ("" where the date is not the page's).
    """
    df = df.copy()
    for col, attr in PAGE_FIELDS.items():
        given = df[col].astype(str).str.strip() if col in df.columns else pd.Series("", index=df.index)
        from_page = page[attr].astype(str).str.strip() if attr in page.columns else pd.Series("", index=df.index)
        has_meta = given != ""
        df[col] = given.where(has_meta, from_page)
        df[f"{col}_source"] = pd.Series("", index=df.index).where(~has_meta, "metadata")
        df.loc[~has_meta & (from_page != ""), f"{col}_source"] = "html page"
    if "date_basis" in page.columns:
        # always the column, "" where no date is a guess: a Dask partition without such a page must give the same
        # column as one with it (NaN after the partitions are joined otherwise)
        basis = page["date_basis"].fillna("").astype(str).str.strip()
        basis = basis.where(basis != "", PAGE_DATE_BASIS).where(df["date_source"] == "html page", "")
        given = df["date_basis"].fillna("").astype(str) if "date_basis" in df.columns else pd.Series("", index=df.index)
        df["date_basis"] = given.where((given.str.strip() != "") | (basis == ""), basis)
    return df
