"""Time ``make report`` on the bundled seeds, warm (the installed environment, second run in a row).

Run on demand (not in CI), from the project root::

    .venv/bin/python benchmarks/bench_report.py            # 1 cold-cache run, then 3 warm runs
    .venv/bin/python benchmarks/bench_report.py --runs 5

Each run is ``python -m helpers.report --out <temporary folder>`` in its own
process, with a cache folder of its own (the first run fills it: that is the
"cold" run; the next ones are warm, as a user's second ``make report``). The
per-notebook times come from the runner's console output; ``cpu_s`` is the
CPU time of the run and every process it started (kernels included), which
a busy machine does not inflate: on an idle machine with two cores the wall
time cannot be much below half of it. Results are
written to ``benchmarks/results/report_seeds.json`` (committed) with the
date, the machine (CPU count and model) and its load average at the start,
since the machine is shared and a busy machine makes every number larger.
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
RESULTS = ROOT / "benchmarks" / "results" / "report_seeds.json"
CACHE_ENV = "NEWS_CACHE_DIR"  # as helpers.core.paths.CACHE_ENV (this script does not import the package)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def one_run(out: Path, cache: Path) -> dict:
    """Run the report once; wall time and the runner's per-notebook seconds."""
    env = {**os.environ, CACHE_ENV: str(cache), "TQDM_DISABLE": "1"}
    load = round(os.getloadavg()[0], 2)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "helpers.report", "--out", str(out)], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        raise SystemExit(f"report failed:\n{proc.stdout}\n{proc.stderr}")
    notebooks = {m.group(1): float(m.group(2)) for m in re.finditer(r"^(\S+)\.ipynb: ([\d.]+) s", proc.stdout, re.M)}
    return {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "load_1min_at_start": load, "notebooks_s": notebooks}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3, help="warm runs after the cold one (default 3)")
    ap.add_argument("--no-write", action="store_true", help="print only; do not write the results file")
    args = ap.parse_args(argv)
    load = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        cache, out = Path(tmp) / "cache", Path(tmp) / "reports"
        cold = one_run(out, cache)
        print(f"cold cache: {cold['wall_s']} s")
        warm = []
        for i in range(args.runs):
            warm.append(one_run(out, cache))
            print(f"warm run {i + 1}: {warm[-1]['wall_s']} s wall, {warm[-1]['cpu_s']} s CPU, "
                  f"load {warm[-1]['load_1min_at_start']} {warm[-1]['notebooks_s']}")
    result = {
        "data_set": "seeds (5 bundled articles)",
        "date": dt.date.today().isoformat(),
        "machine": {"cpus": os.cpu_count(), "cpu_model": _cpu_model(), "python": platform.python_version(),
                    "load_average_at_start": [round(x, 2) for x in load]},
        "cold_wall_s": cold["wall_s"],
        "cold_cpu_s": cold["cpu_s"],
        "warm_wall_s": [r["wall_s"] for r in warm],
        "warm_best_s": min(r["wall_s"] for r in warm),
        "warm_cpu_s": [r["cpu_s"] for r in warm],
        "warm_runs": warm,
    }
    print(json.dumps({k: result[k] for k in ("warm_best_s", "warm_wall_s", "machine")}, indent=1))
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        print(f"written: {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
