"""Benchmark of the attribution extractor (notebook 02, section 2): accuracy and speed.

Run on demand (not in CI), from the project root::

    .venv/bin/python benchmarks/bench_sourcing.py                 # dev scores, train scores, timings; writes results
    .venv/bin/python benchmarks/bench_sourcing.py --split train --no-write   # while developing (train only)
    .venv/bin/python benchmarks/bench_sourcing.py --misses   # train misses grouped by construction (error analysis)
    .venv/bin/python benchmarks/bench_sourcing.py --direct --show 5   # train direct quotations missed / not in gold

Train is also scored by half (:func:`train_half`, a hash of the article id): issue 12ad-q developed on half A and
checked on half B, so that a rule's effect on text it was not written from is seen before dev is scored.

Accuracy: PolNeAR (Newell, Margolin & Ruths, LREC 2018), US election coverage
from seven outlets with every attribution annotated, in
``../shared/data/attribution-dev/`` (train and dev splits). The article text is
read with :func:`helpers.load_corpus`, as a user's folder of ``.txt`` files
would be, split with :func:`helpers.corpus.segment` and passed to
:func:`helpers.measures.sourcing.extract_attributions` with the notebook's defaults.
Scores (:mod:`helpers.measures.attribution_eval`): cue, cue + source, direct quotations.
The rules were developed on TRAIN; DEV is the held-out figure.

Speed: :func:`extract_attributions` on the sentences of the 2,000 AllSides
articles that notebook 02 reads by default (``max_articles=2000``, seed 0,
``group_by=bias_text``), and on one synthetic article of about 50 MB; :func:`find_hedges` on a synthetic
unsplit text of the same size with a hedge every few words.

Writes ``benchmarks/results/bench_sourcing.json`` (data set names, the date it
was computed, the figures), which notebook 02's trust section displays. The
project never reads ``../shared`` at run time.
"""
from __future__ import annotations

import os

os.environ.setdefault("TQDM_DISABLE", "1")
import argparse
import datetime as dt
import json
import re
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
POLNEAR = ROOT.parent / "shared" / "data" / "attribution-dev"
ALLSIDES = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.gz"
RESULTS = ROOT / "benchmarks" / "results" / "bench_sourcing.json"


_MISS_CLASSES = [  # (class, test on the text before and after the missed gold cue), first match wins
    ("end of clause", lambda b, a: re.match(r"\s*[.!?;]", a) is not None),
    ("before a quotation", lambda b, a: re.match(r"\s*[\"\u201c]", a) is not None),
    ("colon", lambda b, a: re.match(r"\s*:", a) is not None),
    ("before 'that'", lambda b, a: re.match(r"\s*that\b", a) is not None),
    ("before an infinitive", lambda b, a: re.match(r"\s*to\b", a) is not None),
    ("before whether/if/how/what/why", lambda b, a: re.match(r"\s*(?:whether|if|how|what|why)\b", a) is not None),
    ("after a possessive (nominal)", lambda b, a: re.search(r"(?:his|her|their|its|'s|\u2019s)\s+$", b) is not None),
    ("other (noun phrase after the cue, ...)", lambda b, a: True),
]


def _train_predictions(split: str, option: str):
    """Gold and predicted attributions of ``split`` for an error analysis (train only: dev is never read row by
    row): ``(gold, pred, raw)`` with ``raw`` mapping each document to its text."""
    from helpers import load_corpus
    from helpers.corpus.segment import segment
    from helpers.measures import attribution_eval as E
    from helpers.measures import sourcing as S

    if split != "train":
        sys.exit(f"{option} reads the train split only: dev is held out and is never read row by row")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(POLNEAR / split / "text")
    units = segment(corpus, "sentence")
    att = S.extract_attributions(units, ["outlet"])
    gold = E.gold_attributions(POLNEAR / split / "attributions", corpus["doc_id"], corpus["raw"])
    return gold, E.predicted_spans(att, units), dict(zip(corpus["doc_id"], corpus["raw"]))


