"""Generic frames at sentence level on AllSides sentences: two blind-coded sets (issue 14bh).

Semetko & Valkenburg's generic frames (``helpers/codebooks/generic_frames.yaml``) are checked on the seeds' sentences
and, at article level, on frames-dev (climate). This script checks them at sentence level on general political news,
off the seeds: two sets of AllSides body sentences coded blind for the five generic frames.

Sets (ids and codes only, in ``benchmarks/data/generic_frames_allsides_<set>/``; the corpus' README forbids copying
its text into the project, so the sentences are read from ``../shared/data/allsides``):

- ``3301``: the development set (seed 3301, 150 sentences, split ``development``): its tagger errors were read while
  writing rules.
- ``3302``: the check set (seed 3302, 150 sentences, split ``held-out``): coded by two blind coders, scored only for
  a round's bar, after the round's code was final (round 14bh).
- ``3303``: a second check set of the same kind (seed 3303, the articles of sets 3301 and 3302 also left out), drawn
  and coded by two new blind coders for the amendment 14bh-2, after set 3302 had been scored once.
- ``3304``: a third check set of the same kind (seed 3304, the articles of sets 3301-3303 also left out), coded by
  two new blind coders for round 14bh-3, whose rules were developed on sets 3301 and 3302.
- ``3305`` and ``3306``: two more sets of the same kind (seeds 3305 and 3306, every earlier set's articles left out),
  each coded by two new blind coders for round 14bh-4 (developed on sets 3301-3304): 3305 for its bar, 3306 scored
  once after its decision.
- ``3307``: one more set of the same kind (seed 3307, every earlier set's articles left out), coded by two new blind
  coders for round 14bi (first-person cues of human interest, developed on sets 3301-3304).
- ``3308``: one more set of the same kind (seed 3308, every earlier set's articles left out), the random bar set of
  round 14bj (words of armed conflict).
- ``3309``: a cue sample of round 14bj, not a random set (seed 3309, 60 sentences, articles of sets 3301-3308 left
  out): one sentence per article among those :data:`MATCH` ``"armed_conflict"`` finds; coded in one shuffled sheet
  with set 3308 by the same two blind coders.

Population and draw: those of ``benchmarks/policy_frames_allsides.py`` (articles naming Pakistan, Afghanistan, the
Taliban, the TTP and the places listed there left out; articles shuffled with ``numpy.random.default_rng(seed)``; at
most 8 per outlet; one random eligible body sentence per article), with the articles of the policy sets 1414, 1515,
1616, 1717, 2121 and 2323 left out, and for set 3302 also those of set 3301.

Usage (from the project root; needs ``../shared/data/allsides``)::

    .venv/bin/python benchmarks/generic_frames_allsides.py draw --set 3301   # check the ids and anchors
    .venv/bin/python benchmarks/generic_frames_allsides.py anchor --set 3308  # a newly coded set's anchors.csv
    .venv/bin/python benchmarks/generic_frames_allsides.py print --set 3301 > /tmp/sheet.tsv   # for a coder
    .venv/bin/python benchmarks/generic_frames_allsides.py score --set 3301 [--coder codes.csv] [--errors]
    .venv/bin/python benchmarks/generic_frames_allsides.py score --set 3302 --write 2026-12-05

``score`` reads the coded sentences of ``codes.csv`` at their anchors (``anchors.csv``; see
``policy_frames_allsides.py``: the sentence splitter has changed since most sets were coded, so a set is not redrawn
for scoring), tags them with the shared generic codebook under the general study (no study's cues or actors) and
prints micro precision, recall and F1 over the five frames against each coder's file in the set's folder (``codes.csv``,
``codes.judge2.csv``), per frame with n, with a 95% bootstrap interval (sentences resampled, 2,000 draws, seed 0), and
Krippendorff's alpha between the two coders; ``--write DATE`` stores them in
``benchmarks/results/generic_frames_allsides_<set>.json``.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import policy_frames_allsides as P  # noqa: E402

from helpers.core.study import GENERAL_STUDY, use_study  # noqa: E402
from helpers.framing.codebooks import CODEBOOK_DIR, load_codebooks  # noqa: E402
from helpers.framing.cues import find_cues  # noqa: E402
from helpers.framing.hand_codes import predicted_matrix  # noqa: E402
from helpers.framing.tagger import tag_frames  # noqa: E402
from helpers.stats.agreement import krippendorff_alpha  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
RESULTS = ROOT / "benchmarks" / "results"
POLICY_SETS = ("1414", "1515", "1616", "1717", "2121", "2323")
SETS = {"3301": {"seed": 3301, "exclude": (), "split": "development"},
        "3302": {"seed": 3302, "exclude": ("3301",), "split": "held-out"},
        "3303": {"seed": 3303, "exclude": ("3301", "3302"), "split": "held-out"},
        "3304": {"seed": 3304, "exclude": ("3301", "3302", "3303"), "split": "held-out"},
        "3305": {"seed": 3305, "exclude": ("3301", "3302", "3303", "3304"), "split": "held-out"},
        "3306": {"seed": 3306, "exclude": ("3301", "3302", "3303", "3304", "3305"), "split": "held-out"},
        "3307": {"seed": 3307, "exclude": ("3301", "3302", "3303", "3304", "3305", "3306"), "split": "held-out"},
        "3308": {"seed": 3308, "exclude": ("3301", "3302", "3303", "3304", "3305", "3306", "3307"), "split": "held-out"},
        "3309": {"seed": 3309, "exclude": ("3301", "3302", "3303", "3304", "3305", "3306", "3307", "3308"),
                 "split": "held-out", "match": "armed_conflict", "n": 60}}
MATCH = {"armed_conflict": re.compile(
    r"(?<!heart )(?<!panic )(?<!asthma )(?<!anxiety )(?<![\w-])attack(?:s|ing|ers?)?(?![\w-])|"
    r"(?<![\w-])(?:air ?strikes?|(?:drone|missile|military) strikes?|bombings?|bombed|bombardment|"
    r"shell(?:ing|ed)(?! out)|raid(?:s|ed)?|militants?|insurgen(?:ts?|cy)|rebels?|guerrillas?|jihadists?|"
    r"terroris(?:ts?|m)|gunmen|gunfire|firefights?|ambush(?:ed)?|cease-?fire|truce|invasion(?! of privacy)|"
    r"invade[ds]?|invading|hostilities|siege|counterattacks?|retaliatory|aggression|enem(?:y|ies)|warfare)(?![\w-])",
    re.IGNORECASE)}
"""Sentence filters of a cue sample (a set with ``match``): round 14bj's words of armed conflict, as registered before
the codebook changed (``docs/VALIDATION.md``), so that the sample holds the sentences the new cues can change."""
CODERS = ("codes.csv", "codes.judge2.csv")


def set_dir(set_id: str) -> Path:
    """The folder of a generic set's codes."""
    return DATA / f"generic_frames_allsides_{set_id}"


