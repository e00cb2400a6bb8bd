"""Hand check of notebook 03's actor roles (who is blamed, who demands, who promises, who acts).

Notebook 03 finds role cues ("accused", "urged", "vowed", "launched"; ``helpers/codebooks/actor_roles.yaml``) and
gives the role to an actor of the study by word order (:func:`helpers.framing.actor_roles.actor_roles`); it counts,
per actor and group, the sentences in which the actor holds each role. This script checks the roles against people by
the protocol ``benchmarks/results/actor_role_check_protocol.md`` (written before any draw was read): judges, blind to
the rules' roles and to each other, list the roles a drawn sentence gives a drawn actor.

The population is every (sentence, actor) pair of the sentences notebook 03 reads from one corpus
(``benchmarks/role_check_draw.py``'s corpora: the same 2,000 articles and sentences as notebook 02) in which the
sentence names the actor, with the study given, sorted by ``doc_id``, ``unit_id``, ``actor``. A draw is stratified by
whether the rules give the pair a role: ``DataFrame.sample(n, random_state=SEED)`` within each stratum (pairs on an
earlier sheet of the same corpus and study left out), then shuffled so that the sheet's order hides the strata.

Usage (from the project root; needs ``../shared/data``)::

    .venv/bin/python benchmarks/actor_role_check.py --draw 1 --study us_politics --key-dir /tmp/key > /tmp/ctx.txt
    .venv/bin/python benchmarks/actor_role_check.py --score   # every judged sheet -> actor_role_check.json

``--draw`` writes ``benchmarks/results/actor_role_check_<corpus>_<study>_seed<S>.blind.csv`` (ids and the actor; no
sentence, as the corpora's READMEs forbid copying their text), the strata's sizes in ``.strata.json`` and the key (each
pair's roles by the rules; ``.drawn.csv``) in ``--key-dir``, and prints the study's actor list and each row's sentence
with the actor's mentions marked and its neighbours (for the judges, outside the project). Judges copy the sheet to
``.judge1.csv`` / ``.judge2.csv`` and fill ``roles`` and ``note``; the key is copied beside it afterwards. ``--score``
writes ``benchmarks/results/actor_role_check.json``, which ``helpers/framing/role_trust.py`` shows in notebook 03 when
the study and the role codebook's version are those of a sheet.
"""
from __future__ import annotations

import os

os.environ.setdefault("TQDM_DISABLE", "1")
import json
import re
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
RESULTS = ROOT / "benchmarks" / "results"
STRATA = ("with_role", "no_role")
BLIND_COLUMNS = ["sample", "draw_row", "doc_id", "unit_id", "actor"]
JUDGE_COLUMNS = ["roles", "note"]
CODEBOOKS = ["policy_frames", "generic_frames", "entman_functions"]
"""Notebook 03's default ``codebooks`` (its cues are found with the role cues in one pass)."""

import hand_check as HK  # noqa: E402
import hedge_check as HC  # noqa: E402
import role_check_draw as RCD  # noqa: E402

from helpers import framing as F  # noqa: E402
from helpers.core.study import load_study  # noqa: E402
from helpers.framing.codebooks import ROLES  # noqa: E402
from helpers.measures import tone as TN  # noqa: E402

__all__ = ["population", "draw", "draw_changed", "role_counts", "stratified", "score", "main", "STRATA"]


def population(corpus: str, study: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, int]:
    """The corpus's sentences, every (sentence, actor) pair naming the actor with the rules' roles, the actor
    mentions and the role codebook's version.

    Returns
    -------
    tuple
        ``units``; the pairs (``doc_id``, ``unit_id``, ``actor``, ``given``: the rules' roles, ``;``-joined in
        :data:`helpers.framing.actor_roles.ROLES` order, ``""`` for none) in draw order; the mentions
        (:func:`helpers.measures.tone.actor_mentions`); the ``version`` of the role codebook.
    """
    from helpers.text.lexicon import load_study_lexicon

    units = RCD.sentences(corpus, study)
    actors = load_study_lexicon("actors")
    roles_cb = F.load_codebook("actor_roles", kind="roles")
    cues = F.find_cues(units, F.load_codebooks(CODEBOOKS), actors=actors,
                       negation=F.load_codebook("negation", kind="negation"), roles=roles_cb)
    roles = F.actor_roles(units, cues, roles_cb, keep=("doc_id", "unit_id"))
    mentions = TN.actor_mentions(units, ["outlet", "group"], actors)
    keys = ["doc_id", "unit_id", "actor"]
    pairs = mentions.drop_duplicates(keys)[keys].copy()
    order = {r: i for i, r in enumerate(ROLES)}
    given = (roles.groupby(keys)["role"]
             .agg(lambda r: ";".join(sorted(set(r), key=order.get))))
    pairs["given"] = [given.get(k, "") for k in zip(pairs["doc_id"], pairs["unit_id"], pairs["actor"])]
    pairs = pairs.sort_values(keys, kind="stable").reset_index(drop=True)
    return units, pairs, mentions, int(roles_cb.get("version", 0))


