"""Roles an article states in a clause away from the name, and places that speak (issue 12ac-r).

:class:`helpers.measures.source_roles.RoleTagger` reads titles and appositions next to a name and a few prose forms
(:mod:`helpers.measures.role_prose`). This module adds forms in which news says who someone is in the verb phrase of
a clause, and the way it lets a place speak for its government:

- a candidate: "Ann Lee is running for governor", "Ann Lee is challenging Ben Kay in the Republican primary",
  "Ann Lee is seeking the party's nomination", "Ann Lee announced her candidacy" (:data:`CANDIDACY`): a politician;
- a university's chancellor: in an article that names "the chancellor of Lake State University", "the chancellor"
  and the name given that title are an academic head, an expert, not a head of government
  (:data:`ACADEMIC_CHANCELLOR`);
- an apposition whose modifiers hold a possessive ("said Ann Lee, senior women's rights researcher at ...",
  :func:`possessive_appos`);
- a place that speaks: a bare name the article also uses as a place ("the base in Norland", "elections in Norland")
  is, as a source ("Norland said"), its government: an official (weak evidence, used only when the article gives the
  name no other role; :data:`PLACE_IN`). A name read in "wrote in", "an op-ed in", "confidence in" is no place.

Every rule is a form of English, not a list of names: no person, outlet, site or country decides anything.
"""
from __future__ import annotations

import re
from typing import Iterator

from .role_forms import BODY_CHAR, NAME, NOT_NAME_START

__all__ = ["ACADEMIC_CHANCELLOR", "PERSON_TITLE_HEADS", "CANDIDACY", "LEAD_SAYS", "PLACE_IN", "clause_roles",
           "possessive_appos", "surname_uses", "capitalised_words", "demonym_place", "CONGREGATION",
           "congregation_leaders", "first_last_pairs", "titled_first_names", "with_first_names", "WHO_LED",
           "who_led", "NOT_FIRST_WORDS"]

_SUBJECT = rf"(?<![\w'\u2019.-])(?!(?:{NOT_NAME_START}|He|She|It|They|We|I|This|There|What|Who|Which|Here)\s)({NAME})"
CANDIDACY = re.compile(
    _SUBJECT + r"(?:,\s+who)?\s+(?:is|was|has\s+been|had\s+been|are|were)\s+(?:now\s+|also\s+|still\s+|[a-z]+ly\s+)?"
    r"(?:running\s+(?:for|to\s+(?:be|become|replace|unseat)|against)\s|"
    r"campaigning\s+(?:for\s+(?:the\s+)?(?:presidency|governorship|nomination|office|re-?election|a\s+seat)|"
    r"to\s+(?:be|become|replace|unseat))|"
    r"challenging\s+[^.;!?]{1,80}?\s(?:in|for)\s+(?:the|a|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:primary|nomination|race\s+for|election)|"
    r"seeking\s+(?:the|a|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:nomination|presidency|governorship|re-?election)|"
    r"vying\s+for\s+(?:the|a|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:nomination|presidency|governorship|seat))"
    r"|" + _SUBJECT + r"\s+(?:announced|launched|declared|formally\s+launched|officially\s+launched)\s+"
    r"(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:candidacy|bid\s+for|campaign\s+for|run\s+for)")
"""A candidate stated in the clause's verb phrase ("Ann Lee is running for governor", "Ann Lee is challenging Ben Kay
in the Republican primary", "Ann Lee announced her candidacy"): a politician."""

PLACE_IN = re.compile(
    r"(?<![\w'\u2019-])(?<!wrote\s)(?<!writes\s)(?<!writing\s)(?<!published\s)(?<!appeared\s)(?<!reported\s)"
    r"(?<!op-ed\s)(?<!article\s)(?<!column\s)(?<!piece\s)(?<!story\s)(?<!interview\s)(?<!essay\s)(?<!editorial\s)"
    r"(?<!confidence\s)(?<!faith\s)(?<!trust\s)(?<!interest\s)(?<!belief\s)(?<!believe\s)(?<!believes\s)"
    r"(?<!believed\s)(?<!role\s)(?<!stake\s)(?<!involved\s)(?<!invested\s)(?<!investment\s)(?<!shares\s)"
    r"(?<!stake\s)(?<!roles\s)(?<!starred\s)(?<!starring\s)(?<!appearing\s)(?<!appears\s)"
    r"(?:in|across|throughout)\s+(?:the\s+)?((?:[A-Z][a-z][\w-]*|U\.S\.|US|UK|U\.K\.)(?:\s+[A-Z][a-z][\w-]*){0,2})"
    r"(?![\w'\u2019-])(?!\s+[A-Z])(?!['\u2019]s?)(?!\s*\()")
