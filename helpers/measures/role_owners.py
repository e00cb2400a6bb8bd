"""People named with their organisation by a possessive or "of" (issue 12at-a).

News names many speakers by their organisation alone: "<Owner>'s <Name>" ("the Daily Bugle's Ann Lee", "the
Acme Alliance's Ben Kay") or "<Name> of (the) <Owner>" ("Ann Lee of Acme Partners"). The role tagger
(:class:`helpers.measures.source_roles.RoleTagger`) already reads an owner whose own words hold a role noun ("the X
Institute's Ann Lee", "Ann Lee of the X Party") and an owner the article names as an outlet by a cue ("told X")
when the possessive is read. This module gives such a person the role of the owner when the owner's kind can be
read in two more ways, and only when the article states no other role for the person:

- the owner is a known news outlet of the project's outlet data (``helpers/data/outlet_aliases.yaml``, the
  entries that are outlets, not pseudo-outlets): its label ("NPR"), the label's first word when the label ends
  in "News" ("Fox" of "Fox News"), the initials of a three-word label ("WSJ"): a journalist or outlet
  (general data about news, not about a topic);
- the article types the owner as a body elsewhere: an apposition ("Acme Alliance, a nonprofit group"), a noun
  of its kind ("the Acme mining company"), its name or acronym learnt from an organisation named with its type
  ("the Association of Flight Attendants" ... "AFA's Nelson"), an outlet cue ("told Newsline"): that role.

An owner that the article writes after another capitalised word is a person's surname ("Ann Kay's aide Ben
Roe": no body), and a body role the tagger learnt from the same "<Owner>'s <Name>, ..." phrase is not used (it is
the person's apposition, remembered under the owner's word). No person, outlet or place name is decided here
except through the outlet data file.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..text.lexicon import load_lexicon
from . import role_forms as F

__all__ = ["known_outlets", "owned_names", "owner_role", "split_owned"]

_OWNER = r"(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*"
_POSS = re.compile(rf"(?:[Tt]he\s+)?({_OWNER})(?:'s|\u2019s|(?<=[sS])['\u2019])\s+"
                   r"((?:[A-Z][\w'\u2019.-]*\s+){0,2}[A-Z][a-z][\w'\u2019-]*)(?![\w'\u2019-])")
"""'<Owner>'s <Name>': up to four capitalised words, the possessive (the apostrophe alone after a final s: "Axios'
Ann Lee"), then a name of up to three words."""
_OF = re.compile(r"((?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2})\s+of\s+"
                 rf"(?:the\s+)?({_OWNER})(?![\w'\u2019&-])")
"""'<Name> of (the) <Owner>': a name of up to three words, "of", then up to four capitalised words."""
_BODY_ROLES = frozenset({"journalist_media", "expert", "activist_advocacy", "official", "politician",
                         "military_police", "spokesperson"})
"""Roles a body may give the person named by it (not a document nor an ordinary person)."""


@lru_cache(maxsize=4)
def known_outlets(path: str = "outlet_aliases") -> frozenset:
    """The lower-cased names of the known news outlets of the project's outlet data.

    Parameters
    ----------
    path : str
        A lexicon of outlet names (default ``helpers/data/outlet_aliases.yaml``).

    Returns
    -------
    frozenset of str
        Each outlet entry's label, its first word when it ends in "News" ("fox"), the initials of a label of three
        words ("wsj"); pseudo-outlets (``kind: pseudo``) are left out.
    """
    lex = load_lexicon(path, extra_entry_keys=("kind",))
    keys = set()
    for e in lex["entries"].values():
        if e.get("kind") == "pseudo":
            continue
        words = e["label"].split()
        keys.add(" ".join(words).lower())
        if len(words) == 2 and words[1] == "News":
            keys.add(words[0].lower())
        if len(words) == 3:
            keys.add("".join(w[0] for w in words).lower())
    return frozenset(keys)


def _key(owner: str) -> str:
    return " ".join(w for w in owner.lower().split() if w != "the")


def owned_names(sentence: str):
    """The names a sentence gives with an owner: ``(name, owner)`` for each "<Owner>'s <Name>" and "<Name> of
    <Owner>".

    Parameters
    ----------
    sentence : str
        One sentence of the article.

    Yields
    ------
    (str, str)
        The name ("Ann Lee") and the owner's words without "the" ("Acme Partners").
    """
    if "'s " in sentence or "\u2019s " in sentence:
        for m in _POSS.finditer(sentence):
            yield m.group(2), m.group(1)
    if " of " in sentence:
        for m in _OF.finditer(sentence):
            yield m.group(1), m.group(2)


def split_owned(phrase: str) -> tuple[str, str]:
    """The name and the owner of a source phrase that opens with "<Owner>'s <Name>" or "<Name> of <Owner>".

    Parameters
    ----------
    phrase : str
        A source phrase ("NPR's Ann Lee, reporting from Oslo"); its part before a comma is read.

    Returns
    -------
    (str, str)
        ``(name, owner)``, or ``("", "")`` when the phrase has neither form.
    """
    head = phrase.split(",", 1)[0].strip()
    m = _POSS.fullmatch(head) or _POSS.match(head)
    if m and m.start() == 0:
        return m.group(2), m.group(1)
    m = _OF.fullmatch(head)
    return (m.group(1), m.group(2)) if m else ("", "")


_BODY_EVIDENCE = re.compile(rf"(?<![\w-])(?:{F.ORG_WORDS}|(?i:{'|'.join(sorted(F.INSTITUTION_NOUNS))}))(?![\w-])")
"""A word of a body in the evidence a role was learnt from ("the Association of ...", "agency Europol")."""


def owner_role(owner: str, person_words: set, typed: str, named: str, evidence: str) -> str:
    """The role a body gives a person it names ('' if its kind cannot be read or it may be a person).

    Parameters
    ----------
    owner : str
        The owner's words ("NPR", "the Acme Alliance").
    person_words : set of str
        Lower-cased words the article writes after another capitalised word (surnames).
    typed : str
        The role the article gives the owner as a body (an apposition "X, a nonprofit group", a noun of its kind, an
        outlet cue; '' if none).
    named : str
        The role the article's titles and names give the owner's words ('' if none): used only when ``evidence``, the
        text it was learnt from, holds a word of a body in or before the owner's name ("the Association of ...",
        "agency Europol"; not after it: "Ann Kay, who chairs the Senate committee" describes a person) and is not this
        owner's own possessive ("Harbor's Ann Lee, a former aide": the person's apposition).
    evidence : str
        The text the tagger learnt ``named`` from ('' if none).

    Returns
    -------
    str
        The owner's role for the person: ``"journalist_media"`` for a known outlet, else ``typed`` or ``named`` when
        they are roles of a body; '' otherwise.
    """
    key = _key(owner)
    if not key or (" " not in key and key in person_words):
        return ""
    if key in known_outlets():
        return "journalist_media"
    if F.CAPS_PHRASE.fullmatch(owner.strip()) is None:
        return ""
    if typed in _BODY_ROLES:
        return typed
    if named in _BODY_ROLES and not re.match(rf"(?:[Tt]he\s+)?{re.escape(owner.strip())}(?:'s|\u2019s)\s", evidence):
        at = re.search(rf"(?<![\w-]){re.escape(owner.strip())}(?![\w-])", evidence)
        if _BODY_EVIDENCE.search(evidence[:at.end()] if at else evidence):  # in or before the owner's name: not a
            return named  # body named in a person's apposition or clause ("Ann Kay, who chairs the Senate committee")
    return ""
