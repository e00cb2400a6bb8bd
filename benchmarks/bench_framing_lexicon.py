"""Does general, topic-neutral lexical evidence (Empath categories) help the rare frames? Development only.

Run on demand (not in CI), from the project root::

    .venv/bin/python benchmarks/bench_framing_lexicon.py [--data ../shared/data/frames-dev/nfc_dev.csv]

Only the *development* half of ``frames-dev`` (111 articles) is loaded; the held-out half is never read (issue
14x). Issue 14w found that human interest and morality lean on cues found in a single development article, so that
on a fresh article set (the "unseen-cue" CV of ``bench_framing_robust.py``: each test fold counts only the cues a
training-fold article has) they lose most. The idea tested here: add evidence from a general lexicon written by
others on other text, which cannot have been fitted to these articles: the human-validated categories of Empath
(Fast, Chen & Bernstein, CHI 2016; ``benchmarks/data/empath/categories.tsv``, vendored unmodified, MIT).

Mapping, written from the frame definitions (Semetko & Valkenburg 2000) before any score was seen: human
interest = a human face, personal and private lives, how people are affected, feelings of empathy, sympathy and
compassion (family, children, youth, home, sympathy, sadness, suffering, emotional); morality = a moral message,
God and religious tenets, how to behave (religion, divine, worship, shame, deception); and, for one variant only,
economic consequences (economics, money, business, banking, payment), conflict (dispute, fight, aggression,
competing) and resolution / responsibility (help, government, law). A frame's category evidence is the number of
word tokens of the article (title run into the text; lower-cased ``[a-z]+`` runs with an inner apostrophe) that
are a term of any of its categories, per 100 tokens; it counts the whole text (quotations too).

Combination, fixed in advance: per-frame article score = the shipped cue score (codebook version 6, with human
interest's ``article_with: [morality]``) + ``w`` x category evidence of the frame itself; the threshold is fit on
the training folds (maximal F1 over the scores seen there, ties to the smaller). Variants, all reported:

* ``HI+MO, w=2`` (the primary variant), ``w=1``, ``w=4``;
* ``HI+MO, distinct terms x 0.5``: ``0.5`` x the number of distinct category terms found (no length division);
* ``all five frames, w=2``;
* ``HI+MO categories alone``: the human-interest and morality scores are the category evidence alone (no cues);
* ``shipped, float threshold fit``: the shipped score with this script's threshold fit (control: ``w = 0``).

Everything is scored by ``REPEATS`` x ``FOLDS``-fold stratified CV (fold seeds ``0 .. 19``, as
``bench_framing_robust.py``), once ordinarily and once with unseen cues dropped (1 training article needed; the
category evidence is never dropped: its terms were not written from these articles), and compared paired (same
folds) with the shipped rule (cue score, :func:`helpers.framing.articles.fit_min_cues`).

Decision rule, written before the first run: a variant is adopted only if, paired over the 20 repeats, it raises
the unseen-cue CV macro-F1 by more than twice the sd of the paired difference AND lowers the ordinary CV macro-F1
by no more than 0.01 (mean paired difference >= -0.01). If the primary variant passes it is adopted; otherwise the
passing variant with the highest unseen-cue macro-F1 (choosing among several flatters the winner: say so). If none
passes, nothing changes and the held-out half is not scored.

Post-hoc variants, added after the first run had been seen (so not eligible for adoption, reported as
exploration for a next round): ``post-hoc: HI only, w=2`` (Empath for human interest only: in the first run it
helped human interest on the unseen-cue CV and hurt morality), and, with ``--moralstrength-wheel`` (the PyPI wheel
``moralstrength`` 0.2.13, LGPLv3, read in place and not vendored; fetch it with ``pip download moralstrength==0.2.13
--no-deps``), morality's evidence from a lexicon made for moral language, MoralStrength 1.1 (Araque, Gatti &
Kalimeri 2020; words of the five moral foundations rated 1-9 for moral valence): its words rated at least 2 away
from the neutral 5 (``post-hoc: MO MoralStrength, w=2``, and with Empath for human interest,
``post-hoc: HI Empath + MO MoralStrength, w=2``).

Output: a Markdown table on stdout and ``benchmarks/results/bench_framing_lexicon_results.json``.
"""
from __future__ import annotations

