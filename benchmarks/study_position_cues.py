"""Candidate study of position and intention cues in context (issue 12ad-c): which (word, context) cells to adopt.

Run on demand, from the project root::

    .venv/bin/python benchmarks/study_position_cues.py            # writes benchmarks/results/position_cue_study.csv

Reads the TRAIN split of PolNeAR only (``../shared/data/attribution-dev/train``; dev is never read here). Every
candidate word or frame below is read by :func:`helpers.measures.attribution_position.position_cues` in study mode,
which labels each hit with its context cell (the subject's class, the complement's kind, a negation; see that
module); the rest of the extractor runs as shipped, so a hit is *new* when no other rule found a cue there. A hit is
right when its cue overlaps an annotated cue. The train articles are split into halves A and B by a stable hash of
the article id (:func:`half`); a cell is chosen on A (precision of its new hits >= 0.75, at least 8 hits) and
confirmed on B (>= 0.70); only cells that pass both are adopted (column ``adopt``). The results file holds counts
only, no text: per ``level`` (``fine``: the cells as read; ``person_pooled``: pronoun, name, role noun and relative
subjects pooled as one person-like class, a second look added after the fine table had been seen), ``entry``,
``category`` and ``cell``, the new hits, the annotated ones and the annotated ones no other rule found
(``new_gold``) on each half, their precision and the selection flags. The cells passing here were then read on
AllSides before any was shipped (issue 12ad-c in ``docs/VALIDATION.md``): ``helpers/data/position_cues.yaml`` lists
the one kept.
"""
from __future__ import annotations

import os

os.environ.setdefault("TQDM_DISABLE", "1")
import argparse
import collections
import csv
import hashlib
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
POLNEAR = ROOT.parent / "shared" / "data" / "attribution-dev"
OUT = ROOT / "benchmarks" / "results" / "position_cue_study.csv"

CHOOSE_P, CHOOSE_N, CONFIRM_P = 0.75, 8, 0.70
"""The selection rule, fixed before the study was run."""

CANDIDATES = {
    # intention: a plan, a wish or an aim
    "want": ("intention", ["wants", "wanted", "want", "wanting"]),
    "plan": ("intention", ["plans", "planned", "plan", "planning"]),
    "seek": ("intention", ["seeks", "sought", "seek", "seeking"]),
    "intend": ("intention", ["intends", "intended", "intend"]),
    "decide": ("intention", ["decided", "decides", "decide"]),
    "try": ("intention", ["tried", "tries", "try", "trying", "attempted", "attempts", "attempting"]),
    "aim": ("intention", ["aimed", "aims", "moved", "moves"]),
    "prefer": ("intention", ["prefers", "preferred", "prefer"]),
    "offer": ("intention", ["offered", "offers", "offer"]),
    "agree": ("intention", ["agreed", "agrees", "agree"]),
    # position: a side taken, a view held
    "support": ("position", ["support", "supports", "supported", "supporting"]),
    "oppose": ("position", ["oppose", "opposes", "opposed", "opposing"]),
    "back": ("position", ["backs", "backed", "back", "backing"]),
    "favor": ("position", ["favors", "favored", "favor", "favours", "favoured", "favour"]),
    "push": ("position", ["pushed", "pushes", "push", "pushing"]),
    "urge": ("position", ["urge", "urging"]),
    "embrace": ("position", ["embraced", "embraces", "embrace"]),
    "endorse": ("position", ["endorse", "endorses", "endorsing"]),
    "vote": ("position", ["voted for", "voted against", "votes for", "votes against"]),
    "see": ("position", ["sees", "saw", "see"]),
    "think": ("position", ["think", "thinks", "thought"]),
    "know": ("position", ["know", "knows", "knew"]),
    "seem": ("position", ["seems", "seemed", "seem"]),
    "name": ("position", ["named", "names"]),
    "in_speech": ("position", ["in"]),
    "in_poll": ("position", ["in"]),
    "for_view": ("position", ["for"]),
    "to_view": ("position", ["to"]),
}
FRAMES = {"in_speech", "in_poll", "for_view", "to_view"}
NOMINALS = {
    "claim_n": ("position", ["claim", "claims", "assertion", "assertions", "allegation", "allegations",
                             "accusation", "accusations", "argument", "arguments"]),
    "plan_n": ("intention", ["plan", "plans", "proposal", "proposals", "promise", "promises", "pledge", "pledges",
                             "vow", "vows", "threat", "threats", "call", "calls", "demand", "demands"]),
    "view_n": ("position", ["view", "views", "belief", "beliefs", "position", "positions", "stance", "opinion",
                            "criticism", "criticisms", "support", "opposition", "praise", "endorsement"]),
    "remark_n": ("position", ["comments", "remarks", "statement", "statements", "warning", "warnings", "suggestion",
                              "insistence", "complaint", "complaints", "rhetoric", "message", "announcement",
                              "response", "attacks", "attack", "defense"]),
}
CANDIDATES.update(NOMINALS)


