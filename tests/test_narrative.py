"""Report prose computed from the data: sizes, groups, and which validation samples apply."""
import pandas as pd

from helpers.core.study import load_study
from helpers.notebook.narrative import (
    comparison_possible,
    corpus_caveat,
    group_sentence,
    matching_documents,
    text_fingerprint,
)


def test_one_article_per_group_is_said():
    s = group_sentence(pd.Series({"A": 1, "B": 1, "C": 1}), "outlet")
    assert s.startswith("3 articles in 3 outlet groups") and "represented by one article" in s


def test_large_corpus_reads_no_small_sample_caveat():
    c = corpus_caveat(37554, pd.Series({"left": 13005, "right": 13734, "center": 10815}), "bias_text")
    assert "small sample" not in c and "one article" not in c and "37,554 articles" in c
    assert "from 10,815 to 13,734 articles per group" in c


def test_single_group_skips_comparisons():
    sizes = pd.Series({"Town Gazette": 8})
    assert not comparison_possible(sizes)
    assert "comparisons are skipped" in group_sentence(sizes, "outlet")
    assert comparison_possible(pd.Series({"A": 2, "B": 1}))


def test_no_group_at_all_is_not_one_outlet():
    # issue qa2: a folder of .txt files without metadata read "All 120 articles belong to one outlet ((unknown))"
    s = group_sentence(pd.Series({"(unknown)": 12}), "outlet")
    assert s.startswith("No article has a value in the 'outlet' column (empty or missing for all 12 articles)")
    assert "belong to one" not in s and "comparisons are skipped" in s and "metadata.csv" in s


def test_some_single_article_groups_are_counted():
    s = group_sentence(pd.Series({"A": 10, "B": 1, "C": 4}), "outlet")
    assert "1 of the 3 groups rests on one article" in s
    assert corpus_caveat(5).startswith("5 articles is a small sample")


def test_validation_applies_only_to_the_same_articles(seed_corpus):
    manifest = pd.read_csv(load_study("pak_afg_ttp").validation_corpus, dtype=str)
    assert matching_documents(seed_corpus, manifest) == set(seed_corpus["doc_id"])
    edited = seed_corpus.copy()
    edited.loc[0, "raw"] = edited.loc[0, "raw"] + " An added sentence."
    assert matching_documents(edited, manifest) == set(seed_corpus["doc_id"][1:])
    assert matching_documents(seed_corpus, None) == set()
    assert matching_documents(seed_corpus, manifest, doc_ids=[seed_corpus["doc_id"][2]]) == {seed_corpus["doc_id"][2]}


def test_fingerprint_ignores_line_ending_style():
    assert text_fingerprint("a\r\nb") == text_fingerprint("a\nb") != text_fingerprint("a b")
