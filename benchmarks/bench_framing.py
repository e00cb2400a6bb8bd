"""Article-level generic frames on frames-dev: the lexicon tagger against two baselines.

Run on demand (not in CI), from the project root::

    .venv/bin/python benchmarks/bench_framing.py [--data ../shared/data/frames-dev/nfc_dev.csv]
    .venv/bin/python benchmarks/bench_framing.py --test other_half.csv   # score a separate labelled file

Data: ``frames-dev``, half of the Narrative Frames Corpus (214 climate
articles, five article-level labels; see its README), read through
:func:`helpers.load_corpus` like any user corpus.

Label mapping (chosen on this set and documented in the README):
``CO`` conflict, ``HI`` human interest, ``MO`` morality, ``EC`` economic
consequences, and ``RE`` (resolution: a solution to the problem, or who is
responsible for solving it) to the generic frame *attribution of
responsibility*, whose Semetko & Valkenburg indicators include "does the story
suggest solution(s)" and "is able to alleviate the problem". The alternative,
Entman's treatment recommendation (any of the six remedies), is scored too:
its remedies name the seed story's options and find few climate solutions.

Split: every article goes once, by a fixed hash of its id
(:func:`helpers.framing.articles.hash_split`: held out when the SHA-256 digest of
``doc_id`` is odd), to the *development* half (111 articles) or the *held-out*
half (103). Thresholds (and any other choice) are made on development only;
held-out articles are scored, never used to choose. The cue lists were revised
in earlier rounds while reading all 214 articles, which no split can undo: the
corpus's other half (not in this project) is the independent test.

Methods, all scored per label and split with precision, recall and F1 and the
macro-F1:

* ``lexicon (out of the box)``: the shipped codebook with its
  ``article_cue_cap``, ``article_voice``, ``article_with`` and
  ``article_min_cues`` (the article rule of :mod:`helpers.framing.articles`: a
  capped cue score; morality counts the outlet's own voice only, human
  interest adds morality's score). Since codebook version 7 (issue 14z3) the
  thresholds are those that maximise F1 on all 214 articles, scored counting
  only cues found in at least two of them (``article_cue_counts(...,
  min_articles=2)``; a test checks that the codebook still holds them), so
  this row is in-sample on both halves; the out-of-sample figures are the
  repeated CV of ``bench_framing_14z3.py``;
* ``lexicon (thresholds out-of-sample)``: on development, each frame's
  threshold is chosen on the training folds only (5 folds, seed 0) and applied
  to the test fold; on held-out, the threshold fit on all of development;
* ``all positive``: every article gets every label;
* ``TF-IDF logistic regression (out-of-sample)``: word 1-2-grams, sublinear
  TF, balanced class weights; 5-fold cross-validated predictions within
  development (seed 0), and trained on all of development for held-out.

Also the supervised option of :mod:`helpers.validation.supervised` per label (TF-IDF plus
the tagger's article cue score), chosen against the lexicon by
cross-validation within development, then trained on development and scored
on held-out beside the lexicon.

Output: a Markdown table on stdout, ``benchmarks/results/bench_framing_results.json``
(per label and method, with data set name and date) and
``benchmarks/results/bench_framing_articles.csv`` (per article: its split, labels and
each method's prediction, ``_lexicon_cv`` and ``_tfidf_cv`` being the
out-of-sample ones; no text), which notebook 04 reads as a coded sample.
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

from helpers import framing as F  # noqa: E402
from helpers import load_corpus, segment  # noqa: E402
from helpers.framing.articles import (  # noqa: E402
    DEVELOPMENT,
    HELD_OUT,
    article_cue_counts,
    article_frame_use,
    codebook_thresholds,
    fit_min_cues,
    hash_split,
)
from helpers.stats.agreement import binary_scores  # noqa: E402
from helpers.validation.supervised import compare_per_label, fit_predict  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "frames-dev" / "nfc_dev.csv"
OUT_JSON = ROOT / "benchmarks" / "results" / "bench_framing_results.json"
OUT_CSV = ROOT / "benchmarks" / "results" / "bench_framing_articles.csv"
OUT_TEST = ROOT / "benchmarks" / "results" / "bench_framing_test_results.json"
MAPPING = {
    "RE": "responsibility",
    "HI": "human_interest",
    "CO": "conflict",
    "MO": "morality",
    "EC": "economic_consequences",
}
LABELS = list(MAPPING)
FOLDS = 5
SEED = 0
CODEBOOK_MIN_ARTICLES = 2
"""The codebook's thresholds are fit on scores counting only cues found in at least this many articles (14z3)."""
REPEATS = 5
"""Repeats of the 5-fold CV on development (fold seeds 0 .. REPEATS-1) for the mean and spread."""


