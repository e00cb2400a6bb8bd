"""Near-duplicate bodies of one outlet: one article saved twice with small edits (round nd1, review s77).

Exact duplicates (the same words ignoring case, spacing and punctuation) are found by a digest of the body
(:data:`helpers.corpus.read.DUPLICATE_RULE`). A page saved twice is often not exactly the same: a live page updated
between the saves, a first character lost ("he most plausible" against "The most plausible"), a title run into the
body with one word changed. Counted twice, such an article weighs double in every measure of its group. Two bodies of
the **same outlet** whose word 5-shingles overlap by at least :data:`NEAR_DUPLICATE_CONTAINMENT` of each side's
shingles are one article here. Across outlets nothing is merged: one wire story printed by two outlets is text
reuse, which notebook 02 measures.

Candidates come from a bottom-k sketch of each body's sentences (deterministic CRC-32 hashes, several salts, so the
result does not depend on the process): two saves of one article share all sentences but the edited ones. Each
candidate pair is then verified on its word shingles. Cost: one hash per sentence, and the words of the candidates
only (about 4 seconds of CPU for the 37,554 AllSides articles).
"""
from __future__ import annotations

import zlib
from collections import defaultdict
from typing import Sequence

import numpy as np

__all__ = ["NEAR_DUPLICATE_CONTAINMENT", "NEAR_DUPLICATE_RULE", "near_duplicate_of"]

NEAR_DUPLICATE_CONTAINMENT = 0.95
"""Share of each body's word 5-shingles that must occur in the other for two bodies of one outlet to be one article."""

NEAR_DUPLICATE_RULE = ("the same outlet, and at least 95% of each body's five-word sequences in the other: one article "
                       "saved twice with small edits")
"""What makes two bodies near-duplicates, in the words of the loading warning and the notebooks."""

_SHINGLE = 5
_SALTS = (0x9E3779B9, 0x85EBCA6B, 0xC2B2AE35, 0x27D4EB2F)
_SKETCH = 2
"""Sentences per band: a pair is a candidate when, for one salt, the ``_SKETCH`` sentences of smallest hash are the
same."""
_CHAR_RATIO = 0.9
"""Candidates whose bodies differ in length by more than this ratio (in characters) are not compared word by word:
the bar of 95% of shingles both ways cannot be met (checked before the words, which cost more)."""
_MIN_WORDS = 100
"""Bodies shorter than this many words are left to the exact rule: short items of one outlet written to a template
(briefs, notices) can differ in a word or two and still be different articles."""


def _outlet_key(outlet: str) -> str:
    """The outlet as compared: its spellings agree (:func:`helpers.corpus.sources.outlet_key`: "The Guardian",
    "theguardian.com"), as :func:`helpers.corpus.read.normalize_outlets` merges them."""
    from .sources import outlet_key

    return outlet_key(outlet)


def _shingles(words: list[str]) -> set:
    return {" ".join(words[i:i + _SHINGLE]) for i in range(max(len(words) - _SHINGLE + 1, 1))}


def _sentence_hashes(text: str) -> np.ndarray:
    """CRC-32 of each sentence (up to ". ") or line of a body: cheap (plain string splits, no regular expression),
    and shared by two saves of one article except where they differ."""
    return np.fromiter((zlib.crc32(p.encode("utf-8")) for p in text.replace("\n", ". ").split(". ") if p),
                       dtype=np.uint64)


def near_duplicate_of(doc_ids: Sequence[str], outlets: Sequence[str], texts: Sequence[str],
                      exact_of: Sequence[str] | None = None,
                      containment: float = NEAR_DUPLICATE_CONTAINMENT) -> list[str]:
    """For each article, the earlier article of the same outlet whose body it nearly repeats, or "".

    Candidates share, for one of four salts, the smallest hashes of their sentences (a bottom-k sketch of the
    sentence set); each candidate pair is verified on its word 5-shingles (the case-folded words as split on
    spaces, punctuation attached).

    Parameters
    ----------
    doc_ids : sequence of str
        Article ids; "earlier" is the doc_id order, as for exact duplicates.
    outlets : sequence of str
        Each article's outlet; compared ignoring case, spaces, punctuation, a leading "The" and the parts of a web
        address (:func:`helpers.corpus.sources.outlet_key`). An article without an outlet is never merged.
    texts : sequence of str
        The cleaned bodies.
    exact_of : sequence of str, optional
        The exact-duplicate marks already found (``duplicate_of``): those articles are skipped.
    containment : float, default :data:`NEAR_DUPLICATE_CONTAINMENT`
        The share of each side's shingles that must be in the other.

    Returns
    -------
    list of str
        The doc_id of the first article (in doc_id order) of its near-duplicate set, "" for the others.

    Raises
    ------
    ValueError
        If the sequences differ in length.
    """
    n = len(doc_ids)
    if not (len(outlets) == len(texts) == n) or (exact_of is not None and len(exact_of) != n):
        raise ValueError("doc_ids, outlets, texts (and exact_of) must have one entry per article")
    exact_of = list(exact_of) if exact_of is not None else [""] * n
    order = sorted(range(n), key=lambda i: str(doc_ids[i]))
    rank = {i: r for r, i in enumerate(order)}
    blocks: dict = defaultdict(list)
    salts = np.array(_SALTS, dtype=np.uint64)[:, None]
    for i in order:
        key = _outlet_key(outlets[i])
        text = texts[i] or ""
        if exact_of[i] or not key or text.count(" ") < _MIN_WORDS - 1:
            continue
        base = np.unique(_sentence_hashes(text))
        h = ((base[None, :] ^ salts) * np.uint64(0x9E3779B97F4A7C15)) & np.uint64(0xFFFFFFFFFFFF)
        k = min(_SKETCH, h.shape[1])
        low = np.sort(np.partition(h, k - 1, axis=1)[:, :k] if h.shape[1] > k else h, axis=1)
        for s_i in range(len(_SALTS)):
            blocks[(key, s_i, low[s_i].tobytes())].append(i)
    pairs = set()
    for members in blocks.values():
        if len(members) > 1:
            for a in range(len(members)):
                for b in range(a + 1, len(members)):
                    pairs.add((members[a], members[b]) if rank[members[a]] < rank[members[b]] else (members[b], members[a]))
    words: dict[int, list] = {}
    shingles: dict[int, set] = {}
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in sorted(pairs, key=lambda p: (rank[p[0]], rank[p[1]])):
        ci, cj = len(texts[i]), len(texts[j])
        if min(ci, cj) < _CHAR_RATIO * max(ci, cj):  # far apart in length: two articles sharing stock sentences
            continue
        wi = words.setdefault(i, texts[i].casefold().split())
        wj = words.setdefault(j, texts[j].casefold().split())
        li, lj = len(wi), len(wj)
        if min(li, lj) < containment * max(li, lj) - _SHINGLE:  # lengths too far apart for the bar
            continue
        si = shingles.setdefault(i, _shingles(wi))
        sj = shingles.setdefault(j, _shingles(wj))
        common = len(si & sj)
        if common >= containment * len(si) and common >= containment * len(sj):
            ri, rj = find(i), find(j)
            if ri != rj:  # the earlier article heads the set
                parent[max(ri, rj, key=lambda x: rank[x])] = min(ri, rj, key=lambda x: rank[x])
    out = [""] * n
    for i in range(n):
        root = find(i)
        if root != i:
            out[i] = str(doc_ids[root])
    return out
