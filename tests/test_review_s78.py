"""Review s78-A (a user's CSV of education and technology news): sources read wrongly, each with the sentence that
showed it. The sentences here are written for the test."""
from __future__ import annotations

import warnings

import pandas as pd
import pytest

from helpers.corpus.segment import segment
from helpers.measures import sourcing as S


def _attributions(*texts: str) -> pd.DataFrame:
    corpus = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "outlet": "Tern Bay Times",
                           "text": list(texts), "raw": list(texts), "title": ""})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return S.extract_attributions(segment(corpus, "sentence"), ["outlet"])


def test_the_hearer_of_told_is_never_the_speaker():
    # '"...," Ann Lee, the author of "Title," told CNN Business Friday': the outlet was credited with the quotation
    a = _attributions('"Rents will rise," Ann Lee, the author of "Harbour Towns," told the Tern Bay Times on Friday.',
                      '"Why now?" asked Ivo Marek.')
    assert not a["source"].str.contains("Tern Bay Times").any()
    assert a.loc[a["doc_id"] == "d1", "source"].tolist() == ["Ivo Marek"]  # an inverted "asked" keeps its speaker


@pytest.mark.parametrize("sentence, source", [
    ("Only 2 percent of those with $20,000 to $40,000 in loans reported that they had defaulted.",
     "Only 2 percent of those with $20,000 to $40,000 in loans"),
    ("The union, which has 40,000 members, said it would strike.", "The union, which has 40,000 members"),
])
def test_a_number_with_a_thousands_comma_is_not_cut_at_its_comma(sentence, source):
    got = _attributions(sentence)["source"].tolist()
    assert got and got[0] == source
    assert not any(s.startswith("000") for s in got)


def test_a_word_of_anonymity_in_a_name_or_before_a_name_makes_no_anonymous_source():
    a = _attributions("Harbour Insider reported that the ferry company had lost money.",
                      "Veteran political insider Ann Lee observed that the party was split.",
                      "A party insider said the vote would fail.",
                      "Sources familiar with the talks said the deal was close.")
    got = dict(zip(a["doc_id"], zip(a["role"], a["identity"])))
    assert got["d0"][0] != "anonymous" and got["d0"][1] != "anonymous"
    assert got["d1"] == (got["d1"][0], "named") and got["d1"][0] != "anonymous"
    assert got["d2"][1] == "anonymous" and got["d3"] == ("anonymous", "anonymous")
