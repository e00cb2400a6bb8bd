"""Hand check of notebook 02's hedge counts: draw, show, score.

Notebook 02 counts hedges (``helpers/data/hedges.yaml``: "reportedly", "allegedly", "is said to", "unconfirmed
reports", ...) outside closed quotation marks and compares their rate per 1,000 words between groups. This script
checks the lexicon's hits against people, in two ways, by the protocol ``benchmarks/results/hedge_check_protocol.md``
(written before any draw was read):

- **Precision.** Hits of :func:`helpers.measures.sourcing.find_hedges` on the sentences notebook 02 reads from one of
  three corpora (``allsides``: its 2,000 AllSides articles; ``climate``: the 214 climate articles of frames-dev;
  ``news-pages``: news pages of other sites from cleaning-dev; the corpora of ``benchmarks/role_check_draw.py``),
  sorted by ``doc_id``, ``unit_id``, ``start``; a draw is ``DataFrame.sample(N, random_state=SEED)`` (every hit when
  there are fewer than N). Two judges, blind to each other, say of each hit whether it is a hedge.
- **Recall.** Whole articles drawn at random (``Series.sample(N, random_state=SEED)`` over the sorted article ids).
  Two coders, who never see the lexicon's hits, list every hedge they read; a coded hedge is found when a hit of the
  lexicon overlaps it in its sentence. Hedges are rare (about one sentence in 130 on AllSides), so recall is measured
  over whole articles, not sampled sentences.

Usage (from the project root; needs ``../shared/data``)::

    .venv/bin/python benchmarks/hedge_check.py --draw 1 --n 80 --corpus allsides     # blind sheet + context
    .venv/bin/python benchmarks/hedge_check.py --articles 2 --n 16 --corpus allsides  # articles for the coders
    .venv/bin/python benchmarks/hedge_check.py --score                                # every judged sheet -> JSON

``--draw`` writes ``benchmarks/results/hedge_check_<corpus>_seed<S>.blind.csv`` (ids, the hedge entry and the matched
words; no sentence, as the corpora's READMEs forbid copying their text) and prints each hit's sentence with the
match marked and its neighbours (for the judges, outside the project). Judges copy the sheet to ``.judge1.csv`` /
``.judge2.csv`` and add ``is_hedge`` (yes / no), ``voice`` (writer / speaker / unclear) and ``note``.
``--articles`` writes ``hedge_recall_<corpus>_seed<S>.articles.csv`` (the drawn ids) and prints the articles
sentence by sentence; coders write ``hedge_recall_<corpus>_seed<S>.coder1.csv`` / ``.coder2.csv`` with one row per
hedge (``doc_id``, ``unit_id``, ``phrase``, ``kind``, ``note``). ``--score`` recomputes the hits with the checked-out
code and writes ``benchmarks/results/hedge_check_v<lexicon version>.json``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import re
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
RESULTS = ROOT / "benchmarks" / "results"
BLIND_COLUMNS = ["sample", "draw_row", "doc_id", "unit_id", "hedge", "hedge_kind", "text", "start"]
JUDGE_COLUMNS = ["is_hedge", "voice", "note"]
CODER_COLUMNS = ["doc_id", "unit_id", "phrase", "kind", "note"]

import role_check_draw as RCD  # noqa: E402

from helpers.measures.sourcing import find_hedges, load_hedges  # noqa: E402

__all__ = ["hits", "draw", "draw_articles", "score", "wilson", "main", "FRESH", "DATASETS"]

DATASETS = {"allsides": "AllSides corpus (../shared/data/allsides), the 2,000 articles notebook 02 reads by default",
            "climate": "Narrative Frames Corpus development half (../shared/data/frames-dev), 214 climate articles of "
                       "33 outlets",
            "news-pages": "cleaning-dev news pages of other sites (../shared/data/cleaning-dev), "
                          "benchmarks/data/role_check_news_pages.txt"}
"""The corpora of ``benchmarks/role_check_draw.py``, as the results files name them."""

FRESH = {1: {"precision": ["hedge_check_allsides_seed1", "hedge_check_climate_seed1", "hedge_check_news-pages_seed1"],
             "recall": ["hedge_recall_allsides_seed2"]},
         2: {"precision": ["hedge_check_allsides_seed5", "hedge_check_climate_seed5"],
             "recall": ["hedge_recall_allsides_seed3"]},
         3: {"precision": ["hedge_check_allsides_seed6", "hedge_check_climate_seed6"],
             "recall": ["hedge_recall_allsides_seed4"]},
         4: {"precision": ["hedge_check_allsides_seed7", "hedge_check_climate_seed7"],
             "recall": ["hedge_recall_allsides_seed5"]}}
"""Lexicon version -> the sheets drawn after that version was frozen and before anything was changed on them: its
validation (the results file's ``validation`` block). Earlier sheets are development data for later versions."""


def hits(units: pd.DataFrame) -> pd.DataFrame:
    """The lexicon's hedge hits on ``units`` in draw order (``doc_id``, ``unit_id``, ``start``)."""
    h = find_hedges(units, ["outlet", "group"])
    return h.sort_values(["doc_id", "unit_id", "start"], kind="stable").reset_index(drop=True)


def wilson(k: int, n: int, z: float = 1.96) -> list[float]:
    """Wilson 95% interval of ``k / n`` as ``[lo, hi]`` (``[nan, nan]`` when ``n`` is 0)."""
    if n == 0:
        return [math.nan, math.nan]
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return [round(c - h, 4), round(c + h, 4)]


def _mark(sentence: str, start: int, text: str) -> str:
    return sentence[:start] + "[[" + sentence[start:start + len(text)] + "]]" + sentence[start + len(text):]


def _neighbours(units: pd.DataFrame, doc_id: str, unit_id: int, marked: str) -> list[str]:
    doc = units[units["doc_id"] == doc_id].set_index("unit_id")
    out = []
    for u in range(unit_id - 2, unit_id + 2):
        if u in doc.index:
            para = int(doc.at[u, "paragraph_id"])
            out.append(f"  {'>>' if u == unit_id else '  '} [p{para} u{u}] {marked if u == unit_id else doc.at[u, 'text']}")
    return out


def draw(corpus: str, seed: int, n: int) -> Path:
    """Write the blind precision sheet of one draw and print its rows with context; returns the sheet's path."""
    units = RCD.sentences(corpus)
    pop = hits(units)
    d = pop if len(pop) <= n else pop.sample(n, random_state=seed)
    d = d.sort_index().reset_index(drop=True) if len(pop) <= n else d.reset_index(drop=True)
    d.insert(0, "draw_row", range(len(d)))
    d.insert(0, "sample", f"hedge_{corpus}_seed{seed}")
    path = RESULTS / f"hedge_check_{corpus}_seed{seed}.blind.csv"
    d[BLIND_COLUMNS].to_csv(path, index=False)
    print(f"# {path.name}: {len(d)} of {len(pop)} hits on {units['doc_id'].nunique()} articles ({corpus})")
    for r in d.itertuples():
        print(f"=== row {r.draw_row} | {r.doc_id} u{r.unit_id} | matched: {r.text!r}")
        print("\n".join(_neighbours(units, r.doc_id, int(r.unit_id), _mark(r.sentence, int(r.start), r.text))))
    return path


def draw_articles(corpus: str, seed: int, n: int) -> Path:
    """Write the ids of ``n`` random articles for the recall coders and print the articles sentence by sentence."""
    units = RCD.sentences(corpus)
    ids = pd.Series(sorted(units["doc_id"].unique())).sample(n, random_state=seed).tolist()
    path = RESULTS / f"hedge_recall_{corpus}_seed{seed}.articles.csv"
    pd.DataFrame({"sample": f"hedge_recall_{corpus}_seed{seed}", "doc_id": ids}).to_csv(path, index=False)
    print(f"# {path.name}: {len(ids)} articles ({corpus})")
    for doc_id in ids:
        doc = units[units["doc_id"] == doc_id].sort_values("unit_id")
        print(f"##### article {doc_id} ({len(doc)} sentences)")
        for r in doc.itertuples():
            print(f"[{doc_id} u{r.unit_id} p{r.paragraph_id} {r.role}] {r.text}")
    return path


def _kappa(a: pd.Series, b: pd.Series) -> float:
    po = float((a == b).mean())
    pe = sum(float((a == v).mean()) * float((b == v).mean()) for v in set(a) | set(b))
    return round((po - pe) / (1 - pe), 3) if pe < 1 else 1.0


def judges_agreement(labels: list[pd.Series]) -> dict | None:
    """Agreement of the first two judges of a sheet: rows labelled alike (``same`` of ``n``) and Cohen's ``kappa``;
    None with fewer than two judges (also used by ``verb_check.py`` and ``affiliation_check.py``)."""
    if len(labels) < 2:
        return None
    a, b = labels[0], labels[1]
    return {"same": int((a == b).sum()), "n": len(a), "kappa": _kappa(a, b)}


def _sheet(path: Path, suffix: str, kind: str, filled: str) -> tuple[str, str, list[Path]]:
    """A drawn sheet's stem, its corpus and the filled copies beside it (``<stem>.<filled>*.csv``)."""
    stem = path.name.removesuffix(suffix)
    corpus = re.match(rf"hedge_{kind}_(.+)_seed\d+$", stem).group(1)
    return stem, corpus, sorted(RESULTS.glob(f"{stem}.{filled}*.csv"))


def _precision(blind: Path, units_of: dict) -> dict:
    stem, corpus, judges = _sheet(blind, ".blind.csv", "check", "judge")
    if not judges:
        return {}
    sheet = pd.read_csv(blind, dtype=str, keep_default_na=False)
    if corpus not in units_of:
        units_of[corpus] = hits(RCD.sentences(corpus))
    now = units_of[corpus].astype({"unit_id": str, "start": str})
    keys = ["doc_id", "unit_id", "start", "hedge"]
    still = sheet.merge(now[keys], on=keys, how="left", indicator=True)["_merge"].eq("both")
    earlier = set()
    for other in sorted(RESULTS.glob(f"hedge_check_{corpus}_seed*.blind.csv")):
        if other != blind and _seed(other) < _seed(blind):
            o = pd.read_csv(other, dtype=str, keep_default_na=False)
            earlier |= set(zip(o["doc_id"], o["unit_id"], o["start"]))
    seen = pd.Series([k in earlier for k in zip(sheet["doc_id"], sheet["unit_id"], sheet["start"])])
    out = {"corpus": corpus, "rows": len(sheet), "rows_still_found": int(still.sum()),
           "rows_in_earlier_sheets": int(seen.sum()), "judges": {}}
    verdicts = []
    for path in judges:
        j = pd.read_csv(path, dtype=str, keep_default_na=False)
        if list(j["draw_row"]) != list(sheet["draw_row"]) or not set(JUDGE_COLUMNS) <= set(j.columns):
            raise SystemExit(f"{path}: must hold the blind sheet's rows in order and the columns {JUDGE_COLUMNS}")
        ok = j["is_hedge"].str.strip().str.lower()
        bad = sorted(set(ok) - {"yes", "no"})
        if bad:
            raise SystemExit(f"{path}: is_hedge must be yes or no, found {bad}")
        k, n = int((ok == "yes").sum()), len(ok)
        per_kind = {kind: {"yes": int((ok[g.index] == "yes").sum()), "n": len(g)}
                    for kind, g in j.groupby("hedge_kind")}
        per_entry = {e: {"yes": int((ok[g.index] == "yes").sum()), "n": len(g)} for e, g in j.groupby("hedge")}
        kf, nf = int(((ok == "yes") & ~seen).sum()), int((~seen).sum())
        out["judges"][path.name] = {"hedges": k, "n": n, "precision": round(k / n, 4), "wilson95": wilson(k, n),
                                    "rows_not_in_earlier_sheets": {"hedges": kf, "n": nf},
                                    "by_kind": per_kind, "by_entry": per_entry,
                                    "voice": j.loc[ok == "yes", "voice"].str.strip().value_counts().to_dict()}
        verdicts.append(ok)
    if agree := judges_agreement(verdicts):
        out["agreement"] = agree
    return out


def _seed(path: Path) -> int:
    return int(re.search(r"_seed(\d+)\.", path.name).group(1))


def _overlaps(sentence: str, phrase: str, found: list[tuple[int, int]]) -> bool | None:
    """Whether a lexicon hit (start, end) overlaps ``phrase`` in ``sentence``; None when the phrase is not there."""
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(phrase.strip()), sentence, re.IGNORECASE)]
    if not spans:
        return None
    return any(s < he and hs < e for s, e in spans for hs, he in found)


