"""Make coders' filled sheets a study's own validation sample (``python -m helpers.validation adopt``).

The sheets of ``python -m helpers.validation sample`` hold one row per sentence and one 0/1 column per label of one
measure, one sheet per coder. A study's own coded sample has another layout (``studies/pak_afg_ttp/``): one row per
sentence with ``doc_id``, ``unit_id``, ``sentence`` and one column per frame family holding the coded frame ids
separated by ``;``, and the articles it was coded on in ``validation_corpus`` (``doc_id`` and ``sha256_16``,
:func:`helpers.core.study.text_fingerprint` of the ``raw`` text), so that its figures are shown only for that corpus.

:func:`adopt_sheets` checks every sheet against the corpus (each unit must be a sentence of it, with the same text),
takes the coders' consensus (:func:`helpers.validation.coding.consensus`: the majority code, a tie counts as "does
not apply"), and writes

- :data:`SAMPLE_FILE`, the study's blind sample (``validation: frames_blind`` in ``study.yaml``, the key notebook 03
  reads for corrected shares and, without a ``frames`` sample, for the tagger's validation, and notebook 04 for its
  blind coder's scores): every sentence with ``split`` ``heldout`` (no cue was written from these codes) or ``dev``;
- :data:`MANIFEST_FILE`, the fingerprints of the articles the sheets code (``validation_corpus``);

and adds the two keys to ``study.yaml`` when it has neither, else returns the block for the user to put in.
The layout holds one set of codes per sentence, not one per coder: the coders' agreement is the business of
``score`` (and of notebook 04 with ``-p coding_sheets``), before the sheets are adopted.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import numpy as np
import pandas as pd
import yaml

from ..core.paths import PROJECT_ROOT, is_within
from ..core.spreadsheet import restore_formulas
from ..core.study import GENERAL_STUDY, STUDIES_DIR, StudyError, load_study, text_fingerprint
from ..core.wording import count, noun
from .coding import _read_sheet, consensus, read_coding_sheets

__all__ = ["MANIFEST_FILE", "SAMPLE_FILE", "SAMPLE_KEY", "SPLITS", "STUDY_FILE", "Adopted", "adopt_sheets",
           "adopted_sample", "check_sheets", "study_block", "study_folder"]

SAMPLE_FILE = "frame_validation_sample.blind.csv"
"""The study's blind coded sample written by :func:`adopt_sheets` (the name the seeds' study uses)."""
MANIFEST_FILE = "validation_corpus.csv"
"""The fingerprints of the articles the sample was coded on (``doc_id``, ``sha256_16``)."""
SAMPLE_KEY = "frames_blind"
"""The key under ``validation`` in ``study.yaml`` that names :data:`SAMPLE_FILE`."""
STUDY_FILE = "study.yaml"
"""The study's description, which names its files."""
SPLITS = ("heldout", "dev")
"""Values of the sample's ``split``: ``heldout`` sentences are only scored, ``dev`` ones may be read to revise cues."""


@dataclass
class Adopted:
    """What :func:`adopt_sheets` wrote.

    Attributes
    ----------
    sample, manifest : Path
        The files written.
    n_units, n_articles, n_coders : int
        Sentences, articles and coders of the sample.
    merged : bool
        Whether ``family``'s column was added to an existing sample of the same sentences.
    study_yaml : str
        ``"added"`` (the block was appended to ``study.yaml``), ``"unchanged"`` (it was already there) or
        ``"print"`` (``study.yaml`` names other files: :attr:`block` is to be put in by hand).
    block : str
        The ``validation`` block of ``study.yaml`` for these files.
    labels : list of str
        The measure's labels found at least once in the consensus.
    """

    sample: Path
    manifest: Path
    n_units: int
    n_articles: int
    n_coders: int
    merged: bool
    study_yaml: str
    block: str
    labels: list = field(default_factory=list)


def _clean(text: str) -> str:
    return " ".join(str(text).split())


