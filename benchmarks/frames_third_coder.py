"""A third coder of the seeds' blind frame sample: how much the seed figures depend on who codes (issue 14bg-c).

``studies/pak_afg_ttp/frame_validation_sample.blind.csv`` holds 60 seed sentences coded by a second coder (30
``dev``, read while revising cues; 30 ``heldout``, only scored). After the rounds of issue 14bg were merged, a third
coder (an AI assistant that had written no cue and saw neither earlier coding nor any tagger output; 2026-12-05) coded
the same 60 sentences for policy and generic frames from the codebooks' definitions alone:
``studies/pak_afg_ttp/frame_validation_sample.coder3.csv`` (same ids, ``split`` and sentences). Nothing was tuned on
it. This script scores the checked-out tagger against each coding per split (micro precision, recall, F1 with a
bootstrap interval over sentences, as notebook 04 does) and gives Krippendorff's alpha between the codings per label
and pooled: the second coder, the third, and the cue author's codes of the same sentences
(``frame_validation_sample.csv``, matched by sentence text).

Usage (from the project root; reads only the project's files)::

    .venv/bin/python benchmarks/frames_third_coder.py [--write 2026-12-05]

``--write DATE`` stores the figures in ``benchmarks/results/frames_third_coder.json``.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from helpers import framing as F  # noqa: E402
from helpers.core.study import use_study  # noqa: E402
from helpers.notebook.prepare import prepare_corpus  # noqa: E402
from helpers.stats.agreement import krippendorff_alpha, score_table  # noqa: E402
from helpers.validation import cli as V  # noqa: E402
from helpers.validation.coding import consensus  # noqa: E402

STUDY = ROOT / "studies" / "pak_afg_ttp"
CODINGS = {"second coder (blind)": STUDY / "frame_validation_sample.blind.csv",
           "third coder (blind)": STUDY / "frame_validation_sample.coder3.csv",
           "cue author": STUDY / "frame_validation_sample.csv"}
FAMILIES = ("policy_frames", "generic_frames")
RESULTS = ROOT / "benchmarks" / "results" / "frames_third_coder.json"


def _author_on_blind(blind: Path, author: Path) -> pd.DataFrame:
    """The cue author's codes of the blind sample's sentences (matched by text), with the blind file's split."""
    b = pd.read_csv(blind, dtype=str, keep_default_na=False)
    a = pd.read_csv(author, dtype=str, keep_default_na=False)
    norm = {" ".join(s.split()): i for i, s in enumerate(a["sentence"])}
    idx = [norm[" ".join(s.split())] for s in b["sentence"]]
    out = b[["doc_id", "unit_id", "split", "sentence"]].copy()
    for fam in FAMILIES:
        out[fam] = a[fam].to_numpy()[idx]
    return out


def _labels_of(frame: pd.DataFrame, fam: str, label: str) -> np.ndarray:
    return np.array([label in str(s).split(";") for s in frame[fam]], dtype=float)


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", default="", help="store the figures with this date")
    args = ap.parse_args(argv)
    use_study(STUDY)
    params = dict(corpus="seeds", metadata=None, columns=None, on_bad="error", output_dir=None, group_by="outlet",
                  top_n=15, seed=0, study=str(STUDY), engine="pandas", scheduler="", day_first=None, periods=[],
                  max_articles=2000)
    units = prepare_corpus(params, unit="sentence").units.reset_index(drop=True)
    author = _author_on_blind(CODINGS["second coder (blind)"], CODINGS["cue author"])
    tmp = Path(tempfile.mkdtemp()) / "author_on_blind.csv"
    author.to_csv(tmp, index=False)
    files = {**CODINGS, "cue author": tmp}
    res = {"data": "the seeds' blind frame sample (60 sentences, 30 dev and 30 heldout)", "date": args.write,
           "scores": [], "alpha": []}
    try:
        frames = {n: pd.read_csv(p, dtype=str, keep_default_na=False) for n, p in files.items()}
        for fam in FAMILIES:
            book = F.load_codebook(fam)
            labels = [e for e, en in book["entries"].items() if not en.get("residual")]
            pred = V.frame_labels(units, V.tag_units(units, fam), book)
            for name, path in files.items():
                for split in ("dev", "heldout"):
                    codes, _ = V.read_coded_sample(path, units, fam, labels, name, split=split)
                    cons = consensus(codes)
                    t = score_table(cons.astype(bool), pred.loc[cons.index, cons.columns].astype(bool), n_boot=1000,
                                    seed=0)
                    m = t[t["label"] == "(micro)"].iloc[0]
                    row = {"family": fam, "coding": name, "split": split, "sentences": len(cons),
                           "coded_labels": int(m["support"]), "precision": round(float(m["precision"]), 3),
                           "recall": round(float(m["recall"]), 3), "F1": round(float(m["F1"]), 3),
                           "F1_low": round(float(m["F1_low"]), 3), "F1_high": round(float(m["F1_high"]), 3)}
                    res["scores"].append(row)
                    print(f"{fam:15s} {name:22s} {split:8s} labels {row['coded_labels']:3d} P {row['precision']:.3f} "
                          f"R {row['recall']:.3f} F1 {row['F1']:.3f} [{row['F1_low']:.2f}, {row['F1_high']:.2f}]")
            used = sorted({lab for fr in frames.values() for s in fr[fam] for lab in str(s).split(";") if lab})
            names = list(frames)
            for i, a in enumerate(names):
                for b in names[i + 1:]:
                    for lab in used + ["(pooled)"]:
                        labs = used if lab == "(pooled)" else [lab]
                        x = np.concatenate([_labels_of(frames[a], fam, lb) for lb in labs])
                        y = np.concatenate([_labels_of(frames[b], fam, lb) for lb in labs])
                        alpha, _ = krippendorff_alpha(pd.DataFrame([x, y], index=[a, b]))
                        res["alpha"].append({"family": fam, "label": lab, "codings": f"{a} / {b}",
                                             "positives": [int(x.sum()), int(y.sum())],
                                             "alpha": None if alpha is None else round(float(alpha), 3)})
            for r in res["alpha"]:
                if r["family"] == fam and r["label"] == "(pooled)":
                    print(f"{fam:15s} alpha pooled {r['codings']}: {r['alpha']}")
    finally:
        shutil.rmtree(tmp.parent, ignore_errors=True)
    if args.write:
        RESULTS.write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    return res


if __name__ == "__main__":
    main()
