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

``--draw`` writes ``benchmarks/results/tone_check_seed<S>.blind.csv`` (ids, actor, mention; no article text, which
the corpus' README forbids copying) and prints each row's sentence with the sentence before and after it (for the
coders, outside the project). Coders copy the blind sheet and fill ``sentence_tone`` (the tone of the sentence's
wording: negative / neutral / positive) and ``actor_portrayal`` (how the sentence portrays the actor: negative /
neutral / positive), blind to VADER's scores and to each other. ``--score`` recomputes VADER on the drawn rows with the
checked-out code and writes agreement between the coders (Krippendorff's alpha, ordinal) and VADER's three-way label
against each coder and against their consensus (rows where they agree): accuracy, Cohen's kappa, per-label precision
and recall, Spearman correlation of the compound score with the coded scale, with bootstrap intervals over rows.
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


def draw(seed: int, n: int) -> None:
    """Write the blind sheet of a draw and print its rows with context."""
    units, rows, _ = population()
    d = rows.sample(n, random_state=seed).reset_index(drop=True)
    sheet = d[["doc_id", "unit_id", "group", "actor", "mention"]].copy()
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
    key = ["doc_id", "unit_id", "actor"]
    for p, s in zip(paths, sheets):
        for col in ("sentence_tone", "actor_portrayal"):
            bad = sorted(set(s[col].str.strip().str.lower()) - set(LABELS))
            if bad:
                sys.exit(f"{p}: column {col} holds {bad}; write negative, neutral or positive in every row")
    _, rows, tone = population(mask_names)
    rows = rows.assign(tone=tone, unit_id=rows["unit_id"].astype(str))
    base = sheets[0][key + ["row"]].merge(rows[key + ["tone"]].drop_duplicates(key), on=key, how="left",
                                          validate="one_to_one")
    if base["tone"].isna().any():
        sys.exit(f"{int(base['tone'].isna().sum())} drawn rows are no longer in the population: re-draw")
    compound = base["tone"].to_numpy()
    vader = TN.tone_label(compound)
    out = {"dataset": "AllSides (2,000 articles of notebook 02, study us_politics)", "computed": dt.date.today().isoformat(),
           "masks": "actor names, naming labels" + (", capitalised multi-word names" if mask_names else ""),
           "sample": sheets[0]["sample"].iloc[0],
           "coders": [p.name for p in paths], "n_rows": int(len(base)),
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
