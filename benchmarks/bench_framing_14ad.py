"""Generic frames on all 214 frames-dev articles: human interest and morality evidence (issue 14ad).

Run on demand (not in CI), from the project root::

    .venv/bin/python benchmarks/bench_framing_14ad.py [--data ../shared/data/frames-dev/nfc_dev.csv]
                                                      [--seeds 80-99] [--no-tfidf] [--out FILE]

Pre-registered in docs/VALIDATION.md, "Issue 14ad", before any comparison was run. Same CV as 14ab
(``bench_framing_14ab.py``, whose functions it reuses): stratified 5-fold CV per label over all articles, one pooled
out-of-fold F1 per repeat and label, macro-F1 the mean over the labels, mean (sd over repeats), differences paired on
the same folds; variants ``plain`` and ``unseen-cue``; thresholds fit in the training folds by rule (e). Rules:

* :data:`SHIPPED`: codebook version 9 (morality adds :func:`helpers.framing.evidence.religious_references`,
  resolution :func:`~helpers.framing.evidence.remedy_effects`, conflict
  :func:`~helpers.framing.evidence.politician_voices`);
* :data:`CANDIDATE`: the same plus :data:`CANDIDATE_EVIDENCE` (morality adds
  :func:`helpers.framing.evidence.collective_voice`; evidence, not cues: it counts in every variant);
* ``all positive`` and ``TF-IDF`` (trained on the training folds).

The candidate is developed on fold seeds 0-59 (``--seeds 0-59``); the decision run uses :data:`SEEDS`, once. The
decision (:func:`decide`) adds a third condition to 14ab's: no label's unseen-cue F1 falls by more than
:data:`MAX_LABEL_LOSS`. Output: a Markdown table on stdout and :data:`OUT_JSON` (no text) for the decision run.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_framing import LABELS  # noqa: E402
from bench_framing_14aa import cross_validate, cv_text, fit_all, markdown, summarise  # noqa: E402
from bench_framing_14aa import decide as decide_14aa  # noqa: E402
from bench_framing_14z3 import cli  # noqa: E402
from bench_framing_all import describe, load_all  # noqa: E402

from helpers import load_corpus, segment  # noqa: E402
from helpers.framing.evidence import EVIDENCE  # noqa: E402

OUT_JSON = ROOT / "benchmarks" / "results" / "bench_framing_14ad.json"
SEEDS = list(range(80, 100))
"""Fold seeds of the pre-registered decision run (0-79 were read in 14z2-14ab and this round's development)."""
MAX_LABEL_LOSS = 0.02
"""Condition (3): no label's mean unseen-cue F1 may fall by more than this."""
SHIPPED_EVIDENCE = {"MO": ["religious_references"], "RE": ["remedy_effects"], "CO": ["politician_voices"]}
"""Codebook version 9's ``article_evidence``."""
CANDIDATE_EVIDENCE: dict[str, list[str]] = {"MO": ["collective_voice"]}
"""This round's additions (label -> evidence names of :data:`helpers.framing.evidence.EVIDENCE`), fixed at the
commit that froze the candidate, before the decision run: morality adds
:func:`helpers.framing.evidence.collective_voice` (the outlet speaking as a collective "we" outside quotations and
attributions, at most 1 per article)."""
SHIPPED = "shipped rule (e), version 9"
CANDIDATE = "+ collective voice (MO)"
EVIDENCE_OF = {
    SHIPPED: SHIPPED_EVIDENCE,
    CANDIDATE: {
        lab: SHIPPED_EVIDENCE.get(lab, []) + CANDIDATE_EVIDENCE.get(lab, [])
        for lab in sorted(set(SHIPPED_EVIDENCE) | set(CANDIDATE_EVIDENCE))
    },
}
"""The evidence each rule adds to a label's score."""
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


def decide(rules: dict, candidate: str = CANDIDATE, shipped: str = SHIPPED) -> dict:
    """The pre-registered decision: 14aa's two conditions, and (3) no label's unseen-cue F1 down by more than
    :data:`MAX_LABEL_LOSS`."""
    res = decide_14aa(rules, candidate, shipped)
    c, s = rules[candidate]["unseen-cue"], rules[shipped]["unseen-cue"]
    drops = {lab: round(c[lab][0] - s[lab][0], 4) for lab in LABELS}
    res["checks"][f"no label's unseen-cue F1 down by more than {MAX_LABEL_LOSS}"] = (
        min(drops.values()) >= -MAX_LABEL_LOSS
    )
    res["label_diffs_unseen_cue"] = drops
    res["ship"] = candidate if all(res["checks"].values()) else shipped
    return res


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
