"""Issue 12ar-h: lexicon errors of role draws 939 and 941. Capitalised military units ("the 5th Fleet", "Central
Command") are military or police, a statement named by its owner's role noun takes the owner's role ("a 5th Fleet
statement"), and a plural role noun before a participle clause is the head ("Reporters following this story").
Every sentence below is invented.
"""

import pytest
from test_source_roles_12al_lexicon import _role  # what the reader makes of a phrase after an article's sentences


@pytest.mark.parametrize(
    "sentences, phrase, role",
    [
        # positives (each failed on main 792e708)
        # military units (were unknown) and their statements (were official by "statement")
        ([], "the 7th Fleet", "military_police"),
        ([], "the 41st Infantry Brigade", "military_police"),
        ([], "Northland Command", "military_police"),
        ([], "the Coastal Fleet", "military_police"),
        ([], "a 7th Fleet statement", "military_police"),
        ([], "a police statement", "military_police"),
        ([], "the 12th Armored Division", "military_police"),
        # a plural role noun before a participle clause (was the role of the clause's noun)
        ([], "Reporters following the report", "journalist_media"),
        ([], "Voters backing the plan", "ordinary_person"),
        ([], "Some Democrats backing the report", "politician"),
        ([], "Journalists covering the study", "journalist_media"),
        # negatives (each passes on main too)
        ([], "the sales division", "unknown"),
        ([], "the Division of Motor Vehicles", "unknown"),
        ([], "Division spokesman Ann Lee", "spokesperson"),
        ([], "a statement", "official"),
        ([], "a video statement", "official"),
        ([], "Northland Command officials", "official"),
        ([], "a spokesman for the 7th Fleet", "spokesperson"),
        ([], "the documents showing the payments", "document"),
        ([], "Reporters following this case", "journalist_media"),
        ([], "Local leaders including the Acme Alliance and two pastors", "activist_advocacy"),
    ],
)
def test_12ar_h_roles(sentences, phrase, role):
    assert _role(sentences, phrase) == role
