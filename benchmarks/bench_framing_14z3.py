"""Generic frames on all 214 frames-dev articles: thresholds fit on attested cues, on new fold seeds (issue 14z3).

Run on demand (not in CI), from the project root::

    .venv/bin/python benchmarks/bench_framing_14z3.py [--data ../shared/data/frames-dev/nfc_dev.csv]
                                                      [--seeds 20-39] [--no-tfidf]

Pre-registered in docs/VALIDATION.md, "Issue 14z3", before the first run. Same design as
``bench_framing_all.py`` (issue 14z2, whose outputs this script leaves alone): stratified :data:`FOLDS`-fold CV per
label over all articles, one pooled out-of-fold F1 per repeat and label, macro-F1 the mean over the labels, mean
(sd over repeats), differences paired on the same folds, variants ``plain`` (every cue counts) and ``unseen-cue``
(the test fold counts only the cues of a frame found in a training-fold article), on the new fold seeds
:data:`SEEDS`. A cue is *attested in >= m* when the cue of the frame (or of a frame in its ``article_with``) is found
in at least ``m`` training articles. Rules (thresholds fit in the training folds, :func:`fit_min_cues` up to
:data:`MAX_CUES`):

* ``fixed shipped thresholds``: the ``article_min_cues`` of codebook version 6 (``V6_THRESHOLDS``, fit on the 111
  development articles; pinned, as version 7 holds this round's outcome), not fitted in the folds;
* ``(a) baseline``: fit on training scores counting every cue;
* ``(e) attested >= 2``: fit on training scores counting only cues attested in >= 2 training articles;
* ``(f) attested >= m, m by inner CV``: :func:`choose_min_attested`, then as (e) with that ``m``;
* ``(g) attested >= 2, bagged``: :func:`fit_bagged` on (e)'s training scores;
* ``all positive`` and ``TF-IDF`` (the baseline of ``bench_framing.py``, trained on the training folds).

The decision (:func:`decide`) and the thresholds every rule fits on all articles are written beside the figures.
With ``--seeds 0-19`` (the control) the (a) and (e) rows must reproduce 14z2's. Output: a Markdown table on stdout
and :data:`OUT_JSON` (no text).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_framing import DATA, FOLDS, LABELS, MAPPING, f1, tfidf_cv  # noqa: E402
from bench_framing_all import MAX_CUES, V6_THRESHOLDS, describe, load_all, markdown  # noqa: E402
from bench_framing_robust import FAMILY  # noqa: E402

from helpers.framing.articles import codebook_article_with, fit_min_cues  # noqa: E402

OUT_JSON = ROOT / "benchmarks" / "results" / "bench_framing_all_14z3.json"
SEEDS = list(range(20, 40))
"""Fold seeds of the pre-registered run (14z2 used and read 0-19)."""
M_CHOICES = (2, 1, 3)
"""Attestation minima (f) chooses among, in order of preference on ties (2, then the smaller)."""
N_BAG = 50
"""Bootstrap fits bagged in (g)."""
FIXED = "fixed shipped thresholds"
BASE = "(a) baseline"
RULES = [FIXED, BASE, "(e) attested >= 2", "(f) attested >= m, m by inner CV", "(g) attested >= 2, bagged"]
CANDIDATES = RULES[2:]
VARIANTS = ["plain", "unseen-cue"]


def cue_matrix(table, docs: list, frames: list[str]) -> np.ndarray:
    """Articles x (frame, cue): the capped occurrences of each counted cue of ``frames`` (from ``article_cue_table``).

    The sum of a row is the article score of the first frame with the others added (``article_with``).
    """
    t = table[(table["family"] == FAMILY) & table["frame"].isin(frames)]
    keys = sorted(set(zip(t["frame"], t["cue"])))
    col = {k: j for j, k in enumerate(keys)}
    row = {d: i for i, d in enumerate(docs)}
    x = np.zeros((len(docs), len(keys)))
    for d, fr, c, n in zip(t["doc_id"], t["frame"], t["cue"], t["n"]):
        if d in row:
            x[row[d], col[(fr, c)]] += n
    return x


def attested(x: np.ndarray, rows: np.ndarray, m: int) -> np.ndarray:
    """Columns (cues) of ``x`` found in at least ``m`` of the articles ``rows``."""
    return (x[rows] > 0).sum(axis=0) >= m


def score(x: np.ndarray, keep: np.ndarray | None = None) -> np.ndarray:
    """Article scores counting every cue (``keep`` None) or only the columns in ``keep``."""
    return x.sum(axis=1) if keep is None else x[:, keep].sum(axis=1)


def fit_attested(x: np.ndarray, y: np.ndarray, rows: np.ndarray, m: int) -> int:
    """Threshold of maximal F1 on the articles ``rows``, scored counting only cues attested in >= ``m`` of them."""
    return fit_min_cues(score(x, attested(x, rows, m))[rows], y[rows], max_cues=MAX_CUES)


def choose_min_attested(
    x: np.ndarray, y: np.ndarray, rows: np.ndarray, seed: int, choices=M_CHOICES, folds: int = FOLDS
) -> int:
    """The attestation minimum of best inner cross-validated F1 under the unseen-cue condition.

    Inner stratified ``folds``-fold CV on the articles ``rows`` (``seed``): per inner split and ``m``, the threshold
    is fit on the inner-training articles counting cues attested in >= ``m`` of them (:func:`fit_attested`), and the
    inner test articles count only cues found in >= 1 inner-training article. Pooled inner F1 per ``m``; ties go to
    the earlier of ``choices``.
    """
    from sklearn.model_selection import StratifiedKFold

    rows = np.asarray(rows)
    yr = y[rows]
    pred = {m: np.zeros(len(rows), dtype=bool) for m in choices}
    for itr, ite in StratifiedKFold(folds, shuffle=True, random_state=seed).split(rows, yr):
        tr, te = rows[itr], rows[ite]
        test_score = score(x, attested(x, tr, 1))[te]
        for m in choices:
            pred[m][ite] = test_score >= fit_attested(x, y, tr, m)
    got = {m: f1(yr, pred[m]) for m in choices}
    return max(choices, key=lambda m: got[m])


def fit_bagged(s: np.ndarray, y: np.ndarray, n_boot: int = N_BAG, seed: int = 0) -> int:
    """The median of ``n_boot`` maximal-F1 thresholds fit on bootstrap resamples of the articles, rounded down."""
    s, y = np.asarray(s, dtype=float), np.asarray(y, dtype=bool)
    rng = np.random.default_rng(seed)
    fits = [fit_min_cues(s[i], y[i], max_cues=MAX_CUES) for i in rng.integers(0, len(y), size=(n_boot, len(y)))]
    return int(np.floor(np.median(fits)))


def _label_matrices(d: dict) -> dict[str, np.ndarray]:
    with_map = {fr: w for (fam, fr), w in codebook_article_with(d["books"]).items() if fam == FAMILY}
    return {lab: cue_matrix(d["table"], d["docs"], [MAPPING[lab], *with_map.get(MAPPING[lab], [])]) for lab in LABELS}


def fold_predictions(x: np.ndarray, y: np.ndarray, tr: np.ndarray, te: np.ndarray, seed: int, fixed: int) -> dict:
    """Test-fold predictions of every rule and variant for one training / test split."""
    full = score(x)
    variants = {"plain": full[te], "unseen-cue": score(x, attested(x, tr, 1))[te]}
    s2 = score(x, attested(x, tr, 2))
    t = {
        FIXED: fixed,
        BASE: fit_min_cues(full[tr], y[tr], max_cues=MAX_CUES),
        RULES[2]: fit_min_cues(s2[tr], y[tr], max_cues=MAX_CUES),
        RULES[3]: fit_attested(x, y, tr, choose_min_attested(x, y, tr, seed)),
        RULES[4]: fit_bagged(s2[tr], y[tr]),
    }
    return {(rule, v): s >= t[rule] for rule in RULES for v, s in variants.items()}


def cross_validate(d: dict, seeds: list[int], tfidf: bool = True) -> dict:
    """F1 per (rule, variant), label and repeat."""
    from sklearn.model_selection import StratifiedKFold

    mats = _label_matrices(d)
    n = len(seeds)
    out = {(rule, v): {lab: np.zeros(n) for lab in LABELS} for rule in RULES for v in VARIANTS}
    out.update({(b, "plain"): {lab: np.zeros(n) for lab in LABELS} for b in ("all positive", "TF-IDF")})
    for lab in LABELS:
        y, x = d["gold"][lab].to_numpy(), mats[lab]
        fixed = V6_THRESHOLDS[lab]
        for i, r in enumerate(seeds):
            preds = {k: np.zeros(len(y), dtype=bool) for k in out if k[0] in RULES}
            for tr, te in StratifiedKFold(FOLDS, shuffle=True, random_state=r).split(x, y):
                for k, p in fold_predictions(x, y, tr, te, r, fixed).items():
                    preds[k][te] = p
            record(out, preds, lab, i, y, d["texts"] if tfidf else None, r)
    return out


def record(out: dict, preds: dict, lab: str, i: int, y: np.ndarray, texts, seed: int) -> None:
    """Store repeat ``i``'s F1 of every prediction in ``preds`` for ``lab``, with all-positive and (when ``texts``
    is given) the TF-IDF baseline on the same fold seed."""
    for k, p in preds.items():
        out[k][lab][i] = f1(y, p)
    out[("all positive", "plain")][lab][i] = f1(y, np.ones(len(y), dtype=bool))
    if texts is not None:
        out[("TF-IDF", "plain")][lab][i] = f1(y, tfidf_cv(texts, y, seed=seed))


def _macro(per: dict[str, np.ndarray]) -> np.ndarray:
    return np.mean([per[lab] for lab in LABELS], axis=0)


def _ms(v: np.ndarray) -> list[float]:
    return [round(float(v.mean()), 4), round(float(v.std()), 4)]


def summarise(per: dict) -> dict:
    """Mean (sd) macro-F1 and per label; paired differences to (a) and to the fixed thresholds on the same folds."""
    rules: dict = {}
    for (rule, v), val in per.items():
        res = {"macro_F1": _ms(_macro(val)), **{lab: _ms(val[lab]) for lab in LABELS}}
        for ref, key in ((BASE, "paired_diff_to_a"), (FIXED, "paired_diff_to_fixed")):
            if (ref, v) in per and ref != rule:
                res[key] = _ms(_macro(val) - _macro(per[(ref, v)]))
        rules.setdefault(rule, {})[v] = res
    return rules


def decide(rules: dict) -> dict:
    """The pre-registered decision: the candidate of best unseen-cue macro-F1 and the three conditions."""
    best = max(CANDIDATES, key=lambda r: rules[r]["unseen-cue"]["macro_F1"][0])
    u = rules[best]["unseen-cue"]
    checks = {
        "beats (a) by more than one paired sd (unseen-cue)": u["paired_diff_to_a"][0] > u["paired_diff_to_a"][1],
        "does not lose to the fixed thresholds by more than one paired sd (unseen-cue)": u["paired_diff_to_fixed"][0]
        >= -u["paired_diff_to_fixed"][1],
        "plain macro-F1 not more than 0.01 below (a)": rules[best]["plain"]["paired_diff_to_a"][0] >= -0.01,
    }
    return {"best_candidate": best, "checks": checks, "ship": best if all(checks.values()) else None}


def fit_all(d: dict) -> dict:
    """The thresholds every rule fits on all articles (for (f): the chosen m too, inner CV seed 0)."""
    rows = np.arange(len(d["docs"]))
    res = {}
    for lab, x in _label_matrices(d).items():
        y = d["gold"][lab].to_numpy()
        full, s2 = score(x), score(x, attested(x, rows, 2))
        m = choose_min_attested(x, y, rows, seed=0)
        res[lab] = {
            BASE: fit_min_cues(full, y, max_cues=MAX_CUES),
            RULES[2]: fit_min_cues(s2, y, max_cues=MAX_CUES),
            RULES[3]: fit_attested(x, y, rows, m),
            "(f) m": m,
            RULES[4]: fit_bagged(s2, y),
        }
    return res


def run(data: Path, seeds: list[int], tfidf: bool = True) -> dict:
    d = load_all(data)
    rules = summarise(cross_validate(d, seeds, tfidf=tfidf))
    cv = (
        f"{len(seeds)} repeats of stratified {FOLDS}-fold CV per label, fold seeds {seeds[0]}-{seeds[-1]}; one "
        "pooled out-of-fold F1 per repeat; mean and sd over repeats; paired differences on the same folds"
    )
    return {
        **describe(d, data, cv),
        "seeds": seeds,
        "settings": {"max_cues": MAX_CUES, "m_choices_in_tie_order": list(M_CHOICES), "n_bag": N_BAG},
        "rules": rules,
        "decision": decide(rules),
        "shipped_thresholds": V6_THRESHOLDS,
        "fit_on_all": fit_all(d),
    }


def _seeds(text: str) -> list[int]:
    lo, _, hi = text.partition("-")
    return list(range(int(lo), int(hi or lo) + 1))


def cli(argv, doc: str, run_fn, show, out_json: Path, seeds: list[int]) -> None:
    """The command line of these rounds: ``--data``, ``--seeds``, ``--no-tfidf``, ``--out``; runs ``run_fn(data, seeds,
    tfidf=...)``, writes ``out_json`` for the reported ``seeds`` (with TF-IDF) or ``--out``, prints ``show(res)``."""
    span = f"{seeds[0]}-{seeds[-1]}"
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--seeds", type=_seeds, default=seeds, help=f"fold seeds, e.g. {span} (the reported run)")
    ap.add_argument("--no-tfidf", action="store_true", help="skip the TF-IDF baseline (faster)")
    ap.add_argument("--out", type=Path, default=None, help=f"results JSON (default {out_json.name} for seeds {span})")
    args = ap.parse_args(argv)
    if not args.data.is_file():
        raise SystemExit(f"{args.data} not found: pass --data with nfc_dev.csv.")
    res = run_fn(args.data, args.seeds, tfidf=not args.no_tfidf)
    out = args.out or (out_json if args.seeds == seeds and not args.no_tfidf else None)
    if out is not None:
        out.write_text(json.dumps(res, indent=1) + "\n")
    print(show(res))


def main(argv=None) -> None:
    cli(argv, __doc__, run, lambda r: markdown(r, diffs=("paired_diff_to_a", "paired_diff_to_fixed")), OUT_JSON, SEEDS)


if __name__ == "__main__":
    main()
