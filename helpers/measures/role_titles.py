"""Titles and group nouns the role reader took at face value (issue 12al-l).

:class:`helpers.measures.source_roles.RoleTagger` types a source by its last role noun. Some forms of English need
the words around the noun:

- a "vice president" (also "senior", "executive", "first" vice president, "vice-president") of a body takes the
  body's role, like its president: an advocacy group's, a research body's, an outlet's; a company's or another
  institution's is an official; the vice president of a country or a government stays a politician, and of a
  body named bare or with a document noun ("Consumer Digest") is left to the other rules
  (:func:`vice_president_role`); round 12em: a vice president written as a company's officer ("senior vice
  president", "vice president of marketing", "a vice president at Kronos") is an official where no body's kind
  says otherwise, never a politician (:func:`company_vice_president`);
- "representatives of/for" a person ("representatives of both women", "a representative for the singer",
  "a representative for Ms. Cole") speak for that person: spokespeople, not legislators
  (:func:`representative_of_person`);
- a plural political camp written as a party ("the Liberals", "the Libertarians") is a politician
  (:func:`camp_role`); a camp alone ("Some conservatives") stays unread (tried as anonymous, dropped);
- a current title after a former one ("Ann Lee, a former senator now a lobbyist", "the campaign speechwriter turned
  White House counsel") gives the current role (:func:`current_role`).
- issue 12an-k: the author of a news article, story, column or piece ("the author of the X article, Ann Lee") is a
  journalist (:func:`author_of_work_role`, :func:`news_authors`; the author of a book or report stays an expert), and
  an official title right after a police force ("City Police Deputy Chief Ann Lee") is a police rank
  (:func:`is_police_title`).

Titles written "X General" (solicitor, surgeon, postmaster, comptroller, accountant, auditor general) and companies
named by their business ("the payroll processor") are terms of ``helpers/data/source_roles.yaml``. Every rule is a
form of English: no person, outlet, site or country decides anything.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .role_forms import BODY_CHAR, INNER_STOP, INSTITUTION_NOUNS, NAME

__all__ = [
    "VICE_PRESIDENT",
    "company_vice_president",
    "company_vice_president_phrase",
    "REPRESENTATIVE_OF",
    "CAMP",
    "vice_president_role",
    "representative_of_person",
    "names_principal",
    "camp_role",
    "TURNED",
    "current_role",
    "now_body_role",
    "STAFF_AFTER_NAME",
    "STAFF_BEFORE_NAME",
    "staff_body",
    "staff_body_before",
    "body_kind",
    "described_bodies",
    "AUTHOR_OF_WORK",
    "author_of_work_role",
    "news_authors",
    "POLICE_BEFORE_TITLE",
    "is_police_title",
    "CAMPAIGN_GROUP",
    "campaign_group",
    "OFFICE_OF",
    "office_owner",
    "VOTER_BEFORE_PARTY",
    "is_party_voter",
    "advocacy_stated",
]

VICE_PRESIDENT = re.compile(
    r"(?<![\w-])(?:(?:[Ss]enior|[Ee]xecutive|[Ff]irst|[Cc]orporate|[Rr]egional|[Gg]roup)\s+)?[Vv]ice[\s-]+[Pp]resident"
    r"\s+(?:(?:of|for)\s+(?:[a-z][\w-]*\s+){1,6}?(?=(?:at|for|with|of)\s))?(?:of|at|for|with)\s+"
    rf"({BODY_CHAR}{{2,80}})"
)
"""'vice president (for <field>) of/at <body>': the body ("senior vice president of policy at the X Institute")."""
_VP_RANKS = r"(?:senior|executive|group|corporate|regional|associate|assistant|global)"
_VP_RANK = re.compile(rf"(?<![\w-]){_VP_RANKS}\s+$", re.IGNORECASE)
"""A corporate rank written right before "vice president" ("senior", "executive", "group" ...; not "first", which
states use too)."""
_VP_AFTER = re.compile(
    r"\s+(?:(?:of|for)\s+(?!(?:the|a|an|this|that|these|those|its|his|her|their|our|all|both|one|two|state|states|"
    r"life)(?![\w'\u2019-]))[a-z]|at\s+(?!(?:the|that|a|one|this|any)\s+(?:time|point|moment|age|height|end|start)"
    r"(?![\w-])))"
)
"""What follows a company's vice president: a field in lower case without an article ("of marketing", "for global
public policy", "for research"), or "at" and the body ("at Kronos"; not "at the time")."""
_GOVERNMENT = re.compile(r"(?<![\w-])(?:[Ss]tates|[Gg]overnment|[Rr]epublic|[Cc]ountry|[Nn]ation|[Cc]abinet)(?![\w-])")
"""A body that is a country or its government: its vice president is a politician."""
_HEAD_BEFORE = re.compile(
    r"(?:[^,]*,\s+)?(?:(?:the|a|an|its|former|then|now|some|two|three|several|both)\s+)*", re.IGNORECASE
)
"""What may stand before the title for it to be the phrase's head: a name and a comma, determiners."""
_APPOS_START = re.compile(r"\s*,\s+(?:(?:the|a|an|its|now|currently)\s+)?")

