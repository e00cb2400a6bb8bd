"""A role stated before the name in a sentence-initial "As a <role> of X," or after it with a copula and an activist's
noun (issue 12be-a).

:mod:`helpers.measures.role_prose` reads "As governor, Ann Lee signed ..." and "As the agency's director, Ann Lee ..."
(a role noun right before the comma), and the copula rule of :class:`helpers.measures.source_roles.RoleTagger` reads
"Ann Lee is a historian at ..." for every role but an activist's (after "is a", "a longtime advocate of lower taxes"
states a stance). This module adds two forms of English:

- a sentence-initial "As a/an/the <role noun phrase> of/at/for/with/in/on/from/to X, NAME ..." ("As a professor of
  economics at Yale, Ms. Lee said ...", "As mayor of Dayton, Ann Lee has pushed ..."): the role noun phrase may carry a
  prepositional tail of at most eight words, none of which looks like a verb (a tail with a verb is a clause of time:
  "As the senator from Norland spoke, Ann Lee ...") and the article is "a", "an", "the" or a name's possessive, not
  "his"/"her" ("As his chief of staff, Ann Lee named Ben Kay": the role may be the object's); the role is the head noun's, or the role of the body after "of"
  when the head is a staff title ("As the director of the Acme Institute, ..."). An ordinary person's noun ("As a
  parent", "As a teenager") and words that are no role noun ("As a result") give none, as in
  :mod:`helpers.measures.role_prose`.
- a copula with an activist's noun ("Kim Park is an advocate for renters", "Ann Lee was an organizer with the X
  Union"; a present copula only: "was an activist in the movement" tells a past, issue 12af-r): weak evidence of an activist (used only when the article gives the name no other role), not after a stance
  or fame modifier ("a longtime advocate", "a vocal campaigner") nor "an advocate of" (a stance: "an advocate of lower
  taxes"), nor after a negation (the copula pattern reads only "is a/an/the").

Every rule is a form of English, not a list of names: no person, outlet, site or country decides anything.
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

from .role_forms import NAME

__all__ = ["AS_TAIL", "AS_TAIL_REQUIRED", "ACTIVIST_NOUNS", "STANCE_MODIFIERS", "PERSON_ROLES", "tail_ok", "as_role",
           "as_patterns", "as_names", "activist_copula"]

_TAIL_WORD = r"(?:[A-Z][\w&'\u2019.-]*|[a-z][a-z'\u2019-]*|\d[\w-]*)"
AS_TAIL_REQUIRED = rf"\s+(?:of|at|for|with|in|on|from|to)\s+{_TAIL_WORD}(?:\s+{_TAIL_WORD}){{0,7}}?"
AS_TAIL = rf"(?:{AS_TAIL_REQUIRED})?"
"""The prepositional tail of a role noun phrase after "As" ("of economics at Yale"), at most eight words after its
first preposition; stopped by a comma."""
_VERBS = frozenset(
    "is are was were be been being am has have had do does did said says say spoke speaks speak told tells took takes "
    "left leaves came comes went goes began begins got gets met meets sat sits stood stands grew grows saw sees put "
    "puts ran runs made makes gave gives heard hears knew knows thought thinks felt feels found finds kept keeps won "
    "wins lost loses rose rises fell falls led leads brought brings wrote writes will would can could may might must "
    "shall should who which that when while because as if".split())
"""Lower-case words that make a tail a clause ("As the senator from Norland spoke"): verbs, auxiliaries and clause
words."""
_STAFF = frozenset("director head chair chairman chairwoman chairperson president chief leader founder co-founder "
                   "executive manager".split())
"""Staff titles whose role is the body's after "of" ("the director of the Acme Institute")."""
ACTIVIST_NOUNS = frozenset("activist activists organizer organiser campaigner advocate".split())
"""Activist's nouns that a copula may give (weak); a singular one, written in lower case."""
STANCE_MODIFIERS = frozenset(
    "longtime long-time longstanding long-standing vocal strong staunch outspoken fierce ardent passionate avid "
    "fervent leading early big huge major tireless consistent prominent key chief principal committed enthusiastic "
    "great true frequent constant loud forceful powerful".split())
