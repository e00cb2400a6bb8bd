"""A regular expression matching any of a set of literal keys, factored as a prefix trie.

Used by the lexicon matcher (:mod:`helpers.text.lexicon`, which re-exports :func:`trie_regex`), the frame cue
scanner and the literal pre-filter of :mod:`helpers.text.pattern_triggers`.
"""
from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["trie_regex"]


def trie_regex(keys) -> str:
    """A regular expression matching any of ``keys``, factored as a prefix trie.

    A node that ends a key and has continuations makes the continuation
    optional and greedy, so the longest key at a position is tried first.
    Spaces in keys match any run of white space; single-character branches
    become a character class.

    Parameters
    ----------
    keys : iterable of str
        Literal keys (usually :func:`helpers.text.lexicon.term_key` of the terms).

    Returns
    -------
    str
        The pattern (without boundaries or flags); ``""`` for no keys.

    Notes
    -----
    The pattern is a pure function of the keys in their order, so it is memoised on them (a string, shared
    safely): a lexicon matcher built again, e.g. by every call of
    :func:`helpers.measures.sourcing.extract_attributions`, does not factor the same trie again.
    """
    return _trie_regex(tuple(keys))


@lru_cache(maxsize=128)
def _trie_regex(keys: tuple) -> str:
    trie: dict = {}
    for k in keys:
        node = trie
        for ch in k:
            node = node.setdefault(ch, {})
        node[""] = {}

    if not trie:
        return ""

    def build(node: dict) -> str | None:
        if "" in node and len(node) == 1:
            return None
        alts, singles = [], []
        for ch in sorted(c for c in node if c):
            esc = r"\s+" if ch == " " else re.escape(ch)
            sub = build(node[ch])
            if sub is None:
                singles.append(esc)
            else:
                alts.append(esc + sub)
        if singles:
            if len(singles) == 1:
                alts.append(singles[0])
            elif all(len(x) == 1 or (len(x) == 2 and x[0] == "\\") for x in singles):
                alts.append("[" + "".join(singles) + "]")
            else:
                alts.append("(?:" + "|".join(singles) + ")")
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            body = f"(?:{body})?"
        return body

    return build(trie) or ""
