"""Compare the seeds report of this tree with an earlier revision, run back to back on the same machine.

Run on demand (not in CI), from the project root::

    .venv/bin/python benchmarks/bench_report_ab.py REVISION            # e.g. a commit before a speed-up
    .venv/bin/python benchmarks/bench_report_ab.py REVISION --rounds 3
    .venv/bin/python benchmarks/bench_report_ab.py REVISION --corpus /tmp/c3/articles.jsonl \
        --results benchmarks/results/report_small_ab.json    # a corpus outside the project (not committed)

The machine is shared, so wall times measured minutes apart are not comparable; this script runs the
two versions alternately (A B, then B A, ...) after one run of each that fills its own cache, so both
see the same load. REVISION is exported with ``git archive`` into a temporary folder and run with this
environment's Python, with ``PYTHONPATH`` pointing at it (the kernels inherit it). Every run is
``python -m helpers.report --out <temporary folder>`` as in ``bench_report.py``; ``cpu_s`` is the CPU
time of the run and every process it started. Results go to
``benchmarks/results/report_seeds_ab.json`` (committed) with the date, the revision, the machine and
the load average at the start of each run. The first run of each version (cold cache) is kept too,
as ``cold_runs``. ``--corpus`` runs on another corpus (``-p study`` stays automatic); only its file name
goes into the results.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "report_seeds_ab.json"


def _run(tree: Path, cache: Path, out: Path, corpus: Path | None = None) -> dict:
    env = {**os.environ, "NEWS_CACHE_DIR": str(cache), "TQDM_DISABLE": "1", "PYTHONPATH": str(tree)}
    load = round(os.getloadavg()[0], 2)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    cmd = [sys.executable, "-m", "helpers.report", "--out", str(out)]
    if corpus is not None:
        cmd += ["--corpus", str(corpus), "--name", "ab"]
    proc = subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"report in {tree} failed:\n{proc.stdout}\n{proc.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    notebooks = {m.group(1): float(m.group(2)) for m in re.finditer(r"^(\S+)\.ipynb: ([\d.]+) s", proc.stdout, re.M)}
    return {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "load_1min_at_start": load, "notebooks_s": notebooks}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("revision", help="git revision to compare with (e.g. a commit before a change)")
    ap.add_argument("--rounds", type=int, default=2, help="warm runs of each version (default 2)")
    ap.add_argument("--corpus", type=Path, default=None, help="corpus to report on (default: the bundled seeds)")
    ap.add_argument("--results", type=Path, default=RESULTS, help=f"results file (default: {RESULTS.relative_to(ROOT)})")
    ap.add_argument("--no-write", action="store_true", help="print only; do not write the results file")
    args = ap.parse_args(argv)
    rev = subprocess.run(["git", "rev-parse", "--short", args.revision], cwd=ROOT, capture_output=True,
                         text=True)
    if rev.returncode != 0:
        raise SystemExit(f"{args.revision!r} is not a git revision of {ROOT}: {rev.stderr.strip()}")
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    with tempfile.TemporaryDirectory() as tmp:
        old = Path(tmp) / "old"
        old.mkdir()
        archive = subprocess.run(["git", "archive", args.revision], cwd=ROOT, capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(old)], input=archive.stdout, check=True)
        trees = {"before": old, "this tree": ROOT}
        corpus = args.corpus.resolve() if args.corpus else None
        cold = []
        for name, tree in trees.items():  # fill each version's cache (a cold run)
            cold.append({"version": name, **_run(tree, Path(tmp) / f"cache-{name}", Path(tmp) / f"out-{name}", corpus)})
            print("cold", json.dumps(cold[-1]), flush=True)
        runs = []
        for i in range(args.rounds):
            order = list(trees) if i % 2 == 0 else list(reversed(trees))
            for name in order:
                r = {"version": name, **_run(trees[name], Path(tmp) / f"cache-{name}", Path(tmp) / f"out-{name}",
                                               corpus)}
                print(json.dumps(r), flush=True)
                runs.append(r)
    result = {
        "data_set": f"corpus file {args.corpus.name}" if args.corpus else "seeds (5 bundled articles)",
        "date": dt.date.today().isoformat(),
        "before": rev.stdout.strip(),
        "this_tree": head.stdout.strip() + " (with uncommitted changes, if any)",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "cold_runs": cold,
        "runs": runs,
    }
    if not args.no_write:
        args.results.parent.mkdir(parents=True, exist_ok=True)
        args.results.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        print(f"written: {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
