"""Issue qa5: report wording a journalist would trip over ("(s)", zero counts, proportions, groups of 1-2 articles)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from helpers.core import wording as W
from helpers.report import index as ix

ROOT = Path(__file__).resolve().parents[1]


def test_counts_take_singular_or_plural():
    assert W.count(1, "article") == "1 article" and W.count(0, "file") == "0 files"
    assert W.count(1204, "sentence") == "1,204 sentences" and W.count(2, "entry", "entries") == "2 entries"
    assert W.noun(1, "group") == "group" and W.noun(3, "group") == "groups"
    assert W.listing(["A"]) == "A" and W.listing(["A", "B", "C"]) == "A, B and C"
    assert W.listing(list("ABCDE")) == "A, B, C and 2 more"


def test_shares_are_percentages_with_their_interval():
    assert W.share_interval(0.563, 0.48, 0.634) == "56% (95% CI 48-63%)"
    assert W.share_interval(0.2, None, None) == "20% (no interval)"
    assert W.percent(0.004) == "0.4%" and W.percent(0) == "0%" and W.percent(1) == "100%"
    assert W.points(0.123) == "12 percentage points" and W.points(0.01) == "1 percentage point"


def _strings_with_s(path: Path) -> list[str]:
    """String literals (f-string parts too) of a module that write "(s)" after a word, outside docstrings (any bare string statement)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)}
    return [
        n.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant)
        and isinstance(n.value, str)
        and id(n) not in docs
        and re.search(r"[a-z]\(s\)", n.value)
    ]


def test_no_user_facing_string_writes_s_in_parentheses():
    found = {str(p.relative_to(ROOT)): s for p in sorted((ROOT / "helpers").rglob("*.py")) if (s := _strings_with_s(p))}
    assert not found, f"write the singular or the plural (helpers.core.wording.count): {found}"


def test_no_single_article_group_clause_when_no_group_has_one_article(tmp_path):
    (tmp_path / "g.csv").write_text("outlet,articles,words\nNorth Post,12,5000\nSouth Star,9,4000\n", encoding="utf-8")
    item = ix.notebook_findings(tmp_path, ["g"], {})[0]
    assert "single article" not in item and "(s)" not in item
    (tmp_path / "g.csv").write_text("outlet,articles,words\nNorth Post,12,5000\nSouth Star,1,400\n", encoding="utf-8")
    assert "; 1 group rests on a single article" in ix.notebook_findings(tmp_path, ["g"], {})[0]


def test_share_findings_are_percentages_and_differences_points(tmp_path):
    (tmp_path / "shares.csv").write_text(
        "outlet,frame,n_articles,share,ci_low,ci_high\nNorth Post,war,120,0.563,0.48,0.634\n"
        "South Star,war,80,0.2,0.12,0.29\n",
        encoding="utf-8",
    )
    item = ix.notebook_findings(tmp_path, ["shares"], {})[0]
    assert "highest North Post 56% (95% CI 48-63%), n = 120 articles" in item
    assert "lowest South Star 20% (95% CI 12-29%), n = 80 articles" in item
    assert "a difference of 36 percentage points; the intervals do not overlap" in item
    (tmp_path / "tone.csv").write_text(
        "outlet,n_articles,mean_tone,ci_low,ci_high\nA,12,0.4,0.2,0.6\nB,9,-0.4,-0.6,-0.2\n", encoding="utf-8"
    )
    tone = ix.notebook_findings(tmp_path, ["tone"], {})[0]
    assert "0.40 (95% CI 0.20-0.60), n = 12 articles" in tone and "% (" not in tone  # not a share: no percentage


def test_groups_of_fewer_than_three_articles_are_too_small_to_compare(tmp_path):
    assert ix.MIN_COMPARE_ARTICLES == 3
    (tmp_path / "shares.csv").write_text(
        "outlet,frame,n_articles,share,ci_low,ci_high\nNorth Post,war,2,0.9,0.8,0.95\n"
        "South Star,war,40,0.2,0.12,0.29\n",
        encoding="utf-8",
    )
    item = ix.notebook_findings(tmp_path, ["shares"], {})[0]
    assert "the groups are too small to compare: North Post (2 articles) has fewer than 3 articles" in item
    assert "highest" not in item and "do not overlap" not in item
    (tmp_path / "shares.csv").write_text(
        "outlet,frame,n_articles,share,ci_low,ci_high\nNorth Post,war,3,0.9,0.8,0.95\n"
        "South Star,war,40,0.2,0.12,0.29\n",
        encoding="utf-8",
    )
    assert "too small" not in ix.notebook_findings(tmp_path, ["shares"], {})[0]  # 3 articles: compared


def test_group_size_from_the_notebooks_group_table(tmp_path):
    # a table counting sentences: the group's articles come from the notebook's group sizes
    (tmp_path / "g.csv").write_text("outlet,articles,words\nNorth Post,2,900\nSouth Star,30,9000\n", encoding="utf-8")
    (tmp_path / "rates.csv").write_text(
        "outlet,sentences,rate,ci_low,ci_high\nNorth Post,40,30,25,35\nSouth Star,500,5,4,6\n", encoding="utf-8"
    )
    items = ix.notebook_findings(tmp_path, ["g", "rates"], {})
    assert any("North Post (2 articles) has fewer than 3 articles" in i for i in items)


def test_groups_too_small_are_left_out_of_the_ranking_and_named(tmp_path):
    (tmp_path / "g.csv").write_text(
        "outlet,articles,words\nNorth Post,20,9000\nSouth Star,30,9000\nTiny Times,2,800\n", encoding="utf-8"
    )
    (tmp_path / "rates.csv").write_text(
        "outlet,sentences,rate,ci_low,ci_high\nNorth Post,400,30,25,35\nSouth Star,500,5,4,6\nTiny Times,30,90,70,99\n",
        encoding="utf-8",
    )
    d = ix.group_differences(tmp_path / "rates.csv", {"North Post": 20, "South Star": 30, "Tiny Times": 2})
    assert (d["high"]["group"], d["low"]["group"], d["left_out"]) == ("North Post", "South Star", [("Tiny Times", 2)])
    item = next(i for i in ix.notebook_findings(tmp_path, ["g", "rates"], {}) if "rates.csv" in i)
    assert "highest North Post 30" in item and "not compared, fewer than 3 articles behind this measure: Tiny Times (2 articles)" in item
