"""How far to trust actor roles: the committed hand check of a study's actor roles, as sentences.

Notebook 03 gives actors of the study the roles blamed, demanding, promising and acting from role cues and word order
(:func:`helpers.framing.actor_roles.actor_roles`). ``benchmarks/actor_role_check.py`` checked them against people:
blind judges listed the roles a randomly drawn sentence gives a drawn actor (a draw stratified by whether the rules gave
the pair a role), without seeing the rules' answer. The script writes ``benchmarks/results/actor_role_check.json``.
This module reads it and, for the study in use, says how often the given roles were right and how many roles the rules
miss; for a study no sheet was drawn with (or another version of the role codebook) it says that the roles are not
checked against hand-read text.
"""
from __future__ import annotations

import json
from pathlib import Path

from ..core.paths import PROJECT_ROOT
from ..core.study import active_study
from ..core.wording import CHECK_CORPUS_NAMES, blind_people, judges_alike, judges_counts, share_of
from .codebooks import ROLES, load_codebook

__all__ = ["ROLE_CHECK_FILE", "role_caveat", "role_check", "role_check_sentence"]

ROLE_CHECK_FILE = "benchmarks/results/actor_role_check.json"
"""The results file of ``benchmarks/actor_role_check.py --score``."""


def role_check(path=None, codebook="actor_roles") -> dict | None:
    """The figures of the hand check of the active study's actor roles, or None when there is none.

    Parameters
    ----------
    path : str or Path, optional
        A results file of ``benchmarks/actor_role_check.py --score`` (default: :data:`ROLE_CHECK_FILE` in the
        project).
    codebook : str or Path, default "actor_roles"
        The role codebook in use (notebook 03's ``roles_codebook``); a sheet counts only for its ``version``.

    Returns
    -------
    dict or None
        ``computed``, ``study``, ``roles_version`` and ``sheets``: per judged sheet drawn with the active study and
        the codebook's version (AllSides first), ``corpus``, ``rows``, ``kappa`` (between the first two judges, or
        None) and ``judges``, a list with per judge ``precision`` (``(right, given)`` over the roles given in the drawn
        pairs, and ``by_role``: role -> ``(right, given)``), ``missed`` (``(pairs, n)``: drawn pairs given no role that
        hold one by the judge), ``recall`` and ``recall_ci95`` (population figures over all roles, each stratum
        weighted by its size; conservative bounds; None when the judge found no role). None when the file is missing,
        the study lists no actors, or no judged sheet matches.
    """
    study = active_study()
    if not study.has_actors:
        return None
    p = Path(path) if path is not None else PROJECT_ROOT / ROLE_CHECK_FILE
    if not p.is_file():
        return None
    r = json.loads(p.read_text(encoding="utf-8"))
    version = int(load_codebook(codebook, kind="roles").get("version", 0))
    sheets = []
    for _, s in sorted(r.get("sheets", {}).items(), key=lambda kv: (kv[1]["corpus"] != "allsides", kv[0])):
        if s.get("study") != study.name or int(s.get("roles_version_drawn", -1)) != version:
            continue  # a check of another study or of another version of the role codebook
        judges = [{"precision": (j["counts"]["all"]["right"], j["counts"]["all"]["given"]),
                   "by_role": {role: (j["counts"][role]["right"], j["counts"][role]["given"]) for role in ROLES},
                   "missed": (j["pairs_with_role_missed"], j["n_no_role"]),
                   "recall": j["population"]["all"]["recall"], "recall_ci95": j["population"]["all"]["recall_ci95"]}
                  for _, j in sorted(s["judges"].items())]
        if judges:
            sheets.append({"corpus": s["corpus"], "rows": s["rows"], "judges": judges,
                           "kappa": (s.get("agreement_between_judges") or {}).get("kappa")})
    if not sheets:
        return None
    return {"computed": r["computed"], "study": study.name, "roles_version": version, "sheets": sheets}


