"""Round 12ek2: a whole bare source phrase headed by a written or recorded item (a caption, testimony, a dossier, a
warrant, a chart, a notice, photos, a recording, tapes, a map, a contract, texts, notes, a form ...) is a document;
the same nouns inside longer phrases, as verbs, or a reputation's "image" keep their reading. Invented phrases."""
import pytest

from helpers.measures.role_bare_heads import bare_head_role


@pytest.mark.parametrize("phrase", [
    "The caption", "the dossier", "The 35-page dossier", "The warrant", "this chart", "a public notice",
    "A photo", "the satellite images", "Screenshots", "the recording", "The Watergate tapes", "the map", "the new contract",
    "the text", "Other notes", "Norland's notes", "a note", "the form", "The enrollment forms", "their public testimony",
    "the audio", "The diary", "Leaflets", "the database",
])
def test_a_bare_item_is_a_document(role_of, phrase):
    assert bare_head_role(phrase) == "document"
    assert role_of(phrase) == "document"


@pytest.mark.parametrize("phrase", [
    "Her moderate image",  # a reputation, not a picture (images only in the plural)
    "the minutes ago", "an FBI agent making the search warrant request", "a partner in many of the contracts",
    "notes about a dinner", "the chart of the day", "Democrats note Ann Lee", "the notice of the hearing",
    "Ann Lee's tape recorder", "the form of government",
])
def test_longer_or_other_phrases_are_not_read(phrase):
    assert bare_head_role(phrase) == ""


def test_a_role_the_other_rules_give_is_kept(role_of):
    # the rule fills only phrases left without a role or unknown
    assert role_of("the police log") == "military_police"
