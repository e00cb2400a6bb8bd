"""A named person referred to in the next sentence by a definite description of their role (issue 12at-d).

News often names a person and refers back to them in the next sentence by "the" and a role noun, with modifiers (an
epithet): "Ann Lee toured the plant on Monday. The Norland senator said ...", "The former vice president has long
argued ... Ann Lee said". :class:`helpers.measures.source_roles.RoleTagger` reads titles and appositions next to a
name; this module links such a description to the one person of the sentence next to it, in either order:

- one sentence opens with a person's name as its subject (a capitalised name run, then a lower-case word; after an
  opening adverbial clause and a comma too: "But after the vote, Lee is ..."), a name the article writes in full
  somewhere (a one-word name: after "Mr."/"Ms.", or as '..." Lee said'), not a possessive ("Lee's office said"), and
  names no other person (a capitalised run whose last word is the surname of a full name of the article, a run of
  capitalised words with no role noun: not "House Democrats");
- the sentence right before or after it has a definite description as its subject, at its start or before a
  reporting verb ('"It is late," the Norland senator said'): "the", at most three modifiers, a singular role noun of
  the lexicon written in lower case that names a person (not an institution: "the committee", "the watchdog", nor an
  ordinary person's noun: "the man", nor a noun that introduces unnamed sources: "the official said" refers back to
  "an official who asked not to be named"), with no possessive and no modifier that singles out someone else ("the
  mayor's spokeswoman", "the first official to ..."); at the start, then a lower-case word that is not a preposition
  (the verb: "The Norland senator said", not "The senator from Norland's ..." nor "The senator's office");
- the description's other neighbour names no other person; its own sentence names no person (when it comes first)
  or none before it (when it comes after the name); and the article never writes the description's noun as the
  title of another person ("President Ben Kay", "Sen. Ben Kay", "Ben Kay, the senator"), who could be the one meant.

The person takes the description's role (:meth:`RoleTagger.phrase_role`), with ``role_basis`` ``"epithet"``. The
link is read only for a source whose role the article states nowhere else (the lookup comes last). Every rule is a
form of English: no person, outlet, site or country decides anything.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator

from .role_forms import INSTITUTION_NOUNS, LOWER_WORDS, NOT_NAME_START, SUFFIX
from .role_refs import _BODY_NOUN

__all__ = ["EPITHET_BASIS", "epithet_links"]

EPITHET_BASIS = "epithet"
"""The ``role_basis`` of a role read from a definite description in the sentence next to the name."""

_WORD = r"[A-Z][\w'\u2019-]*[a-z][\w'\u2019-]*"
_SUBJECT_NAME = re.compile(rf"\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?((?:{_WORD}\s+)(?:[A-Z]\.\s+)?(?:{_WORD}\s+)?{_WORD}|{_WORD})"
                           rf"(?:,?\s+(?:Jr|Sr)\.?,?)?\s+(?!(?:of|for|at|and|or|in|to|from|with|on|by)\s)[a-z]")
"""A sentence that opens with a name as its subject ("Ann Lee will ...", "Lee has ...", "Mr. Lee said")."""
_LEAD_CLAUSE = re.compile(r"\s*(?:But|And|After|Before|On|In|At|Since|When|While|Last|Earlier|Later|Now|Still|Yet|Then)"
                          r"\s[^,;:\"\u201c\u201d]{0,100}?,\s+(?=[A-Z])")
"""An opening adverbial clause before the subject ("But after the vote last week, Ann Lee is ...")."""
_SPEAKER = re.compile(rf"(?:(?<=Mr\. )|(?<=Mrs\. )|(?<=Ms\. )|(?<=Mr )|(?<=Ms )|(?<=Mrs ))({_WORD})(?![\w'\u2019-])|"
                      rf"(?<=[,\"\u201d] )({_WORD})(?=\s+(?:said|says|told)(?![\w-]))")
"""A one-word name after a courtesy title or after a quotation or a comma before "said" ("Mr. Lee", '..." Lee said'):
a person's surname."""
_OTHER_ONE = re.compile(r"(?:first|second|third|last|other|another|only|next|latest|same|previous|new)$", re.IGNORECASE)
"""Modifiers that single out another person than the one just named ("the first official to ...", "the other
senator")."""
_NOT_FIRST = frozenset(w.lower() for w in NOT_NAME_START.split("|")) | frozenset(
    "he she it they we i you his her their its a an there here now today yesterday however although though because "
    "once whether while with without despite until what why how who which where mr mrs ms dr".split())
