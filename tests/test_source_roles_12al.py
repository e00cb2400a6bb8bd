"""Issue 12al-r: bodies named before a noun of their kind, people who "work as" a role noun, people introduced by a
demonym alone, and occupations of people quoted as themselves.

All sentences are invented for these tests.
"""

import pytest

from helpers.measures import source_roles as SR
from helpers.measures.role_kinds import demonym_appositions, kind_before, works_as

_TAGGER = SR.RoleTagger(SR.load_roles())


def _role_after(sentences, phrase, verb="said"):
    """The role of ``phrase`` once the tagger has read ``sentences`` as one article."""
    _TAGGER.reset()
    for sentence in sentences:
        _TAGGER.learn(sentence)
    return _TAGGER.role(phrase, verb=verb)[0]


@pytest.mark.parametrize(
    "sentences, phrase, role",
    [
        # a body named before a noun of its kind, then named bare
        (["The Acme mining company sued the state.", "Acme said the permit was void."], "Acme", "official"),
        (["The Brightline advocacy group sued.", "Brightline said no."], "Brightline", "activist_advocacy"),
        (["The Teamsters union sued.", "The Teamsters said no."], "The Teamsters", "activist_advocacy"),
        (
            ["It was first reported by the Norton Ledger newspaper.", "The Norton Ledger said so."],
            "The Norton Ledger",
            "journalist_media",
        ),
        (["A study by the Vela Policy think tank found gaps.", "Vela Policy found gaps."], "Vela Policy", "expert"),
        # a person who works or worked as a role noun
        (["Ann Lee, who works as a nurse, said no."], "Ann Lee", "ordinary_person"),
        (["Ann Lee, who works as a lobbyist, said no."], "Ann Lee", "activist_advocacy"),
        (["Tom Gale once worked as a reporter in Norton.", "Gale said no."], "Gale", "journalist_media"),
        # a person introduced by a demonym alone
        (["Adam, a young married Norlandian who later moved, said no."], "Adam", "ordinary_person"),
        (["Ann Lee, a Vestian, said the bridge was closed."], "Ann Lee", "ordinary_person"),
        # occupations of people quoted as themselves
        (["Ann Lee, a retired electrician, said no."], "Ann Lee", "ordinary_person"),
        (["Tom Gale, a school janitor, said no."], "Tom Gale", "ordinary_person"),
        (["Omar Bey, a cashier for the Delta Research Institute, said prices rose."], "Omar Bey", "ordinary_person"),
        # a copula with a private person's occupation (weak)
        (["Ann Lee is a nurse at Norland General.", "Lee said no."], "Lee", "ordinary_person"),
        (["Tom Gale was a retired teacher.", "Gale said no."], "Gale", "ordinary_person"),
        (["Tom Gale spoke.", "Gale is a janitor at the school.", "Gale said no."], "Gale", "ordinary_person"),
        # organisations named with their kind
        (["Fair Vote, the voting rights organization, said it would sue."], "Fair Vote", "activist_advocacy"),
        (["Both news organizations said the plan failed."], "Both news organizations", "journalist_media"),
        (["Kestrel Point, a news organization based in Norton, said so."], "Kestrel Point", "journalist_media"),
    ],
)
def test_roles_12al(sentences, phrase, role):
    assert _role_after(sentences, phrase) == role


@pytest.mark.parametrize(
    "sentences, phrase, role",
    [
        # an armed or a family body is not read; a name with a role of its own keeps it
        (["It was the work of the Kaba terror group.", "Kaba said so."], "Kaba", "unknown"),
        (["The Lee family foundation gave money.", "Lee said no."], "Lee", "unknown"),
        (["The Republican group sued.", "Republicans said no."], "Republicans", "politician"),
        # a surname of the article is a person, not the body named after it
        (["The Gale mining company sued.", "Tom Gale spoke.", "Gale said no."], "Gale", "unknown"),
        # a place named as a place keeps the place's reading (item 9)
        (["The Norland newspaper wrote it.", "Troops moved in Norland.", "Norland said no."], "Norland", "official"),
        # "works as" a document noun, or no "as": no role
        (["Ann Lee, who works on the report, said no."], "Ann Lee", "unknown"),
        # a demonym the lexicon reads keeps its role, and a demonym before another noun is no apposition's head
        (["Ann Lee, a Democrat, said no."], "Ann Lee", "politician"),
        (["Ann Lee, a Norlandian diplomat, said no."], "Ann Lee", "official"),
        (["Ann Lee, a Norlandian who chairs the Acme Institute, said no."], "Ann Lee", "unknown"),
        # a copula with a stance, a fame or a kind of person states no occupation
        (["Ann Lee is a longtime supporter of the plan.", "Lee said no."], "Lee", "unknown"),
        (["Ann Lee is a man who knows the town.", "Lee said no."], "Lee", "unknown"),
        (["Ann Lee is the owner of the Norton Ledger.", "Lee said no."], "Lee", "unknown"),
        (["Norland was a victim of the hackers.", "Norland said no."], "Norland", "unknown"),
        (["Tom Gale spoke.", "For the panel, Gale is a dream witness.", "Gale said no."], "Gale", "unknown"),
        # a subject of one word that the article never writes as a surname is no person
        (["Vestia is a retired teacher of nations.", "Vestia said no."], "Vestia", "unknown"),
        # "organization" alone is no role noun
        (["Vela Works, the organization, said so."], "Vela Works", "unknown"),
        # a weak cue yields to a stated role
        (["Ann Lee, a Vestian, spoke.", "Sen. Ann Lee said no."], "Ann Lee", "politician"),
        (["Ann Lee is a nurse.", "Ann Lee, a Norton councilwoman, said no."], "Ann Lee", "politician"),
    ],
)
def test_roles_12al_negative(sentences, phrase, role):
    assert _role_after(sentences, phrase) == role


def test_forms_directly():
    role = SR.RoleTagger(SR.load_roles()).phrase_role
    assert list(kind_before("The Acme mining company sued.", role)) == [("Acme", "official", "The Acme mining company")]
    assert list(kind_before("The Acme's company sued.", role)) == []
    assert [r[:2] for r in works_as("Ann Lee, who worked as a teacher, said no.", role)] == [
        ("Ann Lee", "ordinary_person")
    ]
    assert list(works_as("Ann Lee works in Norton.", role)) == []
    assert [n for n, _ in demonym_appositions("Ann Lee, 44, a Vestian, said no.", role)] == ["Ann Lee"]
    assert list(demonym_appositions("Ann Lee, a Vestian diplomat, said no.", role)) == []