def miss_table(split: str = "train", top: int = 30) -> str:
    """Missed gold attributions of ``split`` (train only) grouped by the cue's surroundings, with the most frequent
    missed cue texts: an error analysis for development, never run on the held-out split."""
    import collections

    from helpers.measures import attribution_eval as E

    gold, pred, raw = _train_predictions(split, "--misses")
    found = collections.defaultdict(list)
    for r in pred.itertuples():
        found[r.doc_id].append(r.cue)
    classes, texts = collections.Counter(), collections.Counter()
    for g in gold.itertuples():
        if not g.cue or any(E._overlap(c, g.cue) for c in found[g.doc_id]):
            continue
        s, e = g.cue[0][0], g.cue[-1][1]
        before, after = raw[g.doc_id][max(0, s - 80):s], raw[g.doc_id][e:e + 80]
        classes[next(name for name, test in _MISS_CLASSES if test(before, after)) + (" (direct)" if g.direct else "")] += 1
        texts[re.sub(r"\s+", " ", raw[g.doc_id][s:e].lower().strip())] += 1
    lines = [f"missed gold attributions on {split}: {sum(classes.values())}"]
    lines += [f"  {n:6d}  {name}" for name, n in sorted(classes.items(), key=lambda kv: (-kv[1], kv[0]))]
    lines.append(f"most frequent missed cue texts (top {top}):")
    lines += [f"  {n:6d}  {t!r}" for t, n in sorted(texts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]]
    return "\n".join(lines)


def _convention(text: str) -> str:
    """The quotation-mark convention of a gold content ('' doubled, curly double, straight double, single only)."""
    if "''" in text or "``" in text:
        return "doubled ''"
    if "\u201c" in text or "\u201d" in text:
        return "curly double"
    if '"' in text:
        return "straight double"
    return "single only"


def direct_table(split: str = "train", top: int = 15, show: int = 0, seed: int = 0) -> str:
    """Direct quotations of ``split`` (train only) that the extractor misses (no cue found, or the cue found but
    marked reported) and its direct quotations that gold does not have (annotated as another attribution, or not
    annotated), by quotation convention and cue text; ``show`` random examples of each with their context."""
    import collections
    import random

    from helpers.measures import attribution_eval as E

    gold, pred, raw = _train_predictions(split, "--direct")
    gold = gold[gold["cue"].map(bool)]
    by_p, by_g = collections.defaultdict(list), collections.defaultdict(list)
    for r in pred.itertuples():
        by_p[r.doc_id].append(r)
    for g in gold.itertuples():
        by_g[g.doc_id].append(g)

    def cue_text(doc, spans):
        return re.sub(r"\s+", " ", raw[doc][spans[0][0]:spans[-1][1]].lower().strip())

    def context(doc, spans):
        s, e = spans[0][0], spans[-1][1]
        t = raw[doc]
        return re.sub(r"\s+", " ", t[max(0, s - 120):s] + "[[" + t[s:e] + "]]" + t[e:e + 120])

    rows = {"missed": [], "false": []}
    for g in gold.itertuples():
        if g.direct:
            hits = [p for p in by_p[g.doc_id] if E._overlap(p.cue, g.cue)]
            if not any(p.direct for p in hits):
                c0, c1 = min(a for a, _ in g.content), max(b for _, b in g.content)
                rows["missed"].append(("cue found, marked reported" if hits else "no cue found",
                                       _convention(raw[g.doc_id][c0:c1]), g.doc_id, g.cue))
    for p in pred.itertuples():
        if p.direct:
            hits = [g for g in by_g[p.doc_id] if E._overlap(p.cue, g.cue)]
            if not any(g.direct for g in hits):
                rows["false"].append(("annotated as another attribution" if hits else "no annotated attribution",
                                      "", p.doc_id, p.cue))
    lines = []
    for name, title in (("missed", "missed direct quotations"), ("false", "direct quotations gold does not have")):
        r = rows[name]
        lines.append(f"{title} on {split}: {len(r)}")
        for label, n in sorted(collections.Counter(x[0] for x in r).items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"  {n:6d}  {label}")
        if name == "missed":
            for label, n in sorted(collections.Counter(x[1] for x in r).items(), key=lambda kv: (-kv[1], kv[0])):
                lines.append(f"  {n:6d}  marks: {label}")
        texts = collections.Counter(cue_text(x[2], x[3]) for x in r)
        lines.append(f"  most frequent cue texts (top {top}): " + ", ".join(
            f"{t!r} {n}" for t, n in sorted(texts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]))
        for x in random.Random(seed).sample(r, min(show, len(r))):
            lines.append(f"    [{x[0]}] {context(x[2], x[3])}")
    return "\n".join(lines)