def _tfidf_model():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    return make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, stop_words="english"),
        LogisticRegression(class_weight="balanced", max_iter=2000, C=1.0),
    )


def tfidf_cv(texts: list[str], y: np.ndarray, seed: int = SEED) -> np.ndarray:
    """Cross-validated predictions of a TF-IDF logistic regression (fit on training folds only)."""
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    cv = StratifiedKFold(FOLDS, shuffle=True, random_state=seed)
    return cross_val_predict(_tfidf_model(), texts, y, cv=cv).astype(bool)


def tfidf_fit_predict(train: list[str], y: np.ndarray, test: list[str]) -> np.ndarray:
    """A TF-IDF logistic regression trained on ``train`` only, predicting ``test``."""
    return _tfidf_model().fit(train, y).predict(test).astype(bool)


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


def supervised_choice(per_article: pd.DataFrame, texts: list[str], dev: np.ndarray) -> pd.DataFrame:
    """The supervised option chosen per label on the development split, then scored on the held-out split.

    The choice (``helpers.validation.supervised.compare_per_label``: lexicon with thresholds cross-validated within
    development against the cross-validated model) uses development articles only; the model is then trained
    on all of them and the held-out articles get the chosen method's labels (``fit_predict``), beside the
    shipped lexicon's.
    """

    def cols(rows: pd.DataFrame, suffix: str) -> pd.DataFrame:
        return pd.DataFrame({lab: rows[f"{lab}_{suffix}"].to_numpy() for lab in LABELS})

    d, h = per_article[dev], per_article[~dev]
    d_texts = [t for t, k in zip(texts, dev) if k]
    h_texts = [t for t, k in zip(texts, dev) if not k]
    choice = compare_per_label(d_texts, cols(d, "cues"), cols(d, "lexicon_cv"), cols(d, "gold"), folds=FOLDS, seed=SEED)
    chosen = fit_predict(
        d_texts, cols(d, "cues"), cols(d, "gold"), h_texts, cols(h, "cues"), cols(h, "lexicon"), choice, seed=SEED
    )
    gold_h = cols(h, "gold").astype(bool)
    choice["heldout_lexicon_F1"] = [
        f1(gold_h[lab].to_numpy(), h[f"{lab}_lexicon"].to_numpy().astype(bool)) for lab in LABELS
    ]
    choice["heldout_chosen_F1"] = [f1(gold_h[lab].to_numpy(), chosen[lab].to_numpy().astype(bool)) for lab in LABELS]
    return choice


def macro_f1_interval(y: np.ndarray, p: np.ndarray, n_boot: int = 1000, seed: int = SEED) -> list[float]:
    """95% bootstrap interval (over articles) of the macro-F1 of ``p`` against ``y`` (articles x labels)."""
    idx = np.random.default_rng(seed).integers(0, len(y), size=(n_boot, len(y)))
    tp = (y & p)[idx].sum(axis=1)
    den = y[idx].sum(axis=1) + p[idx].sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        f1 = np.where(den > 0, 2 * tp / den, np.nan).mean(axis=1)
    lo, hi = np.nanquantile(f1, [0.025, 0.975])
    return [round(float(lo), 4), round(float(hi), 4)]


