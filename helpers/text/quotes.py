"""Quotation marks: spans of quoted text in any convention, and masking them.

Curly and straight double quotes, ``''...''`` and ````...''`` (some
newspapers' feeds), and curly single quotes (an apostrophe between letters is
not a quotation mark). Used by :mod:`helpers.measures.sourcing`, :mod:`helpers.framing.tagger`
and :mod:`helpers.measures.tone` through ``helpers.measures.sourcing``.
"""
from __future__ import annotations

import re

from .normalize import fold

__all__ = ["quote_spans", "mask_spans", "quote_only", "single_as_double"]

_DOUBLE_OPEN = "\u201c\u201e\u00ab"
_DOUBLE_CLOSE = "\u201d\u00bb"
_STRAIGHT = '"'
_SINGLE_OPEN = "\u2018"
_SINGLE_CLOSE = "\u2019"
_QUOTE_CHARS = re.compile("''|``|[\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\n]")
_DOUBLED = re.compile("''|``")
"""Two apostrophes or backticks used as a double quotation mark (''...'' in some newspapers' feeds)."""


def _opens_here(text: str, i: int, j: int) -> bool:
    """A closing double mark at ``i:j+1`` with no quotation open stands where an opening one should: at the start of
    the text or after a space or an opening bracket or dash, and before a word, a digit or an ellipsis."""
    before = text[i - 1] if i > 0 else " "
    after = text[j + 1] if j + 1 < len(text) else " "
    return (before.isspace() or before in "([\u2014\u2013-") and (after.isalnum() or after in "\u2026.[(")


def _closes_here(text: str, i: int, j: int) -> bool:
    """An opening double mark at ``i:j+1`` while a quotation is open stands where a closing one should: right after
    a word or a punctuation mark and before a space, a punctuation mark or the end."""
    before = text[i - 1] if i > 0 else " "
    after = text[j + 1] if j + 1 < len(text) else " "
    return (before.isalnum() or before in ".,!?;:\u2026)") and (after.isspace() or after in ".,;:!?)\u2014\u2013-")


def quote_spans(text: str, include_unclosed: bool = False, single_quotes: bool = True) -> list[tuple[int, int]]:
    """Character spans of the text inside quotation marks.

    Parameters
    ----------
    text : str
        Any text (a sentence, a paragraph or a whole article).
    include_unclosed : bool
        Also return quotations that are opened but not closed before the end
        of their paragraph (a line break ends a paragraph); such a span runs
        to the end of the paragraph. Off by default: in scraped news an
        unclosed quotation is more often a typo than a multi-paragraph quote.
    single_quotes : bool
        Also pair curly single quotes (U+2018 ... U+2019). A U+2019 between
        two letters is an apostrophe ("Pakistan\u2019s"), not a closing
        mark. Straight single quotes are never treated as quotation marks
        (they are too often apostrophes).

    Returns
    -------
    list of (int, int)
        ``(start, end)`` of each quoted passage without its quotation marks,
        so that ``text[start:end]`` is the quoted text; sorted by start.
        Curly marks give the direction; straight double quotes alternate
        open/close within a paragraph. A curly double mark typed the wrong
        way round is read by its place: a closing mark with no quotation
        open, after a space and before a word, opens one ('”… we will,”
        she said'); an opening mark while a quotation is open, after a word
        or punctuation and before a space or punctuation, closes it
        ('“rapists“ while'; also German „Text“).

    Raises
    ------
    TypeError
        If ``text`` is not a string.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    spans: list[tuple[int, int]] = []
    dq: int | None = None  # position of the open double quote
    sq: int | None = None  # position of the open single quote
    n = len(text)
    for m in _QUOTE_CHARS.finditer(text):
        i, j, c = m.start(), m.end() - 1, m.group()  # a mark closes at i and opens at j (two-character marks)
        if c == "``":
            c = _DOUBLE_OPEN[0]
        elif c == "''":
            c = _STRAIGHT
        if c == "\n":
            if include_unclosed:
                for q in (dq, sq):
                    if q is not None:
                        spans.append((q + 1, i))
            dq = sq = None
        elif c in _DOUBLE_OPEN:
            if dq is not None and _closes_here(text, i, j):  # 'and “rapists“ while': typed the wrong way
                spans.append((dq + 1, i))
                dq = None
                continue
            if dq is not None and include_unclosed:
                spans.append((dq + 1, i))
            dq = j
        elif c in _DOUBLE_CLOSE:
            if dq is not None:
                spans.append((dq + 1, i))
                dq = None
            elif _opens_here(text, i, j):  # '”… they are not like him,” she said': typed the wrong way
                dq = j
        elif c == _STRAIGHT:
            if dq is None:
                dq = j
            else:
                spans.append((dq + 1, i))
                dq = None
        elif single_quotes and c == _SINGLE_OPEN:
            if i == 0 or not text[i - 1].isalnum():
                sq = i
        elif single_quotes and c == _SINGLE_CLOSE and sq is not None:
            after = text[i + 1] if i + 1 < n else " "
            before = text[i - 1] if i > 0 else " "
            if not (before.isalpha() and after.isalpha()):
                spans.append((sq + 1, i))
                sq = None
    if include_unclosed:
        for q in (dq, sq):
            if q is not None:
                spans.append((q + 1, n))
    return sorted(spans)


def mask_spans(text: str, spans, fill: str = " ") -> str:
    """Replace the characters of ``spans`` by ``fill`` (length is kept).

    Parameters
    ----------
    text : str
        The text.
    spans : iterable of (int, int)
        Character spans, e.g. from :func:`quote_spans`.
    fill : str
        One character.

    Returns
    -------
    str
        ``text`` with every character inside a span replaced, so offsets in
        the result are offsets in ``text``.

    Raises
    ------
    ValueError
        When ``fill`` is not one character.
    """
    if len(fill) != 1:
        raise ValueError(f"fill must be one character, got {fill!r}")
    if not spans:
        return text
    chars = list(text)
    for s, e in spans:
        chars[s:e] = fill * (e - s)
    return "".join(chars)


_OPENING_SINGLE = re.compile(r"\s*['\u2018](?=\w)")
"""A sentence that opens with a single quotation mark before a word."""
_CLOSING_SINGLE = re.compile(r"(?<=[,.!?\u2026])['\u2019](?=\s+\S|\s*$)")
"""The mark that closes it: after a punctuation mark, before a space and the rest of the sentence (its attribution),
or at the sentence's end (a sentence that is only a quotation; review 12bj-v)."""
_INNER_OPENING = re.compile(
    r"(?:(?<=[\s(\[\u2014\u2013-])'|(?<!\w)\u2018)(?!(?:em|cause|cos|til|tis|twas|bout|n|\d0s)\b)(?=\w)",
    re.IGNORECASE)
