"""How far to trust the reporting-verb categories: the committed hand check of the verb lexicon, as sentences.

Notebook 02 sorts each attribution's reporting expression into a category of ``helpers/data/reporting_verbs.yaml``
(*neutral*, *loaded*, *manner*, *belief*) and compares the categories' rates between groups. ``benchmarks/verb_check.py``
checked the categories against people: blind judges put the expression of randomly drawn attributions (a draw
stratified by the lexicon's category) into a category by its sentence, without seeing the lexicon's. The script writes
``benchmarks/results/verb_check.json``. This module reads it and says, per category, how often the judges confirmed
the lexicon; with a study's own verb lexicon or no results file it says that the categories are unchecked.
"""
from __future__ import annotations

import json
from pathlib import Path

from ..core.paths import PROJECT_ROOT
from ..core.study import study_lexicon_path
from ..core.wording import CHECK_CORPUS_NAMES, blind_people, judges_alike, share_of
from .attribution_lexicons import load_verbs

__all__ = ["VERB_CHECK_FILE", "VERB_CATEGORIES", "verb_check", "verb_check_sentence", "verb_caveat"]

VERB_CHECK_FILE = "benchmarks/results/verb_check.json"
"""The results file of ``benchmarks/verb_check.py --score``."""

VERB_CATEGORIES = ("loaded", "manner", "belief", "neutral")
"""The categories in the order the sentences name them (the measures of interest first)."""


def verb_check(path=None) -> dict | None:
    """The figures of the hand check of the bundled reporting-verb categories, or None when there is none.

    Parameters
    ----------
    path : str or Path, optional
        A results file of ``benchmarks/verb_check.py --score`` (default: :data:`VERB_CHECK_FILE` in the project).

    Returns
    -------
    dict or None
        ``computed``, ``lexicon_version`` (the installed lexicon's) and ``sheets``: per judged sheet drawn with the
        installed lexicon's categories (AllSides first; sheets drawn with another version are left out), ``corpus``, ``rows``, ``kappa`` (between the first two judges,
        or None) and ``judges``, a list with per judge ``by_category`` (category -> ``(confirmed, n)``),
        ``no_report`` (category -> rows the judge read as no report at all), ``agreement`` and ``agreement_ci95``
        (conservative bounds; the share of all the corpus's attributions whose category the judge
        confirms, weighting each stratum by its size) and ``recall`` (category -> the share of the verbs the judge
        puts in that category that the lexicon puts there, with ``recall_ci95``). None when the file is missing or
        holds no judged sheet drawn with the installed version, or (without ``path``) when the active study brings its own verb lexicon, which the
        check did not read.
    """
    if path is None and study_lexicon_path("reporting_verbs") is not None:
        return None
    p = Path(path) if path is not None else PROJECT_ROOT / VERB_CHECK_FILE
    if not p.is_file():
        return None
    r = json.loads(p.read_text(encoding="utf-8"))
    installed = int(load_verbs()["version"])
    sheets = []
    for name, s in sorted(r.get("sheets", {}).items(), key=lambda kv: (kv[1]["corpus"] != "allsides", kv[0])):
        if s.get("lexicon_version_drawn", installed) != installed:
            continue  # a check of another version's categories (development data for this one)
        judges = []
        for _, j in sorted(s["judges"].items()):
            pop = j["population"]
            judges.append({"by_category": {c: (j["by_category"][c]["confirmed"], j["by_category"][c]["n"])
                                           for c in VERB_CATEGORIES if c in j["by_category"]},
                           "no_report": {c: int(j["by_category"][c].get("judged_as", {}).get("none", 0))
                                         for c in VERB_CATEGORIES if c in j["by_category"]},
                           "agreement": pop["agreement"], "agreement_ci95": pop["agreement_ci95"],
                           "recall": {c: (pop["labels"][c]["recall"], pop["labels"][c]["recall_ci95"])
                                      for c in VERB_CATEGORIES if c in pop["labels"]}})
        if judges:
            sheets.append({"corpus": s["corpus"], "rows": s["rows"], "judges": judges,
                           "kappa": (s.get("agreement_between_judges") or {}).get("kappa")})
    if not sheets:
        return None
    return {"computed": r["computed"], "lexicon_version": installed, "sheets": sheets}


