"""Article-level generic frames on frames-dev: the lexicon tagger against two baselines.

Run on demand (not in CI), from the project root::

    .venv/bin/python benchmarks/bench_framing.py [--data ../shared/data/frames-dev/nfc_dev.csv]

Data: the development half of the Narrative Frames Corpus (214 climate
articles, five article-level labels; see its README), read through
:func:`helpers.load_corpus` like any user corpus.

Label mapping (chosen on this development set and documented in the README):
``CO`` conflict, ``HI`` human interest, ``MO`` morality, ``EC`` economic
consequences, and ``RE`` (resolution: a solution to the problem, or who is
responsible for solving it) to the generic frame *attribution of
responsibility*, whose Semetko & Valkenburg indicators include "does the story
suggest solution(s)" and "is able to alleviate the problem". The alternative,
Entman's treatment recommendation (any of the six remedies), is scored too:
its remedies name the seed story's options and find few climate solutions.

Methods, all scored per label with precision, recall and F1 and the macro-F1:

* ``lexicon (out of the box)``: the shipped codebook with its
  ``article_cue_cap`` and ``article_min_cues`` (the article rule of
  :mod:`helpers.framing.articles`: distinct cues, a cue found in several
  sentences counted up to the cap). Those thresholds were chosen on this same
  set, so this row is in-sample;
* ``lexicon (thresholds cross-validated)``: the threshold of each frame is
  chosen on the training folds only (5 folds, seed 0) and applied to the test
  fold; the cue lists themselves were revised while reading this set, which
  no cross-validation can undo: the held-out half is the real test;
* ``all positive``: every article gets every label;
* ``TF-IDF logistic regression``: word 1-2-grams, sublinear TF, balanced
  class weights, 5-fold cross-validated predictions (seed 0).

Also the supervised option of :mod:`helpers.validation.supervised` per label (TF-IDF plus
the tagger's article cue score, cross-validated) against the lexicon with
cross-validated thresholds, and which one each label would use.

Output: a Markdown table on stdout, ``benchmarks/bench_framing_results.json``
(per label and method, with data set name and date) and
``benchmarks/bench_framing_articles.csv`` (per article: labels and each
method's prediction; no text), which notebook 04 reads as a coded sample.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from helpers import load_corpus, segment  # noqa: E402
from helpers.framing import tagger as F  # noqa: E402
from helpers.framing.articles import article_cue_counts, article_frame_use, codebook_thresholds, fit_min_cues  # noqa: E402
from helpers.stats.agreement import binary_scores  # noqa: E402
from helpers.validation.supervised import compare_per_label  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "frames-dev" / "nfc_dev.csv"
OUT_JSON = ROOT / "benchmarks" / "bench_framing_results.json"
OUT_CSV = ROOT / "benchmarks" / "bench_framing_articles.csv"
MAPPING = {"RE": "responsibility", "HI": "human_interest", "CO": "conflict", "MO": "morality",
           "EC": "economic_consequences"}
LABELS = list(MAPPING)
FOLDS = 5
SEED = 0


def tfidf_cv(texts: list[str], y: np.ndarray, seed: int = SEED) -> np.ndarray:
    """Cross-validated predictions of a TF-IDF logistic regression (fit on training folds only)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict
    from sklearn.pipeline import make_pipeline

    model = make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, stop_words="english"),
        LogisticRegression(class_weight="balanced", max_iter=2000, C=1.0),
    )
    cv = StratifiedKFold(FOLDS, shuffle=True, random_state=seed)
    return cross_val_predict(model, texts, y, cv=cv).astype(bool)


def threshold_cv(counts: np.ndarray, y: np.ndarray, seed: int = SEED) -> tuple[np.ndarray, list[int]]:
    """Thresholds chosen on training folds, applied to each test fold."""
    from sklearn.model_selection import StratifiedKFold

    pred = np.zeros(len(y), dtype=bool)
    chosen = []
    for tr, te in StratifiedKFold(FOLDS, shuffle=True, random_state=seed).split(counts, y):
        t = fit_min_cues(counts[tr], y[tr])
        chosen.append(t)
        pred[te] = counts[te] >= t
    return pred, chosen


