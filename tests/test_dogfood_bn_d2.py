"""Follow-up 12bn-d2 of dogfood round 12bn-d: after pseudo-outlets were pooled, the index, the size caveat and
notebook 00's checks still counted or compared the values of the group column before pooling; invented rows only."""

import json
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]


def _code(name: str) -> str:
    nb = json.loads((ROOT / "notebooks" / f"{name}.ipynb").read_text(encoding="utf-8"))
    return "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")


# --- 1. the index's line for notebook 00 counts the groups as notebook 02's line and the notebooks do --------------


def _group_files(tmp_path: Path) -> None:
    from helpers.corpus.groups import OTHER, PSEUDO

    names = ["Harbour Ledger", "Valley Courier", OTHER, PSEUDO]
    pd.DataFrame({"outlet": names, "articles": [30, 20, 60, 12], "words": [9000, 8000, 30000, 5000],
                  "mean_words": [300, 400, 500, 416], "groups_pooled": [1, 1, 48, 3]}
                 ).to_csv(tmp_path / "00_words_per_group.csv", index=False)
    pd.DataFrame({"outlet": names, "articles": [30, 20, 60, 12], "sampled": [30, 20, 60, 12],
                  "words": [9000, 8000, 30000, 5000], "outlets": [1, 1, 48, 3]}
                 ).to_csv(tmp_path / "02_groups.csv", index=False)


def test_the_index_lines_of_notebooks_00_and_02_count_the_same_groups_as_the_notebooks(tmp_path):
    from helpers.corpus.groups import OTHER, PSEUDO, groups_shown
    from helpers.report.index import notebook_findings

    _group_files(tmp_path)
    line00, line02 = notebook_findings(tmp_path, ["00_words_per_group", "02_groups"], {})
    shown = groups_shown(["Harbour Ledger", "Valley Courier", OTHER, PSEUDO], "outlet")
    assert shown == f"2 outlet groups and the pools {OTHER} and {PSEUDO}"
    # notebook 00's line said "in 50 outlet groups" (the 48 inside the pool counted), notebook 02's "2 outlet groups
    # and the (other) pool"
    for line in (line00, line02):
        assert f"122 articles, 52,000 words in {shown};" in line, line
    assert f"the group {OTHER} pools 48 smaller groups (60 articles)" in line00, line00


def test_the_index_names_the_pool_of_articles_without_a_group_among_the_pools(tmp_path):
    from helpers.corpus.groups import UNKNOWN
    from helpers.report.index import notebook_findings

    pd.DataFrame({"lean": ["left", "right", UNKNOWN], "articles": [5, 4, 2], "words": [500, 400, 200],
                  "mean_words": [100, 100, 100], "groups_pooled": [1, 1, 1]}).to_csv(tmp_path / "g.csv", index=False)
    text = notebook_findings(tmp_path, ["g"], {})[0]
    assert f"in 2 lean groups and the pool {UNKNOWN};" in text, text


def test_notebook_00_says_how_its_values_are_shown_as_notebooks_02_to_04_do():
    src = _code("00_corpus")
    assert 'GROUPS = compared_groups(articles, G, P["top_n"])' in src
    assert "overview.size_line(read, G, GROUPS)" in src  # round bq: the line is a helper, on the articles analysed


# --- 2. the size caveat counts the groups compared and says the distinct values apart ---------------------------


def _raw_and_labels():
    """Two outlets of 10 and 8 articles, 20 one-article outlets pooled as "(other)", a digest of 4 articles pooled as
    pseudo-outlets and 2 articles without an outlet."""
    from helpers.corpus.groups import OTHER, PSEUDO, UNKNOWN

    raw = pd.Series({"Harbour Ledger": 10, "Valley Courier": 8, **{f"Pier Post {i}": 1 for i in range(20)},
                     "Both Sides Digest": 4, "": 2})
    labels = pd.Series(["Harbour Ledger"] * 10 + ["Valley Courier"] * 8 + [OTHER] * 20 + [PSEUDO] * 4 + [UNKNOWN] * 2)
    return raw, labels


def test_the_size_caveat_counts_the_groups_compared_not_the_values_before_pooling():
    from helpers.corpus.groups import OTHER, PSEUDO
    from helpers.notebook.narrative import corpus_caveat

    raw, labels = _raw_and_labels()
    text = corpus_caveat(44, raw, "outlet", groups=labels)
    # it said "42 articles in 23 outlet groups, from 1 to 10 articles per group (median 1). 20 of the 23 groups rest on
    # one article" where 2 outlets of 8 and 10 articles were compared
    assert "18 articles in 2 outlet groups, from 8 to 10 articles per group (median 9)." in text, text
    assert "rest on one article" not in text, text
    assert f"A further 24 articles are in the pools {OTHER} (20 articles) and {PSEUDO} (4 articles)" in text, text
    assert "never compared as a group" in text and "2 other articles have no outlet" in text, text
    assert f"The 23 distinct values of 'outlet' are shown as 2 outlet groups and the pools {OTHER} and {PSEUDO}." in text


