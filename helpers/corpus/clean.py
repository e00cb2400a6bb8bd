"""Separate an article's body from the site furniture around it.

Scraped news pages carry more than the article: section labels, "Published
on" stubs, reading times, photo captions, "Read More:" promos, comment forms,
subscription prompts, "Previous/Next Story" links and lists of other stories
with their teasers. :func:`clean_article` classifies every line of the raw
text and keeps the body, the headline, the standfirst and the subheadings,
and records what it removed, where, by which rule and why.

The rules are general patterns that recur across news sites, not rules keyed
to particular files:

* **Header zone** (lines before the first body paragraph): section labels
  (a short line in capitals or a known section word), date lines, reading
  times, "Published"/"on"/"Updated" stubs and bylines are furniture; the first
  title-like line is the headline (a shorter title-like line that the headline
  contains is a duplicate title); a line after the headline that ends with a
  credit such as "...reports Asian Lite News" is the standfirst.
* **Anywhere**: promo lines ("Read More:", "ALSO READ:", "Related:", ...),
  photo captions and credits ("Photo:", "Image:", "Getty Images", "Image
  source, ..."), a line repeated right after itself (duplicated captions),
  navigation and widget lines ("Exit mobile version", "Back to top",
  "Advertisement", share buttons, "Listen to this article"), comment forms,
  subscription prompts, social-media prompts, and credit lines (wire
  "Reporting by ..." credits, copyright notices, "Published in <paper>,
  <date>" print notes, opinion disclaimers).
* **Trailer**: after the body has started, a block marker such as "Previous
  Story", "Latest from ...", "Don't Miss", "More From Author", "Related Posts",
  "MOST READ", "Discover more from ..." or "Leave a Reply" starts the
  end-of-page trailer; it and every line after it are furniture, unless two
  full paragraphs follow (then the block sat inside the article, and the
  body resumes: teasers are short or cut off, article paragraphs are not).
* **Subheadings**: a short title-like line inside the body (no sentence-final
  full stop, capitalised like a title or ending in a colon-free question
  written in title case) that is followed by body text.

* **Hard wrapping**: lines broken at a fixed width, and sentences broken at
  every link (a line per text node), are rejoined first
  (:mod:`helpers.corpus.wrapping`); a rejoined unit keeps its line breaks.
* **The body as a block** (:mod:`helpers.corpus.body_block`): the body is the densest
  run of prose; lines above the header zone (``before_body``), after the run
  (``after_body``) or between two runs of the same story (``between_blocks``)
  are furniture unless they are full paragraphs; a trailing run of teaser
  cards (``teaser_cards``) and an author note (``author_note``) are cut; after
  a credit line the rest is furniture unless it is the same story; a page
  without a run of prose is ``not_article``. A long gap of non-prose lines
  ends the block (:func:`helpers.corpus.body_block.gap_costs`); a short undated
  densest run gives way to a dated run above it; lines repeated on the page
  are a list's (``repeated_line`` outside the block, and a card run with
  several of them is cut even on the story's topic); the headline is a
  title-like line that shares a word with the body's first lines.
* **Site voice** (``site_voice``): a short line in which the site speaks to
  its readers about itself, next to furniture and off the story.
* **Body protected around the block**: a line that stops mid-sentence before
  a lower-case line is prose; a short lead-in ending with a colon or comma
  right above the body is kept; a sentence-case list item (or a short heading
  or colon lead-in before one) after kept body text that shares half its
  longer words with the body is kept; sentence-case summary lines above the
  headline that share half their words with the body's start are kept; the
  body resumes after a related-stories block when two long paragraphs follow.
* **Site notes** (``site_note``): at the end of the body, paragraphs that are
  not on the story and carry a newsletter, advertiser, cookie, comment-policy
  or contact cue are furniture.

Everything else is body, so an article with no furniture passes through
untouched. Rules err on the side of keeping text: a line is removed only when
a rule names it.

Modules: the line model (:class:`Line`, :class:`CleanResult`, :func:`split_lines`) is in
:mod:`helpers.corpus.clean_lines`; the header-zone, teaser-card, author-note and body-resumption helpers are in
:mod:`helpers.corpus.clean_zones`; the line rules in :mod:`helpers.corpus.clean_rules`; the rules at the edges of
the body block in :mod:`helpers.corpus.clean_edges`; the page's tail after the article (short lines between
furniture, teasers over "Read more" links, reader comments found by their signatures) in :mod:`helpers.corpus.clean_tail`. The names other modules use are re-exported here.
"""
from __future__ import annotations

