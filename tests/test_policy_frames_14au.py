"""Policy codebook version 5 (issue 14au-c): more general cues for political and policy prescription.

Every sentence here is invented for the test. Positives name the definition item a cue family serves; near
misses use the same words in another sense, or a sentence the families must leave alone.
"""
from __future__ import annotations

import pytest
from _policy_helpers import frames, shared_books


@pytest.fixture(scope="module")
def shared():
    return shared_books()


def test_version_is_5_or_later(shared):
    assert int(shared["policy_frames"]["version"]) >= 5


@pytest.mark.parametrize("sentence", [
    # Congress at work and its members
    "The lawmaker from the coastal district switched her position twice.",
    "A congressional hearing on the rail merger was postponed until spring.",
    "Two legislators walked out before the final count.",
    "The minority leader promised to filibuster the nomination.",
    "The governor vetoed the measure late on Friday.",
    # electoral competition
    "The frontrunner skipped the debate in the northern town.",
    "His primary opponents accused him of ducking hard questions.",
    "She picked a former mayor as her running mate.",
    "Both teams poured money into the swing states in the final month.",
    "The gubernatorial contest drew record spending.",
    "He tested the new slogan on the stump in three small towns.",
    # ideological camps and the political contest
    "The conservative wing of the chamber refused to budge.",
    "Far-right groups and left-wing activists held rival marches.",
    "The populist message found an audience in the factory towns.",
    "Her rivals spent the weekend courting the same donors.",
    "The union's endorsement came a week before the vote.",
    "Partisans on both sides cheered the mayoral result.",
    "She is weighing a presidential run after the summer.",
])
def test_political_cues(shared, sentence):
    assert "political" in frames(shared, [sentence])[0]


@pytest.mark.parametrize("sentence", [
    # a policy proposed or pursued
    "The mayor will propose a cap on rent increases next week.",
    "The agency is proposing stricter limits on river dumping.",
    "The housing plan, unveiled on Monday, leaves out the suburbs.",
    "The governor signed an executive order closing the beaches.",
    "The tax bill passed the chamber after midnight.",
    # what a proposal would do: the judgement of whether it works
    "Critics say the bill would raise costs for small farms.",
    "The proposal would give schools more say over their budgets.",
    "Supporters argue the rule would cut waiting times in half.",
    # deals, bans, tax cuts and putting a policy into effect
    "Negotiators closed in on a budget deal before the deadline.",
    "The ban takes effect in January for all new buildings.",
    "The tax cuts mostly went to the largest firms.",
    "The state has been slow to implement the new school standards.",
    "Lawmakers vowed to close the loophole that lets landlords skip inspections.",
])
def test_policy_prescription_cues(shared, sentence):
    assert "policy_prescription" in frames(shared, [sentence])[0]


def test_near_misses_get_neither_new_frame(shared):
    got = frames(shared, [
        "She resigned herself to watching the parade from the window.",   # resignation: not a cue
        "The farmer unveiling the statue was the first to speak.",        # "unveiling": not a cue
        "He urged the children to finish their homework.",                 # urging: not a cue
        "The museum's new program for children opens in June.",           # "program": not a cue
        "The chess players shook hands with their opponent before the game.",  # singular "opponent"
        "The primary reason for the delay was the weather.",                # "primary" alone
        "The race for the last train ticket was over in minutes.",         # "race" alone
        "The banner was unfurled over the bridge.",                         # "ban" inside another word
        "The implementer of the drawing tool left the firm.",             # not "implement"
    ])
    assert all(not ({"political", "policy_prescription"} & g) for g in got), got


def test_plain_would_is_not_a_policy_cue(shared):
    got = frames(shared, ["A longer holiday would allow her to visit her sister.",
                          "That would require a bigger kitchen.",
                          "The storm would create new channels in the sand."])
    assert all("policy_prescription" not in g for g in got), got


def test_double_listed_cues_keep_their_other_frames(shared):
    """'tax bill', 'spending bill', 'budget deal', 'law would' and 'legislation would' are longer cues of the same
    codebook: they must not hide 'tax', 'spending', 'budget', 'law' or 'legislation' from economic and legality."""
    got = frames(shared, ["The tax bill passed the chamber after midnight.",
                          "The spending bill stalled in committee.",
                          "The budget deal froze the salaries of clerks.",
                          "The new law would let tenants break a lease early.",
                          "The legislation would end the exemption for churches."])
    assert {"economic", "policy_prescription"} <= got[0]
    assert {"economic", "policy_prescription"} <= got[1]
    assert {"economic", "policy_prescription"} <= got[2]
    assert {"legality_jurisprudence", "policy_prescription"} <= got[3]
    assert {"legality_jurisprudence", "policy_prescription"} <= got[4]


def test_capitalised_names_do_not_count(shared):
    """A cue inside an organisation's name keeps the sense rule of issue 14v ("Liberal" in a party's name does)."""
    got = frames(shared, ["The Conservative Review Board of the Historical Society met on Tuesday."])
    assert "political" not in got[0]
