"""Noun phrases that "it" and "they" refer to when no earlier source does (issue 12, round 12ap-f).

"A new study by Acme University found that rents rose. It also concludes that ...": "it" is the study, named as the
subject of the sentence before, outside any attribution; "Two senators toured the plant, and they said ...": "they"
is the senators, the subject of the pronoun's own clause. The resolver leaves such pronouns unresolved (no earlier
source in the window), so the role is unknown. :func:`subject_phrase` finds the noun phrase that opens the pronoun's
own sentence (before the pronoun) or, failing that, the sentence before it, when its head is a role noun of the
pronoun's number: for "they" a plural with a role that is not a document ("Administration officials", "the two
candidates"); for "it" a singular document ("The report") or body ("The company", "The magazine"), with a
determiner. Only the subject counts (the phrase opens the sentence, after a conjunction or a fronted adjunct, and the
word after its head is lower case: a verb, a preposition or a comma); a sentence whose subject is another phrase
stops the search, so the pronoun never skips a more recent subject. Forms of English only; no name, outlet or site
decides anything here. Used by :func:`helpers.measures.sourcing.extract_attributions`.
"""

from __future__ import annotations

import re

from .role_forms import ORG_TYPES

__all__ = ["subject_phrase"]

_LEAD = re.compile(
    r"(?:(?:But|And|Now|Instead|Still|Meanwhile|However|Yet|So|Then|Indeed|Also|Later|Today|Separately)"
    r"(?![\w'\u2019-]),?\s+)*"
)
"""Words that open a sentence before its subject ("But the report found ...")."""
_ADJUNCT = frozenset(
    "in on at for by from after before during since when while as amid despite following under over with without "
    "throughout until upon last this earlier".split()
)
"""Words that open a fronted adjunct ("In a statement on Monday, the group ..."): the subject follows its comma."""
_CLAUSE_OPENERS = frozenset(
    "because if although though unless whereas when while as after before since once until".split()
)
"""Words that open a fronted clause with a subject of its own ("Because the workers left, they said"): the pronoun
may refer to that subject, so the search stops there rather than reach the sentence before."""
_NAME_PLURALS = ("States", "Nations", "Emirates", "Islands", "Netherlands", "Philippines", "Bahamas")
"""Capitalised plural words that end the name of one country or body ("The United States"): no plural head."""
_MAX_ADJUNCT = 80
"""Characters up to the comma that closes a fronted adjunct."""
_DETERMINERS = frozenset("the a an this that these those its their both several some many two three four five".split())
_STOP = frozenset(
    "of at for from in on with to by about into over under after before as than who whom which that whose when where "
    "while if because and or but not is are was were be been has have had will would could should can may might must "
    "does did do says said say told".split()
)
"""Words before a head noun that show the phrase is not a subject noun phrase (a preposition, a verb, a relative)."""
_AFTER_HEAD = re.compile(r"(?:[,\u2014]|\s+[a-z])")
"""What follows a subject's head: a comma (an apposition or a relative clause) or a lower-case word (its verb)."""
_BODY = frozenset(
    ORG_TYPES.lower().split("|")
    + "government company firm campaign group organization organisation magazine newspaper network outlet station "
    "panel board state city county country nation team website publication".split()
)
"""Head nouns of a body that "it" can stand for ("The company", "the federal government")."""
_MAX_WORDS = 7
"""Words of a subject noun phrase up to its head ("The new state-funded review of 600 cases")."""


