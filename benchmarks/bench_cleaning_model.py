"""Experiment: does a small line classifier on top of the rule cleaner generalise better than more rules?

Run on demand (not in CI), from the project root::

    .venv/bin/python benchmarks/bench_cleaning_model.py            # cross-validation on the dev pages
    .venv/bin/python benchmarks/bench_cleaning_model.py --no-save  # print only

Data: the 91 **dev** pages of ``../shared/data/cleaning-dev`` (trafilatura's evaluation set, Apache-2.0) only;
the held-out pages are never read. Each page is rendered to plain text (as ``bench_cleaning.py`` does) and
cleaned by :func:`helpers.corpus.clean.clean_article`. Every line gets a label: body when most of its word
4-shingles (a line of fewer than 4 words: its whole text) are in the page's reference text, furniture
otherwise. The reference is the hand-corrected text for the 23 dev pages of ``benchmarks/data/cleaning_gold``
and trafilatura's extraction of the page's HTML (a silver text: unchecked, in-sample for trafilatura) for the
others.

Model: logistic regression (scikit-learn, fixed seed, L2, balanced class weights) over general line features
(word count, stop-word share, sentence-final punctuation, capitalised-word share, link/number/date patterns,
position in the page), the same features of the two lines before and after, and the rule cleaner's own decision
and rule name. Evaluation: 5-fold cross-validation grouped by page (GroupKFold; each page's lines are scored by
a model that never saw that page): full-text F1/recall on the 23 dev gold pages and against the silver text on
the dev pages where trafilatura extracts at least 50 words, for the rules alone and for three uses of the model:

* (a) veto on removals: a line the rules removed is restored when the model's body probability is >= t;
* (b) veto on kept lines: a kept body line is dropped when the probability is <= 1 - t;
* (c) the model replaces the decision on body/furniture lines (probability >= 0.5 is body).

Thresholds t in {0.7, 0.8, 0.9} are all reported (a choice among them on the same folds is itself a small fit).
Results: ``benchmarks/results/bench_cleaning_model.md``.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_cleaning as bc  # noqa: E402  (puts the project root on sys.path)

RESULTS = bc.RESULTS
SEED = 11
FOLDS = 5
CONTEXT = 2
THRESHOLDS = (0.7, 0.8, 0.9)

_WORD = re.compile(r"[A-Za-z\u00c0-\u024f']+")
_NUM = re.compile(r"\d")
_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}[/.-]\d{1,2}"
                    r"[/.-]\d{2,4}\b|\b(?:19|20)\d{2}\b|\b\d{1,2}:\d{2}\b|\bago\b", re.I)
_LINKY = re.compile(r"https?://|www\.|\.com\b|@\w|#\w|\|| \u00bb|\u203a|>>", re.I)
_STOP = None


def _stop() -> frozenset:
    global _STOP
    if _STOP is None:
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

        _STOP = frozenset(ENGLISH_STOP_WORDS)
    return _STOP


LINE_FEATURES = ("log_words", "long", "stop_share", "ends_sentence", "cap_share", "digit_share", "date", "linky",
                 "quote", "colon_end", "all_caps", "empty")


def line_features(text: str) -> list[float]:
    """General features of one line (no site, word list beyond stop words, or page-specific key)."""
    import math

    words = _WORD.findall(text)
    n = len(words)
    s = text.strip()
    stop = _stop()
    return [
        math.log1p(n),
        float(n >= 25),
        sum(w.lower() in stop for w in words) / n if n else 0.0,
        float(bool(re.search(r"[.!?][\"'\u201d\u2019)]?$", s))),
        sum(w[:1].isupper() for w in words) / n if n else 0.0,
        len(_NUM.findall(s)) / max(len(s), 1),
        float(bool(_MONTH.search(s))),
        float(bool(_LINKY.search(s))),
        float(s[:1] in "\"\u201c'\u2018" or s[-1:] in "\"\u201d"),
        float(s.endswith(":")),
        float(n > 0 and s.upper() == s and any(c.isalpha() for c in s)),
        0.0,
    ]


_EMPTY = [0.0] * (len(LINE_FEATURES) - 1) + [1.0]


def page_rows(lines, rules: list[str]) -> list[list[float]]:
    """Feature rows of a page's lines: own features, neighbours', position and the rules' decision."""
    own = [line_features(ln.text) for ln in lines]
    n = len(lines)
    # share of body (by the rules) in a window: a cheap notion of the block the line sits in
    kept = [float(ln.label != "furniture") for ln in lines]
    rows = []
    for i, ln in enumerate(lines):
        row = list(own[i])
        for d in list(range(-CONTEXT, 0)) + list(range(1, CONTEXT + 1)):
            j = i + d
            row += own[j] if 0 <= j < n else _EMPTY
        lo, hi = max(0, i - 5), min(n, i + 6)
        row += [i / max(n - 1, 1), float(i == 0), float(i == n - 1), sum(kept[lo:hi]) / (hi - lo)]
        row += [kept[i], float(ln.label == "headline"), float(ln.label in ("standfirst", "subheading"))]
        row += [float(ln.rule == r) for r in rules]
        rows.append(row)
    return rows


