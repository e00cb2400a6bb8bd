"""Head titles whose body is named in the same phrase: the body's role (issue 12, rounds 12bk-h and 12bl-h2).

The lexicon's rule for an apposition "Name, head of X" (founder, director, president, chair, leader, owner of X) gives
X's role when the lexicon knows X's head noun ("Ann Cole, president of the National Rifle Association": advocacy).
The same titles with their body written another way kept the title's own role (a president a politician, a chairman
or director an official). This module reads those other ways, with the same result:

- a body noun right before the title, or a body noun's possessive, with at most two modifiers between ("union
  president", "Association president Ann Cole", "the federation's executive director", "the association's president"):
  :func:`body_before_title`;
- "of" and a body's name right after a titled name ("President Ann Cole of the X Association"):
  :func:`titled_name_body`;
- a head title after a name whose body's name holds "and" ("Ann Cole, general secretary of the University and College
  Union"): the head noun of a body's name is its last role noun before any "of", "for" or "on"
  (:func:`named_body_role`), not the first word before "and".

A body noun is one of a closed list of the lexicon's organisation nouns whose head takes the body's role
(:data:`BODY_HEADS`: union, association, federation, company, corporation, firm, bank, lender, university, college;
round 12bl-h2), so a group, a board, a party, a country, a person or a place changes nothing ("President Ann Cole of
Norland", "the country's president", "County Board President Ann Cole"). The body's role is the lexicon's role of its
phrase (:data:`BODY_ROLES`; "union president": advocacy, "company president": an official, "university president": an
expert); a document, an ordinary person or no role changes nothing. No name of an organisation decides anything.
"Leader" is no head title here (:data:`HEAD_TITLES`).
"""
from __future__ import annotations

import re

from . import role_forms as F

__all__ = ["HEAD_TITLES", "BODY_HEADS", "BODY_ROLES", "TITLE_WORDS", "body_before_title", "named_body_role",
           "titled_name_body", "titled_phrase_role", "appositive_head_role", "acronym_before_title"]

HEAD_TITLES = frozenset({"president", "vice president", "vice-president", "chair", "chairman", "chairwoman",
                          "chairperson", "director", "director general", "director-general", "general secretary",
                          "chief executive", "ceo",
                          "founder", "co-founder", "cofounder", "chancellor"})
"""Head titles (lower case, as the lexicon's role nouns match them) of the rule "Name, head of X"
(:data:`helpers.measures.role_forms.HEAD_OF`: founder, head, vice president, director, chief, chair, chairman,
chairwoman, leader, president, general secretary, CEO, chief executive) that are role nouns of their own, and a
university's chancellor (:data:`helpers.measures.role_forms.EXEC_TITLES`). Not "leader" (round 12bl-h, from the
read of 12bk-h: "the group's leader" of a militant group typed advocacy; a leader's body is too often a militant group
or a party). "Head", "owner" and "organizer" are no title
role noun (a body noun before them already gives the phrase its body's role); "executive director" and "managing
director" are read as "director" after a modifier. Not "chief", which the phrase reader also sees cut from "chief of
staff" (an aide) at "of", nor "secretary general": the lexicon's official of an international
body (issue 12t), whatever noun comes before it ("the alliance's Secretary-General")."""

BODY_HEADS = frozenset({"union", "association", "federation", "company", "corporation", "firm", "bank", "lender",
                        "university", "college"})
"""Nouns that name an organisation whose head takes its role (round 12bl-h2: a closed list). Unions, associations and
federations (advocacy), companies, corporations, firms, banks and lenders (official), universities and colleges
(expert). Left out after the reads of 12bk-h and 12bl-h: a group (a militant group, a parliamentary caucus "European
Research Group"), a board (an elected county board), a campaign (a civil-rights group's "campaign director"), a
committee (an aid agency, a county party committee), a centre (a wildlife centre), a party, an agency and the rest of
the lexicon's organisations, whose heads are too often of another kind. Never a government, a council, a commission
or an authority (heads of a government), a country, a place or a person. A body the lexicon names in full ("European
Union", "World Bank": capitalised words of one term) is no body noun either: the lexicon types the body, not its
head."""

BODY_ROLES = frozenset({"politician", "official", "expert", "journalist_media", "activist_advocacy",
                        "military_police"})
"""Roles a body gives its head."""