import re

from .body_block import (
    GAP_FREE_LINES,
    PAGE_FOOTER,
    body_ranges,
    content_words,
    densest_run,
    gap_costs,
    line_value,
    ranges_before_footer,
    same_story,
    split_at_long_gaps,
    teaser_tail,
)
from .clean_cards import (
    GALLERY_MIN_CARDS,
    LABEL_LINKS_MIN,
    byline_cards_start,
    captions_above_credits,
    credit_gallery_lines,
    donation_box_lines,
    duplicate_lines,
    embedded_article_lines,
    gallery_runs,
    label_link_lines,
    newsletter_box_lines,
    people_list_lines,
    record_list_lines,
)
from .clean_edges import (
    KEEP_OUTSIDE_WORDS,
    LEAD_IN_MAX_WORDS,
    LIST_ITEM_SHARE,
    OUTSIDE_STORY_SHARE,
    REPEATED_CARD_LINES,
    SITE_NOTE_CUES,
    SITE_NOTE_MAX_LINES,
    SITE_NOTE_SHARE,
    SUMMARY_BODY_LINES,
    dated_run_above,
    figure_line,
    keep_lead_in,
    last_story_paragraph,
    list_item_of_story,
    mark,
    mark_author_note,
    mark_site_notes,
    mark_site_voice,
    recover_headline,
    repeated_lines,
    restore_long_paragraphs,
    story_item,
    story_list_lines,
    title_like_words,
)
from .clean_lines import CleanResult, Line, split_lines
from .clean_rules import (
    BARE_CREDIT_MAX_WORDS,
    HIGHLIGHTS_BOX,
    STANDFIRST_CREDIT,
    furniture_anywhere,
    header_furniture,
    is_marker,
    is_prose,
    is_title_like,
    opens_comment_thread,
)
from .clean_slideshow import SLIDESHOW_REASON, SLIDESHOW_RULE, slideshow_lines
from .clean_tail import comments_start, dated_title_lines, read_on_teaser, tail_lines
from .clean_video import PLAYER_RULE, PLAYER_TITLE_REASON, player_title_lines
from .clean_zones import (  # the constants are re-exported: tests and callers read them here
    BUTTON_MAX_WORDS,
    DEK_MIN_WORDS,
    HEADER_WINDOW,
    NAMED_SKIP,
    RESUME_MIN_WORDS,
    RESUME_STORY_MIN_SHARED,
    RESUME_STORY_MIN_WORDS,
    RESUME_STORY_SHARE,
    after_title_box,
    author_box_lines,
    author_note_ends_article,
    card_kind,
    full_paragraph,
    header_start,
    is_author_note,
    on_story_title,
    resumes_body,
    short_article,
    sidebar_cue,
    top_stamp_lines,
)
from .wrapping import breaks_mid_sentence

__all__ = ["clean_article", "CleanResult", "Line", "split_lines", "is_title_like", "HEADER_WINDOW",
           "NOT_ARTICLE_MIN_LINES", "NOT_ARTICLE_MIN_WORDS", "KEEP_OUTSIDE_WORDS", "OUTSIDE_STORY_SHARE",
           "RESUME_MIN_WORDS", "RESUME_STORY_MIN_WORDS", "NAMED_SKIP", "RESUME_STORY_SHARE", "DEK_MIN_WORDS", "BUTTON_MAX_WORDS", "LEAD_IN_MAX_WORDS", "LIST_ITEM_SHARE", "SITE_NOTE_CUES", "SITE_NOTE_MAX_LINES",
           "SITE_NOTE_SHARE", "SUMMARY_BODY_LINES"]

ABOVE_STORY_SHARE = 0.1
"""A full paragraph above the headline zone that speaks in the site's or author's voice
(:func:`helpers.corpus.clean_zones.sidebar_cue`) stays body only when at least this share of its longer words is in
the body block (issue 11o): a lead cut off from the block by a gallery shares many; an author's sidebar, a login or
donation note almost none."""
NOT_ARTICLE_MIN_LINES = 12
"""A page of at least this many lines whose densest prose run holds fewer than
:data:`NOT_ARTICLE_MIN_WORDS` words of prose, or is nothing but teaser cards, is not an article."""
NOT_ARTICLE_MIN_WORDS = 25


