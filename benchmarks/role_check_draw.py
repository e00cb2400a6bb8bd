"""Draw, show and re-check a hand check of source roles on AllSides (issue 12), or on other sites' news pages.

The population is what notebook 02 reads by default: the 2,000 AllSides articles of
``max_articles=2000``, seed 0, ``group_by=bias_text``, split into sentences; the attributions
``extract_attributions`` finds there that have a source phrase or a resolved source, sorted by
``doc_id``, ``unit_id``, ``verb_start``; the sample is ``DataFrame.sample(50, random_state=SEED)``.

With ``--corpus news-pages`` the population is the same attributions on the news pages of
``../shared/data/cleaning-dev`` (real pages of 61 news sites that are not in AllSides, read as HTML the way a user's
folder of pages is read): the pages named in ``benchmarks/data/role_check_news_pages.txt``, a list made from the
pages' site names before any of their roles was read (wikis, recipes, blogs, shops and institutional pages left out).
The pages are decompressed into a temporary folder outside the corpus, which is never written to.

With ``--corpus climate`` the population is the same attributions in the 214 climate-change articles of
``../shared/data/frames-dev`` (the Narrative Frames Corpus's development half: articles of 33 outlets on another
topic than AllSides' mix and than the bundled study), read from ``nfc_dev.csv`` by ``load_corpus`` as a user's CSV
would be, grouped by outlet. The role rules were never developed on its judged rows; a few rounds counted how many of
its rows they changed (``docs/VALIDATION.md``).

Usage (from the project root; needs ``../shared/data/allsides``)::

    .venv/bin/python benchmarks/role_check_draw.py --seed 87             # print the draw with its context
    .venv/bin/python benchmarks/role_check_draw.py --check benchmarks/results/role_check_seed87.csv
    .venv/bin/python benchmarks/role_check_draw.py --check benchmarks/results/role_check_seed700.blind.csv --article
    .venv/bin/python benchmarks/role_check_draw.py --corpus news-pages --seed 1   # other sites' news pages
    .venv/bin/python benchmarks/role_check_draw.py --corpus climate --seed 1      # climate articles of 33 outlets

``--check`` prints each judged row with its sentence, the two sentences before it, the one after it and
other sentences of the article naming the speaker, and says whether the rules of the checked-out code
still give the judged role; a file without the judgement columns (``*.blind.csv``, for a blind second judge) is
printed with the same context and the rules' role only, and ``--article`` adds every sentence of the article. Article text is printed, never written into the project (the corpus' README
forbids copying it).
"""
from __future__ import annotations

import argparse
import gzip
import re
import sys
import tempfile
import warnings
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
ALLSIDES = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.gz"
CLEANING_DEV = ROOT.parent / "shared" / "data" / "cleaning-dev"
NEWS_PAGES = ROOT / "benchmarks" / "data" / "role_check_news_pages.txt"
FRAMES_DEV = ROOT.parent / "shared" / "data" / "frames-dev" / "nfc_dev.csv"
CORPORA = ("allsides", "news-pages", "climate")

from helpers.measures import source_roles as SR  # noqa: E402
from helpers.measures import sourcing as S  # noqa: E402
from helpers.notebook.params import check_params  # noqa: E402
from helpers.notebook.prepare import prepare_corpus  # noqa: E402
from helpers.text.lexicon import load_lexicon  # noqa: E402

SPEC_DEFAULTS = {"metadata": None, "columns": None, "on_bad": "error", "top_n": 15, "study": "pak_afg_ttp",
                 "engine": "pandas", "scheduler": "", "day_first": None, "unit": "sentence", "min_count": 3, "n_terms": 15,
                 "prior_scale": 1.0, "min_quote_words": 4, "pronoun_window": 3, "label_window": 25,
                 "max_tone_sentences": 2000, "shingle_size": 5, "reuse_all_pairs_max": 2000,
                 "reuse_max_pairs": 500, "passage_min_words": 12, "n_boot": 1000, "n_perm": 999, "max_rows": 30,
                 "periods": [], "role_sheets": [], "tone_sheets": []}
"""Notebook 02's other parameters as the draws set them (every parameter the notebook declares must be set)."""


def population(corpus: str = "allsides") -> tuple[pd.DataFrame, pd.DataFrame]:
    """The sentences of the corpus and the attributions with a source, in draw order.

    ``corpus`` is ``"allsides"`` (the 2,000 articles notebook 02 reads), ``"news-pages"`` (the news pages of
    cleaning-dev listed in :data:`NEWS_PAGES`) or ``"climate"`` (the 214 articles of :data:`FRAMES_DEV`)."""
    units, att = attributions(corpus)
    pop = att[(att["source"].str.strip() != "") | (att["source_resolved"].str.strip() != "")]
    return units, pop.reset_index(drop=True)


