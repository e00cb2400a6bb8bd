"""A subject pronoun written with a contracted auxiliary ("He's said", "They’ve asked") is the source span's pronoun,
typed and resolved as any other (round 12bo-k); sentences and names written for the tests."""

import pandas as pd
import pytest

from helpers.measures.attribution_spans import _CONTRACTED
from helpers.measures.sourcing import extract_attributions


def _rows(sentences):
    u = pd.DataFrame({"doc_id": ["d1"] * len(sentences), "outlet": ["O"] * len(sentences),
                      "unit_id": range(len(sentences)), "paragraph_id": [0] * len(sentences), "text": sentences,
                      "role": ["body"] * len(sentences)})
    return extract_attributions(u)


@pytest.mark.parametrize("sentences, source, resolved, role", [
    (["Senator Ann Roe spoke at the rally on Monday.", "He's said the plan would fail."], "He", "Senator Ann Roe",
     "politician"),
    (["Ann Roe, a senator, spoke on Monday.", "She\u2019s argued that the tax was too high."], "She", "Ann Roe",
     "politician"),
    (["The two governors met on Friday.", "They\u2019ve asked the agency to release the funds."], "They",
     "The two governors", "politician"),
])
def test_a_contracted_pronoun_is_resolved_like_the_pronoun(sentences, source, resolved, role):
    a = _rows(sentences)
    assert a[["source", "source_resolved", "role"]].values.tolist() == [[source, resolved, role]]
    row = a.iloc[0]
    assert sentences[row["unit_id"]][row["source_start"]:row["source_start"] + len(row["source"])] == source


@pytest.mark.parametrize("span, cut", [
    ("he's", "he"), ("He\u2019d", "He"), ("they'll", "they"), ("We\u2019ve", "We"), ("I'm", "I"), ("you're", None), ("it\u2019s", None),
    ("O'Neill", None), ("Roe's", None), ("he", None), ("he's not", None), ("Theirs", None), ("she's'", None),
])
def test_only_a_pronoun_and_its_contraction_is_cut(span, cut):
    m = _CONTRACTED.fullmatch(span)
    assert (m.group(1) if m else None) == cut
