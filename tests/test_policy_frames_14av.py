"""Policy codebook version 8 (issue 14av-e): general recall on fresh political news.

Every sentence here is invented for the test. Positives name the definition item a cue family serves; near misses
use nearby words in another sense, or words the families deliberately leave out (bare "delegates", "deaths",
"injury", "wounded", "passage of", "sentence", "suspect").
"""
from __future__ import annotations

import pytest
from _policy_helpers import frames, shared_books


@pytest.fixture(scope="module")
def shared():
    return shared_books()


def test_version_is_8_or_later(shared):
    assert int(shared["policy_frames"]["version"]) >= 8


@pytest.mark.parametrize("frame, sentence", [
    # political: partisanship and the chamber at work ("parties, elections, votes, parliaments, manoeuvring")
    ("political", "Members from both sides of the aisle backed the ferry plan."),
    ("political", "She has always reached across the aisle on rural broadband."),
    ("political", "The committee split along party lines on Thursday."),
    ("political", "A cross-party group met the minister on Tuesday."),
    ("political", "The mayor wrote to the elected officials of the district."),
    ("political", "He was re-elected by a wide margin."),
    ("political", "The results will not be known until Election Day."),
    ("political", "Her confirmation hearing is set for next week."),
    ("political", "An attack ad aired during the evening news."),
    # political: nominating contests
    ("political", "The state awards its delegates on a winner-take-all basis."),
    ("political", "She extended her lead in pledged delegates."),
    # political: candidacy and power
    ("political", "He said he is not running for president next year."),
    ("political", "The small party became the kingmaker after the vote count."),
    ("political", "An anti-establishment mood swept the provinces."),
    # policy prescription: legislating and named instruments ("policies proposed or pursued")
    ("policy_prescription", "The rule was signed into law last spring."),
    ("policy_prescription", "If it becomes law, landlords will have to register every flat."),
    ("policy_prescription", "The senator will introduce legislation next week."),
    ("policy_prescription", "The council approved a moratorium on new drilling permits."),
    ("policy_prescription", "The city hands out housing vouchers to young families."),
    ("policy_prescription", "Critics say the quotas never worked."),
    ("policy_prescription", "The government may revoke the port's special status."),
    ("policy_prescription", "Opponents of the amnesty marched on the capital."),
    # health and safety: disease, care and counts of harm ("illness, disease, injuries ... access to care")
    ("health_safety", "Hospitalizations rose for the third week in a row."),
    ("health_safety", "The flu season started early this year."),
    ("health_safety", "Physicians at the rural clinic worked double shifts."),
    ("health_safety", "Life expectancy fell in the mining towns."),
    ("health_safety", "Confirmed cases doubled in a week."),
    ("health_safety", "The death toll from the storm rose to twelve."),
    ("health_safety", "The county has the highest rate of drug-related deaths in the region."),
    # crime and punishment: offences, courts and prisons ("crime, criminals, prosecution and punishment")
    ("crime_punishment", "The former treasurer pleaded guilty on Monday."),
    ("crime_punishment", "Looting spread to the harbour district overnight."),
    ("crime_punishment", "A grand jury heard the evidence in May."),
    ("crime_punishment", "The programme helps first-time offenders find work."),
    ("crime_punishment", "Inmates staged a sit-in over the food."),
    # cultural identity: values, customs and identities of a group
    ("cultural_identity", "The town prides itself on its diversity."),
    ("cultural_identity", "Christians gathered in the square for the festival."),
    ("cultural_identity", "Feminism shaped her early writing."),
    ("cultural_identity", "Race relations in the town improved after the festival."),
    ("cultural_identity", "They were mocked for their religious beliefs."),
])
def test_families_find_their_frame(shared, frame, sentence):
    assert frame in frames(shared, [sentence])[0]


@pytest.mark.parametrize("frame, sentence", [
    # everyday senses and left-out words
    ("political", "The bride walked down the aisle at noon."),
    ("political", "The delegates of the trade mission toured the harbour."),
    ("political", "The doctor's confirmation came by email."),
    ("policy_prescription", "The passage of time healed old wounds."),
    ("policy_prescription", "She introduced a friend to the team."),
    ("policy_prescription", "He became a lawyer in 1990."),
    ("policy_prescription", "Amnesty International published its yearly report."),
    ("health_safety", "The deaths of the two heroes end the novel."),
    ("health_safety", "He was wounded by the remark."),
    ("health_safety", "The referee added four minutes of injury time."),
    ("cultural_identity", "The christening was held on Sunday."),
    ("political", "She is running for the bus."),
    ("crime_punishment", "The sentence has no verb."),
    ("crime_punishment", "I suspect the train will be late."),
])
def test_near_misses_do_not_get_the_frame(shared, frame, sentence):
    assert frame not in frames(shared, [sentence])[0]


@pytest.mark.parametrize("sentence, kept, lost", [
    # sense rules by the longest-cue rule: the phrase counts for the frame it names
    ("The insurgent campaign surprised the pundits.", "political", "security_defense"),
    ("The attack ads ran all month.", "political", "security_defense"),
    ("Race relations were tense that summer.", "cultural_identity", "external_regulation_reputation"),
])
def test_phrases_take_the_frame_they_name(shared, sentence, kept, lost):
    got = frames(shared, [sentence])[0]
    assert kept in got and lost not in got


@pytest.mark.parametrize("sentence, both", [
    # double-listed cues keep the other frame the shorter cue gave
    ("The bill became law in March.", {"policy_prescription", "legality_jurisprudence"}),
    ("She will introduce legislation on Monday.", {"policy_prescription", "legality_jurisprudence"}),
    ("The rule was signed into law in May.", {"policy_prescription", "legality_jurisprudence"}),
    ("Families can claim a tax credit for child care.", {"policy_prescription", "economic"}),
    ("They were mocked for their religious beliefs.", {"cultural_identity", "morality"}),
])
def test_double_listed_cues_keep_both_frames(shared, sentence, both):
    assert both <= frames(shared, [sentence])[0]


def test_insurgents_in_war_are_still_security(shared):
    assert "security_defense" in frames(shared, ["Insurgents attacked the convoy at dawn."])[0]
