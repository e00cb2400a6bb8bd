"""Scale: wall time and peak memory of every notebook, engine=pandas against engine=dask, at 100k (and 1M) articles.

Run on demand (not in CI; long), from the project root, on an otherwise quiet machine::

    .venv/bin/python benchmarks/bench_scale.py --sizes 100000
    .venv/bin/python benchmarks/bench_scale.py --sizes 100000 1000000 --engines dask
    .venv/bin/python benchmarks/bench_scale.py --sizes 100000 --engines dask --workers 4   # the distributed path

Corpora: AllSides resampled with replacement to N articles, every copy lightly perturbed
(``scale_data.perturbed_resample``), as uncompressed JSON Lines. For each size and engine, every notebook is
run on its own (``python -m helpers.report --notebooks NN -p engine E -p study us_politics``), in order,
sharing one cache folder that is empty at the start: ``00_corpus`` loads the corpus cold (and fills the
cache); the other notebooks find the loaded corpus there (warm). Each run's wall time and the peak memory of
its whole process tree (runner, kernel, Dask scheduler and workers; ``tree_monitor.py``) are recorded.

``--task-stream`` also loads the corpus once in this process on a local cluster of ``--workers`` worker
processes and records the scheduler's task stream summary (tasks, compute seconds and workers per step).

Results are merged into ``benchmarks/results/bench_scale.json`` (one entry per size, engine and workers,
with the data set, the date, the cache state and the machine's load average at the start).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scale_data  # noqa: E402
import tree_monitor  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "bench_scale.json"
NOTEBOOKS = ("00", "01", "02", "03", "04")


def run_notebooks(corpus: Path, engine: str, workers: int | None, notebooks) -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "NEWS_CACHE_DIR": str(Path(tmp) / "cache"), "TQDM_DISABLE": "1"}
        if workers:
            env["NEWS_DASK_WORKERS"] = str(workers)
        for i, nb in enumerate(notebooks):
            cmd = [sys.executable, "-m", "helpers.report", "--corpus", str(corpus), "--out", tmp, "--name", "scale",
                   "--notebooks", nb, "-p", "engine", engine, "-p", "study", "us_politics"]
            r = tree_monitor.run(cmd, env, str(ROOT))
            row = {"notebook": nb, "ok": r["returncode"] == 0, "wall_s": r["wall_s"], "peak_gb": r["peak_gb"],
                   "cache": "cold" if i == 0 else "warm (corpus loaded by 00_corpus)"}
            if r["returncode"] != 0:
                row["error"] = (r["stdout"] + r["stderr"])[-800:]
            print(engine, corpus.name, row, flush=True)
            rows.append(row)
    return rows


def task_stream(corpus: Path, workers: int | None) -> dict:
    """Load the corpus once on a local cluster and summarise the scheduler's task stream."""
    from distributed import get_task_stream

    from helpers.dask_corpus import load_corpus_dask
    from helpers.engine import close_client, get_client

    client = get_client(n_workers=workers)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, get_task_stream(client) as ts:
        df = load_corpus_dask(corpus, client, store=Path(tmp) / "store")
    wall = time.perf_counter() - t0
    steps: dict = defaultdict(lambda: {"tasks": 0, "compute_s": 0.0, "workers": set()})
    for t in ts.data:
        name = t["key"][0] if isinstance(t["key"], tuple) else str(t["key"])
        step = name.rsplit("-", 1)[0]
        s = steps[step]
        s["tasks"] += 1
        s["workers"].add(t["worker"])
        s["compute_s"] += sum(x["stop"] - x["start"] for x in t["startstops"] if x["action"] == "compute")
    n_workers = len(client.scheduler_info()["workers"])
    close_client()
    return {"workers": n_workers, "articles": len(df), "wall_s": round(wall, 1),
            "steps": {k: {"tasks": v["tasks"], "compute_s": round(v["compute_s"], 1), "workers_used": len(v["workers"])}
                      for k, v in sorted(steps.items())}}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    ap.add_argument("--engines", nargs="+", default=["pandas", "dask"], choices=["pandas", "dask"])
    ap.add_argument("--notebooks", nargs="+", default=list(NOTEBOOKS))
    ap.add_argument("--workers", type=int, default=None, help="Dask local worker processes (default: one per core)")
    ap.add_argument("--task-stream", action="store_true")
    a = ap.parse_args(argv)
    results = json.loads(RESULTS.read_text()) if RESULTS.is_file() else {"runs": []}
    for n in a.sizes:
        corpus = scale_data.perturbed_resample(n)
        for engine in a.engines:
            load = os.getloadavg()[0]
            rows = run_notebooks(corpus, engine, a.workers if engine == "dask" else None, a.notebooks)
            entry = {"dataset": f"AllSides (../shared/data/allsides) resampled to {n:,} articles, each copy perturbed "
                                f"(benchmarks/scale_data.py, {corpus.name})", "n_articles": n, "engine": engine,
                     "workers": (a.workers or os.cpu_count()) if engine == "dask" else 1,
                     "date": dt.date.today().isoformat(), "cpus": os.cpu_count(), "load_average_at_start": load,
                     "total_wall_s": round(sum(r["wall_s"] for r in rows), 1),
                     "peak_gb": max(r["peak_gb"] for r in rows), "notebooks": rows}
            results["runs"] = [r for r in results["runs"] if (r["n_articles"], r["engine"], r["workers"])
                               != (n, engine, entry["workers"])] + [entry]
            RESULTS.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
        if a.task_stream:
            results["task_stream"] = {"dataset": corpus.name, "date": dt.date.today().isoformat(),
                                      **task_stream(corpus, a.workers)}
            print(results["task_stream"])
            RESULTS.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(f"written {RESULTS}")


if __name__ == "__main__":
    main()