def draw(set_id: str) -> pd.DataFrame:
    """The drawn sentence ids of set ``set_id``, in draw order, with their split."""
    conf = SETS[set_id]
    taken: set[str] = set()
    for other in POLICY_SETS:
        taken |= P.doc_ids(P._set_codes(other))
    for other in conf["exclude"]:
        taken |= P.doc_ids(set_dir(other) / "codes.csv")
    keep = MATCH[conf["match"]].search if "match" in conf else None  # a cue sample (set 3309)
    out = P.draw_sentences(taken, conf["seed"], keep=keep, n=conf.get("n", P.N_DRAW))
    out["split"] = conf["split"]
    return out


def _tag(ids: pd.Series):
    """Tag the sentences of ``ids`` with the shared generic codebook under the general study."""
    text = P.sentences(ids)
    use_study(GENERAL_STUDY)
    cb = load_codebooks([CODEBOOK_DIR / "generic_frames.yaml"])
    units = pd.DataFrame({"doc_id": ids.to_numpy(), "text": text["sentence"].to_numpy()})
    frames = tag_frames(units, find_cues(units, cb), cb, keep=("doc_id",))
    pred = predicted_matrix(frames, len(units), cb)
    cols = [c for c in pred.columns if not cb[c[0]]["entries"][c[1]].get("residual")]
    return text, frames, pred[cols], [c[1] for c in cols]


def _coded(path: Path, ids: pd.Series, labels: list[str]) -> np.ndarray:
    """A coder's codes as a 0/1 matrix (sentences of ``ids`` by ``labels``); stops on an unknown label or id."""
    df = pd.read_csv(path, dtype=str, keep_default_na=False).set_index("sentence_id")
    missing = set(ids) - set(df.index)
    if missing:
        sys.exit(f"{path}: {len(missing)} sentence ids of the draw are missing; code every sentence of the set")
    out = np.zeros((len(ids), len(labels)), dtype=bool)
    for i, sid in enumerate(ids):
        for lab in filter(None, (x.strip() for x in df.at[sid, "generic_frames"].split(";"))):
            if lab not in labels:
                sys.exit(f"{path}: unknown frame {lab!r} for {sid}; use one of {', '.join(labels)}")
            out[i, labels.index(lab)] = True
    return out


