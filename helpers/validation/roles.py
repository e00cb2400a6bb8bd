"""Coding sheets for source roles: draw attributions, write a sheet and a guide, read coders' roles back.

The frame measures code units with one 0/1 column per label (:mod:`helpers.validation.coding`). A source has exactly
one role, so a role sheet has one ``role`` column instead, which a coder fills with one role id; :func:`read_role_sheets`
turns it into the same long 0/1 codes (one label per role), so that agreement, the rules' scores and the naive and
corrected shares of :func:`helpers.validation.cli.sheet_results` work on roles as on frames. The units are the
attributions notebook 02 types (a non-empty ``role``), keyed by article, sentence and the cue's offset
(``doc_id:unit_id:verb_start``).

The guide (:func:`role_guide_html`) gives the role categories of ``helpers/data/source_roles.yaml`` and the reading
rules of the project's role checks (``benchmarks/results/role_check_protocol.md``, items 1-10), written for a coder who
has not seen the rules' output: the sheet never shows the role the rules gave.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd

from ..core.wording import noun
from .choice import (
    choice_predictions,
    corrected_shares_sentence,
    read_choice_sheets,
    score_choice_sheets,
    sentences_before,
    write_choice_sheet,
)

__all__ = [
    "NOT_ATTRIBUTION",
    "NO_ROLE_SHEETS",
    "ROLE_KEY_COLUMNS",
    "ROLE_MEASURE",
    "ROLE_SHARES_FILE",
    "ROLE_SHEET_COLUMNS",
    "UNKNOWN",
    "corrected_role_sentence",
    "read_role_sheets",
    "role_guide_html",
    "role_labels",
    "role_predictions",
    "role_units",
    "score_role_sheets",
    "write_role_sheet",
]

ROLE_MEASURE = "source_roles"
"""The ``--measure`` of ``python -m helpers.validation`` that codes source roles."""
NOT_ATTRIBUTION = "not_attribution"
"""The code of a sheet row that is no attribution at all (a noun read as a verb, page furniture)."""
UNKNOWN = "unknown"
"""The code of a named speaker whose role the article never states (the rules' ``unknown`` too)."""
NO_ROLE_SHEETS = ("No coded sample of source roles was given (-p role_sheets), so the role shares above are the rules' "
                  "own. To correct them, code a random sample of this run's attributions (python -m helpers.validation "
                  "sample --measure source_roles, with this run's corpus, max_articles, group_by, top_n and seed) and "
                  "give the filled sheets as -p role_sheets '[ann.csv, bob.csv]'. On AllSides such a correction "
                  "showed the 'unknown' share to be almost all sources whose role the article does state, and some "
                  "rows to be no attribution (README, trust table).")
"""What notebook 02 says without sheets, in the report runner's words (kept for callers of the constant;
the notebook gives it through :func:`helpers.validation.choice.no_sheets_note`)."""


ROLE_KEY_COLUMNS = ("doc_id", "unit_id", "verb_start")
"""The columns that identify an attribution; joined with ":" into its ``unit_key``."""
ROLE_SHEET_COLUMNS = ("unit_key", "doc_id", "stratum", "before", "text", "speaker_found", "cue", "role", "notes")
"""The columns of a role sheet, in order: ``before`` holds the two sentences before the attribution's sentence
(``text``), ``speaker_found`` and ``cue`` the words the rules read as the source and the reporting cue (which
attribution of the sentence is meant; not its role), ``role`` the coder's code."""


def role_labels(roles: Mapping) -> list[str]:
    """The codes of a role sheet: the lexicon's roles, ``anonymous``, ``unknown`` and ``not_attribution``.

    Parameters
    ----------
    roles : mapping
        The role lexicon (:func:`helpers.measures.source_roles.load_roles`).

    Returns
    -------
    list of str
        Role ids in the lexicon's order, then the anonymity entries, :data:`UNKNOWN` and :data:`NOT_ATTRIBUTION`.
    """
    ents = roles["entries"]
    ids = [e for e, v in ents.items() if v.get("kind") == "role"] + [e for e, v in ents.items() if v.get("kind") != "role"]
    return ids + [UNKNOWN, NOT_ATTRIBUTION]


def role_units(attributions: pd.DataFrame, sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """The attributions a role sheet draws from: those the rules give a role, one row each, keyed.

    Parameters
    ----------
    attributions : DataFrame
        :func:`helpers.measures.sourcing.extract_attributions` output (``doc_id``, ``unit_id``, ``verb_start``,
        ``sentence``, ``source``, ``source_resolved``, ``verb``, ``role`` and the group columns).
    sentences : DataFrame, optional
        The sentences the attributions were read from (``doc_id``, ``unit_id``, ``text``): with them, ``before``
        holds the two sentences before each attribution's sentence in its article.

    Returns
    -------
    DataFrame
        The rows with a non-empty ``role`` (what notebook 02's role shares count), sorted by article, sentence and
        cue, with ``unit_key`` (:data:`ROLE_KEY_COLUMNS` joined by ":"), ``text`` (the sentence), ``speaker_found``
        (the resolved source, else the source as written) and ``cue``; ``before`` ("" without ``sentences``).

    Raises
    ------
    ValueError
        If a column is missing or two rows share a key.
    """
    need = [*ROLE_KEY_COLUMNS, "sentence", "source", "source_resolved", "verb", "role"]
    missing = [c for c in need if c not in attributions.columns]
    if missing:
        raise ValueError(f"attributions lack {noun(len(missing), 'column')} {missing}; pass the table of "
                         "helpers.measures.sourcing.extract_attributions.")
    att = attributions[attributions["role"].fillna("").astype(str) != ""]
    att = att.sort_values(list(ROLE_KEY_COLUMNS), kind="stable").reset_index(drop=True)
    keys = att[list(ROLE_KEY_COLUMNS)].astype(str).agg(":".join, axis=1) if len(att) else pd.Series([], dtype=str)
    if keys.duplicated().any():
        raise ValueError(f"two attributions share the key {keys[keys.duplicated()].iloc[0]!r} (article, sentence, cue "
                         "offset); pass one table of extract_attributions.")
    resolved = att["source_resolved"].fillna("").astype(str).str.strip()
    out = att.assign(unit_key=keys.to_numpy(), text=att["sentence"].fillna("").astype(str),
                     speaker_found=resolved.where(resolved != "", att["source"].fillna("").astype(str)),
                     cue=att["verb"].fillna("").astype(str), before="")
    if sentences is not None and len(out):
        out["before"] = sentences_before(out, sentences)
    return out


def write_role_sheet(sample: pd.DataFrame, path: str | Path, overwrite: bool = False) -> Path:
    """Write a role coding sheet CSV (:data:`ROLE_SHEET_COLUMNS`), with an empty ``role`` and ``notes``.

    Cells a spreadsheet would run as a formula are guarded as in every other CSV of the project
    (:func:`helpers.core.spreadsheet.neutralize_formulas`).

    Parameters
    ----------
    sample : DataFrame
        Drawn from :func:`role_units` by :func:`helpers.validation.coding.draw_sample` (``unit_key``, ``stratum``).
    path : str or Path
        File to write (its folder is created).
    overwrite : bool
        Replace an existing file that holds no codes; a sheet with codes is never overwritten.

    Returns
    -------
    Path
        The file written.

    Raises
    ------
    ValueError
        If a column is missing or the file exists (with ``overwrite``: holds codes).
    """
    return write_choice_sheet(sample, path, [c for c in ROLE_SHEET_COLUMNS if c not in ("role", "notes")], "role",
                              overwrite=overwrite, hint="draw it from role_units() with draw_sample()")


def read_role_sheets(paths: Sequence[str | Path], labels: Sequence[str],
                     coders: Sequence[str] | None = None) -> pd.DataFrame:
    """Read filled role sheets (one per coder) into long 0/1 codes, one label per role.

    Parameters
    ----------
    paths : sequence of str or Path
        The sheets (CSV as :func:`write_role_sheet` writes them; columns in any order, extra columns ignored; read
        as :func:`helpers.validation.coding.read_coding_sheets` reads frame sheets: UTF-8 or a spreadsheet's other
        encoding, ``,``, ``;`` or tab).
    labels : sequence of str
        The codes a ``role`` cell may hold (:func:`role_labels`); case and spaces around them do not matter, and a
        space or hyphen counts as ``_`` ("ordinary person", "not-attribution").
    coders : sequence of str, optional
        Coder names, one per sheet (default: the file stems).

    Returns
    -------
    DataFrame
        ``coder``, ``unit_key``, ``label``, ``value``: for every coded row, 1 for its role and 0 for every other
        label, sorted. A row whose ``role`` is blank is not coded (left out), so a coder may skip a row.

    Raises
    ------
    ValueError
        Naming the file, row and column: a missing file or column, a sheet without rows or with every ``role``
        blank, a code that is not one of ``labels`` (the valid codes are listed), a unit coded twice in one sheet,
        or two sheets with the same coder name.
    """
    return read_choice_sheets(paths, labels, "role", f"python -m helpers.validation sample --measure {ROLE_MEASURE}",
                              coders)


def role_predictions(units: pd.DataFrame, labels: Sequence[str]) -> pd.DataFrame:
    """The rules' roles as 0/1 labels, one row per attribution (index ``unit_key``), one column per code.

    Parameters
    ----------
    units : DataFrame
        From :func:`role_units` (``unit_key``, ``role``).
    labels : sequence of str
        The codes (:func:`role_labels`); :data:`NOT_ATTRIBUTION` is never predicted (every row the rules find is
        an attribution to them).

    Returns
    -------
    DataFrame
        Integer 0/1 labels; a role the rules give that is not among ``labels`` sets no column.
    """
    return choice_predictions(units["unit_key"], units["role"].astype(str), labels)


def score_role_sheets(attributions: pd.DataFrame, sheets: Sequence[str | Path], roles: Mapping,
                      group_col: str | None = "group", n_boot: int = 1000, seed: int = 0,
                      option: str = "-p role_sheets") -> dict[str, pd.DataFrame]:
    """Coders' role sheets against the rules' roles of a run: agreement, scores and corrected role shares per group.

    Parameters
    ----------
    attributions : DataFrame
        The run's :func:`helpers.measures.sourcing.extract_attributions` output (as for :func:`role_units`).
    sheets : sequence of str or Path
        Filled role sheets, one per coder (:func:`read_role_sheets`), drawn from this run's articles.
    roles : mapping
        The role lexicon (:func:`helpers.measures.source_roles.load_roles`): its roles are the codes.
    group_col : str or None
        Column of ``attributions`` whose groups get shares (None: the whole corpus).
    n_boot, seed : int
        Bootstrap resamples of the score intervals and their seed.
    option : str
        How the user gave the sheets, named in the error for sheets of other articles.

    Returns
    -------
    dict of str to DataFrame
        :func:`helpers.validation.cli.sheet_results`: ``agreement``, ``scores`` and ``shares`` (naive and
        prediction-powered share of every code per group, with ``n_coded``; a group without coded attributions has a
        note and no corrected share).

    Raises
    ------
    ValueError
        For a bad sheet (:func:`read_role_sheets`), or a coded attribution that is not among the run's.
    """
    labels = role_labels(roles)
    units = role_units(attributions)
    return score_choice_sheets(read_role_sheets(sheets, labels), role_predictions(units, labels),
                               units[group_col] if group_col else None, sheets, "attribution", option,
                               "this run's attributions: give sheets drawn from this corpus with this run's "
                               "max_articles, group_by, top_n and seed (python -m helpers.validation sample --measure "
                               "source_roles --max-articles ... --group-by ... --top-n ... --seed ...), coded on the "
                               "same version of the project", n_boot=n_boot, seed=seed)


ROLE_SHARES_FILE = "benchmarks/results/role_shares_corrected_allsides.json"
"""The committed corrected role shares of ``benchmarks/role_shares_corrected.py`` (AllSides)."""


def corrected_role_sentence(path: str | Path | None = None) -> str:
    """What the project's judged role draws did to notebook 02's role shares on AllSides, in one sentence.

    Parameters
    ----------
    path : str or Path, optional
        Results file of ``benchmarks/role_shares_corrected.py`` (default :data:`ROLE_SHARES_FILE` in the project).

    Returns
    -------
    str
        The naive and corrected shares of `unknown`, of rows that are no attribution and of politicians, with the
        data set, the coded count and the date; "" without the file.
    """
    from ..core.paths import PROJECT_ROOT

    return corrected_shares_sentence(Path(path) if path is not None else PROJECT_ROOT / ROLE_SHARES_FILE,
                                     {UNKNOWN: "sources typed 'unknown'", NOT_ATTRIBUTION: "rows that are no attribution",
                                      "politician": "politicians"}, "benchmarks/role_shares_corrected.py")


_READING = [
    "Each row is one attribution the software found: someone or something says, writes, believes or finds "
    "something. <code>text</code> is its sentence, <code>before</code> the two sentences before it; "
    "<code>speaker_found</code> and <code>cue</code> are the words the software read as the speaker and the "
    "reporting verb, given only to show which attribution of the sentence is meant (they may be wrong). Open the "
    "article (<code>doc_id</code>) whenever the speaker's role is not stated in these sentences.",
    "Write in <code>role</code> the role of the speaker the sentence actually attributes the words to, not of the "
    "words the software took: a pronoun by the person it refers to, a wrong span by the real speaker. One code per "
    "row; leave the cell blank only to skip a row you cannot judge, and use <code>notes</code> for doubtful calls.",
    "<code>not_attribution</code>: the row is no attribution at all (a noun read as a verb, page furniture, "
    "authorship such as 'wrote the song').",
    "<code>unknown</code>: a named speaker whose role the article, read whole, never states in any form (no title, "
    "apposition, description such as 'the president' or 'the rapper', nor a party tag). If the article states or "
    "clearly implies the role, code that role.",
    "<code>anonymous</code>: a speaker the article does not name and describes only as a source or insider, or "
    "only as a group with no role of its own ('critics', 'others', 'some', 'many', 'those who'). A group the "
    "article gives a role ('Republican critics', 'some voters') takes that role; an unnamed source tagged with a "
    "party or body ('a GOP source', 'a White House source') takes the tag's role.",
    "A minister, cabinet secretary, legislator, candidate, campaign or party officer is a politician; a business "
    "executive, lawyer or judge an official; a public figure such as an actor or a businessman an ordinary "
    "person; a religious leader activist or advocacy; a legislature a politician.",
    "Reports and products: a poll, study, report, count, finding, data or a body's own website is a document, "
    "even when an outlet or body owns it ('a CNN poll', 'according to the agency's website'); an outlet itself "
    "speaking ('Reuters reported', 'state TV said') is journalist or media.",
    "A country, state, city or capital named bare ('Moscow said') speaks for its government: official.",
]
"""The reading rules of the role checks' protocol, items 1-10, in a coder's words."""


def role_guide_html(roles: Mapping, labels: Sequence[str], max_terms: int = 30) -> str:
    """An HTML coding guide for source roles: the reading rules, then each code with its label and example nouns.

    Parameters
    ----------
    roles : mapping
        The role lexicon (:func:`helpers.measures.source_roles.load_roles`).
    labels : sequence of str
        The codes (:func:`role_labels`).
    max_terms : int
        Role nouns listed per role (the rest are counted).

    Returns
    -------
    str
        A self-contained HTML page; every text taken from the lexicon is escaped.
    """
    e = html.escape
    ents = roles["entries"]
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Coding guide: source roles</title>",
        "<style>body{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.4}"
        "h2{border-top:1px solid #ccc;padding-top:.6em}.terms{color:#555;font-size:90%}</style></head><body>",
        f"<h1>Coding guide: source roles (lexicon version {e(str(roles.get('version', '')))})</h1>",
        "<ul>" + "".join(f"<li>{t}</li>" for t in _READING) + "</ul>",
        "<h2>Codes</h2><table><tr><th>code</th><th>role</th><th class='terms'>nouns and titles the software reads as "
        "this role (hints, not the definition)</th></tr>",
    ]
    extra = {UNKNOWN: "Named, role not stated anywhere in the article", NOT_ATTRIBUTION: "Not an attribution"}
    for lab in labels:
        ent = ents.get(lab, {})
        terms = [str(t) for t in (ent.get("terms") or [])]
        more = f" … and {len(terms) - max_terms} more" if len(terms) > max_terms else ""
        parts.append(f"<tr><td><code>{e(lab)}</code></td><td>{e(str(ent.get('label', extra.get(lab, lab))))}</td>"
                     f"<td class='terms'>{e(', '.join(terms[:max_terms]))}{e(more)}</td></tr>")
    parts.append("</table>")
    parts.append(f"<p class='terms'>Source of the categories: {e(' '.join(str(roles.get('source', '')).split())[:600])}"
                 " …</p></body></html>")
    return "\n".join(parts)
