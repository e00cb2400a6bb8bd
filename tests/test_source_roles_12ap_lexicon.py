"""Issue 12ap-e: lexicon and title errors of role draws 927-933. A group whose capitalised name ends in "Campaign" is
an advocacy group (not a candidate's campaign); a party member noun after "registered", "lifelong" or "a NN-year-old"
is a voter; a politician's office speaks for the politician; a "special representative" is an official; a capitalised
staff title ("Director of the X Program at the Y Institute") reads the body's kind. Every sentence below is invented.
"""

import pytest
from test_source_roles_12al_lexicon import _role  # what the reader makes of a phrase after an article's sentences

from helpers.measures.role_titles import campaign_group, is_party_voter, office_owner


@pytest.mark.parametrize(
    "sentences, phrase, role",
    [
        # positives (each failed on main 487edc0)
        # a group whose capitalised name ends in "Campaign" (was politician by "campaign", official by "counsel")
        ([], "The Clean Water Campaign", "activist_advocacy"),
        ([], "Ann Lee, the president of the Clean Water Campaign", "activist_advocacy"),
        ([], "Ann Lee, legislative director and senior counsel at the Safe Streets Campaign", "activist_advocacy"),
        (["Ann Lee, president of the Clean Water Campaign, spoke."], "Lee", "activist_advocacy"),
        (["Safe Streets Campaign President Ann Lee spoke."], "Lee", "activist_advocacy"),
        ([], "Ann Lee, executive director of the Open Harbor Project", "activist_advocacy"),
        ([], "Ann Lee, chief program officer at the nonprofit Harbor Alliance", "activist_advocacy"),
        # a party member noun that makes a voter (was politician)
        ([], "Ann Lee, a 47-year-old Democrat in Lakeville", "ordinary_person"),
        ([], "a registered Republican", "ordinary_person"),
        (["Ann Lee, a lifelong Democrat, voted early."], "Lee", "ordinary_person"),
        (["Bob Ray, a registered Republican, voted early."], "Ray", "ordinary_person"),
        # a politician's office (was official)
        ([], "The Speaker's office", "politician"),
        ([], "Sen. Ann Lee's office", "politician"),
        ([], "the office of Gov. Ann Lee", "politician"),
        (["Rep. Ann Lee spoke."], "Lee's office", "politician"),
        # a special representative (was politician by "representative")
        ([], "the U.N. special representative for Norland, Ann Lee", "official"),
        # a capitalised staff title in a research body (was official by "Director")
        (["Ann Lee, Director of the Norland Program at the Harbor Institute, spoke."], "Lee", "expert"),
        # negatives (each passes on main too)
        ([], "the Lee campaign", "politician"),
        ([], "the campaign manager", "politician"),
        ([], "Ann Lee, the campaign manager", "politician"),
        (["Ann Lee spoke at a rally."], "The Ann Lee Campaign", "politician"),
        ([], "Ann Lee, chairman of the Democratic Congressional Campaign Committee", "politician"),
        # a staff title in a body typed only by "foundation" or "group" keeps the title's role in a phrase
        ([], "Ann Lee, director of economic studies at the conservative Harbor Foundation", "official"),
        ([], "Ann Lee, a director for Asia of the Norland Group, a consultancy", "official"),
        ([], "a Democrat", "politician"),
        ([], "Sen. Ann Lee, the 78-year-old Democrat", "politician"),
        (["Sen. Ann Lee, the 78-year-old Democrat, spoke."], "Lee", "politician"),
        ([], "The prosecutor's office", "official"),
        (["Ann Lee, a lawyer, spoke."], "Lee's office", "official"),
        ([], "the U.N. envoy for Norland, Ann Lee", "official"),
        ([], "Rep. Ann Lee", "politician"),
        (["Ann Lee, Director of the Norland Program at the Acme Corporation, spoke."], "Lee", "official"),
    ],
)
def test_roles(sentences, phrase, role):
    assert _role(sentences, phrase) == role


def test_campaign_group():
    def is_name(w):
        return w.lower() in {"ann", "lee"}

    assert campaign_group("the president of the Clean Water Campaign", is_name) == "Clean Water Campaign"
    assert campaign_group("The Safe Streets Campaign", is_name) == "Safe Streets Campaign"
    assert campaign_group("Ann Lee's Working People's Campaign", is_name) == "Working People's Campaign"
    for candidate in ("The Senate Reelection Campaign", "the Presidential Exploratory Campaign", "Ann Lee's Senate Reelection Campaign"):
        assert campaign_group(candidate, is_name) == "", candidate  # a candidate's campaign, not an advocacy group
    assert campaign_group("the Lee campaign", is_name) == ""
    assert campaign_group("The Lee Campaign", is_name) == ""
    assert campaign_group("The Ann Lee Campaign", is_name) == ""
    assert campaign_group("the Norland Democratic Campaign Committee", is_name) == ""
    assert campaign_group("the Bipartisan Campaign Reform Act", is_name) == ""


def test_office_owner_and_voter():
    assert office_owner("The Speaker's office") == "Speaker"
    assert office_owner("Sen. Ann Lee's office") == "Sen. Ann Lee"
    assert office_owner("the office of Gov. Ann Lee") == "Gov. Ann Lee"
    assert office_owner("his office") == ""
    assert office_owner("the prosecutor's office") == "prosecutor"  # its role stays official (the owner's)
    assert is_party_voter("Ann Lee, a registered ", "Democrat")
    assert is_party_voter("Ann Lee, a 47-year-old ", "Democrat")
    assert not is_party_voter("Ann Lee, the 78-year-old ", "Democrat")
    assert not is_party_voter("Ann Lee, a registered ", "nurse")
