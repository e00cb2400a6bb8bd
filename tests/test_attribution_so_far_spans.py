"""Round 12bp-f: "so far", "thus far" and kin between a subject and its verb are not the source (invented text)."""
import pandas as pd
import pytest

from helpers.measures import sourcing as S


def _sources(sentences):
    units = pd.DataFrame({"doc_id": "d", "unit_id": range(len(sentences)), "paragraph_id": range(len(sentences)),
                          "text": sentences, "outlet": "o"})
    att = S.extract_attributions(units, ["outlet"])
    return dict(zip(att["unit_id"], att["source"]))


@pytest.mark.parametrize("sentence, source", [
    ("Norland has so far denied any role in the fire.", "Norland"),
    ("The bakery has thus far declined to comment.", "The bakery"),
    ("Regional officials have so far said little about the plan.", "Regional officials"),
    ("The ministry so far has refused to say how many were hurt.", "The ministry"),
    ("The largest survey to date found no such link.", "The largest survey"),
    ("The league for now says it will wait for the ruling.", "The league"),
    ("Ann Vole up to now has declined to say whether she will run.", "Ann Vole"),
    ("The agency until now has said little about the cause.", "The agency"),
])
def test_so_far_is_not_part_of_the_source(sentence, source):
    assert _sources([sentence])[0] == source


def test_so_as_a_conjunction_still_ends_the_clause_before_it():
    assert _sources(["Prices rose so Ann Vole said she would act."])[0] == "Ann Vole"
