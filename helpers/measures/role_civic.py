"""Heads and staff of bodies whose name's head word marks a non-governmental body (issue 12ax-a).

The protocol and ``helpers/data/source_roles.yaml`` type advocacy groups, trade associations, unions, charities and
foundations as ``activist_advocacy``, and their heads and staff take that role. The role reader types a person by the
staff title ("executive director", "general counsel", "CEO", "President") as an official or a politician unless the
body's kind is stated in words around the name (issues 12am-o, 12ap-e, 12au-b); a body written only by its name kept
the title's role. The name's own head word often says the kind: "the X Y Association", "the X Coalition", "X Action",
"the X Fund for Y", "the Committee to Protect X". :func:`civic_head` reads that form:

- a capitalised name (two or more capitalised words, or one and an "of/for/on" tail) whose last capitalised head word
  is one of :data:`CIVIC_HEADS` (Association, Alliance, Coalition, League, Union, Federation, Society, Foundation,
  Fund, Network, Project (with no tail: "the X Project on Y" is a research project), Action, Watch), or "Committee"
  followed by "for" or "to" ("the Committee to Protect X"; not "to Elect", a candidate's campaign);
- not a body of governments or of a state: "Union", "Federation", "League", "Alliance" or "Network" after one word
  only ("the European Union", "the Arab League", "the Russian Federation", "the Food Network"); not a name with a word
  of government, a legislature, a party, the military, a court, a university, a hospital, finance, sport, business or
  the news media (:data:`_NOT_CIVIC`: "the Democratic Governors
  Association", "the City League", "the National Football League", "the International Monetary Fund", "the Fox News
  Network", "the Credit Union");
- the head words left out as unsafe in this population and the yaml's conventions: "Council" (a city's, a security
  council, "the Council of Economic Advisers"), "Center" (a medical or research centre, a government's centre),
  "Conference" (a party's conference in a legislature), "Institute" (a research body: expert), "Group" (a company),
  "Committee" other than "for/to" (a legislature's, a party's).

The hooks in :class:`helpers.measures.source_roles.RoleTagger` change only a role read from an official's or a
politician's title held in such a body ("Ann Lee, general counsel for the X Y Federation", "X Action CEO Ann Lee"); a
spokesperson, a fellow (expert) or a body's role the lexicon gives (an outlet, a research body) stays. No person,
body, outlet or place decides anything.
"""

from __future__ import annotations

import re

__all__ = ["CIVIC_HEADS", "CIVIC_NAME", "civic_head", "civic_role_ok"]

CIVIC_HEADS = ("Association", "Associations", "Alliance", "Coalition", "League", "Union", "Federation", "Society",
               "Foundation", "Fund", "Network", "Project", "Action", "Watch")
"""Head words of a name that mark a non-governmental body (a group, a trade body, a union, a charity)."""

_CAP = r"(?:[A-Z][\w&'\u2019.-]*|[A-Z]\.)"
_LINK = r"(?:of|for|and|the|on|in|to|&)"
CIVIC_NAME = re.compile(
    rf"^(?:[Tt]he\s+)?((?:{_CAP}\s+(?:{_LINK}\s+)*){{0,6}}?)({'|'.join(CIVIC_HEADS)}|Committee(?=\s+(?:for|to)\s))"
    rf"((?:\s+(?:for|of|on|to|in)(?:\s+(?:a|an|the))?\s+(?:{_CAP}|[a-z][\w-]*)(?:\s+(?:{_LINK}\s+)*{_CAP})*)?)"
    r"\s*$"
)
"""A body's whole name: capitalised words, a head word, and an optional tail ("for Religious Liberty")."""

_NOT_CIVIC = re.compile(
    r"(?<![\w-])(?:Government|Governments|Governors?|Mayors|Legislat\w*|Senate|Senators|House|Congress|Congressional|"
    r"Parliament\w*|Assembly|Democratic|Democrats?|Republicans?|GOP|Party|Labour|Tory|Ministry|Ministers|Department|"
    r"Federal|Security|Defen[cs]e|Military|Army|Navy|Police|City|County|Municipal|Court|Judges|University|College|"
    r"School|Hospital|Medical|Monetary|Investment|Investors|Hedge|Pension|Wealth|Capital|Equity|Credit|Bank|Banking|"
    r"Trust|Index|Mutual|Retirement|Development|Infrastructure|Stabilization|Football|Baseball|Basketball|Hockey|Soccer|Athletic|Olympic|News|"
    r"Television|TV|Cable|Broadcast|Broadcasting|Business|Radio|Media|Press|Entertainment|Elect|Re-elect|Reelect|Nations|States|Economic)"
    r"(?![\w-])"
)
"""Words that make a name a government's, a legislature's, a party's, a court's, a university's, a hospital's, a
company's or finance's, a sports league's or the news media's body, or a union of states ("the United Nations
Association" is left out as well: a body of states' name inside it)."""
_STATES_HEADS = ("Union", "Federation", "League", "Alliance", "Network")
"""Head words that also name a union of states after one word ("the European Union", "the Russian Federation", "the
Arab League", "the Atlantic Alliance") or a broadcaster ("the Food Network"): these need two capitalised words or a
tail."""


def civic_head(body: str) -> str:
    """The head word that marks ``body`` as a non-governmental body ("the Norland Retail Federation": "Federation",
    "Harbor Action": "Action", "the Brightwater Fund for Quiet Streets": "Fund", "the Lawyers' Committee for Fair
    Courts": "Committee"; '' if none).

    Parameters
    ----------
    body : str
        The body's name as written after a staff title ("the X Y Association") or before one ("X Action ").

    Returns
    -------
    str
        The head word when the whole name is capitalised words ending in a head word of :data:`CIVIC_HEADS` (or
        "Committee for/to ..."), with an optional "of/for/on ..." tail; the name has a capitalised word before the head
        or a tail ("Harbor Action" yes, "Action" no); a head word of :data:`_STATES_HEADS` has two capitalised words
        or a tail ("the European Union" no); and no word of :data:`_NOT_CIVIC` is in it. '' otherwise.
    """
    body = body.strip().rstrip("'\u2019")
    if len(body) > 120:
        return ""
    m = CIVIC_NAME.match(body)
    if not m or _NOT_CIVIC.search(body):
        return ""
    words, tail = m.group(1), m.group(3).strip()
    if not words.strip() and not tail:
        return ""  # "the Fund", "Action": no name
    if m.group(2) in _STATES_HEADS and len(words.split()) < 2 and not tail:
        return ""  # "the European Union", "the Russian Federation", "the Arab League", "the Food Network"
    if m.group(2) == "Project" and tail:
        return ""  # "the Norland Project on Climate Change": a university's research project (role_titles._ORG_PROJECT)
    return m.group(2)


def civic_role_ok(body: str, body_role: str) -> bool:
    """Does the tagger's role of ``body`` (``body_role``) leave it to :func:`civic_head`?

    Parameters
    ----------
    body : str
        The body's name.
    body_role : str
        The tagger's role of the body's phrase.

    Returns
    -------
    bool
        True when :func:`civic_head` reads the name and its role is none, an official's or a politician's (a title's),
        an advocacy group's or people's, or an outlet's given only by the head word "Network" ("the Judicial Fairness
        Network": the lexicon's TV network); False for an outlet, a research body or a police force named otherwise.
    """
    head = civic_head(body)
    return bool(head) and (body_role in ("", "official", "politician", "activist_advocacy", "ordinary_person")
                           or (body_role == "journalist_media" and head == "Network"))
