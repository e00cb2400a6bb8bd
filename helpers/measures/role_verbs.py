"""Roles an article states with a verb of holding or leaving a post, or a copula before "head of" a body (issue 12ax-w).

:class:`helpers.measures.source_roles.RoleTagger` reads titles, appositions, "who is/was ...", "served as a/the ...",
"works as" and "who heads/led/ran ..." (:mod:`helpers.measures.role_forms`, :mod:`helpers.measures.role_prose`,
:mod:`helpers.measures.role_clauses`, :mod:`helpers.measures.role_kinds`). This module adds three forms of English in
which the verb phrase after a name says what post the person holds or held:

- a verb of holding or leaving a post with "as" and a role phrase: "Ann Lee served as interim head of the X Committee",
  "Ann Lee, who until last month served as a vice minister", "Ann Lee resigned as finance chair of the X Committee",
  "Ann Lee stepped down as governor". A post left is read like a former title ("a former governor" is a politician, as
  the lexicon reads "former"): the role of the post;
- a copula (also in a relative clause, and with "also", "now", "still" before the article) before a head's noun and
  "of" a body: "Ann Lee is the president of the X Institute", "Ann Lee is also a director of X": the body's role, when
  the lexicon or the article types the body (the convention of "the head of X"). Restricted after the first population
  read (seed 1981, 19/30): not an owner's, founder's or publisher's noun (the founder of a "website" was a businessman
  or a political figure, not a journalist);
- "who has been" / "who had been" and a role phrase ("Ann Lee, who has been a senator since 2010"): the role of the
  phrase's head noun, except the stance and fame nouns the copula rule skips ("who has been a longtime advocate").

Also restricted after that read: a subject of one word must be a surname the article writes after another
capitalised word (a word that opens several full names, as some family names do, names no one person), and a bare
participle ("without Ann Lee serving as ...") is not read (no finite verb: the name may be a preposition's object).
The role of a phrase is read only from its head (the words before its first preposition or clause word) ending in a
role noun of the lexicon, or from "head/chief/leader/founder of X" (``"a bodyguard to the current leader"`` gives no
role); a private person's noun and a document give none. Every rule is a form of English, not a list of names: no
person, outlet, site or country decides anything.
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

from .role_forms import HEAD_OF_PHRASE, HEAD_SPLIT, NAME, NOT_NAME_START

__all__ = ["AS_POST", "COPULA_HEAD_OF", "WHO_HAS_BEEN", "verb_roles"]

_SUBJECT = (rf"(?<![\w'\u2019.-])(?!(?:{NOT_NAME_START}|He|She|It|They|We|I|You|This|There|What|Who|Which|Here|His|Her|"
            rf"Its|Their)\s)({NAME})")
_ADVERB = r"(?:(?:also|once|previously|formerly|later|briefly|now|currently|still|recently|abruptly|then)\s+)?"
_UNTIL = r"(?:(?:until|till)\s+(?:last\s+\w+|this\s+\w+|recently|\d{4})\s+|in\s+\d{4},?\s+)?"
_COMPLEMENT = r"([^,.;:()\"\u201c\u201d\[\]]{2,90})"

AS_POST = re.compile(
    _SUBJECT + r"(?:,\s+who)?\s+" + _ADVERB + _UNTIL + _ADVERB
    + r"(?:(?:has|had)\s+)?(?:served|serves|resigned|stepped\s+down|retired|quit|(?:was|had\s+been)\s+"
      r"(?:ousted|fired|removed|dismissed|sacked))\s+(?:(?:his|her|their)\s+(?:post|job|position|role)\s+)?"
      r"(?:from\s+(?:(?:his|her|their)\s+(?:post|job|position|role)\s+)?)?as\s+" + _COMPLEMENT)
"""A verb of holding or leaving a post, "as" and the post ("Ann Lee served as interim head of the X Committee", "Ann
Lee, who until 2019 served as a vice minister", "Ann Lee resigned as finance chair of the X Committee")."""

_HEADS = (r"head|leader|chief|president|co-president|director|executive\s+director|chair|co-chair|chairman|"
          r"chairwoman|chairperson|CEO|chief\s+executive")
COPULA_HEAD_OF = re.compile(
    _SUBJECT + r"(?:,\s+who)?\s+(?:is|was|has\s+been|had\s+been|became|remains|remained)\s+" + _ADVERB
    + r"(?:the|a|an|its|one\s+of\s+the)\s+((?:[a-z][\w-]*\s+){0,2}?)(" + _HEADS + r")s?\s+of\s+" + _COMPLEMENT)
"""A copula before an owner's, founder's or head's noun and "of" a body ("Ann Lee is the founder of the X Institute",
"Ann Lee is also a co-founder of X"): the body follows "of"."""

WHO_HAS_BEEN = re.compile(
    rf"({NAME}),\s+who\s+(?:has|had)\s+been\s+" + _ADVERB + r"((?:a|an|the)\s+[^,.;:()\"\u201c\u201d\[\]]{2,90})")
"""A relative clause with "has been"/"had been" and a role phrase ("Ann Lee, who has been a senator since 2010")."""

_CLAUSE_END = re.compile(r"\s+(?:and|but|who|whose|which|where|when|while|until|since|before|after|during|because|"
                         r"following|amid|over|to\s+(?!the\s+[A-Z])[a-z]+|said|says|told|tells)(?![\w-])(?!\s+[A-Z])")
"""Where a complement's phrase ends: a clause, a time or a reason after it ("finance chair of the X Committee following
allegations", "head of the agency until he retired"); not a capitalised name's "and" ("the Energy and Commerce
Committee")."""
_PERSON_ROLES = ("politician", "official", "military_police", "expert", "journalist_media", "spokesperson",
                 "activist_advocacy")
_BODY_ROLES = ("politician", "official", "military_police", "expert", "journalist_media", "activist_advocacy")
_COPULA_SKIP = ("activist_advocacy",)
_COURTESY = frozenset({"mr", "mrs", "ms", "dr", "miss"})
"""After "who has been a ..." an advocate's noun states a stance ("a longtime advocate of ..."), as in the copula rule
of :mod:`helpers.measures.role_forms` (``COPULA_SKIP``)."""


def _phrase(text: str) -> str:
    """The complement cut where its phrase ends."""
    return _CLAUSE_END.split(text, maxsplit=1)[0].strip()


def _post_role(phrase: str, phrase_role: Callable[[str], str], hits: Callable[[str], list]) -> str:
    """The role of a post's phrase: from its head ending in a role noun, or from "head/chief/leader/founder of X"."""
    if HEAD_OF_PHRASE.match(phrase):
        return phrase_role(phrase)
    head = HEAD_SPLIT.split(phrase, maxsplit=1)[0].rstrip()
    found = hits(head)
    if not found or found[-1].end != len(head) or head.endswith("s") and not head.endswith("ss"):
        return ""  # "a bodyguard to the current leader": the head is no role noun; a plural is a group
    return phrase_role(phrase)


def verb_roles(sentence: str, phrase_role: Callable[[str], str], body_role: Callable[[str], str],
               hits: Callable[[str], list], surnames: set[str]) -> Iterator[tuple[str, str, str]]:
    """The names ``sentence`` gives a post with a verb of holding or leaving it, a copula before "head of" a body, or
    "who has been" and a role phrase.

    Parameters
    ----------
    sentence : str
        One sentence of an article.
    phrase_role : callable
        The role of a phrase ('' if none): :meth:`helpers.measures.source_roles.RoleTagger.phrase_role`.
    body_role : callable
        The role of a body's phrase ('' if none): :meth:`helpers.measures.source_roles.RoleTagger._body_role`.
    hits : callable
        The role nouns of a text, in order (:meth:`helpers.measures.source_roles.RoleTagger._hits`).
    surnames : set of str
        The lower-cased words the article has written after another capitalised word so far: a subject of one word
        (after a courtesy title) is read only if it is one of them, a surname ("Ann Lee ... Lee resigned as ...";
        not a word that opens several full names, "Kim" of "Kim Ann" and "Kim Bo").

    Yields
    ------
    (str, str, str)
        ``(name, role, evidence)``; nothing for a name that is itself a role phrase ("The Senate served as ...").
    """
    def person(name: str) -> bool:
        words = [w for w in name.split() if w.rstrip(".").lower() not in _COURTESY]
        return bool(words) and (len(words) > 1 or words[0].lower() in surnames) and not phrase_role(name)

    if " as " in sentence:
        for m in AS_POST.finditer(sentence):
            role = _post_role(_phrase(m.group(2)), phrase_role, hits)
            if role in _PERSON_ROLES and person(m.group(1)):
                yield m.group(1), role, m.group(0)
    if " of " in sentence and (" is " in sentence or " was " in sentence or " been " in sentence
                               or " became " in sentence or " remain" in sentence):
        for m in COPULA_HEAD_OF.finditer(sentence):
            if m.group(2).strip() and phrase_role(m.group(2)):
                continue  # "the party's former campaign manager and head of ...": another role noun first
            role = body_role(_phrase(m.group(4)))
            if role in _BODY_ROLES and person(m.group(1)):
                yield m.group(1), role, m.group(0)
    if " been " in sentence and ", who " in sentence:
        for m in WHO_HAS_BEEN.finditer(sentence):
            role = _post_role(_phrase(m.group(2)), phrase_role, hits)
            if role in _PERSON_ROLES and role not in _COPULA_SKIP and person(m.group(1)):
                yield m.group(1), role, m.group(0)