REPRESENTATIVE_OF = re.compile(
    r"(?<![\w.-])(?:[Rr]epresentatives?|reps?)\s+(?:of|for)\s+(?P<one>one\s+of\s+)?"
    r"((?:both|the|his|her|their|these|those|two|three|either|each|neither|its)\s+)*"
    r"((?:[\w'\u2019.-]+\s+){0,2}?[\w'\u2019.-]+)\s*$"
)
"""'representatives of both women', 'a representative for the singer', and since issue 12bj-r 'a rep for the
singer', 'a representative for one of the tenants', 'representatives for either company': the whole phrase ends with
the object ("rep" in lower case only: "Rep." is a legislator's title)."""
_REP_HEAD_BEFORE = re.compile(
    r"(?:[^,]*,\s+)?(?:(?:the|a|an|its|former|then|now|some|two|three|several|both|no|one|another|each|any)\s+)*",
    re.IGNORECASE,
)
"""What may stand before "representative(s)" (issue 12bj-r adds "no", "one", "another", "each", "any": "No
representatives for either company responded")."""
_COMPANY_NOUNS = frozenset({"company", "companies", "firm", "firms", "corporation", "corporations"})
"""Company nouns (the yaml's official entry): a representative for a company speaks for it, as its spokesperson does
(issue 12bj-r; Merriam-Webster, "representative" 2: "one that represents another as agent, deputy, substitute, or
delegate"). A government body, a union or a party ("representatives of the union") keeps its role."""
_PRONOUN = re.compile(r"(?:him|her|them|the\s+couple|the\s+family)", re.IGNORECASE)
_COURTESY = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'\u2019-]+")
_PLURAL_PEOPLE = frozenset({"women", "men", "people", "children"})
_COUNTED = re.compile(r"(?:both|two|three)\s", re.IGNORECASE)
_PERSON_TITLE_ROLES = ("politician", "official", "expert", "journalist_media", "military_police", "activist_advocacy")

CAMP = re.compile(
    r"[Tt]he\s+(?:Conservatives|Liberals|Progressives|Moderates|Leftists|Centrists|Libertarians|Populists)"
)
"""A plural political camp written as a party: "the" and a capitalised camp ("The Liberals")."""


def vice_president_role(text: str, body_role: Callable[[str], str], apposition: bool = False) -> str:
    """The role of a vice president named with the body he or she serves ('' if ``text`` names none).

    Parameters
    ----------
    text : str
        A source phrase ("Ann Lee, vice president of the X Institute") or, with ``apposition``, the text right
        after a name (", the senior vice president of Acme Corp. ...").
    body_role : callable
        The tagger's role of a body's phrase (``RoleTagger._body_role``).
    apposition : bool
        Match only a vice president that opens an apposition (", a vice president of ...").

    Returns
    -------
    str
        The body's role when it is an outlet, a research body or an advocacy group; ``official`` for a company or
        another institution; ``politician`` for a country, its government
        or a political body; ``''`` when there is no such title or the body is a bare name (a country or a
        company: left to the other rules).
    """
    if apposition:
        start = _APPOS_START.match(text)
        m = VICE_PRESIDENT.match(text, start.end()) if start else None
    else:
        m = VICE_PRESIDENT.search(text)
    if not m or not (apposition or _HEAD_BEFORE.fullmatch(text[: m.start()])):
        return ""
    body = m.group(1).strip()
    role = body_role(body)
    if role in ("", "document") and " at " in body:  # "for foreign policy studies at the X Institute"
        body = body.split(" at ", 1)[1]
        role = body_role(body)
    if role in ("expert", "activist_advocacy", "journalist_media", "politician"):
        return role
    if role == "official":
        return (
            "politician"
            if _GOVERNMENT.search(body) and not re.search(r"[Cc]ompany|[Cc]orp|[Ff]irm", body)
            else "official"
        )
    return ""


def company_vice_president(text: str, start: int, end: int) -> bool:
    """Whether the title "vice president" at ``text[start:end]`` is written as a company's or a group's officer.

    A state's vice president is named "Vice President Ann Lee", "the vice president" or "the vice president of the
    United States"; an officer of a company or a group carries a corporate rank before the title ("senior", "executive",
    "group", "corporate", "regional", "associate", "assistant", "global" vice president), a field after it in lower
    case without an article ("vice president of marketing", "vice president for global public policy") or the body
    after "at" ("a vice president at Kronos"; not "vice president at the time"). Such a title is a business executive
    (an official, protocol item 3), unless the body's own kind says otherwise (:func:`vice_president_role` and the
    owner rules of :class:`helpers.measures.source_roles.RoleTagger` come first). Round 12em.

    Parameters
    ----------
    text : str
        The text the title was found in (a source phrase or a sentence).
    start, end : int
        The title's span in ``text``.

    Returns
    -------
    bool
        True for a company's vice president; False for a state's or an unmarked one.
    """
    return bool(_VP_RANK.search(text, max(0, start - 24), start) or _VP_AFTER.match(text, end))