def _recall(articles: Path, units_of: dict) -> dict:
    stem, corpus, coders = _sheet(articles, ".articles.csv", "recall", "coder")
    if not coders:
        return {}
    ids = set(pd.read_csv(articles, dtype=str)["doc_id"])
    key = f"units:{corpus}"
    if key not in units_of:
        units_of[key] = RCD.sentences(corpus)
    units = units_of[key][units_of[key]["doc_id"].isin(ids)]
    text = {(r.doc_id, int(r.unit_id)): r.text for r in units.itertuples()}
    h = hits(units)
    found = {}
    for r in h.itertuples():
        found.setdefault((r.doc_id, int(r.unit_id)), []).append((int(r.start), int(r.start) + len(r.text)))
    out = {"corpus": corpus, "articles": len(ids), "sentences": len(units),
           "words": int(units["text"].str.split().str.len().sum()), "lexicon_hits": len(h), "coders": {}}
    marked = []
    for path in coders:
        c = pd.read_csv(path, dtype=str, keep_default_na=False)
        if not set(CODER_COLUMNS) <= set(c.columns):
            raise SystemExit(f"{path}: needs the columns {CODER_COLUMNS}")
        hit, missing, absent = 0, [], 0
        mine = set()
        for r in c.itertuples():
            k = (r.doc_id, int(r.unit_id))
            if k not in text:
                absent += 1
                continue
            got = _overlaps(text[k], r.phrase, found.get(k, []))
            if got is None:
                absent += 1
                continue
            mine.add(k)
            if got:
                hit += 1
            else:
                missing.append(r.phrase.strip().lower())
        n = hit + len(missing)
        lex_marked = sum(1 for r in h.itertuples() if (r.doc_id, int(r.unit_id)) in mine)
        out["coders"][path.name] = {"hedges": n, "found_by_lexicon": hit,
                                    "recall": round(hit / n, 4) if n else None, "wilson95": wilson(hit, n),
                                    "missed_phrases": sorted(missing), "rows_not_matched_to_text": absent,
                                    "lexicon_hits_in_marked_sentences": lex_marked}
        marked.append(mine)
    if len(marked) >= 2:
        out["sentences_marked_by_both"] = len(marked[0] & marked[1])
        out["sentences_marked_by_either"] = len(marked[0] | marked[1])
    return out