TITLE_WORDS = (r"(?:[Vv]ice[\s-]+)?[Pp]resident|[Cc]hair(?:man|woman|person)?|(?:[Ee]xecutive\s+|[Mm]anaging\s+)?"
               r"[Dd]irector(?:[\s-]+[Gg]eneral)?|[Gg]eneral\s+[Ss]ecretary|CEO|"
               r"[Cc]hief\s+[Ee]xecutive(?:\s+[Oo]fficer)?|(?:[Cc]o-?)?[Ff]ounder|[Hh]ead|[Cc]hancellor")
"""A head title as written (:data:`HEAD_TITLES`, with "head" and the modifiers of a director)."""

_MODIFIERS = (r"(?i:executive|managing|general|national|deputy|former|founding|interim|acting|current|longtime|then|"
              r"new|outgoing|incoming|international|state|regional|local)")
_BEFORE = re.compile(rf"(?<![\w&.'\u2019-])([A-Za-z][\w&-]*)(?:['\u2019]s|(?<=s)['\u2019])?\s+(?:{_MODIFIERS}\s+){{0,2}}$")
"""The word right before a title, its possessive "'s" and up to two modifiers ("union ", "the association's executive ")."""
_NAME_RUN = re.compile(r"\s*(?:[Tt]he\s+)?([A-Z][\w&.'\u2019-]*(?:\s+(?:[A-Z][\w&.'\u2019-]*|&|of|for|and|on|the))*)")
"""A body's capitalised name, with "of", "for", "and", "on", "the" and "&" inside it."""
_NAME_TAIL = re.compile(r"(?:\s+(?:of|for|and|on|the|&))+$")
_HEAD_CUT = re.compile(r"\s+(?:of|for|on)\s+")
_OF_BODY = re.compile(r"\s+of\s+(?=(?:[Tt]he\s+)?[A-Z])")
"""'of' and a capitalised body's name after a titled name ("President Ann Cole of the X Association")."""
_POSSESSIVE = re.compile(r"['\u2019]s?(?![\w])")
"""A possessive inside a name ("Ann Cole's State"): the name ends before it."""
_TITLED_NAME = re.compile(rf"\s*(?:(?:[Ff]ormer|[Aa]cting|[Ii]nterim)\s+)?(?:{TITLE_WORDS})\s+({F.NAME})")
"""A source phrase that opens with a head title and a name ("President Ann Cole")."""
_APPOS_TITLE = re.compile(rf"\s*(?:(?:the|a|an|its)\s+)?(?:{_MODIFIERS}\s+){{0,2}}(?:{TITLE_WORDS})\s+(?:of|at)\s+(.+)")
"""An apposition that opens with a head title and "of"/"at" its body ("general secretary of the X Union")."""


def _body_head(scope: str, hits, last_role) -> str:
    """The role of ``scope`` when it ends in a body noun of the lexicon (:data:`BODY_HEADS`; '' otherwise)."""
    found = hits(scope)
    if not found:
        return ""
    last = max(found, key=lambda h: h.end)
    words = last.text.lower().split()
    if last.end != len(scope) or not words or words[-1] not in BODY_HEADS or (len(words) > 1 and last.text[:1].isupper()):
        return ""  # "European Union": a body the lexicon names in full
    role = last_role(scope)
    return role if role in BODY_ROLES else ""


def body_before_title(before: str, hits, last_role) -> str:
    """The role of the body named right before a head title ('' if none).

    Parameters
    ----------
    before : str
        The text before the title ("The union ", "the association's executive ").
    hits : callable
        The role nouns of a text (:meth:`helpers.measures.source_roles.RoleTagger._hits`).
    last_role : callable
        The role of a text's last role noun (:meth:`helpers.measures.source_roles.RoleTagger._last_role`).

    Returns
    -------
    str
        The role of the body noun (or its possessive) right before the title, with at most two modifiers between
        ("union president": advocacy; "the company's president": official); '' when the word before is no body noun
        ("the former president", "the country's president") or the body's role is no head's (:data:`BODY_ROLES`).

    Examples
    --------
    >>> from helpers.measures.source_roles import RoleTagger, load_roles
    >>> t = RoleTagger(load_roles())
    >>> body_before_title("Association ", t._hits, t._last_role)
    'activist_advocacy'
    >>> body_before_title("the former ", t._hits, t._last_role)
    ''
    """
    m = _BEFORE.search(before[-160:])
    if not m:
        return ""
    text = before[-160:]
    scope = text[max(0, m.end(1) - 100):m.end(1)]
    return _body_head(scope.split(" ", 1)[-1] if m.end(1) > 100 else scope, hits, last_role)


