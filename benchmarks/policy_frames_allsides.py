"""A general check of the policy-frame tagger on AllSides sentences (issue 14y).

The coded set lives in ``benchmarks/data/policy_frames_allsides/`` (ids and codes only; the corpus' README
forbids copying its text into the project). This script redraws the sample, prints the sentences from the corpus
and scores the tagger against the codes.

Population: the articles of ``../shared/data/allsides/articles.jsonl.gz`` whose headline and body do not name
Pakistan, Afghanistan, the Taliban or the TTP. Draw (seed ``SEED``): the articles are shuffled with
``numpy.random.default_rng(SEED)``; in that order an article is taken when its outlet has given fewer than
``MAX_PER_SOURCE`` articles so far, and one body sentence of it is drawn (paragraphs are the body's lines, sentences
from :func:`helpers.corpus.segment.split_sentences`; a sentence qualifies when it has 8 to 70 words, starts with a
capital letter or a quotation mark, and names none of the excluded places), until ``N_DRAW`` sentences are drawn.
A sentence's id is ``<doc_id>:<paragraph>:<sentence>``; it is held out when
``helpers.framing.articles.hash_split(ids, parts=3)`` says so (about one in three), decided before any coding.

Usage (from the project root; needs ``../shared/data/allsides``)::

    .venv/bin/python benchmarks/policy_frames_allsides.py draw     # redraw; check the ids and anchors of codes.csv
    .venv/bin/python benchmarks/policy_frames_allsides.py anchor --set SET  # a newly coded set's anchors.csv
    .venv/bin/python benchmarks/policy_frames_allsides.py show development # print the dev sentences with their codes
    .venv/bin/python benchmarks/policy_frames_allsides.py score development [--errors]
    .venv/bin/python benchmarks/policy_frames_allsides.py score held-out --write 2026-12-01
    .venv/bin/python benchmarks/policy_frames_allsides.py agree --write 2026-12-01   # coder 2 vs coder 1, tagger vs each
    .venv/bin/python benchmarks/policy_frames_allsides.py draw --set 1515       # the check set of issue 14au-d
    .venv/bin/python benchmarks/policy_frames_allsides.py show held-out --set 1515
    .venv/bin/python benchmarks/policy_frames_allsides.py score held-out --set 1515 [--write DATE]
    .venv/bin/python benchmarks/policy_frames_allsides.py draw --set 1616       # the check set of issue 14au-f
    .venv/bin/python benchmarks/policy_frames_allsides.py show held-out --set 1616
    .venv/bin/python benchmarks/policy_frames_allsides.py agree --set 1616 [--write DATE]  # needs codes.judge2.csv

``score`` prints micro precision, recall and F1 over all policy frames (a false positive on a frame the coder never
used counts), per frame with n, and a 95% bootstrap interval (sentences resampled, 2,000 draws, seed 0);
``--write DATE`` stores the figures, with that date, in ``benchmarks/results/policy_frames_allsides_<split>.json``.
``agree`` compares the blind second coder (``codes.judge2.csv``) with the first: Krippendorff's alpha (nominal) per
frame and pooled over every (sentence, frame) decision, raw agreement, and the tagger's figures against each coder,
on the held-out part, the development part and all 150 sentences (``--write DATE``:
``policy_frames_allsides_agreement.json``). For a check set (``agree --set 1515`` or ``--set 1616``) the same figures
on its 150 sentences (all held-out, reported once, as ``all``), from that set's folder's ``codes.csv`` and
``codes.judge2.csv`` (``--write DATE``: ``policy_frames_allsides_<set>_agreement.json``); a set without
``codes.judge2.csv`` stops with a message.

Sets (``--set``, default ``1414``): ``1414`` is the set above (``benchmarks/data/policy_frames_allsides/``).
``1515`` (issue 14au-d) was drawn as a check set (it became development data for issue 14au-e): seed 1515, 150 sentences, the same population, outlet cap and
eligibility rules, but the articles of set 1414 (by doc_id, read from its ``codes.csv``) are left out of the
population before the shuffle; all 150 sentences are labelled ``held-out`` (one part, the set's only split), in
``benchmarks/data/policy_frames_allsides_1515/``. ``draw``, ``show held-out`` and ``score held-out`` take
``--set 1515`` (results: ``policy_frames_allsides_1515_held-out.json``); so does ``agree`` once a blind second coder's
``codes.judge2.csv`` is in the set's folder.
``1616`` (issue 14au-f) is a second check set of the same kind: seed 1616, 150 sentences, all ``held-out``, the
articles of sets 1414 and 1515 both left out before the shuffle, in ``benchmarks/data/policy_frames_allsides_1616/``
(``--set 1616``; results: ``policy_frames_allsides_1616_held-out.json``). It became development data for issue 14av-e.
``1717`` (issue 14av) is a third check set of the same kind: seed 1717, 150 sentences, all ``held-out``, the articles
of sets 1414, 1515 and 1616 left out before the shuffle, in ``benchmarks/data/policy_frames_allsides_1717/``
(``--set 1717``; results: ``policy_frames_allsides_1717_held-out.json``).
``2121`` (issue 14be) is a fourth check set of the same kind: seed 2121, 150 sentences, all ``held-out``, the articles
of sets 1414, 1515, 1616 and 1717 left out before the shuffle, in ``benchmarks/data/policy_frames_allsides_2121/``
(``--set 2121``; results: ``policy_frames_allsides_2121_held-out.json``).
``2323`` (issue 14bf) is a fifth check set of the same kind: seed 2323, 150 sentences, all ``held-out``, the articles
of sets 1414, 1515, 1616, 1717 and 2121 left out before the shuffle, in ``benchmarks/data/policy_frames_allsides_2323/``
(``--set 2323``; results: ``policy_frames_allsides_2323_held-out.json``).

Anchors. A sentence id names a sentence by its index in the paragraph, which depends on the sentence splitter of the
day; the splitter has changed since most sets were coded (session of 2026-12-06), so today's draw of such a set no
longer gives its ids, and an index can point at another sentence. Each coded set therefore has ``anchors.csv``: for
every sentence id the paragraph, the character span in the stripped paragraph and ``sha256_16`` (the first 16 hex
digits of the SHA-256 of the sentence text, not the text), computed with the splitter of the commit that added the
set's ``codes.csv`` (where its draw gave exactly the coded ids). :func:`sentences` reads an anchored id from its span
and stops when the fingerprint differs (another corpus file); ``draw`` says when today's draw differs and checks the
anchors instead; ``anchor --set SET`` writes the anchors of a newly coded set (only while its draw still gives the
coded ids).
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
ALLSIDES = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.gz"
DATA = ROOT / "benchmarks" / "data" / "policy_frames_allsides"
CODES = DATA / "codes.csv"
CODES_JUDGE2 = DATA / "codes.judge2.csv"  # the blind second coder (issue 14y-judge2)
RESULTS = ROOT / "benchmarks" / "results"

from helpers.core.study import GENERAL_STUDY, use_study  # noqa: E402
from helpers.corpus.segment import split_sentences  # noqa: E402
from helpers.framing.articles import hash_split  # noqa: E402
from helpers.framing.codebooks import CODEBOOK_DIR, load_codebooks  # noqa: E402
from helpers.framing.cues import find_cues  # noqa: E402
from helpers.framing.hand_codes import label_matrix, predicted_matrix  # noqa: E402
from helpers.framing.tagger import tag_frames  # noqa: E402
from helpers.stats.agreement import krippendorff_alpha  # noqa: E402

SEED = 1414
N_DRAW = 150
MAX_PER_SOURCE = 8
EXCLUDED = re.compile(r"pakistan|afghan|taliban|\bttp\b|kabul|islamabad|waziristan|pashtun", re.IGNORECASE)
_CAPITAL = re.compile(r"^[A-Z\"“‘']")
# Each set: its seed, its folder, the sets whose articles it leaves out, and its splits (None: hash_split, parts=3).
SETS = {"1414": {"seed": SEED, "data": DATA, "exclude": (), "split": None},
        "1515": {"seed": 1515, "data": ROOT / "benchmarks" / "data" / "policy_frames_allsides_1515",
                 "exclude": ("1414",), "split": "held-out"},
        "1616": {"seed": 1616, "data": ROOT / "benchmarks" / "data" / "policy_frames_allsides_1616",
                 "exclude": ("1414", "1515"), "split": "held-out"},
        "1717": {"seed": 1717, "data": ROOT / "benchmarks" / "data" / "policy_frames_allsides_1717",
                 "exclude": ("1414", "1515", "1616"), "split": "held-out"},
        "2121": {"seed": 2121, "data": ROOT / "benchmarks" / "data" / "policy_frames_allsides_2121",
                 "exclude": ("1414", "1515", "1616", "1717"), "split": "held-out"},
        "2323": {"seed": 2323, "data": ROOT / "benchmarks" / "data" / "policy_frames_allsides_2323",
                 "exclude": ("1414", "1515", "1616", "1717", "2121"), "split": "held-out"}}


def _articles() -> list[dict]:
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    keep = [{"doc_id": str(r["ID"]), "source": r["source"], "topic": r["topic"], "text": r["text"] or ""}
            for r in rows if not EXCLUDED.search((r.get("title") or "") + " " + (r.get("text") or ""))]
    return sorted(keep, key=lambda r: r["doc_id"])


def _paragraphs(text: str) -> list[str]:
    """An article's paragraphs as a sentence id counts them: its non-empty lines, stripped."""
    return [x.strip() for x in text.split("\n") if x.strip()]


