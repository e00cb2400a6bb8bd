"""Time every heavy step and every notebook at growing corpus sizes.

Run on demand (not in CI), from the project root::

    .venv/bin/python benchmarks/run_all.py                       # 1k, 10k, 37k, 100k articles
    .venv/bin/python benchmarks/run_all.py --sizes 1000 10000 --steps load segment

Corpora are drawn from the AllSides corpus (``../shared/data/allsides``, see its
README): the first N articles in a fixed random order up to its 37,554 articles,
and for larger N a resample with replacement (ids made unique; duplicated bodies
are flagged by the loader, as they would be in a real corpus). They are written
once as Parquet under ``benchmarks/.data/`` (git-ignored).

Each measurement runs in its own process under GNU ``time``, so the peak memory
is the largest resident set of any process it started (including notebook
kernels), and the CPU time is user + system time of the process and every child it waited for.
The load average (1 minute) is read just before and just after each measurement: other jobs on a shared
machine stretch wall time, hardly CPU time or peak memory. Output: a Markdown table of wall time (s),
CPU time (s) and peak memory (GB); ``--json`` also writes the data set, the date and the machine.
"""
from __future__ import annotations

import argparse
import json
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ALLSIDES = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.gz"
DATA = ROOT / "benchmarks" / ".data"
PY = sys.executable
CACHE_ENV = "NEWS_CACHE_DIR"  # as helpers.core.paths.CACHE_ENV (this script does not import the package)

STEPS = {
    "load": "from helpers import load_corpus\nc = load_corpus({path!r})",
    "segment": (
        "from helpers import load_corpus, segment\nc = load_corpus({path!r})\n"
        "s = segment(c, 'sentence', columns=['outlet', 'bias_text'])"
    ),
}


def corpus_of_size(n: int, seed: int = 0) -> Path:
    """Write (once) and return a Parquet corpus of ``n`` AllSides articles."""
    import numpy as np
    import pyarrow.json as pj

    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / f"allsides_{n}.parquet"
    if path.is_file():
        return path
    df = pj.read_json(ALLSIDES).to_pandas()
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(df))
    if n <= len(df):
        out = df.iloc[np.sort(order[:n])].reset_index(drop=True)
    else:
        idx = np.concatenate([order, rng.integers(0, len(df), n - len(df))])
        out = df.iloc[idx].reset_index(drop=True)
        rep = out.groupby("ID").cumcount()
        out["ID"] = out["ID"] + np.where(rep > 0, "_r" + rep.astype(str), "")
    out.to_parquet(path, index=False)
    return path


def measure(cmd: list[str], env: dict | None = None) -> dict:
    """Run ``cmd`` under GNU time; return wall and CPU seconds, peak GB, load averages and status."""
    import os

    load_before = os.getloadavg()[0]
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        full = ["/usr/bin/time", "-f", "%e %U %S %M", "-o", tf.name, *cmd]
        proc = subprocess.run(full, cwd=ROOT, env=env, capture_output=True, text=True)
        wall, user, system, kb = tf.read().split()[-4:]
    return {"seconds": float(wall), "cpu_seconds": round(float(user) + float(system), 2),
            "peak_gb": int(kb) / 1e6, "load_before": round(load_before, 2),
            "load_after": round(os.getloadavg()[0], 2), "ok": proc.returncode == 0,
            "error": proc.stderr.strip().splitlines()[-1] if proc.returncode else ""}


def notebook_prefixes() -> list[str]:
    return sorted(p.name[:2] for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000, 37554, 100000])
    ap.add_argument("--steps", nargs="*", default=["load", "segment", "notebooks", "report"],
                    help="load, segment, notebooks (each notebook alone), report (all notebooks in one run)")
    ap.add_argument("--group-by", default="bias_text")
    ap.add_argument("--json", help="also write the rows to this JSON file")
    args = ap.parse_args(argv)
    if not ALLSIDES.is_file():
        print(f"benchmark corpus not found: {ALLSIDES}", file=sys.stderr)
        return 1
    import os

    env = dict(os.environ, TQDM_DISABLE="1")
    rows = []

    def echo(r):
        print(f"  {r['articles']:>7,} {r['step']:<24} {r['seconds']:8.1f} s {r['cpu_seconds']:8.1f} s CPU "
              f"{r['peak_gb']:6.2f} GB  load {r['load_before']:.1f}-{r['load_after']:.1f}"
              f"{'' if r['ok'] else '  FAILED: ' + r['error']}", file=sys.stderr, flush=True)

    for n in args.sizes:
        path = corpus_of_size(n)
        for step in args.steps:
            # the report cache (.cache/) persists across runs: give each size and step its own, emptied
            # first, so that "notebooks" (sharing one cache, 00 pays for loading) and "report" start cold
            cache = DATA / f"cache-{n}-{step}"
            shutil.rmtree(cache, ignore_errors=True)
            env[CACHE_ENV] = str(cache)
            if step in STEPS:
                code = "import warnings; warnings.simplefilter('ignore')\n" + STEPS[step].format(path=str(path))
                r = measure([PY, "-c", code], env)
                rows.append({"articles": n, "step": step, **r})
                echo(rows[-1])
            elif step == "notebooks":
                for prefix in notebook_prefixes():
                    r = measure([PY, "-m", "helpers.report", "--corpus", str(path), "--notebooks", prefix,
                                 "-p", "group_by", args.group_by, "--out", str(DATA / "reports_single")], env)
                    rows.append({"articles": n, "step": f"notebook {prefix}", **r})
                    echo(rows[-1])
            elif step == "report":
                r = measure([PY, "-m", "helpers.report", "--corpus", str(path), "-p", "group_by", args.group_by,
                             "--out", str(DATA / "reports")], env)
                rows.append({"articles": n, "step": "report (all notebooks)", **r})
                echo(rows[-1])
            else:
                print(f"unknown step {step!r}", file=sys.stderr)
                return 1
    print(f"\nMachine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}\n")
    print("| articles | step | wall time (s) | CPU time (s) | peak memory (GB) | load average | status |")
    print("|---:|---|---:|---:|---:|---|---|")
    for r in rows:
        print(f"| {r['articles']:,} | {r['step']} | {r['seconds']:.1f} | {r['cpu_seconds']:.1f} | "
              f"{r['peak_gb']:.2f} | {r['load_before']:.1f}-{r['load_after']:.1f} | "
              f"{'ok' if r['ok'] else 'failed: ' + r['error'][:60]} |")
    if args.json:
        import datetime

        meta = {"data_set": "AllSides (Baly et al. 2020), ../shared/data/allsides/articles.jsonl.gz: the first N "
                            "articles in a fixed random order (seed 0), resampled with replacement past 37,554",
                "date": datetime.date.today().isoformat(), "engine": "pandas", "group_by": args.group_by,
                "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
                "cache": "empty at the start of each size and step; notebooks of one size share one cache"}
        Path(args.json).write_text(json.dumps({**meta, "rows": rows}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
