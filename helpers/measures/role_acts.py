"""Roles an article states by what a person did or does in office, not by a role noun next to the name (issue 12ae-r).

:mod:`helpers.measures.role_prose` and :mod:`helpers.measures.role_clauses` read role nouns in prose ("Ann Lee served
as governor") and candidacies ("is running for governor"). News also says who someone is by the act that put them in
office or by the work they do, with no role noun next to the name:

- an election won: "Ann Lee was elected to the Senate in 2010", "Lee, who was re-elected governor" (:data:`ELECTED`),
  "Lee won the House seat", "Lee lost the primary" (:data:`WON`): a politician;
- an appointment: "Lee, who was appointed to the court", "was confirmed as ambassador" (:data:`APPOINTED`): the role of
  the office (an official when the office is a court or has no role noun);
- a seat on a body: "Lee, who sits on the city council", "who serves on the House Intelligence Committee"
  (:data:`SITS_ON`): a legislature's or council's member is a politician, a board's member an official, else the
  body's role;
- a district represented: "Lee, who has represented the district since 2004", "who represented Ohio in the Senate"
  (:data:`REPRESENTED`): a politician;
- news work for an outlet: "Lee, who covers the White House for the Daily Ledger", "who writes for the Ledger", "who
  hosts a show on Lake Radio" (:data:`MEDIA_WORK`): a journalist;
- advice to a campaign or an office: "Lee, who advises the campaign" (:data:`ADVISES`): the body's role;
- members of a class named as its examples: "tech companies like Zorbo and Pintrix", "advocacy groups such as Clean
  Lakes Now", "Republicans including Ann Lee" (:data:`EXAMPLES`): the plural role noun's role, for each name (not
  "people like ...", too vague to type anyone);
- people named by a nationality or a place with a quantifier or as respondents ("Some Iranians", "most Texans",
  "nearly half of Norlandians surveyed", :data:`PEOPLE_OF_PLACE`): ordinary people;
- the office of a body a person runs: "who runs the Ohio office of the Prairie Trust" is the Prairie Trust's role, not
  the role of "office" (:func:`owner_of_unit`).

Every rule is a form of English, not a list of names: no person, outlet, site or country decides anything.
"""

from __future__ import annotations

import re
from typing import Callable, Iterator

from .role_forms import BODY_CHAR, NAME, NOT_NAME_START

__all__ = [
    "ADVISES",
    "APPOINTED",
    "ELECTED",
    "LEGISLATURE",
    "PEOPLE_OF_PLACE",
    "MEDIA_WORK",
    "REPRESENTED",
    "EXAMPLES",
    "SITS_ON",
    "WON",
    "act_roles",
    "owner_of_unit",
    "people_of_place",
]

_SUBJECT = (
    rf"(?<![\w'\u2019.-])(?!(?:{NOT_NAME_START}|He|She|It|They|We|I|This|There|What|Who|Which|Here)\s)"
    rf"({NAME})"
)
_WHO = (
    r"(?:,\s+who)?\s+(?:is|was|were|has\s+been|had\s+been|have\s+been|got|became)\s+"
    r"(?:first\s+|also\s+|later\s+|newly\s+|twice\s+|narrowly\s+)?"
)
_OBJECT = rf"({BODY_CHAR}{{2,80}})"

LEGISLATURE = re.compile(
    r"(?<![\w-])(?:Senate|House|Congress|Parliament|parliament|[Ll]egislature|[Aa]ssembly|[Cc]ity\s+[Cc]ouncil|"
    r"[Cc]ounty\s+[Cc]ommission|[Cc]ounty\s+[Bb]oard\s+of\s+[Ss]upervisors|[Bb]oard\s+of\s+[Ss]upervisors|"
    r"[Ss]tate\s+[Ss]enate|Bundestag|Knesset|Duma|Diet|Congressional|[Cc]ouncil)(?![\w-])"
)
"""A legislature or an elected council ("the Senate", "the city council", "the state Assembly"): its members are
politicians."""

ELECTED = re.compile(_SUBJECT + _WHO + r"(?:re-?)?elected\s+(?:(?:to|as)\s+)?" + _OBJECT)
"""An election won, in the passive ("Ann Lee was elected to the Senate", "Lee, who was re-elected governor"): a
politician when the office is a legislature or a politician's office (not "was elected chairman of the board")."""

