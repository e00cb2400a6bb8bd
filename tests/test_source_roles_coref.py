"""Roles of named people and organisations across an article (issue 12d; sentences written for the tests)."""
import pandas as pd
import pytest

from helpers.measures.source_roles import ROLE_UNKNOWN, RoleTagger, load_roles
from helpers.measures.sourcing import extract_attributions

ROLES = load_roles()


@pytest.fixture
def tagger():
    return RoleTagger(ROLES)


def test_document_noun_before_a_name_is_a_first_name(tagger):
    assert tagger.role("Mayor Bill Ostrow")[0] == "politician"
    tagger.learn("Mayor Bill Ostrow opened the bridge.")
    assert tagger.role("Ostrow") == ("politician", "article")
    # a lower-case document noun is still a document, and it is no title for the name after it
    assert tagger.role("the bill")[0] == "document"
    tagger.learn("The bill Kessler signed last year expires.")
    assert tagger.role("Kessler") == (ROLE_UNKNOWN, "")


def test_possessive_ends_a_name(tagger):
    tagger.learn("Judge Ida Marr's Tuesday ruling stands.")
    assert tagger.role("Marr") == ("official", "article")
    # the word after the possessive is not part of the name
    assert tagger.role("Tuesday") == (ROLE_UNKNOWN, "")


@pytest.mark.parametrize("sentence, name, role", [
    ("Joan Pell, then a senator from Ohio, wrote a column.", "Pell", "politician"),
    ("Rob Tann, now a professor of law, disagreed.", "Tann", "expert"),
    ("Paul Roe, who served as senior counselor to the director, said so.", "Roe", "official"),
    ("Ada Fisk, who has served as a spokeswoman for the port, said so.", "Fisk", "spokesperson"),
])
def test_more_appositions(tagger, sentence, name, role):
    tagger.learn(sentence)
    assert tagger.role(name) == (role, "article")


def test_then_without_a_comma_apposition_is_not_learnt(tagger):
    tagger.learn("Joan Pell then said a senator from Ohio was wrong.")
    assert tagger.role("Pell") == (ROLE_UNKNOWN, "")


def test_ceo_of_takes_the_role_of_the_body(tagger):
    tagger.learn("Rita Sol, the CEO of EdPlan, a school finance advocacy organization, warned of cuts.")
    tagger.learn("Dev Nair, chief executive of Nair Foods, spoke.")
    tagger.learn("Lee Wu, the director of economic studies at the Harlow Institution, said.")
    assert tagger.role("Sol") == ("activist_advocacy", "article")
    assert tagger.role("Dev Nair") == ("official", "article")  # a company: official, the fallback
    assert tagger.role("Wu") == ("expert", "article")  # the body after "at", not the "studies"
    # "CEO" without "of" is read as the apposition it is
    tagger.learn("Kim Oda, the CEO, declined.")
    assert tagger.role("Oda") == ("official", "article")


def test_organisations_named_with_their_type(tagger):
    tagger.learn("The Harbor Workers Association for the Protection of Coastal Jobs (HWA) sued the city.")
    tagger.learn("Officials at the Department of Coastal Safety issued a warning.")
    tagger.learn("The Lakeside Policy Center published estimates.")
    tagger.learn("She studied at the University of Ostland.")
    tagger.learn("The New Brayford Register first reported it.")
    assert tagger.role("the HWA") == ("activist_advocacy", "article")
    assert tagger.role("Coastal Safety") == ("official", "article")
    assert tagger.role("Lakeside Policy Center")[0] == "expert"
    assert tagger.role("the Register") == ("journalist_media", "article")
    # the place a university is "of" gets no role; a plain place name stays unknown
    assert tagger.role("Ostland") == (ROLE_UNKNOWN, "")
    assert tagger.role("Brayford") == (ROLE_UNKNOWN, "")
    assert tagger.role("the center")[0] == "expert"
    assert tagger.role("the party")[0] == "politician"


