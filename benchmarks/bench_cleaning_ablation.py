"""Which cleaning rules generalise: an ablation of the plain-text cleaner on the dev yardsticks.

Run on demand (not in CI), from the project root::

    .venv/bin/python benchmarks/bench_cleaning_ablation.py            # every switch, writes the table
    .venv/bin/python benchmarks/bench_cleaning_ablation.py --only none caption   # some switches, print only

Each *switch* turns one rule of :func:`helpers.corpus.clean.clean_article` off (a line rule by the rule name it
returns, or a block rule by replacing its function with a neutral one for the run) and re-scores the cleaner on
the dev pages of ``../shared/data/cleaning-dev`` only (held-out pages are never loaded here):

* ``gold``: the 23 dev pages with a hand-corrected text (word 4-shingle P/R/F1, mean over pages);
* ``silver``: all dev pages against trafilatura's extraction (see ``bench_cleaning.py --silver``);
* ``stress``: the gold pages in the eight other layouts of ``bench_cleaning.STRESS`` (mean over layouts and pages);
* ``silver stress``: the silver pages in the same eight layouts, against trafilatura's text (four times the pages
  of ``stress``, more of them blogs and magazines);
* ``re-rendered``: the gold pages rendered to plain text in three other ways than the benchmark's
  (:data:`RENDERINGS`: lynx-like wrapping, inscriptis-like single line breaks with bullets and table rows, and
  ``get_text`` with a line break at every text node), a text form the rules were not tuned on;
* ``snippets``: share of ``with`` snippets kept and ``without`` snippets dropped on all dev pages.

A rule that helps (its removal lowers F1) on gold but not on silver, stress or the re-rendered pages is likely
fitted to the dev pages. The table goes to ``benchmarks/results/bench_cleaning_ablation.md`` with the date.
``--yardstick`` prints only the re-rendered scores of the current cleaner (and, with ``--save``, writes them
to ``benchmarks/results/bench_cleaning.rerendered.md``).
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as _dt
import importlib
import re
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_cleaning as bc  # noqa: E402  (the benchmarks folder is on sys.path only now)

_MODULES = ("clean", "clean_edges", "clean_zones", "clean_rules", "body_block", "wrapping", "clean_lines")
_WS = re.compile(r"\s+")

# ---------------------------------------------------------------- other renderings of the same pages

_INLINE_CELLS = frozenset({"td", "th"})


def _parse(html: str):
    """The page's lxml tree, or None when lxml cannot parse it."""
    import lxml.html

    try:
        return lxml.html.document_fromstring(html)
    except Exception:  # noqa: BLE001 - lxml raises several types for unparsable input
        return None


def _render(html: str, *, bullets: bool, rows: bool, wrap: int = 0, every_node: bool = False) -> str:
    """The page as plain text, rendered otherwise than :func:`helpers.corpus.html.render_plain`.

    ``bullets`` puts "* " before list items; ``rows`` keeps a table row on one line
    (cells joined by " | "); ``wrap`` > 0 hard-wraps blocks at that width (single line breaks); ``every_node``
    breaks the line at every text node (``BeautifulSoup.get_text("\\n")``-like: links on their own lines).
    """
    from helpers.corpus.html import _BLOCK, _SKIP

    root = _parse(html)
    if root is None:
        return ""
    blocks: list[str] = []
    buf: list[str] = []

    def flush():
        joined = _WS.sub(" ", "".join(buf)).strip()
        buf.clear()
        if joined:
            blocks.extend([joined] if not wrap else textwrap.wrap(joined, wrap))

    def text(s):
        if s:
            buf.append(s)
            if every_node:
                flush()

    def walk(el):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if not tag or tag in _SKIP:
            text(el.tail)
            return
        block = tag in _BLOCK and not (rows and tag in _INLINE_CELLS)
        if block:
            flush()
        if bullets and tag == "li":
            buf.append("* ")
        if rows and tag in _INLINE_CELLS:
            buf.append(" | ")
        text(el.text)
        for ch in el:
            walk(ch)
        if block:
            flush()
            if wrap:
                blocks.append("")  # lynx: a blank line after each block, wrapped lines inside it
        text(el.tail)

    body = root.find("body")
    walk(body if body is not None else root)
    flush()
    out = "\n".join(blocks)
    return re.sub(r"\n{3,}", "\n\n", out).strip()