def _sheet_clause(s: dict) -> str:
    js = s["judges"]
    parts = []
    for c in VERB_CATEGORIES:
        if c not in js[0]["by_category"]:
            continue
        n = js[0]["by_category"][c][1]
        ks = [j["by_category"][c][0] for j in js]
        parts.append(f"{c} {judges_alike(ks)} of {n}")
    agree = judges_alike([f"{j['agreement']:.0%} ({j['agreement_ci95'][0]:.0%}-{j['agreement_ci95'][1]:.0%})" for j in js])
    none = [f"{c} {judges_alike([j['no_report'][c] for j in js])}" for c in VERB_CATEGORIES
            if c in js[0]["no_report"] and any(j["no_report"][c] for j in js)]
    kappa = f", kappa between the judges {s['kappa']:.2f}" if s["kappa"] is not None else ""
    who = "the judges put" if len(js) > 1 else "the judge puts"
    return (f"on {CHECK_CORPUS_NAMES.get(s['corpus'], s['corpus'])} ({s['rows']} random attributions, drawn per category; "
            f"{blind_people(len(js), 'judge')}{kappa}) {who} the expression in the lexicon's category for "
            f"{', '.join(parts)}" + (f" (read as no report at all: {', '.join(none)})" if none else "")
            + f"; weighted by how common each category is, for {agree} of all attributions")


def verb_check_sentence(path=None) -> str:
    """One paragraph on how far the reporting-verb categories agree with people, from the committed hand check.

    Parameters
    ----------
    path : str or Path, optional
        As :func:`verb_check`.

    Returns
    -------
    str
        Per corpus and category, how many drawn attributions the judges put in the lexicon's category, the weighted
        agreement over all attributions, the judges' recall of the loaded category, and how to read the rates; or a
        sentence saying that the verb categories in use were not checked against hand-read text.
    """
    r = verb_check(path)
    if r is None:
        return ("The reporting-verb categories in use were not checked against hand-read text (no hand check of this "
                "verb lexicon version is shipped).")
    parts = [_sheet_clause(s) for s in r["sheets"]]
    first = r["sheets"][0]["judges"]
    rec = [j["recall"].get("loaded") for j in first if j["recall"].get("loaded") and j["recall"]["loaded"][0] is not None]
    if rec:
        parts.append(f"of the verbs the judges read as loaded on {CHECK_CORPUS_NAMES.get(r['sheets'][0]['corpus'])}, the "
                     "lexicon calls about " + judges_alike([f"{v:.0%} ({ci[0]:.0%}-{ci[1]:.0%})" for v, ci in rec])
                     + " loaded")
    return (f"Hand check of the reporting-verb categories (lexicon version {r['lexicon_version']}, computed "
            f"{r['computed']}; "
            "benchmarks/verb_check.py, blind judges who never saw the lexicon's category; intervals are conservative "
            "bounds): " + "; ".join(parts)
            + ". A category's rate is only as good as its figure here: read the verb rates as comparisons between "
            "groups of the listed verbs.")


def verb_caveat(category: str, path=None) -> str:
    """One clause for a key finding on the rate of one verb category (the report's index).

    Parameters
    ----------
    category : str
        ``"loaded"``, ``"manner"``, ``"belief"`` or ``"neutral"``.
    path : str or Path, optional
        As :func:`verb_check`.

    Returns
    -------
    str
        How often blind judges put the category's drawn verbs in that category on the first corpus checked ("blind
        judges read 15 and 16 of 20 'loaded' verbs as loaded ..."), or that the categories are not checked against
        hand-read text.

    Raises
    ------
    ValueError
        If ``category`` is not one of :data:`VERB_CATEGORIES`.
    """
    if category not in VERB_CATEGORIES:
        raise ValueError(f"category must be one of {VERB_CATEGORIES}, got {category!r}")
    r = verb_check(path)
    if r is None or category not in r["sheets"][0]["judges"][0]["by_category"]:
        return "the reporting-verb categories are not checked against hand-read text"
    s = r["sheets"][0]
    n = s["judges"][0]["by_category"][category][1]
    ks = [j["by_category"][category][0] for j in s["judges"]]
    return (f"blind judges read {judges_alike(ks, True)} of {n} random '{category}' verbs on "
            f"{CHECK_CORPUS_NAMES.get(s['corpus'], s['corpus'])} as {category} in their sentences (hand check, notebook 02's "
            f"section on reporting verbs and hedges; {judges_alike([share_of(k, n) for k in ks])})")