"""Words before an activist's noun that state a stance or a fame ("a longtime advocate", "a vocal campaigner"),
not an occupation."""


PERSON_ROLES = ("politician", "official", "military_police", "expert", "journalist_media", "activist_advocacy",
                "spokesperson")
"""The roles an "As ..." phrase may give a person (as in :mod:`helpers.measures.role_prose`)."""
_BODY_ROLES = PERSON_ROLES[:-1]
_START = re.compile(r"[\s\"'\u201c\u2018(\[-]*")
"""What may stand before a sentence-initial "As" (space, an opening quotation mark or bracket)."""


def as_patterns(alt: str) -> tuple[re.Pattern, re.Pattern]:
    """The sentence-initial "As <role noun phrase> of/at X, NAME" and "As <role noun phrase>, he/she".

    Parameters
    ----------
    alt : str
        A regular expression that matches any role noun (an alternation, longest first).

    Returns
    -------
    (re.Pattern, re.Pattern)
        For a name ("As a professor of economics at Yale, Ms. Lee said"; its tail is required: the phrase without one
        is read by :mod:`helpers.measures.role_prose`) and for a pronoun ("As a professor, she said"). Groups:
        modifiers, role noun, tail, name or pronoun; use with ``match`` on the sentence.
    """
    head = (rf"{_START.pattern}[Aa]s\s+(?!(?:his|her|its|their|my|our|your)\s)(?:(?:a|an|the)\s+|[A-Z][\w.-]*(?:'s|\u2019s)\s+)?"
            rf"((?:[\w'\u2019.-]+\s+){{0,3}}?)({alt}|head)(?![\w-])")
    return (re.compile(rf"{head}({AS_TAIL_REQUIRED}),\s+({NAME})"),
            re.compile(rf"{head}({AS_TAIL}),\s+([Hh]e|[Ss]he)\s+[a-z]"))


def as_names(sentence: str, pattern: re.Pattern, phrase_role: Callable[[str], str],
             head_role: Callable[[str, int], str]) -> Iterator[tuple[str, str, str]]:
    """The name a sentence-initial "As <role noun phrase> of/at X," gives a role ("As a professor of economics at
    Yale, Ms. Lee said ...").

    Parameters
    ----------
    sentence : str
        One sentence.
    pattern : re.Pattern
        The first pattern of :func:`as_patterns`.
    phrase_role, head_role : callable
        The role of a phrase, and of the compound noun that starts at an offset of ``sentence``.

    Yields
    ------
    (str, str, str)
        The name, its role and the phrase that states it (at most one).
    """
    m = pattern.match(sentence) if sentence.lstrip(" \"'\u201c\u2018([-")[:3] in ("As ", "as ") else None
    if m and len(m.group(4)) > 1 and not phrase_role(m.group(4)):  # not the writer's "I"
        role = as_role(sentence, m.start(), m.group(2), m.group(3), m.start(2), phrase_role, head_role)
        if role:
            yield m.group(4), role, m.group(0)


def as_role(sentence: str, start: int, noun: str, tail: str, head: int, phrase_role: Callable[[str], str],
            head_role: Callable[[str, int], str]) -> str:
    """The role an "As <role noun phrase>," phrase gives the name or pronoun after its comma ('' if none).

    Parameters
    ----------
    sentence : str
        The sentence.
    start : int
        Where the match (the "As" phrase) starts in ``sentence``.
    noun : str
        The role noun.
    tail : str
        Its prepositional tail ('' if none).
    head : int
        Where the role noun starts in ``sentence``.
    phrase_role, head_role : callable
        The role of a phrase, and of the compound noun that starts at an offset of ``sentence``.

    Returns
    -------
    str
        A person's role (:data:`PERSON_ROLES`), or '' for a tail that is no sentence-initial prepositional phrase, an
        ordinary person's noun or no role noun.
    """
    if tail and not (_START.fullmatch(sentence[:start]) and tail_ok(tail)):
        return ""  # a tail only in a sentence-initial phrase, and not a clause ("As the senator from Norland spoke")
    role = head_role(sentence, head)
    body = phrase_role(_staff_body(noun, tail)) if tail else ""
    role = body if body in _BODY_ROLES else role  # "As the director of the Acme Institute": the body's role
    return role if role in PERSON_ROLES else ""


