"""How an article refers back to its sources: unnamed people, bare organisations, prose (issue 12ab-r).

:class:`helpers.measures.source_roles.RoleTagger` reads titles and appositions next to a name. This module holds the
article-level cues it uses when the name alone says too little:

- an unnamed source introduced as "people familiar with the talks" or "an employee who asked not to be named" and
  then quoted as "the person" or "the people" is anonymous (:data:`ANON_INTRO`, :data:`UNNAMED_BACKREF`);
- a person who heads a body named bare ("Ann Lee, executive director of Fair Ballot Now") is read as an official
  by default; when the article refers to a group ("the group", "the nonprofit", "the watchdog", "the coalition")
  that body is an advocacy group, and its head an activist/advocate (:data:`GROUP_REF`);
- a person introduced by where they live ("Ann Lee, who lives in Dayton") is an ordinary person (weak evidence,
  :data:`LIVES_IN`);
- a candidate introduced as a party's or a candidate's "pick" for an office ("vice presidential pick Ann Lee") is a
  politician (:data:`PICK`).

Every rule is a form of English, not a list of names: no person, outlet, site or country decides anything.
"""
from __future__ import annotations

import re

from .role_forms import NAME

__all__ = ["ANON_INTRO", "CUT_NAME", "UNNAMED_BACKREF", "GROUP_REF", "LIVES_IN", "PICK"]

ANON_INTRO = re.compile(
    r"(?<![\w-])(?:people|persons?|individuals?|sources?|employees?|officials?|staff(?:ers)?|aides?|members?)\s+"
    r"(?:(?:directly|closely)\s+)?(?:familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on|"
    r"who\s+(?:asked|requested|spoke|insisted|declined\s+to\s+be|did\s+not\s+want|didn't\s+want)(?![\w-])|"
    r"not\s+authori[sz]ed\s+to)", re.IGNORECASE)
"""An unnamed source introduced as one ("two people familiar with the plan", "an aide who asked not to be named")."""

UNNAMED_BACKREF = re.compile(r"(?:the|that|this|one|both|each|another|the\s+other)\s+(?:of\s+the\s+)?"
                             r"(?:person|people|persons|individual|individuals)", re.IGNORECASE)
"""A bare reference back to an unnamed person ("the person", "one of the people", "the other person")."""

GROUP_REF = re.compile(
    r"(?<![\w-])(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Aa])\s+(?:(?:advocacy|activist|campaign|civil[\s-]rights|"
    r"conservative|liberal|progressive|grassroots|nonpartisan|non-partisan|watchdog|nonprofit|non-profit|"
    r"voting|voter|legal)\s+){0,2}(?:group|nonprofit|non-profit|watchdog|coalition)(?:'s|\u2019s)?(?![\w-])")
"""An article's reference to a group ("the group", "the nonprofit", "a conservative watchdog", "the coalition's")."""

LIVES_IN = re.compile(rf"({NAME}),\s+(?:\d{{1,3}},\s+)?who\s+(?:now\s+|still\s+)?(?:lives|lived|has\s+lived|"
                      rf"grew\s+up|resides)\s+(?:in|on|near|outside|with)\s")
"""A person introduced by where they live ("Ann Lee, who lives in Dayton"): an ordinary person (weak)."""

PICK = re.compile(rf"(?<![\w-])(?:[Vv]ice[\s-]+presidential|[Pp]residential|[Rr]unning[\s-]+mate|[Rr]unning-mate)"
                  rf"\s+(?:pick|choice|nominee)\s+({NAME})")
"""A candidate named as a pick for an office ("vice presidential pick Ann Lee"): a politician."""

CUT_NAME = re.compile(r"\.\s*[\w(]")
"""A body's name cut at an abbreviation's full stop ("head of U.S. counterintelligence"): not a name named bare."""
