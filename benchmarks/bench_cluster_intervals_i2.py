"""Coverage of the article (cluster) intervals with few articles, round 2 (issue 12bg-i2): fresh seed, three generators.

Run on demand (not in CI), from the project root::

    .venv/bin/python benchmarks/bench_cluster_intervals_i2.py [--reps 1000]

The candidate: for shares, Korn & Graubard's interval (``interval="kg"`` of
:func:`helpers.stats.intervals.bootstrap_cluster_share`: Clopper-Pearson over the effective sample size
``p (1 - p) / V``, ``V`` the cluster-robust variance with ``G / (G - 1)``, capped at the rows, times
``(z / t(G - 1))^2``; Korn & Graubard 1998, Survey Methodology 24(2); Dean & Pagano 2015 on its behaviour); for the
mean and the rate, the cluster-robust t interval (``interval="t"``). The current method: the percentile bootstrap over
articles (``interval="percentile"``, 1,000 resamples, the repetition number as seed). Both on the same simulated data
(data set "simulation"), at G = 3, 5, 10, 20 and 40 articles of 10-30 sentences, ``--reps`` repetitions per cell,
seed :data:`SEED` (new: not 20261203 of round 1, nor 20261204 of ``study_cluster_share_kg.py`` and the tests).

Kinds and generators (the first of each is round 1's, ``benchmarks/bench_cluster_intervals.py``):

``mean``
    Sentence values 0.2 + an article effect N(0, s) + sentence noise N(0, 0.3), with the article-effect spread
    s = 0.3 (round 1), 0.15 (halved) and 0.6 (doubled). Truth 0.2.
``share_0.1``, ``share_0.3``
    0/1 sentence flags; each article's prevalence drawn from Beta(p (1 - rho) / rho, (1 - p) (1 - rho) / rho), whose
    mean is p and whose intra-article correlation is rho: rho = 0.2 (round 1: Beta(4p, 4(1 - p))), 0.05
    (Beta(19p, 19(1 - p))) and 0.4 (Beta(1.5p, 1.5(1 - p))). Truth p. Samples with no flag or all flagged get the
    Wilson interval over articles in every method.
``rate``
    Sentences of 5 + Poisson(17) words, events Poisson(0.02 * words * the article's multiplier), the multiplier
    Gamma with mean 1 and shape k: k = 2 (round 1, sd 0.71), k = 8 (sd 0.35, halved) and k = 0.5 (sd 1.41,
    doubled). Truth 0.02 per word. ``bounds=(0, None)``.

For shares the round-1 t interval is run as well and recorded in the JSON (not part of the bar).

The bar (pre-registered by the lead, written into this file's commit before it was run): for every kind and
generator, the candidate's 95% coverage >= 0.90 at G = 5, 10 and 20 and within 0.93-0.97 at G = 40, and never below
the current percentile method's at any G. G = 3 is reported whatever it is.
Results: ``benchmarks/results/cluster_interval_coverage_i2.json`` and ``.md``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from helpers.stats.intervals import (  # noqa: E402
    bootstrap_cluster_mean,
    bootstrap_cluster_ratio,
    bootstrap_cluster_share,
)

RESULTS = ROOT / "benchmarks" / "results" / "cluster_interval_coverage_i2"
SEED = 20261219
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
CANDIDATE = {"mean": "t", "share_0.1": "kg", "share_0.3": "kg", "rate": "t"}
BAR = ("for every kind and generator, the candidate's 95% coverage >= 0.90 at G = 5, 10 and 20 and within "
       "0.93-0.97 at G = 40, and never below the current percentile method's at any G")


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


def methods(kind: str) -> tuple[str, ...]:
    """Current, candidate (and for shares the round-1 t interval, recorded only)."""
    return ("percentile", "kg", "t") if kind.startswith("share_") else ("percentile", "t")


def interval(kind: str, args, method: str, seed: int) -> dict:
    opts = {"n_boot": N_BOOT, "ci": CI, "seed": seed, "interval": method}
    if kind == "mean":
        return bootstrap_cluster_mean(*args, **opts)
    if kind.startswith("share_"):
        return bootstrap_cluster_share(*args, **opts)
    return bootstrap_cluster_ratio(*args, bounds=(0, None), **opts)


def run_cell(kind: str, gen: str, g: int, reps: int) -> dict:
    names = list(GENERATORS[_family(kind)])
    rng = np.random.default_rng([SEED, KINDS.index(kind), names.index(gen), g])
    make = generator(kind, GENERATORS[_family(kind)][gen])
    ms = methods(kind)
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
    out = {"kind": kind, "generator": gen, "G": g, "reps": reps, "candidate": CANDIDATE[kind]}
    for m in ms:
        out[m] = {"coverage": covered[m] / reps, "misses_truth_below": below[m],
                  "misses_truth_above": reps - covered[m] - below[m],
                  "median_width": float(np.nanmedian(np.asarray(widths[m], dtype=float))), "methods": seen[m]}
    out["width_ratio"] = out[CANDIDATE[kind]]["median_width"] / out["percentile"]["median_width"]
    return out


def verdict(cells: list[dict]) -> dict:
    """The pre-registered bar, kind and generator by kind and generator."""
    per = {}
    for kind in KINDS:
        for gen in GENERATORS[_family(kind)]:
            mine = {c["G"]: c for c in cells if c["kind"] == kind and c["generator"] == gen}
            if not mine:
                continue
            cand = CANDIDATE[kind]
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
    return {"bar": BAR, "met": all(v["met"] for v in per.values()), "per_kind_generator": per}


def markdown(result: dict) -> str:
    lines = [f"# Coverage of the article intervals with few articles, round 2 (issue 12bg-i2, {result['date']})", "",
             f"Data set: {result['dataset']} ({result['reps']} repetitions per cell, seed {SEED}, nominal {CI:.0%}). "
             f"Current = percentile bootstrap over articles ({N_BOOT} resamples); candidate = Korn-Graubard "
             "(`kg`) for shares, cluster-robust t with G/(G-1) and t(G-1) (`t`) for mean and rate. Generators: "
             "`benchmarks/bench_cluster_intervals_i2.py` (the first of each kind is round 1's). Run time "
             f"{result['seconds'] / 60:.0f} min.", "",
             "| kind | generator | G | current | candidate | (t, shares) | median width current | "
             "median width candidate | candidate / current width |", "|---|---|---|---|---|---|---|---|---|"]
    for c in result["cells"]:
        p, k = c["percentile"], c[c["candidate"]]
        t = f"{c['t']['coverage']:.3f}" if c["candidate"] != "t" else ""
        lines.append(f"| {c['kind']} | {c['generator']} | {c['G']} | {p['coverage']:.3f} | {k['coverage']:.3f} | "
                     f"{t} | {p['median_width']:.4f} | {k['median_width']:.4f} | {c['width_ratio']:.2f} |")
    v = result["verdict"]
    lines += ["", f"Bar (pre-registered): {v['bar']}.", "", f"**Verdict: {'met' if v['met'] else 'not met'}.**"]
    for name, k in v["per_kind_generator"].items():
        lines.append(f"- {name}: {'met' if k['met'] else 'not met: ' + '; '.join(k['fails'])}")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=1000)
    args = ap.parse_args()
    start = time.time()
    cells = []
    for kind in KINDS:
        for gen in GENERATORS[_family(kind)]:
            for g in GS:
                cells.append(run_cell(kind, gen, g, args.reps))
                c = cells[-1]
                print(f"{kind:9s} {gen:24s} G={g:2d} current {c['percentile']['coverage']:.3f} "
                      f"candidate {c[c['candidate']]['coverage']:.3f} width x{c['width_ratio']:.2f} "
                      f"({time.time() - start:.0f}s)", flush=True)
    result = {"dataset": "simulation", "date": dt.date.today().isoformat(), "reps": args.reps, "n_boot": N_BOOT,
              "ci": CI, "seed": SEED, "generators": GENERATORS, "candidate": CANDIDATE,
              "seconds": round(time.time() - start), "cells": cells}
    result["verdict"] = verdict(cells)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.with_suffix(".json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    RESULTS.with_suffix(".md").write_text(markdown(result), encoding="utf-8")
    print(markdown(result))


if __name__ == "__main__":
    main()
