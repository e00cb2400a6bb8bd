"""Find an article's body as a block: the densest run of prose, its teaser tail, same-story checks.

Line rules alone keep every line that no rule names; on a whole web page
rendered to plain text that keeps menus, footers and lists of other stories.
These functions look at the page as a sequence of lines instead:

* :func:`densest_run` - the body is the contiguous run of lines with the most
  prose in it and the least of anything else (the plain-text form of Finn,
  Kushmerick and Smyth's body-text extraction, 2001): each line gets a value
  (:func:`line_value`: its word count when it reads as a sentence, a small
  penalty when it is short and not a sentence, a larger one when a furniture
  rule named it) and the run with the largest sum is the body. Short lines
  between prose paragraphs (subheadings, one-line quotes) cost little and stay
  inside, as in jusText's context rules.
* :func:`teaser_tail` - a run of "cards" at the end of the body (a short
  title-like line, an optional date, at most one short paragraph, repeated) is
  a list of other stories, unless its paragraphs are clearly about the same
  story (:func:`same_story`).
* :func:`same_story` - whether paragraphs share enough of their longer words
  with the body before them to be the same story.
"""
from __future__ import annotations

import re

__all__ = ["line_value", "gap_costs", "GAP_FREE_LINES", "LONG_GAP_LINES", "densest_run", "split_at_long_gaps", "body_ranges", "SECOND_BLOCK_SHARE", "SECOND_BLOCK_MIN",
           "PAGE_FOOTER", "ranges_before_footer",
           "SECOND_BLOCK_STORY_SHARE", "teaser_tail", "same_story", "content_words",
           "SAME_STORY_SHARE", "TEASER_MAX_WORDS"]

SAME_STORY_SHARE = 0.35
"""Share of a passage's longer words (5+ letters) that must occur in the body for it to be the same story."""
TEASER_MAX_WORDS = 40
"""A teaser paragraph under a card's title has at most this many words."""
SECOND_BLOCK_SHARE = 0.25
"""Another run of prose, apart from the densest one, is part of the body when it holds at least
this share of the densest run's value (and :data:`SECOND_BLOCK_MIN`) and is the same story."""
SECOND_BLOCK_MIN = 40.0
SECOND_BLOCK_STORY_SHARE = 0.15
"""Two long runs of prose are one story when this share of the smaller run's content words is in the other.
Lower than :data:`SAME_STORY_SHARE`: the two halves of a real article share few of their distinct longer words
(on 1,956 AllSides articles of 300+ words, 96% of second halves share less than 0.35 with the first half, 8% less
than 0.15; a half of another article shares 0.15 or more with 17% of first halves)."""
SHORT_PENALTY = 3.0
"""Cost of a short line that is not a sentence (menu item, title, tag, date)."""
GAP_FREE_LINES = 6
LONG_GAP_LINES = 12
"""A run of this many lines in a row that are not prose parts the densest run (:func:`split_at_long_gaps`)."""
"""Up to this many lines in a row that are not prose cost their plain value inside a body block; each further
line of the gap costs one more multiple of it (see :func:`gap_costs`)."""

_CLOSERS = "\"')]\u201d\u2019\u00bb"
_ENDS = (".", "!", "?")
_LONG_WORD = re.compile(r"[^\W\d_]{5,}")


def line_value(n_words: int, text_tail: str, furniture: bool) -> float:
    """How much one line adds to (or takes from) a candidate body block.

    Parameters
    ----------
    n_words : int
        Words in the line.
    text_tail : str
        The end of the line, enough to see how it ends (curly closing quotes are understood).
    furniture : bool
        Whether a furniture rule already named the line.

    Returns
    -------
    float
        ``n_words`` for a sentence of 6+ words; half of it for a shorter
        sentence (2-5 words) and for a long line (20+ words) that does not end
        like a sentence; ``-max(3, min(n_words, 25))``
        for furniture; ``-3`` for any other line.
    """
    if furniture:
        return -max(SHORT_PENALTY, float(min(n_words, 25)))
    if text_tail.rstrip().rstrip(_CLOSERS)[-1:] in _ENDS:
        if n_words >= 6:
            return float(n_words)
        if n_words >= 2:
            return n_words / 2
    if n_words >= 20:
        return n_words / 2
    return -SHORT_PENALTY


