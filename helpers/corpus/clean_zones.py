"""Header-zone and body-resumption helpers of the cleaner.

Split out of :mod:`helpers.corpus.clean`, which finds the body block and calls these on its lines
(:class:`helpers.corpus.clean_lines.Line`):

* **Header zone**: :func:`header_start` walks up from the first body paragraph over datelines, bylines and the
  headline; :func:`on_story_title` tells a headline on the story from a button or widget title.
* **Teaser cards**: :func:`card_kind` gives each line its kind in a run of story cards (date or label, title,
  teaser paragraph, other) for :func:`helpers.corpus.body_block.teaser_tail`.
* **Author notes**: :func:`is_author_note` and :func:`author_note_ends_article`.
* **Body resumption** after an end-of-article marker: :func:`resumes_body` (two full paragraphs of the same
  story follow) on :func:`full_paragraph`.

Every rule is a general pattern, none keyed to a site.
"""
from __future__ import annotations

import re

from ..text.normalize import fold
from .body_block import TEASER_MAX_WORDS, content_words, same_story
from .clean_lines import Line
from .clean_rules import (
    AUTHOR_BIO,
    AUTHOR_BIO_MAX_WORDS,
    DATE_LINE,
    PROSE_END,
    PUBLISHED_STUB,
    RELATIVE_TIME,
    furniture_anywhere,
    header_furniture,
    is_prose,
    is_title_like,
)

__all__ = ["RESUME_MIN_WORDS", "RUNON_MIN_SENTENCES", "RESUME_STORY_SHARE", "RESUME_STORY_MIN_SHARED", "RESUME_STORY_MIN_WORDS", "NAMED_SKIP", "BUTTON_MAX_WORDS",
           "HEADER_WINDOW", "DEK_MIN_WORDS", "full_paragraph", "resumes_body", "is_author_note",
           "author_note_ends_article", "header_start", "on_story_title", "card_kind", "short_article",
           "SHORT_ARTICLE_MIN_WORDS", "SHORT_ARTICLE_OTHER_WORDS", "SHORT_ARTICLE_HEAD_WINDOW", "after_title_box",
           "TITLE_BOX_MIN", "TITLE_BOX_MAX_LINES", "top_stamp_lines", "TOP_WINDOW", "TOP_PARAGRAPHS",
           "author_box_lines", "AUTHOR_BOX_WINDOW", "sidebar_cue"]

RESUME_MIN_WORDS = 15
"""A related-stories block is taken to end inside the article when two
consecutive lines of at least this many words end like sentences (teasers
are short or cut off mid-sentence); the article body then resumes."""


RESUME_STORY_SHARE = 0.1
"""After an end-of-article marker, one of the two full paragraphs that resume the body must share at least this
share of its longer words with the body above (a new turn of the story shares a few; a comment policy none)."""
RESUME_STORY_MIN_SHARED = 2
"""...and the two paragraphs together must share at least this many of the body's longer words: one shared word
("since", "would") is chance, not the story (a comment policy after "House rules" shares one with a short story)."""
RESUME_STORY_MIN_WORDS = 30
"""Below this many content words above a related-stories block the body is too short to test whether the
paragraphs after the block are the same story: two full paragraphs then resume the body on their own."""


def full_paragraph(ln: Line) -> bool:
    """Whether ``ln`` is a full article paragraph, as a teaser or a widget line is not.

    Parameters
    ----------
    ln : Line
        One line of the article.

    Returns
    -------
    bool
        True when the line has at least :data:`RESUME_MIN_WORDS` words, ends like a sentence (not with ``..``,
        the mark of a cut-off teaser) and no line rule of :func:`helpers.corpus.clean_rules.furniture_anywhere`
        names it.
    """
    tail = fold(ln.text[-8:]).rstrip()
    return (ln.n_words >= RESUME_MIN_WORDS and bool(PROSE_END.search(tail))
            and not tail.endswith("..") and furniture_anywhere(ln, None) is None)


RUNON_MIN_SENTENCES = 5
"""A line that holds at least this many sentence ends inside it is a run of the story's paragraphs flattened into one
line, even when it ends with a label rather than a sentence end (:func:`resumes_body`)."""

_INNER_END = re.compile(r"""[.!?]["'\u201d\u2019)\]]*\s+["'\u201c\u2018(]?[A-Z]""")
"""A sentence end inside a line: a full stop, question or exclamation mark (closing marks after it), a space, and a
capital (an opening mark before it)."""


