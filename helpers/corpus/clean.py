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
the body block in :mod:`helpers.corpus.clean_edges`. The names other modules use are re-exported here.
"""
from __future__ import annotations

from .body_block import (
    body_ranges,
    content_words,
    densest_run,
    gap_costs,
    line_value,
    same_story,
    teaser_tail,
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
    STANDFIRST_CREDIT,
    furniture_anywhere,
    header_furniture,
    is_marker,
    is_prose,
    is_title_like,
)
from .clean_zones import (  # the constants are re-exported: tests and callers read them here
    BUTTON_MAX_WORDS,
    DEK_MIN_WORDS,
    HEADER_WINDOW,
    NAMED_SKIP,
    RESUME_MIN_WORDS,
    RESUME_STORY_MIN_WORDS,
    RESUME_STORY_SHARE,
    author_note_ends_article,
    card_kind,
    full_paragraph,
    header_start,
    is_author_note,
    on_story_title,
    resumes_body,
)
from .wrapping import breaks_mid_sentence

__all__ = ["clean_article", "CleanResult", "Line", "split_lines", "is_title_like", "HEADER_WINDOW",
           "NOT_ARTICLE_MIN_LINES", "NOT_ARTICLE_MIN_WORDS", "KEEP_OUTSIDE_WORDS", "OUTSIDE_STORY_SHARE",
           "RESUME_MIN_WORDS", "RESUME_STORY_MIN_WORDS", "NAMED_SKIP", "RESUME_STORY_SHARE", "DEK_MIN_WORDS", "BUTTON_MAX_WORDS", "LEAD_IN_MAX_WORDS", "LIST_ITEM_SHARE", "SITE_NOTE_CUES", "SITE_NOTE_MAX_LINES",
           "SITE_NOTE_SHARE", "SUMMARY_BODY_LINES"]

NOT_ARTICLE_MIN_LINES = 12
"""A page of at least this many lines whose densest prose run holds fewer than
:data:`NOT_ARTICLE_MIN_WORDS` words of prose, or is nothing but teaser cards, is not an article."""
NOT_ARTICLE_MIN_WORDS = 25


def _body_words(lines: list[Line], start: int, end: int) -> set[str]:
    return set().union(*(content_words(ln.text) for ln in lines[start:end] if ln.label == "body"))


def _not_article(lines: list[Line], hits: list) -> CleanResult:
    for ln, hit in zip(lines, hits):
        mark(ln, *(hit or ("not_article", "the page has no run of article prose (a list of links or teasers, "
                                           "a login or subscription wall): no body")))
    return CleanResult(lines)


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
    n = len(lines)
    hits = []
    prev = None
    for ln in lines:
        hits.append(furniture_anywhere(ln, prev))
        prev = ln

    # 0. The body block: the densest run of prose.
    values = [line_value(ln.n_words, ln.text[-8:], hit is not None) for ln, hit in zip(lines, hits)]
    for i in range(n - 1):  # a sentence broken over two lines is prose, not two short fragments
        if values[i] < 0 and hits[i] is None and breaks_mid_sentence(lines[i].text, lines[i].n_words,
                                                                     lines[i + 1].text):
            values[i] = float(lines[i].n_words)
    scored = gap_costs(values, [v <= 0 and figure_line(ln) for v, ln in zip(values, lines)]) if find_body else values
    b_start, b_end = densest_run(scored) if find_body else (0, n)
    if b_end == 0 and n < NOT_ARTICLE_MIN_LINES:
        b_start, b_end = 0, n  # a few short lines: leave them to the line rules
    elif n >= NOT_ARTICLE_MIN_LINES and sum(v for v in values[b_start:b_end] if v > 0) < NOT_ARTICLE_MIN_WORDS:
        return _not_article(lines, hits)
    if find_body and b_start > 0:
        b_start, b_end = dated_run_above(lines, hits, scored, (b_start, b_end))
    if b_end - b_start < n:
        ranges = body_ranges(scored, (b_start, b_end), lambda a, b: set().union(
            *(content_words(lines[k].text) for k in range(a, b) if values[k] > 0)))
        b_start, b_end = ranges[0][0], ranges[-1][1]
    else:
        ranges = [(b_start, b_end)]
    if n - b_end < 2:
        ranges[-1] = (ranges[-1][0], n)  # a lone last line (a sign-off) is left to the line rules
        b_end = n
    inside = bytearray(n)
    for a, b in ranges:
        inside[a:b] = b"\x01" * (b - a)

    # 1. Header zone: from the headline (or the first dateline/byline above it) to the first body paragraph.
    first_prose = next((i for i in range(b_start, n)
                        if (is_prose(lines[i]) or values[i] >= 10) and not header_furniture(lines[i])), n)
    top_words: dict = {}

    def lead_words() -> set:
        if "w" not in top_words:
            top_words["w"] = _body_words(lines, first_prose, min(b_end, first_prose + SUMMARY_BODY_LINES))
        return top_words["w"]

    h_start, lead = 0, None
    if b_start > 0:
        h_start = header_start(lines, hits, first_prose, lead_words)
        lead = top_words.get("w")  # computed only when a title-like line was met
        if lead is not None and (h_start == first_prose or not any(
                on_story_title(lines[k], lead) for k in range(h_start, first_prose) if hits[k] is None)):
            h_start, lead = header_start(lines, hits, first_prose), None  # no headline on the story: any title
    for i in range(h_start):
        if hits[i] is None and values[i] >= KEEP_OUTSIDE_WORDS:
            continue  # a full paragraph above the headline stays body: no body is lost for the furniture
        if hits[i] is None and lines[i].n_words >= 5 and not title_like_words(lines[i]):
            if story_item(lines[i], lead_words()):
                continue  # a summary line or highlight of the same story (sentence case, the body's words)
        mark(lines[i], *(hits[i] or ("before_body", "before the article: outside the densest run of prose "
                                                     "and the headline above it (menus, site header)")))
    headline_idx = None
    for i in range(h_start, first_prose):
        ln = lines[i]
        hit = hits[i] or header_furniture(ln)
        if hit:
            ln.label, (ln.rule, ln.reason) = "furniture", hit
            continue
        if ln.n_words <= 30 and is_title_like(ln.text, max_words=30):
            if lead and ln.n_words <= BUTTON_MAX_WORDS and not content_words(ln.text) & lead:
                mark(ln, "header_line", "title-like line in the page header that shares no word with the story "
                                        "(a button, a widget title)")
                continue
            if headline_idx is None:
                headline_idx = i
                ln.label = "headline"
            else:
                head = lines[headline_idx]
                a, b = head.folded.lower(), ln.folded.lower()
                if a in b:  # the longer, fuller title is the headline
                    head.label, head.rule, head.reason = "furniture", "duplicate_title", "short form of the headline that follows"
                    headline_idx = i
                    ln.label = "headline"
                elif b in a:
                    ln.label, ln.rule, ln.reason = "furniture", "duplicate_title", "short form of the headline"
                else:
                    ln.label = "subheading"
            continue
        if headline_idx is not None and ln.n_words <= 60 and STANDFIRST_CREDIT.search(ln.folded):
            ln.label = "standfirst"
        elif h_start > 0 and values[i] < 0:
            mark(ln, "header_line", "short line between the page header and the body (not a sentence)")
    if h_start > 0:
        headline_idx = recover_headline(lines, hits, h_start, headline_idx, lead_words())
    # a standfirst line can also be the first "prose" line when it ends with a credit
    if first_prose < n and headline_idx is not None and lines[first_prose].n_words <= 60 \
            and STANDFIRST_CREDIT.search(lines[first_prose].folded):
        lines[first_prose].label = "standfirst"
        first_prose += 1

    keep_lead_in(lines, hits, first_prose)

    # 2. Teaser cards at the end of the block, unless they continue the story.
    repeated = repeated_lines(lines)
    if b_end - first_prose >= 3 and min(values[b_end - 3:b_end]) < 0:  # a card has a title or date line
        cut = teaser_tail(lambda k: card_kind(lines[k], hits[k], repeated), first_prose, b_end)
        if cut < b_end:
            teasers = [lines[k].text for k in range(cut, b_end) if card_kind(lines[k], hits[k], repeated) == "P"]
            body_words = set().union(*(content_words(lines[k].text) for k in range(first_prose, cut) if values[k] > 0))
            if cut <= first_prose + 1 and n >= NOT_ARTICLE_MIN_LINES:
                return _not_article(lines, hits)  # the whole block is a list of story cards
            if sum(lines[k].text in repeated for k in range(cut, b_end)) >= REPEATED_CARD_LINES \
                    or not same_story(body_words, teasers):
                for k in range(cut, b_end):
                    mark(lines[k], *(hits[k] or ("teaser_cards", "list of other stories after the body (titles, "
                                                                  "dates and one-paragraph teasers)")))
                b_end = cut

    # 3. Body zone. A credit line ends the article only when most of the prose is above it.
    after = [0.0] * (n + 1)
    for k in range(n - 1, -1, -1):
        after[k] = after[k + 1] + max(values[k], 0.0)
    cache: dict = {}

    def tail_words() -> set[str]:
        if "w" not in cache:
            cache["w"] = _body_words(lines, 0, b_end)
        return cache["w"]

    story_list = story_list_lines(lines, hits, b_end) if b_end < n else None
    last_story = last_story_paragraph(lines, hits, values, b_end, tail_words) if b_end < n else -1
    last_bio = next((k for k in range(n - 1, first_prose, -1) if is_author_note(lines[k])), -1)
    in_trailer = in_cards = False
    soft_trailer = False
    trailer_marker, trailer_at = "", 0
    seen_body = False
    for i in range(first_prose, n):
        ln = lines[i]
        if ln.label == "furniture":
            continue
        if in_trailer and (values[i] > 0 and same_story(_body_words(lines, 0, i), [ln.text])
                           if soft_trailer else resumes_body(lines, i, lambda k: _body_words(lines, 0, k))):
            in_trailer = False  # the story goes on after a credit line, or two full paragraphs follow a block
            if not soft_trailer:
                restore_long_paragraphs(lines, trailer_at, i, full_paragraph, _body_words(lines, 0, trailer_at))
        if in_trailer:
            ln.label, ln.rule = "furniture", "trailer"
            ln.reason = f"end-of-page block after {trailer_marker!r} (related stories, teasers, widgets)"
            continue
        if seen_body and is_marker(ln):
            in_trailer, soft_trailer = True, False
            trailer_marker, trailer_at = ln.text, i
            ln.label, ln.rule, ln.reason = "furniture", "trailer_marker", "start of the end-of-page block"
            continue
        hit = hits[i]
        if hit:
            ln.label, (ln.rule, ln.reason) = "furniture", hit
            if seen_body and hit[0] in ("credit", "paywall") and not in_trailer and 2 * after[i] < after[first_prose]:
                in_trailer, soft_trailer, trailer_marker = True, True, ln.text
            continue
        if seen_body and i == last_bio and author_note_ends_article(lines, i) and 2 * after[i] < after[first_prose]:
            mark(ln, "author_note", "note about the author after the article; the article ends here")
            in_trailer, soft_trailer, trailer_marker = True, True, ln.text
            continue
        # Outside the block, a line repeated on the page (a title or label, not a sentence or a figure) starts a
        # card list; the lines after it go with it, except a sentence that a paragraph of the story follows.
        if (i >= b_end or not inside[i]) and values[i] < KEEP_OUTSIDE_WORDS and (
                ln.text in repeated and values[i] <= 0 and not figure_line(ln)
                or in_cards and (values[i] <= 0 or i >= b_end and i > last_story)):
            mark(ln, "repeated_line", "outside the body and repeated on the page (other stories' titles and labels, "
                                      "a site slogan shown twice), or a line of such a list")
            in_cards = True
            continue
        in_cards = False
        if (i >= b_end or not inside[i]) and (
                values[i] < KEEP_OUTSIDE_WORDS and not (values[i] > 0 and (i < b_end or same_story(tail_words(), [ln.text])))
                and not list_item_of_story(lines, hits, i, tail_words)
                and not (story_list is not None and i in story_list)
                or i >= b_end and values[i] >= KEEP_OUTSIDE_WORDS and i > last_story
                and not same_story(tail_words(), [ln.text], share=OUTSIDE_STORY_SHARE)):
            if i >= b_end:
                mark(ln, "after_body", "after the article: outside the densest run of prose (site footer, lists of "
                                        "links or tags)")
            else:
                mark(ln, "between_blocks", "between two runs of the article's prose (an embedded table, list or "
                                            "widget)")
            continue
        nxt = lines[i + 1] if i + 1 < n else None
        if seen_body and nxt is not None and ln.n_words <= 15 and is_title_like(ln.text, max_words=15) \
                and is_prose(nxt) and not is_marker(nxt):
            ln.label = "subheading"
            continue
        ln.label = "body"
        seen_body = True
        if i >= b_end and values[i] >= KEEP_OUTSIDE_WORDS:
            tail_words().update(content_words(ln.text))  # the story goes on: later paragraphs are judged on it all
    mark_author_note(lines)
    mark_site_notes(lines)
    mark_site_voice(lines)
    return res