def f1(y: np.ndarray, p: np.ndarray) -> float:
    """F1 of boolean predictions ``p`` against boolean labels ``y`` (0 when nothing is right)."""
    tp = int((y & p).sum())
    return 2 * tp / (int(y.sum()) + int(p.sum())) if tp else 0.0


def repeated_cv_f1(score: np.ndarray, y: np.ndarray, fit, repeats: int = REPEATS, folds: int = FOLDS) -> np.ndarray:
    """F1 of a one-threshold rule by repeated stratified CV: one pooled out-of-fold F1 per repeat.

    ``fit(score_train, y_train)`` returns the threshold (an article is positive when its score reaches it),
    fit on the training folds only; repeat ``r`` uses fold seed ``r``.
    """
    from sklearn.model_selection import StratifiedKFold

    out = []
    for r in range(repeats):
        pred = np.zeros(len(y), dtype=bool)
        for tr, te in StratifiedKFold(folds, shuffle=True, random_state=r).split(score, y):
            pred[te] = score[te] >= fit(score[tr], y[tr])
        out.append(f1(y, pred))
    return np.array(out)


def tfidf_repeated_cv(texts: list[str], y: np.ndarray, repeats: int = REPEATS) -> np.ndarray:
    """F1 of the TF-IDF baseline by repeated 5-fold CV (fold seeds ``0 .. repeats-1``)."""
    return np.array([f1(y, tfidf_cv(texts, y, seed=r)) for r in range(repeats)])


SHIPPED = "lexicon (out of the box)"
OOS = "lexicon (thresholds out-of-sample)"
ALL = "all positive"
TFIDF = "TF-IDF logistic regression (out-of-sample)"
METHODS = {
    SHIPPED: "the shipped codebook: cue caps and article_min_cues of generic_frames.yaml, fit on all articles of both "
    "splits counting cues found in at least two of them (issue 14z3; in-sample on both splits)",
    OOS: "development: each frame's threshold chosen on the training folds (5-fold CV within development); held-out: "
    "the threshold that maximises F1 on the whole development split",
    ALL: "every article gets every label",
    TFIDF: "word 1-2-grams, sublinear TF, balanced class weights; development: 5-fold CV within development; "
    "held-out: trained on the whole development split",
}


def _repeated_summary(per_label: dict[str, np.ndarray]) -> dict:
    """Mean and standard deviation over repeats of the macro-F1 and of each label's F1."""
    macro = np.mean([per_label[lab] for lab in LABELS], axis=0)
    return {
        "macro_F1": [round(float(macro.mean()), 4), round(float(macro.std()), 4)],
        **{lab: [round(float(v.mean()), 4), round(float(v.std()), 4)] for lab, v in per_label.items()},
    }


def _score_rows(lab: str, fr: str, y: np.ndarray, preds: dict, split: np.ndarray) -> list[dict]:
    rows = []
    for part in (DEVELOPMENT, HELD_OUT):
        m = split == part
        for method, p in preds.items():
            s = binary_scores(y[m], p[m], n_boot=1000, seed=SEED)
            rows.append(
                {
                    "split": part,
                    "label": lab,
                    "frame": fr,
                    "method": method,
                    **{k: (round(v, 4) if isinstance(v, float) else v) for k, v in s.items()},
                }
            )
    return rows


def _read_tagged(
    data: Path,
) -> tuple[pd.DataFrame, dict, pd.DataFrame, pd.DataFrame, np.ndarray, pd.DataFrame, pd.DataFrame]:
    """Read a labelled corpus and tag it: (corpus, codebooks, article cue scores, gold labels, texts, frame labels,
    sentences)."""
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
    counts = article_cue_counts(frames, docs, codebooks, units=units)
    gold = corpus.set_index("doc_id")[LABELS].astype(int).astype(bool).reindex(docs)
    texts = np.asarray((corpus["title"].fillna("") + "\n" + corpus["text"]).tolist(), dtype=object)
    return corpus, codebooks, counts, gold, texts, frames, units


