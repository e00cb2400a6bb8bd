"""Where the plain-text cleaner loses body and keeps furniture on the DEV gold pages (never the held-out ones).

Run on demand (not in CI), from the project root::

    .venv/bin/python benchmarks/bench_cleaning_gold.py            # all dev gold pages
    .venv/bin/python benchmarks/bench_cleaning_gold.py --added 11j  # only the pages whose gold text is new in 11j
    .venv/bin/python benchmarks/bench_cleaning_gold.py --lines      # also print each lost and each kept-furniture line

For every ``dev`` page of ``../shared/data/cleaning-dev`` with a hand-corrected text
(``benchmarks/data/cleaning_gold``), the cleaner's output is scored with word 4-shingle precision, recall and
F1 (as in ``bench_cleaning.py``), and each removed line that held gold shingles the output lacks is charged to
the rule that removed it (recall losses, by rule), and each kept line whose shingles are mostly not in the gold
text is listed by the label it kept (precision losses). Pages of the ``held-out`` split are refused: they are
scored only as aggregates by ``bench_cleaning.py``. Results go to ``benchmarks/results/bench_cleaning.gold.md``
(``--added`` adds the round to the file name, ``--tag`` a further suffix such as ``before``).
"""
from __future__ import annotations

import argparse
import datetime as _dt
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_cleaning as bc  # noqa: E402  (the benchmarks folder is on sys.path only now)


def _kept_text(res) -> str:
    return "\n".join(ln.text for ln in res.lines if ln.label != "furniture")


def page_losses(plain: str, gold: str):
    """Score one page and charge its losses: (P, R, F1), {rule: lost gold shingles}, lost lines, kept furniture lines.

    A removed line is lost body when at least one of its shingles is in the gold text and not in the output; a
    kept line is kept furniture when fewer than half of its shingles are in the gold text.
    """
    from helpers.corpus.clean import clean_article

    res = clean_article(plain)
    out = _kept_text(res)
    prf = bc.shingle_prf(out, gold)
    g_sh, o_sh = bc.shingles(gold), bc.shingles(out)
    by_rule, lost, kept_bad = Counter(), [], []
    for ln in res.lines:
        sh = bc.shingles(ln.text)
        if ln.label == "furniture":
            n = sum(1 for g in sh if g in g_sh and g not in o_sh)
            if n:
                by_rule[ln.rule] += n
                lost.append((ln.rule, n, ln.text))
        elif sh and sum(1 for g in sh if g in g_sh) < 0.5 * len(sh):
            kept_bad.append((ln.label, len(sh), ln.text))
    return prf, by_rule, lost, kept_bad


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--added", default=None, help="only the gold pages of this round (e.g. 11j)")
    ap.add_argument("--lines", action="store_true", help="print each lost and kept-furniture line")
    ap.add_argument("--tag", default="", help="a suffix for the results file name (e.g. before)")
    ap.add_argument("--no-save", action="store_true", help="print only")
    args = ap.parse_args(argv)
    gold, added = bc.load_gold(), bc.gold_added()
    urls = {u for u in gold if bc.split_of(u) == "dev" and (args.added is None or added.get(u) == args.added)}
    pages = [p for p in bc.load_pages(split="dev") if p["url"] in urls]
    if any(p["split"] != "dev" for p in pages):
        raise ValueError("bench_cleaning_gold: dev pages only")
    rows, total = [], Counter()
    for p in pages:
        prf, by_rule, lost, kept_bad = page_losses(p["plain"], gold[p["url"]])
        total.update(by_rule)
        rows.append((p["url"], prf, by_rule))
        if args.lines:
            print(f"== {p['url'][:90]}  P {prf[0]:.3f} R {prf[1]:.3f} F {prf[2]:.3f}")
            for rule, n, text in lost:
                print(f"  LOST {rule} ({n}): {text[:160]!r}")
            for label, n, text in kept_bad:
                print(f"  KEPT {label} ({n}): {text[:160]!r}")
    n = len(rows)
    mp, mr, mf = (sum(r[1][i] for r in rows) / n for i in range(3))
    (plo, phi), (rlo, rhi), (lo, hi) = (bc.bootstrap_mean([r[1][i] for r in rows]) for i in range(3))
    which = f"gold texts new in issue {args.added}" if args.added else "all dev gold texts"
    lines = [f"Dev gold pages of cleaning-dev ({which}; held-out pages are never scored here), run "
             f"{_dt.date.today().isoformat()}: our plain-text cleaner, word {bc.SHINGLE}-shingle scores", "",
             "| pages | precision (95% interval) | recall (95% interval) | F1 (95% interval) |", "|---|---:|---:|---:|",
             f"| {n} | {mp:.3f} ({plo:.3f}-{phi:.3f}) | {mr:.3f} ({rlo:.3f}-{rhi:.3f}) | {mf:.3f} ({lo:.3f}-{hi:.3f}) |",
             "", "(mean over pages; bootstrap 95% intervals of the means, fixed seed)", "",
             "| page | precision | recall | F1 | rules that removed gold text (shingles) |", "|---|---:|---:|---:|---|"]
    for url, (p_, r_, f_), by_rule in sorted(rows, key=lambda r: r[1][2]):
        rules = ", ".join(f"{k} {v}" for k, v in by_rule.most_common())
        lines.append(f"| {url[:70]} | {p_:.3f} | {r_:.3f} | {f_:.3f} | {rules} |")
    lines += ["", "Gold shingles removed, by rule (summed over pages):", "", "| rule | gold shingles |", "|---|---:|"]
    lines += [f"| {k} | {v} |" for k, v in sorted(total.items(), key=lambda x: (-x[1], x[0]))]
    print("\n".join(lines))
    if not args.no_save:
        name = f"bench_cleaning.gold{'.' + args.added if args.added else ''}{'.' + args.tag if args.tag else ''}.md"
        (bc.RESULTS / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