def _sentences(text: str) -> list[tuple[int, int, str]]:
    out = []
    for p, para in enumerate(_paragraphs(text)):
        for s, (a, b) in enumerate(split_sentences(para)):
            out.append((p, s, para[a:b]))
    return out


def _eligible(sentence: str) -> bool:
    n = len(sentence.split())
    return 8 <= n <= 70 and bool(_CAPITAL.match(sentence)) and not EXCLUDED.search(sentence)


def _set_codes(set_id: str) -> Path:
    return SETS[set_id]["data"] / "codes.csv"


def _result_name(set_id: str) -> str:
    """Stem of a set's results files in ``benchmarks/results/`` (set 1414 keeps its original names)."""
    return "policy_frames_allsides" + ("" if set_id == "1414" else f"_{set_id}")


def _set_judge2(set_id: str) -> Path:
    """The blind second coder's codes of set ``set_id`` (may not exist yet)."""
    return SETS[set_id]["data"] / CODES_JUDGE2.name


def doc_ids(codes_file: Path) -> set[str]:
    """The AllSides article ids of a coded set's ``codes.csv`` (to leave its articles out of a later draw)."""
    ids = pd.read_csv(codes_file, dtype=str, usecols=["sentence_id"])["sentence_id"]
    return {sid.rsplit(":", 2)[0] for sid in ids}


