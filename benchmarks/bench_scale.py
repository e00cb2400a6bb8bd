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


def run_notebooks(corpus: Path, engine: str, workers: int | None, notebooks, keep: Path | None = None):
    """Run each notebook on its own, in order, with one shared cache; yield each run's row as it ends.

    With ``keep``, the report folder and the cache are kept there instead of in a temporary folder (for
    ``profile_cells.py``, which times every cell).
    """
    with tempfile.TemporaryDirectory() as tmp:
        if keep is not None:
            tmp = str(keep / f"{corpus.stem}-{engine}")
            Path(tmp).mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "NEWS_CACHE_DIR": str(Path(tmp) / "cache"), "TQDM_DISABLE": "1"}
        if workers:
            env["NEWS_DASK_WORKERS"] = str(workers)
        for i, nb in enumerate(notebooks):
            cmd = [sys.executable, "-m", "helpers.report.runner", "--corpus", str(corpus), "--out", tmp, "--name", "scale",
                   "--notebooks", nb, "-p", "engine", engine, "-p", "study", "us_politics"]
            load = os.getloadavg()[0]
            r = tree_monitor.run(cmd, env, str(ROOT))
            row = {"notebook": nb, "ok": r["returncode"] == 0, "wall_s": r["wall_s"], "peak_gb": r["peak_gb"],
                   "load_average_at_start": round(load, 2),
                   "cache": "cold" if i == 0 else "warm (corpus loaded by 00_corpus)"}
            if r["returncode"] != 0:
                row["error"] = (r["stdout"] + r["stderr"])[-800:]
            print(engine, corpus.name, row, flush=True)
            yield row


def task_stream(corpus: Path, workers: int | None) -> dict:
    """Build the partitioned store of the corpus once on a local cluster; summarise the scheduler's task stream.

    Only the per-partition steps run (read, clean, templates, finish: ``_build_store``); the table is not
    gathered into this process, so the peak memory is that of the partitioned path alone.
    """
    from distributed import get_task_stream

    from helpers.core.engine import close_client, get_client
    from helpers.corpus.dask_corpus import _build_store, _expand

    client = get_client(n_workers=workers)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, get_task_stream(client) as ts, tree_monitor.PeakOfThisTree() as peak:
        store = Path(tmp) / "store"
        _build_store(corpus, _expand(corpus), client, None, {}, True, "error", store, 16 * 2**20, 2000)
        n_parts = len(list((store / "final").glob("*.parquet")))
        n_rows = sum(pq_rows(p) for p in (store / "final").glob("*.parquet"))
    wall = time.perf_counter() - t0
    steps: dict = defaultdict(lambda: {"tasks": 0, "compute_s": 0.0, "workers": set()})
    for t in ts.data:
        name = t["key"][0] if isinstance(t["key"], tuple) else str(t["key"])
        step = name.split("-", 1)[0]  # "_step_clean-<uuid>" -> "_step_clean"
        s = steps[step]
        s["tasks"] += 1
        s["workers"].add(t["worker"])
        s["compute_s"] += sum(x["stop"] - x["start"] for x in t["startstops"] if x["action"] == "compute")
    n_workers = len(client.scheduler_info()["workers"])
    close_client()
    return {"what": "partitioned store only (read, clean, site templates, finish); table not gathered",
            "workers": n_workers, "articles": n_rows, "partitions": n_parts, "wall_s": round(wall, 1),
            "peak_gb": peak.peak_gb,
            "steps": {k: {"tasks": v["tasks"], "compute_s": round(v["compute_s"], 1), "workers_used": len(v["workers"])}
                      for k, v in sorted(steps.items())}}


def markdown_table(results: dict) -> str:
    """The README table: one row per size, engine and workers; each notebook's wall time and peak memory."""
    head = "| articles | engine (workers) | " + " | ".join(f"notebook {n}" for n in NOTEBOOKS) + " | all notebooks |"
    lines = [head, "|" + "---:|" * (len(NOTEBOOKS) + 3)]
    order = ["", *VARIANT_LABELS]
    for r in sorted(results.get("runs", []), key=lambda r: (r["n_articles"], r["engine"] != "pandas", r["workers"],
                                                            order.index(r.get("variant", "")))):
        cells = {row["notebook"]: (f"{row['wall_s']:.0f} s / {row['peak_gb']:.1f} GB" if row["ok"] else "failed")
                 for row in r["notebooks"]}
        kind = f"{r['engine']} ({r['workers']})" + VARIANT_LABELS.get(r.get("variant", ""), "")
        lines.append(f"| {r['n_articles']:,} | {kind} | "
                     + " | ".join(cells.get(n, "not run") for n in NOTEBOOKS)
                     + f" | **{r['total_wall_s']:.0f} s / {r['peak_gb']:.1f} GB** |")
    return "\n".join(lines)


