"""Issue 12bh-r2: a capitalised "Today" after a capitalised word is part of a name ("Norland Today reported"), not the
adverb the subject's filler words drop ("Lee today said").

Sentences are invented. Each positive case fails without the rule (the span is cut to "Norland"); each negative case
keeps the span the rules cut without it.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.measures.sourcing import extract_attributions


def _sources(sentence: str) -> list[str]:
    units = pd.DataFrame(
        {
            "doc_id": ["d"],
            "unit_id": [0],
            "paragraph_id": [0],
            "text": [sentence],
            "outlet": ["x"],
            "role": ["body"],
        }
    )
    return extract_attributions(units, ["outlet"])["source"].tolist()


@pytest.mark.parametrize(
    "sentence, source",
    [
        ("The number of customers is rising, Norland Today reported.", "Norland Today"),
        ("Norland Today reported that the plant would close.", "Norland Today"),
        ("Farming Today has reported that yields fell.", "Farming Today"),
        ("The plant will close, the Norland Times and Norland Today reported.", "the Norland Times and Norland Today"),
    ],
)
def test_capitalised_today_after_a_name_stays(sentence, source):
    assert _sources(sentence) == [source]


@pytest.mark.parametrize(
    "sentence, source",
    [
        ("Lee today said the plant would close.", "Lee"),
        ("The plant will close, Lee said today.", "Lee"),
        ("The mayor today announced that the plant would close.", "The mayor"),
        ("Ann Lee has today said that the plant would close.", "Ann Lee"),
        ("Today, Lee said the plant would close.", "Lee"),
    ],
)
def test_adverb_today_is_dropped(sentence, source):
    assert _sources(sentence) == [source]
