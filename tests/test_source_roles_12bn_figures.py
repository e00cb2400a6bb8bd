"""``source_roles.yaml`` version 40: "figures" read as people after a word only people take ("Senior Labour figures
sought to defend": dogfood 12bm-d, typed a document), as numbers otherwise. Phrases and names written for the tests."""

import pandas as pd
import pytest

from helpers.measures.sourcing import extract_attributions


@pytest.mark.parametrize(
    "phrase, role",
    [
        # people: politicians after a party word, a capitalised party name or "political"/"opposition"
        ("Senior Labour figures", "politician"),
        ("Party figures", "politician"),
        ("GOP figures", "politician"),
        ("senior Republican figures", "politician"),
        ("opposition figures", "politician"),
        ("a political figure", "politician"),
        ("establishment figures", "politician"),
        ("Senior figures in the opposition party", "politician"),
        # people of no stated kind: no role from the phrase (never a document; the attribution says `unknown`)
        ("Prominent public figures", ""),
        ("Leading figures in the art world", ""),
        ("senior figures", ""),
        ("religious figures", ""),
        # numbers: still documents
        ("The new figures", "document"),
        ("Census figures", "document"),
        ("Official figures", "document"),
        ("the latest unemployment figures", "document"),
        ("figures from the statistics office", "document"),
    ],
)
def test_figures_as_people_or_numbers(role_tagger, phrase, role):
    role_tagger.reset()
    assert role_tagger.phrase_role(phrase) == role


def test_the_party_name_after_the_is_no_politician(role_tagger):
    # "the Labour figures" are labour statistics as often as people: no role, and not a politician
    role_tagger.reset()
    assert role_tagger.phrase_role("The Labour figures") != "politician"


def _roles(sentences):
    u = pd.DataFrame({"doc_id": "d1", "outlet": "O", "unit_id": range(len(sentences)),
                      "paragraph_id": range(len(sentences)), "text": sentences, "role": "body"})
    a = extract_attributions(u)
    return dict(zip(a["source"], a["role"]))


def test_an_attribution_by_party_figures_is_a_politicians():
    roles = _roles(["The vote was lost on Monday.",
                    "Senior Norland Party figures said the leader would have to step down.",
                    "The new figures show that unemployment rose."])
    assert roles["Senior Norland Party figures"] == "politician"
    assert roles["The new figures"] == "document"
