"""Role forms read since issue 12r: patterns that find a role stated away from the usual title or apposition.

'a juror named X', 'Director of National Intelligence X' (a title with its body before the name), the body an
executive heads ('the founding director of the X Center'), outlets named by their place in a sentence ('told KQAB',
'in an interview with Radio X') instead of a list of outlet names, a speaker who speaks of a relative, and link
text repeated after a name. Used by :class:`helpers.measures.source_roles.RoleTagger`; no name of an outlet, site
or country decides anything here.
"""
from __future__ import annotations

import re

__all__ = ["PARTICLE", "NAME", "OWNED_TITLES", "BODY_AFTER", "OUTLET_CUE", "OUTLET_WORD", "OUTLET_NOUN_AFTER", "KIN",
           "SPEAKS", "CAPS_PHRASE", "OWNED_PHRASE", "TITLE_BODY", "BROADCAST_END", "LINK_REPEAT", "NAMED",
           "TITLE_OF_BODY", "cut_link"]

PARTICLE = r"(?:bin|ibn|abu|al|el|de|da|di|du|van|von|ul|ur)"
NAME = (rf"(?:[A-Z][\w'\u2019.-]*)(?:\s+(?:[A-Z][\w'\u2019.-]*|{PARTICLE}-[A-Z][\w'\u2019.-]*|{PARTICLE}(?![\w'\u2019-])"
         rf"(?=\s+[A-Z]))){{0,7}}")
"""A person's name: up to eight capitalised words (bounded, so that a long run of capitalised words is read in linear
time), with particles before a capitalised word ("Abu Bakr al Baghdadi", "Ashraf
al-Kidra", "Ursula von der Leyen" is read up to "von"), never the start of a lower-case word ("Rachel Martin
detailing")."""
OWNED_TITLES = frozenset({"head", "chief", "leader", "founder", "co-founder", "cofounder", "director", "president",
                           "chair", "chairman", "chairwoman", "executive", "chief executive", "ceo", "manager",
                           "vice president", "owner", "publisher"})
"""Titles whose role is their body's when the body is an outlet, a research body, an advocacy group or a campaign
("the founding director of the X Center", "an executive director of the Y Foundation")."""
BODY_AFTER = re.compile(r"\s+(?:of|at)\s+((?:[^,.;()]|(?<=\s[A-Z])\.){3,80})")
OUTLET_CUE = re.compile(
    r"(?:(?<![\w-])(?:told|tells|telling|interview\s+with|interviewed\s+by|speaking\s+(?:to|with|on)|appearing\s+on|"
    r"appeared\s+on|said\s+on|says\s+on|interview\s+on|reported\s+by|broadcast\s+by|published\s+by)\s+)"
    r"((?:[A-Z][A-Za-z&.-]*\s+){0,3}[A-Z][A-Za-z&.-]*)")
"""An outlet named by its place in the sentence: the object of 'told', 'in an interview with', 'speaking to',
'appearing on', 'reported by' ("told NPR", "in an interview with Al Arabiya")."""
OUTLET_WORD = re.compile(r"(?-i:[A-Z]{2,6}(?:-[A-Z]{1,4})?|[A-Z][\w&.-]*\s+(?:News|TV|Television|Radio|Broadcasting|"
                          r"Channel|Network|Times|Post|Tribune|Herald|Gazette|Chronicle|Daily|Magazine))")
"""What the object of an outlet cue must look like to be an outlet: an acronym ("NPR", "KTVU") or a name ending in an
outlet word ("Sky News", "Al Arabiya TV"); not a person ("told Smith")."""
OUTLET_NOUN_AFTER = re.compile(r"(?-i:([A-Z]{2,6}))\s+(?:host|anchor|correspondent|reporter|editor|columnist|"
                                r"contributor|producer|presenter|journalist|news|newscast|broadcast|program|show)(?![\w-])")
"""'NPR host Steve Inskeep', 'CNN anchor ...': an acronym before a journalist's title is an outlet."""
KIN = re.compile(
    r"(?<![\w-])(?:his|her|their|my)\s+(?:late\s+|own\s+|younger\s+|older\s+|elder\s+|eldest\s+|youngest\s+)?"
    r"(?:grand(?:mother|father|parents?|son|daughter|children|child)|mother|father|parents|son|daughter|"
    r"children|child|kids|wife|husband|sister|brother|nephew|niece|aunt|uncle|cousin|fianc[eé]e?|boyfriend|"
    r"girlfriend|granddaughter|grandson)(?:['\u2019]s)?(?![\w-])")
"""A speaker who speaks of his or her own relative ("Gibney said her grandparents ...") is heard as a private
person (weak: any other role the article states wins)."""
SPEAKS = (re.compile(rf"(?<![\w-])({NAME})\s+(?:said|says|told|tells|recalled|recalls|added|wrote|explained)(?![\w-])"),
           re.compile(rf"(?<![\w-])(?:said|says|told|tells|recalled|recalls|added|wrote|explained)\s+({NAME})"))
"""A name before or after a speech verb (two patterns: "Ola Dee told Ben Kay" has two names)."""
CAPS_PHRASE = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,3}")
OWNED_PHRASE = re.compile(r"\s*((?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?"
                           r"(vice\s+president|chief\s+executive|[\w-]+))(?=\s+(?:of|at)\s)", re.IGNORECASE)
"""A phrase or apposition that starts with a title before 'of'/'at' ("executive director of the X Center")."""
TITLE_BODY = re.compile(r"((?:[\w-]+\s+){0,2}?[\w-]+)(?=\s+(?:of|at)\s)")
"""The words of an apposition's title up to 'of'/'at' ("founding director", "executive director")."""
BROADCAST_END = re.compile(r"News|TV|Television|Radio|Network|Channel|Broadcasting")
LINK_REPEAT = re.compile(r"([A-Z][\w'\u2019.-]+)\s+([A-Z][\w'\u2019.-]+)\s+\1(?![a-z])")
"""A name followed by link text that repeats it ("Nancy Pelosi Nancy PelosiMnuchin ...", site furniture): the name
ends before the repetition."""
NAMED = re.compile(rf"\s+(?:named|called)\s+({NAME})")
"""After a role noun: 'named' or 'called' and a name ("a potential juror named Ann Reed")."""
TITLE_OF_BODY = re.compile(
    r"\s+(?:of|to|for)\s+(?:the\s+)?((?:[A-Z][\w&'\u2019.-]*\s+(?:(?:of|and|for|on|the)\s+)?){1,5}?)"
    r"((?:Mr\.|Mrs\.|Ms\.|Dr\.)?[A-Z][\w'\u2019-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'\u2019-]+)(?=\s*[,.;:)]|\s+[a-z])")
"""After a title: 'of'/'to' and a body's name, then the person's name, the last two capitalised words before a
lower-case word or a stop ("Director of National Intelligence James Clapper", "ambassador to the United Nations John
Bolton")."""


def cut_link(phrase: str) -> str:
    """``phrase`` up to a repetition of its first two capitalised words (link text after a name).

    Parameters
    ----------
    phrase : str
        A source phrase or a name ("Nancy Pelosi Nancy PelosiMnuchin emerges").

    Returns
    -------
    str
        The phrase before the repetition ("Nancy Pelosi"), or ``phrase`` unchanged.
    """
    m = LINK_REPEAT.search(phrase)
    return phrase[:m.start() + len(m.group(1)) + 1 + len(m.group(2))] if m else phrase
