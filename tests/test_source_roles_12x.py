"""Role forms and lexicon entries added by issue 12x (``helpers/measures/role_prose.py``): roles stated in prose ("As
governor, X", "X served as governor", "X was acting director of", "X, who served in the Y administration"), a company
named with its legal form ("Acme Widgets Inc."), a person introduced by a place only ("said X of Portland", weak), a
department's acronym with the "of" ("Department of Justice": "DOJ"), company nouns, "the GOP", "the PM" and "the IG".
Sentences written for the tests."""
import pytest
from test_source_roles_12t import phrase, role_after  # the same helpers: learn sentences, then ask for a role

from helpers.measures.role_prose import COMPANY, prose_patterns, prose_roles
from helpers.measures.source_roles import ROLE_UNKNOWN


@pytest.mark.parametrize("sentences, name, role", [
    (["As governor, Ann Vale signed the bill.", "Vale said no."], "Vale", "politician"),
    (["As the agency's director, Ben Okoro cut the budget."], "Okoro", "official"),
    (["Ann Vale served as governor from 2001 to 2005."], "Vale", "politician"),
    (["Ben Okoro was acting director of the agency until May."], "Okoro", "official"),
    (["Tom Ruiz became chief executive in 2019."], "Ruiz", "official"),
    (["Kim Adair, who served two terms in the state Senate, spoke."], "Adair", "politician"),
    (["Kim Adair, who served in the Navy, spoke."], "Adair", "military_police"),
    (["Kim Adair, who worked for the campaign, spoke."], "Adair", "politician"),
    # an owner or manager of a company is an official (a business executive), of a bar an ordinary person (weak)
    (["Tom Ruiz, who runs a private-equity firm in Ohio, spoke.", "Mr. Ruiz said so."], "Mr. Ruiz", "official"),
    (["Tom Ruiz, who owns a bar in Ohio, spoke.", "Mr. Ruiz said so."], "Mr. Ruiz", "ordinary_person"),
])
def test_roles_stated_in_prose(sentences, name, role):
    assert role_after(sentences, name) == role


@pytest.mark.parametrize("sentences, name", [
    (["As the report notes, Ann Vale signed the bill."], "Vale"),  # a document after "as" is no role
    (["As expected, Ann Vale signed the bill."], "Vale"),
    (["Ann Vale was arrested by police on Monday."], "Vale"),  # the role noun must follow the copula
    (["Ann Vale is party to the suit."], "Vale"),  # the role noun must end the head
    (["Ann Vale was among the protesters."], "Vale"),
    (["Kim Adair, who worked with children for years, spoke."], "Adair"),  # a body with no role
])
def test_prose_without_a_role_gives_none(sentences, name):
    assert role_after(sentences, name) == ROLE_UNKNOWN


@pytest.mark.parametrize("sentences, name, role", [
    (["Acme Widgets Inc. reported strong sales.", "Acme Widgets said sales rose."], "Acme Widgets", "official"),
    (["Shares of The Borel Co. fell."], "Borel", "official"),
    (["Acme Widgets Inc. reported strong sales."], "Acme Widgets Inc.", "official"),
    (["Pell Holdings Group Ltd said so."], "Pell Holdings", "official"),
])
def test_a_company_named_with_its_legal_form(sentences, name, role):
    assert role_after(sentences, name) == role


def test_company_pattern_needs_a_name_before_the_form():
    assert COMPANY.search("Acme Widgets Inc. said").group(1).strip() == "Acme Widgets"
    assert not COMPANY.search("the co-founder said")
    assert not COMPANY.search("Co-founder Ann Vale said")
    # "Bank of America Corp.": no company named "America"
    assert all(m.group(1).strip() != "America" for m in COMPANY.finditer("Shares of Bank of America Corp. rose"))


@pytest.mark.parametrize("sentences, name, role", [
    (['"We like it," said Rita Mears of Dayton.', "Mrs. Mears added more."], "Mrs. Mears", "ordinary_person"),
    (["Rita Mears of Dayton, said the line was long."], "Mears", "ordinary_person"),
    # weak: a title given anywhere in the article wins
    (['"We like it," said Rita Mears of Dayton.', "Mayor Rita Mears spoke later."], "Mears", "politician"),
    (['"We like it," said Sen. Rita Mears of Ohio.'], "Mears", "politician"),
])
def test_a_person_introduced_by_a_place(sentences, name, role):
    assert role_after(sentences, name) == role


@pytest.mark.parametrize("sentences, name", [
    (['"We like it," said Rita Mears of the Dayton Institute.'], "Mears"),  # an organisation, not a place
    (["Rita Mears of Dayton arrived late."], "Mears"),  # no cue next to the name
])
def test_a_place_without_a_cue_or_an_organisation_is_no_person_cue(sentences, name):
    assert role_after(sentences, name) != "ordinary_person"


def test_prose_roles_yields_weak_and_person_flags():
    pats = prose_patterns("governor|mayor")
    roles = {"governor": "politician", "mayor": "politician"}
    head = lambda sentence, start: roles.get(sentence[start:].split()[0].strip(",."), "")  # noqa: E731
    found = list(prose_roles('"Yes," said Rita Mears of Dayton, a town.', pats, lambda p: "", head))
    assert found == [("Rita Mears", "ordinary_person", "said Rita Mears of Dayton", True, True)]
    found = list(prose_roles("As governor, Ann Vale signed it; Acme Inc. agreed.", pats, lambda p: "", head))
    assert found == [("Acme", "official", "Acme Inc.", False, False),
                     ("Ann Vale", "politician", "As governor, Ann Vale", False, True)]
    assert list(prose_roles("As a rule, Ann Vale signed it.", pats, lambda p: "", head)) == []


@pytest.mark.parametrize("sentences, name, role", [
    (["The Department of Justice opened an inquiry.", "The DOJ said it would act."], "The DOJ", "official"),
    (["The Department of Energy (DOE) said so.", "DOE said so."], "DOE", "official"),
])
def test_a_department_acronym_keeps_its_of(sentences, name, role):
    assert role_after(sentences, name) == role


@pytest.mark.parametrize("text, role", [
    ("the drugmaker", "official"), ("a chipmaker", "official"), ("the maker of the drug", "official"),
    ("the U.S. Chamber of Commerce", "activist_advocacy"), ("the GOP", "politician"), ("The PM", "politician"),
    ("the IG", "official"), ("Goldman Sachs Group Inc", "official"),
])
def test_lexicon_entries(text, role):
    assert phrase(text) == role


@pytest.mark.parametrize("text", ["at 5 PM", "GOPAC", "The IGN", "Co-pilot Ann Vale"])
def test_lexicon_entries_do_not_match_inside_other_words(text):
    assert phrase(text) == ROLE_UNKNOWN
