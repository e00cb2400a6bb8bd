"""Issue 12az-u: an apposition whose head noun follows coordinated modifiers or nouns ("a computer science and privacy
researcher at ...", "her treasurer and then-finance minister"; not "the co-founder and CEO of ...") or a body's name with "and"/"of" ("a former Fish and
Wildlife official"). Every sentence is invented."""

import pytest

from helpers.measures.role_coord import head_after_coordination, same_role, strip_name_connectors
from helpers.measures.source_roles import RoleTagger, load_roles


@pytest.fixture(scope="module")
def tagger():
    return RoleTagger(load_roles())


def _role(tagger, sents, name):
    tagger.reset()
    for s in sents:
        tagger.learn(s)
    tagger.learn_epithets(sents)
    return tagger.role(name)[0]


@pytest.mark.parametrize(
    "sents, name, role",
    [
        # positives (each `unknown` on main 33162c8)
        (["Tova Brill, a soil science and water policy professor at Dunmore University, said the reef was dying."],
         "Tova Brill", "expert"),
        (["The reef is dying, says Tova Brill, a co-author and senior researcher at the Lake Policy Institute."],
         "Tova Brill", "expert"),
        (["Ivo Marek, the first and only director the agency has had, said sales were up.", "Marek said more."],
         "Marek", "official"),
        (["Ivo Marek, her treasurer and then-finance minister, said the war was costly.", "Marek said more."],
         "Marek", "politician"),
        (["Ivo Marek, a former Parks and Wildlife official, said the herd had shrunk."], "Ivo Marek", "official"),
        (["Ivo Marek, a Health and Human Services official, said the herd had shrunk.", "Marek added a note."], "Marek",
         "official"),
        (["Ivo Marek, a farm policy and rural development economist at Dunmore University, spoke."], "Ivo Marek",
         "expert"),
    ],
)
def test_coordinated_appositions(tagger, sents, name, role):
    assert _role(tagger, sents, name) == role


@pytest.mark.parametrize(
    "sents, name",
    [
        # negatives (each `unknown` on main 33162c8 and after): the role noun is past the head, or after "and"
        # comes a new noun phrase
        (["Ivo Marek, a woodworker at the Dunmore Mill, said the plan was dead."], "Ivo Marek"),
        (["Ivo Marek, a woodworker in Dunmore and spokesman for nobody, said the plan was dead."], "Ivo Marek"),
        (["Ivo Marek, a woodworker who met and befriended a senator, said the plan was dead."], "Ivo Marek"),
        (["Ivo Marek, a woodworker and tinkerer and senator, said the plan was dead."], "Ivo Marek"),
        (["Ivo Marek, a woodworker with Dunmore and Lakes Mills, said the plan was dead."], "Ivo Marek"),
        (["Ivo Marek, the woodworker and his neighbour's senator, said the plan was dead."], "Ivo Marek"),
    ],
)
def test_past_head_still_unread(tagger, sents, name):
    assert _role(tagger, sents, name) == "unknown"


def test_two_bare_nouns_keep_old_reading(tagger):
    # "X and <role noun> of ...": the tail may belong to the second noun alone; left unread, as before
    for sent in ["Ivo Marek, a firefighter and president of the Dunmore Bakers Union, said no.",
                 "Ivo Marek, the co-founder and CEO of Brightwell, said no."]:
        assert _role(tagger, [sent], "Ivo Marek") == "unknown"


def test_helpers():
    assert strip_name_connectors("former Parks and Wildlife ") == "former Parks Wildlife "
    assert strip_name_connectors("science and policy ") == "science and policy "
    assert head_after_coordination("computer science and privacy ") == "computer science"
    assert head_after_coordination("former Parks and Wildlife ") == ""
    assert head_after_coordination("bookkeeper at the ") is None
    assert head_after_coordination("baker and friend and ") is None
    assert head_after_coordination("and ") is None
    assert head_after_coordination("co-founder and ") is None
    assert head_after_coordination("mother, and ") is None
    assert head_after_coordination("baker and his neighbour's ") is None
    assert same_role([], "expert") and same_role(["expert"], "expert")
    assert not same_role(["ordinary_person"], "politician") and not same_role([], "")


def test_past_role_is_weak(tagger):
    # a past role read through the new forms fills only an article that states no other role for the name
    sents = ["Ann Lee, a former Parks and Wildlife official, spoke.", "Lee was elected to the Senate in 2018.",
             "Lee said no."]
    assert _role(tagger, sents, "Lee") == "politician"
    assert _role(tagger, ["Ann Lee, a former Parks and Wildlife official, spoke.", "Lee said no."], "Lee") == "official"
    # a current role read through a coordination is learnt like any apposition
    assert _role(tagger, ["Ann Lee, a soil science and water policy professor at Dunmore University, spoke.",
                          "Lee said no."], "Lee") == "expert"