def line_label(text: str, ref_sh, ref_norm: set) -> int:
    """1 when most of the line's shingles are in the reference (a short line: when it is a whole reference line)."""
    sh = bc.shingles(text)
    toks = bc._TOKEN.findall(text)
    if not toks:
        return 0
    if len(toks) < bc.SHINGLE:
        return int(bc.norm(text) in ref_norm)  # a whole line of the reference (ref_norm: its set of lines)
    return int(sum(1 for g in sh if g in ref_sh) * 2 > len(sh))


def prepare(pages, gold):
    """Per page: lines, labels, reference text and whether it is a gold page."""
    from helpers.corpus.clean import clean_article

    out = []
    for p in pages:
        silver = bc._trafilatura(p)
        if p["url"] in gold:
            ref, kind = gold[p["url"]], "gold"
        elif len(bc._TOKEN.findall(silver)) >= 50:
            ref, kind = silver, "silver"
        else:
            continue  # no reference text: neither training nor scoring
        res = clean_article(p["plain"])
        ref_sh, ref_norm = bc.shingles(ref), {bc.norm(x) for x in ref.split("\n")}
        labels = [line_label(ln.text, ref_sh, ref_norm) for ln in res.lines]
        out.append({"url": p["url"], "lines": res.lines, "y": labels, "ref": ref, "kind": kind,
                    "silver": silver if len(bc._TOKEN.findall(silver)) >= 50 else None})
    return out


def decide(lines, prob, mode: str, t: float) -> list[bool]:
    """Which lines are kept under a use of the model."""
    keep = []
    for ln, p in zip(lines, prob):
        k = ln.label != "furniture"
        if mode == "a" and not k and p >= t:
            k = True
        elif mode == "b" and ln.label == "body" and p <= 1 - t:
            k = False
        elif mode == "c" and ln.label in ("body", "furniture"):
            k = p >= 0.5
        keep.append(k)
    return keep


