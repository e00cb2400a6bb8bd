"""Hand check of notebook 02's naming labels (which words a group uses for the study's actors, attached to which).

Notebook 02 finds the terms of the study's naming-label lexicon in body sentences
(:func:`helpers.measures.tone.find_labels`) and attaches each to the nearest mention of an actor the lexicon says it
may describe (:func:`helpers.measures.tone.attach_labels`); its naming shares are, per group and actor, the share of
the sentences naming the actor that attach a label to it. This script checks matches and attachments against people
by the protocol ``benchmarks/results/naming_check_protocol.md`` (written before any draw was read): judges, blind to
the rules' attachment and to each other, say whether the matched words are used as a label, which of the study's
actors they describe and whose words they are (the writer's, quoted or reported).

The population is every naming-label match in the sentences notebook 02 reads from one corpus
(``benchmarks/role_check_draw.py``'s corpora) with the study given, sorted by ``doc_id``, ``unit_id``, ``start``. A
draw is stratified by whether the rules attach the match to an actor: ``DataFrame.sample(n, random_state=SEED)``
within each stratum, then shuffled so that the sheet's order hides the strata. Matches on an earlier sheet of the same
corpus and study are left out of the draw (from draw 2 on: draw 1's rows were read to develop round nv1), while the
strata's sizes that weight the population figures are those of all matches.

Usage (from the project root; needs ``../shared/data``)::

    .venv/bin/python benchmarks/naming_check.py --draw 1 --study us_politics --key-dir /tmp/key > /tmp/ctx.txt
    .venv/bin/python benchmarks/naming_check.py --score   # every judged sheet -> naming_check.json

``--draw`` writes ``benchmarks/results/naming_check_<corpus>_<study>_seed<S>.blind.csv`` (ids, the span and the
matched words; no sentence, as the corpora's READMEs forbid copying their text), the strata's sizes in
``.strata.json`` and the key (each row's label, attached actor, the actors the label may describe and the actors
the sentence names; ``.drawn.csv``) in ``--key-dir``, and prints the study's actor list and each row's sentence with
the match marked and its neighbours (for the judges, outside the project). Judges copy the sheet to ``.judge1.csv`` /
``.judge2.csv`` and fill ``sense``, ``describes``, ``voice`` and ``note``; the key is copied beside it afterwards.
``--score`` writes ``benchmarks/results/naming_check.json``, which ``helpers/measures/naming_trust.py`` shows in
notebook 02 when the study and its naming lexicon's version are those of a sheet.
"""
from __future__ import annotations

import os

os.environ.setdefault("TQDM_DISABLE", "1")
import json
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
RESULTS = ROOT / "benchmarks" / "results"
STRATA = ("attached", "not_attached")
BLIND_COLUMNS = ["sample", "draw_row", "doc_id", "unit_id", "start", "end", "label_text"]
JUDGE_COLUMNS = ["sense", "describes", "voice", "note"]

import hand_check as HK  # noqa: E402
import hedge_check as HC  # noqa: E402
import role_check_draw as RCD  # noqa: E402

from helpers.core.study import load_study  # noqa: E402
from helpers.measures import tone as TN  # noqa: E402
from helpers.measures.label_voice import VOICES, label_voice  # noqa: E402

__all__ = ["population", "draw", "row_outcomes", "stratified", "voice_agreement", "score", "main", "STRATA", "VOICES"]


def population(corpus: str, study: str) -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    """The corpus's sentences, every naming-label match notebook 02 finds there with ``study`` (in draw order) and
    the study's naming lexicon.

    Returns
    -------
    tuple
        ``units``; the matches (:func:`helpers.measures.tone.find_labels`) with ``attached`` (the actor
        :func:`helpers.measures.tone.attach_labels` attaches the match to at window 25, as the notebook's default
        ``label_window``, or ``""``), ``allowed`` and ``sentence_actors`` (``;``-joined actor ids: those the lexicon
        lists for the label, and those :func:`helpers.measures.tone.actor_mentions` finds in the sentence) and, for
        attached matches, ``voice`` (:func:`helpers.measures.label_voice.label_voice`: the writer's, quoted or
        reported; ``""`` for the others); the lexicon.
    """
    from helpers.text.lexicon import load_study_lexicon

    units, attributions = RCD.attributions(corpus, study=study)
    actors = load_study_lexicon("actors")
    labels = TN.load_labels()
    mentions = TN.actor_mentions(units, ["outlet", "group"], actors)
    hits = TN.find_labels(units, labels)
    att = TN.attach_labels(hits, mentions, labels, window=RCD.SPEC_DEFAULTS["label_window"])
    keys = ["doc_id", "unit_id", "start", "end"]
    hits = hits.merge(att[keys + ["actor"]].rename(columns={"actor": "attached"}), on=keys, how="left",
                      validate="one_to_one")
    hits["attached"] = hits["attached"].fillna("")
    named = mentions.groupby(["doc_id", "unit_id"])["actor"].agg(lambda a: ";".join(sorted(set(a))))
    hits["sentence_actors"] = [named.get((d, u), "") for d, u in zip(hits["doc_id"], hits["unit_id"])]
    hits["allowed"] = [";".join(sorted(labels["entries"][lab].get("actors", []))) for lab in hits["label"]]
    hits["voice"] = ""
    on = hits["attached"] != ""
    if on.any():
        hits.loc[on, "voice"] = label_voice(hits[on], units, attributions)
    hits = hits.sort_values(keys, kind="stable").reset_index(drop=True)
    return units, hits, labels