def draw_sentences(taken: set[str], seed: int, keep=None, n: int = N_DRAW) -> pd.DataFrame:
    """Draw ``n`` (:data:`N_DRAW`) sentence ids from the population without the articles ``taken``, in draw order.

    The articles are shuffled with ``numpy.random.default_rng(seed)``; in that order an article is taken when its
    outlet has given fewer than :data:`MAX_PER_SOURCE` so far, and one of its eligible body sentences is drawn. With
    ``keep`` (a function of a sentence's text), only the eligible sentences it accepts count, and an article with none
    is passed over (a cue sample, round 14bj). Shared by the policy sets and the generic sets of
    ``generic_frames_allsides.py``.
    """
    arts = [a for a in _articles() if a["doc_id"] not in taken]
    rng = np.random.default_rng(seed)
    per_source: dict[str, int] = {}
    rows = []
    for i in rng.permutation(len(arts)):
        art = arts[int(i)]
        if per_source.get(art["source"], 0) >= MAX_PER_SOURCE:
            continue
        cands = [c for c in _sentences(art["text"]) if _eligible(c[2]) and (keep is None or keep(c[2]))]
        if not cands:
            continue
        p, s, _ = cands[int(rng.integers(len(cands)))]
        per_source[art["source"]] = per_source.get(art["source"], 0) + 1
        rows.append({"sentence_id": f"{art['doc_id']}:{p}:{s}", "draw_order": len(rows)})
        if len(rows) == n:
            break
    return pd.DataFrame(rows)


