"""A whole bare source phrase headed by a document, a state or a child (round 12eb).

Reporters let texts, states and children speak in short phrases: "Party rules call for ...", "The legislation would
...", "A large sign warned ...", "The Bible says ...", "the rogue nation threatened ...", "a 12-year-old girl said
...". The role lexicon reads none of these heads (each noun has other uses inside longer phrases: "critics of the
legislation", "a nation of immigrants"), so such sources were ``unknown``. :func:`bare_head_role` reads only a
**whole** short phrase: an optional determiner, at most three modifier words that are not prepositions, conjunctions
or relative pronouns, then the head. :class:`~helpers.measures.source_roles.RoleTagger` applies it to source phrases
the other rules leave without a role or ``unknown``, as rounds 12dn2 (hospitals) and 12dq (regimes) do.

- ``document`` (protocol item 3: a poll, study, finding, evidence, or a text that states something): rules, minutes,
  signs, posters, banners, placards, billboards, the Bible, the Koran, scripture, applications, legislation, measures,
  policies, statutes, deals, provisions, amendments, (the) language, numbers, messages, guidance, platforms, charters,
  manifestos, resolutions, ordinances, directives, mandates;
- ``official`` (protocol item 9: a country speaks for its government): a lower-case nation or junta ("the nation", "the
  rogue nation", "Both juntas"); "The Nation" (a magazine's name) is not read;
- ``ordinary_person``: a kid, child, boy or girl ("a 12-year-old girl", "the children").

No name, outlet or topic decides anything here.
"""
from __future__ import annotations

import re

__all__ = ["bare_head_role"]

_DETERMINER = (r"(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Mm]y|[Aa]n?|[Ss]ome|"
               r"[Mm]any|[Oo]ne|[Tt]wo|[Bb]oth|[Ss]everal|[Oo]ther)\s+)?")
_NOT_MODIFIER = (r"(?!(?:of|for|to|with|by|from|on|in|at|about|against|and|or|but|who|whom|whose|which|that|than|as|"
                 r"like)\s)")
_MODIFIERS = rf"(?:{_NOT_MODIFIER}[\w.'\u2019&-]+\s+){{0,3}}"
_HEADS = {
    "document": (r"rules?|minutes|signs?|posters?|banners?|placards?|billboards?|Bible|Koran|Quran|[Ss]criptures?|"
                 r"applications?|legislation|measures?|polic(?:y|ies)|statutes?|deals?|provisions?|amendments?|"
                 r"language|numbers|messages?|guidance|platforms?|charters?|manifestos?|resolutions?|ordinances?|"
                 r"directives?|mandates?"),
    "official": r"nations?|juntas?",
    "ordinary_person": r"kids?|child|children|boys?|girls?",
}
_BARE = {role: re.compile(rf"{_DETERMINER}{_MODIFIERS}(?:{heads})") for role, heads in _HEADS.items()}


def bare_head_role(phrase: str) -> str:
    """The role of a whole bare source phrase headed by a document, a state or a child, or ``""``.

    Parameters
    ----------
    phrase : str
        A source phrase as written ("Party rules", "the rogue nation", "a 12-year-old girl").

    Returns
    -------
    str
        ``"document"``, ``"official"``, ``"ordinary_person"``, or ``""`` when the whole phrase is not such a bare
        phrase ("critics of the legislation", "The Nation", "Ann Lee's children and grandchildren").
    """
    bare = " ".join(phrase.split())
    return next((role for role, rx in _BARE.items() if rx.fullmatch(bare)), "")