def run_test(data: Path, test: Path) -> dict:
    """Score a separate labelled file: the shipped tagger, all-positive, and TF-IDF trained on all of ``data``.

    For the corpus's other half (or any file with the same columns): nothing is fit on ``test``.
    """
    _, _, _, gold_tr, texts_tr, _, _ = _read_tagged(data)
    corpus, codebooks, counts, gold, texts, _, _ = _read_tagged(test)
    shipped = article_frame_use(counts, codebook_thresholds(codebooks))
    tfidf_name = "TF-IDF logistic regression (trained on --data)"
    rows, preds_all = [], {}
    for lab in LABELS:
        y, fr = gold[lab].to_numpy(), MAPPING[lab]
        preds = {
            SHIPPED: shipped[("generic_frames", fr)].to_numpy(),
            ALL: np.ones(len(y), dtype=bool),
            tfidf_name: tfidf_fit_predict(list(texts_tr), gold_tr[lab].to_numpy(), list(texts)),
        }
        for method, p in preds.items():
            preds_all.setdefault(method, []).append(p)
            sc = binary_scores(y, p, n_boot=1000, seed=SEED)
            rows.append(
                {
                    "split": "test",
                    "label": lab,
                    "frame": fr,
                    "method": method,
                    **{k: (round(v, 4) if isinstance(v, float) else v) for k, v in sc.items()},
                }
            )
    table = pd.DataFrame(rows)
    y_all = gold[LABELS].to_numpy()
    return {
        "dataset": f"{test.name} (test), TF-IDF trained on {data.name}",
        "n_articles": int(len(gold)),
        "date": _dt.date.today().isoformat(),
        "mapping": MAPPING,
        "macro_F1": table.groupby("method", sort=False)["F1"].mean().round(4).to_dict(),
        "macro_F1_ci": {m: macro_f1_interval(y_all, np.column_stack(p)) for m, p in preds_all.items()},
        "scores": table.to_dict(orient="records"),
    }