def _sheet_clause(s: dict) -> str:
    js = s["judges"]
    kappa = f", kappa between the judges {s['kappa']:.2f}" if s["kappa"] is not None else ""
    per_role = "; ".join(f"{role} {judges_alike([f'{k} of {n}' for k, n in (j['by_role'][role] for j in js)])}"
                         for role in ROLES if any(j["by_role"][role][1] for j in js))
    text = (f"on {CHECK_CORPUS_NAMES.get(s['corpus'], s['corpus'])} ({s['rows']} random sentence-actor pairs, half given a "
            f"role and half not; {blind_people(len(js), 'judge')}{kappa}), the role given is correct for "
            f"{judges_counts([j['precision'] for j in js])} ({per_role}); of the pairs given none, "
            f"{judges_counts([j['missed'] for j in js])} hold a role by the judges")
    recall = [f"{j['recall']:.0%} ({j['recall_ci95'][0]:.0%}-{j['recall_ci95'][1]:.0%})" for j in js
              if j["recall"] is not None]
    if recall:
        text += (". Weighted by how common each kind of pair is, the rules give about " + judges_alike(recall)
                 + " of the roles the judges find")
    return text


def role_check_sentence(path=None, codebook="actor_roles") -> str:
    """One paragraph on how far the actor roles of the study in use agree with people.

    Parameters
    ----------
    path : str or Path, optional
        As :func:`role_check`.
    codebook : str or Path, default "actor_roles"
        As :func:`role_check`.

    Returns
    -------
    str
        Per checked corpus, the share of given roles that judges confirmed (in all and per role), the pairs given no
        role that hold one and the weighted recall; or a sentence saying that the study's actor roles have no such
        check.
    """
    r = role_check(path, codebook)
    study = active_study()
    if r is None:
        return (f"Actor roles (a word-order heuristic) of the study in use ({study.name}) have no blind hand check on a "
                "random draw of sentences (none is shipped for this study and version of the role codebook; "
                "benchmarks/actor_role_check.py draws one): read the evidence sentences.")
    return (f"Hand check of the actor roles of study {r['study']} (role codebook version {r['roles_version']}, computed "
            f"{r['computed']}; benchmarks/actor_role_check.py, blind judges who never saw the rules' roles; intervals "
            "are conservative bounds): " + "; ".join(_sheet_clause(s) for s in r["sheets"])
            + ". Read a role count as the sentences in which the rules find the role, not as all of them.")


def role_caveat(path=None, codebook="actor_roles") -> str:
    """The hand check of the actor roles in one short clause, for a closing summary; "" when there is none.

    Notebook 03 prints :func:`role_check_sentence` in full under its role table; its closing printed the same long
    paragraph again (review s76). The closing gives this instead: per checked corpus, the share of given roles the
    judges confirmed and the weighted share of the judges' roles the rules find.

    Parameters
    ----------
    path : str or Path, optional
        As :func:`role_check`.
    codebook : str or Path, default "actor_roles"
        As :func:`role_check`.

    Returns
    -------
    str
        For example "hand-checked on AllSides: the role given is correct for 50% and 52% (one per judge) of the
        pairs, and the rules find about 8% and 9% (one per judge) of the roles the judges find (details under the
        role table)";
        "" when the study's roles have no shipped check.
    """
    r = role_check(path, codebook)
    if r is None:
        return ""
    parts = []
    for s in r["sheets"]:
        js = s["judges"]
        text = (f"on {CHECK_CORPUS_NAMES.get(s['corpus'], s['corpus'])}: the role given is correct for "
                + judges_alike([share_of(*j["precision"]) for j in js], per_judge=True) + " of the pairs")
        recall = [f"{j['recall']:.0%}" for j in js if j["recall"] is not None]
        if recall:
            text += f", and the rules find about {judges_alike(recall, per_judge=True)} of the roles the judges find"
        parts.append(text)
    return "hand-checked " + "; ".join(parts) + " (details under the role table)"
