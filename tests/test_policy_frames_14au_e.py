"""Policy codebook version 6 (issue 14au-e): general recall of economic, legality, political and other frames.

Every sentence here is invented for the test. Positives name the definition item a cue family serves; near
misses use nearby words in another sense, or a sentence the families must leave alone.
"""
from __future__ import annotations

import pytest
from _policy_helpers import frames, shared_books


@pytest.fixture(scope="module")
def shared():
    return shared_books()


def test_version_is_6_or_later(shared):
    assert int(shared["policy_frames"]["version"]) >= 6


@pytest.mark.parametrize("frame, sentence", [
    # economic: household and public finance ("costs ... monetary and financial implications")
    ("economic", "Families behind on their mortgage payments asked the county for more time."),
    ("economic", "Foreclosures and bankruptcies rose in the river towns after the mill closed."),
    ("economic", "Weekly jobless claims fell for the third week in a row."),
    ("economic", "Most economists expect the slowdown to last into next year."),
    ("economic", "The transit agency says it will be out of money by June."),
    ("economic", "Years of stagnation left the region's payrolls where they were a decade ago."),
    # legality: legal procedure, liability and courts ("constraints imposed ... by laws, courts")
    ("legality_jurisprudence", "The firms want liability protections written into the next package."),
    ("legality_jurisprudence", "The agency granted the port a waiver from the new emission limits."),
    ("legality_jurisprudence", "The city must comply with the consent order by the end of the year."),
    ("legality_jurisprudence", "The rule is expected to face legal challenges from several states."),
    ("legality_jurisprudence", "Three of the justices asked sharp questions about the statute's reach."),
    # political: money in politics and the contest ("elections ... political fortunes of actors")
    ("political", "Her donors have been slow to write checks since the scandal broke."),
    ("political", "The campaign's fundraising slowed sharply over the summer."),
    ("political", "The group's super PAC bought airtime in the final week."),
    ("political", "His supporters packed the hall and chanted his name."),
    # health and safety: illness and access to care ("illness, disease ... access to and effectiveness of care")
    ("health_safety", "Several guests developed symptoms two days after the dinner."),
    ("health_safety", "Infections in the county doubled in a week."),
    ("health_safety", "The clinic treats the uninsured for free on Saturdays."),
    ("health_safety", "The state asked for more ventilators and respirators."),
    # policy prescription: named instruments ("particular policies ... proposed or pursued")
    ("policy_prescription", "A provision in the draft would cap the fees charged to renters."),
    ("policy_prescription", "The relief bill stalled in the upper chamber."),
    ("policy_prescription", "The council approved an aid package for the flooded farms."),
    # public opinion: survey results ("general social attitudes, polling")
    ("public_opinion", "Most respondents said the town was headed in the wrong direction."),
    ("public_opinion", "Only 40 percent of Republicans backed the change."),
    ("public_opinion", "The measure runs against popular opinion in the valley."),
    # cultural identity: religious group identity and a society's norms ("values, customs and identities")
    ("cultural_identity", "Evangelical churches in the region organised their own food drives."),
    ("cultural_identity", "Social norms about who cooks at home have shifted."),
    ("cultural_identity", "The farmers say the new rules threaten their way of life."),
])
def test_new_cues(shared, frame, sentence):
    assert frame in frames(shared, [sentence])[0]


@pytest.mark.parametrize("frame, sentence", [
    # near misses: the same area of words without the new cue, or another sense the families must not take
    ("economic", "The old mill stood empty for most of the year."),
    ("legality_jurisprudence", "She asked her neighbour to comment on the plan."),
    ("legality_jurisprudence", "Justice was the theme of the novel she read on the train."),
    ("political", "The racing team unveiled a new car for the season."),
    ("political", "The fans of the visiting team filled the stands."),
    ("political", "The museum thanked the people who gave paintings to its collection."),
    ("economic", "The hikers ran out of water near the pass."),
    ("health_safety", "A virus spread across the office computers overnight."),
    ("cultural_identity", "He pledged allegiance to the armed group's leader."),
    ("cultural_identity", "The firm traditionally holds its meeting in May."),
    ("public_opinion", "The pollster said she would publish the figures next week."),
])
def test_near_misses(shared, frame, sentence):
    assert frame not in frames(shared, [sentence])[0]


def test_sanctions_and_tax_evasion_are_not_economic(shared):
    """Sense fix: "economic sanctions" is relations between states and "tax evasion" a crime, not the economy."""
    sanctions, evasion = frames(shared, ["The allies imposed economic sanctions on the regime.",
                                         "The builder was convicted of tax evasion."])
    assert "external_regulation_reputation" in sanctions and "economic" not in sanctions
    assert "crime_punishment" in evasion and "economic" not in evasion


def test_budget_and_stimulus_bills_keep_both_frames(shared):
    """Double-listed cues: the longest-cue rule must not hide "budget" or "stimulus bill" from economic."""
    budget, stimulus = frames(shared, ["The budget bill passed after midnight.",
                                       "The stimulus bill was signed on Friday."])
    assert {"economic", "policy_prescription"} <= budget
    assert {"economic", "policy_prescription"} <= stimulus


def test_capitalised_names_do_not_count(shared):
    """The name rule still applies to the new cues inside a capitalised name."""
    (tagged,) = frames(shared, ["She works for the Economic Sanctions Review Office in the capital."])
    assert "external_regulation_reputation" not in tagged


def test_party_poll_shares_stay_political(shared):
    """Double-listed cues: "percent of Democrats" is public opinion and still political, as "Democrats" was in v5."""
    (tagged,) = frames(shared, ["About 55 percent of Democrats said the plan went too far."])
    assert {"public_opinion", "political"} <= tagged
