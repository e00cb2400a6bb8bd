"""Hand-coding workflow: draw a sample, write a coding sheet and guide, read sheets back, agree, score.

1. :func:`draw_sample`: a stratified random sample of units (sentences or
   articles) with a seed (strata as equal as their sizes allow, see
   :func:`helpers.corpus.groups.sample_articles`).
2. :func:`write_coding_sheet`: a CSV with one row per unit, the text, and one
   empty column per label of the measure, to fill with 1 (applies) or 0 /
   blank (does not); :func:`coding_guide_html`: the codebook as an HTML page
   (definitions, indicator questions, cues, positive and negative examples),
   every piece of text escaped.
3. :func:`read_coding_sheets`: read one sheet per coder back into a long
   table (``coder``, ``unit_key``, ``label``, ``value``), checking the values.
4. :func:`agreement_table`: Krippendorff's alpha per label (says when it
   cannot be computed, e.g. with one coder); :func:`consensus`: the majority
   code per unit and label (ties count as "applies" only when
   ``tie="positive"``).
5. Score the automated labels against the consensus with
   :func:`helpers.stats.agreement.score_table`.
"""
from __future__ import annotations

import html
import io
import warnings
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from ..core.spreadsheet import neutralize_formulas, restore_formulas
from ..core.wording import count, noun
from ..corpus.groups import pools_last, sample_articles
from ..corpus.sources import CorpusWarning, decode_bytes
from ..stats.agreement import krippendorff_alpha
from ..stats.intervals import wilson_interval

__all__ = [
    "CONTEXT_COLUMN", "MIN_CODED_ARTICLES", "MIN_MARKED_UNITS", "MIN_PAIRED_UNITS", "MIN_SHARED_SHARE", "SHEET_ID_COLUMNS", "SheetWarning",
    "add_context", "agreement_shown", "agreement_table", "coding_guide_html", "consensus", "draw_sample",
    "read_coding_sheets", "sheet_has_codes", "sheet_precision", "sheet_strata", "stratum_articles", "stratum_counts",
    "write_coding_sheet",
]

SHEET_ID_COLUMNS = ("unit_key", "doc_id", "stratum", "text")
"""Columns every coding sheet starts with; the label columns follow, then ``notes``."""
CONTEXT_COLUMN = "context_before"
"""The sentences before a drawn sentence in its article, written before ``text`` when the sample has them (review
s78-B: coders met "Really?" or "His sentiments were similar" with nothing to tell what they answer); never coded."""

MIN_PAIRED_UNITS = 20
"""Units coded by two coders or more below which :func:`agreement_table` gives no alpha (review s78-B: an alpha of
1.0 from the 2 sentences that two sheets of different draws shared)."""
MIN_MARKED_UNITS = 5
"""Units marked by any coder below which a label is too rare for its alpha to be judged (review s78-B: "1.000" on a
frame marked in one sentence)."""
MIN_CODED_ARTICLES = 3
"""Articles a group's coded sentences must come from for an interval of its corrected share (review s78-B: 15
sentences of 2 articles gave "0% (95% CI 0-11%)" while notebook 03 and the index give no interval below 3 articles)."""
MIN_SHARED_SHARE = 0.8
"""Share of a sheet's units that the other sheets also code, below which :func:`read_coding_sheets` warns that the
sheets may come from different draws."""


class SheetWarning(UserWarning):
    """A coding sheet was read after a repair (not saved as UTF-8), or the sheets share few units; the message names
    the file."""


_TRUE = {"1", "1.0", "x", "yes", "y", "true"}
_FALSE = {"0", "0.0", "", "no", "n", "false"}
_WORKBOOK_START = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")
"""The first bytes of a spreadsheet workbook: .xlsx and .ods are zip files, .xls an OLE file."""
_WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".numbers")
_SAVE_AS_CSV = ("open it in your spreadsheet, save it as CSV (\"CSV UTF-8 (comma delimited)\" in Excel, \"Text CSV\" "
                "in LibreOffice) and give the .csv file.")