_VP_HEAD = re.compile(
    r"(?:[^,]*,\s+)?(?:(?:the|a|an|its|former|then|now|one)\s+)*(?P<owner>[^,]{1,60}?['\u2019]s?\s+)?"
    rf"(?:{_VP_RANKS}\s+)?(?P<title>vice[\s-]+president)",
    re.IGNORECASE,
)
"""A source phrase headed by a vice president: a name and a comma, determiners, an owner's possessive ("Pew's",
"the online shopping giant's"), a corporate rank, then the title."""


def company_vice_president_phrase(phrase: str) -> tuple[bool, str]:
    """Whether ``phrase`` is headed by a company's vice president (:func:`company_vice_president`), and its owner.

    Parameters
    ----------
    phrase : str
        A source phrase ("Ann Lee, vice president for marketing at Acme", "Pew's vice president for research").

    Returns
    -------
    tuple of (bool, str)
        True and the owner written with a possessive before the title, with its space ('' if none), when the
        phrase's title is a company's vice president; ``(False, '')`` otherwise. Round 12em.
    """
    m = _VP_HEAD.match(phrase)
    if not m or not company_vice_president(phrase, m.start("title"), m.end()):
        return False, ""
    return True, m.group("owner") or ""


def representative_of_person(phrase: str, phrase_role: Callable[[str], str]) -> str:
    """``spokesperson`` for 'representatives of/for' a person ('' otherwise).

    The object is a person when it is a pronoun ("for him"), a name with a courtesy title ("for Ms. Cole"), a person
    noun of the ordinary-person entry ("both women", "the singer"), a singular title ("the senator", "the
    governor"). A bare name ("a representative for Gale") is left to the other rules: the population check of issue
    12al-l found it on quotations the resolver gave to the wrong speaker. "Representatives of the union", "of both
    parties" or "of Norland" keep their role. Issue 12bj-r adds "rep" (lower case) for "representative", "one of" a
    group of such persons ("a representative for one of the tenants", "a rep for one of the senators": one person),
    a company named by its noun ("a representative for the company", "No representatives for either company": the
    company's spokesperson) and "no", "one", "another", "each", "any" before the title.

    Parameters
    ----------
    phrase : str
        A source phrase ("representatives of both women").
    phrase_role : callable
        The tagger's role of a phrase (``RoleTagger.phrase_role``).

    Returns
    -------
    str
        ``"spokesperson"`` or ``''``.
    """
    m = REPRESENTATIVE_OF.search(phrase)
    if not m or not _REP_HEAD_BEFORE.fullmatch(phrase[: m.start()]):
        return ""  # "an aide to representatives of ...": the aide
    obj = m.group(3).strip()
    if _PRONOUN.fullmatch(obj) or _COURTESY.fullmatch(obj):
        return "spokesperson"
    role = phrase_role(obj)
    last = obj.split()[-1]
    dets = (m.group(2) or "").strip()
    if role == "official" and last.lower() in _COMPANY_NOUNS and dets and obj == last:
        return "spokesperson"  # issue 12bj-r: "a representative for the company", "representatives of both firms"
    one = bool(m.group("one"))  # issue 12bj-r: "one of the tenants" names one person of a group
    plural = (last.lower().endswith("s") or last.lower() in _PLURAL_PEOPLE) and not (one and dets)
    counted = bool(_COUNTED.search(m.group(2) or "")) or (one and bool(dets))
    if role == "ordinary_person" and (counted or not plural) and not re.search(r"\d|%|percent", obj):
        return "spokesperson"  # "both women", "the singer"; not "the workers" (a union's delegates)
    if (
        role in _PERSON_TITLE_ROLES
        and last[:1].islower()
        and not plural
        and dets
        and phrase_role(last) == role
        and last.lower() not in INSTITUTION_NOUNS
        and _singular(last) not in _PLACE_NOUNS  # review 12bj-v: "a representative for the district" (a legislator)
        and not (one and _singular(last) in INSTITUTION_NOUNS)
    ):
        return "spokesperson"  # "the senator", "the governor"; not "the party", "the government" (bodies, below)
    return ""


_PRINCIPAL = re.compile(r"(?:the|that|this)\s+([a-z][\w-]*)", re.IGNORECASE)


