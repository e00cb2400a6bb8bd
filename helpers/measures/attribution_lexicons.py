"""The lexicons of the attribution rules: reporting verbs (cues), hedges and source types.

The files are in ``helpers/data/`` (``reporting_verbs.yaml``, ``stance_verbs.yaml``, ``hedges.yaml``,
``source_types.yaml``), each with its sources; see :mod:`helpers.measures.attribution`
for the rules that use them.
"""
from __future__ import annotations

from ..text.lexicon import load_lexicon

__all__ = ["verb_table", "load_verbs", "load_stance_verbs", "load_position_cues", "load_hedges", "load_source_types"]


def verb_table(verbs: dict) -> dict:
    """Per-entry settings of a reporting-verb lexicon.

    Parameters
    ----------
    verbs : dict
        A lexicon from ``load_lexicon("reporting_verbs", ...)``.

    Returns
    -------
    dict
        Entry id to ``{"category": str, "requires_that": bool, "document_subject": bool,
        "first_cue": bool, "names_object": bool, "participle_only": bool or frozenset, "base_forms": frozenset}``
        (``document_subject``: the cue counts only after a poll, report or document as subject, as bare
        "show" in "polls show ..."; ``first_cue``, always true for beliefs: the cue does not count after another
        cue of its sentence, whose content it is part of, as in "said he believes", "said that they discussed
        trade"; ``participle_only``: the entry's forms (``true``) or the listed ``-ing`` forms count as a
        participle clause (", repeating ...") but not after a form of "be" ("what she was referencing");
        ``names_object``: the cue also counts before an object and a noun phrase or quotation, "called him a
        liar"; ``base_forms``: the plain forms that
        :func:`helpers.measures.attribution_paradigm.with_base_forms` added, which count only after a plural or
        pronoun subject).

    Raises
    ------
    ValueError
        If an entry has no ``category``.
    """
    out = {}
    for eid, entry in verbs["entries"].items():
        if "category" not in entry:
            raise ValueError(f"reporting-verb entry {eid!r} has no 'category' (neutral, loaded, manner, belief)")
        extract_as = entry.get("extract_as", entry["category"])
        out[eid] = {"category": entry["category"], "extract_as": extract_as,
                    "requires_that": bool(entry.get("requires_that", False)),
                    "document_subject": bool(entry.get("document_subject", False)),
                    "first_cue": bool(entry.get("first_cue", False)) or extract_as == "belief",
                    "names_object": bool(entry.get("names_object", False)),
                    "participle_only": _participle_only(entry.get("participle_only", False)),
                    "base_forms": frozenset(entry.get("base_forms", ()))}
    return out


def _participle_only(value) -> bool | frozenset:
    """An entry's ``participle_only`` setting: ``True`` (every form), a list of forms, or ``False``."""
    if isinstance(value, (list, tuple)):
        return frozenset(str(v).lower() for v in value)
    return bool(value)


def load_verbs(path="reporting_verbs") -> dict:
    """Load the reporting-verb lexicon (validated by :func:`helpers.text.lexicon.load_lexicon`).

    Parameters
    ----------
    path : str or Path
        ``"reporting_verbs"`` (``helpers/data/reporting_verbs.yaml``) or the path of another verb lexicon.

    Returns
    -------
    dict
        The lexicon; its entries may carry ``category``, ``requires_that``, ``document_subject``,
        ``first_cue`` and ``names_object`` (read by :func:`verb_table`).

    Raises
    ------
    helpers.text.lexicon.LexiconError
        If the file is missing or malformed (see :func:`helpers.text.lexicon.load_lexicon`).
    """
    return load_lexicon(path, extra_entry_keys=("category", "extract_as", "requires_that", "document_subject",
                                                         "first_cue", "names_object", "participle_only"))


def load_stance_verbs(path="stance_verbs") -> dict:
    """Load the stance-verb lexicon (validated by :func:`helpers.text.lexicon.load_lexicon`).

    Parameters
    ----------
    path : str or Path
        ``"stance_verbs"`` (``helpers/data/stance_verbs.yaml``: "supported", "attacked", "took issue with" ...,
        read by :mod:`helpers.measures.attribution_stance`) or the path of another stance-verb lexicon.

    Returns
    -------
    dict
        The lexicon; every entry carries a ``category`` (the reporting-verb category its rows get) and may carry
        a ``family``.

    Raises
    ------
    helpers.text.lexicon.LexiconError
        If the file is missing or malformed, or an entry has no ``category``.
    """
    from ..text.lexicon import LexiconError

    lex = load_lexicon(path, extra_entry_keys=("category", "family"))
    for eid, entry in lex["entries"].items():
        if "category" not in entry:
            raise LexiconError(f"{lex['path']}: stance-verb entry {eid!r} has no 'category' (neutral, loaded, "
                               "manner, belief): add one")
    return lex


def load_position_cues(path="position_cues") -> dict:
    """Load the position-cue lexicon (validated by :func:`helpers.text.lexicon.load_lexicon`).

    Parameters
    ----------
    path : str or Path
        ``"position_cues"`` (``helpers/data/position_cues.yaml``: "wants to", "plans to", "In a statement, ...",
        read by :mod:`helpers.measures.attribution_position` in the context cells each entry lists) or the path of
        another such lexicon.

    Returns
    -------
    dict
        The lexicon; every entry carries a ``category`` (``intention`` or ``position``: the rows' cue category,
        which keeps them apart from verbs of speech) and ``cells``, and may carry ``frame`` (a prepositional
        frame: ``in_speech``, ``in_poll``, ``for_view``, ``to_view``), ``nominal`` (a noun after a possessor) and
        ``family``.

    Raises
    ------
    helpers.text.lexicon.LexiconError
        If the file is missing or malformed, or an entry has no ``category``.
    """
    from ..text.lexicon import LexiconError

    lex = load_lexicon(path, extra_entry_keys=("category", "family", "cells", "frame", "nominal"))
    for eid, entry in lex["entries"].items():
        if "category" not in entry:
            raise LexiconError(f"{lex['path']}: position-cue entry {eid!r} has no 'category': add one")
    return lex


def load_hedges(path="hedges") -> dict:
    """Load the hedge lexicon (validated by :func:`helpers.text.lexicon.load_lexicon`).

    Parameters
    ----------
    path : str or Path
        ``"hedges"`` (``helpers/data/hedges.yaml``) or the path of another hedge lexicon.

    Returns
    -------
    dict
        The lexicon; an entry may carry a ``kind``.

    Raises
    ------
    helpers.text.lexicon.LexiconError
        If the file is missing or malformed.
    """
    return load_lexicon(path, extra_entry_keys=("kind",))


def load_source_types(path="source_types") -> dict:
    """Load the source-type cue lexicon (validated by :func:`helpers.text.lexicon.load_lexicon`).

    Parameters
    ----------
    path : str or Path
        ``"source_types"`` (``helpers/data/source_types.yaml``) or a study's own source-type lexicon.

    Returns
    -------
    dict
        Its entries may carry ``role``, ``actors`` and ``scope``.

    Raises
    ------
    helpers.text.lexicon.LexiconError
        If the file is missing or malformed.
    """
    return load_lexicon(path, extra_entry_keys=("role", "actors", "scope"))
