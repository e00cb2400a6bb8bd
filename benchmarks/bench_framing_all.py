"""Generic frames on all 214 frames-dev articles by repeated cross-validation: the shipped rule and three candidates.

Run on demand (not in CI), from the project root::

    .venv/bin/python benchmarks/bench_framing_all.py [--data ../shared/data/frames-dev/nfc_dev.csv]
                                                     [--offtopic ../shared/data/allsides/articles.jsonl.gz]

Issue 14z2 (pre-registered in docs/VALIDATION.md, "Issue 14z2", before the first run). The held-out half of
``frames-dev`` has been scored many times and its per-frame figures read; it is no longer a clean test. The trust
figure from now on: :data:`REPEATS` repeats of stratified :data:`FOLDS`-fold CV over all 214 articles (per label,
fold seeds ``0 .. REPEATS-1``), one pooled out-of-fold F1 per repeat and label, macro-F1 the mean over the labels;
mean (sd over repeats) and differences paired on the same folds. Variants: ``plain`` (every cue counts) and
``unseen-cue`` (issue 14w: the test fold counts only the cues of a frame that a training-fold article has).
Everything fitted (thresholds, mined cues) is fitted on the training folds only.

Rules (all on the shipped codebook's article cue score, :func:`helpers.framing.articles.article_cue_table`, with
human interest adding morality's score as in the codebook):

* ``fixed shipped thresholds``: the codebook's ``article_min_cues`` of version 6 (:data:`V6_THRESHOLDS`, fit on the
  111 development articles, so partly in-sample here), nothing fitted in the folds;
* ``(a) baseline``: threshold of maximal training F1, ties to the smaller (:func:`fit_min_cues`);
* ``(b) smoothed threshold``: :func:`fit_smoothed`;
* ``(c) per 1,000 words``: the score divided by the article's words x 1,000, threshold of maximal training F1 over
  the observed training scores (:func:`fit_observed`);
* ``(d) mined cues``: :func:`mine_cues` per frame on the training folds, kept only if general
  (:func:`general_terms`, 3,000 off-topic AllSides articles), the score adding 1 per mined cue present; threshold
  as (a);
* ``all positive`` and ``TF-IDF`` (the baseline of ``bench_framing.py``, trained on the training folds);
* :data:`POST_HOC` (added after the pre-registered run had been seen, never eligible): as (a), the threshold fit on
  training scores that count only cues found in at least two training articles.

Decision (pre-registered): a candidate is shipped only if its unseen-cue macro-F1 beats (a) by more than one sd of
the paired difference; without a winner, the shipped thresholds may be refit on all 214 articles only if (a) does
not lose to ``fixed shipped thresholds`` by more than one paired sd on either variant. The thresholds each rule fits
on all 214 articles (and the cues (d) mines there) are written beside the CV figures.

Output: a Markdown table on stdout and ``benchmarks/results/bench_framing_all_results.json`` (no text; mined cues are single
words or two-word sequences with their counts).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import gzip
import json
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_framing import DATA, LABELS, MAPPING, f1, tfidf_cv  # noqa: E402
from bench_framing_robust import FAMILY, _kept, frame_score  # noqa: E402
from climate_cues_offtopic import CLIMATE_TOPICS, N_ARTICLES  # noqa: E402
from climate_cues_offtopic import DATA as OFFTOPIC  # noqa: E402

from helpers import framing as F  # noqa: E402
from helpers import load_corpus, segment  # noqa: E402
from helpers.framing.articles import (  # noqa: E402
    article_cue_table,
    codebook_article_with,
    fit_min_cues,
)

OUT_JSON = ROOT / "benchmarks" / "results" / "bench_framing_all_results.json"
V6_THRESHOLDS = {"RE": 3, "HI": 8, "CO": 1, "MO": 3, "EC": 8}
"""The ``article_min_cues`` of ``generic_frames.yaml`` version 6 (fit on the 111 development articles, issue 14s):
the ``fixed shipped thresholds`` of rounds 14z2 and 14z3, pinned so that their figures stay reproducible after
version 7 (issue 14z3) refit the codebook's thresholds."""
REPEATS = 20
FOLDS = 5
N_BOOT = 100
"""Bootstrap resamples of the training articles for the noise band of (b)."""
MIN_DOCS = 5
"""A mined term must be found in at least this many training articles."""
PRIOR_DOCS = 100
"""Weight of the informative Dirichlet prior, in articles."""
TOP_K = 20
"""Mined terms kept per frame and fold (before the generality filter)."""
MIN_Z = 1.96
MIN_OFFTOPIC = 30
"""A mined term must be found in at least this many of the 3,000 off-topic articles."""
RATE_FACTOR = 3.0
"""... at an article rate within this factor of its rate in the training articles."""
MAX_CUES = 60
TOKEN_PATTERN = r"(?u)\b[^\W\d_][\w'-]*\b"