"""Capitalised words that open a sentence without naming a person ("But", "Now", "There")."""
_DESCRIPTION = re.compile(r"\s*(?:(?:But|And|Still|Yet|Now)\s+)?([Tt]he)\s+((?:[\w.'\u2019-]+\s+){1,5})")
"""A sentence that opens with "the" and words: a definite description may be its subject ("The former governor said")."""
_CUE_DESCRIPTION = re.compile(r"(?<![\w-])([Tt]he\s+(?:[\w.'\u2019-]+\s+){0,3}?([a-z][a-z-]*\s+)??([a-z][a-z-]*))"
                              r"(?:,\s+(?:who|whose)\s[^,;]{0,120},)?\s+(?:said|says|told|tells|added|wrote|noted|argued|"
                              r"explained|insisted|acknowledged|continued|replied|responded|tweeted|claimed|warned|stated|"
                              r"declared)(?![\w-])")
"""A definite description as the subject of a reporting verb ('..., the Norland senator said', 'the senator, who ...,
said')."""
_CUE_VERB = re.compile(r"(?<![\w-])(?:said|says|told|tells|added|wrote|noted|argued|explained|insisted|acknowledged|"
                       r"continued|replied|responded|tweeted|claimed|warned|stated|declared)(?![\w-])")
_NOT_VERB = frozenset("of for at and or in to from with on by who whose that which".split())
"""Words after a noun that keep the noun phrase going ("The senator from Norland"), not its verb."""
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
"""Capital letters, with the accented Latin ones ("Çelik", "Émile", "Ørsted"): another person named so still counts."""
_ANY_WORD = rf"[{_UPPER}][\w'\u2019-]*[a-z][\w'\u2019-]*"
_PERSON_RUN = re.compile(rf"(?<![\w'\u2019.-])({_ANY_WORD}(?:\s+(?:[{_UPPER}]\.\s+)?{_ANY_WORD}){{0,2}})")
"""A run of capitalised words (a name, a place, a body)."""
_ABBREVIATIONS = {"senator": ("sen",), "representative": ("rep",), "governor": ("gov",), "general": ("gen",),
                  "president": ("pres",), "lieutenant": ("lt",), "colonel": ("col",), "captain": ("capt",),
                  "professor": ("prof",), "doctor": ("dr",), "secretary": ("sec",)}
"""Title abbreviations written before a name ("Sen. Ben Kay" is a senator)."""
_NOT_PERSON_ROLES = frozenset({"", "document", "ordinary_person", "anonymous"})
_MAX_CHARS = 2_000
"""Only the first characters of a sentence are read (bounded work on huge sentences)."""


def _surnames(runs: Iterable[str]) -> set[str]:
    """The lower-cased last words of name runs (no "Jr.")."""
    out = set()
    for run in runs:
        words = [w for w in run.split() if w.lower() not in LOWER_WORDS and not SUFFIX.fullmatch(w)]
        if words:
            out.add(words[-1].lower().removesuffix("'s").removesuffix("\u2019s"))
    return out


def _persons(sentence: str, known: set[str]) -> set[str]:
    """The surnames of the persons a sentence names: capitalised runs whose last word is a surname of the article."""
    runs = [m.group(1) for m in _PERSON_RUN.finditer(sentence)]
    runs = [" ".join(w for w in r.split() if w.lower() not in _NOT_FIRST) for r in runs]
    return {s for s in _surnames(r for r in runs if r) if s in known}


def _subject(sentence: str) -> str:
    """The name that opens ``sentence`` as its subject ('' if none)."""
    m = _SUBJECT_NAME.match(sentence)
    if not m or m.group(1).split()[0].lower() in _NOT_FIRST:
        lead = _LEAD_CLAUSE.match(sentence)
        m = _SUBJECT_NAME.match(sentence, lead.end()) if lead else None
        if not m or m.group(1).split()[0].lower() in _NOT_FIRST:
            return ""
    return "" if m.group(1).endswith(("'s", "\u2019s", "'", "\u2019")) else m.group(1)  # "Lee's office said": no


def _plain(modifiers: list[str]) -> bool:
    """Do the modifiers of a description single out no one else: no possessive ("the mayor's spokeswoman"), no
    "first"/"other" ("the first official to ...")? (A body as the head noun, "the internal watchdog", is refused by
    :func:`_description` itself, not here.)"""
    return not any(w.endswith(("'s", "\u2019s", "'", "\u2019")) or _OTHER_ONE.fullmatch(w) for w in modifiers)


