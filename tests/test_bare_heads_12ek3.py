"""Round 12ek3: a row's own source span that is a tight phrase headed by a written or recorded item (a caption,
testimony, a dossier, a warrant, a chart, a notice, photos, a recording, tapes, a map, a contract, texts, notes, a
form ...) is a document; a pronoun or a quotation resolved to such a phrase is not, and loose phrases, verbs, a
reputation's "image" and capitalised names keep their reading. Invented sentences and phrases."""
import pandas as pd
import pytest

from helpers.measures.role_bare_heads import item_role
from helpers.measures.sourcing import extract_attributions


@pytest.mark.parametrize("phrase", [
    "The caption", "the dossier", "The 35-page dossier", "The warrant", "this chart", "a public notice", "A photo",
    "the satellite images", "Screenshots", "Photos", "the recording", "The Watergate tapes", "the map",
    "the new contract", "the text", "Other notes", "Norland's notes", "a note", "the form", "The enrollment forms",
    "their public testimony", "the audio", "The diary", "brochures", "the database", "Another photograph",
])
def test_a_tight_item_phrase_is_a_document(phrase):
    assert item_role(phrase) == "document"


@pytest.mark.parametrize("phrase", [
    "Her moderate image",  # a reputation, not a picture (images only in the plural)
    "Photograph", "Note", "Text", "Warrant",  # a singular head needs a determiner: credit lines and asides
    "struck a similar note", "Lee.He notes", "he found this notice",  # an article or a period inside: a loose span
    "Norland's Eviction Notice", "the final Norland Battleground Map",  # a capitalised head: a name
    "the minutes ago", "an FBI agent making the search warrant request", "a partner in many of the contracts",
    "notes about a dinner", "the chart of the day", "its most recent tax form", "Ann Lee", "",
])
def test_loose_or_other_phrases_are_not_read(phrase):
    assert item_role(phrase) == ""


def _roles(sentences):
    units = pd.DataFrame({"doc_id": "d", "outlet": "O", "unit_id": range(len(sentences)),
                          "paragraph_id": range(len(sentences)), "text": sentences, "role": "body"})
    att = extract_attributions(units)
    return {(r.source, r.source_resolved): r.role for r in att.itertuples()}


def test_only_the_rows_own_span_is_read():
    roles = _roles(["The caption says the photo was taken in May.",
                    'An arrest warrant was issued. "We will find him," he said.'])
    assert roles[("The caption", "The caption")] == "document"
    # a pronoun resolved to an item is no document (it was "unknown" before the round too)
    assert all(role != "document" for (src, _), role in roles.items() if src == "he")


def test_a_role_the_other_rules_give_is_kept():
    roles = _roles(["According to the police log, the call came at noon."])
    assert set(roles.values()) == {"military_police"}