def check_sheets(paths: Sequence[str | Path], units: pd.DataFrame, corpus: str) -> None:
    """Check that every unit of every sheet is a sentence of the corpus, with the text the sheet shows.

    Parameters
    ----------
    paths : sequence of str or Path
        The coders' filled sheets (:func:`helpers.validation.coding.write_coding_sheet` layout).
    units : DataFrame
        The corpus's sentences (``doc_id``, ``unit_id``, ``text``).
    corpus : str
        The corpus as the user named it (for the message).

    Raises
    ------
    ValueError
        Naming the sheet, its row and unit: a sheet of articles (a study's sample holds sentences), a unit that
        is not a sentence of the corpus, or one whose text differs from the corpus's sentence (another corpus, or
        other ``--columns`` / ``--metadata`` / ``--on-bad`` than the sheets were drawn with).
    """
    text = pd.Series(units["text"].to_numpy(), index=units["doc_id"].astype(str) + ":" + units["unit_id"].astype(str))
    text = text[~text.index.duplicated()]
    for p in map(Path, paths):
        df = restore_formulas(_read_sheet(p))
        keys = df["unit_key"].astype(str)
        articles = ~keys.str.contains(":", regex=False)
        if articles.any():
            i = int(np.flatnonzero(articles.to_numpy())[0])
            raise ValueError(f"{p}: row {i + 2} codes unit {keys.iloc[i]!r}, an article (no ':sentence' in its "
                             "unit_key): a study's sample holds sentences; draw the sheets with 'sample' without "
                             "--unit article, code them, and adopt those.")
        absent = ~keys.isin(text.index)
        if absent.any():
            i = int(np.flatnonzero(absent.to_numpy())[0])
            raise ValueError(f"{p}: {int(absent.sum()):,} of its {count(len(keys), 'unit')} are not sentences of "
                             f"{corpus} (first: row {i + 2}, unit {keys.iloc[i]!r}): give adopt the corpus this sheet "
                             "was drawn from, with the same --columns, --metadata and --on-bad as 'sample' had.")
        if "text" in df.columns:
            differ = [i for i, (k, t) in enumerate(zip(keys, df["text"])) if _clean(t) != _clean(text[k])]
            if differ:
                i = differ[0]
                raise ValueError(f"{p}: row {i + 2}, unit {keys.iloc[i]!r}: the sheet's text is not the corpus's "
                                 f"sentence {text[keys.iloc[i]][:80]!r} ({len(differ):,} such "
                                 f"{noun(len(differ), 'row')}): the corpus changed since the sheet was drawn, or "
                                 "it is read with other --columns, --metadata or --on-bad; adopt the sheets with the "
                                 "corpus and options they were drawn with.")


def adopted_sample(codes: pd.DataFrame, paths: Sequence[str | Path], units: pd.DataFrame, family: str,
                   split: str = "heldout") -> pd.DataFrame:
    """The coders' consensus in a study's sample layout, one row per sentence in the order the sheets list them.

    Parameters
    ----------
    codes : DataFrame
        :func:`helpers.validation.coding.read_coding_sheets` of ``paths`` (coder names are the file stems).
    paths : sequence of str or Path
        The sheets (for the order of the rows and the coders' notes).
    units : DataFrame
        The corpus's sentences (``doc_id``, ``unit_id``, ``text``), checked with :func:`check_sheets`.
    family : str
        The measure coded (its column, e.g. ``generic_frames``).
    split : {"heldout", "dev"}
        The ``split`` of every sentence.

    Returns
    -------
    DataFrame
        ``doc_id``, ``unit_id``, ``draw_order``, ``split``, ``sentence`` (the corpus's text, which the notebooks
        match exactly), ``family`` (the consensus labels joined by ``;``), ``coders`` (who coded the sentence) and
        ``coder_notes`` (each coder's note, ``name: note``, joined by `` | ``).

    Raises
    ------
    ValueError
        For another ``split``.
    """
    if split not in SPLITS:
        raise ValueError(f"--split {split!r}: give one of {list(SPLITS)}.")
    order, notes = [], {}
    for p in map(Path, paths):
        df = restore_formulas(_read_sheet(p))
        for k, note in zip(df["unit_key"].astype(str), df["notes"] if "notes" in df.columns else [""] * len(df)):
            if k not in notes:
                order.append(k)
                notes[k] = []
            if str(note).strip():
                notes[k].append(f"{p.stem}: {str(note).strip()}")
    cons = consensus(codes)
    who = codes.groupby("unit_key")["coder"].agg(lambda c: ";".join(sorted(set(c))))
    text = pd.Series(units["text"].to_numpy(), index=units["doc_id"].astype(str) + ":" + units["unit_id"].astype(str))
    text = text[~text.index.duplicated()]
    rows = []
    for i, k in enumerate(order):
        doc, unit = k.rsplit(":", 1)
        labs = [lab for lab in cons.columns if cons.at[k, lab]]
        rows.append({"doc_id": doc, "unit_id": unit, "draw_order": i, "split": split, "sentence": text[k],
                     family: ";".join(labs), "coders": who[k], "coder_notes": " | ".join(notes[k])})
    return pd.DataFrame(rows, columns=["doc_id", "unit_id", "draw_order", "split", "sentence", family, "coders",
                                       "coder_notes"])


