"""Framing analysis: codebooks, a sentence-level multi-label tagger, actor roles
and validation against hand-coded sentences.

The code is split into small modules: :mod:`helpers.framing.codebooks` (codebook
files), :mod:`helpers.framing.cues` (the scan), :mod:`helpers.framing.actor_roles`,
:mod:`helpers.framing.articles` (article-level frames) and this module (labels,
shares, validation, profiles); :mod:`helpers.framing` re-exports every public
name (``from helpers import framing as F``). Figures are in :mod:`helpers.plotting`.

Codebooks are versioned YAML data files in ``helpers/codebooks/`` (loaded and
checked with :func:`helpers.text.lexicon.load_lexicon` plus the codebook-level
checks of :func:`load_codebook`):

* ``policy_frames``: the 15 dimensions of the Policy Frames Codebook
  (Boydstun et al. 2014);
* ``generic_frames``: the five generic news frames of Semetko & Valkenburg
  (2000);
* ``entman_functions``: Entman's (1993) framing functions, with the treatment
  recommendation split into six remedies;
* ``actor_roles``: role cues (blamed, demanding, promising, acting);
* ``negation``: negators.

How a unit (sentence or paragraph) is tagged
--------------------------------------------
1. **One scan for everything.** The cues of every codebook, the actor
   gazetteer and the negators are compiled into one regular expression (a
   trie of the literal terms, plus the few regular-expression ``patterns``),
   run once over all units joined together and lower-cased, finding terms at
   every word start (overlaps included). Each codebook keeps its longest
   terms: a cue inside a longer cue of the same codebook does not count, but
   codebooks do not hide each other's cues ("not capable" gives the negator
   "not", the capacity cue "capable" and the blame cue "not capable"). Terms
   written in capitals (``TTP``, ``US``) only match in capitals, as in
   :class:`helpers.text.lexicon.Matcher`.
2. **Negation.** A cue of an entry marked ``negatable`` does not count when a
   negator ends at most ``NEGATION_WINDOW`` words before it with no clause
   break in between ("no longer seek talks"). Topical frames (policy, generic)
   are not negatable: "not capable" is still about capacity.
3. **Quotation.** Quotation spans come from the shared
   :func:`helpers.measures.sourcing.quote_spans`, run per paragraph (an unclosed
   quotation runs to the end of its paragraph). A cue inside a quotation is attributed to the speaker, not the outlet: each
   label records its ``voice`` ("outlet", "quoted" or "mixed") and the
   ``speaker``, the actor named outside the quotation in the same unit
   ("unidentified" when none is).
4. **Labels.** A unit carries a label when at least one counted cue of the
   entry occurs in it. Every label keeps its cues as evidence.

Known limits: no parser (actor roles rely on word order), no coreference
("this approach" is not recognised as dialogue), straight single quotation
marks are not treated as quotations, and reported speech without quotation
marks ("officials said that ...") is attributed to the outlet.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from ..stats.intervals import bootstrap_mean, format_interval
from .codebooks import (
    MIN_SUPPORT,
    frame_index,
)
from .cues import _join_codes, _speakers, find_cues

__all__ = [
    "VALIDATION_COLUMNS",
    "article_frame_shares",
    "dominant_frames",
    "entman_profile",
    "group_frame_shares",
    "label_matrix",
    "load_validation_sample",
    "micro_average",
    "pick_evidence",
    "predicted_matrix",
    "prf_table",
    "tag_frames",
    "top_cues",
    "validate_tagger",
]


# --------------------------------------------------------------------------
# Frame labels
# --------------------------------------------------------------------------


def _join_unique(values: Iterable[str]) -> str:
    seen: dict[str, None] = {}
    for v in values:
        if v:
            seen.setdefault(v, None)
    return "; ".join(seen)


def tag_frames(
    units: pd.DataFrame,
    cues: pd.DataFrame,
    codebooks: Mapping[str, dict],
    text_col: str = "text",
    keep: Sequence[str] = ("doc_id", "outlet"),
) -> pd.DataFrame:
    """Frame labels per unit, with their evidence.

    Parameters
    ----------
    units : DataFrame
        The units that were scanned (same rows, same order as for
        :func:`find_cues`).
    cues : DataFrame
        From :func:`find_cues`.
    codebooks : mapping of str to dict
        The frame codebooks (as for :func:`find_cues`).
    text_col : str
        The column of ``units`` with the text; written as ``sentence``.
    keep : sequence of str
        Columns of ``units`` copied to every label row (those present).

    Returns
    -------
    DataFrame
        One row per unit and frame whose cue occurs in the unit, sorted by unit
        then codebook order: the ``keep`` columns, ``unit``, ``sentence``,
        ``family``, ``frame``, ``cues`` (counted cues, "; "-joined),
        ``negated_cues``, ``quoted_cues``, ``counted`` (False when every cue is
        negated in a negatable entry: the label is evidence of a rejected or
        absent frame and is not counted), ``voice`` ("outlet", "quoted" or
        "mixed", over the counted cues) and ``speaker`` (actor id(s) of the
        quoted cues, "unidentified" when none is named; "" for the outlet's
        voice). ``via`` says "co-occurrence" for labels given by a
        ``co_occurrence`` rule and "states" for labels given by a
        ``min_states`` rule (the unit names that many different states of
        ``helpers/codebooks/states.yaml``: "Pakistan pressed Kabul ..." is
        about relations between states).
    """
    cols = [k for k in keep if k in units.columns] + [
        "unit", "sentence", "family", "frame", "cues", "negated_cues", "quoted_cues", "counted", "voice",
        "speaker", "via",
    ]
    agg = _aggregate_labels(cues, codebooks)
    for extra in (_co_occurrence_labels(agg, cues, codebooks), _state_labels(agg, cues, codebooks)):
        if not extra.empty:
            agg = pd.concat([agg, extra[agg.columns]], ignore_index=True)
    idx = frame_index(codebooks)
    order = pd.Series(idx["order"].to_numpy(), index=pd.MultiIndex.from_arrays([idx["family"], idx["frame"]]))
    agg["order"] = order.reindex(pd.MultiIndex.from_arrays([agg["family"], agg["frame"]])).to_numpy()
    agg = agg[agg["order"].notna()].sort_values(["unit", "order"], kind="stable").reset_index(drop=True)
    meta = units.reset_index(drop=True)
    u = agg["unit"].to_numpy()
    out = pd.DataFrame({c: meta[c].to_numpy()[u] for c in cols[: cols.index("unit")]})
    out["unit"] = u
    out["sentence"] = meta[text_col].to_numpy()[u]
    for c in cols[cols.index("family"):]:
        out[c] = agg[c].to_numpy()
    return out


def _negatable_table(codebooks: Mapping[str, dict], lex_names: np.ndarray, ent_names: np.ndarray) -> np.ndarray:
    """Boolean lookup ``[lexicon_code * n_entries + entry_code]``: is that entry negatable?"""
    n_ent = len(ent_names)
    table = np.zeros(len(lex_names) * n_ent, dtype=bool)
    for fam, cb in codebooks.items():
        li = np.flatnonzero(lex_names == fam)
        if not len(li):
            continue
        for eid, e in cb["entries"].items():
            hit = np.flatnonzero(ent_names == eid)
            if len(hit) and e.get("negatable", False):
                table[int(li[0]) * n_ent + int(hit[0])] = True
    return table


def _aggregate_labels(cues: pd.DataFrame, codebooks: Mapping[str, dict]) -> pd.DataFrame:
    """One row per (unit, family, frame) with its cues, negated and quoted cues, voice and speaker."""
    sel = cues["lexicon"].isin(list(codebooks)).to_numpy()
    lex_names = np.asarray(cues["lexicon"].cat.categories, dtype=object)
    ent_names = np.asarray(cues["entry"].cat.categories, dtype=object)
    cue_names = np.asarray(cues["cue"].cat.categories, dtype=object)
    lex = cues["lexicon"].cat.codes.to_numpy()[sel].astype(np.int64)
    ent = cues["entry"].cat.codes.to_numpy()[sel].astype(np.int64)
    cue = cues["cue"].cat.codes.to_numpy()[sel].astype(np.int64)
    unit = cues["unit"].to_numpy()[sel].astype(np.int64)
    quoted = cues["quoted"].to_numpy()[sel]
    spk = pd.Categorical(_speakers(cues).to_numpy()[sel])
    spk_names, spk_codes = np.asarray(spk.categories, dtype=object), spk.codes.astype(np.int64)
    # one integer per (unit, family, frame)
    n_ent, n_pair = len(ent_names), len(lex_names) * len(ent_names)
    pair = lex * n_ent + ent
    discount = cues["negated"].to_numpy()[sel] & _negatable_table(codebooks, lex_names, ent_names)[pair]
    if "in_name" in cues.columns:
        discount |= cues["in_name"].to_numpy()[sel]
    gkey, group = np.unique(unit * n_pair + pair, return_inverse=True)
    n = len(gkey)
    counted, qmask = ~discount, quoted & ~discount
    agg = pd.DataFrame(
        {
            "unit": gkey // n_pair,
            "family": lex_names[(gkey % n_pair) // n_ent],
            "frame": ent_names[gkey % n_ent],
            "cues": _join_codes(group[counted], cue[counted], cue_names, n),
            "negated_cues": _join_codes(group[discount], cue[discount], cue_names, n),
            "quoted_cues": _join_codes(group[qmask], cue[qmask], cue_names, n),
            "speaker": _join_codes(group[qmask], spk_codes[qmask], spk_names, n),
            "n_counted": np.bincount(group, weights=counted, minlength=n).astype(np.int64),
            "n_quoted": np.bincount(group, weights=qmask, minlength=n).astype(np.int64),
        }
    )
    agg["counted"] = agg["n_counted"] > 0
    agg["voice"] = np.select(
        [~agg["counted"], agg["n_quoted"] == 0, agg["n_quoted"] == agg["n_counted"]],
        ["", "outlet", "quoted"],
        default="mixed",
    )
    agg["via"] = "cue"
    return agg


def _state_labels(agg: pd.DataFrame, cues: pd.DataFrame, codebooks: Mapping[str, dict]) -> pd.DataFrame:
    """Labels of entries with ``min_states``: units naming that many different states (relations between states)."""
    states = cues[(cues["lexicon"] == "states") & ~cues.get("in_name", False)]
    if states.empty:
        return pd.DataFrame(columns=list(agg.columns))
    names = states.assign(cue=states["cue"].astype(str), entry=states["entry"].astype(str))
    per_unit = names.drop_duplicates(["unit", "entry"]).groupby("unit", sort=True)["cue"].agg(list)
    rows = []
    for fam, cb in codebooks.items():
        for eid, e in cb["entries"].items():
            k = e.get("min_states")
            if not k:
                continue
            present = set(agg.loc[(agg["family"] == fam) & (agg["frame"] == eid) & agg["counted"], "unit"])
            for u, found in per_unit.items():
                if len(found) >= k and u not in present:
                    rows.append({"unit": u, "family": fam, "frame": eid, "n_counted": 1,
                                 "cues": " + ".join(found), "negated_cues": "", "quoted_cues": "", "speaker": "",
                                 "n_quoted": 0, "counted": True, "voice": "outlet", "via": "states"})
    return pd.DataFrame(rows, columns=list(agg.columns))


def _co_occurrence_labels(agg: pd.DataFrame, cues: pd.DataFrame, codebooks: Mapping[str, dict]) -> pd.DataFrame:
    """Labels given by ``co_occurrence`` rules: a listed entry's counted cue plus a listed actor in the unit."""
    rows = []
    actors = cues[cues["lexicon"] == "actors"]
    for fam, cb in codebooks.items():
        for eid, e in cb["entries"].items():
            co = e.get("co_occurrence")
            if not co:
                continue
            base = agg[(agg["family"] == fam) & agg["frame"].isin(co["entries"]) & agg["counted"]]
            if base.empty:
                continue
            present = agg[(agg["family"] == fam) & (agg["frame"] == eid) & agg["counted"]]["unit"]
            who = actors[actors["entry"].isin(co["actors"])]
            names = pd.Series(who["cue"].astype(object).to_numpy(), index=who["unit"].to_numpy())
            names = names.groupby(level=0, sort=False).agg(_join_unique)
            cand = base.drop_duplicates("unit")
            cand = cand[cand["unit"].isin(names.index) & ~cand["unit"].isin(present)]
            for r in cand.itertuples(index=False):
                rows.append(
                    {
                        "unit": r.unit,
                        "family": fam,
                        "frame": eid,
                        "n_counted": 1,
                        "cues": f"{r.cues} + {names[r.unit]}",
                        "negated_cues": "",
                        "quoted_cues": r.quoted_cues,
                        "speaker": r.speaker,
                        "n_quoted": 0,
                        "counted": True,
                        "voice": r.voice,
                        "via": "co-occurrence",
                    }
                )
    return pd.DataFrame(rows, columns=list(agg.columns))


