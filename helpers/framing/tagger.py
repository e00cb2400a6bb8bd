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
4. **Senses.** A cue inside a capitalised name ("Council for Religious Affairs"; not in a title-case
   headline) does not count; on request, neither does a person's title before the name ("defense minister
   Khawaja Asif") or a title that is the speaker of an attribution ("the ambassador told reporters")
   (:mod:`helpers.framing.senses`).
5. **Labels.** A unit carries a label when at least one counted cue of the
   entry occurs in it. Every label keeps its cues as evidence.

Known limits: no parser (actor roles rely on word order), no coreference
("this approach" is not recognised as dialogue), straight single quotation
marks are not treated as quotations, and reported speech without quotation
marks ("officials said that ...") is attributed to the outlet.
"""
from __future__ import annotations

from typing import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from .codebooks import (
    frame_index,
)
from .cues import _join_codes, _speakers

__all__ = ["tag_frames"]


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
