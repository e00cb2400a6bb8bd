"""Actor roles: who is blamed, demanding, promising or acting, from role cues and word order.

Re-exported by :mod:`helpers.framing` with the other framing modules.
"""
from __future__ import annotations

import re
from typing import Sequence

import numpy as np
import pandas as pd

from ..core.wording import noun
from .codebooks import ROLES
from .cues import CueScanner, _group_join

__all__ = ["actor_mention_counts", "actor_roles", "named_units", "role_counts"]

_CLAUSE_START_RE = re.compile(
    r"[;:]|\b(?:but|while|whereas|although|though|however|that|which|who)\b", re.IGNORECASE
)
_OBLIQUE_RE = re.compile(
    r"\b(?:with|from|to|of|against|by|in|on|for|about|into|at|between|toward|towards|over|inside|across|like|"
    r"than|among|under|via)\s+(?:(?:the|its|their|his|her|a|an)\s+)?$",
    re.IGNORECASE,
)
_POSSESSIVE_RE = re.compile(r"^['\u2019]s?\b")
_CONDITION_RE = re.compile(r"\b(?:if|unless|whether)\b[^,;:.!?]*$", re.IGNORECASE)
"""A conditional clause open before a cue: "if Congress fails to act" is a hypothetical failure, blaming nobody
(review s79-A, where "the president will move forward if Congress fails to act" made Congress blamed)."""


def _hypothetical_blame(rc: pd.DataFrame, texts) -> np.ndarray:
    """Which role cues of ``rc`` give the role "blamed" inside a conditional clause (:data:`_CONDITION_RE` over the
    80 characters before the cue, up to the last comma or stop)."""
    out = np.zeros(len(rc), dtype=bool)
    for i, (u, start, role) in enumerate(zip(rc["unit"].to_numpy(), rc["start"].to_numpy(), rc["role"].to_numpy())):
        if role == "blamed":
            out[i] = bool(_CONDITION_RE.search(texts[u][max(0, int(start) - 80):int(start)]))
    return out


_COORD_RE = re.compile(r"^['\u2019]?s?\s*(?:,\s*)?(?:and|&|as well as)\s+(?:the\s+)?$", re.IGNORECASE)
_RELATIVE_RE = re.compile(r"^['\u2019]?\)?\s*(?:,\s*(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+)?\s*)?,?\s*(?:that|which|who)$",
                          re.IGNORECASE)


def actor_mention_counts(texts: Sequence[str], actors: dict, ids: Sequence[str]) -> np.ndarray:
    """How often each text names any of the actors ``ids`` (one scan for all texts).

    Parameters
    ----------
    texts : sequence of str
        E.g. article bodies.
    actors : dict
        The actor gazetteer.
    ids : sequence of str
        Actor ids to count (e.g. ``["ttp", "afghan_taliban"]``).

    Returns
    -------
    ndarray of int
        Mentions per text.

    Raises
    ------
    ValueError
        For an id that is not in the gazetteer.
    """
    unknown = [i for i in ids if i not in actors["entries"]]
    if unknown:
        raise ValueError(f"actor {noun(len(unknown), 'id')} {unknown} are not in the gazetteer; choose from {list(actors['entries'])}.")
    sub = {"entries": {i: actors["entries"][i] for i in ids}}
    cues = CueScanner({"actors": sub}).scan(list(texts))
    return np.bincount(cues["unit"].to_numpy(), minlength=len(texts)).astype(np.int64)


# --------------------------------------------------------------------------
# Actor roles
# --------------------------------------------------------------------------


