"""Text normalisation for matching, without losing the original text.

Two levels:

* :func:`fold` maps one character to one character (curly quotes to straight
  ones, dashes to ``-``, exotic spaces to a plain space), so positions in the
  folded text are positions in the original: match on the folded text, show
  the original.
* :func:`normalize` also applies Unicode NFKC, lower-cases on request and
  collapses white space. Its output is for comparing texts (duplicates,
  vocabularies), not for locating them.
"""
from __future__ import annotations

import html
import re
import textwrap
import unicodedata

__all__ = [
    "count_words",
    "drop_block_tags",
    "drop_inline_tags",
    "fold",
    "mojibake_sequences",
    "normalize",
    "unescape_entities",
    "wrap_label",
]

_FOLD = {
    # quotes
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    # dashes and minus
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\ufe58": "-", "\ufe63": "-", "\uff0d": "-",
    # spaces
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u205f": " ",
    "\u3000": " ", "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ",
    "\u2008": " ",
    # invisible characters become spaces so offsets are kept
    "\u200b": " ", "\u200c": " ", "\u200d": " ", "\ufeff": " ",
    # ellipsis keeps length only as a single char: map to '.'
    "\u2026": ".",
}
_FOLD_RE = re.compile("[" + "".join(_FOLD) + "]")
_WS_RE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Fold quotes, dashes and spaces, one character for one.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str
        Text of the same length, so that ``fold(t)[i:j]`` and ``t[i:j]`` are
        the same passage.
    """
    if text.isascii():
        return text
    return _FOLD_RE.sub(lambda m: _FOLD[m.group()], text)


def count_words(text: str) -> int:
    """Words of a text as the project counts them everywhere: runs of non-space characters after :func:`fold`, so a
    zero-width joiner or another invisible mark between spaces is no word.

    The corpus's ``n_words`` and the rates' denominators per sentence use this one rule; before, the sentences'
    ``\\S+`` count made the words of one corpus 406,623 in notebook 02 and 406,617 in notebook 00 (review s80-D).

    Parameters
    ----------
    text : str

    Returns
    -------
    int
    """
    return len(fold(text).split())


def normalize(text: str, lower: bool = False) -> str:
    """Normalise text for comparison: NFKC, folded punctuation, single spaces.

    Parameters
    ----------
    text : str
        Any text.
    lower : bool
        Also lower-case (``casefold``).

    Returns
    -------
    str
        The normalised text, stripped at both ends. Lengths and positions are
        not kept: use :func:`fold` when offsets matter.
    """
    t = fold(unicodedata.normalize("NFKC", text))
    t = " ".join(t.split())
    return t.casefold() if lower else t


def wrap_label(text, width: int = 28) -> str:
    """``text`` wrapped onto lines of at most ``width`` characters (a longer word stays whole); never cut.

    Used for names drawn in figures (outlets, topics, frames); re-exported by :mod:`helpers.plotting.base`.

    Parameters
    ----------
    text : object
        The label (converted with ``str``; runs of white space become one space).
    width : int, default 28
        Characters per line.

    Returns
    -------
    str
        The lines joined by newlines.
    """
    s = " ".join(str(text).split())
    return "\n".join(textwrap.wrap(s, width, break_long_words=False, break_on_hyphens=False)) or s


_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _one_entity(m: re.Match) -> str:
    out = html.unescape(m.group(0))
    if out == m.group(0) or len(out) != 1 or out == "\ufffd":   # unknown, or a code point html.unescape refuses
        return m.group(0)
    bad = unicodedata.category(out) in ("Cc", "Cs", "Co", "Cn") and out not in "\n\t"
    return m.group(0) if bad else out


_INLINE_NAMES = "a|abbr|b|cite|em|font|i|mark|small|span|strong|sub|sup|u"
_INLINE_TAG = re.compile(
    rf"</(?:{_INLINE_NAMES})\s*>"  # a closing tag
    rf"|<(?:{_INLINE_NAMES})(?:\s+[A-Za-z_:][-\w:.]*(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'<>=`]+))?)*\s*/?>",
    re.IGNORECASE)
"""An inline HTML tag, opening (with well-formed attributes or none) or closing, of the names a page's text is
marked up with: a link, emphasis, a span."""
_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)


def drop_inline_tags(text: str) -> str:
    """Drop the inline HTML tags left in scraped text, keeping the words they mark up.

    A CSV or JSON export of scraped articles may keep a link as written in the page
    (``<a href="https://..." target="_blank">Prince Charles</a> still working``): the tags became words of the
    text ("href", "_blank"), sentences of the evidence tables and cells of ``attributions.csv`` (dogfood 12br-d).
    Only tags of inline elements are dropped (``a``, ``b``, ``em``, ``i``, ``span``, ``strong``, ...: the names in
    ``_INLINE_NAMES``), opening ones only when their attributes are well formed; ``<br>`` becomes a line break. Any
    other ``<`` stays as written ("a <3 rating", "x < y and y > z", "<script>", which is text here and escaped
    wherever it is shown). Apply it before :func:`unescape_entities`, so that markup written as text in the page
    (``&lt;b&gt;``) stays text.

    Parameters
    ----------
    text : str

    Returns
    -------
    str
        ``text`` without those tags.
    """
    if "<" not in text:
        return text
    return _INLINE_TAG.sub("", _BREAK_TAG.sub("\n", text))


_HIDDEN_ELEMENT = re.compile(
    r"<(script|style|iframe|noscript)\b[^<>]*>.*?</\1\s*>|<iframe\b[^<>]*/>", re.IGNORECASE | re.DOTALL)
"""A whole element a page never shows as text: a script, a style sheet, an embedded frame, a ``noscript`` note."""
_BLOCK_NAMES = "p|div|h[1-6]|li|ul|ol|blockquote|tr|table|tbody|thead|section|article|header|footer|figure|figcaption"
_ONE_BLOCK = rf"</?(?:{_BLOCK_NAMES})(?:\s[^<>]*)?/?>"
_ONE_BREAK = r"<br\s*/?>"
_BLOCK_RUN = re.compile(
    rf"\s*(?:{_ONE_BREAK}\s*)*{_ONE_BLOCK}(?:\s*(?:{_ONE_BLOCK}|{_ONE_BREAK}))*\s*", re.IGNORECASE)
"""A run of block tags (with any line breaks and spaces between them) holding at least one tag other than
``<br>``: one paragraph boundary."""


def drop_block_tags(text: str) -> str:
    """Turn the block tags of an HTML body stored in a table's text column into paragraph breaks.

    A CMS export, an RSS ``content:encoded`` field or a news API often gives each paragraph as
    ``<p>...</p>``. Read as plain text, every line that began with a tag and ended with ``>`` was removed as "an
    embed code" and a body on one line kept its tags as words (review s80-A, finding 1). Here every run of block
    tags (``p``, ``div``, ``h1``-``h6``, ``li``, ``blockquote``, ``tr``, list and table containers, and ``br``
    next to them) becomes one blank line, and ``script``, ``style``, ``iframe`` and ``noscript`` elements are
    dropped with their content. Inline tags are left to :func:`drop_inline_tags` (apply this first); any other
    ``<`` stays as written. A text without a block tag or such an element is returned unchanged, byte for byte.

    Parameters
    ----------
    text : str

    Returns
    -------
    str
        ``text`` with paragraphs separated by a blank line instead of block tags, without leading or trailing
        blank lines where tags stood; ``text`` itself when it holds none.
    """
    if "<" not in text:
        return text
    out = _HIDDEN_ELEMENT.sub("", text)
    out = _BLOCK_RUN.sub("\n\n", out)
    return text if out == text else out.strip("\n")


def _cp1252_chars(lo: int, hi: int) -> str:
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(lo, hi))


_CONT = "[" + re.escape(_cp1252_chars(0x80, 0xC0)) + "]"
_MOJIBAKE = re.compile(rf"\u00e2\u20ac\ufffd|[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}}")
"""A UTF-8 character's bytes as Windows-1252 shows them: a lead character (``Â``-``ô``) and one to three
continuation characters (``€``-``¿`` in that code page), e.g. ``â€™`` for ``’`` or ``Ã©`` for ``é``."""


def _as_utf8(seq: str) -> str | None:
    """``seq`` written back as the bytes Windows-1252 (Latin-1 for its five unused bytes) showed, read as UTF-8."""
    try:
        data = b"".join(c.encode("cp1252") if ord(c) > 0xFF or c not in _UNUSED else c.encode("latin-1") for c in seq)
        return data.decode("utf-8")
    except UnicodeError:
        return None


_UNUSED = "\x81\x8d\x8f\x90\x9d"


def mojibake_sequences(text: str) -> list[str]:
    """The garbled characters of a text decoded wrongly before it reached the corpus ("mojibake").

    Scraped text often holds UTF-8 that some tool read as Windows-1252 (``â€™`` for ``’``, ``Ã©`` for ``é``), once
    or twice (``Ã¢â‚¬â„¢``). Such quotation marks hide quotations from the sourcing measures (review s80-A, finding
    5). A sequence counts only when its characters, written back as Windows-1252 bytes, are valid UTF-8 again, so
    ordinary accented words ("São Paulo", "naïve") are not taken for it.

    Parameters
    ----------
    text : str

    Returns
    -------
    list of str
        Each garbled sequence found, in order (a twice-garbled quotation mark gives its pieces; ``â€�``, a closing
        quotation mark whose last byte was lost, counts too).
    """
    if not text or text.isascii():
        return []
    return [m.group(0) for m in _MOJIBAKE.finditer(text)
            if m.group(0) == "\u00e2\u20ac\ufffd" or _as_utf8(m.group(0)) is not None]


def unescape_entities(text: str) -> str:
    """Turn complete HTML character references (``&amp;``, ``&apos;``, ``&#39;``, ``&#x2019;``) into characters.

    For plain-text, CSV and JSON corpora whose texts were scraped with entities
    left in. Only references closed by ``;`` are read, so ``AT&T`` or
    ``R&D;`` stay as written (``&D;`` is no entity); unknown names and control
    characters stay as written too. One pass: ``&amp;amp;`` becomes ``&amp;``.
    The result is text, never markup: whoever shows it as HTML must escape it.

    Parameters
    ----------
    text : str

    Returns
    -------
    str
        ``text`` with each complete, known reference replaced by its character.
    """
    return _ENTITY.sub(_one_entity, text) if "&" in text else text
