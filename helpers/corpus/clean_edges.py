"""Rules at the edges of the body block: lead-ins, list items of the story, site notes and author notes.

Split out of :mod:`helpers.corpus.clean`, which finds the body block and calls these on its lines (objects with
``text``, ``n_words``, ``label``, ``rule`` and ``reason``). They protect body text next to the block (a
lead-in ending with a colon, a list of the story, a closing paragraph of the story) and remove the notes
that sites append to the body (newsletter or advertising notes, author notes).
"""
from __future__ import annotations

import re

from .body_block import TEASER_MAX_WORDS, content_words, densest_run, same_story
from .clean_rules import (
    AUTHOR_BIO,
    AUTHOR_BIO_MAX_WORDS,
    header_furniture,
    is_marker,
    is_title_like,
    title_case_share,
    tokens,
)

__all__ = ["KEEP_OUTSIDE_WORDS", "LEAD_IN_MAX_WORDS", "LIST_ITEM_SHARE", "SITE_NOTE_CUES", "SITE_NOTE_MAX_LINES",
           "SITE_NOTE_SHARE", "SITE_NOTE_MAX_WORDS", "SUMMARY_BODY_LINES", "OUTSIDE_STORY_SHARE", "mark", "keep_lead_in",
           "list_item_of_story", "story_item", "title_like_words", "mark_site_notes", "mark_author_note",
           "last_story_paragraph", "story_list_lines", "LIST_RUN_MIN", "DATED_LINES", "REPEATED_CARD_LINES", "dated",
           "dated_run_above", "repeated_lines", "figure_line", "SITE_VOICE_MAX_WORDS", "mark_site_voice",
           "HEADLINE_LOOKUP_LINES", "HEADLINE_MIN_SHARED", "recover_headline", "restore_long_paragraphs"]

KEEP_OUTSIDE_WORDS = 15
"""A full sentence paragraph of at least this many words after the body block stays body unless a rule
or a trailer names it: no body is lost for the sake of the furniture around it."""
OUTSIDE_STORY_SHARE = 0.2
"""A full paragraph after the body block stays body when at least this share of its content words is in the
body (a closing paragraph of the story shares some; a comment policy or an about-us note shares almost none),
or when a later paragraph after the block is such a paragraph of the story (see :func:`last_story_paragraph`)."""
LIST_RUN_MIN = 3
"""A list of the story after the body block has at least this many numbered or data items."""
_DIGIT = re.compile(r"\d")
_NUMBERED = re.compile(r"^[(\[]?\d{1,3}[.)\]]\s*\S")
_DATA = re.compile(r"\d\s?%|[$\u00a3\u20ac]\s?\d|\b\d+(?:st|nd|rd|th)\b|\d\s+(?:percent|million|billion)\b", re.I)


def last_story_paragraph(lines: list, hits: list, values: list, start: int, body_words) -> int:
    """Index of the last full paragraph after ``start`` that is the same story as the body (-1 if none).

    A paragraph after the block that shares few words with the body (a sidebar, a quoted aside) is still
    the article when a paragraph of the story comes after it.

    Parameters
    ----------
    lines : list of helpers.corpus.clean_lines.Line
        The page's lines, with the body block already labelled.
    hits : list
        The furniture rule each line matched, ``(rule, reason)``, or ``None``: a named line is not the story's.
    values : list of float
        Each line's value (:func:`helpers.corpus.body_block.line_value`).
    start : int
        First line index looked at.
    body_words : callable
        Returns :func:`helpers.corpus.body_block.content_words` of the body (called only when needed).

    Returns
    -------
    int
        The index of the last line from ``start`` on with no furniture rule, a value of at least
        :data:`KEEP_OUTSIDE_WORDS` (a full paragraph) and :data:`OUTSIDE_STORY_SHARE` of its content words in
        the body; -1 if none.
    """
    for j in range(len(lines) - 1, start - 1, -1):
        if hits[j] is None and values[j] >= KEEP_OUTSIDE_WORDS and \
                same_story(body_words(), [lines[j].text], share=OUTSIDE_STORY_SHARE):
            return j
    return -1