def names_principal(source: str, resolved: str) -> bool:
    """Whether ``source`` names the principal of the representative it was resolved to (issue 12bj-r).

    "The landlord", resolved to "a representative for one of the landlords", is the landlord, not the landlord's
    representative: the source's own role noun is the principal's, so the role reader reads ``source`` and not
    ``resolved``.

    Parameters
    ----------
    source : str
        The source phrase as written ("the landlord").
    resolved : str
        The phrase it was resolved to ("a representative for one of the landlords").

    Returns
    -------
    bool
        True when ``source`` is "the"/"that"/"this" and one noun, ``resolved`` is a representative of someone and
        the representative's object ends with that noun or its plural; False otherwise (a pronoun, "the
        representative", a name).
    """
    m = _PRINCIPAL.fullmatch(source.strip())
    rep = REPRESENTATIVE_OF.search(resolved) if m and source.strip() != resolved.strip() else None
    if not rep:
        return False
    noun, last = m.group(1).lower(), rep.group(3).split()[-1].lower()
    return noun in (last, _singular(last))


_PLACE_NOUNS = frozenset({"state", "country", "nation", "district", "city", "county", "province", "region", "town"})
"""Places a legislator or a delegate represents ("a representative of one of the states"), not persons (12bj-r)."""


def _singular(word: str) -> str:
    """The singular of a plural noun, by its spelling ("unions": "union", "countries": "country")."""
    low = word.lower()
    if low.endswith("ies"):
        return low[:-3] + "y"
    return low[:-1] if low.endswith("s") and not low.endswith("ss") else low


def camp_role(bare: str) -> str:
    """The role of a source that is a plural political camp alone ('' otherwise).

    "the Conservatives", "The Liberals" (a party written with a capital after "the"): ``politician``. A camp
    without "the" ("Some conservatives", "liberals") stays unread (''): read as an unnamed group (protocol item 5,
    anonymous) it was right on 16 of 29 changed rows of the population, the others being lawmakers or commentators
    the article names around it, so that version was dropped (issue 12al-l).

    Parameters
    ----------
    bare : str
        A source phrase, stripped.

    Returns
    -------
    str
        ``"politician"`` or ``''``.
    """
    return "politician" if CAMP.fullmatch(bare.strip()) else ""


TURNED = re.compile(
    r"\s*,\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:former\s+)?(?:[\w'\u2019.-]+\s+){0,5}?(?:turned\s+(?:(?:a|an|the)\s+)?|now\s+(?:a|an|the)\s+)"
    r"([^,.;()]{3,60}?)(?=\s*[,.;)]|\s+(?:who|said|says|told|and)(?![\w-])|$)"
)
"""'Ann Lee, the campaign aide turned policy chief,' or 'Ann Lee, a former reporter now a senior adviser': the role
after 'turned' or 'now', the current one."""
_WHO_NOW = re.compile(
    r"\s*,\s+(?:a|an|the)\s+former\s+[^,.;()]{3,60}?,?\s+who\s+is\s+now\s+((?:a|an|the)\s+[^,.;()]{3,60})"
)
"""'Ann Lee, a former campaign aide who is now a policy adviser': the role after 'who is now'."""
_NOW_BODY_ROLES = frozenset({"expert", "official", "activist_advocacy", "journalist_media", "politician"})


def current_role(after_name: str, phrase_role: Callable[[str], str], body_role: Callable[[str], str] | None = None) -> str:
    """The role of the current title in an apposition that also gives a former one ('' if none).

    Parameters
    ----------
    after_name : str
        The text right after a name (", the campaign aide turned policy adviser, said ...").
    phrase_role : callable
        The tagger's role of a phrase.
    body_role : callable, optional
        The tagger's role of a body; when given, a former title followed by "now at/with" a capitalised body or "who
        now heads" one takes the body's role (issue 12bb-n).

    Returns
    -------
    str
        The role of the phrase after "turned", "now" or "who is now", when it has a role noun, or of the body of the
        current post; else ''.
    """
    for pattern in (_WHO_NOW, TURNED):
        m = pattern.match(after_name)
        if m:
            return phrase_role(m.group(1).strip())
    return now_body_role(after_name, body_role) if body_role is not None else ""


def now_body_role(after_name: str, body_role: Callable[[str], str]) -> str:
    """Issue 12bb-n: the role of the body of a current post stated after a former title ('' if none or untyped).

    Parameters
    ----------
    after_name : str
        The text right after a name (", a former senator who now heads the X Institute, said ...").
    body_role : callable
        The tagger's role of a body.

    Returns
    -------
    str
        The body's role when the apposition opens with "a former" or "formerly" and goes on with "now at/with", "who
        is now at", "who now works/teaches at" or "who now heads/leads/runs/chairs/directs" a capitalised body, and the
        body is typed expert, official, advocacy, media or politician; else ''.

    Examples
    --------
    >>> now_body_role(", a former senator now at the Lake Policy Institute, said", lambda body: "expert")
    'expert'
    >>> now_body_role(", a former senator now at odds with the Lake Policy Institute", lambda body: "expert")
    ''
    """
    m = _NOW_AT.match(after_name)
    if not m:
        return ""
    role = body_role(m.group(1).strip())
    return role if role in _NOW_BODY_ROLES else ""


