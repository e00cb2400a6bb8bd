"""Round 12cq: a public body named by its acronym as a source speaks as that body ("the FBI said": military or
police; "the CDC reported": official), read against the gazetteer ``helpers/data/agencies.yaml``. Invented
sentences; the bodies are real (a gazetteer is a list of facts), the events are not."""

from __future__ import annotations

import pytest

from helpers.measures.role_agencies import AGENCY_BASIS, agency_forms, agency_role, spelled_acronyms
from helpers.text.lexicon import LexiconError
from tests._attribution_rows import row_of


def test_the_gazetteer_holds_acronyms_with_a_role_each():
    forms = agency_forms()
    assert forms["FBI"][0] == "military_police" and forms["CDC"][0] == "official"
    assert forms["WHO"][2] and not forms["FBI"][2]  # "WHO" needs "the"
    assert {role for role, _, _ in forms.values()} == {"official", "military_police"}
    assert not {"AFP", "ABC", "SEC", "ICC", "RNC", "NRA"} & set(forms)  # ambiguous, or no public body


def test_a_gazetteer_entry_with_another_role_is_refused(tmp_path):
    bad = tmp_path / "agencies.yaml"
    bad.write_text("name: agencies\nversion: 1\nsource: test\nentries:\n  xyz:\n    label: Xyz Board\n    terms: [XYZ]\n    role: politician\n")
    with pytest.raises(LexiconError, match="xyz.*official"):
        agency_forms(bad)


@pytest.mark.parametrize("bare, role", [
    ("the FBI", "military_police"),
    ("FBI", "military_police"),
    ("the F.B.I.", "military_police"),  # full stops, as some outlets write acronyms
    ("The CDC", "official"),
    ("the U.S. CDC", "official"),  # one modifier
    ("Britain's NHS", "official"),
    ("federal ICE", "military_police"),
    ("the WHO", "official"),
    ("the Fed", "official"),
    ("the Shin Bet", "military_police"),
    ("WHO", ""),  # needs "the": a word in capitals
    ("Fed", ""),
    ("FBI Director Ann Lee", ""),  # a person: the other rules read the title
    ("an ICE spokesman", ""),
    ("the FBI and the CIA", ""),
    ("the fbi", ""),  # case-sensitive
    ("the NXQ", ""),  # not in the gazetteer
])
def test_agency_role(bare, role):
    assert agency_role(bare) == role


def test_an_acronym_the_article_spells_out_as_another_body_is_the_articles():
    spelled = dict()
    for acronym, name in spelled_acronyms("Members of the Norland Ice Council (ICE) met on Friday."):
        spelled.setdefault(acronym, set()).add(name)
    assert spelled == {"ICE": {"Members of the Norland Ice Council"}}  # its tail is compared with the full name
    assert agency_role("ICE", spelled) == ""
    same = {"ICE": {"U.S. Immigration and Customs Enforcement"}}
    assert agency_role("ICE", same) == "military_police"


@pytest.mark.parametrize("sentences, verb, role", [
    (("The FBI said it had opened an inquiry into the break-in.",), "said", "military_police"),
    (("The CDC reported 40 new cases in the county last week.",), "reported", "official"),
    (("ICE said the man had been detained at the border crossing.",), "said", "military_police"),
    (("The WHO warned that the outbreak could spread to two more regions.",), "warned", "official"),
    (("Britain's NHS said waiting times had risen for a third month.",), "said", "official"),
])
def test_a_body_named_by_its_acronym_speaks_as_that_body(sentences, verb, role):
    row = row_of(*sentences, verb=verb)
    assert row["role"] == role and row["role_basis"] == AGENCY_BASIS


@pytest.mark.parametrize("sentences, verb", [
    (("Members of the Norland Ice Council (ICE) met in the hall.", "ICE said the rink would close."), "said"),
    (("FBI Director Ann Lee said the inquiry was over.",), "said"),  # a person, typed by the title rules
])
def test_other_phrases_are_not_read_from_the_gazetteer(sentences, verb):
    row = row_of(*sentences, verb=verb)
    assert row["role_basis"] != AGENCY_BASIS