def _list_item(ln, hit) -> bool:
    return hit is None and ln.n_words <= 25 and (_NUMBERED.match(ln.text) is not None or _DATA.search(ln.text) is not None)


def story_list_lines(lines: list, hits: list, start: int) -> set[int]:
    """Lines from ``start`` on that belong to a list of the story: a ranking, a table of figures.

    A run of at least :data:`LIST_RUN_MIN` items (a line of up to 25 words that is numbered, "1." / "(2)",
    or holds a figure: a percentage, an amount of money, an ordinal, "3 million") with at most one other
    line between two items (a state's name under its rank) is a list of the story, not a list of links:
    links to other stories are rarely numbered and rarely carry figures. Lines that a furniture rule
    named break a run.

    Parameters
    ----------
    lines : list of helpers.corpus.clean_lines.Line
        The page's lines; list items are read from their ``text``.
    hits : list
        Furniture rule per line (``(rule, reason)`` or ``None``); a named line breaks a run.
    start : int
        First line index looked at.

    Returns
    -------
    set of int
        Indexes of the lines of such runs (the items and the lines between them).
    """
    out: set[int] = set()
    run: list[int] = []
    gap = 0
    for j in range(start, len(lines)):
        if _list_item(lines[j], hits[j]):
            run.append(j)
            gap = 0
            continue
        gap += 1
        if hits[j] is not None or gap > 1:
            if len(run) >= LIST_RUN_MIN:
                out.update(range(run[0], run[-1] + 1))
            run, gap = [], 0
    if len(run) >= LIST_RUN_MIN:
        out.update(range(run[0], run[-1] + 1))
    return out


def mark(ln, rule: str, reason: str) -> None:
    """Label a line furniture with its rule and reason (in place).

    Parameters
    ----------
    ln : helpers.corpus.clean_lines.Line
        A line to relabel.
    rule, reason : str
        The rule's name and its explanation.
    """
    ln.label, ln.rule, ln.reason = "furniture", rule, reason


LEAD_IN_MAX_WORDS = 20
"""A line of at most this many words right above the body that ends with a colon or comma
("Here is what we know:", "Dear readers,") introduces the body and is kept."""
LIST_ITEM_SHARE = 0.5
"""Share of a short line's content words that must occur in the body for it to be a list item or
caption of the same story (stricter than :data:`helpers.corpus.body_block.SAME_STORY_SHARE`: short lines share few words)."""
_KEPT = ("body", "subheading", "headline", "standfirst")


def keep_lead_in(lines: list, hits: list, first_prose: int) -> None:
    """A short line right above the first body paragraph that ends with a colon or comma is body (in place).

    The line is relabelled ``body`` when a header or before-body rule made it furniture, no furniture rule of
    ``hits`` names it, and it has at most :data:`LEAD_IN_MAX_WORDS` words.

    Parameters
    ----------
    lines : list of helpers.corpus.clean_lines.Line
        The page's lines, labelled; the lead-in line is relabelled in place.
    hits : list
        Per line, the furniture rule that named it (``(rule, reason)``), or ``None``.
    first_prose : int
        Index of the first body paragraph.
    """
    i = first_prose - 1
    if i < 0 or first_prose >= len(lines) or hits[i] is not None:
        return
    ln = lines[i]
    if ln.label == "furniture" and ln.rule in ("before_body", "header_line") and ln.n_words <= LEAD_IN_MAX_WORDS \
            and ln.text.rstrip()[-1:] in (":", ","):
        ln.label, ln.rule, ln.reason = "body", "", ""


def list_item_of_story(lines: list, hits: list, i: int, body_words) -> bool:
    """Whether a short line just after kept body text is a list item of the same story.

    The line must follow a kept line (or a short heading that does), carry no
    furniture rule, hold 3+ words that are not in title case, and share at least
    :data:`LIST_ITEM_SHARE` of its content words with the body. A short heading
    line (up to 6 words) counts when the line after it is such an item.

    Parameters
    ----------
    lines : list of helpers.corpus.clean_lines.Line
        The page's lines, labelled so far (the line before ``i`` must be kept).
    hits : list
        Per line, ``(rule, reason)`` of a furniture rule or ``None``: a named line is no list item.
    i : int
        Index of the line.
    body_words : callable
        Returns :func:`helpers.corpus.body_block.content_words` of the body (called only when needed).

    Returns
    -------
    bool
        True for a list item (or its heading) of the story.
    """
    if hits[i] is not None or is_marker(lines[i]):
        return False
    prev = lines[i - 1] if i > 0 else None
    if prev is None or prev.label not in _KEPT:
        return False
    return _item_at(lines, hits, i, body_words(), 2)


