"""How far to trust naming labels: the committed hand check of a study's naming labels, as sentences.

Notebook 02 finds the terms of the study's naming-label lexicon in body sentences and attaches each to the nearest
mention of an actor the lexicon says it may describe (:func:`helpers.measures.tone.attach_labels`); its naming shares
are, per group and actor, the share of the sentences naming the actor that attach a label to it.
``benchmarks/naming_check.py`` checked matches and attachments against people: blind judges said whether randomly
drawn matches (a draw stratified by whether the rules attached them) are used as labels, which of the study's actors
they describe and whose words they are. The script writes ``benchmarks/results/naming_check.json``. This module reads
it and, for the study in use, says how often the attachments were right, how many were missed and how many attached
labels are the writer's own words; for a study no sheet was drawn with (or another version of its naming lexicon) it
says that its naming labels are not checked against hand-read text.
"""
from __future__ import annotations

import json
from pathlib import Path

from ..core.paths import PROJECT_ROOT
from ..core.study import active_study
from ..core.wording import CHECK_CORPUS_NAMES, blind_people, judges_alike, judges_counts, share_of
from .tone import load_labels

__all__ = ["NAMING_CHECK_FILE", "naming_check", "naming_check_sentence", "naming_caveat"]

NAMING_CHECK_FILE = "benchmarks/results/naming_check.json"
"""The results file of ``benchmarks/naming_check.py --score``."""


def naming_check(path=None) -> dict | None:
    """The figures of the hand check of the active study's naming labels, or None when there is none.

    Parameters
    ----------
    path : str or Path, optional
        A results file of ``benchmarks/naming_check.py --score`` (default: :data:`NAMING_CHECK_FILE` in the project).

    Returns
    -------
    dict or None
        ``computed``, ``study``, ``labels_version`` and ``sheets``: per judged sheet drawn with the active study and
        its installed naming lexicon (AllSides first), ``corpus``, ``rows``, ``kappa`` (between the first two judges,
        or None) and ``judges``, a list with per judge ``precision`` (``(right, n)`` over the drawn matches the rules
        attached), ``missed`` (``(k, n)`` over the drawn matches they did not attach: matches describing an actor the
        lexicon lists for the label that the sentence names), ``recall`` and ``recall_ci95`` (population figures,
        each stratum weighted by its size; conservative bounds; None when the judge saw no such label) and ``voice``
        (counts of the right attachments in the ``writer``'s own words, ``quoted`` and ``reported``); and ``voice``:
        per sheet whose key holds the rules' voice of each label (:func:`helpers.measures.label_voice.label_voice`),
        ``corpus``, ``judges`` (per judge ``(k, n)``: attached labels on which the rules and the judge agree whether
        the label is the writer's own words) and ``writer_precision`` (per judge ``(k, n)`` over the labels the rules
        call the writer's). None when the file is missing, the study lists no actors or no naming labels, or no judged sheet was drawn with this study
        and naming-lexicon version.
    """
    study = active_study()
    if not study.has_actors:
        return None
    labels = load_labels()
    if not labels["entries"]:
        return None
    p = Path(path) if path is not None else PROJECT_ROOT / NAMING_CHECK_FILE
    if not p.is_file():
        return None
    r = json.loads(p.read_text(encoding="utf-8"))
    version = int(labels.get("version", 0))
    sheets, voice = [], []
    for _, s in sorted(r.get("sheets", {}).items(), key=lambda kv: (kv[1]["corpus"] != "allsides", kv[0])):
        if s.get("study") != study.name or int(s.get("labels_version_drawn", -1)) != version:
            continue  # a check of another study or of another version of its naming lexicon
        rule = [j["rule_voice"] for _, j in sorted(s["judges"].items()) if "rule_voice" in j]
        if rule:
            voice.append({"corpus": s["corpus"], "judges": [(v["writer_agree"], v["n"]) for v in rule],
                          "writer_precision": [tuple(v["writer_precision"]) for v in rule]})
        if not s["strata"]["not_attached"]["drawn"]:
            continue  # a sheet of attached labels only: a test of their voice
        judges = [{"precision": (j["attached"]["right"], j["attached"]["n"]),
                   "missed": (j["not_attached"]["missed_in_scope"], j["not_attached"]["n"]),
                   "recall": j["population"]["recall_in_scope"], "recall_ci95": j["population"]["recall_in_scope_ci95"],
                   "voice": j["voice_of_right"]} for _, j in sorted(s["judges"].items())]
        if judges:
            sheets.append({"corpus": s["corpus"], "rows": s["rows"], "judges": judges,
                           "kappa": (s.get("agreement_between_judges") or {}).get("kappa")})
    if not sheets:
        return None
    return {"computed": r["computed"], "study": study.name, "labels_version": version, "sheets": sheets,
            "voice": voice}


