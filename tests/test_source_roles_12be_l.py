"""Issue 12be-l: role nouns, titles of office and public bodies the lexicon left untyped on development text of other
topics (business, health, sports, education, crime, environment; UK, Irish, Indian, Kenyan and Australian titles),
each with the role of its nearest noun in the lexicon. Negatives: the everyday or second senses left out or guarded
("a contender for the title", "the dean of the Senate", surnames such as Dean or Hunter). Every sentence is invented."""

import pytest


@pytest.mark.parametrize(
    "phrase, role",
    [
        # positives (main 13ecca7: unknown or another role)
        ("Ivo Marek, the front-runner", "politician"),
        ("Ivo Marek, a Democratic contender", "politician"),
        ("Ivo Marek, a presidential contender", "politician"),
        ("Ivo Marek, a Republican committeeman", "politician"),
        ("Ivo Marek, a House appropriator", "politician"),
        ("Ivo Marek, the Ceann Comhairle", "politician"),
        ("Ivo Marek, the village sarpanch", "politician"),
        ("Ivo Marek, a BJP corporator", "politician"),
        ("Ivo Marek, the shadow treasurer", "politician"),
        ("Ivo Marek, a political appointee", "official"),
        ("Ivo Marek, a former speechwriter", "official"),
        ("Ivo Marek, the county clerk", "official"),
        ("Ivo Marek, a former law clerk for Judge Ada Crane", "official"),
        ("Ivo Marek, a retired jurist", "official"),
        ("Ivo Marek, a civil rights litigator", "official"),
        ("Ivo Marek, the state's chief secretary", "official"),
        ("Ivo Marek, the principal secretary for health", "official"),
        ("Ivo Marek, the procurator fiscal", "official"),
        ("Ivo Marek, a UN special rapporteur", "official"),
        ("Ivo Marek, a park ranger", "official"),
        ("Ivo Marek, a school governor", "official"),
        ("Ivo Marek, the harbourmaster", "official"),
        ("Ivo Marek, a county supervisor", "official"),
        ("Ivo Marek, the station house officer", "military_police"),
        ("Ivo Marek, a jailer", "military_police"),
        ("Ivo Marek, an internist in Norland", "expert"),
        ("Ivo Marek, an obstetrician", "expert"),
        ("Ivo Marek, a paediatrician", "expert"),
        ("Ivo Marek, a chiropractor", "expert"),
        ("Ivo Marek, a geophysicist", "expert"),
        ("Ivo Marek, a political theorist at Norland University", "expert"),
        ("Ivo Marek, a nonpartisan election handicapper", "expert"),
        ("Ivo Marek, a policy wonk", "expert"),
        ("Ivo Marek, an associate dean at Norland University", "expert"),
        ("Ivo Marek, a law school dean", "expert"),
        ("Ivo Marek, an urban planner", "expert"),
        ("Ivo Marek, a postdoc", "expert"),
        ("Ivo Marek, an editorial cartoonist", "journalist_media"),
        ("Ivo Marek, a videographer", "journalist_media"),
        ("Ivo Marek, an essayist", "journalist_media"),
        ("Ivo Marek, a radio presenter", "journalist_media"),
        ("Ivo Marek, a Buddhist monk", "activist_advocacy"),
        ("Ivo Marek, the vicar", "activist_advocacy"),
        ("Ivo Marek, a trade unionist", "activist_advocacy"),
        ("Ivo Marek, a shop steward", "activist_advocacy"),
        ("Ivo Marek, a realtor in Norland", "ordinary_person"),
        ("Ivo Marek, an apple grower", "ordinary_person"),
        ("Ivo Marek, a beekeeper", "ordinary_person"),
        ("Ivo Marek, a farmworker", "ordinary_person"),
        ("Ivo Marek, a coal miner", "ordinary_person"),
        ("Ivo Marek, an asylum seeker", "ordinary_person"),
        ("Ivo Marek, a philanthropist", "ordinary_person"),
        ("Ivo Marek, a conspiracy theorist", "ordinary_person"),
        ("Ivo Marek, a PhD candidate at Norland University", "ordinary_person"),
        ("Ivo Marek, an undergraduate", "ordinary_person"),
        ("Ivo Marek, a fifth-grader", "ordinary_person"),
        ("Ivo Marek, a point guard for the Norland Bulls", "ordinary_person"),
        ("Ivo Marek, the team captain", "ordinary_person"),
        ("Ivo Marek, a wide receiver", "ordinary_person"),
        ("Ivo Marek, a goalkeeper", "ordinary_person"),
        ("Ivo Marek, a tennis player", "ordinary_person"),
        # negatives: everyday senses left out or guarded, roles unchanged
        ("Ivo Marek, a contender for the title", "unknown"),
        ("Ivo Marek, the dean of the Senate", "unknown"),
        ("Dean Marek", "unknown"),
        ("Hunter Marek", "unknown"),
        ("Ivo Marek, a supervisor", "unknown"),
        ("Ivo Marek, a contractor", "unknown"),
        ("Ivo Marek, a whistleblower", "unknown"),
        ("Ivo Marek, a medic", "unknown"),
        ("Ivo Marek, an accountant", "unknown"),
        ("Ivo Marek, a player", "unknown"),
        ("Ivo Marek, a pilot", "unknown"),
        ("Ivo Marek, a candidate for mayor", "politician"),
        ("Ivo Marek, a prison guard", "military_police"),
        ("Ivo Marek, an Army captain", "military_police"),
        ("Ivo Marek, the secretary of state", "politician"),
        ("Ivo Marek, a county commissioner", "official"),
        ("Ivo Marek, a bookkeeper", "ordinary_person"),
        # taken out after the first read of changed rows: a surname, a person's trade, a pronoun trap, a blogger
        ("Ivo Marek, a painter", "unknown"),
        ("Ivo Marek, a distributor of garden tools", "unknown"),
        ("Ivo Marek, the country's dictator", "unknown"),
        ("Ivo Marek, a YouTuber", "unknown"),
        ("The Norland Valley Vintners", "unknown"),
        ("The Norland Growers", "unknown"),
        ("Norland apple growers", "ordinary_person"),
        ("Ivo Marek, the dean of students", "unknown"),
        # review r12be2: "hostage" as a modifier names no hostage ("a hostage negotiator", "the hostage takers")
        ("Ivo Marek, a former hostage", "ordinary_person"),
        ("Ivo Marek, a police hostage negotiator", "military_police"),
        ("Ivo Marek, a former hostage negotiator", "unknown"),
        ("The hostage takers", "unknown"),
    ],
)
def test_role_nouns_12be_l(role_of, phrase, role):
    assert role_of(phrase) == role


def test_name_keeps_role_12be_l(role_of):
    assert role_of("Marek", ["Ivo Marek, an apple grower, lost his crop."]) == "ordinary_person"
    assert role_of("Marek", ["Principal Secretary Ivo Marek opened the clinic."]) == "official"
    assert role_of("Marek", ["Ivo Marek, the dean of the Senate, arrived."]) == "unknown"
    assert role_of("Monk", ["Ada Monk, a Buddhist monk, arrived."]) == "activist_advocacy"
    assert role_of("Monk", ["Ada Monk arrived."]) == "unknown"
    assert role_of("Painter", ["Law professor Ada Painter arrived."]) == "expert"
    assert role_of("Marek", ["Senior Superintendent of Police Ivo Marek visited the site."]) == "military_police"
