"""Benchmark of the topic step (notebook 01) at 1k, 10k and 100k articles.

Run on demand (not in CI), from the project root::

    .venv/bin/python benchmarks/bench_topics.py                  # 1k, 10k, 100k articles
    .venv/bin/python benchmarks/bench_topics.py --sizes 1000 37554 --unit article

Articles are drawn from the AllSides corpus (``../shared/data/allsides/
articles.jsonl.gz``, 37,554 articles; sizes above that are drawn with
replacement and renumbered) when it is present, else generated (synthetic
articles from 20 planted themes over a Zipf vocabulary). Each size runs in a
fresh Python process so that its peak memory is its own; tokenizing workers
are separate processes and their peak is reported separately.

The step timed is what the notebook does between loading the corpus and
drawing figures: split into units (``helpers.corpus.segment``), vectorize once, sweep
k on a sample, refit for stability, score every unit, build the article table
and the bootstrap prevalence by group. The raw AllSides text is used as the
article body (the loader's cleaning is not part of this step; passages repeated
in 10 or more articles are still left out, as in the notebook). Prints a
Markdown table.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ALLSIDES = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.gz"
sys.path.insert(0, str(ROOT))


def load_articles(n: int, seed: int = 0):
    """``n`` articles (``doc_id``, ``outlet``, ``bias_text``, ``text``, ``raw``) and the source name."""
    import numpy as np

    rng = np.random.default_rng(seed)
    if ALLSIDES.is_file():
        import pyarrow.json as pj

        df = pj.read_json(ALLSIDES).to_pandas()[["source", "bias_text", "text"]]
        idx = rng.choice(len(df), size=n, replace=n > len(df))
        df = df.iloc[np.sort(idx)].reset_index(drop=True)
        src = f"AllSides ({'resampled with replacement' if n > 37_554 else 'random subset'})"
    else:
        df = _generate(n, rng)
        src = "generated"
    df = df.rename(columns={"source": "outlet"})
    df.insert(0, "doc_id", [f"a{i:06d}" for i in range(n)])
    df["raw"] = df["text"]
    return df, src


def _generate(n: int, rng):
    import numpy as np
    import pandas as pd

    letters = "abcdefghijklmnopqrstuvwxyz"
    vocab = np.array(["w" + letters[i // 676] + letters[i // 26 % 26] + letters[i % 26] for i in range(17_576)])
    zipf = 1 / np.arange(1, len(vocab) + 1)
    themes = [rng.choice(len(vocab), 60, replace=False) for _ in range(20)]
    texts, outlets = [], []
    for i in range(n):
        mix = rng.dirichlet(np.full(20, 0.2))
        paras = []
        for _ in range(20):
            t = rng.choice(20, p=mix)
            words = np.concatenate([vocab[rng.choice(themes[t], 15)],
                                    rng.choice(vocab, 25, p=zipf / zipf.sum())])
            paras.append(" ".join(rng.permutation(words)))
        texts.append("\n\n".join(paras))
        outlets.append(f"outlet{i % 50}")
    bias = rng.choice(["left", "center", "right"], size=n)
    return pd.DataFrame({"source": outlets, "bias_text": bias, "text": texts})


class PeakMemory:
    """Peak resident memory of this process plus its children (tokenizing and fitting workers),
    sampled every 0.1 s in a background thread (psutil)."""

    def __init__(self):
        import threading

        import psutil

        self.peak = 0
        self._proc = psutil.Process()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self):
        import psutil

        while not self._stop.is_set():
            try:
                procs = [self._proc, *self._proc.children(recursive=True)]
                self.peak = max(self.peak, sum(p.memory_info().rss for p in procs))
            except psutil.Error:
                pass
            time.sleep(0.1)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak / 1e9


def run_one(n: int, unit: str, k_min: int, k_max: int, sample_size: int, seeds: int, n_boot: int) -> dict:
    """Time the topic step on ``n`` articles in this process."""
    from helpers import topics as T

    articles, src = load_articles(n)
    mem = PeakMemory()
    load_before = os.getloadavg()[0]
    cpu0 = time.process_time()
    times = {}
    t0 = time.perf_counter()
    units = T.topic_units(articles, unit, columns=["outlet", "bias_text"])
    units = units[T.repeated_units(units).to_numpy() == 0].reset_index(drop=True)
    times["units"] = time.perf_counter() - t0

    t = time.perf_counter()
    dtm = T.vectorize(units["text"])
    times["vectorize"] = time.perf_counter() - t

    t = time.perf_counter()
    sweep, models = T.sweep_topics(dtm, k_min, k_max, sample_size=sample_size)
    k = T.choose_k(sweep)
    times["sweep"] = time.perf_counter() - t

    t = time.perf_counter()
    model = models[k]
    weights = model.transform(dtm)
    order = T.prevalence_order(T.topic_shares(weights))
    model, weights = model.reordered(order), weights[:, order]
    shares = T.topic_shares(weights)
    coherence = T.model_coherence(model, dtm, 10)
    times["score_all"] = time.perf_counter() - t

    t = time.perf_counter()
    stab = T.topic_stability(dtm, model, seeds=list(range(1, seeds + 1)))
    times["stability"] = time.perf_counter() - t

    t = time.perf_counter()
    doc = T.document_topics(units, shares, ["outlet", "bias_text"])
    T.topic_table(model, dtm, shares, coherence, stab["stability"].to_numpy())
    T.representative_passages(units, weights, dtm, 3, ["outlet"])
    T.prevalence_by_group(doc, "bias_text", n_boot=n_boot)
    times["tables"] = time.perf_counter() - t
    times["total"] = time.perf_counter() - t0
    return {"articles": n, "source": src, "units": len(units), "terms": dtm.n_terms,
            "nnz": int(dtm.counts.nnz), "k": k, "fit_units": int(sweep["fit_units"].iloc[0]),
            "times": times, "cpu_s": time.process_time() - cpu0, "peak_gb": mem.stop(),
            "peak_self_gb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6,
            "load": [round(load_before, 2), round(os.getloadavg()[0], 2)]}


def markdown(results: list[dict], args) -> str:
    head = ("| articles | units | terms | k | split + repeats | vectorize | sweep k | score all | stability "
            "| tables | **wall total** | CPU (main) | **peak memory** | load avg |")
    lines = [head, "|" + "|".join(["---"] * 14) + "|"]
    for r in results:
        t = r["times"]
        lines.append(
            f"| {r['articles']:,} | {r['units']:,} | {r['terms']:,} | {r['k']} "
            f"| {t['units']:.1f} s | {t['vectorize']:.1f} s | {t['sweep']:.1f} s | {t['score_all']:.1f} s "
            f"| {t['stability']:.1f} s | {t['tables']:.1f} s | **{t['total']:.1f} s** | {r['cpu_s']:.0f} s "
            f"| **{r['peak_gb']:.2f} GB** | {r['load'][0]}→{r['load'][1]} |"
        )
    src = "; ".join(dict.fromkeys(f"{r['articles']:,}: {r['source']}" for r in results))
    lines.append("")
    lines.append(
        f"Data: {src}. unit={args.unit}, k={args.k_min}..{args.k_max} swept on {args.sample_size:,} sampled units, "
        f"{args.seeds} stability refits, {args.n_boot} bootstrap resamples (prevalence by bias_text). "
        f"Peak memory: resident memory of the process and its worker processes together. Load avg: the "
        f"1-minute load before and after (above the core count, other jobs were competing for the CPU). "
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}."
    )
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    ap.add_argument("--unit", default="paragraph", choices=["paragraph", "sentence", "article"])
    ap.add_argument("--k-min", type=int, default=3)
    ap.add_argument("--k-max", type=int, default=12)
    ap.add_argument("--sample-size", type=int, default=10_000)
    ap.add_argument("--seeds", type=int, default=5, help="number of stability refits")
    ap.add_argument("--n-boot", type=int, default=1000)
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        res = run_one(args.one, args.unit, args.k_min, args.k_max, args.sample_size, args.seeds, args.n_boot)
        print(json.dumps(res))
        return 0
    results = []
    for n in args.sizes:
        cmd = [sys.executable, __file__, "--one", str(n), "--unit", args.unit, "--k-min", str(args.k_min),
               "--k-max", str(args.k_max), "--sample-size", str(args.sample_size), "--seeds", str(args.seeds),
               "--n-boot", str(args.n_boot)]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True,
                             env={**os.environ, "TQDM_DISABLE": "1"})
        res = json.loads(out.stdout.strip().splitlines()[-1])
        results.append(res)
        print(f"{n:,} articles: {res['times']['total']:.1f} s, peak {res['peak_gb']:.2f} GB", file=sys.stderr, flush=True)
    print(markdown(results, args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
