"""How far the generic-frame labels of sentences agree with blind coders on general news (issue 14bh).

The committed checks are written by ``benchmarks/generic_frames_allsides.py score --set SET --write DATE``: 150
AllSides body sentences per set, each coded by two blind coders from the codebook's definitions and indicator
questions. This module turns them into one sentence that notebook 03 prints beside the generic-frame shares.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

from ..core.paths import PROJECT_ROOT

__all__ = ["GENERIC_CHECK_FILES", "generic_check_sentence"]

GENERIC_CHECK_FILES = ("benchmarks/results/generic_frames_allsides_3305.json",
                       "benchmarks/results/generic_frames_allsides_3306.json",
                       "benchmarks/results/generic_frames_allsides_3307.json",
                       "benchmarks/results/generic_frames_allsides_3308.json")
"""The check sets' results files, relative to the project: random sets whose sentences and errors were never read
(3305-3308; sets 3301-3304 were development data of rounds 14bh-3, 14bh-4 and 14bi; set 3309 is a cue sample of round
14bj, not a random set)."""


def _set_text(r: dict) -> str:
    """'set 3305: 0.50 / 0.44 (first coder's 95% CI 0.42-0.57; recall 0.45 / 0.40; coders' alpha 0.91)' for one
    results file."""
    coders = list(r["coders"].values())
    f1 = " / ".join(f"{c['micro']['F1']:.2f}" for c in coders)
    first = coders[0]["micro"]
    recall = " / ".join(f"{c['micro']['recall']:.2f}" for c in coders)
    alpha = r.get("alpha", {}).get("(pooled)")
    name = r["data"].rsplit(" ", 1)[-1]
    return (f"set {name}: {f1} (first coder's 95% CI {first['F1_ci95'][0]:.2f}-{first['F1_ci95'][1]:.2f}; recall "
            f"{recall}" + (f"; coders' alpha {alpha:.2f}" if isinstance(alpha, (int, float)) else "") + ")")


def generic_check_sentence(paths: Sequence | None = None, version: int | None = None) -> str:
    """One sentence on how the generic-frame tagger's sentence labels agree with blind coders on general news.

    Parameters
    ----------
    paths : sequence of str or Path, optional
        Results files of ``benchmarks/generic_frames_allsides.py score --write`` (default
        :data:`GENERIC_CHECK_FILES` in the project). Missing files are skipped.
    version : int, optional
        The version of the generic codebook in use; when it differs from the version a check was run with, the
        sentence says so (the figures then describe another codebook).

    Returns
    -------
    str
        The sets' size, the tagger's micro F1 against each coder with the first coder's bootstrap interval, recall,
        the coders' agreement (Krippendorff's alpha, pooled) and the date; or a sentence saying that the generic
        labels have not been checked on general news.
    """
    files = [Path(p) for p in paths] if paths is not None else [PROJECT_ROOT / p for p in GENERIC_CHECK_FILES]
    results = [json.loads(p.read_text(encoding="utf-8")) for p in files if p.is_file()]
    if not results:
        return ("The generic-frame labels of sentences have not been checked against hand-coded general news "
                "(no check results file): read them as unvalidated.")
    sizes = sorted({r["n_sentences"] for r in results})
    dates = sorted({r["date"] for r in results if r.get("date")})
    versions = sorted({r["codebook_version"] for r in results})
    text = (f"Checked on general news ({results[0]['data'].split(',')[0]}; {len(results)} held-out set"
            f"{'s' if len(results) > 1 else ''} of {' and '.join(map(str, sizes))} body sentences on many topics, "
            f"each coded blind by two coders; codebook version {', '.join(map(str, versions))}"
            + (f"; computed {', '.join(dates)}" if dates else "") + "), the tagger's generic labels agree with the "
            "coders at micro F1 " + "; ".join(_set_text(r) for r in results) + ". ")
    if version is not None and any(v != version for v in versions):
        text += f"The codebook in use is version {version}, so these figures describe another version. "
    missed: dict[str, int] = {}
    for r in results:
        for c in r["coders"].values():
            for fr, d in c["per_frame"].items():
                missed[fr] = missed.get(fr, 0) + d["n_coded"] - d["tp"]
    total = sum(missed.values())
    top = sorted(missed, key=lambda f: (-missed[f], f))[:2]
    if total:
        text += (f"Of the coders' labels the tagger misses, {sum(missed[f] for f in top) / total:.0%} are "
                 f"{' and '.join(f.replace('_', ' ') for f in top)}. ")
    return text + ("Read generic shares as a comparison between groups tagged the same way, and code a sample of "
                   "your own corpus (notebook 04) before reporting them as levels.")