RENDERINGS = {
    "lynx-like (wrapped at 76, blank line between blocks)":
        lambda html: _render(html, bullets=True, rows=True, wrap=76),
    "inscriptis-like (single line breaks, bullets, table rows)":
        lambda html: _render(html, bullets=True, rows=True),
    "get_text (a line per text node)":
        lambda html: _render(html, bullets=False, rows=False, every_node=True),
}
"""Other ways a user's plain text may have been made from the same pages (none is the benchmark's own)."""

# ---------------------------------------------------------------- switches


def _mods():
    return [importlib.import_module(f"helpers.corpus.{m}") for m in _MODULES]


@contextlib.contextmanager
def _patched(**repl):
    """Replace these names in every cleaning module that has them, for the duration of the block."""
    saved = []
    for mod in _mods():
        for name, value in repl.items():
            if hasattr(mod, name):
                saved.append((mod, name, getattr(mod, name)))
                setattr(mod, name, value)
    try:
        yield
    finally:
        for mod, name, value in reversed(saved):
            setattr(mod, name, value)


def _without_rule(rule: str):
    """A switch that turns off the line rule(s) returning ``rule`` (in the anywhere and the header rules)."""
    from helpers.corpus import clean_rules as cr

    anywhere, header = cr.furniture_anywhere, cr.header_furniture

    def fa(ln, prev):
        hit = anywhere(ln, prev)
        return None if hit and hit[0] == rule else hit

    def hf(ln):
        hit = header(ln)
        return None if hit and hit[0] == rule else hit

    return lambda: _patched(furniture_anywhere=fa, header_furniture=hf)


LINE_RULES = ("caption", "boilerplate", "paywall", "breadcrumb", "promo", "duplicate_line", "navigation", "markup",
              "comment_form", "subscription", "credit", "dateline", "social_prompt", "reading_time",
              "published_stub", "section_label", "byline")


def _switches() -> dict:
    sw = {"none (all rules on)": contextlib.nullcontext}
    for r in LINE_RULES:
        sw[f"line rule {r}"] = _without_rule(r)
    sw.update({
        "densest run (block finder)": lambda: _patched(densest_run=lambda v: (0, len(v))),
        "long-gap cost": lambda: _patched(gap_costs=lambda values, figures=None: list(values)),
        "second run of the same story": lambda: _patched(body_ranges=lambda values, main, words_of: [main]),
        "dated run above a blurb": lambda: _patched(dated_run_above=lambda lines, hits, scored, main: main),
        "teaser-card tail": lambda: _patched(teaser_tail=lambda kind, start, end: end),
        "trailer markers": lambda: _patched(is_marker=lambda ln: False),
        "body resumes after a marker": lambda: _patched(resumes_body=lambda lines, i, body_words=None: False),
        "long paragraphs restored in a block": lambda: _patched(restore_long_paragraphs=lambda *a, **k: None),
        "repeated lines": lambda: _patched(repeated_lines=lambda lines: frozenset()),
        "story list (numbered/figure items)": lambda: _patched(story_list_lines=lambda lines, hits, start: set()),
        "last story paragraph": lambda: _patched(last_story_paragraph=lambda *a: -1),
        "list item of the story": lambda: _patched(list_item_of_story=lambda *a: False),
        "summary line above headline": lambda: _patched(story_item=lambda ln, words: False),
        "lead-in kept": lambda: _patched(keep_lead_in=lambda *a: None),
        "headline recovery": lambda: _patched(recover_headline=lambda lines, hits, h, idx, lead: idx),
        "author note": lambda: _patched(is_author_note=lambda ln: False, mark_author_note=lambda lines: None),
        "site notes": lambda: _patched(mark_site_notes=lambda lines: None),
        "site voice": lambda: _patched(mark_site_voice=lambda lines: None),
        "mid-sentence break is prose": lambda: _patched(breaks_mid_sentence=lambda *a: False),
        "hard-wrap rejoining": lambda: _patched(rejoin_wrapped=lambda raw, spans: spans),
        "sentence pieces rejoined (a line per link)": lambda: _patched(rejoin_broken=lambda raw, spans: spans),
        "two shared words to resume": lambda: _patched(RESUME_STORY_MIN_SHARED=1),
        "figure lines": lambda: _patched(figure_line=lambda ln: False),
        "full paragraph kept outside": lambda: _patched(KEEP_OUTSIDE_WORDS=10 ** 9),
        "after-body paragraph needs story words": lambda: _patched(OUTSIDE_STORY_SHARE=0.0),
    })
    return sw

