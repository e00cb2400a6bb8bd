"""The page's tail after the story: short lines between furniture, teasers over "Read more", reader comments.

Issue 11o-b. Three kinds of furniture after the article survived the other rules because they read as prose:

* **Short lines between furniture at the page's end** (:func:`tail_lines`): a newsletter box's description ("Daily
  news about ... shaping our world." between "Sign up for our newsletter" and "Email"), an author box's one-line bio
  between "By Jane Roe" and "All articles", a site's pitch to advertisers between a footer menu and a cookie notice,
  a tag line or two titles between "Post navigation" links. jusText's context rule says it: a short block whose
  neighbours on both sides are boilerplate is boilerplate. Here it is applied from the end of the page upwards only,
  so that it never reaches into the article: the walk takes runs of at most :data:`TAIL_RUN_MAX_LINES` kept lines,
  each of at most :data:`TAIL_LINE_MAX_WORDS` words, that have a removed line right above and right below them and
  none of whose lines is on the story (a paragraph: 20% or :data:`TAIL_STORY_MIN_SHARED` of its longer words in the
  article above; a shorter line: :data:`TAIL_STORY_SHARE`); it stops at the first run that is longer, on the story,
  holds the headline, is bounded by an ad slot or a caption (a short paragraph between two "Advertisement" lines is
  the article's), is where the story resumed after an end-of-page block, or has less than :data:`TAIL_BODY_RATIO`
  times its words of article above it (a brief).
* **A teaser with a "Read more" link** (:func:`read_on_teaser`): after an end-of-article marker the body resumes at
  two full paragraphs on the story; a list of teaser excerpts ("Title" / 100-word excerpt / "Read More", again and
  again) on the same subject looks like that, so a paragraph followed by a "Read more" / "Continue reading" link is
  an excerpt of another post, not the story going on.
* **Reader comments without a heading** (:func:`comments_start`): a comment's signature is a short line with a
  date and a time ("Jane Roe March 26, 2018 at 1:09 pm Reply", "16. March, 2023 at 16:59") and a reply button on it
  or within a few lines below ("Reply"). Two such signatures close together after the article open the reader
  comments, even when no "5 thoughts on ..." heading stands above them (a bare "9 Comments" counter, or none); the
  comments quote the story, so the body used to resume at them. A live blog's timestamps have no reply buttons.

Issue 12bd-f adds **a list of dated titles at the page's end** (:func:`dated_title_lines`): "Recent posts" without
its heading, each line another story's title with its date after a dash ("- Museum Reopens - October 10, 2020"). Lines
that end like sentences, a single such line, such lines with more story below them, or such lines dated in rising
order (a timeline of the story; lists of other stories run newest first) are left alone.

All work on :class:`helpers.corpus.clean_lines.Line` lists; :mod:`helpers.corpus.clean` marks the lines.
"""
from __future__ import annotations

import re

from .body_block import content_words, same_story
from .clean_edges import KEEP_OUTSIDE_WORDS, OUTSIDE_STORY_SHARE
from .clean_rules import _MONTHS, PROSE_END, fold

__all__ = ["tail_lines", "dated_title_lines", "DATED_TITLE", "DATED_TITLES_MIN", "read_on_teaser", "comments_start", "READ_ON", "COMMENT_STAMP", "REPLY_BUTTON",
           "SIGNATURE_MAX_WORDS", "SIGNATURE_MAX_GAP", "COMMENTS_MIN_ARTICLE_WORDS", "TAIL_RUN_MAX_LINES",
           "TAIL_LINE_MAX_WORDS", "TAIL_STORY_SHARE", "TAIL_STORY_MIN_SHARED", "TAIL_BODY_RATIO"]

