"""Coverage of the article (cluster) intervals with few articles: percentile bootstrap against cluster-robust t.

Run on demand (not in CI), from the project root::

    .venv/bin/python benchmarks/bench_cluster_intervals.py [--reps 1000]

Issue 12bg-i. Simulated clustered data with a known truth (data set "simulation"), at G = 3, 5, 10, 20 and 40
articles of 10-30 sentences each, ``--reps`` repetitions per G and kind, fixed seeds. Kinds:

``mean``
    Sentence values: the true mean 0.2, plus an article effect N(0, 0.3), plus sentence noise N(0, 0.3) (the
    generator of ``tests/test_cluster_bootstrap.py``), through :func:`helpers.stats.intervals.bootstrap_cluster_mean`.
``share_0.1``, ``share_0.3``
    0/1 sentence flags: each article's prevalence drawn from Beta(4p, 4(1 - p)) (mean p, intra-article
    correlation 0.2), each sentence flagged with its article's prevalence; the truth is p. Through
    :func:`helpers.stats.intervals.bootstrap_cluster_share` (a sample with no flag, or all flagged, gets the
    Wilson interval over articles in both methods).
``rate``
    Events over words: sentences of 5 + Poisson(17) words, events Poisson(0.02 * words * the article's
    multiplier), the multiplier Gamma(shape 2, mean 1); the truth is 0.02 events per word. Through
    :func:`helpers.stats.intervals.bootstrap_cluster_ratio` with ``bounds=(0, None)``.

Both intervals are computed on the same simulated data (``"percentile"`` with 1,000 resamples and the repetition
number as seed; ``"t"``). Results: ``benchmarks/results/cluster_interval_coverage.json`` and ``.md`` (coverage and
median width per G, kind and method; how much wider the new intervals are; the bar's verdict).

The bar (written before the "t" interval's simulation was run): the new 95% interval's coverage >= 0.90 at
G = 5, 10 and 20 and within 0.93-0.97 at G = 40 for each kind, and never below the current method's at any G.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
import bench_cluster_intervals_i3 as _later  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "cluster_interval_coverage"
GS = (3, 5, 10, 20, 40)
KINDS = ("mean", "share_0.1", "share_0.3", "rate")
METHODS = ("percentile", "t")
SEED = 20261203
N_BOOT = 1000
CI = 0.95
MU, RATE = 0.2, 0.02
BAR = ("new 95% interval's coverage >= 0.90 at G = 5, 10 and 20 and within 0.93-0.97 at G = 40 for each kind, "
       "and never below the current (percentile) method's at any G")


def generator(kind: str):
    """The simulator of ``kind``: ``f(rng, g)`` -> (arguments of the interval function, truth); round 1's generators
    are the first of each kind in ``bench_cluster_intervals_i3.py`` (article-effect spread 0.3, rho 0.2, Gamma shape 2)."""
    return _later.generator(kind, {"mean": 0.3, "rate": 2.0}.get(kind, 0.2))


interval = _later.interval
"""The interval of one data set by one method (as in the later rounds)."""


def run_cell(kind: str, g: int, reps: int) -> dict:
    """Coverage and widths of both methods over ``reps`` data sets of ``g`` articles."""
    rng = np.random.default_rng([SEED, KINDS.index(kind), g])
    make = generator(kind)
    covered = {m: 0 for m in METHODS}
    widths = {m: [] for m in METHODS}
    methods_seen = {m: {} for m in METHODS}
    for r in range(reps):
        args, truth = make(rng, g)
        for m in METHODS:
            b = interval(kind, args, m, r)
            lo, hi = b["ci_low"], b["ci_high"]
            covered[m] += bool(lo <= truth <= hi)  # NaN bounds: not covered
            widths[m].append(hi - lo)
            methods_seen[m][b["method"]] = methods_seen[m].get(b["method"], 0) + 1
    out = {"kind": kind, "G": g, "reps": reps}
    for m in METHODS:
        w = np.asarray(widths[m], dtype=float)
        out[m] = {"coverage": covered[m] / reps, "median_width": float(np.nanmedian(w)),
                  "methods": methods_seen[m]}
    out["width_ratio"] = out["t"]["median_width"] / out["percentile"]["median_width"]
    return out


def verdict(cells: list[dict]) -> dict:
    """The pre-registered bar, kind by kind."""
    per_kind = {}
    for kind in KINDS:
        mine = {c["G"]: c for c in cells if c["kind"] == kind}
        fails = []
        for g in (5, 10, 20):
            if g in mine and mine[g]["t"]["coverage"] < 0.90:
                fails.append(f"G={g}: {mine[g]['t']['coverage']:.3f} < 0.90")
        if 40 in mine and not 0.93 <= mine[40]["t"]["coverage"] <= 0.97:
            fails.append(f"G=40: {mine[40]['t']['coverage']:.3f} outside 0.93-0.97")
        for g, c in sorted(mine.items()):
            if c["t"]["coverage"] < c["percentile"]["coverage"]:
                fails.append(f"G={g}: {c['t']['coverage']:.3f} below current {c['percentile']['coverage']:.3f}")
        per_kind[kind] = {"met": not fails, "fails": fails}
    return {"bar": BAR, "met": all(v["met"] for v in per_kind.values()), "per_kind": per_kind}


def markdown(result: dict) -> str:
    lines = [f"# Coverage of the article intervals with few articles (issue 12bg-i, {result['date']})", "",
             f"Data set: {result['dataset']} ({result['reps']} repetitions per G and kind, seed {SEED}, "
             f"nominal {CI:.0%}; current = percentile bootstrap over articles, {N_BOOT} resamples; new = "
             "cluster-robust standard error with G/(G-1) and t(G-1) quantiles). Generators: "
             "`benchmarks/bench_cluster_intervals.py`.", "",
             "| kind | G | coverage current | coverage new | median width current | median width new | "
             "new / current width |", "|---|---|---|---|---|---|---|"]
    for c in result["cells"]:
        p, t = c["percentile"], c["t"]
        lines.append(f"| {c['kind']} | {c['G']} | {p['coverage']:.3f} | {t['coverage']:.3f} | "
                     f"{p['median_width']:.4f} | {t['median_width']:.4f} | {c['width_ratio']:.2f} |")
    v = result["verdict"]
    lines += ["", f"Bar (pre-registered): {v['bar']}.", "",
              f"**Verdict: {'met' if v['met'] else 'not met'}.**"]
    for kind, k in v["per_kind"].items():
        lines.append(f"- {kind}: {'met' if k['met'] else 'not met: ' + '; '.join(k['fails'])}")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=1000)
    args = ap.parse_args()
    cells = []
    for kind in KINDS:
        for g in GS:
            cells.append(run_cell(kind, g, args.reps))
            c = cells[-1]
            print(f"{kind:10s} G={g:2d} current {c['percentile']['coverage']:.3f} new {c['t']['coverage']:.3f} "
                  f"width x{c['width_ratio']:.2f}", flush=True)
    result = {"dataset": "simulation", "date": dt.date.today().isoformat(), "reps": args.reps, "n_boot": N_BOOT,
              "ci": CI, "seed": SEED, "cells": cells}
    result["verdict"] = verdict(cells)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.with_suffix(".json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    RESULTS.with_suffix(".md").write_text(markdown(result), encoding="utf-8")
    print(markdown(result))


if __name__ == "__main__":
    main()
