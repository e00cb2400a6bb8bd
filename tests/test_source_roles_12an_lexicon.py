"""Issue 12an-k: an outlet's "piece" is a document; the author of a news article, column or piece is a journalist; an
official title right after a police force ("City Police Deputy Chief") is a police rank. Every sentence below is
invented.
"""

import pytest
from test_source_roles_12al_lexicon import _role  # what the reader makes of a phrase after an article's sentences

from helpers.measures.role_titles import author_of_work_role, is_police_title, news_authors


@pytest.mark.parametrize(
    "sentences, phrase, role",
    [
        # positives (each failed on main e902f0c): an outlet's piece is its product, a document
        ([], "The Harbor Daily piece", "document"),
        ([], "a Lake Times piece", "document"),
        ([], "the piece", "document"),
        ([], "An earlier version of this piece", "document"),
        # the author of a news item is a journalist (was expert by "author of")
        ([], "the author of the Harbor Weekly article, Ann Lee", "journalist_media"),
        ([], "Ann Lee, author of a Lake Times column", "journalist_media"),
        ([], "the authors of the piece", "journalist_media"),
        (["Ann Lee, the author of the Harbor Weekly article, spoke."], "Lee", "journalist_media"),
        (["The author of the Harbor Weekly cover story, Ann Lee, spoke."], "Lee", "journalist_media"),
        # a title right after a police force is a police rank (was official)
        (["Lake City Police Deputy Chief Ann Lee spoke."], "Lee", "military_police"),
        (["Lake City police Deputy Chief Ann Lee spoke."], "Lee", "military_police"),
        # negatives (each passes on main too)
        # the author of a book or a report stays an expert; a professor who wrote an article too
        ([], "Ann Lee, author of the book", "expert"),
        ([], "Ann Lee, co-author of the report", "expert"),
        ([], "Ann Lee, a professor and author of a Harbor Weekly article", "expert"),
        (["Ann Lee, author of the book, spoke."], "Lee", "expert"),
        (["Ann Lee, a professor and author of a Harbor Weekly article, spoke."], "Lee", "expert"),
        # no police force right before the title
        (["Lake City Fire Deputy Chief Ann Lee spoke."], "Lee", "official"),
        ([], "Deputy Secretary Ann Lee", "official"),
        # "piece" only as the phrase's last word: not a writer's "piece he wrote", not "of a piece with"
        ([], "argued in a piece he", "unknown"),
        ([], "in a previous piece I", "unknown"),
        ([], "That claim is of a piece", "unknown"),
        # the outlet's journalists stay journalists
        ([], "Lake Times reporter Ann Lee", "journalist_media"),
    ],
)
def test_forms(sentences, phrase, role):
    assert _role(sentences, phrase) == role


def test_helpers():
    assert author_of_work_role("the author of a magazine story") == "journalist_media"
    assert author_of_work_role("the author of the study") == ""
    assert news_authors("Ann Lee, the author of the Lake Times article, said so.") == [
        ("Ann Lee", "Ann Lee, the author of the Lake Times article")
    ]
    assert news_authors("Ann Lee, the author of two books, said so.") == []
    assert is_police_title("Lake City Police ", "Deputy")
    assert not is_police_title("Lake City Police ", "spokesman")
    assert not is_police_title("Lake City Fire ", "Chief")
