"""Staff of bodies the article says are advocacy groups (issue 12au-b).

:mod:`helpers.measures.role_titles` gives a person with a staff title ("executive director", "founder", "chief
counsel") in a body the body's kind when the body's name or the article says what the body is; otherwise the title
stands and the person is an official. Judged draws found heads and staff of advocacy groups typed ``official`` where
the text does say what the body is, in forms the rules did not read:

- a kind word written before the body's name, inside the staff title's body ("director at the nonprofit group X",
  "president of the conservative X", "founder of the advocacy group X"): :func:`kind_before_name`;
- an apposition of the body inside the source phrase itself ("Ann Lee, managing director for X, an advocacy group
  for tenants"): the article's sentences are not read for a phrase that has a role noun, so the apposition the
  article learns elsewhere is not seen (:func:`described_in_phrase`);
- a relative clause saying what the body campaigns for, with verbs the earlier rule did not list ("X, which supports
  ...", "which opposes", "which promotes"): :func:`advocates_after`;
- an apposition with "another" or a name with lower-case linking words ("Color of Change, another group urging
  ..."), and a list after "groups like/such as/including" ("new groups like X and Y"): :func:`listed_groups`.

Every rule is a form of English; no person, body, outlet or place decides anything. A body named bare with no such
words ("Ann Lee, state director of AARP", "Harbor Rising CEO Ann Lee") keeps the title's role; a name whose head
word marks a non-governmental body ("Heritage Action CEO Ann Lee") is read by :mod:`helpers.measures.role_civic` (issue 12ax-a).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

__all__ = [
    "KIND_BEFORE_NAME",
    "kind_before_name",
    "described_in_phrase",
    "ADVOCATES_AFTER",
    "advocates_after",
    "listed_groups",
]

_LEAN = r"(?:conservative|liberal|progressive)"
_CAUSE = (
    r"(?:nonprofit|non-profit|not-for-profit|advocacy|activist|grassroots|civil[\s-]rights|human[\s-]rights|"
    r"[a-z]+(?:-[a-z]+)*-rights|(?:pro|anti)-[a-z]+(?:-[a-z]+)*|gun-control|gun-rights)"
)
_GROUP = r"(?:group|organi[sz]ation|coalition|nonprofit|non-profit|alliance|network|campaign)"
_ADVOCACY_KIND = r"(?:nonprofit|non-profit|not-for-profit|advocacy|activist|grassroots)"
"""Cause words that name a kind of body (review r12au): before a name typed by an official's noun only these (or a
group noun) say it is an advocacy group; "the anti-corruption Commission" and "the human-rights Commission" are a
government's bodies named in lower case."""
KIND_BEFORE_NAME = re.compile(
    rf"(?:(?:the|a|an)\s+)?((?:(?:{_LEAN}|{_CAUSE}|political|nonpartisan|non-partisan|national|state|local)\s+)*?"
    rf"(?:{_LEAN}|{_CAUSE})(?:\s+(?:advocacy\s+|activist\s+|political\s+)?{_GROUP})?)\s+(?=[A-Z0-9])"
)
"""A kind word before a body's capitalised name: "the nonprofit group ", "the conservative ", "the advocacy group "."""
_OTHER_KIND = re.compile(r"(?i)think\s+tank|institute|university|college|company|firm|corporation|agency|party")


