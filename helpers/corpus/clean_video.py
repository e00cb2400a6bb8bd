"""Video-player furniture left in plain text: the player's labels and the short video titles between them.

Round 11p. A web video player embedded in an article prints its buttons and labels as text when the page is turned
into plain text: "JUST WATCHED", the video's title, "Replay", "More Videos ...", "MUST WATCH", the title again with
its running time ("01:51"); also "Now Playing", "Up Next", "Video Ad Feedback". Depending on the extractor they come
one to a line or run together on one line. Either way they are not the article, and since a site shows the same
labels on every page they became an outlet's most distinctive terms.

* :func:`is_player_strip` names one line made only of player labels, short titles between them and running times
  ("JUST WATCHED Title Replay More Videos ... MUST WATCH Title 01:51", or a bare "Replay"). The labels are matched
  as written by players (capitals or title case, whole words, not followed by a colon): prose such as "he just
  watched the replay" never matches, nor does a quoted post that starts "MUST WATCH: ...".
* :func:`player_title_lines` names a short line (a video's title) that sits between two label lines, or right
  after a label line when it ends with a running time. A title line is never removed on its own.

All work on :class:`helpers.corpus.clean_lines.Line` lists; :mod:`helpers.corpus.clean` marks the lines.
"""
from __future__ import annotations

import re

__all__ = ["PLAYER_LABEL", "RUNNING_TIME", "PLAYER_TITLE_MAX_WORDS", "PLAYER_STRIP_MAX_WORDS", "PLAYER_RULE",
           "PLAYER_REASON", "PLAYER_TITLE_REASON", "is_player_strip", "player_title_lines"]

PLAYER_LABEL = re.compile(
    r"(?<![\w'’])(?:JUST WATCHED|Just Watched|MUST WATCH|Must Watch|NOW PLAYING|Now Playing|UP NEXT|Up Next"
    r"|REPLAY|Replay|MORE VIDEOS|More Videos(?: \.\.\.|…)?|Video Ad Feedback|VIDEO AD FEEDBACK)(?![\w'’:-])")
"""A video player's label as the player writes it (capitals or title case; not followed by a colon)."""

RUNNING_TIME = re.compile(r"(?:^|\s)\(?\d{1,2}:\d\d(?::\d\d)?\)?\s*$")
"""A video's running time at the end of a line ("01:51", "(1:02:03)")."""

PLAYER_TITLE_MAX_WORDS = 20
"""Most words of a video title between two labels (a title, not a paragraph)."""

PLAYER_STRIP_MAX_WORDS = 60
"""Most words of one line of labels and titles run together."""

PLAYER_RULE = "video_player"
PLAYER_REASON = "video player's labels (\"JUST WATCHED\", \"Replay\", \"More Videos\") and its video titles"
PLAYER_TITLE_REASON = "video title between a video player's labels"

_QUICK = ("WATCH", "Watch", "PLAY", "Play", "Replay", "REPLAY", "NEXT", "Next", "Videos", "VIDEOS", "Feedback",
          "FEEDBACK")


def _short_piece(piece: str) -> bool:
    """True when the text between two labels is empty, a running time, or a title of a few words."""
    words = piece.split()
    if not words:
        return True
    return len(words) <= PLAYER_TITLE_MAX_WORDS


def is_player_strip(text: str, n_words: int) -> bool:
    """True when a line holds only a video player's labels, short titles between them and running times.

    Parameters
    ----------
    text : str
        The line.
    n_words : int
        Its number of words.

    Returns
    -------
    bool
        True for a bare label ("Replay", "More Videos ...") and for a strip that starts with a label and holds two or
        more ("JUST WATCHED A title Replay More Videos ... MUST WATCH A title 01:51"), every piece between labels
        at most :data:`PLAYER_TITLE_MAX_WORDS` words; False for prose ("He just watched the replay.").
    """
    if n_words > PLAYER_STRIP_MAX_WORDS or not any(q in text for q in _QUICK):
        return False
    s = text.strip()
    labels = list(PLAYER_LABEL.finditer(s))
    if not labels or labels[0].start() != 0:
        return False
    pieces = [s[a.end():b.start()] for a, b in zip(labels, labels[1:])] + [s[labels[-1].end():]]
    if len(labels) == 1:  # a bare label, perhaps with its running time
        rest = pieces[0].strip()
        return not rest or bool(RUNNING_TIME.fullmatch(" " + rest))
    return all(_short_piece(p) for p in pieces)


def player_title_lines(lines: list, hits: list) -> set[int]:
    """Indices of short lines that are a video's title: between two label lines, or after one with a running time.

    Parameters
    ----------
    lines : list of helpers.corpus.clean_lines.Line
        The page's lines.
    hits : list
        The line rules' verdicts (``(rule, reason)`` or ``None``), one per line.

    Returns
    -------
    set of int
        Lines that no rule named, of at most :data:`PLAYER_TITLE_MAX_WORDS` words, with a label line
        (:data:`PLAYER_RULE`) right above and either a label line right below or a running time at their end.
    """
    def label(k: int) -> bool:
        return 0 <= k < len(lines) and hits[k] is not None and hits[k][0] == PLAYER_RULE

    out = set()
    for k, ln in enumerate(lines):
        if hits[k] is not None or ln.n_words > PLAYER_TITLE_MAX_WORDS or not label(k - 1):
            continue
        if label(k + 1) or RUNNING_TIME.search(ln.text):
            out.add(k)
    return out