# Issue 12am-o: people who hold a staff title in a body that is not a government or a company.
_STAFF_HEAD = (
    r"(?:[Dd]irector|[Oo]fficer|[Cc]hairman|[Cc]hairwoman|[Cc]hair|[Pp]resident|CEO|[Cc]hief\s+[Ee]xecutive|[Ee]xecutive|"
    r"[Cc]ounsel|[Ff]ellow|[Hh]ead|(?:[Cc]o-?)?[Ff]ounder|[Mm]anager|[Cc]oordinator|[Oo]rgani[sz]er|[Ss]trategist)"
)  # issue 12ap-e: also capitalised (", Director of the X Program at the Y Institute")
_STAFF_BODY = rf"((?:[^,.;()\"\u201c\u201d]|{INNER_STOP}){{3,80}}?)(?=\s*[,;()\"\u201c\u201d]|\s*(?<!\.[A-Z])\.(?!\w)|\s+(?:who|which|said|says|told|in\s+[A-Z][a-z])(?![\w-])|$)"
_NOW_AT = re.compile(
    r"\s*,\s+(?:(?:a|an|the)\s+former\s+|formerly\s+)[^,.;()]{3,60}?,?\s+(?:and\s+)?(?:who\s+(?:is\s+)?)?now\s+"
    r"(?:at|with|(?:works|teaches)\s+at|heads|leads|runs|chairs|directs)\s+(?:the\s+)?(?=[A-Z])" + _STAFF_BODY
)
"""Issue 12bb-n: 'Ann Lee, a former negotiator now at the X Institute', '..., a former senator who now heads the Y
Foundation', '..., formerly a diplomat and now with Acme Corp.': the body of the current post (a capitalised name, not
"now at odds with")."""
STAFF_AFTER_NAME = re.compile(
    r"\s*,\s+(?:(?:the|a|an|its)\s+)?(?:[\w'\u2019-]+\s+){0,4}?"
    + _STAFF_HEAD
    + r"(?:\s+and\s+(?:[\w'\u2019-]+\s+){0,3}?"
    + _STAFF_HEAD
    + r")?"
    r"\s+(?:(?:of|for)\s+(?:[a-z][\w-]*\s+){1,4}?(?=(?:at|of|for|with)\s))?(?:of|at|for|with)\s+(?:the\s+)?"
    + _STAFF_BODY
)
"""After a name: a staff title and its body (", state legislative director and senior counsel at the X Campaign",
", the chief medical officer of the Y Foundation", ", deputy director of Z Fund, which ...")."""
STAFF_BEFORE_NAME = re.compile(
    r"((?:[A-Z][\w&'\u2019.-]*\s+){0,4}[A-Z][\w&'\u2019.-]*)\s+(?:Executive\s+|State\s+|National\s+)?"
    r"(?:Chairman|Chairwoman|Chair|President|Director|CEO|Founder|Co-founder)\s+$"
)
"""Before a name: a body's capitalised name and a capitalised staff title ("Fair Deal Now Chairman "; not link text
run into a sentence before a lower-case title: "... More After director ")."""
_WHO_HEADS = re.compile(
    r"\s*,\s+who\s+(?:now\s+|also\s+|currently\s+)?(?:heads|leads|chairs|directs|runs|founded|co-founded)\s+"
    r"(?:the\s+)?" + _STAFF_BODY
)
_ORG_PROJECT = re.compile(
    r"(?:[A-Z][\w'\u2019&-]*\s+){1,4}(?:Project|Church|Ministries)\s*$|"
    r"(?:[A-Z][\w'\u2019&-]*\s+){2,4}Campaign\s*$|^(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}Campaign\s+(?:for|to|Legal)\s"
)
"""Names of bodies that are advocacy groups by the type word that ends them: "the Open Harbor Project", "Grace Church",
"the Civic Rights Campaign" (a capitalised Campaign after two or more capitalised words, or "Campaign for ..."; "the Lee
campaign" of a candidate is a campaign; "the Norland Project on Climate" is a university's research project)."""
_LEGISLATURE = re.compile(r"(?<![\w-])(?:House|Senate|Congress|Parliament|Assembly|Legislature|Committee)(?![\w-])")
"""A legislature or its committee: its staff ("counsel to the House Budget Committee") are no politicians."""
_ADVOCATES = re.compile(
    r"\s*,?\s+which\s+(?:advocates|lobbies|campaigns|fights|works|pushes)\s+(?:for|on|to|against)\s"
)
"""A body described by a relative clause of advocacy ("Z Fund, which advocates for immigrants")."""
_FELLOW = re.compile(r"(?<![\w-])fellow(?![\w-])")


