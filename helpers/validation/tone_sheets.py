"""Coding sheets for tone toward actors: draw (sentence, actor) rows, write a sheet and a guide, read coders' tone.

Notebook 02 scores every body sentence that names an actor of the study with VADER's compound score (the actor's
names, naming labels and other capitalised names masked) and reports, per group and actor, the mean score and the
shares of negative (<= -0.05) and positive (>= 0.05) sentences. The project's own check on AllSides
(``benchmarks/tone_check.py``) found that reading far from people's (kappa about 0.3), so a user who compares tone
should code a sample of their own. The units here are notebook 02's (sentence, actor) rows, every one of them (no
``max_tone_sentences`` cap), keyed ``doc_id:unit_id:actor``; the sheet has one ``tone`` column (negative, neutral or
positive: the tone of the sentence's wording, which is what VADER estimates) and never shows VADER's score.
:mod:`helpers.validation.choice` reads the sheets; :func:`helpers.validation.cli.sheet_results` gives agreement,
VADER's scores against the coders and naive and corrected shares per group (actors pooled).
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
    "NO_TONE_SHEETS",
    "TONE_KEY_COLUMNS",
    "TONE_LABELS",
    "TONE_MEASURE",
    "TONE_SHARES_FILE",
    "TONE_SHEET_COLUMNS",
    "corrected_tone_sentence",
    "read_tone_sheets",
    "score_tone_sheets",
    "tone_guide_html",
    "tone_predictions",
    "tone_rows_note",
    "tone_units",
    "write_tone_sheet",
]

TONE_MEASURE = "tone"
"""The ``--measure`` of ``python -m helpers.validation`` that codes tone toward actors."""
TONE_LABELS = ("negative", "neutral", "positive")
"""The codes of a tone sheet, and VADER's three-way reading (:func:`helpers.measures.tone.tone_label`)."""
NO_TONE_SHEETS = ("No coded sample of tone was given (-p tone_sheets), so the tone shares above are VADER's own. To "
                  "correct them, code a random sample of this run's sentence-actor rows (python -m helpers.validation "
                  "sample --measure tone, with this run's corpus, study, max_articles, group_by, top_n and seed) and "
                  "give the filled sheets as -p tone_sheets '[ann.csv, bob.csv]'. On AllSides such a correction moved "
                  "the positive share far down and the negative share up (README, trust table).")
"""What notebook 02 says without sheets, in the report runner's words (kept for callers of the constant;
the notebook gives it through :func:`helpers.validation.choice.no_sheets_note`)."""


TONE_KEY_COLUMNS = ("doc_id", "unit_id", "actor")
"""The columns that identify a (sentence, actor) row; joined with ":" into its ``unit_key``."""
TONE_SHEET_COLUMNS = ("unit_key", "doc_id", "stratum", "before", "text", "actor_name", "tone", "notes")
"""The columns of a tone sheet, in order: ``before`` holds the two sentences before ``text``, ``actor_name`` the
study's name of the actor the row is about, ``tone`` the coder's code."""


def tone_units(units: pd.DataFrame, group_col: str, actors: Mapping, labels: Mapping | None = None) -> pd.DataFrame:
    """Notebook 02's (sentence, actor) rows with VADER's reading, one row each, keyed.

    Parameters
    ----------
    units : DataFrame
        Sentences (``doc_id``, ``unit_id``, ``text``, ``role``, ``group_col``), as notebook 02 reads them.
    group_col : str
        The group column (carried into the rows).
    actors : mapping
        The study's actor gazetteer (:func:`helpers.text.lexicon.load_study_lexicon` ``"actors"``).
    labels : mapping, optional
        The study's naming labels (masked before scoring, as in notebook 02); default: the active study's.

    Returns
    -------
    DataFrame
        ``doc_id``, ``unit_id``, ``group_col``, ``actor``, ``text``, ``compound`` (VADER, masked), ``tone``
        (:data:`TONE_LABELS`), ``unit_key``, ``actor_name`` and ``before`` (the two sentences before), sorted as
        :func:`helpers.measures.tone.actor_sentences` sorts them; empty when no sentence names an actor.
    """
    from ..measures import tone as TN

    cols = [c for c in dict.fromkeys(["outlet", group_col]) if c in units.columns]
    mentions = TN.actor_mentions(units, cols, actors)
    if not len(mentions):
        return pd.DataFrame(columns=["doc_id", "unit_id", group_col, "actor", "text", "compound", "tone", "unit_key",
                                     "actor_name", "before"])
    hits = TN.find_labels(units, labels if labels is not None else TN.load_labels())
    sent = TN.scored_actor_sentences(units, mentions, hits, group_col).rename(columns={"tone": "compound"})
    sent["tone"] = TN.tone_label(sent["compound"])
    sent["unit_key"] = sent[list(TONE_KEY_COLUMNS)].astype(str).agg(":".join, axis=1)
    names = {k: str(v.get("label", k)) for k, v in actors.get("entries", {}).items()}
    sent["actor_name"] = sent["actor"].map(lambda a: names.get(a, a))
    sent["before"] = sentences_before(sent, units)
    return sent


