"""The one word tokeniser of the package, with the options measures need.

Three measures count words, and they need slightly different words:

==========================  ====================================  ==========================================
pattern                     words                                  used by
==========================  ====================================  ==========================================
:data:`WORDS`               letters only, 2 or more               topics (scikit-learn's default, no digits)
:data:`COMPOUND_WORDS`      as WORDS, hyphenated compounds kept   distinctive vocabulary (Fightin' Words)
:data:`PASSAGE_WORDS`       any word characters, ``-`` and ``'``  text reuse (shared passages keep numbers)
                            joins kept
==========================  ====================================  ==========================================

All three come from :func:`word_pattern`, so a change to what a word is
happens in one place.
"""
from __future__ import annotations

import re

__all__ = ["word_pattern", "WORDS", "COMPOUND_WORDS", "PASSAGE_WORDS", "tokenize"]


def word_pattern(*, compounds: bool = False, apostrophes: bool = False, numbers: bool = False,
                 min_length: int = 2) -> str:
    """A regular expression (``str``) of one word token.

    Parameters
    ----------
    compounds : bool
        Keep hyphenated compounds as one token ("tehreek-e-taliban").
    apostrophes : bool
        Keep words joined by an apostrophe as one token ("don't"); only with ``compounds``.
    numbers : bool
        Digits and underscores count as word characters (otherwise letters only).
    min_length : int
        Minimum number of characters of the first part of a token.

    Returns
    -------
    str

    Raises
    ------
    ValueError
        For ``min_length`` below 1, or ``apostrophes`` without ``compounds``.
    """
    if min_length < 1:
        raise ValueError(f"min_length must be at least 1, got {min_length}")
    if apostrophes and not compounds:
        raise ValueError("apostrophes=True needs compounds=True (an apostrophe joins parts like a hyphen)")
    char = r"\w" if numbers else r"[^\W\d_]"
    head = f"{char}+" if min_length == 1 else f"{char}{{{min_length},}}"
    joiners = "[-']" if apostrophes else "-"
    tail = f"(?:{joiners}{char}+)*" if compounds else ""
    return rf"(?u)\b{head}{tail}\b"


WORDS = word_pattern()
"""Words of two or more letters (no digits): the topic models' tokens."""
COMPOUND_WORDS = word_pattern(compounds=True)
"""As :data:`WORDS`, with hyphenated compounds kept whole: distinctive vocabulary."""
PASSAGE_WORDS = word_pattern(compounds=True, apostrophes=True, numbers=True, min_length=1)
"""Any run of word characters, with ``-`` and ``'`` joins: shared passages (text reuse)."""

_COMPILED: dict[str, re.Pattern] = {}


def tokenize(text: str, pattern: str = WORDS, lower: bool = True, spans: bool = False):
    """The word tokens of ``text``.

    Parameters
    ----------
    text : str
    pattern : str
        One of the module's patterns, or any :func:`word_pattern`.
    lower : bool
        Lower-case the tokens.
    spans : bool
        Also return each token's (start, end) in ``text``.

    Returns
    -------
    list of str, or (list of str, list of (int, int)) when ``spans``

    Raises
    ------
    TypeError
        When ``text`` is not a str.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    rx = _COMPILED.get(pattern) or _COMPILED.setdefault(pattern, re.compile(pattern))
    if not spans:
        found = rx.findall(text)
        return [t.lower() for t in found] if lower else found
    words, where = [], []
    for m in rx.finditer(text):
        words.append(m.group().lower() if lower else m.group())
        where.append((m.start(), m.end()))
    return words, where
