"""Corrected source-role shares on AllSides and climate articles: the judged role checks as a coded random sample.

Issue 14, item 2. Notebook 02 reports, per group, the share of sources of each role as the rules type them. The role checks
(``benchmarks/results/role_check_seed<S>.csv`` and ``.judge2.csv``) are simple random draws of 50 attributions from
the population of :func:`role_check_draw.population` ("allsides": the 2,000 AllSides articles notebook 02 reads with
``group_by bias_text``, ``max_articles 2000``, ``seed 0``), each judged by two blind helpers under
``benchmarks/results/role_check_protocol.md``. A judge's ``reader_role`` is the speaker's role whatever the rules
said (``not_attribution`` for a row judged no attribution), so the draws are a coded random sample of the
population, and the estimators of ``python -m helpers.validation score --measure source_roles``
(:func:`helpers.validation.cli.sheet_results`: Krippendorff's alpha between the two judges, the rules against their
consensus, naive and prediction-powered shares per group) apply unchanged.

Only draws whose rows the current rules still produce are usable; by default the draws judged at the rules of today's
population (seeds 1409-1429, eleven draws; round 12er2, merged before 1419, changed none of the earlier draws' rows).
A row drawn twice (by two seeds) counts once, with the codes of its first draw. Usage (needs
``../shared/data/allsides``; about three minutes to rebuild the population)::

    .venv/bin/python benchmarks/role_shares_corrected.py [--draws 1409-1429] [--write 2026-12-07]

``--write DATE`` stores the figures (no text) in ``benchmarks/results/role_shares_corrected_allsides.json``. With
``--corpus climate`` the same is done for the role checks of the climate articles of frames-dev (draws 1-9, all of
them: today's rules give their 450 rows the roles they had when judged; ``role_shares_corrected_climate.json``).
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

from helpers.measures.source_roles import load_roles  # noqa: E402
from helpers.validation import roles as R  # noqa: E402
from helpers.validation.cli import sheet_results  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
CORPORA = {
    "allsides": {"draws": list(range(1409, 1431, 2)), "step": 2, "prefix": "role_check_seed",
                 "dataset": "AllSides, a 2,000-article sample drawn as notebook 02 draws its default one (group_by bias_text, max_articles 2000, "
                            "seed 0)"},
    "climate": {"draws": list(range(1, 10)), "step": 1, "prefix": "role_check_climate_seed",
                "dataset": "frames-dev, the 214 climate-change articles of the Narrative Frames Corpus (33 outlets, "
                           "group_by outlet)"},
}
"""Per corpus of :func:`role_check_draw.population`: the draws judged at the rules of today's population (AllSides: odd
seeds 1409-1429; climate: draws 1-9, whose 450 rows today's rules type as they did when judged), the step between
draw seeds, the draw files' prefix and the data set's name."""
DRAWS = CORPORA["allsides"]["draws"]


def out_path(corpus: str) -> Path:
    """The results file of ``corpus``."""
    return RESULTS / f"role_shares_corrected_{corpus}.json"


def draw_codes(draws: list[int], labels: list[str], prefix: str = "role_check_seed") -> pd.DataFrame:
    """Long 0/1 codes (``coder``, ``unit_key``, ``label``, ``value``) of the two judges of ``draws`` (files
    ``<prefix><S>.csv`` and ``.judge2.csv``); a unit drawn by two seeds keeps the codes of the first."""
    rows = []
    for judge, suffix in (("judge_1", ".csv"), ("judge_2", ".judge2.csv")):
        frames = []
        for s in draws:
            d = pd.read_csv(RESULTS / f"{prefix}{s}{suffix}", dtype=str, keep_default_na=False)
            d["unit_key"] = d["doc_id"] + ":" + d["unit_id"] + ":" + d["verb_start"]
            frames.append(d)
        d = pd.concat(frames, ignore_index=True).drop_duplicates("unit_key")
        code = d["reader_role"].where(d["is_attribution"].str.lower().eq("yes"), R.NOT_ATTRIBUTION)
        bad = sorted(set(code) - set(labels))
        if bad:
            raise ValueError(f"{judge}: codes {bad} are not role codes; expected {labels}")
        for lab in labels:
            rows.append(pd.DataFrame({"coder": judge, "unit_key": d["unit_key"], "label": lab,
                                      "value": (code == lab).astype(int)}))
    return pd.concat(rows, ignore_index=True)


def records(df: pd.DataFrame) -> list[dict]:
    """``df``'s rows as JSON-ready dicts: a missing value (no score, no interval) is ``null``, not ``NaN`` (also used by
    ``tone_shares_corrected.py``)."""
    return df.astype(object).where(df.notna(), None).to_dict(orient="records")


def run(draws: list[int], population: tuple | None = None, corpus: str = "allsides") -> dict:
    """The figures: agreement, the rules' scores and the shares per group (bias rating, outlet) and for the whole
    population."""
    import role_check_draw

    lex = load_roles()
    labels = R.role_labels(lex)
    units, att = population if population is not None else role_check_draw.population(corpus)
    ru = R.role_units(att)
    pred = R.role_predictions(ru, labels)
    codes = draw_codes(draws, labels, CORPORA[corpus]["prefix"])
    missing = sorted(set(codes["unit_key"]) - set(pred.index))
    if missing:
        raise SystemExit(f"{len(missing)} judged rows (e.g. {missing[0]}) are not in today's population: those draws "
                         "were made at other rules; leave them out of --draws.")
    groups = pd.Series(ru["group"].astype(str).to_numpy(), index=pred.index)
    by_group = sheet_results(codes, pred, groups, seed=0)
    whole = sheet_results(codes, pred, None, seed=0)
    shares = pd.concat([by_group["shares"], whole["shares"]], ignore_index=True)
    return {
        "dataset": f"{CORPORA[corpus]['dataset']}; {len(pred):,} attributions with a role",
        "draws": draws,
        "coded_units": int(codes["unit_key"].nunique()),
        "coders": f"the two blind judges of each draw ({CORPORA[corpus]['prefix']}<S>.csv, .judge2.csv)",
        "agreement": records(by_group["agreement"]),
        "scores": records(by_group["scores"]),
        "shares": records(shares),
    }


def _draws(text: str, step: int) -> list[int]:
    lo, _, hi = text.partition("-")
    return list(range(int(lo), int(hi or lo) + 1, step))


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", choices=sorted(CORPORA), default="allsides", help="the role checks' corpus")
    ap.add_argument("--draws", default="", help="draw seeds, e.g. 1409-1429 (AllSides: odd seeds) or 1-9 (climate)")
    ap.add_argument("--write", default="", help="date: store the figures in role_shares_corrected_<corpus>.json")
    args = ap.parse_args(argv)
    conf = CORPORA[args.corpus]
    args.draws = _draws(args.draws, conf["step"]) if args.draws else conf["draws"]
    res = run(args.draws, corpus=args.corpus)
    if args.write:
        out_path(args.corpus).write_text(json.dumps({"date": args.write, **res}, indent=1, default=str) + "\n")
    sh = pd.DataFrame(res["shares"])
    cols = ["label", "group", "n_units", "n_coded", "naive", "corrected", "corrected_low", "corrected_high"]
    print(res["dataset"], f"| coded: {res['coded_units']} attributions of draws {args.draws[0]}-{args.draws[-1]}")
    print(pd.DataFrame(res["agreement"])[["label", "units", "alpha"]].to_string(index=False))
    print(pd.DataFrame(res["scores"]).to_string(index=False))
    print(sh[cols].to_string(index=False))


if __name__ == "__main__":
    main()
