"""Where does the frame tagger overfit the development half? Cue support and threshold stability, development only.

Run on demand (not in CI), from the project root::

    .venv/bin/python benchmarks/bench_framing_robust.py [--data ../shared/data/frames-dev/nfc_dev.csv]

Only the *development* half of ``frames-dev`` (:func:`helpers.framing.articles.hash_split`, 111 articles) is
loaded; the held-out half is never read, so this script can be run while choosing (issue 14w). The question: the
development CV macro-F1 (about 0.70) overstates held-out (0.58); which frames lose, and why, without looking at
held-out articles? Everything is scored by :data:`REPEATS` repeats of :data:`FOLDS`-fold stratified CV (fold seeds
``0 .. REPEATS-1``); thresholds are fit on the training folds (maximal F1, :func:`fit_min_cues`, unless stated).

* ``shipped``: the codebook's article score, as :func:`helpers.framing.articles.article_cue_counts`;
* ``unseen cues dropped (m)``: the same score, but in each fold only the cues found (for that frame) in at least
  ``m`` articles of the *training* folds count. The cue lists were written while reading these articles: a cue
  that only the test fold's articles attest could not have been written without reading them. The drop from
  ``shipped`` estimates, per frame, how much the development figure owes to rare cues fitted to the articles read,
  which a new article set does not repay (a development-only proxy for the held-out gap);
* threshold estimators on the shipped score: ``bagged`` (median of 50 bootstrap fits), ``shrunk`` (the frame's own
  fit pulled toward the quantile rule, the threshold that tags the training prevalence, with weight
  ``positives / (positives + SHRINK_M)``), ``quantile`` (that rule alone);
* article options chosen in issue 14d on these articles: ``HI without morality`` (no ``article_with``),
  ``MO any voice`` (quoted moral cues count), both.

Per rule and frame: mean F1 and its sd over repeats, and the paired macro-F1 difference to ``shipped`` (mean and sd
over repeats, same folds). Per frame also: in-sample F1 (threshold fit on all 111 articles), how often each
threshold was chosen on the 100 training splits, and how many cues of the frame are found in 1, 2 or 3+ articles.

Decision rule, written before the run: a change is adopted only if, paired over the repeats, it raises the
``unseen cues dropped (1)`` macro-F1 by more than twice the sd of the difference and lowers the ordinary CV
macro-F1 by no more than 0.01; otherwise the shipped rule stays.

Output: a Markdown table on stdout and ``benchmarks/results/bench_framing_robust_results.json``.
"""
from __future__ import annotations

import datetime as _dt
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_framing import LABELS, MAPPING, f1  # noqa: E402
from bench_framing_rules import _fit_bagged, development_cli  # noqa: E402

from helpers import framing as F  # noqa: E402
from helpers import load_corpus, segment  # noqa: E402
from helpers.framing.articles import (  # noqa: E402
    DEVELOPMENT,
    article_cue_table,
    codebook_article_with,
    fit_min_cues,
    hash_split,
)

OUT_JSON = ROOT / "benchmarks" / "results" / "bench_framing_robust_results.json"
REPEATS = 20
FOLDS = 5
SHRINK_M = 10
"""Pseudo-positives of the quantile rule in the shrunk threshold."""
FAMILY = "generic_frames"


def load_development(data: Path, options: dict | None = None) -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    """The development half only, tagged: (gold labels, per-article cue table, codebooks).

    ``options`` maps a frame to entry keys to override (e.g. ``{"morality": {"article_voice": "any"}}``).
    """
    corpus = load_corpus(data)
    corpus = corpus[(hash_split(corpus["doc_id"]) == DEVELOPMENT).to_numpy()].reset_index(drop=True)
    units = segment(corpus, "sentence")
    books = F.load_codebooks([FAMILY])
    cues = F.find_cues(units, books, negation=F.load_codebook("negation", kind="negation"))
    frames = F.tag_frames(units, cues, books, keep=("doc_id",))
    docs = corpus["doc_id"].tolist()
    gold = corpus.set_index("doc_id")[LABELS].astype(int).astype(bool).reindex(docs)
    tables = {"shipped": article_cue_table(frames, books)}
    any_voice = {FAMILY: {**books[FAMILY], "entries": {**books[FAMILY]["entries"]}}}
    any_voice[FAMILY]["entries"]["morality"] = {**books[FAMILY]["entries"]["morality"], "article_voice": "any"}
    tables["MO any voice"] = article_cue_table(frames, any_voice)
    return gold, tables, books


def frame_score(table: pd.DataFrame, docs: list, frame: str, with_: list[str], keep: dict | None = None) -> np.ndarray:
    """Article score of ``frame`` (plus the frames in ``with_``) from a cue table, counting only the cues in
    ``keep[frame]`` when ``keep`` is given."""
    out = pd.Series(0.0, index=pd.Index(docs))
    for fr in [frame, *with_]:
        t = table[(table["family"] == FAMILY) & (table["frame"] == fr)]
        if keep is not None:
            t = t[t["cue"].isin(keep[fr])]
        out = out.add(t.groupby("doc_id")["n"].sum(), fill_value=0.0)
    return out.reindex(docs).fillna(0.0).to_numpy()