def draw(set_id: str = "1414") -> pd.DataFrame:
    """The drawn sentence ids of set ``set_id``, in draw order, with their split."""
    conf = SETS[set_id]
    taken: set[str] = set()
    for other in conf["exclude"]:  # the articles of earlier sets, by doc_id from their codes.csv
        taken |= doc_ids(_set_codes(other))
    out = draw_sentences(taken, conf["seed"])
    out["split"] = conf["split"] or hash_split(out["sentence_id"], parts=3).to_numpy()
    return out


ANCHOR_COLUMNS = ["sentence_id", "paragraph", "start", "end", "sha256_16"]


def _fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def anchor_files() -> list[Path]:
    """The committed ``anchors.csv`` of every coded AllSides frame set (policy and generic), sorted by path."""
    return sorted(ROOT.joinpath("benchmarks", "data").glob("*_frames_allsides*/anchors.csv"))


def load_anchors(files: list[Path] | None = None) -> dict[str, tuple[int, int, int, str]]:
    """Every anchored sentence id: ``(paragraph, start, end, sha256_16)``.

    Parameters
    ----------
    files : list of Path, optional
        Anchor files (default :func:`anchor_files`).

    Returns
    -------
    dict
        Sentence id to its anchor.

    Raises
    ------
    SystemExit
        When a file lacks a column of :data:`ANCHOR_COLUMNS`, or one id has two different anchors.
    """
    out: dict[str, tuple[int, int, int, str]] = {}
    for f in anchor_files() if files is None else files:
        df = pd.read_csv(f, dtype=str, keep_default_na=False)
        if list(df.columns) != ANCHOR_COLUMNS:
            sys.exit(f"{f}: the columns must be {', '.join(ANCHOR_COLUMNS)}; rewrite it with 'anchor --set SET'")
        for sid, p, a, b, h in df.itertuples(index=False):
            anchor = (int(p), int(a), int(b), h)
            if out.setdefault(sid, anchor) != anchor:
                sys.exit(f"{f}: sentence {sid} has another anchor in an earlier set's anchors.csv; an id names one "
                         "sentence: check which set's file is wrong")
    return out


def _anchored(text: str, anchor: tuple[int, int, int, str], sid: str) -> str:
    """The sentence an anchor names in an article's text; stops when its fingerprint differs."""
    p, a, b, h = anchor
    paras = _paragraphs(text)
    sentence = paras[p][a:b] if p < len(paras) else ""
    if _fingerprint(sentence) != h:
        sys.exit(f"sentence {sid}: the text at its anchor (paragraph {p}, characters {a}-{b}) is not the sentence "
                 f"that was coded (sha256_16 {h}); is {ALLSIDES} the corpus file the set was coded on?")
    return sentence


def sentences(ids: pd.Series, anchors: dict | None = None) -> pd.DataFrame:
    """Text, outlet and topic of each sentence id, read from the corpus (never written into the project).

    An id with an anchor (``anchors``, default :func:`load_anchors`) is read from its span and checked against its
    fingerprint; an id without one (a fresh draw) from today's sentence splitter.
    """
    anchors = load_anchors() if anchors is None else anchors
    arts = {a["doc_id"]: a for a in _articles()}
    rows = []
    for sid in ids:
        doc, p, s = sid.rsplit(":", 2)
        art = arts[doc]
        if sid in anchors:
            text = _anchored(art["text"], anchors[sid], sid)
        else:
            text = {(pp, ss): t for pp, ss, t in _sentences(art["text"])}[(int(p), int(s))]
        rows.append({"sentence_id": sid, "sentence": text, "source": art["source"], "topic": art["topic"]})
    return pd.DataFrame(rows)