def _learner(name: str):
    """A fresh classifier: the planned logistic regression, and two checks that the result is not the learner's."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    if name == "boosted trees":
        return HistGradientBoostingClassifier(max_iter=200, learning_rate=0.1, random_state=SEED)
    weight = "balanced" if name == "logistic regression (balanced)" else None
    return make_pipeline(StandardScaler(), LogisticRegression(C=1.0, class_weight=weight, max_iter=2000,
                                                              random_state=SEED))


LEARNERS = ("logistic regression (balanced)", "logistic regression (unweighted)", "boosted trees")


def _score_variants(data, prob, prob_plain) -> list:
    """Per variant: gold and silver P/R/F1 means, intervals and per-page F1."""
    variants = [("rules alone", "none", 0.0)] + [(f"(a) restore removed if p >= {t}", "a", t) for t in THRESHOLDS] \
        + [(f"(b) drop kept body if p <= {1 - t:.1f}", "b", t) for t in THRESHOLDS] \
        + [("(c) model decides", "c", 0.5), ("(c') model without the rules' decisions decides", "c'", 0.5)]
    off, per_page = 0, []
    for d in data:
        n = len(d["lines"])
        per_page.append((prob[off:off + n], prob_plain[off:off + n]))
        off += n
    table = []
    for name, mode, t in variants:
        gv, sv = [], []
        for d, (pp, pq) in zip(data, per_page):
            keep = decide(d["lines"], pq if mode == "c'" else pp, mode.rstrip("'"), t)
            out = "\n".join(ln.text for ln, k in zip(d["lines"], keep) if k)
            if d["kind"] == "gold":
                gv.append(bc.shingle_prf(out, d["ref"]))
            if d["silver"] is not None:
                sv.append(bc.shingle_prf(out, d["silver"]))
        table.append((name, gv, sv))
    return table


def _table_lines(table) -> list[str]:
    out = ["| variant | gold pages | P | R | F1 (95% interval) | pages better / worse than rules | silver pages "
           "| P | R | F1 (95% interval) | pages better / worse |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    base_g, base_s = [v[2] for v in table[0][1]], [v[2] for v in table[0][2]]
    for name, gv, sv in table:
        cells = []
        for vals, base in ((gv, base_g), (sv, base_s)):
            m = [sum(v[i] for v in vals) / len(vals) for i in range(3)]
            lo, hi = bc.bootstrap_mean([v[2] for v in vals])
            f = [v[2] for v in vals]
            better = sum(a > b + 1e-9 for a, b in zip(f, base))
            worse = sum(a < b - 1e-9 for a, b in zip(f, base))
            cells.append(f"{len(vals)} | {m[0]:.3f} | {m[1]:.3f} | {m[2]:.3f} ({lo:.3f}-{hi:.3f}) | {better} / {worse}")
        out.append(f"| {name} | {cells[0]} | {cells[1]} |")
    return out


def main(argv=None) -> None:
    from collections import Counter

    import numpy as np
    from sklearn.model_selection import GroupKFold

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-save", action="store_true", help="print only; do not write benchmarks/results")
    args = ap.parse_args(argv)
    if not bc.DEV.exists():
        sys.exit(f"{bc.DEV} not found: this experiment needs ../shared/data/cleaning-dev (see its README).")
    pages = bc.load_pages(split="dev")
    gold = {u: t for u, t in bc.load_gold().items() if bc.split_of(u) == "dev"}
    data = prepare(pages, gold)
    rule_counts = Counter(ln.rule for d in data for ln in d["lines"] if ln.label == "furniture")
    rules = sorted(r for r, k in rule_counts.items() if k >= 20)
    X, y, g = [], [], []
    for k, d in enumerate(data):
        rows = page_rows(d["lines"], rules)
        X += rows
        y += d["y"]
        g += [k] * len(rows)
    X, y, g = np.array(X), np.array(y), np.array(g)
    n_plain = len(LINE_FEATURES) * (2 * CONTEXT + 1) + 3  # columns that do not look at the rules' decisions
    rule_acc = float(np.mean(np.array([ln.label != "furniture" for d in data for ln in d["lines"]]) == y))
    today = _dt.date.today().isoformat()
    lines = [f"Line-classifier experiment on the dev pages of cleaning-dev, run {today}: {len(data)} dev pages with a "
             f"reference text ({sum(d['kind'] == 'gold' for d in data)} hand-corrected, the rest trafilatura's "
             f"extraction as a silver text), {len(y)} lines ({int(y.sum())} labelled body). {FOLDS}-fold "
             f"cross-validation grouped by page (GroupKFold), seed {SEED}; the held-out pages are not read. "
             "Every line is scored by a model that never saw its page; the rules were developed on these same "
             "pages, so the rules-alone row is in-sample (it favours the rules).", "",
             f"Line accuracy of the rules against the line labels: {rule_acc:.3f}."]
    for learner in LEARNERS:
        def cv_prob(cols):
            prob = np.zeros(len(y))
            for tr, te in GroupKFold(n_splits=FOLDS).split(X, y, g):
                model = _learner(learner)
                model.fit(X[tr][:, cols], y[tr])
                prob[te] = model.predict_proba(X[te][:, cols])[:, 1]
            return prob

        prob, prob_plain = cv_prob(slice(None)), cv_prob(slice(0, n_plain))
        lines += ["", f"### {learner}", "",
                  f"Line accuracy (cross-validated, p >= 0.5): with the rules' decisions as features "
                  f"{np.mean((prob >= 0.5) == y):.3f}, without them {np.mean((prob_plain >= 0.5) == y):.3f}.", ""]
        lines += _table_lines(_score_variants(data, prob, prob_plain))
    lines += ["", f"Rule names used as features (>= 20 removals on these pages): {', '.join(rules)}."]
    print("\n".join(lines))
    if not args.no_save:
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / "bench_cleaning_model.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