def run(data: Path) -> dict:
    corpus = load_corpus(data)
    missing = [c for c in LABELS if c not in corpus.columns]
    if missing:
        raise SystemExit(f"{data}: label columns {missing} are missing; this benchmark needs {LABELS}.")
    units = segment(corpus, "sentence")
    codebooks = F.load_codebooks(["generic_frames", "entman_functions"])
    negation = F.load_codebook("negation", kind="negation")
    cues = F.find_cues(units, codebooks, negation=negation)
    frames = F.tag_frames(units, cues, codebooks, keep=("doc_id",))
    docs = corpus["doc_id"].tolist()
    counts = article_cue_counts(frames, docs, codebooks)
    shipped = article_frame_use(counts, codebook_thresholds(codebooks))
    gold = corpus.set_index("doc_id")[LABELS].astype(int).astype(bool).reindex(docs)
    texts = (corpus["title"].fillna("") + "\n" + corpus["text"]).tolist()

    per_article = pd.DataFrame({"doc_id": docs, "outlet": corpus["outlet"].to_numpy(),
                                "mbfc": corpus["mbfc"].to_numpy() if "mbfc" in corpus else ""})
    rows, chosen = [], {}
    for lab in LABELS:
        y = gold[lab].to_numpy()
        fr = MAPPING[lab]
        c = counts[("generic_frames", fr)].to_numpy()
        preds = {
            "lexicon (out of the box)": shipped[("generic_frames", fr)].to_numpy(),
            "all positive": np.ones(len(y), dtype=bool),
            "TF-IDF logistic regression": tfidf_cv(texts, y),
        }
        preds["lexicon (thresholds cross-validated)"], chosen[lab] = threshold_cv(c, y)
        if lab == "RE":
            rem = [("entman_functions", e) for e in codebooks["entman_functions"]["entries"]
                   if e.startswith("remedy_")]
            preds["RE as any Entman remedy (>=1 cue)"] = (counts[rem].sum(axis=1) > 0).to_numpy()
        per_article[f"{lab}_gold"] = y.astype(int)
        per_article[f"{lab}_cues"] = c
        per_article[f"{lab}_lexicon"] = preds["lexicon (out of the box)"].astype(int)
        per_article[f"{lab}_lexicon_cv"] = preds["lexicon (thresholds cross-validated)"].astype(int)
        per_article[f"{lab}_tfidf_cv"] = preds["TF-IDF logistic regression"].astype(int)
        for method, p in preds.items():
            s = binary_scores(y, p, n_boot=1000, seed=SEED)
            rows.append({"label": lab, "frame": fr, "method": method,
                         **{k: (round(v, 4) if isinstance(v, float) else v) for k, v in s.items()}})
    cue_cols = pd.DataFrame({lab: per_article[f"{lab}_cues"].to_numpy() for lab in LABELS})
    choice = compare_per_label(
        texts, cue_cols, pd.DataFrame({lab: per_article[f"{lab}_lexicon_cv"].to_numpy() for lab in LABELS}),
        pd.DataFrame({lab: per_article[f"{lab}_gold"].to_numpy() for lab in LABELS}), folds=FOLDS, seed=SEED)
    table = pd.DataFrame(rows)
    main = table[~table["method"].str.startswith("RE as")]
    macro = main.groupby("method", sort=False)["F1"].mean().round(4).to_dict()
    thresholds = {lab: int(codebook_thresholds(codebooks)[("generic_frames", MAPPING[lab])]) for lab in LABELS}
    return {
        "dataset": "frames-dev (Narrative Frames Corpus, development half: nfc_dev.csv)",
        "n_articles": int(len(docs)),
        "date": _dt.date.today().isoformat(),
        "mapping": MAPPING,
        "folds": FOLDS, "seed": SEED,
        "shipped_thresholds": thresholds,
        "cv_thresholds": chosen,
        "macro_F1": macro,
        "supervised_choice": choice.round(4).to_dict(orient="records"),
        "scores": table.to_dict(orient="records"),
    }, per_article


def markdown(res: dict) -> str:
    t = pd.DataFrame(res["scores"])
    lines = [f"Data: {res['dataset']}, {res['n_articles']} articles; {res['date']}.", "",
             "| label | method | P | R | F1 [95% CI] |", "|---|---|---|---|---|"]
    for r in t.itertuples():
        lines.append(f"| {r.label} ({r.frame}) | {r.method} | {r.precision:.2f} | {r.recall:.2f} | "
                     f"{r.F1:.2f} [{r.F1_low:.2f}, {r.F1_high:.2f}] |")
    lines += ["", "| method | macro-F1 |", "|---|---|"]
    lines += [f"| {m} | {v:.3f} |" for m, v in res["macro_F1"].items()]
    lines += ["", "| label | lexicon F1 (CV thresholds) | supervised F1 (CV) | use |", "|---|---|---|---|"]
    lines += [f"| {c['label']} | {c['lexicon_F1']:.3f} | {c['supervised_F1']:.3f} | {c['use']} |"
              for c in res["supervised_choice"]]
    return "\n".join(lines)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args(argv)
    if not args.data.is_file():
        raise SystemExit(f"{args.data} not found: pass --data with the path to nfc_dev.csv (see its README).")
    res, per_article = run(args.data)
    OUT_JSON.write_text(json.dumps(res, indent=1, sort_keys=False) + "\n")
    per_article.to_csv(OUT_CSV, index=False)
    print(markdown(res))


if __name__ == "__main__":
    main()
