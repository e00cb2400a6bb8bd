"""Round 12br-p: Commonwealth police titles with "of" ("Commissioner of Police Ann Lee") are not cut at their "of", a
later "Commissioner Lee" keeps that title's role, and UK court reporting's counsel ("Ann Lee, defending,") is a lawyer
(official) (invented sentences)."""
import pandas as pd
import pytest

from helpers.measures import sourcing as S
from helpers.measures.source_roles import RoleTagger, load_roles


def _roles(sentences):
    units = pd.DataFrame({"doc_id": "d", "unit_id": range(len(sentences)), "paragraph_id": range(len(sentences)),
                          "text": sentences, "outlet": "o"})
    att = S.extract_attributions(units, ["outlet"], roles=load_roles())
    return [r for r in att["role"]]


@pytest.mark.parametrize("title", ["Commissioner of Police", "Assistant Commissioner of Police",
                                   "Superintendent of Police", "The Commissioner of Police,"])
def test_a_police_title_with_of_is_read_whole(title):
    assert _roles([f"{title} Dana Vole said crime fell."]) == ["military_police"]


def test_a_later_short_title_keeps_the_long_titles_role():
    assert _roles(["Commissioner of Police Dana Vole said crime fell.",
                   "Commissioner Vole added that arrests rose."]) == ["military_police", "military_police"]


@pytest.mark.parametrize("sentences, roles", [
    (["Commissioner Dana Vole of the water board said rates rose.", "Commissioner Vole added more."],
     ["official", "official"]),  # a commissioner of no police: the lexicon's official
    (["Secretary of State Dana Vole said the talks went well.", "Secretary Vole added more."],
     ["politician", "politician"]),
])
def test_other_titles_keep_their_roles(sentences, roles):
    assert _roles(sentences) == roles


@pytest.mark.parametrize("sentence", ["Mr Len Vole, defending, said his client was sorry.",
                                      "Dana Vole, prosecuting, told the court the attack was planned.",
                                      "Ms Dana Vole, defending counsel, said the evidence was thin."])
def test_counsel_in_court_reports_is_a_lawyer(sentence):
    assert _roles([sentence]) == ["official"]


def test_defending_something_is_no_counsel():
    tagger = RoleTagger(load_roles())
    tagger.learn("The mayor, defending his record, said he was proud.")
    assert "mayor" not in tagger.names
    assert _roles(["The man, defending his record, said he was proud."]) == ["ordinary_person"]