def score(set_id: str, errors: bool = False, write: str = "") -> dict:
    """Score the tagger against each coder of set ``set_id``; print the figures and, given ``write``, store them."""
    ids = pd.read_csv(set_dir(set_id) / CODERS[0], dtype=str, keep_default_na=False)["sentence_id"]
    text, frames, pred, labels = _tag(ids)
    p = pred.to_numpy(bool)
    res = {"data": f"AllSides (Baly et al. 2020), generic frames set {set_id}", "date": write,
           "split": SETS[set_id]["split"], "n_sentences": len(ids),
           "codebook_version": load_codebooks([CODEBOOK_DIR / "generic_frames.yaml"])["generic_frames"]["version"],
           "coders": {}, "alpha": {}}
    coded = {}
    for name in CODERS:
        path = set_dir(set_id) / name
        if not path.is_file():
            continue
        g = coded[name] = _coded(path, ids, labels)
        fig = P._figures(g, p, [("generic_frames", lab) for lab in labels])
        res["coders"][name] = fig
        m = fig["micro"]
        print(f"set {set_id} vs {name}: micro P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['F1']:.3f} "
              f"[95% CI {m['F1_ci95'][0]:.2f}, {m['F1_ci95'][1]:.2f}] (tp {m['tp']}, fp {m['fp']}, fn {m['fn']})")
        for fr, d in fig["per_frame"].items():
            print(f"  {fr:24s} coded {d['n_coded']:3d} tagged {d['n_tagged']:3d} tp {d['tp']:3d} F1 {d['F1']:.2f}")
    if len(coded) == 2:
        a, b = coded[CODERS[0]], coded[CODERS[1]]
        for j, lab in enumerate(labels + ["(pooled)"]):
            x, y = (a.ravel(order="F"), b.ravel(order="F")) if lab == "(pooled)" else (a[:, j], b[:, j])
            alpha, _ = krippendorff_alpha(pd.DataFrame([x.astype(int), y.astype(int)]))
            res["alpha"][lab] = None if alpha is None else round(float(alpha), 3)
        print("alpha between the coders: " + ", ".join(f"{k} {v}" for k, v in res["alpha"].items()))
    if errors and CODERS[0] in coded:
        g = coded[CODERS[0]]
        ev = frames[frames["counted"]].set_index(["unit", "frame"])["cues"]
        for i in range(len(ids)):
            miss = [labels[j] for j in np.flatnonzero(g[i] & ~p[i])]
            fps = [f"{labels[j]} ({ev.get((i, labels[j]), '')})" for j in np.flatnonzero(~g[i] & p[i])]
            hits = [f"{labels[j]} ({ev.get((i, labels[j]), '')})" for j in np.flatnonzero(g[i] & p[i])]
            if miss or fps:
                print(f"\n[{ids[i]}] {text['sentence'][i]}\n  missed: {miss}\n  false: {fps}\n  right: {hits}")
    if write:
        (RESULTS / f"generic_frames_allsides_{set_id}.json").write_text(json.dumps(res, indent=1) + "\n")
    return res


def main(argv=None) -> None:
    """Command line: ``draw``, ``anchor``, ``print`` and ``score`` (``--set``)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=["draw", "anchor", "print", "score"])
    ap.add_argument("--set", dest="set_id", default="3301", choices=sorted(SETS))
    ap.add_argument("--errors", action="store_true", help="with score: print each sentence the tagger gets wrong")
    ap.add_argument("--write", metavar="DATE", default="", help="with score: store the figures with this date")
    a = ap.parse_args(argv)
    if not P.ALLSIDES.is_file():
        sys.exit(f"{P.ALLSIDES} not found: this script needs the AllSides corpus in ../shared/data/allsides")
    codes_file = set_dir(a.set_id) / "codes.csv"
    if a.command in ("draw", "anchor"):
        out = draw(a.set_id)
        print(f"{len(out)} sentences, split {SETS[a.set_id]['split']}")
        if codes_file.is_file():
            coded = pd.read_csv(codes_file, dtype=str, keep_default_na=False)
            if a.command == "anchor":
                P.write_anchors(coded["sentence_id"], out["sentence_id"], codes_file.parent / "anchors.csv")
                print(f"wrote {(codes_file.parent / 'anchors.csv').relative_to(ROOT)}")
                return
            same = out["sentence_id"].tolist() == coded["sentence_id"].tolist()
            print(f"{codes_file.relative_to(ROOT)}: {'the same ids' if same else 'DIFFERENT ids'} as this draw")
            P.report_anchors(codes_file, coded["sentence_id"])
    elif a.command == "print":
        out = draw(a.set_id)
        text = P.sentences(out["sentence_id"])
        for r, t in zip(out.itertuples(index=False), text.itertuples(index=False)):
            print(f"{r.draw_order}\t{r.sentence_id}\t{t.source}\t{t.topic}\t{t.sentence}")
    else:
        score(a.set_id, errors=a.errors, write=a.write)


if __name__ == "__main__":
    main()