def run(data: Path) -> tuple[dict, pd.DataFrame]:
    corpus, codebooks, counts, gold, texts, frames_all, units = _read_tagged(data)
    docs = corpus["doc_id"].tolist()
    shipped = article_frame_use(counts, codebook_thresholds(codebooks))
    split = hash_split(docs).to_numpy()
    dev = split == DEVELOPMENT

    per_article = pd.DataFrame(
        {
            "doc_id": docs,
            "split": split,
            "outlet": corpus["outlet"].to_numpy(),
            "mbfc": corpus["mbfc"].to_numpy() if "mbfc" in corpus else "",
        }
    )
    rows, chosen, dev_fit, all_preds, rep = [], {}, {}, {}, {OOS: {}, TFIDF: {}}
    for lab in LABELS:
        y = gold[lab].to_numpy()
        fr = MAPPING[lab]
        c = counts[("generic_frames", fr)].to_numpy()
        dev_fit[lab] = fit_min_cues(c[dev], y[dev])
        oos = c >= dev_fit[lab]
        oos[dev], chosen[lab] = threshold_cv(c[dev], y[dev])
        rep[OOS][lab] = repeated_cv_f1(c[dev], y[dev], fit_min_cues)
        rep[TFIDF][lab] = tfidf_repeated_cv(list(texts[dev]), y[dev])
        tfidf = np.zeros(len(y), dtype=bool)
        tfidf[dev] = tfidf_cv(list(texts[dev]), y[dev])
        tfidf[~dev] = tfidf_fit_predict(list(texts[dev]), y[dev], list(texts[~dev]))
        preds = {
            SHIPPED: shipped[("generic_frames", fr)].to_numpy(),
            OOS: oos,
            ALL: np.ones(len(y), dtype=bool),
            TFIDF: tfidf,
        }
        if lab == "RE":
            rem = [("entman_functions", e) for e in codebooks["entman_functions"]["entries"] if e.startswith("remedy_")]
            preds["RE as any Entman remedy (>=1 cue)"] = (counts[rem].sum(axis=1) > 0).to_numpy()
        per_article[f"{lab}_gold"] = y.astype(int)
        per_article[f"{lab}_cues"] = c
        per_article[f"{lab}_lexicon"] = preds[SHIPPED].astype(int)
        per_article[f"{lab}_lexicon_cv"] = oos.astype(int)
        per_article[f"{lab}_tfidf_cv"] = tfidf.astype(int)
        rows += _score_rows(lab, fr, y, preds, split)
        for method, p in preds.items():
            all_preds.setdefault(method, []).append(p)
    choice = supervised_choice(per_article, list(texts), dev)
    table = pd.DataFrame(rows)
    main = table[~table["method"].str.startswith("RE as")]
    macro = {
        part: main[main["split"] == part].groupby("method", sort=False)["F1"].mean().round(4).to_dict()
        for part in (DEVELOPMENT, HELD_OUT)
    }
    y_all = gold[LABELS].to_numpy()
    macro_ci = {
        part: {
            m: macro_f1_interval(y_all[split == part], np.column_stack(all_preds[m])[split == part])
            for m in macro[part]
        }
        for part in (DEVELOPMENT, HELD_OUT)
    }
    thresholds = {lab: int(codebook_thresholds(codebooks)[("generic_frames", MAPPING[lab])]) for lab in LABELS}
    attested = article_cue_counts(frames_all, docs, codebooks, min_articles=CODEBOOK_MIN_ARTICLES, units=units)
    codebook_fit = {
        lab: fit_min_cues(attested[("generic_frames", MAPPING[lab])].to_numpy(), gold[lab].to_numpy()) for lab in LABELS
    }
    if thresholds != codebook_fit:
        print(
            f"note: shipped thresholds {thresholds} differ from those the codebook's rule fits on all articles "
            f"{codebook_fit}",
            file=sys.stderr,
        )
    return {
        "dataset": "frames-dev (Narrative Frames Corpus, development half: nfc_dev.csv)",
        "n_articles": int(len(docs)),
        "date": _dt.date.today().isoformat(),
        "mapping": MAPPING,
        "split": {
            "rule": "helpers.framing.articles.hash_split(doc_id, parts=2): held-out when sha256(doc_id) is odd",
            "n": {DEVELOPMENT: int(dev.sum()), HELD_OUT: int((~dev).sum())},
            "positives": {
                part: {lab: int(gold[lab].to_numpy()[split == part].sum()) for lab in LABELS}
                for part in (DEVELOPMENT, HELD_OUT)
            },
        },
        "methods": METHODS,
        "folds": FOLDS,
        "seed": SEED,
        "shipped_thresholds": thresholds,
        "development_fit_thresholds": dev_fit,
        "codebook_fit_thresholds": codebook_fit,
        "codebook_fit_rule": f"maximal F1 on all articles, ties to the smaller, scored counting only cues found in at "
        f"least {CODEBOOK_MIN_ARTICLES} articles (issue 14z3)",
        "cv_thresholds": chosen,
        "repeated_cv": {
            "rule": f"development only: {REPEATS} repeats of {FOLDS}-fold stratified CV (fold seeds 0-"
            f"{REPEATS - 1}), one pooled out-of-fold F1 per repeat; mean and sd over repeats",
            **{m: _repeated_summary(v) for m, v in rep.items()},
        },
        "macro_F1": macro,
        "macro_F1_ci": macro_ci,
        "supervised_choice": choice.round(4).to_dict(orient="records"),
        "scores": table.to_dict(orient="records"),
    }, per_article


