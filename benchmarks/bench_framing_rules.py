"""Which article rules for generic frames generalise? Repeated cross-validation on the development half only.

Run on demand (not in CI), from the project root::

    .venv/bin/python benchmarks/bench_framing_rules.py [--data ../shared/data/frames-dev/nfc_dev.csv]

Only the *development* half of ``frames-dev`` (:func:`helpers.framing.articles.hash_split`, 111 articles) is
loaded: the held-out half is never read here, so this script can be run as often as needed while choosing. Every
rule is scored by repeated stratified cross-validation (:data:`REPEATS` repeats of :data:`FOLDS` folds, fold seeds
``0 .. REPEATS-1``; anything fit, thresholds included, is fit on the training folds only). Per repeat the
out-of-fold predictions give one F1 per frame; the table shows the mean and the standard deviation over repeats.
The spread over repeats measures only the noise of the fold assignment: two rules closer than about 0.03 in
macro-F1 are not distinguishable on 111 articles.

Experiments (issue 14g):

* ``shipped``: the codebook's article rule (:func:`helpers.framing.articles.article_cue_counts`) with the
  threshold chosen on the training folds by maximal F1 (:func:`helpers.framing.articles.fit_min_cues`);
* threshold estimators on the same score: median of thresholds fit on 50 bootstrap resamples (``bagged``), and a
  quantile rule (predict the top ``prevalence x k`` share of the training folds' scores);
* ``indicator families``: Semetko & Valkenburg score a frame by adding yes/no answers to its indicator questions;
  here each frame's cues are grouped into families (:data:`FAMILIES`, one per indicator or kind of evidence) and
  the article score adds, per family, its distinct cues up to a cap;
* ``nested family selection``: a data-driven lexicon at the coarsest grain: inside each outer training split,
  backward elimination of families by an inner 3 x 3 cross-validation (a family is dropped when that raises the
  inner F1 by more than ``min_gain``), then the threshold; scored on the outer test fold;
* length: the shipped score divided by the square root of the article's words, or per 100 words (cue density),
  thresholds fit on the training folds over the observed values;
* ``at least two families``: the shipped rule, and cues of two or more families of the frame (two indicators);
* ``data-driven lexicon``: 30 words chosen inside each training split by an L1 logistic regression on word
  presence (:func:`nested_word_lexicon`), alone and added to the shipped score;
* ``RE mapped to resolution only``: the corpus's RE (resolution) scored by the responsibility cues without the
  blame family (who caused the problem), i.e. solutions, policies, commitments and calls to act only; with the
  ROC AUC of every family's score alone beside it (descriptive, nothing fit);
* ``nested choice of the article options``: inside each outer training split, choose among the four
  combinations of the issue-14d options (morality counted in the outlet's voice only; human interest plus
  morality's score) by inner cross-validation, as issue 14d did once on all of development.

Output: a Markdown table on stdout and ``benchmarks/results/bench_framing_rules_results.json`` (data set, date, settings,
per rule and frame the mean and standard deviation of F1 over repeats).
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
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_framing import DATA, LABELS, MAPPING, f1, repeated_cv_f1  # noqa: E402

from helpers import framing as F  # noqa: E402
from helpers import load_corpus, segment  # noqa: E402
from helpers.framing.articles import DEVELOPMENT, article_cue_counts, fit_min_cues, hash_split  # noqa: E402

OUT_JSON = ROOT / "benchmarks" / "results" / "bench_framing_rules_results.json"
REPEATS = 5
FOLDS = 5

FAMILIES = {
    "responsibility": {
        "blame": "responsible, responsibility, responsibilities, blame, blamed, blames, blaming, to blame, accountable, "
                 "accountability, fault, failed to, fails to, failure to, failure, failures, inaction, allegations, "
                 "accused, accuses, not capable, incapable, lost control, handling of, harbour, harbouring, harbor, "
                 "harboring, sheltering, emboldened, embolden, allegedly, involved in, wrongdoing, improperly, misconduct, "
                 "bribed, bribery, cover up, covered up, cover-up, negligence, negligent, mishandled, mishandling, "
                 "mismanagement, abuse of power, culpable, liable, guilty, doomed to, does little to, concluded that, "
                 "lacked candor, concealed, conceal, conceals, the problem with",
        "call to act": "demand, demanded, demanding, dire need, urgent, urgently, urgent need, must take, must act, needs to, need to, called on, calls on, "
                       "calls for, called for, urged, urges, decisive action, action is needed, action is required, "
                       "should be, ought to, government must, government should, ability to, encouraged, encourage, "
                       "encourages",
        "solution": "solution, solutions, solve, solving, tackle, tackling, address the, fix, way forward, approach to, "
                    "steps to, reduce, reducing, cut emissions, cutting, phase out, to help, could help, would help, will help, "
                    "can help, the answer to, new ideas, blueprint",
        "policy": "proposal, proposals, proposed, propose, proposes, plan to, plans to, plan would, legislation, "
                  "bill would, regulations, regulation, policy, policies, measures, reform, reforms, ban, mandate, "
                  "require, requires, requiring, incentives, standards, funding for, price on, framework, implement, "
                  "implementing, introduce, introduced",
        "oversight": "investigation, investigations, inquiry, probe, oversight, monitoring, enforcement, crackdown, "
                     "crack down, regulate, regulating, recommended, recommends, recommendation, recommendations, "
                     "provisions, signed a bill, signed into law, signed legislation, executive order, "
                     "restraining order, unveil, unveils, imposed, impose, imposes, rescind, rescinded, outlawed",
        "commitment": "initiative, initiatives, strategy, commitment, commitments, committed to, pledge, pledged, "
                      "pledges, target, targets, goal, goals, invest in, investment in, unveiled, vowed, vows, aims to, "
                      "aim to, launched, announced a plan, agreement to, deal to, support from, support to, "
                      "supported by, backed by",
    },
    "conflict": {
        "disagreement": "conflict, conflicts, dispute, disputes, disagreement, disagreements, disagree, disagreed, "
                        "tension, tensions, clash, clashes, clashed, rift, rivalry, confrontation, confrontational, "
                        "contention, deadlock, standoff, at odds, divided, divisive, controversy, controversial, "
                        "debate, differences, two sides of, both sides of, other side, versus, feud, tense, strained, "
                        "soured, mistrust, distrust, trust deficit, damaged relations, damage relations",
        "reproach": "criticize, criticized, criticizes, criticise, criticised, criticism, critics, critic, reprimand, "
                    "rebuke, rebuked, condemn, condemned, denounced, accuse, accused, accuses, accusation, "
                    "accusations, allegation, allegations, slammed, blasted, lashed out, attacked, "
                    "fired back, reprimanded, reprimands, denier, deniers, skeptics, anger, angry, "
                    "hostile, hostility, frustration, frustrations, not happy, losing patience, lost patience, "
                    "unconvinced, pushback, backlash, complain, complained, complains, complaining, complaint, complaints, "
                    "disputed, critical of, undermine, undermines, undermined, undermining, decried, decries, "
                    "lambasted, mocked, mocking, ridiculed, derided, denounce, denounces, scolded, chastised, "
                    "berated, blame, blamed, blames, blaming, flak, parting shots, chafed, disapproval, refusal, defied, "
                    "defiance, rebuffed, snubbed, took aim, swipe at, jab at",
        "opposition": "reject, rejected, rejects, rejecting, opposed, oppose, opposes, opposing, opposition, "
                      "opponents, opponent, rivals, resist, resistance, refused, refuses, repeal, rollback, "
                      "roll back, undo, overturn, protest, protests, protesters, challenged, push back, pushed back, "
                      "pushing back, subpoena, subpoenaed, subpoenas, impeach, impeached, impeachment, blocked, "
                      "interfere, interfering, interference, veto, vetoed, retaliation, retaliate",
        "fight": "fight, fighting, fought, battle, battles, war, lawsuit, lawsuits, sued, sue, suing, threats, "
                 "threatened, threaten, ultimatum, intimidation, feuding, sparred, sparring, squabble, quarrel",
        "contest": "win, wins, winning, winner, winners, loser, losers, victory, victories, defeat, defeated, "
                   "defeats, compete, competing, competition, contested, front-runner, frontrunner, landslide, "
                   "odds of, dead heat, edging out, edged out, trailing",
        "argument": "argue, argued, argues, insisted, claimed, warn, warned, warning, warns, cautioned",
    },
    "human_interest": {
        "testimony": "my, i, me, feel, felt, remember, recalled, told me, personally, personal, dream",
        "people": "families, family, children, child, kids, mother, mothers, father, fathers, daughter, son, wife, "
                  "husband, grandchildren, women, parents, teenage, teenager, girl, boy, grandmother, grandfather, "
                  "baby, babies, toddler, young people, students, farmer, farmers, years old, neighbors, neighbours, "
                  "residents, pastor, fans, people who live, communities, community",
        "suffering": "victims, victim, survivors, suffering, suffer, suffered, hardship, hardships, struggle to, "
                     "struggling, dying, died, death, deaths, killed, lost everything, livelihoods, poverty, "
                     "vulnerable, hungry, hunger, sick, survived, cancer, ruins, at risk, orphans, widow, widows, "
                     "lost her, lost his, lost their",
        "emotion": "emotional, heartbreaking, heartbroken, tragic, tragedy, grief, mourning, devastating, devastated, "
                   "fear, afraid, scared, scary, terrified, frightening, sad, sadness, tears, cried, pain, painful, "
                   "desperate, despair, worried, helplessly, happier, smiling, heart, loved, beloved, wept, cry, "
                   "crying, sobbing, screaming, terrifying, horrific, horrifying, nightmare, trauma, traumatic, "
                   "anguish, heartbreak, devastation",
        "private life": "lives, homes, grew up, childhood, loved ones, her home, his home, their home",
    },
    "economic_consequences": {
        "cost": "cost, costs, costly, expense, expenses, expensive, price, prices, inflation, affordable, cheaper, "
                "cheap, bills, pay for, paying, financial burden, economic cost, spending, budget, funding, subsidies, "
                "subsidy, savings, insurance, damages",
        "loss or gain": "losses, financial losses, economic losses, profits, profit, revenue, revenues, earnings, "
                        "unemployment, job losses, jobs, wages, income, growth",
        "economy": "economic impact, economic consequences, economic damage, economy, economic, economically, "
                   "economies, gdp, trade, tariffs, market, markets, financial, finance",
        "economic actors": "industry, industries, investment, investments, investors, business, businesses, "
                           "companies, firms, consumers, sales, taxpayers",
        "money": "billion, trillion, million dollars, dollars, money, tax, taxes",
    },
    "morality": {
        "moral terms": "moral, morally, morality, immoral, ethics, ethical, unethical, conscience, righteous, virtue, "
                       "values, morals, principles, integrity, decency, indecent, dignity, respect, compassion, "
                       "moral imperative, right and wrong, right thing, wrong, wrongly, evil, sin, sinful, sins, "
                       "greed, greedy, selfish, sacrifice, duty, obligation, we owe",
        "religion": "god, religious, religion, faith, sacred, holy, church, pope, bishops, bible, christian, "
                    "christians, muslim, islamic, islam, quran, mosque, preach, preaching, sermon, "
                    "salvation, worship, pray, prayer, prayers, vatican, blasphemy, divine, spiritual, faithful, "
                    "believers, clergy, theology, catholic, catholics, evangelical, evangelicals, rabbi, imam, "
                    "jewish, hindu, buddhist, heresy, heretics, cult",
        "prescription": "should, ought, ought to, we must, we should, future generations, our children, "
                        "our grandchildren, humanity, mankind",
        "justice": "injustice, unjust, unfair, unfairly, fairness, equity, fair share, hypocrisy, hypocrite, "
                   "hypocritical, hypocrites, corrupt, corruption, crime, criminal, betrayal, betray, betrayed",
        "honesty": "lied, liar, dishonest, honest, honesty, truth, deceive, deception, dishonesty, propaganda, "
                   "indoctrinate, indoctrination, brainwash, brainwashed, lie, lies, lying",
        "condemnation": "shame, shameful, disgrace, disgraceful, outrageous, outrage, crazy, craziest, insane, absurd, "
                        "ridiculous, idiocy, stupid, cruel, cruelty, disgusting, hysteria, hysterical, zealots, "
                        "fanatics, bully, bullied, elitist, virtue signaling, sanctimonious, nazis, lunacy, madness, "
                        "fanatic, zealot, alarmist, alarmists, alarmism, fearmongering, fear-mongering, "
                        "scaremongering, panic, self-righteous, ashamed, shame on",
    },
}
"""Cue families per generic frame: every cue of ``generic_frames.yaml`` in exactly one family (checked on load)."""


def _term_families(codebook: dict) -> dict[tuple[str, str], str]:
    """``(frame, lower-cased cue) -> family``; fails when a codebook cue has no family (the lists drifted apart)."""
    out = {(fr, t.strip()): fam for fr, fams in FAMILIES.items() for fam, s in fams.items() for t in s.split(",")}
    for fr, e in codebook["entries"].items():
        missing = sorted({t.lower() for t in e["terms"]} - {t for f, t in out if f == fr})
        if missing:
            raise SystemExit(f"generic_frames.yaml cues without a family in {__file__}: {fr}: {missing}; add them.")
    return out


def tag_development(data: Path) -> tuple[pd.DataFrame, pd.DataFrame, dict, pd.DataFrame, pd.DataFrame]:
    """The development half only, tagged: (articles, sentences, codebooks, cue rows, shipped article scores)."""
    corpus = load_corpus(data)
    corpus = corpus[(hash_split(corpus["doc_id"]) == DEVELOPMENT).to_numpy()].reset_index(drop=True)
    units = segment(corpus, "sentence")
    books = F.load_codebooks(["generic_frames"])
    cues = F.find_cues(units, books, negation=F.load_codebook("negation", kind="negation"))
    frames = F.tag_frames(units, cues, books, keep=("doc_id",))
    shipped = article_cue_counts(frames, corpus["doc_id"].tolist(), books)["generic_frames"]
    return corpus, units, books, cues, shipped


def load_development(data: Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, dict]:
    """The development half only: (gold labels, shipped article scores, one row per cue hit, codebooks)."""
    corpus, units, books, cues, shipped = tag_development(data)
    docs = corpus["doc_id"].tolist()
    hits = cues[(cues["lexicon"] == "generic_frames") & ~cues["in_name"]].copy()
    hits["doc_id"] = units["doc_id"].to_numpy()[hits["unit"].to_numpy()]
    hits["term"] = hits["cue"].astype(str).str.lower()
    fam = _term_families(books["generic_frames"])
    hits["family"] = [fam.get((e, t), "honesty" if e == "morality" else "") for e, t in zip(hits["entry"], hits["term"])]
    gold = corpus.set_index("doc_id")[LABELS].astype(int).astype(bool).reindex(docs)
    gold.attrs["words"] = dict(zip(docs, corpus["text"].str.split().str.len()))
    gold.attrs["texts"] = (corpus["title"].fillna("") + "\n" + corpus["text"]).tolist()
    return gold, shipped, hits, books


def family_scores(hits: pd.DataFrame, frame: str, docs: list, cue_cap: int, outlet_only: bool = False) -> pd.DataFrame:
    """Per article (rows) and family (columns): distinct cues of the family, each counted in up to ``cue_cap``
    sentences."""
    h = hits[(hits["entry"] == frame) & ~(hits["quoted"] & outlet_only)]
    per = np.minimum(h.groupby(["doc_id", "family", "term"])["unit"].nunique(), cue_cap)
    return per.groupby(["doc_id", "family"]).sum().unstack(fill_value=0).reindex(docs, fill_value=0).astype(float)


def _fit_f1(s: np.ndarray, y: np.ndarray) -> float:
    """The shipped threshold fit (:func:`fit_min_cues`: maximal F1 over integer scores 1..30) on the rows given."""
    return float(fit_min_cues(s, y))


def _fit_any(s: np.ndarray, y: np.ndarray) -> float:
    """The training score value that maximises F1 (for scores that are not counts); ties go to the smaller one."""
    cands = np.unique(s)
    return float(cands[int(np.argmax([f1(y, s >= t) for t in cands]))])


def _fit_bagged(s: np.ndarray, y: np.ndarray, n_boot: int = 50) -> float:
    rng = np.random.default_rng(0)
    idx = [i for i in (rng.integers(0, len(y), len(y)) for _ in range(n_boot)) if y[i].any()]
    return float(np.median([_fit_f1(s[i], y[i]) for i in idx]))


def _fit_quantile(k: float):
    def fit(s: np.ndarray, y: np.ndarray) -> float:
        return float(np.quantile(s, 1 - min(1.0, y.mean() * k)))
    return fit


def _select_families(fam: pd.DataFrame, y: np.ndarray, min_gain: float) -> list[str]:
    """Backward elimination of families by inner 3 x 3 cross-validation on the rows given."""
    keep = list(fam.columns)
    best = repeated_cv_f1(fam[keep].sum(axis=1).to_numpy(), y, _fit_f1, repeats=3, folds=3).mean()
    while len(keep) > 1:
        trials = [(repeated_cv_f1(fam[[k for k in keep if k != d]].sum(axis=1).to_numpy(), y, _fit_f1, 3, 3).mean(),
                   d) for d in keep]
        score, drop = max(trials)
        if score <= best + min_gain:
            break
        keep.remove(drop)
        best = score
    return keep


def nested_family_selection(fam: pd.DataFrame, y: np.ndarray, min_gain: float) -> tuple[np.ndarray, dict]:
    """Outer repeated CV of (family selection + threshold) fit on training folds only; F1 per repeat, drop counts."""
    from sklearn.model_selection import StratifiedKFold

    out, dropped = [], {}
    for r in range(REPEATS):
        pred = np.zeros(len(y), dtype=bool)
        for tr, te in StratifiedKFold(FOLDS, shuffle=True, random_state=r).split(fam, y):
            keep = _select_families(fam.iloc[tr], y[tr], min_gain)
            for d in sorted(set(fam.columns) - set(keep)):
                dropped[d] = dropped.get(d, 0) + 1
            s = fam[keep].sum(axis=1).to_numpy()
            pred[te] = s[te] >= _fit_f1(s[tr], y[tr])
        out.append(f1(y, pred))
    return np.array(out), dropped


def nested_word_lexicon(texts: list[str], y: np.ndarray, base: np.ndarray | None, n_words: int = 30) -> np.ndarray:
    """A data-driven lexicon selected inside each training split; F1 per repeat.

    On the training folds only: words (present in at least 3 training articles, English stop words left out) are
    ranked by the positive coefficients of an L1 logistic regression on word presence (balanced classes, C = 1);
    the top ``n_words`` form the lexicon. An article's score is the number of lexicon words it contains (plus the
    shipped score ``base`` when given); the threshold is fit on the training folds; both are applied to the test fold.
    """
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    out = []
    for r in range(REPEATS):
        pred = np.zeros(len(y), dtype=bool)
        for tr, te in StratifiedKFold(FOLDS, shuffle=True, random_state=r).split(texts, y):
            vec = CountVectorizer(binary=True, min_df=3, stop_words="english")
            x_tr = vec.fit_transform([texts[i] for i in tr])
            coef = LogisticRegression(l1_ratio=1.0, solver="liblinear", C=1.0, class_weight="balanced",
                                      random_state=0).fit(x_tr, y[tr]).coef_[0]
            top = [i for i in np.argsort(-coef, kind="stable")[:n_words] if coef[i] > 0]
            x_all = vec.transform(texts)[:, top]
            s = np.asarray(x_all.sum(axis=1)).ravel().astype(float) + (0 if base is None else base)
            pred[te] = s[te] >= _fit_any(s[tr], y[tr])
        out.append(f1(y, pred))
    return np.array(out)


def nested_option_choice(options: dict, y_hi: np.ndarray, y_mo: np.ndarray) -> tuple[dict, np.ndarray, dict]:
    """Human interest and morality: each fixed option, and the option chosen by inner CV in each outer split.

    ``options`` maps a name to (human-interest score, morality score). Returns the mean of the two frames' F1 per
    repeat for every fixed option, the same for the nested choice, and how often each option was chosen.
    """
    from sklearn.model_selection import StratifiedKFold

    def inner(tr: np.ndarray, name: str) -> float:
        hi, mo = options[name]
        return (repeated_cv_f1(hi[tr], y_hi[tr], _fit_f1, 3, 3).mean()
                + repeated_cv_f1(mo[tr], y_mo[tr], _fit_f1, 3, 3).mean()) / 2

    fixed = {n: [] for n in options}
    nested, chosen = [], {}
    strata = y_hi.astype(int) + 2 * y_mo.astype(int)
    for r in range(REPEATS):
        preds = {n: (np.zeros(len(y_hi), bool), np.zeros(len(y_hi), bool)) for n in [*options, "(nested)"]}
        for tr, te in StratifiedKFold(FOLDS, shuffle=True, random_state=r).split(strata, strata):
            pick = max(options, key=lambda n: inner(tr, n))
            chosen[pick] = chosen.get(pick, 0) + 1
            for n in preds:
                hi, mo = options[pick if n == "(nested)" else n]
                preds[n][0][te] = hi[te] >= _fit_f1(hi[tr], y_hi[tr])
                preds[n][1][te] = mo[te] >= _fit_f1(mo[tr], y_mo[tr])
        for n, (ph, pm) in preds.items():
            (nested if n == "(nested)" else fixed[n]).append((f1(y_hi, ph) + f1(y_mo, pm)) / 2)
    return {n: np.array(v) for n, v in fixed.items()}, np.array(nested), chosen


def _auc(y: np.ndarray, s: np.ndarray) -> float:
    """ROC AUC of score ``s`` for labels ``y`` (ties count half)."""
    from sklearn.metrics import roc_auc_score

    return roc_auc_score(y, s)


def _summary(per_label: dict[str, np.ndarray]) -> dict:
    macro = np.mean([per_label[lab] for lab in LABELS], axis=0)
    return {"macro_F1_mean": round(float(macro.mean()), 4), "macro_F1_sd": round(float(macro.std()), 4),
            **{f"{lab}_mean": round(float(v.mean()), 4) for lab, v in per_label.items()},
            **{f"{lab}_sd": round(float(v.std()), 4) for lab, v in per_label.items()}}


def run(data: Path) -> dict:
    gold, shipped, hits, books = load_development(data)
    docs = gold.index.tolist()
    words, texts = gold.attrs["words"], gold.attrs["texts"]
    y = {lab: gold[lab].to_numpy() for lab in LABELS}
    ship = {lab: shipped[MAPPING[lab]].to_numpy().astype(float) for lab in LABELS}
    rules = {}

    def rule(name: str, scores: dict, fit=_fit_f1) -> None:
        rules[name] = _summary({lab: repeated_cv_f1(scores[lab], y[lab], fit, REPEATS, FOLDS) for lab in LABELS})

    rule("shipped score, threshold: maximal F1 on the training folds", ship)
    rule("shipped score, threshold: median over 50 bootstrap fits", ship, _fit_bagged)
    for k in (1.0, 1.2):
        rule(f"shipped score, threshold: top prevalence x {k} of the training folds", ship, _fit_quantile(k))
    caps = {fr: int(e.get("article_cue_cap", 1)) for fr, e in books["generic_frames"]["entries"].items()}
    outlet = {fr: e.get("article_voice") == "outlet" for fr, e in books["generic_frames"]["entries"].items()}
    fams = {lab: family_scores(hits, MAPPING[lab], docs, caps[MAPPING[lab]], outlet[MAPPING[lab]]) for lab in LABELS}
    mo_fams = fams["MO"].add_prefix("morality: ")
    fams_hi = pd.concat([fams["HI"], mo_fams], axis=1)   # human interest adds morality's score, as shipped
    for cap in (1, 2, 3):
        scores = {lab: np.minimum(f, cap).sum(axis=1).to_numpy() for lab, f in fams.items()}
        scores["HI"] = np.minimum(fams_hi, cap).sum(axis=1).to_numpy()
        rule(f"indicator families: distinct cues per family capped at {cap}", scores)
    n_words = gold.index.map(words).to_numpy().astype(float)
    rule("shipped score per square root of the article's words", {k: v / np.sqrt(n_words) for k, v in ship.items()},
         _fit_any)
    rule("shipped score per 100 words (cue density)", {k: 100 * v / n_words for k, v in ship.items()}, _fit_any)
    two = {lab: np.where((np.minimum(fams_hi if lab == "HI" else fams[lab], 1).sum(axis=1) >= 2).to_numpy(), v, 0)
           for lab, v in ship.items()}
    rule("shipped score, and cues of at least two families", two)
    for add in (False, True):
        name = "shipped score + " if add else ""
        rules[f"{name}data-driven lexicon: 30 words by L1 logistic regression, selected inside each training split"] = \
            _summary({lab: nested_word_lexicon(texts, y[lab], ship[lab] if add else None) for lab in LABELS})
    res_only = dict(ship, RE=fams["RE"].drop(columns="blame").sum(axis=1).to_numpy())
    rule("RE mapped to resolution only: responsibility without its blame family", res_only)
    family_auc = {lab: {f: round(float(_auc(y[lab], f_s[f].to_numpy())), 3) for f in f_s.columns}
                  for lab, f_s in [*((lab, fams[lab]) for lab in LABELS if lab != "HI"), ("HI", fams_hi)]}
    selection = {}
    for gain in (0.01, 0.03):
        per, drops = {}, {}
        for lab in LABELS:
            per[lab], drops[lab] = nested_family_selection(fams_hi if lab == "HI" else fams[lab], y[lab], gain)
        rules[f"nested family selection (inner gain > {gain})"] = _summary(per)
        selection[str(gain)] = drops
    hi_any = family_scores(hits, "human_interest", docs, caps["human_interest"]).sum(axis=1).to_numpy()
    mo_any = family_scores(hits, "morality", docs, caps["morality"]).sum(axis=1).to_numpy()
    mo_out = fams["MO"].sum(axis=1).to_numpy()
    options = {"neither": (hi_any, mo_any), "morality outlet voice": (hi_any, mo_out),
               "human interest + morality": (hi_any + mo_any, mo_any),
               "both (shipped)": (hi_any + mo_out, mo_out)}
    fixed, nested, chosen = nested_option_choice(options, y["HI"], y["MO"])
    return {
        "dataset": "frames-dev (Narrative Frames Corpus, development half of nfc_dev.csv; held-out half not read)",
        "n_articles": len(docs), "positives": {lab: int(v.sum()) for lab, v in y.items()},
        "date": _dt.date.today().isoformat(), "repeats": REPEATS, "folds": FOLDS,
        "fold_seeds": list(range(REPEATS)), "rules": rules, "family_roc_auc": family_auc, "families_dropped_in_nested_selection": selection,
        "options_hi_mo": {"fixed": {n: [round(float(v.mean()), 4), round(float(v.std()), 4)] for n, v in fixed.items()},
                          "nested_choice": [round(float(nested.mean()), 4), round(float(nested.std()), 4)],
                          "chosen": chosen},
    }


def markdown(res: dict) -> str:
    lines = [f"Data: {res['dataset']}, {res['n_articles']} articles (positives {res['positives']}); {res['date']}; "
             f"{res['repeats']} x {res['folds']}-fold CV, mean (sd over repeats).", "",
             "| rule | macro-F1 | " + " | ".join(LABELS) + " |", "|---|---|" + "---|" * len(LABELS)]
    for name, r in res["rules"].items():
        lines.append(f"| {name} | {r['macro_F1_mean']:.3f} ({r['macro_F1_sd']:.3f}) | "
                     + " | ".join(f"{r[lab + '_mean']:.3f} ({r[lab + '_sd']:.3f})" for lab in LABELS) + " |")
    lines += ["", "ROC AUC of each cue family's article score alone (development, no fitting):", ""]
    lines += [f"- {lab}: " + ", ".join(f"{f} {a:.2f}" for f, a in aucs.items()) for lab, aucs in res["family_roc_auc"].items()]
    o = res["options_hi_mo"]
    lines += ["", "| human interest / morality option | mean of the two F1 (sd) |", "|---|---|"]
    lines += [f"| {n} | {m:.3f} ({s:.3f}) |" for n, (m, s) in o["fixed"].items()]
    lines += [f"| chosen by inner CV in each split ({o['chosen']}) | {o['nested_choice'][0]:.3f} "
              f"({o['nested_choice'][1]:.3f}) |"]
    return "\n".join(lines)


def development_cli(argv, doc: str, run_fn, markdown_fn, out_json: Path) -> None:
    """The command line of a development-only benchmark: ``--data``, run, write ``out_json``, print Markdown."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args(argv)
    if not args.data.is_file():
        raise SystemExit(f"{args.data} not found: pass --data with the path to nfc_dev.csv (see its README).")
    res = run_fn(args.data)
    out_json.write_text(json.dumps(res, indent=1) + "\n")
    print(markdown_fn(res))


def main(argv=None) -> None:
    development_cli(argv, __doc__, run, markdown, OUT_JSON)


if __name__ == "__main__":
    main()