def write_tone_sheet(sample: pd.DataFrame, path: str | Path, overwrite: bool = False) -> Path:
    """Write a tone coding sheet CSV (:data:`TONE_SHEET_COLUMNS`), with an empty ``tone`` and ``notes``.

    Parameters
    ----------
    sample : DataFrame
        Drawn from :func:`tone_units` by :func:`helpers.validation.coding.draw_sample` (``unit_key``, ``stratum``).
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
    return write_choice_sheet(sample, path, [c for c in TONE_SHEET_COLUMNS if c not in ("tone", "notes")], "tone",
                              overwrite=overwrite, hint="draw it from tone_units() with draw_sample()")


def read_tone_sheets(paths: Sequence[str | Path], coders: Sequence[str] | None = None) -> pd.DataFrame:
    """Read filled tone sheets (one per coder) into long 0/1 codes, one label per tone.

    Parameters
    ----------
    paths : sequence of str or Path
        The sheets (:func:`helpers.validation.choice.read_choice_sheets`).
    coders : sequence of str, optional
        Coder names, one per sheet (default: the file stems).

    Returns
    -------
    DataFrame
        ``coder``, ``unit_key``, ``label``, ``value``; a blank ``tone`` skips the row.

    Raises
    ------
    ValueError
        As :func:`helpers.validation.choice.read_choice_sheets` (a tone other than negative, neutral or positive is
        named with its row).
    """
    return read_choice_sheets(paths, TONE_LABELS, "tone", f"python -m helpers.validation sample --measure {TONE_MEASURE}",
                              coders)


def tone_predictions(units: pd.DataFrame) -> pd.DataFrame:
    """VADER's three-way reading as 0/1 labels, one row per (sentence, actor) (index ``unit_key``).

    Parameters
    ----------
    units : DataFrame
        From :func:`tone_units` (``unit_key``, ``tone``).

    Returns
    -------
    DataFrame
        One integer 0/1 column per tone of :data:`TONE_LABELS`.
    """
    return choice_predictions(units["unit_key"], units["tone"].astype(str), TONE_LABELS)


def score_tone_sheets(units: pd.DataFrame, sheets: Sequence[str | Path], actors: Mapping, labels: Mapping | None = None,
                      group_col: str | None = "group", n_boot: int = 1000, seed: int = 0,
                      option: str = "-p tone_sheets") -> dict[str, pd.DataFrame]:
    """Coders' tone sheets against VADER's reading of a run: agreement, scores and corrected tone shares per group.

    Parameters
    ----------
    units : DataFrame
        The run's sentences (as for :func:`tone_units`).
    sheets : sequence of str or Path
        Filled tone sheets, one per coder (:func:`read_tone_sheets`), drawn from this run's articles and study.
    actors, labels : mapping
        The study's actors and naming labels (:func:`tone_units`).
    group_col : str or None
        Column of ``units`` whose groups get shares (None: the whole corpus; the actors are pooled).
    n_boot, seed : int
        Bootstrap resamples of the score intervals and their seed.
    option : str
        How the user gave the sheets, named in the error for sheets of other rows.

    Returns
    -------
    dict of str to DataFrame
        :func:`helpers.validation.cli.sheet_results`: ``agreement``, ``scores`` and ``shares`` (naive and
        prediction-powered share of each tone per group, with ``n_coded``).

    Raises
    ------
    ValueError
        For a bad sheet, or a coded row that is not among the run's (sentence, actor) rows.
    """
    rows = tone_units(units, group_col or "outlet", actors, labels)
    return score_choice_sheets(read_tone_sheets(sheets), tone_predictions(rows),
                               rows[group_col] if group_col else None, sheets, "row", option,
                               "this run's sentence-actor rows: give sheets drawn from this corpus with this run's "
                               "study, max_articles, group_by, top_n and seed (python -m helpers.validation sample "
                               "--measure tone --study ... --max-articles ... --group-by ... --top-n ... --seed ...)",
                               n_boot=n_boot, seed=seed)


TONE_SHARES_FILE = "benchmarks/results/tone_shares_corrected_allsides.json"
"""The committed corrected tone shares of ``benchmarks/tone_shares_corrected.py`` (AllSides)."""


def corrected_tone_sentence(path: str | Path | None = None) -> str:
    """What the tone check's coded draw did to VADER's tone shares on AllSides, in one sentence.

    Parameters
    ----------
    path : str or Path, optional
        Results file of ``benchmarks/tone_shares_corrected.py`` (default :data:`TONE_SHARES_FILE` in the project).

    Returns
    -------
    str
        The naive and corrected shares of positive and negative sentences, with the data set, the coded count and
        the date; "" without the file.
    """
    from ..core.paths import PROJECT_ROOT

    return corrected_shares_sentence(Path(path) if path is not None else PROJECT_ROOT / TONE_SHARES_FILE,
                                     {"positive": "positive sentences", "negative": "negative sentences"},
                                     "benchmarks/tone_shares_corrected.py")


_READING = [
    "Each row is a sentence that names an actor of the study (<code>actor_name</code>); <code>before</code> holds the "
    "two sentences before it. Code the tone of the sentence's <b>wording</b>: the feeling its words carry, as a reader "
    "would sense it, not whether you agree with it and not whether the facts it reports are good news.",
    "<code>negative</code>: words of criticism, attack, failure, harm, threat, fear or scorn ('slammed the failed "
    "plan', 'a deadly attack', 'he lied').",
    "<code>positive</code>: words of praise, success, hope, agreement or warmth ('a landmark deal', 'praised the "
    "brave workers', 'a hopeful sign').",
    "<code>neutral</code>: neither, or both in balance; plain reporting of who did or said what ('the minister met "
    "the delegation on Monday').",
    "One code per row; leave the cell blank only to skip a row you cannot judge, and use <code>notes</code> for "
    "doubtful calls. The sheet never shows the software's score.",
]
"""The coders' brief: the wording-tone reading of the project's tone checks (``benchmarks/tone_check.py``)."""


def tone_guide_html(study_title: str = "") -> str:
    """An HTML coding guide for tone: what to code, the three codes, and what is not coded.

    Parameters
    ----------
    study_title : str
        The study whose actors the rows name (shown in the title; escaped).

    Returns
    -------
    str
        A self-contained HTML page.
    """
    e = html.escape
    of = f" toward the actors of {e(study_title)}" if study_title else ""
    return "\n".join([
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Coding guide: tone</title>",
        "<style>body{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.4}</style></head><body>",
        f"<h1>Coding guide: tone{of}</h1>",
        "<ul>" + "".join(f"<li>{t}</li>" for t in _READING) + "</ul>",
        "<p>Codes: " + ", ".join(f"<code>{e(t)}</code>" for t in TONE_LABELS) + ".</p></body></html>",
    ])


def tone_rows_note(n: int, study: str) -> str:
    """What to say of a corpus with no (sentence, actor) row: there is no tone toward actors to code.

    Parameters
    ----------
    n : int
        The study's actors.
    study : str
        The study's name.

    Returns
    -------
    str
        One sentence naming the study and what to give instead (``--study``).
    """
    return (f"no body sentence names one of the {n:,} {noun(n, 'actor')} of the study {study!r}, so there is no tone "
            "toward actors to code; give the study whose actors this corpus names (--study NAME; README, 'Start your "
            "own study').")
