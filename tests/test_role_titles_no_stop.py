"""Round 12br-t3: abbreviated titles written without a full stop (UK and Commonwealth house styles: "Prof", "Det
Insp", "Cllr", "Lt Col") are read as their dotted forms are; "Dr" without a full stop is a courtesy title, weak
evidence of an expert that yields to an office the article gives the same person (invented sentences). The dotted
"Dr." keeps its reading."""
import pandas as pd
import pytest

from helpers.measures import sourcing as S
from helpers.measures.source_roles import RoleTagger, load_roles


def _roles(sentences):
    units = pd.DataFrame({"doc_id": "d", "unit_id": range(len(sentences)), "paragraph_id": range(len(sentences)),
                          "text": sentences, "outlet": "o"})
    att = S.extract_attributions(units, ["outlet"], roles=load_roles())
    return list(zip(att["unit_id"], att["role"]))


@pytest.mark.parametrize("title, role", [
    ("Dr", "expert"),
    ("Prof", "expert"),
    ("Cllr", "politician"),
    ("Cr", "politician"),
    ("Rev", "activist_advocacy"),
    ("Revd", "activist_advocacy"),
    ("Sgt", "military_police"),
    ("Det Insp", "military_police"),
    ("Det Sgt", "military_police"),
    ("Ch Supt", "military_police"),
    ("Supt", "military_police"),
    ("DCI", "military_police"),
    ("Lt Col", "military_police"),
    ("Maj Gen", "military_police"),
    ("Capt", "military_police"),
    ("Sqn Ldr", "military_police"),
    ("Col", "military_police"),
    ("Maj", "military_police"),
])
def test_a_title_without_a_full_stop_gives_the_role(title, role):
    assert _roles([f"{title} Dana Vole said the plan had been agreed."]) == [(0, role)]


@pytest.mark.parametrize("sentence", [
    "Maj Vole said the plan had been agreed.",  # "Maj" before a single name: a first name (Maj Vole)
    "Col Vole said the plan had been agreed.",  # "Col" likewise a first name
    "Gen Xers said the plan had been agreed.",
    "Gen Z voters said the plan had been agreed.",
])
def test_a_first_name_or_a_generation_is_no_rank(sentence):
    assert _roles([sentence])[0][1] != "military_police"


def test_a_name_particle_before_gen_is_no_rank():
    assert _roles(["Europol spokesman Jan Op Gen Vole said the raid had worked."]) == [(0, "spokesperson")]


def test_a_police_title_before_dr_counts():
    assert [r for _, r in _roles(["Commissioner of Police Dr Ken Vole said crime fell.",
                                  "Dr Vole added that more officers were needed."])][1] == "military_police"


def test_a_rank_without_a_full_stop_yields_to_a_function_title():
    tagger = RoleTagger(load_roles())
    assert tagger.phrase_role("Army spokesman Col Ben Ross") == "spokesperson"
    assert tagger.phrase_role("Army spokesman Col. Ben Ross") == "spokesperson"


@pytest.mark.parametrize("sentences", [
    ["Prime Minister Dr Keith Marlow said the island was ready.", "Dr Marlow added that tourism would recover."],
    ["Dr Keith Marlow, the prime minister, said the island was ready.", "Dr Marlow added that more was needed."],
    ["The prime minister, Keith Marlow, spoke on Monday.", "Dr Marlow said tourism would recover."],
])
def test_the_courtesy_title_dr_yields_to_an_office(sentences):
    roles = [r for _, r in _roles(sentences)]
    assert roles and set(roles) == {"politician"}


def test_dr_alone_is_still_an_expert_and_a_lower_case_doctor_is_an_occupation():
    assert [r for _, r in _roles(["Dr Dana Vole said the drug worked.", "Dr Vole added it was cheap."])] == [
        "expert", "expert"]
    tagger = RoleTagger(load_roles())
    assert tagger.phrase_role("a doctor quoted in another report by the Norland Herald newspaper") == "expert"
