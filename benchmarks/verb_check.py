"""Hand check of notebook 02's reporting-verb categories: draw, show, score.

Notebook 02 puts every attribution's reporting expression into one of four categories of
``helpers/data/reporting_verbs.yaml`` (*neutral* "said", *loaded* "claimed", *manner* "warned", *belief* "believes")
and compares their rates per 1,000 words between groups. The lexicon gives a verb one category whatever its sentence.
This script checks the categories against people by the protocol ``benchmarks/results/verb_check_protocol.md``
(written before any draw was read): judges, blind to the lexicon's category and to each other, put the marked words
of each drawn attribution in one of ``none``, ``belief``, ``loaded``, ``manner``, ``neutral``.

The population is every attribution :func:`helpers.measures.sourcing.extract_attributions` finds in the sentences
notebook 02 reads from one corpus (``benchmarks/role_check_draw.py``'s ``allsides``, ``climate`` or ``news-pages``)
whose expression has one of the four categories, sorted by ``doc_id``, ``unit_id``, ``verb_start``. A draw is
stratified by category: ``DataFrame.sample(n_c, random_state=SEED)`` within each category (every row when there are
fewer), ``n_c`` from ``--per-category``.

Usage (from the project root; needs ``../shared/data``)::

    .venv/bin/python benchmarks/verb_check.py --draw 1 --corpus allsides --per-category neutral=40 loaded=20 \
        manner=20 belief=20
    .venv/bin/python benchmarks/verb_check.py --draw 3 --moved reveal=loaded appear_to=belief --n 50  # a change
    .venv/bin/python benchmarks/verb_check.py --score      # every judged sheet -> benchmarks/results/verb_check.json

``--draw`` writes ``benchmarks/results/verb_check_<corpus>_seed<S>.blind.csv`` (ids and the matched words, in a
random order that hides the strata; no sentence, as the corpora's READMEs forbid copying their text), the strata's
sizes in ``.strata.json`` and the key (each row's category, ``.drawn.csv``) in ``--key-dir``, and prints each row's
sentence with the expression marked and its neighbours (for the judges, outside the project). With ``--moved`` the
draw is ``--n`` random rows among the attributions of the entries a lexicon version moved
(``verb_moved_<corpus>_seed<S>``; their old categories in ``.moved.json``): a test of the change. Judges copy a sheet
to ``.judge1.csv`` / ``.judge2.csv`` and add ``category`` and ``note``; the key is copied beside it afterwards.
``--score`` scores every judged sheet against the categories of its draw (and, as development figures, against the
checked-out lexicon's) and writes ``benchmarks/results/verb_check.json``; ``helpers/measures/verb_trust.py`` shows the
sheets drawn with the installed lexicon version.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
RESULTS = ROOT / "benchmarks" / "results"
CATEGORIES = ("neutral", "loaded", "manner", "belief")
LABELS = CATEGORIES + ("none",)
BLIND_COLUMNS = ["sample", "draw_row", "doc_id", "unit_id", "verb_start", "verb"]
JUDGE_COLUMNS = ["category", "note"]

import hedge_check as HC  # noqa: E402
import role_check_draw as RCD  # noqa: E402

from helpers.measures.sourcing import load_verbs  # noqa: E402

__all__ = ["population", "draw", "draw_moved", "score", "stratified_estimates", "main", "CATEGORIES", "LABELS"]


def population(corpus: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The corpus's sentences and its attributions with one of :data:`CATEGORIES`, in draw order."""
    units, att = RCD.attributions(corpus)
    return units, att[att["verb_category"].isin(CATEGORIES)].reset_index(drop=True)


