"""Issue 12ar-d: lexicon errors of role draws 929-937. A vague group noun after plain modifiers or a possessor
("outside critics", "the mayor's defenders") are anonymous groups; photographers are journalists; a chief
medical officer is an expert (a physician). Every sentence below is invented.
"""

import pytest
from test_source_roles_12al_lexicon import _role  # what the reader makes of a phrase after an article's sentences

from helpers.measures.role_refs import vague_group


@pytest.mark.parametrize(
    "sentences, phrase, role",
    [
        # positives (each failed on main 6d68137)
        # a vague group after plain modifiers or a possessor (was unknown, or the possessor's role)
        ([], "outside critics", "anonymous"),
        ([], "Longtime detractors", "anonymous"),
        ([], "his fiercest critics", "anonymous"),
        ([], "the mayor's defenders", "anonymous"),
        ([], "Ann Lee's critics", "anonymous"),
        (["Mayor Ann Lee spoke."], "Lee's defenders", "anonymous"),
        ([], "many outside critics of the plan", "anonymous"),
        # photographers (was unknown)
        ([], "Ann Lee, a photographer from Norland", "journalist_media"),
        ([], "photojournalist Ann Lee", "journalist_media"),
        (["Ann Lee, a photographer, was jailed."], "Lee", "journalist_media"),
        # a chief medical officer (was official by "officer")
        ([], "Ann Lee, chief medical officer of the Harbor Foundation", "expert"),
        # negatives (each passes on main too)
        ([], "critics", "anonymous"),
        # review r12ar: a possessive determiner is a possessor; "defenders" is a group noun; party or movement words
        # and critics by trade keep the group out of anonymous
        ([], "his critics", "anonymous"),
        ([], "their backers", "anonymous"),
        ([], "defenders", "anonymous"),
        ([], "her longtime defenders", "anonymous"),
        (["The vote split the Labour party."], "Labour critics", "unknown"),
        ([], "film critics", "unknown"),
        ([], "Republican critics", "politician"),
        ([], "union critics", "activist_advocacy"),
        ([], "the bill's Republican opponents", "politician"),
        ([], "conservative critics", "unknown"),
        ([], "pro-choice opponents", "unknown"),
        ([], "the critics' report", "document"),
        ([], "Ann Lee, a police officer", "military_police"),
        ([], "the medical officer", "official"),
        ([], "Ann Lee, a reporter", "journalist_media"),
        ([], "the photos", "unknown"),
        # "someone" was tried here and dropped (its changes on AllSides were mostly generic or hypothetical people);
        # round 12cy2 types an indefinite pronoun alone anonymous (its judges read such rows as no attributions)
        ([], "someone", "anonymous"),
    ],
)
def test_roles(sentences, phrase, role):
    assert _role(sentences, phrase) == role


NOUNS = ("critics", "opponents", "detractors", "defenders", "backers")


def test_vague_group():
    role = {"union": "activist_advocacy"}.get
    assert vague_group("outside critics", lambda s: role(s, ""), NOUNS)
    assert vague_group("the senator's detractors", lambda s: role(s, ""), NOUNS)
    assert not vague_group("union critics", lambda s: role(s, ""), NOUNS)
    assert not vague_group("conservative critics", lambda s: role(s, ""), NOUNS)
    assert not vague_group("critics", lambda s: role(s, ""), NOUNS)  # the lexicon's own group rule reads it
    assert not vague_group("outside experts", lambda s: role(s, ""), NOUNS)


@pytest.mark.parametrize("head", ["his critics", "His critics", "their backers", "her fiercest defenders"])
def test_possessive_determiner_is_a_possessor(head):  # review r12ar: like "the mayor's"
    assert vague_group(head, lambda s: "", NOUNS)


@pytest.mark.parametrize(
    "head",
    [
        "Labour critics",
        "Likud critics",
        "Islamist critics",
        "opposition critics",
        "his Labour critics",
        "some Green opponents",
        "film critics",
        "his restaurant critics",
        "art critics",
        "TV critics",
    ],
)
def test_party_movement_or_trade_word_is_no_vague_group(head):  # review r12ar
    assert not vague_group(head, lambda s: "", NOUNS, {"Labour", "Likud", "Islamist"})


def test_a_persons_name_is_whom_the_group_criticises():
    assert vague_group("Trump critics", lambda s: "", NOUNS, {"Trump"}, {"trump"})
    assert vague_group("some Lee critics", lambda s: "", NOUNS, set(), {"lee"})


def test_sentence_first_word_is_no_party_word():
    assert vague_group("Longtime critics", lambda s: "", NOUNS, {"Labour"})