def fit_smoothed(
    score: np.ndarray, y: np.ndarray, max_cues: int = MAX_CUES, n_boot: int = N_BOOT, seed: int = 0
) -> int:
    """The threshold within bootstrap noise of the best training F1 that is closest to the prevalence-matched one.

    Candidates are the thresholds ``1..max_cues`` whose training F1 is at least the best F1 minus the bootstrap sd
    (``n_boot`` resamples of the articles, ``seed``) of the F1 of the best threshold; the prevalence-matched
    threshold is the smallest that tags no more articles than are positive. Ties go to the smaller threshold.
    """
    s = np.asarray(score, dtype=float)
    y = np.asarray(y, dtype=bool)
    ts = np.arange(1, max_cues + 1)
    curve = _f1_curve(s, y, ts)
    best = int(np.argmax(curve))
    idx = np.random.default_rng(seed).integers(0, len(y), size=(n_boot, len(y)))
    pred = s[idx] >= ts[best]
    tp = (pred & y[idx]).sum(axis=1)
    den = pred.sum(axis=1) + y[idx].sum(axis=1)
    sd = float(np.std(np.where(den > 0, 2 * tp / np.maximum(den, 1), 0.0)))
    ok = ts[curve >= curve[best] - sd]
    tagged = (s[None, :] >= ts[:, None]).sum(axis=1)
    prev = int(ts[np.argmax(tagged <= y.sum())]) if (tagged <= y.sum()).any() else int(ts[-1])
    return int(ok[np.argmin(np.abs(ok - prev))])


def _f1_curve(s: np.ndarray, y: np.ndarray, ts: np.ndarray) -> np.ndarray:
    pred = s[None, :] >= ts[:, None]
    tp = (pred & y).sum(axis=1)
    return np.where(tp > 0, 2 * tp / (pred.sum(axis=1) + y.sum()), 0.0)


def fit_observed(score: np.ndarray, y: np.ndarray) -> float:
    """The threshold of maximal F1 among the observed positive scores (for a real-valued score); ties to the smaller."""
    s = np.asarray(score, dtype=float)
    ts = np.unique(s[s > 0])
    if not len(ts):
        return float("inf")
    curve = _f1_curve(s, np.asarray(y, dtype=bool), ts)
    return float(ts[int(np.argmax(curve))])


def log_odds_z(pos: np.ndarray, neg: np.ndarray, prior: np.ndarray) -> np.ndarray:
    """Log-odds ratio with an informative Dirichlet prior, as a z-score (Monroe, Colaresi & Quinn 2008).

    ``pos`` and ``neg``: per term, counts in the two groups (here: articles with the term); ``prior``: per term,
    the prior counts (alpha). Positive z: the term is more frequent in ``pos``.
    """
    pos, neg, a = (np.asarray(v, dtype=float) for v in (pos, neg, prior))
    a0, n1, n2 = a.sum(), pos.sum(), neg.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        d = np.log((pos + a) / (n1 + a0 - pos - a)) - np.log((neg + a) / (n2 + a0 - neg - a))
        z = d / np.sqrt(1.0 / (pos + a) + 1.0 / (neg + a))
    return np.where(np.isfinite(z), z, 0.0)