import datetime as _dt
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_framing import LABELS, MAPPING  # noqa: E402
from bench_framing_robust import FAMILY, FOLDS, REPEATS, _summary, cv_rule, load_development  # noqa: E402
from bench_framing_rules import development_cli  # noqa: E402

from helpers import load_corpus  # noqa: E402
from helpers.framing.articles import DEVELOPMENT, codebook_article_with, hash_split  # noqa: E402

OUT_JSON = ROOT / "benchmarks" / "results" / "bench_framing_lexicon_results.json"
EMPATH = ROOT / "benchmarks" / "data" / "empath" / "categories.tsv"
CATEGORIES = {
    "human_interest": ["family", "children", "youth", "home", "sympathy", "sadness", "suffering", "emotional"],
    "morality": ["religion", "divine", "worship", "shame", "deception"],
    "economic_consequences": ["economics", "money", "business", "banking", "payment"],
    "conflict": ["dispute", "fight", "aggression", "competing"],
    "responsibility": ["help", "government", "law"],
}
"""Frame -> Empath categories, from the frame definitions (written before any score was seen)."""
RARE = ("human_interest", "morality")
VARIANTS = {
    "HI+MO, w=2 (primary)": (RARE, 2.0, "density"),
    "HI+MO, w=1": (RARE, 1.0, "density"),
    "HI+MO, w=4": (RARE, 4.0, "density"),
    "HI+MO, distinct terms x 0.5": (RARE, 0.5, "distinct"),
    "all five frames, w=2": (tuple(CATEGORIES), 2.0, "density"),
    "HI+MO categories alone": (RARE, 1.0, "alone"),
    "shipped, float threshold fit": ((), 0.0, "density"),
}
PRIMARY = "HI+MO, w=2 (primary)"
POST_HOC = {
    "post-hoc: HI only, w=2": (("human_interest",), 2.0, "density", {}),
    "post-hoc: MO MoralStrength, w=2": (("morality",), 2.0, "density", {"morality": "morality:moralstrength"}),
    "post-hoc: HI Empath + MO MoralStrength, w=2": (RARE, 2.0, "density", {"morality": "morality:moralstrength"}),
}
"""Variants written after the first run (frames, w, mode, frame -> evidence source); never adopted."""
MORAL_MIN_DISTANCE = 2.0
"""MoralStrength words count when their valence is at least this far from the neutral 5."""
_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?")


def load_empath(path: Path = EMPATH) -> dict[str, frozenset]:
    """Empath's categories: name -> set of lower-case terms."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.strip().split("\t")
        if len(cols) > 1:
            out[cols[0]] = frozenset(t.lower() for t in cols[1:] if t)
    return out


def load_moralstrength(wheel: Path) -> frozenset:
    """The single-word entries of MoralStrength 1.1's five foundation lexicons whose valence is at least
    :data:`MORAL_MIN_DISTANCE` from 5, read from the package's wheel (lower case)."""
    import zipfile

    words = set()
    with zipfile.ZipFile(wheel) as z:
        for name in sorted(n for n in z.namelist() if re.search(r"annotations/v1\.1/[a-z]+\.tsv$", n)):
            tab = pd.read_csv(z.open(name), sep="\t")
            keep = (tab["EXPRESSED_MORAL"] - 5).abs() >= MORAL_MIN_DISTANCE
            words |= {str(w).lower() for w in tab.loc[keep, "WORD"] if _TOKEN.fullmatch(str(w).lower())}
    return frozenset(words)


