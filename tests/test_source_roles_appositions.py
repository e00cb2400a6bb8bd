"""Apposition heads, surnames that are role nouns, outlet names before a name, slogans in "the X campaign", and
dotted abbreviations inside an "according to" source (issue 12f; sentences written for the tests)."""
import pandas as pd
import pytest

from helpers.measures.source_roles import ROLE_UNKNOWN, RoleTagger, load_roles
from helpers.measures.sourcing import extract_attributions

ROLES = load_roles()


def tagger_after(sentences):
    t = RoleTagger(ROLES)
    for s in sentences:
        t.learn(s)
    return t


def roles_of(sentences):
    units = pd.DataFrame({"doc_id": "d", "outlet": "O", "unit_id": range(len(sentences)), "text": sentences,
                          "role": "body"})
    return extract_attributions(units)


@pytest.mark.parametrize("sentence, name", [
    ("Rosa Lind, a glassblower at the Lakeside Community Center, said she was afraid.", "Lind"),
    ("Omar Bey, a bookbinder for the Delta Research Institute, said prices rose.", "Bey"),  # 12al-r: "cashier" is a role noun
    ("Kai Moss, a firefighter and president of the local union, spoke first.", "Moss"),
])
def test_role_noun_past_the_apposition_head_gives_no_role(sentence, name):
    assert tagger_after([sentence]).role(name)[0] == ROLE_UNKNOWN


@pytest.mark.parametrize("sentence, name, role", [
    ("Ann Cole, a member of the House Intelligence Committee, said it was fine.", "Cole", "official"),
    ("Rosa Lind, a senior fellow at the Lakeside Institute, said she was afraid.", "Lind", "expert"),
    ("Lee Ray, a Republican and a retired Army colonel, said he would run.", "Ray", "politician"),
])
def test_role_noun_in_the_apposition_head_gives_its_role(sentence, name, role):
    assert tagger_after([sentence]).role(name)[0] == role


def test_source_phrase_with_apposition_takes_the_apposition_head():
    t = RoleTagger(ROLES)
    assert t.role("Rosa Lind, a glassblower at the Lakeside Community Center")[0] == ROLE_UNKNOWN
    assert t.role("Rosa Lind, a spokeswoman for the Lakeside Community Center")[0] == "spokesperson"
    assert t.role("many in the media")[0] == "journalist_media"  # no apposition: the whole phrase


def test_surname_that_is_a_role_noun_is_the_person():
    t = tagger_after(["Tom Judge, a firefighter and president of the local union, spoke.",
                      "County Judge Ada Wong issued an injunction."])
    assert t.role("Judge")[0] == ROLE_UNKNOWN
    assert t.role("Wong")[0] == "official"
    assert tagger_after(["County Judge Ada Wong issued an injunction."]).role("Judge")[0] == "official"


def test_surname_role_noun_in_extracted_attributions():
    att = roles_of(["Tom Judge, a firefighter at the station, has not been paid.",
                    "\"I cannot pay my bills,\" Judge says."])
    # the surname is no title: the apposition's role (a firefighter, an ordinary person since issue 12bc-w), not official
    assert att.loc[att["source"] == "Judge", "role"].tolist() == ["ordinary_person"]
    att = roles_of(["\"The ruling stands,\" Judge Ada Wong said.", "\"It is final,\" the judge said."])
    assert set(att["role"]) == {"official"}


def test_outlet_name_is_no_title_before_a_name():
    t = tagger_after(["Hours after he told The Sun Theresa May's plan could fail, he apologised."])
    assert t.role("Mrs May")[0] == ROLE_UNKNOWN
    t = tagger_after(["Sun columnist Ben Hale wrote that the plan could fail."])
    assert t.role("Hale")[0] == "journalist_media"
    assert tagger_after(["Reporter Ben Hale asked twice."]).role("Hale")[0] == "journalist_media"


@pytest.mark.parametrize("sentence, name", [
    ("Brands joined the Stop Hate For Profit campaign last week.", "Stop Hate For Profit"),
    ("Thousands backed the Vote No campaign in the referendum.", "Vote No"),
])
def test_slogan_campaign_is_no_candidate(sentence, name):
    assert tagger_after([sentence]).role(name)[0] == ROLE_UNKNOWN


def test_candidate_campaign_still_makes_a_politician():
    assert tagger_after(["The Maria Lopez campaign did not reply."]).role("Lopez")[0] == "politician"


@pytest.mark.parametrize("sentence, source", [
    ("The man was held, according to a U.S. law enforcement official who saw the file.",
     "a U.S. law enforcement official"),
    ("The talks stalled, according to a U.K. government spokesman.", "a U.K. government spokesman"),
    ("The deal is off, according to Dr. Ana Romero of the clinic.", "Dr. Ana Romero of the clinic"),
])
def test_according_to_source_goes_on_after_a_dotted_abbreviation(sentence, source):
    att = roles_of([sentence])
    assert att["source"].tolist() == [source]


def test_according_to_source_ends_at_a_sentence_end():
    att = roles_of(["The plan failed, according to officials in the U.S."])
    assert att["source"].tolist() == ["officials in the U.S"]
    att = roles_of(["The man was held, according to a U.S. law enforcement official."])
    assert att["role"].tolist() == ["military_police"]