def test_the_size_caveat_is_unchanged_when_nothing_is_pooled():
    from helpers.notebook.narrative import corpus_caveat

    raw = pd.Series({"left": 3, "right": 2, "center": 1})
    labels = pd.Series(["left"] * 3 + ["right"] * 2 + ["center"])
    assert corpus_caveat(6, raw, "lean", groups=labels) == corpus_caveat(6, raw, "lean")


def test_the_notebooks_pass_the_groups_compared_to_the_size_caveat():
    assert 'G, groups=GROUPS))' in _code("00_corpus")
    for name in ("01_topics", "02_outlets", "03_framing"):
        assert 'G, groups=articles["group"]))' in _code(name), name


def test_notebook_00_single_article_line_counts_the_groups_compared():
    from helpers.corpus.groups import OTHER
    from helpers.notebook.overview import single_article_groups_line

    raw, labels = _raw_and_labels()
    articles = pd.DataFrame({"outlet": [o for o, n in raw.items() for _ in range(n)]})
    line = single_article_groups_line(articles, "outlet", labels)
    # it said "20 of 23 outlet groups have exactly one article: for them, a difference between outlet groups in later
    # notebooks is also ..." where all 20 were pooled
    assert line.startswith("No outlet group compared has exactly one article; 20 of the 23 distinct values"), line
    assert f"pooled in {OTHER} or (pseudo-outlets), never compared" in line, line
    assert single_article_groups_line(articles, "outlet").startswith("20 of 23 outlet groups")  # without the groups
    assert 'single_article_groups_line(articles, G, GROUPS)' in _code("00_corpus")


# --- 3. notebook 00's group-mix and outlet checks follow the pooling -------------------------------------------


def _corpus() -> pd.DataFrame:
    """Two outlets of 6 articles, a small one of 2, a debate digest of 6 and a guest-writer pool of 2 (marked pseudo
    as the corpus reader marks them); a section and a desk for each article."""
    rows = []
    for outlet, kind, n in (("Harbour Ledger", "", 6), ("Valley Courier", "", 6), ("Pier Post", "", 2),
                            ("Both Sides Digest", "pseudo", 6), ("Guest Pen - Left", "pseudo", 2)):
        for i in range(n):
            rows.append({"doc_id": f"{outlet[:3]}{i}", "outlet": outlet, "outlet_raw": outlet, "outlet_kind": kind,
                         "section": "opinion" if kind else ("courts" if i % 2 else "politics"),
                         "desk": "digest desk" if kind else ("metro" if outlet == "Pier Post" else "national"),
                         "n_words": 100 + i})
    return pd.DataFrame(rows)


def test_compared_groups_pool_pseudo_outlets_and_the_groups_beyond_top_n():
    from helpers.corpus.groups import OTHER, PSEUDO
    from helpers.notebook.group_mix import compared_groups

    df = _corpus()
    assert set(compared_groups(df, "outlet")) == {"Harbour Ledger", "Valley Courier", "Pier Post", PSEUDO}
    assert set(compared_groups(df, "outlet", top_n=2)) == {"Harbour Ledger", "Valley Courier", OTHER, PSEUDO}
    assert set(compared_groups(df, "desk")) == {"national", "metro", "digest desk"}  # not outlets: nothing pooled


def test_the_group_mix_check_never_tests_pseudo_outlets_or_pooled_groups_as_groups():
    from helpers.notebook.group_mix import group_mix

    df = _corpus()
    mix = group_mix(df, "outlet", ["section"], n_perm=99)
    # the digest (all "opinion") was a group of the test, and made "section" look unevenly spread across outlets
    assert set(mix["group"]) == {"Harbour Ledger", "Valley Courier", "Pier Post"}, mix
    assert int(mix["n_total"].iloc[0]) == 14
    top = group_mix(df, "outlet", ["section"], n_perm=99, top_n=2)
    assert set(top["group"]) == {"Harbour Ledger", "Valley Courier"} and int(top["n_total"].iloc[0]) == 12


def test_the_outlet_check_never_lists_pseudo_outlets_or_pooled_groups():
    from helpers.notebook.group_mix import outlet_concentration

    df = _corpus()
    # by outlet_raw the digest was a group "mostly one outlet" (itself), and so was every outlet: they are outlets
    raw = outlet_concentration(df, "outlet_raw")
    assert raw.empty and list(raw.columns)[0] == "outlet_raw", raw
    desks = outlet_concentration(df, "desk")
    assert set(desks["desk"]) == {"national", "digest desk"}, desks  # not outlets: the digest stays in its desk
    pooled = outlet_concentration(df, "desk", top_n=1)  # only the largest desk compared: the others are pooled
    assert set(pooled["desk"]) == {"national"}, pooled


def test_notebook_00_runs_its_checks_on_the_groups_compared():
    src = _code("00_corpus")
    assert 'group_mix(articles, G, mix_cols, seed=P["seed"], top_n=P["top_n"])' in src
    assert 'outlet_concentration(articles, G, top_n=P["top_n"])' in src


def test_notebook_02_counts_single_article_groups_without_the_pools():
    # it printed "0 of 17 outlet groups consist of a single article" beside "15 outlet groups and the pools ..."
    assert 'named = ~desc["group"].isin(GR.NOT_GROUPS)' in _code("02_outlets")
