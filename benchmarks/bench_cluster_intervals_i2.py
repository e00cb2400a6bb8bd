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
Results: ``benchmarks/results/cluster_interval_coverage_i2.json`` and ``.md``. The generators, the cells and the
verdict are those of ``bench_cluster_intervals_i3.py`` (round 3 ran the same generators), with this round's
:data:`ROUND2`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_cluster_intervals_i3 import ROOT, Round, main  # noqa: E402

ROUND2 = Round(
    2, 20261219, {"mean": "t", "share_0.1": "kg", "share_0.3": "kg", "rate": "t"},
    "for every kind and generator, the candidate's 95% coverage >= 0.90 at G = 5, 10 and 20 and within 0.93-0.97 at "
    "G = 40, and never below the current percentile method's at any G",
    False, ROOT / "benchmarks" / "results" / "cluster_interval_coverage_i2",
    "Korn-Graubard (`kg`) for shares, cluster-robust t with G/(G-1) and t(G-1) (`t`) for mean and rate. Generators: "
    "`benchmarks/bench_cluster_intervals_i3.py` (the first of each kind is round 1's).",
    misses_column=False,
)
"""Round 2's seed (new then), candidates and bar, as pre-registered in this file's first commit."""

if __name__ == "__main__":
    main(ROUND2)