def _run_on(ln: Line) -> bool:
    """Paragraphs flattened into one line: longer than a teaser, :data:`RUNON_MIN_SENTENCES` sentence ends inside,
    and no line rule names it (review s76: a CNN story after its "Read More" expander, 860 words ending "CNN Map")."""
    return (ln.n_words > TEASER_MAX_WORDS and len(_INNER_END.findall(ln.text)) >= RUNON_MIN_SENTENCES
            and furniture_anywhere(ln, None) is None)


NAMED_SKIP = 2
"""At most this many lines that a line rule names (an "Advertisement" slot, a caption, share buttons) are passed
over when looking for the next paragraph after an end-of-article marker."""


def _past_named(lines: list[Line], k: int) -> int:
    """The first line from ``k`` on that no line rule names, past at most :data:`NAMED_SKIP` named lines."""
    for j in range(k, min(k + NAMED_SKIP, len(lines))):
        if furniture_anywhere(lines[j], None) is None:
            return j
    return min(k + NAMED_SKIP, len(lines))


def resumes_body(lines: list[Line], i: int, body_words=None) -> bool:
    """Two full paragraphs in a row (or with one short line between, both longer than any teaser), or one
    paragraph longer than any teaser that is the same story as the body, or (with ``body_words``) paragraphs run into
    one line with no sentence end of its own that is the same story (:data:`RUNON_MIN_SENTENCES`). Lines that a line rule names (an ad
    slot, a caption) between the paragraphs are passed over (:data:`NAMED_SKIP`).

    With ``body_words`` (``body_words(i)`` gives the body's words above line ``i``), one of the two paragraphs
    must also share :data:`RESUME_STORY_SHARE` of its words with the body, when the body
    above has at least :data:`RESUME_STORY_MIN_WORDS` content words: a comment policy or an about-us text
    after an end-of-article marker is full sentences too, but not the story.

    Parameters
    ----------
    lines : list of Line
        The article's lines.
    i : int
        Index of the line after the end-of-article marker where the body may resume.
    body_words : callable, optional
        ``body_words(i)`` gives the set of content words of the body above line ``i``; without it the
        paragraphs are not checked against the story.

    Returns
    -------
    bool
        True when the body resumes at line ``i``.
    """
    if not full_paragraph(lines[i]):
        # paragraphs run into one line that ends with a label: the story when it shares the body's words (both
        # vocabularies grow with length, so the share is of the smaller one)
        return (body_words is not None and _run_on(lines[i])
                and same_story(body_words(i), [lines[i].text], symmetric=True))

    def on_story(*ks: int) -> bool:
        if body_words is None:
            return True
        words = body_words(i)
        return len(words) < RESUME_STORY_MIN_WORDS or any(
            same_story(words, [lines[k].text], share=RESUME_STORY_SHARE) for k in ks) and len(
            set().union(*(content_words(lines[k].text) for k in ks)) & words) >= RESUME_STORY_MIN_SHARED

    nxt = _past_named(lines, i + 1)  # an ad slot or a caption between two paragraphs does not part them
    if nxt < len(lines) and full_paragraph(lines[nxt]):
        return on_story(i, nxt)
    if lines[i].n_words <= TEASER_MAX_WORDS:
        return False
    after = _past_named(lines, nxt + 1)
    if after < len(lines) and full_paragraph(lines[after]) and lines[after].n_words > TEASER_MAX_WORDS:
        return on_story(i, after)  # two long paragraphs with a subheading between: teasers are never this long
    return body_words is not None and same_story(body_words(i), [lines[i].text])


BUTTON_MAX_WORDS = 6
"""A title-like line in the header zone of at most this many words that shares no word with the story is a
button or widget title ("Copy Link", "Get author RSS feed"); a longer one is kept (a dek, a table row)."""
HEADER_WINDOW = 8
"""Lines looked at above the first body paragraph for the headline, dates and bylines."""
DEK_MIN_WORDS = 12
"""A title-like line of at least this many words under a shorter title-like line is a standfirst (dek)."""

_DATEISH = re.compile(r"\d{4}|\d{1,2}:\d{2}|\bago\b", re.I)


