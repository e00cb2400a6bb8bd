"""Frame codebooks: versioned YAML files in ``helpers/codebooks/``, their checks and tables.

Re-exported by :mod:`helpers.framing` with the other framing modules.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Mapping, Sequence

import pandas as pd

from ..text.lexicon import LexiconError, load_lexicon
from ..text.normalize import fold
from .evidence import EVIDENCE

__all__ = [
    "ACTOR_POSITIONS", "CODEBOOK_DIR", "FRAME_CODEBOOKS", "FUNCTIONS", "MIN_SUPPORT", "ROLES",
    "CodebookError", "codebook_path", "codebook_table", "frame_index", "load_codebook", "load_codebooks",
]

CODEBOOK_DIR = Path(__file__).resolve().parents[1] / "codebooks"
"""Folder of the versioned codebook files."""
FRAME_CODEBOOKS = ("policy_frames", "generic_frames", "entman_functions")
"""The frame families analysed by default, in display order."""
FUNCTIONS = ("problem_definition", "causal_attribution", "moral_evaluation", "treatment_recommendation")
"""Entman's four framing functions (the ``function`` of an entry)."""
ROLES = ("blamed", "demanding", "promising", "acting")
"""Actor roles, in display order."""
ACTOR_POSITIONS = ("before", "after")
MIN_SUPPORT = 5
"""Frames with fewer hand-coded positives than this are flagged "low support"."""
_FRAME_KEYS = ("function", "indicators", "negatable", "residual", "co_occurrence", "article_min_cues",
               "article_cue_cap", "article_voice", "article_with", "min_states", "name_safe",
               "article_evidence", "examples", "coder_notes")
_ROLE_KEYS = ("role", "actor_position", "negatable")
_KINDS = ("frames", "roles", "negation")
_NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")


class CodebookError(LexiconError):
    """A codebook file is malformed (raised with the file and entry named)."""


# --------------------------------------------------------------------------
# Codebooks
# --------------------------------------------------------------------------


def codebook_path(name_or_path: str | Path) -> Path:
    """Resolve a codebook name (``"policy_frames"``) or a path to a file.

    Parameters
    ----------
    name_or_path : str or Path
        A bare name is looked up in the active study's ``lexicons`` (a study may
        replace a shared codebook), then as ``helpers/codebooks/<name>.yaml``; anything
        with a suffix or a folder is taken as a path (relative paths from the
        project root).

    Returns
    -------
    Path
        The file path (existence is checked by :func:`load_codebook`).
    """
    from ..core.paths import resolve_path
    from ..core.study import study_lexicon_path

    p = Path(name_or_path)
    if not p.suffix and len(p.parts) == 1:
        return study_lexicon_path(str(p)) or CODEBOOK_DIR / f"{p}.yaml"
    return resolve_path(p)


def load_codebook(name_or_path: str | Path, kind: str = "frames") -> dict:
    """Load a codebook file and check it beyond the lexicon rules.

    Parameters
    ----------
    name_or_path : str or Path
        Codebook name in ``helpers/codebooks/`` or path to a YAML file.
    kind : {"frames", "roles", "negation"}
        What the file is: a frame codebook (entries may have ``function``,
        ``indicators``, ``negatable``, ``residual``, ``co_occurrence``, ``name_safe``: terms that keep counting inside a name, ``article_evidence``: evidence
        of :mod:`helpers.framing.evidence` added to the article score), the
        actor-role cues (``role``, ``actor_position``, ``negatable``), or the
        negator list.

    Returns
    -------
    dict
        The parsed file as returned by :func:`helpers.text.lexicon.load_lexicon`. A frame codebook given by
        bare name also gets the active study's own cues: the terms of the study lexicon
        ``<name>_study_cues`` (``study.yaml`` ``lexicons``) are added to the entries they name, and the file is
        recorded as ``study_cues_path``.

    Raises
    ------
    CodebookError
        Naming the file and entry: a study-cue entry that is not a cue entry of the codebook;
        anything :func:`load_lexicon` rejects
        (unknown keys, empty cue lists, bad patterns, missing file), and also
        a name that is not a lower-case identifier, an entry without a
        ``label``, ``definition`` or ``source``, a cue-less entry that is not
        marked ``residual: true`` (or a residual entry with cues), a cue listed
        twice in one entry, an unknown ``function``, ``role`` or
        ``actor_position``, a non-boolean flag, or a ``co_occurrence`` that
        names an entry not in the file.
    """
    if kind not in _KINDS:
        raise ValueError(f"kind must be one of {_KINDS}, got {kind!r}")
    path = codebook_path(name_or_path)
    extra = {"frames": _FRAME_KEYS, "roles": _ROLE_KEYS, "negation": ()}[kind]
    try:
        doc = load_lexicon(path, extra_entry_keys=extra, require_terms=False)
    except CodebookError:
        raise
    except LexiconError as exc:
        raise CodebookError(str(exc)) from exc
    name = doc["name"]
    if not isinstance(name, str) or not _NAME_RE.match(name):
        raise CodebookError(f"{path}: name {name!r} must be a lower-case identifier such as 'policy_frames'.")
    for eid, entry in doc["entries"].items():
        _check_entry(path, doc["entries"], eid, entry, kind)
    p = Path(name_or_path)
    if kind == "frames" and not p.suffix and len(p.parts) == 1:
        doc = _add_study_cues(doc)
    return doc


