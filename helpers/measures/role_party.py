"""Issue 12bc-p: the officers of a political party or of a party's body are politicians.

The role protocol's item 3 reads "a minister, cabinet secretary, legislator, candidate, campaign or party officer"
as a politician. The lexicon types a party ("the state party", "the Ohio Democratic Party") and a party's body ("the
Republican National Committee", "the House Democratic Caucus") as politicians, but an officer title written after
the body ("a state party executive director", "the party's executive director", "the Norland National Committee
chairman") was read by its head noun alone (director, chairman: an official). This module reads such a title with the
body before it:

* :func:`party_officer` - an officer title (chair, chairman, chairwoman, director, executive, officer, general
  secretary, secretary general) right after a party word ("party", "Party", "GOP") or a capitalised committee,
  caucus or conference name whose phrase the lexicon types as a politician, with or without a possessive and with
  up to two lower-case modifiers between ("the party's finance director", "GOP executive director");
* :func:`party_chair` - a chair noun right after a party adjective ("the Democratic chairman of the judiciary
  committee", "a former Nevada GOP chairman"; round 12bp-p), unless a board or commission is named before it;
* :func:`party_staff` - a source phrase whose head holds a campaign or party word before a staff noun ("campaign
  officials", "a senior Senate GOP aide", "one political adviser"; round 12cj): a campaign's or a party's staff, whom
  the protocol's items 3 and 8 read as politicians;
* :func:`acronym_officer` - the same title after an acronym that the article itself learnt for a party body (from
  the body's full name, "Norland National Committee" -> "NNC", or from "(NNC)" after it): "NNC Chairman Ann Lee".
  An acronym the article never expands gives nothing.

A spokesperson-type title ("communications director", "press secretary") is another lexicon entry and keeps its
role; an executive director of any other body (a charity, an agency, a company) is untouched. All forms of English,
no names; written by the team, not from any corpus.
"""
from __future__ import annotations

import re
from typing import Callable

__all__ = ["OFFICER_TITLES", "party_officer", "party_chair", "party_staff", "acronym_officer", "acronym_body",
           "body_acronyms"]

OFFICER_TITLES = frozenset({"chair", "chairman", "chairwoman", "director", "executive", "officer", "general secretary",
                            "secretary general", "secretary-general"})
"""Official-role titles that are a party officer's when a party body owns them ("vice chair", "executive director",
"finance director", "political director" and "chief operating officer" end in one of them)."""

_MODS = (r"((?:(?:[a-z][a-z-]+|(?-i:Executive|Finance|Political|Deputy|Vice|National|State|Field|Operations|Research|"
         r"Policy|Legislative|Interim|Acting))\s+){0,2})")
"""Up to two lower-case modifiers between the body and the title ("executive", "finance", "deputy political"), or
capitalised title words of a title written before a name ("Executive Director Ann Lee")."""
_PARTY_WORD = re.compile(rf"(?<![\w-])(?:[Pp]arty|GOP)(?:['\u2019]s)?\s+{_MODS}$")
"""A party word right before the title ("state party executive", "the party's", "the Norland GOP")."""
_EVERYDAY_PARTY = re.compile(r"(?<![\w-])(?:third|wedding|search|rescue|birthday|dinner|working|hunting|boarding|"
                             r"landing|raiding|house|garden|launch|block|pool|watch|slumber|costume|bachelor|"
                             r"bachelorette|release|injured|guilty|responsible|aggrieved|interested|contracting)\s+$",
                             re.IGNORECASE)
"""A word before "party" that gives it an everyday sense ("a third party", "the wedding party", "the search party";
review r12bc): no political party, so no party officer."""
_BODY = re.compile(rf"((?:[A-Z][\w.'\u2019-]*\s+){{0,5}}(?:Committee|Caucus|Conference))(?:['\u2019]s)?\s+{_MODS}$")
"""A capitalised committee, caucus or conference name right before the title (its phrase must be a politician's)."""
_ACRONYM = re.compile(rf"(?<![\w.-])([A-Z]{{2,6}})(?:['\u2019]s)?\s+{_MODS}$")
"""An acronym right before the title ("NNC", "the NNC's")."""
_NOT_MOD = frozenset({"and", "or", "of", "for", "at", "to", "in", "on", "by", "with", "from", "the", "a", "an", "who",
                      "which", "said", "says", "told", "former"})
