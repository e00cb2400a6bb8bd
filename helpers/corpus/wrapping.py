"""Rejoin lines of text that was hard-wrapped at a fixed width.

Text saved from e-mail, terminals or some scrapers breaks every paragraph into
lines of at most ``W`` characters. Read line by line, such a paragraph looks
like sentence fragments, and cleaning rules meant for whole paragraphs misfire.
:func:`rejoin_wrapped` finds blocks of consecutive lines (no blank line
between them) that were wrapped greedily at one width and merges each wrapped
paragraph into one span of the raw text, so that the merged unit's text is
``raw[start:end]`` and keeps the original line breaks.

A line is taken as wrapped ("full") when it is at least 60% of the block's
widest line and the next line's first word would not have fitted after it
(length + space + next word > width - 3): that is how greedy wrapping breaks
lines. A block is hard-wrapped when it has at least three lines, its widest
line is 30 to 200 characters, and at least 75% of its lines but the last are
full. A paragraph's last, shorter line ends the merge, so paragraphs
separated only by a line break stay apart.

:func:`rejoin_broken` rejoins the other kind of broken sentence: text rendered with a line break at every
element (``get_text("\\n")`` on a page, some copy-paste), where each link or emphasis inside a sentence stands
on its own line ("...removed from the list of" / "travel" / "corridors."). Pieces go together when a piece
does not end like a sentence and the next starts in lower case or with punctuation (or is a short capitalised
link, a name, followed by such a piece), and only when the chain ends like a sentence: a menu of short
lower-case items never does.
"""
from __future__ import annotations

import re

__all__ = ["rejoin_wrapped", "rejoin_broken", "breaks_mid_sentence", "BROKEN_MAX_PIECES", "MIN_WIDTH", "MAX_WIDTH", "MID_SENTENCE_MIN_WORDS"]

MIN_WIDTH = 30
"""Blocks whose widest line is narrower are lists or headers, not wrapped prose."""
MAX_WIDTH = 200
"""Blocks with a wider line hold whole paragraphs, one a line: nothing to rejoin."""
MID_SENTENCE_MIN_WORDS = 6
"""A line of at least this many words can be the first part of a sentence broken over two lines."""
_FULL_SHARE = 0.75
_SENT_END = (".", "!", "?", "\"", "\u201d", "'", "\u2019", ")")


def breaks_mid_sentence(text: str, n_words: int, next_text: str) -> bool:
    """Whether a line stops in the middle of a sentence that the next line goes on with.

    Wrapped prose whose lines are separated by blank lines (a ``<pre>`` block
    or ``<br>`` breaks rendered one line each) is not rejoined by
    :func:`rejoin_wrapped`, but each of its lines still reads as part of a
    sentence: it has several words, does not end like a sentence, and the
    next line starts with a lower-case letter.

    Parameters
    ----------
    text : str
        The line.
    n_words : int
        Its word count (at least :data:`MID_SENTENCE_MIN_WORDS`).
    next_text : str
        The next non-blank line.

    Returns
    -------
    bool
        True when the line is a sentence's first part; False for a full
        sentence, a short line (menu item, title) or a next line that starts
        with a capital, digit or symbol.
    """
    if n_words < MID_SENTENCE_MIN_WORDS or not next_text or not text:
        return False
    if text.rstrip().endswith(_SENT_END):
        return False
    return next_text[0].islower()


_SLACK = 3


def _first_word_len(text: str) -> int:
    parts = text.split(None, 1)
    return len(parts[0]) if parts else 0


def _has_candidate_run(spans: list[tuple[int, int]]) -> bool:
    """Cheap pre-check: three lines in a row whose lengths could belong to a wrapped block."""
    run = 0
    lo = int(0.6 * MIN_WIDTH)
    for s, e in spans:
        if lo <= e - s <= MAX_WIDTH:
            run += 1
            if run >= 3:
                return True
        else:
            run = 0
    return False


def _blocks(raw: str, spans: list[tuple[int, int]]) -> list[list[int]]:
    """Indexes of lines grouped into runs separated by single line breaks."""
    blocks, cur = [], [0]
    for i in range(1, len(spans)):
        gap = raw[spans[i - 1][1]:spans[i][0]]
        breaks = gap.count("\n") or gap.count("\r")
        if breaks == 1:
            cur.append(i)
        else:
            blocks.append(cur)
            cur = [i]
    blocks.append(cur)
    return blocks


