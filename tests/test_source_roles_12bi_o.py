"""Issue 12bi-o: bodies named bare by a kind noun of science, health and civil society that the role lexicon lacked
(``source_roles.yaml`` version 38). A capitalised "Laboratory" closing a name and an "Academy of" a science are
experts, an organisation named as world-wide, international or intergovernmental, a capitalised "Centers for" a field
and a tribunal are officials, an "action network" or "organizing network", a capitalised "Guild" and an archdiocese
are advocacy. Negatives: the same nouns in lower case or without the naming word, an "Observatory" (left out), other
networks and academies, and roles main already gave. Every sentence is invented."""

import pandas as pd
import pytest

from helpers.measures.sourcing import extract_attributions


@pytest.mark.parametrize(
    "phrase, role",
    [
        # positives (main b7cc21f: unknown, or journalist_media for the two networks)
        ("The Centers for Crop Health", "official"),
        ("The World Fisheries Organization", "official"),
        ("The International Organisation for Seed Trade", "official"),
        ("The Intergovernmental Organization for River Basins", "official"),
        ("The tribunal", "official"),
        ("The Norland Academy of Sciences", "expert"),
        ("The Valley Academy of Medicine", "expert"),
        ("The Northern Academies of Science and Engineering", "expert"),
        ("The Lakeside Laboratory", "expert"),
        ("The Harbor Point Laboratories", "expert"),
        ("The Forest Action Network", "activist_advocacy"),
        ("Ann Lee of the Valley Farmworker Organizing Network", "activist_advocacy"),
        ("The Stage Actors Guild", "activist_advocacy"),
        ("The archdiocese", "activist_advocacy"),
        # negatives (the same role on main)
        ("The Acme Organization", "unknown"),
        ("the organization", "unknown"),
        ("The Cedar Observatory", "unknown"),
        ("The Norland Academy", "unknown"),
        ("The Norland Police Academy", "military_police"),
        ("the lab", "unknown"),
        ("The Norland News Network", "journalist_media"),
        ("The network", "journalist_media"),
        ("the centers for the homeless", "unknown"),
        ("the guild", "unknown"),
        ("Ann Lee, a guild member", "unknown"),
        ("The action", "unknown"),
        ("Ann Lee, a chemist at the Centers for Soil Study", "expert"),
    ],
)
def test_body_kinds_12bi_o(role_of, phrase, role):
    assert role_of(phrase) == role


def test_extract_attributions_12bi_o():
    sents = ["The Lakeside Laboratory said the samples were clean.",
             "Ann Lee of the Forest Action Network said the loggers had lied.",
             "The Acme Organization said the sale would close in May."]
    units = pd.DataFrame({"doc_id": "d", "outlet": "O", "unit_id": range(len(sents)),
                          "paragraph_id": range(len(sents)), "text": sents, "role": "body"})
    att = extract_attributions(units)
    roles = dict(zip(att["source"], att["role"]))
    assert roles.get("The Lakeside Laboratory") == "expert", roles
    assert roles.get("Ann Lee of the Forest Action Network") == "activist_advocacy", roles
    assert roles.get("The Acme Organization", "unknown") == "unknown", roles
