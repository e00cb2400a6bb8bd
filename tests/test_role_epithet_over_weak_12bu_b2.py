"""Round 12bu-b2: a definite description that refers back to a person ("The former vice-president posted ...", issue
12at-d) outranks the weak ordinary person of an age, "who lives in" or a place after the name: the age apposition "Mr
Lee, 76" no longer makes a former vice-president an ordinary person. A role the article states outright (a title, an
apposition) and a weak role of another kind (one of "the Republican candidates") still win over the epithet (round
12bu-b, which let every weak role yield, made a candidate called "the retired neurosurgeon" an expert). Invented
sentences."""
import pandas as pd

from helpers.measures import sourcing as S
from helpers.measures.source_roles import RoleTagger, load_roles

_BASE = "Ann Lee has pledged to be more mindful about physical contact, hoping to end a controversy."
_EPITHET = "The former Norland vice-president posted a video on Monday saying she would respect personal space."


def _role(sentences, name):
    tagger = RoleTagger(load_roles())
    tagger.reset()
    tagger.learn_turns(sentences)
    for s in sentences:
        tagger.learn(s)
    tagger.learn_epithets(sentences)
    return tagger.role(name)


def test_an_epithet_outranks_an_age():
    assert _role([_BASE, _EPITHET, "“I hear what they say,” Ms Lee, 76, said."], "Ms Lee") == ("politician", "epithet")


def test_an_age_alone_stays_weak_evidence():
    assert _role([_BASE, "“I hear what they say,” Ms Lee, 76, said."], "Ms Lee")[0] == "ordinary_person"


def test_a_stated_title_still_wins_over_the_epithet():
    sentences = ["Acme chief executive Ann Lee has pledged to be more mindful, hoping to end a controversy.", _EPITHET,
                 "“I hear what they say,” Ms Lee, 76, said."]
    assert _role(sentences, "Ms Lee")[0] == "official"


def test_the_attribution_rows_take_the_epithet():
    texts = [_BASE, _EPITHET, "“I hear what they say,” Ms Lee, 76, said in a tweet."]
    units = pd.DataFrame({"doc_id": "d", "unit_id": range(3), "paragraph_id": range(3), "outlet": "o", "text": texts})
    att = S.extract_attributions(units, ["outlet"], roles=load_roles())
    assert att.loc[att["unit_id"] == 2, "role"].tolist() == ["politician"]


def test_a_weak_group_member_role_still_wins_over_the_epithet():
    sentences = ["The Republican candidates, Ann Lee, Ben Kay and Carl Dorn, met in Ohio on Monday.",
                 "Ann Lee toured a plant on Monday.", "The retired neurosurgeon said the economy was weak."]
    assert _role(sentences, "Lee")[0] == "politician"