def draw_sample(units: pd.DataFrame, n: int, stratum: str | None = None, seed: int = 0,
                key_cols: Sequence[str] = ("doc_id", "unit_id")) -> pd.DataFrame:
    """A stratified random sample of units, in a random (seeded) order for coding.

    Parameters
    ----------
    units : DataFrame
        One row per unit, with ``text`` and the ``key_cols`` that identify it.
    n : int
        Units to draw (all when fewer).
    stratum : str, optional
        Column to stratify by (e.g. ``"outlet"``); None for a simple random sample.
    seed : int
        Seed of the draw and of the order.
    key_cols : sequence of str
        Columns joined with ":" into ``unit_key`` (use ``("doc_id",)`` for articles).

    Returns
    -------
    DataFrame
        The drawn units with ``unit_key`` and ``stratum`` columns added, shuffled
        (so that coders do not read units in article order), index reset.

    Raises
    ------
    ValueError
        If a column is missing, ``n`` is not positive, or unit keys repeat.
    """
    need = ["text", *key_cols] + ([stratum] if stratum else [])
    missing = [c for c in need if c not in units.columns]
    if missing:
        raise ValueError(f"units lacks {noun(len(missing), 'column')} {missing}; it has {list(units.columns)}.")
    if not isinstance(n, (int, np.integer)) or n < 1:
        raise ValueError(f"n must be a positive integer, got {n!r}")
    keys = units[list(key_cols)].astype(str).agg(":".join, axis=1)
    if keys.duplicated().any():
        raise ValueError(f"unit keys from {list(key_cols)} repeat (e.g. {keys[keys.duplicated()].iloc[0]!r}); "
                         "give key_cols that identify a unit.")
    strata = units[stratum].astype(str) if stratum else pd.Series("(all)", index=units.index)
    keep = sample_articles(strata.reset_index(drop=True), n, seed=seed)
    out = units.reset_index(drop=True)[keep].assign(unit_key=keys.to_numpy()[keep], stratum=strata.to_numpy()[keep])
    order = np.random.default_rng(seed + 1).permutation(len(out))
    return out.iloc[order].reset_index(drop=True)


def add_context(sample: pd.DataFrame, units: pd.DataFrame, k: int = 2) -> pd.DataFrame:
    """``sample`` with :data:`CONTEXT_COLUMN`: the ``k`` sentences before each drawn sentence in its article.

    Parameters
    ----------
    sample : DataFrame
        From :func:`draw_sample` on sentence units (``doc_id``, ``unit_id``).
    units : DataFrame
        Every sentence it was drawn from (``doc_id``, ``unit_id``, ``text``).
    k : int, default 2
        Sentences before.

    Returns
    -------
    DataFrame
        A copy; ``sample`` itself when it has no ``unit_id`` (articles).
    """
    from .choice import sentences_before

    if "unit_id" not in sample.columns:
        return sample
    return sample.assign(**{CONTEXT_COLUMN: sentences_before(sample, units, k)})


def write_coding_sheet(sample: pd.DataFrame, labels: Sequence[str], path: str | Path,
                       overwrite: bool = False) -> Path:
    """Write a coding sheet CSV: identifying columns, the text, one empty column per label, ``notes``.

    The sheet is made to be opened in a spreadsheet: a text cell (a sentence, an
    outlet name) that a spreadsheet would run as a formula gets the prefix
    :data:`helpers.core.spreadsheet.FORMULA_PREFIX`, as in every other CSV.

    Parameters
    ----------
    sample : DataFrame
        From :func:`draw_sample`; a :data:`CONTEXT_COLUMN` column, when present, is written before ``text``.
    labels : sequence of str
        Label ids of the measure (e.g. the codebook's entry ids).
    path : str or Path
        File to write (its folder is created).
    overwrite : bool
        Replace an existing file that holds no codes (:func:`sheet_has_codes`). By default an existing file is an
        error; a sheet with codes is never overwritten, even with ``overwrite=True``.

    Returns
    -------
    Path
        The file written.

    Raises
    ------
    ValueError
        If a column is missing, labels are empty or repeat, or the file exists (with ``overwrite``: holds codes).
    """
    missing = [c for c in SHEET_ID_COLUMNS if c not in sample.columns]
    if missing:
        raise ValueError(f"sample lacks {noun(len(missing), 'column')} {missing}; draw it with draw_sample().")
    labels = list(labels)
    if not labels or len(set(labels)) != len(labels):
        raise ValueError(f"labels must be non-empty and distinct, got {labels}")
    p = Path(path)
    if p.exists() and not overwrite:
        raise ValueError(f"{p} exists: a coding sheet is never overwritten; choose another name or delete it.")
    if p.exists() and sheet_has_codes(p):
        raise ValueError(f"{p} holds a coder's codes: a filled sheet is never overwritten; move it out of this folder "
                         "(and give it back with coding_sheets), then run again.")
    p.parent.mkdir(parents=True, exist_ok=True)
    cols = list(SHEET_ID_COLUMNS)
    if CONTEXT_COLUMN in sample.columns:  # what the coder reads first, before the sentence to code
        cols.insert(cols.index("text"), CONTEXT_COLUMN)
    sheet = sample[cols].copy()
    for lab in labels:
        sheet[lab] = ""
    sheet["notes"] = ""
    neutralize_formulas(sheet).to_csv(p, index=False)
    return p