def _add_study_cues(doc: dict) -> dict:
    """Add the active study's own cues (its lexicon ``<codebook name>_study_cues``) to a shared codebook.

    A study keeps the topic words it needs (a currency, a project's name) out of the shared codebook: its
    ``study.yaml`` maps ``<codebook>_study_cues`` to a lexicon file whose entries name entries of the codebook
    and list extra ``terms`` (and ``patterns``). The loaded codebook records the file as ``study_cues_path``.
    """
    from ..core.study import study_lexicon_path

    extra_path = study_lexicon_path(f"{doc['name']}_study_cues")
    if extra_path is None:
        return doc
    try:
        extra = load_lexicon(extra_path)
    except LexiconError as exc:
        raise CodebookError(str(exc)) from exc
    entries = {eid: dict(e) for eid, e in doc["entries"].items()}
    for eid, e in extra["entries"].items():
        if eid not in entries or entries[eid].get("residual"):
            raise CodebookError(f"{extra_path}: entry {eid!r} is not a cue entry of the codebook {doc['path']}; "
                                f"use one of {[k for k, v in entries.items() if not v.get('residual')]}.")
        for key in ("terms", "patterns"):
            entries[eid][key] = list(entries[eid].get(key) or []) + list(e.get(key) or [])
        _check_entry(Path(extra_path), entries, eid, entries[eid], "frames")
    return {**doc, "entries": entries, "study_cues_path": str(extra_path)}


def _check_entry(path: Path, entries: dict, eid: str, entry: dict, kind: str) -> None:
    where = f"{path}: entry {eid!r}"
    if not isinstance(eid, str) or not _NAME_RE.match(eid):
        raise CodebookError(f"{where}: entry ids must be lower-case identifiers.")
    for key in ("label", "definition", "source"):
        val = entry.get(key)
        if not isinstance(val, str) or not val.strip():
            raise CodebookError(f"{where}: needs a non-empty {key!r} (a string).")
    cues = list(entry.get("terms") or []) + list(entry.get("patterns") or [])
    residual = entry.get("residual", False)
    for flag in ("residual", "negatable"):
        if flag in entry and not isinstance(entry[flag], bool):
            raise CodebookError(f"{where}: {flag!r} must be true or false, got {entry[flag]!r}.")
    if residual and cues:
        raise CodebookError(f"{where}: a residual entry has no cues; remove its terms/patterns or drop 'residual'.")
    if not residual and not cues:
        raise CodebookError(
            f"{where}: the cue list is empty; give 'terms' or 'patterns', or mark the entry 'residual: true'."
        )
    seen: set[str] = set()
    for term in entry.get("terms") or []:
        key = " ".join(fold(term).lower().split())
        if key in seen:
            raise CodebookError(f"{where}: the term {term!r} is listed twice.")
        seen.add(key)
    if "name_safe" in entry:
        ns = entry["name_safe"]
        if not isinstance(ns, list) or not all(isinstance(t, str) for t in ns):
            raise CodebookError(f"{where}: 'name_safe' must be a list of the entry's terms (strings).")
        unknown = [t for t in ns if " ".join(fold(t).lower().split()) not in seen]
        if unknown:
            raise CodebookError(f"{where}: name_safe lists {unknown}, which are not terms of the entry; "
                                "list only terms given under 'terms'.")
    if "article_evidence" in entry:
        ev = entry["article_evidence"]
        if not isinstance(ev, list) or not ev or any(v not in EVIDENCE for v in ev):
            raise CodebookError(f"{where}: 'article_evidence' must be a list of evidence names from "
                                f"{sorted(EVIDENCE)}, got {ev!r}.")
    if "function" in entry and entry["function"] not in FUNCTIONS:
        raise CodebookError(f"{where}: function {entry['function']!r} must be one of {FUNCTIONS}.")
    if "indicators" in entry:
        ind = entry["indicators"]
        if not isinstance(ind, list) or not all(isinstance(i, str) and i.strip() for i in ind):
            raise CodebookError(f"{where}: 'indicators' must be a list of questions (strings).")
    if "examples" in entry:  # review s80-C: coders of a new codebook need examples, and the file had no place for them
        ex = entry["examples"]
        if (not isinstance(ex, dict) or not ex or not set(ex) <= {"positive", "negative"}
                or not all(isinstance(v, list) and all(isinstance(t, str) and t.strip() for t in v) for v in ex.values())):
            raise CodebookError(f"{where}: 'examples' must be a mapping with 'positive' and/or 'negative' lists of "
                                "example sentences (strings), e.g. examples: {positive: [\"...\"], negative: [\"...\"]}.")
    if "coder_notes" in entry and not (isinstance(entry["coder_notes"], str) and entry["coder_notes"].strip()):
        raise CodebookError(f"{where}: 'coder_notes' must be a non-empty string (instructions shown to coders).")
    if "co_occurrence" in entry:
        co = entry["co_occurrence"]
        if not isinstance(co, dict) or set(co) != {"entries", "actors"}:
            raise CodebookError(f"{where}: 'co_occurrence' must be a mapping with 'entries' and 'actors' lists.")
        for key in ("entries", "actors"):
            if not isinstance(co[key], list) or not co[key] or not all(isinstance(v, str) for v in co[key]):
                raise CodebookError(f"{where}: co_occurrence {key!r} must be a non-empty list of ids.")
        unknown = [e for e in co["entries"] if e not in entries]
        if unknown:
            raise CodebookError(f"{where}: co_occurrence names entries {unknown} that are not in the file.")
    if kind == "roles":
        if entry.get("role") not in ROLES:
            raise CodebookError(f"{where}: role {entry.get('role')!r} must be one of {ROLES}.")
        if entry.get("actor_position") not in ACTOR_POSITIONS:
            raise CodebookError(
                f"{where}: actor_position {entry.get('actor_position')!r} must be one of {ACTOR_POSITIONS}."
            )


