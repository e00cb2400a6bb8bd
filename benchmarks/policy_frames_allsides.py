"""A general check of the policy-frame tagger on AllSides sentences (issue 14y).

The coded set lives in ``benchmarks/data/policy_frames_allsides/`` (ids and codes only; the corpus' README
forbids copying its text into the project). This script redraws the sample, prints the sentences from the corpus
and scores the tagger against the codes.

Population: the articles of ``../shared/data/allsides/articles.jsonl.gz`` whose headline and body do not name
Pakistan, Afghanistan, the Taliban or the TTP. Draw (seed ``SEED``): the articles are shuffled with
``numpy.random.default_rng(SEED)``; in that order an article is taken when its outlet has given fewer than
``MAX_PER_SOURCE`` articles so far, and one body sentence of it is drawn (paragraphs are the body's lines, sentences
from :func:`helpers.corpus.segment.split_sentences`; a sentence qualifies when it has 8 to 70 words, starts with a
capital letter or a quotation mark, and names none of the excluded places), until ``N_DRAW`` sentences are drawn.
A sentence's id is ``<doc_id>:<paragraph>:<sentence>``; it is held out when
``helpers.framing.articles.hash_split(ids, parts=3)`` says so (about one in three), decided before any coding.

Usage (from the project root; needs ``../shared/data/allsides``)::

    .venv/bin/python benchmarks/policy_frames_allsides.py draw     # redraw; check the ids against codes.csv
    .venv/bin/python benchmarks/policy_frames_allsides.py show development # print the dev sentences with their codes
    .venv/bin/python benchmarks/policy_frames_allsides.py score development [--errors]
    .venv/bin/python benchmarks/policy_frames_allsides.py score held-out --write 2026-12-01

``score`` prints micro precision, recall and F1 over all policy frames (a false positive on a frame the coder never
used counts), per frame with n, and a 95% bootstrap interval (sentences resampled, 2,000 draws, seed 0);
``--write DATE`` stores the figures, with that date, in ``benchmarks/results/policy_frames_allsides_<split>.json``.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
ALLSIDES = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.gz"
DATA = ROOT / "benchmarks" / "data" / "policy_frames_allsides"
CODES = DATA / "codes.csv"
RESULTS = ROOT / "benchmarks" / "results"

from helpers.corpus.segment import split_sentences  # noqa: E402
from helpers.framing.articles import hash_split  # noqa: E402
from helpers.framing.codebooks import CODEBOOK_DIR, load_codebooks  # noqa: E402
from helpers.framing.cues import find_cues  # noqa: E402
from helpers.framing.hand_codes import label_matrix, predicted_matrix  # noqa: E402
from helpers.framing.tagger import tag_frames  # noqa: E402

SEED = 1414
N_DRAW = 150
MAX_PER_SOURCE = 8
EXCLUDED = re.compile(r"pakistan|afghan|taliban|\bttp\b|kabul|islamabad|waziristan|pashtun", re.IGNORECASE)
_CAPITAL = re.compile(r"^[A-Z\"“‘']")


def _articles() -> list[dict]:
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    keep = [{"doc_id": str(r["ID"]), "source": r["source"], "topic": r["topic"], "text": r["text"] or ""}
            for r in rows if not EXCLUDED.search((r.get("title") or "") + " " + (r.get("text") or ""))]
    return sorted(keep, key=lambda r: r["doc_id"])


def _sentences(text: str) -> list[tuple[int, int, str]]:
    out = []
    for p, para in enumerate(x for x in text.split("\n") if x.strip()):
        for s, (a, b) in enumerate(split_sentences(para.strip())):
            out.append((p, s, para.strip()[a:b]))
    return out


def _eligible(sentence: str) -> bool:
    n = len(sentence.split())
    return 8 <= n <= 70 and bool(_CAPITAL.match(sentence)) and not EXCLUDED.search(sentence)


def draw() -> pd.DataFrame:
    """The drawn sentence ids, in draw order, with their split."""
    arts = _articles()
    rng = np.random.default_rng(SEED)
    per_source: dict[str, int] = {}
    rows = []
    for i in rng.permutation(len(arts)):
        art = arts[int(i)]
        if per_source.get(art["source"], 0) >= MAX_PER_SOURCE:
            continue
        cands = [c for c in _sentences(art["text"]) if _eligible(c[2])]
        if not cands:
            continue
        p, s, _ = cands[int(rng.integers(len(cands)))]
        per_source[art["source"]] = per_source.get(art["source"], 0) + 1
        rows.append({"sentence_id": f"{art['doc_id']}:{p}:{s}", "draw_order": len(rows)})
        if len(rows) == N_DRAW:
            break
    out = pd.DataFrame(rows)
    out["split"] = hash_split(out["sentence_id"], parts=3).to_numpy()
    return out


def sentences(ids: pd.Series) -> pd.DataFrame:
    """Text, outlet and topic of each sentence id, read from the corpus (never written into the project)."""
    arts = {a["doc_id"]: a for a in _articles()}
    rows = []
    for sid in ids:
        doc, p, s = sid.rsplit(":", 2)
        art = arts[doc]
        text = {(pp, ss): t for pp, ss, t in _sentences(art["text"])}[(int(p), int(s))]
        rows.append({"sentence_id": sid, "sentence": text, "source": art["source"], "topic": art["topic"]})
    return pd.DataFrame(rows)


def _codes(split: str) -> pd.DataFrame:
    df = pd.read_csv(CODES, dtype=str, keep_default_na=False)
    return df[df["split"] == split].reset_index(drop=True)


def _micro(gold: np.ndarray, pred: np.ndarray) -> dict:
    tp = int((gold & pred).sum())
    fp = int((~gold & pred).sum())
    fn = int((gold & ~pred).sum())
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else float("nan")
    return {"tp": tp, "fp": fp, "fn": fn, "precision": tp / (tp + fp) if tp + fp else float("nan"),
            "recall": tp / (tp + fn) if tp + fn else float("nan"), "F1": f1}


def score(split: str, errors: bool = False, write: str = "", codebook: Path | None = None) -> dict:
    """Score the tagger on one split of the coded sentences; print the figures and, given a date in ``write``, store them."""
    codes = _codes(split)
    text = sentences(codes["sentence_id"])
    cb = load_codebooks([codebook or CODEBOOK_DIR / "policy_frames.yaml"])  # the shared codebook, no study cues
    sample = codes.assign(doc_id=codes["sentence_id"], sentence=text["sentence"].to_numpy(), coder_notes="")
    units = sample[["doc_id", "sentence"]].rename(columns={"sentence": "text"})
    frames = tag_frames(units, find_cues(units, cb), cb, keep=("doc_id",))
    gold = label_matrix(sample, cb)
    pred = predicted_matrix(frames, len(units), cb)
    cols = [c for c in gold.columns if not cb[c[0]]["entries"][c[1]].get("residual")]
    g, p = gold[cols].to_numpy(bool), pred[cols].to_numpy(bool)
    res = {"data": "AllSides (Baly et al. 2020), policy_frames_allsides", "date": write, "split": split,
           "n_sentences": len(codes),
           "codebook_version": cb["policy_frames"]["version"], "micro": _micro(g, p)}
    rng = np.random.default_rng(0)
    boots = [_micro(g[ix], p[ix])["F1"] for ix in (rng.integers(0, len(g), len(g)) for _ in range(2000))]
    res["micro"]["F1_ci95"] = [float(np.nanpercentile(boots, 2.5)), float(np.nanpercentile(boots, 97.5))]
    res["per_frame"] = {c[1]: {"n_coded": int(g[:, j].sum()), "n_tagged": int(p[:, j].sum()),
                               **{k: v for k, v in _micro(g[:, j], p[:, j]).items() if k in ("tp", "F1")}}
                        for j, c in enumerate(cols)}
    m = res["micro"]
    print(f"{split}: {len(codes)} sentences, codebook v{res['codebook_version']}: micro P {m['precision']:.2f} "
          f"R {m['recall']:.2f} F1 {m['F1']:.2f} [95% CI {m['F1_ci95'][0]:.2f}, {m['F1_ci95'][1]:.2f}] "
          f"(tp {m['tp']}, fp {m['fp']}, fn {m['fn']})")
    for fr, d in res["per_frame"].items():
        print(f"  {fr:32s} coded {d['n_coded']:3d} tagged {d['n_tagged']:3d} tp {d['tp']:3d} F1 {d['F1']:.2f}")
    if errors:
        ev = frames[frames["counted"]].set_index(["unit", "frame"])["cues"]
        for i in range(len(g)):
            miss = [cols[j][1] for j in np.flatnonzero(g[i] & ~p[i])]
            fps = [f"{cols[j][1]} ({ev.get((i, cols[j][1]), '')})" for j in np.flatnonzero(~g[i] & p[i])]
            if miss or fps:
                print(f"\n[{codes['sentence_id'][i]}] {sample['sentence'][i]}\n  missed: {miss}\n  false: {fps}")
    if write:
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / f"policy_frames_allsides_{split}.json").write_text(json.dumps(res, indent=1) + "\n")
    return res


def main(argv=None) -> None:
    """Command line: ``draw``, ``show <split>`` or ``score <split> [--errors] [--write]``."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=["draw", "show", "score"])
    ap.add_argument("split", nargs="?", default="development", choices=["development", "held-out"])
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--write", metavar="DATE", default="",
                    help="store the figures, with this run date (YYYY-MM-DD), in benchmarks/results/")
    ap.add_argument("--codebook", type=Path, default=None,
                    help="score another policy codebook file (e.g. an earlier version) instead of the shared one")
    a = ap.parse_args(argv)
    if not ALLSIDES.is_file():
        sys.exit(f"{ALLSIDES} not found: this script needs the AllSides corpus in ../shared/data/allsides")
    if a.command == "draw":
        out = draw()
        print(out["split"].value_counts().to_string())
        if CODES.is_file():
            coded = pd.read_csv(CODES, dtype=str, keep_default_na=False)
            same = out["sentence_id"].tolist() == coded["sentence_id"].tolist() and \
                out["split"].tolist() == coded["split"].tolist()
            print(f"{CODES.name}: {'the same ids and splits' if same else 'DIFFERENT ids or splits'} as this draw")
    elif a.command == "show":
        codes = _codes(a.split)
        for r, t in zip(codes.itertuples(index=False), sentences(codes["sentence_id"]).itertuples(index=False)):
            print(f"[{r.sentence_id}] ({t.source}; {t.topic}) {t.sentence}\n  codes: {r.policy_frames}")
    else:
        score(a.split, errors=a.errors, write=a.write, codebook=a.codebook)


if __name__ == "__main__":
    main()