def coding_guide_html(codebook: Mapping, examples: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
                      max_cues: int = 40, cues: str = "folded") -> str:
    """An HTML coding guide from a codebook: per label its definition, indicators, coding notes, cues and examples
    (the codebook entry's own ``examples`` and ``coder_notes``, then those given).

    Parameters
    ----------
    codebook : mapping
        A loaded codebook (``name``, ``version``, ``description``, ``notes``, ``entries``).
    examples : mapping, optional
        Label id to ``{"positive": [...], "negative": [...]}`` example texts.
    max_cues : int
        Cues listed per label (the rest are counted).
    cues : {"folded", "shown", "none"}, default "folded"
        How the tagger's cue words appear: folded under each label with a warning not to open them before coding
        (the default since review s76: a coder who reads them is primed toward the tagger, and the project's blind
        checks were coded from the definitions and indicators alone), shown as before, or left out.

    Returns
    -------
    str
        A self-contained HTML page; every text from the codebook or the
        examples is escaped. The codebook's ``notes`` (the tagger's rules and
        version history) come last, folded, marked as not coding instructions.

    Raises
    ------
    ValueError
        When ``cues`` is not one of the three values.
    """
    if cues not in ("folded", "shown", "none"):
        raise ValueError(f"cues must be 'folded', 'shown' or 'none', got {cues!r}")
    e = html.escape
    examples = examples or {}
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>",
        f"<title>Coding guide: {e(str(codebook.get('name', '')))}</title>",
        "<style>body{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.4}"
        "h2{border-top:1px solid #ccc;padding-top:.6em}.cues{color:#555;font-size:90%}</style></head><body>",
        f"<h1>Coding guide: {e(str(codebook.get('name', '')))} (version {e(str(codebook.get('version', '')))})</h1>",
        "<p>For every unit and every label below, write 1 in the label's column when the unit meets the "
        "definition, and leave it blank (or 0) when it does not. A unit may carry several labels or none. "
        "Decide from the definition and its indicator questions, not from cue words: the automated tagger's cues "
        + ("are folded under each label; do not open them before you have coded, since reading them pulls a coder "
           "toward the tagger's answers, and a cue in another sense does not make a label. "
           if cues == "folded" else
           "are listed under each label as hints, and a cue in another sense does not make a label. "
           if cues == "shown" else "are not part of this guide. ")
        + "Use <code>notes</code> for doubtful calls.</p>",
        "<p><b>Coding sentences.</b> When the units are sentences, read each indicator question as asked of the "
        "sentence (\"Does this sentence ...\", not \"Does the story ...\"): code what the sentence itself says. The "
        "column <code>context_before</code> holds the sentences before it in its article: read it first, to tell "
        "whom \"he\" or \"it\" means and what a short reply answers, but do not code what only the context says. "
        "A sentence that is no part of the article (a caption, a menu, a subscription line) gets no label and a note "
        "<code>not article text</code>.</p>",
    ]
    if codebook.get("description"):
        parts.append(f"<p><b>Description.</b> {e(' '.join(str(codebook['description']).split()))}</p>")
    for eid, ent in codebook["entries"].items():
        if ent.get("residual"):
            continue
        parts.append(f"<h2>{e(str(ent.get('label', eid)))} <code>{e(eid)}</code></h2>")
        parts.append(f"<p>{e(' '.join(str(ent.get('definition', '')).split()))}</p>")
        if ent.get("indicators"):
            parts.append("<ul>" + "".join(f"<li>{e(q)}</li>" for q in ent["indicators"]) + "</ul>")
        if ent.get("coder_notes"):  # the codebook's own instructions to coders (review s80-C)
            parts.append(f"<p><b>Coding notes.</b> {e(' '.join(str(ent['coder_notes']).split()))}</p>")
        terms = list(ent.get("terms") or []) + list(ent.get("patterns") or [])
        more = f" … and {len(terms) - max_cues} more" if len(terms) > max_cues else ""
        listed = f"Cues: {e(', '.join(map(str, terms[:max_cues])))}{e(more)}"
        if cues == "shown":
            parts.append(f"<p class='cues'>{listed}</p>")
        elif cues == "folded" and terms:
            parts.append("<details class='cues'><summary>The tagger's cue words (open only after coding)</summary>"
                         f"<p>{listed}</p></details>")
        ex = examples.get(eid, {})
        own = ent.get("examples") or {}  # the codebook's own examples first, then coded ones from a sample
        for kind in ("positive", "negative"):
            shown = [*own.get(kind, []), *ex.get(kind, [])]
            if shown:
                parts.append(f"<p><b>{kind.capitalize()} examples</b></p><ul>"
                             + "".join(f"<li>{e(str(t))}</li>" for t in shown) + "</ul>")
    if codebook.get("notes"):  # the tagger's rules and version history: not instructions to coders
        parts.append("<details><summary>About the automated tagger's cues and versions (not coding instructions)"
                     f"</summary><p class='cues'>{e(' '.join(str(codebook['notes']).split()))}</p></details>")
    parts.append(f"<p class='cues'>Source: {e(' '.join(str(codebook.get('source', '')).split()))}</p></body></html>")
    return "\n".join(parts)