_LINKS = frozenset("of at for with in on from to and the a an or by near under".split())
"""Lower-case words that may follow a capitalised word inside a prepositional tail ("at Yale and the ...")."""
_PARTICLES = frozenset("up down out off over away back on in".split())
"""Particles after a verb ("heats up", "winds down")."""


def tail_ok(tail: str) -> bool:
    """Is ``tail`` (the words after the role noun, before the comma) a prepositional phrase, not a clause?

    Parameters
    ----------
    tail : str
        The tail matched by :data:`AS_TAIL` ('' if none).

    Returns
    -------
    bool
        False when a lower-case word of the tail is a verb, an auxiliary or a clause word, or ends in "-ed" (but for an
        adjective between a preposition or article and a noun: "of applied economics"), or follows
        a capitalised word without being a preposition, an article or a conjunction and ends the tail or comes before a
        particle ("from Norland spoke", "with Ivo Marek heats up"; not "of the Dunmore teachers union").
    """
    words = tail.split()
    for i, w in enumerate(words):
        if w[:1].islower() and (w in _VERBS or (w.endswith("ed") and not _adjective(words, i))):
            return False
        if (i > 1 and w[:1].islower() and words[i - 1][:1].isupper() and w not in _LINKS
                and (i == len(words) - 1 or words[i + 1] in _PARTICLES)):
            return False  # a name, then a verb that ends the tail or takes a particle ("... with Joe Biden heats up")
    return True


def _adjective(words: list[str], i: int) -> bool:
    """Whether the "-ed" word ``words[i]`` modifies the noun after it ("of applied economics", "at a licensed
    clinic"): right after a preposition or article and before a lower-case word that is none of those nor a particle."""
    return (0 < i < len(words) - 1 and words[i - 1] in _LINKS and words[i + 1][:1].islower()
            and words[i + 1] not in _LINKS and words[i + 1] not in _PARTICLES and words[i + 1] not in _VERBS)


def _staff_body(noun: str, tail: str) -> str:
    """The body after "of" of a staff title ("director", "of the Acme Institute" -> "the Acme Institute"); '' when the
    noun is no staff title or the tail does not start with "of"."""
    words = tail.split()
    if noun.lower() not in _STAFF or not words or words[0] != "of":
        return ""
    return " ".join(words[1:])


def activist_copula(modifiers: str, noun: str, after: str, copula: str = "is") -> bool:
    """Does a copula's complement state that its subject is an activist ("is an advocate for renters")?

    Parameters
    ----------
    modifiers : str
        The words between the article and the role noun ("longtime ").
    noun : str
        The role noun as written.
    after : str
        The text right after the role noun.
    copula : str, optional
        The words between the name and the complement ("is", "was", "has been").

    Returns
    -------
    bool
        True for a present copula ("is", "has been", "remains", "became"; not "was an activist in the movement", a
        past of the person's life, as issue 12af-r reads it) and a lower-case singular activist's noun
        (:data:`ACTIVIST_NOUNS`) with no stance modifier (:data:`STANCE_MODIFIERS`), not "an advocate of ..." and not
        "advocate" at the end of its phrase.
    """
    if re.search(r"(?<![\w-])(?:was|had)(?![\w-])", copula):
        return False
    if noun not in ACTIVIST_NOUNS or noun.endswith("s"):
        return False
    if any(w.lower().strip(",") in STANCE_MODIFIERS for w in modifiers.split()):
        return False
    if noun == "advocate" and not re.match(r"\s+(?:for|with|at)\s", after):
        return False  # "an advocate of lower taxes", "a strong advocate": a stance
    return True
