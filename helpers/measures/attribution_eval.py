"""Score attribution output against brat-annotated attributions (e.g. PolNeAR).

Used by ``benchmarks/bench_sourcing.py``; nothing here reads data at import
time, and the project never reads annotated data at run time.

Scoring (the usual one for attribution extraction): a predicted attribution
matches a gold one when its cue overlaps the gold cue span; its source is
right when it also overlaps the gold source span (or when both are empty:
"it was reported that" has no stated source). Precision is over predictions,
recall over gold attributions, both with overlap matching.
"""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

__all__ = ["read_brat", "gold_attributions", "predicted_spans", "score_attributions", "load_benchmark",
           "benchmark_lines", "rounded_down", "QUOTE_MARKS", "BENCHMARK_FILE"]

QUOTE_MARKS = "\"\u201c\u201d\u201e\u00ab\u00bb'\u2018\u2019`"
"""Characters that open or close a quotation (a content that starts or ends with one is a direct quotation)."""

_SPAN = re.compile(r"(\d+)\s+(\d+)")


def _spans(field: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in _SPAN.findall(field)]


def read_brat(path) -> pd.DataFrame:
    """Attributions of one brat ``.ann`` file, one row per ``E`` line.

    Parameters
    ----------
    path : str or Path
        A brat standoff file with ``T`` lines (``Source``, ``Cue``,
        ``Content``, ``Attribution``, ``Attribution-no-source``) and ``E``
        lines tying them.

    Returns
    -------
    DataFrame
        Columns ``cue``, ``source``, ``content`` (lists of ``(start, end)``
        spans, empty when the part is not annotated) and ``content_text``.

    Raises
    ------
    FileNotFoundError
        If ``path`` does not exist.
    ValueError
        If an ``E`` line names a ``T`` id that the file does not define.
    """
    path = Path(path)
    spans: dict[str, list[tuple[int, int]]] = {}
    texts: dict[str, str] = {}
    events = []
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines:
        if line.startswith("T"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            tid, field = parts[0], parts[1]
            kind, _, where = field.partition(" ")
            spans[tid] = _spans(where)
            texts[tid] = parts[2] if len(parts) > 2 else ""
        elif line.startswith("E"):
            events.append(line.split("\t", 1)[1] if "\t" in line else "")
    rows = []
    for ev in events:
        parts = dict(p.split(":", 1) for p in ev.split() if ":" in p)
        for tid in parts.values():
            if tid not in spans:
                raise ValueError(f"{path}: event {ev!r} names {tid}, which no T line defines; is the file complete?")
        content = parts.get("Content")
        rows.append({"cue": spans.get(parts.get("Cue"), []), "source": spans.get(parts.get("Source"), []),
                     "content": spans.get(content, []), "content_text": texts.get(content, "")})
    return pd.DataFrame(rows, columns=["cue", "source", "content", "content_text"])


def gold_attributions(ann_dir, doc_ids, raw_texts) -> pd.DataFrame:
    """Gold attributions of the given documents (one annotator each: the first ``.ann`` file by name).

    Parameters
    ----------
    ann_dir : str or Path
        Folder of ``<doc_id>_<annotator>.ann`` files.
    doc_ids : sequence of str
        Documents to read.
    raw_texts : sequence of str
        The text of each document (to decide whether a content is a direct quotation).

    Returns
    -------
    DataFrame
        ``doc_id``, ``cue``, ``source``, ``content`` (span lists) and ``direct``
        (the content starts or ends with a quotation mark).

    Raises
    ------
    FileNotFoundError
        If a document has no annotation file.
    """
    ann_dir = Path(ann_dir)
    frames = []
    for doc, raw in zip(doc_ids, raw_texts):
        files = sorted(ann_dir.glob(f"{doc}_*.ann"))
        if not files:
            raise FileNotFoundError(f"no annotation file {doc}_*.ann in {ann_dir}")
        g = read_brat(files[0])
        g.insert(0, "doc_id", doc)
        g["direct"] = [_is_direct_content(raw, c) for c in g["content"]]
        frames.append(g)
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(
        columns=["doc_id", "cue", "source", "content", "content_text", "direct"])


def _is_direct_content(raw: str, content) -> bool:
    if not content:
        return False
    s, e = min(a for a, _ in content), max(b for _, b in content)
    text = raw[s:e].strip()
    return bool(text) and (text[0] in QUOTE_MARKS or text[-1] in QUOTE_MARKS
                           or text.rstrip(".,;") [-1:] in QUOTE_MARKS)


def predicted_spans(att: pd.DataFrame, units: pd.DataFrame) -> pd.DataFrame:
    """Document offsets of the cues and sources that ``extract_attributions`` found.

    Parameters
    ----------
    att : DataFrame
        From :func:`helpers.measures.sourcing.extract_attributions` (``verb``,
        ``verb_start``, ``source``, ``source_start``, ``kind``).
    units : DataFrame
        The sentences it read, with ``doc_id``, ``unit_id`` and ``start``.

    Returns
    -------
    DataFrame
        ``doc_id``, ``cue`` and ``source`` (span lists; the source is empty
        when none is stated), ``direct``. Attributions without a cue (a
        quotation whose speaker comes from an earlier sentence) are left out:
        they have no cue to score.
    """
    starts = units.set_index(["doc_id", "unit_id"])["start"]
    rows = []
    for r in att.itertuples(index=False):
        if not r.verb or r.verb_start < 0:
            continue
        base = int(starts.loc[(r.doc_id, r.unit_id)])
        cue = [(base + int(r.verb_start), base + int(r.verb_start) + len(r.verb))]
        src = ([(base + int(r.source_start), base + int(r.source_start) + len(r.source))]
               if r.source and r.source_start >= 0 else [])
        rows.append({"doc_id": r.doc_id, "cue": cue, "source": src, "direct": r.kind == "direct"})
    return pd.DataFrame(rows, columns=["doc_id", "cue", "source", "direct"])


def _overlap(a, b) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _prf(tp_p: int, n_p: int, tp_g: int, n_g: int) -> dict:
    p = tp_p / n_p if n_p else float("nan")
    r = tp_g / n_g if n_g else float("nan")
    f = 2 * p * r / (p + r) if n_p and n_g and (p + r) else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp_pred": tp_p, "n_pred": n_p, "tp_gold": tp_g, "n_gold": n_g}


def score_attributions(pred: pd.DataFrame, gold: pd.DataFrame) -> dict:
    """Precision, recall and F1 of predicted attributions against gold ones.

    Parameters
    ----------
    pred : DataFrame
        From :func:`predicted_spans`.
    gold : DataFrame
        From :func:`gold_attributions`.

    Returns
    -------
    dict
        ``cue`` (cue spans overlap), ``cue_source`` (over gold attributions
        with a stated source and predictions with a source: cue and source
        both overlap), ``cue_source_all`` (every attribution; an empty source
        matches an empty one) and ``direct`` (gold: direct quotations;
        predictions: ``direct``; cue overlap), each a dict with
        ``precision``, ``recall``, ``f1`` and the counts behind them.
    """
    gold = gold[gold["cue"].map(bool)]
    by_doc_g = {d: g for d, g in gold.groupby("doc_id", sort=False)}
    by_doc_p = {d: p for d, p in pred.groupby("doc_id", sort=False)}

    def match(p, g, need_source: bool) -> bool:
        if not _overlap(p["cue"], g["cue"]):
            return False
        if not need_source:
            return True
        if not p["source"] and not g["source"]:
            return True
        return _overlap(p["source"], g["source"])

    out = {}
    variants = {
        "cue": (lambda p: True, lambda g: True, False),
        "cue_source": (lambda p: bool(p["source"]), lambda g: bool(g["source"]), True),
        "cue_source_all": (lambda p: True, lambda g: True, True),
        "direct": (lambda p: p["direct"], lambda g: g["direct"], False),
    }
    for name, (keep_p, keep_g, need_source) in variants.items():
        tp_p = n_p = tp_g = n_g = 0
        for doc in set(by_doc_g) | set(by_doc_p):
            ps = [p for p in by_doc_p.get(doc, pd.DataFrame()).to_dict("records") if keep_p(p)]
            gs = [g for g in by_doc_g.get(doc, pd.DataFrame()).to_dict("records") if keep_g(g)]
            n_p += len(ps)
            n_g += len(gs)
            tp_p += sum(any(match(p, g, need_source) for g in gs) for p in ps)
            tp_g += sum(any(match(p, g, need_source) for p in ps) for g in gs)
        out[name] = _prf(tp_p, n_p, tp_g, n_g)
    return out


BENCHMARK_FILE = "benchmarks/results/bench_sourcing.json"
"""Results file written by ``benchmarks/bench_sourcing.py`` (relative to the project root)."""


def load_benchmark(path=None) -> tuple[dict, pd.DataFrame]:
    """The committed benchmark scores of the attribution extractor.

    Parameters
    ----------
    path : str or Path, optional
        Results file (default :data:`BENCHMARK_FILE` in the project).

    Returns
    -------
    meta : dict
        ``dataset``, ``computed`` (date), ``scoring`` (how matches are
        counted), and the timings when present.
    table : DataFrame
        One row per split and measure: ``split``, ``measure``, ``precision``,
        ``recall``, ``f1``, ``tp_pred``, ``n_pred``, ``tp_gold``, ``n_gold``.

    Raises
    ------
    FileNotFoundError
        If the file is missing (run ``benchmarks/bench_sourcing.py``).
    """
    import json

    from ..core.paths import PROJECT_ROOT

    p = Path(path) if path is not None else PROJECT_ROOT / BENCHMARK_FILE
    if not p.is_file():
        raise FileNotFoundError(f"benchmark results {p} not found: run .venv/bin/python benchmarks/bench_sourcing.py")
    res = json.loads(p.read_text(encoding="utf-8"))
    rows = [{"split": split, "measure": m, **s} for split, r in res.get("splits", {}).items()
            for m, s in r["scores"].items()]
    meta = {k: v for k, v in res.items() if k != "splits"}
    cols = ["split", "measure", "precision", "recall", "f1", "tp_pred", "n_pred", "tp_gold", "n_gold"]
    return meta, pd.DataFrame(rows, columns=cols)


_SPLIT_NOTE = {"dev": "held out", "train": "developed on"}
_SCORES = ("precision", "recall", "f1")


def rounded_down(x, digits: int = 3):
    """``x`` rounded DOWN to ``digits`` decimals (a score, or the score columns of a benchmark table).

    Targets are thresholds: a direct-quotation F1 of 0.84989 rounded to "0.850" would read as the 0.85 target met,
    so printed scores are cut, never rounded up.

    Parameters
    ----------
    x : float or DataFrame
        A score, or a table with ``precision``, ``recall`` and ``f1`` columns (other columns are kept as they are).
    digits : int, optional
        Decimals kept.

    Returns
    -------
    float or DataFrame
        The same kind of object as ``x``; NaN stays NaN.
    """
    scale = 10 ** digits
    if isinstance(x, pd.DataFrame):
        out = x.copy()
        for col in (c for c in _SCORES if c in out.columns):
            out[col] = out[col].map(lambda v: rounded_down(v, digits))
        return out
    if x != x:  # NaN (nothing predicted or no gold): stays NaN
        return x
    # the epsilon absorbs float noise only (0.85 stored as 0.84999999999999998 stays 0.85); 0.8499999 is 0.849
    return int(x * scale + 1e-9) / scale


def benchmark_lines(table: pd.DataFrame, measures=("cue", "cue_source", "direct")) -> list[str]:
    """One printed line per split of :func:`load_benchmark`'s table, dev first, with three decimals rounded down.

    Three decimals, because the targets are two-decimal thresholds: a direct-quotation F1 of 0.848 printed as
    "0.85" would read as the 0.85 target met; rounded down (:func:`rounded_down`), because 0.84989 printed as
    "0.850" would too.

    Parameters
    ----------
    table : DataFrame
        The ``table`` of :func:`load_benchmark`.
    measures : sequence of str, optional
        Measures to print, in this order (those missing from a split are skipped).

    Returns
    -------
    list of str
        ``"PolNeAR dev (held out): cue: P 0.877 (1321/1506), R 0.601 (1318/2192), F1 0.713; ..."``, one per split
        present (dev, then train, then any other).
    """
    present = set(table["split"])
    splits = [s for s in _SPLIT_NOTE if s in present] + sorted(present - set(_SPLIT_NOTE))
    lines = []
    for split in splits:
        b = rounded_down(table[table["split"] == split]).set_index("measure")
        parts = [f"{m}: P {b.loc[m, 'precision']:.3f} ({int(b.loc[m, 'tp_pred'])}/{int(b.loc[m, 'n_pred'])}), "
                 f"R {b.loc[m, 'recall']:.3f} ({int(b.loc[m, 'tp_gold'])}/{int(b.loc[m, 'n_gold'])}), "
                 f"F1 {b.loc[m, 'f1']:.3f}" for m in measures if m in b.index]
        note = f" ({_SPLIT_NOTE[split]})" if split in _SPLIT_NOTE else ""
        lines.append(f"PolNeAR {split}{note}: {'; '.join(parts)}")
    return lines
