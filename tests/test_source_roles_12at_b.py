"""Issue 12at-b: bodies named bare whose kind the name itself states (``source_roles.yaml`` v27).

The kind noun that ends a capitalised body name says what the body is: "... Society", "... Watch" and "... Fund" name
charities, foundations and watchdogs (advocacy; not a financial or public fund, "Trust Fund", "Development Fund") and
"... Exchange" a market operator (a business, official); a company's continental legal form ("S.A.", "N.V.") is a
company like "Inc."; and "the (northern) state of X", "the city of X" name a place by its kind (its government,
official: the protocol's item 9). Every sentence below is invented.
"""

import pytest
from test_source_roles_12al_lexicon import _role  # what the reader makes of a phrase after an article's sentences


@pytest.mark.parametrize(
    "sentences, phrase, role",
    [
        # positives (each failed on main 232d4b3: unknown)
        ([], "Harbor Rights Watch", "activist_advocacy"),
        ([], "The Norland Wildlife Fund", "activist_advocacy"),
        ([], "the Norland Heart Society", "activist_advocacy"),
        ([], "The Norland Securities Exchange", "official"),
        ([], "Kaber Stahlwerke S.A.", "official"),
        ([], "Velden Holding N.V.", "official"),
        ([], "The northern state of Varasha", "official"),
        ([], "the state of Norland", "official"),
        ([], "the city of Alden", "official"),
        ([], "Ann Lee, director of the Norland Heart Society", "activist_advocacy"),
        (["Ann Lee, executive director of Harbor Rights Watch, spoke."], "Lee", "activist_advocacy"),
        # negatives (the same on main): a trust fund, a person "of" a county, lower-case kind nouns, other heads
        ([], "the Norland Pension Trust Fund", "unknown"),
        ([], "Ann Lee, deputy director of the Norland Development Fund", "official"),
        ([], "the Norland Investment Fund", "unknown"),
        ([], "Ann Lee of Dorrin County", "unknown"),
        ([], "civil society", "unknown"),
        ([], "the society", "unknown"),
        ([], "a Dorrin County resident", "ordinary_person"),
        ([], "Dorrin County Sheriff Ann Lee", "military_police"),
        # dropped after the population read: a county named bare ("Dorrin County said") stays unknown, since the
        # pattern also typed elected county heads named with the county ("Dorrin County Executive Ann Lee")
        ([], "Dorrin County", "unknown"),
        ([], "Dorrin County, Varasha, Supervisor Ann Lee", "unknown"),
        ([], "the state of the economy", "unknown"),
        ([], "a report by the state of Norland", "document"),
        ([], "the International Monetary Fund", "official"),
        ([], "Watch", "unknown"),
    ],
)
def test_body_kind_nouns(sentences, phrase, role):
    assert _role(sentences, phrase) == role