def read_coding_sheets(paths: Sequence[str | Path], labels: Sequence[str],
                       coders: Sequence[str] | None = None) -> pd.DataFrame:
    """Read filled coding sheets (one per coder) into a long table.

    Parameters
    ----------
    paths : sequence of str or Path
        The sheets (CSV, as written by :func:`write_coding_sheet`; columns in any order, extra columns ignored).
        As a spreadsheet saves them: UTF-8 with or without a byte-order mark, or another encoding decoded as
        the corpus's CSV files are (Windows-1252, with a :class:`SheetWarning` naming the file); cells separated by ``,``, ``;`` (Excel in many European locales) or a tab.
    labels : sequence of str
        Label columns expected in every sheet.
    coders : sequence of str, optional
        Coder names, one per sheet (default: the file stems).

    Returns
    -------
    DataFrame
        ``coder``, ``unit_key``, ``label``, ``value`` (0/1), sorted. A cell that
        :func:`write_coding_sheet` prefixed as a formula guard is read without the
        prefix (:func:`helpers.core.spreadsheet.restore_formulas`), so a
        ``unit_key`` is the unit's key again.

    Raises
    ------
    ValueError
        Naming the file, row and column: a missing file or column, a workbook
        (.xlsx, .ods, .xls: save it as CSV), a sheet without rows, a value
        other than 1/1.0/x/yes/true or 0/0.0/blank/no/false, a unit coded twice in
        one sheet (both rows named), a sheet whose every label cell is blank (unfilled), or two
        sheets with the same coder name.

    Warns
    -----
    SheetWarning
        When a sheet shares less than :data:`MIN_SHARED_SHARE` of its units with the other sheets: sheets drawn with
        another ``--seed``, ``--n`` or ``--stratum`` are read without error (coders may split one draw on purpose),
        but their agreement rests only on the units they share.
    """
    paths = [Path(p) for p in paths]
    if not paths:
        raise ValueError("no coding sheets given.")
    names = list(coders) if coders is not None else [p.stem for p in paths]
    if len(names) != len(paths) or len(set(names)) != len(names):
        how = (" Rename the files: a coder's name is the sheet's file name without .csv (ann.csv, bob.csv)."
               if coders is None else "")
        raise ValueError(f"coder names must be distinct, one per sheet; got {names} for {count(len(paths), 'sheet')}."
                         + how)
    out = []
    for p, coder in zip(paths, names):
        if not p.is_file():
            raise ValueError(f"coding sheet {str(p)!r} not found (a sheet given as a relative path is looked for "
                             f"under the project root, then in the current folder {str(Path.cwd())!r}).")
        df = restore_formulas(_read_sheet(p))  # "'@home:0" was written for "@home:0"
        missing = [c for c in ["unit_key", *labels] if c not in df.columns]
        if missing:
            raise ValueError(f"{p}: missing {noun(len(missing), 'column')} {missing}; a sheet needs unit_key and one "
                             "column per label." + _measure_hint(df.columns, labels))
        if not len(df):
            raise ValueError(f"{p}: no coded row (only the header); give the sheet as the coder filled it in, or "
                             "leave it out.")
        dup = df["unit_key"].duplicated(keep=False)
        if dup.any():
            key = df["unit_key"][dup].iloc[0]
            rows = [int(i) + 2 for i in np.flatnonzero(df["unit_key"].to_numpy() == key)]
            raise ValueError(f"{p}: rows {' and '.join(map(str, rows))} both code unit {key!r}; keep one row per unit.")
        if len(df) and labels and all(df[lab].str.strip().eq("").all() for lab in labels):
            raise ValueError(f"{p}: every label cell is blank, so the sheet looks unfilled; code it (1 where a label "
                             "applies, 0 or blank where it does not: write at least one 0 if no label applies to any "
                             "unit) or leave it out.")
        for lab in labels:
            v = df[lab].str.strip().str.lower()
            bad = ~v.isin(_TRUE | _FALSE)
            if bad.any():
                i = int(np.flatnonzero(bad)[0])
                raise ValueError(f"{p}: row {i + 2}, column {lab!r}: value {df[lab].iloc[i]!r}; "
                                 "write 1 (applies) or leave blank / 0 (does not).")
            out.append(pd.DataFrame({"coder": coder, "unit_key": df["unit_key"], "label": lab,
                                     "value": v.isin(_TRUE).astype(int)}))
    _warn_few_shared(out, paths, names)
    return pd.concat(out, ignore_index=True).sort_values(["label", "unit_key", "coder"], kind="stable",
                                                         ignore_index=True)


