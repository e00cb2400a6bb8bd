"""The article's title repeated as the first line of its body, when the metadata gives the title.

Dogfood 12bp-d: a folder of plain-text files whose first line is the headline, with the titles in a metadata sheet.
The cleaner finds a headline from the page's own shape (a short title-like line above the body); 7 of 106 such files
kept theirs in the body, because the title ended in "?", ":" or "." (not title-like), or because another line above
it ("6 years ago", "Story highlights") was taken for the headline. When the metadata names the title, a first body
paragraph that *is* that title (letters and digits compared, case and punctuation ignored) is the headline, not
prose: it leaves the body (it would be counted, tagged and quoted as the article's first sentence) and becomes the
headline when the cleaner found none. Nothing is guessed: without a metadata title, or when the first paragraph says
anything more, the body is kept as it is.
"""
from __future__ import annotations

import re
import unicodedata

__all__ = ["title_key", "strip_title_line"]

_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


def title_key(text: str) -> str:
    """The words of a title, for comparing two spellings of it.

    Parameters
    ----------
    text : str
        A title or a line.

    Returns
    -------
    str
        ``text`` in Unicode NFKC form, case-folded, with every run of punctuation, symbols and spaces made one space
        ("Will the Sea-Wall hold? " -> "will the sea wall hold").
    """
    return _NOT_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def strip_title_line(title: str, text: str, headline: str, spans: list) -> tuple[str, str, list, bool]:
    """Move a first body paragraph that repeats the metadata's title out of the body.

    Parameters
    ----------
    title : str
        The article's title as the metadata gives it ('' when none: nothing changes).
    text : str
        The cleaned body, paragraphs separated by a blank line.
    headline : str
        The headline the cleaner found ('' if none).
    spans : list of tuple
        ``(label, start, end)`` of the kept lines in the raw text, in order (the body's paragraphs are the
        ``"body"`` ones).

    Returns
    -------
    (str, str, list, bool)
        The body without that paragraph, the headline (the paragraph when the cleaner found none), the spans with the
        paragraph's span labelled ``"headline"``, and whether anything moved. A body that is only the title is kept
        (an article of one line is left to the short-article checks).
    """
    key = title_key(title or "")
    if len(key.split()) < 2 or "\n\n" not in text:
        return text, headline, spans, False
    first, rest = text.split("\n\n", 1)
    if title_key(first) != key or not rest.strip():
        return text, headline, spans, False
    spans = list(spans)
    for i, (label, start, end) in enumerate(spans):
        if label == "body":
            spans[i] = ("headline", start, end)
            break
    return rest, headline or first.strip(), spans, True
