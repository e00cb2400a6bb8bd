"""Forms of English that say what a body or a title is, for the role reader (issue 12z).

:class:`helpers.measures.source_roles.RoleTagger` types a source by its role nouns, titles and appositions; this
module adds a few general forms it did not read:

- a role noun written with a hyphenated tail ("Editor-in-Chief Jane Roe", "the editor-at-large", "President-elect
  Ann Lee"): the tail is part of the title, which keeps the role of its first word;
- a source phrase that ends in a time phrase or an adverb the attribution rules left in its span ("Lee in
  December", "Adam Schiff however", "Proponents of the deal sometimes"): the tail is no part of the name;
- a title of a body's head after the body's capitalised name, "of" and "for" inside it ("American Federation of
  Teachers President Ann Lee"): the body's role when it is an outlet, a research body or an advocacy group;
- a body owned by another one ("Temple University's communications department"): the owner's role, when it is such
  a body;
- an acronym the article writes before a plural staff noun ("FBI agents", "CBO analysts", "IRS officials"): the body
  whose staff they are, with their role (weak evidence: its expansion or a title wins);
- a capitalised name right before "poll", "survey" or "polling" ("a Zogby poll"): a pollster, an expert source (weak
  evidence, used only when the article gives the name no other role);
- a place the article names with its government ("Israel's prime minister", "Israel's foreign ministry", "the
  government of Israel"; not "Ann Lee's government", which a person may head): the place, when it speaks ("Israel
  condemned"), is its government, an official source (weak evidence, used only when the article gives the name no
  other role).

- a country written as its abbreviation after "the" ("the U.S. condemned", "The UK said"; the forms
  :data:`helpers.measures.role_clauses.PLACE_IN` reads as places): a place that speaks, its government (official,
  the protocol's item 9; issue 12ao-b), as a place the article names "in" already is;
- an acronym left with the closing bracket of "the Norland Transit Agency (NTA)" in its span ("NTA)"): the acronym
  (issue 12ao-b), which the article's expansion gives its role.

- an apposition "one of" a group ("Ann Lee, one of the former officials who ...", "Ann Lee, one of the mayor's
  sons"): the group's role, not that of a role noun inside its owner;
- a head's title coordinated with another before a body ("Ann Lee, president emeritus and senior fellow at the Acme
  Institute", "owner and publisher of the X Monthly"): the body's role when it is a research body, an outlet or an
  advocacy group, else the other title's (the body's when that is a politician's title too: "founder and president of
  Acme Inc.").

- a plural role noun followed by a participle and its object ("Reporters following this story", "Republicans
  defending the bill"): the noun is the head, not a noun of the participle's object (issue 12ar-h);
- a statement named by its owner's role noun ("a 5th Fleet statement", "a police statement"): the owner's role, not
  the official role of "statement" (issue 12ar-h).

Each is a form of the language, not a list of names: no person, outlet, place or organisation decides a role.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Iterator

from .role_forms import BODY_CHAR, HEAD_SPLIT, NAME, OWNER_ROLES

__all__ = ["HYPHEN_TAIL", "SOURCE_TAIL", "BODY_BEFORE_TITLE", "BODY_OWNER", "TWO_CAPS", "GOVERNMENT_OF", "ONE_OF",
           "ONE_OF_NAME", "COORD_TITLES", "STAFFED_ACRONYM", "cut_tail", "with_hyphen_tails",
           "POLL_OWNER", "governed_places", "staffed_acronyms",
           "poll_owners", "group_and_pair_roles", "weak_body_roles", "COUNTRY_ABBREV", "cut_bracket",
           "head_before_participle", "statement_owner"]

HYPHEN_TAIL = re.compile(r"-(?:in-[Cc]hief|at-[Ll]arge|[Ee]lect|[Dd]esignate)(?![\w-])")
"""The hyphenated tail of a title ("-in-chief", "-at-large", "-elect", "-designate")."""
_MONTHS = (r"January|February|March|April|May|June|July|August|September|October|November|December|"
           r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.")
_DAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
SOURCE_TAIL = re.compile(
    rf"(?:\s+(?:in|on|last|this|early|earlier|late|later)\s+(?:{_MONTHS}|{_DAYS}|week|month|year|(?:19|20)\d\d)"
    r"(?:\s+(?:\d{1,2}|(?:19|20)\d\d))?|,?\s+(?:however|also|too|though|then|now|meanwhile|instead|again|still|"
    r"sometimes|often|recently|previously|repeatedly|once|later|earlier|no\s+doubt|for\s+example|for\s+instance|"
    r"in\s+turn|in\s+fact|in\s+particular|at\s+the\s+time))\s*$")
"""A time phrase or adverb at the end of a source phrase ("in December", "however", "no doubt")."""
BODY_BEFORE_TITLE = re.compile(r"((?:[A-Z][\w&.'\u2019-]*\s+(?:(?:of|for|and|the)\s+)*){1,6})$")
"""The capitalised name right before a title, with "of", "for", "and", "the" inside it ("American Federation of
Teachers ")."""
TWO_CAPS = re.compile(r"[A-Z][\w&.'\u2019-]*\s+(?:(?:of|for|and|the)\s+)*[A-Z]")
"""Two capitalised words of one name: a body's name before a title has at least two ("Optum Group": not "Group")."""
BODY_OWNER = re.compile(r"\s*((?:the\s+)?(?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*)(?:'s|\u2019s)\s+[a-z]")
"""A body that starts with its capitalised owner and a possessive ("Temple University's media department")."""
_PLACE = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
GOVERNMENT_OF = re.compile(
    rf"(?<![\w'\u2019.-])({_PLACE})(?:'s|\u2019s)\s+(?:(?:new|current|former|top|interim|caretaker)\s+)?"
    r"(?:prime\s+minister|foreign\s+minister|foreign\s+ministry|defen[cs]e\s+minister|"
    r"defen[cs]e\s+ministry|interior\s+ministry|embassy)(?![\w-])"
    rf"|(?<![\w-])(?:the\s+)?government\s+of\s+({_PLACE})(?![\w'\u2019-])")
"""A place named with its government ("Israel's foreign minister", "the government of North Korea"; a person's
"government" is not read)."""
_GROUP = r"((?:the|his|her|their|its|[A-Z][\w.-]*(?:'s|\u2019s))\s+.{3,80})"
ONE_OF = re.compile(rf"\s*one\s+of\s+{_GROUP}")
"""An apposition or source that is "one of" a group ("one of the former officials", "one of the President's sons")."""
ONE_OF_HEAD = re.compile(rf"\s*(?:[Oo]ne|[Ss]ome|[Mm]any|[Tt]wo|[Tt]hree|[Ss]everal)\s+of\s+{_GROUP}")
"""A source phrase that opens with "one of" (or "some of", "two of") a group ("One of its suppliers, Acme", "some of
the company's workers"; issue 12af-r): the group's head noun gives the role."""
ONE_OF_NAME = re.compile(rf"({NAME}),\s+one\s+of\s+{_GROUP}")
"""A name with a "one of" apposition ("John Rizzo, one of the former officials who ...")."""
COORD_TITLES = re.compile(
    rf"({NAME}),\s+(?:(?:the|a|an)\s+)?((?:(?:founding|executive|managing|former)\s+)?(?:president|chairman|chairwoman|"
    r"chair|director|chief\s+executive|CEO|owner|publisher|founder|co-founder)(?:\s+emeritus)?)\s+and\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+"
    rf"(?:at|of|for)\s+({BODY_CHAR}{{3,80}})")
"""A head's title coordinated with another title before a body ("Ann Lee, president emeritus and senior fellow at the
Acme Institute"): the head's title alone would read as a politician's."""
STAFFED_ACRONYM = re.compile(
    r"(?<![\w.'\u2019-])([A-Z]{2,6})(?:'s|\u2019s)?\s+(?:(?:top|senior|former|federal|career)\s+)?(agents|officers|officials|"
    r"investigators|inspectors|prosecutors|analysts|economists|researchers|scientists|statisticians)"
    r"(?![\w-])")
"""An acronym before a plural staff noun ("FBI agents", "the CBO's analysts")."""
POLL_OWNER = re.compile(r"(?<![\w.'\u2019-])((?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&-]*[a-z][\w&-]*)(?:'s|\u2019s)?\s+"
                        r"(?:poll|polls|survey|surveys|polling)(?![\w-])")
"""A capitalised name right before a poll ("a Zogby poll", "Gallup's survey")."""
COUNTRY_ABBREV = re.compile(r"[Tt]he\s+(U\.S\.|US|U\.K\.|UK)")
"""A country written as its abbreviation after "the" ("the U.S.", "The UK"; issue 12ao-b): the abbreviations
:data:`helpers.measures.role_clauses.PLACE_IN` reads as places. Not without "the" ("US president Ann Lee" cut to
"US", a headline's "U.S. thinks"), nor cut at its full stop ("the U.S": "the U.S. Senate" cut)."""
_ACRONYM_BRACKET = re.compile(r"([A-Z][A-Z&]{1,7})\)")
_NOT_PLACE = frozenset({"The", "This", "That", "His", "Her", "Its", "Their", "Our", "Your", "My", "A", "An"})


def cut_tail(phrase: str) -> str:
    """``phrase`` without the time phrases and adverbs at its end.

    Parameters
    ----------
    phrase : str
        A source phrase ("LaPierre in December", "Adam Schiff however").

    Returns
    -------
    str
        The phrase before its tail ("LaPierre", "Adam Schiff"), or ``phrase`` unchanged when it has none or is
        only a tail.
    """
    cut = phrase
    for _ in range(3):
        m = SOURCE_TAIL.search(cut)
        if not m or m.start() == 0:
            break
        cut = cut[:m.start()]
    return cut if cut.strip() else phrase


def cut_bracket(phrase: str) -> str:
    """``phrase`` without the closing bracket after an acronym that is its whole span ("DOJ)" -> "DOJ"; issue 12ao-b).

    Parameters
    ----------
    phrase : str
        A source phrase.

    Returns
    -------
    str
        The acronym, when ``phrase`` is an acronym of two to eight capitals and a closing bracket; else ``phrase``
        unchanged ("D)", a party tag's letter, and "(R-Texas)" spans are left alone).
    """
    m = _ACRONYM_BRACKET.fullmatch(phrase.strip()) if phrase.rstrip().endswith(")") else None
    return m.group(1) if m else phrase


def with_hyphen_tails(text: str, hits: list) -> list:
    """Role-noun matches of ``text`` with a title's hyphenated tail added ("Editor" -> "Editor-in-Chief").

    Parameters
    ----------
    text : str
        The text the matches were found in.
    hits : list of helpers.text.lexicon.Match
        Its role-noun matches.

    Returns
    -------
    list of helpers.text.lexicon.Match
        The same matches; one followed by a hyphenated tail ends after it and keeps its entry.
    """
    if "-" not in text:
        return hits
    out = []
    for h in hits:
        m = HYPHEN_TAIL.match(text, h.end)
        out.append(replace(h, end=m.end(), text=text[h.start:m.end()]) if m else h)
    return out


def governed_places(sentence: str) -> Iterator[tuple[str, str]]:
    """The places ``sentence`` names with their government.

    Parameters
    ----------
    sentence : str
        One sentence of an article ("Israel's foreign minister called ...").

    Yields
    ------
    (str, str)
        ``(place, evidence)``: the place ("Israel") and the words that show it has a government.
    """
    if "overnment of" not in sentence and "'s " not in sentence and "\u2019s " not in sentence:
        return
    for m in GOVERNMENT_OF.finditer(sentence):
        place = m.group(1) or m.group(2)
        if place.split()[0] not in _NOT_PLACE:
            yield place, m.group(0)


def staffed_acronyms(sentence: str) -> Iterator[tuple[str, str, str]]:
    """The acronyms ``sentence`` writes before a plural staff noun.

    Parameters
    ----------
    sentence : str
        One sentence of an article ("FBI agents searched the house.").

    Yields
    ------
    (str, str, str)
        ``(acronym, staff noun, evidence)``: "FBI", "agents" and the words that show it.
    """
    for m in (STAFFED_ACRONYM.finditer(sentence) if any(c.isupper() for c in sentence[1:]) else ()):
        yield m.group(1), m.group(2), m.group(0)


def poll_owners(sentence: str) -> Iterator[tuple[str, str]]:
    """The names ``sentence`` writes right before a poll or survey.

    Parameters
    ----------
    sentence : str
        One sentence of an article ("A new Zogby poll found ...").

    Yields
    ------
    (str, str)
        ``(name, evidence)``: "Zogby" and the words that show it; a sentence's first word is taken only when it is not
        a determiner or a pronoun.
    """
    if "oll" not in sentence and "urvey" not in sentence:
        return
    for m in POLL_OWNER.finditer(sentence):
        if m.group(1).split()[0] not in _NOT_PLACE:
            yield m.group(1), m.group(0)


def group_and_pair_roles(sentence: str, phrase_role: Callable[[str], str], last_role: Callable[[str], str],
                         body_role: Callable[[str], str]) -> Iterator[tuple[str, str, str]]:
    """The names ``sentence`` gives a "one of" apposition or a head's title coordinated with another.

    Parameters
    ----------
    sentence : str
        One sentence of an article.
    phrase_role, last_role, body_role : callable
        The role of a phrase, of the last role noun of a phrase and of a body a person heads ('' if none), from
        :class:`helpers.measures.source_roles.RoleTagger`.

    Yields
    ------
    (str, str, str)
        ``(name, role, evidence)``. "Ann Lee, one of the former officials": the group's head noun must be a role noun
        (not a document); "Ann Lee, president emeritus and senior fellow at X": X's role when X is a research body, an
        outlet or an advocacy group, else the other title's (X's, when that title is a politician's too).
    """
    for m in (ONE_OF_NAME.finditer(sentence) if " of " in sentence else ()):
        head = HEAD_SPLIT.split(m.group(2), maxsplit=1)[0].split()
        role = last_role(" ".join(head)) if phrase_role(head[-1]) else ""
        if role and role != "document":
            yield m.group(1), role, m.group(0)
    for m in (COORD_TITLES.finditer(sentence) if " and " in sentence else ()):
        body, last = body_role(m.group(4)), phrase_role(m.group(3))
        if last:
            keep = body in OWNER_ROLES or (last == "politician" and body not in ("", "document"))
            yield m.group(1), body if keep else last, m.group(0)


def weak_body_roles(sentence: str, phrase_role: Callable[[str], str]) -> Iterator[tuple[str, str, str]]:
    """Bodies whose type ``sentence`` shows by the nouns around them (weak evidence).

    Parameters
    ----------
    sentence : str
        One sentence of an article.
    phrase_role : callable
        The role of a phrase ('' if none), from :class:`helpers.measures.source_roles.RoleTagger`.

    Yields
    ------
    (str, str, str)
        ``(name, role, evidence)``: an acronym before plural staff nouns takes their role ("FBI agents"), a name
        before a poll is a pollster (expert), a place named with its government is official; names that have a role
        noun of their own ("CNN") are left out.
    """
    for acronym, staff, evidence in staffed_acronyms(sentence):
        if not phrase_role(acronym):
            yield acronym, phrase_role(staff), evidence
    for name, evidence in poll_owners(sentence):
        if not phrase_role(name):
            yield name, "expert", evidence
    for place, evidence in governed_places(sentence):
        yield place, "official", evidence


_PARTICIPLE = re.compile(  # "Reporters following this story": a plural noun, a participle, a determiner or a name
    r"(?<![\w-])[A-Za-z][a-z]{2,}s(?<!\bthis)(?<!\bhas)(?<!\bwas)(?<!\bdoes)(?<!\bits)"
    r"(?=\s+(?!(?:including|excluding|regarding|concerning|according|during|notwithstanding)\s)[a-z]{2,}ing\s+(?:the|a|an|this|that|these|those|his|her|their|its|our|[A-Z])(?![\w-]))")


def head_before_participle(scope: str, hits: Callable[[str], list]) -> str:
    """``scope`` up to a plural role noun that a participle clause follows, or '' if there is none.

    Parameters
    ----------
    scope : str
        The head of a source phrase ("Reporters following this story").
    hits : callable
        The role-noun hits of a text, from :class:`helpers.measures.source_roles.RoleTagger`.

    Returns
    -------
    str
        "Reporters" for "Reporters following this story"; '' when no role noun ends right before the participle
        ("Sources tracking the groups" keeps its whole scope).
    """
    m = _PARTICIPLE.search(scope)
    if not m:
        return ""
    head = scope[: m.end()]
    found = hits(head)
    return head if found and found[-1].end == len(head) else ""


_STATEMENT = re.compile(r"(?:\s*['\u2019]s)?\s+$")


def statement_owner(before: str, noun: str, hits: Callable[[str], list], last_role: Callable[[str], str]) -> str:
    """The role of the role noun written right before "statement" ("a 5th Fleet statement"), '' if none applies.

    Parameters
    ----------
    before : str
        The words of the source phrase before ``noun``.
    noun : str
        The role noun read ("statement").
    hits, last_role : callable
        The role-noun hits of a text and the role of its head noun, from
        :class:`helpers.measures.source_roles.RoleTagger`.

    Returns
    -------
    str
        The owner's role when a role noun other than a document noun ends right before the statement ("a police
        statement": military_police); '' otherwise ("a video statement", "the statement").
    """
    if noun.lower() not in ("statement", "statements"):
        return ""
    cut = _STATEMENT.search(before)
    bare = before[: cut.start()] if cut else ""
    found = hits(bare) if bare else []
    if not found or found[-1].end != len(bare):
        return ""
    role = last_role(bare)
    return "" if role in ("document", "official") else role