def write_anchors(ids: pd.Series, drawn: pd.Series, path: Path) -> pd.DataFrame:
    """Write the anchors of a coded set's ``ids`` to ``path`` from today's sentence splitter.

    Parameters
    ----------
    ids : Series of str
        The coded sentence ids, in the order of ``codes.csv``.
    drawn : Series of str
        Today's draw of the set; it must give exactly ``ids`` (else the splitter has changed since the coding and
        today's spans would not be the coded sentences).
    path : Path
        The set's ``anchors.csv``.

    Raises
    ------
    SystemExit
        When ``drawn`` is not ``ids``.
    """
    if list(drawn) != list(ids):
        sys.exit(f"{path.parent}: today's draw does not give the coded ids, so the splitter has changed since the "
                 "coding; compute the anchors at the commit that added codes.csv instead")
    arts = {a["doc_id"]: a for a in _articles()}
    rows = []
    for sid in ids:
        doc, p, s = sid.rsplit(":", 2)
        para = _paragraphs(arts[doc]["text"])[int(p)]
        a, b = split_sentences(para)[int(s)]
        rows.append([sid, int(p), a, b, _fingerprint(para[a:b])])
    out = pd.DataFrame(rows, columns=ANCHOR_COLUMNS)
    out.to_csv(path, index=False)
    return out


def _codes(split: str, set_id: str = "1414") -> pd.DataFrame:
    df = pd.read_csv(_set_codes(set_id), dtype=str, keep_default_na=False)
    return df[df["split"] == split].reset_index(drop=True)


def _micro(gold: np.ndarray, pred: np.ndarray) -> dict:
    tp = int((gold & pred).sum())
    fp = int((~gold & pred).sum())
    fn = int((gold & ~pred).sum())
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else float("nan")
    return {"tp": tp, "fp": fp, "fn": fn, "precision": tp / (tp + fp) if tp + fp else float("nan"),
            "recall": tp / (tp + fn) if tp + fn else float("nan"), "F1": f1}


def _tagged(codes: pd.DataFrame, codebook: Path | None = None):
    """Tag the sentences of ``codes`` once; return the codebooks, the sample, the tagger frames and the label columns."""
    text = sentences(codes["sentence_id"])
    use_study(GENERAL_STUDY)  # the general study: no study's cues or state actors (issue 14bg-a) reach the check
    cb = load_codebooks([codebook or CODEBOOK_DIR / "policy_frames.yaml"])  # the shared codebook, no study cues
    sample = codes.assign(doc_id=codes["sentence_id"], sentence=text["sentence"].to_numpy(), coder_notes="")
    units = sample[["doc_id", "sentence"]].rename(columns={"sentence": "text"})
    frames = tag_frames(units, find_cues(units, cb), cb, keep=("doc_id",))
    pred = predicted_matrix(frames, len(units), cb)
    cols = [c for c in pred.columns if not cb[c[0]]["entries"][c[1]].get("residual")]
    return cb, sample, frames, pred, cols


def _figures(g: np.ndarray, p: np.ndarray, cols: list) -> dict:
    """Micro P/R/F1 with a 95% bootstrap interval (sentences resampled, 2,000 draws, seed 0) and per-frame counts."""
    res = {"n_sentences": len(g), "micro": _micro(g, p)}
    rng = np.random.default_rng(0)
    boots = [_micro(g[ix], p[ix])["F1"] for ix in (rng.integers(0, len(g), len(g)) for _ in range(2000))]
    res["micro"]["F1_ci95"] = [float(np.nanpercentile(boots, 2.5)), float(np.nanpercentile(boots, 97.5))]
    res["per_frame"] = {c[1]: {"n_coded": int(g[:, j].sum()), "n_tagged": int(p[:, j].sum()),
                               **{k: v for k, v in _micro(g[:, j], p[:, j]).items() if k in ("tp", "F1")}}
                        for j, c in enumerate(cols)}
    return res