def kind_before_name(body: str, body_role: Callable[[str], str]) -> str:
    """``"activist_advocacy"`` if the body of a staff title opens with a kind word of an advocacy group before its
    name ("the nonprofit group X", "the conservative X", "the immigrant-rights group X"), else ``""``.

    Parameters
    ----------
    body : str
        The body of a staff title as written after the title ("the nonprofit group Families First").
    body_role : callable
        The tagger's role of a body's phrase.

    Returns
    -------
    str
        ``"activist_advocacy"`` when the words before the name are a political leaning ("conservative", "liberal",
        "progressive") or a cause word ("nonprofit", "advocacy", "X-rights", "anti-X") and the name itself has no role
        noun of another kind (a research body, an outlet, a party, a company: "the conservative X Institute" stays
        the institute's); a name typed by its own noun (an official's or an advocacy body's: "Council", "Foundation")
        only after a word of a body's kind (nonprofit, advocacy, activist, grassroots) or a group noun ("the nonprofit X
        Foundation"; not "the conservative X Foundation", a think tank as often: issue 12ap-e's test and this round's
        read; not "the anti-corruption Commission", a government's body typed official); never a name whose head noun
        is violent ("the pro-government Militia"); ``""`` otherwise.
    """
    m = KIND_BEFORE_NAME.match(body.strip())
    if not m or _OTHER_KIND.search(m.group(1)):
        return ""
    name = re.split(r"\s+(?:that|who|which|whose)\s", body.strip()[m.end():], maxsplit=1)[0]  # "... X that backed"
    if not name or _OTHER_KIND.search(name):
        return ""
    if _VIOLENT.search(name.split()[-1]):
        return ""  # review r12au: "the pro-government Militia" is no advocacy group ("the anti-gang group X" may be)
    role = body_role(name)
    if role in ("", "ordinary_person"):
        return "activist_advocacy"  # "Families First": a plural noun of people is no ordinary person here
    if role in ("official", "activist_advocacy") and re.search(rf"{_ADVOCACY_KIND}|{_GROUP}", m.group(1)):
        return "activist_advocacy"  # "the nonprofit Council for X"; not "the conservative Supreme Court"
    return ""  # "the conservative X Foundation": a leaning alone does not tell an advocacy group from a think tank


def _after_name(text: str, body: str, pattern: re.Pattern) -> re.Match | None:
    """The first match of ``pattern`` right after an occurrence of ``body`` (without a leading "The") in ``text``.

    Review r12au: the same as searching ``text`` for the body's escaped name followed by ``pattern``, without
    compiling a new expression for every body (a long article names thousands of bodies: the module cache of
    :mod:`re` holds 512 and compiling the alternation costs about 1 ms).
    """
    name = re.sub(r"^[Tt]he\s+", "", body.strip())
    if not name:
        return None
    at = text.find(name)
    while at >= 0:
        m = pattern.match(text, at + len(name))
        if m:
            return m
        at = text.find(name, at + 1)
    return None


_APPOS_KIND = (
    r",\s+(?:a|an|another)\s+((?:(?!of\s|at\s|with\s)[\w()'\u2019-]+\s+){0,5}?"
    r"(?:group|nonprofit|non-profit|not-for-profit|organi[sz]ation|coalition|charity|watchdog|alliance))(?![\w-])"
)
_APPOS_KIND_RE = re.compile(_APPOS_KIND)
_VIOLENT = re.compile(r"(?i)milit|terror|armed|rebel|insurg|jihad|extrem|separat|gang|criminal|guerr")
_ADVOCACY_WORD = re.compile(
    r"(?i)(?<![\w-])(?:nonprofit|non-profit|not-for-profit|advocacy|activist|grassroots|[\w-]*rights|"
    r"conservative|liberal|progressive|(?:pro|anti)-[\w-]+)(?![\w-])"
)


def described_in_phrase(body: str, phrase: str) -> bool:
    """Does ``phrase`` itself describe the body of its staff title as an advocacy group, in an apposition right after
    the body ("Ann Lee, director for X, an advocacy group for tenants"; "X, a nonprofit organization")?

    Parameters
    ----------
    body : str
        The body of the staff title (:func:`helpers.measures.role_titles.staff_body`).
    phrase : str
        The whole source phrase.

    Returns
    -------
    bool
        True when the apposition's group noun has a word of advocacy before it (nonprofit, advocacy, X-rights, a
        political leaning); False for a bare "a group" or "a network" (a consultancy or a trade body as often).
    """
    m = _after_name(phrase, body, _APPOS_KIND_RE)
    return bool(m and _ADVOCACY_WORD.search(m.group(1)) and not _VIOLENT.search(m.group(1)))