def mine_cues(
    present: np.ndarray,
    y: np.ndarray,
    terms: np.ndarray,
    exclude: set[str],
    general: np.ndarray,
    min_docs: int = MIN_DOCS,
    top_k: int = TOP_K,
    min_z: float = MIN_Z,
    prior_docs: int = PRIOR_DOCS,
    offtopic_rate: np.ndarray | None = None,
    rate_factor: float = RATE_FACTOR,
) -> list[str]:
    """Terms that separate positive from negative training articles and pass the generality filter.

    ``present``: training articles x terms, booleans; ``general``: per term, whether it is found in enough
    off-topic articles; ``offtopic_rate``: per term, its article rate there (None: no rate check). The ``top_k``
    terms of largest z (above ``min_z``) among those in at least ``min_docs`` training articles and not in
    ``exclude`` are ranked first, then the general ones among them kept (sorted by z, then by term).
    """
    p = np.asarray(present, dtype=bool)
    y = np.asarray(y, dtype=bool)
    df = p.sum(axis=0)
    prior = prior_docs * df / len(y)
    z = log_odds_z(p[y].sum(axis=0), p[~y].sum(axis=0), prior)
    ok = (df >= min_docs) & (z > min_z) & ~np.isin(terms, list(exclude))
    order = sorted(np.flatnonzero(ok), key=lambda i: (-z[i], terms[i]))[:top_k]
    keep = []
    for i in order:
        if not general[i]:
            continue
        if offtopic_rate is not None:
            rate = df[i] / len(y)
            if not (offtopic_rate[i] * rate_factor >= rate and rate * rate_factor >= offtopic_rate[i]):
                continue
        keep.append(str(terms[i]))
    return keep


def _vectorizer(vocabulary=None):
    from sklearn.feature_extraction.text import CountVectorizer

    return CountVectorizer(
        lowercase=True,
        binary=True,
        ngram_range=(1, 2),
        token_pattern=TOKEN_PATTERN,
        vocabulary=vocabulary,
        dtype=np.int8,
    )


