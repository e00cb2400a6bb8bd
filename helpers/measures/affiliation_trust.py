"""How far to trust source affiliations: the committed hand check of a study's affiliations, as sentences.

Notebook 02 gives each attribution the actor of the study that its source is, belongs to or speaks for
(:func:`helpers.measures.role_forms.affiliation`) and compares the shares of each affiliation between groups.
``benchmarks/affiliation_check.py`` checked them against people: blind judges named the speaker of randomly drawn
attributions (a draw stratified by whether the rules gave an affiliation) and the study's actors that speaker is,
belongs to or speaks for, without seeing the rules' answer. The script writes
``benchmarks/results/affiliation_check.json``. This module reads it and, for the study in use, says how often the
given affiliations were right and how many were missed; for a study no sheet was drawn with (or another version of
its actor list) it says that its affiliations are not checked against hand-read text.
"""
from __future__ import annotations

import json
from pathlib import Path

from ..core.paths import PROJECT_ROOT
from ..core.study import active_study
from ..core.wording import CHECK_CORPUS_NAMES, blind_people, judges_alike, judges_counts
from ..text.lexicon import load_study_lexicon

__all__ = ["AFFILIATION_CHECK_FILE", "affiliation_check", "affiliation_check_sentence", "affiliation_caveat"]

AFFILIATION_CHECK_FILE = "benchmarks/results/affiliation_check.json"
"""The results file of ``benchmarks/affiliation_check.py --score``."""


def affiliation_check(path=None) -> dict | None:
    """The figures of the hand check of the active study's source affiliations, or None when there is none.

    Parameters
    ----------
    path : str or Path, optional
        A results file of ``benchmarks/affiliation_check.py --score`` (default: :data:`AFFILIATION_CHECK_FILE` in the
        project).

    Returns
    -------
    dict or None
        ``computed``, ``study``, ``actors_version`` and ``sheets``: per judged sheet drawn with the active study and
        its installed actor list (AllSides first), ``corpus``, ``rows``, ``kappa`` (between the first two judges, or
        None) and ``judges``, a list with per judge ``precision`` (``(right, n)`` over the drawn rows the rules gave
        an affiliation), ``missed`` (``(k, n)`` over the drawn rows they gave none: rows whose speaker has an actor by
        the article), ``agreement``, ``recall`` and ``share_with_actor`` with their ``_ci95`` (population figures,
        each stratum weighted by its size; conservative bounds) and ``share_given`` (the rules' share of attributions
        with an affiliation). None when the file is missing, the study lists no actors, or no judged sheet was drawn
        with this study and actor-list version.
    """
    study = active_study()
    if not study.has_actors:
        return None
    p = Path(path) if path is not None else PROJECT_ROOT / AFFILIATION_CHECK_FILE
    if not p.is_file():
        return None
    r = json.loads(p.read_text(encoding="utf-8"))
    version = int(load_study_lexicon("actors").get("version", 0))
    sheets = []
    for _, s in sorted(r.get("sheets", {}).items(), key=lambda kv: (kv[1]["corpus"] != "allsides", kv[0])):
        if s.get("study") != study.name or int(s.get("actors_version_drawn", -1)) != version:
            continue  # a check of another study or of another version of its actor list
        judges = []
        for _, j in sorted(s["judges"].items()):
            t = j["text"]
            pop = t["population"]
            judges.append({"precision": (t["affiliated"]["right"], t["affiliated"]["n"]),
                           "missed": (t["none"]["missed"], t["none"]["n"]),
                           **{k: pop[k] for k in ("agreement", "agreement_ci95", "recall", "recall_ci95", "share_given",
                                                  "share_with_actor", "share_with_actor_ci95")}})
        if judges:
            sheets.append({"corpus": s["corpus"], "rows": s["rows"], "judges": judges,
                           "kappa": (s.get("agreement_between_judges") or {}).get("kappa")})
    if not sheets:
        return None
    return {"computed": r["computed"], "study": study.name, "actors_version": version, "sheets": sheets}


