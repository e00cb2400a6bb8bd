"""Recall of MinHash LSH near-duplicate pairs against all pairs, on 2,000-article AllSides samples.

Run on demand (not in CI), from the project root::

    .venv/bin/python benchmarks/bench_minhash.py

Three sets of 2,000 articles (``benchmarks/scale_data.py``): a random sample of distinct AllSides
articles (few near-duplicates: the corpus holds 7 duplicate bodies), a perturbed resample (drawn
with replacement, every copy with three words changed), and 500 articles with three edited copies each
(0-15 % of the words replaced, so similarities spread from about 0.3 to 1: clusters of four near the
threshold). The reference is every pair with shingle Jaccard >= the threshold, found by
comparing all 2 million pairs (:func:`helpers.measures.minhash.exact_pairs`); the LSH result keeps only pairs
whose exact Jaccard passes the same threshold, so it has no false positives and recall is the measure.
Results go to ``benchmarks/results/bench_minhash.json`` with the data set and the date.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scale_data  # noqa: E402

from helpers.measures.minhash import LSH_THRESHOLD, NUM_PERM, clusters, exact_pairs, near_duplicate_pairs, pair_recall  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results" / "bench_minhash.json"


def one(path: Path, min_jaccard: float) -> dict:
    df = pd.read_json(path, lines=True, dtype={"ID": str})
    texts, ids = df["text"].fillna("").tolist(), df["ID"].astype(str).tolist()
    t0 = time.perf_counter()
    ref = exact_pairs(texts, ids, min_jaccard=min_jaccard)
    t_ref = time.perf_counter() - t0
    t0 = time.perf_counter()
    got = near_duplicate_pairs(texts, ids, min_jaccard=min_jaccard)
    t_lsh = time.perf_counter() - t0
    cl = clusters(got, dict(zip(ids, df["source"].astype(str))))
    return {"data": path.name, "n_articles": len(df), "min_jaccard": min_jaccard, **pair_recall(got, ref),
            "n_clusters": len(cl), "largest_cluster": int(cl["size"].max()) if len(cl) else 0,
            "articles_in_clusters": int(cl["size"].sum()) if len(cl) else 0,
            "seconds_all_pairs": round(t_ref, 1), "seconds_lsh": round(t_lsh, 1)}


def main() -> None:
    rows = []
    for path in (scale_data.sample(2000), scale_data.perturbed_resample(2000), scale_data.graded_copies(500, 3)):
        for mj in (0.2, 0.5, 0.8):
            r = one(path, mj)
            print(r)
            rows.append(r)
    out = {"benchmark": "MinHash LSH recall of near-duplicate pairs against all pairs",
           "dataset": "AllSides (../shared/data/allsides), 2,000-article samples made by benchmarks/scale_data.py",
           "date": dt.date.today().isoformat(), "num_perm": NUM_PERM,
           "lsh_threshold": f"min({LSH_THRESHOLD}, 0.6 x min_jaccard)",
           "shingle_words": 5, "results": rows}
    RESULTS.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"written {RESULTS}")


if __name__ == "__main__":
    main()
