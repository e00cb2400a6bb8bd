"""Round 12cv: a source phrase that coordinates names ("Mills and Abedin", "Moon and Kim", "Russia and Iran").

The role rules read one speaker per phrase. When the speakers are two to four people or bodies named side by side
("Collins and Murkowski said", "Ron Wyden of Oregon and Mark Udall of Colorado wrote", "China and Russia warned"),
the phrase as a whole holds no role noun and no known name, so it stayed ``unknown`` even where the article (or the
corpus) gives every one of them the same role. :func:`conjuncts` splits such a phrase into its names;
:meth:`helpers.measures.source_roles.RoleTagger.role` then reads each name alone and gives the phrase their role
when they all have the same one (basis :data:`COORDINATION_BASIS`), and
:func:`helpers.measures.role_corpus.corpus_roles` does the same with the corpus's votes for full names.

Only names are split: every conjunct is a capitalised name phrase (an optional courtesy title, up to four
capitalised words, optionally "of" and a capitalised place, which is cut before the name is read: "Ron Wyden of
Oregon"). A lower-case word ("Iraqi and moderate Syrian forces"), a determiner, a verb or a quotation stops the
split, and a body whose name holds "and" ("Customs and Border Protection", "Health and Human Services") splits into
words no rule types, so it keeps its reading. Names that differ in role ("Cornel West and Barack Obama": an academic
and a politician) give no role. No name, place or outlet decides anything here.
"""

from __future__ import annotations

import re

__all__ = ["COORDINATION_BASIS", "NOT_SHARED", "conjuncts"]

COORDINATION_BASIS = "coordination"
"""``role_basis`` of a role shared by every name of a coordinated source phrase."""

NOT_SHARED = frozenset({"", "unknown", "anonymous", "document"})
"""Roles a coordination never takes from its names (no role, an unnamed group, a text)."""

_WORD = r"[A-Z][\w'\u2019.-]*"
_NAME = rf"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?{_WORD}(?:\s+{_WORD}){{0,3}}"
_PLACE = rf"\s+of\s+{_WORD}(?:\s+{_WORD}){{0,2}}"
_CONJUNCT = rf"{_NAME}(?:{_PLACE})?"
_LIST = re.compile(
    rf"(?:[Bb]oth\s+)?(?P<first>{_CONJUNCT}(?:\s*,\s*{_CONJUNCT}){{0,2}}),?\s+(?:and|&)\s+(?P<last>{_CONJUNCT})"
)
_SPLIT = re.compile(r"\s*,\s*")
_OF_PLACE = re.compile(rf"^(?P<name>{_WORD}(?:\s+{_WORD}){{1,3}}){_PLACE}$")
"""A full name (two words or more) and "of" a place: the place is cut ("Ron Wyden of Oregon" -> "Ron Wyden"); a
single word before "of" is a body's name and stays whole ("Bank of Norland")."""


def conjuncts(bare: str) -> list[str]:
    """The names a source phrase coordinates, each as it is read alone ([] when the phrase is no such list).

    Parameters
    ----------
    bare : str
        A source phrase, stripped ("Mills and Abedin", "Both Ron Wyden of Oregon and Mark Udall of Colorado").

    Returns
    -------
    list of str
        Two to four names, a place after "of" cut from a full name ("Ron Wyden", "Mark Udall"); [] when the phrase
        is not a coordination of capitalised names, or names the same words twice ("Johnson & Johnson").

    Examples
    --------
    >>> conjuncts("Mills and Abedin")
    ['Mills', 'Abedin']
    >>> conjuncts("Ron Wyden of Oregon and Mark Udall of Colorado")
    ['Ron Wyden', 'Mark Udall']
    >>> conjuncts("Iraqi and moderate Syrian forces")
    []
    """
    m = _LIST.fullmatch(bare.strip())
    if not m:
        return []
    parts = [*_SPLIT.split(m.group("first").strip()), m.group("last").strip()]
    out = []
    for p in parts:
        if not p:
            return []
        place = _OF_PLACE.match(p)
        out.append(place.group("name") if place else p)
    if len({p.lower() for p in out}) < len(out) or not 2 <= len(out) <= 4:
        return []
    return out