def _fit_quantile(s: np.ndarray, y: np.ndarray) -> float:
    """The threshold that tags (about) the training prevalence: the score of the top ``mean(y)`` share."""
    return float(max(1.0, np.ceil(np.quantile(s, 1 - y.mean()))))


def _fit_shrunk(s: np.ndarray, y: np.ndarray) -> float:
    w = y.sum() / (y.sum() + SHRINK_M)
    return float(np.round(w * fit_min_cues(s, y) + (1 - w) * _fit_quantile(s, y)))


def _support(table: pd.DataFrame, docs: list) -> dict[str, pd.Series]:
    """Per frame, the number of the given articles each cue is found in."""
    t = table[(table["family"] == FAMILY) & table["doc_id"].isin(docs)]
    return {fr: g.groupby("cue")["doc_id"].nunique() for fr, g in t.groupby("frame")}


def _kept(table: pd.DataFrame, train_docs: list, frames: list[str], min_support: int) -> dict[str, set] | None:
    """Per frame, the cues found in at least ``min_support`` of the training articles (None: every cue)."""
    if not min_support:
        return None
    sup = _support(table, train_docs)
    return {f: set(sup.get(f, pd.Series(dtype=int)).loc[lambda v: v >= min_support].index) for f in frames}


def cv_rule(gold: pd.DataFrame, table: pd.DataFrame, with_map: dict, fit=fit_min_cues, min_support: int = 0,
            fit_support: int = 0, repeats: int = REPEATS) -> tuple[dict[str, np.ndarray], dict[str, Counter]]:
    """Repeated CV F1 per label (one pooled out-of-fold F1 per repeat) and the thresholds chosen.

    ``min_support > 0``: in each fold the test articles count only cues found in at least that many training
    articles (cues only the test fold attests are dropped). ``fit_support > 0``: the threshold is fit on
    training scores that count only cues found in at least that many training articles (2: each training
    article's cues must also be found in another training article: the article's own, self-attested, cues are
    left out of the fit).
    """
    from sklearn.model_selection import StratifiedKFold

    docs = gold.index.tolist()
    darr = np.asarray(docs, dtype=object)
    frames = sorted({fr for fr in MAPPING.values()} | {o for w in with_map.values() for o in w})
    full = {lab: frame_score(table, docs, MAPPING[lab], with_map.get(MAPPING[lab], [])) for lab in LABELS}
    out = {lab: np.zeros(repeats) for lab in LABELS}
    chosen: dict[str, Counter] = {lab: Counter() for lab in LABELS}
    for r in range(repeats):
        preds = {lab: np.zeros(len(docs), dtype=bool) for lab in LABELS}
        for lab in LABELS:
            y = gold[lab].to_numpy()
            fr, w = MAPPING[lab], with_map.get(MAPPING[lab], [])
            for tr, te in StratifiedKFold(FOLDS, shuffle=True, random_state=r).split(full[lab], y):
                keep_test = _kept(table, list(darr[tr]), frames, min_support)
                keep_fit = _kept(table, list(darr[tr]), frames, fit_support)
                s_test = full[lab] if keep_test is None else frame_score(table, docs, fr, w, keep_test)
                s_fit = full[lab] if keep_fit is None else frame_score(table, docs, fr, w, keep_fit)
                t = fit(s_fit[tr], y[tr])
                chosen[lab][float(t)] += 1
                preds[lab][te] = s_test[te] >= t
            out[lab][r] = f1(y, preds[lab])
    return out, chosen


def _summary(per: dict[str, np.ndarray], base: dict[str, np.ndarray] | None) -> dict:
    macro = np.mean([per[lab] for lab in LABELS], axis=0)
    res = {"macro_F1": [round(float(macro.mean()), 4), round(float(macro.std()), 4)],
           **{lab: [round(float(per[lab].mean()), 4), round(float(per[lab].std()), 4)] for lab in LABELS}}
    if base is not None:
        d = macro - np.mean([base[lab] for lab in LABELS], axis=0)
        res["paired_diff"] = [round(float(d.mean()), 4), round(float(d.std()), 4)]
    return res


