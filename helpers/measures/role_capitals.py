"""Round 12cw: a name written wholly in capitals ("AMY GOODMAN", "COMEY"), as transcripts write their speaker labels.

The corpus pass reads a speaker's name by its capitalised words ("Amy Goodman", "Comey"): a name in capitals gave no
person key and no surname, so a transcript's label ("COMEY: I think ...") whose article states no role stayed
``unknown`` even where other articles give the person one. :func:`title_case` gives such a phrase in title case, which
:func:`helpers.measures.role_corpus.corpus_roles` reads for its keys. (The article's own tagger needs no such step:
it compares names in lower case, so "COMEY" already takes the role the article gives "James Comey".) An acronym in
title case ("Isis", "Aclu") names nothing the corpus votes for, so it keeps its reading. No name, show or outlet decides anything here.
"""

from __future__ import annotations

import re

__all__ = ["title_case"]

_CAPS = re.compile(r"[A-Z][A-Z'\u2019-]*[A-Z](?:\s+[A-Z][A-Z'\u2019-]*[A-Z]){0,2}")
"""One to three words of capital letters (an apostrophe or hyphen inside), no digits, full stops or lower case."""
_MIN_SINGLE = 4
"""Letters of a single word in capitals read as a name ("COMEY"); shorter ones are mostly acronyms ("FBI", "CIA")."""


def title_case(bare: str) -> str:
    """The phrase in title case when it is written wholly in capitals, else ''.

    Parameters
    ----------
    bare : str
        A source phrase, stripped ("AMY GOODMAN", "COMEY", "Comey", "FBI").

    Returns
    -------
    str
        "Amy Goodman", "Comey", "O'Brien", "Jean-Pierre"; '' for a phrase with lower case, digits or full stops, or a
        single word of fewer than four letters.

    Examples
    --------
    >>> title_case("AMY GOODMAN")
    'Amy Goodman'
    >>> title_case("FBI")
    ''
    """
    text = bare.strip()
    if not _CAPS.fullmatch(text) or (" " not in text and len(text) < _MIN_SINGLE):
        return ""
    return text.title().replace("\u2019S", "\u2019s").replace("'S", "'s")
