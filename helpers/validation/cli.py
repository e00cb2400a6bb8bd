"""Validate a frame or source-role measure against hand codes: glue between the tagger, coding sheets and corrected
shares.

Command line (with the project's Python, from any folder: a relative --corpus or --metadata is read from the current
folder when it is there, otherwise from the project root, as the report runner reads them)::

    python -m helpers.validation sample --corpus seeds --measure generic_frames --n 40 --out coding/generic.csv
    python -m helpers.validation score  --corpus seeds --measure generic_frames coding/ann.csv coding/bob.csv
    python -m helpers.validation sample --corpus seeds --measure source_roles --n 40 --out coding/roles.csv
    python -m helpers.validation score  --corpus seeds --measure source_roles coding/roles_ann.csv
    python -m helpers.validation adopt  --corpus seeds --measure generic_frames --study studies/my_topic \
        coding/ann.csv coding/bob.csv

``sample`` draws a stratified random sample of sentences (``--unit article``
for articles) from the articles notebook 04 reads (duplicate bodies left out; above ``--max-articles`` its
stratified article sample, drawn by :func:`helpers.corpus.groups.article_sample` with the report's
``group_by``, ``top_n`` and ``seed``) and writes the coding sheet plus an HTML coding guide beside it
(``<sheet>.guide.html``); ``score`` reads the filled sheets, prints
Krippendorff's alpha per label (or why it cannot be computed) and the tagger
against the coders' consensus per label (P, R, F1, kappa with bootstrap
intervals); ``adopt`` makes the filled sheets the study's own validation
sample (the coders' consensus and the corpus's fingerprints, named in its
``study.yaml``: :mod:`helpers.validation.adopt`). With ``--measure source_roles`` the units are the attributions
notebook 02 types (:mod:`helpers.validation.roles`: one ``role`` column per sheet, the role check protocol's reading
rules in the guide) and ``score`` gives the same tables per role; ``adopt`` takes frame measures only. Nothing is
written into the corpus folder.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from .. import framing as F
from ..core.paths import resolve_cli_path
from ..core.wording import count, noun
from ..corpus.groups import DEFAULT_MAX_ARTICLES, DEFAULT_TOP_N
from ..framing.articles import article_cue_counts, article_frame_use, codebook_thresholds
from ..stats.agreement import score_table
from ..stats.ppi import ppi_group_shares
from .coding import (
    MIN_CODED_ARTICLES,
    MIN_MARKED_UNITS,
    MIN_PAIRED_UNITS,
    add_context,
    agreement_shown,
    agreement_table,
    coding_guide_html,
    consensus,
    draw_sample,
    read_coding_sheets,
    sheet_strata,
    stratum_articles,
    write_coding_sheet,
)
from .roles import ROLE_MEASURE
from .tone_sheets import TONE_MEASURE

__all__ = [
    "benchmark_articles", "benchmark_cv", "benchmark_cv_rounded", "benchmark_results", "blamed_labels", "blind_sample_label",
    "blind_sample_line", "coded_data_note",
    "corrected_shares", "corrected_shares_caveat",
    "frame_labels", "frames_dev_sentence", "guide_examples",
    "main",
    "read_coded_sample", "sample_codes", "sheet_results", "sheets_option", "supervised_note", "tag_units",
    "unit_cue_counts", "unit_keys", "check_sheet_place", "is_entman", "measure_of", "measure_note", "sample_command",
    "SHARED_FRAME_CODEBOOKS",
]


def is_entman(codebook: Mapping) -> bool:
    """Whether a loaded frame codebook holds Entman's functions (entries with a ``function``): notebook 04 scores the
    other frame codebooks of a run, not these.

    Parameters
    ----------
    codebook : mapping
        From :func:`helpers.framing.load_codebook`.

    Returns
    -------
    bool
    """
    return any("function" in e for e in codebook["entries"].values())


def measure_of(measure: str | None, families: Sequence[str]) -> str:
    """The frame codebook notebook 04 draws its coding sheet for and scores coders' sheets on.

    Parameters
    ----------
    measure : str or None
        The ``measure`` parameter: a codebook's name, or None.
    families : sequence of str
        The run's frame codebooks other than Entman's, by name.

    Returns
    -------
    str
        ``measure``; for None, the first of ``families`` that is a study's own codebook (neither policy nor
        generic frames: the frames the user brought are the ones to check first, review s81-E), else
        ``generic_frames`` when the run has it, else the first of ``families`` (review s80-C).

    Raises
    ------
    ValueError
        When ``measure`` is not one of ``families``, or there is none.
    """
    from ..core.wording import parameter

    if not families:
        raise ValueError(f"this run has no frame codebook to validate other than Entman's; add one to "
                         f"{parameter('codebooks')} or the study's framing.codebooks.")
    if measure is None:
        own = [f for f in families if f not in SHARED_FRAME_CODEBOOKS]
        return own[0] if own else "generic_frames" if "generic_frames" in families else families[0]
    if measure not in families:
        raise ValueError(f"{parameter('measure')}: {measure!r} is not a frame codebook of this run; its codebooks: "
                         f"{list(families)}.")
    return measure


SHARED_FRAME_CODEBOOKS = ("policy_frames", "generic_frames", "entman_functions")
"""The frame codebooks the project ships (``helpers/codebooks/``); any other is a study's own."""


def sample_command(measure: str, study: str, corpus: str, group_by: str) -> str:
    """The command that draws a coding sheet of one frame codebook for a run's corpus.

    Parameters
    ----------
    measure : str
        The codebook's name.
    study : str
        The run's ``study`` parameter as the user gave it (a name in ``studies/`` or a folder).
    corpus : str
        The run's corpus as the user gave it.
    group_by : str
        The run's group column (the sample's strata).

    Returns
    -------
    str
        "python -m helpers.validation sample --measure climate_frames --study my_study --corpus news.jsonl
        --stratum bias_text --out sheets": the run's ``max_articles``, ``top_n`` and ``seed`` are those of the
        sample command's defaults unless the run changed them (README step 5).
    """
    import shlex

    from ..core.paths import resolve_path, shown_path

    def shown(value: str) -> str:  # a path as the report shows it (no home folder: review s80-B)
        text = shown_path(resolve_path(value))
        return "~/" + shlex.quote(text[2:]) if text.startswith("~/") else shlex.quote(text)  # the shell expands ~

    parts = ["python -m helpers.validation sample", f"--measure {shlex.quote(measure)}"]
    if study and study != "auto":
        parts.append(f"--study {shown(study) if '/' in str(study) else shlex.quote(str(study))}")
    parts += [f"--corpus {shown(corpus)}", f"--stratum {shlex.quote(group_by)}", "--out sheets"]
    return " ".join(parts)


def measure_note(measure: str, families: Sequence[str], study: str, corpus: str, group_by: str) -> str:
    """Which codebook a coding sheet is drawn for, and how to draw one for another codebook of the run.

    Parameters
    ----------
    measure : str
        The codebook of this run's sheet (:func:`measure_of`).
    families : sequence of str
        The run's frame codebooks other than Entman's.
    study, corpus, group_by : str
        The run's parameters, for :func:`sample_command`.

    Returns
    -------
    str
        One or two sentences (review s81-E: with ``measure`` left unset the sheet was drawn for the shared generic
        frames and the page never said how to draw one for the study's own codebook).
    """
    from ..core.wording import parameter

    others = [f for f in families if f != measure]
    said = f"The coding sheet is drawn for the codebook {measure!r} ({parameter('measure')})."
    if others:
        said += (f" For another codebook of this run ({', '.join(repr(f) for f in others)}) run again with "
                 f"{parameter('measure')} set to its name, or draw its sheet directly: "
                 f"{sample_command('NAME', study, corpus, group_by)}.")
    return said


def _existing(path: str | Path, what: str, hint: str = "") -> Path:
    """Resolve ``path`` from the project root; a clear error when it is not a file."""
    from ..core.paths import resolve_path

    p = resolve_path(path)
    if not p.is_file():
        raise ValueError(f"{what} {str(p)!r} not found{hint}.")
    return p


def check_sheet_place(out: str | Path, corpus: str | Path, metadata: str | Path | None = None) -> None:
    """Refuse a coding sheet written into the corpus folder or over a corpus file.

    ``sample --out`` wrote the sheet and its guide where it was told: inside a folder corpus, the next report read the
    guide (``.guide.html``) as a 61st article, a saved web page of coding instructions, and counted its words
    (dogfood 12br-d); ``--out`` naming the corpus's CSV would have replaced it. The report runner refuses an ``--out``
    inside its corpus in the same way.

    Parameters
    ----------
    out : str or Path
        The coding sheet to write (``--out``).
    corpus : str or Path
        ``--corpus`` (a folder or a file; relative paths as the command line reads them).
    metadata : str or Path, optional
        ``--metadata``.

    Raises
    ------
    ValueError
        Naming the place and a place to use instead.
    """
    from ..core.paths import is_within, resolve_cli_path

    sheet = Path(out).expanduser().resolve()
    guide = sheet.with_suffix(".guide.html")
    src = resolve_cli_path(corpus).resolve()
    if src.is_dir() and is_within(sheet.parent, src):
        raise ValueError(f"--out {out} is inside the corpus folder {src}: the coding sheet and its guide "
                         f"({guide.name}) would be read as part of the corpus by the next report or sample (the guide "
                         f"as a web page article). Write them outside it, e.g. --out coding/{sheet.name}.")
    guarded = {src} | ({resolve_cli_path(metadata).resolve()} if metadata else set())
    if sheet in guarded or guide in guarded:
        raise ValueError(f"--out {out} would write over the corpus's own file {sheet if sheet in guarded else guide}: "
                         f"nothing is written over a corpus; give the sheet another name, e.g. --out coding/ann.csv.")