"""A name used as a place ("the base in Norland", "elections across Eastern Norland"): not after a publication ("wrote
in Politico", "an op-ed in"), a stake or a belief ("confidence in Ann Lee"), nor a name that goes on or owns."""

LEAD_SAYS = re.compile(r"\s*((?:Mr\.|Mrs\.|Ms\.|Dr\.)?\s*[A-Z][\w'\u2019-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'\u2019-]+)\s+says\s")
"""A sentence that opens with a person's full name and "says" ("Ann Lee says the plan is dead, the former governor
wrote"): the title that speaks later in the sentence is the same subject's."""

ACADEMIC_CHANCELLOR = re.compile(
    r"(?<![\w-])(?:[Vv]ice[\s-]+)?[Cc]hancellor\s+(?:of|at)\s+(?:the\s+)?(?:[A-Z][\w&.'\u2019-]*\s+(?:(?:of|at|and)\s+)?)"
    r"{0,5}(?:University|College|Polytechnic|School)(?![\w-])"
    r"|(?<![\w-])(?:University|College)(?:\s+(?:of\s+)?[A-Z][\w-]*){0,3}(?:\s+[Ss]ystem)?(?:'s|\u2019s)?\s+"
    r"(?:[Vv]ice[\s-]+)?[Cc]hancellor(?![\w-])")
"""A university's chancellor ("the chancellor of Lake State University", "the University of Norland chancellor"): in
such an article "the chancellor" is an academic head (expert), not a head of government."""

PERSON_TITLE_HEADS = frozenset(
    "leader whip speaker senator governor mayor president secretary minister chairman chairwoman chair director "
    "spokesman spokeswoman spokesperson attorney general commissioner ambassador treasurer justice judge".split())
"""Last words of a capitalised title that name a person ("the Senate Minority Leader", "the Attorney General"), not an
institution ("the White House", "the Justice Department")."""

_OPENERS = frozenset((NOT_NAME_START.lower() + "|the|a|an|of|to|with|north|south|east|west|new|el|la|los|las|san|"
                      "santa|saint|st.|sri|costa|puerto|hong|kuala|buenos|cape|united|czech|saudi|papua|sierra|"
                      "upper|lower|great").split("|"))
"""Capitalised words that open a phrase or a place's name rather than a person's ("In", "The", "North", "San")."""

_NOT_PLACE = frozenset(
    "january february march april may june july august september october november december monday tuesday wednesday "
    "thursday friday saturday sunday spring summer fall autumn winter english spanish french german arabic chinese "
    "congress parliament court senate house office government".split())
"""Capitalised words after 'in' that are no place ("in March", "in English", "in Congress", which has a role of its own)."""


def possessive_appos(alt: str) -> re.Pattern:
    """An apposition without an article after a cue whose modifiers hold a possessive ("said Ann Lee, senior women's
    rights researcher at Rights Monitor"), which the bare apposition of
    :func:`helpers.measures.role_forms.tagger_patterns` does not read.

    Parameters
    ----------
    alt : str
        A regular expression that matches any role noun (an alternation, longest first).

    Returns
    -------
    re.Pattern
        Group 1 the name, group 2 the apposition up to its role noun.
    """
    return re.compile(
        rf"(?<![\w-])(?:said|says|added|adds|explained|noted|wrote|told|according\s+to)\s+({NAME}),\s+"
        rf"((?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*['\u2019]s\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{alt}))\s+"
        rf"(?:of|at|for|with|in)\s")


_AFTER_CAPS = re.compile(r"(?<![\w'\u2019.-])([A-Z][\w'\u2019.-]*)\s+(?=([A-Z][\w'\u2019-]+))")


