"""Human interest and morality from the structure of an article: repeated CV on the development half only.

Run on demand (not in CI), from the project root::

    .venv/bin/python benchmarks/bench_framing_structure.py [--data ../shared/data/frames-dev/nfc_dev.csv]

Issue 14u, with the discipline of issues 14g and 14s (``bench_framing_rules.py``, ``bench_framing_neutral.py``):
only the *development* half of ``frames-dev`` (:func:`helpers.framing.articles.hash_split`, 111 articles; 14
human-interest and 13 morality positives) is loaded, the held-out half is never read, and every rule is scored by
repeated stratified cross-validation (5 repeats of 5 folds, fold seeds 0-4; thresholds and model weights fit on
the training folds only), reported as the mean and the standard deviation over repeats, with the ROC AUC of the
article score beside it and the per-repeat difference in macro-F1 to the shipped rule (same folds: a paired
difference, mean and sd).

The Narrative Frames Corpus defines human interest as a human face, a personal story or an emotional angle, and
morality as religious or moral prescriptions, what should or ought to be done, social responsibility. The shipped
rule scores both from cue words (:mod:`helpers.framing.articles`). This script asks whether signals of an
article's *structure*, topic-neutral and read by the project's other measures, add to those words:

* **human interest**: quoted ordinary people and witnesses (distinct sources of the attributions of
  :func:`helpers.measures.sourcing.extract_attributions` with source role ``ordinary_person``, which includes a
  named person given an age; ``activist_advocacy`` beside it), first-person quotations ("I", "my", "me" inside the
  quotation marks of an attribution's sentence) by speakers who are not officials (roles ``ordinary_person``,
  ``unknown``, ``activist_advocacy``), and sentences with emotion words inside quotations (:data:`EMOTION`);
* **morality**: deontic and prescriptive language (:data:`DEONTIC`: "must", "should", "ought", "duty",
  "obligation"; :data:`DEONTIC_BROAD` adds "need to", "have to", "wrong", "shame") in the outlet's voice and in
  quotations, and features of an opinion piece: the author's first person outside quotations (:data:`AUTHOR`),
  attributions per sentence (a news report quotes; an opinion piece argues) and the number of attributions.

The rules (:func:`rules`) were written after reading the ROC AUC of each feature alone on development (printed in
the output, ``feature_auc``) and before any rule was cross-validated; they are all reported. Structural signals
are added to the shipped score as extra distinct cues (weight 1 each, or 2 each up to 3 sources: the human-interest
threshold is 8 cues), or combined with the log of the shipped score by a logistic regression fit on the training
folds. Finally, for each frame a nested choice (inner 3 x 3 CV inside every outer training split) between the
shipped score and the additive rules says what choosing among them is worth out of sample.

Output: a Markdown summary on stdout and ``benchmarks/results/bench_framing_structure_results.json`` (data set, date,
settings, positives, feature AUCs, per rule F1 mean and sd, AUC and paired macro-F1 difference, the nested choice).
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

from bench_framing import LABELS, MAPPING, f1, repeated_cv_f1  # noqa: E402
from bench_framing_neutral import _auc, _folds, nested_choice  # noqa: E402
from bench_framing_rules import FOLDS, REPEATS, _fit_any, _fit_f1, development_cli, tag_development  # noqa: E402

from helpers.measures.sourcing import extract_attributions  # noqa: E402
from helpers.text.quotes import mask_spans, quote_spans  # noqa: E402

OUT_JSON = ROOT / "benchmarks" / "results" / "bench_framing_structure_results.json"
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|[Mm]y|[Mm]e|[Mm]yself)\b")
AUTHOR = re.compile(r"\b(?:I|I'm|I've|[Mm]y|[Mm]e|[Mm]yself|[Ww]e|[Oo]ur|[Uu]s|[Oo]urselves)\b")
"""First person singular or plural outside quotations: the author's voice (case-sensitive: "US" is not "us")."""
DEONTIC = re.compile(r"\b(?:must|should|ought to|ought|duty|obligation|obliged)\b", re.IGNORECASE)
DEONTIC_BROAD = re.compile(r"\b(?:must|should|ought|need to|needs to|have to|has to|duty|duties|obligation|"
                           r"obligations|obliged|responsibility to|wrong|shame|shameful)\b", re.IGNORECASE)
