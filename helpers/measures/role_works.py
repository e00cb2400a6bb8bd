"""Round 12bq-l: authors of a work, and an academic unit of a university.

Two source phrases the lexicon read by the wrong noun:

* :func:`authors_role` - the author or authors of a work take a role of their own, not the work's: "the study's
  authors", "the authors of a new report", "one of the paper's co-authors" are researchers (an expert), while "the
  bill's author" or "the authors of the amendment" wrote legislation (a politician, protocol item 3's legislator).
  The lexicon types the bare "author" as an expert already; without this reader the document noun in the phrase
  ("study", "bill") was the only role noun and won.
* :func:`academic_unit_role` - a department, school, faculty or programme "at" or "of" a named university or college
  is an academic unit ("the political science department at the University of Evansville"), an expert, not the
  government department the noun names on its own.

The author of a news article is a journalist and is read by
:func:`helpers.measures.role_titles.author_of_work_role` first. All forms of English, no names; written by the team
from general usage, not from any corpus.
"""
from __future__ import annotations

import re

__all__ = ["LEGISLATION_NOUNS", "RESEARCH_NOUNS", "authors_role", "academic_unit_role"]

LEGISLATION_NOUNS = ("bill", "bills", "law", "laws", "legislation", "amendment", "amendments", "measure", "measures",
                     "resolution", "resolutions", "act", "ordinance", "ballot measure", "ballot initiative")
"""Works whose authors are legislators."""
RESEARCH_NOUNS = ("study", "studies", "report", "reports", "paper", "papers", "survey", "surveys", "analysis",
                  "analyses", "research", "book", "books", "review", "assessment")
"""Works whose authors are read as experts (researchers, scholars, writers)."""

_AUTHOR = r"(?:co-?)?authors?"
_WORK = r"({})"
_LEG = _WORK.format("|".join(re.escape(w).replace(r"\ ", r"\s+") for w in LEGISLATION_NOUNS))
_RES = _WORK.format("|".join(RESEARCH_NOUNS))
_MODS = r"(?:[\w.'\u2019-]+\s+){0,5}?"
_OWNED = re.compile(rf"^(?:(?:the|a|an|one|two|three|several|some|both|all|two\s+of\s+the|one\s+of\s+the|one\s+of\s+its|"
                    rf"one\s+of\s+their)\s+)?{_MODS}(?P<work>[a-z]+)(?:'s|\u2019s|')\s+(?:[a-z-]+\s+)?{_AUTHOR}"
                    rf"(?![\w-])", re.IGNORECASE)
"""'the study's authors', 'the new report's lead author', 'one of the paper's co-authors'."""
_OF = re.compile(rf"^(?:[\w.'\u2019-]+\s+){{0,4}}?{_AUTHOR}\s+(?:of|behind)\s+(?:the|a|an|this|that|its|their|his|her)?\s*"
                 rf"{_MODS}(?P<work>{_LEG[1:-1]}|{_RES[1:-1]})(?![\w-])", re.IGNORECASE)
"""'the authors of a new report', 'the author of the bill', 'authors behind the ballot measure'."""
_LEG_RE = re.compile(rf"^{_LEG}$", re.IGNORECASE)
_RES_RE = re.compile(rf"^{_RES}$", re.IGNORECASE)


def authors_role(phrase: str) -> str:
    """The role of a source phrase headed by the author(s) of a work, from the kind of work.

    Parameters
    ----------
    phrase : str
        A source phrase ("the study's authors", "the author of the bill", "the authors").

    Returns
    -------
    str
        ``"politician"`` for the authors of legislation (a bill, law, amendment, measure, resolution, act),
        ``"expert"`` for the authors of a study, report, paper, survey, analysis, research, book, review or
        assessment, ``""`` when the phrase is not headed by an author of a named kind of work (the bare "the
        authors" is left to the lexicon, which reads "author" and "authors" as experts).
    """
    head = phrase.split(",", 1)[0].strip()
    m = _OWNED.match(head) or _OF.match(head)
    if not m:
        return ""
    work = " ".join(m.group("work").lower().split())
    if _LEG_RE.match(work):
        return "politician"
    return "expert" if _RES_RE.match(work) else ""


_UNIT_NOUNS = r"(?-i:department|dept\.|school|faculty|program|programme|institute|center|centre)"
_UNIT = re.compile(
    r"^\s*(?:(?:the|a|an|its|former|current|acting|interim|associate|assistant|deputy)\s+)*"
    r"(?:(?:co-?)?(?:chair|chairman|chairwoman|chairperson|head|director|member|professor|lecturer)s?\s+(?:of|in|at)\s+"
    r"(?:the|its)?\s*)?(?:[a-z][\w-]*\s+){0,4}?" + _UNIT_NOUNS + r"\s+(?:at|of)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.&'\u2019-]*\s+(?:of\s+|at\s+|and\s+)?){0,6}?(?-i:University|College)(?![\w-])", re.IGNORECASE)
"""'the political science department at the University of X', 'chair of the history department at X College'."""
_UNIT_AFTER_NAME = re.compile(
    r"^\s*(?:the\s+)?(?:[A-Z][\w.&'\u2019-]*\s+){0,4}(?-i:University|College)(?:\s+(?:of|at)\s+"
    r"(?:[A-Z][\w.&'\u2019-]*\s*){1,4})?(?:'s|\u2019s)\s+(?:[a-z-]+\s+){0,3}" + _UNIT_NOUNS + r"(?![\w-])")
"""'Tulane University's history department', 'the University of X's medical school'."""


def academic_unit_role(phrase: str) -> str:
    """``"expert"`` if ``phrase`` is headed by a lower-case academic unit of a named university or college.

    Parameters
    ----------
    phrase : str
        A source phrase, one of its appositions, or the object of "heads" ("the political science department at the
        University of Evansville", "chair of the history department at X College", "Tulane University's history
        department"). The unit must open the phrase (after a chair, head, director, member or professor "of"), so
        "a senator who studied at the law school of X University" gives nothing.

    Returns
    -------
    str
        ``"expert"`` or ``""`` (a capitalised "Department of ..." is a government's and is not read here).
    """
    return "expert" if _UNIT.match(phrase) or _UNIT_AFTER_NAME.match(phrase) else ""
