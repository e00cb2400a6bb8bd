"""Round 12dd2: no sentence opens with a closing bracket, and the party-state tags "(R., S.C.)" and "(S.C.)" mark
the name before them as the speaker, also with an apposition after the tag.

Sentences are invented. Each positive case fails without the round (Punkt ends the sentence inside the bracket, or
the span is the tag's tail); each negative case keeps what the rules gave before.
"""

from __future__ import annotations

import pytest

from helpers.corpus.segment import split_sentences
from tests._attribution_rows import row_of


def _pieces(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def _row(paragraph: str, verb: str):
    return row_of(*_pieces(paragraph), verb=verb)


# --- segmentation: a piece that opens with a closing bracket belongs to the sentence before --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Ann Roe (D-Ct.), for example, charged on Monday that the cuts were cruel.",
        "The senators, led by Ben Kay (R., N.D.), expressed concerns about the banks.",
        "Rep. Ann Roe (R-S.C.), the only member from the coast, said the levees would hold.",
        "The levy was cut (see section 4.) and the council moved on.",
    ],
)
def test_no_sentence_opens_with_a_closing_bracket(text):
    pieces = _pieces(text)
    assert not any(p.lstrip().startswith((")", "]")) for p in pieces), pieces
    assert pieces[0].startswith(text.split()[0])


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("The vote failed. (The count was close.) Ann Roe left.", 3),  # an opening bracket still opens a sentence
        ("Ann Roe (D-Ohio) spoke first. Ben Kay spoke next.", 2),
        ("It rained. Then it stopped.", 2),
    ],
)
def test_other_sentences_are_left_as_they_were(text, n):
    assert len(_pieces(text)) == n


# --- spans: the name before the tag speaks -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "verb", "source"),
    [
        ("But one of the mayor's allies, Sen. Ann Roe (R., S.C.), seemed to be backing away from the plan.",
         "seemed to", "Sen. Ann Roe (R., S.C.)"),
        ("Rep. Ben Kay (S.C.), the party's whip and a member of the caucus, said during an interview that it was silly.",
         "said", "Rep. Ben Kay (S.C.), the party's whip and a member of the caucus"),
        ("Rep. Ann Roe (Calif.), the panel's chairwoman, said the bill would pass.",
         "said", "Rep. Ann Roe (Calif.), the panel's chairwoman"),
        ("Sen. Ann Roe (D-Ct.), for example, charged on Monday that the cuts were cruel.",
         "charged", "Sen. Ann Roe (D-Ct.)"),
    ],
)
def test_the_name_before_the_tag_speaks(paragraph, verb, source):
    row = _row(paragraph, verb)
    assert row["source"] == source
    assert row["role"] == "politician"


@pytest.mark.parametrize(
    ("paragraph", "verb", "source"),
    [
        # the hyphen tag's tail and a comma tag's tail are still read by the bracket rule of issue 12bh-r
        ("Senator Ann Lowe (D., Mass.) has claimed that the vote was rigged.", "claimed", "Senator Ann Lowe (D., Mass.)"),
        ("Rep. Ann Roe (R-Ohio) said the levees would hold.", "said", "Rep. Ann Roe (R-Ohio)"),
        # a bracket that is no tag keeps its reading
        ("The World Health Organization (WHO) has warned that the outbreak is spreading.", "warned",
         "The World Health Organization (WHO)"),
    ],
)
def test_other_brackets_keep_their_reading(paragraph, verb, source):
    assert _row(paragraph, verb)["source"] == source
