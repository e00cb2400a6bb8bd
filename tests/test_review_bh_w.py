"""Review 12bh-w: notebooks 02 and 03 compared by something other than the outlet (author, kind, period, ...).

Found on invented corpora (15 articles of 4 outlets with ``kind``, ``author``, ``period`` and ``country``; a table
with ``topic``, ``label``, ``tone``, ``role`` and ``group`` columns and a group of one article) run with
``-p group_by author``, ``kind``, ``group``, ``topic`` (and ``-p top_n 2``):

- notebook 00 checked the column a renamed ``group_by`` is read from against its own copy (``kind`` against
  ``kind_group``: Cramér's V 1.00, "news is 100% of news's articles"), and the index put that tautology above the
  key findings as an uneven mix;
- notebook 02's evidence tables "of each role in each group" and its text-reuse table showed the article's own
  outlet and no group: grouped by author, a row read "Harbor Times" with no author, and a reuse row read
  "Harbor Times / Harbor Times, same_group False";
- the index said "the group (other) pools 1 smaller groups".
"""
import json
import re
from pathlib import Path

import pandas as pd

from helpers.notebook.group_alias import alias_group_by
from helpers.notebook.group_mix import mix_columns
from helpers.notebook.params import check_params
from helpers.notebook.setup import corpus_params, load_from_params
from tests._corpus_folders import BRIDGE_BODY, corpus_folder, notebook_namespace

ROOT = Path(__file__).resolve().parents[1]
BODY = BRIDGE_BODY
_ns = notebook_namespace


def _corpus(tmp_path, monkeypatch, group_by):
    monkeypatch.setenv("NEWS_CACHE_DIR", str(tmp_path / "cache"))
    files = {f"a{i}.txt": BODY.replace("Monday", f"day {i}") for i in range(12)}
    meta = "file,outlet,kind,country\n" + "".join(
        f"a{i}.txt,{'Ledger' if i < 6 else 'Herald'},{'news' if i % 3 else 'opinion'},{'US' if i % 2 else 'UK'}\n"
        for i in range(12))
    P = alias_group_by(check_params(_ns(corpus_folder(tmp_path, files, meta), group_by), corpus_params()))
    return load_from_params(P), P


def test_the_group_mix_does_not_check_the_column_a_renamed_group_by_is_read_from(tmp_path, monkeypatch):
    corpus, P = _corpus(tmp_path, monkeypatch, "kind")
    assert P["group_by"] == "kind_group"
    cols = mix_columns(corpus, P["group_by"])
    assert "kind" not in cols and "kind_group" not in cols   # the groups themselves: V would be 1 by construction
    assert "country" in cols                                 # another column is still checked


def test_a_column_that_merely_shares_the_stem_is_still_checked():
    """Only the column the groups are read from is left out: a ``kind`` that differs from ``kind_group`` (the user's
    own ``kind_group`` column, given as ``group_by``) is another variable and is checked."""
    df = pd.DataFrame({"doc_id": [f"d{i}" for i in range(12)], "text": ["x"] * 12, "outlet": ["A", "B"] * 6,
                       "kind_group": ["news", "news", "opinion"] * 4, "kind": ["long", "short"] * 6})
    assert "kind" in mix_columns(df, "kind_group")


def test_evidence_tables_show_the_group_beside_the_article_outlet():
    from helpers.notebook.output import with_group

    att = pd.DataFrame({"doc_id": ["a1", "a2"], "outlet": ["Harbor Times", "Harbor Times"],
                        "group": ["Ann Lee", "Bo Park"], "kind": ["direct", "reported"], "sentence": ["s1", "s2"]})
    view = with_group(att, ["doc_id", "outlet", "kind", "sentence"], "kind_group")
    assert view.columns.tolist() == ["doc_id", "kind_group", "outlet", "kind", "sentence"]
    assert view["kind_group"].tolist() == ["Ann Lee", "Bo Park"] and view["kind"].tolist() == ["direct", "reported"]
    by_author = with_group(att, ["doc_id", "outlet", "sentence"], "author")
    assert by_author.columns.tolist() == ["doc_id", "author", "outlet", "sentence"]
    # grouped by outlet the outlet is the group: one column, and an outlet pooled beyond top_n keeps its name
    by_outlet = with_group(att.assign(group=["Harbor Times", "(other)"]), ["doc_id", "outlet", "sentence"], "outlet")
    assert by_outlet.columns.tolist() == ["doc_id", "outlet", "sentence"]
    assert by_outlet["outlet"].tolist() == ["Harbor Times", "Harbor Times"]
    pairs = pd.DataFrame({"doc_a": ["a1"], "doc_b": ["a2"], "group_a": ["Ann Lee"], "group_b": ["Ann Lee"],
                          "outlet_a": ["Harbor Times"], "outlet_b": ["Valley Gazette"], "same_group": [True],
                          "cosine": [0.9]})
    view = with_group(pairs, ["doc_a", "doc_b", "outlet_a", "outlet_b", "same_group", "cosine"], "author")
    assert view.columns.tolist() == ["doc_a", "doc_b", "author_a", "outlet_a", "author_b", "outlet_b", "same_group",
                                     "cosine"]
    assert with_group(pairs, ["doc_a", "doc_b", "outlet_a", "outlet_b", "same_group"], "outlet").columns.tolist() \
        == ["doc_a", "doc_b", "outlet_a", "outlet_b", "same_group"]


