"""Do the climate cues of the generic codebook keep their frame sense outside climate coverage?

Run on demand (not in CI), from the project root::

    .venv/bin/python benchmarks/climate_cues_offtopic.py [--data ../shared/data/allsides/articles.jsonl.gz]

Issue 14s. Draws 3,000 AllSides articles (seed 14) outside the topics about energy, the environment or nuclear
weapons, finds every tier-1 climate cue as judged (``bench_framing_neutral.TIER1_AS_JUDGED``, codebook version 5:
the cues judged to fail here were removed in version 6, ``REMOVED_OFFTOPIC``) in their text (whole words, any
case; the tagger's name and negation rules are not applied, so this counts the word, not the cue as tagged), and
writes per cue the number of articles it occurs in and, for cues found in at least 5 articles, 5 random occurrences
(seed 0) as the article's id and the character offset of the cue in its text, to be judged by hand: does the word
carry the frame it is a cue of (``frame_sense`` yes/no)? ``--show`` prints each occurrence with 70 characters of
context before and 50 after, read from the data (the AllSides text is not copied into the project). A judged file
is kept: ``--draw`` refuses to overwrite judgements, and without ``--draw`` or ``--show`` the script prints the
summary of the judged file.

Output: ``benchmarks/results/climate_cues_offtopic.csv`` (cue, frame, articles, and the judged occurrences:
``article_id``, ``offset``, ``frame_sense``).
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_framing_neutral import TIER1_AS_JUDGED  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.gz"
OUT = ROOT / "benchmarks" / "results" / "climate_cues_offtopic.csv"
CLIMATE_TOPICS = re.compile(r"climat|environment|energy|sustainab|green|nuclear")
N_ARTICLES, PER_CUE, MIN_ARTICLES = 3000, 5, 5
BEFORE, AFTER = 70, 50


def _articles(data: Path) -> list[dict]:
    with gzip.open(data, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def context(text: str, offset: int, cue: str) -> str:
    """The cue at ``offset`` of ``text`` with :data:`BEFORE` characters before it and :data:`AFTER` after, one line."""
    return " ".join(text[max(0, offset - BEFORE): offset + len(cue) + AFTER].split())


def draw(data: Path) -> pd.DataFrame:
    """Article counts per tier-1 cue and :data:`PER_CUE` random occurrences of the frequent ones (unjudged)."""
    rows = _articles(data)
    other = [r for r in rows if not CLIMATE_TOPICS.search(str(r.get("topic", "")))]
    sample = random.Random(14).sample(other, N_ARTICLES)
    out = []
    rng = random.Random(0)
    for frame, cues in TIER1_AS_JUDGED.items():
        for cue in cues:
            rx = re.compile(r"\b" + re.escape(cue) + r"\b", re.IGNORECASE)
            found = [(r["ID"], m) for r in sample for m in rx.finditer(str(r.get("text") or ""))]
            n_art = len({i for i, _ in found})
            picks = rng.sample(found, PER_CUE) if n_art >= MIN_ARTICLES else []
            for i, m in picks or [("", None)]:
                out.append({"cue": cue, "frame": frame, "articles": n_art, "article_id": i,
                            "offset": "" if m is None else m.start(), "frame_sense": ""})
    return pd.DataFrame(out)


def show(judged: pd.DataFrame, data: Path) -> pd.DataFrame:
    """The drawn occurrences of ``judged`` with their context read from ``data`` (for judging or re-reading)."""
    j = judged[judged["article_id"] != ""].copy()
    texts = {r["ID"]: str(r.get("text") or "") for r in _articles(data) if r["ID"] in set(j["article_id"])}
    j["context"] = [context(texts[i], int(o), c) for i, o, c in zip(j["article_id"], j["offset"], j["cue"])]
    return j


def summary(judged: pd.DataFrame) -> pd.DataFrame:
    """Per cue: articles with it (of :data:`N_ARTICLES`), occurrences judged and judged in the frame's sense."""
    j = judged[judged["article_id"].fillna("") != ""]
    per = j.groupby(["frame", "cue"], sort=False)["frame_sense"].agg(judged="size", in_frame_sense=lambda s: (s == "yes").sum())
    n = judged.groupby(["frame", "cue"], sort=False)["articles"].first()
    return pd.concat([n, per], axis=1).fillna(0).astype(int).reset_index()


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--draw", action="store_true", help="draw a new unjudged sample (refused if OUT is judged)")
    ap.add_argument("--show", action="store_true", help="print the drawn occurrences with their context")
    args = ap.parse_args(argv)
    if (args.draw or args.show) and not args.data.is_file():
        raise SystemExit(f"{args.data} not found: pass --data with the AllSides articles.jsonl.gz.")
    if args.draw:
        if OUT.is_file() and (pd.read_csv(OUT, keep_default_na=False)["frame_sense"] != "").any():
            raise SystemExit(f"{OUT} holds judgements; move it away before drawing again.")
        draw(args.data).to_csv(OUT, index=False)
        print(f"wrote {OUT}: run with --show to read the occurrences, fill frame_sense with yes or no, then run "
              "without --draw.")
        return
    if args.show:
        j = show(pd.read_csv(OUT, keep_default_na=False, dtype=str), args.data)
        print(j[["cue", "frame", "article_id", "frame_sense", "context"]].to_string(index=False))
        return
    print(summary(pd.read_csv(OUT, keep_default_na=False)).to_string(index=False))


if __name__ == "__main__":
    main()
