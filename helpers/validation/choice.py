"""Coding sheets with one choice per unit (a source's role, a sentence's tone): write, read back as 0/1 codes.

A frame sheet has one 0/1 column per label, because a sentence may carry several frames
(:mod:`helpers.validation.coding`). Some measures give a unit exactly one value; their sheets have one code column,
which a coder fills with one of the measure's codes. :func:`read_choice_sheets` turns that column into the same long
0/1 codes as the frame sheets (one label per code), so that agreement, scores and corrected shares
(:func:`helpers.validation.cli.sheet_results`) work unchanged. Used by :mod:`helpers.validation.roles` and
:mod:`helpers.validation.tone_sheets`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from ..core.spreadsheet import neutralize_formulas, restore_formulas
from ..core.wording import count, noun
from .coding import _read_sheet, sheet_has_codes

__all__ = [
    "no_sheets_note",
    "choice_predictions",
    "corrected_shares_sentence",
    "read_choice_sheets",
    "score_choice_sheets",
    "sentences_before",
    "write_choice_sheet",
]


def no_sheets_note(text: str, name: str) -> str:
    """A note written with the report runner's option (``-p role_sheets '[ann.csv, bob.csv]'``), in the reader's
    terms: as it is in a report run, with the notebook parameter (``role_sheets = ['ann.csv', 'bob.csv']``) elsewhere
    (review s79-F: a papermill user was shown a form papermill did not read).

    Parameters
    ----------
    text : str
        The note, naming the parameter as ``(-p NAME)`` and ``as -p NAME '[ann.csv, bob.csv]'``.
    name : str
        The parameter.

    Returns
    -------
    str
    """
    import os

    from ..core.wording import CLI_ENV

    if os.environ.get(CLI_ENV):
        return text
    return (text.replace(f"(-p {name})", f"(the parameter {name})")
            .replace(f"as -p {name} '[ann.csv, bob.csv]'", f"as {name} = ['ann.csv', 'bob.csv']"))


def write_choice_sheet(sample: pd.DataFrame, path: str | Path, columns: Sequence[str], code: str,
                       overwrite: bool = False, hint: str = "") -> Path:
    """Write a coding sheet CSV: ``columns`` from ``sample``, then an empty ``code`` column and ``notes``.

    Cells a spreadsheet would run as a formula are guarded as in every other CSV of the project
    (:func:`helpers.core.spreadsheet.neutralize_formulas`).

    Parameters
    ----------
    sample : DataFrame
        The drawn units (:func:`helpers.validation.coding.draw_sample`).
    path : str or Path
        File to write (its folder is created).
    columns : sequence of str
        Columns of ``sample`` shown to the coder, in order (``unit_key`` first).
    code : str
        Name of the column the coder fills.
    overwrite : bool
        Replace an existing file that holds no codes; a sheet with codes is never overwritten.
    hint : str
        How to draw a proper sample, added to the error for a missing column.

    Returns
    -------
    Path
        The file written.

    Raises
    ------
    ValueError
        If a column is missing or the file exists (with ``overwrite``: holds codes).
    """
    missing = [c for c in columns if c not in sample.columns]
    if missing:
        raise ValueError(f"sample lacks {noun(len(missing), 'column')} {missing}; {hint or 'draw it with draw_sample()'}.")
    p = Path(path)
    if p.exists() and not overwrite:
        raise ValueError(f"{p} exists: a coding sheet is never overwritten; choose another name or delete it.")
    if p.exists() and _has_codes(p, code):
        raise ValueError(f"{p} holds a coder's codes: a filled sheet is never overwritten; move it out of this folder, "
                         "then run again.")
    p.parent.mkdir(parents=True, exist_ok=True)
    sheet = sample[list(columns)].copy()
    sheet[code] = ""
    sheet["notes"] = ""
    neutralize_formulas(sheet).to_csv(p, index=False)
    return p


def _has_codes(path: Path, code: str) -> bool:
    """Whether an existing file holds a code: a non-blank ``code`` cell, else (another sheet, an unreadable file)
    what :func:`helpers.validation.coding.sheet_has_codes` says."""
    try:
        df = _read_sheet(path)
    except ValueError:
        return True
    if code not in df.columns:
        return sheet_has_codes(path)
    return bool(df[code].str.strip().ne("").any())


def read_choice_sheets(paths: Sequence[str | Path], labels: Sequence[str], code: str, draw: str,
                       coders: Sequence[str] | None = None) -> pd.DataFrame:
    """Read filled one-choice sheets (one per coder) into long 0/1 codes, one label per code.

    Parameters
    ----------
    paths : sequence of str or Path
        The sheets (CSV; columns in any order, extra columns ignored; read as
        :func:`helpers.validation.coding.read_coding_sheets` reads frame sheets: UTF-8 or a spreadsheet's other
        encoding, ``,``, ``;`` or tab).
    labels : sequence of str
        The codes a ``code`` cell may hold; case and spaces around them do not matter, and a space or hyphen counts as
        ``_`` ("ordinary person", "not-attribution").
    code : str
        The column the coders filled.
    draw : str
        The command that draws such a sheet, named in the error for a sheet without ``unit_key`` or ``code``.
    coders : sequence of str, optional
        Coder names, one per sheet (default: the file stems).

    Returns
    -------
    DataFrame
        ``coder``, ``unit_key``, ``label``, ``value``: for every coded row, 1 for its code and 0 for every other
        label, sorted. A row whose ``code`` cell is blank is not coded (left out), so a coder may skip a row.

    Raises
    ------
    ValueError
        Naming the file, row and column: a missing file or column, a sheet without rows or with every ``code`` cell
        blank, a code that is not one of ``labels`` (the valid codes are listed), a unit coded twice in one sheet,
        or two sheets with the same coder name.
    """
    paths = [Path(p) for p in paths]
    if not paths:
        raise ValueError("no coding sheets given.")
    names = list(coders) if coders is not None else [p.stem for p in paths]
    if len(names) != len(paths) or len(set(names)) != len(names):
        raise ValueError(f"coder names must be distinct, one per sheet; got {names}. Rename the files: a coder's name "
                         "is the sheet's file name without .csv (ann.csv, bob.csv).")
    labels = list(labels)
    valid = {lab.lower(): lab for lab in labels}
    out = []
    for p, coder in zip(paths, names):
        if not p.is_file():
            raise ValueError(f"coding sheet {str(p)!r} not found (a sheet given as a relative path is looked for "
                             f"under the project root, then in the current folder {str(Path.cwd())!r}).")
        df = restore_formulas(_read_sheet(p))
        missing = [c for c in ("unit_key", code) if c not in df.columns]
        if missing:
            raise ValueError(f"{p}: missing {noun(len(missing), 'column')} {missing}; this sheet needs unit_key and "
                             f"{code} (draw it with {draw}).")
        if not len(df):
            raise ValueError(f"{p}: no coded row (only the header); give the sheet as the coder filled it in, or "
                             "leave it out.")
        dup = df["unit_key"].duplicated(keep=False)
        if dup.any():
            key = df["unit_key"][dup].iloc[0]
            rows = [int(i) + 2 for i in np.flatnonzero(df["unit_key"].to_numpy() == key)]
            raise ValueError(f"{p}: rows {' and '.join(map(str, rows))} both code unit {key!r}; keep one row per unit.")
        given = df[code].fillna("").astype(str).str.strip().str.lower().str.replace(r"[\s-]+", "_", regex=True)
        if given.eq("").all():
            raise ValueError(f"{p}: every {code} cell is blank, so the sheet looks unfilled; write one code per row "
                             f"({', '.join(labels)}) or leave the sheet out.")
        bad = ~given.isin(list(valid)) & given.ne("")
        if bad.any():
            i = int(np.flatnonzero(bad)[0])
            raise ValueError(f"{p}: row {i + 2}, column {code!r}: {df[code].iloc[i]!r} is not a code of this measure; "
                             f"write one of {', '.join(labels)} (or leave the cell blank to skip the row).")
        coded = df[given.ne("")]
        chosen = given[given.ne("")].map(valid)
        for lab in labels:
            out.append(pd.DataFrame({"coder": coder, "unit_key": coded["unit_key"].to_numpy(), "label": lab,
                                     "value": (chosen == lab).astype(int).to_numpy()}))
    return pd.concat(out, ignore_index=True).sort_values(["label", "unit_key", "coder"], kind="stable",
                                                         ignore_index=True)


def choice_predictions(keys: pd.Series, values: pd.Series, labels: Sequence[str]) -> pd.DataFrame:
    """The automated values of a one-choice measure as 0/1 labels (index ``unit_key``, one column per code).

    Parameters
    ----------
    keys : Series of str
        Unit keys.
    values : Series of str
        The automated value of each unit (same length); a value not among ``labels`` sets no column.
    labels : sequence of str
        The codes.

    Returns
    -------
    DataFrame
        Integer 0/1 labels.
    """
    v = np.asarray(values, dtype=object)
    return pd.DataFrame({lab: (v == lab).astype(int) for lab in labels}, index=pd.Index(np.asarray(keys), name="unit_key"))


def corrected_shares_sentence(path: str | Path, words: Mapping[str, str], script: str) -> str:
    """One sentence on how a coded sample corrected a measure's shares, from a committed results file.

    Parameters
    ----------
    path : str or Path
        Results file of a corrected-shares benchmark (``date``, ``dataset``, ``coded_units`` and ``shares`` rows with
        ``label``, ``group``, ``naive``, ``corrected``, ``corrected_low``, ``corrected_high``; the whole population's
        rows have ``group`` ``"(all)"``).
    words : mapping of str to str
        The labels to report, in order, each with the words that name it ("positive": "positive").
    script : str
        The benchmark script that wrote the file, named in the sentence.

    Returns
    -------
    str
        "On the project's benchmark sample (<data set>), shares corrected with a hand-coded random
        sample (<n> coded; <script>, <date>): ..." (review s78-A: "on AllSides, the 2,000 articles notebook 02 reads"
        was read as this run's articles), or
        "" when the file is missing or holds none of ``words``' labels.
    """
    import json

    p = Path(path)
    if not p.is_file():
        return ""
    r = json.loads(p.read_text(encoding="utf-8"))
    rows = {x["label"]: x for x in r.get("shares", []) if x.get("group") == "(all)"}
    parts = [f"{w} {rows[lab]['naive']:.0%} by the software, {rows[lab]['corrected']:.0%} corrected (95% CI "
             f"{rows[lab]['corrected_low']:.0%}-{rows[lab]['corrected_high']:.0%})"
             for lab, w in words.items() if lab in rows and rows[lab].get("corrected") is not None]
    if not parts:
        return ""
    return (f"On the project's benchmark sample ({r['dataset'].split(' (')[0].split(';')[0]}), shares "
            f"corrected with a hand-coded random sample ({r['coded_units']} coded; {script}, {r['date']}): "
            + "; ".join(parts) + ".")


def sentences_before(rows: pd.DataFrame, sentences: pd.DataFrame, k: int = 2) -> list[str]:
    """The ``k`` sentences before each row's sentence in its article, joined by a space (what a coder reads first).

    Parameters
    ----------
    rows : DataFrame
        Units to code (``doc_id``, ``unit_id``).
    sentences : DataFrame
        The sentences they were read from (``doc_id``, ``unit_id``, ``text``).
    k : int
        Sentences before.

    Returns
    -------
    list of str
        One string per row of ``rows`` ("" for an article's first sentence).
    """
    s = sentences[["doc_id", "unit_id", "text"]].drop_duplicates(["doc_id", "unit_id"])
    text = dict(zip(zip(s["doc_id"].astype(str), s["unit_id"].astype(int)), s["text"].fillna("").astype(str)))
    return [" ".join(t for t in (text.get((d, i), "") for i in range(u - k, u)) if t)
            for d, u in zip(rows["doc_id"].astype(str), rows["unit_id"].astype(int))]


def score_choice_sheets(codes: pd.DataFrame, pred: pd.DataFrame, groups: pd.Series | None, sheets: Sequence[str | Path],
                        unit: str, given: str, not_found: str, n_boot: int = 1000, seed: int = 0) -> dict:
    """Coders' one-code sheets against the software: agreement, scores and corrected shares per group.

    Parameters
    ----------
    codes : DataFrame
        :func:`read_choice_sheets` output.
    pred : DataFrame
        The software's 0/1 labels of every unit (:func:`choice_predictions`).
    groups : Series or None
        The group of every unit of ``pred`` (same order); None: the whole corpus.
    sheets : sequence of str or Path
        The sheets (their ``stratum`` column tells a sample stratified otherwise).
    unit, given, not_found : str
        For the error of a coded unit that is not among ``pred``'s: the unit's noun ("attribution"), how the sheets
        were given ("-p role_sheets") and what the units are not among, with what to do.
    n_boot, seed : int
        Bootstrap resamples of the score intervals and their seed.

    Returns
    -------
    dict of str to DataFrame
        :func:`helpers.validation.cli.sheet_results`.

    Raises
    ------
    ValueError
        If a coded unit is not among ``pred``'s units.
    """
    from .cli import sheet_results
    from .coding import sheet_strata

    missing = pd.Index(codes["unit_key"].unique()).difference(pred.index)
    if len(missing):
        raise ValueError(f"{count(len(missing), 'coded ' + unit)} of {given} (e.g. {missing[0]!r}) "
                         f"{noun(len(missing), 'is', 'are')} not among {not_found}.")
    g = None if groups is None else pd.Series(np.asarray(groups).astype(str), index=pred.index)
    return sheet_results(codes, pred, g, n_boot=n_boot, seed=seed, strata=sheet_strata(sheets))