def _not_own(voice: dict) -> tuple[int, int]:
    """``(quoted + reported, all)`` of one judge's right attachments."""
    return voice.get("quoted", 0) + voice.get("reported", 0), sum(voice.values())


def _sheet_clause(s: dict) -> str:
    js = s["judges"]
    kappa = f", kappa between the judges {s['kappa']:.2f}" if s["kappa"] is not None else ""
    text = (f"on {CHECK_CORPUS_NAMES.get(s['corpus'], s['corpus'])} ({s['rows']} random label matches, half attached to "
            f"an actor and half not; {blind_people(len(js), 'judge')}{kappa}), the label is attached to an actor it "
            f"describes for {judges_counts([j['precision'] for j in js])}; of the matches not attached, "
            f"{judges_counts([j['missed'] for j in js])} describe an actor the lexicon lists that the sentence names")
    recall = [f"{j['recall']:.0%} ({j['recall_ci95'][0]:.0%}-{j['recall_ci95'][1]:.0%})" for j in js
              if j["recall"] is not None]
    if recall:
        text += (". Weighted by how common each kind is, the rules attach about " + judges_alike(recall)
                 + " of the labels that describe an actor the sentence names")
    voices = [_not_own(j["voice"]) for j in js]
    if all(n for _, n in voices):
        text += (f". Of the labels attached correctly, {judges_counts(voices)} are inside quotation marks or reported as someone "
                 "else's words, not the writer's own")
    return text


def naming_check_sentence(path=None) -> str:
    """One paragraph on how far the naming labels of the study in use agree with people.

    Parameters
    ----------
    path : str or Path, optional
        As :func:`naming_check`.

    Returns
    -------
    str
        Per checked corpus, the share of attached labels judges confirmed, the matches missed, the weighted recall
        and the share of right attachments that are not the writer's own words; or a sentence saying that the
        study's naming labels have no such check.
    """
    r = naming_check(path)
    study = active_study()
    if r is None:
        return (f"The naming labels of the study in use ({study.name}) and their attachment to actors have no blind "
                "hand check on a random draw of label matches (none is shipped for this study and version of its "
                "naming lexicon; benchmarks/naming_check.py draws one).")
    return (f"Hand check of the naming labels of study {r['study']} (naming lexicon version {r['labels_version']}, "
            f"computed {r['computed']}; benchmarks/naming_check.py, blind judges who never saw the rules' attachment; "
            "intervals are conservative bounds): " + "; ".join(_sheet_clause(s) for s in r["sheets"])
            + ". " + _voice_clause(r["voice"]))


def _voice_clause(voice: list) -> str:
    """What the naming shares count, and how far the rules' reading of the writer's own words agrees with people."""
    text = ("A naming share (the column share) counts a label in a quotation or in reported speech as the group's "
            "naming: read it as the labels a group's articles carry; share_own_words counts only the labels in the "
            "writer's own words")
    if not voice:
        return text + " (a structural reading of quotation marks and attributions, not checked against hand-read text)."
    return text + " (a structural reading of quotation marks and attributions; " + "; ".join(
        f"on {CHECK_CORPUS_NAMES.get(v['corpus'], v['corpus'])} it agrees with blind judges on whether a label is the "
        f"writer's own words for {judges_counts(v['judges'])} random attached labels, and {judges_counts(v['writer_precision'])} of the "
        "labels it reads as the writer's are the writer's by the judges" for v in voice) + ")."


def naming_caveat(path=None) -> str:
    """One clause for a key finding on naming-label shares (the report's index).

    Parameters
    ----------
    path : str or Path, optional
        As :func:`naming_check`.

    Returns
    -------
    str
        How often blind judges confirmed the attachments on the first corpus checked and how many right ones are
        quoted or reported, or that the naming labels are not checked against hand-read text.
    """
    r = naming_check(path)
    if r is None:
        return "the naming labels and their attachment are not checked against hand-read text"
    s = r["sheets"][0]
    js = s["judges"]
    text = (f"blind judges confirmed {judges_alike([f'{k} of {n}' for k, n in (j['precision'] for j in js)], True)} random "
            f"attached labels on {CHECK_CORPUS_NAMES.get(s['corpus'], s['corpus'])} (hand check, notebook 02's naming section)")
    voices = [_not_own(j["voice"]) for j in js]
    if all(n for _, n in voices):
        text += (f"; {judges_alike([share_of(k, n) for k, n in voices], True)} of the correct attachments are quoted or reported "
                 "speech, which the shares count as the articles' naming")
    return text