def staff_body(after_name: str) -> tuple[str, str]:
    """The body named with a staff title in the apposition right after a name ('' if none).

    Parameters
    ----------
    after_name : str
        The text right after a name (", executive director of the X Fund, which advocates ...").

    Returns
    -------
    (str, str)
        The body's name and what the apposition says of it: ``"advocates"`` when a relative clause of advocacy follows
        it (", which advocates for ..."), ``"fellow"`` when the title is a fellow's (a research post), else ''.
    """
    m = STAFF_AFTER_NAME.match(after_name) or _WHO_HEADS.match(after_name)
    if not m:
        return "", ""
    if _ADVOCATES.match(after_name, m.end(1)):
        return m.group(1).strip(), "advocates"
    return m.group(1).strip(), "fellow" if _FELLOW.search(after_name, 0, m.start(1)) else ""


def staff_body_before(before_name: str) -> str:
    """The body named by capitalised words before a staff title that stands before a name ("Fair Deal Now Chairman
    Ann Lee": "Fair Deal Now"; '' if none).

    Parameters
    ----------
    before_name : str
        The text right before the name.

    Returns
    -------
    str
        The body's name, without a leading "The".
    """
    m = STAFF_BEFORE_NAME.search(before_name[-90:])
    if not m:
        return ""
    return re.sub(r"^[Tt]he\s+", "", m.group(1))


def body_kind(body: str, body_role: Callable[[str], str], known: Callable[[str], str], said: str = "") -> str:
    """The kind of a body a person holds a staff title in, as a role ('' when unknown, a government or a company).

    Parameters
    ----------
    body : str
        The body's name ("the Civic Rights Campaign", "Fair Deal Now").
    body_role : callable
        The tagger's role of a body's phrase.
    known : callable
        The role the article gave the body's name elsewhere ("Fair Deal Now, a progressive group"; '' if none).
    said : str
        What the apposition says of the body (:func:`staff_body`): ``"fellow"`` (a fellow of a body that is no
        government or company is a researcher: expert), ``"advocates"`` (an advocacy group when the body is
        otherwise unknown).

    Returns
    -------
    str
        ``activist_advocacy`` for an advocacy group, a foundation or a charity; ``expert`` for a think tank or an
        institute; ``journalist_media`` for an outlet; ``politician`` for a party or a campaign; ``military_police``
        for a police force; '' otherwise (the title's own role stands: a company's or a government's staff are
        officials).
    """
    if _ORG_PROJECT.search(body.strip()):
        return "activist_advocacy"  # before the lexicon: "the Campaign for Fair Rules Center" is no research center
    role = body_role(body)
    if role == "military_police" and body_role(body.split()[-1]) != role:
        return ""  # "the Law Enforcement Legal Defense Fund" is no police force; "the State Police" is
    if role == "politician" and _LEGISLATURE.search(body):
        return ""  # a legislature's staff
    if said == "fellow" and role != "official":
        return "expert"  # "a senior fellow with the Foundation for X": a think tank's researcher
    if role in ("expert", "activist_advocacy", "journalist_media", "politician", "military_police"):
        return role
    if role:
        return ""
    described = known(body)
    if described in ("expert", "activist_advocacy", "journalist_media"):
        return described
    return "activist_advocacy" if said == "advocates" else ""


_DESCRIBED = re.compile(
    r"((?:[A-Z][\w&'\u2019.-]*\s+){0,4}[A-Z][\w&'\u2019.-]*),\s+(?:a|an)\s+((?:(?!of\s|for\s|at\s|with\s)[\w()'\u2019-]+\s+){0,5}?"
    r"(?:group|nonprofit|non-profit|think\s+tank|organi[sz]ation|charity|coalition|watchdog|foundation|institute|union))"
    r"(?![\w-])"
)
"""A body's name and an apposition that says what kind of body it is ("Brightline, a dark-money 501(c)(4) group")."""
_VIOLENT = re.compile(r"(?i)milit|terror|armed|rebel|insurg|jihad|extrem|separat|gang|criminal|guerr")


def described_bodies(sentence: str, phrase_role: Callable[[str], str]):
    """The bodies ``sentence`` names with an apposition of their kind ("Brightline, a progressive group").

    Parameters
    ----------
    sentence : str
        One sentence of an article.
    phrase_role : callable
        The tagger's role of a phrase.

    Yields
    ------
    (str, str)
        ``(name, role)``: the role of the apposition when it is an advocacy group's, a research body's or an
        outlet's (not an armed group's: "a militant group" has another role noun).
    """
    if ", a" not in sentence:
        return
    for m in _DESCRIBED.finditer(sentence):
        if _VIOLENT.search(m.group(2)):
            continue  # "Kaba, a militant group": an armed group is no advocacy group
        role = phrase_role(m.group(2))
        if role in ("expert", "activist_advocacy", "journalist_media"):
            yield re.sub(r"^[Tt]he\s+", "", m.group(1)), role