def _item_at(lines: list, hits: list, i: int, words: set, depth: int) -> bool:
    """A story item at ``i``; a short heading or a lead-in ending with a colon counts when an item follows."""
    ln = lines[i]
    if story_item(ln, words):
        return True
    if depth == 0 or i + 1 >= len(lines) or hits[i + 1] is not None or is_marker(lines[i + 1]):
        return False
    lead = ln.n_words <= 6 or (ln.n_words <= LEAD_IN_MAX_WORDS and ln.text.rstrip().endswith(":"))
    return lead and _item_at(lines, hits, i + 1, words, depth - 1)


def title_like_words(ln) -> bool:
    """Whether more than half of a line's content words are capitalised (a headline of another story).

    Parameters
    ----------
    ln : helpers.corpus.clean_lines.Line
        A line (its ``text`` is read).

    Returns
    -------
    bool
        True when :func:`helpers.corpus.clean_rules.title_case_share` of its words is above 0.5.
    """
    return title_case_share(tokens(ln.text)) > 0.5


def story_item(ln, body_words: set) -> bool:
    """Whether a line is a list item or caption of the story: 3 words or more, short, not title-like, and on it.

    Parameters
    ----------
    ln : helpers.corpus.clean_lines.Line
        A line after the body block.
    body_words : set of str
        :func:`helpers.corpus.body_block.content_words` of the body.

    Returns
    -------
    bool
        True when the line has 3 to ``2 * KEEP_OUTSIDE_WORDS - 1`` words, is not title-like and shares
        :data:`LIST_ITEM_SHARE` of its content words with the body.
    """
    if ln.n_words < 3 or ln.n_words >= KEEP_OUTSIDE_WORDS * 2 or title_like_words(ln):
        return False  # too short or long for a list item, or a headline of another story
    return same_story(body_words, [ln.text], share=LIST_ITEM_SHARE)


SITE_NOTE_CUES = re.compile(
    r"\b(?:newsletters?|subscrib(?:e|ers?|ing)|sign\s+(?:up|me\s+up)|your\s+inbox|affiliate|cookies|ad-?blocker|"
    r"comments?\s+(?:are|policy|section|under)|can\s+be\s+reached\s+at|rights\s+reserved|"
    r"advertisers?|advertising\s+(?:disclosure|disclaimer|fees|guidelines))\b|^(?:disclaimer|disclosure)\b",
    re.I)
"""Words of a site's note to its readers (newsletters, ads, cookies, comment policy) or of an author note."""
_SITE_NOTE_ANCHORS = re.compile("newsletter|subscrib|sign|inbox|affiliate|cookies|blocker|comment|reached at|"
                                "rights reserved|advertis|disclaimer|disclosure")
SUMMARY_BODY_LINES = 20
"""Summary lines above the headline are compared with the first this many lines of the body."""
SITE_NOTE_MAX_LINES = 8
"""At most this many lines at the end of the body are looked at for site notes."""
SITE_NOTE_SHARE = 0.35
SITE_NOTE_MAX_WORDS = 50
"""A paragraph longer than this is not a site note: the site's notes to readers are a sentence or two (those removed
on 2,000 random AllSides articles and on the dev pages have at most 37 words; a 57-word subscription note in
another AllSides sample is now kept); a longer paragraph that says "sign up" or "advertisers" is the story's."""
"""A site note shares less than this share of its content words with the body above it (a note of the
site shares almost none; a paragraph of the story that mentions a newsletter shares many)."""
"""At most this many lines at the end of the body are looked at for site notes."""