def blind_sample_label(study: str) -> str:
    """The ``data`` value of notebook 04's supervised-option rows trained on a study's blind sample.

    It said "seeds, blind sample (sentences)" for any study's blind sample (dogfood 12bp-d).

    Parameters
    ----------
    study : str
        Name of the study whose blind coder's sample was used.

    Returns
    -------
    str
    """
    return f"{study}, blind sample (sentences)"


def supervised_note(study: str, n_blind: int) -> str:
    """What notebook 04's supervised option was trained on in this run, in one sentence.

    The section's text said "trained on the blind coder's 60 sentences" on every corpus, also where the study has no
    blind sample and only the frames-dev benchmark is shown (dogfood 12bp-d).

    Parameters
    ----------
    study : str
        Name of the study in use.
    n_blind : int
        Sentences of this corpus in the study's blind coder's sample (0: none).

    Returns
    -------
    str
    """
    if n_blind:
        return (f"This run: trained and cross-validated on the blind coder's {n_blind:,} sentences of this corpus "
                f"(study {study!r}), and the frames-dev rows read from the benchmark file.")
    return (f"This run: the study {study!r} has no blind coder's sentences of this corpus, so nothing is trained "
            "here; the rows below are the frames-dev benchmark, read from its result file (the same on every corpus).")


def corrected_shares_caveat(n_in_sample: int) -> str:
    """The closing caveat of notebook 04 on corrected shares, for the coded sentences this run has.

    The sentence named "the shipped 119-sentence sample" on every corpus, also where the study ships none and no
    sentence of it is in the corpus (dogfood 12bp-d: an abortion corpus with the general study).

    Parameters
    ----------
    n_in_sample : int
        Sentences of this corpus in the study's in-sample (cue author's) coded sample; 0 when it has none here.

    Returns
    -------
    str
    """
    head = "Corrected shares are valid only for a random sample of units"
    if n_in_sample:
        return (f"{head}; the shipped {n_in_sample:,}-sentence sample was not drawn at random (it is every sentence, "
                "coded by the cue author) and is used here only as an in-sample check.")
    return (f"{head}: the coding sheet of section 1, or one drawn with python -m helpers.validation sample, is one "
            "(stratified by group); sentences chosen by hand, or coded sheets of another corpus, are not.")


def coded_data_note(study: str, in_sample: str | Path | None, blind: str | Path | None, units: pd.DataFrame,
                    family: str, labels: Sequence[str], sheets: Sequence[str | Path] = ()) -> str:
    """Which hand-coded sentences this run of notebook 04 has, in one paragraph.

    The notebook's static text describes the bundled study's two coded samples; on any other corpus they match no
    sentence (dogfood 12bn-d: a reader of a Supreme Court corpus read "two coded samples of its sentences: ... all 119
    seed body sentences" as if they were of that corpus). This says, for the run at hand, how many sentences of each
    coded sample of the study are sentences of this corpus, whether coders' sheets were given, and what the sections
    then show.

    Parameters
    ----------
    study : str
        Name of the study in use.
    in_sample, blind : str, Path or None
        The in-sample (cue author's) and blind coded samples in use (None: the study has none).
    units : DataFrame
        The sentence units of the corpus analysed (``doc_id``, ``unit_id``, ``text``).
    family : str
        The family whose codes are counted (a column of the samples), e.g. ``generic_frames``.
    labels : sequence of str
        Its label ids.
    sheets : sequence of path
        The coders' filled sheets given (``coding_sheets``).

    Returns
    -------
    str
    """
    found = {}
    for name, path in (("cue author's sample (in-sample)", in_sample), ("blind coder's sample", blind)):
        if path is None:
            continue
        codes, missing = read_coded_sample(path, units, family, labels, name)
        k = int(codes["unit_key"].nunique()) if len(codes) else 0
        found[name] = (k, k + int(missing))
    head = f"Coded data of this run (study {study!r}): "
    if not found:
        parts = ["the study ships no hand-coded sentences"]
    else:
        parts = [(f"all {count(n, 'coded sentence')} of the {name} are sentences of this corpus" if k == n and n else
                  f"none of the {count(n, 'coded sentence')} of the {name} is in this corpus" if k == 0 else
                  f"{k:,} of the {count(n, 'coded sentence')} of the {name} are in this corpus")
                 for name, (k, n) in found.items()]
    matched = sum(k for k, _ in found.values())
    given = (f"your coders' sheets: {', '.join(Path(p).name for p in sheets)}" if sheets
             else f"no coders' sheets given ({sheets_option()})")
    text = head + "; ".join(parts + [given]) + "."
    if not matched and not sheets:
        text += (" Sections 2-4 (agreement, the tagger against coders, corrected shares) have nothing to score on this "
                 "corpus until the sheet written in section 1 is coded and given back; the supervised option and "
                 "section 5 read the committed frames-dev benchmark, the same on every corpus.")
    elif found and matched < sum(n for _, n in found.values()):
        text += (" Only the coded sentences found here are scored; the rest were coded on articles this corpus does "
                 "not hold.")
    return text


def blind_sample_line(blind: str | Path | None, found: int, missing: int) -> str:
    """How many sentences of the study's blind coded sample are in this corpus, in one line.

    Parameters
    ----------
    blind : str, Path or None
        The study's blind sample (None: the study has none).
    found, missing : int
        Its sentences found in this corpus and not found.

    Returns
    -------
    str
        "blind sample: 60 sentences of this corpus coded (0 coded sentences not found here)", or, for a study without
        one, that it has none (dogfood 12bo-d: a study of one's own read "blind sample: 0 sentences of this corpus
        coded (0 coded sentences not found here)", as if a sample of 0 sentences existed).
    """
    if blind is None:
        return ("blind sample: the study has none (a blind coder's sample is listed as frames_blind under validation "
                "in study.yaml)")
    return (f"blind sample: {count(found, 'sentence')} of this corpus coded ({missing:,} coded "
            f"{noun(missing, 'sentence')} not found here)")


def unit_keys(units: pd.DataFrame) -> pd.Series:
    """The key of each unit in coding sheets.

    Parameters
    ----------
    units : DataFrame
        Sentence units (``doc_id``, ``unit_id``) or article units (``doc_id`` only).

    Returns
    -------
    Series of str
        ``doc_id:unit_id`` for sentence units, ``doc_id`` for article units (no ``unit_id`` column).
    """
    if "unit_id" in units.columns:
        return units["doc_id"].astype(str) + ":" + units["unit_id"].astype(str)
    return units["doc_id"].astype(str)


def tag_units(units: pd.DataFrame, codebook: str = "generic_frames") -> pd.DataFrame:
    """Run the tagger of one codebook on units.

    Parameters
    ----------
    units : DataFrame
        Units with ``doc_id`` and ``text``.
    codebook : str, default "generic_frames"
        Frame codebook name or path.

    Returns
    -------
    DataFrame
        The rows of :func:`helpers.framing.tagger.tag_frames` (``unit`` is the position in ``units``).

    Raises
    ------
    CodebookError
        For a bad codebook.
    """
    books = F.load_codebooks([codebook])
    negation = F.load_codebook("negation", kind="negation")
    cues = F.find_cues(units.reset_index(drop=True), books, negation=negation)
    return F.tag_frames(units.reset_index(drop=True), cues, books, keep=("doc_id",))


def frame_labels(units: pd.DataFrame, frames: pd.DataFrame, codebook: Mapping, level: str = "unit") -> pd.DataFrame:
    """Automated 0/1 labels, one row per unit (or article) and one column per frame id.

    Parameters
    ----------
    units : DataFrame
        The units tagged (rows in the order given to :func:`tag_units`).
    frames : DataFrame
        From :func:`tag_units`.
    codebook : mapping
        The codebook (its non-residual entries are the columns).
    level : {"unit", "article"}
        ``"unit"``: a unit carries a frame when a counted cue occurs in it;
        ``"article"``: the article-level rule of :mod:`helpers.framing.articles`.

    Returns
    -------
    DataFrame
        Index: unit keys (:func:`unit_keys`) or doc ids; int columns.

    Raises
    ------
    ValueError
        For another ``level``.
    """
    books = {codebook["name"]: codebook}
    ids = [e for e, en in codebook["entries"].items() if not en.get("residual")]
    if level == "unit":
        mat = np.zeros((len(units), len(ids)), dtype=int)
        c = frames[frames["counted"] & frames["frame"].isin(ids)]
        mat[c["unit"].to_numpy(), [ids.index(f) for f in c["frame"]]] = 1
        return pd.DataFrame(mat, index=pd.Index(unit_keys(units.reset_index(drop=True)), name="unit_key"),
                            columns=ids)
    if level == "article":
        docs = list(pd.unique(units["doc_id"]))
        use = article_frame_use(article_cue_counts(frames, docs, books, units=units), codebook_thresholds(books))
        use.columns = [fr for _, fr in use.columns]
        return use[ids].astype(int).rename_axis("unit_key")
    raise ValueError(f"level must be 'unit' or 'article', got {level!r}")