def actor_roles(
    units: pd.DataFrame,
    cues: pd.DataFrame,
    roles: dict,
    text_col: str = "text",
    keep: Sequence[str] = ("doc_id", "outlet"),
    max_distance: int = 150,
) -> pd.DataFrame:
    """Which actor is blamed, demanding, promising or acting, unit by unit.

    For each counted (not negated) role cue, the role holder is found by word
    order within the clause: for ``actor_position: before`` the actor named
    nearest before the cue in the same clause, skipping actors after a
    preposition ("talks with the Taliban") unless possessive ("Pakistan's
    demand"), a rough stand-in for the clause subject; for ``after`` the first
    actor named after the cue before the next clause break or the next role cue
    (review 12bh-y). Clause starts are
    ``;`` ``:`` and "but", "while", "whereas", "although", "though",
    "however", "that", "which", "who".

    Parameters
    ----------
    units : DataFrame
        The scanned units.
    cues : DataFrame
        From :func:`find_cues` with ``actors`` and ``roles`` given.
    roles : dict
        The actor-role codebook.
    text_col : str
        The text column; written as ``sentence``.
    keep : sequence of str
        Columns of ``units`` copied to every row (those present).
    max_distance : int
        Largest distance in characters between the cue and the actor.

    Returns
    -------
    DataFrame
        One row per unit, actor and role: the ``keep`` columns, ``unit``,
        ``sentence``, ``actor``, ``role``, ``cues`` (role cues), ``mentions``
        (how the actor was named), ``voice`` ("quoted" when the role cue is
        inside a quotation, else "outlet").
    """
    kept = [k for k in keep if k in units.columns]
    cols = kept + ["unit", "sentence", "actor", "role", "cues", "mentions", "voice"]
    is_act = (cues["lexicon"] == "actors").to_numpy()
    is_role = (cues["lexicon"] == "actor_roles").to_numpy() & ~cues["negated"].to_numpy()
    act_units = np.unique(cues["unit"].to_numpy()[is_act])
    is_role &= np.isin(cues["unit"].to_numpy(), act_units)
    if not is_role.any():
        return pd.DataFrame(columns=cols)
    spec = pd.DataFrame(
        [(eid, e["role"], e["actor_position"]) for eid, e in roles["entries"].items()],
        columns=["entry", "role", "position"],
    )
    rc = pd.DataFrame({
        "unit": cues["unit"].to_numpy()[is_role],
        "entry": _cat_values(cues["entry"], is_role),
        "start": cues["start"].to_numpy()[is_role],
        "end": cues["end"].to_numpy()[is_role],
        "cue": _cat_values(cues["cue"], is_role),
        "quoted": cues["quoted"].to_numpy()[is_role],
    }).merge(spec, on="entry", how="inner", sort=False)
    act = pd.DataFrame({
        "unit": cues["unit"].to_numpy()[is_act],
        "a_start": cues["start"].to_numpy()[is_act],
        "a_end": cues["end"].to_numpy()[is_act],
        "actor": _cat_values(cues["entry"], is_act),
    }).sort_values("a_start", kind="stable")
    texts = units[text_col].astype(str).to_numpy()
    rc = rc[~_hypothetical_blame(rc, texts)]
    breaks = _clause_breaks(texts, np.unique(rc["unit"].to_numpy()))
    picked = [
        _holders_before(rc[rc["position"] == "before"], act, breaks, texts, max_distance),
        _holders_after(rc[rc["position"] == "after"], act, _with_cue_stops(breaks, rc), max_distance),
    ]
    if not picked or all(p.empty for p in picked):
        return pd.DataFrame(columns=cols)
    df = pd.concat(picked, ignore_index=True)
    df["mentions"] = [" ".join(texts[u][int(s):int(e)].split()) for u, s, e in zip(df["unit"], df["a_start"], df["a_end"])]
    df["cues"] = df["cue"]
    df["voice"] = np.where(df["quoted"], "quoted", "outlet")
    df = df.sort_values(["unit", "start"], kind="stable")
    keys = ["unit", "actor", "role"]
    out = df[keys].drop_duplicates().set_index(keys)
    out["cues"] = _group_join(df, keys, "cues")
    out["mentions"] = _group_join(df, keys, "mentions")
    out["voice"] = _group_join(df, keys, "voice").map(lambda v: v if ";" not in v else "mixed")
    out = out.reset_index()
    out["_r"] = out["role"].map({r: i for i, r in enumerate(ROLES)})
    out = out.sort_values(["unit", "actor", "_r"], kind="stable").drop(columns="_r").reset_index(drop=True)
    meta = units.reset_index(drop=True)
    res = pd.DataFrame({c: meta[c].to_numpy()[out["unit"].to_numpy()] for c in kept})
    res["unit"] = out["unit"].to_numpy()
    res["sentence"] = meta[text_col].to_numpy()[out["unit"].to_numpy()]
    for c in ["actor", "role", "cues", "mentions", "voice"]:
        res[c] = out[c].to_numpy()
    return res


