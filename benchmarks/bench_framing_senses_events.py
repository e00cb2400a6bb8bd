"""Issue 14w: the two exceptions to the name rule, checked off topic on AllSides.

Run on demand (not in CI), from the project root::

    .venv/bin/python benchmarks/bench_framing_senses_events.py [--allsides ../shared/data/allsides/articles.jsonl.gz]
    .venv/bin/python benchmarks/bench_framing_senses_events.py --summary-only

Issue 14w added two exceptions to the ``name`` sense rule of :mod:`helpers.framing.senses`: a cue that heads an
event's name ("the first Gulf War", "the Cold War": ``event``) and a cue that opens the sentence before a
lower-case link word ("Critics of Mr Barr said": ``opener``) count again. On the 3,000 random AllSides
articles of issue 14v (seed 14; :func:`bench_framing_senses.allsides_units`) this script finds the frame-cue hits
(all codebooks) that each exception gives back, and draws up to :data:`N_JUDGE` of each at random (seed
:data:`DRAW_SEED`) with their sentence into ``benchmarks/results/framing_senses_events_allsides.csv`` for
judging by hand (``wrong_sense``: ``yes`` when the word, as used there, does not carry its frame). The frames-dev
development figures are in ``benchmarks/bench_framing_robust.py`` (unchanged by these exceptions).

Output: ``benchmarks/results/bench_framing_senses_events_results.json`` (counts, and the judged summary once the file is
filled in).
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as _dt
import json
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_framing_senses import ALLSIDES, allsides_units, judged_summary  # noqa: E402

from helpers import framing as F  # noqa: E402
from helpers.framing import senses as SENSES  # noqa: E402

OUT_JSON = ROOT / "benchmarks" / "results" / "bench_framing_senses_events_results.json"
JUDGED = ROOT / "benchmarks" / "results" / "framing_senses_events_allsides.csv"
N_JUDGE = 20
DRAW_SEED = 2
"""Seed of the draw: 1 for the first draw (judged; it showed the opener exception giving back names joined by
"and", "Health and Human Services", "Fairness and Accuracy in Reporting", which were then excluded), 2 for the
draw judged after that fix (the event exception was not changed)."""
EXCEPTIONS = {"event": "_event_name", "opener": "_opens_sentence_before_link"}


@contextlib.contextmanager
def _without(names: list[str]):
    """The name rule with the given exceptions of :data:`EXCEPTIONS` switched off."""
    keep = {n: getattr(SENSES, EXCEPTIONS[n]) for n in names}
    for n in names:
        setattr(SENSES, EXCEPTIONS[n], lambda text, start, end: False)
    try:
        yield
    finally:
        for n, f in keep.items():
            setattr(SENSES, EXCEPTIONS[n], f)


def restored(path: Path) -> tuple[dict, pd.DataFrame]:
    """Hits each exception gives back to the name rule, and the draw to judge."""
    corpus, units = allsides_units(path)
    books = F.load_codebooks()
    key = ["unit", "lexicon", "entry", "start", "end"]

    def named(off: list[str]) -> pd.DataFrame:
        with _without(off):
            c = F.find_cues(units, books, senses=("name",))
        c = c[c["lexicon"].isin(list(books))]
        return c.loc[c["sense"] == "name", key + ["cue"]]

    now = named([])
    counts = {"articles": int(corpus.shape[0]), "sentences": int(len(units)), "removed_by_name_rule": int(len(now))}
    picks = []
    for exc in EXCEPTIONS:
        before = named([exc])
        back = before.merge(now[key], on=key, how="left", indicator=True)
        back = back[back["_merge"] == "left_only"].drop(columns="_merge")
        counts[f"restored_{exc}"] = int(len(back))
        counts[f"restored_{exc}_distinct_words"] = int(back["cue"].astype(str).str.lower().nunique())
        hit = back.drop_duplicates(["unit", "start", "end"])
        take = hit.sample(min(N_JUDGE, len(hit)), random_state=DRAW_SEED).sort_values(["unit", "start"])
        for h in take.itertuples():
            picks.append({"draw": DRAW_SEED, "rule": exc, "doc_id": units["doc_id"].iat[h.unit],
                          "unit_id": int(units["unit_id"].iat[h.unit]), "lexicon": h.lexicon, "frame": h.entry,
                          "cue": h.cue, "sentence": " ".join(units["text"].iat[h.unit].split()), "wrong_sense": ""})
    return counts, pd.DataFrame(picks)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--allsides", type=Path, default=ALLSIDES)
    ap.add_argument("--summary-only", action="store_true", help="re-read the judged file into the result file")
    args = ap.parse_args(argv)
    res = json.loads(OUT_JSON.read_text()) if OUT_JSON.is_file() else {}
    if not args.summary_only:
        if not args.allsides.is_file():
            raise SystemExit(f"{args.allsides} not found: pass --allsides with the AllSides articles file.")
        counts, picks = restored(args.allsides)
        JUDGED.parent.mkdir(parents=True, exist_ok=True)
        if JUDGED.is_file():  # keep the earlier draws and their judgements
            earlier = pd.read_csv(JUDGED, keep_default_na=False)
            picks = pd.concat([earlier[earlier["draw"] != DRAW_SEED], picks], ignore_index=True)
        picks.to_csv(JUDGED, index=False)
        res = {"dataset": "3,000 random AllSides articles (seed 14)", "date": _dt.date.today().isoformat(),
               "counts": counts}
    if JUDGED.is_file():
        judged = pd.read_csv(JUDGED, keep_default_na=False)
        done = judged[judged["wrong_sense"] != ""]
        if len(done):
            res["judged"] = judged_summary(done)
    OUT_JSON.write_text(json.dumps(res, indent=1) + "\n")
    print(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
