"""Where the plain-text cleaner loses body and keeps furniture on the DEV gold pages (never the held-out ones).

Run on demand (not in CI), from the project root::

    .venv/bin/python benchmarks/bench_cleaning_gold.py            # all dev gold pages
    .venv/bin/python benchmarks/bench_cleaning_gold.py --added 11j  # only the pages whose gold text is new in 11j
    .venv/bin/python benchmarks/bench_cleaning_gold.py --lines      # also print each lost and each kept-furniture line
    .venv/bin/python benchmarks/bench_cleaning_gold.py --html       # the HTML path's options on the dev pages (11k)
    .venv/bin/python benchmarks/bench_cleaning_gold.py --retired --with-html  # the 14 pages retired from held-out (11m)

For every ``dev`` page of ``../shared/data/cleaning-dev`` with a hand-corrected text
(``benchmarks/data/cleaning_gold``), the cleaner's output is scored with word 4-shingle precision, recall and
F1 (as in ``bench_cleaning.py``), and each removed line that held gold shingles the output lacks is charged to
the rule that removed it (recall losses, by rule), and each kept line whose shingles are mostly not in the gold
text is listed by the label it kept (precision losses). Pages of the ``held-out`` split are refused: they are
scored only as aggregates by ``bench_cleaning.py``. Results go to ``benchmarks/results/bench_cleaning.gold.md``
(``--added`` adds the round to the file name, ``--retired`` adds ``11m``, ``--tag`` a further suffix such as
``before``). ``--retired`` takes the 14 gold pages retired from the held-out half into dev in issue 11m
(``benchmarks/data/cleaning_retired.txt``); ``--with-html`` also scores the HTML path (trafilatura, then the line
rules, as ``bench_cleaning.py`` runs it) on the same pages.
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
    ap.add_argument("--retired", action="store_true",
                    help="only the gold pages retired from the held-out half into dev (issue 11m)")
    ap.add_argument("--with-html", action="store_true", help="also score the HTML path on the same pages")
    ap.add_argument("--lines", action="store_true", help="print each lost and kept-furniture line")
    ap.add_argument("--tag", default="", help="a suffix for the results file name (e.g. before)")
    ap.add_argument("--no-save", action="store_true", help="print only")
    ap.add_argument("--html", action="store_true",
                    help="instead: compare options of the HTML path on the dev gold pages and dev snippets")
    args = ap.parse_args(argv)
    if args.html:
        return html_options(save=not args.no_save)
    gold, added = bc.load_gold(), bc.gold_added()
    retired = bc._retired()
    urls = {u for u in gold if bc.split_of(u) == "dev" and (args.added is None or added.get(u) == args.added)
            and (not args.retired or u in retired)}
    pages = [p for p in bc.load_pages(split="dev") if p["url"] in urls]
    if any(p["split"] != "dev" for p in pages):
        raise ValueError("bench_cleaning_gold: dev pages only")
    rows, total, html = [], Counter(), {}
    for p in pages:
        prf, by_rule, lost, kept_bad = page_losses(p["plain"], gold[p["url"]])
        total.update(by_rule)
        rows.append((p["url"], prf, by_rule))
        if args.with_html:
            html[p["url"]] = bc.shingle_prf(bc._ours_html(p), gold[p["url"]])
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
    if args.retired:
        which = "the gold texts retired from the held-out half in issue 11m, in-sample from then on"
    lines = [f"Dev gold pages of cleaning-dev ({which}; held-out pages are never scored here), run "
             f"{_dt.date.today().isoformat()}: our plain-text cleaner, word {bc.SHINGLE}-shingle scores", "",
             "| pages | precision (95% interval) | recall (95% interval) | F1 (95% interval) |", "|---|---:|---:|---:|",
             f"| {n} | {mp:.3f} ({plo:.3f}-{phi:.3f}) | {mr:.3f} ({rlo:.3f}-{rhi:.3f}) | {mf:.3f} ({lo:.3f}-{hi:.3f}) |",
             "", "(mean over pages; bootstrap 95% intervals of the means, fixed seed)", ""]
    if html:
        vals = list(html.values())
        hp, hr, hf = (sum(v[i] for v in vals) / n for i in range(3))
        (hplo, hphi), (hrlo, hrhi), (hlo, hhi) = (bc.bootstrap_mean([v[i] for v in vals]) for i in range(3))
        lines += ["HTML path on the same pages (trafilatura, then the line rules):", "",
                  "| pages | precision (95% interval) | recall (95% interval) | F1 (95% interval) |",
                  "|---|---:|---:|---:|",
                  f"| {n} | {hp:.3f} ({hplo:.3f}-{hphi:.3f}) | {hr:.3f} ({hrlo:.3f}-{hrhi:.3f}) | "
                  f"{hf:.3f} ({hlo:.3f}-{hhi:.3f}) |", ""]
    head = "| page | precision | recall | F1 | rules that removed gold text (shingles) |"
    lines += [head + (" HTML path P / R / F1 |" if html else ""), "|---|---:|---:|---:|---|" + ("---|" if html else "")]
    for url, (p_, r_, f_), by_rule in sorted(rows, key=lambda r: r[1][2]):
        rules = ", ".join(f"{k} {v}" for k, v in by_rule.most_common())
        extra = " {:.3f} / {:.3f} / {:.3f} |".format(*html[url]) if html else ""
        lines.append(f"| {url[:70]} | {p_:.3f} | {r_:.3f} | {f_:.3f} | {rules} |{extra}")
    lines += ["", "Gold shingles removed, by rule (summed over pages):", "", "| rule | gold shingles |", "|---|---:|"]
    lines += [f"| {k} | {v} |" for k, v in sorted(total.items(), key=lambda x: (-x[1], x[0]))]
    print("\n".join(lines))
    if not args.no_save:
        round_ = args.added or ("11m" if args.retired else "")
        name = f"bench_cleaning.gold{'.' + round_ if round_ else ''}{'.' + args.tag if args.tag else ''}.md"
        (bc.RESULTS / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def _html_variants(page) -> dict[str, str]:
    """The text each option of the HTML path keeps for one page (title first, as ``bench_cleaning`` scores it)."""
    import trafilatura

    from helpers.corpus.clean import clean_article

    def extract(**kw):
        doc = trafilatura.bare_extraction(page["html"], with_metadata=True, include_comments=False,
                                          include_tables=True, deduplicate=False, **kw)
        if doc is None:
            return "", ""
        return doc.title or "", "\n\n".join(x.strip() for x in (doc.text or "").splitlines() if x.strip())

    def rules(title, text, find_body=False):
        res = clean_article(text, find_body=find_body)
        return "\n".join([title] + [ln.text for ln in res.lines if ln.label != "furniture"])

    default = extract()
    out = {"trafilatura defaults, then the line rules (shipped)": rules(*default),
           "favor_recall, then the line rules": rules(*extract(favor_recall=True)),
           "favor_precision, then the line rules": rules(*extract(favor_precision=True)),
           "defaults, then the line rules and the block finder": rules(*default, find_body=True)}
    plain = _kept_text(clean_article(page["plain"]))
    shipped = out["trafilatura defaults, then the line rules (shipped)"]
    out["plain-text cleaner when the extraction has < 50% of its words"] = \
        plain if len(shipped.split()) < 0.5 * len(plain.split()) else shipped
    return out


def html_options(save: bool = True) -> None:
    """Options of the HTML path (trafilatura settings, the block finder, a plain-text fallback), dev pages only.

    Mean word 4-shingle precision, recall and F1 on the dev gold pages, and the share of ``with`` snippets kept
    and ``without`` snippets dropped on all dev pages; held-out pages are not loaded.
    """
    gold = bc.load_gold()
    pages = bc.load_pages(split="dev")
    if any(p["split"] != "dev" for p in pages):
        raise ValueError("html_options: dev pages only")
    prf, snip = {}, {}
    for p in pages:
        for name, text in _html_variants(p).items():
            o = bc.norm(text)
            s = snip.setdefault(name, [0, 0, 0, 0])
            s[0] += sum(bc.norm(x) in o for x in p["with"])
            s[1] += len(p["with"])
            s[2] += sum(bc.norm(x) not in o for x in p["without"])
            s[3] += len(p["without"])
            if p["url"] in gold:
                prf.setdefault(name, []).append(bc.shingle_prf(text, gold[p["url"]]))
    n_gold = len(next(iter(prf.values())))
    lines = [f"HTML path options on the dev pages of cleaning-dev (held-out pages not loaded), run "
             f"{_dt.date.today().isoformat()}: word {bc.SHINGLE}-shingle scores on the {n_gold} dev gold pages "
             f"(bootstrap 95% interval of the mean F1) and snippets on all {len(pages)} dev pages", "",
             "| option | precision | recall | F1 (95% interval) | `with` kept | `without` dropped |",
             "|---|---:|---:|---:|---:|---:|"]
    for name, vals in prf.items():
        mp, mr, mf = (sum(v[i] for v in vals) / len(vals) for i in range(3))
        lo, hi = bc.bootstrap_mean([v[2] for v in vals])
        k, nw, d, nwo = snip[name]
        lines.append(f"| {name} | {mp:.3f} | {mr:.3f} | {mf:.3f} ({lo:.3f}-{hi:.3f}) | {k / nw:.1%} ({k}/{nw}) | "
                     f"{d / nwo:.1%} ({d}/{nwo}) |")
    print("\n".join(lines))
    if save:
        (bc.RESULTS / "bench_cleaning.html_options.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
