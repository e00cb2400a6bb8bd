"""A supervised recall booster for the policy-frame tagger, checked leave-one-set-out on the AllSides sets (issue 14bf-s).

Per policy frame, a logistic regression (:func:`helpers.validation.supervised._model`: TF-IDF word unigrams and
bigrams with ``min_df`` :data:`MIN_DF`, sublinear tf, plus ``log1p`` of the tagger's counted cues for that frame,
balanced class weights) is trained on the first coder's codes of coded AllSides sentences. A sentence carries the
frame when the lexicon (the shared codebook, no study cues) gives it OR the model's probability is at least the
frame's threshold. The threshold is chosen inside the training sets only: out-of-fold probabilities by
leave-one-training-set-out, grid :data:`GRID`, the threshold with the highest OR-combined F1 of that frame on the
training sentences; a frame keeps the lexicon alone when it has fewer than :data:`MIN_POSITIVES` coded positives in
the training sets or when no threshold beats the lexicon alone there.

``loso`` trains on four of the five development sets (1414, 1515, 1616, 1717, 2121), scores the fifth, for each set in
turn, and prints per-set and pooled micro precision, recall and F1 over the taggable frames, before (lexicon alone)
and after (lexicon OR booster). ``score --set SET`` scores one coded set the same way, the booster trained on the
development sets other than SET (for set 2323: all five); this round never ran it on set 2323.

Usage (from the project root; needs ``../shared/data/allsides``)::

    .venv/bin/python benchmarks/policy_booster.py loso [--write DATE]
    .venv/bin/python benchmarks/policy_booster.py score --set 2323   # v8 alone and v8 OR the booster on one set
    .venv/bin/python benchmarks/policy_booster.py diagnose [--words-only]  # post hoc, pooled over the five held-out sets
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import policy_frames_allsides as PFA  # noqa: E402

from helpers.framing.hand_codes import label_matrix  # noqa: E402
from helpers.validation.supervised import _model  # noqa: E402

DEV_SETS = ("1414", "1515", "1616", "1717", "2121")
MIN_DF = 3
MIN_POSITIVES = 15
GRID = np.round(np.arange(0.05, 0.951, 0.05), 2)
SEED = 0
RESULTS = ROOT / "benchmarks" / "results"


def cue_counts(frames: pd.DataFrame, n_units: int, cols: list) -> np.ndarray:
    """Counted cues per unit and (family, frame) column: the booster's cue feature."""
    out = np.zeros((n_units, len(cols)))
    pos = {c: j for j, c in enumerate(cols)}
    c = frames[frames["counted"]]
    for u, fam, fr, cues in zip(c["unit"], c["family"], c["frame"], c["cues"]):
        j = pos.get((fam, fr))
        if j is not None:
            out[u, j] += len([x for x in str(cues).split("; ") if x]) or 1
    return out


def load_sets(sets=DEV_SETS) -> dict:
    """The coded sentences of ``sets``, tagged once: texts, set ids, gold, lexicon labels, cue counts, columns."""
    codes = pd.concat([pd.read_csv(PFA._set_codes(s), dtype=str, keep_default_na=False).assign(set=s) for s in sets],
                      ignore_index=True)
    cb, sample, frames, pred, cols = PFA._tagged(codes)
    return {"text": sample["sentence"].tolist(), "set": codes["set"].to_numpy(), "codebooks": cb, "cols": cols,
            "gold": label_matrix(sample, cb)[cols].to_numpy(bool), "lex": pred[cols].to_numpy(bool),
            "cues": cue_counts(frames, len(sample), cols)}


def _X(text, cues):
    return pd.DataFrame({"text": list(text), "cues": np.asarray(cues, float)})


def _f1(y, p) -> float:
    tp = int((y & p).sum())
    return 2 * tp / (int(y.sum()) + int(p.sum())) if tp else 0.0


def fit_frame(text, cues, y, lex, groups, seed: int = SEED):
    """Train one frame's booster; returns (fitted model or None, threshold or None, note)."""
    if y.sum() < MIN_POSITIVES:
        return None, None, f"fewer than {MIN_POSITIVES} coded positives: lexicon alone"
    oof = np.zeros(len(y))
    for g in np.unique(groups):
        tr = groups != g
        m = _model(seed, MIN_DF).fit(_X(text[tr], cues[tr]), y[tr])
        oof[~tr] = m.predict_proba(_X(text[~tr], cues[~tr]))[:, 1]
    base = _f1(y, lex)
    scores = [_f1(y, lex | (oof >= t)) for t in GRID]
    best = int(np.argmax(scores))
    if scores[best] <= base:
        return None, None, f"no threshold beats the lexicon in the inner folds ({base:.3f})"
    return _model(seed, MIN_DF).fit(_X(text, cues), y), float(GRID[best]), \
        f"inner F1 {base:.3f} -> {scores[best]:.3f}"


def train(d: dict, rows: np.ndarray) -> list:
    """Per column: (model, threshold, note), trained on the rows ``rows`` of ``d`` (groups: their sets)."""
    text = np.asarray(d["text"], object)[rows]
    return [fit_frame(text, d["cues"][rows, j], d["gold"][rows, j], d["lex"][rows, j], d["set"][rows])
            for j in range(len(d["cols"]))]


def apply(models: list, d: dict, rows: np.ndarray) -> np.ndarray:
    text = np.asarray(d["text"], object)[rows]
    out = d["lex"][rows].copy()
    for j, (m, t, _) in enumerate(models):
        if m is not None:
            out[:, j] |= m.predict_proba(_X(text, d["cues"][rows, j]))[:, 1] >= t
    return out


