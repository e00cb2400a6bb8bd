"""Notebook 04 quotes the newest cross-validation of the generic frames on frames-dev by default (review s76: it
quoted the run of codebook version 10, 0.680, where version 11 ships and its run, 0.676, was committed)."""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _default_benchmark_cv() -> str:
    nb = json.loads((ROOT / "notebooks" / "04_validation.ipynb").read_text(encoding="utf-8"))
    cell = next(c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", []))
    line = next(ln for ln in "".join(cell["source"]).splitlines() if ln.startswith("benchmark_cv ="))
    return line.split("=", 1)[1].strip().strip('"')


def test_the_default_cross_validation_file_is_the_newest_run():
    runs = []
    for p in sorted((ROOT / "benchmarks" / "results").glob("bench_framing_14*.json")):
        res = json.loads(p.read_text(encoding="utf-8"))
        if isinstance(res.get("rules"), dict) and "date" in res:
            runs.append((res["date"], p.name))
    assert runs
    newest = max(runs)[1]
    assert _default_benchmark_cv() == f"benchmarks/results/{newest}", (runs, _default_benchmark_cv())