def subject_phrase(sentences: dict, unit_id: int, before: int, plural: bool, role_of) -> str:
    """The subject noun phrase that an "it" (``plural`` False) or "they" (``plural`` True) refers to ('' if none).

    Parameters
    ----------
    sentences : dict
        ``unit_id -> sentence text`` of the article.
    unit_id : int
        The pronoun's sentence.
    before : int
        The pronoun's character offset in its sentence: only the text before it is read there.
    plural : bool
        True for "they", False for "it".
    role_of : callable
        ``phrase -> role`` ('' when the phrase has no role noun), e.g. ``RoleTagger.phrase_role``.

    Returns
    -------
    str
        The phrase up to its head ("The new memo", "Senate Republican leaders"), or ''.

    Notes
    -----
    The pronoun's own sentence is read first when the pronoun opens a later clause ("..., and they said"); then the
    sentence before. A sentence whose subject is a phrase of another kind (a name, the other number, no role) stops
    the search.
    """
    own = sentences.get(unit_id, "")[:before]
    for text in (own, sentences.get(unit_id - 1)):
        if not text or not text.strip():
            continue
        if text is own and _opens_clause(own):
            return ""  # "Because the workers left early, they said": a more recent subject than the sentence before
        found = _subject(text, role_of)
        if found is None:
            continue  # the subject is not a noun phrase this rule reads: try the sentence before
        phrase, head = found
        if _fits(phrase, head, plural, role_of):
            return phrase
        return ""
    return ""


def _opens_clause(text: str) -> bool:
    """Does ``text`` (a sentence up to the pronoun) open with a fronted clause ("Because ...", "When ...")?"""
    rest = text[_LEAD.match(text).end() :].split(None, 1)
    return bool(rest) and rest[0].lower().strip(",") in _CLAUSE_OPENERS


def _subject(text: str, role_of) -> tuple[str, str] | None:
    """The subject noun phrase that opens ``text`` and its head word, or None (``('', '')`` when the sentence opens
    with a subject of another kind: a name or a phrase with no role noun)."""
    text = text[_LEAD.match(text).end() :]
    if not text.strip():
        return None  # "Instead, they said": nothing before the pronoun
    first = text.split(None, 1)[0].lower()
    if first in _ADJUNCT:
        comma = text.find(",", 0, _MAX_ADJUNCT)
        if comma < 0:
            return None
        text = text[comma + 1 :].lstrip()
    words = list(re.finditer(r"\S+", text[:400]))[:_MAX_WORDS]
    for i, m in enumerate(words):
        word = m.group()
        bare = word.rstrip(",;:")
        low = bare.lower()
        if low in _STOP and not (i == 0 and low == "that"):  # "That report found": a determiner at the start
            return ("", "") if i else None
        if not bare or not bare[0].isalnum():
            return ("", "") if i else None
        if i and (
            (low in _DETERMINERS and words[i - 1].group().lower() not in _DETERMINERS)
            or (
                bare[0].islower()
                and words[i - 1].group()[0].isupper()
                and words[i - 1].group().lower() not in _DETERMINERS
                and not role_of(bare)
            )
        ):
            return ("", "")  # "The New York Times obtained the letter": a verb after a name, a second determiner
        if low.endswith(("'s", "\u2019s")):
            if word != bare:
                return ("", "")
            continue  # "Acme's lawyers": the owner is no head
        if low not in _DETERMINERS and role_of(bare):
            for nxt in words[i + 1 :]:  # "Senate Republican leaders": the last of a run of role nouns is the head
                if word != bare or nxt.group().lower() in _STOP or not role_of(nxt.group().rstrip(",;:")):
                    break
                word = nxt.group()
                bare, m = word.rstrip(",;:"), nxt
            low = bare.lower()
            end = m.start() + len(bare)
            if not _AFTER_HEAD.match(text, end):
                return ("", "")  # "The company Acme said": the head is no head
            return text[:end], low
        if word != bare:
            return ("", "")  # a comma before any role noun: "Mar-a-Lago, the club, ..."
    return ("", "")


def _fits(phrase: str, head: str, plural: bool, role_of) -> bool:
    """Whether the subject ``phrase`` (head ``head``) can be what "they" (``plural``) or "it" stands for."""
    if not phrase:
        return False
    last = phrase.split()[-1]
    is_plural = head.endswith("s") and not head.endswith(("ss", "us", "is")) and last not in _NAME_PLURALS
    role = role_of(phrase)
    if plural:
        return is_plural and role not in ("", "document")
    first = phrase.split(None, 1)[0].lower()
    has_det = first in _DETERMINERS or first.endswith(("'s", "\u2019s"))
    return not is_plural and has_det and (role == "document" or (head in _BODY and role != ""))
