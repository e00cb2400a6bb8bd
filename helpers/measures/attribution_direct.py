"""Direct quotations that the other rules do not read (issue 12aj-q).

* :func:`relative_says` - a noun and "that/which said/says" right before a quotation ('T-shirts that said "We
  won."', 'bottles which said, "Welcome!"'): the noun is the source, the quotation its content.

It reads a fixed window before each quotation, so the work grows linearly with the text.
"""

from __future__ import annotations

import re

__all__ = ["relative_says"]

_RELATIVE_SAYS = re.compile(r"(?<![\w'\u2019-])((?:that|which)\s+(said|says))\s*,?\s*$", re.IGNORECASE)
"""A relative clause of saying right before a quotation's opening mark ('bottles that said "..."'); not "that read",
which on PolNeAR train introduced as many quotations the annotators left out (shirts, posts) as annotated ones."""
_NP_STOP = frozenset(
    {
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "this",
        "these",
        "those",
        "one",
        "some",
        "many",
        "two",
        "three",
        "several",
    }
)
"""Determiners and numbers: the left edge of the noun phrase before "that/which said"."""
_UTTERANCE = re.compile(r"[.!?]\s*$")


def relative_says(masked: str, text: str, closed: list, taken: list) -> list:
    """'X that said "..."': direct attributions of a noun before a relative "that/which said/says" and a quotation
    (none when another attribution of the sentence is already direct).

    Parameters
    ----------
    masked : str
        The sentence with its closed quotations masked (:class:`helpers.measures.attribution_sentence._Sentence`).
    text : str
        The sentence.
    closed : list of (int, int)
        Its closed quotations (inside the marks).
    taken : list of Attribution
        Attributions already found in the sentence: a quotation whose relative verb one of them holds is skipped.

    Returns
    -------
    list of (str, int, int, int)
        ``(source, source_start, cue_start, cue_end)`` for each quotation that is an utterance (it ends with ".",
        "!" or "?" inside the marks, or has four words or more) right after "that/which said" that
        follows a noun: the source is that noun with its modifiers back to a determiner (at most three words
        before it), else the noun alone.
    """
    out = []
    for s, e in closed:
        q = text[s:e]
        if not (_UTTERANCE.search(q) or len(q.split()) >= 4):
            continue
        lo = max(0, s - 1 - 40)
        m = _RELATIVE_SAYS.search(masked, lo, s - 1)
        if m is None or any(a.verb_start <= m.start(2) < a.verb_end or a.kind == "direct" for a in taken):
            continue  # the verb is taken, or the sentence's quotation is already another cue's
        words = list(re.finditer(r"[\w'\u2019.-]+", masked[max(0, m.start() - 60) : m.start()]))
        if not words or not words[-1].group()[-1:].isalnum() or words[-1].group().lower() in _NP_STOP:
            continue
        base = max(0, m.start() - 60)
        start = words[-1].start()
        for w in reversed(words[-4:-1]):
            if w.group().lower() in _NP_STOP:
                start = w.start()
                break
        else:
            start = words[-1].start()
        src = masked[base + start : base + words[-1].end()]
        out.append((text[base + start : base + words[-1].end()] if src else "", base + start, m.start(2), m.end(2)))
    return out
