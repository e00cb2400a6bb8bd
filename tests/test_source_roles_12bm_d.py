"""Dogfood 12bm-d: the civil "X General" titles of version 17 also in their hyphenated spelling (British and
Commonwealth usage), ``source_roles.yaml`` version 39; "general" alone stays a military rank. Phrases written for the
tests; names invented."""

import pytest


@pytest.mark.parametrize(
    "phrase, role",
    [
        ("the country's surgeon-general", "official"),
        ("In February the country's surgeon-general", "official"),
        ("the state's solicitor-general", "official"),
        ("the auditor-general", "official"),
        ("Consul-General Ann Lee", "official"),
        ("the postmaster-general", "official"),
        # unchanged: the unhyphenated titles, the rank, a general of police
        ("the surgeon general", "official"),
        ("a retired general", "military_police"),
        ("Gen. Tom Reed", "military_police"),
    ],
)
def test_hyphenated_civil_general_titles(role_tagger, phrase, role):
    role_tagger.reset()
    assert role_tagger.phrase_role(phrase) == role


def test_a_sentence_names_the_surgeon_general_as_an_official(article_role):
    sents = ["In February the country's surgeon-general, Ann Lee, warned that cases were rising."]
    assert article_role(sents, "Ann Lee")[0] == "official"