def is_author_note(ln: Line) -> bool:
    """An author note: "Jane Doe is a senior writer for ...", "John Roe writes about ..." (up to 80 words).

    Parameters
    ----------
    ln : Line
        The line to test (usually near the end of the article).

    Returns
    -------
    bool
        True when the line is at most :data:`helpers.corpus.clean_rules.AUTHOR_BIO_MAX_WORDS` words, is no
        question and matches :data:`helpers.corpus.clean_rules.AUTHOR_BIO`.
    """
    head = ln.text[:90]
    if ln.n_words > AUTHOR_BIO_MAX_WORDS or not (" is " in head or " was " in head or " writes " in head
                                                 or " covers " in head or " reports " in head):
        return False
    return ln.text.rstrip()[-1:] != "?" and AUTHOR_BIO.match(ln.text) is not None


def author_note_ends_article(lines: list[Line], i: int) -> bool:
    """The page's last author note ends the article when no full paragraph follows it (what comes after is
    then the site's: see the soft trailer). Earlier notes are left alone: a roundup of several authors'
    pieces has one note after each piece.

    Parameters
    ----------
    lines : list of Line
        The article's lines.
    i : int
        Index of the line to test.

    Returns
    -------
    bool
        True when line ``i`` is an author note (:func:`is_author_note`) and no full paragraph
        (:func:`full_paragraph`) follows it.
    """
    return is_author_note(lines[i]) and (i + 1 >= len(lines) or not full_paragraph(lines[i + 1]))


def header_start(lines: list[Line], hits: list, first_prose: int, lead_words=None) -> int:
    """First line of the header zone: walk up from the body over datelines, bylines and the headline.

    With ``lead_words`` (a callable giving :func:`helpers.corpus.body_block.content_words` of the body's first
    lines, called only when a title-like line is met), a
    title-like line that shares none of them ("Copy Link", "Get author RSS feed") is passed over while
    no headline has been found: a headline names what its story is about.

    Lines that a rule names (share buttons, datelines, bylines) are passed over
    without counting; at most :data:`HEADER_WINDOW` other lines are looked at.
    The walk stops above the first title-like line of 3+ words (the headline)
    at the next line that is neither furniture nor a shorter or longer form of it; when that first line has
    :data:`DEK_MIN_WORDS` or more words and a shorter title-like line stands above it, the first line is a
    standfirst without a full stop and the line above is the headline.
    Without a headline, the zone is only the furniture right above the body.

    Parameters
    ----------
    lines : list of Line
        The article's lines.
    hits : list
        The line rules' verdict per line (:func:`helpers.corpus.clean_rules.furniture_anywhere`; None when no
        rule named the line), as long as ``lines``.
    first_prose : int
        Index of the first body paragraph.
    lead_words : callable, optional
        Called with no argument, gives the set of content words of the body's first lines.

    Returns
    -------
    int
        Index of the first line of the header zone (``first_prose`` when there is none).
    """
    cand = None
    dek = False
    j, seen = first_prose - 1, 0
    furn_top = first_prose  # top of the run of furniture lines right above the body
    window = HEADER_WINDOW * (2 if lead_words is not None else 1)
    while j >= 0 and seen < window:
        ln = lines[j]
        if hits[j] is None and header_furniture(ln) is None:
            seen += 1
            if ln.n_words <= 30 and (cand is not None or ln.n_words >= 3) and is_title_like(ln.text, max_words=30):
                if cand is None and lead_words is not None and not content_words(ln.text) & lead_words():
                    j -= 1
                    continue  # a title-like line off the story (a button, a widget title) is not the headline
                if cand is not None:
                    a, b = cand.folded.lower(), ln.folded.lower()
                    if a not in b and b not in a:
                        if dek or cand.n_words < DEK_MIN_WORDS or not 3 <= ln.n_words < cand.n_words:
                            break
                        dek = True  # the line found first is a standfirst (dek): the shorter line above is the headline
                cand = ln
            elif cand is not None:
                break
        elif seen == 0:
            furn_top = j
        j -= 1
    return j + 1 if cand is not None else furn_top


def on_story_title(ln: Line, lead: set) -> bool:
    """A title-like line of 3+ words that shares a content word with the body's first lines.

    Parameters
    ----------
    ln : Line
        One line of the article.
    lead : set of str
        Content words of the body's first lines (:func:`helpers.corpus.body_block.content_words`).

    Returns
    -------
    bool
        True when the line has 3 to 30 words, is title-like and shares a word with ``lead``.
    """
    return 3 <= ln.n_words <= 30 and is_title_like(ln.text, max_words=30) and bool(content_words(ln.text) & lead)


