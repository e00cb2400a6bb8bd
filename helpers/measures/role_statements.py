"""A statement speaks with the role of whoever issued it (rounds 12cg, 12cg-3 and 12cg-4).

News lets a statement speak for its issuer: "A statement by Sen. Ann Lee said ...", "the statement from the family of
Ben Kay said ...", "Lee's statement said ...". The role lexicon types the noun "statement" as an official (most
statements quoted in news come from governments, agencies and companies), whoever issued it, so a legislator's or a
family's statement was typed official. :func:`statement_issuer` finds the issuer a statement phrase names, and
:func:`helpers.measures.sourcing.extract_attributions` gives the row the role the article gives that issuer (basis
:data:`ISSUER_BASIS`) when that role is one of :data:`ISSUER_ROLES` and differs.

Three forms are read, all on the whole source phrase:

- "(a|the|...) <up to three words> statement(s) [issued|released|posted|sent|published|provided|put out <up to two
  words>] by|from <issuer>" ("A joint statement by Rep. Ann Lee", "a statement released Monday by the family of
  Ben Kay"); the issuer is cut at its first comma;
- "<Issuer>'s <up to two words> statement(s)", with a capitalised issuer of up to four words ("Lee's statement",
  "the Acme Alliance's brief statement");
- "<issuer> made|issued|released|put out|posted <determiner> <up to two words> statement(s)" ("Mrs. Lee made the
  following statement").

:func:`statement_head` tells the definite-description rule of :mod:`helpers.measures.sourcing` that a statement is
no person: "the official" does not refer back to "a statement from Lee's office" (round 12cg-3; the first version's
blind check found "the official" linked to a statement fifteen sentences earlier). "The statement" still refers back
to the body that issued it ("The agency said in a statement ... The statement added").

Left out on purpose: a pronoun owner ("his statement": the owner is a pronoun the resolver has not read here), an
issuer named as an adjective ("a White House statement", "a family statement": the lexicon reads those words in the
phrase already), statements "on behalf of" someone, and issuers of any role but a politician's, a spokesperson's or an
outlet's (the statement stays official). No name, outlet or topic decides anything here.
"""
from __future__ import annotations

import re

__all__ = ["ISSUER_BASIS", "ISSUER_ROLES", "statement_head", "statement_issuer"]

ISSUER_BASIS = "issuer"
"""``role_basis`` of a statement typed by its issuer's role."""

ISSUER_ROLES = frozenset({"politician", "spokesperson", "journalist_media"})
"""Issuer roles a statement takes (rounds 12cg-3 and 12cg-4). A statement of any other issuer keeps the lexicon's
``official``: blind checks found issuers the lexicon types as advocacy, police or ordinary people by its own errors
("the X Group", a director of national intelligence, a union or veterans' group named by a plural people noun)."""

_DET = r"(?:a|an|the|this|that|its|their|one|two|several|in\s+a|in\s+the|in\s+an)"
_WORDS = r"(?:[\w.'\u2019-]+\s+)"
_ISSUED = r"(?:(?:issued|released|posted|sent|published|provided|given|put\s+out)\s+(?:[\w.'\u2019-]+\s+){0,2}?)?"
_BY = re.compile(rf"(?:{_DET}\s+)?{_WORDS}{{0,3}}?statements?\s+{_ISSUED}(?:by|from)\s+(?P<issuer>[^,;]+)(?:[,;].*)?",
                 re.IGNORECASE)
"""'a statement by X', 'A joint statement from X', 'a statement issued Monday by X'."""
_POSS = re.compile(r"(?:[Tt]he\s+)?(?P<issuer>(?:[A-Z][\w.&'\u2019-]*\s+){0,3}[A-Z][\w.&-]*?)"
                   r"(?:'s|\u2019s|(?<=s)['\u2019])\s+" + _WORDS + r"{0,2}?statements?")
"""'Lee's statement', "the Acme Alliance's brief statement"."""
_MADE = re.compile(rf"(?P<issuer>[^,;]+?)\s+(?:made|issued|released|posted|put\s+out)\s+"
                   rf"(?:a|an|the|this|that|his|her|their|its|the\s+following|a\s+brief)\s+{_WORDS}{{0,2}}?statements?",
                   re.IGNORECASE)
"""'Mrs. Lee made the following statement'."""
_HEAD_END = re.compile(r"\s+(?:by|from|of|on|issued|released|posted|sent|published|provided|given|put\s+out)\s|[,;(]")
"""Where the head of a statement phrase ends: its "by"/"from" issuer, a participle, a comma."""
_STATEMENT_END = re.compile(r"(?<![\w-])statements?\s*$", re.IGNORECASE)
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "me", "his", "her", "its",
                       "their", "our", "my", "your", "who", "which", "that", "this"})


def statement_issuer(phrase: str) -> str:
    """The issuer a statement source phrase names, or ''.

    Parameters
    ----------
    phrase : str
        A source phrase as written or resolved ("A statement by Sen. Ann Lee", "Lee's statement").

    Returns
    -------
    str
        The issuer's words ("Sen. Ann Lee", "Lee") when the whole phrase is a statement in one of the module's three
        forms and the issuer is not a pronoun; '' for any other phrase ("the statement", "his statement", "a White
        House statement", "a statement on behalf of Ann Lee", "statements and controversies").
    """
    text = " ".join(phrase.split())
    if len(text) > 200:
        return ""
    for form in (_BY, _POSS, _MADE):
        m = form.fullmatch(text)
        if m:
            issuer = m.group("issuer").strip()
            if issuer and issuer.lower() not in _PRONOUNS:
                return issuer
    return ""


def statement_head(phrase: str) -> bool:
    """Whether a source phrase is headed by the noun "statement(s)" (round 12cg-2).

    Parameters
    ----------
    phrase : str
        A source phrase ("a statement from Ann Lee's office", "Lee's statement", "the official").

    Returns
    -------
    bool
        True when the last word before the phrase's issuer, participle or first comma is "statement" or "statements"
        ("a statement from Ann Lee's office", "Lee's opening statement", "the statement", "a statement on Monday");
        False otherwise ("the official", "statements and controversies", "a misstatement").
    """
    head = _HEAD_END.split(" ".join(phrase.split()), maxsplit=1)[0]
    return bool(_STATEMENT_END.search(head))