def draw(corpus: str, study: str, seed: int, per_stratum: dict[str, int], key_dir: Path = RESULTS) -> Path:
    """Write the blind sheet and strata file of one stratified draw and print its rows with context.

    Parameters
    ----------
    corpus : str
        One of ``role_check_draw.CORPORA``.
    study : str
        The study whose naming lexicon and actors are checked (a study name or folder).
    seed : int
        ``random_state`` of each stratum's sample and of the shuffle that hides the strata.
    per_stratum : dict
        ``"attached"`` / ``"not_attached"`` -> rows to draw (every row of a smaller stratum).
    key_dir : Path
        Where the key (``<stem>.drawn.csv``) is written: a folder the judges do not read; it is copied beside the
        sheet once they are done.

    Returns
    -------
    Path
        The blind sheet.

    Raises
    ------
    SystemExit
        When the study lists no naming labels.
    """
    units, hits, labels = population(corpus, study)
    if not labels["entries"]:
        raise SystemExit(f"study {study!r} lists no naming labels: the naming check needs a naming_labels.yaml")
    name = load_study(study).name
    stem = f"naming_check_{corpus}_{name}_seed{seed}"
    keys = ["doc_id", "unit_id", "start"]
    seen = HK.earlier_keys(f"naming_check_{corpus}_{name}_seed*.blind.csv", keys, f"{stem}.blind.csv")
    fresh = pd.Series([k not in seen for k in zip(hits["doc_id"], hits["unit_id"], hits["start"])], index=hits.index)
    is_att = hits["attached"] != ""
    parts = []
    for stratum, mask in (("attached", is_att), ("not_attached", ~is_att)):
        rows, n = hits[mask & fresh], per_stratum.get(stratum, 0)
        parts.append(rows if len(rows) <= n else rows.sample(n, random_state=seed))
    d = pd.concat(parts).sample(frac=1, random_state=seed).reset_index(drop=True)
    d.insert(0, "draw_row", range(len(d)))
    d.insert(0, "sample", stem.removeprefix("naming_check_"))
    d[BLIND_COLUMNS].to_csv(RESULTS / f"{stem}.blind.csv", index=False)
    key_dir.mkdir(parents=True, exist_ok=True)
    d[["draw_row", "label", "attached", "allowed", "sentence_actors", "voice"]].to_csv(
        key_dir / f"{stem}.drawn.csv", index=False)
    strata = {"corpus": corpus, "study": name, "seed": seed, "matches": len(hits), "left_out_as_drawn_before": len(seen),
              "labels_version": int(labels.get("version", 0)), "label_window": RCD.SPEC_DEFAULTS["label_window"],
              "strata": {s: {"population": int(m.sum()), "drawn": int((d["attached"] != "").sum() if s == "attached"
                                                                      else (d["attached"] == "").sum())}
                         for s, m in (("attached", is_att), ("not_attached", ~is_att))}}
    (RESULTS / f"{stem}.strata.json").write_text(json.dumps(strata, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"# {stem}.blind.csv: {len(d)} of {len(hits)} naming-label matches on {units['doc_id'].nunique()} articles "
          f"({corpus}, study {name})")
    HK.print_actor_list(study)
    for r in d.itertuples():
        print(f"=== row {r.draw_row} | {r.doc_id} u{r.unit_id} | marked: {r.label_text!r}")
        marked = HC._mark(r.sentence, int(r.start), r.label_text)
        print("\n".join(HC._neighbours(units, r.doc_id, int(r.unit_id), marked)))
    return RESULTS / f"{stem}.blind.csv"


def _judged(path: Path, sheet: pd.DataFrame, known_ids: set[str]) -> pd.DataFrame:
    """A judge's sheet, checked against the blind sheet (rows in order, the judge's columns and values)."""
    j = pd.read_csv(path, dtype=str, keep_default_na=False)
    if list(j["draw_row"]) != list(sheet["draw_row"]) or not set(JUDGE_COLUMNS) <= set(j.columns):
        raise SystemExit(f"{path}: must hold the blind sheet's rows in order and the columns {JUDGE_COLUMNS}")
    sense = j["sense"].str.strip().str.lower()
    voice = j["voice"].str.strip().str.lower()
    if not set(sense) <= {"yes", "no"}:
        raise SystemExit(f"{path}: sense must be yes or no, found {sorted(set(sense) - {'yes', 'no'})}")
    bad_voice = sorted(set(voice[sense == "yes"]) - set(VOICES))
    if bad_voice:
        raise SystemExit(f"{path}: voice must be one of {VOICES} where sense is yes, found {bad_voice}")
    describes = j["describes"].map(HK.ids)
    bad = sorted(set().union(*describes) - known_ids)
    if bad:
        raise SystemExit(f"{path}: actor ids {bad} are not in the study's actor list")
    return pd.DataFrame({"sense": sense == "yes", "describes": describes,
                         "voice": voice.where(sense == "yes", "")})


def row_outcomes(key: pd.DataFrame, judged: pd.DataFrame) -> pd.Series:
    """Each drawn match's outcome for one judge.

    Parameters
    ----------
    key : DataFrame
        The draw's key: ``attached`` (an actor id or ``""``), ``allowed`` and ``sentence_actors`` (``;``-joined ids).
    judged : DataFrame
        :func:`_judged`'s frame: ``sense`` (bool) and ``describes`` (a set of actor ids).

    Returns
    -------
    Series
        ``"not a label"`` (sense no); for attached matches ``"right"`` (the attached actor is one the judge names) or
        ``"wrong"``; for the others ``"missed in scope"`` (the judge names an actor the lexicon lists for the label
        and the sentence names it, so the measure's denominator holds the sentence), ``"missed out of scope"`` (such
        an actor, not named in the sentence) or ``"right not attached"``.
    """
    out = []
    for att, allowed, named, ok, desc in zip(key["attached"], key["allowed"], key["sentence_actors"],
                                             judged["sense"], judged["describes"]):
        listed = desc & HK.ids(allowed)
        if not ok:
            out.append("not a label")
        elif att:
            out.append("right" if att in desc else "wrong")
        elif listed & HK.ids(named):
            out.append("missed in scope")
        else:
            out.append("missed out of scope" if listed else "right not attached")
    return pd.Series(out, index=key.index)


def stratified(outcomes: pd.Series, attached: pd.Series, weights: dict[str, float]) -> dict:
    """The recall of attachments in scope, each stratum weighted by its share of the matches.

    Parameters
    ----------
    outcomes : Series
        :func:`row_outcomes`.
    attached : Series
        The rules' attached actor of each row (the stratum: non-empty or empty).
    weights : dict
        ``"attached"`` / ``"not_attached"`` -> the stratum's share of the matches (summing to 1).

    Returns
    -------
    dict
        ``recall_in_scope``: of the matches describing a listed actor the sentence names, the share attached to a
        right one (None when there are none), with ``recall_in_scope_ci95``: conservative bounds, each stratum's
        Wilson 95% interval taken at its worst; ``share_attached`` (the rules' share of matches attached).
    """
    a, n = outcomes[attached != ""], outcomes[attached == ""]
    ka, na = int((a == "right").sum()), len(a)
    km, nn = int((n == "missed in scope").sum()), len(n)
    wa, wn = weights["attached"], weights["not_attached"]
    pa, pm = (ka / na if na else 0.0), (km / nn if nn else 0.0)
    la, ha = HC.wilson(ka, na) if na else (0.0, 1.0)
    lm, hm = HC.wilson(km, nn) if nn else (0.0, 1.0)
    rec = wa * pa / (wa * pa + wn * pm) if wa * pa + wn * pm > 0 else None
    lo = wa * la / (wa * la + wn * hm) if wa * la + wn * hm > 0 else 0.0
    hi = wa * ha / (wa * ha + wn * lm) if wa * ha + wn * lm > 0 else 1.0
    return {"recall_in_scope": None if rec is None else round(rec, 4),
            "recall_in_scope_ci95": None if rec is None else [round(lo, 4), round(hi, 4)],
            "share_attached": round(wa, 4)}


def voice_agreement(rule: pd.Series, judged: pd.DataFrame, attached: pd.Series) -> dict:
    """How far the rules' voice of attached labels agrees with one judge's, over the attached rows judged labels.

    Parameters
    ----------
    rule : Series
        The rules' ``voice`` of each drawn row (``writer``, ``quoted``, ``reported``; ``""`` when not attached).
    judged : DataFrame
        :func:`_judged`'s frame (``sense``, ``voice``).
    attached : Series of bool
        Whether each row is attached.

    Returns
    -------
    dict
        ``n`` (attached rows judged labels); ``writer_agree`` (rows on which the rules and the judge agree whether the
        label is the writer's own words) with ``wilson95``; ``writer_precision`` (``[k, n]``: of the rows the rules
        call the writer's, those the judge does); ``same_voice`` (rows with the same one of the three voices); and
        ``crosstab`` (rules' voice -> judge's voice -> rows).
    """
    keep = attached & judged["sense"]
    r, v = rule[keep], judged["voice"][keep]
    n = int(keep.sum())
    agree = int(((r == "writer") == (v == "writer")).sum())
    mine = r == "writer"
    return {"n": n, "writer_agree": agree, "wilson95": HC.wilson(agree, n),
            "writer_precision": [int((v[mine] == "writer").sum()), int(mine.sum())],
            "same_voice": int((r == v).sum()),
            "crosstab": {a: {b: int(((r == a) & (v == b)).sum()) for b in VOICES} for a in VOICES}}


def _sheet_score(blind: Path) -> dict:
    """One judged sheet's figures per judge, and the agreement of the first two judges."""
    stem = blind.name.removesuffix(".blind.csv")
    judges = sorted(RESULTS.glob(f"{stem}.judge*.csv"))
    if not judges:
        return {}
    strata = json.loads((RESULTS / f"{stem}.strata.json").read_text(encoding="utf-8"))
    sheet, key = HK.sheet_and_key(blind)
    total = sum(v["population"] for v in strata["strata"].values())
    weights = {s: strata["strata"][s]["population"] / total for s in STRATA}
    ids = set(HK.actor_list(strata["study"])["entries"])
    out = {"corpus": strata["corpus"], "study": strata["study"], "rows": len(sheet), "matches": total,
           "labels_version_drawn": strata["labels_version"], "label_window": strata["label_window"],
           "strata": strata["strata"], "judges": {}}
    outcomes, voices = [], []
    is_att = key["attached"] != ""
    for path in judges:
        j = _judged(path, sheet, ids)
        o = row_outcomes(key, j)
        a, n = o[is_att], o[~is_att]
        right = o == "right"
        voice = j["voice"][right]
        out["judges"][path.name] = {
            "attached": {"right": int(right.sum()), "n": len(a), "wilson95": HC.wilson(int(right.sum()), len(a)),
                         "outcomes": a.value_counts().sort_index().to_dict()},
            "not_attached": {"missed_in_scope": int((n == "missed in scope").sum()),
                             "missed_out_of_scope": int((n == "missed out of scope").sum()), "n": len(n),
                             "outcomes": n.value_counts().sort_index().to_dict()},
            "population": stratified(o, key["attached"], weights),
            "voice_of_right": {v: int((voice == v).sum()) for v in VOICES},
            "errors": [{"draw_row": int(key["draw_row"][i]), "label": key["label"][i], "attached": key["attached"][i],
                        "outcome": o[i], "describes": ";".join(sorted(j["describes"][i]))}
                       for i in o.index if o[i] in ("wrong", "missed in scope", "not a label")]}
        if "voice" in key.columns:  # the rules' voice (round nv1 on): drawn keys from then on hold it
            out["judges"][path.name]["rule_voice"] = voice_agreement(key["voice"], j, is_att)
        outcomes.append(o)
        voices.append(j["voice"])
    if agree := HC.judges_agreement(outcomes):
        out["agreement_between_judges"] = agree
        both = (voices[0] != "") & (voices[1] != "")
        out["voice_agreement_between_judges"] = HC.judges_agreement([voices[0][both], voices[1][both]])
    return out


def score() -> dict:
    """Score every judged sheet in ``benchmarks/results``; write ``benchmarks/results/naming_check.json``."""
    sheets = {p.name: r for p in sorted(RESULTS.glob("naming_check_*.blind.csv")) if (r := _sheet_score(p))}
    return HK.write_results("naming_check", "benchmarks/results/naming_check_protocol.md", sheets=sheets)


def main(argv=None) -> None:
    ap = HK.parser(__doc__, STRATA, "naming_check.json", "label matches", "each match's attachment")
    HK.run(ap, argv, STRATA, draw, score)


if __name__ == "__main__":
    main()