def clean_article(raw: str, find_body: bool = True) -> CleanResult:
    """Classify every line of one article and keep its body.

    Parameters
    ----------
    raw : str
        The article text as read (any line endings).
    find_body : bool
        Look for the body as the densest run of prose (default). ``False``
        applies the line rules only: for text an extractor already reduced to
        the article (the HTML path), where the body is the whole text.

    Returns
    -------
    CleanResult
        Lines with labels; ``.text`` is the cleaned body, ``.removed`` the
        furniture with the rule and reason for each removal, ``.headline``,
        ``.standfirst`` and ``.subheadings`` the structure.

    Notes
    -----
    Offsets in the result are offsets into ``raw``, so every kept or removed
    line traces back to the source. Steps: hard-wrapped lines are rejoined
    (:func:`helpers.corpus.wrapping.rejoin_wrapped`); every line gets the furniture
    rules; the body is the densest run of prose (:mod:`helpers.corpus.body_block`),
    with the headline zone above it; a run of teaser cards at its end is cut
    unless it is the same story; lines after it, or after an end-of-article
    marker or credit line, are furniture unless two full paragraphs of the
    same story follow.
    """
    lines = split_lines(raw)
    res = CleanResult(lines)
    if not lines:
        return res
    hits = _line_hits(lines)
    page = _Page(lines, hits, _line_values(lines, hits))
    if not _body_block(page, find_body):  # 0. the body block: the densest run of prose
        return _not_article(lines, hits)
    _header_zone(page)  # 1. headline, standfirst and furniture above the first body paragraph
    if not _teaser_cards(page):  # 2. teaser cards at the end of the block
        return _not_article(lines, hits)
    _body_zone(page)  # 3. body, subheadings, trailer and lines outside the block
    mark_author_note(lines)
    mark_site_notes(lines)
    mark_site_voice(lines)
    _boxes(raw, lines)
    for k in duplicate_lines(lines):
        mark(lines[k], "duplicate_text", "a copy of text the article keeps elsewhere (a summary that the body repeats "
                                         "word for word, a title cut off with an ellipsis)")
    for k in tail_lines(lines, page.resumed):
        mark(lines[k], "tail_line", "short line between furniture at the end of the page, off the story (a box's "
                                    "description, an author's bio line, a link list's titles)")
    for k in dated_title_lines(lines):
        mark(lines[k], "dated_titles", "a list of other stories' titles, each with its date, at the end of the page "
                                       "(recent or related posts)")
    return res


_LABEL_LINK_LINE = re.compile(r"(?m)^[ \t]*[A-Z][A-Z'\u2019&-]*(?:[ \t]+[A-Z][A-Z'\u2019&-]*){0,2}[ \t]*:[ \t]+\S")


def _boxes(raw: str, lines: list[Line]) -> None:
    """Mark the boxes among the kept lines (issue 11o): links under capitals labels, donation appeals (on a page that
    names donations or contributions somewhere), newsletter blurbs; each rule runs only when the page's text holds
    its cue at all (one search of the whole text: most pages have none of these boxes)."""
    if raw.count(": ") >= LABEL_LINKS_MIN and len(_LABEL_LINK_LINE.findall(raw)) >= LABEL_LINKS_MIN:
        for k in label_link_lines(lines):
            mark(lines[k], "promo", "a box of links to other stories, each under a label in capitals")
    if "onat" in raw or "ontribut" in raw:
        for k in donation_box_lines(lines):
            mark(lines[k], "donation_box", "a box asking the reader for donations or support (the site's appeal)")
    for k in newsletter_box_lines(lines):  # it looks only near sign-up lines that a rule named (few)
        mark(lines[k], "newsletter_box", "a newsletter sign-up box's blurb (next to the sign-up line, off the story)")


def _body_words(lines: list[Line], start: int, end: int) -> set[str]:
    """Content words of the body lines in ``lines[start:end]``."""
    return set().union(*(content_words(ln.text) for ln in lines[start:end] if ln.label == "body"))


def _not_article(lines: list[Line], hits: list) -> CleanResult:
    """Every line is furniture: by its line rule, else ``not_article``."""
    for ln, hit in zip(lines, hits):
        mark(ln, *(hit or ("not_article", "the page has no run of article prose (a list of links or teasers, "
                                           "a login or subscription wall): no body")))
    return CleanResult(lines)