def category_evidence(texts: pd.Series, terms: frozenset) -> pd.DataFrame:
    """Per article: tokens that are a term (per 100 tokens) and distinct terms found."""
    rows = []
    for text in texts:
        toks = _TOKEN.findall(str(text).lower())
        hits = [t for t in toks if t in terms]
        rows.append({"density": 100.0 * len(hits) / max(len(toks), 1), "distinct": float(len(set(hits)))})
    return pd.DataFrame(rows, index=texts.index)


def _fit_float(s: np.ndarray, y: np.ndarray) -> float:
    """Threshold with maximal F1 among the positive training scores, ties to the smaller."""
    cand = np.unique(s[s > 0])
    if not len(cand):
        return float("inf")
    pred = s[None, :] >= cand[:, None]
    tp = (pred & y).sum(axis=1)
    f = np.where(tp > 0, 2 * tp / (pred.sum(axis=1) + y.sum()), 0.0)
    return float(cand[int(np.argmax(f))])


def augmented(table: pd.DataFrame, with_map: dict, evidence: dict[str, pd.DataFrame], frames, w: float,
              mode: str) -> tuple[pd.DataFrame, dict]:
    """The cue table with one pseudo-cue row per article and frame carrying ``w`` x its category evidence.

    The rows sit under a frame of their own (``<frame>:lexicon``), added only to ``<frame>``'s score through the
    ``with`` map, so that human interest's ``article_with: [morality]`` does not take morality's category evidence;
    ``mode == "alone"`` drops the frame's cue rows (and its ``with`` frames).
    """
    rows, wm = [], {fr: list(v) for fr, v in with_map.items()}
    t = table
    for fr in frames:
        col = "distinct" if mode == "distinct" else "density"
        ev = evidence[fr][col] * w
        ev = ev[ev > 0]
        rows.append(pd.DataFrame({"doc_id": ev.index, "family": FAMILY, "frame": f"{fr}:lexicon", "cue": "lexicon",
                                  "n": ev.to_numpy()}))
        if mode == "alone":
            t = t[~((t["family"] == FAMILY) & (t["frame"] == fr))]
            wm[fr] = []
        wm[fr] = wm.get(fr, []) + [f"{fr}:lexicon"]
    return (pd.concat([t, *rows], ignore_index=True) if rows else t), wm