def unit_cue_counts(units: pd.DataFrame, frames: pd.DataFrame, codebook: Mapping) -> pd.DataFrame:
    """Counted cues per unit and frame (the tagger's cue features), one column per frame id.

    Parameters
    ----------
    units : DataFrame
        The units that were tagged.
    frames : DataFrame
        Their :func:`tag_units` rows.
    codebook : mapping
        The loaded codebook.

    Returns
    -------
    DataFrame
        Index unit keys, int columns (non-residual entries of ``codebook``).
    """
    ids = [e for e, en in codebook["entries"].items() if not en.get("residual")]
    mat = np.zeros((len(units), len(ids)), dtype=int)
    c = frames[frames["counted"] & frames["frame"].isin(ids)]
    n = c["cues"].str.count("; ").to_numpy() + 1
    np.add.at(mat, (c["unit"].to_numpy(), [ids.index(f) for f in c["frame"]]), n)
    return pd.DataFrame(mat, index=pd.Index(unit_keys(units.reset_index(drop=True)), name="unit_key"), columns=ids)


def sample_codes(sample: pd.DataFrame, units: pd.DataFrame, family: str, labels: Sequence[str],
                 coder: str) -> tuple[pd.DataFrame, int]:
    """Turn a shipped hand-coded sample (";"-separated frame ids per family) into long codes.

    Sentences are matched to ``units`` by article and exact text.

    Parameters
    ----------
    sample : DataFrame
        The hand-coded sample: ``doc_id``, ``sentence`` and one column per family.
    units : DataFrame
        Sentence units (``doc_id``, ``unit_id``, ``text``).
    family : str
        The family (column of ``sample``) to read.
    labels : sequence of str
        The frame ids coded (each gets a 0/1 value per sentence).
    coder : str
        The coder's name in the result.

    Returns
    -------
    (DataFrame, int)
        Codes as :func:`helpers.validation.coding.read_coding_sheets` returns them, and
        the number of sample sentences not found among ``units`` (left out).

    Raises
    ------
    ValueError
        If ``sample`` has no ``family`` column.
    """
    if family not in sample.columns:
        raise ValueError(f"the coded sample has no {family!r} column; it has {list(sample.columns)}.")
    key = pd.Series(unit_keys(units).to_numpy(), index=pd.MultiIndex.from_arrays([units["doc_id"], units["text"]]))
    key = key[~key.index.duplicated()]
    found = key.reindex(pd.MultiIndex.from_arrays([sample["doc_id"], sample["sentence"]]))
    ok = found.notna().to_numpy()
    rows = []
    for k, cell in zip(found.to_numpy()[ok], sample[family].to_numpy()[ok]):
        have = {x.strip() for x in str(cell).split(";") if x.strip()}
        rows += [{"coder": coder, "unit_key": k, "label": lab, "value": int(lab in have)} for lab in labels]
    codes = pd.DataFrame(rows, columns=["coder", "unit_key", "label", "value"])
    return codes.sort_values(["label", "unit_key"], kind="stable", ignore_index=True), int((~ok).sum())


def read_coded_sample(path: str | Path, units: pd.DataFrame, family: str, labels: Sequence[str], coder: str,
                      split: str | None = None) -> tuple[pd.DataFrame, int]:
    """Read a coded sample file (``doc_id``, ``sentence``, one column per family) as long codes.

    Parameters
    ----------
    path : str, Path or None
        CSV such as ``studies/pak_afg_ttp/frame_validation_sample.blind.csv``;
        None (a study without such a sample) gives no codes.
    units : DataFrame
        The sentence units of the corpus analysed (``doc_id``, ``unit_id``, ``text``).
    family : str
        The column with the codes (e.g. ``generic_frames`` or ``blamed``).
    labels : sequence of str
        The label ids.
    coder : str
        Coder name for the codes.
    split : str, optional
        Keep only rows whose ``split`` column has this value.

    Returns
    -------
    (DataFrame, int)
        As :func:`sample_codes`.

    Raises
    ------
    ValueError
        If the file, ``doc_id`` or ``sentence`` is missing. A sample without a ``family`` column does not code that
        family (a study's sample adopted from coders' sheets of one measure, ``adopt``): no codes, none missing.
    """
    if path is None:
        return sample_codes(pd.DataFrame(columns=["doc_id", "sentence", family], dtype=str), units, family, labels,
                            coder)
    p = _existing(path, "coded sample")
    df = pd.read_csv(p, dtype=str, keep_default_na=False)
    if split is not None:
        if "split" not in df.columns:
            raise ValueError(f"{p} has no 'split' column; drop the split argument.")
        df = df[df["split"] == split]
    missing = [c for c in ("doc_id", "sentence") if c not in df.columns]
    if missing:
        raise ValueError(f"{p}: missing {noun(len(missing), 'column')} {missing}.")
    if family not in df.columns:  # a family this sample does not code (adopted from sheets of one measure)
        df = df.iloc[:0].assign(**{family: ""})
    return sample_codes(df.reset_index(drop=True), units, family, labels, coder)


def guide_examples(codes: pd.DataFrame, texts: pd.Series, k: int = 2, seed: int = 0) -> dict:
    """Positive and negative example texts per label for the coding guide.

    Parameters
    ----------
    codes : DataFrame
        Consensus codes (index unit keys, one 0/1 column per label).
    texts : Series
        Text per unit key.
    k : int
        Examples of each kind per label.
    seed : int
        Seed of the random choice.

    Returns
    -------
    dict
        Label to ``{"positive": [...], "negative": [...]}``.
    """
    rng = np.random.default_rng(seed)
    out = {}
    for lab in codes.columns:
        ex = {}
        for kind, val in (("positive", 1), ("negative", 0)):
            keys = codes.index[codes[lab].to_numpy() == val].sort_values()
            pick = rng.choice(len(keys), size=min(k, len(keys)), replace=False) if len(keys) else []
            ex[kind] = [str(texts.get(keys[i], "")) for i in sorted(pick)]
        out[lab] = ex
    return out


def blamed_labels(units: pd.DataFrame, actor_ids: Sequence[str] | None = None) -> pd.DataFrame:
    """Which actors the actor-role heuristic finds blamed in each unit.

    Parameters
    ----------
    units : DataFrame
        Units with ``doc_id`` and ``text`` (and ``unit_id`` for sentences).
    actor_ids : sequence of str, optional
        The actors (columns), default every entry of the active study's ``actors`` lexicon (none for a study
        without actors: no column).

    Returns
    -------
    DataFrame of int
        0/1, one row per unit (index: :func:`unit_keys`), one column per actor id.

    Raises
    ------
    ValueError
        If ``units`` lacks ``doc_id`` or ``text``.
    """
    from ..text.lexicon import load_study_lexicon

    missing = [c for c in ("doc_id", "text") if c not in units.columns]
    if missing:
        raise ValueError(f"units lacks {noun(len(missing), 'column')} {missing}.")
    actors = load_study_lexicon("actors")
    ids = list(actor_ids) if actor_ids is not None else list(actors["entries"])
    u = units.reset_index(drop=True)
    if not actors["entries"]:  # a study without actors: nobody can be blamed
        return pd.DataFrame(np.zeros((len(u), len(ids)), dtype=int), index=pd.Index(unit_keys(u), name="unit_key"),
                            columns=ids)
    roles_cb = F.load_codebook("actor_roles", kind="roles")
    cues = F.find_cues(u, {}, actors=actors, negation=F.load_codebook("negation", kind="negation"), roles=roles_cb)
    roles = F.actor_roles(u, cues, roles_cb, keep=("doc_id",))
    b = roles[(roles["role"] == "blamed") & roles["actor"].isin(ids)]
    mat = np.zeros((len(u), len(ids)), dtype=int)
    mat[b["unit"].to_numpy(dtype=int), np.array([ids.index(a) for a in b["actor"]], dtype=int)] = 1
    return pd.DataFrame(mat, index=pd.Index(unit_keys(u), name="unit_key"), columns=ids)


def _coded_articles(keys: pd.Index) -> pd.Series:
    """The article of each coded unit key: ``doc_id`` of a sentence key ``doc_id:unit_id``, the key itself otherwise."""
    keys = pd.Series(keys.astype(str), index=keys)
    sentence = keys.str.fullmatch(r".+:\d+")
    return keys.where(~sentence, keys.str.rsplit(":", n=1).str[0])


