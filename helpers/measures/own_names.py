"""A group's own name words, set aside from its distinctive vocabulary.

An outlet names itself in datelines, bylines, credits and sign-offs ("said the
Daily Example", "Example News contributed"), so its own name words top any
list of words distinctive of it. They say nothing about its wording. This
module derives, from corpus metadata only (the outlet names of each group),
the forms a name takes in running text and removes them from the group's
Fightin' Words scores before the top terms are picked; the removed rows are
returned so the notebook can say what was set aside.

Forms of one name (all lower-cased):

- its word tokens of 2+ letters, stop words left out ("The Example Post" ->
  ``example``, ``post``);
- the name without spaces or punctuation, with and without a leading "the"
  (``theexamplepost``, ``examplepost``), and without a web suffix
  (``example.com`` -> ``example``);
- the initials of a name of two or more words (``ep``);
- when the name is written as one word (``theexamplepost``), its split into
  at most four words of the corpus vocabulary, fewest pieces first
  (``example``, ``post``).

Only the group's own outlet names count: a word is never set aside for a
group whose outlets do not carry it. When a group holds several outlets (a
rating, a pooled group), a name word is set aside only where the outlets
whose names carry it supply most of the group's uses of it
(:func:`mostly_own_uses`): an AllSides "outlet" named "Barack Obama" with two
articles set "obama" aside from the whole "left" rating, whose other outlets
used it hundreds of times (dogfood 12bq-d).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from ..text.tokens import tokenize

__all__ = ["OWN_USE_SHARE", "mostly_own_uses", "name_forms", "own_name_terms", "set_aside_own_names"]

_WEB = re.compile(r"^(?:https?://)?(?:www\.)?|\.(?:com|org|net|co\.uk|co|news|info|us|uk|ca|au|in)$")
_MAX_PIECES = 4
_MIN_PIECE = 3

OWN_USE_SHARE = 0.5
"""A group's name word is its own only when the outlets whose names carry it supply more than this share of the
group's uses of it (:func:`mostly_own_uses`)."""


def _split(word: str, vocab: frozenset) -> list[str]:
    """Fewest vocabulary words (each 3+ letters) that spell ``word``; empty when none do."""
    best: list[list[str] | None] = [None] * (len(word) + 1)
    best[0] = []
    for end in range(_MIN_PIECE, len(word) + 1):
        for start in range(0, end - _MIN_PIECE + 1):
            head = best[start]
            piece = word[start:end]
            if head is None or piece not in vocab or len(head) >= _MAX_PIECES:
                continue
            if best[end] is None or len(head) + 1 < len(best[end]):
                best[end] = head + [piece]
    found = best[len(word)]
    return found if found and len(found) > 1 else []


def name_forms(name: str, vocab: Iterable[str] = ()) -> set[str]:
    """The lower-cased forms an outlet name takes in running text.

    Parameters
    ----------
    name : str
        An outlet name as the corpus gives it.
    vocab : iterable of str, optional
        The corpus vocabulary, used to split a name written as one word.

    Returns
    -------
    set of str
        Tokens, squashed forms, initials and vocabulary splits (see the
        module docstring). Empty for an empty name.
    """
    low = _WEB.sub("", str(name).strip().lower())
    tokens = tokenize(low)   # the shared word tokeniser (WORDS: 2+ letters, no digits)
    if not tokens:
        return set()
    content = [t for t in tokens if t not in ENGLISH_STOP_WORDS]
    forms = set(content)
    squashed = "".join(tokens)
    forms.add(squashed)
    bare = squashed[3:] if squashed.startswith("the") and len(squashed) > 5 else squashed
    forms.add(bare)
    if len(content) >= 2:
        forms.add("".join(t[0] for t in content))
    if len(tokens) == 1:
        forms.update(_split(bare, frozenset(vocab)))
    return forms