# ---------------------------------------------------------------- scoring


def _clean(text: str) -> str:
    from helpers.corpus import clean as cl

    res = cl.clean_article(text)
    return "\n".join(ln.text for ln in res.lines if ln.label != "furniture")


def _prf_mean(vals):
    n = len(vals)
    return tuple(sum(v[i] for v in vals) / n for i in range(3)) if n else (float("nan"),) * 3


def prepare(pages, gold) -> dict:
    """The texts each switch is scored on (made once): gold pages, silver texts, stress and re-rendered forms."""
    gp = [p for p in pages if p["url"] in gold]
    silver = {}
    for p in pages:
        s = bc._trafilatura(p)
        if len(bc._TOKEN.findall(s)) >= 50:
            silver[p["url"]] = s
    stress = [(name, p["url"], t) for name, make in bc.STRESS.items() if name != "as rendered"
              for p in gp if (t := make(p["plain"], gold[p["url"]])) is not None]
    sstress = [(name, p["url"], t) for name, make in bc.STRESS.items() if name != "as rendered"
               for p in pages if p["url"] in silver and (t := make(p["plain"], silver[p["url"]])) is not None]
    rer = [(name, p["url"], render(p["html"])) for name, render in RENDERINGS.items() for p in gp]
    return {"pages": pages, "gold": gold, "gold_pages": gp, "silver": silver, "stress": stress, "rerendered": rer,
            "silver_stress": sstress}


def evaluate(data) -> dict:
    """Scores of the cleaner as it is now (switches are applied around the call)."""
    gold = data["gold"]
    out = {}
    cleaned = {p["url"]: _clean(p["plain"]) for p in data["pages"]}
    out["gold_each"] = [bc.shingle_prf(cleaned[p["url"]], gold[p["url"]]) for p in data["gold_pages"]]
    out["gold"] = _prf_mean(out["gold_each"])
    out["silver"] = _prf_mean([bc.shingle_prf(cleaned[u], s) for u, s in data["silver"].items()])
    out["stress"] = _prf_mean([bc.shingle_prf(_clean(t), gold[u]) for _, u, t in data["stress"]])
    out["silver_stress"] = _prf_mean([bc.shingle_prf(_clean(t), data["silver"][u]) for _, u, t in data["silver_stress"]])
    by_r: dict = {}
    for name, u, t in data["rerendered"]:
        by_r.setdefault(name, []).append(bc.shingle_prf(_clean(t), gold[u]))
    out["rerendered_each"] = {k: _prf_mean(v) for k, v in by_r.items()}
    out["rerendered"] = _prf_mean([v for vs in by_r.values() for v in vs])
    kept = n_with = dropped = n_without = 0
    for p in data["pages"]:
        o = bc.norm(cleaned[p["url"]])
        kept += sum(bc.norm(s) in o for s in p["with"])
        n_with += len(p["with"])
        dropped += sum(bc.norm(s) not in o for s in p["without"])
        n_without += len(p["without"])
    out["snippets"] = (kept, n_with, dropped, n_without)
    return out


_COLS = ("gold", "silver", "stress", "silver_stress", "rerendered")