def half(doc_id: str) -> str:
    """``"A"`` or ``"B"``: a stable hash of the article id (first byte of its MD5, even or odd)."""
    return "A" if hashlib.md5(str(doc_id).encode("utf-8")).digest()[0] % 2 == 0 else "B"


def study_lexicon() -> dict:
    """The candidates as a position-cue lexicon in study mode (every cell read)."""
    entries = {}
    for eid, (cat, terms) in CANDIDATES.items():
        entries[eid] = {"category": cat, "terms": terms, "cells": []}
        if eid in FRAMES:
            entries[eid]["frame"] = eid
        if eid in NOMINALS:
            entries[eid]["nominal"] = True
    return {"entries": entries, "study": True}


def run() -> list[dict]:
    """Count new hits and right ones per (entry, cell, half) on PolNeAR train."""
    from helpers import load_corpus
    from helpers.corpus.segment import segment
    from helpers.measures import attribution_eval as E
    from helpers.measures import sourcing as S

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(POLNEAR / "train" / "text")
    units = segment(corpus, "sentence")
    att = S.extract_attributions(units, ["outlet"], position_cues=study_lexicon())
    gold = E.gold_attributions(POLNEAR / "train" / "attributions", corpus["doc_id"], corpus["raw"])
    starts = units.set_index(["doc_id", "unit_id"])["start"]
    gold_cues = collections.defaultdict(list)
    for g in gold.itertuples():
        if g.cue:
            gold_cues[g.doc_id].append(g.cue)
    base = collections.defaultdict(list)
    cand = []
    for r in att.itertuples():
        if not r.verb or r.verb_start < 0:
            continue
        b = int(starts.loc[(r.doc_id, r.unit_id)]) + int(r.verb_start)
        span = [(b, b + len(r.verb))]
        if ":" in r.verb_lemma and r.verb_lemma.split(":")[0] in CANDIDATES:
            cand.append((r.doc_id, r.verb_lemma, span))
        else:
            base[r.doc_id].append(span)
    counts = collections.defaultdict(lambda: [0, 0, 0])
    for doc, lemma, span in cand:
        if any(E._overlap(span, c) for c in base[doc]):
            continue  # not new: another rule found a cue there
        hits = [c for c in gold_cues[doc] if E._overlap(span, c)]
        new_gold = any(not any(E._overlap(c, p) for p in base[doc]) for c in hits)
        entry, cell = lemma.split(":", 1)
        k = (entry, cell, half(doc))
        counts[k][0] += 1
        counts[k][1] += bool(hits)
        counts[k][2] += new_gold
    pooled = collections.defaultdict(lambda: [0, 0, 0])
    for (entry, cell, h), c in counts.items():
        words = cell.split()
        if words[0] in PERSON_LIKE:
            key = (entry, " ".join(["person", *words[1:]]), h)
            for i in range(3):
                pooled[key][i] += c[i]
    return _table(counts, "fine") + _table(pooled, "person_pooled")


PERSON_LIKE = {"pronoun", "name", "role_noun", "relative"}
"""The subject classes pooled as a person-like source (the issue's "named person, pronoun, titled noun"); the pooled
level was added after the fine table had been seen (reported as a second look)."""


def _table(counts: dict, level: str) -> list[dict]:
    rows = []
    for entry, cell in sorted({(e, c) for e, c, _ in counts}):
        a, b = counts[(entry, cell, "A")], counts[(entry, cell, "B")]
        pa = a[1] / a[0] if a[0] else 0.0
        pb = b[1] / b[0] if b[0] else 0.0
        chosen = a[0] >= CHOOSE_N and pa >= CHOOSE_P
        rows.append({"level": level, "entry": entry, "category": CANDIDATES[entry][0], "cell": cell,
                     "n_A": a[0], "right_A": a[1], "new_gold_A": a[2], "precision_A": round(pa, 3),
                     "n_B": b[0], "right_B": b[1], "new_gold_B": b[2], "precision_B": round(pb, 3),
                     "chosen_A": chosen, "adopt": chosen and b[0] > 0 and pb >= CONFIRM_P})
    return rows


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--min-n", type=int, default=5, help="print cells with at least this many hits in A and B")
    args = ap.parse_args(argv)
    if not POLNEAR.is_dir():
        sys.exit(f"PolNeAR not found at {POLNEAR}")
    rows = run()
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    for r in sorted(rows, key=lambda r: -(r["n_A"] + r["n_B"])):
        if r["n_A"] + r["n_B"] >= args.min_n:
            print(f"{r['level']:13s} {r['entry']:10s} {r['cell']:30s} A {r['right_A']:4d}/{r['n_A']:4d} {r['precision_A']:.2f}  "
                  f"B {r['right_B']:4d}/{r['n_B']:4d} {r['precision_B']:.2f}  {'ADOPT' if r['adopt'] else ''}")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
