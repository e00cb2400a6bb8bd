"""A third coder of the seeds' blind frame sample: how much the seed figures depend on who codes (issue 14bg-c).

``studies/pak_afg_ttp/frame_validation_sample.blind.csv`` holds 60 seed sentences coded by a second coder (30
``dev``, read while revising cues; 30 ``heldout``, only scored). After the rounds of issue 14bg were merged, a third
coder (an AI assistant that had written no cue and saw neither earlier coding nor any tagger output; 2026-12-05) coded
the same 60 sentences for policy and generic frames from the codebooks' definitions alone:
``studies/pak_afg_ttp/frame_validation_sample.coder3.csv`` (same ids, ``split`` and sentences). Nothing was tuned on
it. A fourth coder (issue 14bh-c; an AI assistant new to the project, 2026-12-05, after the rounds of issue 14bh were
decided, under the brief of the AllSides generic sets: the five frames' definitions and indicator questions, a frame
applies when the sentence itself carries one of its indicators) coded the same 60 sentences for generic frames only:
``frame_validation_sample.coder4.csv``. Nothing was tuned on it either. This script scores the checked-out tagger against each coding per split (micro precision, recall, F1 with a
bootstrap interval over sentences, as notebook 04 does) and gives Krippendorff's alpha between the codings per label
and pooled: the second coder, the third, and the cue author's codes of the same sentences
(``frame_validation_sample.csv``, matched by sentence text as notebook 04 matches it).

Usage (from the project root; reads only the project's files)::

    .venv/bin/python benchmarks/frames_third_coder.py [--write 2026-12-05]

``--write DATE`` stores the figures in ``benchmarks/results/frames_third_coder.json``.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

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
BLIND = STUDY / "frame_validation_sample.blind.csv"
CODINGS = {"second coder (blind)": BLIND,
           "third coder (blind)": STUDY / "frame_validation_sample.coder3.csv",
           "fourth coder (blind)": STUDY / "frame_validation_sample.coder4.csv",
           "cue author": STUDY / "frame_validation_sample.csv"}
"""Each coding of the 60 sentences; a coding whose file has no column for a family does not code it (the fourth
coder coded generic frames only), and a missing file is skipped."""
FAMILIES = ("policy_frames", "generic_frames")
RESULTS = ROOT / "benchmarks" / "results" / "frames_third_coder.json"


def _codes(path: Path, units: pd.DataFrame, fam: str, labels: list, keys: list) -> pd.DataFrame:
    """One coding's 0/1 codes (units by labels) of the blind sample's sentences, in the order of ``keys``."""
    cons = consensus(V.read_coded_sample(path, units, fam, labels, path.stem)[0])
    return cons.reindex(index=keys, columns=labels).fillna(0).astype(int)


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", default="", help="store the figures with this date")
    args = ap.parse_args(argv)
    use_study(STUDY)
    params = dict(corpus="seeds", metadata=None, columns=None, on_bad="error", output_dir=None, group_by="outlet",
                  top_n=15, seed=0, study=str(STUDY), engine="pandas", scheduler="", day_first=None, periods=[],
                  max_articles=2000)
    units = prepare_corpus(params, unit="sentence").units.reset_index(drop=True)
    res = {"data": "the seeds' blind frame sample (60 sentences, 30 dev and 30 heldout)", "date": args.write,
           "scores": [], "alpha": []}
    for fam in FAMILIES:
        book = F.load_codebook(fam)
        labels = [e for e, en in book["entries"].items() if not en.get("residual")]
        pred = V.frame_labels(units, V.tag_units(units, fam), book)
        split_keys = {sp: list(dict.fromkeys(V.read_coded_sample(BLIND, units, fam, labels, "b", split=sp)[0]["unit_key"]))
                      for sp in ("dev", "heldout")}
        keys = split_keys["dev"] + split_keys["heldout"]
        codes = {name: _codes(path, units, fam, labels, keys) for name, path in CODINGS.items()
                 if path.is_file() and fam in pd.read_csv(path, nrows=0).columns}
        for name, c in codes.items():
            for split, ks in split_keys.items():
                t = score_table(c.loc[ks].astype(bool), pred.loc[ks, labels].astype(bool), n_boot=1000, seed=0)
                m = t[t["label"] == "(micro)"].iloc[0]
                row = {"family": fam, "coding": name, "split": split, "sentences": len(ks),
                       "coded_labels": int(m["support"]), "precision": round(float(m["precision"]), 3),
                       "recall": round(float(m["recall"]), 3), "F1": round(float(m["F1"]), 3),
                       "F1_low": round(float(m["F1_low"]), 3), "F1_high": round(float(m["F1_high"]), 3)}
                res["scores"].append(row)
                print(f"{fam:15s} {name:22s} {split:8s} labels {row['coded_labels']:3d} P {row['precision']:.3f} "
                      f"R {row['recall']:.3f} F1 {row['F1']:.3f} [{row['F1_low']:.2f}, {row['F1_high']:.2f}]")
        used = [lab for lab in labels if any(c[lab].any() for c in codes.values())]
        names = list(codes)
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                for lab in used + ["(pooled)"]:
                    labs = used if lab == "(pooled)" else [lab]
                    x, y = codes[a][labs].to_numpy().ravel(order="F"), codes[b][labs].to_numpy().ravel(order="F")
                    alpha, _ = krippendorff_alpha(pd.DataFrame([x, y], index=[a, b]))
                    res["alpha"].append({"family": fam, "label": lab, "codings": f"{a} / {b}",
                                         "positives": [int(x.sum()), int(y.sum())],
                                         "alpha": None if alpha is None else round(float(alpha), 3)})
                    if lab == "(pooled)":
                        print(f"{fam:15s} alpha pooled {a} / {b}: {res['alpha'][-1]['alpha']}")
    if args.write:
        RESULTS.write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    return res


if __name__ == "__main__":
    main()