def corrected_shares(pred: pd.DataFrame, codes: pd.DataFrame, groups: pd.Series | None = None,
                     ci: float = 0.95, min_articles: int = MIN_CODED_ARTICLES) -> pd.DataFrame:
    """Naive and prediction-powered shares of every label, per group.

    A group whose coded units come from fewer than ``min_articles`` articles keeps its corrected share but no
    interval: the interval treats the coded units as independent, and sentences of one or two articles are not.

    Parameters
    ----------
    pred : DataFrame
        Automated 0/1 labels of every unit (index unit keys, one column per label).
    codes : DataFrame
        Consensus codes (:func:`helpers.validation.coding.consensus`: index unit keys,
        same label columns) for the coded units, which must be a random sample.
    groups : Series, optional
        Group per unit key (None: one group "(all)").
    ci : float
        Interval coverage.
    min_articles : int, default :data:`MIN_CODED_ARTICLES`
        Articles of coded units a group needs for an interval of its corrected share.

    Returns
    -------
    DataFrame
        :func:`helpers.stats.ppi.ppi_group_shares` rows with a ``label`` column first.

    Raises
    ------
    ValueError
        If a coded unit is not among ``pred``'s units.
    """
    extra = codes.index.difference(pred.index)
    if len(extra):
        raise ValueError(
            f"{len(extra):,} coded {noun(len(extra), 'unit')} (e.g. {extra[0]!r}) {noun(len(extra), 'is', 'are')} not "
            "among the tagged units: sentences of an article left out as a duplicate body (its duplicate_of is "
            "set), of an article outside the run's sample (max_articles), or of another corpus. Code a sheet drawn "
            "on this corpus (notebook 04's, or python -m helpers.validation sample, which leaves out the duplicate "
            "bodies and draws from the article sample notebook 04 reads, as the report does: give it this run's "
            "-p group_by, top_n, max_articles and seed as --group-by, --top-n, --max-articles and --seed), or remove "
            "those rows from the sheets.")
    out = []
    for lab in pred.columns:
        df = pd.DataFrame({"pred": pred[lab].to_numpy(),
                           "code": codes[lab].reindex(pred.index).to_numpy(dtype=float) if lab in codes else np.nan})
        if groups is not None:
            df["group"] = groups.reindex(pred.index).fillna("(unknown)").to_numpy()
        t = ppi_group_shares(df, "pred", "code", "group" if groups is not None else None, ci=ci)
        t.insert(0, "label", lab)
        out.append(t)
    res = pd.concat(out, ignore_index=True)
    docs = _coded_articles(codes.index)
    per = (docs.groupby(groups.reindex(codes.index).fillna("(unknown)").to_numpy() if groups is not None
                        else np.full(len(docs), "(all)")).nunique())
    few = (res["n_coded"] > 0) & res["group"].map(per).fillna(0).lt(min_articles)
    if few.any():
        k = res.loc[few, "group"].map(per).fillna(0).astype(int)
        note = [f"coded {noun(int(n), 'unit')} from {count(int(a), 'article')}, fewer than {min_articles}: no interval "
                "(units of one article are not independent)" for n, a in zip(res.loc[few, "n_coded"], k)]
        res.loc[few, ["corrected_low", "corrected_high"]] = np.nan
        res.loc[few, "note"] = [f"{a}; {b}" if b else a for a, b in zip(note, res.loc[few, "note"].fillna(""))]
    return res


CONSENSUS_RULE = ("the coders' consensus is the majority code of a unit; a tie (1 of 2 coders) counts as "
                  "'does not apply', and a unit one coder left out takes the other coders' codes; with two coders a "
                  "label of a unit both coded is thus marked only where both marked it, so scores and corrected "
                  "shares refer to what both coders would mark, a narrower reading than either coder's alone")
"""How :func:`helpers.validation.coding.consensus` (``tie="negative"``) decides, in words for a reader (review s78-B:
the corrected share of two coders' consensus was below either coder's own and nothing said why)."""


_MIXED_NOTE = ("coded units from several strata of the draw: no simple random sample of the group, so the corrected "
               "share is not valid")
"""The note of a group whose coded units come from more than one stratum of the draw (:func:`sheet_results`)."""


def sheet_results(codes: pd.DataFrame, pred: pd.DataFrame, groups: pd.Series | None = None, n_boot: int = 1000,
                  seed: int = 0, strata: pd.Series | None = None) -> dict[str, pd.DataFrame]:
    """Everything the coders' sheets of one measure give: agreement, the tagger's scores, corrected shares.

    Parameters
    ----------
    codes : DataFrame
        Long codes of one or more coders (:func:`helpers.validation.coding.read_coding_sheets`).
    pred : DataFrame
        The tagger's 0/1 labels of every unit of the corpus (index unit keys, one column per label).
    groups : Series, optional
        Group of every unit key (e.g. its outlet) for the shares; None: one group "(all)".
    n_boot : int
        Bootstrap resamples of the score intervals.
    seed : int
        Seed of the bootstrap.
    strata : Series, optional
        The stratum of the draw of every coded unit key (:func:`helpers.validation.coding.sheet_strata`): a group
        whose coded units come from more than one stratum gets a note, as its coded units are then no simple random
        sample of the group, which the corrected share assumes.

    Returns
    -------
    dict of str to DataFrame
        ``agreement`` (:func:`helpers.validation.coding.agreement_table`: alpha per label, or why it cannot be
        computed, with the units coded by at least two coders), ``scores`` (the tagger against the coders'
        consensus, :data:`CONSENSUS_RULE`, per label and micro-averaged, with bootstrap intervals over units) and
        ``shares`` (:func:`corrected_shares`: naive and prediction-powered shares per group and label with
        ``n_coded``; a group without coded units has a note and no corrected share).

    Raises
    ------
    ValueError
        If a coded unit is not among ``pred``'s units.
    """
    cons = consensus(codes)
    missing = cons.index.difference(pred.index)
    if len(missing):
        held = sorted(codes.loc[codes["unit_key"].isin(missing), "coder"].astype(str).unique())
        raise ValueError(f"{len(missing):,} coded {noun(len(missing), 'unit')} (e.g. {missing[0]!r}, in the "
                         f"{noun(len(held), 'sheet')} of {', '.join(held)}) are not among the tagged units."
                         + _unit_hint(missing, pred.index))
    scores = score_table(cons.astype(bool), pred.loc[cons.index, cons.columns].astype(bool), n_boot=n_boot, seed=seed)
    shares = corrected_shares(pred[list(cons.columns)], cons, groups)
    if strata is not None and len(strata):
        g = groups if groups is not None else pd.Series("(all)", index=pred.index)
        s = strata[strata.index.isin(cons.index)]
        per_group = s.groupby(g.reindex(s.index).fillna("(unknown)").astype(str).to_numpy()).nunique()
        mixed = shares["group"].isin(per_group.index[per_group > 1])
        shares.loc[mixed, "note"] = [f"{n}; {_MIXED_NOTE}" if n else _MIXED_NOTE for n in shares.loc[mixed, "note"]]
    return {"agreement": agreement_table(codes, seed=seed), "scores": scores, "shares": shares}


def sheets_option() -> str:
    """How to give notebook 04 the coders' filled sheets, in the words of the caller.

    Returns
    -------
    str
        ``-p coding_sheets '[ann.csv, bob.csv]'`` in a report run (``python -m helpers.report``), else the
        notebook parameter ``coding_sheets = ["ann.csv", "bob.csv"]``.
    """
    import os

    from ..core.wording import CLI_ENV

    if os.environ.get(CLI_ENV):
        return "-p coding_sheets '[ann.csv, bob.csv]'"
    return 'the parameter coding_sheets = ["ann.csv", "bob.csv"]'


def _unit_hint(coded: pd.Index, tagged: pd.Index) -> str:
    """Why coded keys miss the tagged ones when one side holds articles (``doc_id``) and the other sentences
    (``doc_id:unit_id``)."""
    def sentences(keys: pd.Index) -> bool:
        return bool(pd.Series(keys.astype(str)).str.contains(":").all())

    if len(tagged) and not sentences(coded) and sentences(tagged):
        return (" The sheet codes articles and the tagged units are sentences: score a sheet of articles with "
                "python -m helpers.validation score --unit article.")
    if len(tagged) and sentences(coded) and not sentences(tagged):
        return " The sheet codes sentences and the tagged units are articles: score it without --unit article."
    return ""


def benchmark_results(path: str | Path) -> tuple[dict, pd.DataFrame]:
    """Read the result file written by ``benchmarks/bench_framing.py``.

    Parameters
    ----------
    path : str or Path
        The JSON result file (relative paths from the project root).

    Returns
    -------
    (dict, DataFrame)
        The file's metadata (``dataset``, ``date``, ``mapping``, thresholds,
        ``macro_F1``) and its scores, one row per label and method.

    Raises
    ------
    ValueError
        If the file is missing or lacks ``scores`` (re-run the benchmark).
    """
    import json

    p = _existing(path, "benchmark result file", "; run benchmarks/bench_framing.py")
    res = json.loads(p.read_text(encoding="utf-8"))
    if "scores" not in res:
        raise ValueError(f"{p} has no 'scores'; re-run benchmarks/bench_framing.py.")
    meta = {k: v for k, v in res.items() if k != "scores"}
    return meta, pd.DataFrame(res["scores"])


_PAIRED_TO = {"paired_diff_to_a": "(a) baseline", "paired_diff_to_shipped": "shipped rule (e)"}
"""Paired-difference keys of the cross-validation result files and the rule each is paired to."""