class _Page:
    """What the phases of :func:`clean_article` share: lines, rule hits, prose values, the block and word sets."""

    __slots__ = ("lines", "hits", "values", "n", "b_start", "b_end", "inside", "first_prose", "repeated",
                 "galleries", "resumed", "_lead", "_tail")

    def __init__(self, lines: list[Line], hits: list, values: list[float]):
        self.lines, self.hits, self.values, self.n = lines, hits, values, len(lines)
        self.b_start, self.b_end, self.inside = 0, self.n, bytearray(self.n)
        self.first_prose, self.repeated, self.galleries = self.n, set(), []
        self._lead = self._tail = None
        self.resumed: set[int] = set()  # lines at which the story resumed after an end-of-page block

    def lead_words(self) -> set:
        """Content words of the body's first lines (computed on first use, then kept)."""
        if self._lead is None:
            self._lead = _body_words(self.lines, self.first_prose,
                                     min(self.b_end, self.first_prose + SUMMARY_BODY_LINES))
        return self._lead

    def lead_if_computed(self) -> set | None:
        """The lead words when :meth:`lead_words` has been called, else None."""
        return self._lead

    def tail_words(self) -> set[str]:
        """Content words of the body up to the block's end (computed on first use, then kept and extended)."""
        if self._tail is None:
            self._tail = _body_words(self.lines, 0, self.b_end)
        return self._tail


def _line_hits(lines: list[Line]) -> list:
    """The line rules' verdict on every line (:func:`furniture_anywhere`; None when no rule names it)."""
    hits = []
    prev = None
    for ln in lines:
        hits.append(furniture_anywhere(ln, prev))
        prev = ln
    for k in slideshow_lines(lines):  # a slideshow's captions and counters, on one line or broken at each caption
        hits[k] = hits[k] or (SLIDESHOW_RULE, SLIDESHOW_REASON)
    if any(h is not None and h[0] == PLAYER_RULE for h in hits):
        for k in player_title_lines(lines, hits):
            hits[k] = (PLAYER_RULE, PLAYER_TITLE_REASON)
    if any(h is not None and h[0] == "caption" and ln.n_words <= BARE_CREDIT_MAX_WORDS for h, ln in zip(hits, lines)):
        for k in captions_above_credits(lines, hits):
            hits[k] = ("caption", "photo caption right above its credit line (an agency's name)")
    return hits


def _line_values(lines: list[Line], hits: list) -> list[float]:
    """Prose value of every line (:func:`line_value`); a sentence broken over two lines counts as prose."""
    values = [line_value(ln.n_words, ln.text[-8:], hit is not None) for ln, hit in zip(lines, hits)]
    for i in range(len(lines) - 1):  # a sentence broken over two lines is prose, not two short fragments
        if values[i] < 0 and hits[i] is None and breaks_mid_sentence(lines[i].text, lines[i].n_words,
                                                                     lines[i + 1].text):
            values[i] = float(lines[i].n_words)
    return values


def _body_block(page: _Page, find_body: bool) -> bool:
    """Phase 0: the block's bounds and runs (``b_start``, ``b_end``, ``inside``); False when the page is no article."""
    lines, hits, values, n = page.lines, page.hits, page.values, page.n
    page.galleries = gallery_runs(lines, hits) if find_body and n >= 3 * GALLERY_MIN_CARDS else []
    transparent = bytearray(n)  # a photo gallery's lines neither add prose nor part the paragraphs around it
    for a, b in page.galleries:
        for k in range(a, b):
            values[k], transparent[k] = 0.0, 1
    skip = [v <= 0 and (transparent[k] or figure_line(ln)) for k, (v, ln) in enumerate(zip(values, lines))]
    scored = gap_costs(values, skip) if find_body else values
    whole = densest_run(scored) if find_body else (0, n)
    b_start, b_end = split_at_long_gaps(values, whole, skip) if find_body else whole
    if b_end == 0 and n < NOT_ARTICLE_MIN_LINES:
        b_start, b_end = 0, n  # a few short lines: leave them to the line rules
    elif n >= NOT_ARTICLE_MIN_LINES and sum(v for v in values[b_start:b_end] if v > 0) < NOT_ARTICLE_MIN_WORDS \
            and not (find_body and short_article(lines, hits, values, (b_start, b_end))):
        return False  # a list of links or a login wall, not one short article under its headline
    if find_body and b_start > 0:
        b_start, b_end = dated_run_above(lines, hits, scored, (b_start, b_end))
    if b_end - b_start < n:
        ranges = body_ranges(scored, (b_start, b_end), lambda a, b: set().union(
            *(content_words(lines[k].text) for k in range(a, b) if values[k] > 0)))
        if (b_start, b_end) != whole and ranges[0][0] <= whole[0] and ranges[-1][1] >= whole[1]:
            ranges = _merge_run(ranges, whole)  # the parts a long gap cut apart are one story: the gap is its own
        if len(ranges) > 1:
            ranges = ranges_before_footer(ranges, [ln.text for ln in lines])
        b_start, b_end = ranges[0][0], ranges[-1][1]
    else:
        ranges = [(b_start, b_end)]
    if n - b_end < 2:
        ranges[-1] = (ranges[-1][0], n)  # a lone last line (a sign-off) is left to the line rules
        b_end = n
    inside = bytearray(n)
    for a, b in ranges:
        inside[a:b] = b"\x01" * (b - a)
    page.b_start, page.b_end, page.inside = b_start, b_end, inside
    return True