def loso(d: dict) -> dict:
    res = {"sets": {}, "frames": {}}
    allg, allb, alla = [], [], []
    for s in DEV_SETS:
        test = d["set"] == s
        models = train(d, ~test)
        g, b, a = d["gold"][test], d["lex"][test], apply(models, d, test)
        res["sets"][s] = {"n": int(test.sum()), "before": PFA._micro(g, b), "after": PFA._micro(g, a),
                          "boosted": [d["cols"][j][1] for j, m in enumerate(models) if m[0] is not None]}
        allg.append(g), allb.append(b), alla.append(a)
    g, b, a = np.vstack(allg), np.vstack(allb), np.vstack(alla)
    res["pooled"] = {"n": len(g), "before": PFA._micro(g, b), "after": PFA._micro(g, a)}
    for j, c in enumerate(d["cols"]):
        res["frames"][c[1]] = {"coded": int(g[:, j].sum()), "before": PFA._micro(g[:, j], b[:, j]),
                               "after": PFA._micro(g[:, j], a[:, j])}
    return res


def diagnose(d: dict, words_only: bool = False) -> dict:
    """Post-hoc diagnostics (not the bar): leave-one-set-out probabilities of every frame's model (trained whatever
    the inner folds say), the model alone at 0.5, and lexicon OR model at the threshold best on the scored set itself
    (an oracle: an upper bound on what a threshold could give). ``words_only``: the model without the cue feature."""
    text = np.asarray(d["text"], object)
    cues = np.zeros_like(d["cues"]) if words_only else d["cues"]
    prob = np.full(d["gold"].shape, np.nan)
    for s in DEV_SETS:
        test = d["set"] == s
        for j in range(len(d["cols"])):
            if d["gold"][~test, j].sum() >= MIN_POSITIVES:
                m = _model(SEED, MIN_DF).fit(_X(text[~test], cues[~test, j]), d["gold"][~test, j])
                prob[test, j] = m.predict_proba(_X(text[test], cues[test, j]))[:, 1]
    g, lex = d["gold"], d["lex"]
    out = {}
    for j, c in enumerate(d["cols"]):
        if np.isnan(prob[:, j]).any():
            continue
        y, p = g[:, j], prob[:, j]
        oracle = max((_f1(y, lex[:, j] | (p >= t)), float(t)) for t in GRID)
        out[c[1]] = {"coded": int(y.sum()), "lexicon_F1": _f1(y, lex[:, j]), "model_F1_at_0.5": _f1(y, p >= 0.5),
                     "or_oracle_F1": oracle[0], "oracle_t": oracle[1]}
    return out


def score_set(set_id: str) -> dict:
    """Score one coded set (any of ``policy_frames_allsides.SETS``) with v8 alone and v8 OR the booster, the booster
    trained on the development sets other than ``set_id`` (thresholds chosen inside them, as in :func:`loso`)."""
    train_sets = tuple(s for s in DEV_SETS if s != set_id)
    d = load_sets(train_sets + (set_id,))
    test = d["set"] == set_id
    models = train(d, ~test)
    g = d["gold"][test]
    return {"set": set_id, "trained_on": list(train_sets), "n": int(test.sum()),
            "before": PFA._micro(g, d["lex"][test]), "after": PFA._micro(g, apply(models, d, test)),
            "boosted": {d["cols"][j][1]: m[1] for j, m in enumerate(models) if m[0] is not None}}


def _line(name, r) -> str:
    b, a = r["before"], r["after"]
    return (f"{name:8s} n {r['n']:4d}  before P {b['precision']:.3f} R {b['recall']:.3f} F1 {b['F1']:.3f}  "
            f"after P {a['precision']:.3f} R {a['recall']:.3f} F1 {a['F1']:.3f}  dF1 {a['F1'] - b['F1']:+.3f}")


def main(argv=None) -> None:
    """Command line: ``loso [--write DATE]``, ``score --set SET`` or ``diagnose [--words-only]``."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=["loso", "diagnose", "score"])
    ap.add_argument("--set", dest="set_id", default=None, choices=sorted(PFA.SETS), help="score: the coded set")
    ap.add_argument("--write", metavar="DATE", default="")
    ap.add_argument("--words-only", action="store_true", help="diagnose: the model without the cue feature")
    a = ap.parse_args(argv)
    if not PFA.ALLSIDES.is_file():
        sys.exit(f"{PFA.ALLSIDES} not found: this script needs the AllSides corpus in ../shared/data/allsides")
    if a.command == "score":
        if not a.set_id:
            sys.exit("score needs --set")
        r = score_set(a.set_id)
        print(f"trained on {', '.join(r['trained_on'])}; thresholds {r['boosted']}")
        print(_line(a.set_id, r))
        return
    d = load_sets()
    if a.command == "diagnose":
        for fr, r in diagnose(d, a.words_only).items():
            print(f"{fr:32s} coded {r['coded']:3d} lexicon F1 {r['lexicon_F1']:.2f}  model alone (0.5) "
                  f"{r['model_F1_at_0.5']:.2f}  lexicon OR model, oracle t {r['oracle_t']:.2f}: {r['or_oracle_F1']:.2f}")
        return
    res = loso(d)
    for s, r in res["sets"].items():
        print(_line(s, r), " boosted:", ",".join(r["boosted"]))
    print(_line("pooled", res["pooled"]))
    for fr, r in res["frames"].items():
        print(f"  {fr:32s} coded {r['coded']:3d}  F1 {r['before']['F1']:.2f} -> {r['after']['F1']:.2f} "
              f"(R {r['before']['recall']:.2f} -> {r['after']['recall']:.2f})")
    if a.write:
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / "policy_booster_loso.json").write_text(json.dumps({"date": a.write, **res}, indent=1) + "\n")


if __name__ == "__main__":
    main()
