"""Memory of notebook 02's near-duplicate step on engine=dask, before and after it stopped growing with the corpus.

Run on demand (not in CI), from the project root::

    .venv/bin/python benchmarks/bench_lsh_memory.py --sizes 50000 100000 200000

What is measured is only the step that turned MinHash signatures into the text-reuse clusters and top pairs
(``helpers.notebook.corpus_wide._minhash_reuse`` without reading text), on **synthetic** signatures: N
articles made of N/5 stories with 5 copies each, every copy with 20 % of its 128 signature values replaced
at random (estimated Jaccard about 0.8 within a story), so the pairs grow as in the perturbed AllSides
resample. Each method runs in its own process on signatures made beforehand; the peak resident memory of that
process (signatures, ids and imports included: about 0.2 GB at 50,000 articles) and the wall time are recorded.

- ``datasketch``: the path before: every article inserted in a datasketch ``MinHashLSH`` index in the
  notebook's process, candidates in a Python set, every near-duplicate pair named by doc_id in a DataFrame,
  clusters with ``helpers.measures.minhash.clusters``.
- ``banded``: the path now: ``candidate_pairs(sigs, min_estimate=MIN_JACCARD)`` (each band sorted with
  NumPy, filtered band by band), ``clusters_of_rows`` on integer arrays, only the top pairs named.

Results: ``benchmarks/results/bench_lsh_memory.json``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "bench_lsh_memory.json"
COPIES = 5
CHANGED = 0.2


def synthetic(n: int, seed: int = 17) -> np.ndarray:
    """Signatures (uint32, n x 128) of n articles: n/COPIES stories, COPIES perturbed copies each."""
    rng = np.random.default_rng(seed)
    base = rng.integers(0, 2**32 - 1, size=(n // COPIES, 128), dtype=np.uint32)
    sigs = np.repeat(base, COPIES, axis=0)
    mask = rng.random(sigs.shape) < CHANGED
    sigs[mask] = rng.integers(0, 2**32 - 1, size=int(mask.sum()), dtype=np.uint32)
    return sigs[rng.permutation(len(sigs))]


def _rss_gb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20


def _datasketch(sigs, ids, groups) -> tuple[int, int]:
    import pandas as pd
    from datasketch import LeanMinHash, MinHashLSH

    from helpers.measures import minhash as MH

    lsh = MinHashLSH(threshold=MH.LSH_THRESHOLD, num_perm=sigs.shape[1])
    found = set()
    for i, row in enumerate(sigs.astype(np.uint64)):
        m = LeanMinHash(seed=0, hashvalues=row, scheme=MH.SCHEME)
        found |= {(j, i) for j in lsh.query(m)}
        lsh.insert(i, m)
    cand = np.array(sorted(found), dtype=np.int64).reshape(-1, 2)
    est = MH.estimates(sigs, cand[:, 0], cand[:, 1])
    cand, est = cand[est >= MH.MIN_JACCARD], est[est >= MH.MIN_JACCARD]
    a, b = ids[cand[:, 0]], ids[cand[:, 1]]
    pairs = pd.DataFrame({"doc_a": np.minimum(a, b), "doc_b": np.maximum(a, b), "jaccard": est})
    cl = MH.clusters(pairs, dict(zip(ids, groups)))
    pairs.sort_values(["jaccard", "doc_a", "doc_b"], ascending=[False, True, True], kind="stable").head(500)
    return len(cand), len(cl)


def _banded(sigs, ids, groups) -> tuple[int, int]:
    from helpers.measures import minhash as MH
    from helpers.notebook.corpus_wide import _top_pairs

    cand = MH.candidate_pairs(sigs, min_estimate=MH.MIN_JACCARD)
    est = MH.estimates(sigs, cand[:, 0], cand[:, 1])
    cl = MH.clusters_of_rows(cand[:, 0], cand[:, 1], est, ids, groups)
    _top_pairs(cand, est, ids, 500)
    return len(cand), len(cl)


def one(method: str, path: str) -> dict:
    import datasketch  # noqa: F401  (imported before the baseline, for both methods)
    import scipy.sparse.csgraph  # noqa: F401

    import helpers.notebook.corpus_wide  # noqa: F401

    sigs = np.load(path)  # made by the parent process: its making's peak is not in this one's
    n = len(sigs)
    ids = np.array([f"doc{k:08d}" for k in range(n)], dtype=object)
    groups = np.array([f"outlet {k % 7}" for k in range(n)], dtype=object)
    t0 = time.perf_counter()
    n_pairs, n_clusters = {"datasketch": _datasketch, "banded": _banded}[method](sigs, ids, groups)
    return {"method": method, "n_articles": n, "wall_s": round(time.perf_counter() - t0, 1),
            "peak_gb": round(_rss_gb(), 3),
            "near_duplicate_pairs": n_pairs, "clusters": n_clusters}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[50_000, 100_000, 200_000])
    ap.add_argument("--methods", nargs="+", default=["datasketch", "banded"], choices=["datasketch", "banded"])
    ap.add_argument("--one", nargs=2, metavar=("METHOD", "SIGS_NPY"), help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.one:
        print(json.dumps(one(a.one[0], a.one[1])))
        return
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in a.sizes:
            path = Path(tmp) / f"sigs-{n}.npy"
            np.save(path, synthetic(n))
            for m in a.methods:
                out = subprocess.run([sys.executable, __file__, "--one", m, str(path)], capture_output=True, text=True,
                                     cwd=ROOT, check=True)
                rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
                print(rows[-1], flush=True)
    for n in a.sizes:  # both methods must find the same pairs and clusters
        found = {(r["near_duplicate_pairs"], r["clusters"]) for r in rows if r["n_articles"] == n}
        if len(found) > 1:
            raise SystemExit(f"the methods disagree at {n} articles: {found}")
    RESULTS.write_text(json.dumps({
        "benchmark": "notebook 02's near-duplicate step (signatures -> clusters and top pairs), engine dask",
        "dataset": f"synthetic MinHash signatures: n/{COPIES} stories x {COPIES} copies, {CHANGED:.0%} of the 128 "
                   "values of each copy replaced (seed 17); not article text",
        "date": dt.date.today().isoformat(), "cpus": os.cpu_count(), "load_average_at_start": os.getloadavg()[0],
        "runs": rows}, indent=1) + "\n", encoding="utf-8")
    print(f"written {RESULTS}")


if __name__ == "__main__":
    main()
