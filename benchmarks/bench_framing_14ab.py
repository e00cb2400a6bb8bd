"""Generic frames on all 214 frames-dev articles: remedies said to work and politicians' voices (issue 14ab).

Run on demand (not in CI), from the project root::

    .venv/bin/python benchmarks/bench_framing_14ab.py [--data ../shared/data/frames-dev/nfc_dev.csv]
                                                      [--seeds 60-79] [--no-tfidf] [--out FILE]

Pre-registered in docs/VALIDATION.md, "Issue 14ab", before any comparison was run. Same CV as 14aa
(``bench_framing_14aa.py``): stratified 5-fold CV per label over all articles, one pooled out-of-fold F1 per repeat
and label, macro-F1 the mean over the labels, mean (sd over repeats), differences paired on the same folds; variants
``plain`` and ``unseen-cue``; thresholds fit in the training folds by rule (e). Rules:

* :data:`SHIPPED`: codebook version 8 (morality adds :func:`helpers.framing.evidence.religious_references`);
* :data:`CANDIDATE`: the same, resolution adds :func:`helpers.framing.evidence.remedy_effects` and conflict adds
  :func:`helpers.framing.evidence.politician_voices` (evidence, not cues: they count in every variant);
* ``all positive`` and ``TF-IDF`` (trained on the training folds).

The candidate was developed on fold seeds 0-39 (``--seeds 0-39``); the decision run uses :data:`SEEDS`, once.
Output: a Markdown table on stdout and :data:`OUT_JSON` (no text) for the decision run.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_framing_14aa import cross_validate, cv_text, decide, fit_all, markdown, summarise  # noqa: E402
from bench_framing_14z3 import cli  # noqa: E402
from bench_framing_all import describe, load_all  # noqa: E402

from helpers import load_corpus, segment  # noqa: E402
from helpers.framing.evidence import EVIDENCE  # noqa: E402

OUT_JSON = ROOT / "benchmarks" / "results" / "bench_framing_14ab.json"
SEEDS = list(range(60, 80))
"""Fold seeds of the pre-registered decision run (0-59 were read in 14z2, 14z3, 14aa and this round's development)."""
SHIPPED = "shipped rule (e), version 8"
CANDIDATE = "+ remedy effects (RE), politicians' voices (CO)"
EVIDENCE_OF = {
    SHIPPED: {"MO": ["religious_references"]},
    CANDIDATE: {"MO": ["religious_references"], "RE": ["remedy_effects"], "CO": ["politician_voices"]},
}
"""The evidence (:data:`helpers.framing.evidence.EVIDENCE`) each rule adds to a label's score."""
RULES = list(EVIDENCE_OF)


def evidence(data: Path, docs: list) -> dict[str, np.ndarray]:
    """Every evidence any rule uses, per article of ``docs``."""
    units = segment(load_corpus(data), "sentence")
    names = sorted({n for per in EVIDENCE_OF.values() for ns in per.values() for n in ns})
    return {n: EVIDENCE[n](units).reindex(docs, fill_value=0).to_numpy(dtype=float) for n in names}


def _extra(rule: str, lab: str, ev: dict[str, np.ndarray]) -> np.ndarray:
    """The sum of the evidence ``rule`` adds to ``lab``'s score (zeros when none)."""
    n = len(next(iter(ev.values())))
    return sum((ev[name] for name in EVIDENCE_OF[rule].get(lab, [])), np.zeros(n))


def run(data: Path, seeds: list[int], tfidf: bool = True) -> dict:
    d = load_all(data)
    ev = evidence(data, d["docs"])
    rules = summarise(cross_validate(d, ev, seeds, tfidf=tfidf, extra=_extra, rules=RULES), CANDIDATE, SHIPPED)
    return {
        **describe(d, data, cv_text(seeds)),
        "seeds": seeds,
        "evidence": {rule: per for rule, per in EVIDENCE_OF.items()},
        "articles_with_evidence": {name: int((v > 0).sum()) for name, v in ev.items()},
        "rules": rules,
        "decision": decide(rules, CANDIDATE, SHIPPED),
        "fit_on_all": fit_all(d, ev, extra=_extra, rules=RULES),
    }


def main(argv=None) -> None:
    cli(argv, __doc__, run, markdown, OUT_JSON, SEEDS)


if __name__ == "__main__":
    main()