def _interval(v: float, ci: list) -> str:
    return f"{v:.0%} ({ci[0]:.0%}-{ci[1]:.0%})"


def _sheet_clause(s: dict) -> str:
    js = s["judges"]
    kappa = f", kappa between the judges {s['kappa']:.2f}" if s["kappa"] is not None else ""
    text = (f"on {CHECK_CORPUS_NAMES.get(s['corpus'], s['corpus'])} ({s['rows']} random attributions, half with an "
            f"affiliation and half without; {blind_people(len(js), 'judge')}{kappa}), the affiliation given is correct "
            f"for {judges_counts([j['precision'] for j in js])}; of the attributions given none, "
            f"{judges_counts([j['missed'] for j in js])} have a speaker the article ties to one of the study's actors")
    recall = [(j["recall"], j["recall_ci95"]) for j in js if j["recall"] is not None]
    if recall:
        text += (". Weighted by how common each kind is, about "
                 + judges_alike([_interval(j["share_with_actor"], j["share_with_actor_ci95"]) for j in js])
                 + f" of all attributions have such a speaker, against the {js[0]['share_given']:.0%} the rules give "
                   "an affiliation, and the rules give a correct one to about "
                 + judges_alike([_interval(v, ci) for v, ci in recall]) + " of them")
    return text


def affiliation_check_sentence(path=None) -> str:
    """One paragraph on how far the source affiliations of the study in use agree with people.

    Parameters
    ----------
    path : str or Path, optional
        As :func:`affiliation_check`.

    Returns
    -------
    str
        Per checked corpus, the share of given affiliations that judges confirmed, the attributions given none whose
        speaker has an actor, the weighted recall and the judged share of attributions with an actor; or a sentence
        saying that the study's affiliations have no such check.
    """
    r = affiliation_check(path)
    study = active_study()
    if r is None:
        return (f"The affiliation of sources with the actors of the study in use ({study.name}) has no blind hand "
                "check on a random draw of attributions (none is shipped for this study and version of its actor "
                "list; benchmarks/affiliation_check.py draws one).")
    return (f"Hand check of the source affiliations of study {r['study']} (actor list version {r['actors_version']}, "
            f"computed {r['computed']}; benchmarks/affiliation_check.py, blind judges who never saw the rules' "
            "affiliation; intervals are conservative bounds): " + "; ".join(_sheet_clause(s) for s in r["sheets"])
            + ". Read an affiliation share as the share of attributions the rules tie to the actor: they tie a source "
              "only by the actor's name or a member word of the actor list (in the source, in the title the article "
              "gives it, or next to the source's name elsewhere in the article), so the shares mostly undercount, "
              "most for an actor whose sources are seldom named that way.")


def affiliation_caveat(path=None) -> str:
    """One clause for a key finding on the shares of source affiliations (the report's index).

    Parameters
    ----------
    path : str or Path, optional
        As :func:`affiliation_check`.

    Returns
    -------
    str
        How often blind judges confirmed the given affiliations and the weighted recall on the first corpus checked,
        or that affiliation with the study's actors is not checked against hand-read text.
    """
    r = affiliation_check(path)
    if r is None:
        return "affiliation with the study's actors is not checked against hand-read text"
    s = r["sheets"][0]
    js = s["judges"]
    text = (f"blind judges confirmed {judges_alike([f'{k} of {n}' for k, n in (j['precision'] for j in js)], True)} random "
            f"given affiliations on {CHECK_CORPUS_NAMES.get(s['corpus'], s['corpus'])} (hand check, notebook 02's sourcing section)")
    recall = [j["recall"] for j in js if j["recall"] is not None]
    if recall:
        text += f", and the rules tie about {judges_alike([f'{v:.0%}' for v in recall], True)} of the sources that have an actor to one"
    return text