# --------------------------------------------------------------------------
# Shares and dominant frames
# --------------------------------------------------------------------------


def article_frame_shares(
    units: pd.DataFrame, frames: pd.DataFrame, codebooks: Mapping[str, dict], doc_col: str = "doc_id"
) -> pd.DataFrame:
    """Share of each article's units that carry each frame (counted labels only).

    Parameters
    ----------
    units : DataFrame
        All units analysed (including those without any label), with ``doc_col``.
    frames : DataFrame
        From :func:`tag_frames`.
    codebooks : mapping of str to dict
        The frame codebooks.
    doc_col : str
        The article id column.

    Returns
    -------
    DataFrame
        One row per article and frame (zeros included), in article order then
        codebook order: ``doc_id``, ``family``, ``frame``, ``n_units``,
        ``k_units`` (units with the frame), ``k_outlet_voice`` (of which the
        outlet's own voice), ``share`` (``k_units / n_units``).
    """
    docs = pd.Index(pd.unique(units[doc_col]), name=doc_col)
    n_units = units.groupby(doc_col, sort=False).size().reindex(docs)
    idx = frame_index(codebooks)
    counted = frames[frames["counted"]]
    k = counted.groupby([doc_col, "family", "frame"], sort=False).size()
    ko = counted[counted["voice"].isin(["outlet", "mixed"])].groupby([doc_col, "family", "frame"], sort=False).size()
    full = pd.MultiIndex.from_arrays(
        [
            np.repeat(docs.to_numpy(), len(idx)),
            np.tile(idx["family"].to_numpy(), len(docs)),
            np.tile(idx["frame"].to_numpy(), len(docs)),
        ],
        names=[doc_col, "family", "frame"],
    )
    out = pd.DataFrame(index=full)
    out["n_units"] = np.repeat(n_units.to_numpy(), len(idx))
    out["k_units"] = k.reindex(full, fill_value=0).to_numpy()
    out["k_outlet_voice"] = ko.reindex(full, fill_value=0).to_numpy()
    out["share"] = out["k_units"] / out["n_units"]
    return out.reset_index()


