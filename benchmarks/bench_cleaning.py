"""Cleaning benchmark on real web pages: which text survives, which is dropped.

Run on demand (not in CI), from the project root::

    .venv/bin/python benchmarks/bench_cleaning.py              # all four extractors
    .venv/bin/python benchmarks/bench_cleaning.py --only ours  # our plain-text cleaner only
    .venv/bin/python benchmarks/bench_cleaning.py --silver     # dev pages only: ours against trafilatura's text
    .venv/bin/python benchmarks/bench_cleaning.py --split dev  # dev pages only (held-out pages are not even loaded)

Data: ``../shared/data/cleaning-dev`` (163 pages of trafilatura's evaluation
set, each with snippets that a good extraction keeps (``with``) and drops
(``without``); see its README). Each page is rendered to plain text the way a
scraper or copy-paste does (one block-level element a line, blank lines
between them) for the plain-text extractors; the HTML extractors read the page.

Extractors, side by side in one run:

* ``no cleaning (plain text)``: the rendered page as is (the ceiling of the
  `with` rate for plain-text cleaners: snippets the rendering splits or lacks);
* ``ours (plain text)``: :func:`helpers.corpus.clean.clean_article` on the rendered text
  (output: headline, standfirst, subheadings and body);
* ``ours (HTML)``: :func:`helpers.corpus.html.extract_html` on the page, then the
  plain-text cleaner on what it extracted, as ``load_corpus`` does;
* ``trafilatura (HTML)``: ``trafilatura.bare_extraction`` on the page, title and text (in-sample: these
  pages are its own evaluation set, and the hand-corrected texts were drafted from its output);
* ``jusText (plain text)`` and ``jusText (HTML)``: jusText's English stop list, its
  non-boilerplate paragraphs; on plain text each rendered line is fed as a ``<p>``.
  jusText is optional (``benchmarks/requirements-bench.txt``); rows are left out
  when it is not installed.

Scores (after whitespace, quote and dash normalisation): share of ``with``
snippets found in the output (kept) and of ``without`` snippets not found
(dropped), pooled over all snippets with a Wilson 95% interval, and time per
page (mean wall time of the extraction only). Full text: on the 60 pages with a hand-corrected headline and body
(``benchmarks/data/cleaning_gold``, see its README), word 4-shingle precision, recall and F1 of each
extractor's output against that text (as the Zyte/Scrapinghub article-extraction benchmark scores it), mean
over pages with a bootstrap interval; trafilatura's rows include the page title it extracts, as our HTML path
does. Both measures are reported for the ``dev`` pages (rules were tuned on them) and the ``held-out`` pages
(never used for tuning); the dev gold rows are also split by the round that wrote the gold text. ``--silver`` scores only the 91 dev pages, our plain-text cleaner against
trafilatura's extraction of each page (a silver full text: in-sample for trafilatura and unchecked, a
development yardstick on twice as many pages as the hand-corrected dev ones), and names the rules that removed silver
text (``benchmarks/results/bench_cleaning.silver.md``). Results go to
``benchmarks/results/bench_cleaning.csv`` and ``.md`` with the data set name and
the run date. ``--split dev`` loads and scores the dev pages only (no held-out figure is computed or printed) and
writes ``benchmarks/results/bench_cleaning.dev.md``: for development rounds, which must not look at held-out figures.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import gzip
import hashlib
import json
import math
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from helpers.corpus.html import render_plain  # noqa: E402  (the project root is on sys.path only now)

DEV = ROOT.parent / "shared" / "data" / "cleaning-dev"
RESULTS = ROOT / "benchmarks" / "results"
GOLD = ROOT / "benchmarks" / "data" / "cleaning_gold"
SHINGLE = 4
"""Word shingle size of the full-text score (as in the Zyte/Scrapinghub article-extraction benchmark)."""

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                         "\u00a0": " ", "\u201e": '"', "\u2032": "'"})


def norm(text: str) -> str:
    """Whitespace, quote and dash normalisation for snippet matching."""
    return re.sub(r"\s+", " ", text.translate(_QUOTES)).strip().lower()


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval of the share k/n."""
    if n == 0:
        return (math.nan, math.nan)
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (c - h, c + h)