EMOTION = re.compile(r"\b(?:love|loved|hope|hopes|fear|fears|afraid|scared|worried|worry|anxious|tears|cry|cried|"
                     r"grief|heartbroken|heartbreaking|devastated|shocked|proud|happy|sad|lonely|desperate|"
                     r"suffering|pain|trauma|tragic|tragedy)\b", re.IGNORECASE)
NOT_OFFICIAL = ("ordinary_person", "unknown", "activist_advocacy")


def load_development(data: Path) -> tuple[pd.DataFrame, dict, pd.DataFrame, pd.DataFrame]:
    """The development half only: (gold labels, shipped article scores per label, sentences, attributions)."""
    corpus, units, _, _, counts = tag_development(data)
    docs = corpus["doc_id"].tolist()
    shipped = {lab: counts[MAPPING[lab]].to_numpy().astype(float) for lab in LABELS}
    gold = corpus.set_index("doc_id")[LABELS].astype(int).astype(bool).reindex(docs)
    return gold, shipped, units, extract_attributions(units)


def _sentence_flags(units: pd.DataFrame) -> pd.DataFrame:
    """Per sentence: author's first person, deontic words and emotion words, outside and inside quotations."""
    rows = []
    for text in units["text"]:
        spans = quote_spans(text)
        out, inside = mask_spans(text, spans), " ".join(text[s:e] for s, e in spans)
        rows.append({"author_out": bool(AUTHOR.search(out)), "deontic_out": bool(DEONTIC.search(out)),
                     "deontic_in": bool(DEONTIC.search(inside)), "deontic_broad_out": bool(DEONTIC_BROAD.search(out)),
                     "emotion_in": bool(EMOTION.search(inside)), "emotion_out": bool(EMOTION.search(out))})
    return pd.DataFrame(rows, index=units.index).assign(doc_id=units["doc_id"].to_numpy())


def features(units: pd.DataFrame, att: pd.DataFrame, docs: list) -> dict[str, np.ndarray]:
    """Per article structural features (see the module docstring), in the order of ``docs``."""
    def per_doc(s: pd.Series) -> np.ndarray:
        return s.reindex(docs, fill_value=0).to_numpy().astype(float)

    a = att.assign(src=att["source_resolved"].where(att["source_resolved"] != "", att["source"]).str.lower())
    a["first_quote"] = [bool(FIRST_PERSON.search(" ".join(s[x:y] for x, y in quote_spans(s)))) for s in a["sentence"]]
    sentences = np.maximum(per_doc(units.groupby("doc_id").size()), 1)  # an article without sentences: no share
    out = {f"sources_{role}": per_doc(a[a["role"] == role].groupby("doc_id")["src"].nunique())
           for role in ("ordinary_person", "activist_advocacy", "official", "politician", "expert")}
    out["first_person_quotes_not_official"] = per_doc(
        a[a["role"].isin(NOT_OFFICIAL) & a["first_quote"]].groupby("doc_id")["unit_id"].nunique())
    out["attributions"] = per_doc(a.groupby("doc_id").size())
    out["attributions_per_sentence"] = out["attributions"] / sentences
    flags = _sentence_flags(units)
    for col in flags.columns.drop("doc_id"):
        out[f"sentences_{col}"] = per_doc(flags.groupby("doc_id")[col].sum())
    out["share_author_out"] = out["sentences_author_out"] / sentences
    out["share_deontic_out"] = out["sentences_deontic_out"] / sentences
    return out