def card_kind(ln: Line, hit, repeated: frozenset = frozenset()) -> str:
    """The kind of one line in a run of teaser cards, for :func:`helpers.corpus.body_block.teaser_tail`.

    Parameters
    ----------
    ln : Line
        One line of the article.
    hit : tuple of (str, str) or None
        What the line rules said of it (``(rule, reason)`` from
        :func:`helpers.corpus.clean_rules.furniture_anywhere`), or None.
    repeated : frozenset of str
        Short lines found more than once on the page (:func:`helpers.corpus.clean_edges.repeated_lines`): a
        card's title or label.

    Returns
    -------
    str
        ``"D"`` (a date, time or section label: a card's metadata), ``"T"`` (a card's title: short and
        title-like, or repeated on the page), ``"P"`` (a teaser paragraph of up to
        :data:`helpers.corpus.body_block.TEASER_MAX_WORDS` words) or ``"O"`` (anything else).
    """
    if hit is not None:
        return "D" if hit[0] == "dateline" else "O"
    if ln.n_words <= 3 and (ln.text in repeated or (header_furniture(ln) or ("",))[0] == "section_label"):
        return "D"  # a section label (kicker) over a card's title is its metadata, as a date is
    if ln.text in repeated and ln.n_words <= 15:
        return "T"  # a line repeated on the page is a card's title, whatever its case
    if ln.n_words <= 14 and _DATEISH.search(ln.text) and (DATE_LINE.match(ln.folded) or RELATIVE_TIME.match(ln.folded)):
        return "D"
    if ln.n_words <= 15 and is_title_like(ln.text, max_words=15):
        return "T"
    if ln.n_words <= TEASER_MAX_WORDS and (is_prose(ln) or ln.n_words >= 8):  # a teaser may lack its full stop
        return "P"
    return "O"


SHORT_ARTICLE_MIN_WORDS = 15
"""A page whose prose is one sentence of at least this many words under its headline is a short article (issue 11m)."""
SHORT_ARTICLE_OTHER_WORDS = 10
"""...when no other line of the page that no rule names is a sentence of this many words (a list's teasers are)."""
SHORT_ARTICLE_HEAD_WINDOW = 15
"""Lines looked at above the sentence for its headline (datelines, bylines and share buttons stand between)."""


def short_article(lines: list[Line], hits: list, values: list[float], run: tuple[int, int]) -> bool:
    """Whether a page with too little prose for an article is one short article (a brief, a paywalled page).

    A page whose densest run of prose is short is taken for a list of links or a login wall
    (``not_article``). A paywalled article or a news brief shows one sentence only, under its headline, with the
    same menus around it. Structure tells the two apart: a list repeats its cards, so it has several teaser
    sentences, each under its title; a short article has one sentence of at least
    :data:`SHORT_ARTICLE_MIN_WORDS` words, no other sentence of :data:`SHORT_ARTICLE_OTHER_WORDS` or more words
    anywhere on the page (ending with a full stop: a title may end with a question mark; lines a rule names do
    not count), and a title-like line at most
    :data:`SHORT_ARTICLE_HEAD_WINDOW` lines above the sentence that shares two of its longer words (the headline).

    Parameters
    ----------
    lines : list of Line
        The page's lines.
    hits : list
        What the line rules said of each line (``None`` when no rule names it).
    values : list of float
        Each line's prose value (:func:`helpers.corpus.body_block.line_value`).
    run : (int, int)
        The densest run of prose (end exclusive).

    Returns
    -------
    bool
        True when the page reads as one short article.
    """
    sentences = [k for k, (ln, hit) in enumerate(zip(lines, hits)) if hit is None and (
        values[k] >= SHORT_ARTICLE_MIN_WORDS or values[k] >= SHORT_ARTICLE_OTHER_WORDS and _ends_with_stop(ln))]
    if len(sentences) != 1 or not run[0] <= sentences[0] < run[1]:
        return False
    k = sentences[0]
    if lines[k].n_words < SHORT_ARTICLE_MIN_WORDS or not is_prose(lines[k]):
        return False
    words = content_words(lines[k].text)
    return any(hits[j] is None and is_title_like(lines[j].text) and len(content_words(lines[j].text) & words) >= 2
               for j in range(max(0, k - SHORT_ARTICLE_HEAD_WINDOW), k))


def _ends_with_stop(ln: Line) -> bool:
    """Whether a line ends with a full stop (closing quotes and brackets aside), as a teaser does and a title not."""
    return ln.text.rstrip().rstrip("\"')]\u201d\u2019").endswith(".")