def score(split: str, errors: bool = False, write: str = "", codebook: Path | None = None,
          set_id: str = "1414") -> dict:
    """Score the tagger on one split of the coded sentences; print the figures and, given a date in ``write``, store them."""
    codes = _codes(split, set_id)
    name = _result_name(set_id)
    cb, sample, frames, pred, cols = _tagged(codes, codebook)
    g, p = label_matrix(sample, cb)[cols].to_numpy(bool), pred[cols].to_numpy(bool)
    fig = _figures(g, p, cols)
    res = {"data": f"AllSides (Baly et al. 2020), {name}", "date": write, "split": split,
           "n_sentences": len(codes), "codebook_version": cb["policy_frames"]["version"],
           "micro": fig["micro"], "per_frame": fig["per_frame"]}
    m = res["micro"]
    print(f"{split}: {len(codes)} sentences, codebook v{res['codebook_version']}: micro P {m['precision']:.2f} "
          f"R {m['recall']:.2f} F1 {m['F1']:.2f} [95% CI {m['F1_ci95'][0]:.2f}, {m['F1_ci95'][1]:.2f}] "
          f"(tp {m['tp']}, fp {m['fp']}, fn {m['fn']})")
    for fr, d in res["per_frame"].items():
        print(f"  {fr:32s} coded {d['n_coded']:3d} tagged {d['n_tagged']:3d} tp {d['tp']:3d} F1 {d['F1']:.2f}")
    if errors:
        ev = frames[frames["counted"]].set_index(["unit", "frame"])["cues"]
        for i in range(len(g)):
            miss = [cols[j][1] for j in np.flatnonzero(g[i] & ~p[i])]
            fps = [f"{cols[j][1]} ({ev.get((i, cols[j][1]), '')})" for j in np.flatnonzero(~g[i] & p[i])]
            if miss or fps:
                print(f"\n[{codes['sentence_id'][i]}] {sample['sentence'][i]}\n  missed: {miss}\n  false: {fps}")
    if write:
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / f"{name}_{split}.json").write_text(json.dumps(res, indent=1) + "\n")
    return res


