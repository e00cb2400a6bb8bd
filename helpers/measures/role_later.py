"""A named person referred to later by a definite description of their role, wherever the sentence names them (issue
12aw-d).

News names a person, then calls them by "the" and a role noun as the subject of a later sentence: "Ann Lee praised
the plan on Monday while visiting Dayton. The former Norland senator has long argued ...". Issue 12at-d
(:mod:`helpers.measures.role_epithets`) links such a description only to a name that opens the sentence next to it as
its subject. This module reads the same description after a sentence that names the person anywhere ("On Monday the
plan won praise from Ann Lee.", "In a long interview with the Courier, Lee warned ..."), and decides that exactly one
person can take the role:

- the description is the subject of its sentence (at its start, or before a reporting verb; the description
  :func:`helpers.measures.role_epithets.epithet_links` reads: "the", at most three plain modifiers, a singular role noun of
  the lexicon written in lower case that names a person, not an institution, an ordinary person's noun nor a noun that
  introduces unnamed sources), and that sentence names no person;
- the nearest sentence before it that names a person (the one right before, or the one before that when the one
  right before names no one) names exactly one, a person the article names in full somewhere (a capitalised run whose
  last word is the surname of a full name of the article, or a one-word name written as '..." Lee said' or "Mr. Lee");
- the sentence after the description names no other person (who could be the one described, as in a list of people
  whose entries open with a description of the next one), the sentences between the name and the description
  (inclusive) use no lower-case singular role noun of the same role (an unnamed person the description may refer back
  to: "Lee met the mayor. The official said ..."), and the article never writes the description's noun as the title
  of another person ("Sen. Ben Kay", "Ben Kay, the senator").

The person takes the description's role, with ``role_basis`` ``"epithet"`` (the same table as issue 12at-d's links,
read only for a source whose role the article states nowhere else). Every rule is a form of English: no person,
outlet, site or country decides anything.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator

from . import role_epithets as RE

__all__ = ["WINDOW", "later_links"]

WINDOW = 2
"""How many sentences back the name may stand from its description (the nearest sentence that names a person)."""

_WORD = re.compile(r"(?<![\w'\u2019-])([a-z][a-z-]*)(?![\w'\u2019-])")
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                      "july august september october november december jan feb mar apr jun jul aug sep sept oct nov "
                      "dec".split())
"""Days and months, which open capitalised runs ("On Dec. 21, ...") but name no person (restriction of the first read)."""


def _full_run(sentence: str, surname: str) -> str:
    """The capitalised run of ``sentence`` whose surname is ``surname`` (its longest form: "Ann Lee", else "Lee")."""
    runs = [" ".join(w for w in m.group(1).split() if w.lower() not in RE._NOT_FIRST)
            for m in RE._PERSON_RUN.finditer(sentence)]
    runs = [r for r in runs if r and RE._surnames([r]) == {surname}]
    return max(runs, key=len) if runs else ""


def _same_role_noun(text: str, role: str, nouns: set[str], phrase_role: Callable[[str], str]) -> bool:
    """Does ``text`` use a lower-case singular role noun of the lexicon with role ``role`` ("the mayor", "an
    official")?"""
    return any(w in nouns and not w.endswith("s") and phrase_role(w) == role for w in _WORD.findall(text))


def later_links(sentences: list[str], phrase_role: Callable[[str], str], nouns: Collection[str],
                unnamed: Collection[str] = ()) -> Iterator[tuple[str, str, str]]:
    """The names an article refers to by a definite description as the subject of a later sentence.

    Parameters
    ----------
    sentences : list of str
        The article's sentences, in order.
    phrase_role : callable
        The role of a phrase ('' if none): :meth:`RoleTagger.phrase_role`.
    nouns : collection of str
        The lexicon's lower-case role nouns.
    unnamed : collection of str
        Nouns that introduce unnamed sources ("official", "aide"); "the official said" refers back to such a source,
        not to a name, and is no description here.

    Yields
    ------
    (str, str, str)
        The name, the description's role and the description ("Ann Lee", "politician", "The former Norland senator").
    """
    sents = [s[:RE._MAX_CHARS] for s in sentences]
    nouns = set(nouns) - set(unnamed)
    descs = [RE._description(s, phrase_role, nouns) if "he " in s else ("", "", 0) for s in sents]
    if not any(d[0] for d in descs):
        return
    known = RE._surnames(m.group(1) for s in sents for m in RE._PERSON_RUN.finditer(s) if " " in m.group(1)
                         and m.group(1).split()[0].lower() not in RE._NOT_FIRST and not phrase_role(m.group(1)))
    known |= {w for s in sents for m in RE._SPEAKER.finditer(s)
              for w in [(m.group(1) or m.group(2)).lower()] if w not in RE._NOT_FIRST}
    known -= _CALENDAR  # restriction: "On Dec. 21, Ann Lee ..." names no person "Dec"
    if not known:
        return
    text = " ".join(sents)
    titled: dict[str, set[str]] = {}
    for j, (phrase, role, _) in enumerate(descs):
        if not phrase or RE._persons(sents[j], known):
            continue  # no description, or its sentence names a person (who may be the one described)
        persons: set[str] = set()
        i = j
        while not persons and i > 0 and j - i < WINDOW:
            i -= 1
            persons = RE._persons(sents[i], known)
        if len(persons) != 1:
            continue  # no one named just before, or more than one person who could take the role
        surname = next(iter(persons))
        if j + 1 < len(sents) and RE._persons(sents[j + 1], known) - {surname}:
            continue  # the next sentence names another person, who may be the one described
        words = phrase.split()[1:]
        noun = words[-1].lower()
        if any(w.lower() in RE._NOT_VERB for w in words) or phrase_role(noun) != role:
            continue  # restriction: the head noun ends the description and carries its role ("The publishers of the
            # study": no)
        between = " ".join(sents[i:j]) + " " + sents[j][:RE._description(sents[j], phrase_role, nouns)[2]]
        if _same_role_noun(between, role, nouns, phrase_role):
            continue  # an unnamed person of the same role ("the mayor") stands between: the description's referent
        if noun not in titled:
            titled[noun] = RE._titled(noun, text)
        if titled[noun] - {surname}:
            continue  # another person bears the noun as a title
        name = _full_run(sents[i], surname)
        if name and not phrase_role(name):
            yield name, role, phrase