AUTHOR_OF_WORK = re.compile(
    r"(?:[^,]*,\s+)?(?:(?:the|a|an|former)\s+)*(?:co-)?authors?\s+of\s+(?:the|a|an|this|that|his|her|their|its|one)\s+"
    r"(?:[\w'’.&-]+\s+){0,5}?(?:articles?|(?:news|cover|magazine)\s+stor(?:y|ies)|columns?|pieces?)(?![\w-])",
    re.IGNORECASE,
)
"""'the author of the Harbor Weekly article', 'Ann Lee, author of a column': the writer of a news item is a journalist
(issue 12an-k; 'author of' alone, of a book or a report, stays an expert)."""


_WORK = (
    r"(?:co-)?authors?\s+of\s+(?:the|a|an|this|that|his|her|their|its|one)\s+"
    r"(?:[\w'\u2019.&-]+\s+){0,5}?(?:articles?|(?:news|cover|magazine)\s+stor(?:y|ies)|columns?|pieces?)(?![\w-])"
)
_AUTHOR_NAMED = re.compile(rf"({NAME}),\s+(?:(?:the|a|an)\s+)?(?i:{_WORK})|(?<![\w-])[Tt]he\s+(?i:{_WORK}),\s+({NAME})")
"""'Ann Lee, the author of the X article', 'the author of the X article, Ann Lee': the name and the author phrase."""


def news_authors(sentence: str) -> list[tuple[str, str]]:
    """The names ``sentence`` calls the author of a news article, column or piece, with the evidence phrase.

    Parameters
    ----------
    sentence : str
        One sentence of an article.

    Returns
    -------
    list of (str, str)
        ``(name, evidence)`` pairs, in the order of the sentence (empty if the sentence names no such author).
    """
    if "uthor" not in sentence:
        return []
    return [(m.group(1) or m.group(2), m.group()) for m in _AUTHOR_NAMED.finditer(sentence)]


def author_of_work_role(phrase: str) -> str:
    """``"journalist_media"`` if ``phrase`` is headed by the author of a news article, column or piece, else ``""``.

    Parameters
    ----------
    phrase : str
        A source phrase ("the author of the Lake Times article, Ann Lee").

    Returns
    -------
    str
        ``"journalist_media"`` or ``""``.
    """
    return "journalist_media" if AUTHOR_OF_WORK.match(phrase) else ""


POLICE_BEFORE_TITLE = re.compile(
    r"(?<![\w-])(?:police|police\s+department|police\s+force|constabulary|sheriff'?s?\s+(?:office|department))"
    r"(?:'s|\u2019s)?\s+(?:(?:deputy|assistant|acting|interim|first)\s+)*$",
    re.IGNORECASE,
)
"""A police force named right before a title ("Lake City Police Deputy Chief", "the police department's deputy")."""
_POLICE_TITLES = frozenset(
    {
        "chief",
        "deputy",
        "deputy chief",
        "assistant chief",
        "commissioner",
        "deputy commissioner",
        "assistant commissioner",
        "superintendent",
        "deputy superintendent",
        "director",
        "head",
    }
)


def is_police_title(before: str, noun: str) -> bool:
    """Is the official title ``noun`` a police rank, because a police force is named right before it?

    Parameters
    ----------
    before : str
        The text before the title ("Lake City Police ").
    noun : str
        The title the lexicon read as an official ("Deputy", "Chief").

    Returns
    -------
    bool
        True for "Lake City Police Deputy Chief Ann Lee" (issue 12an-k: police -> military_police); False for a
        spokesperson and for a title with no police force before it ("Fire Deputy Chief").
    """
    return " ".join(noun.lower().split()) in _POLICE_TITLES and bool(POLICE_BEFORE_TITLE.search(before[-80:]))


# Issue 12ap-e: lexicon and title errors of role draws 927-933.
CAMPAIGN_GROUP = re.compile(
    r"((?:[A-Z][\w'\u2019&-]*\s+){1,4})Campaign(?![\w-])"
    r"(?!\s+(?!(?:President|Director|Chairman|Chairwoman|Chair|Founder|Spokesman|Spokeswoman)(?![\w-]))[A-Z])"
)
"""An organisation whose capitalised name ends in "Campaign" ("the Clean Water Campaign", "Safe Streets Campaign
President Ann Lee"); not a party body or a law whose name goes on ("... Campaign Committee", "... Campaign Reform
Act")."""


_ELECTION_WORDS = frozenset(
    "reelection re-election election electoral presidential exploratory senate congressional gubernatorial mayoral "
    "parliamentary leadership primary".split()
)
"""Words of a candidate's campaign's name ("Senate Reelection Campaign"): no advocacy group."""