def own_name_terms(outlets_by_group: Mapping, vocab: Iterable[str] = ()) -> dict:
    """Each group's own name words, from the outlet names of its articles.

    Parameters
    ----------
    outlets_by_group : mapping
        Group -> iterable of outlet names (e.g. ``df.groupby("group")["outlet"].unique()``;
        add the names as given, ``outlet_raw``, when they differ).
    vocab : iterable of str, optional
        The corpus vocabulary (see :func:`name_forms`).

    Returns
    -------
    dict
        Group -> sorted list of name forms.
    """
    vocab = frozenset(vocab)
    out = {}
    for group, names in outlets_by_group.items():
        forms: set[str] = set()
        for n in names:
            if isinstance(n, str) and n:
                forms |= name_forms(n, vocab)
        out[group] = sorted(forms)
    return out


def set_aside_own_names(scores: pd.DataFrame, own: Mapping) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Remove each group's own name words from its scores.

    Parameters
    ----------
    scores : DataFrame
        From :func:`helpers.measures.vocabulary.fightin_words` (``group``, ``term``, ``z``, ...).
    own : mapping
        Group -> iterable of name forms (:func:`own_name_terms`).

    Returns
    -------
    (DataFrame, DataFrame)
        The scores kept, and the rows set aside (same columns), both in the
        input order.
    """
    pairs = {(g, t) for g, terms in own.items() for t in terms}
    hit = pd.Series([(g, t) in pairs for g, t in zip(scores["group"], scores["term"])], index=scores.index, dtype=bool)
    return scores[~hit].reset_index(drop=True), scores[hit].reset_index(drop=True)


def mostly_own_uses(own: Mapping, X, vocab, groups, outlets, names: pd.DataFrame,
                    min_share: float = OWN_USE_SHARE) -> dict:
    """Keep a group's name word only where the outlets that carry the name supply most of the group's uses of it.

    Parameters
    ----------
    own : mapping
        Group -> name forms (:func:`own_name_terms`).
    X : sparse matrix (n_rows, n_terms)
        Term counts, one row per article (or per group and outlet), aligned with ``groups`` and ``outlets``.
    vocab : array-like of str
        Column terms of ``X``.
    groups, outlets : array-like
        Group and outlet of each row of ``X``.
    names : DataFrame
        An ``outlet`` column and any other name columns (``outlet_raw``: the name as given), one row per article:
        the names each outlet goes by.
    min_share : float, default OWN_USE_SHARE
        A word stays set aside when the outlets carrying it supply more than this share of the group's uses.

    Returns
    -------
    dict
        Group -> sorted list of the forms kept. A form the group never uses (or that is not in ``vocab``) is kept:
        it changes no score.
    """
    if "outlet" not in names.columns:  # no outlet names: nothing was set aside
        return {g: sorted(t) for g, t in own.items()}
    forms_of: dict = {}
    cols = list(names.columns)
    for outlet, d in names.groupby("outlet", sort=True):
        forms: set[str] = set()
        for n in pd.unique(d[cols].to_numpy().ravel()):
            if isinstance(n, str) and n:
                forms |= name_forms(n, vocab)
        forms_of[outlet] = forms
    col = {t: i for i, t in enumerate(vocab)}
    groups = np.asarray(groups, dtype=object)
    outlets = np.asarray(outlets, dtype=object)
    X = X.tocsc() if hasattr(X, "tocsc") else np.asarray(X)
    out = {}
    for group, terms in own.items():
        rows = groups == group
        kept = []
        for t in terms:
            if t not in col:
                kept.append(t)
                continue
            uses = np.asarray(X[:, col[t]].todense()).ravel() if hasattr(X, "todense") else X[:, col[t]]
            total = float(uses[rows].sum())
            carriers = np.array([t in forms_of.get(o, ()) for o in outlets], dtype=bool)
            if total == 0 or float(uses[rows & carriers].sum()) > min_share * total:
                kept.append(t)
        out[group] = sorted(kept)
    return out
