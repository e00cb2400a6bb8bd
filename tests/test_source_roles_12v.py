"""Role forms and lexicon entries added by issue 12v: a title whose body ends in another person's title ("an aide to
Sen. X"), a title inside what looked like a name ("House Veterans Affairs Committee Chairman X"), "Dr." as weak
evidence, transcript speaker labels, an outlet's analyst without a possessive, "a new and dire report", curators and
market strategists, "general secretary of X", party words of other countries, quoted nicknames and roles given by an
appointment ("will be selected as their party's nominee"). Sentences written for the tests."""
import pytest
from test_source_roles_12t import phrase, role_after  # the same helpers: learn sentences, then ask for a role

from helpers.measures.role_forms import NICKNAME, PERSON_TITLE_END, TRANSCRIPT_LABEL
from helpers.measures.source_roles import ROLE_UNKNOWN, RoleTagger, load_roles

ROLES = load_roles()


@pytest.mark.parametrize("sentences, name, role", [
    # the name after "aide to Sen." is the senator's, not the aide's
    (["Tom Ray was an aide to Sen. Ada Brill until May.", "Sen. Ada Brill (D-Ore.) spoke."], "Brill", "politician"),
    (["Lena Hart, a longtime adviser to President Omar Dusa, resigned.", "Omar Dusa said so."], "Dusa", "politician"),
    # a title, a body and a name: the title holder (unchanged)
    (["Director of National Intelligence Ken Marr spoke."], "Marr", "official"),
    (["Ambassador to the United Nations Rita Cole spoke."], "Cole", "official"),
])
def test_a_body_that_ends_in_a_title_is_not_the_name_of_the_title_holder(sentences, name, role):
    assert role_after(sentences, name) == role


def test_person_title_end():
    assert PERSON_TITLE_END.search("Sen. ")
    assert PERSON_TITLE_END.search("President ")
    assert not PERSON_TITLE_END.search("the United Nations ")
    assert not PERSON_TITLE_END.search("National Intelligence ")


@pytest.mark.parametrize("sentence, name, role", [
    ("House Veterans Affairs Committee Chairman Joe Miles said the reply was late.", "Miles", "politician"),
    ("Senate Majority Leader Ann Fogg spoke first.", "Fogg", "politician"),
    ("Pentagon spokesman Rear Adm. Jon Kerr said so.", "Kerr", "spokesperson"),
])
def test_a_later_title_before_the_name_wins(sentence, name, role):
    assert role_after([sentence], name) == role


def test_a_role_noun_inside_a_name_is_no_later_title():
    t = RoleTagger(ROLES)
    t.learn("Rep. Ann Bishop said so.")  # "Bishop" stands before no name: the first title counts
    assert t.names.get("ann bishop") == "politician"


def test_dr_is_weak_evidence():
    assert role_after(["Dr. Ana Petit spoke.", "Green Party candidate Ana Petit said it."], "Petit") == "politician"
    assert role_after(["Dr. Ana Petit spoke."], "Petit") == "expert"  # no other role: still an expert
    # a strong title is kept whatever comes after it
    assert role_after(["Professor Ana Petit spoke.", "Ana Petit is a candidate."], "Petit") == "expert"


@pytest.mark.parametrize("sentences, name, role", [
    (["LENA ORTIZ, BYLINE: The market opened late.", "ORTIZ: It did."], "ORTIZ", "journalist_media"),
    (["PAUL DEAN, HOST: Good morning."], "DEAN", "journalist_media"),
    (["MARA VOSS, SENATOR: We will vote."], "VOSS", "politician"),
    (["Paul Dean, who hosts nothing: he said so."], "Dean", ROLE_UNKNOWN),  # not a label in capitals
])
def test_transcript_labels(sentences, name, role):
    assert role_after(sentences, name, verb=":") == role


def test_transcript_label_pattern():
    assert TRANSCRIPT_LABEL.search("LENA ORTIZ, BYLINE: The market").group(1) == "LENA ORTIZ"
    assert not TRANSCRIPT_LABEL.search("Lena Ortiz, a reporter: The market")