def _marked(sentence: str, spans: list[tuple[int, int]]) -> str:
    out, pos = [], 0
    for s, e in sorted(spans):
        if s < pos:
            continue
        out += [sentence[pos:s], "<<", sentence[s:e], ">>"]
        pos = e
    return "".join(out + [sentence[pos:]])


def draw(corpus: str, study: str, seed: int, per_stratum: dict[str, int], key_dir: Path = RESULTS) -> Path:
    """Write the blind sheet and strata file of one stratified draw and print its rows with context.

    Parameters
    ----------
    corpus : str
        One of ``role_check_draw.CORPORA``.
    study : str
        The study whose actors are checked (a study name or folder).
    seed : int
        ``random_state`` of each stratum's sample and of the shuffle that hides the strata.
    per_stratum : dict
        ``"with_role"`` / ``"no_role"`` -> pairs to draw (every pair of a smaller stratum).
    key_dir : Path
        Where the key (``<stem>.drawn.csv``) is written: a folder the judges do not read; it is copied beside the
        sheet once they are done.

    Returns
    -------
    Path
        The blind sheet.
    """
    units, pairs, mentions, version = population(corpus, study)
    name = load_study(study).name
    stem = f"actor_role_check_{corpus}_{name}_seed{seed}"
    keys = ["doc_id", "unit_id", "actor"]
    seen = HK.earlier_keys(f"actor_role_*_{corpus}_{name}_seed*.blind.csv", keys, f"{stem}.blind.csv")
    fresh = pd.Series([k not in seen for k in zip(pairs["doc_id"], pairs["unit_id"], pairs["actor"])],
                      index=pairs.index)
    has = pairs["given"] != ""
    parts = []
    for stratum, mask in (("with_role", has), ("no_role", ~has)):
        rows, n = pairs[mask & fresh], per_stratum.get(stratum, 0)
        parts.append(rows if len(rows) <= n else rows.sample(n, random_state=seed))
    d = pd.concat(parts).sample(frac=1, random_state=seed).reset_index(drop=True)
    d.insert(0, "draw_row", range(len(d)))
    d.insert(0, "sample", stem.removeprefix("actor_role_check_"))
    d[BLIND_COLUMNS].to_csv(RESULTS / f"{stem}.blind.csv", index=False)
    key_dir.mkdir(parents=True, exist_ok=True)
    d[["draw_row", "actor", "given"]].to_csv(key_dir / f"{stem}.drawn.csv", index=False)
    strata = {"corpus": corpus, "study": name, "seed": seed, "pairs": len(pairs), "roles_version": version,
              "left_out_as_drawn_before": len(seen),
              "strata": {s: {"population": int(m.sum()),
                             "drawn": int(((d["given"] != "") if s == "with_role" else (d["given"] == "")).sum())}
                         for s, m in (("with_role", has), ("no_role", ~has))}}
    (RESULTS / f"{stem}.strata.json").write_text(json.dumps(strata, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    _print_rows(units, mentions, d, f"# {stem}.blind.csv: {len(d)} of {len(pairs)} sentence-actor pairs on "
                                    f"{units['doc_id'].nunique()} articles ({corpus}, study {name})", study)
    return RESULTS / f"{stem}.blind.csv"


def draw_changed(corpus: str, study: str, seed: int, n: int, rev: str, key_dir: Path = RESULTS) -> Path:
    """Write the blind sheet of a random draw among the pairs whose roles a change gives differently.

    A direct test of a change of the role rules or codebook, by the bar of rule changes: the old roles are those git
    revision ``rev`` gives (its code and codebook, run from a temporary worktree, as
    ``affiliation_check.draw_changed`` does, :func:`hand_check.rows_at`); pairs on an earlier sheet are left out. Each drawn pair is judged as
    any other and scored against its new and its old roles (:func:`_changed_score`).

    Parameters
    ----------
    corpus, study, seed, key_dir
        As :func:`draw`.
    n : int
        Pairs to draw (every pair when there are fewer).
    rev : str
        A git revision of the project from this check on.

    Returns
    -------
    Path
        The blind sheet (``actor_role_changed_<corpus>_<study>_seed<S>.blind.csv``).
    """
    st = load_study(study)
    keys = ["doc_id", "unit_id", "actor"]
    old = _given_at(rev, corpus, st.name)
    units, pairs, mentions, version = population(corpus, study)
    merged = pairs.merge(old.rename(columns={"given": "was_given"}), on=keys, how="left", validate="one_to_one")
    if len(old) != len(pairs) or merged["was_given"].isna().any():
        raise SystemExit(f"the sentence-actor pairs differ between {rev} and the checked-out code: this draw tests "
                         "roles only")
    seen = HK.earlier_keys("actor_role_*.blind.csv", keys)
    changed = merged[merged["given"] != merged["was_given"]]
    if changed.empty:
        raise SystemExit(f"no pair's roles differ between {rev} and the checked-out code: nothing to draw")
    pop = changed[pd.Series([k not in seen for k in zip(changed["doc_id"], changed["unit_id"], changed["actor"])],
                            index=changed.index, dtype=bool)]
    d = (pop if len(pop) <= n else pop.sample(n, random_state=seed)).reset_index(drop=True)
    stem = f"actor_role_changed_{corpus}_{st.name}_seed{seed}"
    d.insert(0, "draw_row", range(len(d)))
    d.insert(0, "sample", stem.removeprefix("actor_role_"))
    d[BLIND_COLUMNS].to_csv(RESULTS / f"{stem}.blind.csv", index=False)
    key_dir.mkdir(parents=True, exist_ok=True)
    d[["draw_row", "actor", "given", "was_given"]].to_csv(key_dir / f"{stem}.drawn.csv", index=False)
    meta = {"corpus": corpus, "study": st.name, "seed": seed, "pairs": len(pairs), "changed": len(changed),
            "left_out_as_drawn_before": len(changed) - len(pop), "roles_version": version,
            "was_revision": HK.revision(rev),
            "changes": {f"{a or '(none)'} -> {b or '(none)'}": int(k) for (a, b), k in
                        changed.groupby(["was_given", "given"]).size().sort_index().items()}}
    (RESULTS / f"{stem}.changed.json").write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    _print_rows(units, mentions, d, f"# {stem}.blind.csv: {len(d)} of {len(changed)} sentence-actor pairs whose roles "
                                    f"change ({corpus}, study {st.name})", study)
    return RESULTS / f"{stem}.blind.csv"


def _given_at(rev: str, corpus: str, study: str) -> pd.DataFrame:
    """``doc_id``, ``unit_id``, ``actor``, ``given`` of every pair as git revision ``rev`` gives them: its code and
    codebook (:func:`hand_check.rows_at`)."""
    code = f"import actor_role_check as A; A.population({corpus!r}, {study!r})[1].to_csv(OUT, index=False)"
    return HK.rows_at(rev, code, {"doc_id": str, "actor": str, "given": str})


def _print_rows(units: pd.DataFrame, mentions: pd.DataFrame, d: pd.DataFrame, head: str, study: str) -> None:
    """Print a drawn sheet for the judges: the study's actor list, then each row's sentence with the actor's mentions
    marked and its neighbours."""
    print(head)
    HK.print_actor_list(study)
    keys = ["doc_id", "unit_id", "actor"]
    by = {k: g for k, g in mentions.groupby(keys, sort=False)}
    text = units.set_index(["doc_id", "unit_id"])["text"]
    for r in d.itertuples():
        m = by[(r.doc_id, r.unit_id, r.actor)]
        marked = _marked(text[(r.doc_id, r.unit_id)], list(zip(m["start"], m["end"])))
        print(f"=== row {r.draw_row} | {r.doc_id} u{r.unit_id} | actor: {r.actor}")
        print("\n".join(HC._neighbours(units, r.doc_id, int(r.unit_id), marked)))


def _roles(cell: str) -> frozenset[str]:
    return frozenset(x.strip().lower() for x in re.split(r"[;,]", cell or "") if x.strip())


def _judged(path: Path, sheet: pd.DataFrame) -> pd.Series:
    """A judge's role sets, checked against the blind sheet (rows in order, the judge's columns, known roles)."""
    j = pd.read_csv(path, dtype=str, keep_default_na=False)
    if list(j["draw_row"]) != list(sheet["draw_row"]) or not set(JUDGE_COLUMNS) <= set(j.columns):
        raise SystemExit(f"{path}: must hold the blind sheet's rows in order and the columns {JUDGE_COLUMNS}")
    roles = j["roles"].map(_roles)
    bad = sorted(set().union(*roles) - set(ROLES))
    if bad:
        raise SystemExit(f"{path}: roles {bad} are not among {list(ROLES)}")
    return roles


def role_counts(given: pd.Series, judged: pd.Series) -> dict:
    """Per role and in all, one judge's counts over the drawn pairs.

    Parameters
    ----------
    given : Series
        The rules' roles of each pair (a set of role names; empty for none).
    judged : Series
        The judge's roles of each pair (a set).

    Returns
    -------
    dict
        ``role -> {"given", "right", "judged_not_given_with", "judged_no_role"}``, and the same under ``"all"``
        summed over roles: roles given, given and judged, judged but not given in pairs with a role, judged in pairs
        given none.
    """
    out = {}
    for r in (*ROLES, "all"):
        def has(s, r=r):
            return bool(s) if r == "all" else r in s
        rows = [(g, j) for g, j in zip(given, judged)]
        if r == "all":
            out[r] = {"given": sum(len(g) for g, _ in rows), "right": sum(len(g & j) for g, j in rows),
                      "judged_not_given_with": sum(len(j - g) for g, j in rows if g),
                      "judged_no_role": sum(len(j) for g, j in rows if not g)}
        else:
            out[r] = {"given": sum(has(g) for g, _ in rows), "right": sum(has(g) and has(j) for g, j in rows),
                      "judged_not_given_with": sum(bool(g) and has(j) and not has(g) for g, j in rows),
                      "judged_no_role": sum(not g and has(j) for g, j in rows)}
    return out


def stratified(counts: dict, n_with: int, n_none: int, weights: dict[str, float]) -> dict:
    """Recall per role and in all, each stratum weighted by its share of the pairs.

    Parameters
    ----------
    counts : dict
        :func:`role_counts`.
    n_with, n_none : int
        Drawn pairs of the strata ``with_role`` and ``no_role``.
    weights : dict
        ``"with_role"`` / ``"no_role"`` -> the stratum's share of the pairs (summing to 1).

    Returns
    -------
    dict
        ``role -> {"recall", "recall_ci95"}`` (None when the judge saw no such role): of the pairs holding the role by
        the judge, the share the rules give it, with conservative bounds (each stratum's Wilson 95% interval taken at
        its worst; per pair and role, so "all" counts a pair once per role).
    """
    ww, wn = weights["with_role"], weights["no_role"]
    out = {}
    for r, c in counts.items():
        def rate(k, n):
            return (k / n if n else 0.0), *(HC.wilson(k, n) if n else (0.0, 1.0))
        hit, hit_lo, hit_hi = rate(c["right"], n_with)
        mw, mw_lo, mw_hi = rate(c["judged_not_given_with"], n_with)
        mn, mn_lo, mn_hi = rate(c["judged_no_role"], n_none)
        num, den = ww * hit, ww * (hit + mw) + wn * mn
        if den == 0:
            out[r] = {"recall": None, "recall_ci95": None}
            continue
        lo_den = ww * (hit_lo + mw_hi) + wn * mn_hi
        hi_den = ww * (hit_hi + mw_lo) + wn * mn_lo
        out[r] = {"recall": round(num / den, 4),
                  "recall_ci95": [round(ww * hit_lo / lo_den, 4) if lo_den else 0.0,
                                  round(min(1.0, ww * hit_hi / hi_den), 4) if hi_den else 1.0]}
    return out


def _sheet_score(blind: Path) -> dict:
    """One judged sheet's figures per judge, and the agreement of the first two judges."""
    stem = blind.name.removesuffix(".blind.csv")
    judges = sorted(RESULTS.glob(f"{stem}.judge*.csv"))
    if not judges:
        return {}
    strata = json.loads((RESULTS / f"{stem}.strata.json").read_text(encoding="utf-8"))
    sheet, key = HK.sheet_and_key(blind)
    given = key["given"].map(_roles)
    total = sum(v["population"] for v in strata["strata"].values())
    weights = {s: strata["strata"][s]["population"] / total for s in STRATA}
    n_with, n_none = int((given.map(len) > 0).sum()), int((given.map(len) == 0).sum())
    out = {"corpus": strata["corpus"], "study": strata["study"], "rows": len(sheet), "pairs": total,
           "roles_version_drawn": strata["roles_version"], "strata": strata["strata"], "judges": {}}
    sets = []
    for path in judges:
        judged = _judged(path, sheet)
        c = role_counts(given, judged)
        out["judges"][path.name] = {
            "counts": c, "population": stratified(c, n_with, n_none, weights),
            "pairs_with_role_missed": int(sum(bool(j) for g, j in zip(given, judged) if not g)), "n_no_role": n_none,
            "errors": [{"draw_row": int(key["draw_row"][i]), "actor": key["actor"][i], "given": key["given"][i],
                        "judged": ";".join(r for r in ROLES if r in judged[i])}
                       for i in key.index if given[i] != judged[i]]}
        sets.append(judged.map(lambda s: ";".join(r for r in ROLES if r in s)))
    if agree := HC.judges_agreement(sets):
        out["agreement_between_judges"] = agree
    return out


def _changed_score(blind: Path) -> dict:
    """A judged sheet of :func:`draw_changed`: per judge, pairs right after (the judge agrees with the new roles on
    every role that changed), right before (with the old roles on them), made wrong and made right."""
    stem = blind.name.removesuffix(".blind.csv")
    judges = sorted(RESULTS.glob(f"{stem}.judge*.csv"))
    if not judges:
        return {}
    meta = json.loads((RESULTS / f"{stem}.changed.json").read_text(encoding="utf-8"))
    sheet, key = HK.sheet_and_key(blind)
    new, old = key["given"].map(_roles), key["was_given"].map(_roles)
    out = {**{k: meta[k] for k in ("corpus", "study", "changed", "changes", "roles_version", "was_revision")},
           "rows": len(sheet), "judges": {}}
    firsts = []
    for path in judges:
        judged = _judged(path, sheet)
        moved = [a ^ b for a, b in zip(new, old)]  # the roles that changed
        after = pd.Series([m & a == m & j for m, a, j in zip(moved, new, judged)])
        before = pd.Series([m & b == m & j for m, b, j in zip(moved, old, judged)])
        n = len(sheet)
        out["judges"][path.name] = {
            "n": n, "right_after": int(after.sum()), "right_before": int(before.sum()),
            "wilson95": HC.wilson(int(after.sum()), n), "made_wrong": int((before & ~after).sum()),
            "made_right": int((after & ~before).sum()),
            "wrong_after": [{"draw_row": int(key["draw_row"][i]), "actor": key["actor"][i], "given": key["given"][i],
                             "was_given": key["was_given"][i], "judged": ";".join(r for r in ROLES if r in judged[i])}
                            for i in after.index if not after[i]]}
        firsts.append(after.map({True: "right", False: "wrong"}))
    if agree := HC.judges_agreement(firsts):
        out["agreement_between_judges"] = agree
    return out


def score() -> dict:
    """Score every judged sheet in ``benchmarks/results``; write ``benchmarks/results/actor_role_check.json``."""
    sheets = {p.name: r for p in sorted(RESULTS.glob("actor_role_check_*.blind.csv")) if (r := _sheet_score(p))}
    changed = {p.name: r for p in sorted(RESULTS.glob("actor_role_changed_*.blind.csv")) if (r := _changed_score(p))}
    return HK.write_results("actor_role_check", "benchmarks/results/actor_role_check_protocol.md", sheets=sheets,
                            changed=changed)


def main(argv=None) -> None:
    ap = HK.parser(__doc__, STRATA, "actor_role_check.json", "sentence-actor pairs", "each pair's roles",
                   changed="roles (its code and codebook)")
    HK.run(ap, argv, STRATA, draw, score, draw_changed)


if __name__ == "__main__":
    main()
