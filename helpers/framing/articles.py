"""When does an article "use" a frame? An article-level rule on top of the sentence tagger.

Sentence cues are many and noisy: one cue word in a long article rarely means
that the article is framed that way. The rule used here is: an article uses a
frame when its cue score reaches ``article_min_cues`` (each codebook entry may
set it; the default is :data:`DEFAULT_MIN_CUES`). The score sums, over the
distinct counted cues of the frame in the article, each cue's occurrences
capped at ``article_cue_cap`` (default :data:`DEFAULT_CUE_CAP` = 1: distinct
cues). Distinct cues rather than sentences, because a frame that an article
develops shows up in several different words, while one word repeated many
times is often a topic term; a cap of 2 lets a cue that comes back once more
count a little more (on ``frames-dev`` this helped every frame except human
interest, whose cues are common words such as "I" or "family" whose
repetition marks a style more than a frame). Caps in ``generic_frames.yaml``
were chosen on the development split of the corpus ``frames-dev``
(:func:`hash_split`; see ``benchmarks/bench_framing.py``), not on the seeds.
Its thresholds (version 7, issue 14z3) maximise F1 on all 214 ``frames-dev``
articles scored counting only the cues found in at least two of them
(``article_cue_counts(..., min_articles=2)``): a cue list meets a new article's
rare cues less often than the rare cues of the articles it was written on, so
a threshold fit on every cue is too high for new articles (cross-validated in
``benchmarks/bench_framing_14z3.py``).

An entry may also set ``article_voice: outlet``: its article score then counts
only cues the article says in its own voice, not those inside quotations
(default ``any``: both). A frame such as morality asks whether *the story*
carries a moral message; a news report that quotes a speaker's "injustice" or
"shameful" reports someone else's moral claim. On the development split of
``frames-dev`` morality cues in quotations were more frequent in articles the
annotators did *not* label as moral, so morality counts the outlet's voice
only (a cue said both inside and outside a quotation in the same sentence
counts as quoted there: the tagger keeps which cues were quoted per sentence,
not per occurrence).

An entry may finally set ``article_with``: other entries of its family whose
article scores are added to its own. Human interest uses it with morality:
Semetko & Valkenburg's human-interest indicators include "adjectives ... that
generate feelings of outrage, empathy-caring, sympathy, or compassion", and
the moral and evaluative words an article uses in its own voice ("cruel",
"shameful", "insane") are that kind of language. On the development split of
``frames-dev`` adding them raised the human-interest ranking (ROC AUC of the
score 0.87 -> 0.95) and its cross-validated F1 a little; the reverse (human
interest added to morality) lowered morality's, so it is not used.

An entry may also name ``article_evidence`` (:mod:`helpers.framing.evidence`): counts read from the article's
sentences that are not cues and are added to its score after ``article_with`` (so they are not passed on) and
whatever ``min_articles``. Morality adds its religious references this way since version 8 (issue 14aa).
"""

from __future__ import annotations

import hashlib
from typing import Iterable, Mapping

import numpy as np
import pandas as pd

from .evidence import EVIDENCE
from .tagger import frame_index

__all__ = [
    "DEFAULT_CUE_CAP",
    "DEFAULT_MIN_CUES",
    "HELD_OUT",
    "DEVELOPMENT",
    "VOICES",
    "article_cue_counts",
    "article_cue_table",
    "codebook_article_with",
    "codebook_cue_caps",
    "codebook_voices",
    "article_frame_use",
    "codebook_thresholds",
    "fit_min_cues",
    "hash_split",
]

DEFAULT_MIN_CUES = 3
"""Cue score an article needs to use a frame when its entry sets no ``article_min_cues``."""
DEFAULT_CUE_CAP = 1
"""Occurrences of one cue counted in the article score when the entry sets no ``article_cue_cap``."""
DEVELOPMENT = "development"
HELD_OUT = "held-out"
VOICES = ("any", "outlet")
"""Values of an entry's ``article_voice``: count every cue (default), or only cues outside quotations."""


