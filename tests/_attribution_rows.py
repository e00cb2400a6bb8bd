"""Shared helper of the attribution tests: the attributions of invented sentences, one article of one outlet."""
from __future__ import annotations

import pandas as pd

from helpers.measures.sourcing import extract_attributions

__all__ = ["attribution_rows", "row_of", "source_of"]


def attribution_rows(*sentences: str) -> pd.DataFrame:
    """``extract_attributions`` over ``sentences`` as the body sentences of one article (doc ``d``, outlet ``x``)."""
    units = pd.DataFrame(
        {
            "doc_id": ["d"] * len(sentences),
            "unit_id": range(len(sentences)),
            "paragraph_id": range(len(sentences)),
            "text": list(sentences),
            "outlet": ["x"] * len(sentences),
            "role": ["body"] * len(sentences),
        }
    )
    return extract_attributions(units, ["outlet"])


def row_of(*sentences: str, verb: str) -> pd.Series:
    """The one attribution of the article ``sentences`` whose cue is ``verb`` (fails when there is not exactly one)."""
    rows = attribution_rows(*sentences)
    found = rows[rows["verb"] == verb]
    assert len(found) == 1, rows[["verb", "source", "source_resolved", "role"]].to_string()
    return found.iloc[0]


def source_of(sentence: str, verb: str) -> str:
    """The source of the one attribution of ``sentence`` whose cue is ``verb`` (fails when there is not exactly one)."""
    return row_of(sentence, verb=verb)["source"]
