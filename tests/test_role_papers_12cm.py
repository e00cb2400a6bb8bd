"""Round 12cm: "the paper said" is the newspaper an article quotes, unless the article shows a research paper ("a new
paper", "the paper's authors"), which is a document. Invented sentences."""

from __future__ import annotations

import pytest

from helpers.measures.role_papers import PAPER_BASIS, paper_role, research_paper
from tests._attribution_rows import row_of


@pytest.mark.parametrize("phrase, research, role", [
    ("the paper", False, "journalist_media"),
    ("The paper", False, "journalist_media"),
    ("that paper", False, "journalist_media"),
    ("the paper", True, "document"),
    ("A new paper", False, "document"),
    ("a working paper", False, "document"),
    ("the white paper", False, "document"),
    ("a paper", False, "document"),
    ("the paper's editors", False, ""),
    ("a local paper", False, ""),
    ("the newspaper", False, ""),
    ("paper", False, ""),
])
def test_paper_role(phrase, research, role):
    assert paper_role(phrase, research) == role


@pytest.mark.parametrize("sentences, shows", [
    (["A recent paper found that wages fell."], True),
    (["The paper's authors say more work is needed."], True),
    (["In their paper, the economists argue for a tax."], True),
    (["The paper, which was published in the Norland Review, is short."], True),
    (["The paper published an editorial on Sunday."], False),
    (["The Norland Herald said on Monday that the mayor had resigned.", "The paper said so."], False),
])
def test_research_paper(sentences, shows):
    assert research_paper(sentences) is shows


@pytest.mark.parametrize("sentences, verb, role", [
    (("The Norland Herald broke the story on Monday.", "The paper said the mayor had resigned."), "said",
     "journalist_media"),
    (("A new paper by two economists was released on Monday.", "The paper concludes that wages fell."),
     "concludes", "document"),
    (("The paper's authors surveyed 900 firms.", "The paper argues that wages fell."), "argues", "document"),
])
def test_a_paper_source_is_a_newspaper_or_a_research_paper(sentences, verb, role):
    row = row_of(*sentences, verb=verb)
    assert row["role"] == role and row["role_basis"] == PAPER_BASIS


def test_a_paper_that_reports_keeps_the_earlier_rule():
    row = row_of("The paper reported that the mayor had resigned.", verb="reported")
    assert row["role"] == "journalist_media" and row["role_basis"] == "verb"
