"""Issue 12aw-l: occupation and role nouns that the role lexicon lacked (written from general English and the major
groups of the standard occupation classifications), each with the role the lexicon gives its nearest noun: a
neurosurgeon is an expert like a surgeon, a schoolteacher or a coach an ordinary person like a teacher or an athlete,
a co-founder or a bare "chief" an official like a director, "opposition parties" politicians, a cop military or
police. Near-misses: other senses of the nouns and compounds whose role was already right. Every sentence is
invented."""

import pandas as pd
import pytest

from helpers.measures.sourcing import extract_attributions


@pytest.mark.parametrize(
    "phrase, role",
    [
        # positives (main 1fde1c9: unknown)
        ("schoolteacher Ann Lee", "ordinary_person"),
        ("Orlando FBI chief Ann Lee", "military_police"),  # round 12cx: a police body's chief (was official)
        ("The chief", "official"),
        ("Ann Lee, a pediatric neurosurgeon by training", "expert"),
        ("Ann Lee, a dentist in Norland", "expert"),
        ("Ann Lee, a bioethicist", "expert"),
        ("co-founder Ann Lee", "official"),
        ("Co-founder Ann Lee", "official"),
        ("One of the coaches, Ann Lee", "ordinary_person"),
        ("head coach Ann Lee", "ordinary_person"),
        ("Ann Lee, a former procurement technician for Acme", "ordinary_person"),
        ("Ann Lee, a songwriter", "ordinary_person"),
        ("Ann Lee, a mom of three", "ordinary_person"),
        ("Some taxpayers", "ordinary_person"),
        ("Acme's modelers", "expert"),
        ("Opposition parties", "politician"),
        ("Ann Lee, a state assembly member", "politician"),
        ("Councilmember Ann Lee", "politician"),
        ("the Massachusetts policymakers who", "official"),
        ("Ann Lee, a civil servant", "official"),
        ("Ann Lee, a magistrate", "official"),
        ("Two cops", "military_police"),
        ("Ann Lee, a paratrooper", "military_police"),
        ("Ann Lee, a hospital chaplain", "activist_advocacy"),
        ("the newspaper's editorial board", "journalist_media"),
        ("Ann Lee, a veteran newsman", "journalist_media"),
        ("the chief whip, Ann Lee", "politician"),
        # near-misses: other senses, compounds already right, nouns left out (unchanged from main)
        ("Army chief Ann Lee", "military_police"),
        ("the intelligence chiefs", "military_police"),
        ("police chief Ann Lee", "military_police"),
        ("party chief Ann Lee", "politician"),
        ("Ann Lee, the White House chief of staff", "official"),
        ("chief economist Ann Lee", "expert"),
        ("Chief Justice Ann Lee", "official"),
        ("Ann Lee, co-founder of the Norland Rights Project", "activist_advocacy"),
        ("Norland Caucus founder Ann Lee", "politician"),
        ("Norland Watch founder Ann Lee", "activist_advocacy"),
        ("Ann Lee, the founder and executive director of Norland Justice, an advocacy group", "activist_advocacy"),
        ("Chief Ann Lee", "unknown"),
        ("Chief of Police Ann Lee", "military_police"),
        ("Central Command chief Gen. Ann Lee", "military_police"),
        ("the country's top cop", "unknown"),
        ("Alderman Ann Lee", "unknown"),
        ("Ann Lee, a yoga instructor", "unknown"),
        ("Ann Lee, a retired firefighter", "ordinary_person"),  # added by issue 12bc-w (like a paramedic)
        ("Ann Lee, a fashion designer", "unknown"),
        ("the nation's founders", "unknown"),
        ("Ann Lee, a key player in the talks", "unknown"),
        ("Ann Lee, a pilot", "unknown"),
        ("Dean Ann Lee", "unknown"),
        ("Ann Lee, a campaign volunteer", "politician"),
        ("Ann Lee, a surgeon", "expert"),
        ("Ann Lee, a teacher", "ordinary_person"),
    ],
)
def test_role_nouns_12aw_l(role_of, phrase, role):
    assert role_of(phrase) == role


def test_name_keeps_role_of_apposition_12aw_l(role_of):
    sents = ["Ann Lee, a veterinarian in Norland, treated the dog."]
    assert role_of("Lee", sents) == "expert"
    sents = ["Ann Lee, one of the referees, stopped the game."]
    assert role_of("Lee", sents) == "ordinary_person"


def test_extract_attributions_12aw_l():
    sents = ["The plant will close, schoolteacher Ann Lee said on Monday.",
             "Opposition parties said the vote was rigged."]
    units = pd.DataFrame({"doc_id": "d", "outlet": "O", "unit_id": range(len(sents)),
                          "paragraph_id": range(len(sents)), "text": sents, "role": "body"})
    att = extract_attributions(units)
    roles = dict(zip(att["source"], att["role"]))
    assert roles.get("schoolteacher Ann Lee") == "ordinary_person", roles
    assert roles.get("Opposition parties") == "politician", roles