def _code_cells(name):
    nb = json.loads((ROOT / "notebooks" / f"{name}.ipynb").read_text(encoding="utf-8"))
    return ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]


def test_no_table_of_rows_shows_the_outlet_without_the_group_in_notebook_02():
    """A displayed selection of rows that names the article's ``outlet`` (or ``outlet_a``) goes through
    ``with_group``, so that, grouped by author or kind, the reader sees each row's group next to its outlet."""
    bad = []
    for src in _code_cells("02_outlets"):
        for line in src.splitlines():
            if "show_table(" in line and re.search(r'\[\[?"doc_(id|a)", "outlet', line) and "with_group(" not in line:
                bad.append(line.strip())
            if "show_table(reuse" in line and "with_group(" not in line:
                bad.append(line.strip())
    assert not bad, bad


def test_the_pool_of_one_smaller_group_is_said_in_the_singular(tmp_path):
    from helpers.report.index import notebook_findings

    pd.DataFrame({"group": ["alpha", "beta", "(other)"], "articles": [8, 4, 1], "words": [1038, 509, 132],
                  "mean_words": [129.8, 127.2, 132.0], "groups_pooled": [1, 1, 1]}).to_csv(
        tmp_path / "00_words_per_group.csv", index=False)
    text = " ".join(notebook_findings(tmp_path, ["00_words_per_group"], {}))
    assert "pools 1 smaller group (1 article)" in text, text
    assert "1 smaller groups" not in text


def test_single_article_groups_are_not_called_outlets_when_the_groups_are_not_outlets():
    """Notebooks 02 and 03 closed with "none can be attributed to the outlet" whatever group_by was."""
    for name in ("02_outlets", "03_framing"):
        src = "\n".join(_code_cells(name))
        assert "none can be attributed to the outlet." not in src
        assert "'outlet' if G == 'outlet' else 'group itself'" in src


def test_a_group_by_whose_pair_columns_are_output_columns_gets_its_own_name(tmp_path):
    """``-p group_by doc`` (a document-type column) stopped notebook 02: text_reuse.csv names a pair's groups
    ``doc_a``/``doc_b``, the names of the pair's article ids."""
    from helpers.notebook.group_alias import group_column
    from helpers.notebook.output import name_group_columns, save_table

    assert group_column("doc") == "doc_group"
    assert group_column("author") == "author" and group_column("outlet") == "outlet"
    P = alias_group_by({"group_by": "doc", "corpus": "x"})
    pairs = pd.DataFrame({"doc_a": ["a1"], "doc_b": ["a2"], "group_a": ["report"], "group_b": ["column"],
                          "outlet_a": ["Ledger"], "outlet_b": ["Herald"], "same_group": [False]})
    out = save_table(name_group_columns(pairs, P["group_by"]), "text_reuse", tmp_path)
    assert pd.read_csv(out).columns.tolist() == ["doc_a", "doc_b", "doc_group_a", "doc_group_b", "article_outlet_a",
                                                 "article_outlet_b", "same_group"]


def test_articles_of_different_groups_in_the_pool_are_not_of_the_same_group():
    """Grouped by author with ``-p top_n 2``, 16 pairs of two different authors pooled as "(other)" were
    ``same_group`` True in text_reuse.csv, and the page said "72 across groups" for 88. Two articles without a group
    are not of one group either (docs/CHOICES.md: articles without a group are no group)."""
    from helpers.measures import vocabulary as V
    from helpers.notebook.corpus_wide import TermCounts, text_reuse

    text = ("The council approved the new water budget on Tuesday after a long debate about the drought and the "
            "reservoir, which is at its lowest level in a decade, officials said on Tuesday evening.")
    every = pd.DataFrame({"doc_id": ["a1", "a2", "a3", "a4", "a5", "a6"], "text": [text] * 6,
                          "author": ["Ann Lee", "Cy Moss", "Ann Lee", "", "unknown", "Bo Park"],
                          "group": ["(other)", "(other)", "(other)", "(unknown)", "(unknown)", "Bo Park"]})
    X_all, vocab = V.count_matrix(every["text"], min_count=1)
    counts = TermCounts(X_all, vocab, every["group"].to_numpy(), every["group"].to_numpy(), X_all, None, vocab)
    reuse, _ = text_reuse(every, "group", counts, n=5, same_by="author")
    same = {tuple(sorted((a, b))): s for a, b, s in zip(reuse["doc_a"], reuse["doc_b"], reuse["same_group"])}
    assert same[("a1", "a3")]                                   # two articles of Ann Lee, both pooled
    assert not same[("a1", "a2")]                               # Ann Lee and Cy Moss, both pooled
    assert not same[("a4", "a5")]                               # no group and no group
    assert reuse["group_a"].isin(["(other)", "(unknown)", "Bo Park"]).all()  # the display groups are kept
    plain, _ = text_reuse(every, "group", counts, n=5)          # without same_by: the display groups, as before
    assert plain["same_group"].sum() > reuse["same_group"].sum()