def gap_costs(values: list[float], figures=None) -> list[float]:
    """Line values with long gaps of non-prose lines made dear: the values :func:`densest_run` scores.

    A few short lines between two paragraphs (a subheading, a caption, share buttons) belong to the
    article; a long run of them (a menu, a newsletter form, a list of other stories' titles) separates
    the article from what lies beyond it, however long that is (jusText's context rule: short lines are
    body only between good paragraphs and only a few of them). The ``k``-th line of a run of lines of
    value 0 or less costs its value times ``max(1, k - GAP_FREE_LINES + 1)``. Lines that hold a figure
    (the cells of a table, a date) cost their plain value and do not lengthen the gap: a table of the
    story between two paragraphs is not a menu.

    Parameters
    ----------
    values : list of float
        One value per line (:func:`line_value`).
    figures : list of bool, optional
        Whether each line holds a digit (default: none does).

    Returns
    -------
    list of float
        The values, with the lines beyond the first :data:`GAP_FREE_LINES` of each gap multiplied.
    """
    out = []
    k = 0
    for i, v in enumerate(values):
        if v > 0:
            k = 0
            out.append(v)
        elif figures is not None and figures[i]:
            out.append(v)
        else:
            k += 1
            out.append(v * max(1, k - GAP_FREE_LINES + 1))
    return out


def densest_run(values: list[float]) -> tuple[int, int]:
    """The contiguous run with the largest sum (Kadane's algorithm).

    Parameters
    ----------
    values : list of float
        One value per line (see :func:`line_value`).

    Returns
    -------
    (int, int)
        ``start, end`` (end exclusive) of the first run with the largest
        sum; ``(0, 0)`` when every value is negative or the list is empty.
    """
    best, best_s, best_e = 0.0, 0, 0
    cur, cur_s = 0.0, 0
    for i, v in enumerate(values):
        if cur <= 0:
            cur, cur_s = v, i
        else:
            cur += v
        if cur > best:
            best, best_s, best_e = cur, cur_s, i + 1
    return best_s, best_e


def split_at_long_gaps(values: list[float], run: tuple[int, int], skip=None) -> tuple[int, int]:
    """The part of a run with the largest sum once the run is cut at every gap of :data:`LONG_GAP_LINES` lines.

    The densest run can bridge a long stretch of short lines (a tag cloud, a menu, a sign-up form) when enough
    prose lies beyond it (an about-us blurb, podcast notes, other stories' teasers): a gap that long is not
    inside an article (jusText: short lines are body only when few stand between good paragraphs). The part on
    the other side comes back only when :func:`body_ranges` finds it large and on the same story.

    Parameters
    ----------
    values : list of float
        Line values (:func:`line_value`).
    run : (int, int)
        The densest run (:func:`densest_run`).
    skip : list of bool, optional
        Lines that neither count in a gap nor end it (the cells of a table of figures, a photo gallery's lines).

    Returns
    -------
    (int, int)
        The run itself when it has no long gap, else its part with the largest sum.
    """
    parts, start, gap, last = [], run[0], 0, run[0]
    for k in range(run[0], run[1]):
        if values[k] > 0:
            if gap >= LONG_GAP_LINES:
                parts.append((start, last + 1))
                start = k
            gap, last = 0, k
        elif skip is None or not skip[k]:
            gap += 1
    if not parts:
        return run
    parts.append((start, run[1]))
    return max(parts, key=lambda p: (sum(v for v in values[p[0]:p[1]] if v > 0), -p[0]))


def body_ranges(values: list[float], main: tuple[int, int], words_of) -> list[tuple[int, int]]:
    """The densest run plus any other large run of prose on the same story.

    An article can be cut in two by an embedded table, gallery or list that
    costs more than the second part is worth to one run; the second part is
    kept when it is large (see :data:`SECOND_BLOCK_SHARE`, :data:`SECOND_BLOCK_MIN`)
    and :func:`same_story` as the densest run.

    Parameters
    ----------
    values : list of float
        Line values (:func:`line_value`).
    main : (int, int)
        The densest run (:func:`densest_run`).
    words_of : callable
        ``words_of(start, end)`` gives the content words of the prose lines in ``[start, end)``.

    Returns
    -------
    list of (int, int)
        Runs in document order, the densest one among them.
    """
    best = sum(values[main[0]:main[1]])
    need = max(SECOND_BLOCK_MIN, SECOND_BLOCK_SHARE * best)
    ranges = [main]
    main_words = None
    for _ in range(4):
        lo, hi = ranges[0][0], ranges[-1][1]
        found = False
        for a, b in ((0, lo), (hi, len(values))):
            if b - a < 1:
                continue
            s, e = densest_run(values[a:b])
            if e == 0 or sum(values[a + s:a + e]) < need:
                continue
            if main_words is None:
                main_words = words_of(*main)
            if same_story(main_words, [" ".join(words_of(a + s, a + e))], share=SECOND_BLOCK_STORY_SHARE,
                          symmetric=True):
                ranges.append((a + s, a + e))
                ranges.sort()
                found = True
        if not found:
            break
    return ranges


