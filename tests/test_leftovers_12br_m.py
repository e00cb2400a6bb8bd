"""Leftovers of dogfood round 12br-m (a 1,057-article pandemic corpus grouped by AllSides rating, ``general`` study).

1. Notebook 02's closing called one AllSides-wide hand-checked attribution that falls in the corpus "1/1 hand-judged
   attributions right on a random sample of this corpus".
2. Notebook 02 said "Sourcing, hedges and tone read all N articles" where tone was not measured (no actors).
3. Notebook 04's closing said "sd 0.009" where its table showed 0.008 (0.0085 rounded two ways).
4. With ``-p top_n 8`` by outlet, the index said "(other) pools 99 smaller groups" while one pooled outlet had as many
   articles as the smallest shown (ties at the cut are broken by words, then name).
Invented data only.
"""
from __future__ import annotations

import pandas as pd

# --- 4. the pool beyond top_n is not called "smaller" when a pooled group may tie with the smallest shown ----------

def test_a_pool_that_may_hold_a_group_tied_with_the_smallest_shown_is_not_called_smaller(tmp_path):
    from helpers.report.index import notebook_findings

    pd.DataFrame({"outlet": ["Harbour Ledger", "Valley Courier", "(other)"], "articles": [50, 34, 1020],
                  "words": [40000, 30000, 800000], "mean_words": [800, 882, 784], "groups_pooled": [1, 1, 99]}
                 ).to_csv(tmp_path / "00_words_per_group.csv", index=False)
    text = notebook_findings(tmp_path, ["00_words_per_group"], {})[0]
    assert "smaller group" not in text, text
    assert "the group (other) pools 99 other groups (1,020 articles), none with more articles than the smallest " \
           "group shown (34); of groups tied at the cut, those with the most words are shown" in text, text
    assert "the pool is not one group" in text, text


def test_a_pool_whose_groups_cannot_reach_the_smallest_shown_is_still_called_smaller(tmp_path):
    from helpers.report.index import notebook_findings

    pd.DataFrame({"outlet": ["Harbour Ledger", "Valley Courier", "(other)"], "articles": [50, 34, 40],
                  "words": [40000, 30000, 30000], "mean_words": [800, 882, 750], "groups_pooled": [1, 1, 20]}
                 ).to_csv(tmp_path / "00_words_per_group.csv", index=False)
    text = notebook_findings(tmp_path, ["00_words_per_group"], {})[0]  # at most 40 - 19 = 21 < 34 in a pooled group
    assert "the group (other) pools 20 smaller groups (40 articles) and is not one group" in text, text
    assert "tied at the cut" not in text