def campaign_group(text: str, is_name: Callable[[str], bool]) -> str:
    """The name of an advocacy group in ``text`` whose capitalised name ends in "Campaign" ('' if none).

    Parameters
    ----------
    text : str
        A source phrase or the body of a staff title ("the president of the Clean Water Campaign").
    is_name : callable
        Is a word a person's name in the article (a surname or the first word of a full name)?

    Returns
    -------
    str
        The group's name, with at least two capitalised words before "Campaign" that are no person's name and no
        "The": "Clean Water Campaign"; '' for "the Lee campaign", "the Ann Lee Campaign" (a candidate's campaign),
        "the Lee Campaign" (one word), "the Senate Reelection Campaign" (a candidate's) or "Democratic Congressional
        Campaign Committee".
    """
    for m in CAMPAIGN_GROUP.finditer(text):
        words = m.group(1).split()
        for i in range(len(words) - 1):
            if words[i].endswith(("'s", "\u2019s")):
                words = words[i + 1 :]  # "Ann Lee's Working People's Campaign": the group's own name
                break
        if words and words[0] == "The":
            words = words[1:]
        if any(w.lower() in _ELECTION_WORDS for w in words):
            continue  # "the Senate Reelection Campaign", "the Presidential Exploratory Campaign": a candidate's
        if len(words) >= 2 and not any(is_name(w.removesuffix("'s").removesuffix("\u2019s")) for w in words):
            return " ".join(words) + " Campaign"
    return ""


OFFICE_OF = re.compile(
    r"(?:[Tt]he\s+|[Aa]\s+)?(?:([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4})"
    r"(?:'s|\u2019s|(?<=s)['\u2019])\s+office"
    r"|office\s+of\s+((?:[Tt]he\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4})"
    r"|((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)(?:'s|\u2019s)\s+office)"
)
"""A person's office as a source: "Sen. Ann Lee's office", "the Speaker's office", "the office of Gov. Ann Lee";
"Sen. Ann Jones' office" (round 12bt-o: the apostrophe alone after a final s)."""


def office_owner(phrase: str) -> str:
    """The owner of the office a source phrase is ("Sen. Ann Lee's office": "Sen. Ann Lee"; '' if the phrase is none).

    Parameters
    ----------
    phrase : str
        A source phrase.

    Returns
    -------
    str
        The owner as written; "Speaker" for "the Speaker's office" (a capitalised Speaker: the legislature's presiding
        member); a lower-case title too ("the mayor's office": "mayor"; review of 12ap-e: the office's role was
        decided by the owner's capital); '' for a possessive pronoun ("his office") or no office.
    """
    m = OFFICE_OF.fullmatch(phrase.strip())
    if not m or m.group(3) in ("his", "her", "their", "its", "our", "my", "your"):
        return ""
    return m.group(1) or m.group(2) or m.group(3) or ""


VOTER_BEFORE_PARTY = re.compile(
    r"(?:(?<![\w-])(?:registered|lifelong|life-long)|(?<![\w-])(?:[Aa]n?)\s+\d{1,3}-year-old)\s+$"
)
"""What makes a party member noun a voter: "a registered Democrat", "a lifelong Republican", "a 47-year-old
Democrat" (not "the 78-year-old Democrat", which news writes of a politician already named)."""
_PARTY_MEMBERS = frozenset({"democrat", "democrats", "republican", "republicans"})


def is_party_voter(before: str, noun: str) -> bool:
    """Is the party member noun ``noun`` a voter, by the words ``before`` it?

    Parameters
    ----------
    before : str
        The text before the noun ("Ann Lee, a registered ").
    noun : str
        The role noun the lexicon read as a politician ("Democrat").

    Returns
    -------
    bool
        True for "a registered Democrat", "a lifelong Republican", "an 80-year-old Democrat" (an ordinary person);
        False for "a Democrat", "the 78-year-old Democrat", "a longtime Republican strategist" (another noun).
    """
    return " ".join(noun.lower().split()) in _PARTY_MEMBERS and bool(VOTER_BEFORE_PARTY.search(before[-40:]))


_ADVOCACY_WORDS = re.compile(
    r"(?i)(?<![\w-])(?:nonprofit|non-profit|advocacy|[\w-]*rights\s+(?:group|organi[sz]ation)|"
    r"(?:progressive|conservative|liberal)\s+(?:group|organi[sz]ation))(?![\w-])"
)


def advocacy_stated(body: str, phrase: str) -> bool:
    """Does a source phrase state that the body of a staff title is an advocacy group, by the type word that ends the
    body's name or by a word of its description?

    Parameters
    ----------
    body : str
        The body of the staff title (:func:`staff_body`).
    phrase : str
        The whole source phrase ("Ann Lee, director of Fair Deal Now, a progressive group").

    Returns
    -------
    bool
        True for "the Open Harbor Project", "the Clean Water Campaign", "the nonprofit X", "X, an immigrant-rights
        group"; False for a body typed only by "group", "foundation", "association" or "network" (a consultancy, a think
        tank, a trade body: issue 12ap-e's population read found these wrong as often as right).
    """
    return bool(_ORG_PROJECT.search(body.strip()) or _ADVOCACY_WORDS.search(phrase))