def train_half(doc_id: str) -> str:
    """The half of PolNeAR train an article falls in, by a stable hash of its id ("A": rules developed on it in
    issue 12ad-q, "B": checked on it; both halves were developed on in earlier rounds)."""
    import hashlib

    return "A" if int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "B"


def score_split(split: str) -> dict:
    """Scores of the extractor on one PolNeAR split (on train also by :func:`train_half`)."""
    from helpers import load_corpus
    from helpers.corpus.segment import segment
    from helpers.measures import attribution_eval as E
    from helpers.measures import sourcing as S

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(POLNEAR / split / "text")
    units = segment(corpus, "sentence")
    t0 = time.perf_counter()
    att = S.extract_attributions(units, ["outlet"])
    secs = time.perf_counter() - t0
    gold = E.gold_attributions(POLNEAR / split / "attributions", corpus["doc_id"], corpus["raw"])
    pred = E.predicted_spans(att, units)
    scores = E.score_attributions(pred, gold)
    out = {"split": split, "articles": len(corpus), "sentences": len(units), "gold_attributions": len(gold),
           "predicted": len(pred), "seconds": round(secs, 2), "scores": scores}
    if split == "train":
        out["halves"] = {h: E.score_attributions(pred[pred["doc_id"].map(train_half) == h],
                                                 gold[gold["doc_id"].map(train_half) == h]) for h in ("A", "B")}
    return out


def time_allsides(n: int = 2000) -> dict:
    """Extraction time on the sentences of the notebook's default sample of AllSides."""
    from helpers import load_corpus
    from helpers.corpus import groups as GR
    from helpers.corpus.segment import segment
    from helpers.measures import sourcing as S

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(ALLSIDES)
    keep = GR.sample_articles(corpus["bias_text"], n, 0)
    sample = corpus[keep].reset_index(drop=True)
    units = segment(sample, "sentence", columns=["outlet", "bias_text"])
    t0 = time.perf_counter()
    att = S.extract_attributions(units, ["outlet", "bias_text"])
    secs = time.perf_counter() - t0
    return {"articles": len(sample), "sentences": len(units), "attributions": len(att), "seconds": round(secs, 1)}


def time_huge(mb: float = 50.0) -> dict:
    """Extraction time on one synthetic article of about ``mb`` megabytes given as a single unit (no sentence breaks)."""
    import pandas as pd

    from helpers.measures import sourcing as S

    piece = ('The minister said that "the talks will go on, ' + "and on " * 40 + '" and officials added '
             "that \u201cnothing was agreed\u201d. ")
    text = piece * int(mb * 1e6 / len(piece))
    units = pd.DataFrame({"doc_id": ["huge"], "unit_id": [0], "outlet": ["x"], "text": [text]})
    t0 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the unit is longer than MAX_UNIT_CHARS: read up to that length
        att = S.extract_attributions(units, ["outlet"])
    return {"megabytes": round(len(text) / 1e6, 1), "attributions": len(att),
            "seconds": round(time.perf_counter() - t0, 1)}