def _row(name, r, base) -> str:
    cells = []
    for c in _COLS:
        p, rc, f = r[c]
        if base is None or r is base:
            cells.append(f"{f:.3f} ({rc:.3f})")
        else:
            cells.append(f"{f - base[c][2]:+.3f} ({rc - base[c][1]:+.3f})")
    if base is not None and r is not base:
        moved = [b[2] - a[2] for a, b in zip(base["gold_each"], r["gold_each"])]
        cells.append(f"{sum(m < -0.005 for m in moved)} / {sum(m > 0.005 for m in moved)}")
    else:
        cells.append("")
    k, nw, d, nwo = r["snippets"]
    if base is None or r is base:
        cells.append(f"{k / nw:.1%} / {d / nwo:.1%}")
    else:
        bk, _, bd, _ = base["snippets"]
        cells.append(f"{k - bk:+d} / {d - bd:+d}")
    return f"| {name} | " + " | ".join(cells) + " |"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", nargs="*", default=None, help="switch name prefixes (default: all)")
    ap.add_argument("--yardstick", action="store_true", help="only the re-rendered pages, current cleaner")
    ap.add_argument("--save", action="store_true", help="with --only or --yardstick: write the result file too")
    args = ap.parse_args(argv)
    if not bc.DEV.exists():
        sys.exit(f"{bc.DEV} not found: this benchmark needs ../shared/data/cleaning-dev (see its README).")
    pages = bc.load_pages(split="dev")  # dev pages only: held-out pages are never loaded here
    gold = {u: t for u, t in bc.load_gold().items() if bc.split_of(u) == "dev"}
    today = _dt.date.today().isoformat()
    if args.yardstick:
        return yardstick(pages, gold, today, args.save)
    data = prepare(pages, gold)
    sw = _switches()
    names = [n for n in sw if args.only is None or n == "none (all rules on)"
             or any(n.startswith(o) or n.split()[-1] == o for o in args.only)]
    head = (f"Ablation of the plain-text cleaner on the dev pages of cleaning-dev, run {today}. Each row turns one "
            f"rule off; the first row is the cleaner as it is (mean F1, recall in brackets), the others the change "
            f"when that rule is off (negative: the rule helps). gold: {len(data['gold_pages'])} dev pages with a "
            f"hand-corrected text; silver: {len(data['silver'])} dev pages against trafilatura's text; stress: the "
            f"gold pages in 8 other layouts ({len(data['stress'])} texts); silver stress: the silver pages in the same "
            f"layouts ({len(data['silver_stress'])} texts); gold pages -/+: dev gold pages whose F1 falls / rises by more "
            f"than 0.005 when the rule is off (a rule that helps one or two pages only); re-rendered: the gold pages rendered in "
            f"3 other ways ({len(data['rerendered'])} texts); snippets: `with` kept / `without` dropped on "
            f"{len(pages)} dev pages (change in counts). Held-out pages are not used.")
    lines = [head, "", "| rule off | gold F1 (R) | silver F1 (R) | stress F1 (R) | silver stress F1 (R) | "
             "re-rendered F1 (R) | gold pages -/+ | snippets |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
    base = None
    for name in names:
        with sw[name]():
            r = evaluate(data)
        if base is None:
            base = r
        lines.append(_row(name, r, base))
        print(lines[-1], flush=True)
    if args.only is None or args.save:
        bc.RESULTS.mkdir(exist_ok=True)
        (bc.RESULTS / "bench_cleaning_ablation.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def yardstick(pages, gold, today, save) -> None:
    """The current cleaner on the dev gold pages rendered in the other ways (and as the benchmark renders them)."""
    gp = [p for p in pages if p["url"] in gold]
    rows = [("as the benchmark renders (blank line between blocks)", lambda p: p["plain"])]
    rows += [(name, lambda p, r=render: r(p["html"])) for name, render in RENDERINGS.items()]
    lines = [f"The {len(gp)} dev pages of cleaning-dev with a hand-corrected text, rendered to plain text in other "
             f"ways, run {today}: word 4-shingle precision, recall and F1 of the uncleaned text and of our plain-text "
             "cleaner (mean over pages; the rules were not tuned on these renderings)", "",
             "| rendering | uncleaned P / R / F1 | ours P / R / F1 | ours lowest recall |", "|---|---:|---:|---:|"]
    for name, make in rows:
        raw = [bc.shingle_prf(make(p), gold[p["url"]]) for p in gp]
        ours = [bc.shingle_prf(_clean(make(p)), gold[p["url"]]) for p in gp]
        (a, b, c), (d, e, f) = _prf_mean(raw), _prf_mean(ours)
        lines.append(f"| {name} | {a:.3f} / {b:.3f} / {c:.3f} | {d:.3f} / {e:.3f} / {f:.3f} | "
                     f"{min(v[1] for v in ours):.3f} |")
        print(lines[-1], flush=True)
    if save:
        (bc.RESULTS / "bench_cleaning.rerendered.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
