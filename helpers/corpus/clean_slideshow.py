"""A web slideshow's captions left in plain text: "Photos: <title> ... <caption> Hide Caption 3 of 12".

Dogfood 12bk-d. A site's slideshow embedded in an article prints, when the page is turned into plain text, its title
("Photos: Reaction to the school shooting"), every slide's caption and a counter ("Hide Caption 1 of 80") as text:
on one line, or broken at the captions by the extractor. In the AllSides corpus 433 articles (424 of them CNN's) hold
14,470 such counters; on a 200-article gun-policy sample they were 14 % of one outlet's words, so the slideshow's
title words became that outlet's most distinctive terms and its captions were tagged, scored and quoted as prose.

* :data:`SLIDE_COUNTER` is the counter, written as the slideshow writes it ("Hide Caption 3 of 12", title case).
* :data:`SLIDESHOW_CONTROLS` is a gallery widget's controls printed at the end of its captions ("... 6 View Slideshow
  Back Continue Share this"; round 12bp-c: the New York Post's galleries, whose captions run on one line after "Ad Up
  Next Close" and a teaser of another story).
* :func:`slideshow_lines` names every line that holds a counter or the controls, the slideshow's opening line ("Photos: ...") right
  above the first of them, and the caption lines between two counter lines a few lines apart that count on from one slide to the next. A line that starts
  "Photos:" with no counter below it is prose and is kept.

Works on :class:`helpers.corpus.clean_lines.Line` lists; :mod:`helpers.corpus.clean` marks the lines.
"""
from __future__ import annotations

import re

__all__ = ["SLIDE_COUNTER", "SLIDESHOW_CONTROLS", "SLIDESHOW_GAP", "SLIDESHOW_RULE", "SLIDESHOW_REASON",
           "slideshow_lines"]

SLIDE_COUNTER = re.compile(r"(?<![\w])Hide Caption (\d{1,4}) of (\d{1,4})(?!\w)")
"""A slideshow's caption counter as written ("Hide Caption 3 of 12")."""

SLIDESHOW_CONTROLS = re.compile(r"(?<![\w])View Slideshow\s+Back\s+Continue(?!\w)")
"""A gallery widget's controls printed as text after its captions ("View Slideshow Back Continue Share this")."""

SLIDESHOW_OPEN = re.compile(r"^\s*Photos\s?:\s")
"""The slideshow's opening line: its title after "Photos:"."""

SLIDESHOW_GAP = 3
"""Most lines between two counter lines (or between the opening line and the first counter) that are captions."""

SLIDESHOW_RULE = "gallery"
SLIDESHOW_REASON = ("slideshow: its title (\"Photos: ...\"), captions and counters (\"Hide Caption 3 of 12\") or controls "
                    "(\"View Slideshow Back Continue\")")


def _next_slide(upper: str, lower: str) -> bool:
    """True when the first counter of ``lower`` is the slide after the last counter of ``upper`` (same slideshow)."""
    last = list(SLIDE_COUNTER.finditer(upper))[-1]
    first = SLIDE_COUNTER.search(lower)
    return first.group(2) == last.group(2) and int(first.group(1)) == int(last.group(1)) + 1


def slideshow_lines(lines: list) -> set[int]:
    """Indices of the lines of a slideshow printed as text.

    Parameters
    ----------
    lines : list of helpers.corpus.clean_lines.Line
        The page's lines.

    Returns
    -------
    set of int
        Every line with a :data:`SLIDE_COUNTER` or :data:`SLIDESHOW_CONTROLS` (a gallery's captions, its widget's
        labels and the controls on one line: the whole line is the gallery); the lines between two counter lines at most
        :data:`SLIDESHOW_GAP` lines apart whose counters are consecutive slides of one slideshow ("2 of 6"
        above, "3 of 6" below: captions the extractor broke off); and a line opening with "Photos:"
        at most :data:`SLIDESHOW_GAP` lines above the first counter line of a run, with the lines between.
        Empty when no line holds a counter or the controls.
    """
    controls = {k for k, ln in enumerate(lines) if "View Slideshow" in ln.text and SLIDESHOW_CONTROLS.search(ln.text)}
    marks = [k for k, ln in enumerate(lines) if "Hide Caption" in ln.text and SLIDE_COUNTER.search(ln.text)]
    if not marks:
        return controls
    out = set(marks) | controls
    for a, b in zip(marks, marks[1:]):
        if b - a <= SLIDESHOW_GAP + 1 and _next_slide(lines[a].text, lines[b].text):
            out.update(range(a + 1, b))
    for i, k in enumerate(marks):
        if i and k - marks[i - 1] <= SLIDESHOW_GAP + 1:
            continue  # not the first counter of its run
        for j in range(k - 1, max(-1, k - SLIDESHOW_GAP - 1), -1):
            if SLIDESHOW_OPEN.match(lines[j].text):
                out.update(range(j, k))
                break
    return out