"""Words that are no modifier of the title: a gap with one of them is no compound ("the party and its director")."""
_PAST = re.compile(r"(?<![\w-])(?:former|ex|onetime|one-time|then|erstwhile|past|previous)(?![\w])", re.IGNORECASE)
"""A past office before the body ("the former Norland National Committee chairman"): left to the rest of the reader,
since an article often quotes a former party officer in a later office (restricted after the first population read,
seed 2600: a former national committee chairman quoted as a White House chief of staff)."""
_JOINS = frozenset({"of", "for", "and", "on"})
"""Words after which a "the" is inside a body's name ("Party of the National Union")."""
_CLAUSE_END = re.compile(r"[,;:.()\"\u201c\u201d]")


def _past(prefix: str) -> bool:
    """Does the noun phrase that ends in ``prefix`` (the text before the body) mark a past office?"""
    return bool(_PAST.search(_CLAUSE_END.split(prefix[-60:])[-1]))


def _mods_ok(gap: str) -> bool:
    """Are the words of ``gap`` (between the body and the title) modifiers?"""
    return not any(w in _NOT_MOD for w in gap.split())


def _title_ok(noun: str) -> bool:
    return " ".join(noun.lower().split()) in OFFICER_TITLES


def party_officer(before: str, noun: str, phrase_role: Callable[[str], str]) -> bool:
    """Is role noun ``noun`` (an official's title) a party officer's, read with the words ``before`` it?

    Parameters
    ----------
    before : str
        The text right before the title ("a state party executive ", "the Norland National Committee ").
    noun : str
        The title as written ("director", "Chairman").
    phrase_role : callable
        The lexicon's role of a phrase (:meth:`RoleTagger.phrase_role`).

    Returns
    -------
    bool
        True when a party word or a capitalised committee, caucus or conference typed as a politician stands right
        before the title, with an optional possessive and up to two lower-case modifiers, and no past marker
        ("former", "then", "onetime") stands before the body in its noun phrase, nor a word that gives "party" an
        everyday sense ("third", "wedding", "search").
    """
    if not _title_ok(noun):
        return False
    tail = before[-120:]
    m = _PARTY_WORD.search(tail)
    if m:
        return _mods_ok(m.group(1)) and not _past(tail[:m.start()]) and not _EVERYDAY_PARTY.search(tail[:m.start()])
    m = _BODY.search(tail)
    return bool(m and _mods_ok(m.group(2)) and not _past(tail[:m.start()])
                and phrase_role(m.group(1).strip()) == "politician")


_PARTY_ADJ = r"(?:Democratic|Republican|Democrat|GOP)"
"""The US party adjectives read before a chair noun (:func:`party_chair`) and a staff noun (:func:`party_staff`)."""
_PARTY_BEFORE_CHAIR = re.compile(rf"(?<![\w-]){_PARTY_ADJ}\s+(?:co-?)?$")
"""A party adjective right before a chair noun ("the Democratic chairman", "Republican co-chair")."""
_AGENCY_BEFORE = re.compile(r"(?<![\w-])(?:[Bb]oard|[Cc]ommission)(?:['\u2019]s)?(?![\w-])")
"""A board or commission before the chair: a partisan seat on an agency ("the elections board's Democratic
co-chairman"), an official."""


def party_chair(before: str, noun: str) -> bool:
    """Round 12bp-p: is chair noun ``noun`` (lower case) a party's or a legislator's, read with the words ``before`` it?

    Unlike :func:`party_officer`, a past marker does not stop it ("a former Nevada GOP chairman"): the fresh reads of
    round 12bp-p judged such chairs politicians (4 of its 6 rows), the article giving no later office.

    Parameters
    ----------
    before : str
        The text before the noun (its last 60 characters are read).
    noun : str
        The role noun, lower case ("chairman", "chairwoman", "chair").

    Returns
    -------
    bool
        True when a party adjective (Democratic, Republican, Democrat, GOP) stands right before the noun, perhaps with
        "co-" ("the Democratic chairman of the judiciary committee", "GOP co-chair"), and no board or commission is
        named before it ("the state elections board's Democratic co-chairman" is an agency's official).
    """
    if noun not in ("chairman", "chairwoman", "chair"):
        return False
    tail = before[-60:]
    m = _PARTY_BEFORE_CHAIR.search(tail)
    return bool(m) and not _AGENCY_BEFORE.search(tail, 0, m.start())


