"""Issue 12at-e: police titles and a police force's officials (``role_police.py``, ``source_roles.yaml`` v28).

A capitalised "Officer" written as a title before a name, with no capitalised title word before it, is a police
officer's title ("Officer Ann Lee"); an official noun right after a police force's word ("police officials", "a
sheriff's department official", "the County Sheriff's Office", "Border Patrol officials") is the force's; a company's
"Chief Executive Officer", an "Ethics Officer", a lower-case "officer", a police union's official, "Deputy Secretary"
and "Inspector General" keep their roles. Every sentence below is invented.
"""

import pytest
from test_source_roles_12al_lexicon import _role  # what the reader makes of a phrase after an article's sentences

from helpers.measures.role_police import police_official


@pytest.mark.parametrize(
    "sentences, phrase, role",
    [
        # positives (each failed on main 563116c: official, or no role for "Patrolman")
        ([], "Officer Ann Lee", "military_police"),
        (["“I stepped back,” Officer Ann Lee told the jurors."], "Lee", "military_police"),
        (["Officer Ben Kay said he saw the car."], "Kay", "military_police"),
        ([], "police officials", "military_police"),
        ([], "senior police officials", "military_police"),
        ([], "a sheriff's department official", "military_police"),
        ([], "the Dorrin County Sheriff’s Office", "military_police"),
        ([], "a sheriff’s deputy", "military_police"),
        ([], "Alden Sector Border Patrol officials", "military_police"),
        ([], "Alden Police Chief Superintendent Ann Lee", "military_police"),
        ([], "Patrolman Ann Lee", "military_police"),
        ([], "two detectives", "military_police"),
        # the same on main: "patrol officers" is a lexicon term; a pronoun is the resolver's, not the lexicon's
        ([], "Highway Patrol officers", "military_police"),
        (["Officer Ben Kay said he saw the car."], "he", "unknown"),  # a pronoun is the resolver's, not the lexicon's
        # negatives (the same on main): company and other officers, lower-case officers, other titles
        ([], "Chief Executive Officer Ann Lee", "official"),
        ([], "Norland Bank Chief Financial Officer Ann Lee", "official"),
        ([], "Ethics Officer Ann Lee", "official"),
        ([], "Petty Officer Ann Lee", "official"),
        ([], "a loan officer", "official"),
        ([], "an officer", "official"),
        ([], "fire officials", "official"),
        ([], "Deputy Secretary Ann Lee", "official"),
        ([], "Inspector General Ann Lee", "official"),
        ([], "police union official Ann Lee", "official"),
        ([], "the police spokesman", "spokesperson"),
        (["Chief Operating Officer Ben Kay left the firm."], "Kay", "official"),
        ([], "Ann Lee, an Officer of the Order of the British Empire", "official"),  # review r12at2
        ([], "the Officer in charge", "official"),  # review r12at2
        ([], "Ann Lee, the Élysée Officer", "official"),  # review r12at2
    ],
)
def test_police_titles(sentences, phrase, role):
    assert _role(sentences, phrase) == role


@pytest.mark.parametrize(
    "before, noun, expected",
    [
        ("", "Officer", True),
        ("“We left,” ", "Officer", True),
        ("the Alden police department's ", "officials", True),
        ("Chief Executive ", "Officer", False),
        ("the NYPD ", "Officer", False),
        ("a ", "officer", False),
        ("police ", "spokesman", False),
        ("police union ", "official", False),
        # review r12at2: a capitalised word in another script, a determiner (no title before a name)
        ("the Élysée ", "Officer", False),
        ("Ann Lee, the Ökonomie ", "Officer", False),
        ("Ann Lee, an ", "Officer", False),
        ("the ", "Officer", False),
        ("Ann Lee, the city's health ", "Officer", True),
    ],
)
def test_police_official(before, noun, expected):
    assert police_official(before, noun) is expected