def rejoin_wrapped(raw: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge the spans of hard-wrapped paragraphs.

    Parameters
    ----------
    raw : str
        The text.
    spans : list of (int, int)
        Spans of its non-empty lines, in order, whitespace trimmed.

    Returns
    -------
    list of (int, int)
        The same spans, with each run of wrapped lines merged into one span
        from its first line's start to its last line's end. Spans that are
        not part of a wrapped block are returned unchanged.
    """
    if len(spans) < 3 or not _has_candidate_run(spans):
        return list(spans)
    out: list[tuple[int, int]] = []
    for block in _blocks(raw, spans):
        lens = [spans[i][1] - spans[i][0] for i in block]
        width = max(lens)
        if len(block) < 3 or not MIN_WIDTH <= width <= MAX_WIDTH:
            out.extend(spans[i] for i in block)
            continue
        full = []
        for k in range(len(block) - 1):
            nxt = raw[spans[block[k + 1]][0]:spans[block[k + 1]][1]]
            full.append(lens[k] >= 0.6 * width and lens[k] + 1 + _first_word_len(nxt) > width - _SLACK)
        if sum(full) < 2 or sum(full) < _FULL_SHARE * len(full):
            out.extend(spans[i] for i in block)
            continue
        start = spans[block[0]][0]
        for k, i in enumerate(block):
            if k < len(full) and full[k]:
                continue
            out.append((start, spans[i][1]))
            if k + 1 < len(block):
                start = spans[block[k + 1]][0]
    return out


BROKEN_MAX_PIECES = 40
"""A chain of sentence pieces longer than this is not rejoined (a sentence is not cut into more links)."""
_BROKEN_NAME_WORDS = 4
_CONTINUES = ",.;:!?)"
_OPEN_END = _SENT_END + (":",)


def _continues(text: str) -> bool:
    """Whether a piece goes on with the sentence before it: it starts in lower case or with punctuation."""
    c = text[:1]
    return c.islower() or (c != "" and c in _CONTINUES)


_CREDIT = re.compile(r"\b(?:photo(?:graph)?|image|picture|illustration|video)s?\s*(?:by|:|credit|courtesy)\s"
                     r"|\bcredit\s*:|^(?:[A-Z][\w.'-]*\s+){1,3}[A-Z][\w.'-]*\s*/\s*(?:[A-Z][\w.&'-]*\s*){1,4}$", re.I)
"""A photo credit or caption credit ("Photo by Jane Roe / The Daily Star", "Image: Reuters", "Jane Roe/AP"): such a
piece is a line of its own, never the start of a sentence that the next piece goes on with."""


def _is_credit(text: str) -> bool:
    return len(text) <= 120 and ("/" in text or ":" in text or "y " in text) and _CREDIT.search(text) is not None


def rejoin_broken(raw: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge the spans of sentences broken at every inline element (a line per link or emphasis).

    Takes and returns spans as :func:`rejoin_wrapped` does. A piece is followed by the next one in a chain
    when it does not end like a sentence (nor with a colon) and the next piece starts in lower case or with
    punctuation, or the next piece is a capitalised name of at most four words that does not end a sentence
    and the piece after it starts so. A chain becomes one span (first piece's start to last piece's end) only
    when its last piece ends like a sentence and it has at most :data:`BROKEN_MAX_PIECES` pieces; a photo credit
    ("Photo by Jane Roe / The Daily Star") ends a chain, so it is not joined to a sentence after it that starts
    with a lower-case brand ("iOS ..."). Other spans are returned unchanged.

    Parameters
    ----------
    raw : str
        The article's text.
    spans : list of (int, int)
        ``(start, end)`` of each line or unit in ``raw``, in order.

    Returns
    -------
    list of (int, int)
        The spans with each broken sentence's pieces merged into one span (which keeps the line breaks inside
        it, so ``raw[start:end]`` is still the unit's text).
    """
    texts = [raw[a:b] for a, b in spans]
    n = len(spans)
    out: list[tuple[int, int]] = []
    i = 0
    while i < n:
        j = i
        while j + 1 < n and j - i < BROKEN_MAX_PIECES and not texts[j].endswith(_OPEN_END) \
                and not _is_credit(texts[j]):
            if _continues(texts[j + 1]):
                j += 1
            elif j + 2 < n and texts[j + 1][:1].isupper() and len(texts[j + 1].split()) <= _BROKEN_NAME_WORDS \
                    and not texts[j + 1].endswith(_OPEN_END) and _continues(texts[j + 2]):
                j += 2
            else:
                break
        if j > i and texts[j].endswith(_SENT_END) and j - i < BROKEN_MAX_PIECES:
            out.append((spans[i][0], spans[j][1]))
            i = j + 1
        else:
            out.append(spans[i])
            i += 1
    return out
