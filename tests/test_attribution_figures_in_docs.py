"""The four-decimal PolNeAR dev figures the docs quote for the current rules are those of the committed results file
(``benchmarks/results/bench_sourcing.json``), rounded down as every printed score is."""
import json
import math
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _dev(measure: str) -> str:
    scores = json.loads((ROOT / "benchmarks/results/bench_sourcing.json").read_text(encoding="utf-8"))
    f1 = scores["splits"]["dev"]["scores"][measure]["f1"]
    return f"{math.floor(f1 * 1e4) / 1e4:.4f}"


def _trust_row(path: str) -> str:
    return next(line for line in (ROOT / path).read_text(encoding="utf-8").splitlines()
                if line.startswith("| attributions (`02`)"))


def test_validation_trust_row_quotes_the_results_file():
    row = _trust_row("docs/VALIDATION.md")
    cue = re.search(r"cue P [^|]*?F1 \*\*0\.\d{3}\*\* \((0\.\d{4})", row)
    both = re.search(r"cue \+ source P [^|]*?F1 \*\*0\.\d{3}\*\* \((0\.\d{4})", row)
    assert cue and both, "the trust row's dev figures were not found"
    assert (cue.group(1), both.group(1)) == (_dev("cue"), _dev("cue_source"))


def test_readme_and_issue_paragraph_quote_the_results_file():
    readme = re.search(r"dev cue F1 0\.\d{4} -> (0\.\d{4})", _trust_row("README.md"))
    assert readme and readme.group(1) == _dev("cue")
    text = (ROOT / "docs/VALIDATION.md").read_text(encoding="utf-8")
    # the newest paragraph that reports a move of the dev figures (new ones are written above the older ones)
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("**Dev after rounds"))
    para = " ".join(lines[start:start + 8])
    cue = re.search(r"cue P [^;]*F1 0\.\d{4} -> \*\*(0\.\d{4})\*\*", para)
    both = re.search(r"cue \+ source F1 0\.\d{4} -> \*\*(0\.\d{4})\*\*", para)
    assert cue and both and (cue.group(1), both.group(1)) == (_dev("cue"), _dev("cue_source"))
