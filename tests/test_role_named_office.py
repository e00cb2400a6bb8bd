"""Round 12bt-o: the office of a capitalised owner named without a title ("Lee's office", "Jones' office") reads its
article, so the office speaks with its owner's role when the article makes the owner a politician or police; the
apostrophe-only possessive is an owner too. Names and sentences invented for the tests."""

import pytest

from helpers.measures import role_titles as RT
from helpers.measures import source_roles as SR
from helpers.measures.sourcing import extract_attributions
from tests.test_role_corpus import _units


@pytest.mark.parametrize(
    ("phrase", "owner"),
    [("Brandvik's office", "Brandvik"), ("Sen. Orla Brandvik's office", "Sen. Orla Brandvik"),
     ("Ann Jones' office", "Ann Jones"), ("Jones\u2019 office", "Jones"), ("the mayor's office", "mayor"),
     ("Brandvik' office", ""), ("his office", "")],
)
def test_office_owner(phrase, owner):
    assert RT.office_owner(phrase) == owner


@pytest.mark.parametrize(
    ("phrase", "needs"),
    [("Brandvik's office", True), ("Jones' office", True), ("the Speaker's office", False),
     ("Sen. Orla Brandvik's office", False), ("the mayor's office", False), ("the office", False)],
)
def test_a_named_owners_office_reads_its_article(phrase, needs):
    assert SR.RoleTagger(SR.load_roles()).needs_article(phrase) is needs


@pytest.mark.parametrize(
    ("first", "source", "role"),
    [
        ("Sen. Orla Brandvik spoke on Monday.", "Brandvik's office", "politician"),
        ("Sen. Dana Jones spoke on Monday.", "Jones' office", "politician"),
        ("Sheriff Dana Jones spoke on Monday.", "Jones\u2019 office", "military_police"),
        ("Dana Jones, a nurse, spoke on Monday.", "Jones' office", "official"),  # no politician or police: the noun
        ("Dana Jones toured the plant on Monday.", "Jones' office", "official"),
    ],
)
def test_the_office_speaks_with_its_owners_role(first, source, role):
    att = extract_attributions(_units([[first, f"{source} said the vote would be held on Friday."]]))
    got = att[att["source"] == source]
    assert got["role"].tolist() == [role], att[["source", "role", "role_basis"]]