@pytest.mark.parametrize("phrase, role", [
    ("top congressional Republicans", "politician"),
    ("a congressional aide", "official"),  # the head noun still decides
    ("a congressional report", "document"),
    ("the Supreme Court nominee", "official"),
    ("the Republican nominee", "politician"),
    ("the final climate agreement", "document"),
    ("every college applicant", "ordinary_person"),
    ("the city police department", "military_police"),
])
def test_new_role_nouns(tagger, phrase, role):
    assert tagger.role(phrase)[0] == role


def _units(sents):
    return pd.DataFrame({"doc_id": "d", "outlet": "O", "unit_id": range(len(sents)),
                         "paragraph_id": range(len(sents)), "text": sents, "role": "body"})


def test_he_does_not_fall_back_to_a_plural_without_a_role():
    att = extract_attributions(_units([
        "Teenage skaters said the park was unsafe.",
        "He said the park would be closed."]))
    last = att[att["unit_id"] == 1].iloc[0]
    assert last["source_resolved"] == "He"
    assert last["role"] == ROLE_UNKNOWN


def test_he_falls_back_to_plural_officials_and_to_a_bare_name():
    att = extract_attributions(_units([
        "Two officials said the port would reopen.",
        "He said the ships were waiting."]))
    assert att[att["unit_id"] == 1].iloc[0]["source_resolved"] == "Two officials"
    att = extract_attributions(_units([
        "Sen. Ron Sanders spoke at the port.",
        "Sanders said the ships were waiting.",
        "He said the port would reopen."]))
    last = att[att["unit_id"] == 2].iloc[0]
    assert last["source_resolved"] == "Sanders"
    assert last["role"] == "politician"


def test_suffixes_titles_without_a_period_and_vice_presidents(tagger):
    tagger.learn("The House cited Attorney General Ed T. Varga Jr. for contempt.")
    tagger.learn("Democratic Rep Ola Kemp spoke next.")
    tagger.learn("said Mia Dorn, senior vice president of the Lakeside Policy Center.")
    assert tagger.role("Mr. Varga") == ("politician", "article")
    assert tagger.role("Kemp") == ("politician", "article")
    assert tagger.role("Dorn") == ("expert", "article")
    # "Rep" only counts before a name, as a title; a sales rep is no politician
    assert tagger.role("a sales rep")[0] != "politician"
    tagger.learn("The Rep said nothing.")
    assert tagger.role("Nothing") == (ROLE_UNKNOWN, "")


@pytest.mark.parametrize("phrase, role", [
    ("the actor's representative Ana Vale", "spokesperson"),
    ("the singer\u2019s representative", "spokesperson"),
    ("a representative", "politician"),
    ("a writer for the magazine", "journalist_media"),
    ("a Louisiana author", "expert"),
])
def test_representatives_and_writers(tagger, phrase, role):
    assert tagger.role(phrase)[0] == role


def test_a_source_with_a_suffix_finds_the_learnt_name(tagger):
    tagger.learn("Gov. Tom Ash Jr. signed the order.")
    assert tagger.role("Tom Ash Jr.") == ("politician", "article")
    assert tagger.role("Ash") == ("politician", "article")
    assert tagger.context("Tom Ash Jr.").startswith("Gov. Tom Ash")


def test_head_of_a_body_with_an_initial(tagger):
    tagger.learn("said Mo Petri, executive vice president of the Ada B. Lorne Institute.")
    assert tagger.role("Petri") == ("expert", "article")
    tagger.learn("said Al Nunn, head of sales. He left.")
    assert tagger.role("Nunn") == ("official", "article")


def test_apposition_after_a_possessive_name(tagger):
    tagger.learn("Mike Rowe, Ann Dale's longtime personal lawyer, left prison.")
    assert tagger.role("Rowe") == ("official", "article")


def test_apposition_without_an_article_after_a_cue(tagger):
    tagger.learn("\"It is over,\" said Jen Lass, professor of government at Hill University.")
    tagger.learn("\"It works,\" says Bo Tran, state legislative director at the union.")
    assert tagger.role("Lass") == ("expert", "article")
    assert tagger.role("Bo Tran") == ("activist_advocacy", "article")  # issue 12am-o: a union's staff take its kind
    # without a cue before the name, a place before a comma is not a person
    tagger.learn("In New Salem, officials at the agency said it was over.")
    assert tagger.role("New Salem") == (ROLE_UNKNOWN, "")
