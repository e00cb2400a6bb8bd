"""A person's office, staff, team or camp named by a possessive pronoun (issue 12au-a).

News often lets a body speak for one person: "His office said the senator would vote no", "her team said". The
role reader (:class:`helpers.measures.source_roles.RoleTagger`) types such a phrase by its noun alone ("office":
official; "team", "staff", "camp": no role), whoever owns it, while the lexicon already gives "Sen. Ann Lee's office"
and "the mayor's office" their owner's role (:func:`helpers.measures.role_titles.office_owner`). This module reads the
pronoun form: the owner is the person that "he" or "she" in the phrase's place resolves to (the project's pronoun
resolution in :mod:`helpers.measures.sourcing`, with its gender agreement), and the phrase takes the owner's role when
the article types the owner as a politician, police or military, or an official (:data:`OWNER_ROLES`), with
``role_basis`` :data:`OWNER_BASIS`. Any other owner (none found, a name of unknown role, an expert, an ordinary
person, an athlete's team) leaves the phrase's role as it was.

Left out on purpose: nouns that hold a role of their own by the role check protocol (aides and advisers: officials;
lawyers, attorneys, a legal team: officials; spokesmen, press secretaries: spokespersons; "administration": a
government; "campaign": already a politician), "their" (a group owner) and longer phrases ("a spokeswoman in his
office", "her office building"). No name of a person, outlet or place decides anything here.
"""
from __future__ import annotations

import re

__all__ = ["OWNER_BASIS", "OWNER_ROLES", "owned_pronoun", "owned_role"]

OWNER_BASIS = "owner"
"""``role_basis`` of a phrase typed by its owner's role."""

OWNER_ROLES = frozenset({"politician", "military_police", "official"})
"""Owner roles a person's office, staff, team or camp speaks with (a politician's office is the politician)."""

_OWNED = re.compile(r"(?i)(his|her)\s+(office|staff|team|camp|transition\s+team)")
"""The whole source phrase: "his"/"her" and a body that speaks for its owner."""


def owned_pronoun(source: str) -> str:
    """The pronoun whose antecedent owns the body a source phrase names ("his office": "he"; '' for any other phrase).

    Parameters
    ----------
    source : str
        A source phrase as written.

    Returns
    -------
    str
        "he" for "His office", "his staff", "his team", "his camp", "his transition team"; "she" for the same after
        "her"; '' for any other phrase ("a spokeswoman in his office", "her office building", "their team", "the
        office", "his aides").
    """
    m = _OWNED.fullmatch(source.strip()) if len(source) < 40 else None
    if not m:
        return ""
    return "he" if m.group(1).lower() == "his" else "she"


def owned_role(owner_role: str) -> str:
    """The role an owned body takes from its owner's role ('' to keep the phrase's own role).

    Parameters
    ----------
    owner_role : str
        The role the article gives the owner (a role of ``source_roles.yaml``, ``unknown`` or '').

    Returns
    -------
    str
        ``owner_role`` when it is one of :data:`OWNER_ROLES`, else ''.
    """
    return owner_role if owner_role in OWNER_ROLES else ""
