"""Rounds 12cy and 12cy2: a source that is an indefinite pronoun for people, alone or with a relative clause ("No one",
"Nobody ever", "Not everyone", "someone who ..."), is an unnamed group with no role of its own (anonymous). A phrase
that names a role keeps it ("someone in the crowd"); a qualifier that may give the group a role the tagger cannot read
("everybody on the island") and a pronoun resolved to such a group ("They" -> "Everyone") are left as they were.
Sentences invented for the tests."""

from __future__ import annotations

import pytest

from helpers.measures import source_roles as SR
from helpers.measures.role_refs import INDEFINITE, INDEFINITE_GROUP
from tests._attribution_rows import attribution_rows, row_of


@pytest.mark.parametrize("head, hit", [
    ("No one", True),
    ("no-one", True),
    ("Nobody ever", True),
    ("No one\u2019s ever", True),
    ("Not everyone", True),
    ("almost everybody", True),
    ("virtually no one", True),
    ("anyone else", True),
    ("Someone", True),
    ("every one", True),
    ("Noone", False),  # not written as a pronoun
    ("Everyone's parents", False),  # a possessive with a noun: the noun decides
    ("Nobody Hart", False),  # a name after it
    ("some", False),  # a quantifier: the group rule's own
    ("anything", False),  # not a person
])
def test_indefinite_heads(head, hit):
    assert bool(INDEFINITE.fullmatch(head)) is hit


@pytest.mark.parametrize("sentence, verb", [
    ("No one said the bridge would be finished on time.", "said"),
    ("Nobody ever said the talks would be easy.", "said"),
    ("Not everyone agrees with the new rules for the harbour.", "agrees with"),
    ("Everybody knows the vote on the levy is close.", "knows"),
    ("Someone who saw the fire said the roof fell first.", "said"),
])
def test_an_indefinite_pronoun_is_an_unnamed_group(sentence, verb):
    row = row_of(sentence, verb=verb)
    assert (row["role"], row["role_basis"]) == ("anonymous", "unnamed_group")


@pytest.mark.parametrize("sentence, verb, role", [
    ("Someone in the crowd shouted that the mayor had lied.", "shouted", "ordinary_person"),
    ("No one in the ministry said the budget was short.", "said", "official"),
    ("Nobody Hart, the harbour master, said the storm had passed.", "said", "official"),
])
def test_a_phrase_that_names_a_role_keeps_it(sentence, verb, role):
    assert row_of(sentence, verb=verb)["role"] == role


def test_a_plain_name_is_no_group():
    row = row_of("Tor Brandvik said the bridge would be finished on time.", verb="said")
    assert row["role"] == SR.ROLE_UNKNOWN


@pytest.mark.parametrize("phrase, hit", [
    ("No one", True),
    ("someone who saw the fire", True),
    ("Not everyone", True),
    ("everybody on the island", False),  # a qualifier: the group may have a role
    ("Everybody, it seemed", False),
    ("No one's parents", False),
])
def test_indefinite_groups(phrase, hit):
    assert bool(INDEFINITE_GROUP.fullmatch(phrase)) is hit


@pytest.mark.parametrize("sentence, verb", [
    ("No one on the ferry said the crossing was rough.", "said"),  # a qualifier
    ("Everybody, it seemed, said the crossing was rough.", "said"),
])
def test_a_qualified_group_is_left_as_it_was(sentence, verb):
    assert row_of(sentence, verb=verb)["role"] == SR.ROLE_UNKNOWN


def test_a_pronoun_resolved_to_the_group_is_left_as_it_was():
    att = attribution_rows("Everyone knew the harbour would close.", "They said the ferry was late.")
    row = att[att["verb"] == "said"].iloc[0]
    assert (row["source"], row["source_resolved"], row["role"]) == ("They", "Everyone", SR.ROLE_UNKNOWN)
