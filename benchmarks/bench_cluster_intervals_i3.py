"""Coverage of the article (cluster) intervals with few articles, round 3 (issue 12bg-i3): per-kind adoption.

Run on demand (not in CI), from the project root::

    .venv/bin/python benchmarks/bench_cluster_intervals_i3.py [--reps 1000]

Round 2 (``bench_cluster_intervals_i2.py``, seed 20261219) found Korn-Graubard met the bar for shares on all six
generators and the cluster-robust t interval for the mean on all three, but the symmetric t interval failed for the
rate under a skewed article multiplier (misses nearly all with the truth above the interval). This round judges each
kind on its own and gives the rate an asymmetric candidate.

The candidates: for shares, Korn & Graubard's interval (``interval="kg"`` of
:func:`helpers.stats.intervals.bootstrap_cluster_share`, as in round 2); for the mean, the cluster-robust t interval
(``interval="t"``, as in round 2); for the rate, the cluster-robust t interval on the log scale (``interval="log_t"``
of :func:`helpers.stats.intervals.bootstrap_cluster_ratio`: ``estimate * exp(-/+ t(G - 1) * se / estimate)``, ``se``
the CR1 standard error of the ratio, i.e. the Wald interval of an intercept-only Poisson log-link model with offset
log(words) and a cluster-robust standard error). Chosen from the literature before any run: a rate is positive, its
estimate right-skewed over few articles and its standard error grows with it, so the log scale is the usual scale
for inference on counts per exposure (Zeger & Liang 1986; Cameron & Trivedi 2013; Cameron & Miller 2015 for CR1 and
t(G - 1) with few clusters). Not the bootstrap-t / percentile-t: with 3-5 articles a resample drawing one article
over and over has a standard error of 0 and an unbounded studentised statistic, and there are only C(2G - 1, G)
distinct resamples (126 at G = 5); Efron & Tibshirani (1993, "An Introduction to the Bootstrap", ch. 12) note the
bootstrap-t is erratic in small samples unless the statistic is first put on a variance-stabilising scale. The
current method: the percentile bootstrap over articles (``interval="percentile"``, 1,000 resamples, the repetition
number as seed). The round-2 t interval is recorded for shares and the rate (not part of the bar).

Seed :data:`SEED`: new (not 20261203 of round 1, 20261204 of ``study_cluster_share_kg.py`` and the t test, 20261219
of round 2, 20261220 of the KG test, nor 20261230, the scratch seed on which the log-t candidate is tried after it was
chosen and committed, rate only, never used for this bar). Kinds and generators: as in round 2 (the first of each is round 1's),
G = 3, 5, 10, 20 and 40 articles of 10-30 sentences, ``--reps`` repetitions per cell.

The bar (pre-registered by the lead, written into this file's commit before it was run), PER KIND (mean; shares,
prevalence 0.1 and 0.3; rate): for all three generators, the candidate's 95% coverage >= 0.90 at G = 5, 10 and 20
and within 0.93-0.97 at G = 40, and never below the current percentile method's at any G. G = 3 and the median
width ratio are reported whatever they are. A kind that meets it gets its candidate as the function's default.
Results: ``benchmarks/results/cluster_interval_coverage_i3.json`` and ``.md``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from helpers.stats.intervals import (  # noqa: E402
    bootstrap_cluster_mean,
    bootstrap_cluster_ratio,
    bootstrap_cluster_share,
)

RESULTS = ROOT / "benchmarks" / "results" / "cluster_interval_coverage_i3"
SEED = 20261231
GS = (3, 5, 10, 20, 40)
N_BOOT = 1000
CI = 0.95
MU, RATE = 0.2, 0.02
KINDS = ("mean", "share_0.1", "share_0.3", "rate")
GENERATORS = {
    "mean": {"round1 (s=0.3)": 0.3, "halved (s=0.15)": 0.15, "doubled (s=0.6)": 0.6},
    "share": {"round1 (rho=0.2)": 0.2, "rho=0.05": 0.05, "rho=0.4": 0.4},
    "rate": {"round1 (k=2, sd 0.71)": 2.0, "halved (k=8, sd 0.35)": 8.0, "doubled (k=0.5, sd 1.41)": 0.5},
}
CANDIDATE = {"mean": "t", "share_0.1": "kg", "share_0.3": "kg", "rate": "log_t"}
FAMILIES = ("mean", "share", "rate")
BAR = ("per kind (mean; shares at prevalence 0.1 and 0.3; rate), for all three generators: the candidate's 95% "
       "coverage >= 0.90 at G = 5, 10 and 20 and within 0.93-0.97 at G = 40, and never below the current percentile "
       "method's at any G")


@dataclass(frozen=True)
class Round:
    """One pre-registered round on these generators: its seed, candidates, bar, results file and page text.

    ``per_kind``: the verdict is given per kind (round 3) rather than one verdict over every kind and generator
    (round 2, ``bench_cluster_intervals_i2.py``, which runs this module with its own :class:`Round`)."""

    number: int
    seed: int
    candidate: dict
    bar: str
    per_kind: bool
    results: Path
    candidates_text: str
    misses_column: bool = True


ROUND3 = Round(3, SEED, CANDIDATE, BAR, True, RESULTS,
               "Korn-Graubard (`kg`) for shares, cluster-robust t with G/(G-1) and t(G-1) (`t`) for the mean, the same "
               "t on the log scale (`log_t`) for the rate. Generators: `benchmarks/bench_cluster_intervals_i3.py` (as "
               "in round 2; the first of each kind is round 1's). Column (t): the round-2 t interval, recorded only.")


def _family(kind: str) -> str:
    return "share" if kind.startswith("share_") else kind


def _sizes(rng, g):
    return rng.integers(10, 31, size=g)


def _mean_data(rng, g, s):
    sizes = _sizes(rng, g)
    clusters = np.repeat(np.arange(g), sizes)
    values = MU + rng.normal(0, s, size=g)[clusters] + rng.normal(0, 0.3, size=clusters.size)
    return (values, clusters), MU


def _share_data(rng, g, p, rho):
    sizes = _sizes(rng, g)
    clusters = np.repeat(np.arange(g), sizes)
    total = (1 - rho) / rho
    prevalence = rng.beta(total * p, total * (1 - p), size=g)
    flags = rng.random(clusters.size) < prevalence[clusters]
    return (flags, clusters), p


def _rate_data(rng, g, shape):
    sizes = _sizes(rng, g)
    clusters = np.repeat(np.arange(g), sizes)
    words = 5 + rng.poisson(17, size=clusters.size)
    mult = rng.gamma(shape, 1 / shape, size=g)
    events = rng.poisson(RATE * words * mult[clusters])
    return (events, words, clusters), RATE


def generator(kind: str, param: float):
    """The simulator of ``kind`` with its generator parameter: ``f(rng, g)`` -> (arguments, truth)."""
    if kind == "mean":
        return lambda r, g: _mean_data(r, g, param)
    if kind.startswith("share_"):
        p = float(kind.split("_")[1])
        return lambda r, g: _share_data(r, g, p, param)
    if kind == "rate":
        return lambda r, g: _rate_data(r, g, param)
    raise ValueError(kind)


def methods(kind: str, rnd: Round = ROUND3) -> tuple[str, ...]:
    """Current, candidate, and the t interval where it is not the candidate (recorded only)."""
    cand = rnd.candidate[kind]
    return ("percentile", cand) + (("t",) if cand != "t" else ())


def interval(kind: str, args, method: str, seed: int) -> dict:
    opts = {"n_boot": N_BOOT, "ci": CI, "seed": seed, "interval": method}
    if kind == "mean":
        return bootstrap_cluster_mean(*args, **opts)
    if kind.startswith("share_"):
        return bootstrap_cluster_share(*args, **opts)
    return bootstrap_cluster_ratio(*args, bounds=(0, None), **opts)


def run_cell(kind: str, gen: str, g: int, reps: int, rnd: Round = ROUND3) -> dict:
    """Coverage, misses by side and median width of each method over ``reps`` data sets of ``g`` articles."""
    names = list(GENERATORS[_family(kind)])
    rng = np.random.default_rng([rnd.seed, KINDS.index(kind), names.index(gen), g])
    make = generator(kind, GENERATORS[_family(kind)][gen])
    ms = methods(kind, rnd)
    covered = {m: 0 for m in ms}
    below = {m: 0 for m in ms}  # misses with the truth below the interval
    widths = {m: [] for m in ms}
    seen = {m: {} for m in ms}
    for r in range(reps):
        args, truth = make(rng, g)
        for m in ms:
            b = interval(kind, args, m, r)
            lo, hi = b["ci_low"], b["ci_high"]
            covered[m] += bool(lo <= truth <= hi)  # NaN bounds: not covered
            below[m] += bool(truth < lo)
            widths[m].append(hi - lo)
            seen[m][b["method"]] = seen[m].get(b["method"], 0) + 1
    out = {"kind": kind, "generator": gen, "G": g, "reps": reps, "candidate": rnd.candidate[kind]}
    for m in ms:
        out[m] = {"coverage": covered[m] / reps, "misses_truth_below": below[m],
                  "misses_truth_above": reps - covered[m] - below[m],
                  "median_width": float(np.nanmedian(np.asarray(widths[m], dtype=float))), "methods": seen[m]}
    out["width_ratio"] = out[rnd.candidate[kind]]["median_width"] / out["percentile"]["median_width"]
    return out


def verdict(cells: list[dict], rnd: Round = ROUND3) -> dict:
    """The pre-registered bar, kind and generator by kind and generator, then per kind (all its generators) or, for a
    round without ``per_kind``, one verdict over all of them."""
    per = {}
    for kind in KINDS:
        for gen in GENERATORS[_family(kind)]:
            mine = {c["G"]: c for c in cells if c["kind"] == kind and c["generator"] == gen}
            if not mine:
                continue
            cand = rnd.candidate[kind]
            fails = []
            for g in (5, 10, 20):
                if g in mine and mine[g][cand]["coverage"] < 0.90:
                    fails.append(f"G={g}: {mine[g][cand]['coverage']:.3f} < 0.90")
            if 40 in mine and not 0.93 <= mine[40][cand]["coverage"] <= 0.97:
                fails.append(f"G=40: {mine[40][cand]['coverage']:.3f} outside 0.93-0.97")
            for g, c in sorted(mine.items()):
                if c[cand]["coverage"] < c["percentile"]["coverage"]:
                    fails.append(f"G={g}: {c[cand]['coverage']:.3f} below current {c['percentile']['coverage']:.3f}")
            per[f"{kind} / {gen}"] = {"met": not fails, "fails": fails}
    if not rnd.per_kind:
        return {"bar": rnd.bar, "met": all(v["met"] for v in per.values()), "per_kind_generator": per}
    kinds = {f: all(v["met"] for k, v in per.items() if _family(k.split(" / ")[0]) == f) for f in FAMILIES}
    return {"bar": rnd.bar, "per_kind": kinds, "per_kind_generator": per}


def markdown(result: dict, rnd: Round = ROUND3) -> str:
    """The results page of a round."""
    cols = "| kind | generator | G | current | candidate | (t) | median width current | median width candidate | " \
           "candidate / current width |"
    cols += " candidate misses: truth above / below |" if rnd.misses_column else ""
    lines = [f"# Coverage of the article intervals with few articles, round {rnd.number} "
             f"(issue 12bg-i{rnd.number}, {result['date']})", "",
             f"Data set: {result['dataset']} ({result['reps']} repetitions per cell, seed {rnd.seed}, nominal "
             f"{CI:.0%}). Current = percentile bootstrap over articles ({N_BOOT} resamples); candidate = "
             f"{rnd.candidates_text} Run time {result['seconds'] / 60:.0f} min.", "",
             cols, "|" + "---|" * (cols.count("|") - 1)]
    for c in result["cells"]:
        p, k = c["percentile"], c[c["candidate"]]
        t = f"{c['t']['coverage']:.3f}" if c["candidate"] != "t" else ""
        row = (f"| {c['kind']} | {c['generator']} | {c['G']} | {p['coverage']:.3f} | {k['coverage']:.3f} | "
               f"{t} | {p['median_width']:.4f} | {k['median_width']:.4f} | {c['width_ratio']:.2f} |")
        lines.append(row + (f" {k['misses_truth_above']} / {k['misses_truth_below']} |" if rnd.misses_column else ""))
    v = result["verdict"]
    lines += ["", f"Bar (pre-registered): {v['bar']}.", ""]
    if rnd.per_kind:
        lines += ["**Verdict per kind: " + "; ".join(
            f"{f} ({'/'.join(sorted({rnd.candidate[k] for k in KINDS if _family(k) == f}))}) "
            f"{'met' if ok else 'not met'}" for f, ok in v["per_kind"].items()) + ".**", ""]
    else:
        lines += [f"**Verdict: {'met' if v['met'] else 'not met'}.**"]
    for name, k in v["per_kind_generator"].items():
        lines.append(f"- {name}: {'met' if k['met'] else 'not met: ' + '; '.join(k['fails'])}")
    return "\n".join(lines) + "\n"


def main(rnd: Round = ROUND3, argv=None) -> None:
    """Run every kind, generator and G of the round ``rnd`` and write its results (json and md)."""
    ap = argparse.ArgumentParser(description=f"Coverage of the article intervals, round {rnd.number}")
    ap.add_argument("--reps", type=int, default=1000)
    args = ap.parse_args(argv)
    start = time.time()
    cells = []
    for kind in KINDS:
        for gen in GENERATORS[_family(kind)]:
            for g in GS:
                cells.append(run_cell(kind, gen, g, args.reps, rnd))
                c = cells[-1]
                print(f"{kind:9s} {gen:24s} G={g:2d} current {c['percentile']['coverage']:.3f} "
                      f"candidate {c[c['candidate']]['coverage']:.3f} width x{c['width_ratio']:.2f} "
                      f"({time.time() - start:.0f}s)", flush=True)
    result = {"dataset": "simulation", "date": dt.date.today().isoformat(), "reps": args.reps, "n_boot": N_BOOT,
              "ci": CI, "seed": rnd.seed, "generators": GENERATORS, "candidate": rnd.candidate,
              "seconds": round(time.time() - start), "cells": cells}
    result["verdict"] = verdict(cells, rnd)
    rnd.results.parent.mkdir(parents=True, exist_ok=True)
    rnd.results.with_suffix(".json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    rnd.results.with_suffix(".md").write_text(markdown(result, rnd), encoding="utf-8")
    print(markdown(result, rnd))


if __name__ == "__main__":
    main()