def load_codebooks(names: Sequence[str | Path] = FRAME_CODEBOOKS) -> dict[str, dict]:
    """Load several frame codebooks, keyed by their ``name`` (the family).

    Parameters
    ----------
    names : sequence of str or Path, default FRAME_CODEBOOKS
        Codebook names in ``helpers/codebooks/`` or paths to YAML files.

    Returns
    -------
    dict of str to dict
        Each codebook as returned by :func:`load_codebook`, keyed by its ``name``, in the order given.

    Raises
    ------
    CodebookError
        For a bad file, or two files with the same ``name``.
    """
    out: dict[str, dict] = {}
    for n in names:
        cb = load_codebook(n, kind="frames")
        if cb["name"] in out:
            raise CodebookError(f"two codebooks are named {cb['name']!r}: {out[cb['name']]['path']} and {cb['path']}.")
        out[cb["name"]] = cb
    return out


def codebook_table(codebooks: Mapping[str, dict]) -> pd.DataFrame:
    """One row per frame: family, frame id, label, function, cue count, definition, source.

    Parameters
    ----------
    codebooks : mapping of str to dict
        As returned by :func:`load_codebooks`.

    Returns
    -------
    DataFrame
        Columns ``family``, ``version``, ``frame``, ``label``, ``function``,
        ``n_cues``, ``negatable``, ``definition``, ``source``, in file order.
    """
    rows = []
    for fam, cb in codebooks.items():
        for eid, e in cb["entries"].items():
            rows.append(
                {
                    "family": fam,
                    "version": cb["version"],
                    "frame": eid,
                    "label": e["label"],
                    "function": e.get("function", ""),
                    "n_cues": len(e.get("terms") or []) + len(e.get("patterns") or []),
                    "negatable": bool(e.get("negatable", False)),
                    "definition": " ".join(e["definition"].split()),
                    "source": e["source"],
                }
            )
    return pd.DataFrame(rows)


def frame_index(codebooks: Mapping[str, dict], include_residual: bool = False) -> pd.DataFrame:
    """The (family, frame, label) of every entry, in codebook order.

    Parameters
    ----------
    codebooks : mapping of str to dict
        As returned by :func:`load_codebooks`.
    include_residual : bool
        Keep cue-less residual entries (such as the policy codebook's "other").

    Returns
    -------
    DataFrame
        Columns ``family``, ``frame``, ``label``, ``order``.
    """
    rows = []
    for fam, cb in codebooks.items():
        for eid, e in cb["entries"].items():
            if e.get("residual") and not include_residual:
                continue
            rows.append({"family": fam, "frame": eid, "label": e["label"], "order": len(rows)})
    return pd.DataFrame(rows, columns=["family", "frame", "label", "order"])