def mark_site_notes(lines: list) -> None:
    """Paragraphs at the end of the body that are not the story and address the reader are site notes.

    Walks back from the last body line over at most :data:`SITE_NOTE_MAX_LINES`
    body lines; a line of at most :data:`SITE_NOTE_MAX_WORDS` words is a site note when fewer than
    :data:`SITE_NOTE_SHARE`
    of its content words occur in the body above it and it has :data:`SITE_NOTE_CUES` (a newsletter or
    advertising note, a comment policy, an author note). The walk stops at the
    first line that is the story or has no such words, and never takes more
    than a third of the body's words.

    Parameters
    ----------
    lines : list of helpers.corpus.clean_lines.Line
        The page's lines, with the body labelled ``body``.
        Labelled in place.
    """
    idx = [k for k, ln in enumerate(lines) if ln.label == "body"]
    if len(idx) < 3:
        return
    total = sum(lines[k].n_words for k in idx)
    taken = 0
    for pos in range(len(idx) - 1, max(len(idx) - 1 - SITE_NOTE_MAX_LINES, 0), -1):
        ln = lines[idx[pos]]
        if ln.n_words > SITE_NOTE_MAX_WORDS or _SITE_NOTE_ANCHORS.search(ln.text.lower()) is None \
                or not SITE_NOTE_CUES.search(ln.text):
            break
        above = set().union(*(content_words(lines[k].text) for k in idx[:pos]))
        if same_story(above, [ln.text], share=SITE_NOTE_SHARE) or 3 * (taken + ln.n_words) > total:
            break
        taken += ln.n_words
        mark(ln, "site_note", "note of the site after the article (newsletter, advertising, comments, author), "
                               "not on the story")


def mark_author_note(lines: list) -> None:
    """An author note among the last body lines ("Jane Doe is a senior writer for ...") is furniture.

    Walks back over the last three body lines (when the body has more than three) while they are short author
    notes (:data:`helpers.corpus.clean_rules.AUTHOR_BIO`) and marks them ``author_note``.

    Parameters
    ----------
    lines : list of helpers.corpus.clean_lines.Line
        The page's lines, with the body labelled ``body`` (its last lines are read).
        Labelled in place.
    """
    body = [ln for ln in lines if ln.label == "body"]
    for ln in reversed(body[-3:]) if len(body) > 3 else ():
        if ln.n_words <= AUTHOR_BIO_MAX_WORDS and AUTHOR_BIO.match(ln.text):
            mark(ln, "author_note", "note about the author after the article")
        else:
            break


DATED_LINES = 6
"""A run of prose is dated when a dateline or byline stands among this many lines above it."""
REPEATED_CARD_LINES = 4
"""A run of teaser cards with at least this many lines that occur elsewhere on the page (titles repeated as
links, a section label over every card) is a list of other stories even when they share the story's words."""


def dated(lines: list, hits: list, start: int) -> bool:
    """Whether a dateline or a byline stands among the :data:`DATED_LINES` lines above ``start``.

    Parameters
    ----------
    lines : list of helpers.corpus.clean_lines.Line
        The page's lines (header rules read their folded text).
    hits : list
        Furniture rule per line: ``(rule, reason)`` or ``None``.
        Header rules (:func:`helpers.corpus.clean_rules.header_furniture`) are also tried.
    start : int
        Index of the first line of the run.

    Returns
    -------
    bool
        True when a ``dateline`` or ``byline`` rule names one of those lines.
    """
    for k in range(max(start - DATED_LINES, 0), start):
        rule = (hits[k] or header_furniture(lines[k]) or ("",))[0]
        if rule in ("dateline", "byline"):
            return True
    return False


def dated_run_above(lines: list, hits: list, scored: list, main: tuple) -> tuple:
    """The article's run when the densest run is a blurb below it (an about-us text, a comment policy).

    A densest run of at most two paragraphs with no dateline or byline above it gives way to an earlier run
    of two or more paragraphs, worth at least half as much, that has a dateline or byline right above it:
    an article is introduced by its date or author, a site's blurb is not.

    Parameters
    ----------
    lines, hits : list
        The page's lines and their furniture rules.
    scored : list of float
        Line values after :func:`helpers.corpus.body_block.gap_costs`.
    main : (int, int)
        The densest run.

    Returns
    -------
    (int, int)
        The run to take as the article's (``main`` unless the earlier dated run wins).
    """
    a, b = main
    if sum(v > 0 for v in scored[a:b]) > 2 or dated(lines, hits, a):
        return main
    s, e = densest_run(scored[:a])
    if e == 0 or sum(v > 0 for v in scored[s:e]) < 2 or 2 * sum(scored[s:e]) < sum(scored[a:b]) \
            or not dated(lines, hits, s):
        return main
    return s, e


