"""Corrected tone shares on AllSides: the tone check's coded draw as a coded random sample (issue 14, item 2).

Notebook 02 reports, per group and actor, the shares of negative and positive sentences by VADER's compound score
(masked). The tone check (``benchmarks/tone_check.py``) drew 120 of the (sentence, actor) rows of notebook 02's
AllSides run with the study ``us_politics`` (2,000 articles, ``group_by bias_text``) at random
(``DataFrame.sample(120, random_state=2020)``), and two blind coders coded each row's ``sentence_tone`` (the tone of
the sentence's wording: negative, neutral or positive; ``tone_check_seed2020.coder1.csv``, ``.coder2.csv``). Draw
2020 is the one no rule was developed on (1818 and 1919 were read while the masks were written), so it is used alone.
A coded row that today's segmenter and cleaner no longer produce is left out and listed (up to :data:`MAX_GONE`).
The codes are the estimators' input of ``python -m helpers.validation score --measure tone``
(:func:`helpers.validation.cli.sheet_results`): alpha per code, VADER against the coders' consensus, naive and
prediction-powered shares per bias rating and for the whole population.

Usage (needs ``../shared/data/allsides``; about two minutes)::

    .venv/bin/python benchmarks/tone_shares_corrected.py [--write 2026-12-07]

``--write DATE`` stores the figures (no text) in ``benchmarks/results/tone_shares_corrected_allsides.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from role_shares_corrected import records  # noqa: E402

from helpers.measures import tone as TN  # noqa: E402
from helpers.validation import tone_sheets as T  # noqa: E402
from helpers.validation.cli import sheet_results  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
OUT = RESULTS / "tone_shares_corrected_allsides.json"
DRAW = 2020
MAX_GONE = 5
"""Coded rows the current segmenter and cleaner no longer produce are left out (reported), up to this many; more
means the population has moved too far from the draw's, which then needs re-drawing."""


def draw_codes(seed: int = DRAW) -> pd.DataFrame:
    """Long 0/1 codes (``coder``, ``unit_key``, ``label``, ``value``) of the two coders' ``sentence_tone``."""
    rows = []
    for i in (1, 2):
        d = pd.read_csv(RESULTS / f"tone_check_seed{seed}.coder{i}.csv", dtype=str, keep_default_na=False)
        key = d["doc_id"] + ":" + d["unit_id"] + ":" + d["actor"]
        code = d["sentence_tone"].str.strip().str.lower()
        bad = sorted(set(code) - set(T.TONE_LABELS))
        if bad:
            raise ValueError(f"coder {i}: codes {bad} are not tones")
        for lab in T.TONE_LABELS:
            rows.append(pd.DataFrame({"coder": f"coder_{i}", "unit_key": key, "label": lab,
                                      "value": (code == lab).astype(int)}))
    return pd.concat(rows, ignore_index=True)


def run(population: tuple | None = None) -> dict:
    """The figures: agreement, VADER's scores and the shares per bias rating and for the whole population."""
    import tone_check

    _, rows, compound = population if population is not None else tone_check.population(mask_names=True)
    rows = rows.assign(tone=TN.tone_label(compound.to_numpy()))
    rows["unit_key"] = rows["doc_id"].astype(str) + ":" + rows["unit_id"].astype(str) + ":" + rows["actor"].astype(str)
    rows = rows.drop_duplicates("unit_key")
    pred = T.tone_predictions(rows)
    codes = draw_codes()
    missing = sorted(set(codes["unit_key"]) - set(pred.index))
    if len(missing) > MAX_GONE:
        raise SystemExit(f"{len(missing)} coded rows (e.g. {missing[0]}) are not in today's population: re-draw.")
    codes = codes[~codes["unit_key"].isin(missing)]
    groups = pd.Series(rows["group"].astype(str).to_numpy(), index=pred.index)
    by_group = sheet_results(codes, pred, groups, seed=0)
    whole = sheet_results(codes, pred, None, seed=0)
    return {
        "dataset": "AllSides, a 2,000-article sample drawn as notebook 02 draws its default one, with the study us_politics (group_by bias_text, "
                   f"max_articles 2000, seed 0); {len(pred):,} (sentence, actor) rows, VADER with notebook 02's masks",
        "draw": DRAW,
        "coded_units": int(codes["unit_key"].nunique()),
        "coded_rows_no_longer_found": missing,
        "coders": "the two blind coders of tone_check_seed2020 (sentence_tone)",
        "agreement": records(by_group["agreement"]),
        "scores": records(by_group["scores"]),
        "shares": records(pd.concat([by_group["shares"], whole["shares"]], ignore_index=True)),
    }


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", default="", help="date: store the figures in " + OUT.name)
    args = ap.parse_args(argv)
    res = run()
    if args.write:
        OUT.write_text(json.dumps({"date": args.write, **res}, indent=1, default=str) + "\n")
    cols = ["label", "group", "n_units", "n_coded", "naive", "corrected", "corrected_low", "corrected_high"]
    print(res["dataset"], f"| coded: {res['coded_units']} rows of draw {DRAW}")
    print(pd.DataFrame(res["agreement"])[["label", "units", "alpha"]].to_string(index=False))
    print(pd.DataFrame(res["scores"]).to_string(index=False))
    print(pd.DataFrame(res["shares"])[cols].to_string(index=False))


if __name__ == "__main__":
    main()