"""A single mark that opens a quotation inside the one found ('... call it 'retro,' ...'), not an elision ('em, '90s):
the mark that opened the sentence was then an apostrophe ('90s) or the closing mark is the inner quotation's (review
12bj-v). Single-mark quotations nest double marks, not single ones."""
_NESTED_DOUBLE = str.maketrans({'"': "'", "\u201c": "\u2018", "\u201d": "\u2019"})
"""Double marks nested inside a single-mark quotation, as single marks (review 12bj-v)."""


def single_as_double(text: str, min_words: int = 4) -> str:
    r"""A sentence that opens with a quotation in single marks, with double marks instead (length and offsets kept).

    British and many European outlets quote in single marks ('We walked over the bridge,' one caller said); the
    attribution rules read such a sentence with no speaker, or with the quotation's first word as one (dogfood
    12bj-d). Only this form is changed: the sentence opens with a single mark (straight or curly) before a word, and
    the first single mark after a punctuation mark and before a space and more text closes it ("...,' said X"),
    with at least ``min_words`` words inside. Apostrophes inside ("I'm") stay, and so does every other single mark:
    a name or scare quote in mid-sentence ('Project Hope'), and a headline's quotation that ends the sentence, are
    read by the attribution rules' own rules for single marks. Review 12bj-v: a sentence that is only a quotation
    ('We walked over the bridge.') is changed too; double marks nested inside become single marks ('He said "no,"'
    -> "He said 'no,'"), as the double-mark convention nests them; and when a straight mark opens the sentence, a
    single mark opening a quotation inside (''90s fashion ... call it 'retro,' a buyer said') leaves the sentence
    unchanged: its first mark is an apostrophe or the closing mark is not its quotation's.

    Parameters
    ----------
    text : str
        One sentence.
    min_words : int, default 4
        Words the quotation needs (a direct quotation's minimum, ``min_quote_words``).

    Returns
    -------
    str
        ``text`` with the two marks of that quotation replaced by ``"``; every other character unchanged.

    Examples
    --------
    >>> single_as_double("'I left at five and I'm late,' said Kask.")
    '"I left at five and I\'m late," said Kask.'
    >>> single_as_double("The plan: 'Project Hope' was chosen.")
    "The plan: 'Project Hope' was chosen."
    """
    start = _OPENING_SINGLE.match(text)
    if start is None:
        return text
    opening = start.end() - 1
    end = _CLOSING_SINGLE.search(text, opening + 1)
    if end is None or len(text[opening + 1: end.start()].split()) < min_words:
        return text
    inner = text[opening + 1: end.start()]
    if text[opening] == "'" and _INNER_OPENING.search(inner):  # "'90s fashion ... call it 'retro,' a buyer said"
        return text  # a straight mark may be an apostrophe; a curly opening mark is meant as one
    return f'{text[:opening]}"{inner.translate(_NESTED_DOUBLE)}"{text[end.start() + 1:]}'


def _n_words(s: str) -> int:
    return len(s.split())


def _fold_quotes(text: str) -> str:
    """``fold`` plus two-character quotation marks ('' and ``) as one straight quote (length kept)."""
    return _DOUBLED.sub(' "', fold(text))


def quote_only(sentence: str, min_quote_words: int = 4) -> bool:
    """Whether a sentence opens with a quotation of ``min_quote_words`` or more words.

    Used for quotations whose speaker is named in an earlier sentence.

    Parameters
    ----------
    sentence : str
        The sentence.
    min_quote_words : int, default 4
        Words the quotation needs.

    Returns
    -------
    bool
        True when the sentence (leading space ignored) starts with a quotation mark and one of its
        quotations has at least ``min_quote_words`` words.
    """
    stripped = _fold_quotes(sentence).lstrip()
    if not stripped.startswith('"'):
        return False
    return any(_n_words(sentence[s:e]) >= min_quote_words for s, e in quote_spans(sentence))