def _warn_few_shared(parts: list[pd.DataFrame], paths: list[Path], names: list[str]) -> None:
    """A :class:`SheetWarning` naming each sheet that shares less than :data:`MIN_SHARED_SHARE` of its units with
    the other sheets (``parts``: the long codes of each sheet's labels, in sheet order)."""
    if len(paths) < 2:
        return
    keys = {c: set() for c in names}
    for part in parts:
        if len(part):
            keys[part["coder"].iloc[0]].update(part["unit_key"])
    few = []
    for p, c in zip(paths, names):
        others = set().union(*(keys[o] for o in names if o != c))
        shared = len(keys[c] & others)
        if keys[c] and shared < MIN_SHARED_SHARE * len(keys[c]):
            few.append(f"{p.name} shares {shared} of its {len(keys[c])} units with the other sheets")
    if not few:
        return
    largest = max(names, key=lambda c: (len(keys[c]), c))
    if all(keys[c] <= keys[largest] for c in names):  # one draw, partly double-coded on purpose (review s80-C)
        multi = {u for u in keys[largest] if sum(u in keys[c] for c in names) > 1}
        n_all = len(keys[largest])
        warnings.warn(f"the sheets are one draw, partly coded twice: {len(multi)} of its {n_all} units have two "
                      f"coders or more (agreement and consensus rest on them), the other {n_all - len(multi)} one "
                      "coder only (their consensus is that coder's codes).", SheetWarning, stacklevel=3)
        return
    warnings.warn("; ".join(few) + ". Were the sheets drawn with different --seed, --n or --stratum? Draw one "
                  "sheet and give each coder a copy; agreement rests only on the units two coders or more coded.",
                  SheetWarning, stacklevel=3)


def sheet_has_codes(path: str | Path) -> bool:
    """Whether a coding sheet holds any code: a cell that is not blank outside the identifying columns and ``notes``.

    Parameters
    ----------
    path : str or Path
        A coding sheet (:func:`write_coding_sheet`).

    Returns
    -------
    bool
        True also for a file that cannot be read as a sheet (a workbook saved under the name, a damaged file), so
        that nothing a coder may have worked on is replaced; False for a missing file.
    """
    p = Path(path)
    if not p.is_file():
        return False
    try:
        df = _read_sheet(p)
    except ValueError:
        return True
    cols = [c for c in df.columns if c not in (*SHEET_ID_COLUMNS, CONTEXT_COLUMN, "notes")]
    return bool(len(df)) and any(df[c].str.strip().ne("").any() for c in cols)


