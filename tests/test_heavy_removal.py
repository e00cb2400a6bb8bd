"""Notebook 00 names the articles that lost more words to cleaning than they kept (review s76)."""
import pandas as pd

from helpers.notebook.overview import heavy_removal_lines


def test_articles_losing_more_than_they_keep_are_named_most_first():
    # review s76: a CNN "Read More" expander cut 863 words of one article in four lines; nothing flagged it
    table = pd.DataFrame({"doc_id": ["cnn-cafe", "gallery", "fine", "teaser"], "n_words": [100, 400, 900, 20],
                          "removed_words": [863, 500, 40, 300],
                          "removed_rules": ["trailer:2; trailer_marker:1", "gallery:1", "promo:1", "paywall:1"]})
    lines = heavy_removal_lines(table)
    assert lines[0].startswith("2 articles lost more words to cleaning than they kept")
    assert lines[1:] == ["  - cnn-cafe: 100 words kept, 863 removed (trailer:2; trailer_marker:1)",
                         "  - gallery: 400 words kept, 500 removed (gallery:1)"]
    assert "teaser" not in "".join(lines)  # a body under 50 words is named by short_body_lines instead
    one = heavy_removal_lines(table.iloc[[1]])
    assert one[0].startswith("1 article lost more words to cleaning than it kept") and "read the removed lines of it" in one[0]
    assert heavy_removal_lines(table.iloc[[2]]) == [] and heavy_removal_lines(table.drop(columns="removed_words")) == []


def test_a_long_list_is_cut_and_counted():
    table = pd.DataFrame({"doc_id": [f"a{i:02d}" for i in range(13)], "n_words": [60] * 13, "removed_words": [100] * 13,
                          "removed_rules": [""] * 13})
    lines = heavy_removal_lines(table, limit=10)
    assert len(lines) == 12 and lines[-1] == "  ... and 3 more (n_words and removed_words in corpus.csv)"
    assert lines[1] == "  - a00: 60 words kept, 100 removed"