def _merge_run(ranges: list[tuple[int, int]], whole: tuple[int, int]) -> list[tuple[int, int]]:
    """The ranges with those inside ``whole`` (the densest run before a long gap parted it) made one range."""
    out = [r for r in ranges if r[1] <= whole[0] or r[0] >= whole[1]]
    inner = [r for r in ranges if not (r[1] <= whole[0] or r[0] >= whole[1])]
    out.append((min(whole[0], *(r[0] for r in inner)), max(whole[1], *(r[1] for r in inner))))
    return sorted(out)


def _header_zone(page: _Page) -> None:
    """Phase 1: from the headline (or the first dateline/byline above it) to the first body paragraph."""
    lines, hits, n = page.lines, page.hits, page.n
    page.first_prose = next((i for i in range(page.b_start, n) if (is_prose(lines[i]) or page.values[i] >= 10)
                             and not header_furniture(lines[i])), n)
    h_start, lead = _header_bounds(page)
    _above_header(page, h_start)
    headline_idx = _header_lines(page, h_start, lead)
    if h_start > 0:
        headline_idx = recover_headline(lines, hits, h_start, headline_idx, page.lead_words())
    # a standfirst line can also be the first "prose" line when it ends with a credit
    first = page.first_prose
    if first < n and headline_idx is not None and lines[first].n_words <= 60 \
            and STANDFIRST_CREDIT.search(lines[first].folded):
        lines[first].label = "standfirst"
        page.first_prose += 1
    # "Story highlights ..." above the story: taken for the headline or the first body line before (review s80-D)
    top = next((i for i in range(n) if lines[i].label in ("body", "headline")), n)
    if top < n and lines[top].n_words <= 60 and HIGHLIGHTS_BOX.match(lines[top].folded):
        lines[top].label = "standfirst"
        if top == page.first_prose:
            page.first_prose += 1
    keep_lead_in(lines, hits, page.first_prose)
    for k, rule, reason in top_stamp_lines(lines, hits, page.first_prose, page.b_end):
        mark(lines[k], rule, reason)  # a byline or date under the standfirst
    for k in author_box_lines(lines, hits, page.first_prose, page.b_end):
        mark(lines[k], "author_box", "author or reviewer box above the story (name, byline, bio)")
    for k in embedded_article_lines(lines, hits, page.values, page.first_prose, page.b_end):
        mark(lines[k], "embedded_article", "another article printed inside the body (its title, byline and "
                                           "paragraphs, on another story; the story goes on after it)")


def _header_bounds(page: _Page) -> tuple[int, set | None]:
    """First line of the header zone, and the body's lead words when a title-like line on the story was sought."""
    if page.b_start == 0:
        return 0, None
    lines, hits, first_prose = page.lines, page.hits, page.first_prose
    h_start = header_start(lines, hits, first_prose, page.lead_words)
    lead = page.lead_if_computed()  # computed only when a title-like line was met
    if lead is not None and (h_start == first_prose or not any(
            on_story_title(lines[k], lead) for k in range(h_start, first_prose) if hits[k] is None)):
        return header_start(lines, hits, first_prose), None  # no headline on the story: any title
    return h_start, lead


def _above_header(page: _Page, h_start: int) -> None:
    """Lines above the header zone are furniture, except full paragraphs and summary lines of the story."""
    lines, hits, values = page.lines, page.hits, page.values
    block = None
    for i in range(h_start):
        if hits[i] is None and values[i] >= KEEP_OUTSIDE_WORDS:
            if not sidebar_cue(lines[i].text):
                continue  # a full paragraph above the headline stays body: no body is lost for the furniture
            if block is None:
                block = set().union(*(content_words(lines[k].text) for k in range(page.first_prose, page.b_end)
                                      if values[k] > 0))
            if same_story(block, [lines[i].text], share=ABOVE_STORY_SHARE):
                continue  # ... and so does one in the site's voice that is on the story
            mark(lines[i], "before_body", "before the article: a paragraph off the story (shares almost none of its "
                                          "longer words with the body) in the site's or author's voice (a sidebar "
                                          "bio, a login or donation note)")
            continue
        if hits[i] is None and lines[i].n_words >= 5 and not title_like_words(lines[i]):
            if story_item(lines[i], page.lead_words()):
                continue  # a summary line or highlight of the same story (sentence case, the body's words)
        mark(lines[i], *(hits[i] or ("before_body", "before the article: outside the densest run of prose "
                                                     "and the headline above it (menus, site header)")))