TITLE_BOX_MIN = 2
"""Titles in a row after an end-of-article marker, none with a teaser, that make a box of links (issue 11m)."""
TITLE_BOX_MAX_LINES = 8
"""The paragraph after such a box is at most this many lines after the marker."""


def after_title_box(lines: list[Line], hits: list, at: int, i: int, body_words: set[str]) -> bool:
    """Whether line ``i`` is the story going on after a box of bare titles opened by the marker at line ``at``.

    A "Related stories" box inside an article lists titles; a list of other stories after it gives each title its
    teaser. When at least :data:`TITLE_BOX_MIN` title-like lines stand between the marker and line ``i``, with
    no sentence among them (the cards carry no teaser, so a paragraph after the last title is not one), and line
    ``i`` is a full paragraph of the story (:data:`RESUME_STORY_SHARE` of its longer words and
    :data:`RESUME_STORY_MIN_SHARED` of them in the body above), the box has closed and the story goes on (two full
    paragraphs in a row are not needed: the paragraph may be the article's last, or the next ones short). Two checks
    keep a list of cards, some with a teaser, cut: no line of the box comes twice (a label over every card, a
    title shown twice), and the next sentence of :data:`SHORT_ARTICLE_OTHER_WORDS` or more words within
    :data:`TITLE_BOX_MAX_LINES` lines, if any, is on the story too (another card's teaser is not).

    Parameters
    ----------
    lines : list of Line
        The article's lines.
    hits : list
        What the line rules said of each line (``None`` when no rule names it).
    at : int
        Index of the end-of-article marker.
    i : int
        Index of the candidate paragraph.
    body_words : set of str
        Content words of the body above the marker.

    Returns
    -------
    bool
        True when the body resumes at line ``i``.
    """
    between = [k for k in range(at + 1, i) if hits[k] is None]
    if len(between) < TITLE_BOX_MIN or i - at > TITLE_BOX_MAX_LINES or not full_paragraph(lines[i]):
        return False
    if not all(lines[k].n_words <= 20 and is_title_like(lines[k].text) for k in between):
        return False
    if len({lines[k].text for k in between}) < len(between):
        return False  # a label or title shown twice: the cards of a list, not a box of links

    def on_story(k: int) -> bool:
        return same_story(body_words, [lines[k].text], share=RESUME_STORY_SHARE) \
            and len(content_words(lines[k].text) & body_words) >= RESUME_STORY_MIN_SHARED

    nxt = next((k for k in range(i + 1, min(i + 1 + TITLE_BOX_MAX_LINES, len(lines)))
                if hits[k] is None and lines[k].n_words >= SHORT_ARTICLE_OTHER_WORDS and is_prose(lines[k])), None)
    return on_story(i) and (nxt is None or on_story(nxt))  # a sentence off the story next: a teaser list goes on


TOP_WINDOW = 10
"""Lines from the body's first paragraph on that are searched for bylines and date stamps (issue 11o)."""
TOP_PARAGRAPHS = 2
"""...up to this many full paragraphs of the story: a byline or a date stands before the story is under way."""
_STAMP_RULES = ("byline", "dateline", "reading_time", "published_stub")
_NAME_WORD = re.compile(r"^[A-Z][\w.'\u2019-]*$")