def benchmark_cv(path: str | Path) -> tuple[dict, pd.DataFrame]:
    """Read the cross-validation result file of ``benchmarks/bench_framing_14z3.py``, ``14aa.py``, ``14ab.py`` or
    ``14ad.py``.

    Parameters
    ----------
    path : str or Path
        The JSON result file (relative paths from the project root), e.g.
        ``benchmarks/results/bench_framing_14ad.json``.

    Returns
    -------
    (dict, DataFrame)
        The file's metadata (``dataset``, ``n_articles``, ``date``, ``cv``,
        ``decision``, ...) and one row per rule and variant (``plain``,
        ``unseen-cue``) with columns ``rule``, ``variant``, ``macro_F1``,
        ``macro_F1_sd`` (sd over the repeats), one column per label,
        ``paired_to`` (the reference rule of the paired difference: rule (a)
        in issue 14z3's file, the shipped rule in issue 14aa's, 14ab's and 14ad's; empty when the
        row has none) and ``paired_diff`` / ``paired_diff_sd``.

    Raises
    ------
    ValueError
        If the file is missing or lacks ``rules`` (re-run the benchmark).
    """
    import json

    p = _existing(path, "cross-validation result file", "; run benchmarks/bench_framing_14z3.py")
    res = json.loads(p.read_text(encoding="utf-8"))
    if not isinstance(res.get("rules"), dict):
        raise ValueError(f"{p} has no 'rules'; re-run benchmarks/bench_framing_14z3.py.")
    labels = list(res.get("mapping", {}))
    rows = []
    for rule, variants in res["rules"].items():
        for variant, vals in variants.items():
            row = {"rule": rule, "variant": variant, "macro_F1": vals["macro_F1"][0], "macro_F1_sd": vals["macro_F1"][1]}
            row.update({lab: vals[lab][0] for lab in labels if lab in vals})
            key = next((k for k in _PAIRED_TO if k in vals), None)
            row["paired_to"] = _reference(_PAIRED_TO[key], res["rules"]) if key else ""
            row["paired_diff"], row["paired_diff_sd"] = (vals[key][0], vals[key][1]) if key else (np.nan, np.nan)
            rows.append(row)
    meta = {k: v for k, v in res.items() if k != "rules"}
    return meta, pd.DataFrame(rows)


CV_DECIMALS = 3
"""Decimals of the cross-validation table of notebook 04 (:func:`benchmark_cv_rounded`) and of the sentence that
quotes it (:func:`frames_dev_sentence`)."""


def _half_up(x: float, digits: int) -> float:
    """``x`` rounded half away from zero at ``digits`` decimals as it is written (0.0085 is 0.009).

    Float rounding gave two answers for one number: pandas' ``round(3)`` made 0.0085 0.008 (8.5 to even), ``:.3f`` made
    it 0.009 (the float is a hair above), so notebook 04's table and its closing disagreed (dogfood 12br-d).
    """
    from decimal import ROUND_HALF_UP, Decimal

    if x is None or pd.isna(x):
        return x
    return float(Decimal(repr(float(x))).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP))


def benchmark_cv_rounded(cv: pd.DataFrame, digits: int = CV_DECIMALS) -> pd.DataFrame:
    """The table of :func:`benchmark_cv` with its numbers rounded once, half up, as the notebook shows and quotes them.

    Parameters
    ----------
    cv : DataFrame
        From :func:`benchmark_cv`.
    digits : int
        Decimals kept (default :data:`CV_DECIMALS`).

    Returns
    -------
    DataFrame
        A copy; numeric columns rounded, text columns unchanged.
    """
    out = cv.copy()
    for c in out.columns:
        if pd.api.types.is_float_dtype(out[c]):
            out[c] = out[c].map(lambda x: _half_up(x, digits))
    return out


def frames_dev_sentence(cv_meta: Mapping, cv: pd.DataFrame, macro_f1: Mapping) -> str:
    """Notebook 04's closing line on frames-dev, from the same rounded numbers as its table.

    Parameters
    ----------
    cv_meta, cv : dict, DataFrame
        From :func:`benchmark_cv`.
    macro_f1 : dict
        ``macro_F1`` of :func:`benchmark_results`' metadata (``held-out`` and ``development`` halves).

    Returns
    -------
    str
        "frames-dev: macro-F1 of the shipped rule 0.680 (sd 0.009) cross-validated over ...".
    """
    uc = benchmark_cv_rounded(cv).set_index(["rule", "variant"])
    shipped = cv_meta["decision"]["ship"]
    d = CV_DECIMALS

    def two(x: float) -> str:
        return f"{_half_up(x, 2):.2f}"

    return (f"frames-dev: macro-F1 of the shipped rule {uc.loc[(shipped, 'unseen-cue'), 'macro_F1']:.{d}f} "
            f"(sd {uc.loc[(shipped, 'unseen-cue'), 'macro_F1_sd']:.{d}f}) cross-validated over all "
            f"{cv_meta['n_articles']} articles counting only cues seen in training, "
            f"{uc.loc[(shipped, 'plain'), 'macro_F1']:.{d}f} counting every cue, against "
            f"{two(cv.set_index(['rule', 'variant']).loc[('TF-IDF', 'plain'), 'macro_F1'])} for TF-IDF and "
            f"{two(cv.set_index(['rule', 'variant']).loc[('all positive', 'plain'), 'macro_F1'])} "
            f"for all-positive in the same folds; {two(macro_f1['held-out']['lexicon (out of the box)'])} on the "
            f"held-out half and {two(macro_f1['development']['lexicon (out of the box)'])} on the development half, "
            "both in-sample for the thresholds. The cue lists were revised while reading all of this set, so only the "
            "corpus's other half (not in this project) gives a fully independent figure.")


def _reference(name: str, rules: dict) -> str:
    """The rule of ``rules`` that ``name`` opens (issue 14ab's file names its reference "shipped rule (e), version
    8", issue 14ad's "shipped rule (e), version 9"), else ``name``."""
    return next((r for r in rules if r.startswith(name)), name)


def benchmark_articles(path: str | Path, labels: Sequence[str], coder: str,
                       method: str = "lexicon") -> tuple[pd.DataFrame, pd.DataFrame]:
    """The benchmark's per-article file as a coded sample and the tagger's labels.

    Parameters
    ----------
    path : str or Path
        ``benchmarks/results/bench_framing_articles.csv``.
    labels : sequence of str
        Label prefixes (``RE``, ``HI``, ...): columns ``<label>_gold`` and
        ``<label>_<method>`` must exist.
    coder : str
        Name given to the gold labels' coder.
    method : str
        Which prediction: ``lexicon`` (shipped thresholds), ``lexicon_cv`` or ``tfidf_cv``.

    Returns
    -------
    (DataFrame, DataFrame)
        Codes as :func:`helpers.validation.coding.read_coding_sheets` returns them (unit
        key = ``doc_id``), and the predictions (index ``doc_id``, one 0/1
        column per label, then the file's ``outlet`` and ``mbfc`` columns
        when present).

    Raises
    ------
    ValueError
        If the file or a column is missing.
    """
    p = _existing(path, "benchmark article file", "; run benchmarks/bench_framing.py")
    df = pd.read_csv(p, dtype={"doc_id": str})
    need = [f"{lab}_{s}" for lab in labels for s in ("gold", method)]
    missing = [c for c in need if c not in df.columns]
    if missing:
        raise ValueError(f"{p}: missing {noun(len(missing[:4]), 'column')} {missing[:4]}; re-run benchmarks/bench_framing.py.")
    codes = pd.concat([pd.DataFrame({"coder": coder, "unit_key": df["doc_id"], "label": lab,
                                     "value": df[f"{lab}_gold"].astype(int)}) for lab in labels], ignore_index=True)
    pred = pd.DataFrame({lab: df[f"{lab}_{method}"].astype(int).to_numpy() for lab in labels},
                        index=pd.Index(df["doc_id"], name="unit_key"))
    for col in ("outlet", "mbfc"):
        if col in df.columns:
            pred[col] = df[col].fillna("").astype(str).to_numpy()
    return codes, pred


# --------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------


_COLUMN_ROLES = ("text", "doc_id", "outlet", "title", "date")
"""The keys of ``--columns``, as of the report's ``-p columns``."""


def _columns(text: str | None) -> dict:
    """``--columns '{text: story, outlet: site_name}'`` as keyword arguments of ``load_corpus`` (``text_col``, ...).

    A corpus that the report reads with ``-p columns`` could not be read by ``sample`` or ``score`` at all, whose
    error then said "pass text_col='story'" (dogfood 12bo-d).
    """
    import yaml

    if not text:
        return {}
    try:
        cols = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ValueError(f"--columns {text!r} is not a mapping; write it as for the report's -p columns, e.g. "
                         f"--columns '{{text: story, outlet: site_name}}' ({exc}).") from None
    if isinstance(cols, dict):  # YAML reads {outlet:site} as one key with no value: read as the report does (12bq-d)
        from ..corpus.sources import colon_keys

        cols = colon_keys(cols)
    if not isinstance(cols, dict) or not all(isinstance(v, str) for v in cols.values()):
        raise ValueError(f"--columns {text!r} is not a mapping of roles to column names; write it as "
                         "--columns '{text: story, outlet: site_name}'.")
    unknown = sorted(set(map(str, cols)) - set(_COLUMN_ROLES))
    if unknown:
        raise ValueError(f"--columns has unknown {noun(len(unknown), 'key')} {unknown}; use {list(_COLUMN_ROLES)}.")
    return {f"{k}_col": v for k, v in cols.items()}