def _header_lines(page: _Page, h_start: int, lead: set | None) -> int | None:
    """Label the lines of the header zone (furniture, titles, standfirst); the headline's index or None."""
    lines, hits, values = page.lines, page.hits, page.values
    headline_idx = None
    for i in range(h_start, page.first_prose):
        ln = lines[i]
        hit = hits[i] or header_furniture(ln)
        if hit:
            ln.label, (ln.rule, ln.reason) = "furniture", hit
            continue
        if ln.n_words <= 30 and is_title_like(ln.text, max_words=30):
            if lead and ln.n_words <= BUTTON_MAX_WORDS and not content_words(ln.text) & lead:
                mark(ln, "header_line", "title-like line in the page header that shares no word with the story "
                                        "(a button, a widget title)")
            else:
                headline_idx = _title_line(lines, i, headline_idx)
            continue
        if headline_idx is not None and ln.n_words <= 60 and STANDFIRST_CREDIT.search(ln.folded):
            ln.label = "standfirst"
        elif h_start > 0 and values[i] < 0:
            mark(ln, "header_line", "short line between the page header and the body (not a sentence)")
    return headline_idx


def _title_line(lines: list[Line], i: int, headline_idx: int | None) -> int:
    """A title-like header line is the headline, a short form of it or a subheading; the headline's index."""
    ln = lines[i]
    if headline_idx is None:
        ln.label = "headline"
        return i
    head = lines[headline_idx]
    a, b = head.folded.lower(), ln.folded.lower()
    if a in b:  # the longer, fuller title is the headline
        head.label, head.rule, head.reason = "furniture", "duplicate_title", "short form of the headline that follows"
        ln.label = "headline"
        return i
    if b in a:
        ln.label, ln.rule, ln.reason = "furniture", "duplicate_title", "short form of the headline"
    else:
        ln.label = "subheading"
    return headline_idx


def _teaser_cards(page: _Page) -> bool:
    """Phase 2: cut teaser cards at the end of the block unless they continue the story; False: no article."""
    lines, hits, values, first_prose, b_end = page.lines, page.hits, page.values, page.first_prose, page.b_end
    repeated = page.repeated = repeated_lines(lines)
    if not (b_end - first_prose >= 3 and min(values[b_end - 3:b_end]) < 0):  # a card has a title or date line
        return True
    cut = teaser_tail(lambda k: card_kind(lines[k], hits[k], repeated), first_prose, b_end)
    if cut >= b_end:
        return True
    teasers = [lines[k].text for k in range(cut, b_end) if card_kind(lines[k], hits[k], repeated) == "P"]
    body_words = set().union(*(content_words(lines[k].text) for k in range(first_prose, cut) if values[k] > 0))
    if cut <= first_prose + 1 and page.n >= NOT_ARTICLE_MIN_LINES:
        return False  # the whole block is a list of story cards
    if sum(lines[k].text in repeated for k in range(cut, b_end)) >= REPEATED_CARD_LINES \
            or not same_story(body_words, teasers):
        for k in range(cut, b_end):
            mark(lines[k], *(hits[k] or ("teaser_cards", "list of other stories after the body (titles, "
                                                          "dates and one-paragraph teasers)")))
        page.b_end = cut
    return True


class _Walk:
    """State of the walk through the body zone: the end-of-page block (trailer) it is in, a card list, body seen."""

    __slots__ = ("after", "story_list", "records", "last_story", "last_bio", "in_trailer", "soft", "marker", "at",
                 "in_cards", "seen_body", "sealed", "footer", "comments")

    def __init__(self, page: _Page):
        lines, hits, values, n, b_end = page.lines, page.hits, page.values, page.n, page.b_end
        self.after = [0.0] * (n + 1)  # prose words from each line on
        for k in range(n - 1, -1, -1):
            self.after[k] = self.after[k + 1] + max(values[k], 0.0)
        self.records = record_list_lines(lines, hits, b_end) if b_end < n else set()
        self.story_list = story_list_lines(lines, hits, b_end) | people_list_lines(lines, hits, b_end) \
            | self.records if b_end < n else None
        self.last_story = last_story_paragraph(lines, hits, values, b_end, page.tail_words) if b_end < n else -1
        self.last_bio = next((k for k in range(n - 1, page.first_prose, -1) if is_author_note(lines[k])), -1)
        self.footer = _page_footer(page)
        self.comments = comments_start(lines, page.first_prose, lambda k: self.after[k])  # reader comments, or None
        self.in_trailer = self.soft = self.in_cards = self.seen_body = self.sealed = False
        self.marker, self.at = "", 0

    def ends_article(self, page: _Page, i: int) -> bool:
        """Whether most of the prose is above line ``i`` (a credit or author note there ends the article)."""
        return 2 * self.after[i] < self.after[page.first_prose]