def rules(ship: dict, x: dict) -> dict[str, tuple[str, np.ndarray]]:
    """The rules tried: name -> (label, additive score) or (label, feature matrix for a logistic regression)."""
    hi, mo, log = ship["HI"], ship["MO"], np.log1p
    ordinary = x["sources_ordinary_person"]
    return {
        "HI + ordinary-person sources (1 each)": ("HI", hi + ordinary),
        "HI + ordinary-person sources (2 each, up to 3)": ("HI", hi + 2 * np.minimum(ordinary, 3)),
        "HI + ordinary-person and activist sources (1 each)": ("HI", hi + ordinary + x["sources_activist_advocacy"]),
        "HI + first-person quotes by non-officials (2 each, up to 3)":
            ("HI", hi + 2 * np.minimum(x["first_person_quotes_not_official"], 3)),
        "HI + sentences with emotion words in quotations": ("HI", hi + x["sentences_emotion_in"]),
        "HI + ordinary sources + first-person quotes + quoted emotion (1 each)":
            ("HI", hi + ordinary + x["first_person_quotes_not_official"] + x["sentences_emotion_in"]),
        "HI + deontic sentences in the outlet's voice (up to 3)": ("HI", hi + np.minimum(x["sentences_deontic_out"], 3)),
        "HI logistic [log score, ordinary sources, first-person quotes, quoted emotion]":
            ("HI", np.column_stack([log(hi), ordinary, x["first_person_quotes_not_official"],
                                    x["sentences_emotion_in"]])),
        "MO + deontic sentences in the outlet's voice (up to 3)": ("MO", mo + np.minimum(x["sentences_deontic_out"], 3)),
        "MO + broad deontic sentences in the outlet's voice (up to 3)":
            ("MO", mo + np.minimum(x["sentences_deontic_broad_out"], 3)),
        "MO + author's first-person sentences (up to 3)": ("MO", mo + np.minimum(x["sentences_author_out"], 3)),
        "MO x (1 - attributions per sentence)": ("MO", mo * (1 - np.minimum(x["attributions_per_sentence"], 1))),
        "MO logistic [log score, attributions per sentence]":
            ("MO", np.column_stack([log(mo), x["attributions_per_sentence"]])),
        "MO logistic [log score, log attributions]": ("MO", np.column_stack([log(mo), log(x["attributions"])])),
        "MO logistic [log score, deontic share, author share, attributions per sentence]":
            ("MO", np.column_stack([log(mo), x["share_deontic_out"], x["share_author_out"],
                                    x["attributions_per_sentence"]])),
    }