def markdown(res: dict) -> str:
    t = pd.DataFrame(res["scores"])
    n = res["split"]["n"]
    lines = [
        f"Data: {res['dataset']}, {res['n_articles']} articles ({n[DEVELOPMENT]} development, "
        f"{n[HELD_OUT]} held-out: {res['split']['rule']}); {res['date']}.",
        "",
        "| split | label | method | P | R | F1 [95% CI] |",
        "|---|---|---|---|---|---|",
    ]
    for r in t.itertuples():
        lines.append(
            f"| {r.split} | {r.label} ({r.frame}) | {r.method} | {r.precision:.2f} | {r.recall:.2f} | "
            f"{r.F1:.2f} [{r.F1_low:.2f}, {r.F1_high:.2f}] |"
        )
    ci = res["macro_F1_ci"]
    lines += ["", f"| method | macro-F1 {DEVELOPMENT} [95% CI] | macro-F1 {HELD_OUT} [95% CI] |", "|---|---|---|"]
    lines += [
        f"| {m} | {v:.3f} [{ci[DEVELOPMENT][m][0]:.2f}, {ci[DEVELOPMENT][m][1]:.2f}] | "
        f"{res['macro_F1'][HELD_OUT][m]:.3f} [{ci[HELD_OUT][m][0]:.2f}, {ci[HELD_OUT][m][1]:.2f}] |"
        for m, v in res["macro_F1"][DEVELOPMENT].items()
    ]
    rc = res["repeated_cv"]
    lines += [
        "",
        f"Repeated CV on development ({rc['rule']}):",
        "",
        "| method | macro-F1 | " + " | ".join(LABELS) + " |",
        "|---|---|" + "---|" * len(LABELS),
    ]
    lines += [
        f"| {m} | " + " | ".join(f"{v[k][0]:.3f} ({v[k][1]:.3f})" for k in ["macro_F1", *LABELS]) + " |"
        for m, v in rc.items()
        if m != "rule"
    ]
    lines += [
        "",
        f"Thresholds: shipped {res['shipped_thresholds']}; fit on development "
        f"{res['development_fit_thresholds']}; the codebook's rule on all articles "
        f"{res['codebook_fit_thresholds']}.",
        "",
        "| label | lexicon F1 (CV thresholds, development) | supervised F1 (CV, development) | use | "
        "held-out F1: lexicon | held-out F1: the method used |",
        "|---|---|---|---|---|---|",
    ]
    lines += [
        f"| {c['label']} | {c['lexicon_F1']:.3f} | {c['supervised_F1']:.3f} | {c['use']} | "
        f"{c['heldout_lexicon_F1']:.3f} | {c['heldout_chosen_F1']:.3f} |"
        for c in res["supervised_choice"]
    ]
    return "\n".join(lines)


def markdown_test(res: dict) -> str:
    lines = [
        f"Data: {res['dataset']}, {res['n_articles']} articles; {res['date']}.",
        "",
        "| label | method | P | R | F1 [95% CI] |",
        "|---|---|---|---|---|",
    ]
    lines += [
        f"| {r['label']} ({r['frame']}) | {r['method']} | {r['precision']:.2f} | {r['recall']:.2f} | "
        f"{r['F1']:.2f} [{r['F1_low']:.2f}, {r['F1_high']:.2f}] |"
        for r in res["scores"]
    ]
    lines += ["", "| method | macro-F1 [95% CI] |", "|---|---|"]
    lines += [
        f"| {m} | {v:.3f} [{res['macro_F1_ci'][m][0]:.2f}, {res['macro_F1_ci'][m][1]:.2f}] |"
        for m, v in res["macro_F1"].items()
    ]
    return "\n".join(lines)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument(
        "--test",
        type=Path,
        default=None,
        help="a separate labelled file (e.g. the corpus's other half) to score instead: the shipped "
        "tagger, all-positive and TF-IDF trained on all of --data; writes " + OUT_TEST.name,
    )
    args = ap.parse_args(argv)
    if not args.data.is_file():
        raise SystemExit(f"{args.data} not found: pass --data with the path to nfc_dev.csv (see its README).")
    if args.test is not None:
        if not args.test.is_file():
            raise SystemExit(
                f"{args.test} not found: pass --test with the path to a file with the columns of nfc_dev.csv."
            )
        res = run_test(args.data, args.test)
        OUT_TEST.write_text(json.dumps(res, indent=1) + "\n")
        print(markdown_test(res))
        return
    res, per_article = run(args.data)
    OUT_JSON.write_text(json.dumps(res, indent=1, sort_keys=False) + "\n")
    per_article.to_csv(OUT_CSV, index=False)
    print(markdown(res))


if __name__ == "__main__":
    main()