def pq_rows(path: Path) -> int:
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).metadata.num_rows


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    ap.add_argument("--engines", nargs="+", default=["pandas", "dask"], choices=["pandas", "dask"])
    ap.add_argument("--notebooks", nargs="+", default=list(NOTEBOOKS))
    ap.add_argument("--workers", type=int, default=None, help="Dask local worker processes (default: one per core)")
    ap.add_argument("--task-stream", action="store_true", help="also time the partitioned store alone")
    ap.add_argument("--task-stream-only", action="store_true", help="only that (no notebook runs)")
    ap.add_argument("--keep", type=Path, default=None, help="keep reports and cache in this folder")
    ap.add_argument("--no-save", action="store_true", help="do not write the results file (profiling runs)")
    ap.add_argument("--table", action="store_true", help="print the Markdown table of the results file and stop")
    a = ap.parse_args(argv)
    results = json.loads(RESULTS.read_text()) if RESULTS.is_file() else {"runs": []}
    if a.table:
        print(markdown_table(results))
        return
    for n in a.sizes:
        corpus = scale_data.perturbed_resample(n)
        for engine in ([] if a.task_stream_only else a.engines):
            load, rows = os.getloadavg()[0], []
            for row in run_notebooks(corpus, engine, a.workers if engine == "dask" else None, a.notebooks, a.keep):
                rows.append(row)
                if not a.no_save:
                    _save(results, _entry(n, corpus, engine, a.workers, load, rows))
    if a.task_stream or a.task_stream_only:
        for n in a.sizes:
            corpus = scale_data.perturbed_resample(n)
            entry = {"dataset": corpus.name, "n_articles": n, "date": dt.date.today().isoformat(),
                     "load_average_at_start": os.getloadavg()[0], **task_stream(corpus, a.workers)}
            results["task_stream"] = [t for t in results.get("task_stream", [])
                                      if (t["n_articles"], t["workers"]) != (n, entry["workers"])] + [entry]
            print(entry)
            RESULTS.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(f"written {RESULTS}")


VARIANT_METADATA = "metadata table in the notebook, text read per partition and for the sample only"
VARIANT = (VARIANT_METADATA + "; notebook 02 reads the text once for term sums and MinHash signatures, "
           "store reads limited to the columns used")
VARIANT_ONE_PASS = VARIANT
VARIANT = (VARIANT_ONE_PASS + "; term counts summed per term shard (helpers/notebook/term_shards.py), "
           "per-article dicts scattered as one future (issue 17f)")
"""The dask path measured now (runs before it held the whole table in the notebook and have no ``variant``)."""
VARIANT_QUIET = ("all notebooks at commit 3823ffd, on a quiet machine, the dask and pandas runs one after the other "
                 "(issue 17g)")
VARIANT_BESIDE_1M = "all notebooks at commit 3823ffd, while the 1,000,000-article dask run used the machine (issue 17g)"
"""Runs of issue 17g, merged into the results file by hand from runs made in a clone (see docs/SCALE.md)."""
VARIANT_LABELS = {VARIANT_METADATA: ", metadata only", VARIANT_ONE_PASS: ", metadata only, one pass",
                  VARIANT: ", term shards, one scatter", VARIANT_QUIET: ", quiet, same code (17g, 17h)",
                  VARIANT_BESIDE_1M: ", beside the 1M run (17g)"}


def _entry(n, corpus, engine, workers, load, rows) -> dict:
    return {**({"variant": VARIANT} if engine == "dask" else {}), "dataset": f"AllSides (../shared/data/allsides) resampled to {n:,} articles, each copy perturbed "
                       f"(benchmarks/scale_data.py, {corpus.name})", "n_articles": n, "engine": engine,
            "workers": (workers or os.cpu_count()) if engine == "dask" else 1,
            "date": dt.date.today().isoformat(), "cpus": os.cpu_count(), "load_average_at_start": load,
            "total_wall_s": round(sum(r["wall_s"] for r in rows), 1),
            "peak_gb": max(r["peak_gb"] for r in rows), "notebooks": rows}


def _save(results: dict, entry: dict) -> None:
    key = (entry["n_articles"], entry["engine"], entry["workers"], entry.get("variant", ""))
    results["runs"] = [r for r in results["runs"]
                       if (r["n_articles"], r["engine"], r["workers"], r.get("variant", "")) != key] + [entry]
    RESULTS.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
