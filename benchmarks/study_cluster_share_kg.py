"""Exploratory, after issue 12bg-i's verdict: an effective-sample-size interval for shares over few articles.

Run on demand, from the project root::

    .venv/bin/python benchmarks/study_cluster_share_kg.py

Not pre-registered: written after the cluster-robust t interval failed its bar on shares at prevalence 0.1
(``benchmarks/results/cluster_interval_coverage.md``: its misses were nearly all the truth above the interval, the
symmetric interval being too short on the side away from 0). The candidate is Korn & Graubard's interval for a
survey proportion (1998, "Confidence intervals for proportions with small expected number of positive counts
estimated from survey data", Survey Methodology 24(2)): Clopper-Pearson (or Wilson) over the effective sample size
``p(1 - p) / V`` (``V`` the cluster-robust variance with ``G / (G - 1)``, capped at the rows), scaled by
``(z / t(G - 1))^2`` for the degrees of freedom. The share generators of ``bench_cluster_intervals.py`` with fresh
seeds (``SEED + 1``), 1,000 repetitions per G; prints coverage and median width of the percentile bootstrap, the t
interval and the two Korn-Graubard variants. A next round would have to pre-register it on other seeds.
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from scipy.stats import beta, norm, t

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]
import bench_cluster_intervals as B  # noqa: E402

from helpers.stats.intervals import _cluster_sums, bootstrap_cluster_share, wilson_interval  # noqa: E402


def korn_graubard(flags, clusters, ci: float = 0.95, variant: str = "cp") -> tuple[float, float]:
    """Korn-Graubard interval of a share over clusters (``variant`` "cp": Clopper-Pearson, "wilson": Wilson)."""
    y, m, n = _cluster_sums(np.asarray(flags, dtype=float), np.ones(len(flags)), clusters)
    g, k = y.size, int(y.sum())
    p = k / n
    if k in (0, n):
        return wilson_interval(g if k else 0, g, ci)
    v = g / (g - 1) * np.sum((y - p * m) ** 2) / n**2
    a = (1 - ci) / 2
    neff = (min(n, p * (1 - p) / v) if v > 0 else n) * (norm.ppf(1 - a) / t.ppf(1 - a, g - 1)) ** 2
    x = p * neff
    if variant == "wilson":
        return wilson_interval(x, neff, ci)
    return float(beta.ppf(a, x, neff - x + 1)), float(beta.ppf(1 - a, x + 1, neff - x))


def main(reps: int = 1000) -> None:
    for kind in ("share_0.1", "share_0.3"):
        for g in B.GS:
            rng = np.random.default_rng([B.SEED + 1, B.KINDS.index(kind), g])
            make = B.generator(kind)
            cov, widths = {}, {}
            for r in range(reps):
                (f, c), p = make(rng, g)
                bounds = {m: bootstrap_cluster_share(f, c, n_boot=B.N_BOOT, seed=r, interval=m) for m in B.METHODS}
                bounds = {m: (b["ci_low"], b["ci_high"]) for m, b in bounds.items()}
                bounds.update({f"kg_{v}": korn_graubard(f, c, variant=v) for v in ("cp", "wilson")})
                for m, (lo, hi) in bounds.items():
                    cov[m] = cov.get(m, 0) + (lo <= p <= hi)
                    widths.setdefault(m, []).append(hi - lo)
            print(kind, g, " ".join(f"{m} {cov[m] / reps:.3f} (width {np.median(widths[m]):.3f})" for m in cov),
                  flush=True)


if __name__ == "__main__":
    main()