def surname_uses(sentence: str) -> Iterator[str]:
    """The lower-cased capitalised words ``sentence`` writes right after another capitalised word that opens no phrase
    ("Ann Norland", "Gov. Norland"; not "In Norland", "The Norland"): such a word may be a surname, so the article's
    "in Norland" does not make it a place.

    Parameters
    ----------
    sentence : str
        One sentence of an article.

    Yields
    ------
    str
    """
    for m in _AFTER_CAPS.finditer(sentence):
        if m.group(1).lower() not in _OPENERS:
            yield m.group(2).lower()


def clause_roles(sentence: str) -> Iterator[tuple[str, str, str, bool]]:
    """The candidates and the places ``sentence`` names.

    Parameters
    ----------
    sentence : str
        One sentence of an article.

    Yields
    ------
    (str, str, str, bool)
        ``(name, role, evidence, place)``: a candidate (``politician``, "Ann Lee is running for governor") or a bare
        name used as a place (``official``, "the base in Norland"; ``place`` True: weak evidence).
    """
    for m in CANDIDACY.finditer(sentence):
        yield (m.group(1) or m.group(2)), "politician", m.group(0), False
    for m in (PLACE_IN.finditer(sentence) if " in " in sentence or "cross " in sentence or "hout " in sentence else ()):
        name = m.group(1)
        if name.split()[0].lower() not in _NOT_PLACE:
            yield name, "official", m.group(0), True


_CAP_WORD = re.compile(r"(?<![\w'\u2019-])[A-Z][a-z]{3,}(?![\w'\u2019-])(?!\s+[A-Z])")
_DEMONYM_ENDINGS = ("n", "ns", "ian", "ians", "ese", "i", "is")
_PLACE_NAME = re.compile(r"(?:[Tt]he\s+)?((?:North|South|East|West|Northern|Southern|Eastern|Western|Central|New|Saudi)"
                         r"\s+)?([A-Z][a-z]{3,})")
"""A place's name: one capitalised word, perhaps after a compass word, "New" or "Saudi" ("North Norlandia"); not a
person's first and last name ("Ann Norlandia")."""


def capitalised_words(sentence: str) -> set[str]:
    """The capitalised words of four letters or more in ``sentence`` that no capitalised word follows ("Norlandian
    troops", "the Vestians"; not the first name of "Brian Lee"), read for :func:`demonym_place`.

    Parameters
    ----------
    sentence : str
        One sentence of an article.

    Returns
    -------
    set of str
        The words as written.
    """
    return set(_CAP_WORD.findall(sentence)) if any(c.isupper() for c in sentence) else set()


def demonym_place(bare: str, words: set[str], surnames: set[str]) -> str:
    """The key of a bare source name that the article also writes as a demonym, so a place (issue 12af-r).

    English makes the adjective and the people of a place from its name ("Norlandia" -> "Norlandian(s)", "Vestia" ->
    "Vestian", "Tarvo" -> "Tarvoese", "Ostan" -> "Ostani"); a source named by one or two capitalised words whose last
    word the article also writes with such an ending ("Norlandia says ..." in an article that names "Norlandian troops")
    is a place, which as a source speaks for its government (official, weak; the protocol's item 9). A name the article
    writes after another capitalised word (a surname: "Ann Norlandia"), a two-word name whose first word is no compass
    word, "New" or "Saudi" (a person's full name: "Ann Varga", whose adjective "Vargan" the article may use) and names
    of fewer than four letters are not read.

    Parameters
    ----------
    bare : str
        The source phrase, stripped.
    words : set of str
        The capitalised words of the article (:func:`capitalised_words`).
    surnames : set of str
        The lower-cased words the article writes after another capitalised word (:func:`surname_uses`).

    Returns
    -------
    str
        The lower-cased place key ('' if ``bare`` is not read as a place).
    """
    m = _PLACE_NAME.fullmatch(bare)
    if not m or (m.group(1) or m.group(2)).strip().lower() in surnames:
        return ""
    name = m.group(2)
    if not any(name + end in words for end in _DEMONYM_ENDINGS):
        return ""
    return " ".join(w for w in bare.lower().split() if w != "the")