def group_frame_shares(
    article_shares: pd.DataFrame,
    groups: pd.Series,
    codebooks: Mapping[str, dict],
    n_boot: int = 1000,
    ci: float = 0.95,
    seed: int = 0,
    group_col: str = "group",
) -> pd.DataFrame:
    """Frame shares per group with bootstrap intervals over articles.

    The share of a group is the mean, over its articles, of the share of each
    article's units that carry the frame (each article weighs the same); the
    interval is a percentile bootstrap over articles
    (:func:`helpers.stats.intervals.bootstrap_mean`), which respects that sentences of
    one article are not independent.

    Parameters
    ----------
    article_shares : DataFrame
        From :func:`article_frame_shares`.
    groups : Series
        Group label per article, indexed by ``doc_id``.
    codebooks : mapping of str to dict
        The frame codebooks (for the order of frames).
    n_boot, ci, seed
        As in :func:`helpers.stats.intervals.bootstrap_mean`.
    group_col : str
        Name of the group column in the result.

    Returns
    -------
    DataFrame
        One row per group and frame: ``group_col``, ``family``, ``frame``,
        ``n`` (articles), ``n_units``, ``k_units``, ``k_articles`` (articles
        with the frame at least once), ``outlet_voice`` (share of the frame's
        units in the outlet's own voice), ``share``, ``ci_low``, ``ci_high``,
        ``interval`` (formatted, percent). Groups sorted by label, frames in
        codebook order.

    Raises
    ------
    ValueError
        If some article has no group label.
    """
    doc_col = article_shares.columns[0]
    g = article_shares[doc_col].map(groups)
    if g.isna().any():
        missing = article_shares.loc[g.isna(), doc_col].iloc[0]
        raise ValueError(f"article {missing!r} has no group label in 'groups'.")
    df = article_shares.assign(**{group_col: g.to_numpy()})
    idx = frame_index(codebooks)
    order = {(f, e): i for i, (f, e) in enumerate(zip(idx["family"], idx["frame"]))}
    rows = []
    for (grp, fam, frame), sub in df.groupby([group_col, "family", "frame"], sort=False):
        shares = sub["share"].to_numpy()
        if shares.max() == shares.min():  # constant: every resample gives the same mean
            b = {"n": len(shares), "estimate": float(shares[0]), "ci_low": float(shares[0]),
                 "ci_high": float(shares[0])}
            if len(shares) == 1:
                b["ci_low"] = b["ci_high"] = np.nan
        else:
            b = bootstrap_mean(shares, n_boot=n_boot, ci=ci, seed=seed)
        k_units = int(sub["k_units"].sum())
        rows.append(
            {
                group_col: grp,
                "family": fam,
                "frame": frame,
                "n": int(b["n"]),
                "n_units": int(sub["n_units"].sum()),
                "k_units": k_units,
                "k_articles": int((sub["k_units"] > 0).sum()),
                "outlet_voice": (sub["k_outlet_voice"].sum() / k_units) if k_units else np.nan,
                "share": b["estimate"],
                "ci_low": b["ci_low"],
                "ci_high": b["ci_high"],
                "_order": order[(fam, frame)],
            }
        )
    out = pd.DataFrame(rows)
    out = out.sort_values([group_col, "_order"], kind="stable").drop(columns="_order").reset_index(drop=True)
    out["interval"] = [format_interval(s, lo, hi, digits=2, percent=True)
                       for s, lo, hi in zip(out["share"], out["ci_low"], out["ci_high"])]
    return out


