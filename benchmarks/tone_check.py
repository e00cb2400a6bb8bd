"""Hand check of sentence tone (notebook 02's tone toward actors) on AllSides: draw, show, score.

Notebook 02 scores each body sentence that names an actor of the study with VADER's compound score (actor names and
naming labels masked) and reports mean tone and the shares of negative (<= -0.05) and positive (>= 0.05) sentences per
group and actor. This script checks that reading against people.

Population: the (sentence, actor) rows of ``helpers.measures.tone.actor_sentences`` on the 2,000 AllSides articles
notebook 02 reads by default (``max_articles=2000``, seed 0, ``group_by=bias_text``) with the AllSides study
``us_politics``; no cap per group and actor; sorted as ``actor_sentences`` sorts them. A draw is
``DataFrame.sample(N, random_state=SEED)``.

Usage (from the project root; needs ``../shared/data/allsides``)::

    .venv/bin/python benchmarks/tone_check.py --draw 1818 --n 120      # writes the blind sheet, prints the context
    .venv/bin/python benchmarks/tone_check.py --score benchmarks/results/tone_check_seed1818.coder1.csv \\
        benchmarks/results/tone_check_seed1818.coder2.csv                 # writes tone_check_seed1818.json

``--draw`` writes ``benchmarks/results/tone_check_seed<S>.blind.csv`` (ids, actor, mention and a 12-digit fingerprint of
the sentence; no article text, which the corpus' README forbids copying) and prints each row's sentence with the sentence before and after it (for the
coders, outside the project). Coders copy the blind sheet and fill ``sentence_tone`` (the tone of the sentence's
wording: negative / neutral / positive) and ``actor_portrayal`` (how the sentence portrays the actor: negative /
neutral / positive), blind to VADER's scores and to each other. ``--score`` recomputes VADER on the drawn rows with the
checked-out code and writes agreement between the coders (Krippendorff's alpha, ordinal) and VADER's three-way label
against each coder and against their consensus (rows where they agree): accuracy, Cohen's kappa, per-label precision
and recall, Spearman correlation of the compound score with the coded scale, with bootstrap intervals over rows.
Drawn rows that a later change of cleaning or sentence splitting moved or removed are listed in the results
(``dropped``) and left out of the scores (``n_rows`` of ``n_rows_drawn``); past 10% of the draw, ``--score`` asks
for a new draw.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
ALLSIDES = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.gz"
RESULTS = ROOT / "benchmarks" / "results"
LABELS = ("negative", "neutral", "positive")
SCALE = {"negative": -1, "neutral": 0, "positive": 1}

from helpers.corpus.devsets import raw_fingerprint  # noqa: E402
from helpers.measures import tone as TN  # noqa: E402
from helpers.notebook.params import check_params  # noqa: E402
from helpers.notebook.prepare import prepare_corpus  # noqa: E402
from helpers.report.plan import notebook_defaults  # noqa: E402
from helpers.stats.agreement import category_scores  # noqa: E402
from helpers.text.lexicon import load_study_lexicon  # noqa: E402


def population(mask_names: bool = False) -> tuple[pd.DataFrame, pd.DataFrame, pd.Series]:
    """Sentences, the (sentence, actor) rows and their masked VADER scores (same index as the rows); with
    ``mask_names`` capitalised multi-word names (``tone.name_spans``) are masked too (issue 12bd-u's candidate)."""
    ns = {**notebook_defaults(ROOT / "notebooks" / "02_outlets.ipynb"),  # notebook 02's defaults, then the check's
          "corpus": str(ALLSIDES), "group_by": "bias_text", "max_articles": 2000, "seed": 0, "output_dir": None,
          "study": "us_politics"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        P = check_params(ns, "02_outlets")
        units = prepare_corpus(P, unit="sentence").units
    actors = load_study_lexicon("actors")
    mentions = TN.actor_mentions(units, ["outlet", "group"], actors)
    hits = TN.find_labels(units, TN.load_labels())
    rows = TN.actor_sentences(units, mentions, "group")
    masks = TN.tone_masks(rows, mentions, hits, names=mask_names)
    rows = rows.merge(mentions.groupby(["doc_id", "unit_id", "actor"], sort=False)["mention"].first().reset_index(),
                      on=["doc_id", "unit_id", "actor"], how="left")
    return units, rows, TN.score_tone(rows, masks)


MAX_DROPPED = 0.10
"""A draw is scored without the rows no longer in the population only while they are at most this share of it."""


sentence_sha = raw_fingerprint
"""The fingerprint of a drawn sentence (:func:`helpers.corpus.devsets.raw_fingerprint`): ties a row to its sentence
without copying the text."""


def match_drawn(sheet: pd.DataFrame, rows: pd.DataFrame, units: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray, list]:
    """The drawn rows matched to today's population, and which of them are still the sentences that were coded.

    A row is kept when (doc_id, unit_id, actor) is still a row of the population, its first mention of the actor
    is the one written on the sheet, and (for sheets drawn since session 77, which carry ``sentence_sha``) its
    sentence's fingerprint is unchanged. A later change of cleaning or sentence splitting can move or remove a
    drawn sentence: draw 2020's caption of a CNN photo gallery, since removed as furniture, and a sentence whose
    number moved by one. Such rows are listed, never scored against another sentence's codes.

    Returns
    -------
    base : DataFrame
        The sheet's ``row`` and key with today's ``tone`` (NaN where gone), in the sheet's order.
    kept : ndarray of bool
    dropped : list of dict
        ``row``, ``doc_id``, ``unit_id``, ``actor`` and ``why`` of each row not kept.
    """
    key = ["doc_id", "unit_id", "actor"]
    pop = rows[key + ["tone", "mention"]].drop_duplicates(key).rename(columns={"mention": "mention_now"})
    text = units.assign(unit_id=units["unit_id"].astype(str)).set_index(["doc_id", "unit_id"])["text"]
    cols = key + ["row"] + [c for c in ("mention", "sentence_sha") if c in sheet.columns]
    base = sheet[cols].merge(pop, on=key, how="left", validate="one_to_one")
    kept, dropped = [], []
    for r in base.itertuples(index=False):
        why = ""
        if pd.isna(r.tone):
            why = "no longer a sentence naming the actor"
        elif "mention" in base.columns and r.mention and r.mention != r.mention_now:
            why = f"the actor's first mention is now {r.mention_now!r}, not {r.mention!r}"
        elif "sentence_sha" in base.columns and sentence_sha(text.get((r.doc_id, r.unit_id), "")) != r.sentence_sha:
            why = "the sentence changed"
        kept.append(not why)
        if why:
            dropped.append({"row": int(r.row), "doc_id": r.doc_id, "unit_id": r.unit_id, "actor": r.actor, "why": why})
    return base, np.array(kept, dtype=bool), dropped


def draw(seed: int, n: int) -> None:
    """Write the blind sheet of a draw and print its rows with context."""
    units, rows, _ = population()
    d = rows.sample(n, random_state=seed).reset_index(drop=True)
    sheet = d[["doc_id", "unit_id", "group", "actor", "mention"]].copy()
    text = units.set_index(["doc_id", "unit_id"])["text"]
    sheet["sentence_sha"] = [sentence_sha(text[(r.doc_id, r.unit_id)]) for r in sheet.itertuples()]
    sheet.insert(0, "row", range(len(sheet)))
    sheet.insert(0, "sample", f"tone_seed{seed}")
    sheet["sentence_tone"], sheet["actor_portrayal"], sheet["note"] = "", "", ""
    out = RESULTS / f"tone_check_seed{seed}.blind.csv"
    sheet.to_csv(out, index=False)
    text = units.set_index(["doc_id", "unit_id"])["text"]
    for r in sheet.itertuples():
        print(f"=== row {r.row}  doc {r.doc_id} u{r.unit_id}  actor: {r.actor} (mention: {r.mention!r})")
        for u in (r.unit_id - 1, r.unit_id, r.unit_id + 1):
            if (r.doc_id, u) in text.index:
                print(("  >> " if u == r.unit_id else "     ") + text[(r.doc_id, u)])
    print(f"wrote {out.relative_to(ROOT)} ({len(sheet)} rows)", file=sys.stderr)


def score(paths: list[Path], mask_names: bool = False) -> dict:
    """Agreement of the coders and VADER against them; writes ``tone_check_seed<S>.json`` beside the sheets
    (``tone_check_seed<S>.names.json`` with ``mask_names``)."""
    import krippendorff

    sheets = [pd.read_csv(p, dtype=str, keep_default_na=False) for p in paths]
    for p, s in zip(paths, sheets):
        for col in ("sentence_tone", "actor_portrayal"):
            bad = sorted(set(s[col].str.strip().str.lower()) - set(LABELS))
            if bad:
                sys.exit(f"{p}: column {col} holds {bad}; write negative, neutral or positive in every row")
    units, rows, tone = population(mask_names)
    rows = rows.assign(tone=tone, unit_id=rows["unit_id"].astype(str))
    base, kept, dropped = match_drawn(sheets[0], rows, units)
    if len(dropped) > MAX_DROPPED * len(base):
        sys.exit(f"{len(dropped)} of {len(base)} drawn rows are no longer in the population (cleaning or sentence "
                 "splitting changed since the draw): more than 10%, so draw a new sample with --draw")
    base = base[kept].reset_index(drop=True)
    sheets = [s[kept].reset_index(drop=True) for s in sheets]
    compound = base["tone"].to_numpy()
    vader = TN.tone_label(compound)
    out = {"dataset": "AllSides (a 2,000-article sample drawn as notebook 02 draws its default one, study us_politics)", "computed": dt.date.today().isoformat(),
           "masks": "actor names, naming labels" + (", capitalised multi-word names" if mask_names else ""),
           "sample": sheets[0]["sample"].iloc[0],
           "coders": [p.name for p in paths], "n_rows": int(len(base)), "n_rows_drawn": int(len(kept)),
           "dropped": dropped,
           "vader_thresholds": {"negative": "<= -0.05", "positive": ">= 0.05"}}
    for col in ("sentence_tone", "actor_portrayal"):
        codes = [s[col].str.strip().str.lower().to_numpy() for s in sheets]
        res = {}
        if len(codes) > 1:
            data = np.array([[SCALE[x] for x in c] for c in codes], dtype=float)
            res["alpha_ordinal"] = round(float(krippendorff.alpha(reliability_data=data,
                                                                  level_of_measurement="ordinal")), 3)
            res["coders_agree"] = int((codes[0] == codes[1]).sum())
        else:
            res["alpha_ordinal"] = "only one coder: agreement cannot be computed"
        def scores(ref, pred, vals):
            return category_scores(ref, pred, LABELS, values=vals, scale=SCALE, n_boot=2000, seed=0)

        for i, c in enumerate(codes, start=1):
            res[f"vader_vs_coder{i}"] = scores(c, vader, compound)
        if len(codes) > 1:
            agree = codes[0] == codes[1]
            res["vader_vs_consensus"] = scores(codes[0][agree], vader[agree], compound[agree])
        out[col] = res
    seed = str(out["sample"]).replace("tone_seed", "")
    dest = RESULTS / f"tone_check_seed{seed}{'.names' if mask_names else ''}.json"
    dest.write_text(json.dumps(out, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps(out, indent=1, sort_keys=True))
    print(f"wrote {dest.relative_to(ROOT)}", file=sys.stderr)
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--draw", type=int, metavar="SEED", help="draw a new sample with this random_state")
    ap.add_argument("--n", type=int, default=120, help="rows to draw (default 120)")
    ap.add_argument("--score", type=Path, nargs="+", metavar="SHEET", help="coded sheets of one draw to score")
    ap.add_argument("--mask-names", action="store_true",
                    help="with --score: also mask capitalised multi-word names (issue 12bd-u's candidate)")
    args = ap.parse_args(argv)
    if not ALLSIDES.exists():
        sys.exit(f"{ALLSIDES} not found: the tone check needs ../shared/data/allsides beside the project")
    if args.draw is None and not args.score:
        sys.exit("give --draw SEED (a new sample) or --score SHEET [SHEET] (coded sheets)")
    if args.draw is not None:
        draw(args.draw, args.n)
    else:
        score(args.score, args.mask_names)


if __name__ == "__main__":
    main()