def top_stamp_lines(lines: list[Line], hits: list, first_prose: int, end: int) -> list[tuple[int, str, str]]:
    """Bylines, date stamps and reading times just under the body's first paragraph (issue 11o).

    On many pages the standfirst (a sentence, so the first "prose" line) stands between the headline and the
    byline, so the byline ("by Jane Roe", "Written by Jane Roe, PhD on April 29, 2018"), the date ("November 5,
    2023") and the reading time fall inside the body. A line that
    :func:`helpers.corpus.clean_rules.header_furniture` names a byline, date, reading time or "Published"/"by"
    stub, among the :data:`TOP_WINDOW` lines from the first paragraph on and before the
    :data:`TOP_PARAGRAPHS`-th full paragraph of the story, is furniture, and so is a bare name of two to four
    capitalised words right after a bare "by". A date line is taken only next to a byline or right under the
    first prose line when that has at most 25 words (a headline or standfirst): a date between two paragraphs is the story's (a transcript's or a
    timeline's heading). A byline that ends like a sentence is not one ("By Monday, the council had voted."), nor
    a line in brackets or after a dash (a citation, a signature); section labels are not taken here (a short
    capitalised subheading is the story's).

    Parameters
    ----------
    lines : list of Line
        The page's lines.
    hits : list
        The line rules' verdict on each line, ``(rule, reason)`` or ``None``.
    first_prose : int
        The body's first paragraph.
    end : int
        One past the last line to look at (the body block's end).

    Returns
    -------
    list of (int, str, str)
        Index, rule and reason of each such line, in order.
    """
    found: dict[int, tuple[str, str]] = {}
    paragraphs = 0
    for k in range(first_prose + 1, min(end, first_prose + TOP_WINDOW)):
        ln = lines[k]
        if hits[k] is None and ln.label != "furniture":
            hit = _top_stamp(ln, lines[k - 1])
            if hit is not None:
                found[k] = hit
                continue
        if hits[k] is None and ln.n_words >= RESUME_MIN_WORDS and PROSE_END.search(ln.text[-8:].rstrip()):
            paragraphs += 1  # a full paragraph (its line rules were run already: hits[k])
            if paragraphs >= TOP_PARAGRAPHS:
                break
    return [(k, *hit) for k, hit in sorted(found.items())
            if hit[0] != "dateline" or _dated_by(lines, hits, found, k, first_prose)]


_STANDFIRST_MAX_WORDS = 25


def _is_byline(lines: list[Line], hits: list, found: dict, k: int) -> bool:
    if k in found:
        return found[k][0] == "byline"
    h = hits[k] or header_furniture(lines[k])
    return h is not None and h[0] in ("byline", "published_stub") and lines[k].folded.strip(" :").lower() != "on"


def _dated_by(lines: list[Line], hits: list, found: dict, k: int, first_prose: int) -> bool:
    """A date line under the first paragraph is a stamp next to a byline, or right under the first prose line when
    that is short (a headline or standfirst taken for prose); a date between two paragraphs is a heading of the
    story (a transcript's, a timeline's)."""
    if any(0 <= j < len(lines) and _is_byline(lines, hits, found, j) for j in (k - 1, k + 1)):
        return True
    return k - 1 == first_prose and lines[k - 1].n_words <= _STANDFIRST_MAX_WORDS


def _top_stamp(ln: Line, prev: Line) -> tuple[str, str] | None:
    """The byline or stamp rule that names a line under the body's first paragraph, or ``None``."""
    if ln.text.lstrip()[:1] in "[({-\u2013\u2014":
        return None  # a citation ("[Agency, 11/8/12]") or a signature ("-Jane Roe, March 7, 2018") of the story
    hit = header_furniture(ln)
    if hit is not None and hit[0] in _STAMP_RULES and not (hit[0] == "byline" and PROSE_END.search(ln.text)) \
            and ln.folded.strip(" :").lower() != "on":  # a bare "On" is a setting's value or a switch, not a stub
        return hit[0], hit[1].replace("above the article", "at the top of the article") + " (under the standfirst)"
    words = ln.text.split()
    if 2 <= len(words) <= 4 and PUBLISHED_STUB.match(prev.folded) and prev.folded.strip(" :").lower() == "by" \
            and all(_NAME_WORD.match(w) for w in words):
        return "byline", "the author's name after a bare \"by\" at the top of the article"
    return None


AUTHOR_BOX_WINDOW = 24
"""Lines from the body's first paragraph on that are searched for author and reviewer boxes (issue 11o)."""
_BOX_LABELS = frozenset(("by", "full bio", "bio", "author", "about the author", "view profile", "written by",
                         "reviewed by", "medically reviewed by", "verified by", "fact checked by", "fact-checked by",
                         "edited by"))
_BIO_VERBS = frozenset(("is", "was", "has", "covers", "writes", "joined", "leads", "serves", "holds", "works"))
_NAME_LEAD = re.compile(r"^(?i:(?:written|reported|reviewed|medically\s+reviewed|fact[- ]?checked|verified|edited)"
                        r"\s+)?(?i:by):?\s+")
_BOX_NAME_LOOKBACK = 6


def _box_name(ln: Line) -> list[str] | None:
    """The words of a bare name line ("Jane Roe", "Verified by Jane Roe"): 2 to 4 capitalised words, else None."""
    words = _NAME_LEAD.sub("", ln.text.strip()).split()
    if 2 <= len(words) <= 4 and all(_NAME_WORD.match(w) for w in words):
        return words
    return None