CONGREGATION = re.compile(
    _SUBJECT + r"(?:,[^,;.]{1,80},[\"'\u201d\u2019]?)?\s+(?:also\s+|often\s+|once\s+|recently\s+)?"
    r"(?:told|tells|telling|addressed|addresses|leads|led|describes|described|preached\s+to|preaches\s+to|urged|"
    r"urges|reminded|reminds|wrote\s+to|writes\s+to|founded|pastors|ministers\s+to)\s+(?:his|her)\s+(?:own\s+)?"
    r"(?:congregation|congregants|parishioners|flock)(?![\w-])")
"""A religious leader stated in the verb phrase: "Ann Lee told her congregation", "Ann Lee, who ..., describes his
congregation" (issue 12ak-r; the protocol's item 3 types a religious leader activist/advocacy). Only verbs of
addressing, leading or founding: a member "joins" or "visits" a congregation."""


def congregation_leaders(sentence: str) -> Iterator[tuple[str, str]]:
    """The names ``sentence`` states as the leader of a congregation, with the words that state it.

    Parameters
    ----------
    sentence : str
        One sentence of an article.

    Yields
    ------
    (str, str)
        ``(name, evidence)``: "Ann Lee told her congregation on Sunday" yields ``("Ann Lee", "Ann Lee told her
        congregation")``.
    """
    if "congregat" not in sentence and "parishioner" not in sentence and "flock" not in sentence:
        return
    for m in CONGREGATION.finditer(sentence):
        yield m.group(1), m.group(0)


_NOT_FIRST = frozenset(NOT_NAME_START.lower().split("|")) | frozenset(
    "he she it we they you his her their its our my there here what who which how why where now today yesterday both all "
    "some many most several other others no not every each one two three among with to of about without through across "
    "despite although though because once until even also just did does do is was are were has have had will would "
    "can could should may might".split())
"""Capitalised words that open a sentence or clause, never a first name ("But Lee said")."""
NOT_FIRST_WORDS = _NOT_FIRST
"""Public name of the same set (round 12dl reads it for the given name before an outlet's name)."""
_TWO_WORDS = re.compile(r"(?<![\w'\u2019.-])(?<![A-Z]\.\s)([A-Z][a-z][\w'\u2019-]*)\s+([A-Z][a-z][\w'\u2019-]*)"
                        r"(?![\w'\u2019.-]*\s+[A-Z])(?![\w'\u2019-])")


def first_last_pairs(sentence: str) -> Iterator[tuple[str, str]]:
    """Two capitalised words written as a full name ("Ann Lee"), not inside a longer run of capitalised words.

    Parameters
    ----------
    sentence : str
        One sentence of an article.

    Yields
    ------
    (str, str)
        The lower-cased first and last word: "the title line names Ann Lee." yields ``("ann", "lee")``; "Attorney
        General Ann Lee" yields nothing (three words before the end of the run).
    """
    for m in _TWO_WORDS.finditer(sentence):
        before = sentence[max(0, m.start() - 40):m.start()].split()
        if before and before[-1][:1].isupper():
            continue  # "General Ann Lee": the end of a longer run
        if m.group(1).lower() in _NOT_FIRST:
            continue  # "But Lee", "When Lee": no first name
        yield m.group(1).lower(), m.group(2).lower()


def titled_first_names(pairs: dict[str, set[str]], names: dict[str, str]) -> dict[str, str]:
    """Surnames whose full name's first word alone carries a title in the article ("Attorney General Ann" in a
    truncated title line, "Ann Lee" elsewhere): the surname takes that title's role (issue 12ak-r).

    Parameters
    ----------
    pairs : dict of str to set of str
        First word -> last words of the two-word names of the article (:func:`first_last_pairs`).
    names : dict of str to str
        The roles the article's titles and appositions gave names (lower-cased keys).

    Returns
    -------
    dict of str to str
        Surname -> role, only for a first word that starts exactly one name of the article, is never itself a last
        word (a surname, as in "President Lee ... Ann Lee") and whose surname the article gave no role.
    """
    lasts = {last for ls in pairs.values() for last in ls}
    out: dict[str, str] = {}
    for first, ls in pairs.items():
        if len(ls) == 1 and first in names and first not in lasts:
            last = next(iter(ls))
            if last not in names:
                out.setdefault(last, names[first])
    return out