WON = re.compile(
    _SUBJECT + r"(?:,\s+who)?\s+(?:has\s+|had\s+)?(?:won|wins|lost|loses)\s+(?:(?:the|a|an|his|her|their)\s+)?"
    r"(?:(?:[A-Z][\w.-]*|[a-z]+(?:-[a-z]+)?|\d+\w*)\s+){0,3}?"
    r"(?:seat|re-?election|election|primary|nomination|governorship|presidency|mayoralty)(?![\w-])"
)
"""A race won or lost ("Lee won the Senate seat", "Lee, who lost the primary", "Lee won re-election"): a
politician."""

APPOINTED = re.compile(_SUBJECT + _WHO + r"(?:appointed|nominated|confirmed|sworn\s+in)\s+(?:(?:to|as)\s+)?" + _OBJECT)
"""An appointment ("Lee, who was appointed to the court", "Lee was confirmed as ambassador"): the office's role."""

SITS_ON = re.compile(
    _SUBJECT + r",\s+who\s+(?:now\s+|also\s+|still\s+|once\s+)?(?:sits|sat|serves|served|has\s+served|is\s+serving)"
    r"\s+on\s+" + _OBJECT
)
"""A seat on a body ("Lee, who sits on the city council", "who serves on the House Intelligence Committee")."""

REPRESENTED = re.compile(
    _SUBJECT + r",\s+who\s+(?:has\s+|had\s+|once\s+|formerly\s+|long\s+)?represented\s+"
    r"(?:(?:the|a|his|her)\s+)?(?:[A-Z][\w.'\u2019-]*|district|state|constituency|county|seat|riding)"
)
"""A district represented ("Lee, who has represented the district since 2004", "who represented Ohio in the
Senate"): a politician. The present tense ("who represents Ohio's 4th District") is read by
:data:`helpers.measures.role_forms.WHO_DOES`."""

MEDIA_WORK = re.compile(
    _SUBJECT + r",\s+who\s+(?:now\s+|also\s+|once\s+|long\s+)?(?:has\s+|had\s+)?"
    r"(?:(?:covers|covered|reports|reported|hosts|hosted|anchors|anchored|edits|edited|co-hosts|co-hosted)"
    r"\s+(?:[^,.;()]{0,60}?\s)?(?:for|on)|(?:writes|wrote|written)\s+(?:regularly\s+)?for)"
    r"\s+(?:the\s+)?([A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,3})"
)
"""News work for an outlet ("Lee, who covers the White House for the Daily Ledger", "who writes for Lake Weekly",
"who hosts a show on Lake Radio"): a journalist. The outlet must be named (a capitalised name after for/on/at)."""

ADVISES = re.compile(
    _SUBJECT
    + r",\s+who\s+(?:now\s+|also\s+|once\s+)?(?:advises|advised|is\s+advising|was\s+advising|has\s+advised)\s+"
    + _OBJECT
)
"""Advice to a body ("Lee, who advises the campaign"): the body's role when it is a campaign, a party or an office."""

_ITEM = rf"(?:the\s+)?{NAME}"
EXAMPLES = re.compile(
    r"(?<![\w'\u2019-])((?:[A-Za-z][\w-]*\s+)?[A-Za-z][\w-]*s),?\s+(?:like|such\s+as|including)\s+"
    rf"({_ITEM}(?:\s*,\s*{_ITEM}){{0,6}}(?:,?\s+(?:and|or)\s+{_ITEM})?)(?![\w'\u2019-])"
)
"""A plural role noun and its examples ("tech companies like Zorbo and Pintrix", "advocacy groups such as Clean Lakes
Now"): group 1 the noun phrase, group 2 the list of names."""
_LIST_SPLIT = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
_VAGUE = frozenset({"people", "persons", "others", "folks", "individuals", "figures", "names", "things"})

PEOPLE_OF_PLACE = re.compile(
    r"(?:(?i:some|many|most|other|few|several|ordinary|average|young|older|rural|urban)\s+"
    r"|(?i:(?:nearly|almost|about|roughly|over|more\s+than|fewer\s+than|just|only)\s+)?"
    r"(?:[\w.%-]+|a\s+majority|a\s+third|a\s+quarter|half)\s+(?:percent\s+)?of\s+(?:the\s+)?)?"
    r"[A-Z][a-z]+(?:ans|ians|eans|ese|is|ards|ites)"
    r"(?:\s+(?:surveyed|polled|interviewed|asked|questioned))?"
)
"""People named by a nationality or a place ("Some Iranians", "nearly half of Norlandians surveyed"); with
:func:`people_of_place` only with a quantifier or as respondents."""