def dominant_frames(article_shares: pd.DataFrame, codebooks: Mapping[str, dict], function: str | None = None,
                    family: str | None = None) -> pd.DataFrame:
    """The frame with the most units in each article, per family.

    Parameters
    ----------
    article_shares : DataFrame
        From :func:`article_frame_shares`.
    codebooks : mapping of str to dict
        The frame codebooks.
    function : str, optional
        Only entries with this Entman ``function`` (e.g.
        ``"treatment_recommendation"`` for the dominant remedy).
    family : str, optional
        Only this family.

    Returns
    -------
    DataFrame
        One row per article and family, in article order: ``doc_id``,
        ``family``, ``dominant`` (frame id, or "(none)" when no frame occurs),
        ``k_units``, ``n_units``, ``share``, ``tied_with`` (other frames with
        the same count, "; "-joined). Ties are broken by codebook order.
    """
    doc_col = article_shares.columns[0]
    cols = [doc_col, "family", "dominant", "k_units", "n_units", "share", "tied_with"]
    idx = frame_index(codebooks)
    if function is not None:
        keep = {(f, e) for f, cb in codebooks.items() for e, en in cb["entries"].items() if en.get("function") == function}
        idx = idx[[k in keep for k in zip(idx["family"], idx["frame"])]]
    if family is not None:
        idx = idx[idx["family"] == family]
    df = article_shares.merge(idx[["family", "frame", "order"]], on=["family", "frame"], how="inner", sort=False)
    if df.empty:
        return pd.DataFrame(columns=cols)
    df["_doc"] = pd.factorize(df[doc_col])[0]
    df = df.sort_values(["_doc", "family", "k_units", "order"], ascending=[True, True, False, True], kind="stable")
    top = df.groupby(["_doc", "family"], sort=False)["k_units"].transform("max")
    best = df[df["k_units"] == top]
    first = best.drop_duplicates(["_doc", "family"]).reset_index(drop=True)
    rest = best[best.duplicated(["_doc", "family"]) & (best["k_units"] > 0)]
    ties = rest.groupby(["_doc", "family"], sort=False)["frame"].agg("; ".join)
    out = first[[doc_col, "family", "frame", "k_units", "n_units", "_doc"]].rename(columns={"frame": "dominant"})
    none = out["k_units"] == 0
    out.loc[none, "dominant"] = "(none)"
    out["share"] = np.where(out["n_units"] > 0, out["k_units"] / out["n_units"].where(out["n_units"] > 0, 1), 0.0)
    key = pd.MultiIndex.from_arrays([out["_doc"], out["family"]])
    out["tied_with"] = ties.reindex(key).fillna("").to_numpy()
    return out.sort_values(["_doc"], kind="stable")[cols].reset_index(drop=True)