_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = SHINGLE) -> Counter:
    """Multiset of the text's lower-cased word n-grams (the whole text when it has fewer than n words)."""
    toks = _TOKEN.findall(text.translate(_QUOTES).lower())
    if len(toks) < n:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def shingle_prf(pred: str, true: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of the predicted text's word shingles against the true text's.

    Counts are matched as multisets; an empty prediction has precision 1 (it claims nothing) and recall 0
    (unless the truth is empty too).
    """
    p, t = shingles(pred), shingles(true)
    tp = sum((p & t).values())
    prec = tp / sum(p.values()) if p else 1.0
    rec = tp / sum(t.values()) if t else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


def bootstrap_mean(values: list[float], n_boot: int = 2000, seed: int = 11) -> tuple[float, float]:
    """Percentile 95% interval of the mean (fixed seed)."""
    import random

    if not values:
        return (math.nan, math.nan)
    rng = random.Random(seed)
    k = len(values)
    means = sorted(sum(rng.choice(values) for _ in range(k)) / k for _ in range(n_boot))
    return means[int(0.025 * n_boot)], means[int(0.975 * n_boot) - 1]


def load_gold(gold: Path = GOLD) -> dict[str, str]:
    """Hand-corrected headline and body text of some cleaning-dev pages, by URL (see the folder's README)."""
    index = gold / "index.csv"
    if not index.exists():
        return {}
    import csv

    with index.open(encoding="utf-8", newline="") as f:
        return {r["url"]: (gold / r["file"]).read_text(encoding="utf-8") for r in csv.DictReader(f)}


def gold_added(gold: Path = GOLD) -> dict[str, str]:
    """The round (issue) in which each gold page's text was written, by URL (``11``, ``11j``; see the README)."""
    index = gold / "index.csv"
    if not index.exists():
        return {}
    import csv

    with index.open(encoding="utf-8", newline="") as f:
        return {r["url"]: r.get("added") or "11" for r in csv.DictReader(f)}


RETIRED = ROOT / "benchmarks" / "data" / "cleaning_retired.txt"


def _retired() -> frozenset:
    """URLs of held-out pages retired into the dev half (issue 11m): read page by page from then on."""
    if not RETIRED.exists():
        return frozenset()
    lines = RETIRED.read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


def split_of(url: str) -> str:
    """``dev`` or ``held-out``: a fixed half of the pages (by a hash of the URL) that rules were never tuned on.

    The held-out pages listed in ``benchmarks/data/cleaning_retired.txt`` count as ``dev``: they were scored at the
    end of many rounds and then read page by page (issue 11m), so they no longer measure anything out of sample.
    """
    if url in _retired():
        return "dev"
    return "dev" if hashlib.sha1(url.encode("utf-8")).digest()[0] % 2 == 0 else "held-out"


def _decode(data: bytes) -> str:
    """The page's text: UTF-8 when valid, else the charset trafilatura detects (many pages are Latin-1)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        from trafilatura.utils import decode_file

        return decode_file(data)


def load_pages(dev: Path = DEV, split: str | None = None) -> list[dict]:
    """The pages of cleaning-dev with their HTML, plain rendering and snippets (only one split's when given)."""
    seg = json.loads((dev / "segments.json").read_text(encoding="utf-8"))
    pages = []
    for url in sorted(seg):
        if split is not None and split_of(url) != split:
            continue
        e = seg[url]
        data = gzip.decompress((dev / e["file"]).read_bytes())
        html = _decode(data)
        pages.append({"url": url, "file": e["file"], "html": html, "plain": render_plain(html),
                      "with": e["with"], "without": e["without"], "split": split_of(url)})
    return pages


def _ours_plain(page):
    from helpers.corpus.clean import clean_article

    res = clean_article(page["plain"])
    return "\n".join(ln.text for ln in res.lines if ln.label != "furniture")


def _ours_html(page):
    from helpers.corpus.clean import clean_article
    from helpers.corpus.html import extract_html

    ext = extract_html(page["html"])
    res = clean_article(ext.text, find_body=False)
    return "\n".join([ext.title] + [ln.text for ln in res.lines if ln.label != "furniture"])


def _trafilatura(page):
    import trafilatura

    doc = trafilatura.bare_extraction(page["html"], include_comments=False, with_metadata=True)
    if doc is None:
        return ""
    return "\n".join(x for x in (doc.title, doc.text) if x)  # the title too, as our HTML path gives it


def _justext_paragraphs(html: str) -> str:
    import justext

    paras = justext.justext(html.encode("utf-8"), justext.get_stoplist("English"))
    return "\n".join(p.text for p in paras if not p.is_boilerplate)


def _justext_plain(page):
    from html import escape

    html = "<html><body>" + "".join(f"<p>{escape(ln)}</p>" for ln in page["plain"].split("\n\n")) + "</body></html>"
    return _justext_paragraphs(html)


def _justext_html(page):
    return _justext_paragraphs(page["html"])


EXTRACTORS = {
    "no cleaning (plain text)": lambda page: page["plain"],
    "ours (plain text)": _ours_plain,
    "ours (HTML)": _ours_html,
    "trafilatura (HTML)": _trafilatura,
    "jusText (plain text)": _justext_plain,
    "jusText (HTML)": _justext_html,
}


def score(pages, fn, gold=None) -> dict:
    """Kept and dropped snippet counts, time per page and, on pages with a gold text, shingle P/R/F1."""
    kept = n_with = dropped = n_without = 0
    seconds = 0.0
    per_page = []
    prf = {}
    for p in pages:
        t0 = time.perf_counter()
        out = fn(p)
        seconds += time.perf_counter() - t0
        if gold and p["url"] in gold:
            prf[p["url"]] = shingle_prf(out, gold[p["url"]])
        o = norm(out)
        k = sum(norm(s) in o for s in p["with"])
        d = sum(norm(s) not in o for s in p["without"])
        kept, n_with = kept + k, n_with + len(p["with"])
        dropped, n_without = dropped + d, n_without + len(p["without"])
        per_page.append((p["url"], k, len(p["with"]), d, len(p["without"])))
    return {"kept": kept, "n_with": n_with, "dropped": dropped, "n_without": n_without,
            "ms_per_page": 1000 * seconds / max(len(pages), 1), "per_page": per_page, "prf": prf}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", nargs="*", default=None, help="extractor name prefixes (ours, trafilatura, jusText)")
    ap.add_argument("--no-save", action="store_true", help="print only; do not write benchmarks/results")
    ap.add_argument("--misses", action="store_true", help="print the snippets our plain-text cleaner gets wrong")
    ap.add_argument("--silver", action="store_true",
                    help="instead: dev pages only, our plain-text cleaner against trafilatura's text as a silver "
                         "full text, with the silver shingles each cleaning rule removed")
    ap.add_argument("--stress", action="store_true",
                    help="instead: the dev gold pages re-laid out (one sentence a line, a photo gallery inside the "
                         "body, single line breaks, hard wrapping): full-text P/R/F1 of our plain-text cleaner")
    ap.add_argument("--pages", action="store_true", help="with --silver: print the dev pages with the lowest recall")
    ap.add_argument("--split", choices=["dev"], default=None,
                    help="score the dev pages only: held-out pages are not loaded (results in bench_cleaning.dev.md)")
    ap.add_argument("--allsides", metavar="REF", default=None,
                    help="instead: time cleaning all AllSides articles with this checkout and with git REF (e.g. main)")
    ap.add_argument("--allsides-n", type=int, default=0, metavar="N",
                    help="with --allsides: time N articles spread over the file (default: all)")
    args = ap.parse_args(argv)
    if args.allsides:
        return time_allsides(args.allsides, runs=5 if args.allsides_n else 2, save=not args.no_save, n=args.allsides_n)
    if not DEV.exists():
        sys.exit(f"{DEV} not found: this benchmark needs ../shared/data/cleaning-dev (see its README).")
    if args.silver:
        return silver_report(load_pages(split="dev"), save=not args.no_save, show_pages=args.pages)
    if args.stress:
        return stress_report(load_pages(split="dev"), load_gold(), save=not args.no_save)
    pages = load_pages(split=args.split)
    gold = load_gold()
    if args.split:
        gold = {u: t for u, t in gold.items() if split_of(u) == args.split}
    rows = []
    for name, fn in EXTRACTORS.items():
        if args.only and not any(name.lower().startswith(o.lower()) for o in args.only):
            continue
        try:
            r = score(pages, fn, gold)
        except ImportError as exc:
            print(f"skipped {name}: {exc} (pip install -r benchmarks/requirements-bench.txt)")
            continue
        rows.append((name, r))
        if args.misses and name == "ours (plain text)":
            _print_misses(pages)
    today = _dt.date.today().isoformat()
    n_dev = sum(p["split"] == "dev" for p in pages)
    head = (f"cleaning-dev ({len(pages)} pages: {n_dev} dev pages that the rules were developed on, "
            f"{len(pages) - n_dev} held-out pages never inspected page by page), run {today}")
    if args.split:
        head = f"cleaning-dev, {args.split} pages only ({len(pages)}; held-out pages not loaded), run {today}"
    splits = (args.split,) if args.split else ("all", "dev", "held-out")
    lines = [head, "", "| extractor | pages | `with` kept | `without` dropped | ms per page |", "|---|---|---:|---:|---:|"]
    csv = ["dataset,date,extractor,split,kept,n_with,kept_share,kept_low,kept_high,dropped,n_without,"
           "dropped_share,dropped_low,dropped_high,ms_per_page,gold_pages,precision,recall,f1"]
    for name, r in rows:
        for split in splits:
            pp = [x for x, p in zip(r["per_page"], pages) if split == "all" or p["split"] == split]
            k, nw, d, nwo = (sum(x[i] for x in pp) for i in (1, 2, 3, 4))
            ks, ds = k / nw, d / nwo
            (kl, kh), (dl, dh) = wilson(k, nw), wilson(d, nwo)
            lines.append(f"| {name} | {split} ({len(pp)}) | {ks:.1%} ({k}/{nw}; {kl:.1%}-{kh:.1%}) | "
                         f"{ds:.1%} ({d}/{nwo}; {dl:.1%}-{dh:.1%}) | {r['ms_per_page']:.1f} |")
            vals = [v for u, v in r["prf"].items() if split == "all" or split_of(u) == split]
            prf = ",".join(f"{sum(v[i] for v in vals) / len(vals):.4f}" for i in range(3)) if vals else ",,"
            csv.append(f"cleaning-dev,{today},{name},{split},{k},{nw},{ks:.4f},{kl:.4f},{kh:.4f},"
                       f"{d},{nwo},{ds:.4f},{dl:.4f},{dh:.4f},{r['ms_per_page']:.1f},{len(vals)},{prf}")
    lines += _f1_table(rows, pages, gold, dev_only=bool(args.split))
    print("\n".join(lines))
    if not args.no_save:
        RESULTS.mkdir(exist_ok=True)
        if args.split:
            (RESULTS / f"bench_cleaning.{args.split}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
            return
        (RESULTS / "bench_cleaning.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (RESULTS / "bench_cleaning.csv").write_text("\n".join(csv) + "\n", encoding="utf-8")


def _f1_table(rows, pages, gold, dev_only: bool = False) -> list[str]:
    """Markdown lines: mean shingle precision, recall and F1 per extractor and split on the gold pages (with
    ``dev_only``, the dev groups only: no row that pools or holds held-out pages)."""
    if not gold:
        return []
    split = {p["url"]: p["split"] for p in pages}
    n_dev = sum(split.get(u) == "dev" for u in gold)
    out = ["", f"Full text: {len(gold)} pages of cleaning-dev with a hand-corrected headline and body "
               f"(benchmarks/data/cleaning_gold: {n_dev} dev, {len(gold) - n_dev} held-out); word {SHINGLE}-shingle "
               "precision, recall and F1 per page, mean over pages with a bootstrap 95% interval of the mean F1:", "",
           "| extractor | pages | precision | recall | F1 (95% interval) |", "|---|---|---:|---:|---:|"]
    added = gold_added()
    groups = {"all": lambda u: True, "dev": lambda u: split.get(u) == "dev",
              "dev, gold before 11j": lambda u: (split.get(u) == "dev" and added.get(u) not in ("11j", "11k")
                                                 and u not in _retired()),
              "dev, retired from held-out in 11m": lambda u: u in _retired(),
              "dev, gold new in 11j": lambda u: split.get(u) == "dev" and added.get(u) == "11j",
              "dev, gold new in 11k": lambda u: split.get(u) == "dev" and added.get(u) == "11k",
              "held-out": lambda u: split.get(u) == "held-out"}
    if dev_only:
        groups = {k: v for k, v in groups.items() if k.startswith("dev")}
    for name, r in rows:
        for sp, keep in groups.items():
            vals = [v for u, v in sorted(r["prf"].items()) if keep(u)]
            if not vals:
                continue
            p, rc, f = (sum(v[i] for v in vals) / len(vals) for i in range(3))
            lo, hi = bootstrap_mean([v[2] for v in vals])
            out.append(f"| {name} | {sp} ({len(vals)}) | {p:.3f} | {rc:.3f} | {f:.3f} ({lo:.3f}-{hi:.3f}) |")
    return out


ALLSIDES = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.gz"
_TIMER = """
import gzip, json, sys, time
sys.path.insert(0, sys.argv[1])
from helpers.corpus.clean import clean_article
with gzip.open(sys.argv[2], "rt", encoding="utf-8") as f:
    texts = [json.loads(line).get("text") or "" for line in f]
if int(sys.argv[3]) > 0:
    texts = texts[::max(1, len(texts) // int(sys.argv[3]))][:int(sys.argv[3])]  # evenly spread over the file
t0 = time.process_time()
removed = sum(ln.label == "furniture" for t in texts for ln in clean_article(t).lines)
print(json.dumps({"n": len(texts), "cpu": time.process_time() - t0, "removed": removed}))
"""


def time_allsides(ref: str, runs: int = 2, save: bool = True, n: int = 0) -> None:
    """CPU time of cleaning every AllSides article, this checkout against git ``ref``, alternating runs.

    Each run is a fresh process (no warm caches shared between the two cleaners); ``ref``'s ``helpers``
    package is taken with ``git archive`` into a temporary folder. Skips with a message when the data set
    is absent. ``n`` > 0 times ``n`` articles spread evenly over the file instead of all.
    """
    import subprocess
    import tarfile
    import tempfile

    if not ALLSIDES.exists():
        print(f"skipped: {ALLSIDES} not found (the AllSides timing needs ../shared/data/allsides)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        tar = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "helpers"], check=True, capture_output=True).stdout
        with tarfile.open(fileobj=__import__("io").BytesIO(tar)) as tf:
            tf.extractall(tmp, filter="data")
        times: dict[str, list[float]] = {ref: [], "this checkout": []}
        removed = {}
        for _ in range(runs):
            for name, root in ((ref, tmp), ("this checkout", str(ROOT))):
                out = subprocess.run([sys.executable, "-c", _TIMER, root, str(ALLSIDES), str(n)], check=True,
                                     capture_output=True, text=True).stdout
                r = json.loads(out)
                times[name].append(r["cpu"])
                removed[name] = (r["n"], r["removed"])
    base, new = (sum(times[k]) / runs for k in (ref, "this checkout"))
    today = _dt.date.today().isoformat()
    lines = [f"AllSides ({removed[ref][0]:,} articles), run {today}: CPU seconds to clean them all, "
             f"{runs} alternating runs each", "", "| cleaner | CPU s (runs) | lines removed |", "|---|---:|---:|"]
    for k in (ref, "this checkout"):
        lines.append(f"| {k} | {sum(times[k]) / runs:.1f} ({', '.join(f'{t:.1f}' for t in times[k])}) | "
                     f"{removed[k][1]:,} |")
    lines += ["", f"Ratio this checkout / {ref}: {new / base:.2f}"]
    print("\n".join(lines))
    if save:
        (RESULTS / "bench_cleaning.allsides.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def silver_report(pages, save: bool = True, show_pages: bool = False) -> None:
    """Our plain-text cleaner against trafilatura's extraction (title and text) of the same page, dev pages only.

    A silver full text: it is in-sample for trafilatura (these pages are its evaluation set) and not hand
    checked, so it is a development yardstick on 91 pages rather than 23, never a validation figure. Prints the
    mean shingle precision, recall and F1 and, per cleaning rule, how many silver shingles the lines it removed
    carried (silver shingles of a removed line that our output does not hold anyway): where body is lost.
    """
    from helpers.corpus.clean import clean_article

    if any(p["split"] != "dev" for p in pages):
        raise ValueError("silver_report: pass the dev pages only (load_pages(split='dev')); held-out pages are "
                         "never scored page by page")
    per_page, by_rule, rule_pages = [], Counter(), Counter()
    for p in pages:
        silver = _trafilatura(p)
        if len(_TOKEN.findall(silver)) < 50:
            continue  # trafilatura found no article: no yardstick
        res = clean_article(p["plain"])
        out = "\n".join(ln.text for ln in res.lines if ln.label != "furniture")
        prec, rec, f1 = shingle_prf(out, silver)
        s_sh, o_sh = shingles(silver), shingles(out)
        reach = s_sh & shingles(p["plain"])  # what a plain-text cleaner can keep: the rendering may lack the rest
        n_reach = sum(reach.values())
        per_page.append((p["url"], prec, rec, f1, sum((o_sh & reach).values()) / n_reach if n_reach else math.nan))
        seen = set()
        for ln in res.lines:
            if ln.label != "furniture":
                continue
            lost = sum(1 for g in shingles(ln.text) if g in s_sh and g not in o_sh)
            if lost:
                by_rule[ln.rule] += lost
                if ln.rule not in seen:
                    rule_pages[ln.rule] += 1
                    seen.add(ln.rule)
    today = _dt.date.today().isoformat()
    n = len(per_page)
    mp, mr, mf = (sum(v[i] for v in per_page) / n for i in (1, 2, 3))
    reach_vals = [v[4] for v in per_page if not math.isnan(v[4])]
    mreach = sum(reach_vals) / len(reach_vals)
    lo, hi = bootstrap_mean([v[3] for v in per_page])
    low_rec = sum(v[2] < 0.9 for v in per_page)
    lines = [f"Silver full text on the dev pages of cleaning-dev, run {today}: our plain-text cleaner against "
             f"trafilatura's extraction of the page's HTML (title and text; in-sample for trafilatura, not hand "
             f"checked: a development yardstick, not a validation figure). {n} of {len(pages)} dev pages "
             f"(pages where trafilatura extracts fewer than 50 words are left out).", "",
             "| extractor | pages | precision | recall | F1 (95% interval) | recall of the rendered silver | "
             "pages with recall < 0.9 |", "|---|---|---:|---:|---:|---:|---:|",
             f"| ours (plain text) vs silver | dev ({n}) | {mp:.3f} | {mr:.3f} | {mf:.3f} ({lo:.3f}-{hi:.3f}) | "
             f"{mreach:.3f} | {low_rec} |", "",
             f"(recall of the rendered silver: of the silver shingles that the plain rendering holds, the share kept; "
             f"over the {len(reach_vals)} pages whose rendering holds some of the silver text)",
             "", "Silver shingles in the lines each rule removed (summed over pages; pages):", "",
             "| rule | silver shingles removed | pages |", "|---|---:|---:|"]
    lines += [f"| {r or '(none)'} | {k} | {rule_pages[r]} |" for r, k in sorted(by_rule.items(), key=lambda x: (-x[1], x[0]))]
    print("\n".join(lines))
    if show_pages:
        for url, prec, rec, f1, reach in sorted(per_page, key=lambda v: (v[4] if not math.isnan(v[4]) else -1.0))[:25]:
            print(f"recall {rec:.3f} (rendered {reach:.3f}) precision {prec:.3f} {url}")
    if save:
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / "bench_cleaning.silver.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"\u201c]?[A-Z])")
_GALLERY = ["The harbour at dawn", "A view of the old square", "Visitors queue outside the museum",
            "The bridge after the storm", "Children play in the park", "Evening traffic on the main road",
            "The market on a Saturday", "A quiet street in the centre", "The new station building",
            "Fishermen bring in the catch"]


def _one_sentence_a_line(plain: str, gold: str) -> str:
    return "\n\n".join(x for b in plain.split("\n\n") for x in (_SENTENCE_END.split(b) if len(b.split()) >= 20 else [b]))


_BOX = ["Related", "Mayor Opens New Library In The Old Station", "Harbour Festival Returns After Five Years",
        "Cyclists Ask For Safer Lanes On The Ring Road"]
_SUBHEADS = ["What happens next", "The background", "Why it matters", "Reaction"]


def _insert_after(plain: str, gold: str, items: list[str], where: float) -> str | None:
    """``items`` after the true body's paragraph at ``where`` (a share of its length); None when not found."""
    paras = [x for x in gold.split("\n") if len(x.split()) >= 20]
    if len(paras) < 4:
        return None
    key = norm(paras[int(len(paras) * where)])[:60]
    blocks = plain.split("\n\n")
    at = next((i for i, b in enumerate(blocks) if key in norm(b)), None)
    return None if at is None else "\n\n".join(blocks[:at + 1] + items + blocks[at + 1:])


def _gallery_inside(plain: str, gold: str) -> str | None:
    return _insert_after(plain, gold, _GALLERY, 0.5)


def _each_paragraph(plain: str, gold: str, extra) -> str:
    """``extra(k)`` (a line or None) after the k-th rendered line that is a paragraph of the true body."""
    paras = {norm(x)[:60] for x in gold.split("\n") if len(x.split()) >= 20}
    out, k = [], 0
    for b in plain.split("\n\n"):
        out.append(b)
        if norm(b)[:60] in paras:
            line = extra(k)
            k += 1
            if line:
                out.append(line)
    return "\n\n".join(out)


def _ads_and_box(plain: str, gold: str) -> str:
    return _each_paragraph(_insert_after(plain, gold, _BOX, 1 / 3) or plain, gold, lambda k: "Advertisement")


def _hard_wrapped(plain: str, gold: str) -> str:
    import textwrap

    return "\n\n".join("\n".join(textwrap.wrap(b, 72)) if len(b) > 72 else b for b in plain.split("\n\n"))


STRESS = {
    "as rendered": lambda plain, gold: plain,
    "one sentence a line": _one_sentence_a_line,
    "photo gallery inside the body": _gallery_inside,
    "single line breaks": lambda plain, gold: plain.replace("\n\n", "\n"),
    "related box inside the body": lambda plain, gold: _insert_after(plain, gold, _BOX, 1 / 3),
    "ad slot after every paragraph": lambda plain, gold: _each_paragraph(plain, gold, lambda k: "Advertisement"),
    "ad slots and a related box": _ads_and_box,
    "subheading every third paragraph": lambda plain, gold: _each_paragraph(
        plain, gold, lambda k: _SUBHEADS[k // 3 % 4] if k % 3 == 2 else None),
    "hard-wrapped at 72": _hard_wrapped,
}
"""Layouts the dev pages do not have, made from them: the true text stays the same (the gallery is furniture)."""


def stress_report(pages, gold: dict, save: bool = True) -> None:
    """Our plain-text cleaner on the dev gold pages laid out in other ways (dev pages only).

    Each variant of :data:`STRESS` is made from a page's plain rendering; the full-text score is against the
    same hand-corrected text, so a drop in recall is body lost to the layout alone.
    """
    from helpers.corpus.clean import clean_article

    if any(p["split"] != "dev" for p in pages):
        raise ValueError("stress_report: pass the dev pages only (load_pages(split='dev'))")
    today = _dt.date.today().isoformat()
    lines = [f"Other layouts of the {sum(p['url'] in gold for p in pages)} dev pages with a hand-corrected text "
             f"(cleaning-dev), run {today}: our plain-text cleaner, mean word 4-shingle precision, recall and F1",
             "", "| layout | pages | precision | recall | F1 | lowest recall |", "|---|---|---:|---:|---:|---:|"]
    for name, make in STRESS.items():
        vals = []
        for p in pages:
            if p["url"] not in gold:
                continue
            text = make(p["plain"], gold[p["url"]])
            if text is None:
                continue
            res = clean_article(text)
            vals.append(shingle_prf("\n".join(ln.text for ln in res.lines if ln.label != "furniture"), gold[p["url"]]))
        n = len(vals)
        prec, rec, f1 = (sum(v[i] for v in vals) / n for i in range(3))
        lines.append(f"| {name} | {n} | {prec:.3f} | {rec:.3f} | {f1:.3f} | {min(v[1] for v in vals):.3f} |")
    print("\n".join(lines))
    if save:
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / "bench_cleaning.stress.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _print_misses(pages) -> None:
    from helpers.corpus.clean import clean_article

    for p in pages:
        if p["split"] != "dev":
            continue  # held-out pages are never looked at
        res = clean_article(p["plain"])
        o = norm("\n".join(ln.text for ln in res.lines if ln.label != "furniture"))
        for s in p["with"]:
            if norm(s) not in o:
                print(f"LOST  {p['url'][:50]}: {s[:100]!r}")
        for s in p["without"]:
            if norm(s) in o:
                print(f"KEPT  {p['url'][:50]}: {s[:100]!r}")


if __name__ == "__main__":
    main()