def score() -> dict:
    """Score every judged precision sheet and coded recall sheet in ``benchmarks/results`` with the checked-out
    lexicon; write ``benchmarks/results/hedge_check_v<version>.json`` (the lexicon's version)."""
    cache: dict = {}
    precision = {p.name: r for p in sorted(RESULTS.glob("hedge_check_*.blind.csv")) if (r := _precision(p, cache))}
    recall = {p.name: r for p in sorted(RESULTS.glob("hedge_recall_*.articles.csv")) if (r := _recall(p, cache))}
    pooled = {}
    for sheet in precision.values():
        for i, (name, j) in enumerate(sorted(sheet["judges"].items())):
            p = pooled.setdefault(f"judge{i + 1}", {"hedges": 0, "n": 0})
            p["hedges"] += j["hedges"]
            p["n"] += j["n"]
    for p in pooled.values():
        p["precision"] = round(p["hedges"] / p["n"], 4)
        p["wilson95"] = wilson(p["hedges"], p["n"])
    version = load_hedges()["version"]
    fresh = FRESH.get(version, {"precision": [], "recall": []})
    validation = {"precision": {n: precision[f"{n}.blind.csv"]["judges"] for n in fresh["precision"]
                                if f"{n}.blind.csv" in precision},
                  "recall": {n: recall[f"{n}.articles.csv"]["coders"] for n in fresh["recall"]
                             if f"{n}.articles.csv" in recall}}
    result = {"computed": dt.date.today().isoformat(),
              "lexicon": "helpers/data/hedges.yaml", "lexicon_version": version,
              "protocol": "benchmarks/results/hedge_check_protocol.md",
              "datasets": DATASETS,
              "precision": precision, "precision_pooled": pooled, "recall": recall,
              "validation": validation, "validation_note": "the sheets drawn after this lexicon version was frozen "
                                                           "(FRESH in benchmarks/hedge_check.py); every other sheet "
                                                           "is development data for it or a check of an earlier "
                                                           "version"}
    out = RESULTS / f"hedge_check_v{version}.json"
    out.write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return result


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", choices=RCD.CORPORA, default="allsides")
    ap.add_argument("--draw", type=int, metavar="SEED", help="write a blind precision sheet of N hits")
    ap.add_argument("--articles", type=int, metavar="SEED", help="draw N articles for the recall coders")
    ap.add_argument("--n", type=int, default=80, help="hits (--draw) or articles (--articles) to draw")
    ap.add_argument("--score", action="store_true", help="score every judged sheet; write hedge_check_v<version>.json")
    args = ap.parse_args(argv)
    if args.draw is None and args.articles is None and not args.score:
        sys.exit("give --draw SEED, --articles SEED or --score")
    if args.draw is not None:
        draw(args.corpus, args.draw, args.n)
    if args.articles is not None:
        draw_articles(args.corpus, args.articles, args.n)
    if args.score:
        print(json.dumps(score(), indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