TAIL_RUN_MAX_LINES = 3
"""A run of kept lines between two removed lines at the page's end is furniture only when it has at most this many
lines (a box's description, a bio line, two titles); a longer run is the article's end and stops the walk."""
TAIL_LINE_MAX_WORDS = 40
"""Every line of such a run has at most this many words (as a teaser: :data:`helpers.corpus.body_block.TEASER_MAX_WORDS`)."""
TAIL_STORY_SHARE = 0.5
"""A line that is not a paragraph is the story's when at least this share of its longer words is in the article above
(short lines share few words, so this is stricter than a paragraph's 20%): the walk stops there."""
TAIL_STORY_MIN_SHARED = 2
"""A line of :data:`helpers.corpus.clean_edges.KEEP_OUTSIDE_WORDS` or more words (a paragraph) is the story's when it
shares 20% (:data:`helpers.corpus.clean_edges.OUTSIDE_STORY_SHARE`) or at least this many of its longer words with
the article above: a closing sentence after a related-stories box shares few, but shares its key words."""
TAIL_BODY_RATIO = 3
"""The article above a run must have at least this many times the run's words; else the run is the article."""
_KEEPS = ("body", "subheading")
_INTERSTITIAL_RULES = frozenset({"caption", "gallery", "duplicate_line", "duplicate_text", "promo", "markup"})
_AD_SLOT = re.compile(r"^(?:advertisement|advertising|ad|ads|sponsored(?:\s+content)?|story\s+continues\s+below|"
                      r"continue\s+reading\s+below|(?:scroll|continue)\s+(?:down\s+)?to\s+continue(?:\s+reading)?)\W*$",
                      re.I)
READ_ON = re.compile(r"^(?:read\s+more|continue\s+reading|keep\s+reading|read\s+(?:the\s+)?(?:full\s+)?(?:story|"
                     r"article|post|review))\s*(?:\.{1,3}|\u2026|[\"\u00bb\u203a>\u2192]+)?$", re.I)
"""A link to the rest of another post under its excerpt: "Read More", "Continue reading »", "Read the full story"."""


COMMENT_STAMP = re.compile(
    rf"(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\.?\s+{_MONTHS},?\s+\d{{4}}"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2})\s*(?:at|um|à|a\s+las|alle|,|-|/|@)?\s*\d{1,2}:\d{2}\b",
    re.I,
)
"""A comment's timestamp: a date and a time of day ("March 26, 2018 at 1:09 pm", "9 Apr 2020 / 08:34")."""
REPLY_BUTTON = re.compile(r"(?:^|\s)(?:reply|antworten|r[ée]pondre|responder|rispondi)\s*$", re.I)
"""A reply button, alone on its line or at the end of a comment's signature (English, German, French, Spanish,
Italian)."""
SIGNATURE_MAX_WORDS = 14
"""A comment's signature line (name, timestamp, reply button) has at most this many words."""
SIGNATURE_MAX_GAP = 12
"""Two signatures at most this many lines apart belong to one comment thread."""
COMMENTS_MIN_ARTICLE_WORDS = 50
"""A comment thread starts only where at least this many words of prose stand between the article's start and it."""
_REPLY_WINDOW = 5


def _signature(lines: list, k: int) -> bool:
    """Whether ``lines[k]`` is a comment's signature: a short line with a timestamp and a reply button near it."""
    ln = lines[k]
    if ln.n_words > SIGNATURE_MAX_WORDS or ":" not in ln.text or not COMMENT_STAMP.search(ln.text):
        return False
    return any(REPLY_BUTTON.search(lines[j].text) and (j == k or lines[j].n_words <= 2)
               for j in range(k, min(len(lines), k + _REPLY_WINDOW + 1)))