# --------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------

VALIDATION_COLUMNS = ("doc_id", "sentence", "coder_notes")


def load_validation_sample(path: str | Path, codebooks: Mapping[str, dict]) -> pd.DataFrame:
    """Read the hand-coded sentences and check their labels against the codebooks.

    Parameters
    ----------
    path : str or Path
        CSV with ``doc_id``, ``sentence``, ``coder_notes`` and one column per
        frame family (named like the codebook, e.g. ``policy_frames``) holding
        ";"-separated frame ids (empty for none).
    codebooks : mapping of str to dict
        The frame codebooks; every family must have a column.

    Returns
    -------
    DataFrame
        The sample as read (label columns as strings, "" for none).

    Raises
    ------
    ValueError
        For a missing column, an empty sample, or a label that is not an entry
        of its codebook (named with its row).
    """
    from ..core.paths import resolve_path

    p = resolve_path(path)
    if not p.is_file():
        raise ValueError(f"validation sample {str(p)!r} not found.")
    df = pd.read_csv(p, dtype=str, keep_default_na=False)
    need = list(VALIDATION_COLUMNS) + list(codebooks)
    missing = [c for c in need if c not in df.columns]
    if missing:
        raise ValueError(f"{p}: missing column(s) {missing}; expected {need}.")
    if df.empty:
        raise ValueError(f"{p}: the validation sample has no rows.")
    for fam, cb in codebooks.items():
        for i, cell in enumerate(df[fam]):
            bad = [lab for lab in _labels(cell) if lab not in cb["entries"]]
            if bad:
                raise ValueError(f"{p}: row {i + 2}: {fam} label(s) {bad} are not entries of {cb['path']}.")
    return df


