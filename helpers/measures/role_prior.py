"""The article's usual role for a speaker whose role the rules cannot read (issue 12aa-r).

:class:`helpers.measures.source_roles.RoleTagger` gives :data:`~helpers.measures.source_roles.ROLE_UNKNOWN` when no
title, apposition or role noun of the article names the speaker's role. On 284 hand-judged AllSides attributions
(the final checks of issues 12r-12z, now development data) that label was right for 4 of the 45 rows that still get
it under today's rules: the judging protocol counts it right only when the article, read whole, gives no role in any
form, and most such speakers do have one, stated in prose the rules do not read ("vice presidential pick", "who
lives in", "the president's former personal attorney") or reached through a span or pronoun the rules cut wrong.

The same articles quote their speakers from one milieu: a campaign story quotes politicians, a court story officials
and lawyers, a study's write-up experts. So the role that most of the article's other sources have is a better guess
for such a speaker than no role: on those 45 rows it is right for 20. This module makes that guess, and marks it with
its own basis (:data:`PRIOR_BASIS`) so a user can keep it apart from roles the article states.

Only roles of sources whose role the article or the phrase states take part in the vote (not ``document``,
``anonymous``, ``unknown``, nor the author's own "I wrote"); an article with no such source keeps ``unknown``. The
rule reads no name, outlet, country or topic.
"""
from __future__ import annotations

from collections import Counter
from typing import Sequence

__all__ = ["PRIOR_BASIS", "article_majority", "fill_unknown"]

PRIOR_BASIS = "article_majority"
"""``role_basis`` of a role guessed from the article's other sources."""

_NOT_VOTING = frozenset({"", "unknown", "anonymous", "document"})
"""Roles that say nothing about the milieu of the article's speakers."""
_VOTING_BASES = frozenset({"phrase", "article", "verb"})
"""Bases of roles the article or the source phrase states (not the author's own "I wrote", not a guess)."""


def article_majority(roles: Sequence[str], bases: Sequence[str]) -> str:
    """The most common stated role of one article's sources ("" if none).

    Parameters
    ----------
    roles, bases : sequence of str
        The ``role`` and ``role_basis`` of the article's attributions, in article order.

    Returns
    -------
    str
        The role stated for most attributions; a tie goes to the role met first in the article.
    """
    votes = [r for r, b in zip(roles, bases) if r not in _NOT_VOTING and b in _VOTING_BASES]
    if not votes:
        return ""
    counts = Counter(votes)
    top = max(counts.values())
    return next(r for r in votes if counts[r] == top)


def fill_unknown(doc_ids: Sequence[str], roles: Sequence[str], bases: Sequence[str],
                 unknown: str = "unknown") -> tuple[list[str], list[str]]:
    """Give each ``unknown`` role its article's most common stated role.

    Parameters
    ----------
    doc_ids, roles, bases : sequence of str
        One entry per attribution (``doc_id``, ``role``, ``role_basis``); the attributions of an article need not be
        next to each other.
    unknown : str
        The label of a source whose role the article never states.

    Returns
    -------
    (list of str, list of str)
        The roles and bases, with each ``unknown`` replaced by :func:`article_majority` of its article and its basis
        set to :data:`PRIOR_BASIS`; unchanged where the article has no stated role.

    Raises
    ------
    ValueError
        If the three sequences differ in length.
    """
    if not len(doc_ids) == len(roles) == len(bases):
        raise ValueError(f"doc_ids, roles and bases differ in length: {len(doc_ids)}, {len(roles)}, {len(bases)}")
    per_doc: dict = {}
    for d, r, b in zip(doc_ids, roles, bases):
        per_doc.setdefault(d, ([], []))
        per_doc[d][0].append(r)
        per_doc[d][1].append(b)
    majority = {d: article_majority(rs, bs) for d, (rs, bs) in per_doc.items()}
    out_roles, out_bases = list(roles), list(bases)
    for i, (d, r) in enumerate(zip(doc_ids, roles)):
        if r == unknown and majority[d]:
            out_roles[i], out_bases[i] = majority[d], PRIOR_BASIS
    return out_roles, out_bases
