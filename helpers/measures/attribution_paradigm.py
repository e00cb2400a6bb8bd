"""The plain present form of a listed reporting verb, read after a plural or pronoun subject (issue 12be-c).

The reporting-verb lexicon lists most verbs by their past and third-person forms ("announced", "announces") and
leaves the plain form out, because it is also an infinitive ("to announce"), an imperative or a noun ("a charge",
"the editor's note"). The plain form is still the finite present after a plural subject ("Critics charge that
...", "the emails indicate ...", "they announce ..."). :func:`with_base_forms` derives it from each entry's listed
"-s" form (spelling rules only, no word list), and :func:`plural_subject_before` is the test a derived form must pass
to count (:func:`base_form_lexicon` gives a lexicon of the derived forms only, for a matcher that
:func:`helpers.measures.attribution.find_attributions` reads only where the listed forms and patterns find nothing,
so a derived "note" never hides the lexicon's own "note that" pattern): right after a plural noun or a subject pronoun ("I", "we", "they", "who"), perhaps with one adverb between,
and written in lower case (a headline's "Attacks Highlight Threat" is title case). The sentence must have no
quotation mark, and the form must come before its content clause ("that ...", as the lexicon already asks of the
listed present forms that are also nouns, "reports", "claims"): "readers remember the old station" is no report.
"""
from __future__ import annotations

import copy
import re

__all__ = ["with_base_forms", "base_form_lexicon", "base_form", "plural_subject_before", "BASE_FORMS_KEY"]

BASE_FORMS_KEY = "base_forms"
"""Entry key under which :func:`with_base_forms` records the forms it added (read by
:func:`helpers.measures.attribution_lexicons.verb_table`)."""

_AUX = re.compile(r"(?:is|was|are|were|has|have|had|be|been|being)(?![\w-])", re.IGNORECASE)
_NOT_PLURAL = frozenset(
    "his its this was has is us as yes less unless news always perhaps sometimes whereas besides towards afterwards "
    "nevertheless thus plus bus gas lens series species means politics economics thanks various previous famous "
    "serious obvious numerous nervous anxious dangerous enormous across does goes".split())
"""Words ending in "s" that are not plural nouns before a verb."""
_SUBJECT = re.compile(r"(?<![\w'\u2019-])([A-Za-z][a-z]*)(?:\s+(?:also|now|still|often|all|both|too|never|always|even|"
                      r"again|[a-z]+ly))?\s+$")
_PRONOUN = frozenset({"i", "we", "they", "who"})
_SINGULAR_BEFORE = re.compile(r"(?<![\w'\u2019-])(?:[Aa]n?|[Aa]nother|[Ee]ach|[Ee]very)\s+(?:[A-Z][\w.'\u2019-]*\s+)*$")
"""A singular article before the plural word, perhaps with a name's words between: the plural word modifies a noun
("a weapons charge", "A New York Times report"), it is no subject."""


def base_form(form: str) -> str | None:
    """The plain form of a third-person "-s" verb form ("charges" -> "charge", "denies" -> "deny", "pushes for" ->
    "push for"), or None when ``form`` is not one (an auxiliary phrase, a past form).

    Parameters
    ----------
    form : str
        A lexicon term, one word or a phrase whose first word is the verb.

    Returns
    -------
    str or None
    """
    head, _, rest = form.strip().lower().partition(" ")
    if _AUX.fullmatch(head) or len(head) < 4 or not head.endswith("s") or head.endswith("ss"):
        return None
    if head.endswith("ies"):
        base = head[:-3] + "y"
    elif re.search(r"(?:ss|sh|ch|x|zz)es$", head):
        base = head[:-2]
    else:
        base = head[:-1]
    return f"{base} {rest}".strip()


def with_base_forms(lexicon: dict) -> dict:
    """A copy of a verb lexicon where each entry also lists the plain form of its "-s" forms when no entry lists it.

    Parameters
    ----------
    lexicon : dict
        A lexicon with ``entries`` (each with ``terms``), e.g. from
        :func:`helpers.measures.attribution_lexicons.load_verbs`.

    Returns
    -------
    dict
        The copy; an entry given new forms records them (lower case) under :data:`BASE_FORMS_KEY`. Patterns are
        left as they are.
    """
    out = copy.deepcopy(lexicon)
    listed = {" ".join(t.lower().split()) for e in out["entries"].values() for t in e.get("terms", [])}
    for entry in out["entries"].values():
        added = []
        for term in entry.get("terms", []):
            base = base_form(term)
            if base and base not in listed and base not in added:
                added.append(base)
        if added:
            entry["terms"] = list(entry["terms"]) + added
            entry[BASE_FORMS_KEY] = added
    return out


def base_form_lexicon(lexicon: dict) -> dict:
    """The derived plain forms of :func:`with_base_forms` alone, as a lexicon with the same entry ids.

    Parameters
    ----------
    lexicon : dict
        A lexicon with ``entries`` (each with ``terms``), or one :func:`with_base_forms` already extended (its
        recorded forms are read as they are: the result is the same).

    Returns
    -------
    dict
        ``{"entries": {entry id: {"terms": [derived forms], "category": ...}}}`` for the entries given new forms
        (empty ``entries`` when there are none).
    """
    full = with_base_forms(lexicon)
    return {"entries": {eid: {"terms": list(e[BASE_FORMS_KEY]), **({"category": e["category"]} if "category" in e
                                                                    else {})}
                        for eid, e in full["entries"].items() if e.get(BASE_FORMS_KEY)}}


def plural_subject_before(masked: str, start: int, end: int) -> bool:
    """Whether the verb form at ``masked[start:end]`` reads as a finite present after a plural subject.

    Parameters
    ----------
    masked : str
        The sentence (quotations masked).
    start, end : int
        The span of the verb form.

    Returns
    -------
    bool
        True when the form is in lower case and the word before it (or before one adverb) is "I", "we", "they",
        "who" or a plural noun (a word ending in "s", not "ss", not a possessive, not a function word such as
        "his", "this", "was", and not after "a", "an", "another", "each" or "every", perhaps with capitalised words
        between: "a weapons charge", "A New York Times report" are nouns).
    """
    if not masked[start:end][:1].islower():
        return False
    m = _SUBJECT.search(masked, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group(1).lower()
    if word in _PRONOUN:
        return True
    if _SINGULAR_BEFORE.search(masked, max(0, m.start(1) - 60), m.start(1)):
        return False  # "a weapons charge that carries ...", "A New York Times report that cited ..." (review r12be2)
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in _NOT_PLURAL