def attributions(corpus: str = "allsides", study: str | None = None,
                 actors: dict | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The sentences of the corpus and every attribution notebook 02 finds there (with a source or not), sorted by
    ``doc_id``, ``unit_id``, ``verb_start`` (also used by ``benchmarks/verb_check.py``); with ``study``, notebook 02
    run with ``-p study STUDY`` (its actors give the affiliations; ``benchmarks/affiliation_check.py``), else with
    :data:`SPEC_DEFAULTS`' study; ``actors`` replaces the study's actor list (an earlier version of it)."""
    units = sentences(corpus, study)
    att = S.extract_attributions(units, ["outlet", "group"], verbs=S.load_verbs(), source_types=S.load_source_types(),
                                 actors=load_lexicon("actors") if actors is None else actors, roles=SR.load_roles(),
                                 min_quote_words=4,
                                 pronoun_window=3)
    return units, att.sort_values(["doc_id", "unit_id", "verb_start"], kind="stable").reset_index(drop=True)


def sentences(corpus: str = "allsides", study: str | None = None) -> pd.DataFrame:
    """The sentences notebook 02 reads from one of :data:`CORPORA` (as :func:`population`; also used by
    ``benchmarks/hedge_check.py``); ``study`` makes it the active study (else :data:`SPEC_DEFAULTS`')."""
    if corpus not in CORPORA:
        raise ValueError(f"corpus must be one of {CORPORA}, got {corpus!r}")
    extra = {"study": study} if study else {}
    if corpus == "allsides":
        return _sentences({"corpus": str(ALLSIDES), "group_by": "bias_text", **extra})
    if corpus == "climate":
        return _sentences({"corpus": str(FRAMES_DEV), "group_by": "outlet", **extra})
    with tempfile.TemporaryDirectory(prefix="role_check_pages_") as tmp:
        for name in news_pages():
            page = CLEANING_DEV / "html" / f"{name}.html.gz"
            (Path(tmp) / f"{name}.html").write_bytes(gzip.decompress(page.read_bytes()))
        return _sentences({"corpus": tmp, "group_by": "outlet", **extra})


def news_pages() -> list[str]:
    """The page names of :data:`NEWS_PAGES` (comment lines start with ``#``), in file order."""
    lines = NEWS_PAGES.read_text(encoding="utf-8").splitlines()
    return [w for line in lines if not line.startswith("#") for w in line.split()]


def _sentences(ns: dict) -> pd.DataFrame:
    ns = {**ns, "max_articles": 2000, "seed": 0, "output_dir": None}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        P = check_params({**SPEC_DEFAULTS, **ns}, "02_outlets")
        return prepare_corpus(P, unit="sentence").units


def _context(units: pd.DataFrame, doc_id: str, unit_id: int, speaker: str) -> list[str]:
    text = units[units["doc_id"] == doc_id].set_index("unit_id")["text"]
    lines = [("  >> " if u == unit_id else "     ") + text[u][:600]
             for u in range(unit_id - 2, unit_id + 2) if u in text.index]
    words = [w for w in re.findall(r"[A-Z][a-z]+", speaker.split(",")[0]) if len(w) > 2 and w not in ("The", "He", "She")]
    if words:
        lines += [f"     [{words[-1]} u{u}] {s[:300]}" for u, s in text.items()
                  if words[-1] in s and abs(u - unit_id) > 2][:4]
    return lines


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, nargs="+",
                    help="draw 50 rows with this random_state (or each of several) and print them with context")
    ap.add_argument("--check", type=Path, help="a judged CSV (doc_id, unit_id, verb, source, role, ...) to re-read")
    ap.add_argument("--article", action="store_true", help="with --check: print every sentence of each row's article")
    ap.add_argument("--corpus", choices=CORPORA, default="allsides",
                    help="allsides (default: the 2,000 articles of notebook 02), news-pages (the news pages of "
                         "../shared/data/cleaning-dev listed in benchmarks/data/role_check_news_pages.txt) or climate "
                         "(the 214 articles of ../shared/data/frames-dev/nfc_dev.csv)")
    args = ap.parse_args(argv)
    needed = {"allsides": ALLSIDES, "news-pages": CLEANING_DEV / "html", "climate": FRAMES_DEV}[args.corpus]
    if not needed.exists():
        sys.exit(f"{needed} not found: --corpus {args.corpus} needs ../shared/data beside the project")
    if args.seed is None and args.check is None:
        sys.exit("give --seed N (a new draw) or --check FILE (a judged draw)")
    units, pop = population(args.corpus)
    if args.check is not None:
        judged = pd.read_csv(args.check, dtype=str, keep_default_na=False)
        keys = ["doc_id", "unit_id", "verb", "source"] + (["verb_start"] if "verb_start" in judged.columns else [])
        now = pop.astype({"unit_id": str, "verb_start": str}).drop_duplicates(keys)  # one row per judged row
        rows = judged.merge(now, on=keys, how="left", suffixes=("", "_now"), validate="many_to_one")
        _show(units, rows, checked="reader_role" in judged.columns, article=args.article)
        return
    for seed in args.seed:
        print(f"##### seed {seed}")
        _show(units, pop.sample(50, random_state=seed).reset_index(drop=True), checked=False)


def _show(units: pd.DataFrame, rows: pd.DataFrame, checked: bool, article: bool = False) -> None:
    for i, r in rows.iterrows():
        now = r.get("role_now", r["role"])
        head = (f"=== {r.get('draw_row', i)} {r['doc_id']} u{r['unit_id']} | source={r['source']!r} resolved={r['source_resolved']!r} "
                f"verb={r['verb']!r} role={r['role']}")
        if checked:
            head += f" | judged: {r['reader_role'] or '-'} ({r['role_ok']}); rules now: {now}"
        print(head)
        speaker = r["source_resolved"] or r["source"]
        print("\n".join(_context(units, r["doc_id"], int(r["unit_id"]), speaker)))
        if article:
            text = units[units["doc_id"] == r["doc_id"]].sort_values("unit_id")
            print("\n".join(f"     [article u{u}] {t}" for u, t in zip(text["unit_id"], text["text"])))


if __name__ == "__main__":
    main()