def _cat_values(col: pd.Series, mask: np.ndarray) -> np.ndarray:
    """The values of a categorical column at ``mask``, as an object array (without converting the whole column)."""
    cats = np.asarray(col.cat.categories, dtype=object)
    return cats[col.cat.codes.to_numpy()[mask]]


def _clause_breaks(texts: np.ndarray, unit_ids: np.ndarray) -> pd.DataFrame:
    """Positions where a clause starts (after ; : but that which ...), for the given units."""
    bu, bp = [], []
    for u in unit_ids:
        for m in _CLAUSE_START_RE.finditer(texts[u]):
            bu.append(u)
            bp.append(m.end())
    breaks = pd.DataFrame({"unit": np.asarray(bu, dtype=np.int64), "b": np.asarray(bp, dtype=np.int64)})
    return breaks.sort_values("b", kind="stable")


def _holders_before(rc: pd.DataFrame, act: pd.DataFrame, breaks: pd.DataFrame, texts: np.ndarray,
                    max_distance: int) -> pd.DataFrame:
    """For role cues with the holder before them: the nearest non-oblique actor in the same clause."""
    if rc.empty:
        return rc
    subj = act[act["unit"].isin(rc["unit"].unique())]
    subj = subj[~_oblique(subj, texts)].sort_values("a_end", kind="stable")
    x = pd.merge_asof(rc.sort_values("start", kind="stable"), breaks, left_on="start", right_on="b",
                      by="unit", direction="backward")
    x["clause_start"] = x["b"].fillna(0).astype("int64")
    x = x.drop(columns="b")
    x = pd.merge_asof(x, subj, left_on="start", right_on="a_end", by="unit", direction="backward")
    ok = x["a_start"].notna() & (x["a_start"] >= x["clause_start"]) & (x["start"] - x["a_start"] <= max_distance)
    ok |= _antecedent(x, texts, max_distance)
    return _with_coordinated(x[ok], subj, texts)


def _with_coordinated(x: pd.DataFrame, subj: pd.DataFrame, texts: np.ndarray) -> pd.DataFrame:
    """Add the actor coordinated with the holder ("the TTP and Islamabad failed to ..." gives both)."""
    if x.empty:
        return x
    extra = []
    for r in x.itertuples(index=False):
        prev = subj[(subj["unit"] == r.unit) & (subj["a_end"] <= r.a_start)]
        if prev.empty:
            continue
        p = prev.iloc[-1]
        if p["actor"] != r.actor and _COORD_RE.match(texts[r.unit][int(p["a_end"]):int(r.a_start)]):
            row = r._asdict()
            row.update(a_start=p["a_start"], a_end=p["a_end"], actor=p["actor"])
            extra.append(row)
    return pd.concat([x, pd.DataFrame(extra, columns=x.columns)], ignore_index=True) if extra else x


def _antecedent(x: pd.DataFrame, texts: np.ndarray, max_distance: int) -> np.ndarray:
    """True where the cue's clause is a relative clause ("that", "which", "who") whose antecedent is the actor.

    "... fight the TTP, a group that has intensified attacks": the clause after
    "that" names no actor, and the actor stands right before the relative
    pronoun, alone or with an apposition (", a group"). Complement clauses
    ("Islamabad believes that ...") do not qualify: a verb stands between.
    """
    flags = np.zeros(len(x), dtype=bool)
    for i, (u, s, cs, a_end) in enumerate(zip(x["unit"].to_numpy(), x["start"].to_numpy(),
                                             x["clause_start"].to_numpy(), x["a_end"].to_numpy())):
        if a_end != a_end or a_end > cs or cs == 0 or s - a_end > max_distance:
            continue
        t = texts[u]
        if _RELATIVE_RE.search(t[int(a_end):int(cs)]):
            flags[i] = True
    return flags


def _with_cue_stops(breaks: pd.DataFrame, rc: pd.DataFrame) -> pd.DataFrame:
    """Clause breaks plus the start of every role cue: where the search for an actor *after* a cue stops.

    In "the mayor urged both sides to return to talks and called for mediation by the ministry" the ministry
    belongs to the later cue ("called for ... by"), not to "urged"; without this stop it was counted as blamed
    (review 12bh-y). An actor right after the cue ("urged the ministry to act") still counts.
    """
    stops = pd.DataFrame({"unit": rc["unit"].to_numpy(dtype=np.int64), "b": rc["start"].to_numpy(dtype=np.int64)})
    return pd.concat([breaks, stops], ignore_index=True).drop_duplicates().sort_values("b", kind="stable")