def _units(corpus: str, unit: str, group: str = "", option: str = "--group", metadata: str | None = None,
           columns: str | None = None, on_bad: str = "error", articles: pd.DataFrame | None = None,
           sample: Mapping | None = None) -> pd.DataFrame:
    """The corpus's sentences (``outlet`` and the ``group`` column carried) or its articles.

    ``group`` is the column of ``--group`` (``score``) or of ``--stratum`` (``sample``), named by ``option`` in the
    error for a column the corpus lacks: ``sample --stratum bias_text`` failed with "units lacks column
    ['bias_text']" although the report tells users to draw with the column it groups by (dogfood 12bo-d).
    ``metadata``, ``columns`` (the text of ``--columns``) and ``on_bad`` read the corpus as the report's parameters
    of the same names do; the loader's advice names these options. Articles whose body duplicates an earlier one are
    left out, as the report's notebooks leave them out: a sheet drawn with them stopped notebook 04 with "coded units
    are not among the tagged units" (dogfood 12bp-d). ``articles``: the corpus, already read (:func:`_articles`).
    ``sample``: ``group_by``, ``top_n``, ``max_articles`` and ``seed`` of the report; only the articles of the
    stratified sample notebooks 02-04 read are kept (:func:`helpers.corpus.groups.article_sample`, the function
    :func:`helpers.notebook.prepare.prepare_corpus` draws it with), and ``attrs["sampled"]`` holds (articles kept,
    articles analysed). A sheet drawn from every article of a corpus larger than ``max_articles`` held sentences
    notebook 04 never reads, and stopped it (leftover 3 of round bq).
    """
    from ..corpus.segment import segment

    if articles is None:
        articles = _articles(corpus, metadata, columns, on_bad)
    if group and group not in articles.columns:
        whole = "for the whole corpus" if option == "--group" else "for a simple random sample"
        raise ValueError(f"{option} {group!r} is not a column of {corpus}; its columns are "
                         f"{[c for c in articles.columns if c != 'text']} (or give {option} '' {whole}).")
    import warnings

    from ..corpus.sources import CorpusWarning

    dup = articles["duplicate_of"].astype(str).ne("") if "duplicate_of" in articles.columns else None
    if dup is not None and dup.any():  # as the report's notebooks: each body once (dogfood 12bp-d)
        n = int(dup.sum())
        warnings.warn(f"{count(n, 'article')} whose body duplicates an earlier one {noun(n, 'is', 'are')} left out, "
                      "as the report's notebooks leave them out (their coded sentences would match no unit there).",
                      CorpusWarning, stacklevel=2)
        articles = articles[~dup.to_numpy()].reset_index(drop=True)
    if group and group != "outlet":  # as the report's groups: values differing only in case are one (12bp-d)
        articles = _case_merged(articles, group)
    sampled = None
    if sample is not None:
        articles, sampled = _report_sample(articles, corpus, group, sample)
    if unit == "article":
        out = articles.reset_index(drop=True)
    else:
        keep = [c for c in dict.fromkeys(["outlet", group]) if c and c in articles.columns]
        out = segment(articles, "sentence", columns=tuple(keep)).reset_index(drop=True)
    if sampled is not None:
        out.attrs["sampled"] = sampled
    return out


def _case_merged(articles: pd.DataFrame, column: str) -> pd.DataFrame:
    """``articles`` with the values of ``column`` that differ only in case made one, as the report's groups are
    (:func:`helpers.corpus.groups.merge_case_variants`), with its warning."""
    import warnings

    from ..corpus.groups import case_merge_note, merge_case_variants
    from ..corpus.sources import CorpusWarning

    merged, merges = merge_case_variants(articles[column])
    if not merges:
        return articles
    warnings.warn(case_merge_note(column, merges), CorpusWarning, stacklevel=4)
    return articles.assign(**{column: merged})


def _report_sample(articles: pd.DataFrame, corpus: str, group: str, sample: Mapping) -> tuple[pd.DataFrame, tuple]:
    """The articles of notebook 04's sample (:func:`helpers.corpus.groups.article_sample`) and (kept, analysed)."""
    from ..corpus.groups import article_sample

    by = sample.get("group_by") or group or "outlet"
    if by not in articles.columns:
        raise ValueError(f"--group-by {by!r} is not a column of {corpus}; its columns are "
                         f"{[c for c in articles.columns if c != 'text']}. Give the report's -p group_by.")
    if by not in ("outlet", group):  # as the report's groups: values differing only in case are one
        articles = _case_merged(articles, by)
    if sample.get("top_n", 1) < 1:
        raise ValueError(f"--top-n must be at least 1, got {sample['top_n']}; give the report's -p top_n (default 15).")
    cap = sample.get("max_articles")
    if cap is not None and cap < 1:
        raise ValueError(f"--max-articles must be at least 1, got {cap}; give the report's -p max_articles "
                         "(default 2000), or a number at least the corpus's size to read every article.")
    _, _, keep = article_sample(articles, by, sample["top_n"], cap, sample.get("seed", 0))
    return articles[keep].reset_index(drop=True), (int(keep.sum()), len(keep))


def _sample_line(units: pd.DataFrame, sample: Mapping, command: str) -> str:
    """The note on the article sample read ("" when every article is read)."""
    kept, total = units.attrs.get("sampled", (0, 0))
    if kept >= total:
        return ""
    what = "drawn" if command == "sample" else "scored"
    return (f"note: sentences {what} from the stratified sample of {kept:,} of the {total:,} articles that "
            f"notebook 04 reads (--max-articles {sample['max_articles']}, --group-by {sample['group_by']}, "
            f"--top-n {sample['top_n']}, --seed {sample['seed']}: the report's -p max_articles, group_by, top_n and "
            "seed; give the values of your report's run), so that every coded sentence is one of notebook 04's.")


def _articles(corpus: str, metadata: str | None = None, columns: str | None = None,
              on_bad: str = "error") -> pd.DataFrame:
    """The corpus as ``--corpus``, ``--metadata``, ``--columns`` and ``--on-bad`` read it (advice in their terms)."""
    from ..corpus.read import load_corpus
    from ..corpus.sources import option_style

    with option_style("validation"):
        return load_corpus(corpus, metadata or None, on_bad=on_bad, **_columns(columns))


def _measure(name: str) -> dict:
    """The frame codebook given with ``--measure``, or an error in the command line's terms."""
    try:
        return F.load_codebook(name)
    except (ValueError, F.CodebookError) as exc:
        if Path(name).suffix or "/" in name:
            raise
        from ..core.study import active_study

        own = [c for c in active_study().codebooks if c not in F.FRAME_CODEBOOKS]
        raise ValueError(f"--measure {name!r} is not a frame codebook; give one of {', '.join(F.FRAME_CODEBOOKS)} "
                         + (f"or of the study's own ({', '.join(Path(c).stem for c in own)}) " if own else "")
                         + f"(or the path of a frame codebook .yaml; a name of a study's own codebook needs --study), "
                         f"{ROLE_MEASURE} for the roles of sources or {TONE_MEASURE} for tone toward actors. ({exc})"
                         ) from None


def _mixed_strata(shares: pd.DataFrame) -> str:
    """The groups (up to three, as text) whose corrected share :func:`sheet_results` noted as drawn from several
    strata."""
    noted = shares["note"].fillna("").astype(str).str.contains(_MIXED_NOTE, regex=False)
    many = sorted(shares.loc[noted, "group"].astype(str).unique())
    return ", ".join(many[:3]) + (f" and {len(many) - 3} more" if len(many) > 3 else "")


def _worded_scores(table: pd.DataFrame) -> pd.DataFrame:
    """The score table with each score and its interval in words, as notebook 04 shows them."""
    from ..core.wording import score_interval

    out = table[["label", "n", "support", "predicted", "tp"]].copy()
    for col in ("precision", "recall", "F1", "kappa"):
        out[col] = [score_interval(v, lo, hi) for v, lo, hi in
                    zip(table[col], table[f"{col}_low"], table[f"{col}_high"])]
    return out


