"""Topic-neutral cue families, length and the article rule for generic frames: repeated CV on development only.

Run on demand (not in CI), from the project root::

    .venv/bin/python benchmarks/bench_framing_neutral.py [--data ../shared/data/frames-dev/nfc_dev.csv]

Issue 14s, the sequel of ``bench_framing_rules.py`` (issue 14g), with the same discipline: only the
*development* half of ``frames-dev`` (:func:`helpers.framing.articles.hash_split`, 111 articles) is loaded, the
held-out half is never read, every rule is scored by repeated stratified cross-validation (5 repeats of 5 folds,
fold seeds 0-4; thresholds and anything else fit on the training folds only) and reported as the mean and the
standard deviation over repeats of its F1 per frame, with the ROC AUC of its article score beside it (how well the
score ranks the articles, whatever the threshold; ``RE`` is in 53 of 111 articles, so labelling every article
``RE`` already scores F1 0.65 there and an F1 gain can come from predicting more articles rather than from a
better score).

Questions:

* **(a) cue families written from the literature, not from the corpus.** :data:`LITERATURE_FAMILIES` holds cue
  families for resolution, human interest and morality written from Semetko & Valkenburg's (2000) indicator
  questions and the Media Frames codebook definitions (Boydstun et al. 2014: *policy prescription and
  evaluation*, *morality*, *fairness and equality*; *quality of life* for how individuals are affected), before
  any of them was scored and without reading ``frames-dev`` articles; :data:`PERSON_PATTERNS` adds the
  structural cues of a personal story (a named person with an age, an age, where someone lives). They are scored
  alone, added to the shipped cues (a cue in both lists counts once), one family at a time (descriptive only:
  choosing among them is the selection issue 14g showed not to carry over) and chosen per frame by an inner
  cross-validation inside each outer training split (what such a choice is worth out of sample). Also: first
  person singular inside quotations (a person speaking about themself) added to human interest.
* **(b) length.** Are long articles over-tagged? Per tercile of article length, the share of articles the
  shipped rule tags (out of fold) against the share labelled, and its precision. Then the shipped score per
  1,000 words, divided by the fourth root of the word count, and a logistic regression on the log score and the
  log word count (length weighted by the data, fit on the training folds).
* **(c) the article rule.** The number of sentences with a cue of the frame, and their share of the article's
  sentences, instead of the capped distinct-cue score.
* **climate words in a generic codebook.** :data:`CLIMATE_CUES` lists the cues of ``generic_frames.yaml``
  whose frame sense belongs to the climate story: tier 1 names climate policy or the climate debate's own labels,
  tier 2 adds the insult and alarm words written while reading the corpus's opinion pieces (general words whose
  tie to morality is that debate's). The codebook is scored without tier 1, without both, and without tier 1
  but with the literature's resolution families. The tier-1 cues that lost their frame's sense in non-climate
  news (judged in ``benchmarks/results/climate_cues_offtopic.csv``: at most 1 of 5 occurrences in the frame's
  sense) were removed from the codebook in version 6 (:data:`REMOVED_OFFTOPIC`, checked against the judged file
  on every run); tier 1 here is what remains.

Output: a Markdown table on stdout and ``benchmarks/results/bench_framing_neutral_results.json`` (data set, date,
settings, per rule the mean and standard deviation of F1 per frame and of the macro-F1, and the ROC AUC per frame).
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_framing import LABELS, MAPPING, f1, repeated_cv_f1  # noqa: E402
from bench_framing_rules import FOLDS, REPEATS, _fit_any, _fit_f1, development_cli  # noqa: E402

from helpers import framing as F  # noqa: E402
from helpers import load_corpus, segment  # noqa: E402
from helpers.framing.articles import DEVELOPMENT, article_cue_counts, hash_split  # noqa: E402

OUT_JSON = ROOT / "benchmarks" / "results" / "bench_framing_neutral_results.json"
OFFTOPIC = ROOT / "benchmarks" / "results" / "climate_cues_offtopic.csv"
"""Tier-1 climate cues judged in 5 random occurrences each in non-climate AllSides articles
(``benchmarks/climate_cues_offtopic.py``)."""
LABEL_OF = {fr: lab for lab, fr in MAPPING.items()}
CAPS = {"RE": 2, "HI": 1, "CO": 2, "MO": 2, "EC": 2}
"""``article_cue_cap`` of the shipped codebook per label (checked against it on load)."""

LITERATURE_FAMILIES = {
    "RE": {  # S&V: does the story suggest solution(s)?  MFC: policies proposed for a problem, and whether they work
        "solution": "solution, solutions, solve, solves, solved, solving, resolve, resolving, remedy, remedies, fix, "
                    "fixing, way forward, answer to, tackle, tackling, combat, curb, curbing, mitigate, mitigating, "
                    "alleviate, alleviating, prevent, preventing, address the, addressing the, deal with, overcome",
        "plan": "plan, plans, proposal, proposals, propose, proposed, proposes, recommend, recommended, recommendation, "
                "recommendations, reform, reforms, measure, measures, policy, policies, legislation, bill, law, laws, "
                "regulation, regulations, programme, program, initiative, initiatives, strategy, strategies, scheme, "
                "framework, roadmap, blueprint, guidelines",
        "agreement": "agreement, agreements, agreed to, accord, deal, treaty, pact, compromise, consensus, commitment, "
                     "commitments, committed to, commit to, pledge, pledged, pledges, promised to, vowed to, signed",
        "action": "implement, implemented, implementing, enact, enacted, adopt, adopted, introduce, introduced, launch, "
                  "launched, invest in, invested in, allocate, allocated, set up, establish, established, fund, funded, "
                  "aims to, aimed at, designed to, in order to, goal, goals, target, targets, effective, "
                  "effectiveness, would help, will help",
        "call to act": "must act, need to act, needs to act, urged, urges, urge, called for, calls for, call for, "
                       "called on, calls on, demanded, demands, action, urgent, urgently",
    },
    "HI": {  # S&V: a human example or face, personal vignettes, how individuals are affected, private lives
        "family": "family, families, wife, husband, son, sons, daughter, daughters, mother, father, mum, mom, dad, "
                  "parents, grandmother, grandfather, grandchildren, grandson, granddaughter, children, kids, baby, "
                  "babies, brother, sister, relatives, widow",
        "personal life": "his home, her home, their home, his house, her house, their house, grew up, childhood, "
                         "daily life, everyday life, day-to-day, livelihood, livelihoods, neighbours, neighbors, "
                         "hometown, friends, lives, lost everything, make ends meet, can't afford, cannot afford",
        "emotion": "love, loved, hope, hopes, hoping, fear, fears, afraid, scared, frightened, worried, worry, anxious, "
                   "anxiety, stress, tears, cry, cried, crying, wept, grief, grieving, heartbroken, heartbreaking, "
                   "devastated, devastating, shocked, proud, pride, happy, sad, lonely, desperate, despair, suffering, "
                   "suffer, suffered, pain, painful, trauma, traumatic, tragic, tragedy, nightmare, struggle, "
                   "struggling",
        "person": "",  # structural cues only: PERSON_PATTERNS
    },
    "MO": {  # S&V: moral message, God and religious tenets, social prescriptions; MFC morality, fairness and equality
        "ethics": "moral, morally, morality, immoral, ethics, ethical, ethically, unethical, conscience, virtue, "
                  "virtuous, integrity, decency, dignity, honour, honor, honourable, honorable, dishonourable, "
                  "righteous, righteousness, sin, sinful, evil, wicked, wrong, wrongdoing, right thing, shame, "
                  "shameful, disgrace, disgraceful, greed, greedy, selfish, hypocrisy, hypocritical, betrayal, "
                  "betrayed, honest, honesty, dishonest",
        "religion": "God, religious, religion, faith, church, churches, pray, prayer, prayers, Bible, biblical, pope, "
                    "Vatican, bishop, bishops, clergy, priest, pastor, rabbi, imam, mosque, synagogue, temple, "
                    "Christian, Christians, Muslim, Muslims, Jewish, Hindu, Buddhist, Catholic, Catholics, "
                    "evangelical, evangelicals, sacred, holy, divine, spiritual, scripture, theology, worship, "
                    "blessing, sermon",
        "duty": "duty, duties, obligation, obligations, obliged to, responsibility to, moral responsibility, "
                "social responsibility, our responsibility, owe it to, we owe, ought to, ought, should, must, "
                "we must, we need to, we have to, it is time to, right to, rights",
        "fairness": "fair, unfair, unfairly, fairness, unjust, injustice, equality, inequality, inequalities, inequity, "
                    "equity, equal, unequal, discrimination, privilege, privileged, exploitation, exploit, exploited, "
                    "fair share",
    },
}
"""Topic-neutral cue families per label, written from the frame definitions before scoring (frozen since)."""

PERSON_PATTERNS = [
    r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z'-]+)+,\s+(?:aged\s+)?\d{1,3},",
    r"\b\d{1,3}-year-old\b",
    r"\baged\s+\d{1,3}\b",
    r"\b(?:who|she|he|they)\s+(?:lives?|lived|grew\s+up|was\s+born|were\s+born)\s+(?:in|on|near)\b",
    r"\b(?:a|the)\s+(?:local\s+)?residents?\s+of\b",
    r"\b(?:mother|father)\s+of\s+(?:two|three|four|five|six|\d)\b",
]
"""Structural cues of a personal story (human interest, family ``person``): "Maria Lopez, 34,", "a 16-year-old",
"aged 70", "who lives in", "a resident of", "mother of three". Every match counts as one cue, ``<person>``."""

TIER1_AS_JUDGED = {
    "responsibility": ["cut emissions", "phase out", "transition to", "price on"],
    "conflict": ["denier", "deniers", "skeptics"],
    "morality": ["stewardship", "creation", "future generations", "generations to come", "our grandchildren",
                 "alarmist", "alarmists", "alarmism", "doomsday", "apocalyptic", "apocalypse"]}
"""The tier-1 climate cues of ``generic_frames.yaml`` version 5, as listed (by meaning, before scoring) and judged
off topic in issue 14s, in the order ``climate_cues_offtopic.py`` draws them (its judged file depends on it)."""
REMOVED_OFFTOPIC = frozenset({
    ("responsibility", "transition to"), ("morality", "stewardship"), ("morality", "creation"),
    ("morality", "generations to come"), ("morality", "doomsday"), ("morality", "apocalyptic"),
    ("morality", "apocalypse")})
"""``(frame, cue)`` of the tier-1 cues removed from ``generic_frames.yaml`` in version 6 by the generality rule: a
cue is removed when it keeps its frame sense in at most 1 of 5 judged uses in off-topic news (the judged file
:data:`OFFTOPIC`; :func:`offtopic_failures` recomputes the set from it). Decided from off-topic AllSides text, not
from frames-dev scores."""
CLIMATE_CUES = {
    1: {fr: [t for t in terms if (fr, t) not in REMOVED_OFFTOPIC] for fr, terms in TIER1_AS_JUDGED.items()},
    2: {"morality": ["fearmongering", "fear-mongering", "scaremongering", "panic", "hysteria", "hysterical", "heresy",
                     "heretics", "cult", "zealot", "zealots", "fanatic", "fanatics", "indoctrinate", "indoctrination",
                     "brainwash", "brainwashed", "virtue signaling", "nazis", "lunacy", "madness", "crazy", "craziest",
                     "insane", "absurd", "ridiculous", "idiocy", "stupid", "sanctimonious", "self-righteous",
                     "elitist", "bully", "bullied"]},
}
"""Cues of ``generic_frames.yaml`` tied to the climate story: tier 1 climate policy and the climate debate's labels
(:data:`TIER1_AS_JUDGED` without :data:`REMOVED_OFFTOPIC`), tier 2 the insult and alarm words of its opinion pieces
(listed before scoring, by meaning)."""


def offtopic_failures(path: Path) -> set[tuple[str, str]]:
    """``(label, cue)`` of the tier-1 climate cues judged in their frame's sense in at most 1 of 5 occurrences in
    non-climate AllSides articles (``climate_cues_offtopic.py``'s judged file); empty when the file is absent."""
    if not path.is_file():
        return set()
    j = pd.read_csv(path, keep_default_na=False)
    j = j[j["article_id"] != ""]
    per = j.groupby(["frame", "cue"])["frame_sense"].agg(n="size", yes=lambda s: int((s == "yes").sum()))
    return {(LABEL_OF[fr], cue) for (fr, cue), r in per.iterrows() if r["n"] >= 5 and r["yes"] <= 1}


def literature_codebook() -> dict:
    """:data:`LITERATURE_FAMILIES` as a frame codebook for :func:`helpers.framing.find_cues`.

    Entry ids are ``"<label>|<family>"``; the ``person`` family of ``HI`` carries :data:`PERSON_PATTERNS`.
    """
    entries = {}
    for lab, fams in LITERATURE_FAMILIES.items():
        for fam, terms in fams.items():
            entry = {"terms": [t.strip() for t in terms.split(",") if t.strip()]}
            if lab == "HI" and fam == "person":
                entry["patterns"] = list(PERSON_PATTERNS)
            entries[f"{lab}|{fam}"] = entry
    return {"name": "literature", "entries": entries}


def climate_terms(tiers: tuple[int, ...], codebook: dict) -> set[tuple[str, str]]:
    """``(label, cue)`` pairs of :data:`CLIMATE_CUES` in ``tiers``; fails when one is not a cue of ``codebook``, or
    when a cue of :data:`REMOVED_OFFTOPIC` is one again (the lists must describe the shipped codebook)."""
    back = sorted(f"{fr}: {t}" for fr, t in REMOVED_OFFTOPIC
                  if t in {x.lower() for x in codebook["entries"][fr]["terms"]})
    if back:
        raise SystemExit(f"{back} are cues of generic_frames.yaml again although REMOVED_OFFTOPIC lists them as "
                         f"removed by the generality rule; remove them from the codebook or update {__file__}.")
    out = set()
    for tier in tiers:
        for fr, terms in CLIMATE_CUES[tier].items():
            known = {t.lower() for t in codebook["entries"][fr]["terms"]}
            missing = sorted(set(terms) - known)
            if missing:
                raise SystemExit(f"CLIMATE_CUES tier {tier} {fr}: {missing} are not cues of generic_frames.yaml; "
                                 f"update the list in {__file__}.")
            out |= {(LABEL_OF[fr], t) for t in terms}
    return out


def cue_hits(cues: pd.DataFrame, doc_ids: np.ndarray) -> pd.DataFrame:
    """One row per counted cue of the shipped or the literature codebook: ``doc_id``, ``unit``, ``source``
    (``"shipped"`` or ``"literature"``), ``label``, ``family``, ``term`` (lower case; ``<person>`` for a
    pattern match), ``quoted``."""
    h = cues[cues["lexicon"].isin(["generic_frames", "literature"]) & ~cues["in_name"]]
    lit = (h["lexicon"] == "literature").to_numpy()
    entry = h["entry"].astype(str)
    out = pd.DataFrame({
        "doc_id": doc_ids[h["unit"].to_numpy()], "unit": h["unit"].to_numpy(),
        "source": np.where(lit, "literature", "shipped"),
        "label": np.where(lit, entry.str.split("|").str[0], entry.map(LABEL_OF)),
        "family": np.where(lit, entry.str.split("|").str[-1], ""),
        "term": h["cue"].astype(str).str.lower().to_numpy(), "quoted": h["quoted"].to_numpy().astype(bool)})
    out.loc[out["family"] == "person", "term"] = "<person>"
    return out.reset_index(drop=True)


def article_score(hits: pd.DataFrame, label: str, docs: list, sources=("shipped",), drop=frozenset(),
                  families=None, with_morality: bool = True) -> np.ndarray:
    """The shipped article score rebuilt from cue rows, over any mix of cue sources.

    Distinct cues of ``label`` (a cue in both sources counts once), each counted in up to :data:`CAPS` sentences;
    morality counts only cues outside quotations; human interest adds morality's score (``with_morality``), as
    ``generic_frames.yaml`` does. ``drop``: ``(label, term)`` pairs left out; ``families``: literature families
    kept (default all).
    """
    h = hits[(hits["label"] == label) & hits["source"].isin(sources)]
    if families is not None:
        h = h[(h["source"] != "literature") | h["family"].isin(families)]
    h = h[~h["term"].isin({t for lab, t in drop if lab == label})]
    if label == "MO":
        h = h[~h["quoted"]]
    per = np.minimum(h.groupby(["doc_id", "term"])["unit"].nunique(), CAPS[label])
    score = per.groupby("doc_id").sum().reindex(docs, fill_value=0).to_numpy().astype(float)
    if label == "HI" and with_morality:
        score = score + article_score(hits, "MO", docs, sources, drop, families)
    return score


def sentence_count(hits: pd.DataFrame, label: str, docs: list) -> np.ndarray:
    """Sentences with at least one shipped cue of ``label`` (morality outside quotations; human interest plus
    morality's count)."""
    h = hits[(hits["label"] == label) & (hits["source"] == "shipped")]
    if label == "MO":
        h = h[~h["quoted"]]
    n = h.groupby("doc_id")["unit"].nunique().reindex(docs, fill_value=0).to_numpy().astype(float)
    return n + sentence_count(hits, "MO", docs) if label == "HI" else n


def _folds(y: np.ndarray, r: int):
    from sklearn.model_selection import StratifiedKFold

    return StratifiedKFold(FOLDS, shuffle=True, random_state=r).split(y, y)


def oof_predictions(score: np.ndarray, y: np.ndarray, fit, r: int) -> np.ndarray:
    """Out-of-fold predictions of a one-threshold rule for fold seed ``r`` (threshold fit on training folds)."""
    pred = np.zeros(len(y), dtype=bool)
    for tr, te in _folds(y, r):
        pred[te] = score[te] >= fit(score[tr], y[tr])
    return pred


def logistic_length_cv(score: np.ndarray, words: np.ndarray, y: np.ndarray) -> np.ndarray:
    """F1 per repeat of a logistic regression on (log(1 + score), log words), its threshold fit on training folds."""
    from sklearn.linear_model import LogisticRegression

    x = np.column_stack([np.log1p(score), np.log(words)])
    out = []
    for r in range(REPEATS):
        pred = np.zeros(len(y), dtype=bool)
        for tr, te in _folds(y, r):
            p = LogisticRegression(C=1.0).fit(x[tr], y[tr]).predict_proba(x)[:, 1]
            pred[te] = p[te] >= _fit_any(p[tr], y[tr])
        out.append(f1(y, pred))
    return np.array(out)


def nested_choice(options: dict[str, np.ndarray], y: np.ndarray) -> tuple[np.ndarray, dict]:
    """Choose among scores by inner 3 x 3 CV inside each outer training split; outer F1 per repeat, choice counts."""
    out, chosen = [], {}
    for r in range(REPEATS):
        pred = np.zeros(len(y), dtype=bool)
        for tr, te in _folds(y, r):
            pick = max(options, key=lambda n: repeated_cv_f1(options[n][tr], y[tr], _fit_f1, 3, 3).mean())
            chosen[pick] = chosen.get(pick, 0) + 1
            s = options[pick]
            pred[te] = s[te] >= _fit_f1(s[tr], y[tr])
        out.append(f1(y, pred))
    return np.array(out), chosen


def _auc(y: np.ndarray, s: np.ndarray) -> float:
    from sklearn.metrics import roc_auc_score

    return round(float(roc_auc_score(y, s)), 3)


def _summary(per_label: dict[str, np.ndarray], aucs: dict[str, float] | None = None) -> dict:
    macro = np.mean([per_label[lab] for lab in LABELS], axis=0)
    out = {"macro_F1": [round(float(macro.mean()), 4), round(float(macro.std()), 4)],
           **{lab: [round(float(per_label[lab].mean()), 4), round(float(per_label[lab].std()), 4)] for lab in LABELS}}
    if aucs is not None:
        out["roc_auc"] = aucs
    return out


def load_development(data: Path):
    """The development half only: (gold labels, shipped article scores, cue rows, codebook, words, sentences)."""
    corpus = load_corpus(data)
    corpus = corpus[(hash_split(corpus["doc_id"]) == DEVELOPMENT).to_numpy()].reset_index(drop=True)
    units = segment(corpus, "sentence")
    books = F.load_codebooks(["generic_frames"])
    for fr, e in books["generic_frames"]["entries"].items():
        if int(e.get("article_cue_cap", 1)) != CAPS[LABEL_OF[fr]]:
            raise SystemExit(f"generic_frames.yaml {fr}: article_cue_cap changed; update CAPS in {__file__}.")
    cues = F.find_cues(units, dict(books, literature=literature_codebook()),
                       negation=F.load_codebook("negation", kind="negation"))
    frames = F.tag_frames(units, cues, books, keep=("doc_id",))
    docs = corpus["doc_id"].tolist()
    shipped = article_cue_counts(frames, docs, books)["generic_frames"]
    gold = corpus.set_index("doc_id")[LABELS].astype(int).astype(bool).reindex(docs)
    words = corpus["text"].str.split().str.len().to_numpy().astype(float)
    sentences = units.groupby("doc_id").size().reindex(docs).to_numpy().astype(float)
    return gold, shipped, cue_hits(cues, units["doc_id"].to_numpy()), books["generic_frames"], words, sentences


def _cv_summary(cv: np.ndarray) -> list[float]:
    return [round(float(cv.mean()), 4), round(float(cv.std()), 4)]


def _literature_rules(rule, y: dict, ship: dict, hits: pd.DataFrame, docs: list) -> tuple[dict, dict]:
    """(a): the literature's cue families alone, added, one family at a time and chosen by nested CV."""
    lit_labels = list(LITERATURE_FAMILIES)
    rule("(a) literature families alone (RE, HI, MO; CO, EC shipped)",
         {lab: article_score(hits, lab, docs, ("literature",)) if lab in lit_labels else ship[lab] for lab in LABELS})
    both = ("shipped", "literature")
    rule("(a) shipped + literature families", {lab: article_score(hits, lab, docs, both) if lab in lit_labels
                                               else ship[lab] for lab in LABELS})
    one_family = {}
    for lab in lit_labels:
        for fam in LITERATURE_FAMILIES[lab]:
            s = article_score(hits, lab, docs, both, families=[fam])
            one_family[f"{lab}: shipped + {fam}"] = {"F1": _cv_summary(repeated_cv_f1(s, y[lab], _fit_f1, REPEATS, FOLDS)),
                                                     "roc_auc": _auc(y[lab], s),
                                                     "roc_auc_family_alone": _auc(y[lab], article_score(
                                                         hits, lab, docs, ("literature",), families=[fam],
                                                         with_morality=False))}
    nested = {}
    for lab in lit_labels:
        cv, chosen = nested_choice({"shipped": ship[lab], "shipped + literature":
                                    article_score(hits, lab, docs, both)}, y[lab])
        nested[lab] = {"F1": _cv_summary(cv), "chosen": chosen}
    quoted_first = hits[(hits["source"] == "shipped") & hits["quoted"] & hits["term"].isin(["i", "my", "me"])]
    n_first = quoted_first.groupby("doc_id")["unit"].nunique().reindex(docs, fill_value=0).to_numpy().astype(float)
    rule("(a) human interest + sentences with a quoted I/my/me (up to 1)", dict(ship, HI=ship["HI"] + np.minimum(n_first, 1)))
    return one_family, nested


def _length_rules(rule, rules: dict, y: dict, ship: dict, words: np.ndarray) -> tuple[np.ndarray, dict]:
    """(b): length-normalised scores, and how often each length tercile is labelled and tagged out of fold."""
    rule("(b) shipped score per 1,000 words", {lab: 1000 * s / words for lab, s in ship.items()}, _fit_any)
    rule("(b) shipped score / fourth root of the word count", {lab: s / words ** 0.25 for lab, s in ship.items()},
         _fit_any)
    rules["(b) logistic regression on log score and log words"] = _summary(
        {lab: logistic_length_cv(ship[lab], words, y[lab]) for lab in LABELS})
    edges = np.quantile(words, [1 / 3, 2 / 3])
    tercile = np.digitize(words, edges)
    over = {}
    for lab in LABELS:
        preds = [oof_predictions(ship[lab], y[lab], _fit_f1, r) for r in range(REPEATS)]
        over[lab] = [{"tercile": t + 1, "articles": int((tercile == t).sum()),
                      "labelled": round(float(y[lab][tercile == t].mean()), 3),
                      "tagged": round(float(np.mean([p[tercile == t].mean() for p in preds])), 3),
                      "precision": round(float(np.mean([(p & y[lab])[tercile == t].sum() / max(1, p[tercile == t].sum())
                                                         for p in preds])), 3)} for t in range(3)]
    return edges, over


def _climate_rules(rule, hits: pd.DataFrame, docs: list, book: dict) -> tuple[set, dict]:
    """The codebook without its climate cues, the off-topic check of REMOVED_OFFTOPIC, articles with climate cues."""
    tier1, tier12 = climate_terms((1,), book), climate_terms((1, 2), book)
    rule("climate: codebook without tier 1", {lab: article_score(hits, lab, docs, drop=tier1) for lab in LABELS})
    rule("climate: codebook without tiers 1 and 2", {lab: article_score(hits, lab, docs, drop=tier12) for lab in LABELS})
    rule("climate: without tier 1, resolution + the literature's RE families",
         {lab: article_score(hits, lab, docs, ("shipped", "literature") if lab == "RE" else ("shipped",), drop=tier1,
                             families=list(LITERATURE_FAMILIES["RE"])) for lab in LABELS})
    off = offtopic_failures(OFFTOPIC)
    if off != {(LABEL_OF[fr], t) for fr, t in REMOVED_OFFTOPIC}:
        raise SystemExit(f"REMOVED_OFFTOPIC in {__file__} differs from the cues that fail the generality rule in "
                         f"{OFFTOPIC}: {sorted(off)}; update the list and generic_frames.yaml together.")
    climate_hits = {f"tier {t}": int(hits[(hits["source"] == "shipped")
                                          & pd.Series(list(zip(hits["label"], hits["term"]))).isin(
                                              climate_terms((t,), book)).to_numpy()]["doc_id"].nunique())
                    for t in (1, 2)}
    return off, climate_hits


def run(data: Path) -> dict:
    gold, shipped, hits, book, words, sentences = load_development(data)
    docs = gold.index.tolist()
    y = {lab: gold[lab].to_numpy() for lab in LABELS}
    ship = {lab: shipped[MAPPING[lab]].to_numpy().astype(float) for lab in LABELS}
    rebuilt = {lab: article_score(hits, lab, docs) for lab in LABELS}
    differ = {lab: int((rebuilt[lab] != ship[lab]).sum()) for lab in LABELS}
    rules = {}

    def rule(name: str, scores: dict, fit=_fit_f1) -> None:
        rules[name] = _summary({lab: repeated_cv_f1(scores[lab], y[lab], fit, REPEATS, FOLDS) for lab in LABELS},
                               {lab: _auc(y[lab], scores[lab]) for lab in LABELS})

    rules["all positive (reference)"] = _summary({lab: np.full(REPEATS, f1(y[lab], np.ones_like(y[lab])))
                                                  for lab in LABELS})
    rule("shipped", ship)
    one_family, nested = _literature_rules(rule, y, ship, hits, docs)
    edges, over = _length_rules(rule, rules, y, ship, words)
    count = {lab: sentence_count(hits, lab, docs) for lab in LABELS}
    rule("(c) sentences with a cue of the frame (count)", count)
    rule("(c) share of the article's sentences with a cue of the frame", {lab: c / sentences for lab, c in count.items()},
         _fit_any)
    off, climate_hits = _climate_rules(rule, hits, docs, book)
    return {
        "dataset": "frames-dev (Narrative Frames Corpus, development half of nfc_dev.csv; held-out half not read)",
        "n_articles": len(docs), "positives": {lab: int(v.sum()) for lab, v in y.items()},
        "date": _dt.date.today().isoformat(), "repeats": REPEATS, "folds": FOLDS,
        "fold_seeds": list(range(REPEATS)), "rebuilt_score_differs_from_shipped_in_articles": differ,
        "rules": rules, "one_literature_family_added": one_family, "nested_choice_shipped_vs_literature": nested,
        "length_terciles_words": [round(float(e)) for e in edges], "tagged_by_length_tercile": over,
        "climate_cues": {str(t): v for t, v in CLIMATE_CUES.items()},
        "removed_off_topic": sorted(f"{lab}: {t}" for lab, t in off), "articles_with_climate_cues": climate_hits,
    }


def markdown(res: dict) -> str:
    lines = [f"Data: {res['dataset']}, {res['n_articles']} articles (positives {res['positives']}); {res['date']}; "
             f"{res['repeats']} x {res['folds']}-fold CV, F1 mean (sd over repeats), ROC AUC of the score.", "",
             "| rule | macro-F1 | " + " | ".join(LABELS) + " |", "|---|---|" + "---|" * len(LABELS)]
    for name, r in res["rules"].items():
        auc = r.get("roc_auc", {})
        lines.append(f"| {name} | {r['macro_F1'][0]:.3f} ({r['macro_F1'][1]:.3f}) | " + " | ".join(
            f"{r[lab][0]:.3f} ({r[lab][1]:.3f})" + (f", AUC {auc[lab]:.2f}" if lab in auc else "") for lab in LABELS)
            + " |")
    lines += ["", "One literature family added to the shipped cues (descriptive; F1 mean (sd), AUC, AUC of the "
              "family alone):", ""]
    lines += [f"- {k}: {v['F1'][0]:.3f} ({v['F1'][1]:.3f}), AUC {v['roc_auc']:.2f}, alone {v['roc_auc_family_alone']:.2f}"
              for k, v in res["one_literature_family_added"].items()]
    lines += ["", "Shipped or shipped + literature, chosen by inner CV in each outer training split:", ""]
    lines += [f"- {lab}: {v['F1'][0]:.3f} ({v['F1'][1]:.3f}), chosen {v['chosen']}"
              for lab, v in res["nested_choice_shipped_vs_literature"].items()]
    lines += ["", f"Tagged out of fold by the shipped rule, per length tercile (edges {res['length_terciles_words']} "
              "words): labelled / tagged / precision", ""]
    lines += [f"- {lab}: " + "; ".join(f"T{t['tercile']} {t['labelled']:.2f} / {t['tagged']:.2f} / {t['precision']:.2f}"
                                      for t in v) for lab, v in res["tagged_by_length_tercile"].items()]
    return "\n".join(lines)


def main(argv=None) -> None:
    development_cli(argv, __doc__, run, markdown, OUT_JSON)


if __name__ == "__main__":
    main()