def _alpha_two(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Nominal Krippendorff's alpha of two complete binary coders, along the last axis (NaN without variation)."""
    n = 2 * first.shape[-1]
    ones = first.sum(-1) + second.sum(-1)
    expected = ones * (n - ones).astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(expected > 0, 1 - (n - 1) * (first != second).sum(-1) / expected, np.nan)


def agreement(first: np.ndarray, second: np.ndarray, labels: list[str], n_boot: int = 1000, seed: int = 0) -> dict:
    """Agreement of two coders on binary labels: Krippendorff's alpha (nominal) per label and pooled.

    Parameters
    ----------
    first, second : ndarray of bool, shape (units, labels)
        Each coder's codes (True: the label applies to the unit).
    labels : list of str
        The label names, in column order.
    n_boot : int
        Bootstrap resamples of units for the 95% intervals (0: none). A pooled resample draws whole units, so the
        labels of one unit stay together.
    seed : int
        Seed of the resampling.

    Returns
    -------
    dict
        ``per_frame``: for each label ``n_first``, ``n_second`` (positives per coder), ``both``, ``raw`` (share of
        units with the same decision) and ``raw_ci95``, ``alpha`` (None when it cannot be computed), ``alpha_ci95``
        (percentiles over the resamples where alpha is defined) and ``note`` (why alpha is missing); ``pooled``: the
        same over every (unit, label) decision; ``exact_sets``: share of units given the very same set of labels;
        ``n_units``, ``n_boot``.

    Raises
    ------
    ValueError
        If the two arrays differ in shape or their width is not ``len(labels)``.
    """
    first, second = np.asarray(first, bool), np.asarray(second, bool)
    if first.shape != second.shape or first.ndim != 2 or first.shape[1] != len(labels):
        raise ValueError(f"agreement: the coders' arrays must share one shape (units, {len(labels)} labels); "
                         f"got {first.shape} and {second.shape}: align both codes files on sentence_id first")

    draws = np.random.default_rng(seed).integers(0, len(first), (n_boot, len(first)))

    def ci(values: np.ndarray) -> list | None:
        values = values[~np.isnan(values)]
        return [float(np.percentile(values, 2.5)), float(np.percentile(values, 97.5))] if values.size else None

    def one(a: np.ndarray, b: np.ndarray) -> dict:
        """a, b: (units,) or (units, labels); a resample takes whole units."""
        alpha, note = krippendorff_alpha(pd.DataFrame([a.ravel().astype(float), b.ravel().astype(float)]))
        ra, rb = a[draws].reshape(n_boot, a[0].size * len(a)), b[draws].reshape(n_boot, a[0].size * len(a))
        boot = n_boot > 0
        return {"n_first": int(a.sum()), "n_second": int(b.sum()), "both": int((a & b).sum()),
                "raw": float((a == b).mean()), "raw_ci95": ci((ra == rb).mean(-1)) if boot else None,
                "alpha": alpha, "alpha_ci95": ci(_alpha_two(ra, rb)) if boot and alpha is not None else None,
                "note": note}

    return {"n_units": int(first.shape[0]), "n_boot": n_boot,
            "per_frame": {lab: one(first[:, j], second[:, j]) for j, lab in enumerate(labels)},
            "pooled": one(first, second),
            "exact_sets": float((first == second).all(axis=1).mean())}


def agree(write: str = "", set_id: str = "1414") -> dict:
    """The second coder against the first, and the tagger against each coder.

    Set 1414: on the held-out part, the development part and all 150 sentences, written (given a date in ``write``)
    to ``policy_frames_allsides_agreement.json``. A check set (1515, 1616, 1717, 2121, 2323; all held-out): on its 150 sentences
    (``all``), written to ``policy_frames_allsides_<set>_agreement.json``. Stops with a message when the set has no
    ``codes.judge2.csv``.
    """
    f1, f2 = _set_codes(set_id), _set_judge2(set_id)
    if not f2.is_file():
        sys.exit(f"agree --set {set_id}: {f2.relative_to(ROOT)} not found: set {set_id} has no blind second coder's "
                 f"codes yet (columns sentence_id, split, policy_frames, in the order of {f1.name})")
    c1 = pd.read_csv(f1, dtype=str, keep_default_na=False)
    c2 = pd.read_csv(f2, dtype=str, keep_default_na=False)
    if c1["sentence_id"].tolist() != c2["sentence_id"].tolist() or c1["split"].tolist() != c2["split"].tolist():
        sys.exit(f"{f2.name} must list the same sentence ids and splits, in the same order, as {f1.name}"
                 + ("" if set_id == "1414" else f" (set {set_id}, {f1.parent.relative_to(ROOT)})"))
    name = _result_name(set_id)
    cb, sample, _, pred, cols = _tagged(c1)
    labels = [c[1] for c in cols]
    g1 = label_matrix(sample, cb)[cols].to_numpy(bool)
    g2 = label_matrix(sample.assign(policy_frames=c2["policy_frames"].to_numpy()), cb)[cols].to_numpy(bool)
    p = pred[cols].to_numpy(bool)
    coders = {"first": f1.name, "second": f2.name} if set_id == "1414" else \
        {"first": str(f1.relative_to(ROOT)), "second": str(f2.relative_to(ROOT))}
    res = {"data": f"AllSides (Baly et al. 2020), {name}", "date": write,
           "codebook_version": cb["policy_frames"]["version"],
           "coders": coders, "agreement": {}, "tagger": {}}
    held = (c1["split"] == "held-out").to_numpy()
    every = np.ones(len(c1), bool)
    # a check set is held-out only: its one part is all of its sentences
    parts = (("held-out", held), ("development", ~held), ("all", every)) if set_id == "1414" else (("all", every),)
    for part, rows in parts:
        res["agreement"][part] = agreement(g1[rows], g2[rows], labels)
        res["tagger"][part] = {"vs_first": _figures(g1[rows], p[rows], cols),
                               "vs_second": _figures(g2[rows], p[rows], cols)}

    def fmt(alpha, ci) -> str:  # "0.90 [0.87, 0.93]"; a missing alpha or interval reads n/a
        return ("n/a" if alpha is None else f"{alpha:.2f}") + ("" if ci is None else f" [{ci[0]:.2f}, {ci[1]:.2f}]")

    if set_id != "1414":
        print(f"set {set_id} ({f1.parent.relative_to(ROOT)}): coder 1 {f1.name}, coder 2 {f2.name}")
    for part, a in res["agreement"].items():
        pooled = fmt(a["pooled"]["alpha"], a["pooled"]["alpha_ci95"])
        print(f"{part}: {a['n_units']} sentences; pooled alpha {pooled}, raw {a['pooled']['raw']:.3f}, "
              f"same set of frames {a['exact_sets']:.2f}")
        for who in ("vs_first", "vs_second"):
            m = res["tagger"][part][who]["micro"]
            print(f"  tagger {who:9s}: micro P {m['precision']:.2f} R {m['recall']:.2f} F1 {m['F1']:.2f} "
                  f"[{m['F1_ci95'][0]:.2f}, {m['F1_ci95'][1]:.2f}]")
        for lab, d in a["per_frame"].items():
            al = "  n/a" if d["alpha"] is None else f"{d['alpha']:5.2f}" + (
                "" if d["alpha_ci95"] is None else f" [{d['alpha_ci95'][0]:.2f}, {d['alpha_ci95'][1]:.2f}]")
            print(f"  {lab:32s} coder1 {d['n_first']:3d} coder2 {d['n_second']:3d} both {d['both']:3d} alpha {al}")
    if write:
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / f"{name}_agreement.json").write_text(json.dumps(res, indent=1) + "\n")
    return res