def sheet_strata(paths: Sequence[str | Path]) -> pd.Series:
    """The ``stratum`` of every unit of filled coding sheets (the first sheet that has the unit gives it).

    Parameters
    ----------
    paths : sequence of str or Path
        The sheets, as for :func:`read_coding_sheets`.

    Returns
    -------
    Series of str
        Index ``unit_key``; empty when no sheet has a ``stratum`` column.

    Notes
    -----
    The sheets were read by :func:`read_coding_sheets` first, which warns of a sheet read after a repair; reading them
    again here says nothing more (dogfood 12bo-d: ``score`` printed each warning twice).
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SheetWarning)
        frames = [restore_formulas(_read_sheet(Path(p))).reindex(columns=["unit_key", "stratum"]) for p in paths]
    both = pd.concat(frames, ignore_index=True).dropna().drop_duplicates("unit_key")
    return both.set_index("unit_key")["stratum"].astype(str)


def _measure_hint(columns: Sequence[str], labels: Sequence[str]) -> str:
    """" It has label columns of ...": the other frame codebook (shared, or the active study's own: review s80-C) with
    the most labels among ``columns``, else ""."""
    from ..core.study import active_study
    from ..framing import FRAME_CODEBOOKS, CodebookError, load_codebook

    best, name = 0, ""
    for book in dict.fromkeys([*FRAME_CODEBOOKS, *active_study().codebooks]):
        try:
            cb = load_codebook(book)
        except (CodebookError, ValueError):  # a study's file that does not load: its own error comes elsewhere
            continue
        ids = {e for e, en in cb["entries"].items() if not en.get("residual")}
        if ids != set(labels) and len(ids & set(columns)) > best:
            best, name = len(ids & set(columns)), cb["name"]
    if not name:
        return ""
    return (f" It has label columns of the measure {name!r}: score it with that measure (--measure {name}; "
            f"-p measure {name} for notebook 04).")


def _read_sheet(path: Path) -> pd.DataFrame:
    """One coding sheet as text cells: refuses a workbook, decodes as the corpus's CSVs, finds the separator."""
    data = path.read_bytes()
    if data.startswith(_WORKBOOK_START) or path.suffix.lower() in _WORKBOOK_SUFFIXES:
        raise ValueError(f"{path}: this is a spreadsheet workbook, not a CSV file; {_SAVE_AS_CSV}")
    if not data.strip():
        raise ValueError(f"{path}: the file is empty; give the filled coding sheet (CSV).")
    with warnings.catch_warnings(record=True) as said:  # a sheet is no corpus file: its own warning class
        warnings.simplefilter("always", CorpusWarning)
        text = decode_bytes(data, str(path))
    for w in said:
        warnings.warn(str(w.message), SheetWarning, stacklevel=3)
    header = text.lstrip("\ufeff").split("\n", 1)[0]
    sep = next((d for d in (",", ";", "\t") if "unit_key" in [c.strip().strip('"') for c in header.split(d)]), ",")
    return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, sep=sep)


