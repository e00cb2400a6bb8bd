"""Hand check of notebook 02's source affiliations (which actor of the study a source is or speaks for).

Notebook 02 gives each attribution the first actor of the study's gazetteer named in its source phrase or in the
title and apposition the article gives the source (``helpers.measures.role_forms.affiliation``) and compares the
shares of each affiliation between groups. This script checks them against people by the protocol
``benchmarks/results/affiliation_check_protocol.md`` (written before any draw was read): judges, blind to the rules'
affiliation and to each other, name each drawn attribution's speaker and the study's actors that speaker is, belongs
to or speaks for, as the article shows (``actors_text``) and as public fact only (``actors_known``).

The population is every attribution :func:`helpers.measures.sourcing.extract_attributions` finds in the sentences
notebook 02 reads from one corpus (``benchmarks/role_check_draw.py``'s corpora) with the study given (the
attributions the notebook's affiliation shares are computed over), sorted by ``doc_id``, ``unit_id``, ``verb_start``.
A draw is stratified by whether the rules give an affiliation: ``DataFrame.sample(n, random_state=SEED)`` within
each stratum, then shuffled so that the sheet's order hides the strata.

Usage (from the project root; needs ``../shared/data``)::

    .venv/bin/python benchmarks/affiliation_check.py --draw 1 --study us_politics --key-dir /tmp/key > /tmp/ctx.txt
    .venv/bin/python benchmarks/affiliation_check.py --draw 2 --changed-from fb0a6fb --n 50 --key-dir /tmp/key  # a change
    .venv/bin/python benchmarks/affiliation_check.py --score   # every judged sheet -> affiliation_check.json

``--draw`` writes ``benchmarks/results/affiliation_check_<corpus>_<study>_seed<S>.blind.csv`` (ids and the matched
reporting words; no sentence, as the corpora's READMEs forbid copying their text), the strata's sizes in
``.strata.json`` and the key (each row's affiliation, ``.drawn.csv``) in ``--key-dir``, and prints the study's actor
list and each row's sentence with its reporting expression marked, its neighbours and other sentences naming the
speaker (for the judges, outside the project). Judges copy the sheet to ``.judge1.csv`` / ``.judge2.csv`` and fill
``attribution``, ``speaker``, ``actors_text``, ``actors_known`` and ``note``; the key is copied beside it afterwards.
With ``--changed-from REV`` the draw is ``--n`` random rows among the attributions whose affiliation the checked-out
code and study give differently from git revision ``REV`` (its code and study, run in a temporary worktree; round
af2's draw, seed 2, took the old affiliations from the checked-out code with ``REV``'s actor list, the same thing
for that change, whose code read nothing without the new list's ``members``)
(``affiliation_changed_<corpus>_<study>_seed<S>``, with ``.changed.json``): a test of the change, scored right after,
right before and made wrong.
``--score`` writes ``benchmarks/results/affiliation_check.json``, which ``helpers/measures/affiliation_trust.py``
shows in notebook 02 when the study and its actor list's version are those of a sheet.
"""
from __future__ import annotations

import os

os.environ.setdefault("TQDM_DISABLE", "1")
import json
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
RESULTS = ROOT / "benchmarks" / "results"
STRATA = ("affiliated", "none")
BLIND_COLUMNS = ["sample", "draw_row", "doc_id", "unit_id", "verb_start", "verb"]
JUDGE_COLUMNS = ["attribution", "speaker", "actors_text", "actors_known", "note"]

import hand_check as HK  # noqa: E402
import hedge_check as HC  # noqa: E402
import role_check_draw as RCD  # noqa: E402

from helpers.core.study import load_study  # noqa: E402

__all__ = ["population", "draw", "draw_changed", "score", "sheet_outcomes", "stratified", "main", "STRATA"]