def _labels(cell: str) -> list[str]:
    return [x.strip() for x in str(cell).split(";") if x.strip()]


def label_matrix(sample: pd.DataFrame, codebooks: Mapping[str, dict]) -> pd.DataFrame:
    """Hand-coded labels as a boolean matrix (rows = sample rows, columns = (family, frame))."""
    idx = frame_index(codebooks, include_residual=True)
    cols = pd.MultiIndex.from_arrays([idx["family"], idx["frame"]], names=["family", "frame"])
    mat = pd.DataFrame(False, index=sample.index, columns=cols)
    for fam in codebooks:
        for i, cell in zip(sample.index, sample[fam]):
            for lab in _labels(cell):
                mat.loc[i, (fam, lab)] = True
    return mat


def predicted_matrix(frames: pd.DataFrame, n_units: int, codebooks: Mapping[str, dict]) -> pd.DataFrame:
    """Counted tagger labels as a boolean matrix (rows = unit positions 0..n_units-1)."""
    idx = frame_index(codebooks, include_residual=True)
    cols = pd.MultiIndex.from_arrays([idx["family"], idx["frame"]], names=["family", "frame"])
    mat = pd.DataFrame(False, index=pd.RangeIndex(n_units), columns=cols)
    c = frames[frames["counted"]]
    for u, fam, fr in zip(c["unit"], c["family"], c["frame"]):
        mat.loc[u, (fam, fr)] = True
    return mat


def prf_table(gold: pd.DataFrame, pred: pd.DataFrame, codebooks: Mapping[str, dict] | None = None,
              min_support: int = MIN_SUPPORT) -> pd.DataFrame:
    """Precision, recall and F1 per label, with support and a validation status.

    Parameters
    ----------
    gold, pred : DataFrame of bool
        Same shape, index and columns: rows are units, columns are
        ``(family, frame)`` labels.
    codebooks : mapping of str to dict, optional
        When given, residual entries are marked "not tagged (residual)".
    min_support : int
        Frames with fewer hand-coded positives are marked "low support".

    Returns
    -------
    DataFrame
        One row per label: ``family``, ``frame``, ``support`` (hand-coded
        positives), ``predicted``, ``tp``, ``fp``, ``fn``, ``precision``,
        ``recall``, ``F1`` (NaN when undefined: no prediction, no support) and
        ``status``: "validated", "low support (<N)" or "unvalidated" (no
        hand-coded positive, so recall is unknown).

    Raises
    ------
    ValueError
        If ``gold`` and ``pred`` do not have the same shape and labels.
    """
    if gold.shape != pred.shape or not gold.columns.equals(pred.columns):
        raise ValueError(f"gold and pred must have the same labels and rows; got {gold.shape} and {pred.shape}.")
    g = gold.to_numpy(dtype=bool)
    p = pred.to_numpy(dtype=bool)
    tp = (g & p).sum(axis=0)
    fp = (~g & p).sum(axis=0)
    fn = (g & ~p).sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        precision = np.where(tp + fp > 0, tp / (tp + fp), np.nan)
        recall = np.where(tp + fn > 0, tp / (tp + fn), np.nan)
        f1 = np.where((tp + fp > 0) & (tp + fn > 0), 2 * tp / (2 * tp + fp + fn), np.nan)
    support = tp + fn
    residual = set()
    if codebooks is not None:
        residual = {(f, e) for f, cb in codebooks.items() for e, en in cb["entries"].items() if en.get("residual")}
    status = []
    for (fam, fr), s in zip(gold.columns, support):
        if (fam, fr) in residual:
            status.append("not tagged (residual)")
        elif s == 0:
            status.append("unvalidated")
        elif s < min_support:
            status.append(f"low support (<{min_support})")
        else:
            status.append("validated")
    return pd.DataFrame(
        {
            "family": [c[0] for c in gold.columns],
            "frame": [c[1] for c in gold.columns],
            "support": support.astype("int64"),
            "predicted": (tp + fp).astype("int64"),
            "tp": tp.astype("int64"),
            "fp": fp.astype("int64"),
            "fn": fn.astype("int64"),
            "precision": precision,
            "recall": recall,
            "F1": f1,
            "status": status,
        }
    )