def _holders_after(rc: pd.DataFrame, act: pd.DataFrame, breaks: pd.DataFrame, max_distance: int) -> pd.DataFrame:
    """For role cues with the holder after them: the first actor after the cue in the same clause."""
    if rc.empty:
        return rc
    x = pd.merge_asof(rc.sort_values("end", kind="stable"), breaks, left_on="end", right_on="b",
                      by="unit", direction="forward", allow_exact_matches=False)
    x["clause_end"] = x["b"].fillna(10**15).astype("int64")
    x = x.drop(columns="b")
    x = pd.merge_asof(x, act, left_on="end", right_on="a_start", by="unit", direction="forward")
    ok = x["a_start"].notna() & (x["a_start"] < x["clause_end"]) & (x["a_start"] - x["end"] <= max_distance)
    return x[ok]


def _oblique(act: pd.DataFrame, texts: np.ndarray) -> np.ndarray:
    """True for actor mentions after a preposition ("talks with the Taliban"), unless possessive."""
    flags = np.zeros(len(act), dtype=bool)
    for i, (u, s, e) in enumerate(zip(act["unit"].to_numpy(), act["a_start"].to_numpy(), act["a_end"].to_numpy())):
        t = texts[u]
        if _OBLIQUE_RE.search(t[max(0, s - 20) : s]) and not _POSSESSIVE_RE.match(t[e : e + 2]):
            flags[i] = True
    return flags


def named_units(units: pd.DataFrame, cues: pd.DataFrame, keep: Sequence[str] = ("group",)) -> pd.DataFrame:
    """The units that name each actor: the base of an actor's role counts ("blamed in 4 of the 19 sentences naming
    it").

    Parameters
    ----------
    units : DataFrame
        The units :func:`helpers.framing.cues.find_cues` read (row positions are ``unit``).
    cues : DataFrame
        From :func:`helpers.framing.cues.find_cues` with the study's actors (rows of lexicon ``"actors"``).
    keep : sequence of str, default ("group",)
        Columns of ``units`` to carry.

    Returns
    -------
    DataFrame
        One row per unit and actor it names: ``unit``, ``actor`` and the ``keep`` columns, sorted by unit and actor.

    Raises
    ------
    ValueError
        When a ``keep`` column is not in ``units``.
    """
    missing = [c for c in keep if c not in units.columns]
    if missing:
        raise ValueError(f"keep names columns that units lacks: {missing}")
    a = cues.loc[cues["lexicon"] == "actors", ["unit", "entry"]].rename(columns={"entry": "actor"})
    a = a.drop_duplicates().sort_values(["unit", "actor"], kind="stable").reset_index(drop=True)
    pos = a["unit"].to_numpy(dtype=int)
    for c in keep:
        a[c] = units[c].to_numpy()[pos]
    return a

def role_counts(roles_table: pd.DataFrame, actors: dict, by: str | None = None) -> pd.DataFrame:
    """Units in which each actor holds each role.

    Parameters
    ----------
    roles_table : DataFrame
        From :func:`actor_roles`.
    actors : dict
        The actor gazetteer (for the order and labels of actors).
    by : str, optional
        A column of ``roles_table`` to count within (e.g. the group column).

    Returns
    -------
    DataFrame
        ``by`` (when given), ``actor``, ``label`` (the entry's ``label``, or its
        id when the study gives none), then one count column per role in
        :data:`ROLES`, every actor of the gazetteer listed (zeros included).
    """
    keys = ([by] if by else []) + ["actor"]
    counts = roles_table.groupby(keys + ["role"], sort=False).size().unstack("role", fill_value=0)
    counts = counts.reindex(columns=list(ROLES), fill_value=0)
    actor_ids = list(actors["entries"])
    if by:
        groups = sorted(roles_table[by].dropna().unique().tolist(), key=str)
        full = pd.MultiIndex.from_product([groups, actor_ids], names=keys)
    else:
        full = pd.Index(actor_ids, name="actor")
    counts = counts.reindex(full, fill_value=0).reset_index()
    counts.insert(len(keys), "label", counts["actor"].map(lambda a: actors["entries"][a].get("label") or a))
    return counts
