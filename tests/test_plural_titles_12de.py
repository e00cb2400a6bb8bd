"""Round 12de: plural and less common title abbreviations ("Sens.", "Reps.", "Ald.") do not end a sentence, and the
plural titles with their full stop name politicians.

Sentences are invented. Each positive case fails without the round (Punkt ends the sentence after the title, or the
lexicon reads "Sens" only without its stop); each negative case keeps what the rules gave before.
"""

from __future__ import annotations

import pytest

from helpers.corpus.segment import split_sentences
from tests._attribution_rows import attribution_rows


def _pieces(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Democratic Reps. Ann Roe and Ben Kay said the levees would hold.",
        "Sens. Ann Roe and Ben Kay wrote to the agency on Monday.",
        "An angry Ald. Ann Roe said the ward had waited long enough.",
        "Det. Ben Kay said the lock had been forced.",
        "Atty. Gen. Ann Roe said the case was closed.",
        "Msgr. Ben Kay said the parish would stay open.",
        "Messrs. Roe and Kay said they would appeal.",
    ],
)
def test_the_title_stays_with_its_names(text):
    assert _pieces(text) == [text]


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("He flew to the U.S. Then he rested.", 2),
        ("Sen. Ann Roe spoke. Rep. Ben Kay spoke next.", 2),
        ("The bill passed in Oct. It was signed in Nov.", 1),  # as before: months are abbreviations already
    ],
)
def test_other_sentences_are_left_as_they_were(text, n):
    assert len(_pieces(text)) == n


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Sens. Ann Roe and Ben Kay said the program was illegal.", "said"),
        ("Reps. Ann Roe of Ohio and Ben Kay of Iowa wrote that the rule was void.", "wrote"),
        ("Govs. Ann Roe and Ben Kay warned that the funds would run out.", "warned"),
    ],
)
def test_plural_titles_name_politicians(sentence, verb):
    rows = attribution_rows(sentence)
    row = rows[rows["verb"] == verb].iloc[0]
    assert row["role"] == "politician", rows[["source", "role"]]