def population(corpus: str, study: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The corpus's sentences and every attribution notebook 02 finds there with ``study``, in draw order."""
    return RCD.attributions(corpus, study=study)


def draw(corpus: str, study: str, seed: int, per_stratum: dict[str, int], key_dir: Path = RESULTS) -> Path:
    """Write the blind sheet and strata file of one stratified draw and print its rows with context.

    Parameters
    ----------
    corpus : str
        One of ``role_check_draw.CORPORA``.
    study : str
        The study whose actors the affiliations name (a study name or folder).
    seed : int
        ``random_state`` of each stratum's sample and of the shuffle that hides the strata.
    per_stratum : dict
        ``"affiliated"`` / ``"none"`` -> rows to draw (every row of a smaller stratum).
    key_dir : Path
        Where the key (each row's affiliation and source, ``<stem>.drawn.csv``) is written: a folder the judges do
        not read; it is copied beside the sheet once they are done.

    Returns
    -------
    Path
        The blind sheet.
    """
    units, att = population(corpus, study)
    name = load_study(study).name
    is_aff = att["affiliation"] != ""
    parts = []
    for stratum, mask in (("affiliated", is_aff), ("none", ~is_aff)):
        rows, n = att[mask], per_stratum.get(stratum, 0)
        parts.append(rows if len(rows) <= n else rows.sample(n, random_state=seed))
    d = pd.concat(parts).sample(frac=1, random_state=seed).reset_index(drop=True)
    stem = f"affiliation_check_{corpus}_{name}_seed{seed}"
    d.insert(0, "draw_row", range(len(d)))
    d.insert(0, "sample", stem.removeprefix("affiliation_check_"))
    d[BLIND_COLUMNS].to_csv(RESULTS / f"{stem}.blind.csv", index=False)
    key_dir.mkdir(parents=True, exist_ok=True)
    d[["draw_row", "affiliation", "source", "source_resolved", "role"]].to_csv(key_dir / f"{stem}.drawn.csv", index=False)
    actors = HK.actor_list(study)
    strata = {"corpus": corpus, "study": name, "seed": seed, "attributions": len(att),
              "actors_version": actors["version"],
              "strata": {"affiliated": {"population": int(is_aff.sum()), "drawn": int((d["affiliation"] != "").sum())},
                         "none": {"population": int((~is_aff).sum()), "drawn": int((d["affiliation"] == "").sum())}}}
    (RESULTS / f"{stem}.strata.json").write_text(json.dumps(strata, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    _print_rows(units, d, f"# {stem}.blind.csv: {len(d)} of {len(att)} attributions on "
                          f"{units['doc_id'].nunique()} articles ({corpus}, study {name})", study)
    return RESULTS / f"{stem}.blind.csv"


def draw_changed(corpus: str, study: str, seed: int, n: int, rev: str, key_dir: Path = RESULTS) -> Path:
    """Write the blind sheet of a random draw among the attributions whose affiliation a change gives differently.

    A direct test of a change of the affiliation rules or of the study's actor list, by the bar of rule changes: the
    old affiliation is the one git revision ``rev`` gives (its code and its study, run from a temporary worktree);
    each drawn row is judged as any other and scored against its new and its old affiliation (:func:`_changed_score`).

    Parameters
    ----------
    corpus : str
        One of ``role_check_draw.CORPORA``.
    study : str
        The study (its actor list as checked out is the new one).
    seed : int
        ``random_state`` of ``DataFrame.sample``.
    n : int
        Rows to draw (every row when there are fewer).
    rev : str
        A git revision of the project from this check on (its ``role_check_draw.attributions`` takes ``study``).
    key_dir : Path
        As :func:`draw`.

    Returns
    -------
    Path
        The blind sheet (``affiliation_changed_<corpus>_<study>_seed<S>.blind.csv``).
    """
    st = load_study(study)
    keys = ["doc_id", "unit_id", "verb_start"]
    old = _affiliations_at(rev, corpus, st.name)
    old_version = _actors_version_at(rev, st)
    units, att = population(corpus, study)
    merged = att.merge(old.rename(columns={"affiliation": "was_affiliation"}), on=keys, how="left", validate="one_to_one")
    if len(old) != len(att) or merged["was_affiliation"].isna().any():
        raise SystemExit(f"the attributions differ between {rev} and the checked-out code: this draw tests affiliations "
                         "only")
    att = merged
    pop = att[att["affiliation"] != att["was_affiliation"]]
    d = (pop if len(pop) <= n else pop.sample(n, random_state=seed)).reset_index(drop=True)
    stem = f"affiliation_changed_{corpus}_{st.name}_seed{seed}"
    d.insert(0, "draw_row", range(len(d)))
    d.insert(0, "sample", stem.removeprefix("affiliation_"))
    d[BLIND_COLUMNS].to_csv(RESULTS / f"{stem}.blind.csv", index=False)
    key_dir.mkdir(parents=True, exist_ok=True)
    d[["draw_row", "affiliation", "was_affiliation", "source", "source_resolved", "role"]].to_csv(
        key_dir / f"{stem}.drawn.csv", index=False)
    meta = {"corpus": corpus, "study": st.name, "seed": seed, "attributions": len(att), "changed": len(pop),
            "actors_version": HK.actor_list(study)["version"], "was_actors_version": old_version,
            "was_revision": HK.revision(rev),
            "changes": {f"{a or '(none)'} -> {b or '(none)'}": int(k) for (a, b), k in
                        pop.groupby(["was_affiliation", "affiliation"]).size().sort_index().items()}}
    (RESULTS / f"{stem}.changed.json").write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    _print_rows(units, d, f"# {stem}.blind.csv: {len(d)} of {len(pop)} attributions whose affiliation changes "
                          f"({corpus}, study {st.name})", study)
    return RESULTS / f"{stem}.blind.csv"


def _affiliations_at(rev: str, corpus: str, study: str) -> pd.DataFrame:
    """``doc_id``, ``unit_id``, ``verb_start``, ``affiliation`` of every attribution as git revision ``rev`` finds
    them: its code and study (:func:`hand_check.rows_at`)."""
    code = (f"import role_check_draw as R; a = R.attributions({corpus!r}, study={study!r})[1]; "
            "a[['doc_id', 'unit_id', 'verb_start', 'affiliation']].to_csv(OUT, index=False)")
    return HK.rows_at(rev, code, {"doc_id": str, "affiliation": str})


def _actors_version_at(rev: str, study) -> int:
    """The ``version`` of the study's ``actors.yaml`` at git revision ``rev``."""

    rel = study.lexicons["actors"].resolve().relative_to(ROOT).as_posix()
    text = subprocess.run(["git", "show", f"{rev}:{rel}"], cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return int(yaml.safe_load(text).get("version", 0))


def _print_rows(units: pd.DataFrame, d: pd.DataFrame, head: str, study: str) -> None:
    """Print a drawn sheet for the judges: the study's actor list, then each row's sentence with its reporting
    expression marked, its neighbours and other sentences naming the speaker."""
    print(head)
    HK.print_actor_list(study)
    for r in d.itertuples():
        print(f"=== row {r.draw_row} | {r.doc_id} u{r.unit_id} | marked: {r.verb!r}")
        marked = HC._mark(r.sentence, int(r.verb_start), r.verb)
        print("\n".join(HC._neighbours(units, r.doc_id, int(r.unit_id), marked)))
        print("\n".join(_naming(units, r.doc_id, int(r.unit_id), r.source_resolved or r.source)))


def _naming(units: pd.DataFrame, doc_id: str, unit_id: int, speaker: str, most: int = 6) -> list[str]:
    """Up to ``most`` other sentences of the article (not the row's neighbours) that hold the speaker's last
    capitalised word."""
    words = [w for w in re.findall(r"[A-Z][a-z]+", speaker) if len(w) > 2 and w not in ("The", "He", "She", "They")]
    if not words:
        return []
    text = units[units["doc_id"] == doc_id].set_index("unit_id")["text"]
    return [f"     [also names {words[-1]}, sentence {u}] {s[:400]}" for u, s in text.items()
            if re.search(rf"\b{re.escape(words[-1])}\b", s) and abs(u - unit_id) > 2][:most]


def _judged(path: Path, sheet: pd.DataFrame, known_ids: set[str]) -> pd.DataFrame:
    """A judge's sheet, checked against the blind sheet (rows in order, the judge's columns, known actor ids)."""
    j = pd.read_csv(path, dtype=str, keep_default_na=False)
    if list(j["draw_row"]) != list(sheet["draw_row"]) or not set(JUDGE_COLUMNS) <= set(j.columns):
        raise SystemExit(f"{path}: must hold the blind sheet's rows in order and the columns {JUDGE_COLUMNS}")
    att = j["attribution"].str.strip().str.lower()
    if not set(att) <= {"yes", "no"}:
        raise SystemExit(f"{path}: attribution must be yes or no, found {sorted(set(att) - {'yes', 'no'})}")
    text, known = j["actors_text"].map(HK.ids), j["actors_known"].map(HK.ids)
    bad = sorted(set().union(*text, *known) - known_ids)
    if bad:
        raise SystemExit(f"{path}: actor ids {bad} are not in the study's actor list")
    return pd.DataFrame({"attribution": att == "yes", "text": text, "known": text.combine(known, frozenset.union)})


def sheet_outcomes(given: pd.Series, judged: pd.DataFrame, column: str = "text") -> pd.Series:
    """Each row's outcome for one judge.

    Parameters
    ----------
    given : Series
        The rules' affiliation of each drawn row (an actor id, or ``""``).
    judged : DataFrame
        :func:`_judged`'s frame: ``attribution`` (bool) and the judged actor sets ``text`` and ``known``.
    column : str
        ``"text"`` (actors the article shows) or ``"known"`` (with public fact).

    Returns
    -------
    Series
        ``"not an attribution"``; for rows with an affiliation ``"right"``, ``"wrong actor"`` or ``"no actor"``
        (the judge sees none); for rows without one ``"missed"`` (the judge sees an actor) or ``"right none"``.
    """
    out = []
    for g, ok, actors in zip(given, judged["attribution"], judged[column]):
        if not ok:
            out.append("not an attribution")
        elif g:
            out.append("right" if g in actors else ("wrong actor" if actors else "no actor"))
        else:
            out.append("missed" if actors else "right none")
    return pd.Series(out, index=given.index)


def stratified(outcomes: pd.Series, given: pd.Series, weights: dict[str, float]) -> dict:
    """Population figures of one judge's outcomes, each stratum weighted by its share of the attributions.

    Parameters
    ----------
    outcomes : Series
        :func:`sheet_outcomes`.
    given : Series
        The rules' affiliation of each row (the stratum: non-empty or empty).
    weights : dict
        ``"affiliated"`` / ``"none"`` -> the stratum's share of the corpus's attributions (summing to 1).

    Returns
    -------
    dict
        ``agreement`` (share of attributions whose affiliation, or its absence, the judge confirms), ``recall`` (of
        the attributions whose speaker has an actor, the share given a right one; None when the judge sees none),
        ``share_with_actor`` (the judge's estimate of the share of attributions whose speaker has an actor, against
        the rules' ``share_given``), each with ``_ci95``: conservative bounds, every stratum's Wilson 95% interval
        taken at its worst.
    """
    keep = outcomes != "not an attribution"
    p, lo, hi = {}, {}, {}
    for s, mask in (("affiliated", given != ""), ("none", given == "")):
        o = outcomes[mask & keep]
        for lab in ("right", "wrong actor", "no actor", "missed", "right none"):
            k, n = int((o == lab).sum()), len(o)
            p[s, lab] = k / n if n else 0.0
            lo[s, lab], hi[s, lab] = HC.wilson(k, n) if n else (0.0, 1.0)
    wa, wn = weights["affiliated"], weights["none"]

    def agree(q):
        return wa * q["affiliated", "right"] + wn * q["none", "right none"]

    def with_actor(q):
        return wa * (q["affiliated", "right"] + q["affiliated", "wrong actor"]) + wn * q["none", "missed"]

    own = wa * p["affiliated", "right"]
    rest = wa * p["affiliated", "wrong actor"] + wn * p["none", "missed"]
    rec = own / (own + rest) if own + rest > 0 else None
    rec_lo_den = wa * lo["affiliated", "right"] + wa * hi["affiliated", "wrong actor"] + wn * hi["none", "missed"]
    rec_hi_den = wa * hi["affiliated", "right"] + wa * lo["affiliated", "wrong actor"] + wn * lo["none", "missed"]
    wa_lo = wa * lo["affiliated", "right"]
    wa_hi = wa * hi["affiliated", "right"]
    lo_share = wa * lo["affiliated", "right"] + wa * lo["affiliated", "wrong actor"] + wn * lo["none", "missed"]
    hi_share = min(1.0, wa * (hi["affiliated", "right"] + hi["affiliated", "wrong actor"]) + wn * hi["none", "missed"])
    return {"agreement": round(agree(p), 4), "agreement_ci95": [round(agree(lo), 4), round(min(1.0, agree(hi)), 4)],
            "recall": None if rec is None else round(rec, 4),
            "recall_ci95": None if rec is None else [round(wa_lo / rec_lo_den, 4) if rec_lo_den else 0.0,
                                                     round(wa_hi / rec_hi_den, 4) if rec_hi_den else 1.0],
            "share_given": round(wa, 4), "share_with_actor": round(with_actor(p), 4),
            "share_with_actor_ci95": [round(lo_share, 4), round(hi_share, 4)]}


def _counts(outcomes: pd.Series, given: pd.Series) -> dict:
    keep = outcomes != "not an attribution"
    aff, non = outcomes[(given != "") & keep], outcomes[(given == "") & keep]
    k, n = int((aff == "right").sum()), len(aff)
    m, nn = int((non == "missed").sum()), len(non)
    return {"not_attributions": int((~keep).sum()),
            "affiliated": {"right": k, "n": n, "share": round(k / n, 4) if n else None, "wilson95": HC.wilson(k, n),
                           "outcomes": aff.value_counts().sort_index().to_dict()},
            "none": {"missed": m, "n": nn, "share": round(m / nn, 4) if nn else None, "wilson95": HC.wilson(m, nn),
                     "outcomes": non.value_counts().sort_index().to_dict()}}


def _sheet_score(blind: Path) -> dict:
    """One judged sheet's figures per judge (against ``actors_text`` and against both columns)."""
    stem = blind.name.removesuffix(".blind.csv")
    judges = sorted(RESULTS.glob(f"{stem}.judge*.csv"))
    if not judges:
        return {}
    strata = json.loads((RESULTS / f"{stem}.strata.json").read_text(encoding="utf-8"))
    sheet, key = HK.sheet_and_key(blind)
    given = key["affiliation"]
    total = sum(v["population"] for v in strata["strata"].values())
    weights = {s: strata["strata"][s]["population"] / total for s in STRATA}
    ids = set(HK.actor_list(strata["study"])["entries"])
    out = {"corpus": strata["corpus"], "study": strata["study"], "rows": len(sheet), "attributions": total,
           "actors_version_drawn": strata["actors_version"], "strata": strata["strata"], "judges": {}}
    per_judge = []
    for path in judges:
        j = _judged(path, sheet, ids)
        res = {}
        for col in ("text", "known"):
            o = sheet_outcomes(given, j, col)
            res[col] = {**_counts(o, given), "population": stratified(o, given, weights),
                        "errors": [{"draw_row": int(key["draw_row"][i]), "given": given[i], "outcome": o[i],
                                    "judged": ";".join(sorted(j[col][i]))}
                                   for i in o.index if o[i] in ("wrong actor", "no actor", "missed")]}
        out["judges"][path.name] = res
        per_judge.append(sheet_outcomes(given, j, "text"))
    if agree := HC.judges_agreement(per_judge):
        out["agreement_between_judges"] = agree
    return out


def _right(aff: pd.Series, judged: pd.DataFrame, column: str) -> pd.Series:
    """Whether each affiliation is right by a judge: one of the judged actors, or none where the judge sees none."""
    return pd.Series([a in actors if a else not actors for a, actors in zip(aff, judged[column])], index=aff.index)


def _changed_score(blind: Path) -> dict:
    """A judged sheet of :func:`draw_changed`: per judge and column, rows right after (the new affiliation), right
    before (the old), made wrong and made right, over the rows judged to be attributions."""
    stem = blind.name.removesuffix(".blind.csv")
    judges = sorted(RESULTS.glob(f"{stem}.judge*.csv"))
    if not judges:
        return {}
    meta = json.loads((RESULTS / f"{stem}.changed.json").read_text(encoding="utf-8"))
    sheet, key = HK.sheet_and_key(blind)
    ids = set(HK.actor_list(meta["study"])["entries"])
    out = {**{k: meta[k] for k in ("corpus", "study", "changed", "changes", "actors_version", "was_actors_version")},
           "rows": len(sheet), "judges": {}}
    firsts = []
    for path in judges:
        j = _judged(path, sheet, ids)
        keep = j["attribution"]
        res = {"not_attributions": int((~keep).sum())}
        for col in ("text", "known"):
            after, before = _right(key["affiliation"], j, col)[keep], _right(key["was_affiliation"], j, col)[keep]
            n = int(keep.sum())
            res[col] = {"n": n, "right_after": int(after.sum()), "right_before": int(before.sum()),
                        "right_after_share": round(float(after.mean()), 4) if n else None,
                        "wilson95": HC.wilson(int(after.sum()), n), "made_wrong": int((before & ~after).sum()),
                        "made_right": int((after & ~before).sum()),
                        "wrong_after": [{"draw_row": int(key["draw_row"][i]), "given": key["affiliation"][i],
                                         "judged": ";".join(sorted(j[col][i]))} for i in after.index if not after[i]]}
        out["judges"][path.name] = res
        firsts.append(pd.Series(["not" if not k else ("right" if r else "wrong") for k, r in
                                 zip(keep, _right(key["affiliation"], j, "text"))]))
    if agree := HC.judges_agreement(firsts):
        out["agreement_between_judges"] = agree
    return out


def score() -> dict:
    """Score every judged sheet in ``benchmarks/results``; write ``benchmarks/results/affiliation_check.json``."""
    sheets = {p.name: r for p in sorted(RESULTS.glob("affiliation_check_*.blind.csv")) if (r := _sheet_score(p))}
    changed = {p.name: r for p in sorted(RESULTS.glob("affiliation_changed_*.blind.csv")) if (r := _changed_score(p))}
    return HK.write_results("affiliation_check", "benchmarks/results/affiliation_check_protocol.md", sheets=sheets,
                            changed=changed)


def main(argv=None) -> None:
    ap = HK.parser(__doc__, STRATA, "affiliation_check.json", "attributions", "each row's affiliation",
                   changed="affiliation (its code and study)")
    HK.run(ap, argv, STRATA, draw, score, draw_changed)


if __name__ == "__main__":
    main()