def draw(corpus: str, seed: int, per_category: dict[str, int], key_dir: Path = RESULTS) -> Path:
    """Write the blind sheet and strata file of one stratified draw and print its rows with context.

    Parameters
    ----------
    corpus : str
        One of ``role_check_draw.CORPORA``.
    seed : int
        ``random_state`` of every stratum's sample and of the shuffle that hides the strata.
    per_category : dict
        Category -> rows to draw (every row of a smaller stratum).
    key_dir : Path
        Where the key (each row's category, ``<stem>.drawn.csv``) is written: a folder the judges do not read; it is
        copied beside the sheet once they are done.

    Returns
    -------
    Path
        The blind sheet.
    """
    units, pop = population(corpus)
    parts = []
    for cat in CATEGORIES:
        stratum = pop[pop["verb_category"] == cat]
        n = per_category.get(cat, 0)
        parts.append(stratum if len(stratum) <= n else stratum.sample(n, random_state=seed))
    d = pd.concat(parts).sample(frac=1, random_state=seed).reset_index(drop=True)
    d.insert(0, "draw_row", range(len(d)))
    d.insert(0, "sample", f"verb_{corpus}_seed{seed}")
    stem = f"verb_check_{corpus}_seed{seed}"
    d[BLIND_COLUMNS].to_csv(RESULTS / f"{stem}.blind.csv", index=False)
    key_dir.mkdir(parents=True, exist_ok=True)
    d[["draw_row", "verb_lemma", "verb_category"]].to_csv(key_dir / f"{stem}.drawn.csv", index=False)
    strata = {"corpus": corpus, "seed": seed, "attributions": len(pop),
              "strata": {c: {"population": int((pop["verb_category"] == c).sum()), "drawn": int(
                  (d["verb_category"] == c).sum())} for c in CATEGORIES},
              "lexicon_version": int(load_verbs()["version"])}
    (RESULTS / f"{stem}.strata.json").write_text(json.dumps(strata, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    _print_rows(units, d, f"# {stem}.blind.csv: {len(d)} of {len(pop)} attributions on "
                          f"{units['doc_id'].nunique()} articles ({corpus})")
    return RESULTS / f"{stem}.blind.csv"


def _print_rows(units: pd.DataFrame, d: pd.DataFrame, head: str) -> None:
    """Print a drawn sheet's rows for the judges: each sentence with the expression marked, and its neighbours."""
    print(head)
    for r in d.itertuples():
        print(f"=== row {r.draw_row} | {r.doc_id} u{r.unit_id} | marked: {r.verb!r}")
        print("\n".join(HC._neighbours(units, r.doc_id, int(r.unit_id),
                                       HC._mark(r.sentence, int(r.verb_start), r.verb))))


def draw_moved(corpus: str, seed: int, n: int, was: dict[str, str], key_dir: Path = RESULTS) -> Path:
    """Write the blind sheet of a random draw among the attributions whose category a lexicon version moved.

    A direct test of a change of categories, by the bar of rule changes: judged against the new and the old category
    of each drawn row (:func:`_moved_score`).

    Parameters
    ----------
    corpus : str
        One of ``role_check_draw.CORPORA``.
    seed : int
        ``random_state`` of ``DataFrame.sample``.
    n : int
        Rows to draw (every row when there are fewer).
    was : dict
        Entry (``verb_lemma``) -> its category before the change; the population is the attributions of these
        entries.
    key_dir : Path
        As :func:`draw`.

    Returns
    -------
    Path
        The blind sheet (``verb_moved_<corpus>_seed<S>.blind.csv``).
    """
    units, att = RCD.attributions(corpus)
    pop = att[att["verb_lemma"].isin(list(was))]
    d = (pop if len(pop) <= n else pop.sample(n, random_state=seed)).reset_index(drop=True)
    d.insert(0, "draw_row", range(len(d)))
    d.insert(0, "sample", f"verb_moved_{corpus}_seed{seed}")
    stem = f"verb_moved_{corpus}_seed{seed}"
    d[BLIND_COLUMNS].to_csv(RESULTS / f"{stem}.blind.csv", index=False)
    key_dir.mkdir(parents=True, exist_ok=True)
    d.assign(was_category=d["verb_lemma"].map(was))[["draw_row", "verb_lemma", "verb_category", "was_category"]].to_csv(
        key_dir / f"{stem}.drawn.csv", index=False)
    meta = {"corpus": corpus, "seed": seed, "was": dict(sorted(was.items())), "population": len(pop),
            "population_by_entry": pop["verb_lemma"].value_counts().sort_index().to_dict(),
            "lexicon_version": int(load_verbs()["version"])}
    (RESULTS / f"{stem}.moved.json").write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    _print_rows(units, d, f"# {stem}.blind.csv: {len(d)} of {len(pop)} attributions of moved entries ({corpus})")
    return RESULTS / f"{stem}.blind.csv"


def _right(labels: pd.Series, categories: pd.Series) -> pd.Series:
    """Whether each judged label is the category (``evidential`` is right when judged ``none``: not someone's
    utterance or view)."""
    return labels == categories.where(categories != "evidential", "none")


def _moved_score(blind: Path) -> dict:
    """A judged sheet of :func:`draw_moved`: per judge, rows right after (the new category), right before (the old),
    made wrong and made right."""
    stem = blind.name.removesuffix(".blind.csv")
    judges = sorted(RESULTS.glob(f"{stem}.judge*.csv"))
    if not judges:
        return {}
    sheet = pd.read_csv(blind, dtype=str, keep_default_na=False)
    key = _drawn_categories(stem, sheet)
    meta = json.loads((RESULTS / f"{stem}.moved.json").read_text(encoding="utf-8"))
    seed = int(meta["seed"])
    earlier = set()
    for other in sorted(RESULTS.glob(f"verb_*_{meta['corpus']}_seed*.blind.csv")):
        if int(re.search(r"_seed(\d+)\.", other.name).group(1)) < seed:
            o = pd.read_csv(other, dtype=str, keep_default_na=False)
            earlier |= set(zip(o["doc_id"], o["unit_id"], o["verb_start"]))
    out = {"corpus": meta["corpus"], "rows": len(sheet), "population": meta["population"], "was": meta["was"],
           "lexicon_version_drawn": meta["lexicon_version"], "judges": {},
           "rows_in_earlier_sheets": sum(k in earlier for k in zip(sheet["doc_id"], sheet["unit_id"],
                                                                    sheet["verb_start"]))}
    labels = []
    for path in judges:
        lab = _judged(path, sheet)
        after, before = _right(lab, key["verb_category"]), _right(lab, key["was_category"])
        n = len(sheet)
        by_entry = {e: {"n": len(g), "right_after": int(after[g.index].sum()), "right_before": int(before[g.index].sum()),
                        "judged_as": lab[g.index].value_counts().sort_index().to_dict()}
                    for e, g in key.groupby("verb_lemma")}
        out["judges"][path.name] = {
            "right_after": int(after.sum()), "right_before": int(before.sum()), "n": n,
            "right_after_share": round(float(after.mean()), 4), "wilson95": HC.wilson(int(after.sum()), n),
            "made_wrong": int((before & ~after).sum()), "made_right": int((after & ~before).sum()),
            "by_entry": by_entry}
        labels.append(lab)
    return {**out, **_between(labels)}


def _between(labels: list[pd.Series]) -> dict:
    """``agreement_between_judges`` of the first two judges (rows labelled alike, Cohen's kappa), or nothing."""
    agree = HC.judges_agreement(labels)
    return {"agreement_between_judges": agree} if agree else {}


def _judged(path: Path, sheet: pd.DataFrame) -> pd.Series:
    """A judge's labels, checked against the blind sheet (rows in order, the judge's columns, known labels)."""
    j = pd.read_csv(path, dtype=str, keep_default_na=False)
    if list(j["draw_row"]) != list(sheet["draw_row"]) or not set(JUDGE_COLUMNS) <= set(j.columns):
        raise SystemExit(f"{path}: must hold the blind sheet's rows in order and the columns {JUDGE_COLUMNS}")
    lab = j["category"].str.strip().str.lower()
    bad = sorted(set(lab) - set(LABELS))
    if bad:
        raise SystemExit(f"{path}: category must be one of {LABELS}, found {bad}")
    return lab


def stratified_estimates(lexicon: pd.Series, judged: pd.Series, weights: dict[str, float]) -> dict:
    """Population figures of one judge's reading of a stratified draw.

    Parameters
    ----------
    lexicon : Series
        The lexicon's category of each drawn row (the stratum).
    judged : Series
        The judge's label of each row (one of :data:`LABELS`).
    weights : dict
        Category -> its share of the population's attributions (summing to 1 over :data:`CATEGORIES`).

    Returns
    -------
    dict
        ``agreement`` (the weighted share of attributions whose category the judge confirms), and per label
        ``share_lexicon`` (the lexicon's share), ``share_judged`` (the weighted share the judge would give it) and
        ``recall`` (the part of ``share_judged`` the lexicon puts in that category; None when ``share_judged`` is 0).
        Intervals are left to :func:`_bounds`.
    """
    p = {c: (judged[lexicon == c].value_counts(normalize=True) if (lexicon == c).any() else pd.Series(dtype=float))
         for c in CATEGORIES}
    out = {"agreement": round(sum(weights[c] * float(p[c].get(c, 0.0)) for c in CATEGORIES), 4), "labels": {}}
    for lab in LABELS:
        judged_share = sum(weights[c] * float(p[c].get(lab, 0.0)) for c in CATEGORIES)
        hit = weights.get(lab, 0.0) * float(p[lab].get(lab, 0.0)) if lab in CATEGORIES else 0.0
        out["labels"][lab] = {"share_lexicon": round(weights.get(lab, 0.0), 4), "share_judged": round(judged_share, 4),
                              "recall": round(hit / judged_share, 4) if judged_share > 0 else None}
    return out


def _bounds(lexicon: pd.Series, judged: pd.Series, weights: dict) -> dict:
    """Conservative 95% bounds of :func:`stratified_estimates`: every stratum's share of each label taken anywhere in
    its Wilson 95% interval (a union bound, wider than 95%; a bootstrap would give a stratum with no row of a label
    no uncertainty at all)."""
    lo, hi = {}, {}
    for c in CATEGORIES:
        m = lexicon == c
        for lab in LABELS:
            lo[c, lab], hi[c, lab] = HC.wilson(int((judged[m] == lab).sum()), int(m.sum())) if m.any() else (0.0, 1.0)
    out = {"agreement": [round(sum(weights[c] * lo[c, c] for c in CATEGORIES), 4),
                         round(sum(weights[c] * hi[c, c] for c in CATEGORIES), 4)], "labels": {}}
    for lab in LABELS:
        own_lo = weights.get(lab, 0.0) * lo[lab, lab] if lab in CATEGORIES else 0.0
        own_hi = weights.get(lab, 0.0) * hi[lab, lab] if lab in CATEGORIES else 0.0
        rest_lo = sum(weights[c] * lo[c, lab] for c in CATEGORIES if c != lab)
        rest_hi = sum(weights[c] * hi[c, lab] for c in CATEGORIES if c != lab)
        recall = None
        if lab in CATEGORIES and own_hi > 0:
            recall = [round(own_lo / (own_lo + rest_hi), 4) if own_lo + rest_hi > 0 else 0.0,
                      round(own_hi / (own_hi + rest_lo), 4)]
        out["labels"][lab] = {"share_judged": [round(own_lo + rest_lo, 4), round(own_hi + rest_hi, 4)],
                              "recall": recall}
    return out


def _sheet_score(blind: Path, cache: dict) -> dict:
    """One judged sheet's figures: against the categories of its draw (``by_category``, ``population``: the check of
    the lexicon version it was drawn with) and, as development figures, against the checked-out lexicon's categories
    of the same rows (``by_category_now``: unweighted, the strata were drawn by the old categories)."""
    stem = blind.name.removesuffix(".blind.csv")
    judges = sorted(RESULTS.glob(f"{stem}.judge*.csv"))
    if not judges:
        return {}
    corpus = re.match(r"verb_check_(.+)_seed\d+$", stem).group(1)
    strata = json.loads((RESULTS / f"{stem}.strata.json").read_text(encoding="utf-8"))
    sheet = pd.read_csv(blind, dtype=str, keep_default_na=False)
    if corpus not in cache:
        cache[corpus] = RCD.attributions(corpus)[1].astype({"unit_id": str, "verb_start": str})
    keys = ["doc_id", "unit_id", "verb_start", "verb"]
    rows = sheet.merge(cache[corpus][keys + ["verb_category"]].drop_duplicates(keys), on=keys, how="left",
                       validate="one_to_one")
    now_cat = rows["verb_category"].fillna("(not found)")
    key = _drawn_categories(stem, sheet)
    drawn = key["verb_category"]
    total = sum(v["population"] for v in strata["strata"].values())
    weights = {c: strata["strata"][c]["population"] / total for c in CATEGORIES}
    out = {"corpus": corpus, "rows": len(sheet), "attributions": total, "lexicon_version_drawn":
           strata["lexicon_version"], "strata": strata["strata"],
           "rows_with_drawn_category_now": int((now_cat == drawn).sum()), "judges": {}}
    labels = []
    for path in judges:
        lab = _judged(path, sheet)
        per = {}
        for c in CATEGORIES:
            m = drawn == c
            k, n = int((lab[m] == c).sum()), int(m.sum())
            per[c] = {"confirmed": k, "n": n, "share": round(k / n, 4) if n else None, "wilson95": HC.wilson(k, n),
                      "judged_as": lab[m].value_counts().sort_index().to_dict()}
        by_lemma = {f"{c}:{le}": {"confirmed": int((lab[g.index] == c).sum()), "n": len(g)}
                    for (c, le), g in key.groupby(["verb_category", "verb_lemma"]) if c in CATEGORIES}
        by_now = {c: {"confirmed": int((lab[g.index] == c).sum()), "n": len(g),
                      "judged_as": lab[g.index].value_counts().sort_index().to_dict()}
                  for c, g in now_cat.to_frame("c").groupby("c")}
        est = stratified_estimates(drawn, lab, weights)
        ci = _bounds(drawn, lab, weights)
        est["agreement_ci95"] = ci["agreement"]
        for le in LABELS:
            est["labels"][le]["share_judged_ci95"] = ci["labels"][le]["share_judged"]
            est["labels"][le]["recall_ci95"] = ci["labels"][le]["recall"]
        out["judges"][path.name] = {"by_category": per, "by_lemma": by_lemma, "population": est,
                                    "by_category_now": by_now}
        labels.append(lab)
    return {**out, **_between(labels)}


def _drawn_categories(stem: str, sheet: pd.DataFrame) -> pd.DataFrame:
    """The lexicon's category of each row when it was drawn: the key ``<stem>.drawn.csv`` (``draw_row``,
    ``verb_lemma``, ``verb_category``), kept away from the judges until they are done and then committed beside the
    sheet."""
    drawn = pd.read_csv(RESULTS / f"{stem}.drawn.csv", dtype=str, keep_default_na=False)
    if list(drawn["draw_row"]) != list(sheet["draw_row"]):
        raise SystemExit(f"{stem}.drawn.csv: must hold the blind sheet's rows in order")
    return drawn


def score() -> dict:
    """Score every judged sheet in ``benchmarks/results``; write ``benchmarks/results/verb_check.json``."""
    cache: dict = {}
    sheets = {p.name: r for p in sorted(RESULTS.glob("verb_check_*.blind.csv")) if (r := _sheet_score(p, cache))}
    moved = {p.name: r for p in sorted(RESULTS.glob("verb_moved_*.blind.csv")) if (r := _moved_score(p))}
    result = {"computed": dt.date.today().isoformat(), "lexicon": "helpers/data/reporting_verbs.yaml",
              "lexicon_version": int(load_verbs()["version"]), "protocol": "benchmarks/results/verb_check_protocol.md",
              "datasets": HC.DATASETS, "sheets": sheets, "moved": moved}
    (RESULTS / "verb_check.json").write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return result


def _per_category(items: list[str]) -> dict[str, int]:
    out = {}
    for it in items:
        cat, _, n = it.partition("=")
        if cat not in CATEGORIES or not n.isdigit():
            raise SystemExit(f"--per-category: give CATEGORY=N with CATEGORY one of {CATEGORIES}, got {it!r}")
        out[cat] = int(n)
    return out


def _was(items: list[str]) -> dict[str, str]:
    out = {}
    for it in items:
        entry, _, cat = it.partition("=")
        if not entry or cat not in CATEGORIES:
            raise SystemExit(f"--moved: give ENTRY=OLD_CATEGORY with OLD_CATEGORY one of {CATEGORIES}, got {it!r}")
        out[entry] = cat
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", choices=RCD.CORPORA, default="allsides")
    ap.add_argument("--draw", type=int, metavar="SEED", help="write a blind sheet of a stratified draw")
    ap.add_argument("--per-category", nargs="+", default=["neutral=40", "loaded=20", "manner=20", "belief=20"],
                    metavar="CATEGORY=N", help="rows to draw per lexicon category (default: %(default)s)")
    ap.add_argument("--moved", nargs="+", metavar="ENTRY=OLD_CATEGORY",
                    help="with --draw: draw --n rows among the attributions of these entries, whose category the "
                         "installed lexicon moved from OLD_CATEGORY (a test of the change)")
    ap.add_argument("--n", type=int, default=50, help="rows of a --moved draw (default: %(default)s)")
    ap.add_argument("--key-dir", type=Path, default=RESULTS,
                    help="folder for the draw's key (each row's category), away from the judges (default: results)")
    ap.add_argument("--score", action="store_true", help="score every judged sheet; write verb_check.json")
    args = ap.parse_args(argv)
    if args.draw is None and not args.score:
        sys.exit("give --draw SEED or --score")
    if args.draw is not None and args.moved:
        draw_moved(args.corpus, args.draw, args.n, _was(args.moved), args.key_dir)
    elif args.draw is not None:
        draw(args.corpus, args.draw, _per_category(args.per_category), args.key_dir)
    if args.score:
        print(json.dumps(score(), indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