def agreement_table(codes: pd.DataFrame, n_boot: int = 1000, seed: int = 0) -> pd.DataFrame:
    """Krippendorff's alpha per label, with a bootstrap interval, from :func:`read_coding_sheets` output.

    Alpha is given only where it can be judged: on at least :data:`MIN_PAIRED_UNITS` units coded by two coders or
    more, of which at least :data:`MIN_MARKED_UNITS` were marked by some coder; otherwise the note says why (and
    gives the alpha of a rare label in words).

    Parameters
    ----------
    codes : DataFrame
        Long codes: ``coder``, ``unit_key``, ``label``, ``value``.
    n_boot : int, default 1000
        Bootstrap resamples of the units for the interval.
    seed : int, default 0
        Seed of the resampling.

    Returns
    -------
    DataFrame
        ``label``, ``coders``, ``units`` (coded by at least two coders), ``marked`` (of those, units some coder
        marked), ``alpha``, ``alpha_low``, ``alpha_high`` (95% percentile bootstrap over units; NaN where alpha is
        not given) and ``note`` (why alpha is not given).
    """
    rows = []
    for lab, sub in codes.groupby("label", sort=False):
        wide = sub.pivot(index="coder", columns="unit_key", values="value")
        paired = wide.loc[:, wide.notna().sum() >= 2]
        marked = int((paired.fillna(0) > 0).any().sum())
        a, why = krippendorff_alpha(wide)
        lo = hi = np.nan
        if a is not None and paired.shape[1] < MIN_PAIRED_UNITS:
            why, a = (f"only {count(paired.shape[1], 'unit')} coded by two coders or more (at least "
                      f"{MIN_PAIRED_UNITS} needed): no alpha"), None
        elif a is not None and marked < MIN_MARKED_UNITS:
            why, a = (f"too rare to judge: {marked} of {paired.shape[1]} units marked by any coder (at least "
                      f"{MIN_MARKED_UNITS} needed); alpha would be {a:.2f}"), None
        elif a is not None:
            lo, hi = _alpha_interval(paired, n_boot, seed)
        rows.append({"label": lab, "coders": int(wide.shape[0]), "units": int(paired.shape[1]), "marked": marked,
                     "alpha": np.nan if a is None else a, "alpha_low": lo, "alpha_high": hi, "note": why})
    return pd.DataFrame(rows, columns=["label", "coders", "units", "marked", "alpha", "alpha_low", "alpha_high", "note"])


def agreement_shown(table: pd.DataFrame) -> pd.DataFrame:
    """:func:`agreement_table` for reading: alpha with its interval in one cell ("0.71 (95% CI 0.52-0.86)"), or
    "n/a" where the note says why.

    Parameters
    ----------
    table : DataFrame
        From :func:`agreement_table` (a ``family`` column, when present, is kept first).

    Returns
    -------
    DataFrame
        The identifying columns, ``coders``, ``units``, ``marked``, ``alpha`` (worded) and ``note``.
    """
    from ..core.wording import score_interval

    worded = [score_interval(a, lo, hi) if a == a else "n/a"
              for a, lo, hi in zip(table["alpha"], table["alpha_low"], table["alpha_high"])]
    keep = [c for c in ("family", "label", "coders", "units", "marked") if c in table.columns]
    return table[keep].assign(alpha=worded, note=table["note"].to_numpy())


def _alpha_interval(paired: pd.DataFrame, n_boot: int, seed: int) -> tuple[float, float]:
    """95% percentile bootstrap interval of alpha over the units (columns) of ``paired``; resamples without
    variation are left out (NaN, NaN when none is left)."""
    import krippendorff

    data = paired.to_numpy(dtype=float)
    rng = np.random.default_rng(seed)
    k = data.shape[1]
    vals = []
    for _ in range(n_boot):
        d = data[:, rng.integers(0, k, k)]
        if np.unique(d[~np.isnan(d)]).size < 2:
            continue
        vals.append(krippendorff.alpha(reliability_data=d, level_of_measurement="nominal"))
    if not vals:
        return np.nan, np.nan
    return float(np.percentile(vals, 2.5)), float(np.percentile(vals, 97.5))


def consensus(codes: pd.DataFrame, tie: str = "negative") -> pd.DataFrame:
    """The coders' majority code per unit and label (wide: units by labels, 0/1).

    Parameters
    ----------
    codes : DataFrame
        From :func:`read_coding_sheets`.
    tie : {"negative", "positive"}
        What a tie (e.g. one coder of two) gives.

    Returns
    -------
    DataFrame
        Index ``unit_key`` (sorted), one 0/1 column per label, in label order.

    Raises
    ------
    ValueError
        For another ``tie``.
    """
    if tie not in ("negative", "positive"):
        raise ValueError(f"tie must be 'negative' or 'positive', got {tie!r}")
    m = codes.groupby(["unit_key", "label"], sort=False)["value"].mean().unstack("label")
    labels = list(dict.fromkeys(codes["label"]))
    m = m.reindex(columns=labels).sort_index()
    out = (m > 0.5) | ((m == 0.5) & (tie == "positive"))
    return out.astype(int)