def _with_family(folder: Path, sample: pd.DataFrame, manifest: pd.DataFrame, family: str) -> pd.DataFrame | None:
    """The study's existing sample with ``family``'s column of ``sample`` added, when that loses nothing: it holds
    the same sentences and articles (same fingerprints) and does not code ``family`` yet; else None."""
    try:
        old = pd.read_csv(folder / SAMPLE_FILE, dtype=str, keep_default_na=False)
        old_manifest = pd.read_csv(folder / MANIFEST_FILE, dtype=str, keep_default_na=False)
    except (OSError, ValueError):
        return None
    key = ["doc_id", "unit_id"]
    if family in old.columns or not set(key) <= set(old.columns) or len(old) != len(sample):
        return None
    new = sample.set_index(key)
    if set(old.set_index(key).index) != set(new.index):
        return None
    if dict(zip(old_manifest.get("doc_id", []), old_manifest.get("sha256_16", []))) != dict(
            zip(manifest["doc_id"], manifest["sha256_16"])):
        return None
    rows = list(zip(old["doc_id"], old["unit_id"]))
    out = old.copy()
    out.insert(list(out.columns).index("coders") if "coders" in out.columns else len(out.columns), family,
               new.loc[rows, family].to_numpy())
    if "coders" in out.columns:
        out["coders"] = [";".join(sorted(set(filter(None, f"{a};{b}".split(";")))))
                         for a, b in zip(out["coders"], new.loc[rows, "coders"])]
    if "coder_notes" in out.columns:
        out["coder_notes"] = [" | ".join(filter(None, [a, b])) for a, b in zip(out["coder_notes"],
                                                                               new.loc[rows, "coder_notes"])]
    return out


def study_block(sample: str = SAMPLE_FILE, manifest: str = MANIFEST_FILE) -> str:
    """The lines of ``study.yaml`` that name an adopted sample and its fingerprints.

    Parameters
    ----------
    sample, manifest : str
        The file names, relative to the study folder.

    Returns
    -------
    str
        YAML text, ending in a newline.
    """
    return f"validation_corpus: {manifest}\nvalidation:\n  {SAMPLE_KEY}: {sample}\n"


def _update_study_yaml(folder: Path) -> str:
    """Append :func:`study_block` to ``study.yaml`` when it names neither key; "unchanged" when it names these
    files; "print" when it names others (then nothing is changed)."""
    path = folder / STUDY_FILE
    text = path.read_text(encoding="utf-8")
    doc = yaml.safe_load(text) or {}
    val, man = doc.get("validation"), doc.get("validation_corpus")
    if isinstance(val, dict) and val.get(SAMPLE_KEY) == SAMPLE_FILE and man == MANIFEST_FILE:
        return "unchanged"
    if val or man:
        return "print"
    path.write_text(text.rstrip("\n") + "\n" + study_block(), encoding="utf-8")
    return "added"


def study_folder(study: str | Path) -> Path:
    """The folder of ``--study``, found as ``-p study`` finds it (a name in ``studies/``, a path from the project
    root or from the working folder).

    Parameters
    ----------
    study : str or Path
        A study name or folder.

    Returns
    -------
    Path

    Raises
    ------
    ValueError
        When none of these holds a ``study.yaml`` (the message says how to make one).
    """
    p = Path(str(study).strip()).expanduser()
    for c in ([p] if p.is_absolute() else [STUDIES_DIR / p, PROJECT_ROOT / p, Path.cwd() / p]):
        if (c / STUDY_FILE).is_file():
            return c
    raise ValueError(f"--study {study}: no {STUDY_FILE} there. Make the study first (cp -r studies/general "
                     f"studies/my_topic, then set name and title in its {STUDY_FILE}) and give --study "
                     "studies/my_topic.")