def comments_start(lines: list, start: int, prose_after) -> int | None:
    """Index of the first line of a reader-comment thread after the article, or ``None``.

    Parameters
    ----------
    lines : list of helpers.corpus.clean_lines.Line
        The page's lines (``text``, ``label`` and ``n_words`` are read).
    start : int
        The article's first body paragraph.
    prose_after : callable
        ``prose_after(k)``: prose words from line ``k`` to the end of the page.

    Returns
    -------
    int or None
        The first of two signatures (see the module's notes) at most :data:`SIGNATURE_MAX_GAP` lines apart, or the
        commenter's name right above it (a line of at most 4 words that does not end like a sentence), when at least
        :data:`COMMENTS_MIN_ARTICLE_WORDS` words of prose stand above it; ``None`` when there is none.
    """
    sigs = [k for k in range(start + 1, len(lines))
            if ":" in lines[k].text and lines[k].label != "furniture" and _signature(lines, k)]
    for a, b in zip(sigs, sigs[1:]):
        if b - a > SIGNATURE_MAX_GAP:
            continue
        cut = a
        if cut - 1 > start and lines[cut - 1].n_words <= 4 and not PROSE_END.search(lines[cut - 1].text.rstrip()):
            cut -= 1
        if prose_after(start) - prose_after(cut) >= COMMENTS_MIN_ARTICLE_WORDS:
            return cut
    return None


def _runs_from_end(lines: list) -> list[tuple[int, int]]:
    """Runs ``(a, b)`` of consecutive non-furniture lines, the last run first."""
    runs, k = [], len(lines) - 1
    while k >= 0:
        if lines[k].label == "furniture":
            k -= 1
            continue
        b = k + 1
        while k >= 0 and lines[k].label != "furniture":
            k -= 1
        runs.append((k + 1, b))
    return runs


def _interstitial(ln) -> bool:
    """Whether a removed line is one that stands between an article's paragraphs: an ad slot, a caption, a copy."""
    return ln.rule in _INTERSTITIAL_RULES or (ln.n_words <= 6 and _AD_SLOT.match(ln.folded.strip()) is not None)


def _on_story(ln, above: set) -> bool:
    """Whether a line shares the article's words: a paragraph 20% or two of its longer words, any other line half.

    A paragraph has :data:`helpers.corpus.clean_edges.KEEP_OUTSIDE_WORDS` or more words and ends like a sentence; a
    teaser line that does not ("... have roamed the beaches for 400 years") is held to the short lines' share.
    """
    if ln.n_words >= KEEP_OUTSIDE_WORDS and PROSE_END.search(fold(ln.text[-8:]).rstrip()):
        return same_story(above, [ln.text], share=OUTSIDE_STORY_SHARE) \
            or len(content_words(ln.text) & above) >= TAIL_STORY_MIN_SHARED
    return same_story(above, [ln.text], share=TAIL_STORY_SHARE)


def tail_lines(lines: list, protected=frozenset()) -> list[int]:
    """Short kept lines between removed lines at the end of the page, off the story (see the module's notes).

    Parameters
    ----------
    lines : list of helpers.corpus.clean_lines.Line
        The page's lines, labelled (``label``, ``text`` and ``n_words`` are read).

    Returns
    -------
    list of int
        Indexes of the lines to remove, in page order. A run that reaches the page's last line (nothing removed
        below it) is left as it is and the walk goes on above it.
    """
    out: list[int] = []
    n = len(lines)
    for a, b in _runs_from_end(lines):
        if a == 0:
            break  # the run reaches the top of the page: it is the article
        if any(lines[k].label not in _KEEPS for k in range(a, b)) or b - a > TAIL_RUN_MAX_LINES \
                or any(lines[k].n_words > TAIL_LINE_MAX_WORDS for k in range(a, b)):
            break
        kept_above = [k for k in range(a) if lines[k].label != "furniture"]
        body_above = sum(lines[k].n_words for k in kept_above if lines[k].label == "body")
        if body_above < TAIL_BODY_RATIO * sum(lines[k].n_words for k in range(a, b)):
            break  # no article above it worth the name: the run is the article (a brief under its headline)
        above = set().union(*(content_words(lines[k].text) for k in kept_above))
        if any(k in protected or _on_story(lines[k], above) for k in range(a, b)):
            break  # the story's own closing lines
        if _interstitial(lines[a - 1]) or b < n and _interstitial(lines[b]):
            break  # an ad slot or a caption stands between paragraphs of an article, not after it
        if b == n:
            continue  # the page's last lines with no furniture below: a sign-off is left to the line rules
        out.extend(range(a, b))
    return sorted(out)