def offtopic_counts(path: Path, terms: np.ndarray) -> np.ndarray:
    """Per term, the number of the 3,000 off-topic AllSides articles (``climate_cues_offtopic``'s draw) with it."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    other = [r for r in rows if not CLIMATE_TOPICS.search(str(r.get("topic", "")))]
    sample = random.Random(14).sample(other, N_ARTICLES)
    x = _vectorizer(vocabulary=list(terms)).transform([str(r.get("text") or "") for r in sample])
    return np.asarray((x > 0).sum(axis=0)).ravel()


def load_all(data: Path) -> dict:
    """All articles, tagged: gold labels, the per-article cue table, words, texts and the codebook."""
    corpus = load_corpus(data)
    missing = [c for c in LABELS if c not in corpus.columns]
    if missing:
        raise SystemExit(f"{data}: label columns {missing} are missing; this benchmark needs {LABELS}.")
    units = segment(corpus, "sentence")
    books = F.load_codebooks([FAMILY])
    cues = F.find_cues(units, books, negation=F.load_codebook("negation", kind="negation"))
    frames = F.tag_frames(units, cues, books, keep=("doc_id",))
    docs = corpus["doc_id"].tolist()
    texts = (corpus["title"].fillna("") + "\n" + corpus["text"]).tolist()
    return {
        "docs": docs,
        "gold": corpus.set_index("doc_id")[LABELS].astype(int).astype(bool).reindex(docs),
        "table": article_cue_table(frames, books),
        "books": books,
        "texts": texts,
        "words": np.maximum(corpus["n_words"].to_numpy(dtype=float), 1.0),
    }


RULES = ["fixed shipped thresholds", "(a) baseline", "(b) smoothed threshold", "(c) per 1,000 words", "(d) mined cues"]
POST_HOC = "(e) post hoc: threshold fit without self-attested cues"
"""Added after the pre-registered run had been seen (never eligible): as (a), but the threshold is fit on training
scores that count only cues found in at least two training articles (issue 14w's ``fit_support=2`` on all 214)."""
VARIANTS = ["plain", "unseen-cue"]


def _frame_terms(books: dict) -> dict[str, set[str]]:
    return {fr: {str(t).lower() for t in e["terms"]} for fr, e in books[FAMILY]["entries"].items()}


def cross_validate(
    d: dict,
    present: np.ndarray,
    terms: np.ndarray,
    general: np.ndarray,
    off_rate: np.ndarray,
    repeats: int = REPEATS,
    tfidf: bool = True,
) -> tuple[dict, dict]:
    """F1 per rule, variant, label and repeat; and the mined cues per label (how many folds kept each)."""
    from sklearn.model_selection import StratifiedKFold

    docs, gold, table = d["docs"], d["gold"], d["table"]
    darr = np.asarray(docs, dtype=object)
    with_map = {fr: w for (fam, fr), w in codebook_article_with(d["books"]).items() if fam == FAMILY}
    frames = sorted(set(MAPPING.values()) | {o for w in with_map.values() for o in w})
    cue_terms = _frame_terms(d["books"])
    out = {(rule, v): {lab: np.zeros(repeats) for lab in LABELS} for rule in [*RULES, POST_HOC] for v in VARIANTS}
    out.update({(b, "plain"): {lab: np.zeros(repeats) for lab in LABELS} for b in ("all positive", "TF-IDF")})
    mined: dict[str, dict[str, int]] = {lab: {} for lab in LABELS}
    for lab in LABELS:
        y = gold[lab].to_numpy()
        fr, w = MAPPING[lab], with_map.get(MAPPING[lab], [])
        full = frame_score(table, docs, fr, w)
        excl = cue_terms[fr].union(*(cue_terms[o] for o in w))
        for r in range(repeats):
            preds = {k: np.zeros(len(y), dtype=bool) for k in out if k[0] not in ("all positive", "TF-IDF")}
            for tr, te in StratifiedKFold(FOLDS, shuffle=True, random_state=r).split(full, y):
                unseen = frame_score(table, docs, fr, w, _kept(table, list(darr[tr]), frames, 1))
                cues = mine_cues(present[tr], y[tr], terms, excl, general, offtopic_rate=off_rate)
                for c in cues:
                    mined[lab][c] = mined[lab].get(c, 0) + 1
                extra = present[:, np.isin(terms, cues)].sum(axis=1)
                t_a = fit_min_cues(full[tr], y[tr], max_cues=MAX_CUES)
                t_b = fit_smoothed(full[tr], y[tr])
                per_k = full / d["words"] * 1000
                t_c = fit_observed(per_k[tr], y[tr])
                t_d = fit_min_cues((full + extra)[tr], y[tr], max_cues=MAX_CUES)
                t_f = float(V6_THRESHOLDS[lab])
                shared = frame_score(table, docs, fr, w, _kept(table, list(darr[tr]), frames, 2))
                t_e = fit_min_cues(shared[tr], y[tr], max_cues=MAX_CUES)
                for v, s in (("plain", full), ("unseen-cue", unseen)):
                    preds[("fixed shipped thresholds", v)][te] = s[te] >= t_f
                    preds[("(a) baseline", v)][te] = s[te] >= t_a
                    preds[("(b) smoothed threshold", v)][te] = s[te] >= t_b
                    preds[("(c) per 1,000 words", v)][te] = (s / d["words"] * 1000)[te] >= t_c
                    preds[("(d) mined cues", v)][te] = (s + extra)[te] >= t_d
                    preds[(POST_HOC, v)][te] = s[te] >= t_e
            for k, p in preds.items():
                out[k][lab][r] = f1(y, p)
            out[("all positive", "plain")][lab][r] = f1(y, np.ones(len(y), dtype=bool))
            if tfidf:
                out[("TF-IDF", "plain")][lab][r] = f1(y, tfidf_cv(d["texts"], y, seed=r))
    return out, mined


def _summary(per: dict[str, np.ndarray], base: dict[str, np.ndarray] | None) -> dict:
    macro = np.mean([per[lab] for lab in LABELS], axis=0)
    res = {
        "macro_F1": [round(float(macro.mean()), 4), round(float(macro.std()), 4)],
        **{lab: [round(float(per[lab].mean()), 4), round(float(per[lab].std()), 4)] for lab in LABELS},
    }
    if base is not None:
        diff = macro - np.mean([base[lab] for lab in LABELS], axis=0)
        res["paired_diff_to_a"] = [round(float(diff.mean()), 4), round(float(diff.std()), 4)]
    return res


def fit_all(d: dict, present: np.ndarray, terms: np.ndarray, general: np.ndarray, off_rate: np.ndarray) -> dict:
    """Thresholds of rules (a)-(e) (and the cues (d) mines) fit on all articles."""
    docs, gold, table = d["docs"], d["gold"], d["table"]
    with_map = {fr: w for (fam, fr), w in codebook_article_with(d["books"]).items() if fam == FAMILY}
    cue_terms = _frame_terms(d["books"])
    frames = sorted(set(MAPPING.values()) | {o for w in with_map.values() for o in w})
    shared_cues = _kept(table, list(docs), frames, 2)
    res = {}
    for lab in LABELS:
        y = gold[lab].to_numpy()
        fr, w = MAPPING[lab], with_map.get(MAPPING[lab], [])
        full = frame_score(table, docs, fr, w)
        cues = mine_cues(
            present, y, terms, cue_terms[fr].union(*(cue_terms[o] for o in w)), general, offtopic_rate=off_rate
        )
        extra = present[:, np.isin(terms, cues)].sum(axis=1)
        res[lab] = {
            "(a) baseline": fit_min_cues(full, y, max_cues=MAX_CUES),
            "(b) smoothed threshold": fit_smoothed(full, y),
            "(c) per 1,000 words": round(fit_observed(full / d["words"] * 1000, y), 4),
            "(d) mined cues": fit_min_cues(full + extra, y, max_cues=MAX_CUES),
            "(d) cues": cues,
            POST_HOC: fit_min_cues(frame_score(table, docs, fr, w, shared_cues), y, max_cues=MAX_CUES),
            "in-sample F1 (a)": round(f1(y, full >= fit_min_cues(full, y, max_cues=MAX_CUES)), 4),
        }
    return res


def decide(rules: dict) -> dict:
    """The pre-registered decision from the summaries."""
    winners = [
        r
        for r in RULES[2:]
        if rules[r]["unseen-cue"]["paired_diff_to_a"][0] > rules[r]["unseen-cue"]["paired_diff_to_a"][1]
    ]
    fixed = {v: rules["fixed shipped thresholds"][v]["paired_diff_to_a"] for v in VARIANTS}
    a_loses = any(m > s for m, s in fixed.values())  # fixed minus (a) above one sd: (a) loses
    best = max(winners, key=lambda r: rules[r]["unseen-cue"]["paired_diff_to_a"][0]) if winners else None
    return {
        "winners": winners,
        "ship": best or ("(a) baseline" if not a_loses else "fixed shipped thresholds"),
        "a_minus_fixed": {v: [-m, s] for v, (m, s) in fixed.items()},
        "a_loses_to_fixed": bool(a_loses),
    }


def describe(d: dict, data: Path, cv: str) -> dict:
    """The fields a result file of these rounds starts with: data set, articles, date, ``cv``, variants, mapping."""
    return {
        "dataset": f"frames-dev, all articles of {data.name} (development and held-out halves together)",
        "n_articles": len(d["docs"]),
        "date": _dt.date.today().isoformat(),
        "cv": cv,
        "variants": {
            "plain": "every cue counts",
            "unseen-cue": "the test fold counts only the cues of a frame that a training-fold article has (issue 14w)",
        },
        "mapping": MAPPING,
        "positives": {lab: int(d["gold"][lab].sum()) for lab in LABELS},
    }


def run(data: Path, offtopic: Path, repeats: int = REPEATS, tfidf: bool = True) -> dict:
    d = load_all(data)
    vec = _vectorizer()
    present = (vec.fit_transform(d["texts"]) > 0).toarray()
    terms = vec.get_feature_names_out()
    keep = present.sum(axis=0) >= MIN_DOCS
    present, terms = present[:, keep], terms[keep]
    off = offtopic_counts(offtopic, terms)
    general, off_rate = off >= MIN_OFFTOPIC, off / N_ARTICLES
    per, mined = cross_validate(d, present, terms, general, off_rate, repeats=repeats, tfidf=tfidf)
    base = {v: per[("(a) baseline", v)] for v in VARIANTS}
    rules = {}
    for (rule, v), val in per.items():
        rules.setdefault(rule, {})[v] = _summary(val, base.get(v) if rule != "(a) baseline" else None)
    cv = (
        f"{repeats} repeats of stratified {FOLDS}-fold CV per label, fold seeds 0-{repeats - 1}; one pooled "
        "out-of-fold F1 per repeat; mean and sd over repeats; paired differences to (a) on the same folds"
    )
    return {
        **describe(d, data, cv),
        "settings": {
            "n_boot": N_BOOT,
            "min_docs": MIN_DOCS,
            "prior_docs": PRIOR_DOCS,
            "top_k": TOP_K,
            "min_z": MIN_Z,
            "min_offtopic": MIN_OFFTOPIC,
            "offtopic_articles": N_ARTICLES,
            "rate_factor": RATE_FACTOR,
            "terms_considered": int(len(terms)),
            "general_terms": int(general.sum()),
        },
        "rules": rules,
        "decision": decide(rules),
        "shipped_thresholds": V6_THRESHOLDS,
        "fit_on_all": fit_all(d, present, terms, general, off_rate),
        "mined_cues_folds": {
            lab: dict(sorted(m.items(), key=lambda kv: (-kv[1], kv[0]))[:40]) for lab, m in mined.items()
        },
    }


DIFF_HEADERS = {"paired_diff_to_a": "paired diff to (a)", "paired_diff_to_fixed": "paired diff to fixed"}


def markdown(res: dict, diffs: tuple[str, ...] = ("paired_diff_to_a",)) -> str:
    """The result table (one row per rule and variant, with the paired differences ``diffs``) and the decision."""
    lines = [
        f"Data: {res['dataset']}, {res['n_articles']} articles; {res['cv']}; {res['date']}.",
        "",
        "| rule | variant | macro-F1 | " + " | ".join([*LABELS, *(DIFF_HEADERS[k] for k in diffs)]) + " |",
        "|---|---|---|" + "---|" * (len(LABELS) + len(diffs)),
    ]
    for rule, vs in res["rules"].items():
        for v, r in vs.items():
            cells = [f"{r[k][0]:.3f} ({r[k][1]:.3f})" for k in ["macro_F1", *LABELS]]
            cells += [f"{r[k][0]:+.3f} ({r[k][1]:.3f})" if k in r else "" for k in diffs]
            lines.append(f"| {rule} | {v} | " + " | ".join(cells) + " |")
    lines += [
        "",
        f"Decision: {res['decision']}",
        f"Shipped thresholds: {res['shipped_thresholds']}",
        f"Fit on all articles: {res['fit_on_all']}",
    ]
    return "\n".join(lines)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--offtopic", type=Path, default=OFFTOPIC)
    ap.add_argument("--repeats", type=int, default=REPEATS, help="repeats of the CV (the reported run uses 20)")
    ap.add_argument("--no-tfidf", action="store_true", help="skip the TF-IDF baseline (faster)")
    args = ap.parse_args(argv)
    for p, what in (
        (args.data, "--data with nfc_dev.csv"),
        (args.offtopic, "--offtopic with AllSides articles.jsonl.gz"),
    ):
        if not p.is_file():
            raise SystemExit(f"{p} not found: pass {what}.")
    res = run(args.data, args.offtopic, repeats=args.repeats, tfidf=not args.no_tfidf)
    if args.repeats == REPEATS and not args.no_tfidf:
        OUT_JSON.write_text(json.dumps(res, indent=1) + "\n")
    print(markdown(res))


if __name__ == "__main__":
    main()