def _box_label(ln: Line, hit) -> bool:
    """A byline, a bare "By" or an author box's label ("Full Bio", "Fact checked by")."""
    if ln.folded.strip(" :").lower() in _BOX_LABELS:
        return True
    h = hit or header_furniture(ln)
    return h is not None and h[0] in ("byline", "published_stub")


def _bio_of(ln: Line, lines: list[Line], hits: list, k: int) -> int | None:
    """The name line of the author box whose bio line ``k`` is ("Jane Roe" ... "Jane Roe is a senior editor ..."),
    with a byline or box label between; None when line ``k`` is no such bio."""
    words = ln.text.split()
    if ln.n_words > AUTHOR_BIO_MAX_WORDS or len(words) < 3:
        return None
    for j in range(k - 1, max(-1, k - _BOX_NAME_LOOKBACK - 1), -1):
        name = _box_name(lines[j])
        if name is None or words[0] != name[0]:
            continue
        rest = words[len(name):] if words[:len(name)] == name else words[1:]
        if rest and rest[0].lower() in _BIO_VERBS \
                and any(_box_label(lines[m], hits[m]) for m in range(max(0, j - 1), k)):
            return j
    return None


def author_box_lines(lines: list[Line], hits: list, first_prose: int, end: int) -> list[int]:
    """Lines of author and reviewer boxes above the story (issue 11o).

    Reviewed and "expert" pages open with a box for each author and reviewer: a byline or label ("By", "Verified
    by", "Fact checked by", "Full Bio"), the name alone on a line, and a bio that starts with the name ("Jane Roe is
    a personal finance writer ...", "Jane is ..."). The bio is a full sentence, so the body block starts there.
    From the body's first paragraph on (at most :data:`AUTHOR_BOX_WINDOW` lines), every such bio that comes before
    the story's first paragraph, with its name line within 6 lines above it and a byline or label between, is
    furniture, and so is every line between the first box's name line and the story's first paragraph that does
    not end like a sentence ("Learn about our editorial policies"). A paragraph of the story (any sentence that is
    no bio) ends the search: a profile of a person further down, or a story that opens with "Jane Roe is a nurse"
    under a caption that names her, with no byline between, is left alone.

    Parameters
    ----------
    lines : list of Line
        The page's lines.
    hits : list
        The line rules' verdict on each line, ``(rule, reason)`` or ``None``.
    first_prose : int
        The body's first paragraph.
    end : int
        One past the last line to look at (the body block's end).

    Returns
    -------
    list of int
        Indexes of the boxes' lines, in order (empty when the page has no such box).
    """
    start = story = None
    for k in range(first_prose, min(end, first_prose + AUTHOR_BOX_WINDOW)):
        ln = lines[k]
        if hits[k] is not None or not (PROSE_END.search(ln.text.rstrip()) and ln.n_words >= 8):
            continue
        j = _bio_of(ln, lines, hits, k)
        if j is None:
            story = k
            break
        start = j if start is None else start
    if start is None or story is None:
        return []
    return [k for k in range(start, story) if hits[k] is None and lines[k].label != "furniture"
            and (k >= first_prose or lines[k].label != "headline")
            and (not PROSE_END.search(lines[k].text.rstrip()) or _bio_of(lines[k], lines, hits, k) is not None)]


_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I\u2019m|I've|I\u2019ve|my|we|we're|we\u2019re|our|us)\b")
_ACCOUNT = re.compile(r"\byour\b.*\b(?:log\s?in|password|e-?mail|account|subscri\w*|donat\w*|support|"
                      r"contribution|membership)|\b(?:log\s?in|password|subscri\w*|donat\w*|contribution)\b.*\byour\b",
                      re.I)


def sidebar_cue(text: str) -> bool:
    """Whether a paragraph speaks in the voice of a sidebar: an author's bio ("Jane Roe is a professor of ..."),
    a social handle ("@janeroe"), the first person ("I maintain ...", "our readers") or a note about the reader's
    account or support ("your password", "your contribution") (issue 11o).

    Parameters
    ----------
    text : str
        The paragraph.

    Returns
    -------
    bool
        True when one of these cues is in it; an instruction in the second person ("This option lets you zoom")
        has none.
    """
    return "@" in text or AUTHOR_BIO.match(text) is not None or _FIRST_PERSON.search(text) is not None \
        or _ACCOUNT.search(text) is not None
