"""Round 12el: more written items read by round 12ek3's tight own-span reader (a decision, an opinion, a brief, a
summary, a draft, an agenda, a clip, a bulletin, slides, a motion, a verdict, excerpts, a presentation); a speech, an
announcement, a page or an episode, and phrases without a determiner, keep their reading. Invented phrases."""
import pytest

from helpers.measures.role_bare_heads import item_role


@pytest.mark.parametrize("phrase", [
    "The decision", "the majority opinion", "the brief", "The summary", "the draft", "the agenda", "the clip",
    "a bulletin", "The slides", "the motion", "The verdict", "the excerpts", "the presentation", "Excerpts",
])
def test_more_written_items_are_documents(phrase):
    assert item_role(phrase) == "document"


@pytest.mark.parametrize("phrase", [
    "his speech", "the announcement", "the page", "the episode", "public opinion", "Decision", "the decision to leave",
])
def test_acts_venues_and_loose_phrases_are_not_read(phrase):
    assert item_role(phrase) == ""
