"""What the blind hand-check scripts share: their command line, sheets and keys, the study's actor list and the old
answers of a git revision.

``affiliation_check.py``, ``naming_check.py`` and ``actor_role_check.py`` each draw a blind sheet of a stratified
random sample (or of the rows a change moves), print its context for the judges, and score the judged sheets against
a key kept away from the judges until they are done. This module holds the parts that are the same in the three.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "benchmarks" / "results"

import hedge_check as HC  # noqa: E402
import role_check_draw as RCD  # noqa: E402

from helpers.core.study import load_study  # noqa: E402

__all__ = ["ids", "actor_list", "print_actor_list", "sheet_and_key", "earlier_keys", "rows_at", "revision",
           "write_results", "parser", "run"]


def ids(cell: str) -> frozenset[str]:
    """The ``;``- or ``,``-separated ids of a judged cell, stripped (empty cell: no id)."""
    return frozenset(x.strip() for x in re.split(r"[;,]", cell or "") if x.strip())


def actor_list(study: str) -> dict:
    """The study's actor list: ``{"version": int, "entries": {id: {"label", "terms"}}}``."""
    from helpers.text.lexicon import load_lexicon

    path = load_study(study).lexicons.get("actors")
    if path is None:
        raise SystemExit(f"study {study!r} lists no actors: the hand check needs a study with an actors.yaml")
    lex = load_lexicon(path)
    return {"version": int(lex.get("version", 0)),
            "entries": {k: {"label": v["label"], "terms": list(v.get("terms", []))} for k, v in lex["entries"].items()}}


def print_actor_list(study: str) -> None:
    """Print the study's actors (id, label, name variants) for the judges' context file."""
    print("# The study's actors (id: label; name variants):")
    for k, v in actor_list(study)["entries"].items():
        print(f"#   {k}: {v['label']}; {', '.join(v['terms'])}")


def sheet_and_key(blind: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A blind sheet and its key (``<stem>.drawn.csv`` beside it, committed once the judges are done), rows checked
    alike."""
    stem = blind.name.removesuffix(".blind.csv")
    sheet = pd.read_csv(blind, dtype=str, keep_default_na=False)
    key = pd.read_csv(blind.parent / f"{stem}.drawn.csv", dtype=str, keep_default_na=False)
    if list(key["draw_row"]) != list(sheet["draw_row"]):
        raise SystemExit(f"{stem}.drawn.csv: must hold the blind sheet's rows in order")
    return sheet, key


def earlier_keys(pattern: str, keys: list[str], skip: str = "") -> set[tuple]:
    """The rows (``keys`` values) of the blind sheets in ``benchmarks/results`` matching ``pattern``, but the sheet
    named ``skip``: rows already drawn, left out of a fresh draw."""
    frames = [pd.read_csv(p, dtype={"doc_id": str}, usecols=keys) for p in sorted(RESULTS.glob(pattern))
              if p.name != skip]
    return set(map(tuple, pd.concat(frames)[keys].itertuples(index=False))) if frames else set()


def rows_at(rev: str, code: str, dtype: dict) -> pd.DataFrame:
    """A table as git revision ``rev`` computes it: ``code`` (Python with ``OUT``, the path to write a CSV to) run with
    this interpreter in a temporary worktree of ``rev`` (with ``benchmarks`` on the path and ``../shared`` linked),
    removed afterwards; read back with ``dtype``."""
    with tempfile.TemporaryDirectory(prefix="hand_check_rev_") as tmp:
        tree, out = Path(tmp) / "tree", Path(tmp) / "old.csv"
        subprocess.run(["git", "worktree", "add", "--detach", str(tree), rev], cwd=ROOT, check=True,
                       capture_output=True)
        try:
            (tree.parent / "shared").symlink_to(ROOT.parent / "shared")  # the worktree's ../shared
            prog = f"import sys; sys.path[:0] = ['.', 'benchmarks']; OUT = {str(out)!r}\n{code}"
            subprocess.run([sys.executable, "-c", prog], cwd=tree, check=True, env={**os.environ, "TQDM_DISABLE": "1"})
            return pd.read_csv(out, dtype=dtype, keep_default_na=False)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=True,
                           capture_output=True)


def revision(rev: str) -> str:
    """The short hash of git revision ``rev`` (recorded with a changed draw)."""
    return subprocess.run(["git", "rev-parse", "--short", rev], cwd=ROOT, check=True, capture_output=True,
                          text=True).stdout.strip()


def write_results(name: str, protocol: str, **parts) -> dict:
    """Write ``benchmarks/results/<name>.json`` with the date, the protocol, the data sets and ``parts``."""
    result = {"computed": dt.date.today().isoformat(), "protocol": protocol, "datasets": HC.DATASETS, **parts}
    (RESULTS / f"{name}.json").write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return result


def parser(doc: str, strata: tuple[str, ...], results: str, unit: str, key: str,
           changed: str | None = None) -> argparse.ArgumentParser:
    """The command line of a hand-check script: ``--corpus``, ``--study``, ``--draw SEED``, ``--per-stratum``
    (``STRATUM=N`` for each of ``strata``, 50 each by default), ``--key-dir``, ``--score`` and, with ``changed`` (what
    differs from the old revision), ``--changed-from REV`` and ``--n``; ``unit`` names what is drawn, ``key`` what
    the key holds and ``results`` the results file."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--corpus", choices=RCD.CORPORA, default="allsides")
    ap.add_argument("--study", default="us_politics", help="the study checked (default: %(default)s)")
    ap.add_argument("--draw", type=int, metavar="SEED", help="write a blind sheet of a stratified draw")
    ap.add_argument("--per-stratum", nargs="+", default=[f"{s}=50" for s in strata], metavar="STRATUM=N",
                    help=f"{unit} to draw per stratum, of {', '.join(strata)} (default: %(default)s)")
    if changed:
        ap.add_argument("--changed-from", metavar="REV",
                        help=f"with --draw: draw --n {unit} among those whose {changed} differs from the one git "
                             "revision REV gives (a test of a change)")
        ap.add_argument("--n", type=int, default=50, help="rows of a --changed-from draw (default: %(default)s)")
    ap.add_argument("--key-dir", type=Path, default=RESULTS,
                    help=f"folder for the draw's key ({key}), away from the judges (default: results)")
    ap.add_argument("--score", action="store_true", help=f"score every judged sheet; write {results}")
    return ap


def _per_stratum(items: list[str], strata: tuple[str, ...]) -> dict[str, int]:
    out = {}
    for it in items:
        s, _, n = it.partition("=")
        if s not in strata or not n.isdigit():
            raise SystemExit(f"--per-stratum: give STRATUM=N with STRATUM one of {strata}, got {it!r}")
        out[s] = int(n)
    return out


def run(ap: argparse.ArgumentParser, argv, strata: tuple[str, ...], draw, score, draw_changed=None) -> None:
    """Parse ``argv`` with ``ap`` (:func:`parser`) and run the draw (``draw(corpus, study, seed, per_stratum,
    key_dir)``, or ``draw_changed(corpus, study, seed, n, rev, key_dir)`` with ``--changed-from``) and the scoring."""
    args = ap.parse_args(argv)
    if args.draw is None and not args.score:
        sys.exit("give --draw SEED or --score")
    if args.draw is not None and getattr(args, "changed_from", None):
        draw_changed(args.corpus, args.study, args.draw, args.n, args.changed_from, args.key_dir)
    elif args.draw is not None:
        draw(args.corpus, args.study, args.draw, _per_stratum(args.per_stratum, strata), args.key_dir)
    if args.score:
        print(json.dumps(score(), indent=1, sort_keys=True))