def sheet_precision(sample: pd.DataFrame, target: float = 0.10) -> str:
    """What a coded sample of this size can tell per group, said before anyone codes it.

    Review s76: notebook 04 wrote a sheet of 13 sentences per group without saying that a share coded on 13 units has
    a 95% interval of about ±25 points, wider than any difference between groups its frame shares showed. The
    sentence gives the widest half-width (Wilson, at a share of 50%) for the smallest group's count, and the number
    per group that brings it to ``target``.

    Parameters
    ----------
    sample : DataFrame
        A sample from :func:`draw_sample` (column ``stratum``).
    target : float, default 0.10
        The half-width the sentence names the size for.

    Returns
    -------
    str
        One sentence; "" for an empty sample.
    """
    if not len(sample):
        return ""
    n = int(sample["stratum"].astype(str).value_counts().min())

    def half(k: int) -> float:  # the Wilson interval's half-width at a share of 50% (its widest)
        lo, hi = wilson_interval(k / 2, k)
        return (hi - lo) / 2

    need = next(k for k in range(2, 10_000) if half(k) <= target)
    return (f"With {count(n, 'unit')} coded in the smallest group, a share read from the codes alone has a 95% "
            f"interval of up to about ±{100 * half(n):.0f} percentage points (at a share of 50%); corrected shares, "
            f"which add the tagger's labels on every unit, are narrower only as far as the tagger agrees with the "
            f"coders. About {need} units per group bring it to ±{100 * target:.0f} points.")

def stratum_counts(sample: pd.DataFrame) -> str:
    """The drawn units per stratum as one line, groups by name and then the pools: "Alpha 4, Beta 4, (unknown) 2".

    Parameters
    ----------
    sample : DataFrame
        A sample from :func:`draw_sample` (column ``stratum``).

    Returns
    -------
    str
        "none" for an empty sample. "(other)" and "(unknown)" come after the groups
        (:func:`helpers.corpus.groups.pools_last`; dogfood 12bg-d: sorted by name, "(" came first).
    """
    if not len(sample):
        return "none"
    n = sample["stratum"].astype(str).value_counts().sort_index().rename("n").rename_axis("stratum").reset_index()
    return ", ".join(f"{g} {k}" for g, k in pools_last(n, "stratum").itertuples(index=False))


def stratum_articles(sample: pd.DataFrame, unit: str = "sentence",
                     min_articles: int = MIN_CODED_ARTICLES) -> tuple[str, str]:
    """The drawn units and their articles per stratum, and a warning naming the strata of too few articles.

    Review s78-B: a stratum of 2 articles got 15 of 60 coded sentences, 10 of them from one newsletter, and intervals
    as tight as those of a stratum of 100 articles, while notebook 03 gives a group of fewer than 3 articles none.

    Parameters
    ----------
    sample : DataFrame
        From :func:`draw_sample` (``stratum``, ``doc_id``).
    unit : str, default "sentence"
        What a drawn unit is.
    min_articles : int, default :data:`MIN_CODED_ARTICLES`
        Articles below which a stratum is named in the warning.

    Returns
    -------
    (str, str)
        "per stratum: CNN 15 sentences of 12 articles, Fox News 15 of 2, ..." and the warning ("" when none):
        "Fox News (15 sentences of 2 articles): fewer than 3 articles, so its corrected shares get no interval ...".
    """
    if not len(sample):
        return "per stratum: none", ""
    per = (sample.assign(stratum=sample["stratum"].astype(str)).groupby("stratum")
           .agg(n=("doc_id", "size"), articles=("doc_id", "nunique")).reset_index())
    per = pools_last(per, "stratum")
    parts = [f"{r.stratum} {int(r.n)} of {int(r.articles)}" for r in per.itertuples(index=False)]
    first = per.iloc[0]  # the first in words: "CNN 15 sentences of 12 articles, Fox News 15 of 2"
    parts[0] = f"{first['stratum']} {count(int(first['n']), unit)} of {count(int(first['articles']), 'article')}"
    few = per[per["articles"] < min_articles]
    warn = ""
    if len(few):
        named = ", ".join(f"{r.stratum} ({count(int(r.n), unit)} of {count(int(r.articles), 'article')})"
                          for r in few.itertuples(index=False))
        warn = (f"{named}: fewer than {min_articles} articles, so {noun(len(few), 'its', 'their')} corrected shares "
                "get no interval and the coders' time there buys little; draw with --stratum '' or leave such groups "
                "out of the corpus if they matter less.")
    return "per stratum: " + ", ".join(parts), warn