PAGE_FOOTER = re.compile(r"\ball\s+rights\s+reserved\b", re.I)
"""The page's copyright footer ("Copyright 2020 ... All Rights Reserved."): the end of the page, not of a part."""


def ranges_before_footer(ranges: list[tuple[int, int]], texts: list[str]) -> list[tuple[int, int]]:
    """The body's runs up to the page's copyright footer: a run beyond a long gap that holds the footer is dropped.

    :func:`body_ranges` joins two large runs of prose when they share enough longer words; two texts on one
    country or one institution do (a news story and a page on the army's officer training both name its officers,
    the region and the country). A copyright notice ("All rights reserved") in a long gap between the runs
    (:data:`LONG_GAP_LINES` lines or more) is the end of the page: what follows it is hidden or appended text, not
    the rest of the article, so the runs after the first such gap are dropped, even when the densest run is among
    them (the article stands above its page's footer). A notice in a short gap (a photo's credit between two
    paragraphs) parts nothing.

    Parameters
    ----------
    ranges : list of (int, int)
        The body's runs in document order (end exclusive).
    texts : list of str
        The page's lines.

    Returns
    -------
    list of (int, int)
        The runs before the first long gap that holds a copyright footer (all of them when there is none).
    """
    for j in range(1, len(ranges)):
        a, b = ranges[j - 1][1], ranges[j][0]
        if b - a >= LONG_GAP_LINES and any(PAGE_FOOTER.search(texts[k]) for k in range(a, b)):
            return ranges[:j]
    return ranges


def content_words(text: str) -> set[str]:
    """Lower-cased words of five or more letters: what two passages on one story share.

    Parameters
    ----------
    text : str
        A passage.

    Returns
    -------
    set of str
        Its words of five or more letters, lower-cased.
    """
    return {w.lower() for w in _LONG_WORD.findall(text)}


def same_story(body_words: set[str], passages: list[str], share: float = SAME_STORY_SHARE,
               symmetric: bool = False) -> bool:
    """Whether ``passages`` continue the story whose words are ``body_words``.

    Parameters
    ----------
    body_words : set of str
        :func:`content_words` of the body so far.
    passages : list of str
        The candidate paragraphs.
    share : float
        Minimum share of the passages' content words found in the body.
    symmetric : bool
        Divide by the smaller of the two vocabularies instead of the
        passages' (for comparing two long runs of one article, whose
        vocabularies both grow with their length).

    Returns
    -------
    bool
        True when at least ``share`` of the passages' distinct content words
        (or of the smaller vocabulary, with ``symmetric``) occur in the body;
        passages without such words are not the same story.
    """
    words = set().union(*(content_words(p) for p in passages)) if passages else set()
    if not words or not body_words:
        return False
    return len(words & body_words) / (min(len(words), len(body_words)) if symmetric else len(words)) >= share


def teaser_tail(kind, start: int, end: int) -> int:
    """Where a trailing run of teaser cards begins inside ``[start, end)``.

    Parameters
    ----------
    kind : callable
        ``kind(i)`` for a line index gives ``"T"`` (short title-like line),
        ``"D"`` (date or time), ``"P"`` (a paragraph of up to
        :data:`TEASER_MAX_WORDS` words) or ``"O"`` (anything else); it is
        called only on the lines the scan reaches, from the end.
    start, end : int
        The body block (end exclusive).

    Returns
    -------
    int
        The index of the first line of the card run when at least two dated
        cards or three cards with a paragraph (title, optional date, at most
        one paragraph of up to :data:`TEASER_MAX_WORDS` words) end the block; ``end`` otherwise. The
        caller decides, with :func:`same_story`, whether to cut them.
    """
    j, cards, dated, cut = end - 1, 0, 0, end
    while j >= start:
        k = j
        full = date = False
        if kind(k) == "P":
            k, full = k - 1, True
        if k >= start and kind(k) == "D":
            k, full, date = k - 1, True, True
        if k < start or kind(k) != "T":
            break
        if k - 1 >= start and kind(k - 1) == "D":
            k, full, date = k - 1, True, True
        cards += full
        dated += date
        if dated >= 2 or cards >= 3:
            cut = k
        j = k - 1
    return cut