def named_body_role(body: str, hits, last_role) -> str:
    """The role of a body's capitalised name by its head noun: its last role noun before any "of", "for" or "on".

    Parameters
    ----------
    body : str
        The text after "of" ("the University and College Union, said ...").
    hits, last_role : callable
        As for :func:`body_before_title`.

    Returns
    -------
    str
        The role of the head noun when it is a body noun (:data:`BODY_HEADS`) ending the name's first part ("the
        University and College Union": advocacy; "the University of Norland": expert); '' for a name with no body noun
        ("Norland", "the United States") or a lower-case phrase.

    Examples
    --------
    >>> from helpers.measures.source_roles import RoleTagger, load_roles
    >>> t = RoleTagger(load_roles())
    >>> named_body_role("the Hotel and Lodging Association", t._hits, t._last_role)
    'activist_advocacy'
    >>> named_body_role("Norland", t._hits, t._last_role)
    ''
    """
    m = _NAME_RUN.match(body[:200])
    if not m:
        return ""
    name = _NAME_TAIL.sub("", m.group(1))
    head = _HEAD_CUT.split(name, maxsplit=1)[0]
    return _body_head(head, hits, last_role)


def titled_name_body(text: str, end: int, hits, last_role, name: str = "") -> str:
    """The role of the body named by "of" right after a titled name that ends at ``end`` in ``text`` ('' if none).

    Parameters
    ----------
    text : str
        The sentence or phrase ("President Ann Cole of the X Association said ...").
    end : int
        Where the name after the title ends.
    hits, last_role : callable
        As for :func:`body_before_title`.
    name : str, optional
        The name; one with a possessive is no titled name of a body ("President Ann Cole's State of the Union").

    Returns
    -------
    str
        :func:`named_body_role` of the name after "of" ("the X Association": advocacy; "Norland": '').
    """
    if _POSSESSIVE.search(name):
        return ""
    m = _OF_BODY.match(text, end)
    return named_body_role(text[m.end():], hits, last_role) if m else ""


def titled_phrase_role(phrase: str, hits, last_role) -> str:
    """The role of a source phrase that opens with a head title, a name and "of" a body ('' if none).

    Parameters
    ----------
    phrase : str
        The source phrase ("President Ann Cole of the X Association").
    hits, last_role : callable
        As for :func:`body_before_title`.

    Returns
    -------
    str
        The body's role (:func:`titled_name_body`); '' when the phrase has no such form or the body no body noun
        ("President Ann Cole of Norland").
    """
    m = _TITLED_NAME.match(phrase)
    return titled_name_body(phrase, m.end(1), hits, last_role, m.group(1)) if m else ""


def appositive_head_role(part: str, hits, last_role) -> str:
    """The role of an apposition that opens with a head title and "of"/"at" a body's capitalised name ('' if none).

    Parameters
    ----------
    part : str
        One apposition of a source phrase (" general secretary of the X and Y Union").
    hits, last_role : callable
        As for :func:`body_before_title`.

    Returns
    -------
    str
        :func:`named_body_role` of the body ("the University and College Union": advocacy); '' for another form or a
        body with no body noun ("Secretary-General of the United Nations").
    """
    m = _APPOS_TITLE.match(part)
    return named_body_role(m.group(1), hits, last_role) if m else ""


_ACRONYM_BEFORE = re.compile(r"(?<![\w.&'\u2019-])((?-i:[A-Z][A-Z&]{1,7}))(?:['\u2019]s)?\s+"
                             r"(?:(?:Deputy|Acting|Interim|Executive|National|General)\s+)?$")
"""An acronym right before a head title ("NTU President", "the NTU's Executive Director")."""


def acronym_before_title(before: str, title: str) -> str:
    """The acronym written right before a head title, or '' (round 12bs-a).

    Parameters
    ----------
    before : str
        The text before the title ("... said NTU ").
    title : str
        The title's words as the lexicon matched them ("President").

    Returns
    -------
    str
        The acronym ("NTU") when ``title`` is one of :data:`HEAD_TITLES` and an acronym of 2-8 capitals stands right
        before it; ''. The caller decides from the article's memory of the acronym's body whether its role counts
        (an advocacy group, a research body or an outlet: "NTU President Ann Lee" after "the Northern Teachers Union
        (NTU)"); an acronym the article does not define ("U.S. President", "DNC chair") gives nothing.
    """
    if " ".join(title.lower().split()) not in HEAD_TITLES:
        return ""
    m = _ACRONYM_BEFORE.search(before)
    return m.group(1) if m else ""