@pytest.mark.parametrize("text, role", [
    ("CNN Senior Vatican Analyst Jon Able", "journalist_media"),
    ("Fox News political analyst Ray Dow", "journalist_media"),
    ("CNN's senior legal analyst Ray Dow", "journalist_media"),
    ("Harvard economic analyst Ray Dow", "expert"),
    ("a Democratic analyst", "expert"),
])
def test_an_outlets_analyst_with_or_without_a_possessive(text, role):
    assert phrase(text) == role


@pytest.mark.parametrize("text, role", [
    ("A new and dire climate report from the Obama administration", "document"),
    ("the teen and the police officer", "military_police"),
    ("the senator and his aides", "politician"),
])
def test_a_coordination_of_modifiers_keeps_the_head(text, role):
    assert phrase(text) == role


@pytest.mark.parametrize("sentences, name, role", [
    (["Ida Moss, curator of birds at the city museum, said so."], "Moss", "expert"),
    (["Bank chief market strategist Leo Park said so."], "Park", "expert"),
    (["Republican strategist Leo Park said so."], "Park", "politician"),
    (["Omar Haddad, general secretary of the Midwest Imams Federation, said so."], "Haddad", "activist_advocacy"),
    (["Omar Haddad, general secretary of the transport ministry, said so."], "Haddad", "official"),
])
def test_curators_strategists_and_general_secretaries(sentences, name, role):
    assert role_after(sentences, name) == role


@pytest.mark.parametrize("text, role", [
    ("the Liberal Party Youth Association", "politician"),
    ("the Socialist Parliamentary Caucus", "politician"),
    ("the Green Budget Committee", "politician"),
    ("the Progressive Caucus", "politician"),
    ("the Garden Growers Association", "activist_advocacy"),
])
def test_party_bodies_of_other_countries(text, role):
    assert phrase(text) == role


def test_quoted_nicknames():
    s = 'Later, the city\'s mayor, Bernard "Jack" Yount, called it a disgrace.'
    assert role_after([s], "Yount") == "politician"
    assert NICKNAME.sub(r"\1 ", 'Ann "Annie" Bell') == "Ann Bell"
    assert NICKNAME.sub(r"\1 ", 'He said "Yes" Monday') == 'He said "Yes" Monday'  # no capital before the quote


@pytest.mark.parametrize("sentences, name, role", [
    (["Ray Dunn will be officially selected as their party's nominee."], "Dunn", "politician"),
    (["Ray Dunn was appointed as the agency's director in May."], "Dunn", "official"),
    (["Ray Dunn is her lawyer."], "Dunn", "official"),
    # no role noun after the appointment, or no appointment
    (["Ray Dunn was selected as a finalist."], "Dunn", ROLE_UNKNOWN),
    (["Ray Dunn will be in Paris."], "Dunn", ROLE_UNKNOWN),
])
def test_roles_given_by_an_appointment(sentences, name, role):
    assert role_after(sentences, name) == role


@pytest.mark.parametrize("sentence, name, role", [
    # link text that repeats the name, then another title and name: the first name keeps its title
    ("Rep. Ana Pike Ana PikeGOP Sen. Roy Dale says so.", "Pike", "politician"),
    # a capitalised document noun inside the name is no later title
    ("Boston Mayor Bill de Vries said so.", "de Vries", "politician"),
])
def test_a_later_title_cuts_the_name_before_it(sentence, name, role):
    assert role_after([sentence], name) == role


@pytest.mark.parametrize("text, role", [
    ("Ann Lee and a bipartisan group of senators", "politician"),
    ("director of policy and special counsel at the Midwest Labor Federation", "activist_advocacy"),
])
def test_a_coordination_of_sources_or_nouns_is_not_one_of_modifiers(text, role):
    assert phrase(text) == role


@pytest.mark.parametrize("sentences, name, role", [
    # the head of a hospital's unit: an official (the body has no role noun), not a general
    (["Dr. Ida Vale, head of trauma care at Boston General Hospital, said so."], "Vale", "official"),
    (["Dr. Ida Vale, medical director of the city clinic, said so."], "Vale", "expert"),
    (["Army General Ida Vale said so."], "Vale", "military_police"),
    (["Ida Vale was its first leader."], "Vale", ROLE_UNKNOWN),  # the leader of an office: no role from "its"
])
def test_general_in_a_name_medical_directors_and_its(sentences, name, role):
    assert role_after(sentences, name) == role