def repeated_lines(lines: list) -> frozenset:
    """Short lines (up to 15 words) whose text occurs more than once, not right after itself.

    An article does not repeat its lines word for word; a list of other stories does (a title under its
    picture and again as a link, a section label over every card).

    Parameters
    ----------
    lines : list of helpers.corpus.clean_lines.Line
        The page's lines, in order.

    Returns
    -------
    frozenset of str
        The texts of such lines.
    """
    seen: dict = {}
    out = set()
    prev = None
    for ln in lines:
        if ln.n_words <= 15 and ln.text != prev:
            if ln.text in seen:
                out.add(ln.text)
            seen[ln.text] = True
        prev = ln.text
    return frozenset(out)


def figure_line(ln) -> bool:
    """A short line at least half of whose words hold a digit: a cell of a table of figures, a date.

    Parameters
    ----------
    ln : helpers.corpus.clean_lines.Line
        A line below the body (its ``text`` and ``n_words`` are read).

    Returns
    -------
    bool
        True for a line of at most 8 words, at least half of which hold a digit.
    """
    if ln.n_words > 8 or _DIGIT.search(ln.text) is None:
        return False
    toks = ln.text.split()
    return 2 * sum(_DIGIT.search(t) is not None for t in toks) >= len(toks)


SITE_VOICE_MAX_WORDS = 30
"""A site's own line to its readers ("If you enjoyed this post ...") has at most this many words."""
_READER = re.compile(r"\b(?:you|your|we|our|us)\b", re.I)
_SITE_WORDS = re.compile(r"\b(?:posts?|site|website|blog|newsletters?|inbox|subscri\w+|readers|content|advertis\w*|"
                         r"sponsor\w*|products|updates|stories|articles|tutorials)\b", re.I)
_QUOTE_MARKS = ('"', "\u201c", "\u201d")
_SITE_ANCHORS = ("post", "site", "blog", "newsletter", "inbox", "subscri", "readers", "content", "advertis",
                 "sponsor", "products", "updates", "stories", "articles", "tutorials")


def mark_site_voice(lines: list) -> None:
    """Short lines in which the site speaks to its readers about itself, next to page furniture, are furniture.

    A body line of at most :data:`SITE_VOICE_MAX_WORDS` words is such a line when it addresses the reader
    or speaks for the site ("you", "your", "we", "our"), names the site's things (posts, newsletter,
    readers, content, products, stories), holds no quotation mark (a quoted speaker says "we" too), shares
    less than :data:`OUTSIDE_STORY_SHARE` of its content words with the rest of the body, and a line next
    to it is furniture: such lines sit in the boxes around an article, not between its paragraphs.

    Parameters
    ----------
    lines : list of helpers.corpus.clean_lines.Line
        The page's lines, with body and furniture labelled.
        Labelled in place.
    """
    idx = [k for k, ln in enumerate(lines) if ln.label == "body"]
    if len(idx) < 3:
        return
    words = None
    for k in idx:
        ln = lines[k]
        if ln.n_words > SITE_VOICE_MAX_WORDS or not any(
                0 <= j < len(lines) and lines[j].label == "furniture" for j in (k - 1, k + 1)):
            continue
        low = ln.text.lower()
        if not any(a in low for a in _SITE_ANCHORS) \
                or any(q in ln.text for q in _QUOTE_MARKS) or not _SITE_WORDS.search(ln.text) \
                or not _READER.search(ln.text):
            continue
        if words is None:
            words = [content_words(lines[j].text) for j in idx]
        rest = set().union(*(w for j, w in zip(idx, words) if j != k))
        if not same_story(rest, [ln.text], share=OUTSIDE_STORY_SHARE):
            mark(ln, "site_voice", "the site speaking to its readers about itself (posts, newsletter, products), "
                                   "next to page furniture and not on the story")