def _print_table(title: str, table: pd.DataFrame) -> None:
    print(f"\n{title}")
    print(table.round(3).to_string(index=False))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m helpers.validation sample|score|adopt``.

    Parameters
    ----------
    argv : sequence of str, optional
        The arguments (default: ``sys.argv[1:]``); ``--help`` lists them.

    Returns
    -------
    int
        The exit status: 0 on success, 2 on a bad corpus, codebook or coding sheet (the error is printed on
        stderr, not raised). Warnings (a sheet not saved as UTF-8, a corpus file repaired) are printed on stderr.
    """
    import warnings

    ap = argparse.ArgumentParser(prog="python -m helpers.validation", description=__doc__.splitlines()[0],
                                 epilog="One command's options: python -m helpers.validation adopt --help (or "
                                        "sample, score). README, 'Start your own study', step 5: the whole "
                                        "workflow.")
    sub = ap.add_subparsers(dest="cmd", required=True)
    helps = {"sample": "draw a stratified random sample; write a coding sheet and an HTML guide",
             "score": "filled sheets: coders' agreement, the tagger against them, naive and corrected shares",
             "adopt": "filled sheets -> a study's validation sample (consensus codes, corpus fingerprints, study.yaml)"}
    for name in ("sample", "score", "adopt"):
        p = sub.add_parser(name, help=helps[name], description=helps[name],
                           formatter_class=argparse.ArgumentDefaultsHelpFormatter)  # defaults shown (12bo-d)
        p.add_argument("--corpus", default="seeds", help="corpus folder or file (as for load_corpus)")
        p.add_argument("--measure", default="generic_frames",
                       help=f"frame codebook (one of {', '.join(F.FRAME_CODEBOOKS)}, or a path), {ROLE_MEASURE} "
                            f"(the role of each attribution's source) or {TONE_MEASURE} (the tone of sentences naming "
                            "an actor of the study)")
        if name != "adopt":
            p.add_argument("--study", default="auto",
                           help="the report's -p study: a frame --measure given by name is looked up in its codebooks "
                                f"first; for {ROLE_MEASURE} or {TONE_MEASURE}, its lexicons (for tone, the actors it is "
                                "measured toward); auto: the bundled study on the seeds, else the general study")
        if name != "adopt":  # a study's sample holds sentences
            p.add_argument("--unit", choices=("sentence", "article"), default="sentence", help="what a coder codes")
        p.add_argument("--metadata", default=None, help="metadata CSV, if not <corpus>/metadata.csv (as -p metadata)")
        p.add_argument("--columns", default=None,
                       help="column names of a table corpus, as -p columns: e.g. '{text: story, outlet: site_name}'")
        p.add_argument("--on-bad", dest="on_bad", choices=("error", "skip"), default="error",
                       help="'skip' leaves out empty or unreadable files and rows, as -p on_bad skip")
        if name != "adopt":  # the article sample of notebook 04 (leftover 3 of round bq)
            p.add_argument("--group-by", dest="group_by", default=None,
                           help="the report's -p group_by: the groups of the article sample notebook 04 reads "
                                "(default: the " + ("--stratum" if name == "sample" else "--group")
                                + " column, outlet when it is '')")
            p.add_argument("--top-n", dest="top_n", type=int, default=DEFAULT_TOP_N,
                           help="the report's -p top_n (groups kept by name; the rest are pooled for the sample)")
            p.add_argument("--max-articles", dest="max_articles", type=int, default=DEFAULT_MAX_ARTICLES,
                           help="the report's -p max_articles: only the stratified sample of this many articles that "
                                "notebook 04 reads is " + ("drawn from" if name == "sample" else "scored") +
                                ", drawn as notebook 04 draws it (a number at least the corpus's size: every article)")
    s = sub.choices["sample"]
    s.add_argument("--n", type=int, default=60, help="units to draw")
    s.add_argument("--stratum", "--group", dest="stratum", default="outlet",
                   help="column to stratify by ('' for none); score takes the same column as --group (or --stratum)")
    s.add_argument("--seed", type=int, default=0,
                   help="the report's -p seed: seed of notebook 04's article sample, of the draw and of the order")
    s.add_argument("--out", required=True, help="coding sheet to write (a .csv file; the guide goes beside it)")
    sc = sub.choices["score"]
    sc.add_argument("sheets", nargs="+", help="filled coding sheets, one per coder (CSV)")
    sc.add_argument("--group", "--stratum", dest="group", default="outlet",  # dogfood 12br-d: --stratum was refused
                    help="column whose groups get naive and corrected shares ('' for the whole corpus): the --stratum "
                         "the sheets were drawn with")
    sc.add_argument("--seed", type=int, default=0,
                    help="the report's -p seed: seed of notebook 04's article sample and of the bootstrap intervals")
    ad = sub.choices["adopt"]
    ad.add_argument("sheets", nargs="+", help="filled coding sheets of --measure, one per coder (CSV; drawn by "
                                              "'sample' from this corpus)")
    ad.add_argument("--study", required=True,
                    help="study folder with a study.yaml (a name in studies/ or a path; make one with cp -r "
                         "studies/general studies/my_topic); the sample, validation_corpus.csv and the validation "
                         "block of study.yaml are written there")
    ad.add_argument("--split", choices=("heldout", "dev"), default="heldout",
                    help="split of every adopted sentence: heldout (only scored) or dev (may be read to revise cues)")
    ad.add_argument("--force", action="store_true", help="replace the study's sample and validation_corpus.csv")
    args, extra = ap.parse_known_args(argv)
    if extra:  # said by the command's own parser, with its usage (review s78-B: "score --n 60" got the top-level one)
        sub.choices[args.cmd].error(f"unrecognized arguments: {' '.join(extra)}" + _misplaced(args.cmd, extra))
    for name in ("corpus", "metadata"):  # as the report runner reads --corpus: the current folder, then the project root
        if getattr(args, name, None):
            setattr(args, name, str(resolve_cli_path(getattr(args, name))))
    from ..core.study import active_study, use_study

    before = active_study()  # the command activates the study of its --study; a caller in the same process keeps its own
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            status = _run(args)
        finally:
            use_study(before)
    for w in caught:
        if issubclass(w.category, UserWarning):
            print(f"warning: {w.message}", file=sys.stderr)
    return status


def _misplaced(cmd: str, extra: Sequence[str]) -> str:
    """A hint for options of another command given to ``cmd``."""
    if cmd != "sample" and any(e.split("=")[0] in ("--n", "--out") for e in extra):
        return (f" ({cmd} takes its units from the sheets: --n and --out belong to sample; give {cmd} the same "
                "--seed, --group and corpus options the sheets were drawn with)")
    if cmd == "sample" and any(not e.startswith("-") for e in extra):
        return " (sample takes no sheet: filled sheets go to score or adopt)"
    return ""


def _run(args: argparse.Namespace) -> int:
    """``sample`` or ``score`` with parsed arguments; errors printed, not raised."""
    try:
        if args.cmd == "sample" and Path(args.out).suffix.lower() != ".csv":
            raise ValueError(f"--out {args.out}: the coding sheet is written as CSV, which every spreadsheet opens; "
                             f"give a name ending in .csv (e.g. --out {Path(args.out).with_suffix('.csv').name}).")
        if args.cmd == "sample":
            check_sheet_place(args.out, args.corpus, args.metadata)
        if args.measure == ROLE_MEASURE:
            return _run_roles(args)
        if args.measure == TONE_MEASURE:
            return _run_tone(args)
        from ..core.study import StudyError, resolve_study, use_study

        try:  # a bare --measure name resolves in the study (review s80-C)
            use_study(resolve_study(args.study, args.corpus).name)
        except StudyError:
            if args.cmd != "adopt":
                raise
            # adopt says itself how to make the study folder it is given
        cb = _measure(args.measure)
        labels = [e for e, en in cb["entries"].items() if not en.get("residual")]
        read = {"metadata": args.metadata, "columns": args.columns, "on_bad": args.on_bad}
        if args.cmd == "adopt":
            return _adopt(args, cb["name"], labels, read)
        group = args.group if args.cmd == "score" else args.stratum
        sample = {"group_by": args.group_by or group or "outlet", "top_n": args.top_n,
                  "max_articles": args.max_articles, "seed": args.seed}
        units = _units(args.corpus, args.unit, group, option="--group" if args.cmd == "score" else "--stratum",
                       sample=sample, **read)
        note = _sample_line(units, sample, args.cmd)
        if note:
            print(note)
        if args.cmd == "sample":
            smp = draw_sample(units, args.n, stratum=args.stratum or None, seed=args.seed,
                              key_cols=("doc_id", "unit_id") if args.unit == "sentence" else ("doc_id",))
            smp = add_context(smp, units)  # the two sentences before each one, for the coder (review s78-B)
            out = write_coding_sheet(smp, labels, args.out)
            guide = out.with_suffix(".guide.html")
            guide.write_text(coding_guide_html(cb), encoding="utf-8")
            print(f"wrote {out} ({len(smp)} {args.unit}s) and {guide}")
            if args.stratum and args.unit == "sentence":
                per, warn = stratum_articles(smp, args.unit)
                print(per)
                if warn:
                    print(f"warning: {warn}", file=sys.stderr)
            return 0
        codes = read_coding_sheets(args.sheets, labels)
        frames = tag_units(units, args.measure)
        pred = frame_labels(units, frames, cb, level="unit" if args.unit == "sentence" else "article")
        groups = pd.Series(units[args.group].astype(str).to_numpy(), index=pred.index) if args.group else None
        missing = pd.Index(codes["unit_key"].unique()).difference(pred.index)
        if len(missing):
            held = sorted(codes.loc[codes["unit_key"].isin(missing), "coder"].astype(str).unique())
            raise ValueError(f"{len(missing):,} coded {noun(len(missing), 'unit')} (e.g. {missing[0]!r}, in the "
                             f"{noun(len(held), 'sheet')} of {', '.join(held)}) are not in "
                             f"{args.corpus} or not in the article sample notebook 04 reads; score the sheets against "
                             "the corpus they were drawn from, with the --group-by, --top-n, --max-articles and --seed "
                             "they were drawn with (and with --unit article for a sheet of articles).")
        res = sheet_results(codes, pred, groups, seed=args.seed, strata=sheet_strata(args.sheets))
        _print_results(res, codes, args.unit, args.group)
        return 0
    except (ValueError, F.CodebookError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _one_code_units(args: argparse.Namespace, measure: str, per: str, what: str) -> tuple[pd.DataFrame, str]:
    """The sentences of notebook 02's article sample for a one-code measure (source roles, tone), and the group
    column; refuses ``adopt`` and ``--unit article`` in the options' terms (``per``: what a code is given to) and says
    which articles were read (``what`` was drawn or scored)."""
    if args.cmd == "adopt":
        raise ValueError(f"adopt writes a study's sample of coded sentences for the frame measures; {measure} sheets "
                         f"are scored with 'score --measure {measure}' (keep the filled sheets with your study).")
    if args.unit != "sentence":
        raise ValueError(f"--unit {args.unit}: {per}; leave --unit out with --measure {measure}.")
    read = {"metadata": args.metadata, "columns": args.columns, "on_bad": args.on_bad}
    group = args.group if args.cmd == "score" else args.stratum
    sample = {"group_by": args.group_by or group or "outlet", "top_n": args.top_n,
              "max_articles": args.max_articles, "seed": args.seed}
    units = _units(args.corpus, "sentence", group, option="--group" if args.cmd == "score" else "--stratum",
                   sample=sample, **read)
    kept, total = units.attrs.get("sampled", (0, 0))
    if kept < total:
        print(f"note: {what} {'drawn' if args.cmd == 'sample' else 'scored'} from the stratified sample of "
              f"{kept:,} of the {total:,} articles that notebook 02 reads (--max-articles {sample['max_articles']}, "
              f"--group-by {sample['group_by']}, --top-n {sample['top_n']}, --seed {sample['seed']}: the report's -p "
              "max_articles, group_by, top_n and seed).")
    return units, group


def _one_code_sample(args: argparse.Namespace, rows: pd.DataFrame, keys: Sequence[str], write, guide: str,
                     what: str, extra: str = "") -> int:
    """``sample`` of a one-code measure: draw ``rows``, write the sheet (``write``) and the guide beside it; ``what``
    is the unit's noun (counted), ``extra`` words said after the count."""
    smp = draw_sample(rows, args.n, stratum=args.stratum or None, seed=args.seed, key_cols=keys)
    out = write(smp, args.out)
    path = out.with_suffix(".guide.html")
    path.write_text(guide, encoding="utf-8")
    print(f"wrote {out} ({count(len(smp), what)}{extra}) and {path}")
    return 0