def report_anchors(codes_file: Path, ids: pd.Series) -> None:
    """Print whether a coded set has anchors and whether they still name its sentences (stops when one does not)."""
    path = codes_file.parent / "anchors.csv"
    if not path.is_file():
        print(f"{path.relative_to(ROOT)} is missing: write it with 'anchor --set SET' while the draw gives the coded ids")
        return
    anchors = load_anchors([path])
    if set(anchors) != set(ids):
        sys.exit(f"{path}: its ids are not those of {codes_file.name}; rewrite it at the commit that added the codes")
    sentences(ids, anchors)
    print(f"{path.relative_to(ROOT)}: all {len(ids)} coded sentences found at their anchors (the set is read from them)")


def main(argv=None) -> None:
    """Command line: ``draw``, ``anchor``, ``show <split>``, ``score <split> [--errors] [--write]``, ``agree [--write]``
    (--set)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=["draw", "anchor", "show", "score", "agree"])
    ap.add_argument("split", nargs="?", default=None, choices=["development", "held-out"],
                    help="default: development for set 1414, held-out for sets 1515, 1616, 1717, 2121 and 2323 (their only split)")
    ap.add_argument("--set", dest="set_id", default="1414", choices=sorted(SETS),
                    help="the coded set (default 1414; 1515, 1616, 1717, 2121, 2323: the held-out-only check sets of issues 14au-d, 14au-f, 14av, 14be, 14bf)")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--write", metavar="DATE", default="",
                    help="store the figures, with this run date (YYYY-MM-DD), in benchmarks/results/")
    ap.add_argument("--codebook", type=Path, default=None,
                    help="score another policy codebook file (e.g. an earlier version) instead of the shared one")
    a = ap.parse_args(argv)
    fixed = SETS[a.set_id]["split"]
    split = a.split or fixed or "development"
    if fixed and split != fixed:
        sys.exit(f"set {a.set_id} has only the {fixed} split")
    if not ALLSIDES.is_file():
        sys.exit(f"{ALLSIDES} not found: this script needs the AllSides corpus in ../shared/data/allsides")
    codes_file = _set_codes(a.set_id)
    if a.command in ("draw", "anchor"):
        out = draw(a.set_id)
        print(out["split"].value_counts().to_string())
        if codes_file.is_file():
            coded = pd.read_csv(codes_file, dtype=str, keep_default_na=False)
            if a.command == "anchor":
                write_anchors(coded["sentence_id"], out["sentence_id"], codes_file.parent / "anchors.csv")
                print(f"wrote {(codes_file.parent / 'anchors.csv').relative_to(ROOT)}")
                return
            same = out["sentence_id"].tolist() == coded["sentence_id"].tolist() and \
                out["split"].tolist() == coded["split"].tolist()
            label = codes_file.name if a.set_id == "1414" else codes_file.relative_to(ROOT)
            print(f"{label}: {'the same ids and splits' if same else 'DIFFERENT ids or splits'} as this draw")
            report_anchors(codes_file, coded["sentence_id"])
    elif a.command == "show":
        codes = _codes(split, a.set_id)
        for r, t in zip(codes.itertuples(index=False), sentences(codes["sentence_id"]).itertuples(index=False)):
            print(f"[{r.sentence_id}] ({t.source}; {t.topic}) {t.sentence}\n  codes: {r.policy_frames}")
    elif a.command == "agree":
        agree(write=a.write, set_id=a.set_id)
    else:
        score(split, errors=a.errors, write=a.write, codebook=a.codebook, set_id=a.set_id)


if __name__ == "__main__":
    main()