def article_cue_counts(
    frames: pd.DataFrame,
    docs: pd.Index | list,
    codebooks: Mapping[str, dict],
    doc_col: str = "doc_id",
    min_articles: int = 1,
    units: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Cue score per article and frame: distinct counted cues, each weighted by its occurrences up to a cap.

    Parameters
    ----------
    frames : DataFrame
        From :func:`helpers.framing.tagger.tag_frames` (needs ``doc_col``, ``family``,
        ``frame``, ``cues``, ``counted``).
    docs : Index or list
        Every article id (articles without any cue get zeros).
    codebooks : mapping of str to dict
        The frame codebooks (column order, each entry's
        ``article_cue_cap``, see :func:`codebook_cue_caps`, and
        ``article_voice``, see :func:`codebook_voices`).
    doc_col : str
        Article id column of ``frames``.
    min_articles : int
        Count only the cues of a frame found in at least this many of the
        articles in ``docs`` (1, the default: every cue). The codebook's
        thresholds are fit on scores with ``min_articles=2`` (issue 14z3):
        an article's own rare cues then do not count, as a new article's
        rare cues are not in the list.
    units : DataFrame, optional
        The sentences ``frames`` was tagged from (``doc_col`` and ``text``),
        read only when an entry sets ``article_evidence`` (issue 14aa,
        :mod:`helpers.framing.evidence`): each named evidence's count per
        article is added to that entry's score, after ``article_with`` and
        whatever ``min_articles`` (the evidence is not a cue). Without
        ``units`` the evidence is read from the sentences ``frames`` holds
        (those with a cue of some frame), which can miss a few: pass
        ``units`` for the figures the benchmarks report.

    Returns
    -------
    DataFrame
        Index ``docs``; one integer column per ``(family, frame)`` (a
        MultiIndex on the columns), in codebook order. With every cap at 1
        (the default) the score is the number of distinct cues.

    Raises
    ------
    ValueError
        If ``frames`` lacks ``doc_col`` (or ``quoted_cues`` while an entry
        counts the outlet's voice only), a cap or voice is invalid, or
        ``min_articles`` is not a positive integer.
    """
    if isinstance(min_articles, bool) or not isinstance(min_articles, (int, np.integer)) or min_articles < 1:
        raise ValueError(f"min_articles must be a positive integer (1 counts every cue), got {min_articles!r}.")
    idx = frame_index(codebooks)
    cols = pd.MultiIndex.from_arrays([idx["family"], idx["frame"]], names=["family", "frame"])
    per_cue = article_cue_table(frames, codebooks, doc_col=doc_col)
    per_cue = per_cue[per_cue[doc_col].isin(list(docs))]
    if min_articles > 1:
        found_in = per_cue.groupby(["family", "frame", "cue"])[doc_col].transform("nunique")
        per_cue = per_cue[found_in.to_numpy() >= min_articles]
    cnt = per_cue.groupby([doc_col, "family", "frame"], sort=False)["n"].sum()
    out = cnt.unstack(["family", "frame"], fill_value=0) if len(cnt) else pd.DataFrame(index=pd.Index([], name=doc_col))
    out = out.reindex(index=pd.Index(list(docs), name=doc_col), columns=cols, fill_value=0).fillna(0).astype(np.int64)
    own = out.copy()
    for (fam, fr), others in codebook_article_with(codebooks).items():
        for other in others:
            out[(fam, fr)] += own[(fam, other)]
    _add_evidence(
        out, codebooks, frames if units is None else units, doc_col, "text" if units is not None else "sentence"
    )
    return out


def _add_evidence(
    out: pd.DataFrame, codebooks: Mapping[str, dict], units: pd.DataFrame, doc_col: str, text_col: str
) -> None:
    """Add, in place, the ``article_evidence`` counts of every entry that names some (see
    :mod:`helpers.framing.evidence`), read from the text column ``text_col`` of ``units`` (one row per sentence, or
    a label table whose rows repeat a sentence once per frame: the evidence counts distinct words)."""
    wanted = {
        (fam, fr): e["article_evidence"]
        for fam, cb in codebooks.items()
        for fr, e in cb["entries"].items()
        if e.get("article_evidence")
    }
    for key, names in wanted.items():
        for name in names:
            got = EVIDENCE[name](units, doc_col=doc_col, text_col=text_col).reindex(out.index, fill_value=0)
            out[key] += got.to_numpy(dtype=np.int64)


def article_cue_table(frames: pd.DataFrame, codebooks: Mapping[str, dict], doc_col: str = "doc_id") -> pd.DataFrame:
    """The counted cues of every article and frame, each with its occurrences up to the entry's cap.

    The parts :func:`article_cue_counts` adds up (before ``article_with``): one row per article, frame and
    distinct cue (lower case) that counts for the article score, quoted cues left out for entries with
    ``article_voice: outlet``.

    Parameters
    ----------
    frames : DataFrame
        From :func:`helpers.framing.tagger.tag_frames` (needs ``doc_col``, ``family``, ``frame``, ``cues``,
        ``counted``; ``quoted_cues`` when an entry counts the outlet's voice only).
    codebooks : mapping of str to dict
        The frame codebooks (caps and voices).
    doc_col : str
        Article id column of ``frames``.

    Returns
    -------
    DataFrame
        Columns ``doc_col``, ``family``, ``frame``, ``cue`` and ``n`` (occurrences in the article's counted
        sentences, capped at the entry's ``article_cue_cap``), in order of first appearance.

    Raises
    ------
    ValueError
        If ``frames`` lacks ``doc_col`` (or ``quoted_cues`` while an entry counts the outlet's voice only), or a
        cap or voice is invalid.
    """
    if doc_col not in frames.columns:
        raise ValueError(f"frames has no {doc_col!r} column; pass keep=({doc_col!r},) to tag_frames.")
    d = frames.loc[frames["counted"], [doc_col, "family", "frame", "cues"]].copy()
    d["cue"] = d["cues"].str.replace(r" \+ .*$", "", regex=True).str.split("; ")
    d["quoted"] = _outlet_quoted(frames.loc[frames["counted"]], codebooks)
    d = d.explode("cue")
    d = d[d["cue"].notna() & (d["cue"] != "")]
    d = d[np.array([c not in q for q, c in zip(d["quoted"], d["cue"])], dtype=bool)]
    d["cue"] = d["cue"].str.lower()
    caps = codebook_cue_caps(codebooks)
    per_cue = d.groupby([doc_col, "family", "frame", "cue"], sort=False).size().rename("n").reset_index()
    cap = caps.reindex(pd.MultiIndex.from_arrays([per_cue["family"], per_cue["frame"]])).fillna(DEFAULT_CUE_CAP)
    per_cue["n"] = np.minimum(per_cue["n"].to_numpy(), cap.to_numpy().astype(np.int64))
    return per_cue


def _outlet_quoted(frames: pd.DataFrame, codebooks: Mapping[str, dict]) -> list[set]:
    """Per label row, the cues to leave out of the article score: its quoted cues when its entry counts the outlet's
    voice only, else none."""
    voices = codebook_voices(codebooks)
    entries = voices.index[voices == "outlet"]
    if not len(entries):
        return [set()] * len(frames)
    if "quoted_cues" not in frames.columns:
        raise ValueError(
            "frames has no 'quoted_cues' column, which article_voice: outlet needs; pass the "
            "table returned by tag_frames."
        )
    rows = pd.MultiIndex.from_arrays([frames["family"], frames["frame"]]).isin(entries)
    return [
        set(q.split("; ")) if (r and isinstance(q, str) and q) else set() for r, q in zip(rows, frames["quoted_cues"])
    ]


def codebook_voices(codebooks: Mapping[str, dict]) -> pd.Series:
    """The ``article_voice`` of every (family, frame): ``"any"`` (default) or ``"outlet"``.

    Parameters
    ----------
    codebooks : mapping of str to dict
        Frame codebooks as loaded by :func:`helpers.framing.codebooks.load_codebooks`.

    Returns
    -------
    Series
        Indexed by ``(family, frame)``, one of :data:`VOICES` per entry;
        ``"outlet"``: the entry's article score counts only cues outside quotations.

    Raises
    ------
    ValueError
        If an entry's ``article_voice`` is not one of :data:`VOICES`.
    """
    return _entry_values(codebooks, "article_voice", VOICES[0], lambda v: v in VOICES, f"one of {VOICES}")


def codebook_article_with(codebooks: Mapping[str, dict]) -> dict[tuple[str, str], list[str]]:
    """The ``article_with`` of every (family, frame) that sets one: entries whose article scores are added to it.

    Parameters
    ----------
    codebooks : mapping of str to dict
        Frame codebooks; only entries with an ``article_with`` key are returned.

    Returns
    -------
    dict
        ``(family, frame)`` to a list of entry ids of the same family (only
        entries that set ``article_with``).

    Raises
    ------
    ValueError
        If ``article_with`` is not a list of other entries of the same codebook.
    """
    out = {}
    for fam, cb in codebooks.items():
        for fr, e in cb["entries"].items():
            others = e.get("article_with")
            if others is None:
                continue
            if not isinstance(others, list) or not others or any(o not in cb["entries"] or o == fr for o in others):
                raise ValueError(
                    f"codebook {fam!r} entry {fr!r}: article_with must be a list of other entries of the "
                    f"same codebook ({sorted(set(cb['entries']) - {fr})}), got {others!r}; fix the entry."
                )
            out[(fam, fr)] = list(others)
    return out


def _entry_values(codebooks: Mapping[str, dict], key: str, default, valid, expected: str) -> pd.Series:
    """``key`` of every (family, frame) entry (``default`` when unset), each checked with ``valid``."""
    idx = frame_index(codebooks)
    vals = []
    for fam, fr in zip(idx["family"], idx["frame"]):
        v = codebooks[fam]["entries"][fr].get(key, default)
        if not valid(v):
            raise ValueError(
                f"codebook {fam!r} entry {fr!r}: {key} must be {expected}, got {v!r}; "
                f"fix the entry in the codebook file."
            )
        vals.append(v)
    return pd.Series(vals, index=pd.MultiIndex.from_arrays([idx["family"], idx["frame"]]), name=key)


def _entry_ints(codebooks: Mapping[str, dict], key: str, default: int) -> pd.Series:
    return _entry_values(
        codebooks,
        key,
        default,
        lambda v: not isinstance(v, bool) and isinstance(v, int) and v >= 1,
        "a positive integer",
    )


def codebook_cue_caps(codebooks: Mapping[str, dict]) -> pd.Series:
    """The ``article_cue_cap`` of every (family, frame), :data:`DEFAULT_CUE_CAP` when unset.

    Parameters
    ----------
    codebooks : mapping of str to dict
        Loaded frame codebooks.

    Returns
    -------
    Series
        Positive integers indexed by ``(family, frame)``: how many
        occurrences of one cue count in an article's score.

    Raises
    ------
    ValueError
        If an entry's ``article_cue_cap`` is not a positive integer.
    """
    return _entry_ints(codebooks, "article_cue_cap", DEFAULT_CUE_CAP)


def codebook_thresholds(codebooks: Mapping[str, dict]) -> pd.Series:
    """The ``article_min_cues`` of every (family, frame), :data:`DEFAULT_MIN_CUES` when unset.

    Parameters
    ----------
    codebooks : mapping of str to dict
        Loaded frame codebooks.

    Returns
    -------
    Series
        Positive integers indexed by ``(family, frame)``: the cues an article
        needs for the frame to count as used.

    Raises
    ------
    ValueError
        If an entry's ``article_min_cues`` is not a positive integer.
    """
    return _entry_ints(codebooks, "article_min_cues", DEFAULT_MIN_CUES)


def article_frame_use(counts: pd.DataFrame, thresholds: pd.Series) -> pd.DataFrame:
    """Apply the rule: an article uses a frame when its cue score reaches the frame's threshold.

    Parameters
    ----------
    counts : DataFrame
        From :func:`article_cue_counts`.
    thresholds : Series
        Minimum cue score per column of ``counts`` (e.g. from
        :func:`codebook_thresholds` or :func:`fit_min_cues`).

    Returns
    -------
    DataFrame
        Booleans, same shape as ``counts``.

    Raises
    ------
    ValueError
        If a column of ``counts`` has no threshold.
    """
    missing = [c for c in counts.columns if c not in thresholds.index]
    if missing:
        raise ValueError(f"no threshold for {missing[:3]}; give one per column of counts.")
    return counts.ge(thresholds.reindex(counts.columns).to_numpy(), axis=1)


def fit_min_cues(counts: pd.Series | np.ndarray, gold: pd.Series | np.ndarray, max_cues: int = 30) -> int:
    """The threshold (cue score) that maximises F1 against article labels.

    Parameters
    ----------
    counts : array-like of int
        Cue score of one frame per article (from :func:`article_cue_counts`).
    gold : array-like of bool
        Whether each article uses the frame (hand labels).
    max_cues : int
        Largest threshold tried.

    Returns
    -------
    int
        The best threshold in ``1..max_cues``; ties go to the smaller one.

    Raises
    ------
    ValueError
        If lengths differ or there are no articles.
    """
    c = np.asarray(counts, dtype=float)
    y = np.asarray(gold, dtype=bool)
    if c.shape != y.shape or not len(c):
        raise ValueError(f"counts and gold must be non-empty and of equal length, got {c.shape} and {y.shape}.")
    ts = np.arange(1, max_cues + 1)
    pred = c[None, :] >= ts[:, None]
    tp = (pred & y).sum(axis=1)
    f1 = np.where(tp > 0, 2 * tp / (pred.sum(axis=1) + y.sum()), 0.0)
    return int(ts[int(np.argmax(f1))])


def hash_split(ids: Iterable, parts: int = 2) -> pd.Series:
    """A fixed development / held-out split of coded units by a hash of their id.

    A unit is held out when the SHA-256 digest of its id (as text, UTF-8),
    read as an integer, leaves remainder ``parts - 1`` when divided by
    ``parts``: about one unit in ``parts``. The split depends only on each
    id, not on the order, the number of units or a random seed, so it is the
    same on every machine and a unit added later does not move the others.
    Tune cues and thresholds on the development units only and report the
    held-out ones beside them.

    Parameters
    ----------
    ids : iterable
        Unit ids (e.g. ``doc_id``); converted to ``str``.
    parts : int
        One unit in ``parts`` (on average) is held out; at least 2.

    Returns
    -------
    Series
        Index ``ids`` (as given), values :data:`DEVELOPMENT` or
        :data:`HELD_OUT`.

    Raises
    ------
    ValueError
        If ``parts`` is not an integer of at least 2.
    """
    if isinstance(parts, bool) or not isinstance(parts, (int, np.integer)) or parts < 2:
        raise ValueError(f"parts must be an integer >= 2 (one unit in `parts` is held out), got {parts!r}.")
    ids = list(ids)
    held = [int(hashlib.sha256(str(i).encode("utf-8")).hexdigest(), 16) % parts == parts - 1 for i in ids]
    return pd.Series(np.where(held, HELD_OUT, DEVELOPMENT), index=pd.Index(ids), name="split", dtype=object)
