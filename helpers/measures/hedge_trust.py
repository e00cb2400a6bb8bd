"""How far to trust the hedge counts: the committed hand check of the hedge lexicon, as sentences.

Notebook 02 counts hedges (``helpers/data/hedges.yaml``) and compares their rates between groups. The lexicon was
checked against people by ``benchmarks/hedge_check.py``: blind judges said of random hits whether each is a hedge
(precision), blind coders listed every hedge in random whole articles without seeing the hits (recall). The script
writes ``benchmarks/results/hedge_check_v<version>.json``; its ``validation`` block holds the sheets drawn after that
lexicon version was frozen. This module reads the file of the installed lexicon's version and says what it found;
with another lexicon (a study's own ``hedges``) or no results file it says that the counts are unchecked.
"""
from __future__ import annotations

import json
from pathlib import Path

from ..core.paths import PROJECT_ROOT
from ..core.study import study_lexicon_path
from ..core.wording import blind_people, judges_alike, share_of
from .attribution_lexicons import load_hedges

__all__ = ["HEDGE_CHECK_PATTERN", "hedge_check", "hedge_check_sentence", "hedge_caveat"]

HEDGE_CHECK_PATTERN = "benchmarks/results/hedge_check_v{version}.json"
"""The results file of ``benchmarks/hedge_check.py --score`` for one version of the bundled hedge lexicon."""


def hedge_check(path=None, version: int | None = None) -> dict | None:
    """The validation figures of the hand check of the bundled hedge lexicon, or None when there is none.

    Parameters
    ----------
    path : str or Path, optional
        A results file of ``benchmarks/hedge_check.py --score`` (default: :data:`HEDGE_CHECK_PATTERN` for
        ``version`` in the project).
    version : int, optional
        The lexicon version (default: the version of the installed ``hedges.yaml``).

    Returns
    -------
    dict or None
        ``version``, ``computed``, ``precision`` (per validation sheet: ``corpus``, ``earlier`` (rows also drawn for
        an earlier lexicon version) and, per judge, ``hedges`` and ``n``), ``recall`` (per validation sheet: ``articles``, ``words`` and, per coder, ``found`` and ``hedges``);
        None when the file is missing or holds no validation sheet, or (without ``path``) when the active study
        brings its own hedge lexicon, which the check did not read.
    """
    if path is None and study_lexicon_path("hedges") is not None:
        return None
    if version is None:
        version = int(load_hedges()["version"])
    p = Path(path) if path is not None else PROJECT_ROOT / HEDGE_CHECK_PATTERN.format(version=version)
    if not p.is_file():
        return None
    r = json.loads(p.read_text(encoding="utf-8"))
    val = r.get("validation") or {}
    if not val.get("precision") and not val.get("recall"):
        return None
    precision = {}
    for sheet, judges in sorted(val.get("precision", {}).items()):
        meta = r["precision"][f"{sheet}.blind.csv"]
        precision[sheet] = {"corpus": meta["corpus"], "earlier": int(meta.get("rows_in_earlier_sheets", 0)),
                            "judges": [{"hedges": j["hedges"], "n": j["n"]} for _, j in sorted(judges.items())]}
    recall = {}
    for sheet, coders in sorted(val.get("recall", {}).items()):
        meta = r["recall"][f"{sheet}.articles.csv"]
        recall[sheet] = {"corpus": meta["corpus"], "articles": meta["articles"], "words": meta["words"],
                         "coders": [{"found": c["found_by_lexicon"], "hedges": c["hedges"], "ci": c["wilson95"]}
                                    for _, c in sorted(coders.items())]}
    return {"version": r.get("lexicon_version", version), "computed": r["computed"], "precision": precision,
            "recall": recall}


def hedge_check_sentence(path=None, version: int | None = None) -> str:
    """One paragraph on how far the hedge counts agree with people, from the committed hand check.

    Parameters
    ----------
    path, version
        As :func:`hedge_check`.

    Returns
    -------
    str
        Precision on the AllSides validation sheet and on the other corpora's, recall on the validation articles, and
        how to read the rates; or a sentence saying that the hedge lexicon in use was not checked against hand-read
        text.
    """
    r = hedge_check(path, version)
    if r is None:
        return ("The hedge lexicon in use was not checked against hand-read text (no hand check of this lexicon "
                "version is shipped).")
    parts = []
    allsides = [v for v in r["precision"].values() if v["corpus"] == "allsides"]
    others = [v for v in r["precision"].values() if v["corpus"] != "allsides"]
    if allsides:
        js = allsides[0]["judges"]
        seen = allsides[0]["earlier"]
        parts.append(f"of {js[0]['n']} random hits on AllSides"
                     + (f" ({seen} of them also drawn to check an earlier version)" if seen else "") + ", "
                     + judges_alike([j["hedges"] for j in js])
                     + (" were hedges for each of " if len({j["hedges"] for j in js}) == 1 and len(js) > 1
                        else " were hedges for ") + blind_people(len(js), "judge") + " ("
                     + judges_alike([share_of(j["hedges"], j["n"]) for j in js]) + ")")
    if others:
        n = sum(v["judges"][0]["n"] for v in others)
        ks = [sum(v["judges"][i]["hedges"] for v in others) for i in range(len(others[0]["judges"]))]
        corpora = " and ".join(sorted({v["corpus"].replace("-", " ") for v in others}))
        seen = sum(v["earlier"] for v in others)
        parts.append(f"on other topics and sites ({corpora}) " + judges_alike(ks) + f" of {n}"
                     + (f" ({seen} of them also drawn to check an earlier version)" if seen else ""))
    for v in r["recall"].values():
        cs = v["coders"]
        parts.append(f"on {v['articles']} random AllSides articles ({v['words']:,} words) the lexicon finds "
                     + " and ".join(f"{c['found']} of the {c['hedges']}" for c in cs)
                     + f" hedges {blind_people(len(cs), 'coder')} marked without seeing its hits ("
                     + " and ".join(f"{share_of(c['found'], c['hedges'])}, 95% CI {c['ci'][0]:.0%}-{c['ci'][1]:.0%}"
                                    for c in cs) + ")")
    return (f"Hand check of the hedge lexicon (version {r['version']}, computed {r['computed']}; "
            "benchmarks/hedge_check.py): " + "; ".join(parts) + ". The hedges counted are mostly real, but many "
            "hedges are not counted: read hedge rates as comparisons between groups of the listed forms, not as "
            "all of a text's hedging.")


def hedge_caveat(path=None, version: int | None = None) -> str:
    """One clause for a key finding on hedge rates (the report's index).

    Parameters
    ----------
    path, version
        As :func:`hedge_check`.

    Returns
    -------
    str
        The recall of the hand check ("the hedge lexicon finds about 27% of the hedges hand coders mark ..."), or
        that the lexicon in use is not checked against hand-read text.
    """
    r = hedge_check(path, version)
    if r is None or not r["recall"]:
        return "the hedge lexicon in use is not checked against hand-read text"
    found = sum(c["found"] for v in r["recall"].values() for c in v["coders"])
    marked = sum(c["hedges"] for v in r["recall"].values() for c in v["coders"])
    return (f"the hedge lexicon finds about {share_of(found, marked)} of the hedges hand coders mark in random articles "
            "(hand check, notebook 02's section on reporting verbs and hedges): rates compare the listed forms only")