def run(data: Path, moralstrength_wheel: Path | None = None) -> dict:
    gold, tables, books = load_development(data)
    docs = gold.index.tolist()
    corpus = load_corpus(data)
    corpus = corpus[(hash_split(corpus["doc_id"]) == DEVELOPMENT).to_numpy()].set_index("doc_id").reindex(docs)
    empath = load_empath()
    evidence = {fr: category_evidence(corpus["text"], frozenset().union(*(empath[c] for c in cats)))
                for fr, cats in CATEGORIES.items()}
    with_map = {fr: w for (fam, fr), w in codebook_article_with(books).items() if fam == FAMILY}
    shipped = cv_rule(gold, tables["shipped"], with_map)[0]
    unseen = cv_rule(gold, tables["shipped"], with_map, min_support=1)[0]
    rules = {"shipped": _summary(shipped, None), "shipped, unseen cues dropped (1)": _summary(unseen, shipped)}
    decisions = {}
    for name, (frames, w, mode) in VARIANTS.items():
        table, wm = augmented(tables["shipped"], with_map, evidence, frames, w, mode)
        ordinary = _summary(cv_rule(gold, table, wm, fit=_fit_float)[0], shipped)
        unseen_v = _summary(cv_rule(gold, table, wm, fit=_fit_float, min_support=1)[0], unseen)
        rules[name] = ordinary
        rules[name + ", unseen cues dropped (1)"] = unseen_v
        d_u, sd_u = unseen_v["paired_diff"]
        decisions[name] = bool(d_u > 2 * sd_u and ordinary["paired_diff"][0] >= -0.01)
    post_hoc = dict(POST_HOC)
    if moralstrength_wheel is not None:
        evidence["morality:moralstrength"] = category_evidence(corpus["text"], load_moralstrength(moralstrength_wheel))
    else:
        post_hoc = {n: v for n, v in post_hoc.items() if not v[3]}
    for name, (frames, w, mode, sources) in post_hoc.items():
        ev = {fr: evidence[sources.get(fr, fr)] for fr in frames}
        table, wm = augmented(tables["shipped"], with_map, ev, frames, w, mode)
        rules[name] = _summary(cv_rule(gold, table, wm, fit=_fit_float)[0], shipped)
        rules[name + ", unseen cues dropped (1)"] = _summary(
            cv_rule(gold, table, wm, fit=_fit_float, min_support=1)[0], unseen)
    passing = [n for n, ok in decisions.items() if ok]
    adopted = PRIMARY if decisions[PRIMARY] else (
        max(passing, key=lambda n: rules[n + ", unseen cues dropped (1)"]["macro_F1"][0]) if passing else None)
    from sklearn.metrics import roc_auc_score

    auc = {lab: round(float(roc_auc_score(gold[lab].to_numpy(), evidence[MAPPING[lab]]["density"].to_numpy())), 4)
           for lab in LABELS}
    return {
        "dataset": "frames-dev (Narrative Frames Corpus, development half of nfc_dev.csv; held-out half not read)",
        "n_articles": len(docs), "date": _dt.date.today().isoformat(), "repeats": REPEATS, "folds": FOLDS,
        "lexicon": "Empath 0.89 categories.tsv (benchmarks/data/empath, MIT)", "categories": CATEGORIES,
        "variants": {n: {"frames": list(f), "w": w, "mode": m} for n, (f, w, m) in VARIANTS.items()},
        "category_density_auc_in_sample": auc,
        "mean_category_density": {fr: round(float(e["density"].mean()), 3) for fr, e in evidence.items()},
        "post_hoc_variants": {n: {"frames": list(f), "w": w, "mode": m, "sources": src}
                              for n, (f, w, m, src) in post_hoc.items()},
        "moralstrength": (f"moralstrength 0.2.13 wheel, annotations v1.1, |valence - 5| >= {MORAL_MIN_DISTANCE}"
                          if moralstrength_wheel is not None else None),
        "rules": rules, "passes_decision_rule": decisions, "adopted": adopted,
    }


def markdown(res: dict) -> str:
    lines = [f"Data: {res['dataset']}, {res['n_articles']} articles; {res['repeats']} x {res['folds']}-fold CV; "
             f"{res['date']}.", "", "| rule | macro-F1 | " + " | ".join(LABELS) + " | paired diff |",
             "|---|---|" + "---|" * (len(LABELS) + 1)]
    for name, r in res["rules"].items():
        diff = f"{r['paired_diff'][0]:+.3f} ({r['paired_diff'][1]:.3f})" if "paired_diff" in r else ""
        lines.append(f"| {name} | " + " | ".join(f"{r[k][0]:.3f} ({r[k][1]:.3f})" for k in ["macro_F1", *LABELS])
                     + f" | {diff} |")
    lines += ["", f"Category density ROC AUC (in-sample): {res['category_density_auc_in_sample']}",
              f"Passes the decision rule: {res['passes_decision_rule']}", f"Adopted: {res['adopted']}"]
    return "\n".join(lines)


def main(argv=None) -> None:
    import argparse
    import functools

    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--moralstrength-wheel", type=Path, default=None)
    args, rest = ap.parse_known_args(argv)
    if args.moralstrength_wheel is not None and not args.moralstrength_wheel.is_file():
        raise SystemExit(f"{args.moralstrength_wheel} not found: pip download moralstrength==0.2.13 --no-deps -d DIR "
                         "and pass the .whl file.")
    development_cli(rest, __doc__, functools.partial(run, moralstrength_wheel=args.moralstrength_wheel), markdown,
                    OUT_JSON)


if __name__ == "__main__":
    main()