def acronym_officer(before: str, noun: str, acronyms: set[str]) -> bool:
    """Is ``noun`` an officer title of a party body named by an acronym the article learnt (``acronyms``, upper case)?

    Parameters
    ----------
    before : str
        The text right before the title ("NNC ", "the NNC's finance ").
    noun : str
        The title as written.
    acronyms : set of str
        Acronyms of bodies the article typed as politicians (see :func:`acronym_body`).

    Returns
    -------
    bool
    """
    if not acronyms or not _title_ok(noun):
        return False
    tail = before[-60:]
    m = _ACRONYM.search(tail)
    return bool(m and m.group(1) in acronyms and _mods_ok(m.group(2)) and not _past(tail[:m.start()]))


def acronym_body(body: str, acronyms: set[str]) -> bool:
    """Is ``body`` ("the NNC") one of the article's party-body acronyms?

    Parameters
    ----------
    body : str
        The words before an officer title, "the" allowed ("the NNC", "NNC").
    acronyms : set of str
        The party-body acronyms the article gives (:func:`body_acronyms`).

    Returns
    -------
    bool
        True when ``body`` is one word, after "the" is dropped, and that word is in ``acronyms``.
    """
    words = [w for w in body.split() if w.lower() != "the"]
    return len(words) == 1 and words[0] in acronyms


def body_acronyms(name: str, given: str | None = None) -> set[str]:
    """The acronyms an article's name of a body gives: the one in parentheses after it ("(NNC)") and the initials of
    its capitalised words, three or more, for the name and for its part after its last "the" that follows no "of",
    "for", "and", "on" ("Yesterday the Norland National Committee": "YNNC" and "NNC"; no other tail: "Liberal
    Democratic Party of Norland" gives "LDPN", not "DPN", review r12bc).

    Parameters
    ----------
    name : str
        The body's name as matched (it may end in the parenthesised acronym).
    given : str, optional
        The acronym written in parentheses after the name.

    Returns
    -------
    set of str
    """
    found = {given.strip()} if given and given.strip().isupper() else set()
    words = re.sub(r"\s*\([^)]*\)\s*$", "", name).split()
    cut = max((i + 1 for i, w in enumerate(words) if w.lower() == "the" and (i == 0 or words[i - 1] not in _JOINS)),
              default=0)  # review r12bc: only a tail after "the", not every tail ("Party of Russia" is no "PR")
    for part in (words, words[cut:]):
        initials = "".join(w[0] for w in part if w[:1].isupper())
        if len(initials) >= 3:
            found.add(initials)
    return found


_CAMP_WORD = rf"(?:[Cc]ampaign|[Pp]olitical|[Pp]arty|{_PARTY_ADJ}|Labour|Tory|Conservative)"
_STAFF = r"(?:officials?|aides?|advis[eo]rs?|staffers?|staff|operatives?)"
_STAFF_GAP_STOP = frozenset({"of", "for", "at", "to", "in", "with", "and", "or", "from", "by", "on", "republic",
                             "guard"})
_CAMP_STAFF = re.compile(rf"(?<![\w-]){_CAMP_WORD}\s+((?:[\w'\u2019-]+\s+){{0,3}}?){_STAFF}(?![\w-])")
"""A campaign or party word, up to three words, a staff noun ("campaign officials", "Senate GOP aide")."""


def party_staff(phrase: str) -> bool:
    """Is a source phrase a campaign's or a party's staff (round 12cj)?

    Parameters
    ----------
    phrase : str
        A source phrase ("Two top campaign officials", "a senior Senate GOP aide", "Ann Lee's political aide, Ben
        Kay").

    Returns
    -------
    bool
        True when the phrase's head (up to its first comma) holds a campaign or party word -- campaign, political,
        party, GOP, Democratic, Republican, Democrat, Labour, Tory, Conservative (the names capitalised) -- followed,
        with at most three words between and none of them a preposition, conjunction, "Republic" or "Guard", by a
        staff noun (official, aide, adviser or advisor, staffer, staff, operative, or their plurals); False otherwise
        ("Democratic Republic of Congo officials", "Republican Guard officials", "the campaign and city officials",
        "a conservative aide", "election officials").
    """
    head = phrase.split(",", 1)[0]
    for m in _CAMP_STAFF.finditer(head):
        if not any(w.lower() in _STAFF_GAP_STOP for w in m.group(1).split()):
            return True
    return False