def _one_code_score(args: argparse.Namespace, codes: pd.DataFrame, pred: pd.DataFrame, groups: pd.Series, what: str,
                    how: str) -> int:
    """``score`` of a one-code measure: every coded unit must be one of ``pred``'s; then the tables."""
    from .choice import score_choice_sheets

    res = score_choice_sheets(codes, pred, groups if args.group else None, args.sheets, what, "the sheets",
                              f"the {what}s of {args.corpus}: score the sheets {how}", seed=args.seed)
    _print_results(res, codes, what, args.group)
    return 0


def _run_roles(args: argparse.Namespace) -> int:
    """``sample`` or ``score`` with ``--measure source_roles``: attributions of notebook 02's article sample, read with
    the lexicons of the study the report would use (``--study``)."""
    from ..core.study import resolve_study, use_study
    from ..measures.source_roles import load_roles
    from ..measures.sourcing import extract_attributions
    from . import roles as R

    units, group = _one_code_units(args, ROLE_MEASURE, "a source role is coded per attribution", "attributions")
    use_study(resolve_study(args.study, args.corpus).name)  # a study may hold its own role or verb lexicon
    lex = load_roles()
    labels = R.role_labels(lex)
    cols = [c for c in dict.fromkeys(["outlet", group]) if c and c in units.columns]
    ru = R.role_units(extract_attributions(units, cols, roles=lex), units)
    if args.cmd == "sample":
        if not len(ru):
            raise ValueError(f"{args.corpus}: the sourcing rules find no attribution with a source in these articles, "
                             "so there is nothing to code.")
        return _one_code_sample(args, ru, R.ROLE_KEY_COLUMNS, R.write_role_sheet, R.role_guide_html(lex, labels),
                                "attribution")
    return _one_code_score(args, R.read_role_sheets(args.sheets, labels), R.role_predictions(ru, labels),
                           ru[args.group] if args.group else ru["doc_id"], "attribution",
                           "against the corpus they were drawn from, with the --group-by, --top-n, --max-articles and "
                           "--seed they were drawn with, and with the same version of the project (a change of the "
                           "sourcing rules moves attributions)")


def _run_tone(args: argparse.Namespace) -> int:
    """``sample`` or ``score`` with ``--measure tone``: notebook 02's (sentence, actor) rows of its article sample."""
    from ..core.study import resolve_study, use_study
    from ..measures.tone import load_labels
    from ..text.lexicon import load_study_lexicon
    from . import tone_sheets as T

    if args.cmd != "adopt":
        study = use_study(resolve_study(args.study, args.corpus).name)
        actors = load_study_lexicon("actors")
        if not actors.get("entries"):
            raise ValueError(f"--measure {TONE_MEASURE}: the study {study.name!r} lists no actors, so no tone toward "
                             "actors is measured; give the study of your corpus with --study NAME (README, 'Start your "
                             "own study').")
    units, group = _one_code_units(args, TONE_MEASURE, "tone is coded per sentence and actor", "sentences")
    gcol = group or "outlet"
    tu = T.tone_units(units, gcol, actors, load_labels())
    if not len(tu):
        raise ValueError(f"{args.corpus}: " + T.tone_rows_note(len(actors["entries"]), study.name))
    if args.cmd == "sample":
        return _one_code_sample(args, tu, T.TONE_KEY_COLUMNS, T.write_tone_sheet, T.tone_guide_html(study.title),
                                "sentence-actor row", f", study {study.name}")
    return _one_code_score(args, T.read_tone_sheets(args.sheets), T.tone_predictions(tu), tu[gcol],
                           "sentence-actor row", "with the corpus, --study, --group-by, --top-n, --max-articles and "
                           "--seed they were drawn with")


def _print_results(res: dict, codes: pd.DataFrame, unit: str, group: str) -> None:
    """Print what :func:`sheet_results` gives: agreement, the tagger's scores, naive and corrected shares per group."""
    n_coders = codes["coder"].nunique()
    if n_coders < 2:
        print(f"\nAgreement: one coder only ({codes['coder'].iloc[0]}), so agreement cannot be computed; give a second "
              "coder's copy of the same sheet.")
    else:
        _print_table(f"Agreement between the {n_coders} coders (Krippendorff's alpha per label, nominal, with a 95% "
                     f"bootstrap interval over {unit}s; units: the {unit}s coded by at least two coders; marked: those "
                     f"some coder marked; no alpha below {MIN_PAIRED_UNITS} units or {MIN_MARKED_UNITS} marked):",
                     agreement_shown(res["agreement"]))
    _print_table(f"The tagger against the coders ({CONSENSUS_RULE}); n: {unit}s coded; 95% bootstrap intervals "
                 f"over {unit}s:", _worded_scores(res["scores"]))
    shares = res["shares"].rename(columns={"group": group or "group"})
    _print_table(f"Naive and corrected shares of {unit}s per {group or 'corpus'}: naive is the tagger's share "
                 f"of all {unit}s; corrected (prediction-powered) adds the tagger's errors measured on the coded "
                 f"{unit}s (n_coded), valid when they are a random sample of the group's {unit}s, as 'sample' "
                 "draws them:", shares)
    mixed = _mixed_strata(res["shares"])
    if mixed:
        print(f"\nNote: the coded {unit}s of {mixed} come from several strata of the draw; 'sample' draws as many "
              f"{unit}s per stratum as it can, so they are no simple random sample of the group and its corrected "
              f"share is not valid. Give --group the column the sample was stratified by (--group outlet for "
              "'sample''s default --stratum).")


def _adopt(args: argparse.Namespace, family: str, labels: list[str], read: dict) -> int:
    """``adopt`` with parsed arguments: write the study's sample and fingerprints, say what was done."""
    from .adopt import adopt_sheets, study_folder

    study_folder(args.study)  # a missing study is said before the corpus is read
    articles = _articles(args.corpus, **read)
    units = _units(args.corpus, "sentence", articles=articles, **read)
    done = adopt_sheets(args.sheets, args.study, articles, units, family, labels, args.corpus,
                        split=args.split, force=args.force, metadata=args.metadata)
    print(f"{'added ' + family + ' to' if done.merged else 'wrote'} {done.sample} ({count(done.n_units, 'sentence')} "
          f"of {count(done.n_articles, 'article')}, the "
          f"consensus of {count(done.n_coders, 'coder')} on {family}: {CONSENSUS_RULE}; split "
          f"{args.split}) and {done.manifest} (the articles' fingerprints)")
    folder = done.sample.parent
    if done.study_yaml == "print":
        print(f"{folder / 'study.yaml'} already names other validation files; it was not changed. To use this "
              f"sample, make its validation lines read:\n\n{done.block}")
    else:
        print(f"{folder / 'study.yaml'}: {'validation block added' if done.study_yaml == 'added' else 'already names them'}"
              f":\n{done.block}")
    print(f"Run the report with -p study {args.study}: notebook 03 validates the tagger with these sentences and "
          "corrects its shares, notebook 04 scores it against them (only on the articles of validation_corpus.csv).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