_UNIT = re.compile(
    r"\s*(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w.'\u2019-]+\s+){0,3}?(?:office|offices|chapter|branch|division|program|"
    r"programme|affiliate|bureau|arm|wing|campaign|operations|operation)\s+(?:of|for|at)\s+(.+)"
)
_COURT = re.compile(r"(?<![\w-])(?:court|Court|bench|tribunal|Tribunal)(?![\w-])")
_BOARD = re.compile(r"(?<![\w-])(?:board|Board)(?![\w-])")


def people_of_place(phrase: str) -> bool:
    """Is ``phrase`` people named by a nationality or a place, with a quantifier or as respondents ("Some Iranians",
    "Nearly three-quarters of Norlandians surveyed"; not "Iranians" alone, which may stand for a government)?

    Parameters
    ----------
    phrase : str
        A source phrase with no role noun.

    Returns
    -------
    bool
    """
    m = PEOPLE_OF_PLACE.fullmatch(phrase.strip())
    return bool(m) and " " in phrase.strip()  # a quantifier or a participle: at least two words


def owner_of_unit(body: str) -> str:
    """The body that owns a unit named first ("the Ohio office of the Prairie Trust" -> "the Prairie Trust"), or ''.

    Parameters
    ----------
    body : str
        The object of "who runs/heads/leads ...".

    Returns
    -------
    str
    """
    m = _UNIT.match(body)
    return m.group(1) if m else ""


def act_roles(sentence: str, phrase_role: Callable[[str], str]) -> Iterator[tuple[str, str, str]]:
    """The names whose role ``sentence`` states by an election, an appointment, a seat, a district or news work.

    Parameters
    ----------
    sentence : str
        One sentence of an article.
    phrase_role : callable
        The role of a phrase ('' if none): :meth:`helpers.measures.source_roles.RoleTagger.phrase_role`.

    Yields
    ------
    (str, str, str)
        ``(name, role, evidence)``.
    """
    if "elected" in sentence or " won " in sentence or " wins " in sentence or " lost " in sentence:
        for m in ELECTED.finditer(sentence):
            office = m.group(2)
            if LEGISLATURE.search(office[:40]) or phrase_role(office) == "politician" or office.startswith("in "):
                yield m.group(1), "politician", m.group(0)
        for m in WON.finditer(sentence):
            yield m.group(1), "politician", m.group(0)
    if "appointed" in sentence or "nominated" in sentence or "confirmed" in sentence or "sworn in" in sentence:
        for m in APPOINTED.finditer(sentence):
            office = m.group(2)
            role = "official" if _COURT.search(office[:40]) else phrase_role(office)
            if LEGISLATURE.match(office.removeprefix("the ")):
                role = "politician"  # "appointed to the Senate" (a vacancy filled)
            if role in ("politician", "official", "military_police", "expert", "journalist_media"):
                yield m.group(1), role, m.group(0)
    if " like " in sentence or " such as " in sentence or " including " in sentence:
        for m in EXAMPLES.finditer(sentence):
            role, head = phrase_role(m.group(1)), m.group(1).split()[-1]
            # the plural noun itself names people or bodies ("tech companies"), not things a modifier types ("media
            # platforms", "intelligence facilities")
            if (
                role
                and role not in ("ordinary_person", "document", "anonymous")
                and head.lower() not in _VAGUE
                and phrase_role(head) not in ("", "document")
            ):
                for name in _LIST_SPLIT.split(m.group(2)):
                    if name.strip() and not phrase_role(name):
                        yield name.strip(), role, m.group(0)
    if " who " not in sentence:
        return
    for m in SITS_ON.finditer(sentence):
        body = m.group(2)
        if LEGISLATURE.search(body):
            yield m.group(1), "politician", m.group(0)
        elif _BOARD.search(body):
            yield m.group(1), "official", m.group(0)
        elif phrase_role(body) in ("official", "expert", "journalist_media", "activist_advocacy", "politician"):
            yield m.group(1), phrase_role(body), m.group(0)
    for m in REPRESENTED.finditer(sentence):
        yield m.group(1), "politician", m.group(0)
    for m in MEDIA_WORK.finditer(sentence):
        if phrase_role(m.group(2)) in ("", "journalist_media"):  # not "reported for the Senate committee"
            yield m.group(1), "journalist_media", m.group(0)
    for m in ADVISES.finditer(sentence):
        role = phrase_role(m.group(2))
        if role in ("politician", "official"):
            yield m.group(1), role, m.group(0)