HEADLINE_LOOKUP_LINES = 8
"""Lines without a rule looked at above the header zone for a headline that the walk up from the body missed."""
HEADLINE_MIN_SHARED = 2
"""A title-like line above the header zone is the story's headline when it shares at least this many content
words with the body's first lines, and more of them than the line taken as the headline."""


def recover_headline(lines: list, hits: list, h_start: int, headline_idx, lead: set) -> int | None:
    """Keep the story's headline when the line taken as the headline is a tag, byline, caption or kicker.

    The walk up from the body stops at the first title-like line (:func:`helpers.corpus.clean_zones.header_start`);
    on some pages that is a tag list, an author's affiliation or a photo caption right under the real
    headline, and the headline above it is removed with the menus (``before_body``). Looking at most
    :data:`HEADLINE_LOOKUP_LINES` lines without a rule above the header zone, the title-like line of 3 to 30
    words removed as ``before_body`` that shares the most content words with the body's first lines (at least
    :data:`HEADLINE_MIN_SHARED`, and more than the line taken as the headline; the nearest on a tie) becomes
    the headline; that line stays as a subheading (no text is lost if the choice is wrong).

    Parameters
    ----------
    lines : list of Line
        The article's lines, labelled so far.
    hits : list
        The line rules' verdict per line (None: no rule named it).
    h_start : int
        First line of the header zone.
    headline_idx : int or None
        The line taken as the headline (None: none was found).
    lead : set of str
        Content words of the body's first lines.

    Returns
    -------
    int or None
        The index of the headline after the check.
    """
    def shared(ln) -> int:
        return len(content_words(ln.text) & lead)

    floor = max(HEADLINE_MIN_SHARED, shared(lines[headline_idx]) + 1) if headline_idx is not None \
        else HEADLINE_MIN_SHARED
    best, best_shared, seen = None, floor - 1, 0
    for j in range(h_start - 1, -1, -1):
        if seen >= HEADLINE_LOOKUP_LINES:
            break
        if hits[j] is not None:
            continue
        seen += 1
        ln = lines[j]
        if ln.rule == "before_body" and 3 <= ln.n_words <= 30 and is_title_like(ln.text, max_words=30) \
                and shared(ln) > best_shared:
            best, best_shared = j, shared(ln)
    if best is None:
        return headline_idx
    if headline_idx is not None:
        old = lines[headline_idx]
        a, b = old.folded.lower(), lines[best].folded.lower()
        if a in b or b in a:
            return headline_idx  # the same title in a shorter or longer form: nothing is lost
        old.label = "subheading"
    lines[best].label, lines[best].rule, lines[best].reason = "headline", "", ""
    return best


def restore_long_paragraphs(lines: list, start: int, end: int, full_paragraph, body_words=None) -> None:
    """Paragraphs longer than any teaser inside a related-stories block that the body resumes after are body.

    A marker inside the article ("Previous article", "Related") opens a block that the body resumes after
    (two full paragraphs follow it). A paragraph of the story right after the marker, cut off from that
    resumption by a photo or a caption, would otherwise go with the block; teasers have at most
    :data:`helpers.corpus.body_block.TEASER_MAX_WORDS` words, so a full paragraph longer than that between
    ``start`` (the marker) and ``end`` (where the body resumes) is the story's.

    Parameters
    ----------
    lines : list of Line
        The article's lines; those labelled ``trailer`` in ``(start, end)`` are looked at.
    start, end : int
        The marker line and the line where the body resumes.
    full_paragraph : callable
        Whether a line is a full paragraph (ends like a sentence, long, named by no line rule).
    body_words : set of str, optional
        Content words of the body above the marker; a full paragraph of teaser length is also kept when it
        shares :data:`OUTSIDE_STORY_SHARE` of its words with them (the same story).

    Returns
    -------
    None
        The lines are relabelled in place (label ``body``, rule and reason cleared).
    """
    for k in range(start + 1, end):
        ln = lines[k]
        if ln.rule == "trailer" and full_paragraph(ln) and (
                ln.n_words > TEASER_MAX_WORDS
                or body_words is not None and same_story(body_words, [ln.text], share=OUTSIDE_STORY_SHARE)):
            ln.label, ln.rule, ln.reason = "body", "", ""
