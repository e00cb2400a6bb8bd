"""The role of "others" set against a quantified group ("Some Democrats ..., but others agreed"; round 12cf).

English sets "others" against the group a quantifier opened: "Some Democrats were disappointed ..., but others
agreed" means other Democrats, "Some studies say ..., others say ..." other studies. The role rules type a bare
"others" as an unnamed group (`anonymous`, issue 12y); the role check protocol's item 5 gives a group the article gives
a role that role. :func:`contrast_roles` finds the contrasting group, the last "Some", "Many", "A few" or "Several"
phrase that ends in a plural word before the source in its own sentence, and gives the row the role the lexicon gives
that phrase. Round 12cf-2: a group in the sentence before is not read (a blind check found "Some government officials
say ... | Yet others contend" to be critics, not officials). No name, outlet or topic decides anything here.
"""

from __future__ import annotations

import re

from .source_roles import ROLE_UNKNOWN, RoleTagger

__all__ = ["CONTRAST_BASIS", "contrast_roles"]

CONTRAST_BASIS = "contrast"
"""``role_basis`` of a row whose role comes from the group its "others" is set against."""

_OTHERS = re.compile(r"(?:(?:still|many|some|a\s+few|several|and)\s+)?others", re.IGNORECASE)
"""A source that is only "others", perhaps after a quantifier or "and"."""
_QUANTIFIED = re.compile(
    r"(?<![\w'\u2019-])(?:[Ss]ome|[Mm]any|[Aa]\s+few|[Ss]everal)\s+(?:of\s+the\s+|in\s+|at\s+|from\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]*[a-z]s(?![\w'\u2019-])")
"""A quantified group ending in a plural word: "Some Democrats", "some Tea Party-aligned Republicans", "Several House
Republicans", "A few legal experts" (a group named by a singular noun, "Many in Parliament", is not read)."""


def contrast_roles(doc_ids, unit_ids, sources, resolved, starts, roles, bases, tagger: RoleTagger,
                   doc_units: dict) -> tuple[list, list]:
    """Give an "others" source typed as an unnamed group the role of the group its own sentence sets it against.

    Parameters
    ----------
    doc_ids, unit_ids, sources, resolved, starts, roles, bases : sequences
        One item per attribution row: its article, sentence, source span, resolved source, the source's character
        offset in its sentence (-1 if none), role and role basis.
    tagger : RoleTagger
        Reads the role of the contrasting phrase (:meth:`~helpers.measures.source_roles.RoleTagger.phrase_role`).
    doc_units : dict
        ``doc_id -> {unit_id: sentence}`` (only each row's own sentence is read).

    Returns
    -------
    (list, list)
        The roles and role bases, changed only for an "others" source typed ``anonymous`` as an unnamed group whose
        contrasting group has a role other than unknown or anonymous (basis :data:`CONTRAST_BASIS`).
    """
    roles, bases = list(roles), list(bases)
    for i, (doc, unit, src, res, start) in enumerate(zip(doc_ids, unit_ids, sources, resolved, starts)):
        if roles[i] != "anonymous" or bases[i] != "unnamed_group" or not _OTHERS.fullmatch((res or src).strip()):
            continue
        own = doc_units.get(doc, {}).get(unit, "")
        found = list(_QUANTIFIED.finditer(own[:start])) if start >= 0 else []
        if not found:  # round 12cf-2: only the sentence's own group ("Some ..., but others ..."), not the one before
            continue
        role = tagger.phrase_role(found[-1].group())
        if role not in ("", ROLE_UNKNOWN, "anonymous"):
            roles[i], bases[i] = role, CONTRAST_BASIS
    return roles, bases
