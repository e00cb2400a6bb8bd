"""Round 12bs-a: a head title after an acronym the article defined for a body takes that body's role.

"NTU President Mary Redwood", in an article that writes "the Northern Teachers Union (NTU)", is the union's head
(advocacy), not a politician; likewise a research body's or an outlet's acronym. Sentences and bodies are invented.
Each positive case is typed politician or official without the rule; each negative case keeps its role.
"""

from __future__ import annotations

import pytest

from helpers.measures import role_heads as RHD
from tests._attribution_rows import attribution_rows

_Q, _E = "\u201c", "\u201d"


def _role(sentences: tuple[str, ...], source: str) -> str:
    df = attribution_rows(*sentences)
    got = df[df["source"] == source]
    assert len(got) == 1, df[["source", "role"]]
    return got.iloc[0]["role"]


@pytest.mark.parametrize(
    ("sentences", "source", "role"),
    [
        (("The Northern Teachers Union (NTU) called a strike on Monday.",
          f"{_Q}We have no choice,{_E} NTU President Mary Redwood said."),
         "NTU President Mary Redwood", "activist_advocacy"),
        (("The Northern Teachers Union (NTU) called a strike on Monday.",
          f"{_Q}We have no choice,{_E} NTU President Mary Redwood said.",
          "Redwood added that the talks had failed."),
         "Redwood", "activist_advocacy"),
        # the acronym defined after the quotation: the article is read whole
        ((f"{_Q}We have no choice,{_E} NTU Vice President Mary Redwood said.",
          "The Northern Teachers Union (NTU) called a strike on Monday."),
         "NTU Vice President Mary Redwood", "activist_advocacy"),
        (("The Centre for Housing Research (CHR) published a study on Monday.",
          f"{_Q}Rents rose,{_E} CHR Director Ann Lee said."),
         "CHR Director Ann Lee", "expert"),
        (("The Vale Housing Alliance (VHA) sued the city on Monday.",
          f"{_Q}We will win,{_E} said VHA Chairwoman Ann Lee."),
         "VHA Chairwoman Ann Lee", "activist_advocacy"),
    ],
)
def test_the_acronyms_body_gives_the_role(sentences, source, role):
    assert _role(sentences, source) == role


@pytest.mark.parametrize(
    ("sentences", "source", "role"),
    [
        # an acronym the article does not define: unchanged
        ((f"{_Q}The fund is broke,{_E} said NTU President Derrick Johns.",), "NTU President Derrick Johns",
         "politician"),
        # a country's acronym
        ((f"{_Q}It is a tragedy,{_E} U.S. President Paul Kogan said.",), "U.S. President Paul Kogan", "politician"),
        # a government agency's acronym: its director stays an official
        (("The Norland Revenue Agency (NRA) froze the accounts.",
          f"{_Q}We acted lawfully,{_E} NRA Director Ann Lee said."),
         "NRA Director Ann Lee", "official"),
        # not a head title
        (("The Northern Teachers Union (NTU) called a strike on Monday.",
          f"{_Q}We have no choice,{_E} NTU spokesman Ben Kay said."),
         "NTU spokesman Ben Kay", "spokesperson"),
    ],
)
def test_other_roles_unchanged(sentences, source, role):
    assert _role(sentences, source) == role


def test_acronym_before_title():
    assert RHD.acronym_before_title("said NTU ", "President") == "NTU"
    assert RHD.acronym_before_title("the NTU's ", "chair") == "NTU"
    assert RHD.acronym_before_title("said NTU ", "spokesman") == ""  # not a head title
    assert RHD.acronym_before_title("U.S. ", "President") == ""  # dotted: a country, no acronym of capitals
    assert RHD.acronym_before_title("said Ann ", "President") == ""