def time_huge_hedges(mb: float = 50.0) -> dict:
    """Hedge search time on one synthetic unsplit text of about ``mb`` megabytes with a hedge every few words (the
    worst case of the matcher's overlap check and of the hedge look-aheads; the unit is read up to MAX_UNIT_CHARS)."""
    import pandas as pd

    from helpers.measures import sourcing as S

    piece = "the minister is said to have left and he seems to know it, some say, was accused of lying "
    text = piece * int(mb * 1e6 / len(piece))
    units = pd.DataFrame({"doc_id": ["huge"], "unit_id": [0], "outlet": ["x"], "paragraph_id": [0], "role": ["body"],
                          "text": [text]})
    t0 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the unit is longer than MAX_UNIT_CHARS: read up to that length
        hedges = S.find_hedges(units, ["outlet"])
    return {"megabytes": round(len(text) / 1e6, 1), "hedges": len(hedges),
            "seconds": round(time.perf_counter() - t0, 1)}


def _line(name: str, s: dict) -> str:
    from helpers.measures.attribution_eval import rounded_down

    p, r, f = (rounded_down(s[k]) for k in ("precision", "recall", "f1"))  # never rounded up past a target
    return (f"  {name:15s} P {p:.3f} ({s['tp_pred']}/{s['n_pred']})  "
            f"R {r:.3f} ({s['tp_gold']}/{s['n_gold']})  F1 {f:.3f}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["train", "dev", "both"], default="both")
    ap.add_argument("--no-timing", action="store_true", help="skip the AllSides and 50 MB timings")
    ap.add_argument("--huge-mb", type=float, default=50.0)
    ap.add_argument("--no-write", action="store_true", help="do not write the results file")
    ap.add_argument("--misses", action="store_true",
                    help="print the train split's missed attributions grouped by construction, then stop")
    ap.add_argument("--direct", action="store_true",
                    help="print the train split's missed and false direct quotations by kind, then stop")
    ap.add_argument("--show", type=int, default=0, help="with --direct: random examples of each, with context")
    args = ap.parse_args(argv)
    if not POLNEAR.is_dir():
        sys.exit(f"PolNeAR not found at {POLNEAR}: this benchmark needs ../shared/data/attribution-dev")
    if args.misses:
        print(miss_table("train"))
        return
    if args.direct:
        print(direct_table("train", show=args.show))
        return
    splits = ["train", "dev"] if args.split == "both" else [args.split]
    res = {"dataset": "PolNeAR (Newell, Margolin & Ruths, LREC 2018), github networkdynamics/PolNeAR commit c3eee833",
           "computed": dt.date.today().isoformat(), "scoring": (
               "cue: predicted cue overlaps the gold cue; cue_source: cue and source spans both overlap, over "
               "attributions with a stated source; cue_source_all: every attribution, an empty source matching an "
               "empty one; direct: gold contents that start or end with a quotation mark against attributions the "
               "extractor marks direct. Development on train; dev is held out."), "splits": {}}
    for split in splits:
        r = score_split(split)
        res["splits"][split] = r
        print(f"PolNeAR {split}: {r['articles']} articles, {r['gold_attributions']} gold attributions, "
              f"{r['predicted']} predicted ({r['seconds']} s)")
        for name, s in r["scores"].items():
            print(_line(name, s))
        for h, sc in r.get("halves", {}).items():
            print(f"  train half {h} (hash of the article id): " + "; ".join(
                f"{m} F1 {sc[m]['f1']:.4f} (P {sc[m]['tp_pred']}/{sc[m]['n_pred']}, R {sc[m]['tp_gold']}/{sc[m]['n_gold']})"
                for m in ("cue", "cue_source", "direct")))
    if not args.no_timing and ALLSIDES.is_file():
        res["allsides_2000"] = time_allsides()
        print(f"AllSides: {res['allsides_2000']}")
        res["huge_article"] = time_huge(args.huge_mb)
        print(f"Synthetic article: {res['huge_article']}")
        res["huge_article_hedges"] = time_huge_hedges(args.huge_mb)
        print(f"Synthetic article, hedge search: {res['huge_article_hedges']}")
    if not args.no_write and args.split == "both":
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(res, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
