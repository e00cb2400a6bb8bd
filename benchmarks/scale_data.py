"""AllSides samples and perturbed resamples for the scale, MinHash and equivalence benchmarks.

``sample(n, seed)``: n distinct AllSides articles in a fixed random order (seed 17 by default).
``perturbed_resample(n, seed)``: n articles drawn with replacement from AllSides; every copy is lightly
perturbed (three words of its text replaced by other words of the same article, at random places, and
its id made unique), so that the copies are near-duplicates, not exact duplicates, as in a real
collection that holds several versions of wire stories.

Both are written as JSON Lines (uncompressed, so the Dask loader can read it in blocks) under
``benchmarks/.data/`` (git-ignored), once; later calls return the path. The data is read from
``../shared/data/allsides`` (a benchmark input, never read by the package at run time).
"""
from __future__ import annotations

import gzip
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ALLSIDES = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.gz"
DATA = ROOT / "benchmarks" / ".data"
_WORD = re.compile(r"[A-Za-z]{3,}")


def _lines() -> list[str]:
    if not ALLSIDES.is_file():
        raise SystemExit(f"{ALLSIDES} not found: these benchmarks need the AllSides development set.")
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as fh:
        return [ln for ln in fh.read().splitlines() if ln.strip()]


def _inputs(seed: int) -> tuple[list[str], random.Random]:
    DATA.mkdir(parents=True, exist_ok=True)
    return _lines(), random.Random(seed)


def sample(n: int, seed: int = 17) -> Path:
    """n distinct AllSides articles (a random sample), as JSON Lines."""
    out = DATA / f"allsides-sample-{n}-s{seed}.jsonl"
    if not out.is_file():
        lines = _lines()
        pick = sorted(random.Random(seed).sample(range(len(lines)), min(n, len(lines))))
        DATA.mkdir(parents=True, exist_ok=True)
        out.write_text("".join(lines[i] + "\n" for i in pick), encoding="utf-8")
    return out


def perturb(text: str, rng: random.Random, k: int = 3) -> str:
    """Replace k words of ``text`` by other words of it (a light edit that breaks exact identity)."""
    words = list(_WORD.finditer(text))
    if len(words) < 2:
        return text + " (copy)"
    parts, last = [], 0
    for m in sorted(rng.sample(words, min(k, len(words))), key=lambda m: m.start()):
        parts += [text[last:m.start()], rng.choice(words).group()]
        last = m.end()
    return "".join(parts) + text[last:]


def perturbed_resample(n: int, seed: int = 17) -> Path:
    """n articles drawn with replacement from AllSides, each copy perturbed and with a unique id."""
    out = DATA / f"allsides-resample-{n}-s{seed}.jsonl"
    if out.is_file():
        return out
    lines, rng = _inputs(seed)
    tmp = out.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        for k in range(n):
            rec = json.loads(lines[rng.randrange(len(lines))])
            rec["ID"] = f"{rec['ID']}-{k:07d}"
            rec["text"] = perturb(rec["text"] or "", rng)
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    tmp.replace(out)
    return out


def graded_copies(n_originals: int = 500, copies: int = 3, seed: int = 17) -> Path:
    """n_originals distinct AllSides articles plus ``copies`` edited copies of each (n x (1 + copies) in all).

    Each copy replaces a random share of its words, drawn uniformly between 0 and 15 %, by other words of
    the article, so the copies' shingle Jaccard similarity to their original spreads from about 0.3 to 1:
    the test of a near-duplicate method near its threshold.
    """
    out = DATA / f"allsides-graded-{n_originals}x{copies + 1}-s{seed}.jsonl"
    if out.is_file():
        return out
    lines, rng = _inputs(seed)
    rows = []
    for i in sorted(rng.sample(range(len(lines)), n_originals)):
        rec = json.loads(lines[i])
        rows.append(json.dumps(rec, ensure_ascii=False))
        n_words = len(_WORD.findall(rec["text"] or ""))
        for c in range(copies):
            k = int(n_words * rng.uniform(0, 0.15))
            rows.append(json.dumps({**rec, "ID": f"{rec['ID']}-copy{c}", "text": perturb(rec["text"] or "", rng, k)},
                                   ensure_ascii=False))
    out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return out