def _page_footer(page: _Page) -> int:
    """The page's copyright footer after the block: a line a rule names that says "All rights reserved", in the
    site's footer (at least ``GAP_FREE_LINES`` lines after the block, with no full paragraph between); ``n`` if none.
    """
    lines, hits, values, b_end = page.lines, page.hits, page.values, page.b_end
    for k in range(b_end, page.n):
        if values[k] >= KEEP_OUTSIDE_WORDS:
            return page.n  # a paragraph after the block: the footer, if any, is not right after the article
        if hits[k] and k - b_end >= GAP_FREE_LINES and PAGE_FOOTER.search(lines[k].text):
            return k
    return page.n


def _cards_and_galleries(page: _Page, walk: _Walk) -> None:
    """Mark photo-gallery card runs and a byline card list after the article (:mod:`helpers.corpus.clean_cards`)."""
    lines = page.lines
    for a, b in page.galleries:
        for k in range(max(a, page.first_prose), b):
            if lines[k].label != "furniture":
                mark(lines[k], "gallery", "photo gallery: a label repeated on every card, with dates, captions "
                                          "and credits")
    for k in sorted(credit_gallery_lines(lines, page.hits, page.first_prose)):
        if lines[k].label != "furniture":
            mark(lines[k], "gallery", "photo gallery: captions, each with a credit line")
    cut = byline_cards_start(lines, page.first_prose, lambda k: walk.after[k])
    if cut is not None:
        for k in range(cut, page.n):
            if lines[k].label != "furniture":
                mark(lines[k], "story_cards", "list of other stories after the article (a byline on every card)")


def _body_zone(page: _Page) -> None:
    """Phase 3: label every line from the first body paragraph on (a credit ends the article only late)."""
    walk = _Walk(page)
    _cards_and_galleries(page, walk)
    for i in range(page.first_prose, page.n):
        if page.lines[i].label == "furniture":
            continue
        if not _trailer_line(page, walk, i):
            _story_line(page, walk, i)


def _trailer_line(page: _Page, walk: _Walk, i: int) -> bool:
    """Label line ``i`` when it is in, opens or ends the end-of-page block; False when it is left to the body."""
    lines, ln = page.lines, page.lines[i]
    if walk.comments is not None and i >= walk.comments and not walk.sealed:  # reader comments (signatures)
        walk.in_trailer = walk.sealed = True
        walk.soft, walk.marker, walk.at = False, lines[walk.comments].text, i
        mark(ln, "comments", "reader comments after the article (signatures with a date, a time and a reply button)")
        return True
    if walk.in_trailer and (walk.soft and is_marker(ln) or opens_comment_thread(lines, i)):
        walk.sealed = True  # a marker after a credit or author note, or the reader comments: the site's block
    if walk.in_trailer and not walk.sealed and (page.values[i] > 0 and same_story(_body_words(lines, 0, i), [ln.text])
                            if walk.soft else resumes_body(lines, i, lambda k: _body_words(lines, 0, k))
                            or _box_closes(page, walk, i)
                            or after_title_box(lines, page.hits, walk.at, i, _body_words(lines, 0, walk.at))) \
            and not read_on_teaser(lines, i):  # an excerpt over a "Read more" link is another post's teaser
        walk.in_trailer = False  # the story goes on after a credit line, or two full paragraphs follow a block
        page.resumed.add(i)
        if not walk.soft:
            restore_long_paragraphs(lines, walk.at, i, full_paragraph, _body_words(lines, 0, walk.at))
    if walk.in_trailer:
        ln.label, ln.rule = "furniture", "trailer"
        ln.reason = f"end-of-page block after {walk.marker!r} (related stories, teasers, widgets)"
        return True
    if walk.seen_body and is_marker(ln):
        walk.in_trailer, walk.soft = True, False
        walk.marker, walk.at = ln.text, i
        walk.sealed = walk.sealed or opens_comment_thread(lines, i)  # reader comments: the story does not resume
        ln.label, ln.rule, ln.reason = "furniture", "trailer_marker", "start of the end-of-page block"
        return True
    hit = page.hits[i]
    if hit:
        ln.label, (ln.rule, ln.reason) = "furniture", hit
        if walk.seen_body and hit[0] in ("credit", "paywall") and not walk.in_trailer and walk.ends_article(page, i):
            walk.in_trailer, walk.soft, walk.marker = True, True, ln.text
        return True
    if walk.seen_body and i == walk.last_bio and author_note_ends_article(lines, i) and walk.ends_article(page, i):
        mark(ln, "author_note", "note about the author after the article; the article ends here")
        walk.in_trailer, walk.soft, walk.marker = True, True, ln.text
        return True
    return False