def _description(sentence: str, phrase_role: Callable[[str], str], nouns: set[str]) -> tuple[str, str, int]:
    """The definite description that is the subject of ``sentence``, its role and where it starts (('', '', 0) if
    none): at the start of the sentence, its head is the first role noun among its first four words that a lower-case
    word other than a preposition or another role noun follows ("The former Norland governor said"); elsewhere, the
    subject of a reporting verb ('"It is late," the Norland senator said')."""
    m = _DESCRIPTION.match(sentence)
    words = m.group(2).split() if m else []
    for k in range(min(4, len(words) - 1)):
        noun, after = words[k], words[k + 1]
        if noun in nouns and after[:1].islower() and after.isalpha() and after not in _NOT_VERB and after not in nouns:
            if noun.endswith("s") or noun in INSTITUTION_NOUNS or _BODY_NOUN.fullmatch(noun):
                break
            phrase = " ".join([m.group(1), *words[:k + 1]])
            role = phrase_role(phrase) if _plain(words[:k]) else ""
            return (phrase, role, 0) if role not in _NOT_PERSON_ROLES else ("", "", 0)
    for m in (_CUE_DESCRIPTION.finditer(sentence) if _CUE_VERB.search(sentence) else ()):
        noun = m.group(3)
        if noun in nouns and not noun.endswith("s") and noun not in INSTITUTION_NOUNS and not _BODY_NOUN.fullmatch(
                noun) and _plain(
                m.group(1).split()[1:-1]):
            role = phrase_role(m.group(1))
            if role not in _NOT_PERSON_ROLES:
                return m.group(1), role, m.start()
    return "", "", 0


def _titled(noun: str, text: str) -> set[str]:
    """The surnames of the persons the article gives ``noun`` (or its abbreviation) as a title ("Sen. Ben Kay", "Ben
    Kay, the senator"): read once per noun and article, so that the work stays linear in the article's length."""
    forms = "|".join([re.escape(noun)] + [re.escape(a) + r"\.?" for a in _ABBREVIATIONS.get(noun, ())])
    before = re.compile(rf"(?<![\w-])(?i:{forms})\s+((?:{_ANY_WORD}\s+)?(?:[{_UPPER}]\.\s+)?{_ANY_WORD})")
    after = re.compile(rf"({_ANY_WORD}),\s+(?:the|a|an)\s+(?:[\w.'\u2019-]+\s+){{0,3}}?(?i:{re.escape(noun)})(?![\w-])")
    return _surnames(m.group(1) for pat in (before, after) for m in pat.finditer(text))


def epithet_links(sentences: list[str], phrase_role: Callable[[str], str], nouns: set[str],
                  unnamed: Collection[str] = ()) -> Iterator[tuple[str, str, str]]:
    """The names an article refers to by a definite description in the next or the previous sentence.

    Parameters
    ----------
    sentences : list of str
        The article's sentences, in order.
    phrase_role : callable
        The role of a phrase ('' if none): :meth:`RoleTagger.phrase_role`.
    nouns : set of str
        The lexicon's lower-case role nouns.
    unnamed : collection of str
        Nouns that introduce unnamed sources ("official", "aide": the anonymity entry's ``intro_nouns``); "the
        official said" refers back to such a source, not to a name, and is no description here.

    Yields
    ------
    (str, str, str)
        The name, the description's role and the description ("Ann Lee", "politician", "The Norland senator").
    """
    sents = [s[:_MAX_CHARS] for s in sentences]
    nouns = set(nouns) - set(unnamed)
    descs = [_description(s, phrase_role, nouns) if "he " in s else ("", "", 0) for s in sents]
    near = {i for j, d in enumerate(descs) if d[0] for i in (j - 1, j, j + 1) if 0 <= i < len(sents)}
    if not near:
        return
    subjects = [_subject(s) if i in near else "" for i, s in enumerate(sents)]
    if not any(subjects):
        return
    text = " ".join(sents)
    known = {w for w in _surnames(m.group(1) for s in sents for m in _PERSON_RUN.finditer(s) if " " in m.group(1)
                                  and m.group(1).split()[0].lower() not in _NOT_FIRST and not phrase_role(m.group(1)))}
    titled: dict[str, set[str]] = {}  # noun -> surnames titled by it (one pass over the text per noun)
    speakers = {w for s in sents for m in _SPEAKER.finditer(s)
                for w in [(m.group(1) or m.group(2)).lower()] if w not in _NOT_FIRST}
    known |= speakers
    for i, name in enumerate(subjects):
        if not name:
            continue
        surname = next(iter(_surnames([name])), "")
        if (" " not in name.strip() and surname not in speakers) or surname not in known or _persons(
                sents[i], known) != {surname} or phrase_role(name):
            continue  # a person the article names in full somewhere ("Very few ..." names no one)
        for j in (i + 1, i - 1):
            if not 0 <= j < len(sents) or not descs[j][0] or subjects[j]:
                continue
            phrase, role, start = descs[j]
            if _persons(sents[j] if j < i else sents[j][:start], known):
                continue  # the description before the name: its sentence names no person; after: none before it
            other = j + (j - i)  # the description's other neighbour names no other person it could describe
            if 0 <= other < len(sents) and _persons(sents[other], known | {surname}) - {surname}:
                continue
            noun = phrase.split()[-1].lower()
            if noun not in titled:
                titled[noun] = _titled(noun, text)
            if titled[noun] - {surname}:  # another person bears the noun as a title: could be the one meant
                continue
            yield name, role, phrase
            break