def logistic_cv(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """F1 per repeat of a logistic regression on ``x`` with the probability threshold fit on the training folds."""
    from sklearn.linear_model import LogisticRegression

    out = []
    for r in range(REPEATS):
        pred = np.zeros(len(y), dtype=bool)
        for tr, te in _folds(y, r):
            p = LogisticRegression(C=1.0, max_iter=1000).fit(x[tr], y[tr]).predict_proba(x)[:, 1]
            pred[te] = p[te] >= _fit_any(p[tr], y[tr])
        out.append(f1(y, pred))
    return np.array(out)


def _cv(score: np.ndarray, y: np.ndarray) -> np.ndarray:
    if score.ndim == 2:
        return logistic_cv(score, y)
    return repeated_cv_f1(score, y, _fit_f1 if np.allclose(score, np.round(score)) else _fit_any, REPEATS, FOLDS)


def _mean_sd(v: np.ndarray) -> list[float]:
    return [round(float(v.mean()), 4), round(float(v.std()), 4)]


def run(data: Path) -> dict:
    gold, ship, units, att = load_development(data)
    docs = gold.index.tolist()
    y = {lab: gold[lab].to_numpy() for lab in LABELS}
    x = features(units, att, docs)
    base = {lab: _cv(ship[lab], y[lab]) for lab in LABELS}
    base_macro = np.mean([base[lab] for lab in LABELS], axis=0)
    out_rules = {"shipped": {"macro_F1": _mean_sd(base_macro), **{lab: _mean_sd(base[lab]) for lab in LABELS},
                             "roc_auc": {lab: _auc(y[lab], ship[lab]) for lab in LABELS}}}
    for name, (lab, score) in rules(ship, x).items():
        cv = _cv(score, y[lab])
        macro = np.mean([cv if other == lab else base[other] for other in LABELS], axis=0)
        out_rules[name] = {"label": lab, "F1": _mean_sd(cv), "macro_F1": _mean_sd(macro),
                           "macro_F1_minus_shipped": _mean_sd(macro - base_macro),
                           "roc_auc": None if score.ndim == 2 else _auc(y[lab], score)}
    nested = {}
    for lab in ("HI", "MO"):
        options = {"shipped": ship[lab], **{n: s for n, (lb, s) in rules(ship, x).items() if lb == lab and s.ndim == 1}}
        cv, chosen = nested_choice(options, y[lab])
        nested[lab] = {"F1": _mean_sd(cv), "chosen": chosen}
    roles = att.loc[att["role"] != "", "role"].value_counts()
    return {
        "dataset": "frames-dev (Narrative Frames Corpus, development half of nfc_dev.csv; held-out half not read)",
        "n_articles": len(docs), "positives": {lab: int(v.sum()) for lab, v in y.items()},
        "date": _dt.date.today().isoformat(), "repeats": REPEATS, "folds": FOLDS, "fold_seeds": list(range(REPEATS)),
        "attributions": int(len(att)), "attribution_roles": {k: int(v) for k, v in roles.items()},
        "articles_with_an_ordinary_person_source": {
            "HI": int(((x["sources_ordinary_person"] > 0) & y["HI"]).sum()),
            "not HI": int(((x["sources_ordinary_person"] > 0) & ~y["HI"]).sum())},
        "feature_auc": {k: {lab: _auc(y[lab], v) for lab in ("HI", "MO")} for k, v in x.items()},
        "rules": out_rules, "nested_choice_additive_rules": nested,
    }


def markdown(res: dict) -> str:
    lines = [f"Data: {res['dataset']}, {res['n_articles']} articles (positives {res['positives']}); {res['date']}; "
             f"{res['repeats']} x {res['folds']}-fold CV, F1 mean (sd over repeats).", "",
             "| rule | label F1 | AUC | macro-F1 | macro - shipped (paired) |", "|---|---|---|---|---|"]
    ship = res["rules"]["shipped"]
    lines.append(f"| shipped | HI {ship['HI'][0]:.3f} ({ship['HI'][1]:.3f}), MO {ship['MO'][0]:.3f} "
                 f"({ship['MO'][1]:.3f}) | HI {ship['roc_auc']['HI']:.2f}, MO {ship['roc_auc']['MO']:.2f} | "
                 f"{ship['macro_F1'][0]:.3f} ({ship['macro_F1'][1]:.3f}) | |")
    for name, r in list(res["rules"].items())[1:]:
        auc = "" if r["roc_auc"] is None else f"{r['roc_auc']:.2f}"
        lines.append(f"| {name} | {r['F1'][0]:.3f} ({r['F1'][1]:.3f}) | {auc} | {r['macro_F1'][0]:.3f} "
                     f"({r['macro_F1'][1]:.3f}) | {r['macro_F1_minus_shipped'][0]:+.3f} "
                     f"({r['macro_F1_minus_shipped'][1]:.3f}) |")
    lines += ["", "Nested choice between the shipped score and the additive rules (inner 3 x 3 CV):", ""]
    lines += [f"- {lab}: {v['F1'][0]:.3f} ({v['F1'][1]:.3f}), chosen {v['chosen']}"
              for lab, v in res["nested_choice_additive_rules"].items()]
    lines += ["", "ROC AUC of each structural feature alone (HI, MO):", ""]
    lines += [f"- {k}: {v['HI']:.2f}, {v['MO']:.2f}" for k, v in res["feature_auc"].items()]
    return "\n".join(lines)


def main(argv=None) -> None:
    development_cli(argv, __doc__, run, markdown, OUT_JSON)


if __name__ == "__main__":
    main()