def adopt_sheets(paths: Sequence[str | Path], study: str | Path, articles: pd.DataFrame, units: pd.DataFrame,
                 family: str, labels: Sequence[str], corpus: str | Path, split: str = "heldout",
                 force: bool = False, metadata: str | Path | None = None) -> Adopted:
    """Write coders' filled sheets as a study's blind validation sample, with the corpus's fingerprints.

    Parameters
    ----------
    paths : sequence of str or Path
        The filled sheets, one per coder (coder names are the file stems).
    study : str or Path
        The study folder (with a ``study.yaml``, e.g. a copy of ``studies/general``).
    articles : DataFrame
        The corpus (:func:`helpers.corpus.read.load_corpus`: ``doc_id``, ``raw``).
    units : DataFrame
        Its sentences (``doc_id``, ``unit_id``, ``text``).
    family : str
        The measure the sheets code (a frame codebook name, e.g. ``generic_frames``).
    labels : sequence of str
        The measure's label ids (the sheets' label columns).
    corpus : str or Path
        The corpus folder or file (nothing is written into it).
    split : {"heldout", "dev"}
        The ``split`` of every sentence.
    force : bool
        Replace :data:`SAMPLE_FILE` and :data:`MANIFEST_FILE` when they exist (never a corpus file). Without it, an
        existing sample of the same sentences (same articles and fingerprints) that does not code ``family`` gets
        ``family``'s column (sheets of a second measure drawn as the first: ``sample`` with the same ``--n``,
        ``--stratum`` and ``--seed``); anything else that exists is an error.
    metadata : str or Path, optional
        The corpus's metadata file, if given apart (never written either).

    Returns
    -------
    Adopted

    Raises
    ------
    ValueError
        For a sheet that does not match the corpus (:func:`check_sheets`), a study folder without ``study.yaml``,
        inside the corpus folder or the bundled ``general`` study, a ``family`` the study does not frame with, an
        existing file without ``force``, or a bad sheet (:func:`helpers.validation.coding.read_coding_sheets`).
    """
    folder = study_folder(study)
    if folder.resolve() == (STUDIES_DIR / GENERAL_STUDY).resolve():
        raise ValueError(f"--study {study} is the bundled study of every corpus without one ({GENERAL_STUDY}); copy it "
                         f"first (cp -r studies/{GENERAL_STUDY} studies/my_topic, set name and title in its "
                         f"{STUDY_FILE}) and adopt into the copy: --study studies/my_topic.")
    books = load_study(folder).codebooks
    if family not in books:
        raise ValueError(f"--measure {family}: the study {folder} frames with {', '.join(books)} (framing: codebooks "
                         f"in its {STUDY_FILE}), so its notebooks would not read these codes; adopt sheets of one of "
                         f"those, or add {family} to that list first.")
    src = Path(corpus).expanduser().resolve()
    written = [folder / SAMPLE_FILE, folder / MANIFEST_FILE, folder / STUDY_FILE]
    if src.is_dir() and is_within(folder.resolve(), src):
        raise ValueError(f"--study {study} is inside the corpus folder {src}: nothing is written into a corpus "
                         "folder; keep the study elsewhere (e.g. studies/my_topic).")
    guarded = [src] + ([Path(metadata).expanduser().resolve()] if metadata else [])
    clash = [w for w in written if w.resolve() in guarded]
    if clash:
        raise ValueError(f"{clash[0]} is the corpus's own file: nothing is written over a corpus; keep the study in "
                         "another folder.")
    codes = read_coding_sheets(paths, labels)
    check_sheets(paths, units, str(corpus))
    sample = adopted_sample(codes, paths, units, family, split)
    raw = dict(zip(articles["doc_id"].astype(str), articles["raw"]))
    docs = list(dict.fromkeys(sample["doc_id"]))
    manifest = pd.DataFrame({"doc_id": docs, "sha256_16": [text_fingerprint(raw[d]) for d in docs]})
    existing = [w for w in written[:2] if w.exists()]
    merged = None if force or not existing else _with_family(folder, sample, manifest, family)
    if existing and not force and merged is None:
        raise ValueError(f"{' and '.join(str(w) for w in existing)} {noun(len(existing), 'exists', 'exist')}: the "
                         "study already has a sample (of other sentences, or of this measure); give --force to replace "
                         "it (or adopt into another study folder).")
    if merged is not None:
        sample = merged
    sample.to_csv(folder / SAMPLE_FILE, index=False)  # data the notebooks match by exact text: no formula guard
    manifest.to_csv(folder / MANIFEST_FILE, index=False)
    state = _update_study_yaml(folder)
    if state == "added":
        try:
            load_study(folder)
        except StudyError as exc:
            raise ValueError(f"{folder / STUDY_FILE} does not load with the validation block added: {exc}") from None
    used = [lab for lab in labels if (codes.loc[codes["label"] == lab, "value"] > 0).any()]
    return Adopted(sample=folder / SAMPLE_FILE, manifest=folder / MANIFEST_FILE, n_units=len(sample),
                   n_articles=len(docs), n_coders=int(codes["coder"].nunique()), merged=merged is not None,
                   study_yaml=state,
                   block=study_block(), labels=used)