def with_first_names(words: set[str], sentences: list[str]) -> set[str]:
    """``words`` (capitalised words of the sources an article's roles are needed for) and the first words of the
    two-word names whose last word is one of them ("Lee" -> also "Ann", from "Ann Lee"), so that a title written before
    the first name only ("Attorney General Ann") is read (issue 12ak-r; see :func:`titled_first_names`).

    Parameters
    ----------
    words : set of str
        Capitalised words of the source phrases.
    sentences : list of str
        The article's sentences.

    Returns
    -------
    set of str
        ``words`` with the first words added (``words`` itself when there are none).
    """
    lower = {w.lower() for w in words}
    firsts = {f.capitalize() for s in sentences if any(w in s for w in words)
              for f, last in first_last_pairs(s) if last in lower}
    return set(words) | firsts if firsts else words


WHO_LED = re.compile(
    rf"({NAME}),\s+who\s+(?:also\s+|once\s+|previously\s+|formerly\s+|later\s+|now\s+|currently\s+)?"
    r"(?:until\s+(?:last\s+\w+|this\s+\w+|recently|\d{4})\s+)?"
    r"(headed|led|chaired|co-chaired|directed|ran|works\s+for|is\s+working\s+for|"
    rf"represents|represented)\s+({BODY_CHAR}{{3,80}})")
"""Issue 12an-w: a relative clause after a name whose verb says the person heads or works for a body ("Ann Roe, who
chaired the Senate Finance Committee", "Ann Roe, who ran outreach for the Lee campaign", "Ann Roe, who works for the
Nature Trust") or represents a district ("Ann Roe, who represents a district near Dayton"); the present "heads",
"leads", "chairs" and "runs" are read by :data:`helpers.measures.role_forms.WHO_DOES`."""

_DISTRICT = re.compile(r"(?:a|the|her|his|their)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:district|constituency|riding|ward)"
                       r"(?![\w-])")
_BODY_END = re.compile(r"\s+(?:and|but|who|which|where|when|while|through|during|since|until|before|after|in|at|on|"
                       r"near|across|into|from|under|to)\s+(?![A-Z])")
"""Where the body's phrase ends: a clause or a place, time or manner after it ("the march through the convention
center", "Ford's programs in 2016 and was promoted"); not a capitalised name's "and" ("the Energy and Commerce
Committee")."""
_PERSON_OBJECTS = frozenset(("representative", "congressman", "congresswoman", "lawmaker", "senator", "member",
                             "candidate", *PERSON_TITLE_HEADS))
"""Last words of an object that is a person, whose staff the clause's subject is ("who works for a state senator")."""
_COMMITTEE = re.compile(r"Committee(?![\w-])")
_WHO_LED_ROLES = ("politician", "official", "military_police", "expert", "journalist_media", "activist_advocacy")


def who_led(sentence: str, body_role) -> Iterator[tuple[str, str, str]]:
    """The people a relative clause says head, led, ran or work for a body, or represent a district (issue 12an-w).

    Parameters
    ----------
    sentence : str
        One sentence of an article.
    body_role : callable
        The role of a body's phrase ('' if none): :meth:`helpers.measures.source_roles.RoleTagger._body_role`.

    Yields
    ------
    (str, str, str)
        ``(name, role, evidence)``: the body's role when the lexicon gives it one that is no private person's or
        document's ("who led the Norland Teachers Union": advocacy; "who ran for mayor": politician), a politician for
        a district represented; nothing for an object that is no body ("who led the march", "who ran a marathon",
        "who represented the plaintiffs").
    """
    if ", who " not in sentence:
        return
    for m in WHO_LED.finditer(sentence):
        verb, body = m.group(2), m.group(3)
        if verb.startswith("represent"):
            if _DISTRICT.match(body):
                yield m.group(1), "politician", m.group(0)
            continue
        body = _BODY_END.split(body, maxsplit=1)[0]  # "ran X in 2016 and was promoted": "X"
        words = body.lower().split()
        if words and words[0] != "for" and words[-1] in _PERSON_OBJECTS:
            continue  # "who works for a Democratic state representative": a person's staff, not a body
        if verb.endswith("chaired") and _COMMITTEE.search(body):
            yield m.group(1), "politician", m.group(0)  # "who chaired the Energy and Commerce Committee"
            continue
        role = body_role(body)
        if role in _WHO_LED_ROLES:
            yield m.group(1), role, m.group(0)