def test_notebook_02_decides_same_group_by_the_groups_before_pooling():
    assert any("same_by=G" in src for src in _code_cells("02_outlets"))


def test_a_term_split_evenly_between_two_outlets_is_not_one_outlets_style():
    """Grouped by author, Ann Lee's top words were used once in each of her two outlets (top_outlet_share 0.5), yet
    the page said "15 of 15 distinctive terms of groups with several outlets come at least half from a single outlet:
    they describe that outlet's style"."""
    from helpers.notebook.narrative import single_outlet_terms_sentence

    top = pd.DataFrame({"group": ["Ann Lee"] * 3 + ["Bo Park"],
                        "term": ["cuts", "courage", "farmers", "budget"],
                        "top_outlet_share": [0.5, 2 / 3, 1.0, 1.0]})
    articles = pd.DataFrame({"group": ["Ann Lee", "Ann Lee", "Bo Park"],
                             "outlet": ["Harbor Times", "Valley Gazette", "Harbor Times"]})
    text = single_outlet_terms_sentence(top, articles)
    assert text.startswith("2 of 3 distinctive terms of groups with several outlets come mostly (more than half)"), text
    assert single_outlet_terms_sentence(top[top["group"] == "Bo Park"], articles) == ""   # no group of two outlets


def test_notebook_02_uses_the_sentence_on_terms_of_one_outlet():
    src = "\n".join(_code_cells("02_outlets"))
    assert "single_outlet_terms_sentence(top, articles)" in src and '["top_outlet_share"] >= 0.5' not in src


def test_no_table_of_rows_shows_the_outlet_without_the_group_in_notebook_03():
    """The same for notebook 03: negated labels, frame evidence (in ``helpers.notebook.frame_sections``), actor-role
    evidence and dominant remedies show each sentence's group beside its outlet when the groups are not outlets."""
    bad = []
    sources = _code_cells("03_framing") + [(ROOT / "helpers" / "notebook" / "frame_sections.py").read_text()]
    for src in sources:
        for line in src.splitlines():
            if "show_table(" in line and re.search(r'"outlet"', line) and "with_group(" not in line \
                    and "rename_group(" not in line and "as_g(" not in line:
                bad.append(line.strip())
    assert not bad, bad


def test_the_finding_on_direct_quotations_does_not_call_them_named_or_anonymous_sources(tmp_path):
    """The index said "share of sources named, unnamed or anonymous for direct quotation by author": the row of
    02_source_identity.csv counts direct quotations among all attributions, not an identity of sources."""
    from helpers.report.index import notebook_findings

    pd.DataFrame({"author": ["Ann Lee"] * 2 + ["Bo Park"] * 2, "measure": ["direct quotation", "named"] * 2,
                  "k": [10, 3, 2, 9], "n": [20, 20, 20, 20], "n_articles": [6, 6, 6, 6],
                  "share": [0.5, 0.15, 0.1, 0.45], "ci_low": [0.4, 0.05, 0.02, 0.35],
                  "ci_high": [0.6, 0.3, 0.2, 0.55]}).to_csv(tmp_path / "02_source_identity.csv", index=False)
    text = " ".join(notebook_findings(tmp_path, ["02_source_identity"], {}))
    assert "share of sources named, unnamed or anonymous for direct quotation" not in text, text
    assert "share of attributions" in text, text


def test_the_corpus_line_does_not_count_the_pool_as_a_group(tmp_path):
    """Grouped by author with ``-p top_n 2`` the index read "15 articles in 3 groups; ... the group (other) pools 3
    smaller groups ... and is not one group": 5 authors, 2 shown."""
    from helpers.report.index import notebook_findings

    pd.DataFrame({"group": ["Bo Park", "Dee Ray", "(other)"], "articles": [4, 4, 7], "words": [545, 523, 932],
                  "mean_words": [136.2, 130.8, 133.1], "groups_pooled": [1, 1, 3]}).to_csv(
        tmp_path / "00_words_per_group.csv", index=False)
    pd.DataFrame({"author": ["Bo Park", "Dee Ray", "(other)"], "articles": [4, 4, 7], "sampled": [4, 4, 7],
                  "words": [545, 523, 932], "outlets": [1, 1, 3]}).to_csv(tmp_path / "02_groups.csv", index=False)
    pooled, unpooled = notebook_findings(tmp_path, ["00_words_per_group", "02_groups"], {})
    # both lines count the groups shown and name the pool, as notebooks 02-04 do (dogfood 12bn-d2: notebook 00's line
    # said "in 5 groups", counting the 3 inside the pool, where notebook 02's said "2 author groups and the pool")
    assert "2,000 words in 2 groups and the pool (other);" in pooled, pooled
    # 7 articles in 3 pooled groups may hold one of 4, as many as the smallest shown: "other", not "smaller" (12br-m)
    assert "the group (other) pools 3 other groups (7 articles), none with more articles than" in pooled, pooled
    assert "2,000 words in 2 author groups and the pool (other);" in unpooled, unpooled