def run(data: Path) -> dict:
    gold, tables, books = load_development(data)
    docs = gold.index.tolist()
    with_map = {fr: w for (fam, fr), w in codebook_article_with(books).items() if fam == FAMILY}
    rules: dict[str, dict] = {}
    shipped, chosen = cv_rule(gold, tables["shipped"], with_map)
    unseen1, _ = cv_rule(gold, tables["shipped"], with_map, min_support=1)
    rules["shipped"] = _summary(shipped, None)
    rules["unseen cues dropped (1)"] = _summary(unseen1, shipped)
    rules["unseen cues dropped (2)"] = _summary(cv_rule(gold, tables["shipped"], with_map, min_support=2)[0], shipped)
    rules["self-attested cues left out of the threshold fit"] = _summary(
        cv_rule(gold, tables["shipped"], with_map, fit_support=2)[0], shipped)
    rules["self-attested cues left out of the fit, unseen cues dropped (1)"] = _summary(
        cv_rule(gold, tables["shipped"], with_map, min_support=1, fit_support=2)[0], unseen1)
    for name, fit in (("bagged thresholds", _fit_bagged), ("shrunk thresholds", _fit_shrunk),
                      ("quantile thresholds", _fit_quantile)):
        rules[name] = _summary(cv_rule(gold, tables["shipped"], with_map, fit=fit)[0], shipped)
    variants = {"HI without morality": (tables["shipped"], {}),
                "MO any voice": (tables["MO any voice"], with_map),
                "HI without morality, MO any voice": (tables["MO any voice"], {})}
    for name, (table, wm) in variants.items():
        ordinary = cv_rule(gold, table, wm)[0]
        rules[name] = _summary(ordinary, shipped)
        rules[name + ", unseen cues dropped (1)"] = _summary(cv_rule(gold, table, wm, min_support=1)[0], unseen1)
    per_frame = {}
    sup_all = _support(tables["shipped"], docs)
    for lab in LABELS:
        y = gold[lab].to_numpy()
        s = frame_score(tables["shipped"], docs, MAPPING[lab], with_map.get(MAPPING[lab], []))
        t = fit_min_cues(s, y)
        sup = sup_all.get(MAPPING[lab], pd.Series(dtype=int))
        per_frame[lab] = {
            "positives": int(y.sum()),
            "in_sample_F1": round(f1(y, s >= t), 4), "in_sample_threshold": int(t),
            "cv_F1": rules["shipped"][lab][0],
            "thresholds_chosen": {str(int(k)): v for k, v in sorted(chosen[lab].items())},
            "cues_by_articles": {"1": int((sup == 1).sum()), "2": int((sup == 2).sum()), "3+": int((sup >= 3).sum())},
            "score_share_from_cues_in_1_article": round(float(
                _share_rare(tables["shipped"], MAPPING[lab], sup, y, docs)), 4),
        }
    return {
        "dataset": "frames-dev (Narrative Frames Corpus, development half of nfc_dev.csv; held-out half not read)",
        "n_articles": len(docs), "date": _dt.date.today().isoformat(), "repeats": REPEATS, "folds": FOLDS,
        "shrink_m": SHRINK_M, "mapping": MAPPING, "per_frame": per_frame, "rules": rules,
    }


def _share_rare(table: pd.DataFrame, frame: str, sup: pd.Series, y: np.ndarray, docs: list) -> float:
    """Share of the frame's score in its *positive* articles that comes from cues found in one article only."""
    t = table[(table["family"] == FAMILY) & (table["frame"] == frame)]
    pos = set(np.asarray(docs, dtype=object)[y])
    t = t[t["doc_id"].isin(pos)]
    rare = set(sup[sup == 1].index)
    total = t["n"].sum()
    return float(t.loc[t["cue"].isin(rare), "n"].sum() / total) if total else 0.0


def markdown(res: dict) -> str:
    lines = [f"Data: {res['dataset']}, {res['n_articles']} articles; {res['repeats']} x {res['folds']}-fold CV; "
             f"{res['date']}.", "", "| rule | macro-F1 | " + " | ".join(LABELS) + " | paired diff |",
             "|---|---|" + "---|" * (len(LABELS) + 1)]
    for name, r in res["rules"].items():
        diff = f"{r['paired_diff'][0]:+.3f} ({r['paired_diff'][1]:.3f})" if "paired_diff" in r else ""
        lines.append(f"| {name} | " + " | ".join(f"{r[k][0]:.3f} ({r[k][1]:.3f})" for k in ["macro_F1", *LABELS])
                     + f" | {diff} |")
    lines += ["", "| frame | positives | in-sample F1 (t) | CV F1 | thresholds chosen (of 100) | cues in 1 / 2 / 3+ "
              "articles | score share of 1-article cues (positives) |", "|---|---|---|---|---|---|---|"]
    for lab, p in res["per_frame"].items():
        c = p["cues_by_articles"]
        lines.append(f"| {lab} | {p['positives']} | {p['in_sample_F1']:.3f} ({p['in_sample_threshold']}) | "
                     f"{p['cv_F1']:.3f} | {p['thresholds_chosen']} | {c['1']} / {c['2']} / {c['3+']} | "
                     f"{p['score_share_from_cues_in_1_article']:.2f} |")
    return "\n".join(lines)


def main(argv=None) -> None:
    development_cli(argv, __doc__, run, markdown, OUT_JSON)


if __name__ == "__main__":
    main()
