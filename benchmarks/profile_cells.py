"""Where a notebook's time and memory go: wall time and peak memory of every cell, kernel and workers apart.

Run on demand (not in CI), from the project root, after ``bench_scale.py --keep DIR`` has filled a cache::

    .venv/bin/python benchmarks/profile_cells.py --corpus benchmarks/.data/allsides-resample-20000-s17.jsonl \
        --engine dask --notebooks 01 02 --cache /tmp/keep/cache

Each notebook is executed with papermill directly (not through the report runner, which strips papermill's
per-cell times), with ``-p engine E -p study us_politics`` and ``NEWS_CACHE_DIR`` set to ``--cache`` (a warm
cache: the corpus store is reused; a cold one loads the corpus in the first notebook). The resident memory of
the process tree is sampled every 0.25 s and split into the notebook's kernel, the Dask worker processes and
the rest (papermill, scheduler); every cell gets the largest sample taken while it ran. Prints the ``--top``
slowest cells and the cells with the largest kernel and worker peaks; ``--json`` writes every cell's row.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
GB = 2**30


def _kind(p: psutil.Process) -> str:
    try:
        cmd = " ".join(p.cmdline())
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return "other"
    if "ipykernel" in cmd:
        return "kernel"
    if "multiprocessing" in cmd or "spawn_main" in cmd or "forkserver" in cmd:
        return "workers"
    return "other"


def _sample(root: psutil.Process, stop: threading.Event, out: list, interval: float) -> None:
    kinds: dict[int, str] = {}
    while not stop.is_set():
        row = {"t": time.time(), "kernel": 0, "workers": 0, "other": 0}
        try:
            procs = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            break
        for p in procs:
            try:
                k = kinds.setdefault(p.pid, _kind(p))
                row[k] += p.memory_info().rss
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                pass
        out.append(row)
        stop.wait(interval)


def profile(nb: Path, params: dict, env: dict, interval: float = 0.25) -> dict:
    """Execute ``nb`` with papermill in a child process; return every code cell's time and peak memory."""
    with tempfile.TemporaryDirectory() as tmp:
        out_nb = Path(tmp) / nb.name
        cmd = [sys.executable, "-m", "papermill", str(nb), str(out_nb), "--cwd", str(nb.parent), "--no-progress-bar",
               "-k", "python3"]
        for k, v in params.items():
            cmd += ["-p", k, str(v)]
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=str(ROOT), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        samples: list = []
        stop = threading.Event()
        th = threading.Thread(target=_sample, args=(psutil.Process(proc.pid), stop, samples, interval), daemon=True)
        th.start()
        _, err = proc.communicate()
        stop.set()
        th.join()
        wall = time.perf_counter() - t0
        if proc.returncode != 0 or not out_nb.is_file():
            raise SystemExit(f"{nb.name} failed:\n{err[-3000:]}")
        cells = json.loads(out_nb.read_text(encoding="utf-8"))["cells"]
    rows = []
    for i, c in enumerate(cells):
        pm = c.get("metadata", {}).get("papermill", {})
        if c.get("cell_type") != "code" or not pm.get("start_time") or not pm.get("end_time"):
            continue
        a = dt.datetime.fromisoformat(pm["start_time"].replace("Z", "+00:00")).timestamp()
        b = dt.datetime.fromisoformat(pm["end_time"].replace("Z", "+00:00")).timestamp()
        inside = [s for s in samples if a - 0.3 <= s["t"] <= b + 0.3] or [{"kernel": 0, "workers": 0, "other": 0}]
        src = next((ln for ln in "".join(c.get("source", "")).splitlines() if ln.strip() and not ln.startswith("#")), "")
        rows.append({"cell": i, "source": src[:100], "seconds": round(b - a, 1),
                     "kernel_gb": round(max(s["kernel"] for s in inside) / GB, 2),
                     "workers_gb": round(max(s["workers"] for s in inside) / GB, 2),
                     "tree_gb": round(max(s["kernel"] + s["workers"] + s["other"] for s in inside) / GB, 2)})
    peak = max((s["kernel"] + s["workers"] + s["other"] for s in samples), default=0) / GB
    return {"notebook": nb.name, "wall_s": round(wall, 1), "peak_gb": round(peak, 2), "cells": rows}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--engine", default="dask", choices=["pandas", "dask"])
    ap.add_argument("--notebooks", nargs="+", default=["00", "01", "02", "03", "04"])
    ap.add_argument("--cache", type=Path, required=True, help="NEWS_CACHE_DIR (reuse the one of a bench_scale run)")
    ap.add_argument("-p", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"), help="more parameters")
    ap.add_argument("--top", type=int, default=8)
    ap.add_argument("--json", type=Path, default=None)
    a = ap.parse_args(argv)
    env = {**os.environ, "NEWS_CACHE_DIR": str(a.cache), "TQDM_DISABLE": "1"}
    env.pop("NEWS_DASK_SCHEDULER", None)
    results = []
    for prefix in a.notebooks:
        nb = sorted((ROOT / "notebooks").glob(f"{prefix}_*.ipynb"))[0]
        with tempfile.TemporaryDirectory() as out:
            params = {"corpus": str(Path(a.corpus).resolve()), "engine": a.engine, "study": "us_politics",
                      "output_dir": out, **dict(a.p)}
            load = os.getloadavg()[0]
            r = profile(nb, params, env)
        r["load_average_at_start"] = round(load, 2)
        results.append(r)
        print(f"== {r['notebook']} ({a.engine}): {r['wall_s']} s, peak {r['peak_gb']} GB, load {load:.1f}")
        for title, key in (("slowest", "seconds"), ("kernel peak", "kernel_gb"), ("workers peak", "workers_gb")):
            print(f"  -- {title}")
            for c in sorted(r["cells"], key=lambda c: -c[key])[:a.top]:
                print(f"  {c['seconds']:7.1f} s  kernel {c['kernel_gb']:5.2f}  workers {c['workers_gb']:5.2f}  "
                      f"tree {c['tree_gb']:5.2f} GB  [{c['cell']}] {c['source']}")
    if a.json:
        a.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
