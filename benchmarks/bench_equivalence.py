"""engine=dask against engine=pandas on a 2,000-article AllSides sample: every table of every notebook.

Run on demand (not in CI), from the project root::

    .venv/bin/python benchmarks/bench_equivalence.py

Runs the whole report twice on the same 2,000 distinct AllSides articles (``scale_data.sample``) with
``-p study us_politics``, once per engine, each with a fresh (cold) cache, and compares every CSV the
notebooks write: same columns and rows, identical counts and text, floating-point values within a relative
tolerance of 1e-9. Results go to ``benchmarks/results/bench_equivalence.json`` (tables compared, tables
that differ and how, wall time and peak memory of each run).
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scale_data  # noqa: E402
import tree_monitor  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "bench_equivalence.json"
RTOL = 1e-9


def compare(a_dir: Path, b_dir: Path) -> tuple[int, list[dict]]:
    names = sorted({p.name for p in a_dir.glob("*.csv")} | {p.name for p in b_dir.glob("*.csv")})
    diffs = []
    for name in names:
        a, b = a_dir / name, b_dir / name
        if not (a.is_file() and b.is_file()):
            diffs.append({"table": name, "difference": "written by one engine only"})
            continue
        if not a.read_text(encoding="utf-8").strip() or not b.read_text(encoding="utf-8").strip():
            if a.read_bytes() != b.read_bytes():
                diffs.append({"table": name, "difference": "empty for one engine only"})
            continue
        try:
            pd.testing.assert_frame_equal(pd.read_csv(a, keep_default_na=False), pd.read_csv(b, keep_default_na=False),
                                          check_exact=False, rtol=RTOL)
        except AssertionError as exc:
            diffs.append({"table": name, "difference": str(exc)[:500]})
    return len(names), diffs


def main() -> None:
    corpus = scale_data.sample(2000)
    runs = {}
    with tempfile.TemporaryDirectory() as tmp:
        for engine in ("pandas", "dask"):
            env = {**os.environ, "NEWS_CACHE_DIR": str(Path(tmp) / f"cache-{engine}"), "TQDM_DISABLE": "1"}
            cmd = [sys.executable, "-m", "helpers.report.runner", "--corpus", str(corpus), "--out", tmp, "--name", engine,
                   "-p", "engine", engine, "-p", "study", "us_politics"]
            r = tree_monitor.run(cmd, env, str(ROOT))
            print(engine, r["returncode"], r["wall_s"], r["peak_gb"], r["stdout"][-600:], r["stderr"][-600:])
            runs[engine] = {k: r[k] for k in ("returncode", "wall_s", "peak_gb")}
        n, diffs = compare(Path(tmp) / "pandas" / "figures", Path(tmp) / "dask" / "figures")
    out = {"benchmark": "engine=dask vs engine=pandas, every table of every notebook",
           "dataset": f"AllSides (../shared/data/allsides), {corpus.name}: 2,000 distinct articles, random sample "
                      "(seed 17)", "date": dt.date.today().isoformat(), "cache": "cold (a fresh cache per engine)",
           "cpus": os.cpu_count(), "tolerance": f"relative {RTOL} on floating-point values; exact otherwise",
           "runs": runs, "tables_compared": n, "tables_different": len(diffs), "differences": diffs}
    RESULTS.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in out.items() if k != "differences"}, indent=1))
    for d in diffs:
        print(d)


if __name__ == "__main__":
    main()