ADVOCATES_AFTER = (
    r",?\s+which\s+(?:(?:also|now|long|has\s+long|has|have)\s+)?"
    r"(?:supports|opposes|promotes|backs|champions|defends|represents|advocates|lobbies|campaigns|fights|pushes|"
    r"seeks\s+to|aims\s+to|works\s+to|works\s+for|has\s+(?:pushed|fought|lobbied|campaigned))(?![\w-])"
)
"""A relative clause of advocacy after a body: ", which supports ...", "which opposes", "which has long pushed"."""
_ADVOCATES_AFTER_RE = re.compile(ADVOCATES_AFTER)


def advocates_after(text: str, body: str) -> bool:
    """Does ``text`` follow the body of a staff title with a relative clause of advocacy ("the founder of X, which
    supports a path to citizenship")?

    Parameters
    ----------
    text : str
        The text after a name (the apposition with the staff title and what follows).
    body : str
        The body of the staff title.

    Returns
    -------
    bool
        True for ", which supports/opposes/promotes/backs/champions/defends/represents ..."; False for other clauses
        (", which since its founding has heard from ...").
    """
    return bool(body.strip()) and _after_name(text, body, _ADVOCATES_AFTER_RE) is not None


_NAME = r"(?:[A-Z0-9][\w&'\u2019.-]*)(?:\s+(?:(?:of|for|to|the|and|on)\s+)*[A-Z0-9][\w&'\u2019.-]*){0,5}"
_ANOTHER = re.compile(rf"(?<![\w&'\u2019.-])({_NAME}){_APPOS_KIND}")
"""A name before an apposition of a group noun; it starts at a word's start (review r12au: tried at every letter of a
long capitalised token, the search was quadratic in the token's length)."""
_GROUPS_LIKE = re.compile(
    r"(?<![\w-])((?:[\w-]+\s+){0,2}?)(?:groups|organi[sz]ations|nonprofits|coalitions)\s+(?:like|such\s+as|including)\s+"
    rf"((?:the\s+)?{_NAME}(?:\s*,\s+(?:the\s+)?{_NAME}){{0,4}}(?:,?\s+(?:and|or)\s+(?:the\s+)?{_NAME})?)"
)
_SPLIT_LIST = re.compile(r"\s*,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+(?=(?:the\s+)?[A-Z0-9])")


def listed_groups(sentence: str, phrase_role: Callable[[str], str]) -> Iterator[str]:
    """The bodies ``sentence`` says are advocacy groups: a name with "another" or lower-case linking words before an
    apposition of a group noun with a word of advocacy or a verb ("Color of Change, another group urging ..."), and the
    names listed after "groups like/such as/including" ("new groups like Run Ahead and Civic Path").

    Parameters
    ----------
    sentence : str
        One sentence of an article.
    phrase_role : callable
        The tagger's role of a phrase.

    Yields
    ------
    str
        Each body's name, without a leading "The"; not a name with a role noun of its own, not after a violent
        modifier ("militant groups like ...") or a kind of body that is not advocacy ("business groups", "news
        organizations": their words have a role noun of another kind).
    """
    if "group" in sentence or "organi" in sentence:
        for m in _ANOTHER.finditer(sentence):
            words = m.group(2)
            if _VIOLENT.search(words) or phrase_role(words) != "activist_advocacy":
                continue
            if not (_ADVOCACY_WORD.search(words) or re.search(r"(?<![\w-])another\s", sentence[m.end(1):m.end()])):
                continue  # "X, a consulting group": only "another group" (after a group named before) or an advocacy word
            name = re.sub(r"^[Tt]he\s+", "", m.group(1))
            if " of " in name or " for " in name or " to " in name:  # "Color of Change"; a plain name is read already
                yield name
            elif re.search(r"(?<![\w-])another\s", sentence[m.end(1):m.end()]):
                yield name
    if " like " in sentence or " such as " in sentence or " including " in sentence:
        for m in _GROUPS_LIKE.finditer(sentence):
            mods = m.group(1)
            if _VIOLENT.search(mods) or phrase_role(mods.strip()) not in ("", "activist_advocacy"):
                continue  # "militant groups like X", "news organizations such as X"
            for name in _SPLIT_LIST.split(m.group(2)):
                name = re.sub(r"^[Tt]he\s+", "", name.strip())
                if name and not phrase_role(name):
                    yield name
