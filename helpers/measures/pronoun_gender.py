"""Grammatical gender of a source, so that "he" and "she" skip antecedents of the other gender (issue 12ah-s).

"Ms. Cole met Mr. Roe. She said ...": the pronoun resolver takes the nearest earlier person, which may be one the
article marks as the other gender. The marks read here are forms of English only: a courtesy title in the phrase
("Mr. Roe", "Ms. Cole") or anywhere in the article before the same surname ("Ann Cole ... Ms. Cole"), and gendered
person nouns in the phrase's head ("his spokeswoman", "the congressman", "the wife of ..."; the closed list in
``helpers/data/gender_nouns.yaml``, with its source). No first-name list and no name decides anything; a phrase
without a mark, or with marks of both genders ("Mr. and Mrs. Roe"), has no gender and is never skipped. Used by
:func:`helpers.measures.sourcing.extract_attributions`.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..core.paths import DATA_DIR
from ..core.study import read_yaml_mapping

__all__ = ["PRONOUN_GENDER", "article_genders", "clashes", "phrase_gender"]

PRONOUN_GENDER = {"he": "m", "she": "f"}
"""The gender each resolved personal pronoun states."""


def _read_nouns(path=None) -> tuple[list[str], list[str]]:
    """The male and female person nouns of ``helpers/data/gender_nouns.yaml`` (the lexicon and its source)."""
    p = Path(path) if path is not None else DATA_DIR / "gender_nouns.yaml"
    data = read_yaml_mapping(p, {"male", "female"}, {"name", "version", "source", "male", "female"}, ValueError)
    if not isinstance(data.get("male"), str) or not isinstance(data.get("female"), str):
        raise ValueError(f"{p}: needs 'male' and 'female', each a space-separated list of nouns; restore the file "
                         "from git or fix its keys.")
    return data["male"].split(), data["female"].split()


_MALE_NOUNS, _FEMALE_NOUNS = _read_nouns()
_TITLES = tuple(w for w in _MALE_NOUNS + _FEMALE_NOUNS if w.endswith("man") and w not in ("man", "woman"))
_NOUN = re.compile(
    r"(?<![\w'\u2019-])("
    + "|".join(_MALE_NOUNS + _FEMALE_NOUNS)
    + "|"
    + "|".join(w.capitalize() for w in _TITLES)
    + r")(?![\w'\u2019-])"
)
"""Gendered person nouns in lower case ("his wife"; not the surname "King"), titles also capitalised
("Congresswoman Lee")."""
_MALE = frozenset(_MALE_NOUNS)
_GENDERED = frozenset(_MALE_NOUNS + _FEMALE_NOUNS)
_COURTESY = re.compile(r"(?<![\w'\u2019.-])(Mr|Mrs|Ms|Miss)\.?\s+((?:[A-Z][\w'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]*)")
_OPENERS = frozenset(
    "but and when while as if then so yet or in on at for by from after before during since with "
    "without under over also even still now here there meanwhile however asked later like unlike "
    "the a an this that his her their its".split()
)
"""Capitalised words that open a sentence or a phrase before a surname ("But Roe said"), never a first name."""
_TITLED = re.compile(
    r"(?<![\w'\u2019.-])(?:("
    + "|".join(w.capitalize() for w in _TITLES)
    + r")\s+(?:[A-Z][\w'\u2019-]*\s+){0,2}([A-Z][\w\u2019-]*[a-z])(?![\w'\u2019-])|"
    r"([A-Z][\w\u2019-]*[a-z]),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(" + "|".join(_TITLES) + r")(?![\w'\u2019-]))"
)
"""A name after a gendered title ("Congresswoman Ann Lee") or before one in an apposition ("Lee, a spokeswoman")."""
_COURTESY_GENDER = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}
_HEAD_CUT = re.compile(r",|\s+(?:of|for|at|from|in|with|who|and|or)\s")
_POSSESSIVE = re.compile(r"['\u2019]s?\s+")
_SURNAME = re.compile(r"[A-Z][\w'\u2019-]+")


def _surname(name: str) -> str:
    words = _SURNAME.findall(name)
    return words[-1].removesuffix("'s").removesuffix("\u2019s").lower() if words else ""


def article_genders(sentences, is_title=None) -> dict[str, str]:
    """Surnames the article writes after a courtesy title, with the title's gender.

    Parameters
    ----------
    sentences : iterable of str
        The article's sentences.
    is_title : callable, optional
        ``word -> bool``: a capitalised word that is a title ("Senator", "President"), not a first name.

    Returns
    -------
    dict
        ``surname (lower case) -> "m" or "f"``; a surname written with titles of both genders ("Mr. and Mrs. Roe",
        "Ms. Roe ... Mr. Roe") or after two first names ("John Roe ... Ann Roe") is left out.
    """
    seen: dict[str, set] = {}
    sentences = list(sentences)
    for sent in sentences:
        for m in _COURTESY.finditer(sent[:20_000]) if "M" in sent else ():
            seen.setdefault(_surname(m.group(2)), set()).add(_COURTESY_GENDER[m.group(1)])
        for m in _TITLED.finditer(sent[:20_000]):  # "Congresswoman Ann Lee", "Ann Lee, a spokeswoman for"
            noun = (m.group(1) or m.group(4)).lower()
            seen.setdefault((m.group(2) or m.group(3)).lower(), set()).add("m" if noun in _MALE else "f")
    seen = {k: v for k, v in seen.items() if k and len(v) == 1}
    if seen:  # "John McCain ... Meghan McCain": two people share the surname, whose title is then no evidence
        firsts: dict[str, set] = {}
        pattern = re.compile(
            r"(?<![\w'\u2019.-])([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?((?i:"
            + "|".join(re.escape(k) for k in seen)
            + r"))(?![\w-])"
        )
        for sent in sentences:
            for m in pattern.finditer(sent[:20_000]):
                first = m.group(1)
                if (
                    first.lower() not in _OPENERS
                    and first not in _COURTESY_GENDER
                    and first.lower() not in _GENDERED
                    and not (is_title and is_title(first))
                ):
                    firsts.setdefault(m.group(2).lower(), set()).add(m.group(1))
        seen = {k: v for k, v in seen.items() if len(firsts.get(k, ())) <= 1}
    return {k: next(iter(v)) for k, v in seen.items()}


def phrase_gender(phrase: str, genders: dict | None = None) -> str:
    """The gender a source phrase states: "m", "f" or "" (none, or marks of both).

    Parameters
    ----------
    phrase : str
        A source phrase ("Ms. Cole", "his spokeswoman", "Ann Cole, a historian").
    genders : dict, optional
        :func:`article_genders` of the phrase's article, for a bare surname or a name without a title.

    Returns
    -------
    str
        "m", "f" or "".
    """
    head = _HEAD_CUT.split(phrase.strip()[:200], maxsplit=1)[0]
    head = _POSSESSIVE.split(head)[-1] if _POSSESSIVE.search(head) else head  # "Mr. Roe's spokeswoman"
    marks = {_COURTESY_GENDER[m.group(1)] for m in _COURTESY.finditer(head)}
    marks |= {"m" if m.group(1).lower() in _MALE else "f" for m in _NOUN.finditer(head)}
    if not marks and genders:
        key = _surname(head)
        if key in genders:
            marks.add(genders[key])
    return next(iter(marks)) if len(marks) == 1 else ""


def clashes(pronoun: str, phrase: str, genders: dict | None = None) -> bool:
    """Whether "he"/"she" cannot refer to ``phrase`` because the article marks the other gender for it.

    Parameters
    ----------
    pronoun : str
        The pronoun source, any case ("She").
    phrase : str
        A candidate antecedent ("Mr. Roe").
    genders : dict, optional
        :func:`article_genders` of the article.

    Returns
    -------
    bool
        True for "she" and a phrase marked male (or "he" and one marked female); False for other pronouns and for
        phrases without a gender.
    """
    want = PRONOUN_GENDER.get(pronoun.strip().lower(), "")
    have = phrase_gender(phrase, genders) if want else ""
    return bool(want and have and have != want)
