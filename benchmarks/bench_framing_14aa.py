"""Generic frames on all 214 frames-dev articles: religious references as morality evidence (issue 14aa).

Run on demand (not in CI), from the project root::

    .venv/bin/python benchmarks/bench_framing_14aa.py [--data ../shared/data/frames-dev/nfc_dev.csv]
                                                      [--seeds 40-59] [--no-tfidf] [--out FILE]

Pre-registered in docs/VALIDATION.md, "Issue 14aa", before any comparison was run. Same CV as 14z3
(``bench_framing_14z3.py``): stratified :data:`FOLDS`-fold CV per label over all articles, one pooled out-of-fold F1
per repeat and label, macro-F1 the mean over the labels, mean (sd over repeats), differences paired on the same
folds; variants ``plain`` (every cue counts) and ``unseen-cue`` (the test fold counts only the cues of a frame found
in a training-fold article); thresholds fit in the training folds by rule (e) (maximal training F1 on scores that
count only cues attested in >= 2 training articles). Rules:

* :data:`SHIPPED`: the shipped rule (codebook version 7's score, rule (e));
* :data:`CANDIDATE`: the same, morality's score plus :func:`helpers.framing.evidence.religious_references` (distinct
  religious words anywhere in the article, quotations included; not a cue, so it counts in every variant and is
  never dropped by attestation; not passed on to human interest);
* ``all positive`` and ``TF-IDF`` (the baseline of ``bench_framing.py``, trained on the training folds).

The candidate was developed on fold seeds 0-39 (``--seeds 0-39``); the decision run uses the new seeds
:data:`SEEDS`, once. The decision (:func:`decide`) and the thresholds each rule fits on all articles are written
beside the figures. Output: a Markdown table on stdout and :data:`OUT_JSON` (no text) for the decision run.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_framing import FOLDS, LABELS  # noqa: E402
from bench_framing_14z3 import _label_matrices, _macro, _ms, attested, cli, record, score  # noqa: E402
from bench_framing_all import MAX_CUES, describe, load_all  # noqa: E402

from helpers import load_corpus, segment  # noqa: E402
from helpers.framing.articles import fit_min_cues  # noqa: E402
from helpers.framing.evidence import religious_references  # noqa: E402

OUT_JSON = ROOT / "benchmarks" / "results" / "bench_framing_14aa.json"
SEEDS = list(range(40, 60))
"""Fold seeds of the pre-registered decision run (0-39 were read in 14z2, 14z3 and this round's development)."""
SHIPPED = "shipped rule (e)"
CANDIDATE = "(e) + religious references (morality)"
RULES = [SHIPPED, CANDIDATE]
VARIANTS = ["plain", "unseen-cue"]
EVIDENCE_LABELS = ("MO",)
"""Labels whose score gets the candidate's evidence."""
MAX_PLAIN_LOSS = 0.005


def evidence(data: Path, docs: list) -> np.ndarray:
    """Religious references per article of ``docs`` (the candidate's addition to morality's score)."""
    units = segment(load_corpus(data), "sentence")
    return religious_references(units).reindex(docs, fill_value=0).to_numpy(dtype=float)


def _extra(rule: str, lab: str, ev: np.ndarray) -> np.ndarray:
    return ev if rule == CANDIDATE and lab in EVIDENCE_LABELS else np.zeros(len(ev))


def cross_validate(d: dict, ev, seeds: list[int], tfidf: bool = True, extra=None, rules=None) -> dict:
    """F1 per (rule, variant), label and repeat; ``extra(rule, lab, ev)`` is a rule's evidence for a label (default:
    this round's :func:`_extra`), ``rules`` the rules compared (default :data:`RULES`)."""
    from sklearn.model_selection import StratifiedKFold

    extra, rules = extra or _extra, rules or RULES
    mats = _label_matrices(d)
    n = len(seeds)
    out = {(rule, v): {lab: np.zeros(n) for lab in LABELS} for rule in rules for v in VARIANTS}
    out.update({(b, "plain"): {lab: np.zeros(n) for lab in LABELS} for b in ("all positive", "TF-IDF")[: 1 + tfidf]})
    for lab in LABELS:
        y, x = d["gold"][lab].to_numpy(), mats[lab]
        for i, r in enumerate(seeds):
            preds = {(rule, v): np.zeros(len(y), dtype=bool) for rule in rules for v in VARIANTS}
            for tr, te in StratifiedKFold(FOLDS, shuffle=True, random_state=r).split(x, y):
                cue = {"plain": score(x), "unseen-cue": score(x, attested(x, tr, 1))}
                s2 = score(x, attested(x, tr, 2))
                for rule in rules:
                    e = extra(rule, lab, ev)
                    t = fit_min_cues((s2 + e)[tr], y[tr], max_cues=MAX_CUES)
                    for v in VARIANTS:
                        preds[(rule, v)][te] = (cue[v] + e)[te] >= t
            record(out, preds, lab, i, y, d["texts"] if tfidf else None, r)
    return out


def summarise(per: dict, candidate: str = CANDIDATE, shipped: str = SHIPPED) -> dict:
    """Mean (sd) macro-F1 and per label; the candidate's paired difference to the shipped rule on the same folds."""
    rules: dict = {}
    for (rule, v), val in per.items():
        res = {"macro_F1": _ms(_macro(val)), **{lab: _ms(val[lab]) for lab in LABELS}}
        if rule == candidate:
            res["paired_diff_to_shipped"] = _ms(_macro(val) - _macro(per[(shipped, v)]))
        rules.setdefault(rule, {})[v] = res
    return rules


def decide(rules: dict, candidate: str = CANDIDATE, shipped: str = SHIPPED) -> dict:
    """The pre-registered decision: (1) unseen-cue paired difference above one sd; (2) plain not down by > 0.005."""
    u = rules[candidate]["unseen-cue"]["paired_diff_to_shipped"]
    p = rules[candidate]["plain"]["paired_diff_to_shipped"]
    checks = {
        "unseen-cue paired difference to the shipped rule above one sd": u[0] > u[1],
        f"plain macro-F1 not down by more than {MAX_PLAIN_LOSS}": p[0] >= -MAX_PLAIN_LOSS,
    }
    return {"checks": checks, "candidate": candidate, "ship": candidate if all(checks.values()) else shipped}


def fit_all(d: dict, ev, extra=None, rules=None) -> dict:
    """The threshold each rule fits on all articles by rule (e) (``extra`` and ``rules`` as :func:`cross_validate`)."""
    extra, rules = extra or _extra, rules or RULES
    rows = np.arange(len(d["docs"]))
    res = {}
    for lab, x in _label_matrices(d).items():
        y = d["gold"][lab].to_numpy()
        s2 = score(x, attested(x, rows, 2))
        res[lab] = {rule: fit_min_cues(s2 + extra(rule, lab, ev), y, max_cues=MAX_CUES) for rule in rules}
    return res


def cv_text(seeds: list[int]) -> str:
    """How the cross-validation of these rounds was run, for the result file."""
    return (
        f"{len(seeds)} repeats of stratified {FOLDS}-fold CV per label, fold seeds {seeds[0]}-{seeds[-1]}; one "
        "pooled out-of-fold F1 per repeat; mean and sd over repeats; paired differences on the same folds; "
        "thresholds by rule (e) in the training folds"
    )


def run(data: Path, seeds: list[int], tfidf: bool = True) -> dict:
    d = load_all(data)
    ev = evidence(data, d["docs"])
    rules = summarise(cross_validate(d, ev, seeds, tfidf=tfidf))
    return {
        **describe(d, data, cv_text(seeds)),
        "seeds": seeds,
        "evidence_labels": list(EVIDENCE_LABELS),
        "articles_with_religious_references": int((ev > 0).sum()),
        "rules": rules,
        "decision": decide(rules),
        "fit_on_all": fit_all(d, ev),
    }


def markdown(res: dict) -> str:
    """The result table (one row per rule and variant) and the decision."""
    lines = [
        f"Data: {res['dataset']}, {res['n_articles']} articles; {res['cv']}; {res['date']}.",
        "",
        "| rule | variant | macro-F1 | " + " | ".join(LABELS) + " | paired diff to shipped |",
        "|---|---|---|" + "---|" * (len(LABELS) + 1),
    ]
    for rule, vs in res["rules"].items():
        for v, r in vs.items():
            cells = [f"{r[k][0]:.3f} ({r[k][1]:.3f})" for k in ["macro_F1", *LABELS]]
            dk = r.get("paired_diff_to_shipped")
            cells.append(f"{dk[0]:+.4f} ({dk[1]:.4f})" if dk else "")
            lines.append(f"| {rule} | {v} | " + " | ".join(cells) + " |")
    lines += ["", f"Decision: {res['decision']}", f"Fit on all articles: {res['fit_on_all']}"]
    return "\n".join(lines)


def main(argv=None) -> None:
    cli(argv, __doc__, run, markdown, OUT_JSON, SEEDS)


if __name__ == "__main__":
    main()