_BOX_MAX_LINES = 8
"""A block opened by a marker inside the body block closes at a paragraph of the story at most this many lines on."""


def _box_closes(page: _Page, walk: _Walk, i: int) -> bool:
    """A short box inside the body block (a marker and a few links) ends at a full paragraph of the story."""
    ln = page.lines[i]
    if not (i < page.b_end and page.inside[i] and i - walk.at <= _BOX_MAX_LINES and full_paragraph(ln)):
        return False
    in_block = walk.after[i] - walk.after[page.b_end]  # prose from here to the end of the block
    if in_block < walk.after[page.first_prose] - walk.after[walk.at]:  # less than the article above the marker
        return False
    words = _body_words(page.lines, 0, walk.at)
    return same_story(words, [ln.text], share=RESUME_STORY_SHARE) \
        and len(content_words(ln.text) & words) >= RESUME_STORY_MIN_SHARED


def _story_line(page: _Page, walk: _Walk, i: int) -> None:
    """Label line ``i`` of the body zone outside the trailer: a list or line outside the block, subheading or body."""
    lines, values, n, b_end, ln = page.lines, page.values, page.n, page.b_end, page.lines[i]
    outside = i >= b_end or not page.inside[i]
    # Outside the block, a line repeated on the page (a title or label, not a sentence or a figure) starts a
    # card list; the lines after it go with it, except a sentence that a paragraph of the story follows.
    if outside and values[i] < KEEP_OUTSIDE_WORDS and i not in walk.records and (
            ln.text in page.repeated and values[i] <= 0 and not figure_line(ln)
            or walk.in_cards and (values[i] <= 0 or i >= b_end and i > walk.last_story)):
        mark(ln, "repeated_line", "outside the body and repeated on the page (other stories' titles and labels, "
                                  "a site slogan shown twice), or a line of such a list")
        walk.in_cards = True
        return
    walk.in_cards = False
    if outside and _off_story(page, walk, i):
        if i >= b_end:
            mark(ln, "after_body", "after the article: outside the densest run of prose (site footer, lists of "
                                    "links or tags)")
        else:
            mark(ln, "between_blocks", "between two runs of the article's prose (an embedded table, list or widget)")
        return
    nxt = lines[i + 1] if i + 1 < n else None
    if walk.seen_body and nxt is not None and ln.n_words <= 15 and is_title_like(ln.text, max_words=15) \
            and is_prose(nxt) and not is_marker(nxt):
        ln.label = "subheading"
        return
    ln.label = "body"
    walk.seen_body = True
    if i >= b_end and values[i] >= KEEP_OUTSIDE_WORDS:
        page.tail_words().update(content_words(ln.text))  # the story goes on: later paragraphs are judged on it all


def _off_story(page: _Page, walk: _Walk, i: int) -> bool:
    """Whether a line outside the block is furniture: short and off the story, or a long paragraph off it after the block."""
    lines, v, b_end, ln = page.lines, page.values[i], page.b_end, page.lines[i]
    if i > walk.footer:
        return True  # after the page's copyright footer ("All rights reserved") nothing is the article's
    if v < KEEP_OUTSIDE_WORDS and not (v > 0 and (i < b_end or same_story(page.tail_words(), [ln.text]))) \
            and not list_item_of_story(lines, page.hits, i, page.tail_words) \
            and not (walk.story_list is not None and i in walk.story_list):
        return True
    return i >= b_end and v >= KEEP_OUTSIDE_WORDS and i > walk.last_story \
        and not same_story(page.tail_words(), [ln.text], share=OUTSIDE_STORY_SHARE)
