"""Roles stated in the prose of an article rather than in a title or an apposition (issue 12x).

:class:`helpers.measures.source_roles.RoleTagger` reads titles ("Gov. Ann Lee") and appositions ("Ann Lee, a
lawyer,"); this module finds the role of a name in a few more of the forms news uses to say who someone is:

- "As governor, Ann Lee signed ..." (a role noun after "as" before the name);
- "Ann Lee served as governor", "Lee was chair of the panel" (a copula or "served as" without an article, the role noun
  ending the head);
- "Ann Lee, who served in the Bush administration" / "who worked for the campaign" (the role of the body served);
- "Acme Widgets Inc." / "Acme Corp." (a company named with its legal form: the name alone then is the company);
- "said Ann Lee of Portland" (a name given only with a place, the way news introduces people quoted as themselves:
  weak evidence of an ordinary person, used only when the article gives the name no other role);
- "the Democratic candidates, Ann Lee, Ben Kay and Carl Dorn" / "economists Ann Lee and Ben Kay" (issue 12an-v: a
  group named by a plural role noun, then listed by name: each listed name takes the group's role, weak), and "Ann
  Lee was one of the two leading Republican candidates" (a member of such a group, weak; not "among", which may only
  place a reporter among protesters).

Every rule is a form of English, not a list of names: no person, outlet, site or country decides anything.
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

from .role_forms import BODY_CHAR, NAME, NOT_NAME_START, ORG_WORD

__all__ = ["COMPANY", "COPULA_MODIFIERS", "GROUP_LIST", "GROUP_MEMBER", "prose_patterns", "prose_roles"]

_LEGAL_FORMS = r"Inc|Corp|Co|Ltd|LLC|PLC|Plc|GmbH"
COMPANY = re.compile(r"(?<![\w'\u2019.-])(?<!of\s)(?<!for\s)(?<!and\s)((?:[A-Z][\w&'\u2019.-]*\s+){1,4}?)(?:(?:Group|Holdings)\s+)?,?\s*"
                     rf"(?:{_LEGAL_FORMS})\.?(?![\w-])")
"""A company named with its legal form ("Acme Widgets Inc.", "The Acme Co."): the words before the form name it."""
COPULA_MODIFIERS = (r"former|then|now|still|acting|interim|deputy|senior|chief|executive|assistant|associate|state|county|"
                    r"city|federal|national|vice|lead|head|top|managing|general|longtime|first|two-term|three-term")
"""Lower-case words that may stand between a copula without an article and its role noun ("was acting director")."""
_PERSON_ROLES = ("politician", "official", "military_police", "expert", "journalist_media", "activist_advocacy",
                 "spokesperson")
_BODY_ROLES = ("politician", "official", "military_police", "expert", "journalist_media", "activist_advocacy")
_COMPANY_HINT = re.compile(rf"(?:{_LEGAL_FORMS})(?![\w-])")
_AS = re.compile(r"(?<![\w-])[Aa]s\s")
_COPULA = re.compile(r"\s(?:is|was|been|became|becomes|serves|served|serving|remains|remained)\s")
_SERVED = re.compile(r"\swho\s+(?:has\s+|had\s+|also\s+|once\s+)?(?:served|worked)\s")
_SAID = re.compile(r"(?<![\w-])(?:said|says|added|adds|explained|noted)(?![\w-])")
_NOT_LISTED = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
                        "June July August September October November December".split())
GROUP_LIST = re.compile(
    rf"(?<![\w'\u2019-])((?:(?:[A-Z][\w'\u2019.-]*|[a-z][\w-]*)\s+){{0,3}}?)([A-Za-z][a-z-]*s)"
    rf",?\s+((?:{NAME})(?:,\s+(?:{NAME})){{0,6}},?\s+and\s+(?:{NAME}))(?=\s*[,.;:)]|\s+[a-z(]|\s*$)")
"""A group named by a plural role noun, then listed by name ("the Democratic candidates, Ann Lee, Ben Kay and Carl
Dorn", "economists Ann Lee and Ben Kay"): the modifiers, the plural noun and the listed names."""
GROUP_MEMBER = re.compile(
    rf"(?<![\w'\u2019-])(?!(?:{NOT_NAME_START}|He|She|It|They|This|There|What|Who|Which|Here)\s)({NAME})(?:,\s+who)?\s+"
    r"(?:is|was|has\s+been|had\s+been|became|remains|remained)\s+(?:also\s+|now\s+|still\s+)?one\s+of\s+"
    r"(?:the|its|his|her|their|[A-Z][\w-]*(?:'s|\u2019s))\s+((?:[\w'\u2019-]+\s+){0,4}?)([a-z][a-z-]*s)(?![\w'\u2019-])"
    r"(?!\s+of\s)")
"""A member of a group named by a plural role noun ("Ann Lee was one of the two leading Republican candidates", "Ann
Lee, who is one of the protesters"): the name, the modifiers and the plural noun; not "one of the leaders of X"."""
_STAFF_PLURAL = re.compile(r"(?:co-|vice-)?(?:director|officer|chair(?:m[ae]n|wom[ae]n)?|president|executive|"
                           r"counsel|fellow|head|founder|manager|coordinator|organi[sz]er|strategist)s?")
"""Staff titles, whose role is the body's (issue 12am-o): a group named by one ("the network's co-presidents, A and
B") gives no role here."""
_LIST_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_PLACE = re.compile(r"(?:[A-Z][\w.'\u2019-]*)(?:\s+[A-Z][\w.'\u2019-]*){0,2}")


def prose_patterns(alt: str) -> tuple:
    """The patterns of the prose forms, built around the role nouns of the lexicon.

    Parameters
    ----------
    alt : str
        A regular expression that matches any role noun (an alternation, longest first), as built by
        :class:`helpers.measures.source_roles.RoleTagger`.

    Returns
    -------
    tuple of re.Pattern
        ``as_title``, ``bare_copula``, ``served_in``, ``of_place`` and the group patterns, in this order.
    """
    as_title = re.compile(
        rf"(?<![\w-])[Aa]s\s+(?:(?:a|an|the|his|her|its|their)\s+|[A-Z][\w.-]*(?:'s|\u2019s)\s+)?"
        rf"((?:[\w'\u2019.-]+\s+){{0,3}}?)({alt}),\s+({NAME})")
    bare_copula = re.compile(
        rf"(?<![\w'\u2019-])(?!(?:{NOT_NAME_START}|He|She|It|They|This|There|What|Who|Which|Here)\s)({NAME})\s+"
        rf"(?:is|was|has\s+been|had\s+been|became|becomes|remains|remained|serves\s+as|served\s+as|"
        rf"is\s+serving\s+as)\s+"
        rf"((?:(?:{COPULA_MODIFIERS}|[A-Z][\w.'\u2019-]*)\s+){{0,2}})({alt})(?![\w-])"
        rf"(?=\s+(?:of|for|in|at|from|since|until|under|during|when|between|and)\s|\s*[,.;)]|\s*$)")
    served_in = re.compile(
        rf"({NAME}),\s+who\s+(?:has\s+|had\s+|also\s+|once\s+)?(?:served|worked)\s+(?:[\w-]+\s+){{0,3}}?"
        rf"(?:in|at|for|on|with)\s+({BODY_CHAR}{{3,80}})")
    of_place = re.compile(
        rf"(?:(?<![\w-])(?:said|says|added|adds|explained|noted)\s+({NAME})\s+of\s+({_PLACE.pattern})(?=\s*[,.;]|\s*$)|"
        rf"({NAME})\s+of\s+({_PLACE.pattern}),\s+(?:said|says)(?![\w-]))")
    return as_title, bare_copula, served_in, of_place, (GROUP_LIST, GROUP_MEMBER)


def prose_roles(sentence: str, patterns: tuple, phrase_role: Callable[[str], str],
                head_role: Callable[[str, int], str]) -> Iterator[tuple[str, str, str, bool, bool]]:
    """The names whose role ``sentence`` states in prose.

    Parameters
    ----------
    sentence : str
        One sentence of an article.
    patterns : tuple of re.Pattern
        From :func:`prose_patterns`.
    phrase_role : callable
        The role of a phrase ('' if none): :meth:`helpers.measures.source_roles.RoleTagger.phrase_role`.
    head_role : callable
        The role of the compound noun that starts at an offset of ``sentence`` ('' if none).

    Yields
    ------
    (str, str, str, bool, bool)
        ``(name, role, evidence, weak, person)``: a name, its role, the words that state it, whether the evidence is
        weak (used only when the article gives the name no other role) and whether the name is a person's (whose last
        word alone then names them too). A company named with its legal form is yielded without the form ("Acme
        Widgets"), as no person.
    """
    as_title, bare_copula, served_in, of_place, groups = patterns
    for m in (COMPANY.finditer(sentence) if _COMPANY_HINT.search(sentence) else ()):
        name = m.group(1).strip()
        if name and not phrase_role(name):
            yield name, "official", m.group(0), False, False
    for m in (as_title.finditer(sentence) if "s " in sentence and _AS.search(sentence) else ()):
        # "As governor, Ann Lee signed", "As the agency's director, Ann Lee": not "As the report notes, Lee"
        role = head_role(sentence, m.start(2))
        if role in _PERSON_ROLES and not phrase_role(m.group(3)):
            yield m.group(3), role, m.group(0), False, True
    for m in (bare_copula.finditer(sentence) if _COPULA.search(sentence) else ()):
        # "Ann Lee served as governor", "Lee was acting director of the agency": not "Lee was arrested by police"
        role = head_role(sentence, m.start(3))
        if (role in _PERSON_ROLES and not m.group(3).endswith("s") and not phrase_role(m.group(1))
                and not (m.group(3).lower() == "hopeful" and not m.group(2)[:1].isupper())):  # "was still hopeful"
            yield m.group(1), role, m.group(0), False, True
    for m in (served_in.finditer(sentence) if "who " in sentence and _SERVED.search(sentence) else ()):
        # "Ann Lee, who served in the Bush administration": the body's role, when it has one
        role = phrase_role(m.group(2))
        if role in _BODY_ROLES:
            yield m.group(1), role, m.group(0), False, True
    for m in (of_place.finditer(sentence) if " of " in sentence and _SAID.search(sentence) else ()):
        # "said Ann Lee of Portland": a person introduced by a place only (weak); not "Ann Lee of the Acme Institute"
        name, place = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if not (ORG_WORD.search(place) or phrase_role(place) or phrase_role(name)):
            yield name, "ordinary_person", m.group(0), True, True
    yield from _group_members(sentence, groups, phrase_role)


def _group_members(sentence: str, groups: tuple, phrase_role: Callable[[str], str]) -> Iterator[tuple]:
    """Issue 12an-v: the names listed after a group's plural role noun ("the Democratic candidates, Ann Lee, Ben Kay
    and Carl Dorn") or stated to be one of such a group ("Ann Lee was one of the candidates"), each with the group's
    role (weak); not when a listed "name" is a day or a month or has a role of its own ("the officials, Ann Lee and
    Gov. Ben Kay"), nor after a noun that is no role noun ("met Ann Lee and ...") or is capitalised inside the sentence
    ("the United States, Mexico and Canada"), nor after a staff title, whose role is the body's."""
    group_list, group_member = groups
    found = [(m.group(1), m.group(2), m.group(3), m.group(0)) for m in (
        group_list.finditer(sentence) if " and " in sentence else ()) if m.start(2) == 0 or m.group(2).islower()]
    found += [(m.group(2), m.group(3), m.group(1), m.group(0)) for m in (
        group_member.finditer(sentence) if "one of " in sentence else ())]
    for modifiers, noun, listed, evidence in found:
        if not phrase_role(noun) or _STAFF_PLURAL.fullmatch(noun.lower()):
            continue  # "the United States, Mexico and Canada" is no group; "Acme co-presidents A and B" the body's
        role = phrase_role(modifiers + noun)
        names = [n.strip() for n in _LIST_SPLIT.split(listed) if n.strip()]
        if role not in (*_PERSON_ROLES, "ordinary_person") or any(
                set(n.split()) & _NOT_LISTED or phrase_role(n) for n in names):
            continue
        for name in names:
            yield name, role, evidence, True, True