DATED_TITLE = re.compile(
    r"^(?:[-–—•*·]\s*)?\S.{0,200}?[^.!?\s]\s+[-–—|]\s+(?:(?P<m1>" + _MONTHS + r")\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+"
    r"(?P<y1>\d{4})|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>" + _MONTHS + r"),?\s+(?P<y2>\d{4}))\s*$", re.IGNORECASE)
"""A title followed by a dash (or bar) and a date, and nothing after it: a line of a list of other stories."""
DATED_TITLES_MIN = 2
"""A run of dated titles at the page's end is a list of other stories from this many lines on (one line may be a
story's own)."""


def dated_title_lines(lines: list) -> list[int]:
    """A list of other stories' titles with their dates, the last kept lines of the page (see the module's notes).

    Parameters
    ----------
    lines : list of helpers.corpus.clean_lines.Line
        The page's lines, labelled (``label``, ``text`` and ``n_words`` are read).

    Returns
    -------
    list of int
        Indexes of the lines to remove, in page order: the run of kept lines at the page's end (removed lines
        between them are passed over) that each match :data:`DATED_TITLE` with at most
        :data:`TAIL_LINE_MAX_WORDS` words, when it has at least :data:`DATED_TITLES_MIN` lines, its dates are not
        a chronology (never falling and rising at least once down the page: the story's own timeline) and the body
        above it has at least :data:`TAIL_BODY_RATIO` times its words; else none.
    """
    run: list[int] = []
    for k in range(len(lines) - 1, -1, -1):
        ln = lines[k]
        if ln.label == "furniture":
            continue
        if ln.label not in _KEEPS or ln.n_words > TAIL_LINE_MAX_WORDS or not DATED_TITLE.match(ln.text.strip()):
            break
        run.append(k)
    if len(run) < DATED_TITLES_MIN or _chronology(sorted(run), lines):
        return []
    body_above = sum(ln.n_words for ln in lines[: min(run)] if ln.label == "body")
    if body_above < TAIL_BODY_RATIO * sum(lines[k].n_words for k in run):
        return []
    return sorted(run)


_MONTH_KEYS = "janfebmaraprmayjunjulaugsepoctnovdec"


def _title_date(text: str) -> tuple[int, int, int]:
    """(year, month, day) of a :data:`DATED_TITLE` line."""
    m = DATED_TITLE.match(text.strip())
    month = m["m1"] or m["m2"]
    return int(m["y1"] or m["y2"]), _MONTH_KEYS.index(month[:3].lower()) // 3 + 1, int(m["d1"] or m["d2"])


def _chronology(run: list[int], lines: list) -> bool:
    """Whether the dates of the run (in page order) never fall and rise at least once: a timeline or a fixture list
    of the story, not a list of other stories (those run newest first)."""
    dates = [_title_date(lines[k].text) for k in run]
    steps = list(zip(dates, dates[1:]))
    return all(a <= b for a, b in steps) and any(a < b for a, b in steps)


def read_on_teaser(lines: list, i: int) -> bool:
    """Whether ``lines[i]`` is an excerpt of another post: the next line is a "Read more" link (:data:`READ_ON`).

    Parameters
    ----------
    lines : list of helpers.corpus.clean_lines.Line
        The page's lines (``folded`` is read).
    i : int
        The index of a paragraph.

    Returns
    -------
    bool
        True when the line right after it is a "Read more" / "Continue reading" link.
    """
    return i + 1 < len(lines) and lines[i + 1].n_words <= 5 and READ_ON.match(lines[i + 1].folded.strip()) is not None