def micro_average(table: pd.DataFrame) -> pd.DataFrame:
    """Micro-averaged precision, recall and F1 per family over the validated frames.

    Parameters
    ----------
    table : DataFrame
        From :func:`prf_table`.

    Returns
    -------
    DataFrame
        ``family``, ``frames`` (with support), ``support``, ``tp``, ``fp``,
        ``fn``, ``precision``, ``recall``, ``F1``.
    """
    rows = []
    for fam, sub in table[table["support"] > 0].groupby("family", sort=False):
        tp, fp, fn = int(sub["tp"].sum()), int(sub["fp"].sum()), int(sub["fn"].sum())
        rows.append({
            "family": fam, "frames": len(sub), "support": int(sub["support"].sum()), "tp": tp, "fp": fp, "fn": fn,
            "precision": tp / (tp + fp) if tp + fp else np.nan,
            "recall": tp / (tp + fn) if tp + fn else np.nan,
            "F1": 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else np.nan,
        })
    return pd.DataFrame(rows, columns=["family", "frames", "support", "tp", "fp", "fn", "precision", "recall", "F1"])


def validate_tagger(
    sample: pd.DataFrame,
    codebooks: Mapping[str, dict],
    actors: dict | None = None,
    negation: dict | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Tag the hand-coded sentences and compare with the hand codes.

    Each sample sentence is tagged on its own (its own paragraph), so the
    result does not depend on how a corpus is segmented.

    Parameters
    ----------
    sample : DataFrame
        From :func:`load_validation_sample`.
    codebooks : mapping of str to dict
        The frame codebooks.
    actors, negation : dict, optional
        As for :func:`find_cues`.

    Returns
    -------
    metrics : DataFrame
        :func:`prf_table` of the tagger against the hand codes.
    disagreements : DataFrame
        One row per sample sentence and label where tagger and coder differ:
        ``doc_id``, ``sentence``, ``family``, ``frame``, ``error`` ("missed"
        or "false positive"), ``cues`` (the tagger's evidence, for false
        positives) and ``coder_notes``.
    """
    units = sample.reset_index(drop=True)[["doc_id", "sentence"]].rename(columns={"sentence": "text"})
    cues = find_cues(units, codebooks, actors=actors, negation=negation)
    frames = tag_frames(units, cues, codebooks, keep=("doc_id",))
    gold = label_matrix(sample.reset_index(drop=True), codebooks)
    pred = predicted_matrix(frames, len(units), codebooks)
    metrics = prf_table(gold, pred, codebooks)
    ev = frames[frames["counted"]].set_index(["unit", "family", "frame"])["cues"]
    rows = []
    g, p = gold.to_numpy(), pred.to_numpy()
    for j, (fam, fr) in enumerate(gold.columns):
        for i in np.flatnonzero(g[:, j] != p[:, j]):
            rows.append({
                "doc_id": sample["doc_id"].iloc[i], "sentence": sample["sentence"].iloc[i], "family": fam,
                "frame": fr, "error": "missed" if g[i, j] else "false positive",
                "cues": ev.get((i, fam, fr), ""), "coder_notes": sample["coder_notes"].iloc[i],
            })
    dis = pd.DataFrame(rows, columns=["doc_id", "sentence", "family", "frame", "error", "cues", "coder_notes"])
    return metrics, dis


# --------------------------------------------------------------------------
# Evidence, profiles and figures for the notebook
# --------------------------------------------------------------------------


def pick_evidence(frames: pd.DataFrame, by: Sequence[str], n: int = 3) -> pd.DataFrame:
    """The strongest evidence sentences for each group of ``by``.

    Parameters
    ----------
    frames : DataFrame
        Counted rows of :func:`tag_frames` (or any table with ``cues`` and
        ``unit``).
    by : sequence of str
        Columns to group by (e.g. ``["group", "frame"]``).
    n : int
        Sentences kept per group.

    Returns
    -------
    DataFrame
        Up to ``n`` rows per group: those with the most distinct cues, ties
        broken by text order (``unit``), in group order.
    """
    if n < 1:
        raise ValueError(f"n must be >= 1, got {n!r}")
    d = frames.assign(_n_cues=frames["cues"].str.count(";") + (frames["cues"] != ""))
    d = d.sort_values([*by, "_n_cues", "unit"], ascending=[True] * len(by) + [False, True], kind="stable")
    return d.groupby(list(by), sort=False).head(n).drop(columns="_n_cues").reset_index(drop=True)


def top_cues(frames: pd.DataFrame, by: Sequence[str], k: int = 3) -> pd.Series:
    """The ``k`` most frequent cues (units using them) per group, as "cue (count)" text."""
    d = frames[["unit", *by, "cues"]].copy()
    d["cue"] = d["cues"].str.split("; ")
    d = d.explode("cue")
    d = d[d["cue"].notna() & (d["cue"] != "")].drop_duplicates(["unit", *by, "cue"])
    cnt = d.groupby([*by, "cue"], sort=False).size().rename("n").reset_index()
    cnt = cnt.sort_values([*by, "n", "cue"], ascending=[True] * len(by) + [False, True], kind="stable")
    top = cnt.groupby(list(by), sort=False).head(k)
    top = top.assign(txt=top["cue"] + " (" + top["n"].astype(str) + ")")
    return top.groupby(list(by), sort=False)["txt"].agg(", ".join)


def entman_profile(
    shares: pd.DataFrame,
    frames: pd.DataFrame,
    roles_table: pd.DataFrame,
    codebooks: Mapping[str, dict],
    group_col: str,
    order: Sequence[str],
) -> pd.DataFrame:
    """Groups side by side on Entman's four functions.

    Parameters
    ----------
    shares : DataFrame
        From :func:`group_frame_shares` (with ``group_col``).
    frames : DataFrame
        Counted rows of :func:`tag_frames` with a ``group_col`` column.
    roles_table : DataFrame
        From :func:`actor_roles` with a ``group_col`` column.
    codebooks : mapping of str to dict
        The frame codebooks (entries with a ``function``).
    group_col : str
        The group column.
    order : sequence of str
        Groups, in display order.

    Returns
    -------
    DataFrame
        One row per group: ``n`` (articles); for problem definition, causal
        attribution and moral evaluation the share of sentences (mean over
        articles, with interval) and the most frequent cues; the actors most
        often blamed (from actor roles); the remedy with the largest share and
        every remedy's share; and the share of remedy sentences in the
        outlet's own voice.
    """
    fn = {(f, e): en.get("function", "") for f, cb in codebooks.items() for e, en in cb["entries"].items()}
    sh = shares.assign(function=[fn.get(k, "") for k in zip(shares["family"], shares["frame"])])
    fr = frames.assign(function=[fn.get(k, "") for k in zip(frames["family"], frames["frame"])])
    labels = {(f, e): en["label"] for f, cb in codebooks.items() for e, en in cb["entries"].items()}
    rows = []
    for g in order:
        s = sh[sh[group_col] == g]
        if s.empty:
            continue
        row = {group_col: g, "n": int(s["n"].iloc[0])}
        for func in ("problem_definition", "causal_attribution", "moral_evaluation"):
            x = s[s["function"] == func]
            if x.empty:
                continue
            r = x.iloc[0]
            row[func] = f"{r['interval']} (k={int(r['k_units'])})"
            cues = top_cues(fr[(fr[group_col] == g) & (fr["function"] == func)], [group_col])
            row[f"{func}_cues"] = cues.iloc[0] if len(cues) else ""
        blamed = roles_table[(roles_table[group_col] == g) & (roles_table["role"] == "blamed")]
        cnt = blamed.groupby("actor").size().sort_index()
        cnt = cnt.sort_values(ascending=False, kind="stable").head(2)
        row["most_blamed"] = ", ".join(f"{a} ({n})" for a, n in cnt.items()) or "(none found)"
        rem = s[s["function"] == "treatment_recommendation"]
        if len(rem):
            top = rem.sort_values(["share", "k_units"], ascending=[False, False], kind="stable").iloc[0]
            lab = labels[(top["family"], top["frame"])].replace("Remedy: ", "")
            row["leading_remedy"] = f"{lab}: {top['interval']} (k={int(top['k_units'])})" if top["k_units"] else "(none)"
            row["remedies_k"] = ", ".join(
                f"{labels[(r.family, r.frame)].replace('Remedy: ', '')} {int(r.k_units)}" for r in rem.itertuples())
            k = int(rem["k_units"].sum())
            ko = float((rem["outlet_voice"].fillna(0) * rem["k_units"]).sum())
            row["remedy_outlet_voice"] = f"{100 * ko / k:.1f}% of {k}" if k else "n/a"
        rows.append(row)
    return pd.DataFrame(rows)
